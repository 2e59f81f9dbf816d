"""Signing in, roles, refusals and the idle lock, driven as a person would (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_floor_helpers import PINS, sign_in

from station_app.services import floor
from station_app.services.operators import NotAllowed, check_pin
from station_app.storage import Database
from station_app.ui.first_run import FirstRunDialog, create_station


def _tabs(win) -> list[str]:
    return [win.tabs.tabText(i) for i in range(win.tabs.count())]


def test_each_role_sees_only_its_screens(station, qtbot):
    win = station.window()
    assert win.is_locked() and _tabs(win) == []  # nothing before signing in
    sign_in(qtbot, win, "Tình nguyện viên Hà")
    assert _tabs(win) == ["Tickets"]
    assert "Tình nguyện viên Hà (Volunteer)" in win.who.text()
    assert not any("Import" in a.text() for a in win.menuBar().actions()[0].menu().actions())
    win.sign_out()
    assert win.is_locked() and _tabs(win) == []
    sign_in(qtbot, win, "Cán bộ Lan")
    assert _tabs(win) == ["Tickets", "Desk", "Roster"]
    assert win.tabs.currentWidget() is win.screens["Desk"]  # staff start at their desk
    win.sign_out()
    sign_in(qtbot, win, "Trưởng trạm")
    assert _tabs(win) == ["Home", "Dashboard", "Tickets", "Desk", "Roster", "Campaign",
                          "Sessions", "Plan", "Booking", "Move a session", "Announcements", "Letters",
                          "Delivery", "Sync", "Conflicts", "Backups", "Hall network", "Operators"]
    assert win.tabs.currentWidget() is win.screens["Home"]  # the lead starts on the home page


def test_the_service_refuses_what_the_role_may_not_do(station, qtbot, roster_db_path):
    win = station.window()
    sign_in(qtbot, win, "Tình nguyện viên Hà")
    volunteer = win.ctx.session
    db = Database.open(roster_db_path)
    try:
        resident = db.scalar("SELECT id FROM residents LIMIT 1")
        with pytest.raises(NotAllowed):
            floor.record_outcome(db, resident, "collected", None, "1", operator=volunteer)
        with pytest.raises(NotAllowed):
            floor.desk_action(db, "1", "call_next", operator=volunteer)
        assert db.scalar("SELECT COUNT(*) FROM intakes") == 0
        refused = db.query("SELECT operator, detail FROM audit WHERE action = 'refused'")
        assert [r["operator"] for r in refused] == ["Tình nguyện viên Hà"] * 2
        assert "intake.record" in refused[0]["detail"]
    finally:
        db.close()


def test_wrong_pins_then_the_name_is_locked(station, qtbot):
    win = station.window()
    for _ in range(4):
        sign_in(qtbot, win, "Cán bộ Lan", "9999", signed_in=False)
        assert win.signin.error.text() == "Wrong name or PIN."
        win.signin.error.clear()
    sign_in(qtbot, win, "Cán bộ Lan", "9999", signed_in=False)
    assert "locked until" in win.signin.error.text()
    win.signin.error.clear()
    sign_in(qtbot, win, "Cán bộ Lan", PINS["Cán bộ Lan"], signed_in=False)  # still locked
    assert "locked until" in win.signin.error.text()
    sign_in(qtbot, win, "Cán bộ Minh")  # another name is not affected
    assert _tabs(win) == ["Tickets", "Desk", "Roster"]


def test_letters_scanned_at_a_locked_ticket_table_are_not_wrong_pins(station, qtbot):
    """The scanner types into the PIN field of a locked ticket table: no attempt counted, so
    the volunteer is never locked out by the queue's letters (hand trial)."""
    win = station.window()
    sign_in(qtbot, win, "Tình nguyện viên Hà")
    win.lock()  # Ctrl+L, or idle time
    page = win.signin
    for _ in range(6):
        qtbot.keyClicks(page.pin, "CCCD1|HK0000120|4F8H8K56")  # what the scanner types
        qtbot.keyClick(page.pin, Qt.Key.Key_Return)
        assert page.error.text().startswith("That was not a PIN") and page.pin.text() == ""
    qtbot.keyClicks(page.pin, PINS["Tình nguyện viên Hà"])
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    assert not win.is_locked()


