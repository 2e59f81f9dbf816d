"""Finding residents as people type: names with or without diacritics, IDs, dates of birth,
household codes; best first. And lookup of what a typed or scanned text identifies."""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata

import pytest
from cli_helpers import lead_of

from station_app.services.lookup import NotFound, lookup
from station_app.services.roster_import import import_roster
from station_app.services.search import SearchError, search_residents

HEADERS = ["Mã hộ", "Họ và tên", "Giới tính", "Ngày sinh", "Số định danh cá nhân", "Số CMND",
           "Quan hệ với chủ hộ"]
PEOPLE = [
    ["HK9001", "Nguyễn Văn An", "Nam", "05/03/1985", "040085012345", "187654321", "Chủ hộ"],
    ["HK9001", "Nguyễn Thị An", "Nữ", "1987", "", "", "Vợ"],
    ["HK9001", "Nguyễn Văn Ân", "Nam", "10/10/2010", "", "", "Con"],
    ["HK9002", "Nguyễn Văn An", "Nam", "20/07/2001", "040201765432", "", "Chủ hộ"],
    ["HK9002", "Nguyễn Văn Anh", "Nam", "1987", "", "", "Con"],
    ["HK9002", "Nguyễn Văn Đức An", "Nam", "01/01/1990", "", "", "Con"],
    ["HK9003", "Trần Văn An", "Nam", "02/02/1960", "", "", "Chủ hộ"],
    ["HK9003", "Đặng Thị Hoà", "Nữ", "03/03/1962", "", "", "Vợ"],
    ["HK9003", "Đặng Văn Bình", "Nam", "04/04/1987", "", "", "Con"],
    ["HK9004", "Lê Hải Đăng", "Nam", "05/05/1970", "", "", "Chủ hộ"],
    ["HK9004", "Hoàng Thị Mai", "Nữ", "06/06/1972", "", "", "Vợ"],
    ["HK9004", "Lê Thị Hòa", "Nữ", "07/07/1999", "", "", "Con"],
]


@pytest.fixture
def people_db(db, tmp_path, lead):
    out = io.StringIO()
    csv.writer(out).writerows([HEADERS, *PEOPLE])
    path = tmp_path / "people.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    result = import_roster(db, path, today=dt.date(2026, 1, 15), operator=lead)
    assert result.imported == len(PEOPLE)
    return db


def names(rows) -> list[tuple[str, str]]:
    return [(r["full_name"], r["household_code"]) for r in rows]


def found(db, text, limit=50) -> set[tuple[str, str]]:
    return set(names(search_residents(db, text, limit=limit, operator=lead_of(db))))


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


NGUYEN_VAN_AN = {("Nguyễn Văn An", "HK9001"), ("Nguyễn Văn An", "HK9002"),
                 ("Nguyễn Văn Ân", "HK9001")}


@pytest.mark.parametrize("typed", [
    "nguyen van an", "Nguyễn Văn An", "NGUYEN VAN AN", "NGUYỄN VĂN AN", nfd("Nguyễn Văn An"),
    "  nguyen   van an ",
])
def test_the_same_people_however_the_name_is_typed(people_db, typed):
    assert NGUYEN_VAN_AN <= found(people_db, typed)
    assert found(people_db, typed) == found(people_db, "nguyen van an")
    assert ("Trần Văn An", "HK9003") not in found(people_db, typed)


def test_d_with_stroke(people_db):
    expected = found(people_db, "dang")
    assert {("Đặng Thị Hoà", "HK9003"), ("Đặng Văn Bình", "HK9003"),
            ("Lê Hải Đăng", "HK9004")} == expected
    for typed in ("đặng", "Đặng", "ĐẶNG", "DANG", nfd("Đặng")):
        assert found(people_db, typed) == expected


def test_old_and_new_tone_placement(people_db):
    expected = {("Đặng Thị Hoà", "HK9003"), ("Lê Thị Hòa", "HK9004")}
    for typed in ("thi hoa", "Thị Hòa", "Thị Hoà", nfd("Thị Hoà")):
        assert found(people_db, typed) == expected


def test_middle_and_given_name(people_db):
    assert found(people_db, "van an") == NGUYEN_VAN_AN | {("Trần Văn An", "HK9003")}


def test_given_name_only(people_db):
    assert found(people_db, "an") == NGUYEN_VAN_AN | {
        ("Trần Văn An", "HK9003"), ("Nguyễn Thị An", "HK9001"),
        ("Nguyễn Văn Đức An", "HK9002")}


def test_family_and_given_without_middle(people_db):
    assert found(people_db, "nguyen an") == NGUYEN_VAN_AN | {
        ("Nguyễn Thị An", "HK9001"), ("Nguyễn Văn Đức An", "HK9002")}


