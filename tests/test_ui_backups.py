"""The GUI's backups: the check and the first backup once the window is open, the status line,
the lead's Backups screen (folder, a backup now, restore, the end-of-campaign wipe), driven
with keys and clicks against a real station database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from test_backups import damage
from test_wipe import make_hq
from ui_floor_helpers import settings, sign_in

from station_app.services import backups as B
from station_app.services.operators import find_operator
from station_app.storage import Database, NotAStationDatabase
from station_app.sync import create_keys, enrol, read_identity_file
from station_app.ui.app import build_window, cannot_open
from station_app.ui.backups import BackupKeeper
from station_app.ui.workers import SyncWorker


def window(qtbot, path: Path, tmp_path: Path, keeper: BackupKeeper | None = None):
    db = Database.open(path)
    win = build_window(db, "en", settings(tmp_path), require_sign_in=True,
                       worker=SyncWorker(path), backups=keeper)
    qtbot.addWidget(win)
    win.show()
    return win, db


def answer_next_box(button: QMessageBox.StandardButton, asked: list[str]) -> None:
    def reply() -> None:
        box = QApplication.activeModalWidget()
        asked.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, reply)


def test_the_first_backup_follows_the_check_and_shows_in_the_status_line(qtbot, roster_db_path,
                                                                          tmp_path):
    keeper = BackupKeeper(roster_db_path, worker=SyncWorker(roster_db_path))
    win, db = window(qtbot, roster_db_path, tmp_path, keeper)
    try:
        assert "checking" in win.statusBar().findChildren(type(win.who))[0].text()
        keeper.start()
        assert keeper.damage == []
        taken = B.station_backups(roster_db_path.parent / "backups", "XA01")
        assert len(taken) == 1
        label = next(w for w in win.statusBar().findChildren(type(win.who))
                     if w is not win.who)
        assert label.text().startswith("Last backup just now in ")
        assert "this disk only" in label.text()  # no USB stick chosen yet
    finally:
        keeper.stop()
        win.close()
        db.close()


def test_a_damaged_database_is_reported_at_start_with_the_way_out(qtbot, roster_db_path,
                                                                   tmp_path):
    db = Database.open(roster_db_path)
    B.take_backup(db)
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    damaged = damage(roster_db_path)
    keeper = BackupKeeper(roster_db_path, worker=SyncWorker(roster_db_path))
    win, db = window(qtbot, roster_db_path, tmp_path, keeper)
    try:
        keeper.start()
        assert keeper.damage
        assert keeper.box is not None and keeper.box.isVisible()
        assert "found damage in" in keeper.box.text() and "Restore the last backup from" in keeper.box.text()
        assert keeper.text().startswith("Database damaged")
        keeper.backup_now()  # never a copy of the damaged file over the good ones
        assert len(B.station_backups(roster_db_path.parent / "backups", "XA01")) == 1
        keeper.box.close()
    finally:
        keeper.stop()
        win.close()
        db.close()
    stored = roster_db_path.read_bytes()  # reported, not replaced: the damage is still there
    assert all(stored[at:at + len(bad)] == bad for at, bad in damaged)


def test_a_lead_chooses_the_folder_backs_up_and_restores(qtbot, roster_db_path, tmp_path):
    win, db = window(qtbot, roster_db_path, tmp_path)
    try:
        sign_in(qtbot, win, "Trưởng trạm")
        screen = win.screens["Backups"]
        win.tabs.setCurrentWidget(screen)
        usb = tmp_path / "usb"
        usb.mkdir()
        qtbot.keyClicks(screen.folder, str(usb))
        screen.keep.setValue(3)
        qtbot.mouseClick(screen.save, Qt.MouseButton.LeftButton)
        assert B.backup_settings(db) == (usb, True, 3)
        qtbot.mouseClick(screen.now, Qt.MouseButton.LeftButton)
        taken = B.station_backups(usb, "XA01")
        assert len(taken) == 1 and screen.model.rowCount() == 1
        assert str(usb) in screen.status.text()
        # when, as people read it: dd/mm/yyyy hh:mm, not ISO
        shown = dt.datetime.fromisoformat(taken[0].taken_at).strftime("%d/%m/%Y %H:%M")
        assert screen.model.index(0, 0).data() == shown
        assert screen.status.text().endswith(f"the last taken {shown}.")

        with db.write("test.after", "x"):  # a change after the backup
            pass
        asked = []
        answer_next_box(QMessageBox.StandardButton.Yes, asked)
        with qtbot.waitSignal(win.restart_needed, timeout=10000):
            qtbot.mouseClick(screen.restore, Qt.MouseButton.LeftButton)
        assert asked and "Restore the backup taken" in asked[0]
        assert db.scalar("SELECT count(*) FROM audit WHERE action = 'test.after'") == 0
        assert db.scalar("SELECT count(*) FROM audit WHERE action = 'backup.restore'") == 1
    finally:
        win.close()
        db.close()


def test_only_a_lead_has_the_backups_screen(qtbot, roster_db_path, tmp_path):
    win, db = window(qtbot, roster_db_path, tmp_path)
    try:
        sign_in(qtbot, win, "Cán bộ Lan")
        assert "Backups" not in win.screens
    finally:
        win.close()
        db.close()


def test_the_wipe_is_typed_confirmed_and_writes_the_final_bundle(qtbot, roster_db_path,
                                                                 tmp_path):
    make_hq(tmp_path).close()
    db = Database.open(roster_db_path)
    create_keys(db)
    enrol(db, read_identity_file(tmp_path / "hq.id"), operator=find_operator(db, "Trưởng trạm"))
    db.close()
    win, db = window(qtbot, roster_db_path, tmp_path)
    try:
        sign_in(qtbot, win, "Trưởng trạm")
        screen = win.screens["Backups"]
        win.tabs.setCurrentWidget(screen)
        bundle = tmp_path / "final.bundle"
        qtbot.keyClicks(screen.bundle, str(bundle))
        qtbot.keyClicks(screen.confirm, "XA0")
        assert not screen.wipe.isEnabled()
        qtbot.keyClicks(screen.confirm, "1")
        assert screen.wipe.isEnabled()
        asked = []
        answer_next_box(QMessageBox.StandardButton.Yes, asked)
        with qtbot.waitSignal(win.wipe_ready, timeout=10000) as ready:
            qtbot.mouseClick(screen.wipe, Qt.MouseButton.LeftButton)
        plan = ready.args[0]
        assert "cannot be undone" in asked[0]
        assert bundle.exists() and plan.bundle == bundle
        assert roster_db_path in plan.files
        assert db.scalar("SELECT count(*) FROM audit WHERE action = 'station.wipe'") == 1
    finally:
        win.close()
        db.close()


def test_hq_backs_up_but_has_no_end_of_campaign_wipe(qtbot, tmp_path):
    """HQ's Backups screen offered a station's wipe, 'carry the bundle to HQ', at HQ (HQ
    trial): HQ keeps its backups, the province's register is not wiped as a station's."""
    make_hq(tmp_path).close()
    win, db = window(qtbot, tmp_path / "hq" / "hq.sqlite3", tmp_path)
    try:
        sign_in(qtbot, win, "can bo so", "4444")
        screen = win.screens["Backups"]
        win.tabs.setCurrentWidget(screen)
        assert screen.now.isVisible()
        assert not screen.wipe.isVisible() and not screen.confirm.isVisible()
    finally:
        win.close()
        db.close()


def test_a_database_that_no_longer_opens_is_reported_with_the_way_out(qtbot, roster_db_path):
    with open(roster_db_path, "r+b") as fh:  # the header itself overwritten
        fh.write(b"\0" * 100)
    with pytest.raises(NotAStationDatabase) as refused:
        Database.open(roster_db_path)
    text = cannot_open(roster_db_path, refused.value)
    assert "not a station database (not SQLite, or damaged)" in text
    assert "Restore the last backup (on the Backups screen)" in text and "station-app" not in text
    assert roster_db_path.stat().st_size > 100  # kept as it is
