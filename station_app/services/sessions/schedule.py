"""The station's sessions: plan them (one, a week, a campaign's), list them, find one (or a
village) from what a planner types, cancel one nobody is booked on."""

from __future__ import annotations

import datetime as dt

from station_app.core.appointments import HOLDS_PLACE, UPCOMING
from station_app.core.dates import show_date
from station_app.core.messages import Message
from station_app.core.scheduling import (
    check_hours,
    normal_time,
    slot_times,
)
from station_app.core.text import fold
from station_app.services.operators import Operator, authorize
from station_app.services.sessions.parsing import ScheduleError, parse_day
from station_app.storage import Database


def clean_place(place: str) -> str:
    place = " ".join(place.split())
    if not place:
        raise ScheduleError(Message("the place of a session can't be empty"))
    return place


def checked_hours(opens: str, closes: str, slot_minutes: int, capacity: int) -> tuple[str, str]:
    try:
        return check_hours(opens, closes, slot_minutes, capacity)
    except ValueError as exc:
        raise ScheduleError(exc.args[0]) from None


_STATUS = {"planned": Message("planned"), "cancelled": Message("cancelled")}


def status_label(s: dict) -> str:
    """A session's status, translatable in the messages that name it."""
    return _STATUS.get(s["status"], s["status"])


def session_label(s: dict) -> str:
    return Message("{day} {opens}–{closes} at {place}", day=show_date(s["day"]),
                   opens=s["opens"], closes=s["closes"], place=s["place"])


def overlapping_session(db: Database, day: str, opens: str, closes: str,
                 exclude: str | None = None) -> dict | None:
    return db.one(
        "SELECT * FROM sessions WHERE day = ? AND status = 'planned' AND opens < ? AND closes > ?"
        " AND id IS NOT ? ORDER BY opens LIMIT 1", (day, closes, opens, exclude))


def _session_rows(db: Database, specs: list[dict], today: dt.date) -> list[dict]:
    rows = []
    for spec in specs:
        day = parse_day(spec["day"])
        if day < today:
            raise ScheduleError(Message("{day} is in the past", day=show_date(day)))
        opens, closes = checked_hours(spec["opens"], spec["closes"], spec["slot_minutes"],
                               spec["capacity"])
        row = {"station": db.station, "place": clean_place(spec["place"]),
               "day": day.isoformat(), "opens": opens, "closes": closes,
               "slot_minutes": int(spec["slot_minutes"]), "capacity": int(spec["capacity"]),
               "status": "planned", "campaign_id": spec.get("campaign_id")}
        for other in rows:
            if other["day"] == row["day"] and other["opens"] < closes and other["closes"] > opens:
                raise ScheduleError(Message(
                    "two sessions overlap on {day}: {a_opens}–{a_closes} and {opens}–{closes}",
                    day=show_date(day), a_opens=other["opens"], a_closes=other["closes"],
                    opens=opens, closes=closes))
        clash = overlapping_session(db, row["day"], opens, closes)
        if clash:
            raise ScheduleError(Message(
                "the station already has a session on {day} {opens}–{closes} at {place}",
                day=show_date(day), opens=clash["opens"], closes=clash["closes"],
                place=clash["place"]))
        rows.append(row)
    return rows


def create_sessions(db: Database, specs: list[dict], today: dt.date | None = None, *,
                    operator: Operator | None = None) -> list[dict]:
    """Create sessions (each a dict of day, place, opens, closes, slot_minutes, capacity and
    optionally campaign_id) in one transaction: all of them or, on any bad one, none."""
    actor = authorize(db, operator, "sessions.plan")
    today = today or dt.date.today()
    if not specs:
        raise ScheduleError(Message("no sessions to create"))
    with db.write("schedule.create", actor, {"sessions": len(specs)}) as w:
        rows = _session_rows(db, specs, today)
        for row in rows:
            row["id"] = w.insert("sessions", row)
    return rows


def create_session(db: Database, day, place: str, opens: str, closes: str, slot_minutes: int,
                   capacity: int, campaign_id: str | None = None, today: dt.date | None = None, *,
                   operator: Operator | None = None) -> dict:
    return create_sessions(db, [{"day": day, "place": place, "opens": opens, "closes": closes,
                                 "slot_minutes": slot_minutes, "capacity": capacity,
                                 "campaign_id": campaign_id}], today, operator=operator)[0]


def week_specs(start, place: str, hours: list[tuple[str, str]], slot_minutes: int,
               capacity: int, days: int = 7, until=None, skip_weekdays: set[int] = frozenset(),
               campaign_id: str | None = None) -> list[dict]:
    """Sessions for every day from ``start`` (Saturdays and Sundays included unless skipped:
    weekday numbers 0=Monday..6=Sunday) for ``days`` days or up to ``until``, each day with the
    given opening hours (for example [('07:00', '11:30'), ('13:30', '17:00')])."""
    start = parse_day(start)
    end = parse_day(until) if until else start + dt.timedelta(days=days - 1)
    if end < start:
        raise ScheduleError(Message("the last day is before the first"))
    if (end - start).days > 366:
        raise ScheduleError(Message("a plan of more than a year at once is not accepted"))
    specs = []
    day = start
    while day <= end:
        if day.weekday() not in skip_weekdays:
            for opens, closes in hours:
                specs.append({"day": day, "place": place, "opens": opens, "closes": closes,
                              "slot_minutes": slot_minutes, "capacity": capacity,
                              "campaign_id": campaign_id})
        day += dt.timedelta(days=1)
    return specs


