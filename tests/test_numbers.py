"""Numbers as a person reads them, one form per language (core/numbers.py)."""

import pytest

from station_app.core.numbers import day_bar_share, show_decimal, show_number, show_size


@pytest.mark.parametrize(("language", "forms"), [
    ("vi", ["6.835", "1.234.567", "0", "1,9", "2,0", "6.835,5", "4 KB", "3,0 MB", "1,2 GB"]),
    ("en", ["6,835", "1,234,567", "0", "1.9", "2.0", "6,835.5", "4 KB", "3.0 MB", "1.2 GB"]),
])
def test_each_language_writes_numbers_its_own_way(language, forms):
    assert [show_number(6835, language), show_number(1234567, language), show_number(0, language),
            show_decimal(1.94, language), show_decimal(2, language),
            show_decimal(6835.5, language), show_size(4000, language),
            show_size(3_000_000, language), show_size(1_200_000_000, language)] == forms
    assert show_number(None, language) == show_decimal(None, language) == "–"
    assert show_size(1, language) == "1 KB" and show_size(0, language) == "0 KB"


def test_a_days_bar_is_as_wide_on_the_first_days_as_once_the_chart_is_full():
    # the chart's width per bar: the bar's share of its day's place over the places shown
    full = day_bar_share(30, 30) / 30
    for days in (1, 2, 7, 29):
        assert day_bar_share(days, 30) / days == pytest.approx(full)
    assert day_bar_share(45, 30) == day_bar_share(30, 30) == 0.8  # never wider than full
