"""Campaign (a lead's screen): a new campaign with its period, its age-group deadlines and the
days of the week its sessions are held (every day, weekends included, unless unticked), checked
as it is typed; the campaigns so far, who set each (HQ, or a station for itself before HQ's
arrived: docs/campaigns.md) and the one in force; and the letterhead of the letters and notices
(issuing body, place, signer)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.core.dates import show_date
from station_app.services.letters import letterhead, set_letterhead
from station_app.services.sessions import (
    ScheduleError,
    create_campaign,
    list_campaigns,
    parse_day,
    parse_deadline,
    parse_milestone,
    set_milestones,
)
from station_app.ui.floor_models import Judge, RecordTableModel, record_table, say
from station_app.ui.messages import explain

DEADLINE_ROWS = 4
IN_FORCE = "#e8f5e9"  # the background of the campaign that progress and booking use
LETTERHEAD = ("parent_body", "body", "place", "signer_title", "signer_name")
REQUIRED = ("body", "place", "signer_title")


def weekday_name(number: int, short: bool = False) -> str:
    """0 = Monday .. 6 = Sunday, in the interface language."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(number + 1, kind)


def parse_milestones(text: str) -> list:
    """'771797:15/06/2021; 96%:30/06/2021' (';' or new lines between them)."""
    return [parse_milestone(part) for part in text.replace("\n", ";").split(";") if part.strip()]


def milestones_text(milestones, separator: str = "; ") -> str:
    """As typed: '771797:15/06/2021; 96%:30/06/2021'."""
    return separator.join(
        (str(m.people) if m.people is not None else f"{m.percent:g}%") + f":{show_date(m.day)}"
        for m in milestones)


class CampaignScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Citizen ID campaign, autumn 2025"))
        self.starts = QLineEdit()
        self.ends = QLineEdit()
        for field in (self.starts, self.ends):
            field.setPlaceholderText(self.tr("dd/mm/yyyy"))
        period = QHBoxLayout()
        period.addWidget(self.starts)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.ends)
        # one row per age group: from age, to age (empty: no upper limit), done by
        self.deadlines = [[QLineEdit() for _ in range(3)] for _ in range(DEADLINE_ROWS)]
        deadline_grid = QGridLayout()
        for column, title in enumerate((self.tr("From age"), self.tr("To age (empty: no limit)"),
                                        self.tr("Done by (dd/mm/yyyy)"))):
            deadline_grid.addWidget(QLabel(title), 0, column)
        for row, fields in enumerate(self.deadlines):
            for column, field in enumerate(fields):
                deadline_grid.addWidget(field, row + 1, column)
                field.textChanged.connect(self._validate)
        self.milestones = QLineEdit()
        self.milestones.setPlaceholderText(self.tr("e.g. 771797:15/06/2021; 96%:30/06/2021"))
        self.milestones.textChanged.connect(self._validate)
        self.open_days = [QCheckBox(weekday_name(d)) for d in range(7)]
        days = QHBoxLayout()
        for box in self.open_days:
            box.setChecked(True)
            box.toggled.connect(self._validate)
            days.addWidget(box)
        self.save = QPushButton(self.tr("&Save the campaign"))
        self.save.clicked.connect(self.save_campaign)
        self.check = QLabel()
        self.check.setWordWrap(True)
        for field in (self.name, self.starts, self.ends):
            field.textChanged.connect(self._validate)
        for field in (self.name, self.starts, self.ends, self.milestones,
                      *(f for row in self.deadlines for f in row)):
            field.returnPressed.connect(self.save_campaign)  # Enter submits the form
        self.judge = Judge([self.name, self.starts, self.ends,
                            *(f for row in self.deadlines for f in row)])
        self.judge.changed = self._validate

        new = QGroupBox(self.tr("New campaign"))
        form = QFormLayout(new)
        # who defines a campaign (docs/campaigns.md): HQ for the province; a station only
        # for itself, before HQ's arrives
        self.whose = QLabel(self.tr(
            "A campaign set here is the province's: it reaches every station with HQ's bundle "
            "and supersedes a station's own.") if ctx.db.is_hq else self.tr(
            "The campaign comes from HQ. Until HQ's arrives, a campaign set here is this "
            "station's own; HQ's supersedes it when it comes."))
        self.whose.setWordWrap(True)
        form.addRow(self.whose)
        form.addRow(self.tr("Campaign name"), self.name)
        form.addRow(self.tr("Period"), period)
        form.addRow(self.tr("Age-group deadlines"), deadline_grid)
        form.addRow(self.tr("Milestones (people or % by a day, included)"), self.milestones)
        form.addRow(self.tr("Opening days"), days)
        form.addRow(self.check)
        form.addRow("", self.save)

        self.model = RecordTableModel([
            ("name", self.tr("Campaign"), None),
            ("period", self.tr("Period"), self._period_text),
            ("station", self.tr("Set by"), self._owner_text),
        ], colour=lambda r: IN_FORCE if r["in_force"] else None, parent=self)
        self.table = record_table(self.model, stretch=0)
        # the chosen campaign's deadlines and days, wrapped: as columns they were cut at 1280 px
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self.edit_milestones = QLineEdit()
        self.edit_milestones.setPlaceholderText(self.tr("e.g. 771797:15/06/2021; 96%:30/06/2021"))
        self.save_milestones = QPushButton(self.tr("Save the &milestones"))
        self.save_milestones.clicked.connect(self.save_campaign_milestones)
        self.save_milestones.setEnabled(False)

        self.head = {key: QLineEdit() for key in LETTERHEAD}
        self.save_head = QPushButton(self.tr("Save the letter&head"))
        self.save_head.clicked.connect(self.save_letterhead)
        head = QGroupBox(self.tr("Letterhead of the letters and notices"))
        head_form = QFormLayout(head)
        for key, label in zip(LETTERHEAD, (
                self.tr("Superior body"), self.tr("Issuing body"), self.tr("Place (in the date line)"),
                self.tr("Signer's title"), self.tr("Signer's name"))):
            head_form.addRow(label, self.head[key])
            self.head[key].textChanged.connect(self._validate_head)
        head_form.addRow("", self.save_head)
        self.message = QLabel()
        self.message.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(new)
        left.addWidget(head)
        left.addWidget(self.message)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Campaigns (the one in force highlighted)")))
        right.addWidget(self.table, 1)
        right.addWidget(self.details)
        right.addWidget(QLabel(self.tr("Milestones of the campaign chosen above (empty: none)")))
        edit = QHBoxLayout()
        edit.addWidget(self.edit_milestones, 1)
        edit.addWidget(self.save_milestones)
        right.addLayout(edit)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self.hq_campaign: str | None = None  # HQ's campaign, at a station that has it
        self._validate()
        self.refresh()

    def activate(self) -> None:
        self.refresh()
        self.name.setFocus()

    def shutdown(self) -> None:
        self.ctx.worker.cancel(self)

    def _period_text(self, row: dict) -> str:
        """The campaign's days; one from HQ may give only its deadlines (no period)."""
        starts, ends = (show_date(d) if d else "" for d in (row["starts"], row["ends"]))
        if starts and ends:
            return f"{starts} – {ends}"
        if starts or ends:
            return (self.tr("from %1") if starts else self.tr("until %1")).replace(
                "%1", starts or ends)
        return self.tr("not given")

    def _deadlines_text(self, row: dict) -> str:
        return "; ".join(
            (f"{d.min_age}+" if d.max_age is None else f"{d.min_age}–{d.max_age}")
            + f": {show_date(d.deadline)}" for d in row["deadlines"])

    def _owner_text(self, row: dict) -> str:
        """HQ, or the code of the station that set it for itself (superseded once HQ's is
        here); the campaign in force is the highlighted row."""
        if row["station"] is None:
            return self.tr("HQ")
        if any(r["station"] is None for r in self.model.records):
            return self.tr("%1, superseded by HQ's").replace("%1", row["station"])
        return row["station"]

    def _days_text(self, row: dict) -> str:
        if row["open_days"] == "0123456":
            return self.tr("every day")
        return ", ".join(weekday_name(int(d), short=True) for d in row["open_days"])

    def refresh(self) -> None:
        who = self.ctx.session

        def read(db):
            return list_campaigns(db, operator=who), vars(letterhead(db))

        self.ctx.worker.query(read, on_done=self._show, on_error=self._say, owner=self)

    def _show(self, result) -> None:
        campaigns, head = result
        before = self.model.record(self.table.currentIndex().row())
        self.model.set_records(campaigns)
        if campaigns:  # the one chosen before, else the one in force, its details shown
            ids = [c["id"] for c in campaigns]
            self.table.selectRow(ids.index(before["id"]) if before and before["id"] in ids else
                                 next((i for i, c in enumerate(campaigns) if c["in_force"]), 0))
        hqs = next((c["name"] for c in campaigns if c["station"] is None), None)
        self.hq_campaign = None if self.ctx.db.is_hq else hqs
        if self.hq_campaign:  # a station makes its own only before HQ's arrives
            self.whose.setText(self.tr("HQ's campaign %1 is in force at this station: a station "
                                       "sets a campaign of its own only before HQ's arrives.")
                               .replace("%1", self.hq_campaign))
        self._validate()
        for key, field in self.head.items():
            field.setText(head.get(key) or "")

    def _say(self, exc: Exception) -> None:
        say(self.message, explain(exc), "error")

    # -- the campaign -------------------------------------------------------------------------
    def _form(self) -> dict:
        """The campaign the form holds (ScheduleError with the first thing wrong, its
        ``fields`` the fields it is about)."""

        def wrong(text, *fields):
            error = ScheduleError(text)
            error.fields = fields
            return error

        name = " ".join(self.name.text().split())
        if not name:
            raise wrong(self.tr("Type the campaign's name."), self.name)
        if not self.starts.text().strip() or not self.ends.text().strip():
            raise wrong(self.tr("Type the first and the last day of the campaign."),
                        *(f for f in (self.starts, self.ends) if not f.text().strip()))
        days = []
        for field in (self.starts, self.ends):
            try:
                days.append(parse_day(field.text()))
            except ScheduleError as exc:
                exc.fields = (field,)
                raise
        starts, ends = days
        if ends < starts:
            raise wrong(self.tr("The campaign ends before it starts."), self.starts, self.ends)
        deadlines = []
        for row, fields in enumerate(self.deadlines):
            cells = [field.text().strip() for field in fields]
            if not any(cells):
                continue
            low, high, day = cells
            if not low or not day:
                raise wrong(self.tr("Deadline row %1: give the first age and the day.")
                            .replace("%1", str(row + 1)), *fields)
            try:
                deadlines.append(parse_deadline(f"{low}-{high}:{day}" if high
                                                else f"{low}+:{day}"))
            except ScheduleError as exc:
                exc.fields = tuple(fields)
                raise
        days = "".join(str(d) for d, box in enumerate(self.open_days) if box.isChecked())
        if not days:
            raise wrong(self.tr("Tick at least one opening day."))
        return {"name": name, "starts": starts, "ends": ends, "deadlines": deadlines,
                "open_days": days, "milestones": parse_milestones(self.milestones.text())}

    def _validate(self) -> bool:
        """The first thing wrong, said once its field was left or the form submitted."""
        if self.hq_campaign:
            self.check.clear()
            self.save.setEnabled(False)
            return False
        try:
            form = self._form()
        except ScheduleError as exc:
            if self.judge.says(*getattr(exc, "fields", ())):
                say(self.check, explain(exc), "warn")
            else:
                self.check.clear()
            return False
        say(self.check, self.tr("Ready to save: %1 age group(s).")
            .replace("%1", str(len(form["deadlines"]))), "info")
        return True

    def save_campaign(self) -> None:
        self.judge.submitted = True
        if not self._validate():
            return
        form, who = self._form(), self.ctx.session

        def done(row) -> None:
            say(self.message, self.tr("Campaign “%1” saved.").replace("%1", row["name"]), "ok")
            self.name.clear()
            self.milestones.clear()
            self.judge.reset()
            self._validate()
            self.refresh()

        self.ctx.worker.query(
            lambda db: create_campaign(db, form["name"], form["deadlines"], form["starts"],
                                       form["ends"], open_days=form["open_days"],
                                       milestones=form["milestones"], operator=who),
            on_done=done, on_error=self._say, owner=self)

    # -- the milestones of a campaign ---------------------------------------------------------
    def _chosen(self, current, _previous=None) -> None:
        row = self.model.record(current.row()) if current.isValid() else None
        self.edit_milestones.setText(milestones_text(row["milestones"], "; ") if row else "")
        self.details.setText(self.tr("%1: deadlines %2; opening days: %3.")
                             .replace("%1", row["name"]).replace("%2", self._deadlines_text(row))
                             .replace("%3", self._days_text(row)) if row else "")
        self.save_milestones.setEnabled(row is not None)

    def save_campaign_milestones(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        campaign = self.model.record(index.row())["id"]
        try:
            milestones = parse_milestones(self.edit_milestones.text())
        except ScheduleError as exc:
            say(self.message, explain(exc), "warn")
            return
        who = self.ctx.session

        def done(kept) -> None:
            say(self.message, self.tr("Milestones saved: %1.").replace(
                "%1", milestones_text(kept) or self.tr("none")), "ok")
            self.refresh()

        self.ctx.worker.query(lambda db: set_milestones(db, campaign, milestones, operator=who),
                              on_done=done, on_error=self._say, owner=self)

    # -- the letterhead -----------------------------------------------------------------------
    def _validate_head(self) -> bool:
        ok = all(self.head[key].text().strip() for key in REQUIRED)
        self.save_head.setEnabled(ok)
        return ok

    def save_letterhead(self) -> None:
        if not self._validate_head():
            say(self.message, self.tr("The issuing body, the place and the signer's title "
                                      "can't be empty."), "warn")
            return
        values, who = {key: field.text() for key, field in self.head.items()}, self.ctx.session
        self.ctx.worker.query(
            lambda db: set_letterhead(db, **values, operator=who),
            on_done=lambda _h: say(self.message, self.tr("Letterhead saved."), "ok"),
            on_error=self._say, owner=self)
