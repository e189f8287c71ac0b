"""Correcting an issued bill with four eyes (FAC-1; ADM-5; docs/bills-and-accounts.md 3).

An issued bill is never edited (bills and bill_lines are append-only). A biller (right
billing.run) asks for a bill's correction with a reason; another user with billing.approve
(and approvals.decide) in the bill's agency approves it in the Approvals screen (approval
kind `billing.correction`, application/approvals.py: never the requester). The approval's
transaction then:

1. writes a **credit note** (kind credit_note) cancelling the bill: its lines negated
   (quantity and amount; the same tariff version, block, rule and ledger account), its
   amount the bill's negated, `credits_bill_id` = the bill, so the writer's ledger group
   reverses the bill's (RECEIVABLE credited, revenues and taxes debited). Matching
   settles the bill with it if still open, else the account's other open bills, oldest due
   first; what is left is a credit for the next bills (application/lettrage.py);
2. recomputes the bill of the same period from today's data (a replaced reading, an
   approved tariff version): the consumption starts again after the last invoice no credit
   note cancels (application/billing_consumption.py), and issues it as a **new bill**,
   which the credit note's credit left settles at once;

both under one run of kind `individual`. A bill is credited once only: the check under the
account's lock, and the unique index on bills.credits_bill_id (BILL_ALREADY_CREDITED). When
the period cannot be billed again (a reading still to check, no tariff) the approval is
refused with that reason and nothing is written; the request stays pending.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.exc import IntegrityError

from iwebs_server.application.approvals import ApprovalKind, ApprovalService
from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.bill_computation import BillComputation
from iwebs_server.application.bill_reads import CORRECTION_APPROVAL_KIND
from iwebs_server.application.bill_writer import CREDIT_NOTE, AlreadyBilled, BillToIssue, BillWriter
from iwebs_server.application.billing_consumption import NotBillable
from iwebs_server.application.cash_context import business_date
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.individual_billing import (
    ALREADY_BILLED,
    DUE_DELAY_KEY,
    INDIVIDUAL,
    not_billable,
)
from iwebs_server.application.lettrage import Lettrage
from iwebs_server.application.parameters import ParameterReader
from iwebs_server.application.validation import Checks
from iwebs_server.domain import rights
from iwebs_server.domain.errors import InvalidInput, NotFound, PreconditionFailed
from iwebs_server.domain.principal import Principal
from iwebs_server.domain.tariff_engine import ComputedLine
from iwebs_server.persistence.tables.audit import ApprovalRequestRow
from iwebs_server.persistence.tables.billing import BillLineRow
from iwebs_server.persistence.tables.customer_base import BillRow
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory


def already_credited(bill_number: str) -> PreconditionFailed:
    return PreconditionFailed(
        "BILL_ALREADY_CREDITED", f"bill {bill_number} is already cancelled by a credit note"
    )


def negated(line: BillLineRow) -> ComputedLine:
    """A credit note's line: the bill's line with quantity and amount negated."""
    return ComputedLine(
        code=line.code,
        kind=line.kind,
        label=line.label,
        quantity=-Decimal(line.quantity),
        unit=line.unit,
        unit_price=Decimal(line.unit_price),
        amount_minor=-line.amount_minor,
        tariff_version_id=line.tariff_version_id,  # type: ignore[arg-type]
        block_no=line.block_no,
        rule=line.rule,
        ledger_account=line.ledger_account,
    )


class BillCorrectionService:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        audit: AuditTrail,
        idempotency: Idempotency,
        approvals: ApprovalService,
        *,
        computation: BillComputation | None = None,
        writer: BillWriter | None = None,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency
        self._approvals = approvals
        self._computation = computation or BillComputation()
        self._writer = writer or BillWriter(Lettrage())
        self._parameters = ParameterReader()

    def approval_kind(self) -> ApprovalKind:
        """To register in the ApprovalService (composition.py)."""
        return ApprovalKind(CORRECTION_APPROVAL_KIND, rights.BILLING_APPROVE, self._execute)

    def request(self, principal: Principal, request_id: str, bill_id: str, reason: str) -> str:
        """Asks for the bill's correction; answers the approval request's id."""
        principal.require(rights.BILLING_RUN)
        checks = Checks()
        checks.identifier("bill_id", bill_id)
        reason = checks.text("reason", reason, max_length=500)
        checks.raise_if_any()

        def perform(uow: UnitOfWork) -> tuple[str, str]:
            # the account's lock orders two requests (or a request and an approval) racing
            bill = uow.bill_records.bill_for_update(bill_id, principal.scope)
            if bill is None:
                raise NotFound("bill", bill_id)
            self._check_correctable(uow, bill)
            view = self._approvals.submit(
                uow,
                principal,
                kind=CORRECTION_APPROVAL_KIND,
                agency_id=bill.agency_id,
                object_type="bill",
                object_id=bill.id,
                summary=(
                    f"Correction de la facture {bill.bill_number} "
                    f"({bill.amount_minor} {bill.currency_code})"
                ),
                payload={
                    "bill_id": bill.id,
                    "bill_number": bill.bill_number,
                    "amount_minor": bill.amount_minor,
                    "currency_code": bill.currency_code,
                },
                reason=reason,
                request_id=request_id,
            )
            return view.approval_request_id, view.approval_request_id

        return self._idempotency.execute(
            request_id,
            "bill.correction_request",
            {"bill_id": bill_id, "reason": reason},
            principal.user_id,
            perform,
            lambda _uow, ref: ref,
        )

    @staticmethod
    def _check_correctable(uow: UnitOfWork, bill: BillRow) -> None:
        if bill.kind != "invoice":
            raise InvalidInput.field("bill_id", "a credit note is not corrected")
        if bill.origin != "billing" or not bill.subscription_id or bill.period_start is None:
            raise InvalidInput.field(
                "bill_id", "only a bill issued by the billing module for a subscription"
            )
        if uow.bill_records.credit_note_of(bill.id) is not None:
            raise already_credited(bill.bill_number)

    def _dates(self, uow: UnitOfWork, agency_id: str) -> tuple[date, date]:
        today = business_date(uow, self._parameters, agency_id, self._clock.now())
        delay = self._parameters.effective(uow, DUE_DELAY_KEY, agency_id)
        return today, today + timedelta(days=int(str(delay)))

    def _execute(
        self,
        uow: UnitOfWork,
        approver: Principal,
        request: ApprovalRequestRow,
        payload: Mapping[str, Any],
    ) -> None:
        """Credit note + corrected bill, in the approver's transaction."""
        bill = uow.bill_records.bill_for_update(str(payload["bill_id"]), approver.scope)
        if bill is None:
            raise NotFound("bill", str(payload["bill_id"]))
        self._check_correctable(uow, bill)
        assert bill.subscription_id and bill.period_start and bill.period_end
        now = self._clock.now()
        bill_date, due_date = self._dates(uow, bill.agency_id)
        run_id = new_id()
        uow.bill_runs.add_single_run(
            run_id=run_id,
            kind=INDIVIDUAL,
            agency_id=bill.agency_id,
            period_label=bill.period_label,
            period_start=bill.period_start,
            period_end=bill.period_end,
            bill_date=bill_date,
            due_date=due_date,
            currency_code=bill.currency_code,
            created_by=request.requested_by,
            now=now,
        )
        lines = tuple(negated(line) for line in uow.bill_records.lines(bill.id))
        credit = BillToIssue(
            subscription_id=bill.subscription_id,
            account_id=bill.account_id,
            agency_id=bill.agency_id,
            service=bill.service,
            kind=CREDIT_NOTE,
            period_label=bill.period_label,
            period_start=bill.period_start,
            period_end=bill.period_end,
            bill_date=bill_date,
            due_date=bill_date,
            currency=bill.currency_code,
            reading_id=bill.reading_id,
            index_from=bill.index_from,
            index_to=bill.index_to,
            consumption=-bill.consumption if bill.consumption is not None else None,
            estimated=bool(bill.estimated),
            lines=lines,
            total_minor=-bill.amount_minor,
            credits_bill_id=bill.id,
        )
        try:
            with uow.session.begin_nested():
                (note,) = self._writer.issue(uow, [credit], bill_run_id=run_id, now=now)
        except IntegrityError as error:  # a twin approval credited it first
            raise already_credited(bill.bill_number) from error
        loaded = self._computation.load_subscriptions(uow, [bill.subscription_id])
        result = self._computation.compute(uow, loaded, bill.period_start, bill.period_end).get(
            bill.subscription_id
        )
        if result is None or isinstance(result, NotBillable):
            raise not_billable(result.cause if result is not None else "NO_READING")
        corrected = self._computation.to_bill(
            result, period_label=bill.period_label, bill_date=bill_date, due_date=due_date
        )
        try:
            (new_bill,) = self._writer.issue(uow, [corrected], bill_run_id=run_id, now=now)
        except AlreadyBilled as clash:  # another bill of the period came in meanwhile
            raise not_billable(ALREADY_BILLED) from clash
        self._audit.record(
            uow,
            "bill.correction",
            principal=approver,
            agency_id=bill.agency_id,
            object_type="bill",
            object_id=bill.id,
            request_id=request.id,
            details_json=details(
                bill_number=bill.bill_number,
                credit_note=note.bill_number,
                corrected_bill=new_bill.bill_number,
                old_amount_minor=bill.amount_minor,
                new_amount_minor=new_bill.total_minor,
                requested_by=request.requested_by,
                reason=request.reason,
            ),
        )
