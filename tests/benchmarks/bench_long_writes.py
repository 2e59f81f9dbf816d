"""SPEC §7 and §8, "the floor never waits on the back office": the floor's latency while
another program imports the 802,466-resident roster into the open station, or merges a bundle
of about 1,000,000 changes into it, and what the long write loses by it. With the station open
both go in steps (storage/steps.py).

Each long write runs three times on the same starting database: alone (nobody else has the
database open: one transaction, the baseline), then with the station open at a realistic floor
rate (a ticket every 2 s) and at a stress rate (every 20 ms). With the station open, the floor
issues a ticket every gap and, half-way after every DESK_EVERY-th ticket, a desk action (call
next, finish, in turn: a station's desks act far less often than its ticket table at a rush),
each timed from the call to its commit as bench_tickets does.
Reported: the long write's time beside its time alone (the ratio; SPEC: ≤ 1.5× at the
realistic rate), its steps (committed, rolled back for the floor), the longest time one step
held the write lock, and the tickets' and desk actions' p50 / p99 / max.

BENCH_LONG_RATES (default "2,0.02": the gaps in seconds) and BENCH_LONG_WORK (default
"import,merge") run only some of them; BENCH_LONG_SET (e.g. "MAX_STEP_SECONDS=1.0") sets
storage/steps.py's constants in the long write's program, to compare settings;
BENCH_LONG_ALONE_IMPORT / _MERGE (seconds) take the time alone from an earlier run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from run import bench_lead

RATES = [float(g) for g in os.environ.get("BENCH_LONG_RATES", "2,0.02").split(",")]
WORK = os.environ.get("BENCH_LONG_WORK", "import,merge").split(",")
DESK_EVERY = 4

RUNNER = """
import json, os, sys, time
from station_app.services.operators import find_operator
from station_app.storage import Database, steps

for setting in filter(None, os.environ.get("BENCH_LONG_SET", "").split(",")):
    name, value = setting.split("=")
    setattr(steps, name, float(value) if "." in value else int(value))

held, commits, rollbacks = [], [], [0]
commit = steps.Steps._commit
def timed(self):
    started, before = self._started, time.monotonic()
    commit(self)
    held.append(time.monotonic() - started)
    commits.append(time.monotonic() - before)
