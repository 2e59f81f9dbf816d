"""Writing a bundle: every change the recipient may not have yet, sealed for it.

"May not have yet" is: rows and graves whose local ``rev`` is above the recipient's last
acknowledgement (``sync_peers.acked_rev``), except those written here by merging the
recipient's own bundles (``sync_merges``): it sent them, so it has them or newer; nor, to a
station set up from a kit, the rows its kit gave it (``kit_given``) until it acknowledges HQ's
changes past them. Until the recipient acknowledges, every bundle repeats what earlier ones
carried; importing is idempotent, so a lost or repeated USB stick costs only size.

The payload is an SQLite database (storage/images.py: an SQLCipher file with a key of its own,
or with ``compress`` an image in clear): one WITHOUT ROWID table per synced table (its columns
minus ``rev``, rows in id order) and ``graves (tbl, id, ver)``. Only tables with at least one
change are present.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from station_app import __version__
from station_app.core.dates import show_moment
from station_app.core.permissions import Operator
from station_app.storage import Database, images
from station_app.storage.access import authorize
from station_app.storage.transaction import transaction
from station_app.sync.bundle import bundle_digest, read_header, seal_bundle
from station_app.sync.errors import SyncError
from station_app.sync.identity import (
    Peer,
    ensure_keys,
    find_peer,
    local_transaction,
    now_iso,
    peer_by_key,
    peers,
    read_identity_file,
    show_key_id,
    sign_private_key,
    write_file_atomically,
)
from station_app.sync.kit import kit_claim, kit_given, without_given
from station_app.sync.receipts import log_receipt
from station_app.sync.tables import synced_tables

__all__ = ["export_bundle", "ExportResult", "resolve_recipient", "build_payload", "seal_for"]

OUT = "sync_out"


@dataclass
class ExportResult:
    path: Path
    recipient: str
    recipient_key: str
    since: int
    upto: int
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    size: int = 0
    digest: str = ""

    @property
    def changes(self) -> int:
        return sum(c["rows"] + c["graves"] for c in self.counts.values())

    def as_dict(self) -> dict:
        return {"file": str(self.path), "recipient": self.recipient,
                "recipient_key": self.recipient_key, "since": self.since, "upto": self.upto,
                "changes": self.changes, "counts": self.counts, "bytes": self.size,
                "digest": self.digest}


def resolve_recipient(db: Database, to: str | os.PathLike | None) -> Peer:
    """The enrolled peer a bundle goes to: named by its identity file or station code, or,
    when nothing is named on a station, the one enrolled HQ."""
    if to is None:
        hqs = [p for p in peers(db, include_revoked=False) if p.identity.hq]
        if len(hqs) == 1:
            return hqs[0]
        if not hqs:
            raise SyncError("no HQ is enrolled here: enrol HQ's identity file first, or name "
                            "the recipient")
        raise SyncError("several HQ keys are enrolled; name the recipient with --to")
    path = Path(to)
    if path.is_file():
        identity = read_identity_file(path)
        peer = peer_by_key(db, identity.key_id)
        if peer is None:
            raise SyncError(f"{identity.station} (key {show_key_id(identity.key_id)}) is not "
                            f"enrolled here: enrol {path} first")
        if peer.revoked_at:
            raise SyncError(f"{identity.station} was revoked on {show_moment(peer.revoked_at)}")
        return peer
    found = find_peer(db, str(to))
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise SyncError(f"{to} names several enrolled keys; give its identity file instead")
    raise SyncError(f"--to {to}: no such file, and no enrolled station of that name")


def build_payload(db: Database, peer: Peer,
                  encoding: str = images.ENCRYPTED) -> tuple[bytes, dict]:
    """(payload of ``encoding``, facts for the manifest) of what ``peer`` may not have yet,
    read from one consistent snapshot."""
    conn = db.conn
    with images.Payload(conn, OUT, db.path.parent, encoding) as payload:
        with transaction(conn, "BEGIN"):  # one consistent snapshot
            meta = dict(conn.execute(
                "SELECT key, value FROM main.meta WHERE key IN ('rev', 'hlc')"))
            # the clock now (a receiver tells a newer bundle from an older one by it)
            upto, hlc = int(meta["rev"]), max(int(meta["hlc"]), db.clock())
            # A roster import or merge under way in steps (storage/steps.py) may still be
            # undone: the bundle stops before its first step; the rest goes in the next one.
            running = conn.execute("SELECT min(first_rev) FROM main.steps_ops"
                                   " WHERE state = 'running'").fetchone()[0]
            if running is not None:
                upto = min(upto, int(running) - 1)
            row = conn.execute("SELECT acked_rev, received_rev FROM main.sync_peers"
                               " WHERE key_id = ?", (peer.key_id,)).fetchone()
            since, ack = int(row[0]), int(row[1])
            window = ("rev > ? AND rev <= ? AND rev NOT IN"
                      " (SELECT rev FROM main.sync_merges WHERE key_id = ?)")
            params = (since, upto, peer.key_id)
            given = kit_given(conn, peer.key_id, since)
            counts: dict[str, dict[str, int]] = {}
            for table in synced_tables(conn).values():
                where, values = without_given(given, table.name, window, params)
                cols = ", ".join(f'"{c}"' for c in table.columns)
                decl = ", ".join(f'"{c}" {t}' for c, t in zip(table.columns, table.types))
                conn.execute(f'CREATE TABLE {OUT}."{table.name}" ({decl}, PRIMARY KEY ("id"))'
                             " WITHOUT ROWID")
                # From the start, reading the table in id order beats the rev index.
                source = (f'main."{table.name}" NOT INDEXED' if since == 0
                          else f'main."{table.name}"')
                cur = conn.execute(
                    f'INSERT INTO {OUT}."{table.name}" SELECT {cols} FROM {source}'
                    f" WHERE {where} ORDER BY id", values)
                if cur.rowcount > 0:
                    counts[table.name] = {"rows": cur.rowcount, "graves": 0}
                else:
                    conn.execute(f'DROP TABLE {OUT}."{table.name}"')
            conn.execute(f"CREATE TABLE {OUT}.graves (tbl TEXT NOT NULL, id TEXT NOT NULL,"
                         " ver TEXT NOT NULL, PRIMARY KEY (tbl, id)) WITHOUT ROWID")
            conn.execute(f"INSERT INTO {OUT}.graves SELECT tbl, id, ver FROM main.graves"
                         f" WHERE {window} ORDER BY tbl, id", params)
            for tbl, n in conn.execute(f"SELECT tbl, count(*) FROM {OUT}.graves GROUP BY tbl"):
                counts.setdefault(tbl, {"rows": 0, "graves": 0})["graves"] = n
    return payload.data, {"since": since, "upto": upto, "ack": ack, "hlc": hlc,
                          "counts": dict(sorted(counts.items()))}


def seal_for(db: Database, peer: Peer, actor: str | None = None,
             compress: bool = False) -> tuple[bytes, dict]:
    """(sealed bundle, facts of its payload) of every change ``peer`` may not have yet: what a
    bundle file holds, and what the hall's network carries (services/hall.py)."""
    me = ensure_keys(db, operator=actor)
    # a compressed bundle carries an image in clear (it compresses; an encrypted file does not)
    encoding = images.PLAIN if compress else images.ENCRYPTED
    image, facts = build_payload(db, peer, encoding)
    manifest = {
        "bundle_id": secrets.token_hex(16),
        "created_at": now_iso(),
        "app_version": __version__,
        "sender": {"station": me.station, "name": me.name, "key_id": me.key_id,
                   "node": me.node, "hq": me.hq},
        "recipient": {"station": peer.station, "key_id": peer.key_id},
        "range": {"since": facts["since"], "upto": facts["upto"]},
        "ack": facts["ack"],
        "hlc": facts["hlc"],
        "counts": facts["counts"],
    }
    claim = kit_claim(db, peer)  # a station set up from a kit, until HQ has enrolled it
    if claim:
        manifest["kit"] = claim
    return seal_bundle(manifest, image, sign_private_key(db), peer.identity.enc_public,
                       compress=compress, encoding=encoding), facts


def export_bundle(db: Database, out: str | os.PathLike, to: str | os.PathLike | None = None,
                  compress: bool = False, *, operator: Operator | None = None) -> ExportResult:
    """Write a bundle for ``to`` (see resolve_recipient) into the file ``out``, atomically."""
    actor = authorize(db, operator, "sync.bundle")
    out = Path(out)
    if out.is_dir():
        raise SyncError(f"{out} is a folder; give a file name for the bundle")
    peer = resolve_recipient(db, to)
    data, facts = seal_for(db, peer, actor, compress)
    db.note_output(out)  # a partial file left there by a kill is removed at next start
    write_file_atomically(out, data)
    digest = bundle_digest(read_header(data).manifest_bytes)
    result = ExportResult(out, peer.station, peer.key_id, facts["since"], facts["upto"],
                          facts["counts"], len(data), digest)
    with local_transaction(db) as conn:
        log_receipt(conn, "out", "exported", file=str(out), digest=digest, key_id=peer.key_id,
                    station=peer.station, since=result.since, upto=result.upto,
                    changes=result.changes, operator=actor)
    return result
