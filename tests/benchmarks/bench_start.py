"""A quick start (issue 25, SPEC §7): `station-app --version`, `--help` and the GUI's first
window (the sign-in page of a small station, painted), each beside Python's start-up alone
(`python -c pass`) measured in the same rounds, so that a reader on any laptop sees the ratio.
The runs are interleaved and the minimum of each is reported (on a shared machine the minimum
is the figure least disturbed by the others); the median is printed beside it. The first
window includes the scrypt that unlocks the station (the passphrase is in the environment)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7


def _seconds(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], capture_output=True, check=True, timeout=60)
    return time.perf_counter() - start


def _first_window(path: Path) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": home,
               "STATION_APP_PROBE": "1"}
        env.pop("STATION_APP_PROBE_SIGNIN", None)
        start = time.time()
        out = subprocess.run([sys.executable, "-m", "station_app", "gui", "--db", str(path)],
                             env=env, capture_output=True, text=True, timeout=120)
    for line in out.stdout.splitlines():
        if line.startswith("{"):
            return json.loads(line)["time"] - start
    raise RuntimeError(f"the GUI did not report its window: {out.stdout} {out.stderr}")


def run(ctx) -> None:
    from run import bench_lead

    from station_app.storage import Database

    with tempfile.TemporaryDirectory(dir=ctx.data) as folder:
        path = Path(folder) / "bench-start.sqlite3"
        db = Database.create(path, "START01", "Trạm khởi động")
        bench_lead(db)
        db.close()
        times: dict[str, list[float]] = {"python": [], "version": [], "help": [], "window": []}
        for _ in range(RUNS):  # interleaved: each round sees the same load
            times["python"].append(_seconds("-c", "pass"))
            times["version"].append(_seconds("-m", "station_app", "--version"))
            times["help"].append(_seconds("-m", "station_app", "--help"))
            times["window"].append(_first_window(path))
    base = min(times["python"])
    load = os.getloadavg()[0]
    ctx.report(f"start: python -c pass (baseline; load {load:.1f})", base, "s",
               f"(median {statistics.median(times['python']):.3f} s)", None)
    for key, name, bar in (("version", "start: station-app --version", 0.3),
                           ("help", "start: station-app --help", 0.3),
                           ("window", "start: GUI launch -> first window painted", 0.8)):
        best = min(times[key])
        ctx.report(f"{name} (min of {RUNS})", best, "s",
                   f"<= {bar} s; {best / base:.1f}x python; median "
                   f"{statistics.median(times[key]):.3f} s", best <= bar)
