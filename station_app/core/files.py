"""Writing a file so that a reader sees the whole new file or the old one, never a part: the
content goes to a temporary file beside the target, is flushed to the disk, then renamed over
the target. Bundles, identity files, letters, notices, tickets and rosters are written this way.

Only SQLite may open an SQLite database (or its -wal, -shm, -journal): closing any other
descriptor of the file drops every POSIX lock the process holds on it, SQLite's included
(https://sqlite.org/howtocorrupt.html, 2.2). So a file the user names as a roster, bundle or
identity to read, or as a target to write, is first checked with ``sqlite_file_reason``.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import urllib.parse
from pathlib import Path

__all__ = ["FileWriteError", "atomic_file", "write_file_atomically", "sqlite_file_reason"]

SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def sqlite_file_reason(path: str | os.PathLike) -> str | None:
    """Why ``path`` must not be read or replaced as a plain file ("it is an SQLite database",
    or its -wal, -shm or -journal), or None. Asked through SQLite itself, never open()."""
    path = Path(path)
    for suffix in SQLITE_SIDE_FILES:
        if path.name.endswith(suffix) and Path(str(path)[:-len(suffix)]).is_file():
            return f"it is the {suffix[1:]} file of an SQLite database"
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
    except OSError:
        return None
    uri = f"file:{urllib.parse.quote(str(path.resolve()))}?mode=rw"  # never creates it
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        # a database that cannot be read now (locked, damaged) is still a database
        return None if str(exc) == "file is not a database" else "it is an SQLite database"
    finally:
        conn.close()
    return "it is an SQLite database"


class FileWriteError(ValueError):
    """The file cannot be written where the user asked (the message is one line)."""


class atomic_file:
    """``with atomic_file(path) as target:`` writes (to ``target.fh``, binary) into a temporary
    file beside ``path``; ``commit()`` renames it into place. Left without commit (an error), the
    temporary file is removed and ``path`` is untouched. A subclass may set ``error`` to the
    exception its callers expect."""

    error: type[ValueError] = FileWriteError

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        if self.path.is_dir():
            raise self.error(f"cannot write {self.path}: it is a folder")
        if not self.path.parent.is_dir():
            raise self.error(f"cannot write {self.path}: folder {self.path.parent} does not exist")
        reason = sqlite_file_reason(self.path)
        if reason:
            raise self.error(f"cannot write {self.path}: {reason}")
        self.tmp = self.path.with_name(f".{self.path.name}.{secrets.token_hex(4)}.tmp")
        try:  # O_EXCL: never another writer's file; mode 0o666 less the umask, as open() gives
            fd = os.open(self.tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except OSError as exc:
            raise self.error(f"cannot write {self.path}: {exc.strerror or exc}") from None
        self.fh = os.fdopen(fd, "wb", buffering=1 << 20)
        self.done = False

    def __enter__(self):
        return self

    def commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        try:
            os.replace(self.tmp, self.path)
        except OSError as exc:
            raise self.error(f"cannot write {self.path}: {exc.strerror or exc}") from None
        self.done = True
        _sync_folder(self.path.parent)

    def __exit__(self, *exc) -> None:
        if not self.done:
            self.fh.close()
            self.tmp.unlink(missing_ok=True)


def write_file_atomically(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` through ``atomic_file``."""
    with atomic_file(path) as target:
        target.fh.write(data)
        target.commit()


def _sync_folder(folder: Path) -> None:
    # the rename itself reaches the disk (best effort: some file systems refuse a folder fsync)
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
