"""A sync bundle's payload (sync/export.py, receive.py), attached to the station's connection
as a schema of its own while it is written or merged. Two encodings (docs/bundle-format.md):

- ``sqlcipher`` (written since issue 25): a 32-byte key, then an SQLCipher 4 database file
  encrypted with it. The payload becomes a file of its own, beside the station database, that
  is attached with that key: SQLite reads and writes it in set-based SQL, and no row passes
  through Python (copying them was a third of a merge's time). The key is random, made for one
  bundle, and lives only in memory and inside the sealed bundle: the file on the disk is as
  unreadable as the station database, never personal data in clear. It is named as a
  temporary file (core/files.py): removed when done, or at the next start after a kill.
- ``sqlite3`` (earlier versions, ``--compress``, the station kits): an SQLite image in clear,
  which exists in memory only. The SQLCipher driver (core/sqlite.py) has no
  ``serialize``/``deserialize``, the standard library's sqlite3 has: the image is built and
  read there, by copying the rows of an attached in-memory schema."""

from __future__ import annotations

import os
import secrets
import sqlite3 as memory_sqlite  # the standard library's: in-memory images only
from pathlib import Path

from station_app.core.files import hold_partial
from station_app.core.sqlite import sqlite3

__all__ = ["serialize", "deserialize", "Payload", "ENCRYPTED", "PLAIN", "ENCODINGS"]

ENCRYPTED = "sqlcipher"
PLAIN = "sqlite3"
ENCODINGS = (ENCRYPTED, PLAIN)
KEY_BYTES = 32


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


def _only_tables(rows) -> None:
    for kind, name, sql in rows:
        if kind != "table" or not (sql or "").startswith("CREATE TABLE "):
            raise sqlite3.DatabaseError(f"unexpected {kind} {name} in the payload")


def deserialize(conn: sqlite3.Connection, schema: str, data: bytes) -> None:
    """Load the image ``data`` into ``schema``, an empty in-memory schema attached to
    ``conn``; sqlite3.DatabaseError (the driver's) when it is not a database of tables."""
    image = memory_sqlite.connect(":memory:")
    try:
        image.deserialize(data)
        tables = image.execute("SELECT type, name, sql FROM sqlite_master ORDER BY rowid"
                               ).fetchall()
        _only_tables(tables)
        for _, name, sql in tables:
            conn.execute(sql.replace("CREATE TABLE ", f"CREATE TABLE {schema}.", 1))
            _copy(image, f'SELECT * FROM "{name}"', conn,
                  f'INSERT INTO {schema}."{name}" VALUES ({{marks}})')
    except memory_sqlite.DatabaseError as exc:
        raise sqlite3.DatabaseError(str(exc)) from None
    finally:
        image.close()


class Payload:
    """``with Payload(conn, schema, folder, encoding, data) as p:`` attaches the payload
    ``data`` (or, without data, a new empty one) to ``conn`` as ``schema``; after the block, a
    new payload's bytes are ``p.data``. ``folder``: where the file of an ENCRYPTED payload is
    kept meanwhile (the station database's). Entering raises sqlite3.DatabaseError when
    ``data`` is not a database of tables, OSError when the file cannot be written."""

    def __init__(self, conn: sqlite3.Connection, schema: str, folder: str | os.PathLike,
                 encoding: str = ENCRYPTED, data: bytes | None = None):
        if encoding not in ENCODINGS:
            raise ValueError(f"payload encoding {encoding!r}")
        self.conn, self.schema, self.encoding, self._given = conn, schema, encoding, data
        self._new = data is None
        self.path = Path(folder, f".{schema}.{secrets.token_hex(4)}.station-app.tmp")
        self._held: int | None = None
        self.data: bytes | None = None

    def __enter__(self) -> Payload:
        if self.encoding == PLAIN:
            self.conn.execute(f"ATTACH ':memory:' AS {self.schema}")
            try:
                if self._given is not None:
                    deserialize(self.conn, self.schema, self._given)
            except BaseException:
                self.conn.execute(f"DETACH {self.schema}")
                raise
            self._given = None  # copied: the caller may free it
            return self
        given, self._given = self._given, None
        if given is not None and len(given) <= KEY_BYTES:
            raise sqlite3.DatabaseError("the payload is too short")
        key = bytes(given[:KEY_BYTES]) if given is not None else secrets.token_bytes(KEY_BYTES)
        self._key = key
        self._held = hold_partial(self.path)  # a sweep of another program leaves it alone
        try:
            if given is not None:
                view = memoryview(given)[KEY_BYTES:]
                while view:
                    view = view[os.write(self._held, view):]
            self.conn.execute(f"ATTACH DATABASE ? AS {self.schema} KEY \"x'{key.hex()}'\"",
                              (str(self.path),))
        except BaseException:
            self._remove()
            raise
        try:
            # Scratch: its rollback journal in memory, never synced to the disk; a cache that
            # holds it whole, so that each page is decrypted once.
            self.conn.execute(f"PRAGMA {self.schema}.journal_mode = MEMORY")
            self.conn.execute(f"PRAGMA {self.schema}.synchronous = OFF")
            size = len(given) if given is not None else 0
            self.conn.execute(f"PRAGMA {self.schema}.cache_size = {-(size // 1024 + 8192)}")
            _only_tables(self.conn.execute(
                f"SELECT type, name, sql FROM {self.schema}.sqlite_master"))
        except BaseException:
            try:
                self.conn.execute(f"DETACH {self.schema}")
            except sqlite3.Error:
                pass
            self._remove()
            raise
        return self

    def __exit__(self, kind, exc, tb) -> None:
        try:
            if self.encoding == PLAIN and kind is None and self._new:
                self.data = serialize(self.conn, self.schema)
            self.conn.execute(f"DETACH {self.schema}")
            if self.encoding == ENCRYPTED and kind is None and self._new:
                self.data = self._key + self.path.read_bytes()  # SQLite has closed it
        finally:
            self._remove()

    def _remove(self) -> None:
        if self._held is not None:
            os.close(self._held)  # first: Windows removes no open file
            self._held = None
            self.path.unlink(missing_ok=True)