steps.Steps._commit = timed
if hasattr(steps.Steps, "_rollback"):
    rollback = steps.Steps._rollback
    def counted(self):
        rollback(self)
        rollbacks[0] += 1
    steps.Steps._rollback = counted
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
commits.sort()
print(json.dumps({"done": done, "seconds": seconds, "steps": len(held),
                  "commit_p50": commits[len(commits) // 2] if commits else 0,
                  "commit_max": commits[-1] if commits else 0,
                  "rollbacks": rollbacks[0], "longest": held[-1] if held else 0,
                  "p99": held[int(len(held) * 0.99)] if held else 0}))
"""


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm", "-steps", "-key", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def _percentile(ordered: list[float], p: float) -> float:
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def _run(command: list[str], proc: subprocess.Popen | None = None) -> dict | None:
    proc = proc or subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    text=True)
    out, err = proc.communicate()
    if proc.returncode != 0:
        print(err, flush=True)
        return None
    return json.loads(out.strip().splitlines()[-1])


def _alone(ctx, label: str, command: list[str]) -> float | None:
    given = os.environ.get(f"BENCH_LONG_ALONE_{label.upper()}")
    if given:  # measured by an earlier run of the same minutes: not again
        ctx.report(f"{label} alone (given)", float(given), "s", "- (one transaction)")
        return float(given)
    facts = _run(command)
    if facts is None:
        return None
    ctx.report(f"{label} alone: {facts['done']:,} in", facts["seconds"], "s",
               "- (one transaction: the baseline)")
    return facts["seconds"]


def _floor_while(ctx, label: str, db, command: list[str], gap: float,
                 alone: float | None) -> None:
    from station_app.services import queue as q

    lead = bench_lead(db)
    for _ in range(20):
        q.issue_ticket(db, "B", operator=lead)
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    tickets, desk = [], []
    actions = (lambda: q.call_next(db, "1", operator=lead),
               lambda: q.finish(db, "1", operator=lead))
    issued = 0
    while proc.poll() is None:
        start = time.perf_counter()
        q.issue_ticket(db, "B", operator=lead)
        tickets.append((time.perf_counter() - start) * 1000)
        issued += 1
        time.sleep(gap / 2)
        if issued % DESK_EVERY == 0:
            start = time.perf_counter()
            actions[len(desk) % 2]()
            desk.append((time.perf_counter() - start) * 1000)
        time.sleep(gap / 2)
    facts = _run(command, proc)
    if facts is None:
        return
    label = f"{label}, a ticket every {gap:g} s"
    ratio = facts["seconds"] / alone if alone else 0
    bar = "≤ 1.5× alone" if gap >= 1 else "-"
    ctx.report(f"{label}: {facts['done']:,} in", facts["seconds"], "s",
               f"{bar} ({ratio:.2f}× alone)", ratio <= 1.5 if gap >= 1 and alone else None)
    ctx.report(f"{label}: steps (rolled back for the floor: {facts['rollbacks']:,})",
               facts["steps"], "steps",
               f"- (longest {facts['longest'] * 1000:.0f} ms, p99 {facts['p99'] * 1000:.0f} ms;"
               f" its commit p50 {facts['commit_p50'] * 1000:.1f}, max"
               f" {facts['commit_max'] * 1000:.0f} ms)")
    for name, samples in (("ticket", tickets), ("desk action", desk)):
        if not samples:
            continue
        samples.sort()
        p99 = _percentile(samples, 0.99)
        ctx.report(f"{label}: {name} p99 ({len(samples):,})", p99, "ms",
                   f"≤ 5 ms (p50 {_percentile(samples, 0.5):.2f}, max {samples[-1]:.1f})",
                   p99 <= 5)


def _new_station(path: Path):
    from station_app.storage import Database

    Database.create(_fresh(path), "BENCH03", "Trạm benchmark").close()
    db = Database.open(path)
    bench_lead(db)  # the station's lead: the long write's program acts as them
    return db


def run(ctx) -> None:
    from station_app.storage import Database, copy_database
    from station_app.sync import (
        create_keys,
        enrol,
        export_bundle,
        read_identity_file,
        write_identity_file,
    )

    # 1. The roster imported into a new station.
    if "import" in WORK:
        roster = ctx.big_roster()
        path = ctx.data / "bench-long-import.sqlite3"
        command = [sys.executable, "-c", RUNNER, "import", str(path), str(roster)]
        _new_station(path).close()
        alone = _alone(ctx, "import", command)
        for gap in RATES:
            db = _new_station(path)
            _floor_while(ctx, "import", db, command, gap, alone)
            db.close()
        _fresh(path)

    # 2. HQ's roster bundle (about 1,025,000 changes) merged into a new station.
    if "merge" in WORK:
        hq = Database.open(ctx.fresh_copy("bench-long-hq.sqlite3"))
        create_keys(hq) if not hq.scalar("SELECT 1 FROM sync_keys") else None
        first = _fresh(ctx.data / "bench-long-station.sqlite3")
        station = Database.create(first, "XA09", "Trạm benchmark")
        create_keys(station)
        for one, other in ((hq, station), (station, hq)):
            write_identity_file(other, ctx.data / "bench-long-peer.id", operator=bench_lead(other))
            enrol(one, read_identity_file(ctx.data / "bench-long-peer.id"),
                  operator=bench_lead(one))
        bundle = ctx.data / "bench-long-roster.bundle"
        export_bundle(hq, bundle, to="XA09", operator=bench_lead(hq))
        hq_path = hq.path
        hq.close()
        _fresh(hq_path)
        station.close()
        path = ctx.data / "bench-long-merge.sqlite3"
        command = [sys.executable, "-c", RUNNER, "merge", str(path), str(bundle)]
        copy_database(first, _fresh(path))
        alone = _alone(ctx, "merge", command)
        for gap in RATES:
            copy_database(first, _fresh(path))
            station = Database.open(path)
            _floor_while(ctx, "merge", station, command, gap, alone)
            station.close()
        for one in (path, first):
            _fresh(one)
        for name in ("bench-long-roster.bundle", "bench-long-peer.id"):
            (ctx.data / name).unlink(missing_ok=True)
