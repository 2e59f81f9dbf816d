"""Schema migrations: one module per step, applied in name order, each in its own transaction
and recorded in the ``migrations`` table. A module defines ``up(conn)``.

Synced tables (see SYNCED_TABLES) carry ``id`` (unique across laptops), ``rev`` (local change
sequence: which transaction last wrote the row on this laptop) and ``ver`` (global version for
last-writer-wins merging: hex hybrid-logical-clock time, then the writing laptop's node).
"""

from __future__ import annotations

import importlib
import pkgutil
import sqlite3
import time

from station_app.storage.transaction import transaction

__all__ = ["apply_migrations", "migration_names", "sync_columns", "guard_table"]


def migration_names() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("m"))


def sync_columns() -> str:
    return "rev INTEGER NOT NULL, ver TEXT NOT NULL"


def guard_table(conn: sqlite3.Connection, table: str) -> None:
    """Triggers that make change recording impossible to bypass on ``table``: an UPDATE or a
    DELETE must happen inside ``Database.write()``; an UPDATE carries its rev; a DELETE leaves
    a grave with its rev for sync. (An INSERT must supply rev and ver: NOT NULL columns.)"""
    conn.execute(
        f"""CREATE TRIGGER {table}_must_record_update BEFORE UPDATE ON {table}
        WHEN NEW.rev IS NOT (SELECT value FROM meta WHERE key = 'rev')
          OR (SELECT value FROM meta WHERE key = 'writing') IS NOT 1
        BEGIN SELECT RAISE(ABORT, 'write to {table} bypasses change recording'); END"""
    )
    conn.execute(
        f"""CREATE TRIGGER {table}_must_record_delete BEFORE DELETE ON {table}
        WHEN (SELECT value FROM meta WHERE key = 'writing') IS NOT 1
        BEGIN SELECT RAISE(ABORT, 'delete from {table} bypasses change recording'); END"""
    )
    conn.execute(
        f"""CREATE TRIGGER {table}_record_delete AFTER DELETE ON {table}
        BEGIN
          INSERT OR REPLACE INTO graves (tbl, id, rev, ver) VALUES ('{table}', OLD.id,
            (SELECT value FROM meta WHERE key = 'rev'), (SELECT value FROM meta WHERE key = 'ver'));
        END"""
    )


def apply_migrations(conn: sqlite3.Connection) -> list[str]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at REAL NOT NULL)"
    )
    done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    applied = []
    for name in migration_names():
        if name in done:
            continue
        module = importlib.import_module(f"{__name__}.{name}")
        with transaction(conn):
            module.up(conn)
            conn.execute("INSERT INTO migrations VALUES (?, ?)", (name, time.time()))
        applied.append(name)
    return applied
