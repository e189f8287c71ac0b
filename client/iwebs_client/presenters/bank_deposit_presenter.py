"""'Bank deposits' (CSH-5, CSH-11): what the agency has to take to the bank (not deposited
from earlier days, collected today, the total), the closed tills with cash left to deposit
and the cheques on hand; a cash deposit or a cheque remittance is prepared from them, and
the bank's slip is recorded when it comes back.

Checks are made here before anything is sent (a bank, at least one line, amounts within
what is left); the server checks them again (DEPOSIT_EXCEEDS_AVAILABLE)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from iwebs.v1 import bank_deposit_service_pb2 as pb
from iwebs_client.models.bank_deposit_list_model import BankDepositListModel
from iwebs_client.presenters import cash_supervision_rows as rows
from iwebs_client.presenters.cash_agency_choices import default_agency, fetch_agencies
from iwebs_client.presenters.cash_forms import parse_amount
from iwebs_client.presenters.cash_supervision_ports import (
    BankDeposit,
    ChequeOnHand,
    DepositLine,
    DepositPosition,
    Money,
    SessionCashToDeposit,
)
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import ClientServices, SessionInfo
from iwebs_client.tasks import TaskRunner

BANK_TABLE = "bank"  # ReferenceTable.BANK (domain/reference_tables.py)


@dataclass(frozen=True)
class PositionTexts:
    """CSH-11's four figures, formatted."""

    not_deposited_earlier: str
    collected_today: str
    total_to_deposit: str
    day: str


def position_texts(position: DepositPosition) -> PositionTexts:
    currency = position.total_to_deposit.currency_code
    earlier = (
        position.cash_not_deposited_earlier.amount_minor
        + position.cheques_not_deposited_earlier.amount_minor
    )
    today = (
        position.cash_collected_today.amount_minor + position.cheques_collected_today.amount_minor
    )

    def detail(total: int, cash: Money, cheques: Money) -> str:
        return (
            rows.translate("CashSupervision", "%1 (cash %2, cheques %3)")
            .replace("%1", rows.amount(total, currency))
            .replace("%2", rows.money(cash))
            .replace("%3", rows.money(cheques))
        )

    return PositionTexts(
        not_deposited_earlier=detail(
            earlier, position.cash_not_deposited_earlier, position.cheques_not_deposited_earlier
        ),
        collected_today=detail(
            today, position.cash_collected_today, position.cheques_collected_today
        ),
        total_to_deposit=rows.money(position.total_to_deposit),
        day=rows.date_text(position.business_date),
    )


