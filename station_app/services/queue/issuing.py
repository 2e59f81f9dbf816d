"""Issuing tickets: by queue at the ticket table, or by checking a household in (its letter
scanned, or its code typed). Every ticket and every action on it stores a ``ticket_events`` row
in the same transaction."""

from __future__ import annotations

import datetime as dt

from station_app.core.appointments import UPCOMING
from station_app.core.messages import Message
from station_app.core.payloads import LetterCheckFailed, PayloadError
from station_app.core.queueing import (
    QueueDef,
    format_number,
    iso,
    slot_time,
    station_day,
)
from station_app.services.letter_codes import read_code
from station_app.services.operators import Operator, authorize
from station_app.services.queue.errors import QueueError, ScanError
from station_app.services.queue.queues import find_queue, get_policy, station_queues
from station_app.services.queue.tickets import as_record, current_time, find_ticket, ticket_record
from station_app.storage import Database


def store_event(w, db: Database, ticket_id: str, day: str, action: str, at: str,
           desk: str | None = None, to_desk: str | None = None) -> None:
    if db.scalar("SELECT 1 FROM hall_self WHERE role = 'member'"):
        # numbers and calls are one for the station: only its host writes them (hall.py)
        raise QueueError(Message("this laptop is joined to the station's host, which keeps "
                                 "the queue: issue and call through it (the screens do)"))
    seq = db.scalar("SELECT COALESCE(MAX(seq), 0) + 1 FROM ticket_events"
                    " WHERE station = ? AND station_day = ?", (db.station, day))
    w.insert("ticket_events", {
        "station": db.station, "station_day": day, "seq": seq, "ticket_id": ticket_id,
        "action": action, "at": at, "desk": desk, "to_desk": to_desk, "operator": w.operator})


def write_ticket(w, db: Database, q: QueueDef, now: dt.datetime, household_id: str | None = None,
           appointment_id: str | None = None, slot_at: str | None = None) -> dict:
    day, at = station_day(now), iso(now)
    seq = db.scalar("SELECT COALESCE(MAX(seq), 0) + 1 FROM tickets"
                    " WHERE station = ? AND station_day = ? AND queue = ?",
                    (db.station, day, q.code))
    row = {"station": db.station, "station_day": day, "queue": q.code, "seq": seq,
           "number": format_number(q.prefix, seq), "issued_at": at, "queued_at": at,
           "status": "waiting", "desk": None, "household_id": household_id,
           "appointment_id": appointment_id, "slot_at": slot_at}
    row["id"] = w.insert("tickets", row)
    store_event(w, db, row["id"], day, "issue", at)
    w.audit("ticket.issue", {"ticket": row["id"], "number": row["number"], "queue": q.code})
    return as_record(row, {q.code: q})


def issue_ticket(db: Database, queue: str | None = None, household_id: str | None = None,
                 now: dt.datetime | None = None, *, operator: Operator | None = None) -> dict:
    """Issue the next number of ``queue`` (code, prefix or kind; walk-in by default). Returns the
    committed ticket; print it after this returns."""
    actor = authorize(db, operator, "ticket.issue")
    q = find_queue(db, queue)
    now = current_time(now)
    if household_id and not db.scalar("SELECT 1 FROM households WHERE id = ?", (household_id,)):
        raise QueueError("no such household")
    with db.write(None, actor) as w:
        return write_ticket(w, db, q, now, household_id)


def scan(db: Database, text: str, now: dt.datetime | None = None, *,
         operator: Operator | None = None) -> dict:
    """What the scanner typed at the ticket table. A letter's code checks the household in
    (today's appointments become checked in) and issues its ticket in the appointment queue (or
    gives back its ticket if it already has one waiting or at a desk); a ticket's code finds the
    ticket. An unknown or malformed code raises ScanError and changes nothing.

    Returns {'kind': 'letter'|'ticket', 'ticket': ..., 'new': bool, 'household': ...,
    'checked_in': [appointment ids]}."""
    authorize(db, operator, "ticket.scan")
    text = text.strip()
    if not text:
        raise ScanError("nothing was scanned")
    try:
        payload = read_code(db, text)
    except LetterCheckFailed as exc:  # said as it is: forged, or a laptop not known yet
        raise ScanError(exc.args[0]) from None
    except PayloadError as exc:
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise ScanError(f"'{shown}' is not a letter or ticket code: {exc}") from None
    if payload.kind == "ticket":
        return {"kind": "ticket", "ticket": find_ticket(db, text, now), "new": False,
                "household": None, "checked_in": []}
    if payload.kind != "letter":
        raise ScanError(f"a {payload.kind} code does not give a queue ticket")
    household_id, appointment_id = payload.ids
    return check_in(db, household_id, appointment_id, now, operator=operator)


