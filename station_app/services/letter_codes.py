"""The codes printed on invitation letters: made with this laptop's letter key, checked against
every letter key the database holds (core/payloads describes the code).

A letter key is 32 random bytes, one per laptop (table ``letter_keys``, id ``LK-<node>``),
made the first time the laptop prints letters. Keys are synced records: they reach HQ, and the
station's other laptops through HQ, only inside the encrypted bundles, so the ticket table
checks a letter the lead's laptop printed and HQ checks every station's. One key per laptop,
not per station: two laptops of a station that each made one before syncing never overwrite
each other's (a lost key would void every letter it signed).

A letter whose tag no key held here made is either misread, mistyped or forged, or genuine but
printed by a laptop whose key has not arrived yet (the ticket table's laptop before the lead's
bundle came round through HQ). The code does not say which laptop signed it, but its
appointment id begins with the node of the laptop that booked it, which is the one that prints
its letters (the lead's): no key of that laptop here means a laptop this station does not know
yet (``LetterFromUnknownLaptop``); a key of it here that does not match means misread or
forged. A letter booked on one laptop and printed on another, unknown one, reads as forged.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator

from station_app.core.dates import now_iso
from station_app.core.messages import Message
from station_app.core.payloads import LetterCheckFailed, Payload, letter_payload, parse_payload
from station_app.storage import Database

__all__ = ["own_letter_key", "letter_keys", "letter_code", "read_code",
           "LetterFromUnknownLaptop"]

_COUNTER_DIGITS = 10  # a record id is the laptop's node, then a 10-digit counter (storage/db.py)


class LetterFromUnknownLaptop(LetterCheckFailed):
    """A letter code signed, as far as can be told, by a laptop whose key has not arrived."""


def _own_id(db: Database) -> str:
    return f"LK-{db.node}"


def own_letter_key(db: Database, *, operator: str | None = None) -> bytes:
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


def _booked_on(appointment_id: str | None) -> str | None:
    """The node of the laptop that made ``appointment_id`` (None: not one of our ids)."""
    if appointment_id and len(appointment_id) > _COUNTER_DIGITS and \
            appointment_id[-_COUNTER_DIGITS:].isdigit():
        return appointment_id[:-_COUNTER_DIGITS]
    return None


def read_code(db: Database, text: str) -> Payload:
    """The kind and ids of a scanned code; PayloadError when malformed, LetterCheckFailed for
    a letter's code that no letter key held here signed (LetterFromUnknownLaptop when the
    laptop that booked it has no key here: see the module docstring)."""
    try:
        return parse_payload(text, letter_keys(db))
    except LetterCheckFailed as exc:
        node = _booked_on(exc.ids[1])
        if node and not db.scalar("SELECT 1 FROM letter_keys WHERE id = ?", (f"LK-{node}",)):
            raise LetterFromUnknownLaptop(Message(
                "letter from a laptop this station doesn't know yet: take the bundle round "
                "through HQ, or check the household in by its code"), exc.ids) from None
        raise
