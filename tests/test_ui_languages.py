"""Every screen in each language, walked as the station uses it: nothing of the other language
shows (the data, such as people's and the station's names, aside). In English, no Vietnamese
letter; in Vietnamese, no English word of the interface's own strings."""

from __future__ import annotations

import re
import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QWidget,
)
from ui_floor_helpers import settings, sign_in

from build.translations_vi import QT_VI, VI
from station_app.storage import Database
from station_app.ui.app import build_window, install_translators
from station_app.ui.display_window import DisplayWindow
from station_app.ui.settings import Settings, SettingsDialog
from station_app.ui.workers import SyncWorker


def _texts(widget: QWidget) -> list[str]:
    """What a person sees: labels, buttons, placeholders, tabs, headers, menus, titles."""
    found = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        if isinstance(child, QLabel):
            found.append(child.text())
        elif isinstance(child, QAbstractButton):
            found.append(child.text())
        elif isinstance(child, QLineEdit):
            found.append(child.placeholderText())
        elif isinstance(child, QTabWidget):
            found += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QTableView) and child.model() is not None:
            model = child.model()
            found += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(model.columnCount())]
    if isinstance(widget, QMainWindow):
        for menu in widget.menuBar().findChildren(QMenu):
            found.append(menu.title())
            found += [a.text() for a in menu.actions()]
    return [t for t in found if t]


def _vietnamese_letters(text: str) -> bool:
    return any(c in "đĐ" or any(unicodedata.combining(d)
                                 for d in unicodedata.normalize("NFD", c)) for c in text)


def _english_words() -> set[str]:
    """Words of the interface's English strings that its Vietnamese never uses."""
    sources = list(VI) + [s for ctx in QT_VI.values() for s in ctx]
    vietnamese = " ".join(list(VI.values()) + [v for ctx in QT_VI.values() for v in ctx.values()])
    words = {w.lower() for s in sources for w in re.findall(r"[A-Za-z]{3,}", s)}
    return words - {w.lower() for w in re.findall(r"[A-Za-z]{3,}", vietnamese)}


def _data(path) -> list[str]:
    """Names from the database (people, households, the station), longest first."""
    db = Database.open(path)
    try:
        names = {db.station_name, db.station, db.path.name,
                 "Tiếng Việt", "English"}  # each language named in its own, in the menu
        names |= {r for (r,) in db.conn.execute("SELECT full_name FROM residents")}
        names |= {r for (r,) in db.conn.execute("SELECT name FROM operators")}
        names |= {r for (r,) in db.conn.execute("SELECT name FROM areas")}
        names |= {r for (r,) in db.conn.execute("SELECT name FROM campaigns")}
        names |= {r for (r,) in db.conn.execute("SELECT place FROM sessions")}
    finally:
        db.close()
    return sorted((n for n in names if n), key=len, reverse=True)


def _walk(qtbot, station, language: str, tmp_path) -> dict[str, list[str]]:
    install_translators(QApplication.instance(), language)
    db = Database.open(station.path)
    store = settings(tmp_path, f"walk-{language}")
    win = build_window(db, language, store, require_sign_in=True,
                       worker=SyncWorker(station.path))
    qtbot.addWidget(win)
    win.show()
    seen = {"sign-in": _texts(win)}
    sign_in(qtbot, win, "Trưởng trạm")
    win.activateWindow()
    tickets = win.screens["Tickets"]
    win.tabs.setCurrentWidget(tickets)
    tickets.issue("walk_in")
    seen["tickets"] = _texts(win)
    tickets.toggle_bring()
    seen["what to bring"] = _texts(win)
    desk = win.screens["Desk"]
    win.tabs.setCurrentWidget(desk)
    desk.act("call_next")
    seen["desk"] = _texts(win)
    roster = win.screens["Roster"]
    win.tabs.setCurrentWidget(roster)
    seen["roster"] = _texts(win)
    win.tabs.setCurrentWidget(win.screens["Operators"])
    seen["operators"] = _texts(win)
    dialog = SettingsDialog(Settings(store), win)
    dialog.show()
    seen["settings"] = _texts(dialog)
    dialog.close()
    display = DisplayWindow(station.path, Settings(store), worker=SyncWorker(station.path))
    qtbot.addWidget(display)
    display.resize(1280, 720)
    display.show()
    seen["display"] = _texts(display)
    display.close()
    win.lock(by_operator=True)
    seen["locked"] = _texts(win)
    seen["application"] = [QApplication.applicationDisplayName()]
    win.close()
    db.close()
    return seen


@pytest.mark.parametrize("language", ["en", "vi"])
def test_every_screen_shows_only_its_language(station, qtbot, tmp_path, language):
    try:
        seen = _walk(qtbot, station, language, tmp_path)
    finally:
        install_translators(QApplication.instance(), "en")
    data = _data(station.path)
    english = _english_words()
    wrong = []
    for screen, texts in seen.items():
        for text in texts:
            bare = text
            for name in data:
                bare = bare.replace(name, "")
            if language == "en" and _vietnamese_letters(bare):
                wrong.append((screen, text))
            if language == "vi" and {w.lower() for w in re.findall(r"[A-Za-z]{3,}", bare)} \
                    & english:
                wrong.append((screen, text))
    assert wrong == [], "\n".join(map(repr, wrong))


def test_a_storage_error_is_said_in_vietnamese(tmp_path, qapp):
    from station_app.storage import NotAStationDatabase
    from station_app.ui.messages import explain

    not_ours = tmp_path / "notes.txt"
    not_ours.write_text("not a database")
    install_translators(QApplication.instance(), "vi")
    try:
        said = []
        for path in (tmp_path / "missing.sqlite3", not_ours):
            with pytest.raises(NotAStationDatabase) as caught:
                Database.open(path)
            said.append(explain(caught.value))
    finally:
        install_translators(QApplication.instance(), "en")
    assert said[0].startswith("Không có dữ liệu trạm tại")
    assert "không phải dữ liệu trạm" in said[1]


def _mnemonic(text: str) -> str | None:
    """The letter after a single '&' (Alt + that letter presses the button)."""
    found = re.search(r"(?<!&)&([^&\s])", text)
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["en", "vi"])
def test_no_button_of_a_screen_shares_its_alt_key_with_the_menu_bar(station, qtbot, tmp_path,
                                                                     language):
    """Alt + a menu's letter opens the menu: a button of a screen with the same letter can't
    be pressed from the keyboard (found by hand: Alt+X opened Xem, not Xếp lịch)."""
    install_translators(QApplication.instance(), language)
    db = Database.open(station.path)
    try:
        win = build_window(db, language, settings(tmp_path, f"keys-{language}"),
                           require_sign_in=True, worker=SyncWorker(station.path))
        qtbot.addWidget(win)
        win.show()
        sign_in(qtbot, win, "Trưởng trạm")
        menus = {_mnemonic(action.text()) for action in win.menuBar().actions()} - {None}
        assert len(menus) == 3
        clashes = [(win.tabs.tabText(i), button.text())
                   for i in range(win.tabs.count())
                   for button in win.screens[list(win._factories)[i]].findChildren(
                       QAbstractButton)
                   if _mnemonic(button.text()) in menus]
        assert clashes == []
        win.close()
    finally:
        db.close()
        install_translators(QApplication.instance(), "en")
