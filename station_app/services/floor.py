"""The station floor as the screens use it: each action passes the signed-in operator to the
queue or intake service, which checks the role (``authorize``: refused and recorded when the
role may not) and records the action with the operator's name; plus the few reads the ticket
table and the desks show (today's tickets, a desk's count).
"""

from __future__ import annotations

import datetime as dt

from station_app.core.messages import Message
from station_app.core.permissions import NotAllowed
from station_app.core.queueing import InvalidAction, local_now, parse_number, station_day
from station_app.core.text import nfc
from station_app.services import hall, intake, queue
from station_app.services.operators import Operator, authorize
from station_app.services.search import household_id
from station_app.storage import Database

__all__ = ["issue", "scan_at_table", "at_table", "NotACode", "find_at_table", "reprint",
           "desk_action", "DESK_ACTIONS", "record_outcome", "correct_outcome", "current_at_desk",
           "ticket_people", "today_tickets", "mark_printed", "desk_today", "search_people",
           "start_if_called", "now_serving", "queue_counts", "queue_status", "print_ticket"]

# desk action -> the queue service function (desk, operator=..., now=...)
DESK_ACTIONS = {
    "call_next": queue.call_next,
    "recall": queue.recall,
    "start": queue.start,
    "no_show": queue.no_show,
    "return": queue.return_to_queue,
    "finish": queue.finish,
}


# -- a laptop joined to the station's host (services/hall.py) asks it ---------------------------
def _joined(db: Database) -> bool:
    return hall.host_of(db) is not None


def _ask(db: Database, op: str, operator: Operator | None, **args):
    """The host does ``op`` (services/hall_server.OPS); its errors raised as ours would be."""
    try:
        return hall.ask(db, op, operator=operator, **args)
    except hall.HostRefused as exc:
        known = {c.__name__: c for c in (queue.QueueError, queue.ScanError, queue.DeskBusy,
                                         queue.TicketNotFound, NotACode, NotAllowed,
                                         InvalidAction)}
        if exc.kind in known:
            raise known[exc.kind](exc.args[0]) from None
        raise


def _have_ticket(db: Database, ticket_id: str) -> None:
    """On a joined laptop, a ticket the host just made reaches the replica before it is read
    here (printed, its household listed); without the host the next round brings it."""
    if _joined(db) and not db.scalar("SELECT 1 FROM tickets WHERE id = ?", (ticket_id,)):
        try:
            hall.sync_round(db)
        except hall.HostUnreachable:
            pass


def now_serving(db: Database, recent: int = 6) -> dict:
    """What the now-serving display shows (the host's, on a joined laptop)."""
    if _joined(db):
        return _ask(db, "now_serving", None, recent=recent)
    return queue.now_serving(db, recent=recent)


def queue_counts(db: Database) -> dict:
    return _ask(db, "queue_counts", None) if _joined(db) else queue.queue_counts(db)


def queue_status(db: Database) -> dict:
    return _ask(db, "queue_status", None) if _joined(db) else queue.queue_status(db)


# -- ticket table -----------------------------------------------------------------------------
def issue(db: Database, queue_code: str | None, now: dt.datetime | None = None,
          household_id: str | None = None, *, operator: Operator | None) -> dict:
    if _joined(db):
        return _ask(db, "issue", operator, queue_code=queue_code, household_id=household_id)
    ticket = queue.issue_ticket(db, queue_code, household_id, operator=operator, now=now)
    ticket["people_ahead"] = queue.people_ahead(db, ticket["id"], now)
    return ticket


def scan_at_table(db: Database, text: str, now: dt.datetime | None = None, *,
                  operator: Operator | None) -> dict:
    """What the scanner typed at the ticket table (see ``queue.scan``)."""
    result = queue.scan(db, text, operator=operator, now=now)
    result["ticket"]["people_ahead"] = queue.people_ahead(db, result["ticket"]["id"], now)
    return result


