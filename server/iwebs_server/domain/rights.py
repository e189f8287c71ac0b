"""The catalogue of rights (ADM-2): one right per action of a module.

Codes are stable identifiers stored in profiles; the client translates labels.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Right:
    code: str
    module: str
    description: str


ADMIN_AGENCIES_READ = "admin.agencies.read"
ADMIN_AGENCIES_MANAGE = "admin.agencies.manage"
ADMIN_USERS_READ = "admin.users.read"
ADMIN_USERS_MANAGE = "admin.users.manage"
ADMIN_PROFILES_READ = "admin.profiles.read"
ADMIN_PROFILES_MANAGE = "admin.profiles.manage"
ADMIN_WORKSTATIONS_READ = "admin.workstations.read"
ADMIN_WORKSTATIONS_MANAGE = "admin.workstations.manage"
ADMIN_SECURITY_POLICY_READ = "admin.security_policy.read"
ADMIN_SECURITY_POLICY_MANAGE = "admin.security_policy.manage"
ADMIN_AUDIT_READ = "admin.audit.read"
APPROVALS_READ = "approvals.read"
APPROVALS_DECIDE = "approvals.decide"
CUSTOMERS_READ = "customers.read"
CUSTOMERS_MANAGE = "customers.manage"
CUSTOMERS_IMPORT = "customers.import"
PARAMETERS_READ = "parameters.read"
PARAMETERS_MANAGE = "parameters.manage"
CASH_COLLECT = "cash.collect"
CASH_SUPERVISE = "cash.supervise"
CASH_APPROVE = "cash.approve"
CASH_DEPOSIT = "cash.deposit"
BILLING_READ = "billing.read"
BILLING_RUN = "billing.run"
BILLING_READINGS = "billing.readings"
BILLING_TARIFFS = "billing.tariffs"
BILLING_APPROVE = "billing.approve"

CATALOGUE: tuple[Right, ...] = (
    Right(ADMIN_AGENCIES_READ, "administration", "See agencies"),
    Right(ADMIN_AGENCIES_MANAGE, "administration", "Create and edit agencies"),
    Right(ADMIN_USERS_READ, "administration", "See users"),
    Right(ADMIN_USERS_MANAGE, "administration", "Create users, reset passwords, lock and unlock"),
    Right(ADMIN_PROFILES_READ, "administration", "See profiles and their rights"),
    Right(ADMIN_PROFILES_MANAGE, "administration", "Create and edit profiles"),
    Right(ADMIN_WORKSTATIONS_READ, "administration", "See registered workstations"),
    Right(ADMIN_WORKSTATIONS_MANAGE, "administration", "Register, enroll and revoke workstations"),
    Right(ADMIN_SECURITY_POLICY_READ, "administration", "See the security policy"),
    Right(ADMIN_SECURITY_POLICY_MANAGE, "administration", "Request security policy changes"),
    Right(ADMIN_AUDIT_READ, "administration", "Search the audit log"),
    Right(APPROVALS_READ, "approvals", "See approval requests"),
    Right(APPROVALS_DECIDE, "approvals", "Approve or reject requests of others"),
    Right(CUSTOMERS_READ, "customers", "See customers and accounts"),
    Right(CUSTOMERS_MANAGE, "customers", "Create and correct customer data"),
    Right(CUSTOMERS_IMPORT, "customers", "Import customer data from the legacy system"),
    Right(PARAMETERS_READ, "parameters", "See parameters and reference data"),
    Right(PARAMETERS_MANAGE, "parameters", "Change parameters and reference data"),
    Right(CASH_COLLECT, "cash", "Open a cash session and collect payments"),
    Right(CASH_SUPERVISE, "cash", "See every till of the agencies in scope"),
    Right(CASH_APPROVE, "cash", "Approve receipt cancellations and large disbursements"),
    Right(CASH_DEPOSIT, "cash", "Prepare bank deposits and record the bank's slips"),
    Right(BILLING_READ, "billing", "See tariffs, readings and bills"),
    Right(BILLING_RUN, "billing", "Simulate and finalize bill runs; bill one subscription"),
    Right(BILLING_READINGS, "billing", "Enter, import and review meter readings"),
    Right(BILLING_TARIFFS, "billing", "Propose tariff versions and manage billing batches"),
    Right(BILLING_APPROVE, "billing", "Approve tariff versions and bill corrections of others"),
)

ALL_CODES: frozenset[str] = frozenset(r.code for r in CATALOGUE)


def unknown_codes(codes: Iterable[str]) -> list[str]:
    """The codes in `codes` that are not in the catalogue, sorted."""
    return sorted(c for c in codes if c not in ALL_CODES)


def is_administrator(rights: frozenset[str]) -> bool:
    """An administrator account: its profile may manage users (ADM-5 unlock needs approval)."""
    return ADMIN_USERS_MANAGE in rights
