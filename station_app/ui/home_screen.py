"""Home (the lead's and HQ's first screen, issue 23): today's sessions with what the ticket
table and the desks did, and what needs doing, each a button that opens the screen it names
with the thing it names selected. Figures: services/home.py."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station_app.core.dates import show_date, show_moment
from station_app.services.home import home
from station_app.services.progress import ProgressCache
from station_app.sync.status import ConflictCache
from station_app.ui.floor_models import RecordTableModel, point_font, record_table, say
from station_app.ui.keys import menu_letters, with_alt_key
from station_app.ui.messages import explain
from station_app.ui.numbers import decimal, number

REFRESH_MS = 60_000


class HomeScreen(QWidget):
    def __init__(self, ctx, window=None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.window_ = window
        self.cache = ctx.caches.setdefault("progress", ProgressCache())  # the dashboard's too
        self.conflicts = ctx.caches.setdefault("conflicts", ConflictCache())
        self._filling = False  # the caches' first fill runs as a task: one, and only once
        self._filled_once = False
        self._again = False  # asked to refresh while filling
        self.title = QLabel()
        self.title.setFont(point_font(14, bold=True))
        self.sessions = RecordTableModel([
            ("opens", self.tr("Hours"), lambda r: f"{r['opens']}–{r['closes']}"),
            ("place", self.tr("Place"), None),
            ("booked", self.tr("Booked"), lambda r: number(r["booked"])),
            ("checked_in", self.tr("Checked in"), lambda r: number(r["checked_in"])),
            ("collected", self.tr("Collected"), lambda r: number(r["collected"])),
        ], parent=self)
        self.table = record_table(self.sessions, stretch=1)
        self.table.setWordWrap(True)  # a long place wraps rather than being cut at 1280 px
        self.table.setTabKeyNavigation(False)
        self.no_session = QLabel(self.tr("No session today."))
        self.no_session.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.todo_box = QGroupBox(self.tr("What needs doing"))
        self.todo = QVBoxLayout(self.todo_box)
        self.buttons: list[QPushButton] = []
        self.todo_items: list[dict] | None = None  # what the buttons show
        self.focus_first = False  # opened: the first to-do takes the focus once it is shown

        today = QGroupBox(self.tr("Today's sessions"))
        inner = QVBoxLayout(today)
        inner.addWidget(self.table, 1)
        inner.addWidget(self.no_session)
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(today, 1)
        left.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.todo_box, 1)
        # the day's counts move while the page is up (the ticket table, the desks)
        self.timer = QTimer(self, interval=REFRESH_MS, timeout=self._tick)
        self.timer.start()
        self.refresh()

    def shutdown(self) -> None:
        self.timer.stop()
        self.ctx.worker.cancel(self)

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def activate(self) -> None:
        self.focus_first = True  # the figures come from the worker: the buttons may come later
        self.refresh()
        self._focus()

    def _focus(self) -> None:
        (self.buttons[0] if self.buttons else self.table).setFocus()

    def refresh(self) -> None:
        operator, cache, conflicts = self.ctx.session, self.cache, self.conflicts
        if self._filling:
            self._again = True
        elif self._filled_once or (cache.filled and conflicts.filled):
            # a refresh reads what changed: a few ms
            self.ctx.worker.query(lambda db: home(db, cache=cache, conflicts_cache=conflicts,
                                                  operator=operator),
                                  on_done=self.show_figures, on_error=self._failed, owner=self)
        else:
            # the first reads every intake (a second on a province): a task, in a thread of
            # its own, so that the desks' and the ticket table's queries never wait behind it
            self._filling = True
            self.ctx.worker.task(lambda db, _progress: home(db, cache=cache,
                                                            conflicts_cache=conflicts,
                                                            operator=operator),
                                 on_done=self._filled, on_error=self._fill_failed, owner=self)

    def _filled(self, figures: dict) -> None:
        self.show_figures(figures)
        self._fill_ended()

    def _fill_failed(self, exc: Exception) -> None:
        self._failed(exc)
        self._fill_ended()

    def _fill_ended(self) -> None:
        self._filling, self._filled_once = False, True
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, exc: Exception) -> None:
        say(self.message, explain(exc), "error")

    def show_figures(self, figures: dict) -> None:
        self.title.setText(self.tr("Today, %1").replace("%1", show_date(figures["today"])))
        self.sessions.set_records(figures["sessions"])
        self.table.setVisible(bool(figures["sessions"]))
        self.no_session.setVisible(not figures["sessions"])
        focus = (self.focus_first and self.isVisible()) or any(b.hasFocus() for b in self.buttons)
        self.focus_first = False
        if figures["todo"] == self.todo_items:
            if focus:
                self._focus()
            return  # the same buttons: the focus stays where it is
        self.todo_items = figures["todo"]
        while self.todo.count():  # the buttons, the "nothing else" line, the stretch
            widget = self.todo.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        taken = menu_letters(self.window_.menuBar()) if self.window_ is not None else set()
        self.buttons = []
        for item in figures["todo"]:
            text, urgent = self.describe(item)
            button = QPushButton(with_alt_key(text, taken))
            button.setAutoDefault(True)  # Enter presses the focused to-do, as Space does
            button.setStyleSheet("text-align: left; padding: 6px 10px;"
                                 + (" color: #b00020; font-weight: bold;" if urgent else ""))
            button.clicked.connect(lambda _c=False, i=item: self.open_item(i))
            self.todo.addWidget(button)
            button.show()  # now, not when the event loop comes round: it may take the focus
            self.buttons.append(button)
        if all(item["kind"] == "backup" for item in figures["todo"]):
            self.todo.addWidget(QLabel(self.tr("Nothing else waits.")))
        self.todo.addStretch(1)
        if focus:
            self._focus()

    def open_item(self, item: dict) -> None:
        if self.window_ is not None:
            self.window_.open_screen(item["screen"], select=item["select"])

    def describe(self, item: dict) -> tuple[str, bool]:
        """The button's words for a to-do item, and whether it is urgent (red)."""
        kind = item["kind"]
        if kind == "letters_unprinted":
            # two lines: one would take the width the day's sessions need
            return (self.tr("Print the letters: %1 not printed").replace(
                "%1", number(item["count"])) + "\n" + self.tr(
                "sessions up to %1 · first: %2 %3, %4").replace("%1", show_date(item["until"]))
                .replace("%2", show_date(item["day"])).replace("%3", item["opens"])
                .replace("%4", item["place"]), True)
        if kind == "letters_undelivered":
            # the sessions of the next days only: the Delivery screen counts every coming one
            return (self.tr("Hand out the letters: %1 printed, not delivered").replace(
                "%1", number(item["count"])) + "\n" + self.tr(
                "sessions up to %1 · first: %2, session of %3").replace(
                "%1", show_date(item["until"])).replace("%2", item["village"])
                .replace("%3", show_date(item["day"])), True)
        if kind == "not_at_hq":
            return (self.tr("Send a bundle to HQ: %1 changes not at HQ for %2 days")
                    .replace("%1", number(item["count"])).replace("%2", str(item["days"])), True)
        if kind == "backup":
            if item["taken_at"] is None:
                return (self.tr("No backup yet (folder %1)").replace("%1", item["folder"]),
                        True)
            return (self.tr("Last backup %1, in %2").replace("%1", show_moment(item["taken_at"]))
                    .replace("%2", item["folder"]), item["late"])
        if kind == "deadline_at_risk":
            return (self.tr("Deadline at risk: ages %1 by %2, %3 people left, %4 needed a "
                            "day, %5 achieved").replace("%1", item["ages"])
                    .replace("%2", show_date(item["date"])).replace("%3", number(item["remaining"]))
                    .replace("%4", decimal(item["needed_per_day"]))
                    .replace("%5", decimal(item["achieved_per_day"])), True)
        if kind == "conflicts":
            return (self.tr("Conflicts between stations to decide: %1")
                    .replace("%1", number(item["count"])), True)
        if kind == "laptops_silent":
            return (self.tr("Joined laptops silent for %2 minutes (%1): %3")
                    .replace("%1", number(item["count"])).replace("%2", str(item["minutes"]))
                    .replace("%3", ", ".join(item["labels"])), True)
        if kind == "stations_silent":
            return (self.tr("Stations that sent nothing for %2 days or more (%1): %3")
                    .replace("%1", number(item["count"])).replace("%2", str(item["days"]))
                    .replace("%3", ", ".join(item["stations"])), True)
        if kind == "write_back":
            return (self.tr("Write a bundle back to the stations that lack changes HQ holds "
                            "(%1): %2").replace("%1", number(item["count"]))
                    .replace("%2", ", ".join(item["stations"])), False)
        if kind == "communes_behind":
            return (self.tr("Communes behind their deadlines (%1; most: %2, %3 people)")
                    .replace("%1", number(item["count"])).replace("%2", item["commune"])
                    .replace("%3", number(item["behind"])), True)
        raise ValueError(kind)
