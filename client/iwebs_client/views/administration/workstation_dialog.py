"""Declare a workstation: name, agency, kind, may collect cash."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from iwebs.v1 import administration_pb2
from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.presenters.workstation_admin_presenter import WorkstationAdminPresenter
from iwebs_client.views.common.dialog_buttons import submit_cancel_buttons
from iwebs_client.views.common.error_display import FieldErrors, error_label


class WorkstationDialog(QDialog):
    def __init__(self, presenter: WorkstationAdminPresenter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.intent = CommandIntent()
        self.setWindowTitle(self.tr("Declare a workstation"))
        self.setMinimumWidth(440)
        self.name_edit = QLineEdit()
        self.agency_combo = QComboBox()
        for agency in presenter.agencies:
            self.agency_combo.addItem(f"{agency.code} - {agency.name}", agency.agency_id)
        self.kind_combo = QComboBox()
        for kind in (
            administration_pb2.WORKSTATION_KIND_AGENCY_COUNTER,
            administration_pb2.WORKSTATION_KIND_BANK_COUNTER,
            administration_pb2.WORKSTATION_KIND_BACK_OFFICE,
        ):
            self.kind_combo.addItem(presenter.model.kind_text(kind), int(kind))
        self.cash_check = QCheckBox(self.tr("May &collect cash"))
        labels = {key: error_label() for key in ("name", "agency_id", "kind")}
        self.general_error = error_label()
        self.errors = FieldErrors(labels, self.general_error)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow("", labels["name"])
        form.addRow(self.tr("&Agency:"), self.agency_combo)
        form.addRow("", labels["agency_id"])
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow("", labels["kind"])
        form.addRow("", self.cash_check)
        self.buttons = submit_cancel_buttons(
            self, self.submit, self.tr("&Declare and get a code"), self.tr("Cancel")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        presenter.busy_changed.connect(lambda busy: self.buttons.setEnabled(not busy))
        presenter.failed.connect(self._failed)
        presenter.code_issued.connect(lambda *_a: self.accept() if self.isVisible() else None)

    def submit(self) -> None:
        name = self.name_edit.text()
        agency_id = str(self.agency_combo.currentData() or "")
        kind = int(self.kind_combo.currentData() or 0)
        problems = self.presenter.validate(name, agency_id, kind)
        self.errors.show_problems(problems)
        if not problems:
            self.presenter.register(self.intent, name, agency_id, kind, self.cash_check.isChecked())

    def _failed(self, error: object) -> None:
        if isinstance(error, BackendError) and self.isVisible():
            self.errors.show_error(error)
