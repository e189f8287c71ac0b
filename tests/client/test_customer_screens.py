"""Customer search and 360-degree view (ACC-4, ACC-5, ACC-1 corrections), offscreen, against
in-memory fakes of the presenters' ports. The same screens against the live server are in
test_customer_screens_live.py."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt

from iwebs.v1 import customer_pb2, customer_search_service_pb2
from iwebs_client.backend.client_types import BackendError, ChangeNote, FieldViolation
from iwebs_client.models.display_format import format_decimal_text, format_money
from iwebs_client.presenters import customer_overview_rows as rows
from iwebs_client.presenters import module_catalog
from iwebs_client.presenters.customer_forms import (
    CustomerForm,
    PremiseForm,
    SubscriptionForm,
    parse_degrees,
    place_violations,
)
from iwebs_client.presenters.customer_navigation import CustomerNavigator
from iwebs_client.presenters.customer_overview_presenter import CustomerOverviewPresenter
from iwebs_client.presenters.customer_search_presenter import CustomerSearchPresenter
from iwebs_client.presenters.presenter_base import CommandIntent
from iwebs_client.tasks import TaskRunner
from iwebs_client.views.customers.customer_360_page import Customer360Page
from iwebs_client.views.customers.customer_dialogs import CustomerDialog
from iwebs_client.views.customers.customer_search_page import CustomerSearchPage
from iwebs_client.views.customers.premise_dialogs import PremiseDialog
from tests.client.customer_fakes import AGENCY, FakeServices, sample_overview, session

MANAGE = ["customers.read", "customers.manage"]
TODAY = dt.date(2026, 11, 28)


@pytest.fixture
def french_locale() -> Any:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Senegal))
    yield
    QLocale.setDefault(previous)


def _overview_presenter(services: FakeServices, rights: list[str] = MANAGE) -> Any:
    navigator = CustomerNavigator()
    presenter = CustomerOverviewPresenter(
        services,
        TaskRunner(),
        session(rights),
        navigator,
        today=lambda: TODAY,  # type: ignore[arg-type]
    )
    return presenter, navigator


def test_money_is_whole_francs_with_grouping(french_locale) -> None:
    """XOF has no minor unit: 1234567 minor units are 1 234 567 FCFA, never 12 345,67."""
    text = format_money(1_234_567, "XOF")
    assert text.replace("\u202f", " ").replace("\xa0", " ") == "1 234 567 FCFA"
    assert format_money(-150, "EUR").replace("\u202f", " ") == "-1,50 EUR"


def test_server_decimals_read_in_french_with_their_digits_kept(french_locale) -> None:
    """Prices and rates come as decimal text ("136.49"): shown "136,49", never via a float."""

    def shown(text: str) -> str:
        return format_decimal_text(text).replace("\u202f", " ").replace("\xa0", " ")

    assert [shown(t) for t in ("136.49", "82", "2.5", "16667", "-1234567.50", "0.000")] == [
        "136,49", "82", "2,5", "16 667", "-1 234 567,50", "0,000",
    ]  # fmt: skip
    assert [shown(t) for t in ("", "n/a", "1e5", "1.2.3")] == ["", "n/a", "1e5", "1.2.3"]


def test_menu_entries_follow_the_customer_rights() -> None:
    modules = dict(module_catalog.visible_modules(["customers.read"]))
    assert [s.key for s in modules["customers"]] == ["customer_search", "customer_360"]
    assert not module_catalog.can_manage(["customers.read"], "customer_360")
    assert module_catalog.can_manage(MANAGE, "customer_search")
    assert "customers" not in dict(module_catalog.visible_modules(["cash.collect"]))


def test_forms_check_fields_before_sending() -> None:
    person = CustomerForm(kind=customer_pb2.CUSTOMER_KIND_PERSON, agency_id=AGENCY)
    assert set(person.validate()) == {"family_name"}
    organisation = CustomerForm(
        kind=customer_pb2.CUSTOMER_KIND_ORGANISATION,
        agency_id=AGENCY,
        phones=("77 12",),
        email="not-mail",
        ebill_opt_in=True,
    )
    assert set(organisation.validate()) == {"organisation_name", "phones", "email"}
    premise = PremiseForm(agency_id=AGENCY, address_line="x", city="Dakar", latitude="14.6")
    assert set(premise.validate()) == {"location"}
    premise = PremiseForm(
        agency_id=AGENCY, address_line="x", city="Dakar", latitude="94", longitude="1.1234567"
    )
    assert set(premise.validate()) == {"location.latitude_e6", "location.longitude_e6"}
    assert parse_degrees("-17,447938", 180) == -17447938
    electricity = SubscriptionForm(
        account_id="a", premise_id="p", product_code="conv", tariff_category_code="DPP"
    )
    assert set(electricity.validate()) == {"subscribed_power_va"}
    assert (
        SubscriptionForm(**{**electricity.__dict__, "power_kva": "4,5"})
        .message()
        .subscribed_power_va
        == 4500
    )


def test_server_violations_find_their_widget() -> None:
    error = BackendError(
        code="INVALID_ARGUMENT",
        reason="INVALID_ARGUMENT",
        field_violations=(
            FieldViolation("customer.family_name", "is required"),
            FieldViolation("premise.location.latitude_e6", "out of range"),
            FieldViolation("phones[1]", "is not a phone number"),
            FieldViolation("something_else", "odd"),
        ),
    )
    placed, unplaced = place_violations(error, ["family_name", "location.latitude_e6", "phones"])
    assert placed["location.latitude_e6"] == "out of range"
    assert set(placed) == {"family_name", "location.latitude_e6", "phones"}
    assert unplaced == ["something_else: odd"]


def test_overview_rows_show_balances_network_address_and_overdue_bills(
    qtbot, french_locale
) -> None:
    """ACC-5: the premise's electrical address; open bills, overdue ones highlighted."""
    overview = sample_overview(TODAY)
    accounts = rows.account_rows(overview)
    assert accounts[0].highlighted  # something overdue
    assert accounts[0].cells[4].replace("\u202f", " ") == "1 249 567 FCFA"
    premise = rows.premise_rows(overview)[0]
    assert premise.cells[3] == "14.693425, -17.447938"
    assert premise.cells[4] == "T01 / 12"
    assert "HANN" in premise.cells[5] and "TR-0451" in premise.cells[5]
    bills = rows.bill_rows(overview, TODAY)
    assert [b.highlighted for b in bills] == [True, False]
    assert bills[0].cells[4].endswith("(overdue)") and "(" not in bills[1].cells[4]
    assert bills[0].cells[5].replace("\u202f", " ") == "1 234 567 FCFA"
    subscription = rows.subscription_rows(overview)[0]
    assert subscription.cells[4] == "6 kVA"
    meter = rows.meter_rows(overview)[0]
    assert meter.cells[-1] == "PL-778899" and meter.cells[8] == "P0000007"


