"""iwebs.v1.UserService."""

from __future__ import annotations

import grpc

from iwebs.v1 import user_service_pb2 as pb
from iwebs.v1 import user_service_pb2_grpc as pb_grpc
from iwebs_server.application.users import UserService
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import administration as convert


class UserServicer(pb_grpc.UserServiceServicer):
    def __init__(self, users: UserService) -> None:
        self._users = users

    def ListUsers(
        self, request: pb.ListUsersRequest, context: grpc.ServicerContext
    ) -> pb.ListUsersResponse:
        page = self._users.list_page(
            principal(),
            request.page_size,
            request.page_token,
            agency_id=request.agency_id,
            login_contains=request.login_contains,
        )
        return pb.ListUsersResponse(
            users=[convert.user(u) for u in page.items], next_page_token=page.next_page_token
        )

    def GetUser(
        self, request: pb.GetUserRequest, context: grpc.ServicerContext
    ) -> pb.GetUserResponse:
        return pb.GetUserResponse(user=convert.user(self._users.get(principal(), request.user_id)))

    def CreateUser(
        self, request: pb.CreateUserRequest, context: grpc.ServicerContext
    ) -> pb.CreateUserResponse:
        view, one_time = self._users.create(
            principal(),
            request.request_id,
            request.login,
            request.display_name,
            request.profile_id,
            list(request.agency_ids),
            request.all_agencies,
            request.preferred_language,
        )
        return pb.CreateUserResponse(user=convert.user(view), one_time_password=one_time)

    def UpdateUser(
        self, request: pb.UpdateUserRequest, context: grpc.ServicerContext
    ) -> pb.UpdateUserResponse:
        view = self._users.update(
            principal(),
            request.request_id,
            request.user_id,
            request.version,
            request.display_name,
            request.profile_id,
            list(request.agency_ids),
            request.all_agencies,
            request.preferred_language,
        )
        return pb.UpdateUserResponse(user=convert.user(view))

    def ResetUserPassword(
        self, request: pb.ResetUserPasswordRequest, context: grpc.ServicerContext
    ) -> pb.ResetUserPasswordResponse:
        one_time = self._users.reset_password(principal(), request.request_id, request.user_id)
        return pb.ResetUserPasswordResponse(one_time_password=one_time)

    def LockUser(
        self, request: pb.LockUserRequest, context: grpc.ServicerContext
    ) -> pb.LockUserResponse:
        view = self._users.lock(principal(), request.request_id, request.user_id, request.reason)
        return pb.LockUserResponse(user=convert.user(view))

    def UnlockUser(
        self, request: pb.UnlockUserRequest, context: grpc.ServicerContext
    ) -> pb.UnlockUserResponse:
        view, approval_id = self._users.unlock(
            principal(), request.request_id, request.user_id, request.reason
        )
        return pb.UnlockUserResponse(user=convert.user(view), approval_request_id=approval_id)

    def DisableUser(
        self, request: pb.DisableUserRequest, context: grpc.ServicerContext
    ) -> pb.DisableUserResponse:
        view = self._users.disable(principal(), request.request_id, request.user_id, request.reason)
        return pb.DisableUserResponse(user=convert.user(view))

    def EnableUser(
        self, request: pb.EnableUserRequest, context: grpc.ServicerContext
    ) -> pb.EnableUserResponse:
        view = self._users.enable(principal(), request.request_id, request.user_id)
        return pb.EnableUserResponse(user=convert.user(view))
