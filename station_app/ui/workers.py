"""Running database work off the GUI thread.

``DbWorker`` owns one connection in one background thread and runs short jobs (searches,
lookups) one after another; a job superseded before it starts is skipped, so typing fast never
queues stale searches. ``Task`` runs one long job (import, letters, bundles) in its own thread
with its own connection, reports progress and can be cancelled. Results come back to the GUI
thread by queued signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from station_app.storage import Database
from station_app.ui.messages import explain


@dataclass(eq=False)
class Job:
    func: Callable[[Database], Any]
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[str], None] | None = None
    superseded: bool = field(default=False)


class DbWorker(QObject):
    """One background thread with its own connection, for short jobs."""

    _submit = Signal(object)
    _done = Signal(object, object)
    _failed = Signal(object, str)

    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__()
        self._db_path = db_path
        self._db: Database | None = None
        self._thread = QThread(parent)
        self._thread.setObjectName("db-worker")
        self.moveToThread(self._thread)
        self._submit.connect(self._run)
        self._relay = _Relay()
        self._done.connect(self._relay.done)
        self._failed.connect(self._relay.failed)
        self._thread.start()

    def run(self, job: Job) -> Job:
        self._submit.emit(job)
        return job

    @Slot(object)
    def _run(self, job: Job) -> None:
        if job.superseded:
            return
        try:
            if self._db is None:
                self._db = Database.open(self._db_path)
            result = job.func(self._db)
        except Exception as exc:  # reported to the GUI, never lost
            self._failed.emit(job, explain(exc))
            return
        self._done.emit(job, result)

    def stop(self) -> None:
        """Close the connection in its own thread, then end the thread (idempotent)."""
        if not self._thread.isRunning():
            return
        self.run(Job(lambda db: db.close()))
        self._thread.quit()
        self._thread.wait(10_000)


class _Relay(QObject):
    """Lives in the GUI thread and hands results to the job's callbacks there."""

    @Slot(object, object)
    def done(self, job: Job, result: Any) -> None:
        if not job.superseded and job.on_done:
            job.on_done(result)

    @Slot(object, str)
    def failed(self, job: Job, message: str) -> None:
        if not job.superseded and job.on_error:
            job.on_error(message)


class Task(QThread):
    """One long job in its own thread: ``func(db, progress)`` where ``progress(done, total)``
    returns False once the user has cancelled."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, db_path: Path, func: Callable[[Database, Callable], Any],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._db_path = db_path
        self._func = func
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            db = Database.open(self._db_path)
            try:
                result = self._func(db, self._progress)
            finally:
                db.close()
        except Exception as exc:
            self.failed.emit(explain(exc))
            return
        self.succeeded.emit(result)
