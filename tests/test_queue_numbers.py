"""Ticket numbers: a prefix per queue, a sequence per station-day in local time, never the same
number twice, even from several processes issuing at once."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from collections import Counter
from zoneinfo import ZoneInfo

import pytest

from station_app.core.queueing import format_number, parse_number, station_day
from station_app.services import queue as q
from station_app.services.queue.issuing import write_ticket
from station_app.storage import Database

VN = ZoneInfo("Asia/Ho_Chi_Minh")
UTC = dt.timezone.utc


pytestmark = pytest.mark.usefixtures("vietnam_time")


def test_each_queue_has_its_prefix_and_its_own_sequence(db, lead):
    now = dt.datetime(2025, 3, 1, 7, 0, tzinfo=VN)
    issued = [q.issue_ticket(db, queue, now=now, operator=lead)["number"]
              for queue in ["appointment", "B", "walk_in", "priority", "a", None, "U"]]
    assert issued == ["A001", "B001", "B002", "U001", "A002", "B003", "U002"]
    assert format_number("A", 1234) == "A1234"
    assert parse_number("a7") == ("A", 7) and parse_number("U-012") == ("U", 12)
    assert parse_number("hello") is None and parse_number("A000") is None


def test_station_day_is_the_local_date_not_utc():
    # 23:30 in Vietnam is 16:30 UTC on the same day; 00:30 in Vietnam is still yesterday in UTC
    assert station_day(dt.datetime(2025, 3, 1, 16, 30, tzinfo=UTC)) == "2025-03-01"
    assert station_day(dt.datetime(2025, 3, 1, 17, 30, tzinfo=UTC)) == "2025-03-02"
    assert station_day(dt.datetime(2025, 3, 2, 0, 30)) == "2025-03-02"  # naive = local


def test_numbering_restarts_on_a_new_station_day(db, lead):
    late = dt.datetime(2025, 3, 1, 16, 59, tzinfo=UTC)  # 23:59 local
    first = [q.issue_ticket(db, "B", now=late, operator=lead)["number"] for _ in range(3)]
    after_midnight = dt.datetime(2025, 3, 1, 17, 1, tzinfo=UTC)  # 00:01 local, next day
    again = q.issue_ticket(db, "B", now=after_midnight, operator=lead)
    assert first == ["B001", "B002", "B003"]
    assert again["number"] == "B001" and again["station_day"] == "2025-03-02"
    assert again["issued_at"].startswith("2025-03-02T00:01")
    # yesterday's numbers are kept, today's start again
    days = db.query("SELECT station_day, COUNT(*) AS n FROM tickets GROUP BY station_day")
    assert days == [{"station_day": "2025-03-01", "n": 3}, {"station_day": "2025-03-02", "n": 1}]


def test_a_rolled_back_transaction_takes_no_number(db, lead):
    now = dt.datetime(2025, 3, 1, 7, 0, tzinfo=VN)
    with pytest.raises(RuntimeError):
        with db.write() as w:
            write_ticket(w, db, q.find_queue(db, "B"), now)
            raise RuntimeError("power cut before commit")
    assert q.issue_ticket(db, "B", now=now, operator=lead)["number"] == "B001"
    assert db.scalar("SELECT COUNT(*) FROM ticket_events") == 1


def test_an_unknown_queue_is_refused_with_the_choices(db, lead):
    with pytest.raises(q.QueueError, match="no queue 'Z'.*walk_in \\(B\\)"):
        q.issue_ticket(db, "Z", operator=lead)
    assert db.scalar("SELECT COUNT(*) FROM tickets") == 0


def test_a_station_configures_its_own_queues(db, lead):
    now = dt.datetime(2025, 3, 1, 7, 0, tzinfo=VN)
    q.configure_queue(db, "children", "C", "Trẻ em dưới 14 tuổi", "priority", operator=lead)
    assert [x.prefix for x in q.station_queues(db)] == ["A", "B", "U", "C"]
    assert q.issue_ticket(db, "children", now=now, operator=lead)["number"] == "C001"
    assert q.issue_ticket(db, "U", now=now, operator=lead)["number"] == "U001"
    with pytest.raises(q.QueueError, match="prefix A is already used"):
        q.configure_queue(db, "other", "A", "Khác", "walk_in", operator=lead)
    q.configure_queue(db, "priority", "U", "Ưu tiên", "priority", active=False, operator=lead)
    assert [x.code for x in q.station_queues(db)] == ["appointment", "walk_in", "children"]
    with pytest.raises(q.QueueError):
        q.issue_ticket(db, "U", now=now, operator=lead)
    assert db.scalar("SELECT operator FROM audit WHERE action = 'queue.configure'"
                     " ORDER BY rev LIMIT 1") == lead.name


_ISSUER = textwrap.dedent("""
    import sys
    from station_app.services.operators import find_operator
    from station_app.services import queue as q
    from station_app.storage import Database
    db = Database.open(sys.argv[1])
    lead = find_operator(db, "Trưởng trạm")
    queues = sys.argv[3].split(",")
    for i in range(int(sys.argv[2])):
        t = q.issue_ticket(db, queues[i % len(queues)], operator=lead)
        print(t["number"], flush=True)
""")


def test_concurrent_processes_never_issue_the_same_number(db_path):
    per_process, processes = 40, 4
    procs = [subprocess.Popen([sys.executable, "-c", _ISSUER, str(db_path), str(per_process),
                               "B" if i % 2 else "B,U"], stdout=subprocess.PIPE, text=True)
             for i in range(processes)]
    printed = []
    for p in procs:
        out, _ = p.communicate(timeout=120)
        assert p.returncode == 0
        printed += out.split()
    assert len(printed) == per_process * processes
    assert len(set(printed)) == len(printed), Counter(printed).most_common(3)
    db = Database.open(db_path)
    rows = db.query("SELECT queue, seq, number FROM tickets ORDER BY queue, seq")
    assert sorted(r["number"] for r in rows) == sorted(printed)
    for queue in ("walk_in", "priority"):
        seqs = [r["seq"] for r in rows if r["queue"] == queue]
        assert seqs == list(range(1, len(seqs) + 1))  # no gaps, no repeats
    events = db.query("SELECT seq FROM ticket_events ORDER BY seq")
    assert [e["seq"] for e in events] == list(range(1, len(printed) + 1))
    db.close()


_CALLER = textwrap.dedent("""
    import sys
    from station_app.services.operators import find_operator
    from station_app.services import queue as q
    from station_app.storage import Database
    db = Database.open(sys.argv[1])
    lead = find_operator(db, "Trưởng trạm")
    desk = sys.argv[2]
    while (t := q.call_next(db, desk, operator=lead)) is not None:
        print(t["number"], flush=True)
        q.finish(db, desk, operator=lead)
""")


def test_desks_calling_at_once_never_call_the_same_ticket(db_path, lead):
    db = Database.open(db_path)
    for _ in range(60):
        q.issue_ticket(db, "B", operator=lead)
    procs = [subprocess.Popen([sys.executable, "-c", _CALLER, str(db_path), desk],
                              stdout=subprocess.PIPE, text=True) for desk in ("1", "2", "3")]
    called = []
    for p in procs:
        out, _ = p.communicate(timeout=120)
        assert p.returncode == 0
        called += out.split()
    assert sorted(called) == [f"B{i:03d}" for i in range(1, 61)]
    assert db.scalar("SELECT COUNT(*) FROM tickets WHERE status = 'done'") == 60
    assert db.scalar("SELECT COUNT(*) FROM ticket_events WHERE action = 'call'") == 60
    db.close()
