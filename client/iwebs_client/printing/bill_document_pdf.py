"""A bill drawn with QPainter on an A4 page: as a PDF (QPdfWriter) or as an image (QImage,
for a preview or a screenshot). One drawing routine serves both, so the preview is the bill.

Top to bottom: the utility and the agency, the title and the bill number; the subscriber's
box and the account's box (number with its check digit, premise, tariff, meter); the
reading (previous and current index with their dates, consumption); the lines by block with
quantity, unit price and amount; the totals (bill, balance carried, credits matched, net to
pay) beside the consumption chart of the last periods; the due date; the payment coupon.
Runs on the GUI thread (QPainter and fonts want it); a page takes about 60 ms.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
)

from iwebs_client.printing import bill_document_layout as lay
from iwebs_client.printing.bill_consumption_chart import draw_consumption_chart
from iwebs_client.printing.bill_document_layout import BillDocument
from iwebs_client.printing.bill_page import (
    ACCENT,
    GREY,
    MARGIN_MM,
    PAGE_HEIGHT_MM,
    PAGE_WIDTH_MM,
    RESOLUTION_DPI,
    SHADE,
    BillPage,
)

ROW_MM = 5.0
#: the lines table stops here on the first page (totals, chart and coupon below)
LINES_BOTTOM_MM = 196.0
COUPON_TOP_MM = 252.0


# -- the parts of the page --------------------------------------------------------------------
def _header(page: BillPage, doc: BillDocument) -> None:
    left, width = MARGIN_MM, PAGE_WIDTH_MM - 2 * MARGIN_MM
    page.font(13, bold=True)
    page.text(left, 10, 128, 7, doc.issuer_name or "iWEBS", color=ACCENT)
    page.font(8)
    y = 17.0
    named = any(doc.agency_name and doc.agency_name in line for line in doc.issuer_lines)
    agency = f"Agence {doc.agency_name}" if doc.agency_name and not named else ""
    for line in (*doc.issuer_lines, agency):
        if line:
            page.text(left, y, 128, 4, line, color=GREY)
            y += 4
    right = Qt.AlignmentFlag.AlignRight
    page.font(18, bold=True)
    page.text(left, 10, width, 8, lay.title_text(doc), right, ACCENT)
    page.font(10, bold=True)
    page.text(left, 18.5, width, 5, f"N° {doc.bill_number}", right)
    page.font(9)
    page.text(left, 23.5, width, 4.5, f"Date d'émission : {lay.date_text(doc.bill_date)}", right)
    if doc.credits_bill_number:
        page.text(left, 28, width, 4.5, f"Avoir sur la facture N° {doc.credits_bill_number}", right)


def _parties(page: BillPage, doc: BillDocument) -> None:
    top, height = 36.0, 34.0
    half = (PAGE_WIDTH_MM - 2 * MARGIN_MM - 4) / 2
    x1, x2 = MARGIN_MM, MARGIN_MM + half + 4
    page.box(x1, top, half, height)
    page.box(x2, top, half, height, SHADE)
    page.font(7.5, bold=True)
    page.text(x1 + 3, top + 1.5, half - 6, 4, "TITULAIRE DU COMPTE", color=ACCENT)
    page.text(x2 + 3, top + 1.5, half - 6, 4, "VOTRE COMPTE", color=ACCENT)
    page.font(11, bold=True)
    page.text(x1 + 3, top + 6, half - 6, 6, doc.customer_name)
    page.font(9)
    y = top + 12.5
    for line in doc.billing_address[:4]:
        page.text(x1 + 3, y, half - 6, 4.5, line)
        y += 4.5
    page.font(12, bold=True)
    page.text(x2 + 3, top + 6, half - 6, 6, lay.account_number_text(doc.account_number))
    page.font(7.5, italic=True)
    key = lay.check_digit(doc.account_number)
    if key:
        page.text(
            x2 + 3,
            top + 11.5,
            half - 6,
            3.5,
            f"(le dernier chiffre, {key}, est la clé de contrôle du numéro)",
            color=GREY,
        )
    page.font(8.5)
    service = lay.SERVICE_LABELS.get(doc.service, doc.service)
    subscription = ", ".join(t for t in (service, doc.subscribed_power) if t)
    if doc.subscription_ref:
        subscription = (
            f"{doc.subscription_ref} ({subscription})" if subscription else doc.subscription_ref
        )
    details: list[str] = []
    if doc.premise_address:
        metrics = QFontMetricsF(page.painter.font(), page.device)
        details += _wrapped(
            f"Lieu de consommation : {', '.join(doc.premise_address)}",
            metrics,
            page.mm(half - 6),
            2,
        )
    room = 4 - len(details) - bool(subscription) - bool(doc.meter_serial)
    if doc.tariff_label and room <= 0:
        subscription += f" — tarif {doc.tariff_label}"  # no line of its own left
    if subscription:
        details.append(f"Abonnement : {subscription}")
    if doc.tariff_label and room > 0:
        details.append(f"Tarif : {doc.tariff_label}")
    if doc.meter_serial:
        details.append(f"Compteur n° {doc.meter_serial}")
    y = top + 15.5
    for line in details[:4]:
        page.text(x2 + 3, y, half - 6, 4.3, line)
        y += 4.3


def _wrapped(
    text: str, metrics: QFontMetricsF, width: float, most: int, indent: str = "   "
) -> list[str]:
    """The text on at most `most` lines, cut after a comma or a space (the last one elided),
    the lines after the first indented by `indent`."""
    lines: list[str] = []
    rest = text
    while rest and len(lines) < most - 1 and metrics.horizontalAdvance(rest) > width:
        cut = max(
            (
                i
                for i, ch in enumerate(rest)
                if ch in ", " and metrics.horizontalAdvance(rest[:i]) <= width
            ),
            default=0,
        )
        if cut <= 0:
            break
        lines.append(rest[: cut + 1].rstrip(" ,") + ("," if rest[cut] == "," else ""))
        rest = indent + rest[cut + 1 :].strip()
    lines.append(rest)
    return lines


def _reading(page: BillPage, doc: BillDocument) -> float:
    top = 74.0
    width = PAGE_WIDTH_MM - 2 * MARGIN_MM
    page.font(9.5, bold=True)
    page.text(
        MARGIN_MM, top, width, 5, f"Période de consommation : {lay.period_text(doc)}", color=ACCENT
    )
    y = top + 6
    cols = ((MARGIN_MM, 60.0), (MARGIN_MM + 60, 40.0), (MARGIN_MM + 100, 40.0))
    page.box(MARGIN_MM, y, 140, ROW_MM, SHADE)
    page.font(8, bold=True)
    for (x, w), title in zip(cols, ("Relevé", "Date", "Index"), strict=True):
        page.text(x + 2, y, w - 4, ROW_MM, title)
    y += ROW_MM
    page.font(9)
    rows = lay.index_rows(doc)
    for what, when, index in rows:
        page.text(cols[0][0] + 2, y, cols[0][1] - 4, ROW_MM, what)
        page.text(cols[1][0] + 2, y, cols[1][1] - 4, ROW_MM, when)
        page.text(cols[2][0] + 2, y, cols[2][1] - 4, ROW_MM, index, Qt.AlignmentFlag.AlignRight)
        y += ROW_MM
    page.font(9.5, bold=True)
    page.text(MARGIN_MM + 2, y, 96, ROW_MM + 1, "Consommation facturée")
    page.text(
        MARGIN_MM + 100, y, 38, ROW_MM + 1, lay.consumption_text(doc), Qt.AlignmentFlag.AlignRight
    )
    y += ROW_MM + 1
    page.hline(MARGIN_MM, y, 140)
    return y + 4


#: (title, x, width, right-aligned) of the lines table
_LINE_COLUMNS = (
    ("Désignation", MARGIN_MM, 88.0, False),
    ("Quantité", MARGIN_MM + 88, 30.0, True),
    ("Prix unitaire", MARGIN_MM + 118, 30.0, True),
    ("Montant", MARGIN_MM + 148, 38.0, True),
)


def _lines_header(page: BillPage, y: float) -> float:
    page.box(MARGIN_MM, y, PAGE_WIDTH_MM - 2 * MARGIN_MM, ROW_MM, SHADE)
    page.font(8, bold=True)
    for title, x, w, right in _LINE_COLUMNS:
        align = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        page.text(x + 2, y, w - 4, ROW_MM, title, align)
    return y + ROW_MM


def _lines(
    page: BillPage, doc: BillDocument, y: float, new_page: Callable[[], bool] | None
) -> float:
    y = _lines_header(page, y)
    right = Qt.AlignmentFlag.AlignRight
    cur = doc.currency_code
    for group in lay.line_groups(doc.lines):
        rows = [("group", group.title, "", "", "")]
        for line in group.lines:
            rows.append(
                (
                    "line",
                    lay.line_label(line),
                    lay.line_quantity_text(line),
                    lay.line_price_text(line, cur),
                    lay.money(line.amount_minor, cur),
                )
            )
        rows.append(
            (
                "subtotal",
                f"Sous-total {group.title.lower()}",
                "",
                "",
                lay.money(group.subtotal_minor, cur),
            )
        )
        for style, label, quantity, price, amount in rows:
            if y + ROW_MM > LINES_BOTTOM_MM:
                if new_page is None or not new_page():
                    return y
                y = _lines_header(page, MARGIN_MM + 8)
            if style == "group":
                page.font(8.5, bold=True)
                page.text(MARGIN_MM + 2, y, 150, ROW_MM, label, color=ACCENT)
            elif style == "subtotal":
                page.font(8.5, italic=True)
                page.text(MARGIN_MM + 6, y, 140, ROW_MM, label, color=GREY)
                page.font(8.5, bold=True)
                page.text(
                    _LINE_COLUMNS[3][1] + 2, y, _LINE_COLUMNS[3][2] - 4, ROW_MM, amount, right
                )
            else:
                page.font(8.5)
                cells = (label, quantity, price, amount)
                for (_t, x, w, is_right), cell in zip(_LINE_COLUMNS, cells, strict=True):
                    indent = 4 if not is_right else 2
                    align = right if is_right else Qt.AlignmentFlag.AlignLeft
                    page.text(x + indent, y, w - indent - 2, ROW_MM, cell, align)
            y += ROW_MM
        y += 1
    page.hline(MARGIN_MM, y, PAGE_WIDTH_MM - 2 * MARGIN_MM)
    return y + 3


def _totals(page: BillPage, doc: BillDocument, top: float) -> float:
    x, w = 118.0, PAGE_WIDTH_MM - MARGIN_MM - 118.0
    rows = lay.totals_rows(doc)
    height = len(rows) * (ROW_MM + 1) + 2
    page.box(x, top, w, height)
    y = top + 1.5
    for label, amount, bold in rows:
        net = label == "NET À PAYER"
        if net:
            page.box(x, y - 0.5, w, ROW_MM + 1.5, SHADE)
        page.font(10.5 if net else 9, bold=bold)
        page.text(x + 2, y, 40, ROW_MM + 0.5, label)
        page.text(x + 40, y, w - 42, ROW_MM + 0.5, amount, Qt.AlignmentFlag.AlignRight)
        y += ROW_MM + 1
    y = top + height + 2
    page.font(10, bold=True)
    page.text(
        x,
        y,
        w,
        6,
        f"À payer avant le {lay.date_text(doc.due_date)}",
        Qt.AlignmentFlag.AlignRight,
        ACCENT,
    )
    return y + 8


def _coupon(page: BillPage, doc: BillDocument) -> None:
    top = COUPON_TOP_MM
    width = PAGE_WIDTH_MM - 2 * MARGIN_MM
    page.hline(MARGIN_MM, top, width, dashed=True)
    page.font(7, italic=True)
    page.text(
        MARGIN_MM,
        top + 0.8,
        width,
        3.5,
        "Coupon à présenter à la caisse ou à utiliser pour le paiement par mobile money",
        Qt.AlignmentFlag.AlignHCenter,
        GREY,
    )
    page.box(MARGIN_MM, top + 6, width, 26, SHADE)
    cur = doc.currency_code
    rows = (
        ("N° de compte", lay.account_number_text(doc.account_number)),
        (f"{lay.title_text(doc).capitalize()} N°", doc.bill_number),
        ("Titulaire", doc.customer_name),
    )
    y = top + 8
    for label, value in rows:
        page.font(8.5)
        page.text(MARGIN_MM + 3, y, 32, 5, label, color=GREY)
        page.font(10, bold=True)
        page.text(MARGIN_MM + 35, y, 70, 5, value)
        y += 6.5
    page.font(8.5)
    page.text(MARGIN_MM + 115, top + 8, 40, 5, "Net à payer", color=GREY)
    page.text(MARGIN_MM + 115, top + 20.5, 40, 5, "Échéance", color=GREY)
    page.font(13, bold=True)
    page.text(
        MARGIN_MM + 115,
        top + 13,
        width - 118,
        6.5,
        lay.money(max(doc.amount_due_minor, 0), cur),
        Qt.AlignmentFlag.AlignRight,
    )
    page.font(10, bold=True)
    page.text(
        MARGIN_MM + 135,
        top + 20.5,
        width - 138,
        5,
        lay.date_text(doc.due_date),
        Qt.AlignmentFlag.AlignRight,
    )


def paint_bill(
    painter: QPainter,
    device: QPaintDevice,
    doc: BillDocument,
    dpi: int = RESOLUTION_DPI,
    new_page: Callable[[], bool] | None = None,
) -> None:
    """Draws the bill from the top of the page; `new_page` (PDF) continues long line lists."""
    page = BillPage(painter, device, dpi)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _header(page, doc)
    _parties(page, doc)
    y = _reading(page, doc)
    y = _lines(page, doc, y, new_page)
    top = max(y, 150.0)
    draw_consumption_chart(page, doc, top)
    after_totals = _totals(page, doc, top)
    notes = list(doc.notes)
    if doc.credits_applied_minor and doc.total_to_pay_minor is not None:
        notes.insert(0, lay.credits_note(doc))
    page.font(7.5, italic=True)
    x = 118.0
    width = PAGE_WIDTH_MM - MARGIN_MM - x
    metrics = QFontMetricsF(page.painter.font(), page.device)
    y = after_totals
    # each note wrapped (the agency's footer is a sentence or two), as far as the coupon
    lines = [line for note in notes[:4] for line in _wrapped(note, metrics, page.mm(width), 3, "")]
    for line in lines:
        if y + 4 > COUPON_TOP_MM - 2:
            break
        page.text(x, y, width, 4, line, color=GREY)
        y += 4
    _coupon(page, doc)


def write_bill_pdf(doc: BillDocument, path: Path) -> Path:
    """The bill as an A4 PDF at `path` (GUI thread); returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(f"{lay.title_text(doc).capitalize()} {doc.bill_number}")
    writer.setCreator("iWEBS")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF: {path}")
    try:
        paint_bill(painter, writer, doc, RESOLUTION_DPI, writer.newPage)
    finally:
        painter.end()
    if not path.exists():
        raise OSError(f"the PDF was not written: {path}")
    return path


def render_bill_image(doc: BillDocument, dpi: int = 110) -> QImage:
    """The bill's first page as an image (a preview on screen, a PNG for the docs)."""
    width = round(PAGE_WIDTH_MM * dpi / 25.4)
    height = round(PAGE_HEIGHT_MM * dpi / 25.4)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_bill(painter, image, doc, dpi)
    finally:
        painter.end()
    return image


def pdf_file_name(doc: BillDocument) -> str:
    prefix = "avoir" if doc.kind == "credit_note" else "facture"
    return f"{prefix}-{doc.bill_number or 'brouillon'}.pdf"
