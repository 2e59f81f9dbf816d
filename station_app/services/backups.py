"""Backups of the station database, restoring one, and the check of the database at start.

A backup is SQLite's online backup of the running database (``storage.copy_database``): whole
and consistent while the floor keeps writing, made through the same connection function as the
database itself (so encrypted the same way). It goes to the folder the lead chose (a USB stick;
by default ``backups/`` beside the database), named ``<station>-<date>-<time>.station-backup
.sqlite3``; the newest ``keep`` of this station are kept there, older ones overwritten and
removed. Taken at start, every hour and at exit by the GUI, or by ``station-app backup``.

A restore first copies the backup beside the database and checks the copy (a station
database, of this station, made by this version or an older one, passing ``integrity_check``);
then the current database is kept aside (``station.before-restore-<date>-<time>.sqlite3``) and
the checked copy takes its place. A database that still opens is overwritten through SQLite's
backup API, so programs that have it open see the restored one; a damaged one is renamed aside.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from station_app.core.dates import now_iso
from station_app.core.files import (
    PRIVATE_FOLDER,
    cannot_write,
    hold_partial,
    is_disk_full,
    remove_partial_files,
)
from station_app.core.messages import Message
from station_app.core.permissions import Operator
from station_app.core.sqlite import sqlite3
from station_app.storage import Database, NotAStationDatabase, copy_database, move_database
from station_app.storage.access import authorize
from station_app.storage.backup import keep_counters, overwrite_with, read_counters
from station_app.storage.migrations import migration_names
from station_app.storage.transaction import transaction

__all__ = ["BackupError", "Backup", "BackupStatus", "DEFAULT_KEEP", "BACKUP_SUFFIX",
           "backup_settings", "set_backup_settings", "take_backup", "backup_now", "backup_status",
           "station_backups", "check_database", "restore_backup", "overwrite_and_remove",
           "damage_advice", "Restored", "restore_work_path"]

BACKUP_SUFFIX = ".station-backup.sqlite3"
DEFAULT_KEEP = 24  # a day of hourly backups
SIDE_FILES = ("-wal", "-shm", "-journal", "-key")  # -key: the encrypted file's wrapped key


class BackupError(ValueError):
    """A backup cannot be taken or restored (args[0]: a Message, one line)."""


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: str  # ISO local time
    size: int


@dataclass(frozen=True)
class BackupStatus:
    folder: Path
    chosen: bool  # False: the default folder beside the database (same disk)
    keep: int
    last: Backup | None

    def age_seconds(self, now: dt.datetime | None = None) -> float | None:
        if self.last is None:
            return None
        taken = dt.datetime.fromisoformat(self.last.taken_at)
        return ((now or dt.datetime.now()) - taken).total_seconds()


def _default_folder(db: Database) -> Path:
    return db.path.parent / "backups"


def backup_settings(db: Database) -> tuple[Path, bool, int]:
    """(folder, chosen by the lead, how many are kept)."""
    values = dict(db.conn.execute("SELECT key, value FROM backup_settings"))
    folder = values.get("folder")
    return (Path(folder) if folder else _default_folder(db), bool(folder),
            int(values.get("keep") or DEFAULT_KEEP))


def set_backup_settings(db: Database, folder: str | os.PathLike | None, keep: int | None = None, *,
                        operator: Operator | None) -> None:
    """The lead's choice: ``folder`` (None or '': the default beside the database) and ``keep``."""
    actor = authorize(db, operator, "settings.change")
    folder = str(Path(folder).expanduser().resolve()) if folder else ""
    if folder and not Path(folder).is_dir():
        raise BackupError(Message("backup folder {folder} does not exist", folder=folder))
    if keep is not None and not 1 <= keep <= 1000:
        raise BackupError(Message("keep from 1 to 1000 backups, not {keep}", keep=keep))
    with db.write("backup.settings", actor, {"folder": folder, "keep": keep}):
        db.conn.execute("INSERT OR REPLACE INTO backup_settings VALUES ('folder', ?)", (folder,))
        if keep is not None:
            db.conn.execute("INSERT OR REPLACE INTO backup_settings VALUES ('keep', ?)", (keep,))


