"""In-memory stand-ins for the billing PORTS (presenters/bill_run_ports.py, bill_ports.py):
batches, a run whose simulation advances one chunk per progress poll, its items by outcome
(release / exclude / recompute change them as the server would), the summary, the alerts;
an account with bills, one bill explained line by line and its printed document. A call can
be held (to test that polls never overlap) or made to fail once. The live-server tests
(test_bill_screens_live.py, test_billing_day.py) check the real thing."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Sequence
from typing import Any

from google.protobuf.timestamp_pb2 import Timestamp

from iwebs.v1 import bill_run_service_pb2 as brs
from iwebs.v1 import bill_service_pb2 as bs
from iwebs.v1 import common_pb2, customer_pb2, reference_data_service_pb2, session_pb2
from iwebs_client.backend.client_types import BackendError
from tests.client.cash_supervision_fakes import DKR, THS, FakeAgencies

ACCOUNT_ID = "acc-1"
ACCOUNT_NUMBER = "1000000426"


def billing_session(
    rights: Sequence[str] = ("billing.read", "billing.run", "billing.tariffs"),
) -> Any:
    return session_pb2.SessionInfo(
        login="facturation",
        rights=list(rights),
        agency_ids=[DKR, THS],
        workstation_agency_id=DKR,
        workstation_agency_name="Dakar Plateau",
    )


def xof(amount: int) -> common_pb2.Money:
    return common_pb2.Money(currency_code="XOF", amount_minor=amount)


def day(value: dt.date) -> common_pb2.Date:
    return common_pb2.Date(year=value.year, month=value.month, day=value.day)


def at(hour: int, minute: int) -> Timestamp:
    moment = dt.datetime(2026, 11, 30, hour, minute, tzinfo=dt.UTC)
    return Timestamp(seconds=int(moment.timestamp()))


def item(
    number: int,
    outcome: int,
    amount: int = 0,
    controls: Sequence[str] = (),
    cause: str = "",
) -> brs.BillRunItem:
    return brs.BillRunItem(
        run_id="run-1",
        subscription_id=f"sub-{number}",
        subscription_number=f"ABN-{number:06d}",
        account_id=f"acc-{number}",
        account_number=f"10000004{number:02d}",
        customer_name=f"Client {number}",
        tariff_category_code="DPP",
        outcome=outcome,  # type: ignore[arg-type]
        cause=cause,
        control_codes=list(controls),
        has_consumption=not cause,
        consumption=280 if not cause else 0,
        amount=xof(amount),
    )


def _copy(run: brs.BillRun) -> brs.BillRun:
    answer = brs.BillRun()
    answer.CopyFrom(run)
    return answer


class FakeBillRuns:
    """BillRunService: one batch, one run of 4 items (2 ready, 1 held, 1 not billed)."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.fail_next: BackendError | None = None
        self.hold: threading.Event | None = None
        #: set: get_run reads the run, then waits (an answer overtaken by a command's)
        self.hold_run_read: threading.Event | None = None
        self.progress_calls = 0
        self.chunks_total = 3
        self.batches = [
            brs.BillingBatch(
                batch_id="batch-1",
                agency_id=DKR,
                code="DKR-MENS",
                name="Dakar mensuel",
                service="electricity",
                billing_periodicity="monthly",
                tariff_category_codes=["DPP"],
                active=True,
                version=1,
            )
        ]
        self.items = [
            item(1, brs.BILL_RUN_ITEM_OUTCOME_READY, 47_336),
            item(2, brs.BILL_RUN_ITEM_OUTCOME_READY, 12_300),
            item(3, brs.BILL_RUN_ITEM_OUTCOME_HELD, 250_000, ["HIGH_VS_AVERAGE"]),
            item(4, brs.BILL_RUN_ITEM_OUTCOME_NOT_BILLED, cause="NO_READING"),
        ]
        self.runs: list[brs.BillRun] = []

    def _maybe_fail(self) -> None:
        if self.fail_next is not None:
            error, self.fail_next = self.fail_next, None
            raise error

    def _counts(self) -> brs.BillRunCounts:
        counts = brs.BillRunCounts()
        names = {1: "ready", 2: "held", 3: "released", 4: "excluded", 5: "not_billed", 6: "billed"}
        amount = 0
        for it in self.items:
            name = names[it.outcome]
            setattr(counts, name, getattr(counts, name) + 1)
            if it.outcome in (1, 3, 6):
                amount += it.amount.amount_minor
        counts.amount.CopyFrom(xof(amount))
        return counts

    def run(self) -> brs.BillRun:
        return self.runs[0]

    def _refresh(self) -> None:
        self.runs[0].counts.CopyFrom(self._counts())
        self.runs[0].version += 1

    # -- batches ------------------------------------------------------------------------------
    def list_batches(
        self,
        agency_id: str,
        include_inactive: bool = False,
        page_token: str = "",
        page_size: int = 100,
    ) -> tuple[list[brs.BillingBatch], str]:
        self.calls.append(("list_batches", agency_id))
        self._maybe_fail()
        return [b for b in self.batches if b.agency_id == agency_id], ""

    def get_batch(self, batch_id: str) -> brs.BillingBatch:
        return next(b for b in self.batches if b.batch_id == batch_id)

    def create_batch(self, request_id: str, batch: brs.BillingBatch) -> brs.BillingBatch:
        self.calls.append(("create_batch", request_id, batch.code))
        self._maybe_fail()
        created = brs.BillingBatch()
        created.CopyFrom(batch)
        created.batch_id, created.version, created.active = (
            f"batch-{len(self.batches) + 1}",
            1,
            True,
        )
        self.batches.append(created)
        return created

    def update_batch(self, request_id: str, batch: brs.BillingBatch) -> brs.BillingBatch:
        self.calls.append(("update_batch", request_id, batch.batch_id, batch.version))
        self._maybe_fail()
        for known in self.batches:
            if known.batch_id == batch.batch_id:
                known.CopyFrom(batch)
                known.version += 1
                return known
        raise BackendError(code="NOT_FOUND", reason="NOT_FOUND", message="")

    def deactivate_batch(self, request_id: str, batch_id: str, version: int) -> brs.BillingBatch:
        self.calls.append(("deactivate_batch", request_id, batch_id, version))
        batch = self.get_batch(batch_id)
        batch.active = False
        return batch

    # -- runs ---------------------------------------------------------------------------------
    def create_run(
        self,
        request_id: str,
        batch_id: str,
        period_label: str,
        period_start: dt.date,
        period_end: dt.date,
        bill_date: dt.date | None,
    ) -> brs.BillRun:
        self.calls.append(
            ("create_run", request_id, batch_id, period_label, period_start, period_end, bill_date)
        )
        self._maybe_fail()
        run = brs.BillRun(
            run_id="run-1",
            run_number="FR-DKR-2026-0001",
            kind=brs.BILL_RUN_KIND_MASS,
            batch_id=batch_id,
            batch_code=self.get_batch(batch_id).code,
            agency_id=DKR,
            period_label=period_label,
            period_start=day(period_start),
            period_end=day(period_end),
            bill_date=day(bill_date or dt.date(2026, 12, 1)),
            due_date=day((bill_date or dt.date(2026, 12, 1)) + dt.timedelta(days=15)),
            currency_code="XOF",
            status=brs.BILL_RUN_STATUS_SIMULATING,
            total_items=len(self.items),
            created_by_login="facturation",
            created_at=at(9, 0),
            version=1,
            progress=brs.BillRunProgress(
                phase=brs.BILL_RUN_PHASE_SIMULATE,
                chunks_total=self.chunks_total,
                items_total=len(self.items),
            ),
        )
        self.runs.insert(0, run)
        return self.get_run(run.run_id)  # a copy, as from the wire

    def list_runs(
        self,
        agency_id: str,
        batch_id: str = "",
        statuses: Sequence[int] = (),
        page_token: str = "",
        page_size: int = 100,
    ) -> tuple[list[brs.BillRun], str]:
        self.calls.append(("list_runs", agency_id))
        return [_copy(r) for r in self.runs if r.agency_id == agency_id], ""

    def get_run(self, run_id: str) -> brs.BillRun:
        self.calls.append(("get_run", run_id))
        answer = _copy(self.run())
        if self.hold_run_read is not None:
            self.hold_run_read.wait(10)
        return answer

    def get_progress(self, run_id: str) -> brs.GetBillRunProgressResponse:
        """Each poll finishes one more chunk; the last one ends the phase."""
        self.calls.append(("get_progress", run_id))
        self.progress_calls += 1
        if self.hold is not None:
            self.hold.wait(10)
        self._maybe_fail()
        run = self.run()
        progress = run.progress
        if not progress.done:
            progress.chunks_done = min(progress.chunks_done + 1, progress.chunks_total)
            progress.items_done = min(
                progress.items_total,
                progress.items_total * progress.chunks_done // max(progress.chunks_total, 1),
            )
            progress.rate_per_second = 1850.4
            progress.eta_seconds = 15 * (progress.chunks_total - progress.chunks_done)
            if progress.chunks_done == progress.chunks_total:
                progress.done = True
                progress.eta_seconds = 0
                if run.status == brs.BILL_RUN_STATUS_SIMULATING:
                    run.status = brs.BILL_RUN_STATUS_SIMULATED
                elif run.status == brs.BILL_RUN_STATUS_FINALIZING:
                    run.status = brs.BILL_RUN_STATUS_FINALIZED
                    for it in self.items:
                        if it.outcome in (1, 3):
                            it.outcome = brs.BILL_RUN_ITEM_OUTCOME_BILLED
                            it.bill_number = f"FAC-DKR-2026-{it.subscription_number[-4:]}"
                self._refresh()
        answer = brs.GetBillRunProgressResponse(
            run_id=run_id, status=run.status, version=run.version
        )
        answer.progress.CopyFrom(progress)
        return answer

    # -- review -------------------------------------------------------------------------------
    def list_items(
        self,
        run_id: str,
        outcomes: Sequence[int] = (),
        control_code: str = "",
        cause: str = "",
        page_token: str = "",
        page_size: int = 100,
    ) -> brs.ListBillRunItemsResponse:
        self.calls.append(("list_items", run_id, tuple(outcomes), page_token))
        self._maybe_fail()
        found = [i for i in self.items if not outcomes or i.outcome in outcomes]
        start = int(page_token or 0)
        page = found[start : start + page_size]
        token = str(start + page_size) if start + page_size < len(found) else ""
        return brs.ListBillRunItemsResponse(
            items=page, next_page_token=token, total_count=len(found)
        )

    def _item(self, subscription_id: str) -> brs.BillRunItem:
        return next(i for i in self.items if i.subscription_id == subscription_id)

    def explain_item(self, run_id: str, subscription_id: str) -> brs.ExplainBillRunItemResponse:
        self.calls.append(("explain_item", run_id, subscription_id))
        it = self._item(subscription_id)
        lines = [
            brs.BillRunLine(
                line_no=1,
                code="ENERGY.1",
                kind="energy",
                label="Énergie tranche 1",
                quantity="150",
                unit="kWh",
                unit_price="82.00",
                amount=xof(12_300),
                tariff_version_id="tv-0001-dpp",
                has_block_no=True,
                block_no=1,
                rule="bloc 1 : 0-150 kWh x 61/60 jours",
                ledger_account="REVENUE:ELECTRICITY:ENERGY",
            ),
            brs.BillRunLine(
                line_no=2,
                code="VAT",
                kind="tax",
                label="TVA 18 %",
                quantity="18",
                unit="%",
                unit_price="4781",
                amount=xof(861),
                tariff_version_id="tv-0001-dpp",
                rule="18 % de la tranche 3",
                ledger_account="TAX:VAT",
            ),
        ]
        findings = [
            brs.BillRunControlFinding(code=c, message="Montant très supérieur à la moyenne")
            for c in it.control_codes
        ]
        return brs.ExplainBillRunItemResponse(
            item=it,
            period_start=day(dt.date(2026, 10, 1)),
            period_end=day(dt.date(2026, 11, 30)),
            has_index_from=True,
            index_from=12_450,
            has_index_to=True,
            index_to=12_730,
            consumption=280,
            lines=lines,
            total=xof(13_161),
            findings=findings,
        )

    def release_item(
        self, request_id: str, run_id: str, subscription_id: str, note: str
    ) -> brs.BillRunItem:
        self.calls.append(("release_item", request_id, subscription_id, note))
        self._maybe_fail()
        it = self._item(subscription_id)
        if it.outcome != brs.BILL_RUN_ITEM_OUTCOME_HELD:
            raise BackendError(code="FAILED_PRECONDITION", reason="BILL_RUN_STATE", message="")
        it.outcome, it.note = brs.BILL_RUN_ITEM_OUTCOME_RELEASED, note
        self._refresh()
        return it

    def exclude_item(
        self, request_id: str, run_id: str, subscription_id: str, note: str
    ) -> brs.BillRunItem:
        self.calls.append(("exclude_item", request_id, subscription_id, note))
        it = self._item(subscription_id)
        it.outcome, it.note = brs.BILL_RUN_ITEM_OUTCOME_EXCLUDED, note
        self._refresh()
        return it

    def recompute_item(self, request_id: str, run_id: str, subscription_id: str) -> brs.BillRunItem:
        self.calls.append(("recompute_item", request_id, subscription_id))
        it = self._item(subscription_id)
        it.outcome, it.cause, it.has_consumption = brs.BILL_RUN_ITEM_OUTCOME_READY, "", True
        it.consumption, it.amount.amount_minor = 120, 9_840
        self._refresh()
        return it

    def _phase(self, status: int, phase: int) -> brs.BillRun:
        run = self.run()
        run.status = status  # type: ignore[assignment]
        run.progress.CopyFrom(
            brs.BillRunProgress(
                phase=phase, chunks_total=self.chunks_total, items_total=len(self.items)
            )  # type: ignore[arg-type]
        )
        run.version += 1
        return self.get_run(run.run_id)

    def simulate_again(self, request_id: str, run_id: str, version: int) -> brs.BillRun:
        self.calls.append(("simulate_again", request_id, version))
        return self._phase(brs.BILL_RUN_STATUS_SIMULATING, brs.BILL_RUN_PHASE_SIMULATE)

    def finalize(self, request_id: str, run_id: str, version: int) -> brs.BillRun:
        self.calls.append(("finalize", request_id, version))
        self._maybe_fail()
        if version != self.run().version:
            raise BackendError(code="ABORTED", reason="VERSION_CONFLICT", message="")
        return self._phase(brs.BILL_RUN_STATUS_FINALIZING, brs.BILL_RUN_PHASE_FINALIZE)

    def cancel(self, request_id: str, run_id: str, version: int, reason: str) -> brs.BillRun:
        self.calls.append(("cancel", request_id, version, reason))
        run = self.run()
        run.status = brs.BILL_RUN_STATUS_CANCELLED
        run.version += 1
        return _copy(run)

    # -- summary and alerts -------------------------------------------------------------------
    def get_summary(self, run_id: str) -> brs.GetBillRunSummaryResponse:
        self.calls.append(("get_summary", run_id))
        run = self.get_run(run_id)
        finalized = run.status == brs.BILL_RUN_STATUS_FINALIZED
        return brs.GetBillRunSummaryResponse(
            run=run,
            finalized=finalized,
            bill_count=2,
            total=xof(59_636),
            by_category=[
                brs.BillRunSummaryByCategory(
                    tariff_category_code="DPP", bill_count=2, amount=xof(59_636)
                )
            ],
            by_line=[
                brs.BillRunSummaryByLine(
                    code="ENERGY.1",
                    ledger_account="REVENUE:ELECTRICITY:ENERGY",
                    line_count=2,
                    amount=xof(24_600),
                )
            ],
            by_ledger_account=[
                brs.BillRunSummaryByAccount(ledger_account="TAX:VAT", amount=xof(1_722))
            ],
            first_bill_number="FAC-DKR-2026-0000001" if finalized else "",
            last_bill_number="FAC-DKR-2026-0000002" if finalized else "",
            not_billed=[brs.BillRunSummaryNotBilled(cause="NO_READING", count=1)],
            held_count=1,
            excluded_count=0,
        )

    def list_not_billed_alerts(
        self,
        agency_id: str,
        min_consecutive_runs: int = 0,
        page_token: str = "",
        page_size: int = 100,
    ) -> tuple[list[brs.NotBilledAlert], str]:
        self.calls.append(("alerts", agency_id))
        return [
            brs.NotBilledAlert(
                subscription_id="sub-4",
                subscription_number="ABN-000004",
                account_number="1000000404",
                customer_name="Client 4",
                consecutive_runs=3,
                last_cause="NO_READING",
                last_run_number="FR-DKR-2026-0001",
            )
        ], ""


