"""Where this workstation prints receipts: settings.json of the client's configuration
directory ("receipt_printer": a path or "host:port"; "receipt_pdf_folder": a folder), or the
environment (IWEBS_RECEIPT_PRINTER, IWEBS_RECEIPT_PDF_FOLDER), which wins."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

SETTINGS_FILE_NAME = "settings.json"
PRINTER_ENV = "IWEBS_RECEIPT_PRINTER"
PDF_FOLDER_ENV = "IWEBS_RECEIPT_PDF_FOLDER"
DEFAULT_TICKET_FILE = "receipt-ticket.bin"


@dataclass(frozen=True)
class PrintSettings:
    #: ESC/POS target: a file or device path, or "host:port" of a network printer
    ticket_target: str
    #: where PDF receipts go without asking; None: a save dialog asks each time
    pdf_folder: Path | None = None


def load_print_settings(config_dir: Path | None) -> PrintSettings:
    """Without a configured printer, tickets go to a file in the configuration directory."""
    data: dict[str, object] = {}
    if config_dir is not None:
        try:
            loaded = json.loads((config_dir / SETTINGS_FILE_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            loaded = {}
        data = loaded if isinstance(loaded, dict) else {}
    target = os.environ.get(PRINTER_ENV) or str(data.get("receipt_printer") or "")
    if not target:
        base = config_dir if config_dir is not None else Path.home()
        target = str(base / DEFAULT_TICKET_FILE)
    folder = os.environ.get(PDF_FOLDER_ENV) or str(data.get("receipt_pdf_folder") or "")
    return PrintSettings(ticket_target=target, pdf_folder=Path(folder) if folder else None)
