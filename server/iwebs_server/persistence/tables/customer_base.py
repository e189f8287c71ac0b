"""The customer base: customers, accounts (payers), premises, subscriptions, meters, seals.

Shapes follow CC&B's person / account / premise / service agreement / meter, kept as small as
a utility of Dakar or Bangui needs. Codes such as `category_code` or `tariff_category_code`
point at reference items (PAR-2, tables/reference_data.py) and are checked by the use cases.
`search_*` and `*_key` columns hold normalized text written by the use cases through
domain/search_keys.py, so that search needs no function in the database.
Every change to these rows is also written to `record_changes` (ACC-4).
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
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, aliased, mapped_column

from iwebs_server.persistence.tables.base import Base
from iwebs_server.persistence.types import UtcDateTime

ID = String(36)


class CustomerRow(Base):
    """A person or an organisation (business partner)."""

    __tablename__ = "customers"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    customer_number: Mapped[str] = mapped_column(String(20), unique=True)
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # person | organisation
    family_name: Mapped[str] = mapped_column(String(100), default="")
    given_names: Mapped[str] = mapped_column(String(150), default="")
    organisation_name: Mapped[str] = mapped_column(String(200), default="")
    # "NDIAYE Aïssatou" or the organisation's name, as shown everywhere
    display_name: Mapped[str] = mapped_column(String(250))
    # accent- and case-free words of the display name: "ndiaye aissatou"
    search_name: Mapped[str] = mapped_column(String(250))
    category_code: Mapped[str] = mapped_column(String(32))
    id_document_type: Mapped[str] = mapped_column(String(32), default="")
    id_document_number: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    preferred_language: Mapped[str] = mapped_column(String(8), default="fr")
    ebill_opt_in: Mapped[bool] = mapped_column(Boolean, default=False)
    sms_opt_in: Mapped[bool] = mapped_column(Boolean, default=False)
    legacy_reference: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CustomerPhoneRow(Base):
    """A customer's phone numbers in order (first = main); `number_key` is digits only."""

    __tablename__ = "customer_phones"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    # looked up through the unique (customer_id, position) index
    customer_id: Mapped[str] = mapped_column(ID, ForeignKey("customers.id", ondelete="CASCADE"))
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"))
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(32))  # as entered, "+221 77 123 45 67"
    # national digits; searched through ix_search_phones_number (migration 0003)
    number_key: Mapped[str] = mapped_column(String(20))
    __table_args__ = (UniqueConstraint("customer_id", "position"),)