def list_sessions(db: Database, start=None, end=None, include_cancelled: bool = False, *,
                  operator: Operator | None = None) -> list[dict]:
    """Sessions with what is booked on them, in time order."""
    authorize(db, operator, "sessions.view")
    where, params = ["1 = 1"], []
    if start:
        where.append("s.day >= ?")
        params.append(parse_day(start).isoformat())
    if end:
        where.append("s.day <= ?")
        params.append(parse_day(end).isoformat())
    if not include_cancelled:
        where.append("s.status = 'planned'")
    marks = ",".join("?" * len(HOLDS_PLACE))
    rows = db.query(
        f"""SELECT s.id, s.day, s.opens, s.closes, s.place, s.slot_minutes, s.capacity, s.status,
        s.campaign_id, COUNT(a.id) AS booked, COUNT(DISTINCT a.household_id) AS households
        FROM sessions s LEFT JOIN appointments a ON a.session_id = s.id AND a.status IN ({marks})
        WHERE {' AND '.join(where)} GROUP BY s.id ORDER BY s.day, s.opens""",
        (*HOLDS_PLACE, *params))
    for row in rows:
        row["places"] = row["capacity"] * len(slot_times(row["opens"], row["closes"],
                                                         row["slot_minutes"]))
    return rows


def resolve_session(db: Database, text: str) -> dict:
    """A session by id, or by day ('dd/mm/yyyy' when the day has one session, or
    'dd/mm/yyyy HH:MM' with its opening time)."""
    text = text.strip()
    row = db.one("SELECT * FROM sessions WHERE id = ?", (text,))
    if row:
        return row
    day_text, _, time_text = text.replace("@", " ").partition(" ")
    try:
        day = parse_day(day_text).isoformat()
    except ScheduleError:
        raise ScheduleError(Message("no session '{text}' (give its id or its day, dd/mm/yyyy)",
                                    text=text)) from None
    rows = db.query("SELECT * FROM sessions WHERE day = ? AND status = 'planned' ORDER BY opens",
                    (day,))
    if time_text.strip():
        try:
            opens = normal_time(time_text)
        except ValueError as exc:
            raise ScheduleError(exc.args[0]) from None
        rows = [r for r in rows if r["opens"] == opens]
    if not rows:
        raise ScheduleError(Message("no planned session on {text}", text=text))
    if len(rows) > 1:
        times = ", ".join(r["opens"] for r in rows)
        raise ScheduleError(Message(
            "{day} has {count} sessions (opening at {times}); add the opening time, for "
            "example '{day} {opens}'", day=show_date(day), count=len(rows), times=times,
            opens=rows[0]["opens"]))
    return rows[0]


def resolve_villages(db: Database, names: list[str]) -> list[dict]:
    """Villages by name (any case, with or without diacritics) or id, in the order given."""
    villages = db.query("SELECT id, name, name_fold, parent_id FROM areas WHERE kind = 'village'")
    found = []
    for name in names:
        matches = [v for v in villages if v["id"] == name.strip()] or \
                  [v for v in villages if v["name_fold"] == fold(name)]
        if not matches:
            known = ", ".join(sorted((v["name"] for v in villages), key=fold)[:12]) or \
                Message("none yet")
            raise ScheduleError(Message("no village '{name}' in this station's roster "
                                        "(villages: {known})", name=name, known=known))
        if len(matches) > 1:
            raise ScheduleError(Message("'{name}' names {count} villages; give the village id",
                                        name=name, count=len(matches)))
        if matches[0] not in found:
            found.append(matches[0])
    return found


def cancel_session(db: Database, session: str, today: dt.date | None = None, *,
                   operator: Operator | None = None) -> dict:
    """Cancel a planned session nobody is booked on (a session with bookings is moved or
    spread instead, so that its households are told)."""
    actor = authorize(db, operator, "sessions.plan")
    today = today or dt.date.today()
    with db.write("schedule.cancel", actor, {"session": session}) as w:
        s = resolve_session(db, session)
        check_movable(s, today)
        booked = db.scalar(
            f"SELECT COUNT(*) FROM appointments WHERE session_id = ? AND status IN "
            f"({','.join('?' * len(UPCOMING))})", (s["id"], *UPCOMING))
        if booked:
            raise ScheduleError(Message(
                "{booked} people are booked on the session {session}: move it or spread its "
                "appointments over other sessions instead", booked=booked,
                session=session_label(s)))
        w.update("sessions", s["id"], {"status": "cancelled"})
    return s | {"status": "cancelled"}


def check_movable(session: dict, today: dt.date) -> None:
    if session["status"] != "planned":
        raise ScheduleError(Message("session {session} is {status}; only a planned session "
                                    "can be moved", session=session_label(session),
                                    status=status_label(session)))
    if session["day"] < today.isoformat():
        raise ScheduleError(Message("session {session} has already taken place",
                                    session=session_label(session)))
