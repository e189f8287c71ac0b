"""A tariff grid as the screen edits it (FAC-10): plain strings in rows, to and from the
TariffDefinition message, with the checks a clerk should hear before the server's.

The server checks everything again (TARIFF_DEFINITION_INVALID with the field, e.g.
"definition.components[1].blocks[0].up_to"); `field_position` turns such a path into the
row and column of the tables so that the message lands on the cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from iwebs_client.presenters.tariff_ports import (
    TariffBlock,
    TariffComponent,
    TariffDefinition,
)

BLOCK_KINDS = ("progressive", "all_units", "power_hours")
KINDS = (*BLOCK_KINDS, "fixed", "power", "minimum", "tax", "stamp")
ROUNDINGS = ("half_up", "half_even", "half_down", "down", "up")
#: the kinds whose amounts are prorated by default
PRORATED_KINDS = ("progressive", "all_units", "power_hours", "fixed", "power", "minimum")
_CODE = re.compile(r"^[A-Z][A-Z0-9_]{0,31}$")
_PATH = re.compile(r"components\[(\d+)\](?:\.blocks\[(\d+)\])?(?:\.(\w+))?")


def kind_text(kind: str) -> str:
    texts = {
        "progressive": QCoreApplication.translate("TariffGrid", "Progressive blocks"),
        "all_units": QCoreApplication.translate("TariffGrid", "All-units tiers"),
        "power_hours": QCoreApplication.translate("TariffGrid", "Blocks in hours of power"),
        "fixed": QCoreApplication.translate("TariffGrid", "Fixed charge"),
        "power": QCoreApplication.translate("TariffGrid", "Power charge per kVA"),
        "minimum": QCoreApplication.translate("TariffGrid", "Minimum charge"),
        "tax": QCoreApplication.translate("TariffGrid", "Tax (rate)"),
        "stamp": QCoreApplication.translate("TariffGrid", "Stamp duty"),
    }
    return texts.get(kind, kind)


def rounding_text(rounding: str) -> str:
    texts = {
        "half_up": QCoreApplication.translate("TariffGrid", "Half up"),
        "half_even": QCoreApplication.translate("TariffGrid", "Half even"),
        "half_down": QCoreApplication.translate("TariffGrid", "Half down"),
        "down": QCoreApplication.translate("TariffGrid", "Down"),
        "up": QCoreApplication.translate("TariffGrid", "Up"),
    }
    return texts.get(rounding, rounding)


@dataclass
class BlockDraft:
    up_to: str = ""
    unit_price: str = ""


@dataclass
class ComponentDraft:
    code: str = ""
    kind: str = "fixed"
    label: str = ""
    ledger_account: str = ""
    rounding: str = "half_up"
    prorate: bool = True
    #: the grid says prorate explicitly (else it follows the kind's default)
    prorate_explicit: bool = False
    amount: str = ""
    unit_price: str = ""
    rate_percent: str = ""
    applies_to: str = ""  # comma-separated codes, "*" for every earlier line
    threshold: str = ""
    blocks: list[BlockDraft] = field(default_factory=list)

    @property
    def has_blocks(self) -> bool:
        return self.kind in BLOCK_KINDS

    def value(self) -> str:
        """The one number of a non-block component (amount, price per kVA or rate)."""
        if self.kind == "power":
            return self.unit_price
        if self.kind == "tax":
            return self.rate_percent
        if self.has_blocks:
            return ""
        return self.amount

    def set_value(self, text: str) -> None:
        if self.kind == "power":
            self.unit_price = text
        elif self.kind == "tax":
            self.rate_percent = text
        elif not self.has_blocks:
            self.amount = text

    def applies_list(self) -> list[str]:
        return [part.strip() for part in self.applies_to.split(",") if part.strip()]


@dataclass
class GridDraft:
    currency_code: str = "XOF"
    currency_exponent: int = 0
    reference_days: int = 30
    consumption_unit: str = "kWh"
    rounding_increment_minor: int = 1
    components: list[ComponentDraft] = field(default_factory=list)
    format_version: int = 1


def _has_prorate(component: TariffComponent) -> bool:
    """Whether the message sets prorate (an optional field: unset follows the kind)."""
    try:
        return bool(component.HasField("prorate"))
    except ValueError:  # a proto without presence for it: always "set"
        return True


def draft_of(definition: TariffDefinition) -> GridDraft:
    return GridDraft(
        currency_code=definition.currency_code,
        currency_exponent=definition.currency_exponent,
        reference_days=definition.reference_days,
        consumption_unit=definition.consumption_unit,
        rounding_increment_minor=definition.rounding_increment_minor or 1,
        format_version=definition.format_version or 1,
        components=[
            ComponentDraft(
                code=c.code,
                kind=c.kind,
                label=c.label,
                ledger_account=c.ledger_account,
                rounding=c.rounding,
                prorate=c.prorate if _has_prorate(c) else c.kind in PRORATED_KINDS,
                prorate_explicit=_has_prorate(c),
                amount=c.amount,
                unit_price=c.unit_price,
                rate_percent=c.rate_percent,
                applies_to=", ".join(c.applies_to),
                threshold=c.threshold,
                blocks=[BlockDraft(b.up_to, b.unit_price) for b in c.blocks],
            )
            for c in definition.components
        ],
    )


def definition_of(draft: GridDraft) -> TariffDefinition:
    components = []
    for c in draft.components:
        blocks = c.has_blocks
        explicit = c.prorate_explicit or c.prorate != (c.kind in PRORATED_KINDS)
        components.append(
            TariffComponent(
                code=c.code.strip(),
                kind=c.kind,
                label=c.label.strip(),
                ledger_account=c.ledger_account.strip(),
                rounding=c.rounding,
                prorate=c.prorate if explicit else None,
                amount="" if blocks else c.amount.strip(),
                unit_price=c.unit_price.strip() if c.kind == "power" else "",
                rate_percent=c.rate_percent.strip() if c.kind == "tax" else "",
                applies_to=c.applies_list(),
                threshold=c.threshold.strip() if c.kind == "stamp" else "",
                blocks=[
                    TariffBlock(up_to=b.up_to.strip(), unit_price=b.unit_price.strip())
                    for b in (c.blocks if blocks else [])
                ],
            )
        )
    return TariffDefinition(
        format_version=draft.format_version,
        currency_code=draft.currency_code,
        currency_exponent=draft.currency_exponent,
        reference_days=draft.reference_days,
        consumption_unit=draft.consumption_unit,
        rounding_increment_minor=draft.rounding_increment_minor,
        components=components,
    )


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def normalise_decimal(text: str) -> str:
    """ "136,49" typed with a French comma is sent as "136.49"."""
    return text.strip().replace(",", ".").replace(" ", "").replace("\u202f", "")


def block_from(blocks: list[BlockDraft], number: int) -> str:
    """The lower bound shown for block `number` (0-based): the previous bound, else 0."""
    if number == 0:
        return "0"
    return blocks[number - 1].up_to or "?"


def problems(draft: GridDraft) -> dict[str, str]:
    """Field path (as the server names it) -> sentence; {} when the grid can be sent."""
    found: dict[str, str] = {}
    if not draft.components:
        found["definition.components"] = QCoreApplication.translate(
            "TariffGrid", "A grid needs at least one component."
        )
    seen: list[str] = []
    for i, c in enumerate(draft.components):
        path = f"definition.components[{i}]"
        if not _CODE.match(c.code.strip()):
            found[f"{path}.code"] = QCoreApplication.translate(
                "TariffGrid", "Capitals, digits and _ only (e.g. ENERGY)."
            )
        elif c.code.strip() in seen:
            found[f"{path}.code"] = QCoreApplication.translate(
                "TariffGrid", "This code is already used."
            )
        if c.kind not in KINDS:
            found[f"{path}.kind"] = QCoreApplication.translate("TariffGrid", "Choose a kind.")
        if not c.label.strip():
            found[f"{path}.label"] = QCoreApplication.translate(
                "TariffGrid", "The label printed on the bill is required."
            )
        if c.has_blocks:
            if not c.blocks:
                found[f"{path}.blocks"] = QCoreApplication.translate(
                    "TariffGrid", "Add at least one block."
                )
            previous = Decimal(0)
            for j, block in enumerate(c.blocks):
                bpath = f"{path}.blocks[{j}]"
                last = j == len(c.blocks) - 1
                if block.up_to.strip():
                    bound = _decimal(block.up_to)
                    if bound is None or bound <= previous:
                        found[f"{bpath}.up_to"] = QCoreApplication.translate(
                            "TariffGrid", "Bounds go up, block after block."
                        )
                    else:
                        previous = bound
                elif not last:
                    found[f"{bpath}.up_to"] = QCoreApplication.translate(
                        "TariffGrid", "Only the last block has no upper bound."
                    )
                price = _decimal(block.unit_price)
                if price is None or price < 0:
                    found[f"{bpath}.unit_price"] = QCoreApplication.translate(
                        "TariffGrid", "A price of 0 or more."
                    )
        else:
            value = _decimal(c.value())
            if value is None or value < 0:
                name = {"power": "unit_price", "tax": "rate_percent"}.get(c.kind, "amount")
                found[f"{path}.{name}"] = QCoreApplication.translate(
                    "TariffGrid", "A number of 0 or more."
                )
            if c.kind == "stamp":
                threshold = _decimal(c.threshold or "0")
                if threshold is None or threshold < 0:
                    found[f"{path}.threshold"] = QCoreApplication.translate(
                        "TariffGrid", "A number of 0 or more."
                    )
        if c.kind in ("tax", "minimum", "stamp"):
            applies = c.applies_list()
            if not applies:
                found[f"{path}.applies_to"] = QCoreApplication.translate(
                    "TariffGrid", "Say which lines it applies to."
                )
            for code in applies:
                if code != "*" and code.split(".")[0] not in seen:
                    found[f"{path}.applies_to"] = QCoreApplication.translate(
                        "TariffGrid", "%1 is not an earlier component."
                    ).replace("%1", code)
        seen.append(c.code.strip())
    return found


def field_position(path: str) -> tuple[int, int | None, str]:
    """(component row, block row or None, field name) of a server field path; (-1, None, "")
    when the path names no component."""
    match = _PATH.search(path)
    if match is None:
        return -1, None, ""
    block = int(match.group(2)) if match.group(2) is not None else None
    return int(match.group(1)), block, match.group(3) or ""


def new_component(kind: str, existing: list[ComponentDraft]) -> ComponentDraft:
    """A component of `kind` with a free code and sensible defaults."""
    base = {"tax": "TAX", "stamp": "STAMP", "minimum": "MINIMUM", "power": "POWER"}.get(
        kind, "ENERGY" if kind in BLOCK_KINDS else "FIXED"
    )
    codes = {c.code for c in existing}
    code, n = base, 2
    while code in codes:
        code, n = f"{base}_{n}", n + 1
    return ComponentDraft(
        code=code,
        kind=kind,
        prorate=kind in PRORATED_KINDS,
        applies_to="*" if kind in ("tax", "minimum", "stamp") else "",
        blocks=[BlockDraft()] if kind in BLOCK_KINDS else [],
    )
