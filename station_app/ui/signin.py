"""Signing in, and locking the screen after idle time.

The sign-in page covers the whole main window: at start, after "Sign out", and when the idle
lock fires (then the screens underneath keep their state, hidden, until the same operator's PIN
is typed, or another operator signs in). The PIN is checked on the database worker (a slow hash
by design), never on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.services.operators import Operator, SignInRefused, list_operators, sign_in
from station_app.ui.floor_models import point_font
from station_app.ui.workers import Job, Worker


def role_label(role: str) -> str:
    return {
        "volunteer": QApplication.translate("roles", "Volunteer"),
        "staff": QApplication.translate("roles", "Staff"),
        "lead": QApplication.translate("roles", "Station lead"),
        "hq": QApplication.translate("roles", "Headquarters"),
    }.get(role, role)


class SignInPage(QWidget):
    """Name and PIN. Emits ``signed_in(Operator)`` once the worker has checked the PIN."""

    signed_in = Signal(object)

    def __init__(self, worker: Worker, station_name: str, parent=None):
        super().__init__(parent)
        self.worker = worker
        self._job: Job | None = None
        self.locked_for: Operator | None = None

        self.title = QLabel(station_name)
        self.title.setFont(point_font(20, True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)

        self.name = QComboBox()
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.setMinimumWidth(320)
        self.name.lineEdit().setPlaceholderText(self.tr("Your name"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN (digits)"))
        self.pin.setMaxLength(12)
        self.pin.returnPressed.connect(self.submit)
        self.button = QPushButton(self.tr("Sign in"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.error = QLabel()
        self.error.setObjectName("signinError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        for widget in (self.name, self.pin, self.button):
            widget.setMinimumHeight(36)

        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setMaximumWidth(520)
        form = QFormLayout(box)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow("", self.button)
        form.addRow("", self.error)

        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(16)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.reset(None)

    def reset(self, locked_for: Operator | None, by_operator: bool = False) -> None:
        """Show the page: empty for a new sign-in, or with the name of the operator whose screen
        locked, by them (Ctrl+L) or after idle time (another operator may still type their own
        name)."""
        self.locked_for = locked_for
        self.error.clear()
        self.pin.clear()
        self.button.setEnabled(True)
        if locked_for and by_operator:
            self.subtitle.setText(self.tr(
                "%1 locked the screen. %1, type your PIN to go on; someone else may sign in "
                "with their own name.").replace("%1", locked_for.name))
        elif locked_for:
            self.subtitle.setText(self.tr(
                "The screen locked after a while without use. %1, type your PIN to go on; "
                "someone else may sign in with their own name.").replace("%1", locked_for.name))
        else:
            self.subtitle.setText(self.tr("Sign in with your name and PIN."))
        self.worker.query(lambda db: [o["name"] for o in list_operators(db)],
                          on_done=self._fill_names, owner=self)
        if locked_for:
            self.name.setEditText(locked_for.name)
        self.focus()

    def _fill_names(self, names: list[str]) -> None:
        current = self.name.currentText()
        self.name.clear()
        self.name.addItems(names)
        self.name.setEditText(current if current or not self.locked_for else self.locked_for.name)

    def focus(self) -> None:
        target = self.pin if self.name.currentText() else self.name
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self._job is not None and self._job.pending:  # Enter pressed twice
            return
        name, pin = self.name.currentText(), self.pin.text()
        if not name.strip():
            self.error.setText(self.tr("Type your name."))
            return
        if not (pin.isdigit() and pin.isascii()):
            # a letter scanned at a locked ticket table: not a wrong PIN (five of those lock
            # the name out), nothing asked of the database
            self.pin.clear()
            self.error.setText(self.tr("That was not a PIN (digits only): a code scanned while "
                                       "the screen is locked is not counted. Type your PIN."))
            return
        self.button.setEnabled(False)
        self.error.setText(self.tr("Checking…"))
        self._job = self.worker.query(lambda db: sign_in(db, name, pin), on_done=self._done,
                                      on_error=self._refused, owner=self)

    def _refused(self, exc: Exception) -> None:
        locked = getattr(exc, "locked_until", None)
        self._failed(self.tr("Too many wrong PINs: this name is locked until %1.")
                     .replace("%1", f"{locked:%H:%M}") if locked else None)

    def _done(self, result: Operator) -> None:
        self.pin.clear()
        self.error.clear()
        self.button.setEnabled(True)
        self.signed_in.emit(result)

    def _failed(self, message: str | None) -> None:
        self.button.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        self.error.setText(message or self.tr("Wrong name or PIN."))


class IdleWatcher(QObject):
    """Emits ``idle`` after ``seconds`` without a key press, click or mouse move anywhere in
    the application."""

    idle = Signal()
    _INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
              QEvent.Type.Wheel, QEvent.Type.TouchBegin}

    def __init__(self, seconds: float, parent=None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_timeout(seconds)
        QApplication.instance().installEventFilter(self)

    def set_timeout(self, seconds: float) -> None:
        self.timer.setInterval(max(1, int(seconds * 1000)))

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in self._INPUT and self.timer.isActive():
            self.timer.start()
        return False

    def remove(self) -> None:
        app = QApplication.instance()
        if app:
            app.removeEventFilter(self)
        self.timer.stop()


__all__ = ["SignInPage", "IdleWatcher", "role_label", "SignInRefused"]
