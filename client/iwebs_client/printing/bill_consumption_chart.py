"""The consumption chart of a printed bill: bars of the last periods, the billed period
dark, estimates hatched."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from iwebs_client.printing import bill_document_layout as lay
from iwebs_client.printing.bill_document_layout import BillDocument, ConsumptionBar
from iwebs_client.printing.bill_page import ACCENT, GREY, MARGIN_MM, BillPage


def draw_consumption_chart(page: BillPage, doc: BillDocument, top: float) -> None:
    """Bars of the last periods' consumption; the billed period dark, estimates hatched."""
    bars: list[ConsumptionBar] = list(doc.history)[-12:]
    x, w, h = MARGIN_MM, 100.0, 52.0
    page.box(x, top, w, h)
    unit = lay.consumption_unit(doc)
    page.font(8, bold=True)
    page.text(
        x + 2,
        top + 1,
        w - 4,
        4.5,
        f"Vos consommations ({unit})" if unit else "Vos consommations",
        color=ACCENT,
    )
    if not bars:
        page.font(8, italic=True)
        page.text(
            x + 2,
            top + 20,
            w - 4,
            5,
            "Pas encore d'historique",
            Qt.AlignmentFlag.AlignHCenter,
            GREY,
        )
        return
    plot_top, plot_bottom = top + 10.0, top + h - 8.0
    plot_left, plot_width = x + 4.0, w - 8.0
    highest = max((b.consumption for b in bars), default=0) or 1
    slot = plot_width / len(bars)
    bar_w = min(slot * 0.62, 9.0)
    painter = page.painter
    page.hline(plot_left, plot_bottom, plot_width)
    for number, bar in enumerate(bars):
        centre = plot_left + slot * (number + 0.5)
        height = (plot_bottom - plot_top) * max(bar.consumption, 0) / highest
        color = ACCENT if bar.current else QColor("#9bb4cc")
        brush = QBrush(
            color, Qt.BrushStyle.BDiagPattern if bar.estimated else Qt.BrushStyle.SolidPattern
        )
        painter.setPen(QPen(color, page.mm(0.2)))
        painter.setBrush(brush)
        painter.drawRect(page.rect(centre - bar_w / 2, plot_bottom - height, bar_w, height))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        page.font(5.5, bold=bar.current)
        page.text(
            centre - slot / 2,
            plot_bottom - height - 3.6,
            slot,
            3.4,
            lay.integer_text(bar.consumption),
            Qt.AlignmentFlag.AlignHCenter,
        )
        page.text(
            centre - slot / 2,
            plot_bottom + 0.6,
            slot,
            3.4,
            bar.label,
            Qt.AlignmentFlag.AlignHCenter,
            GREY,
        )
    if any(b.estimated for b in bars):
        page.font(6, italic=True)
        page.text(
            x + 2, top + h - 4, w - 4, 3.4, "Barres hachurées : consommation estimée", color=GREY
        )
