"""Which tables travel in bundles: every table with ``id``, ``rev`` and ``ver`` columns (the
change-recording columns of ``sync_columns()``), found in the schema each time, so tables that
later migrations add are synced without a list to keep up to date. ``graves`` (deletions)
travels too, as its own section.

A few columns never leave their laptop (``LOCAL_COLUMNS``): an operator's PIN hash is an
offline-guessable secret, so bundles carry operators' names, roles, station and status but not
their hashes. Those columns are left out of ``SyncedTable.columns``: the exporter never reads
them, and a merge never writes them (a merged operator keeps the hash it has here, or none).
"""

from __future__ import annotations

from dataclasses import dataclass

from station_app.core.sqlite import sqlite3

__all__ = ["SyncedTable", "synced_tables", "table_columns", "LOCAL_COLUMNS"]

_NOT_SYNCED = {"graves", "meta", "_sqlite_migrations"}
LOCAL_COLUMNS = {"operators": frozenset({"pin_hash"})}


@dataclass(frozen=True)
class SyncedTable:
    name: str
    columns: tuple[str, ...]        # every column but rev and the local ones, in schema order
    types: tuple[str, ...]          # declared types, same order


def table_columns(conn: sqlite3.Connection, table: str, schema: str = "main") -> list[tuple]:
    """(name, declared type) of each column."""
    return [(r[1], r[2]) for r in conn.execute(f'PRAGMA "{schema}".table_info("{table}")')]


def synced_tables(conn: sqlite3.Connection, schema: str = "main") -> dict[str, SyncedTable]:
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM \"{schema}\".sqlite_master WHERE type = 'table'"
        " AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    found = {}
    for name in names:
        if name in _NOT_SYNCED:
            continue
        cols = table_columns(conn, name, schema)
        have = {c for c, _ in cols}
        if {"id", "rev", "ver"} <= have:
            local = LOCAL_COLUMNS.get(name, frozenset())
            kept = [(c, t) for c, t in cols if c != "rev" and c not in local]
            found[name] = SyncedTable(name, tuple(c for c, _ in kept), tuple(t for _, t in kept))
    return found
