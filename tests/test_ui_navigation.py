"""Navigation by task (issue 23), walked as a person walks it at 1280×720 in each language:
every screen of every role reached with the keys shown on screen (Alt+<group>, then at most one
Ctrl+Tab or Ctrl+Shift+Tab), and on each screen: nothing outside the window, the focus in the
screen, every button with an Alt key (or its own key shown on it) none of which a menu uses,
and no word of the other language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import test_sync
from PySide6.QtCore import QAbstractListModel, QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)
from test_ui_languages import _data, _english_words, _texts, _vietnamese_letters
from ui_floor_helpers import settings, sign_in

from station_app.storage import Database
from station_app.ui import files
from station_app.ui.app import build_window, install_translators
from station_app.ui.keys import SHOWN_KEY, mnemonic
from station_app.ui.workers import SyncWorker

_sites_template, sites = test_sync._sites_template, test_sync.sites
SIZE = (1280, 720)


def open_by_keys(qtbot, win, title: str) -> int:
    """Reach ``title`` as a person would, with the keys the navigation shows: Alt+<group>
    from another group, then Ctrl+Tab or Ctrl+Shift+Tab within it; the keys pressed."""
    group = win._group_of(title)
    titles = win._groups[group][1]
    keys = []
    if win.current_title() not in titles:
        keys.append((Qt.Key(Qt.Key.Key_1 + group), Qt.KeyboardModifier.AltModifier))
        at = 0
    else:
        at = titles.index(win.current_title())
    step = (titles.index(title) - at) % len(titles)
    if step and step == len(titles) - 1:
        keys.append((Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier
                     | Qt.KeyboardModifier.ShiftModifier))
    else:
        keys += [(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)] * step
    for key, modifiers in keys:
        # offscreen, a window may lose its activation to another test window; a person's
        # window is the active one when they press keys
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        qtbot.keyClick(win.focusWidget() or win, key, modifiers)
    return len(keys)


def outside(win: QWidget, screen: QWidget) -> list[str]:
    """Visible widgets of ``screen`` (and the navigation) not wholly inside the window."""
    room = QRect(QPoint(0, 0), win.size())
    found = []
    for widget in [*screen.findChildren(QWidget), *win.nav.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if widget.parentWidget() and widget.parentWidget().inherits("QAbstractScrollArea") \
                or widget.objectName() == "qt_scrollarea_viewport":
            continue
        if any(p.inherits("QAbstractScrollArea") for p in _ancestors(widget, screen)):
            continue  # inside a scrolled area: shown by scrolling, not cut off
        top_left = widget.mapTo(win, QPoint(0, 0))
        if not room.contains(QRect(top_left, widget.size())):
            found.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
                         f" at {top_left.x()},{top_left.y()} {widget.width()}×{widget.height()}")
    for bar in (win.nav.groups, win.nav.screens):
        if bar.isVisible() and bar.sizeHint().width() > win.width():
            found.append("navigation row wider than the window")
    return found


def _ancestors(widget: QWidget, stop: QWidget):
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        yield parent
        parent = parent.parentWidget()


def cut_off(screen: QWidget) -> list[str]:
    """Words a person cannot read whole: a combo box narrower than one of its items (unless
    it shortens them in the middle, ``elides``), a label or button narrower than its text, a
    table column narrower than its heading or the rows in view."""
    found = []
    for box in screen.findChildren(QComboBox):
        if not box.isVisible() or getattr(box, "elides", False) or box.isEditable():
            continue
        option = QStyleOptionComboBox()
        box.initStyleOption(option)
        room = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                          QStyle.SubControl.SC_ComboBoxEditField, box).width()
        for i in range(box.count()):
            if box.fontMetrics().horizontalAdvance(box.itemText(i)) > room:
                found.append(f"cut combo item {box.itemText(i)!r} ({room} px)")
    for widget in [*screen.findChildren(QLabel), *screen.findChildren(QAbstractButton)]:
        if widget.isVisible() and widget.text() and not getattr(widget, "wordWrap", bool)() \
                and widget.sizeHint().width() > widget.width() + 1:
            found.append(f"cut {type(widget).__name__} {widget.text()!r}")
    for view in screen.findChildren(QTableView):
        if not view.isVisible() or view.model() is None or view.wordWrap():
            continue
        header = view.horizontalHeader()
        for c in range(view.model().columnCount()):
            need = max(header.sectionSizeFromContents(c).width(),
                       view.sizeHintForColumn(c) if view.model().rowCount() else 0)
            if not view.isColumnHidden(c) and need > view.columnWidth(c) + 1:
                found.append(f"cut column {view.model().headerData(c, Qt.Orientation.Horizontal)!r}")
    return found


def keyless_buttons(screen: QWidget, menus: set[str]) -> list[str]:
    found = []
    for button in screen.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text() or isinstance(button, QTabBar):
            continue
        letter = mnemonic(button.text())
        if letter is None and not SHOWN_KEY.search(button.text()) \
                and not isinstance(button, (QRadioButton, QCheckBox)):
            found.append(f"no Alt key: {button.text()!r}")
        elif letter is not None and (letter in menus or letter.isdigit()):
            found.append(f"Alt+{letter} is a menu's or a group's: {button.text()!r}")
    return found


def other_language(texts: list[str], language: str, data: list[str]) -> list[str]:
    english = _english_words()
    wrong = []
    for text in texts:
        bare = re.sub(r"/\S+", "", text)  # a file's path is data
        for name in data:
            bare = bare.replace(name, "")
        if language == "en" and _vietnamese_letters(bare):
            wrong.append(text)
        if language == "vi" and {w.lower() for w in re.findall(r"[A-Za-z]{3,}", bare)} & english:
            wrong.append(text)
    return wrong


# a number in the other language's form: thousands grouped by ',' or a decimal point in
# Vietnamese (6,835; 1.9), by '.' or a decimal comma in English (6.835; 1,9); dotted
# addresses and versions (192.168.1.20, 6.11.3), times and dates are no numbers
_OTHER_FORM = {"vi": re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d.,])|(?<![\d.,])\d+\.\d{1,2}(?![\d.,])"),
               "en": re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])|(?<![\d.,])\d+,\d{1,2}(?![\d.,])")}


def shown_numbers(screen: QWidget) -> list[str]:
    """Labels, buttons and the first rows of each table's cells, as shown."""
    texts = _texts(screen)
    for view in screen.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        root = view.rootIndex()
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
        texts += [str(model.index(r, c, root).data() or "")
                  for r in range(min(model.rowCount(root), 40)) for c in range(columns)]
    return texts


