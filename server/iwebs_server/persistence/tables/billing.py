"""Tariffs, meter readings and billing (issue 5; FAC-1..10, PAR-1).

- Tariffs (FAC-10): a tariff per (tariff category, product), its versions in time. A version
  holds the whole grid as canonical JSON (`domain/tariff_engine.py` parses and checks it);
  it is proposed (`pending`), approved by a second person and then never changed: a new
  price is a new version with its own `valid_from`.
- Readings (FAC-3, FAC-4): one row per index read (or estimated) on a meter register. The
  reading's review state changes (to_check -> released | replaced); its index never does: a
  corrected index is a new reading that `replaces_reading_id` the old one.
- Bill runs (FAC-1, FAC-2, FAC-5, FAC-6, FAC-8): a batch (lot) is a saved selection; a run
  bills a batch for a period, first as a simulation (`bill_run_items`, replaced when
  re-simulated: not financial facts), then finalized chunk by chunk (`bill_run_chunks`, each
  chunk one transaction: claim, bills, lines, ledger, matches, outbox, done).
- Issued bills live in `bills` (issue 3's table, append-only, extended by revision 0005),
  their lines in `bill_lines`; matching (lettrage, FAC-7) in `bill_matches`; events for
  e-mail and SMS (FAC-9) in `outbox_events`.

Amounts are integer minor units of `currency_code`; quantities and prices are decimal text
(never float).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
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
DECIMAL_TEXT = String(40)  # canonical decimal text, e.g. "136.49" or "61.6667"


class TariffRow(Base):
    """A tariff: the grid applied to the subscriptions of one tariff category and product
    (e.g. SENELEC domestic "DPP" conventional). Its prices are in its versions."""

    __tablename__ = "tariffs"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    service: Mapped[str] = mapped_column(String(16))  # water | electricity
    tariff_category_code: Mapped[str] = mapped_column(String(32))  # TARIFF_CATEGORY item
    product_code: Mapped[str] = mapped_column(String(32))  # PRODUCT item: conventional | ...
    currency_code: Mapped[str] = mapped_column(String(3))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    __table_args__ = (UniqueConstraint("tariff_category_code", "product_code"),)


class TariffVersionRow(Base):
    """A version of a tariff's grid, in force from `valid_from` until the next approved
    version's `valid_from`. Status: pending -> approved | rejected (four eyes, ADM-5)."""

    __tablename__ = "tariff_versions"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    tariff_id: Mapped[str] = mapped_column(ID, ForeignKey("tariffs.id"), index=True)
    version_number: Mapped[int] = mapped_column(Integer)
    valid_from: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))  # pending | approved | rejected
    definition_json: Mapped[str] = mapped_column(Text)  # domain/tariff_engine canonical JSON
    definition_hash: Mapped[str] = mapped_column(String(64))  # SHA-256 of definition_json
    reason: Mapped[str] = mapped_column(String(500), default="")
    created_by: Mapped[str] = mapped_column(ID, ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    approval_request_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    __table_args__ = (UniqueConstraint("tariff_id", "version_number"),)


class MeterReadingRow(Base):
    """An index read on a meter register (or estimated, or at installation / removal).

    `consumption` is the units since `previous_reading_id` (roll-over and multiplier
    applied), None when no index could be read (no access). `case_codes` lists the reading
    cases found by the validation (domain/reading_rules.py), comma-separated; a reading with
    cases waits (`to_check`) until it is released or replaced after a field check.
    """

    __tablename__ = "meter_readings"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    subscription_id: Mapped[str] = mapped_column(ID, ForeignKey("subscriptions.id"))
    meter_id: Mapped[str] = mapped_column(ID, ForeignKey("meters.id"))
    register_code: Mapped[str] = mapped_column(String(16), default="single")
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"))
    round_id: Mapped[str | None] = mapped_column(ID, ForeignKey("rounds.id"), nullable=True)
    reading_date: Mapped[date] = mapped_column(Date)
    index_value: Mapped[int | None] = mapped_column(MONEY, nullable=True)  # None: not read
    previous_reading_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    consumption: Mapped[int | None] = mapped_column(MONEY, nullable=True)
    # field | handheld | office | customer | estimate | installation | removal
    source: Mapped[str] = mapped_column(String(16))
    field_code: Mapped[str] = mapped_column(String(32), default="")  # READING_ANOMALY item
    # validated | to_check | released | replaced | estimated
    status: Mapped[str] = mapped_column(String(16))
    case_codes: Mapped[str] = mapped_column(String(200), default="")
    replaces_reading_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("meter_readings.id"), nullable=True, unique=True
    )
    request_id: Mapped[str | None] = mapped_column(ID, nullable=True, unique=True)
    entered_by: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"), nullable=True)
    entered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reviewed_by: Mapped[str | None] = mapped_column(ID, ForeignKey("users.id"), nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    review_note: Mapped[str] = mapped_column(String(500), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    __table_args__ = (
        Index("ix_meter_readings_subscription_date", "subscription_id", "reading_date"),
        Index("ix_meter_readings_status_agency", "status", "agency_id"),
    )


class BillingBatchRow(Base):
    """A billing batch (lot, FAC-2): which subscriptions of an agency a run bills. Empty
    criteria mean "any"; lists are comma-separated codes or round ids."""

    __tablename__ = "billing_batches"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    service: Mapped[str] = mapped_column(String(16), default="")  # "" | water | electricity
    billing_periodicity: Mapped[str] = mapped_column(String(16), default="")
    tariff_category_codes: Mapped[str] = mapped_column(Text, default="")
    round_ids: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    __table_args__ = (UniqueConstraint("agency_id", "code"),)


class BillRunRow(Base):
    """A run: a batch billed for a period (kind mass), or one subscription (individual,
    final). Status: simulating -> simulated -> finalizing -> finalized, or cancelled (only
    before finalizing). Counters are kept up to date by the chunks as they finish."""

    __tablename__ = "bill_runs"
    id: Mapped[str] = mapped_column(ID, primary_key=True)  # the client's request_id
    run_number: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # mass | individual | final
    batch_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("billing_batches.id"), nullable=True, index=True
    )
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"), index=True)
    period_label: Mapped[str] = mapped_column(String(32))  # "2026-11"
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)  # inclusive
    bill_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    currency_code: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16))
    total_items: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[str] = mapped_column(ID, ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    simulated_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    finalize_requested_by: Mapped[str | None] = mapped_column(
        ID, ForeignKey("users.id"), nullable=True
    )
    finalize_requested_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    finalized_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class BillRunChunkRow(Base):
    """A slice of a run's subscriptions (in round order), processed in one transaction by
    whichever worker claims it first (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: the one
    writer). A crash rolls the chunk back; it stays pending and is done again."""

    __tablename__ = "bill_run_chunks"
    run_id: Mapped[str] = mapped_column(ID, ForeignKey("bill_runs.id"), primary_key=True)
    phase: Mapped[str] = mapped_column(String(16), primary_key=True)  # simulate | finalize
    chunk_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    subscription_ids: Mapped[str] = mapped_column(Text)  # comma-separated, in round order
    item_count: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))  # pending | done
    billed_count: Mapped[int] = mapped_column(Integer, default=0)
    not_billed_count: Mapped[int] = mapped_column(Integer, default=0)
    error_count: Mapped[int] = mapped_column(Integer, default=0)
    amount_minor: Mapped[int] = mapped_column(MONEY, default=0)
    worker: Mapped[str] = mapped_column(String(64), default="")
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    __table_args__ = (Index("ix_bill_run_chunks_pending", "status", "run_id", "phase"),)


