"""A ticket as the services return it, found by its code, number or id; the day's tickets
and events as stored; the clock and desk helpers the queue's modules share."""

from __future__ import annotations

import datetime as dt

from station_app.core.payloads import PayloadError, ticket_payload
from station_app.core.queueing import (
    QueueDef,
    format_number,
    local_now,
    parse_number,
    station_day,
)
from station_app.services.letter_codes import read_code
from station_app.services.queue.errors import QueueError, ScanError, TicketNotFound
from station_app.services.queue.queues import all_queues
from station_app.storage import Database

TICKET_COLUMNS = ("id, station, station_day, queue, seq, number, issued_at, queued_at, status, "
                  "desk, household_id, appointment_id, slot_at")


def current_time(now: dt.datetime | None) -> dt.datetime:
    return local_now() if now is None else now.astimezone()


def desk_name(desk: str | None) -> str:
    desk = (desk or "").strip()
    if not desk:
        raise QueueError("a desk is needed (for example --desk 1)")
    return desk


def as_record(row: dict, queues: dict[str, QueueDef]) -> dict:
    q = queues.get(row["queue"])
    row["queue_name"] = q.name if q else row["queue"]
    row["kind"] = q.kind if q else "walk_in"
    row["code"] = ticket_payload(row["id"])
    return row


def ticket_record(db: Database, ticket_id: str) -> dict | None:
    row = db.one(f"SELECT {TICKET_COLUMNS} FROM tickets WHERE id = ?", (ticket_id,))
    return as_record(row, all_queues(db)) if row else None


def find_ticket(db: Database, text: str, now: dt.datetime | None = None) -> dict:
    """A ticket from its scanned code, its number today at this station ('A007'), or its id."""
    text = text.strip()
    if not text:
        raise TicketNotFound("no ticket given")
    if text.startswith("CCCD1|"):
        try:
            payload = read_code(db, text)
        except PayloadError as exc:
            raise ScanError(f"unreadable code: {exc}") from None
        if payload.kind != "ticket":
            raise ScanError(f"this is a {payload.kind} code, not a ticket")
        found = ticket_record(db, payload.ids[0]) if payload.ids[0] else None
        if not found:
            raise TicketNotFound("this ticket's code is valid but the ticket is not known here")
        return found
    number = parse_number(text)
    if number:
        tid = db.scalar(
            "SELECT t.id FROM tickets t WHERE t.station = ? AND t.station_day = ? AND t.number = ?",
            (db.station, station_day(current_time(now)), f"{format_number(*number)}"))
        if tid:
            return ticket_record(db, tid)
    found = ticket_record(db, text)
    if not found:
        raise TicketNotFound(f"no ticket '{text}' today at this station")
    return found


def day_events(db: Database, day: str) -> list[dict]:
    return db.query("SELECT seq, ticket_id, action, at, desk, to_desk, operator"
                    " FROM ticket_events WHERE station = ? AND station_day = ? ORDER BY seq",
                    (db.station, day))


def day_tickets(db: Database, day: str) -> dict[str, dict]:
    return {r["id"]: r for r in db.query(
        "SELECT id, number, queue, issued_at FROM tickets WHERE station = ? AND station_day = ?",
        (db.station, day))}
