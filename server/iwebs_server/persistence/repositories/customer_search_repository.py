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
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    and_,
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
    meter_id: str | None = None
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
            prem = (
                self._premise_customers()
                .where(p.premise_number == terms.premise_number, scoped)
                .group_by(p.id, c.id)
                .order_by(c.id)
            )
            return self._premise_matches(prem, offset, limit)
        return []

    def _by_name(
        self, terms: SearchTerms, scoped: ColumnElement[bool], offset: int, limit: int
    ) -> list[SearchMatch]:
        c = CustomerRow
        query = select(c.id).where(scoped)
        query = query.where(*self._word_filters(c.search_name, terms.words, FTS_CUSTOMERS, c))
        query = query.order_by(c.search_name, c.id).offset(offset).limit(limit)
        return [SearchMatch(customer) for customer in self._session.scalars(query)]

    def _by_address(
        self, terms: SearchTerms, scoped: ColumnElement[bool], offset: int, limit: int
    ) -> list[SearchMatch]:
        p, c = PremiseRow, CustomerRow
        query = (
            self._premise_customers()
            .where(scoped, *self._word_filters(p.search_address, terms.words, FTS_PREMISES, p))
            .group_by(p.search_address, p.id, c.id)
            .order_by(p.search_address, p.id, c.id)
        )
        return self._premise_matches(query, offset, limit)

    def _premise_customers(self) -> Select[str, str, str]:
        p, s, a, c = PremiseRow, SubscriptionRow, CustomerAccountRow, CustomerRow
        return (
            select(c.id, func.min(a.id), p.id)
            .select_from(p)
            .join(s, s.premise_id == p.id)
            .join(a, a.id == s.account_id)
            .join(c, c.id == a.customer_id)
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
        wanted: list[ColumnElement[bool]] = [ph.number_key.in_(terms.phones)]
        if terms.phone_prefix:
            wanted += [ph.number_key.like(f"{p}%") for p in terms.phones]
        query = (
            select(c.id, ph.number)
            .select_from(ph)
            .join(c, c.id == ph.customer_id)
            .where(or_(*wanted), scoped)
            .order_by(ph.number_key, c.id, ph.position)
        )
        rows = self._session.execute(query.offset(offset).limit(limit)).all()
        return [SearchMatch(customer, phone_number=number) for customer, number in rows]

    def _by_serial(
        self, terms: SearchTerms, scoped: ColumnElement[bool], offset: int, limit: int
    ) -> list[SearchMatch]:
        m, i, s, a, c = (
            MeterRow,
            MeterInstallationRow,
            SubscriptionRow,
            CustomerAccountRow,
            (CustomerRow),
        )
        # An installation names its subscription; an old one may not: then the premise's
        # subscription of the meter's service stands for it.
        subscription = or_(
            s.id == i.subscription_id,
            and_(i.subscription_id.is_(None), s.premise_id == i.premise_id, s.service == m.service),
        )
        query = (
            select(c.id, func.min(a.id), func.min(i.premise_id), m.id)
            .select_from(m)
            .join(i, i.meter_id == m.id)
            .join(s, subscription)
            .join(a, a.id == s.account_id)
            .join(c, c.id == a.customer_id)
            .where(or_(m.serial_key == terms.serial, m.serial_key.like(f"{terms.serial}%")), scoped)
            .group_by(m.serial_key, m.id, c.id)
            .order_by(m.serial_key, m.id, c.id)
        )
        rows = self._session.execute(query.offset(offset).limit(limit)).all()
        return [
            SearchMatch(cu, account_id=ac, premise_id=pr, meter_id=me) for cu, ac, pr, me in rows
        ]

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
        """What a result line shows: the matched account, premise or meter, else the
        customer's first account, its first subscription's premise, the meter installed
        there now; the main phone, or the phone that matched."""
        if not matches:
            return []
        c, ph, a, s, p = (
            CustomerRow,
            CustomerPhoneRow,
            CustomerAccountRow,
            SubscriptionRow,
            (PremiseRow),
        )
        customer_ids = sorted({m.customer_id for m in matches})
        customers = {
            row.id: row
            for row in self._session.execute(
                select(c.id, c.customer_number, c.display_name, c.agency_id).where(
                    c.id.in_(customer_ids)
                )
            )
        }
        phones: dict[str, str] = {}
        for customer_id, number in self._session.execute(
            select(ph.customer_id, ph.number)
            .where(ph.customer_id.in_(customer_ids))
            .order_by(ph.customer_id, ph.position)
        ):
            phones.setdefault(customer_id, number)
        first_account: dict[str, tuple[str, str]] = {}
        for customer_id, account_id, number in self._session.execute(
            select(a.customer_id, a.id, a.account_number)
            .where(a.customer_id.in_(customer_ids))
            .order_by(a.customer_id, (a.status != "active"), a.account_number)
        ):
            first_account.setdefault(customer_id, (account_id, number))
        account_ids = {m.account_id for m in matches if m.account_id} | {
            v[0] for v in first_account.values()
        }
        account_numbers = dict(
            self._session.execute(
                select(a.id, a.account_number).where(a.id.in_(sorted(account_ids)))
            ).all()
        )
        # per account: its subscriptions, live ones first
        live = s.status != SubscriptionStatus.TERMINATED.value
        subscriptions: dict[str, list[tuple[str, str]]] = {}
        for account_id, premise_id, service in self._session.execute(
            select(s.account_id, s.premise_id, s.service)
            .where(s.account_id.in_(sorted(account_ids)))
            .order_by(s.account_id, live.desc(), s.subscription_number)
        ):
            subscriptions.setdefault(account_id, []).append((premise_id, service))
        resolved: list[tuple[SearchMatch, str, str | None, str]] = []
        for match in matches:
            chosen = match.account_id or first_account.get(match.customer_id, ("", ""))[0]
            place, kind = match.premise_id, ""
            for sub_premise, sub_service in subscriptions.get(chosen, []):
                if place is None or sub_premise == place:
                    place, kind = sub_premise, sub_service
                    break
            resolved.append((match, chosen, place, kind))
        premise_ids = sorted({r[2] for r in resolved if r[2]})
        addresses: dict[str, str] = {}
        current_meter: dict[str, str] = {}
        if premise_ids:
            for premise_id, line, district, city in self._session.execute(
                select(p.id, p.address_line, p.district, p.city).where(p.id.in_(premise_ids))
            ):
                addresses[premise_id] = ", ".join(x for x in (line, district, city) if x)
            i, m = MeterInstallationRow, MeterRow
            for premise_id, serial in self._session.execute(
                select(i.premise_id, m.serial)
                .join(m, m.id == i.meter_id)
                .where(i.premise_id.in_(premise_ids), i.removed_on.is_(None))
                .order_by(i.premise_id, i.installed_on.desc(), m.serial)
            ):
                current_meter.setdefault(premise_id, serial)
        matched_serials: dict[str, str] = {}
        meter_ids = sorted({m.meter_id for m in matches if m.meter_id})
        if meter_ids:
            matched_serials = dict(
                self._session.execute(
                    select(MeterRow.id, MeterRow.serial).where(MeterRow.id.in_(meter_ids))
                ).all()
            )
        hits: list[SearchHitRow] = []
        for match, chosen, place, kind in resolved:
            customer = customers.get(match.customer_id)
            if customer is None:  # removed between the two reads
                continue
            hits.append(
                SearchHitRow(
                    customer_id=customer.id,
                    customer_number=customer.customer_number,
                    display_name=customer.display_name,
                    agency_id=customer.agency_id,
                    account_id=chosen,
                    account_number=account_numbers.get(chosen, ""),
                    premise_address=addresses.get(place or "", ""),
                    meter_serial=matched_serials.get(match.meter_id or "")
                    or current_meter.get(place or "", ""),
                    main_phone=match.phone_number or phones.get(customer.id, ""),
                    service=kind,
                    matched_key=key,
                )
            )
        return hits


def _scope_filter(scope: AgencyScope, agency_id: str) -> ColumnElement[bool]:
    """The customers' agency within the caller's scope, and the asked agency if any."""
    agency = CustomerRow.agency_id
    conditions: list[ColumnElement[bool]] = []
    if not scope.all_agencies:
        conditions.append(agency.in_(sorted(scope.agency_ids)))
    if agency_id:
        conditions.append(agency == agency_id)
    return and_(true(), *conditions)
