"""Reading roster files: CSV in the encodings Excel and other tools write, and XLSX; mapping
Vietnamese or English column headers to roster fields."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from station_app.core.files import sqlite_file_reason
from station_app.core.messages import Message
from station_app.core.text import fold

__all__ = ["RosterFileError", "FIELDS", "map_headers", "open_roster", "RosterTable"]


class RosterFileError(Exception):
    """The file as a whole cannot be read as a roster (one-line reason)."""


# Field -> header synonyms, compared after folding (no diacritics, lowercase).
FIELDS: dict[str, list[str]] = {
    "full_name": ["ho va ten", "ho ten", "ho va ten cong dan", "ten cong dan", "full name",
                  "fullname", "name", "ten"],
    "gender": ["gioi tinh", "gender", "sex", "nam nu", "nam/nu"],
    "dob": ["ngay thang nam sinh", "ngay, thang, nam sinh", "ngay sinh", "nam sinh",
            "date of birth", "dob", "birth date", "birthdate", "birthday", "born"],
    "personal_id": ["so dinh danh ca nhan", "so dinh danh", "ma dinh danh", "so cccd", "cccd",
                    "so can cuoc", "so can cuoc cong dan", "personal id", "personal id number",
                    "id number", "citizen id", "national id"],
    "old_id": ["so cmnd", "cmnd", "so chung minh nhan dan", "chung minh nhan dan", "old id",
               "old id number", "cmnd number"],
    "relation": ["quan he voi chu ho", "quan he chu ho", "quan he", "relation",
                 "relation to head", "relationship"],
    "household_code": ["ma ho", "ma ho gia dinh", "so ho", "so ho khau", "ma so ho",
                       "household code", "household", "household id", "hh code"],
    "village": ["thon/to dan pho", "thon to dan pho", "thon", "ap", "khu pho", "to dan pho",
                "thon/ap", "thon/xom", "xom", "ban", "village", "hamlet"],
    "commune": ["xa/phuong", "xa phuong", "xa", "phuong", "thi tran", "xa/phuong/thi tran",
                "commune", "ward"],
    "district": ["huyen", "quan", "quan/huyen", "huyen/quan", "district"],
    "province": ["tinh", "tinh/thanh pho", "tinh/tp", "tinh thanh pho", "province", "city"],
    "address": ["dia chi", "noi o hien tai", "noi thuong tru", "dia chi thuong tru",
                "address", "home address"],
    "phone": ["so dien thoai", "dien thoai", "sdt", "so dt", "phone", "phone number", "mobile"],
    "card_status": ["tinh trang the", "trang thai the", "tinh trang", "trang thai",
                    "card status", "status"],
}
_SYNONYMS = {syn: field for field, syns in FIELDS.items() for syn in syns}


def _header_key(text: str) -> str:
    return fold(text.replace("_", " ")).strip(" :*.")


def map_headers(headers: list[str]) -> dict[str, int]:
    """Field -> column index, by exact synonym first, then by the longest synonym a header
    starts with (for headers such as 'Ngày sinh (dd/mm/yyyy)')."""
    mapping: dict[str, int] = {}
    keys = [_header_key(h) for h in headers]
    for index, key in enumerate(keys):
        field = _SYNONYMS.get(key) or _SYNONYMS.get(key.replace(",", ""))
        if field and field not in mapping:
            mapping[field] = index
    for index, key in enumerate(keys):
        if index in mapping.values() or not key:
            continue
        best = max((s for s in _SYNONYMS if len(s) > 3 and key.startswith(s + " ")),
                   key=len, default=None)
        if best and _SYNONYMS[best] not in mapping:
            mapping[_SYNONYMS[best]] = index
    return mapping


@dataclass
class RosterTable:
    """Header row, the data rows in chunks, and how many lines the file has.

    ``chunks(size)`` yields (line numbers, rows): the file line where each row starts and the
    row's cell texts. ``damaged`` holds, by line, the reason a row cannot be trusted (the file
    cut short inside it, a control character in a cell); it is filled as the rows are read,
    before the chunk holding them is yielded. A CSV row with fewer than ``min_cells`` cells is
    cut short too."""
    headers: list[str]
    chunks: Callable[[int], Iterator[tuple[Sequence[int], list[list[str]]]]]
    total_lines: int
    kind: str  # "csv" or "xlsx"
    encoding: str | None = None
    delimiter: str | None = None
    damaged: dict[int, str] = field(default_factory=dict)
    min_cells: int = 0


# Characters no roster cell holds, that make two equal-looking texts differ or hide text: control
# characters (tab and line breaks excepted) and invisible format characters (zero-width,
# direction marks, a byte-order mark inside the file, soft hyphen).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200f"
                      "\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def _find_control(headers: list[str], lines: Sequence[int], rows: list[list[str]],
                  damaged: dict[int, str]) -> None:
    """Each row holding a control character into ``damaged``, naming its column."""
    search = _CONTROL.search
    for line, row in zip(lines, rows):
        if search("\n".join(row)):
            index, found = next((i, m) for i, c in enumerate(row) if (m := search(c)))
            column = headers[index].strip() if index < len(headers) else str(index + 1)
            damaged[line] = Message(
                "column '{column}' holds a control character ({code}): the file may be damaged",
                column=column, code=f"U+{ord(found[0]):04X}")


def _binary(path: Path) -> RosterFileError:
    return RosterFileError(Message("{file} is a binary file, not a CSV or XLSX roster",
                                   file=path.name))


def _decode(data: bytes, path: Path) -> tuple[str, str, bool]:
    """(text, encoding, whether the file ends inside a character: cut short). The piece of a
    character at the end becomes U+FFFD, so the row it cut stays a row of its own."""
    if data.startswith(codecs.BOM_UTF8):
        data, encoding, codec = data[3:], "utf-8-sig", "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = codec = "utf-16"
    else:
        # UTF-16 without a byte-order mark, or a binary file: NUL in many characters (a few
        # in a text are rows to reject)
        head = data[:4096]
        if head.count(b"\x00") * 20 > len(head):
            raise _binary(path)
        encoding = codec = "utf-8"
    try:
        return data.decode(codec), encoding, False
    except UnicodeDecodeError as exc:
        if exc.end == len(data) and exc.reason in ("unexpected end of data", "truncated data"):
            return data[:exc.start].decode(codec) + "\ufffd", encoding, True
        if codec == "utf-16":
            raise RosterFileError(Message("{file}: broken UTF-16 text ({reason})",
                                          file=path.name, reason=exc.reason)) from None
        if b"\x00" in data[:4096]:
            raise _binary(path) from None
        line = data[: exc.start].count(b"\n") + 1
        raise RosterFileError(Message(
            "{file} is not UTF-8 text (line {line}); save it as CSV UTF-8 or XLSX",
            file=path.name, line=line)) from None


def _ends_inside_quotes(text: str, delimiter: str) -> bool:
    """Whether CSV text ends inside a quoted cell (a quote opened and never closed), read the
    way Python's csv reader reads it: a quote opens a cell only at its start; inside, a doubled
    quote is a quote."""
    i, end = 0, len(text)
    while i < end:
        if text[i] == '"':
            while True:
                close = text.find('"', i + 1)
                if close < 0:
                    return True
                i = close + 1
                if not text.startswith('"', i):
                    break
        stops = [k for k in (text.find(delimiter, i), text.find("\n", i), text.find("\r", i))
                 if k >= 0]
        if not stops:
            return False
        i = min(stops) + 1
    return False


def _last_row_text(text: str, line: int) -> str:
    """The text from the start of ``line`` (1-based, lines ending in LF) to the end."""
    start = len(text)
    for _ in range(text.count("\n") - (line - 1) + 1):
        start = text.rfind("\n", 0, start)
        if start < 0:
            break
    return text[start + 1:]


def _sniff_delimiter(first_line: str) -> str:
    # a tie goes to tab or semicolon: headers such as "Ngày, tháng, năm sinh" hold commas
    counts = {d: first_line.count(d) for d in ("\t", ";", ",")}
    return max(counts, key=counts.get)


HEAD_BYTES = 2**20


def _whole_lines(data: bytes) -> bytes:
    """The start of a file cut after its last whole line (a UTF-16 line break is two bytes, at
    an even offset)."""
    newline = {codecs.BOM_UTF16_LE: b"\n\x00", codecs.BOM_UTF16_BE: b"\x00\n"}.get(data[:2], b"\n")
    end = len(data)
    while (end := data.rfind(newline, 0, end)) > 0 and len(newline) == 2 and end % 2:
        pass
    return data[: end + len(newline)] if end > 0 else data


def open_roster(path: str | Path, head_only: bool = False) -> RosterTable:
    """The roster file as a table. ``head_only`` reads just the start of a CSV: enough for the
    headers the import dialog shows, without reading a whole province's roster (the rows of
    such a table stop at the last whole line read)."""
    path = Path(path)
    if not path.is_file():
        raise RosterFileError(Message("no such file: {path}", path=str(path)))
    if sqlite_file_reason(path):  # only SQLite may open a database: see core/files.py
        raise RosterFileError(Message("{file} is a database, not a roster (CSV or XLSX)",
                                      file=path.name))
    with open(path, "rb") as f:
        data = f.read(HEAD_BYTES if head_only else -1)
    if not data.strip():
        raise RosterFileError(Message("{file} is empty", file=path.name))
    if data.startswith(b"PK\x03\x04"):
        return _open_xlsx(path, None if head_only else data)
    if head_only and len(data) == HEAD_BYTES:
        data = _whole_lines(data)
    text, encoding, cut_in_character = _decode(data, path)
    if not text.strip():  # only a byte-order mark
        raise RosterFileError(Message("{file} is empty", file=path.name))
    end = text.find("\n")
    delimiter = _sniff_delimiter(text[:end] if end >= 0 else text)
    if encoding.startswith("utf-8") and not cut_in_character:
        # the same lines as from the text (newline "": \r\n, \r and \n kept as they are),
        # decoded as the reader goes instead of copied whole first: the rows start sooner
        stream = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline="")
    else:
        stream = io.StringIO(text, newline="")
    del data
    reader = csv.reader(stream, delimiter=delimiter)
    try:
        headers = next(reader)
    except csv.Error as exc:
        raise RosterFileError(Message("{file}: the header line cannot be read ({reason})",
                                          file=path.name, reason=str(exc))) from None
    total = text.count("\n") + (0 if text.endswith("\n") else 1)
    has_control = _CONTROL.search(text) is not None  # one pass: cheaper than one per chunk
    width = len(headers)  # a row with fewer cells than the named headers is cut short
    while width and not headers[width - 1].strip():
        width -= 1
    table = RosterTable(headers, lambda size: chunks(size), total, "csv", encoding, delimiter,
                        min_cells=width)

    def read(size: int) -> Iterator[tuple[Sequence[int], list[list[str]]]]:
        line = reader.line_num + 1  # where the next row starts
        try:
            while rows := list(islice(reader, size)):
                if reader.line_num - line + 1 == len(rows):
                    lines: Sequence[int] = range(line, line + len(rows))
                else:  # a quoted cell spans lines: each row starts after the breaks before it
                    lines = []
                    for row in rows:
                        lines.append(line)
                        line += 1 + sum(cell.count("\n") for cell in row)
                if has_control:
                    _find_control(headers, lines, rows, table.damaged)
                yield lines, rows
                line = reader.line_num + 1
        except csv.Error as exc:
            raise RosterFileError(Message("{file}, line {line}: {reason}", file=path.name,
                                          line=reader.line_num, reason=str(exc))) from None

    def chunks(size: int) -> Iterator[tuple[Sequence[int], list[list[str]]]]:
        """read's chunks, each once the next is read: the last row of the file is known to be
        whole or cut short (inside a character or a quoted cell) before it is yielded."""
        previous = None
        for chunk in read(size):
            if previous:
                yield previous
            previous = chunk
        if previous:
            last = previous[0][-1]
            if cut_in_character:
                table.damaged[last] = Message(
                    "the file ends inside a character of this row: it was cut short")
            elif _ends_inside_quotes(_last_row_text(text, last), delimiter):
                table.damaged[last] = Message(
                    "a quote opened in this row is never closed: the file was cut short or "
                    "the quote is a mistake (lines {first}-{end} were read as one row)",
                    first=last, end=total)
            yield previous

    return table


def _cell_text(value) -> str:
    """A spreadsheet cell as the text a CSV would hold: dates as dd/mm/yyyy, whole numbers
    without '.0' (an ID stored as a number keeps its digits, not its leading zeros)."""
    if value is None:
        return ""
    if isinstance(value, (dt.datetime, dt.date)):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return str(value)


# What a damaged workbook raises as it is read: a broken zip, a missing part, broken XML
# (ParseError is a SyntaxError), compressed data cut short, values that do not parse.
_XLSX_ERRORS = (zipfile.BadZipFile, zlib.error, KeyError, OSError, ValueError, SyntaxError,
                EOFError)


def _open_xlsx(path: Path, data: bytes | None) -> RosterTable:
    """``data``: the file's bytes when already read whole."""
    import openpyxl

    def unreadable(exc: Exception) -> RosterFileError:
        return RosterFileError(Message("{file} is not a readable XLSX workbook ({reason})",
                                       file=path.name, reason=" ".join(str(exc).split())))

    try:
        # from bytes: openpyxl refuses a path whose extension is not .xlsx (roster.csv, .zip)
        book = openpyxl.load_workbook(io.BytesIO(path.read_bytes() if data is None else data),
                                      read_only=True, data_only=True)
        sheet = book.worksheets[0]
        it = sheet.iter_rows(values_only=True)
        # Skip title lines above the table: the header is the first row naming a person's name.
        headers: list[str] = []
        header_line = 0
        for header_line, row in enumerate(it, start=1):
            cells = [_cell_text(c) for c in row]
            if "full_name" in map_headers(cells):
                headers = cells
                break
            if header_line > 20:
                break
        total = sheet.max_row or 0
    except _XLSX_ERRORS as exc:
        raise unreadable(exc) from None
    if not headers:
        raise RosterFileError(Message(
            "{file}: no column of full names (such as 'Họ và tên') found", file=path.name))

    def chunks(size: int) -> Iterator[tuple[Sequence[int], list[list[str]]]]:
        line = header_line + 1
        try:
            while rows := [[_cell_text(c) for c in row] for row in islice(it, size)]:
                lines = range(line, line + len(rows))
                _find_control(headers, lines, rows, table.damaged)
                yield lines, rows
                line += len(rows)
        except _XLSX_ERRORS as exc:
            raise unreadable(exc) from None
        book.close()

    table = RosterTable(headers, chunks, total, "xlsx")
    return table
