"""Queue tickets on paper: 58 mm and 80 mm thermal rolls (the page is as long as the ticket) and a
plain A4 page with the ticket in a cut-out box. Large number, queue, time, station, people ahead,
what to bring, and a QR code of the ticket's code. Vietnamese text is drawn with the embedded
Liberation Sans font (a thermal printer's code page cannot be trusted with Vietnamese)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from station_app.core.files import atomic_file
from station_app.core.queueing import TICKET_SIZES
from station_app.printing.fonts import SANS, SANS_BOLD, register_fonts
from station_app.printing.pdfwriter import qr_ops, qr_path

__all__ = ["TicketDoc", "SIZES", "write_ticket_pdf", "draw_qr"]

SIZES = TICKET_SIZES


@dataclass(frozen=True)
class TicketDoc:
    number: str  # 'A007'
    queue_name: str
    station_name: str
    issued: str  # '07:02, 01/03/2025'
    people_ahead: int
    code: str  # the ticket's QR payload
    what_to_bring: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Size:
    width: float  # printable width of the ticket
    margin: float
    scale: float
    qr: float


_LAYOUT = {
    "58": _Size(48 * mm, 5 * mm, 1.0, 28 * mm),
    "80": _Size(70 * mm, 5 * mm, 1.25, 34 * mm),
    "a4": _Size(90 * mm, 8 * mm, 1.3, 38 * mm),
}


def draw_qr(c: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code of ``text`` with its bottom-left corner at (x, y), ``size`` wide, quiet zone
    excluded: the letters' QR code (``pdfwriter.qr_path``) written into the canvas's page."""
    c.addLiteral(qr_ops(qr_path(text), x, y, size))


class _Flow:
    """Lays the ticket out from the top; with no canvas it only measures the height."""

    def __init__(self, c: Canvas | None, left: float, width: float, top: float):
        self.c, self.left, self.width, self.y = c, left, width, top

    def text(self, text: str, font: str, size: float, align: str = "center",
             indent: float = 0, first: str = "", gap: float = 1.25) -> None:
        lines = simpleSplit(text, font, size, self.width - indent - _width(first, font, size))
        for i, line in enumerate(lines):
            self.y -= size * gap
            if self.c is None:
                continue
            self.c.setFont(font, size)
            if align == "center":
                self.c.drawCentredString(self.left + self.width / 2, self.y + size * 0.2, line)
            else:
                x = self.left + indent
                if i == 0 and first:
                    self.c.drawString(x, self.y + size * 0.2, first)
                self.c.drawString(x + _width(first, font, size), self.y + size * 0.2, line)

    def rule(self, space: float, dashed: bool = False) -> None:
        self.y -= space / 2
        if self.c is not None:
            self.c.setLineWidth(0.6)
            self.c.setDash(2, 2) if dashed else self.c.setDash()
            self.c.line(self.left, self.y, self.left + self.width, self.y)
            self.c.setDash()
        self.y -= space / 2

    def space(self, amount: float) -> None:
        self.y -= amount

    def qr(self, text: str, size: float) -> None:
        self.y -= size
        if self.c is not None:
            draw_qr(self.c, text, self.left + (self.width - size) / 2, self.y, size)


def _width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size) if text else 0.0


def _ticket(flow: _Flow, doc: TicketDoc, s: _Size) -> None:
    k = s.scale
    flow.text(doc.station_name, SANS_BOLD, 9 * k)
    flow.rule(6 * k)
    flow.text("SỐ THỨ TỰ CỦA BẠN", SANS, 8 * k)
    number_size = min(46 * k, flow.width / max(len(doc.number), 1) / 0.62)
    flow.space(2 * k)
    flow.text(doc.number, SANS_BOLD, number_size, gap=1.0)
    flow.space(3 * k)
    flow.text(doc.queue_name, SANS_BOLD, 10 * k)
    flow.space(2 * k)
    flow.text(f"Giờ lấy số: {doc.issued}", SANS, 8.5 * k)
    ahead = ("Bạn là người tiếp theo" if doc.people_ahead == 0
             else f"Số người chờ trước bạn: {doc.people_ahead}")
    flow.text(ahead, SANS_BOLD, 9 * k)
    if doc.what_to_bring:
        flow.rule(7 * k, dashed=True)
        flow.text("Xin mang theo:", SANS_BOLD, 8.5 * k, align="left")
        for item in doc.what_to_bring:
            flow.text(item, SANS, 8 * k, align="left", first="• ")
    flow.space(5 * k)
    flow.qr(doc.code, s.qr)
    flow.space(3 * k)
    flow.text("Giữ phiếu này đến khi làm xong thủ tục.", SANS, 7.5 * k)
    flow.text("Vui lòng chú ý màn hình và loa gọi số.", SANS, 7.5 * k)


def write_ticket_pdf(out: str | Path, doc: TicketDoc, size: str = "58") -> Path:
    """Write one ticket to ``out``: size '58' or '80' (thermal roll width in mm) or 'a4'."""
    size = str(size).lower()
    if size not in _LAYOUT:
        raise ValueError(f"ticket size must be one of {', '.join(SIZES)}, not '{size}'")
    register_fonts()
    s = _LAYOUT[size]
    measure = _Flow(None, 0, s.width, 0)
    _ticket(measure, doc, s)
    height = -measure.y
    if size == "a4":
        page_w, page_h = A4
        left, top = (page_w - s.width) / 2, page_h - 20 * mm
    else:
        page_w, page_h = s.width + 2 * s.margin, height + 2 * s.margin
        left, top = s.margin, page_h - s.margin
    with atomic_file(out) as target:  # a printer or viewer never reads half a ticket
        c = Canvas(target.fh, pagesize=(page_w, page_h), pageCompression=1, initialFontName=SANS)
        c.setTitle(f"Phiếu số thứ tự {doc.number}")
        c.setAuthor(doc.station_name)
        _ticket(_Flow(c, left, s.width, top), doc, s)
        if size == "a4":  # a box to cut the ticket out along
            c.setLineWidth(0.5)
            c.setDash(3, 3)
            c.rect(left - s.margin, top - height - s.margin, s.width + 2 * s.margin,
                   height + 2 * s.margin)
            c.setDash()
        c.showPage()
        c.save()
        target.commit()
    return target.path
