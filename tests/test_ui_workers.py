"""The worker API (ui/workers.py) on real threads and real station databases: where the work
runs, what comes back to the GUI thread and when nothing does; then the whole window used for
a while without a single query on the GUI thread."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt
from sql_trace import trace_sql
from ui_floor_helpers import PINS, TYPED, settings

from station_app.core.sqlite import sqlite3
from station_app.storage import Database
from station_app.ui.app import build_window
from station_app.ui.backups import BackupKeeper
from station_app.ui.workers import SyncWorker, Worker


@pytest.fixture
def worker(db_path):
    w = Worker(db_path)
    yield w
    w.stop()


def _where(db) -> tuple[str, int, int]:
    return threading.current_thread().name, id(db), db.scalar("SELECT COUNT(*) FROM residents")


def test_queries_share_one_database_thread_and_tasks_have_their_own(qtbot, worker):
    seen = []
    with qtbot.waitCallback(timeout=10_000) as first:
        worker.query(_where, on_done=lambda r: (seen.append(threading.current_thread()),
                                                first(r)))
    with qtbot.waitCallback(timeout=10_000) as second:
        worker.query(_where, on_done=second)
    with qtbot.waitCallback(timeout=10_000) as task:
        worker.task(lambda db, _progress: _where(db), on_done=task)
    (q1_thread, q1_db, count), (q2_thread, q2_db, _c) = first.args[0], second.args[0]
    task_thread, task_db, _c = task.args[0]
    assert count == 0 and seen == [threading.main_thread()]  # reported on the GUI thread
    assert q1_thread == q2_thread == "db-worker" and q1_db == q2_db  # one connection
    assert task_thread == "task" and task_db != q1_db


def test_an_error_reaches_on_error_as_the_exception(qtbot, worker):
    with qtbot.waitCallback(timeout=10_000) as failed:
        worker.query(lambda db: db.scalar("SELECT nope FROM residents"), on_error=failed)
    assert isinstance(failed.args[0], sqlite3.OperationalError)
    assert "nope" in str(failed.args[0])


def test_a_cancelled_query_never_runs_and_is_never_reported(qtbot, worker):
    release, ran, reported = threading.Event(), [], []
    worker.query(lambda db: release.wait(10))  # keeps the database thread busy
    stale = worker.query(lambda db: ran.append("stale"), on_done=reported.append)
    stale.cancel()
    release.set()
    with qtbot.waitCallback(timeout=10_000) as fresh:
        worker.query(lambda db: ran.append("fresh"), on_done=fresh)
    assert ran == ["fresh"] and reported == [] and not stale.pending


class Stopped(Exception):
    pass


def test_a_task_reports_progress_and_a_cancelled_task_says_how_it_ended(qtbot, worker):
    steps = []

    def work(db, progress):
        for done in range(1, 1000):
            if not progress(done, 1000):
                raise Stopped(done)
            threading.Event().wait(0.005)
        return "finished"

    with qtbot.waitCallback(timeout=20_000) as ended:
        job = worker.task(work, on_done=ended, on_error=ended,
                          on_progress=lambda done, total: (steps.append(done),
                                                           job.cancel() if done >= 3 else None))
    assert isinstance(ended.args[0], Stopped)  # still reported: the screen says it stopped
    assert steps[:3] == [1, 2, 3] and ended.args[0].args[0] < 1000


def test_nothing_reaches_an_owner_that_is_gone_or_cancelled_them(qtbot, worker):
    reported = []
    gone, closing = QObject(), QObject()
    worker.query(lambda db: "late", on_done=reported.append, owner=gone)
    worker.query(lambda db: "late", on_done=reported.append, owner=closing)
    shiboken6.delete(gone)
    worker.cancel(closing)
    with qtbot.waitCallback(timeout=10_000) as last:
        worker.query(lambda db: "last", on_done=last)
    assert reported == [] and last.args == ["last"]


def test_a_stopped_worker_runs_nothing_more(qtbot, worker):
    with qtbot.waitCallback(timeout=10_000) as opened:
        worker.query(lambda db: None, on_done=opened)
    thread = worker._thread
    worker.stop()
    assert not thread.is_alive()  # its connection closed in its own thread on the way out
    ran = []
    assert not worker.query(lambda db: ran.append(1)).pending
    assert not worker.task(lambda db, p: ran.append(1)).pending
    assert ran == []


def test_the_synchronous_worker_does_it_all_before_returning(db_path, monkeypatch):
    worker = SyncWorker(db_path)
    try:
        got = []
        job = worker.query(_where, on_done=got.append)
        assert not job.pending and got[0][0] == threading.current_thread().name
        worker.task(lambda db, progress: progress(1, 2) and "done", on_done=got.append,
                    on_progress=lambda done, total: got.append((done, total)))
        assert got[1:] == [(1, 2), "done"]
        worker.query(lambda db: 1 / 0, on_error=got.append)
        assert isinstance(got[-1], ZeroDivisionError)
        unhandled = []  # an error nobody handles is never silently lost
        monkeypatch.setattr("sys.excepthook", lambda *exc_info: unhandled.append(exc_info[1]))
        worker.query(lambda db: 1 / 0)
        assert isinstance(unhandled[0], ZeroDivisionError)
    finally:
        worker.stop()


def test_the_window_runs_no_query_on_the_gui_thread(qtbot, roster_db_path, tmp_path,
                                                    monkeypatch, lead):
    """Every connection opened after start-up traces its statements with the thread running
    them; the lead signs in, scrolls the roster to its end, searches, issues a ticket, calls
    it at a desk, records an intake, looks at the dashboard (opened, then refreshed after
    another intake) and the operators, writes the report and opens the display, while the
    check at start and the first backup run, then backs up on the Backups screen (real worker
    threads)."""
    import datetime as dt

    from station_app.core.scheduling import AgeDeadline
    from station_app.services.sessions import create_campaign

    db = Database.open(roster_db_path)  # start-up, before the window (as app.run does)
    today = dt.date.today()
    create_campaign(db, "CCCD", [AgeDeadline(14, None, today + dt.timedelta(days=30))],
                    today - dt.timedelta(days=3), operator=lead)
    on_gui_thread, elsewhere = trace_sql(monkeypatch)
    keeper = BackupKeeper(roster_db_path)  # the check and the backups, as app.run starts them
    win = build_window(db, "en", settings(tmp_path), require_sign_in=True, backups=keeper)
    qtbot.addWidget(win)
    win.show()
    keeper.start()
    try:
        qtbot.waitUntil(lambda: win.signin.name.count() == 4, timeout=10_000)  # the crew but HQ's hq
        qtbot.keyClicks(win.signin.name.lineEdit(), TYPED["Trưởng trạm"])
        qtbot.keyClicks(win.signin.pin, PINS["Trưởng trạm"])
        qtbot.keyClick(win.signin.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not win.is_locked(), timeout=10_000)

        roster = win.screens["Roster"]
        qtbot.waitUntil(lambda: bool(roster.model.index(0, 0).data()), timeout=10_000)
        roster.table.scrollToBottom()
        last = roster.model.rowCount() - 1
        qtbot.waitUntil(lambda: bool(roster.model.index(last, 0).data()), timeout=10_000)
        qtbot.keyClicks(roster.search_box, "nguyen van")
        qtbot.waitUntil(lambda: "found" in roster.status.text(), timeout=10_000)

        tickets = win.screens["Tickets"]
        win.tabs.setCurrentWidget(tickets)
        qtbot.waitUntil(lambda: "walk_in" in tickets.buttons, timeout=10_000)
        tickets.buttons["walk_in"].click()
        qtbot.waitUntil(lambda: tickets.print_state.get(
            (tickets.current or {}).get("id")) in {"pdf", "printed"}, timeout=10_000)
        desk = win.screens["Desk"]
        win.tabs.setCurrentWidget(desk)
        desk.act("call_next")
        qtbot.waitUntil(lambda: desk.number.text() == "B001", timeout=10_000)
        dashboard = win.screens["Dashboard"]
        win.tabs.setCurrentWidget(dashboard)  # the whole cube, as a task
        qtbot.waitUntil(lambda: dashboard.figures is not None, timeout=20_000)
        collected = dashboard.figures["collected"]
        win.tabs.setCurrentWidget(desk)
        qtbot.keyClicks(desk.search, "nguyen")
        qtbot.waitUntil(lambda: desk.results.rowCount() > 0, timeout=10_000)
        adults = [r for r in range(desk.results.rowCount())
                  if desk.results.record(r)["card_status"] == "needs_card"
                  and (desk.results.record(r)["date_of_birth"] or "9") < "2000"]
        desk.results_view.setFocus()
        desk.results_view.selectRow(adults[0])
        desk.record("collected", desk.results_view)
        qtbot.waitUntil(lambda: "recorded" in desk.message.text(), timeout=10_000)
        win.tabs.setCurrentWidget(dashboard)  # refreshed on the database thread, from its cache
        qtbot.waitUntil(lambda: dashboard.figures["collected"] != collected, timeout=10_000)
        # one cube read whole for the home page (where the lead landed) and the dashboard
        assert win.screens["Home"].cache is dashboard.cache and dashboard.cache.full_reads == 1
        dashboard.write("report", "xlsx")
        qtbot.waitUntil(lambda: dashboard.open_file.isVisible(), timeout=20_000)
        operators = win.screens["Operators"]
        win.tabs.setCurrentWidget(operators)
        qtbot.waitUntil(lambda: operators.model.rowCount() == 4, timeout=10_000)
        display = win.open_display()
        qtbot.waitUntil(lambda: display.current_calls() != [], timeout=10_000)
        qtbot.waitUntil(lambda: keeper.status is not None and keeper.status.last is not None,
                        timeout=20_000)
        backups = win.screens["Backups"]
        win.tabs.setCurrentWidget(backups)
        qtbot.waitUntil(lambda: backups.model.rowCount() == 1, timeout=10_000)
        backups.now.click()
        qtbot.waitUntil(lambda: backups.model.rowCount() == 2, timeout=20_000)
    finally:
        keeper.stop()
        win.close()
        db.close()
    assert on_gui_thread == []
    assert any("FROM residents" in sql for sql in elsewhere)
    Database.open(roster_db_path).close()  # and the trace does see a query on the GUI thread
    assert on_gui_thread
