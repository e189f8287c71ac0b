"""Control rules of a simulated bill (FAC-5): what stops a computed bill for review.

Pure: the caller gives what it knows of one computed bill and the thresholds (parameters
billing.control_*); the rules return the codes found, in a fixed order. A bill with at
least one code is held in the run's worklist until the biller releases, excludes or
recomputes it (docs/billing.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

NEGATIVE_AMOUNT = "NEGATIVE_AMOUNT"
ZERO_AMOUNT = "ZERO_AMOUNT"
ZERO_CONSUMPTION = "ZERO_CONSUMPTION"
HIGH_VS_AVERAGE = "HIGH_VS_AVERAGE"
LOW_VS_AVERAGE = "LOW_VS_AVERAGE"
AMOUNT_ABOVE_LIMIT = "AMOUNT_ABOVE_LIMIT"
MISSING_READING = "MISSING_READING"
ESTIMATED_TOO_OFTEN = "ESTIMATED_TOO_OFTEN"

CONTROL_CODES = (
    NEGATIVE_AMOUNT,
    ZERO_AMOUNT,
    ZERO_CONSUMPTION,
    HIGH_VS_AVERAGE,
    LOW_VS_AVERAGE,
    AMOUNT_ABOVE_LIMIT,
    MISSING_READING,
    ESTIMATED_TOO_OFTEN,
)

# French, as the biller reads them in the worklist
CONTROL_MESSAGES = {
    NEGATIVE_AMOUNT: "Montant négatif",
    ZERO_AMOUNT: "Montant nul",
    ZERO_CONSUMPTION: "Consommation nulle sur un abonnement actif",
    HIGH_VS_AVERAGE: "Montant très supérieur à la moyenne de l'abonné",
    LOW_VS_AVERAGE: "Montant très inférieur à la moyenne de l'abonné",
    AMOUNT_ABOVE_LIMIT: "Montant supérieur au plafond de contrôle",
    MISSING_READING: "Facture estimée : pas de relevé",
    ESTIMATED_TOO_OFTEN: "Trop d'estimations consécutives",
}


@dataclass(frozen=True)
class ControlThresholds:
    """From the parameters (billing.control_*), read once per chunk and agency."""

    high_ratio: Decimal = Decimal(3)  # above ratio x average amount: HIGH_VS_AVERAGE
    low_ratio: Decimal = Decimal(0)  # below ratio x average (0: rule off): LOW_VS_AVERAGE
    max_amount_minor: int = 0  # above it: AMOUNT_ABOVE_LIMIT (0: rule off)
    hold_zero: bool = True  # ZERO_AMOUNT and ZERO_CONSUMPTION
    hold_estimated: bool = False  # MISSING_READING on every estimated bill
    max_consecutive_estimates: int = 2  # this many estimates in a row: ESTIMATED_TOO_OFTEN


@dataclass(frozen=True)
class BillFacts:
    """One computed bill as the controls see it."""

    total_minor: int
    consumption: int
    estimated: bool
    consecutive_estimates: int
    active: bool  # the subscription is active (zero consumption is normal on a cut one)
    average_minor: int | None  # the subscriber's average invoice amount (None: no history)


def run_controls(facts: BillFacts, thresholds: ControlThresholds) -> tuple[str, ...]:
    """The control codes the bill triggers, in CONTROL_CODES order (empty: ready)."""
    found: list[str] = []
    total = facts.total_minor
    if total < 0:
        found.append(NEGATIVE_AMOUNT)
    elif total == 0 and thresholds.hold_zero:
        found.append(ZERO_AMOUNT)
    if facts.consumption == 0 and facts.active and thresholds.hold_zero:
        found.append(ZERO_CONSUMPTION)
    average = facts.average_minor
    if average is not None and average > 0 and total > 0:
        if total > thresholds.high_ratio * average:
            found.append(HIGH_VS_AVERAGE)
        elif thresholds.low_ratio > 0 and total < thresholds.low_ratio * average:
            found.append(LOW_VS_AVERAGE)
    if thresholds.max_amount_minor > 0 and total > thresholds.max_amount_minor:
        found.append(AMOUNT_ABOVE_LIMIT)
    if facts.estimated:
        if thresholds.hold_estimated:
            found.append(MISSING_READING)
        limit = thresholds.max_consecutive_estimates
        if limit > 0 and facts.consecutive_estimates >= limit:
            found.append(ESTIMATED_TOO_OFTEN)
    return tuple(found)


def control_message(code: str) -> str:
    return CONTROL_MESSAGES.get(code, code)
