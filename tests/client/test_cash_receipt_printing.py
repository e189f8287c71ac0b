"""Receipt printing (CSH-4): every print records its copy first (PrintReceipt), then goes to
an ESC/POS ticket (python-escpos, to a file here: the bytes are checked) or a PDF (Qt). The
first print is the original; a reprint says DUPLICATA. French layout, amount in words, the
hash's first 16 characters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from iwebs.v1 import cash_pb2
from iwebs_client.presenters.cash_forms import TenderLine
from iwebs_client.presenters.payment_presenter import PaymentPresenter
from iwebs_client.presenters.receipt_print_presenter import ReceiptPrintPresenter
from iwebs_client.printing.closure_layout import layout_closure
from iwebs_client.printing.escpos_receipt import parse_target, print_ticket
from iwebs_client.printing.pdf_receipt import write_lines_pdf, write_pdf
from iwebs_client.printing.print_settings import PrintSettings, load_print_settings
from iwebs_client.printing.receipt_layout import (
    TICKET_WIDTH,
    ReceiptLine,
    layout_receipt,
    money_text,
    ticket_rows,
)
from iwebs_client.tasks import TaskRunner
from tests.client.cash_counter_fakes import FakeCounterServices, money, settle
from tests.client.customer_fakes import session

ESC_INIT = b"\x1b@"
CUT = b"\x1dV"


@pytest.fixture
def paid_receipt(qtbot: Any) -> Iterator[tuple[FakeCounterServices, TaskRunner, Any]]:
    services = FakeCounterServices()
    tasks = TaskRunner()
    services.cash_sessions.open_session("r1", None, False)
    account = services.payments.add_account("1000000018", "NDIAYE Aïssatou", [(25_000, 25_000)])
    presenter = PaymentPresenter(services, tasks, session(["cash.collect"]))
    presenter.set_session(services.cash_sessions.session)
    with qtbot.waitSignal(presenter.references_loaded, timeout=5000):
        presenter.load_references()
    with qtbot.waitSignal(presenter.account_loaded, timeout=5000):
        presenter.select_account(account)
    cheque = presenter.mode("CHEQUE")
    assert cheque is not None
    presenter.set_tenders(
        [
            TenderLine(presenter.mode("CASH"), 15_000),  # type: ignore[arg-type]
            TenderLine(cheque, 10_000, "CBAO", "0012345", "Diop Mamadou"),
        ]
    )
    with qtbot.waitSignal(presenter.paid, timeout=5000) as paid:
        assert presenter.pay()
    yield services, tasks, paid.args[0].receipt
    settle(qtbot, tasks)


def test_layout_is_french_with_words_hash_and_duplicate(paid_receipt) -> None:
    _services, _tasks, receipt = paid_receipt
    text = "\n".join(f"{line.left} {line.right}" for line in layout_receipt(receipt, False))
    for expected in (
        "SENELEC - Société d'électricité",
        "REÇU DE PAIEMENT",
        "N° DKR-2026-0000001",
        "Caissier : Awa Caissière",
        "Compte : 1000000018",
        "Client : NDIAYE Aïssatou",
        "Facture F2026-00001 (2026-01) 25 000 F CFA",
        "Chèque n° 0012345 CBAO 10 000 F CFA",
        "tiré par Diop Mamadou",
        "TOTAL 25 000 F CFA",
        "Arrêté à la somme de : vingt-cinq mille francs CFA",
        "Merci de votre visite",
        "Empreinte : 0123456789abcdef",
    ):
        assert expected in text, expected
    assert "DUPLICATA" not in text
    duplicate = layout_receipt(receipt, True)
    assert ReceiptLine("DUPLICATA", style="title") in duplicate
    assert sum("Dakar Plateau" in line.left for line in duplicate) == 1  # header names it


def test_ticket_rows_keep_the_amount_on_the_right() -> None:
    rows = ticket_rows(
        ReceiptLine("Facture F2026-00001 (2026-01) de consommation d'eau", "25 000 F CFA")
    )
    assert all(len(row) <= TICKET_WIDTH for row in rows)
    assert rows[-1].endswith("25 000 F CFA") and len(rows[-1]) == TICKET_WIDTH
    assert money_text(-1_234_567, "XOF") == "-1 234 567 F CFA"
    assert money_text(150, "EUR") == "1,50 EUR"


def test_ticket_bytes_original_then_duplicata(qtbot: Any, paid_receipt, tmp_path: Path) -> None:
    """The ticket starts with ESC @, carries the receipt number, ends with a cut; the
    second print is recorded as copy 2 and says DUPLICATA."""
    services, tasks, receipt = paid_receipt
    target = tmp_path / "printer" / "ticket.bin"
    printer = ReceiptPrintPresenter(services, tasks, PrintSettings(str(target), tmp_path))
    with qtbot.waitSignal(printer.printed, timeout=5000) as printed:
        printer.print_ticket(receipt.receipt_id)
    first = target.read_bytes()
    assert printed.args[0].copy_number == 1 and not printed.args[0].duplicate
    assert first.startswith(ESC_INIT)
    assert b"DKR-2026-0000001" in first and b"DUPLICATA" not in first
    assert CUT in first[-8:]
    assert "Reçu".encode("cp850")[:2] in first or b"RE" in first  # French text in a code page
    with qtbot.waitSignal(printer.printed, timeout=5000) as printed:
        printer.print_ticket(receipt.receipt_id)
    second = target.read_bytes()
    assert printed.args[0].duplicate and printed.args[0].copy_number == 2
    assert b"DUPLICATA" in second and b"DKR-2026-0000001" in second
    prints = [c for c in services.payments.calls if c[0] == "print"]
    assert len(prints) == 2 and prints[0][1] != prints[1][1]  # two intents, two copies


def test_pdf_receipt_is_written_after_recording_the_copy(
    qtbot: Any, paid_receipt, tmp_path: Path
) -> None:
    services, tasks, receipt = paid_receipt
    printer = ReceiptPrintPresenter(services, tasks, PrintSettings("unused", tmp_path / "pdf"))
    with qtbot.waitSignal(printer.printed, timeout=10_000) as printed:
        printer.print_pdf(receipt.receipt_id)
    path = Path(printed.args[0].where)
    assert path.name == "recu-DKR-2026-0000001.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    assert services.payments.receipts[receipt.receipt_id].print_count == 1
    with qtbot.waitSignal(printer.printed, timeout=10_000) as printed:
        printer.print_pdf(receipt.receipt_id)
    assert Path(printed.args[0].where).name == "recu-DKR-2026-0000001-duplicata-2.pdf"


def test_direct_rendering_and_targets(tmp_path: Path, qtbot: Any) -> None:
    receipt = cash_pb2.Receipt(receipt_number="THS-2026-0000007", amount=money(500), hash="f" * 64)
    path = write_pdf(receipt, True, tmp_path / "r.pdf")
    assert path.read_bytes()[:4] == b"%PDF"
    print_ticket(receipt, True, str(tmp_path / "t.bin"))
    data = (tmp_path / "t.bin").read_bytes()
    assert data.startswith(ESC_INIT) and b"DUPLICATA" in data and b"ffffffffffffffff" in data
    assert b"f" * 17 not in data  # only the hash's first 16 characters
    assert parse_target("192.168.1.50:9100") == ("network", "192.168.1.50", 9100)
    assert parse_target("tcp://printer.local") == ("network", "printer.local", 9100)
    assert parse_target("/dev/usb/lp0") == ("file", "/dev/usb/lp0", 0)


def test_print_settings_from_file_and_environment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("IWEBS_RECEIPT_PRINTER", raising=False)
    monkeypatch.delenv("IWEBS_RECEIPT_PDF_FOLDER", raising=False)
    default = load_print_settings(tmp_path)
    assert default.ticket_target == str(tmp_path / "receipt-ticket.bin")
    assert default.pdf_folder is None
    (tmp_path / "settings.json").write_text(
        '{"language": "fr", "receipt_printer": "10.0.0.9:9100", "receipt_pdf_folder": "/srv/recus"}'
    )
    configured = load_print_settings(tmp_path)
    assert configured == PrintSettings("10.0.0.9:9100", Path("/srv/recus"))
    monkeypatch.setenv("IWEBS_RECEIPT_PRINTER", "/dev/usb/lp1")
    assert load_print_settings(tmp_path).ticket_target == "/dev/usb/lp1"


def test_closure_layout_and_pdf(tmp_path: Path, qtbot: Any) -> None:
    """CSH-6: the closure prints the count note by note, expected / counted / difference per
    tender kind, the receipts range and the closure hash's first 16 characters."""
    session = cash_pb2.CashSession(
        agency_name="Dakar Plateau", cashier_name="Awa", opening_float=money(50_000)
    )
    closure = cash_pb2.CashClosure(
        denominations=[
            cash_pb2.DenominationCount(
                denomination_code="XOF-B10000", quantity=6, label="Billet de 10 000 F CFA",
                amount=money(60_000),
            )
        ],
        tenders=[
            cash_pb2.TenderReconciliation(
                mode_kind="cash", expected=money(60_500), counted=money(60_000),
                difference=money(-500),
            )
        ],
        counted_cash=money(60_000),
        difference=money(-500),
        comment="pièce manquante",
        receipt_count=2,
        first_receipt_number="DKR-2026-0000001",
        last_receipt_number="DKR-2026-0000002",
        hash="c" * 64,
    )  # fmt: skip
    text = "\n".join(f"{line.left} {line.right}" for line in layout_closure(session, closure))
    for expected in (
        "CLÔTURE DE CAISSE",
        "6 x Billet de 10 000 F CFA 60 000 F CFA",
        "écart -500 F CFA",
        "Commentaire : pièce manquante",
        "Du DKR-2026-0000001 au DKR-2026-0000002",
        "Empreinte : " + "c" * 16,
    ):
        assert expected in text, expected
    path = write_lines_pdf(layout_closure(session, closure), "Clôture", tmp_path / "c.pdf")
    assert path.read_bytes().startswith(b"%PDF")
