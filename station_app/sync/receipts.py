"""The log of bundles written, received and refused (table bundle_receipts)."""

from __future__ import annotations

from station_app.core.dates import now_iso
from station_app.core.sqlite import sqlite3


def log_receipt(conn: sqlite3.Connection, direction: str, status: str, *, file: str,
                digest: str | None, key_id: str | None, station: str | None,
                since: int | None, upto: int | None, changes: int | None,
                operator: str | None, reason: str | None = None) -> None:
    conn.execute(
        "INSERT INTO bundle_receipts (at, direction, file, digest, key_id, station, status,"
        " reason, since_rev, upto_rev, changes, operator)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (now_iso(), direction, file, digest, key_id, station, status, reason, since, upto,
         changes, operator))