def at_table(db: Database, text: str, now: dt.datetime | None = None, *,
             operator: Operator | None) -> dict:
    """Whatever was scanned or typed at the ticket table: a letter's (or its stub's) code, a
    ticket's code or number, a household code or a member's personal ID or old ID (checked in
    as its letter would be). Returns ``scan_at_table``'s result; ``NotACode`` when the text is
    none of these."""
    if _joined(db):
        return _ask(db, "at_table", operator, text=text)
    text = text.strip()
    if text.upper().startswith("CCCD1|"):
        return scan_at_table(db, text, now, operator=operator)
    household = _household_typed(db, text)
    if household:
        result = queue.check_in(db, household, None, operator=operator, now=now)
        result["ticket"]["people_ahead"] = queue.people_ahead(db, result["ticket"]["id"], now)
        return result
    if parse_number(text) or db.scalar("SELECT 1 FROM tickets WHERE id = ?", (text,)):
        return {"kind": "ticket", "ticket": find_at_table(db, text, now, operator=operator),
                "new": False, "household": None, "checked_in": [], "other_day": None}
    authorize(db, operator, "queue.view")
    raise NotACode(Message("this code is neither a letter nor a ticket (nor a household code "
                           "or personal ID here): nothing was changed"))


class NotACode(queue.ScanError):
    pass


def _household_typed(db: Database, text: str) -> str | None:
    """The household of a household code, or of a member's personal ID (12 digits) or old ID
    (9 digits)."""
    found = household_id(db, text)
    if found is None and text.isdigit() and len(text) in (9, 12):
        column = "personal_id" if len(text) == 12 else "old_id"
        found = db.scalar(f"SELECT household_id FROM residents WHERE {column} = ?", (text,))
    return found


def find_at_table(db: Database, text: str, now: dt.datetime | None = None, *,
                  operator: Operator | None) -> dict:
    """A ticket typed by its number ('A007') at the ticket table."""
    authorize(db, operator, "queue.view")
    ticket = queue.find_ticket(db, text, now)
    ticket["people_ahead"] = queue.people_ahead(db, ticket["id"], now)
    return ticket


def print_ticket(db: Database, ticket_id: str, out, size: str, reprint: bool = False, *,
                 operator: Operator | None):
    """Write a committed ticket's PDF (a reprint is recorded)."""
    _have_ticket(db, ticket_id)
    return queue.print_ticket(db, ticket_id, out, size, reprint=reprint, operator=operator)


def reprint(db: Database, ticket_id: str, out, size: str, *, operator: Operator | None) -> None:
    return print_ticket(db, ticket_id, out, size, reprint=True, operator=operator)


def today_tickets(db: Database, limit: int = 60, now: dt.datetime | None = None) -> list[dict]:
    """Today's tickets, newest first, with the household's head: the household checked in
    with the ticket, or else that of the first person a desk recorded on it (a walk-in)."""
    if _joined(db):
        return _ask(db, "today_tickets", None)
    day = station_day(now or local_now())
    return db.query(
        "SELECT t.id, t.number, t.queue, t.issued_at, t.status, t.desk, t.printed_at,"
        " h.head_name, h.code AS household_code FROM tickets t"
        " LEFT JOIN households h ON h.id = COALESCE(t.household_id, (SELECT r.household_id"
        "   FROM intakes i JOIN residents r ON r.id = i.resident_id WHERE i.ticket_id = t.id"
        "   ORDER BY i.at LIMIT 1))"
        " WHERE t.station = ? AND t.station_day = ? ORDER BY t.issued_at DESC, t.seq DESC"
        " LIMIT ?", (db.station, day, limit))


def mark_printed(db: Database, ticket_id: str, now: dt.datetime | None = None, *,
                 operator: Operator | None) -> None:
    """The ticket went to the printer (or its PDF was saved)."""
    if _joined(db):  # the host keeps the tickets: a change here would race its own
        return _ask(db, "mark_printed", operator, ticket_id=ticket_id)
    queue.mark_printed(db, ticket_id, operator=operator, now=now)


