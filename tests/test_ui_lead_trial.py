"""The lead's day by keyboard with the real worker thread, as the application runs (the hand
trial of issue 23's home page): what the synchronous worker of the other GUI tests hides (the
figures and rows come after the screen is up)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_ui_home import book_today, button_of
from ui_floor_helpers import settings, sign_in_and_wait

from station_app.services import letters as L
from station_app.services import sessions as S
from station_app.storage import Database
from station_app.ui.app import build_window


def _lead_window(qtbot, path, tmp_path):
    db = Database.open(path)
    win = build_window(db, "en", settings(tmp_path), require_sign_in=True)  # its own worker
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    sign_in_and_wait(qtbot, win, "Trưởng trạm")
    return win, db


def test_home_focuses_the_first_to_do_and_enter_opens_it_with_its_village(
        roster_db_path, qtbot, tmp_path):
    villages = book_today(roster_db_path)
    win, db = _lead_window(qtbot, roster_db_path, tmp_path)
    try:
        home = win.screens["Home"]
        qtbot.waitUntil(lambda: bool(home.buttons) and win.focusWidget() is home.buttons[0])
        first = S.list_sessions(db, dt.date.today(), operator=win.ctx.session)[0]
        L.print_letters(db, tmp_path / "l.pdf", villages=[villages[0]],
                        operator=win.ctx.session)
        village = db.scalar("SELECT id FROM areas WHERE name = ?", (villages[0],))
        qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Return)  # "Print the letters"
        qtbot.waitUntil(lambda: win.current_title() == "Letters")
        letters = win.screens["Letters"]
        qtbot.waitUntil(lambda: letters.sessions.currentData() == first["id"])
        qtbot.keyClick(win.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: any("Hand out" in b.text().replace("&", "")
                                    for b in home.buttons))
        button = button_of(home, "Hand out the letters")
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Enter)
        qtbot.waitUntil(lambda: win.current_title() == "Delivery")
        delivery = win.screens["Delivery"]

        def selected():
            record = delivery.model.record(delivery.table.currentIndex().row())
            return record is not None and record["village_id"] == village
        qtbot.waitUntil(lambda: delivery.model.rowCount() > 0 and selected())
        delivery.refresh()  # the counts move (a stub recorded): the village stays selected
        qtbot.wait(50)
        qtbot.waitUntil(selected)
        win.close()
    finally:
        db.close()