class BankDepositPresenter(PresenterBase):
    agencies_changed = Signal(list)  # [(agency_id, name)]
    banks_changed = Signal(list)  # [(code, label)]
    position_changed = Signal(object)  # GetDepositPositionResponse
    checked_changed = Signal(str)  # the total of the ticked cheques
    prepared = Signal(object)  # BankDeposit
    slip_recorded = Signal(object)  # BankDeposit

    def __init__(
        self,
        services: ClientServices,
        tasks: TaskRunner,
        session: SessionInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._services = services
        self._session = session
        self.agency_id = ""
        self.position: DepositPosition | None = None
        self.banks: list[tuple[str, str]] = []
        self.checked_cheques: set[str] = set()
        self.deposits = BankDepositListModel(tasks, self)
        deposits = services.bank_deposits
        self.deposits.set_page_fetcher(
            lambda token: deposits.list_deposits(self.agency_id, page_token=token)
        )

    # -- loading ------------------------------------------------------------------------------
    def load(self) -> None:
        """The agencies and the banks, then the position of the default agency."""
        services, session = self._services, self._session

        def work() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
            choices = fetch_agencies(services, session)
            items = services.reference_data.list_items(BANK_TABLE)
            return choices, [(i.code, i.label_fr or i.code) for i in items if i.active]

        self._run(work, self._loaded)

    def _loaded(self, answer: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
        choices, self.banks = answer
        self.agencies_changed.emit(choices)
        self.banks_changed.emit(self.banks)
        self.set_agency(default_agency(choices, self._session))

    def set_agency(self, agency_id: str) -> None:
        self.agency_id = agency_id
        self.refresh()

    def refresh(self) -> None:
        if not self.agency_id:
            return
        deposits, agency_id = self._services.bank_deposits, self.agency_id
        self._run(lambda: deposits.get_deposit_position(agency_id), self._position_received)
        self.deposits.reload()

    def _position_received(self, position: DepositPosition) -> None:
        if position.agency_id and position.agency_id != self.agency_id:
            return
        self.position = position
        on_hand = {c.payment_tender_id for c in position.cheques}
        self.checked_cheques &= on_hand
        self.position_changed.emit(position)
        self.checked_changed.emit(self.checked_total_text())

    # -- cheques ------------------------------------------------------------------------------
    def cheques(self) -> list[ChequeOnHand]:
        return list(self.position.cheques) if self.position is not None else []

    def sessions_with_cash(self) -> list[SessionCashToDeposit]:
        if self.position is None:
            return []
        return [s for s in self.position.sessions if s.remaining.amount_minor > 0]

    def set_cheque_checked(self, payment_tender_id: str, checked: bool) -> None:
        if checked:
            self.checked_cheques.add(payment_tender_id)
        else:
            self.checked_cheques.discard(payment_tender_id)
        self.checked_changed.emit(self.checked_total_text())

    def checked_total_text(self) -> str:
        chosen = [c for c in self.cheques() if c.payment_tender_id in self.checked_cheques]
        if not chosen:
            return self.tr("No cheque ticked (Space ticks the selected cheque).")
        currency = chosen[0].amount.currency_code
        total = rows.amount(sum(c.amount.amount_minor for c in chosen), currency)
        return (
            self.tr("%1 cheque(s) ticked: %2").replace("%1", str(len(chosen))).replace("%2", total)
        )

    # -- commands -----------------------------------------------------------------------------
    def cash_deposit_problems(
        self, bank_code: str, amounts: Mapping[str, str]
    ) -> tuple[dict[str, str], list[DepositLine]]:
        """Field -> problem ("bank", "lines", or a cash_session_id), and the lines to send.
        `amounts`: cash_session_id -> the amount typed (empty: not deposited)."""
        problems: dict[str, str] = {}
        lines: list[DepositLine] = []
        if not bank_code:
            problems["bank"] = self.tr("Choose the bank.")
        for line in self.sessions_with_cash():
            text = amounts.get(line.cash_session_id, "").strip()
            if not text:
                continue
            currency = line.remaining.currency_code
            value = parse_amount(text, currency)
            if value is None or value <= 0:
                problems[line.cash_session_id] = self.tr("Type an amount, e.g. 25 000.")
            elif value > line.remaining.amount_minor:
                problems[line.cash_session_id] = self.tr("At most %1.").replace(
                    "%1", rows.money(line.remaining)
                )
            else:
                lines.append(
                    DepositLine(
                        cash_session_id=line.cash_session_id,
                        amount=Money(currency_code=currency, amount_minor=value),
                    )
                )
        if not lines and not any(k not in ("bank",) for k in problems):
            problems["lines"] = self.tr("Type the amount of at least one till.")
        return problems, lines

    def cash_deposit_total_text(self, amounts: Mapping[str, str]) -> str:
        """'Total of the deposit: 27 000 FCFA' for the amounts typed so far."""
        lines = self.sessions_with_cash()
        currency = lines[0].remaining.currency_code if lines else ""
        total = 0
        for line in lines:
            value = parse_amount(amounts.get(line.cash_session_id, "").strip(), currency)
            total += value or 0
        return self.tr("Total of the deposit: %1").replace("%1", rows.amount(total, currency))

    def prepare_cash_deposit(
        self, intent: CommandIntent, bank_code: str, amounts: Mapping[str, str], comment: str
    ) -> dict[str, str]:
        problems, lines = self.cash_deposit_problems(bank_code, amounts)
        if not problems:
            self._prepare(intent, pb.DEPOSIT_KIND_CASH, bank_code, lines, comment)
        return problems

    def prepare_cheque_remittance(
        self, intent: CommandIntent, bank_code: str, comment: str
    ) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not bank_code:
            problems["bank"] = self.tr("Choose the bank.")
        ids = [
            c.payment_tender_id
            for c in self.cheques()
            if c.payment_tender_id in self.checked_cheques
        ]
        if not ids:
            problems["lines"] = self.tr("Tick the cheques to remit.")
        if not problems:
            lines = [DepositLine(payment_tender_id=i) for i in ids]
            self._prepare(intent, pb.DEPOSIT_KIND_CHEQUE, bank_code, lines, comment)
        return problems

    def _prepare(
        self,
        intent: CommandIntent,
        kind: int,
        bank_code: str,
        lines: list[DepositLine],
        comment: str,
    ) -> None:
        deposits, request_id, agency_id = (
            self._services.bank_deposits,
            intent.request_id,
            self.agency_id,
        )
        self._run(
            lambda: deposits.prepare_deposit(
                request_id, agency_id, kind, bank_code, lines, comment.strip()
            ),
            lambda deposit: self._prepared(intent, deposit),
        )

    def _prepared(self, intent: CommandIntent, deposit: BankDeposit) -> None:
        intent.renew()
        if deposit.kind == pb.DEPOSIT_KIND_CHEQUE:
            self.checked_cheques.clear()
        self.prepared.emit(deposit)
        self.refresh()

    def record_slip(
        self,
        intent: CommandIntent,
        deposit: BankDeposit,
        slip_number: str,
        slip_date: dt.date,
        credited_text: str,
    ) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not slip_number.strip():
            problems["slip_number"] = self.tr("Type the number of the bank's slip.")
        currency = deposit.amount.currency_code
        credited = parse_amount(credited_text, currency)
        if credited is None:
            problems["credited"] = self.tr("Type an amount, e.g. 25 000.")
        if problems or credited is None:
            return problems
        deposits, request_id = self._services.bank_deposits, intent.request_id
        amount = Money(currency_code=currency, amount_minor=credited)
        self._run(
            lambda: deposits.record_slip(
                request_id, deposit.deposit_id, slip_number.strip(), slip_date, amount
            ),
            lambda recorded: self._slip_recorded(intent, recorded),
        )
        return {}

    def _slip_recorded(self, intent: CommandIntent, deposit: BankDeposit) -> None:
        intent.renew()
        self.deposits.replace_item(deposit)
        self.slip_recorded.emit(deposit)
