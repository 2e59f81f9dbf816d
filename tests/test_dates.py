"""Dates as real records hold them, and as Vietnamese documents show them."""

import datetime as dt

import pytest
from openpyxl.utils.datetime import to_excel

from station_app.core.dates import admin_date_line, age_on, parse_birth_date, show_date

TODAY = dt.date(2026, 1, 15)


@pytest.mark.parametrize("cell, stored", [
    ("05/03/1985", "1985-03-05"),       # dd/mm/yyyy
    ("5/3/1985", "1985-03-05"),         # d/m/yyyy
    ("05-03-1985", "1985-03-05"),       # dd-mm-yyyy
    ("05.03.1985", "1985-03-05"),       # dd.mm.yyyy
    (" 25/12/1960 ", "1960-12-25"),
    ("1985", "1985"),                   # year only, common in old records
    ("1985.0", "1985"),                 # a year cell saved from a number
    (1985, "1985"),
    ("1985-03-05", "1985-03-05"),       # ISO
    ("1985-3-5", "1985-03-05"),
    ("1985-03-05T00:00:00", "1985-03-05"),
    ("1985-03-05 00:00:00", "1985-03-05"),
    (dt.datetime(1985, 3, 5, 0, 0), "1985-03-05"),  # date cells of a workbook
    (dt.date(1985, 3, 5), "1985-03-05"),
    ("29/02/2000", "2000-02-29"),
    ("15/01/2026", "2026-01-15"),       # born today
])
def test_date_forms(cell, stored):
    assert parse_birth_date(cell, TODAY) == stored


@pytest.mark.parametrize("day", [dt.date(1985, 3, 5), dt.date(1927, 6, 1), dt.date(2025, 12, 31)])
def test_excel_serial_numbers(day):
    serial = to_excel(day)  # what openpyxl/Excel store for the date
    assert parse_birth_date(str(int(serial)), TODAY) == day.isoformat()
    assert parse_birth_date(float(serial), TODAY) == day.isoformat()
    assert parse_birth_date(f"{int(serial)}.0", TODAY) == day.isoformat()


@pytest.mark.parametrize("cell, reason", [
    ("31/02/1985", "'31/02/1985' is not a real date (day 31, month 2, year 1985)"),
    ("29/02/1900", "'29/02/1900' is not a real date (day 29, month 2, year 1900)"),
    ("05/13/1985", "'05/13/1985' is not a real date (day 5, month 13, year 1985)"),
    ("1985-02-30", "'1985-02-30' is not a real date (day 30, month 2, year 1985)"),
    ("16/01/2026", "date of birth 16/01/2026 is not plausible"),   # tomorrow
    ("2027", "date of birth 2027 is not plausible"),
    ("1850", "date of birth 1850 is not plausible"),
    ("", "date of birth is empty"),
    ("   ", "date of birth is empty"),
    ("abc", "'abc' is not a date (expected dd/mm/yyyy or a year)"),
    ("5/3/85", "'5/3/85' is not a date (expected dd/mm/yyyy or a year)"),
    ("ngày 5 tháng 3", "'ngày 5 tháng 3' is not a date (expected dd/mm/yyyy or a year)"),
])
def test_impossible_and_future_dates(cell, reason):
    with pytest.raises(ValueError) as exc:
        parse_birth_date(cell, TODAY)
    assert str(exc.value) == reason


def test_future_is_relative_to_today():
    assert parse_birth_date("16/01/2026", dt.date(2026, 1, 16)) == "2026-01-16"


def test_show_date():
    assert show_date("1985-03-05") == "05/03/1985"
    assert show_date("1985") == "1985"
    assert show_date(dt.date(2026, 1, 5)) == "05/01/2026"
    for cell in ("5/3/1985", "1985-03-05", "1985"):
        stored = parse_birth_date(cell, TODAY)
        assert parse_birth_date(show_date(stored), TODAY) == stored  # round trip


def test_admin_date_line():
    assert admin_date_line("Hòa Bình", dt.date(2026, 1, 5)) == "Hòa Bình, ngày 05 tháng 01 năm 2026"
    assert admin_date_line("Nghệ An", dt.date(2025, 12, 31)) == "Nghệ An, ngày 31 tháng 12 năm 2025"


def test_age_on():
    assert age_on("1985-03-05", dt.date(2026, 3, 4)) == 40
    assert age_on("1985-03-05", dt.date(2026, 3, 5)) == 41
    assert age_on("2012", dt.date(2026, 1, 1)) == 14  # year only: counted from 1 January


def test_moments_are_shown_in_local_time_as_dd_mm_yyyy(vietnam_time):
    from station_app.core.dates import cell_value, show_moment

    assert show_moment("2027-03-08T20:00:02+07:00") == "08/03/2027 20:00"
    assert show_moment("2027-03-08T20:00:02+07:00", seconds=True) == "08/03/2027 20:00:02"
    # the hall network stores its contacts in UTC: shown in the laptop's time
    assert show_moment("2026-11-24T01:15:02.5+00:00", seconds=True) == "24/11/2026 08:15:02"
    assert show_moment(None) == "" and show_moment("not a time") == "not a time"
    assert cell_value("2027-03-08T20:00:02+07:00") == dt.datetime(2027, 3, 8, 20, 0, 2)
    assert cell_value("2027-03-08") == dt.date(2027, 3, 8)
    assert cell_value("1985") == "1985" and cell_value(None) is None