def other_number_form(texts: list[str], language: str) -> list[str]:
    return [t for t in texts if _OTHER_FORM[language].search(t)]


def walk(qtbot, path, tmp_path, language: str, name: str, pin: str | None = None) -> dict:
    install_translators(QApplication.instance(), language)
    db = Database.open(path)
    problems: dict[str, list[str]] = {}
    try:
        win = build_window(db, language, settings(tmp_path, f"walk-{language}-{name}"),
                           require_sign_in=True, worker=SyncWorker(path))
        qtbot.addWidget(win)
        win.show()
        win.resize(*SIZE)
        sign_in(qtbot, win, name, pin)
        win.activateWindow()
        menus = {mnemonic(a.text()) for a in win.menuBar().actions()} - {None}
        data = _data(path)
        first = win.tabs.currentWidget()
        if win.focusWidget() is None or not first.isAncestorOf(win.focusWidget()):
            problems["after sign-in"] = ["no focus in the first screen"]
        for title in list(win._factories):
            keys = open_by_keys(qtbot, win, title) if len(win._factories) > 1 else 0
            screen = win.tabs.currentWidget()
            found = []
            if screen is not win.screens[title]:
                found.append(f"the keys opened {win.current_title()}")
            if keys > 2:
                found.append(f"{keys} keys")
            QApplication.processEvents()
            focus = win.focusWidget()
            if focus is None or not screen.isAncestorOf(focus) or not focus.isVisible():
                found.append(f"focus on {focus!r}")
            found += outside(win, screen)
            found += cut_off(screen)
            found += keyless_buttons(screen, menus)
            found += [f"other language: {t!r}" for t in
                      other_language(_texts(screen) + [win.nav.groups.tabText(i) for i in
                                                       range(win.nav.groups.count())]
                                     + [win.nav.screens.tabText(i) for i in
                                        range(win.nav.screens.count())] + [win.nav.hint.text()],
                                     language, data)]
            found += [f"number in the other form: {t!r}"
                      for t in other_number_form(shown_numbers(screen), language)]
            if found:
                problems[title] = found
        win.close()
    finally:
        db.close()
        install_translators(QApplication.instance(), "en")
    return problems


