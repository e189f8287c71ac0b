"""TariffService through the live server (FAC-10, ADM-5): create, propose, four-eyes
approval, simulation, rights and scope, bad input with reason and field, repeats."""

from __future__ import annotations

from typing import Any

import grpc
from google.protobuf import json_format

from iwebs.v1 import administration_pb2, common_pb2
from iwebs.v1 import approval_service_pb2 as approval_pb
from iwebs.v1 import approval_service_pb2_grpc as approval_grpc
from iwebs.v1 import tariff_service_pb2 as pb
from iwebs.v1 import tariff_service_pb2_grpc as pb_grpc
from iwebs_server.application.reference_seed import seed_reference_data
from tests.factories.grpc_client import Client
from tests.factories.live_server import LiveServer
from tests.server.domain.tariff_grids import senelec
from tests.server.rpc.security_helpers import audit_events, new_request_id, refused

INVALID = grpc.StatusCode.INVALID_ARGUMENT
DENIED = grpc.StatusCode.PERMISSION_DENIED
PRECONDITION = grpc.StatusCode.FAILED_PRECONDITION
PASSWORD = "Tariff-Test-Password-1"


def tariffs(client: Client) -> pb_grpc.TariffServiceStub:
    return client._stub(pb_grpc.TariffServiceStub)  # type: ignore[no-any-return]


def approvals(client: Client) -> approval_grpc.ApprovalServiceStub:
    return client._stub(approval_grpc.ApprovalServiceStub)  # type: ignore[no-any-return]


def day(year: int, month: int, d: int) -> common_pb2.Date:
    return common_pb2.Date(year=year, month=month, day=d)


def definition(data: dict[str, Any] | None = None) -> pb.TariffDefinition:
    return json_format.ParseDict(data or senelec(), pb.TariffDefinition())


def setup(server: LiveServer) -> tuple[Client, Client]:
    """Reference lists, an agent (billing) and a manager (billing_manager), all agencies."""
    with server.app.uow_factory() as uow:
        seed_reference_data(uow, server.app.clock)
    server.create_user("facturation", "billing", password=PASSWORD, all_agencies=True)
    server.create_user("chef", "billing_manager", password=PASSWORD, all_agencies=True)
    return server.login("facturation", PASSWORD), server.login("chef", PASSWORD)


def create(client: Client, category: str = "DPP", **kw: Any) -> pb.Tariff:
    request = pb.CreateTariffRequest(
        request_id=kw.get("request_id") or new_request_id(),
        code=kw.get("code", f"T-{category}"),
        name="Domestique petite puissance",
        service=kw.get("service", "electricity"),
        tariff_category_code=category,
        product_code=kw.get("product", "CONVENTIONAL"),
        currency_code="XOF",
    )
    response: pb.CreateTariffResponse = tariffs(client).CreateTariff(request)
    return response.tariff


def propose(client: Client, tariff_id: str, **kw: Any) -> pb.TariffVersion:
    request = pb.ProposeTariffVersionRequest(
        request_id=kw.get("request_id") or new_request_id(),
        tariff_id=tariff_id,
        valid_from=kw.get("valid_from", day(2026, 1, 1)),
        definition=kw.get("definition", definition()),
        reason=kw.get("reason", "grille 2026"),
    )
    response: pb.ProposeTariffVersionResponse = tariffs(client).ProposeTariffVersion(request)
    return response.version


def approve(client: Client, approval_request_id: str) -> administration_pb2.ApprovalRequest:
    request = approval_pb.ApproveApprovalRequestRequest(
        request_id=new_request_id(), approval_request_id=approval_request_id
    )
    response: approval_pb.ApproveApprovalRequestResponse = approvals(client).ApproveApprovalRequest(
        request
    )
    return response.approval_request


def march_usage(kwh: str = "300") -> pb.TariffUsage:
    return pb.TariffUsage(
        period_start=day(2026, 3, 1), period_end=day(2026, 3, 30), consumption=kwh
    )


