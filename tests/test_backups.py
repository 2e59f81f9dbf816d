"""Backups of the running station, restore (the current file kept aside), and the check of a
damaged database: against real files, a real second process writing intakes, and a database
file really damaged on disk."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import pytest
from cli_helpers import dashboard_figures, run, run_json

from station_app.core.permissions import NotAllowed
from station_app.core.sqlite import sqlite3
from station_app.services import backups as B
from station_app.services.intake import record_intake
from station_app.services.progress import ProgressCache
from station_app.storage import Database, copy_database, keys

T0 = dt.datetime(2026, 11, 24, 7, 0, 0)


def intake_ids(path: Path) -> set[str]:
    db = Database.open(path)
    try:
        return {i for (i,) in db.conn.execute("SELECT id FROM intakes")}
    finally:
        db.close()


WRITER = textwrap.dedent("""
    import sys
    from station_app.services.intake import record_intake
    from station_app.services.operators import find_operator
    from station_app.storage import Database
    db = Database.open(sys.argv[1])
    lead = find_operator(db, "Trưởng trạm")
    for (rid,) in db.conn.execute("SELECT id FROM residents ORDER BY id LIMIT 400").fetchall():
        row = record_intake(db, rid, "missing_documents", note="thiếu giấy tờ", operator=lead)
        print(row["id"], flush=True)
    db.close()
