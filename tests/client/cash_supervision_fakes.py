"""In-memory stand-ins for the supervision PORTS (presenters/cash_supervision_ports.py): the
till positions, a session's detail and receipts, the closures and the deposits, as the
server would answer. A call can be held (to test that polls never overlap) or made to fail
once. The live-server tests (test_cash_supervision_live.py) check the real thing."""

from __future__ import annotations

import datetime as dt
import itertools
import threading
from collections.abc import Sequence
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp

from iwebs.v1 import (
    bank_deposit_service_pb2 as dpb,
)
from iwebs.v1 import (
    cash_pb2,
    cash_supervision_service_pb2,
    common_pb2,
    reference_data_service_pb2,
    session_pb2,
)
from iwebs_client.backend.client_types import BackendError

DKR = "5d7c0b7a-0000-4000-8000-000000000001"
THS = "5d7c0b7a-0000-4000-8000-000000000002"


def supervisor_session(rights: Sequence[str] = ("cash.supervise", "cash.deposit")) -> Any:
    return session_pb2.SessionInfo(
        login="superviseur",
        rights=list(rights),
        agency_ids=[DKR, THS],
        workstation_agency_id=DKR,
        workstation_agency_name="Dakar Plateau",
    )


def money(amount: int) -> common_pb2.Money:
    return common_pb2.Money(currency_code="XOF", amount_minor=amount)


def date(value: dt.date) -> common_pb2.Date:
    return common_pb2.Date(year=value.year, month=value.month, day=value.day)


def at(hour: int, minute: int, second: int = 0) -> Timestamp:
    moment = dt.datetime(2026, 11, 28, hour, minute, second, tzinfo=dt.UTC)
    return Timestamp(seconds=int(moment.timestamp()))


def till(
    session_id: str,
    cashier: str,
    totals: dict[str, int],
    receipts: int = 0,
    status: Any = cash_pb2.CASH_SESSION_STATUS_OPEN,
    agency_id: str = DKR,
) -> cash_pb2.CashSession:
    return cash_pb2.CashSession(
        cash_session_id=session_id,
        agency_id=agency_id,
        agency_name="Dakar Plateau" if agency_id == DKR else "Thiès Centre",
        workstation_name=f"GUICHET-{session_id}",
        cashier_login=cashier.lower().split()[0],
        cashier_name=cashier,
        business_date=date(dt.date(2026, 11, 28)),
        opening_float=money(50_000),
        status=status,
        opened_at=at(8, 0),
        totals=[cash_pb2.TenderTotal(mode_kind=k, amount=money(v)) for k, v in totals.items()],
        receipt_count=receipts,
        last_payment_at=at(10, 42, 7) if receipts else Timestamp(),
    )


class FakeCashSupervision:
    def __init__(self) -> None:
        self.sessions: list[cash_pb2.CashSession] = []
        self.receipts: dict[str, list[cash_pb2.Receipt]] = {}
        self.movements: dict[str, list[cash_pb2.CashMovement]] = {}
        self.closures: list[cash_pb2.CashClosure] = []
        self.calls: list[tuple[Any, ...]] = []
        self.fail_next: BackendError | None = None
        #: when set, list_till_positions waits for it (a slow server)
        self.hold: threading.Event | None = None
        self.polls_running = 0
        self.max_polls_running = 0
        self._lock = threading.Lock()

    def _maybe_fail(self) -> None:
        if self.fail_next is not None:
            error, self.fail_next = self.fail_next, None
            raise error

    def list_till_positions(self, agency_id: str = "", business_date: dt.date | None = None) -> Any:
        with self._lock:
            self.polls_running += 1
            self.max_polls_running = max(self.max_polls_running, self.polls_running)
            self.calls.append(("positions", agency_id, business_date))
        try:
            if self.hold is not None:
                self.hold.wait(10)
            self._maybe_fail()
            shown = [s for s in self.sessions if not agency_id or s.agency_id == agency_id]
            sums: dict[str, int] = {}
            for session in shown:
                for total in session.totals:
                    sums[total.mode_kind] = sums.get(total.mode_kind, 0) + total.amount.amount_minor
            return cash_supervision_service_pb2.ListTillPositionsResponse(
                cash_sessions=shown,
                totals=[
                    cash_pb2.TenderTotal(mode_kind=k, amount=money(v)) for k, v in sums.items()
                ],
                business_date=date(business_date or dt.date(2026, 11, 28)),
            )
        finally:
            with self._lock:
                self.polls_running -= 1

    def get_cash_session(self, cash_session_id: str) -> Any:
        self.calls.append(("session", cash_session_id))
        self._maybe_fail()
        session = next(s for s in self.sessions if s.cash_session_id == cash_session_id)
        closure = next(
            (c for c in self.closures if c.cash_session_id == cash_session_id),
            cash_pb2.CashClosure(),
        )
        return cash_supervision_service_pb2.GetCashSessionResponse(
            cash_session=session,
            movements=self.movements.get(cash_session_id, []),
            closure=closure,
        )

    def list_transactions(
        self,
        cash_session_id: str = "",
        agency_id: str = "",
        business_date: dt.date | None = None,
        page_token: str = "",
        page_size: int = 100,
    ) -> tuple[list[cash_pb2.Receipt], str]:
        self.calls.append(("transactions", cash_session_id, page_token))
        items = self.receipts.get(cash_session_id, [])
        start = int(page_token or 0)
        end = start + page_size
        return items[start:end], (str(end) if end < len(items) else "")

    def close_agency_day(
        self, request_id: str, agency_id: str, business_date: dt.date | None
    ) -> cash_pb2.CashClosure:
        self.calls.append(("close_day", request_id, agency_id, business_date))
        self._maybe_fail()
        closure = cash_pb2.CashClosure(
            closure_id=f"day-{len(self.closures) + 1}",
            agency_id=agency_id,
            sequence=len(self.closures) + 1,
            level=cash_pb2.CLOSURE_LEVEL_DAY,
            business_date=date(business_date or dt.date(2026, 11, 28)),
            receipt_count=4,
            first_receipt_number="DKR-PLATEAU-2026-0000001",
            last_receipt_number="DKR-PLATEAU-2026-0000004",
            period_total=money(125_000),
            perpetual_total=money(1_125_000),
            closed_by_login="superviseur",
        )
        self.closures.insert(0, closure)
        return closure

    def list_closures(
        self, agency_id: str = "", page_token: str = "", page_size: int = 100
    ) -> tuple[list[cash_pb2.CashClosure], str]:
        self.calls.append(("closures", agency_id))
        return [c for c in self.closures if c.agency_id == agency_id], ""


