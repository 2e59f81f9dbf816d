"""Household invitation letters (giấy mời) in the state administrative layout (SPEC §4), A5 or A4.

One page per household: the issuing body and the national motto block, the letter's number and
symbol, the place-and-date line, "GIẤY MỜI" and its subject, the head of the household it is
addressed to, the members who must come, the appointment (time, day, place), what to bring, a
contact, the signature block, a QR code whose text ``station-app lookup`` resolves to the
household and its appointment, and a tear-off stub (with the same code) that the delivery team
brings back to record the delivery.

The letter is laid out on A5 in millimetres; A4 is the same letter scaled by √2 (body text
10 pt on A5 becomes 14 pt on A4, as administrative documents use). Everything the pages of a
batch share is drawn once as form XObjects; a large batch is drawn by two worker processes.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from station_app.core.dates import admin_date_line
from station_app.core.processes import worker_context
from station_app.printing.pdfwriter import (
    MM,
    PageBuilder,
    PdfDocument,
    load_font,
    qr_path,
    wrap,
)
from station_app.resources import resource_path

__all__ = ["Letterhead", "LetterItem", "write_letters_pdf", "render_pages", "PAGE_SIZES",
           "letter_fonts", "draw_letterhead", "draw_addressee", "paragraph", "lines",
           "page_size"]

PAGE_SIZES = {"A5": (148.0, 210.0), "A4": (210.0, 297.0)}
_FONT_FILES = {"R": "LiberationSerif-Regular.ttf", "B": "LiberationSerif-Bold.ttf",
               "I": "LiberationSerif-Italic.ttf", "BI": "LiberationSerif-BoldItalic.ttf"}
PROGRESS_EVERY = 50  # letters between two progress calls
PARALLEL_FROM = 600  # letters; below this one process is faster than starting a second
BLOCK = 200  # letters a worker process draws at a time

# Layout on A5, in millimetres from the bottom-left corner.
LEFT, RIGHT = 16.0, 136.0
WIDTH = RIGHT - LEFT
LEFT_BLOCK_X, RIGHT_BLOCK_X = 40.0, 101.0  # centres of the two header blocks
LEFT_BLOCK_WIDTH = 46.0  # the issuing body's lines shrink to fit it
ADDRESSEE_Y = 166.5  # baseline of 'Kính gửi:'
INTRO_Y = 153.6  # first line of the body text
LINE = 4.4  # body line spacing
BODY = 10.0  # body font size
FOOT_TOP = 87.0  # the signature / QR / stub part starts below this
INDENT = 8.0


@dataclass
class Letterhead:
    """What every letter of a batch shares. ``body`` and ``parent_body`` in normal case
    ('Công an xã Hòa Bình'); the header prints them in capitals."""

    parent_body: str
    body: str
    place: str
    symbol: str
    signer_title: str
    signer_name: str = ""
    contact: str = ""
    bring: str = ""
    date: dt.date = field(default_factory=dt.date.today)


@dataclass
class LetterItem:
    number: int
    household_code: str
    addressee: str  # 'Ông Nguyễn Văn An'
    address: str
    village: str
    members: list[tuple[str, str]]  # (full name, the rest: 'sinh ngày 12/03/2008 (Con)')
    time: str  # '07 giờ 20 đến 07 giờ 40'
    day: str  # 'Thứ Bảy, ngày 09/08/2025'
    place: str
    payload: str


def letter_fonts() -> dict:
    return {key: load_font(str(resource_path("fonts", name))) for key, name in _FONT_FILES.items()}


def _mm(v: float) -> float:
    return v * MM


# -- what every page shares --------------------------------------------------------------------
def draw_letterhead(b: PageBuilder, head: Letterhead) -> None:
    """Issuing body (left) and national motto (right) with their rules, and the date line."""
    fonts = b.fonts
    block = _mm(LEFT_BLOCK_WIDTH)
    b.fitted("R", 9, _mm(LEFT_BLOCK_X), _mm(197.5), head.parent_body.upper(), block, "center")
    body = head.body.upper()
    b.fitted("B", 9, _mm(LEFT_BLOCK_X), _mm(193.6), body, block, "center")
    rule = min(fonts["B"].width(body, 9), block) / 3
    b.line(_mm(LEFT_BLOCK_X) - rule / 2, _mm(192.2), _mm(LEFT_BLOCK_X) + rule / 2, _mm(192.2))
    b.fitted("B", 8.6, _mm(RIGHT_BLOCK_X), _mm(197.5), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             _mm(70), "center")
    motto = "Độc lập - Tự do - Hạnh phúc"
    b.text("B", 9.5, _mm(RIGHT_BLOCK_X), _mm(193.6), motto, "center")
    half = fonts["B"].width(motto, 9.5) / 2
    b.line(_mm(RIGHT_BLOCK_X) - half, _mm(192.2), _mm(RIGHT_BLOCK_X) + half, _mm(192.2))
    b.text("I", 9.5, _mm(RIGHT_BLOCK_X), _mm(186.6), admin_date_line(head.place, head.date),
           "center")


def lines(b: PageBuilder, key: str, size: float, x: float, y: float, text: str,
          width: float, most: int = 2, step: float = LINE) -> float:
    """``text`` wrapped into at most ``most`` lines from (x, y) in mm, the last one shrunk or cut
    to fit; returns the y (mm) of the line after."""
    wrapped = wrap(b.fonts[key], size, text, _mm(width))
    for i, line in enumerate(wrapped[:most]):
        if i == most - 1:
            line = " ".join(wrapped[i:])
        b.fitted(key, size, _mm(x), _mm(y), line, _mm(width))
        y -= step
    return y


def draw_addressee(b: PageBuilder, addressee: str, address: str) -> None:
    """The head of the household after 'Kính gửi:' and the address (two lines at most) under
    it; 'Kính gửi:' itself is drawn with the static parts."""
    x = LEFT + INDENT + b.fonts["R"].width("Kính gửi: ", BODY) / MM
    b.fitted("B", BODY, _mm(x), _mm(ADDRESSEE_Y), addressee, _mm(RIGHT - x))
    lines(b, "R", 9.5, x, ADDRESSEE_Y - 4.3, f"Địa chỉ: {address}", RIGHT - x, 2, 3.9)


def paragraph(b: PageBuilder, text: str, top: float, key: str = "R", size: float = BODY,
               indent: float = INDENT) -> float:
    """A justified paragraph, first line indented; returns the y (mm) below it."""
    lines = wrap(b.fonts[key], size, text, _mm(WIDTH), _mm(indent))
    y = top
    for i, line in enumerate(lines):
        x = LEFT + (indent if i == 0 else 0)
        if i < len(lines) - 1:
            b.justified(key, size, _mm(x), _mm(y), line, _mm(RIGHT - x))
        else:
            b.text(key, size, _mm(x), _mm(y), line)
        y -= LINE
    return y


@dataclass
class _Layout:
    members_top: float  # baseline of the first member line (mm)
    tail_height: float  # height of the 'what to bring' part (mm)


def _head_form(b: PageBuilder, head: Letterhead) -> float:
    """The top of the letter down to the list of members; returns where the list starts."""
    draw_letterhead(b, head)
    b.text("B", 13.5, _mm(LEFT + WIDTH / 2), _mm(177.5), "GIẤY MỜI", "center")
    b.text("B", 10, _mm(LEFT + WIDTH / 2), _mm(172.8), "Về việc làm thủ tục cấp thẻ Căn cước",
           "center")
    b.text("R", BODY, _mm(LEFT + INDENT), _mm(ADDRESSEE_Y), "Kính gửi:")
    intro = (f"Thực hiện kế hoạch cấp thẻ Căn cước cho công dân từ đủ 14 tuổi trở lên, "
             f"{head.body} trân trọng kính mời các công dân có tên dưới đây của hộ gia đình "
             f"đến làm thủ tục cấp thẻ Căn cước:")
    return paragraph(b, intro, INTRO_Y) - 0.4


def _tail_form(b: PageBuilder, head: Letterhead) -> float:
    """What to bring, the contact and the closing, drawn from y = 0 down; returns its height."""
    y = paragraph(b, f"Khi đến, công dân mang theo: {head.bring}", 0.0)
    if head.contact:
        y = paragraph(b, f"Mọi thắc mắc xin liên hệ: {head.contact}.", y)
    b.text("R", BODY, _mm(LEFT + INDENT), _mm(y), "Rất mong công dân đến đúng giờ. Trân trọng./.")
    return -y + LINE


def _foot_form(b: PageBuilder, head: Letterhead) -> None:
    """Recipients, signature block, QR caption, cut line and the stub's fixed words."""
    b.text("BI", 8.5, _mm(LEFT), _mm(83.0), "Nơi nhận:")
    b.text("R", 7.5, _mm(LEFT), _mm(79.6), "- Như trên;")
    b.text("R", 7.5, _mm(LEFT), _mm(76.4), "- Lưu: VT.")
    sign_x = 104.0
    lines = wrap(b.fonts["B"], 9.5, head.signer_title.upper(), _mm(60))
    for i, line in enumerate(lines[:2]):
        b.text("B", 9.5, _mm(sign_x), _mm(83.0 - 4.2 * i), line, "center")
    if head.signer_name:
        b.fitted("B", 10, _mm(sign_x), _mm(59.0), head.signer_name, _mm(60), "center")
    b.text("I", 7.5, _mm(LEFT + 26), _mm(55.0), "Xuất trình mã này")
    b.text("I", 7.5, _mm(LEFT + 26), _mm(51.8), "khi đến làm thủ tục")
    # cut line with its words in a gap in the middle
    cut = "cắt theo đường này, nộp lại cho tổ phát giấy mời"
    half = b.fonts["I"].width(cut, 7) / 2 + _mm(2)
    middle = _mm(74)
    b.line(_mm(6), _mm(40.5), middle - half, _mm(40.5), 0.4, "2 2")
    b.line(middle + half, _mm(40.5), _mm(142), _mm(40.5), 0.4, "2 2")
    b.text("I", 7, middle, _mm(39.9), cut, "center")
    b.text("B", 9, _mm(LEFT), _mm(35.0), "PHIẾU BÁO ĐÃ NHẬN GIẤY MỜI")
    b.text("R", 8.5, _mm(LEFT), _mm(17.5),
           "Người nhận (ký, ghi rõ họ tên): ..............................................")
    b.text("R", 8.5, _mm(LEFT), _mm(12.0),
           "Ngày nhận: ....../....../..........   Người phát: ..............................")


