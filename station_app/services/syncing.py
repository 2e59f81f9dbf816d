"""What the Sync screen (a station's lead) and the HQ screen (hq) do with bundles, over the
sync package: write a bundle into a folder (a USB drive), import one bundle or every bundle of a
folder with a result per file, the log of bundles sent, received and refused with each refusal's
reason as a Message, what has not reached HQ yet and since when, identity files and enrolment;
at HQ the stations, and a bundle written back to each of them."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from station_app.core.messages import Message
from station_app.core.permissions import Operator
from station_app.storage import Database
from station_app.storage.access import authorize
from station_app.sync import (
    EnrolmentReplaces,
    ExportResult,
    Identity,
    MergeCancelled,
    SyncError,
    enrol,
    export_bundle,
    fingerprint,
    import_bundles,
    peers,
    read_identity_file,
    revoke,
    sync_status,
    write_identity_file,
)
from station_app.sync.export import resolve_recipient
from station_app.sync.identity import Peer

__all__ = ["BUNDLE_SUFFIX", "FileResult", "refusal_message", "bundles_in", "export_to_folder",
           "import_files", "bundle_history", "not_at_hq", "write_identity_to", "EnrolPreview",
           "preview_enrolment", "enrol_identity", "hq_stations", "revoke_station",
           "export_to_stations", "removable_drives", "default_bundle_folder"]

BUNDLE_SUFFIX = ".bundle"
Progress = Callable[[int, int], bool | None]  # (done, total) -> False to cancel

# The reasons of sync/errors.REASONS, as a person reads them (the English detail is in the log).
_REASONS = {
    "not a bundle": Message("the file is not a sync bundle"),
    "unsupported version": Message("the bundle was written by another version of the app: "
                                   "update the app on both laptops"),
    "truncated": Message("the file is incomplete (cut short while copying): copy it again"),
    "altered": Message("the file was changed or damaged after it was written: nothing of it "
                       "was imported"),
    "unknown sender": Message("it comes from a laptop that is not enrolled here"),
    "revoked sender": Message("it is signed by a revoked key"),
    "wrong recipient": Message("it was written for another laptop"),
    "kit not from here": Message("it comes from a laptop set up from a kit that this HQ did "
                                 "not write"),
    "kit already used": Message("its kit already set up another laptop: a kit makes one "
                                "station"),
    "kit expired": Message("its kit expired before its first bundle reached HQ: enrol the "
                           "station with its identity file, or write it a new kit"),
    "cancelled": Message("cancelled by the operator; nothing was imported"),
}


def refusal_message(reason: str | None) -> Message | None:
    """The reason a bundle was refused (as logged, "altered: detail…"), in words the interface
    translates; a reason of no known kind keeps its English text."""
    if not reason:
        return None
    kind = reason.split(":", 1)[0].strip()
    if kind == "cancelled by the operator":
        kind = "cancelled"
    return _REASONS.get(kind) or Message("it could not be merged: {detail}", detail=reason)


@dataclass
class FileResult:
    """One file of an import: applied, already applied, refused or cancelled."""

    file: str
    status: str
    sender: str | None = None
    changes: int = 0
    conflicts: int = 0
    reason: Message | None = None
    detail: str = ""  # the English line of the sync package
    extra: dict = field(default_factory=dict)
    set_aside: int = 0  # records HQ kept aside from the bundle (sync/remit.py)


def bundles_in(folder: str | os.PathLike, written_by: str | None = None) -> list[Path]:
    """The bundle files of a folder, by name; without those ``written_by`` (this station's
    code) wrote there for others (export_to_folder's names): one stick carries both ways."""
    folder = Path(folder)
    if not folder.is_dir():
        raise SyncError(Message("{folder} is not a folder", folder=str(folder)))
    own = f"{written_by}-to-" if written_by else None
    return sorted(p for p in folder.iterdir() if p.suffix == BUNDLE_SUFFIX and p.is_file()
                  and not (own and p.name.startswith(own)))


# Where a removable drive is mounted: by the desktop (udisks) at /media/$USER/NAME or
# /run/media/$USER/NAME, by hand at /mnt/NAME.
_DRIVE_PARENTS = ("media/{user}", "run/media/{user}", "mnt")


def _mount_points(table: str) -> list[str]:
    """The mount points of a mount table (/proc/self/mounts: spaces and such as octal escapes)."""
    points = []
    for line in table.splitlines():
        fields = line.split()
        if len(fields) >= 2:
            points.append(re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), fields[1]))
    return points


