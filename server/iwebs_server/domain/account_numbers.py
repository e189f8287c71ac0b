"""Human numbers of the customer base, with a check digit where people type them.

Account numbers are typed at counters and by mobile-money customers, so they end with a
Luhn check digit (ISO/IEC 7812): one wrong digit or two swapped neighbours are caught
before any search.
"""

from __future__ import annotations

ACCOUNT_NUMBER_BODY_DIGITS = 9


def luhn_check_digit(body: str) -> str:
    """The digit that makes `body` + digit pass the Luhn test."""
    if not body.isdigit():
        raise ValueError("a Luhn body is made of digits")
    total = 0
    for position, char in enumerate(reversed(body)):
        digit = int(char)
        if position % 2 == 0:  # doubled: these become odd positions once the check is added
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def account_number(sequence: int) -> str:
    """The account number of the `sequence`-th account: 9 digits + check digit."""
    if not 0 < sequence < 10**ACCOUNT_NUMBER_BODY_DIGITS:
        raise ValueError("account sequence out of range")
    body = f"{sequence:0{ACCOUNT_NUMBER_BODY_DIGITS}d}"
    return body + luhn_check_digit(body)


def is_valid_account_number(text: str) -> bool:
    """True for 10 digits whose last is the Luhn check digit of the first nine."""
    digits = text.strip().replace(" ", "")
    return (
        len(digits) == ACCOUNT_NUMBER_BODY_DIGITS + 1
        and digits.isdigit()
        and luhn_check_digit(digits[:-1]) == digits[-1]
    )


def prefixed_number(prefix: str, sequence: int, width: int = 8) -> str:
    """Other series (customers C00000001, premises P..., subscriptions S...): no check digit."""
    if sequence <= 0:
        raise ValueError("sequence must be positive")
    return f"{prefix}{sequence:0{width}d}"
