"""Fixed vocabularies of the customer base and the subscription life cycle.

Configurable lists (categories, products, tariff categories, makes, calibres, ...) are
reference data (PAR-2); what is here changes only with the code that depends on it.
"""

from __future__ import annotations

from enum import StrEnum

from iwebs_server.domain.errors import DomainError


class CustomerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class Service(StrEnum):
    WATER = "water"
    ELECTRICITY = "electricity"


class BillingPeriodicity(StrEnum):
    MONTHLY = "monthly"
    BIMONTHLY = "bimonthly"
    QUARTERLY = "quarterly"


class AccountStatus(StrEnum):
    ACTIVE = "active"
    CLOSED = "closed"


class SubscriptionStatus(StrEnum):
    REQUESTED = "requested"
    ACTIVE = "active"
    SUSPENDED = "suspended"  # cut (coupure): for debt or at the customer's request
    TERMINATED = "terminated"


class MeterStatus(StrEnum):
    IN_STOCK = "in_stock"
    INSTALLED = "installed"
    REMOVED = "removed"
    SCRAPPED = "scrapped"


class NetworkNodeKind(StrEnum):
    SUBSTATION = "substation"
    FEEDER = "feeder"  # MV feeder (départ HTA)
    TRANSFORMER = "transformer"  # MV/LV transformer (poste HTA/BT)
    WATER_SECTOR = "water_sector"


# The parent kind each network node must hang on (None: a root).
NETWORK_PARENT_KIND: dict[NetworkNodeKind, NetworkNodeKind | None] = {
    NetworkNodeKind.SUBSTATION: None,
    NetworkNodeKind.FEEDER: NetworkNodeKind.SUBSTATION,
    NetworkNodeKind.TRANSFORMER: NetworkNodeKind.FEEDER,
    NetworkNodeKind.WATER_SECTOR: None,
}

# verb -> (states it may start from, state it leads to)
SUBSCRIPTION_TRANSITIONS: dict[str, tuple[frozenset[SubscriptionStatus], SubscriptionStatus]] = {
    "activate": (frozenset({SubscriptionStatus.REQUESTED}), SubscriptionStatus.ACTIVE),
    "suspend": (frozenset({SubscriptionStatus.ACTIVE}), SubscriptionStatus.SUSPENDED),
    "resume": (frozenset({SubscriptionStatus.SUSPENDED}), SubscriptionStatus.ACTIVE),
    "terminate": (
        frozenset(
            {SubscriptionStatus.REQUESTED, SubscriptionStatus.ACTIVE, SubscriptionStatus.SUSPENDED}
        ),
        SubscriptionStatus.TERMINATED,
    ),
}


class InvalidTransition(DomainError):
    """A subscription or meter asked to move to a state it cannot reach from where it is."""

    def __init__(self, entity: str, current: str, verb: str) -> None:
        super().__init__(
            "INVALID_STATE_TRANSITION",
            f"{entity} in state {current} cannot {verb}",
            metadata={"object_type": entity, "current_state": current},
        )


def next_subscription_status(current: str, verb: str) -> SubscriptionStatus:
    """The state `verb` leads to from `current`, or InvalidTransition."""
    allowed_from, target = SUBSCRIPTION_TRANSITIONS[verb]
    if SubscriptionStatus(current) not in allowed_from:
        raise InvalidTransition("subscription", current, verb)
    return target


def display_name(kind: str, family_name: str, given_names: str, organisation_name: str) -> str:
    """How a customer is named on screens and bills: "NDIAYE Aïssatou" or "SONATEL SA"."""
    if kind == CustomerKind.ORGANISATION:
        return organisation_name.strip()
    return f"{family_name.strip().upper()} {given_names.strip()}".strip()
