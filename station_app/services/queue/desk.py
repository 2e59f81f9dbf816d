"""What a desk does: call the next ticket by the order of service (or a given one), recall,
start, no-show, return, transfer, finish, reactivate."""

from __future__ import annotations

import datetime as dt

from station_app.core.messages import Message
from station_app.core.queueing import (
    Policy,
    QueueDef,
    TicketState,
    Waiting,
    apply_action,
    desk_label,
    iso,
    next_ticket,
    station_day,
)
from station_app.services.operators import Operator, authorize
from station_app.services.queue.errors import DeskBusy, QueueError
from station_app.services.queue.issuing import store_event
from station_app.services.queue.queues import all_queues, get_policy
from station_app.services.queue.tickets import (
    TICKET_COLUMNS,
    as_record,
    current_time,
    desk_name,
    find_ticket,
)
from station_app.storage import Database


def desk_ticket(db: Database, desk: str, day: str) -> dict | None:
    return db.one(f"SELECT {TICKET_COLUMNS} FROM tickets WHERE station = ? AND station_day = ?"
                  " AND desk = ? AND status IN ('called', 'serving') ORDER BY seq LIMIT 1",
                  (db.station, day, desk))


def _transition(w, db: Database, row: dict, action: str, now: dt.datetime,
                desk: str | None = None, to_desk: str | None = None) -> dict:
    at = iso(now)
    state = apply_action(TicketState(row["status"], row["desk"], row["queued_at"]), action, at,
                         row["number"], desk, to_desk)
    w.update("tickets", row["id"],
             {"status": state.status, "desk": state.desk, "queued_at": state.queued_at})
    store_event(w, db, row["id"], row["station_day"], action, at, desk, to_desk)
    w.audit(f"ticket.{action}", {"ticket": row["id"], "number": row["number"], "desk": desk,
                                 "to_desk": to_desk})
    return as_record({**row, "status": state.status, "desk": state.desk,
                    "queued_at": state.queued_at}, all_queues(db))


def priority_run(db: Database, day: str, queues: dict[str, QueueDef]) -> int:
    run = 0
    for (queue,) in db.conn.execute(
            "SELECT t.queue FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id"
            " WHERE e.station = ? AND e.station_day = ? AND e.action = 'call'"
            " ORDER BY e.seq DESC LIMIT 21", (db.station, day)):
        q = queues.get(queue)
        if not q or q.kind != "priority":
            break
        run += 1
    return run


def waiting_tickets(db: Database, day: str, queues: dict[str, QueueDef]) -> list[Waiting]:
    rows = db.conn.execute(
        "SELECT id, number, queue, queued_at, seq, slot_at, desk FROM tickets"
        " WHERE station = ? AND station_day = ? AND status = 'waiting'", (db.station, day))
    return [Waiting(tid, number, queues[queue].kind if queue in queues else "walk_in",
                    queued_at, seq, slot_at, desk)
            for tid, number, queue, queued_at, seq, slot_at, desk in rows]


_WAITING = "FROM tickets WHERE station = ? AND station_day = ? AND status = 'waiting'"


def _next_candidates(db: Database, day: str, queues: dict[str, QueueDef], desk: str,
                     policy: Policy, now: dt.datetime) -> list[Waiting]:
    """The few waiting tickets one of which ``desk`` calls next (``next_ticket`` picks it):
    those transferred to the desk; else, per queue, the first come (for an appointment queue,
    the first come of those due), and only when no normal ticket is due or walked in, the
    earliest slot of the early appointments. Each is one step down the ``tickets_open`` index,
    whatever the length of the queue. (Due or early is decided here on the local ISO times as
    stored, and again by ``next_ticket``.)"""
    key = (db.station, day)
    rowids = [r for (r,) in db.conn.execute(f"SELECT rowid {_WAITING} AND desk = ?",
                                            (*key, desk))]
    if not rowids:
        due_by = iso(now + dt.timedelta(minutes=policy.window_minutes))
        first = f"SELECT rowid {_WAITING} AND desk IS NULL AND queue = ?"
        normal = False
        for q in queues.values():
            due = " AND (slot_at IS NULL OR slot_at <= ?)" if q.kind == "appointment" else ""
            found = [r for (r,) in db.conn.execute(
                f"{first}{due} ORDER BY queued_at, seq LIMIT 1",
                (*key, q.code, *([due_by] if due else [])))]
            rowids += found
            normal = normal or (bool(found) and q.kind != "priority")
        for q in queues.values():
            if q.kind == "appointment" and not normal:
                rowids += [r for (r,) in db.conn.execute(
                    f"{first} AND slot_at > ? ORDER BY slot_at, queued_at, seq LIMIT 1",
                    (*key, q.code, due_by))]
    rows = db.conn.execute(
        "SELECT id, number, queue, queued_at, seq, slot_at, desk FROM tickets"
        f" WHERE rowid IN ({','.join('?' * len(rowids))})", rowids)
    return [Waiting(tid, number, queues[queue].kind if queue in queues else "walk_in",
                    queued_at, seq, slot_at, t_desk)
            for tid, number, queue, queued_at, seq, slot_at, t_desk in rows]


