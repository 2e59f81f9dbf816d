"""Booking (a lead's screen): choose villages in the order to book them, run the automatic
scheduling off the GUI thread (progress, stop), then see the households booked (whole, never
over capacity, earliest deadline first) and those that could not be placed, with the reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station_app.services.sessions import BookingCancelled, book_villages, village_summary
from station_app.ui.floor_models import RecordTableModel, record_table, roomy, say
from station_app.ui.messages import explain, translated
from station_app.ui.numbers import number
from station_app.ui.sessions_screen import day_text


class BookingScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.job = None
        self.villages = RecordTableModel([
            ("name", self.tr("Village"), None),
            ("households", self.tr("Households"), None),
            ("booked", self.tr("Booked"), None),
        ], parent=self)
        self.village_table = record_table(self.villages, stretch=0)
        self.village_table.activated.connect(lambda _i: self.add_selected())  # Enter
        self.add = QPushButton(self.tr("&Add to the order →"))
        self.add.clicked.connect(self.add_selected)
        self.order = QListWidget()
        roomy(self.order)
        QShortcut(QKeySequence.StandardKey.Delete, self.order, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.up = QPushButton(self.tr("&Up"))
        self.up.clicked.connect(lambda: self._shift(-1))
        self.down = QPushButton(self.tr("Do&wn"))
        self.down.clicked.connect(lambda: self._shift(1))
        self.remove = QPushButton(self.tr("&Remove"))
        self.remove.clicked.connect(self.remove_selected)
        self.book = QPushButton(self.tr("&Book these villages"))
        self.book.clicked.connect(self.start_booking)
        self.stop = QPushButton(self.tr("&Stop"))
        self.stop.clicked.connect(self.stop_booking)
        self.stop.hide()
        self.bar = QProgressBar()
        self.bar.hide()
        self.message = QLabel(self.tr("Choose the villages, in the order to book them, then "
                                      "book them into the coming sessions' free places."))
        self.message.setWordWrap(True)

        self.booked = RecordTableModel([
            ("code", self.tr("Household"), None),
            ("village", self.tr("Village"), None),
            ("people", self.tr("People"), None),
            ("day", self.tr("Day"), lambda r: day_text(r["day"])),
            ("slot", self.tr("Time"), None),
            ("place", self.tr("Place"), None),
        ], parent=self)
        self.unplaced = RecordTableModel([
            ("code", self.tr("Household"), None),
            ("people", self.tr("People"), None),
            ("reason", self.tr("Why not placed"), lambda r: translated(r["reason"])),
        ], parent=self)
        self.results = QTabWidget()
        self.results.addTab(record_table(self.booked, stretch=5), self.tr("Booked"))
        self.results.addTab(record_table(self.unplaced, stretch=2), self.tr("Not placed"))

        moves = QVBoxLayout()
        moves.addStretch(1)
        for button in (self.add, self.up, self.down, self.remove):
            moves.addWidget(button)
        moves.addStretch(1)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Villages")), 0, 0)
        grid.addWidget(QLabel(self.tr("Booking order")), 0, 2)
        grid.addWidget(self.village_table, 1, 0)
        grid.addLayout(moves, 1, 1)
        grid.addWidget(self.order, 1, 2)
        actions = QHBoxLayout()
        actions.addWidget(self.book)
        actions.addWidget(self.bar, 1)
        actions.addWidget(self.stop)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 2)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 3)
        self._update_buttons()
        self.refresh()

    def activate(self) -> None:
        if not self.busy():
            self.refresh()
        self.village_table.setFocus()

    def shutdown(self) -> None:
        self.ctx.worker.cancel(self)

    def busy(self) -> bool:
        """A booking or a writing under way (a job reported already is not)."""
        return self.job is not None and self.job.pending

    def refresh(self) -> None:
        who = self.ctx.session
        self.ctx.worker.query(lambda db: village_summary(db, operator=who), on_done=self._villages,
                              on_error=lambda e: say(self.message, explain(e), "error"),
                              owner=self)

    def _villages(self, rows: list[dict]) -> None:
        was = self.village_table.currentIndex().row()
        self.villages.set_records(rows)
        self.village_table.resizeColumnsToContents()
        if rows:  # a row is current, so Enter adds it at once: the one before, or the first
            # village not booked yet
            row = was if 0 <= was < len(rows) else next(
                (i for i, r in enumerate(rows) if not r["booked"]), 0)
            self.village_table.selectRow(row)

    # -- the order ----------------------------------------------------------------------------
    def chosen(self) -> list[str]:
        """The village ids in booking order."""
        return [self.order.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.order.count())]

    def add_village(self, record: dict) -> None:
        if record["id"] in self.chosen():
            return
        item = QListWidgetItem(record["name"])
        item.setData(Qt.ItemDataRole.UserRole, record["id"])
        self.order.addItem(item)
        self._update_buttons()

    def add_selected(self) -> None:
        for index in self.village_table.selectionModel().selectedRows():
            self.add_village(self.villages.record(index.row()))
        row = self.village_table.currentIndex().row()
        if row + 1 < self.villages.rowCount():  # ready for the next village: Enter again
            self.village_table.selectRow(row + 1)

    def remove_selected(self) -> None:
        row = self.order.currentRow()
        if row >= 0:
            self.order.takeItem(row)
        self._update_buttons()

    def _shift(self, step: int) -> None:
        row = self.order.currentRow()
        if 0 <= row + step < self.order.count() and row >= 0:
            item = self.order.takeItem(row)
            self.order.insertItem(row + step, item)
            self.order.setCurrentRow(row + step)

    def _update_buttons(self) -> None:
        busy = self.busy()
        self.book.setEnabled(self.order.count() > 0 and not busy)
        for button in (self.add, self.up, self.down, self.remove):
            button.setEnabled(not busy)

    # -- booking ------------------------------------------------------------------------------
    def start_booking(self) -> None:
        villages, who = self.chosen(), self.ctx.session
        if not villages or self.busy():
            return
        self.bar.setRange(0, 3)
        self.bar.setValue(0)
        self.bar.show()
        self.stop.show()
        say(self.message, self.tr("Booking…"), "info")
        self.job = self.ctx.worker.task(
            lambda db, progress: book_villages(db, villages, operator=who, progress=progress),
            on_done=self._booked, on_error=self._failed,
            on_progress=lambda done, total: self.bar.setValue(done), owner=self)
        self._update_buttons()

    def stop_booking(self) -> None:
        if self.busy():
            self.job.cancel()
            say(self.message, self.tr("Stopping…"), "warn")

    def _finished(self) -> None:
        self.job = None
        self.bar.hide()
        self.stop.hide()
        self._update_buttons()
        self.refresh()

    def _booked(self, result) -> None:
        self._finished()
        self.booked.set_records(result.booked)
        self.unplaced.set_records(result.unplaced)
        text = (self.tr("%1 household(s) (%2 people) booked into %3 session(s); %4 not placed; "
                        "%5 already booked; %6 with nobody to book.")
                .replace("%1", number(result.households)).replace("%2", number(result.people))
                .replace("%3", number(len(result.sessions)))
                .replace("%4", number(len(result.unplaced)))
                .replace("%5", number(result.already_booked))
                .replace("%6", number(result.nobody_to_book)))
        say(self.message, text, "warn" if result.unplaced else "ok")
        self.results.setCurrentIndex(1 if result.unplaced and not result.booked else 0)

    def _failed(self, exc: Exception) -> None:
        self._finished()
        say(self.message, explain(exc), "warn" if isinstance(exc, BookingCancelled) else "error")
