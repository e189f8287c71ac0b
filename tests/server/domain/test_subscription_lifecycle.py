"""Subscription life cycle (issue 3): requested -> active -> suspended (cut) <-> active ->
terminated; any other move is refused with INVALID_STATE_TRANSITION."""

from __future__ import annotations

import pytest

from iwebs_server.domain.customer_base import (
    SUBSCRIPTION_TRANSITIONS,
    InvalidTransition,
    SubscriptionStatus,
    next_subscription_status,
)

S = SubscriptionStatus
ALLOWED = {
    (S.REQUESTED, "activate"): S.ACTIVE,
    (S.ACTIVE, "suspend"): S.SUSPENDED,
    (S.SUSPENDED, "resume"): S.ACTIVE,
    (S.REQUESTED, "terminate"): S.TERMINATED,
    (S.ACTIVE, "terminate"): S.TERMINATED,
    (S.SUSPENDED, "terminate"): S.TERMINATED,
}


@pytest.mark.parametrize("state", list(S))
@pytest.mark.parametrize("verb", sorted(SUBSCRIPTION_TRANSITIONS))
def test_every_state_and_verb(state, verb):
    expected = ALLOWED.get((state, verb))
    if expected is not None:
        assert next_subscription_status(state.value, verb) == expected
        return
    with pytest.raises(InvalidTransition) as caught:
        next_subscription_status(state.value, verb)
    assert caught.value.reason == "INVALID_STATE_TRANSITION"
    assert caught.value.metadata == {"object_type": "subscription", "current_state": state.value}


def test_a_terminated_subscription_is_final():
    for verb in SUBSCRIPTION_TRANSITIONS:
        with pytest.raises(InvalidTransition):
            next_subscription_status("terminated", verb)


def test_a_whole_life():
    state = S.REQUESTED.value
    for verb in ("activate", "suspend", "resume", "suspend", "resume", "terminate"):
        state = next_subscription_status(state, verb).value
    assert state == "terminated"
