"""The reading sheet as an A4 landscape PDF, rendered by Qt (QTextDocument on a QPdfWriter).

The table's header row repeats on every page (an HTML <thead>); the boxes where the reader
writes are empty cells tall enough for handwriting. Call on the GUI thread (QTextDocument).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from iwebs_client.printing.reading_sheet_layout import (
    COLUMNS,
    TITLE,
    ReadingSheet,
    header_lines,
    line_cells,
    page_footer,
)

RESOLUTION_DPI = 300


def _cell(text: str) -> str:
    return "<br/>".join(html.escape(part) for part in text.split("\n"))


def sheet_html(sheet: ReadingSheet) -> str:
    parts = [f'<p align="center" style="font-size:15pt;font-weight:bold">{TITLE}</p>']
    header = "".join(
        f"<tr><td><b>{html.escape(label)}</b></td><td>{html.escape(value)}</td></tr>"
        for label, value in header_lines(sheet)
    )
    parts.append(f'<table cellspacing="0" cellpadding="2">{header}</table><br/>')
    heads = "".join(
        f'<th width="{width}%" style="background-color:#e0e0e0">{html.escape(title)}</th>'
        for title, width in COLUMNS
    )
    rows: list[str] = []
    for line in sheet.lines:
        cells = "".join(
            f'<td height="38" valign="middle">{_cell(text)}</td>' for text in line_cells(line)
        )
        rows.append(f"<tr>{cells}</tr>")
    if not rows:
        rows.append(
            f'<tr><td colspan="{len(COLUMNS)}">Aucun compteur dans cette tournée.</td></tr>'
        )
    parts.append(
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        'style="border-collapse:collapse;font-size:8pt">'
        f"<thead><tr>{heads}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    if sheet.field_codes:
        legend = " · ".join(
            f"<b>{html.escape(code)}</b> {html.escape(label)}" for code, label in sheet.field_codes
        )
        parts.append(f'<p style="font-size:8pt">Codes de relève : {legend}</p>')
    parts.append(
        '<p style="font-size:9pt">Releveur : ______________________ &nbsp;&nbsp; '
        "Date : ____/____/________ &nbsp;&nbsp; Signature : ______________________</p>"
    )
    return "\n".join(parts)


def write_sheet_pdf(sheet: ReadingSheet, path: Path) -> Path:
    """Writes the sheet to `path` (A4 landscape); returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(f"{TITLE} {sheet.round_code} {sheet.reading_date.isoformat()}")
    writer.setCreator("iWEBS")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 10, 10, 10),
        )
    )
    document = QTextDocument()
    document.setDefaultStyleSheet("body { font-family: sans-serif; font-size: 9pt; }")
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(sheet_html(sheet))
    rect = writer.pageLayout().paintRectPixels(RESOLUTION_DPI)
    footer = RESOLUTION_DPI // 4  # a quarter of an inch for "page n / N"
    width, height = float(rect.width()), float(rect.height() - footer)
    document.setPageSize(QSizeF(width, height))
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        font = QFont("sans-serif")
        font.setPointSizeF(8)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            painter.setFont(font)
            painter.drawText(
                QRectF(0, height, width, footer),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                page_footer(sheet, page + 1, pages),
            )
    finally:
        painter.end()
    if not path.exists():
        raise OSError(f"the PDF was not written: {path}")
    return path
