"""First run: no station database yet (or one made by ``station-app init`` with nobody to sign
in). One dialog asks for the station and its lead operator; the caller creates them off the GUI
thread. A new laptop is set up from the kit HQ wrote for it (docs/kit-format.md: the kit file
and its password give the station, HQ, the campaign and the roster), or by hand."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
)

from station_app.core.text import nfc
from station_app.services.operators import add_operator
from station_app.storage import Database
from station_app.ui import files
from station_app.ui.messages import explain

if TYPE_CHECKING:
    from station_app.sync.kit import Kit


class FirstRunDialog(QDialog):
    """``path`` missing: station code and name, then the lead; ``path`` an existing station
    without operators: only the lead."""

    def __init__(self, path: Path, new_station: bool, worker=None, parent=None):
        super().__init__(parent)
        self.new_station, self.worker = new_station, worker
        self.kit: Kit | None = None
        self.setWindowTitle(self.tr("New station") if new_station else self.tr("Station lead"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "Welcome. This laptop has no station yet. Set it up from the kit HQ wrote for it "
            "(the kit file and the password HQ read out), or enter the station by hand; then "
            "its lead, who signs in with the name and PIN below and adds the other operators.")
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
        self.from_kit = QRadioButton(self.tr("Set up from a kit"))
        self.by_hand = QRadioButton(self.tr("Enter the station by hand"))
        self.kit_file = QLineEdit()
        self.kit_file.setPlaceholderText(self.tr("the .kit file HQ gave, e.g. on a USB stick"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self._choose_kit)
        # shown as typed: 20 digits heard over the phone are checked by eye; without the kit
        # file they open nothing
        self.kit_password = QLineEdit()
        self.kit_password.setPlaceholderText(self.tr("20 digits, as HQ read them out"))
        self.kit_password.textEdited.connect(self.error.clear)
        if new_station:
            modes = QButtonGroup(self)
            choice = QHBoxLayout()
            for button in (self.from_kit, self.by_hand):
                modes.addButton(button)
                choice.addWidget(button)
            choice.addStretch(1)
            form.addRow(choice)
            kit_row = QHBoxLayout()
            kit_row.addWidget(self.kit_file, 1)
            kit_row.addWidget(self.browse)
            form.addRow(self.tr("Kit file"), kit_row)
            self._kit_row = kit_row
            form.addRow(self.tr("Kit password"), self.kit_password)
            form.addRow(self.tr("Station code"), self.code)
            form.addRow(self.tr("Station name"), self.name)
            self._form = form
            self.from_kit.toggled.connect(self._show_mode)
            self.from_kit.setChecked(True)
            self.kit_file.setFocus()  # the first field to fill, not the database's path
        else:
            self.lead.setFocus()
        form.addRow(self.tr("Lead's name"), self.lead)
        form.addRow(self.tr("Lead's PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.buttons = buttons

    def _show_mode(self) -> None:
        kit = self.from_kit.isChecked()
        for row, shown in ((self._kit_row, kit), (self.kit_password, kit), (self.code, not kit),
                           (self.name, not kit)):
            self._form.setRowVisible(row, shown)
        self.error.clear()

    def _choose_kit(self) -> None:
        from station_app.services.kits import KIT_SUFFIX

        path = files.open_file(
            self, self.tr("The station's kit"), str(Path.home()),
            self.tr("Station kits (*%1)").replace("%1", KIT_SUFFIX))
        if path:
            self.kit_file.setText(path)

    def problem(self) -> str | None:
        """What is wrong with the form, or None."""
        if self.new_station and self.from_kit.isChecked():
            if not self.kit_file.text().strip() or not self.kit_password.text().strip():
                return self.tr("Choose the kit file and type its password.")
        elif self.new_station:
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
        if not (self.new_station and self.from_kit.isChecked()):
            self.accept()
            return
        # the kit is opened (scrypt: slow by design) before the dialog closes, so that a wrong
        # password or a damaged kit is said here and nothing is created
        from station_app.services.kits import read_kit  # the sync layer, only for a kit

        file, password = self.kit_file.text().strip(), self.kit_password.text()
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Opening the kit…"))
        if self.worker is None:
            try:
                self._opened(read_kit(file, password))
            except ValueError as exc:
                self._refused(exc)
            return
        self.worker.task(lambda _progress: read_kit(file, password), db=False,
                         on_done=self._opened, on_error=self._refused, owner=self)

    def _opened(self, kit: Kit) -> None:
        self.buttons.setEnabled(True)
        self.kit = kit
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(explain(exc))
        self.kit_password.selectAll()
        self.kit_password.setFocus()

    def values(self) -> dict:
        return {"new_station": self.new_station, "code": self.code.text().strip(),
                "name": nfc(self.name.text()), "lead": self.lead.text(), "pin": self.pin.text(),
                "kit": self.kit, "kit_file": self.kit_file.text().strip()}


def create_station(path: Path, new_station: bool, code: str, name: str, lead: str,
                   pin: str, kit: Kit | None = None, kit_file: str = "") -> None:
    """Create the station (when new: from its kit, or as typed) and its lead; run it off the
    GUI thread (the PIN hash is slow by design)."""
    if kit is not None:
        from station_app.services.kits import set_up_from_kit

        # the Sync screen lists the kit as received from HQ under its file's name
        set_up_from_kit(path, kit, lead, pin, label=kit_file).close()
        return
    db = Database.create(path, code, name) if new_station else Database.open(path)
    try:
        add_operator(db, lead, "lead", pin)
    finally:
        db.close()
