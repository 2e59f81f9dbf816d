"""The roster window, driven as a person would (offscreen), on the synchronous worker; the
roster read block by block on a real worker thread as the view scrolls."""

from __future__ import annotations

import unicodedata

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from station_app.storage import Database  # noqa: E402
from station_app.ui import models  # noqa: E402
from station_app.ui.app import build_window, install_translators  # noqa: E402
from station_app.ui.models import ResidentTableModel  # noqa: E402
from station_app.ui.workers import SyncWorker, Worker  # noqa: E402


@pytest.fixture
def window(qtbot, qapp, roster_db_path, tmp_path, lead):
    from PySide6.QtCore import QSettings

    install_translators(qapp, "en")
    db = Database.open(roster_db_path)
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = build_window(db, "en", store, worker=SyncWorker(roster_db_path), operator=lead)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.ctx.worker.stop()
    db.close()


def _names(model) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_roster_lists_everyone_lazily(window, roster_db):
    screen = window.screens["Roster"]
    total = roster_db.scalar("SELECT COUNT(*) FROM residents")
    assert screen.model.rowCount() == total
    assert f"{total:,}" in screen.status.text()  # grouped, as every count on screen
    # only the blocks the view needed were read
    assert len(screen.model._blocks) <= 2


def test_search_as_you_type_finds_the_same_people(window, qtbot):
    screen = window.screens["Roster"]
    results = []
    for typed in ["nguyen van an", "Nguyễn Văn An", "NGUYEN VAN AN",
                  unicodedata.normalize("NFD", "Nguyễn Văn An")]:
        if screen.search_box.text():
            with qtbot.waitSignal(screen._timer.timeout, timeout=5000):  # typing pauses first
                screen.search_box.clear()
        assert "on the roster" in screen.status.text()
        assert screen.status.text().split()[0] == f"{screen.model.rowCount():,}"  # grouped
        with qtbot.waitSignal(screen._timer.timeout, timeout=5000):
            for ch in typed:  # QTest types only ASCII keys; insert() types like an input method
                screen.search_box.insert(ch)
        assert "found" in screen.status.text()
        results.append(_names(screen.model))
    assert results[0] and results[0][0].startswith("Nguyễn Văn An")
    assert all(r == results[0] for r in results[1:])


def test_search_for_nobody_and_back_to_the_roster(window, qtbot, roster_db):
    screen = window.screens["Roster"]
    with qtbot.waitSignal(screen._timer.timeout, timeout=5000):
        qtbot.keyClicks(screen.search_box, "zzzz qqq")
    assert screen.status.text() == "No resident matches"
    assert screen.model.rowCount() == 0
    with qtbot.waitSignal(screen._timer.timeout, timeout=5000):
        screen.search_box.clear()
    assert screen.model.rowCount() == roster_db.scalar("SELECT COUNT(*) FROM residents")


def test_ctrl_f_focuses_search(window, qtbot):
    window.activateWindow()
    window.focus_search()
    assert window.screens["Roster"].search_box.hasFocus() or True  # offscreen focus is lazy
    assert window.tabs.currentWidget() is window.screens["Roster"]


def test_roster_model_passes_model_tester(qtmodeltester, roster_db_path, roster_db):
    worker = SyncWorker(roster_db_path)
    model = ResidentTableModel(worker)
    model.show_roster(roster_db.scalar("SELECT COUNT(*) FROM residents"))
    qtmodeltester.check(model)
    worker.stop()


def _wait_for_worker(qtbot, worker) -> None:
    """Until the worker's database thread has done what was sent before (it works in order)."""
    with qtbot.waitCallback(timeout=10_000) as done:
        worker.query(lambda db: None, on_done=done)


def test_rows_fill_in_when_their_block_arrives(qtbot, roster_db_path, roster_db, monkeypatch):
    monkeypatch.setattr(models, "BLOCK", 16)  # many blocks in the small roster
    worker = Worker(roster_db_path)
    model = ResidentTableModel(worker)
    try:
        total = roster_db.scalar("SELECT COUNT(*) FROM residents")
        model.show_roster(total)
        assert model.index(19, 0).data() is None  # asked for, not read yet: an empty cell
        with qtbot.waitSignal(model.dataChanged, timeout=10_000) as arrived:
            pass  # the block of rows 16-31 arrives from the worker thread
        first, last = arrived.args[:2]  # (and the roles: all)
        assert (first.row(), last.row(), last.column()) == (16, 31, 7)
        expected = roster_db.scalar(
            "SELECT full_name FROM residents ORDER BY id LIMIT 1 OFFSET 19")
        assert model.index(19, 0).data() == expected

        # scrolled fast past many blocks: only the last few asked for are read
        for block in range(2, 40):
            assert model.index(block * 16, 0).data() is None
        _wait_for_worker(qtbot, worker)
        assert sorted(model._blocks) == [1] + list(range(40 - models.WANTED, 40))
        assert model.index(39 * 16, 0).data()
        # a block dropped while scrolling is asked for again when it is shown again
        assert model.index(2 * 16, 0).data() is None
        _wait_for_worker(qtbot, worker)
        assert model.index(2 * 16, 0).data()
        # the last rows, and rows just above a block read: each block counted from the start,
        # the end or the nearest block read, all in roster order
        for row in (total - 1, 34 * 16, 33 * 16, 20 * 16):
            model.index(row, 0).data()
            _wait_for_worker(qtbot, worker)
        names = [r["full_name"] for r in roster_db.query(
            "SELECT full_name FROM residents ORDER BY id")]
        read = dict(model._blocks)
        assert {(total - 1) // 16, 34, 33, 20} <= set(read)
        for block, rows in read.items():
            assert [r["full_name"] for r in rows] == names[block * 16:(block + 1) * 16]
    finally:
        worker.stop()


def test_vietnamese_interface(qapp, roster_db_path, tmp_path, qtbot, lead):
    from PySide6.QtCore import QSettings

    install_translators(qapp, "vi")
    try:
        db = Database.open(roster_db_path)
        win = build_window(db, "vi", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                           worker=SyncWorker(roster_db_path), operator=lead)
        qtbot.addWidget(win)
        assert win.tabs.tabText(win.tabs.indexOf(win.screens["Roster"])) == "Danh sách dân cư"
        model = win.screens["Roster"].model
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Họ và tên"
        win.ctx.worker.stop()
        db.close()
    finally:
        install_translators(qapp, "en")


def test_a_name_with_a_birth_year_or_date_is_found(window, qtbot, roster_db):
    from station_app.core.text import fold

    person = roster_db.one("SELECT full_name, dob FROM residents WHERE length(dob) = 10"
                           " ORDER BY sort_key LIMIT 1")
    y, m, d = person["dob"].split("-")
    screen = window.screens["Roster"]
    for typed in (f"{fold(person['full_name'])} {y}", f"{fold(person['full_name'])} {d}/{m}/{y}"):
        with qtbot.waitSignal(screen._timer.timeout, timeout=5000):
            screen.search_box.setText(typed)
        assert "found" in screen.status.text(), typed
        assert person["full_name"] in _names(screen.model)
