"""Two intake desks and the now-serving display, driven as the staff would; then the program
restarts and finds the same state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_floor_helpers import settings, sign_in

from station_app.services import floor, operators
from station_app.services.letter_codes import letter_code
from station_app.storage import Database
from station_app.ui.display_window import DisplayWindow, spoken_call, voice_text
from station_app.ui.settings import Settings
from station_app.ui.workers import SyncWorker


@pytest.fixture
def morning(roster_db_path):
    """A household checked in with its letter (A001) and a walk-in (B001)."""
    db = Database.open(roster_db_path)
    try:
        household = db.one(
            "SELECT household_id AS id FROM residents WHERE card_status = 'needs_card'"
            " GROUP BY household_id HAVING COUNT(*) >= 2 ORDER BY household_id LIMIT 1")
        volunteer = operators.sign_in(db, "Tình nguyện viên Hà", "3333")
        a = floor.scan_at_table(db, letter_code(db, household["id"], None),
                                operator=volunteer)["ticket"]
        b = floor.issue(db, "walk_in", operator=volunteer)
        members = db.query("SELECT id, full_name FROM residents WHERE household_id = ?"
                           " AND card_status = 'needs_card' ORDER BY sort_key", (household["id"],))
    finally:
        db.close()
    return {"household": household["id"], "A": a, "B": b, "members": members}


def _display(qtbot, path, tmp_path):
    display = DisplayWindow(path, Settings(settings(tmp_path, "tv")), worker=SyncWorker(path))
    qtbot.addWidget(display)
    display.resize(1920, 1080)
    display.show()
    return display


def _intakes(path) -> list[dict]:
    db = Database.open(path)
    try:
        return db.query("SELECT resident_id, outcome, reason, note, desk, operator, ticket_id"
                        " FROM intakes ORDER BY at, id")
    finally:
        db.close()


def _fkey(qtbot, desk, key) -> None:
    """A function key pressed at a desk (its window in front: shortcuts follow the focus)."""
    window = desk.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.keyClick(desk.members_view, key)


def _select(view, resident_id) -> None:
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.record(r)["id"] == resident_id)
    view.setFocus()
    view.selectRow(row)


def test_two_desks_record_intake_and_the_display_follows(station, qtbot, roster_db_path,
                                                        tmp_path, morning, qtmodeltester):
    display = _display(qtbot, roster_db_path, tmp_path)
    assert display.current_calls() == [] and display.empty.isVisible()

    one = station.window("desk1", **{"desk/name": "1"})
    sign_in(qtbot, one, "Cán bộ Lan")
    two = station.window("desk2", **{"desk/name": "2"})
    sign_in(qtbot, two, "Cán bộ Minh")
    desk1, desk2 = one.screens["Desk"], two.screens["Desk"]

    _fkey(qtbot, desk1, Qt.Key.Key_F5)  # call next
    assert desk1.number.text() == "A001"
    _fkey(qtbot, desk2, Qt.Key.Key_F5)
    assert desk2.number.text() == "B001"

    # the TV (at its next poll) shows both calls, new ones highlighted, and announces them in
    # order
    with qtbot.waitSignal(display.timer.timeout, timeout=5000):
        pass
    assert display.current_calls() == [("B001", "Desk 2", True), ("A001", "Desk 1", True)]
    assert display.announcer.said == ["Mời số A001 đến bàn 1", "Mời số B001 đến bàn 2"]
    assert voice_text(spoken_call("A001", "1")) == "Mời số A 0 0 1 đến bàn 1"

    # desk 1: the household's members; '1' records the selected person as collected
    first, second = morning["members"][0], morning["members"][1]
    assert desk1.members.rowCount() >= 2
    qtmodeltester.check(desk1.members)
    _select(desk1.members_view, first["id"])
    qtbot.keyClick(desk1.members_view, Qt.Key.Key_1)
    assert "recorded" in desk1.message.text() and not desk1._busy
    _select(desk1.members_view, first["id"])
    qtbot.keyClick(desk1.members_view, Qt.Key.Key_1)  # pressed twice: still one intake
    assert "already recorded" in desk1.message.text()
    # the second member lacks a document: a note, then '2'
    _select(desk1.members_view, second["id"])
    qtbot.keyClicks(desk1.note, "Thieu CMND cu")
    _select(desk1.members_view, second["id"])
    qtbot.keyClick(desk1.members_view, Qt.Key.Key_2)
    rows = _intakes(roster_db_path)
    assert [(r["resident_id"], r["outcome"]) for r in rows] == [
        (first["id"], "collected"), (second["id"], "missing_documents")]
    assert rows[1]["note"] == "Thieu CMND cu"
    assert {r["desk"] for r in rows} == {"1"} and {r["operator"] for r in rows} == {"Cán bộ Lan"}
    assert all(r["ticket_id"] == morning["A"]["id"] for r in rows)
    assert "1 collected" in desk1.today.text()

    # desk 2: the walk-in is found by search as you type; the same person is already
    # collected: the desk warns and records only with a reason
    name = first["full_name"]
    with qtbot.waitSignal(desk2._search_timer.timeout, timeout=5000):  # search as you type
        desk2.search.insert(name)
    assert desk2.results.rowCount() > 0
    assert "already collected" in desk2.search_status.text()
    _select(desk2.results_view, first["id"])
    qtbot.keyClick(desk2.results_view, Qt.Key.Key_1)
    assert desk2.duplicate is not None
    dialog = desk2.duplicate
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # no reason: stays open
    assert desk2.duplicate is dialog and dialog.isVisible()
    qtbot.keyClicks(dialog.reason, "Nguoi cung ten, da doi chieu ngay sinh")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert len(_intakes(roster_db_path)) == 3
    third = _intakes(roster_db_path)[2]
    assert third["desk"] == "2" and third["reason"] == "Nguoi cung ten, da doi chieu ngay sinh"

    # desk 1 recalls (the TV chimes again), finishes; desk 2 transfers its ticket to desk 1,
    # which calls it before anyone else
    _fkey(qtbot, desk1, Qt.Key.Key_F6)
    display.poll()
    assert len(display.announcer.said) == 3 and not desk1._busy
    _fkey(qtbot, desk1, Qt.Key.Key_F9)  # members left without an outcome: said first
    assert desk1.number.text() == "A001" and "F9 again" in desk1.message.text()
    _fkey(qtbot, desk1, Qt.Key.Key_F9)
    assert desk1.number.text() == "—"
    desk2.to_desk.setCurrentText("1")
    desk2.transfer_button.click()
    assert desk2.number.text() == "—"
    _fkey(qtbot, desk1, Qt.Key.Key_F5)
    assert desk1.number.text() == "B001"
    display.poll()
    assert display.current_calls() == [("B001", "Desk 1", True)]
    # desk 2 has nobody left to call
    _fkey(qtbot, desk2, Qt.Key.Key_F5)
    assert desk2.message.text() == "Nobody is waiting."
    # B001 does not come (F7); then comes back, and desk 1 calls that number by hand
    _fkey(qtbot, desk1, Qt.Key.Key_F7)
    assert desk1.number.text() == "—"
    qtbot.keyClicks(desk1.number_field, "B001")
    desk1.reactivate.click()
    assert desk1.message.text() == "B001 is back in the queue."
    qtbot.keyClicks(desk1.number_field, "b1")
    qtbot.keyClick(desk1.number_field, Qt.Key.Key_Return)
    assert desk1.number.text() == "B001"

    # the program restarts (power cut): the desk and the TV find the same state, and the TV
    # does not chime old calls again
    station.close(one)
    display.close()
    again = station.window("desk1", **{"desk/name": "1"})
    sign_in(qtbot, again, "Cán bộ Lan")
    desk = again.screens["Desk"]
    assert desk.number.text() == "B001"
    tv = _display(qtbot, roster_db_path, tmp_path)
    assert tv.current_calls() == [("B001", "Desk 1", False)]
    assert tv.announcer.said == []
    assert "A001" in tv.recent.text()


def test_a_volunteer_has_no_desk_and_a_staff_member_no_operators(station, qtbot):
    win = station.window()
    sign_in(qtbot, win, "Tình nguyện viên Hà")
    assert "Desk" not in win.screens and "Roster" not in win.screens
    win.sign_out()
    sign_in(qtbot, win, "Cán bộ Lan")
    assert "Operators" not in win.screens
