"""Four-eyes approvals: pending requests, approve or reject with a comment."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from iwebs_client.models.approval_list_model import (
    ApprovalListModel,
    payload_of,
    request_amount,
)
from iwebs_client.models.display_format import format_money, format_timestamp
from iwebs_client.presenters.presenter_base import CommandIntent, PresenterBase
from iwebs_client.presenters.service_ports import ApprovalRequest, ClientServices, SessionInfo
from iwebs_client.presenters.tariff_approval_text import (
    APPROVAL_KIND as TARIFF_VERSION_KIND,
)
from iwebs_client.presenters.tariff_approval_text import tariff_version_request_text
from iwebs_client.tasks import TaskRunner


class ApprovalPresenter(PresenterBase):
    decided = Signal(object)  # ApprovalRequest
    #: (approval_request_id, text): a fuller detail fetched after the selection (tariff grids)
    details_loaded = Signal(str, str)

    def __init__(
        self,
        services: ClientServices,
        tasks: TaskRunner,
        session: SessionInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self._approvals = services.approvals
        self._tariffs = getattr(services, "tariffs", None)
        self._session = session
        self.model = ApprovalListModel(tasks, self)
        self.model.set_page_fetcher(lambda token: self._approvals.list_requests(page_token=token))

    def reload(self) -> None:
        self.model.reload()

    def can_decide(self, request: ApprovalRequest) -> bool:
        """The server decides; this only avoids offering a button that would be refused."""
        return (
            "approvals.decide" in self._session.rights
            and request.requested_by_user_id != self._session.user_id
        )

    def details_text(self, request: ApprovalRequest | None) -> str:
        """What the approver reads before deciding. Cash requests (receipt cancellation,
        disbursement) in words: summary, amount, receipt, beneficiary, reason, who asked;
        other kinds show their payload as the server stored it."""
        if request is None:
            return ""
        if not request.kind.startswith("cash."):
            return request.payload_json
        payload = payload_of(request)
        lines = [self.model.kind_text(request.kind), request.summary]
        amount = request_amount(request)
        if amount is not None:
            lines.append(self.tr("Amount: %1").replace("%1", format_money(amount[1], amount[0])))
        labelled = (
            ("receipt_number", self.tr("Receipt: %1")),
            ("account_number", self.tr("Account: %1")),
            ("category_code", self.tr("Category: %1")),
            ("beneficiary", self.tr("Beneficiary: %1")),
        )
        for key, text in labelled:
            value = payload.get(key)
            if isinstance(value, str) and value:
                lines.append(text.replace("%1", value))
        reason = request.reason or str(payload.get("reason") or "")
        if reason:
            lines.append(self.tr("Reason: %1").replace("%1", reason))
        lines.append(
            self.tr("Requested by %1 on %2")
            .replace("%1", request.requested_by_login)
            .replace("%2", format_timestamp(request.requested_at))
        )
        return "\n".join(lines)

    def load_details(self, request: ApprovalRequest | None) -> None:
        """A tariff version's request: its grid compared with the version before it, read
        from TariffService (details_loaded); other kinds need nothing more."""
        if request is None or request.kind != TARIFF_VERSION_KIND or self._tariffs is None:
            return
        if "billing.read" not in self._session.rights:
            return
        payload = payload_of(request)
        tariffs, request_id = self._tariffs, request.approval_request_id
        tariff_id = str(payload.get("tariff_id") or "")
        version_id = str(payload.get("tariff_version_id") or request.object_id)
        if not tariff_id:
            return
        self._tasks.run(
            lambda: tariff_version_request_text(tariffs.get_tariff(tariff_id), version_id),
            lambda text: self.details_loaded.emit(request_id, text) if text else None,
            lambda _error: None,  # the summary stays; the decision does not depend on it
        )

    def approve(self, intent: CommandIntent, request: ApprovalRequest, comment: str) -> None:
        approvals, request_id = self._approvals, intent.request_id
        self._run(
            lambda: approvals.approve(request_id, request.approval_request_id, comment.strip()),
            lambda decided: self._decided(intent, decided),
        )

    def reject(self, intent: CommandIntent, request: ApprovalRequest, comment: str) -> bool:
        if not comment.strip():
            return False
        approvals, request_id = self._approvals, intent.request_id
        self._run(
            lambda: approvals.reject(request_id, request.approval_request_id, comment.strip()),
            lambda decided: self._decided(intent, decided),
        )
        return True

    def _decided(self, intent: CommandIntent, request: ApprovalRequest) -> None:
        intent.renew()
        self.decided.emit(request)
        self.model.reload()
