"""What the counter's one search box looks for (issue 3, item 3): the keys, how a query is
read for each key, and which keys a query with no key is tried as, in order.

Pure rules: the persistence layer turns a `SearchTerms` into SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

from iwebs_server.domain.account_numbers import is_valid_account_number
from iwebs_server.domain.search_keys import COUNTRY_CODES, fold_text, phone_key, serial_key

MIN_QUERY_LENGTH = 2
MAX_QUERY_LENGTH = 100
# Words shorter than this cannot use a trigram index: they match the start of a word only
# ("ba" finds "BA Mamadou" and "BADJI Awa", not "DIOUBATE").
TRIGRAM_LENGTH = 3
# A phone prefix shorter than this would match a large part of the base: exact match only.
MIN_PHONE_PREFIX = 4
MAX_WORDS = 6

ADDRESS_FILLER_WORDS = frozenset(
    {"a", "au", "aux", "cote", "d", "de", "des", "du", "en", "face", "l", "la", "le", "les"}
    | {"n", "pres", "x"}
)
_SEPARATORS = re.compile(r"[\s\-./()]+")
_OTHER_NUMBER = re.compile(r"^([CPS])(\d{8})$")


class SearchKey(IntEnum):
    """Same numbers as iwebs.v1.SearchKey."""

    GUESS = 0
    ACCOUNT_NUMBER = 1
    NAME = 2
    PHONE = 3
    METER_SERIAL = 4
    ADDRESS = 5


@dataclass(frozen=True)
class SearchTerms:
    """A query read for one key: `words` (name, address), `numbers` (account, customer,
    premise or subscription number), `phones` (candidate national numbers) with
    `phone_prefix`, `serial` (serial key, exact or prefix)."""

    key: SearchKey
    words: tuple[str, ...] = ()
    account_number: str = ""
    customer_number: str = ""
    premise_number: str = ""
    subscription_number: str = ""
    phones: tuple[str, ...] = ()
    phone_prefix: bool = False
    serial: str = ""

    @property
    def usable(self) -> bool:
        return bool(
            self.words
            or self.account_number
            or self.customer_number
            or self.premise_number
            or self.subscription_number
            or self.phones
            or self.serial
        )


def compact(query: str) -> str:
    """The query without spaces, dashes, dots, slashes and brackets."""
    return _SEPARATORS.sub("", query.strip())


def read_as(key: SearchKey, query: str) -> SearchTerms:
    """The query read for one key; `usable` is False when it holds nothing for that key."""
    if key is SearchKey.NAME or key is SearchKey.ADDRESS:
        words = tuple(dict.fromkeys(fold_text(query).split()))
        if key is SearchKey.ADDRESS:
            # "pres de la pharmacie": filler words and single letters ("n°", "x") of
            # addresses match most premises; they are left out when other words remain
            useful = tuple(w for w in words if w not in ADDRESS_FILLER_WORDS)
            words = useful or words
        return SearchTerms(key, words=words[:MAX_WORDS])
    if key is SearchKey.PHONE:
        return _phone_terms(query)
    if key is SearchKey.METER_SERIAL:
        return SearchTerms(key, serial=serial_key(query))
    if key is SearchKey.ACCOUNT_NUMBER:
        text = compact(query).upper()
        other = _OTHER_NUMBER.match(text)
        if other is not None:
            field = {"C": "customer_number", "P": "premise_number", "S": "subscription_number"}
            return SearchTerms(key, **{field[other.group(1)]: text})  # type: ignore[arg-type]
        if text.isdigit():
            return SearchTerms(key, account_number=text)
        return SearchTerms(key)
    raise ValueError(f"no terms for {key!r}")


def _phone_terms(query: str) -> SearchTerms:
    national = phone_key(query)
    if not national:
        return SearchTerms(SearchKey.PHONE)
    candidates = [national]
    # "221771234567" typed without "+" or "00": also try it without the country code.
    if len(national) >= 11:
        for code in COUNTRY_CODES:
            if national.startswith(code):
                candidates.append(national[len(code) :])
    return SearchTerms(
        SearchKey.PHONE,
        phones=tuple(dict.fromkeys(candidates)),
        phone_prefix=len(national) >= MIN_PHONE_PREFIX,
    )


def guess_keys(query: str) -> tuple[SearchKey, ...]:
    """The keys a query typed with no key is tried as, in order; the first that finds
    something answers. A valid account number first (the check digit makes a wrong guess
    unlikely), then digits as a phone or a serial, then words as a name or an address."""
    text = compact(query)
    digits = text[1:] if text.startswith("+") else text
    if digits.isdigit():
        if is_valid_account_number(digits):
            return (SearchKey.ACCOUNT_NUMBER, SearchKey.PHONE, SearchKey.METER_SERIAL)
        return (SearchKey.PHONE, SearchKey.METER_SERIAL)
    if _OTHER_NUMBER.match(text.upper()):
        return (SearchKey.ACCOUNT_NUMBER, SearchKey.METER_SERIAL)
    has_digit = any(c.isdigit() for c in text)
    has_letter = any(c.isalpha() for c in text)
    if has_digit and has_letter:
        return (SearchKey.METER_SERIAL, SearchKey.ADDRESS, SearchKey.NAME)
    return (SearchKey.NAME, SearchKey.ADDRESS)
