"""All tables, imported so that Base.metadata knows them (Alembic reads it)."""

from iwebs_server.persistence.tables import (
    administration,
    audit,
    billing,
    cash_desk,
    change_history,
    customer_base,
    legacy_import,
    reference_data,
)
from iwebs_server.persistence.tables.base import Base

__all__ = [
    "Base",
    "administration",
    "audit",
    "billing",
    "cash_desk",
    "change_history",
    "customer_base",
    "legacy_import",
    "reference_data",
]
