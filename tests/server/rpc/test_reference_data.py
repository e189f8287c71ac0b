"""Reference data through gRPC (PAR-2): lists for every session, changes with
parameters.manage, deactivation instead of deletion, rounds scoped to agencies (SEC-07),
the network tree's parent rules (ACC-5), and the file: export -> import round trip, a bad
file refused whole with a precise report, a re-import that changes nothing."""

from __future__ import annotations

import json

import grpc

from iwebs.v1 import customer_pb2
from iwebs.v1 import parameter_service_pb2 as ppb
from iwebs.v1 import parameter_service_pb2_grpc as ppb_grpc
from iwebs.v1 import reference_data_service_pb2 as pb
from iwebs.v1 import reference_data_service_pb2_grpc as pb_grpc
from iwebs_server.application.reference_seed import seed_reference_data
from tests.factories.grpc_client import Client
from tests.factories.live_server import LiveServer
from tests.server.rpc.security_helpers import new_request_id, refused

INVALID = grpc.StatusCode.INVALID_ARGUMENT
PASSWORD = "Reference-Test-Password-1"
SUBSTATION = customer_pb2.NETWORK_NODE_KIND_SUBSTATION
FEEDER = customer_pb2.NETWORK_NODE_KIND_FEEDER
TRANSFORMER = customer_pb2.NETWORK_NODE_KIND_TRANSFORMER


def stub(client: Client) -> pb_grpc.ReferenceDataServiceStub:
    return client._stub(pb_grpc.ReferenceDataServiceStub)  # type: ignore[no-any-return]


def params(client: Client) -> ppb_grpc.ParameterServiceStub:
    return client._stub(ppb_grpc.ParameterServiceStub)  # type: ignore[no-any-return]


def _seed(server: LiveServer) -> None:
    with server.app.uow_factory() as uow:
        seed_reference_data(uow, server.app.clock)


def _items(
    client: Client, table: str, include_inactive: bool = False
) -> dict[str, pb.ReferenceItem]:
    response = stub(client).ListReferenceItems(
        pb.ListReferenceItemsRequest(table_code=table, include_inactive=include_inactive)
    )
    return {i.code: i for i in response.items}


def _node(client: Client, kind: int, code: str, parent_id: str = "", agency_id: str = ""):
    return (
        stub(client)
        .CreateNetworkNode(
            pb.CreateNetworkNodeRequest(
                request_id=new_request_id(),
                kind=kind,
                code=code,
                name=code.title(),
                parent_id=parent_id,
                agency_id=agency_id,
            )
        )
        .node
    )


def test_every_signed_in_session_reads_the_lists(live_server: LiveServer):
    """A cashier has no parameters right, yet every form needs the dropdowns."""
    _seed(live_server)
    live_server.create_user("guichet", "cashier", ["DKR"], password=PASSWORD)
    cashier = live_server.login("guichet", PASSWORD)
    tables = stub(cashier).ListReferenceTables(pb.ListReferenceTablesRequest()).tables
    by_code = {t.code: t for t in tables}
    assert by_code["payment_mode"].label_fr == "Modes de paiement"
    assert by_code["payment_mode"].active_items >= 5
    modes = _items(cashier, "payment_mode")
    assert {"CASH", "CHEQUE", "ORANGE_MONEY", "WAVE"} <= set(modes)
    notes = _items(cashier, "cash_denomination")
    assert json.loads(notes["XOF-B10000"].attributes_json)["value"] == 10000
    refused(
        stub(cashier).CreateReferenceItem,
        pb.CreateReferenceItemRequest(
            request_id=new_request_id(), table_code="bank", code="NEW", label_fr="N", label_en="N"
        ),
        grpc.StatusCode.PERMISSION_DENIED,
        "PERMISSION_DENIED",
    )
    refused(
        stub(cashier).ExportReferenceData,
        pb.ExportReferenceDataRequest(),
        grpc.StatusCode.PERMISSION_DENIED,
        "PERMISSION_DENIED",
    )