def test_search_pages_results_and_opens_the_360_view(qtbot) -> None:
    hits = [
        customer_search_service_pb2.CustomerSearchHit(
            customer_id=f"id-{n}", customer_number=f"C{n}", display_name=f"NDIAYE {n}",
            agency_id=AGENCY,
        )
        for n in range(5)
    ]  # fmt: skip
    services = FakeServices(hits)
    navigator = CustomerNavigator()
    presenter = CustomerSearchPresenter(
        services,
        TaskRunner(),
        session(["customers.read"]),
        navigator,  # type: ignore[arg-type]
    )
    page = CustomerSearchPage(presenter, can_manage=False)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.waitUntil(page.search_edit.hasFocus)
    qtbot.keyClicks(page.search_edit, "n")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert page.problem_label.isVisible()  # one character: refused before any call
    assert services.customer_search.queries == []
    qtbot.keyClicks(page.search_edit, "diaye")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    # pages of 2: the table asks for the next pages while it has room to show them
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    assert [token for _q, token in services.customer_search.queries] == ["", "2", "4"]
    qtbot.waitUntil(lambda: page.count_label.text() == "5 result(s)")  # no "+": last page
    assert page.model.index(0, 6).data() == "Dakar Plateau"
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    with qtbot.waitSignal(navigator.customer_opened) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == ["id-0"]
    page.table.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()


