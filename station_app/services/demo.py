"""The demo station of ``make run`` / ``station-app gui --demo``: a synthetic commune of a few
thousand households, created once in the user data folder so a newcomer sees a working station.
Other services add to ``DEMO_STEPS`` (sessions, appointments, letters, tickets) as they exist."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from station_app.services.demo_roster import write_demo_roster
from station_app.services.operators import Operator, add_operator, find_operator
from station_app.services.roster_import import import_roster
from station_app.storage import Database, default_db_path, move_database

__all__ = ["demo_db_path", "ensure_demo_station", "DEMO_HOUSEHOLDS", "DEMO_STEPS", "DEMO_OPERATORS",
           "demo_lead"]

DEMO_HOUSEHOLDS = 3_000
DEMO_STATION = ("DEMO-HB01", "Trạm lưu động xã Hòa Bình")

# Further seeding after the roster: each step takes the open database (and acts as the demo's
# lead: ``demo_lead(db)``).
DEMO_STEPS: list[Callable[[Database], None]] = []

# The demo's operators and their PINs (shown in the README; a real station chooses its own).
DEMO_OPERATORS = (("Trưởng trạm", "lead", "1111"), ("Cán bộ Bàn 1", "staff", "2222"),
                  ("Cán bộ Bàn 2", "staff", "2323"), ("Tình nguyện viên", "volunteer", "3333"))


def _seed_operators(db: Database) -> Operator:
    """The demo's operators, first of all (every service acts as one); returns the lead."""
    lead = None
    for name, role, pin in DEMO_OPERATORS:
        operator = add_operator(db, name, role, pin, by=lead)
        lead = lead or operator
    return lead


def demo_lead(db: Database) -> Operator:
    return find_operator(db, DEMO_OPERATORS[0][0])


DEMO_PLACE = "Hội trường UBND xã Hòa Bình"


def _seed_sessions(db: Database) -> None:
    """A week of sessions from today (07:00-11:30 and 13:30-17:00, 20-minute slots of 12), the
    campaign's age-group deadlines, the first two villages booked and their letters printed
    (beside the database, as the station lead would have done the day before)."""
    import datetime as dt

    from station_app.services.letters import print_letters
    from station_app.services.sessions import (
        book_villages,
        create_campaign,
        create_sessions,
        parse_deadline,
        week_specs,
    )

    lead = demo_lead(db)
    today = dt.date.today()
    year = today.year if today.month < 9 else today.year + 1
    campaign = create_campaign(
        db, "Cấp CCCD năm " + str(year),
        [parse_deadline(f"14-22:31/08/{year}"), parse_deadline(f"23+:30/09/{year}")],
        operator=lead)
    create_sessions(db, week_specs(today, DEMO_PLACE, [("07:00", "11:30"), ("13:30", "17:00")],
                                   20, 12, campaign_id=campaign["id"]), operator=lead)
    villages = [r["name"] for r in db.query(
        "SELECT name FROM areas WHERE kind = 'village' ORDER BY rowid LIMIT 2")]
    book_villages(db, villages, campaign=campaign["id"], operator=lead)
    print_letters(db, db.path.with_name("demo-letters.pdf"), villages=villages,
                  operator=lead, processes=1)


DEMO_STEPS.append(_seed_sessions)


def demo_db_path() -> Path:
    return default_db_path().with_name("demo-station.sqlite3")


def ensure_demo_station(path: Path | None = None,
                        progress: Callable[[int, int], bool | None] | None = None) -> Path:
    """Create the demo station at ``path`` unless it exists; built beside it and renamed into
    place, so an interrupted first run never leaves half a demo."""
    path = Path(path or demo_db_path())
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(path.name + ".building")
    for suffix in ("", "-wal", "-shm", "-key"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    db = Database.create(building, *DEMO_STATION)
    try:
        lead = _seed_operators(db)
        with tempfile.TemporaryDirectory() as tmp:
            roster = Path(tmp) / "demo-roster.csv"
            write_demo_roster(roster, DEMO_HOUSEHOLDS, seed=2026)
            import_roster(db, roster, operator=lead, progress=progress)
        for step in DEMO_STEPS:
            step(db)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return move_database(building, path)
