"""Running the command line in the test process (fast), with its output captured; the
operators every test station has (conftest signs the command line in as the lead)."""

from __future__ import annotations

import json

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
