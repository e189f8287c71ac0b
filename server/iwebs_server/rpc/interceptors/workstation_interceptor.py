"""Identifies the enrolled workstation from its mTLS certificate (ADM-7, SEC-13).

Calls without a client certificate (the enrollment port) reach only PUBLIC methods."""

from __future__ import annotations

import threading
from typing import Any

import grpc
from cryptography import x509

from iwebs_server.application.workstation_identity import (
    PresentedCertificate,
    WorkstationIdentifier,
)
from iwebs_server.domain.errors import AuthenticationFailed
from iwebs_server.rpc import call_state
from iwebs_server.rpc.interceptors.base import Behaviour, WrappingInterceptor
from iwebs_server.rpc.permissions import METHOD_PERMISSIONS, needs_session, needs_workstation

_CACHE_LIMIT = 10_000


class WorkstationInterceptor(WrappingInterceptor):
    def __init__(self, workstations: WorkstationIdentifier) -> None:
        self._workstations = workstations
        self._parsed: dict[bytes, PresentedCertificate | None] = {}
        self._lock = threading.Lock()

    def wants(self, method: str) -> bool:
        # Unmapped methods go on to the authorization interceptor, which refuses them.
        return needs_workstation(METHOD_PERMISSIONS.get(method, ""))

    def around(
        self, method: str, call: Behaviour, request: Any, context: grpc.ServicerContext
    ) -> Any:
        presented = self._presented(context)
        if presented is None:
            raise AuthenticationFailed(
                "WORKSTATION_CERTIFICATE_REQUIRED", "this call needs an enrolled workstation"
            )
        state = call_state.state()
        state.presented = presented
        if needs_session(METHOD_PERMISSIONS.get(method, "")):
            # The session check reads the workstation's standing with the session itself.
            state.workstation = self._workstations.describe(presented)
        else:
            state.workstation = self._workstations.identify(presented)
        return call(request, context)

    def _presented(self, context: grpc.ServicerContext) -> PresentedCertificate | None:
        pem = (context.auth_context().get("x509_pem_cert") or [b""])[0]
        if not isinstance(pem, bytes) or not pem:
            return None
        with self._lock:
            if pem in self._parsed:
                return self._parsed[pem]
        presented = _parse(pem)
        with self._lock:
            if len(self._parsed) > _CACHE_LIMIT:
                self._parsed.clear()
            self._parsed[pem] = presented
        return presented


def _parse(pem: bytes) -> PresentedCertificate | None:
    try:
        cert = x509.load_pem_x509_certificate(pem)
        names = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
        common_name = str(names[0].value) if names else ""
    except ValueError:
        return None
    return PresentedCertificate(common_name, format(cert.serial_number, "x"))
