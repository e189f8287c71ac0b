"""All tables, imported so that Base.metadata knows them (Alembic reads it)."""

from iwebs_server.persistence.tables import administration, audit
from iwebs_server.persistence.tables.base import Base

__all__ = ["Base", "administration", "audit"]
