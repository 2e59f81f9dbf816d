"""One SQLite transaction on a connection: committed when the block ends, rolled back when it
raises (anything, a KeyboardInterrupt included)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["transaction", "BUSY_SECONDS", "POLL_SECONDS"]

BUSY_SECONDS = 30.0     # how long a writer waits for the write lock before giving up
POLL_SECONDS = 0.0005   # how often a waiting floor writer tries again


@contextmanager
def transaction(conn: sqlite3.Connection, begin: str = "BEGIN IMMEDIATE",
                waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """``begin``: IMMEDIATE takes the write lock at once (a writer); a plain BEGIN reads one
    consistent snapshot.

    ``waiting`` (for the floor's short writes): while another connection holds the write lock,
    try again every POLL_SECONDS, calling ``waiting()`` each time (it tells a long write in
    steps to let us in), instead of SQLite's own back-off, whose sleeps grow to 100 ms; after
    BUSY_SECONDS the "database is locked" error is raised as before."""
    if waiting is None:
        conn.execute(begin)
    else:
        _begin_polling(conn, begin, waiting)
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _begin_polling(conn: sqlite3.Connection, begin: str, waiting: Callable[[], None]) -> None:
    timeout = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        deadline = time.monotonic() + BUSY_SECONDS
        while True:
            try:
                conn.execute(begin)
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
            waiting()
            time.sleep(POLL_SECONDS)
    finally:
        conn.execute(f"PRAGMA busy_timeout = {timeout}")
