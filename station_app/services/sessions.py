"""Sessions and appointments: plan a station's sessions (one, a week, a campaign), book the
households of chosen villages into slots, move a session to another day or place or spread its
appointments over other sessions, and list the households to tell.

Each action is one transaction: the capacity left in a slot is read inside the same
``BEGIN IMMEDIATE`` transaction that books it, so two people booking at once (two laptops on one
file, two processes) can never overfill a slot. Bad input raises ``ScheduleError`` (a
``ValueError``) and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from station_app.core.appointments import HOLDS_PLACE, UPCOMING
from station_app.core.dates import local_now, now_iso, show_date
from station_app.core.messages import Message
from station_app.core.scheduling import (
    AgeDeadline,
    HouseholdNeed,
    Milestone,
    Slot,
    check_hours,
    deadline_for,
    normal_time,
    parse_time,
    plan_bookings,
    slot_end,
    slot_times,
)
from station_app.core.text import fold
from station_app.services.operators import Operator, authorize
from station_app.storage import Database

__all__ = [
    "ScheduleError", "BookingResult", "parse_day", "parse_deadline", "create_session",
    "create_sessions", "create_campaign", "campaign_deadlines", "list_sessions",
    "resolve_session", "resolve_villages", "book_villages", "move_session", "spread_session",
    "moved_households", "session_label", "MIN_AGE", "list_campaigns", "cancel_session",
    "campaign_in_force",
    "village_summary", "BookingCancelled", "ALL_DAYS", "parse_milestone", "campaign_milestones",
    "set_milestones", "free_slots", "households_to_book",
]

MIN_AGE = 14  # citizens from 14 years old are issued a card


class ScheduleError(ValueError):
    """Bad input for planning or booking; nothing was changed."""


# -- input -------------------------------------------------------------------------------------
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")


def parse_day(text: str | dt.date) -> dt.date:
    """A day from dd/mm/yyyy or yyyy-mm-dd."""
    if isinstance(text, dt.date):
        return text
    value = text.strip()
    try:
        if m := _DMY.match(value):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ScheduleError(Message("'{text}' is not a day (expected dd/mm/yyyy)", text=str(text))) from None


def parse_deadline(text: str) -> AgeDeadline:
    """'14-22:31/08/2025' (ages 14 to 22 by 31/08/2025) or '23+:30/09/2025'."""
    ages, sep, day = text.partition(":")
    m = re.fullmatch(r"\s*(\d+)\s*(?:(\+)|-\s*(\d+)?)?\s*", ages)
    if not sep or not m:
        raise ScheduleError(Message("'{text}' is not an age-group deadline (expected "
                                    "14-22:31/08/2025 or 23+:30/09/2025)", text=text))
    low = int(m[1])
    high = int(m[3]) if m[3] else (None if (m[2] or ages.strip().endswith("-")) else low)
    if high is not None and high < low:
        raise ScheduleError(Message("'{text}': the age group {low}-{high} is empty", text=text,
                                    low=low, high=high))
    return AgeDeadline(low, high, parse_day(day))


def parse_milestone(text: str) -> Milestone:
    """'771797:15/06/2021' (771,797 people collected by 15/06/2021, that day included; '771,797'
    and '771.797' read the same) or '96.2%:15/06/2021' (a share of the campaign's target)."""
    what, sep, day = text.partition(":")
    what = what.strip().replace(" ", "")
    bad = Message("'{text}' is not a milestone (expected 771797:15/06/2021 or "
                  "96.2%:15/06/2021)", text=text)
    if not sep or not what:
        raise ScheduleError(bad)
    if what.endswith("%"):
        try:
            percent = float(what[:-1].replace(",", "."))
        except ValueError:
            raise ScheduleError(bad) from None
        if not 0 < percent <= 100:
            raise ScheduleError(Message("'{text}': a share is more than 0 % and at most 100 %",
                                        text=text))
        return Milestone(None, percent, parse_day(day))
    digits = what.replace(",", "").replace(".", "")
    if not digits.isdigit() or int(digits) < 1:
        raise ScheduleError(bad)
    return Milestone(int(digits), None, parse_day(day))


def _clean_place(place: str) -> str:
    place = " ".join(place.split())
    if not place:
        raise ScheduleError(Message("the place of a session can't be empty"))
    return place


def _hours(opens: str, closes: str, slot_minutes: int, capacity: int) -> tuple[str, str]:
    try:
        return check_hours(opens, closes, slot_minutes, capacity)
    except ValueError as exc:
        raise ScheduleError(exc.args[0]) from None


_STATUS = {"planned": Message("planned"), "cancelled": Message("cancelled")}


def _status(s: dict) -> str:
    """A session's status, translatable in the messages that name it."""
    return _STATUS.get(s["status"], s["status"])


def session_label(s: dict) -> str:
    return Message("{day} {opens}–{closes} at {place}", day=show_date(s["day"]),
                   opens=s["opens"], closes=s["closes"], place=s["place"])


# -- sessions ----------------------------------------------------------------------------------
def _overlapping(db: Database, day: str, opens: str, closes: str,
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
        opens, closes = _hours(spec["opens"], spec["closes"], spec["slot_minutes"],
                               spec["capacity"])
        row = {"station": db.station, "place": _clean_place(spec["place"]),
               "day": day.isoformat(), "opens": opens, "closes": closes,
               "slot_minutes": int(spec["slot_minutes"]), "capacity": int(spec["capacity"]),
               "status": "planned", "campaign_id": spec.get("campaign_id")}
        for other in rows:
            if other["day"] == row["day"] and other["opens"] < closes and other["closes"] > opens:
                raise ScheduleError(Message(
                    "two sessions overlap on {day}: {a_opens}–{a_closes} and {opens}–{closes}",
                    day=show_date(day), a_opens=other["opens"], a_closes=other["closes"],
                    opens=opens, closes=closes))
        clash = _overlapping(db, row["day"], opens, closes)
        if clash:
            raise ScheduleError(Message(
                "the station already has a session on {day} {opens}–{closes} at {place}",
                day=show_date(day), opens=clash["opens"], closes=clash["closes"],
                place=clash["place"]))
        rows.append(row)
    return rows


def create_sessions(db: Database, specs: list[dict], operator: Operator | None = None,
                    today: dt.date | None = None) -> list[dict]:
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
                   capacity: int, operator: Operator | None = None, campaign_id: str | None = None,
                   today: dt.date | None = None) -> dict:
    return create_sessions(db, [{"day": day, "place": place, "opens": opens, "closes": closes,
                                 "slot_minutes": slot_minutes, "capacity": capacity,
                                 "campaign_id": campaign_id}], operator, today)[0]


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


def parse_hours(text: str) -> list[tuple[str, str]]:
    """'07:00-11:30,13:30-17:00' -> [('07:00', '11:30'), ('13:30', '17:00')]."""
    result = []
    for part in text.split(","):
        opens, sep, closes = part.replace("–", "-").partition("-")
        if not sep:
            raise ScheduleError(Message("'{text}' is not opening hours (expected 07:00-11:30)",
                                        text=part.strip()))
        try:
            parse_time(opens), parse_time(closes)
        except ValueError as exc:
            raise ScheduleError(exc.args[0]) from None
        result.append((opens.strip(), closes.strip()))
    return result


def list_sessions(db: Database, start=None, end=None, include_cancelled: bool = False,
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


# -- campaigns ---------------------------------------------------------------------------------
ALL_DAYS = "0123456"  # weekday numbers, Monday first: every day, weekends included


def create_campaign(db: Database, name: str, deadlines: list[AgeDeadline], starts=None,
                    ends=None, operator: Operator | None = None,
                    open_days: str = ALL_DAYS, milestones: list[Milestone] = ()) -> dict:
    """A campaign: its period, its age-group deadlines, its milestones and the weekdays its
    sessions are held (``open_days``: weekday numbers, 0 = Monday .. 6 = Sunday; every day by
    default).

    Made at HQ it is the province's (``station`` NULL) and reaches every station. Made at a
    station it is that station's own, allowed only while no campaign of HQ's is there (a
    station working before HQ exists, the demo); HQ's supersedes it (docs/campaigns.md)."""
    actor = authorize(db, operator, "sessions.plan")
    name = " ".join(name.split())
    if not name:
        raise ScheduleError(Message("a campaign needs a name"))
    owner = None if db.is_hq else db.station
    if not db.is_hq:
        province = db.one("SELECT name FROM campaigns WHERE station IS NULL LIMIT 1")
        if province:
            raise ScheduleError(Message(
                "HQ's campaign '{name}' is in force here: a station makes a campaign of its own "
                "only before HQ's arrives", name=province["name"]))
    if db.scalar("SELECT 1 FROM campaigns WHERE name = ? AND station IS ?", (name, owner)):
        raise ScheduleError(Message("a campaign named '{name}' already exists", name=name))
    row = {"name": name, "starts": parse_day(starts).isoformat() if starts else None,
           "ends": parse_day(ends).isoformat() if ends else None,
           "open_days": "".join(sorted(set(open_days))), "station": owner}
    if not row["open_days"] or set(row["open_days"]) - set(ALL_DAYS):
        raise ScheduleError(Message("a campaign opens on at least one day of the week"))
    if row["starts"] and row["ends"] and row["ends"] < row["starts"]:
        raise ScheduleError(Message("the campaign ends before it starts"))
    _check_milestones(row, milestones)
    with db.write("campaign.create", actor, {"name": name}) as w:
        row["id"] = w.insert("campaigns", row)
        for d in deadlines:
            w.insert("campaign_deadlines", {"campaign_id": row["id"], "min_age": d.min_age,
                                            "max_age": d.max_age,
                                            "deadline": d.deadline.isoformat()})
        _insert_milestones(w, row["id"], milestones)
    row["deadlines"] = deadlines
    row["milestones"] = list(milestones)
    return row


def _campaigns_here(db: Database) -> list[dict]:
    """The campaigns that count on this laptop, HQ's (the province's) first, then latest
    first: at a station its own too (another station's, passed on by HQ, are that
    station's business); at HQ every station's."""
    return db.query("SELECT * FROM campaigns WHERE station IS NULL OR station = ? OR ?"
                    " ORDER BY station IS NOT NULL, starts DESC, rowid DESC",
                    (db.station, db.is_hq))


def campaign_in_force(db: Database, today: dt.date) -> dict | None:
    """The campaign that counts here on ``today``: HQ's when there is one (it supersedes any
    station's own), else this station's own (at HQ: a station's, until HQ sets the
    province's); of those, the one whose period holds ``today``, else the latest."""
    rows = _campaigns_here(db)
    pool = [r for r in rows if r["station"] is None] or rows
    current = [r for r in pool if (r["starts"] or "") <= today.isoformat() <= (r["ends"] or "9")]
    return (current or pool or [None])[0]


def _check_milestones(camp: dict, milestones: list[Milestone]) -> None:
    for m in milestones:
        day = m.day.isoformat()
        if (camp["starts"] and day < camp["starts"]) or (camp["ends"] and day > camp["ends"]):
            raise ScheduleError(Message(
                "the milestone {milestone} is outside the campaign ({starts}–{ends})",
                milestone=m.label(), starts=show_date(camp["starts"]) if camp["starts"] else "…",
                ends=show_date(camp["ends"]) if camp["ends"] else "…"))


def _insert_milestones(w, campaign_id: str, milestones: list[Milestone]) -> None:
    for m in milestones:
        w.insert("campaign_milestones", {"campaign_id": campaign_id, "people": m.people,
                                         "percent": m.percent, "day": m.day.isoformat()})


def set_milestones(db: Database, campaign: str, milestones: list[Milestone],
                   operator: Operator | None = None) -> list[Milestone]:
    """Replace the milestones of ``campaign`` (name or id) by ``milestones`` (none: remove them)."""
    actor = authorize(db, operator, "sessions.plan")
    with db.write("campaign.milestones", actor, {"campaign": campaign,
                                                 "milestones": len(milestones)}) as w:
        camp = db.one("SELECT * FROM campaigns WHERE id = ? OR name = ?", (campaign, campaign))
        if not camp:
            raise ScheduleError(Message("no campaign '{name}'", name=campaign))
        _check_milestones(camp, milestones)
        for (mid,) in db.conn.execute("SELECT id FROM campaign_milestones WHERE campaign_id = ?",
                                      (camp["id"],)).fetchall():
            w.delete("campaign_milestones", mid)
        _insert_milestones(w, camp["id"], milestones)
    return campaign_milestones(db, camp["id"])


def campaign_milestones(db: Database, campaign_id: str | None) -> list[Milestone]:
    """The campaign's milestones, earliest first."""
    if not campaign_id:
        return []
    return [Milestone(r["people"], r["percent"], dt.date.fromisoformat(r["day"]))
            for r in db.query("SELECT people, percent, day FROM campaign_milestones WHERE "
                              "campaign_id = ? ORDER BY day, people, percent", (campaign_id,))]


def _campaign(db: Database, name_or_id: str | None, today: dt.date) -> dict | None:
    if name_or_id:
        row = db.one("SELECT * FROM campaigns WHERE id = ? OR name = ? ORDER BY station IS NOT"
                     " NULL LIMIT 1", (name_or_id, name_or_id))
        if not row:
            raise ScheduleError(Message("no campaign '{name}'", name=name_or_id))
        return row
    return campaign_in_force(db, today)


def campaign_deadlines(db: Database, campaign_id: str | None) -> list[AgeDeadline]:
    if not campaign_id:
        return []
    return [AgeDeadline(r["min_age"], r["max_age"], dt.date.fromisoformat(r["deadline"]))
            for r in db.query("SELECT * FROM campaign_deadlines WHERE campaign_id = ? "
                              "ORDER BY deadline, min_age", (campaign_id,))]


def list_campaigns(db: Database, operator: Operator | None = None,
                   today: dt.date | None = None) -> list[dict]:
    """The campaigns that count here, HQ's first, each with its deadlines and opening days,
    ``station`` (None: HQ's, the province's; else the station that made it for itself) and
    ``in_force`` (the one progress and booking use today: campaign_in_force)."""
    authorize(db, operator, "sessions.view")
    rows = _campaigns_here(db)
    force = campaign_in_force(db, today or dt.date.today())
    for row in rows:
        row["open_days"] = row["open_days"] or ALL_DAYS
        row["deadlines"] = campaign_deadlines(db, row["id"])
        row["in_force"] = row["id"] == force["id"]
        row["milestones"] = campaign_milestones(db, row["id"])
    return [{k: r[k] for k in ("id", "name", "starts", "ends", "open_days", "deadlines",
                               "milestones", "station", "in_force")} for r in rows]


def cancel_session(db: Database, session: str, operator: Operator | None = None,
                   today: dt.date | None = None) -> dict:
    """Cancel a planned session nobody is booked on (a session with bookings is moved or
    spread instead, so that its households are told)."""
    actor = authorize(db, operator, "sessions.plan")
    today = today or dt.date.today()
    with db.write("schedule.cancel", actor, {"session": session}) as w:
        s = resolve_session(db, session)
        _movable(s, today)
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


def village_summary(db: Database, operator: Operator | None = None,
                    today: dt.date | None = None) -> list[dict]:
    """The roster's villages by name: households, and households booked for a coming day."""
    authorize(db, operator, "sessions.plan")
    today = today or dt.date.today()
    return db.query(
        f"""SELECT v.id, v.name, COUNT(h.id) AS households,
        (SELECT COUNT(DISTINCT a.household_id) FROM appointments a
           JOIN households b ON b.id = a.household_id JOIN sessions s ON s.id = a.session_id
           WHERE b.village_id = v.id AND s.day >= ?
           AND a.status IN ({','.join('?' * len(UPCOMING))})) AS booked
        FROM areas v LEFT JOIN households h ON h.village_id = v.id
        WHERE v.kind = 'village' GROUP BY v.id ORDER BY v.name_fold""",
        (today.isoformat(), *UPCOMING))


# -- booking -----------------------------------------------------------------------------------
@dataclass
class BookingResult:
    households: int = 0  # booked now
    people: int = 0
    already_booked: int = 0
    nobody_to_book: int = 0
    unplaced: list[dict] = field(default_factory=list)
    sessions: list[str] = field(default_factory=list)
    booked: list[dict] = field(default_factory=list)  # each household booked now, and where

    def as_dict(self) -> dict:
        return {"households": self.households, "people": self.people,
                "already_booked": self.already_booked, "nobody_to_book": self.nobody_to_book,
                "unplaced": self.unplaced, "sessions": self.sessions}


def free_slots(db: Database, sessions: list[dict], now: dt.datetime) -> list[Slot]:
    """The free places of ``sessions`` in the slots that have not started at ``now`` (local
    time, naive, as sessions store their days and hours)."""
    if not sessions:
        return []
    ids = [s["id"] for s in sessions]
    marks = ",".join("?" * len(HOLDS_PLACE))
    used: dict[tuple, int] = defaultdict(int)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for sid, slot, n in db.conn.execute(
                f"SELECT session_id, slot, COUNT(*) FROM appointments WHERE session_id IN "
                f"({','.join('?' * len(chunk))}) AND status IN ({marks}) GROUP BY 1, 2",
                (*chunk, *HOLDS_PLACE)):
            used[sid, slot] = n
    slots = []
    for s in sessions:
        day = dt.date.fromisoformat(s["day"])
        for t in slot_times(s["opens"], s["closes"], s["slot_minutes"]):
            if dt.datetime.combine(day, dt.time.fromisoformat(t)) <= now:
                continue  # started (or over): nobody is invited to a time already past
            slots.append(Slot(s["id"], day, t, s["capacity"],
                              max(0, s["capacity"] - used[s["id"], t])))
    return slots


def _next_letter_number(db: Database) -> int:
    return (db.scalar("SELECT MAX(number) FROM letters") or 0) + 1


class BookingCancelled(ScheduleError):
    """The booking was stopped before it was committed: nothing was booked."""


def book_villages(db: Database, villages: list[str], sessions: list[str] | None = None,
                  campaign: str | None = None, operator: Operator | None = None,
                  today: dt.date | dt.datetime | None = None,
                  progress: Callable[[int, int], bool | None] | None = None) -> BookingResult:
    """Book the households of ``villages`` (names or ids, in the order to book them) into the
    free slots of ``sessions`` (ids or days; default every planned session from today on).
    ``today`` is when the booking is made (default: now, local time; a date alone means its
    first moment): a slot that has started by then is never booked.
    Residents who need a card and are 14 or older come; a household already booked is left as
    it is. One transaction: capacity is read and used under the same write lock.
    ``progress(done, total)`` is told each step; when it returns False the booking stops,
    rolled back (BookingCancelled)."""

    def step(done: int) -> None:
        if progress is not None and progress(done, 3) is False:
            raise BookingCancelled(Message("the booking was stopped: nothing was booked"))

    actor = authorize(db, operator, "sessions.plan")
    if today is None:
        now = local_now().replace(tzinfo=None)
    elif isinstance(today, dt.datetime):
        now = today.astimezone().replace(tzinfo=None) if today.tzinfo else today
    else:
        now = dt.datetime.combine(today, dt.time())
    today = now.date()
    if not villages:
        raise ScheduleError(Message("choose at least one village to book"))
    chosen = resolve_villages(db, villages)
    picked = [resolve_session(db, s) for s in sessions] if sessions else None
    result = BookingResult()
    with db.write("schedule.book", actor, {"villages": [v["name"] for v in chosen]}) as w:
        if picked is None:
            targets = db.query("SELECT * FROM sessions WHERE status = 'planned' AND day >= ? "
                               "ORDER BY day, opens", (today.isoformat(),))
        else:
            targets = []
            for s in picked:
                s = db.one("SELECT * FROM sessions WHERE id = ?", (s["id"],))
                if s["status"] != "planned":
                    raise ScheduleError(Message("session {session} is {status}",
                                                session=session_label(s), status=_status(s)))
                if s["day"] < today.isoformat():
                    raise ScheduleError(Message("session {session} is in the past",
                                                session=session_label(s)))
                targets.append(s)
        step(0)
        camp = _campaign(db, campaign, today)
        groups = campaign_deadlines(db, camp["id"] if camp else None)
        needs = households_to_book(db, chosen, groups, today, result)
        step(1)
        plan = plan_bookings(needs, free_slots(db, targets, now))
        step(2)
        where = {t["id"]: t for t in targets}
        village_of = [v["name"] for v in chosen]
        rows, letters = [], []
        number = _next_letter_number(db)
        now = now_iso()
        for p in plan.placements:
            ids = w.new_ids(p.household.size)
            for aid, rid in zip(ids, p.household.people):
                rows.append((aid, rid, p.household.id, p.slot.session_id, p.slot.time,
                             "scheduled"))
            letters.append((w.new_id(), p.household.id, ids[0], number, now))
            number += 1
            target = where[p.slot.session_id]
            result.booked.append({"household_id": p.household.id, "code": p.household.code,
                                  "village": village_of[p.household.village_rank],
                                  "people": p.household.size, "day": target["day"],
                                  "slot": p.slot.time, "place": target["place"]})
            result.households += 1
            result.people += p.household.size
        w.insert_many("appointments", ("id", "resident_id", "household_id", "session_id", "slot",
                                       "status"), rows)
        w.insert_many("letters", ("id", "household_id", "appointment_id", "number", "created_at"),
                      letters)
        result.unplaced = [{"household_id": u.household.id, "code": u.household.code,
                            "people": u.household.size, "reason": u.reason}
                           for u in plan.unplaced]
        result.sessions = sorted({p.slot.session_id for p in plan.placements})
        w.audit("schedule.booked", result.as_dict() | {"unplaced": len(plan.unplaced)})
        step(3)
    return result


def households_to_book(db: Database, villages: list[dict], groups: list[AgeDeadline],
                       today: dt.date, result: BookingResult) -> list[HouseholdNeed]:
    """The households of ``villages`` with the members who must come and their deadline.
    A household booked for a coming day is left as it is; a member who already came (checked
    in) or was collected (here or, once synced, elsewhere) does not come again, while one who
    turned 14 since the household came is booked (issue 28: else never invited)."""
    from station_app.core.dates import age_on

    rank = {v["id"]: i for i, v in enumerate(villages)}
    marks = ",".join("?" * len(villages))
    blocked = {row[0] for row in db.conn.execute(
        f"""SELECT DISTINCT a.household_id FROM appointments a
        JOIN households h ON h.id = a.household_id JOIN sessions s ON s.id = a.session_id
        WHERE h.village_id IN ({marks})
          AND a.status IN ({','.join('?' * len(UPCOMING))}) AND s.day >= ?""",
        (*rank, *UPCOMING, today.isoformat()))}
    came = {row[0] for row in db.conn.execute(
        f"""SELECT a.resident_id FROM appointments a JOIN households h ON h.id = a.household_id
        WHERE h.village_id IN ({marks}) AND a.status IN ('checked_in', 'done')
        UNION SELECT r.id FROM households h JOIN residents r ON r.household_id = h.id
        WHERE h.village_id IN ({marks}) AND EXISTS (SELECT 1 FROM intakes i
          WHERE i.resident_id = r.id AND i.outcome = 'collected'
          AND NOT EXISTS (SELECT 1 FROM intakes c WHERE c.corrects_id = i.id))""",
        (*rank, *rank))}
    households: dict[str, HouseholdNeed] = {}
    for hid, code, village, rid, dob, status in db.conn.execute(
            f"""SELECT h.id, h.code, h.village_id, r.id, r.dob, r.card_status
            FROM households h LEFT JOIN residents r ON r.household_id = h.id
            WHERE h.village_id IN ({marks}) ORDER BY h.code, r.sort_key""", tuple(rank)):
        need = households.get(hid)
        if need is None:
            need = households[hid] = HouseholdNeed(hid, code, rank[village], [])
        if status != "needs_card" or (dob and age_on(dob, today) < MIN_AGE) or rid in came:
            continue
        need.people.append(rid)
        due = deadline_for(dob, groups, today)
        if due and (need.deadline is None or due < need.deadline):
            need.deadline = due
    needs = []
    for hid, need in households.items():
        if hid in blocked:
            result.already_booked += 1
        elif not need.people:
            result.nobody_to_book += 1
        else:
            needs.append(need)
    return needs


# -- moving ------------------------------------------------------------------------------------
def _movable(session: dict, today: dt.date) -> None:
    if session["status"] != "planned":
        raise ScheduleError(Message("session {session} is {status}; only a planned session "
                                    "can be moved", session=session_label(session),
                                    status=_status(session)))
    if session["day"] < today.isoformat():
        raise ScheduleError(Message("session {session} has already taken place",
                                    session=session_label(session)))


def _booked(db: Database, session_id: str) -> list[dict]:
    return db.query(
        f"""SELECT a.id, a.household_id, a.slot, a.resident_id, h.code, h.village_id, r.dob
        FROM appointments a LEFT JOIN households h ON h.id = a.household_id
        LEFT JOIN residents r ON r.id = a.resident_id
        WHERE a.session_id = ? AND a.status IN ({','.join('?' * len(UPCOMING))})
        ORDER BY a.slot, h.code, a.id""", (session_id, *UPCOMING))


def _household_needs(booked: list[dict], groups: list[AgeDeadline], today: dt.date,
                     keep_order: bool) -> list[HouseholdNeed]:
    """Booked appointments as households to place again (people are appointment ids)."""
    needs: dict[str, HouseholdNeed] = {}
    villages: dict[str | None, int] = {}
    for a in booked:
        key = a["household_id"] or a["id"]
        need = needs.get(key)
        if need is None:
            rank = len(needs) if keep_order else villages.setdefault(a["village_id"], len(villages))
            need = needs[key] = HouseholdNeed(key, a["code"] or "", rank, [])
        need.people.append(a["id"])
        due = deadline_for(a["dob"], groups, today)
        if due and (need.deadline is None or due < need.deadline):
            need.deadline = due
    if keep_order:
        for need in needs.values():
            need.deadline = None
    return list(needs.values())


def move_session(db: Database, session: str, day=None, place: str | None = None,
                 opens: str | None = None, closes: str | None = None,
                 reason: str | None = None, operator: Operator | None = None,
                 today: dt.date | None = None) -> dict:
    """Move a session (and everything booked on it) to another day, place or hours. Refused,
    with nothing changed, when the new day already has a session at those hours or the new hours
    can't hold the people booked. Returns the move, with the households to tell."""
    actor = authorize(db, operator, "sessions.plan")
    today = today or dt.date.today()
    with db.write("schedule.move", actor, {"session": session}) as w:
        s = resolve_session(db, session)
        _movable(s, today)
        new = {"day": parse_day(day).isoformat() if day else s["day"],
               "place": _clean_place(place) if place else s["place"]}
        new["opens"], new["closes"] = _hours(opens or s["opens"], closes or s["closes"],
                                             s["slot_minutes"], s["capacity"])
        if all(new[k] == s[k] for k in new):
            raise ScheduleError(Message("nothing to change: give a new day, place or hours"))
        if new["day"] < today.isoformat():
            raise ScheduleError(Message("{day} is in the past", day=show_date(new["day"])))
        clash = _overlapping(db, new["day"], new["opens"], new["closes"], exclude=s["id"])
        if clash:
            booked = db.scalar(
                f"SELECT COUNT(*) FROM appointments WHERE session_id = ? AND status IN "
                f"({','.join('?' * len(HOLDS_PLACE))})", (clash["id"], *HOLDS_PLACE))
            raise ScheduleError(Message(
                "{day} {opens}–{closes} is taken: the station already has a session "
                "{c_opens}–{c_closes} at {place} ({booked} booked); nothing was moved (to put "
                "these households into the free places of the later sessions, spread this "
                "session instead of moving it)",
                day=show_date(new["day"]), opens=new["opens"], closes=new["closes"],
                c_opens=clash["opens"], c_closes=clash["closes"], place=clash["place"],
                booked=booked))
        booked = _booked(db, s["id"])
        slots = [Slot(s["id"], dt.date.fromisoformat(new["day"]), t, s["capacity"], s["capacity"])
                 for t in slot_times(new["opens"], new["closes"], s["slot_minutes"])]
        if (new["opens"], new["closes"]) == (s["opens"], s["closes"]):
            new_slot = {a["id"]: a["slot"] for a in booked}
        else:
            plan = plan_bookings(_household_needs(booked, [], today, keep_order=True), slots)
            if plan.unplaced:
                raise ScheduleError(Message(
                    "the hours {opens}–{closes} hold {places} people but {booked} are booked "
                    "on this session; nothing was moved", opens=new["opens"],
                    closes=new["closes"], places=len(slots) * s["capacity"],
                    booked=len(booked)))
            new_slot = {aid: p.slot.time for p in plan.placements for aid in p.household.people}
        move_id = _record_move(w, s, "move", reason, new)
        w.update("sessions", s["id"], new)
        w.update_many("appointments", ("slot", "moved_by", "prev_session_id", "prev_slot"),
                      [(new_slot[a["id"]], move_id, s["id"], a["slot"], a["id"]) for a in booked])
    return _move_summary(db, move_id, operator)


def spread_session(db: Database, session: str, onto: list[str] | None = None,
                   reason: str | None = None, operator: Operator | None = None,
                   today: dt.date | None = None) -> dict:
    """Spread the households booked on a session over the free places of other sessions
    (``onto``, or every planned session after today), earliest deadline first, households whole,
    villages together; the session is then cancelled. All or nothing: if they don't all fit,
    nothing changes and the reason says how many places are missing."""
    actor = authorize(db, operator, "sessions.plan")
    today = today or dt.date.today()
    with db.write("schedule.spread", actor, {"session": session}) as w:
        s = resolve_session(db, session)
        _movable(s, today)
        if onto:
            targets = [resolve_session(db, t) for t in onto]
            for t in targets:
                if t["id"] == s["id"]:
                    raise ScheduleError(Message("a session can't be spread onto itself"))
                if t["status"] != "planned" or t["day"] <= today.isoformat():
                    raise ScheduleError(Message("session {session} can't take appointments: "
                                                "it is not planned for a day after today",
                                                session=session_label(t)))
        else:
            targets = db.query("SELECT * FROM sessions WHERE status = 'planned' AND day > ? "
                               "AND id != ? ORDER BY day, opens", (today.isoformat(), s["id"]))
        booked = _booked(db, s["id"])
        camp_id = s.get("campaign_id") or (_campaign(db, None, today) or {}).get("id")
        needs = _household_needs(booked, campaign_deadlines(db, camp_id), today, keep_order=False)
        after = dt.datetime.combine(today, dt.time())  # the targets are days after today
        slots = free_slots(db, targets, after)
        plan = plan_bookings(needs, slots)
        if plan.unplaced:
            free = sum(sl.free for sl in free_slots(db, targets, after))
            first = plan.unplaced[0]
            where = (Message("the sessions chosen") if onto
                     else Message("the sessions planned after today"))
            raise ScheduleError(Message(
                "{count} of {total} households can't be placed in {where} ({free} free places "
                "for {people} people; household {code}: {reason}); nothing was moved",
                count=len(plan.unplaced), total=len(needs), where=where, free=free,
                people=len(booked), code=first.household.code, reason=first.reason))
        move_id = _record_move(w, s, "spread", reason, None)
        w.update("sessions", s["id"], {"status": "cancelled"})
        old_slot = {a["id"]: a["slot"] for a in booked}
        w.update_many(
            "appointments", ("session_id", "slot", "moved_by", "prev_session_id", "prev_slot"),
            [(p.slot.session_id, p.slot.time, move_id, s["id"], old_slot[aid], aid)
             for p in plan.placements for aid in p.household.people])
    return _move_summary(db, move_id, operator)


def _record_move(w, s: dict, kind: str, reason: str | None, new: dict | None) -> str:
    new = new or {}
    return w.insert("session_moves", {
        "session_id": s["id"], "kind": kind,
        "at": now_iso(),
        "reason": " ".join((reason or "").split()) or None,
        "from_place": s["place"], "from_day": s["day"], "from_opens": s["opens"],
        "from_closes": s["closes"], "to_place": new.get("place"), "to_day": new.get("day"),
        "to_opens": new.get("opens"), "to_closes": new.get("closes")})


def _move_summary(db: Database, move_id: str, operator: Operator | None) -> dict:
    move = db.one("SELECT * FROM session_moves WHERE id = ?", (move_id,))
    move["households"] = moved_households(db, move_id, operator)
    move["appointments"] = sum(len(h["residents"]) for h in move["households"])
    return move


def moved_households(db: Database, move_id: str, operator: Operator | None = None) -> list[dict]:
    """The households a move changed, to tell: who, where they were due and where they are now
    due, in the order a team walks (village, then household code)."""
    authorize(db, operator, "sessions.plan")
    move = db.one("SELECT * FROM session_moves WHERE id = ?", (move_id,))
    if not move:
        raise ScheduleError(Message("no session move '{move}'", move=move_id))
    rows = db.query(
        """SELECT a.id, a.household_id, a.resident_id, a.slot, a.prev_slot, a.status,
        s.id AS session_id, s.day, s.place, s.opens, s.closes, s.slot_minutes,
        h.code, h.head_name, h.phone, h.address, v.name AS village, r.full_name,
        (SELECT g.gender FROM residents g WHERE g.household_id = h.id
           AND g.full_name = h.head_name LIMIT 1) AS head_gender
        FROM appointments a JOIN sessions s ON s.id = a.session_id
        LEFT JOIN households h ON h.id = a.household_id
        LEFT JOIN areas v ON v.id = h.village_id
        LEFT JOIN residents r ON r.id = a.resident_id
        WHERE a.moved_by = ? ORDER BY v.name_fold, h.code, a.slot, r.sort_key""", (move_id,))
    letters = {r["household_id"]: r for r in db.query(
        "SELECT l.household_id, l.appointment_id, l.number FROM letters l "
        "JOIN appointments a ON a.id = l.appointment_id WHERE a.moved_by = ?", (move_id,))}
    households: dict[str, dict] = {}
    for r in rows:
        h = households.get(r["household_id"])
        if h is None:
            h = households[r["household_id"]] = {
                "household_id": r["household_id"], "code": r["code"], "head_name": r["head_name"],
                "head_gender": r["head_gender"],
                "phone": r["phone"], "address": r["address"], "village": r["village"],
                "letter_number": letters.get(r["household_id"], {}).get("number"),
                "appointment_id": letters.get(r["household_id"], {}).get("appointment_id", r["id"]),
                "before": {"day": move["from_day"], "place": move["from_place"],
                           "slot": r["prev_slot"]}, "reason": move["reason"],
                "after": {"session_id": r["session_id"], "day": r["day"], "place": r["place"],
                          "slot": r["slot"], "slot_end": slot_end(r["slot"], r["slot_minutes"])},
                "residents": []}
        h["residents"].append(r["full_name"])
    return list(households.values())
