"""Pending approvals: approve or reject with a comment (four-eyes)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget

from iwebs_client.presenters.approval_presenter import ApprovalPresenter
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.presenters.service_ports import ApprovalRequest
from iwebs_client.views.common.error_display import show_error
from iwebs_client.views.common.list_page import ListPage
from iwebs_client.views.common.reason_prompt import ask_text


class ApprovalsPage(ListPage):
    def __init__(
        self, presenter: ApprovalPresenter, can_decide: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Pending approvals"), presenter.model, parent)
        self.presenter = presenter
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(220)
        self.main_layout.addWidget(self.details)
        if can_decide:
            self.add_action(self.tr("&Approve..."), self.approve, enabled_for=presenter.can_decide)
            self.add_action(self.tr("&Reject..."), self.reject, enabled_for=presenter.can_decide)
        self.table.selectionModel().selectionChanged.connect(self._show_details)
        presenter.decided.connect(self._decided)
        presenter.details_loaded.connect(self._details_loaded)
        presenter.failed.connect(lambda error: show_error(self, error, presenter.retry_last))
        presenter.reload()

    def _show_details(self, *_args: object) -> None:
        request = self.selected_item()
        self.details.setPlainText(self.presenter.details_text(request))
        self.presenter.load_details(request)

    def _details_loaded(self, approval_request_id: str, text: str) -> None:
        request = self.selected_item()
        if request is not None and request.approval_request_id == approval_request_id:
            self.details.setPlainText(text)

    def approve(self) -> None:
        request = self.selected_item()
        if request is None:
            return
        comment = ask_text(self, self.tr("Approve"), self.tr("Comment (optional):"), False)
        if comment is not None:
            self.presenter.approve(CommandIntent(), request, comment)

    def reject(self) -> None:
        request = self.selected_item()
        if request is None:
            return
        comment = ask_text(self, self.tr("Reject"), self.tr("Why is it rejected?"))
        if comment is not None:
            self.presenter.reject(CommandIntent(), request, comment)

    def _decided(self, request: ApprovalRequest) -> None:
        QMessageBox.information(
            self, self.tr("Decision recorded"), self.presenter.model.status_text(request.status)
        )