@pytest.mark.parametrize("language", ["en", "vi"])
@pytest.mark.parametrize("name", ["Tình nguyện viên Hà", "Cán bộ Lan", "Trưởng trạm"])
def test_every_screen_of_a_station_role_fits_has_focus_keys_and_one_language(
        station, qtbot, tmp_path, language, name):
    assert walk(qtbot, station.path, tmp_path, language, name) == {}


@pytest.mark.parametrize("language", ["en", "vi"])
def test_every_screen_of_hq_fits_has_focus_keys_and_one_language(sites, qtbot, tmp_path,
                                                                 language):
    path = sites["hq"].path
    assert walk(qtbot, path, tmp_path, language, "can bo so", "4444") == {}


def test_each_role_sees_its_groups_and_hq_no_floor(station, sites, qtbot):
    win = station.window()
    sign_in(qtbot, win, "Trưởng trạm")
    assert [g for g, _ in win._groups] == ["Today", "Floor", "Plan", "Booking", "Letters",
                                           "Sync", "Station"]
    assert all(len(titles) <= 3 for _g, titles in win._groups)  # two keys to each
    assert [win.nav.groups.tabText(i) for i in range(win.nav.groups.count())][:2] == [
        "Today  Alt+1", "Floor  Alt+2"]
    win.sign_out()
    sign_in(qtbot, win, "Tình nguyện viên Hà")
    assert list(win._factories) == ["Tickets"] and not win.nav.isVisible()
    win.sign_out()
    sign_in(qtbot, win, "Cán bộ Lan")
    assert [g for g, _ in win._groups] == ["Floor"] and not win.nav.groups.isVisible()
    hq = Database.open(sites["hq"].path)
    try:
        hq_win = build_window(hq, "en", settings(station.tmp_path, "hq"), require_sign_in=True,
                              worker=SyncWorker(hq.path))
        qtbot.addWidget(hq_win)
        hq_win.show()
        sign_in(qtbot, hq_win, "can bo so", "4444")
        assert not {"Tickets", "Desk"} & set(hq_win._factories)
        assert [t for g, t in hq_win._groups if g == "Sync"] == [["HQ", "Conflicts", "Roster"]]
        assert "Floor" not in [g for g, _ in hq_win._groups]
        assert all(len(titles) <= 3 for _g, titles in hq_win._groups)
        assert hq_win.current_title() == "Home"
        assert "HQ" in hq_win._factories and "Sync" not in hq_win._factories
        hq_win.close()
    finally:
        hq.close()


