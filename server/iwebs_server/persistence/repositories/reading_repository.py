"""Meter readings (FAC-3, FAC-4): one row per index read, with its review state.

Reads of agency data take the caller's `AgencyScope` (a reading of another agency is None,
SEC-07). The bulk reads at the end (`billing_*`) serve consumptions_for_billing: each is
one statement for a whole chunk of subscriptions, returning plain tuples.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    Select,
    and_,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from iwebs_server.domain.principal import AgencyScope
from iwebs_server.persistence.repositories.id_lists import one_of
from iwebs_server.persistence.repositories.reading_billing_reads import (
    BILLABLE_STATUSES,
    LIVE_STATUSES,
    BillingReads,
)
from iwebs_server.persistence.tables.administration import UserRow
from iwebs_server.persistence.tables.billing import MeterReadingRow
from iwebs_server.persistence.tables.customer_base import (
    CREDITING_BILL,
    BillRow,
    CustomerAccountRow,
    CustomerRow,
    MeterInstallationRow,
    MeterRegisterRow,
    MeterRow,
    PremiseRow,
    RoundRow,
    SubscriptionRow,
)


def _scoped(query: Select[Any], column: Any, scope: AgencyScope) -> Select[Any]:
    if scope.all_agencies:
        return query
    return query.where(column.in_(scope.agency_ids))


@dataclass(frozen=True)
class ReadingDetails:
    """What a reading's view shows besides the row."""

    subscription_number: str
    customer_name: str
    meter_serial: str
    unit: str
    premise_address: str
    previous_index: int | None
    previous_date: date | None
    replaced_by_id: str | None
    entered_by: str
    reviewed_by: str


@dataclass(frozen=True)
class SheetSubscription:
    """One subscription of a round's sheet, with its installed meter."""

    round_order: int
    premise_id: str
    premise_number: str
    address: str
    subscription_id: str
    subscription_number: str
    subscription_status: str
    customer_name: str
    meter_id: str
    meter_serial: str
    digits: int
    multiplier: str
    installation_indexes: str
    installed_on: date


def _sheet_subscription(r: Any) -> SheetSubscription:
    address = ", ".join(p for p in (r[3], r[4]) if p)
    return SheetSubscription(
        r[0] or 0, r[1], r[2], address, r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12],
        r[13], r[14],
    )  # fmt: skip


