"""Dates as real records hold them, and as Vietnamese documents show them.

A birth date is stored as ISO text: 'yyyy-mm-dd' for a full date or 'yyyy' when only the year
is known (common in old records). A moment is stored as ISO text with its UTC offset.

What a person reads (screens, PDFs, the command line's lines for people) shows a date as
dd/mm/yyyy and a moment as dd/mm/yyyy hh:mm in this laptop's local time: ``show_date`` and
``show_moment``, the one way to do it. What a program reads (``--json``, stored data, bundles)
keeps ISO. A workbook gets real date cells (``cell_value``) with a dd/mm/yyyy number format.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from station_app.core.messages import Message

__all__ = ["parse_birth_date", "show_date", "show_moment", "local_moment", "cell_value",
           "admin_date_line", "age_on", "local_now", "now_iso"]

_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_YEAR = re.compile(r"^(\d{4})(?:\.0+)?$")
_SERIAL = re.compile(r"^(\d{3,5})(?:\.0+)?$")
EXCEL_EPOCH = dt.date(1899, 12, 30)  # day 0 of a workbook's dates (the 1900 date system)
_MIN_YEAR = 1880


def _full(year: int, month: int, day: int, raw: object) -> str:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        raise ValueError(Message("'{raw}' is not a real date (day {day}, month {month}, year {year})",
                                 raw=raw, day=day, month=month, year=year)) from None
    return value.isoformat()


def local_now() -> dt.datetime:
    """Now, as an aware date-time in the laptop's local time zone."""
    return dt.datetime.now().astimezone()


def now_iso(timespec: str = "seconds") -> str:
    """Now as local ISO text with its UTC offset, as records store moments."""
    return local_now().isoformat(timespec=timespec)


def parse_birth_date(value: object, today: dt.date | None = None) -> str:
    """'yyyy-mm-dd' or 'yyyy' from dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy, ISO,
    an Excel serial number, or a date/datetime cell. ValueError with a reason otherwise."""
    today = today or dt.date.today()
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        result = value.isoformat()
    else:
        text = str(value).strip()
        if not text:
            raise ValueError(Message("date of birth is empty"))
        if m := _DMY.match(text):
            result = _full(int(m[3]), int(m[2]), int(m[1]), text)
        elif m := _ISO.match(text):
            result = _full(int(m[1]), int(m[2]), int(m[3]), text)
        elif m := _YEAR.match(text):
            result = m[1]
        elif m := _SERIAL.match(text):
            result = (EXCEL_EPOCH + dt.timedelta(days=int(m[1]))).isoformat()
        else:
            raise ValueError(Message("'{text}' is not a date (expected dd/mm/yyyy or a year)",
                                    text=text))
    year = int(result[:4])
    if year < _MIN_YEAR or result > today.isoformat():
        raise ValueError(Message("date of birth {date} is not plausible",
                                 date=show_date(result)))
    return result


def show_date(stored: str | dt.date) -> str:
    """dd/mm/yyyy (or yyyy for a year-only birth date)."""
    if isinstance(stored, dt.date):
        return stored.strftime("%d/%m/%Y")
    if len(stored) == 4:
        return stored
    return f"{stored[8:10]}/{stored[5:7]}/{stored[:4]}"


def local_moment(stored: str | dt.datetime) -> dt.datetime:
    """A stored moment in this laptop's local time (a naive one is taken as local already)."""
    moment = stored if isinstance(stored, dt.datetime) else dt.datetime.fromisoformat(stored)
    return moment.astimezone() if moment.tzinfo else moment


def show_moment(stored: str | dt.datetime | None, seconds: bool = False) -> str:
    """'dd/mm/yyyy hh:mm' (with ':ss' when ``seconds``) in local time; '' for None, and text
    that is not a moment as it is."""
    if not stored:
        return ""
    try:
        moment = local_moment(stored)
    except ValueError:
        return str(stored)
    return moment.strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M")


def cell_value(stored: str | dt.date | None) -> dt.date | dt.datetime | str | None:
    """A stored date ('yyyy-mm-dd') or moment (ISO with a time) as a workbook's date cell
    holds it: a date, or a naive local date-time (Excel has no time zones); a year-only birth
    date stays text ('1985'); None stays empty."""
    if stored is None or isinstance(stored, dt.date):
        return stored
    if len(stored) == 4:
        return stored
    if len(stored) == 10:
        return _iso_date(stored)
    return local_moment(stored).replace(tzinfo=None)


@lru_cache(maxsize=65_536)  # a list of 500,000 people holds some 40,000 distinct dates
def _iso_date(stored: str) -> dt.date:
    return dt.date.fromisoformat(stored)


def admin_date_line(place: str, day: dt.date) -> str:
    """'<place>, ngày dd tháng mm năm yyyy' as administrative documents write it."""
    return f"{place}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def age_on(stored: str, day: dt.date) -> int:
    """Age in whole years; a year-only birth date counts as born on 1 January."""
    year = int(stored[:4])
    month, dom = (int(stored[5:7]), int(stored[8:10])) if len(stored) == 10 else (1, 1)
    return day.year - year - ((day.month, day.day) < (month, dom))
