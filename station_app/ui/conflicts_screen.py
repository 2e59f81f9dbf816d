"""Conflicts (lead, hq): residents collected at two stations, found when bundles meet. The list
on the left; the chosen resident's intakes side by side, one column per station; the lead or HQ
picks the one that stands and says why. The others are set aside (kept, never deleted); the
decision is audited and travels in the next bundle. Below, the decisions taken."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from station_app.core.dates import show_date, show_moment
from station_app.services.conflicts import decided_conflicts, list_conflicts, resolve_conflict
from station_app.ui.floor_models import RecordTableModel, Wanted, record_table, say
from station_app.ui.messages import explain


class ConflictsScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.conflicts = RecordTableModel([
            ("name", self.tr("Resident"), lambda c: c["resident"].get("full_name", "")),
            ("dob", self.tr("Born"), lambda c: show_date(c["resident"].get("dob") or "")),
            ("household", self.tr("Household"), lambda c: c["resident"].get("household") or ""),
            ("stations", self.tr("Collected at"),
             lambda c: ", ".join(i["station"] for i in c["intakes"])),
        ], parent=self)
        self.list = record_table(self.conflicts)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.count = QLabel()

        self.sides = QHBoxLayout()
        self.choice = QButtonGroup(self)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("why this intake stands (required)"))
        self.reason.returnPressed.connect(self.decide)
        self.keep = QPushButton(self.tr("Record the decision"))
        self.keep.clicked.connect(self.decide)
        self.message = QLabel()
        self.message.setWordWrap(True)
        detail = QGroupBox(self.tr("The intakes side by side: choose the one that stands"))
        inner = QVBoxLayout(detail)
        inner.addLayout(self.sides, 1)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        inner.addLayout(form)
        inner.addWidget(self.keep)
        inner.addWidget(self.message)

        self.decided = RecordTableModel([
            ("at", self.tr("When"), lambda r: show_moment(r["at"])),
            ("full_name", self.tr("Resident"), None),
            ("kept_station", self.tr("Stands"), None),
            ("set_aside", self.tr("Set aside"), lambda r: str(len(r["set_aside"]))),
            ("station", self.tr("Decided at"), None),
            ("operator", self.tr("By"), None),
            ("reason", self.tr("Reason"), None),
        ], parent=self)
        log = QGroupBox(self.tr("Decisions taken"))
        QVBoxLayout(log).addWidget(record_table(self.decided))

        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.count)
        left.addWidget(self.list, 1)
        top.addLayout(left, 2)
        top.addWidget(detail, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(log, 2)
        self.current: dict | None = None
        self.wanted = Wanted(self.list, self.conflicts,
                             lambda r, resident: r["resident"]["id"] == resident)
        self.refresh()

    def shutdown(self) -> None:
        self.ctx.worker.cancel(self)

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        operator = self.ctx.session
        self.ctx.worker.query(
            lambda db: (list_conflicts(db, operator=operator),
                        decided_conflicts(db, operator=operator)),
            on_done=self._show, on_error=lambda e: say(self.message, explain(e), "error"),
            owner=self)

    def _show(self, result) -> None:
        conflicts, decided = result
        self.conflicts.set_records(conflicts)
        self.decided.set_records(decided)
        self.count.setText(self.tr("%n resident(s) collected at two stations", "",
                                   len(conflicts)))
        if conflicts:
            self.list.selectRow(0)
        self.wanted.apply()
        self.show_selected()

    def select(self, resident_id: str) -> None:
        """The conflict of ``resident_id`` selected (the home page's first conflict)."""
        if self.wanted.select(resident_id):
            self.show_selected()

    def show_selected(self) -> None:
        self.current = self.conflicts.record(self.list.currentIndex().row())
        while self.sides.count():
            item = self.sides.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for button in self.choice.buttons():
            self.choice.removeButton(button)
        enabled = self.current is not None
        self.keep.setEnabled(enabled)
        self.reason.setEnabled(enabled)
        if not enabled:
            self.sides.addWidget(QLabel(self.tr("No conflict to decide.")))
            return
        for intake in self.current["intakes"]:
            side = QGroupBox(f"{intake['station']} – {intake.get('station_name') or ''}")
            form = QFormLayout(side)
            form.addRow(self.tr("Collected on"), QLabel(show_moment(intake["at"])))
            form.addRow(self.tr("Desk"), QLabel(intake["desk"] or ""))
            form.addRow(self.tr("Operator"), QLabel(intake["operator"] or ""))
            note = QLabel(intake["note"] or "")
            note.setWordWrap(True)
            form.addRow(self.tr("Note"), note)
            if intake.get("set_aside"):
                form.addRow(QLabel(self.tr("Set aside by an earlier decision")))
            button = QRadioButton(self.tr("This intake stands"))
            button.setProperty("intake_id", intake["id"])
            self.choice.addButton(button)
            form.addRow(button)
            self.sides.addWidget(side)

    def choose(self, station: str) -> None:
        """Tick the intake of ``station`` (what a click on its button does)."""
        for button in self.choice.buttons():
            if button.parent().title().startswith(f"{station} "):
                button.click()

    def decide(self) -> None:
        if self.current is None:
            return
        chosen = self.choice.checkedButton()
        if chosen is None:
            say(self.message, self.tr("Choose the intake that stands."), "warn")
            return
        resident, intake_id = self.current["resident"]["id"], chosen.property("intake_id")
        reason, operator = self.reason.text(), self.ctx.session

        def done(_decision) -> None:
            self.reason.clear()
            say(self.message, self.tr("Recorded; the decision goes with the next bundle."), "ok")
            self.refresh()

        self.ctx.worker.query(lambda db: resolve_conflict(db, resident, intake_id, reason,
                                                          operator=operator),
                              on_done=done, on_error=lambda e: say(self.message, explain(e),
                                                                   "error"), owner=self)
