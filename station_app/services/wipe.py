"""End of the campaign: a lead exports the final bundle for HQ, then the personal data leaves
the laptop: the station database (and its -wal, -shm, -steps), the backups the station knows
(its backup folder and the files a restore put aside) and every letter, notice, report or
bundle file it wrote (``output_files``). Each file is overwritten with zeros before it is
removed. The wipe is audited first, so the entry travels to HQ in the final bundle, which is the
one file kept (sealed for HQ: nobody else can read it).

Two steps, so that the GUI closes its own connections in between: ``prepare_wipe`` (with the
database open) and ``remove_files`` (with every connection closed)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from station_app.core.messages import Message
from station_app.core.permissions import Operator
from station_app.services.backups import (
    backup_settings,
    overwrite_and_remove,
    restore_work_path,
    station_backups,
)
from station_app.storage import Database
from station_app.storage.access import authorize
from station_app.sync import export_bundle

__all__ = ["WipeError", "WipePlan", "prepare_wipe", "remove_files", "files_to_wipe"]

DATABASE_FILES = ("", "-wal", "-shm", "-steps", "-journal", "-key")


class WipeError(ValueError):
    """The wipe was not confirmed or cannot start (args[0]: a Message)."""


@dataclass
class WipePlan:
    station: str
    bundle: Path  # the final bundle, kept
    files: list[Path]  # removed by remove_files
    removed: list[Path] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"station": self.station, "bundle": str(self.bundle),
                "removed": [str(p) for p in self.removed]}


def files_to_wipe(db: Database) -> list[Path]:
    """Every file of the station's personal data this laptop knows, the database's last. Only
    this database's: a copy of it carries its original's records, which stay the original's
    (``Database.owns``)."""
    found: dict[str, None] = {}
    folder = backup_settings(db)[0]
    others = set()
    for path, owner in db.conn.execute("SELECT path, db FROM backups ORDER BY path"):
        if not db.owns(owner):
            others.add(path)
            continue
        found[path] = None
        for suffix in DATABASE_FILES[1:]:
            found[f"{path}{suffix}"] = None
    for backup in station_backups(folder, db.station):
        if str(backup.path) not in others:
            found[str(backup.path)] = None
    for path, owner in db.conn.execute("SELECT path, db FROM output_files ORDER BY path"):
        if db.owns(owner):
            found[path] = None
    found[str(restore_work_path(db.path))] = None
    for suffix in DATABASE_FILES:
        found[f"{db.path}{suffix}"] = None
    return [Path(p) for p in found]


def prepare_wipe(db: Database, bundle: str | os.PathLike, confirm: str,
                 to: str | os.PathLike | None = None, *, operator: Operator | None) -> WipePlan:
    """Audit the wipe, then write the final bundle (to HQ, or ``to``) into ``bundle``; returns
    what ``remove_files`` removes once the database is closed. ``confirm``: the station code,
    typed by the lead."""
    actor = authorize(db, operator, "station.wipe")
    if confirm.strip().upper() != db.station.upper():
        raise WipeError(Message("type the station code {station} to confirm the wipe",
                                station=db.station))
    bundle = Path(bundle).resolve()
    files = [f for f in files_to_wipe(db) if f != bundle]
    with db.write("station.wipe", actor, {"bundle": bundle.name, "files": len(files)}):
        pass
    export_bundle(db, bundle, to, operator=operator)  # carries the audit entry above
    return WipePlan(db.station, bundle, files)


def remove_files(plan: WipePlan) -> WipePlan:
    """Overwrite and remove the plan's files (every connection to the database closed)."""
    for path in plan.files:
        if overwrite_and_remove(path):
            plan.removed.append(path)
    return plan
