"""Letters written through the window (issue 15): at least 7,000 households of the
802,466-resident roster booked, then, in a process of its own (offscreen), the lead's window with
the real worker threads: the Letters screen, every booked village ticked, "Write the letters"
pressed. A 20 ms QTimer on the GUI thread measures how long each tick waited beyond its 20 ms
while the batch was written (the task's thread and the second process drawing the pages, the
progress bar and the preview on the GUI thread). Bar: never more than 100 ms."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MIN_HOUSEHOLDS = 7_000
TICK_MS = 20
RUNS = 2


def _prepare(ctx) -> tuple[Path, int, float]:
    from run import bench_lead

    from station_app.services import sessions
    from station_app.storage import Database

    db = Database.open(ctx.fresh_copy("bench-letters-gui.sqlite3"))
    try:
        today = dt.date.today()
        specs = sessions.week_specs(today + dt.timedelta(days=1), "Hội trường UBND xã",
                                    [("07:00", "11:30"), ("13:30", "17:00")], 20, 40, days=60)
        sessions.create_sessions(db, specs, operator=bench_lead(db), today=today)
        villages = [r["name"] for r in db.query(
            "SELECT name FROM areas WHERE kind = 'village' ORDER BY name_fold")]
        booked, start = 0, time.perf_counter()
        for village in villages:
            booked += sessions.book_villages(db, [village], operator=bench_lead(db),
                                             today=today).households
            if booked >= MIN_HOUSEHOLDS:
                break
        spent = time.perf_counter() - start
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return db.path, booked, spent
    finally:
        db.close()


def probe(path: Path) -> dict:
    """In this process (offscreen): the lead's window on ``path``, its letters written from
    the Letters screen while a 20 ms timer ticks; the figures as a dict."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from station_app.services.operators import find_operator
    from station_app.storage import Database
    from station_app.ui.app import build_window

    app = QApplication.instance() or QApplication([])
    db = Database.open(path)
    with tempfile.TemporaryDirectory() as home:
        store = QSettings(str(Path(home) / "s.ini"), QSettings.Format.IniFormat)
        win = build_window(db, "en", store, operator=find_operator(db, "Trưởng trạm"))
        win.resize(1366, 768)
        win.show()
        screen = win.screens["Letters"]
        win.tabs.setCurrentWidget(screen)
        start = time.perf_counter()
        while screen.villages.count() == 0:  # the villages come from the database worker
            if time.perf_counter() - start > 60:
                raise TimeoutError("the villages were not listed")
            app.processEvents()
            time.sleep(0.001)
        for i in range(screen.villages.count()):
            screen.villages.item(i).setCheckState(Qt.CheckState.Checked)
        screen.out.setText(str(Path(home) / "letters.pdf"))

        gaps: list[float] = []
        slow: list[tuple] = []
        clock = QElapsedTimer()
        state = {"last": None}

        def tick() -> None:
            now = clock.nsecsElapsed() / 1e6
            if state["last"] is not None:
                gaps.append(now - state["last"])
                if gaps[-1] > TICK_MS + 40:  # where the long waits fall: time, progress
                    slow.append((round(now), round(gaps[-1] - TICK_MS), screen.bar.value(),
                                 screen.bar.maximum()))
            state["last"] = now
            if screen.job is None and state.get("started"):
                timer.stop()
                loop.quit()

        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(TICK_MS)
        timer.timeout.connect(tick)
        loop = QEventLoop()
        clock.start()
        timer.start()
        began = time.perf_counter()
        QTimer.singleShot(0, lambda: (screen.write(), state.update(started=True)))
        loop.exec()
        elapsed = time.perf_counter() - began
        timer.timeout.disconnect()
        message = screen.message.text()
        shown = [not p.pixmap().isNull() for p in screen.pages]
        win.close()
    db.close()
    waits = sorted(g - TICK_MS for g in gaps)
    return {"message": message, "seconds": elapsed, "ticks": len(gaps),
            "max_wait_ms": waits[-1], "p99_wait_ms": waits[int(0.99 * (len(waits) - 1))],
            "preview": all(shown), "slow": slow}


def run(ctx) -> None:
    path, booked, spent = _prepare(ctx)
    ctx.report(f"book villages for the window's batch ({booked:,} households)", spent, "s",
               "(no bar)")
    runs = []
    for _ in range(RUNS):
        out = subprocess.run([sys.executable, __file__, "probe", str(path)], capture_output=True,
                             text=True, timeout=600,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
        if not lines:
            raise RuntimeError(f"the letters probe failed: {out.stdout} {out.stderr}")
        runs.append(json.loads(lines[-1]))
    for r in runs:
        print(f"   {r['message']} in {r['seconds']:.1f} s, preview shown: {r['preview']}; "
              f"waits over 40 ms (ms, wait, progress, of): {r['slow']}")
    worst = max(r["max_wait_ms"] for r in runs)
    ctx.report(f"GUI: {booked:,} letters written from the window, longest 20 ms-timer wait",
               worst, "ms", f"<= 100 ms (worst of {RUNS})", worst <= 100)
    ctx.report("GUI: letters written, 99th percentile timer wait",
               max(r["p99_wait_ms"] for r in runs), "ms",
               f"({runs[0]['ticks']} ticks of {TICK_MS} ms)", None)
    ctx.report("GUI: letters written from the window (click to preview shown)",
               max(r["seconds"] for r in runs), "s", "(no bar)", None)


if __name__ == "__main__" and sys.argv[1:2] == ["probe"]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    print(json.dumps(probe(Path(sys.argv[2]))), flush=True)
