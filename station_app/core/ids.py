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

from station_app.resources import resource_path

__all__ = [
    "PersonalId", "parse_personal_id", "check_personal_id", "clean_id_text", "restore_id",
    "province_name", "is_old_id",
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
        raise ValueError(f"ID number '{number}' must contain digits only")
    if len(number) != 12:
        raise ValueError(f"ID number '{number}' has {len(number)} digits, a personal ID has 12")
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
        return [str(exc)]
    problems = []
    if gender in ("M", "F") and pid.gender != gender:
        said = "male" if pid.gender == "M" else "female"
        problems.append(
            f"ID digit 4 ('{number[3]}') says {said}, but the resident is "
            f"{'male' if gender == 'M' else 'female'}"
        )
    if birth_year is not None and pid.birth_year != birth_year:
        if pid.birth_year % 100 == birth_year % 100:
            problems.append(
                f"ID digit 4 ('{number[3]}') says born in the {pid.century}s, "
                f"but the birth year is {birth_year}"
            )
        else:
            problems.append(
                f"ID digits 5-6 ('{number[4:6]}') say born in {pid.birth_year}, "
                f"but the birth year is {birth_year}"
            )
    return problems


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
        raise ValueError(f"ID '{text}' was turned into a number in scientific notation and lost digits")
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
        raise ValueError(f"ID '{digits}' has {len(digits)} digits, expected {length}")
    padded = digits.zfill(length)
    if length == 9 and padded.startswith("00"):  # old IDs start with a province code 01..
        raise ValueError(
            f"ID '{digits}' has {len(digits)} digits; an old ID (CMND) has 9 and only one "
            f"leading zero can be missing, so it was not restored"
        )
    if length == 12:
        if province_name(padded[:3]) is None or check_personal_id(padded, gender, birth_year):
            raise ValueError(
                f"ID '{digits}' has {len(digits)} digits; with its leading zeros put back "
                f"('{padded}') it does not match the resident, so it was not restored"
            )
    return padded