class BillRunItemRow(Base):
    """What the simulation found for one subscription of a run (FAC-5, FAC-6, FAC-8).

    outcome: ready | held (a control rule stopped it: `control_codes`) | released (a held
    item the biller lets through) | excluded (kept out of this run by the biller) |
    not_billed (`cause`: no reading, no tariff, ...). Finalization bills ready and released
    items; one that fails there becomes not_billed with its cause.
    """

    __tablename__ = "bill_run_items"
    run_id: Mapped[str] = mapped_column(ID, primary_key=True)  # no foreign key: see BillRow
    subscription_id: Mapped[str] = mapped_column(ID, primary_key=True)
    chunk_no: Mapped[int] = mapped_column(Integer)
    account_id: Mapped[str] = mapped_column(ID)
    outcome: Mapped[str] = mapped_column(String(16))
    cause: Mapped[str] = mapped_column(String(32), default="")
    control_codes: Mapped[str] = mapped_column(String(200), default="")
    consumption: Mapped[int | None] = mapped_column(MONEY, nullable=True)
    estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    amount_minor: Mapped[int] = mapped_column(MONEY, default=0)
    note: Mapped[str] = mapped_column(String(500), default="")
    # the simulated consumption (revision 0008), taken again by the finalization while the
    # subscription's billing_inputs_version and the parameters' fingerprint are unchanged
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)
    index_from: Mapped[int | None] = mapped_column(MONEY, nullable=True)
    index_to: Mapped[int | None] = mapped_column(MONEY, nullable=True)
    reading_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    estimate_method: Mapped[str] = mapped_column(String(32), default="", server_default="")
    consecutive_estimates: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    inputs_version: Mapped[int | None] = mapped_column(MONEY, nullable=True)
    inputs_fingerprint: Mapped[str] = mapped_column(String(32), default="", server_default="")
    __table_args__ = (
        Index("ix_bill_run_items_outcome", "run_id", "outcome"),
        Index("ix_bill_run_items_subscription", "subscription_id"),
    )


