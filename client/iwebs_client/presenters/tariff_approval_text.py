"""What the Chef de facturation reads in Approvals before deciding on a tariff version
(approval kind billing.tariff_version, FAC-10): the tariff, the version and its date, the
reason, who asked, and what changes against the version approved before it, price by price.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from iwebs_client.presenters.tariff_grid import ComponentDraft, GridDraft, draft_of, kind_text
from iwebs_client.presenters.tariff_ports import STATUS_APPROVED, TariffDetail, TariffVersion

APPROVAL_KIND = "billing.tariff_version"


def _date(version: TariffVersion) -> str:
    value = version.valid_from
    return f"{value.day:02d}/{value.month:02d}/{value.year}" if value.year else ""


def _component_value(component: ComponentDraft) -> str:
    value = component.value()
    return f"{value} %" if component.kind == "tax" else value


def _block_bound(component: ComponentDraft, number: int) -> str:
    bound = component.blocks[number].up_to
    return bound or QCoreApplication.translate("TariffApproval", "no limit")


def component_changes(old: ComponentDraft, new: ComponentDraft) -> list[str]:
    """One sentence per difference of a component present in both grids."""
    code = new.code
    changes: list[str] = []
    pairs: list[tuple[str, str, str]] = [
        (
            QCoreApplication.translate("TariffApproval", "kind"),
            kind_text(old.kind),
            kind_text(new.kind),
        ),
        (QCoreApplication.translate("TariffApproval", "label"), old.label, new.label),
        (QCoreApplication.translate("TariffApproval", "rounding"), old.rounding, new.rounding),
        (
            QCoreApplication.translate("TariffApproval", "applies to"),
            old.applies_to,
            new.applies_to,
        ),
        (QCoreApplication.translate("TariffApproval", "threshold"), old.threshold, new.threshold),
        (
            QCoreApplication.translate("TariffApproval", "ledger account"),
            old.ledger_account,
            new.ledger_account,
        ),
    ]
    if not new.has_blocks or not old.has_blocks:
        pairs.append(
            (
                QCoreApplication.translate("TariffApproval", "value"),
                _component_value(old),
                _component_value(new),
            )
        )
    for name, before, after in pairs:
        if before != after:
            changes.append(f"{code} {name}: {before or '—'} → {after or '—'}")
    if old.prorate != new.prorate:
        changes.append(
            f"{code}: "
            + (
                QCoreApplication.translate("TariffApproval", "now prorated by days")
                if new.prorate
                else QCoreApplication.translate("TariffApproval", "no longer prorated")
            )
        )
    for number in range(max(len(old.blocks), len(new.blocks))):
        label = (
            QCoreApplication.translate("TariffApproval", "%1 block %2")
            .replace("%1", code)
            .replace("%2", str(number + 1))
        )
        if number >= len(old.blocks):
            block = new.blocks[number]
            changes.append(
                QCoreApplication.translate("TariffApproval", "%1 added: up to %2 at %3")
                .replace("%1", label)
                .replace("%2", _block_bound(new, number))
                .replace("%3", block.unit_price)
            )
            continue
        if number >= len(new.blocks):
            changes.append(
                QCoreApplication.translate("TariffApproval", "%1 removed").replace("%1", label)
            )
            continue
        was, now = old.blocks[number], new.blocks[number]
        if was.unit_price != now.unit_price:
            changes.append(
                QCoreApplication.translate("TariffApproval", "%1 (up to %2): price %3 → %4")
                .replace("%1", label)
                .replace("%2", _block_bound(new, number))
                .replace("%3", was.unit_price)
                .replace("%4", now.unit_price)
            )
        if was.up_to != now.up_to:
            changes.append(
                QCoreApplication.translate("TariffApproval", "%1: upper bound %2 → %3")
                .replace("%1", label)
                .replace("%2", _block_bound(old, number))
                .replace("%3", _block_bound(new, number))
            )
    return changes


def grid_changes(old: GridDraft, new: GridDraft) -> list[str]:
    changes: list[str] = []
    settings = (
        (
            QCoreApplication.translate("TariffApproval", "Currency"),
            old.currency_code,
            new.currency_code,
        ),
        (
            QCoreApplication.translate("TariffApproval", "Reference period (days)"),
            str(old.reference_days),
            str(new.reference_days),
        ),
        (
            QCoreApplication.translate("TariffApproval", "Unit"),
            old.consumption_unit,
            new.consumption_unit,
        ),
        (
            QCoreApplication.translate("TariffApproval", "Rounding increment"),
            str(old.rounding_increment_minor),
            str(new.rounding_increment_minor),
        ),
    )
    for name, before, after in settings:
        if before != after:
            changes.append(f"{name}: {before} → {after}")
    olds = {c.code: c for c in old.components}
    news = {c.code: c for c in new.components}
    for code, component in news.items():
        if code not in olds:
            value = _component_value(component)
            if component.has_blocks:
                value = ", ".join(
                    f"≤ {_block_bound(component, n)}: {b.unit_price}"
                    for n, b in enumerate(component.blocks)
                )
            changes.append(
                QCoreApplication.translate("TariffApproval", "New component %1 (%2): %3")
                .replace("%1", code)
                .replace("%2", kind_text(component.kind))
                .replace("%3", value)
            )
        else:
            changes.extend(component_changes(olds[code], component))
    for code in olds:
        if code not in news:
            changes.append(
                QCoreApplication.translate("TariffApproval", "Component %1 removed").replace(
                    "%1", code
                )
            )
    return changes


def base_version(versions: Sequence[TariffVersion], version: TariffVersion) -> TariffVersion | None:
    """The approved version the proposal follows (the latest approved one before it)."""
    earlier = [
        v
        for v in versions
        if v.status == STATUS_APPROVED and v.version_number < version.version_number
    ]
    return max(earlier, key=lambda v: v.version_number, default=None)


def tariff_version_request_text(detail: TariffDetail, version_id: str) -> str:
    """The proposal in words, with its changes; "" when the version is not in `detail`."""
    version = next((v for v in detail.versions if v.tariff_version_id == version_id), None)
    if version is None:
        return ""
    tariff = detail.tariff
    lines = [
        QCoreApplication.translate("TariffApproval", "Tariff %1 — %2")
        .replace("%1", tariff.code)
        .replace("%2", tariff.name),
        QCoreApplication.translate("TariffApproval", "New version %1, valid from %2")
        .replace("%1", str(version.version_number))
        .replace("%2", _date(version)),
        QCoreApplication.translate("TariffApproval", "Reason: %1").replace("%1", version.reason),
        QCoreApplication.translate("TariffApproval", "Proposed by %1").replace(
            "%1", version.created_by_login
        ),
    ]
    base = base_version(detail.versions, version)
    if base is None:
        lines.append(
            QCoreApplication.translate(
                "TariffApproval", "First version of this tariff: %1 components."
            ).replace("%1", str(len(version.definition.components)))
        )
        return "\n".join(lines)
    changes = grid_changes(draft_of(base.definition), draft_of(version.definition))
    lines.append(
        QCoreApplication.translate("TariffApproval", "Changes against version %1 (from %2):")
        .replace("%1", str(base.version_number))
        .replace("%2", _date(base))
    )
    lines.extend(
        f"• {change}"
        for change in changes
        or [QCoreApplication.translate("TariffApproval", "no change in the grid")]
    )
    return "\n".join(lines)
