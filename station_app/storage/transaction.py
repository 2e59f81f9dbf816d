"""One SQLite transaction on a connection: committed when the block ends, rolled back when it
raises (anything, a KeyboardInterrupt included)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from station_app.core.messages import Message

__all__ = ["transaction", "DatabaseBusy", "is_busy"]


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
def transaction(conn: sqlite3.Connection, begin: str = "BEGIN IMMEDIATE") -> Iterator[None]:
    """``begin``: IMMEDIATE takes the write lock at once (a writer), waiting for it at most
    the connection's busy timeout (then DatabaseBusy); a plain BEGIN reads one consistent
    snapshot."""
    try:
        conn.execute(begin)
    except sqlite3.OperationalError as exc:
        if is_busy(exc):
            raise DatabaseBusy() from None
        raise
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
