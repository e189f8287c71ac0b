"""Security policy screen: every parameter; a change goes to a second administrator."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iwebs_client.backend.client_types import BackendError
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.presenters.security_policy_presenter import (
    POLICY_FIELDS,
    SecurityPolicyPresenter,
)
from iwebs_client.presenters.service_ports import ApprovalRequest, SecurityPolicy
from iwebs_client.views.common.error_display import FieldErrors, error_label, show_error


class SecurityPolicyPage(QWidget):
    def __init__(
        self, presenter: SecurityPolicyPresenter, can_manage: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self.intent = CommandIntent()
        title = QLabel(self.tr("Security policy"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        hint = QLabel(
            self.tr("A change takes effect once a second administrator approves it.")
            if can_manage
            else self.tr("Read only: your profile cannot request changes.")
        )
        self.spins: dict[str, QSpinBox] = {}
        labels: dict[str, QLabel] = {}
        form = QFormLayout()
        captions = self._captions()
        for name, low, high in POLICY_FIELDS:
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setEnabled(can_manage)
            self.spins[name] = spin
            labels[name] = error_label()
            form.addRow(captions[name], spin)
            form.addRow("", labels[name])
        self.reason_edit = QLineEdit()
        self.reason_edit.setEnabled(can_manage)
        labels["reason"] = error_label()
        form.addRow(self.tr("&Reason for the change:"), self.reason_edit)
        form.addRow("", labels["reason"])
        self.general_error = error_label()
        self.errors = FieldErrors(labels, self.general_error)
        self.submit_button = QPushButton(self.tr("Request the &change"))
        self.submit_button.setEnabled(can_manage)
        self.submit_button.clicked.connect(self.submit)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        body_layout.addWidget(self.general_error)
        body_layout.addWidget(self.submit_button)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        presenter.loaded.connect(self._show_policy)
        presenter.change_requested.connect(self._requested)
        presenter.failed.connect(self._failed)
        presenter.busy_changed.connect(
            lambda busy: self.submit_button.setEnabled(can_manage and not busy)
        )
        presenter.reload()

    def _captions(self) -> dict[str, str]:
        return {
            "password_min_length": self.tr("Password minimum length:"),
            "password_max_length": self.tr("Password maximum length:"),
            "password_history_count": self.tr("Previous passwords refused:"),
            "password_max_age_days": self.tr("Password maximum age (days, 0 = never):"),
            "max_failed_logins": self.tr("Failed logins before lockout:"),
            "lockout_minutes": self.tr("Lockout duration (minutes):"),
            "workstation_max_failed_logins_per_hour": self.tr(
                "Failed logins per workstation per hour:"
            ),
            "session_idle_timeout_minutes": self.tr("Session idle timeout (minutes):"),
            "session_absolute_timeout_hours": self.tr("Session maximum duration (hours):"),
            "initial_password_ttl_hours": self.tr("One-time password validity (hours):"),
            "enrollment_code_ttl_minutes": self.tr("Enrollment code validity (minutes):"),
            "certificate_lifetime_days": self.tr("Workstation certificate lifetime (days):"),
            "certificate_renewal_days": self.tr("Certificate renewal window (days):"),
        }

    def values(self) -> dict[str, int]:
        return {name: spin.value() for name, spin in self.spins.items()}

    def _show_policy(self, policy: SecurityPolicy) -> None:
        for name, spin in self.spins.items():
            spin.setValue(int(getattr(policy, name)))

    def submit(self) -> None:
        values, reason = self.values(), self.reason_edit.text()
        problems = self.presenter.validate(values, reason)
        self.errors.show_problems(problems)
        if not problems:
            self.presenter.request_change(self.intent, values, reason)

    def _requested(self, _approval: ApprovalRequest) -> None:
        self.reason_edit.clear()
        self.errors.clear()
        QMessageBox.information(
            self,
            self.tr("Change requested"),
            self.tr("The change was sent for approval by a second administrator."),
        )

    def _failed(self, error: BackendError) -> None:
        if error.field_violations or error.reason in {"INVALID_ARGUMENT", "VERSION_CONFLICT"}:
            self.errors.show_error(error)
        else:
            show_error(self, error, retry=self.presenter.retry_last)
