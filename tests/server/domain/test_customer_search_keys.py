"""How the counter's search box reads a query (issue 3 item 3): keys guessed from the text,
terms per key."""

from __future__ import annotations

from iwebs_server.domain.account_numbers import account_number
from iwebs_server.domain.customer_search import SearchKey, guess_keys, read_as


def test_a_valid_account_number_is_tried_first_then_as_a_phone():
    number = account_number(123)
    assert guess_keys(number) == (
        SearchKey.ACCOUNT_NUMBER,
        SearchKey.PHONE,
        SearchKey.METER_SERIAL,
    )
    broken = number[:-1] + str((int(number[-1]) + 1) % 10)  # wrong check digit
    assert guess_keys(broken) == (SearchKey.PHONE, SearchKey.METER_SERIAL)


def test_guesses_from_the_shape_of_the_text():
    assert guess_keys("+221 77 123 45 67") == (SearchKey.PHONE, SearchKey.METER_SERIAL)
    assert guess_keys("c00000012")[0] is SearchKey.ACCOUNT_NUMBER
    assert guess_keys("SAG-12 345")[0] is SearchKey.METER_SERIAL
    assert guess_keys("Ndiaye Aïssatou") == (SearchKey.NAME, SearchKey.ADDRESS)


def test_terms_of_each_key():
    assert read_as(SearchKey.NAME, "  AÏSSATOU   Ndiaye ndiaye").words == ("aissatou", "ndiaye")
    phone = read_as(SearchKey.PHONE, "221 77 123 45 67")
    assert phone.phones == ("221771234567", "771234567") and phone.phone_prefix
    assert not read_as(SearchKey.PHONE, "77 1").phone_prefix  # too short for a prefix
    assert read_as(SearchKey.METER_SERIAL, "sag-12.345").serial == "SAG12345"
    assert read_as(SearchKey.ACCOUNT_NUMBER, "p00000042").premise_number == "P00000042"
    assert read_as(SearchKey.ACCOUNT_NUMBER, "000 000 018").account_number == "000000018"
    assert not read_as(SearchKey.ACCOUNT_NUMBER, "ndiaye").usable
    assert not read_as(SearchKey.NAME, "!!").usable
