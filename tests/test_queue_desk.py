"""Desk actions: each one is a stored event; the now-serving display, the statistics and a
reopened database read the same events."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from station_app.core.queueing import TicketState, replay
from station_app.core.sqlite import sqlite3
from station_app.services import queue as q
from station_app.services.operators import find_operator
from station_app.storage import Database

VN = ZoneInfo("Asia/Ho_Chi_Minh")


pytestmark = pytest.mark.usefixtures("vietnam_time")


def at(hh: int, mm: int = 0, ss: int = 0) -> dt.datetime:
    return dt.datetime(2025, 3, 1, hh, mm, ss, tzinfo=VN)


def events(db, number: str) -> list[tuple]:
    return [(e["action"], e["desk"], e["to_desk"], e["operator"]) for e in db.query(
        "SELECT e.action, e.desk, e.to_desk, e.operator FROM ticket_events e"
        " JOIN tickets t ON t.id = e.ticket_id WHERE t.number = ? ORDER BY e.seq", (number,))]


def table_state(db) -> dict[str, TicketState]:
    return {r["id"]: TicketState(r["status"], r["desk"], r["queued_at"])
            for r in db.query("SELECT id, status, desk, queued_at FROM tickets")}


def test_every_desk_action_is_a_stored_event(db, lead, staff, volunteer):
    minh = find_operator(db, "Cán bộ Minh")  # the second desk's staff
    b1 = q.issue_ticket(db, "B", operator=volunteer, now=at(7, 0))
    q.issue_ticket(db, "B", operator=volunteer, now=at(7, 1))
    assert q.call_next(db, "1", operator=staff, now=at(7, 5))["number"] == "B001"
    assert q.recall(db, "1", operator=staff, now=at(7, 6))["status"] == "called"
    assert q.start(db, "1", operator=staff, now=at(7, 7))["status"] == "serving"
    moved = q.transfer(db, "1", "2", operator=staff, now=at(7, 10))
    assert (moved["status"], moved["desk"]) == ("waiting", "2")
    # desk 2 takes the transferred ticket before the queue; desk 1 does not see it
    assert q.call_next(db, "1", operator=staff, now=at(7, 11))["number"] == "B002"
    assert q.call_next(db, "2", operator=minh, now=at(7, 11))["number"] == "B001"
    assert q.return_to_queue(db, "2", operator=minh, now=at(7, 12))["status"] == "waiting"
    assert q.no_show(db, "1", operator=staff, now=at(7, 13))["status"] == "no_show"
    assert q.reactivate(db, "B002", operator=lead, now=at(7, 20))["status"] == "waiting"
    assert q.call_ticket(db, "2", "B002", operator=minh, now=at(7, 21))["desk"] == "2"
    assert q.finish(db, "2", operator=minh, now=at(7, 30))["status"] == "done"
    vol, lan, mi = volunteer.name, staff.name, minh.name
    assert events(db, "B001") == [
        ("issue", None, None, vol), ("call", "1", None, lan), ("recall", "1", None, lan),
        ("start", "1", None, lan), ("transfer", "1", "2", lan), ("call", "2", None, mi),
        ("return", "2", None, mi)]
    assert events(db, "B002") == [
        ("issue", None, None, vol), ("call", "1", None, lan), ("no_show", "1", None, lan),
        ("reactivate", None, None, lead.name), ("call", "2", None, mi),
        ("finish", "2", None, mi)]
    # the returned ticket went to the back of its queue
    assert db.scalar("SELECT queued_at FROM tickets WHERE id = ?", (b1["id"],)).startswith(
        "2025-03-01T07:12")
    # the ticket rows are exactly what their events replay to, and every action is audited
    assert replay(db.query("SELECT * FROM ticket_events ORDER BY seq")) == table_state(db)
    assert db.scalar("SELECT COUNT(*) FROM audit WHERE action LIKE 'ticket.%'") == 13


def test_actions_that_do_not_apply_are_refused_and_change_nothing(db, lead):
    q.issue_ticket(db, "B", now=at(7), operator=lead)
    b2 = q.issue_ticket(db, "B", now=at(7), operator=lead)
    before = db.scalar("SELECT COUNT(*) FROM ticket_events")
    with pytest.raises(q.QueueError, match="Bàn 1 has no ticket called"):
        q.recall(db, "1", now=at(7, 1), operator=lead)
    with pytest.raises(q.QueueError, match="desk is needed"):
        q.call_next(db, " ", now=at(7, 1), operator=lead)
    q.call_next(db, "1", now=at(7, 2), operator=lead)
    with pytest.raises(q.DeskBusy, match="Bàn 1 is still serving B001"):
        q.call_next(db, "1", now=at(7, 3), operator=lead)
    with pytest.raises(q.QueueError, match="not the same one"):
        q.transfer(db, "1", "1", now=at(7, 3), operator=lead)
    with pytest.raises(q.InvalidAction, match="B001 is being called: it cannot be called"):
        q.call_ticket(db, "2", "B001", now=at(7, 3), operator=lead)
    with pytest.raises(q.InvalidAction, match="B002 is waiting: it cannot be reactivated"):
        q.reactivate(db, "B002", now=at(7, 3), operator=lead)
    q.start(db, "1", now=at(7, 4), operator=lead)
    with pytest.raises(q.InvalidAction, match="B001 is being served: it cannot be marked no-show"):
        q.no_show(db, "1", now=at(7, 5), operator=lead)
    with pytest.raises(q.TicketNotFound):
        q.call_ticket(db, "2", "B099", now=at(7, 5), operator=lead)
    tomorrow = at(7, 5) + dt.timedelta(days=1)
    with pytest.raises(q.TicketNotFound, match="no ticket 'B002' today"):
        q.call_ticket(db, "2", "B002", now=tomorrow, operator=lead)
    with pytest.raises(q.QueueError, match="B002 is a ticket of 2025-03-01 .* not of today"):
        q.call_ticket(db, "2", b2["code"], now=tomorrow, operator=lead)
    assert db.scalar("SELECT COUNT(*) FROM ticket_events") == before + 2


def test_now_serving_display_reads_the_calls(db, lead):
    for minute in range(4):
        q.issue_ticket(db, "B", now=at(7, minute), operator=lead)
    shown = q.now_serving(db, now=at(7, 5))
    assert shown["desks"] == [] and shown["last_call"] is None and shown["waiting"] == 4
    q.call_next(db, "1", now=at(7, 10), operator=lead)
    q.call_next(db, "2", now=at(7, 11), operator=lead)
    shown = q.now_serving(db, now=at(7, 12))
    assert [(d["number"], d["desk_label"]) for d in shown["desks"]] == [
        ("B002", "Bàn 2"), ("B001", "Bàn 1")]
    chime = shown["last_call"]["seq"]
    q.recall(db, "1", now=at(7, 13), operator=lead)
    shown = q.now_serving(db, now=at(7, 13))
    assert shown["last_call"]["number"] == "B001" and shown["last_call"]["recall"]
    assert shown["last_call"]["seq"] > chime  # the display chimes again
    assert shown["last_call"]["announcement"] == "Mời số B001 đến Bàn 1"
    assert shown["desks"][0]["number"] == "B001"
    q.finish(db, "1", now=at(7, 20), operator=lead)
    q.call_next(db, "1", now=at(7, 21), operator=lead)
    q.no_show(db, "2", now=at(7, 22), operator=lead)
    shown = q.now_serving(db, now=at(7, 22))
    assert [(d["number"], d["desk"]) for d in shown["desks"]] == [("B003", "1")]
    assert [c["number"] for c in shown["recent"]] == ["B003", "B002", "B001"]
    assert shown["waiting"] == 1


def test_a_reopened_database_finds_each_desk_ticket_from_the_events(db_path, lead):
    db = Database.open(db_path)
    for minute in range(5):
        q.issue_ticket(db, "B" if minute % 2 else "U", now=at(7, minute), operator=lead)
    q.call_next(db, "1", now=at(7, 10), operator=lead)
    q.start(db, "1", now=at(7, 11), operator=lead)
    q.call_next(db, "2", now=at(7, 12), operator=lead)
    before = q.queue_status(db, now=at(7, 13))
    db.close()

    db = Database.open(db_path)  # the program restarted
    assert q.desk_current(db, "1", now=at(7, 13))["number"] == "U001"
    assert q.desk_current(db, "1", now=at(7, 13))["status"] == "serving"
    assert q.desk_current(db, "2", now=at(7, 13))["number"] == "U002"
    assert q.desk_current(db, "3", now=at(7, 13)) is None
    assert q.queue_status(db, now=at(7, 13)) == before
    # the display does not depend on the ticket rows' status: it replays the events
    assert q.day_state(db, "2025-03-01") == table_state(db)
    db.close()


def test_ticket_events_are_synced_rows_that_cannot_be_changed_behind_the_writer(db, lead):
    q.issue_ticket(db, "B", now=at(7), operator=lead)
    row = db.one("SELECT id, rev, ver FROM ticket_events")
    assert row["rev"] >= 1 and row["ver"]
    with pytest.raises(sqlite3.DatabaseError, match="bypasses change recording"):
        db.conn.execute("UPDATE ticket_events SET action = 'finish'")
    with pytest.raises(sqlite3.DatabaseError, match="bypasses change recording"):
        db.conn.execute("UPDATE tickets SET status = 'done'")


def test_statistics_of_a_scripted_day(db, lead):
    # 07:00 A001 (appointment), 07:02 U001, 07:05 B001, 08:10 B002
    a1 = q.issue_ticket(db, "A", now=at(7, 0), operator=lead)
    q.issue_ticket(db, "U", now=at(7, 2), operator=lead)
    q.issue_ticket(db, "B", now=at(7, 5), operator=lead)
    q.issue_ticket(db, "B", now=at(8, 10), operator=lead)
    # desk 1: U001 called 07:06, arrives 07:07, done 07:15
    assert q.call_next(db, "1", now=at(7, 6), operator=lead)["number"] == "U001"
    q.start(db, "1", now=at(7, 7), operator=lead)
    q.finish(db, "1", now=at(7, 15), operator=lead)
    # desk 2: A001 called 07:10 (waited 10 min), arrives 07:12, done 07:30
    assert q.call_next(db, "2", now=at(7, 10), operator=lead)["number"] == "A001"
    q.start(db, "2", now=at(7, 12), operator=lead)
    q.finish(db, "2", now=at(7, 30), operator=lead)
    # desk 1: B001 called 07:25 (waited 20 min) and never came
    assert q.call_next(db, "1", now=at(7, 25), operator=lead)["number"] == "B001"
    q.no_show(db, "1", now=at(7, 28), operator=lead)
    stats = q.statistics(db, now=at(8, 30))
    assert (stats["issued"], stats["served"], stats["no_show"], stats["waiting_now"]) == (
        4, 2, 1, 1)
    assert stats["longest_wait"] == {"number": "B002", "minutes": 20.0}
    assert stats["by_queue"]["priority"]["waiting"] == {
        "count": 1, "mean": 4.0, "median": 4.0, "max": 4.0}
    assert stats["by_queue"]["appointment"]["walking"]["mean"] == 2.0
    assert stats["by_queue"]["appointment"]["service"]["mean"] == 18.0
    assert stats["by_queue"]["walk_in"]["no_show"] == 1
    desk1, desk2 = stats["by_desk"]["1"], stats["by_desk"]["2"]
    assert (desk1["tickets"], desk1["served"], desk1["no_show"]) == (2, 1, 1)
    assert desk1["service"]["mean"] == 8.0 and desk2["service"]["mean"] == 18.0
    assert desk1["waiting"]["mean"] == 12.0  # U001 4 min, B001 20 min
    assert stats["by_hour"]["07"]["tickets"] == 3 and stats["by_hour"]["08"]["tickets"] == 1
    assert stats["by_hour"]["07"]["waiting"]["mean"] == round((10 + 4 + 20) / 3, 1)
    # the same figures after a reopen: they come from stored events
    assert q.statistics(db, "2025-03-01", now=at(8, 30)) == stats
    assert q.find_ticket(db, a1["code"])["status"] == "done"
