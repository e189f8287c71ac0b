"""The agency cash desk (CSH-1..12, CASH-01..08, IDEM-01..04).

Facts are append-only (a trigger refuses UPDATE and DELETE, revision 0004): payments, their
tenders and allocations, receipts, cash movements, closures and their denomination counts,
ledger entries, bank deposits and slips. A correction is a new row pointing at the old one
(a cancellation receipt, reversing allocations and tenders, a reversing ledger group).

Three kinds of row change by design, each a counter or a state, never an amount of money:
`cash_sessions.status` (open -> closed), `receipt_series` (the next number and the chain
head of a series, locked by the transaction that takes a number: gap-free, CASH-02) and
`closure_chain_heads` (the chain head of an agency's closures, CASH-04).

Amounts are integer minor units of `currency_code` (XOF/XAF have none: 1 franc = 1).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from iwebs_server.persistence.tables.base import Base
from iwebs_server.persistence.types import UtcDateTime

ID = String(36)
MONEY = BigInteger().with_variant(Integer, "sqlite")


class CashSessionRow(Base):
    """A cashier's session at a till (the workstation, which must be allowed to collect cash)
    for one business day. One per cashier, agency and day (CSH-8); one open per workstation.
    The agency is the workstation's (CSH-9)."""

    __tablename__ = "cash_sessions"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"))
    workstation_id: Mapped[str] = mapped_column(ID, ForeignKey("workstations.id"))
    cashier_user_id: Mapped[str] = mapped_column(ID, ForeignKey("users.id"))
    business_date: Mapped[date] = mapped_column(Date)
    currency_code: Mapped[str] = mapped_column(String(3))
    opening_float_minor: Mapped[int] = mapped_column(MONEY)
    # a head cashier's session receives mid-day transfers from the tills
    is_head_cashier: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(16))  # open | closed
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    __table_args__ = (
        UniqueConstraint("cashier_user_id", "agency_id", "business_date"),
        Index("ix_cash_sessions_agency_date", "agency_id", "business_date"),
        Index("ix_cash_sessions_workstation_status", "workstation_id", "status"),
    )


class PaymentRow(Base):
    """One payment at a counter: its id is the client's request_id (IDEM-01), so a retry
    cannot make a second one; `payload_hash` tells a retry from a reuse (IDEM-02)."""

    __tablename__ = "payments"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    payload_hash: Mapped[str] = mapped_column(String(64))
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"))
    cash_session_id: Mapped[str] = mapped_column(ID, ForeignKey("cash_sessions.id"))
    account_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("customer_accounts.id"), nullable=True
    )
    payer_name: Mapped[str] = mapped_column(String(200), default="")
    currency_code: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(MONEY)  # applied: bills + advance + fees
    tendered_minor: Mapped[int] = mapped_column(MONEY)  # sum of the tenders
    change_minor: Mapped[int] = mapped_column(MONEY)  # given back in cash
    created_by: Mapped[str] = mapped_column(ID, ForeignKey("users.id"))
    workstation_id: Mapped[str] = mapped_column(ID, ForeignKey("workstations.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    __table_args__ = (
        Index("ix_payments_session", "cash_session_id", "created_at"),
        Index("ix_payments_account", "account_id", "created_at"),
    )


class PaymentTenderRow(Base):
    """How a payment was paid: one row per tender (cash, a cheque, mobile money, ...).
    A cancellation adds the same tenders negated, pointing at these (`reverses_tender_id`)."""

    __tablename__ = "payment_tenders"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    payment_id: Mapped[str] = mapped_column(ID, ForeignKey("payments.id"))
    cash_session_id: Mapped[str] = mapped_column(ID, ForeignKey("cash_sessions.id"))
    receipt_id: Mapped[str] = mapped_column(ID, ForeignKey("receipts.id"))
    mode_code: Mapped[str] = mapped_column(String(32))  # PAYMENT_MODE reference item
    mode_kind: Mapped[str] = mapped_column(String(16))  # cash | cheque | mobile_money | ...
    amount_minor: Mapped[int] = mapped_column(MONEY)  # net of change for cash; < 0 reversal
    bank_code: Mapped[str] = mapped_column(String(32), default="")
    reference: Mapped[str] = mapped_column(String(64), default="")  # cheque or transaction no.
    drawer_name: Mapped[str] = mapped_column(String(200), default="")
    cheque_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    reverses_tender_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("payment_tenders.id"), nullable=True, unique=True
    )
    __table_args__ = (
        Index("ix_payment_tenders_payment", "payment_id"),
        Index("ix_payment_tenders_session_mode", "cash_session_id", "mode_kind"),
    )


