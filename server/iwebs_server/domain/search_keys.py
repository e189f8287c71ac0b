"""Normalized search keys, computed once when a record is written (search needs no SQL
function): names and addresses without accents or case, phones as national digits, meter
serials without separators. The same functions normalize what the user types."""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[^0-9a-z]+")
_NOT_ALNUM = re.compile(r"[^0-9A-Z]+")
# Ligatures that NFKD leaves whole: "Sacré-Cœur" must fold to "sacre coeur".
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})
# Country calling codes of the region served first; a number written with one of them is
# kept as its national part so that "+221 77 123 45 67" and "771234567" are one key.
COUNTRY_CODES = (
    "221",
    "223",
    "224",
    "225",
    "226",
    "227",
    "228",
    "229",
    "235",
    "236",
    "237",
    "241",
    "242",
    "243",
)


def fold_text(text: str) -> str:
    """Lower case, no accents, words separated by one space: "NDIAYE Aïssatou" -> "ndiaye
    aissatou"; "Cité Keur-Gorgui" -> "cite keur gorgui"; "Sacré-Cœur" -> "sacre coeur"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    without_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", without_marks).strip()


def phone_key(number: str) -> str:
    """The national digits of a phone number ("" when it holds none)."""
    digits = "".join(c for c in number if c.isdigit())
    if number.strip().startswith("00"):
        digits = digits[2:]
        for code in COUNTRY_CODES:
            if digits.startswith(code):
                return digits[len(code) :]
    if number.strip().startswith("+"):
        for code in COUNTRY_CODES:
            if digits.startswith(code):
                return digits[len(code) :]
    return digits


def serial_key(serial: str) -> str:
    """A meter serial without spaces, dashes or dots, upper case: "sag-12 345" -> "SAG12345"."""
    folded = unicodedata.normalize("NFKD", serial.upper())
    return _NOT_ALNUM.sub("", "".join(c for c in folded if not unicodedata.combining(c)))


def address_key(*parts: str) -> str:
    """The folded words of an address's parts, for fragment search."""
    return fold_text(" ".join(p for p in parts if p))
