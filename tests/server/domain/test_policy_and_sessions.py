"""Security policy bounds, throttling and session timeouts (ADM-1, SEC-03, SEC-04)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from iwebs_server.domain import sessions
from iwebs_server.domain.errors import InvalidInput
from iwebs_server.domain.login_throttle import ThrottleState
from iwebs_server.domain.principal import AgencyScope
from iwebs_server.domain.security_policy import SecurityPolicy

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
POLICY = SecurityPolicy()


def test_default_policy_is_valid_and_follows_asvs():
    POLICY.validate()
    assert POLICY.password_min_length >= 12
    assert POLICY.session_idle_timeout_minutes == 30
    assert POLICY.session_absolute_timeout_hours == 12
    assert POLICY.password_max_age_days == 0  # no forced rotation


def test_policy_below_the_floor_is_refused_with_every_field():
    weak = replace(POLICY, password_min_length=6, max_failed_logins=100)
    with pytest.raises(InvalidInput) as caught:
        weak.validate()
    fields = {v.field for v in caught.value.field_violations}
    assert fields == {"policy.password_min_length", "policy.max_failed_logins"}


def test_changes_name_old_and_new_values():
    changed = replace(POLICY, password_min_length=14)
    assert changed.changes_from(POLICY) == {"password_min_length": (12, 14)}


def test_lock_after_the_policy_failures_then_release():
    state = ThrottleState()
    for _ in range(POLICY.max_failed_logins - 1):
        state = state.after_failure(NOW, POLICY)
        assert not state.is_locked(NOW)
    state = state.after_failure(NOW, POLICY)
    assert state.is_locked(NOW)
    later = NOW + timedelta(minutes=POLICY.lockout_minutes)
    assert not state.is_locked(later)
    assert state.after_failure(later, POLICY).failed_count == 1


def test_failed_attempts_per_hour_stay_under_the_asvs_bound():
    # 5 failures then a 15-minute lock: at most 4 lock cycles in an hour.
    per_hour = POLICY.max_failed_logins * (60 // POLICY.lockout_minutes + 1)
    assert per_hour <= 100


def test_session_idle_and_absolute_timeouts():
    times = sessions.SessionTimes(NOW, NOW, sessions.absolute_expiry(NOW, POLICY))
    assert sessions.expiry_reason(times, NOW + timedelta(minutes=29), POLICY) is None
    assert sessions.expiry_reason(times, NOW + timedelta(minutes=30), POLICY) == "idle_timeout"
    busy = sessions.SessionTimes(NOW, NOW + timedelta(hours=12), times.expires_at)
    assert sessions.expiry_reason(busy, NOW + timedelta(hours=12), POLICY) == "absolute_timeout"


def test_agency_scope():
    scope = AgencyScope(frozenset({"a", "b"}))
    assert scope.allows("a") and not scope.allows("c") and not scope.allows(None)
    assert scope.covers(["a"]) and not scope.covers(["a", "c"])
    assert not scope.covers([], all_agencies=True)
    everything = AgencyScope(frozenset(), all_agencies=True)
    assert everything.covers(["x"], all_agencies=True)
