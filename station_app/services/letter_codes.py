"""The codes printed on invitation letters: made with this laptop's letter key, checked against
every letter key the database holds (core/payloads describes the code).

A letter key is 32 random bytes, one per laptop (table ``letter_keys``, id ``LK-<node>``),
made the first time the laptop prints letters. Keys are synced records: they reach HQ, and the
station's other laptops through HQ, only inside the encrypted bundles, so the ticket table
checks a letter the lead's laptop printed and HQ checks every station's. One key per laptop,
not per station: two laptops of a station that each made one before syncing never overwrite
each other's (a lost key would void every letter it signed).
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator

from station_app.core.dates import now_iso
from station_app.core.payloads import Payload, letter_payload, parse_payload
from station_app.storage import Database

__all__ = ["own_letter_key", "letter_keys", "letter_code", "read_code"]


def _own_id(db: Database) -> str:
    return f"LK-{db.node}"


def own_letter_key(db: Database, operator: str | None = None) -> bytes:
    """This laptop's letter key, made (and recorded in the audit) the first time."""
    secret = db.scalar("SELECT secret FROM letter_keys WHERE id = ?", (_own_id(db),))
    if secret is None:
        secret = secrets.token_hex(32)
        with db.write("letters.key", operator, {"key": _own_id(db)}) as w:
            w.insert("letter_keys", {"id": _own_id(db), "station": db.station, "secret": secret,
                                     "created_at": now_iso()})
    return bytes.fromhex(secret)


def letter_keys(db: Database) -> Iterator[bytes]:
    """Every letter key held here, this laptop's first, then its station's, then the others'."""
    for (secret,) in db.conn.execute(
            "SELECT secret FROM letter_keys ORDER BY id != ?, station != ?, id",
            (_own_id(db), db.station)):
        yield bytes.fromhex(secret)


def letter_code(db: Database, household_id: str, appointment_id: str | None) -> str:
    """The code of a letter for ``household_id`` (and its appointment), signed here."""
    return letter_payload(own_letter_key(db), household_id, appointment_id)


def read_code(db: Database, text: str) -> Payload:
    """The kind and ids of a scanned code; PayloadError when malformed, or a letter's code
    that no letter key held here signed."""
    return parse_payload(text, letter_keys(db))
