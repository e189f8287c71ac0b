"""The customer base: customers, accounts, premises, subscriptions, meters, seals, bills.

Every read of agency data takes the caller's `AgencyScope`: a row of an agency outside it
is returned as None, exactly as if it did not exist (SEC-07, ADM-3). A use case that
changes a row reads it `for_update` (SELECT ... FOR UPDATE on PostgreSQL; SQLite's writing
transactions are serialized already), so that two edits of the same version cannot both
pass the version check.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, case, delete, func, select
from sqlalchemy.orm import Session

from iwebs_server.domain.principal import AgencyScope
from iwebs_server.persistence.tables.billing import BillMatchRow
from iwebs_server.persistence.tables.cash_desk import AllocationRow
from iwebs_server.persistence.tables.customer_base import (
    BillRow,
    CustomerAccountRow,
    CustomerPhoneRow,
    CustomerRow,
    MeterInstallationRow,
    MeterRegisterRow,
    MeterRow,
    MeterSealRow,
    NetworkNodeRow,
    PremiseRow,
    RoundRow,
    SubscriptionRow,
)

R = TypeVar("R")


def _in_scope(query: Select[Any], column: Any, scope: AgencyScope) -> Select[Any]:
    if scope.all_agencies:
        return query
    return query.where(column.in_(scope.agency_ids))


def _scoped(row: R | None, agency_id: str | None, scope: AgencyScope) -> R | None:
    if row is None or not scope.allows(agency_id):
        return None
    return row


class _Repository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, row: object) -> None:
        self._session.add(row)
        self._session.flush()


class CustomerRepository(_Repository):
    def get(
        self, customer_id: str, scope: AgencyScope, *, for_update: bool = False
    ) -> CustomerRow | None:
        row = self._session.get(CustomerRow, customer_id, with_for_update=for_update or None)
        return _scoped(row, row.agency_id if row else None, scope)

    def by_legacy_reference(self, reference: str) -> CustomerRow | None:
        query = select(CustomerRow).where(CustomerRow.legacy_reference == reference)
        return self._session.scalar(query)

    def phones(self, customer_id: str) -> list[str]:
        query = (
            select(CustomerPhoneRow.number)
            .where(CustomerPhoneRow.customer_id == customer_id)
            .order_by(CustomerPhoneRow.position)
        )
        return list(self._session.scalars(query))

    def set_phones(
        self, customer_id: str, agency_id: str, numbers: Sequence[tuple[str, str]], new_id: Any
    ) -> None:
        """Replaces the phones by (number as entered, national digits), first = main."""
        self._session.execute(
            delete(CustomerPhoneRow).where(CustomerPhoneRow.customer_id == customer_id)
        )
        self._session.add_all(
            CustomerPhoneRow(
                id=new_id(),
                customer_id=customer_id,
                agency_id=agency_id,
                position=position,
                number=number,
                number_key=key,
            )
            for position, (number, key) in enumerate(numbers)
        )
        self._session.flush()


class AccountRepository(_Repository):
    def get(
        self, account_id: str, scope: AgencyScope, *, for_update: bool = False
    ) -> CustomerAccountRow | None:
        row = self._session.get(CustomerAccountRow, account_id, with_for_update=for_update or None)
        return _scoped(row, row.agency_id if row else None, scope)

    def by_number(self, number: str, scope: AgencyScope) -> CustomerAccountRow | None:
        query = select(CustomerAccountRow).where(CustomerAccountRow.account_number == number)
        row = self._session.scalar(query)
        return _scoped(row, row.agency_id if row else None, scope)

    def by_legacy_reference(self, reference: str) -> CustomerAccountRow | None:
        query = select(CustomerAccountRow).where(CustomerAccountRow.legacy_reference == reference)
        return self._session.scalar(query)

    def for_customer(self, customer_id: str, scope: AgencyScope) -> list[CustomerAccountRow]:
        query = (
            select(CustomerAccountRow)
            .where(CustomerAccountRow.customer_id == customer_id)
            .order_by(CustomerAccountRow.account_number)
        )
        return list(self._session.scalars(_in_scope(query, CustomerAccountRow.agency_id, scope)))

    def numbers(self, account_ids: Iterable[str]) -> dict[str, str]:
        ids = list(set(account_ids))
        if not ids:
            return {}
        query = select(CustomerAccountRow.id, CustomerAccountRow.account_number).where(
            CustomerAccountRow.id.in_(ids)
        )
        return {account_id: number for account_id, number in self._session.execute(query)}

    def members(
        self, group_account_id: str, scope: AgencyScope, offset: int, limit: int
    ) -> list[CustomerAccountRow]:
        query = (
            select(CustomerAccountRow)
            .where(CustomerAccountRow.group_account_id == group_account_id)
            .order_by(CustomerAccountRow.account_number)
        )
        query = _in_scope(query, CustomerAccountRow.agency_id, scope)
        return list(self._session.scalars(query.offset(offset).limit(limit)))

    def member_count(self, group_account_id: str) -> int:
        query = select(func.count()).where(CustomerAccountRow.group_account_id == group_account_id)
        return int(self._session.scalar(query) or 0)


class NetworkRepository(_Repository):
    """Rounds of the agencies and the network tree (ACC-5)."""

    def node(self, node_id: str) -> NetworkNodeRow | None:
        return self._session.get(NetworkNodeRow, node_id)

    def nodes(self, node_ids: Iterable[str]) -> dict[str, NetworkNodeRow]:
        ids = list(set(node_ids))
        if not ids:
            return {}
        query = select(NetworkNodeRow).where(NetworkNodeRow.id.in_(ids))
        return {row.id: row for row in self._session.scalars(query)}

    def list_nodes(
        self, kind: str, parent_id: str, scope: AgencyScope, offset: int, limit: int
    ) -> list[NetworkNodeRow]:
        """Nodes shared by every agency (agency_id NULL) and those of agencies in scope."""
        query = select(NetworkNodeRow).order_by(NetworkNodeRow.kind, NetworkNodeRow.code)
        if kind:
            query = query.where(NetworkNodeRow.kind == kind)
        if parent_id:
            query = query.where(NetworkNodeRow.parent_id == parent_id)
        if not scope.all_agencies:
            query = query.where(
                NetworkNodeRow.agency_id.is_(None) | NetworkNodeRow.agency_id.in_(scope.agency_ids)
            )
        return list(self._session.scalars(query.offset(offset).limit(limit)))

    def round(self, round_id: str) -> RoundRow | None:
        return self._session.get(RoundRow, round_id)

    def round_codes(self, round_ids: Iterable[str]) -> dict[str, str]:
        ids = list(set(round_ids))
        if not ids:
            return {}
        query = select(RoundRow.id, RoundRow.code).where(RoundRow.id.in_(ids))
        return {round_id: code for round_id, code in self._session.execute(query)}

    def rounds(self, agency_id: str, offset: int, limit: int) -> list[RoundRow]:
        query = (
            select(RoundRow)
            .where(RoundRow.agency_id == agency_id)
            .order_by(RoundRow.code)
            .offset(offset)
            .limit(limit)
        )
        return list(self._session.scalars(query))


class PremiseRepository(_Repository):
    def get(
        self, premise_id: str, scope: AgencyScope, *, for_update: bool = False
    ) -> PremiseRow | None:
        row = self._session.get(PremiseRow, premise_id, with_for_update=for_update or None)
        return _scoped(row, row.agency_id if row else None, scope)

    def by_legacy_reference(self, reference: str) -> PremiseRow | None:
        query = select(PremiseRow).where(PremiseRow.legacy_reference == reference)
        return self._session.scalar(query)

    def many(self, premise_ids: Iterable[str], scope: AgencyScope) -> list[PremiseRow]:
        ids = list(set(premise_ids))
        if not ids:
            return []
        query = select(PremiseRow).where(PremiseRow.id.in_(ids)).order_by(PremiseRow.premise_number)
        return list(self._session.scalars(_in_scope(query, PremiseRow.agency_id, scope)))

    def holders(self, premise_id: str) -> list[str]:
        """The customers whose subscriptions are at the premise: the holders of the live
        ones, else the holder of the latest one; [] when nobody ever subscribed there."""
        query = (
            select(CustomerAccountRow.customer_id, SubscriptionRow.status)
            .join(CustomerAccountRow, CustomerAccountRow.id == SubscriptionRow.account_id)
            .where(SubscriptionRow.premise_id == premise_id)
            .order_by(SubscriptionRow.requested_on.desc(), SubscriptionRow.created_at.desc())
        )
        rows = list(self._session.execute(query))
        live = [customer for customer, status in rows if status != "terminated"]
        chosen = live or [customer for customer, _ in rows[:1]]
        return list(dict.fromkeys(chosen))


class SubscriptionRepository(_Repository):
    def get(
        self, subscription_id: str, scope: AgencyScope, *, for_update: bool = False
    ) -> SubscriptionRow | None:
        row = self._session.get(
            SubscriptionRow, subscription_id, with_for_update=for_update or None
        )
        return _scoped(row, row.agency_id if row else None, scope)

    def by_legacy_reference(self, reference: str) -> SubscriptionRow | None:
        query = select(SubscriptionRow).where(SubscriptionRow.legacy_reference == reference)
        return self._session.scalar(query)

    def for_accounts(self, account_ids: Sequence[str], scope: AgencyScope) -> list[SubscriptionRow]:
        if not account_ids:
            return []
        query = (
            select(SubscriptionRow)
            .where(SubscriptionRow.account_id.in_(account_ids))
            .order_by(SubscriptionRow.subscription_number)
        )
        return list(self._session.scalars(_in_scope(query, SubscriptionRow.agency_id, scope)))

    def live_at(self, premise_id: str, service: str) -> list[SubscriptionRow]:
        query = select(SubscriptionRow).where(
            SubscriptionRow.premise_id == premise_id,
            SubscriptionRow.service == service,
            SubscriptionRow.status != "terminated",
        )
        return list(self._session.scalars(query))

    def live_count_for_account(self, account_id: str) -> int:
        """How many subscriptions the account pays that are not terminated."""
        query = select(func.count()).where(
            SubscriptionRow.account_id == account_id, SubscriptionRow.status != "terminated"
        )
        return int(self._session.scalar(query) or 0)

    def holder(self, subscription_id: str) -> str | None:
        query = (
            select(CustomerAccountRow.customer_id)
            .join(SubscriptionRow, SubscriptionRow.account_id == CustomerAccountRow.id)
            .where(SubscriptionRow.id == subscription_id)
        )
        return self._session.scalar(query)


class MeterRepository(_Repository):
    def get(
        self, meter_id: str, scope: AgencyScope, *, for_update: bool = False
    ) -> MeterRow | None:
        row = self._session.get(MeterRow, meter_id, with_for_update=for_update or None)
        return _scoped(row, row.agency_id if row else None, scope)

    def by_make_and_serial(self, make_code: str, key: str) -> MeterRow | None:
        query = select(MeterRow).where(MeterRow.make_code == make_code, MeterRow.serial_key == key)
        return self._session.scalar(query)

    def by_legacy_reference(self, reference: str) -> MeterRow | None:
        query = select(MeterRow).where(MeterRow.legacy_reference == reference)
        return self._session.scalar(query)

    def by_serial_key(self, key: str, scope: AgencyScope, limit: int) -> list[MeterRow]:
        query = select(MeterRow).where(MeterRow.serial_key == key).order_by(MeterRow.make_code)
        return list(self._session.scalars(_in_scope(query, MeterRow.agency_id, scope).limit(limit)))

    def many(self, meter_ids: Iterable[str]) -> list[MeterRow]:
        ids = list(set(meter_ids))
        if not ids:
            return []
        query = select(MeterRow).where(MeterRow.id.in_(ids)).order_by(MeterRow.serial_key)
        return list(self._session.scalars(query))

    def registers(self, meter_ids: Iterable[str]) -> dict[str, list[MeterRegisterRow]]:
        ids = list(set(meter_ids))
        found: dict[str, list[MeterRegisterRow]] = {i: [] for i in ids}
        if not ids:
            return found
        query = (
            select(MeterRegisterRow)
            .where(MeterRegisterRow.meter_id.in_(ids))
            .order_by(MeterRegisterRow.meter_id, MeterRegisterRow.code)
        )
        for row in self._session.scalars(query):
            found[row.meter_id].append(row)
        return found

    # -- installations ------------------------------------------------------------------
    def installation(self, installation_id: str) -> MeterInstallationRow | None:
        return self._session.get(MeterInstallationRow, installation_id)

    def current_installation(self, meter_id: str) -> MeterInstallationRow | None:
        query = select(MeterInstallationRow).where(
            MeterInstallationRow.meter_id == meter_id, MeterInstallationRow.removed_on.is_(None)
        )
        return self._session.scalar(query)

    def current_at_premises(self, premise_ids: Sequence[str]) -> list[MeterInstallationRow]:
        if not premise_ids:
            return []
        query = (
            select(MeterInstallationRow)
            .where(
                MeterInstallationRow.premise_id.in_(premise_ids),
                MeterInstallationRow.removed_on.is_(None),
            )
            .order_by(MeterInstallationRow.installed_on, MeterInstallationRow.id)
        )
        return list(self._session.scalars(query))

    def installed_for(self, premise_id: str, subscription_id: str | None, service: str) -> bool:
        """True when a meter is in place at the premise for that subscription, or (without
        one) for that service."""
        query = (
            select(func.count())
            .select_from(MeterInstallationRow)
            .join(MeterRow, MeterRow.id == MeterInstallationRow.meter_id)
            .where(
                MeterInstallationRow.premise_id == premise_id,
                MeterInstallationRow.removed_on.is_(None),
            )
        )
        if subscription_id:
            query = query.where(MeterInstallationRow.subscription_id == subscription_id)
        else:
            query = query.where(MeterRow.service == service)
        return bool(self._session.scalar(query))

    def installations(
        self, *, meter_id: str = "", premise_id: str = "", offset: int, limit: int
    ) -> list[MeterInstallationRow]:
        query = select(MeterInstallationRow)
        if meter_id:
            query = query.where(MeterInstallationRow.meter_id == meter_id)
        if premise_id:
            query = query.where(MeterInstallationRow.premise_id == premise_id)
        query = query.order_by(
            MeterInstallationRow.installed_on.desc(), MeterInstallationRow.created_at.desc()
        )
        return list(self._session.scalars(query.offset(offset).limit(limit)))

    def serials(self, meter_ids: Iterable[str]) -> dict[str, str]:
        ids = list(set(meter_ids))
        if not ids:
            return {}
        query = select(MeterRow.id, MeterRow.serial).where(MeterRow.id.in_(ids))
        return {meter_id: serial for meter_id, serial in self._session.execute(query)}

    # -- seals ------------------------------------------------------------------------
    def seal(
        self, seal_id: str, scope: AgencyScope, *, for_update: bool = False
    ) -> MeterSealRow | None:
        """A seal is in the scope of its meter's agency today (the meter may have moved
        to another agency's premise since the seal was fitted)."""
        row = self._session.get(MeterSealRow, seal_id, with_for_update=for_update or None)
        meter = self._session.get(MeterRow, row.meter_id) if row else None
        return _scoped(row, meter.agency_id if meter else None, scope)

    def seal_by_number(self, seal_number: str) -> MeterSealRow | None:
        query = select(MeterSealRow).where(MeterSealRow.seal_number == seal_number)
        return self._session.scalar(query)

    def seals(self, meter_ids: Sequence[str], *, fitted_only: bool) -> list[MeterSealRow]:
        if not meter_ids:
            return []
        query = select(MeterSealRow).where(MeterSealRow.meter_id.in_(meter_ids))
        if fitted_only:
            query = query.where(MeterSealRow.removed_on.is_(None))
        query = query.order_by(MeterSealRow.fitted_on, MeterSealRow.seal_number)
        return list(self._session.scalars(query))


