"""Search keys written with every customer, phone, premise and meter (issue 3 item 3):
accent- and case-free names ("ndiaye" finds "NDIAYE Aïssatou"), national phone digits,
serials without separators, folded addresses."""

from __future__ import annotations

from iwebs_server.domain.customer_base import display_name
from iwebs_server.domain.search_keys import address_key, fold_text, phone_key, serial_key


def test_fold_text_drops_accents_case_and_punctuation():
    assert fold_text("NDIAYE Aïssatou") == "ndiaye aissatou"
    assert fold_text("Cité Keur-Gorgui") == "cite keur gorgui"
    assert fold_text("  Société  Générale (SGBS) ") == "societe generale sgbs"
    assert fold_text("Ñdèye Fàtou N'Diaye") == "ndeye fatou n diaye"
    assert fold_text("") == ""


def test_display_name_then_search_name():
    name = display_name("person", " Ndiaye ", "Aïssatou ", "")
    assert name == "NDIAYE Aïssatou"
    assert fold_text(name) == "ndiaye aissatou"
    assert display_name("organisation", "", "", " SONATEL SA ") == "SONATEL SA"


def test_phone_key_keeps_national_digits():
    assert phone_key("+221 77 123 45 67") == "771234567"
    assert phone_key("00221 77 123 45 67") == "771234567"
    assert phone_key("77-123-45-67") == "771234567"
    assert phone_key("+225 07 08 09 10 11") == "0708091011"
    # an unknown country code is kept whole
    assert phone_key("+33 6 12 34 56 78") == "33612345678"
    assert phone_key("no digits") == ""


def test_serial_key_removes_separators():
    assert serial_key("sag-12 345") == "SAG12345"
    assert serial_key("ITR.0042/7") == "ITR00427"
    assert serial_key("é-1") == "E1"
    assert serial_key(" - ") == ""


def test_address_key_folds_all_parts():
    key = address_key("Villa 12, Rue 10", "Sicap Liberté 2", "", "près de la Mosquée")
    assert key == "villa 12 rue 10 sicap liberte 2 pres de la mosquee"


def test_ligatures_fold_to_their_letters():
    """NFKD leaves œ and æ whole: "Sacré-Cœur" must still be found by "sacre coeur"."""
    assert fold_text("Sacré-Cœur") == "sacre coeur"
    assert fold_text("ŒUVRE Lætitia") == "oeuvre laetitia"
    assert address_key("Cité Sacré Cœur 3") == "cite sacre coeur 3"
