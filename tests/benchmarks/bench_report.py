"""The progress report (SPEC §7: ≤ 2 s over 802,466 residents and 100 days of intake; issue 25:
≤ 1.5 s here, so that the bar holds on a slower laptop), each file beside the figures alone;
the list of residents still missing written by `station-app report missing` as a child process
(issue 25: XLSX ≤ 20 s and ≤ 300 MB), its time and peak memory beside the program doing
nothing (`--version`); and the refresh a dashboard makes after each intake (issue 14: ≤ 200 ms): the figures alone, then the
GUI's dashboard screen (``dashboard``, in a process of its own, offscreen, on the real worker
threads): from its refresh to the new figures painted into the screen's widgets.

Setup (once per copy of the big database, a few seconds): a campaign of 100 days with two
age-group deadlines, and 100 days of intakes, 7,200 a day, written by set-based SQL inside one
``Database.write()`` (so they carry rev/ver like any intake): 90 % of the residents who need a
card collected village after village, the other intakes people turned away for missing
documents, and 2,000 collections corrected to "missing documents"."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import bench_lead

DAYS = 100
START = dt.date(2026, 3, 1)


def _campaign(db) -> None:
    from station_app.core.scheduling import AgeDeadline
    from station_app.services.sessions import create_campaign

    end = START + dt.timedelta(days=DAYS + 20)
    create_campaign(db, "CCCD bench", [AgeDeadline(14, 22, START + dt.timedelta(days=DAYS)),
                                       AgeDeadline(23, None, end)], START, end,
                    operator=bench_lead(db))


def _setup(db) -> int:
    _campaign(db)
    last = (START + dt.timedelta(days=DAYS - 1)).isoformat()
    eligible = db.scalar("SELECT count(*) FROM residents WHERE card_status = 'needs_card'"
                         " AND (dob IS NULL OR dob <= ?)", (f"{START.year - 14}-12-31",))
    collect = eligible * 9 // 10  # 90 % done after 100 days
    turned = 720_000 - collect - 2000  # the rest: turned away for missing documents
    with db.write("bench.intakes") as w:
        node = db.node
        first = int(w.new_id()[len(node):])
        count = collect + turned
        w.new_ids(count + 2000)  # advance the id counter past what the SQL below numbers
        db.conn.execute(
            f"""INSERT INTO intakes (id, resident_id, desk, operator, at, outcome, reason, station,
            rev, ver)
            SELECT printf('%s%010d', :node, :first + n), id, '1', 'bench',
              date(:start, '+' || (CASE WHEN n > :collect THEN (n - :collect) * {DAYS} / (:turned + 1)
                   ELSE n * {DAYS} / (:collect + 1) END) || ' days') || 'T08:00:00+07:00',
              CASE WHEN n > :collect THEN 'missing_documents' ELSE 'collected' END,
              NULL, :station, :rev, :ver
            FROM (SELECT id, n FROM (
                    SELECT id, row_number() OVER (ORDER BY household_id, id) AS n
                    FROM residents WHERE card_status = 'needs_card'
                    AND (dob IS NULL OR dob <= :born)) WHERE n <= :collect
                  UNION ALL
                  SELECT id, :collect + n FROM (
                    SELECT id, row_number() OVER (ORDER BY name_fold) AS n FROM residents
                    WHERE card_status = 'needs_card')
                  WHERE n <= :turned)""",
            {"node": node, "first": first, "start": START.isoformat(), "collect": collect,
             "turned": turned,
             "station": db.station, "rev": w.rev, "ver": w.ver,
             "born": f"{START.year - 14}-12-31"})
        db.conn.execute(
            """INSERT INTO intakes (id, resident_id, desk, operator, at, outcome, reason, note,
            station, corrects_id, rev, ver)
            SELECT printf('%s%010d', :node, :first + :count + row_number() OVER (ORDER BY id)),
              resident_id, desk, 'bench', :last || 'T16:00:00+07:00', 'missing_documents',
              NULL, 'Đính chính: nhầm người', station, id, :rev, :ver
            FROM (SELECT id, resident_id, desk, station FROM intakes
                  WHERE outcome = 'collected' ORDER BY id LIMIT 2000)""",
            {"node": node, "first": first, "count": count, "last": last, "rev": w.rev,
             "ver": w.ver})
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db.scalar("SELECT count(*) FROM intakes")


def report_db(ctx) -> Path:
    """The big station with its campaign and 100 days of intakes (built once, reused)."""
    from station_app.storage import Database, move_database

    path = ctx.data / "bench-report-r2.sqlite3"  # of the big roster of run.BIG_DB
    if not path.exists():
        building = ctx.fresh_copy("bench-report.building.sqlite3")
        db = Database.open(building)
        start = time.perf_counter()
        intakes = _setup(db)
        print(f"(setup: {intakes:,} intakes over {DAYS} days in "
              f"{time.perf_counter() - start:.1f} s)", flush=True)
        db.close()
        move_database(building, path)
    return path


def run(ctx) -> None:
    from station_app.services import reports
    from station_app.services.intake import record_intake
    from station_app.services.progress import ProgressCache, progress
    from station_app.storage import Database

    path = report_db(ctx)
    db = Database.open(path)
    lead = bench_lead(db)
    day = START + dt.timedelta(days=DAYS - 1)
    residents = db.scalar("SELECT count(*) FROM residents")
    intakes = db.scalar("SELECT count(*) FROM intakes")

    timings, cpu = [], []
    for _ in range(3):
        start, start_cpu = time.perf_counter(), time.process_time()
        figures = progress(db, day, operator=lead)
        timings.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    figures_s = min(timings)  # the baseline of the files below: what they must compute
    ctx.report(f"progress figures, {residents:,} residents, {intakes:,} intakes (best of 3)",
               figures_s * 1000, "ms", "- (baseline of the files)")
    # the machine is shared: the CPU time this process used says what the work costs alone
    ctx.report("  the same, CPU time of this process (best of 3)", min(cpu) * 1000, "ms", "-")
    with tempfile.TemporaryDirectory() as folder:
        for ext in ("pdf", "xlsx", "json"):
            timings, cpu = [], []
            for _ in range(3):
                start, start_cpu = time.perf_counter(), time.process_time()
                if ext == "json":
                    json.dumps(reports.as_json(progress(db, day,
                                                        operator=lead)), ensure_ascii=False)
                else:
                    reports.write_report(db, Path(folder) / f"report.{ext}", day, operator=lead)
                timings.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
            best = min(timings)
            what = "--json" if ext == "json" else f"--out {ext}"
            ctx.report(f"station-app report {what} (figures + output, best of 3)", best, "s",
                       f"≤ 1.5 s (SPEC ≤ 2 s); {best / figures_s:.2f}x the figures alone",
                       best <= 1.5)
            # no bar: the cube's two threads add up (services/progress.py, _cube_rows)
            ctx.report("  the same, CPU time of this process", min(cpu), "s",
                       "- (two threads: both counted)")

    missing_figures(ctx, path, day, "100 days in")
    # the longest list: the campaign's first day, nobody collected yet
    first = Database.open(ctx.fresh_copy("bench-first-day.sqlite3"))
    _campaign(first)
    first.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    first.close()
    missing_figures(ctx, first.path, START, "first day, nobody collected", ("xlsx",))

    cache = ProgressCache()
    progress(db, day, cache=cache, operator=lead)  # the dashboard opens (in its worker)
    resident = db.scalar("SELECT id FROM residents WHERE card_status = 'needs_card' AND id NOT IN"
                         " (SELECT resident_id FROM intakes) LIMIT 1")
    samples = []
    for i in range(20):
        intake = record_intake(db, resident, "collected" if i % 2 == 0 else "missing_documents",
                               desk="1", operator=bench_lead(db), force=True, reason="bench")
        start = time.perf_counter()
        figures = progress(db, day, cache=cache, operator=lead)
        samples.append(time.perf_counter() - start)
        del intake
    samples.sort()
    worst = samples[-1] * 1000
    ctx.report("dashboard refresh after an intake (cached, worst of 20)", worst, "ms",
               "≤ 200 ms", worst <= 200)
    ctx.report("  (whole cube read again during those refreshes)", cache.full_reads - 1, "times",
               "0")
    ctx.report(f"  collected {figures['collected']:,} of {figures['target']:,}", figures["percent"],
               "%", "-")
    db.close()

    gui = run_dashboard(path, day)
    ctx.report("GUI dashboard: first figures shown (whole cube, a worker task)",
               gui["first_ms"], "ms", "-")
    ctx.report("GUI dashboard: refresh after an intake, to figures shown (worst of 20)",
               gui["worst_ms"], "ms", "≤ 200 ms", gui["worst_ms"] <= 200)
    ctx.report("  median of those 20", gui["median_ms"], "ms", "-")
    ctx.report("  of which on the GUI thread (figures into the widgets, worst)", gui["gui_ms"],
               "ms", "-")


# Runs a command and prints its wall seconds, CPU seconds and peak resident memory (KiB) as
# JSON. A child's peak memory counts the memory of the process it was forked from (Linux keeps
# the larger across exec): this small launcher, not the benchmark's big process, forks it.
_LAUNCHER = """import json, os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(child.pid, 0)
print(json.dumps([time.perf_counter() - start, usage.ru_utime + usage.ru_stime,
                  usage.ru_maxrss, os.waitstatus_to_exitcode(status)]), file=sys.stderr)"""


def child(*args: str) -> tuple[float, float, float, str]:
    """Seconds, CPU seconds and peak resident memory (MB) of ``station-app <args>`` run as a
    child process signed in as the lead, and what it printed."""
    env = {**os.environ, "STATION_APP_OPERATOR": "Trưởng trạm", "STATION_APP_PIN": "1111"}
    with tempfile.TemporaryFile() as out:
        done = subprocess.run([sys.executable, "-c", _LAUNCHER, sys.executable, "-m",
                               "station_app", *args], stdout=out, stderr=subprocess.PIPE,
                              env=env, text=True, check=True)
        out.seek(0)
        text = out.read().decode()
    lines = done.stderr.strip().splitlines()
    seconds, cpu, peak_kib, code = json.loads(lines[-1])
    if code:
        raise RuntimeError(f"station-app {' '.join(args)} failed: {text} {done.stderr}")
    return seconds, cpu, peak_kib * 1024 / 1e6, text


def missing_figures(ctx, path: Path, day: dt.date, when: str, exts=("xlsx", "pdf")) -> None:
    """`station-app report missing --out X.xlsx` (and .pdf) over the whole station, as a
    child process: time and peak memory, beside the program doing nothing else
    (`station-app --version`) in the same minutes. The bars are the XLSX's (issue 25)."""
    seconds, cpu, peak, _ = child("--version")
    ctx.report("baseline: station-app --version (time, CPU, peak memory)", seconds, "s",
               f"- (CPU {cpu:.2f} s, {peak:.0f} MB)")
    with tempfile.TemporaryDirectory(dir=ctx.data) as folder:
        for ext in exts:
            out = Path(folder) / f"missing.{ext}"
            seconds, cpu, peak, text = child("report", "missing", "--db", str(path),
                                             "--date", day.strftime("%d/%m/%Y"),
                                             "--out", str(out), "--json")
            count = json.loads(text[text.index("{"):])["count"]
            time_ok, memory_ok = (seconds <= 20, peak <= 300) if ext == "xlsx" else (None, None)
            ctx.report(f"report missing --out {ext}, {count:,} people ({when})", seconds, "s",
                       f"{'≤ 20 s' if time_ok is not None else '-'} (CPU {cpu:.1f} s; "
                       f"{out.stat().st_size / 1e6:.0f} MB file)", time_ok)
            ctx.report(f"  its peak memory ({ext})", peak, "MB",
                       "≤ 300 MB" if memory_ok is not None else "-", memory_ok)
            out.unlink()


