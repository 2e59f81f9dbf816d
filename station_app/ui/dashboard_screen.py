"""The dashboard (lead and HQ): the campaign's figures at a glance, the daily intake against the
rate the deadlines need (a QtCharts chart), the villages ranked worst first with the laggards
highlighted (at HQ also the communes and the stations), when the next report is due, and buttons
that write the report and the list of residents still missing.

The figures are services.progress's. The screen keeps one ProgressCache, the home page's too:
the first computation (the whole "cube", about 2 s on a province) runs as a worker task, so the
floor's queries never wait behind it; the cache then lives on the database thread, where each
refresh reads only what changed since (a few ms after an intake). While the screen is shown it
looks every few seconds at the database's change number and refreshes when it moved: an intake
at any desk, a bundle imported, on this laptop or another one sharing the database. Hidden, it
does nothing; shown again, it refreshes at once.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.core.dates import show_date, show_moment
from station_app.core.numbers import day_bar_share
from station_app.printing import WritingStopped
from station_app.services.progress import ProgressCache, ReportError, next_report, progress
from station_app.services.reports import write_missing, write_report
from station_app.services.sessions import campaign_in_force
from station_app.ui.files import unused_path
from station_app.ui.floor_models import RecordTableModel, point_font, record_table, say
from station_app.ui.messages import explain
from station_app.ui.numbers import decimal, number

REFRESH_MS = 5000  # how often a shown dashboard checks for changes
CHART_DAYS = 30  # the chart shows the last 30 days of the campaign
LAGGARD = "#ffcdd2"  # the background of a village, commune or station that will miss


def _load(db, operator, day: dt.date, cache: ProgressCache, last: tuple | None):
    """On the worker: ``(rev, day, figures or None, problem)``, or None when nothing changed
    since ``last`` (the (rev, day) of the figures shown)."""
    rev = int(db.meta("rev", 0))
    if last == (rev, day):
        return None
    if campaign_in_force(db, day) is None:
        return rev, day, None, "no_campaign"
    try:
        return rev, day, progress(db, day, cache=cache, clamp=True, operator=operator), None
    except ReportError:  # the only other reason: a campaign with no deadline and no last day
        return rev, day, None, "no_deadline"


class Card(QFrame):
    """One figure: a caption above a big value."""

    def __init__(self, caption: str):
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.value = QLabel("—")
        self.value.setFont(point_font(17, True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)

    def set(self, text: str, colour: str | None = None) -> None:
        self.value.setText(text)
        self.value.setStyleSheet(f"color: {colour};" if colour else "")


class DashboardScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.day: dt.date | None = None  # the report day; None: today
        self.cache: ProgressCache = ctx.caches.setdefault("progress", ProgressCache())
        self.shown: tuple | None = None  # (rev, day) of the figures on screen
        self._tried = False  # the first refresh sent as a task
        self.figures: dict | None = None
        self.written: Path | None = None
        self._loading = False
        self._again = False
        self._build_figures()
        self._build_deadlines()
        self._build_chart()
        legend = self._build_rankings(ctx)
        files = self._build_file_buttons()
        self._lay_out(legend, files)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)

    def _build_figures(self) -> None:
        # when there is no campaign (or it cannot be counted yet)
        self.empty = QLabel()
        self.empty.setObjectName("dashboardEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setFont(point_font(13))
        self.empty.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # the figures
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setFont(point_font(13, True))
        self.next_report = QLabel()
        self.next_report.setObjectName("nextReport")
        self.next_report.setFont(point_font(11, True))
        self.next_report.setStyleSheet("color: #0d47a1;")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #b00020;")
        self.cards = {key: Card(caption) for key, caption in (
            ("target", self.tr("Target")),
            ("collected", self.tr("Collected so far")),
            ("remaining", self.tr("Remaining")),
            ("percent", self.tr("Percent done")),
            ("today", self.tr("Collected on the day")),
            ("achieved", self.tr("Per day, last 7 days")),
            ("needed", self.tr("Needed per day")),
            ("finish", self.tr("Projected finish")),
        )}

    def _build_deadlines(self) -> None:
        self.deadlines = RecordTableModel([
            ("ages", self.tr("Ages"), None),
            ("date", self.tr("Deadline"), lambda r: show_date(r["date"])),
            ("target", self.tr("Target"), lambda r: self._int(r["target"])),
            ("collected", self.tr("People collected"), lambda r: self._int(r["collected"])),
            ("remaining", self.tr("Remaining"), lambda r: self._int(r["remaining"])),
            ("percent", self.tr("Percent done"), lambda r: self._percent(r["percent"])),
            ("days_left", self.tr("Days left"), lambda r: self._int(r["days_left"])),
            ("needed_per_day", self.tr("Needed/day"), lambda r: self._rate(r["needed_per_day"])),
            ("achieved_per_day", self.tr("Achieved/day"),
             lambda r: self._rate(r["achieved_per_day"])),
            ("projected_finish", self.tr("Projected finish"),
             lambda r: show_date(r["projected_finish"]) if r["projected_finish"] else "—"),
            ("on_track", self.tr("On track"),
             lambda r: self.tr("yes") if r["on_track"] else self.tr("no")),
        ], colour=lambda r: None if r["on_track"] else LAGGARD, parent=self)
        self.deadlines_view = record_table(self.deadlines)
        self.deadlines_view.setObjectName("deadlines")
        self.deadlines_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.deadlines_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _build_rankings(self, ctx) -> QLabel:
        """The villages (at HQ also the communes and the stations) worst first; returns the
        legend under them."""
        self.rankings = QTabWidget()
        self.villages = self._ranking(self._area_columns(self.tr("Village")))
        self.communes = self._ranking(self._area_columns(self.tr("Commune")))
        self.stations = self._ranking([
            ("rank", "#", None),
            ("code", self.tr("Station"), None),
            ("collected", self.tr("People collected"), lambda r: self._int(r["collected"])),
            ("achieved_per_day", self.tr("Per day"), lambda r: self._rate(r["achieved_per_day"])),
            ("percent", self.tr("Its villages done"), lambda r: self._percent(r["percent"])),
            ("behind", self.tr("Behind"), lambda r: self._int(r["behind"])),
            ("last_bundle", self.tr("Last bundle"),
             lambda r: show_moment(r["last_bundle"]) or self.tr("none")),
        ], laggard=lambda r: r["behind"] > 0 or r["silent"])
        self.views = {}
        for key, model, title in (("villages", self.villages, self.tr("Villages")),
                                  ("communes", self.communes, self.tr("Communes")),
                                  ("stations", self.stations, self.tr("Stations"))):
            view = record_table(model, stretch=1)
            view.setObjectName(f"rank_{key}")
            self.views[key] = view
            if key == "villages" or ctx.db.is_hq:
                self.rankings.addTab(view, title)
        legend = QLabel(self.tr("Worst first. Red: will miss a deadline at its pace so far "
                                "(behind: people still to collect then)."))
        legend.setWordWrap(True)
        return legend

    def _build_file_buttons(self) -> QHBoxLayout:
        # the files
        self.file_buttons: dict[str, QPushButton] = {}
        files = QHBoxLayout()
        for key, label in (("report.pdf", self.tr("Report (PDF)")),
                           ("report.xlsx", self.tr("Report (Excel)")),
                           ("missing.pdf", self.tr("Not yet collected (PDF)")),
                           ("missing.xlsx", self.tr("Not yet collected (Excel)"))):
            button = QPushButton(label)
            button.setObjectName(f"write_{key}")
            button.setMinimumHeight(34)
            button.clicked.connect(lambda _c=False, k=key: self.write(*k.split(".")))
            self.file_buttons[key] = button
            files.addWidget(button)
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.writing = False  # a file is being written (by self.job)
        self.job = None
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.clicked.connect(self.stop_writing)
        self.stop_button.hide()
        self.message = QLabel()
        self.message.setObjectName("dashboardMessage")
        self.message.setWordWrap(True)
        self.open_file = QPushButton(self.tr("Open"))
        self.open_file.clicked.connect(lambda: self._open(self.written))
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.clicked.connect(lambda: self._open(self.written.parent))
        for button in (self.open_file, self.open_folder):
            button.setMinimumHeight(34)
            button.hide()
        files.addWidget(self.bar)
        files.addWidget(self.stop_button)
        files.addWidget(self.message, 1)
        files.addWidget(self.open_file)
        files.addWidget(self.open_folder)
        return files

    def _lay_out(self, legend: QLabel, files: QHBoxLayout) -> None:
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)
        right = QVBoxLayout()
        right.addWidget(self.rankings, 1)
        right.addWidget(legend)
        middle = QHBoxLayout()
        middle.addWidget(self.chart_view, 1)
        middle.addLayout(right, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.next_report)
        layout.addWidget(self.notes)
        layout.addLayout(cards)
        layout.addLayout(middle, 1)
        layout.addWidget(self.deadlines_view)
        self.body = body
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages, 1)
        outer.addLayout(files)
        self.notes.hide()
        self._set_writable(False)

    def _build_chart(self) -> None:
        self.chart = QChart()
        self.chart.setTitle(self.tr("People collected per day, against the rate the deadlines "
                                    "need"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.day_bars = QBarSet(self.tr("Collected that day"))
        self.day_bars.setColor(QColor("#5c8fd6"))
        bars = self.bars = QBarSeries()
        bars.append(self.day_bars)
        self.needed_line = QLineSeries()
        self.needed_line.setName(self.tr("Needed per day"))
        self.needed_line.setPen(QPen(QColor("#c62828"), 2.5, Qt.PenStyle.DashLine))
        self.average_line = QLineSeries()
        self.average_line.setName(self.tr("Average of 7 days"))
        self.average_line.setPen(QPen(QColor("#2e7d32"), 2.5))
        self.axis_x = QBarCategoryAxis()
        self.axis_x.setLabelsAngle(-90)
        self.axis_x.setLabelsFont(point_font(8))
        self.axis_y = QValueAxis()
        self.axis_y.setLabelFormat("%d")
        self.chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        for series in (bars, self.needed_line, self.average_line):
            self.chart.addSeries(series)
            series.attachAxis(self.axis_x)
            series.attachAxis(self.axis_y)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("dayChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(240)

    def _area_columns(self, unit: str) -> list[tuple]:
        """The columns of a ranking of villages or communes, ``unit`` naming the first."""
        return [
            ("rank", "#", None),
            ("name", unit, None),
            ("target", self.tr("Target"), lambda r: self._int(r["target"])),
            ("collected", self.tr("People collected"), lambda r: self._int(r["collected"])),
            ("percent", self.tr("Percent done"), lambda r: self._percent(r["percent"])),
            ("achieved_per_day", self.tr("Per day"), lambda r: self._rate(r["achieved_per_day"])),
            ("behind", self.tr("Behind"), lambda r: self._int(r["behind"])),
            ("days_behind", self.tr("Days late"), self._days_late),
        ]

    def _ranking(self, columns, laggard=None) -> RecordTableModel:
        laggard = laggard or (lambda r: r["behind"] > 0)
        return RecordTableModel(columns, colour=lambda r: LAGGARD if laggard(r) else None,
                                parent=self)

    # -- numbers as the interface's language writes them --------------------------------------
    def _int(self, n) -> str:
        return "—" if n is None else number(n)

    def _rate(self, x) -> str:
        return "—" if x is None else decimal(x)

    def _percent(self, x) -> str:
        return f"{decimal(x)} %"

    def _days_late(self, r: dict) -> str:
        if not r["behind"]:
            return ""
        return "—" if r["days_behind"] is None else self._int(r["days_behind"])

    # -- life of the screen -----------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.timer.stop()

    def shutdown(self) -> None:
        self.timer.stop()
        self.ctx.worker.cancel(self)

    def refresh(self) -> None:
        """Ask the worker for the figures, when they changed (see the module)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        operator, day, cache, last = self.ctx.session, self.day or dt.date.today(), self.cache, \
            self.shown
        if not cache.filled and not self._tried:
            # the whole cube: a task, in a thread of its own. The cache is plain data and its
            # change numbers are the database's, so it then serves the database thread's
            # connection as well as the task's. Once tried, queries: with no campaign in force
            # the cube is not needed (one read on the database thread when a campaign comes)
            self._tried = True
            self.ctx.worker.task(lambda db, _progress: _load(db, operator, day, cache, None),
                                 on_done=self._loaded, on_error=self._failed, owner=self)
        else:
            self.ctx.worker.query(lambda db: _load(db, operator, day, cache, last),
                                  on_done=self._loaded, on_error=self._failed, owner=self)

    def _finished_loading(self) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, exc: Exception) -> None:
        say(self.message, explain(exc), "error")
        self._finished_loading()

    def _loaded(self, loaded) -> None:
        if loaded is not None:
            rev, day, figures, problem = loaded
            self.shown = (rev, day)
            self.show_figures(figures, problem)
        self._finished_loading()

    # -- the figures ------------------------------------------------------------------------
    def show_figures(self, figures: dict | None, problem: str | None = None) -> None:
        self.figures = figures
        self._set_writable(figures is not None)
        if figures is None:
            if problem == "no_deadline":
                self.empty.setText(self.tr(
                    "The campaign has no deadline and no last day yet, so there is nothing to "
                    "count against. Set a campaign with its age-group deadlines on the Campaign "
                    "screen."))
            elif self.ctx.db.is_hq:
                self.empty.setText(self.tr(
                    "No campaign yet.\n\nThe province's campaign (its age-group deadlines) is "
                    "set here at HQ on the Campaign screen; it reaches every station with HQ's "
                    "bundle. Until then a station's own campaign, when its bundle brings one, "
                    "is shown here."))
            else:
                self.empty.setText(self.tr(
                    "No campaign yet.\n\nA campaign (its deadlines per age group) comes from "
                    "HQ: import HQ's bundle on the Sync screen. Before HQ's arrives, the lead "
                    "can set this station's own on the Campaign screen (in Plan)."))
            self.pages.setCurrentWidget(self.empty)
            return
        self.pages.setCurrentWidget(self.body)
        f = figures
        campaign = f["campaign"]
        if f.get("campaign_station") and f["hq"]:  # no province campaign yet: a station's
            campaign = self.tr("%1 (station %2's own; set the province's on the Campaign "
                               "screen)").replace("%1", campaign).replace(
                                   "%2", f["campaign_station"])
        self.title.setText(self.tr("Campaign %1 · %2 · figures of %3")
                           .replace("%1", campaign).replace("%2", f["station_name"])
                           .replace("%3", show_date(f["date"])))
        due = next_report(f)
        if due is None:
            self.next_report.setText(self.tr("Campaign over: no report due"))
        else:
            text = (self.tr("Next report: %1 (deadline of ages %2), in %3 day(s)") if due["ages"]
                    else self.tr("Next report: %1 (last day of the campaign), in %3 day(s)"))
            self.next_report.setText(text.replace("%1", show_date(due["date"]))
                                     .replace("%2", due["ages"] or "")
                                     .replace("%3", str(due["days_left"])))
        late = f["projected_finish"] is None or not f["on_track"]
        self.cards["target"].set(self._int(f["target"]))
        self.cards["collected"].set(self._int(f["collected"]))
        self.cards["remaining"].set(self._int(f["remaining"]))
        self.cards["percent"].set(self._percent(f["percent"]))
        self.cards["today"].set(self._int(f["collected_on_date"]))
        self.cards["achieved"].set(self._rate(f["achieved_per_day"]),
                                   "#b00020" if late else "#1b5e20")
        self.cards["needed"].set(self._rate(f["needed_per_day"]))
        self.cards["finish"].set(show_date(f["projected_finish"]) if f["projected_finish"]
                                 else "—", "#b00020" if late else "#1b5e20")
        # milestones beside the age groups, read the same way
        self.deadlines.set_records(f["deadlines"] + [
            m | {"ages": self.tr("Milestone %1").replace("%1", m["label"].split(" – ")[0])}
            for m in f.get("milestones", [])])
        view = self.deadlines_view  # as high as its rows
        view.setFixedHeight(view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
                            + sum(view.rowHeight(r) for r in range(self.deadlines.rowCount())))
        self._chart(f)
        self.villages.set_records(f["villages"])
        self.communes.set_records(f["communes"])
        self.stations.set_records(f.get("stations") or [])
        silent = [s for s in f.get("stations") or [] if s["silent"]]
        self.notes.setVisible(bool(silent))
        self.notes.setText("\n".join(
            self.tr("Station %1 has sent nothing since %2: its figures are as of then.")
            .replace("%1", s["code"])
            .replace("%2", show_date(s["last_bundle"][:10]) if s["last_bundle"]
                     else self.tr("the start")) for s in silent))

    def _chart(self, f: dict) -> None:
        """The last CHART_DAYS days of the campaign up to the report day: people collected each
        day (bars), their average over the 7 days before (line), and the rate needed now."""
        day = dt.date.fromisoformat(f["date"])
        first = max(dt.date.fromisoformat(f["start"]), day - dt.timedelta(days=CHART_DAYS - 1))
        days = [first + dt.timedelta(days=i) for i in range((day - first).days + 1)]
        counts = {d["date"]: d["collected"] for d in f["days"]}
        start = dt.date.fromisoformat(f["start"])

        def collected(d: dt.date) -> int:
            return counts.get(d.isoformat(), 0)

        values = [collected(d) for d in days]
        averages = []
        for d in days:
            span = min(7, (d - start).days + 1)
            averages.append(sum(collected(d - dt.timedelta(days=i)) for i in range(span)) / span)
        self.day_bars.remove(0, self.day_bars.count())
        self.day_bars.append(values)
        self.bars.setBarWidth(day_bar_share(len(values), CHART_DAYS))
        self.axis_x.clear()
        self.axis_x.append([d.strftime("%d/%m") for d in days])
        needed = f["needed_per_day"]
        # across the whole width (the categories run from -0.5 to n - 0.5): a line even on the
        # campaign's first day, when there is one bar; no legend entry when nothing is needed
        self.needed_line.replace([QPointF(-0.5, needed), QPointF(len(days) - 0.5, needed)]
                                 if needed is not None else [])
        for marker in self.chart.legend().markers(self.needed_line):
            marker.setVisible(needed is not None)
        self.average_line.replace([QPointF(i, a) for i, a in enumerate(averages)])
        self.average_line.setPointsVisible(len(days) == 1)  # one day: a dot, not nothing
        top = max([*values, needed or 0, 1])
        self.axis_y.setRange(0, top * 1.1)
        self.axis_y.applyNiceNumbers()

    # -- the files --------------------------------------------------------------------------
    def _set_writable(self, enabled: bool) -> None:
        for button in self.file_buttons.values():
            button.setEnabled(enabled)

    def write(self, kind: str, ext: str) -> None:
        """The report or the missing list as PDF or XLSX, in the reports folder, by a worker
        task with progress that the Stop button ends; then offer to open it. The list's PDF
        (hundreds of pages) is drawn off the database thread, with a connection of its own:
        the screen keeps refreshing."""
        if self.figures is None:
            return
        if self.writing:
            say(self.message, self.tr("A file is being written: wait for it, or stop it."),
                "warn")
            return
        self.writing = True
        day, operator = self.figures["date"], self.ctx.session
        folder = self.ctx.prefs.reports_folder()
        stem = ("bao-cao-tien-do-" if kind == "report" else "chua-thu-nhan-") + day
        self.open_file.hide()
        self.open_folder.hide()
        self.bar.setRange(0, 0)  # moving, until the first step is known
        self.bar.show()
        self.stop_button.show()
        say(self.message, self.tr("Writing the file…"), "info")

        def path() -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            return unused_path(folder, stem, ext)

        if kind == "report":
            def work(db, report_progress):
                out = path()
                report_progress(0, 2)
                cache = ProgressCache()
                progress(db, day, cache=cache, operator=operator)  # the figures: most of the time
                report_progress(1, 2)
                write_report(db, out, day, cache=cache, operator=operator)
                report_progress(2, 2)
                return out
        else:
            def work(db, report_progress):  # the rows read from the database as drawn
                out = path()
                write_missing(db, out, day=day, progress=report_progress, operator=operator)
                return out

        self.job = self.ctx.worker.task(work, on_done=self._written,
                                        on_error=self._not_written,
                                        on_progress=self._progressed, owner=self)

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def stop_writing(self) -> None:
        if not self.writing:
            return
        self.job.cancel()
        say(self.message, self.tr("Stopping…"), "info")

    def _done_writing(self) -> None:
        self.writing = False
        self.bar.hide()
        self.stop_button.hide()

    def _written(self, path: Path) -> None:
        self._done_writing()
        self.written = path
        say(self.message, self.tr("Written: %1").replace("%1", str(path)), "ok")
        self.open_file.show()
        self.open_folder.show()

    def _not_written(self, exc: Exception) -> None:
        self._done_writing()
        if isinstance(exc, WritingStopped):
            text = self.tr("Stopped: no file was written.")
        elif isinstance(exc, (ReportError, OSError)):
            text = self.tr("The file could not be written in %1 (is the folder there, and may "
                           "it be written?).").replace("%1", str(self.ctx.prefs.reports_folder()))
        else:
            text = explain(exc)
        say(self.message, text, "error" if not isinstance(exc, WritingStopped) else "warn")

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
