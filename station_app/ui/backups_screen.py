"""Backups (a lead's screen): where backups go (a USB stick) and how many are kept, a backup
now, restoring one of them (the current database kept aside; the program then closes, to start
again on the restored one), and at the end of the campaign the final bundle and the wipe."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from station_app.core.dates import show_moment
from station_app.services import backups as B
from station_app.services import wipe as W
from station_app.ui import files
from station_app.ui.floor_models import RecordTableModel, record_table
from station_app.ui.messages import explain
from station_app.ui.numbers import number, size


def _listing(db) -> dict:
    status = B.backup_status(db)
    backups = B.station_backups(status.folder, db.station)
    return {"status": status, "station": db.station,
            "rows": [{"taken_at": show_moment(b.taken_at), "size": b.size,
                      "name": b.path.name, "path": b.path} for b in reversed(backups)]}


class BackupsScreen(QWidget):
    def __init__(self, ctx, window, parent=None):
        super().__init__(parent)
        self.ctx, self.window_ = ctx, window
        self.station = ctx.db.station
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("the folder beside the database (this disk)"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        self.keep = QSpinBox()
        self.keep.setRange(1, 1000)
        self.save = QPushButton(self.tr("Save"))
        self.save.clicked.connect(self._save)
        self.now = QPushButton(self.tr("Back up now"))
        self.now.clicked.connect(self._backup_now)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = RecordTableModel([
            ("taken_at", self.tr("Taken"), None),
            ("size", self.tr("Size"), lambda r: size(r["size"])),
            ("name", self.tr("File"), None),
        ], parent=self)
        self.table = record_table(self.model)
        self.restore = QPushButton(self.tr("Restore the selected backup…"))
        self.restore.clicked.connect(self._restore)
        self.message = QLabel()
        self.message.setWordWrap(True)

        box = QGroupBox(self.tr("Backups of this laptop's database"))
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Backup folder (a USB stick)"), row)
        row = QHBoxLayout()
        row.addWidget(self.keep)
        row.addWidget(QLabel(self.tr("newest backups kept there")), 1)
        row.addWidget(self.save)
        form.addRow(self.tr("Keep"), row)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.now)
        buttons.addWidget(self.restore)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        self.bundle = QLineEdit()
        self.bundle.setPlaceholderText(self.tr("final bundle file, for HQ"))
        choose_bundle = QPushButton(self.tr("Choose…"))
        choose_bundle.clicked.connect(self._choose_bundle)
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(self.station)
        self.confirm.textChanged.connect(self._confirm_changed)
        self.wipe = QPushButton(self.tr("Write the final bundle and wipe this laptop"))
        self.wipe.setEnabled(False)
        self.wipe.clicked.connect(self._wipe)
        end = QGroupBox(self.tr("End of the campaign"))
        end_form = QFormLayout(end)
        note = QLabel(self.tr(
            "Writes the final bundle for HQ (it records the wipe), then overwrites and removes "
            "from this laptop the station database, its backups and every letter, notice and "
            "report it wrote. Carry the bundle to HQ. This cannot be undone."))
        note.setWordWrap(True)
        end_form.addRow(note)
        row = QHBoxLayout()
        row.addWidget(self.bundle, 1)
        row.addWidget(choose_bundle)
        end_form.addRow(self.tr("Final bundle"), row)
        end_form.addRow(self.tr("Type the station code %1").replace("%1", self.station),
                        self.confirm)
        end_form.addRow("", self.wipe)

        outer = QVBoxLayout(self)
        outer.addWidget(box, 1)
        outer.addWidget(self.message)
        outer.addWidget(end)
        # a station's end (its final bundle carried to HQ): HQ's register is not wiped so
        end.setVisible(not ctx.db.is_hq)
        self.show_backups()

    # -- reading --------------------------------------------------------------------------
    def show_backups(self) -> None:
        self.ctx.worker.query(_listing, on_done=self._show, on_error=self._error, owner=self)

    def _show(self, listing: dict) -> None:
        status: B.BackupStatus = listing["status"]
        self.folder.setText(str(status.folder) if status.chosen else "")
        self.keep.setValue(status.keep)
        self.model.set_records(listing["rows"])
        if status.last is None:
            self.status.setText(self.tr("No backup in %1 yet.").replace("%1", str(status.folder)))
        else:
            self.status.setText(self.tr("%1 backups in %2; the last taken %3.").replace(
                "%1", number(len(listing["rows"]))).replace("%2", str(status.folder)).replace(
                "%3", show_moment(status.last.taken_at)))
        if listing["rows"] and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def _error(self, exc: Exception) -> None:
        self.message.setText(explain(exc))

    def _notify(self) -> None:
        keeper = getattr(self.ctx, "backups", None)
        if keeper is not None:
            keeper.refresh()

    # -- actions --------------------------------------------------------------------------
    def _choose_folder(self) -> None:
        folder = files.choose_folder(self, self.tr("Backup folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _save(self) -> None:
        folder, keep, who = self.folder.text().strip(), self.keep.value(), self.ctx.session

        def done(_result) -> None:
            self.message.setText(self.tr("Saved."))
            self.show_backups()
            self._notify()

        self.ctx.worker.query(lambda db: B.set_backup_settings(db, folder, keep, operator=who),
                              on_done=done, on_error=self._error, owner=self)

    def _backup_now(self) -> None:
        self.message.setText(self.tr("Backing up…"))

        def done(backup: B.Backup) -> None:
            self.message.setText(self.tr("Backed up to %1.").replace("%1", str(backup.path)))
            self.show_backups()
            self._notify()

        who = self.ctx.session
        self.ctx.worker.task(lambda db, _progress: B.backup_now(db, operator=who), on_done=done,
                             on_error=self._error, owner=self)

    def _selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _restore(self) -> None:
        row = self._selected()
        if row is None:
            self.message.setText(self.tr("Choose a backup in the list first."))
            return
        if QMessageBox.question(
                self, self.tr("Restore a backup"),
                self.tr("Restore the backup taken %1? The station database as it is now is "
                        "kept aside, and the program closes: start it again to work on the "
                        "restored station.").replace("%1", row["taken_at"]),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        path, who, db_path = row["path"], self.ctx.session, self.ctx.db_path
        self.message.setText(self.tr("Restoring…"))
        self.ctx.worker.task(lambda _progress: B.restore_backup(db_path, path, lambda _db: who),
                             db=False, on_done=self._restored, on_error=self._error, owner=self)

    def _restored(self, restored: B.Restored) -> None:
        self.message.setText(self.tr("Restored. The database before is kept as %1.").replace(
            "%1", str(restored.aside)))
        self.window_.restart_needed.emit(self.message.text())

    def _choose_bundle(self) -> None:
        path = files.save_file(self, self.tr("Final bundle"),
                               self.bundle.text() or f"{self.station}-final.bundle")
        if path:
            self.bundle.setText(path)

    def _confirm_changed(self, text: str) -> None:
        self.wipe.setEnabled(text.strip().upper() == self.station.upper())

    def _wipe(self) -> None:
        bundle = self.bundle.text().strip()
        if not bundle:
            self.message.setText(self.tr("Choose where to write the final bundle first."))
            return
        if QMessageBox.warning(
                self, self.tr("Wipe this laptop"),
                self.tr("Write the final bundle to %1, then remove every file of station %2 "
                        "from this laptop? This cannot be undone.").replace(
                    "%1", bundle).replace("%2", self.station),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        who, code = self.ctx.session, self.confirm.text()
        self.message.setText(self.tr("Writing the final bundle…"))
        self.ctx.worker.task(
            lambda db, _progress: W.prepare_wipe(db, Path(bundle), code, operator=who),
            on_done=self.window_.wipe_ready.emit, on_error=self._error, owner=self)

    def activate(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
