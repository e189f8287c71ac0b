"""Profiles and the rights they grant."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from iwebs_server.persistence.tables.administration import ProfileRightRow, ProfileRow


class ProfileRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: ProfileRow, rights: Iterable[str]) -> None:
        self._session.add(row)
        self._session.flush()
        self.set_rights(row.id, rights)

    def get(self, profile_id: str) -> ProfileRow | None:
        return self._session.get(ProfileRow, profile_id)

    def by_code(self, code: str) -> ProfileRow | None:
        return self._session.scalar(select(ProfileRow).where(ProfileRow.code == code))

    def list_page(self, offset: int, limit: int) -> list[ProfileRow]:
        query = select(ProfileRow).order_by(ProfileRow.code).offset(offset).limit(limit)
        return list(self._session.scalars(query))

    def rights_of(self, profile_id: str) -> frozenset[str]:
        query = select(ProfileRightRow.right_code).where(ProfileRightRow.profile_id == profile_id)
        return frozenset(self._session.scalars(query))

    def set_rights(self, profile_id: str, rights: Iterable[str]) -> None:
        self._session.execute(
            delete(ProfileRightRow).where(ProfileRightRow.profile_id == profile_id)
        )
        self._session.add_all(
            ProfileRightRow(profile_id=profile_id, right_code=r) for r in set(rights)
        )
        self._session.flush()
