"""The loudspeaker announcement: per village, the coming days' sessions read-aloud style, moved
sessions, what to bring and whom to call; nothing to announce is a clear message."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.services import sessions as S
from station_app.services.announce import AnnounceError, announcements, spoken_day

TODAY = dt.date(2025, 8, 1)
HALL = "Hội trường UBND xã Hòa Bình"


@pytest.fixture
def planned(roster_db, lead):
    rows = S.create_sessions(roster_db, S.week_specs("02/08/2025", HALL, S.parse_hours(
        "07:00-11:30,13:30-17:00"), 20, 12, days=3), today=TODAY, operator=lead)
    villages = [r["name"] for r in roster_db.query(
        "SELECT name FROM areas WHERE kind = 'village' ORDER BY name_fold")]
    S.book_villages(roster_db, villages[:2], today=TODAY, operator=lead)
    return roster_db, rows, villages


def test_spoken_dates():
    assert spoken_day(dt.date(2025, 8, 2)) == "Thứ Bảy, ngày 2 tháng 8 năm 2025"
    assert spoken_day(dt.date(2025, 8, 3)) == "Chủ Nhật, ngày 3 tháng 8 năm 2025"
    for day in range(4, 10):  # each day's name capitalised as the others ("Thứ Tư", "Chủ Nhật")
        assert all(word[0].isupper() for word in spoken_day(dt.date(2025, 8, day))
                   .split(",")[0].split())


def test_each_village_hears_its_own_sessions(planned, lead):
    db, rows, villages = planned
    texts = announcements(db, start="02/08/2025", days=5, operator=lead)
    assert [t["village"] for t in texts] == villages[:2]
    for t in texts:
        expected = db.query(
            """SELECT s.day, s.opens, COUNT(DISTINCT a.household_id) AS households
            FROM appointments a JOIN sessions s ON s.id = a.session_id
            JOIN households h ON h.id = a.household_id JOIN areas v ON v.id = h.village_id
            WHERE v.name = ? GROUP BY s.id ORDER BY s.day, s.opens""", (t["village"],))
        assert [(s["day"], s["opens"], s["households"]) for s in t["sessions"]] == \
            [(e["day"], e["opens"], e["households"]) for e in expected]
        text = t["text"]
        assert f"bà con {t['village']}" in text and "3 lần mỗi ngày" in text
        for e in expected:
            day = dt.date.fromisoformat(e["day"])
            assert f"{spoken_day(day)}, buổi" in text
            assert f"{e['households']} hộ đã được hẹn" in text
        assert HALL in text and "Chứng minh nhân dân" in text
        assert "giấy mời này" not in text  # read aloud, not on paper
        assert "02/08/2025" not in text  # dates are written as they are spoken
    one = announcements(db, [villages[0].upper()], start="02/08/2025", days=5, operator=lead)
    assert len(one) == 1 and one[0]["text"] == texts[0]["text"]


def test_a_moved_session_is_announced(planned, lead):
    db, rows, villages = planned
    S.move_session(db, rows[0]["id"], day="05/08/2025", place="Trường Tiểu học Hòa Bình",
                   reason="mất điện theo lịch", today=TODAY, operator=lead)
    S.spread_session(db, rows[1]["id"], reason="hội trường sửa chữa", today=TODAY, operator=lead)
    text = announcements(db, villages[:1], start="02/08/2025", days=5, operator=lead)[0]["text"]
    assert ("Lưu ý: do mất điện theo lịch, buổi sáng Thứ Bảy, ngày 2 tháng 8 năm 2025 tại "
            f"{HALL} được chuyển sang buổi sáng Thứ Ba, ngày 5 tháng 8 năm 2025 tại "
            "Trường Tiểu học Hòa Bình") in text
    assert "do hội trường sửa chữa, buổi chiều Thứ Bảy, ngày 2 tháng 8 năm 2025" in text
    assert "không tổ chức" in text


def test_nothing_to_announce_or_unknown_village(planned, lead):
    db, rows, villages = planned
    with pytest.raises(AnnounceError, match="nothing to announce"):
        announcements(db, [villages[-1]], start="02/08/2025", days=5, operator=lead)
    with pytest.raises(AnnounceError, match="nothing to announce"):
        announcements(db, start="01/01/2030", days=3, operator=lead)
    with pytest.raises(ValueError, match="no village 'Thôn Ma'"):
        announcements(db, ["Thôn Ma"], start="02/08/2025", operator=lead)
    with pytest.raises(AnnounceError, match="at least 1 day"):
        announcements(db, start="02/08/2025", days=0, operator=lead)
