"""Printing a ticket after it is committed, as a worker task of its own (a slow or absent
printer never freezes the ticket table, and never loses the ticket: it is already stored).

Where it goes is a setting of the laptop: ``pdf`` (no printer: a PDF file per ticket in a
folder), ``system`` (a printer installed on the computer, through Qt's print support, on a page
as wide as the roll and as long as the ticket) or ``escpos`` (a thermal printer without a
driver, sent the ticket as a raster picture).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from station_app.printing.thermal import PrinterFailed, print_escpos, rasterize_pdf
from station_app.services import floor
from station_app.services.operators import Operator
from station_app.storage import Database

PRINT_DPI = 300


@dataclass(frozen=True)
class PrintSetup:
    mode: str  # pdf | system | escpos
    paper: str  # '58' | '80'
    printer_name: str = ""
    escpos_target: str = ""
    folder: Path = Path(".")

    @classmethod
    def from_settings(cls, prefs) -> PrintSetup:
        return cls(prefs.printer_mode, prefs.paper, prefs.printer_name, prefs.escpos_target,
                   prefs.pdf_folder())


def draw_on_printer(pdf: Path, printer: QPrinter, paper: str) -> None:
    """Draw the ticket's PDF on ``printer``: a page as wide as the roll, as long as the
    ticket."""
    image = rasterize_pdf(pdf, PRINT_DPI)
    width_mm = float(paper)
    height_mm = image.height / PRINT_DPI * 25.4 * (width_mm / (image.width / PRINT_DPI * 25.4))
    size = QPageSize(QSizeF(width_mm, height_mm), QPageSize.Unit.Millimeter, "Ticket",
                     QPageSize.SizeMatchPolicy.ExactMatch)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    printer.setFullPage(True)
    data = image.tobytes()
    picture = QImage(data, image.width, image.height, image.width, QImage.Format.Format_Grayscale8)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterFailed("the printer did not accept the ticket")
    try:
        page = printer.pageLayout().fullRectPixels(printer.resolution())
        painter.drawImage(QRectF(page), picture)
    finally:
        painter.end()


def print_system(pdf: Path, name: str, paper: str) -> None:
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        raise PrinterFailed(f"no printer named '{name}' on this computer" if name
                            else "this computer has no printer installed")
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName("ticket")
    draw_on_printer(pdf, printer, paper)


def print_committed(db: Database, ticket: dict, setup: PrintSetup,
                    operator: Operator | None, reprint: bool = False) -> str:
    """Print (or reprint) one committed ticket; where it went. Run it as a worker task: a slow
    or failing printer never holds the GUI thread."""
    s = setup
    with tempfile.TemporaryDirectory() as tmp:
        if s.mode == "pdf":
            folder = Path(s.folder) / ticket["station_day"]
            folder.mkdir(parents=True, exist_ok=True)
            out = folder / f"{ticket['number']}.pdf"
        else:
            out = Path(tmp) / "ticket.pdf"
        floor.print_ticket(db, ticket["id"], out, s.paper, reprint=reprint, operator=operator)
        if s.mode == "pdf":
            where = str(out)
        elif s.mode == "escpos":
            print_escpos(out, s.paper, s.escpos_target)
            where = s.escpos_target
        else:
            print_system(out, s.printer_name, s.paper)
            where = s.printer_name or "default"
    floor.mark_printed(db, ticket["id"], operator=operator)
    return where