class CustomerAccountRow(Base):
    """The payer (contract account): numbered with a check digit, billed at an address.

    A grouped account (`is_group`) pays for its member accounts (`group_account_id`).
    """

    __tablename__ = "customer_accounts"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    account_number: Mapped[str] = mapped_column(String(20), unique=True)
    customer_id: Mapped[str] = mapped_column(ID, ForeignKey("customers.id"), index=True)
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"), index=True)
    currency_code: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16))  # active | closed
    is_group: Mapped[bool] = mapped_column(Boolean, default=False)
    group_account_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("customer_accounts.id"), nullable=True, index=True
    )
    billing_address_line: Mapped[str] = mapped_column(String(200), default="")
    billing_district: Mapped[str] = mapped_column(String(100), default="")
    billing_city: Mapped[str] = mapped_column(String(100), default="")
    billing_postal_box: Mapped[str] = mapped_column(String(50), default="")
    legacy_reference: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class RoundRow(Base):
    """A reading and distribution round (tournée) of an agency, in a grouping (secteur)."""

    __tablename__ = "rounds"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    grouping_code: Mapped[str] = mapped_column(String(32), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __table_args__ = (UniqueConstraint("agency_id", "code"),)


class NetworkNodeRow(Base):
    """The network a premise hangs on (ACC-5): substation > MV feeder > transformer for
    electricity; a distribution sector for water. `parent_id` builds the tree."""

    __tablename__ = "network_nodes"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(
        String(16)
    )  # substation | feeder | transformer | water_sector
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("network_nodes.id"), nullable=True, index=True
    )
    agency_id: Mapped[str | None] = mapped_column(ID, ForeignKey("agencies.id"), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __table_args__ = (UniqueConstraint("kind", "code"),)


class PremiseRow(Base):
    """A premise and its connection point (branchement)."""

    __tablename__ = "premises"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    premise_number: Mapped[str] = mapped_column(String(20), unique=True)
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"), index=True)
    address_line: Mapped[str] = mapped_column(String(200))
    district: Mapped[str] = mapped_column(String(100), default="")  # quartier
    city: Mapped[str] = mapped_column(String(100), default="")  # commune
    landmark: Mapped[str] = mapped_column(String(200), default="")
    search_address: Mapped[str] = mapped_column(String(450))
    # GPS in micro-degrees (WGS 84): exact integers, never floats
    latitude_e6: Mapped[int | None] = mapped_column(Integer, nullable=True)
    longitude_e6: Mapped[int | None] = mapped_column(Integer, nullable=True)
    round_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("rounds.id"), nullable=True, index=True
    )
    round_order: Mapped[int | None] = mapped_column(Integer, nullable=True)
    transformer_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("network_nodes.id"), nullable=True, index=True
    )
    water_sector_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("network_nodes.id"), nullable=True, index=True
    )
    legacy_reference: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SubscriptionRow(Base):
    """A subscription (abonnement, service agreement): one service at one premise, paid by one
    account. Status: requested -> active -> suspended (cut) <-> active -> terminated."""

    __tablename__ = "subscriptions"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    subscription_number: Mapped[str] = mapped_column(String(20), unique=True)
    account_id: Mapped[str] = mapped_column(ID, ForeignKey("customer_accounts.id"), index=True)
    premise_id: Mapped[str] = mapped_column(ID, ForeignKey("premises.id"), index=True)
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"), index=True)
    service: Mapped[str] = mapped_column(String(16))  # water | electricity
    product_code: Mapped[str] = mapped_column(String(32))  # conventional | prepaid
    tariff_category_code: Mapped[str] = mapped_column(String(32))
    subscribed_power_va: Mapped[int | None] = mapped_column(Integer, nullable=True)
    calibre_code: Mapped[str] = mapped_column(String(32), default="")
    billing_periodicity: Mapped[str] = mapped_column(String(16))  # monthly | bimonthly | ...
    status: Mapped[str] = mapped_column(String(16))
    requested_on: Mapped[date] = mapped_column(Date)
    activated_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    suspended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    terminated_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    legacy_reference: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # raised by triggers (revision 0008) whenever something its bills' consumption derives
    # from changes: readings, installations, bills outside a run, these columns, the meter.
    # Never written by the application (docs/billing.md, "Finalization").
    billing_inputs_version: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), server_default="0"
    )


class MeterRow(Base):
    """A meter (device). `serial_key` is the serial without spaces or dashes, upper case."""

    __tablename__ = "meters"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    serial: Mapped[str] = mapped_column(String(40))
    serial_key: Mapped[str] = mapped_column(String(40), index=True)
    make_code: Mapped[str] = mapped_column(String(32))
    meter_type_code: Mapped[str] = mapped_column(String(32))
    service: Mapped[str] = mapped_column(String(16))
    calibre_code: Mapped[str] = mapped_column(String(32), default="")
    digits: Mapped[int] = mapped_column(Integer)  # dial digits, for roll-over
    multiplier: Mapped[str] = mapped_column(String(16), default="1")  # decimal text
    status: Mapped[str] = mapped_column(String(16))  # in_stock | installed | removed | scrapped
    # the agency that holds it (stock) or where it is installed: the scope of the meter
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"), index=True)
    manufactured_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    legacy_reference: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    __table_args__ = (UniqueConstraint("make_code", "serial_key"),)


