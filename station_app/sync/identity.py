"""This laptop's identity and keys, identity files, and the peers enrolled here.

Every laptop has two key pairs, made by ``create_keys`` when its database is created:
an Ed25519 pair that signs the bundles it writes, and an X25519 pair that bundles sent to it are
encrypted to (HPKE, RFC 9180). The private halves live in the local-only table ``sync_keys`` of
the laptop's own database, encrypted at rest (docs/encryption.md): it has no rev/ver columns,
so no bundle ever reads it, and only ``sign`` and ``decrypt_key`` here read the private columns.

An identity file holds the public halves, the station code and name, and a self-signature.
HQ enrols each station from its identity file; a station enrols HQ's. A revoked peer stays in
the table (its bundles are then refused as revoked, not as unknown). Enrolling a new key for a
station code that is already enrolled (a replaced laptop) is refused, naming both keys'
fingerprints, unless the caller says to replace: the old key is then revoked, in the audit.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from station_app.core.dates import now_iso, show_moment
from station_app.core.files import sqlite_file_reason, write_file_atomically
from station_app.core.permissions import Operator
from station_app.storage import Database
from station_app.storage.access import authorize
from station_app.storage.transaction import transaction
from station_app.sync.errors import SyncError

__all__ = [
    "Identity", "Peer", "create_keys", "ensure_keys", "own_identity", "identity_document",
    "write_identity_file", "read_identity_file", "enrol", "revoke", "peers", "peer_by_key",
    "find_peer", "key_id_of", "show_key_id", "fingerprint", "local_transaction", "now_iso",
    "sign_private_key", "enc_private_key", "write_file_atomically", "EnrolmentReplaces",
    "identity_from_document",
]

IDENTITY_KIND = "station-app identity"
IDENTITY_VERSION = 1


def key_id_of(sign_public: bytes, enc_public: bytes) -> str:
    """A laptop's key id: the first 16 bytes of SHA-256 over both public keys, in hex."""
    return hashlib.sha256(sign_public + enc_public).hexdigest()[:32]


def show_key_id(key_id: str) -> str:
    """The key id in groups of four, for a person to compare by eye."""
    return " ".join(key_id[i:i + 4] for i in range(0, len(key_id), 4))


def fingerprint(key_id: str) -> str:
    """The key id as people compare it on two laptops, aloud or by eye: its 16 bytes as one
    number, 40 decimal digits in 8 groups of 5 (digits read the same in any language)."""
    digits = f"{int(key_id, 16):040d}"
    return " ".join(digits[i:i + 5] for i in range(0, 40, 5))


@dataclass(frozen=True)
class Identity:
    """Public identity of a laptop (this one or a peer)."""

    station: str
    name: str
    hq: bool
    node: str
    sign_public: bytes
    enc_public: bytes

    @property
    def key_id(self) -> str:
        return key_id_of(self.sign_public, self.enc_public)


@dataclass(frozen=True)
class Peer:
    identity: Identity
    enrolled_at: str
    revoked_at: str | None
    acked_rev: int
    received_rev: int
    acked_at: str | None

    @property
    def key_id(self) -> str:
        return self.identity.key_id

    @property
    def station(self) -> str:
        return self.identity.station


class EnrolmentReplaces(SyncError):
    """Enrolling this identity would replace the key(s) enrolled for its station code."""

    def __init__(self, identity: Identity, enrolled: list[Peer]):
        self.identity, self.enrolled = identity, enrolled
        old = ", ".join(fingerprint(p.key_id) for p in enrolled)
        super().__init__(
            f"{identity.station} is already enrolled with key {old} (enrolled "
            f"{enrolled[0].enrolled_at[:10]}); this file has key "
            f"{fingerprint(identity.key_id)}: if that laptop was replaced, check the new key "
            "with the one it shows, then replace the enrolled key")


@contextmanager
def local_transaction(db: Database):
    """A transaction on local-only tables (bundle log, peer counters): no rev, no audit, so it
    never counts as a change to synced data."""
    with transaction(db.conn):
        yield db.conn