def _forms(fonts: dict, head: Letterhead) -> tuple[dict[str, PageBuilder], _Layout]:
    head_b, tail_b, foot_b = PageBuilder(fonts), PageBuilder(fonts), PageBuilder(fonts)
    members_top = _head_form(head_b, head)
    tail_height = _tail_form(tail_b, head)
    _foot_form(foot_b, head)
    return {"Head": head_b, "Tail": tail_b, "Foot": foot_b}, _Layout(members_top, tail_height)


# -- one letter --------------------------------------------------------------------------------
def _draw_letter(b: PageBuilder, item: LetterItem, head: Letterhead, layout: _Layout) -> None:
    fonts = b.fonts
    b.form("Head")
    number = f"Số: {item.number}/{head.symbol}"
    b.text("R", 9.5, _mm(LEFT_BLOCK_X), _mm(186.6), number, "center")
    draw_addressee(b, f"{item.addressee}, chủ hộ {item.household_code}", item.address)
    # the place may take two lines; the members who must come fill what is left above it, in
    # one column or two when many
    place_x = LEFT + INDENT + fonts["R"].width("Địa điểm: ", BODY) / MM
    place_lines = 1 if fonts["B"].width(item.place, BODY) <= _mm(RIGHT - place_x) else 2
    bottom = FOOT_TOP + layout.tail_height + (1 + place_lines) * LINE + 1.5
    room = int((layout.members_top - bottom) / LINE) + 1
    members = item.members
    y = layout.members_top
    if len(members) <= room:
        for i, (name, rest) in enumerate(members, 1):
            x = _mm(LEFT + INDENT)
            lead = f"{i}. "
            b.text("R", BODY, x, _mm(y), lead)
            x += fonts["R"].width(lead, BODY)
            b.text("B", BODY, x, _mm(y), name)
            x += fonts["B"].width(name, BODY)
            b.fitted("R", BODY, x, _mm(y), f", {rest}", _mm(RIGHT) - x)
            y -= LINE
    else:  # names only, in two columns, closer together if need be
        step = LINE if (len(members) + 1) // 2 <= room else 3.7
        room = int((layout.members_top - bottom) / step) + 1
        rows = min(room, (len(members) + 1) // 2)
        column = (WIDTH - INDENT) / 2
        shown = members[:2 * rows]
        for i, (name, _rest) in enumerate(shown):
            col, row = divmod(i, rows)
            text = f"{i + 1}. {name}"
            if i == len(shown) - 1 and len(members) > len(shown):
                text = f"… và {len(members) - i} người khác"
            b.fitted("B", 9, _mm(LEFT + INDENT + col * column), _mm(y - row * step), text,
                     _mm(column - 2))
        y -= rows * step
    y -= 1.0
    label = "Thời gian: "
    b.text("R", BODY, _mm(LEFT + INDENT), _mm(y), label)
    x = _mm(LEFT + INDENT) + fonts["R"].width(label, BODY)
    b.fitted("B", BODY, x, _mm(y), f"{item.time}, {item.day}", _mm(RIGHT) - x)
    y -= LINE
    b.text("R", BODY, _mm(LEFT + INDENT), _mm(y), "Địa điểm: ")
    if place_lines == 1:
        b.text("B", BODY, _mm(place_x), _mm(y), item.place)
        y -= LINE
    else:
        y = lines(b, "B", BODY, place_x, y, item.place, RIGHT - place_x)
    b.form("Tail", 0, _mm(y))
    b.form("Foot")
    code = qr_path(item.payload)
    b.qr(code, _mm(LEFT), _mm(45.5), _mm(24))
    b.text("R", 8, _mm(LEFT + 26), _mm(64.0), f"Mã hộ: {item.household_code}")
    b.qr(code, _mm(RIGHT - 18), _mm(11.0), _mm(18))
    b.fitted("R", 8.5, _mm(LEFT), _mm(30.8),
             f"Giấy mời số {item.number}/{head.symbol} - Hộ {item.household_code} - "
             f"{item.village}", _mm(WIDTH - 22))
    b.fitted("R", 8.5, _mm(LEFT), _mm(27.0), f"Chủ hộ: {item.addressee}", _mm(WIDTH - 22))
    b.fitted("R", 8.5, _mm(LEFT), _mm(23.2), f"Hẹn: {item.time}, {item.day}", _mm(WIDTH - 22))


def page_size(size: str) -> tuple[float, float, str | None]:
    """(width, height) in points and the transform that scales the A5 layout onto the page."""
    if size not in PAGE_SIZES:
        raise ValueError(f"paper size must be A5 or A4, not '{size}'")
    w, h = PAGE_SIZES[size]
    if size == "A5":
        return _mm(w), _mm(h), None
    scale = h / 210.0
    dx = (w - 148.0 * scale) / 2
    return _mm(w), _mm(h), f"q {scale:.5f} 0 0 {scale:.5f} {_mm(dx):.2f} 0 cm"


def render_pages(items: list[LetterItem], head: Letterhead, size: str = "A5",
                 progress: Callable[[int], None] | None = None
                 ) -> tuple[list[bytes], dict[str, set[str]]]:
    """Compressed content streams of the letters' pages, and the characters used per font.
    Runs in a worker process for half of a large batch. ``progress(done)`` is called every
    PROGRESS_EVERY letters (it may raise to stop)."""
    fonts = letter_fonts()
    _, layout = _forms(fonts, head)
    _, _, transform = page_size(size)
    used: dict[str, set[str]] = {k: set() for k in fonts}
    pages = []
    for done, item in enumerate(items):
        if progress and done % PROGRESS_EVERY == 0:
            progress(done)
        b = PageBuilder(fonts)
        if transform:
            b.raw(transform)
        _draw_letter(b, item, head, layout)
        if transform:
            b.raw("Q")
        pages.append(b.content())
        for key, chars in b.used.items():
            used[key] |= chars
    return pages, used


def write_letters_pdf(fh, items: list[LetterItem], head: Letterhead, size: str = "A5",
                      processes: int | None = None,
                      progress: Callable[[int, int], None] | None = None) -> int:
    """Write the letters, one page each, in the order given, to the binary file ``fh``.
    A large batch is drawn in blocks by ``processes`` worker processes (default two) while
    this thread only adds their pages to the file: it holds Python's lock for little, so a
    window whose task this is stays responsive. ``progress(done, total)`` is called as pages
    are drawn; it may raise to stop."""
    total = len(items)
    report = progress or (lambda done, total: None)
    width, height, transform = page_size(size)
    fonts = letter_fonts()
    doc = PdfDocument(fh, fonts, title="Giấy mời làm thủ tục cấp thẻ Căn cước")
    forms, _layout = _forms(fonts, head)
    for name, builder in forms.items():  # the tail is drawn below its origin
        doc.add_form(name, builder, (0, -_mm(210), _mm(148), _mm(210)))

    def add(pages: list[bytes], used: dict[str, set[str]]) -> None:
        doc.merge_used(used)
        for content in pages:
            doc.add_page(content, width, height)

    if processes is None:
        processes = 2 if total >= PARALLEL_FROM and (os.cpu_count() or 1) >= 2 else 1
    if processes > 1:
        with ProcessPoolExecutor(processes, mp_context=worker_context()) as pool:
            blocks = [pool.submit(render_pages, items[i:i + BLOCK], head, size)
                      for i in range(0, total, BLOCK)]
            try:
                report(0, total)
                for i, block in enumerate(blocks):  # in order: pages stay in delivery order
                    add(*block.result())
                    report(min(total, (i + 1) * BLOCK), total)
            except BaseException:
                for block in blocks:
                    block.cancel()
                raise
    else:
        add(*render_pages(items, head, size, lambda done: report(done, total)))
        report(total, total)
    doc.close()
    return total
