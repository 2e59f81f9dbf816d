"""Planning to the deadline (issue 28, SPEC §5.9, docs/planning.md): for each age-group deadline
and milestone of the campaign, the people still to collect, the capacity of the sessions already
planned before it, the shortfall, and a proposal of sessions that closes it (or what is
missing); the lead accepts it in one action. At HQ the same for every station, with the
stations that could lend capacity and the villages no station serves yet.

The rules of capacity and of the proposal are in ``station_app.core.capacity``. What this
module measures from the station's own records:

- desks: the most desks that recorded intakes on one day, over its latest 20,000 intakes
  (``DEFAULT_DESKS`` before any);
- the show-up rate: of the people booked on its sessions of the last ``SHOW_UP_DAYS`` days
  before the report day, the share collected on their session's day; ``DEFAULT_SHOW_UP`` until
  ``MIN_INVITED`` people were booked;
- the usual day of sessions a proposal adds: the hours, slot length and place of its latest
  planned day of sessions (``DEFAULT_HOURS``, 20-minute slots, the station's name before any).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict

from station_app.core.appointments import HOLDS_PLACE
from station_app.core.capacity import (
    MINUTES_PER_PERSON,
    Target,
    TargetPlan,
    Template,
    propose,
    session_capacity,
)
from station_app.core.dates import show_date
from station_app.core.messages import Message
from station_app.core.scheduling import Slot, plan_bookings, slot_times
from station_app.core.text import sort_key
from station_app.services.operators import Operator, authorize
from station_app.services.progress import ReportError, progress
from station_app.services.sessions import (
    ALL_DAYS,
    BookingResult,
    book_villages,
    campaign_deadlines,
    create_sessions,
    free_slots,
    households_to_book,
)
from station_app.storage import Database

__all__ = ["plan", "accept_plan", "PlanError", "DEFAULT_SHOW_UP", "DEFAULT_DESKS",
           "MINUTES_PER_PERSON", "missing_text"]

DEFAULT_SHOW_UP = 0.8  # share of invited people who come and are collected, until measured
MIN_INVITED = 30  # people booked on past sessions before the measured rate is used
SHOW_UP_DAYS = 14
DEFAULT_DESKS = 2  # SCENARIO.md: two intake desks
DEFAULT_HOURS = (("07:00", "11:30"), ("13:30", "17:00"))
DEFAULT_SLOT = 20


class PlanError(ReportError):
    """Bad input for a plan; nothing was changed."""


# -- what the station's records say ------------------------------------------------------------
def _measured(db: Database, day: dt.date) -> tuple[dict, dict]:
    """{station: desks}, {station: (invited, collected)} (see the module docstring)."""
    desks: dict = defaultdict(int)
    for station, n in db.conn.execute(
            "SELECT station, count(DISTINCT desk) FROM (SELECT station, at, desk FROM intakes"
            " WHERE desk IS NOT NULL AND desk <> '' ORDER BY rev DESC LIMIT 20000)"
            " GROUP BY station, substr(at, 1, 10)"):
        desks[station] = max(desks[station], n)
    since = (day - dt.timedelta(days=SHOW_UP_DAYS)).isoformat()
    marks = ",".join("?" * len(HOLDS_PLACE))
    shows = {station: (invited, came or 0) for station, invited, came in db.conn.execute(
        f"""SELECT s.station, count(*), sum(EXISTS (SELECT 1 FROM intakes i
              WHERE i.resident_id = a.resident_id AND i.outcome = 'collected'
              AND i.at >= s.day AND i.at < s.day || '~'
              AND NOT EXISTS (SELECT 1 FROM intakes c WHERE c.corrects_id = i.id)))
        FROM sessions s JOIN appointments a ON a.session_id = s.id
        WHERE s.status = 'planned' AND s.day >= ? AND s.day < ? AND a.status IN ({marks})
        GROUP BY s.station""", (since, day.isoformat(), *HOLDS_PLACE))}
    return desks, shows


def _template(sessions: list[dict], station_name: str) -> Template:
    if not sessions:
        return Template(DEFAULT_HOURS, DEFAULT_SLOT, station_name)
    last_day = max(s["day"] for s in sessions)
    usual = sorted((s for s in sessions if s["day"] == last_day), key=lambda s: s["opens"])
    return Template(tuple((s["opens"], s["closes"]) for s in usual), usual[0]["slot_minutes"],
                    usual[0]["place"])


def _targets(report: dict, share: float = 1.0, collected_here: int | None = None,
             by_age: list[dict] | None = None) -> list[Target]:
    """The report's deadlines and milestones as targets. At HQ for one station: ``by_age`` its
    own deadlines' figures, ``share`` its part of the campaign's target for the milestones."""
    deadlines = by_age if by_age is not None else report["deadlines"]
    targets = []
    for d, full in zip(deadlines, report["deadlines"]):
        day = dt.date.fromisoformat(full["date"])
        to_collect = sum(max(0, e["remaining"]) for e, f in zip(deadlines, report["deadlines"])
                         if f["date"] <= full["date"])
        targets.append(Target("deadline", full["ages"], day, max(0, d["remaining"]), to_collect))
    collected = report["collected"] if collected_here is None else collected_here
    for m in report["milestones"]:
        if m["date"] < report["date"]:
            continue  # passed: nothing left to plan for it
        target = math.ceil(m["target"] * share - 1e-9)
        remaining = max(0, target - collected)
        targets.append(Target("milestone", m["label"], dt.date.fromisoformat(m["date"]),
                              remaining, remaining))
    # what must be done by a day includes what must be done by every earlier one
    out = []
    for t in targets:
        need = max(u.to_collect for u in targets if u.day <= t.day)
        out.append(Target(t.kind, t.label, t.day, t.remaining, need))
    # a passed target is not planned for: its people are in every later one's
    return [t for t in out if t.day > dt.date.fromisoformat(report["date"])]


def _station_plan(report: dict, targets: list[Target], sessions: list[dict], station: str,
                  station_name: str, open_days: str, desks: int, show: tuple[int, int],
                  minutes: int, show_up: float | None) -> dict:
    day = dt.date.fromisoformat(report["date"])
    invited, came = show
    measured = show_up is None and invited >= MIN_INVITED
    rate = show_up if show_up is not None else (came / invited if measured else DEFAULT_SHOW_UP)
    planned: dict[dt.date, int] = defaultdict(int)
    hours: dict[dt.date, list[str]] = defaultdict(list)
    for s in sessions:
        d = dt.date.fromisoformat(s["day"])
        if d > day:
            planned[d] += session_capacity(s["opens"], s["closes"], s["slot_minutes"],
                                           s["capacity"], desks, minutes)
            hours[d].append(f"{s['opens']}–{s['closes']} {s['place']}")
    template = _template(sessions, station_name)
    day_capacity = template.capacity(desks, minutes)
    per_desk = template.capacity(desks + 1, minutes) - day_capacity
    plans = propose(targets, day, dict(planned), open_days, day_capacity, rate, desks, per_desk)
    per_slot = template.per_slot(desks, minutes)
    return {
        "station": station, "station_name": station_name, "date": report["date"],
        "desks": desks, "minutes_per_person": minutes, "show_up": round(rate, 3),
        "show_up_measured": measured, "invited_measured": invited, "collected_measured": came,
        "usual_day": {"hours": [list(h) for h in template.hours],
                      "slot_minutes": template.slot_minutes, "per_slot": per_slot,
                      "place": template.place, "capacity": day_capacity,
                      "expected": round(day_capacity * rate, 1)},
        "days": [{"date": d.isoformat(), "capacity": planned[d],
                  "expected": round(planned[d] * rate, 1), "sessions": hours[d]}
                 for d in sorted(planned)],
        "targets": [_target_json(p, template, per_slot, rate, desks, minutes) for p in plans],
    }


def _target_json(p: TargetPlan, template: Template, per_slot: int, rate: float, desks: int,
                 minutes: int) -> dict:
    t = p.target
    day_capacity = template.capacity(desks, minutes)
    sessions = []
    for d in p.days:
        for o, c in template.hours:
            capacity = session_capacity(o, c, template.slot_minutes, per_slot, desks, minutes)
            sessions.append({
                "day": d.isoformat(), "opens": o, "closes": c, "place": template.place,
                "slot_minutes": template.slot_minutes, "per_slot": per_slot,
                "places": per_slot * len(slot_times(o, c, template.slot_minutes)),
                "capacity": capacity, "expected": round(capacity * rate, 1), "villages": []})
    return {
        "kind": t.kind, "label": t.label, "date": t.day.isoformat(),
        "remaining": t.remaining, "to_collect": t.to_collect, "capacity": p.capacity,
        "expected": round(p.expected, 1), "shortfall": math.ceil(p.shortfall - 1e-9),
        "feasible": p.feasible,
        "sessions": sessions,
        "proposed_capacity": day_capacity * len(p.days),
        "proposed_expected": round(day_capacity * rate * len(p.days), 1),
        "missing": None if p.feasible else {
            "people": math.ceil(p.missing_people - 1e-9), "desks": p.missing_desks,
            "desks_from": p.desks_from.isoformat() if p.desks_from else None,
            "days": p.missing_days}}


def missing_text(missing: dict) -> str:
    """'2 more desks from 01/06/2021, or 6 more days of sessions' (translatable)."""
    days = Message("{days} more days of sessions", days=missing["days"])
    if missing["desks"] is None:
        return days
    return Message("{desks} more desks from {day}, or {days}", desks=missing["desks"],
                   day=show_date(missing["desks_from"]), days=days)


# -- the plan ----------------------------------------------------------------------------------
def plan(db: Database, campaign: str | None = None, day: dt.date | str | None = None,
         desks: int | None = None, minutes_per_person: int = MINUTES_PER_PERSON,
         show_up: float | None = None, clamp: bool = False, *, operator: Operator | None) -> dict:
    """The plan on ``day`` (default today). ``desks``, ``show_up``: instead of the measured
    ones (a what-if). ``clamp`` (a screen): a day outside the campaign plans from its first or
    last day instead of ReportError. At a station: its targets, each with its proposal and the
    villages the proposed sessions would book; at HQ: every station, the stations short and
    those that could lend, the villages no station serves."""
    authorize(db, operator, "report.view")
    if desks is not None and desks < 1:
        raise PlanError(Message("a station has at least 1 desk"))
    if minutes_per_person < 1:
        raise PlanError(Message("a person takes at least 1 minute at a desk"))
    if show_up is not None and not 0 < show_up <= 1:
        raise PlanError(Message("the show-up rate is more than 0 and at most 1"))
    report = progress(db, day, campaign, clamp=clamp, operator=operator)
    day = dt.date.fromisoformat(report["date"])
    camp = db.one("SELECT * FROM campaigns WHERE name = ?", (report["campaign"],))
    open_days = camp["open_days"] or ALL_DAYS
    measured_desks, shows = _measured(db, day)
    sessions = db.query("SELECT station, day, opens, closes, place, slot_minutes, capacity"
                        " FROM sessions WHERE status = 'planned' ORDER BY day, opens")
    by_station = defaultdict(list)
    for s in sessions:
        by_station[s["station"]].append(s)
    head = {"campaign": report["campaign"], "date": report["date"], "hq": db.is_hq,
            "open_days": open_days, "target": report["target"],
            "collected": report["collected"], "remaining": report["remaining"]}
    if not db.is_hq:
        station = db.station
        result = _station_plan(report, _targets(report), by_station[station], station,
                               db.station_name, open_days,
                               desks or measured_desks.get(station) or DEFAULT_DESKS,
                               shows.get(station, (0, 0)), minutes_per_person, show_up)
        _villages(db, camp, day, result)
        return head | result | {"feasible": all(t["feasible"] for t in result["targets"])}
    return head | _hq(report, by_station, measured_desks, shows, open_days, desks,
                      minutes_per_person, show_up)


def _hq(report, by_station, measured_desks, shows, open_days, desks, minutes, show_up) -> dict:
    total = report["target"] or 1
    stations = []
    rows = {s["code"]: s for s in report.get("stations", [])}
    for code in sorted(set(rows) | set(by_station)):
        row = rows.get(code)
        if row is None:
            by_age = [{"remaining": 0} for _ in report["deadlines"]]
            share, collected = 0.0, 0
        else:
            by_age, share, collected = row["by_age"], row["target"] / total, row["area_collected"]
        targets = _targets(report, share, collected, by_age)
        plan_ = _station_plan(report, targets, by_station[code], code, code, open_days,
                              desks or measured_desks.get(code) or DEFAULT_DESKS,
                              shows.get(code, (0, 0)), minutes, show_up)
        for t in plan_["targets"]:
            t["spare"] = max(0, math.floor(t["expected"] - t["to_collect"]))
        plan_["feasible"] = all(t["feasible"] for t in plan_["targets"])
        stations.append(plan_)
    short = [{"station": s["station"], "label": t["label"], "date": t["date"],
              "shortfall": t["shortfall"], "proposal_closes_it": t["feasible"],
              "missing": t["missing"]}
             for s in stations for t in s["targets"] if t["shortfall"] > 0]
    short.sort(key=lambda r: (r["date"], -r["shortfall"], r["station"]))
    lenders = [{"station": s["station"], "spare": min(t["spare"] for t in s["targets"]),
                "free_days": _free_days(s, report, open_days)}
               for s in stations if s["targets"] and all(t["spare"] > 0 for t in s["targets"])]
    lenders.sort(key=lambda r: (-r["spare"], r["station"]))
    unserved = [{"name": v["name"], "commune": v["commune"], "remaining": v["remaining"]}
                for v in report["villages"] if v["station"] is None and v["remaining"] > 0]
    unserved.sort(key=lambda v: (sort_key(v["commune"] or ""), sort_key(v["name"])))
    return {"stations": stations, "short": short, "lenders": lenders, "unserved": unserved,
            "feasible": not any(not s["feasible"] for s in stations) and not unserved}


def _free_days(station: dict, report: dict, open_days: str) -> int:
    """Opening days after the report day up to the campaign's last day with no session."""
    day, end = (dt.date.fromisoformat(report[k]) for k in ("date", "end"))
    busy = {d["date"] for d in station["days"]}
    return sum(1 for n in range(1, (end - day).days + 1)
               if str((day + dt.timedelta(days=n)).weekday()) in open_days
               and (day + dt.timedelta(days=n)).isoformat() not in busy)


