"""The home page's figures (services/home.py) on real station databases: today's sessions with
what the ticket table and the desks did, and what needs doing, each naming the screen and the
thing to open; at HQ, the stations that went silent and those waiting for a bundle."""

from __future__ import annotations

import datetime as dt

import pytest
import test_sync

from station_app.core.permissions import NotAllowed
from station_app.services import floor
from station_app.services import letters as L
from station_app.services import sessions as S
from station_app.services.backups import take_backup
from station_app.services.home import home
from station_app.services.letter_codes import letter_code
from station_app.services.operators import find_operator

_sites_template, sites = test_sync._sites_template, test_sync.sites
HALL = "Hội trường UBND xã Hòa Bình"


def _kinds(figures) -> dict:
    return {item["kind"]: item for item in figures["todo"]}


@pytest.fixture
def booked_today(roster_db, lead):
    """Sessions today and the next six days, two villages booked; nothing printed yet."""
    today = dt.date.today()
    S.create_sessions(roster_db, S.week_specs(today, HALL, [("07:00", "17:00")], 20, 12,
                                              days=7), today=today, operator=lead)
    villages = [r["name"] for r in roster_db.query(
        "SELECT name FROM areas WHERE kind = 'village' ORDER BY name_fold")][:2]
    S.book_villages(roster_db, villages, today=today, operator=lead)
    return roster_db, villages


def test_todays_session_counts_booked_checked_in_and_collected(booked_today, lead, staff,
                                                               volunteer, tmp_path):
    db, villages = booked_today
    today = dt.date.today()
    session = S.list_sessions(db, today, today, operator=lead)[0]
    household = db.scalar("SELECT household_id FROM appointments WHERE session_id = ?"
                          " GROUP BY household_id HAVING COUNT(*) >= 2 LIMIT 1", (session["id"],))
    assert household is not None
    before = home(db, operator=lead)
    assert [(s["id"], s["booked"], s["checked_in"], s["collected"])
            for s in before["sessions"]] == [(session["id"], session["booked"], 0, 0)]
    assert session["booked"] > 0
    scanned = floor.scan_at_table(db, letter_code(db, household, None), operator=volunteer)
    arrived = len(scanned["checked_in"])
    assert arrived >= 2
    person = db.scalar("SELECT resident_id FROM appointments WHERE household_id = ?"
                       " AND session_id = ? LIMIT 1", (household, session["id"]))
    floor.desk_action(db, "1", "call_next", operator=staff)
    ticket = floor.current_at_desk(db, "1", operator=staff)
    floor.record_outcome(db, person, "collected", ticket["id"], "1", operator=staff)
    after = home(db, operator=lead)["sessions"][0]
    assert (after["booked"], after["checked_in"], after["collected"]) == (
        session["booked"], arrived, 1)


def test_letters_not_printed_then_not_delivered_name_their_session_and_village(
        booked_today, lead, tmp_path):
    db, villages = booked_today
    todo = _kinds(home(db, operator=lead))
    first = S.list_sessions(db, dt.date.today(), operator=lead)[0]
    unprinted = todo["letters_unprinted"]
    assert unprinted["screen"] == "Letters" and unprinted["select"] == first["id"]
    assert unprinted["count"] == db.scalar("SELECT COUNT(*) FROM letters l JOIN appointments a"
                                           " ON a.id = l.appointment_id JOIN sessions s ON"
                                           " s.id = a.session_id WHERE s.day <= ?",
                                           ((dt.date.today() + dt.timedelta(days=3)).isoformat(),))
    assert "letters_undelivered" not in todo
    L.print_letters(db, tmp_path / "letters.pdf", villages=[villages[0]], operator=lead)
    todo = _kinds(home(db, operator=lead))
    undelivered = todo["letters_undelivered"]
    assert undelivered["screen"] == "Delivery" and undelivered["village"] == villages[0]
    assert undelivered["select"] == db.scalar("SELECT id FROM areas WHERE name = ?",
                                              (villages[0],))
    code = db.scalar("SELECT h.code FROM households h JOIN letters l ON l.household_id = h.id"
                     " JOIN areas v ON v.id = h.village_id WHERE v.name = ? LIMIT 1",
                     (villages[0],))
    assert code
    L.print_letters(db, tmp_path / "rest.pdf", villages=[villages[1]], operator=lead)
    todo = _kinds(home(db, operator=lead))
    assert "letters_unprinted" not in todo


