"""First run: server address, ports, one-time code and CA certificate file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.presenters.enrollment_presenter import EnrollmentForm, EnrollmentPresenter
from iwebs_client.views.common.dialog_buttons import submit_cancel_buttons
from iwebs_client.views.common.error_display import FieldErrors, error_label


class EnrollmentDialog(QDialog):
    def __init__(
        self, presenter: EnrollmentPresenter, initial: EnrollmentForm, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.setWindowTitle(self.tr("Enroll this workstation"))
        self.setObjectName("enrollmentDialog")
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "This computer is not yet registered with the iWEBS server. Enter the enrollment "
                "code given by your administrator."
            )
        )
        intro.setWordWrap(True)
        self.host_edit = QLineEdit(initial.server_host)
        self.main_port_spin = _port_spin(initial.main_port)
        self.enrollment_port_spin = _port_spin(initial.enrollment_port)
        self.code_edit = QLineEdit(initial.enrollment_code)
        self.ca_file_edit = QLineEdit(initial.ca_file)
        browse = QPushButton(self.tr("B&rowse..."))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file_edit)
        ca_row.addWidget(browse)

        labels = {k: error_label() for k in ("server_host", "main_port", "enrollment_port")}
        labels |= {k: error_label() for k in ("enrollment_code", "ca_file")}
        self.general_error = error_label()
        self.errors = FieldErrors(labels, self.general_error)

        form = QFormLayout()
        form.addRow(self.tr("&Server address:"), self.host_edit)
        form.addRow("", labels["server_host"])
        form.addRow(self.tr("&Main port:"), self.main_port_spin)
        form.addRow("", labels["main_port"])
        form.addRow(self.tr("E&nrollment port:"), self.enrollment_port_spin)
        form.addRow("", labels["enrollment_port"])
        form.addRow(self.tr("Enrollment &code:"), self.code_edit)
        form.addRow("", labels["enrollment_code"])
        form.addRow(self.tr("CA &certificate file:"), ca_row)
        form.addRow("", labels["ca_file"])
        self._label_buddies(form)

        self.buttons = submit_cancel_buttons(
            self, self.submit, self.tr("&Enroll"), self.tr("Cancel")
        )

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.host_edit, self.main_port_spin)
        self.setTabOrder(self.main_port_spin, self.enrollment_port_spin)
        self.setTabOrder(self.enrollment_port_spin, self.code_edit)
        self.setTabOrder(self.code_edit, self.ca_file_edit)
        self.setTabOrder(self.ca_file_edit, browse)
        (self.code_edit if initial.server_host else self.host_edit).setFocus()

        presenter.busy_changed.connect(self._set_busy)
        presenter.failed.connect(self.errors.show_error)
        presenter.enrolled.connect(lambda _name: self.accept())

    def _label_buddies(self, form: QFormLayout) -> None:
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item else None
            field = field_item.widget() if field_item else None
            if isinstance(label, QLabel) and field is not None:
                label.setBuddy(field)

    def form(self) -> EnrollmentForm:
        return EnrollmentForm(
            server_host=self.host_edit.text(),
            main_port=self.main_port_spin.value(),
            enrollment_port=self.enrollment_port_spin.value(),
            enrollment_code=self.code_edit.text(),
            ca_file=self.ca_file_edit.text(),
        )

    def submit(self) -> None:
        form = self.form()
        problems = self.presenter.validate(form)
        self.errors.show_problems(problems)
        if not problems:
            self.presenter.submit(form)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("CA certificate"),
            self.ca_file_edit.text(),
            self.tr("Certificates (*.crt *.pem);;All files (*)"),
        )
        if path:
            self.ca_file_edit.setText(path)

    def _set_busy(self, busy: bool) -> None:
        self.buttons.setEnabled(not busy)
        if busy:
            self.errors.clear()


def _port_spin(value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(1, 65535)
    spin.setGroupSeparatorShown(False)
    spin.setValue(value)
    return spin