class BillLineRow(Base):
    """A line of an issued bill, with what produced it so that the bill explains itself:
    the tariff version, the block, the rule (e.g. "bloc 2 : 151-250 kWh x 61/60 jours") and
    the ledger account it is posted to. Append-only like the bill."""

    __tablename__ = "bill_lines"
    # no foreign key (revision 0006): the line is written with its bill, in the same call
    bill_id: Mapped[str] = mapped_column(ID, primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32))  # ENERGY.2, FIXED, VAT, STAMP, ...
    kind: Mapped[str] = mapped_column(String(16))  # energy | fixed | power | minimum | tax ...
    label: Mapped[str] = mapped_column(String(200))  # French, as printed
    quantity: Mapped[str] = mapped_column(DECIMAL_TEXT)
    unit: Mapped[str] = mapped_column(String(16), default="")  # kWh | m3 | kVA | jour | %
    unit_price: Mapped[str] = mapped_column(DECIMAL_TEXT)
    amount_minor: Mapped[int] = mapped_column(MONEY)
    tariff_version_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    block_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rule: Mapped[str] = mapped_column(String(300), default="")
    ledger_account: Mapped[str] = mapped_column(String(64))


class BillMatchRow(Base):
    """Matching (lettrage, FAC-7): a credit of the account settles (part of) a bill.

    source_kind: advance (the account's advance from payments) | credit_note (a credit note
    `source_bill_id`) | deposit (the subscription's security deposit, at the final bill) |
    deposit_release (the deposit's rest released to the advance at the final bill `bill_id`;
    settles nothing: docs/bills-and-accounts.md 2).
    What a bill still owes = amount - allocations - matches on it; a credit note's credit
    left = -amount - matches from it. A reversal is a negated row (`reverses_match_id`).
    """

    __tablename__ = "bill_matches"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    account_id: Mapped[str] = mapped_column(ID, ForeignKey("customer_accounts.id"))
    bill_id: Mapped[str] = mapped_column(ID, ForeignKey("bills.id"))
    source_kind: Mapped[str] = mapped_column(String(16))
    source_bill_id: Mapped[str | None] = mapped_column(ID, ForeignKey("bills.id"), nullable=True)
    amount_minor: Mapped[int] = mapped_column(MONEY)
    bill_run_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    reverses_match_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("bill_matches.id"), nullable=True, unique=True
    )
    matched_at: Mapped[datetime] = mapped_column(UtcDateTime)
    __table_args__ = (
        Index("ix_bill_matches_bill", "bill_id"),
        Index("ix_bill_matches_account_kind", "account_id", "source_kind"),
        Index("ix_bill_matches_source_bill", "source_bill_id"),
    )


class OutboxEventRow(Base):
    """An event for another system (FAC-9: the e-bill by e-mail, the balance by SMS), written
    in the transaction of what it tells; a sender (a later issue) marks `published_at`."""

    __tablename__ = "outbox_events"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    topic: Mapped[str] = mapped_column(String(64))  # bill.issued | ...
    aggregate_id: Mapped[str] = mapped_column(ID)  # the bill id
    agency_id: Mapped[str] = mapped_column(ID)
    payload_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    published_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    __table_args__ = (Index("ix_outbox_events_unpublished", "published_at", "created_at"),)
