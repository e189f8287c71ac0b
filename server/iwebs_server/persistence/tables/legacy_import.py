"""Go-live imports from the legacy system: one row per file, imported whole or not at all."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from iwebs_server.persistence.tables.base import Base
from iwebs_server.persistence.types import UtcDateTime

ID = String(36)


class ImportBatchRow(Base):
    __tablename__ = "import_batches"
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))  # customers | accounts | premises | ...
    file_name: Mapped[str] = mapped_column(String(255))
    # the same content is imported once: a second run finds this and imports nothing
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(16))  # running | imported | rejected | failed
    rows_total: Mapped[int] = mapped_column(Integer, default=0)
    rows_done: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    # the validation report: every rejected row and why, as JSON lines
    report: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[str] = mapped_column(ID)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
