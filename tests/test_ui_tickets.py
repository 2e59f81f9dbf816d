"""The ticket table, driven as a volunteer would: buttons, function keys, a scanner typing a
letter's code and Enter, printing after the commit, a failing printer and the reprint."""

from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt
from qr_helpers import read_qr
from ui_floor_helpers import PINS, sign_in

from station_app.services import floor, operators
from station_app.services.letter_codes import letter_code
from station_app.storage import Database
from station_app.ui.floor_models import RecordTableModel


def _tickets(path) -> list[tuple[str, str | None]]:
    db = Database.open(path)
    try:
        return [(r["number"], r["household_id"]) for r in db.query(
            "SELECT number, household_id FROM tickets ORDER BY issued_at, seq")]
    finally:
        db.close()


def _volunteer(station, qtbot, **values):
    win = station.window(**values)
    sign_in(qtbot, win, "Tình nguyện viên Hà")
    screen = win.screens["Tickets"]
    win.activateWindow()  # function keys reach the window in front
    qtbot.waitUntil(win.isActiveWindow, timeout=5000)
    return win, screen


def test_buttons_and_keys_issue_one_ticket_each(station, qtbot, roster_db_path, tmp_path):
    win, screen = _volunteer(station, qtbot)
    qtbot.mouseClick(screen.buttons["walk_in"], Qt.MouseButton.LeftButton)
    assert screen.number.text() == "B001"
    assert screen.printing.text() == "Saved as PDF (no printer set up)"
    pdf = tmp_path / "tickets" / screen.current["station_day"] / "B001.pdf"
    assert pdf.is_file()
    # a double click issues one ticket, not two (and so does a click just after it)
    qtbot.wait(1100)  # the next person, a while later
    qtbot.mouseDClick(screen.buttons["walk_in"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.buttons["walk_in"], Qt.MouseButton.LeftButton)
    assert screen.number.text() == "B002"
    assert [n for n, _h in _tickets(roster_db_path)] == ["B001", "B002"]
    # F3 is the third queue (priority), pressed wherever the focus is in the screen
    qtbot.keyClick(screen.scan, Qt.Key.Key_F3)
    assert screen.number.text() == "U001"
    assert [n for n, _h in _tickets(roster_db_path)] == ["B001", "B002", "U001"]
    assert screen.scan.hasFocus()  # the scanner can go on without the mouse
    assert screen.model.rowCount() == 3
    assert screen.model.index(0, 0).data() == "U001"
    # no printer set up: the list says where each ticket went, as the screen's line does
    paper = [key for key, _h, _f in screen.model.columns].index("printed")
    assert [screen.model.index(r, paper).data() for r in range(3)] == ["saved as PDF"] * 3
    assert "Waiting: 2" in screen.buttons["walk_in"].accessibleName()


def test_scanner_checks_the_household_in_once(station, qtbot, roster_db_path):
    db = Database.open(roster_db_path)
    household = db.one("SELECT id, head_name FROM households ORDER BY code LIMIT 1")
    code = letter_code(db, household["id"], None)
    db.close()
    win, screen = _volunteer(station, qtbot)
    qtbot.keyClicks(screen.scan, code)  # what a USB scanner types
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.number.text() == "A001"
    assert "checked in" in screen.message.text() and household["head_name"] in screen.message.text()
    assert screen.scan.text() == ""
    # the scanner sends the code twice: still one ticket
    qtbot.keyClicks(screen.scan, code)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert "Already scanned" in screen.message.text()
    assert _tickets(roster_db_path) == [("A001", household["id"])]
    # the same letter scanned later (another volunteer): its ticket, not a new one
    screen._last_scan = ("", 0.0)
    qtbot.keyClicks(screen.scan, code)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert "already has ticket A001" in screen.message.text()
    assert len(_tickets(roster_db_path)) == 1
    # a code that is not ours changes nothing
    qtbot.keyClicks(screen.scan, "CCCD1|L|NOPE|-|000000")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert "nothing was changed" in screen.message.text()
    assert len(_tickets(roster_db_path)) == 1
    # a ticket number typed by hand finds the ticket
    qtbot.keyClicks(screen.scan, "a1")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.message.text() == "Ticket A001: Waiting."
    # served and gone; back in the afternoon (a document fetched): a new ticket, and said so
    db = Database.open(roster_db_path)
    try:
        staff = operators.sign_in(db, "Cán bộ Lan", PINS["Cán bộ Lan"])
        floor.desk_action(db, "1", "call_next", operator=staff)
        floor.desk_action(db, "1", "finish", operator=staff)
    finally:
        db.close()
    screen._last_scan = ("", 0.0)
    qtbot.keyClicks(screen.scan, code)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.number.text() == "A002"
    assert screen.message.text().endswith("It was served earlier today (ticket A001).")


def test_a_letter_from_a_laptop_not_known_yet_is_not_called_forged(station, qtbot,
                                                                    roster_db_path, tmp_path):
    """The volunteer reads what to do with a genuine letter printed on a laptop whose key has
    not reached this one (another laptop's appointment, signed with its key), and that a
    letter of this laptop's own booking with a wrong tag is forged; neither issues a ticket."""
    db = Database.open(roster_db_path)
    household = db.one("SELECT id, code FROM households ORDER BY id LIMIT 1")
    ours = letter_code(db, household["id"], f"{db.node}{1:010d}")
    db.close()
    other = Database.create(tmp_path / "other-laptop.sqlite3", "XA-HB-01", "Trạm")
    theirs = letter_code(other, household["id"], f"{other.node}{1:010d}")
    other.close()
    win, screen = _volunteer(station, qtbot)
    qtbot.keyClicks(screen.scan, theirs)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.message.text() == (
        "Letter from a laptop this station doesn't know yet: take the bundle round through "
        "HQ, or check the household in by its code")
    forged = ours[:-1] + ("A" if ours[-1] != "A" else "B")
    qtbot.keyClicks(screen.scan, forged)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert screen.message.text() == (
        "The letter code fails its check: misread, mistyped or forged; nothing was changed")
    assert _tickets(roster_db_path) == []
    qtbot.keyClicks(screen.scan, household["code"])  # what the message says to do
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert _tickets(roster_db_path) == [(screen.number.text(), household["id"])]


def test_failing_printer_keeps_the_ticket_and_reprints(station, qtbot, roster_db_path, tmp_path):
    win, screen = _volunteer(station, qtbot, **{
        "printer/mode": "escpos", "printer/escpos": f"file:{tmp_path}/missing/lp0"})
    qtbot.keyClick(screen.scan, Qt.Key.Key_F2)
    assert screen.print_state[screen.current["id"]] == "failed"
    assert "B001 is issued and kept, but the printer failed" in screen.message.text()
    assert screen.reprint_button.isEnabled()
    assert _tickets(roster_db_path) == [("B001", None)]  # the ticket is not lost
    # the printer is back (its device file exists now): F9 reprints
    device = tmp_path / "lp0"
    win.ctx.settings.setValue("printer/escpos", f"file:{device}")
    qtbot.keyClick(screen.scan, Qt.Key.Key_F9)
    assert screen.printing.text() == "Printed"
    assert screen.message.text() == "Ticket B001 printed again."
    data = device.read_bytes()
    assert data.startswith(b"\x1dv0\x00") and b"\x1dV" in data[-8:]  # raster picture, then cut
    picture = _raster(data)
    assert read_qr(picture) == [screen.current["code"]]
    db = Database.open(roster_db_path)
    try:
        assert db.scalar("SELECT operator FROM audit WHERE action = 'ticket.reprint'") == \
            "Tình nguyện viên Hà"
        assert len(_tickets(roster_db_path)) == 1  # a reprint is not a new ticket
    finally:
        db.close()


def _raster(data: bytes) -> Image.Image:
    """The picture sent with ESC/POS 'GS v 0' blocks, read back."""
    rows: list[bytes] = []
    width = 0
    i = data.find(b"\x1dv0")
    while i >= 0:
        wb = data[i + 4] | data[i + 5] << 8
        h = data[i + 6] | data[i + 7] << 8
        block = data[i + 8:i + 8 + wb * h]
        rows += [block[r * wb:(r + 1) * wb] for r in range(h)]
        width = wb * 8
        i = data.find(b"\x1dv0", i + 8 + wb * h)
    image = Image.frombytes("1", (width, len(rows)), b"".join(rows))
    return Image.eval(image.convert("L"), lambda v: 255 - v)  # ESC/POS: 1 = black dot


def test_what_to_bring_card(station, qtbot):
    win, screen = _volunteer(station, qtbot)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F10)
    assert screen.card.currentIndex() == 1 and "old ID card, CMND/CCCD" in screen.bring_text.text()
    qtbot.keyClick(screen.scan, Qt.Key.Key_Escape)
    assert screen.card.currentIndex() == 0