class AllocationRow(Base):
    """Where a payment's money went: a bill, the account's advance, or a fee (CSH-1, CSH-2).
    What is open on a bill = its amount - the sum of its allocations; a cancellation adds
    the negated allocation (`reverses_allocation_id`), which reopens the bill."""

    __tablename__ = "allocations"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    payment_id: Mapped[str] = mapped_column(ID, ForeignKey("payments.id"))
    receipt_id: Mapped[str] = mapped_column(ID, ForeignKey("receipts.id"))
    kind: Mapped[str] = mapped_column(String(16))  # bill | advance | fee
    account_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("customer_accounts.id"), nullable=True
    )
    bill_id: Mapped[str | None] = mapped_column(ID, ForeignKey("bills.id"), nullable=True)
    fee_code: Mapped[str] = mapped_column(String(32), default="")  # MISC_FEE reference item
    fee_reference: Mapped[str] = mapped_column(String(64), default="")  # e.g. a quote number
    amount_minor: Mapped[int] = mapped_column(MONEY)
    reverses_allocation_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("allocations.id"), nullable=True, unique=True
    )
    __table_args__ = (
        Index("ix_allocations_bill", "bill_id"),
        Index("ix_allocations_payment", "payment_id"),
        Index("ix_allocations_account_kind", "account_id", "kind"),
    )


class ReceiptSeriesRow(Base):
    """A receipt series (agency, year): the last number given and the chain head (CASH-02,
    CASH-03). The transaction that issues a receipt locks this row, takes last_number + 1
    and moves the head: numbers are gap-free and the chain has one order."""

    __tablename__ = "receipt_series"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # "<agency code>-<year>"
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"))
    year: Mapped[int] = mapped_column(Integer)
    last_number: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
    __table_args__ = (UniqueConstraint("agency_id", "year"),)


class ReceiptRow(Base):
    """A numbered, hash-chained receipt (CASH-01..03): a payment's receipt, a cancellation
    receipt (negative, `cancels_receipt_id` unique: never twice, CASH-07) or a disbursement
    voucher (negative). `hash = SHA-256(previous_hash || canonical_json(receipt))` over the
    fields listed in domain/receipt_chain.py."""

    __tablename__ = "receipts"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    series_id: Mapped[str] = mapped_column(String(64), ForeignKey("receipt_series.id"))
    number: Mapped[int] = mapped_column(Integer)
    receipt_number: Mapped[str] = mapped_column(String(80), unique=True)  # "<series>-000123"
    kind: Mapped[str] = mapped_column(String(16))  # payment | cancellation | disbursement
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"))
    cash_session_id: Mapped[str] = mapped_column(ID, ForeignKey("cash_sessions.id"))
    payment_id: Mapped[str | None] = mapped_column(ID, ForeignKey("payments.id"), nullable=True)
    cash_movement_id: Mapped[str | None] = mapped_column(ID, nullable=True)  # a disbursement
    cancels_receipt_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("receipts.id"), nullable=True, unique=True
    )
    approval_request_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    account_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    currency_code: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(MONEY)  # signed
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    issued_by: Mapped[str] = mapped_column(ID, ForeignKey("users.id"))
    workstation_id: Mapped[str] = mapped_column(ID, ForeignKey("workstations.id"))
    reason: Mapped[str] = mapped_column(String(500), default="")
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    __table_args__ = (
        UniqueConstraint("series_id", "number"),
        Index("ix_receipts_session", "cash_session_id", "number"),
        Index("ix_receipts_payment", "payment_id"),
        Index("ix_receipts_agency_issued", "agency_id", "issued_at"),
    )


