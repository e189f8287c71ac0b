"""A receipt's amount in French words (CSH-4), traditional spelling (domain/amount_words.py)."""

from __future__ import annotations

import pytest

from iwebs_server.domain.amount_words import amount_in_words, number_in_words


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "zéro"),
        (1, "un"),
        (16, "seize"),
        (17, "dix-sept"),
        (21, "vingt et un"),
        (22, "vingt-deux"),
        (61, "soixante et un"),
        (70, "soixante-dix"),
        (71, "soixante et onze"),
        (72, "soixante-douze"),
        (79, "soixante-dix-neuf"),
        (80, "quatre-vingts"),
        (81, "quatre-vingt-un"),
        (90, "quatre-vingt-dix"),
        (91, "quatre-vingt-onze"),
        (99, "quatre-vingt-dix-neuf"),
        (100, "cent"),
        (101, "cent un"),
        (180, "cent quatre-vingts"),
        (200, "deux cents"),
        (201, "deux cent un"),
        (1000, "mille"),
        (1001, "mille un"),
        (2000, "deux mille"),
        (21_000, "vingt et un mille"),
        (80_000, "quatre-vingt mille"),
        (200_000, "deux cent mille"),
        (1_000_000, "un million"),
        (2_500_000, "deux millions cinq cent mille"),
        (80_000_000, "quatre-vingts millions"),
        (200_000_000, "deux cents millions"),
        (
            999_999_999,
            "neuf cent quatre-vingt-dix-neuf millions neuf cent quatre-vingt-dix-neuf mille "
            "neuf cent quatre-vingt-dix-neuf",
        ),
        (1_000_000_000, "un milliard"),
        (3_000_001_000, "trois milliards mille"),
    ],
)
def test_numbers(n, words):
    assert number_in_words(n) == words


@pytest.mark.parametrize(
    ("amount", "currency", "words"),
    [
        (0, "XOF", "zéro franc CFA"),
        (1, "XOF", "un franc CFA"),
        (2, "XAF", "deux francs CFA"),
        (25_000, "XOF", "vingt-cinq mille francs CFA"),
        (1_000_000, "XOF", "un million de francs CFA"),
        (2_000_000, "XOF", "deux millions de francs CFA"),
        (2_500_000, "XOF", "deux millions cinq cent mille francs CFA"),
        (-500, "XOF", "moins cinq cents francs CFA"),
        (1234, "EUR", "mille deux cent trente-quatre EUR"),
    ],
)
def test_amounts_with_the_currency(amount, currency, words):
    assert amount_in_words(amount, currency) == words


def test_out_of_range_is_refused():
    with pytest.raises(ValueError):
        number_in_words(10**12)
    with pytest.raises(ValueError):
        number_in_words(-1)