def test_idle_lock_keeps_the_screens_until_the_pin(station, qtbot, roster_db_path):
    win = station.window(**{"security/idle_lock_seconds": 1})
    sign_in(qtbot, win, "Cán bộ Lan")
    desk = win.screens["Desk"]
    qtbot.waitUntil(win.is_locked, timeout=4000)  # nobody touched anything for a second
    assert "Cán bộ Lan" in win.signin.subtitle.text()
    assert win.signin.name.currentText() == "Cán bộ Lan"
    assert not win.menuBar().isEnabled()
    sign_in(qtbot, win, "Cán bộ Lan")
    assert win.screens["Desk"] is desk  # the same screens, as they were left
    win.lock()  # Ctrl+L
    sign_in(qtbot, win, "Trưởng trạm")  # someone else takes over: their own screens
    assert "Operators" in win.screens and win.screens.get("Desk") is not desk
    db = Database.open(roster_db_path)
    try:
        actions = [(r["operator"], r["action"]) for r in db.query(
            "SELECT operator, action FROM audit WHERE action IN "
            "('signin', 'lock', 'signout') ORDER BY rowid")]
    finally:
        db.close()
    assert actions[:3] == [("Cán bộ Lan", "signin"), ("Cán bộ Lan", "lock"),
                           ("Cán bộ Lan", "signin")]
    assert ("Trưởng trạm", "signin") in actions


def test_operators_screen_adds_an_operator_who_can_sign_in(station, qtbot, roster_db_path):
    win = station.window()
    sign_in(qtbot, win, "Trưởng trạm")
    screen = win.screens["Operators"]
    assert screen.model.rowCount() == 4  # the station's crew (hq operators are HQ's)
    assert screen.role.findData("hq") == -1 and screen.role.findData("lead") >= 0
    qtbot.keyClicks(screen.name, "Nguyen Thi Mai")
    screen.role.setCurrentIndex(screen.role.findData("volunteer"))
    qtbot.keyClicks(screen.pin, "4567")
    qtbot.keyClicks(screen.pin_again, "4567")
    screen.add.click()
    assert screen.model.rowCount() == 5
    win.sign_out()
    sign_in(qtbot, win, "nguyen thi mai", "4567")
    assert _tabs(win) == ["Tickets"]


def test_first_run_creates_the_station_and_its_lead(qtbot, tmp_path):
    path = tmp_path / "new.sqlite3"
    dialog = FirstRunDialog(path, new_station=True)
    qtbot.addWidget(dialog)
    assert dialog.problem() == "Choose the kit file and type its password."
    dialog.by_hand.setChecked(True)  # no kit: the station typed
    assert dialog.problem().startswith("Enter a station code")
    qtbot.keyClicks(dialog.code, "XA-HB-01")
    qtbot.keyClicks(dialog.name, "Tram xa Hoa Binh")
    qtbot.keyClicks(dialog.lead, "Nguyen Van Hung")
    qtbot.keyClicks(dialog.pin, "12")
    assert dialog.problem() == "A PIN is 4 to 12 digits."
    qtbot.keyClicks(dialog.pin, "34")
    qtbot.keyClicks(dialog.pin_again, "1235")
    assert dialog.problem() == "The two PINs differ."
    dialog.pin_again.clear()
    qtbot.keyClicks(dialog.pin_again, "1234")
    assert dialog.problem() is None
    create_station(path, **dialog.values())
    db = Database.open(path)
    try:
        assert db.station == "XA-HB-01"
        lead = db.one("SELECT name, role, pin_hash FROM operators")
        assert lead["name"] == "Nguyen Van Hung" and lead["role"] == "lead"
        assert check_pin("1234", lead["pin_hash"]) and "1234" not in lead["pin_hash"]
    finally:
        db.close()
