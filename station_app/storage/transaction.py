"""One SQLite transaction on a connection: committed when the block ends, rolled back when it
raises (anything, a KeyboardInterrupt included)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from station_app.core.files import FileWriteError, cannot_write, is_disk_full
from station_app.core.messages import Message
from station_app.core.sqlite import sqlite3

__all__ = ["transaction", "DatabaseBusy", "DiskFull", "is_busy", "POLL_SECONDS"]

POLL_SECONDS = 0.0005   # how often a waiting floor writer tries again


class DatabaseBusy(sqlite3.OperationalError):
    """Another program held the write lock for longer than the busy timeout (see
    ``storage.db.busy_timeout``); nothing was changed."""

    def __init__(self):
        super().__init__(Message(
            "the station database is busy: another program (a roster import or a bundle "
            "merge?) is writing to it; nothing was changed, try again"))


def is_busy(exc: BaseException) -> bool:
    """SQLite's "database is locked" (or busy) after its busy timeout ran out."""
    return isinstance(exc, sqlite3.OperationalError) and str(exc).startswith(
        ("database is locked", "database is busy", "database table is locked"))


@contextmanager
def transaction(conn: sqlite3.Connection, begin: str = "BEGIN IMMEDIATE",
                waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """``begin``: IMMEDIATE takes the write lock at once (a writer), waiting for it at most
    the connection's busy timeout (then DatabaseBusy); a plain BEGIN reads one consistent
    snapshot.

    ``waiting`` (for the floor's short writes): while another connection holds the write lock,
    try again every POLL_SECONDS, calling ``waiting()`` each time (it tells a long write in
    steps to let us in), instead of SQLite's own back-off, whose sleeps grow to 100 ms; after
    the busy timeout, DatabaseBusy as without it."""
    try:
        if waiting is None:
            conn.execute(begin)
        else:
            _begin_polling(conn, begin, waiting)
    except sqlite3.OperationalError as exc:
        if is_busy(exc):
            raise DatabaseBusy() from None
        raise
    try:
        yield
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:  # SQLite already rolled back a transaction the disk stopped
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error) and is_disk_full(exc):  # the database's own disk
            raise DiskFull(cannot_write(database_file(conn), exc)) from None
        raise


class DiskFull(FileWriteError):
    """The disk of the database filled up: the transaction was rolled back whole."""


def database_file(conn: sqlite3.Connection) -> str:
    return next((file for _, name, file in conn.execute("PRAGMA database_list")
                 if name == "main"), "")


def _begin_polling(conn: sqlite3.Connection, begin: str, waiting: Callable[[], None]) -> None:
    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        deadline = time.monotonic() + timeout / 1000
        while True:
            try:
                conn.execute(begin)
                return
            except sqlite3.OperationalError as exc:
                if not is_busy(exc) or time.monotonic() > deadline:
                    raise
            waiting()
            time.sleep(POLL_SECONDS)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {timeout}")
