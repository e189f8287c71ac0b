"""Method -> permission, deny by default (SEC-06, ADM-4). Agency scope is enforced by the
repositories with the principal's scope (SEC-07)."""

from __future__ import annotations

from typing import Any

import grpc

from iwebs_server.domain.errors import Forbidden
from iwebs_server.rpc import call_state
from iwebs_server.rpc.interceptors.base import Behaviour, WrappingInterceptor
from iwebs_server.rpc.permissions import (
    ALLOWED_BEFORE_PASSWORD_CHANGE,
    METHOD_PERMISSIONS,
    needs_session,
)


class AuthorizationInterceptor(WrappingInterceptor):
    def wants(self, method: str) -> bool:
        permission = METHOD_PERMISSIONS.get(method)
        return permission is None or needs_session(permission)

    def around(
        self, method: str, call: Behaviour, request: Any, context: grpc.ServicerContext
    ) -> Any:
        state = call_state.state()
        permission = METHOD_PERMISSIONS.get(method)
        principal = state.principal
        problem = None
        if permission is None:
            problem = Forbidden("METHOD_NOT_MAPPED", "this method is not open to anyone")
        elif principal is None:
            problem = Forbidden("PERMISSION_DENIED", "sign in first")
        elif principal.must_change_password and method not in ALLOWED_BEFORE_PASSWORD_CHANGE:
            problem = Forbidden("PASSWORD_CHANGE_REQUIRED", "change your password first")
        elif not permission.startswith("@") and not principal.has(permission):
            problem = Forbidden(
                "PERMISSION_DENIED",
                f"the right {permission} is required",
                metadata={"right": permission},
            )
        if problem is not None:
            raise problem
        return call(request, context)
