"""The bill's A4 page in millimetres over any paint device (a PDF or an image), its
geometry and colours: what the bill's parts (bill_document_pdf.py, bill_consumption_chart.py)
draw with."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

RESOLUTION_DPI = 300
PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
MARGIN_MM = 12.0
ACCENT = QColor("#1f4e79")
SHADE = QColor("#e8eef5")
GREY = QColor("#555555")


class BillPage:
    """Millimetre coordinates over a paint device of `dpi` dots per inch."""

    def __init__(self, painter: QPainter, device: QPaintDevice, dpi: int) -> None:
        self.painter = painter
        self.device = device
        self.dpi = dpi

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(self.mm(x), self.mm(y), self.mm(w), self.mm(h))

    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        self.painter.setFont(font)
        return font

    def text(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        color: QColor | None = None,
    ) -> None:
        self.painter.setPen(QPen(color or QColor("black")))
        metrics = QFontMetricsF(self.painter.font(), self.device)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, self.mm(w))
        flags = int(align | Qt.AlignmentFlag.AlignVCenter)
        self.painter.drawText(self.rect(x, y, w, h), flags, shown)

    def box(self, x: float, y: float, w: float, h: float, fill: QColor | None = None) -> None:
        self.painter.setPen(QPen(GREY, self.mm(0.25)))
        self.painter.setBrush(QBrush(fill) if fill else Qt.BrushStyle.NoBrush)
        self.painter.drawRect(self.rect(x, y, w, h))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)

    def hline(self, x: float, y: float, w: float, dashed: bool = False) -> None:
        pen = QPen(GREY, self.mm(0.25))
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.painter.setPen(pen)
        self.painter.drawLine(QPointF(self.mm(x), self.mm(y)), QPointF(self.mm(x + w), self.mm(y)))
