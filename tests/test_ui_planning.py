"""The station lead's planning in the window (issue 15): a campaign set, a week of sessions
created, three villages booked, a session moved with its notices written, each done with keys
and clicks on the synchronous worker against a real station database, and the database (and the
notices PDF, read back) checked after. Other roles neither see these screens nor get past the
services."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sql_trace import trace_sql
from ui_floor_helpers import sign_in

from station_app.core.dates import show_date
from station_app.core.permissions import NotAllowed
from station_app.services import sessions as S
from station_app.services.letters import set_letterhead
from station_app.storage import Database
from station_app.ui.app import install_translators

TODAY = dt.date.today()
SCREENS = ("Campaign", "Sessions", "Booking", "Move a session")


@pytest.fixture(autouse=True)
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "en")


def _lead_window(station, qtbot):
    win = station.window("lead")
    win.activateWindow()
    sign_in(qtbot, win, "Trưởng trạm")
    return win


def test_the_leads_planning_day_in_the_window(station, qtbot, tmp_path):
    win = _lead_window(station, qtbot)
    for name in SCREENS:
        assert name in win.screens

    # 1. the campaign, checked as it is typed
    campaign = win.screens["Campaign"]
    win.tabs.setCurrentWidget(campaign)
    qtbot.keyClicks(campaign.name, "CCCD mua thu")
    qtbot.keyClicks(campaign.starts, show_date(TODAY))
    qtbot.keyClicks(campaign.ends, "31/02/2099")
    assert campaign.check.text() == ""  # said once the field is left, not while typing
    qtbot.keyClick(campaign.ends, Qt.Key.Key_Return)  # Enter submits: nothing saved
    assert "not a day" in campaign.check.text()
    campaign.ends.clear()
    qtbot.keyClicks(campaign.ends, show_date(TODAY + dt.timedelta(days=60)))
    qtbot.keyClicks(campaign.deadlines[0][0], "14")
    qtbot.keyClicks(campaign.deadlines[0][1], "22")
    qtbot.keyClicks(campaign.deadlines[0][2], show_date(TODAY + dt.timedelta(days=30)))
    qtbot.keyClicks(campaign.deadlines[1][0], "23")
    qtbot.keyClick(campaign.deadlines[1][0], Qt.Key.Key_Return)
    assert "row 2" in campaign.check.text()
    qtbot.keyClicks(campaign.deadlines[1][2], show_date(TODAY + dt.timedelta(days=60)))
    assert campaign.save.isEnabled()
    assert all(box.isChecked() for box in campaign.open_days)  # weekends included
    # Enter in the last field typed, a deadline, saves (it did nothing: HQ trial)
    qtbot.keyClick(campaign.deadlines[1][2], Qt.Key.Key_Return)
    assert campaign.message.text() == "Campaign “CCCD mua thu” saved."
    assert campaign.model.rowCount() == 1
    campaign.head["signer_name"].setText("")
    qtbot.keyClicks(campaign.head["signer_name"], "Dai uy Le Van Tam")
    qtbot.mouseClick(campaign.save_head, Qt.MouseButton.LeftButton)

    db = Database.open(station.path)
    try:
        row = db.one("SELECT * FROM campaigns")
        assert (row["name"], row["starts"], row["open_days"]) == (
            "CCCD mua thu", TODAY.isoformat(), "0123456")
        assert [(d.min_age, d.max_age) for d in S.campaign_deadlines(db, row["id"])] == [
            (14, 22), (23, None)]
        assert db.scalar("SELECT value FROM letter_settings WHERE key = 'XA01:signer_name'") == \
            "Dai uy Le Van Tam"
    finally:
        db.close()

    # 2. a week of sessions from tomorrow, morning and afternoon
    sessions = win.screens["Sessions"]
    win.tabs.setCurrentWidget(sessions)
    assert sessions.campaign.currentText() == "CCCD mua thu"
    assert sessions.check.text() == ""  # no place yet, and none asked for before it is left
    qtbot.mouseClick(sessions.create, Qt.MouseButton.LeftButton)  # submitted: now it is
    assert "Type the place" in sessions.check.text() and sessions.model.rowCount() == 0
    qtbot.keyClicks(sessions.place, "Hoi truong UBND xa")
    qtbot.mouseClick(sessions.a_week, Qt.MouseButton.LeftButton)
    assert "14 session(s) on 7 day(s)" in sessions.check.text()
    qtbot.mouseClick(sessions.create, Qt.MouseButton.LeftButton)
    assert sessions.model.rowCount() == 14
    assert sessions.message.text() == "14 session(s) created, %s to %s." % (
        show_date(TODAY + dt.timedelta(days=1)), show_date(TODAY + dt.timedelta(days=7)))
    # the form moves on to the week after, its place emptied: a stray Enter creates nothing
    assert sessions.first_day.text() == show_date(TODAY + dt.timedelta(days=8))
    assert sessions.place.text() == "" and win.focusWidget() is sessions.place
    sessions.place.editingFinished.emit()  # left for another screen: not a place left empty
    assert "Type the place" not in sessions.check.text()
    qtbot.keyClick(sessions.place, Qt.Key.Key_Return)
    assert "Type the place" in sessions.check.text() and sessions.model.rowCount() == 14
    qtbot.keyClicks(sessions.place, "Hoi truong UBND xa")  # a week more: the place again
    assert show_date(TODAY + dt.timedelta(days=8)) in sessions.check.text()
    sessions.place.clear()
    db = Database.open(station.path)
    try:
        planned = db.query("SELECT * FROM sessions WHERE status = 'planned' ORDER BY day, opens")
        assert len(planned) == 14
        assert {s["day"] for s in planned} == {
            (TODAY + dt.timedelta(days=d)).isoformat() for d in range(1, 8)}
        assert {s["campaign_id"] for s in planned} == {row["id"]}
    finally:
        db.close()

    # 3. three villages booked, in the order chosen, with keys
    booking = win.screens["Booking"]
    win.tabs.setCurrentWidget(booking)
    villages = [booking.villages.record(i) for i in range(3)]
    booking.village_table.setFocus()
    booking.village_table.selectRow(0)
    for _ in range(3):
        qtbot.keyClick(booking.village_table, Qt.Key.Key_Return)
    assert booking.chosen() == [v["id"] for v in villages]
    qtbot.mouseClick(booking.book, Qt.MouseButton.LeftButton)
    assert booking.booked.rowCount() > 0 and "booked into" in booking.message.text()
    db = Database.open(station.path)
    try:
        booked = {r[0] for r in db.conn.execute(
            "SELECT DISTINCT h.village_id FROM appointments a JOIN households h"
            " ON h.id = a.household_id")}
        assert booked == {v["id"] for v in villages}
        assert db.scalar("SELECT COUNT(DISTINCT household_id) FROM appointments") == \
            booking.booked.rowCount()
        over = db.query("SELECT a.session_id, a.slot, COUNT(*) AS n, s.capacity FROM appointments a"
                        " JOIN sessions s ON s.id = a.session_id GROUP BY 1, 2"
                        " HAVING n > s.capacity")
        assert over == []
        split = db.query("SELECT household_id FROM appointments GROUP BY household_id"
                         " HAVING COUNT(DISTINCT session_id || slot) > 1")
        assert split == []  # households whole
    finally:
        db.close()
    assert [booking.villages.record(i)["booked"] for i in range(3)] == [
        sum(1 for r in booking.booked.records if r["village"] == v["name"]) for v in villages]

    # 4. tomorrow morning moved to a day after the week (a power cut), the notices written
    move = win.screens["Move a session"]
    win.tabs.setCurrentWidget(move)
    first = planned[0]
    assert move.chosen()["id"] == first["id"]
    new_day = TODAY + dt.timedelta(days=10)
    move.day.clear()
    qtbot.keyClicks(move.day, show_date(new_day))
    qtbot.keyClicks(move.reason, "mat dien theo lich")
    qtbot.keyClick(move.reason, Qt.Key.Key_Return)  # Enter submits the form, as the button
    assert move.written is not None, move.message.text()
    households = move.tell.records
    assert households and move.tell.rowCount() == len(households)
    db = Database.open(station.path)
    try:
        assert db.scalar("SELECT day FROM sessions WHERE id = ?", (first["id"],)) == \
            new_day.isoformat()
        moved = db.scalar("SELECT COUNT(DISTINCT household_id) FROM appointments"
                          " WHERE moved_by IS NOT NULL")
        assert moved == len(households)
        codes = [r["code"] for r in households]
    finally:
        db.close()
    pdf = PdfReader(move.written)
    assert len(pdf.pages) == len(households)
    text = pdf.pages[0].extract_text()
    assert codes[0] in text and "mat dien theo lich" in text
    assert str(move.written).startswith(str(tmp_path))
    villages_told = {r["village"] for r in households}
    assert all(f"{v}:" in move.per_village.text() for v in villages_told)


def test_a_session_with_bookings_is_not_cancelled_an_empty_one_is(station, qtbot, lead):
    db = Database.open(station.path)
    try:
        rows = S.create_sessions(db, S.week_specs(TODAY + dt.timedelta(days=1), "Nhà văn hóa",
                                                  [("07:00", "11:00")], 20, 10, days=2),
                                 operator=lead)
        village = db.scalar("SELECT name FROM areas WHERE kind = 'village' ORDER BY name")
        S.book_villages(db, [village], [rows[0]["id"]], operator=lead)
    finally:
        db.close()
    win = _lead_window(station, qtbot)
    screen = win.screens["Sessions"]
    win.tabs.setCurrentWidget(screen)
    assert screen.model.rowCount() == 2
    booked = [i for i in range(2) if screen.model.record(i)["booked"]]
    empty = [i for i in range(2) if not screen.model.record(i)["booked"]]
    assert booked and empty
    screen.table.selectRow(booked[0])
    qtbot.mouseClick(screen.cancel, Qt.MouseButton.LeftButton)
    assert "move it or spread" in screen.message.text()
    screen.table.selectRow(empty[0])
    qtbot.mouseClick(screen.cancel, Qt.MouseButton.LeftButton)
    assert screen.model.rowCount() == 1
    db = Database.open(station.path)
    try:
        assert db.scalar("SELECT COUNT(*) FROM sessions WHERE status = 'cancelled'") == 1
    finally:
        db.close()


@pytest.mark.parametrize("name", ["Tình nguyện viên Hà", "Cán bộ Lan"])
def test_volunteers_and_staff_have_no_planning_screens(station, qtbot, name):
    win = station.window(name)
    sign_in(qtbot, win, name)
    assert not set(SCREENS) & set(win.screens)


def test_the_services_refuse_volunteers_and_staff(roster_db, lead, staff, volunteer):
    tomorrow = TODAY + dt.timedelta(days=1)
    session = S.create_session(roster_db, tomorrow, "Hội trường", "07:00", "11:00", 20, 10,
                               operator=lead)
    village = roster_db.scalar("SELECT name FROM areas WHERE kind = 'village'")
    refused_before = roster_db.scalar("SELECT COUNT(*) FROM audit WHERE action = 'refused'")
    calls = [
        lambda who: S.create_campaign(roster_db, "X", [], operator=who),
        lambda who: S.create_sessions(roster_db, S.week_specs(tomorrow, "Nhà", [("13:00", "15:00")],
                                                              20, 5, days=1), operator=who),
        lambda who: S.cancel_session(roster_db, session["id"], operator=who),
        lambda who: S.village_summary(roster_db, operator=who),
        lambda who: S.book_villages(roster_db, [village], operator=who),
        lambda who: S.move_session(roster_db, session["id"], place="Nhà văn hóa", operator=who),
        lambda who: S.spread_session(roster_db, session["id"], operator=who),
        lambda who: set_letterhead(roster_db, signer_name="A", operator=who),
    ]
    for who in (volunteer, staff):
        for call in calls:
            with pytest.raises(NotAllowed):
                call(who)
    assert roster_db.scalar("SELECT COUNT(*) FROM audit WHERE action = 'refused'") == \
        refused_before + 2 * len(calls)
    assert roster_db.scalar("SELECT COUNT(*) FROM sessions") == 1
    assert roster_db.scalar("SELECT COUNT(*) FROM campaigns") == 0


def test_schedule_errors_are_shown_in_vietnamese(qapp, roster_db, lead):
    from station_app.ui.messages import explain

    install_translators(qapp, "vi")
    tomorrow = TODAY + dt.timedelta(days=1)
    S.create_session(roster_db, tomorrow, "Hội trường", "07:00", "11:00", 20, 10, operator=lead)
    with pytest.raises(S.ScheduleError) as clash:
        S.create_session(roster_db, tomorrow, "Nhà văn hóa", "08:00", "09:00", 20, 10,
                         operator=lead)
    assert str(clash.value) == (f"the station already has a session on {show_date(tomorrow)} "
                                "07:00–11:00 at Hội trường")  # the command line's English
    assert explain(clash.value) == (f"Trạm đã có buổi làm việc ngày {show_date(tomorrow)} "
                                    "07:00–11:00 tại Hội trường")
    with pytest.raises(S.ScheduleError) as short:
        S.create_session(roster_db, tomorrow, "Nhà", "13:00", "13:10", 20, 10, operator=lead)
    assert explain(short.value) == "Giờ làm việc 13:00–13:10 ngắn hơn một khung giờ 20 phút"
    with pytest.raises(S.ScheduleError) as bad_day:
        S.parse_day("31/02/2026")
    assert explain(bad_day.value) == "'31/02/2026' không phải là ngày (cần dạng ngày/tháng/năm)"
    result = S.book_villages(roster_db, [roster_db.scalar(
        "SELECT name FROM areas WHERE kind = 'village' ORDER BY name")], operator=lead)
    assert result.unplaced  # 10 places for a whole village
    assert all(explain(S.ScheduleError(u["reason"])).startswith(("Các buổi", "Không còn",
                                                                 "Không có buổi"))
               or "người phải đến cùng nhau" in explain(S.ScheduleError(u["reason"]))
               for u in result.unplaced)


def test_the_planning_screens_speak_only_vietnamese(station, qtbot, tmp_path, qapp):
    """Each screen as it opens, then with its results (a week planned, villages booked, some
    not placed, a session moved and its notices written): no English word of the interface."""
    import re

    from test_ui_languages import _data, _english_words, _texts

    install_translators(qapp, "vi")
    english = _english_words()
    data = _data(station.path)
    win = _lead_window(station, qtbot)

    def check(name: str, *extra: str) -> None:
        seen = " ".join(_texts(win))
        for value in (*extra, *data):
            seen = seen.replace(value, " ")
        words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", seen)}
        assert not words & english, (name, words & english)

    for name in SCREENS:
        win.tabs.setCurrentWidget(win.screens[name])
        check(name)
    sessions = win.screens["Sessions"]
    win.tabs.setCurrentWidget(sessions)
    qtbot.keyClicks(sessions.place, "Hoi truong")
    sessions.days.setValue(1)
    sessions.capacity.setValue(3)
    qtbot.mouseClick(sessions.create, Qt.MouseButton.LeftButton)
    check("sessions planned")
    booking = win.screens["Booking"]
    win.tabs.setCurrentWidget(booking)
    booking.village_table.selectRow(0)
    qtbot.keyClick(booking.village_table, Qt.Key.Key_Return)
    qtbot.mouseClick(booking.book, Qt.MouseButton.LeftButton)
    assert booking.unplaced.rowCount() > 0  # 3 a slot: big households don't fit
    check("booked")
    booking.results.setCurrentIndex(1)
    reasons = [booking.unplaced.data(booking.unplaced.index(r, 2))
               for r in range(booking.unplaced.rowCount())]
    assert not {w.lower() for r in reasons for w in re.findall(r"[A-Za-z]{3,}", r)} & english
    move = win.screens["Move a session"]
    win.tabs.setCurrentWidget(move)
    move.day.setText(show_date(TODAY + dt.timedelta(days=5)))
    qtbot.mouseClick(move.move, Qt.MouseButton.LeftButton)
    assert move.written is not None
    check("moved", str(move.written))
    move.opens.setText("07:00")
    move.closes.setText("07:10")
    qtbot.mouseClick(move.move, Qt.MouseButton.LeftButton)  # too short: refused, in Vietnamese
    assert "ngắn hơn một khung giờ" in move.message.text()
    check("refused")


def test_the_planning_screens_run_no_query_on_the_gui_thread(qtbot, roster_db_path, tmp_path,
                                                            monkeypatch, lead):
    """With the real worker threads and every connection traced: a campaign saved, a week
    planned, two villages booked and a session moved with its notices, and not one statement
    on the GUI thread."""

    from ui_floor_helpers import settings

    from station_app.ui.app import build_window

    db = Database.open(roster_db_path)
    on_gui_thread, _elsewhere = trace_sql(monkeypatch)
    win = build_window(db, "en", settings(tmp_path), operator=lead)
    qtbot.addWidget(win)
    win.show()
    try:
        campaign = win.screens["Campaign"]
        win.tabs.setCurrentWidget(campaign)
        qtbot.waitUntil(lambda: bool(campaign.head["body"].text()), timeout=10_000)
        qtbot.keyClicks(campaign.name, "CCCD")
        qtbot.keyClicks(campaign.starts, show_date(TODAY))
        qtbot.keyClicks(campaign.ends, show_date(TODAY + dt.timedelta(days=30)))
        qtbot.mouseClick(campaign.save, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: campaign.model.rowCount() == 1, timeout=10_000)

        sessions = win.screens["Sessions"]
        win.tabs.setCurrentWidget(sessions)
        qtbot.keyClicks(sessions.place, "Hoi truong")
        qtbot.mouseClick(sessions.create, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: sessions.model.rowCount() == 14, timeout=10_000)

        booking = win.screens["Booking"]
        win.tabs.setCurrentWidget(booking)
        qtbot.waitUntil(lambda: booking.villages.rowCount() >= 2, timeout=10_000)
        booking.village_table.selectRow(0)
        qtbot.keyClick(booking.village_table, Qt.Key.Key_Return)
        qtbot.keyClick(booking.village_table, Qt.Key.Key_Return)
        qtbot.mouseClick(booking.book, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not booking.busy() and booking.booked.rowCount() > 0,
                        timeout=20_000)

        move = win.screens["Move a session"]
        win.tabs.setCurrentWidget(move)
        qtbot.waitUntil(lambda: move.chosen() is not None and move.chosen()["booked"] > 0,
                        timeout=10_000)
        move.day.setText(show_date(TODAY + dt.timedelta(days=12)))
        qtbot.mouseClick(move.move, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: move.written is not None, timeout=20_000)
        assert len(PdfReader(move.written).pages) == move.tell.rowCount()
    finally:
        win.close()
        db.close()
    assert on_gui_thread == []


def test_a_session_named_in_a_refusal_is_said_in_vietnamese(qapp, roster_db, lead):
    from station_app.ui.messages import explain

    install_translators(qapp, "vi")
    session = S.create_session(roster_db, TODAY + dt.timedelta(days=1), "Hội trường", "07:00",
                               "11:00", 20, 10, operator=lead)
    S.cancel_session(roster_db, session["id"], operator=lead)
    with pytest.raises(S.ScheduleError) as cancelled:
        S.move_session(roster_db, session["id"], place="Trường THCS", operator=lead)
    day = show_date(TODAY + dt.timedelta(days=1))
    assert str(cancelled.value).startswith(f"session {day} 07:00–11:00 at Hội trường is cancelled")
    assert explain(cancelled.value) == (f"Buổi {day} 07:00–11:00 tại Hội trường đã bị hủy; "
                                        "chỉ dời được buổi đã lên lịch")


def test_notices_that_could_not_be_written_are_written_again(station, qtbot, tmp_path, lead):
    db = Database.open(station.path)
    try:
        rows = S.create_sessions(db, S.week_specs(TODAY + dt.timedelta(days=1), "Nhà văn hóa",
                                                  [("07:00", "11:00")], 20, 10, days=1),
                                 operator=lead)
        village = db.scalar("SELECT name FROM areas WHERE kind = 'village' ORDER BY name")
        S.book_villages(db, [village], [rows[0]["id"]], operator=lead)
    finally:
        db.close()
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the reports folder should be")
    win = station.window("lead", **{"reports/folder": str(blocked)})
    sign_in(qtbot, win, "Trưởng trạm")
    move = win.screens["Move a session"]
    win.tabs.setCurrentWidget(move)
    qtbot.keyClicks(move.place, " (Truong THCS)")
    qtbot.mouseClick(move.move, Qt.MouseButton.LeftButton)
    assert "could not be written" in move.message.text() and not move.again.isHidden()
    db = Database.open(station.path)
    try:
        assert db.scalar("SELECT place FROM sessions WHERE id = ?", (rows[0]["id"],)) == \
            "Nhà văn hóa (Truong THCS)"  # moved all the same
    finally:
        db.close()
    win.ctx.settings.setValue("reports/folder", str(tmp_path / "reports"))
    qtbot.mouseClick(move.again, Qt.MouseButton.LeftButton)
    assert move.written is not None and move.written.parent == tmp_path / "reports"
    assert len(PdfReader(move.written).pages) == move.tell.rowCount() > 0
    assert move.again.isHidden()


def test_a_stopped_booking_books_nothing(roster_db, lead):
    S.create_session(roster_db, TODAY + dt.timedelta(days=1), "Hội trường", "07:00", "11:00",
                     20, 10, operator=lead)
    village = roster_db.scalar("SELECT name FROM areas WHERE kind = 'village'")
    steps = []

    def progress(done, total):
        steps.append(done)
        return done < 2  # stopped when the plan is made, before it is written

    with pytest.raises(S.BookingCancelled):
        S.book_villages(roster_db, [village], operator=lead, progress=progress)
    assert steps == [0, 1, 2]
    assert roster_db.scalar("SELECT COUNT(*) FROM appointments") == 0
    assert roster_db.scalar("SELECT COUNT(*) FROM letters") == 0
    result = S.book_villages(roster_db, [village], operator=lead, progress=lambda d, t: True)
    assert result.households == len(result.booked) > 0


def test_a_week_holds_sessions_only_on_the_campaigns_opening_days(station, qtbot, lead):
    db = Database.open(station.path)
    try:
        S.create_campaign(db, "CCCD", [], TODAY, TODAY + dt.timedelta(days=60),
                          open_days="012345", operator=lead)  # closed on Sundays
    finally:
        db.close()
    win = _lead_window(station, qtbot)
    sessions = win.screens["Sessions"]
    win.tabs.setCurrentWidget(sessions)
    assert sessions.campaign.currentText() == "CCCD"
    qtbot.keyClicks(sessions.place, "Hoi truong")
    sessions.hours.clear()
    qtbot.keyClicks(sessions.hours, "07:00-11:30")
    assert "6 session(s) on 6 day(s)" in sessions.check.text()
    sessions.hours.clear()
    qtbot.keyClicks(sessions.hours, "07:00-7:10")
    qtbot.keyClick(sessions.hours, Qt.Key.Key_Return)
    assert "shorter than one 20-minute slot" in sessions.check.text()
    sessions.hours.clear()
    qtbot.keyClicks(sessions.hours, "07:00-11:30")
    qtbot.mouseClick(sessions.create, Qt.MouseButton.LeftButton)
    db = Database.open(station.path)
    try:
        days = [dt.date.fromisoformat(d) for (d,) in db.conn.execute("SELECT day FROM sessions")]
    finally:
        db.close()
    assert len(days) == 6 and all(d.weekday() != 6 for d in days)


def test_a_session_spread_over_the_later_ones_from_the_window(station, qtbot, lead):
    db = Database.open(station.path)
    try:
        rows = S.create_sessions(db, S.week_specs(TODAY + dt.timedelta(days=1), "Nhà văn hóa",
                                                  [("07:00", "11:00")], 20, 10, days=3),
                                 operator=lead)
        village = db.scalar("SELECT name FROM areas WHERE kind = 'village' ORDER BY name")
        S.book_villages(db, [village], [rows[0]["id"]], operator=lead)
        booked = db.scalar("SELECT COUNT(DISTINCT household_id) FROM appointments")
    finally:
        db.close()
    win = _lead_window(station, qtbot)
    move = win.screens["Move a session"]
    win.tabs.setCurrentWidget(move)
    assert move.chosen()["id"] == rows[0]["id"]
    qtbot.mouseClick(move.spread, Qt.MouseButton.LeftButton)
    assert move.spread.isChecked() and not move.new_box.isEnabled()
    qtbot.keyClicks(move.reason, "mat dien")
    qtbot.mouseClick(move.move, Qt.MouseButton.LeftButton)
    assert move.written is not None, move.message.text()
    assert move.tell.rowCount() == booked
    assert len(PdfReader(move.written).pages) == booked
    db = Database.open(station.path)
    try:
        assert db.scalar("SELECT status FROM sessions WHERE id = ?", (rows[0]["id"],)) == \
            "cancelled"
        assert db.scalar("SELECT COUNT(*) FROM appointments WHERE session_id = ?",
                         (rows[0]["id"],)) == 0
        assert {r[0] for r in db.conn.execute("SELECT DISTINCT session_id FROM appointments")} \
            <= {rows[1]["id"], rows[2]["id"]}
    finally:
        db.close()
    assert move.session.findData(rows[0]["id"]) == -1  # no longer offered