class MeterRegisterRow(Base):
    """What a meter counts: one register, or peak / off-peak, ..."""

    __tablename__ = "meter_registers"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    # looked up through the unique (meter_id, code) index
    meter_id: Mapped[str] = mapped_column(ID, ForeignKey("meters.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(16))  # single | peak | offpeak | reactive
    unit: Mapped[str] = mapped_column(String(8))  # kWh | m3 | kvarh
    __table_args__ = (UniqueConstraint("meter_id", "code"),)


class MeterInstallationRow(Base):
    """A meter fitted at a premise for a subscription, from `installed_on` to `removed_on`."""

    __tablename__ = "meter_installations"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    meter_id: Mapped[str] = mapped_column(ID, ForeignKey("meters.id"), index=True)
    premise_id: Mapped[str] = mapped_column(ID, ForeignKey("premises.id"), index=True)
    subscription_id: Mapped[str | None] = mapped_column(
        ID, ForeignKey("subscriptions.id"), nullable=True, index=True
    )
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"))
    installed_on: Mapped[date] = mapped_column(Date)
    # index per register at installation, "single=01234;peak=..." in decimal text
    installation_indexes: Mapped[str] = mapped_column(String(200), default="")
    removed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    removal_indexes: Mapped[str] = mapped_column(String(200), default="")
    removal_reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class MeterSealRow(Base):
    """A numbered seal fitted on a meter (revenue protection looks at these)."""

    __tablename__ = "meter_seals"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    seal_number: Mapped[str] = mapped_column(String(40), unique=True)
    meter_id: Mapped[str] = mapped_column(ID, ForeignKey("meters.id"), index=True)
    agency_id: Mapped[str] = mapped_column(ID, ForeignKey("agencies.id"))
    position: Mapped[str] = mapped_column(String(32), default="")  # cover | terminal | ...
    fitted_on: Mapped[date] = mapped_column(Date)
    removed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    removal_reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class BillRow(Base):
    """A bill owed by an account: an open bill carried over from the legacy system at go-live
    (`origin` = legacy), or issued by the billing module (`origin` = billing, issue 5; its
    lines in `bill_lines`, tables/billing.py). `kind` = invoice | credit_note.

    Append-only (a trigger refuses UPDATE/DELETE): what is still due is derived from
    payments and adjustments that point at the bill, never by changing it.
    """

    __tablename__ = "bills"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    bill_number: Mapped[str] = mapped_column(String(32), unique=True)
    origin: Mapped[str] = mapped_column(String(16))  # legacy | billing
    # No database foreign keys on the billing facts written by the hundred thousand (revision
    # 0006, docs/billing.md "Foreign keys"): each check locked its parent row and cost about
    # 40 us a bill; the writers take these ids from rows they have just read, and a trigger
    # refuses to delete an account, subscription or agency that bills still reference.
    account_id: Mapped[str] = mapped_column(ID)
    subscription_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    agency_id: Mapped[str] = mapped_column(ID)
    period_label: Mapped[str] = mapped_column(String(32), default="")  # "2026-10"
    issue_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    currency_code: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    import_batch_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # issued by the billing module (issue 5, revision 0005); legacy bills leave them empty
    kind: Mapped[str] = mapped_column(String(16), default="invoice", server_default="invoice")
    bill_run_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    service: Mapped[str] = mapped_column(String(16), default="", server_default="")
    period_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    period_end: Mapped[date | None] = mapped_column(Date, nullable=True)  # inclusive
    reading_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    index_from: Mapped[int | None] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), nullable=True
    )
    index_to: Mapped[int | None] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), nullable=True
    )
    consumption: Mapped[int | None] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), nullable=True
    )
    estimated: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # a credit note (kind credit_note, negative amount) names the bill it cancels
    credits_bill_id: Mapped[str | None] = mapped_column(ID, nullable=True)
    __table_args__ = (
        Index("ix_bills_account_due", "account_id", "due_date"),
        # only credit notes name a bill: the others are not in the index at all
        Index(
            "ux_bills_credits_bill",
            "credits_bill_id",
            unique=True,
            postgresql_where=text("credits_bill_id IS NOT NULL"),
            sqlite_where=text("credits_bill_id IS NOT NULL"),
        ),
        Index(
            "ux_bills_run_subscription_kind", "bill_run_id", "subscription_id", "kind", unique=True
        ),
        Index("ix_bills_subscription_period", "subscription_id", "period_end"),
        # the credit notes of an account (matching looks for credit left on every chunk's
        # accounts): a handful of entries instead of every bill of the accounts. A query
        # must name the kind as a literal for the planner to use it (revision 0009).
        Index(
            "ix_bills_account_credit_notes",
            "account_id",
            postgresql_where=text("kind = 'credit_note'"),
            sqlite_where=text("kind = 'credit_note'"),
        ),
    )


#: a second `bills` for the anti-join "no credit note cancels this invoice", made once (an
#: alias built per call costs a proxy per column, on every chunk of a bill run)
CREDITING_BILL = aliased(BillRow, name="crediting_bill")


class NumberSeriesRow(Base):
    """The next number of each series (customers, accounts, premises, ...), locked by the
    transaction that takes one so that numbers are unique and without gaps."""

    __tablename__ = "number_series"
    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer)
