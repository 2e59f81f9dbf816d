"""Station kits (docs/kit-format.md): the one file HQ writes to set up a new station laptop.

A kit holds the station's code and name, HQ's identity file, the campaign(s) and the roster of
the villages the station serves (an SQLite image, as a bundle's payload), and a one-time
32-byte secret; all of it encrypted (AES-256-GCM) under a key derived with scrypt from the
kit password that HQ shows once: 20 digits (66 bits) in groups of four, read over the phone the
same in any language and typed the same with any Vietnamese input method (Telex and VNI would
turn English words into other letters).

The station makes its own keys and keeps, instead of the secret, its proof: HMAC-SHA256 under
the secret over its new public identity. It puts the proof and its identity file in the
manifest of each bundle to HQ (signed with the bundle) until HQ acknowledges one of its
bundles. HQ, which kept the secret of every kit it wrote (table ``station_kits``), enrols the
sender when the proof matches, as if the fingerprints had been compared: once per kit.

This module is the file format, what a kit carries, the proof and HQ's acceptance;
services/kits.py writes kits at HQ and sets a station up from one.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import secrets
import struct
import zlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from station_app.core.dates import now_iso, show_date
from station_app.core.messages import Message
from station_app.core.sqlite import sqlite3
from station_app.storage import Database, images, keys
from station_app.storage.steps import running_since
from station_app.storage.transaction import transaction
from station_app.sync.bundle import Header
from station_app.sync.errors import BundleRefused, SyncError
from station_app.sync.identity import (
    Identity,
    Peer,
    fingerprint,
    identity_document,
    identity_from_document,
    peers,
)
from station_app.sync.tables import synced_tables

__all__ = ["MAGIC", "FORMAT_VERSION", "KIND", "VALID_DAYS", "FIRST_BUNDLE_DAYS", "KitError",
           "Kit", "new_password", "password_digits", "seal_kit", "read_kit_header", "open_kit",
           "kit_proof", "kit_claim", "kit_sender", "mark_kit_used", "kit_payload",
           "keep_proof", "KIT_TABLES", "kit_rows", "kit_given"]

MAGIC = b"CCCDSKIT"
FORMAT_VERSION = 1
KIND = "station-app station kit"
PROOF_KIND = "station-app kit proof"
VALID_DAYS = 14         # a station is set up from its kit within 14 days of HQ writing it ...
FIRST_BUNDLE_DAYS = 14  # ... and its first bundle reaches HQ within 14 more days
PASSWORD_DIGITS = 20    # 10**20 > 2**66
MAX_HEADER = 4096
MAX_SCRYPT_N = 2 ** 20
_FIXED = struct.Struct(">8sHI")  # magic, version, header length
_LENGTH = struct.Struct(">I")    # the contents' length, at the start of the plaintext
_SECRET_BYTES = 32
# what a kit carries: the campaigns, the place names, the roster (of the villages named)
KIT_TABLES = ("campaigns", "campaign_deadlines", "areas", "households", "residents")
OUT = "kit_out"


class KitError(SyncError):
    """A kit that cannot be used: one line, nothing created or changed."""


@dataclass(frozen=True)
class Kit:
    """An opened kit: its clear header, its contents (JSON), the roster image."""

    header: dict
    contents: dict
    image: bytes

    @property
    def station(self) -> str:
        return self.contents["station"]

    @property
    def name(self) -> str:
        return self.contents["name"]

    @property
    def kit_id(self) -> str:
        return self.contents["kit_id"]

    @property
    def hq(self) -> Identity:
        return identity_from_document(self.contents["hq"], "the kit's HQ identity")

    @property
    def secret(self) -> bytes:
        return base64.b64decode(self.contents["secret"])

    @property
    def expires_at(self) -> str:
        return self.contents["expires_at"]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _canonical(fields: dict) -> bytes:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _now() -> dt.datetime:
    return _moment(now_iso())


# -- the password ----------------------------------------------------------------------------
def new_password() -> str:
    """20 random digits in five groups of four, as HQ reads them out."""
    digits = "".join(secrets.choice("0123456789") for _ in range(PASSWORD_DIGITS))
    return " ".join(digits[i:i + 4] for i in range(0, PASSWORD_DIGITS, 4))


def password_digits(text: str) -> str:
    """The password's digits, whatever spaces or dashes were typed between them."""
    digits = "".join(c for c in text if c.isdigit() and c.isascii())
    if len(digits) != PASSWORD_DIGITS or any(not (c.isdigit() or c in " -.")
                                              for c in text.strip()):
        raise KitError(Message("a kit password is {n} digits (HQ read them out in groups of "
                               "four)", n=PASSWORD_DIGITS))
    return digits


