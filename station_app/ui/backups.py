"""The GUI's own backups and the check at start (services/backups.py), off the GUI thread:
once the first window shows, SQLite's quick_check of the station database, then (when it found
nothing wrong) a backup; another every hour, and one at exit (``app.run``). The status line of
every window shows the last backup (where, how old) or what went wrong; a damaged database is
reported in a window with the way out, never replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from station_app.services.backups import (
    BackupStatus,
    backup_status,
    check_database,
    damage_advice,
    take_backup,
)
from station_app.ui.messages import explain, translated
from station_app.ui.workers import Worker

HOUR_MS = 3_600_000
MINUTE_MS = 60_000


def backup_and_status(db) -> BackupStatus:
    take_backup(db)
    return backup_status(db)


class BackupKeeper(QObject):
    """Backups of one station while the application runs (its own worker, so a window that is
    rebuilt, for a language switch, does not stop them)."""

    changed = Signal()

    def __init__(self, db_path: Path, worker: Worker | None = None, parent=None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.worker = worker or Worker(self.db_path)
        self.status: BackupStatus | None = None
        self.error: str | None = None  # the last backup failed: why (translated)
        self.damage: list[str] | None = None  # None: not checked yet; []: whole
        self.box: QMessageBox | None = None
        self.timer = QTimer(self, interval=HOUR_MS)
        self.timer.timeout.connect(self.backup_now)
        self.ticker = QTimer(self, interval=MINUTE_MS)  # "12 min ago" moves on
        self.ticker.timeout.connect(self.changed)

    def start(self) -> None:
        """The check, then the first backup; then one every hour."""
        self.worker.task(lambda db, _progress: check_database(db), on_done=self._checked,
                         on_error=self._failed, owner=self)
        self.timer.start()
        self.ticker.start()

    def stop(self) -> None:
        self.timer.stop()
        self.ticker.stop()
        self.worker.stop()

    def refresh(self) -> None:
        self.worker.query(backup_status, on_done=self._status, on_error=self._failed, owner=self)

    def backup_now(self) -> None:
        if self.damage:  # never push good backups out with copies of a damaged file
            return
        self.worker.task(lambda db, _progress: backup_and_status(db), on_done=self._status,
                         on_error=self._failed, owner=self)

    def _checked(self, problems: list[str]) -> None:
        self.damage = problems
        if problems:
            self.changed.emit()
            self.worker.query(lambda db: backup_status(db), on_done=self._report_damage,
                              owner=self)
        else:
            self.backup_now()

    def _report_damage(self, status: BackupStatus) -> None:
        self.status = status
        self.changed.emit()
        advice = damage_advice(self.db_path, status.folder)
        self.box = QMessageBox(QMessageBox.Icon.Critical, self.tr("The station database is damaged"),
                               self.tr("SQLite found damage in %1.").replace(
                                   "%1", str(self.db_path)) + "\n\n" + translated(advice))
        self.box.open()  # not modal for the program: the floor may still read what it can

    def _status(self, status: BackupStatus) -> None:
        self.status, self.error = status, None
        self.changed.emit()

    def _failed(self, exc: Exception) -> None:
        self.error = explain(exc)
        self.changed.emit()

    def text(self) -> str:
        """The status line's words."""
        if self.damage:
            return self.tr("Database damaged: restore a backup (Backups screen)")
        if self.error:
            return self.tr("Backup failed: %1").replace("%1", self.error)
        if self.status is None:
            return self.tr("Backup: checking the database…")
        last = self.status.last
        if last is None:
            return self.tr("No backup yet")
        minutes = int((self.status.age_seconds() or 0) // 60)
        age = (self.tr("just now") if minutes < 1 else
               self.tr("%1 min ago").replace("%1", str(minutes)) if minutes < 120 else
               self.tr("%1 h ago").replace("%1", str(minutes // 60)))
        text = self.tr("Last backup %1 in %2").replace("%1", age).replace(
            "%2", str(self.status.folder))
        if not self.status.chosen:
            text += self.tr(" (this disk only: choose a USB stick)")
        return text

    def warning(self) -> bool:
        return bool(self.damage or self.error or (self.status and not self.status.chosen))


class BackupStatusLabel(QLabel):
    """The keeper's status in a window's status line."""

    def __init__(self, keeper: BackupKeeper, parent: QWidget | None = None):
        super().__init__(parent)
        self.keeper = keeper
        keeper.changed.connect(self.update_text)
        self.update_text()

    def update_text(self) -> None:
        self.setText(self.keeper.text())
        self.setStyleSheet("color: #b00020;" if self.keeper.warning() else "")
