"""Invitation letters: a real PDF for a village, read back with pypdf (Vietnamese text intact,
fonts embedded, delivery order), rendered with pypdfium2 and every page's QR code decoded with
zxing-cpp and looked up; A4; delivery records; bad input that writes and changes nothing."""

from __future__ import annotations

import datetime as dt
import re

import pypdf
import pypdfium2 as pdfium
import pytest
import zxingcpp
from pdf_helpers import fonts_not_embedded
from PIL import Image, ImageFilter
from qr_helpers import read_qr

from station_app.core.dates import admin_date_line
from station_app.core.payloads import PayloadError, letter_payload
from station_app.core.text import fold
from station_app.printing.letters import PROGRESS_EVERY, letter_fonts
from station_app.printing.pdfwriter import PageBuilder, PdfDocument
from station_app.services import letters as L
from station_app.services import sessions as S
from station_app.services.letter_codes import letter_code
from station_app.services.lookup import lookup

TODAY = dt.date(2025, 8, 1)
HALL = "Hội trường UBND xã Hòa Bình"


@pytest.fixture
def booked(roster_db, lead):
    """The small roster with a week of sessions and its first two villages booked."""
    S.create_sessions(roster_db, S.week_specs("02/08/2025", HALL, S.parse_hours(
        "07:00-11:30,13:30-17:00"), 20, 12, days=7), today=TODAY, operator=lead)
    villages = [r["name"] for r in roster_db.query(
        "SELECT name FROM areas WHERE kind = 'village' ORDER BY name_fold")][:2]
    S.book_villages(roster_db, villages, today=TODAY, operator=lead)
    L.set_letterhead(roster_db, contact="đồng chí Lê Văn Tám, điện thoại 0912 345 678",
                     signer_name="Nguyễn Văn Hùng", operator=lead)
    return roster_db, villages


def _households_of(db, village: str) -> list[dict]:
    return db.query(
        "SELECT DISTINCT h.id, h.code, h.head_name FROM households h JOIN areas v ON "
        "v.id = h.village_id JOIN appointments a ON a.household_id = h.id WHERE v.name = ? "
        "ORDER BY h.code", (village,))


def _state(db) -> list:
    return [db.query(f"SELECT * FROM {t} ORDER BY id") for t in ("appointments", "letters")]


def _codes(pdf_path, page_index: int, scale: float = 150 / 72) -> list[str]:
    document = pdfium.PdfDocument(str(pdf_path))
    try:
        image = document[page_index].render(scale=scale, grayscale=True).to_pil()
    finally:
        document.close()
    return read_qr(image)


def test_letters_of_a_village_read_back_scan_and_look_up(booked, tmp_path, lead):
    db, villages = booked
    out = tmp_path / "giay-moi.pdf"
    printed = L.print_letters(db, out, villages=[villages[0]], today=TODAY, day=TODAY,
                              operator=lead)
    households = _households_of(db, villages[0])
    assert printed["letters"] == len(households) > 30
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == len(households)
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (148, 210)
    date_line = admin_date_line("Hòa Bình", TODAY)
    for page, household in zip(reader.pages, households):  # delivery order: household code
        text = page.extract_text()
        for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "CÔNG AN XÃ HÒA BÌNH", "GIẤY MỜI", date_line, household["code"],
                         household["head_name"], "Thời gian:", "Địa điểm:", HALL,
                         "Khi đến, công dân mang theo:", "Nguyễn Văn Hùng",
                         "PHIẾU BÁO ĐÃ NHẬN GIẤY MỜI"):
            assert expected in text, f"{expected!r} missing from the letter of {household['code']}"
        members = db.query("SELECT r.full_name FROM appointments a JOIN residents r ON "
                           "r.id = a.resident_id WHERE a.household_id = ?", (household["id"],))
        for m in members:
            assert m["full_name"] in text
    # fonts: every font the letters use is embedded, and copies out as Unicode
    assert fonts_not_embedded(out) == []
    for page in reader.pages[:3]:
        for font in page["/Resources"]["/Font"].values():
            assert "/ToUnicode" in font.get_object()
    # every page's QR codes (letter and stub) decode to its household, and lookup finds it
    for index, household in enumerate(households):
        codes = _codes(out, index)
        assert len(codes) == 2 and codes[0] == codes[1], f"page {index + 1}: {codes}"
        found = lookup(db, codes[0], operator=lead)
        assert found["kind"] == "letter"
        record = found["record"]
        assert record["household"]["code"] == household["code"]
        assert record["appointment"]["place"] == HALL
        assert {r["full_name"] for r in record["appointment"]["residents"]} <= {
            m["full_name"] for m in record["household"]["members"]}
    # printing marks the appointments invited and the letters printed
    statuses = {r["status"] for r in db.query(
        "SELECT a.status FROM appointments a JOIN households h ON h.id = a.household_id "
        "JOIN areas v ON v.id = h.village_id WHERE v.name = ?", (villages[0],))}
    assert statuses == {"invited"}
    assert db.scalar("SELECT COUNT(*) FROM letters WHERE printed_at IS NOT NULL") == len(households)


