"""A receipt as a PDF file, rendered by Qt (QTextDocument printed on a QPdfWriter, A5)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from iwebs.v1 import cash_pb2
from iwebs_client.printing.receipt_layout import ReceiptLine, layout_receipt

RESOLUTION_DPI = 300


def receipt_html(lines: list[ReceiptLine]) -> str:
    rows: list[str] = []
    for line in lines:
        left, right = html.escape(line.left), html.escape(line.right)
        if line.style == "rule":
            rows.append('<tr><td colspan="2"><hr/></td></tr>')
        elif line.style == "title":
            rows.append(
                f'<tr><td colspan="2" align="center" style="font-size:15pt;font-weight:bold">'
                f"{left}</td></tr>"
            )
        elif line.style == "center":
            rows.append(f'<tr><td colspan="2" align="center">{left}</td></tr>')
        else:
            weight = "bold" if line.style == "bold" else "normal"
            size = "8pt" if line.style == "small" else "10pt"
            rows.append(
                f'<tr style="font-weight:{weight};font-size:{size}"><td>{left}</td>'
                f'<td align="right" style="white-space:nowrap">{right}</td></tr>'
            )
    body = "\n".join(rows)
    return f'<table width="100%" cellspacing="0" cellpadding="2">{body}</table>'


def write_lines_pdf(lines: list[ReceiptLine], title: str, path: Path) -> Path:
    """Writes printed lines to `path` as an A5 PDF (GUI thread: QTextDocument wants it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(title)
    writer.setCreator("iWEBS")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A5),
            QPageLayout.Orientation.Portrait,
            QMarginsF(12, 12, 12, 12),
        )
    )
    document = QTextDocument()
    document.setDefaultStyleSheet("body { font-family: sans-serif; font-size: 10pt; }")
    # fonts measured for the PDF's resolution (else 10 pt would print at screen size)
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(receipt_html(lines))
    rect = writer.pageLayout().paintRectPixels(RESOLUTION_DPI)
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    if not path.exists():
        raise OSError(f"the PDF was not written: {path}")
    return path


def write_pdf(receipt: cash_pb2.Receipt, duplicate: bool, path: Path) -> Path:
    """The receipt as an A5 PDF; returns the path."""
    title = f"Reçu {receipt.receipt_number}"
    return write_lines_pdf(layout_receipt(receipt, duplicate), title, path)


def pdf_file_name(receipt: cash_pb2.Receipt, duplicate: bool, copy_number: int) -> str:
    suffix = f"-duplicata-{copy_number}" if duplicate else ""
    return f"recu-{receipt.receipt_number or receipt.receipt_id}{suffix}.pdf"
