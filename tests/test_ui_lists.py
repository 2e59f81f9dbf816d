"""What the lists and pages show: the ticket list after a restart and after a desk linked a
walk-in to a household, the lock page after Ctrl+L, and only the buttons a role may use."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_floor_helpers import sign_in

from station_app.storage import Database


def _column(screen, row: int, header: str) -> str:
    model = screen.model
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == header)
    return model.index(row, column).data()


def _volunteer(station, qtbot):
    win = station.window("table")
    sign_in(qtbot, win, "Tình nguyện viên Hà")
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    return win, win.screens["Tickets"]


def test_printed_tickets_show_printed_after_a_restart(station, qtbot):
    win, screen = _volunteer(station, qtbot)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F2)
    assert _column(screen, 0, "Print") == "saved as PDF"  # no printer set up
    station.close(win)
    win, screen = _volunteer(station, qtbot)
    assert screen.model.rowCount() == 1 and _column(screen, 0, "Number") == "B001"
    assert _column(screen, 0, "Print") == "saved as PDF"  # no printer set up


def test_a_walk_in_linked_at_the_desk_shows_its_household(station, qtbot, roster_db_path):
    table, screen = _volunteer(station, qtbot)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F2)
    assert _column(screen, 0, "Household head") == ""
    db = Database.open(roster_db_path)
    person = db.one("SELECT r.id, r.full_name, h.head_name FROM residents r"
                    " JOIN households h ON h.id = r.household_id ORDER BY r.sort_key LIMIT 1")
    db.close()
    win = station.window("desk1", **{"desk/name": "1"})
    sign_in(qtbot, win, "Cán bộ Lan")
    desk = win.screens["Desk"]
    desk.act("call_next")
    with qtbot.waitSignal(desk._search_timer.timeout, timeout=5000):
        desk.search.insert(person["full_name"])
    row = next(r for r in range(desk.results.rowCount())
               if desk.results.record(r)["id"] == person["id"])
    desk.results_view.selectRow(row)
    desk.record("collected", desk.results_view)
    screen.refresh()
    assert _column(screen, 0, "Household head") == person["head_name"]


def test_ctrl_l_says_the_operator_locked_the_screen(station, qtbot):
    win = station.window()
    sign_in(qtbot, win, "Cán bộ Lan")
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    qtbot.keyClick(win.screens["Desk"].members_view, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier)
    assert win.is_locked()
    said = win.signin.subtitle.text()
    assert "Cán bộ Lan locked the screen" in said and "without use" not in said
    sign_in(qtbot, win, "Cán bộ Lan")
    win.lock()  # the idle timer
    assert "after a while without use" in win.signin.subtitle.text()


def test_a_staff_operator_does_not_see_the_import_button(station, qtbot):
    win = station.window()
    sign_in(qtbot, win, "Cán bộ Lan")
    win.tabs.setCurrentWidget(win.screens["Roster"])
    assert win.screens["Roster"].search_box.isVisible()
    assert not win.screens["Roster"].import_button.isVisible()
    win.sign_out()
    sign_in(qtbot, win, "Trưởng trạm")
    win.tabs.setCurrentWidget(win.screens["Roster"])
    assert win.screens["Roster"].import_button.isVisible()
