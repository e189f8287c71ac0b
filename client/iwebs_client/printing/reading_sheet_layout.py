"""The reading sheet (bordereau de relève, FAC-3) as printed, independent of the medium.

A sheet is one round of one agency for one reading date: a header (agency, round, date,
reader), one line per meter register in round order (address, subscriber, meter, register,
previous index and date, the expected range) with empty boxes where the reader writes the
new index and the field code, then the legend of the field codes and the reader's
signature. Like the receipts, the texts are French on purpose: the sheet is a field
document, the same whatever the clerk's screen language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

TITLE = "BORDEREAU DE RELÈVE"


@dataclass(frozen=True)
class SheetLine:
    """One meter register of the round, as the reader finds it on his way."""

    sequence: int
    address: str
    subscriber: str
    account_number: str
    meter_serial: str
    register_code: str
    digits: int
    previous_index: int | None
    previous_date: dt.date | None
    expected_low: int | None
    expected_high: int | None
    unit: str = ""


@dataclass(frozen=True)
class ReadingSheet:
    agency: str
    round_code: str
    round_name: str
    reading_date: dt.date
    lines: tuple[SheetLine, ...]
    #: (code, label) of the codes a reader may write instead of (or with) an index
    field_codes: tuple[tuple[str, str], ...] = ()
    printed_at: dt.datetime | None = None


#: the columns of the printed table: (title, relative width in %)
COLUMNS: tuple[tuple[str, int], ...] = (
    ("N°", 3),
    ("Adresse", 18),
    ("Abonné / abonnement", 16),
    ("Compteur", 9),
    ("Cadran", 5),
    ("Ancien index", 9),
    ("Index attendu", 10),
    ("Nouvel index", 12),
    ("Code", 6),
    ("Observations", 12),
)
#: the register of a meter as printed
REGISTERS = {"single": "simple", "peak": "pointe", "offpeak": "creuses", "reactive": "réactif"}


def french_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value is not None else ""


def index_text(value: int | None, digits: int = 0) -> str:
    """An index as the meter shows it: zero-padded to its digits (e.g. 00012345)."""
    if value is None:
        return ""
    return str(value).rjust(digits, "0") if digits > 0 else str(value)


def expected_text(line: SheetLine) -> str:
    if line.expected_low is None or line.expected_high is None:
        return ""
    unit = f" {line.unit}" if line.unit else ""
    return f"{line.expected_low} - {line.expected_high}{unit}"


def line_cells(line: SheetLine) -> tuple[str, ...]:
    """The texts of a line's cells, in COLUMNS order (the last three are left blank)."""
    previous = index_text(line.previous_index, line.digits)
    if line.previous_date is not None:
        previous = f"{previous}\n{french_date(line.previous_date)}".strip()
    return (
        str(line.sequence),
        line.address,
        f"{line.subscriber}\n{line.account_number}".strip(),
        line.meter_serial,
        REGISTERS.get(line.register_code, line.register_code),
        previous,
        expected_text(line),
        "",
        "",
        "",
    )


def header_lines(sheet: ReadingSheet) -> tuple[tuple[str, str], ...]:
    """(label, value) pairs printed above the table."""
    printed = sheet.printed_at.strftime("%d/%m/%Y %H:%M") if sheet.printed_at else ""
    return (
        ("Agence", sheet.agency),
        ("Tournée", f"{sheet.round_code} — {sheet.round_name}".strip(" —")),
        ("Date de relève", french_date(sheet.reading_date)),
        ("Nombre de compteurs", str(len(sheet.lines))),
        ("Imprimé le", printed),
    )


def page_footer(sheet: ReadingSheet, page: int, pages: int) -> str:
    """What each page says at its foot, so that loose pages find their round again."""
    day = french_date(sheet.reading_date)
    return f"Tournée {sheet.round_code} — relève du {day} — page {page} / {pages}"


def file_name(sheet: ReadingSheet) -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in sheet.round_code)
    return f"releve-{safe}-{sheet.reading_date.isoformat()}.pdf"
