"""What a planner types, read: days, age-group deadlines, milestones, opening hours. Bad
input raises ``ScheduleError`` (a ``ValueError``) and changes nothing."""

from __future__ import annotations

import datetime as dt
import re

from station_app.core.messages import Message
from station_app.core.scheduling import (
    AgeDeadline,
    Milestone,
    parse_time,
)


class ScheduleError(ValueError):
    """Bad input for planning or booking; nothing was changed."""


_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")


def parse_day(text: str | dt.date) -> dt.date:
    """A day from dd/mm/yyyy or yyyy-mm-dd."""
    if isinstance(text, dt.date):
        return text
    value = text.strip()
    try:
        if m := _DMY.match(value):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ScheduleError(Message("'{text}' is not a day (expected dd/mm/yyyy)", text=str(text))) from None


def parse_deadline(text: str) -> AgeDeadline:
    """'14-22:31/08/2025' (ages 14 to 22 by 31/08/2025) or '23+:30/09/2025'."""
    ages, sep, day = text.partition(":")
    m = re.fullmatch(r"\s*(\d+)\s*(?:(\+)|-\s*(\d+)?)?\s*", ages)
    if not sep or not m:
        raise ScheduleError(Message("'{text}' is not an age-group deadline (expected "
                                    "14-22:31/08/2025 or 23+:30/09/2025)", text=text))
    low = int(m[1])
    high = int(m[3]) if m[3] else (None if (m[2] or ages.strip().endswith("-")) else low)
    if high is not None and high < low:
        raise ScheduleError(Message("'{text}': the age group {low}-{high} is empty", text=text,
                                    low=low, high=high))
    return AgeDeadline(low, high, parse_day(day))


def parse_milestone(text: str) -> Milestone:
    """'771797:15/06/2021' (771,797 people collected by 15/06/2021, that day included; '771,797'
    and '771.797' read the same) or '96.2%:15/06/2021' (a share of the campaign's target)."""
    what, sep, day = text.partition(":")
    what = what.strip().replace(" ", "")
    bad = Message("'{text}' is not a milestone (expected 771797:15/06/2021 or "
                  "96.2%:15/06/2021)", text=text)
    if not sep or not what:
        raise ScheduleError(bad)
    if what.endswith("%"):
        try:
            percent = float(what[:-1].replace(",", "."))
        except ValueError:
            raise ScheduleError(bad) from None
        if not 0 < percent <= 100:
            raise ScheduleError(Message("'{text}': a share is more than 0 % and at most 100 %",
                                        text=text))
        return Milestone(None, percent, parse_day(day))
    digits = what.replace(",", "").replace(".", "")
    if not digits.isdigit() or int(digits) < 1:
        raise ScheduleError(bad)
    return Milestone(int(digits), None, parse_day(day))


def parse_hours(text: str) -> list[tuple[str, str]]:
    """'07:00-11:30,13:30-17:00' -> [('07:00', '11:30'), ('13:30', '17:00')]."""
    result = []
    for part in text.split(","):
        opens, sep, closes = part.replace("–", "-").partition("-")
        if not sep:
            raise ScheduleError(Message("'{text}' is not opening hours (expected 07:00-11:30)",
                                        text=part.strip()))
        try:
            parse_time(opens), parse_time(closes)
        except ValueError as exc:
            raise ScheduleError(exc.args[0]) from None
        result.append((opens.strip(), closes.strip()))
    return result
