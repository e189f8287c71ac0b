"""The one way a user account row is made (first administrator, demo, creation, tests)."""

from __future__ import annotations

from datetime import datetime

from iwebs_server.application.clock import new_id
from iwebs_server.persistence.tables.administration import UserRow


def new_user_row(
    *,
    login: str,
    display_name: str,
    profile_id: str,
    all_agencies: bool,
    password_hash: str,
    now: datetime,
    one_time_password_expires_at: datetime | None,
    preferred_language: str = "fr",
) -> UserRow:
    """An active, unlocked account. With `one_time_password_expires_at`, its password is a
    one-time password (ADM-3) that must be changed at first login and expires then."""
    return UserRow(
        id=new_id(),
        login=login,
        display_name=display_name,
        profile_id=profile_id,
        all_agencies=all_agencies,
        active=True,
        password_hash=password_hash,
        password_is_one_time=one_time_password_expires_at is not None,
        password_expires_at=one_time_password_expires_at,
        password_changed_at=now,
        locked_by_administrator=False,
        preferred_language=preferred_language,
        version=1,
        created_at=now,
    )
