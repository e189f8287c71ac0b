"""A tariff version's approval request as the Chef de facturation reads it in Approvals: the
tariff, the version, its date, the reason, who asked, and the grid's changes price by price
against the version approved before it (FAC-10; the decision itself is the live test's)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from iwebs.v1 import administration_pb2
from iwebs.v1 import tariff_service_pb2 as tpb
from iwebs_client.presenters.approval_presenter import ApprovalPresenter
from iwebs_client.presenters.tariff_approval_text import tariff_version_request_text
from iwebs_client.tasks import TaskRunner
from iwebs_client.views.approvals.approvals_page import ApprovalsPage
from tests.client.cash_counter_fakes import settle
from tests.client.customer_fakes import session
from tests.client.tariff_fakes import FakeTariffs, senelec_definition


def _proposed(tariffs: FakeTariffs) -> Any:
    definition = senelec_definition()
    definition.components[0].blocks[1].unit_price = "140.00"
    definition.components[0].blocks[1].up_to = "260"
    definition.components[1].amount = "1200"
    definition.components.append(
        tpb.TariffComponent(
            code="STAMP",
            kind="stamp",
            label="Timbre",
            ledger_account="TAX:STAMP",
            amount="100",
            threshold="20000",
            applies_to=["*"],
        )
    )
    del definition.components[2]  # VAT removed
    return tariffs.propose_version("p1", "t1", dt.date(2027, 1, 1), definition, "Hausse 2027")


def test_the_request_says_what_changes_price_by_price() -> None:
    tariffs = FakeTariffs()
    version = _proposed(tariffs)
    text = tariff_version_request_text(tariffs.get_tariff("t1"), version.tariff_version_id)
    lines = text.splitlines()
    assert lines[:4] == [
        "Tariff SN-DPP — SENELEC domestique petite puissance",
        "New version 2, valid from 01/01/2027",
        "Reason: Hausse 2027",
        "Proposed by facturation",
    ]
    assert lines[4] == "Changes against version 1 (from 01/01/2026):"
    assert "• ENERGY block 2 (up to 260): price 136.49 → 140.00" in lines
    assert "• ENERGY block 2: upper bound 250 → 260" in lines
    assert "• FIXED value: 1000 → 1200" in lines
    assert "• New component STAMP (Stamp duty): 100" in lines
    assert "• Component VAT removed" in lines
    assert tariff_version_request_text(tariffs.get_tariff("t1"), "unknown") == ""


def test_a_first_version_says_so() -> None:
    tariffs = FakeTariffs()
    detail = tariffs.get_tariff("t1")
    text = tariff_version_request_text(detail, "v1")
    assert text.splitlines()[-1] == "First version of this tariff: 3 components."


class _Approvals:
    def __init__(self, request: Any) -> None:
        self.request = request

    def list_requests(self, page_token: str = "", page_size: int = 100) -> Any:
        return [self.request], ""


class _Services:
    def __init__(self, request: Any, tariffs: FakeTariffs) -> None:
        self.approvals = _Approvals(request)
        self.tariffs = tariffs


def test_the_approvals_screen_shows_the_changes(qtbot: Any) -> None:
    tariffs = FakeTariffs()
    version = _proposed(tariffs)
    request = administration_pb2.ApprovalRequest(
        approval_request_id="ap1",
        kind="billing.tariff_version",
        summary="SN-DPP v2 du 2027-01-01",
        payload_json=json.dumps(
            {"tariff_id": "t1", "tariff_version_id": version.tariff_version_id}
        ),
        requested_by_login="facturation",
        requested_by_user_id="u-factu",
        reason="Hausse 2027",
        object_id=version.tariff_version_id,
        status=administration_pb2.APPROVAL_STATUS_PENDING,
    )
    tasks = TaskRunner()
    chef = session(["approvals.read", "approvals.decide", "billing.read", "billing.approve"])
    presenter = ApprovalPresenter(_Services(request, tariffs), tasks, chef)  # type: ignore[arg-type]
    page = ApprovalsPage(presenter, True)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert presenter.model.kind_text("billing.tariff_version") == "New tariff version"
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "price 136.49 → 140.00" in page.details.toPlainText(), timeout=5000)
    assert page.details.toPlainText().startswith("Tariff SN-DPP")
    settle(qtbot, tasks)
