"""Create or edit a user: name, profile, agencies (or all agencies), language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.presenters.service_ports import User
from iwebs_client.presenters.user_admin_presenter import UserAdminPresenter, UserForm
from iwebs_client.views.common.dialog_buttons import submit_cancel_buttons
from iwebs_client.views.common.error_display import FieldErrors, error_label

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class UserDialog(QDialog):
    def __init__(
        self, presenter: UserAdminPresenter, user: User | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.user = user
        self.intent = CommandIntent()
        self.setObjectName("userDialog")
        self.setWindowTitle(self.tr("New user") if user is None else self.tr("Edit user"))
        self.setMinimumWidth(480)
        self.login_edit = QLineEdit(user.login if user else "")
        self.login_edit.setReadOnly(user is not None)
        self.name_edit = QLineEdit(user.display_name if user else "")
        self.profile_combo = QComboBox()
        for profile in presenter.profiles:
            self.profile_combo.addItem(f"{profile.name} ({profile.code})", profile.profile_id)
        self.profile_combo.setCurrentIndex(
            self.profile_combo.findData(user.profile_id) if user else -1
        )
        self.all_agencies_check = QCheckBox(self.tr("&All agencies"))
        self.all_agencies_check.setChecked(bool(user and user.all_agencies))
        self.agency_list = QListWidget()
        self.agency_list.setObjectName("agencyList")
        chosen = set(user.agency_ids) if user else set()
        for agency in presenter.agencies:
            item = QListWidgetItem(f"{agency.code} - {agency.name}")
            item.setData(_ID_ROLE, agency.agency_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = agency.agency_id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.agency_list.addItem(item)
        self.all_agencies_check.toggled.connect(self.agency_list.setDisabled)
        self.agency_list.setDisabled(self.all_agencies_check.isChecked())
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("French"), "fr")
        self.language_combo.addItem(self.tr("English"), "en")
        language = user.preferred_language if user and user.preferred_language else "fr"
        self.language_combo.setCurrentIndex(self.language_combo.findData(language))

        fields = ("login", "display_name", "profile_id", "agency_ids")
        labels = {key: error_label() for key in fields}
        self.general_error = error_label()
        self.errors = FieldErrors(labels, self.general_error)
        form = QFormLayout()
        rows = (
            (self.tr("&Login:"), self.login_edit, "login"),
            (self.tr("&Name:"), self.name_edit, "display_name"),
            (self.tr("&Profile:"), self.profile_combo, "profile_id"),
        )
        for text, widget, key in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            form.addRow("", labels[key])
        form.addRow(self.tr("Agencies:"), self.all_agencies_check)
        form.addRow("", self.agency_list)
        form.addRow("", labels["agency_ids"])
        language_label = QLabel(self.tr("La&nguage:"))
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)

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
        (self.name_edit if user else self.login_edit).setFocus()

        presenter.busy_changed.connect(self._set_busy)
        presenter.failed.connect(self._failed)
        presenter.created.connect(self._done)
        presenter.saved.connect(self._done)

    def set_agency_checked(self, agency_id: str, checked: bool) -> None:
        for row in range(self.agency_list.count()):
            item = self.agency_list.item(row)
            if item.data(_ID_ROLE) == agency_id:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                item.setCheckState(state)

    def form(self) -> UserForm:
        agency_ids = tuple(
            str(self.agency_list.item(row).data(_ID_ROLE))
            for row in range(self.agency_list.count())
            if self.agency_list.item(row).checkState() == Qt.CheckState.Checked
        )
        return UserForm(
            login=self.login_edit.text(),
            display_name=self.name_edit.text(),
            profile_id=str(self.profile_combo.currentData() or ""),
            agency_ids=agency_ids,
            all_agencies=self.all_agencies_check.isChecked(),
            preferred_language=str(self.language_combo.currentData() or "fr"),
        )

    def submit(self) -> None:
        form = self.form()
        problems = self.presenter.validate(form, creating=self.user is None)
        self.errors.show_problems(problems)
        if problems:
            return
        if self.user is None:
            self.presenter.create(self.intent, form)
        else:
            self.presenter.update(self.intent, self.user, form)

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)

    def _failed(self, error: object) -> None:
        if isinstance(error, BackendError) and self.isVisible():
            self.errors.show_error(error)

    def _done(self, *_args: object) -> None:
        if self.isVisible():
            self.accept()
