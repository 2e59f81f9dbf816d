"""Opening a station database and writing to it.

Every write goes through ``Database.write()``, which opens one IMMEDIATE transaction, gives it a
new local change number (``rev``) and a global version (``ver``), and commits or rolls back as a
whole. Rows written through the ``Writer`` carry both, so a later sync bundle can find them;
triggers refuse an UPDATE that does not, and record every DELETE as a grave.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import json
import os
import secrets
import threading
import time
import urllib.parse
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from station_app.core.clock import Clock, next_stamp, wall_ms
from station_app.core.dates import now_iso
from station_app.core.files import (
    PRIVATE_FOLDER,
    create_private_file,
    default_db_path,
    make_private,
    remove_partial_files,
)
from station_app.core.messages import Message
from station_app.core.sqlite import sqlite3
from station_app.storage import keys, steps
from station_app.storage.migrations import apply_migrations
from station_app.storage.transaction import transaction

__all__ = ["Database", "Writer", "NotAStationDatabase", "default_db_path", "copy_database",
           "move_database",
           "APP_MARK"]

APP_MARK = "station_app"
CACHE_KIB = -65536  # page cache: 64 MiB (negative: KiB, as SQLite counts it)
AUTOCHECKPOINT_PAGES = 8192  # 32 MiB of WAL (4 KiB pages)
BULK_CACHE_KIB = -1048576  # 1 GiB while a bulk load runs; SQLite only takes what it uses
_ID_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
DEFAULT_BUSY_TIMEOUT_S = 5.0
OUTPUT_FOLDERS_KEPT = 20  # the last folders written into, cleaned of partial files at start


class NotAStationDatabase(Exception):
    """The file is missing, is not SQLite, or is not a station_app database."""


def _uri(path: Path, mode: str) -> str:
    """An SQLite URI for ``path``: mode ro (read only), rw (never creates the file)."""
    return f"file:{urllib.parse.quote(str(path.resolve()))}?mode={mode}"


def busy_timeout() -> float:
    """Seconds a connection waits for the write lock before giving up (DatabaseBusy, told in
    one line): 5 by default, or STATION_APP_BUSY_TIMEOUT. A floor action (a ticket, a desk
    call) then never hangs for long: the back office holds the lock about half a second at a
    time (SPEC 8), so 5 s rides over several of its steps, and anything longer is a lock that
    is not coming, better said at once than after a frozen half-minute."""
    try:
        seconds = float(os.environ.get("STATION_APP_BUSY_TIMEOUT", DEFAULT_BUSY_TIMEOUT_S))
    except ValueError:
        seconds = DEFAULT_BUSY_TIMEOUT_S
    return min(max(seconds, 0.0), 600.0)


def _connect(path: Path, key: bytes, reader: bool = False) -> sqlite3.Connection:
    """A connection with the station's settings; ``reader``: one that only reads, for a read
    beside the main connection's, which never creates the file and leaves the journal mode as
    it finds it (a first load may have switched it for a while, see ``bulk_load``)."""
    timeout = busy_timeout()
    conn = sqlite3.connect(_uri(path, "rw") if reader else path, uri=reader,
                           isolation_level=None, check_same_thread=True, timeout=timeout)
    try:
        if key != keys.PLAIN:
            conn.execute(keys.key_pragma(key))
        if not reader:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")  # a committed ticket survives a power cut
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        conn.execute(f"PRAGMA cache_size = {CACHE_KIB}")
        conn.execute("PRAGMA temp_store = MEMORY")
        if reader:
            conn.execute("PRAGMA query_only = ON")
        else:
            # above the WAL a long write lets grow (steps.CHECKPOINT_PAGES): while one runs, it
            # copies the WAL back itself, and a ticket's commit never does it for its pages
            conn.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")
    except BaseException:
        conn.close()
        raise
    return conn


def copy_database(source: str | os.PathLike, target: str | os.PathLike,
                  key: bytes | None = None, made: bool = False) -> Path:
    """A copy of the database ``source`` at the new path ``target``, made by SQLite's backup
    API: whole and consistent even while another program writes to ``source``, and without
    opening the file outside SQLite (see ``Database.open``). The copy is encrypted with the
    same key (``key``, else unlocked from the source's key file) and gets the same key file."""
    source, target = Path(source), Path(target)
    if made:  # the caller made it empty (files.hold_partial)
        if target.stat().st_size:
            raise FileExistsError(f"{target} already exists")
    elif target.exists():
        raise FileExistsError(f"{target} already exists")
    doc = keys.read_key_file(source)
    if doc is not None and key is None:
        key = keys.unlock(source, doc)
    if not made:
        create_private_file(target)  # the user's alone, before SQLite opens it
    src = sqlite3.connect(_uri(source, "rw"), uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            if key is not None:
                src.execute(keys.key_pragma(key))
                dst.execute(keys.key_pragma(key))
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    if doc is not None:
        keys.write_key_file(target, doc)
    return target


def move_database(source: str | os.PathLike, target: str | os.PathLike) -> Path:
    """Rename a closed database and its key file (the key first: a kill between the two
    leaves no database at ``target``, never one without its key)."""
    source, target = Path(source), Path(target)
    if keys.key_path(source).exists():
        keys.key_path(source).rename(keys.key_path(target))
    source.rename(target)
    return target


def _is_plain_sqlite(path: Path) -> bool:
    """Whether ``path`` reads as an unencrypted SQLite database."""
    conn = sqlite3.connect(_uri(path, "ro"), uri=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def _encrypt_in_place(path: Path, key: bytes | None) -> bytes:
    """Convert the plain station database ``path`` (an earlier version's) into an encrypted
    one: exported into a new file beside it, its key file written, then renamed over it. A
    kill at any point leaves a database that opens: the old plain file until the rename (a
    key file already written is then used to convert again), the encrypted one after it.
    ``key``: the data key of a key file already written by a conversion killed half-way."""
    tmp = Path(f"{path}-encrypting")
    new_key = key is None
    if key is None:
        passphrase = keys.current_passphrase()
        if not passphrase:
            raise keys.PassphraseNeeded(Message(
                "{path} is not encrypted yet: type a new station passphrase to encrypt it",
                path=path))
        passphrase = keys.check_new_passphrase(passphrase)
        key = keys.new_data_key()
    tmp.unlink(missing_ok=True)
    create_private_file(tmp)
    conn = sqlite3.connect(_uri(path, "rw"), uri=True, isolation_level=None)
    try:
        # out of WAL (its frames checkpointed): refused while another program has it open
        if conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] != "delete":
            raise NotAStationDatabase(Message(
                "{path} is open in another program: close it, then open the station again to "
                "encrypt it", path=path))
        station = conn.execute("SELECT value FROM meta WHERE key = 'station'").fetchone()[0]
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(tmp),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    if new_key:
        keys.write_key_file(path, keys.new_key_document(str(station), key, passphrase))
    os.replace(tmp, path)
    return key


class Database:
    """One connection to a station database. A connection belongs to the thread that opened it:
    open another ``Database`` on the same path in each worker thread.

    ``clock`` is the wall clock (milliseconds) that stamps changes; tests replace it with one
    that steps, so that which of two writes is later does not depend on the machine's speed."""

    def __init__(self, path: str | os.PathLike, conn: sqlite3.Connection, key: bytes,
                 clock: Clock = wall_ms):
        self.path = Path(path)
        self.conn = conn
        self.key = key  # the data key (storage/keys.py), for copies and HQ's sealed copy
        self.key_file_repairs: list[Message] = []  # told by `check`
        self.clock = clock
        self.thread = threading.get_ident()
        meta = dict(conn.execute("SELECT key, value FROM meta"))
        self.station: str = meta["station"]
        self.station_name: str = meta["station_name"]
        self.node: str = meta["node"]
        self.is_hq: bool = bool(meta.get("hq"))
        self._steps_file = steps.steps_path(self.path)

    # -- opening -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike, station: str, name: str, hq: bool = False,
               passphrase: str | None = None, key: bytes | None = None) -> Database:
        """A new encrypted station database, its key wrapped by ``passphrase`` (else this
        process's: storage/keys.py). ``key=keys.PLAIN``: unencrypted, for the benchmarks."""
        path = Path(path)
        if path.exists():
            raise FileExistsError(f"{path} already exists; choose another path or remove it")
        if key is None:
            passphrase = passphrase or keys.current_passphrase()
            if not passphrase:
                raise keys.PassphraseNeeded(Message(
                    "a new station database needs a station passphrase: type one"))
            passphrase = keys.check_new_passphrase(passphrase)
        path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        if path.parent == default_db_path().parent:  # the app's own folder
            make_private(path.parent, PRIVATE_FOLDER)
        if key is None:
            key = keys.new_data_key()
            keys.write_key_file(path, keys.new_key_document(station, key, passphrase, hq=hq))
        # the user's alone before SQLite opens it: SQLite gives its -wal and -shm files the
        # database file's permissions
        create_private_file(path)
        conn = _connect(path, key)
        try:
            apply_migrations(conn)
            node = "".join(secrets.choice(_ID_ALPHABET) for _ in range(8))
            with transaction(conn):
                conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [("app", APP_MARK), ("station", station), ("station_name", name),
                     ("node", node), ("hq", 1 if hq else 0), ("rev", 0), ("ver", ""),
                     ("writing", 0), ("hlc", 0), ("next_id", 1),
                     ("created_at", now_iso("milliseconds"))],
                )
        except BaseException:
            conn.close()
            for suffix in ("", "-wal", "-shm", "-key"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise
        return cls(path, conn, key)

    @classmethod
    def open(cls, path: str | os.PathLike, key: bytes | None = None) -> Database:
        """Open a station database, unlocked with ``key`` (HQ's recovery) or else by this
        process's passphrase (storage/keys.py); a plain database of an earlier version is
        encrypted first, once. Only SQLite ever opens the file: closing any other
        descriptor of it would drop every POSIX lock this process holds on it, SQLite's too
        (another program closing the database would then delete the WAL under our feet)."""
        path = Path(path)
        if not path.is_file():
            raise NotAStationDatabase(Message(
                "no station database at {path} (create one with: station-app init)", path=path))
        if path.stat().st_size == 0:
            raise NotAStationDatabase(Message("{path} is an empty file, not a station database",
                                              path=path))
        doc = keys.read_key_file(path)
        if doc is None and not _is_plain_sqlite(path):
            raise NotAStationDatabase(Message(
                "{path} is not a station database (not SQLite, damaged, or encrypted and its "
                "key file {key_file} is missing)", path=path, key_file=keys.key_path(path).name))
        if doc is not None and key is None:
            key = keys.unlock(path, doc)
        # no pragmas and never created: a foreign file stays as is
        conn = sqlite3.connect(_uri(path, "rw"), uri=True, isolation_level=None)
        try:
            if key:
                conn.execute(keys.key_pragma(key))
            has_meta = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
            ).fetchone()
            mark = has_meta and conn.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
            if not mark or mark[0] != APP_MARK:
                raise NotAStationDatabase(Message(
                    "{path} is an SQLite file but not a station database", path=path))
            conn.close()
            if doc is None and key != keys.PLAIN:
                key = _encrypt_in_place(path, None)
            conn = _connect(path, key)
            apply_migrations(conn)
            database = cls(path, conn, key)
            steps.recover(database)  # a roster import or merge killed half-way is undone
            database._tidy_files()
            database.seal_key_to_hq()
            return database
        except sqlite3.DatabaseError as exc:
            conn.close()
            if str(exc) == "file is not a database":
                if doc is not None and _is_plain_sqlite(path):
                    # a conversion killed after writing the key file: the plain file again
                    _encrypt_in_place(path, key)
                    return cls.open(path, key)
                if doc is not None:  # a damaged file, or the key file of another database
                    raise NotAStationDatabase(Message(
                        "{path} is not a station database (not SQLite, or damaged), or its key "
                        "file {key_file} (station {station}'s) is another database's",
                        key_file=keys.key_path(path).name, station=doc.get("station"),
                        path=path)) from None
                raise NotAStationDatabase(Message(
                    "{path} is not a station database (not SQLite, or damaged), or its key "
                    "file does not open it", path=path)) from None
            raise NotAStationDatabase(Message(
                "{path} cannot be read as a station database: {error}", path=path,
                error=str(exc))) from exc
        except BaseException:
            conn.close()
            raise

    def seal_key_to_hq(self) -> None:
        """Seal the data key to every HQ enrolled here that has no sealed copy yet, so that
        HQ can open this database or its backups when the passphrase is lost."""
        doc = keys.read_key_file(self.path)
        if doc is None:
            return
        # a copy damaged (or not of this key) is dropped and sealed again: HQ's recovery works
        # the day it is needed, not only the day the station was enrolled
        dropped = keys.repair_hq_copies(doc, self.key)
        # the passphrase page, before anything is decrypted, addresses HQ as HQ (ui/passphrase)
        marked = self.is_hq and not doc.get("headquarters")
        if marked:
            doc["headquarters"] = True
        done = keys.sealed_for(doc)
        missing = [(key_id, bytes(enc)) for key_id, enc in self.conn.execute(
            "SELECT key_id, enc_public FROM sync_peers WHERE hq = 1 AND revoked_at IS NULL")
            if key_id not in done]
        for key_id, enc_public in missing:
            keys.seal_for_hq(doc, self.key, key_id, enc_public)
        if missing or dropped or marked:
            keys.write_key_file(self.path, keys.finish(doc, self.key))
        if dropped:
            self.key_file_repairs.append(Message(
                "the copy of the key sealed to HQ in {path} was damaged: sealed again",
                path=keys.key_path(self.path)))

    def close(self) -> None:
        self.conn.close()

    def reader(self) -> sqlite3.Connection:
        """Another connection on this database that can only read, for a read run in another
        thread beside this connection's (a connection belongs to the thread that opened it:
        open it in that thread, and close it there)."""
        return _connect(self.path, self.key, reader=True)

    # -- files beside the database and outputs ---------------------------------------------
    def _tidy_files(self) -> None:
        """At each start: the database's files made the user's alone (an older version made
        them readable by every account), and the temporary files a killed run left beside
        the database or in the last output folders removed (core/files.remove_partial_files)."""
        if self.path.parent == default_db_path().parent:
            make_private(self.path.parent, PRIVATE_FOLDER)
        for suffix in ("", "-wal", "-shm", "-steps", "-key"):
            make_private(f"{self.path}{suffix}")
        folders = [self.path.parent, self.path.parent / "backups", *(Path(f) for (f,) in (
            *self.conn.execute("SELECT value FROM backup_settings WHERE key = 'folder'"
                               " AND value <> ''"),
            *self.conn.execute("SELECT folder FROM output_folders ORDER BY used_at DESC")))]
        for folder in folders:
            remove_partial_files(folder)

    def file_id(self) -> str:
        """This database's file: its path, then its device and inode (a copy has another
        inode; a rename keeps it)."""
        st = self.path.stat()
        return f"{self.path.resolve()}\n{st.st_dev}:{st.st_ino}"

    def owns(self, recorded: str | None) -> bool:
        """Whether a record made by the database ``recorded`` (a ``file_id``) was made by this
        one: the same path or the same file (renamed); None, from before it was recorded."""
        if recorded is None:
            return True
        path, _, inode = recorded.partition("\n")
        mine_path, _, mine_inode = self.file_id().partition("\n")
        return path == mine_path or inode == mine_inode

    def note_output(self, out: str | os.PathLike) -> None:
        """Remember the folder of a file about to be written (letters, notices, a report, a
        bundle), so that a partial file a killed run leaves there is removed at the next start.
        A local record: no change number, no audit."""
        out = Path(out).resolve()
        with transaction(self.conn):
            self.conn.execute("INSERT OR REPLACE INTO output_folders VALUES (?, ?)",
                              (str(out.parent), now_iso("milliseconds")))
            # every file, for the end-of-campaign wipe (services/wipe.py)
            self.conn.execute("INSERT OR REPLACE INTO output_files VALUES (?, ?, ?)",
                              (str(out), now_iso("milliseconds"), self.file_id()))
            self.conn.execute(
                "DELETE FROM output_folders WHERE folder NOT IN (SELECT folder FROM "
                "output_folders ORDER BY used_at DESC LIMIT ?)", (OUTPUT_FOLDERS_KEPT,))

    # -- reading -------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence | dict = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur]

    def one(self, sql: str, params: Sequence | dict = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Sequence | dict = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def meta(self, key: str, default: Any = None) -> Any:
        value = self.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return default if value is None else value

    # -- writing -------------------------------------------------------------------------
    @contextmanager
    def bulk_load(self, first_load: bool = False) -> Iterator[bool]:
        """Settings for loading hundreds of thousands of rows (a roster, a big bundle): a page
        cache big enough for the whole load and its index sorts (back to normal afterwards),
        and Python's cyclic garbage collector paused, since it would otherwise rescan the
        millions of live row objects again and again (the load makes no reference cycles).

        ``first_load``, for a database that is still nearly empty (a new laptop's roster):
        write the pages once, under a rollback journal, instead of twice (into the WAL, then by
        the checkpoint into the database); back to WAL afterwards. Crash safety is the same: a
        killed load leaves a hot journal that SQLite rolls back on the next open. SQLite allows
        the switch only when no other connection has the database open; otherwise the load
        simply stays in WAL mode. Yields whether the switch happened."""
        switched = False
        if first_load:
            try:
                switched = self.conn.execute(
                    "PRAGMA main.journal_mode = DELETE").fetchone()[0] == "delete"
            except sqlite3.OperationalError:  # another connection is busy with the database
                switched = False
        collecting = gc.isenabled()
        gc.disable()
        self.conn.execute(f"PRAGMA cache_size = {BULK_CACHE_KIB}")
        try:
            yield switched
        finally:
            self.conn.execute(f"PRAGMA cache_size = {CACHE_KIB}")
            if collecting:
                gc.enable()
            if switched:
                self.conn.execute("PRAGMA main.journal_mode = WAL")

    @contextmanager
    def write(self, action: str | None = None, operator: str | None = None,
              detail: dict | None = None, floor: bool = True) -> Iterator[Writer]:
        """One transaction: all of it is committed, or none of it. ``action`` (when given)
        writes an audit entry of who did what. ``floor``: while another program holds the
        write lock, tell a long write in steps (storage/steps.py) to let this one in first."""
        if threading.get_ident() != self.thread:
            raise RuntimeError("a Database connection is used only by the thread that opened it")
        with transaction(self.conn, waiting=self._floor_waits if floor else None):
            writer = Writer(self, operator)
            if action:
                writer.audit(action, detail)
            yield writer
            writer.finish()

    def audit_read(self, action: str, operator: str | None, detail: dict) -> None:
        """Record who read what (a search, a lookup) in the audit log, in its own transaction
        committed without waiting for the disk (synchronous NORMAL: in WAL mode the database
        stays whole). A power cut may lose the last few of these entries, never a ticket or an
        intake: those commit with FULL, which carries the earlier entries to the disk too."""
        self.conn.execute("PRAGMA synchronous = NORMAL")
        try:
            with self.write(action, operator, detail):
                pass
        finally:
            self.conn.execute("PRAGMA synchronous = FULL")

    def _floor_waits(self) -> None:
        try:
            now = time.time_ns()
            os.utime(self._steps_file, ns=(now, now))
        except OSError:  # no -steps file: no long write has ever run here
            pass

    def long_write(self, kind: str, action: str | None = None, operator: str | None = None,
                   detail: dict | None = None,
                   first_load: bool = False) -> contextlib.AbstractContextManager[steps.Steps]:
        """A roster import or a big merge: one transaction when no other program has the
        database open, else short steps that let the floor in (see storage/steps.py)."""
        return steps.long_write(self, kind, action, operator, detail, first_load)


def _braces(text: str) -> str:
    """``text`` as literal text in a str.format template."""
    return text.replace("{", "{{").replace("}", "}}")


class Writer:
    """The changes of one transaction. Obtain it from ``Database.write()``."""

    def __init__(self, database: Database, operator: str | None):
        self.conn = database.conn
        self.operator = operator
        meta = dict(self.conn.execute(
            "SELECT key, value FROM meta WHERE key IN ('rev', 'hlc', 'next_id')"))
        self.rev = int(meta["rev"]) + 1
        hlc = next_stamp(int(meta["hlc"]), database.clock())
        self.ver = f"{hlc:012x}.{database.node}"
        self._first_id = int(meta["next_id"])
        self._counter = itertools.count(self._first_id)
        self._node = database.node
        self._station = database.station
        # new_id() as one C call per id (a roster import takes a million): the same ids
        self.new_id = map(f"{_braces(self._node)}{{:010d}}".format, self._counter).__next__
        self.conn.executemany(
            "UPDATE meta SET value = ? WHERE key = ?",
            [(self.rev, "rev"), (self.ver, "ver"), (hlc, "hlc"), (1, "writing")],
        )

    def finish(self) -> None:
        self.conn.execute("UPDATE meta SET value = 0 WHERE key = 'writing'")
        next_id = next(self._counter)
        if next_id != self._first_id:
            self.conn.execute("UPDATE meta SET value = ? WHERE key = 'next_id'", (next_id,))

    # ids: the laptop's random node, then a counter: unique across laptops, increasing here.
    # (__init__ replaces this with the same ids, faster)
    def new_id(self) -> str:
        return f"{self._node}{next(self._counter):010d}"

    def new_ids(self, count: int) -> list[str]:
        return [self.new_id() for _ in range(count)]

    def insert(self, table: str, row: dict[str, Any]) -> str:
        row = dict(row)
        row.setdefault("id", self.new_id())
        row["rev"], row["ver"] = self.rev, self.ver
        cols = ", ".join(row)
        marks = ", ".join("?" * len(row))
        self.conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(row.values()))
        return row["id"]

    def insert_many(self, table: str, columns: Sequence[str], rows: Iterable[Sequence],
                    ver: str | None = None) -> None:
        """Bulk insert; each row's values in ``columns`` order (ids included), rev/ver added
        (``ver``: another version than this write's, as a roster import's records have)."""
        cols = ", ".join([*columns, "rev", "ver"])
        marks = ", ".join(["?"] * len(columns) + [str(self.rev), f"'{ver or self.ver}'"])
        self.conn.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)

    def update(self, table: str, id: str, changes: dict[str, Any]) -> None:
        sets = ", ".join(f"{col} = ?" for col in changes)
        cur = self.conn.execute(
            f"UPDATE {table} SET {sets}, rev = ?, ver = ? WHERE id = ?",
            (*changes.values(), self.rev, self.ver, id),
        )
        if cur.rowcount != 1:
            raise KeyError(f"no {table} record with id {id}")

    def update_many(self, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
        """Bulk update by id: each row is (values in ``columns`` order..., id)."""
        sets = ", ".join(f"{col} = ?" for col in columns)
        self.conn.executemany(
            f"UPDATE {table} SET {sets}, rev = {self.rev}, ver = '{self.ver}' WHERE id = ?", rows
        )

    def delete(self, table: str, id: str) -> None:
        self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (id,))

    def audit(self, action: str, detail: dict | None = None) -> None:
        self.insert("audit", {
            "at": now_iso("milliseconds"), "operator": self.operator, "action": action,
            "detail": json.dumps(detail, ensure_ascii=False) if detail else None,
            "station": self._station,
        })
