"""Whatever a scanned or typed text identifies: a letter's QR payload, a ticket, a personal ID,
an old ID, a household code or a record id. Each kind is one small function in LOOKUPS."""

from __future__ import annotations

from collections.abc import Callable

from station_app.core.appointments import UPCOMING
from station_app.core.scheduling import slot_end
from station_app.services.letter_codes import read_code
from station_app.services.operators import Operator, authorize
from station_app.services.search import household_id
from station_app.storage import Database
from station_app.storage.queries import residents_where

__all__ = ["lookup", "NotFound", "LOOKUPS", "household_record", "resident_record"]


class NotFound(LookupError):
    pass


def resident_record(db: Database, resident_id: str) -> dict | None:
    rows = residents_where(db, "r.id = ?", (resident_id,))
    for row in rows:
        del row["sort_key"]
    return rows[0] if rows else None


def household_record(db: Database, household_id: str) -> dict | None:
    household = db.one(
        "SELECT h.id, h.code, h.address, h.head_name, h.phone, v.name AS village "
        "FROM households h LEFT JOIN areas v ON v.id = h.village_id WHERE h.id = ?",
        (household_id,))
    if household:
        members = residents_where(db, "r.household_id = ?", (household_id,), "ORDER BY r.sort_key")
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
    """A letter's scanned code (CCCD1|L|...): {'kind': 'letter', 'record': {'household',
    'appointment', 'letter'}}; the appointment is where the household is due now (after any
    move), or None."""
    if not text.startswith("CCCD1|L|"):
        return None
    household_id, appointment_id = read_code(db, text).ids
    household = household_record(db, household_id)
    if household is None:
        raise NotFound("this letter's household is not in this station's roster")
    appointment = db.one(
        """SELECT a.id, a.session_id, a.slot, a.status, s.day, s.place, s.opens, s.closes,
        s.slot_minutes, s.status AS session_status FROM appointments a
        JOIN sessions s ON s.id = a.session_id WHERE a.id = ?""", (appointment_id,))
    if appointment is None or appointment["status"] not in (*UPCOMING, "checked_in", "done"):
        appointment = db.one(
            f"""SELECT a.id, a.session_id, a.slot, a.status, s.day, s.place, s.opens, s.closes,
            s.slot_minutes, s.status AS session_status FROM appointments a
            JOIN sessions s ON s.id = a.session_id WHERE a.household_id = ?
            AND a.status IN ({','.join('?' * len(UPCOMING))}) ORDER BY s.day, a.slot LIMIT 1""",
            (household_id, *UPCOMING))
    if appointment:
        appointment["slot_end"] = slot_end(appointment["slot"], appointment["slot_minutes"])
        appointment["residents"] = db.query(
            "SELECT r.id, r.full_name FROM appointments a JOIN residents r ON r.id = a.resident_id"
            " WHERE a.household_id = ? AND a.session_id = ? AND a.status NOT IN "
            "('cancelled', 'moved') ORDER BY r.sort_key", (household_id, appointment["session_id"]))
    letter = db.one("SELECT id, number, printed_at, delivered_at, delivered_by, received_by "
                    "FROM letters WHERE appointment_id = ?", (appointment_id,))
    return {"kind": "letter",
            "record": {"household": household, "appointment": appointment, "letter": letter}}


LOOKUPS: list[Callable[[Database, str], dict | None]] = [
    _by_letter, _by_ticket, _by_personal_id, _by_household_code, _by_record_id,
]


def _targets(found: dict) -> list[str]:
    """The ids of whom a lookup showed: the resident, or the household (with its members)."""
    record = found["record"]
    if found["kind"] == "letter":
        record = record["household"]
    return [i for i in (record.get("id"), record.get("household_id")) if i]


def lookup(db: Database, text: str, *, operator: Operator | None = None) -> dict:
    """{'kind': ..., 'record': {...}} for what ``text`` identifies; NotFound otherwise. Each
    lookup, found or not, is recorded in the audit log: who looked up what, and whom."""
    actor = authorize(db, operator, "resident.view")
    text = text.strip()
    if not text:
        raise NotFound("nothing to look up: the text is empty")
    found = next((f for find in LOOKUPS if (f := find(db, text))), None)
    detail = {"text": text, "kind": found and found["kind"],
              "ids": _targets(found) if found else []}
    db.audit_read("resident.lookup", actor, detail)
    if found:
        return found
    raise NotFound(f"'{text}' is not a letter, ticket, ID number or household code known here")
