"""The one model pattern: pages fetched on a worker as the view asks for more."""

from __future__ import annotations

from iwebs.v1 import administration_pb2
from iwebs_client.backend.client_types import BackendError
from iwebs_client.models.agency_list_model import AgencyListModel
from iwebs_client.models.paged_table_model import ITEM_ROLE, SORT_ROLE
from iwebs_client.tasks import TaskRunner


def _pages() -> dict[str, tuple[list[administration_pb2.Agency], str]]:
    def agency(n: int) -> administration_pb2.Agency:
        return administration_pb2.Agency(agency_id=f"a{n}", code=f"C{n}", name=f"Agence {n}")

    return {
        "": ([agency(1), agency(2)], "t2"),
        "t2": ([agency(3), agency(4)], "t3"),
        "t3": ([agency(5)], ""),
    }


def test_pages_load_until_the_last_token(qtbot) -> None:
    pages = _pages()
    asked: list[str] = []
    model = AgencyListModel(TaskRunner())

    def fetch(token: str):
        asked.append(token)
        return pages[token]

    model.set_page_fetcher(fetch)
    with qtbot.waitSignal(model.loading_changed, check_params_cb=lambda v: v is False):
        model.reload()
    assert model.rowCount() == 2
    assert model.canFetchMore()
    while model.canFetchMore():
        with qtbot.waitSignal(model.loading_changed, check_params_cb=lambda v: v is False):
            model.fetchMore()
    assert model.rowCount() == 5
    assert asked == ["", "t2", "t3"]
    assert not model.canFetchMore()
    index = model.index(0, AgencyListModel.CODE)
    assert model.data(index) == "C1"
    assert model.data(index, SORT_ROLE) == "c1"
    assert model.data(index, ITEM_ROLE).agency_id == "a1"
    assert (
        model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Code"
    )


def test_replace_item_updates_in_place(qtbot) -> None:
    model = AgencyListModel(TaskRunner())
    model.set_page_fetcher(lambda token: _pages()[""] if token == "" else ([], ""))
    with qtbot.waitSignal(model.loading_changed, check_params_cb=lambda v: v is False):
        model.reload()
    model.replace_item(administration_pb2.Agency(agency_id="a2", code="C2", name="Renamed"))
    assert model.item(1).name == "Renamed"
    model.replace_item(administration_pb2.Agency(agency_id="a9", code="C9"))
    assert model.rowCount() == 3


def test_a_failed_page_is_reported(qtbot) -> None:
    model = AgencyListModel(TaskRunner())

    def fail(_token: str):
        raise BackendError(code="PERMISSION_DENIED", reason="PERMISSION_DENIED")

    model.set_page_fetcher(fail)
    with qtbot.waitSignal(model.load_failed) as failed:
        model.reload()
    assert failed.args[0].reason == "PERMISSION_DENIED"
    assert not model.is_loading