def removable_drives(table: str | None = None, user: str | None = None,
                     root: Path = Path("/")) -> list[Path]:
    """The removable drives mounted now that this account can write to, by path: the mount
    points right under /media/$USER, /run/media/$USER or /mnt (``table``: the mount table,
    default this system's; ``root``: where those folders are). Never a system folder."""
    if table is None:
        try:
            table = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:  # not Linux: the screen lists the drives its own way
            return []
    user = user or getpass.getuser()
    parents = {root / p.format(user=user) for p in _DRIVE_PARENTS}
    return sorted({Path(p) for p in _mount_points(table)
                   if Path(p).parent in parents and os.access(p, os.W_OK | os.X_OK)})


def default_bundle_folder() -> Path:
    """The folder bundles go to when no drive is plugged in: station-app/bundles in the
    user's documents folder (XDG_DOCUMENTS_DIR, else ~/Documents); made when first written."""
    return Path(platformdirs.user_documents_dir()) / "station-app" / "bundles"


def _folder(folder: str | os.PathLike) -> Path:
    """``folder`` to write into; the default bundle folder is made the first time."""
    folder = Path(folder)
    if folder == default_bundle_folder():
        folder.mkdir(parents=True, exist_ok=True)
    if not folder.is_dir():
        raise SyncError(Message("{folder} is not a folder", folder=str(folder)))
    return folder


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def export_to_folder(db: Database, folder: str | os.PathLike, to: Peer | None = None, *,
                     operator: Operator | None = None) -> ExportResult:
    """Write the bundle for ``to`` (default: the enrolled HQ) into ``folder``, named after the
    two stations and the time, so that bundles never overwrite each other on a drive."""
    authorize(db, operator, "sync.bundle")
    folder = _folder(folder)
    if to is None and not any(p.identity.hq for p in peers(db, include_revoked=False)):
        raise SyncError(Message("no HQ is enrolled here: enrol HQ's identity file first"))
    peer = to or resolve_recipient(db, None)
    name = f"{db.station}-to-{peer.station}-{_stamp()}{BUNDLE_SUFFIX}"
    return export_bundle(db, folder / name, peer.key_id, operator=operator)


