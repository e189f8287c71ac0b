"""Password rules (SEC-02, ADM-1): length, common passwords, context words."""

from __future__ import annotations

import pytest

from iwebs_server.domain import passwords
from iwebs_server.domain.security_policy import SecurityPolicy
from iwebs_server.security.common_passwords import common_passwords

POLICY = SecurityPolicy()


def problems(password: str, context: tuple[str, ...] = ()) -> list[str]:
    return passwords.problems_with(
        password, POLICY, common_passwords=common_passwords(), context_words=context
    )


def test_a_long_passphrase_without_composition_rules_is_accepted():
    assert problems("le baobab de thies fleurit") == []


def test_too_short_is_refused_with_the_minimum():
    assert problems("court-11car") == ["too_short:12"]


def test_a_common_password_is_refused_whatever_its_case():
    assert "q1w2e3r4t5y6" in common_passwords()
    assert problems("Q1W2E3R4T5Y6") == ["too_common"]


def test_context_words_are_refused():
    assert problems("thies-centre-2026-ok", context=("Thiès", "thies")) == ["contains_context_word"]


def test_the_list_goes_well_beyond_the_asvs_top_3000():
    assert len(common_passwords()) >= 19_000
    assert {"password1234", "motdepasse", "azertyuiop"} <= common_passwords()


def test_one_time_passwords_are_random_and_long_enough():
    first, second = passwords.generate_one_time_password(), passwords.generate_one_time_password()
    assert first != second
    assert len(first) == passwords.ONE_TIME_PASSWORD_LENGTH
    assert problems(first) == []


def test_check_raises_with_field_and_reason():
    with pytest.raises(passwords.PasswordRejected) as caught:
        passwords.check_new_password(
            "abc", POLICY, common_passwords=common_passwords(), context_words=()
        )
    assert caught.value.reason == "PASSWORD_POLICY"
    assert caught.value.field_violations[0].field == "new_password"
