"""Vietnamese personal ID numbers (số định danh cá nhân, 12 digits) and old CMND (9 digits).

Structure of the 12-digit number: 3 digits province (or country) code of birth registration,
1 digit of century and gender (0/1 = 20th century male/female, 2/3 = 21st, 4/5 = 22nd, …),
2 digits of the birth year, 6 serial digits.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from station_app.core.messages import Message, joined
from station_app.resources import resource_path

__all__ = [
    "PersonalId", "parse_personal_id", "check_personal_id", "clean_id_text", "restore_id",
    "province_name", "is_old_id", "id_parts",
]


@cache
def _provinces() -> dict[str, str]:
    with open(resource_path("data", "vn-province-codes.csv"), encoding="utf-8") as f:
        return {row["code"]: row["name"] for row in csv.DictReader(f)}


def province_name(code: str) -> str | None:
    return _provinces().get(code)


@dataclass(frozen=True)
class PersonalId:
    number: str
    place_code: str
    century: int  # 1900, 2000, ...
    gender: str  # "M" or "F"
    birth_year: int
    serial: str

    @property
    def province(self) -> str | None:
        """Province of birth registration; None when the code is not a province (births
        registered abroad carry a country code, which is not an error)."""
        return province_name(self.place_code)


def parse_personal_id(number: str) -> PersonalId:
    """Parse a 12-digit ID; ValueError says exactly what is wrong with its form."""
    if not number.isdigit():
        raise ValueError(Message("ID number '{number}' must contain digits only", number=number))
    if len(number) != 12:
        raise ValueError(Message("ID number '{number}' has {count} digits, a personal ID has 12",
                                 number=number, count=len(number)))
    digit = int(number[3])
    century = 1900 + 100 * (digit // 2)
    return PersonalId(
        number=number,
        place_code=number[:3],
        century=century,
        gender="M" if digit % 2 == 0 else "F",
        birth_year=century + int(number[4:6]),
        serial=number[6:],
    )


def check_personal_id(number: str, gender: str | None, birth_year: int | None) -> list[str]:
    """Reasons the ID disagrees with the resident's gender and birth year (empty if none)."""
    try:
        pid = parse_personal_id(number)
    except ValueError as exc:
        return [exc.args[0]]
    problems = []
    if gender in ("M", "F") and pid.gender != gender:
        problems.append(
            Message("ID digit 4 ('{digit}') says male, but the resident is female",
                    digit=number[3]) if gender == "F" else
            Message("ID digit 4 ('{digit}') says female, but the resident is male",
                    digit=number[3]))
    if birth_year is not None and pid.birth_year != birth_year:
        if pid.birth_year % 100 == birth_year % 100:
            problems.append(Message(
                "ID digit 4 ('{digit}') says born in the {century}s, but the birth year is "
                "{year}", digit=number[3], century=pid.century, year=birth_year))
        else:
            problems.append(Message(
                "ID digits 5-6 ('{digits}') say born in {said}, but the birth year is {year}",
                digits=number[4:6], said=pid.birth_year, year=birth_year))
    return problems


def id_parts(number: str, gender: str | None,
             birth_year: int | None) -> dict[str, Message | None]:
    """What each part of a 12-digit ID says against the resident, for a form that checks as
    the user types: "form" (12 digits), "province" (digits 1-3), "century_gender" (digit 4),
    "birth_year" (digits 5-6); None where the part agrees. When the form is wrong, only it."""
    try:
        pid = parse_personal_id(number)
    except ValueError as exc:
        return {"form": exc.args[0]}
    parts: dict[str, Message | None] = {"form": None, "province": None,
                                        "century_gender": None, "birth_year": None}
    if pid.province is None:
        parts["province"] = Message("ID digits 1-3 ('{code}') are not a province code",
                                    code=pid.place_code)
    for problem in check_personal_id(number, gender, birth_year):
        part = "birth_year" if problem.template.startswith("ID digits 5-6") else "century_gender"
        parts[part] = problem if parts[part] is None else joined([parts[part], problem])
    return parts


def is_old_id(number: str) -> bool:
    return len(number) == 9 and number.isdigit()


_FLOAT_TAIL = re.compile(r"\.0+$")
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?[eE]\+?\d+$")


def clean_id_text(value: object) -> str:
    """The digits of an ID cell as a spreadsheet may hold it: spaces, a trailing '.0', a leading
    apostrophe. Scientific notation (1.23457E+11) has lost digits: ValueError."""
    text = str(value).strip().lstrip("'")
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if _SCIENTIFIC.match(text):
        raise ValueError(Message(
            "ID '{text}' was turned into a number in scientific notation and lost digits",
            text=text))
    text = _FLOAT_TAIL.sub("", text).replace(" ", "").replace(".", "").replace("-", "")
    return text


def restore_id(digits: str, length: int, gender: str | None, birth_year: int | None) -> str:
    """Put back the leading zeros a spreadsheet removed (province codes start with 0).

    Restores only when the result is consistent with the resident (known province for 12-digit
    numbers, gender and birth year agree); otherwise ValueError with the reason.
    """
    if len(digits) == length or not digits.isdigit():
        return digits
    if len(digits) > length:
        raise ValueError(Message("ID '{digits}' has {count} digits, expected {length}",
                                 digits=digits, count=len(digits), length=length))
    padded = digits.zfill(length)
    if length == 9 and padded.startswith("00"):  # old IDs start with a province code 01..
        raise ValueError(Message(
            "ID '{digits}' has {count} digits; an old ID (CMND) has 9 and only one leading zero "
            "can be missing, so it was not restored", digits=digits, count=len(digits)))
    if length == 12:
        if province_name(padded[:3]) is None or check_personal_id(padded, gender, birth_year):
            raise ValueError(Message(
                "ID '{digits}' has {count} digits; with its leading zeros put back ('{padded}') "
                "it does not match the resident, so it was not restored",
                digits=digits, count=len(digits), padded=padded))
    return padded
