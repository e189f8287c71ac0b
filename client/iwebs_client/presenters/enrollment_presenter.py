"""First run: enroll this workstation with the server's one-time code."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from iwebs_client.backend.client_types import BackendError, EnrollmentRequest
from iwebs_client.backend.credentials_store import CredentialsError, WorkstationIdentity
from iwebs_client.presenters.presenter_base import PresenterBase
from iwebs_client.presenters.service_ports import ClientServices
from iwebs_client.tasks import TaskRunner


@dataclass(frozen=True)
class EnrollmentForm:
    server_host: str
    main_port: int
    enrollment_port: int
    enrollment_code: str
    ca_file: str


def read_ca_file(path: str) -> str:
    """The pinned CA certificate; a BackendError the dialog can explain if unreadable."""
    try:
        text = Path(path).expanduser().read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        raise BackendError(code="CLIENT", reason="CA_FILE_UNREADABLE", message=str(exc)) from exc
    if "BEGIN CERTIFICATE" not in text:
        raise BackendError(code="CLIENT", reason="CA_FILE_UNREADABLE", message=path)
    return text


def enroll_with_form(services: ClientServices, form: EnrollmentForm) -> WorkstationIdentity:
    """Blocking: reads the CA, enrolls, connects. Runs on a worker (or in the CLI)."""
    request = EnrollmentRequest(
        server_host=form.server_host.strip(),
        main_port=form.main_port,
        enrollment_port=form.enrollment_port,
        enrollment_code=form.enrollment_code.strip(),
        ca_certificate_pem=read_ca_file(form.ca_file),
    )
    try:
        return services.enroll(request)
    except CredentialsError as exc:
        raise BackendError(code="CLIENT", reason="KEYRING_UNAVAILABLE", message=str(exc)) from exc


class EnrollmentPresenter(PresenterBase):
    enrolled = Signal(str)  # the workstation name

    def __init__(
        self, services: ClientServices, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services

    def validate(self, form: EnrollmentForm) -> dict[str, str]:
        """Field name -> problem; empty when the form can be sent."""
        problems: dict[str, str] = {}
        if not form.server_host.strip():
            problems["server_host"] = self.tr("Enter the server address.")
        for name, port in (
            ("main_port", form.main_port),
            ("enrollment_port", form.enrollment_port),
        ):
            if not 0 < port < 65536:
                problems[name] = self.tr("Enter a port between 1 and 65535.")
        if not form.enrollment_code.strip():
            problems["enrollment_code"] = self.tr("Enter the enrollment code.")
        if not form.ca_file.strip():
            problems["ca_file"] = self.tr("Choose the CA certificate file.")
        return problems

    def submit(self, form: EnrollmentForm) -> bool:
        """Starts the enrollment; False (nothing sent) when the form is invalid."""
        if self.busy or self.validate(form):
            return False
        services = self._services
        self._run(
            lambda: enroll_with_form(services, form),
            lambda identity: self.enrolled.emit(identity.workstation_name),
        )
        return True
