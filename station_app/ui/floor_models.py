"""Shared pieces of the screens: a small table model over a list of records (dicts) with column
keys, headers and a formatter, rows replaced as a whole when fresh data arrives, and the one
set-up of a read-only table of records (``record_table``); a font of a given point size; a
screen's one-line message in the colour of its kind."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from station_app.ui.numbers import number

_SAY_COLOURS = {"ok": "#1b5e20", "error": "#b00020", "info": "#0d47a1", "warn": "#e65100"}


def say(label, text: str, kind: str) -> None:
    """``text`` on a screen's message label, in bold, coloured as ``kind`` (ok, error, info, warn)."""
    label.setStyleSheet(f"color: {_SAY_COLOURS[kind]}; font-weight: bold;")
    label.setText(text)


def record_table(model: QAbstractItemModel | None, stretch: int | None = None,
                 view: QTableView | None = None) -> QTableView:
    """A read-only table of records, set up as every screen's: whole rows selected one at a
    time, no row numbers, texts cut rather than wrapped, columns sized to the rows in view (a
    table of thousands stays fast) and column ``stretch`` (by default the last) taking the room
    left. ``view``: a table of one's own (a subclass, a QTableWidget) to set up instead of a new
    QTableView; ``model`` None leaves its model as it is."""
    view = view if view is not None else QTableView()
    if model is not None:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(0)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def point_font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


def roomy(view: QAbstractItemView) -> None:
    """Rows tall enough for Vietnamese stacked marks: an item's text is clipped to its row,
    and the top of "Ấp" (a circumflex and an acute above the A) was cut off."""
    view.setStyleSheet("QAbstractItemView::item { padding: 3px 2px; }")


class RecordTableModel(QAbstractTableModel):
    """``columns``: (key, header, format) where format(record) -> text, or None to show
    ``record[key]`` as text (a whole number, a count, in the language's form: 6.835 or 6,835). ``colour(record)`` may give a background colour name."""

    def __init__(self, columns: Sequence[tuple[str, str, Callable[[dict], str] | None]],
                 colour: Callable[[dict], str | None] | None = None, parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.colour = colour
        self.records: list[dict] = []

    def set_records(self, records: list[dict]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def record(self, row: int) -> dict | None:
        return self.records[row] if 0 <= row < len(self.records) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.records)):
            return None
        record = self.records[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key, _header, fmt = self.columns[index.column()]
            value = fmt(record) if fmt else record.get(key)
            if isinstance(value, int) and not isinstance(value, bool):
                return number(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole and self.colour:
            name = self.colour(record)
            return QBrush(QColor(name)) if name else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section][1]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.records):
            return str(section + 1)
        return None


def queue_label(code: str, name: str | None) -> str:
    """A default queue's name in the interface language; a name the station gave its queue is
    shown as given."""
    from PySide6.QtCore import QCoreApplication

    from station_app.core.queueing import DEFAULT_QUEUES

    if name and name != next((q.name for q in DEFAULT_QUEUES if q.code == code), None):
        return name
    return {"appointment": QCoreApplication.translate("queues", "With an appointment letter"),
            "walk_in": QCoreApplication.translate("queues", "Without an appointment letter"),
            "priority": QCoreApplication.translate(
                "queues", "Priority (elderly, disabled, pregnant women, small children)"),
            }.get(code, name or code)


def what_to_bring() -> list[str]:
    """The card of what to bring, in the interface language (the printed ticket is always in
    Vietnamese)."""
    from PySide6.QtCore import QCoreApplication

    return [QCoreApplication.translate("bring", "The appointment letter (if any)"),
            QCoreApplication.translate("bring", "The old ID card, CMND/CCCD (if any)"),
            QCoreApplication.translate("bring", "Papers proving the residence if the details "
                                                "do not match"),
            QCoreApplication.translate("bring", "Children under 14 come with a parent or "
                                                "guardian")]


class Wanted:
    """A record a screen was opened for (from the home page), selected in its table when the
    table holds it: at once, and again when the next fresh rows arrive (the screen refreshes as
    it opens)."""

    def __init__(self, view, model: RecordTableModel, matches: Callable[[dict, Any], bool]):
        self.view, self.model, self.matches = view, model, matches
        self.value = None

    def select(self, value) -> bool:
        self.value = value
        return self.apply(keep=True)

    def apply(self, keep: bool = False) -> bool:
        if self.value is None:
            return False
        for row, record in enumerate(self.model.records):
            if self.matches(record, self.value):
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
                break
        else:
            return False
        if not keep:
            self.value = None
        return True


class Judge:
    """When a form's problem is said (issue 23): for a field once the person has typed in it
    and left it (or pressed Enter in it), for every field once they submit. Before that a form
    says nothing about what they have not typed yet (a field the screen put the cursor in,
    left for another screen, is not a field left empty)."""

    def __init__(self, fields):
        self.fields = list(fields)
        self.left: set = set()
        self.submitted = False
        self.changed = None  # called when a field is left: the form checks itself again
        for field in self.fields:
            field.editingFinished.connect(lambda f=field: self._leave(f))

    def _leave(self, field) -> None:
        if not field.isModified():
            return
        self.left.add(field)
        if self.changed is not None:
            self.changed()

    def says(self, *fields) -> bool:
        """Whether a problem of ``fields`` (none: of the whole form) is said now."""
        return self.submitted or not fields or any(f in self.left for f in fields)

    def reset(self) -> None:
        self.left.clear()
        self.submitted = False
        for field in self.fields:
            field.setModified(False)
