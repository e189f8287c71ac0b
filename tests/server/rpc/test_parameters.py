"""Parameters through gRPC (PAR-1): typed validation errors on the field "value", agency
override over the global value over the default, history of every change (ACC-4), rights
(parameters.manage), agency scope (SEC-07), idempotent changes (IDEM-01)."""

from __future__ import annotations

import grpc

from iwebs.v1 import parameter_service_pb2 as pb
from iwebs.v1 import parameter_service_pb2_grpc as pb_grpc
from iwebs_server.application.parameters import ParameterReader
from iwebs_server.domain.parameters import Money
from tests.factories.grpc_client import Client
from tests.factories.live_server import LiveServer
from tests.server.rpc.security_helpers import new_request_id, refused

INVALID = grpc.StatusCode.INVALID_ARGUMENT
PASSWORD = "Param-Test-Password-1"


def stub(client: Client) -> pb_grpc.ParameterServiceStub:
    return client._stub(pb_grpc.ParameterServiceStub)  # type: ignore[no-any-return]


def _param(client: Client, key: str, agency_id: str = "") -> pb.Parameter:
    module = key.split(".", 1)[0]
    response = stub(client).ListParameters(
        pb.ListParametersRequest(module=module, agency_id=agency_id)
    )
    return next(p for p in response.parameters if p.definition.key == key)


def _set(client: Client, key: str, value: str, version: int = 0, agency_id: str = "", **kw):
    return stub(client).SetParameterValue(
        pb.SetParameterValueRequest(
            request_id=kw.get("request_id") or new_request_id(),
            key=key,
            agency_id=agency_id,
            value=value,
            version=version,
            reason=kw.get("reason", "test"),
        )
    )


def test_the_registry_lists_typed_definitions_with_defaults(live_server: LiveServer):
    admin = live_server.admin()
    response = stub(admin).ListParameters(pb.ListParametersRequest())
    assert len(response.parameters) >= 40
    assert {"billing", "cash", "readings", "sms", "numbering"} <= set(response.modules)
    late_fee = next(p for p in response.parameters if p.definition.key == "collection.late_fee")
    assert late_fee.definition.type == pb.PARAMETER_TYPE_MONEY
    assert late_fee.definition.scope == pb.PARAMETER_SCOPE_AGENCY
    assert late_fee.effective_value == "1000 XOF"
    assert late_fee.effective_source == pb.PARAMETER_VALUE_SOURCE_DEFAULT


