"""The intake desk (a staff member's screen): choose the desk; call the next number and the
rest with function keys; the current ticket with its household and each member's status; search
as you type for walk-ins; record each resident's outcome with one key (1 collected, 2 missing
documents, 3 rejected, 4 referred); a warning before recording someone already collected; the
desk's count for today.

Every action runs on the database worker through ``services.floor`` (which checks the role).
While an action is on its way the desk ignores further presses, and recording the outcome a
resident already has on this ticket does nothing, so a double press never records twice.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.core.dates import show_date
from station_app.core.queueing import parse_time
from station_app.services import floor
from station_app.services.intake import OUTCOMES, AlreadyCollected
from station_app.ui.floor_models import RecordTableModel, point_font, queue_label, record_table, say
from station_app.ui.messages import explain, translated
from station_app.ui.models import card_status_label
from station_app.ui.numbers import number
from station_app.ui.roster_screen import SEARCH_DELAY_MS
from station_app.ui.ticket_screen import ticket_status_label
from station_app.ui.workers import Job

REFRESH_MS = 3000
DESKS = [str(n) for n in range(1, 9)]


def outcome_label(outcome: str | None) -> str:
    return {"collected": QCoreApplication.translate("outcomes", "Collected"),
            "missing_documents": QCoreApplication.translate("outcomes", "Missing documents"),
            "rejected": QCoreApplication.translate("outcomes", "Rejected"),
            "referred": QCoreApplication.translate("outcomes", "Referred elsewhere")}.get(outcome or "", outcome or "")


def _intake_text(person: dict, station: str) -> str:
    intake = person.get("intake")
    if not intake:
        return ""
    text = outcome_label(intake["outcome"])
    when = parse_time(intake["at"])
    if when.date() != dt.date.today():
        text += f" {when:%d/%m/%Y}"
    if intake["station"] != station:
        text += " · " + QCoreApplication.translate("desk", "at station %1").replace(
            "%1", intake["station"])
    return text


class PeopleTable(QTableView):
    """Residents with their intake; keys 1-4 record the selected resident's outcome."""

    def __init__(self, screen: DeskScreen):
        super().__init__()
        self.screen = screen
        record_table(None, view=self)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the list (to the note field)

    def setModel(self, model) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def keyPressEvent(self, event) -> None:
        key = event.text()
        if key in ("1", "2", "3", "4") and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.screen.record(OUTCOMES[int(key) - 1], self)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        self.screen.target = self
        super().focusInEvent(event)