def test_a4_letters_and_a_session_batch(booked, tmp_path, lead):
    db, villages = booked
    session = S.list_sessions(db, operator=lead)[0]
    out = tmp_path / "buoi.pdf"
    printed = L.print_letters(db, out, session=session["id"], size="A4", today=TODAY, day=TODAY,
                              operator=lead)
    assert printed["letters"] == session["households"]
    reader = pypdf.PdfReader(out)
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)
    villages_in_order = []
    for index, page in enumerate(reader.pages):
        text = page.extract_text()
        assert "GIẤY MỜI" in text and session["place"] in text
        village = next(v for v in villages if f" - {v}" in text)
        villages_in_order.append(village)
        if index < 3:
            codes = _codes(out, index, scale=100 / 72)
            assert codes and lookup(db, codes[0],
                                    operator=lead)["record"]["appointment"]["session_id"] == \
                session["id"]
    assert villages_in_order == sorted(villages_in_order, key=fold)  # village, then code


@pytest.mark.slow
def test_two_processes_give_the_same_letters(booked, tmp_path, lead):
    db, villages = booked
    one, two = tmp_path / "one.pdf", tmp_path / "two.pdf"
    L.print_letters(db, one, villages=villages, today=TODAY, day=TODAY, processes=1, operator=lead)
    L.print_letters(db, two, villages=villages, today=TODAY, day=TODAY, processes=2, operator=lead)
    a, b = pypdf.PdfReader(one), pypdf.PdfReader(two)
    assert len(a.pages) == len(b.pages) > 100
    assert [p.extract_text() for p in a.pages] == [p.extract_text() for p in b.pages]
    last = len(b.pages) - 1
    assert _codes(two, last) == _codes(one, last) and _codes(two, last)


def test_subset_fonts_draw_the_right_glyphs(tmp_path):
    """The same Vietnamese line drawn by this writer (subset font, CID map) and by reportlab
    (its own embedding of the same font) renders to the same pixels."""
    from reportlab.pdfgen import canvas

    from station_app.printing.fonts import SERIF, register_fonts

    line = "Nguyễn Thị Hồng Ước, Đặng Văn Khỏe, Trần Thị Ỷ Lan: ữ ự ỡ ậ ẵ ễ ỗ ộ"
    mine = tmp_path / "mine.pdf"
    with open(mine, "wb") as fh:
        fonts = {"R": letter_fonts()["R"]}
        doc = PdfDocument(fh, fonts)
        page = PageBuilder(fonts)
        page.text("R", 14, 20, 50, line)
        doc.add_builder(page, 500, 100)
        doc.close()
    register_fonts()
    theirs = tmp_path / "theirs.pdf"
    c = canvas.Canvas(str(theirs), pagesize=(500, 100))
    c.setFont(SERIF, 14)
    c.drawString(20, 50, line)
    c.save()
    images = []
    for path in (mine, theirs):
        document = pdfium.PdfDocument(str(path))
        images.append(document[0].render(scale=3, grayscale=True).to_pil())
        document.close()
    assert images[0].size == images[1].size
    assert sum(1 for x in images[0].tobytes() if x < 128) > 5000  # there is text

    def missing(a, b):  # dark in a, nothing dark near it in b (a pixel or two of drift is fine)
        near = b.filter(ImageFilter.MinFilter(5)).tobytes()
        return sum(1 for x, y in zip(a.tobytes(), near) if x < 100 and y > 160)

    assert missing(images[0], images[1]) == 0 and missing(images[1], images[0]) == 0
    assert pypdf.PdfReader(mine).pages[0].extract_text().strip() == line


