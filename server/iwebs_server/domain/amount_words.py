"""A receipt's amount in French words (CSH-4): "vingt-cinq mille francs CFA".

Spelling: the **traditional rules** (before the 1990 rectifications), those of the
cheques and invoices of the franc zone:
- a hyphen joins tens and units below one hundred only: "trente-deux", "quatre-vingt-onze";
  "et" without hyphens for 21, 31, 41, 51, 61 and 71: "vingt et un", "soixante et onze";
  never "et" with 81 and 91: "quatre-vingt-un";
- "cent" and "vingt" (of quatre-vingts) take an s when multiplied and ending the number,
  or before "million"/"milliard" (nouns): "deux cents", "quatre-vingts", "deux cents
  millions"; none before another numeral or "mille": "deux cent un", "quatre-vingt mille";
- "mille" never varies and is never preceded by "un": "mille", "deux mille";
- "million" and "milliard" are nouns: "un million", "deux millions"; a round number of them
  takes "de" before the currency: "un million de francs CFA".
XOF and XAF have no minor unit: 1 franc = 1. A negative amount (a cancellation) starts with
"moins". Other currencies get the words of the minor units and the currency code.
"""

from __future__ import annotations

__all__ = ["LARGEST_AMOUNT_MINOR", "amount_in_words", "number_in_words"]

# The largest amount the cash desk takes on one line (payment, tender, bill, fee, float,
# transfer, disbursement, deposit): what a receipt can spell, and a thousand such lines
# still sum far inside a 64-bit integer on both databases.
LARGEST_AMOUNT_MINOR = 10**12 - 1

_UNITS = (
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize",
)  # fmt: skip
_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}

_CFA = {"XOF", "XAF"}


def _below_hundred(n: int, *, final: bool) -> str:
    """1..99; `final`: nothing follows (quatre-vingts takes its s only then)."""
    if n < 17:
        return _UNITS[n]
    if n < 20:
        return f"dix-{_UNITS[n - 10]}"
    tens, unit = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix.., quatre-vingt-dix..
        base = "soixante" if tens == 7 else "quatre-vingt"
        rest = n - (60 if tens == 7 else 80)
        if rest == 11 and tens == 7:
            return "soixante et onze"
        return f"{base}-{_below_hundred(rest, final=False)}"
    if tens == 8:
        if unit == 0:
            return "quatre-vingts" if final else "quatre-vingt"
        return f"quatre-vingt-{_UNITS[unit]}"
    word = _TENS[tens]
    if unit == 0:
        return word
    if unit == 1:
        return f"{word} et un"
    return f"{word}-{_UNITS[unit]}"


def _below_thousand(n: int, *, final: bool) -> str:
    """1..999; `final`: nothing but a noun (million, milliard) or the end follows."""
    hundreds, rest = divmod(n, 100)
    parts: list[str] = []
    if hundreds:
        if hundreds == 1:
            parts.append("cent")
        else:
            plural = rest == 0 and final
            parts.append(f"{_UNITS[hundreds]} {'cents' if plural else 'cent'}")
    if rest:
        parts.append(_below_hundred(rest, final=final))
    return " ".join(parts)


def number_in_words(n: int) -> str:
    """The French words of a whole number (0 <= n < 10**12)."""
    if n < 0 or n >= 10**12:
        raise ValueError("out of range for words")
    if n == 0:
        return _UNITS[0]
    billions, rest = divmod(n, 10**9)
    millions, rest = divmod(rest, 10**6)
    thousands, units = divmod(rest, 1000)
    parts: list[str] = []
    for count, noun in ((billions, "milliard"), (millions, "million")):
        if count:
            plural = "s" if count > 1 else ""
            parts.append(f"{_below_thousand(count, final=True)} {noun}{plural}")
    if thousands:
        parts.append(
            "mille" if thousands == 1 else f"{_below_thousand(thousands, final=False)} mille"
        )
    if units:
        parts.append(_below_thousand(units, final=True))
    return " ".join(parts)


def amount_in_words(amount_minor: int, currency_code: str) -> str:
    """ "vingt-cinq mille francs CFA", "un million de francs CFA", "moins cinq cents francs
    CFA" (a cancellation)."""
    sign = "moins " if amount_minor < 0 else ""
    n = abs(amount_minor)
    words = number_in_words(n)
    code = currency_code.upper()
    if code not in _CFA:
        return f"{sign}{words} {code}".strip()
    noun = "francs" if n >= 2 else "franc"
    # a round number of millions or milliards: "un million de francs"
    of = "de " if n >= 10**6 and n % 10**6 == 0 else ""
    return f"{sign}{words} {of}{noun} CFA"
