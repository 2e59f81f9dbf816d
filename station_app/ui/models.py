"""Item models. The roster model holds no rows up front: it asks its source for blocks of rows
as the view scrolls (a roster of 802,466 residents opens at once and stays small in memory)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from station_app.core.dates import show_date
from station_app.storage import Database
from station_app.storage.queries import roster_block

BLOCK = 256


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


class RosterSource:
    """All residents in roster order, read block by block from the GUI thread's connection."""

    def __init__(self, db: Database):
        self.db = db
        self._count = db.scalar("SELECT COUNT(*) FROM residents")

    def count(self) -> int:
        return self._count

    def rows(self, offset: int, limit: int) -> list[dict]:
        return roster_block(self.db, offset, limit)


class ListSource:
    """Rows already at hand (search results)."""

    def __init__(self, rows: list[dict]):
        self._rows = rows

    def count(self) -> int:
        return len(self._rows)

    def rows(self, offset: int, limit: int) -> list[dict]:
        return self._rows[offset: offset + limit]


class ResidentTableModel(QAbstractTableModel):
    COLUMNS = ("full_name", "date_of_birth", "gender", "personal_id", "household_code",
               "village", "relation", "card_status")

    def __init__(self, source: RosterSource | ListSource | None = None, parent=None):
        super().__init__(parent)
        self._source = source or ListSource([])
        self._blocks: OrderedDict[int, list[dict]] = OrderedDict()
        self._headers = [self.tr("Full name"), self.tr("Date of birth"), self.tr("Gender"),
                         self.tr("Personal ID"), self.tr("Household"), self.tr("Village"),
                         self.tr("Relation"), self.tr("Card status")]

    def set_source(self, source: RosterSource | ListSource) -> None:
        self.beginResetModel()
        self._source = source
        self._blocks.clear()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._source.count()

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def row(self, index: int) -> dict:
        block = index // BLOCK
        rows = self._blocks.get(block)
        if rows is None:
            rows = self._blocks[block] = self._source.rows(block * BLOCK, BLOCK)
            if len(self._blocks) > 64:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        return rows[index % BLOCK]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.row(index.row())
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
