"""SessionService: login, password change, logout, current session."""

from __future__ import annotations

import grpc

from iwebs.v1 import session_pb2, session_service_pb2, session_service_pb2_grpc
from iwebs_client.backend.gateway_base import Gateway
from iwebs_client.backend.session import SessionState


class SessionGateway(Gateway):
    def __init__(self, channel: grpc.Channel, session: SessionState, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = session_service_pb2_grpc.SessionServiceStub(channel)  # type: ignore[no-untyped-call]
        self._session = session

    def login(self, login: str, password: str) -> session_pb2.SessionInfo:
        self._session.clear()
        request = session_service_pb2.LoginRequest(login=login, password=password)
        response = self._invoke(self._stub.Login, request, session_service_pb2.LoginResponse)
        self._session.set_token(response.session_token)
        return response.session

    def change_password(self, current_password: str, new_password: str) -> session_pb2.SessionInfo:
        request = session_service_pb2.ChangePasswordRequest(
            current_password=current_password, new_password=new_password
        )
        response = self._invoke(
            self._stub.ChangePassword, request, session_service_pb2.ChangePasswordResponse
        )
        self._session.set_token(response.session_token)
        return response.session

    def logout(self) -> None:
        try:
            if self._session.is_open:
                self._invoke(
                    self._stub.Logout,
                    session_service_pb2.LogoutRequest(),
                    session_service_pb2.LogoutResponse,
                )
        finally:
            self._session.clear()

    def get_current_session(self) -> session_pb2.SessionInfo:
        request = session_service_pb2.GetCurrentSessionRequest()
        return self._invoke(
            self._stub.GetCurrentSession, request, session_service_pb2.GetCurrentSessionResponse
        ).session
