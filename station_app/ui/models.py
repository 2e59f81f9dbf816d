"""Item models. The roster model holds no rows up front: it asks the database worker for blocks
of rows as the view scrolls (a roster of 802,466 residents opens at once, stays small in memory,
and scrolling never waits for a query on the GUI thread)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from station_app.core.dates import show_date
from station_app.storage.queries import roster_block
from station_app.ui.workers import Job, Worker

BLOCK = 256  # rows read at a time
KEPT = 64  # blocks kept in memory
WANTED = 4  # blocks being read at most; older requests are dropped


def card_status_label(status: str | None) -> str:
    translate = QCoreApplication.translate
    return {
        "needs_card": translate("labels", "Needs card"),
        "has_card": translate("labels", "Has valid card"),
        "exempt": translate("labels", "Exempt"),
        "moved": translate("labels", "Moved away"),
        "deceased": translate("labels", "Deceased"),
    }.get(status or "", status or "")


def gender_label(gender: str | None) -> str:
    translate = QCoreApplication.translate
    return {"M": translate("labels", "Male"),
            "F": translate("labels", "Female")}.get(gender or "", "")


class ResidentTableModel(QAbstractTableModel):
    """Residents: search results already at hand (``show_rows``), or the whole roster
    (``show_roster``), read a block at a time on the database worker as the view asks for
    rows. A row not read yet shows empty and is filled when its block arrives; only the blocks
    asked for most recently stay wanted, so fast scrolling never queues a backlog."""

    COLUMNS = ("full_name", "date_of_birth", "gender", "personal_id", "household_code",
               "village", "relation", "card_status")

    def __init__(self, worker: Worker | None = None, parent=None):
        super().__init__(parent)
        self._worker = worker
        self._count = 0
        self._blocks: OrderedDict[int, list[dict]] = OrderedDict()  # most recently used last
        self._wanted: OrderedDict[int, Job] = OrderedDict()  # being read, latest asked last
        self._edges: dict[int, tuple[str, str]] = {}  # block read -> its first and last id
        self._headers = [self.tr("Full name"), self.tr("Date of birth"), self.tr("Gender"),
                         self.tr("Personal ID"), self.tr("Household"), self.tr("Village"),
                         self.tr("Relation"), self.tr("Card status")]

    def show_roster(self, count: int) -> None:
        """The whole roster of ``count`` residents, read from the worker when shown."""
        self._reset(count, {})

    def show_rows(self, rows: list[dict]) -> None:
        self._reset(len(rows), {b: rows[b * BLOCK:(b + 1) * BLOCK]
                                for b in range((len(rows) + BLOCK - 1) // BLOCK)})

    def _reset(self, count: int, blocks: dict[int, list[dict]]) -> None:
        self.beginResetModel()
        for job in self._wanted.values():
            job.cancel()
        self._wanted.clear()
        self._count = count
        self._blocks = OrderedDict(blocks)
        self._edges = {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def row(self, index: int) -> dict | None:
        """The row if its block is here; else None, and the block is asked for."""
        block = index // BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            self._want(block)
            rows = self._blocks.get(block)  # a synchronous worker has it already
            if rows is None:
                return None
        self._blocks.move_to_end(block)
        return rows[index % BLOCK] if index % BLOCK < len(rows) else None

    def _want(self, block: int) -> None:
        if block in self._wanted:
            self._wanted.move_to_end(block)
            return
        if self._worker is None:
            return
        where = self._nearest(block)
        job = self._worker.query(lambda db: roster_block(db, limit=BLOCK, **where),
                                 on_done=lambda rows: self._arrived(block, rows), owner=self)
        if job.pending:
            self._wanted[block] = job
        while len(self._wanted) > WANTED:  # scrolled past it before it was read
            self._wanted.popitem(last=False)[1].cancel()

    def _nearest(self, block: int) -> dict:
        """Where to count ``block`` from: the start, the end or the nearest block read."""
        first = block * BLOCK
        ways = [{"offset": first}]
        if first + BLOCK <= self._count:
            ways.append({"offset": self._count - first - BLOCK, "backwards": True})
        for known, (low, high) in self._edges.items():
            if known < block:
                ways.append({"offset": (block - known - 1) * BLOCK, "after": high})
            elif known > block:
                ways.append({"offset": (known - block - 1) * BLOCK, "before": low})
        return min(ways, key=lambda way: way["offset"])

    def _arrived(self, block: int, rows: list[dict]) -> None:
        self._wanted.pop(block, None)
        if rows:
            self._edges[block] = (rows[0]["id"], rows[-1]["id"])
        self._blocks[block] = rows
        while len(self._blocks) > KEPT:
            self._blocks.popitem(last=False)
        first, last = block * BLOCK, min(self._count, (block + 1) * BLOCK) - 1
        if first <= last:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, len(self.COLUMNS) - 1))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row(index.row())
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        value = row.get(column)
        if column == "date_of_birth":
            return show_date(value) if value else ""
        if column == "gender":
            return gender_label(value)
        if column == "card_status":
            return card_status_label(value)
        return value or ""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
