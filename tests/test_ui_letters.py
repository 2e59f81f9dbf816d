"""The lead's letters, delivery and announcement screens, driven with keys and clicks on a real
station database (the synchronous worker): the letters of a village written to PDF from the
window (read back: one page per household, each page's QR decodes to its household), the
preview, printing through a QPrinter, twenty stubs scanned as delivered, the loudspeaker text
shown and copied; volunteers and staff neither see these screens nor get the services; the
screens in Vietnamese show no English."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest
import shiboken6
from pdf_helpers import fonts_not_embedded
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication
from qr_helpers import read_qr
from sql_trace import trace_sql
from test_ui_languages import _data, _english_words, _texts
from ui_floor_helpers import settings, sign_in

from station_app.core.permissions import NotAllowed
from station_app.services import announce, letters, sessions
from station_app.services.lookup import lookup
from station_app.storage import Database
from station_app.ui.app import build_window, install_translators
from station_app.ui.workers import SyncWorker

TOMORROW = dt.date.today() + dt.timedelta(days=1)
HALL = "Hội trường UBND xã Hòa Bình"


@pytest.fixture
def booked(station, lead):
    """A week of sessions from tomorrow, the first two villages (by name) booked."""
    db = Database.open(station.path)
    try:
        sessions.create_sessions(db, sessions.week_specs(
            TOMORROW, HALL, [("07:00", "11:30"), ("13:30", "17:00")], 20, 12, days=7),
            operator=lead)
        villages = [r["name"] for r in db.query(
            "SELECT name FROM areas WHERE kind = 'village' ORDER BY name_fold")][:2]
        sessions.book_villages(db, villages, operator=lead)
    finally:
        db.close()
    return villages


def _households(path, village: str) -> list[dict]:
    db = Database.open(path)
    try:
        return db.query("SELECT DISTINCT h.id, h.code FROM households h JOIN areas v ON "
                        "v.id = h.village_id JOIN letters l ON l.household_id = h.id "
                        "WHERE v.name = ? ORDER BY h.code", (village,))
    finally:
        db.close()


def _codes(pdf, pages: range) -> list[list[str]]:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return [read_qr(document[i].render(scale=150 / 72, grayscale=True).to_pil())
                for i in pages]
    finally:
        document.close()


def type_vietnamese(widget, text: str) -> None:
    """Text as a Vietnamese keyboard (an input method such as Unikey) commits it."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _lead_window(station, qtbot):
    win = station.window()
    win.resize(1366, 768)  # a station laptop's screen: the preview has its room
    sign_in(qtbot, win, "Trưởng trạm")
    return win


