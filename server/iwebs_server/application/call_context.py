"""What the transport knows about the current call, readable by use cases for the audit."""

from __future__ import annotations

import contextvars

correlation_id: contextvars.ContextVar[str] = contextvars.ContextVar("correlation_id", default="")
