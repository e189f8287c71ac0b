"""The counter's one search box (issue 3, item 3; ADM-3 scope): account number, name fragment,
phone, meter serial or premise address, one page at a time.

A query with no key is tried as each key `guess_keys` proposes, in order, and the first key
that finds something answers; its page token remembers that key, so the next pages continue
the same list."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from iwebs_server.application.paging import MAX_POSITION, page_size
from iwebs_server.application.validation import Checks
from iwebs_server.domain import rights
from iwebs_server.domain.customer_search import (
    MAX_QUERY_LENGTH,
    MIN_QUERY_LENGTH,
    SearchKey,
    SearchTerms,
    guess_keys,
    read_as,
)
from iwebs_server.domain.errors import InvalidInput
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.repositories.customer_search_repository import (
    SearchHitRow,
    SearchMatch,
)
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

MAX_SEARCH_PAGE_SIZE = 100
CustomerSearchHit = SearchHitRow

_WHAT_EACH_KEY_NEEDS = {
    SearchKey.ACCOUNT_NUMBER: "is not an account, customer, premise or subscription number",
    SearchKey.NAME: "holds no letter or digit to search",
    SearchKey.ADDRESS: "holds no letter or digit to search",
    SearchKey.PHONE: "holds no digit of a phone number",
    SearchKey.METER_SERIAL: "holds no letter or digit of a serial",
}


@dataclass(frozen=True)
class SearchResult:
    hits: tuple[CustomerSearchHit, ...]
    next_page_token: str
    # the key that answered (the asked one, or the guessed one that found something)
    key: SearchKey


class CustomerSearch:
    def __init__(self, uow_factory: UowFactory) -> None:
        self._uow = uow_factory

    def search(
        self,
        principal: Principal,
        query: str,
        key: int = 0,
        agency_id: str = "",
        size: int = 0,
        token: str = "",
    ) -> SearchResult:
        principal.require(rights.CUSTOMERS_READ)
        checks = Checks()
        text = query.strip()
        if len(text) < MIN_QUERY_LENGTH:
            checks.fail("query", f"must have at least {MIN_QUERY_LENGTH} characters")
        elif len(text) > MAX_QUERY_LENGTH:
            checks.fail("query", f"must be at most {MAX_QUERY_LENGTH} characters")
        if key not in SearchKey._value2member_map_:
            checks.fail("key", "is not a known search key")
        checks.identifier("agency_id", agency_id, required=False)
        checks.raise_if_any()
        limit = min(page_size(size), MAX_SEARCH_PAGE_SIZE)
        asked = SearchKey(key)
        token_key, offset = _decode(token)
        if token_key is not None and asked is not SearchKey.GUESS and token_key is not asked:
            raise InvalidInput.field("page_token", "belongs to a search by another key")
        if token_key is not None:
            candidates: tuple[SearchKey, ...] = (token_key,)
        elif asked is SearchKey.GUESS:
            candidates = guess_keys(text)
        else:
            candidates = (asked,)
        terms = [t for t in (read_as(k, text) for k in candidates) if t.usable]
        if not terms:
            reason = _WHAT_EACH_KEY_NEEDS.get(candidates[0], "holds nothing to search")
            raise InvalidInput.field("query", reason)
        with self._uow(read_only=True) as uow:
            for current in terms:
                # one more than the page: a next page exists only if something is left
                matches = uow.customer_search.find(
                    current, principal.scope, agency_id, offset, limit + 1
                )
                if matches or current is terms[-1]:
                    return self._result(uow, current, matches, offset, limit)
        raise AssertionError("unreachable: the last key always answers")

    @staticmethod
    def _result(
        uow: UnitOfWork, terms: SearchTerms, matches: list[SearchMatch], offset: int, limit: int
    ) -> SearchResult:
        hits = uow.customer_search.details(matches[:limit], terms.key)
        following = _encode(terms.key, offset + limit) if len(matches) > limit else ""
        return SearchResult(tuple(hits), following, terms.key)


def _encode(key: SearchKey, position: int) -> str:
    return base64.urlsafe_b64encode(f"s:{int(key)}:{position}".encode()).decode("ascii")


def _decode(token: str) -> tuple[SearchKey | None, int]:
    if not token:
        return None, 0
    try:
        kind, key, position = (
            base64.urlsafe_b64decode(token.encode("ascii")).decode("ascii").split(":")
        )
        parsed = SearchKey(int(key)), int(position)
    except (ValueError, UnicodeError) as error:
        raise InvalidInput.field("page_token", "not a token this server issued") from error
    if kind != "s" or parsed[0] is SearchKey.GUESS or not 0 <= parsed[1] <= MAX_POSITION:
        raise InvalidInput.field("page_token", "not a token this server issued")
    return parsed
