"""Capacity against the campaign's targets (issue 28, docs/planning.md), with no I/O.

- A session's capacity: its places (slots x people a slot), but no more than its desks can
  serve in its opening minutes (desks x minutes // minutes per person). A day's capacity is the
  sum over its sessions.
- Expected take: capacity x the show-up rate (the share of people invited who come and are
  collected).
- A target (an age-group deadline or a milestone) needs ``to_collect`` people collected after
  the report day up to its day, included. The expected take of the sessions planned in that
  window against it gives the shortfall.
- The proposal closes shortfalls in date order: the earliest free opening days in the window
  (a campaign opening day on which the station has no session, after the report day), each
  with one day of the station's usual sessions; as many as the shortfall needs and no more.
  When the free days can't hold it, they are all proposed and what is still missing is said
  two ways: more desks (the fewest, from the latest day they are enough) or more days of
  sessions (another team, another place, a later deadline).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

from station_app.core.scheduling import parse_time, slot_times

__all__ = ["Template", "Target", "TargetPlan", "session_capacity", "propose", "MINUTES_PER_PERSON"]

MINUTES_PER_PERSON = 4  # at a desk, one person: 12 a 20-minute slot at 2 desks, 80 % coming


def session_capacity(opens: str, closes: str, slot_minutes: int, per_slot: int, desks: int,
                     minutes_per_person: int) -> int:
    places = per_slot * len(slot_times(opens, closes, slot_minutes))
    served = desks * (parse_time(closes) - parse_time(opens)) // minutes_per_person
    return min(places, served)


@dataclass(frozen=True)
class Template:
    """One day of the station's usual sessions, as a proposal adds it."""

    hours: tuple[tuple[str, str], ...]
    slot_minutes: int
    place: str

    def per_slot(self, desks: int, minutes_per_person: int) -> int:
        """People a slot books: what the desks serve in one slot (at least 1)."""
        return max(1, desks * self.slot_minutes // minutes_per_person)

    def capacity(self, desks: int, minutes_per_person: int) -> int:
        per_slot = self.per_slot(desks, minutes_per_person)
        return sum(session_capacity(o, c, self.slot_minutes, per_slot, desks, minutes_per_person)
                   for o, c in self.hours)

    def slots(self) -> int:
        return sum(len(slot_times(o, c, self.slot_minutes)) for o, c in self.hours)


@dataclass(frozen=True)
class Target:
    kind: str  # 'deadline' | 'milestone'
    label: str
    day: dt.date
    remaining: int  # its own people still to collect
    to_collect: int  # all that must be collected by its day (earlier targets included)


@dataclass
class TargetPlan:
    target: Target
    capacity: int  # of the sessions already planned in its window
    expected: float  # their expected take
    shortfall: float  # people (expected take) the planned sessions leave
    days: list[dt.date] = field(default_factory=list)  # proposed days for this target
    proposed_expected: float = 0.0  # expected take of every proposed day in the window
    feasible: bool = True
    missing_desks: int | None = None
    desks_from: dt.date | None = None
    missing_days: int | None = None
    missing_people: float = 0.0


def propose(targets: list[Target], day: dt.date, planned: dict[dt.date, int],
            open_weekdays: str, day_capacity: int, show_up: float, desks: int,
            per_desk_day: int) -> list[TargetPlan]:
    """``planned``: capacity of each day after ``day`` that has sessions; ``day_capacity``: the
    capacity of one proposed day; ``per_desk_day``: the places one more desk adds to a day of
    sessions (proposed or planned)."""
    take = day_capacity * show_up
    proposed: list[dt.date] = []
    plans = []
    for t in sorted(targets, key=lambda t: (t.day, t.kind)):
        window = [d for d in planned if day < d <= t.day]
        capacity = sum(planned[d] for d in window)
        expected = capacity * show_up
        plan = TargetPlan(t, capacity, expected, max(0.0, t.to_collect - expected))
        have = expected + take * sum(1 for d in proposed if d <= t.day)
        short = t.to_collect - have
        if short > 1e-9:
            free = [d for d in _days(day, t.day)
                    if str(d.weekday()) in open_weekdays and d not in planned
                    and d not in proposed]
            need = math.ceil(short / take - 1e-9) if take > 0 else len(free) + 1
            plan.days = free[:need]
            proposed += plan.days
            short -= take * len(plan.days)
            if short > 1e-9:
                _missing(plan, short, day, t.day, planned, proposed, open_weekdays, take,
                         per_desk_day * show_up)
        plan.proposed_expected = take * sum(1 for d in proposed if d <= t.day)
        plans.append(plan)
    return plans


def _days(after: dt.date, upto: dt.date):
    d = after + dt.timedelta(days=1)
    while d <= upto:
        yield d
        d += dt.timedelta(days=1)


def _missing(plan: TargetPlan, short: float, day: dt.date, until: dt.date, planned: dict,
             proposed: list, open_weekdays: str, take: float, desk_take: float) -> None:
    plan.feasible = False
    plan.missing_people = short
    plan.missing_days = math.ceil(short / take - 1e-9) if take > 0 else None
    session_days = sorted(d for d in set(planned) | set(proposed) if day < d <= until)
    if not session_days or desk_take <= 0:
        return
    desks = math.ceil(short / (desk_take * len(session_days)) - 1e-9)
    # the latest first day from which that many more desks are still enough
    for i, first in enumerate(session_days):
        if desks * desk_take * (len(session_days) - i) + 1e-9 < short:
            break
        plan.desks_from = first
    plan.missing_desks = desks
