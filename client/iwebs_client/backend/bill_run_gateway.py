"""BillRunService: billing batches (FAC-2) and bill runs (FAC-1, FAC-5, FAC-6, FAC-8):
create, follow the progress, review the simulation's items, finalize or cancel, the summary
(bordereau) and the not-billed alerts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import grpc

from iwebs.v1 import bill_run_service_pb2, bill_run_service_pb2_grpc
from iwebs_client.backend.gateway_base import DEFAULT_PAGE_SIZE, Gateway
from iwebs_client.backend.record_messages import date_message

svc = bill_run_service_pb2


class BillRunGateway(Gateway):
    def __init__(self, channel: grpc.Channel, **kwargs: float) -> None:
        super().__init__(channel, **kwargs)
        self._stub = bill_run_service_pb2_grpc.BillRunServiceStub(channel)  # type: ignore[no-untyped-call]

    # -- batches ------------------------------------------------------------------------------
    def list_batches(
        self,
        agency_id: str,
        include_inactive: bool = False,
        page_token: str = "",
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> tuple[list[svc.BillingBatch], str]:
        request = svc.ListBillingBatchesRequest(
            agency_id=agency_id,
            include_inactive=include_inactive,
            page_size=page_size,
            page_token=page_token,
        )
        response = self._invoke(
            self._stub.ListBillingBatches, request, svc.ListBillingBatchesResponse
        )
        return list(response.batches), response.next_page_token

    def get_batch(self, batch_id: str) -> svc.BillingBatch:
        request = svc.GetBillingBatchRequest(batch_id=batch_id)
        return self._invoke(self._stub.GetBillingBatch, request, svc.GetBillingBatchResponse).batch

    def create_batch(self, request_id: str, batch: svc.BillingBatch) -> svc.BillingBatch:
        request = svc.CreateBillingBatchRequest(request_id=request_id, batch=batch)
        return self._invoke(
            self._stub.CreateBillingBatch, request, svc.CreateBillingBatchResponse
        ).batch

    def update_batch(self, request_id: str, batch: svc.BillingBatch) -> svc.BillingBatch:
        request = svc.UpdateBillingBatchRequest(
            request_id=request_id, batch_id=batch.batch_id, version=batch.version, batch=batch
        )
        return self._invoke(
            self._stub.UpdateBillingBatch, request, svc.UpdateBillingBatchResponse
        ).batch

    def deactivate_batch(self, request_id: str, batch_id: str, version: int) -> svc.BillingBatch:
        request = svc.DeactivateBillingBatchRequest(
            request_id=request_id, batch_id=batch_id, version=version
        )
        return self._invoke(
            self._stub.DeactivateBillingBatch, request, svc.DeactivateBillingBatchResponse
        ).batch

    # -- runs ---------------------------------------------------------------------------------
    def create_run(
        self,
        request_id: str,
        batch_id: str,
        period_label: str,
        period_start: dt.date,
        period_end: dt.date,
        bill_date: dt.date | None,
    ) -> svc.BillRun:
        request = svc.CreateBillRunRequest(
            request_id=request_id,
            batch_id=batch_id,
            period_label=period_label,
            period_start=date_message(period_start),
            period_end=date_message(period_end),
            bill_date=date_message(bill_date),
        )
        return self._invoke(self._stub.CreateBillRun, request, svc.CreateBillRunResponse).run

    def list_runs(
        self,
        agency_id: str,
        batch_id: str = "",
        statuses: Sequence[int] = (),
        page_token: str = "",
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> tuple[list[svc.BillRun], str]:
        request = svc.ListBillRunsRequest(
            agency_id=agency_id,
            batch_id=batch_id,
            statuses=list(statuses),  # type: ignore[arg-type]
            page_size=page_size,
            page_token=page_token,
        )
        response = self._invoke(self._stub.ListBillRuns, request, svc.ListBillRunsResponse)
        return list(response.runs), response.next_page_token

    def get_run(self, run_id: str) -> svc.BillRun:
        request = svc.GetBillRunRequest(run_id=run_id)
        return self._invoke(self._stub.GetBillRun, request, svc.GetBillRunResponse).run

    def get_progress(self, run_id: str) -> svc.GetBillRunProgressResponse:
        request = svc.GetBillRunProgressRequest(run_id=run_id)
        return self._invoke(self._stub.GetBillRunProgress, request, svc.GetBillRunProgressResponse)

    # -- review -------------------------------------------------------------------------------
    def list_items(
        self,
        run_id: str,
        outcomes: Sequence[int] = (),
        control_code: str = "",
        cause: str = "",
        page_token: str = "",
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> svc.ListBillRunItemsResponse:
        request = svc.ListBillRunItemsRequest(
            run_id=run_id,
            outcomes=list(outcomes),  # type: ignore[arg-type]
            control_code=control_code,
            cause=cause,
            page_size=page_size,
            page_token=page_token,
        )
        return self._invoke(self._stub.ListBillRunItems, request, svc.ListBillRunItemsResponse)

    def explain_item(self, run_id: str, subscription_id: str) -> svc.ExplainBillRunItemResponse:
        request = svc.ExplainBillRunItemRequest(run_id=run_id, subscription_id=subscription_id)
        return self._invoke(self._stub.ExplainBillRunItem, request, svc.ExplainBillRunItemResponse)

    def release_item(
        self, request_id: str, run_id: str, subscription_id: str, note: str
    ) -> svc.BillRunItem:
        request = svc.ReleaseBillRunItemRequest(
            request_id=request_id, run_id=run_id, subscription_id=subscription_id, note=note
        )
        return self._invoke(
            self._stub.ReleaseBillRunItem, request, svc.ReleaseBillRunItemResponse
        ).item

    def exclude_item(
        self, request_id: str, run_id: str, subscription_id: str, note: str
    ) -> svc.BillRunItem:
        request = svc.ExcludeBillRunItemRequest(
            request_id=request_id, run_id=run_id, subscription_id=subscription_id, note=note
        )
        return self._invoke(
            self._stub.ExcludeBillRunItem, request, svc.ExcludeBillRunItemResponse
        ).item

    def recompute_item(self, request_id: str, run_id: str, subscription_id: str) -> svc.BillRunItem:
        request = svc.RecomputeBillRunItemRequest(
            request_id=request_id, run_id=run_id, subscription_id=subscription_id
        )
        return self._invoke(
            self._stub.RecomputeBillRunItem, request, svc.RecomputeBillRunItemResponse
        ).item

    def simulate_again(self, request_id: str, run_id: str, version: int) -> svc.BillRun:
        request = svc.SimulateBillRunAgainRequest(
            request_id=request_id, run_id=run_id, version=version
        )
        return self._invoke(
            self._stub.SimulateBillRunAgain, request, svc.SimulateBillRunAgainResponse
        ).run

    def finalize(self, request_id: str, run_id: str, version: int) -> svc.BillRun:
        request = svc.FinalizeBillRunRequest(request_id=request_id, run_id=run_id, version=version)
        return self._invoke(self._stub.FinalizeBillRun, request, svc.FinalizeBillRunResponse).run

    def cancel(self, request_id: str, run_id: str, version: int, reason: str) -> svc.BillRun:
        request = svc.CancelBillRunRequest(
            request_id=request_id, run_id=run_id, version=version, reason=reason
        )
        return self._invoke(self._stub.CancelBillRun, request, svc.CancelBillRunResponse).run

    # -- summary and alerts -------------------------------------------------------------------
    def get_summary(self, run_id: str) -> svc.GetBillRunSummaryResponse:
        request = svc.GetBillRunSummaryRequest(run_id=run_id)
        return self._invoke(self._stub.GetBillRunSummary, request, svc.GetBillRunSummaryResponse)

    def list_not_billed_alerts(
        self,
        agency_id: str,
        min_consecutive_runs: int = 0,
        page_token: str = "",
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> tuple[list[svc.NotBilledAlert], str]:
        request = svc.ListNotBilledAlertsRequest(
            agency_id=agency_id,
            min_consecutive_runs=min_consecutive_runs,
            page_size=page_size,
            page_token=page_token,
        )
        response = self._invoke(
            self._stub.ListNotBilledAlerts, request, svc.ListNotBilledAlertsResponse
        )
        return list(response.alerts), response.next_page_token
