"""Bank deposits of collected cash and cheque remittances (CSH-5, CSH-7, CSH-11).
Right cash.deposit, agencies in scope (another agency's deposit or session is NOT_FOUND).

- The position: per closed session, depositable cash = counted at closing - opening float
  (the float stays in the safe), what was deposited of it and what remains; the cheques on
  hand (live cheque tenders of closed sessions in no deposit); what earlier days left
  undeposited, what today's closed sessions collected, and the total to deposit now.
- A deposit: cash lines (a closed session and at most what remains of it, else
  DEPOSIT_EXCEEDS_AVAILABLE) or cheque lines (one tender each, a cheque once), a bank of the
  BANK list, a number gap-free per agency and year "<agency>-V-<year>-00001", and a ledger
  group BANK_IN_TRANSIT / CASH or CHEQUES. Idempotent by request_id.
- The bank's slip, once per deposit: number, date, amount credited (another amount than the
  deposit's is recorded and flagged; its difference goes to DEPOSIT_DIFFERENCE).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from iwebs_server.application.audit_trail import AuditTrail, details
from iwebs_server.application.cash_context import business_date as business_day
from iwebs_server.application.cash_till import till_account
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.application.deposit_checks import (
    BANK_IN_TRANSIT,
    DEPOSIT_DIFFERENCE,
    DepositChecks,
    deposit_views,
    position_view,
)
from iwebs_server.application.deposit_views import (
    CASH_DEPOSIT,
    DEPOSIT_KINDS,
    BankDepositView,
    DepositLineInput,
    DepositPositionView,
)
from iwebs_server.application.idempotency import Idempotency
from iwebs_server.application.paging import decode_token, next_token, page_size
from iwebs_server.application.parameters import ParameterReader
from iwebs_server.application.validation import Checks, identifier
from iwebs_server.application.views import Page
from iwebs_server.domain import rights
from iwebs_server.domain.amount_words import LARGEST_AMOUNT_MINOR
from iwebs_server.domain.errors import AlreadyExists, InvalidInput, NotFound
from iwebs_server.domain.parameters import Money
from iwebs_server.domain.principal import Principal
from iwebs_server.persistence.tables.administration import AgencyRow
from iwebs_server.persistence.tables.cash_desk import (
    BankDepositLineRow,
    BankDepositRow,
    BankDepositSlipRow,
)
from iwebs_server.persistence.unit_of_work import UnitOfWork, UowFactory

MAX_LINES = 500


def deposit_number(agency_code: str, year: int, sequence: int) -> str:
    return f"{agency_code}-V-{year}-{sequence:05d}"


class BankDepositService:
    def __init__(
        self, uow_factory: UowFactory, clock: Clock, audit: AuditTrail, idempotency: Idempotency
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._audit = audit
        self._idempotency = idempotency
        self._parameters = ParameterReader()

    def get_position(
        self, principal: Principal, agency_id: str, business_date: date | None = None
    ) -> DepositPositionView:
        principal.require(rights.CASH_DEPOSIT)
        identifier("agency_id", agency_id)
        with self._uow(read_only=True) as uow:
            agency = self._agency(uow, principal, agency_id)
            day = business_date or business_day(uow, self._parameters, agency.id, self._clock.now())
            return position_view(uow, agency, day, self._currency(uow, agency))

    def list_deposits(
        self, principal: Principal, agency_id: str = "", size: int = 0, token: str = ""
    ) -> Page[BankDepositView]:
        """Deposits of an agency (empty: every agency in scope), the latest first (CSH-7)."""
        principal.require(rights.CASH_DEPOSIT)
        if agency_id:
            identifier("agency_id", agency_id)
        limit, offset = page_size(size), decode_token(token)
        scope = principal.scope
        if agency_id:
            ids: list[str] | None = [agency_id] if scope.allows(agency_id) else []
        else:
            ids = None if scope.all_agencies else sorted(scope.agency_ids)
        with self._uow(read_only=True) as uow:
            rows = uow.deposits.of_agencies(ids, offset, limit)
            return Page(tuple(deposit_views(uow, rows)), next_token(offset, limit, len(rows)))

    def prepare(
        self,
        principal: Principal,
        request_id: str,
        *,
        agency_id: str,
        kind: str,
        bank_code: str,
        lines: Sequence[DepositLineInput],
        comment: str = "",
    ) -> BankDepositView:
        principal.require(rights.CASH_DEPOSIT)
        checks = Checks()
        checks.identifier("agency_id", agency_id)
        checks.choice("kind", kind, DEPOSIT_KINDS)
        bank_code = checks.text("bank_code", bank_code, max_length=32).upper()
        comment = checks.text("comment", comment, required=False, max_length=500)
        if not lines:
            checks.fail("lines", "at least one line is required")
        elif len(lines) > MAX_LINES:
            checks.fail("lines", f"at most {MAX_LINES} lines")
        for index, line in enumerate(lines[:MAX_LINES]):
            if kind == CASH_DEPOSIT:
                checks.identifier(f"lines[{index}].cash_session_id", line.cash_session_id)
                if line.amount_minor <= 0:
                    checks.fail(f"lines[{index}].amount", "must be positive")
            else:
                checks.identifier(f"lines[{index}].payment_tender_id", line.payment_tender_id)
        checks.raise_if_any()
        payload = {
            "agency_id": agency_id,
            "kind": kind,
            "bank_code": bank_code,
            "lines": [
                [x.cash_session_id, x.currency_code, x.amount_minor, x.payment_tender_id]
                for x in lines
            ],
            "comment": comment,
        }

        def perform(uow: UnitOfWork) -> tuple[str, BankDepositView]:
            agency = self._agency(uow, principal, agency_id)
            if not uow.reference_data.is_active_code("bank", bank_code):
                raise InvalidInput.field("bank_code", "is not an active bank")
            currency = self._currency(uow, agency)
            deposit_checks = DepositChecks(uow, principal, agency, currency)
            if kind == CASH_DEPOSIT:
                amounts = deposit_checks.cash_lines(lines)
            else:
                amounts = deposit_checks.cheque_lines(lines)
            row = self._write(
                uow, principal, request_id, agency, kind, bank_code, currency, comment, amounts
            )
            return row.id, deposit_views(uow, [row])[0]

        def replay(uow: UnitOfWork, ref: str) -> BankDepositView:
            return deposit_views(uow, [self._deposit(uow, principal, ref)])[0]

        return self._idempotency.execute(
            request_id, "cash.deposit.prepare", payload, principal.user_id, perform, replay
        )

    def _write(
        self,
        uow: UnitOfWork,
        principal: Principal,
        request_id: str,
        agency: AgencyRow,
        kind: str,
        bank_code: str,
        currency: str,
        comment: str,
        amounts: list[tuple[str, str | None, int]],
    ) -> BankDepositRow:
        now = self._clock.now()
        today = business_day(uow, self._parameters, agency.id, now)
        sequence = uow.number_series.take(f"bank_deposit:{agency.code}-{today.year}")
        total = sum(amount for _, _, amount in amounts)
        row = BankDepositRow(
            id=new_id(),
            deposit_number=deposit_number(agency.code, today.year, sequence),
            agency_id=agency.id,
            kind=kind,
            bank_code=bank_code,
            currency_code=currency,
            amount_minor=total,
            prepared_at=now,
            prepared_by=principal.user_id,
            comment=comment,
        )
        uow.deposits.add(
            row,
            [
                BankDepositLineRow(
                    id=new_id(),
                    deposit_id=row.id,
                    cash_session_id=session_id,
                    payment_tender_id=tender_id,
                    amount_minor=amount,
                )
                for session_id, tender_id, amount in amounts
            ],
        )
        uow.payments.post_ledger_group(
            entry_group_id=new_id(),
            source_type="deposit",
            agency_id=agency.id,
            cash_session_id=None,
            currency_code=currency,
            business_date=today,
            created_at=now,
            lines=[
                (BANK_IN_TRANSIT, total, None, None),
                (till_account("cash" if kind == CASH_DEPOSIT else "cheque"), -total, None, None),
            ],
        )
        sessions: dict[str, int] = defaultdict(int)
        for session_id, _tender, amount in amounts:
            sessions[session_id] += amount
        self._audit.record(
            uow,
            "cash.deposit.prepare",
            principal=principal,
            agency_id=agency.id,
            object_type="bank_deposit",
            object_id=row.id,
            request_id=request_id,
            details_json=details(
                deposit_number=row.deposit_number,
                kind=kind,
                bank_code=bank_code,
                amount=total,
                currency=currency,
                lines=len(amounts),
                sessions=sorted(sessions),
            ),
        )
        return row

    def record_slip(
        self,
        principal: Principal,
        request_id: str,
        *,
        deposit_id: str,
        slip_number: str,
        slip_date: date | None,
        credited_currency: str,
        credited_minor: int,
    ) -> BankDepositView:
        principal.require(rights.CASH_DEPOSIT)
        checks = Checks()
        checks.identifier("deposit_id", deposit_id)
        slip_number = checks.text("slip_number", slip_number, max_length=64)
        if slip_date is None:
            checks.fail("slip_date", "is required")
        if credited_minor < 0:
            checks.fail("credited", "must not be negative")
        elif credited_minor > LARGEST_AMOUNT_MINOR:
            checks.fail("credited", f"at most {LARGEST_AMOUNT_MINOR}")
        checks.raise_if_any()
        assert slip_date is not None
        payload = {
            "deposit_id": deposit_id,
            "slip_number": slip_number,
            "slip_date": slip_date.isoformat(),
            "credited": [credited_currency, credited_minor],
        }

        def perform(uow: UnitOfWork) -> tuple[str, BankDepositView]:
            deposit = self._deposit(uow, principal, deposit_id)
            if credited_currency != deposit.currency_code:
                raise InvalidInput.field(
                    "credited.currency_code", f"must be {deposit.currency_code}"
                )
            if uow.deposits.slips([deposit.id]):
                raise AlreadyExists(
                    "bank_deposit_slip",
                    "deposit_id",
                    "the bank's slip of this deposit is already recorded",
                )
            now = self._clock.now()
            uow.deposits.add_slip(
                BankDepositSlipRow(
                    id=new_id(),
                    deposit_id=deposit.id,
                    slip_number=slip_number,
                    slip_date=slip_date,
                    credited_minor=credited_minor,
                    recorded_at=now,
                    recorded_by=principal.user_id,
                )
            )
            uow.payments.post_ledger_group(
                entry_group_id=new_id(),
                source_type="deposit_slip",
                agency_id=deposit.agency_id,
                cash_session_id=None,
                currency_code=deposit.currency_code,
                business_date=slip_date,
                created_at=now,
                lines=[
                    (f"BANK:{deposit.bank_code}", credited_minor, None, None),
                    (BANK_IN_TRANSIT, -deposit.amount_minor, None, None),
                    (DEPOSIT_DIFFERENCE, deposit.amount_minor - credited_minor, None, None),
                ],
            )
            self._audit.record(
                uow,
                "cash.deposit.slip",
                principal=principal,
                agency_id=deposit.agency_id,
                object_type="bank_deposit",
                object_id=deposit.id,
                request_id=request_id,
                details_json=details(
                    deposit_number=deposit.deposit_number,
                    slip_number=slip_number,
                    slip_date=slip_date.isoformat(),
                    credited=credited_minor,
                    amount=deposit.amount_minor,
                    credit_differs=credited_minor != deposit.amount_minor,
                ),
            )
            return deposit.id, deposit_views(uow, [deposit])[0]

        def replay(uow: UnitOfWork, ref: str) -> BankDepositView:
            return deposit_views(uow, [self._deposit(uow, principal, ref)])[0]

        return self._idempotency.execute(
            request_id, "cash.deposit.slip", payload, principal.user_id, perform, replay
        )

    # --- scope ------------------------------------------------------------------------------

    def _agency(self, uow: UnitOfWork, principal: Principal, agency_id: str) -> AgencyRow:
        agency = uow.agencies.get(agency_id, principal.scope)
        if agency is None:
            raise NotFound("agency", agency_id)
        return agency

    def _deposit(self, uow: UnitOfWork, principal: Principal, deposit_id: str) -> BankDepositRow:
        row = uow.deposits.get(deposit_id)
        if row is None or not principal.scope.allows(row.agency_id):
            raise NotFound("bank_deposit", deposit_id)
        return row

    def _currency(self, uow: UnitOfWork, agency: AgencyRow) -> str:
        """The agency's cash currency: that of its opening float (cash.opening_float)."""
        value = self._parameters.effective(uow, "cash.opening_float", agency.id)
        assert isinstance(value, Money)
        return value.currency
