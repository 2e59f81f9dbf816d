"""SQLite database images in memory: a sync bundle's payload (sync/export.py, receive.py).

The SQLCipher driver (core/sqlite.py) has no ``serialize``/``deserialize``, the standard
library's sqlite3 has: the image is built there, in memory only, by copying the rows of the
attached in-memory schema (never a file: the payload holds personal data in clear)."""

from __future__ import annotations

import sqlite3 as memory_sqlite  # the standard library's: in-memory images only

from station_app.core.sqlite import sqlite3

__all__ = ["serialize", "deserialize"]


def _copy(source, select: str, target, insert: str) -> None:
    cur = source.execute(select)
    marks = ", ".join("?" * len(cur.description))
    target.executemany(insert.format(marks=marks), cur)


def serialize(conn: sqlite3.Connection, schema: str) -> bytes:
    """The image of the attached schema ``schema`` (tables only)."""
    image = memory_sqlite.connect(":memory:")
    try:
        for name, sql in conn.execute(
                f"SELECT name, sql FROM {schema}.sqlite_master WHERE type = 'table'"
                " ORDER BY rowid").fetchall():
            image.execute(sql)
            _copy(conn, f'SELECT * FROM {schema}."{name}"', image,
                  f'INSERT INTO "{name}" VALUES ({{marks}})')
        image.commit()
        return image.serialize()
    finally:
        image.close()


def deserialize(conn: sqlite3.Connection, schema: str, data: bytes) -> None:
    """Load the image ``data`` into ``schema``, an empty in-memory schema attached to
    ``conn``; sqlite3.DatabaseError (the driver's) when it is not a database of tables."""
    image = memory_sqlite.connect(":memory:")
    try:
        image.deserialize(data)
        tables = image.execute("SELECT type, name, sql FROM sqlite_master ORDER BY rowid"
                               ).fetchall()
        for kind, name, sql in tables:
            if kind != "table" or not sql.startswith("CREATE TABLE "):
                raise sqlite3.DatabaseError(f"unexpected {kind} {name} in the image")
            conn.execute(sql.replace("CREATE TABLE ", f"CREATE TABLE {schema}.", 1))
            _copy(image, f'SELECT * FROM "{name}"', conn,
                  f'INSERT INTO {schema}."{name}" VALUES ({{marks}})')
    except memory_sqlite.DatabaseError as exc:
        raise sqlite3.DatabaseError(str(exc)) from None
    finally:
        image.close()
