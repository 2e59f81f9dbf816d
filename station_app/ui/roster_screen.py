"""The roster: the whole commune in a table, and a search box that finds residents as the user
types (the count, the pages of the table and the search run on the database worker, never on
the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_app.services.operators import Operator
from station_app.services.search import search_residents
from station_app.storage.queries import count_residents
from station_app.ui.messages import explain
from station_app.ui.models import ResidentTableModel
from station_app.ui.numbers import number
from station_app.ui.roster_edit import HouseholdDialog, ResidentDialog
from station_app.ui.workers import Job, Worker

SEARCH_DELAY_MS = 150


class RosterScreen(QWidget):
    import_requested = Signal()

    def __init__(self, worker: Worker, operator: Operator | None, parent=None):
        super().__init__(parent)
        self.worker = worker
        self.operator = operator  # the signed-in operator: the search service checks the role
        self._job: Job | None = None

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Search by name, personal ID, date of birth or household code…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumHeight(34)
        self.import_button = QPushButton(self.tr("Import roster…"))
        self.import_button.clicked.connect(self.import_requested)
        # the lead's edits (services/roster_edits.py refuses them to other roles too)
        self.can_edit = operator is not None and operator.may("roster.edit")
        self.edit_button = QPushButton(self.tr("&Edit resident…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.add_resident_button = QPushButton(self.tr("Add &resident…"))
        self.add_resident_button.clicked.connect(self.add_resident)
        self.add_household_button = QPushButton(self.tr("Add house&hold…"))
        self.add_household_button.clicked.connect(lambda: self._open(HouseholdDialog(
            self.worker, self.operator, self)))
        for button in (self.edit_button, self.add_resident_button, self.add_household_button):
            button.setVisible(self.can_edit)
        self.status = QLabel()
        self.status.setObjectName("rosterStatus")

        self.model = ResidentTableModel(worker, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.activated.connect(lambda _index: self.edit_selected())  # Enter, double-click
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((210, 100, 70, 120, 110, 130, 90)):
            self.table.setColumnWidth(column, width)

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.add_resident_button)
        top.addWidget(self.add_household_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.search_box.textChanged.connect(lambda _text: self._timer.start())
        self.show_roster()

    def show_roster(self) -> None:
        self._send(count_residents, self._show_roster)

    def _show_roster(self, count: int) -> None:
        self.model.show_roster(count)
        self.status.setText(self.tr("%1 resident(s) on the roster").replace("%1", number(count)))

    def _send(self, func, on_done) -> None:
        """``func(db)`` on the worker; a newer one replaces a job still on its way."""
        if self._job is not None:
            self._job.cancel()
        self._job = self.worker.query(func, on_done=on_done, owner=self,
                                      on_error=lambda exc: self.status.setText(explain(exc)))

    def _search(self) -> None:
        text = self.search_box.text().strip()
        if not text:
            self.show_roster()
            return
        self.status.setText(self.tr("Searching…"))
        operator = self.operator
        self._send(lambda db: search_residents(db, text, limit=200, operator=operator),
                   self._show_results)

    def _show_results(self, rows: list[dict]) -> None:
        self.model.show_rows(rows)
        if rows:
            self.status.setText(self.tr("%1 resident(s) found, best first")
                                .replace("%1", number(len(rows))))
        else:
            self.status.setText(self.tr("No resident matches"))
        if rows:
            self.table.selectRow(0)

    def selected_row(self) -> dict:
        index = self.table.currentIndex()
        return (self.model.row(index.row()) if index.isValid() else None) or {}

    def selected_resident(self) -> str | None:
        return self.selected_row().get("id")

    def edit_selected(self) -> ResidentDialog | None:
        """The selected resident opened to correct (for a role that may edit)."""
        resident = self.selected_resident()
        if not self.can_edit or resident is None:
            return None
        return self._open(ResidentDialog(self.worker, self.operator, resident, self))

    def add_resident(self) -> ResidentDialog:
        """A new resident, in the selected resident's household unless changed."""
        dialog = ResidentDialog(self.worker, self.operator, None, self)
        dialog.household.setText(self.selected_row().get("household_code") or "")
        return self._open(dialog)

    def _open(self, dialog):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
        return dialog

    def refresh(self, *_saved) -> None:
        """The roster or the search results again, with the change just saved."""
        if self.search_box.text().strip():
            self._search()
        else:
            self.show_roster()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()