def test_delivery_is_recorded_once_with_who(booked, tmp_path, lead):
    db, villages = booked
    L.print_letters(db, tmp_path / "l.pdf", villages=villages, today=TODAY, operator=lead)
    letter = db.one("SELECT * FROM letters ORDER BY number LIMIT 1")
    code = letter_code(db, letter["household_id"], letter["appointment_id"])
    done = L.record_delivery(db, code, "Tổ trưởng Phạm Văn Bình", received_by="Nguyễn Thị Giang",
                             operator=lead)
    assert done["already"] is False and done["appointments"] >= 1
    row = db.one("SELECT * FROM letters WHERE id = ?", (letter["id"],))
    assert row["delivered_by"] == "Tổ trưởng Phạm Văn Bình"
    assert row["received_by"] == "Nguyễn Thị Giang" and row["delivered_at"]
    statuses = {r["status"] for r in db.query(
        "SELECT status FROM appointments WHERE household_id = ?", (letter["household_id"],))}
    assert statuses == {"letter_delivered"}
    before = _state(db)
    again = L.record_delivery(db, code, "Người khác", operator=lead)
    assert again["already"] is True and again["delivered_by"] == "Tổ trưởng Phạm Văn Bình"
    assert _state(db) == before
    with pytest.raises(PayloadError):
        L.record_delivery(db, code[:-1] + ("0" if code[-1] != "0" else "1"), "X", operator=lead)
    with pytest.raises(L.LettersError, match="who delivered"):
        L.record_delivery(db, code, "  ", operator=lead)
    with pytest.raises(L.LettersError, match="no letter here"):
        L.record_delivery(db, "HK9999999", "X", operator=lead)
    assert _state(db) == before


def test_a_delivery_is_recorded_by_the_number_printed_on_the_stub(booked, tmp_path, lead):
    """A team types the number the letter and its stub carry ("Số: 12/GM-CAX"), or just 12."""
    db, villages = booked
    pdf = tmp_path / "l.pdf"
    L.print_letters(db, pdf, villages=villages, today=TODAY, operator=lead)
    printed = re.search(r"Số: (\d+/\S+)", pypdf.PdfReader(pdf).pages[0].extract_text())[1]
    letter = db.one("SELECT * FROM letters WHERE number = ?", (int(printed.split("/")[0]),))
    assert L.record_delivery(db, printed, "Tổ 3", operator=lead)["letter_id"] == letter["id"]
    assert db.scalar("SELECT delivered_by FROM letters WHERE id = ?", (letter["id"],)) == "Tổ 3"
    other = db.one("SELECT * FROM letters WHERE id <> ? ORDER BY number LIMIT 1", (letter["id"],))
    done = L.record_delivery(db, str(other["number"]), "Tổ 3", operator=lead)
    assert done["letter_id"] == other["id"] and done["already"] is False
    with pytest.raises(L.LettersError, match="no letter here"):
        L.record_delivery(db, "999999/GM-CAX", "Tổ 3", operator=lead)


