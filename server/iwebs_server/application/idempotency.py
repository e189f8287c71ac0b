"""Idempotent state changes (IDEM-01, IDEM-02): a repeat of a request_id returns the first
result; the same id with another payload is refused (REQUEST_ID_REUSED)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy.exc import IntegrityError

from iwebs_server.application.clock import Clock
from iwebs_server.application.validation import request_id as checked_request_id
from iwebs_server.domain.errors import DomainError, RequestIdReused, VersionConflict
from iwebs_server.persistence.tables.audit import IdempotencyKeyRow
from iwebs_server.persistence.unit_of_work import UnitOfWork

T = TypeVar("T")


def payload_hash(operation: str, payload: Mapping[str, Any]) -> str:
    text = json.dumps({"op": operation, **payload}, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Idempotency:
    def __init__(self, clock: Clock, uow_factory: Callable[[], UnitOfWork]) -> None:
        self._clock = clock
        self._uow = uow_factory

    def execute(
        self,
        request_id: str,
        operation: str,
        payload: Mapping[str, Any],
        user_id: str | None,
        perform: Callable[[UnitOfWork], tuple[str, T]],
        replay: Callable[[UnitOfWork, str], T],
    ) -> T:
        """Runs `perform` once per request_id, in one transaction with the key.

        `perform` returns (result reference, result); `replay` rebuilds a result from the
        reference for a repeat. A concurrent twin that committed first makes our insert
        fail on the key: we then answer from its result (IDEM-04)."""
        checked_request_id(request_id)
        try:
            with self._uow() as uow:
                ref = self.previous_result(uow, request_id, operation, payload, user_id)
                if ref is not None:
                    return replay(uow, ref)
                ref, result = perform(uow)
                self.remember(uow, request_id, operation, payload, ref, user_id)
                return result
        except (IntegrityError, DomainError) as error:
            # A twin that committed after our key check (IDEM-04) shows up as a unique
            # violation, or as a business check ("login already used") seeing its row.
            with self._uow() as uow:
                ref = self.previous_result(uow, request_id, operation, payload, user_id)
                if ref is None:
                    if isinstance(error, DomainError):
                        raise
                    raise VersionConflict(operation) from error
                return replay(uow, ref)

    def previous_result(
        self,
        uow: UnitOfWork,
        request_id: str,
        operation: str,
        payload: Mapping[str, Any],
        user_id: str | None,
    ) -> str | None:
        """The stored result reference of an earlier identical request, or None.

        A key belongs to the user who sent it: another user's replay would otherwise get
        (or, for a user creation, reset) a result outside their own scope."""
        checked_request_id(request_id)
        row = uow.idempotency.find(request_id)
        if row is None:
            return None
        if (
            row.operation != operation
            or row.payload_hash != payload_hash(operation, payload)
            or row.user_id != user_id
        ):
            raise RequestIdReused()
        return row.result_ref

    def remember(
        self,
        uow: UnitOfWork,
        request_id: str,
        operation: str,
        payload: Mapping[str, Any],
        result_ref: str,
        user_id: str | None,
    ) -> None:
        uow.idempotency.add(
            IdempotencyKeyRow(
                request_id=request_id,
                operation=operation,
                user_id=user_id,
                payload_hash=payload_hash(operation, payload),
                result_ref=result_ref,
                created_at=self._clock.now(),
            )
        )
