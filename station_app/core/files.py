"""Writing a file so that a reader sees the whole new file or the old one, never a part: the
content goes to a temporary file beside the target, is flushed to the disk, then renamed over
the target. Bundles, identity files, letters, notices, tickets and rosters are written this way.

Files and folders the app makes are its user's alone (0600 and 0700): they hold personal data.
A temporary file is named ``.<name>.<8 hex digits>.station-app.tmp`` and, on POSIX, its writer
holds an OS lock on it, so ``remove_partial_files`` can tell one left by a killed run (removed
at the next start) from one being written now (kept), and never touches a file of another
program.

Only SQLite may open an SQLite database (or its -wal, -shm, -journal): closing any other
descriptor of the file drops every POSIX lock the process holds on it, SQLite's included
(https://sqlite.org/howtocorrupt.html, 2.2). So a file the user names as a roster, bundle or
identity to read, or as a target to write, is first checked with ``sqlite_file_reason``.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import urllib.parse
from pathlib import Path

from station_app.core.messages import Message
from station_app.core.sqlite import sqlite3

__all__ = ["FileWriteError", "atomic_file", "write_file_atomically", "sqlite_file_reason",
           "default_db_path", "PRIVATE_FILE", "PRIVATE_FOLDER", "create_private_file",
           "make_private", "remove_partial_files", "disk_of", "is_disk_full", "cannot_write",
           "hold_partial"]

SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal", "-key")  # -key: an encrypted database's key
PRIVATE_FILE = 0o600  # read and written by the user only
PRIVATE_FOLDER = 0o700
_PARTIAL = re.compile(r"\..+\.[0-9a-f]{8}\.station-app\.tmp")


def default_db_path() -> Path:
    """This user's station database, in the app's data folder (here, not in storage/db.py, so
    that `station-app --help` shows it without loading the database modules)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("station-app", appauthor=False)) / "station.sqlite3"


def create_private_file(path: str | os.PathLike) -> None:
    """Create the empty file ``path``, readable by its user only (FileExistsError if there)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def make_private(path: str | os.PathLike, mode: int = PRIVATE_FILE) -> None:
    """Take away the group's and others' access to ``path`` (a file of ours made by an older
    version), by its name alone: never opened. Quietly nothing when it is not there, not ours
    or the file system has no such modes."""
    try:
        if os.stat(path).st_mode & 0o077:
            os.chmod(path, mode)
    except OSError:
        pass


def _lock(fd: int) -> bool:
    """An exclusive OS lock on an open temporary file, without waiting; False when another
    open file holds it. (Windows: no lock; an open file there cannot be removed anyway.)"""
    if os.name == "nt":
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def hold_partial(path: str | os.PathLike) -> int:
    """Create the empty temporary file ``path`` (a name of ``partial_name``) and hold its lock:
    the returned descriptor, closed by the caller once the file is renamed or removed, tells
    ``remove_partial_files`` that it is being written (an SQLite copy being made, say)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    _lock(fd)
    return fd


def remove_partial_files(folder: str | os.PathLike) -> list[Path]:
    """Remove the temporary files of ``atomic_file`` (and of SQLite copies made under such a
    name: their -journal, -wal, -shm and -key too) in ``folder`` that no running writer holds
    (left by a killed run); returns them. Only names this module makes are touched."""
    removed = []
    try:
        names = {e.name for e in os.scandir(folder) if e.is_file(follow_symlinks=False)}
    except OSError:
        return removed
    for name in sorted(names):
        if not _PARTIAL.fullmatch(name):
            continue
        path = Path(folder, name)
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            if _lock(fd):  # its writer is gone
                path.unlink()
                removed.append(path)
        except OSError:  # Windows: still open in its writer
            pass
        finally:
            os.close(fd)
    for name in sorted(names):  # side files whose temporary file is gone (removed or renamed)
        base, side = name[:-len(name.rsplit("-", 1)[-1]) - 1], name.rsplit("-", 1)[-1]
        if (f"-{side}" in SQLITE_SIDE_FILES and _PARTIAL.fullmatch(base)
                and not Path(folder, base).exists()):
            try:
                Path(folder, name).unlink()
                removed.append(Path(folder, name))
            except OSError:
                pass
    return removed


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
        if Path(f"{path}-key").is_file():  # encrypted: SQLite without the key sees noise
            return "it is an SQLite database"
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


_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG)


def is_disk_full(exc: BaseException) -> bool:
    """An OSError of a full disk (or quota, or file size limit), or SQLite's SQLITE_FULL."""
    if isinstance(exc, OSError):
        return exc.errno in _FULL
    return isinstance(exc, sqlite3.Error) and (
        getattr(exc, "sqlite_errorcode", None) == 13 or "disk is full" in str(exc))


def disk_of(path: str | os.PathLike) -> Path:
    """The mount point (the disk, the USB stick) that holds ``path``."""
    folder = Path(os.path.abspath(path))
    while not folder.exists():
        folder = folder.parent
    while not os.path.ismount(folder) and folder != folder.parent:
        folder = folder.parent
    return folder


def cannot_write(path: str | os.PathLike, exc: BaseException) -> Message:
    """Why ``path`` could not be written, in one line: a full disk named as such."""
    if is_disk_full(exc):
        return Message("cannot write {path}: the disk at {disk} is full; nothing was written "
                       "(free some space on it, or write elsewhere)", path=path,
                       disk=disk_of(path))
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return Message("cannot write {path}: {reason}", path=path, reason=reason)


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
        self.tmp = self.path.with_name(
            f".{self.path.name}.{secrets.token_hex(4)}.station-app.tmp")
        try:  # O_EXCL: never another writer's file; the user's alone (kept by the rename)
            fd = os.open(self.tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        except OSError as exc:
            raise self.error(f"cannot write {self.path}: {exc.strerror or exc}") from None
        _lock(fd)  # held while writing: remove_partial_files leaves this file alone
        self.fh = os.fdopen(fd, "wb", buffering=1 << 20)
        self.done = False

    def __enter__(self):
        return self

    def commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.path)
        self.done = True
        _sync_folder(self.path.parent)

    def __exit__(self, kind, exc, tb) -> None:
        if not self.done:
            try:
                self.fh.close()  # its last flush fails again on a full disk
            except OSError:
                pass
            self.tmp.unlink(missing_ok=True)
            if isinstance(exc, OSError):  # the disk filled up, the stick was pulled...
                raise self.error(cannot_write(self.path, exc)) from None


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
