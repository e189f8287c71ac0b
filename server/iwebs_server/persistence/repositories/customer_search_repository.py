"""The counter's search (issue 3, item 3): one query per key, then the page's details.

Every query keeps only customers of the caller's agencies (ADM-3, SEC-07). Matching uses
the normalized columns the writers fill through domain/search_keys.py, so the query never
applies a function to a column:

- names and addresses: every word must occur. On PostgreSQL `LIKE '%word%'` answered by the
  pg_trgm GIN indexes of migration 0003; on SQLite the FTS5 tables `search_fts_*` (trigram
  tokenizer: fragments inside words too). Words of one or two letters match the start of a
  word (`LIKE 'ba%' OR LIKE '% ba%'`).
- phones and meter serials: exact, or prefix (`LIKE 'p%'`, btree indexes).
- numbers (account, customer, premise, subscription): exact, on their unique indexes.

Results come in a fixed order (name, address, phone, serial; then ids) so pages are stable.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Engine,
    Select,
    String,
    and_,
    any_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    text,
    true,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from iwebs_server.domain.customer_base import SubscriptionStatus
from iwebs_server.domain.customer_search import TRIGRAM_LENGTH, SearchKey, SearchTerms
from iwebs_server.domain.principal import AgencyScope
from iwebs_server.persistence.tables.customer_base import (
    CustomerAccountRow,
    CustomerPhoneRow,
    CustomerRow,
    MeterInstallationRow,
    MeterRow,
    PremiseRow,
    SubscriptionRow,
)

FTS_CUSTOMERS = "search_fts_customers"
FTS_PREMISES = "search_fts_premises"


@dataclass(frozen=True)
class SearchMatch:
    """One result line before its details: the customer and what the query matched."""

    customer_id: str
    account_id: str | None = None
    premise_id: str | None = None
    meter_serial: str | None = None
    phone_number: str | None = None


@dataclass(frozen=True)
class SearchHitRow:
    customer_id: str
    customer_number: str
    display_name: str
    agency_id: str
    account_id: str
    account_number: str
    premise_address: str
    meter_serial: str
    main_phone: str
    service: str
    matched_key: SearchKey


# Per SQLite engine: does its FTS use the trigram tokenizer (decided by migration 0003)?
_TRIGRAM_BY_ENGINE: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()


class CustomerSearchRepository:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._scope: tuple[AgencyScope, str] = (AgencyScope(frozenset()), "")

    # ----------------------------------------------------------------- matches, per key

    def find(
        self, terms: SearchTerms, scope: AgencyScope, agency_id: str, offset: int, limit: int
    ) -> list[SearchMatch]:
        """One page of matches for one key, in the key's order."""
        finder = {
            SearchKey.ACCOUNT_NUMBER: self._by_number,
            SearchKey.NAME: self._by_name,
            SearchKey.PHONE: self._by_phone,
            SearchKey.METER_SERIAL: self._by_serial,
            SearchKey.ADDRESS: self._by_address,
        }[terms.key]
        self._scope = (scope, agency_id)
        return finder(terms, _scope_filter(scope, agency_id), offset, limit)

    def _by_number(
        self, terms: SearchTerms, scoped: ColumnElement[bool], offset: int, limit: int
    ) -> list[SearchMatch]:
        c, a, s = CustomerRow, CustomerAccountRow, SubscriptionRow
        if terms.account_number:
            query = (
                select(c.id, a.id)
                .join(a, a.customer_id == c.id)
                .where(a.account_number == terms.account_number, scoped)
            )
            rows = self._session.execute(query.offset(offset).limit(limit)).all()
            return [SearchMatch(customer, account_id=account) for customer, account in rows]
        if terms.customer_number:
            only = select(c.id).where(c.customer_number == terms.customer_number, scoped)
            found = self._session.scalars(only.offset(offset).limit(limit)).all()
            return [SearchMatch(customer) for customer in found]
        if terms.subscription_number:
            sub = (
                select(c.id, a.id, s.premise_id)
                .join(a, a.customer_id == c.id)
                .join(s, s.account_id == a.id)
                .where(s.subscription_number == terms.subscription_number, scoped)
            )
            rows3 = self._session.execute(sub.offset(offset).limit(limit)).all()
            return [SearchMatch(cu, account_id=ac, premise_id=pr) for cu, ac, pr in rows3]
        if terms.premise_number:
            p = PremiseRow
            return self._premise_matches(
                self._premise_customers().where(p.premise_number == terms.premise_number, scoped),
                offset,
                limit,
            )
        return []

    def _by_name(
        self, terms: SearchTerms, scoped: ColumnElement[bool], offset: int, limit: int
    ) -> list[SearchMatch]:
        c = CustomerRow
        matching = self._word_filters(c.search_name, terms.words, FTS_CUSTOMERS, c)
        query = select(c.id).where(scoped, *matching).order_by(c.search_name, c.id)

        def others(starts: ColumnElement[bool]) -> Select[Any]:
            # The names found by the words alone, fenced (OFFSET 0) so that the planner
            # reads them from the trigram index only; ANDing the agency index's bitmap
            # (70,000 entries for one agency at a million) cost more than the scope filter.
            found = (
                select(c.id, c.search_name, c.agency_id)
                .where(*matching, ~starts)
                .offset(0)
                .subquery()
            )
            return (
                select(found.c.id)
                .where(_scope_filter(*self._scope, column=found.c.agency_id))
                .order_by(found.c.search_name, found.c.id)
            )

        rows = self._starts_first(query, c.search_name, terms.words[0], offset, limit, others)
        return [SearchMatch(customer) for (customer,) in rows]

    def _by_address(
        self, terms: SearchTerms, scoped: ColumnElement[bool], offset: int, limit: int
    ) -> list[SearchMatch]:
        p = PremiseRow
        # a premise's agency is its scope too: a common word ("medina") of other agencies'
        # premises is skipped before any join to their customers
        scoped = and_(scoped, _scope_filter(*self._scope, column=p.agency_id))
        if self._dialect() == "postgresql":
            # words (or their starts) of the address: full-text GIN index of migration 0003
            # Whole words first: GIN starts from the rarest word's list. A word's start
            # ("keur serig") only when whole words find nothing, and only for the last word:
            # a prefix reads every matching list in full ("villa:*": 170,000 premises).
            whole = " & ".join(terms.words)
            found = self._premise_matches(
                self._premise_customers().where(
                    scoped, _ADDRESS_WORDS.bindparams(address_words=whole)
                ),
                offset,
                limit,
            )
            if found or terms.words[-1].isdigit():
                return found
            query = self._premise_customers().where(
                scoped, _ADDRESS_WORDS.bindparams(address_words=f"{whole}:*")
            )
        else:
            query = self._premise_customers().where(
                scoped, *self._word_filters(p.search_address, terms.words, FTS_PREMISES, p)
            )
        # No "starts with the first word first" here: an address's first word is mostly a
        # generic one (villa, rue, parcelle) that a sixth of the base starts with; the
        # trigram indexes of all the words typed find the few premises meant.
        return self._premise_matches(query, offset, limit)

    def _starts_first(
        self,
        query: Any,
        column: InstrumentedAttribute[str],
        first_word: str,
        offset: int,
        limit: int,
        others: Callable[[ColumnElement[bool]], Select[Any]] | None = None,
    ) -> list[Any]:
        """The rows of `query` whose text starts with the first word typed come first ("ndiaye"
        lists the NDIAYE family before "DIOP Ndiaye"), then the others, each part in the
        query's order. The first part is a range of the btree index (agency, text), read in
        order and stopped at the page: a common family name costs a page, not a sort of
        every namesake; the second part is needed only past the end of the first."""
        starts = and_(column >= first_word, column < _next_prefix(first_word))
        first = self._session.execute(query.where(starts).offset(offset).limit(limit)).all()
        if len(first) == limit:
            return list(first)
        if first or offset == 0:
            skip = 0
        else:  # past the first part: how long was it?
            counted = select(func.count()).select_from(
                query.where(starts).order_by(None).subquery()
            )
            skip = max(0, offset - (self._session.scalar(counted) or 0))
        second = others(starts) if others is not None else query.where(~starts)
        rest = second.offset(skip).limit(limit - len(first))
        return [*first, *self._session.execute(rest).all()]

    def _premise_customers(self) -> Select[str, str, str]:
        """One row per subscription of a premise (a premise's customers), in address order;
        the same customer twice at one premise is one hit (details)."""
        p, s, a, c = PremiseRow, SubscriptionRow, CustomerAccountRow, CustomerRow
        return (
            select(c.id, a.id, p.id)
            .select_from(p)
            .join(s, s.premise_id == p.id)
            .join(a, a.id == s.account_id)
            .join(c, c.id == a.customer_id)
            .order_by(p.search_address, p.id, s.subscription_number)
        )

    def _premise_matches(
        self, query: Select[str, str, str], offset: int, limit: int
    ) -> list[SearchMatch]:
        rows = self._session.execute(query.offset(offset).limit(limit)).all()
        return [SearchMatch(cu, account_id=ac, premise_id=pr) for cu, ac, pr in rows]

    def _by_phone(
        self, terms: SearchTerms, scoped: ColumnElement[bool], offset: int, limit: int
    ) -> list[SearchMatch]:
        ph, c = CustomerPhoneRow, CustomerRow
        number = self._bytewise(ph.number_key)
        wanted = (
            or_(*(self._prefix(number, p) for p in terms.phones))
            if terms.phone_prefix
            else number.in_(terms.phones)
        )
        # the phone's agency is its customer's: the walk skips other agencies' numbers
        in_scope = _scope_filter(*self._scope, column=ph.agency_id)
        candidates = select(ph.id).where(wanted, in_scope).order_by(number, ph.id)

        def expand(ids: list[str]) -> list[SearchMatch]:
            query = (
                select(c.id, ph.number)
                .select_from(ph)
                .join(c, c.id == ph.customer_id)
                .where(self._among(ph.id, ids), scoped)
                .order_by(number, ph.id)
            )
            return [SearchMatch(cu, phone_number=n) for cu, n in self._session.execute(query)]

        return self._walk(candidates, expand, offset, limit)

    def _by_serial(
        self, terms: SearchTerms, scoped: ColumnElement[bool], offset: int, limit: int
    ) -> list[SearchMatch]:
        """Meters in serial order, each with the customers of the premises it was fitted at:
        the subscription the installation names, or when it names none the premise's
        subscriptions of the meter's service."""
        m, i, s = MeterRow, MeterInstallationRow, SubscriptionRow
        a, c = CustomerAccountRow, CustomerRow
        serial = self._bytewise(m.serial_key)
        # a meter's agency is its scope (tables/customer_base.py): the walk skips meters of
        # other agencies; the customer's agency is checked as well (expand)
        in_scope = _scope_filter(*self._scope, column=m.agency_id)
        candidates = (
            select(m.id).where(self._prefix(serial, terms.serial), in_scope).order_by(serial, m.id)
        )

        def expand(ids: list[str]) -> list[SearchMatch]:
            query = (
                select(c.id, a.id, i.premise_id, m.serial)
                .select_from(m)
                .join(i, i.meter_id == m.id)
                .join(s, and_(s.premise_id == i.premise_id, s.service == m.service))
                .join(a, a.id == s.account_id)
                .join(c, c.id == a.customer_id)
                .where(
                    self._among(m.id, ids),
                    or_(i.subscription_id.is_(None), i.subscription_id == s.id),
                    scoped,
                )
                .order_by(serial, m.id, i.installed_on.desc(), s.subscription_number)
            )
            return [
                SearchMatch(cu, account_id=ac, premise_id=pr, meter_serial=se)
                for cu, ac, pr, se in self._session.execute(query)
            ]

        return self._walk(candidates, expand, offset, limit)

    def _walk(
        self,
        candidates: Select[Any],
        expand: Callable[[list[str]], list[SearchMatch]],
        offset: int,
        limit: int,
    ) -> list[SearchMatch]:
        """Reads the keys matching a prefix in index order, a batch at a time, and keeps the
        lines of the batch inside the caller's scope, until the page is full: a short prefix
        matching tens of thousands of meters or phones costs a few batches, not a sort of
        them all (the planner cannot know how many fall in the scope)."""
        wanted = offset + limit
        found: list[SearchMatch] = []
        position, batch = 0, max(32, 2 * wanted)
        while len(found) < wanted:
            ids = list(self._session.scalars(candidates.offset(position).limit(batch)))
            found += expand(ids) if ids else []
            if len(ids) < batch:
                break
            position += batch
            batch = min(batch * 2, 4096)
        return found[offset:wanted]

    def _word_filters(
        self,
        column: InstrumentedAttribute[str],
        words: Sequence[str],
        fts: str,
        table: type[CustomerRow] | type[PremiseRow],
    ) -> list[ColumnElement[bool]]:
        """Every word must occur: fragments of 3+ letters anywhere, shorter ones at a word's
        start. On SQLite the long words go to the FTS table in one MATCH."""
        short = [w for w in words if len(w) < TRIGRAM_LENGTH]
        long = [w for w in words if len(w) >= TRIGRAM_LENGTH]
        filters: list[ColumnElement[bool]] = [
            or_(column.like(f"{w}%"), column.like(f"% {w}%")) for w in short
        ]
        if not long:
            return filters
        if self._dialect() != "sqlite":
            return filters + [column.like(f"%{w}%") for w in long]
        if self._sqlite_trigram():
            match = " ".join(f'"{w}"' for w in long)
        else:  # unicode61: whole words or their starts
            match = " ".join(f'"{w}"*' for w in long)
            filters += [column.like(f"%{w}%") for w in long]
        rowids: Select[Any] = (
            select(literal_column("rowid"))
            .select_from(text(fts))
            .where(text(f"{fts} MATCH :fts_match").bindparams(fts_match=match))
        )
        rowid: ColumnElement[Any] = literal_column(f"{table.__tablename__}.rowid")
        return [*filters, rowid.in_(rowids)]

    def _bytewise(self, column: InstrumentedAttribute[str]) -> Any:
        """A key compared byte by byte: on PostgreSQL `COLLATE "C"`, matching the indexes of
        migration 0003, so that one index serves both the prefix and the order whatever the
        database's collation (the walk in key order stops at the page); SQLite's BINARY
        collation already is."""
        if self._dialect() == "sqlite":
            return column
        return column.collate("C")

    def _prefix(self, column: ColumnElement[str], prefix: str) -> ColumnElement[bool]:
        """Keys starting with `prefix` (digits or upper-case letters): LIKE on PostgreSQL
        (with the C collation, an index range), a range on SQLite (whose LIKE ignores case,
        so that no index serves it)."""
        if self._dialect() == "sqlite":
            return and_(column >= prefix, column < _next_prefix(prefix))
        return column.like(f"{prefix}%")

    def _among(self, column: InstrumentedAttribute[str], ids: Sequence[str]) -> Any:
        """`column` is one of `ids`. On PostgreSQL `= ANY(array)`: one SQL text whatever the
        number of ids, so that the driver prepares it after a few calls and the statement
        is no longer planned on every search (planning the 5-table join cost more than
        running it)."""
        if self._dialect() == "sqlite":
            return column.in_(ids)
        return column == any_(bindparam(None, list(ids), type_=ARRAY(String())))

    def _dialect(self) -> str:
        return self._session.get_bind().dialect.name

    def _sqlite_trigram(self) -> bool:
        engine = self._session.get_bind().engine
        known = _TRIGRAM_BY_ENGINE.get(engine)
        if known is None:
            sql = self._session.scalar(
                text("SELECT sql FROM sqlite_master WHERE name = :name"),
                {"name": FTS_CUSTOMERS},
            )
            known = "trigram" in (sql or "")
            _TRIGRAM_BY_ENGINE[engine] = known
        return known

    # ----------------------------------------------------------------- details of a page

    def details(self, matches: Sequence[SearchMatch], key: SearchKey) -> list[SearchHitRow]:
        """What a result line shows, in two statements: the matched account, premise or
        meter, else the customer's first account (active first), the premise of its first
        live subscription and the meter installed there now; the phone that matched, else
        the main phone. A customer found twice through one premise or meter is one line."""
        unique: dict[tuple[str, str | None, str | None], SearchMatch] = {}
        for match in matches:
            unique.setdefault((match.customer_id, match.premise_id, match.meter_serial), match)
        if not unique:
            return []
        c, ph, a = CustomerRow, CustomerPhoneRow, CustomerAccountRow
        main_phone = (
            select(ph.number)
            .where(ph.customer_id == c.id)
            .order_by(ph.position)
            .limit(1)
            .scalar_subquery()
        )
        # only the accounts, subscriptions and premises of agencies in the caller's scope
        # (a customer of DKR may pay through an account kept in THS)
        scope = self._scope[0]
        first_account = (
            select(a.id)
            .where(a.customer_id == c.id, _scope_filter(scope, "", column=a.agency_id))
            .order_by(a.status != "active", a.account_number)
            .limit(1)
            .scalar_subquery()
        )
        customers = {
            row[0]: row
            for row in self._session.execute(
                select(
                    c.id, c.customer_number, c.display_name, c.agency_id, main_phone, first_account
                ).where(self._among(c.id, sorted({m.customer_id for m in unique.values()})))
            )
        }
        accounts = {m.account_id for m in unique.values() if m.account_id} | {
            row[5] for row in customers.values() if row[5]
        }
        places = self._places(sorted(accounts), scope)
        hits: list[SearchHitRow] = []
        for match in unique.values():
            customer = customers.get(match.customer_id)
            if customer is None:  # removed between the two reads
                continue
            _id, number, shown, agency, phone, first = customer
            chosen = match.account_id or first or ""
            account_number, subscriptions = places.get(chosen, ("", []))
            place = next(
                (
                    sub
                    for sub in subscriptions
                    if match.premise_id is None or sub.premise_id == match.premise_id
                ),
                None,
            )
            hits.append(
                SearchHitRow(
                    customer_id=match.customer_id,
                    customer_number=number,
                    display_name=shown,
                    agency_id=agency,
                    account_id=chosen,
                    account_number=account_number,
                    premise_address=place.address if place else "",
                    meter_serial=match.meter_serial or (place.meter_serial if place else ""),
                    main_phone=match.phone_number or phone or "",
                    service=place.service if place else "",
                    matched_key=key,
                )
            )
        return hits

    def _places(
        self, account_ids: Sequence[str], scope: AgencyScope
    ) -> dict[str, tuple[str, list[_Place]]]:
        """Per account: its number and its subscriptions (live first) with their premise's
        address and the meter installed there now."""
        if not account_ids:
            return {}
        a, s, p = CustomerAccountRow, SubscriptionRow, PremiseRow
        i, m = MeterInstallationRow, MeterRow
        live = s.status != SubscriptionStatus.TERMINATED.value
        meter_now = (
            select(m.serial)
            .select_from(i)
            .join(m, m.id == i.meter_id)
            .where(i.premise_id == s.premise_id, i.removed_on.is_(None))
            .order_by(i.installed_on.desc(), m.serial)
            .limit(1)
            .scalar_subquery()
        )
        query = (
            select(
                a.id,
                a.account_number,
                s.premise_id,
                s.service,
                p.address_line,
                p.district,
                p.city,
                meter_now,
            )
            .select_from(a)
            .outerjoin(s, and_(s.account_id == a.id, _scope_filter(scope, "", column=s.agency_id)))
            .outerjoin(p, p.id == s.premise_id)
            .where(self._among(a.id, account_ids), _scope_filter(scope, "", column=a.agency_id))
            .order_by(a.id, live.desc(), s.subscription_number)
        )
        places: dict[str, tuple[str, list[_Place]]] = {}
        for (
            account_id,
            number,
            premise_id,
            service,
            line,
            district,
            city,
            serial,
        ) in self._session.execute(query):
            _number, subscriptions = places.setdefault(account_id, (number, []))
            if premise_id is not None:
                address = ", ".join(x for x in (line, district, city) if x)
                subscriptions.append(_Place(premise_id, service, address, serial or ""))
        return places


@dataclass(frozen=True)
class _Place:
    premise_id: str
    service: str
    address: str
    meter_serial: str


# The expression of the PostgreSQL index ix_search_premises_address_words (same text).
_ADDRESS_WORDS = text(
    "to_tsvector('simple'::regconfig, premises.search_address)"
    " @@ to_tsquery('simple'::regconfig, :address_words)"
)


def _next_prefix(prefix: str) -> str:
    """The smallest text after every text that starts with `prefix` (letters, digits)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _scope_filter(scope: AgencyScope, agency_id: str, column: Any = None) -> ColumnElement[bool]:
    """The customers' agency (or `column`) within the caller's scope, and the asked agency
    if any."""
    agency = column if column is not None else CustomerRow.agency_id
    conditions: list[ColumnElement[bool]] = []
    if not scope.all_agencies:
        conditions.append(agency.in_(sorted(scope.agency_ids)))
    if agency_id:
        conditions.append(agency == agency_id)
    return and_(true(), *conditions)
