"""Numbers as a person reads them, one form per language (core/numbers.py)."""

import pytest

from station_app.core.numbers import show_decimal, show_number, show_size


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
