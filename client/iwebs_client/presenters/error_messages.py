"""The one place that turns an error reason into a sentence for the user (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from iwebs_client.backend.client_types import BackendError


def reason_text(reason: str) -> str:
    """The translated explanation of a reason; a generic sentence for unknown reasons."""
    texts = {
        "INVALID_ARGUMENT": QCoreApplication.translate(
            "ErrorMessages", "Some fields are not valid."
        ),
        "NOT_FOUND": QCoreApplication.translate(
            "ErrorMessages", "This item no longer exists or is out of your scope."
        ),
        "ALREADY_EXISTS": QCoreApplication.translate(
            "ErrorMessages", "An item with this code or name already exists."
        ),
        "VERSION_CONFLICT": QCoreApplication.translate(
            "ErrorMessages", "Someone else changed this item meanwhile. Reload and try again."
        ),
        "INVALID_STATE_TRANSITION": QCoreApplication.translate(
            "ErrorMessages",
            "This is not possible in the record's present state (for example, the meter must be "
            "removed before the subscription ends).",
        ),
        "REQUEST_ID_REUSED": QCoreApplication.translate(
            "ErrorMessages", "This request was already sent with different content."
        ),
        "WORKSTATION_CERTIFICATE_REQUIRED": QCoreApplication.translate(
            "ErrorMessages", "This workstation is not enrolled. Enroll it first."
        ),
        "WORKSTATION_UNKNOWN": QCoreApplication.translate(
            "ErrorMessages", "The server does not know this workstation."
        ),
        "WORKSTATION_REVOKED": QCoreApplication.translate(
            "ErrorMessages", "This workstation has been revoked. Ask an administrator."
        ),
        "WORKSTATION_CERTIFICATE_EXPIRED": QCoreApplication.translate(
            "ErrorMessages",
            "The certificate of this workstation has expired. Ask an administrator for a new "
            "enrollment code.",
        ),
        "ENROLLMENT_CODE_INVALID": QCoreApplication.translate(
            "ErrorMessages", "The enrollment code is wrong, already used or expired."
        ),
        "RENEWAL_TOO_EARLY": QCoreApplication.translate(
            "ErrorMessages", "The certificate does not need renewal yet."
        ),
        "CSR_INVALID": QCoreApplication.translate(
            "ErrorMessages", "The server refused the certificate request."
        ),
        "SESSION_REQUIRED": QCoreApplication.translate("ErrorMessages", "Please log in."),
        "SESSION_EXPIRED": QCoreApplication.translate(
            "ErrorMessages", "Your session has expired. Please log in again."
        ),
        "SESSION_REVOKED": QCoreApplication.translate(
            "ErrorMessages", "Your session was closed. Please log in again."
        ),
        "SESSION_WORKSTATION_MISMATCH": QCoreApplication.translate(
            "ErrorMessages", "This session belongs to another workstation. Please log in again."
        ),
        "INVALID_CREDENTIALS": QCoreApplication.translate(
            "ErrorMessages", "Wrong login or password."
        ),
        "ACCOUNT_LOCKED": QCoreApplication.translate(
            "ErrorMessages", "This account is locked. Try again later or ask an administrator."
        ),
        "ACCOUNT_DISABLED": QCoreApplication.translate(
            "ErrorMessages", "This account is disabled."
        ),
        "PASSWORD_CHANGE_REQUIRED": QCoreApplication.translate(
            "ErrorMessages", "You must change your password first."
        ),
        "PASSWORD_POLICY": QCoreApplication.translate(
            "ErrorMessages", "The new password does not follow the password rules."
        ),
        "TOO_MANY_ATTEMPTS": QCoreApplication.translate(
            "ErrorMessages", "Too many attempts from this workstation. Wait and try again."
        ),
        "PERMISSION_DENIED": QCoreApplication.translate(
            "ErrorMessages", "Your profile does not allow this action."
        ),
        "METHOD_NOT_MAPPED": QCoreApplication.translate(
            "ErrorMessages", "This action is not available on the server."
        ),
        "AGENCY_OUT_OF_SCOPE": QCoreApplication.translate(
            "ErrorMessages", "This agency is outside your scope of action."
        ),
        "APPROVAL_SELF_DECISION": QCoreApplication.translate(
            "ErrorMessages", "You cannot decide on a request you made yourself."
        ),
        "APPROVAL_ALREADY_DECIDED": QCoreApplication.translate(
            "ErrorMessages", "This request has already been decided."
        ),
        "APPROVAL_REQUIRED": QCoreApplication.translate(
            "ErrorMessages", "This change needs a second administrator."
        ),
        "INTERNAL": QCoreApplication.translate(
            "ErrorMessages", "The server met an unexpected error."
        ),
        "UNAVAILABLE": QCoreApplication.translate(
            "ErrorMessages", "The server cannot be reached. Check the network and try again."
        ),
        "DEADLINE_EXCEEDED": QCoreApplication.translate(
            "ErrorMessages", "The server did not answer in time."
        ),
        "RESOURCE_EXHAUSTED": QCoreApplication.translate(
            "ErrorMessages", "The request is too large."
        ),
        "CA_FILE_UNREADABLE": QCoreApplication.translate(
            "ErrorMessages", "The CA certificate file cannot be read."
        ),
        "KEYRING_UNAVAILABLE": QCoreApplication.translate(
            "ErrorMessages", "The key of this workstation cannot be stored in the system keyring."
        ),
        "CLIENT_ERROR": QCoreApplication.translate(
            "ErrorMessages", "The application met an unexpected error."
        ),
        "CASH_DESK_NOT_ALLOWED": QCoreApplication.translate(
            "ErrorMessages", "This workstation is not allowed to collect cash."
        ),
        "CASH_SESSION_ALREADY_OPEN": QCoreApplication.translate(
            "ErrorMessages", "A cash session is already open for you today or on this till."
        ),
        "CASH_SESSION_NOT_OPEN": QCoreApplication.translate(
            "ErrorMessages", "No cash session of yours is open on this workstation."
        ),
        "PAYMENT_AMOUNT_INVALID": QCoreApplication.translate(
            "ErrorMessages",
            "This amount cannot be accepted (partial payment, minimum or overpayment rules).",
        ),
        "TENDERS_INSUFFICIENT": QCoreApplication.translate(
            "ErrorMessages", "The tenders do not cover the amount (change is given in cash only)."
        ),
        "RECEIPT_ALREADY_CANCELLED": QCoreApplication.translate(
            "ErrorMessages", "This receipt is already cancelled or its cancellation is pending."
        ),
        "CLOSING_COMMENT_REQUIRED": QCoreApplication.translate(
            "ErrorMessages", "The difference exceeds the tolerance: a comment is required."
        ),
        "DAY_HAS_OPEN_SESSIONS": QCoreApplication.translate(
            "ErrorMessages", "Some cash sessions of this day are still open."
        ),
        "DAY_ALREADY_CLOSED": QCoreApplication.translate(
            "ErrorMessages", "This business day is already closed."
        ),
        "DEPOSIT_EXCEEDS_AVAILABLE": QCoreApplication.translate(
            "ErrorMessages", "The deposit exceeds what is available to deposit."
        ),
        "TARIFF_DEFINITION_INVALID": QCoreApplication.translate(
            "ErrorMessages", "The tariff grid is not valid: see the marked cell."
        ),
        "NO_TARIFF_FOR_PERIOD": QCoreApplication.translate(
            "ErrorMessages", "No approved tariff version covers this period."
        ),
        "READING_OUT_OF_ORDER": QCoreApplication.translate(
            "ErrorMessages",
            "This reading is dated before the last one of the meter: enter readings in order.",
        ),
        "READING_ALREADY_REVIEWED": QCoreApplication.translate(
            "ErrorMessages", "This reading was already released or replaced. Refresh the list."
        ),
        "BILL_RUN_STATE": QCoreApplication.translate(
            "ErrorMessages", "The run is not in a state that allows this. Refresh (F5)."
        ),
        "BILL_RUN_BUSY": QCoreApplication.translate(
            "ErrorMessages", "The run's chunks are being processed: wait for the end of the phase."
        ),
        "BILL_ALREADY_CREDITED": QCoreApplication.translate(
            "ErrorMessages", "This bill is already cancelled by a credit note."
        ),
        "SUBSCRIPTION_NOT_BILLABLE": QCoreApplication.translate(
            "ErrorMessages", "This subscription cannot be billed for this period."
        ),
        "BILLING_PERIOD_INVALID": QCoreApplication.translate(
            "ErrorMessages", "The billing period is not valid (order of the days, length)."
        ),
        "NOTHING_TO_BILL": QCoreApplication.translate(
            "ErrorMessages", "Nothing to bill: no subscription of the batch for this period."
        ),
        "PRINTER_UNAVAILABLE": QCoreApplication.translate(
            "ErrorMessages",
            "The receipt was recorded but the printer failed. Check it and print again.",
        ),
    }
    return texts.get(reason, QCoreApplication.translate("ErrorMessages", "The operation failed."))


def error_text(error: BackendError) -> str:
    """The reason's sentence, plus the correlation id that support needs for server errors."""
    text = reason_text(error.reason)
    if error.correlation_id and error.reason in {"INTERNAL", "CLIENT_ERROR"}:
        text += "\n" + QCoreApplication.translate("ErrorMessages", "Reference: %1").replace(
            "%1", error.correlation_id
        )
    return text


def violations_by_field(error: BackendError) -> dict[str, str]:
    """Field name -> what is wrong with it (the server's words)."""
    result: dict[str, str] = {}
    for violation in error.field_violations:
        result.setdefault(violation.field, violation.description)
    return result
