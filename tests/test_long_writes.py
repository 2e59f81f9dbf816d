"""SPEC §8 "The floor never waits on the back office": while another program has the station
open, a roster import or a merge runs in short steps that let ticket issues in, and one that is
cancelled or killed half-way still changes nothing (storage/steps.py). Real files, real
processes, kill -9."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from cli_helpers import add_crew, dashboard_figures, lead_of

from station_app.services import queue as q
from station_app.services import roster_import
from station_app.services.demo_roster import write_demo_roster
from station_app.services.intake import record_intake
from station_app.services.progress import ProgressCache
from station_app.services.roster_edits import edit_resident
from station_app.services.roster_import import ImportCancelled, import_roster
from station_app.storage import Database, copy_database, steps
from station_app.sync import (
    MergeCancelled,
    create_keys,
    enrol,
    export_bundle,
    import_bundle,
    read_identity_file,
    write_identity_file,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
ROOT = Path(__file__).resolve().parent.parent
# meta's counters (rev, ver, hlc, next_id) only move forward, and the bundle log records exports
NOT_COMPARED = ("meta", "bundle_receipts")


def snapshot(db: Database) -> dict[str, list]:
    """Every row of every table but NOT_COMPARED, and the schema."""
    names = [r[0] for r in db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    data = {t: sorted(map(repr, db.conn.execute(f"SELECT * FROM {t}")))
            for t in names if t not in NOT_COMPARED}
    data["sqlite_master"] = sorted(map(repr, db.conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master")))
    return data


@pytest.fixture(scope="module")
def roster_60k(tmp_path_factory) -> Path:
    """A roster that one transaction takes seconds to write (about 60,000 residents)."""
    path = tmp_path_factory.mktemp("long") / "r60k.csv"
    write_demo_roster(path, households=60_000, seed=3, max_residents=60_000)
    return path


IMPORTER = textwrap.dedent("""
    import sys, time
    from station_app.services import roster_import
    from station_app.services.operators import find_operator
    from station_app.storage import Database, copy_database, steps

    db_path, roster, step_rows, hold = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    steps.STEP_ROWS = step_rows
    roster_import.CHUNK = 500
    held = []  # how long each step held the write lock
    commit = steps.Steps._commit
    def timed(self):
        started = self._started
        commit(self)
        held.append(time.monotonic() - started)
    steps.Steps._commit = timed
    db = Database.open(db_path)

    def progress(done, total):
        print("progress", done, total, flush=True)
        if hold == "hold":
            sys.stdin.readline()  # the test works (and kills us) meanwhile

    result = roster_import.import_roster(db, roster, progress=progress,
                                         operator=find_operator(db, "Trưởng trạm"))
    print("finished", result.imported, len(held), max(held, default=0), flush=True)
""")


def _importer(db_path: Path, roster: Path, step_rows: int, hold: bool) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(db_path), str(roster), str(step_rows),
         "hold" if hold else "run"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})


def _kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL


@pytest.mark.slow
def test_tickets_keep_being_issued_while_a_big_import_runs(db, roster_60k):
    """The ticket table has the station open; the lead imports 60,000 residents from another
    program, in steps: tickets go on being issued between them (one transaction, as before,
    held the lock for the whole import). How long a ticket waits is measured by make bench
    (tests/benchmarks), not asserted here: a shared machine's timings would make it flaky."""
    q.issue_ticket(db, "B", operator=lead_of(db))
    proc = _importer(db.path, roster_60k, 0, hold=False)
    waits = []
    try:
        while proc.poll() is None:
            start = time.perf_counter()
            q.issue_ticket(db, "B", operator=lead_of(db))
            waits.append(time.perf_counter() - start)
            time.sleep(0.005)
        out, err = proc.communicate()
    finally:
        if proc.poll() is None:
            _kill(proc)
    assert proc.returncode == 0, err
    _, imported, count, _longest = out.split("\n")[-2].split()
    assert int(imported) == db.scalar("SELECT count(*) FROM residents") > 50_000
    assert int(count) > 10  # in steps, each holding the lock briefly
    assert len(waits) > 20  # issued while the importer ran, none refused as busy
    assert db.scalar("SELECT count(*) FROM tickets") == len(waits) + 1