def test_a_name_being_typed_finds_its_prefix(people_db):
    assert {("Nguyễn Văn Anh", "HK9002")} <= found(people_db, "nguyen van a")
    assert found(people_db, "nguyen v") >= NGUYEN_VAN_AN | {("Nguyễn Văn Anh", "HK9002")}


def test_best_first(people_db, lead):
    rows = names(search_residents(people_db, "nguyen van an", operator=lead))
    # the whole name first (two people of the same name, in either order), then the same
    # letters with other marks, then a longer given name, then one more middle name
    assert set(rows[:2]) == {("Nguyễn Văn An", "HK9001"), ("Nguyễn Văn An", "HK9002")}
    assert rows[2:] == [("Nguyễn Văn Ân", "HK9001"), ("Nguyễn Văn Anh", "HK9002"),
                        ("Nguyễn Văn Đức An", "HK9002")]
    # typed with its diacritics, the name exactly as written comes before the other spellings
    rows = names(search_residents(people_db, "Nguyễn Văn Ân", operator=lead))
    assert rows[0] == ("Nguyễn Văn Ân", "HK9001")
    assert set(rows[1:3]) == {("Nguyễn Văn An", "HK9001"), ("Nguyễn Văn An", "HK9002")}


def test_more_people_of_one_name_than_the_limit_are_the_same_people_however_typed(db, tmp_path, lead):
    """30 'Nguyễn Văn Ấn', 30 'Nguyễn Văn Ân', 10 'Nguyễn Văn An' (entered in that order): the
    20 shown are the first in Vietnamese order (the 10 An, then 10 Ân) whichever way the name
    is typed, and those spelled as typed come first among them."""
    rows = [[f"HK{spelling}{i:02d}", f"Nguyễn Văn {spelling}", "Nam", f"{i + 1:02d}/01/1990",
             "", "", "Chủ hộ"] for spelling, n in (("Ấn", 30), ("Ân", 30), ("An", 10))
            for i in range(n)]
    out = io.StringIO()
    csv.writer(out).writerows([HEADERS, *rows])
    path = tmp_path / "many.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    import_roster(db, path, today=dt.date(2026, 1, 15), operator=lead)
    shown = {typed: [r["full_name"] for r in search_residents(db, typed, operator=lead)] for typed in (
        "nguyen van an", "Nguyễn Văn An", "NGUYỄN VĂN ÂN", nfd("Nguyễn Văn Ân"), "Nguyễn Văn Ấn")}
    people = {typed: {r["id"] for r in search_residents(db, typed, operator=lead)} for typed in shown}
    assert all(ids == people["nguyen van an"] for ids in people.values())
    assert shown["nguyen van an"] == ["Nguyễn Văn An"] * 10 + ["Nguyễn Văn Ân"] * 10
    assert shown["Nguyễn Văn An"] == shown["nguyen van an"]
    assert shown["NGUYỄN VĂN ÂN"] == ["Nguyễn Văn Ân"] * 10 + ["Nguyễn Văn An"] * 10
    assert shown[nfd("Nguyễn Văn Ân")] == shown["NGUYỄN VĂN ÂN"]
    assert shown["Nguyễn Văn Ấn"] == shown["nguyen van an"]  # no Ấn among the first 20


def test_limit(people_db, lead):
    assert len(search_residents(people_db, "nguyen", limit=2, operator=lead)) == 2
    with pytest.raises(SearchError):
        search_residents(people_db, "nguyen", limit=0, operator=lead)


def test_by_personal_id_and_old_id(people_db, lead):
    assert names(search_residents(people_db, "040085012345", operator=lead)) == [("Nguyễn Văn An", "HK9001")]
    assert names(search_residents(people_db, "040 085 012 345", operator=lead)) == [("Nguyễn Văn An", "HK9001")]
    assert names(search_residents(people_db, "187654321", operator=lead)) == [("Nguyễn Văn An", "HK9001")]
    assert found(people_db, "0402017") == {("Nguyễn Văn An", "HK9002")}  # being typed
    assert search_residents(people_db, "999999999999", operator=lead) == []


@pytest.mark.parametrize("typed", ["05/03/1985", "5/3/1985", "05-03-1985", "1985-03-05"])
def test_by_date_of_birth(people_db, typed, lead):
    assert names(search_residents(people_db, typed, operator=lead)) == [("Nguyễn Văn An", "HK9001")]


def test_by_year_of_birth(people_db):
    # year-only records and full dates of that year
    assert found(people_db, "1987") == {("Nguyễn Thị An", "HK9001"), ("Nguyễn Văn Anh", "HK9002"),
                                        ("Đặng Văn Bình", "HK9003")}