def station_backups(folder: Path, station: str) -> list[Backup]:
    """This station's backups in ``folder``, oldest first (by the time in their names, then the
    number of a second one in the same second)."""
    found = []
    try:
        paths = list(folder.glob(f"{station}-*{BACKUP_SUFFIX}"))
    except OSError:
        return []
    for path in paths:
        stamp = path.name[len(station) + 1:-len(BACKUP_SUFFIX)]
        try:
            taken = dt.datetime.strptime(stamp[:15], "%Y%m%d-%H%M%S")
            n = int(stamp[16:]) if stamp[15:16] == "-" else 1
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append((taken, n, Backup(path, taken.isoformat(), size)))
    return [backup for _taken, _n, backup in sorted(found, key=lambda f: f[:2])]


def backup_status(db: Database) -> BackupStatus:
    folder, chosen, keep = backup_settings(db)
    backups = station_backups(folder, db.station)
    return BackupStatus(folder, chosen, keep, backups[-1] if backups else None)


def take_backup(db: Database, now: dt.datetime | None = None) -> Backup:
    """An online backup of ``db`` into the backup folder; the oldest beyond ``keep`` removed.
    Safe while other programs write; takes no write lock (the floor never waits for it)."""
    folder, chosen, keep = backup_settings(db)
    if not chosen:
        folder.mkdir(exist_ok=True, mode=PRIVATE_FOLDER)
    if not folder.is_dir():
        raise BackupError(Message(
            "backup folder {folder} is not there (is the USB stick plugged in?)", folder=folder))
    remove_partial_files(folder)  # a backup killed half-way
    taken = (now or dt.datetime.now()).replace(microsecond=0)
    name = f"{db.station}-{taken:%Y%m%d-%H%M%S}"
    target = folder / f"{name}{BACKUP_SUFFIX}"
    n = 1
    while target.exists():  # two in the same second
        n += 1
        target = folder / f"{name}-{n}{BACKUP_SUFFIX}"
    # copied under a temporary name that the next start removes if this is killed half-way
    work = folder / f".{target.name}.{secrets.token_hex(4)}.station-app.tmp"
    held = None
    try:
        held = hold_partial(work)  # another program's sweep leaves it alone while it is made
        copy_database(db.path, work, made=True)
        move_database(work, target)
    except (sqlite3.Error, OSError) as exc:
        _remove_quietly(work)
        if is_disk_full(exc):
            raise BackupError(cannot_write(target, exc)) from None
        error = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise BackupError(Message("the backup to {folder} failed: {error}", folder=folder,
                                  error=error)) from None
    finally:
        if held is not None:  # after SQLite closed the copy: its locks are not ours to drop
            os.close(held)
    pruned = [old.path for old in station_backups(folder, db.station)[:-keep]]
    for old in pruned:
        overwrite_and_remove(old)
        _remove_quietly(old)  # its key file
    with transaction(db.conn):  # local records, no change number: the wipe finds them
        db.conn.execute("INSERT OR REPLACE INTO backups VALUES (?, 'backup', ?, ?)",
                        (str(target), taken.isoformat(), db.file_id()))
        db.conn.executemany("DELETE FROM backups WHERE path = ?", [(str(p),) for p in pruned])
    return Backup(target, taken.isoformat(), target.stat().st_size)


def backup_now(db: Database, *, operator: Operator | None) -> Backup:
    """A backup asked for by a lead (the Backups screen, ``station-app backup``)."""
    authorize(db, operator, "backup.take")
    return take_backup(db)


