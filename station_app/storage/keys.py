"""The station database's key (docs/encryption.md).

The database is encrypted (SQLCipher) with a random 32-byte data key. The key is never stored
in clear: the key file beside the database (``station.sqlite3-key``, JSON, 0600) holds it
wrapped (AES-256-GCM) by a key derived with scrypt from the station passphrase, and sealed
(HPKE, as the sync bundles) to each HQ enrolled at the station, so that HQ can open the
database or a backup of it when the passphrase is lost. Changing the passphrase rewrites the
small key file, never the database.

The passphrase of this process: the one the lead typed (``use_passphrase``: the GUI's
passphrase page, the command line's prompt), else ``STATION_APP_PASSPHRASE`` (HQ's scripts). A
process of its own that a window starts to open the station (core.processes.call_in_process) is
given the data key by its parent, through the pipe that starts it: never through the
environment, the command line or a file. No message names the variable: the command line
tells its users about it (cli.open_database).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import unicodedata
from functools import lru_cache
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric import x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from station_app.core.files import PRIVATE_FILE
from station_app.core.messages import Message

__all__ = ["PASSPHRASE_ENV", "MIN_PASSPHRASE", "DatabaseLocked", "PassphraseNeeded",
           "WrongPassphrase", "KeyFileDamaged", "repair_hq_copies", "key_path", "use_passphrase", "current_passphrase",
           "check_new_passphrase", "new_data_key", "new_key_document", "reset_passphrase", "write_key_file", "read_key_file",
           "unlock", "database_key", "change_passphrase", "seal_for_hq", "unseal_for_hq", "sealed_for",
           "finish",
           "key_pragma", "DEMO_PASSPHRASE", "PLAIN"]

PASSPHRASE_ENV = "STATION_APP_PASSPHRASE"
MIN_PASSPHRASE = 10
DEMO_PASSPHRASE = "tram demo hoa binh"  # the demo station of `make run` (README)
PLAIN = b""  # "no key": an unencrypted database, made only by the benchmarks to measure the cost
KEY_KIND = "station-app database key"
# 2: every part carries a checksum ("check": a damaged part is named before any key is
# derived) and is authenticated: the header (kind, version, station) is the AES-GCM
# associated data of the passphrase part, each copy sealed to HQ has a MAC made with the data
# key (checked at every open). Files of version 1 still open, and are rewritten as 2 then.
KEY_VERSION = 2
_PARTS = ("passphrase", "hq", "check")
_SCRYPT_MAX_N, _SCRYPT_MAX_RP = 2 ** 20, 64  # beyond: a damaged file, not a cost to pay
# scrypt at 2**15 x 8, p = 4 (OWASP's equivalent of 2**17 x 8, p = 1): the same 0.3 s once
# per process, and a guess per 0.3 s on one core for whoever took the laptop, but 32 MiB at its
# peak, not 128 MiB (the GUI's memory bar, SPEC §7). Tests lower it (tests/conftest.py); the
# key file says which cost it was made with, so files made at another cost still open.
SCRYPT_N = 2 ** 15
SCRYPT_R, SCRYPT_P = 8, 4
_AAD = b"station-app database key v1"
_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)

_passphrase: str | None = None


class DatabaseLocked(Exception):
    """The station database cannot be unlocked; args[0] is a Message."""


class PassphraseNeeded(DatabaseLocked):
    """No passphrase was given to this process."""


class WrongPassphrase(DatabaseLocked):
    """The passphrase (or a PIN typed instead) does not open the key file."""


class KeyFileDamaged(DatabaseLocked):
    """The key file is damaged: args[0] names the part, in one line."""


def _damaged(path, part: str, at: int = 0) -> KeyFileDamaged:
    remedy = Message("put back the key file of the last backup (the file ending in -key beside "
                     "it), or have HQ recover the key (station-app passphrase recover)")
    if part == "unreadable":
        text = Message("the key file {path} is damaged: it cannot be read as a key file (broken "
                       "at byte {at}); {remedy}", path=path, at=at, remedy=remedy)
    elif part == "header":
        text = Message("the key file {path} is damaged in its header (kind, version, station or "
                       "the names of its parts); {remedy}", path=path, remedy=remedy)
    elif part == "passphrase":
        text = Message("the key file {path} is damaged in the part the passphrase opens; "
                       "{remedy}", path=path, remedy=remedy)
    else:
        text = Message("the copy of the key sealed to HQ in {path} is damaged: the station "
                       "seals it again at its next opening with the passphrase; until then "
                       "use the key file of one of its backups", path=path)
    return KeyFileDamaged(text)


def _canonical(value) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _check(part: dict) -> str:
    """The checksum of a part (every field but ``check``): accidental damage, named."""
    return hashlib.sha256(_canonical({k: v for k, v in part.items() if k != "check"})
                          ).hexdigest()[:32]


def _checked(part) -> bool:
    return isinstance(part, dict) and part.get("check") == _check(part)


def _header(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k not in _PARTS}


def _aad(doc: dict) -> bytes:
    if _legacy(doc):
        return _AAD
    return _AAD + b"|" + _canonical({k: doc.get(k) for k in ("kind", "version", "station")})


def _hq_mac(key: bytes, station: str, entry: dict) -> str:
    mac_key = hashlib.sha256(b"station-app key file: the copies sealed to HQ|" + key).digest()
    message = _canonical({"station": station, "key_id": entry.get("key_id"),
                          "sealed": entry.get("sealed")})
    return hmac.new(mac_key, message, hashlib.sha256).hexdigest()


def _legacy(doc: dict) -> bool:
    return doc.get("version") == 1 and "check" not in doc


def _finish(doc: dict, key: bytes) -> dict:
    """``doc`` as version 2: each part's checksum and each HQ copy's MAC (made afresh). A file
    of version 1 stays so until a passphrase opens it (its passphrase part is wrapped anew)."""
    if _legacy(doc):
        return doc
    doc["version"] = KEY_VERSION
    for entry in doc.get("hq", []):
        entry["mac"] = _hq_mac(key, doc["station"], entry)
        entry["check"] = _check(entry)
    doc["passphrase"]["check"] = _check(doc["passphrase"])
    doc["check"] = _check(_header(doc))
    return doc


def key_path(db_path: str | os.PathLike) -> Path:
    return Path(f"{db_path}-key")


def _normal(text: str) -> str:
    # the same passphrase typed with another Vietnamese input method (NFD) opens it too
    return unicodedata.normalize("NFC", text.strip())


def use_passphrase(text: str | None) -> None:
    """The passphrase this process opens station databases with (None: forget it)."""
    global _passphrase
    _passphrase = _normal(text) if text else None


def current_passphrase() -> str | None:
    text = _passphrase or os.environ.get(PASSPHRASE_ENV, "")
    return _normal(text) or None


def _looks_like_pin(text: str) -> bool:
    return text.isdigit() and len(text) <= 8


def check_new_passphrase(text: str) -> str:
    """The passphrase to set, or WrongPassphrase saying why not."""
    text = _normal(text)
    if _looks_like_pin(text) or text.isdigit():
        raise WrongPassphrase(Message(
            "the station passphrase cannot be digits only: choose words the lead remembers, "
            "at least {n} characters", n=MIN_PASSPHRASE))
    if len(text) < MIN_PASSPHRASE:
        raise WrongPassphrase(Message(
            "the station passphrase must have at least {n} characters", n=MIN_PASSPHRASE))
    return text


def new_data_key() -> bytes:
    return secrets.token_bytes(32)


def key_pragma(key: bytes) -> str:
    """SQLCipher's PRAGMA for a raw 256-bit key (no key derivation at each connection)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