class FakeBankDeposits:
    def __init__(self) -> None:
        self.position = dpb.GetDepositPositionResponse(agency_id=DKR)
        self.deposits: list[dpb.BankDeposit] = []
        self.calls: list[tuple[Any, ...]] = []
        self.fail_next: BackendError | None = None
        self._numbers = itertools.count(1)

    def get_deposit_position(self, agency_id: str, business_date: dt.date | None = None) -> Any:
        self.calls.append(("position", agency_id))
        answer = dpb.GetDepositPositionResponse()
        answer.CopyFrom(self.position)
        answer.agency_id = agency_id
        return answer

    def prepare_deposit(
        self,
        request_id: str,
        agency_id: str,
        kind: int,
        bank_code: str,
        lines: Sequence[dpb.DepositLine],
        comment: str = "",
    ) -> dpb.BankDeposit:
        self.calls.append(("prepare", request_id, agency_id, kind, bank_code, list(lines), comment))
        if self.fail_next is not None:
            error, self.fail_next = self.fail_next, None
            raise error
        cheques = {c.payment_tender_id: c.amount.amount_minor for c in self.position.cheques}
        total = sum(
            line.amount.amount_minor or cheques.get(line.payment_tender_id, 0) for line in lines
        )
        deposit = dpb.BankDeposit(
            deposit_id=f"dep-{request_id[:8]}",
            deposit_number=f"DKR-PLATEAU-DEP-{next(self._numbers):05d}",
            agency_id=agency_id,
            kind=kind,  # type: ignore[arg-type]
            bank_code=bank_code,
            amount=money(total),
            lines=list(lines),
            prepared_by_login="superviseur",
            comment=comment,
        )
        self.deposits.insert(0, deposit)
        return deposit

    def record_slip(
        self,
        request_id: str,
        deposit_id: str,
        slip_number: str,
        slip_date: dt.date,
        credited: common_pb2.Money,
    ) -> dpb.BankDeposit:
        self.calls.append(("slip", request_id, deposit_id, slip_number, slip_date, credited))
        deposit = next(d for d in self.deposits if d.deposit_id == deposit_id)
        deposit.slip_recorded = True
        deposit.slip_number = slip_number
        deposit.slip_date.CopyFrom(date(slip_date))
        deposit.credited.CopyFrom(credited)
        return deposit

    def list_deposits(
        self, agency_id: str = "", page_token: str = "", page_size: int = 100
    ) -> tuple[list[dpb.BankDeposit], str]:
        self.calls.append(("deposits", agency_id))
        return [d for d in self.deposits if d.agency_id == agency_id], ""


class FakeAgencies:
    def list_all_agencies(self) -> list[Any]:
        from iwebs.v1 import administration_pb2

        return [
            administration_pb2.Agency(
                agency_id=DKR, code="DKR-PLATEAU", name="Dakar Plateau", active=True
            ),
            administration_pb2.Agency(
                agency_id=THS, code="THS-CENTRE", name="Thiès Centre", active=True
            ),
        ]


class FakeReferenceData:
    def list_items(self, table_code: str, include_inactive: bool = False) -> list[Any]:
        item = reference_data_service_pb2.ReferenceItem
        if table_code == "payment_mode":
            return [
                item(code="CASH", label_fr="Espèces", label_en="Cash", active=True),
                item(code="CHEQUE", label_fr="Chèque", label_en="Cheque", active=True),
            ]
        assert table_code == "bank"
        return [
            item(code="CBAO", label_fr="CBAO Groupe Attijariwafa", active=True),
            item(code="SGBS", label_fr="Société Générale Sénégal", active=True),
        ]


class FakeSupervisionServices:
    def __init__(self) -> None:
        self.cash_supervision = FakeCashSupervision()
        self.bank_deposits = FakeBankDeposits()
        self.agencies = FakeAgencies()
        self.reference_data = FakeReferenceData()