def dashboard(path: Path, day: dt.date) -> dict:
    """In this process (offscreen): the lead's window on ``path`` with the dashboard shown for
    ``day``; 20 times an intake recorded by another connection (another desk), then the
    dashboard's refresh timed until its figures are on screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import statistics

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from station_app.services.intake import record_intake
    from station_app.storage import Database
    from station_app.ui.app import build_window

    app = QApplication.instance() or QApplication([])
    db, desk = Database.open(path), Database.open(path)
    with tempfile.TemporaryDirectory() as home:
        store = QSettings(str(Path(home) / "s.ini"), QSettings.Format.IniFormat)
        lead = bench_lead(desk)
        win = build_window(db, "vi", store, operator=lead)
        win.resize(1366, 768)
        win.show()
        screen = win.screens["Dashboard"]
        screen.day = day
        screen.timer.stop()  # refreshed here, not by its timer

        def wait(condition) -> None:
            end = time.perf_counter() + 60
            while not condition():
                if time.perf_counter() > end:
                    raise TimeoutError("the dashboard did not refresh")
                app.processEvents()
                time.sleep(0.0005)

        start = time.perf_counter()
        win.tabs.setCurrentWidget(screen)
        wait(lambda: screen.figures is not None)
        first = time.perf_counter() - start
        screen.timer.stop()
        gui: list[float] = []
        shown = screen.show_figures

        def timed(*args) -> None:
            t = time.perf_counter()
            shown(*args)
            gui.append(time.perf_counter() - t)

        screen.show_figures = timed
        resident = desk.scalar("SELECT id FROM residents WHERE card_status = 'needs_card' AND id"
                               " NOT IN (SELECT resident_id FROM intakes) LIMIT 1")
        samples = []
        for i in range(20):
            record_intake(desk, resident, "collected" if i % 2 == 0 else "missing_documents",
                          desk="2", operator=lead, force=True, reason="bench")
            before = screen.figures
            start = time.perf_counter()
            screen.refresh()
            wait(lambda b=before: screen.figures is not b and not screen._loading)
            samples.append(time.perf_counter() - start)
        win.close()
    desk.close()
    db.close()
    return {"first_ms": first * 1000, "worst_ms": max(samples) * 1000,
            "median_ms": statistics.median(samples) * 1000, "gui_ms": max(gui) * 1000,
            "full_reads": screen.cache.full_reads, "samples": [round(s * 1000, 1) for s in samples]}


def run_dashboard(path: Path, day: dt.date) -> dict:
    out = subprocess.run([sys.executable, __file__, "dashboard", str(path), day.isoformat()],
                         capture_output=True, text=True, timeout=600,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the dashboard probe failed: {out.stdout} {out.stderr}")
    return json.loads(lines[-1])


if __name__ == "__main__" and sys.argv[1:2] == ["dashboard"]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    print(json.dumps(dashboard(Path(sys.argv[2]), dt.date.fromisoformat(sys.argv[3]))),
          flush=True)
