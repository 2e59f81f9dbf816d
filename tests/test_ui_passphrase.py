"""The passphrase page before sign-in (ui/passphrase.py), driven with keys as the lead would; then
the window's work done in processes of their own (letters, a big roster), on a station opened
by typing on that page with nothing in the environment."""

from __future__ import annotations

import datetime as dt
import multiprocessing

import pypdf
import pytest
import test_sync
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QProgressDialog,
)
from ui_floor_helpers import (
    open_like_the_app,
    settings,
    sign_in_and_wait,
    type_passphrase,
    type_text,
)

from station_app.services import sessions
from station_app.storage import Database, keys
from station_app.ui.app import build_window, install_translators
from station_app.ui.passphrase import PassphraseDialog
from station_app.ui.workers import SyncWorker

_sites_template, sites = test_sync._sites_template, test_sync.sites


@pytest.fixture
def no_passphrase(monkeypatch):
    """The app just started: it holds no passphrase yet (nothing in the environment, as for
    every GUI test), the page asks."""
    monkeypatch.setattr(keys, "_passphrase", None)


@pytest.fixture
def vietnamese(qapp):
    install_translators(qapp, "vi")
    yield
    install_translators(qapp, "en")


def _type(qtbot, field, text: str) -> None:
    """Typed, then Enter (text with diacritics arrives whole, as a Vietnamese input method
    commits it: QTest types ASCII only)."""
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        field.insert(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_the_lead_unlocks_the_station_and_a_pin_or_a_wrong_one_is_refused(
        qtbot, db_path, no_passphrase, vietnamese):
    from conftest import TEST_PASSPHRASE

    dialog = PassphraseDialog(db_path, SyncWorker(db_path), new=False)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.passphrase, "1111")
    assert dialog.error.text() == (
        "Mã PIN của cán bộ không mở được cơ sở dữ liệu của trạm: hãy nhập mật khẩu của trạm "
        "(ít nhất 10 ký tự)")
    assert dialog.isVisible() and dialog.result() == 0
    _type(qtbot, dialog.passphrase, "mat khau sai cua tram")
    assert dialog.error.text().startswith("Sai mật khẩu của trạm")
    assert keys.current_passphrase() is None
    _type(qtbot, dialog.passphrase, TEST_PASSPHRASE)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert keys.current_passphrase() == TEST_PASSPHRASE
    Database.open(db_path).close()  # the workers open it with it now


def test_a_new_station_passphrase_is_typed_twice_and_never_digits(
        qtbot, tmp_path, no_passphrase):
    path = tmp_path / "new.sqlite3"
    dialog = PassphraseDialog(path, SyncWorker(path), new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "123456")
    _type(qtbot, dialog.again, "123456")
    assert "digits only" in dialog.error.text()
    dialog.passphrase.clear()
    dialog.passphrase.insert("đồng lúa quê hương")
    _type(qtbot, dialog.again, "đồng lúa quê hương!")
    assert dialog.error.text() == "The two passphrases differ."
    _type(qtbot, dialog.again, "đồng lúa quê hương")
    assert dialog.result() == dialog.DialogCode.Accepted
    db = Database.create(path, "XA07", "Trạm mới")  # with the passphrase just chosen
    db.close()
    keys.use_passphrase(None)
    with pytest.raises(keys.PassphraseNeeded):
        Database.open(path)


def test_the_app_opens_with_the_passphrase_it_holds_and_encrypts_a_plain_station(
        qtbot, roster_db, tmp_path):
    """Start-up (ui/app.open_station) without the page when the passphrase this process holds
    (typed, or the demo's) opens the station; a plain database of an earlier version is
    encrypted there, on the worker."""
    from station_app.ui.app import open_station

    plain = tmp_path / "old.sqlite3"
    roster_db.conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    roster_db.conn.execute("SELECT sqlcipher_export('plain')")
    roster_db.conn.execute("DETACH DATABASE plain")
    count = roster_db.scalar("SELECT count(*) FROM residents")
    assert plain.read_bytes()[:15] == b"SQLite format 3"
    db = open_station(plain, demo=False)
    try:
        assert db.scalar("SELECT count(*) FROM residents") == count
        assert keys.key_path(plain).is_file() and plain.read_bytes()[:15] != b"SQLite format 3"
    finally:
        db.close()


