"""The home page driven with the keys (issue 23): the lead lands on it after signing in, reads
today's sessions, and each thing to do opens its screen with the thing selected."""

from __future__ import annotations

import datetime as dt

import test_sync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_home import HALL
from ui_floor_helpers import settings, sign_in

from station_app.core.dates import show_date
from station_app.services import letters as L
from station_app.services import sessions as S
from station_app.services.operators import find_operator
from station_app.storage import Database
from station_app.ui.app import build_window
from station_app.ui.keys import mnemonic
from station_app.ui.workers import SyncWorker

_sites_template, sites = test_sync._sites_template, test_sync.sites


def press(qtbot, win, button, opens: str) -> None:
    """The button's Alt key, pressed where the focus is: the screen ``opens`` comes up (an Alt
    key clicks its button as the mouse does, pressed then released a moment later)."""
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    letter = mnemonic(button.text())
    assert letter and "a" <= letter <= "z", button.text()
    qtbot.keyClick(win.focusWidget(), Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: win.current_title() == opens)


def button_of(home, words: str):
    found = [b for b in home.buttons if words in b.text().replace("&", "")]
    assert len(found) == 1, [b.text() for b in home.buttons]
    return found[0]


def book_today(path, lead_name="Trưởng trạm") -> list[str]:
    db = Database.open(path)
    try:
        lead = find_operator(db, lead_name)
        today = dt.date.today()
        S.create_sessions(db, S.week_specs(today, HALL, [("07:00", "17:00")], 20, 12, days=7),
                          today=today, operator=lead)
        villages = [r["name"] for r in db.query(
            "SELECT name FROM areas WHERE kind = 'village' ORDER BY name_fold")][:2]
        S.book_villages(db, villages, today=today, operator=lead)
        return villages
    finally:
        db.close()


def test_the_lead_lands_on_home_and_its_buttons_open_the_thing_to_do(station, qtbot, tmp_path):
    villages = book_today(station.path)
    win = station.window()
    sign_in(qtbot, win, "Trưởng trạm")
    home = win.screens["Home"]
    assert win.tabs.currentWidget() is home
    assert win.focusWidget() is home.buttons[0]  # the first thing to do, for Enter or Space
    assert home.sessions.rowCount() == 1
    today = home.sessions.record(0)
    assert today["booked"] > 0 and today["checked_in"] == today["collected"] == 0
    until = show_date(dt.date.today() + dt.timedelta(days=3))
    assert f"\nsessions up to {until} · first: " in button_of(home, "Print the letters").text()
    press(qtbot, win, button_of(home, "Print the letters"), "Letters")
    letters = win.screens["Letters"]
    assert win.tabs.currentWidget() is letters and letters.by_session.isChecked()
    db = Database.open(station.path)
    try:
        first = S.list_sessions(db, dt.date.today(), operator=win.ctx.session)[0]
        assert letters.sessions.currentData() == first["id"]
        L.print_letters(db, tmp_path / "l.pdf", villages=[villages[0]], operator=win.ctx.session)
        village = db.scalar("SELECT id FROM areas WHERE name = ?", (villages[0],))
    finally:
        db.close()
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert win.tabs.currentWidget() is home
    # the sessions of the next days only (the Delivery screen counts every coming one): said
    assert f"\nsessions up to {until} · first: " in button_of(home, "Hand out the letters").text()
    press(qtbot, win, button_of(home, "Hand out the letters"), "Delivery")
    delivery = win.screens["Delivery"]
    assert win.tabs.currentWidget() is delivery
    row = delivery.table.currentIndex().row()
    assert delivery.model.record(row)["village_id"] == village
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    press(qtbot, win, button_of(home, "No backup yet"), "Backups")


def test_hq_lands_on_home_and_opens_a_silent_station(sites, qtbot, tmp_path):
    db = Database.open(sites["hq"].path)
    try:
        win = build_window(db, "en", settings(tmp_path, "hq"), require_sign_in=True,
                           worker=SyncWorker(db.path))
        qtbot.addWidget(win)
        win.show()
        sign_in(qtbot, win, "can bo so", "4444")
        home = win.screens["Home"]
        assert win.tabs.currentWidget() is home
        press(qtbot, win, button_of(home, "Stations that sent nothing"), "HQ")
        hq = win.screens["HQ"]
        assert win.tabs.currentWidget() is hq
        assert hq.selected()["station"] == "XA01"
        win.close()
    finally:
        db.close()


def test_hq_writes_the_bundles_back_and_home_stops_asking_for_them(sites, qtbot, tmp_path,
                                                                   monkeypatch):
    """Found in HQ's trial: the home item 'write a bundle back' stayed after the bundles were
    written. Back on Home once they are, it is gone; the stations' silence is still said."""
    from station_app.ui import files

    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(files, "choose_folder", lambda *a, **k: str(folder))  # the folder chosen
    db = Database.open(sites["hq"].path)
    try:
        win = build_window(db, "en", settings(tmp_path, "hq"), require_sign_in=True,
                           worker=SyncWorker(db.path))
        qtbot.addWidget(win)
        win.show()
        sign_in(qtbot, win, "can bo so", "4444")
        home = win.screens["Home"]
        qtbot.waitUntil(lambda: any("Write a bundle back" in b.text().replace("&", "")
                                    for b in home.buttons))
        press(qtbot, win, button_of(home, "Write a bundle back"), "HQ")
        hq = win.screens["HQ"]
        qtbot.mouseClick(hq.back, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(list(folder.iterdir())) == 2 and hq.back.isEnabled())
        qtbot.keyClick(win.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
        assert win.tabs.currentWidget() is home
        qtbot.waitUntil(lambda: not any("Write a bundle back" in b.text().replace("&", "")
                                        for b in home.buttons))
        assert button_of(home, "Stations that sent nothing")
        home.grab().save(str(tmp_path / "hq-home-after-writing.png"))
        win.close()
    finally:
        db.close()
