"""Create or edit an agency."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.agency_admin_presenter import AgencyAdminPresenter
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.presenters.service_ports import Agency
from iwebs_client.views.common.dialog_buttons import submit_cancel_buttons
from iwebs_client.views.common.error_display import FieldErrors, error_label


class AgencyDialog(QDialog):
    def __init__(
        self, presenter: AgencyAdminPresenter, agency: Agency | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.agency = agency
        self.intent = CommandIntent()
        self.setWindowTitle(self.tr("New agency") if agency is None else self.tr("Edit agency"))
        self.code_edit = QLineEdit(agency.code if agency else "")
        self.code_edit.setReadOnly(agency is not None)
        self.name_edit = QLineEdit(agency.name if agency else "")
        self.region_edit = QLineEdit(agency.region if agency else "")
        self.active_check = QCheckBox(self.tr("A&ctive"))
        self.active_check.setChecked(agency.active if agency else True)
        self.active_check.setEnabled(agency is not None)
        labels = {"code": error_label(), "name": error_label()}
        self.general_error = error_label()
        self.errors = FieldErrors(labels, self.general_error)
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code_edit)
        form.addRow("", labels["code"])
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", labels["name"])
        form.addRow(self.tr("&Region:"), self.region_edit)
        form.addRow("", self.active_check)
        self.buttons = submit_cancel_buttons(
            self,
            self.submit,
            self.tr("&Save"),
            self.tr("Cancel"),
            QDialogButtonBox.StandardButton.Save,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        presenter.busy_changed.connect(lambda busy: self.buttons.setEnabled(not busy))
        presenter.failed.connect(self._failed)
        presenter.saved.connect(lambda _a: self.accept() if self.isVisible() else None)

    def submit(self) -> None:
        code, name = self.code_edit.text(), self.name_edit.text()
        problems = self.presenter.validate(code, name)
        self.errors.show_problems(problems)
        if problems:
            return
        if self.agency is None:
            self.presenter.create(self.intent, code, name, self.region_edit.text())
        else:
            self.presenter.update(
                self.intent,
                self.agency,
                name,
                self.region_edit.text(),
                self.active_check.isChecked(),
            )

    def _failed(self, error: object) -> None:
        if isinstance(error, BackendError) and self.isVisible():
            self.errors.show_error(error)