def test_items_are_created_checked_and_deactivated_never_deleted(live_server: LiveServer):
    admin = live_server.admin()
    created = (
        stub(admin)
        .CreateReferenceItem(
            pb.CreateReferenceItemRequest(
                request_id=new_request_id(),
                table_code="bank",
                code="bdk",
                label_fr="Banque de Dakar",
                label_en="Bank of Dakar",
                attributes_json='{"country": "SN"}',
                sort_order=5,
            )
        )
        .item
    )
    assert created.code == "BDK" and created.active and created.version == 1
    duplicate = refused(
        stub(admin).CreateReferenceItem,
        pb.CreateReferenceItemRequest(
            request_id=new_request_id(), table_code="bank", code="BDK", label_fr="x", label_en="x"
        ),
        grpc.StatusCode.ALREADY_EXISTS,
        "ALREADY_EXISTS",
    )
    assert duplicate.fields == ["code"]
    bad = refused(
        stub(admin).CreateReferenceItem,
        pb.CreateReferenceItemRequest(
            request_id=new_request_id(),
            table_code="cash_denomination",
            code="B 1",
            label_fr="",
            label_en="One",
            attributes_json='{"value": "mille"}',
        ),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert set(bad.fields) == {
        "code",
        "label_fr",
        "attributes_json.value",
        "attributes_json.kind",
        "attributes_json.currency",
    }
    unknown_table = refused(
        stub(admin).ListReferenceItems,
        pb.ListReferenceItemsRequest(table_code="planets"),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert unknown_table.fields == ["table_code"]
    updated = (
        stub(admin)
        .UpdateReferenceItem(
            pb.UpdateReferenceItemRequest(
                request_id=new_request_id(),
                item_id=created.item_id,
                version=1,
                label_fr="Banque de Dakar",
                label_en="Bank of Dakar",
                attributes_json='{"country": "SN"}',
                sort_order=5,
                active=False,
                reason="closed",
            )
        )
        .item
    )
    assert not updated.active and updated.version == 2
    assert "BDK" not in _items(admin, "bank")
    assert not _items(admin, "bank", include_inactive=True)["BDK"].active
    with live_server.app.uow_factory(read_only=True) as uow:
        history = uow.change_history.for_entity("reference_item", created.item_id, 0, 50)
        assert not uow.reference_data.is_active_code("bank", "BDK")
    updates = [
        (h.field, h.old_value, h.new_value, h.reason) for h in history if h.action == "update"
    ]
    assert updates == [("active", "true", "false", "closed")]
    assert {h.field for h in history if h.action == "create"} >= {"code", "label_fr", "active"}


def test_rounds_are_scoped_to_the_agencies_of_the_user(live_server: LiveServer):
    """SEC-07: another agency's rounds are not found, in lists and by id."""
    _seed(live_server)
    admin = live_server.admin()
    dkr, ths = live_server.agency_id("DKR"), live_server.agency_id("THS")
    ths_round = (
        stub(admin)
        .CreateRound(
            pb.CreateRoundRequest(
                request_id=new_request_id(),
                agency_id=ths,
                code="T01",
                name="Thiès Nord",
                grouping_code="NORD",
            )
        )
        .round
    )
    bad_grouping = refused(
        stub(admin).CreateRound,
        pb.CreateRoundRequest(
            request_id=new_request_id(), agency_id=ths, code="T02", name="x", grouping_code="MARS"
        ),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert bad_grouping.fields == ["grouping_code"]
    live_server.create_user("dkradmin", "administrator", ["DKR"], password=PASSWORD)
    dkr_admin = live_server.login("dkradmin", PASSWORD)
    own = (
        stub(dkr_admin)
        .CreateRound(
            pb.CreateRoundRequest(
                request_id=new_request_id(), agency_id=dkr, code="D01", name="Plateau 1"
            )
        )
        .round
    )
    assert own.agency_id == dkr
    not_found = grpc.StatusCode.NOT_FOUND
    refused(
        stub(dkr_admin).CreateRound,
        pb.CreateRoundRequest(request_id=new_request_id(), agency_id=ths, code="X", name="x"),
        not_found,
        "NOT_FOUND",
    )
    refused(
        stub(dkr_admin).UpdateRound,
        pb.UpdateRoundRequest(
            request_id=new_request_id(),
            round_id=ths_round.round_id,
            version=1,
            name="Pris",
            active=False,
        ),
        not_found,
        "NOT_FOUND",
    )
    refused(
        stub(dkr_admin).ListAgencyRounds,
        pb.ListAgencyRoundsRequest(agency_id=ths),
        not_found,
        "NOT_FOUND",
    )
    listed = stub(dkr_admin).ListAgencyRounds(pb.ListAgencyRoundsRequest(agency_id=dkr)).rounds
    assert [r.code for r in listed] == ["D01"]
    renamed = (
        stub(admin)
        .UpdateRound(
            pb.UpdateRoundRequest(
                request_id=new_request_id(),
                round_id=ths_round.round_id,
                version=1,
                name="Thiès Nord-Est",
                grouping_code="NORD",
                active=True,
                reason="split",
            )
        )
        .round
    )
    assert (renamed.name, renamed.version) == ("Thiès Nord-Est", 2)


def test_network_nodes_follow_the_parent_rules(live_server: LiveServer):
    """ACC-5: substation > MV feeder > transformer; water sectors are roots."""
    admin = live_server.admin()
    substation = _node(admin, SUBSTATION, "HANN")
    feeder = _node(admin, FEEDER, "HANN-D1", substation.node_id)
    transformer = _node(admin, TRANSFORMER, "PT-0042", feeder.node_id)
    assert transformer.parent_id == feeder.node_id
    wrong = refused(
        stub(admin).CreateNetworkNode,
        pb.CreateNetworkNodeRequest(
            request_id=new_request_id(),
            kind=TRANSFORMER,
            code="PT-1",
            name="x",
            parent_id=substation.node_id,
        ),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert wrong.fields == ["parent_id"]
    orphan = refused(
        stub(admin).CreateNetworkNode,
        pb.CreateNetworkNodeRequest(request_id=new_request_id(), kind=FEEDER, code="F", name="x"),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert orphan.fields == ["parent_id"]
    no_kind = refused(
        stub(admin).CreateNetworkNode,
        pb.CreateNetworkNodeRequest(request_id=new_request_id(), code="F", name="x"),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert no_kind.fields == ["kind"]
    tree = stub(admin).ListNetworkTree(pb.ListNetworkTreeRequest()).nodes
    assert [n.code for n in tree] == ["HANN", "HANN-D1", "PT-0042"]


def _export(client: Client) -> bytes:
    return stub(client).ExportReferenceData(pb.ExportReferenceDataRequest()).content


def _import(client: Client, content: bytes, dry_run: bool = False) -> pb.ImportReport:
    return (
        stub(client)
        .ImportReferenceData(
            pb.ImportReferenceDataRequest(
                request_id=new_request_id(), content=content, dry_run=dry_run
            )
        )
        .report
    )


def _counts(report: pb.ImportReport) -> dict[str, tuple[int, int, int]]:
    return {s.section: (s.created, s.updated, s.unchanged) for s in report.sections}


def test_export_then_import_into_another_installation(
    live_server: LiveServer, database_factory, backend: str, tmp_path
):
    """PAR-2: the file carries parameters, items, rounds and the network tree."""
    from tests.factories.live_server import start_live_server

    _seed(live_server)
    admin = live_server.admin()
    ths = live_server.agency_id("THS")
    params(admin).SetParameterValue(
        ppb.SetParameterValueRequest(
            request_id=new_request_id(),
            key="collection.late_fee",
            value="1500 XOF",
            agency_id=ths,
        )
    )
    stub(admin).CreateRound(
        pb.CreateRoundRequest(request_id=new_request_id(), agency_id=ths, code="T01", name="Nord")
    )
    substation = _node(admin, SUBSTATION, "CAP-DES-BICHES")
    _node(admin, FEEDER, "CDB-D3", substation.node_id, agency_id=ths)
    content = _export(admin)
    document = json.loads(content)
    assert document["format"] == "iwebs.reference-data"
    assert {"key": "collection.late_fee", "agency": "THS", "value": "1500 XOF"} in document[
        "parameters"
    ]

    # another installation: a fresh database of the same kind
    other = start_live_server(tmp_path / "other", database_factory.new_url(backend), backend)
    try:
        other_admin = other.admin()
        dry = _import(other_admin, content, dry_run=True)
        assert dry.dry_run and not dry.applied and not dry.errors
        assert _counts(dry)["rounds"] == (1, 0, 0)
        assert "WAVE" not in _items(other_admin, "payment_mode")  # a dry run writes nothing
        report = _import(other_admin, content)
        assert report.applied and not report.errors
        counts = _counts(report)
        assert counts["parameters"] == (1, 0, 0)
        assert counts["reference_items"][0] == len(document["reference_items"])
        assert counts["network_nodes"] == (2, 0, 0)
        assert json.loads(_export(other_admin))["reference_items"] == document["reference_items"]
        other_ths = other.agency_id("THS")
        late_fee = next(
            p
            for p in params(other_admin)
            .ListParameters(ppb.ListParametersRequest(module="collection", agency_id=other_ths))
            .parameters
            if p.definition.key == "collection.late_fee"
        )
        assert late_fee.effective_value == "1500 XOF"
        # the same file again changes nothing
        again = _import(other_admin, content)
        assert again.applied
        assert all(created == updated == 0 for created, updated, _ in _counts(again).values())
        with other.app.uow_factory(read_only=True) as uow:
            history = uow.change_history.for_entity("parameter", "collection.late_fee", 0, 10)
        assert len(history) == 1
    finally:
        other.stop()


def test_a_file_with_errors_is_refused_whole_with_every_error(live_server: LiveServer):
    _seed(live_server)
    admin = live_server.admin()
    before = _export(admin)
    document = json.loads(before)
    document["reference_items"].append(
        {"table": "bank", "code": "NEWBANK", "label_fr": "Nouvelle", "label_en": "New"}
    )
    document["reference_items"].append(
        {
            "table": "cash_denomination",
            "code": "XOF-B20000",
            "label_fr": "x",
            "label_en": "x",
            "attributes": {"value": "vingt mille", "kind": "note", "currency": "XOF"},
        }
    )
    document["parameters"].append({"key": "billing.due_date_delay_days", "value": "-3"})
    document["rounds"].append({"agency": "NOWHERE", "code": "R1", "name": "x"})
    document["network_nodes"].append({"kind": "feeder", "code": "F9", "name": "x"})
    report = _import(admin, json.dumps(document).encode())
    assert not report.applied
    last_item = len(document["reference_items"]) - 1
    assert {(e.location, e.message) for e in report.errors} == {
        (f"reference_items[{last_item}].attributes.value", "must be of type int"),
        (f"parameters[{len(document['parameters']) - 1}].value", "must be at least 0"),
        (f"rounds[{len(document['rounds']) - 1}].agency", "no agency with code 'NOWHERE'"),
        (
            f"network_nodes[{len(document['network_nodes']) - 1}].parent",
            "a feeder hangs on a substation",
        ),
    }
    assert "NEWBANK" not in _items(admin, "bank", include_inactive=True)  # nothing written
    garbage = _import(admin, b"\xff not json")
    assert not garbage.applied and [e.location for e in garbage.errors] == ["file"]
    wrong_format = _import(admin, b'{"format": "other"}')
    assert {e.location for e in wrong_format.errors} == {"format", "format_version"}
    assert _export(admin).split(b'"parameters"')[1] == before.split(b'"parameters"')[1]


def test_a_repeated_import_request_answers_the_first_report(live_server: LiveServer):
    """IDEM-01: the same request_id replays the first result, it does not import again."""
    _seed(live_server)
    admin = live_server.admin()
    document = json.loads(_export(admin))
    document["reference_items"].append(
        {"table": "bank", "code": "BNX", "label_fr": "Banque X", "label_en": "Bank X"}
    )
    content = json.dumps(document).encode()
    request = pb.ImportReferenceDataRequest(request_id=new_request_id(), content=content)
    first = stub(admin).ImportReferenceData(request).report
    again = stub(admin).ImportReferenceData(request).report
    assert first.applied and again.applied
    assert _counts(first)["reference_items"][0] == 1
    assert _counts(again) == _counts(first)
