"""Create or edit a profile: code, name, description and the rights matrix."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.presenters.profile_admin_presenter import ProfileAdminPresenter
from iwebs_client.presenters.right_labels import module_label, right_label
from iwebs_client.presenters.service_ports import Profile
from iwebs_client.views.common.error_display import FieldErrors, error_label


class ProfileDialog(QDialog):
    def __init__(
        self,
        presenter: ProfileAdminPresenter,
        profile: Profile | None,
        read_only: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.profile = profile
        self.intent = CommandIntent()
        self.setWindowTitle(self.tr("New profile") if profile is None else self.tr("Profile"))
        self.resize(640, 620)
        self.code_edit = QLineEdit(profile.code if profile else "")
        self.code_edit.setReadOnly(profile is not None)
        self.name_edit = QLineEdit(profile.name if profile else "")
        self.description_edit = QLineEdit(profile.description if profile else "")
        labels = {"code": error_label(), "name": error_label()}
        self.general_error = error_label()
        self.errors = FieldErrors(labels, self.general_error)
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code_edit)
        form.addRow("", labels["code"])
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", labels["name"])
        form.addRow(self.tr("&Description:"), self.description_edit)

        granted = set(profile.rights) if profile else set()
        self.right_checks: dict[str, QCheckBox] = {}
        matrix = QWidget()
        matrix_layout = QVBoxLayout(matrix)
        for module, rights in presenter.rights:
            group = QGroupBox(module_label(module))
            group.setObjectName(f"rights_{module}")
            column = QVBoxLayout(group)
            for right in rights:
                # One right per line: the French labels are long and must not be clipped.
                check = QCheckBox(right_label(right.code, right.description))
                check.setToolTip(right.code)
                check.setChecked(right.code in granted)
                check.setEnabled(not read_only)
                self.right_checks[right.code] = check
                column.addWidget(check)
            matrix_layout.addWidget(group)
        matrix_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(matrix)

        buttons = QDialogButtonBox.StandardButton.Cancel
        if not read_only:
            buttons |= QDialogButtonBox.StandardButton.Save
        self.buttons = QDialogButtonBox(buttons)
        if not read_only:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Cancel") if not read_only else self.tr("Close")
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.name_edit, self.description_edit):
            edit.setReadOnly(read_only)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        presenter.busy_changed.connect(lambda busy: self.buttons.setEnabled(not busy))
        presenter.failed.connect(self._failed)
        presenter.saved.connect(lambda _p: self.accept() if self.isVisible() else None)

    def checked_rights(self) -> list[str]:
        return sorted(code for code, check in self.right_checks.items() if check.isChecked())

    def submit(self) -> None:
        code, name = self.code_edit.text(), self.name_edit.text()
        problems = self.presenter.validate(code, name)
        self.errors.show_problems(problems)
        if problems:
            return
        description, rights = self.description_edit.text(), self.checked_rights()
        if self.profile is None:
            self.presenter.create(self.intent, code, name, description, rights)
        else:
            self.presenter.update(self.intent, self.profile, name, description, rights)

    def _failed(self, error: object) -> None:
        if isinstance(error, BackendError) and self.isVisible():
            self.errors.show_error(error)
