"""`make bench`: the SPEC §7 benchmarks. Each tests/benchmarks/bench_*.py module has
``run(ctx)`` and reports figures with ``ctx.report(name, value, unit, bar)``. Not a test: the
figures are printed, never asserted, so CI stays deterministic. At the end the figures that
have a bar are printed again, PASS or MISS.

The 802,466-resident roster (varied names: core/synthetic.py, ``names="varied"``) and its
imported database are built once under bench-data/ and reused by every benchmark
(``ctx.big_db()``, ``ctx.big_roster()``). Every other file a benchmark makes is a scratch file
(``ctx.scratch``, ``ctx.fresh_copy``): removed with its -wal, -shm, -journal, -key and -steps
files when its module ends, so bench-data/ does not grow from run to run.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

RESIDENTS = 802_466
HOUSEHOLDS = 230_000  # enough households; generation stops at RESIDENTS
# the shared files, named for the roster they hold ("-r2": varied names, issue 25); older
# ones are removed (``Context.__init__``)
BIG_ROSTER = f"roster-{RESIDENTS}-r2.csv"
BIG_DB = "big-station-r2.sqlite3"
STALE = (f"roster-{RESIDENTS}.csv", "big-station.sqlite3", "bench-report.sqlite3",
         "bench-gui.sqlite3")
SUFFIXES = ("", "-wal", "-shm", "-journal", "-key", "-steps")


def remove_database(path: Path) -> None:
    """A database and every file SQLite, the key and the steps keep beside it."""
    for suffix in SUFFIXES:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


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
        self._scratch: list[Path] = []
        for name in STALE:
            remove_database(data / name)

    def report(self, name: str, value: float, unit: str, bar: str, ok: bool | None = None):
        mark = "" if ok is None else ("  PASS" if ok else "  MISS")
        line = f"{name:<58} {value:>12,.2f} {unit:<8} bar: {bar}{mark}"
        self.rows.append((name, value, unit, bar, ok))
        print(line, flush=True)

    def scratch(self, path: Path) -> Path:
        """``path`` (a database, any file or a folder) removed now if an earlier run left it,
        and again when the running benchmark module ends."""
        self._remove(path)
        self._scratch.append(path)
        return path

    def clean(self) -> None:
        """Remove the running module's scratch files."""
        for path in self._scratch:
            self._remove(path)
        self._scratch.clear()

    @staticmethod
    def _remove(path: Path) -> None:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            remove_database(path)

    def big_roster(self) -> Path:
        from station_app.services.demo_roster import write_demo_roster

        path = self.data / BIG_ROSTER
        if not path.exists():
            print(f"(writing the {RESIDENTS:,}-resident roster once: {path})", flush=True)
            write_demo_roster(path, HOUSEHOLDS, seed=1, max_residents=RESIDENTS, names="varied")
        return path

    def big_db(self) -> Path:
        """A station database holding the big roster (built once, reused)."""
        from station_app.services.roster_import import import_roster
        from station_app.storage import Database, move_database

        path = self.data / BIG_DB
        if not path.exists():
            roster = self.big_roster()
            tmp = self.scratch(self.data / "big-station.building.sqlite3")
            db = Database.create(tmp, "BENCH01", "Trạm benchmark")
            import_roster(db, roster, operator=bench_lead(db))
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.close()
            move_database(tmp, path)
        return path

    def fresh_copy(self, name: str) -> Path:
        """A private copy of the big database for a benchmark that writes (through SQLite's
        backup API, never as a plain file), removed when the module ends."""
        from station_app.storage import copy_database

        target = self.scratch(self.data / name)
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
        try:
            importlib.import_module(name).run(ctx)
        finally:
            ctx.clean()
        print(f"   ({time.perf_counter() - start:.0f} s)", flush=True)
    barred = [row for row in ctx.rows if row[4] is not None]
    if barred:
        print(f"\n== against their bars ({sum(1 for r in barred if r[4])} of {len(barred)} met;"
              f" load {os.getloadavg()[0]:.1f})")
        for name, value, unit, bar, ok in barred:
            print(f"{name.strip():<58} {value:>12,.2f} {unit:<8} bar: {bar}"
                  f"  {'PASS' if ok else 'MISS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
