"""The tariff use cases on both databases (FAC-10, ADM-5): what the bill runs' catalogue
sees along a version's life (pending, rejected, approved), the decision's transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from iwebs_server.application.tariff_views import NewTariff, SimulationSource, UsageInput
from iwebs_server.composition import Application
from iwebs_server.domain.errors import DomainError
from iwebs_server.domain.principal import Principal
from tests.factories.cash_desk import add_user, add_workstation, cash_application, principal_of
from tests.factories.clock import ManualClock
from tests.server.domain.tariff_grids import senelec


@pytest.fixture
def app(database_url: str, tmp_path: Path, manual_clock: ManualClock) -> Iterator[Application]:
    application = cash_application(database_url, tmp_path / "data", manual_clock)
    yield application
    application.close()


def person(app: Application, login: str, profile: str) -> Principal:
    user_id = add_user(app, login, profile, ("DKR", "THS"))
    with app.uow_factory() as uow:
        row = uow.users.get(user_id)
        assert row is not None
        row.all_agencies = True
    return principal_of(app, user_id, add_workstation(app, "DKR"))


def rid() -> str:
    return str(uuid.uuid4())


def test_the_catalogue_follows_the_decisions(app: Application) -> None:
    agent = person(app, "factu", "billing")
    manager = person(app, "chef", "billing_manager")
    service, approvals = app.services.tariffs, app.services.approvals
    tariff = service.create(
        agent, rid(), NewTariff("T-DPP", "Domestique", "electricity", "DPP", "CONVENTIONAL", "XOF")
    )

    def catalogue_versions() -> list[int]:
        with app.uow_factory(read_only=True) as uow:
            found = uow.tariffs.approved_catalogue().versions_for("DPP", "CONVENTIONAL")
        return [v.version_number for v in found]

    first = service.propose_version(
        agent, rid(), tariff.tariff_id, date(2026, 1, 1), senelec(), "grille 2026"
    )
    assert (first.status, catalogue_versions()) == ("pending", [])
    approvals.reject(manager, rid(), first.approval_request_id, "non")
    detail = service.get(agent, tariff.tariff_id)
    assert detail.versions[0].status == "rejected" and detail.versions[0].decided_by_login == "chef"
    assert catalogue_versions() == []

    second = service.propose_version(
        agent, rid(), tariff.tariff_id, date(2026, 1, 1), senelec(), "grille 2026 corrigée"
    )
    approvals.approve(manager, rid(), second.approval_request_id, "")
    assert catalogue_versions() == [2]
    third = service.propose_version(
        agent, rid(), tariff.tariff_id, date(2026, 3, 16), senelec("170"), "hausse"
    )
    approvals.approve(manager, rid(), third.approval_request_id, "")
    assert catalogue_versions() == [2, 3]
    assert service.get(agent, tariff.tariff_id).tariff.version == 3  # bumped per approval

    usage = UsageInput(date(2026, 3, 1), date(2026, 3, 31), "310")
    bill = service.simulate(agent, SimulationSource(tariff_id=tariff.tariff_id), usage)
    assert {line.tariff_version_id for line in bill.lines} == {
        second.tariff_version_id,
        third.tariff_version_id,
    }
    # the approver may not approve twice, nor decide a version already decided
    with pytest.raises(DomainError) as caught:
        approvals.approve(manager, rid(), third.approval_request_id, "")
    assert caught.value.reason == "APPROVAL_ALREADY_DECIDED"


def test_a_failed_decision_leaves_the_version_pending(app: Application) -> None:
    agent = person(app, "factu", "billing")
    service = app.services.tariffs
    tariff = service.create(
        agent, rid(), NewTariff("T-DPP", "Domestique", "electricity", "DPP", "CONVENTIONAL", "XOF")
    )
    version = service.propose_version(
        agent, rid(), tariff.tariff_id, date(2026, 1, 1), senelec(), "grille"
    )
    with pytest.raises(DomainError) as caught:  # the proposer decides her own proposal
        app.services.approvals.approve(agent, rid(), version.approval_request_id, "")
    assert caught.value.reason in ("PERMISSION_DENIED", "APPROVAL_SELF_DECISION")
    assert service.get(agent, tariff.tariff_id).versions[0].status == "pending"
