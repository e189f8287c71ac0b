"""The load side of the payments benchmark: one process drives several counters, one thread
each, as the real client does: the counter's own enrolled workstation (its key and
certificate: mTLS), its cashier's login, its open cash session, then payments one after the
other, each with a fresh request_id (IDEM-01), until the end of the run.

The mix of payments (CSH-1): 60 % cash for the oldest open bill with change given (cash
tendered rounded up to the next 1,000 F), 25 % a cheque for the oldest bill exactly, 15 % a
partial cash payment of half of it; once every bill of its accounts is paid, a counter
takes 5,000 F in cash as an advance on one of them. Allocation is left to the server
(oldest due first); the counter follows its accounts' open amounts, since it is the only
one to collect them.
`mode = "ping"` calls the authenticated DiagnosticsService/Ping instead (the harness's own
check, and the floor of any call's cost).
"""

from __future__ import annotations

import random
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import grpc

from iwebs.v1 import (
    cash_pb2,
    cash_session_service_pb2,
    cash_session_service_pb2_grpc,
    common_pb2,
    diagnostics_service_pb2,
    payment_service_pb2,
    payment_service_pb2_grpc,
)
from tests.factories.grpc_client import Client, Workstation, enroll

BANKS = ("CBAO", "SGBS", "BICIS", "ECOBANK")


@dataclass
class ServerInfo:
    port: int
    enrollment_port: int
    ca_pem: bytes


@dataclass
class Counter:
    """One counter's state during the run: its accounts and what is still open on them."""

    spec: dict[str, Any]
    currency: str
    rng: random.Random
    accounts: list[list[Any]] = field(default_factory=list)
    next_account: int = 0
    cheque_number: int = 0

    def next_payment(self, session_id: str) -> payment_service_pb2.PaymentContent:
        while self.next_account < len(self.accounts) and not self.accounts[self.next_account][1]:
            self.next_account += 1
        draw = self.rng.random()
        if self.next_account >= len(self.accounts):  # every bill paid: an advance
            self.cheque_number += 1
            account_id = self.accounts[self.cheque_number % len(self.accounts)][0]
            return self._content(session_id, account_id, 5_000, self._cash(5_000))
        account_id, open_amounts = self.accounts[self.next_account]
        oldest = open_amounts[0]
        if draw < 0.60:
            amount = oldest
            tender = self._cash(-(-amount // 1_000) * 1_000)
        elif draw < 0.85:
            amount = oldest
            tender = self._cheque(amount)
        else:
            amount = max(1_000, oldest // 200 * 100)
            if amount >= oldest:
                amount = oldest
            tender = self._cash(amount)
        if amount == oldest:
            open_amounts.pop(0)
        else:
            open_amounts[0] = oldest - amount
        # a customer pays once, the next one comes: the accounts are taken in turn
        self.next_account = (self.next_account + 1) % len(self.accounts)
        if all(not bills for _, bills in self.accounts):
            self.next_account = len(self.accounts)
        return self._content(session_id, account_id, amount, tender)

    def _money(self, amount: int) -> common_pb2.Money:
        return common_pb2.Money(currency_code=self.currency, amount_minor=amount)

    def _cash(self, amount: int) -> cash_pb2.Tender:
        return cash_pb2.Tender(mode_code="CASH", amount=self._money(amount))

    def _cheque(self, amount: int) -> cash_pb2.Tender:
        self.cheque_number += 1
        today = datetime.now(UTC).date()
        return cash_pb2.Tender(
            mode_code="CHEQUE",
            amount=self._money(amount),
            bank_code=self.rng.choice(BANKS),
            reference=f"{self.spec['index']:03d}{self.cheque_number:06d}",
            drawer_name="DIOP Mamadou",
            cheque_date=common_pb2.Date(year=today.year, month=today.month, day=today.day),
        )

    def _content(
        self, session_id: str, account_id: str, amount: int, tender: cash_pb2.Tender
    ) -> payment_service_pb2.PaymentContent:
        return payment_service_pb2.PaymentContent(
            cash_session_id=session_id,
            account_id=account_id,
            payer_name="" if account_id else "Client de passage",
            amount=self._money(amount),
            tenders=[tender],
        )


def _login(workstation: Workstation, login: str, password: str) -> Client:
    """Logs in as a client does while the server sheds a login burst (UNAVAILABLE: retry)."""
    for _ in range(120):
        try:
            return workstation.login(login, password)
        except grpc.RpcError as error:
            if error.code() != grpc.StatusCode.UNAVAILABLE:
                raise
            time.sleep(0.25)
    raise RuntimeError(f"{login} could not log in")


def _open_session(client: Client, spec: dict[str, Any]) -> str:
    if spec.get("cash_session_id"):
        return str(spec["cash_session_id"])
    stub = client._stub(cash_session_service_pb2_grpc.CashSessionServiceStub)
    response = stub.OpenCashSession(
        cash_session_service_pb2.OpenCashSessionRequest(request_id=str(uuid.uuid4()))
    )
    return str(response.cash_session.cash_session_id)


def client_process(
    info: ServerInfo,
    counters: list[dict[str, Any]],
    plan: dict[str, Any],
    mode: str,
    interval: float,
    ready: Any,
    go: Any,
    results: Any,
) -> None:
    """Prepares its counters, reports ready, waits for `go` = (start, end) monotonic times,
    then runs; sends back (start, latency, error code) per call and its own CPU time.

    `interval` > 0: each counter starts a payment every `interval` seconds (an offered load,
    its counters' starts spread over the interval) instead of one right after the other; a
    counter late on its schedule starts the next one at once and does not catch up."""
    prepared = []
    for spec in counters:
        workstation = enroll(
            "127.0.0.1", info.port, info.enrollment_port, info.ca_pem, spec["code"]
        )
        client = _login(workstation, spec["login"], plan["password"])
        session_id = _open_session(client, spec) if mode == "pay" else ""
        counter = Counter(
            spec,
            plan["currency"],
            random.Random(spec["index"]),
            [[a, list(b)] for a, b in spec["accounts"]],
        )
        prepared.append((workstation, client, session_id, counter))
    ready.put(len(prepared))
    start, end = go.get()
    samples: list[list[tuple[float, float, str]]] = [[] for _ in prepared]

    def run(index: int) -> None:
        _, client, session_id, counter = prepared[index]
        mine = samples[index]
        errors = 0
        if mode == "ping":
            ping = client.diagnostics.Ping
            request: Any = diagnostics_service_pb2.PingRequest(payload="x")
        else:
            ping = client._stub(payment_service_pb2_grpc.PaymentServiceStub).Pay
        scheduled = start + (interval * index / len(prepared) if interval else 0.0)
        while True:
            wait = scheduled - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            began = time.monotonic()
            if began >= end:
                break
            scheduled = max(scheduled + interval, began) if interval else began
            if mode == "pay":
                request = payment_service_pb2.PayRequest(
                    request_id=str(uuid.uuid4()), content=counter.next_payment(session_id)
                )
            code = ""
            try:
                ping(request)
            except grpc.RpcError as error:
                code = error.code().name
                errors += 1
                if errors <= 3:
                    print(f"[counter {index}] {code}: {error.details()}", flush=True)
            mine.append((began, time.monotonic() - began, code))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(prepared))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results.put(
        {
            "samples": [s for chunk in samples for s in chunk],
            "cpu_seconds": time.process_time(),
        }
    )
    for workstation, *_ in prepared:
        workstation.close()