def test_a_stub_or_household_code_is_not_taken_for_who_delivered(booked, tmp_path, lead):
    db, villages = booked
    L.print_letters(db, tmp_path / "l.pdf", villages=villages, today=TODAY, operator=lead)
    letter = db.one("SELECT * FROM letters ORDER BY number LIMIT 1")
    stub = letter_code(db, letter["household_id"], letter["appointment_id"])
    household = db.scalar("SELECT code FROM households WHERE id = ?", (letter["household_id"],))
    before = _state(db)
    # the scanner typed into the team's field before anyone was named, or after a team's name
    # typed without Enter
    for team in (stub, household, household.lower(), f"  {household} ", f"Tổ 3{stub}"):
        with pytest.raises(L.LettersError, match="not who delivered the letters"):
            L.check_deliverer(db, team)
        with pytest.raises(L.LettersError, match="not who delivered the letters"):
            L.record_delivery(db, stub, team, operator=lead)
    assert _state(db) == before
    assert L.check_deliverer(db, "  Tổ 3   Nguyễn Văn Bình ") == "Tổ 3 Nguyễn Văn Bình"
    assert L.check_deliverer(db, "Tổ CCCD xã") == "Tổ CCCD xã"


def test_a_moved_letter_still_scans_to_the_new_appointment(booked, lead):
    db, _ = booked
    first = S.list_sessions(db, operator=lead)[0]
    letter = db.one("SELECT l.* FROM letters l JOIN appointments a ON a.id = l.appointment_id "
                    "WHERE a.session_id = ? LIMIT 1", (first["id"],))
    S.move_session(db, first["id"], day="12/08/2025", place="Trường Tiểu học Hòa Bình",
                   reason="Mất điện", today=TODAY, operator=lead)
    found = lookup(db, letter_code(db, letter["household_id"], letter["appointment_id"]),
                   operator=lead)
    assert found["record"]["appointment"]["day"] == "2025-08-12"
    assert found["record"]["appointment"]["place"] == "Trường Tiểu học Hòa Bình"


def test_bad_input_writes_and_changes_nothing(booked, tmp_path, lead):
    db, villages = booked
    out = tmp_path / "letters.pdf"
    out.write_bytes(b"an older file that must survive")
    before = _state(db)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    files = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ValueError, match="no village 'Thôn Ma'"):
        L.print_letters(db, out, villages=["Thôn Ma"], today=TODAY, operator=lead)
    with pytest.raises(ValueError, match="no session 'ABC'"):
        L.print_letters(db, out, session="ABC", today=TODAY, operator=lead)
    with pytest.raises(L.LettersError, match="paper size"):
        L.print_letters(db, out, villages=villages[:1], size="A3", today=TODAY, operator=lead)
    with pytest.raises(L.LettersError, match="does not exist"):
        L.print_letters(db, tmp_path / "no-such-folder" / "x.pdf", villages=villages[:1],
                        today=TODAY, operator=lead)
    with pytest.raises(L.LettersError, match="is a folder"):
        L.print_letters(db, tmp_path, villages=villages[:1], today=TODAY, operator=lead)
    with pytest.raises(L.LettersError, match="cannot write"):
        L.print_letters(db, blocker / "x.pdf", villages=villages[:1], today=TODAY, operator=lead)
    unbooked = [r["name"] for r in db.query(
        "SELECT name FROM areas WHERE kind = 'village' ORDER BY name_fold")][-1]
    with pytest.raises(L.LettersError, match="nothing to print"):
        L.print_letters(db, out, villages=[unbooked], today=TODAY, operator=lead)
    assert out.read_bytes() == b"an older file that must survive"
    assert sorted(p.name for p in tmp_path.iterdir()) == files
    assert _state(db) == before