def _key(digits: str, kdf: dict) -> bytes:
    return Scrypt(salt=base64.b64decode(kdf["salt"]), length=32, n=int(kdf["n"]),
                  r=int(kdf["r"]), p=int(kdf["p"])).derive(digits.encode("ascii"))


# -- the file -------------------------------------------------------------------------------
def seal_kit(contents: dict, image: bytes, password: str) -> bytes:
    """The bytes of a kit file: the clear header, then the encrypted contents and image."""
    kdf = {"name": "scrypt", "n": keys.SCRYPT_N, "r": keys.SCRYPT_R, "p": keys.SCRYPT_P,
           "salt": _b64(secrets.token_bytes(16))}
    header = {"format": FORMAT_VERSION, "kind": KIND, "station": contents["station"],
              "expires_at": contents["expires_at"], "kdf": kdf, "aead": "AES-256-GCM",
              "nonce": _b64(secrets.token_bytes(12))}
    header_bytes = _canonical(header)
    head = _FIXED.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes
    doc = _canonical(contents)
    plain = _LENGTH.pack(len(doc)) + doc + zlib.compress(image, 1)
    key = _key(password_digits(password), kdf)
    return head + AESGCM(key).encrypt(base64.b64decode(header["nonce"]), plain, head)


def read_kit_header(data: bytes) -> tuple[dict, int]:
    """(clear header, where the ciphertext starts); KitError when the file cannot be a kit."""
    if len(data) < _FIXED.size:
        if data and data == MAGIC[:len(data)]:
            raise KitError(Message("the kit file is incomplete (cut short while copying): copy "
                                   "it again from HQ's stick"))
        raise KitError(Message("this file is not a station kit"))
    magic, version, length = _FIXED.unpack_from(data)
    if magic != MAGIC:
        raise KitError(Message("this file is not a station kit"))
    if version != FORMAT_VERSION:
        raise KitError(Message("this kit was written by another version of the app (format "
                               "{version}): update the app on this laptop", version=version))
    end = _FIXED.size + length
    if not 0 < length <= MAX_HEADER:
        raise KitError(Message("the kit file is damaged: ask HQ for a new kit"))
    if len(data) < end + 16:
        raise KitError(Message("the kit file is incomplete (cut short while copying): copy "
                               "it again from HQ's stick"))
    try:
        header = json.loads(data[_FIXED.size:end].decode("utf-8"))
        kdf = header["kdf"]
        if header.get("format") != version or kdf.get("name") != "scrypt" or not (
                1 < int(kdf["n"]) <= MAX_SCRYPT_N and 0 < int(kdf["r"]) <= 16
                and 0 < int(kdf["p"]) <= 16):
            raise ValueError  # damage must not make scrypt take all memory
        _moment(header["expires_at"])
    except (UnicodeDecodeError, ValueError, TypeError, KeyError, AttributeError):
        raise KitError(Message("the kit file is damaged: ask HQ for a new kit")) from None
    return header, end


def open_kit(data: bytes, password: str) -> Kit:
    """Check and decrypt a kit: KitError (one line) for a damaged or incomplete file, a wrong
    password, an expired kit."""
    header, start = read_kit_header(data)
    if _now() > _moment(header["expires_at"]):
        raise KitError(Message("this kit for {station} expired on {day}: ask HQ for a new kit",
                               station=str(header.get("station")),
                               day=show_date(header["expires_at"][:10])))
    digits = password_digits(password)
    try:
        key = _key(digits, header["kdf"])
        plain = AESGCM(key).decrypt(base64.b64decode(header["nonce"]), data[start:],
                                    data[:start])
    except InvalidTag:
        # AES-GCM cannot tell a wrong password from a damaged file: both are said
        raise KitError(Message("wrong kit password, or the kit file is damaged: check the 20 "
                               "digits with HQ, or copy the kit again")) from None
    except (ValueError, TypeError, KeyError, MemoryError):
        raise KitError(Message("the kit file is damaged: ask HQ for a new kit")) from None
    try:
        (length,) = _LENGTH.unpack_from(plain)
        contents = json.loads(plain[_LENGTH.size:_LENGTH.size + length].decode("utf-8"))
        image = zlib.decompress(plain[_LENGTH.size + length:])
        if (contents.get("kind") != KIND or contents.get("station") != header.get("station")
                or len(image) != contents["payload"]["size"]):
            raise ValueError
        kit = Kit(header, contents, image)
        kit.hq  # noqa: B018 (HQ's identity file, its self-signature checked)
        if not kit.hq.hq or len(kit.secret) != _SECRET_BYTES:
            raise ValueError
    except (struct.error, UnicodeDecodeError, ValueError, TypeError, KeyError, zlib.error,
            SyncError):
        raise KitError(Message("the kit file is damaged: ask HQ for a new kit")) from None
    return kit


