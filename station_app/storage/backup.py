"""Putting a backup's content into the station database (a restore)."""

from __future__ import annotations

from station_app.core.sqlite import sqlite3
from station_app.storage.changes import mark_reread
from station_app.storage.db import Database
from station_app.storage.transaction import transaction

__all__ = ["overwrite_with", "read_counters", "keep_counters", "LOCAL_TABLES"]

COUNTERS = ("rev", "hlc", "next_id", "reread")
# this laptop's own records (never synced), kept over a restore: where backups go, the backups
# and output files the end-of-campaign wipe must find, the folders cleaned at start
LOCAL_TABLES = ("backup_settings", "backups", "output_files", "output_folders")


def read_counters(db: Database) -> dict[str, int]:
    """This laptop's change number, clock, next id and the caches' reread counter
    (storage/changes.py); {} when a damaged file hides them."""
    marks = ", ".join("?" * len(COUNTERS))
    try:
        return {key: int(value) for key, value in db.conn.execute(
            f"SELECT key, value FROM meta WHERE key IN ({marks})", COUNTERS)}
    except sqlite3.DatabaseError:
        return {}


def keep_counters(db: Database, counters: dict[str, int]) -> None:
    """The counters never go back past ``counters``: changes and ids this laptop already sent
    elsewhere stay unique after a restore. The rows changed without a newer rev: the caches
    of a program that has the database open read everything again (storage/changes.py)."""
    with transaction(db.conn):
        db.conn.executemany(
            "UPDATE meta SET value = max(CAST(value AS INTEGER), ?) WHERE key = ?",
            [(value, key) for key, value in counters.items()])
        mark_reread(db.conn, counters.get("reread", 0))


def overwrite_with(current: Database, source: Database) -> None:
    """Replace the content of ``current`` by that of ``source`` through SQLite's backup API
    (programs that have ``current`` open read the new content), keeping its counters and its
    LOCAL_TABLES."""
    counters = read_counters(current)
    local = {t: current.conn.execute(f"SELECT * FROM {t}").fetchall() for t in LOCAL_TABLES}
    source.conn.backup(current.conn)
    keep_counters(current, counters)
    with transaction(current.conn):
        for table, rows in local.items():
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                current.conn.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})",
                                         rows)