def test_a_failure_while_writing_leaves_no_file(booked, tmp_path, monkeypatch, lead):
    db, villages = booked
    out = tmp_path / "letters.pdf"
    before = _state(db)

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    import station_app.services.letters as service
    monkeypatch.setattr(service, "write_letters_pdf", full_disk)
    with pytest.raises(L.LettersError, match=f"cannot write {out}: the disk at .* is full"):
        L.print_letters(db, out, villages=villages[:1], today=TODAY, operator=lead)
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert _state(db) == before


def test_letterhead_defaults_from_the_roster_and_settings(booked, lead):
    db, _ = booked
    head = L.letterhead(db, TODAY)
    assert head.parent_body == "Công an tỉnh Nghệ An"
    assert head.body == "Công an xã Hòa Bình" and head.place == "Hòa Bình"
    assert head.symbol == "GM-CAX" and head.signer_title == "Trưởng Công an xã"
    L.set_letterhead(db, symbol="GM-CAX-HB", operator=lead)
    assert L.letterhead(db).symbol == "GM-CAX-HB"
    # one row per station and setting, with an id every laptop of the station derives alike
    rows = db.query("SELECT id, key FROM letter_settings WHERE key LIKE '%symbol'")
    assert rows == [{"id": "LS-XA01-symbol", "key": "XA01:symbol"}]
    with pytest.raises(L.LettersError, match="unknown letter setting"):
        L.set_letterhead(db, colour="red", operator=lead)
    with pytest.raises(L.LettersError, match="can't be empty"):
        L.set_letterhead(db, body=" ", operator=lead)


def test_page_content_is_small(booked):
    """A letter page stays a few KiB (QR drawn as merged runs, shared parts as forms)."""
    db, villages = booked
    items, _ = L.letter_items(db, villages[:1], today=TODAY)
    from station_app.printing.letters import render_pages

    pages, _ = render_pages(items[:20], L.letterhead(db, TODAY))
    assert max(len(p) for p in pages) < 4096


def test_only_model_2_qr_codes_are_read_from_a_page():
    """A Micro QR code ('8143' was once read beside a letter's code) is not one of ours."""
    text = letter_payload(b"k" * 32, "ABCDEFGH0000000001", "ABCDEFGH0000000002")
    page = Image.new("L", (400, 200), 255)
    for x, (content, kind) in enumerate([(text, zxingcpp.BarcodeFormat.QRCode),
                                         ("8143", zxingcpp.BarcodeFormat.MicroQRCode)]):
        code = zxingcpp.create_barcode(content, kind).to_image(scale=4)
        height, width = code.shape
        page.paste(Image.frombytes("L", (width, height), bytes(code)), (x * 200, 10))
    assert sorted(r.text for r in zxingcpp.read_barcodes(page)) == sorted([text, "8143"])
    assert read_qr(page) == [text]


def _next_id(record_id: str) -> str:
    """The id made after ``record_id`` on the same laptop (ids are node, then a counter)."""
    return f"{record_id[:-10]}{int(record_id[-10:]) + 1:010d}"


def test_a_letter_code_made_from_another_letters_visible_parts_is_refused(booked, tmp_path, lead):
    """Someone who has seen one letter makes a code for another household: its household id
    and appointment id the next sequential ones, the check recomputed with plain SHA-256 (as
    the old 6 hex digits, or as a tag of the new length), or the real tag moved over. The
    ticket table and lookup refuse each of them; the real printed letter passes both."""
    import base64
    import hashlib

    from station_app.core.payloads import make_payload
    from station_app.services import queue as q

    db, villages = booked
    out = tmp_path / "giay-moi.pdf"
    L.print_letters(db, out, villages=[villages[0]], today=TODAY, day=TODAY, operator=lead)
    real = _codes(out, 0)[0]
    _, _, household, appointment, tag = real.split("|")
    # the next household (roster-born ids are derived from household codes: the next code)
    other = db.scalar("SELECT min(id) FROM households WHERE id > ?", (household,))
    body = f"CCCD1|L|{other}|{_next_id(appointment)}"
    sha = hashlib.sha256(body.encode()).digest()
    forged = [make_payload("L", other, _next_id(appointment)),
              make_payload("L", other, None),
              f"{body}|{base64.b32encode(sha)[:10].decode()}",
              f"{body}|{tag}"]
    rev = db.scalar("SELECT value FROM meta WHERE key = 'rev'")
    for text in forged:
        with pytest.raises(q.ScanError, match="fails its check"):
            q.scan(db, text, operator=lead)
        with pytest.raises(PayloadError, match="fails its check"):
            lookup(db, text, operator=lead)
    assert db.scalar("SELECT COUNT(*) FROM tickets") == 0
    assert db.scalar("SELECT value FROM meta WHERE key = 'rev'") == rev
    # the letter as printed (decoded from the rendered page) checks its household in
    assert lookup(db, real, operator=lead)["record"]["household"]["id"] == household
    scanned = q.scan(db, real, operator=lead)
    assert scanned["new"] and scanned["ticket"]["household_id"] == household


