"""What the live cash-desk client tests share: a live server with the standard reference
lists, users of the cash profiles, a customer with open bills, client backends enrolled on
workstations allowed to collect cash, logged-in main windows, and an exact denomination count.
Everything goes through the real server and the client's real gateways."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from iwebs.v1 import cash_pb2, common_pb2, payment_service_pb2
from iwebs_client.backend.client_backend import ClientBackend
from iwebs_client.views.shell.main_window import MainWindow
from iwebs_server.application.reference_seed import seed_reference_data
from tests.client import live_client
from tests.factories.customer_base import (
    add_bill,
    create_customer_with_subscription,
    seed_reference_items,
)

PASSWORD = "Cash-Desk-Password-1"


def rid() -> str:
    return str(uuid.uuid4())


def day_message(value: dt.date) -> common_pb2.Date:
    return common_pb2.Date(year=value.year, month=value.month, day=value.day)


def xof(amount: int) -> common_pb2.Money:
    return common_pb2.Money(currency_code="XOF", amount_minor=amount)


@dataclass
class Customer:
    account_id: str
    account_number: str
    bill_ids: list[str]


def seed_cash_desk(server: Any) -> Customer:
    """Standard lists (payment modes, banks, denominations), the cash users of DKR, and a
    customer of DKR with three open bills (oldest due first: 30 000, 20 000, 45 000 XOF)."""
    with server.app.uow_factory() as uow:
        seed_reference_data(uow, server.app.clock)
    seed_reference_items(server.app)
    dkr = server.agency_id("DKR")
    for login, profile in (
        ("caissier", "cashier"),
        ("caissier2", "cashier"),
        ("superviseur", "supervisor"),
        ("accueil", "front_desk"),
    ):
        server.create_user(login, profile, ["DKR"], password=PASSWORD)
    desk = server.login("accueil", PASSWORD)
    made = create_customer_with_subscription(desk, dkr)
    today = dt.date.today()
    bills = [
        add_bill(server.app, made.account, "F-DKR-0001", today - dt.timedelta(days=60), 30_000),
        add_bill(server.app, made.account, "F-DKR-0002", today - dt.timedelta(days=30), 20_000),
        add_bill(server.app, made.account, "F-DKR-0003", today + dt.timedelta(days=5), 45_000),
    ]
    return Customer(made.account.account_id, made.account.account_number, bills)


def logged_in(backend: ClientBackend, login: str) -> ClientBackend:
    backend.sessions.login(login, PASSWORD)
    return backend


def main_window(qtbot: Any, backend: ClientBackend, login: str) -> MainWindow:
    """The real application flow: login dialog, then the main window of `login`."""
    return live_client.main_window(qtbot, backend, login, PASSWORD)


def cash_tender(amount: int) -> cash_pb2.Tender:
    return cash_pb2.Tender(mode_code="CASH", amount=xof(amount))


def cheque_tender(amount: int, number: str = "1234567") -> cash_pb2.Tender:
    return cash_pb2.Tender(
        mode_code="CHEQUE", amount=xof(amount), bank_code="CBAO", reference=number,
        drawer_name="Aïssatou Ndiaye", cheque_date=day_message(dt.date.today()),
    )  # fmt: skip


def pay(
    backend: ClientBackend,
    session_id: str,
    account_id: str,
    amount: int,
    tenders: list[cash_pb2.Tender],
) -> cash_pb2.Receipt:
    """A payment through the client's payment gateway (oldest due first)."""
    content = payment_service_pb2.PaymentContent(
        cash_session_id=session_id, account_id=account_id, amount=xof(amount), tenders=tenders
    )
    return backend.payments.pay(rid(), content).receipt


def exact_count(summary: Any) -> list[cash_pb2.DenominationCount]:
    """The expected cash of a closing summary, note by note (largest first): difference 0."""
    expected = next((t.expected.amount_minor for t in summary.tenders if t.mode_kind == "cash"), 0)
    counts = []
    for line in sorted(summary.denominations, key=lambda d: -d.unit_value.amount_minor):
        value = line.unit_value.amount_minor
        quantity, expected = divmod(expected, value) if value else (0, expected)
        if quantity:
            counts.append(
                cash_pb2.DenominationCount(
                    denomination_code=line.denomination_code, quantity=quantity
                )
            )
    assert expected == 0, "the denominations cannot make the expected cash"
    return counts


def close_exactly(backend: ClientBackend, session_id: str) -> Any:
    """Closes a till with a count equal to what is expected (no difference)."""
    summary = backend.cash_sessions.closing_summary(session_id)
    return backend.cash_sessions.close_session(rid(), session_id, exact_count(summary), [], "")
