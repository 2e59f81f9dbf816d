"""Running the command line in the test process (fast), with its output captured; the
operators every test station has (conftest signs the command line in as the lead)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

from station_app.cli import main
from station_app.services.operators import Operator, add_operator, find_operator
from station_app.storage import Database

# name, role, PIN
CREW = (("Trưởng trạm", "lead", "1111"), ("Cán bộ Lan", "staff", "2222"),
        ("Cán bộ Minh", "staff", "2323"), ("Tình nguyện viên Hà", "volunteer", "3333"),
        ("Cán bộ Sở", "hq", "4444"))


def add_crew(db: Database) -> dict[str, Operator]:
    """The CREW on a station with nobody yet (its hq operator only at HQ, the one place that
    makes them); returns them by name."""
    lead = add_operator(db, *CREW[0])
    added = {lead.name: lead}
    for name, role, pin in CREW[1:]:
        if role != "hq" or db.is_hq:
            added[name] = add_operator(db, name, role, pin, by=lead)
    return added


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *argv):
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def lead_of(db: Database) -> Operator:
    """The CREW's lead on a test station (for helpers that are not fixtures)."""
    return find_operator(db, CREW[0][0])


def serve_every_village(hq: Database, stations) -> None:
    """A session of each station with one household of every village booked: each station
    serves every village, so HQ takes its roster edits (sync/remit.py)."""
    households = [r[0] for r in hq.conn.execute(
        "SELECT min(id) FROM households GROUP BY village_id")]
    with hq.write("book", "test") as w:
        for station in stations:
            session = w.insert("sessions", {"station": station, "place": "UBND",
                                            "day": "2026-11-25", "opens": "07:30",
                                            "closes": "11:30", "slot_minutes": 15,
                                            "capacity": 40})
            for household in households:
                resident = hq.scalar("SELECT min(id) FROM residents WHERE household_id = ?",
                                     (household,))
                w.insert("appointments", {"resident_id": resident, "household_id": household,
                                          "session_id": session, "slot": "07:30"})


def dashboard_figures(db: Database, cache) -> Counter:
    """The counts a dashboard keeps in ``cache`` (a ProgressCache) for one age group, as read
    now through ``db``: what a screen would show, compared with a fresh cache's."""
    from station_app.core.scheduling import AgeDeadline

    groups = [AgeDeadline(14, None, dt.date(2030, 1, 1))]
    return +cache.cube_for(db, "campaign", groups).rows
