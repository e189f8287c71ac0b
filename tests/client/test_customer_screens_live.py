"""The customers module against the REAL server (issue 3 "Done when"): a front-desk agent
finds a customer by each of the five keys, opens the 360-degree view, corrects an address
with a reason, and the history shows it (ACC-4, ACC-1 data correction, ACC-5 network
address); a field error from the server lands next to its field; an agent of another agency
finds nothing. No mock: the live server on SQLite, the client's real gateways and screens."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from iwebs.v1 import customer_search_service_pb2 as search_pb2
from iwebs.v1 import meter_service_pb2 as ms
from iwebs_client.views.customers.customer_360_page import Customer360Page
from iwebs_client.views.customers.customer_search_page import CustomerSearchPage
from iwebs_client.views.customers.meter_dialogs import InstallMeterDialog
from iwebs_client.views.customers.premise_dialogs import PremiseDialog
from iwebs_client.views.shell.main_window import MainWindow
from tests.client.live_client import enrolled_backend, main_window
from tests.factories.customer_base import (
    create_customer_with_subscription,
    seed_network,
    seed_reference_items,
)

pytestmark = pytest.mark.slow
PASSWORD = "Front-Desk-Password-1"


@pytest.fixture
def desk(live_server: Any) -> Any:
    """NDIAYE Aïssatou (DKR) with account, premise on the network, subscription, meter;
    a distractor in DKR and a namesake in THS; a front-desk agent of DKR."""
    server = live_server
    seed_reference_items(server.app)
    dkr, ths = server.agency_id("DKR"), server.agency_id("THS")
    network = seed_network(server.app, dkr, "PLT")
    server.create_user("accueil", "front_desk", ["DKR"], password=PASSWORD)
    server.create_user("accueilths", "front_desk", ["THS"], password=PASSWORD)
    client = server.login("accueil", PASSWORD)
    made = create_customer_with_subscription(
        client,
        dkr,
        network=network,
        serial="SAG-0099-7788",
        customer={"phones": ["+221 77 640 12 34"]},
        premise={"address_line": "Villa 45, Cité Keur Gorgui"},
    )
    create_customer_with_subscription(
        client,
        dkr,
        customer={"family_name": "Sow", "given_names": "Mamadou", "phones": ["+221 78 000 11 22"]},
        premise={"address_line": "12 rue Carnot"},
    )
    other = server.login("accueilths", PASSWORD, agency_code="THS")
    create_customer_with_subscription(
        other, ths, customer={"phones": ["+221 76 555 44 33"]},
        premise={"address_line": "Quartier Escale"},
    )  # fmt: skip
    return server, made


@pytest.fixture
def window(qtbot: Any, desk: Any, config_dir: Path) -> Iterator[MainWindow]:
    server, _made = desk
    backend = enrolled_backend(server, config_dir, f"GUICHET-{uuid.uuid4().hex[:6]}")
    yield main_window(qtbot, backend, "accueil", PASSWORD)
    backend.close()


def _search(qtbot: Any, page: CustomerSearchPage, text: str, key: int = 0) -> list[Any]:
    page.search_edit.clear()
    page.key_combo.setCurrentIndex(page.key_combo.findData(key))
    page.search_edit.setText(text)  # keyClicks types ASCII only
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: not page.model.is_loading and page.count_label.text() != "", timeout=10_000
    )
    qtbot.waitUntil(lambda: not page.model.is_loading, timeout=10_000)
    return page.model.items()


def test_front_desk_finds_by_five_keys_corrects_the_address_and_sees_it_in_history(
    qtbot, french, desk: Any, window: MainWindow
) -> None:
    _server, made = desk
    assert window.visible_screen_keys == ["customer_search", "customer_360"]
    window.show_screen("customer_search")
    page = window.current_page()
    assert isinstance(page, CustomerSearchPage)
    assert page.new_button is not None  # customers.manage

    keys = {
        search_pb2.SEARCH_KEY_ACCOUNT_NUMBER: made.account.account_number,
        search_pb2.SEARCH_KEY_NAME: "ndiaye aïss",
        search_pb2.SEARCH_KEY_PHONE: "77 640 12 34",
        search_pb2.SEARCH_KEY_METER_SERIAL: "sag00997788",
        search_pb2.SEARCH_KEY_ADDRESS: "keur gorgui",
    }
    for key, text in keys.items():
        for chosen in (key, search_pb2.SEARCH_KEY_UNSPECIFIED):  # chosen key, then guessed
            hits = _search(qtbot, page, text, chosen)
            assert [h.customer_id for h in hits] == [made.customer.customer_id], (key, chosen)
    # the agency column names the workstation's agency; the row shows what matched
    assert page.model.index(0, page.model.AGENCY).data() == "Dakar Plateau"
    assert page.model.index(0, page.model.ADDRESS).data().startswith("Villa 45")

    # Down then Enter opens the 360-degree view
    page.search_edit.setFocus()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.current_page(), Customer360Page), timeout=5_000)
    view = window.current_page()
    assert isinstance(view, Customer360Page)
    qtbot.waitUntil(lambda: view.name_label.text() == "NDIAYE Aïssatou", timeout=10_000)
    assert view.accounts.row(0).cells[0] == made.account.account_number
    premise_row = view.premises.row(0).cells
    assert premise_row[3] == "14.710456, -17.468231"
    assert "TRA-PLT" in premise_row[5] and "SUB-PLT" in premise_row[5]
    assert view.meters.row(0).cells[0] == "SAG-0099-7788"
    assert view.subscriptions.row(0).cells[6] == "Actif"

    # correct the premise's address: without a reason the server's rule shows at the field
    qtbot.keyClick(view, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    view.premises_table.selectRow(0)
    view.edit_premise()
    dialog = view.dialog
    assert isinstance(dialog, PremiseDialog)
    dialog.address_edit.setText("Villa 47, Cité Keur Gorgui")
    assert dialog.correction_check is not None and dialog.reason_edit is not None
    dialog.correction_check.setChecked(True)
    dialog.submit()
    assert dialog.error_text("reason") == "Une correction doit être motivée."
    dialog.reason_edit.setText("Numéro de villa mal saisi")
    with qtbot.waitSignal(view.presenter.loaded, timeout=15_000):
        dialog.submit()
    assert not dialog.isVisible()
    assert view.premises.row(0).cells[1].startswith("Villa 47")

    # the history shows who, what, old -> new, why
    qtbot.keyClick(view, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    history = view.presenter.history
    qtbot.waitUntil(lambda: any(c.field == "address_line" for c in history.items()), timeout=10_000)
    change = next(c for c in history.items() if c.field == "address_line")
    assert (change.old_value, change.new_value) == (
        "Villa 45, Cité Keur Gorgui",
        "Villa 47, Cité Keur Gorgui",
    )
    assert change.action == "correct" and change.reason == "Numéro de villa mal saisi"
    assert change.user_login == "accueil" and change.workstation_id
    row = history.items().index(change)
    assert history.index(row, history.ACTION).data() == "Correction"

    # and the search finds the new address, not the old one
    window.show_screen("customer_search")
    assert _search(qtbot, page, "villa 47", search_pb2.SEARCH_KEY_ADDRESS)
    assert not _search(qtbot, page, "villa 45", search_pb2.SEARCH_KEY_ADDRESS)


def test_server_field_errors_land_next_to_their_field(
    qtbot, french, desk: Any, window: MainWindow
) -> None:
    _server, made = desk
    window.show_screen("customer_search")
    page = window.current_page()
    assert isinstance(page, CustomerSearchPage)
    page.presenter.navigator.open_customer(made.customer.customer_id)
    view = window.current_page()
    assert isinstance(view, Customer360Page)
    qtbot.waitUntil(lambda: view.presenter.overview is not None, timeout=10_000)
    view.edit_customer()
    dialog = view.dialog
    assert dialog is not None
    dialog.phones_edit.setText("+221 77 12")  # passes the client's check, not the server's
    dialog.category_box.set_code("NOPE")  # no such customer category
    with qtbot.waitSignal(view.presenter.failed, timeout=10_000):
        dialog.submit()
    assert dialog.error_text("phones")
    assert dialog.error_text("category_code")
    assert dialog.isVisible()


def test_an_agent_of_another_agency_finds_nothing(qtbot, french, desk: Any, tmp_path: Path) -> None:
    server, made = desk
    backend = enrolled_backend(
        server, tmp_path / "ths-config", f"GUICHET-{uuid.uuid4().hex[:6]}", "THS"
    )
    window = main_window(qtbot, backend, "accueilths", PASSWORD)
    window.show_screen("customer_search")
    page = window.current_page()
    assert isinstance(page, CustomerSearchPage)
    assert not _search(qtbot, page, made.account.account_number)
    assert not _search(qtbot, page, "keur gorgui")
    hits = _search(qtbot, page, "ndiaye")
    assert hits and made.customer.customer_id not in {h.customer_id for h in hits}
    backend.close()


def test_an_account_joins_a_grouped_account_and_the_view_shows_the_membership(
    qtbot, french, desk: Any, window: MainWindow
) -> None:
    """ACC-1 grouped accounts: one payer for many accounts, joined from the 360 view."""
    from tests.factories.customer_base import create_account

    server, made = desk
    client = server.login("accueil", PASSWORD)
    group = create_account(client, made.customer.customer_id, is_group=True)
    window.show_screen("customer_search")
    page = window.current_page()
    assert isinstance(page, CustomerSearchPage)
    page.presenter.navigator.open_customer(made.customer.customer_id)
    view = window.current_page()
    assert isinstance(view, Customer360Page)
    qtbot.waitUntil(lambda: view.accounts.rowCount() == 2, timeout=10_000)
    row = next(
        i
        for i, r in enumerate(view.accounts.rows())
        if r.item.account_id == made.account.account_id
    )
    view.accounts_table.selectRow(row)
    view.change_group()
    dialog = view.dialog
    assert dialog is not None
    dialog.submit()  # no number: said next to the field, nothing sent
    assert dialog.error_text("group_account_id") == "Saisissez le numéro du compte groupé."
    dialog.group_edit.setText(group.account_number)
    dialog.reason_edit.setText("Un seul payeur pour la famille")
    with qtbot.waitSignal(view.presenter.loaded, timeout=15_000):
        dialog.submit()
    qtbot.waitUntil(lambda: view.members.rowCount() == 1, timeout=10_000)
    assert view.members.row(0).cells[:2] == (group.account_number, made.account.account_number)
    member = next(r for r in view.accounts.rows() if r.item.account_id == made.account.account_id)
    assert member.cells[1] == f"Membre de {group.account_number}"


def test_a_subscription_change_is_sent_with_its_paths_and_historized(
    qtbot, french, desk: Any, window: MainWindow
) -> None:
    """UpdateSubscription from the 360 view: only the changed field is sent (update_mask),
    the history shows old -> new (ACC-4)."""
    _server, made = desk
    window.show_screen("customer_search")
    page = window.current_page()
    assert isinstance(page, CustomerSearchPage)
    page.presenter.navigator.open_customer(made.customer.customer_id)
    view = window.current_page()
    assert isinstance(view, Customer360Page)
    qtbot.waitUntil(lambda: view.subscriptions.rowCount() == 1, timeout=10_000)
    assert view.subscriptions.row(0).cells[4] == "6 kVA"
    view.subscriptions_table.selectRow(0)
    view.edit_subscription()
    dialog = view.dialog
    assert dialog is not None
    dialog.power_edit.setText("9")
    dialog.reason_edit.setText("Augmentation de puissance demandée")
    with qtbot.waitSignal(view.presenter.loaded, timeout=15_000):
        dialog.submit()
    assert view.subscriptions.row(0).cells[4] == "9 kVA"
    history = view.presenter.history
    qtbot.waitUntil(
        lambda: any(c.field == "subscribed_power_va" for c in history.items()), timeout=10_000
    )
    change = next(c for c in history.items() if c.field == "subscribed_power_va")
    assert (change.old_value, change.new_value, change.action) == ("6000", "9000", "update")
    updated = {c.field for c in history.items() if c.action == "update"}
    assert updated == {"subscribed_power_va"}  # the unchanged fields were not sent


def test_a_meter_is_installed_by_serial_only_when_the_serial_names_one_meter(
    qtbot, french, desk: Any, window: MainWindow
) -> None:
    """A serial is unique per make only: the install dialog fits the meter of that serial
    that can be installed (in stock or removed), and says so next to the serial when several
    could be, rather than fitting one of them at random."""
    from tests.factories.customer_base import create_premise, install_meter, register_meter

    server, made = desk
    client = server.login("accueil", PASSWORD)
    dkr = server.agency_id("DKR")
    fitted = register_meter(client, dkr, "DUP-77")  # ITRON, listed first
    install_meter(client, fitted, create_premise(client, dkr).premise_id)
    in_stock = register_meter(client, dkr, "DUP-77", make_code="SAGEMCOM")
    premise = create_premise(client, dkr)
    window.show_screen("customer_search")
    page = window.current_page()
    assert isinstance(page, CustomerSearchPage)
    page.presenter.navigator.open_customer(made.customer.customer_id)
    view = window.current_page()
    assert isinstance(view, Customer360Page)
    presenter = view.presenter
    qtbot.waitUntil(lambda: presenter.overview is not None and not presenter.busy, timeout=10_000)
    presenter.new_premises.append(premise)  # as if just made from this view

    def install() -> InstallMeterDialog:
        view.install_meter()
        dialog = view.dialog
        assert isinstance(dialog, InstallMeterDialog)
        dialog.serial_edit.setText("dup-77")
        dialog.premise_combo.setCurrentIndex(dialog.premise_combo.findData(premise.premise_id))
        dialog.indexes_edit.setPlainText("single=0")
        return dialog

    with qtbot.waitSignal(presenter.saved, timeout=10_000) as saved:
        install().submit()
    assert saved.args[0].meter.meter_id == in_stock.meter_id
    # both removed from their premises: two meters could be fitted, none is chosen
    for meter in (fitted, in_stock):
        current = client.meters.GetMeter(ms.GetMeterRequest(meter_id=meter.meter_id)).meter
        client.meters.RemoveMeter(
            ms.RemoveMeterRequest(
                request_id=str(uuid.uuid4()), meter_id=current.meter_id,
                meter_version=current.version, removal_indexes={"single": "1"}, reason="test",
            )
        )  # fmt: skip
    qtbot.waitUntil(lambda: not presenter.busy, timeout=10_000)
    dialog = install()
    with qtbot.waitSignal(presenter.failed, timeout=10_000):
        dialog.submit()
    assert dialog.error_text("serial") and dialog.isVisible()
    dialog.reject()
