"""Right and module labels: every right of the server's catalogue reads in French (ADM-2)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QCheckBox, QGroupBox

from iwebs.v1 import administration_pb2, session_pb2
from iwebs_client.presenters.main_window_presenter import MainWindowPresenter
from iwebs_client.presenters.profile_admin_presenter import ProfileAdminPresenter, group_rights
from iwebs_client.presenters.right_labels import (
    known_right_codes,
    module_label,
    right_label,
    right_order,
)
from iwebs_client.presenters.service_ports import Profile
from iwebs_client.tasks import TaskRunner
from iwebs_client.views.administration.profile_dialog import ProfileDialog
from iwebs_server.domain.rights import ALL_CODES, CATALOGUE

FRENCH_MODULES = {
    "administration": "Administration",
    "approvals": "Validations",
    "customers": "Clientèle",
    "parameters": "Paramètres",
    "cash": "Caisse",
    "billing": "Facturation",
}


def _catalogue_rights() -> list[administration_pb2.Right]:
    """What ProfileService.ListRights sends: code, module, English description."""
    return [
        administration_pb2.Right(code=r.code, module=r.module, description=r.description)
        for r in CATALOGUE
    ]


def test_the_client_knows_every_right_of_the_catalogue() -> None:
    assert known_right_codes() == ALL_CODES


def test_every_right_has_a_french_label(qtbot, french) -> None:
    labels = {r.code: right_label(r.code, r.description) for r in CATALOGUE}
    for right in CATALOGUE:
        label = labels[right.code]
        assert label and label != right.code, right.code
        assert label != right.description, f"{right.code} is not translated: {label!r}"
        assert "." not in label, label
    assert len(set(labels.values())) == len(labels), "two rights share a label"
    assert labels["admin.agencies.read"] == "Voir les agences"
    assert labels["admin.agencies.manage"] == "Créer et modifier les agences"
    assert labels["admin.users.read"] == "Voir les utilisateurs"
    assert labels["admin.users.manage"] == (
        "Gérer les utilisateurs (création, mots de passe, verrouillage)"
    )


def test_every_module_has_a_french_title(qtbot, french) -> None:
    assert {r.module for r in CATALOGUE} == set(FRENCH_MODULES)
    for module, title in FRENCH_MODULES.items():
        assert module_label(module) == title


def test_english_labels_without_a_translator(qtbot) -> None:
    assert right_label("admin.agencies.read", "ignored") == "See agencies"
    assert module_label("customers") == "Customer service"


def test_an_unknown_right_falls_back_to_the_server_description(qtbot, french) -> None:
    assert right_label("meters.replace", "Replace meters") == "Replace meters"
    assert right_label("meters.replace", "  ") == "meters.replace"
    assert module_label("meters") == "meters"
    assert right_order("meters.replace") > right_order("billing.run")


def test_groups_keep_the_catalogue_order_read_before_manage() -> None:
    groups = group_rights(reversed(_catalogue_rights()))
    assert [m for m, _ in groups] == list(FRENCH_MODULES)
    assert [r.code for _, rights in groups for r in rights] == [r.code for r in CATALOGUE]


@pytest.mark.parametrize("read_only", [False, True])
def test_profile_dialog_shows_french_labels_with_the_code_as_tooltip(
    qtbot, french, read_only: bool
) -> None:
    presenter = ProfileAdminPresenter(
        SimpleNamespace(profiles=None),  # type: ignore[arg-type]
        TaskRunner(),
    )
    presenter.rights = group_rights(_catalogue_rights())
    profile = Profile(
        profile_id="p1",
        code="front_desk",
        name="Accueil",
        rights=["admin.users.read", "approvals.read"],
    )
    dialog = ProfileDialog(presenter, profile, read_only)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    titles = [g.title() for g in dialog.findChildren(QGroupBox)]
    assert titles == list(FRENCH_MODULES.values())
    assert set(dialog.right_checks) == ALL_CODES
    for code, check in dialog.right_checks.items():
        assert check.text() != code
        assert check.toolTip() == code
        assert check.isEnabled() is not read_only
        # Not clipped: each check box is as wide as its text needs.
        assert check.width() >= check.sizeHint().width(), code
    assert dialog.right_checks["admin.agencies.read"].text() == "Voir les agences"
    assert dialog.right_checks["admin.agencies.manage"].text() == ("Créer et modifier les agences")
    assert dialog.right_checks["admin.users.manage"].text() == (
        "Gérer les utilisateurs (création, mots de passe, verrouillage)"
    )
    assert dialog.checked_rights() == ["admin.users.read", "approvals.read"]
    assert not any("." in c.text() for c in dialog.findChildren(QCheckBox))


def _session(**scope: object) -> session_pb2.SessionInfo:
    return session_pb2.SessionInfo(
        login="awa",
        display_name="Awa Diop",
        profile_name="Caissier",
        workstation_name="DKR-GUICHET-1",
        workstation_agency_id="dkr",
        workstation_agency_name="Dakar Plateau",
        **scope,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        ({"all_agencies": True}, "Périmètre : toutes les agences"),
        ({"agency_ids": ["dkr"]}, "Périmètre : cette agence uniquement"),
        ({"agency_ids": ["dkr", "ths"]}, "Périmètre : 2 agences"),
        (
            {"agency_ids": ["ths"]},
            "Périmètre : une agence\nL'agence de ce poste est hors de votre périmètre.",
        ),
        ({}, "Périmètre : aucune agence"),
    ],
)
def test_the_agency_is_the_workstation_one_and_the_scope_a_tooltip(
    qtbot, french, scope: dict[str, object], expected: str
) -> None:
    services = SimpleNamespace(identity=None, sessions=None)
    presenter = MainWindowPresenter(services, TaskRunner(), _session(**scope))  # type: ignore[arg-type]
    assert presenter.agency_text() == "Dakar Plateau"
    assert presenter.scope_text() == expected
