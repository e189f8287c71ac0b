"""The demo's billing (`iwebs demo`): a billing batch per agency ("TOUS": every
subscription), and where the demo has readings, the last month's run simulated and waiting
for review in the runs screen (FAC-2, FAC-5)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from iwebs_server.application.bill_run_chunks import BillRunChunks
from iwebs_server.application.bill_runs import BillRunService
from iwebs_server.application.billing_batches import BatchInput, BillingBatchService
from iwebs_server.application.clock import Clock, new_id
from iwebs_server.domain.errors import DomainError
from iwebs_server.domain.principal import AgencyScope, Principal
from iwebs_server.persistence.tables.billing import MeterReadingRow
from iwebs_server.persistence.unit_of_work import UowFactory

DEMO_BILLER = "facturation"
BATCH_CODE = "TOUS"


class BillRunDemo:
    def __init__(
        self,
        uow_factory: UowFactory,
        clock: Clock,
        batches: BillingBatchService,
        runs: BillRunService,
        chunks: BillRunChunks,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._batches = batches
        self._runs = runs
        self._chunks = chunks

    def seed(self) -> list[str]:
        """The run numbers simulated (none when the demo has no reading or no biller)."""
        biller = self._biller()
        if biller is None:
            return []
        with self._uow(read_only=True) as uow:
            every = AgencyScope(frozenset(), all_agencies=True)
            agencies = [(a.id, a.code) for a in uow.agencies.list_page(every, 0, 500) if a.active]
        today = self._clock.now().date()
        end = today.replace(day=1) - timedelta(days=1)
        start = end.replace(day=1)
        simulated: list[str] = []
        for agency_id, _code in agencies:
            batch_id = self._batch(biller, agency_id)
            if batch_id and self._has_readings(agency_id, start):
                number = self._simulate(biller, batch_id, start, end, today)
                if number:
                    simulated.append(number)
        return simulated

    def _biller(self) -> Principal | None:
        with self._uow(read_only=True) as uow:
            user = uow.users.by_login(DEMO_BILLER)
            if user is None:
                return None
            rights = uow.profiles.rights_of(user.profile_id)
        return Principal(
            user_id=user.id,
            login=user.login,
            session_id="",
            workstation_id="",
            rights=frozenset(rights),
            scope=AgencyScope(frozenset(), all_agencies=True),
        )

    def _batch(self, biller: Principal, agency_id: str) -> str:
        with self._uow(read_only=True) as uow:
            existing = uow.bill_runs.batch_by_code(agency_id, BATCH_CODE)
            if existing is not None:
                return existing.id
        try:
            view = self._batches.create(
                biller,
                new_id(),
                agency_id=agency_id,
                code=BATCH_CODE,
                data=BatchInput(name="Tous les abonnements de l'agence"),
            )
        except DomainError:
            return ""
        return view.batch_id

    def _has_readings(self, agency_id: str, since: date) -> bool:
        with self._uow(read_only=True) as uow:
            count = uow.session.scalar(
                select(func.count()).where(
                    MeterReadingRow.agency_id == agency_id,
                    MeterReadingRow.reading_date >= since,
                )
            )
        return bool(count)

    def _simulate(
        self, biller: Principal, batch_id: str, start: date, end: date, today: date
    ) -> str:
        try:
            view = self._runs.create_run(
                biller,
                new_id(),
                batch_id=batch_id,
                period_label=start.strftime("%Y-%m"),
                period_start=start,
                period_end=end,
                bill_date=today,
            )
        except DomainError:
            return ""
        while self._chunks.process_next("demo"):
            pass
        return view.run_number