def _raw(public_key) -> bytes:
    return public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def create_keys(db: Database, *, operator: str | None = None) -> Identity:
    """Make this laptop's signing and encryption key pairs (once)."""
    if db.scalar("SELECT 1 FROM sync_keys"):
        raise SyncError("this database already has its keys")
    sign = ed25519.Ed25519PrivateKey.generate()
    enc = x25519.X25519PrivateKey.generate()
    sign_public, enc_public = _raw(sign.public_key()), _raw(enc.public_key())
    key_id = key_id_of(sign_public, enc_public)
    with db.write("create_sync_keys", operator, {"key_id": key_id}):
        db.conn.execute(
            "INSERT INTO sync_keys (one, key_id, sign_private, sign_public, enc_private,"
            " enc_public, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)",
            (key_id, sign.private_bytes_raw(), sign_public, enc.private_bytes_raw(), enc_public,
             now_iso()),
        )
    return own_identity(db)


def ensure_keys(db: Database, *, operator: str | None = None) -> Identity:
    """This laptop's identity, making its keys first if the database predates sync."""
    if not db.scalar("SELECT 1 FROM sync_keys"):
        return create_keys(db, operator=operator)
    return own_identity(db)


def own_identity(db: Database) -> Identity:
    row = db.conn.execute("SELECT sign_public, enc_public FROM sync_keys").fetchone()
    if row is None:
        raise SyncError("this database has no keys yet: write this laptop's identity file first")
    return Identity(db.station, db.station_name, db.is_hq, db.node, bytes(row[0]), bytes(row[1]))


def sign_private_key(db: Database) -> ed25519.Ed25519PrivateKey:
    raw = db.scalar("SELECT sign_private FROM sync_keys")
    if raw is None:
        raise SyncError("this database has no keys yet")
    return ed25519.Ed25519PrivateKey.from_private_bytes(bytes(raw))


def enc_private_key(db: Database) -> x25519.X25519PrivateKey:
    raw = db.scalar("SELECT enc_private FROM sync_keys")
    if raw is None:
        raise SyncError("this database has no keys yet")
    return x25519.X25519PrivateKey.from_private_bytes(bytes(raw))


# -- identity files ------------------------------------------------------------------------
def _canonical(fields: dict) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def identity_document(db: Database) -> dict:
    """The public identity file's content, self-signed with this laptop's signing key."""
    me = ensure_keys(db)
    fields = {
        "kind": IDENTITY_KIND, "version": IDENTITY_VERSION, "station": me.station,
        "name": me.name, "hq": me.hq, "node": me.node,
        "sign_key": base64.b64encode(me.sign_public).decode(),
        "enc_key": base64.b64encode(me.enc_public).decode(), "key_id": me.key_id,
    }
    signature = sign_private_key(db).sign(_canonical(fields))
    return {**fields, "signature": base64.b64encode(signature).decode()}


def write_identity_file(db: Database, path: str | os.PathLike, *,
                        operator: Operator | None = None) -> Identity:
    authorize(db, operator, "sync.enrol")
    doc = identity_document(db)
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    write_file_atomically(path, text.encode("utf-8"))
    return own_identity(db)


def read_identity_file(path: str | os.PathLike) -> Identity:
    """Read and check an identity file (its self-signature included)."""
    path = Path(path)
    if sqlite_file_reason(path):  # only SQLite may open a database: see core/files.py
        raise SyncError(f"{path} is a database, not an identity file")
    try:
        doc = json.loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        raise SyncError(f"{path}: no such file") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise SyncError(f"{path} is not an identity file (not JSON text)") from None
    return identity_from_document(doc, str(path))


def identity_from_document(doc, where: str) -> Identity:
    """Check an identity document (a file's content, or sent over the hall's network)."""
    if not isinstance(doc, dict) or doc.get("kind") != IDENTITY_KIND:
        raise SyncError(f"{where} is not a station-app identity file")
    if doc.get("version") != IDENTITY_VERSION:
        raise SyncError(f"{where}: unsupported identity file version {doc.get('version')!r}")
    try:
        sign_public = base64.b64decode(doc["sign_key"], validate=True)
        enc_public = base64.b64decode(doc["enc_key"], validate=True)
        signature = base64.b64decode(doc["signature"], validate=True)
        identity = Identity(str(doc["station"]), str(doc["name"]), bool(doc["hq"]),
                            str(doc["node"]), sign_public, enc_public)
        fields = {k: v for k, v in doc.items() if k != "signature"}
        ed25519.Ed25519PublicKey.from_public_bytes(sign_public).verify(signature,
                                                                        _canonical(fields))
        x25519.X25519PublicKey.from_public_bytes(enc_public)
    except (KeyError, TypeError, ValueError, InvalidSignature):
        raise SyncError(f"{where}: identity file is damaged or was altered "
                        "(its signature does not match)") from None
    if doc.get("key_id") != identity.key_id:
        raise SyncError(f"{where}: identity file is damaged (key id does not match its keys)")
    return identity


