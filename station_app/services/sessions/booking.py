"""Booking the households of chosen villages into the free slots of sessions, each with its
invitation letter. The capacity left in a slot is read inside the same ``BEGIN IMMEDIATE``
transaction that books it, so two people booking at once never overfill a slot."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from station_app.core.appointments import HOLDS_PLACE, UPCOMING
from station_app.core.dates import local_now, now_iso
from station_app.core.messages import Message
from station_app.core.scheduling import (
    AgeDeadline,
    HouseholdNeed,
    Slot,
    deadline_for,
    plan_bookings,
    slot_times,
)
from station_app.services.operators import Operator, authorize
from station_app.services.sessions.campaigns import campaign_deadlines, find_campaign
from station_app.services.sessions.parsing import ScheduleError
from station_app.services.sessions.schedule import (
    resolve_session,
    resolve_villages,
    session_label,
    status_label,
)
from station_app.storage import Database

MIN_AGE = 14  # citizens from 14 years old are issued a card


def village_summary(db: Database, today: dt.date | None = None, *,
                    operator: Operator | None = None) -> list[dict]:
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
                  campaign: str | None = None, today: dt.date | dt.datetime | None = None,
                  progress: Callable[[int, int], bool | None] | None = None, *,
                  operator: Operator | None = None) -> BookingResult:
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
                                                session=session_label(s), status=status_label(s)))
                if s["day"] < today.isoformat():
                    raise ScheduleError(Message("session {session} is in the past",
                                                session=session_label(s)))
                targets.append(s)
        step(0)
        camp = find_campaign(db, campaign, today)
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