@dataclass(frozen=True)
class BillAmounts:
    bill: BillRow
    open_amount_minor: int


@dataclass(frozen=True)
class Balance:
    account_id: str
    currency_code: str
    balance_minor: int
    overdue_minor: int
    open_bill_count: int


# bill_matches.source_kind (tables/billing.py, docs/bills-and-accounts.md): what settled a
# bill; a deposit's rest released to the advance at a final bill names that bill but
# settles nothing on it
MATCH_ADVANCE = "advance"
MATCH_CREDIT_NOTE = "credit_note"
MATCH_DEPOSIT = "deposit"
MATCH_DEPOSIT_RELEASE = "deposit_release"
SETTLING_MATCHES = (MATCH_ADVANCE, MATCH_CREDIT_NOTE, MATCH_DEPOSIT)


def _open_amount() -> ColumnElement[int]:
    """What remains to pay on a bill: its amount less what the cash desk allocated to it
    (issue 4; a cancellation's negative allocation reopens it) and less what the account's
    credits settled on it (lettrage, issue 5: advance, credit notes, deposit), in this one
    place. A credit note (negative amount) has neither: its credit left is
    `_credit_left()`."""
    paid = (
        select(func.coalesce(func.sum(AllocationRow.amount_minor), 0))
        .where(AllocationRow.bill_id == BillRow.id)
        .correlate(BillRow)
        .scalar_subquery()
    )
    matched = (
        select(func.coalesce(func.sum(BillMatchRow.amount_minor), 0))
        .where(
            BillMatchRow.bill_id == BillRow.id,
            BillMatchRow.source_kind.in_(SETTLING_MATCHES),
        )
        .correlate(BillRow)
        .scalar_subquery()
    )
    return BillRow.amount_minor - paid - matched


