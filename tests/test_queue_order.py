"""The order of service: each policy serves in the documented order (core rules), and the desks
of a station follow it through the service (the interleave count is read from stored events)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from station_app.core.queueing import Policy, Waiting, next_ticket, service_order
from station_app.services import queue as q

VN = ZoneInfo("Asia/Ho_Chi_Minh")


pytestmark = pytest.mark.usefixtures("vietnam_time")


def at(hh: int, mm: int = 0) -> dt.datetime:
    return dt.datetime(2025, 3, 1, hh, mm, tzinfo=VN)


def w(number: str, kind: str, queued: dt.datetime, slot: dt.datetime | None = None,
      desk: str | None = None) -> Waiting:
    return Waiting(number, number, kind, queued.isoformat(timespec="milliseconds"),
                   int(number[1:]), slot.isoformat(timespec="milliseconds") if slot else None,
                   desk)


def numbers(tickets) -> list[str]:
    return [t.number for t in tickets]


def test_strict_priority_then_due_appointments_then_walk_ins_then_early_appointments():
    waiting = [
        w("B001", "walk_in", at(7, 0)),
        w("A001", "appointment", at(6, 50), slot=at(7, 20)),  # due from 07:05
        w("U001", "priority", at(7, 5)),
        w("A002", "appointment", at(7, 1), slot=at(9, 0)),  # came two hours early
        w("B002", "walk_in", at(7, 2)),
        w("U002", "priority", at(7, 8)),
        w("A003", "appointment", at(7, 3)),  # checked in without an appointment today
    ]
    order = service_order(waiting, Policy("strict", window_minutes=15), at(7, 10))
    assert numbers(order) == ["U001", "U002", "A001", "A003", "B001", "B002", "A002"]


def test_an_appointment_holder_is_not_due_before_the_window():
    waiting = [w("B001", "walk_in", at(7, 0)),
               w("A001", "appointment", at(6, 50), slot=at(7, 20))]
    assert next_ticket(waiting, Policy(window_minutes=15), at(7, 4)).number == "B001"
    assert next_ticket(waiting, Policy(window_minutes=15), at(7, 5)).number == "A001"
    assert next_ticket(waiting, Policy(window_minutes=30), at(7, 4)).number == "A001"
    # nobody else waiting: the early appointment holder is served rather than a desk idling
    assert next_ticket(waiting[1:], Policy(window_minutes=15), at(7, 0)).number == "A001"


def test_interleave_two_to_one():
    waiting = ([w(f"U00{i}", "priority", at(7, i)) for i in range(1, 6)]
               + [w(f"B00{i}", "walk_in", at(6, 50 + i)) for i in range(1, 4)])
    order = service_order(waiting, Policy("interleave", ratio=2), at(7, 30))
    assert numbers(order) == ["U001", "U002", "B001", "U003", "U004", "B002", "U005", "B003"]
    one_to_one = service_order(waiting, Policy("interleave", ratio=1), at(7, 30))
    assert numbers(one_to_one) == ["U001", "B001", "U002", "B002", "U003", "B003",
                                   "U004", "U005"]


def test_interleave_continues_from_the_priority_calls_already_made():
    waiting = [w("U003", "priority", at(7, 3)), w("B001", "walk_in", at(7, 0))]
    policy = Policy("interleave", ratio=2)
    assert next_ticket(waiting, policy, at(8), priority_run=2).number == "B001"
    assert next_ticket(waiting, policy, at(8), priority_run=1).number == "U003"
    assert next_ticket(waiting, Policy("strict"), at(8), priority_run=5).number == "U003"


def test_first_come_first_served_within_a_queue_by_time_in_the_queue():
    # B001 was returned to the queue at 07:30: it now waits behind B002 and B003
    waiting = [w("B001", "walk_in", at(7, 30)), w("B003", "walk_in", at(7, 10)),
               w("B002", "walk_in", at(7, 5))]
    assert numbers(service_order(waiting, Policy(), at(8))) == ["B002", "B003", "B001"]


def test_a_transferred_ticket_goes_to_its_desk_first_and_only_there():
    waiting = [w("U001", "priority", at(7, 0)), w("B001", "walk_in", at(7, 5), desk="2")]
    assert next_ticket(waiting, Policy(), at(8), desk="2").number == "B001"
    assert next_ticket(waiting, Policy(), at(8), desk="1").number == "U001"
    assert next_ticket(waiting[1:], Policy(), at(8), desk="1") is None


def test_policy_is_validated_and_described():
    with pytest.raises(ValueError, match="order of service"):
        Policy("random")
    with pytest.raises(ValueError, match="ratio"):
        Policy("interleave", ratio=0)
    assert "3:1" in Policy("interleave", ratio=3).describe("vi")
    assert "Strict priority" in Policy().describe("en")


def test_desks_follow_the_policy_in_force(db, lead):
    assert q.get_policy(db) == Policy()  # strict by default
    q.set_policy(db, "interleave", ratio=2, operator=lead)
    assert q.get_policy(db) == Policy("interleave", 2, 15)
    for minute, queue in enumerate(["B", "B", "U", "U", "U", "U"]):
        q.issue_ticket(db, queue, now=at(7, minute), operator=lead)
    called = []
    for i in range(6):
        desk = "1" if i % 2 == 0 else "2"  # the count of priority calls is station-wide
        ticket = q.call_next(db, desk, now=at(8, i), operator=lead)
        called.append(ticket["number"])
        q.finish(db, desk, now=at(8, i), operator=lead)
    assert called == ["U001", "U002", "B001", "U003", "U004", "B002"]
    assert q.call_next(db, "1", now=at(9), operator=lead) is None
    status = q.queue_status(db, now=at(9))
    assert status["policy"]["mode"] == "interleave" and "2:1" in status["policy"]["description"]


def test_queue_status_lists_who_is_next_in_service_order(db, lead):
    q.issue_ticket(db, "B", now=at(7, 0), operator=lead)
    q.issue_ticket(db, "U", now=at(7, 1), operator=lead)
    q.issue_ticket(db, "B", now=at(7, 2), operator=lead)
    status = q.queue_status(db, now=at(7, 10))
    assert status["next"] == ["U001", "B001", "B002"]
    assert {x["prefix"]: x["waiting"] for x in status["queues"]} == {"A": 0, "B": 2, "U": 1}
    assert status["longest_wait"] == {"number": "B001", "minutes": 10.0}
    ticket = q.find_ticket(db, "B002", now=at(7, 10))
    assert q.people_ahead(db, ticket["id"], now=at(7, 10)) == 2