def test_360_view_shows_every_section_and_keys_switch_sections(qtbot, french) -> None:
    services = FakeServices()
    overview = sample_overview(TODAY)
    services.customers.overviews[overview.customer.customer_id] = overview
    presenter, navigator = _overview_presenter(services)
    page = Customer360Page(presenter, can_manage=True)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(presenter.loaded):
        navigator.open_customer(overview.customer.customer_id)
    assert page.name_label.text() == "NDIAYE Aïssatou"
    assert "FCFA" in page.balance_label.text() and "échu" in page.balance_label.text()
    assert page.identity_value("Pièce d'identité") == "CNI 1 234 1990 01234"
    # the category is named from its reference list (PAR-2) once the list arrives
    qtbot.waitUntil(lambda: page.identity_value("Catégorie") == "DOM - Domestique")
    assert page.accounts.rowCount() == 1 and page.bills.rowCount() == 2
    assert page.premises.rowCount() == 1 and page.meters.rowCount() == 1
    assert page.tabs.count() == 7
    qtbot.keyClick(page, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == 3
    assert page.premises_table.hasFocus()
    qtbot.keyClick(page, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentIndex() == 6


def test_a_correction_needs_a_reason_and_lands_in_the_history(qtbot, french) -> None:
    """ACC-4 / ACC-1: correcting the premise address without a reason is refused next to the
    field; with a reason it is saved, the view reloads and the history shows old -> new."""
    services = FakeServices()
    overview = sample_overview(TODAY)
    services.customers.overviews[overview.customer.customer_id] = overview
    presenter, navigator = _overview_presenter(services)
    page = Customer360Page(presenter, can_manage=True)
    qtbot.addWidget(page)
    with qtbot.waitSignal(presenter.loaded):
        navigator.open_customer(overview.customer.customer_id)
    page.show_section(3)
    page.premises_table.selectRow(0)
    page.edit_premise()
    dialog = page.dialog
    assert isinstance(dialog, PremiseDialog)
    assert dialog.round_combo.currentText() == "T01"  # known before the list arrives
    qtbot.waitUntil(lambda: dialog.round_combo.currentText() == "T01 - Plateau 1")
    dialog.address_edit.setText("14 avenue Pompidou")
    assert dialog.correction_check is not None
    dialog.correction_check.setChecked(True)
    dialog.submit()
    assert dialog.error_text("reason") == "Une correction doit être motivée."
    assert services.premises.calls == []
    assert dialog.reason_edit is not None
    dialog.reason_edit.setText("Adresse mal saisie à l'abonnement")
    with qtbot.waitSignal(presenter.loaded, timeout=5000):
        dialog.submit()
    assert not dialog.isVisible()
    assert "14 avenue Pompidou" in page.premises.row(0).cells[1]
    qtbot.waitUntil(lambda: presenter.history.rowCount() == 1)
    change = presenter.history.item(0)
    assert (change.field, change.old_value, change.new_value) == (
        "address_line",
        "12 rue Carnot",
        "14 avenue Pompidou",
    )
    assert presenter.history.index(0, presenter.history.ACTION).data() == "Correction"


def test_a_failed_save_keeps_the_request_id_and_shows_a_version_conflict(qtbot, french) -> None:
    services = FakeServices()
    overview = sample_overview(TODAY)
    services.customers.overviews[overview.customer.customer_id] = overview
    presenter, navigator = _overview_presenter(services)
    page = Customer360Page(presenter, can_manage=True)
    qtbot.addWidget(page)
    with qtbot.waitSignal(presenter.loaded):
        navigator.open_customer(overview.customer.customer_id)
    page.edit_customer()
    dialog = page.dialog
    assert isinstance(dialog, CustomerDialog)
    # the category comes from the reference list (PAR-2), its current code chosen
    qtbot.waitUntil(lambda: dialog.category_box.count() == 2)
    assert dialog.category_box.currentText() == "DOM - Domestique"
    assert dialog.category_box.code() == "DOM"
    dialog.email_edit.setText("a.ndiaye@example.sn")
    services.customers.fail_next = BackendError(
        code="UNAVAILABLE", reason="UNAVAILABLE", message="down"
    )
    with qtbot.waitSignal(presenter.failed):
        dialog.submit()
    assert "injoignable" in dialog.general_error.text()
    with qtbot.waitSignal(presenter.saved):
        dialog.submit()
    first, second = services.customers.calls
    assert first[1] == second[1]  # same intent, same request id (IDEM-01)
    # someone else changed it meanwhile: the dialog explains what to do
    qtbot.waitUntil(lambda: not presenter.busy)  # the view reloaded after the save
    stale = CustomerDialog(presenter, overview.customer, page)
    qtbot.addWidget(stale)
    page.dialog = stale
    stale.open()
    stale.email_edit.setText("autre@example.sn")
    overview.customer.version += 5
    stale.customer = customer_pb2.Customer(
        customer_id=overview.customer.customer_id, version=1, email="old@example.sn",
        kind=overview.customer.kind, family_name="NDIAYE", agency_id=AGENCY,
    )  # fmt: skip
    with qtbot.waitSignal(presenter.failed):
        stale.submit()
    assert "Quelqu'un a modifié" in stale.general_error.text()


def test_new_customer_opens_its_360_view(qtbot, french) -> None:
    services = FakeServices()
    presenter, navigator = _overview_presenter(services)
    dialog = CustomerDialog(presenter, None)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.submit()
    assert dialog.error_text("family_name") == "Saisissez le nom de famille."
    qtbot.keyClicks(dialog.family_edit, "SOW")
    qtbot.keyClicks(dialog.given_edit, "Mamadou")
    dialog.phones_edit.setText("+221 77 000 11 22")
    with qtbot.waitSignal(navigator.customer_opened) as opened:
        dialog.submit()
    customer_id = opened.args[0]
    qtbot.waitUntil(lambda: presenter.overview is not None)
    assert presenter.overview.customer.customer_id == customer_id
    assert presenter.overview.customer.display_name == "SOW Mamadou"


def test_subscription_state_buttons_follow_the_status(qtbot) -> None:
    services = FakeServices()
    overview = sample_overview(TODAY)
    services.customers.overviews[overview.customer.customer_id] = overview
    presenter, navigator = _overview_presenter(services)
    page = Customer360Page(presenter, can_manage=True)
    qtbot.addWidget(page)
    with qtbot.waitSignal(presenter.loaded):
        navigator.open_customer(overview.customer.customer_id)
    page.subscriptions_table.selectRow(0)
    enabled = {b.text() for b, t, _ in page._selection_buttons
               if t is page.subscriptions_table and b.isEnabled()}  # fmt: skip
    assert enabled == {"&Change (tariff, power)...", "Suspend (cut)...", "Terminate..."}
    sub = overview.subscriptions[0]
    with qtbot.waitSignal(presenter.loaded):
        assert presenter.change_subscription_state(
            CommandIntent(), sub, rows_form("suspend", "Impayés")
        )
    assert page.subscriptions.row(0).highlighted  # suspended (cut) shows in red
    assert not presenter.change_subscription_state(CommandIntent(), sub, rows_form("terminate", ""))


def rows_form(verb: str, reason: str) -> Any:
    from iwebs_client.presenters.customer_forms import StateChangeForm

    return StateChangeForm(verb, TODAY, reason)


def test_change_note_is_sent_with_the_update(qtbot) -> None:
    services = FakeServices()
    overview = sample_overview(TODAY)
    services.customers.overviews[overview.customer.customer_id] = overview
    presenter, _navigator = _overview_presenter(services)
    presenter.overview = overview
    form = CustomerForm.of(overview.customer)
    assert not presenter.update_customer(
        CommandIntent(), overview.customer, form, ChangeNote()
    )  # nothing changed: nothing sent
    changed = CustomerForm(**{**form.__dict__, "sms_opt_in": False})
    with qtbot.waitSignal(presenter.saved):
        presenter.update_customer(
            CommandIntent(), overview.customer, changed, ChangeNote("demande client")
        )
    assert [c.field for c in services.customers.changes] == ["sms_opt_in"]
    assert services.customers.changes[0].reason == "demande client"
