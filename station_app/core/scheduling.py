"""Planning rules for sessions and appointments, with no I/O.

- A session's day is cut into slots of ``slot_minutes`` from its opening time; a slot that would
  end after closing time is not offered. Each slot takes at most ``capacity`` people.
- A household is booked whole: every member who must come goes into the same slot.
- Households whose members have the earliest deadline (of their age group, in the campaign) are
  booked first; within one deadline, villages are booked one after another (in the order asked)
  and, inside a village, by household code, so a village's households sit together.
- Slots are filled in time order and never go back: the appointments of one booking run follow
  exactly the order above. A slot's small leftover room is filled by a later household of the same
  village and deadline that fits, never by one that should come after.
- A household is never booked after its deadline or over a slot's capacity: it is reported as
  not placed, with the reason.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from station_app.core.dates import age_on, show_date
from station_app.core.messages import Message

__all__ = ["AgeDeadline", "Milestone", "Slot", "HouseholdNeed", "Placement", "Unplaced", "Plan",
           "slot_times", "slot_end", "deadline_for", "plan_bookings", "parse_time", "normal_time",
           "check_hours", "LOOKAHEAD", "weekday_vi", "time_vi", "WEEKDAYS_VI"]

LOOKAHEAD = 64  # how far down a village's list to look for a household that fills a gap


def parse_time(text: str) -> int:
    """Minutes after midnight of 'HH:MM' (or 'H:MM', 'HHhMM'); ValueError otherwise."""
    value = text.strip().lower().replace("h", ":").replace("g", ":")
    hours, _, minutes = value.partition(":")
    try:
        h, m = int(hours), int(minutes or 0)
    except ValueError:
        raise ValueError(Message("'{text}' is not a time of day (expected HH:MM)",
                                 text=text)) from None
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise ValueError(Message("'{text}' is not a time of day (expected HH:MM)", text=text))
    return h * 60 + m


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def normal_time(text: str) -> str:
    """'7:00', '7h', '07:00' -> '07:00'."""
    return _hhmm(parse_time(text))


# every name capitalised alike ("Thứ Tư", "Chủ Nhật"), as the letters and notices print them
WEEKDAYS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def weekday_vi(day: dt.date) -> str:
    return WEEKDAYS_VI[day.weekday()]


def time_vi(hhmm: str, spoken: bool = False) -> str:
    """'07:20' -> '07 giờ 20' as letters write it; spoken: '7 giờ 20', '7 giờ' on the hour."""
    h, m = (int(p) for p in hhmm.split(":"))
    if spoken:
        return f"{h} giờ {m:02d}" if m else f"{h} giờ"
    return f"{h:02d} giờ {m:02d}"


def check_hours(opens: str, closes: str, slot_minutes: int, capacity: int) -> tuple[str, str]:
    """Normalised ('HH:MM', 'HH:MM'); ValueError with the reason when the hours can't be a session."""
    start, end = parse_time(opens), parse_time(closes)
    if slot_minutes < 1:
        raise ValueError(Message("slot length must be at least 1 minute"))
    if capacity < 1:
        raise ValueError(Message("capacity per slot must be at least 1 person"))
    if end - start < slot_minutes:
        raise ValueError(Message("opening hours {opens}–{closes} are shorter than one "
                                 "{minutes}-minute slot", opens=_hhmm(start), closes=_hhmm(end),
                                 minutes=slot_minutes))
    return _hhmm(start), _hhmm(end)


def slot_times(opens: str, closes: str, slot_minutes: int) -> list[str]:
    """Start times 'HH:MM' of the slots of a session."""
    start, end = parse_time(opens), parse_time(closes)
    return [_hhmm(t) for t in range(start, end - slot_minutes + 1, slot_minutes)]


def slot_end(slot: str, slot_minutes: int) -> str:
    return _hhmm(parse_time(slot) + slot_minutes)


@dataclass(frozen=True)
class AgeDeadline:
    """Residents aged ``min_age``..``max_age`` (None: no upper bound) must be done by ``deadline``."""

    min_age: int
    max_age: int | None
    deadline: dt.date

    def covers(self, age: int) -> bool:
        return age >= self.min_age and (self.max_age is None or age <= self.max_age)


