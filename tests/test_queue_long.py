"""Desk actions under a long queue (SPEC §7: ≤ 5 ms with 2,050 waiting): each reads about as
much of the database with 2,000 people waiting as with 20 (counted in SQLite's own steps, so
the test does not depend on the machine's speed), and call next still follows the order of
service exactly."""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

import pytest

from station_app.core.queueing import service_order
from station_app.services import queue as q
from station_app.services.queue.desk import priority_run, waiting_tickets
from station_app.services.queue.issuing import write_ticket
from station_app.services.queue.queues import all_queues

VN = ZoneInfo("Asia/Ho_Chi_Minh")

pytestmark = pytest.mark.usefixtures("vietnam_time")


def at(hh: int, mm: int = 0, ss: int = 0) -> dt.datetime:
    return dt.datetime(2025, 3, 1, hh, mm, ss, tzinfo=VN)


def _fill(db, count: int, seed: int = 1,
          kinds=("appointment", "walk_in", "walk_in", "priority")) -> None:
    """``count`` waiting tickets of every queue, the appointments with a slot."""
    rng = random.Random(seed)
    queues = {x.code: x for x in q.station_queues(db)}
    with db.write() as w:
        for i in range(count):
            code = rng.choice(kinds)
            slot = (at(7 + rng.randrange(4), rng.choice([0, 20, 40])).isoformat(
                timespec="milliseconds") if code == "appointment" else None)
            write_ticket(w, db, queues[code], at(6, i // 60 % 60, i % 60), slot_at=slot)


def _steps(db, action) -> int:
    """SQLite virtual-machine steps (in hundreds) that ``action()`` takes."""
    count = [0]

    def step() -> int:
        count[0] += 1
        return 0

    db.conn.set_progress_handler(step, 100)
    try:
        action()
    finally:
        db.conn.set_progress_handler(None, 0)
    return count[0]


def _desk_actions(db, now, staff) -> dict[str, int]:
    steps = {
        "call next": _steps(db, lambda: q.call_next(db, "1", operator=staff, now=now)),
        "recall": _steps(db, lambda: q.recall(db, "1", operator=staff, now=now)),
        "return": _steps(db, lambda: q.return_to_queue(db, "1", operator=staff, now=now)),
    }
    q.call_next(db, "1", operator=staff, now=now)
    steps["no-show"] = _steps(db, lambda: q.no_show(db, "1", operator=staff, now=now))
    q.call_next(db, "1", operator=staff, now=now)
    steps["transfer"] = _steps(db, lambda: q.transfer(db, "1", "2", operator=staff, now=now))
    steps["call transferred"] = _steps(db, lambda: q.call_next(db, "2", operator=staff, now=now))
    steps["finish"] = _steps(db, lambda: q.finish(db, "2", operator=staff, now=now))
    steps["desk current"] = _steps(db, lambda: q.desk_current(db, "2", now=now))
    return steps


def test_each_desk_action_reads_as_much_with_2000_waiting_as_with_20(db_path, staff):
    from station_app.storage import Database

    short, long = db_path, db_path.with_name("long.sqlite3")
    Database.create(long, "XA01", "Trạm").close()
    measured = []
    for path, count in ((short, 20), (long, 2000)):
        db = Database.open(path)
        _fill(db, count)
        measured.append(_desk_actions(db, at(8), staff))
        db.close()
    for action, few in measured[0].items():
        assert measured[1][action] <= few * 1.5 + 10, (action, few, measured[1][action])


@pytest.mark.parametrize("kinds", [("appointment", "walk_in", "walk_in", "priority"),
                                   ("appointment", "appointment", "priority")])
def test_call_next_follows_the_order_of_service(db, kinds, staff, lead):
    _fill(db, 300, seed=5, kinds=kinds)  # without walk-ins, early appointments are called too
    for mode in ("strict", "interleave"):
        q.set_policy(db, mode, ratio=2, operator=lead)
        for now in [at(6, 30), at(6, 40)] + [at(7, minute) for minute in range(0, 40, 4)]:
            day = "2025-03-01"
            queues = all_queues(db)
            expected = service_order(waiting_tickets(db, day, queues), q.get_policy(db), now,
                                     priority_run(db, day, queues))
            called = q.call_next(db, "1", operator=staff, now=now)
            assert called["id"] == expected[0].id
            q.finish(db, "1", operator=staff, now=now)


def test_service_order_is_the_next_ticket_again_and_again():
    from station_app.core.queueing import Policy, Waiting, next_ticket

    rng = random.Random(3)
    waiting = [Waiting(f"t{i}", f"N{i}", rng.choice(["appointment", "walk_in", "priority"]),
                       at(6, i % 60).isoformat(), i,
                       at(7, rng.randrange(60)).isoformat() if rng.random() < 0.5 else None)
               for i in range(200)]
    for policy in (Policy("strict"), Policy("interleave", ratio=2), Policy("interleave", ratio=1)):
        for run in (0, 1, 3):
            left, expected, r = list(waiting), [], run
            while left:
                t = next_ticket(left, policy, at(7, 20), None, r)
                expected.append(t)
                left.remove(t)
                r = r + 1 if t.kind == "priority" else 0
            assert service_order(waiting, policy, at(7, 20), run) == expected
