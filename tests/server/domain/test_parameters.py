"""The typed parameter registry (PAR-1): every default is valid for its own definition;
parse / format give one canonical text; validation says what is wrong."""

from __future__ import annotations

from decimal import Decimal

import pytest

from iwebs_server.domain.parameters import (
    DEFINITIONS,
    REGISTRY,
    Money,
    ParameterScope,
    ParameterType,
    ParameterValueError,
)


def test_the_registry_covers_the_business_with_valid_defaults():
    assert len(DEFINITIONS) >= 40
    assert len(REGISTRY) == len(DEFINITIONS)  # keys are unique
    for definition in DEFINITIONS:
        assert definition.normalize(definition.default) == definition.default, definition.key
        assert definition.key.startswith(definition.module + ".")
    assert {d.type for d in DEFINITIONS} == set(ParameterType)
    assert any(d.scope is ParameterScope.AGENCY for d in DEFINITIONS)


@pytest.mark.parametrize(
    ("key", "text", "value", "canonical"),
    [
        ("billing.due_date_delay_days", " 20 ", 20, "20"),
        ("readings.low_ratio", "0,40", Decimal("0.4"), "0.4"),
        ("readings.high_ratio", "3.000", Decimal("3"), "3"),
        ("sms.enabled", "Oui", True, "true"),
        ("sms.enabled", "0", False, "false"),
        ("collection.late_fee", "2500 xof", Money(2500, "XOF"), "2500 XOF"),
        ("billing.default_periodicity", "monthly", "monthly", "monthly"),
        ("cash.receipt_footer", "Merci\nThank you\n", "Merci\nThank you", "Merci\nThank you"),
    ],
)
def test_parse_and_canonical_text(key, text, value, canonical):
    definition = REGISTRY[key]
    assert definition.parse(text) == value
    assert definition.normalize(text) == canonical


@pytest.mark.parametrize(
    ("key", "text", "message"),
    [
        ("billing.due_date_delay_days", "2.5", "must be a whole number"),
        ("billing.due_date_delay_days", "120", "must be at most 90"),
        ("readings.low_ratio", "-0.1", "must be at least 0"),
        ("readings.low_ratio", "1e3", "must be a decimal number such as 1.5"),
        ("sms.enabled", "peut-être", "must be true or false"),
        ("billing.default_periodicity", "weekly", "must be one of: monthly, bimonthly, quarterly"),
        ("collection.late_fee", "1000", "must be an amount in minor units and a currency"),
        ("sms.sender_name", "A" * 12, "must be at most 11 characters"),
        ("numbering.bill_prefix", "FA\nC", "must be one line"),
        ("sms.template_payment", "Reçu {numero}", "unknown placeholder {numero}"),
    ],
)
def test_invalid_values_say_why(key, text, message):
    with pytest.raises(ParameterValueError, match=message.replace("{", r"\{").replace("}", r"\}")):
        REGISTRY[key].parse(text)
