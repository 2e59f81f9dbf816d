"""The demo station planned to its deadlines (issue 28): the plan proposed today is accepted,
then day after day the people booked come at the show-up rate the plan assumed (every fifth
household stays away), the lead plans again and accepts each week (which books again those who
did not come), and the reports on the deadlines' days say they were met.

The people coming are simulated: their check-in and intake rows are written as the ticket table
and the desks write them (appointments checked in, intakes collected at the station on the
session's day), in one transaction a day, so that the test runs the ~300 days in seconds."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import planning
from station_app.services.demo import demo_lead, ensure_demo_station
from station_app.services.progress import progress
from station_app.storage import Database


def _a_day_of_sessions(db: Database, day: dt.date) -> int:
    """The households booked on ``day`` come, but every fifth; returns the people collected."""
    rows = db.query(
        "SELECT a.id, a.resident_id, a.household_id FROM appointments a JOIN sessions s"
        " ON s.id = a.session_id WHERE s.day = ? AND s.status = 'planned' AND a.status IN"
        " ('scheduled', 'invited', 'letter_delivered') ORDER BY a.household_id, a.id",
        (day.isoformat(),))
    households = sorted({r["household_id"] for r in rows})
    away = set(households[4::5])
    came = [r for r in rows if r["household_id"] not in away]
    if not came:
        return 0
    at = dt.datetime.combine(day, dt.time(9)).astimezone().isoformat(timespec="seconds")
    with db.write("test.simulated_day") as w:
        w.update_many("appointments", ("status",), [("checked_in", r["id"]) for r in came])
        w.insert_many("intakes", ("id", "resident_id", "desk", "operator", "at", "outcome",
                                  "station"),
                      [(w.new_id(), r["resident_id"], str(1 + i % 2), "sim", at, "collected",
                        db.station) for i, r in enumerate(came)])
    return len(came)


@pytest.mark.slow
def test_the_demo_stations_plan_accepted_meets_its_deadlines(tmp_path):
    db = Database.open(ensure_demo_station(tmp_path / "demo.sqlite3"))
    try:
        lead = demo_lead(db)
        today = dt.date.today()
        first = planning.plan(db, day=today, operator=lead)
        assert first["show_up"] == planning.DEFAULT_SHOW_UP and not first["show_up_measured"]
        assert first["feasible"]
        assert any(t["sessions"] for t in first["targets"])  # a week of sessions is not enough
        planning.accept_plan(db, first, operator=lead)
        deadlines = [dt.date.fromisoformat(t["date"]) for t in first["targets"]]
        day, collected, rates = today, 0, []
        while day < max(deadlines):
            day += dt.timedelta(days=1)
            collected += _a_day_of_sessions(db, day)
            if (day - today).days % 7 == 0:
                again = planning.plan(db, day=day, operator=lead)
                rates.append(again["show_up"])
                assert all(t["feasible"] for t in again["targets"]), (day, again["targets"])
                planning.accept_plan(db, again, operator=lead)
        # the rate measured from the station's own sessions: four households of five came
        measured = [r for r in rates if r != planning.DEFAULT_SHOW_UP]
        # (by people: households differ in size)
        assert measured and all(0.6 <= r <= 0.95 for r in measured), measured
        assert 0.75 <= sum(measured) / len(measured) <= 0.85
        for d in deadlines:
            report = progress(db, d, operator=lead)
            (due,) = [x for x in report["deadlines"] if x["date"] == d.isoformat()]
            assert due["remaining"] == 0, (d, due)
        assert collected == progress(db, max(deadlines), operator=lead)["collected"]
    finally:
        db.close()