def test_bad_values_are_refused_on_the_value_field_with_the_reason(live_server: LiveServer):
    """PAR-1: a typed registry refuses what its type or bounds forbid, field by field."""
    admin = live_server.admin()
    cases = [
        ("billing.due_date_delay_days", "quinze"),
        ("billing.due_date_delay_days", "91"),
        ("readings.low_ratio", "1.5"),
        ("readings.low_ratio", "abc"),
        ("cash.partial_payment_allowed", "peut-être"),
        ("billing.default_periodicity", "weekly"),
        ("collection.late_fee", "1000"),
        ("collection.late_fee", "-5 XOF"),
        ("sms.sender_name", "NOM-BIEN-TROP-LONG"),
        ("sms.template_bill", "Facture {numero} disponible"),
    ]
    for key, value in cases:
        details = refused(
            stub(admin).SetParameterValue,
            pb.SetParameterValueRequest(
                request_id=new_request_id(), key=key, value=value, version=0
            ),
            INVALID,
            "INVALID_ARGUMENT",
        )
        assert details.fields == ["value"], (key, value)
    unknown = refused(
        stub(admin).SetParameterValue,
        pb.SetParameterValueRequest(request_id=new_request_id(), key="no.such.key", value="1"),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert unknown.fields == ["key"]
    # a global-only key has no agency value
    global_only = refused(
        stub(admin).SetParameterValue,
        pb.SetParameterValueRequest(
            request_id=new_request_id(),
            key="billing.minimum_amount",
            value="100 XOF",
            agency_id=live_server.agency_id("THS"),
        ),
        INVALID,
        "INVALID_ARGUMENT",
    )
    assert global_only.fields == ["agency_id"]
    assert _param(admin, "billing.due_date_delay_days").effective_source == (
        pb.PARAMETER_VALUE_SOURCE_DEFAULT
    )


def test_values_are_stored_in_canonical_form(live_server: LiveServer):
    admin = live_server.admin()
    assert _set(admin, "readings.high_ratio", " 3,50 ").parameter.effective_value == "3.5"
    assert _set(admin, "sms.enabled", "OUI").parameter.effective_value == "true"
    assert _set(admin, "cash.opening_float", "75000 xof").parameter.effective_value == "75000 XOF"


def test_an_agency_value_overrides_the_global_one_for_that_agency_only(live_server: LiveServer):
    """PAR-1 scope: default < global < agency; the reader gives services the typed value."""
    admin = live_server.admin()
    dkr, ths = live_server.agency_id("DKR"), live_server.agency_id("THS")
    key = "collection.reconnection_fee"
    _set(admin, key, "6000 XOF")
    _set(admin, key, "7500 XOF", agency_id=ths)
    assert _param(admin, key, ths).effective_value == "7500 XOF"
    assert _param(admin, key, ths).effective_source == pb.PARAMETER_VALUE_SOURCE_AGENCY
    assert _param(admin, key, dkr).effective_value == "6000 XOF"
    assert _param(admin, key, dkr).effective_source == pb.PARAMETER_VALUE_SOURCE_GLOBAL
    assert {(v.agency_id, v.value) for v in _param(admin, key).values} == {
        ("", "6000 XOF"),
        (ths, "7500 XOF"),
    }
    reader = ParameterReader()
    with live_server.app.uow_factory(read_only=True) as uow:
        assert reader.effective(uow, key, ths) == Money(7500, "XOF")
        assert reader.effective(uow, key, dkr) == Money(6000, "XOF")
        assert reader.effective(uow, "billing.due_date_delay_days", dkr) == 15
        # several keys in one statement, each by the same rule (a bill run's chunk)
        both = (key, "billing.due_date_delay_days")
        assert reader.effective_many(uow, both, ths) == {key: Money(7500, "XOF"), both[1]: 15}
        assert reader.effective_many(uow, both, dkr)[key] == Money(6000, "XOF")
    # reset the agency value: THS falls back on the global value
    version = next(v.version for v in _param(admin, key).values if v.agency_id == ths)
    reset = stub(admin).ResetParameterValue(
        pb.ResetParameterValueRequest(
            request_id=new_request_id(), key=key, agency_id=ths, version=version, reason="harmonise"
        )
    )
    assert reset.parameter.effective_value == "6000 XOF"


def test_every_change_is_in_the_history_with_who_old_new_and_why(live_server: LiveServer):
    """ACC-4 / ADM-8 for parameters."""
    admin = live_server.admin()
    key = "billing.due_date_delay_days"
    first = _set(admin, key, "20", reason="new policy").parameter
    _set(admin, key, "21", version=first.values[0].version, reason="one more day")
    refused(
        stub(admin).SetParameterValue,
        pb.SetParameterValueRequest(request_id=new_request_id(), key=key, value="30", version=1),
        grpc.StatusCode.FAILED_PRECONDITION,
        "VERSION_CONFLICT",
    )
    changes = stub(admin).ListParameterChanges(pb.ListParameterChangesRequest(key=key)).changes
    assert [(c.action, c.old_value, c.new_value, c.reason) for c in changes] == [
        ("update", "20", "21", "one more day"),
        ("create", "", "20", "new policy"),
    ]
    assert all(c.user_login == "admin" and c.workstation_id for c in changes)


def test_a_repeated_request_id_changes_once(live_server: LiveServer):
    admin = live_server.admin()
    request_id = new_request_id()
    first = _set(admin, "cash.receipt_copies", "2", request_id=request_id)
    again = _set(admin, "cash.receipt_copies", "2", request_id=request_id)
    assert first.parameter.values[0].version == again.parameter.values[0].version == 1
    changes = (
        stub(admin)
        .ListParameterChanges(pb.ListParameterChangesRequest(key="cash.receipt_copies"))
        .changes
    )
    assert len(changes) == 1


def test_without_parameters_manage_changes_are_denied(live_server: LiveServer):
    live_server.create_user("superv", "supervisor", ["DKR"], password=PASSWORD)
    supervisor = live_server.login("superv", PASSWORD)
    assert stub(supervisor).ListParameters(pb.ListParametersRequest()).parameters
    refused(
        stub(supervisor).SetParameterValue,
        pb.SetParameterValueRequest(
            request_id=new_request_id(), key="cash.receipt_copies", value="2"
        ),
        grpc.StatusCode.PERMISSION_DENIED,
        "PERMISSION_DENIED",
    )
    live_server.create_user("guichet", "cashier", ["DKR"], password=PASSWORD)
    cashier = live_server.login("guichet", PASSWORD)
    refused(
        stub(cashier).ListParameters,
        pb.ListParametersRequest(),
        grpc.StatusCode.PERMISSION_DENIED,
        "PERMISSION_DENIED",
    )


def test_an_agency_administrator_sets_only_its_own_agency(live_server: LiveServer):
    """SEC-07: another agency is not found; a global value needs every agency."""
    live_server.create_user("dkradmin", "administrator", ["DKR"], password=PASSWORD)
    dkr_admin = live_server.login("dkradmin", PASSWORD)
    dkr, ths = live_server.agency_id("DKR"), live_server.agency_id("THS")
    key = "cash.max_cash_per_till"
    assert _set(dkr_admin, key, "1500000 XOF", agency_id=dkr).parameter.effective_value == (
        "1500000 XOF"
    )
    refused(
        stub(dkr_admin).SetParameterValue,
        pb.SetParameterValueRequest(
            request_id=new_request_id(), key=key, value="1 XOF", agency_id=ths
        ),
        grpc.StatusCode.NOT_FOUND,
        "NOT_FOUND",
    )
    refused(
        stub(dkr_admin).SetParameterValue,
        pb.SetParameterValueRequest(request_id=new_request_id(), key=key, value="1 XOF"),
        grpc.StatusCode.PERMISSION_DENIED,
        "AGENCY_OUT_OF_SCOPE",
    )
    admin = live_server.admin()
    _set(admin, key, "900000 XOF", agency_id=ths)
    # the DKR administrator does not see THS's value
    assert {v.agency_id for v in _param(dkr_admin, key).values} == {dkr}