# -- the windows' own processes, with the passphrase typed on the page (issue 22) ------------
# Nothing in the environment (conftest.lead_typed_the_passphrase): what the lead typed lives
# in this process only, and a process the window starts must get what opens the station from it.

def _started_afresh() -> None:
    """The app starts: it holds no passphrase yet."""
    keys.use_passphrase(None)
    assert keys.current_passphrase() is None


def _lead_window(qtbot, db, tmp_path):
    """The main window as the app opens it: a real worker thread, sign-in required."""
    win = build_window(db, "en", settings(tmp_path), require_sign_in=True)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    sign_in_and_wait(qtbot, win, "Trưởng trạm")
    return win


def _print_village(qtbot, win, out):
    """On the Letters screen: the first village ticked with Space, where typed, Write; the
    message once the letters are written (or not)."""
    screen = win.screens["Letters"]
    win.tabs.setCurrentWidget(screen)
    qtbot.waitUntil(lambda: screen.villages.count() > 0, timeout=30_000)
    screen.villages.setFocus()
    qtbot.keyClick(screen.villages, Qt.Key.Key_Home)
    qtbot.keyClick(screen.villages, Qt.Key.Key_Space)
    village = screen.villages.item(0).data(Qt.ItemDataRole.UserRole)
    assert screen.chosen_villages() == [village]
    screen.out.selectAll()
    qtbot.keyClicks(screen.out, str(out))
    qtbot.mouseClick(screen.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.job is None, timeout=120_000)
    return screen.message.text()


def test_letters_print_from_the_window_once_the_passphrase_is_typed(qtbot, roster_db_path,
                                                                    tmp_path, lead):
    """The lead types the passphrase on its page, signs in, ticks a village on the Letters
    screen and writes its letters: drawn in a process of the window's own, which gets the
    station's key from the window (on 7 Dec the process found no passphrase and the screen
    said the database was encrypted)."""
    from conftest import TEST_PASSPHRASE

    db = Database.open(roster_db_path)
    try:
        sessions.create_sessions(db, sessions.week_specs(
            dt.date.today() + dt.timedelta(days=1), "Hội trường UBND xã Hòa Bình",
            [("07:00", "11:30"), ("13:30", "17:00")], 20, 12, days=7), operator=lead)
        first = db.scalar("SELECT id FROM areas WHERE kind = 'village' ORDER BY name_fold")
        sessions.book_villages(db, [db.scalar("SELECT name FROM areas WHERE id = ?", (first,))],
                               operator=lead)
        codes = [r[0] for r in db.conn.execute(
            "SELECT DISTINCT h.code FROM households h JOIN letters l ON l.household_id = h.id "
            "WHERE h.village_id = ? ORDER BY h.code", (first,))]
    finally:
        db.close()
    assert len(codes) > 20
    _started_afresh()
    db, asked = open_like_the_app(qtbot, roster_db_path, TEST_PASSPHRASE)
    assert asked and db is not None
    try:
        win = _lead_window(qtbot, db, tmp_path)
        out = tmp_path / "giay-moi.pdf"
        assert _print_village(qtbot, win, out) == f"{len(codes)} letters written (A5) to {out}."
        pages = pypdf.PdfReader(out).pages
        assert len(pages) == len(codes)
        for page, code in zip(pages, codes):  # a letter per household, in delivery order
            assert code in page.extract_text()
        win.close()
    finally:
        db.close()


