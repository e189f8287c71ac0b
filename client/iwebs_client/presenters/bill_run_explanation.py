"""The explanation of one item of a bill run (pure functions, translated): its lines with
the tariff version, block and rule, the summary of its period and indexes, and what the
control rules found."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from iwebs.v1 import bill_run_service_pb2 as brs
from iwebs_client.models.display_format import format_integer
from iwebs_client.models.record_table_model import RecordRow
from iwebs_client.presenters.bill_rows import price_text, quantity_text
from iwebs_client.presenters.bill_run_rows import cause_text, control_text, date_text, money_text


def explanation_headers() -> list[str]:
    return [
        QCoreApplication.translate("BillRunRows", "Line"),
        QCoreApplication.translate("BillRunRows", "Block"),
        QCoreApplication.translate("BillRunRows", "Quantity"),
        QCoreApplication.translate("BillRunRows", "Unit price"),
        QCoreApplication.translate("BillRunRows", "Amount"),
        QCoreApplication.translate("BillRunRows", "Rule"),
        QCoreApplication.translate("BillRunRows", "Tariff version"),
        QCoreApplication.translate("BillRunRows", "Account"),
    ]


def explanation_rows(lines: Sequence[brs.BillRunLine]) -> list[RecordRow]:
    return [
        RecordRow(
            line,
            (
                line.label or line.code,
                str(line.block_no) if line.has_block_no else "",
                quantity_text(line.quantity, line.unit),
                price_text(line.unit, line.unit_price),
                money_text(line.amount),
                line.rule,
                line.tariff_version_id[:8],
                line.ledger_account,
            ),
            tooltip=line.tariff_version_id,
        )
        for line in lines
    ]


def explanation_summary(answer: brs.ExplainBillRunItemResponse) -> str:
    """Period, index from -> to, consumption (how it was estimated), total."""
    item = answer.item
    parts = [
        QCoreApplication.translate("BillRunRows", "%1 — %2")
        .replace("%1", item.subscription_number)
        .replace("%2", item.customer_name),
        QCoreApplication.translate("BillRunRows", "period %1 to %2")
        .replace("%1", date_text(answer.period_start))
        .replace("%2", date_text(answer.period_end)),
    ]
    if answer.has_index_from or answer.has_index_to:
        parts.append(
            QCoreApplication.translate("BillRunRows", "index %1 → %2")
            .replace("%1", format_integer(answer.index_from) if answer.has_index_from else "?")
            .replace("%2", format_integer(answer.index_to) if answer.has_index_to else "?")
        )
    consumption = QCoreApplication.translate("BillRunRows", "consumption %1").replace(
        "%1", format_integer(answer.consumption)
    )
    if answer.estimated:
        method = {
            "same_period_last_year": QCoreApplication.translate(
                "BillRunRows", "same period last year"
            ),
            "average_per_day": QCoreApplication.translate("BillRunRows", "average per day"),
            "category_average": QCoreApplication.translate("BillRunRows", "category average"),
        }.get(answer.estimate_method, answer.estimate_method)
        consumption += " " + QCoreApplication.translate("BillRunRows", "(estimated: %1)").replace(
            "%1", method
        )
    parts.append(consumption)
    parts.append(
        QCoreApplication.translate("BillRunRows", "total %1").replace(
            "%1", money_text(answer.total)
        )
    )
    if answer.not_billable_cause:
        parts.append(
            QCoreApplication.translate("BillRunRows", "cannot be billed: %1").replace(
                "%1", cause_text(answer.not_billable_cause)
            )
        )
    return " — ".join(parts)


def finding_lines(answer: brs.ExplainBillRunItemResponse) -> list[str]:
    return [f"{control_text(f.code)} : {f.message}" if f.message else control_text(f.code)
            for f in answer.findings]  # fmt: skip
