"""Scanning at the ticket table: a letter's QR text checks the household in and issues its ticket
in the appointment queue; a ticket's code finds the ticket; anything else changes nothing."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from station_app.core.payloads import ticket_payload
from station_app.services import queue as q
from station_app.services.letter_codes import letter_code
from station_app.services.lookup import NotFound, lookup

VN = ZoneInfo("Asia/Ho_Chi_Minh")
DAY = "2025-03-01"


pytestmark = pytest.mark.usefixtures("vietnam_time")


def at(hh: int, mm: int = 0, day: int = 1) -> dt.datetime:
    return dt.datetime(2025, 3, day, hh, mm, tzinfo=VN)


def book(db, household_id: str, day: str, slot: str, status: str = "letter_delivered") -> list:
    """Sessions and appointments as the scheduling issue stores them: one per member."""
    members = [r["id"] for r in db.query("SELECT id FROM residents WHERE household_id = ?",
                                         (household_id,))]
    with db.write() as w:
        session = w.insert("sessions", {
            "station": db.station, "place": "Hội trường UBND xã", "day": day, "opens": "07:00",
            "closes": "11:30", "slot_minutes": 20, "capacity": 12})
        return [w.insert("appointments", {"resident_id": rid, "household_id": household_id,
                                          "session_id": session, "slot": slot, "status": status})
                for rid in members]


def households(db, count: int) -> list[str]:
    return [r["id"] for r in db.query(
        "SELECT household_id AS id FROM residents GROUP BY household_id HAVING COUNT(*) >= 2"
        " ORDER BY household_id LIMIT ?", (count,))]


def test_a_letter_checks_the_household_in_and_issues_its_appointment_ticket(roster_db, lead):
    db = roster_db
    hid, other = households(db, 2)
    booked = book(db, hid, DAY, "07:20")
    later = book(db, hid, "2025-03-08", "09:00")  # another day's appointment stays as it is
    book(db, other, DAY, "07:40")
    found = q.scan(db, letter_code(db, hid, booked[0]) + "\r\n", operator=lead, now=at(7, 0))
    ticket = found["ticket"]
    assert found["kind"] == "letter" and found["new"]
    assert (ticket["number"], ticket["queue"], ticket["household_id"]) == ("A001", "appointment",
                                                                            hid)
    assert ticket["appointment_id"] == booked[0]
    assert ticket["slot_at"].startswith(f"{DAY}T07:20")
    assert sorted(found["checked_in"]) == sorted(booked)
    status = dict(db.conn.execute("SELECT id, status FROM appointments"))
    assert all(status[a] == "checked_in" for a in booked)
    assert all(status[a] == "letter_delivered" for a in later)
    assert db.scalar("SELECT COUNT(*) FROM audit WHERE action = 'household.check_in'") == 1
    # scanning the same letter again gives back the same ticket and changes nothing
    again = q.scan(db, letter_code(db, hid, booked[0]), now=at(7, 1), operator=lead)
    assert not again["new"] and again["ticket"]["id"] == ticket["id"]
    assert db.scalar("SELECT COUNT(*) FROM tickets") == 1
    # a walk-in with an early slot is called after the due appointment
    q.issue_ticket(db, "B", now=at(6, 59), operator=lead)
    assert q.call_next(db, "1", now=at(7, 10), operator=lead)["number"] == "A001"


def test_a_valid_letter_without_an_appointment_today_still_gets_a_linked_ticket(roster_db, lead):
    hid = households(roster_db, 1)[0]
    found = q.scan(roster_db, letter_code(roster_db, hid, None), now=at(7, 0), operator=lead)
    assert found["new"] and found["checked_in"] == []
    assert found["ticket"]["number"] == "A001"
    assert found["ticket"]["household_id"] == hid and found["ticket"]["slot_at"] is None


def test_a_ticket_code_finds_the_ticket(roster_db, lead):
    ticket = q.issue_ticket(roster_db, "U", now=at(7), operator=lead)
    found = q.scan(roster_db, ticket["code"], now=at(7, 5), operator=lead)
    assert found["kind"] == "ticket" and found["ticket"]["id"] == ticket["id"]
    assert ticket["code"] == ticket_payload(ticket["id"])
    assert lookup(roster_db, ticket["code"], operator=lead) == {"kind": "ticket", "record": found["ticket"]}
    assert roster_db.scalar("SELECT COUNT(*) FROM tickets") == 1


@pytest.mark.parametrize("text, message", [
    ("", "nothing was scanned"),
    ("8936012345678", "not a letter or ticket code"),
    ("CCCD1|L|ABCDEFGH0000000001|-|000000", "fails its check"),
    ("CCCD1|L|ABCDEFGH0000000001|-", "malformed letter code"),
    ("CCCD1|X|1|2|3", "unknown kind"),
    ("letter of NOSUCHHOUSEHOLD", "not in this station's roster"),
    (ticket_payload("NOSUCHTICKET"), "ticket is not known here"),
])
def test_an_unknown_or_malformed_code_gets_a_clear_message_and_changes_nothing(
        roster_db, text, message, lead):
    if text.startswith("letter of "):  # a well-signed letter of a household not known here
        text = letter_code(roster_db, text.removeprefix("letter of "), None)
    before = roster_db.scalar("SELECT value FROM meta WHERE key = 'rev'")
    with pytest.raises(ValueError, match=message):
        q.scan(roster_db, text, now=at(7), operator=lead)
    assert roster_db.scalar("SELECT COUNT(*) FROM tickets") == 0
    assert roster_db.scalar("SELECT value FROM meta WHERE key = 'rev'") == before


def test_a_mistyped_letter_code_finds_no_other_household(roster_db, lead):
    first, second = households(roster_db, 2)
    text = letter_code(roster_db, first, None)
    forged = text.replace(first, second)  # one id swapped, the check no longer matches
    with pytest.raises(q.ScanError, match="fails its check"):
        q.scan(roster_db, forged, now=at(7), operator=lead)


def test_lookup_resolves_a_ticket_number_of_today(roster_db, lead):
    q.issue_ticket(roster_db, "B", operator=lead)
    found = lookup(roster_db, "b001", operator=lead)
    assert found["kind"] == "ticket" and found["record"]["number"] == "B001"
    with pytest.raises(NotFound):
        lookup(roster_db, "B002", operator=lead)
