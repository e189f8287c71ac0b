"""Hostile input on every RPC of the four billing services through the live server, on
both databases (SEC-06, SEC-10, FAC-3, FAC-10): empty, oversized and malformed ids; dates
impossible, periods inverted or absurdly long; negative or huge quantities, indexes and
prices; prices with too many decimals; unknown enum values; tariff definitions with
overlapping or unordered blocks, taxes selecting no line, absurd currencies and periods;
reading files of garbage, binary, wrong encodings, too big or too deep; strings longer than
their columns. Each is refused with a status other than INTERNAL/UNKNOWN, a reason and
(bad input) the field, and nothing is written. A customer name that a spreadsheet would run
as a formula is neutralised in the reading sheet's CSV export."""

from __future__ import annotations

import contextlib
import copy
import csv
import io
import json
from collections.abc import Callable
from datetime import date
from typing import Any, cast

import grpc
import pytest
from google.protobuf import json_format

from iwebs.v1 import bill_run_service_pb2 as rpb
from iwebs.v1 import bill_service_pb2 as bpb
from iwebs.v1 import common_pb2
from iwebs.v1 import reading_service_pb2 as lpb
from iwebs.v1 import tariff_service_pb2 as tpb
from iwebs_server.persistence.tables.customer_base import (
    CustomerAccountRow,
    CustomerRow,
    PremiseRow,
)
from tests.factories.grpc_client import error_details
from tests.factories.live_server import LiveServer
from tests.server.domain.tariff_grids import senelec
from tests.server.rpc.billing_review_world import (
    OCTOBER,
    READING_DAY,
    Caller,
    World,
    build_world,
    facts,
    pb_day,
    rid,
)

INT64_MAX = 2**63 - 1
GARBAGE_IDS = ("", "x", "' OR 1=1 --", "0" * 5000, "\x00", "é" * 40, "%", "../../etc")
IMPOSSIBLE = common_pb2.Date(year=2026, month=2, day=30)
MONTH_13 = common_pb2.Date(year=2026, month=13, day=1)
YEAR_0 = common_pb2.Date(year=0, month=1, day=1)
FAR = common_pb2.Date(year=9999, month=12, day=31)
OLD = common_pb2.Date(year=1900, month=1, day=1)
UNKNOWN_ENUM: Any = 99  # an enum value no .proto declares
RETURN = "iwebs.reading-return"  # the JSON return file (application/reading_files.py)


@pytest.fixture
def world(live_server: LiveServer) -> World:
    return build_world(live_server)


def _refused_cleanly(call: Callable[..., Any], request: Any, label: str) -> None:
    """A refusal with a status other than INTERNAL/UNKNOWN and an ErrorInfo reason; a
    field when the input is bad."""
    try:
        call(request)
    except grpc.RpcError as error:
        details = error_details(error)
    else:
        raise AssertionError(f"{label}: accepted")
    assert details.code not in (grpc.StatusCode.INTERNAL, grpc.StatusCode.UNKNOWN), (
        f"{label}: {details.code.name} {details.reason}"
    )
    assert details.reason, f"{label}: {details.code.name} without a reason"
    if details.code == grpc.StatusCode.INVALID_ARGUMENT:
        assert details.fields, f"{label}: INVALID_ARGUMENT {details.reason} without a field"


def _check_all(world: World, cases: list[tuple[str, Any, Any]]) -> None:
    before = facts(world.server)
    failures = []
    for label, call, request in cases:
        try:
            _refused_cleanly(call, request, label)
        except AssertionError as error:
            failures.append(str(error).splitlines()[0])
    assert not failures, f"{len(failures)} of {len(cases)}:\n" + "\n".join(failures)
    assert facts(world.server) == before


def _with(request: Any, **changes: Any) -> Any:
    """A copy of `request` with fields changed (messages copied, lists replaced)."""
    other = type(request)()
    other.CopyFrom(request)
    for name, value in changes.items():
        field = getattr(other, name)
        if hasattr(field, "CopyFrom") and not isinstance(value, list):
            field.CopyFrom(value)
        elif isinstance(value, list):
            del field[:]
            field.extend(value)
        else:
            setattr(other, name, value)
    if "request_id" in type(request).DESCRIPTOR.fields_by_name and "request_id" not in changes:
        other.request_id = rid()
    return other


# -- tariffs ----------------------------------------------------------------------------------
def _definition(change: Callable[[dict[str, Any]], object] | None = None) -> tpb.TariffDefinition:
    data = copy.deepcopy(senelec())
    if change is not None:
        change(data)
    return json_format.ParseDict(data, tpb.TariffDefinition())


