"""The intake desk driven by the keyboard alone, as a desk works: every key goes to the widget
that has the focus (never straight to a chosen widget), and the keys of each desk task are
counted (the counts are in docs/user-guide.md)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_floor_helpers import sign_in

from station_app.services import floor, operators
from station_app.services.letter_codes import letter_code
from station_app.storage import Database


class Keyboard:
    """Keys pressed where the focus is, counted: a key or a chord is one, text one a letter."""

    def __init__(self, qtbot, window):
        self.qtbot, self.window, self.count = qtbot, window, 0

    def focus(self):
        widget = QApplication.focusWidget()
        assert widget is not None and widget.window() is self.window
        return widget

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        self.qtbot.keyClick(self.focus(), key, modifier)

    def type(self, text: str) -> None:
        self.count += len(text)
        self.qtbot.keyClicks(self.focus(), text)


def _checked_in(path, needs: int = 4) -> dict:
    """A household of ``needs`` people needing a card, checked in with its letter (A001)."""
    db = Database.open(path)
    try:
        household = db.scalar(
            "SELECT household_id FROM residents GROUP BY household_id"
            " HAVING COUNT(*) = ? AND SUM(card_status = 'needs_card') = ?"
            " ORDER BY household_id LIMIT 1", (needs, needs))
        volunteer = operators.sign_in(db, "Tình nguyện viên Hà", "3333")
        ticket = floor.scan_at_table(db, letter_code(db, household, None),
                                     operator=volunteer)["ticket"]
        members = db.query("SELECT id, full_name FROM residents WHERE household_id = ?"
                           " ORDER BY sort_key", (household,))
    finally:
        db.close()
    return {"household": household, "ticket": ticket, "members": members}


def _walk_in(path) -> dict:
    db = Database.open(path)
    try:
        volunteer = operators.sign_in(db, "Tình nguyện viên Hà", "3333")
        return floor.issue(db, "walk_in", operator=volunteer)
    finally:
        db.close()


def _intakes(path) -> list[dict]:
    db = Database.open(path)
    try:
        return db.query("SELECT resident_id, outcome, reason, note, ticket_id FROM intakes"
                        " ORDER BY at, id")
    finally:
        db.close()


def _desk(station, qtbot):
    win = station.window("desk1", **{"desk/name": "1"})
    sign_in(qtbot, win, "Cán bộ Lan")
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    return win, win.screens["Desk"]


def _searched(qtbot, desk) -> None:
    """Search as you type: wait for the short pause after the last key."""
    qtbot.waitUntil(lambda: not desk._search_timer.isActive(), timeout=5000)


def test_a_household_of_four_with_one_note_by_keys(station, qtbot, roster_db_path):
    morning = _checked_in(roster_db_path)
    win, desk = _desk(station, qtbot)
    keys = Keyboard(qtbot, win)
    keys.key(Qt.Key.Key_F5)  # call next: A001, the first person selected
    assert desk.number.text() == "A001"
    keys.key(Qt.Key.Key_1)  # collected, and the next person is selected
    keys.key(Qt.Key.Key_1)
    keys.key(Qt.Key.Key_1)
    keys.key(Qt.Key.Key_Tab)  # from the list to the note field
    assert keys.focus() is desk.note
    keys.type("Thieu CMND cu")
    keys.key(Qt.Key.Key_Return)  # back to the list
    assert keys.focus() is desk.members_view
    keys.key(Qt.Key.Key_2)  # missing documents, with the note
    keys.key(Qt.Key.Key_F9)  # finish
    assert desk.number.text() == "—"
    rows = _intakes(roster_db_path)
    assert [(r["resident_id"], r["outcome"], r["note"]) for r in rows] == [
        (m["id"], o, n) for m, (o, n) in zip(morning["members"], [
            ("collected", None), ("collected", None), ("collected", None),
            ("missing_documents", "Thieu CMND cu")])]
    assert keys.count == 8 + len("Thieu CMND cu")


def test_a_walk_in_found_by_name_by_keys(station, qtbot, roster_db_path):
    ticket = _walk_in(roster_db_path)
    db = Database.open(roster_db_path)
    person = db.one("SELECT id, full_name, name_fold, dob FROM residents WHERE name_fold IN"
                    " (SELECT name_fold FROM residents GROUP BY name_fold HAVING COUNT(*) = 1)"
                    " AND dob IS NOT NULL ORDER BY sort_key LIMIT 1")
    db.close()
    win, desk = _desk(station, qtbot)
    keys = Keyboard(qtbot, win)
    keys.key(Qt.Key.Key_F5)
    assert desk.number.text() == ticket["number"]
    assert keys.focus() is desk.search  # a walk-in: the person is found by the search
    keys.type(person["name_fold"])
    _searched(qtbot, desk)
    assert desk.results.record(0)["id"] == person["id"]
    keys.key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # from the search box
    assert [(r["resident_id"], r["outcome"], r["ticket_id"])
            for r in _intakes(roster_db_path)] == [(person["id"], "collected", ticket["id"])]
    keys.key(Qt.Key.Key_F9)
    assert desk.number.text() == "—"
    assert desk.search.text() == "" and desk.results.rowCount() == 0  # ready for the next
    assert keys.count == 3 + len(person["name_fold"])


def test_a_household_found_by_its_code_is_served_down_its_list(station, qtbot, roster_db_path):
    """A walk-in household found by its code: each outcome keeps the highlight where it was,
    so Down goes on to the next member (it went back to the top, hand trial)."""
    _walk_in(roster_db_path)
    db = Database.open(roster_db_path)
    code = db.scalar("SELECT h.code FROM households h JOIN residents r ON r.household_id = h.id"
                     " GROUP BY h.id HAVING COUNT(*) >= 4 AND SUM(card_status = 'needs_card')"
                     " = COUNT(*) ORDER BY h.code LIMIT 1")
    db.close()
    win, desk = _desk(station, qtbot)
    keys = Keyboard(qtbot, win)
    keys.key(Qt.Key.Key_F5)
    keys.type(code)
    _searched(qtbot, desk)
    keys.key(Qt.Key.Key_Return)  # to the results
    assert keys.focus() is desk.results_view and desk.results.rowCount() >= 4
    people = [desk.results.record(r)["id"] for r in range(desk.results.rowCount())]
    keys.key(Qt.Key.Key_1)  # the first: collected
    qtbot.waitUntil(lambda: "(orange)" not in desk.search_status.text()
                    and desk.results_view.currentIndex().row() == 0, timeout=5000)
    keys.key(Qt.Key.Key_Down)
    keys.key(Qt.Key.Key_Down)
    keys.key(Qt.Key.Key_2)  # the third: missing documents
    qtbot.waitUntil(lambda: len(_intakes(roster_db_path)) == 2, timeout=5000)
    _searched(qtbot, desk)
    assert desk.results_view.currentIndex().row() == 2  # still the third
    keys.key(Qt.Key.Key_Down)
    keys.key(Qt.Key.Key_1)  # the fourth
    assert [(r["resident_id"], r["outcome"]) for r in _intakes(roster_db_path)] == [
        (people[0], "collected"), (people[2], "missing_documents"), (people[3], "collected")]
    # collected on this ticket: green, not counted as collected before (orange)
    assert "(orange)" not in desk.search_status.text()


def test_a_ticket_transferred_by_keys_names_its_desk(station, qtbot, roster_db_path):
    ticket = _walk_in(roster_db_path)
    win, desk = _desk(station, qtbot)  # desk 1: the box beside Transfer offers desk 1 too
    keys = Keyboard(qtbot, win)
    keys.key(Qt.Key.Key_F5)
    keys.key(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert "Type the number of the desk" in desk.message.text()
    assert keys.focus() is desk.to_desk
    keys.type("2")
    keys.key(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert desk.message.text() == f"{ticket['number']} was sent to desk 2."
    db = Database.open(roster_db_path)
    try:
        assert db.one("SELECT status, desk FROM tickets WHERE id = ?", (ticket["id"],)) == {
            "status": "waiting", "desk": "2"}
    finally:
        db.close()
    assert keys.count == 4


def test_coming_back_to_the_desk_tab_a_digit_never_renames_the_desk(station, qtbot,
                                                                    roster_db_path):
    morning = _checked_in(roster_db_path)
    win, desk = _desk(station, qtbot)
    keys = Keyboard(qtbot, win)
    keys.key(Qt.Key.Key_F5)
    win.tabs.setCurrentWidget(win.screens["Roster"])
    win.tabs.setCurrentWidget(desk)  # back from the Roster tab
    keys.key(Qt.Key.Key_1)
    assert desk.desk_name == "1" and win.ctx.prefs.desk == "1"
    assert desk.number.text() == "A001"
    assert [r["resident_id"] for r in _intakes(roster_db_path)] == [morning["members"][0]["id"]]
    # the desk box is chosen with the mouse, never reached by Tab or a stray key
    assert desk.desk.focusPolicy() == Qt.FocusPolicy.ClickFocus


def test_a_reason_then_enter_records_and_its_digits_stay_text(station, qtbot, roster_db_path):
    morning = _checked_in(roster_db_path)
    first, second = morning["members"][:2]
    win, desk = _desk(station, qtbot)
    keys = Keyboard(qtbot, win)
    keys.key(Qt.Key.Key_F5)
    keys.key(Qt.Key.Key_3)  # rejected needs a reason: the note field takes the focus
    assert keys.focus() is desk.note and "reason is required" in desk.message.text()
    keys.type("Sai thon 3")  # the outcome's own key in the reason: text (hand trial)
    assert desk.note.text() == "Sai thon 3"
    keys.key(Qt.Key.Key_Return)
    assert keys.focus() is desk.members_view and desk.note.text() == ""
    keys.key(Qt.Key.Key_4)  # the next person (selected by now): referred, a reason, Enter
    assert keys.focus() is desk.note
    keys.type("Chuyen ve thon 4, so nha 12")
    keys.key(Qt.Key.Key_Return)
    assert keys.focus() is desk.members_view and desk.note.text() == ""
    keys.key(Qt.Key.Key_Tab)  # to the note and back with Esc: nothing recorded
    keys.key(Qt.Key.Key_Escape)
    assert keys.focus() is desk.members_view
    keys.key(Qt.Key.Key_Tab)
    keys.key(Qt.Key.Key_Tab)  # the search box, and back to the household's list with Esc
    assert keys.focus() is desk.search
    keys.key(Qt.Key.Key_Escape)
    assert keys.focus() is desk.members_view
    assert [(r["resident_id"], r["outcome"], r["reason"]) for r in _intakes(roster_db_path)] \
        == [(first["id"], "rejected", "Sai thon 3"),
            (second["id"], "referred", "Chuyen ve thon 4, so nha 12")]


def test_enter_with_no_reason_in_the_already_collected_dialog_says_so(station, qtbot,
                                                                     roster_db_path):
    morning = _checked_in(roster_db_path)
    person = morning["members"][0]
    db = Database.open(roster_db_path)
    lead = operators.sign_in(db, "Trưởng trạm", "1111")
    floor.record_outcome(db, person["id"], "collected", None, "9", operator=lead)
    db.close()
    win, desk = _desk(station, qtbot)
    keys = Keyboard(qtbot, win)
    keys.key(Qt.Key.Key_F5)  # the first person still open is selected: up to the one collected
    keys.key(Qt.Key.Key_Up)
    keys.key(Qt.Key.Key_1)
    dialog = desk.duplicate
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason, timeout=5000)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.isVisible() and "reason is needed" in dialog.error.text()
    qtbot.keyClicks(dialog.reason, "Cung ten")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert not dialog.isVisible() and len(_intakes(roster_db_path)) == 2


@pytest.mark.parametrize("answer", ["no", "yes"])
def test_ctrl_q_asks_while_a_ticket_is_at_the_desk(station, qtbot, roster_db_path, answer):
    _checked_in(roster_db_path)
    win, desk = _desk(station, qtbot)
    keys = Keyboard(qtbot, win)
    keys.key(Qt.Key.Key_F5)
    asked = []

    def reply() -> None:
        box = QApplication.activeModalWidget()
        asked.append(box.text())
        button = QMessageBox.StandardButton.Yes if answer == "yes" else QMessageBox.StandardButton.No
        box.button(button).click()

    QTimer.singleShot(0, reply)
    keys.key(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert asked and "A001" in asked[0]
    assert win.isVisible() == (answer == "no")
    if answer == "no":  # finished: no question
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.members_view, timeout=5000)
        keys.key(Qt.Key.Key_F9)  # nobody recorded: said, finished at the second F9
        assert desk.message.text().startswith("No outcome yet for ")
        assert desk.number.text() == "A001"
        keys.key(Qt.Key.Key_F9)
        assert desk.number.text() == "—"
        keys.key(Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        assert not win.isVisible() and len(asked) == 1


def test_the_desk_finds_a_name_with_a_birth_date(station, qtbot, roster_db_path):
    from station_app.core.text import fold

    db = Database.open(roster_db_path)
    person = db.one("SELECT id, full_name, dob FROM residents WHERE length(dob) = 10"
                    " ORDER BY sort_key LIMIT 1")
    db.close()
    y, m, d = person["dob"].split("-")
    win, desk = _desk(station, qtbot)
    keys = Keyboard(qtbot, win)
    keys.key(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    keys.type(f"{fold(person['full_name'])} {d}/{m}/{y}")
    _searched(qtbot, desk)
    assert desk.results.rowCount() >= 1 and desk.results.record(0)["id"] == person["id"]
