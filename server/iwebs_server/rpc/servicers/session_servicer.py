"""iwebs.v1.SessionService and DiagnosticsService."""

from __future__ import annotations

import grpc

from iwebs.v1 import diagnostics_service_pb2 as diag
from iwebs.v1 import diagnostics_service_pb2_grpc as diag_grpc
from iwebs.v1 import session_service_pb2 as pb
from iwebs.v1 import session_service_pb2_grpc as pb_grpc
from iwebs_server.application.authentication import AuthenticationService
from iwebs_server.rpc import call_state
from iwebs_server.rpc.converters import administration as convert


class SessionServicer(pb_grpc.SessionServiceServicer):
    def __init__(self, authentication: AuthenticationService) -> None:
        self._auth = authentication

    def Login(self, request: pb.LoginRequest, context: grpc.ServicerContext) -> pb.LoginResponse:
        opened = self._auth.login(request.login, request.password, call_state.workstation())
        return pb.LoginResponse(session_token=opened.token, session=convert.session(opened.session))

    def ChangePassword(
        self, request: pb.ChangePasswordRequest, context: grpc.ServicerContext
    ) -> pb.ChangePasswordResponse:
        opened = self._auth.change_password(
            call_state.principal(), request.current_password, request.new_password
        )
        return pb.ChangePasswordResponse(
            session_token=opened.token, session=convert.session(opened.session)
        )

    def Logout(self, request: pb.LogoutRequest, context: grpc.ServicerContext) -> pb.LogoutResponse:
        self._auth.logout(call_state.principal())
        return pb.LogoutResponse()

    def GetCurrentSession(
        self, request: pb.GetCurrentSessionRequest, context: grpc.ServicerContext
    ) -> pb.GetCurrentSessionResponse:
        view = self._auth.current_session(call_state.principal())
        return pb.GetCurrentSessionResponse(session=convert.session(view))


class DiagnosticsServicer(diag_grpc.DiagnosticsServiceServicer):
    def Ping(self, request: diag.PingRequest, context: grpc.ServicerContext) -> diag.PingResponse:
        return diag.PingResponse(payload=request.payload[:256])
