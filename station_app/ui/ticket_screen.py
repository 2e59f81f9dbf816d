"""The ticket table (a volunteer's screen): one large button per queue (F1, F2, …), and a scan
field that always has the focus, so a USB scanner that types a letter's code and Enter checks the
household in and issues its ticket without anyone touching the mouse.

The queues, the counts and today's tickets come from the database worker; the ticket is committed
first (on the database worker), then printed as a task of its own (ui/workers.py); a printer that fails never loses the ticket: the screen says so and offers a reprint. A double
click, a held key or a scanner that sends the same code twice never issues two tickets.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.core.dates import show_date
from station_app.core.queueing import parse_time
from station_app.services import floor
from station_app.services.queue import station_queues
from station_app.ui.floor_models import (
    RecordTableModel,
    point_font,
    queue_label,
    record_table,
    say,
    what_to_bring,
)
from station_app.ui.messages import explain
from station_app.ui.ticket_printing import PrintSetup, print_committed

REFRESH_MS = 3000
REPEAT_GUARD_S = 1.0  # the same queue's button again within this time: a double click
SCAN_REPEAT_S = 8.0  # the same code scanned again within this time: the scanner sent it twice


def ticket_status_label(status: str) -> str:
    from PySide6.QtCore import QCoreApplication
    return {"waiting": QCoreApplication.translate("status", "Waiting"), "called": QCoreApplication.translate("status", "Called"),
            "serving": QCoreApplication.translate("status", "At the desk"), "no_show": QCoreApplication.translate("status", "No-show"),
            "done": QCoreApplication.translate("status", "Done")}.get(status, status)


class TicketScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.queues: list = []  # the station's queues, with their buttons once read
        self._busy = False
        self._last_press: tuple[str, float] = ("", 0.0)
        self._last_scan: tuple[str, float] = ("", 0.0)
        self.current: dict | None = None  # the ticket shown on the right
        self.print_state: dict[str, str] = {}  # ticket id -> 'printing' | 'printed' | 'failed'
        self._build_scan_field()
        self._build_queue_buttons()
        panel = self._build_ticket_card()
        self._build_todays_tickets()
        self._lay_out(panel)
        self._start_keys_and_timer()
        self.refresh()

    def _build_scan_field(self) -> None:
        # scan field
        self.scan = QLineEdit()
        self.scan.setObjectName("scanField")
        self.scan.setPlaceholderText(self.tr(
            "Scan the QR code of an invitation letter, or type its household code, a personal "
            "ID or a ticket number, and press Enter"))
        self.scan.setFont(point_font(14))
        self.scan.setMinimumHeight(44)
        self.scan.returnPressed.connect(self._scanned)
        self.message = QLabel()
        self.message.setObjectName("ticketMessage")
        self.message.setWordWrap(True)
        self.message.setFont(point_font(12))
        self.message.setMinimumHeight(28)

    def _build_queue_buttons(self) -> None:
        # one large button per queue, once the queues are read
        self.buttons: dict[str, QPushButton] = {}
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        self.waiting = QLabel()
        self.waiting.setFont(point_font(12))
        self.waiting.setWordWrap(True)

    def _build_ticket_card(self) -> QFrame:
        # the last ticket, or the card of what to bring
        self.number = QLabel("—")
        self.number.setObjectName("ticketNumber")
        self.number.setFont(point_font(54, True))
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel()
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setFont(point_font(12))
        self.printing = QLabel()
        self.printing.setObjectName("printStatus")
        self.printing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.printing.setWordWrap(True)
        self.printing.setFont(point_font(11))
        self.reprint_button = QPushButton(self.tr("Reprint (F9)"))
        self.reprint_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reprint_button.clicked.connect(self.reprint)
        self.reprint_button.setEnabled(False)
        self.bring_button = QPushButton(self.tr("What to bring (F10)"))
        self.bring_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.bring_button.clicked.connect(self.toggle_bring)
        for button in (self.reprint_button, self.bring_button):
            button.setMinimumHeight(40)
        ticket_view = QWidget()
        tv = QVBoxLayout(ticket_view)
        tv.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Last ticket"))
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tv.addWidget(caption)
        tv.addWidget(self.number)
        tv.addWidget(self.detail)
        tv.addWidget(self.printing)
        tv.addStretch(1)
        bring_view = QWidget()
        bv = QVBoxLayout(bring_view)
        bv.setContentsMargins(4, 0, 4, 0)
        title = QLabel(self.tr("Please bring"))
        title.setFont(point_font(18, True))
        bv.addWidget(title)
        self.bring_text = QLabel("\n".join(f"•  {item}" for item in what_to_bring()))
        self.bring_text.setObjectName("bringCard")
        self.bring_text.setWordWrap(True)
        self.bring_text.setFont(point_font(14))
        bv.addWidget(self.bring_text)
        bv.addStretch(1)
        self.card = QStackedWidget()
        self.card.addWidget(ticket_view)
        self.card.addWidget(bring_view)
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        pv = QVBoxLayout(panel)
        pv.addWidget(self.card, 1)
        row = QHBoxLayout()
        row.addWidget(self.reprint_button)
        row.addWidget(self.bring_button)
        pv.addLayout(row)
        return panel

    def _build_todays_tickets(self) -> None:
        # today's tickets
        self.model = RecordTableModel([
            ("number", self.tr("Number"), None),
            ("issued_at", self.tr("Time"), lambda r: r["issued_at"][11:16]),
            ("head_name", self.tr("Household head"), lambda r: r.get("head_name") or ""),
            ("status", self.tr("Status"), lambda r: ticket_status_label(r["status"])),
            ("printed", self.tr("Print"), self._paper_label),
        ], colour=lambda r: "#ffd6d6" if self.print_state.get(r["id"]) == "failed" else None,
            parent=self)
        self.table = record_table(self.model, stretch=2)
        self.table.setObjectName("lastTickets")
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.clicked.connect(lambda index: self._show(self.model.record(index.row())))

    def _lay_out(self, panel: QFrame) -> None:
        left = QVBoxLayout()
        left.addLayout(self.grid, 1)
        left.addWidget(self.waiting)
        right = QVBoxLayout()
        right.addWidget(panel, 3)
        last = QLabel(self.tr("Today's tickets"))
        right.addWidget(last)
        right.addWidget(self.table, 2)
        body = QHBoxLayout()
        body.addLayout(left, 5)
        body.addLayout(right, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

    def _start_keys_and_timer(self) -> None:
        for key, slot in (("F9", self.reprint), ("F10", self.toggle_bring),
                          ("Escape", self.show_ticket_card)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    # -- focus: the scan field always has it ------------------------------------------------
    def activate(self) -> None:
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self.activate)

    def shutdown(self) -> None:
        self.timer.stop()
        self.ctx.worker.cancel(self)

    # -- issuing ----------------------------------------------------------------------------
    def issue(self, queue_code: str) -> None:
        now = time.monotonic()
        last_code, last_at = self._last_press
        if self._busy or (last_code == queue_code and now - last_at < REPEAT_GUARD_S):
            return  # a double click or a held key: one ticket
        self._last_press = (queue_code, now)
        self._start(lambda db, op: floor.issue(db, queue_code, operator=op), self._issued)

    def _scanned(self) -> None:
        text = self.scan.text().strip()
        self.scan.clear()
        if not text:
            return
        now = time.monotonic()
        last_text, last_at = self._last_scan
        if text == last_text and now - last_at < SCAN_REPEAT_S:
            self._say(self.tr("Already scanned: ticket %1.")
                      .replace("%1", self.current["number"] if self.current else "—"), "info")
            return
        if self._busy:
            return
        self._last_scan = (text, now)
        self._start(lambda db, op: floor.at_table(db, text, operator=op), self._scan_done)

    def _start(self, func, on_done) -> None:
        self._busy = True
        for button in self.buttons.values():
            button.setEnabled(False)
        operator = self.ctx.session

        def done(result) -> None:
            self._idle()
            on_done(result)

        def failed(exc: Exception) -> None:
            self._idle()
            self._last_scan = ("", 0.0)
            self._say(explain(exc), "error")

        self.ctx.worker.query(lambda db: func(db, operator), on_done=done, on_error=failed,
                              owner=self)

    def _idle(self) -> None:
        self._busy = False
        for button in self.buttons.values():
            button.setEnabled(True)
        self.activate()

    def _issued(self, ticket: dict) -> None:
        self._say(self.tr("Ticket %1 issued.").replace("%1", ticket["number"]), "ok")
        self._show(ticket)
        self.print(ticket)
        self.refresh()

    def _scan_done(self, result: dict) -> None:
        ticket = result["ticket"]
        household = result.get("household") or {}
        other = result.get("other_day")
        if result["kind"] == "letter" and result["new"] and other:
            when = self.tr("%1 at %2").replace("%1", show_date(other["day"])).replace(
                "%2", other["slot"] or "—")
            walk_in = ticket.get("kind") == "walk_in"
            if other["early"]:
                said = (self.tr("This letter is for a later day: %1 (%2). Ticket %3 is served "
                                "today with the walk-ins.") if walk_in else
                        self.tr("This letter is for a later day: %1 (%2). Ticket %3 is served "
                                "today as an appointment."))
            else:
                said = (self.tr("This letter was for an earlier day: %1 (%2). Ticket %3 is "
                                "served today with the walk-ins.") if walk_in else
                        self.tr("This letter was for an earlier day: %1 (%2). Ticket %3 is "
                                "served today as an appointment."))
            self._say(said.replace("%1", when).replace("%2", other["place"] or "")
                      .replace("%3", ticket["number"]) + self._served_today(result), "warn")
            ticket["head_name"] = household.get("head_name")
            self._show(ticket)
            self.print(ticket)
        elif result["kind"] == "letter" and result["new"]:
            self._say(self.tr("Household of %1 checked in: ticket %2.")
                      .replace("%1", household.get("head_name") or household.get("code") or "?")
                      .replace("%2", ticket["number"]) + self._served_today(result),
                      "warn" if result.get("served_today") else "ok")
            ticket["head_name"] = household.get("head_name")
            self._show(ticket)
            self.print(ticket)
        elif result["kind"] == "letter":
            self._say(self.tr("This household already has ticket %1 (%2). Press F9 to reprint it.")
                      .replace("%1", ticket["number"])
                      .replace("%2", ticket_status_label(ticket["status"])), "info")
            ticket["head_name"] = household.get("head_name")
            self._show(ticket)
        else:
            self._found(ticket)
        self.refresh()

    def _served_today(self, result: dict) -> str:
        served = result.get("served_today")
        return " " + self.tr("It was served earlier today (ticket %1).").replace(
            "%1", served) if served else ""

    def _found(self, ticket: dict) -> None:
        self._say(self.tr("Ticket %1: %2.").replace("%1", ticket["number"])
                  .replace("%2", ticket_status_label(ticket["status"])), "info")
        self._show(ticket)

    # -- the right-hand card ----------------------------------------------------------------
    def _show(self, ticket: dict | None) -> None:
        if not ticket:
            return
        self.current = ticket
        self.card.setCurrentIndex(0)
        self.number.setText(ticket["number"])
        lines = [queue_label(ticket.get("queue", ""), ticket.get("queue_name"))]
        if ticket.get("head_name"):
            lines.append(self.tr("Household: %1").replace("%1", ticket["head_name"]))
        issued = parse_time(ticket["issued_at"])
        lines.append(self.tr("Issued %1 at %2").replace("%1", show_date(issued.date().isoformat()))
                     .replace("%2", issued.strftime("%H:%M")))
        if ticket.get("status") == "waiting" and "people_ahead" in ticket:
            lines.append(self.tr("People ahead: %1").replace("%1", str(ticket["people_ahead"])))
        self.detail.setText("\n".join(lines))
        self.reprint_button.setEnabled(True)
        self._print_label()

    def toggle_bring(self) -> None:
        self.card.setCurrentIndex(1 - self.card.currentIndex())
        self.activate()

    def show_ticket_card(self) -> None:
        self.card.setCurrentIndex(0)
        self.activate()

    # -- printing ---------------------------------------------------------------------------
    def print(self, ticket: dict, reprint: bool = False) -> None:
        setup, operator = PrintSetup.from_settings(self.ctx.prefs), self.ctx.session
        self.print_state[ticket["id"]] = "printing"
        self._print_label()
        self.ctx.worker.task(
            lambda db, _progress: print_committed(db, ticket, setup, operator, reprint),
            on_done=lambda _where: self._printed(ticket, setup.mode == "pdf", reprint),
            on_error=lambda exc: self._print_failed(ticket, explain(exc)), owner=self)

    def reprint(self) -> None:
        if self.current and self.print_state.get(self.current["id"]) != "printing":
            self.print(self.current, reprint=True)
        self.activate()

    def _printed(self, ticket: dict, pdf: bool, reprint: bool = False) -> None:
        self.print_state[ticket["id"]] = "pdf" if pdf else "printed"
        self._print_label()
        if reprint:  # the line still said the ticket was issued: F9 seemed to do nothing
            self._say(self.tr("Ticket %1 printed again.").replace("%1", ticket["number"]),
                      "ok")
        self.model.layoutChanged.emit()

    def _print_failed(self, ticket: dict, message: str) -> None:
        self.print_state[ticket["id"]] = "failed"
        self._print_label()
        self._say(self.tr("Ticket %1 is issued and kept, but the printer failed: %2. "
                          "Press F9 to reprint when the printer is ready.")
                  .replace("%1", ticket["number"]).replace("%2", message), "error")
        self.model.layoutChanged.emit()

    def _print_label(self) -> None:
        if not self.current:
            return
        state = self.print_state.get(self.current["id"])
        text = {
            "printing": self.tr("Printing…"),
            "pdf": self.tr("Saved as PDF (no printer set up)"),
            "printed": self.tr("Printed"),
            "failed": self.tr("Not printed: the printer failed. Press F9 to reprint."),
        }.get(state, "")
        self.printing.setText(text)
        self.printing.setStyleSheet("color: #b00020; font-weight: bold;" if state == "failed"
                                    else "")

    def _paper_label(self, record: dict) -> str:
        # a ticket printed before this sitting: by the printer set up now (it rarely changes)
        state = self.print_state.get(record["id"]) or (
            ("pdf" if self.ctx.prefs.printer_mode == "pdf" else "printed")
            if record.get("printed_at") else None)
        return {"printing": self.tr("printing"), "printed": self.tr("printed"),
                "pdf": self.tr("saved as PDF"), "failed": self.tr("FAILED")}.get(state, "")

    # -- waiting per queue, today's tickets -------------------------------------------------
    def refresh(self) -> None:
        if not self.isVisible() and self.model.rowCount():
            return
        self.ctx.worker.query(
            lambda db: (station_queues(db), floor.queue_status(db), floor.today_tickets(db)),
            on_done=self._refreshed, on_error=lambda exc: self._say(explain(exc), "error"),
            owner=self)

    def _refreshed(self, result) -> None:
        queues, status, tickets = result
        if not self.queues:
            self._add_buttons(queues)
        self._labels({q["code"]: q for q in status["queues"]})
        self.waiting.setText(self.tr("Waiting now: %1 · next to be called: %2")
                             .replace("%1", str(status["waiting"]))
                             .replace("%2", ", ".join(status["next"][:5]) or "—"))
        selected = self.table.currentIndex().row()
        self.model.set_records(tickets)
        if 0 <= selected < len(tickets):
            self.table.selectRow(selected)

    def _add_buttons(self, queues: list) -> None:
        """One large button per queue, F1, F2, … in order."""
        self.queues = queues
        for i, q in enumerate(queues):
            button = QPushButton()
            button.setObjectName(f"queue_{q.code}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setMinimumHeight(110)
            title, sub = QLabel(), QLabel()
            title.setFont(point_font(20, True))
            title.setWordWrap(True)
            sub.setFont(point_font(13))
            for label in (title, sub):
                label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            inside = QVBoxLayout(button)
            inside.setContentsMargins(18, 10, 18, 10)
            inside.addWidget(title)
            inside.addWidget(sub)
            button.labels = (title, sub)
            button.clicked.connect(lambda _checked=False, code=q.code: self.issue(code))
            button.setEnabled(not self._busy)
            self.buttons[q.code] = button
            self.grid.addWidget(button, i, 0)
            if i < 12:
                shortcut = QShortcut(QKeySequence(f"F{i + 1}"), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda code=q.code: self.issue(code))

    def _labels(self, counts: dict) -> None:
        for i, q in enumerate(self.queues):
            c = counts.get(q.code, {})
            key = f"F{i + 1}" if i < 12 else ""
            button = self.buttons[q.code]
            title, sub = button.labels
            title.setText(f"{key}   {q.prefix}  ·  {queue_label(q.code, q.name)}")
            sub.setText(self.tr("Waiting: %1   ·   last number: %2")
                        .replace("%1", str(c.get("waiting", 0)))
                        .replace("%2", c.get("last_number") or "—"))
            button.setAccessibleName(f"{title.text()}\n{sub.text()}")

    def _say(self, text: str, kind: str) -> None:
        say(self.message, text, kind)