def _refuse_if_busy(db: Database, desk: str, day: str) -> None:
    busy = desk_ticket(db, desk, day)
    if busy:
        raise DeskBusy(f"{desk_label(desk)} is still serving {busy['number']}: finish, return "
                       "or transfer it first")


def call_next(db: Database, desk: str, now: dt.datetime | None = None, *,
              operator: Operator | None = None) -> dict | None:
    """Call the next ticket by the station's order of service; None when nobody is waiting."""
    actor = authorize(db, operator, "desk.call")
    desk, now = desk_name(desk), current_time(now)
    day = station_day(now)
    policy, queues = get_policy(db), all_queues(db)
    with db.write(None, actor) as w:  # choose inside the transaction: two desks never
        _refuse_if_busy(db, desk, day)   # call the same ticket
        chosen = next_ticket(_next_candidates(db, day, queues, desk, policy, now), policy, now,
                             desk, priority_run(db, day, queues))
        if chosen is None:
            return None
        row = db.one(f"SELECT {TICKET_COLUMNS} FROM tickets WHERE id = ?", (chosen.id,))
        return _transition(w, db, row, "call", now, desk)


def call_ticket(db: Database, desk: str, ticket: str, now: dt.datetime | None = None, *,
                operator: Operator | None = None) -> dict:
    """Call a specific waiting ticket (number, code or id) to ``desk``."""
    actor = authorize(db, operator, "desk.call")
    desk, now = desk_name(desk), current_time(now)
    day = station_day(now)
    with db.write(None, actor) as w:
        row = _today_row(db, ticket, now)
        _refuse_if_busy(db, desk, day)
        return _transition(w, db, row, "call", now, desk)


def _today_row(db: Database, ticket: str, now: dt.datetime) -> dict:
    found = find_ticket(db, ticket, now)
    if found["station_day"] != station_day(now) or found["station"] != db.station:
        raise QueueError(f"{found['number']} is a ticket of {found['station_day']} at "
                         f"{found['station']}, not of today here: issue a new ticket")
    return db.one(f"SELECT {TICKET_COLUMNS} FROM tickets WHERE id = ?", (found["id"],))


def _at_desk(db: Database, desk: str, action: str, operator: Operator | None,
             now: dt.datetime | None, to_desk: str | None = None) -> dict:
    actor = authorize(db, operator, "desk.call")
    desk, now = desk_name(desk), current_time(now)
    with db.write(None, actor) as w:
        row = desk_ticket(db, desk, station_day(now))
        if not row:
            raise QueueError(f"{desk_label(desk)} has no ticket called: call one first")
        return _transition(w, db, row, action, now, desk, to_desk)


def recall(db: Database, desk: str, now: dt.datetime | None = None, *,
           operator: Operator | None = None) -> dict:
    """Call the desk's current ticket again (the display shows it and chimes again)."""
    return _at_desk(db, desk, "recall", operator, now)


def start(db: Database, desk: str, now: dt.datetime | None = None, *,
          operator: Operator | None = None) -> dict:
    """The called person has arrived at the desk: service starts."""
    return _at_desk(db, desk, "start", operator, now)


def no_show(db: Database, desk: str, now: dt.datetime | None = None, *,
            operator: Operator | None = None) -> dict:
    """The called person did not come (skip): the ticket can be reactivated later."""
    return _at_desk(db, desk, "no_show", operator, now)


def return_to_queue(db: Database, desk: str, now: dt.datetime | None = None, *,
                    operator: Operator | None = None) -> dict:
    """Send the desk's ticket back to the end of its queue (to fetch a document, say)."""
    return _at_desk(db, desk, "return", operator, now)


def transfer(db: Database, desk: str, to_desk: str, now: dt.datetime | None = None, *,
             operator: Operator | None = None) -> dict:
    """Send the desk's ticket to another desk, which calls it before its queue."""
    authorize(db, operator, "desk.call")
    to_desk = desk_name(to_desk)
    if to_desk == (desk or "").strip():
        raise QueueError(Message("a ticket is transferred to another desk, not the same one"))
    return _at_desk(db, desk, "transfer", operator, now, to_desk)


def finish(db: Database, desk: str, now: dt.datetime | None = None, *,
           operator: Operator | None = None) -> dict:
    return _at_desk(db, desk, "finish", operator, now)


def mark_started(w, db: Database, ticket_id: str, now: dt.datetime) -> None:
    """Inside another action's transaction (an intake recorded on a ticket still 'called'):
    the ticket starts being served at its desk."""
    row = db.one(f"SELECT {TICKET_COLUMNS} FROM tickets WHERE id = ?", (ticket_id,))
    _transition(w, db, row, "start", now, row["desk"])


def reactivate(db: Database, ticket: str, now: dt.datetime | None = None, *,
               operator: Operator | None = None) -> dict:
    """A no-show came back: the ticket goes to the end of its queue."""
    actor = authorize(db, operator, "desk.call")
    now = current_time(now)
    with db.write(None, actor) as w:
        return _transition(w, db, _today_row(db, ticket, now), "reactivate", now)
