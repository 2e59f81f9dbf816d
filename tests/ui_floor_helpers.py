"""Shared setup for the station-floor GUI tests: a station with the small roster and three
operators, windows opened as the application opens them (with the synchronous worker: each
action's database work is done when the key press returns), the station passphrase typed on
its page and signing in by typing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from build.screenshots import store as settings  # noqa: F401  (used by the GUI tests)
from station_app.storage import Database
from station_app.ui.app import build_window
from station_app.ui.workers import SyncWorker

PINS = {"Trưởng trạm": "1111", "Cán bộ Lan": "2222", "Cán bộ Minh": "2323",
        "Tình nguyện viên Hà": "3333"}
TYPED = {"Trưởng trạm": "truong tram", "Cán bộ Lan": "can bo lan", "Cán bộ Minh": "can bo minh",
         "Tình nguyện viên Hà": "tinh nguyen vien ha"}  # what a keyboard without Vietnamese types


class Station:
    """Windows on one station database (each as a laptop of its own: own connections)."""

    def __init__(self, qtbot, path: Path, tmp_path: Path):
        self.qtbot, self.path, self.tmp_path = qtbot, path, tmp_path
        self.open: list = []

    def window(self, name: str = "laptop", **values):
        db = Database.open(self.path)
        win = build_window(db, "en", settings(self.tmp_path, name, **values),
                           require_sign_in=True, worker=SyncWorker(self.path))
        self.qtbot.addWidget(win)
        win.show()
        self.open.append((win, db))
        return win

    def close(self, win) -> None:
        for item in list(self.open):
            if item[0] is win:
                win.close()
                item[1].close()
                self.open.remove(item)

    def close_all(self) -> None:
        for win, _db in list(self.open):
            self.close(win)


def sign_in(qtbot, win, name: str, pin: str | None = None, signed_in: bool = True) -> None:
    page = win.signin
    assert page.button.isEnabled()
    page.name.setEditText("")
    qtbot.keyClicks(page.name.lineEdit(), TYPED.get(name, name))
    qtbot.keyClicks(page.pin, pin if pin is not None else PINS[name])
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    assert win.is_locked() != signed_in


def type_text(qtbot, widget, text: str) -> None:
    """``text`` typed into ``widget``: ASCII key by key; a Vietnamese letter committed whole,
    as an input method (Unikey, the system's Telex) commits it (QTest types ASCII only)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def type_passphrase(qtbot, dialog, text: str) -> None:
    """The station passphrase typed on its page (ui/passphrase.py), then Enter."""
    dialog.passphrase.clear()
    type_text(qtbot, dialog.passphrase, text)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def open_like_the_app(qtbot, path: Path, passphrase: str | None = None, demo: bool = False):
    """The station database as ``station-app gui`` opens it (ui.app.open_station): its
    passphrase page, a modal dialog, answered by typing ``passphrase``. The database, and
    whether the page was shown."""
    from station_app.ui.app import open_station
    from station_app.ui.passphrase import PassphraseDialog

    shown = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PassphraseDialog) and not shown:
            shown.append(dialog)
            type_passphrase(qtbot, dialog, passphrase)

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    try:
        db = open_station(path, demo)
    finally:
        timer.stop()
    return db, bool(shown)


def sign_in_and_wait(qtbot, win, name: str) -> None:
    """Signing in on a window with its real worker thread: typed, then waited for."""
    page = win.signin
    qtbot.waitUntil(page.button.isEnabled)
    page.name.setEditText("")
    qtbot.keyClicks(page.name.lineEdit(), TYPED.get(name, name))
    qtbot.keyClicks(page.pin, PINS[name])
    qtbot.keyClick(page.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.is_locked(), timeout=30_000)
