"""XLSX workbooks of tables (openpyxl): one sheet per table, the header row frozen and bold,
numbers stored as numbers, columns wide enough to read.

Every text cell is stored as text, never as a formula: roster cells are written as they came,
and a name or address beginning with ``=``, ``+``, ``-`` or ``@`` (a formula planted in a
roster, such as ``=HYPERLINK(...)``) must not run when the file is opened. openpyxl would store
a string beginning with ``=`` as a formula, so each text cell's type is set to string, with the
quote prefix Excel itself uses for text typed with a leading ``'``. Every XLSX the product
writes goes through ``write_workbook``.

Dates are date cells, never text: a ``datetime.date`` gets the number format dd/mm/yyyy, a
``datetime.datetime`` dd/mm/yyyy hh:mm (stored moments: ``core.dates.cell_value``), so a
spreadsheet sorts and filters them as dates and shows them as Vietnamese documents do.
"""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from station_app.core import files
from station_app.printing import WritingStopped

__all__ = ["Sheet", "write_workbook", "WritingStopped", "FORMULA_STARTS"]

FORMULA_STARTS = ("=", "+", "-", "@")
_MAX_WIDTH = 60
DATE_FORMAT, MOMENT_FORMAT = "dd/mm/yyyy", "dd/mm/yyyy hh:mm"
# text openpyxl would store as an error value (its ERROR_CODES): written as text too
_ERROR_CODES = ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A")


@dataclass
class Sheet:
    title: str  # at most 31 characters, no []:*?/\
    headers: Sequence[str]
    # str, int, float, datetime.date, datetime.datetime or None; any iterable (read once, as
    # it is written) when ``widths`` are given, else a sequence read twice
    rows: Iterable[Sequence]
    widths: Sequence[int] | None = None  # each column's longest value, in characters


def _shown(value) -> int:
    """How many characters a value takes in its cell (a date: its format's)."""
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return len(MOMENT_FORMAT)
    if isinstance(value, dt.date):
        return len(DATE_FORMAT)
    return len(str(value))


def write_workbook(out: str | os.PathLike, sheets: Sequence[Sheet],
                   error: type[ValueError] = files.FileWriteError, progress=None) -> None:
    """Write ``sheets`` to ``out`` through a temporary file renamed into place. The rows are
    streamed (openpyxl's write-only mode): a sheet of 800,000 rows never sits in memory.
    ``progress(rows written)`` is called every thousand rows; when it returns False the
    writing stops (``WritingStopped``) and nothing is kept."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.writer.excel import ExcelWriter

    atomic = type("atomic_file", (files.atomic_file,), {"error": error})
    with atomic(out) as target:
        book = Workbook(write_only=True)
        bold = Font(bold=True)
        done = 0
        for spec in sheets:
            sheet = book.create_sheet(spec.title[:31])
            longest = spec.widths or [
                max([_shown(row[c]) for row in spec.rows if c < len(row)], default=0)
                for c in range(len(spec.headers))]
            widths = [max(len(str(h)), n) for h, n in zip(spec.headers, longest)]
            for i, width in enumerate(widths, start=1):
                sheet.column_dimensions[get_column_letter(i)].width = min(_MAX_WIDTH, width + 2)
            sheet.freeze_panes = "A2"
            header = []
            for h in spec.headers:
                cell = WriteOnlyCell(sheet, h)
                cell.data_type, cell.font = "s", bold
                header.append(cell)
            sheet.append(header)
            for row in spec.rows:
                sheet.append([_cell(sheet, WriteOnlyCell, v) for v in row])
                done += 1
                if progress is not None and done % 1000 == 0 and progress(done) is False:
                    raise WritingStopped()
        archive = zipfile.ZipFile(target.fh, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        try:
            ExcelWriter(book, archive).save()  # what Workbook.save does, and closes archive
        except BaseException:
            archive.fp = None  # abandoned with its file: no second failing write when freed
            raise
        target.commit()


def _cell(sheet, make, value):
    """A value as its cell: plain numbers and text go as they are; text that could read as a
    formula, and dates with their format, as cells of their own."""
    if isinstance(value, str):
        if not value.startswith(FORMULA_STARTS) and value not in _ERROR_CODES:
            return value  # openpyxl stores it as text
        cell = make(sheet, value)
        cell.data_type = "s"  # text, even when it looks like a formula
        cell.quotePrefix = value.startswith(FORMULA_STARTS)
        return cell
    if isinstance(value, dt.datetime):
        if value.tzinfo:  # Excel has no time zones: the local time
            value = value.astimezone().replace(tzinfo=None)
        cell = make(sheet, value)
        cell.number_format = MOMENT_FORMAT
        return cell
    if isinstance(value, dt.date):
        cell = make(sheet, value)
        cell.number_format = DATE_FORMAT
        return cell
    return value
