"""`make bench`: the SPEC §7 benchmarks. Each tests/benchmarks/bench_*.py module has
``run(ctx)`` and reports figures with ``ctx.report(name, value, unit, bar)``. Not a test: the
figures are printed, never asserted, so CI stays deterministic.

The 802,466-resident roster and its imported database are built once under bench-data/ and
reused by every benchmark (``ctx.big_db()``, ``ctx.big_roster()``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

RESIDENTS = 802_466
HOUSEHOLDS = 230_000  # enough households; generation stops at RESIDENTS


def bench_lead(db):
    """The benchmark stations' lead (added, PIN 1111, to a station with nobody yet): the
    services act as a signed-in operator."""
    from station_app.services.operators import add_operator, find_operator

    return find_operator(db, "Trưởng trạm") or add_operator(db, "Trưởng trạm", "lead", "1111")


class Context:
    def __init__(self, data: Path):
        self.data = data
        data.mkdir(exist_ok=True)
        self.rows: list[tuple] = []

    def report(self, name: str, value: float, unit: str, bar: str, ok: bool | None = None):
        mark = "" if ok is None else ("  PASS" if ok else "  MISS")
        line = f"{name:<58} {value:>12,.2f} {unit:<8} bar: {bar}{mark}"
        self.rows.append((name, value, unit, bar, ok))
        print(line, flush=True)

    def big_roster(self) -> Path:
        from station_app.services.demo_roster import write_demo_roster

        path = self.data / f"roster-{RESIDENTS}.csv"
        if not path.exists():
            print(f"(writing the {RESIDENTS:,}-resident roster once: {path})", flush=True)
            write_demo_roster(path, HOUSEHOLDS, seed=1, max_residents=RESIDENTS)
        return path

    def big_db(self) -> Path:
        """A station database holding the big roster (built once, reused)."""
        from station_app.services.roster_import import import_roster
        from station_app.storage import Database, move_database

        path = self.data / "big-station.sqlite3"
        if not path.exists():
            roster = self.big_roster()
            tmp = self.data / "big-station.building.sqlite3"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{tmp}{suffix}").unlink(missing_ok=True)
            db = Database.create(tmp, "BENCH01", "Trạm benchmark")
            import_roster(db, roster, operator=bench_lead(db))
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.close()
            move_database(tmp, path)
        return path

    def fresh_copy(self, name: str) -> Path:
        """A private copy of the big database for a benchmark that writes (through SQLite's
        backup API, never as a plain file)."""
        from station_app.storage import copy_database

        target = self.data / name
        for suffix in ("", "-wal", "-shm", "-journal", "-key"):  # a scratch copy of an earlier run
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        return copy_database(self.big_db(), target)


def main() -> int:
    from station_app.storage import keys

    # the benchmark stations are encrypted like any other (storage/keys.py)
    os.environ.setdefault(keys.PASSPHRASE_ENV, "benchmark station passphrase")
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("only", nargs="*", help="names of benchmark modules to run (default all)")
    parser.add_argument("--data", type=Path, default=ROOT / "bench-data")
    args = parser.parse_args()
    ctx = Context(args.data)
    names = sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)])
                   if m.name.startswith("bench_"))
    for name in names:
        if args.only and name not in args.only and name.removeprefix("bench_") not in args.only:
            continue
        print(f"\n== {name}", flush=True)
        start = time.perf_counter()
        importlib.import_module(name).run(ctx)
        print(f"   ({time.perf_counter() - start:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
