"""Notices of a moved appointment (thông báo), one page per household, in the same
administrative layout as the invitation letters: the old and the new time and place, who must
come, and the letter's QR code (an invitation already delivered still scans to the new
appointment)."""

from __future__ import annotations

from dataclasses import dataclass

from station_app.printing.letters import (
    ADDRESSEE_Y,
    INDENT,
    INTRO_Y,
    LEFT,
    LEFT_BLOCK_X,
    RIGHT,
    WIDTH,
    Letterhead,
    draw_addressee,
    draw_letterhead,
    letter_fonts,
    lines,
    page_size,
    paragraph,
)
from station_app.printing.pdfwriter import MM, PageBuilder, PdfDocument, qr_path, wrap

__all__ = ["NoticeItem", "write_notices_pdf"]


@dataclass
class NoticeItem:
    number: int | None
    household_code: str
    addressee: str
    address: str
    members: list[str]
    before: str  # '09 giờ 00, Thứ Bảy, ngày 02/08/2025, tại Hội trường UBND xã Hòa Bình'
    after_time: str  # '09 giờ 00 đến 09 giờ 20, Chủ Nhật, ngày 10/08/2025'
    after_place: str
    reason: str
    payload: str


def _mm(v: float) -> float:
    return v * MM


def _symbol(head: Letterhead) -> str:
    tail = head.symbol.split("-", 1)[1] if head.symbol.startswith("GM-") else head.symbol
    return f"TB-{tail}"


def _draw(b: PageBuilder, item: NoticeItem, head: Letterhead) -> None:
    fonts = b.fonts
    draw_letterhead(b, head)
    number = f"Số: {item.number}/{_symbol(head)}" if item.number else f"Số:      /{_symbol(head)}"
    b.text("R", 9.5, _mm(LEFT_BLOCK_X), _mm(186.6), number, "center")
    middle = _mm(LEFT + WIDTH / 2)
    b.text("B", 13.5, middle, _mm(177.5), "THÔNG BÁO", "center")
    b.text("B", 10, middle, _mm(172.8), "Về việc thay đổi lịch hẹn làm thủ tục cấp thẻ Căn cước",
           "center")
    b.text("R", 10, _mm(LEFT + INDENT), _mm(ADDRESSEE_Y), "Kính gửi:")
    draw_addressee(b, f"{item.addressee}, chủ hộ {item.household_code}", item.address)
    why = f"do {item.reason}" if item.reason else "do thay đổi kế hoạch"
    y = paragraph(b, f"{head.body} trân trọng thông báo: {why}, lịch hẹn làm thủ tục cấp thẻ "
                      f"Căn cước của hộ gia đình vào lúc {item.before} được chuyển sang:", INTRO_Y)
    y -= 1.0
    for label, value in (("Thời gian: ", item.after_time), ("Địa điểm: ", item.after_place)):
        b.text("R", 10, _mm(LEFT + INDENT), _mm(y), label)
        x = LEFT + INDENT + fonts["R"].width(label, 10) / MM
        y = lines(b, "B", 10, x, y, value, RIGHT - x)
    y -= 1.0
    people = ", ".join(item.members)
    y = lines(b, "R", 10, LEFT + INDENT, y, f"Công dân cần đến: {people}.", WIDTH - INDENT, 6)
    y = paragraph(b, "Giấy mời đã nhận vẫn có giá trị: khi đến, xin mang theo giấy mời (hoặc "
                      f"thông báo này) và các giấy tờ đã ghi trong giấy mời. Mọi thắc mắc xin liên "
                      f"hệ: {head.contact}. Mong công dân thông cảm vì sự thay đổi này./.", y)
    b.text("BI", 8.5, _mm(LEFT), _mm(70.0), "Nơi nhận:")
    b.text("R", 7.5, _mm(LEFT), _mm(66.6), "- Như trên;")
    b.text("R", 7.5, _mm(LEFT), _mm(63.4), "- Lưu: VT.")
    for i, line in enumerate(wrap(fonts["B"], 9.5, head.signer_title.upper(), _mm(60))[:2]):
        b.text("B", 9.5, _mm(104), _mm(70.0 - 4.2 * i), line, "center")
    if head.signer_name:
        b.fitted("B", 10, _mm(104), _mm(46.0), head.signer_name, _mm(60), "center")
    b.qr(qr_path(item.payload), _mm(LEFT), _mm(24.0), _mm(26))
    b.text("I", 7.5, _mm(LEFT + 28), _mm(30.0), "Xuất trình mã này")
    b.text("I", 7.5, _mm(LEFT + 28), _mm(26.8), "khi đến làm thủ tục")


def write_notices_pdf(fh, items: list[NoticeItem], head: Letterhead, size: str = "A5") -> int:
    width, height, transform = page_size(size)
    fonts = letter_fonts()
    doc = PdfDocument(fh, fonts, title="Thông báo thay đổi lịch hẹn làm thủ tục cấp thẻ Căn cước")
    for item in items:
        b = PageBuilder(fonts)
        if transform:
            b.raw(transform)
        _draw(b, item, head)
        if transform:
            b.raw("Q")
        doc.add_builder(b, width, height)
    doc.close()
    return len(items)
