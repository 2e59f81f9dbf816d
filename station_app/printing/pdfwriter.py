"""A small, fast PDF writer for documents printed by the thousand (invitation letters, notices).

reportlab lays out one page at a few hundred pages a second; a batch of letters for a campaign
needs more. Here a page is a content stream built from short strings:

- Text uses embedded TrueType fonts as Type0/Identity-H fonts: a string is written as its glyph
  ids (one ``str.translate``), so any Vietnamese text prints with the font's own glyphs and copies
  out intact (a ToUnicode map goes with each font). At the end each font is cut down to the
  glyphs used (reportlab's TrueType subsetter) and embedded.
- What every page shares (letterhead, labels, rules) is drawn once as a form XObject.
- A QR code is one path of rectangles, one per run of dark modules in a row.

Pages can be built in other processes (``PageBuilder`` needs only the fonts) and their
compressed content streams handed to the writing process, which then only writes bytes.
"""

from __future__ import annotations

import secrets
import zlib
from collections.abc import Iterable
from functools import cache
from itertools import repeat

import zxingcpp
from reportlab.pdfbase.ttfonts import TTFontFile

from station_app.core.dates import local_now

__all__ = ["Font", "PageBuilder", "PdfDocument", "MM", "qr_matrix", "qr_path", "qr_ops", "load_font",
           "wrap"]

MM = 72 / 25.4
_DARK_AS_1 = bytes.maketrans(b"\x00\xff", b"10")
_RECTS: dict[int, str] = {}
_PDF_ESCAPES = str.maketrans({"\\": "\\\\", "(": "\\(", ")": "\\)"})


class Font:
    """A TrueType font whose glyphs are addressed by glyph id (Identity-H)."""

    def __init__(self, path: str):
        self.path = path
        face = TTFontFile(path)
        self.face = face
        self.base_name = face.name.decode("latin-1") if isinstance(face.name, bytes) else face.name
        scale = 1000 / face.unitsPerEm
        self.gid = dict(face.charToGlyph)
        self.hex_table = {cp: f"{g:04X}" for cp, g in self.gid.items()}
        self.widths = {chr(cp): face.hmetrics[g][0] * scale for cp, g in self.gid.items()}
        self.missing_width = face.hmetrics[0][0] * scale
        self.ascent, self.descent = face.ascent, face.descent

    def encode(self, text: str) -> str:
        """Hex glyph ids of ``text`` (a character the font lacks becomes glyph 0)."""
        out = text.translate(self.hex_table)
        if len(out) != 4 * len(text):
            out = "".join(self.hex_table.get(ord(c), "0000") for c in text)
        return out

    def width(self, text: str, size: float) -> float:
        return sum(map(self.widths.get, text, repeat(self.missing_width))) * size / 1000


@cache
def load_font(path: str) -> Font:
    return Font(path)


