"""The bundle file: layout, sealing (encrypt + sign) and opening (check + decrypt).

Layout (all integers big-endian; docs/bundle-format.md is the reference):

    offset      size  field
    0           8     magic b"CCCDSYNC"
    8           2     format version (1)
    10          4     manifest length M (1 .. 65,536)
    14          M     manifest: UTF-8 JSON object (sender, recipient, ranges, counts, digests)
    14+M        64    Ed25519 signature of the sender over bytes [0, 14+M)
    78+M        C     HPKE ciphertext of the payload: enc (32 bytes) || AES-256-GCM output

The manifest names the ciphertext's size and SHA-256, so the one signature covers every byte of
the file. The payload is encrypted to the recipient's X25519 key with HPKE (RFC 9180, base
mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM, info = INFO).

Opening checks, in this order, and refuses with the first reason that applies: not a bundle,
unsupported version, truncated, altered, unknown sender, revoked sender, altered (signature),
wrong recipient; then truncated/altered (length), altered (ciphertext digest). Only then is a
bundle applied before recognised (by its signed header) and reported as such, and any other
ciphertext decrypted. Nothing here touches the database; ``open_bundle`` is given the keys.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite

from station_app.storage.images import ENCODINGS, PLAIN
from station_app.sync.errors import BundleRefused

__all__ = ["MAGIC", "FORMAT_VERSION", "INFO", "SUITE_NAME", "HEAD_BYTES", "seal_bundle",
           "read_header", "verify_header", "verify_body", "verify_body_file", "open_bundle",
           "Header", "bundle_digest"]

MAGIC = b"CCCDSYNC"
FORMAT_VERSION = 1
INFO = b"station-app sync bundle v1"
SUITE_NAME = "DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM"
_FIXED = struct.Struct(">8sHI")  # magic, version, manifest length
_SIG = 64
MAX_MANIFEST = 65_536
HEAD_BYTES = _FIXED.size + MAX_MANIFEST + _SIG  # the clear part of a bundle is never longer
_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)


def bundle_digest(manifest_bytes: bytes) -> str:
    """A bundle's identity: SHA-256 of its manifest, which itself holds the ciphertext's
    SHA-256 and a random bundle id. A bundle already applied is recognised by it."""
    return hashlib.sha256(manifest_bytes).hexdigest()


def seal_bundle(manifest: dict, payload: bytes, sign_key: ed25519.Ed25519PrivateKey,
                recipient_enc_key: bytes, compress: bool = False,
                encoding: str = PLAIN) -> bytes:
    """The bytes of a bundle file. ``manifest`` gets its payload/ciphertext fields here.
    ``encoding``: of the payload (storage/images.py)."""
    plain = zlib.compress(payload, 1) if compress else payload
    ciphertext = _SUITE.encrypt(plain, x25519.X25519PublicKey.from_public_bytes(
        recipient_enc_key), info=INFO)
    manifest = dict(manifest)
    manifest["format"] = FORMAT_VERSION
    manifest["payload"] = {"encoding": encoding, "compression": "zlib" if compress else "none",
                           "size": len(payload)}
    manifest["ciphertext"] = {"suite": SUITE_NAME, "info": INFO.decode(),
                              "size": len(ciphertext),
                              "sha256": hashlib.sha256(ciphertext).hexdigest()}
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True,
                                separators=(",", ":")).encode("utf-8")
    if len(manifest_bytes) > MAX_MANIFEST:
        raise ValueError("bundle manifest too large")
    head = _FIXED.pack(MAGIC, FORMAT_VERSION, len(manifest_bytes)) + manifest_bytes
    return head + sign_key.sign(head) + ciphertext


@dataclass
class Header:
    """What can be read of a bundle before knowing who sent it."""

    manifest: dict
    manifest_bytes: bytes
    signed: bytes           # bytes [0, 14+M)
    signature: bytes
    ciphertext_offset: int
    digest: str

    @property
    def sender_key(self) -> str:
        return str(self.manifest.get("sender", {}).get("key_id", ""))

    @property
    def sender_station(self) -> str:
        return str(self.manifest.get("sender", {}).get("station", "?"))


def read_header(data: bytes | memoryview) -> Header:
    """Parse the clear part of a bundle; BundleRefused if it cannot be one."""
    size = len(data)
    if size == 0:
        raise BundleRefused("truncated", "the file is empty")
    if size < _FIXED.size:
        if bytes(data[:8]) == MAGIC[:min(size, 8)]:
            raise BundleRefused("truncated", f"the file ends after {size} bytes")
        raise BundleRefused("not a bundle", "the file does not start like a sync bundle "
                            "(altered, or another kind of file)")
    magic, version, length = _FIXED.unpack_from(data, 0)
    if magic != MAGIC:
        raise BundleRefused("not a bundle", "the file does not start like a sync bundle "
                            "(altered, or another kind of file)")
    if version != FORMAT_VERSION:
        raise BundleRefused("unsupported version",
                            f"bundle format version {version}; this app reads version "
                            f"{FORMAT_VERSION}")
    if not 0 < length <= MAX_MANIFEST:
        raise BundleRefused("altered", f"impossible manifest length {length}")
    end = _FIXED.size + length
    if size < end + _SIG:
        raise BundleRefused("truncated", f"the file ends after {size:,} bytes, inside its "
                            "manifest or signature")
    manifest_bytes = bytes(data[_FIXED.size:end])
    try:
        manifest = json.loads(manifest_bytes.decode("utf-8"))
        if not isinstance(manifest, dict):
            raise ValueError
    except (UnicodeDecodeError, ValueError):
        raise BundleRefused("altered", "the manifest is not readable") from None
    if manifest.get("format") != version:
        raise BundleRefused("altered", "the manifest's format does not match the header")
    return Header(manifest, manifest_bytes, bytes(data[:end]), bytes(data[end:end + _SIG]),
                  end + _SIG, bundle_digest(manifest_bytes))


def verify_header(header: Header, sender_sign_key: bytes, my_key_id: str,
                  my_station: str) -> None:
    """The sender's signature over the clear part, and the recipient."""
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(sender_sign_key).verify(
            header.signature, header.signed)
    except InvalidSignature:
        raise BundleRefused("altered", "the signature does not match the contents") from None
    manifest = header.manifest
    recipient = manifest.get("recipient") or {}
    if recipient.get("key_id") != my_key_id:
        raise BundleRefused(
            "wrong recipient",
            f"it was written for station {recipient.get('station', '?')} (key "
            f"{str(recipient.get('key_id', '?'))[:8]}…), not for this laptop ({my_station}, "
            f"key {my_key_id[:8]}…)")


