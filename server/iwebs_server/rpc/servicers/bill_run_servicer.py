"""iwebs.v1.BillRunService: billing batches (FAC-2) and bill runs (FAC-1, FAC-5, FAC-6,
FAC-8): simulation, review, finalization by the chunk workers, summary, not-billed alerts.
Rights: billing.read (reads), billing.tariffs (batches), billing.run (runs)."""

from __future__ import annotations

import grpc

from iwebs.v1 import bill_run_service_pb2 as pb
from iwebs.v1 import bill_run_service_pb2_grpc as pb_grpc
from iwebs_server.application.bill_runs import BillRunService
from iwebs_server.application.billing_batches import BillingBatchService
from iwebs_server.rpc.call_state import principal
from iwebs_server.rpc.converters import bill_run_converters as convert
from iwebs_server.rpc.converters.customer_base import to_date


class BillRunServicer(pb_grpc.BillRunServiceServicer):
    def __init__(self, batches: BillingBatchService, runs: BillRunService) -> None:
        self._batches = batches
        self._runs = runs

    # -- batches ----------------------------------------------------------------------------
    def ListBillingBatches(
        self, request: pb.ListBillingBatchesRequest, context: grpc.ServicerContext
    ) -> pb.ListBillingBatchesResponse:
        page = self._batches.list_batches(
            principal(),
            request.agency_id.strip(),
            request.include_inactive,
            request.page_size,
            request.page_token,
        )
        return pb.ListBillingBatchesResponse(
            batches=[convert.batch_pb(b) for b in page.items],
            next_page_token=page.next_page_token,
        )

    def GetBillingBatch(
        self, request: pb.GetBillingBatchRequest, context: grpc.ServicerContext
    ) -> pb.GetBillingBatchResponse:
        view = self._batches.get_batch(principal(), request.batch_id.strip())
        return pb.GetBillingBatchResponse(batch=convert.batch_pb(view))

    def CreateBillingBatch(
        self, request: pb.CreateBillingBatchRequest, context: grpc.ServicerContext
    ) -> pb.CreateBillingBatchResponse:
        view = self._batches.create(
            principal(),
            request.request_id,
            agency_id=request.batch.agency_id.strip(),
            code=request.batch.code,
            data=convert.batch_in(request.batch),
        )
        return pb.CreateBillingBatchResponse(batch=convert.batch_pb(view))

    def UpdateBillingBatch(
        self, request: pb.UpdateBillingBatchRequest, context: grpc.ServicerContext
    ) -> pb.UpdateBillingBatchResponse:
        view = self._batches.update(
            principal(),
            request.request_id,
            batch_id=request.batch_id.strip(),
            version=request.version,
            data=convert.batch_in(request.batch),
        )
        return pb.UpdateBillingBatchResponse(batch=convert.batch_pb(view))

    def DeactivateBillingBatch(
        self, request: pb.DeactivateBillingBatchRequest, context: grpc.ServicerContext
    ) -> pb.DeactivateBillingBatchResponse:
        view = self._batches.deactivate(
            principal(),
            request.request_id,
            batch_id=request.batch_id.strip(),
            version=request.version,
        )
        return pb.DeactivateBillingBatchResponse(batch=convert.batch_pb(view))

    # -- runs -------------------------------------------------------------------------------
    def CreateBillRun(
        self, request: pb.CreateBillRunRequest, context: grpc.ServicerContext
    ) -> pb.CreateBillRunResponse:
        view = self._runs.create_run(
            principal(),
            request.request_id,
            batch_id=request.batch_id.strip(),
            period_label=request.period_label,
            period_start=to_date(
                request.period_start, request.HasField("period_start"), "period_start"
            ),
            period_end=to_date(request.period_end, request.HasField("period_end"), "period_end"),
            bill_date=to_date(request.bill_date, request.HasField("bill_date"), "bill_date"),
        )
        return pb.CreateBillRunResponse(run=convert.run_pb(view))

    def ListBillRuns(
        self, request: pb.ListBillRunsRequest, context: grpc.ServicerContext
    ) -> pb.ListBillRunsResponse:
        page = self._runs.list_runs(
            principal(),
            request.agency_id.strip(),
            request.batch_id.strip(),
            convert.statuses_in(request.statuses),
            request.page_size,
            request.page_token,
        )
        return pb.ListBillRunsResponse(
            runs=[convert.run_pb(r) for r in page.items], next_page_token=page.next_page_token
        )

    def GetBillRun(
        self, request: pb.GetBillRunRequest, context: grpc.ServicerContext
    ) -> pb.GetBillRunResponse:
        return pb.GetBillRunResponse(
            run=convert.run_pb(self._runs.get_run(principal(), request.run_id.strip()))
        )

    def GetBillRunProgress(
        self, request: pb.GetBillRunProgressRequest, context: grpc.ServicerContext
    ) -> pb.GetBillRunProgressResponse:
        run, progress = self._runs.get_progress(principal(), request.run_id.strip())
        return pb.GetBillRunProgressResponse(
            run_id=run.run_id,
            status=convert.STATUSES.get(run.status, pb.BILL_RUN_STATUS_UNSPECIFIED),
            progress=convert.progress_pb(progress),
            version=run.version,
        )

    # -- review -----------------------------------------------------------------------------
    def ListBillRunItems(
        self, request: pb.ListBillRunItemsRequest, context: grpc.ServicerContext
    ) -> pb.ListBillRunItemsResponse:
        page, total = self._runs.list_items(
            principal(),
            request.run_id.strip(),
            outcomes=convert.outcomes_in(request.outcomes),
            control_code=request.control_code,
            cause=request.cause,
            size=request.page_size,
            token=request.page_token,
        )
        return pb.ListBillRunItemsResponse(
            items=[convert.item_pb(i) for i in page.items],
            next_page_token=page.next_page_token,
            total_count=total,
        )

    def ExplainBillRunItem(
        self, request: pb.ExplainBillRunItemRequest, context: grpc.ServicerContext
    ) -> pb.ExplainBillRunItemResponse:
        view = self._runs.explain_item(
            principal(), request.run_id.strip(), request.subscription_id.strip()
        )
        return convert.explanation_pb(view)

    def ReleaseBillRunItem(
        self, request: pb.ReleaseBillRunItemRequest, context: grpc.ServicerContext
    ) -> pb.ReleaseBillRunItemResponse:
        view = self._runs.release_item(
            principal(),
            request.request_id,
            request.run_id.strip(),
            request.subscription_id.strip(),
            request.note,
        )
        return pb.ReleaseBillRunItemResponse(item=convert.item_pb(view))

    def ExcludeBillRunItem(
        self, request: pb.ExcludeBillRunItemRequest, context: grpc.ServicerContext
    ) -> pb.ExcludeBillRunItemResponse:
        view = self._runs.exclude_item(
            principal(),
            request.request_id,
            request.run_id.strip(),
            request.subscription_id.strip(),
            request.note,
        )
        return pb.ExcludeBillRunItemResponse(item=convert.item_pb(view))

    def RecomputeBillRunItem(
        self, request: pb.RecomputeBillRunItemRequest, context: grpc.ServicerContext
    ) -> pb.RecomputeBillRunItemResponse:
        view = self._runs.recompute_item(
            principal(), request.request_id, request.run_id.strip(), request.subscription_id.strip()
        )
        return pb.RecomputeBillRunItemResponse(item=convert.item_pb(view))

    def SimulateBillRunAgain(
        self, request: pb.SimulateBillRunAgainRequest, context: grpc.ServicerContext
    ) -> pb.SimulateBillRunAgainResponse:
        view = self._runs.simulate_again(
            principal(), request.request_id, request.run_id.strip(), request.version
        )
        return pb.SimulateBillRunAgainResponse(run=convert.run_pb(view))

    def FinalizeBillRun(
        self, request: pb.FinalizeBillRunRequest, context: grpc.ServicerContext
    ) -> pb.FinalizeBillRunResponse:
        view = self._runs.finalize(
            principal(), request.request_id, request.run_id.strip(), request.version
        )
        return pb.FinalizeBillRunResponse(run=convert.run_pb(view))

    def CancelBillRun(
        self, request: pb.CancelBillRunRequest, context: grpc.ServicerContext
    ) -> pb.CancelBillRunResponse:
        view = self._runs.cancel(
            principal(), request.request_id, request.run_id.strip(), request.version, request.reason
        )
        return pb.CancelBillRunResponse(run=convert.run_pb(view))

    # -- summary and alerts -----------------------------------------------------------------
    def GetBillRunSummary(
        self, request: pb.GetBillRunSummaryRequest, context: grpc.ServicerContext
    ) -> pb.GetBillRunSummaryResponse:
        return convert.summary_pb(self._runs.summary(principal(), request.run_id.strip()))

    def ListNotBilledAlerts(
        self, request: pb.ListNotBilledAlertsRequest, context: grpc.ServicerContext
    ) -> pb.ListNotBilledAlertsResponse:
        page = self._runs.not_billed_alerts(
            principal(),
            request.agency_id.strip(),
            request.min_consecutive_runs,
            request.page_size,
            request.page_token,
        )
        return pb.ListNotBilledAlertsResponse(
            alerts=[convert.alert_pb(a) for a in page.items],
            next_page_token=page.next_page_token,
        )
