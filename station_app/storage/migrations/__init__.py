"""Schema migrations: one module per step, applied in name order and recorded by sqlite-utils'
``Migrations`` (set ``station_app`` in its ``_sqlite_migrations`` table). A module defines
``up(conn)``. All pending steps run in one IMMEDIATE transaction, each in a savepoint: a second
process opening the database at the same moment waits, then finds nothing left to do, and a
failing step leaves the database as it was.

Synced tables (see SYNCED_TABLES) carry ``id`` (unique across laptops), ``rev`` (local change
sequence: which transaction last wrote the row on this laptop) and ``ver`` (global version for
last-writer-wins merging: hex hybrid-logical-clock time, then the writing laptop's node).
"""

from __future__ import annotations

import importlib
import pkgutil
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING

from station_app.core.sqlite import sqlite3
from station_app.storage.transaction import transaction

if TYPE_CHECKING:  # sqlite-utils (and dateutil under it) is imported only when a step is due
    import sqlite_utils
    from sqlite_utils import Migrations

__all__ = ["apply_migrations", "station_migrations", "migration_names", "sync_columns",
           "guard_table", "guard_insert"]


def migration_names() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.startswith("m"))


def sync_columns() -> str:
    return "rev INTEGER NOT NULL, ver TEXT NOT NULL"


@contextmanager
def update_guard_lifted(conn: sqlite3.Connection, table: str):
    """A migration's UPDATE of ``table`` that is not a change to sync (every laptop derives the
    same value, so the rows keep rev and ver): the guard trigger that refuses an UPDATE outside
    ``Database.write()`` is lifted for it, then put back as it was."""
    guard = f"{table}_must_record_update"
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                           (guard,)).fetchone()[0]
    conn.execute(f"DROP TRIGGER {guard}")
    yield
    conn.execute(trigger)


def guard_insert(conn: sqlite3.Connection, table: str) -> None:
    """An INSERT must happen inside ``Database.write()`` and carry a rev (a row of rev 0 would
    never be exported). Not necessarily the write's own: undoing a long write puts rows back
    as they were, with their rev (storage/steps.py)."""
    conn.execute(
        f"""CREATE TRIGGER IF NOT EXISTS {table}_must_record_insert BEFORE INSERT ON {table}
        WHEN NEW.rev < 1 OR (SELECT value FROM meta WHERE key = 'writing') IS NOT 1
        BEGIN SELECT RAISE(ABORT, 'insert into {table} bypasses change recording'); END"""
    )


def guard_table(conn: sqlite3.Connection, table: str) -> None:
    """Triggers that make change recording impossible to bypass on ``table``: an INSERT, an
    UPDATE or a DELETE must happen inside ``Database.write()``; an UPDATE carries its rev; a
    DELETE leaves a grave with its rev for sync."""
    guard_insert(conn, table)
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


@cache
def station_migrations() -> Migrations:
    """Every migration module, registered in name order (imported on first use: the modules
    import this package)."""
    from sqlite_utils import Migrations

    migrations = Migrations("station_app")
    for name in migration_names():
        up = importlib.import_module(f"{__name__}.{name}").up
        migrations(name=name)(lambda db, up=up: up(db.conn))
    return migrations


def _adopt_old_records(db: sqlite_utils.Database) -> None:
    """Databases made before sqlite-utils ran the migrations recorded them in a table
    ``migrations`` (name, applied_at in Unix seconds): move those records over, once."""
    if not db["migrations"].exists():
        return
    station_migrations().ensure_migrations_table(db)
    db.execute(
        "INSERT OR IGNORE INTO _sqlite_migrations (migration_set, name, applied_at)"
        " SELECT 'station_app', name,"
        " strftime('%Y-%m-%d %H:%M:%f', applied_at, 'unixepoch') || '+00:00'"
        " FROM migrations ORDER BY rowid"
    )
    db.execute("DROP TABLE migrations")


def _all_applied(conn: sqlite3.Connection) -> bool:
    """Whether every migration is recorded as applied, read with one query (opening an up to
    date station, as every start does, then needs neither sqlite-utils nor the steps' modules)."""
    tables = {row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE name IN ('_sqlite_migrations', 'migrations')")}
    if tables != {"_sqlite_migrations"}:
        return False
    applied = {row[0] for row in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = 'station_app'")}
    return applied.issuperset(migration_names())


def apply_migrations(conn: sqlite3.Connection) -> list[str]:
    """Apply the pending migrations; returns their names. Takes the write lock only when
    there is something to do (opening a database never waits for another writer)."""
    if _all_applied(conn):
        return []
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    migrations = station_migrations()
    if not db["migrations"].exists() and not migrations.pending(db):
        return []
    with transaction(conn):
        _adopt_old_records(db)
        pending = [m.name for m in migrations.pending(db)]
        if pending:
            migrations.apply(db)
    return pending
