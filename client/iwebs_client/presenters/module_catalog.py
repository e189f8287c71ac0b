"""Which modules and screens a user sees, from the rights of the session (ADM-2)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

ADMINISTRATION = "administration"
APPROVALS = "approvals"
CUSTOMERS = "customers"
CASH_SUPERVISION = "cash_supervision"
CASH = "cash"
BILLING = "billing"


@dataclass(frozen=True)
class ScreenEntry:
    key: str
    module: str
    read_right: str
    manage_right: str


#: Screens that exist in this client, in menu order. Modules without screens are not listed.
SCREENS: tuple[ScreenEntry, ...] = (
    ScreenEntry("agencies", ADMINISTRATION, "admin.agencies.read", "admin.agencies.manage"),
    ScreenEntry("users", ADMINISTRATION, "admin.users.read", "admin.users.manage"),
    ScreenEntry("profiles", ADMINISTRATION, "admin.profiles.read", "admin.profiles.manage"),
    ScreenEntry(
        "workstations", ADMINISTRATION, "admin.workstations.read", "admin.workstations.manage"
    ),
    ScreenEntry(
        "security_policy",
        ADMINISTRATION,
        "admin.security_policy.read",
        "admin.security_policy.manage",
    ),
    ScreenEntry("audit", ADMINISTRATION, "admin.audit.read", "admin.audit.read"),
    ScreenEntry("parameters", ADMINISTRATION, "parameters.read", "parameters.manage"),
    ScreenEntry("reference_data", ADMINISTRATION, "parameters.read", "parameters.manage"),
    ScreenEntry("approvals", APPROVALS, "approvals.read", "approvals.decide"),
    ScreenEntry("customer_search", CUSTOMERS, "customers.read", "customers.manage"),
    ScreenEntry("customer_360", CUSTOMERS, "customers.read", "customers.manage"),
    ScreenEntry("legacy_import", CUSTOMERS, "customers.import", "customers.import"),
    ScreenEntry("cash_desk", CASH, "cash.collect", "cash.collect"),
    ScreenEntry("till_positions", CASH_SUPERVISION, "cash.supervise", "cash.supervise"),
    ScreenEntry("cash_closures", CASH_SUPERVISION, "cash.supervise", "cash.supervise"),
    ScreenEntry("bank_deposits", CASH_SUPERVISION, "cash.deposit", "cash.deposit"),
    ScreenEntry("tariffs", BILLING, "billing.read", "billing.tariffs"),
    ScreenEntry("reading_entry", BILLING, "billing.read", "billing.readings"),
    ScreenEntry("reading_cases", BILLING, "billing.read", "billing.readings"),
    ScreenEntry("bill_runs", BILLING, "billing.read", "billing.run"),
    ScreenEntry("account_bills", BILLING, "billing.read", "billing.run"),
)


def screen_title(key: str) -> str:
    titles = {
        "agencies": QCoreApplication.translate("ModuleCatalog", "&Agencies"),
        "users": QCoreApplication.translate("ModuleCatalog", "&Users"),
        "profiles": QCoreApplication.translate("ModuleCatalog", "&Profiles and rights"),
        "workstations": QCoreApplication.translate("ModuleCatalog", "&Workstations"),
        "security_policy": QCoreApplication.translate("ModuleCatalog", "&Security policy"),
        "audit": QCoreApplication.translate("ModuleCatalog", "Audit &log"),
        "parameters": QCoreApplication.translate("ModuleCatalog", "Pa&rameters"),
        "reference_data": QCoreApplication.translate("ModuleCatalog", "Reference &data"),
        "approvals": QCoreApplication.translate("ModuleCatalog", "&Pending approvals"),
        "customer_search": QCoreApplication.translate("ModuleCatalog", "Customer &search"),
        "customer_360": QCoreApplication.translate("ModuleCatalog", "Customer &360° view"),
        "legacy_import": QCoreApplication.translate("ModuleCatalog", "&Legacy import"),
        "cash_desk": QCoreApplication.translate("ModuleCatalog", "Cas&h desk"),
        "till_positions": QCoreApplication.translate("ModuleCatalog", "Li&ve tills"),
        "cash_closures": QCoreApplication.translate("ModuleCatalog", "Cash c&losures"),
        "bank_deposits": QCoreApplication.translate("ModuleCatalog", "&Bank deposits"),
        "bill_runs": QCoreApplication.translate("ModuleCatalog", "Batches and bill &runs"),
        "account_bills": QCoreApplication.translate("ModuleCatalog", "Subscriber's &bills"),
        "tariffs": QCoreApplication.translate("ModuleCatalog", "&Tariffs"),
        "reading_entry": QCoreApplication.translate("ModuleCatalog", "Meter &readings"),
        "reading_cases": QCoreApplication.translate("ModuleCatalog", "Reading &cases to check"),
    }
    return titles.get(key, key)


def module_title(module: str) -> str:
    titles = {
        ADMINISTRATION: QCoreApplication.translate("ModuleCatalog", "&Administration"),
        APPROVALS: QCoreApplication.translate("ModuleCatalog", "Appro&vals"),
        "customers": QCoreApplication.translate("ModuleCatalog", "&Customers"),
        "cash": QCoreApplication.translate("ModuleCatalog", "Cash"),
        "billing": QCoreApplication.translate("ModuleCatalog", "Billing"),
        CASH_SUPERVISION: QCoreApplication.translate("ModuleCatalog", "Cash &supervision"),
    }
    return titles.get(module, module)


def visible_screens(rights: Iterable[str]) -> list[ScreenEntry]:
    granted = set(rights)
    return [screen for screen in SCREENS if screen.read_right in granted]


def visible_modules(rights: Iterable[str]) -> list[tuple[str, list[ScreenEntry]]]:
    """(module, screens) in menu order, only modules with at least one visible screen."""
    modules: dict[str, list[ScreenEntry]] = {}
    for screen in visible_screens(rights):
        modules.setdefault(screen.module, []).append(screen)
    return list(modules.items())


#: The screen a user lands on after login when her profile shows it: a cashier starts at
#: her till, whatever else she may see.
HOME_SCREENS: tuple[str, ...] = ("cash_desk",)


def home_screen(rights: Iterable[str]) -> str:
    """The first screen shown after login ("" when the profile shows none)."""
    keys = [screen.key for screen in visible_screens(rights)]
    for key in HOME_SCREENS:
        if key in keys:
            return key
    return keys[0] if keys else ""


def can_manage(rights: Iterable[str], key: str) -> bool:
    granted = set(rights)
    return any(s.key == key and s.manage_right in granted for s in SCREENS)