def test_alt_and_ctrl_tab_move_between_groups_and_screens(station, qtbot):
    win = station.window()
    sign_in(qtbot, win, "Trưởng trạm")
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    assert win.current_title() == "Home"
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert win.current_title() == "Campaign"
    assert win.nav.groups.currentIndex() == 2 and win.nav.screens.tabText(1) == "Sessions"
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert win.current_title() == "Sessions"
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert win.current_title() == "Plan"  # the group's next screen
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert win.current_title() == "Campaign"  # and round
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert win.current_title() == "Booking"
    table = win.screens["Booking"].village_table
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # Tab leaves the village table
    assert not table.hasFocus() and win.focusWidget() is not None
    table.setFocus()  # nor does it keep Ctrl+Tab to itself
    qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert win.current_title() == "Move a session"
    win.lock(by_operator=True)
    qtbot.keyClick(win.signin.pin, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert win.current_title() == "Move a session"  # nothing moves behind the lock


def shown(view, index) -> str:
    """A cell's text as its view draws it."""
    option = QStyleOptionViewItem()
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    return option.text


def test_the_file_dialog_speaks_vietnamese(qtbot, tmp_path):
    """The product's file dialog in the Vietnamese interface: its words, and what its list
    shows of a folder and files: dates as dd/mm/yyyy hh:mm, sizes in the Vietnamese form
    (Qt writes '7 12 2026 04:25', 'Folder', '3.91 KiB', '1 bytes')."""
    install_translators(QApplication.instance(), "vi")
    (tmp_path / "thư mục con").mkdir()
    (tmp_path / "a.pdf").write_bytes(b"%PDF" * 1000)
    (tmp_path / "b.bundle").write_bytes(b"x" * 3_000_000)
    (tmp_path / "c").write_bytes(b"x")
    try:
        dialog = files.file_dialog(None, "Lưu", str(tmp_path), "PDF (*.pdf);;Mọi tệp (*)")
        dialog.selectNameFilter("Mọi tệp (*)")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.isVisible())
        view = dialog.findChild(QTreeView, "treeView")
        model = view.model()
        qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 4)
        texts = _texts(dialog) + [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                                  for c in range(model.columnCount())]
        rows = {model.index(r, 0, view.rootIndex()).data():
                [shown(view, model.index(r, c, view.rootIndex())) for c in range(1, 4)]
                for r in range(4)}
        texts += [t for row in rows.values() for t in row]
        wrong = other_language([t for t in texts if t], "vi",
                               [str(tmp_path), "PDF", "a.pdf", "b.bundle", tmp_path.name])
        dialog.close()
    finally:
        install_translators(QApplication.instance(), "en")
    assert wrong == []
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", row[2]) for row in rows.values()), rows
    assert rows["thư mục con"][:2] == ["", "Thư mục"]
    assert (rows["a.pdf"][0], rows["b.bundle"][0], rows["c"][0]) == ("4 KB", "3,0 MB", "1 KB")
    assert other_number_form(texts, "vi") == []


def test_the_folder_dialog_speaks_vietnamese(qtbot, tmp_path):
    """Choosing a folder (the bundles' USB stick, the backups' folder): its type list said
    'Directories' in the Vietnamese interface (HQ trial)."""
    install_translators(QApplication.instance(), "vi")
    (tmp_path / "usb").mkdir()
    try:
        dialog = files.folder_dialog(None, "Chọn ổ đĩa hoặc thư mục", str(tmp_path / "usb"))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.isVisible())
        kinds = dialog.findChild(QComboBox, "fileTypeCombo")
        shown_kinds = [kinds.itemText(i) for i in range(kinds.count())]
        wrong = other_language([t for t in _texts(dialog) if t], "vi",
                               [str(tmp_path), "usb", tmp_path.name])
        dialog.close()
    finally:
        install_translators(QApplication.instance(), "en")
    assert wrong == []
    assert shown_kinds == ["Thư mục"]


def test_a_folder_not_there_yet_opens_its_nearest_folder_ready_to_choose(qtbot, tmp_path):
    """The Sync screen's default folder (~/Documents/station-app/bundles) before the first
    bundle: the dialog opened with the missing name typed in and its button greyed out (HQ
    trial)."""
    dialog = files.folder_dialog(None, "Choose a drive or folder",
                                 str(tmp_path / "Documents" / "station-app" / "bundles"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.isVisible())
    name = dialog.findChild(QLineEdit, "fileNameEdit").text()
    choose = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open)
    assert Path(dialog.directory().absolutePath()) == tmp_path
    assert name == "" and choose.isEnabled()
    dialog.close()


@pytest.mark.parametrize(("language", "thousands", "rate"), [("vi", "6.835", "1,9"),
                                                             ("en", "6,835", "1.9")])
