"""Whatever a scanned or typed text identifies: a letter's QR payload, a ticket, a personal ID,
an old ID, a household code or a record id. Each kind is one small function in LOOKUPS."""

from __future__ import annotations

from collections.abc import Callable

from station_app.services.operators import Operator, authorize
from station_app.services.search import _FROM, RESIDENT_FIELDS, household_id
from station_app.storage import Database

__all__ = ["lookup", "NotFound", "LOOKUPS", "household_record", "resident_record"]


class NotFound(LookupError):
    pass


def resident_record(db: Database, resident_id: str) -> dict | None:
    row = db.one(f"SELECT {RESIDENT_FIELDS} {_FROM} WHERE r.id = ?", (resident_id,))
    if row:
        del row["sort_key"]
    return row


def household_record(db: Database, household_id: str) -> dict | None:
    household = db.one(
        "SELECT h.id, h.code, h.address, h.head_name, h.phone, v.name AS village "
        "FROM households h LEFT JOIN areas v ON v.id = h.village_id WHERE h.id = ?",
        (household_id,))
    if household:
        members = db.query(
            f"SELECT {RESIDENT_FIELDS} {_FROM} WHERE r.household_id = ? ORDER BY r.sort_key",
            (household_id,))
        for m in members:
            del m["sort_key"]
        household["members"] = members
    return household


def _by_personal_id(db: Database, text: str) -> dict | None:
    if len(text) in (9, 12) and text.isdigit():
        column = "personal_id" if len(text) == 12 else "old_id"
        rid = db.scalar(f"SELECT id FROM residents WHERE {column} = ?", (text,))
        if rid:
            return {"kind": "resident", "record": resident_record(db, rid)}
    return None


def _by_household_code(db: Database, text: str) -> dict | None:
    hid = household_id(db, text)
    return {"kind": "household", "record": household_record(db, hid)} if hid else None


def _by_record_id(db: Database, text: str) -> dict | None:
    if db.scalar("SELECT 1 FROM residents WHERE id = ?", (text,)):
        return {"kind": "resident", "record": resident_record(db, text)}
    if db.scalar("SELECT 1 FROM households WHERE id = ?", (text,)):
        return {"kind": "household", "record": household_record(db, text)}
    return None


def _by_ticket(db: Database, text: str) -> dict | None:
    """A ticket's scanned code (CCCD1|T|...) or today's number here ('A007')."""
    from station_app.core.queueing import parse_number
    from station_app.services.queue import TicketNotFound, find_ticket

    if not (text.startswith("CCCD1|T|") or parse_number(text)):
        return None
    try:
        return {"kind": "ticket", "record": find_ticket(db, text)}
    except TicketNotFound:
        return None


def _by_letter(db: Database, text: str) -> dict | None:
    """A letter's scanned code (CCCD1|L|...): its household and where it is due now."""
    if not text.startswith("CCCD1|L|"):
        return None
    from station_app.services.letters import letter_lookup

    return letter_lookup(db, text)


LOOKUPS: list[Callable[[Database, str], dict | None]] = [
    _by_letter, _by_ticket, _by_personal_id, _by_household_code, _by_record_id,
]


def lookup(db: Database, text: str, operator: Operator | None = None) -> dict:
    """{'kind': ..., 'record': {...}} for what ``text`` identifies; NotFound otherwise."""
    authorize(db, operator, "resident.view")
    text = text.strip()
    if not text:
        raise NotFound("nothing to look up: the text is empty")
    for find in LOOKUPS:
        found = find(db, text)
        if found:
            return found
    raise NotFound(f"'{text}' is not a letter, ticket, ID number or household code known here")
