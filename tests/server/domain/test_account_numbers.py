"""Account numbers with a Luhn check digit (issue 3: typed at counters and by mobile money):
one wrong digit or two swapped neighbours are caught."""

from __future__ import annotations

import pytest

from iwebs_server.domain.account_numbers import (
    account_number,
    is_valid_account_number,
    luhn_check_digit,
    prefixed_number,
)


def test_known_luhn_check_digits():
    # ISO/IEC 7812 examples: 7992739871 -> 3, 4539 1488 0343 646 -> 7
    assert luhn_check_digit("7992739871") == "3"
    assert luhn_check_digit("453914880343646") == "7"
    assert luhn_check_digit("0") == "0"


def test_account_numbers_are_ten_digits_and_valid():
    for sequence in (1, 2, 42, 123_456, 999_999_999):
        number = account_number(sequence)
        assert len(number) == 10 and number.isdigit()
        assert number[:9] == f"{sequence:09d}"
        assert is_valid_account_number(number)
    assert account_number(1) == "0000000018"


def test_every_single_digit_error_is_caught():
    number = account_number(271_828)
    for position in range(10):
        for digit in "0123456789":
            if digit == number[position]:
                continue
            wrong = number[:position] + digit + number[position + 1 :]
            assert not is_valid_account_number(wrong), wrong


def test_swapped_neighbours_are_caught():
    number = account_number(314_159)
    for position in range(9):
        a, b = number[position], number[position + 1]
        if a == b or {a, b} == {"0", "9"}:  # the one swap Luhn cannot see
            continue
        swapped = number[:position] + b + a + number[position + 2 :]
        assert not is_valid_account_number(swapped), swapped


def test_spaces_are_ignored_and_other_shapes_refused():
    number = account_number(77)
    assert is_valid_account_number(f" {number[:3]} {number[3:6]} {number[6:]} ")
    for text in ("", "123", number + "0", number[:-1] + "x", "abcdefghij"):
        assert not is_valid_account_number(text)


def test_out_of_range_sequences_are_refused():
    for sequence in (0, -1, 10**9):
        with pytest.raises(ValueError):
            account_number(sequence)
    with pytest.raises(ValueError):
        luhn_check_digit("12a")


def test_prefixed_numbers():
    assert prefixed_number("C", 1) == "C00000001"
    assert prefixed_number("P", 12_345, width=6) == "P012345"
    with pytest.raises(ValueError):
        prefixed_number("S", 0)
