"""Translated labels of right codes and of their modules (ADM-2).

The server sends each right's code, module and an English description; codes are stable
identifiers, so the client owns their labels. A code this client does not know (a newer server)
falls back to the server's description, then to the code itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _right_labels() -> dict[str, str]:
    # Literal strings so that pyside6-lupdate extracts them; built per call so the
    # current translator applies.
    return {
        "admin.agencies.read": QCoreApplication.translate("RightLabels", "See agencies"),
        "admin.agencies.manage": QCoreApplication.translate(
            "RightLabels", "Create and edit agencies"
        ),
        "admin.users.read": QCoreApplication.translate("RightLabels", "See users"),
        "admin.users.manage": QCoreApplication.translate(
            "RightLabels", "Manage users (creation, passwords, locking)"
        ),
        "admin.profiles.read": QCoreApplication.translate(
            "RightLabels", "See profiles and their rights"
        ),
        "admin.profiles.manage": QCoreApplication.translate(
            "RightLabels", "Create and edit profiles"
        ),
        "admin.workstations.read": QCoreApplication.translate(
            "RightLabels", "See registered workstations"
        ),
        "admin.workstations.manage": QCoreApplication.translate(
            "RightLabels", "Register, enroll and revoke workstations"
        ),
        "admin.security_policy.read": QCoreApplication.translate(
            "RightLabels", "See the security policy"
        ),
        "admin.security_policy.manage": QCoreApplication.translate(
            "RightLabels", "Request security policy changes"
        ),
        "admin.audit.read": QCoreApplication.translate("RightLabels", "Search the audit log"),
        "approvals.read": QCoreApplication.translate("RightLabels", "See approval requests"),
        "approvals.decide": QCoreApplication.translate(
            "RightLabels", "Approve or reject the requests of others"
        ),
        "customers.read": QCoreApplication.translate(
            "RightLabels", "See customers and their accounts"
        ),
        "customers.manage": QCoreApplication.translate(
            "RightLabels", "Create and correct customer data"
        ),
        "customers.import": QCoreApplication.translate(
            "RightLabels", "Import customer data from the legacy system"
        ),
        "parameters.read": QCoreApplication.translate(
            "RightLabels", "See parameters and reference data"
        ),
        "parameters.manage": QCoreApplication.translate(
            "RightLabels", "Change parameters and reference data"
        ),
        "cash.collect": QCoreApplication.translate(
            "RightLabels", "Open a cash session and collect payments"
        ),
        "cash.supervise": QCoreApplication.translate(
            "RightLabels", "Supervise every till of the agencies in scope"
        ),
        "cash.approve": QCoreApplication.translate(
            "RightLabels", "Approve receipt cancellations and large disbursements"
        ),
        "cash.deposit": QCoreApplication.translate(
            "RightLabels", "Prepare bank deposits and record the bank's slips"
        ),
        "billing.read": QCoreApplication.translate(
            "RightLabels", "See tariffs, meter readings and bills"
        ),
        "billing.run": QCoreApplication.translate(
            "RightLabels", "Simulate and finalize bill runs; bill one subscription"
        ),
        "billing.readings": QCoreApplication.translate(
            "RightLabels", "Enter, import and review meter readings"
        ),
        "billing.tariffs": QCoreApplication.translate(
            "RightLabels", "Propose tariff versions and manage billing batches"
        ),
        "billing.approve": QCoreApplication.translate(
            "RightLabels", "Approve tariff versions and bill corrections of others"
        ),
    }


def _module_labels() -> dict[str, str]:
    return {
        "administration": QCoreApplication.translate("RightLabels", "Administration"),
        "approvals": QCoreApplication.translate("RightLabels", "Approvals"),
        "customers": QCoreApplication.translate("RightLabels", "Customer service"),
        "parameters": QCoreApplication.translate("RightLabels", "Parameters"),
        "cash": QCoreApplication.translate("RightLabels", "Cash"),
        "billing": QCoreApplication.translate("RightLabels", "Billing"),
    }


def known_right_codes() -> frozenset[str]:
    """The right codes this client has a label for."""
    return frozenset(_right_labels())


def right_order(code: str) -> tuple[int, str]:
    """Sort key: the catalogue order for known codes, then unknown codes by code."""
    codes = list(_right_labels())
    return (codes.index(code) if code in codes else len(codes), code)


def right_label(code: str, server_description: str = "") -> str:
    """The label of a right in the interface language; unknown codes keep the server's text."""
    label = _right_labels().get(code)
    if label:
        return label
    return server_description.strip() or code


def module_label(module: str) -> str:
    """The title of a module's group of rights; an unknown module shows its code."""
    return _module_labels().get(module, module)
