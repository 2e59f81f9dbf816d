"""Sessions and automatic booking: capacity, households whole, deadline order, villages together,
moving and spreading a session, bad input that changes nothing, and two processes booking at
once. Against a real station database holding the small synthetic roster."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
from collections import defaultdict

import pytest
from cli_helpers import lead_of
from hypothesis import given, settings
from hypothesis import strategies as st

from station_app.core.dates import age_on
from station_app.core.scheduling import (
    AgeDeadline,
    HouseholdNeed,
    Slot,
    deadline_for,
    plan_bookings,
    slot_times,
)
from station_app.core.text import fold
from station_app.services import sessions as S
from station_app.storage import Database

TODAY = dt.date(2025, 8, 1)
HALL = "Hội trường UBND xã Hòa Bình"
SCHOOL = "Trường Tiểu học Hòa Bình"
DEADLINES = ["14-22:31/08/2025", "23+:30/09/2025"]


def _week(db, start="02/08/2025", days=7, capacity=12, hours="07:00-11:30,13:30-17:00"):
    return S.create_sessions(db, S.week_specs(start, HALL, S.parse_hours(hours), 20, capacity,
                                              days=days), today=TODAY, operator=lead_of(db))


def _villages(db) -> list[str]:
    return [r["name"] for r in db.query(
        "SELECT name FROM areas WHERE kind = 'village' ORDER BY name_fold")]


def _booked(db) -> list[dict]:
    return db.query(
        """SELECT a.id, a.resident_id, a.household_id, a.session_id, a.slot, a.status,
        s.day, s.capacity, s.place, h.code, h.village_id, r.dob, r.card_status
        FROM appointments a JOIN sessions s ON s.id = a.session_id
        JOIN households h ON h.id = a.household_id JOIN residents r ON r.id = a.resident_id
        WHERE a.status IN ('scheduled', 'invited', 'letter_delivered')""")


def _state(db) -> list:
    return [db.query(f"SELECT * FROM {t} ORDER BY id") for t in
            ("sessions", "appointments", "letters", "session_moves", "campaigns")]


def _check_capacity_and_whole(rows: list[dict]) -> None:
    per_slot = defaultdict(int)
    where = defaultdict(set)
    for a in rows:
        per_slot[a["session_id"], a["slot"]] += 1
        where[a["household_id"]].add((a["session_id"], a["slot"]))
        assert per_slot[a["session_id"], a["slot"]] <= a["capacity"], "slot over capacity"
    split = {h: w for h, w in where.items() if len(w) > 1}
    assert not split, f"households split over slots: {split}"
    residents = [a["resident_id"] for a in rows]
    assert len(residents) == len(set(residents)), "a resident booked twice"


# -- pure rules --------------------------------------------------------------------------------
def test_slots_of_a_session_end_before_closing():
    assert slot_times("07:00", "11:30", 20) == [
        "07:00", "07:20", "07:40", "08:00", "08:20", "08:40", "09:00", "09:20", "09:40",
        "10:00", "10:20", "10:40", "11:00"]
    assert slot_times("13:30", "17:00", 30)[-1] == "16:30"


def test_deadline_of_an_age_group():
    groups = [AgeDeadline(14, 22, dt.date(2025, 8, 31)), AgeDeadline(23, None, dt.date(2025, 9, 30))]
    assert deadline_for("2008-05-01", groups, TODAY) == dt.date(2025, 8, 31)  # 17
    assert deadline_for("2003-01-01", groups, TODAY) == dt.date(2025, 8, 31)  # 22
    assert deadline_for("2002-07-31", groups, TODAY) == dt.date(2025, 9, 30)  # 23 yesterday
    assert deadline_for("1950", groups, TODAY) == dt.date(2025, 9, 30)
    assert deadline_for(None, groups, TODAY) == dt.date(2025, 9, 30)  # unknown age: latest
    assert deadline_for("2000-01-01", [], TODAY) is None


@settings(max_examples=200, deadline=None)
@given(sizes=st.lists(st.integers(1, 7), min_size=1, max_size=60),
       tiers=st.lists(st.integers(0, 3), min_size=60, max_size=60),
       villages=st.lists(st.integers(0, 2), min_size=60, max_size=60),
       capacity=st.integers(1, 8), nslots=st.integers(0, 25),
       used=st.lists(st.integers(0, 8), min_size=25, max_size=25))
def test_plan_never_overfills_splits_or_breaks_order(sizes, tiers, villages, capacity, nslots,
                                                      used):
    base = dt.date(2025, 8, 2)
    slots = [Slot("S", base + dt.timedelta(days=i // 4), f"{8 + i % 4:02d}:00", capacity,
                  max(0, capacity - used[i])) for i in range(nslots)]
    free_before = {(s.day, s.time): s.free for s in slots}
    households = [HouseholdNeed(f"H{i}", f"HK{i:04d}", villages[i],
                                [f"R{i}.{k}" for k in range(n)],
                                base + dt.timedelta(days=2 * tiers[i]) if tiers[i] else None)
                  for i, n in enumerate(sizes)]
    plan = plan_bookings(households, slots)
    placed = {p.household.id for p in plan.placements}
    assert placed | {u.household.id for u in plan.unplaced} == {h.id for h in households}
    assert not placed & {u.household.id for u in plan.unplaced}
    taken = defaultdict(int)
    for p in plan.placements:
        taken[p.slot.day, p.slot.time] += p.household.size
        assert p.household.deadline is None or p.slot.day <= p.household.deadline
    for key, n in taken.items():
        assert n <= free_before[key]
    # deadline order: an earlier deadline is never booked later than a later deadline
    order = sorted(plan.placements, key=lambda p: (p.slot.day, p.slot.time))
    latest_seen = dt.date.min
    for p in order:
        due = p.household.deadline or dt.date.max
        assert due >= latest_seen
        latest_seen = due
    for u in plan.unplaced:
        assert u.reason


# -- sessions ----------------------------------------------------------------------------------
def test_a_week_of_sessions_includes_the_weekend(roster_db, lead):
    rows = _week(roster_db)
    assert len(rows) == 14
    weekdays = {dt.date.fromisoformat(r["day"]).weekday() for r in rows}
    assert weekdays == set(range(7))
    listed = S.list_sessions(roster_db, operator=lead)
    assert [r["id"] for r in listed] == [r["id"] for r in rows]
    assert listed[0]["places"] == 13 * 12 and listed[1]["places"] == 10 * 12


def test_overlapping_or_bad_sessions_create_nothing(roster_db, lead):
    _week(roster_db, days=2)
    before = _state(roster_db)
    specs = S.week_specs("03/08/2025", HALL, [("07:00", "11:30")], 20, 12, days=3)
    with pytest.raises(S.ScheduleError, match="already has a session on 03/08/2025"):
        S.create_sessions(roster_db, specs, today=TODAY, operator=lead)
    with pytest.raises(S.ScheduleError, match="in the past"):
        S.create_session(roster_db, "31/07/2025", HALL, "07:00", "11:00", 20, 12, today=TODAY, operator=lead)
    with pytest.raises(S.ScheduleError, match="shorter than one"):
        S.create_session(roster_db, "10/08/2025", HALL, "07:00", "07:10", 20, 12, today=TODAY, operator=lead)
    with pytest.raises(S.ScheduleError, match="capacity"):
        S.create_session(roster_db, "10/08/2025", HALL, "07:00", "11:00", 20, 0, today=TODAY, operator=lead)
    with pytest.raises(S.ScheduleError, match="not a day"):
        S.create_session(roster_db, "32/08/2025", HALL, "07:00", "11:00", 20, 12, today=TODAY, operator=lead)
    assert _state(roster_db) == before


# -- booking -----------------------------------------------------------------------------------
def test_booking_fills_slots_whole_households_within_capacity(roster_db, lead):
    _week(roster_db)
    villages = _villages(roster_db)[:2]
    result = S.book_villages(roster_db, villages, today=TODAY, operator=lead)
    rows = _booked(roster_db)
    assert result.households > 100 and result.people == len(rows)
    _check_capacity_and_whole(rows)
    # exactly the residents who need a card and are 14 or older, of those villages
    expected = {r["id"] for r in roster_db.query(
        "SELECT r.id, r.dob FROM residents r JOIN households h ON h.id = r.household_id "
        "JOIN areas v ON v.id = h.village_id WHERE v.name IN (?, ?) AND r.card_status = "
        "'needs_card'", villages) if not r["dob"] or age_on(r["dob"], TODAY) >= 14}
    assert {a["resident_id"] for a in rows} == expected
    assert not result.unplaced
    # one letter per household booked, numbered once each
    letters = roster_db.query("SELECT household_id, number FROM letters")
    assert len(letters) == result.households
    assert len({x["number"] for x in letters}) == len(letters)
    # booking again books nobody twice
    again = S.book_villages(roster_db, villages, today=TODAY, operator=lead)
    assert again.households == 0 and again.already_booked == result.households
    assert len(_booked(roster_db)) == len(rows)


def test_deadline_order_and_villages_kept_together(roster_db, lead):
    S.create_campaign(roster_db, "Đợt cao điểm", [S.parse_deadline(d) for d in DEADLINES], operator=lead)
    _week(roster_db, days=10)
    villages = _villages(roster_db)
    S.book_villages(roster_db, villages, today=TODAY, operator=lead)
    rows = _booked(roster_db)
    _check_capacity_and_whole(rows)
    groups = [S.parse_deadline(d) for d in DEADLINES]
    per_household: dict[str, dict] = {}
    for a in rows:
        h = per_household.setdefault(a["household_id"], {
            "when": (a["day"], a["slot"]), "village": a["village_id"], "due": dt.date.max})
        h["due"] = min(h["due"], deadline_for(a["dob"], groups, TODAY))
    households = sorted(per_household.values(), key=lambda h: h["when"])
    assert {h["due"] for h in households} == {dt.date(2025, 8, 31), dt.date(2025, 9, 30)}
    dues = [h["due"] for h in households]
    assert dues == sorted(dues), "a later deadline was booked before an earlier one"
    # within one deadline, each village occupies one run of consecutive households
    rank = {r["id"]: i for i, r in enumerate(roster_db.query(
        "SELECT id FROM areas WHERE kind = 'village' ORDER BY name_fold"))}
    for due in set(dues):
        sequence = [rank[h["village"]] for h in households if h["due"] == due]
        runs = [v for i, v in enumerate(sequence) if i == 0 or sequence[i - 1] != v]
        assert runs == sorted(set(sequence)), f"villages interleaved for deadline {due}"


def test_households_that_cannot_be_placed_are_reported_with_why(roster_db, lead):
    S.create_campaign(roster_db, "Gấp", [S.parse_deadline("14-22:02/08/2025"),
                                        S.parse_deadline("23+:30/09/2025")], operator=lead)
    S.create_session(roster_db, "02/08/2025", HALL, "07:00", "08:00", 20, 3, today=TODAY, operator=lead)
    S.create_session(roster_db, "05/08/2025", HALL, "07:00", "08:00", 20, 3, today=TODAY, operator=lead)
    result = S.book_villages(roster_db, _villages(roster_db), today=TODAY, operator=lead)
    reasons = {u["reason"] for u in result.unplaced}
    assert any("on or before the deadline 02/08/2025" in r for r in reasons)
    assert any("a slot takes at most 3" in r for r in reasons)
    assert any("no free slot" in r and "deadline 30/09/2025" in r for r in reasons)
    unplaced = {u["household_id"] for u in result.unplaced}
    booked = _booked(roster_db)
    assert not unplaced & {a["household_id"] for a in booked}
    _check_capacity_and_whole(booked)
    assert len(booked) == result.people <= 2 * 3 * 3
    # nobody whose deadline is 02/08 was booked after it
    groups = [S.parse_deadline("14-22:02/08/2025"), S.parse_deadline("23+:30/09/2025")]
    for a in booked:
        assert a["day"] <= deadline_for(a["dob"], groups, TODAY).isoformat()


def test_unknown_village_or_session_changes_nothing(roster_db, lead):
    _week(roster_db, days=1)
    before = _state(roster_db)
    with pytest.raises(S.ScheduleError, match="no village 'Thôn Không Có'"):
        S.book_villages(roster_db, ["Thôn Không Có"], today=TODAY, operator=lead)
    with pytest.raises(S.ScheduleError, match="no planned session on 09/09/2025"):
        S.book_villages(roster_db, _villages(roster_db)[:1], sessions=["09/09/2025"], today=TODAY, operator=lead)
    with pytest.raises(S.ScheduleError, match="no session 'XYZ'"):
        S.move_session(roster_db, "XYZ", place=SCHOOL, today=TODAY, operator=lead)
    assert _state(roster_db) == before


def _book_in_process(path, villages, barrier, out):
    db = Database.open(path)
    barrier.wait()
    try:
        result = S.book_villages(db, villages, operator=lead_of(db), today=TODAY)
        out.put(result.as_dict())
    except Exception as exc:  # reported to the test, which fails on it
        out.put({"error": repr(exc)})
    finally:
        db.close()


def test_two_processes_booking_at_once_never_overfill(roster_db, roster_db_path, lead):
    # room for fewer people than both villages need, so both processes compete for the slots
    S.create_session(roster_db, "02/08/2025", HALL, "07:00", "11:00", 20, 10, today=TODAY, operator=lead)
    S.create_session(roster_db, "03/08/2025", HALL, "07:00", "11:00", 20, 10, today=TODAY, operator=lead)
    villages = _villages(roster_db)
    ctx = mp.get_context("spawn")
    barrier, out = ctx.Barrier(3), ctx.Queue()
    jobs = [ctx.Process(target=_book_in_process, args=(roster_db_path, v, barrier, out))
            for v in ([villages[0], villages[1]], [villages[1], villages[0]])]
    for job in jobs:
        job.start()
    barrier.wait()
    results = [out.get(timeout=60) for _ in jobs]
    for job in jobs:
        job.join(30)
    assert all("error" not in r for r in results), results
    rows = _booked(roster_db)
    _check_capacity_and_whole(rows)
    assert sum(r["people"] for r in results) == len(rows) == 2 * 12 * 10
    assert sum(len(r["unplaced"]) for r in results) > 0


# -- moving ------------------------------------------------------------------------------------
def _snapshot_appointments(db):
    return {a["id"]: a for a in _booked(db)}


def test_moving_a_session_keeps_every_appointment(roster_db, lead):
    sessions = _week(roster_db, days=3)
    S.book_villages(roster_db, _villages(roster_db)[:2], today=TODAY, operator=lead)
    before = _snapshot_appointments(roster_db)
    first = sessions[0]
    on_it = {i for i, a in before.items() if a["session_id"] == first["id"]}
    move = S.move_session(roster_db, first["id"], day="10/08/2025", place=SCHOOL,
                          reason="Mất điện theo lịch", today=TODAY, operator=lead)
    after = _snapshot_appointments(roster_db)
    assert after.keys() == before.keys()
    for i, a in after.items():
        assert a["resident_id"] == before[i]["resident_id"]
        if i in on_it:
            assert (a["day"], a["place"], a["slot"]) == ("2025-08-10", SCHOOL, before[i]["slot"])
        else:
            assert a == before[i]
    told = move["households"]
    assert {h["household_id"] for h in told} == {before[i]["household_id"] for i in on_it}
    assert move["appointments"] == len(on_it)
    assert all(h["before"]["day"] == "2025-08-02" and h["after"]["place"] == SCHOOL for h in told)
    codes = [(h["village"], h["code"]) for h in told]
    assert codes == sorted(codes, key=lambda c: (fold(c[0]), c[1]))  # the order teams walk


def test_moving_to_shorter_hours_repacks_or_refuses(roster_db, lead):
    sessions = _week(roster_db, days=1)
    S.book_villages(roster_db, _villages(roster_db)[:1], sessions=[sessions[0]["id"]],
                    today=TODAY, operator=lead)
    before = _state(roster_db)
    with pytest.raises(S.ScheduleError, match="nothing was moved"):
        S.move_session(roster_db, sessions[0]["id"], opens="07:00", closes="08:00", today=TODAY, operator=lead)
    assert _state(roster_db) == before
    S.move_session(roster_db, sessions[0]["id"], opens="06:00", closes="11:00", today=TODAY, operator=lead)
    rows = _booked(roster_db)
    _check_capacity_and_whole(rows)
    assert {a["id"] for a in rows} == {a["id"] for a in before[1]}
    assert min(a["slot"] for a in rows) == "06:00"


def test_moving_onto_a_taken_day_changes_nothing(roster_db, lead):
    sessions = _week(roster_db, days=2)
    S.book_villages(roster_db, _villages(roster_db)[:1], today=TODAY, operator=lead)
    before = _state(roster_db)
    with pytest.raises(S.ScheduleError, match="03/08/2025 07:00–11:30 is taken.*nothing was moved"):
        S.move_session(roster_db, sessions[0]["id"], day="03/08/2025", today=TODAY, operator=lead)
    with pytest.raises(S.ScheduleError, match="in the past"):
        S.move_session(roster_db, sessions[0]["id"], day="30/07/2025", today=TODAY, operator=lead)
    assert _state(roster_db) == before


def test_spreading_a_session_over_others_with_room(roster_db, lead):
    sessions = _week(roster_db, days=4)
    S.book_villages(roster_db, _villages(roster_db)[:1], today=TODAY, operator=lead)
    before = _snapshot_appointments(roster_db)
    target = sessions[0]
    on_it = {i for i, a in before.items() if a["session_id"] == target["id"]}
    assert on_it
    move = S.spread_session(roster_db, target["id"], reason="Mất điện", today=TODAY, operator=lead)
    after = _snapshot_appointments(roster_db)
    assert after.keys() == before.keys()
    assert not any(a["session_id"] == target["id"] for a in after.values())
    assert all(after[i]["day"] > TODAY.isoformat() for i in on_it)
    _check_capacity_and_whole(list(after.values()))
    assert roster_db.scalar("SELECT status FROM sessions WHERE id = ?", (target["id"],)) == \
        "cancelled"
    assert {h["household_id"] for h in move["households"]} == \
        {before[i]["household_id"] for i in on_it}
    assert move["appointments"] == len(on_it)


def test_spreading_onto_a_full_session_changes_nothing(roster_db, lead):
    sessions = _week(roster_db, days=1)
    S.book_villages(roster_db, _villages(roster_db), today=TODAY, operator=lead)  # morning and afternoon full
    before = _state(roster_db)
    with pytest.raises(S.ScheduleError, match="can't be placed.*nothing was moved"):
        S.spread_session(roster_db, sessions[0]["id"], onto=[sessions[1]["id"]],
                         today=dt.date(2025, 8, 1), operator=lead)
    assert _state(roster_db) == before


def test_a_slot_that_has_started_is_never_booked(roster_db, lead):
    """Issue 22: booking at 23:40 invited households to 10:40 and 14:50 of the same day. The
    booking's clock is given (the hour the test runs at does not matter)."""
    _week(roster_db, start="01/08/2025", days=2)  # today and tomorrow, 07:00-11:30, 13:30-17:00
    villages = _villages(roster_db)[:1]
    late = dt.datetime(2025, 8, 1, 23, 40)
    result = S.book_villages(roster_db, villages, today=late, operator=lead)
    assert result.households
    assert {b["day"] for b in result.booked} == {"2025-08-02"}
    S.book_villages(roster_db, _villages(roster_db)[1:2], today=dt.datetime(2025, 8, 1, 10, 40),
                    operator=lead)
    today = [(a["slot"], a["day"]) for a in _booked(roster_db) if a["day"] == "2025-08-01"]
    assert today and min(today)[0] == "11:00"  # 10:40 had started; 11:00 had not
