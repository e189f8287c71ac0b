"""The printed bill and the run's summary (issue 5 item 5; FAC-6, FAC-7): the PDF's own text is
read back (tests/client/bill_pdf_text.py) and must carry the bill number, the amounts, the
indexes with their dates, the lines by block with their prices, the balance carried, the due
date and the account number with its check digit; the chart is drawn (bars), estimates
hatched; the summary says SIMULATION until the run is finalized."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from iwebs.v1 import bill_run_service_pb2 as brs
from iwebs.v1 import bill_service_pb2 as bs
from iwebs_client.printing import bill_document_layout as lay
from iwebs_client.printing.bill_document_convert import document_from_proto, power_text
from iwebs_client.printing.bill_document_pdf import pdf_file_name, render_bill_image, write_bill_pdf
from iwebs_client.printing.bill_run_summary_layout import layout_summary, text_lines
from iwebs_client.printing.bill_run_summary_pdf import write_summary_pdf
from tests.client.bill_fakes import FakeBillRuns, bill_document, xof
from tests.client.bill_pdf_text import pdf_text, squeezed


def test_the_document_from_the_server(qapp: Any) -> None:
    doc = document_from_proto(bill_document())
    assert doc.bill_number == "FAC-DKR-2026-0000042" and doc.kind == "invoice"
    assert doc.issuer_name == "SENELEC" and doc.issuer_lines[0] == "Agence de Dakar Plateau"
    assert lay.account_number_text(doc.account_number) == "100000042-6"
    assert (doc.index_from, doc.index_to, doc.consumption) == (12_450, 12_730, 280)
    assert doc.index_from_date == dt.date(2026, 9, 30)
    assert doc.subscribed_power == "6 kVA" and power_text(6500, "electricity") == "6,5 kVA"
    assert power_text(0, "water") == ""
    assert doc.amount_due_minor == 41_087  # the server's total to pay
    assert [b.label for b in doc.history] == ["03/26", "05/26", "07/26", "09/26", "11/26"]
    assert doc.history[-1].current and doc.history[1].estimated
    assert "Merci de votre confiance" in doc.notes
    groups = lay.line_groups(doc.lines)
    assert [(g.title, g.subtotal_minor) for g in groups] == [
        ("Consommation", 25_949),
        ("Abonnement, puissance et redevances", 1_500),
        ("Taxes et redevances", 861),
    ]
    assert lay.line_label(doc.lines[1]) == "Énergie tranche 2"
    assert lay.line_quantity_text(doc.lines[3]) == "18 %"
    assert lay.line_price_text(doc.lines[3], "XOF") == "sur 4 781 F CFA"
    assert lay.decimal_text("1234567.50") == "1 234 567,50"
    assert lay.decimal_text("-82.00") == "-82,00"
    assert lay.period_text(doc) == "du 01/10/2026 au 30/11/2026 (61 jours)"


def test_the_bill_pdf_carries_what_the_subscriber_must_read(qapp: Any, tmp_path: Path) -> None:
    doc = document_from_proto(bill_document())
    path = write_bill_pdf(doc, tmp_path / pdf_file_name(doc))
    assert path.name == "facture-FAC-DKR-2026-0000042.pdf"
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and b"/Count 1" in data  # one page
    text = squeezed(pdf_text(data))
    for expected in (
        "FACTURE",
        "N°FAC-DKR-2026-0000042",
        "AïssatouNdiaye",
        "100000042-6",  # the account number with its check digit
        "Périodedeconsommation:du01/10/2026au30/11/2026(61jours)",
        "Ancienindex30/09/202612450",
        "Nouvelindex30/11/202612730",
        "280kWh",
        "Énergietranche1150kWh82,00FCFA12300FCFA",
        "Énergietranche2100kWh136,49FCFA13649FCFA",
        "TVA18%18%sur4781FCFA861FCFA",
        "Sous-totalconsommation25949FCFA",
        "Montantdelafacture28310FCFA",
        "Soldeantérieur12777FCFA",
        "NETÀPAYER41087FCFA",
        "Àpayeravantle16/12/2026",
        "Vosconsommations(kWh)",
        "Compteurn°SN-4455667",
        "AgencedeDakarPlateau",  # the letterhead names the agency: not twice
    ):
        assert expected in text, expected


def test_the_receipt_words_stay_off_the_bill_and_the_service_may_come_as_a_label(
    qapp: Any,
) -> None:
    message = bill_document()
    message.header = "Société nationale d'eau et d'électricité\nReçu de paiement\nDakar"
    message.footer = "Merci de votre paiement. Conservez ce reçu.\nThank you for your payment."
    message.service = "Électricité"
    message.reading.unit = ""
    doc = document_from_proto(message)
    assert (doc.issuer_name, doc.issuer_lines) == (
        "Société nationale d'eau et d'électricité",
        ("Dakar",),
    )
    assert doc.notes == ("Relevé réel du 30/11/2026",)
    assert doc.service == "electricity" and lay.consumption_text(doc) == "280 kWh"
    message.service, message.reading.unit = "water", "m3"
    assert lay.consumption_text(document_from_proto(message)) == "280 m³"


def test_a_long_footer_is_wrapped_not_cut(qapp: Any, tmp_path: Path) -> None:
    """The agency's footer (billing.bill_footer, up to 400 characters) is printed whole under
    the totals, on several lines, not cut off with an ellipsis."""
    message = bill_document()
    message.footer = "Payable à nos agences, par mobile money ou virement avec le numéro de compte."
    doc = document_from_proto(message)
    text = squeezed(pdf_text(write_bill_pdf(doc, tmp_path / "f.pdf").read_bytes()))
    assert "Payableànosagences,parmobilemoneyouvirementavecle" in text
    assert "numérodecompte." in text and "…" not in text


def test_a_credit_note_and_credits_matched(qapp: Any, tmp_path: Path) -> None:
    message = bill_document()
    message.kind = bs.BILL_KIND_CREDIT_NOTE
    message.credits_bill_number = "FAC-DKR-2026-0000007"
    message.total.CopyFrom(xof(-28_310))
    message.settled_by_credits.CopyFrom(xof(5_000))
    doc = document_from_proto(message)
    assert doc.kind == "credit_note" and pdf_file_name(doc).startswith("avoir-")
    text = squeezed(pdf_text(write_bill_pdf(doc, tmp_path / "a.pdf").read_bytes()))
    assert "AVOIR" in text and "AvoirsurlafactureN°FAC-DKR-2026-0000007" in text
    assert "Montantdel'avoir-28310FCFA" in text
    assert "Dont5000FCFAdéjàréglésparvosavancesouavoirs" in text


def test_the_chart_has_one_bar_per_period(qapp: Any) -> None:
    """The image render is the same drawing: the current bar is dark, earlier ones light."""
    doc = document_from_proto(bill_document())
    image = render_bill_image(doc, dpi=100)
    assert image.width() == round(210 * 100 / 25.4)
    empty = dataclasses.replace(doc, history=())
    blank = render_bill_image(empty, dpi=100)
    # the chart's area differs between a bill with history and one without
    differing = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(image.height() // 2, image.height() * 5 // 6, 4)
        if image.pixel(x, y) != blank.pixel(x, y)
    )
    assert differing > 100


def test_the_summary_pdf(qapp: Any, tmp_path: Path) -> None:
    fake = FakeBillRuns()
    fake.create_run("r", "batch-1", "2026-11", dt.date(2026, 11, 1), dt.date(2026, 11, 30), None)
    fake.run().status = brs.BILL_RUN_STATUS_SIMULATED
    page = layout_summary(fake.get_summary("run-1"), "Dakar Plateau", "Dakar mensuel")
    lines = text_lines(page)
    assert "SIMULATION — aucune facture n'est numérotée ni comptabilisée" in lines
    assert "Lot : DKR-MENS — Dakar mensuel" in lines
    assert "Pas de relevé d'index | 1" in lines
    assert "TAX:VAT | TVA collectée | 1 722 F CFA" in lines
    text = squeezed(pdf_text(write_summary_pdf(page, tmp_path / "s.pdf").read_bytes()))
    assert "SIMULATION" in text and "59636FCFA" in text and "FR-DKR-2026-0001" in text