def bill_line(
    no: int,
    label: str,
    quantity: str,
    unit: str,
    price: str,
    amount: int,
    kind: str = "energy",
    block: int = 0,
) -> bs.BillLine:
    return bs.BillLine(
        line_no=no,
        code=f"L{no}",
        kind=kind,
        label=label,
        quantity=quantity,
        unit=unit,
        unit_price=price,
        amount=xof(amount),
        tariff_version_id="tv-0001",
        tariff_version_number=3,
        tariff_code="DPP",
        tariff_name="Domestique petite puissance",
        tariff_valid_from=day(dt.date(2026, 7, 1)),
        block_no=block,
        rule=f"bloc {block}" if block else "",
        ledger_account="REVENUE:ELECTRICITY:ENERGY",
    )


def summary(
    bill_id: str, number: str, amount: int, open_amount: int, **extra: Any
) -> bs.BillSummary:
    return bs.BillSummary(
        bill_id=bill_id,
        bill_number=number,
        kind=extra.pop("kind", bs.BILL_KIND_INVOICE),
        origin="billing",
        account_id=ACCOUNT_ID,
        account_number=ACCOUNT_NUMBER,
        subscription_id="sub-1",
        subscription_number="ABN-000001",
        service="electricity",
        period_label="2026-11",
        period_start=day(dt.date(2026, 10, 1)),
        period_end=day(dt.date(2026, 11, 30)),
        issue_date=day(dt.date(2026, 12, 1)),
        due_date=day(dt.date(2026, 12, 16)),
        amount=xof(amount),
        open_amount=xof(open_amount),
        consumption=280,
        agency_id=DKR,
        **extra,
    )