def test_record_model_passes_the_model_tester(qtmodeltester):
    model = RecordTableModel([("number", "Number", None),
                              ("status", "Status", lambda r: r["status"].upper())],
                             colour=lambda r: "#ffd6d6" if r["status"] == "failed" else None)
    model.set_records([{"number": "A001", "status": "ok"}, {"number": "B002", "status": "failed"}])
    qtmodeltester.check(model)


def test_a_typed_household_code_checks_in_and_garbage_is_said_to_be_neither(station, qtbot,
                                                                            roster_db_path):
    import datetime as dt

    from test_queue_scan import book

    db = Database.open(roster_db_path)
    first, second = db.query("SELECT id, code, head_name FROM households ORDER BY code LIMIT 2")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    later = book(db, second["id"], tomorrow.isoformat(), "09:20")
    tomorrows_letter = letter_code(db, second["id"], later[0])
    db.close()
    win, screen = _volunteer(station, qtbot)
    qtbot.keyClicks(screen.scan, first["code"])  # the code printed on the letter, typed
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert "checked in" in screen.message.text() and first["head_name"] in screen.message.text()
    assert _tickets(roster_db_path) == [("A001", first["id"])]
    qtbot.keyClicks(screen.scan, "xin chao!")
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    assert "neither a letter nor a ticket" in screen.message.text()
    # a letter for tomorrow: the volunteer is told its day and time, and how it is served
    qtbot.keyClicks(screen.scan, tomorrows_letter)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    said = screen.message.text()
    assert f"{tomorrow:%d/%m/%Y} at 09:20" in said and "later day" in said
    assert "B001 is served today with the walk-ins" in said
    assert _tickets(roster_db_path)[-1] == ("B001", second["id"])
