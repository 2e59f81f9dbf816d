"""The lead's roster edits, through the service on real station databases: the history kept
(who, when, before and after), the ID checks naming the part that disagrees, roles refused
(and recorded), and the edit with its history carried by a real bundle to another station."""

from __future__ import annotations

import re

import pytest
from cli_helpers import lead_of
from test_sync import _sites_template, send, sites  # noqa: F401 (the sync tests' stations)

from station_app.core.dates import show_moment
from station_app.core.ids import id_parts
from station_app.core.permissions import NotAllowed
from station_app.services.roster_edits import (
    RosterEditError,
    add_household,
    add_resident,
    edit_resident,
    resident_for_edit,
    roster_history,
    villages,
)
from station_app.storage import Database


def _resident(db, where: str = "personal_id IS NOT NULL AND length(dob) = 10") -> dict:
    return db.one(f"SELECT * FROM residents WHERE {where} ORDER BY id LIMIT 1")


def _id_for(dob: str, gender: str, province: str = "001", serial: str = "123456") -> str:
    year = int(dob[:4])
    digit = 2 * ((year - 1900) // 100) + (gender == "F")
    return f"{province}{digit}{year % 100:02d}{serial}"


def test_a_correction_keeps_its_history_and_changes_the_search_forms(roster_db, lead):
    person = _resident(roster_db)
    result = edit_resident(roster_db, person["id"], {"full_name": "Lê  Thị   Hồng Nhung",
                                                     "card_status": "exempt"}, operator=lead)
    assert result["changed"] == ["full_name", "card_status"]
    stored = _resident(roster_db, f"id = '{person['id']}'")
    assert stored["full_name"] == "Lê Thị Hồng Nhung"
    assert stored["name_fold"] == "le thi hong nhung" and stored["card_status"] == "exempt"
    history = roster_history(roster_db, person["id"], operator=lead)
    assert [(h["field"], h["before"], h["after"], h["operator"], h["station"]) for h in history] \
        == [("full_name", person["full_name"], "Lê Thị Hồng Nhung", lead.name, "XA01"),
            ("card_status", person["card_status"], "exempt", lead.name, "XA01")]
    assert history[0]["at"].startswith("20")
    assert roster_db.scalar("SELECT COUNT(*) FROM audit WHERE action = 'roster.edit'") == 1
    # the same values again change nothing and write no history
    again = edit_resident(roster_db, person["id"], {"full_name": "Lê Thị Hồng Nhung"},
                          operator=lead)
    assert again["changed"] == [] and len(roster_history(roster_db, person["id"],
                                                         operator=lead)) == 2


def test_a_birth_date_and_id_corrected_together(roster_db, lead):
    person = _resident(roster_db)
    dob = "1987-03-09"
    number = _id_for(dob, person["gender"], serial="654321")
    edit_resident(roster_db, person["id"], {"dob": "09/03/1987", "personal_id": number},
                  operator=lead)
    stored = _resident(roster_db, f"id = '{person['id']}'")
    assert (stored["dob"], stored["personal_id"]) == (dob, number)
    fields = {h["field"]: (h["before"], h["after"])
              for h in roster_history(roster_db, person["id"], operator=lead)}
    assert fields == {"dob": (person["dob"], dob),
                      "personal_id": (person["personal_id"], number)}


def test_a_bad_id_says_which_part_disagrees_and_changes_nothing(roster_db, lead):
    person = _resident(roster_db)
    female, male = ("F", "M") if person["gender"] == "F" else ("M", "F")
    good = _id_for(person["dob"], person["gender"], serial="777777")
    cases = {
        good[:3] + str(int(good[3]) ^ 1) + good[4:]: "says " + ("female" if male == "F" else
                                                                "male"),
        good[:4] + f"{(int(good[4:6]) + 1) % 100:02d}" + good[6:]: "ID digits 5-6",
        "999" + good[3:]: "ID digits 1-3 ('999') are not a province code",
        good[:11]: "has 11 digits",
        good[:11] + "x": "digits only",
    }
    before = roster_db.one("SELECT * FROM residents WHERE id = ?", (person["id"],))
    for number, part in cases.items():
        with pytest.raises(RosterEditError) as raised:
            edit_resident(roster_db, person["id"], {"personal_id": number}, operator=lead)
        assert part in str(raised.value), (number, str(raised.value))
        assert raised.value.args[0].template == "ID {number}: {problem}"
    # a birth date that the stored ID contradicts is refused too, naming the year digits
    with pytest.raises(RosterEditError, match="digits 5-6"):
        edit_resident(roster_db, person["id"], {"dob": f"{int(person['dob'][:4]) - 1}"
                                                f"{person['dob'][4:]}"}, operator=lead)
    assert roster_db.one("SELECT * FROM residents WHERE id = ?", (person["id"],)) == before
    assert roster_history(roster_db, person["id"], operator=lead) == []


def test_id_parts_one_by_one():
    assert id_parts("001087123456", "M", 1987) == {
        "form": None, "province": None, "century_gender": None, "birth_year": None}
    parts = id_parts("001187123456", "M", 1986)
    assert parts["province"] is None
    assert "says female" in parts["century_gender"] and "born in 1987" in parts["birth_year"]
    assert set(id_parts("00108712", "M", 1987)) == {"form"}


def test_move_to_another_household_and_refusals(roster_db, lead):
    person = _resident(roster_db)
    other = roster_db.one("SELECT id, code FROM households WHERE id IS NOT ? ORDER BY code DESC"
                          " LIMIT 1", (person["household_id"],))
    old_code = roster_db.scalar("SELECT code FROM households WHERE id = ?",
                                (person["household_id"],))
    edit_resident(roster_db, person["id"], {"household_code": other["code"]}, operator=lead)
    assert roster_db.scalar("SELECT household_id FROM residents WHERE id = ?",
                            (person["id"],)) == other["id"]
    (entry,) = roster_history(roster_db, person["id"], operator=lead)
    assert (entry["field"], entry["before"], entry["after"]) == (
        "household_code", old_code, other["code"])
    with pytest.raises(RosterEditError, match="no household with code NOPE"):
        edit_resident(roster_db, person["id"], {"household_code": "NOPE"}, operator=lead)
    with pytest.raises(RosterEditError, match="is not one of"):
        edit_resident(roster_db, person["id"], {"card_status": "lost"}, operator=lead)
    with pytest.raises(RosterEditError, match="full name is empty"):
        edit_resident(roster_db, person["id"], {"full_name": "  "}, operator=lead)


def test_add_household_then_a_resident_in_it(roster_db, lead):
    (village, *_) = villages(roster_db, operator=lead)
    household = add_household(roster_db, "HB-NEW-1", village["id"], "Xóm Mới", "Đinh Văn Tư",
                              "0912 345 678", operator=lead)
    with pytest.raises(RosterEditError, match="already on the roster"):
        add_household(roster_db, "HB-NEW-1", operator=lead)
    number = _id_for("1990-05-04", "M", serial="100200")
    person = add_resident(roster_db, {"full_name": "Đinh Văn Tư", "dob": "04/05/1990",
                                      "gender": "M", "personal_id": number,
                                      "household_code": "HB-NEW-1", "relation": "Chủ hộ"},
                          operator=lead)
    assert person["household_code"] == "HB-NEW-1" and person["village"] == village["name"]
    assert person["card_status"] == "needs_card"
    history = {h["field"]: h["after"] for h in roster_history(roster_db, person["id"],
                                                              operator=lead)}
    assert history["personal_id"] == number and history["household_code"] == "HB-NEW-1"
    assert {h["field"] for h in roster_history(roster_db, household["id"], operator=lead)} >= {
        "code", "village_id", "head_name"}
    with pytest.raises(RosterEditError, match=f"a resident with ID {number} is already"):
        add_resident(roster_db, {"full_name": "Đinh Văn Tám", "dob": "1990", "gender": "M",
                                 "personal_id": number}, operator=lead)
    with pytest.raises(RosterEditError, match="date of birth is empty"):
        add_resident(roster_db, {"full_name": "Không Ngày Sinh"}, operator=lead)


def test_volunteers_and_staff_are_refused_and_recorded(roster_db, staff, volunteer):
    person = _resident(roster_db)
    before = roster_db.one("SELECT * FROM residents WHERE id = ?", (person["id"],))
    for who in (staff, volunteer):
        with pytest.raises(NotAllowed):
            edit_resident(roster_db, person["id"], {"full_name": "Ai Đó"}, operator=who)
        with pytest.raises(NotAllowed):
            add_resident(roster_db, {"full_name": "Ai Đó", "dob": "1990"}, operator=who)
        with pytest.raises(NotAllowed):
            add_household(roster_db, "X-1", operator=who)
        with pytest.raises(NotAllowed):
            resident_for_edit(roster_db, person["id"], operator=who)
    with pytest.raises(NotAllowed):
        edit_resident(roster_db, person["id"], {"full_name": "Ai Đó"}, operator=None)
    assert roster_db.one("SELECT * FROM residents WHERE id = ?", (person["id"],)) == before
    assert roster_db.scalar("SELECT COUNT(*) FROM roster_edits") == 0
    assert roster_db.scalar("SELECT COUNT(*) FROM audit WHERE action = 'refused' AND "
                            "detail LIKE '%roster.edit%'") == 9


def test_the_edit_and_its_history_travel_in_a_bundle(sites):  # noqa: F811
    hq, xa01, folder = sites["hq"], sites["xa01"], sites["dir"]
    send(hq, xa01, folder, "roster")
    person = _resident(xa01)
    edit_resident(xa01, person["id"], {"full_name": "Phạm Thị Đính Chính",
                                       "card_status": "moved"}, operator=lead_of(xa01))
    result = send(xa01, hq, folder, "evening")
    assert result  # merged
    stored = hq.one("SELECT full_name, name_fold, card_status FROM residents WHERE id = ?",
                    (person["id"],))
    assert stored == {"full_name": "Phạm Thị Đính Chính", "name_fold": "pham thi dinh chinh",
                      "card_status": "moved"}
    history = roster_history(hq, person["id"], operator=lead_of(hq))
    assert [(h["field"], h["before"], h["after"], h["station"], h["operator"]) for h in history] \
        == [("full_name", person["full_name"], "Phạm Thị Đính Chính", "XA01",
             lead_of(xa01).name),
            ("card_status", person["card_status"], "moved", "XA01", lead_of(xa01).name)]


def test_the_command_line_corrects_and_shows_the_history(roster_db_path, capsys, lead):
    from cli_helpers import run, run_json

    db = Database.open(roster_db_path)
    try:
        person = _resident(db)
    finally:
        db.close()
    done = run_json(capsys, "edit-resident", person["personal_id"], "--card-status", "deceased",
                    "--db", roster_db_path)
    assert done["changed"] == ["card_status"] and done["card_status"] == "deceased"
    assert [(h["field"], h["before"], h["after"], h["operator"]) for h in done["history"]] == [
        ("card_status", person["card_status"], "deceased", lead.name)]
    code, out, err = run(capsys, "edit-resident", person["personal_id"], "--db", roster_db_path)
    assert code == 0 and f"card_status {person['card_status']} -> deceased" in out
    when = show_moment(done["history"][0]["at"])  # as people read it; --json keeps ISO
    assert re.fullmatch(r"\d\d/\d\d/20\d\d \d\d:\d\d", when) and f"  {when} {lead.name}" in out
    wrong = person["personal_id"][:4] + f"{(int(person['personal_id'][4:6]) + 1) % 100:02d}" \
        + person["personal_id"][6:]
    code, out, err = run(capsys, "edit-resident", person["id"], "--id", wrong,
                         "--db", roster_db_path)
    assert code != 0 and "ID digits 5-6" in err and len(err.strip().splitlines()) == 1