def _other_day(db: Database, household_id: str, appointment_id: str | None,
               day: str) -> dict | None:
    """The household's appointment on another day than ``day``: the letter's own (unless
    cancelled or moved), else its next upcoming one, else its last one."""
    columns = ("SELECT a.id, a.slot, a.status, s.day, s.place FROM appointments a"
               " JOIN sessions s ON s.id = a.session_id")
    found = db.one(f"{columns} WHERE a.id = ? AND a.status NOT IN ('cancelled', 'moved')",
                   (appointment_id,)) if appointment_id else None
    if found is None:
        found = db.one(
            f"{columns} WHERE a.household_id = ? AND a.status NOT IN ('cancelled', 'moved')"
            " ORDER BY s.day < ?, CASE WHEN s.day < ? THEN s.day END DESC, s.day, a.slot LIMIT 1",
            (household_id, day, day))
    if found is None or found["day"] == day:
        return None
    return {**found, "early": found["day"] > day}


def check_in(db: Database, household_id: str, appointment_id: str | None = None,
             now: dt.datetime | None = None, *, operator: Operator | None = None) -> dict:
    """Check a household in at the ticket table (its letter scanned, or its code or a member's
    ID typed) and issue its ticket, or give back the ticket it already has today. With today's
    appointment: the appointment queue, due at its slot. With a letter for another day
    (``other_day`` in the result: its day, slot and place, ``early`` or late): served as the
    station's policy says (with the walk-ins by default). With no appointment at all: the
    appointment queue, due now."""
    actor = authorize(db, operator, "ticket.scan")
    now = current_time(now)
    day = station_day(now)
    queues = station_queues(db)
    queue = next((q for q in queues if q.kind == "appointment"), None)
    if queue is None:
        raise ScanError("this station has no appointment queue; configure one first")
    with db.write(None, actor) as w:
        household = db.one("SELECT id, code, head_name, address FROM households WHERE id = ?",
                           (household_id,))
        if not household:
            raise ScanError("this letter's household is not in this station's roster")
        existing = db.scalar(
            "SELECT id FROM tickets WHERE household_id = ? AND station_day = ? AND station = ?"
            " AND status IN ('waiting', 'called', 'serving') ORDER BY seq LIMIT 1",
            (household_id, day, db.station))
        if existing:
            return {"kind": "letter", "ticket": ticket_record(db, existing), "new": False,
                    "household": household, "checked_in": [], "other_day": None}
        appointments = db.query(
            "SELECT a.id, a.slot, a.status FROM appointments a"
            " JOIN sessions s ON s.id = a.session_id"
            " WHERE s.day = ? AND a.status NOT IN ('cancelled', 'moved') AND (a.household_id = ?"
            "   OR a.resident_id IN (SELECT id FROM residents WHERE household_id = ?))"
            " ORDER BY a.slot, a.id", (day, household_id, household_id))
        other = None if appointments else _other_day(db, household_id, appointment_id, day)
        # back again today (missing documents fetched, a member who came later): said
        served = db.scalar(
            "SELECT number FROM tickets WHERE household_id = ? AND station_day = ? AND station = ?"
            " AND status = 'done' ORDER BY seq DESC LIMIT 1", (household_id, day, db.station))
        if other and get_policy(db).other_day == "walk_in":
            queue = next((q for q in queues if q.kind == "walk_in"), queue)
        arriving = [a["id"] for a in appointments
                    if a["status"] in UPCOMING]
        w.update_many("appointments", ["status"], [("checked_in", a) for a in arriving])
        slots = [s for a in appointments if (s := slot_time(day, a["slot"]))]
        if not appointment_id and appointments:
            appointment_id = appointments[0]["id"]
        ticket = write_ticket(w, db, queue, now, household_id, appointment_id,
                        min(slots) if slots else None)
        w.audit("household.check_in", {"household": household_id, "ticket": ticket["id"],
                                       "appointments": arriving,
                                       "other_day": other["day"] if other else None})
    return {"kind": "letter", "ticket": ticket, "new": True, "household": household,
            "checked_in": arriving, "other_day": other, "served_today": served}
