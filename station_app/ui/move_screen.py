"""Moving a session (a lead's screen: a power cut announced, a new hall): a new day, place or
hours, or its appointments spread over the later sessions; then the move notices written to a
PDF off the GUI thread and the households to tell listed, village by village."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from station_app.core.dates import show_date
from station_app.services.letters import print_move_notices
from station_app.services.sessions import list_sessions, move_session, spread_session
from station_app.ui.files import unused_path
from station_app.ui.floor_models import RecordTableModel, record_table, say
from station_app.ui.messages import explain
from station_app.ui.numbers import number
from station_app.ui.sessions_screen import day_text


def notices_path(folder: Path, session: dict) -> Path:
    """thong-bao-doi-lich-<day>-<opens>.pdf in ``folder``, numbered when taken."""
    return unused_path(
        folder, f"thong-bao-doi-lich-{session['day']}-{session['opens'].replace(':', '')}",
        "pdf")


class MoveScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.sessions: list[dict] = []
        self.job = None
        self.written: Path | None = None
        self.last_move: tuple[dict, dict] | None = None  # (session, move) whose notices are due
        self.session = QComboBox()
        self.session.currentIndexChanged.connect(self._session_chosen)
        self.to_new = QRadioButton(self.tr("Move it to a new day, place or hours"))
        self.to_new.setChecked(True)
        self.spread = QRadioButton(self.tr("Spread its appointments over the later sessions "
                                           "(it is cancelled)"))
        mode = QButtonGroup(self)
        mode.addButton(self.to_new)
        mode.addButton(self.spread)
        self.day = QLineEdit()
        self.day.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.place = QLineEdit()
        self.opens = QLineEdit()
        self.closes = QLineEdit()
        for field in (self.opens, self.closes):
            field.setPlaceholderText("HH:MM")
            field.setMaximumWidth(90)
        hours = QHBoxLayout()
        hours.addWidget(self.opens)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.closes)
        hours.addStretch(1)
        self.new_box = QGroupBox(self.tr("New day, place and hours"))
        new_form = QFormLayout(self.new_box)
        new_form.addRow(self.tr("Day"), self.day)
        new_form.addRow(self.tr("Place"), self.place)
        new_form.addRow(self.tr("Hours"), hours)
        self.to_new.toggled.connect(self.new_box.setEnabled)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. scheduled power cut (printed on the notices)"))
        self.size = QComboBox()
        self.size.addItems(["A5", "A4"])
        self.move = QPushButton(self.tr("&Move and write the notices"))
        self.move.clicked.connect(self.move_session)
        for field in (self.day, self.place, self.opens, self.closes, self.reason):
            field.returnPressed.connect(self.move_session)  # Enter submits, as on other forms
        self.stop = QPushButton(self.tr("&Stop"))
        self.stop.clicked.connect(lambda: self.busy() and self.job.cancel())
        self.stop.hide()
        self.bar = QProgressBar()
        self.bar.hide()
        self.again = QPushButton(self.tr("&Write the notices again"))
        self.again.clicked.connect(lambda: self.last_move and self._write_notices(*self.last_move))
        self.again.hide()
        self.open_file = QPushButton(self.tr("&Open the notices"))
        self.open_file.clicked.connect(self._open)
        self.open_file.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)

        box = QGroupBox(self.tr("Move a session"))
        form = QFormLayout(box)
        form.addRow(self.tr("Session"), self.session)
        form.addRow(self.to_new)
        form.addRow(self.new_box)
        form.addRow(self.spread)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Paper"), self.size)
        buttons = QHBoxLayout()
        buttons.addWidget(self.move)
        buttons.addWidget(self.stop)
        form.addRow(buttons)
        form.addRow(self.bar)

        self.tell = RecordTableModel([
            ("village", self.tr("Village"), None),
            ("code", self.tr("Household"), None),
            ("head_name", self.tr("Head of household"), None),
            ("phone", self.tr("Phone"), None),
            ("people", self.tr("People"), lambda r: str(len(r["residents"]))),
            ("before", self.tr("Was"), lambda r: f"{show_date(r['before']['day'])} "
                                                 f"{r['before']['slot']}"),
            ("after", self.tr("Now"), lambda r: f"{show_date(r['after']['day'])} "
                                                f"{r['after']['slot']}"),
            ("place", self.tr("Place"), lambda r: r["after"]["place"]),
        ], parent=self)
        self.tell_table = record_table(self.tell, stretch=7)
        self.per_village = QLabel()
        self.per_village.setWordWrap(True)

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Households to tell")))
        right.addWidget(self.per_village)
        right.addWidget(self.tell_table, 1)
        files = QHBoxLayout()
        files.addWidget(self.message, 1)
        files.addWidget(self.again)
        files.addWidget(self.open_file)
        right.addLayout(files)
        layout = QHBoxLayout(self)
        layout.addWidget(box, 1)
        layout.addLayout(right, 2)
        self.refresh()

    def activate(self) -> None:
        if not self.busy():
            self.refresh()

    def shutdown(self) -> None:
        self.ctx.worker.cancel(self)

    def busy(self) -> bool:
        """A booking or a writing under way (a job reported already is not)."""
        return self.job is not None and self.job.pending

    def refresh(self) -> None:
        who = self.ctx.session
        self.ctx.worker.query(lambda db: list_sessions(db, dt.date.today(), operator=who),
                              on_done=self._sessions, owner=self,
                              on_error=lambda e: say(self.message, explain(e), "error"))

    def _sessions(self, rows: list[dict]) -> None:
        chosen = self.session.currentData()
        self.sessions = rows
        self.session.blockSignals(True)
        self.session.clear()
        for s in rows:
            self.session.addItem(
                self.tr("%1 %2–%3 · %5 booked · %4").replace("%1", day_text(s["day"]))
                .replace("%2", s["opens"]).replace("%3", s["closes"])
                .replace("%4", s["place"]).replace("%5", number(s["booked"])), s["id"])
        self.session.setCurrentIndex(max(self.session.findData(chosen), 0))
        self.session.blockSignals(False)
        # as wide as its longest session (the sessions come after the screen is laid out: a
        # session's place was cut at 1366 px), up to half of a 1280-px window
        option = QStyleOptionComboBox()
        self.session.initStyleOption(option)
        widest = max((self.session.fontMetrics().horizontalAdvance(self.session.itemText(i))
                      for i in range(self.session.count())), default=0)
        needed = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option,
            QSize(widest, self.session.fontMetrics().height()), self.session).width()
        self.session.setMinimumWidth(min(needed, 640))
        self._session_chosen()

    def _session_chosen(self) -> None:
        s = self.chosen()
        self.move.setEnabled(s is not None and not self.busy())
        if s is not None:
            self.day.setText(show_date(s["day"]))
            self.place.setText(s["place"])
            self.opens.setText(s["opens"])
            self.closes.setText(s["closes"])

    def chosen(self) -> dict | None:
        return next((s for s in self.sessions if s["id"] == self.session.currentData()), None)

    # -- the move, then the notices -----------------------------------------------------------
    def move_session(self) -> None:
        s, who = self.chosen(), self.ctx.session
        if s is None or self.busy():
            return
        reason = self.reason.text()
        if self.spread.isChecked():
            def work(db):
                return spread_session(db, s["id"], reason=reason, operator=who)
        else:
            day, place = self.day.text(), self.place.text()
            opens, closes = self.opens.text(), self.closes.text()

            def work(db):
                return move_session(db, s["id"], day, place, opens, closes, reason, operator=who)

        self.open_file.hide()
        self.again.hide()
        self.move.setEnabled(False)
        self.ctx.worker.query(work, on_done=lambda move: self._moved(s, move),
                              on_error=self._failed, owner=self)

    def _moved(self, session: dict, move: dict) -> None:
        households = move["households"]
        self.tell.set_records(households)
        counts = Counter(h["village"] or "" for h in households)
        self.per_village.setText("; ".join(
            self.tr("%1: %2 household(s)").replace("%1", v or "—").replace("%2", number(n))
            for v, n in counts.items()))
        self.refresh()
        if not households:
            say(self.message, self.tr("Moved. Nobody was booked on it: no notice to write."),
                "ok")
            self.move.setEnabled(True)
            return
        self.last_move = (session, move)
        say(self.message, self.tr("Moved: %1 household(s) to tell. Writing the notices…")
            .replace("%1", number(len(households))), "info")
        self._write_notices(session, move)

    def _write_notices(self, session: dict, move: dict) -> None:
        folder, size, who = self.ctx.prefs.reports_folder(), self.size.currentText(), \
            self.ctx.session
        self.again.hide()
        self.move.setEnabled(False)

        def write(db, progress):
            folder.mkdir(parents=True, exist_ok=True)
            progress(0, 1)
            printed = print_move_notices(db, move["id"], notices_path(folder, session), size,
                                         operator=who)
            progress(1, 1)
            return printed

        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.bar.show()
        self.stop.show()
        self.job = self.ctx.worker.task(write, on_done=self._written, on_error=self._failed,
                                        on_progress=lambda d, t: self.bar.setValue(d),
                                        owner=self)

    def _idle(self) -> None:
        self.job = None
        self.bar.hide()
        self.stop.hide()
        self.move.setEnabled(self.chosen() is not None)

    def _written(self, printed: dict) -> None:
        self._idle()
        self.last_move = None
        self.written = Path(printed["out"])
        say(self.message, self.tr("%1 notice(s) written: %2").replace(
            "%1", number(printed["notices"])).replace("%2", printed["out"]), "ok")
        self.open_file.show()

    def _failed(self, exc: Exception) -> None:
        self._idle()
        if isinstance(exc, OSError):
            text = self.tr("The notices could not be written in %1 (is the folder there, and "
                           "may it be written?).").replace("%1",
                                                           str(self.ctx.prefs.reports_folder()))
        else:
            text = explain(exc)
        say(self.message, text, "error")
        self.again.setVisible(self.last_move is not None)  # moved, but no notices yet

    def _open(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))