def kit_rows(name: str, upto: int, village_ids: list[str] | None) -> tuple[str, tuple]:
    """The condition (SQL, parameters) true of the rows of ``name``, one of KIT_TABLES, that a
    kit read at HQ's change number ``upto`` carries: the province's campaigns (not a station's
    own: docs/campaigns.md) and their deadlines, every place name, the households and residents
    of the villages (every village when None). A row still matching it at HQ later is one the
    kit gave, unchanged since (a row changed since has a higher ``rev``)."""
    villages = "" if village_ids is None else " AND village_id IN (SELECT value FROM json_each(?))"
    chosen = () if village_ids is None else (json.dumps(village_ids),)
    if name == "campaigns":
        return "rev <= ? AND station IS NULL", (upto,)
    if name == "campaign_deadlines":
        return ("rev <= ? AND campaign_id IN (SELECT id FROM main.campaigns WHERE station IS NULL"
                " AND rev <= ?)", (upto, upto))
    if name == "households":
        return "rev <= ?" + villages, (upto, *chosen)
    if name == "residents" and village_ids is not None:
        return ("rev <= ? AND household_id IN (SELECT id FROM main.households WHERE rev <= ?"
                + villages + ")", (upto, upto, *chosen))
    return "rev <= ?", (upto,)  # areas; residents of every village


def kit_payload(db: Database, village_ids: list[str] | None) -> tuple[bytes, dict, int]:
    """(SQLite image, counts, HQ's change number read at) of the rows ``kit_rows`` names, as a
    bundle's payload holds them."""
    conn = db.conn
    tables = synced_tables(conn)
    counts: dict[str, dict[str, int]] = {}
    conn.execute(f"ATTACH ':memory:' AS {OUT}")
    try:
        with transaction(conn, "BEGIN"):  # one consistent snapshot
            # as a bundle: not the steps of a roster import under way, which may be undone
            running = running_since(db)
            upto = int(db.meta("rev", 0)) if running is None else int(running) - 1
            for name in KIT_TABLES:
                table = tables[name]
                cols = ", ".join(f'"{c}"' for c in table.columns)
                decl = ", ".join(f'"{c}" {t}' for c, t in zip(table.columns, table.types))
                conn.execute(f'CREATE TABLE {OUT}."{name}" ({decl}, PRIMARY KEY ("id"))'
                             " WITHOUT ROWID")
                where, params = kit_rows(name, upto, village_ids)
                rows = conn.execute(f'INSERT INTO {OUT}."{name}" SELECT {cols} FROM main."{name}"'
                                    f" WHERE {where} ORDER BY id", params).rowcount
                if rows > 0:
                    counts[name] = {"rows": rows, "graves": 0}
                else:
                    conn.execute(f'DROP TABLE {OUT}."{name}"')
        image = images.serialize(conn, OUT)
    finally:
        conn.execute(f"DETACH {OUT}")
    return image, counts, upto


def kit_given(conn: sqlite3.Connection, key_id: str,
              acked_rev: int) -> dict[str, tuple[str, tuple]]:
    """At HQ, for the laptop ``key_id`` a kit set up, until it acknowledges HQ's changes past
    what the kit was read at: per table, the condition (``kit_rows``) of the rows the kit gave
    it, unchanged since. They are at the station (it was made from the kit, all or nothing, and
    its first bundle proved the kit): bundles to it leave them out, and they are not counted
    as missing there."""
    row = conn.execute("SELECT rev, village_ids FROM main.station_kits WHERE used_key_id = ?"
                       " AND rev IS NOT NULL", (key_id,)).fetchone()
    if row is None or acked_rev >= row[0]:
        return {}
    village_ids = json.loads(row[1]) if row[1] else None
    return {name: kit_rows(name, row[0], village_ids) for name in KIT_TABLES}


def without_given(given: dict[str, tuple[str, tuple]], table: str, where: str,
                  params: tuple) -> tuple[str, tuple]:
    """``where`` and its ``params`` narrowed to leave out the rows of ``table`` that a kit
    gave (``kit_given``)."""
    if table not in given:
        return where, params
    condition, values = given[table]
    return f"{where} AND NOT ({condition})", params + values


