"""What a cache of figures derived from the tables (the dashboard's, the home page's) keys on.

Every change a Writer makes carries a new ``rev``, so such a cache reads again only the rows
newer than the rev it was read at. Two things change rows without a newer rev: a long write
undone (rows put back keep their old rev, rows deleted leave no grave: storage/steps.py) and a
backup restored (storage/backup.py). Each bumps the ``reread`` counter in ``meta``: a cache
that finds it moved reads everything again."""

from __future__ import annotations

from station_app.core.sqlite import sqlite3

__all__ = ["change_mark", "mark_reread", "intake_residents_since"]


def mark_reread(conn: sqlite3.Connection, past: int = 0) -> None:
    """In the caller's transaction: the caches read everything again. The counter also moves
    past ``past`` (a restored backup's own counter may be below the one the caches saw)."""
    conn.execute("INSERT INTO meta (key, value) VALUES ('reread', ?) ON CONFLICT (key)"
                 " DO UPDATE SET value = max(CAST(value AS INTEGER), ?) + 1", (past + 1, past))


def change_mark(conn: sqlite3.Connection) -> tuple[int, int]:
    """(rev, reread): read before the rows a cache reads, so that whatever commits meanwhile is
    read again next time."""
    values = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('rev', 'reread')"))
    return int(values.get("rev", 0)), int(values.get("reread", 0))


def intake_residents_since(conn: sqlite3.Connection, rev: int) -> set[str]:
    """The residents whose intakes changed after ``rev``: written, or corrected by a newer
    one. Two queries: as one UNION, SQLite may scan every intake in resident order to merge the
    two sides (0.6 s on 720,040 intakes) instead of seeking by rev."""
    return {r for sql in (
        "SELECT resident_id FROM intakes WHERE rev > ?",
        "SELECT o.resident_id FROM intakes c JOIN intakes o ON o.id = c.corrects_id"
        " WHERE c.rev > ?") for (r,) in conn.execute(sql, (rev,))}
