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
from collections.abc import Sequence
from dataclasses import dataclass

from station_app.core import files

__all__ = ["Sheet", "write_workbook", "FORMULA_STARTS"]

FORMULA_STARTS = ("=", "+", "-", "@")
_MAX_WIDTH = 60
DATE_FORMAT, MOMENT_FORMAT = "dd/mm/yyyy", "dd/mm/yyyy hh:mm"


@dataclass
class Sheet:
    title: str  # at most 31 characters, no []:*?/\
    headers: Sequence[str]
    rows: Sequence[Sequence]  # str, int, float, datetime.date, datetime.datetime or None


def write_workbook(out: str | os.PathLike, sheets: Sequence[Sheet],
                   error: type[ValueError] = files.FileWriteError) -> None:
    """Write ``sheets`` to ``out`` through a temporary file renamed into place."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.writer.excel import ExcelWriter

    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    for spec in sheets:
        sheet = book.create_sheet(spec.title[:31])
        widths = [len(str(h)) for h in spec.headers]
        sheet.append(list(spec.headers))
        for cell in sheet[1]:
            cell.font = bold
        for r, row in enumerate(spec.rows, start=2):
            for c, value in enumerate(row, start=1):
                cell = sheet.cell(row=r, column=c)
                shown = len(str(value)) if value is not None else 0
                if isinstance(value, str):
                    cell.value = value
                    cell.data_type = "s"  # text, even when it looks like a formula
                    if value.startswith(FORMULA_STARTS):
                        cell.quotePrefix = True
                elif isinstance(value, dt.datetime):
                    if value.tzinfo:  # Excel has no time zones: the local time
                        value = value.astimezone().replace(tzinfo=None)
                    cell.value, cell.number_format = value, MOMENT_FORMAT
                    shown = len(MOMENT_FORMAT)
                elif isinstance(value, dt.date):
                    cell.value, cell.number_format = value, DATE_FORMAT
                    shown = len(DATE_FORMAT)
                else:
                    cell.value = value
                if c <= len(widths):
                    widths[c - 1] = max(widths[c - 1], shown)
        for i, width in enumerate(widths, start=1):
            sheet.column_dimensions[sheet.cell(row=1, column=i).column_letter].width = \
                min(_MAX_WIDTH, width + 2)
        sheet.freeze_panes = "A2"
    atomic = type("atomic_file", (files.atomic_file,), {"error": error})
    with atomic(out) as target:
        archive = zipfile.ZipFile(target.fh, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        try:
            ExcelWriter(book, archive).save()  # what Workbook.save does, and closes archive
        except BaseException:
            archive.fp = None  # abandoned with its file: no second failing write when freed
            raise
        target.commit()