def _credit_left() -> ColumnElement[int]:
    """What a credit note can still settle (>= 0): its credit (-amount) less the matches
    made from it. 0 for an invoice."""
    used = (
        select(func.coalesce(func.sum(BillMatchRow.amount_minor), 0))
        .where(
            BillMatchRow.source_bill_id == BillRow.id,
            BillMatchRow.source_kind == MATCH_CREDIT_NOTE,
        )
        .correlate(BillRow)
        .scalar_subquery()
    )
    return case((BillRow.kind == "credit_note", -BillRow.amount_minor - used), else_=0)


class BillRepository(_Repository):
    """Bills are append-only (a trigger refuses UPDATE/DELETE); what is open is derived."""

    def for_account(
        self, account_id: str, *, open_only: bool, offset: int, limit: int
    ) -> list[BillAmounts]:
        open_amount = _open_amount().label("open_amount")
        query = select(BillRow, open_amount).where(BillRow.account_id == account_id)
        if open_only:
            query = query.where(_open_amount() > 0)
        query = query.order_by(BillRow.due_date, BillRow.bill_number).offset(offset).limit(limit)
        return [BillAmounts(bill, int(amount)) for bill, amount in self._session.execute(query)]

    def open_for_accounts(self, account_ids: Sequence[str], limit: int) -> list[BillAmounts]:
        if not account_ids:
            return []
        open_amount = _open_amount().label("open_amount")
        query = (
            select(BillRow, open_amount)
            .where(BillRow.account_id.in_(account_ids), _open_amount() > 0)
            .order_by(BillRow.due_date, BillRow.bill_number)
            .limit(limit)
        )
        return [BillAmounts(bill, int(amount)) for bill, amount in self._session.execute(query)]

    def balances(self, account_ids: Sequence[str], today: date) -> dict[str, Balance]:
        """Per account: the sum of the open amounts, the part already due, the count."""
        if not account_ids:
            return {}
        open_amount = _open_amount()
        query = (
            select(
                BillRow.account_id,
                BillRow.currency_code,
                func.coalesce(func.sum(open_amount), 0),
                func.coalesce(func.sum(case((BillRow.due_date < today, open_amount), else_=0)), 0),
                func.count(),
            )
            .where(BillRow.account_id.in_(account_ids), open_amount > 0)
            .group_by(BillRow.account_id, BillRow.currency_code)
        )
        return {
            account_id: Balance(account_id, currency, int(total), int(overdue), int(count))
            for account_id, currency, total, overdue, count in self._session.execute(query)
        }