# -- desk -------------------------------------------------------------------------------------
def desk_action(db: Database, desk: str, action: str, ticket: str | None = None,
                to_desk: str | None = None, now: dt.datetime | None = None, *,
                operator: Operator | None) -> dict | None:
    """call_next, call (a given ticket), recall, start, no_show, return, transfer, finish,
    reactivate (a no-show ticket) at ``desk``."""
    if _joined(db):
        return _ask(db, "desk_action", operator, desk=desk, action=action, ticket=ticket,
                    to_desk=to_desk)
    if action == "call":
        return queue.call_ticket(db, desk, ticket or "", operator=operator, now=now)
    if action == "transfer":
        return queue.transfer(db, desk, to_desk or "", operator=operator, now=now)
    if action == "reactivate":
        return queue.reactivate(db, ticket or "", operator=operator, now=now)
    if action not in DESK_ACTIONS:
        raise queue.QueueError(f"unknown desk action '{action}'")
    return DESK_ACTIONS[action](db, desk, operator=operator, now=now)


def current_at_desk(db: Database, desk: str, now: dt.datetime | None = None, *,
                    operator: Operator | None) -> dict | None:
    authorize(db, operator, "resident.view")
    if _joined(db):
        return _ask(db, "current_at_desk", operator, desk=desk)
    return queue.desk_current(db, desk, now)


def start_if_called(db: Database, ticket_id: str, *, operator: Operator | None) -> None:
    """The ticket's person is at its desk: a ticket still 'called' starts being served."""
    row = db.one("SELECT status, desk FROM tickets WHERE id = ?", (ticket_id,))
    if row and row["status"] == "called":
        queue.start(db, row["desk"], operator=operator)


def ticket_people(db: Database, ticket_id: str, *, operator: Operator | None) -> list[dict]:
    _have_ticket(db, ticket_id)
    return intake.ticket_residents(db, ticket_id, operator=operator)


def search_people(db: Database, text: str, limit: int = 30, *, operator: Operator | None):
    from station_app.services.search import search_residents

    rows = search_residents(db, text, limit=limit, operator=operator)
    for row in rows:
        current = intake.current_intakes(db, row["id"])
        row["intake"] = current[-1] if current else None
    return rows


def record_outcome(db: Database, resident_id: str, outcome: str, ticket_id: str | None, desk: str,
                   reason: str | None = None, note: str | None = None, force: bool = False,
                   now: dt.datetime | None = None, *, operator: Operator | None) -> dict:
    joined = _joined(db)
    if joined and ticket_id:
        # the host keeps the queue: it starts the ticket, and the replica gets it now;
        # without the host the intake is recorded here all the same
        try:
            _ask(db, "start_if_called", operator, ticket_id=ticket_id)
            hall.sync_round(db)
        except hall.HostUnreachable:
            pass
        if not db.scalar("SELECT 1 FROM tickets WHERE id = ?", (ticket_id,)):
            ticket_id = None  # a ticket of the host this replica has not received yet
    return intake.record_intake(db, resident_id, outcome, reason=reason, note=note,
                                ticket_id=ticket_id, desk=desk, operator=operator,
                                force=force, now=now, start_ticket=not joined)


def correct_outcome(db: Database, intake_id: str, why: str, outcome: str | None = None,
                    reason: str | None = None, force: bool = False, now: dt.datetime | None = None,
                    *, operator: Operator | None) -> dict:
    return intake.correct_intake(db, intake_id, nfc(why), outcome=outcome, reason=reason,
                                 operator=operator, force=force, now=now)


def desk_today(db: Database, desk: str, now: dt.datetime | None = None) -> dict:
    """Today's figures of a desk: current intakes by outcome, tickets finished."""
    now = now or local_now()
    day = station_day(now)
    counts = dict(db.conn.execute(
        "SELECT i.outcome, COUNT(*) FROM intakes i WHERE i.station = ? AND i.desk = ?"
        " AND substr(i.at, 1, 10) = ?"
        " AND NOT EXISTS (SELECT 1 FROM intakes c WHERE c.corrects_id = i.id)"
        " GROUP BY i.outcome", (db.station, desk, day)))
    finished = db.scalar(
        "SELECT COUNT(*) FROM ticket_events WHERE station = ? AND station_day = ? AND desk = ?"
        " AND action = 'finish'", (db.station, day, desk))
    return {"outcomes": counts, "finished": finished or 0,
            "collected": counts.get("collected", 0)}