def verify_body(data: bytes | memoryview, header: Header) -> None:
    """The file's length and the ciphertext's digest, against the (verified) manifest."""
    _check_length(len(data), header)
    _check_digest(hashlib.sha256(memoryview(data)[header.ciphertext_offset:]), header)


def verify_body_file(file: BinaryIO, header: Header) -> None:
    """``verify_body`` of an open bundle file, read in pieces: a repeat of a big bundle is
    checked without holding it in memory."""
    _check_length(os.fstat(file.fileno()).st_size, header)
    file.seek(header.ciphertext_offset)
    _check_digest(hashlib.file_digest(file, "sha256"), header)


def _check_length(size: int, header: Header) -> None:
    cipher = header.manifest.get("ciphertext") or {}
    expected = header.ciphertext_offset + int(cipher.get("size", -1))
    if size < expected:
        raise BundleRefused("truncated", f"the file has {size:,} of its {expected:,} bytes "
                            "(copy it again from the sending laptop)")
    if size > expected:
        raise BundleRefused("altered", f"{size - expected:,} bytes were added at the end")


def _check_digest(digest, header: Header) -> None:
    if digest.hexdigest() != (header.manifest.get("ciphertext") or {}).get("sha256"):
        raise BundleRefused("altered", "the encrypted contents do not match the signed digest")


def open_bundle(data: bytes | memoryview, header: Header,
                enc_private: Callable[[], x25519.X25519PrivateKey]) -> bytes:
    """Decrypt (and inflate) a verified bundle's payload."""
    try:
        plain = _SUITE.decrypt(memoryview(data)[header.ciphertext_offset:],  # not copied
                               enc_private(), info=INFO)
    except (InvalidTag, ValueError):
        raise BundleRefused("altered", "the contents cannot be decrypted with this laptop's "
                            "key") from None
    info = header.manifest.get("payload") or {}
    if info.get("compression") == "zlib":
        try:
            plain = zlib.decompress(plain)
        except zlib.error:
            raise BundleRefused("altered", "the contents cannot be inflated") from None
    elif info.get("compression") != "none":
        raise BundleRefused("unsupported version",
                            f"payload compression {info.get('compression')!r}")
    if info.get("encoding") not in ENCODINGS:
        raise BundleRefused("unsupported version", f"payload encoding {info.get('encoding')!r}")
    if len(plain) != info.get("size"):
        raise BundleRefused("altered", "the contents have the wrong size")
    return plain
