"""Running work off the GUI thread: one small API for every screen (in the spirit of Picard's
``run_task`` and Anki's ``QueryOp``/taskman).

    job = ctx.worker.query(lambda db: search(db, text), on_done=show, on_error=say, owner=self)
    job = ctx.worker.task(lambda db, progress: import_roster(db, path, who, progress),
                          on_done=..., on_error=..., on_progress=bar_update, owner=self)
    job.cancel()              # a query: skipped or its result dropped; a task: asked to stop
    ctx.worker.cancel(self)   # every job of this owner, callbacks dropped (a screen closing)
    ctx.worker.stop()         # at the end: the connections are closed in their own threads

Threads and connections (a sqlite3 connection belongs to the thread that opened it, see
``Database``):

- ``query(func)``: short database work (searches, lookups, a page of the roster, the ticket
  table's and the desk's actions and refreshes) runs as ``func(db)`` on one long-lived database
  thread with one connection, one job after another in the order they were sent, as Anki's
  taskman. A cancelled query is skipped if it has not started and never reported, so a newer
  search or page replaces an older one and fast typing or scrolling leaves no stale work queued.
- ``task(func)``: long work (a roster import, letters, bundles, printing a ticket) runs as
  ``func(db, progress)`` in a thread of its own, which opens its own connection and closes it at
  the end (``db=False``: ``func(progress)``, no connection). ``progress(done, total)`` is a plain
  callback for the work to call; it returns False once the task is cancelled, and the work stops
  as it sees fit (a roster import rolls back and raises). A cancelled task is still reported, so
  the screen says what really happened (stopped, or finished before it could stop).

``on_done(result)``, ``on_error(exception)`` and ``on_progress(done, total)`` are called on the
GUI thread; never for a cancelled query, never after ``worker.cancel(owner)`` or ``stop()``, and
never once the ``owner`` (a QObject, usually the screen) is deleted. An error without
``on_error`` goes to ``sys.excepthook`` (printed; under pytest-qt the test fails): never silently
lost. No query runs on the GUI thread.

``SyncWorker`` is the stand-in for tests (as Picard's synchronous thread pool): the same API, the
work done at once on the calling thread with its own connection, the callbacks called before
``query``/``task`` return, so a test asserts right after the click instead of polling.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject

from station_app.storage import Database

__all__ = ["Job", "Worker", "SyncWorker"]


class Job:
    """One piece of work sent to a ``Worker``: ``cancel()`` it, or ask whether it is
    ``pending`` (its callbacks neither called yet nor dropped)."""

    def __init__(self, func: Callable, on_done=None, on_error=None, on_progress=None,
                 owner: QObject | None = None, task: bool = False):
        self.func, self.owner, self.task = func, owner, task
        self.on_done, self.on_error, self.on_progress = on_done, on_error, on_progress
        self.cancelled = False  # asked to stop: skipped if not started, progress() says False
        self.dropped = False  # its callbacks will not be called
        self.finished = False  # its on_done or on_error was called

    @property
    def pending(self) -> bool:
        return not (self.dropped or self.finished)

    def cancel(self) -> None:
        """A query: skipped, or its result dropped. A task: asked to stop, still reported."""
        self.cancelled = True
        if not self.task:
            self.dropped = True

    def drop(self) -> None:
        self.cancelled = self.dropped = True


class _Relay(QObject):
    """Lives in the GUI thread; runs there, in order, what the worker threads post to it. The
    calls wait in a queue and a posted event wakes the GUI thread, rather than a Python
    ``Signal.emit`` per call: PySide6 6.12 on Python 3.11 drops a reference to ``True`` at every
    emit, and the interpreter aborts ("bool_dealloc") after a few hundred of them."""

    _WAKE = QEvent.Type(QEvent.registerEventType())

    def __init__(self):
        super().__init__()
        self._calls: queue.SimpleQueue = queue.SimpleQueue()

    def post(self, func: Callable[[], None]) -> None:
        self._calls.put(func)
        QCoreApplication.postEvent(self, QEvent(self._WAKE))

    def customEvent(self, event: QEvent) -> None:
        while True:
            try:
                func = self._calls.get_nowait()
            except queue.Empty:
                return
            func()


class Worker:
    """The database thread for ``query`` and a thread per ``task`` (see the module)."""

    def __init__(self, db_path: Path):
        self.db_path = Path(db_path)
        self._jobs: set[Job] = set()  # sent, not yet reported (GUI thread only)
        self._tasks: list[threading.Thread] = []
        self._stopped = False
        self._relay = _Relay()
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    # -- the API ----------------------------------------------------------------------------
    def query(self, func: Callable[[Database], Any], on_done=None, on_error=None,
              owner: QObject | None = None) -> Job:
        job = self._add(Job(func, on_done, on_error, None, owner))
        if job.pending:
            self._send(job)
        return job

    def task(self, func: Callable, on_done=None, on_error=None, on_progress=None,
             owner: QObject | None = None, db: bool = True) -> Job:
        job = self._add(Job(func, on_done, on_error, on_progress, owner, task=True))
        if job.pending:
            self._start(job, db)
        return job

    def cancel(self, owner: QObject) -> None:
        for job in self._jobs:
            if job.owner is owner:
                job.drop()

    def stop(self) -> None:
        """Cancel what is left, close the database thread's connection and end the threads
        (idempotent)."""
        if self._stopped:
            return
        self._stopped = True
        for job in self._jobs:
            job.drop()
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(10)
        for thread in self._tasks:
            thread.join(10)

    # -- both kinds of job ------------------------------------------------------------------
    def _add(self, job: Job) -> Job:
        if self._stopped:
            job.drop()
        else:
            self._jobs.add(job)
        return job

    def _run(self, job: Job, call: Callable[[], Any]) -> None:
        """Run ``call`` (in the job's thread) and report its result or error."""
        try:
            result = call()
        except Exception as exc:
            self._post(partial(self._report, job, None, exc))
        else:
            self._post(partial(self._report, job, result, None))

    def _progress(self, job: Job) -> Callable[[int, int], bool]:
        def progress(done: int, total: int) -> bool:
            if job.on_progress is not None and job.pending:
                self._post(partial(self._report_progress, job, done, total))
            return not job.cancelled
        return progress

    def _alive(self, job: Job) -> bool:
        return job.pending and (job.owner is None or shiboken6.isValid(job.owner))

    def _report(self, job: Job, result: Any, error: Exception | None) -> None:
        """On the GUI thread: the job's callback, unless dropped or its owner is gone."""
        self._jobs.discard(job)
        if not self._alive(job):
            return
        job.finished = True
        if error is None:
            if job.on_done is not None:
                job.on_done(result)
        elif job.on_error is not None:
            job.on_error(error)
        else:
            sys.excepthook(type(error), error, error.__traceback__)

    def _report_progress(self, job: Job, done: int, total: int) -> None:
        if self._alive(job):
            job.on_progress(done, total)

    # -- threads ----------------------------------------------------------------------------
    def _post(self, func: Callable[[], None]) -> None:
        self._relay.post(func)

    def _send(self, job: Job) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._serve, name="db-worker", daemon=True)
            self._thread.start()
        self._queue.put(job)

    def _serve(self) -> None:
        """The database thread: one connection, jobs in order until ``stop``."""
        db: Database | None = None

        def call(job: Job) -> Any:
            nonlocal db
            if db is None:
                db = Database.open(self.db_path)
            return job.func(db)

        try:
            while (job := self._queue.get()) is not None:
                if job.cancelled:  # skipped; reported only to forget it
                    self._post(partial(self._report, job, None, None))
                    continue
                self._run(job, partial(call, job))
        finally:
            if db is not None:
                db.close()

    def _start(self, job: Job, with_db: bool) -> None:
        thread = threading.Thread(target=self._run, args=(job, partial(self._call_task, job,
                                                                       with_db)),
                                  name="task", daemon=True)
        self._tasks = [t for t in self._tasks if t.is_alive()] + [thread]
        thread.start()

    def _call_task(self, job: Job, with_db: bool) -> Any:
        if not with_db:
            return job.func(self._progress(job))
        db = Database.open(self.db_path)
        try:
            return job.func(db, self._progress(job))
        finally:
            db.close()


class SyncWorker(Worker):
    """For tests: the work done at once, on the calling thread, callbacks included."""

    def __init__(self, db_path: Path):
        super().__init__(db_path)
        self._db: Database | None = None

    def _post(self, func: Callable[[], None]) -> None:
        func()

    def _send(self, job: Job) -> None:
        def call() -> Any:
            if self._db is None:
                self._db = Database.open(self.db_path)
            return job.func(self._db)
        self._run(job, call)

    def _start(self, job: Job, with_db: bool) -> None:
        self._run(job, partial(self._call_task, job, with_db))

    def stop(self) -> None:
        super().stop()
        if self._db is not None:
            self._db.close()
            self._db = None