def _write_village(qtbot, win, village: str, out) -> object:
    """On the Letters screen: tick the village with the keyboard, type where, press Write."""
    screen = win.screens["Letters"]
    win.tabs.setCurrentWidget(screen)
    qtbot.waitUntil(lambda: screen.preview.viewport().height() > 300)  # the tab laid out
    names = [screen.villages.item(i).text() for i in range(screen.villages.count())]
    row = next(i for i, n in enumerate(names) if n.startswith(village + " ("))
    screen.villages.setFocus()
    qtbot.keyClick(screen.villages, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(screen.villages, Qt.Key.Key_Down)
    qtbot.keyClick(screen.villages, Qt.Key.Key_Space)
    assert screen.chosen_villages() == [screen.villages.item(row).data(Qt.ItemDataRole.UserRole)]
    screen.out.selectAll()
    qtbot.keyClicks(screen.out, str(out))
    qtbot.mouseClick(screen.write_button, Qt.MouseButton.LeftButton)
    return screen


def test_letters_of_a_village_written_from_the_window(station, qtbot, booked, tmp_path):
    win = _lead_window(station, qtbot)
    out = tmp_path / "new-folder" / "giay-moi.pdf"  # a folder not there yet
    screen = _write_village(qtbot, win, booked[0], out)
    households = _households(station.path, booked[0])
    assert len(households) > 20
    assert screen.message.text() == f"{len(households)} letters written (A5) to {out}."
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == len(households)
    for page, household in zip(reader.pages, households):  # delivery order
        assert household["code"] in page.extract_text()
    db = Database.open(station.path)
    try:
        lead = win.ctx.session
        for index in (0, len(households) // 2, len(households) - 1):
            codes = _codes(out, range(index, index + 1))[0]
            assert len(codes) == 2 and codes[0] == codes[1]  # the letter and its stub
            found = lookup(db, codes[0], operator=lead)
            assert found["record"]["household"]["id"] == households[index]["id"]
        assert db.scalar("SELECT COUNT(*) FROM letters l JOIN households h ON h.id = "
                         "l.household_id JOIN areas v ON v.id = h.village_id WHERE v.name = ? "
                         "AND l.printed_at IS NOT NULL", (booked[0],)) == len(households)
    finally:
        db.close()
    # the first two pages are shown, the PDF may be opened or printed
    assert [not p.pixmap().isNull() for p in screen.pages] == [True, True]
    assert screen.pages[0].pixmap().height() > 300
    assert screen.open_button.isEnabled() and screen.print_button.isEnabled()
    assert not screen.bar.isVisible() and not screen.stop_button.isVisible()


def test_a_second_print_never_overwrites_the_first_ones_pdf(station, qtbot, booked):
    """The lead prints one village, then another, keeping the file name the screen offers."""
    win = _lead_window(station, qtbot)
    screen = win.screens["Letters"]
    win.tabs.setCurrentWidget(screen)
    written = []
    for village in booked[:2]:
        for i in range(screen.villages.count()):  # only this village ticked
            item = screen.villages.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text().startswith(village + " (")
                               else Qt.CheckState.Unchecked)
        offered = screen.out.text()
        qtbot.mouseClick(screen.write_button, Qt.MouseButton.LeftButton)
        assert screen.written == Path(offered)
        written.append(screen.written)
    assert written[0] != written[1] and written[0].parent == written[1].parent
    for village, path in zip(booked, written):
        assert len(pypdf.PdfReader(path).pages) == len(_households(station.path, village))
    assert not Path(screen.out.text()).exists()  # the next print: a new file again
    # the list says what was printed: printing a village again is a reprint
    shown = [screen.villages.item(i).text() for i in range(screen.villages.count())]
    for village in booked[:2]:
        letters = len(_households(station.path, village))
        assert f"{village} ({letters} letters, {letters} printed)" in shown


def test_printing_sends_every_page(station, qtbot, booked, tmp_path):
    win = _lead_window(station, qtbot)
    screen = _write_village(qtbot, win, booked[1], tmp_path / "letters.pdf")
    pages = len(pypdf.PdfReader(tmp_path / "letters.pdf").pages)
    printer = QPrinter()  # what the print dialog returns, here printing to a PDF file
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(100)
    screen.print_to(printer)
    assert screen.message.text() == f"{pages} pages sent to the printer."
    printed = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == pages
    codes = _codes(tmp_path / "printed.pdf", range(1))[0]  # still readable once printed
    assert codes and codes == _codes(tmp_path / "letters.pdf", range(1))[0][:len(codes)]


def test_stopped_writing_leaves_nothing(station, qtbot, booked, tmp_path):
    win = _lead_window(station, qtbot)
    screen = win.screens["Letters"]
    calls = []
    original = screen.ctx.worker.task
    # the Stop button pressed after the first progress report (the synchronous worker runs the
    # task within the click): progress() answers False from then on, as a cancelled job's does,
    # and the process drawing the letters hears it at its next report
    screen.ctx.worker.task = lambda func, **kw: original(
        lambda progress: func(lambda d, t: calls.append(d) or len(calls) < 2), **kw)
    out = tmp_path / "stopped.pdf"
    _write_village(qtbot, win, booked[0], out)
    assert screen.message.text() == "Stopped: no letter was written, nothing changed."
    assert not out.exists() and screen.write_button.isEnabled()
    db = Database.open(station.path)
    try:
        assert db.scalar("SELECT COUNT(*) FROM letters WHERE printed_at IS NOT NULL") == 0
    finally:
        db.close()


def test_twenty_stubs_scanned_as_delivered(station, qtbot, booked, tmp_path):
    win = _lead_window(station, qtbot)
    out = tmp_path / "letters.pdf"
    _write_village(qtbot, win, booked[0], out)
    stubs = [codes[1] for codes in _codes(out, range(20))]
    screen = win.screens["Delivery"]
    win.tabs.setCurrentWidget(screen)
    assert win.focusWidget() is screen.team  # nobody named yet: the team first
    # a stub scanned before anyone was named is refused there, not taken for the team's name
    qtbot.keyClicks(screen.team, stubs[0])
    qtbot.keyClick(screen.team, Qt.Key.Key_Return)
    assert "is a code (a letter's or a household's), not who delivered" in screen.message.text()
    assert screen.team.text() == "" and win.focusWidget() is screen.team
    type_vietnamese(screen.team, "Tổ 3 Nguyễn Văn Bình")
    qtbot.keyClick(screen.team, Qt.Key.Key_Return)
    assert win.focusWidget() is screen.scan and screen.message.text() == ""
    other = [r["village"] for r in screen.model.records].index(booked[1])
    screen.table.selectRow(other)  # another village highlighted before the stubs come
    for code in stubs:
        qtbot.keyClicks(screen.scan, code)
        qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
        assert screen.scan.text() == ""
        # the scanned letter's village is the row highlighted
        assert screen.model.record(screen.table.currentIndex().row())["village"] == booked[0]
    assert screen.count_label.text() == "Recorded in this sitting: 20"
    assert screen.recent.count() == 20
    households = _households(station.path, booked[0])
    db = Database.open(station.path)
    try:
        rows = db.query("SELECT l.household_id, l.delivered_by, l.delivered_at FROM letters l "
                        "WHERE l.delivered_at IS NOT NULL ORDER BY l.number")
        assert sorted(r["household_id"] for r in rows) == sorted(h["id"] for h in households[:20])
        assert {r["delivered_by"] for r in rows} == {"Tổ 3 Nguyễn Văn Bình"}
        statuses = {r[0] for r in db.conn.execute(
            "SELECT DISTINCT status FROM appointments WHERE household_id IN "
            f"({','.join('?' * 20)})", [h["id"] for h in households[:20]])}
        assert statuses == {"letter_delivered"}
    finally:
        db.close()
    shown = {r["village"]: r for r in screen.model.records}
    assert (shown[booked[0]]["delivered"], shown[booked[0]]["not_delivered"]) == (
        20, len(households) - 20)
    assert shown[booked[1]]["delivered"] == 0
    # the same stub again changes nothing; a misread one is refused
    qtbot.keyClicks(screen.scan, stubs[0])
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert "already recorded as delivered by Tổ 3 Nguyễn Văn Bình" in screen.message.text()
    qtbot.keyClicks(screen.scan, stubs[1][:-2] + "AA")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.message.text().startswith(stubs[1][:21] + "…: The letter code fails its check")
    assert screen.count_label.text() == "Recorded in this sitting: 20"
    # kept in the list as well: the next scan's line does not hide it
    assert screen.recent.item(0).text() == screen.message.text()
    # issue 22: a letter of the other village was never printed: refused, and said so
    other = _households(station.path, booked[1])[0]["code"]
    qtbot.keyClicks(screen.scan, other)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert "of household %s was never printed: print it on the Letters screen" % other in \
        screen.message.text()
    assert screen.count_label.text() == "Recorded in this sitting: 20"
    assert (shown[booked[1]]["printed"], shown[booked[1]]["delivered"]) == (0, 0)
    assert shown[booked[0]]["printed"] == len(households)


def test_announcements_shown_and_copied(station, qtbot, booked):
    win = _lead_window(station, qtbot)
    screen = win.screens["Announcements"]
    win.tabs.setCurrentWidget(screen)
    shown = [screen.villages.item(i).text() for i in range(screen.villages.count())]
    assert sorted(shown) == sorted(booked)
    db = Database.open(station.path)
    try:
        expected = {a["village"]: a["text"] for a in announce.announcements(
            db, operator=win.ctx.session)}
    finally:
        db.close()
    assert screen.text.toPlainText() == expected[shown[0]]
    assert f"bà con {shown[0]}" in screen.text.toPlainText()
    qtbot.keyClick(screen.villages, Qt.Key.Key_Down)
    assert screen.text.toPlainText() == expected[shown[1]]
    qtbot.mouseClick(screen.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == expected[shown[1]]
    screen.start.setDate(screen.start.date().addYears(3))  # nothing planned then
    qtbot.mouseClick(screen.show_button, Qt.MouseButton.LeftButton)
    assert screen.villages.count() == 0 and not screen.copy_button.isEnabled()
    assert screen.message.text().startswith("Nothing to announce: no appointments for any village")


@pytest.mark.parametrize("name", ["Tình nguyện viên Hà", "Cán bộ Lan"])
def test_volunteers_and_staff_neither_see_nor_get_them(station, qtbot, booked, tmp_path, name):
    win = station.window()
    sign_in(qtbot, win, name)
    titles = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    assert titles and not {"Letters", "Delivery", "Announcements"} & set(titles)
    operator = win.ctx.session
    db = Database.open(station.path)
    try:
        code = db.scalar("SELECT h.code FROM letters l JOIN households h "
                         "ON h.id = l.household_id LIMIT 1")
        before = db.scalar("SELECT COUNT(*) FROM audit")
        for call in (lambda: letters.print_letters(db, tmp_path / "x.pdf", villages=booked[:1],
                                                   operator=operator),
                     lambda: letters.record_delivery(db, code, "Tổ 3", operator=operator),
                     lambda: letters.delivery_counts(db, operator=operator),
                     lambda: announce.announcements(db, operator=operator)):
            with pytest.raises(NotAllowed):
                call()
        assert db.scalar("SELECT COUNT(*) FROM audit") == before + 4  # each refusal recorded
        assert not (tmp_path / "x.pdf").exists()
        assert db.scalar("SELECT COUNT(*) FROM letters WHERE delivered_at IS NOT NULL") == 0
    finally:
        db.close()


def test_the_screens_in_vietnamese(station, qtbot, booked, tmp_path):
    install_translators(QApplication.instance(), "vi")
    try:
        db = Database.open(station.path)
        win = build_window(db, "vi", settings(tmp_path, "vi"), require_sign_in=True,
                           worker=SyncWorker(station.path))
        qtbot.addWidget(win)
        win.show()
        sign_in(qtbot, win, "Trưởng trạm")
        seen = {}
        letters_screen = win.screens["Letters"]
        win.tabs.setCurrentWidget(letters_screen)
        qtbot.mouseClick(letters_screen.write_button, Qt.MouseButton.LeftButton)  # none ticked
        seen["letters"] = _texts(win)
        _write_village(qtbot, win, booked[0], tmp_path / "vi.pdf")
        seen["letters written"] = _texts(win)
        delivery = win.screens["Delivery"]
        win.tabs.setCurrentWidget(delivery)
        type_vietnamese(delivery.team, "Tổ 3")
        qtbot.keyClicks(delivery.scan, "HK9999999")
        qtbot.keyClick(delivery.scan, Qt.Key.Key_Return)
        assert delivery.message.text() == "Không có giấy mời nào ở đây cho 'HK9999999'"
        seen["delivery"] = _texts(win)
        win.tabs.setCurrentWidget(win.screens["Announcements"])
        seen["announcements"] = _texts(win)
        printer = QPrinter()
        dialog = QPrintDialog(printer, win)  # what Print… opens (Qt's own dialog)
        dialog.show()
        seen["print dialog"] = _texts(dialog)
        assert "&Tên:" in seen["print dialog"] and "&In" in seen["print dialog"]
        shiboken6.delete(dialog)
        win.close()
        db.close()
    finally:
        install_translators(QApplication.instance(), "en")
    data, english = _data(station.path), _english_words()
    wrong = []
    for screen, texts in seen.items():
        for text in texts:
            for name in [*data, str(tmp_path)]:
                text = text.replace(name, "")
            if {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)} & english:
                wrong.append((screen, text))
    assert wrong == []


def test_the_screens_run_no_query_on_the_gui_thread(qtbot, station, booked, tmp_path,
                                                    monkeypatch):
    """With the real worker threads: letters written, two stubs scanned, the announcements
    shown, and not one statement on the GUI thread (every connection traced)."""

    from station_app.services.letter_codes import letter_code

    db = Database.open(station.path)  # start-up, before the window (as app.run does)
    stubs = [letter_code(db, r["household_id"], r["appointment_id"]) for r in db.query(
        "SELECT household_id, appointment_id FROM letters ORDER BY number LIMIT 2")]
    on_gui_thread, elsewhere = trace_sql(monkeypatch)
    win = build_window(db, "en", settings(tmp_path), require_sign_in=True)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: win.signin.name.count() == 4, timeout=10_000)
        sign_in_page = win.signin
        sign_in_page.name.setEditText("truong tram")
        sign_in_page.pin.setText("1111")
        qtbot.keyClick(sign_in_page.pin, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not win.is_locked(), timeout=10_000)
        screen = win.screens["Letters"]
        win.tabs.setCurrentWidget(screen)
        qtbot.waitUntil(lambda: screen.villages.count() == 2, timeout=10_000)
        screen.villages.item(0).setCheckState(Qt.CheckState.Checked)
        screen.out.setText(str(tmp_path / "letters.pdf"))
        qtbot.mouseClick(screen.write_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: screen.job is None, timeout=60_000)
        assert screen.message.text().endswith(f"to {tmp_path / 'letters.pdf'}.")
        delivery = win.screens["Delivery"]
        win.tabs.setCurrentWidget(delivery)
        qtbot.keyClicks(delivery.team, "To 3")
        qtbot.keyClick(delivery.team, Qt.Key.Key_Return)
        for code in stubs:
            qtbot.keyClicks(delivery.scan, code)
            qtbot.keyClick(delivery.scan, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: delivery.recorded == 2, timeout=10_000)
        announcements = win.screens["Announcements"]
        win.tabs.setCurrentWidget(announcements)
        qtbot.waitUntil(lambda: announcements.villages.count() == 2, timeout=10_000)
    finally:
        win.close()
        db.close()
    assert on_gui_thread == []
    assert any("UPDATE letters" in sql for sql in elsewhere)  # the deliveries, traced


