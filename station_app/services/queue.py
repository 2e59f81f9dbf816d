"""Queue tickets at a station: issuing (by queue, or by scanning an invitation letter), the desk
actions, and what the now-serving display, the statistics and a restarted program read.

Each action is one transaction: the ticket's number is taken in the same transaction that stores
the ticket, and every action stores a ``ticket_events`` row (replayed by ``day_state``) and
updates the ticket's status in the same transaction, so a power cut loses nothing committed and
never leaves half an action. The rules (numbers, order of service, what an action does) live in
``station_app.core.queueing``.

Each action takes the signed-in ``Operator`` and is refused (``authorize``) when their role may
not do it. What the now-serving display shows in the hall (numbers, counts, waiting times) is
public and needs no role.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from statistics import median

from station_app.core.appointments import UPCOMING
from station_app.core.messages import Message
from station_app.core.payloads import LetterCheckFailed, PayloadError, ticket_payload
from station_app.core.queueing import (
    DEFAULT_QUEUES,
    KINDS,
    WHAT_TO_BRING,
    InvalidAction,
    Policy,
    QueueDef,
    TicketState,
    Waiting,
    apply_action,
    desk_label,
    format_number,
    iso,
    local_now,
    next_ticket,
    parse_number,
    parse_time,
    replay,
    service_order,
    slot_time,
    station_day,
)
from station_app.services.letter_codes import read_code
from station_app.services.operators import Operator, authorize
from station_app.storage import Database

__all__ = [
    "QueueError", "ScanError", "DeskBusy", "TicketNotFound", "InvalidAction", "station_queues",
    "configure_queue", "find_queue", "get_policy", "set_policy", "issue_ticket", "scan",
    "check_in",
    "find_ticket", "ticket_record", "call_next", "call_ticket", "recall", "start", "no_show",
    "reactivate", "return_to_queue", "transfer", "finish", "mark_started", "desk_current",
    "day_state", "now_serving", "queue_counts", "queue_status", "people_ahead", "statistics", "print_ticket",
    "mark_printed",
]


class QueueError(ValueError):
    pass


class ScanError(QueueError):
    """A scanned text that is unknown or malformed: nothing was changed."""


class DeskBusy(QueueError):
    pass


class TicketNotFound(QueueError):
    pass


_ACTIVE = ("called", "serving")
_TICKET_COLUMNS = ("id, station, station_day, queue, seq, number, issued_at, queued_at, status, "
                   "desk, household_id, appointment_id, slot_at")


def _now(now: dt.datetime | None) -> dt.datetime:
    return local_now() if now is None else now.astimezone()


def _desk(desk: str | None) -> str:
    desk = (desk or "").strip()
    if not desk:
        raise QueueError("a desk is needed (for example --desk 1)")
    return desk


# -- queues and the order of service ---------------------------------------------------------
def _all_queues(db: Database) -> dict[str, QueueDef]:
    rows = db.query("SELECT code, prefix, name, kind FROM queues WHERE station = ?",
                    (db.station,))
    found = {q.code: q for q in DEFAULT_QUEUES} if not rows else {}
    found.update({r["code"]: QueueDef(**r) for r in rows})
    return found


def station_queues(db: Database) -> list[QueueDef]:
    """The station's active queues in display order (the three default queues until a lead
    configures others)."""
    rows = db.query("SELECT code, prefix, name, kind FROM queues WHERE station = ? AND active = 1"
                    " ORDER BY position, code", (db.station,))
    if not rows and not db.scalar("SELECT 1 FROM queues WHERE station = ?", (db.station,)):
        return list(DEFAULT_QUEUES)
    return [QueueDef(**r) for r in rows]


def configure_queue(db: Database, code: str, prefix: str, name: str, kind: str,
                    active: bool = True, operator: Operator | None = None) -> QueueDef:
    """Add or change one of the station's queues (the defaults are stored on first change)."""
    actor = authorize(db, operator, "queue.configure")
    code, prefix, name = code.strip().lower(), prefix.strip().upper(), " ".join(name.split())
    if not code or not code.replace("_", "").isalnum():
        raise QueueError("a queue code is letters, digits or '_' (for example walk_in)")
    if not (1 <= len(prefix) <= 3 and prefix.isalpha() and prefix.isascii()):
        raise QueueError("a queue prefix is 1 to 3 letters A-Z (for example B)")
    if kind not in KINDS:
        raise QueueError(f"a queue kind is one of {', '.join(KINDS)}, not '{kind}'")
    if not name:
        raise QueueError("a queue needs a name")
    with db.write("queue.configure", actor, {"code": code, "prefix": prefix, "kind": kind}) as w:
        existing = {r["code"]: r for r in db.query(
            "SELECT id, code, prefix, position, active FROM queues WHERE station = ?",
            (db.station,))}
        if not existing:
            for position, q in enumerate(DEFAULT_QUEUES):
                existing[q.code] = {"id": w.insert("queues", {
                    "station": db.station, "code": q.code, "prefix": q.prefix, "name": q.name,
                    "kind": q.kind, "position": position, "active": 1}),
                    "code": q.code, "prefix": q.prefix, "position": position, "active": 1}
        clash = [c for c, r in existing.items()
                 if r["prefix"] == prefix and c != code and r["active"]]
        if clash and active:
            raise QueueError(f"prefix {prefix} is already used by queue {clash[0]}")
        row = {"prefix": prefix, "name": name, "kind": kind, "active": 1 if active else 0}
        if code in existing:
            w.update("queues", existing[code]["id"], row)
        else:
            position = max((r["position"] for r in existing.values()), default=-1) + 1
            w.insert("queues", {"station": db.station, "code": code, "position": position, **row})
    return QueueDef(code, prefix, name, kind)


