"""A bundle's payload as an image in clear, for the tests that look into it or forge one (and
seal it again in the ``sqlite3`` encoding, as an earlier version wrote)."""

from __future__ import annotations

from pathlib import Path

from station_app.core.sqlite import sqlite3
from station_app.storage import Database, images
from station_app.sync.bundle import open_bundle, read_header
from station_app.sync.identity import enc_private_key


def payload_image(path: Path, recipient: Database) -> tuple[bytes, dict]:
    """(the payload as an SQLite image in clear, manifest) of the bundle file ``path``, read
    with the recipient's private key. The image is built in memory (storage/images.py)."""
    data = path.read_bytes()
    header = read_header(data)
    plain = open_bundle(data, header, lambda: enc_private_key(recipient))
    if header.manifest["payload"]["encoding"] == images.PLAIN:
        return plain, header.manifest
    conn = sqlite3.connect(":memory:")
    try:
        with images.Payload(conn, "p", path.parent, images.ENCRYPTED, plain):
            return images.serialize(conn, "p"), header.manifest
    finally:
        conn.close()