def wrap(font: Font, size: float, text: str, width: float, first_indent: float = 0) -> list[str]:
    """Greedy word wrap of ``text`` into lines no wider than ``width`` (the first line
    ``first_indent`` narrower)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        limit = width - (first_indent if not lines else 0)
        if line and font.width(candidate, size) > limit:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def qr_matrix(text: str) -> tuple[int, list[bytes]]:
    """(modules per side, rows of bytes where 0 is a dark module) of a QR code, error correction
    level M. The data mask is fixed (pattern 2, the one automatic selection picks most often for
    our codes): choosing it by trying all eight is 80 % of the time of making a code."""
    try:
        code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M",
                                       data_mask=2)
    except TypeError:  # a zxing-cpp without the option: automatic mask, slower
        code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = code.to_image(scale=1, add_quiet_zones=False)
    n = image.shape[1]
    data = bytes(image)
    return n, [data[i:i + n] for i in range(0, len(data), n)]


def qr_path(text: str) -> tuple[int, str]:
    """(modules per side, PDF path operators) of ``text``'s QR code in module units, row 0 at
    the top: one rectangle per run of dark modules in a row. Place it with ``PageBuilder.qr``
    (as often as needed: the code is made once). No quiet zone: leave 4 modules of white."""
    n, rows = qr_matrix(text)
    parts = []
    add = parts.append
    known = _RECTS  # 'x y w 1 re' by (y, x, w): formatting numbers is the slow part
    for r, row in enumerate(rows):
        yy = n - 1 - r
        key_y = yy << 16
        pos = 0
        for run in row.translate(_DARK_AS_1).split(b"0"):
            if run:
                width = len(run)
                key = key_y | pos << 8 | width
                rect = known.get(key)
                if rect is None:
                    rect = known[key] = f"{pos} {yy} {width} 1 re"
                add(rect)
                pos += width + 1
            else:
                pos += 1
    return n, "\n".join(parts)


def qr_ops(path: tuple[int, str], x: float, y: float, size: float) -> str:
    """PDF operators that fill a QR code made by ``qr_path`` in a square of ``size`` points
    whose lower-left corner is (x, y), in the current fill colour. Any PDF content stream takes
    them: a ``PageBuilder``'s, or a reportlab canvas's (``Canvas.addLiteral``)."""
    n, ops = path
    m = size / n
    return f"q {m:.5f} 0 0 {m:.5f} {x:.2f} {y:.2f} cm\n{ops}\nf Q"


class PageBuilder:
    """Drawing operators for one page or form, with text in the document's fonts (keyed by
    their resource names, for example {'R': Font, 'B': Font})."""

    def __init__(self, fonts: dict[str, Font]):
        self.fonts = fonts
        self.used: dict[str, set[str]] = {k: set() for k in fonts}
        self.ops: list[str] = []

    def text(self, key: str, size: float, x: float, y: float, text: str,
             align: str = "left") -> None:
        """Draw one line; ``align`` 'center' or 'right' puts x at its middle or end."""
        font = self.fonts[key]
        width = 0.0
        if align != "left":
            width = font.width(text, size)
            x -= width / 2 if align == "center" else width
        self.used[key].update(text)
        self.ops.append(f"BT /{key} {size:g} Tf {x:.2f} {y:.2f} Td <{font.encode(text)}> Tj ET")

    def fitted(self, key: str, size: float, x: float, y: float, text: str, width: float,
               align: str = "left", smallest: float = 6.5) -> None:
        """Draw one line no wider than ``width``: the font shrinks (not below ``smallest``),
        then the text is cut with '…'."""
        font = self.fonts[key]
        natural = font.width(text, size)
        if natural > width:
            size = max(smallest, size * width / natural)
            while len(text) > 1 and font.width(text, size) > width:
                text = text[:-2].rstrip() + "…"
        self.text(key, size, x, y, text, align)

    def justified(self, key: str, size: float, x: float, y: float, text: str,
                  width: float) -> None:
        """Draw one line stretched to ``width`` by widening its spaces (TJ adjustments, so the
        text still copies out as one line with its spaces)."""
        font = self.fonts[key]
        words = text.split(" ")
        gaps = len(words) - 1
        if gaps < 1:
            self.text(key, size, x, y, text)
            return
        extra = (width - font.width(text, size)) / gaps * 1000 / size
        self.used[key].update(text)
        pieces = f"> {-extra:.1f} <".join(font.encode(w + " ") for w in words[:-1])
        self.ops.append(f"BT /{key} {size:g} Tf {x:.2f} {y:.2f} Td "
                        f"[<{pieces}> {-extra:.1f} <{font.encode(words[-1])}>] TJ ET")

    def raw(self, ops: str) -> None:
        self.ops.append(ops)

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5,
             dash: str | None = None) -> None:
        d = f"[{dash}] 0 d " if dash else ""
        self.ops.append(f"q {d}{width:g} w {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S Q")

    def form(self, name: str, dx: float = 0, dy: float = 0) -> None:
        if dx or dy:
            self.ops.append(f"q 1 0 0 1 {dx:.2f} {dy:.2f} cm /{name} Do Q")
        else:
            self.ops.append(f"/{name} Do")

    def qr(self, path: tuple[int, str], x: float, y: float, size: float) -> None:
        """Fill a QR code made by ``qr_path`` in a square of ``size`` points whose lower-left
        corner is (x, y)."""
        self.ops.append(qr_ops(path, x, y, size))

    def content(self, compress: bool = True) -> bytes:
        data = "\n".join(self.ops).encode("latin-1")
        return zlib.compress(data, 1) if compress else data  # level 1: 6x faster, 25% larger

    def merge_used(self, other: dict[str, set[str]]) -> None:
        for key, chars in other.items():
            self.used[key] |= chars


class PdfDocument:
    """A PDF written straight to a binary file: pages first, shared objects at the end.

    Objects 1-3 are the catalog, the page tree and the resources every page and form share."""

    def __init__(self, fh, fonts: dict[str, Font], title: str = "", lang: str = "vi-VN"):
        self.fh = fh
        self.fonts = fonts
        self.used: dict[str, set[str]] = {k: set() for k in fonts}
        self.title = title
        self.lang = lang
        self.offsets: dict[int, int] = {}
        self.next_num = 4
        self.pages: list[int] = []
        self.forms: dict[str, int] = {}
        self.pos = 0
        self._write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    def _write(self, data: bytes) -> None:
        self.fh.write(data)
        self.pos += len(data)

    def _num(self) -> int:
        n = self.next_num
        self.next_num += 1
        return n

    def _object(self, num: int, body: bytes) -> None:
        self.offsets[num] = self.pos
        self._write(b"%d 0 obj\n%s\nendobj\n" % (num, body))

    def _stream(self, num: int, data: bytes, entries: bytes = b"", compressed: bool = True) -> None:
        flate = b" /Filter /FlateDecode" if compressed else b""
        self.offsets[num] = self.pos
        self._write(b"%d 0 obj\n<< /Length %d%s %s >>\nstream\n" % (num, len(data), flate, entries))
        self._write(data)
        self._write(b"\nendstream\nendobj\n")

    def add_form(self, name: str, builder: PageBuilder,
                 bbox: tuple[float, float, float, float]) -> None:
        """A form XObject named ``name`` that pages draw with ``PageBuilder.form(name)``;
        ``bbox`` (x0, y0, x1, y1) in its own coordinates clips it."""
        self.merge_used(builder.used)
        num = self._num()
        self.forms[name] = num
        self._stream(num, builder.content(), b"/Type /XObject /Subtype /Form "
                     b"/BBox [%.2f %.2f %.2f %.2f] /Resources 3 0 R" % bbox)

    def add_page(self, content: bytes, width: float, height: float) -> None:
        """One page from its compressed content stream (``PageBuilder.content()``); call
        ``merge_used`` with the builder's characters (done for you by ``add_builder``)."""
        contents, page = self._num(), self._num()
        self._stream(contents, content)
        self._object(page, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] "
                     b"/Resources 3 0 R /Contents %d 0 R >>" % (width, height, contents))
        self.pages.append(page)

    def add_builder(self, builder: PageBuilder, width: float, height: float) -> None:
        self.merge_used(builder.used)
        self.add_page(builder.content(), width, height)

    def merge_used(self, used: dict[str, Iterable[str]]) -> None:
        for key, chars in used.items():
            self.used[key].update(chars)

    def close(self) -> None:
        """Fonts, resources, page tree, catalog, cross-reference table. Does not close the file."""
        font_refs = []
        for key, font in self.fonts.items():
            font_refs.append(b"/%s %d 0 R" % (key.encode(), self._embed_font(font, self.used[key])))
        forms = b" ".join(b"/%s %d 0 R" % (k.encode(), n) for k, n in self.forms.items())
        self._object(3, b"<< /ProcSet [/PDF /Text] /Font << %s >> /XObject << %s >> >>"
                     % (b" ".join(font_refs), forms))
        kids = b" ".join(b"%d 0 R" % p for p in self.pages)
        self._object(2, b"<< /Type /Pages /Count %d /Kids [%s] >>" % (len(self.pages), kids))
        self._object(1, b"<< /Type /Catalog /Pages 2 0 R /Lang %s >>" % _pdf_text(self.lang))
        info = self._num()
        now = local_now()
        offset = now.strftime("%z")
        stamp = now.strftime("D:%Y%m%d%H%M%S") + (f"{offset[:3]}'{offset[3:]}'" if offset else "")
        self._object(info, b"<< /Title %s /Producer (station-app) /CreationDate (%s) >>"
                     % (_pdf_text(self.title), stamp.encode()))
        xref = self.pos
        count = self.next_num
        lines = [b"xref\n0 %d\n0000000000 65535 f \n" % count]
        lines += [b"%010d 00000 n \n" % self.offsets[n] for n in range(1, count)]
        self._write(b"".join(lines))
        doc_id = secrets.token_hex(16).encode()
        self._write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\n"
                    b"startxref\n%d\n%%%%EOF\n" % (count, info, doc_id, doc_id, xref))

    def _embed_font(self, font: Font, used: set[str]) -> int:
        codes = sorted(ord(c) for c in used if ord(c) in font.gid)
        gids = sorted({font.gid[c] for c in codes} | {0})
        # The subset renumbers glyphs in this order (reportlab's makeSubset): 0, then the glyph
        # of each code in turn, first appearance only. CIDs in the pages are the original glyph
        # ids, so a CIDToGIDMap maps them to the subset's.
        new_gid = {0: 0}
        for c in codes:
            new_gid.setdefault(font.gid[c], len(new_gid))
        cid_to_gid = bytearray(2 * (max(gids) + 1))
        for old, new in new_gid.items():
            cid_to_gid[2 * old:2 * old + 2] = new.to_bytes(2, "big")
        subset = font.face.makeSubset(codes) if codes else font.face.makeSubset([32])
        tag = "".join(secrets.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(6))
        name = f"{tag}+{font.base_name}".encode()
        type0, cid, descriptor, file_, tounicode, cidmap = (self._num() for _ in range(6))
        self._stream(file_, zlib.compress(subset, 6), b"/Length1 %d" % len(subset))
        self._stream(cidmap, zlib.compress(bytes(cid_to_gid), 6))
        face = font.face
        self._object(descriptor, (
            b"<< /Type /FontDescriptor /FontName /%s /Flags %d /FontBBox [%d %d %d %d] "
            b"/ItalicAngle %d /Ascent %d /Descent %d /CapHeight %d /StemV %d /FontFile2 %d 0 R >>"
            % (name, face.flags, *(round(v) for v in face.bbox), round(face.italicAngle),
               round(face.ascent), round(face.descent), round(face.capHeight), round(face.stemV),
               file_)))
        widths = b" ".join(b"%d [%.1f]" % (font.gid[c], font.widths[chr(c)]) for c in codes)
        self._object(cid, (
            b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s /CIDSystemInfo << /Registry "
            b"(Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW %d "
            b"/W [%s] /CIDToGIDMap %d 0 R >>"
            % (name, descriptor, round(font.missing_width), widths, cidmap)))
        self._stream(tounicode, zlib.compress(_to_unicode(font, codes), 6))
        self._object(type0, (
            b"<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H "
            b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (name, cid, tounicode)))
        return type0


def _to_unicode(font: Font, codes: list[int]) -> bytes:
    first = {}
    for c in codes:  # a glyph shared by two characters maps back to the first
        first.setdefault(font.gid[c], c)
    entries = [f"<{g:04X}> <{c:04X}>" for g, c in sorted(first.items()) if c <= 0xFFFF]
    chunks = [entries[i:i + 100] for i in range(0, len(entries), 100)]
    body = "\n".join(f"{len(ch)} beginbfchar\n" + "\n".join(ch) + "\nendbfchar" for ch in chunks)
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        f"{body}\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")


def _pdf_text(text: str) -> bytes:
    """A PDF text string: PDFDocEncoding-safe ASCII as is, anything else as UTF-16BE hex."""
    if text.isascii():
        return b"(%s)" % text.translate(_PDF_ESCAPES).encode("ascii")
    return b"<FEFF%s>" % text.encode("utf-16-be").hex().upper().encode()