# -- peers ---------------------------------------------------------------------------------
_PEER_COLUMNS = ("station, name, hq, node, sign_public, enc_public, enrolled_at, revoked_at,"
                 " acked_rev, received_rev, acked_at")


def _peer(row) -> Peer:
    identity = Identity(row[0], row[1], bool(row[2]), row[3], bytes(row[4]), bytes(row[5]))
    return Peer(identity, row[6], row[7], row[8], row[9], row[10])


def peers(db: Database, include_revoked: bool = True) -> list[Peer]:
    sql = f"SELECT {_PEER_COLUMNS} FROM sync_peers"
    if not include_revoked:
        sql += " WHERE revoked_at IS NULL"
    return [_peer(r) for r in db.conn.execute(sql + " ORDER BY station, enrolled_at")]


def peer_by_key(db: Database, key_id: str) -> Peer | None:
    row = db.conn.execute(
        f"SELECT {_PEER_COLUMNS} FROM sync_peers WHERE key_id = ?", (key_id,)).fetchone()
    return _peer(row) if row else None


def enrol(db: Database, identity: Identity, replace: bool = False, hall: bool = False, *,
          operator: Operator | None = None) -> tuple[Peer, bool]:
    """Accept bundles from ``identity`` and allow bundles to it. Returns (peer, newly).
    Another key enrolled for the same station code is not replaced silently: EnrolmentReplaces
    unless ``replace``, which revokes it (action ``replace_peer`` in the audit). ``hall``: a
    laptop of this same station joining over the hall's network (services/hall.py), enrolled
    beside the others, with the hall's own check instead of the operator's role."""
    actor = operator.name if hall and operator else (
        None if hall else authorize(db, operator, "sync.enrol"))
    me = ensure_keys(db, operator=actor)
    if identity.key_id == me.key_id:
        raise SyncError("that identity file is this laptop's own")
    known = peer_by_key(db, identity.key_id)
    if known:
        if known.revoked_at:
            raise SyncError(f"station {known.station} (key {show_key_id(known.key_id)}) was "
                            f"revoked on {show_moment(known.revoked_at)}; a revoked key is not enrolled again")
        return known, False
    replaced = [p for p in peers(db, include_revoked=False) if p.station == identity.station
                and not (hall and identity.station == db.station)]
    if replaced and not replace:
        raise EnrolmentReplaces(identity, replaced)
    detail = {"station": identity.station, "key_id": identity.key_id, "hq": identity.hq}
    if replaced:
        detail["replaces"] = [p.key_id for p in replaced]
    with db.write("replace_peer" if replaced else "enrol_peer", actor, detail):
        db.conn.executemany("UPDATE sync_peers SET revoked_at = ? WHERE key_id = ?",
                            [(now_iso(), p.key_id) for p in replaced])
        db.conn.execute(
            "INSERT INTO sync_peers (key_id, station, name, hq, node, sign_public, enc_public,"
            " enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (identity.key_id, identity.station, identity.name, int(identity.hq), identity.node,
             identity.sign_public, identity.enc_public, now_iso()),
        )
    if identity.hq:
        db.seal_key_to_hq()  # HQ can now open this database when the passphrase is lost
    return peer_by_key(db, identity.key_id), True


def find_peer(db: Database, which: str, active_only: bool = True) -> list[Peer]:
    """Peers named by a station code or by (the start of) a key id."""
    which = which.strip()
    compact = which.replace(" ", "").lower()
    found = [p for p in peers(db) if p.station == which
             or (len(compact) >= 8 and p.key_id.startswith(compact))]
    if active_only:
        found = [p for p in found if not p.revoked_at]
    return found


def revoke(db: Database, which: str, *, operator: Operator | None = None) -> list[Peer]:
    """Refuse from now on every bundle signed by the named station's key(s)."""
    actor = authorize(db, operator, "sync.enrol")
    targets = find_peer(db, which)
    if not targets:
        if find_peer(db, which, active_only=False):
            raise SyncError(f"{which} is already revoked")
        raise SyncError(f"no enrolled station {which!r}")
    at = now_iso()
    with db.write("revoke_peer", actor,
                  {"station": which, "key_ids": [p.key_id for p in targets]}):
        db.conn.executemany("UPDATE sync_peers SET revoked_at = ? WHERE key_id = ?",
                            [(at, p.key_id) for p in targets])
    return [peer_by_key(db, p.key_id) for p in targets]