@pytest.fixture
def hq_peer(tmp_path, db):
    """HQ enrolled at the station and the station at HQ: the station can export to it."""
    hq = Database.create(tmp_path / "hq.sqlite3", "HQ", "Công an tỉnh", hq=True)
    add_crew(hq)
    for one in (db, hq):
        create_keys(one)
    for one, other in ((db, hq), (hq, db)):
        write_identity_file(other, tmp_path / "peer.id", operator=lead_of(other))
        enrol(one, read_identity_file(tmp_path / "peer.id"), operator=lead_of(one))
    yield hq
    hq.close()


def test_an_import_killed_half_way_is_undone_at_the_next_start_and_never_exported(
        db, hq_peer, small_roster, tmp_path):
    q.issue_ticket(db, "B", operator=lead_of(db))
    before = snapshot(db)
    proc = _importer(db.path, small_roster, 100, hold=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith("progress"), proc.stderr.read()
        line = (proc.stdin.write("\n"), proc.stdin.flush(), proc.stdout.readline())[2]
        assert line.startswith("progress")
        # half the roster is committed, in steps; the floor goes on meanwhile
        assert db.scalar("SELECT count(*) FROM residents") >= 500
        ticket = q.issue_ticket(db, "B", operator=lead_of(db))
        exported = export_bundle(db, tmp_path / "to-hq.bundle", to="HQ", operator=lead_of(db))
        _kill(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert set(exported.counts) == {"tickets", "ticket_events", "audit", "operators"}  # no roster
    assert db.scalar("SELECT count(*) FROM residents") >= 500  # still there until a restart

    reopened = Database.open(db.path)  # the next start undoes it
    try:
        after = snapshot(reopened)
        for table in after:
            if table not in ("tickets", "ticket_events", "audit", "sync_keys", "sync_peers",
                             "output_folders", "output_files"):  # the export remembers its file
                assert after[table] == before[table], table
        assert reopened.scalar("SELECT count(*) FROM tickets") == 2
        assert reopened.scalar("SELECT 1 FROM tickets WHERE id = ?", (ticket["id"],))
        assert reopened.scalar("PRAGMA integrity_check") == "ok"
        again = export_bundle(reopened, tmp_path / "again.bundle", to="HQ", operator=lead_of(reopened))
        assert "residents" not in again.counts and "households" not in again.counts
        assert import_roster(reopened, small_roster, operator=lead_of(reopened)).imported > 1000  # and imports again
    finally:
        reopened.close()


def test_a_cancelled_import_is_undone_but_keeps_a_resident_the_desk_recorded_meanwhile(
        db_path, small_roster, monkeypatch):
    """A desk records an intake for a resident of the half-done import; the lead then cancels.
    The intake is committed work: it keeps its resident, household and village. The rest of
    the import is undone."""
    monkeypatch.setattr(steps, "STEP_ROWS", 100)
    monkeypatch.setattr(roster_import, "CHUNK", 300)
    desk, lead = Database.open(db_path), Database.open(db_path)
    try:
        before = snapshot(desk)
        seen = []

        def progress(done, total):
            seen.append(done)
            if len(seen) == 2:
                resident = desk.one("SELECT id, household_id FROM residents ORDER BY id LIMIT 1")
                seen.append(resident)
                record_intake(desk, resident["id"], "collected", desk="1", operator=lead_of(desk))
                return False
            return True

        with pytest.raises(ImportCancelled):
            import_roster(lead, small_roster, progress=progress, operator=lead_of(lead))
        resident = seen[2]
        after = snapshot(desk)
        assert desk.query("SELECT id, household_id FROM residents") == [resident]
        assert desk.scalar("SELECT count(*) FROM intakes WHERE resident_id = ?",
                           (resident["id"],)) == 1
        village = desk.scalar("SELECT village_id FROM households WHERE id = ?",
                              (resident["household_id"],))
        assert village and desk.scalar("SELECT count(*) FROM areas") == 3  # province › village
        assert desk.scalar("SELECT count(*) FROM graves") == 0
        for table in ("steps_ops", "steps_revs", "steps_undo", "appointments", "tickets"):
            assert after[table] == before[table] == [], table
    finally:
        desk.close()
        lead.close()


def test_a_re_import_cancelled_half_way_puts_every_changed_value_back(roster_db_path,
                                                                     small_roster, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setattr(steps, "STEP_ROWS", 100)
    monkeypatch.setattr(roster_import, "CHUNK", 300)
    text = small_roster.read_text(encoding="utf-8-sig")
    changed = tmp_path / "changed.csv"
    changed.write_text(text.replace("Cần cấp", "Đã có thẻ").replace("Thôn Đông", "Thôn Mới"),
                       encoding="utf-8")
    other, db = Database.open(roster_db_path), Database.open(roster_db_path)
    try:
        before = snapshot(db)
        with pytest.raises(ImportCancelled):
            import_roster(db, changed, progress=lambda done, total: done < 900,
                          operator=lead_of(db), confirmed=True)
        assert snapshot(other) == before
        result = import_roster(db, changed, operator=lead_of(db), confirmed=True)  # in steps
        assert result.updated > 500 and db.scalar(
            "SELECT count(DISTINCT rev) FROM residents WHERE card_status = 'has_card'") > 5
    finally:
        other.close()
        db.close()


def test_a_dashboards_figures_follow_a_cancelled_import_put_back(roster_db_path, small_roster,
                                                                tmp_path, monkeypatch):
    """The figures a dashboard keeps (another connection, read while the import runs) are read
    again whole after the undo, whose rows keep their old revs, even when the newest roster
    change is the floor's."""
    monkeypatch.setattr(steps, "STEP_ROWS", 100)
    monkeypatch.setattr(roster_import, "CHUNK", 300)
    changed = tmp_path / "changed.csv"
    changed.write_text(small_roster.read_text(encoding="utf-8-sig").replace(
        "Cần cấp", "Đã có thẻ"), encoding="utf-8")
    other, db = Database.open(roster_db_path), Database.open(roster_db_path)
    cache = ProgressCache()

    def figures(cache: ProgressCache) -> Counter:
        return dashboard_figures(other, cache)

    try:
        before = figures(cache)
        seen = []

        def progress(done, total):
            if done < 900:
                return True
            # the last word before the cancel is the floor's: a name corrected at a desk
            resident = other.scalar("SELECT id FROM residents WHERE card_status = 'needs_card'"
                                    " ORDER BY id LIMIT 1")
            edit_resident(other, resident, {"full_name": "Nguyễn Văn Sửa"},
                          operator=lead_of(other))
            seen.append(figures(cache))  # some card statuses changed already
            return False

        with pytest.raises(ImportCancelled):
            import_roster(db, changed, progress=progress, operator=lead_of(db), confirmed=True)
        assert seen[0] != before
        assert figures(cache) == figures(ProgressCache()) == before
    finally:
        other.close()
        db.close()

# -- merges -------------------------------------------------------------------------------------
@pytest.fixture
def station_and_bundle(tmp_path, roster_db_path):
    """A station (holding its own roster edits to come) and a bundle from HQ with the roster
    and edits of HQ's own: rows inserted, rows replaced, rows deleted."""
    hq = Database.open(roster_db_path)
    station = Database.create(tmp_path / "xa01.sqlite3", "XA01", "Trạm xã")
    add_crew(station)
    for one in (hq, station):
        create_keys(one)
    for one, other in ((hq, station), (station, hq)):
        write_identity_file(other, tmp_path / "peer.id", operator=lead_of(other))
        enrol(one, read_identity_file(tmp_path / "peer.id"), operator=lead_of(one))
    export_bundle(hq, tmp_path / "roster.bundle", to="XA01", operator=lead_of(hq))
    import_bundle(station, tmp_path / "roster.bundle", operator=lead_of(station))
    ids = [r[0] for r in hq.conn.execute("SELECT id FROM residents ORDER BY id")]
    with hq.write("edits") as w:
        w.update_many("residents", ("card_status",), [("has_card", i) for i in ids[::3]])
        for i in ids[1::50]:
            w.delete("residents", i)
    import_roster(hq, _extra_roster(tmp_path), operator=lead_of(hq), confirmed=True)
    export_bundle(hq, tmp_path / "edits.bundle", to="XA01", operator=lead_of(hq))
    hq.close()
    yield station, tmp_path / "edits.bundle"
    station.close()


def _extra_roster(tmp_path: Path) -> Path:
    path = tmp_path / "extra.csv"
    write_demo_roster(path, households=200, seed=99)
    return path


MERGER = textwrap.dedent("""
    import sys
    from station_app.services.operators import find_operator
    from station_app.storage import Database, copy_database, steps
    from station_app.sync import import_bundle

    steps.STEP_ROWS = steps.BATCH_ROWS = 100
    db = Database.open(sys.argv[1])

    def progress(table, done, total):
        if table == "residents":  # areas, audit, households are merged, in steps
            print("merging", table, flush=True)
            sys.stdin.readline()  # between two steps, until killed

    import_bundle(db, sys.argv[2], progress=progress,
                  operator=find_operator(db, "Trưởng trạm"))
    print("finished", flush=True)
""")


def test_a_merge_killed_half_way_is_undone_at_the_next_start(station_and_bundle):
    station, bundle = station_and_bundle
    before = snapshot(station)
    proc = subprocess.Popen([sys.executable, "-c", MERGER, str(station.path), str(bundle)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert proc.stdout.readline().split() == ["merging", "residents"]
        assert station.scalar("SELECT count(*) FROM steps_revs") > 3  # several steps so far
        assert snapshot(station) != before
        q.issue_ticket(station, "B", operator=lead_of(station))  # the floor is not kept waiting
        _kill(proc)
    finally:
        if proc.poll() is None:
            proc.kill()
    reopened = Database.open(station.path)
    try:
        after = snapshot(reopened)
        for table in after:
            if table not in ("tickets", "ticket_events", "audit"):
                assert after[table] == before[table], table
        assert import_bundle(reopened, bundle, operator=lead_of(reopened)).status == "applied"
    finally:
        reopened.close()


def test_a_merge_in_steps_gives_what_one_transaction_gives_and_a_cancel_changes_nothing(
        station_and_bundle, tmp_path, monkeypatch):
    station, bundle = station_and_bundle
    copy = tmp_path / "copy.sqlite3"
    copy_database(station.path, copy)  # encrypted with its key file (VACUUM INTO has none)
    alone = Database.open(copy)
    import_bundle(alone, bundle, operator=lead_of(alone))  # one transaction: nobody else has it open
    monkeypatch.setattr(steps, "STEP_ROWS", 100)
    monkeypatch.setattr(steps, "BATCH_ROWS", 100)
    other = Database.open(station.path)
    try:
        before = snapshot(station)
        with pytest.raises(MergeCancelled):
            import_bundle(station, bundle, progress=lambda table, done, total: done < 4, operator=lead_of(station))
        assert snapshot(other) == before
        outcome = import_bundle(station, bundle, operator=lead_of(station))
        assert outcome.status == "applied" and outcome.graves["residents"] > 5
        assert station.scalar("SELECT count(*) FROM sync_merges") > 10  # every step's rev
        for table in ("residents", "households", "areas", "graves"):
            cols = "tbl, id, ver" if table == "graves" else "*"
            rows = [sorted(d.conn.execute(f"SELECT {cols} FROM {table}").fetchall())
                    for d in (station, alone)]
            if table != "graves":
                rows = [[r[:-2] + r[-1:] for r in rs] for rs in rows]  # all but the local rev
            assert rows[0] == rows[1], table
    finally:
        other.close()
        alone.close()


# -- the floor preempts a step: rolled back, redone ----------------------------------------------
@contextlib.contextmanager
def a_ticket_during_a_step(db_path: Path, monkeypatch, at_call: int, redoable: bool = True):
    """A real ticket issued from another thread (its own connection) while the long write is in
    the middle of a step: the ``at_call``-th write (``Steps.do``) of the long write (or the
    first after it in a step that can be redone, if ``redoable``) waits, still in its step,
    until the ticket is waiting for the lock. Yields what happened: the tickets issued and the
    steps rolled back."""
    seen = {"calls": 0, "rollbacks": 0, "tickets": []}
    do, rollback = steps.Steps.do, steps.Steps._rollback

    def ticket() -> None:
        floor = Database.open(db_path)
        try:
            seen["tickets"].append(q.issue_ticket(floor, "B", operator=lead_of(floor))["id"])
        finally:
            floor.close()

    def counted_do(self, fn, rows=0):
        seen["calls"] += 1
        if seen["calls"] < at_call or "thread" in seen:
            return do(self, fn, rows)

        def fn_then_the_floor(w):
            fn(w)
            if "thread" not in seen and not (redoable and self._pinned):
                thread = threading.Thread(target=ticket)
                thread.start()
                seen["thread"], seen["rev"] = thread, w.rev
                deadline = time.monotonic() + 60
                while not self._floor.waiting() and time.monotonic() < deadline:
                    time.sleep(0.001)  # until the ticket touches the -steps file, waiting
        return do(self, fn_then_the_floor, rows)

    def counted_rollback(self):
        seen["rollbacks"] += 1
        rollback(self)

    monkeypatch.setattr(steps.Steps, "do", counted_do)
    monkeypatch.setattr(steps.Steps, "_rollback", counted_rollback)
    yield seen
    if "thread" in seen:
        seen["thread"].join(60)


def _roster_tables(db: Database) -> dict[str, list]:
    """The roster's tables without the local rev (each database numbers its own changes)."""
    found = {}
    for table in ("residents", "households", "areas", "graves"):
        cols = [r[1] for r in db.conn.execute(f"PRAGMA table_info({table})") if r[1] != "rev"]
        found[table] = sorted(db.conn.execute(f"SELECT {', '.join(cols)} FROM {table}"))
    return found


def test_the_pages_written_ahead_stay_uncommitted_until_the_commit(db_path):
    """What a step written ahead relies on: the open transaction's pages go into the WAL
    (encrypted, as every page of the file) before the commit, another connection does not see
    them, and a rollback still undoes them."""
    from station_app.core.sqlite import cache_flusher
    from station_app.storage.transaction import database_file

    db, other = Database.open(db_path), Database.open(db_path)
    wal = Path(f"{db_path}-wal")
    try:
        flush = cache_flusher(db.conn, database_file(db.conn))
        assert flush is not None
        db.conn.execute("CREATE TABLE ahead (note TEXT)")
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.conn.execute("BEGIN IMMEDIATE")
        db.conn.executemany("INSERT INTO ahead VALUES (?)", [("x" * 200,)] * 3000)
        before = wal.stat().st_size
        assert flush() == 0
        assert wal.stat().st_size > before + 3000 * 200
        assert b"x" * 200 not in wal.read_bytes()  # encrypted
        assert other.scalar("SELECT count(*) FROM ahead") == 0
        db.conn.execute("ROLLBACK")
        assert db.scalar("SELECT count(*) FROM ahead") == 0
        assert db.scalar("PRAGMA integrity_check") == "ok"
    finally:
        other.close()
        db.close()


@pytest.mark.parametrize("ahead", [True, False], ids=["written ahead", "not written ahead"])
def test_a_ticket_during_a_step_rolls_the_step_back_and_the_import_redoes_it(
        db_path, small_roster, tmp_path, monkeypatch, ahead):
    """The ticket goes in before the step is committed (the step is rolled back, its pages
    written ahead into the WAL included, so the ticket never waits for its commit); the import
    then redoes the step and ends with exactly what the same import gives alone, the ticket
    kept. With a driver that cannot write ahead, the same."""
    written_ahead = []
    if ahead:  # after every batch: the step rolled back surely has pages in the WAL
        monkeypatch.setattr(steps, "FLUSH_SECONDS", 0)
        write_ahead = steps.Steps._write_ahead
        monkeypatch.setattr(steps.Steps, "_write_ahead",
                            lambda self: (written_ahead.append(1), write_ahead(self)))
    else:
        monkeypatch.setattr(steps, "cache_flusher", lambda conn, main_file: None)
    alone = Database.open(copy_database(db_path, tmp_path / "alone.sqlite3"))
    import_roster(alone, small_roster, operator=lead_of(alone))  # one transaction
    monkeypatch.setattr(steps, "STEP_ROWS", 400)
    monkeypatch.setattr(roster_import, "CHUNK", 600)
    other, db = Database.open(db_path), Database.open(db_path)  # the station is open
    try:
        with a_ticket_during_a_step(db_path, monkeypatch, at_call=20) as seen:
            result = import_roster(db, small_roster, operator=lead_of(db))
        assert seen["rollbacks"] >= 1 and len(seen["tickets"]) == 1
        assert bool(written_ahead) == ahead
        assert result.imported == alone.scalar("SELECT count(*) FROM residents") > 1000
        assert _roster_tables(db) == _roster_tables(alone)
        assert db.scalar("SELECT count(*) FROM tickets WHERE id = ?", (seen["tickets"][0],)) == 1
        for table in ("steps_ops", "steps_revs", "steps_undo"):
            assert db.scalar(f"SELECT count(*) FROM {table}") == 0
        assert db.scalar("PRAGMA integrity_check") == "ok"
    finally:
        other.close()
        db.close()
        alone.close()


def test_a_ticket_during_the_first_step_waits_for_its_commit_the_audit_entry_took_an_id(
        db_path, small_roster, tmp_path, monkeypatch):
    """A step that handed out a new id (here the import's audit entry) is committed, not rolled
    back, when the floor asks: redone, it would give the id the floor's write took since."""
    alone = Database.open(copy_database(db_path, tmp_path / "alone.sqlite3"))
    import_roster(alone, small_roster, operator=lead_of(alone))
    monkeypatch.setattr(steps, "STEP_ROWS", 400)
    other, db = Database.open(db_path), Database.open(db_path)
    try:
        with a_ticket_during_a_step(db_path, monkeypatch, at_call=1, redoable=False) as seen:
            import_roster(db, small_roster, operator=lead_of(db))
        assert len(seen["tickets"]) == 1
        assert _roster_tables(db) == _roster_tables(alone)
        # the step the ticket waited for committed with its rev (one rolled back gives its rev
        # to the ticket and is redone with another)
        assert db.query("SELECT rev FROM audit WHERE action = 'import_roster'") == [
            {"rev": seen["rev"]}]
    finally:
        other.close()
        db.close()
        alone.close()


@pytest.mark.parametrize("ahead", [True, False], ids=["written ahead", "not written ahead"])
def test_a_ticket_during_a_merge_step_rolls_it_back_and_the_merge_gives_what_it_gives_alone(
        station_and_bundle, tmp_path, monkeypatch, ahead):
    if ahead:  # after every batch: the step rolled back surely has pages in the WAL
        monkeypatch.setattr(steps, "FLUSH_SECONDS", 0)
    else:
        monkeypatch.setattr(steps, "cache_flusher", lambda conn, main_file: None)
    station, bundle = station_and_bundle
    alone = Database.open(copy_database(station.path, tmp_path / "alone.sqlite3"))
    import_bundle(alone, bundle, operator=lead_of(alone))  # one transaction
    monkeypatch.setattr(steps, "STEP_ROWS", 300)
    monkeypatch.setattr(steps, "BATCH_ROWS", 100)
    other = Database.open(station.path)
    try:
        with a_ticket_during_a_step(station.path, monkeypatch, at_call=12) as seen:
            outcome = import_bundle(station, bundle, operator=lead_of(station))
        assert outcome.status == "applied" and seen["rollbacks"] >= 1
        assert len(seen["tickets"]) == 1
        assert _roster_tables(station) == _roster_tables(alone)
        assert station.scalar("SELECT count(*) FROM steps_undo") == 0
        assert station.scalar("PRAGMA integrity_check") == "ok"
    finally:
        other.close()
        alone.close()
