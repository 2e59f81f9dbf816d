"""What the now-serving display, the screens that refresh every second and a restarted
program read: public, it needs no role."""

from __future__ import annotations

import datetime as dt

from station_app.core.queueing import (
    TicketState,
    desk_label,
    format_number,
    local_now,
    replay,
    service_order,
    station_day,
)
from station_app.services.queue.desk import desk_ticket, priority_run, waiting_tickets
from station_app.services.queue.queues import all_queues, get_policy, station_queues
from station_app.services.queue.stats import statistics
from station_app.services.queue.tickets import (
    as_record,
    current_time,
    day_events,
    day_tickets,
    desk_name,
)
from station_app.storage import Database

_ACTIVE = ("called", "serving")


def day_state(db: Database, day: str | None = None) -> dict[str, TicketState]:
    """Every ticket of the station-day as its stored events leave it."""
    return replay(day_events(db, day or station_day(local_now())))


def desk_current(db: Database, desk: str, now: dt.datetime | None = None) -> dict | None:
    """The ticket ``desk`` is calling or serving, as stored (each action updates the ticket
    and stores its event in one transaction): after a restart the desk finds it again."""
    row = desk_ticket(db, desk_name(desk), station_day(current_time(now)))
    return as_record(row, all_queues(db)) if row else None


def now_serving(db: Database, now: dt.datetime | None = None, recent: int = 6) -> dict:
    """For the second screen: the current call at each desk (newest first), the last calls, and
    ``last_call`` (its ``seq`` changes whenever a call or recall should chime)."""
    day = station_day(current_time(now))
    events = day_events(db, day)
    states = replay(events)
    tickets = day_tickets(db, day)
    queues = all_queues(db)
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
    now = current_time(now)
    row = db.one("SELECT station_day, status FROM tickets WHERE id = ?", (ticket_id,))
    if not row or row["status"] != "waiting":
        return 0
    queues = all_queues(db)
    order = service_order(waiting_tickets(db, row["station_day"], queues), get_policy(db), now,
                          priority_run(db, row["station_day"], queues))
    return next((i for i, t in enumerate(order) if t.id == ticket_id), 0)


def queue_counts(db: Database, now: dt.datetime | None = None) -> dict:
    """Each queue's tickets issued, last number and people waiting today, and all waiting: what
    the screens that refresh every second show (queue_status is the whole picture)."""
    day = station_day(current_time(now))
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
    now = current_time(now)
    day = station_day(now)
    policy, queues = get_policy(db), all_queues(db)
    waiting = waiting_tickets(db, day, queues)
    order = service_order(waiting, policy, now, priority_run(db, day, queues))
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
