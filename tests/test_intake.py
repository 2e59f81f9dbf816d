"""Intake at the desk: outcomes per resident, the duplicate warning (here or at another station),
corrections that keep the history, and a person added on the spot."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from station_app.services import intake as ik
from station_app.services import queue as q

VN = ZoneInfo("Asia/Ho_Chi_Minh")


pytestmark = pytest.mark.usefixtures("vietnam_time")


def at(hh: int, mm: int = 0, day: int = 1) -> dt.datetime:
    return dt.datetime(2025, 3, day, hh, mm, tzinfo=VN)


def household(db) -> tuple[str, list[str]]:
    hid = db.scalar("SELECT household_id FROM residents GROUP BY household_id"
                    " HAVING COUNT(*) >= 3 ORDER BY household_id LIMIT 1")
    return hid, [r for (r,) in db.conn.execute(
        "SELECT id FROM residents WHERE household_id = ? ORDER BY sort_key", (hid,))]


def test_each_member_of_a_ticket_household_gets_an_outcome(roster_db, lead, staff):
    db = roster_db
    hid, members = household(db)
    ticket = q.issue_ticket(db, "A", household_id=hid, now=at(7), operator=lead)
    q.call_next(db, "2", now=at(7, 15), operator=lead)
    first = ik.record_intake(db, members[0], "collected", ticket_id=ticket["id"],
                             operator=staff, now=at(7, 17))
    assert (first["desk"], first["operator"], first["station"]) == ("2", "Cán bộ Lan", "XA01")
    # recording on a ticket that was only called starts its service (walking time ends)
    assert q.desk_current(db, "2", now=at(7, 17))["status"] == "serving"
    missing = ik.record_intake(db, members[1], "missing_documents", note="thiếu CMND cũ",
                               ticket_id=ticket["id"], operator=staff, now=at(7, 20))
    wrong = ik.record_intake(db, members[2], "collected", ticket_id=ticket["id"], now=at(7, 21), operator=lead)
    fixed = ik.correct_intake(db, wrong["id"], "chưa đủ 14 tuổi", outcome="referred",
                              reason="Hẹn lại khi đủ tuổi", now=at(7, 22), operator=lead)
    assert fixed["ticket_id"] == ticket["id"] and fixed["desk"] == "2"
    fixed = ik.correct_intake(db, missing["id"], "bổ sung", outcome="missing_documents",
                              now=at(7, 23), operator=lead)
    assert fixed["note"] == "thiếu CMND cũ — Đính chính: bổ sung"
    listed = ik.ticket_residents(db, ticket["id"], operator=lead)
    assert [r["id"] for r in listed] == members
    outcomes = [r["intake"] and r["intake"]["outcome"] for r in listed]
    assert outcomes[:3] == ["collected", "missing_documents", "referred"]
    assert all(o is None for o in outcomes[3:])
    assert listed[1]["intake"]["note"] == "thiếu CMND cũ — Đính chính: bổ sung"
    audit = db.query("SELECT operator, action FROM audit WHERE action LIKE 'intake.%' ORDER BY rev")
    assert audit[:2] == [{"operator": "Cán bộ Lan", "action": "intake.record"}] * 2
    assert [a["action"] for a in audit[2:]] == ["intake.record", "intake.correct",
                                                "intake.correct"]


def test_outcomes_are_checked(roster_db, lead):
    rid = household(roster_db)[1][0]
    with pytest.raises(ik.IntakeError, match="outcome must be one of"):
        ik.record_intake(roster_db, rid, "maybe", operator=lead)
    with pytest.raises(ik.IntakeError, match="'rejected' needs a reason"):
        ik.record_intake(roster_db, rid, "rejected", operator=lead)
    with pytest.raises(ik.IntakeError, match="no resident"):
        ik.record_intake(roster_db, "NOBODY", "collected", operator=lead)
    row = ik.record_intake(roster_db, rid, "referred", reason="Hộ khẩu ở tỉnh khác",
                           now=at(8), operator=lead)
    assert row["reason"] == "Hộ khẩu ở tỉnh khác"
    assert roster_db.scalar("SELECT COUNT(*) FROM intakes") == 1


def test_a_second_intake_of_a_collected_resident_warns_and_needs_a_reason(roster_db, lead):
    rid = household(roster_db)[1][0]
    ik.record_intake(roster_db, rid, "collected", desk="1", now=at(8, 5), operator=lead)
    with pytest.raises(ik.AlreadyCollected, match=r"already collected here on 01/03/2025 08:05,"
                                                  r" desk 1") as warning:
        ik.record_intake(roster_db, rid, "collected", now=at(9), operator=lead)
    assert isinstance(warning.value, ValueError) and len(warning.value.previous) == 1
    with pytest.raises(ik.IntakeError, match="needs a reason"):
        ik.record_intake(roster_db, rid, "collected", force=True, now=at(9), operator=lead)
    assert roster_db.scalar("SELECT COUNT(*) FROM intakes") == 1
    again = ik.record_intake(roster_db, rid, "collected", force=True,
                             reason="Chụp lại ảnh do lỗi thiết bị", now=at(9, 30), operator=lead)
    assert again["reason"] == "Chụp lại ảnh do lỗi thiết bị"
    assert [i["id"] for i in ik.current_intakes(roster_db, rid)][-1] == again["id"]
    # other outcomes for a collected resident are recorded without a warning
    ik.record_intake(roster_db, rid, "missing_documents", now=at(10), operator=lead)


def test_a_resident_collected_at_another_station_warns(roster_db, lead):
    rid = household(roster_db)[1][0]
    with roster_db.write() as w:  # as a bundle from HQ brings it in
        w.insert("intakes", {"resident_id": rid, "at": "2025-02-22T09:40:00.000+07:00",
                             "outcome": "collected", "station": "XB02", "desk": "3"})
    with pytest.raises(ik.AlreadyCollected, match="at station XB02 on 22/02/2025 09:40"):
        ik.record_intake(roster_db, rid, "collected", now=at(9, 40), operator=lead)


def test_a_correction_is_a_new_entry_and_the_history_keeps_both(roster_db, lead, staff):
    _, (wrong, right, *_) = household(roster_db)
    mistaken = ik.record_intake(roster_db, wrong, "collected", desk="1", operator=staff,
                                now=at(10, 10))
    fixed = ik.correct_intake(roster_db, mistaken["id"], "ghi nhầm người", resident_id=right,
                              operator=staff, now=at(10, 12))
    assert fixed["corrects_id"] == mistaken["id"] and fixed["resident_id"] == right
    assert fixed["note"] == "Đính chính: ghi nhầm người"
    # the wrong person has no current intake any more; the right one is collected
    assert ik.current_intakes(roster_db, wrong) == []
    assert [i["id"] for i in ik.current_intakes(roster_db, right)] == [fixed["id"]]
    history = ik.intake_history(roster_db, wrong, operator=lead)
    assert [(h["id"], h["corrected_by"]) for h in history] == [
        (mistaken["id"], fixed["id"]), (fixed["id"], None)]
    assert ik.intake_history(roster_db, right, operator=lead) == history
    # the original row is untouched
    assert roster_db.one("SELECT resident_id, outcome FROM intakes WHERE id = ?",
                         (mistaken["id"],)) == {"resident_id": wrong, "outcome": "collected"}
    with pytest.raises(ik.IntakeError, match="already corrected by"):
        ik.correct_intake(roster_db, mistaken["id"], "again", outcome="rejected", reason="x", operator=lead)
    with pytest.raises(ik.IntakeError, match="needs to say why"):
        ik.correct_intake(roster_db, fixed["id"], " ", operator=lead)
    # the right person can now be recorded again only with a warning
    with pytest.raises(ik.AlreadyCollected):
        ik.record_intake(roster_db, right, "collected", now=at(11), operator=lead)
    # a correction of the outcome only
    outcome = ik.correct_intake(roster_db, fixed["id"], "thiếu giấy tờ, chưa thu nhận",
                                outcome="missing_documents", now=at(10, 20), operator=lead)
    assert ik.current_intakes(roster_db, right)[0]["outcome"] == "missing_documents"
    assert len(ik.intake_history(roster_db, right, operator=lead)) == 3
    assert outcome["note"] == "Đính chính: thiếu giấy tờ, chưa thu nhận"


def test_a_person_missing_from_the_roster_is_added_on_the_spot(roster_db, lead, staff):
    hid, members = household(roster_db)
    person = ik.add_resident(roster_db, "  Nguyễn   Thị Ánh  ", "05/06/2008", "F", hid,
                             operator=staff)
    assert person["full_name"] == "Nguyễn Thị Ánh" and person["date_of_birth"] == "2008-06-05"
    from station_app.services.search import search_residents
    assert person["id"] in [r["id"] for r in search_residents(roster_db, "nguyen thi anh", operator=staff)]
    row = ik.record_intake(roster_db, person["id"], "collected", now=at(11), operator=lead)
    assert row["full_name"] == "Nguyễn Thị Ánh"
    with pytest.raises(ik.IntakeError, match="ID 001208000001.*says male"):
        ik.add_resident(roster_db, "Trần Thị B", "2008", "F", personal_id="001208000001", operator=lead)
    with pytest.raises(ik.IntakeError, match="not plausible"):
        ik.add_resident(roster_db, "Trần Thị B", "2099", operator=lead)