class ReceiptPrintRow(Base):
    """Each print of a receipt: the first is the original, every later one a DUPLICATA
    (CSH-4), with who printed it and from where (CSH-10)."""

    __tablename__ = "receipt_prints"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    receipt_id: Mapped[str] = mapped_column(ID, ForeignKey("receipts.id"), index=True)
    copy_number: Mapped[int] = mapped_column(Integer)  # 1 = original, 2.. = duplicates
    printed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    printed_by: Mapped[str] = mapped_column(ID, ForeignKey("users.id"))
    workstation_id: Mapped[str] = mapped_column(ID, ForeignKey("workstations.id"))
    __table_args__ = (UniqueConstraint("receipt_id", "copy_number"),)


class CashMovementRow(Base):
    """Money into or out of a till other than a payment: the opening float, transfers to and
    from the head cashier, disbursements (refunds, stamps: CSH-3), the difference found at
    closing (over > 0 / short < 0: its own entry, never edited away, CSH-6)."""

    __tablename__ = "cash_movements"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    cash_session_id: Mapped[str] = mapped_column(ID, ForeignKey("cash_sessions.id"))
    # opening_float | transfer_out | transfer_in | disbursement | difference
    kind: Mapped[str] = mapped_column(String(16))
    mode_kind: Mapped[str] = mapped_column(String(16), default="cash")
    currency_code: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(MONEY)  # signed, as seen from the till
    counterpart_session_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("cash_sessions.id"), nullable=True
    )
    category_code: Mapped[str] = mapped_column(String(32), default="")  # DISBURSEMENT_TYPE
    account_id: Mapped[str | None] = mapped_column(ID, nullable=True)  # a refund's account
    beneficiary: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(String(500), default="")
    approval_request_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    request_id: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    created_by: Mapped[str] = mapped_column(ID, ForeignKey("users.id"))
    workstation_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    __table_args__ = (
        Index("ix_cash_movements_session", "cash_session_id", "kind"),
        # a refund's account: the advance balance sums them (lettrage per chunk, issue 5)
        Index("ix_cash_movements_account", "account_id"),
    )


class ClosureChainHeadRow(Base):
    """The head of an agency's chain of closures (CASH-04), locked by each closure."""

    __tablename__ = "closure_chain_heads"
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"), primary_key=True)
    last_sequence: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
    perpetual_total_minor: Mapped[int] = mapped_column(MONEY)


class CashClosureRow(Base):
    """A closure (CASH-04): of a cash session (level session: expected and counted per
    tender, denomination count, difference) or of an agency's business day (level day:
    totals by tender, first/last receipt, period and perpetual grand total). Immutable and
    chained per agency: `hash = SHA-256(previous_hash || canonical_json(closure))`."""

    __tablename__ = "cash_closures"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"))
    sequence: Mapped[int] = mapped_column(Integer)  # per agency, gap-free
    level: Mapped[str] = mapped_column(String(16))  # session | day
    cash_session_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("cash_sessions.id"), nullable=True, unique=True
    )
    business_date: Mapped[date] = mapped_column(Date)
    currency_code: Mapped[str] = mapped_column(String(3))
    # {"cash": {"expected": 1, "counted": 1}, "cheque": {...}, ...} sorted keys
    totals_json: Mapped[str] = mapped_column(Text)
    receipt_count: Mapped[int] = mapped_column(Integer)
    first_receipt_number: Mapped[str] = mapped_column(String(80), default="")
    last_receipt_number: Mapped[str] = mapped_column(String(80), default="")
    last_receipt_hash: Mapped[str] = mapped_column(String(64), default="")
    period_total_minor: Mapped[int] = mapped_column(MONEY)  # sum of the receipts' amounts
    perpetual_total_minor: Mapped[int] = mapped_column(MONEY)  # day level; session: 0
    expected_cash_minor: Mapped[int] = mapped_column(MONEY)
    counted_cash_minor: Mapped[int] = mapped_column(MONEY)
    difference_minor: Mapped[int] = mapped_column(MONEY)  # counted - expected
    comment: Mapped[str] = mapped_column(String(500), default="")
    closed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    closed_by: Mapped[str] = mapped_column(ID, ForeignKey("users.id"))
    workstation_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    previous_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    __table_args__ = (
        UniqueConstraint("agency_id", "sequence"),
        Index("ix_cash_closures_agency_date", "agency_id", "business_date", "level"),
    )


