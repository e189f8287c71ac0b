"""A receipt on an ESC/POS ticket printer (python-escpos): a file or device path
(`escpos.printer.File`) or a network printer "host:port" (`escpos.printer.Network`).

The bytes start with ESC @ (initialise), carry the layout of receipt_layout in the printer's
code page, mark a reprint "DUPLICATA" in double size, and end with a paper cut (GS V)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from iwebs.v1 import cash_pb2
from iwebs_client.printing.receipt_layout import (
    TICKET_WIDTH,
    ReceiptLine,
    layout_receipt,
    ticket_rows,
)

DEFAULT_PRINTER_PORT = 9100
NETWORK_TIMEOUT_SECONDS = 10
_NARROW_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " "})


def parse_target(target: str) -> tuple[str, str, int]:
    """('network', host, port) for 'host:port' or 'tcp://host:port'; ('file', path, 0)
    for a path (a file, or a device such as /dev/usb/lp0)."""
    text = target.strip()
    if text.startswith("tcp://"):
        text = text[len("tcp://") :]
        host, _, port = text.partition(":")
        return "network", host, int(port or DEFAULT_PRINTER_PORT)
    if "/" not in text and "\\" not in text and ":" in text:
        host, _, port = text.rpartition(":")
        if port.isdigit():
            return "network", host, int(port)
    return "file", text, 0


def open_printer(target: str) -> Any:
    from escpos.printer import File, Network

    kind, where, port = parse_target(target)
    if kind == "network":
        return Network(where, port=port, timeout=NETWORK_TIMEOUT_SECONDS)
    Path(where).parent.mkdir(parents=True, exist_ok=True)
    return File(where)


def _emit(printer: Any, line: ReceiptLine, width: int) -> None:
    if line.style == "title":
        printer.set(align="center", bold=True, double_height=True, double_width=True)
        printer.text(line.left.translate(_NARROW_SPACES) + "\n")
        printer.set(align="left", bold=False, normal_textsize=True)
        return
    align = "center" if line.style == "center" else "left"
    printer.set(align=align, bold=line.style == "bold", normal_textsize=True)
    for row in ticket_rows(line, width):
        printer.text(row.translate(_NARROW_SPACES) + "\n")


def print_ticket(
    receipt: cash_pb2.Receipt, duplicate: bool, target: str, width: int = TICKET_WIDTH
) -> None:
    """Prints on the worker thread (a network printer may take seconds)."""
    printer = open_printer(target)
    try:
        printer.hw("INIT")
        for line in layout_receipt(receipt, duplicate):
            _emit(printer, line, width)
        printer.text("\n")
        printer.cut()
    finally:
        printer.close()
