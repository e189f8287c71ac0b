"""UserService."""

from __future__ import annotations

from collections.abc import Sequence

import grpc

from iwebs.v1 import administration_pb2, user_service_pb2, user_service_pb2_grpc
from iwebs_client.backend.gateway_base import DEFAULT_PAGE_SIZE, Gateway

User = administration_pb2.User


class UserGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = user_service_pb2_grpc.UserServiceStub(channel)  # type: ignore[no-untyped-call]

    def list_users(
        self,
        page_token: str = "",
        page_size: int = DEFAULT_PAGE_SIZE,
        login_contains: str = "",
        agency_id: str = "",
    ) -> tuple[list[User], str]:
        request = user_service_pb2.ListUsersRequest(
            page_size=page_size,
            page_token=page_token,
            login_contains=login_contains,
            agency_id=agency_id,
        )
        response = self._invoke(self._stub.ListUsers, request, user_service_pb2.ListUsersResponse)
        return list(response.users), response.next_page_token

    def create_user(
        self,
        request_id: str,
        *,
        login: str,
        display_name: str,
        profile_id: str,
        agency_ids: Sequence[str],
        all_agencies: bool,
        preferred_language: str = "",
    ) -> tuple[User, str]:
        """Returns the user and the one-time password to show once."""
        request = user_service_pb2.CreateUserRequest(
            request_id=request_id,
            login=login,
            display_name=display_name,
            profile_id=profile_id,
            agency_ids=list(agency_ids),
            all_agencies=all_agencies,
            preferred_language=preferred_language,
        )
        response = self._invoke(self._stub.CreateUser, request, user_service_pb2.CreateUserResponse)
        return response.user, response.one_time_password

    def update_user(
        self,
        request_id: str,
        user: User,
        *,
        display_name: str,
        profile_id: str,
        agency_ids: Sequence[str],
        all_agencies: bool,
        preferred_language: str = "",
    ) -> User:
        request = user_service_pb2.UpdateUserRequest(
            request_id=request_id,
            user_id=user.user_id,
            version=user.version,
            display_name=display_name,
            profile_id=profile_id,
            agency_ids=list(agency_ids),
            all_agencies=all_agencies,
            preferred_language=preferred_language,
        )
        return self._invoke(
            self._stub.UpdateUser, request, user_service_pb2.UpdateUserResponse
        ).user

    def reset_password(self, request_id: str, user_id: str) -> str:
        request = user_service_pb2.ResetUserPasswordRequest(request_id=request_id, user_id=user_id)
        return self._invoke(
            self._stub.ResetUserPassword, request, user_service_pb2.ResetUserPasswordResponse
        ).one_time_password

    def lock_user(self, request_id: str, user_id: str, reason: str) -> User:
        request = user_service_pb2.LockUserRequest(
            request_id=request_id, user_id=user_id, reason=reason
        )
        return self._invoke(self._stub.LockUser, request, user_service_pb2.LockUserResponse).user

    def unlock_user(self, request_id: str, user_id: str, reason: str) -> tuple[User, str]:
        """Returns the user and, for an administrator, the pending approval request id."""
        request = user_service_pb2.UnlockUserRequest(
            request_id=request_id, user_id=user_id, reason=reason
        )
        response = self._invoke(self._stub.UnlockUser, request, user_service_pb2.UnlockUserResponse)
        return response.user, response.approval_request_id

    def disable_user(self, request_id: str, user_id: str, reason: str) -> User:
        request = user_service_pb2.DisableUserRequest(
            request_id=request_id, user_id=user_id, reason=reason
        )
        return self._invoke(
            self._stub.DisableUser, request, user_service_pb2.DisableUserResponse
        ).user

    def enable_user(self, request_id: str, user_id: str) -> User:
        request = user_service_pb2.EnableUserRequest(request_id=request_id, user_id=user_id)
        return self._invoke(
            self._stub.EnableUser, request, user_service_pb2.EnableUserResponse
        ).user
