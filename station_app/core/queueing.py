"""Queue rules with no I/O: queues and their numbers, the station-day, what each desk action does
to a ticket, and the order of service.

Order of service (``Policy``), the same for every desk of a station:

- A ticket transferred to a desk is called by that desk before anything else (first come, first
  served among them); other desks do not call it.
- **strict**: every priority ticket (elderly, disabled, pregnant, small children) before every
  normal ticket.
- **interleave N:1**: N priority tickets, then one normal ticket, and again; when only one kind
  is waiting, that kind is called.
- Normal tickets: appointment holders whose slot is due (from ``window_minutes`` before the slot
  start on), then walk-ins, then appointment holders who came early (earliest slot first), so an
  appointment holder is served near their slot and nobody waits while a desk is free.
- Within one queue (and within the due appointment holders), first come, first served: by the
  time the ticket entered the queue, which is when it was issued, returned or reactivated.
- A letter for another day (early or late) is served with the walk-ins (``other_day``
  ``walk_in``, the default: its ticket is a walk-in ticket linked to the household), or as an
  appointment holder due now (``appointment``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from station_app.core.dates import local_now
from station_app.core.messages import Message

__all__ = [
    "KINDS", "QueueDef", "DEFAULT_QUEUES", "WHAT_TO_BRING", "Policy", "MODES", "ACTIONS",
    "InvalidAction", "TicketState", "Waiting", "format_number", "parse_number", "station_day",
    "local_now", "iso", "parse_time", "apply_action", "replay", "next_ticket", "service_order",
    "slot_time", "desk_label", "OTHER_DAY", "TICKET_SIZES", "INTAKE_OUTCOMES",
    "HALL_PORT",
]

KINDS = ("appointment", "walk_in", "priority")
MODES = ("strict", "interleave")
OTHER_DAY = ("walk_in", "appointment")  # how a letter for another day is served
# a ticket's paper (printing/tickets.py) and an intake's outcomes (services/intake.py): here so
# that `station-app --help` lists them without importing reportlab or the services
TICKET_SIZES = ("58", "80", "a4")
INTAKE_OUTCOMES = ("collected", "missing_documents", "rejected", "referred")
HALL_PORT = 47180  # the TCP port the hall's host laptop serves the shared queue on (services/hall.py)


@dataclass(frozen=True)
class QueueDef:
    code: str  # stable key, e.g. 'appointment'
    prefix: str  # printed before the number, e.g. 'A'
    name: str  # shown and printed (Vietnamese)
    kind: str  # one of KINDS


DEFAULT_QUEUES = (
    QueueDef("appointment", "A", "Có giấy hẹn", "appointment"),
    QueueDef("walk_in", "B", "Không có giấy hẹn", "walk_in"),
    QueueDef("priority", "U", "Ưu tiên (người cao tuổi, khuyết tật, phụ nữ mang thai, trẻ nhỏ)",
             "priority"),
)

WHAT_TO_BRING = (
    "Giấy hẹn (nếu có)",
    "CMND/CCCD cũ (nếu có)",
    "Giấy tờ chứng minh nơi cư trú nếu thông tin chưa khớp",
    "Người dưới 14 tuổi đi cùng cha, mẹ hoặc người giám hộ",
)


def format_number(prefix: str, seq: int) -> str:
    """'A' and 7 -> 'A007' (more digits past 999)."""
    return f"{prefix}{seq:03d}"


_NUMBER = re.compile(r"^([A-Za-z]{1,3})-?0*(\d{1,5})$")


def parse_number(text: str) -> tuple[str, int] | None:
    """'A007', 'a7', 'A-7' -> ('A', 7); None when the text is not a ticket number."""
    m = _NUMBER.match(text.strip())
    return (m[1].upper(), int(m[2])) if m and int(m[2]) > 0 else None


def _local(moment: dt.datetime) -> dt.datetime:
    # a naive time is taken as local time; an aware one is converted to local time
    return moment.astimezone()


def station_day(moment: dt.datetime) -> str:
    """The station-day of a moment: its date in the laptop's local time (not UTC)."""
    return _local(moment).date().isoformat()


def iso(moment: dt.datetime) -> str:
    return _local(moment).isoformat(timespec="milliseconds")


def parse_time(text: str) -> dt.datetime:
    return _local(dt.datetime.fromisoformat(text))


_HHMM = re.compile(r"^(\d{1,2})[:hH](\d{2})")