class FakeBills:
    """BillService: an account with two bills (one paid, one open) and a credit note."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.fail_next: BackendError | None = None
        self.bills = [
            summary("bill-2", "FAC-DKR-2026-0000042", 47_336, 47_336),
            summary("bill-1", "FAC-DKR-2026-0000007", 30_000, 0),
        ]

    def get_account_balance(self, account_id: str) -> bs.GetAccountBalanceResponse:
        self.calls.append(("balance", account_id))
        if self.fail_next is not None:
            error, self.fail_next = self.fail_next, None
            raise error
        position = bs.AccountPosition(
            account_id=account_id,
            account_number=ACCOUNT_NUMBER,
            customer_name="Aïssatou Ndiaye",
            agency_id=DKR,
            balance=xof(47_336),
            open_bills=xof(47_336),
            overdue=xof(0),
            credit_notes_left=xof(0),
            advance=xof(0),
            deposit_held=xof(25_000),
            open_bill_count=1,
        )
        return bs.GetAccountBalanceResponse(balance=position, open_items=[self.bills[0]])

    def get_account_statement(
        self,
        account_id: str,
        from_date: Any = None,
        to_date: Any = None,
        page_token: str = "",
        page_size: int = 100,
    ) -> bs.GetAccountStatementResponse:
        self.calls.append(("statement", account_id))
        return bs.GetAccountStatementResponse(
            account_id=account_id,
            opening_balance=xof(0),
            closing_balance=xof(47_336),
            lines=[
                bs.StatementLine(
                    date=day(dt.date(2026, 12, 1)),
                    kind=bs.STATEMENT_LINE_KIND_BILL,
                    reference="FAC-DKR-2026-0000042",
                    description="Facture 2026-11",
                    amount=xof(47_336),
                    running_balance=xof(47_336),
                )
            ],
        )

    def list_bills(
        self,
        account_id: str = "",
        subscription_id: str = "",
        open_only: bool = False,
        page_token: str = "",
        page_size: int = 100,
    ) -> tuple[list[bs.BillSummary], str]:
        self.calls.append(("list_bills", account_id))
        return list(self.bills), ""

    def get_bill(self, bill_id: str) -> bs.Bill:
        self.calls.append(("get_bill", bill_id))
        found = next(b for b in self.bills if b.bill_id == bill_id)
        lines = [
            bill_line(1, "Énergie tranche 1", "150", "kWh", "82.00", 12_300, block=1),
            bill_line(2, "Énergie tranche 2", "100", "kWh", "136.49", 13_649, block=2),
            bill_line(3, "TVA 18 %", "18", "%", "4781", 861, kind="tax"),
        ]
        return bs.Bill(
            summary=found,
            lines=lines,
            total=found.amount,
            reading=bs.BillReading(
                reading_id="r-1",
                reading_date=day(dt.date(2026, 11, 30)),
                previous_date=day(dt.date(2026, 9, 30)),
                has_index=True,
                index_from=12_450,
                index_to=12_730,
                consumption=280,
                meter_serial="SN-4455667",
                unit="kWh",
            ),
            payments=[
                bs.BillPayment(
                    receipt_id="rc-1",
                    receipt_number="DKR-2026-0000003",
                    paid_at=at(10, 0),
                    amount=xof(10_000),
                )
            ],
            matches=[
                bs.BillMatch(
                    match_id="m-1",
                    source_kind=bs.MATCH_SOURCE_KIND_ADVANCE,
                    bill_id=bill_id,
                    bill_number=found.bill_number,
                    amount=xof(5_000),
                    matched_at=at(9, 0),
                )
            ],
        )

    def get_bill_document(self, bill_id: str) -> bs.BillDocument:
        self.calls.append(("document", bill_id))
        return bill_document()

    def bill_subscription(
        self,
        request_id: str,
        subscription_id: str,
        period_start: dt.date,
        period_end: dt.date,
        period_label: str = "",
        preview: bool = False,
    ) -> bs.IndividualBillResult:
        self.calls.append(
            ("bill_subscription", request_id, subscription_id, period_start, period_end, preview)
        )
        if self.fail_next is not None:
            error, self.fail_next = self.fail_next, None
            raise error
        bill = self.get_bill("bill-2")
        if preview:
            bill.summary.bill_number = ""
        return bs.IndividualBillResult(bill=bill, preview=preview, controls=["HIGH_VS_AVERAGE"])

    def issue_final_bill(
        self,
        request_id: str,
        subscription_id: str,
        period_end: dt.date | None = None,
        preview: bool = False,
    ) -> bs.IssueFinalBillResponse:
        self.calls.append(("final", request_id, subscription_id, period_end, preview))
        result = self.bill_subscription(
            request_id,
            subscription_id,
            dt.date(2026, 11, 1),
            period_end or dt.date(2026, 11, 30),
            "",
            preview,
        )
        self.calls.pop()
        return bs.IssueFinalBillResponse(
            result=result, deposit_matched=xof(25_000), deposit_released=xof(0)
        )

    def request_correction(self, request_id: str, bill_id: str, reason: str) -> str:
        self.calls.append(("correction", request_id, bill_id, reason))
        return "approval-1"


def bill_document() -> bs.BillDocument:
    lines = [
        bs.BillDocumentLine(
            label="Énergie tranche 1",
            block_no=1,
            quantity="150",
            unit="kWh",
            unit_price="82.00",
            amount=xof(12_300),
            kind="energy",
        ),
        bs.BillDocumentLine(
            label="Énergie tranche 2",
            block_no=2,
            quantity="100",
            unit="kWh",
            unit_price="136.49",
            amount=xof(13_649),
            kind="energy",
        ),
        bs.BillDocumentLine(
            label="Prime fixe",
            quantity="1",
            unit="mois",
            unit_price="1500",
            amount=xof(1_500),
            kind="fixed",
        ),
        bs.BillDocumentLine(
            label="TVA 18 %",
            quantity="18",
            unit="%",
            unit_price="4781",
            amount=xof(861),
            kind="tax",
        ),
    ]
    history = [
        bs.ConsumptionPoint(
            period_label=f"2026-{m:02d}",
            period_end=day(dt.date(2026, m, 28)),
            consumption=c,
            estimated=m == 5,
        )
        for m, c in ((3, 210), (5, 260), (7, 300), (9, 250), (11, 280))
    ]
    return bs.BillDocument(
        bill_id="bill-2",
        bill_number="FAC-DKR-2026-0000042",
        kind=bs.BILL_KIND_INVOICE,
        title="FACTURE",
        agency_code="DKR",
        agency_name="Dakar Plateau",
        header="SENELEC\nAgence de Dakar Plateau\nTél. 33 839 30 30",
        customer_name="Aïssatou Ndiaye",
        billing_address="Villa 12, Cité Keur Gorgui\nDakar",
        account_number=ACCOUNT_NUMBER,
        account_check_digit="6",
        subscription_number="ABN-000001",
        tariff_category_code="DPP",
        tariff_category_label="Domestique petite puissance",
        subscribed_power_va=6000,
        premise_address="Villa 12, Cité Keur Gorgui, Dakar",
        service="electricity",
        period_label="2026-11",
        period_start=day(dt.date(2026, 10, 1)),
        period_end=day(dt.date(2026, 11, 30)),
        period_days=61,
        issue_date=day(dt.date(2026, 12, 1)),
        due_date=day(dt.date(2026, 12, 16)),
        reading=bs.BillReading(
            reading_date=day(dt.date(2026, 11, 30)),
            previous_date=day(dt.date(2026, 9, 30)),
            has_index=True,
            index_from=12_450,
            index_to=12_730,
            consumption=280,
            meter_serial="SN-4455667",
            unit="kWh",
        ),
        lines=lines,
        total=xof(28_310),
        balance_carried=xof(12_777),
        total_to_pay=xof(41_087),
        settled_by_credits=xof(0),
        consumption_history=history,
        currency_code="XOF",
        notices=["Relevé réel du 30/11/2026"],
        footer="Merci de votre confiance",
    )


class FakeCustomers:
    def get_account(self, account_id: str = "", account_number: str = "") -> Any:
        account = customer_pb2.CustomerAccount(
            account_id=ACCOUNT_ID,
            account_number=ACCOUNT_NUMBER,
            customer_id="cust-1",
            agency_id=DKR,
        )
        if account_number and account_number != ACCOUNT_NUMBER:
            raise BackendError(code="NOT_FOUND", reason="NOT_FOUND", message="")
        return account, customer_pb2.AccountBalance()

    def get_overview(self, customer_id: str) -> Any:
        return customer_pb2.CustomerOverview(
            subscriptions=[
                customer_pb2.Subscription(
                    subscription_id="sub-1",
                    subscription_number="ABN-000001",
                    account_id=ACCOUNT_ID,
                    service=customer_pb2.SERVICE_KIND_ELECTRICITY,
                    tariff_category_code="DPP",
                ),
                customer_pb2.Subscription(subscription_id="sub-9", account_id="other"),
            ]
        )


class FakeBillingReference:
    def list_items(self, table_code: str, include_inactive: bool = False) -> list[Any]:
        assert table_code == "tariff_category"
        item = reference_data_service_pb2.ReferenceItem
        return [
            item(code="DPP", label_fr="Domestique petite puissance", active=True),
            item(code="PPP", label_fr="Professionnel petite puissance", active=True),
        ]

    def list_rounds(self, agency_id: str, include_inactive: bool = True) -> list[Any]:
        return [customer_pb2.Round(round_id="round-1", code="T01", name="Plateau nord")]


class FakeBillingServices:
    def __init__(self) -> None:
        self.bill_runs = FakeBillRuns()
        self.bills = FakeBills()
        self.customers = FakeCustomers()
        self.agencies = FakeAgencies()
        self.reference_data = FakeBillingReference()