def test_by_household_code(people_db):
    expected = {(p[1], p[0]) for p in PEOPLE if p[0] == "HK9003"}
    assert found(people_db, "HK9003") == expected
    assert found(people_db, "hk9003") == expected


def test_result_fields(people_db, lead):
    row = search_residents(people_db, "040085012345", operator=lead)[0]
    assert row["full_name"] == "Nguyễn Văn An"
    assert row["household_code"] == "HK9001"
    assert row["date_of_birth"] == "1985-03-05"
    assert row["personal_id"] == "040085012345"
    assert row["id"] and isinstance(row["id"], str)


@pytest.mark.parametrize("text, message", [
    ("", "search text is empty"),
    ("   ", "search text is empty"),
    ("...", "'...' has no letters or digits to search for"),
    ("31/02/1990", "'31/02/1990' is not a real date (day 31, month 2, year 1990)"),
])
def test_bad_search_text(people_db, text, message, lead):
    with pytest.raises(SearchError) as exc:
        search_residents(people_db, text, operator=lead)
    assert str(exc.value) == message
    assert isinstance(exc.value, ValueError)


def test_variants_on_a_synthetic_roster(roster_db, lead):
    """The most common full name of the synthetic roster, typed four ways."""
    full_name, count = roster_db.conn.execute(
        "SELECT full_name, count(*) AS n FROM residents GROUP BY name_fold "
        "ORDER BY n DESC LIMIT 1").fetchone()
    assert count >= 2
    variants = [full_name, full_name.upper(), nfd(full_name),
                roster_db.scalar("SELECT name_fold FROM residents WHERE full_name = ?",
                                 (full_name,))]
    results = [{r["id"] for r in search_residents(roster_db, v, limit=500, operator=lead)} for v in variants]
    assert len(results[0]) >= count
    assert all(r == results[0] for r in results)


# -- lookup -----------------------------------------------------------------------------------

def test_lookup_personal_id_and_old_id(people_db, lead):
    found_pid = lookup(people_db, "040085012345", operator=lead)
    assert found_pid["kind"] == "resident"
    assert found_pid["record"]["full_name"] == "Nguyễn Văn An"
    assert found_pid["record"]["household_code"] == "HK9001"
    assert lookup(people_db, "187654321", operator=lead) == found_pid


def test_lookup_household_code_lists_members_in_vietnamese_order(people_db, lead):
    found_hh = lookup(people_db, "hk9001", operator=lead)
    assert found_hh["kind"] == "household"
    assert found_hh["record"]["code"] == "HK9001"
    assert [m["full_name"] for m in found_hh["record"]["members"]] == [
        "Nguyễn Thị An", "Nguyễn Văn An", "Nguyễn Văn Ân"]


def test_lookup_record_id(people_db, lead):
    resident = search_residents(people_db, "040085012345", operator=lead)[0]
    assert lookup(people_db, resident["id"], operator=lead)["record"]["full_name"] == "Nguyễn Văn An"
    assert lookup(people_db, resident["household_id"], operator=lead)["kind"] == "household"


@pytest.mark.parametrize("text", ["", "  ", "999999999999", "HK404", "Nguyễn Văn An"])
def test_lookup_not_found(people_db, text, lead):
    with pytest.raises(NotFound):
        lookup(people_db, text, operator=lead)


def test_each_search_and_lookup_is_recorded_with_who_and_whom(people_db, staff):
    """Who looked up whom: one audit entry per search (the text and the count found) and per
    lookup (the text, and the ids of the resident or household shown; none when not found)."""
    import json

    def entries():
        return [(r["operator"], r["action"], json.loads(r["detail"])) for r in people_db.query(
            "SELECT operator, action, detail FROM audit WHERE action LIKE 'resident.%'"
            " ORDER BY rowid")]

    rows = search_residents(people_db, "nguyen van an", operator=staff)
    person = lookup(people_db, "040085012345", operator=staff)["record"]
    household = lookup(people_db, "HK9002", operator=staff)["record"]
    with pytest.raises(NotFound):
        lookup(people_db, "999999999999", operator=staff)
    assert entries() == [
        (staff.name, "resident.search", {"text": "nguyen van an", "count": len(rows)}),
        (staff.name, "resident.lookup", {"text": "040085012345", "kind": "resident",
                                         "ids": [person["id"], person["household_id"]]}),
        (staff.name, "resident.lookup", {"text": "HK9002", "kind": "household",
                                         "ids": [household["id"]]}),
        (staff.name, "resident.lookup", {"text": "999999999999", "kind": None, "ids": []}),
    ]
