"""Moving a session to another day, place or hours, or spreading its appointments over other
sessions (all or nothing), and the households each move changed, to tell."""

from __future__ import annotations

import datetime as dt

from station_app.core.appointments import HOLDS_PLACE, UPCOMING
from station_app.core.dates import now_iso, show_date
from station_app.core.messages import Message
from station_app.core.scheduling import (
    AgeDeadline,
    HouseholdNeed,
    Slot,
    deadline_for,
    plan_bookings,
    slot_end,
    slot_times,
)
from station_app.services.operators import Operator, authorize
from station_app.services.sessions.booking import free_slots
from station_app.services.sessions.campaigns import campaign_deadlines, find_campaign
from station_app.services.sessions.parsing import ScheduleError, parse_day
from station_app.services.sessions.schedule import (
    check_movable,
    checked_hours,
    clean_place,
    overlapping_session,
    resolve_session,
    session_label,
)
from station_app.storage import Database


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
                 opens: str | None = None, closes: str | None = None, reason: str | None = None,
                 today: dt.date | None = None, *, operator: Operator | None = None) -> dict:
    """Move a session (and everything booked on it) to another day, place or hours. Refused,
    with nothing changed, when the new day already has a session at those hours or the new hours
    can't hold the people booked. Returns the move, with the households to tell."""
    actor = authorize(db, operator, "sessions.plan")
    today = today or dt.date.today()
    with db.write("schedule.move", actor, {"session": session}) as w:
        s = resolve_session(db, session)
        check_movable(s, today)
        new = {"day": parse_day(day).isoformat() if day else s["day"],
               "place": clean_place(place) if place else s["place"]}
        new["opens"], new["closes"] = checked_hours(opens or s["opens"], closes or s["closes"],
                                             s["slot_minutes"], s["capacity"])
        if all(new[k] == s[k] for k in new):
            raise ScheduleError(Message("nothing to change: give a new day, place or hours"))
        if new["day"] < today.isoformat():
            raise ScheduleError(Message("{day} is in the past", day=show_date(new["day"])))
        clash = overlapping_session(db, new["day"], new["opens"], new["closes"], exclude=s["id"])
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
                   reason: str | None = None, today: dt.date | None = None, *,
                   operator: Operator | None = None) -> dict:
    """Spread the households booked on a session over the free places of other sessions
    (``onto``, or every planned session after today), earliest deadline first, households whole,
    villages together; the session is then cancelled. All or nothing: if they don't all fit,
    nothing changes and the reason says how many places are missing."""
    actor = authorize(db, operator, "sessions.plan")
    today = today or dt.date.today()
    with db.write("schedule.spread", actor, {"session": session}) as w:
        s = resolve_session(db, session)
        check_movable(s, today)
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
        camp_id = s.get("campaign_id") or (find_campaign(db, None, today) or {}).get("id")
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
    move["households"] = moved_households(db, move_id, operator=operator)
    move["appointments"] = sum(len(h["residents"]) for h in move["households"])
    return move


def moved_households(db: Database, move_id: str, *, operator: Operator | None = None) -> list[dict]:
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
