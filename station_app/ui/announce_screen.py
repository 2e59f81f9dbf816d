"""Announcements (a lead's screen): the loudspeaker text of each village's coming sessions, as
services.announce writes it (always in Vietnamese: it is read out to the village), ready to
copy to the clipboard or print."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QDate
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app.services.announce import announcements
from station_app.ui.floor_models import roomy, say
from station_app.ui.messages import explain


def print_text(printer: QPrinter, text: str) -> None:
    document = QTextDocument()
    font = QFont()
    font.setPointSize(13)
    document.setDefaultFont(font)
    document.setPlainText(text)
    document.print_(printer)


class AnnounceScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.found: list[dict] = []
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("dd/MM/yyyy")
        self.days = QSpinBox()
        self.days.setRange(1, 14)
        self.days.setValue(3)
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        start_label = QLabel(self.tr("F&rom"))
        start_label.setBuddy(self.start)
        days_label = QLabel(self.tr("for &days"))
        days_label.setBuddy(self.days)
        for widget in (start_label, self.start, days_label, self.days, self.show_button):
            top.addWidget(widget)
        top.addStretch(1)

        self.villages = QListWidget()
        roomy(self.villages)
        self.villages.setAccessibleName(self.tr("Villages"))
        self.villages.currentRowChanged.connect(self._show_text)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        font = QFont()
        font.setPointSize(12)
        self.text.setFont(font)
        self.text.setAccessibleName(self.tr("Announcement text"))
        self.copy_button = QPushButton(self.tr("&Copy the text"))
        self.copy_button.clicked.connect(self.copy)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.clicked.connect(self.print_dialog)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.message, 1)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Villages with appointments")))
        left.addWidget(self.villages, 1)
        right = QVBoxLayout()
        right.addWidget(self.text, 1)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self._show_text(-1)

    def activate(self) -> None:
        self.refresh()
        self.villages.setFocus()

    def shutdown(self) -> None:
        self.ctx.worker.cancel(self)

    def refresh(self) -> None:
        start = self.start.date().toPython()
        days, operator = self.days.value(), self.ctx.session
        self.ctx.worker.query(lambda db: announcements(db, start=start, days=days,
                                                       operator=operator),
                              on_done=self._found, on_error=self._failed, owner=self)

    def _found(self, found: list[dict]) -> None:
        current = self.villages.currentItem()
        current = current.text() if current else None
        self.found = found
        self.villages.clear()
        self.villages.addItems([a["village"] for a in found])
        names = [a["village"] for a in found]
        self.villages.setCurrentRow(names.index(current) if current in names else 0)
        self.message.clear()

    def _failed(self, exc: Exception) -> None:
        self.found = []
        self.villages.clear()
        self._show_text(-1)
        say(self.message, explain(exc), "warn")

    def _show_text(self, row: int) -> None:
        has = 0 <= row < len(self.found)
        self.text.setPlainText(self.found[row]["text"] if has else "")
        self.copy_button.setEnabled(has)
        self.print_button.setEnabled(has)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        say(self.message, self.tr("Copied: paste it where it is needed (Ctrl+V)."), "ok")

    def print_dialog(self) -> None:
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
        shiboken6.delete(dialog)  # before the printer it points at
        if accepted:
            print_text(printer, self.text.toPlainText())
            say(self.message, self.tr("Sent to the printer."), "ok")

