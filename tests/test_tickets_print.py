"""Printed tickets: 58 mm and 80 mm thermal paper and A4, read back as a person and a scanner
would: the text extracted with correct Vietnamese, the QR decoded by zxing-cpp from a rendered
page, back to the ticket."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pypdfium2
import pytest
from pdf_helpers import fonts_not_embedded
from pypdf import PdfReader
from qr_helpers import read_qr
from reportlab.lib.units import mm

from station_app.printing.tickets import TicketDoc, write_ticket_pdf
from station_app.services import queue as q

VN = ZoneInfo("Asia/Ho_Chi_Minh")


pytestmark = pytest.mark.usefixtures("vietnam_time")


def decode(path, dpi: int) -> list[str]:
    pdf = pypdfium2.PdfDocument(str(path))
    image = pdf[0].render(scale=dpi / 72).to_pil()
    pdf.close()
    return read_qr(image)


@pytest.mark.parametrize("size, width_mm", [("58", 58), ("80", 80), ("a4", 210)])
def test_a_ticket_prints_its_number_queue_time_station_people_ahead_and_a_qr(
        db, tmp_path, size, width_mm, lead):
    now = dt.datetime.now(VN).replace(hour=7, minute=2, second=0, microsecond=0)
    q.issue_ticket(db, "U", now=now, operator=lead)
    q.issue_ticket(db, "B", now=now, operator=lead)
    ticket = q.issue_ticket(db, "B", now=now.replace(minute=5), operator=lead)
    out = q.print_ticket(db, ticket["number"], tmp_path / f"ticket-{size}.pdf", size, now=now, operator=lead)
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert float(page.mediabox.width) == pytest.approx(width_mm * mm, abs=0.5)
    text = page.extract_text()
    for expected in ("Trạm UBND xã Hòa Bình", "SỐ THỨ TỰ CỦA BẠN", "B002", "Không có giấy hẹn",
                     f"Giờ lấy số: 07:05, {now:%d/%m/%Y}", "Số người chờ trước bạn: 2",
                     "Xin mang theo:", "CMND/CCCD cũ (nếu có)",
                     "Giữ phiếu này đến khi làm xong thủ tục."):
        assert expected in text, expected
    fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    assert {str(f["/BaseFont"]).split("+")[-1] for f in fonts} == {
        "LiberationSans", "LiberationSans-Bold"}  # no base-14 font with a Latin-1 code page
    assert fonts_not_embedded(out) == []
    # a thermal printer prints at 203 dpi; the scanner at the desk reads it back to the ticket
    codes = decode(out, 203)
    assert codes == [ticket["code"]]
    assert q.find_ticket(db, codes[0])["number"] == "B002"


def test_a_thermal_ticket_is_as_long_as_its_content(tmp_path):
    doc = TicketDoc("A123", "Có giấy hẹn", "Trạm UBND phường Đống Đa", "07:00, 01/03/2025", 0,
                    "CCCD1|T|ABCDEFGH0000000042|123456")
    short = PdfReader(write_ticket_pdf(tmp_path / "short.pdf", doc, "58")).pages[0]
    longer = PdfReader(write_ticket_pdf(
        tmp_path / "long.pdf", TicketDoc(**{**doc.__dict__, "what_to_bring": (
            "Giấy hẹn (nếu có)", "CMND/CCCD cũ (nếu có)")}), "58")).pages[0]
    assert 60 * mm < float(short.mediabox.height) < float(longer.mediabox.height) < 200 * mm
    assert "Bạn là người tiếp theo" in short.extract_text()
    with pytest.raises(ValueError, match="ticket size"):
        write_ticket_pdf(tmp_path / "x.pdf", doc, "100")


def test_a_reprint_is_recorded(db, tmp_path, volunteer):
    ticket = q.issue_ticket(db, "B", operator=volunteer)
    before = db.scalar("SELECT COUNT(*) FROM audit")
    q.print_ticket(db, ticket["id"], tmp_path / "first.pdf", "80", operator=volunteer)
    assert db.scalar("SELECT COUNT(*) FROM audit") == before  # printing right after issue
    q.print_ticket(db, ticket["id"], tmp_path / "again.pdf", "80", reprint=True,
                   operator=volunteer)
    assert db.one("SELECT operator, action FROM audit ORDER BY rev DESC LIMIT 1") == {
        "operator": volunteer.name, "action": "ticket.reprint"}
