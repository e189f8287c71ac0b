"""ProfileService: rights and profiles."""

from __future__ import annotations

from collections.abc import Sequence

import grpc

from iwebs.v1 import administration_pb2, profile_service_pb2, profile_service_pb2_grpc
from iwebs_client.backend.gateway_base import DEFAULT_PAGE_SIZE, Gateway

Profile = administration_pb2.Profile


class ProfileGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = profile_service_pb2_grpc.ProfileServiceStub(channel)  # type: ignore[no-untyped-call]

    def list_rights(self) -> list[administration_pb2.Right]:
        response = self._invoke(
            self._stub.ListRights,
            profile_service_pb2.ListRightsRequest(),
            profile_service_pb2.ListRightsResponse,
        )
        return list(response.rights)

    def list_profiles(
        self, page_token: str = "", page_size: int = DEFAULT_PAGE_SIZE
    ) -> tuple[list[Profile], str]:
        request = profile_service_pb2.ListProfilesRequest(
            page_size=page_size, page_token=page_token
        )
        response = self._invoke(
            self._stub.ListProfiles, request, profile_service_pb2.ListProfilesResponse
        )
        return list(response.profiles), response.next_page_token

    def list_all_profiles(self) -> list[Profile]:
        profiles, token = self.list_profiles()
        while token:
            more, token = self.list_profiles(page_token=token)
            profiles.extend(more)
        return profiles

    def create_profile(
        self, request_id: str, code: str, name: str, description: str, rights: Sequence[str]
    ) -> Profile:
        request = profile_service_pb2.CreateProfileRequest(
            request_id=request_id, code=code, name=name, description=description, rights=rights
        )
        return self._invoke(
            self._stub.CreateProfile, request, profile_service_pb2.CreateProfileResponse
        ).profile

    def update_profile(
        self, request_id: str, profile: Profile, name: str, description: str, rights: Sequence[str]
    ) -> Profile:
        request = profile_service_pb2.UpdateProfileRequest(
            request_id=request_id,
            profile_id=profile.profile_id,
            version=profile.version,
            name=name,
            description=description,
            rights=list(rights),
        )
        return self._invoke(
            self._stub.UpdateProfile, request, profile_service_pb2.UpdateProfileResponse
        ).profile