def test_create_propose_approve_and_simulate(live_server: LiveServer) -> None:
    agent, manager = setup(live_server)
    tariff = create(agent)
    assert (tariff.tariff_category_code, tariff.current_version_number) == ("DPP", 0)
    version = propose(agent, tariff.tariff_id)
    assert version.status == pb.TARIFF_VERSION_STATUS_PENDING
    assert version.version_number == 1 and version.approval_request_id
    assert version.created_by_login == "facturation"
    assert json_format.MessageToDict(version.definition) == json_format.MessageToDict(
        tariffs(agent)
        .GetTariff(pb.GetTariffRequest(tariff_id=tariff.tariff_id))
        .versions[0]
        .definition
    )
    # a pending version does not bill: simulating the tariff finds no approved version
    refused(
        tariffs(agent).SimulateTariff,
        pb.SimulateTariffRequest(tariff_id=tariff.tariff_id, usage=march_usage()),
        PRECONDITION,
        "NO_TARIFF_FOR_PERIOD",
    )
    # ... but the version itself can be simulated before it is approved
    pending = tariffs(agent).SimulateTariff(
        pb.SimulateTariffRequest(tariff_version_id=version.tariff_version_id, usage=march_usage())
    )
    assert pending.total.amount_minor == 36299

    decided = approve(manager, version.approval_request_id)
    assert decided.status == administration_pb2.APPROVAL_STATUS_APPROVED
    detail = tariffs(agent).GetTariff(pb.GetTariffRequest(tariff_id=tariff.tariff_id))
    assert detail.versions[0].status == pb.TARIFF_VERSION_STATUS_APPROVED
    assert detail.versions[0].decided_by_login == "chef"
    assert detail.tariff.current_version_number == 1
    assert not detail.tariff.has_pending_version

    # 300 kWh over 30 days (the hand-computed vector of test_tariff_vectors.py)
    result = tariffs(agent).SimulateTariff(
        pb.SimulateTariffRequest(tariff_id=tariff.tariff_id, usage=march_usage())
    )
    assert [(line.code, line.amount.amount_minor) for line in result.lines] == [
        ("ENERGY.1", 12300),
        ("ENERGY.2", 13649),
        ("ENERGY.3", 7968),
        ("TCO", 848),
        ("TVA", 1434),
        ("TIMBRE", 100),
    ]
    assert result.total == common_pb2.Money(currency_code="XOF", amount_minor=36299)
    block_2 = result.lines[1]
    assert (block_2.quantity, block_2.unit_price, block_2.block_no) == ("100", "136.49", 2)
    assert block_2.tariff_version_id == version.tariff_version_id
    assert block_2.rule == "bloc 2 : 151\u2013250 kWh"

    # a draft (nothing written), with another price for block 3
    draft = senelec("170")
    result = tariffs(agent).SimulateTariff(
        pb.SimulateTariffRequest(definition=definition(draft), usage=march_usage())
    )
    assert result.lines[2].amount.amount_minor == 8500 and result.lines[2].tariff_version_id == ""

    listed = tariffs(agent).ListTariffs(pb.ListTariffsRequest(service="electricity"))
    assert [t.code for t in listed.tariffs] == ["T-DPP"]
    assert listed.tariffs[0].current_version_number == 1

    live_server.flush_audit()
    actions = {e.action for e in audit_events(live_server, object_id=version.tariff_version_id)}
    assert {"tariff_version.propose", "tariff_version.approve"} <= actions
    assert audit_events(live_server, action_prefix="tariff.create")