class DuplicateDialog(QDialog):
    """The resident was already collected: same person? Record again only with a reason."""

    def __init__(self, message: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Already collected"))
        self.setMinimumWidth(520)
        text = QLabel(self.tr("%1.\n\nCheck it is the same person (date of birth, ID, household). "
                              "To record again anyway, give the reason.").replace("%1", message))
        text.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason for recording again"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record anyway"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Do not record"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _accept(self) -> None:
        if self.reason.text().strip():
            self.accept()
        else:
            self.error.setText(self.tr("A reason is needed to record this person again."))
            self.reason.setFocus()


class NoteField(QLineEdit):
    """The reason or note. While an outcome waits for its reason, Enter records it; every
    digit is text ("thôn 4, số nhà 12": pressing the outcome's key again used to end the
    reason there, and the rest of it went to the list as outcomes). Enter with no outcome
    waiting, or Esc, goes back to the list."""

    def __init__(self, screen: DeskScreen):
        super().__init__()
        self.screen = screen

    def keyPressEvent(self, event) -> None:
        pending = self.screen.pending
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if pending:
                self.screen.record_pending()
            else:
                self.screen.back_to_list()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.screen.back_to_list()
            return
        super().keyPressEvent(event)


class DeskScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ticket: dict | None = None
        self._finish_asked: str | None = None  # the ticket whose F9 was asked about
        self.target: PeopleTable | None = None
        self._busy = False
        self._search_job: Job | None = None
        self.duplicate: DuplicateDialog | None = None
        self._recorded: dict[tuple, dict] = {}  # (ticket, resident) -> the intake just recorded
        self.pending: tuple[str, PeopleTable | None] | None = None  # an outcome awaiting its reason
        self._advance = False  # after recording on the list, select the next person
        bar = self._build_desk_bar(ctx)
        head = self._build_ticket_head()
        self._build_people_tables(ctx)
        keys = self._build_outcome_keys()
        self._build_search_and_messages()
        self._lay_out(bar, head, keys)
        self._start_search_and_timer()
        self.load()

    def _build_desk_bar(self, ctx) -> QHBoxLayout:
        # desk and actions
        self.desk = QComboBox()
        self.desk.addItems(DESKS)
        self.desk.setEditable(True)
        self.desk.setCurrentText(ctx.prefs.desk)
        self.desk.setMinimumWidth(70)
        # chosen with the mouse (and Enter); never reached by Tab, so a key meant for the list
        # (1 collected) cannot rename the desk
        self.desk.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.desk.activated.connect(lambda _i: self._desk_changed(self.desk.currentText()))
        self.desk.lineEdit().editingFinished.connect(
            lambda: self._desk_changed(self.desk.currentText()))
        self.actions: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Desk")))
        bar.addWidget(self.desk)
        for action, label, key in (
                ("call_next", self.tr("Call next"), "F5"),
                ("recall", self.tr("Recall"), "F6"),
                ("no_show", self.tr("No-show"), "F7"),
                ("return", self.tr("Back to queue"), "F8"),
                ("finish", self.tr("Finish"), "F9")):
            button = QPushButton(f"{label} ({key})")
            button.setObjectName(f"desk_{action}")
            button.setMinimumHeight(38)
            button.clicked.connect(lambda _c=False, a=action: self.act(a))
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda a=action: self.act(a))
            self.actions[action] = button
            bar.addWidget(button)
        self._add_transfer_and_number(bar)
        return bar

    def _add_transfer_and_number(self, bar: QHBoxLayout) -> None:
        """Transfer the ticket to another desk; call a number, or bring a no-show back."""
        self.to_desk = QComboBox()
        self.to_desk.addItems(DESKS)
        self.to_desk.setEditable(True)
        self.to_desk.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.transfer_button = QPushButton(self.tr("Transfer to desk (Ctrl+T)"))
        self.transfer_button.setMinimumHeight(38)
        self.transfer_button.clicked.connect(self.transfer)
        transfer = QShortcut(QKeySequence("Ctrl+T"), self)
        transfer.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        transfer.activated.connect(self.transfer)
        bar.addWidget(self.transfer_button)
        bar.addWidget(self.to_desk)
        bar.addSpacing(16)
        self.number_field = QLineEdit()
        self.number_field.setPlaceholderText("A007")
        self.number_field.setMaximumWidth(80)
        self.number_field.setMinimumHeight(34)
        self.number_field.returnPressed.connect(lambda: self.act_on_number("call"))
        self.call_number = QPushButton(self.tr("Call this number"))
        self.call_number.setMinimumHeight(38)
        self.call_number.clicked.connect(lambda: self.act_on_number("call"))
        self.reactivate = QPushButton(self.tr("No-show came back"))
        self.reactivate.setMinimumHeight(38)
        self.reactivate.clicked.connect(lambda: self.act_on_number("reactivate"))
        bar.addWidget(self.number_field)
        bar.addWidget(self.call_number)
        bar.addWidget(self.reactivate)
        bar.addStretch(1)

    def _build_ticket_head(self) -> QFrame:
        # the current ticket
        self.number = QLabel("—")
        self.number.setObjectName("deskNumber")
        self.number.setFont(point_font(40, True))
        self.number.setMinimumWidth(170)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticket_info = QLabel(self.tr("No ticket at this desk. Press F5 to call the next "
                                          "number."))
        self.ticket_info.setWordWrap(True)
        self.ticket_info.setFont(point_font(12))
        head = QFrame()
        head.setFrameShape(QFrame.Shape.StyledPanel)
        hl = QHBoxLayout(head)
        hl.addWidget(self.number)
        hl.addWidget(self.ticket_info, 1)
        return head

    def _build_people_tables(self, ctx) -> None:
        """The household's members on the ticket, and the search's results."""
        columns = [
            ("full_name", self.tr("Full name"), None),
            ("date_of_birth", self.tr("Date of birth"),
             lambda r: show_date(r["date_of_birth"]) if r.get("date_of_birth") else ""),
            ("personal_id", self.tr("Personal ID"), lambda r: r.get("personal_id") or ""),
            ("card_status", self.tr("Card"), lambda r: card_status_label(r.get("card_status"))),
            ("intake", self.tr("Intake"), lambda r: _intake_text(r, ctx.db.station)),
        ]

        def colour(r: dict) -> str | None:
            if self._collected_before(r):
                return "#ffe0b2"  # orange
            return "#d7f0d8" if (r.get("intake") or {}).get("outcome") == "collected" else None

        self.members = RecordTableModel(columns, colour=colour, parent=self)
        self.members_view = PeopleTable(self)
        self.members_view.setObjectName("members")
        self.members_view.setModel(self.members)
        self.results = RecordTableModel(columns[:3] + [
            ("household_code", self.tr("Household"), None)] + columns[4:], colour=colour,
            parent=self)
        self.results_view = PeopleTable(self)
        self.results_view.setObjectName("searchResults")
        self.results_view.setModel(self.results)
        self.target = self.members_view

    def _build_outcome_keys(self) -> QHBoxLayout:
        """The note field and a button per outcome (1-4, Ctrl+1-4)."""
        self.note = NoteField(self)
        self.note.setPlaceholderText(self.tr("Reason or note for the outcome (needed for "
                                             "rejected and referred)"))
        self.outcome_buttons: dict[str, QPushButton] = {}
        keys = QHBoxLayout()
        for i, outcome in enumerate(OUTCOMES):
            button = QPushButton(f"{i + 1}  {outcome_label(outcome)}")
            button.setObjectName(f"outcome_{outcome}")
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _c=False, o=outcome: self.record(o))
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda o=outcome: self.record(o))
            self.outcome_buttons[outcome] = button
            keys.addWidget(button)
        return keys

    def _build_search_and_messages(self) -> None:
        self.message = QLabel()
        self.message.setObjectName("deskMessage")
        self.message.setWordWrap(True)
        self.message.setFont(point_font(11))
        self.today = QLabel()
        self.today.setObjectName("deskToday")
        self.today.setFont(point_font(11, True))

        self.search = QLineEdit()
        self.search.setObjectName("deskSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: name, ID, date of birth or household…"))
        self.search.setMinimumHeight(34)
        self.search_status = QLabel()

    def _lay_out(self, bar: QHBoxLayout, head: QFrame, keys: QHBoxLayout) -> None:
        left = QVBoxLayout()
        left.addWidget(head)
        left.addWidget(QLabel(self.tr("Household members on this ticket (keys 1–4 record the "
                                      "selected person)")))
        left.addWidget(self.members_view, 1)
        left.addWidget(self.note)
        left.addLayout(keys)
        left.addWidget(self.message)
        right = QVBoxLayout()
        right.addWidget(self.search)
        right.addWidget(self.search_status)
        right.addWidget(self.results_view, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.today)
        layout.addLayout(body, 1)

    def _start_search_and_timer(self) -> None:
        """Search as you type, the refresh timer, and Tab's order through the screen."""
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._focus_results)
        # Esc: back to the household's list (a digit meant for a member was typed as a search)
        to_members = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        to_members.setContext(Qt.ShortcutContext.WidgetShortcut)
        to_members.activated.connect(self._focus_members)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.setTabOrder(self.members_view, self.note)
        self.setTabOrder(self.note, self.search)
        self.setTabOrder(self.search, self.results_view)

    # -- state ------------------------------------------------------------------------------
    @property
    def desk_name(self) -> str:
        return self.desk.currentText().strip()

    def activate(self) -> None:
        """The screen comes to the front (its tab, a sign-in, an action done): the focus goes
        to the household list, where the keys 1-4 record; for a ticket linked to nobody yet (a
        walk-in), to the search box, where the person is found."""
        if self.ticket and self.members.rowCount() == 0:
            self.focus_search()
        else:
            self.members_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def back_to_list(self) -> None:
        self.pending = None
        view = self.target if self.target is not None else self.members_view
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def record_pending(self) -> None:
        if self.pending:
            outcome, view = self.pending
            self.record(outcome, view)

    def shutdown(self) -> None:
        self.timer.stop()
        self.ctx.worker.cancel(self)
        if self.duplicate is not None:
            self.duplicate.reject()
        self._search_timer.stop()

    def _desk_changed(self, text: str) -> None:
        if text.strip() and text.strip() != self.ctx.prefs.desk:
            self.ctx.prefs.desk = text.strip()
            self.load()
        if self.desk.hasFocus():
            self.activate()

    def _run(self, func, on_done, busy: bool = True, on_failed=None) -> None:
        """``func(db, operator)`` on the worker; an error goes to ``on_failed(exc)``, or is said
        on the screen."""
        if busy:
            self._busy = True
        operator = self.ctx.session

        def done(result) -> None:
            if busy:
                self._busy = False
            on_done(result)

        def failed(exc: Exception) -> None:
            if busy:
                self._busy = False
            if on_failed:
                on_failed(exc)
                return
            self._say(explain(exc), "error")
            if busy:
                self.load()

        self.ctx.worker.query(lambda db: func(db, operator), on_done=done, on_error=failed,
                              owner=self)

    def load(self) -> None:
        """The desk's current ticket (after a restart too) and its people."""
        desk = self.desk_name
        if not desk:
            return

        def fetch(db, op):
            ticket = floor.current_at_desk(db, desk, operator=op)
            people = floor.ticket_people(db, ticket["id"], operator=op) if ticket else []
            return ticket, people

        self._run(fetch, self._loaded, busy=False)
        self.refresh()

    def _loaded(self, result) -> None:
        ticket, people = result
        self.ticket = ticket
        if ticket:
            self.number.setText(ticket["number"])
            info = [queue_label(ticket["queue"], ticket.get("queue_name")),
                    self.tr("Status: %1").replace("%1", ticket_status_label(ticket["status"]))]
            if people:
                heads = [p for p in people if (p.get("relation") or "").lower() in
                         ("chủ hộ", "chu ho", "head")]
                info.append(self.tr("Household %1 · %2 member(s)")
                            .replace("%1", (heads[0]["full_name"] if heads
                                            else people[0].get("household_code") or ""))
                            .replace("%2", number(len(people))))
            else:
                info.append(self.tr("No household linked: search for the person on the right."))
            self.ticket_info.setText("\n".join(info))
        else:
            self.number.setText("—")
            self.ticket_info.setText(self.tr("No ticket at this desk. Press F5 to call the next "
                                             "number."))
        selected = self.members_view.currentIndex().row()
        if self._advance and 0 <= selected < len(people) - 1:
            selected += 1
        self._advance = False
        self.members.set_records(people)
        if people:
            row = selected if 0 <= selected < len(people) else self._first_open(people)
            self.members_view.selectRow(row)
        elif ticket and self.members_view.hasFocus():  # a walk-in called: find the person
            self.focus_search()

    @staticmethod
    def _first_open(people: list[dict]) -> int:
        return next((i for i, p in enumerate(people) if not p.get("intake")
                     and p.get("card_status") == "needs_card"), 0)

    def refresh(self) -> None:
        desk = self.desk_name
        if not desk or (not self.isVisible() and self.today.text()):
            return
        self._run(lambda db, op: (floor.desk_today(db, desk), floor.queue_counts(db)),
                  self._refreshed, busy=False)

    def _refreshed(self, result) -> None:
        today, status = result
        self.today.setText(self.tr("Today at desk %1: %2 collected · %3 ticket(s) finished · "
                                   "%4 waiting in the queues")
                           .replace("%1", self.desk_name)
                           .replace("%2", number(today["collected"]))
                           .replace("%3", number(today["finished"]))
                           .replace("%4", number(status["waiting"])))

    # -- desk actions -----------------------------------------------------------------------
    def act(self, action: str) -> None:
        if self._busy or not self.desk_name:
            return
        if action == "finish" and not self._may_finish():
            return
        desk = self.desk_name
        self._run(lambda db, op: floor.desk_action(db, desk, action, operator=op),
                  lambda ticket: self._acted(action, ticket))

    def _may_finish(self) -> bool:
        """F9 while members needing a card have no outcome on this ticket: said, and finished
        only at the second F9 (one stray key ended a household's visit half done)."""
        ticket = (self.ticket or {}).get("id")
        left = [r["full_name"] for r in self.members.records
                if r.get("card_status") == "needs_card"
                and (r.get("intake") or {}).get("ticket_id") != ticket
                and (r.get("intake") or {}).get("outcome") != "collected"]  # done before
        if not left or self._finish_asked == ticket:
            return True
        self._finish_asked = ticket
        self._say(self.tr("No outcome yet for %1: press F9 again to finish anyway.")
                  .replace("%1", ", ".join(left)), "warn")
        return False

    def act_on_number(self, action: str) -> None:
        """Call a given number to this desk, or put a no-show's ticket back in its queue."""
        number = self.number_field.text().strip()
        if self._busy or not number or not self.desk_name:
            return
        desk = self.desk_name
        self.number_field.clear()
        self._run(lambda db, op: floor.desk_action(db, desk, action, ticket=number, operator=op),
                  lambda ticket: self._acted(action, ticket))

    def transfer(self) -> None:
        if self._busy or not self.desk_name:
            return
        desk, to = self.desk_name, self.to_desk.currentText().strip()
        if not to or to == desk:
            # by keys: Ctrl+T, the desk's number, Ctrl+T again (the box is never reached by
            # Tab, where a stray digit would change it)
            self._say(self.tr("Type the number of the desk to send it to, then press Ctrl+T "
                              "again."), "info")
            self.to_desk.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.to_desk.lineEdit().selectAll()
            return
        self._run(lambda db, op: floor.desk_action(db, desk, "transfer", to_desk=to, operator=op),
                  lambda ticket: self._acted("transfer", ticket, to))

    def _acted(self, action: str, ticket: dict | None, to: str = "") -> None:
        if action == "call_next" and ticket is None:
            self._say(self.tr("Nobody is waiting."), "info")
        elif ticket is not None:
            said = {
                "call_next": self.tr("Called %1."), "recall": self.tr("Called %1 again."),
                "no_show": self.tr("%1 did not come: marked no-show."),
                "return": self.tr("%1 went back to the queue."),
                "transfer": self.tr("%1 was sent to desk %2.").replace("%2", to),
                "finish": self.tr("%1 finished."),
                "call": self.tr("Called %1."),
                "reactivate": self.tr("%1 is back in the queue."),
            }[action]
            self._say(said.replace("%1", ticket["number"]), "ok")
        self.note.clear()
        self.pending = None
        if action in ("finish", "no_show", "return", "transfer"):  # the next person is new
            self.search.clear()
            self._search()
        self.load()
        self.activate()

    # -- intake -----------------------------------------------------------------------------
    def _selected(self, view: PeopleTable | None) -> dict | None:
        view = view or self.target or self.members_view
        model = view.model()
        person = model.record(view.currentIndex().row())
        if person is None and view is not self.members_view:
            return None
        return person

    def record(self, outcome: str, view: PeopleTable | None = None,
               force_reason: str | None = None) -> None:
        if self._busy:
            return
        if view is None and (self.search.hasFocus() or self.results_view.hasFocus()):
            view = self.results_view  # Ctrl+1-4 from the search box: the highlighted result
        person = self._selected(view)
        if person is None:
            self._say(self.tr("Select a person first (the household list or a search "
                              "result)."), "info")
            return
        ticket_id = (self.ticket or {}).get("id")
        intake = person.get("intake")
        note = self.note.text().strip() or None
        needs_reason = outcome in ("rejected", "referred")
        if needs_reason and not note:
            self._say(self.tr("A reason is required: type it in the note field, then press "
                              "Enter."), "info")
            self.pending = (outcome, view)
            self.note.setFocus()
            return
        self.pending = None
        just = self._recorded.get((ticket_id, person["id"]))
        if just is not None:  # recorded a moment ago; the list is not reloaded yet
            intake = just
        mine = intake and ticket_id and intake.get("ticket_id") == ticket_id
        if mine and intake["outcome"] == outcome:
            self._say(self.tr("%1 is already recorded: %2.").replace("%1", person["full_name"])
                      .replace("%2", outcome_label(outcome)), "info")
            return
        desk = self.desk_name
        name = person["full_name"]
        if mine:  # a wrong key on this ticket: corrected, the history keeps both
            why = note or self.tr("changed at the desk from %1 to %2").replace(
                "%1", outcome_label(intake["outcome"])).replace("%2", outcome_label(outcome))

            def func(db, op):
                return floor.correct_outcome(db, intake["id"], why, outcome=outcome,
                                             reason=note if needs_reason else None,
                                             force=force_reason is not None, operator=op)
        else:
            def func(db, op):
                return floor.record_outcome(db, person["id"], outcome, ticket_id, desk,
                                            reason=force_reason or (note if needs_reason else None),
                                            note=None if needs_reason else note,
                                            force=force_reason is not None, operator=op)

        def done(result) -> None:
            self._recorded[(ticket_id, person["id"])] = result
            self._say(self.tr("%1: %2 recorded.").replace("%1", name)
                      .replace("%2", outcome_label(outcome)), "ok")
            self.note.clear()
            on_list = (view or self.target) is self.members_view
            self._advance = on_list
            self._after_record(view)
            if self.note.hasFocus():
                self.back_to_list()

        def failed(exc: Exception) -> None:
            if isinstance(exc, AlreadyCollected):
                self._ask_duplicate(exc, outcome, view)
            else:
                self._say(explain(exc), "error")

        self._run(func, done, on_failed=failed)

    def _collected_before(self, person: dict) -> bool:
        """Collected, and not on the ticket at the desk (green, that one)."""
        intake = person.get("intake") or {}
        ticket = (self.ticket or {}).get("id")
        return intake.get("outcome") == "collected" and (
            ticket is None or intake.get("ticket_id") != ticket)

    def _after_record(self, view: PeopleTable | None) -> None:
        self.load()
        if view is self.results_view or self.target is self.results_view:
            # searched again: the person highlighted stays highlighted, so that the next Down
            # goes on from there, not from the top
            shown = self.results.record(self.results_view.currentIndex().row())
            self._search(keep=shown["id"] if shown else None)  # load() refreshes the counts

    def _ask_duplicate(self, exc: AlreadyCollected, outcome: str, view) -> None:
        dialog = DuplicateDialog(translated(exc.args[0].values["fact"]), self)
        self.duplicate = dialog

        def finished(code: int) -> None:
            self.duplicate = None
            if code == QDialog.DialogCode.Accepted:
                self.record(outcome, view, force_reason=dialog.reason.text().strip())
            else:
                self._say(self.tr("Not recorded."), "info")
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    # -- search -----------------------------------------------------------------------------
    def _search(self, keep: str | None = None) -> None:
        text = self.search.text().strip()
        if self._search_job:
            self._search_job.cancel()
        if not text:
            self.results.set_records([])
            self.search_status.clear()
            return
        self.search_status.setText(self.tr("Searching…"))
        operator = self.ctx.session
        self._search_job = self.ctx.worker.query(
            lambda db: floor.search_people(db, text, operator=operator),
            on_done=lambda rows: self._found(rows, keep), on_error=self._not_found, owner=self)

    def _not_found(self, exc: Exception) -> None:
        self.search_status.setText(explain(exc))
        self.results.set_records([])

    def _found(self, rows, keep: str | None = None) -> None:
        self.results.set_records(rows)
        earlier = sum(1 for r in rows if self._collected_before(r))
        text = self.tr("%1 found").replace("%1", number(len(rows))) if rows else \
            self.tr("No resident matches")
        if earlier:
            text += " · " + self.tr("%1 already collected (orange)").replace("%1", number(earlier))
        self.search_status.setText(text)
        if rows:
            ids = [r["id"] for r in rows]
            self.results_view.selectRow(ids.index(keep) if keep in ids else 0)

    def _focus_members(self) -> None:
        self.target = self.members_view
        self.members_view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_results(self) -> None:
        if self.results.rowCount():
            self.results_view.setFocus()
            self.target = self.results_view

    def _say(self, text: str, kind: str) -> None:
        say(self.message, text, kind)
