"""Parameters (PAR-1) and reference data (PAR-2).

Parameter *definitions* (key, type, default, scope, validation) live in code
(domain/parameters.py); this table holds the values an administrator set, globally
(`scope` = "*") or for one agency (`scope` = the agency id). Reference items are the small
coded lists every screen offers (customer categories, products, meter makes, banks, ...),
one table for all of them, told apart by `table_code`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from iwebs_server.persistence.tables.base import Base
from iwebs_server.persistence.types import UtcDateTime

ID = String(36)

GLOBAL_SCOPE = "*"


class ParameterValueRow(Base):
    __tablename__ = "parameter_values"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    key: Mapped[str] = mapped_column(String(100))
    scope: Mapped[str] = mapped_column(String(36))  # "*" or an agency id
    value: Mapped[str] = mapped_column(Text)  # canonical text of the typed value
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(ID)
    __table_args__ = (UniqueConstraint("key", "scope"),)


class ReferenceItemRow(Base):
    __tablename__ = "reference_items"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    table_code: Mapped[str] = mapped_column(String(32))
    code: Mapped[str] = mapped_column(String(32))
    label_fr: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))
    # table-specific attributes as a JSON object (a denomination's value, a bank's BIC, ...)
    attributes_json: Mapped[str] = mapped_column(Text, default="{}")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    __table_args__ = (UniqueConstraint("table_code", "code"),)