def slot_time(day: str, slot: str | None) -> str | None:
    """An appointment slot as local ISO time on ``day``: accepts 'HH:MM', 'HH:MM-HH:MM' or an ISO
    date-time; None when the slot says no time."""
    if not slot:
        return None
    slot = slot.strip()
    m = _HHMM.match(slot)
    try:
        if m:
            moment = dt.datetime.fromisoformat(f"{day}T{int(m[1]):02d}:{m[2]}")
        else:
            moment = dt.datetime.fromisoformat(slot)
    except ValueError:
        return None
    return iso(moment)


def desk_label(desk: str) -> str:
    """'2' -> 'Bàn 2' as the display and the voice say it; other names unchanged."""
    return f"Bàn {desk}" if desk.isdigit() else desk


@dataclass(frozen=True)
class Policy:
    mode: str = "strict"
    ratio: int = 2  # interleave: this many priority tickets, then one normal ticket
    window_minutes: int = 15  # an appointment holder is due this long before the slot starts
    other_day: str = "walk_in"  # a letter for another day: one of OTHER_DAY

    def __post_init__(self):
        if self.mode not in MODES:
            raise ValueError(f"order of service must be one of {', '.join(MODES)}, not '{self.mode}'")
        if not 1 <= self.ratio <= 20:
            raise ValueError("the interleave ratio must be between 1 and 20")
        if not 0 <= self.window_minutes <= 240:
            raise ValueError("the appointment window must be between 0 and 240 minutes")
        if self.other_day not in OTHER_DAY:
            raise ValueError(f"a letter for another day is served as one of "
                             f"{', '.join(OTHER_DAY)}, not '{self.other_day}'")

    def describe(self, lang: str = "vi") -> str:
        if lang == "vi":
            first = ("Ưu tiên tuyệt đối: gọi hết số ưu tiên rồi mới đến số thường"
                     if self.mode == "strict" else
                     f"Xen kẽ {self.ratio}:1: cứ {self.ratio} số ưu tiên thì gọi 1 số thường")
            other = ("giấy hẹn ngày khác được phục vụ cùng người không hẹn"
                     if self.other_day == "walk_in" else
                     "giấy hẹn ngày khác được phục vụ như người có hẹn hôm nay")
            return (f"{first}; người có hẹn được gọi từ {self.window_minutes} phút trước giờ hẹn, "
                    f"trước người không hẹn; {other}; trong mỗi hàng, ai đến trước gọi trước.")
        first = ("Strict priority: every priority ticket before any normal ticket"
                 if self.mode == "strict" else
                 f"Interleave {self.ratio}:1: {self.ratio} priority tickets, then one normal")
        other = ("a letter for another day is served with the walk-ins"
                 if self.other_day == "walk_in" else
                 "a letter for another day is served as an appointment due now")
        return (f"{first}; appointment holders are called from {self.window_minutes} minutes "
                f"before their slot, ahead of walk-ins; {other}; within a queue, first come "
                "first served.")


# -- desk actions ---------------------------------------------------------------------------
# action -> (states it applies to, resulting state); None keeps the state.
ACTIONS: dict[str, tuple[frozenset[str], str | None]] = {
    "issue": (frozenset({"new"}), "waiting"),
    "call": (frozenset({"waiting"}), "called"),
    "recall": (frozenset({"called", "serving"}), None),
    "start": (frozenset({"called"}), "serving"),
    "no_show": (frozenset({"called"}), "no_show"),
    "reactivate": (frozenset({"no_show"}), "waiting"),
    "return": (frozenset({"called", "serving"}), "waiting"),
    "transfer": (frozenset({"called", "serving"}), "waiting"),
    "finish": (frozenset({"called", "serving"}), "done"),
}

# the refusal's words, Messages so that the desk says them in Vietnamese too
_STATUS_SAID = {"new": Message("not issued"), "waiting": Message("waiting"),
                "called": Message("being called"), "serving": Message("being served"),
                "no_show": Message("a no-show"), "done": Message("done")}
_ACTION_SAID = {"issue": Message("issued"), "call": Message("called"),
                "recall": Message("recalled"), "start": Message("started"),
                "no_show": Message("marked no-show"), "reactivate": Message("reactivated"),
                "return": Message("returned to the queue"),
                "transfer": Message("transferred"), "finish": Message("finished")}


class InvalidAction(ValueError):
    """A desk action that does not apply to the ticket's state."""