""")


def test_a_backup_taken_while_another_process_writes_intakes_restores_every_committed_one(
        roster_db_path, lead, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    db = Database.open(roster_db_path)
    B.set_backup_settings(db, folder, keep=3, operator=lead)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(roster_db_path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        committed = [writer.stdout.readline().strip() for _ in range(30)]
        backup = B.take_backup(db, now=T0)  # while the writer goes on
        after = writer.stdout.read().split()
    finally:
        writer.wait(timeout=60)
    assert writer.returncode == 0 and len(committed) + len(after) == 400
    assert backup.path.parent == folder and backup.path.name.startswith("XA01-20261124-070000")
    in_backup = intake_ids(backup.path)
    assert set(committed) <= in_backup <= set(committed) | set(after)
    db.close()

    restored = B.restore_backup(roster_db_path, backup.path, lambda _db: lead)
    assert not restored.was_damaged and restored.aside.exists()
    db = Database.open(roster_db_path)
    try:
        assert B.check_database(db, full=True) == []
        assert {i for (i,) in db.conn.execute("SELECT id FROM intakes")} == in_backup
        # the restore is audited, and the ids of this laptop never go back (already sent)
        assert db.scalar("SELECT count(*) FROM audit WHERE action = 'backup.restore'") == 1
        assert int(db.meta("rev")) > 400
        # what this laptop knew after the backup stays (the wipe finds the backup itself)
        assert db.scalar("SELECT kind FROM backups WHERE path = ?", (str(backup.path),)) == "backup"
        assert db.scalar("SELECT kind FROM backups WHERE path = ?", (str(restored.aside),)) == "aside"
    finally:
        db.close()
    assert intake_ids(restored.aside) == set(committed) | set(after)  # the file before


def test_the_last_n_backups_are_kept_and_the_status_says_where_and_when(roster_db, lead,
                                                                         tmp_path):
    db = roster_db
    status = B.backup_status(db)
    assert status.last is None and not status.chosen
    assert status.folder == db.path.parent / "backups"
    B.set_backup_settings(db, tmp_path, keep=2, operator=lead)
    taken = [B.take_backup(db, now=T0 + dt.timedelta(hours=h)) for h in range(4)]
    left = B.station_backups(tmp_path, "XA01")
    assert [b.path for b in left] == [t.path for t in taken[-2:]]
    assert not taken[0].path.exists() and not taken[1].path.exists()
    assert [p for (p,) in db.conn.execute("SELECT path FROM backups ORDER BY path")] == [
        str(t.path) for t in taken[-2:]]
    status = B.backup_status(db)
    assert status.chosen and status.last.path == taken[-1].path
    assert status.age_seconds(T0 + dt.timedelta(hours=4)) == 3600
    # two in the same second: the second is the newer, the oldest goes
    again = [B.take_backup(db, now=T0 + dt.timedelta(hours=5)) for _ in range(2)]
    assert again[1].path.name.endswith(f"-2{B.BACKUP_SUFFIX}")
    assert [b.path for b in B.station_backups(tmp_path, "XA01")] == [a.path for a in again]


def test_a_missing_usb_stick_is_said_in_one_line(roster_db, lead, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    B.set_backup_settings(roster_db, stick, operator=lead)
    stick.rmdir()  # unplugged
    with pytest.raises(B.BackupError, match="is not there"):
        B.take_backup(roster_db)


def test_only_a_lead_chooses_the_folder_and_restores(roster_db_path, staff, tmp_path):
    db = Database.open(roster_db_path)
    backup = B.take_backup(db)
    with pytest.raises(NotAllowed):
        B.set_backup_settings(db, tmp_path, operator=staff)
    db.close()
    with pytest.raises(NotAllowed):
        B.restore_backup(roster_db_path, backup.path, lambda _db: staff)


def test_a_running_dashboards_figures_follow_a_restore(roster_db_path, lead):
    """The window keeps its connection and its cached figures through a restore (the backup
    API writes under it): rows come back older than the revs the figures were read at, so the
    figures are read again whole, not only what changed since."""
    window = Database.open(roster_db_path)
    cache = ProgressCache()

    def figures(cache: ProgressCache) -> Counter:
        return dashboard_figures(window, cache)

    try:
        before = figures(cache)
        backup = B.take_backup(window, T0)
        for (resident,) in window.conn.execute(
                "SELECT id FROM residents ORDER BY id LIMIT 5").fetchall():
            record_intake(window, resident, "collected", desk="1", operator=lead)
        assert figures(cache) != before and cache.full_reads == 1
        B.restore_backup(roster_db_path, backup.path, lambda _db: lead)
        assert figures(cache) == figures(ProgressCache()) == before
    finally:
        window.close()


def test_a_backup_of_another_station_or_not_a_backup_is_refused(roster_db_path, lead, tmp_path):
    other = Database.create(tmp_path / "other.sqlite3", "XA02", "Trạm khác")
    other.close()
    stray = tmp_path / "notes.sqlite3"
    stray.write_bytes(b"not a database at all" * 100)
    with pytest.raises(B.BackupError, match="a backup of station XA02, not of this station XA01"):
        B.restore_backup(roster_db_path, other.path, lambda _db: lead)
    with pytest.raises(B.BackupError, match="not a station backup"):
        B.restore_backup(roster_db_path, stray, lambda _db: lead)
    assert not list(roster_db_path.parent.glob("*before-restore*"))  # nothing moved
    assert not B.restore_work_path(roster_db_path).exists()


def damage(path: Path) -> list[tuple[int, bytes]]:
    """Overwrite four pages in the middle of the file, where the residents' rows are (a bad
    sector, a power cut on a cheap disk): the database still opens, the damage is in the data.
    (SQLCipher has no dbstat to name the pages: the residents are most of a roster's file.)"""
    conn = sqlite3.connect(path)
    conn.execute(keys.key_pragma(keys.database_key(path)))
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    middle = path.stat().st_size // page_size // 2
    with open(path, "r+b") as fh:  # the database is closed: no SQLite lock to lose
        for page in range(middle, middle + 4):
            fh.seek((page - 1) * page_size)
            fh.write(b"\xff" * 64)
    return [((page - 1) * page_size, b"\xff" * 64) for page in range(middle, middle + 4)]


def test_a_damaged_database_is_detected_and_restored_from_the_last_backup(roster_db_path, lead,
                                                                          capsys):
    db = Database.open(roster_db_path)
    backup = B.take_backup(db)
    for _ in range(3):  # changes after the backup (sent to HQ, say)
        with db.write("test.after", "x"):
            pass
    rev = int(db.meta("rev"))
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    damage(roster_db_path)

    db = Database.open(roster_db_path)  # opens: the damage is in the data
    assert B.check_database(db)
    db.close()
    code, out, err = run(capsys, "check", "--db", roster_db_path)
    assert code == 1 and "damaged" in err and "Restore the last backup" in err
    assert str(backup.path.parent) in err

    restored = run_json(capsys, "restore", backup.path, "--db", roster_db_path)
    assert restored["was_damaged"] is True and Path(restored["aside"]).exists()
    db = Database.open(roster_db_path)
    try:  # the restored backup goes on from the damaged file's change number
        assert int(db.meta("rev")) == rev + 1  # the restore's own audit entry
        assert db.scalar("SELECT count(*) FROM audit WHERE action = 'test.after'") == 0
    finally:
        db.close()
    code, out, err = run(capsys, "check", "--db", roster_db_path)
    assert code == 0, err


def test_backup_and_restore_from_the_command_line(roster_db_path, tmp_path, capsys):
    folder = tmp_path / "usb"
    folder.mkdir()
    done = run_json(capsys, "backup", "--to", folder, "--keep", 5, "--db", roster_db_path)
    assert Path(done["file"]).parent == folder
    status = run_json(capsys, "backup", "--status", "--db", roster_db_path)
    assert status["folder"] == str(folder) and status["last"] == done["file"]
    code, out, err = run(capsys, "restore", done["file"], "--db", roster_db_path)
    assert code == 0 and "kept aside" in out
    copy = copy_database(done["file"], tmp_path / "copy.sqlite3")
    assert intake_ids(copy) == intake_ids(roster_db_path)
