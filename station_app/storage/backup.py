"""Putting a backup's content into the live station database (a restore)."""

from __future__ import annotations

from station_app.storage.db import Database
from station_app.storage.transaction import transaction

__all__ = ["overwrite_with", "LOCAL_TABLES"]

COUNTERS = ("rev", "hlc", "next_id")
# this laptop's own records (never synced), kept over a restore: where backups go, the backups
# and output files the end-of-campaign wipe must find, the folders cleaned at start
LOCAL_TABLES = ("backup_settings", "backups", "output_files", "output_folders")


def overwrite_with(current: Database, source: Database) -> None:
    """Replace the content of ``current`` by that of ``source`` through SQLite's backup API
    (programs that have ``current`` open read the new content). This laptop's counters (change
    number, clock, next id) never go back, so changes and ids it already sent elsewhere stay
    unique, and its LOCAL_TABLES keep what it knew."""
    marks = ", ".join("?" * len(COUNTERS))
    counters = current.conn.execute(
        f"SELECT key, value FROM meta WHERE key IN ({marks})", COUNTERS).fetchall()
    local = {t: current.conn.execute(f"SELECT * FROM {t}").fetchall() for t in LOCAL_TABLES}
    source.conn.backup(current.conn)
    with transaction(current.conn):
        current.conn.executemany(
            "UPDATE meta SET value = max(CAST(value AS INTEGER), ?) WHERE key = ?",
            [(int(value), key) for key, value in counters])
        for table, rows in local.items():
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                current.conn.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})",
                                         rows)
