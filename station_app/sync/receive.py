"""Importing bundles: check everything, then merge all or nothing.

A bundle is verified (format, sender enrolled and not revoked, signature, recipient, length,
digest) before the database is touched. One already applied (and intact) is recognised by its
digest and reported without decrypting. Otherwise it is decrypted, its payload attached
(storage/images.py) and merged inside one ``Database.write()``, together with the
bookkeeping: the receipt, the sender's acknowledgement of our changes, what we now hold of
the sender's, the conflicts it revealed (in short steps while another program has the
station open: storage/steps.py). A refused, cancelled or killed import changes no data;
refusals and repeats are written to the local bundle log only.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from station_app.core.dates import show_moment
from station_app.core.files import cannot_write, is_disk_full, sqlite_file_reason
from station_app.core.messages import Message
from station_app.core.permissions import Operator
from station_app.core.sqlite import sqlite3
from station_app.storage import Database, images
from station_app.storage.access import authorize
from station_app.storage.steps import LongWriteBusy, Steps
from station_app.storage.transaction import DiskFull
from station_app.sync.bundle import (
    HEAD_BYTES,
    Header,
    bundle_digest,
    open_bundle,
    read_header,
    verify_body,
    verify_body_file,
    verify_header,
)
from station_app.sync.errors import BundleRefused, MergeCancelled, SyncError
from station_app.sync.identity import (
    Peer,
    enc_private_key,
    enrol,
    fingerprint,
    local_transaction,
    now_iso,
    own_identity,
    peer_by_key,
    show_key_id,
)
from station_app.sync.kit import kit_sender, mark_kit_used
from station_app.sync.merge import MergeStats, Progress, merge_payload
from station_app.sync.receipts import log_receipt
from station_app.sync.remit import keep_aside, set_aside
from station_app.sync.status import record_conflicts
from station_app.sync.tables import synced_tables, table_columns

__all__ = ["import_bundle", "import_bundles", "import_data", "import_kit_data", "ImportOutcome"]

IN = "sync_in"
BULK_JOURNAL_BYTES = 64 * 2**20  # see _is_first_load: a payload this big ...
BULK_EMPTY_RATIO = 2             # ... into a database this many times smaller


@dataclass
class ImportOutcome:
    file: str
    status: str                       # applied / already applied / refused
    reason: str | None = None         # one of errors.REASONS when refused
    message: str = ""
    sender: str | None = None
    changes: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    graves: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0
    digest: str | None = None
    # what the bundle revealed about the two laptops' histories (a restored backup), each a
    # core.messages.Message
    notices: list[str] = field(default_factory=list)
    set_aside: int = 0                # records HQ kept aside (sync/remit.py)
    enrolled: bool = False            # the sender enrolled by it, proving its kit (sync/kit.py)

    def as_dict(self) -> dict:
        return {"file": self.file, "status": self.status, "reason": self.reason,
                "message": self.message, "sender": self.sender, "changes": self.changes,
                "rows": self.rows, "graves": self.graves, "conflicts": self.conflicts,
                "digest": self.digest, "notices": list(self.notices),
                "set_aside": self.set_aside, "enrolled": self.enrolled}


def _log(db: Database, path: str, status: str, header: Header | None, reason: str | None,
         operator: str | None, changes: int | None = None) -> None:
    got = (header.manifest.get("range") or {}) if header else {}
    with local_transaction(db) as conn:
        log_receipt(conn, "in", status, file=path, digest=header.digest if header else None,
                    key_id=header.sender_key if header else None,
                    station=header.sender_station if header else None,
                    since=got.get("since"), upto=got.get("upto"), changes=changes,
                    operator=operator, reason=reason)


def _sender(db: Database, header: Header) -> Peer:
    peer = peer_by_key(db, header.sender_key)
    station = header.sender_station
    if peer is None and header.sender_key == own_identity(db).key_id:
        recipient = (header.manifest.get("recipient") or {}).get("station", "?")
        raise BundleRefused("wrong recipient", f"this laptop wrote it, for {recipient}")
    if peer is None:
        peer = kit_sender(db, header)  # a new station proving its kit: enrolled once checked
        if peer is not None:
            return peer
    if peer is None:
        raise BundleRefused("unknown sender", f"station {station} (key "
                            f"{show_key_id(header.sender_key)[:19]}…) is not enrolled here")
    if peer.revoked_at:
        raise BundleRefused("revoked sender", f"station {peer.station} (key "
                            f"{show_key_id(peer.key_id)[:19]}…) was revoked on {show_moment(peer.revoked_at)}")
    return peer


def _check_payload(db: Database, header: Header) -> tuple[dict, dict[str, list[str]], list[str]]:
    """The payload attached as IN must hold exactly what the manifest counts, in tables this
    database syncs. Returns (local synced tables, payload tables -> columns, grave tables)."""
    conn = db.conn
    local = synced_tables(conn)
    counts = header.manifest.get("counts") or {}
    try:
        names = [r[0] for r in conn.execute(
            f"SELECT name FROM {IN}.sqlite_master WHERE type = 'table'")]
        incoming = {n: [c for c, _ in table_columns(conn, n, IN)] for n in names
                    if n != "graves"}
        found: dict[str, dict[str, int]] = {}
        for name in incoming:
            found[name] = {"rows": conn.execute(f'SELECT count(*) FROM {IN}."{name}"')
                           .fetchone()[0], "graves": 0}
        if "graves" in names:
            for tbl, n in conn.execute(f"SELECT tbl, count(*) FROM {IN}.graves GROUP BY tbl"):
                found.setdefault(tbl, {"rows": 0, "graves": 0})["graves"] = n
    except sqlite3.DatabaseError:
        raise BundleRefused("altered", "the decrypted contents are not a readable "
                            "database") from None
    if found != counts:
        raise BundleRefused("altered", "the contents do not match the counts of the manifest")
    unknown = sorted(set(found) - set(local))
    if unknown:
        raise BundleRefused("unsupported version",
                            f"it holds records of {', '.join(unknown)}, which this app version "
                            "does not know (update the app on this laptop)")
    for name, cols in incoming.items():
        if "id" not in cols or "ver" not in cols:
            raise BundleRefused("altered", f"table {name} lacks its id or ver column")
        here = {r[1]: r for r in conn.execute(f'PRAGMA main.table_info("{name}")')}
        extra = [c for c in cols if c not in here]
        if extra:
            raise BundleRefused("unsupported version",
                                f"its {name} records have {', '.join(extra)}, which this app "
                                "version does not know (update the app on this laptop)")
        lacking = [c for c, r in here.items() if r[3] and r[4] is None and c != "rev"
                   and c not in cols]
        if lacking:
            raise BundleRefused("unsupported version",
                                f"its {name} records lack {', '.join(lacking)} (the sending "
                                "laptop runs an older app version: update it)")
    graves = [t for t, c in found.items() if c["graves"]]
    return local, incoming, graves


def import_bundle(db: Database, path: str | os.PathLike, progress: Progress | None = None, *,
                  operator: Operator | None = None) -> ImportOutcome:
    """Import one bundle file. Refusals raise BundleRefused (after logging them)."""
    actor = authorize(db, operator, "sync.bundle")
    path = Path(path)
    if sqlite_file_reason(path):  # only SQLite may open a database: see core/files.py
        raise SyncError(f"{path} is a database, not a bundle")
    try:
        file = open(path, "rb")
    except FileNotFoundError:
        raise SyncError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SyncError(f"{path} is a folder, not a bundle") from None
    header: Header | None = None
    try:
        with file:
            head = file.read(HEAD_BYTES)  # enough for the header of any bundle
            header = read_header(head)
            peer = _sender(db, header)
            me = own_identity(db)
            verify_header(header, peer.identity.sign_public, me.key_id, me.station)
            # The signed manifest identifies a repeat, once the whole file is checked against
            # it: a damaged copy of an applied bundle is reported as damaged.
            applied = db.scalar("SELECT at FROM bundle_receipts WHERE digest = ?"
                                " AND status = 'applied'", (header.digest,))
            if applied:
                verify_body_file(file, header)
                _log(db, str(path), "already applied", header, None, actor, 0)
                return ImportOutcome(str(path), "already applied",
                                     message=f"already applied on {applied}; nothing changed",
                                     sender=peer.station, digest=header.digest)
            file.seek(0)  # the whole file in one piece of memory (head + the rest: two)
            data = file.read()
        verify_body(data, header)
        by_kit = not peer.enrolled_at
        if by_kit:  # the whole bundle checked: the kit's station is enrolled
            mark_kit_used(db, header, actor)
            peer = enrol(db, peer.identity, operator=operator)[0]
        payload = open_bundle(data, header, lambda: enc_private_key(db))
        del data
        outcome = _merge(db, path, header, peer, payload, actor, progress)
        if by_kit:
            outcome.enrolled = True
            outcome.message = (f"{peer.station} enrolled from its kit, fingerprint "
                               f"{fingerprint(peer.key_id)}; {outcome.message}")
    except BundleRefused as exc:
        _log(db, str(path), "refused", header, f"{exc.reason}: {exc.detail}", actor)
        raise
    except MergeCancelled:
        _log(db, str(path), "cancelled", header, "cancelled by the operator", actor)
        raise
    except SyncError as exc:
        _log(db, str(path), "refused", header, str(exc), actor)
        raise
    return outcome


def import_data(db: Database, data: bytes, label: str, actor: str | None) -> ImportOutcome:
    """Import a bundle received over the hall's network (services/hall.py), checked and merged
    as a file would be; the caller has checked who may send it. Refusals raise
    BundleRefused."""
    header: Header | None = None
    try:
        header = read_header(data)
        peer = _sender(db, header)
        if not peer.enrolled_at:
            raise BundleRefused("unknown sender", "a station set up from a kit is enrolled "
                                "by its first bundle on a USB stick")
        me = own_identity(db)
        verify_header(header, peer.identity.sign_public, me.key_id, me.station)
        verify_body(data, header)
        if db.scalar("SELECT 1 FROM bundle_receipts WHERE digest = ? AND status = 'applied'",
                     (header.digest,)):
            return ImportOutcome(label, "already applied", sender=peer.station,
                                 digest=header.digest)
        payload = open_bundle(data, header, lambda: enc_private_key(db))
        return _merge(db, Path(label), header, peer, payload, actor, None)
    except (BundleRefused, SyncError) as exc:
        _log(db, label, "refused", header, str(exc), actor)
        raise


def import_kit_data(db: Database, label: str, kit_id: str, payload: bytes,
                    counts: dict, hlc: int, hq: Peer, actor: str | None) -> ImportOutcome:
    """The campaign and roster of a station kit (sync/kit.py), merged as a bundle from ``hq``
    would be: marked as HQ's (never sent back to it), acknowledging no range of HQ's changes
    (HQ's first bundle still carries everything; what the kit gave is then no change)."""
    manifest = {"kit": kit_id, "range": {"since": 0, "upto": 0}, "ack": 0, "hlc": hlc,
                "counts": counts}
    manifest_bytes = json.dumps(manifest, sort_keys=True).encode()
    header = Header(manifest, manifest_bytes, b"", b"", 0, bundle_digest(manifest_bytes))
    return _merge(db, Path(label), header, hq, payload, actor, None)


def _merge(db: Database, path: Path, header: Header, peer: Peer, payload: bytes,
           operator: str | None, progress: Progress | None) -> ImportOutcome:
    conn = db.conn
    manifest = header.manifest
    since, upto = int(manifest["range"]["since"]), int(manifest["range"]["upto"])
    ack, hlc = int(manifest["ack"]), int(manifest["hlc"])
    encoding = (manifest.get("payload") or {}).get("encoding", images.PLAIN)  # kits: PLAIN
    with contextlib.ExitStack() as attached:
        try:
            attached.enter_context(images.Payload(conn, IN, db.path.parent, encoding, payload))
        except sqlite3.DatabaseError:
            raise BundleRefused("altered", "the decrypted contents are not a database") from None
        except OSError as exc:  # the payload's file, beside the database
            if is_disk_full(exc):
                raise DiskFull(cannot_write(db.path, exc)) from None
            raise SyncError(str(cannot_write(db.path, exc))) from None
        size = len(payload)
        del payload
        local, incoming, graves = _check_payload(db, header)
        try:
            with db.long_write("merge", first_load=_is_first_load(db, size)) as steps:
                kept = 0
                if peer.identity.hq is False and own_identity(db).hq:
                    steps.w  # noqa: B018 (kept aside in the first step)
                    nodes = [r[0] for r in conn.execute(
                        "SELECT node FROM sync_peers WHERE station = ?", (peer.station,))]
                    kept = set_aside(conn, IN, incoming, graves, peer.station, nodes, db.node,
                                     header.digest)
                counts = header.manifest.get("counts") or {}
                sizes = {name: c["rows"] for name, c in counts.items()}
                stats = merge_payload(steps, IN, local, incoming, sizes, graves, progress)
                notices = _bookkeeping(db, steps, header, peer, since, upto, ack, hlc, stats,
                                       path, operator, kept)
                conflicts = record_conflicts(db, steps.revs, header.digest, peer.station)
        except LongWriteBusy as exc:
            raise SyncError(f"{path.name}: {exc}") from None
        except sqlite3.IntegrityError as exc:
            raise SyncError(
                f"{path.name} cannot be merged: {exc} (a record of the bundle clashes with a "
                "different local record, for example the same roster imported on two laptops:"
                " import a roster at HQ only); nothing was imported") from None
    message = "; ".join([f"{stats.changes:,} changes applied", *notices])
    return ImportOutcome(str(path), "applied", message=message,
                         sender=peer.station, changes=stats.changes, rows=stats.rows,
                         graves=stats.graves, conflicts=conflicts, digest=header.digest,
                         notices=notices, set_aside=kept)


def _is_first_load(db: Database, payload_size: int) -> bool:
    """A big payload into a database still much smaller than it: see Database.bulk_load."""
    if payload_size < BULK_JOURNAL_BYTES:
        return False
    # int(): SQLCipher answers PRAGMA page_size as text
    pages, page_size = (int(db.scalar("PRAGMA page_count")), int(db.scalar("PRAGMA page_size")))
    return pages * page_size * BULK_EMPTY_RATIO <= payload_size


def _histories(conn: sqlite3.Connection, peer: Peer, since: int, upto: int, ack: int,
               hlc: int, first_rev: int) -> tuple[int, int | None, list[str]]:
    """A laptop restored from an older backup has lost changes and numbers its own again from
    where the backup stood. Seen here from a bundle of ``peer``: (the ack to take, the
    received_rev to take instead of the usual rule or None, notices). Only a bundle newer
    than the last one applied from the peer (its clock) can say the peer went back: an older
    one delivered late acknowledges less without anything being lost."""
    acked, received, last_hlc = conn.execute(
        "SELECT acked_rev, received_rev, last_hlc FROM sync_peers WHERE key_id = ?",
        (peer.key_id,)).fetchone()
    newer = hlc > last_hlc
    notices: list[str] = []  # what lost changes, then the other signs of the same restore
    signs: list[str] = []
    reset = None
    if ack >= first_rev:  # changes this laptop never made: it is the one restored
        signs.append(Message(
            "{station} acknowledges this laptop's changes up to {ack}, more than it has made "
            "({made}): this laptop was restored from an older backup; the acknowledgement is "
            "ignored", station=peer.station, ack=ack, made=first_rev - 1))
        ack = acked
    elif ack < acked and newer:
        notices.append(Message(
            "{station} now holds this laptop's changes only up to {ack}, no longer up to "
            "{acked}: it was restored from an older backup. The next bundle to {station} "
            "carries them again from {ack}", station=peer.station, ack=ack, acked=acked))
        # what came from the peer after that point is sent back too: it lost it as well
        conn.execute("DELETE FROM sync_merges WHERE key_id = ? AND rev > ?", (peer.key_id, ack))
        conn.execute("UPDATE sync_peers SET acked_rev = ?, acked_at = ? WHERE key_id = ?",
                     (ack, now_iso(), peer.key_id))
    if since > received:
        notices.append(Message(
            "this bundle from {station} starts after its change {since}, but this laptop "
            "holds its changes only up to {received}: this laptop was restored from an older "
            "backup (its changes were applied). The next bundle to {station} asks for the "
            "missing ones again from {received}",
            station=peer.station, since=since, received=received))
    elif upto < received and newer:
        reset = upto
        signs.append(Message(
            "{station} numbers its changes again from {upto} (this laptop held them up to "
            "{received}): it was restored from an older backup",
            station=peer.station, upto=upto, received=received))
    return ack, reset, [*notices, *signs][:1]  # one restore, said in one line


def _bookkeeping(db: Database, steps: Steps, header: Header, peer: Peer, since: int, upto: int,
                 ack: int, hlc: int, stats: MergeStats, path: Path,
                 operator: str | None, kept: int = 0) -> list[str]:
    conn = db.conn
    w = steps.w  # the last step: all of this commits with it
    ack, reset, notices = _histories(conn, peer, since, upto, ack, hlc, min(steps.revs))
    if reset is not None:
        conn.execute("UPDATE sync_peers SET received_rev = ? WHERE key_id = ?",
                     (reset, peer.key_id))
    conn.execute("UPDATE sync_peers SET last_hlc = max(last_hlc, ?) WHERE key_id = ?",
                 (hlc, peer.key_id))
    if kept:
        keep_aside(conn)
        notices.append(Message(
            "{count} records from {station} were kept aside, not applied: a station may "
            "change only its own tickets, intakes, sessions and appointments and the roster "
            "of the villages it serves", count=kept, station=peer.station))
    if notices:
        w.audit("sync_history", {"station": peer.station, "bundle": header.digest,
                                 "notices": [str(n) for n in notices]})
    # The clock never runs behind a version seen: later local edits beat what was merged.
    conn.execute("UPDATE meta SET value = max(CAST(value AS INTEGER), ?) WHERE key = 'hlc'",
                 (hlc,))
    conn.executemany("INSERT INTO sync_merges (rev, key_id, at) VALUES (?, ?, ?)",
                     [(rev, peer.key_id, now_iso()) for rev in steps.revs])
    # The sender holds our changes up to ``ack``; we now hold the sender's up to ``upto`` if
    # we already held everything up to ``since`` (bundles start where our last ack left off).
    conn.execute(
        "UPDATE sync_peers SET acked_rev = max(acked_rev, ?),"
        " acked_at = CASE WHEN ? > acked_rev THEN ? ELSE acked_at END,"
        " received_rev = CASE WHEN ? <= received_rev THEN max(received_rev, ?)"
        " ELSE received_rev END WHERE key_id = ?",
        (ack, ack, now_iso(), since, upto, peer.key_id))
    conn.executemany(
        "INSERT INTO sync_duplicates (at, tbl, key, kept_id, replaced_id, bundle_digest,"
        " station) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(now_iso(), *d, header.digest, peer.station) for d in stats.duplicates])
    log_receipt(conn, "in", "applied", file=str(path), digest=header.digest, key_id=peer.key_id,
                station=peer.station, since=since, upto=upto, changes=stats.changes,
                operator=operator, reason="; ".join(notices) or None)
    return notices


def import_bundles(db: Database, paths: list[str | os.PathLike],
                   progress: Callable[[str, str, int, int], bool | None] | None = None, *,
                   operator: Operator | None = None) -> list[ImportOutcome]:
    """Import several bundles, each on its own (one refused does not stop the others)."""
    authorize(db, operator, "sync.bundle")
    outcomes = []
    for path in paths:
        step = (lambda table, i, n, p=str(path): progress(p, table, i, n)) if progress else None
        try:
            outcomes.append(import_bundle(db, path, step, operator=operator))
        except BundleRefused as exc:
            outcomes.append(ImportOutcome(str(path), "refused", exc.reason, str(exc)))
        except MergeCancelled:
            raise
        except SyncError as exc:
            outcomes.append(ImportOutcome(str(path), "refused", "cannot merge", str(exc)))
    return outcomes
