"""Import a roster: choose a file, confirm how its columns were understood, import with progress
and Cancel, then see what was imported and every rejected row with its line and reason. An import
that would replace stored values (any personal ID, or those of more than 1 % of the residents)
shows them and asks first: nothing is written until the lead confirms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_app.services.operators import Operator
from station_app.ui import files
from station_app.ui.messages import explain, translated
from station_app.ui.models import card_status_label, gender_label
from station_app.ui.numbers import number
from station_app.ui.workers import Job, Worker


def field_label(field: str) -> str:
    labels = {
        "full_name": QCoreApplication.translate("fields", "Full name"), "gender": QCoreApplication.translate("fields", "Gender"),
        "dob": QCoreApplication.translate("fields", "Date of birth"),
        "personal_id": QCoreApplication.translate("fields", "Personal ID (12 digits)"),
        "old_id": QCoreApplication.translate("fields", "Old ID (CMND, 9 digits)"),
        "relation": QCoreApplication.translate("fields", "Relation to head"),
        "household_code": QCoreApplication.translate("fields", "Household code"), "village": QCoreApplication.translate("fields", "Village"),
        "commune": QCoreApplication.translate("fields", "Commune"), "district": QCoreApplication.translate("fields", "District"),
        "province": QCoreApplication.translate("fields", "Province"), "address": QCoreApplication.translate("fields", "Address"),
        "phone": QCoreApplication.translate("fields", "Phone"), "card_status": QCoreApplication.translate("fields", "Card status"),
        "head_name": QCoreApplication.translate("fields", "Head of household"),
    }
    return labels.get(field, field)


def _table(headers: list[str], rows: list[tuple[str, ...]]) -> QTableWidget:
    """A table of texts with its column headers and no row numbers."""
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.verticalHeader().hide()
    return table


class MappingDialog(QDialog):
    """Shows which column of the file feeds which roster field, before anything is imported."""

    def __init__(self, path: Path, headers: list[str], mapping: dict[str, int], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import roster: check the columns"))
        self.resize(620, 460)
        intro = QLabel(self.tr("File: %1\nThe columns were matched to these fields. "
                               "Columns not listed are ignored.").replace("%1", path.name))
        intro.setWordWrap(True)
        table = _table([self.tr("Field"), self.tr("Column in the file")],
                       [(field_label(field), headers[index]) for field, index
                        in sorted(mapping.items(), key=lambda kv: kv[1])])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{field_label(f)} {n}" for f, n in counts.items())


def _kept_lines(result) -> list[str]:
    """The values given where none was stored, the stored values kept, the columns missing."""
    lines = []
    if result.filled:
        lines.append(QCoreApplication.translate("import", "Given where none was stored: %1")
                     .replace("%1", _counts(result.filled)))
    if result.kept:
        lines.append(QCoreApplication.translate(
            "import", "Kept as stored (no value in the file): %1").replace(
            "%1", _counts(result.kept)))
    if result.columns_missing and (result.updated or result.unchanged):
        lines.append(QCoreApplication.translate(
            "import", "Columns not in the file (stored values kept): %1").replace(
            "%1", ", ".join(field_label(f) for f in result.columns_missing)))
    return lines


class ResultDialog(QDialog):
    def __init__(self, result, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Roster imported"))
        self.resize(640, 420)
        summary = QLabel(
            self.tr("Imported: %1   Updated: %2   Unchanged: %3   Rejected: %4")
            .replace("%1", number(result.imported)).replace("%2", number(result.updated))
            .replace("%3", number(result.unchanged)).replace("%4", number(len(result.rejected))))
        table = _table([self.tr("Line"), self.tr("Reason")],
                       [(str(r.line), translated(r.reason)) for r in result.rejected])
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        for line in _kept_lines(result):
            label = QLabel(line)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)


def _shown(field: str, value: str) -> str:
    """A stored value as the screens show it."""
    return {"card_status": card_status_label, "gender": gender_label}.get(
        field, lambda v: v)(value)


class ChangesDialog(QDialog):
    """What an import would replace, by field with examples, before anything is written."""

    def __init__(self, path: Path, result, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import roster: confirm the changes"))
        self.resize(820, 460)
        intro = QLabel(self.tr(
            "File: %1\nThis roster would replace %2 values the station holds. Nothing has been "
            "written yet: check them, then import or cancel.").replace("%1", path.name).replace(
            "%2", str(sum(result.changed.values()))))
        intro.setWordWrap(True)
        order = {f: i for i, f in enumerate(result.as_dict()["changed"])}
        table = _table([self.tr("Field"), self.tr("Values replaced"), self.tr("For example")], [
            (field_label(f), str(n), "\n".join(
                f"{who}: {_shown(f, old)} → {_shown(f, new)}"
                for who, old, new in result.examples.get(f, [])))
            for f, n in sorted(result.changed.items(), key=lambda kv: order[kv[0]])])
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        summary = QLabel(
            self.tr("New: %1   Updated: %2   Unchanged: %3   Rejected: %4")
            .replace("%1", number(result.imported)).replace("%2", number(result.updated))
            .replace("%3", number(result.unchanged)).replace("%4", number(len(result.rejected))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import and replace"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table, 1)
        layout.addWidget(summary)
        for line in _kept_lines(result):
            label = QLabel(line)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(buttons)


class RosterImporter(QObject):
    """Drives the import from a parent window: file, mapping, task with progress, result."""

    def __init__(self, parent: QWidget, worker: Worker, operator: Operator | None, on_done):
        super().__init__(parent)
        self.window = parent
        self.worker = worker
        self.operator = operator
        self.on_done = on_done
        self.task: Job | None = None

    def start(self, path: Path | None = None) -> None:
        from station_app.services.roster_files import RosterFileError, map_headers, open_roster

        if path is None:
            chosen = files.open_file(
                self.window, self.tr("Choose a roster file"), str(Path.home()),
                self.tr("Rosters (*.csv *.txt *.xlsx)"))
            if not chosen:
                return
            path = Path(chosen)
        try:
            table = open_roster(path, head_only=True)
        except RosterFileError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot import"), explain(exc))
            return
        mapping = map_headers(table.headers)
        if MappingDialog(path, table.headers, mapping, self.window).exec() != QDialog.DialogCode.Accepted:
            return
        self.run(path)

    def run(self, path: Path, confirmed: bool = False) -> Job:
        """Import ``path``; an import that would replace many stored values comes back with
        them first (ChangesDialog), and runs again only once confirmed."""
        from station_app.services.roster_import import NeedsConfirmation, import_roster

        progress = QProgressDialog(self.tr("Importing %1…").replace("%1", path.name),
                                   self.tr("Cancel"), 0, 100, self.window)
        progress.setMinimumDuration(300)
        operator = self.operator

        def job(db, report):
            try:
                return import_roster(db, path, report, confirmed=confirmed, operator=operator)
            except NeedsConfirmation as exc:  # nothing written: ask, then import again
                return exc

        def finished(result):
            progress.reset()
            if isinstance(result, NeedsConfirmation):
                if ChangesDialog(path, result.result, self.window).exec() == \
                        QDialog.DialogCode.Accepted:
                    self.run(path, confirmed=True)
                return
            self.on_done()
            ResultDialog(result, self.window).exec()

        def failed(exc):
            progress.reset()
            QMessageBox.warning(self.window, self.tr("Import stopped"),
                                explain(exc) + "\n" + self.tr("Nothing was imported."))

        # 99 % at most: after the last line come the search indexes and the commit (seconds
        # for a province), and at 100 % the dialog would close before the import is done
        def progressed(done, total):
            progress.setValue(min(99, int(100 * done / max(total, 1))))

        # the task's progress() returns False once cancelled: the import stops, nothing written
        task = self.task = self.worker.task(
            job, on_done=finished, on_error=failed, on_progress=progressed, owner=self)
        progress.canceled.connect(task.cancel)
        return task
