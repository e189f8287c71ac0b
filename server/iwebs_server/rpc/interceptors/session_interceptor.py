"""Checks the user session token carried in the `authorization` metadata (SEC-04, SEC-05)."""

from __future__ import annotations

from typing import Any

import grpc

from iwebs_server.application.session_check import SessionChecker
from iwebs_server.rpc import call_state
from iwebs_server.rpc.interceptors.base import Behaviour, WrappingInterceptor
from iwebs_server.rpc.permissions import METHOD_PERMISSIONS, needs_session

_BEARER = "bearer "


class SessionInterceptor(WrappingInterceptor):
    def __init__(self, checker: SessionChecker) -> None:
        self._checker = checker

    def wants(self, method: str) -> bool:
        permission = METHOD_PERMISSIONS.get(method)
        return permission is not None and needs_session(permission)

    def around(
        self, method: str, call: Behaviour, request: Any, context: grpc.ServicerContext
    ) -> Any:
        state = call_state.state()
        header = state.metadata.get("authorization", "")
        token = header[len(_BEARER) :].strip() if header.lower().startswith(_BEARER) else ""
        state.principal = self._checker.check(token, call_state.presented())
        return call(request, context)