def import_files(db: Database, paths: list[Path], progress: Progress | None = None,
                 action: str = "sync.bundle", *,
                 operator: Operator | None = None) -> list[FileResult]:
    """Import each file on its own (a refused one does not stop the others), reporting
    progress over all files. Cancelling stops the file under way (nothing of it is imported);
    those already imported stay, and the rest are listed as not imported."""
    authorize(db, operator, action)
    results: list[FileResult] = []
    total = max(len(paths), 1) * 100
    for n, path in enumerate(paths):
        def step(_file, _table, i, count, n=n):
            if progress is None:
                return None
            return progress(n * 100 + (99 * i // count if count else 99), total)

        if progress and progress(n * 100, total) is False:
            results += [FileResult(str(p), "cancelled", reason=_REASONS["cancelled"])
                        for p in paths[n:]]
            break
        try:
            [outcome] = import_bundles(db, [path], step, operator=operator)
        except MergeCancelled:
            results += [FileResult(str(p), "cancelled", reason=_REASONS["cancelled"])
                        for p in paths[n:]]
            break
        # a refused file's sender, as its header said (when it could be read), from the log
        sender = outcome.sender or db.scalar(
            "SELECT station FROM bundle_receipts WHERE file = ? ORDER BY seq DESC LIMIT 1",
            (str(path),))
        results.append(FileResult(
            outcome.file, outcome.status, sender, outcome.changes, outcome.conflicts,
            refusal_message(f"{outcome.reason}: {outcome.message}")
            if outcome.status == "refused" else None, outcome.message,
            set_aside=outcome.set_aside))
    if progress:
        progress(total, total)
    return results


def bundle_history(db: Database, limit: int = 300, *,
                   operator: Operator | None = None) -> list[dict]:
    """Bundles written, received, refused and cancelled, newest first; ``reason`` a Message."""
    authorize(db, operator, "sync.view")
    rows = db.query("SELECT seq, at, direction, file, station, status, reason, changes, operator"
                    " FROM bundle_receipts ORDER BY seq DESC LIMIT ?", (limit,))
    for row in rows:
        row["detail"] = row["reason"] or ""
        row["reason"] = refusal_message(row["reason"])
    return rows


def not_at_hq(db: Database, *, operator: Operator | None = None) -> dict:
    """What has not reached HQ: the count of changes (None when no HQ is enrolled), per table,
    since when (the oldest change HQ has not acknowledged, as recorded in the audit log), when
    HQ last acknowledged, the last bundle written for it, and whether HQ acknowledged all that
    bundle held (``after_last_bundle``: every change not at HQ was made after it, a sign-in
    the morning HQ's answer comes back say, and goes in the next bundle)."""
    status = sync_status(db, operator=operator)
    hq = next((p for p in status["peers"] if p["hq"] and not p["revoked_at"]), None)
    if hq is None:
        return {"count": None, "by_table": {}, "since": None, "acked_at": None,
                "last_out": None, "hq": None, "after_last_bundle": False}
    key = hq["key_id"]
    acked = db.scalar("SELECT acked_rev FROM sync_peers WHERE key_id = ?", (key,))
    since = db.scalar("SELECT min(at) FROM audit WHERE rev > ? AND rev NOT IN"
                      " (SELECT rev FROM sync_merges WHERE key_id = ?)", (acked, key))
    last_out = hq["last_out"]
    return {"count": hq["not_yet_there"], "by_table": hq["not_yet_there_by_table"],
            "since": since if hq["not_yet_there"] else None, "acked_at": hq["acked_at"],
            "last_out": last_out, "hq": hq["station"],
            "after_last_bundle": bool(last_out) and acked >= (last_out["upto_rev"] or 0)}


def write_identity_to(db: Database, folder: str | os.PathLike, *,
                      operator: Operator | None = None) -> tuple[Path, str]:
    """This laptop's identity file, written into ``folder`` as <station>.id; (path,
    fingerprint)."""
    folder = _folder(folder)
    path = folder / f"{db.station}.id"
    me = write_identity_file(db, path, operator=operator)
    return path, fingerprint(me.key_id)


@dataclass
class EnrolPreview:
    """An identity file read, before it is enrolled: whom it names, its fingerprint to
    compare, and the fingerprints of the keys it would replace."""

    path: str
    identity: Identity
    fingerprint: str
    replaces: list[str]
    already: bool


def preview_enrolment(db: Database, path: str | os.PathLike, *,
                      operator: Operator | None = None) -> EnrolPreview:
    authorize(db, operator, "sync.enrol")
    identity = read_identity_file(path)
    active = peers(db, include_revoked=False)
    return EnrolPreview(str(path), identity, fingerprint(identity.key_id),
                        [fingerprint(p.key_id) for p in active if p.station == identity.station
                         and p.key_id != identity.key_id],
                        any(p.key_id == identity.key_id for p in active))


def enrol_identity(db: Database, preview: EnrolPreview, replace: bool = False,
                   hq_only: bool = False, *, operator: Operator | None = None) -> bool:
    """Enrol what was previewed (the file read again: it must still be the same key).
    ``hq_only``: the HQ screen, which enrols stations (action hq.stations)."""
    if hq_only:
        authorize(db, operator, "hq.stations")
    identity = read_identity_file(preview.path)
    if identity.key_id != preview.identity.key_id:
        raise SyncError(Message("the identity file changed since it was read: choose it again"))
    try:
        return enrol(db, identity, replace=replace, operator=operator)[1]
    except EnrolmentReplaces:
        raise SyncError(Message("{station} is already enrolled with another key: confirm the "
                                "replacement", station=identity.station)) from None


# -- HQ -------------------------------------------------------------------------------------
def hq_stations(db: Database, *, operator: Operator | None = None) -> list[dict]:
    """The stations enrolled at HQ: code, name, key fingerprint, enrolled and revoked, the
    last bundle received from it, the changes it has not acknowledged, and those of them no
    bundle written to it holds yet (``not_written``)."""
    authorize(db, operator, "hq.stations")
    status = sync_status(db, operator=operator)
    listed = []
    for p in status["peers"]:
        if p["hq"]:
            continue
        last = db.one("SELECT at, status FROM bundle_receipts WHERE direction = 'in'"
                      " AND key_id = ? AND status = 'applied' ORDER BY seq DESC LIMIT 1",
                      (p["key_id"],))
        listed.append({"station": p["station"], "name": p["name"], "key_id": p["key_id"],
                       "fingerprint": fingerprint(p["key_id"]), "enrolled_at": p["enrolled_at"],
                       "revoked_at": p["revoked_at"],
                       "last_received": last["at"] if last else None,
                       "not_acknowledged": p["not_yet_there"], "acked_at": p["acked_at"],
                       "not_written": p["not_yet_written"]})
    return listed


def revoke_station(db: Database, key_id: str, *, operator: Operator | None = None) -> None:
    """Revoke one enrolled key (the HQ screen's row): its bundles are refused from now on."""
    authorize(db, operator, "hq.stations")
    revoke(db, key_id, operator=operator)


def export_to_stations(db: Database, folder: str | os.PathLike, progress: Progress | None = None, *,
                       operator: Operator | None = None) -> list[ExportResult]:
    """HQ: one bundle for each station enrolled and not revoked, into ``folder``."""
    authorize(db, operator, "hq.stations")
    targets = [p for p in peers(db, include_revoked=False) if not p.identity.hq]
    written = []
    for n, peer in enumerate(targets):
        if progress and progress(n, len(targets)) is False:
            break
        written.append(export_to_folder(db, folder, to=peer, operator=operator))
    if progress:
        progress(len(targets), len(targets))
    return written