def find_queue(db: Database, text: str | None) -> QueueDef:
    """A queue by its code, prefix or kind (case does not matter); the walk-in queue by
    default."""
    queues = station_queues(db)
    wanted = (text or "walk_in").strip().lower().replace("-", "_")
    for attr in ("code", "prefix", "kind"):
        for q in queues:
            if getattr(q, attr).lower() == wanted:
                return q
    choices = ", ".join(f"{q.code} ({q.prefix})" for q in queues)
    raise QueueError(f"no queue '{text}' at this station; queues: {choices}")


def get_policy(db: Database) -> Policy:
    row = db.one("SELECT mode, ratio, window_minutes, other_day FROM queue_policy"
                 " WHERE station = ?", (db.station,))
    return Policy(**row) if row else Policy()


def set_policy(db: Database, mode: str, ratio: int | None = None,
               window_minutes: int | None = None, operator: Operator | None = None,
               other_day: str | None = None) -> Policy:
    actor = authorize(db, operator, "queue.configure")
    old = get_policy(db)
    policy = Policy(mode, old.ratio if ratio is None else ratio,
                    old.window_minutes if window_minutes is None else window_minutes,
                    old.other_day if other_day is None else other_day)
    values = {"mode": policy.mode, "ratio": policy.ratio, "window_minutes": policy.window_minutes,
              "other_day": policy.other_day}
    with db.write("queue.policy", actor, values) as w:
        row_id = db.scalar("SELECT id FROM queue_policy WHERE station = ?", (db.station,))
        if row_id:
            w.update("queue_policy", row_id, values)
        else:
            w.insert("queue_policy", {"station": db.station, **values})
    return policy


# -- records -------------------------------------------------------------------------------
def _record(row: dict, queues: dict[str, QueueDef]) -> dict:
    q = queues.get(row["queue"])
    row["queue_name"] = q.name if q else row["queue"]
    row["kind"] = q.kind if q else "walk_in"
    row["code"] = ticket_payload(row["id"])
    return row