# -- the villages the proposal books -----------------------------------------------------------
def _booking_order(db: Database, camp: dict, day: dt.date):
    """The households still to book (as booking reads them) and the villages in booking order:
    the earliest deadline of their households first, then by name."""
    villages = db.query("SELECT id, name FROM areas WHERE kind = 'village'")
    if not villages:
        return [], []
    needs = households_to_book(db, villages, campaign_deadlines(db, camp["id"]), day,
                               BookingResult())
    first: dict[int, dt.date] = {}
    for n in needs:
        due = n.deadline or dt.date.max
        first[n.village_rank] = min(first.get(n.village_rank, due), due)
    order = sorted(first, key=lambda r: (first[r], sort_key(villages[r]["name"])))
    rank = {old: new for new, old in enumerate(order)}
    for n in needs:
        n.village_rank = rank[n.village_rank]
    return needs, [villages[r] for r in order]


def _villages(db: Database, camp: dict, day: dt.date, result: dict) -> None:
    """Fill the villages (households and people) that accepting would book into each proposed
    session and each day already planned, as booking places them: the free places of the
    sessions already planned after the report day first."""
    proposed = [s for t in result["targets"] for s in t["sessions"]]
    needs, order = _booking_order(db, camp, day + dt.timedelta(days=1))
    result["booking_order"] = [{"id": v["id"], "name": v["name"]} for v in order]
    if not needs:
        return
    planned = db.query("SELECT * FROM sessions WHERE status = 'planned' AND day > ?",
                       (day.isoformat(),))
    slots = free_slots(db, planned, dt.datetime.combine(day, dt.time.max))
    for i, s in enumerate(proposed):
        d = dt.date.fromisoformat(s["day"])
        slots += [Slot(f"new-{i}", d, t, s["per_slot"], s["per_slot"])
                  for t in slot_times(s["opens"], s["closes"], s["slot_minutes"])]
    placed = plan_bookings(needs, slots)
    # per proposed session ('new-i'), and per day of the sessions already planned
    per: dict[str, dict] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for p in placed.placements:
        key = p.slot.session_id if p.slot.session_id.startswith("new-") else \
            p.slot.day.isoformat()
        counts = per[key][order[p.household.village_rank]["name"]]
        counts[0] += 1
        counts[1] += p.household.size

    def villages(key: str) -> list[dict]:
        return [{"name": name, "households": h, "people": n} for name, (h, n) in per[key].items()]

    for i, s in enumerate(proposed):
        s["villages"] = villages(f"new-{i}")
        s["booked"] = sum(v["people"] for v in s["villages"])
    for d in result["days"]:
        d["villages"] = villages(d["date"])