def test_numbers_take_one_form_per_language(roster_db_path, qtbot, tmp_path, language,
                                            thousands, rate):
    """The same figures on the Home page, the Plan screen and the Dashboard, in the form of the
    interface's language (the hand trial read 6.835 on the Dashboard, 6,835 on the Plan screen
    and 1.9 on the Home page of the Vietnamese interface)."""
    install_translators(QApplication.instance(), language)
    db = Database.open(roster_db_path)
    try:
        win = build_window(db, language, settings(tmp_path), require_sign_in=True,
                           worker=SyncWorker(roster_db_path))
        qtbot.addWidget(win)
        win.show()
        sign_in(qtbot, win, "Trưởng trạm")
        home = win.screens["Home"]
        text, _urgent = home.describe({"kind": "deadline_at_risk", "ages": "14–17",
                                       "date": "2027-06-30", "remaining": 6835,
                                       "needed_per_day": 1.9, "achieved_per_day": 12.25})
        assert thousands in text and rate in text and other_number_form([text], language) == []
        open_by_keys(qtbot, win, "Plan")
        plan = win.screens["Plan"]
        plan.targets.set_records([{"label": "x", "kind": "deadline", "date": "2027-06-30",
                                   "to_collect": 6835, "capacity": 6835, "expected": 6835.2,
                                   "shortfall": 0, "sessions": [], "feasible": True,
                                   "missing": None}])
        cells = [plan.targets.index(0, c).data() for c in range(2, 6)]
        assert cells == [thousands, thousands, thousands, "0"]
        open_by_keys(qtbot, win, "Dashboard")
        dashboard = win.screens["Dashboard"]
        assert (dashboard._int(6835), dashboard._rate(1.9)) == (thousands, rate)
        win.close()
    finally:
        db.close()
        install_translators(QApplication.instance(), "en")


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_demo_of_make_run_fits_whole_at_1280(qtbot, tmp_path, language):
    """The lead's screens on the demo station (`make run`: a commune of ten thousand people,
    its campaign, sessions and letters) at 1280×720: what the hand trial found cut (the
    Campaign list's deadlines, the Dashboard's "Projected finish", the Sync screen's folder)
    and everything the walk checks."""
    from ui_floor_helpers import open_like_the_app

    path = tmp_path / "demo-station.sqlite3"
    db, _asked = open_like_the_app(qtbot, path, demo=True)
    db.close()
    assert walk(qtbot, path, tmp_path, language, "Trưởng trạm", "1111") == {}


def test_the_file_dialog_opens_where_the_file_would_go(qtbot, tmp_path):
    """The Letters screen's Choose… for a reports folder not made yet opened the program's
    working folder (found by hand): the dialog opens in the nearest folder that is there,
    the file's name typed in."""
    dialog = files.file_dialog(None, "Lưu", str(tmp_path / "reports" / "may" / "giay-moi.pdf"),
                               "PDF (*.pdf)")
    qtbot.addWidget(dialog)
    assert Path(dialog.directory().absolutePath()) == tmp_path
    dialog.show()
    assert dialog.findChild(QLineEdit, "fileNameEdit").text() == "giay-moi.pdf"


def test_the_move_screens_session_is_read_whole(station, qtbot):
    """The sessions come from the worker after the screen is up (the hand trial at 1366×768
    read "… · đã hẹn 154 · Hội"): the combo box grows to its longest session."""
    win = station.window()
    win.resize(*SIZE)
    sign_in(qtbot, win, "Trưởng trạm")
    open_by_keys(qtbot, win, "Move a session")
    screen = win.screens["Move a session"]
    rows = [{"id": f"s{day}", "day": f"2026-12-{day:02d}", "opens": "07:00", "closes": "11:30",
             "place": "Nhà văn hóa thôn Đông Hòa, xã Hòa Bình", "booked": 154}
            for day in (9, 13)]  # a Wednesday and a Sunday (Chủ nhật, the longest day name)
    screen._sessions(rows)  # as the worker's answer arrives
    qtbot.waitUntil(lambda: cut_off(screen) == [])
