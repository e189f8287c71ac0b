"""The bill as printed (FAC-6, FAC-9; docs/bills-and-accounts.md 6): everything the client
lays out on the French bill PDF, computed by the server so that every workstation prints
the same bill: subscriber, premise, period, indexes, lines by block with their prices,
taxes, total, the balance carried from earlier bills at the bill date, the total to pay,
the consumption of the last periods for the chart, and the account number whose last
digit is its Luhn check digit (domain/account_numbers.py) for payment."""

from __future__ import annotations

from iwebs_server.application.bill_reads import reading_view
from iwebs_server.application.bill_views import (
    BillDocumentLineView,
    BillDocumentView,
    ConsumptionPointView,
)
from iwebs_server.application.parameters import ParameterReader
from iwebs_server.domain.account_numbers import is_valid_account_number
from iwebs_server.persistence.repositories.bill_repository import CREDIT_NOTE
from iwebs_server.persistence.repositories.customer_base_repository import (
    MATCH_DEPOSIT,
    MATCH_DEPOSIT_RELEASE,
    SETTLING_MATCHES,
)
from iwebs_server.persistence.tables.customer_base import BillRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

HISTORY_PERIODS = 12  # the chart shows up to the last 12 periods (6 at least when billed)
TAX_KINDS = ("tax", "stamp")
TARIFF_CATEGORY = "TARIFF_CATEGORY"
HEADER_KEY, FOOTER_KEY = "billing.bill_header", "billing.bill_footer"


def _address(*parts: str) -> str:
    return ", ".join(p.strip() for p in parts if p and p.strip())


def bill_document(uow: UnitOfWork, bill: BillRow, parameters: ParameterReader) -> BillDocumentView:
    repo = uow.bill_records
    found = repo.account_with_customer(bill.account_id, None)
    assert found is not None, bill.account_id
    account, customer = found
    context = repo.subscription_context(bill.subscription_id) if bill.subscription_id else None
    subscription, premise = context if context else (None, None)
    agency = repo.agency(bill.agency_id)
    credited = repo.bill_rows([bill.credits_bill_id or ""]).get(bill.credits_bill_id or "")
    lines = repo.lines(bill.id)
    note = bill.kind == CREDIT_NOTE
    matches = [m for m in repo.matches_of(bill.id) if m.bill_id == bill.id]
    deposit_moves = sum(
        m.amount_minor
        for m in matches
        if m.source_kind in (MATCH_DEPOSIT, MATCH_DEPOSIT_RELEASE)
        and m.matched_at <= bill.created_at
    )
    carried = repo.balance_before(bill)
    total = bill.amount_minor
    taxes = sum(line.amount_minor for line in lines if line.kind in TAX_KINDS)
    history = repo.consumption_history(bill, HISTORY_PERIODS) if not note else []
    category_label = ""
    if subscription is not None:
        item = uow.reference_data.get(TARIFF_CATEGORY, subscription.tariff_category_code)
        category_label = item.label_fr if item else ""
    runs = repo.run_kinds([bill.bill_run_id or ""])
    notices = []
    if note:
        notices.append(f"Avoir annulant la facture {credited.bill_number}" if credited else "Avoir")
    if bill.estimated:
        notices.append("Facture établie sur un index estimé : le prochain relevé la régularisera")
    if runs.get(bill.bill_run_id or "") == "final":
        notices.append("Facture de résiliation")
    if deposit_moves:
        notices.append("Le dépôt de garantie a été imputé sur cette facture")
    digits = account.account_number.strip()
    billing_address = _address(
        account.billing_address_line,
        account.billing_district,
        account.billing_city,
        account.billing_postal_box,
    )
    premise_address = (
        _address(premise.address_line, premise.district, premise.city) if premise else ""
    )
    days = (
        (bill.period_end - bill.period_start).days + 1
        if bill.period_start and bill.period_end
        else 0
    )
    return BillDocumentView(
        bill_id=bill.id,
        bill_number=bill.bill_number,
        kind=bill.kind,
        title="AVOIR" if note else "FACTURE",
        credits_bill_number=credited.bill_number if credited else "",
        agency_code=agency.code if agency else "",
        agency_name=agency.name if agency else "",
        agency_region=agency.region if agency else "",
        header=str(parameters.effective(uow, HEADER_KEY, bill.agency_id)),
        customer_number=customer.customer_number,
        customer_name=customer.display_name,
        billing_address=billing_address or premise_address,
        account_number=digits,
        account_check_digit=digits[-1] if is_valid_account_number(digits) else "",
        subscription_number=subscription.subscription_number if subscription else "",
        tariff_category_code=subscription.tariff_category_code if subscription else "",
        tariff_category_label=category_label,
        subscribed_power_va=subscription.subscribed_power_va if subscription else None,
        premise_number=premise.premise_number if premise else "",
        premise_address=premise_address,
        service=bill.service,
        period_label=bill.period_label,
        period_start=bill.period_start,
        period_end=bill.period_end,
        period_days=days,
        issue_date=bill.issue_date,
        due_date=bill.due_date,
        reading=reading_view(uow, bill),
        lines=tuple(
            BillDocumentLineView(
                label=line.label,
                block_no=line.block_no,
                quantity=line.quantity,
                unit=line.unit,
                unit_price=line.unit_price,
                amount_minor=line.amount_minor,
                kind=line.kind,
                rule=line.rule,
            )
            for line in lines
        ),
        currency_code=bill.currency_code,
        subtotal_before_taxes_minor=total - taxes,
        taxes_minor=taxes,
        total_minor=total,
        balance_carried_minor=carried,
        total_to_pay_minor=carried + total - deposit_moves,
        settled_by_credits_minor=sum(
            m.amount_minor for m in matches if m.source_kind in SETTLING_MATCHES
        ),
        consumption_history=tuple(
            ConsumptionPointView(
                period_label=b.period_label,
                period_start=b.period_start,
                period_end=b.period_end,
                consumption=b.consumption or 0,
                estimated=bool(b.estimated),
            )
            for b in history
        ),
        notices=tuple(notices),
        footer=str(parameters.effective(uow, FOOTER_KEY, bill.agency_id)),
    )
