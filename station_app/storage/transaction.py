"""One SQLite transaction on a connection: committed when the block ends, rolled back when it
raises (anything, a KeyboardInterrupt included)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["transaction"]


@contextmanager
def transaction(conn: sqlite3.Connection, begin: str = "BEGIN IMMEDIATE") -> Iterator[None]:
    """``begin``: IMMEDIATE takes the write lock at once (a writer); a plain BEGIN reads one
    consistent snapshot."""
    conn.execute(begin)
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
