"""GUI start with the 802,466-resident station (SPEC §7): `python -m station_app gui` launched
as a station laptop launches it; STATION_APP_PROBE makes it print when its first window is
painted and its peak resident memory, then sign in (the lead, whose first screen is the roster
table of every resident) and print the same once that screen is painted, and quit."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 3


def _prepare(ctx):
    from station_app.services.operators import add_operator, has_operators
    from station_app.storage import Database

    path = ctx.data / "bench-gui.sqlite3"
    if not path.exists():
        path = ctx.fresh_copy("bench-gui.sqlite3")
    db = Database.open(path)
    try:
        if not has_operators(db):
            add_operator(db, "Trưởng trạm", "lead", "1111")
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return path


def _launch(path) -> dict:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": home,
               "STATION_APP_PROBE": "1", "STATION_APP_PROBE_SIGNIN": "Trưởng trạm:1111"}
        start = time.time()
        out = subprocess.run([sys.executable, "-m", "station_app", "gui", "--db", str(path)],
                             env=env, capture_output=True, text=True, timeout=120)
    stages = {}
    for line in out.stdout.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            stages[record["stage"]] = (record["time"] - start, record["rss_mb"])
    if "window" not in stages or "screens" not in stages:
        raise RuntimeError(f"the GUI did not report its windows: {out.stdout} {out.stderr}")
    return stages


def run(ctx) -> None:
    path = _prepare(ctx)
    runs = [_launch(path) for _ in range(RUNS)]
    first = statistics.median(r["window"][0] for r in runs)
    roster = statistics.median(r["screens"][0] for r in runs)
    rss = max(r["screens"][1] for r in runs)
    ctx.report("GUI: launch -> first window painted (median of 3)", first, "s", "<= 1.5 s",
               first <= 1.5)
    ctx.report("GUI: launch -> signed in, roster of 802,466 painted", roster, "s",
               "(sign-in PIN hash included)", None)
    ctx.report("GUI: peak resident memory with the roster shown", rss, "MB", "<= 250 MB",
               rss <= 250)
