"""The lead's tasks by keyboard from the home page, keys counted (issue 23; docs/user-guide.md
"Keys per lead task"): every key is sent where the focus is, an Alt key presses its button as a
person's would (the click comes a moment later)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_home import HALL
from test_ui_home import _sites_template, book_today, button_of, sites  # noqa: F401
from ui_floor_helpers import settings, sign_in

from station_app.services import sessions as S
from station_app.services.operators import find_operator
from station_app.storage import Database
from station_app.ui import files
from station_app.ui.app import build_window
from station_app.ui.keys import mnemonic
from station_app.ui.workers import SyncWorker

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class Keys:
    """Keys pressed where the window's focus is, counted: a key or a chord is one, text one a
    letter."""

    def __init__(self, qtbot, win):
        self.qtbot, self.win, self.count = qtbot, win, 0

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.win.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.win)
        self.count += 1
        self.qtbot.keyClick(self.win.focusWidget(), key, modifier)

    def alt(self, button) -> None:
        """The Alt key written on ``button``."""
        letter = mnemonic(button.text())
        assert letter, button.text()
        self.key(Qt.Key(ord(letter.upper())), ALT)

    def type(self, text: str) -> None:
        self.count += len(text)
        self.qtbot.keyClicks(self.win.focusWidget(), text)


def _home(station, qtbot):
    win = station.window()
    sign_in(qtbot, win, "Trưởng trạm")
    assert win.current_title() == "Home"
    return win, Keys(qtbot, win)


def _sessions(path) -> None:
    db = Database.open(path)
    try:
        S.create_sessions(db, S.week_specs(dt.date.today(), HALL, [("07:00", "17:00")], 20, 12,
                                           days=7), operator=find_operator(db, "Trưởng trạm"))
    finally:
        db.close()


def test_booking_the_first_village_takes_three_keys(station, qtbot):
    _sessions(station.path)
    win, keys = _home(station, qtbot)
    keys.key(Qt.Key.Key_4, ALT)  # Booking; the focus in the village table
    booking = win.screens["Booking"]
    assert win.focusWidget() is booking.village_table
    keys.key(Qt.Key.Key_Return)  # the first village, into the order
    assert booking.order.count() == 1
    keys.alt(booking.book)
    qtbot.waitUntil(lambda: booking.booked.rowCount() > 0)
    assert keys.count == 3  # was 5


def test_a_week_of_sessions_takes_three_keys_and_the_place(station, qtbot):
    win, keys = _home(station, qtbot)
    keys.key(Qt.Key.Key_3, ALT)  # Plan: Campaign
    keys.key(Qt.Key.Key_Tab, CTRL)  # Sessions; the focus in the place
    sessions = win.screens["Sessions"]
    assert win.focusWidget() is sessions.place
    keys.type("Hoi truong")
    keys.key(Qt.Key.Key_Return)  # a week from tomorrow, morning and afternoon
    assert sessions.model.rowCount() == 14
    assert keys.count == 3 + len("Hoi truong")  # was 2 clicks + 6 keys + typing


def test_a_week_of_sessions_after_the_planned_ones_takes_the_same_keys(station, qtbot):
    """The first day offered is the day after the last session planned, not one of them."""
    _sessions(station.path)  # today and the six days after
    win, keys = _home(station, qtbot)
    keys.key(Qt.Key.Key_3, ALT)
    keys.key(Qt.Key.Key_Tab, CTRL)
    sessions = win.screens["Sessions"]
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 7)
    keys.type("Hoi truong")
    keys.key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sessions.model.rowCount() == 7 + 14)
    assert min(r["day"] for r in sessions.model.records[7:]) == \
        (dt.date.today() + dt.timedelta(days=7)).isoformat()


def test_the_letters_of_the_next_session_take_two_keys(station, qtbot):
    book_today(station.path)
    win, keys = _home(station, qtbot)
    home = win.screens["Home"]
    keys.alt(button_of(home, "Print the letters"))
    qtbot.waitUntil(lambda: win.current_title() == "Letters")
    letters = win.screens["Letters"]
    keys.alt(letters.write_button)
    qtbot.waitUntil(lambda: letters.written is not None)
    assert letters.written.exists() and keys.count == 2


def test_hq_writes_the_bundles_back_in_two_keys_and_a_folder(sites, qtbot, tmp_path,  # noqa: F811
                                                            monkeypatch):
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(files, "choose_folder",
                        lambda *a, **k: str(folder))  # the folder chosen
    db = Database.open(sites["hq"].path)
    try:
        win = build_window(db, "en", settings(tmp_path, "hq"), require_sign_in=True,
                           worker=SyncWorker(db.path))
        qtbot.addWidget(win)
        win.show()
        sign_in(qtbot, win, "can bo so", "4444")
        keys = Keys(qtbot, win)
        keys.alt(button_of(win.screens["Home"], "Write a bundle back"))
        qtbot.waitUntil(lambda: win.current_title() == "HQ")
        keys.alt(win.screens["HQ"].back)
        qtbot.waitUntil(lambda: len(list(folder.iterdir())) == 2)  # XA01's and XA02's
        assert keys.count == 2
        win.close()
    finally:
        db.close()