def _remove_quietly(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def overwrite_and_remove(path: str | os.PathLike) -> bool:
    """Overwrite the file with zeros (to the disk), then remove it; False when not there. Only
    for files no SQLite connection of this process has open (closing our descriptor would drop
    that connection's locks)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        fd = os.open(path, os.O_WRONLY)
    except FileNotFoundError:
        return False
    try:
        block = bytes(1 << 20)
        left = size
        while left > 0:
            left -= os.write(fd, block[:min(left, len(block))])
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink()
    return True


# -- the check at start ---------------------------------------------------------------------
def damage_advice(db_path: Path, folder: Path | None = None) -> Message:
    """The way out of a damaged database, in one message."""
    if folder is None:
        return Message(
            "Restore the last backup (on the Backups screen), "
            "or rebuild the station from HQ's bundle. The damaged file {path} is kept as it "
            "is.", path=db_path)
    return Message(
        "Restore the last backup from {folder} (on the Backups screen), "
        "or rebuild the station from HQ's bundle. The damaged file {path} is "
        "kept as it is.", folder=folder, path=db_path)


def check_database(db: Database, full: bool = False) -> list[str]:
    """SQLite's quick_check (or integrity_check, ``full``) of the open database: [] when whole,
    else the problems it found (at most 20)."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [r for (r,) in db.conn.execute(f"PRAGMA {pragma}(20)")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


# -- restore --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Restored:
    backup: Path
    station: str
    aside: Path
    was_damaged: bool

    def as_dict(self) -> dict:
        return {"backup": str(self.backup), "station": self.station, "aside": str(self.aside),
                "was_damaged": self.was_damaged}


def _checked_copy(backup: Path, station: str | None, work: Path) -> None:
    """Copy ``backup`` to ``work`` and check it is a whole database of ``station``."""
    if not backup.is_file():
        raise BackupError(Message("no backup file at {path}", path=backup))
    try:
        copy_database(backup, work)
    except sqlite3.DatabaseError as exc:
        _remove_quietly(work)
        raise BackupError(Message("{path} is not a station backup: {error}", path=backup,
                                  error=str(exc))) from None
    try:
        try:
            copy = Database.open(work)
        except NotAStationDatabase:
            raise BackupError(Message("{path} is not a station backup", path=backup)) from None
        try:
            known = set(migration_names())
            unknown = sorted(n for (n,) in copy.conn.execute(
                "SELECT name FROM _sqlite_migrations") if n not in known)
            if unknown:
                raise BackupError(Message(
                    "{path} was made by a newer version of station-app ({names}); restore it "
                    "with that version", path=backup, names=", ".join(unknown)))
            if station and copy.station != station:
                raise BackupError(Message(
                    "{path} is a backup of station {other}, not of this station {station}",
                    path=backup, other=copy.station, station=station))
            problems = check_database(copy, full=True)
            if problems:
                raise BackupError(Message("{path} is damaged: {problem}", path=backup,
                                          problem=problems[0]))
        finally:
            copy.close()
    except BaseException:
        _remove_quietly(work)
        raise


def restore_work_path(path: Path) -> Path:
    """Where a restore checks its copy of the backup (the wipe removes one left there)."""
    return path.with_name(f".{path.name}.restore-check")


def _open_current(path: Path) -> tuple[Database | None, dict[str, int]]:
    """The current database when it opens and passes quick_check, else None (damaged); and
    this laptop's counters, when they can be read."""
    try:
        db = Database.open(path)
    except (NotAStationDatabase, sqlite3.DatabaseError):
        return None, {}
    counters = read_counters(db)
    if check_database(db):
        db.close()
        return None, counters
    return db, counters


def restore_backup(path: str | os.PathLike, backup: str | os.PathLike,
                   sign_in: Callable[[Database], Operator],
                   now: dt.datetime | None = None) -> Restored:
    """Restore ``backup`` over the station database at ``path``. ``sign_in(db)`` returns who
    does it (a lead), signed in to the current database, or to the checked backup when the
    current one is damaged. No other connection of this process may be open on ``path`` when
    it is damaged (its file is renamed aside)."""
    path, backup = Path(path), Path(backup).resolve()
    current, counters = _open_current(path)
    damaged = current is None
    if damaged and not path.exists():
        raise BackupError(Message("no station database at {path}", path=path))
    # not a name of core/files' partial files: opening the copy tidies the folder it is in
    work = restore_work_path(path)
    _remove_quietly(work)  # left by a restore killed half-way
    stamp = f"{(now or dt.datetime.now()):%Y%m%d-%H%M%S}"
    aside = path.with_name(f"{path.stem}.before-restore-{stamp}{path.suffix}")
    try:
        station = current.station if current else None
        if current is not None:
            actor = authorize(current, sign_in(current), "backup.restore")
        _checked_copy(backup, station, work)
        copy = Database.open(work)
        try:
            if damaged:
                actor = authorize(copy, sign_in(copy), "backup.restore")
                station = copy.station
            else:
                copy_database(path, aside)
                overwrite_with(current, copy)
        finally:
            copy.close()
        if damaged:
            for suffix in ("", *SIDE_FILES):
                if Path(f"{path}{suffix}").exists():
                    os.replace(f"{path}{suffix}", f"{aside}{suffix}")
            move_database(work, path)
            current = Database.open(path)
            keep_counters(current, counters)  # as far as the damaged file told them
        with current.write("backup.restore", actor,
                           {"backup": str(backup), "aside": str(aside)}):
            current.conn.execute("INSERT OR REPLACE INTO backups VALUES (?, 'aside', ?, ?)",
                                 (str(aside), now_iso("seconds"), current.file_id()))
        return Restored(backup, station, aside, was_damaged=damaged)
    finally:
        _remove_quietly(work)
        if current is not None:
            current.close()