# the file dialog's completer pops up as the path is typed: offscreen has no window manager
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_big_roster_imports_from_the_window_once_the_passphrase_is_typed(
        qtbot, db_path, small_roster, tmp_path, monkeypatch):
    """File > Import roster (Ctrl+I), the file typed in the file dialog, the columns accepted:
    a roster read in a second process (as one over 8 MB is; the threshold lowered here) is
    imported, with nothing in the environment."""
    from conftest import TEST_PASSPHRASE

    from station_app.services import roster_import

    monkeypatch.setattr(roster_import, "PARALLEL_BYTES", 0)
    started = []
    real_context = roster_import.worker_context
    monkeypatch.setattr(roster_import, "worker_context",
                        lambda: started.append(True) or real_context())
    _started_afresh()
    db, asked = open_like_the_app(qtbot, db_path, TEST_PASSPHRASE)
    assert asked and db is not None
    results = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            field = dialog.findChild(QLineEdit, "fileNameEdit")
            field.setFocus()
            field.clear()
            type_text(qtbot, field, str(small_roster))
            qtbot.keyClick(field, Qt.Key.Key_Return)
        elif isinstance(dialog, QDialog) and not isinstance(dialog, QProgressDialog):
            results.append((dialog.windowTitle(),
                            [label.text() for label in dialog.findChildren(QLabel)]))
            qtbot.keyClick(dialog, Qt.Key.Key_Return)

    timer = QTimer()
    timer.timeout.connect(answer)
    try:
        win = _lead_window(qtbot, db, tmp_path)
        timer.start(50)
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I,
                       Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: any(title == "Roster imported" for title, _ in results)
                        or any(title == "Import stopped" for title, _ in results),
                        timeout=60_000)
        timer.stop()
        assert [title for title, _ in results] == ["Import roster: check the columns",
                                                    "Roster imported"], results
        imported = db.scalar("SELECT count(*) FROM residents")
        assert imported > 1000 and started == [True]
        assert f"Imported: {imported:,}   Updated: 0   Unchanged: 0   Rejected: 0" in results[1][1]
        win.close()
    finally:
        timer.stop()
        db.close()
    assert multiprocessing.active_children() == []


def test_the_demo_of_make_run_prints_its_letters_from_the_window(qtbot, tmp_path, monkeypatch):
    """`make run` (station-app gui --demo) with nothing in the environment: the demo opens with
    its own passphrase (README), and letters written from the Letters screen are there."""
    from station_app.services import demo

    monkeypatch.setattr(demo, "DEMO_HOUSEHOLDS", 300)  # a smaller commune, the same station
    _started_afresh()
    db, asked = open_like_the_app(qtbot, tmp_path / "demo-station.sqlite3", demo=True)
    assert not asked and db is not None
    try:
        win = _lead_window(qtbot, db, tmp_path)
        out = tmp_path / "demo-letters-again.pdf"
        said = _print_village(qtbot, win, out)
        written = len(pypdf.PdfReader(out).pages)
        assert written > 5 and said == f"{written} letters written (A5) to {out}."
        win.close()
    finally:
        db.close()


@pytest.mark.parametrize("language", ["en", "vi"])
def test_hqs_passphrase_page_addresses_hq(sites, db_path, qtbot, language):
    """HQ's database opened in the window: its passphrase page speaks of HQ's passphrase and
    HQ's staff, not of a station lead (the key file says whose database it is); a station's
    page still addresses its lead."""
    from conftest import TEST_PASSPHRASE

    from station_app.ui.app import open_station

    install_translators(QApplication.instance(), language)
    pages = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PassphraseDialog) and dialog.isVisible() and len(pages) < 2 \
                and dialog not in [p for p, _ in pages]:
            pages.append((dialog, " ".join([dialog.windowTitle()] + [
                label.text() for label in dialog.findChildren(QLabel)])))
            type_passphrase(qtbot, dialog, TEST_PASSPHRASE)

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    try:
        for path in (sites["hq"].path, db_path):
            _started_afresh()
            db = open_station(path, demo=False)
            assert db is not None
            db.close()
    finally:
        timer.stop()
        install_translators(QApplication.instance(), "en")
    (_, hq), (_, station) = pages
    lead = {"en": "station lead", "vi": "trưởng trạm"}[language]
    assert lead not in hq.lower() and lead in station.lower()
    assert {"en": "hq's staff", "vi": "cán bộ cấp trên"}[language] in hq.lower()
