"""Rows of the customer base -> the views the RPCs return (customers, accounts and their
balances, premises with their electrical address, subscriptions, meters, installations,
seals), built in bulk where a screen shows many (one read per kind of record)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from iwebs_server.application.customer_base_views import (
    AccountView,
    BalanceView,
    BillView,
    CustomerView,
    InstallationView,
    MeterView,
    NetworkAddressView,
    NetworkNodeView,
    PremiseView,
    RoundView,
    SealView,
    SubscriptionView,
)
from iwebs_server.domain.customer_base import NetworkNodeKind
from iwebs_server.persistence.repositories.customer_base_repository import Balance, BillAmounts
from iwebs_server.persistence.tables.customer_base import (
    CustomerAccountRow,
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
from iwebs_server.persistence.unit_of_work import UnitOfWork


def customer_view(row: CustomerRow, phones: Sequence[str]) -> CustomerView:
    return CustomerView(
        customer_id=row.id,
        customer_number=row.customer_number,
        agency_id=row.agency_id,
        kind=row.kind,
        family_name=row.family_name,
        given_names=row.given_names,
        organisation_name=row.organisation_name,
        display_name=row.display_name,
        category_code=row.category_code,
        id_document_type=row.id_document_type,
        id_document_number=row.id_document_number,
        phones=tuple(phones),
        email=row.email,
        preferred_language=row.preferred_language,
        ebill_opt_in=row.ebill_opt_in,
        sms_opt_in=row.sms_opt_in,
        legacy_reference=row.legacy_reference or "",
        version=row.version,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def account_view(row: CustomerAccountRow, group_number: str = "") -> AccountView:
    return AccountView(
        account_id=row.id,
        account_number=row.account_number,
        customer_id=row.customer_id,
        agency_id=row.agency_id,
        currency_code=row.currency_code,
        status=row.status,
        is_group=row.is_group,
        group_account_id=row.group_account_id or "",
        group_account_number=group_number,
        billing_address_line=row.billing_address_line,
        billing_district=row.billing_district,
        billing_city=row.billing_city,
        billing_postal_box=row.billing_postal_box,
        legacy_reference=row.legacy_reference or "",
        version=row.version,
    )


def account_views(uow: UnitOfWork, rows: Sequence[CustomerAccountRow]) -> list[AccountView]:
    numbers = uow.accounts.numbers(r.group_account_id for r in rows if r.group_account_id)
    return [account_view(r, numbers.get(r.group_account_id or "", "")) for r in rows]


def account_credits(uow: UnitOfWork, account_ids: Sequence[str]) -> dict[str, int]:
    """What each account holds to its credit: the credit notes' credit left and the advance
    (issue 5), so that the balance shown here is BillService's (docs/bills-and-accounts.md
    §1: open bills - credit notes' credit left - advance)."""
    credits = dict(uow.bill_records.credit_notes_left(account_ids))
    for account_id, advance in uow.payments.advance_balances(account_ids).items():
        credits[account_id] = credits.get(account_id, 0) + advance
    return credits


def balance_view(account: CustomerAccountRow, balance: Balance | None, credit: int) -> BalanceView:
    """The account's balance (> 0: owed; < 0: in credit) with the overdue part and the
    count of its open bills."""
    if balance is None:
        return BalanceView(account.id, account.currency_code, -credit, 0, 0)
    return BalanceView(
        account.id,
        balance.currency_code,
        balance.balance_minor - credit,
        balance.overdue_minor,
        balance.open_bill_count,
    )


def bill_view(item: BillAmounts) -> BillView:
    bill = item.bill
    return BillView(
        bill_id=bill.id,
        bill_number=bill.bill_number,
        account_id=bill.account_id,
        subscription_id=bill.subscription_id or "",
        origin=bill.origin,
        period_label=bill.period_label,
        issue_date=bill.issue_date,
        due_date=bill.due_date,
        currency_code=bill.currency_code,
        amount_minor=bill.amount_minor,
        open_amount_minor=item.open_amount_minor,
    )


def node_view(row: NetworkNodeRow) -> NetworkNodeView:
    return NetworkNodeView(
        row.id,
        row.kind,
        row.code,
        row.name,
        row.parent_id or "",
        row.agency_id or "",
        row.active,
        row.version,
    )


def round_view(row: RoundRow) -> RoundView:
    return RoundView(
        row.id, row.agency_id, row.code, row.name, row.grouping_code, row.active, row.version
    )


def _network_nodes(uow: UnitOfWork, rows: Sequence[PremiseRow]) -> dict[str, NetworkNodeRow]:
    """The transformers and water sectors of the premises and the nodes above them, one
    statement per level of the tree (not per premise)."""
    found_nodes: dict[str, NetworkNodeRow] = {}
    wanted = {i for r in rows for i in (r.transformer_id, r.water_sector_id) if i}
    for _ in range(3):  # transformer > feeder > substation
        wanted -= set(found_nodes)
        if not wanted:
            break
        level = uow.network.nodes(wanted)
        found_nodes.update(level)
        wanted = {n.parent_id for n in level.values() if n.parent_id}
    return found_nodes