def test_the_last_backup_and_its_folder_late_until_one_is_taken(db, lead):
    item = _kinds(home(db, operator=lead))["backup"]
    assert item["taken_at"] is None and item["late"] and item["screen"] == "Backups"
    backup = take_backup(db)
    item = _kinds(home(db, operator=lead))["backup"]
    assert item["taken_at"] == backup.taken_at and not item["late"]
    assert item["folder"] == str(backup.path.parent)
    later = dt.datetime.fromisoformat(backup.taken_at) + dt.timedelta(hours=3)
    assert _kinds(home(db, now=later, operator=lead))["backup"]["late"]


def test_a_deadline_at_risk_names_its_age_group(roster_db, lead):
    today = dt.date.today()
    S.create_campaign(roster_db, "CCCD", [S.parse_deadline(
        f"14+:{(today + dt.timedelta(days=5)).strftime('%d/%m/%Y')}")],
        today - dt.timedelta(days=10), today + dt.timedelta(days=20), operator=lead)
    item = _kinds(home(roster_db, operator=lead))["deadline_at_risk"]
    assert item["screen"] == "Dashboard" and item["ages"] and item["remaining"] > 0
    assert item["needed_per_day"] > item["achieved_per_day"] == 0


def test_a_volunteer_may_not_read_the_home_page(db, volunteer):
    with pytest.raises(NotAllowed):
        home(db, operator=volunteer)


def test_hq_sees_silent_stations_and_stations_to_write_back(sites):
    hq = sites["hq"]
    officer = find_operator(hq, "Cán bộ Sở")
    todo = _kinds(home(hq, operator=officer))
    assert todo["stations_silent"]["stations"] == ["XA01", "XA02"]  # none ever sent a bundle
    assert todo["stations_silent"]["screen"] == "HQ"
    assert todo["write_back"]["stations"] == ["XA01", "XA02"]  # the roster is not there yet
    assert "letters_unprinted" not in todo and "not_at_hq" not in todo
    folder = sites["dir"]
    test_sync.send(sites["xa01"], hq, folder, "1")
    todo = _kinds(home(hq, operator=officer))
    assert todo["stations_silent"]["stations"] == ["XA02"]


def test_hq_is_asked_to_write_the_bundles_back_only_until_it_has_written_them(sites):
    """Found in HQ's trial: 'write the bundles back' stayed up after HQ wrote them, until the
    stations answered days later. It asks while a station lacks changes no bundle written to it
    holds; a change HQ gets afterwards (a station's bundle) asks again, for the others."""
    from station_app.services.syncing import export_to_stations

    hq, folder = sites["hq"], sites["dir"]
    officer = find_operator(hq, "Cán bộ Sở")
    assert _kinds(home(hq, operator=officer))["write_back"]["stations"] == ["XA01", "XA02"]
    (folder / "out").mkdir()
    export_to_stations(hq, folder / "out", operator=officer)
    todo = _kinds(home(hq, operator=officer))
    assert "write_back" not in todo  # written: on their way, not yet acknowledged
    assert todo["stations_silent"]["stations"] == ["XA01", "XA02"]  # the quieter signal stays
    test_sync.send(sites["xa01"], hq, folder, "1")  # XA01's changes: new for XA02 only
    assert _kinds(home(hq, operator=officer))["write_back"]["stations"] == ["XA02"]
