"""The one-row security policy."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from iwebs_server.domain.security_policy import SecurityPolicy
from iwebs_server.persistence.tables.administration import SecurityPolicyRow

POLICY_ROW_ID = 1


def policy_from_json(text: str, version: int) -> SecurityPolicy:
    known = SecurityPolicy().as_dict()
    values = {k: int(v) for k, v in json.loads(text).items() if k in known}
    return replace(SecurityPolicy(**values), version=version)


class PolicyRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def current(self) -> SecurityPolicy:
        row = self._session.get(SecurityPolicyRow, POLICY_ROW_ID)
        if row is None:
            return SecurityPolicy()
        return policy_from_json(row.parameters_json, row.version)

    def save(self, policy: SecurityPolicy, at: datetime) -> SecurityPolicy:
        """Stores `policy` as the next version; the caller checked `policy.version`."""
        query = select(SecurityPolicyRow).where(SecurityPolicyRow.id == POLICY_ROW_ID)
        row = self._session.scalar(query.with_for_update())
        text = json.dumps(policy.as_dict(), sort_keys=True)
        if row is None:
            row = SecurityPolicyRow(
                id=POLICY_ROW_ID, parameters_json=text, version=1, updated_at=at
            )
            self._session.add(row)
        else:
            row.parameters_json = text
            row.version += 1
            row.updated_at = at
        self._session.flush()
        return replace(policy, version=row.version)
