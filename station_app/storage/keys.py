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
           "WrongPassphrase", "key_path", "use_passphrase", "current_passphrase",
           "check_new_passphrase", "new_data_key", "new_key_document", "reset_passphrase", "write_key_file", "read_key_file",
           "unlock", "database_key", "change_passphrase", "seal_for_hq", "unseal_for_hq", "sealed_for",
           "key_pragma", "DEMO_PASSPHRASE", "PLAIN"]

PASSPHRASE_ENV = "STATION_APP_PASSPHRASE"
MIN_PASSPHRASE = 10
DEMO_PASSPHRASE = "tram demo hoa binh"  # the demo station of `make run` (README)
PLAIN = b""  # "no key": an unencrypted database, made only by the benchmarks to measure the cost
KEY_KIND = "station-app database key"
KEY_VERSION = 1
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


def _wrap(key: bytes, passphrase: str) -> dict:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kek = _kek(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return {"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt),
            "nonce": _b64(nonce), "wrapped": _b64(AESGCM(kek).encrypt(nonce, key, _AAD))}


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


def new_key_document(station: str, key: bytes, passphrase: str) -> dict:
    return {"kind": KEY_KIND, "version": KEY_VERSION, "station": station,
            "passphrase": _wrap(key, passphrase), "hq": []}


def read_key_file(db_path: str | os.PathLike) -> dict | None:
    """The key file of ``db_path``, or None when there is none."""
    path = key_path(db_path)
    try:
        doc = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        raise DatabaseLocked(Message("the key file {path} cannot be read", path=path)) from None
    if not isinstance(doc, dict) or doc.get("kind") != KEY_KIND:
        raise DatabaseLocked(Message("{path} is not a station key file", path=path))
    return doc


def unlock(db_path: str | os.PathLike, doc: dict, passphrase: str | None = None) -> bytes:
    """The data key of ``db_path`` from its key file ``doc`` and the passphrase (given, or
    this process's): PassphraseNeeded or WrongPassphrase (a PIN is refused as such)."""
    text = _normal(passphrase) if passphrase else current_passphrase()
    if not text:
        raise PassphraseNeeded(Message(
            "the station database {path} is encrypted: type the station passphrase to open it",
            path=db_path))
    if _looks_like_pin(text):
        raise WrongPassphrase(Message(
            "an operator's PIN cannot open the station database: type the station passphrase "
            "(at least {n} characters)", n=MIN_PASSPHRASE))
    w = doc["passphrase"]
    try:
        kek = _kek(text, base64.b64decode(w["salt"]), int(w["n"]), int(w["r"]), int(w["p"]))
        return AESGCM(kek).decrypt(base64.b64decode(w["nonce"]),
                                   base64.b64decode(w["wrapped"]), _AAD)
    except InvalidTag:
        raise WrongPassphrase(Message(
            "wrong station passphrase for {path}", path=db_path)) from None


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
    doc["passphrase"] = _wrap(key, check_new_passphrase(new))
    write_key_file(db_path, doc)


def reset_passphrase(db_path: str | os.PathLike, doc: dict, key: bytes, new: str) -> None:
    """Wrap ``key`` (recovered by HQ) with a new passphrase."""
    doc["passphrase"] = _wrap(key, check_new_passphrase(new))
    write_key_file(db_path, doc)


def sealed_for(doc: dict) -> set[str]:
    return {entry["key_id"] for entry in doc.get("hq", [])}


def seal_for_hq(doc: dict, key: bytes, key_id: str, enc_public: bytes) -> None:
    """Add to ``doc`` the data key sealed to the HQ laptop ``key_id``."""
    sealed = _SUITE.encrypt(key, x25519.X25519PublicKey.from_public_bytes(enc_public),
                            info=_AAD)
    doc.setdefault("hq", []).append({"key_id": key_id, "sealed": _b64(sealed)})


def unseal_for_hq(db_path: str | os.PathLike, doc: dict, key_id: str,
                  enc_private: x25519.X25519PrivateKey) -> bytes:
    for entry in doc.get("hq", []):
        if entry["key_id"] == key_id:
            try:
                return _SUITE.decrypt(base64.b64decode(entry["sealed"]), enc_private,
                                      info=_AAD)
            except (InvalidTag, ValueError):
                break
    raise WrongPassphrase(Message(
        "the key of {path} was not sealed to this HQ's key (was HQ enrolled at the station?)",
        path=db_path))
