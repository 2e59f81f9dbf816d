"""What people say at the desk: a name with a birth year or a full birth date (SPEC §4), the
date first or last, with or without diacritics."""

from __future__ import annotations

import pytest

from station_app.core.text import fold
from station_app.services.search import search_residents


@pytest.fixture
def namesakes(roster_db):
    """A name several residents share, born on different days."""
    name = roster_db.scalar(
        "SELECT name_fold FROM residents WHERE length(dob) = 10 GROUP BY name_fold"
        " HAVING COUNT(DISTINCT substr(dob, 1, 4)) >= 2 ORDER BY COUNT(*) DESC LIMIT 1")
    return roster_db.query("SELECT id, full_name, dob FROM residents WHERE name_fold = ?"
                           " AND length(dob) = 10 ORDER BY sort_key", (name,))


def _ids(rows) -> set[str]:
    return {r["id"] for r in rows}


def test_a_name_with_a_birth_year_finds_those_born_that_year(roster_db, namesakes, staff):
    one = namesakes[0]
    year = one["dob"][:4]
    born = {p["id"] for p in namesakes if p["dob"].startswith(year)}
    assert born != _ids(namesakes)  # the year tells them apart
    for text in (f"{fold(one['full_name'])} {year}", f"{one['full_name']} {year}",
                 f"{year} {one['full_name'].upper()}"):
        found = search_residents(roster_db, text, operator=staff)
        assert born <= _ids(found), text
        assert all(r["date_of_birth"].startswith(year) for r in found), text


def test_a_name_with_a_full_date_finds_the_person(roster_db, namesakes, staff):
    one = namesakes[0]
    y, m, d = one["dob"].split("-")
    for text in (f"{fold(one['full_name'])} {d}/{m}/{y}", f"{d}.{m}.{y} {one['full_name']}",
                 f"{one['full_name'].split()[0]} {one['full_name'].split()[-1]} {d}/{m}/{y}"):
        found = search_residents(roster_db, text, operator=staff)
        assert one["id"] in _ids(found), text
        assert {r["date_of_birth"] for r in found} == {one["dob"]}, text


def test_a_name_and_a_date_of_nobody_finds_nobody(roster_db, namesakes, staff):
    assert search_residents(roster_db, f"{namesakes[0]['full_name']} 01/01/1901", operator=staff) == []
    assert search_residents(roster_db, "khong co ai ten nay 1970", operator=staff) == []
