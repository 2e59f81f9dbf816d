"""First run: no station database yet (or one made by ``station-app init`` with nobody to sign
in). One dialog asks for the station and its lead operator; the caller creates them off the GUI
thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from station_app.core.text import nfc
from station_app.services.operators import add_operator
from station_app.storage import Database


class FirstRunDialog(QDialog):
    """``path`` missing: station code and name, then the lead; ``path`` an existing station
    without operators: only the lead."""

    def __init__(self, path: Path, new_station: bool, parent=None):
        super().__init__(parent)
        self.new_station = new_station
        self.setWindowTitle(self.tr("New station") if new_station else self.tr("Station lead"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "Welcome. This laptop has no station yet: enter the station, then its lead, who "
            "signs in with the name and PIN below and adds the other operators.")
            if new_station else self.tr(
            "Nobody can sign in to this station yet: enter its lead, who signs in with the "
            "name and PIN below and adds the other operators."))
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XA-HB-01")
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Mobile station of Hòa Bình commune"))
        self.lead = QLineEdit()
        self.lead.setPlaceholderText(self.tr("e.g. Nguyễn Văn Hùng"))
        self.pin = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=12)
        self.pin.setPlaceholderText(self.tr("4 to 12 digits"))
        self.pin_again = QLineEdit(echoMode=QLineEdit.EchoMode.Password, maxLength=12)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(self.tr("Database file"), QLineEdit(str(path), readOnly=True))
        if new_station:
            form.addRow(self.tr("Station code"), self.code)
            form.addRow(self.tr("Station name"), self.name)
        form.addRow(self.tr("Lead's name"), self.lead)
        form.addRow(self.tr("Lead's PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def problem(self) -> str | None:
        """What is wrong with the form, or None."""
        if self.new_station:
            code = self.code.text().strip()
            if not code or not all(c.isalnum() or c in "-_" for c in code):
                return self.tr("Enter a station code (letters, digits, '-') and a name.")
            if not self.name.text().strip():
                return self.tr("Enter a station code (letters, digits, '-') and a name.")
        if not nfc(self.lead.text()):
            return self.tr("Enter the lead's name.")
        pin = self.pin.text()
        if not (pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 12):
            return self.tr("A PIN is 4 to 12 digits.")
        if pin != self.pin_again.text():
            return self.tr("The two PINs differ.")
        return None

    def _accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        self.accept()

    def values(self) -> dict:
        return {"new_station": self.new_station, "code": self.code.text().strip(),
                "name": nfc(self.name.text()), "lead": self.lead.text(), "pin": self.pin.text()}


def create_station(path: Path, new_station: bool, code: str, name: str, lead: str,
                   pin: str) -> None:
    """Create the station (when new) and its lead; run it off the GUI thread (the PIN hash is
    slow by design)."""
    db = Database.create(path, code, name) if new_station else Database.open(path)
    try:
        add_operator(db, lead, "lead", pin)
    finally:
        db.close()
