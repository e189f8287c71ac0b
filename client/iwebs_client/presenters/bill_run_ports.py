"""What the billing screens need of BillRunService (issue 5: FAC-1, FAC-2, FAC-5, FAC-6,
FAC-8). `backend/bill_run_gateway.BillRunGateway` fits this protocol;
`service_ports.ClientServices` exposes it as `bill_runs`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from iwebs.v1 import bill_run_service_pb2 as brs

BillingBatch = brs.BillingBatch
BillRun = brs.BillRun
BillRunItem = brs.BillRunItem
BillRunProgress = brs.GetBillRunProgressResponse
BillRunExplanation = brs.ExplainBillRunItemResponse
BillRunItemPage = brs.ListBillRunItemsResponse
BillRunSummary = brs.GetBillRunSummaryResponse
NotBilledAlert = brs.NotBilledAlert


class BillRunPort(Protocol):
    def list_batches(
        self,
        agency_id: str,
        include_inactive: bool = False,
        page_token: str = "",
        page_size: int = ...,
    ) -> tuple[list[BillingBatch], str]: ...
    def get_batch(self, batch_id: str) -> BillingBatch: ...
    def create_batch(self, request_id: str, batch: BillingBatch) -> BillingBatch: ...
    def update_batch(self, request_id: str, batch: BillingBatch) -> BillingBatch: ...
    def deactivate_batch(self, request_id: str, batch_id: str, version: int) -> BillingBatch: ...
    def create_run(
        self,
        request_id: str,
        batch_id: str,
        period_label: str,
        period_start: dt.date,
        period_end: dt.date,
        bill_date: dt.date | None,
    ) -> BillRun: ...
    def list_runs(
        self,
        agency_id: str,
        batch_id: str = "",
        statuses: Sequence[int] = (),
        page_token: str = "",
        page_size: int = ...,
    ) -> tuple[list[BillRun], str]: ...
    def get_run(self, run_id: str) -> BillRun: ...
    def get_progress(self, run_id: str) -> BillRunProgress: ...
    def list_items(
        self,
        run_id: str,
        outcomes: Sequence[int] = (),
        control_code: str = "",
        cause: str = "",
        page_token: str = "",
        page_size: int = ...,
    ) -> BillRunItemPage: ...
    def explain_item(self, run_id: str, subscription_id: str) -> BillRunExplanation: ...
    def release_item(
        self, request_id: str, run_id: str, subscription_id: str, note: str
    ) -> BillRunItem: ...
    def exclude_item(
        self, request_id: str, run_id: str, subscription_id: str, note: str
    ) -> BillRunItem: ...
    def recompute_item(self, request_id: str, run_id: str, subscription_id: str) -> BillRunItem: ...
    def simulate_again(self, request_id: str, run_id: str, version: int) -> BillRun: ...
    def finalize(self, request_id: str, run_id: str, version: int) -> BillRun: ...
    def cancel(self, request_id: str, run_id: str, version: int, reason: str) -> BillRun: ...
    def get_summary(self, run_id: str) -> BillRunSummary: ...
    def list_not_billed_alerts(
        self,
        agency_id: str,
        min_consecutive_runs: int = 0,
        page_token: str = "",
        page_size: int = ...,
    ) -> tuple[list[NotBilledAlert], str]: ...
