"""The statements of a payment's hot path, built once and run on the transaction's
connection (docs/benchmarks.md, issue 4).

A statement built for each call is walked again by SQLAlchemy to find its compiled form,
and `Session.execute` adds the ORM's layer even to a Core statement; a statement built once
(bind parameters, expanding ones for IN lists) run by `Connection.execute` costs about a
third of that in the server's interpreter, which is what bounds payments per second. Rows
read here come back as detached objects of their table's class (plain data: changing them
writes nothing); rows written here are INSERTed at once, outside the unit of work.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Column, Insert, RowMapping, bindparam, insert, literal, select, union_all

from iwebs_server.persistence.repositories.customer_base_repository import _open_amount
from iwebs_server.persistence.tables.customer_base import BillRow, CustomerAccountRow, CustomerRow
from iwebs_server.persistence.tables.reference_data import ParameterValueRow, ReferenceItemRow

T = TypeVar("T")

_ACCOUNT_COLUMNS = (
    *CustomerAccountRow.__table__.columns,
    CustomerRow.display_name.label("customer_display_name"),
)
# the account and its customer's name; locked: the row lock that stands for its bills
ACCOUNT = (
    select(*_ACCOUNT_COLUMNS)
    .join(CustomerRow, CustomerRow.id == CustomerAccountRow.customer_id)
    .where(CustomerAccountRow.id == bindparam("account_id"))
)
ACCOUNT_LOCKED = ACCOUNT.with_for_update(of=CustomerAccountRow.__table__)

# the account's bills with something open, oldest due first, with the open amount
OPEN_BILLS = (
    select(*BillRow.__table__.columns, _open_amount().label("open_amount"))
    .where(BillRow.account_id == bindparam("account_id"), _open_amount() > 0)
    .order_by(BillRow.due_date, BillRow.issue_date, BillRow.bill_number)
)

# parameter values and reference items in one round trip (PaymentRepository.payment_settings)
SETTINGS = union_all(
    select(
        literal("p").label("source"),
        ParameterValueRow.key.label("k"),
        ParameterValueRow.scope.label("s"),
        ParameterValueRow.value.label("v"),
        literal(True).label("active"),
        literal("").label("label"),
    ).where(
        ParameterValueRow.key.in_(bindparam("keys", expanding=True)),
        ParameterValueRow.scope.in_(bindparam("scopes", expanding=True)),
    ),
    select(
        literal("r"),
        ReferenceItemRow.table_code,
        ReferenceItemRow.code,
        ReferenceItemRow.attributes_json,
        ReferenceItemRow.active,
        ReferenceItemRow.label_fr,
    ).where(
        ReferenceItemRow.table_code.in_(bindparam("tables", expanding=True)),
        ReferenceItemRow.code.in_(bindparam("codes", expanding=True)),
    ),
)

_INSERTS: dict[type, tuple[Insert, tuple[Column[Any], ...]]] = {}


def detached(row_type: type[T], mapping: RowMapping) -> T:
    """An object of a table's class holding a row read with Core (not in any session)."""
    columns = row_type.__table__.columns  # type: ignore[attr-defined]
    return row_type(**{column.key: mapping[column.key] for column in columns})


def insert_of(row_type: type) -> tuple[Insert, tuple[Column[Any], ...]]:
    """The INSERT of a table's class, built once, and the columns it writes (a generated
    integer id is left to the database)."""
    found = _INSERTS.get(row_type)
    if found is None:
        table = row_type.__table__  # type: ignore[attr-defined]
        columns = tuple(c for c in table.columns if not (c.primary_key and c.autoincrement is True))
        found = _INSERTS[row_type] = (insert(table), columns)
    return found


def insert_values(row: object, columns: tuple[Column[Any], ...]) -> dict[str, Any]:
    """A row's values for its INSERT; an attribute left unset takes its column's default."""
    values = {}
    for column in columns:
        value = getattr(row, column.key)
        default = column.default
        if value is None and default is not None and default.is_scalar:
            value = default.arg  # type: ignore[attr-defined]
        values[column.key] = value
    return values