def _network_address(row: PremiseRow, nodes: Mapping[str, NetworkNodeRow]) -> NetworkAddressView:
    """Substation > feeder > transformer, walked up from the premise's transformer."""
    chain: dict[str, NetworkNodeView] = {}
    node_id = row.transformer_id
    for _ in range(3):
        node = nodes.get(node_id or "")
        if node is None:
            break
        chain.setdefault(node.kind, node_view(node))
        node_id = node.parent_id
    sector = nodes.get(row.water_sector_id or "")
    return NetworkAddressView(
        substation=chain.get(NetworkNodeKind.SUBSTATION),
        feeder=chain.get(NetworkNodeKind.FEEDER),
        transformer=chain.get(NetworkNodeKind.TRANSFORMER),
        water_sector=node_view(sector) if sector else None,
    )


def premise_views(uow: UnitOfWork, rows: Sequence[PremiseRow]) -> list[PremiseView]:
    """Views of premises with their round codes and electrical addresses (a few statements
    for any number of premises)."""
    round_codes = uow.network.round_codes(r.round_id for r in rows if r.round_id)
    nodes = _network_nodes(uow, rows)
    return [
        PremiseView(
            premise_id=row.id,
            premise_number=row.premise_number,
            agency_id=row.agency_id,
            address_line=row.address_line,
            district=row.district,
            city=row.city,
            landmark=row.landmark,
            latitude_e6=row.latitude_e6,
            longitude_e6=row.longitude_e6,
            round_id=row.round_id or "",
            round_code=round_codes.get(row.round_id or "", ""),
            round_order=row.round_order or 0,
            transformer_id=row.transformer_id or "",
            water_sector_id=row.water_sector_id or "",
            network_address=_network_address(row, nodes),
            legacy_reference=row.legacy_reference or "",
            version=row.version,
        )
        for row in rows
    ]


def premise_view(uow: UnitOfWork, row: PremiseRow) -> PremiseView:
    return premise_views(uow, [row])[0]


def subscription_view(row: SubscriptionRow) -> SubscriptionView:
    return SubscriptionView(
        subscription_id=row.id,
        subscription_number=row.subscription_number,
        account_id=row.account_id,
        premise_id=row.premise_id,
        agency_id=row.agency_id,
        service=row.service,
        product_code=row.product_code,
        tariff_category_code=row.tariff_category_code,
        subscribed_power_va=row.subscribed_power_va or 0,
        calibre_code=row.calibre_code,
        billing_periodicity=row.billing_periodicity,
        status=row.status,
        requested_on=row.requested_on,
        activated_on=row.activated_on,
        suspended_on=row.suspended_on,
        terminated_on=row.terminated_on,
        legacy_reference=row.legacy_reference or "",
        version=row.version,
    )


def meter_view(row: MeterRow, registers: Sequence[MeterRegisterRow]) -> MeterView:
    return MeterView(
        meter_id=row.id,
        serial=row.serial,
        make_code=row.make_code,
        meter_type_code=row.meter_type_code,
        service=row.service,
        calibre_code=row.calibre_code,
        digits=row.digits,
        multiplier=row.multiplier,
        status=row.status,
        agency_id=row.agency_id,
        manufactured_year=row.manufactured_year or 0,
        registers=tuple((r.code, r.unit) for r in registers),
        legacy_reference=row.legacy_reference or "",
        version=row.version,
    )


def meter_views(uow: UnitOfWork, rows: Sequence[MeterRow]) -> list[MeterView]:
    registers = uow.meters.registers(r.id for r in rows)
    return [meter_view(r, registers.get(r.id, [])) for r in rows]


def format_indexes(indexes: Mapping[str, str]) -> str:
    """Register indexes as stored: "peak=00123;single=04567" (sorted by register)."""
    return ";".join(f"{code}={value}" for code, value in sorted(indexes.items()))


def parse_indexes(text: str) -> tuple[tuple[str, str], ...]:
    pairs = [part.partition("=") for part in text.split(";") if part]
    return tuple((code, value) for code, _, value in pairs)


def installation_view(row: MeterInstallationRow, serial: str) -> InstallationView:
    return InstallationView(
        installation_id=row.id,
        meter_id=row.meter_id,
        meter_serial=serial,
        premise_id=row.premise_id,
        subscription_id=row.subscription_id or "",
        installed_on=row.installed_on,
        installation_indexes=parse_indexes(row.installation_indexes),
        removed_on=row.removed_on,
        removal_indexes=parse_indexes(row.removal_indexes),
        removal_reason=row.removal_reason,
    )


def installation_views(
    uow: UnitOfWork,
    rows: Sequence[MeterInstallationRow],
    serials: Mapping[str, str] | None = None,
) -> list[InstallationView]:
    """Views of installations; `serials` (meter id -> serial) spares a look-up when the
    caller holds the meters."""
    if serials is None:
        serials = uow.meters.serials(r.meter_id for r in rows)
    return [installation_view(r, serials.get(r.meter_id, "")) for r in rows]


def seal_view(row: MeterSealRow) -> SealView:
    return SealView(
        row.id,
        row.seal_number,
        row.meter_id,
        row.position,
        row.fitted_on,
        row.removed_on,
        row.removal_reason,
    )
