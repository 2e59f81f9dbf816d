"""The passphrase page, before sign-in: the station lead (at HQ, HQ's staff: the key file
says which) types the passphrase that unlocks the encrypted database (storage/keys.py), once
each time the app starts; on a new station, or a plain database of an earlier version, the
lead chooses it (typed twice). The check (scrypt, slow by design) runs on the worker, never on the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
)

from station_app.storage import keys
from station_app.ui.messages import explain
from station_app.ui.workers import Worker

__all__ = ["PassphraseDialog", "check_passphrase"]


def check_passphrase(path: Path, text: str, new: bool) -> None:
    """WrongPassphrase (or PassphraseNeeded) unless ``text`` opens ``path`` (``new``: unless it
    may become the station passphrase)."""
    if new:
        keys.check_new_passphrase(text)
    else:
        keys.unlock(path, keys.read_key_file(path), text)


class PassphraseDialog(QDialog):
    def __init__(self, path: Path, worker: Worker, new: bool, hq: bool = False, parent=None):
        """``hq``: HQ's database (its key file says so), whose passphrase HQ's staff type."""
        super().__init__(parent)
        self.path, self.worker, self.new = path, worker, new
        self.setWindowTitle(self.tr("HQ passphrase") if hq else self.tr("Station passphrase"))
        self.setMinimumWidth(620)
        if new:
            intro = QLabel(self.tr(
                "Choose the station passphrase. The station lead types it once each time the "
                "app starts; without it the database on this laptop cannot be read if the "
                "laptop is lost or stolen. Use at least 10 characters, words rather than "
                "digits: an operator's PIN is not enough. If it is forgotten, HQ can open the "
                "database again."))
        elif hq:
            intro = QLabel(self.tr(
                "HQ's database is encrypted. HQ's staff type HQ's passphrase (not a PIN) to "
                "open it. Nobody can open it without this passphrase, not even from a backup."))
        else:
            intro = QLabel(self.tr(
                "The station database is encrypted. The station lead types the station "
                "passphrase (not a PIN) to open it."))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        file_field = QLineEdit(str(path), readOnly=True)
        file_field.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        form = QFormLayout(self)
        form.setContentsMargins(24, 20, 24, 16)
        form.setVerticalSpacing(12)
        form.addRow(intro)
        form.addRow(self.tr("Database file"), file_field)
        form.addRow(self.tr("HQ passphrase") if hq else self.tr("Station passphrase"),
                    self.passphrase)
        if new:
            form.addRow(self.tr("Passphrase again"), self.again)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.passphrase.returnPressed.connect(
            self.again.setFocus if new else self.submit)
        self.again.returnPressed.connect(self.submit)
        self.passphrase.setFocus()

    def submit(self) -> None:
        text = self.passphrase.text()
        if self.new and text != self.again.text():
            self._refused(self.tr("The two passphrases differ."))
            return
        self.buttons.setEnabled(False)
        self.error.setText(self.tr("Checking…"))
        self.worker.task(lambda _progress: check_passphrase(self.path, text, self.new),
                         db=False, on_done=lambda _result: self._unlocked(text),
                         on_error=lambda exc: self._refused(explain(exc)), owner=self)

    def _unlocked(self, text: str) -> None:
        keys.use_passphrase(text)
        self.accept()

    def _refused(self, reason: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(reason)
        self.adjustSize()  # a long reason (a damaged key file, with what to do) shown whole
        self.passphrase.selectAll()
        self.passphrase.setFocus()
