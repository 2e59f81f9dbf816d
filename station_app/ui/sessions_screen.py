"""Sessions (a lead's screen): the coming days at a glance, each session with its place, hours,
slots, places booked and free; plan the sessions of a day or a week (the campaign's opening
days only); cancel a session nobody is booked on. The services refuse these to other roles."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app.core.dates import show_date
from station_app.core.scheduling import check_hours
from station_app.services.sessions import (
    ALL_DAYS,
    cancel_session,
    create_sessions,
    list_campaigns,
    list_sessions,
    parse_day,
    parse_hours,
    week_specs,
)
from station_app.ui.floor_models import Judge, RecordTableModel, record_table, say
from station_app.ui.messages import explain
from station_app.ui.numbers import number


def day_text(day: str) -> str:
    """'Thứ Bảy 06/09/2025' / 'Saturday 06/09/2025': the weekday in the interface language."""
    weekday = dt.date.fromisoformat(day).isoweekday()
    return f"{QLocale().dayName(weekday, QLocale.FormatType.LongFormat)} {show_date(day)}"


class SessionsScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.campaigns: list[dict] = []
        places = self.tr("%1 × %2 people")
        self.model = RecordTableModel([
            ("day", self.tr("Day"), lambda r: day_text(r["day"])),
            ("hours", self.tr("Hours"), lambda r: f"{r['opens']}–{r['closes']}"),
            ("place", self.tr("Place"), None),
            ("slots", self.tr("Slots"), lambda r: places.replace(
                "%1", str(r["places"] // r["capacity"])).replace("%2", str(r["capacity"]))),
            ("places", self.tr("Places"), None),
            ("booked", self.tr("Booked"), None),
            ("free", self.tr("Free"), lambda r: str(r["places"] - r["booked"])),
        ], parent=self,
            colour=lambda r: "#fde2e1" if r["booked"] >= r["places"] else None)
        self.table = record_table(self.model, stretch=2)
        self.cancel = QPushButton(self.tr("&Cancel the selected session"))
        self.cancel.clicked.connect(self.cancel_selected)
        self.summary = QLabel()

        tomorrow = dt.date.today() + dt.timedelta(days=1)
        self.first_day = QLineEdit(show_date(tomorrow))
        self.first_day.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.days = QSpinBox(minimum=1, maximum=62, value=7)
        self.days.setSuffix(self.tr(" day(s)"))
        self.one_day = QPushButton(self.tr("One day"))
        self.one_day.clicked.connect(lambda: self.days.setValue(1))
        self.a_week = QPushButton(self.tr("A week"))
        self.a_week.clicked.connect(lambda: self.days.setValue(7))
        how_long = QHBoxLayout()
        how_long.addWidget(self.days, 1)
        how_long.addWidget(self.one_day)
        how_long.addWidget(self.a_week)
        self.creating = None  # the job creating sessions, while it runs
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. Commune People's Committee hall"))
        self.hours = QLineEdit("07:00-11:30,13:30-17:00")
        self.hours.setToolTip(self.tr("One session for each range, separated by commas"))
        self.slot = QSpinBox(minimum=5, maximum=240, value=20, singleStep=5)
        self.slot.setSuffix(self.tr(" min"))
        self.capacity = QSpinBox(minimum=1, maximum=500, value=12)
        self.campaign = QComboBox()
        self.create = QPushButton(self.tr("C&reate the sessions"))
        self.create.clicked.connect(self.create_sessions)
        self.check = QLabel()
        self.check.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        for field in (self.first_day, self.place, self.hours):
            field.textChanged.connect(self._validate)
            field.returnPressed.connect(self.create_sessions)  # Enter submits the form
        self.judge = Judge([self.first_day, self.place, self.hours])
        self.judge.changed = self._validate
        for spin in (self.days, self.slot, self.capacity):
            spin.valueChanged.connect(self._validate)
        self.campaign.currentIndexChanged.connect(self._validate)

        box = QGroupBox(self.tr("Plan sessions"))
        form = QFormLayout(box)
        form.addRow(self.tr("First day"), self.first_day)
        form.addRow(self.tr("For"), how_long)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Opening hours"), self.hours)
        form.addRow(self.tr("Slot length"), self.slot)
        form.addRow(self.tr("People per slot"), self.capacity)
        form.addRow(self.tr("Campaign"), self.campaign)
        form.addRow(self.check)
        form.addRow("", self.create)
        form.addRow(self.message)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Coming sessions")))
        left.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.cancel)
        left.addLayout(row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(box, 2)
        self.refresh()

    def activate(self) -> None:
        self.refresh()
        self.place.setFocus()

    def shutdown(self) -> None:
        self.ctx.worker.cancel(self)

    def refresh(self) -> None:
        who = self.ctx.session

        def read(db):
            return list_sessions(db, dt.date.today(), operator=who), list_campaigns(db,
                                                                                    operator=who)

        self.ctx.worker.query(read, on_done=self._show, owner=self,
                              on_error=lambda exc: say(self.message, explain(exc), "error"))

    def _show(self, result) -> None:
        sessions, campaigns = result
        self.model.set_records(sessions)
        if sessions and not self.first_day.isModified():  # a first day the lead did not type
            after = dt.date.fromisoformat(max(s["day"] for s in sessions)) + dt.timedelta(days=1)
            tomorrow = dt.date.today() + dt.timedelta(days=1)
            self.first_day.setText(show_date(max(after, tomorrow)))  # never on a planned day
        days = len({s["day"] for s in sessions})
        self.summary.setText(self.tr("%1 session(s) on %2 day(s); %3 of %4 places booked")
                             .replace("%1", number(len(sessions))).replace("%2", number(days))
                             .replace("%3", number(sum(s["booked"] for s in sessions)))
                             .replace("%4", number(sum(s["places"] for s in sessions))))
        chosen = self.campaign.currentData()
        self.campaigns = campaigns
        self.campaign.blockSignals(True)
        self.campaign.clear()
        self.campaign.addItem(self.tr("(no campaign)"), None)
        for c in campaigns:
            self.campaign.addItem(c["name"], c["id"])
        force = next((c["id"] for c in campaigns if c["in_force"]), None)
        index = self.campaign.findData(chosen or force)
        self.campaign.setCurrentIndex(max(index, 0))
        self.campaign.blockSignals(False)
        self._validate()

    # -- planning -----------------------------------------------------------------------------
    def _specs(self) -> list[dict]:
        """The sessions the form asks for (ValueError with the reason when it can't be)."""
        campaign = next((c for c in self.campaigns if c["id"] == self.campaign.currentData()),
                        None)
        open_days = campaign["open_days"] if campaign else ALL_DAYS
        skip = {d for d in range(7) if str(d) not in open_days}
        first = self.first_day.text()
        hours = parse_hours(self.hours.text())
        for opens, closes in hours:  # as the service checks them
            check_hours(opens, closes, self.slot.value(), self.capacity.value())
        specs = week_specs(first, self.place.text(), hours, self.slot.value(),
                           self.capacity.value(), days=self.days.value(), skip_weekdays=skip,
                           campaign_id=campaign["id"] if campaign else None)
        return specs

    def _validate(self) -> bool:
        """What the form will create; its first problem, once its field was left or the form
        submitted."""
        try:
            specs = self._specs()
        except ValueError as exc:  # ScheduleError, or the hours' check
            if self.judge.says(self.first_day, self.hours):
                say(self.check, explain(exc), "warn")
            else:
                self.check.clear()
            return False
        if not self.place.text().strip():
            if self.judge.says(self.place):
                say(self.check, self.tr("Type the place of the sessions."), "warn")
            else:
                self.check.clear()
            return False
        days = sorted({s["day"] for s in specs})
        if not specs:
            say(self.check, self.tr("No opening day in these days."), "warn")
            return False
        say(self.check, self.tr("%1 session(s) on %2 day(s), %3 to %4, will be created.")
            .replace("%1", number(len(specs))).replace("%2", number(len(days)))
            .replace("%3", show_date(days[0])).replace("%4", show_date(days[-1])), "info")
        return True

    def create_sessions(self) -> None:
        if self.creating is not None and self.creating.pending:
            return  # Enter again before the sessions are made: once is enough
        self.judge.submitted = True
        if not self._validate():
            return
        specs, who = self._specs(), self.ctx.session
        next_day = parse_day(self.first_day.text()) + dt.timedelta(days=self.days.value())

        def done(rows) -> None:
            days = sorted(r["day"] for r in rows)
            say(self.message, self.tr("%1 session(s) created, %2 to %3.")
                .replace("%1", number(len(rows))).replace("%2", show_date(days[0]))
                .replace("%3", show_date(days[-1])), "ok")
            # the form moves on to the days after them, its place emptied: a second Enter
            # creates nothing (a week more only once its place is typed again)
            self.first_day.setText(show_date(next_day))
            self.place.clear()
            self.judge.reset()  # after: clearing a field marks it as typed in
            self.place.setFocus()
            self.refresh()

        self.creating = self.ctx.worker.query(
            lambda db: create_sessions(db, specs, operator=who), on_done=done,
            on_error=lambda exc: say(self.message, explain(exc), "error"), owner=self)

    def cancel_selected(self) -> None:
        record = self.model.record(self.table.currentIndex().row())
        if not record:
            say(self.message, self.tr("Choose a session in the list first."), "warn")
            return
        who = self.ctx.session

        def done(_row) -> None:
            say(self.message, self.tr("The session of %1 is cancelled.")
                .replace("%1", f"{day_text(record['day'])} {record['opens']}"), "ok")
            self.refresh()

        self.ctx.worker.query(lambda db: cancel_session(db, record["id"],
                                                        operator=who), on_done=done,
                              on_error=lambda exc: say(self.message, explain(exc), "error"),
                              owner=self)
