"""The day's times per ticket (waiting, walking, service) from the stored events."""

from __future__ import annotations

import datetime as dt
from statistics import median

from station_app.core.queueing import (
    TicketState,
    apply_action,
    parse_time,
    station_day,
)
from station_app.services.queue.tickets import current_time, day_events, day_tickets
from station_app.storage import Database


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
    now = current_time(now)
    day = day or station_day(now)
    tickets = day_tickets(db, day)
    per: dict[str, dict] = {tid: {"issued": parse_time(t["issued_at"]), "calls": [],
                                  "start": None, "finish": None, "desk": None}
                            for tid, t in tickets.items()}
    state: dict[str, TicketState] = {}
    for e in day_events(db, day):
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