def test_letters_of_one_session_on_a4(station, qtbot, booked, tmp_path):
    win = _lead_window(station, qtbot)
    screen = win.screens["Letters"]
    win.tabs.setCurrentWidget(screen)
    qtbot.mouseClick(screen.by_session, Qt.MouseButton.LeftButton)
    assert screen.sessions.isEnabled() and not screen.villages.isEnabled()
    screen.sessions.setFocus()
    qtbot.keyClick(screen.sessions, Qt.Key.Key_Down)  # the second session with households
    session = screen.sessions.currentData()
    screen.paper.setFocus()
    qtbot.keyClick(screen.paper, Qt.Key.Key_Down)  # A4
    out = tmp_path / "session.pdf"
    screen.out.selectAll()
    qtbot.keyClicks(screen.out, str(out))
    qtbot.keyClick(screen.out, Qt.Key.Key_Return)  # Enter in the file name writes
    db = Database.open(station.path)
    try:
        households = db.scalar("SELECT COUNT(DISTINCT household_id) FROM appointments "
                               "WHERE session_id = ?", (session,))
    finally:
        db.close()
    assert screen.message.text() == f"{households} letters written (A4) to {out}."
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == households > 0
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)


def test_an_announcement_printed(station, qtbot, booked, tmp_path):
    from station_app.ui.announce_screen import print_text

    win = _lead_window(station, qtbot)
    screen = win.screens["Announcements"]
    win.tabs.setCurrentWidget(screen)
    printer = QPrinter()  # what the print dialog returns, here printing to a PDF file
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "loa.pdf"))
    print_text(printer, screen.text.toPlainText())
    text = " ".join(" ".join(page.extract_text().split())  # pypdf reads spaces as tabs
                    for page in pypdf.PdfReader(tmp_path / "loa.pdf").pages)
    village = screen.villages.currentItem().text()
    assert "THÔNG BÁO" in text and f"bà con {village}" in text
    assert fonts_not_embedded(tmp_path / "loa.pdf") == []