class DenominationCountRow(Base):
    """One line of a closing's denomination count (billetage, CSH-6)."""

    __tablename__ = "denomination_counts"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    closure_id: Mapped[str] = mapped_column(ID, ForeignKey("cash_closures.id"), index=True)
    denomination_code: Mapped[str] = mapped_column(String(32))  # CASH_DENOMINATION item
    unit_value_minor: Mapped[int] = mapped_column(MONEY)
    quantity: Mapped[int] = mapped_column(Integer)
    amount_minor: Mapped[int] = mapped_column(MONEY)


class LedgerEntryRow(Base):
    """Double-entry ledger lines: each group (a payment, a cancellation, a movement, a
    deposit) sums to zero. Ledger accounts: CASH, CHEQUES, MOBILE_MONEY, ... (what the till
    holds per tender kind), RECEIVABLE (bills), ADVANCE (customer credit), FEE:<code>,
    DISBURSEMENT:<code>, CASH_DIFFERENCE, HEAD_CASHIER, BANK:<code>. debit > 0, credit < 0."""

    __tablename__ = "ledger_entries"
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    entry_group_id: Mapped[str] = mapped_column(ID)
    source_type: Mapped[str] = mapped_column(String(32))  # payment | cancellation | movement ...
    agency_id: Mapped[str] = mapped_column(ID)  # no foreign key: see BillRow (revision 0006)
    ledger_account: Mapped[str] = mapped_column(String(64))
    account_id: Mapped[str | None] = mapped_column(ID, nullable=True)  # the customer account
    bill_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    cash_session_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    currency_code: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(MONEY)  # debit > 0, credit < 0
    business_date: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    __table_args__ = (
        Index("ix_ledger_entries_group", "entry_group_id"),
        Index("ix_ledger_entries_account", "account_id"),
    )


class BankDepositRow(Base):
    """A deposit prepared for the bank (CSH-5): cash from closed sessions, or a remittance of
    cheques (kind cheque). The bank's slip is recorded apart (BankDepositSlipRow)."""

    __tablename__ = "bank_deposits"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    deposit_number: Mapped[str] = mapped_column(String(80), unique=True)
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"))
    kind: Mapped[str] = mapped_column(String(16))  # cash | cheque
    bank_code: Mapped[str] = mapped_column(String(32))
    currency_code: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(MONEY)
    prepared_at: Mapped[datetime] = mapped_column(UtcDateTime)
    prepared_by: Mapped[str] = mapped_column(ID, ForeignKey("users.id"))
    comment: Mapped[str] = mapped_column(String(500), default="")
    __table_args__ = (Index("ix_bank_deposits_agency", "agency_id", "prepared_at"),)


class BankDepositLineRow(Base):
    """What a deposit carries: an amount of a closed session's cash, or one cheque (a tender;
    unique: a cheque is remitted once)."""

    __tablename__ = "bank_deposit_lines"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    deposit_id: Mapped[str] = mapped_column(ID, ForeignKey("bank_deposits.id"), index=True)
    cash_session_id: Mapped[str] = mapped_column(ID, ForeignKey("cash_sessions.id"), index=True)
    payment_tender_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("payment_tenders.id"), nullable=True, unique=True
    )
    amount_minor: Mapped[int] = mapped_column(MONEY)


class BankDepositSlipRow(Base):
    """The bank's slip (bordereau de versement) for a deposit: its number, date and the
    amount the bank credited."""

    __tablename__ = "bank_deposit_slips"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    deposit_id: Mapped[str] = mapped_column(ID, ForeignKey("bank_deposits.id"), unique=True)
    slip_number: Mapped[str] = mapped_column(String(64))
    slip_date: Mapped[date] = mapped_column(Date)
    credited_minor: Mapped[int] = mapped_column(MONEY)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(ID, ForeignKey("users.id"))