class ReadingRepository(BillingReads):
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: MeterReadingRow) -> None:
        self._session.add(row)
        self._session.flush()

    # -- one reading ------------------------------------------------------------------------
    def get(
        self, reading_id: str, scope: AgencyScope, *, for_update: bool = False
    ) -> MeterReadingRow | None:
        row = self._session.get(MeterReadingRow, reading_id, with_for_update=for_update or None)
        if row is None or not scope.allows(row.agency_id):
            return None
        return row

    def many(self, reading_ids: Iterable[str]) -> list[MeterReadingRow]:
        ids = list(set(reading_ids))
        if not ids:
            return []
        return list(
            self._session.scalars(select(MeterReadingRow).where(MeterReadingRow.id.in_(ids)))
        )

    def by_request_id(self, request_id: str) -> MeterReadingRow | None:
        query = select(MeterReadingRow).where(MeterReadingRow.request_id == request_id)
        return self._session.scalar(query)

    def previous(
        self,
        meter_id: str,
        register_code: str,
        before: date,
        exclude_id: str | None = None,
    ) -> MeterReadingRow | None:
        """The latest live reading with an index of this meter register dated before `before`."""
        query = select(MeterReadingRow).where(
            MeterReadingRow.meter_id == meter_id,
            MeterReadingRow.register_code == register_code,
            MeterReadingRow.reading_date < before,
            MeterReadingRow.index_value.is_not(None),
            MeterReadingRow.status.in_(LIVE_STATUSES),
        )
        if exclude_id:
            query = query.where(MeterReadingRow.id != exclude_id)
        query = query.order_by(
            MeterReadingRow.reading_date.desc(), MeterReadingRow.entered_at.desc()
        ).limit(1)
        return self._session.scalar(query)

    def live_on_or_after(
        self, subscription_id: str, register_code: str, day: date, exclude_id: str | None = None
    ) -> list[MeterReadingRow]:
        """Live readings of the subscription's register dated `day` or later."""
        query = select(MeterReadingRow).where(
            MeterReadingRow.subscription_id == subscription_id,
            MeterReadingRow.register_code == register_code,
            MeterReadingRow.reading_date >= day,
            MeterReadingRow.status.in_(LIVE_STATUSES),
        )
        if exclude_id:
            query = query.where(MeterReadingRow.id != exclude_id)
        return list(self._session.scalars(query.order_by(MeterReadingRow.reading_date)))

    def history(
        self, subscription_id: str, register_code: str, since: date
    ) -> list[MeterReadingRow]:
        """Billable readings with an index of a subscription's register since `since`, oldest
        first (the periods an expectation is made of)."""
        query = (
            select(MeterReadingRow)
            .where(
                MeterReadingRow.subscription_id == subscription_id,
                MeterReadingRow.register_code == register_code,
                MeterReadingRow.reading_date >= since,
                MeterReadingRow.index_value.is_not(None),
                MeterReadingRow.status.in_(BILLABLE_STATUSES),
            )
            .order_by(MeterReadingRow.reading_date, MeterReadingRow.entered_at)
        )
        return list(self._session.scalars(query))

    def history_of(
        self, subscription_ids: Sequence[str], register_code: str, since: date, before: date
    ) -> list[MeterReadingRow]:
        """`history` for many subscriptions at once (dated in [since, before))."""
        if not subscription_ids:
            return []
        query = (
            select(MeterReadingRow)
            .where(
                one_of(self._session, MeterReadingRow.subscription_id, list(subscription_ids)),
                MeterReadingRow.register_code == register_code,
                MeterReadingRow.reading_date >= since,
                MeterReadingRow.reading_date < before,
                MeterReadingRow.index_value.is_not(None),
                MeterReadingRow.status.in_(BILLABLE_STATUSES),
            )
            .order_by(MeterReadingRow.reading_date, MeterReadingRow.entered_at)
        )
        return list(self._session.scalars(query))

    def installation_at(self, subscription_id: str, day: date) -> MeterInstallationRow | None:
        """The meter installation of the subscription in place on `day`."""
        query = (
            select(MeterInstallationRow)
            .where(
                MeterInstallationRow.subscription_id == subscription_id,
                MeterInstallationRow.installed_on <= day,
                or_(
                    MeterInstallationRow.removed_on.is_(None),
                    MeterInstallationRow.removed_on > day,
                ),
            )
            .order_by(MeterInstallationRow.installed_on.desc())
            .limit(1)
        )
        return self._session.scalar(query)

    def premise_round(self, premise_id: str) -> str | None:
        return self._session.scalar(select(PremiseRow.round_id).where(PremiseRow.id == premise_id))

    def tariff_categories(self, subscription_ids: Sequence[str]) -> dict[str, str]:
        if not subscription_ids:
            return {}
        query = select(SubscriptionRow.id, SubscriptionRow.tariff_category_code).where(
            one_of(self._session, SubscriptionRow.id, list(subscription_ids))
        )
        return {r[0]: r[1] for r in self._session.execute(query)}

    def for_subscription(
        self, subscription_id: str, offset: int, limit: int
    ) -> list[MeterReadingRow]:
        query = (
            select(MeterReadingRow)
            .where(MeterReadingRow.subscription_id == subscription_id)
            .order_by(
                MeterReadingRow.reading_date.desc(),
                MeterReadingRow.entered_at.desc(),
                MeterReadingRow.id,
            )
            .offset(offset)
            .limit(limit)
        )
        return list(self._session.scalars(query))

    def cases(
        self,
        scope: AgencyScope,
        *,
        agency_id: str,
        round_id: str,
        case_code: str,
        date_from: date | None,
        date_to: date | None,
        include_decided: bool,
        offset: int,
        limit: int,
    ) -> list[MeterReadingRow]:
        """The worklist: readings with cases, oldest first."""
        query = select(MeterReadingRow)
        if include_decided:
            query = query.where(MeterReadingRow.case_codes != "")
        else:
            query = query.where(MeterReadingRow.status == "to_check")
        query = _scoped(query, MeterReadingRow.agency_id, scope)
        if agency_id:
            query = query.where(MeterReadingRow.agency_id == agency_id)
        if round_id:
            query = query.where(MeterReadingRow.round_id == round_id)
        if case_code:
            padded = literal(",") + MeterReadingRow.case_codes + literal(",")
            query = query.where(padded.like(f"%,{case_code},%"))
        if date_from:
            query = query.where(MeterReadingRow.reading_date >= date_from)
        if date_to:
            query = query.where(MeterReadingRow.reading_date <= date_to)
        query = query.order_by(
            MeterReadingRow.reading_date, MeterReadingRow.entered_at, MeterReadingRow.id
        )
        return list(self._session.scalars(query.offset(offset).limit(limit)))

    def details(self, rows: Sequence[MeterReadingRow]) -> dict[str, ReadingDetails]:
        """Names, serials and neighbours of readings, in one statement."""
        if not rows:
            return {}
        prev = aliased(MeterReadingRow)
        nxt = aliased(MeterReadingRow)
        entered = aliased(UserRow)
        reviewed = aliased(UserRow)
        query = (
            select(
                MeterReadingRow.id,
                SubscriptionRow.subscription_number,
                CustomerRow.display_name,
                MeterRow.serial,
                MeterRegisterRow.unit,
                PremiseRow.address_line,
                PremiseRow.district,
                prev.index_value,
                prev.reading_date,
                nxt.id,
                entered.login,
                reviewed.login,
            )
            .join(SubscriptionRow, SubscriptionRow.id == MeterReadingRow.subscription_id)
            .join(CustomerAccountRow, CustomerAccountRow.id == SubscriptionRow.account_id)
            .join(CustomerRow, CustomerRow.id == CustomerAccountRow.customer_id)
            .join(PremiseRow, PremiseRow.id == SubscriptionRow.premise_id)
            .join(MeterRow, MeterRow.id == MeterReadingRow.meter_id)
            .outerjoin(
                MeterRegisterRow,
                and_(
                    MeterRegisterRow.meter_id == MeterReadingRow.meter_id,
                    MeterRegisterRow.code == MeterReadingRow.register_code,
                ),
            )
            .outerjoin(prev, prev.id == MeterReadingRow.previous_reading_id)
            .outerjoin(nxt, nxt.replaces_reading_id == MeterReadingRow.id)
            .outerjoin(entered, entered.id == MeterReadingRow.entered_by)
            .outerjoin(reviewed, reviewed.id == MeterReadingRow.reviewed_by)
            .where(MeterReadingRow.id.in_([r.id for r in rows]))
        )
        found: dict[str, ReadingDetails] = {}
        for row in self._session.execute(query):
            address = ", ".join(p for p in (row[5], row[6]) if p)
            found[row[0]] = ReadingDetails(
                row[1], row[2], row[3], row[4] or "", address, row[7], row[8], row[9],
                row[10] or "", row[11] or "",
            )  # fmt: skip
        return found

    # -- a round's sheet ----------------------------------------------------------------
    def round(self, round_id: str, scope: AgencyScope) -> RoundRow | None:
        row = self._session.get(RoundRow, round_id)
        if row is None or not scope.allows(row.agency_id):
            return None
        return row

    def sheet_subscriptions(self, round_id: str) -> list[SheetSubscription]:
        """Active and cut subscriptions of the round's premises with their installed meter,
        in round order."""
        query = (
            select(
                PremiseRow.round_order,
                PremiseRow.id,
                PremiseRow.premise_number,
                PremiseRow.address_line,
                PremiseRow.district,
                SubscriptionRow.id,
                SubscriptionRow.subscription_number,
                SubscriptionRow.status,
                CustomerRow.display_name,
                MeterRow.id,
                MeterRow.serial,
                MeterRow.digits,
                MeterRow.multiplier,
                MeterInstallationRow.installation_indexes,
                MeterInstallationRow.installed_on,
            )
            .join(SubscriptionRow, SubscriptionRow.premise_id == PremiseRow.id)
            .join(CustomerAccountRow, CustomerAccountRow.id == SubscriptionRow.account_id)
            .join(CustomerRow, CustomerRow.id == CustomerAccountRow.customer_id)
            .join(
                MeterInstallationRow,
                and_(
                    MeterInstallationRow.subscription_id == SubscriptionRow.id,
                    MeterInstallationRow.removed_on.is_(None),
                ),
            )
            .join(MeterRow, MeterRow.id == MeterInstallationRow.meter_id)
            .where(
                PremiseRow.round_id == round_id,
                SubscriptionRow.status.in_(("active", "suspended")),
            )
            .order_by(
                func.coalesce(PremiseRow.round_order, 2**31 - 1),
                PremiseRow.premise_number,
                SubscriptionRow.subscription_number,
            )
        )
        return [_sheet_subscription(r) for r in self._session.execute(query)]

    def last_live(
        self, meter_ids: Sequence[str], before: date
    ) -> dict[tuple[str, str], MeterReadingRow]:
        """The latest live reading with an index per (meter, register) dated before `before`."""
        if not meter_ids:
            return {}
        ranked = (
            select(
                MeterReadingRow.id.label("id"),
                func.row_number()
                .over(
                    partition_by=(MeterReadingRow.meter_id, MeterReadingRow.register_code),
                    order_by=(
                        MeterReadingRow.reading_date.desc(),
                        MeterReadingRow.entered_at.desc(),
                    ),
                )
                .label("rank"),
            )
            .where(
                one_of(self._session, MeterReadingRow.meter_id, list(meter_ids)),
                MeterReadingRow.reading_date < before,
                MeterReadingRow.index_value.is_not(None),
                MeterReadingRow.status.in_(LIVE_STATUSES),
            )
            .subquery()
        )
        query = (
            select(MeterReadingRow)
            .join(ranked, ranked.c.id == MeterReadingRow.id)
            .where(ranked.c.rank == 1)
        )
        return {(r.meter_id, r.register_code): r for r in self._session.scalars(query)}

    def live_on(self, subscription_ids: Sequence[str], day: date) -> list[MeterReadingRow]:
        if not subscription_ids:
            return []
        query = select(MeterReadingRow).where(
            one_of(self._session, MeterReadingRow.subscription_id, list(subscription_ids)),
            MeterReadingRow.reading_date == day,
            MeterReadingRow.status.in_(LIVE_STATUSES),
        )
        return list(self._session.scalars(query))

    def by_subscription_numbers(
        self, numbers: Sequence[str], scope: AgencyScope
    ) -> dict[str, SubscriptionRow]:
        if not numbers:
            return {}
        query = select(SubscriptionRow).where(
            SubscriptionRow.subscription_number.in_(list(set(numbers)))
        )
        query = _scoped(query, SubscriptionRow.agency_id, scope)
        return {r.subscription_number: r for r in self._session.scalars(query)}

    # -- what the subscription's bills say ---------------------------------------------------
    def last_billed_end(self, subscription_ids: Sequence[str]) -> dict[str, date]:
        """The end of the last billed period per subscription (invoices not credited)."""
        if not subscription_ids:
            return {}
        credit = CREDITING_BILL
        query = (
            select(BillRow.subscription_id, func.max(BillRow.period_end))
            .outerjoin(credit, credit.credits_bill_id == BillRow.id)
            .where(
                one_of(self._session, BillRow.subscription_id, list(subscription_ids)),
                BillRow.kind == "invoice",
                BillRow.period_end.is_not(None),
                credit.id.is_(None),
            )
            .group_by(BillRow.subscription_id)
        )
        return {r[0]: r[1] for r in self._session.execute(query) if r[0] and r[1] is not None}