def test_printing_reports_progress_and_stops_when_asked(booked, tmp_path, lead):
    db, villages = booked
    out = tmp_path / "stopped.pdf"
    before = _state(db)
    seen = []

    def stop_at_second_call(done, total):
        seen.append((done, total))
        return len(seen) < 2

    with pytest.raises(L.LettersCancelled) as caught:
        L.print_letters(db, out, villages=villages, today=TODAY, operator=lead,
                        progress=stop_at_second_call, processes=1)
    assert caught.value.args[0].template == "printing stopped: no letter was written"
    assert not out.exists() and not list(tmp_path.glob(".*.tmp")) and _state(db) == before
    total = seen[0][1]
    assert total > PROGRESS_EVERY and seen == [(0, total), (PROGRESS_EVERY, total)]
    seen.clear()
    printed = L.print_letters(db, out, villages=villages, today=TODAY, operator=lead,
                              progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (printed["letters"], printed["letters"]) == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_delivery_counts_per_village(booked, lead, tmp_path):
    db, villages = booked
    L.print_letters(db, tmp_path / "l.pdf", villages=villages[:1], today=TODAY, operator=lead)
    counts = {c["village"]: c for c in L.delivery_counts(db, TODAY, operator=lead)}
    assert sorted(counts) == sorted(villages)
    first = counts[villages[0]]
    assert first["letters"] == len(_households_of(db, villages[0]))
    assert first["delivered"] == 0 and first["not_delivered"] == first["letters"]
    letter = db.one("SELECT l.* FROM letters l JOIN households h ON h.id = l.household_id "
                    "JOIN areas v ON v.id = h.village_id WHERE v.name = ? LIMIT 1", (villages[0],))
    L.record_delivery(db, letter_code(db, letter["household_id"], letter["appointment_id"]),
                      "Tổ 3", operator=lead)
    after = {c["village"]: c for c in L.delivery_counts(db, TODAY, operator=lead)}[villages[0]]
    assert (after["delivered"], after["not_delivered"]) == (1, first["letters"] - 1)


def test_a_letter_never_printed_is_not_recorded_as_delivered(booked, tmp_path, lead):
    """Issue 22: a delivery was recorded for a letter whose printing had failed."""
    db, villages = booked
    letter = db.one("SELECT * FROM letters ORDER BY number LIMIT 1")
    household = db.scalar("SELECT code FROM households WHERE id = ?", (letter["household_id"],))
    before = _state(db)
    for typed in (household, letter_code(db, letter["household_id"], letter["appointment_id"])):
        with pytest.raises(L.LettersError, match=f"letter No. {letter['number']} of household "
                                                 f"{household} was never printed"):
            L.record_delivery(db, typed, "Tổ 3", operator=lead)
    assert _state(db) == before
    L.print_letters(db, tmp_path / "l.pdf", villages=villages[:1], today=TODAY, operator=lead)
    assert L.record_delivery(db, household, "Tổ 3", operator=lead)["already"] is False