# -- accepting the proposal --------------------------------------------------------------------
def accept_plan(db: Database, proposal: dict, *, operator: Operator | None) -> dict:
    """Create the proposed sessions of ``proposal`` (what ``plan`` returned, perhaps changed by
    the lead) and book the villages into the sessions after its day, in its booking order;
    the letters are then ready to print. Returns {sessions, booking}."""
    if proposal.get("hq"):
        raise PlanError(Message("a station accepts its own plan; HQ's plan is a view"))
    specs = [{"day": s["day"], "place": s["place"], "opens": s["opens"], "closes": s["closes"],
              "slot_minutes": s["slot_minutes"], "capacity": s["per_slot"],
              "campaign_id": _campaign_id(db, proposal["campaign"])}
             for t in proposal["targets"] for s in t["sessions"]]
    day = dt.date.fromisoformat(proposal["date"])
    created = create_sessions(db, specs, today=day, operator=operator) if specs else []
    booking = None
    if proposal.get("booking_order"):
        after = [s["id"] for s in db.query(
            "SELECT id FROM sessions WHERE status = 'planned' AND day > ? ORDER BY day, opens",
            (day.isoformat(),))]
        if after:  # a second transaction: should it fail, the sessions stay, to book again
            booking = book_villages(db, [v["id"] for v in proposal["booking_order"]], after,
                                    proposal["campaign"],
                                    today=day + dt.timedelta(days=1), operator=operator).as_dict()
    return {"sessions": created, "booking": booking}


def _campaign_id(db: Database, name: str) -> str | None:
    return db.scalar("SELECT id FROM campaigns WHERE name = ?", (name,))