def _energy(data: dict[str, Any]) -> dict[str, Any]:
    return cast(dict[str, Any], data["components"][0])


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change of the SENELEC grid at a dotted path (`components.0.blocks.1.up_to`)."""

    def change(data: dict[str, Any]) -> None:
        target: Any = data
        *parents, last = path.split(".")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if last.isdigit():
            target[int(last)] = value
        else:
            target[last] = value

    return change


BAD_DEFINITIONS: dict[str, Callable[[dict[str, Any]], None]] = {
    "overlapping blocks": _set("components.0.blocks.1.up_to", "100"),
    "equal block bounds": _set("components.0.blocks.1.up_to", "150"),
    "unordered blocks": lambda d: _energy(d)["blocks"].reverse(),
    "open block in the middle": _set("components.0.blocks.0.up_to", ""),
    "last block closed": _set("components.0.blocks.2.up_to", "9000"),
    "no blocks": _set("components.0.blocks", []),
    "negative bound": _set("components.0.blocks.0.up_to", "-5"),
    "bound not a number": _set("components.0.blocks.0.up_to", "cent"),
    "bound NaN": _set("components.0.blocks.0.up_to", "NaN"),
    "bound infinite": _set("components.0.blocks.1.up_to", "Infinity"),
    "bound 1e400": _set("components.0.blocks.1.up_to", "1e400"),
    "negative price": _set("components.0.blocks.0.unit_price", "-82"),
    "price with 12 decimals": _set("components.0.blocks.0.unit_price", "82.123456789012"),
    "price not a number": _set("components.0.blocks.0.unit_price", "82,00"),
    "price huge": _set("components.0.blocks.0.unit_price", "9" * 40),
    "price empty": _set("components.0.blocks.0.unit_price", ""),
    "unknown kind": _set("components.0.kind", "quadratic"),
    "unknown rounding": _set("components.0.rounding", "sideways"),
    "code lowercase": _set("components.0.code", "energy"),
    "code too long": _set("components.0.code", "E" * 100),
    "label too long": _set("components.0.label", "É" * 1000),
    "label with a NUL": _set("components.0.label", "Éner\x00gie"),
    "ledger account garbage": _set("components.0.ledger_account", "'; DROP TABLE bills; --"),
    "duplicate component codes": _set("components.1.code", "ENERGY"),
    "tax on no line": _set("components.1.applies_to", ["NOPE"]),
    "tax on a block that does not exist": _set("components.1.applies_to", ["ENERGY.9"]),
    "tax on a later line": _set("components.1.applies_to", ["TIMBRE"]),
    "tax on itself": _set("components.1.applies_to", ["TCO"]),
    "tax with no selector": _set("components.1.applies_to", []),
    "tax rate negative": _set("components.1.rate_percent", "-18"),
    "tax rate absurd": _set("components.1.rate_percent", "1e9"),
    "tax rate with 12 decimals": _set("components.1.rate_percent", "18.123456789012"),
    "stamp threshold negative": _set("components.3.threshold", "-1"),
    "stamp amount negative": _set("components.3.amount", "-100"),
    "format version 2": _set("format_version", 2),
    "currency lowercase": _set("currency_code", "xof"),
    "currency exponent 9": _set("currency_exponent", 9),
    "currency exponent negative": _set("currency_exponent", -1),
    "reference days 0": _set("reference_days", 0),
    "reference days negative": _set("reference_days", -30),
    "reference days absurd": _set("reference_days", 2_000_000_000),
    "unit unknown": _set("consumption_unit", "furlong"),
    "rounding increment negative": _set("rounding_increment_minor", -1),
    "rounding increment absurd": _set("rounding_increment_minor", INT64_MAX),
    "no components": _set("components", []),
    "five hundred components": lambda d: d.__setitem__(
        "components",
        [
            {**_energy(d), "code": f"E{n}", "blocks": [{"up_to": "", "unit_price": "1"}]}
            for n in range(500)
        ],
    ),
}


def _tariff_cases(world: World, me: Caller, boss: Caller) -> list[tuple[str, Any, Any]]:
    t, b = me.tariffs, boss.tariffs
    oct_start, oct_end = pb_day(OCTOBER[0]), pb_day(OCTOBER[1])
    usage = tpb.TariffUsage(period_start=oct_start, period_end=oct_end, consumption="100")
    simulate = tpb.SimulateTariffRequest(tariff_version_id=world.tariff_version_id, usage=usage)
    create = tpb.CreateTariffRequest(
        request_id=rid(), code="T-NEW", name="Nouveau", service="electricity",
        tariff_category_code="DPP", product_code="PREPAID", currency_code="XOF",
    )  # fmt: skip
    propose = tpb.ProposeTariffVersionRequest(
        request_id=rid(), tariff_id=world.tariff_id, valid_from=pb_day(date(2027, 1, 1)),
        definition=_definition(), reason="hausse",
    )  # fmt: skip
    cases: list[tuple[str, Any, Any]] = []
    for garbage in GARBAGE_IDS:
        g = repr(garbage[:8])
        cases += [
            (f"get tariff {g}", t.GetTariff, tpb.GetTariffRequest(tariff_id=garbage)),
            (f"simulate tariff {g}", t.SimulateTariff,
             tpb.SimulateTariffRequest(tariff_id=garbage or "x", usage=usage)),
            (f"simulate version {g}", t.SimulateTariff,
             tpb.SimulateTariffRequest(tariff_version_id=garbage or "x", usage=usage)),
            (f"propose on tariff {g}", b.ProposeTariffVersion, _with(propose, tariff_id=garbage)),
        ]  # fmt: skip
    for consumption in ("-1", "abc", "NaN", "Infinity", "-Infinity", "1e400", "9" * 60, "",
                        "1,5", "0x10", "١٢"):  # fmt: skip
        cases.append(
            (f"consumption {consumption[:10]!r}", t.SimulateTariff,
             _with(simulate, usage=tpb.TariffUsage(period_start=oct_start, period_end=oct_end,
                                                   consumption=consumption)))
        )  # fmt: skip
    for label, start, end in (
        ("period inverted", oct_end, oct_start),
        ("period of a century", pb_day(date(2000, 1, 1)), pb_day(date(2099, 12, 31))),
        ("period to year 9999", oct_start, FAR),
        ("period start impossible", IMPOSSIBLE, oct_end),
        ("period end month 13", oct_start, MONTH_13),
        ("period start year 0", YEAR_0, oct_end),
    ):
        cases.append(
            (label, t.SimulateTariff,
             _with(simulate, usage=tpb.TariffUsage(period_start=start, period_end=end,
                                                   consumption="100")))
        )  # fmt: skip
    cases += [
        ("simulate without usage", t.SimulateTariff,
         tpb.SimulateTariffRequest(tariff_version_id=world.tariff_version_id)),
        ("simulate without source", t.SimulateTariff, tpb.SimulateTariffRequest(usage=usage)),
        ("simulate without period end", t.SimulateTariff,
         _with(simulate, usage=tpb.TariffUsage(period_start=oct_start, consumption="1"))),
        ("power negative", t.SimulateTariff,
         _with(simulate, usage=tpb.TariffUsage(period_start=oct_start, period_end=oct_end,
                                               consumption="1", subscribed_power_va=-6000))),
        ("power int64 max", t.SimulateTariff,
         _with(simulate, usage=tpb.TariffUsage(period_start=oct_start, period_end=oct_end,
                                               consumption="1", subscribed_power_va=INT64_MAX))),
        ("list tariffs of gas", t.ListTariffs, tpb.ListTariffsRequest(service="gas")),
        ("list tariffs garbage token", t.ListTariffs, tpb.ListTariffsRequest(page_token="%%")),
        ("list tariffs token of a huge offset", t.ListTariffs,
         tpb.ListTariffsRequest(page_token="9" * 40)),
        ("list tariffs page size below zero", t.ListTariffs,
         tpb.ListTariffsRequest(page_size=-5)),
        ("create without request id", b.CreateTariff, _with(create, request_id="")),
        ("create garbage request id", b.CreateTariff, _with(create, request_id="x" * 500)),
        ("create code empty", b.CreateTariff, _with(create, code="")),
        ("create code over its column", b.CreateTariff, _with(create, code="T" * 40)),
        ("create code with a quote", b.CreateTariff, _with(create, code="T'1")),
        ("create name empty", b.CreateTariff, _with(create, name="")),
        ("create name with a NUL", b.CreateTariff, _with(create, name="Dom\x00")),
        ("create name over its column", b.CreateTariff, _with(create, name="N" * 201)),
        ("create service gas", b.CreateTariff, _with(create, service="gas")),
        ("create unknown category", b.CreateTariff, _with(create, tariff_category_code="NOPE")),
        ("create category of water", b.CreateTariff,
         _with(create, tariff_category_code="DPP", service="water")),
        ("create unknown product", b.CreateTariff, _with(create, product_code="NOPE")),
        ("create category over its column", b.CreateTariff,
         _with(create, tariff_category_code="C" * 100)),
        ("create currency not ISO", b.CreateTariff, _with(create, currency_code="xo")),
        ("create an existing pair", b.CreateTariff,
         _with(create, product_code="CONVENTIONAL", code="T-AGAIN")),
        ("propose without request id", b.ProposeTariffVersion, _with(propose, request_id="")),
        ("propose without definition", b.ProposeTariffVersion,
         tpb.ProposeTariffVersionRequest(request_id=rid(), tariff_id=world.tariff_id,
                                         valid_from=pb_day(date(2027, 1, 1)), reason="x")),
        ("propose without valid_from", b.ProposeTariffVersion,
         tpb.ProposeTariffVersionRequest(request_id=rid(), tariff_id=world.tariff_id,
                                         definition=_definition(), reason="x")),
        ("propose valid_from impossible", b.ProposeTariffVersion,
         _with(propose, valid_from=IMPOSSIBLE)),
        ("propose valid_from year 0", b.ProposeTariffVersion, _with(propose, valid_from=YEAR_0)),
        ("propose before the approved version", b.ProposeTariffVersion,
         _with(propose, valid_from=OLD)),
        ("propose without reason", b.ProposeTariffVersion, _with(propose, reason="")),
        ("propose reason with a NUL", b.ProposeTariffVersion, _with(propose, reason="a\x00")),
        ("propose reason over its column", b.ProposeTariffVersion,
         _with(propose, reason="R" * 501)),
        ("propose in another currency", b.ProposeTariffVersion,
         _with(propose, definition=_definition(_set("currency_code", "EUR")))),
    ]  # fmt: skip
    for label, change in BAD_DEFINITIONS.items():
        definition = _definition(change)
        cases += [
            (f"propose: {label}", b.ProposeTariffVersion, _with(propose, definition=definition)),
            (f"simulate draft: {label}", t.SimulateTariff,
             tpb.SimulateTariffRequest(definition=definition, usage=usage)),
        ]  # fmt: skip
    return cases


# -- readings ---------------------------------------------------------------------------------
def _reading_cases(world: World, me: Caller) -> list[tuple[str, Any, Any]]:
    t, dkr = me.readings, world.dkr
    day = pb_day(READING_DAY)
    fresh = world.with_history(dkr.round_id, "DKR")  # nothing read on the day yet
    enter = lpb.EnterReadingRequest(
        request_id=rid(), subscription_id=fresh.subscription_id, reading_date=day,
        index_value="02200",
    )  # fmt: skip
    release = lpb.ReleaseReadingRequest(
        request_id=rid(), reading_id=dkr.reading_id, version=dkr.reading_version, note="vu"
    )
    replace = lpb.ReplaceReadingRequest(
        request_id=rid(), reading_id=dkr.reading_id, version=dkr.reading_version,
        index_value="02200", note="relu",
    )  # fmt: skip
    sheet = lpb.GetReadingSheetRequest(round_id=dkr.round_id, reading_date=day)
    export = lpb.ExportReadingSheetRequest(
        round_id=dkr.round_id, reading_date=day, format=lpb.READING_FILE_FORMAT_CSV
    )
    cases: list[tuple[str, Any, Any]] = []
    for garbage in GARBAGE_IDS:
        g = repr(garbage[:8])
        cases += [
            (f"sheet {g}", t.GetReadingSheet, _with(sheet, round_id=garbage)),
            (f"export {g}", t.ExportReadingSheet, _with(export, round_id=garbage)),
            (f"enter {g}", t.EnterReading, _with(enter, subscription_id=garbage)),
            (f"get {g}", t.GetReading, lpb.GetReadingRequest(reading_id=garbage)),
            (f"release {g}", t.ReleaseReading, _with(release, reading_id=garbage)),
            (f"replace {g}", t.ReplaceReading, _with(replace, reading_id=garbage)),
            (f"history {g}", t.ListSubscriptionReadings,
             lpb.ListSubscriptionReadingsRequest(subscription_id=garbage)),
            (f"cases of agency {g}", t.ListReadingCases,
             lpb.ListReadingCasesRequest(agency_id=garbage or "x")),
            (f"cases of round {g}", t.ListReadingCases,
             lpb.ListReadingCasesRequest(round_id=garbage or "x")),
        ]  # fmt: skip
    for index in ("-1", "abc", "1e5", "9" * 30, "12.5", "١٢٣", "²", "+12", "0x1F",
                  "1_000", str(INT64_MAX)):  # fmt: skip
        cases += [
            (f"enter index {index[:10]!r}", t.EnterReading, _with(enter, index_value=index)),
            (f"replace index {index[:10]!r}", t.ReplaceReading, _with(replace, index_value=index)),
        ]  # fmt: skip
    for label, bad in (("impossible", IMPOSSIBLE), ("month 13", MONTH_13), ("year 0", YEAR_0),
                       ("year 9999", FAR), ("1900", OLD)):  # fmt: skip
        cases += [
            (f"enter date {label}", t.EnterReading, _with(enter, reading_date=bad)),
            (f"replace date {label}", t.ReplaceReading, _with(replace, reading_date=bad)),
        ]  # fmt: skip
        if label in ("impossible", "month 13", "year 0"):  # a read of a far date is no harm
            cases += [
                (f"sheet date {label}", t.GetReadingSheet, _with(sheet, reading_date=bad)),
                (f"export date {label}", t.ExportReadingSheet, _with(export, reading_date=bad)),
            ]  # fmt: skip
    cases += [
        ("enter without request id", t.EnterReading, _with(enter, request_id="")),
        ("enter garbage request id", t.EnterReading, _with(enter, request_id="x" * 500)),
        ("enter without date", t.EnterReading,
         lpb.EnterReadingRequest(request_id=rid(), subscription_id=fresh.subscription_id,
                                 index_value="02200")),
        ("enter unknown register", t.EnterReading, _with(enter, register_code="reactive")),
        ("enter register over its column", t.EnterReading, _with(enter, register_code="r" * 100)),
        ("enter unknown field case", t.EnterReading, _with(enter, field_code="NOPE")),
        ("enter field case over its column", t.EnterReading, _with(enter, field_code="F" * 100)),
        ("enter unknown source", t.EnterReading, _with(enter, source="satellite")),
        ("enter note over its column", t.EnterReading, _with(enter, note="N" * 10_000)),
        ("enter note with a NUL", t.EnterReading, _with(enter, note="chien\x00")),
        ("enter neither index nor case", t.EnterReading, _with(enter, index_value="")),
        ("release version 0", t.ReleaseReading, _with(release, version=0)),
        ("release version below zero", t.ReleaseReading, _with(release, version=-1)),
        ("release stale version", t.ReleaseReading, _with(release, version=INT64_MAX)),
        ("release without note", t.ReleaseReading, _with(release, note="")),
        ("release note with a NUL", t.ReleaseReading, _with(release, note="vu\x00")),
        ("release note over its column", t.ReleaseReading, _with(release, note="N" * 10_000)),
        ("release garbage request id", t.ReleaseReading, _with(release, request_id="zz")),
        ("replace version below zero", t.ReplaceReading, _with(replace, version=-1)),
        ("replace note over its column", t.ReplaceReading, _with(replace, note="N" * 10_000)),
        ("replace note with a NUL", t.ReplaceReading, _with(replace, note="relu\x00")),
        ("replace without index", t.ReplaceReading, _with(replace, index_value="")),
        ("sheet without date", t.GetReadingSheet,
         lpb.GetReadingSheetRequest(round_id=dkr.round_id)),
        ("export unknown format", t.ExportReadingSheet, _with(export, format=UNKNOWN_ENUM)),
        ("export no format", t.ExportReadingSheet, _with(export, format=0)),
        ("cases dates inverted", t.ListReadingCases,
         lpb.ListReadingCasesRequest(date_from=pb_day(OCTOBER[1]), date_to=pb_day(OCTOBER[0]))),
        ("cases date impossible", t.ListReadingCases,
         lpb.ListReadingCasesRequest(date_from=IMPOSSIBLE)),
        ("cases code over its column", t.ListReadingCases,
         lpb.ListReadingCasesRequest(case_code="C" * 1000)),
        ("cases code a LIKE wildcard", t.ListReadingCases,
         lpb.ListReadingCasesRequest(case_code="%")),
        ("cases garbage token", t.ListReadingCases, lpb.ListReadingCasesRequest(page_token="!!")),
        ("cases page size below zero", t.ListReadingCases,
         lpb.ListReadingCasesRequest(page_size=-1)),
        ("history garbage token", t.ListSubscriptionReadings,
         lpb.ListSubscriptionReadingsRequest(subscription_id=dkr.worksub.subscription_id,
                                             page_token="!!")),
    ]  # fmt: skip
    return cases


def _csv(text: str) -> bytes:
    return text.encode()


def _import_cases(world: World, me: Caller) -> list[tuple[str, Any, Any]]:
    """Files the import must refuse whole (a file error: no line imported)."""
    t = me.readings
    number = world.dkr.worksub.subscription_number
    good_csv = f"subscription_number;reading_date;index_value\n{number};2026-10-05;2200\n"
    good_json = json.dumps({"format": RETURN, "version": 1, "readings": []})
    deep = "[" * 100_000 + "]" * 100_000

    def imp(content: bytes, fmt: Any = lpb.READING_FILE_FORMAT_CSV, **kw: Any) -> Any:
        return lpb.ImportReadingsRequest(request_id=rid(), format=fmt, content=content, **kw)

    j = lpb.READING_FILE_FORMAT_JSON
    return [
        ("import no format", t.ImportReadings, imp(_csv(good_csv), 0)),
        ("import unknown format", t.ImportReadings, imp(_csv(good_csv), UNKNOWN_ENUM)),
        ("import without request id", t.ImportReadings,
         lpb.ImportReadingsRequest(format=lpb.READING_FILE_FORMAT_CSV, content=_csv(good_csv))),
        ("import empty CSV", t.ImportReadings, imp(b"")),
        ("import binary", t.ImportReadings, imp(bytes(range(256)) * 16)),
        ("import NULs", t.ImportReadings, imp(b"\x00" * 4096)),
        ("import UTF-16 CSV", t.ImportReadings, imp(good_csv.encode("utf-16"))),
        ("import Latin-1 CSV", t.ImportReadings,
         imp("subscription_number;reading_date;index_value;note\n"
             f"{number};2026-10-05;2200;relevé chez Mme Ndiaye\n".encode("latin-1"))),
        ("import header only garbage", t.ImportReadings, imp(b"a;b;c\n1;2;3\n")),
        ("import a header without index", t.ImportReadings,
         imp(b"subscription_number;reading_date\nS1;2026-10-05\n")),
        ("import a gzip", t.ImportReadings, imp(b"\x1f\x8b\x08\x00" + b"\x00" * 100)),
        ("import CSV of 3 MiB", t.ImportReadings,
         imp(_csv(good_csv + "S;2026-10-05;1\n" * 230_000))),
        ("import CSV line of 1 MiB", t.ImportReadings,
         imp(_csv(f"subscription_number;reading_date;index_value\n{'S' * 1_048_576};x;1\n"))),
        ("import a million columns", t.ImportReadings, imp(b";" * 1_000_000)),
        ("import JSON not JSON", t.ImportReadings, imp(b"{not json", j)),
        ("import JSON binary", t.ImportReadings, imp(bytes(range(256)), j)),
        ("import JSON UTF-16", t.ImportReadings, imp(good_json.encode("utf-16"), j)),
        ("import JSON a list", t.ImportReadings, imp(b"[1, 2, 3]", j)),
        ("import JSON a string", t.ImportReadings, imp(b'"readings"', j)),
        ("import JSON null", t.ImportReadings, imp(b"null", j)),
        ("import JSON other format", t.ImportReadings,
         imp(b'{"format": "other", "version": 1, "readings": []}', j)),
        ("import JSON version 99", t.ImportReadings,
         imp(json.dumps({"format": RETURN, "version": 99, "readings": []}).encode(), j)),
        ("import JSON readings an object", t.ImportReadings,
         imp(json.dumps({"format": RETURN, "version": 1, "readings": {"a": 1}}).encode(), j)),
        ("import JSON nested 100,000 deep", t.ImportReadings, imp(deep.encode(), j)),
        ("import JSON huge number", t.ImportReadings,
         imp(b'{"format": "iwebs.reading-return", "version": 1e999999, "readings": []}', j)),
        ("import JSON of 3 MiB", t.ImportReadings,
         imp(json.dumps({"format": RETURN, "version": 1,
                         "readings": [{"subscription_number": "S"}] * 100_000}).encode(), j)),
    ]  # fmt: skip


# -- bill runs --------------------------------------------------------------------------------
def _run_cases(world: World, me: Caller) -> list[tuple[str, Any, Any]]:
    r, dkr = me.runs, world.dkr
    oct_start, oct_end = pb_day(OCTOBER[0]), pb_day(OCTOBER[1])
    batch = rpb.BillingBatch(agency_id=dkr.agency_id, code="HOSTILE", name="Lot")
    create = rpb.CreateBillingBatchRequest(request_id=rid(), batch=batch)
    update = rpb.UpdateBillingBatchRequest(
        request_id=rid(), batch_id=dkr.batch_id, version=1, batch=rpb.BillingBatch(name="Lot")
    )
    run = rpb.CreateBillRunRequest(
        request_id=rid(), batch_id=dkr.final_batch_id, period_label="2026-11",
        period_start=pb_day(date(2026, 11, 1)), period_end=pb_day(date(2026, 11, 30)),
    )  # fmt: skip
    item = {"run_id": dkr.run_id, "subscription_id": dkr.held.subscription_id}
    cases: list[tuple[str, Any, Any]] = []
    for garbage in GARBAGE_IDS:
        g = repr(garbage[:8])
        cases += [
            (f"batches of agency {g}", r.ListBillingBatches,
             rpb.ListBillingBatchesRequest(agency_id=garbage or "x")),
            (f"get batch {g}", r.GetBillingBatch, rpb.GetBillingBatchRequest(batch_id=garbage)),
            (f"create batch in agency {g}", r.CreateBillingBatch,
             _with(create, batch=rpb.BillingBatch(agency_id=garbage, code="H", name="x"))),
            (f"create batch on round {g}", r.CreateBillingBatch,
             _with(create, batch=rpb.BillingBatch(agency_id=dkr.agency_id, code="H", name="x",
                                                  round_ids=[garbage]))),
            (f"update batch {g}", r.UpdateBillingBatch, _with(update, batch_id=garbage)),
            (f"deactivate batch {g}", r.DeactivateBillingBatch,
             rpb.DeactivateBillingBatchRequest(request_id=rid(), batch_id=garbage, version=1)),
            (f"run of batch {g}", r.CreateBillRun, _with(run, batch_id=garbage)),
            (f"runs of agency {g}", r.ListBillRuns,
             rpb.ListBillRunsRequest(agency_id=garbage or "x")),
            (f"runs of batch {g}", r.ListBillRuns,
             rpb.ListBillRunsRequest(batch_id=garbage or "x")),
            (f"get run {g}", r.GetBillRun, rpb.GetBillRunRequest(run_id=garbage)),
            (f"progress {g}", r.GetBillRunProgress, rpb.GetBillRunProgressRequest(run_id=garbage)),
            (f"items {g}", r.ListBillRunItems, rpb.ListBillRunItemsRequest(run_id=garbage)),
            (f"explain run {g}", r.ExplainBillRunItem,
             rpb.ExplainBillRunItemRequest(run_id=garbage,
                                           subscription_id=item["subscription_id"])),
            (f"explain subscription {g}", r.ExplainBillRunItem,
             rpb.ExplainBillRunItemRequest(run_id=dkr.run_id, subscription_id=garbage)),
            (f"release {g}", r.ReleaseBillRunItem,
             rpb.ReleaseBillRunItemRequest(request_id=rid(), run_id=dkr.run_id,
                                           subscription_id=garbage)),
            (f"exclude {g}", r.ExcludeBillRunItem,
             rpb.ExcludeBillRunItemRequest(request_id=rid(), run_id=garbage,
                                           subscription_id=item["subscription_id"])),
            (f"recompute {g}", r.RecomputeBillRunItem,
             rpb.RecomputeBillRunItemRequest(request_id=rid(), run_id=dkr.run_id,
                                             subscription_id=garbage)),
            (f"simulate again {g}", r.SimulateBillRunAgain,
             rpb.SimulateBillRunAgainRequest(request_id=rid(), run_id=garbage, version=2)),
            (f"finalize {g}", r.FinalizeBillRun,
             rpb.FinalizeBillRunRequest(request_id=rid(), run_id=garbage, version=2)),
            (f"cancel {g}", r.CancelBillRun,
             rpb.CancelBillRunRequest(request_id=rid(), run_id=garbage, version=2, reason="x")),
            (f"summary {g}", r.GetBillRunSummary, rpb.GetBillRunSummaryRequest(run_id=garbage)),
            (f"alerts of agency {g}", r.ListNotBilledAlerts,
             rpb.ListNotBilledAlertsRequest(agency_id=garbage or "x")),
        ]  # fmt: skip
    for label, start, end in (
        ("period inverted", oct_end, oct_start),
        ("period of a century", pb_day(date(2000, 1, 1)), pb_day(date(2099, 12, 31))),
        ("period of 367 days", pb_day(date(2025, 11, 1)), pb_day(date(2026, 11, 2))),
        ("period to year 9999", oct_start, FAR),
        ("period start impossible", IMPOSSIBLE, oct_end),
        ("period end month 13", oct_start, MONTH_13),
        ("period start year 0", YEAR_0, oct_end),
    ):
        cases.append((f"run {label}", r.CreateBillRun,
                      _with(run, period_start=start, period_end=end)))  # fmt: skip
    cases += [
        ("run without period", r.CreateBillRun,
         rpb.CreateBillRunRequest(request_id=rid(), batch_id=dkr.final_batch_id,
                                  period_label="2026-11")),
        ("run label empty", r.CreateBillRun, _with(run, period_label="")),
        ("run label with a NUL", r.CreateBillRun, _with(run, period_label="2026\x00")),
        ("run label over its column", r.CreateBillRun, _with(run, period_label="2" * 40)),
        ("run label with a newline", r.CreateBillRun, _with(run, period_label="2026-11\n=1+1")),
        ("run bill date before the period", r.CreateBillRun,
         _with(run, bill_date=pb_day(date(2026, 1, 1)))),
        ("run bill date in year 9999", r.CreateBillRun, _with(run, bill_date=FAR)),
        ("run bill date impossible", r.CreateBillRun, _with(run, bill_date=IMPOSSIBLE)),
        ("run without request id", r.CreateBillRun, _with(run, request_id="")),
        ("run garbage request id", r.CreateBillRun, _with(run, request_id="'; --")),
        ("batch without content", r.CreateBillingBatch,
         rpb.CreateBillingBatchRequest(request_id=rid())),
        ("batch code empty", r.CreateBillingBatch,
         _with(create, batch=rpb.BillingBatch(agency_id=dkr.agency_id, name="x"))),
        ("batch code over its column", r.CreateBillingBatch,
         _with(create, batch=rpb.BillingBatch(agency_id=dkr.agency_id, code="C" * 40, name="x"))),
        ("batch code with a quote", r.CreateBillingBatch,
         _with(create, batch=rpb.BillingBatch(agency_id=dkr.agency_id, code="A'B", name="x"))),
        ("batch name with a NUL", r.CreateBillingBatch,
         _with(create, batch=rpb.BillingBatch(agency_id=dkr.agency_id, code="H0", name="L\x00"))),
        ("cancel reason with a NUL", r.CancelBillRun,
         rpb.CancelBillRunRequest(request_id=rid(), run_id=dkr.run_id, version=2, reason="x\x00")),
        ("exclude note with a NUL", r.ExcludeBillRunItem,
         rpb.ExcludeBillRunItemRequest(request_id=rid(), note="litige\x00", **item)),
        ("batch name empty", r.CreateBillingBatch,
         _with(create, batch=rpb.BillingBatch(agency_id=dkr.agency_id, code="H1"))),
        ("batch name over its column", r.CreateBillingBatch,
         _with(create, batch=rpb.BillingBatch(agency_id=dkr.agency_id, code="H2", name="N" * 201))),
        ("batch service gas", r.CreateBillingBatch,
         _with(create, batch=rpb.BillingBatch(agency_id=dkr.agency_id, code="H3", name="x",
                                              service="gas"))),
        ("batch periodicity unknown", r.CreateBillingBatch,
         _with(create, batch=rpb.BillingBatch(agency_id=dkr.agency_id, code="H4", name="x",
                                              billing_periodicity="fortnightly"))),
        ("batch unknown category", r.CreateBillingBatch,
         _with(create, batch=rpb.BillingBatch(agency_id=dkr.agency_id, code="H5", name="x",
                                              tariff_category_codes=["NOPE"]))),
        ("batch category with a separator", r.CreateBillingBatch,
         _with(create, batch=rpb.BillingBatch(agency_id=dkr.agency_id, code="H6", name="x",
                                              tariff_category_codes=["DPP,DMP"]))),
        ("batch a thousand rounds", r.CreateBillingBatch,
         _with(create, batch=rpb.BillingBatch(agency_id=dkr.agency_id, code="H7", name="x",
                                              round_ids=[rid() for _ in range(1000)]))),
        ("batch a thousand categories", r.CreateBillingBatch,
         _with(create, batch=rpb.BillingBatch(agency_id=dkr.agency_id, code="H8", name="x",
                                              tariff_category_codes=["DPP"] * 1000))),
        ("batch without request id", r.CreateBillingBatch, _with(create, request_id="")),
        ("update version 0", r.UpdateBillingBatch, _with(update, version=0)),
        ("update version below zero", r.UpdateBillingBatch, _with(update, version=-1)),
        ("update without content", r.UpdateBillingBatch,
         rpb.UpdateBillingBatchRequest(request_id=rid(), batch_id=dkr.batch_id, version=1)),
        ("update name over its column", r.UpdateBillingBatch,
         _with(update, batch=rpb.BillingBatch(name="N" * 201))),
        ("update service gas", r.UpdateBillingBatch,
         _with(update, batch=rpb.BillingBatch(name="x", service="gas"))),
        ("deactivate version below zero", r.DeactivateBillingBatch,
         rpb.DeactivateBillingBatchRequest(request_id=rid(), batch_id=dkr.batch_id, version=-1)),
        ("batches garbage token", r.ListBillingBatches,
         rpb.ListBillingBatchesRequest(page_token="!!")),
        ("batches page size below zero", r.ListBillingBatches,
         rpb.ListBillingBatchesRequest(page_size=-3)),
        ("runs unknown status", r.ListBillRuns, rpb.ListBillRunsRequest(statuses=[UNKNOWN_ENUM])),
        ("runs garbage token", r.ListBillRuns, rpb.ListBillRunsRequest(page_token="!!")),
        ("items unknown outcome", r.ListBillRunItems,
         rpb.ListBillRunItemsRequest(run_id=dkr.run_id, outcomes=[UNKNOWN_ENUM])),
        ("items control over its column", r.ListBillRunItems,
         rpb.ListBillRunItemsRequest(run_id=dkr.run_id, control_code="C" * 1000)),
        ("items cause over its column", r.ListBillRunItems,
         rpb.ListBillRunItemsRequest(run_id=dkr.run_id, cause="C" * 1000)),
        ("items control code a LIKE wildcard", r.ListBillRunItems,
         rpb.ListBillRunItemsRequest(run_id=dkr.run_id, control_code="%")),
        ("items control code not a code", r.ListBillRunItems,
         rpb.ListBillRunItemsRequest(run_id=dkr.run_id, control_code="AMOUNT")),
        ("items garbage token", r.ListBillRunItems,
         rpb.ListBillRunItemsRequest(run_id=dkr.run_id, page_token="!!")),
        ("release note over its column", r.ReleaseBillRunItem,
         rpb.ReleaseBillRunItemRequest(request_id=rid(), note="N" * 10_000, **item)),
        ("exclude note over its column", r.ExcludeBillRunItem,
         rpb.ExcludeBillRunItemRequest(request_id=rid(), note="N" * 10_000, **item)),
        ("release without request id", r.ReleaseBillRunItem,
         rpb.ReleaseBillRunItemRequest(note="x", **item)),
        ("recompute garbage request id", r.RecomputeBillRunItem,
         rpb.RecomputeBillRunItemRequest(request_id="x", **item)),
        ("simulate again version below zero", r.SimulateBillRunAgain,
         rpb.SimulateBillRunAgainRequest(request_id=rid(), run_id=dkr.run_id, version=-1)),
        ("finalize version 0", r.FinalizeBillRun,
         rpb.FinalizeBillRunRequest(request_id=rid(), run_id=dkr.run_id, version=0)),
        ("finalize stale version", r.FinalizeBillRun,
         rpb.FinalizeBillRunRequest(request_id=rid(), run_id=dkr.run_id, version=INT64_MAX)),
        ("finalize without request id", r.FinalizeBillRun,
         rpb.FinalizeBillRunRequest(run_id=dkr.run_id, version=2)),
        ("cancel reason over its column", r.CancelBillRun,
         rpb.CancelBillRunRequest(request_id=rid(), run_id=dkr.run_id, version=2,
                                  reason="R" * 10_000)),
        ("cancel a finalized run", r.CancelBillRun,
         rpb.CancelBillRunRequest(request_id=rid(), run_id=dkr.final_run_id, version=99,
                                  reason="x")),
        ("alerts below zero runs", r.ListNotBilledAlerts,
         rpb.ListNotBilledAlertsRequest(min_consecutive_runs=-1)),
        ("alerts garbage token", r.ListNotBilledAlerts,
         rpb.ListNotBilledAlertsRequest(page_token="!!")),
    ]  # fmt: skip
    return cases


# -- bills ------------------------------------------------------------------------------------
def _bill_cases(world: World, me: Caller) -> list[tuple[str, Any, Any]]:
    b, dkr = me.bills, world.dkr
    oct_start, oct_end = pb_day(OCTOBER[0]), pb_day(OCTOBER[1])
    one = bpb.BillSubscriptionRequest(
        request_id=rid(), subscription_id=dkr.ready.subscription_id, period_start=oct_start,
        period_end=oct_end,
    )  # fmt: skip
    final = bpb.IssueFinalBillRequest(
        request_id=rid(), subscription_id=dkr.ready.subscription_id, period_end=oct_end
    )
    correction = bpb.RequestBillCorrectionRequest(request_id=rid(), bill_id=dkr.bill_id, reason="x")
    statement = bpb.GetAccountStatementRequest(account_id=dkr.account_id)
    cases: list[tuple[str, Any, Any]] = []
    for garbage in GARBAGE_IDS:
        g = repr(garbage[:8])
        cases += [
            (f"balance {g}", b.GetAccountBalance, bpb.GetAccountBalanceRequest(account_id=garbage)),
            (f"statement {g}", b.GetAccountStatement, _with(statement, account_id=garbage)),
            (f"bills of account {g}", b.ListBills, bpb.ListBillsRequest(account_id=garbage or "x")),
            (f"bills of subscription {g}", b.ListBills,
             bpb.ListBillsRequest(subscription_id=garbage or "x")),
            (f"bill {g}", b.GetBill, bpb.GetBillRequest(bill_id=garbage)),
            (f"document {g}", b.GetBillDocument, bpb.GetBillDocumentRequest(bill_id=garbage)),
            (f"bill subscription {g}", b.BillSubscription, _with(one, subscription_id=garbage)),
            (f"preview subscription {g}", b.BillSubscription,
             _with(one, subscription_id=garbage, preview=True)),
            (f"final bill {g}", b.IssueFinalBill, _with(final, subscription_id=garbage)),
            (f"correction {g}", b.RequestBillCorrection, _with(correction, bill_id=garbage)),
        ]  # fmt: skip
    for label, start, end in (
        ("period inverted", oct_end, oct_start),
        ("period of a century", pb_day(date(2000, 1, 1)), pb_day(date(2099, 12, 31))),
        ("period to year 9999", oct_start, FAR),
        ("period start impossible", IMPOSSIBLE, oct_end),
        ("period end month 13", oct_start, MONTH_13),
        ("period start year 0", YEAR_0, oct_end),
    ):
        cases += [
            (f"bill {label}", b.BillSubscription, _with(one, period_start=start, period_end=end)),
            (f"preview {label}", b.BillSubscription,
             _with(one, period_start=start, period_end=end, preview=True)),
        ]  # fmt: skip
        if "century" not in label and "9999" not in label:  # a long read is no harm
            cases.append((f"statement {label}", b.GetAccountStatement,
                          _with(statement, from_date=start, to_date=end)))  # fmt: skip
    cases += [
        ("final bill of a century", b.IssueFinalBill,
         _with(final, period_end=pb_day(date(2099, 12, 31)))),
        ("bill without period", b.BillSubscription,
         bpb.BillSubscriptionRequest(request_id=rid(), subscription_id=dkr.ready.subscription_id)),
        ("bill label over its column", b.BillSubscription, _with(one, period_label="L" * 40)),
        ("bill label with a NUL", b.BillSubscription, _with(one, period_label="2026\x00")),
        ("bill without request id", b.BillSubscription, _with(one, request_id="")),
        ("bill garbage request id", b.BillSubscription, _with(one, request_id="1 OR 1")),
        ("final bill end impossible", b.IssueFinalBill, _with(final, period_end=IMPOSSIBLE)),
        ("final bill end year 9999", b.IssueFinalBill, _with(final, period_end=FAR)),
        ("final bill end 1900", b.IssueFinalBill, _with(final, period_end=OLD)),
        ("final bill without request id", b.IssueFinalBill, _with(final, request_id="")),
        ("correction without reason", b.RequestBillCorrection, _with(correction, reason="")),
        ("correction reason with a NUL", b.RequestBillCorrection,
         _with(correction, reason="erreur\x00")),
        ("correction reason over its column", b.RequestBillCorrection,
         _with(correction, reason="R" * 10_000)),
        ("correction without request id", b.RequestBillCorrection,
         _with(correction, request_id="")),
        ("bills of both", b.ListBills,
         bpb.ListBillsRequest(account_id=dkr.account_id,
                              subscription_id=dkr.single.subscription_id)),
        ("bills of none", b.ListBills, bpb.ListBillsRequest()),
        ("bills unknown kind", b.ListBills,
         bpb.ListBillsRequest(account_id=dkr.account_id, kind=UNKNOWN_ENUM)),
        ("bills garbage token", b.ListBills,
         bpb.ListBillsRequest(account_id=dkr.account_id, page_token="!!")),
        ("bills page size below zero", b.ListBills,
         bpb.ListBillsRequest(account_id=dkr.account_id, page_size=-1)),
        ("statement garbage token", b.GetAccountStatement, _with(statement, page_token="!!")),
        ("statement page size below zero", b.GetAccountStatement, _with(statement, page_size=-1)),
    ]  # fmt: skip
    return cases


def test_hostile_input_to_tariffs_is_refused_with_a_reason_and_writes_nothing(
    world: World,
) -> None:
    me = world.user("billing_manager")
    boss = world.user("billing_manager", all_agencies=True)
    _check_all(world, _tariff_cases(world, me, boss))


def test_hostile_input_to_readings_is_refused_with_a_reason_and_writes_nothing(
    world: World,
) -> None:
    me = world.user("billing_manager")
    _check_all(world, _reading_cases(world, me) + _import_cases(world, me))


def test_hostile_input_to_bill_runs_is_refused_with_a_reason_and_writes_nothing(
    world: World,
) -> None:
    me = world.user("billing_manager")
    _check_all(world, _run_cases(world, me))


def test_hostile_input_to_bills_is_refused_with_a_reason_and_writes_nothing(
    world: World,
) -> None:
    me = world.user("billing_manager")
    _check_all(world, _bill_cases(world, me))


def test_import_lines_of_garbage_are_each_rejected_and_none_written(world: World) -> None:
    """A readable file whose every line is bad: each line rejected with its field and
    reason, the counts right, no reading written (FAC-3)."""
    me = world.user("billing_manager")
    number = world.dkr.worksub.subscription_number
    lines = [
        f"{number};2026-10-05;-5",
        f"{number};2026-10-05;abc",
        f"{number};2026-10-05;{'9' * 40}",
        f"{number};2026-02-30;2200",
        f"{number};9999-12-31;2200",
        f"{number};;2200",
        "NOPE;2026-10-05;2200",
        f"{'S' * 500};2026-10-05;2200",
        "'; DROP TABLE meter_readings; --;2026-10-05;2200",
        f"{number};2026-10-05;١٢٣",
        f"{number};2026-10-05",
        f"{number}\x00;2026-10-05;2200",
        f"{number};2026-10-05;22\x0000",
    ]
    content = "subscription_number;reading_date;index_value\n" + "\n".join(lines) + "\n"
    before = facts(world.server)
    report = me.readings.ImportReadings(
        lpb.ImportReadingsRequest(
            request_id=rid(), format=lpb.READING_FILE_FORMAT_CSV, content=content.encode()
        )
    )
    assert (report.created, report.rejected) == (0, len(lines)), report
    unexplained = [x.line for x in report.lines if not x.errors or not x.errors[0].reason]
    assert not unexplained
    written = facts(world.server)
    written.pop("idempotency_keys"), before.pop("idempotency_keys")
    assert written == before
    garbage: list[Any] = [{"subscription_number": 5}, "x", None, [], {"index_value": {"$gt": 1}}]
    document = {"format": RETURN, "version": 1, "readings": garbage}
    report = me.readings.ImportReadings(
        lpb.ImportReadingsRequest(
            request_id=rid(), format=lpb.READING_FILE_FORMAT_JSON,
            content=json.dumps(document).encode(),
        )
    )  # fmt: skip
    assert (report.created, report.rejected) == (0, len(garbage)), report
    written = facts(world.server)
    written.pop("idempotency_keys")
    assert written == before


FORMULAS = ('=HYPERLINK("http://x";"clic")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1")


def test_reading_sheet_csv_neutralises_formulas(world: World) -> None:
    """A customer name or an address starting with = + - @ (or a tab / CR before one) is
    exported so that a spreadsheet shows it as text, never runs it (CWE-1236)."""
    me = world.user("billing_manager")
    app = world.server.app
    subs = []
    for n, text in enumerate(FORMULAS):
        sub = world.with_history(world.dkr.round_id, "DKR")
        subs.append(sub)
        with app.uow_factory() as uow:
            account = uow.session.get(CustomerAccountRow, sub.account_id)
            assert account is not None
            customer = uow.session.get(CustomerRow, account.customer_id)
            assert customer is not None
            customer.display_name = text
            premise = uow.session.get(PremiseRow, sub.premise_id)
            assert premise is not None
            premise.address_line = f"{text} {n}"
    exported = me.readings.ExportReadingSheet(
        lpb.ExportReadingSheetRequest(
            round_id=world.dkr.round_id, reading_date=pb_day(READING_DAY),
            format=lpb.READING_FILE_FORMAT_CSV,
        )
    )  # fmt: skip
    text = exported.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert len(rows) == 1 + exported.line_count, "a name broke the file into more rows"
    dangerous = [
        cell for row in rows[1:] for cell in row if cell[:1] in ("=", "+", "-", "@", "\t", "\r")
        and not _is_number_or_date(cell)
    ]  # fmt: skip
    assert not dangerous, dangerous
    names = "".join(";".join(row) for row in rows)
    assert "HYPERLINK" in names  # the text is kept, only neutralised


def _is_number_or_date(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_amounts_beyond_int64_are_refused_not_internal(world: World) -> None:
    """The largest price a definition takes times the largest consumption a simulation
    takes overflows int64 minor units: a refusal with its reason, never INTERNAL."""
    me = world.user("billing_manager")
    usage = tpb.TariffUsage(
        period_start=pb_day(OCTOBER[0]), period_end=pb_day(OCTOBER[1]), consumption="1000000000"
    )
    dear = _definition(_set("components.0.blocks.2.unit_price", "999999999999"))
    cases = [
        ("draft at the largest price", me.tariffs.SimulateTariff,
         tpb.SimulateTariffRequest(definition=dear, usage=usage)),
        ("GMD draft at the largest price", me.tariffs.SimulateTariff,
         tpb.SimulateTariffRequest(
             definition=_definition(lambda d: (
                 _set("components.0.blocks.2.unit_price", "999999999999")(d),
                 _set("currency_exponent", 2)(d))),
             usage=usage)),
    ]  # fmt: skip
    _check_all(world, cases)


def test_an_absurd_consumption_does_not_block_a_run(world: World) -> None:
    """A released reading of 10^17 kWh (an 18-digit dial) bills more than int64 minor
    units: that subscription is not billed (with its cause), the others are, and the run
    ends its simulation and its finalization (a chunk that always fails would stall it)."""
    me, places = world.user("billing_manager"), world.data.places
    round_id = places.round("DKR")
    normal = world.billable(round_id, "DKR")
    huge = places.subscription(round_id, digits=18)
    world.data.past_bill(huge, date(2026, 9, 1), date(2026, 9, 30), 1100)
    world.data.reading(huge, OCTOBER[1], 10**17)
    batch = me.runs.CreateBillingBatch(
        rpb.CreateBillingBatchRequest(
            request_id=rid(),
            batch=rpb.BillingBatch(agency_id=world.dkr.agency_id, code="ENORME", name="x",
                                   round_ids=[round_id]),
        )
    ).batch  # fmt: skip
    run = me.runs.CreateBillRun(
        rpb.CreateBillRunRequest(request_id=rid(), batch_id=batch.batch_id, period_label="2026-10",
                                 period_start=pb_day(OCTOBER[0]), period_end=pb_day(OCTOBER[1]),
                                 bill_date=pb_day(date(2026, 11, 5)))
    ).run  # fmt: skip
    for _ in range(5):  # a failing chunk is left for the next worker: let it try again
        with contextlib.suppress(Exception):
            world.work()
    got = me.runs.GetBillRun(rpb.GetBillRunRequest(run_id=run.run_id)).run
    assert got.status == rpb.BILL_RUN_STATUS_SIMULATED, got.status
    items = {
        i.subscription_id: i
        for i in me.runs.ListBillRunItems(rpb.ListBillRunItemsRequest(run_id=run.run_id)).items
    }
    assert items[normal.subscription_id].outcome == rpb.BILL_RUN_ITEM_OUTCOME_READY
    assert items[huge.subscription_id].outcome in (
        rpb.BILL_RUN_ITEM_OUTCOME_NOT_BILLED, rpb.BILL_RUN_ITEM_OUTCOME_HELD,
    )  # fmt: skip
    me.runs.FinalizeBillRun(
        rpb.FinalizeBillRunRequest(request_id=rid(), run_id=run.run_id, version=got.version)
    )
    for _ in range(5):  # a failing chunk is left for the next worker: let it try again
        with contextlib.suppress(Exception):
            world.work()
    done = me.runs.GetBillRun(rpb.GetBillRunRequest(run_id=run.run_id)).run
    assert done.status == rpb.BILL_RUN_STATUS_FINALIZED and done.counts.billed == 1