@lru_cache(maxsize=32)
def _kek(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode())


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _wrap(key: bytes, passphrase: str, doc: dict) -> dict:
    """The passphrase part of ``doc`` (whose header is its associated data)."""
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kek = _kek(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt),
            "nonce": _b64(nonce), "wrapped": _b64(AESGCM(kek).encrypt(nonce, key, _aad(doc)))}


def _rewrap(doc: dict, key: bytes, passphrase: str) -> dict:
    doc["version"] = KEY_VERSION
    doc["passphrase"] = _wrap(key, passphrase, doc)
    return _finish(doc, key)


def write_key_file(db_path: str | os.PathLike, doc: dict) -> None:
    """Written whole or not at all (a temporary file, 0600, renamed into place): never through
    core.files.atomic_file, which refuses to write over a database's files."""
    path = key_path(db_path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.station-app.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(json.dumps(doc, indent=1, sort_keys=True).encode())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def new_key_document(station: str, key: bytes, passphrase: str, hq: bool = False) -> dict:
    """``hq``: HQ's database, said in the header ("headquarters") for the passphrase page."""
    doc = {"kind": KEY_KIND, "version": KEY_VERSION, "station": station, "hq": []}
    if hq:
        doc["headquarters"] = True
    return _rewrap(doc, key, passphrase)


def read_key_file(db_path: str | os.PathLike) -> dict | None:
    """The key file of ``db_path`` (its header checked), or None when there is none."""
    path = key_path(db_path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        raise DatabaseLocked(Message("the key file {path} cannot be read", path=path)) from None
    try:
        doc = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise _damaged(path, "unreadable", exc.start) from None
    except json.JSONDecodeError as exc:
        raise _damaged(path, "unreadable", exc.pos) from None
    except RecursionError:
        raise _damaged(path, "unreadable") from None
    if not isinstance(doc, dict):
        raise DatabaseLocked(Message("{path} is not a station key file", path=path))
    if "check" in doc or doc.get("version") != 1:
        if not _checked(_header(doc) | {"check": doc.get("check")}):
            if doc.get("kind") != KEY_KIND and "check" not in doc:
                raise DatabaseLocked(Message("{path} is not a station key file", path=path))
            raise _damaged(path, "header")
    elif doc.get("kind") != KEY_KIND:
        raise DatabaseLocked(Message("{path} is not a station key file", path=path))
    if not isinstance(doc.get("station"), str) or not isinstance(doc.get("hq", []), list):
        raise _damaged(path, "header")
    return doc


def unlock(db_path: str | os.PathLike, doc: dict, passphrase: str | None = None) -> bytes:
    """The data key of ``db_path`` from its key file ``doc`` and the passphrase (given, or
    this process's): PassphraseNeeded, WrongPassphrase (a PIN is refused as such) or
    KeyFileDamaged. A key file of version 1 is rewritten as version 2 once it opened."""
    text = _normal(passphrase) if passphrase else current_passphrase()
    if not text:
        raise PassphraseNeeded(Message(
            "the station database {path} is encrypted: type the station passphrase to open it",
            path=db_path))
    if _looks_like_pin(text):
        raise WrongPassphrase(Message(
            "an operator's PIN cannot open the station database: type the station passphrase "
            "(at least {n} characters)", n=MIN_PASSPHRASE))
    w = doc.get("passphrase")
    legacy = _legacy(doc)
    if not legacy and not _checked(w):
        raise _damaged(key_path(db_path), "passphrase")
    try:
        n, r, p = int(w["n"]), int(w["r"]), int(w["p"])
        if not (1 < n <= _SCRYPT_MAX_N and n & (n - 1) == 0 and 0 < r <= _SCRYPT_MAX_RP
                and 0 < p <= _SCRYPT_MAX_RP) or w["kdf"] != "scrypt":
            raise ValueError
        salt, nonce = _unb64(w["salt"]), _unb64(w["nonce"])
        wrapped = _unb64(w["wrapped"])
        kek = _kek(text, salt, n, r, p)
        key = AESGCM(kek).decrypt(nonce, wrapped, _aad(doc))
    except InvalidTag:
        raise WrongPassphrase(Message(
            "wrong station passphrase for {path} (its key file is station {station}'s)",
            path=db_path, station=doc.get("station"))) from None
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise _damaged(key_path(db_path), "passphrase") from None
    if legacy:  # authenticated and checked from now on (best effort: a read-only copy stays)
        try:
            write_key_file(db_path, _rewrap(doc, key, text))
        except OSError:
            pass
    return key


def _unb64(text) -> bytes:
    if not isinstance(text, str):
        raise TypeError
    return base64.b64decode(text, validate=True)


def repair_hq_copies(doc: dict, key: bytes) -> list[str]:
    """Drop the copies sealed to HQ that are damaged or not made with ``key`` (their checksum
    or MAC does not match); returns the key ids dropped (the caller seals them again)."""
    if _legacy(doc):
        return []
    dropped = [entry.get("key_id") if isinstance(entry, dict) else "?"
               for entry in doc.get("hq", [])
               if not (_checked(entry) and hmac.compare_digest(
                   str(entry.get("mac")), _hq_mac(key, doc["station"], entry)))]
    doc["hq"] = [entry for entry in doc.get("hq", []) if isinstance(entry, dict)
                 and entry.get("key_id") not in dropped]
    return [str(k) for k in dropped]


def database_key(db_path: str | os.PathLike) -> bytes:
    """The data key of ``db_path`` with this process's passphrase."""
    doc = read_key_file(db_path)
    if doc is None:
        raise DatabaseLocked(Message("{path} has no key file", path=db_path))
    return unlock(db_path, doc)


def change_passphrase(db_path: str | os.PathLike, old: str, new: str) -> None:
    """Wrap the data key with ``new``: the key file is rewritten, the database is not."""
    doc = read_key_file(db_path)
    if doc is None:
        raise DatabaseLocked(Message("{path} has no key file", path=db_path))
    key = unlock(db_path, doc, old)
    write_key_file(db_path, _rewrap(doc, key, check_new_passphrase(new)))


def reset_passphrase(db_path: str | os.PathLike, doc: dict, key: bytes, new: str) -> None:
    """Wrap ``key`` (recovered by HQ) with a new passphrase."""
    repair_hq_copies(doc, key)
    write_key_file(db_path, _rewrap(doc, key, check_new_passphrase(new)))


def sealed_for(doc: dict) -> set[str]:
    return {entry["key_id"] for entry in doc.get("hq", [])}


def seal_for_hq(doc: dict, key: bytes, key_id: str, enc_public: bytes) -> None:
    """Add to ``doc`` the data key sealed to the HQ laptop ``key_id`` (write it with
    ``write_key_file(path, finish(doc, key))``)."""
    sealed = _SUITE.encrypt(key, x25519.X25519PublicKey.from_public_bytes(enc_public),
                            info=_AAD)
    doc.setdefault("hq", []).append({"key_id": key_id, "sealed": _b64(sealed)})


def finish(doc: dict, key: bytes) -> dict:
    return _finish(doc, key)


def unseal_for_hq(db_path: str | os.PathLike, doc: dict, key_id: str,
                  enc_private: x25519.X25519PrivateKey) -> bytes:
    for entry in doc.get("hq", []):
        if isinstance(entry, dict) and entry.get("key_id") == key_id:
            if "check" in entry and not _checked(entry):
                raise _damaged(key_path(db_path), "hq")
            try:
                return _SUITE.decrypt(_unb64(entry["sealed"]), enc_private, info=_AAD)
            except (InvalidTag, KeyError, TypeError, ValueError, binascii.Error):
                break
    raise WrongPassphrase(Message(
        "the key of {path} was not sealed to this HQ's key (was HQ enrolled at the station?)",
        path=db_path))