def test_four_eyes_rejection_and_order_of_versions(live_server: LiveServer) -> None:
    agent, manager = setup(live_server)
    tariff = create(agent)
    first = propose(agent, tariff.tariff_id)
    # a billing agent may not decide; a manager may not decide her own proposal
    refused(
        approvals(agent).ApproveApprovalRequest,
        approval_pb.ApproveApprovalRequestRequest(
            request_id=new_request_id(), approval_request_id=first.approval_request_id
        ),
        DENIED,
        "PERMISSION_DENIED",
    )
    # one pending version at a time
    refused(
        tariffs(agent).ProposeTariffVersion,
        pb.ProposeTariffVersionRequest(
            request_id=new_request_id(),
            tariff_id=tariff.tariff_id,
            valid_from=day(2026, 2, 1),
            definition=definition(),
            reason="encore",
        ),
        PRECONDITION,
        "APPROVAL_REQUIRED",
    )
    approvals(manager).RejectApprovalRequest(
        approval_pb.RejectApprovalRequestRequest(
            request_id=new_request_id(),
            approval_request_id=first.approval_request_id,
            comment="prix à revoir",
        )
    )
    detail = tariffs(agent).GetTariff(pb.GetTariffRequest(tariff_id=tariff.tariff_id))
    assert detail.versions[0].status == pb.TARIFF_VERSION_STATUS_REJECTED
    assert detail.tariff.current_version_number == 0

    own = propose(manager, tariff.tariff_id, valid_from=day(2026, 1, 1))
    refused(
        approvals(manager).ApproveApprovalRequest,
        approval_pb.ApproveApprovalRequestRequest(
            request_id=new_request_id(), approval_request_id=own.approval_request_id
        ),
        DENIED,
        "APPROVAL_SELF_DECISION",
    )
    live_server.create_user("chef2", "billing_manager", password=PASSWORD, all_agencies=True)
    approve(live_server.login("chef2", PASSWORD), own.approval_request_id)
    assert own.version_number == 2

    # a later version must start after the latest approved one
    too_early = refused(
        tariffs(agent).ProposeTariffVersion,
        pb.ProposeTariffVersionRequest(
            request_id=new_request_id(),
            tariff_id=tariff.tariff_id,
            valid_from=day(2026, 1, 1),
            definition=definition(),
            reason="même date",
        ),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert too_early.fields == ["valid_from"]

    # a price change on 16 March splits a March bill by days (CC&B)
    change = propose(
        agent, tariff.tariff_id, valid_from=day(2026, 3, 16), definition=definition(senelec("170"))
    )
    approve(manager, change.approval_request_id)
    usage = pb.TariffUsage(
        period_start=day(2026, 3, 1), period_end=day(2026, 3, 31), consumption="310"
    )
    result = tariffs(agent).SimulateTariff(
        pb.SimulateTariffRequest(tariff_id=tariff.tariff_id, usage=usage)
    )
    energy = [(x.code, x.amount.amount_minor) for x in result.lines if x.kind == "energy"]
    assert energy == [
        ("ENERGY.1", 6150),
        ("ENERGY.2", 6825),
        ("ENERGY.3", 3984),
        ("ENERGY.1", 6560),
        ("ENERGY.2", 7279),
        ("ENERGY.3", 4533),
    ]
    assert result.total.amount_minor == sum(x.amount.amount_minor for x in result.lines)


def test_rights_and_agency_scope(live_server: LiveServer) -> None:
    agent, _ = setup(live_server)
    tariff = create(agent)
    live_server.create_user("caissier", "cashier", password=PASSWORD)
    cashier = live_server.login("caissier", PASSWORD)
    refused(tariffs(cashier).ListTariffs, pb.ListTariffsRequest(), DENIED, "PERMISSION_DENIED")
    refused(
        tariffs(cashier).GetTariff,
        pb.GetTariffRequest(tariff_id=tariff.tariff_id),
        DENIED,
        "PERMISSION_DENIED",
    )
    # a billing agent of one agency reads tariffs but does not change them (they are global)
    live_server.create_user("factu_dkr", "billing", ("DKR",), password=PASSWORD)
    local = live_server.login("factu_dkr", PASSWORD)
    assert tariffs(local).GetTariff(pb.GetTariffRequest(tariff_id=tariff.tariff_id)).tariff.code
    refused(
        tariffs(local).CreateTariff,
        pb.CreateTariffRequest(
            request_id=new_request_id(),
            code="T-EAU",
            name="Eau",
            service="water",
            tariff_category_code="EAU-DOM",
            product_code="CONVENTIONAL",
            currency_code="XOF",
        ),
        DENIED,
        "AGENCY_OUT_OF_SCOPE",
    )
    refused(
        tariffs(local).ProposeTariffVersion,
        pb.ProposeTariffVersionRequest(
            request_id=new_request_id(),
            tariff_id=tariff.tariff_id,
            valid_from=day(2026, 1, 1),
            definition=definition(),
            reason="x",
        ),
        DENIED,
        "AGENCY_OUT_OF_SCOPE",
    )


def test_bad_input_gives_the_reason_and_the_field(live_server: LiveServer) -> None:
    agent, _ = setup(live_server)
    tariff = create(agent)
    bad = senelec()
    bad["components"][0]["blocks"][1]["up_to"] = "100"  # below the previous bound
    details = refused(
        tariffs(agent).ProposeTariffVersion,
        pb.ProposeTariffVersionRequest(
            request_id=new_request_id(),
            tariff_id=tariff.tariff_id,
            valid_from=day(2026, 1, 1),
            definition=definition(bad),
            reason="x",
        ),
        INVALID,
        "TARIFF_DEFINITION_INVALID",
    )
    assert details.fields == ["definition.components[0].blocks[1].up_to"]
    gmd = senelec()
    gmd["currency_code"] = "GMD"
    details = refused(
        tariffs(agent).ProposeTariffVersion,
        pb.ProposeTariffVersionRequest(
            request_id=new_request_id(),
            tariff_id=tariff.tariff_id,
            valid_from=day(2026, 1, 1),
            definition=definition(gmd),
            reason="x",
        ),
        INVALID,
        "TARIFF_DEFINITION_INVALID",
    )
    assert details.fields == ["definition.currency_code"]
    missing = refused(
        tariffs(agent).ProposeTariffVersion,
        pb.ProposeTariffVersionRequest(request_id=new_request_id(), tariff_id=tariff.tariff_id),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert set(missing.fields) == {"reason", "valid_from"}
    refused(
        tariffs(agent).ProposeTariffVersion,
        pb.ProposeTariffVersionRequest(
            request_id=new_request_id(),
            tariff_id=new_request_id(),
            valid_from=day(2026, 1, 1),
            definition=definition(),
            reason="x",
        ),
        grpc.StatusCode.NOT_FOUND,
        "NOT_FOUND",
    )
    unknown = refused(
        tariffs(agent).CreateTariff,
        pb.CreateTariffRequest(
            request_id=new_request_id(),
            code="T-X",
            name="X",
            service="water",
            tariff_category_code="DPP",  # an electricity category
            product_code="NOPE",
            currency_code="XOF",
        ),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert set(unknown.fields) == {"tariff_category_code", "product_code"}
    twin = refused(
        tariffs(agent).CreateTariff,
        pb.CreateTariffRequest(
            request_id=new_request_id(),
            code="T-OTHER",
            name="X",
            service="electricity",
            tariff_category_code="DPP",
            product_code="CONVENTIONAL",
            currency_code="XOF",
        ),
        grpc.StatusCode.ALREADY_EXISTS,
        "ALREADY_EXISTS",
    )
    assert twin.fields == ["tariff_category_code"]
    usage = refused(
        tariffs(agent).SimulateTariff,
        pb.SimulateTariffRequest(
            definition=definition(),
            usage=pb.TariffUsage(
                period_start=day(2026, 3, 31), period_end=day(2026, 3, 1), consumption="-1"
            ),
        ),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert set(usage.fields) == {"usage.consumption", "usage.period_end"}
    none = refused(
        tariffs(agent).SimulateTariff,
        pb.SimulateTariffRequest(usage=march_usage()),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert none.fields == ["source"]
    draft = refused(
        tariffs(agent).SimulateTariff,
        pb.SimulateTariffRequest(definition=pb.TariffDefinition(), usage=march_usage()),
        INVALID,
        "TARIFF_DEFINITION_INVALID",
    )
    assert draft.fields[0].startswith("definition.")
    expensive = senelec()
    expensive["components"][0]["blocks"][2]["unit_price"] = "999999999999"
    huge = refused(
        tariffs(agent).SimulateTariff,
        pb.SimulateTariffRequest(
            definition=definition(expensive),
            usage=pb.TariffUsage(
                period_start=day(2026, 3, 1), period_end=day(2026, 3, 30), consumption="999999999"
            ),
        ),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert huge.fields == ["usage.consumption"]
    malformed = refused(
        tariffs(agent).GetTariff, pb.GetTariffRequest(tariff_id="x"), INVALID, "INVALID_ARGUMENT"
    )
    assert malformed.fields == ["tariff_id"]


def test_repeats_are_idempotent(live_server: LiveServer) -> None:
    agent, _ = setup(live_server)
    request_id = new_request_id()
    first = create(agent, request_id=request_id)
    assert create(agent, request_id=request_id) == first
    proposal_id = new_request_id()
    version = propose(agent, first.tariff_id, request_id=proposal_id)
    again = propose(agent, first.tariff_id, request_id=proposal_id)
    assert again.tariff_version_id == version.tariff_version_id
    assert again.approval_request_id == version.approval_request_id
    detail = tariffs(agent).GetTariff(pb.GetTariffRequest(tariff_id=first.tariff_id))
    assert len(detail.versions) == 1
    refused(
        tariffs(agent).ProposeTariffVersion,
        pb.ProposeTariffVersionRequest(
            request_id=proposal_id,
            tariff_id=first.tariff_id,
            valid_from=day(2026, 2, 1),
            definition=definition(),
            reason="grille 2026",
        ),
        PRECONDITION,
        "REQUEST_ID_REUSED",
    )
