"""Dates and numbers for display, through QLocale (French by default)."""

from __future__ import annotations

from google.protobuf.timestamp_pb2 import Timestamp
from PySide6.QtCore import QDate, QDateTime, QLocale


def timestamp_to_qdatetime(ts: Timestamp) -> QDateTime | None:
    if ts.seconds == 0 and ts.nanos == 0:
        return None
    return QDateTime.fromMSecsSinceEpoch(ts.seconds * 1000 + ts.nanos // 1_000_000)


def format_timestamp(ts: Timestamp) -> str:
    """Local date and time in the user's language; empty when the timestamp is unset."""
    moment = timestamp_to_qdatetime(ts)
    if moment is None:
        return ""
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def timestamp_sort_key(ts: Timestamp) -> int:
    return ts.seconds * 1_000_000_000 + ts.nanos


def format_integer(value: int) -> str:
    return QLocale().toString(value)


def format_decimal_text(text: str) -> str:
    """A decimal the server sends as text ("1234.50", "-82", "2.5") in the user's language
    ("1 234,50" in French), its digits kept as they are (never through a float); anything
    else is shown as it came."""
    value = (text or "").strip()
    sign = value[:1] if value[:1] in "+-" else ""
    whole, dot, fraction = value[len(sign) :].partition(".")
    if not whole.isdigit() or (dot and not fraction.isdigit()):
        return text
    locale = QLocale()
    shown = locale.toString(int(whole))
    if fraction:
        shown += locale.decimalPoint() + fraction
    return (locale.negativeSign() if sign == "-" else "") + shown


#: digits after the decimal point per ISO 4217 currency; the CFA francs have none
_MINOR_DIGITS = {"XOF": 0, "XAF": 0, "GNF": 0, "EUR": 2, "USD": 2, "GHS": 2, "NGN": 2}
#: what people write after the amount
_CURRENCY_SYMBOLS = {"XOF": "FCFA", "XAF": "FCFA"}


def format_money(amount_minor: int, currency_code: str) -> str:
    """'1 234 567 FCFA' in French: integer minor units, never a float on the way."""
    digits = _MINOR_DIGITS.get(currency_code, 2)
    locale = QLocale()
    negative = amount_minor < 0
    units, fraction = divmod(abs(amount_minor), 10**digits) if digits else (abs(amount_minor), 0)
    text = locale.toString(units)
    if digits:
        text += locale.decimalPoint() + str(fraction).rjust(digits, "0")
    if negative:
        text = locale.negativeSign() + text
    symbol = _CURRENCY_SYMBOLS.get(currency_code, currency_code)
    return f"{text} {symbol}".strip()


def format_date(year: int, month: int, day: int) -> str:
    """A business date in the user's short format; empty when unset (year 0)."""
    if not year:
        return ""
    return QLocale().toString(QDate(year, month, day), QLocale.FormatType.ShortFormat)


def format_micro_degrees(latitude_e6: int, longitude_e6: int) -> str:
    """GPS micro-degrees as '14.693425, -17.447938' (exact: integer arithmetic)."""

    def one(value: int) -> str:
        sign = "-" if value < 0 else ""
        whole, part = divmod(abs(value), 1_000_000)
        return f"{sign}{whole}.{part:06d}"

    return f"{one(latitude_e6)}, {one(longitude_e6)}"
