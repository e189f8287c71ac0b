"""iwebs.v1.ProfileService."""

from __future__ import annotations

import grpc

from iwebs.v1 import profile_service_pb2 as pb
from iwebs.v1 import profile_service_pb2_grpc as pb_grpc
from iwebs_server.application.profiles import ProfileService
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import administration as convert


class ProfileServicer(pb_grpc.ProfileServiceServicer):
    def __init__(self, profiles: ProfileService) -> None:
        self._profiles = profiles

    def ListRights(
        self, request: pb.ListRightsRequest, context: grpc.ServicerContext
    ) -> pb.ListRightsResponse:
        return pb.ListRightsResponse(
            rights=[convert.right(r) for r in self._profiles.list_rights()]
        )

    def ListProfiles(
        self, request: pb.ListProfilesRequest, context: grpc.ServicerContext
    ) -> pb.ListProfilesResponse:
        page = self._profiles.list_page(principal(), request.page_size, request.page_token)
        return pb.ListProfilesResponse(
            profiles=[convert.profile(p) for p in page.items], next_page_token=page.next_page_token
        )

    def GetProfile(
        self, request: pb.GetProfileRequest, context: grpc.ServicerContext
    ) -> pb.GetProfileResponse:
        return pb.GetProfileResponse(
            profile=convert.profile(self._profiles.get(principal(), request.profile_id))
        )

    def CreateProfile(
        self, request: pb.CreateProfileRequest, context: grpc.ServicerContext
    ) -> pb.CreateProfileResponse:
        view = self._profiles.create(
            principal(),
            request.request_id,
            request.code,
            request.name,
            request.description,
            list(request.rights),
        )
        return pb.CreateProfileResponse(profile=convert.profile(view))

    def UpdateProfile(
        self, request: pb.UpdateProfileRequest, context: grpc.ServicerContext
    ) -> pb.UpdateProfileResponse:
        view = self._profiles.update(
            principal(),
            request.request_id,
            request.profile_id,
            request.version,
            request.name,
            request.description,
            list(request.rights),
        )
        return pb.UpdateProfileResponse(profile=convert.profile(view))