@dataclass(frozen=True)
class TicketState:
    status: str = "new"
    desk: str | None = None  # the desk calling/serving it, or the desk it was transferred to
    queued_at: str | None = None


def apply_action(state: TicketState, action: str, at: str, number: str = "the ticket",
                 desk: str | None = None, to_desk: str | None = None) -> TicketState:
    """The ticket's state after ``action``; InvalidAction (one line) when it does not apply."""
    if action not in ACTIONS:
        raise InvalidAction(f"unknown desk action '{action}'")
    allowed, result = ACTIONS[action]
    if state.status not in allowed:
        raise InvalidAction(Message("{number} is {status}: it cannot be {action}",
                                    number=number, status=_STATUS_SAID[state.status],
                                    action=_ACTION_SAID[action]))
    if action in ("issue", "reactivate", "return"):
        return TicketState("waiting", None, at)
    if action == "transfer":
        if not to_desk:
            raise InvalidAction("a transfer needs the desk to send the ticket to")
        return TicketState("waiting", to_desk, state.queued_at)
    if action == "call":
        return TicketState("called", desk, state.queued_at)
    return replace(state, status=result) if result else state


def replay(events: Iterable[dict]) -> dict[str, TicketState]:
    """The state of every ticket from its events (dicts with ticket_id, action, at, desk,
    to_desk), in their order. This is how a restarted program finds its queue."""
    states: dict[str, TicketState] = {}
    for e in events:
        tid = e["ticket_id"]
        states[tid] = apply_action(states.get(tid, TicketState()), e["action"], e["at"],
                                   tid, e.get("desk"), e.get("to_desk"))
    return states


# -- order of service -----------------------------------------------------------------------
class Waiting(NamedTuple):  # a tuple: a day's waiting list is built on every call
    id: str
    number: str
    kind: str  # the kind of its queue
    queued_at: str
    seq: int
    slot_at: str | None = None
    desk: str | None = None  # transferred to this desk


def _fcfs(t: Waiting) -> tuple:
    return (t.queued_at, t.seq, t.id)


def _normal_order(tickets: Sequence[Waiting], policy: Policy, now: dt.datetime) -> list[Waiting]:
    window = dt.timedelta(minutes=policy.window_minutes)
    due, walk_in, early = [], [], []
    for t in tickets:
        if t.kind == "appointment":
            if t.slot_at is None or parse_time(t.slot_at) - window <= now:
                due.append(t)
            else:
                early.append(t)
        else:
            walk_in.append(t)
    return (sorted(due, key=_fcfs) + sorted(walk_in, key=_fcfs)
            + sorted(early, key=lambda t: (t.slot_at, *_fcfs(t))))


def next_ticket(waiting: Sequence[Waiting], policy: Policy, now: dt.datetime,
                desk: str | None = None, priority_run: int = 0) -> Waiting | None:
    """The ticket ``desk`` calls next. ``priority_run``: priority tickets called (station-wide,
    today) since the last normal ticket, for the interleave policy. ``desk`` None: any desk."""
    now = _local(now)
    if desk is not None:
        mine = [t for t in waiting if t.desk == desk]
        if mine:
            return min(mine, key=_fcfs)
        waiting = [t for t in waiting if t.desk is None]
    priority = sorted((t for t in waiting if t.kind == "priority"), key=_fcfs)
    normal = [t for t in waiting if t.kind != "priority"]
    if not priority:
        return _normal_order(normal, policy, now)[0] if normal else None
    if normal and policy.mode == "interleave" and priority_run >= policy.ratio:
        return _normal_order(normal, policy, now)[0]
    return priority[0]


def service_order(waiting: Sequence[Waiting], policy: Policy, now: dt.datetime,
                  priority_run: int = 0) -> list[Waiting]:
    """Every waiting ticket in the order the desks will call them if nobody else arrives (as
    ``next_ticket`` with no desk, called again and again; in one pass: the priority tickets and
    the normal ones each keep their own order, the policy only interleaves them)."""
    now = _local(now)
    priority = sorted((t for t in waiting if t.kind == "priority"), key=_fcfs)
    normal = _normal_order([t for t in waiting if t.kind != "priority"], policy, now)
    order: list[Waiting] = []
    p = n = 0
    while p < len(priority) or n < len(normal):
        if p == len(priority) or (n < len(normal) and policy.mode == "interleave"
                                  and priority_run >= policy.ratio):
            order.append(normal[n])
            n += 1
            priority_run = 0
        else:
            order.append(priority[p])
            p += 1
            priority_run += 1
    return order