@dataclass(frozen=True)
class Milestone:
    """``people`` collected (or ``percent`` of the campaign's target) by ``day``, ``day``
    included: the goal as a campaign order states it. Exactly one of the two is set."""

    people: int | None
    percent: float | None
    day: dt.date

    def target(self, campaign_target: int) -> int:
        """People to have collected by ``day``; a share is rounded up (96.2 % of 1,001 is 963)."""
        if self.people is not None:
            return self.people
        return -(-round(self.percent * campaign_target * 1000) // 100_000)

    def label(self) -> str:
        """'771,797 by 15/06/2021' or '96.2 % by 15/06/2021'."""
        what = f"{self.people:,}" if self.people is not None else f"{self.percent:g} %"
        return f"{what} – {show_date(self.day)}"


def deadline_for(dob: str | None, groups: Sequence[AgeDeadline], today: dt.date) -> dt.date | None:
    """The deadline of the resident's age group today; a resident of unknown age or of no group
    gets the latest deadline of the campaign (None when the campaign sets none)."""
    if not groups:
        return None
    if dob:
        age = age_on(dob, today)
        for group in groups:
            if group.covers(age):
                return group.deadline
    return max(g.deadline for g in groups)


@dataclass
class Slot:
    session_id: str
    day: dt.date
    time: str  # 'HH:MM'
    capacity: int
    free: int  # places left


@dataclass
class HouseholdNeed:
    """A household to book: the members who must come, their earliest deadline, its village's
    rank in the order asked."""

    id: str
    code: str
    village_rank: int
    people: list[str]
    deadline: dt.date | None = None

    @property
    def size(self) -> int:
        return len(self.people)


@dataclass
class Placement:
    household: HouseholdNeed
    slot: Slot


@dataclass
class Unplaced:
    household: HouseholdNeed
    reason: str


@dataclass
class Plan:
    placements: list[Placement] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)


def plan_bookings(households: Iterable[HouseholdNeed], slots: Sequence[Slot]) -> Plan:
    """Place households into ``slots`` (which this updates: ``free`` goes down). Never over
    capacity, never split, never after a deadline; what can't be placed is reported with why."""
    plan = Plan()
    slots = sorted(slots, key=lambda s: (s.day, s.time))
    # The largest slot from each position on: a household larger than that can never be placed.
    biggest_after = [0] * (len(slots) + 1)
    for i in range(len(slots) - 1, -1, -1):
        biggest_after[i] = max(biggest_after[i + 1], slots[i].capacity)
    groups: dict[tuple, list[HouseholdNeed]] = {}
    for h in households:
        key = (h.deadline or dt.date.max, h.village_rank)
        groups.setdefault(key, []).append(h)
    cursor = 0
    for key in sorted(groups):
        pending = deque(sorted(groups[key], key=lambda h: h.code))
        deadline = key[0]
        while pending:
            while cursor < len(slots) and slots[cursor].free == 0:
                cursor += 1
            if cursor == len(slots) or slots[cursor].day > deadline:
                for h in pending:
                    plan.unplaced.append(Unplaced(h, _no_room(h, deadline, biggest_after[0])))
                break
            head = pending[0]
            if head.size > biggest_after[cursor]:
                pending.popleft()
                plan.unplaced.append(Unplaced(head, _too_big(head, biggest_after[cursor])))
                continue
            slot = slots[cursor]
            chosen = next((i for i in range(min(len(pending), LOOKAHEAD))
                           if pending[i].size <= slot.free), None)
            if chosen is None:
                cursor += 1
                continue
            household = pending[chosen]
            del pending[chosen]
            slot.free -= household.size
            plan.placements.append(Placement(household, slot))
    return plan


def _too_big(h: HouseholdNeed, biggest: int) -> str:
    return Message("{people} people must come together but a slot takes at most {biggest}",
                   people=h.size, biggest=biggest)


def _no_room(h: HouseholdNeed, deadline: dt.date, biggest: int) -> str:
    if not biggest:
        return Message("no session with free places to book into")
    if h.size > biggest:
        return _too_big(h, biggest)
    if deadline != dt.date.max:
        return Message("no free slot for {people} people on or before the deadline {day}",
                       people=h.size, day=show_date(deadline))
    return Message("no free slot for {people} people in the sessions planned", people=h.size)