def ticket_record(db: Database, ticket_id: str) -> dict | None:
    row = db.one(f"SELECT {_TICKET_COLUMNS} FROM tickets WHERE id = ?", (ticket_id,))
    return _record(row, _all_queues(db)) if row else None


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
            (db.station, station_day(_now(now)), f"{format_number(*number)}"))
        if tid:
            return ticket_record(db, tid)
    found = ticket_record(db, text)
    if not found:
        raise TicketNotFound(f"no ticket '{text}' today at this station")
    return found


# -- issuing -------------------------------------------------------------------------------
def _event(w, db: Database, ticket_id: str, day: str, action: str, at: str,
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


def _issue(w, db: Database, q: QueueDef, now: dt.datetime, household_id: str | None = None,
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
    _event(w, db, row["id"], day, "issue", at)
    w.audit("ticket.issue", {"ticket": row["id"], "number": row["number"], "queue": q.code})
    return _record(row, {q.code: q})


def issue_ticket(db: Database, queue: str | None = None, household_id: str | None = None,
                 operator: Operator | None = None, now: dt.datetime | None = None) -> dict:
    """Issue the next number of ``queue`` (code, prefix or kind; walk-in by default). Returns the
    committed ticket; print it after this returns."""
    actor = authorize(db, operator, "ticket.issue")
    q = find_queue(db, queue)
    now = _now(now)
    if household_id and not db.scalar("SELECT 1 FROM households WHERE id = ?", (household_id,)):
        raise QueueError("no such household")
    with db.write(None, actor) as w:
        return _issue(w, db, q, now, household_id)


def scan(db: Database, text: str, operator: Operator | None = None,
         now: dt.datetime | None = None) -> dict:
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
    return check_in(db, household_id, appointment_id, operator, now)


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
             operator: Operator | None = None, now: dt.datetime | None = None) -> dict:
    """Check a household in at the ticket table (its letter scanned, or its code or a member's
    ID typed) and issue its ticket, or give back the ticket it already has today. With today's
    appointment: the appointment queue, due at its slot. With a letter for another day
    (``other_day`` in the result: its day, slot and place, ``early`` or late): served as the
    station's policy says (with the walk-ins by default). With no appointment at all: the
    appointment queue, due now."""
    actor = authorize(db, operator, "ticket.scan")
    now = _now(now)
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
        if other and get_policy(db).other_day == "walk_in":
            queue = next((q for q in queues if q.kind == "walk_in"), queue)
        arriving = [a["id"] for a in appointments
                    if a["status"] in UPCOMING]
        w.update_many("appointments", ["status"], [("checked_in", a) for a in arriving])
        slots = [s for a in appointments if (s := slot_time(day, a["slot"]))]
        if not appointment_id and appointments:
            appointment_id = appointments[0]["id"]
        ticket = _issue(w, db, queue, now, household_id, appointment_id,
                        min(slots) if slots else None)
        w.audit("household.check_in", {"household": household_id, "ticket": ticket["id"],
                                       "appointments": arriving,
                                       "other_day": other["day"] if other else None})
    return {"kind": "letter", "ticket": ticket, "new": True, "household": household,
            "checked_in": arriving, "other_day": other}


# -- desk actions --------------------------------------------------------------------------
def _desk_ticket(db: Database, desk: str, day: str) -> dict | None:
    return db.one(f"SELECT {_TICKET_COLUMNS} FROM tickets WHERE station = ? AND station_day = ?"
                  " AND desk = ? AND status IN ('called', 'serving') ORDER BY seq LIMIT 1",
                  (db.station, day, desk))


def _transition(w, db: Database, row: dict, action: str, now: dt.datetime,
                desk: str | None = None, to_desk: str | None = None) -> dict:
    at = iso(now)
    state = apply_action(TicketState(row["status"], row["desk"], row["queued_at"]), action, at,
                         row["number"], desk, to_desk)
    w.update("tickets", row["id"],
             {"status": state.status, "desk": state.desk, "queued_at": state.queued_at})
    _event(w, db, row["id"], row["station_day"], action, at, desk, to_desk)
    w.audit(f"ticket.{action}", {"ticket": row["id"], "number": row["number"], "desk": desk,
                                 "to_desk": to_desk})
    return _record({**row, "status": state.status, "desk": state.desk,
                    "queued_at": state.queued_at}, _all_queues(db))


def _priority_run(db: Database, day: str, queues: dict[str, QueueDef]) -> int:
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


def _waiting(db: Database, day: str, queues: dict[str, QueueDef]) -> list[Waiting]:
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
    busy = _desk_ticket(db, desk, day)
    if busy:
        raise DeskBusy(f"{desk_label(desk)} is still serving {busy['number']}: finish, return "
                       "or transfer it first")


def call_next(db: Database, desk: str, operator: Operator | None = None,
              now: dt.datetime | None = None) -> dict | None:
    """Call the next ticket by the station's order of service; None when nobody is waiting."""
    actor = authorize(db, operator, "desk.call")
    desk, now = _desk(desk), _now(now)
    day = station_day(now)
    policy, queues = get_policy(db), _all_queues(db)
    with db.write(None, actor) as w:  # choose inside the transaction: two desks never
        _refuse_if_busy(db, desk, day)   # call the same ticket
        chosen = next_ticket(_next_candidates(db, day, queues, desk, policy, now), policy, now,
                             desk, _priority_run(db, day, queues))
        if chosen is None:
            return None
        row = db.one(f"SELECT {_TICKET_COLUMNS} FROM tickets WHERE id = ?", (chosen.id,))
        return _transition(w, db, row, "call", now, desk)


def call_ticket(db: Database, desk: str, ticket: str, operator: Operator | None = None,
                now: dt.datetime | None = None) -> dict:
    """Call a specific waiting ticket (number, code or id) to ``desk``."""
    actor = authorize(db, operator, "desk.call")
    desk, now = _desk(desk), _now(now)
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
    return db.one(f"SELECT {_TICKET_COLUMNS} FROM tickets WHERE id = ?", (found["id"],))


def _at_desk(db: Database, desk: str, action: str, operator: Operator | None,
             now: dt.datetime | None, to_desk: str | None = None) -> dict:
    actor = authorize(db, operator, "desk.call")
    desk, now = _desk(desk), _now(now)
    with db.write(None, actor) as w:
        row = _desk_ticket(db, desk, station_day(now))
        if not row:
            raise QueueError(f"{desk_label(desk)} has no ticket called: call one first")
        return _transition(w, db, row, action, now, desk, to_desk)


def recall(db: Database, desk: str, operator: Operator | None = None,
           now: dt.datetime | None = None) -> dict:
    """Call the desk's current ticket again (the display shows it and chimes again)."""
    return _at_desk(db, desk, "recall", operator, now)


def start(db: Database, desk: str, operator: Operator | None = None,
          now: dt.datetime | None = None) -> dict:
    """The called person has arrived at the desk: service starts."""
    return _at_desk(db, desk, "start", operator, now)


def no_show(db: Database, desk: str, operator: Operator | None = None,
            now: dt.datetime | None = None) -> dict:
    """The called person did not come (skip): the ticket can be reactivated later."""
    return _at_desk(db, desk, "no_show", operator, now)


def return_to_queue(db: Database, desk: str, operator: Operator | None = None,
                    now: dt.datetime | None = None) -> dict:
    """Send the desk's ticket back to the end of its queue (to fetch a document, say)."""
    return _at_desk(db, desk, "return", operator, now)


def transfer(db: Database, desk: str, to_desk: str, operator: Operator | None = None,
             now: dt.datetime | None = None) -> dict:
    """Send the desk's ticket to another desk, which calls it before its queue."""
    authorize(db, operator, "desk.call")
    to_desk = _desk(to_desk)
    if to_desk == (desk or "").strip():
        raise QueueError("a ticket is transferred to another desk, not the same one")
    return _at_desk(db, desk, "transfer", operator, now, to_desk)


def finish(db: Database, desk: str, operator: Operator | None = None,
           now: dt.datetime | None = None) -> dict:
    return _at_desk(db, desk, "finish", operator, now)


def mark_started(w, db: Database, ticket_id: str, now: dt.datetime) -> None:
    """Inside another action's transaction (an intake recorded on a ticket still 'called'):
    the ticket starts being served at its desk."""
    row = db.one(f"SELECT {_TICKET_COLUMNS} FROM tickets WHERE id = ?", (ticket_id,))
    _transition(w, db, row, "start", now, row["desk"])


def reactivate(db: Database, ticket: str, operator: Operator | None = None,
               now: dt.datetime | None = None) -> dict:
    """A no-show came back: the ticket goes to the end of its queue."""
    actor = authorize(db, operator, "desk.call")
    now = _now(now)
    with db.write(None, actor) as w:
        return _transition(w, db, _today_row(db, ticket, now), "reactivate", now)


# -- what the display, the statistics and a restarted program read ------------------------
def _events(db: Database, day: str) -> list[dict]:
    return db.query("SELECT seq, ticket_id, action, at, desk, to_desk, operator"
                    " FROM ticket_events WHERE station = ? AND station_day = ? ORDER BY seq",
                    (db.station, day))


def day_state(db: Database, day: str | None = None) -> dict[str, TicketState]:
    """Every ticket of the station-day as its stored events leave it."""
    return replay(_events(db, day or station_day(local_now())))


def _numbers(db: Database, day: str) -> dict[str, dict]:
    return {r["id"]: r for r in db.query(
        "SELECT id, number, queue, issued_at FROM tickets WHERE station = ? AND station_day = ?",
        (db.station, day))}


def desk_current(db: Database, desk: str, now: dt.datetime | None = None) -> dict | None:
    """The ticket ``desk`` is calling or serving, as stored (each action updates the ticket
    and stores its event in one transaction): after a restart the desk finds it again."""
    row = _desk_ticket(db, _desk(desk), station_day(_now(now)))
    return _record(row, _all_queues(db)) if row else None


def now_serving(db: Database, now: dt.datetime | None = None, recent: int = 6) -> dict:
    """For the second screen: the current call at each desk (newest first), the last calls, and
    ``last_call`` (its ``seq`` changes whenever a call or recall should chime)."""
    day = station_day(_now(now))
    events = _events(db, day)
    states = replay(events)
    tickets = _numbers(db, day)
    queues = _all_queues(db)
    desks: dict[str, dict] = {}
    calls = []
    for e in events:
        t = tickets.get(e["ticket_id"])
        if e["action"] not in ("call", "recall") or t is None:
            continue
        q = queues.get(t["queue"])
        call = {"seq": e["seq"], "desk": e["desk"], "desk_label": desk_label(e["desk"]),
                "number": t["number"], "queue": t["queue"],
                "queue_name": q.name if q else t["queue"], "at": e["at"],
                "recall": e["action"] == "recall", "ticket_id": e["ticket_id"],
                "announcement": f"Mời số {t['number']} đến {desk_label(e['desk'])}"}
        calls.append(call)
        state = states[e["ticket_id"]]
        if state.desk == e["desk"] and state.status in _ACTIVE:
            desks[e["desk"]] = {**call, "status": state.status}
    waiting = sum(1 for s in states.values() if s.status == "waiting")
    return {"day": day,
            "desks": sorted(desks.values(), key=lambda c: -c["seq"]),
            "recent": [c for c in reversed(calls) if not c["recall"]][:recent],
            "last_call": calls[-1] if calls else None,
            "waiting": waiting}


def people_ahead(db: Database, ticket_id: str, now: dt.datetime | None = None) -> int:
    """How many waiting tickets will be called before this one, by the order of service."""
    now = _now(now)
    row = db.one("SELECT station_day, status FROM tickets WHERE id = ?", (ticket_id,))
    if not row or row["status"] != "waiting":
        return 0
    queues = _all_queues(db)
    order = service_order(_waiting(db, row["station_day"], queues), get_policy(db), now,
                          _priority_run(db, row["station_day"], queues))
    return next((i for i, t in enumerate(order) if t.id == ticket_id), 0)


def _minutes(seconds: list[float]) -> dict:
    if not seconds:
        return {"count": 0, "mean": None, "median": None, "max": None}
    return {"count": len(seconds), "mean": round(sum(seconds) / len(seconds) / 60, 1),
            "median": round(median(seconds) / 60, 1), "max": round(max(seconds) / 60, 1)}


def statistics(db: Database, day: str | None = None, now: dt.datetime | None = None) -> dict:
    """Times per ticket from the stored events, in minutes: waiting (issued → first call),
    walking (the call before service → service starts), service (starts → finished); per hour
    of issue, per desk (where it was finished), per queue; tickets waiting now and the longest
    wait."""
    now = _now(now)
    day = day or station_day(now)
    tickets = _numbers(db, day)
    per: dict[str, dict] = {tid: {"issued": parse_time(t["issued_at"]), "calls": [],
                                  "start": None, "finish": None, "desk": None}
                            for tid, t in tickets.items()}
    state: dict[str, TicketState] = {}
    for e in _events(db, day):
        p = per.get(e["ticket_id"])
        if p is None:  # an event whose ticket has not arrived (yet) from its station
            continue
        state[e["ticket_id"]] = apply_action(state.get(e["ticket_id"], TicketState()),
                                             e["action"], e["at"], "", e["desk"], e["to_desk"])
        if e["action"] == "call":
            p["calls"].append(parse_time(e["at"]))
            p["desk"] = e["desk"]
        elif e["action"] == "start" and p["start"] is None:
            p["start"] = parse_time(e["at"])
            p["walk_from"] = p["calls"][-1]
        elif e["action"] == "finish":
            p["finish"] = parse_time(e["at"])
            p["desk"] = e["desk"]
    groups: dict[str, dict[str, dict]] = {"by_hour": {}, "by_desk": {}, "by_queue": {}}
    waiting_now = []
    for tid, p in per.items():
        t = tickets[tid]
        s = state.get(tid, TicketState())
        if s.status == "waiting" and day == station_day(now):
            waiting_now.append(((now - parse_time(s.queued_at)).total_seconds(), t["number"]))
        times = {
            "waiting": (p["calls"][0] - p["issued"]).total_seconds() if p["calls"] else None,
            "walking": ((p["start"] - p["walk_from"]).total_seconds()
                        if p["start"] is not None else None),
            "service": ((p["finish"] - p["start"]).total_seconds()
                        if p["finish"] is not None and p["start"] is not None else None),
        }
        keys = {"by_hour": t["issued_at"][11:13], "by_queue": t["queue"], "by_desk": p["desk"]}
        for group, key in keys.items():
            if key is None:
                continue
            g = groups[group].setdefault(key, {"tickets": 0, "served": 0, "no_show": 0,
                                               "waiting": [], "walking": [], "service": []})
            g["tickets"] += 1
            g["served"] += s.status == "done"
            g["no_show"] += s.status == "no_show"
            for name, value in times.items():
                if value is not None:
                    g[name].append(value)
    result: dict = {"day": day}
    for group, rows in groups.items():
        result[group] = {key: {**{k: v for k, v in g.items() if isinstance(v, int)},
                               **{name: _minutes(g[name])
                                  for name in ("waiting", "walking", "service")}}
                         for key, g in sorted(rows.items())}
    states = [s.status for s in state.values()]
    longest = max(waiting_now, default=None)
    result.update({
        "issued": len(tickets), "served": states.count("done"),
        "no_show": states.count("no_show"), "waiting_now": len(waiting_now),
        "longest_wait": ({"number": longest[1], "minutes": round(longest[0] / 60, 1)}
                         if longest else None),
    })
    return result


def queue_counts(db: Database, now: dt.datetime | None = None) -> dict:
    """Each queue's tickets issued, last number and people waiting today, and all waiting: what
    the screens that refresh every second show (queue_status is the whole picture)."""
    day = station_day(_now(now))
    counts = {r["queue"]: r for r in db.query(
        "SELECT queue, COUNT(*) AS issued, MAX(seq) AS last_seq,"
        " SUM(status = 'waiting') AS waiting FROM tickets"
        " WHERE station = ? AND station_day = ? GROUP BY queue", (db.station, day))}
    return {
        "queues": [{"code": q.code, "prefix": q.prefix, "name": q.name, "kind": q.kind,
                    "issued": counts.get(q.code, {}).get("issued", 0),
                    "last_number": (format_number(q.prefix, counts[q.code]["last_seq"])
                                    if q.code in counts else None),
                    "waiting": counts.get(q.code, {}).get("waiting", 0)}
                   for q in station_queues(db)],
        "waiting": sum(c["waiting"] for c in counts.values()),
    }


def queue_status(db: Database, now: dt.datetime | None = None, upcoming: int = 10) -> dict:
    """The queue at a glance: order of service in force, each queue, each desk, who is next."""
    now = _now(now)
    day = station_day(now)
    policy, queues = get_policy(db), _all_queues(db)
    waiting = _waiting(db, day, queues)
    order = service_order(waiting, policy, now, _priority_run(db, day, queues))
    stats = statistics(db, day, now)
    return {
        "day": day,
        "policy": {"mode": policy.mode, "ratio": policy.ratio,
                   "window_minutes": policy.window_minutes,
                   "description": policy.describe("vi"),
                   "description_en": policy.describe("en")},
        **queue_counts(db, now),
        "desks": now_serving(db, now)["desks"],
        "next": [t.number for t in order[:upcoming]],
        "longest_wait": stats["longest_wait"],
        "served": stats["served"], "no_show": stats["no_show"],
    }


# -- paper ---------------------------------------------------------------------------------
def mark_printed(db: Database, ticket_id: str, operator: Operator | None = None,
                 now: dt.datetime | None = None) -> None:
    """The ticket went to the printer (or its PDF was saved): the lists show it after a
    restart."""
    actor = authorize(db, operator, "ticket.issue")
    with db.write(None, actor) as w:
        w.update("tickets", ticket_id, {"printed_at": iso(_now(now))})


def print_ticket(db: Database, ticket: str, out: str | Path, size: str = "58",
                 reprint: bool = False, operator: Operator | None = None,
                 now: dt.datetime | None = None) -> Path:
    """Write the ticket's PDF (58 or 80 mm thermal paper, or a4). Called after the ticket is
    committed; a reprint is an explicit action and is recorded in the audit."""
    actor = authorize(db, operator, "ticket.reprint" if reprint else "ticket.issue")
    from station_app.printing.tickets import TicketDoc, write_ticket_pdf

    found = find_ticket(db, ticket, now)
    issued = parse_time(found["issued_at"])
    doc = TicketDoc(
        number=found["number"], queue_name=found["queue_name"], station_name=db.station_name,
        issued=issued.strftime("%H:%M, %d/%m/%Y"),
        people_ahead=people_ahead(db, found["id"], now), code=found["code"],
        what_to_bring=WHAT_TO_BRING)
    path = write_ticket_pdf(out, doc, size)
    if reprint:
        with db.write("ticket.reprint", actor, {"ticket": found["id"],
                                                   "number": found["number"]}):
            pass
    return path