def test_the_stop_button_reaches_the_process_drawing_the_letters(qtbot, station, booked,
                                                                 tmp_path, lead):
    """Real worker threads: Stop pressed right after Write, before the process drawing the
    letters has reported: its first report is answered 'stop', nothing is written."""
    db = Database.open(station.path)
    win = build_window(db, "en", settings(tmp_path), operator=lead)
    qtbot.addWidget(win)
    win.show()
    try:
        screen = win.screens["Letters"]
        win.tabs.setCurrentWidget(screen)
        qtbot.waitUntil(lambda: screen.villages.count() == 2, timeout=10_000)
        for i in range(2):
            screen.villages.item(i).setCheckState(Qt.CheckState.Checked)
        out = tmp_path / "stopped.pdf"
        screen.out.setText(str(out))
        qtbot.mouseClick(screen.write_button, Qt.MouseButton.LeftButton)
        assert screen.stop_button.isVisible()
        qtbot.mouseClick(screen.stop_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: screen.job is None, timeout=60_000)
        assert screen.message.text() == "Stopped: no letter was written, nothing changed."
        assert not out.exists() and screen.write_button.isEnabled()
        assert not screen.stop_button.isVisible()
    finally:
        win.close()
        db.close()
    db = Database.open(station.path)
    try:
        assert db.scalar("SELECT COUNT(*) FROM letters WHERE printed_at IS NOT NULL") == 0
    finally:
        db.close()


def test_the_first_space_ticks_the_first_village_and_the_warning_goes(station, qtbot, booked):
    win = _lead_window(station, qtbot)
    screen = win.screens["Letters"]
    win.tabs.setCurrentWidget(screen)
    qtbot.keyClick(screen.write_button, Qt.Key.Key_Space)  # Write, nothing ticked: told to tick
    assert "Tick the villages" in screen.message.text()
    screen.villages.setFocus()
    qtbot.keyClick(screen.villages, Qt.Key.Key_Space)  # no arrow first: the first village
    assert screen.chosen_villages() == [screen.villages.item(0).data(Qt.ItemDataRole.UserRole)]
    assert screen.message.text() == ""
    screen.refresh()  # the counts again: the same village stays the current one
    assert screen.villages.currentRow() == 0