# -- the proof ------------------------------------------------------------------------------
def kit_proof(secret: bytes, kit_id: str, identity: Identity) -> str:
    """HMAC-SHA256 under the kit's secret over the station's public identity (hex)."""
    message = _canonical({"kind": PROOF_KIND, "kit_id": kit_id, "station": identity.station,
                          "sign_key": _b64(identity.sign_public),
                          "enc_key": _b64(identity.enc_public)})
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def keep_proof(db: Database, kit: Kit, me: Identity, actor: str | None) -> None:
    """On the new station: its proof of the kit, kept (not the secret) for its bundles to HQ."""
    claim = {"kit_id": kit.kit_id, "hq_key_id": kit.hq.key_id,
             "proof": kit_proof(kit.secret, kit.kit_id, me)}
    with db.write("kit.set_up", actor, {"kit_id": kit.kit_id, "hq": kit.hq.station,
                                        "hq_key_id": kit.hq.key_id}):
        db.conn.execute("INSERT INTO meta (key, value) VALUES ('kit', ?)", (json.dumps(claim),))


def kit_claim(db: Database, peer: Peer) -> dict | None:
    """What a bundle to ``peer`` carries in its manifest (key ``kit``) so that HQ enrols this
    laptop: while ``peer`` is the HQ of this station's kit and has acknowledged none of its
    bundles yet (HQ writes bundles only to laptops it has enrolled)."""
    text = db.meta("kit")
    if not text or peer.acked_rev:
        return None
    claim = json.loads(text)
    if claim["hq_key_id"] != peer.key_id:
        return None
    return {"kit_id": claim["kit_id"], "proof": claim["proof"],
            "identity": identity_document(db)}


def kit_sender(db: Database, header: Header) -> Peer | None:
    """At HQ, the sender of a bundle that is not enrolled here but proves a kit HQ wrote: a
    Peer not yet enrolled (``mark_kit_used`` and ``enrol`` follow once the whole bundle is
    checked). None when the bundle claims no kit; BundleRefused when the claim fails."""
    claim = header.manifest.get("kit")
    if not db.is_hq or not isinstance(claim, dict):
        return None
    try:
        identity = identity_from_document(claim.get("identity"), "the bundle's identity")
    except SyncError:
        raise BundleRefused("altered", "the identity it carries is damaged") from None
    if identity.key_id != header.sender_key or identity.hq:
        raise BundleRefused("altered", "the identity it carries is not its sender's")
    kit = db.one("SELECT * FROM station_kits WHERE kit_id = ?", (str(claim.get("kit_id")),))
    proof = str(claim.get("proof", ""))
    if kit is None or not hmac.compare_digest(
            proof, kit_proof(bytes(kit["secret"]), kit["kit_id"], identity)):
        raise BundleRefused("kit not from here", Message(
            "station {station} was set up from a kit that this HQ did not write (another "
            "HQ's kit?)", station=identity.station))
    if identity.station != kit["station"]:
        raise BundleRefused("altered", "its station code is not its kit's")
    if kit["used_key_id"] and kit["used_key_id"] != identity.key_id:
        raise BundleRefused("kit already used", Message(
            "the kit of {station} already set up a laptop (fingerprint {fingerprint}, its first "
            "bundle came on {day}): a kit makes one station; another laptop of the station "
            "joins its host through the hall network, or gets a kit of its own",
            station=kit["station"], fingerprint=fingerprint(kit["used_key_id"]),
            day=show_date(kit["used_at"][:10])))
    last_day = _moment(kit["expires_at"]) + dt.timedelta(days=FIRST_BUNDLE_DAYS)
    if not kit["used_key_id"] and _now() > last_day:
        raise BundleRefused("kit expired", Message(
            "the kit of {station} expired: its first bundle had to reach HQ by {day}; enrol "
            "the station with its identity file, or write it a new kit",
            station=kit["station"], day=show_date(last_day.date())))
    others = [p for p in peers(db, include_revoked=False) if p.station == identity.station
              and p.key_id != identity.key_id]
    if others:
        raise BundleRefused("kit already used", Message(
            "{station} is already enrolled here with another laptop (fingerprint "
            "{fingerprint}): a kit makes one station", station=identity.station,
            fingerprint=fingerprint(others[0].key_id)))
    return Peer(identity, "", None, 0, 0, None)


def mark_kit_used(db: Database, header: Header, actor: str | None) -> None:
    """Record that the kit the bundle proves set up the sender's laptop (before enrolling it:
    a kill in between lets the same laptop in again, never another)."""
    kit_id = str(header.manifest["kit"]["kit_id"])
    with db.write("kit.used", actor, {"kit_id": kit_id, "key_id": header.sender_key}):
        db.conn.execute("UPDATE station_kits SET used_at = ?, used_key_id = ? WHERE kit_id = ?"
                        " AND used_key_id IS NULL", (now_iso(), header.sender_key, kit_id))
