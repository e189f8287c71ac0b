"""The run's summary (bordereau) as an A4 PDF: a QTextDocument printed on a QPdfWriter, so a
long table goes on to the next pages by itself. GUI thread (QTextDocument wants it)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from iwebs_client.printing.bill_run_summary_layout import RunSummaryPage, SummaryTable

RESOLUTION_DPI = 300


def _table_html(table: SummaryTable) -> str:
    def cells(row: tuple[str, ...], tag: str, bold: bool = False) -> str:
        out = []
        for number, cell in enumerate(row):
            align = "right" if number in table.numeric_columns else "left"
            style = "font-weight:bold;" if bold else ""
            out.append(f'<{tag} align="{align}" style="{style}">{html.escape(cell)}</{tag}>')
        return "".join(out)

    head = f'<tr style="background-color:#e8eef5">{cells(table.headers, "th")}</tr>'
    body = "".join(f"<tr>{cells(row, 'td')}</tr>" for row in table.rows)
    total = f"<tr>{cells(table.total, 'td', bold=True)}</tr>" if table.total else ""
    return (
        f'<h3 style="color:#1f4e79">{html.escape(table.title)}</h3>'
        f'<table width="100%" cellspacing="0" cellpadding="3" border="0.5">'
        f"{head}{body}{total}</table>"
    )


def summary_html(page: RunSummaryPage) -> str:
    facts = "".join(
        f'<tr><td width="35%" style="color:#555555">{html.escape(label)}</td>'
        f"<td><b>{html.escape(value)}</b></td></tr>"
        for label, value in page.facts
    )
    warning = (
        f'<p align="center" style="color:#b00020;font-weight:bold">{html.escape(page.warning)}</p>'
        if page.warning
        else ""
    )
    tables = "".join(_table_html(t) for t in page.tables)
    return (
        f'<h1 align="center" style="color:#1f4e79">{html.escape(page.title)}</h1>'
        f'<p align="center"><b>{html.escape(page.subtitle)}</b></p>{warning}'
        f'<table width="100%" cellspacing="0" cellpadding="2">{facts}</table>{tables}'
    )


def write_summary_pdf(page: RunSummaryPage, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(f"Bordereau {page.subtitle}")
    writer.setCreator("iWEBS")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
        )
    )
    document = QTextDocument()
    document.setDefaultStyleSheet("body { font-family: sans-serif; font-size: 9pt; }")
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(summary_html(page))
    rect = writer.pageLayout().paintRectPixels(RESOLUTION_DPI)
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    if not path.exists():
        raise OSError(f"the PDF was not written: {path}")
    return path


def pdf_file_name(run_number: str, finalized: bool) -> str:
    return f"bordereau-{run_number}{'' if finalized else '-simulation'}.pdf"
