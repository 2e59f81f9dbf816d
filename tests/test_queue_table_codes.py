"""The ticket table without a working QR: a household code or a member's ID typed (or scanned
from the letter's printed code) checks the household in as its letter would; a letter's stub
is the letter; anything else is said to be neither. A letter for another day is said so and
served by the station's policy (with the walk-ins unless set otherwise)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from test_queue_scan import at, book, households

from station_app.services import floor
from station_app.services import queue as q
from station_app.services.letter_codes import letter_code

VN = ZoneInfo("Asia/Ho_Chi_Minh")
DAY = "2025-03-01"

pytestmark = pytest.mark.usefixtures("vietnam_time")


def _household(db, hid: str) -> dict:
    return db.one("SELECT id, code FROM households WHERE id = ?", (hid,))


def test_a_household_code_or_a_members_id_checks_in_like_the_letter(roster_db, volunteer):
    db = roster_db
    first, second, third = households(db, 3)
    booked = book(db, first, DAY, "07:20")
    code = _household(db, first)["code"]
    found = floor.at_table(db, f" {code.lower()} ", now=at(7, 0), operator=volunteer)
    assert found["kind"] == "letter" and found["new"] and found["other_day"] is None
    ticket = found["ticket"]
    assert (ticket["number"], ticket["household_id"]) == ("A001", first)
    assert ticket["slot_at"].startswith(f"{DAY}T07:20")
    assert sorted(found["checked_in"]) == sorted(booked)
    # typed again (or its letter scanned): the same ticket
    assert floor.at_table(db, code, now=at(7, 1),
                          operator=volunteer)["ticket"]["id"] == ticket["id"]
    assert floor.at_table(db, letter_code(db, first, booked[0]),
                          now=at(7, 1), operator=volunteer)["ticket"]["id"] == ticket["id"]
    # a member's personal ID, or old ID, checks their household in
    book(db, second, DAY, "07:40")
    pid = db.scalar("SELECT personal_id FROM residents WHERE household_id = ?"
                    " AND personal_id IS NOT NULL", (second,))
    by_id = floor.at_table(db, pid, now=at(7, 2), operator=volunteer)
    assert by_id["new"] and by_id["ticket"]["household_id"] == second
    assert by_id["ticket"]["number"] == "A002"
    old = db.one("SELECT household_id, old_id FROM residents WHERE old_id IS NOT NULL"
                 " AND household_id NOT IN (?, ?) LIMIT 1", (first, second))
    assert floor.at_table(db, old["old_id"], now=at(7, 3), operator=volunteer)["ticket"][
        "household_id"] == old["household_id"]
    # the letter's stub carries the letter's code: scanned at the table it is the letter
    booked3 = book(db, third, DAY, "08:00")
    stub = letter_code(db, third, booked3[0])
    by_stub = floor.at_table(db, stub, now=at(7, 4), operator=volunteer)
    assert by_stub["new"] and by_stub["ticket"]["household_id"] == third
    assert by_stub["ticket"]["queue"] == "appointment"
    # a ticket number still finds the ticket
    assert floor.at_table(db, "a1", now=at(7, 5),
                          operator=volunteer)["ticket"]["id"] == ticket["id"]


def test_garbage_is_neither_a_letter_nor_a_ticket(roster_db, volunteer):
    tickets = roster_db.scalar("SELECT COUNT(*) FROM tickets")
    for text in ("xin chao!", "12345", "HK-nope-0"):
        with pytest.raises(floor.NotACode, match="neither a letter nor a ticket"):
            floor.at_table(roster_db, text, now=at(7, 0), operator=volunteer)
    with pytest.raises(q.TicketNotFound):  # looks like a ticket number: no such ticket
        floor.at_table(roster_db, "Q9", now=at(7, 0), operator=volunteer)
    assert roster_db.scalar("SELECT COUNT(*) FROM tickets") == tickets


def test_a_letter_for_another_day_is_said_and_served_with_the_walk_ins(roster_db, volunteer,
                                                                        staff):
    db = roster_db
    early, late, today = households(db, 3)
    later = book(db, early, "2025-03-08", "09:00")
    book(db, late, "2025-02-22", "14:20", status="letter_delivered")
    book(db, today, DAY, "07:20")
    walk_in = q.issue_ticket(db, "walk_in", operator=volunteer, now=at(7, 0))
    found = floor.at_table(db, letter_code(db, early, later[0]), now=at(7, 5), operator=volunteer)
    assert found["new"] and found["other_day"]["day"] == "2025-03-08"
    assert found["other_day"]["slot"] == "09:00" and found["other_day"]["early"]
    assert found["other_day"]["place"] == "Hội trường UBND xã"
    assert found["ticket"]["queue"] == "walk_in" and found["ticket"]["household_id"] == early
    status = dict(db.conn.execute("SELECT id, status FROM appointments"))
    assert all(status[a] == "letter_delivered" for a in later)  # still due on its own day
    gone = floor.at_table(db, letter_code(db, late, None), now=at(7, 6), operator=volunteer)
    assert gone["other_day"]["day"] == "2025-02-22" and not gone["other_day"]["early"]
    booked = floor.at_table(db, letter_code(db, today, None), now=at(7, 7), operator=volunteer)
    assert booked["other_day"] is None
    # due appointment first, then the walk-ins by arrival, the other-day letters among them
    order = [q.call_next(db, str(d), operator=staff, now=at(7, 10))["number"]
             for d in range(1, 5)]
    assert order == [booked["ticket"]["number"], walk_in["number"],
                     found["ticket"]["number"], gone["ticket"]["number"]]


def test_a_station_may_serve_other_day_letters_as_appointments(roster_db, volunteer, staff,
                                                                lead):
    db = roster_db
    policy = q.set_policy(db, "strict", other_day="appointment", operator=lead)
    assert q.get_policy(db).other_day == "appointment"
    assert "another day is served as an appointment" in policy.describe("en")
    hid = households(db, 1)[0]
    later = book(db, hid, "2025-03-08", "09:00")
    walk_in = q.issue_ticket(db, "walk_in", operator=volunteer, now=at(7, 0))
    found = floor.at_table(db, letter_code(db, hid, later[0]), now=at(7, 5), operator=volunteer)
    assert found["other_day"]["early"] and found["ticket"]["queue"] == "appointment"
    assert q.call_next(db, "1", operator=staff, now=dt.datetime(2025, 3, 1, 7, 6, tzinfo=VN))[
        "number"] == found["ticket"]["number"]
    assert q.call_next(db, "2", operator=staff, now=at(7, 6))["number"] == walk_in["number"]
    with pytest.raises(ValueError, match="another day"):
        q.set_policy(db, "strict", other_day="sometimes", operator=lead)
