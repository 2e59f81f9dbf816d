"""This laptop's settings, typed, over QSettings (kept in the UI layer: services never read
them), and the dialog where a lead changes them."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
)

PAPERS = ("58", "80")


class _Value:
    """One typed setting with its default."""

    def __init__(self, key: str, default, kind=None):
        self.key, self.default, self.kind = key, default, kind or type(default)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.store.value(self.key, self.default)
        if self.kind is bool:
            return value in (True, "true", "1", 1)
        try:
            return self.kind(value)
        except (TypeError, ValueError):
            return self.default

    def __set__(self, obj, value) -> None:
        obj.store.setValue(self.key, value)


def default_ticket_folder() -> str:
    return str(Path(platformdirs.user_documents_dir()) / "station-app" / "tickets")


def default_report_folder() -> str:
    return str(Path(platformdirs.user_documents_dir()) / "station-app" / "reports")


class Settings:
    language = _Value("language", "vi")
    idle_lock_seconds = _Value("security/idle_lock_seconds", 300)
    printer_mode = _Value("printer/mode", "pdf")  # pdf, system or escpos
    printer_name = _Value("printer/name", "")  # a system printer; '' = the default printer
    paper = _Value("printer/paper", "58")  # thermal roll width in mm
    escpos_target = _Value("printer/escpos", "")  # file:/dev/usb/lp0, net:HOST[:PORT], usb:VID:PID
    ticket_folder = _Value("printer/folder", "")  # PDFs when no printer is set up
    desk = _Value("desk/name", "1")
    display_screen = _Value("display/screen", -1)  # -1: the last screen (usually the TV)
    chime = _Value("display/chime", True)
    voice = _Value("display/voice", True)
    report_folder = _Value("reports/folder", "")  # the dashboard's reports and missing lists

    def __init__(self, store: QSettings):
        self.store = store

    def pdf_folder(self) -> Path:
        return Path(self.ticket_folder or default_ticket_folder())

    def reports_folder(self) -> Path:
        return Path(self.report_folder or default_report_folder())


class SettingsDialog(QDialog):
    """Printer, idle lock and display of this laptop (a lead's action)."""

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings of this laptop"))
        self.mode = QComboBox()
        for code, label in (("pdf", self.tr("No printer: save each ticket as a PDF")),
                            ("system", self.tr("A printer installed on this computer")),
                            ("escpos", self.tr("Thermal printer without driver (ESC/POS)"))):
            self.mode.addItem(label, code)
        self.mode.setCurrentIndex(max(0, self.mode.findData(settings.printer_mode)))
        self.printer = QComboBox()
        self.printer.setEditable(True)
        try:
            from PySide6.QtPrintSupport import QPrinterInfo

            self.printer.addItems(QPrinterInfo.availablePrinterNames())
        except ImportError:  # pragma: no cover - print support is part of PySide6-Essentials
            pass
        self.printer.setCurrentText(settings.printer_name)
        self.paper = QComboBox()
        for code in PAPERS:
            self.paper.addItem(self.tr("%1 mm roll").replace("%1", code), code)
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.paper)))
        self.escpos = QLineEdit(settings.escpos_target)
        self.escpos.setPlaceholderText("file:/dev/usb/lp0 · net:192.168.1.50:9100 · usb:0x0416:0x5011")
        self.folder = QLineEdit(str(settings.pdf_folder()))
        self.idle = QSpinBox()
        self.idle.setRange(1, 120)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(max(1, settings.idle_lock_seconds // 60))
        self.screen = QComboBox()
        self.screen.addItem(self.tr("The last screen"), -1)
        for i, screen in enumerate(QGuiApplication.screens()):
            size = screen.size()
            self.screen.addItem(f"{i + 1}: {screen.name()} ({size.width()}×{size.height()})", i)
        self.screen.setCurrentIndex(max(0, self.screen.findData(settings.display_screen)))
        self.chime = QCheckBox(self.tr("Chime on each call"))
        self.chime.setChecked(settings.chime)
        self.voice = QCheckBox(self.tr("Speak each call (when a Vietnamese voice is installed)"))
        self.voice.setChecked(settings.voice)

        form = QFormLayout(self)
        form.addRow(self.tr("Ticket printer"), self.mode)
        form.addRow(self.tr("Printer name"), self.printer)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("ESC/POS connection"), self.escpos)
        form.addRow(self.tr("Folder for ticket PDFs"), self.folder)
        form.addRow(self.tr("Lock the screen after"), self.idle)
        form.addRow(self.tr("Now-serving display on"), self.screen)
        form.addRow("", self.chime)
        form.addRow("", self.voice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        s = self.settings
        s.printer_mode = self.mode.currentData()
        s.printer_name = self.printer.currentText().strip()
        s.paper = self.paper.currentData()
        s.escpos_target = self.escpos.text().strip()
        s.ticket_folder = self.folder.text().strip()
        s.idle_lock_seconds = self.idle.value() * 60
        s.display_screen = self.screen.currentData()
        s.chime = self.chime.isChecked()
        s.voice = self.voice.isChecked()
        self.accept()
