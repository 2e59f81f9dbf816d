"""SPEC §7 and §8, "the floor never waits on the back office": ticket issue latency while
another program imports the 802,466-resident roster into the open station, or merges a bundle
of about 1,000,000 changes into it. With the station open both go in short steps
(storage/steps.py); reported: the tickets' latency (p50, p99, max), the long write's time, its
number of steps and the longest time one step held the write lock.

The ticket table issues a ticket every TICKET_GAP seconds (far more than a real station does),
each one timed from the call to its commit, as bench_tickets does.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from run import bench_lead

TICKET_GAP = 0.02

RUNNER = """
import json, sys, time
from station_app.services.operators import find_operator
from station_app.storage import Database, steps

held = []
commit = steps.Steps._commit
def timed(self):
    started = self._started
    commit(self)
    held.append(time.monotonic() - started)
steps.Steps._commit = timed
db = Database.open(sys.argv[2])
lead = find_operator(db, "Trưởng trạm")
start = time.perf_counter()
if sys.argv[1] == "import":
    from station_app.services.roster_import import import_roster
    done = import_roster(db, sys.argv[3], operator=lead).imported
else:
    from station_app.sync import import_bundle
    done = import_bundle(db, sys.argv[3], operator=lead).changes
seconds = time.perf_counter() - start
held.sort()
print(json.dumps({"done": done, "seconds": seconds, "steps": len(held),
                  "longest": held[-1] if held else 0,
                  "p99": held[int(len(held) * 0.99)] if held else 0}))
"""


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm", "-steps"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def _percentile(ordered: list[float], p: float) -> float:
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def _tickets_while(ctx, label: str, db, command: list[str]) -> None:
    from station_app.services import queue as q

    lead = bench_lead(db)
    for _ in range(20):
        q.issue_ticket(db, "B", operator=lead)
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    samples = []
    while proc.poll() is None:
        start = time.perf_counter()
        q.issue_ticket(db, "B", operator=lead)
        samples.append((time.perf_counter() - start) * 1000)
        time.sleep(TICKET_GAP)
    out, err = proc.communicate()
    if proc.returncode != 0:
        print(err, flush=True)
        return
    facts = json.loads(out.strip().splitlines()[-1])
    samples.sort()
    ctx.report(f"{label}: {facts['done']:,} in", facts["seconds"], "s", "-")
    ctx.report(f"{label}: steps / longest lock held", facts["steps"], "steps",
               f"- (longest {facts['longest'] * 1000:.0f} ms, p99 {facts['p99'] * 1000:.0f} ms;"
               " ≈ 500 ms)", facts["longest"] <= 0.5)
    ctx.report(f"{label}: ticket issue p50 ({len(samples):,} tickets)",
               _percentile(samples, 0.5), "ms", "-")
    p99 = _percentile(samples, 0.99)
    ctx.report(f"{label}: ticket issue p99", p99, "ms", "≤ 5 ms", p99 <= 5)
    ctx.report(f"{label}: ticket issue max", samples[-1], "ms", "-")


def run(ctx) -> None:
    from station_app.storage import Database
    from station_app.sync import (
        create_keys,
        enrol,
        export_bundle,
        read_identity_file,
        write_identity_file,
    )

    # 1. The roster imported into a new station whose ticket table is open.
    roster = ctx.big_roster()
    path = _fresh(ctx.data / "bench-long-import.sqlite3")
    Database.create(path, "BENCH03", "Trạm benchmark").close()
    db = Database.open(path)
    bench_lead(db)  # the station's lead: the importing process acts as them
    _tickets_while(ctx, "import while the station is open", db,
                   [sys.executable, "-c", RUNNER, "import", str(path), str(roster)])
    db.close()
    _fresh(path)

    # 2. HQ's roster bundle (about 1,025,000 changes) merged into an open new station.
    hq = Database.open(ctx.fresh_copy("bench-long-hq.sqlite3"))
    create_keys(hq) if not hq.scalar("SELECT 1 FROM sync_keys") else None
    station_path = _fresh(ctx.data / "bench-long-station.sqlite3")
    station = Database.create(station_path, "XA09", "Trạm benchmark")
    create_keys(station)
    for one, other in ((hq, station), (station, hq)):
        write_identity_file(other, ctx.data / "bench-long-peer.id", operator=bench_lead(other))
        enrol(one, read_identity_file(ctx.data / "bench-long-peer.id"), operator=bench_lead(one))
    bundle = ctx.data / "bench-long-roster.bundle"
    export_bundle(hq, bundle, to="XA09", operator=bench_lead(hq))
    hq_path = hq.path
    hq.close()
    _fresh(hq_path)
    _tickets_while(ctx, "merge while the station is open", station,
                   [sys.executable, "-c", RUNNER, "merge", str(station_path), str(bundle)])
    station.close()
    _fresh(station_path)
    for name in ("bench-long-roster.bundle", "bench-long-peer.id"):
        (ctx.data / name).unlink(missing_ok=True)
