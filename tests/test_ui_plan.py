"""The Plan screen (issue 28) on the station floor's window: the proposal shown for a campaign
whose planned sessions fall short, accepted with one click (sessions created, villages booked),
in English and in Vietnamese with no English word left; milestones typed on the Campaign
screen."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from test_progress import _sites_template, sites  # noqa: F401
from ui_floor_helpers import sign_in

from station_app.core.dates import show_date
from station_app.core.scheduling import AgeDeadline
from station_app.services import sessions as S
from station_app.storage import Database
from station_app.ui.app import install_translators

TODAY = dt.date.today()
SHOTS = os.environ.get("STATION_APP_SCREENSHOTS")  # a folder: the screens are saved there


@pytest.fixture(autouse=True)
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "en")


def _campaign(path: Path, lead) -> int:
    """A campaign of everyone 14 and older by 10 days from today, a milestone of half of them
    by 5 days from today, and one session tomorrow; returns the people to collect."""
    db = Database.open(path)
    try:
        people = db.scalar("SELECT count(*) FROM residents WHERE card_status = 'needs_card'"
                           " AND (dob IS NULL OR dob <= ?)", (f"{TODAY.year - 15}-01-01",))
        S.create_campaign(db, "Đợt thử", [AgeDeadline(14, None, TODAY + dt.timedelta(days=10))],
                          TODAY, TODAY + dt.timedelta(days=30),
                          milestones=[S.parse_milestone(f"50%:{show_date(TODAY + dt.timedelta(days=5))}")],
                          operator=lead)
        S.create_sessions(db, [{"day": TODAY + dt.timedelta(days=1), "place": "Hội trường xã",
                                "opens": "07:00", "closes": "11:00", "slot_minutes": 20,
                                "capacity": 12}], operator=lead)
    finally:
        db.close()
    return people


def _plan_screen(station, qtbot, lead):
    _campaign(station.path, lead)
    win = station.window("lead")
    win.activateWindow()
    sign_in(qtbot, win, "Trưởng trạm")
    screen = win.screens["Plan"]
    win.tabs.setCurrentWidget(screen)
    return win, screen


def test_the_proposal_is_shown_and_accepted_in_one_click(station, qtbot, lead, tmp_path):
    win, screen = _plan_screen(station, qtbot, lead)
    qtbot.waitUntil(lambda: screen.result is not None)
    result = screen.result
    assert screen.targets.rowCount() == 2  # the milestone, then the deadline
    assert screen.targets.data(screen.targets.index(0, 0)).startswith("Milestone 50 %")
    proposed = [s for t in result["targets"] for s in t["sessions"]]
    assert proposed and screen.sessions.rowCount() == len(proposed) + 1  # + tomorrow's
    assert screen.sessions.data(screen.sessions.index(0, 1)) == "planned"
    assert screen.sessions.data(screen.sessions.index(1, 1)) == "proposed"
    assert all(t["feasible"] for t in result["targets"])
    assert "default" in screen.summary.text()
    if SHOTS:
        win.resize(1366, 768)
        win.grab().save(str(Path(SHOTS) / "plan-en.png"))
    # the lead leaves the last proposed day out, then accepts the rest
    last = screen.sessions.rowCount() - 1
    dropped = screen.sessions.record(last)["day"]
    screen.sessions_view.selectRow(last)
    qtbot.mouseClick(screen.omit, Qt.MouseButton.LeftButton)
    assert screen.sessions.rowCount() == len(proposed)
    assert "left out" in screen.message.text()
    proposed = [s for s in proposed if s["day"] != dropped]
    assert screen.accept.isEnabled()
    qtbot.mouseClick(screen.accept, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.message.text() != "")
    assert "session(s) created" in screen.message.text(), screen.message.text()
    db = Database.open(station.path)
    try:
        days = {r[0] for r in db.conn.execute(
            "SELECT day FROM sessions WHERE status = 'planned'")}
        assert {s["day"] for s in proposed} <= days and dropped not in days
        assert db.scalar("SELECT count(*) FROM appointments") > 0
    finally:
        db.close()
    # computed again: the accepted days are planned now (the day left out may be proposed again)
    qtbot.waitUntil(lambda: sum(
        screen.sessions.data(screen.sessions.index(r, 1)) == "planned"
        for r in range(screen.sessions.rowCount())) == len(proposed) + 1)


def test_without_a_campaign_the_screen_says_so_in_vietnamese(station, qtbot, qapp):
    install_translators(qapp, "vi")
    win = station.window("lead")
    sign_in(qtbot, win, "Trưởng trạm")
    screen = win.screens["Plan"]
    win.tabs.setCurrentWidget(screen)
    qtbot.waitUntil(lambda: screen.message.text() != "")
    assert screen.message.text().startswith("Chưa có gì để lập kế hoạch")
    assert screen.targets.rowCount() == 0 and not screen.accept.isEnabled()


def test_the_plan_screen_speaks_only_vietnamese(station, qtbot, lead, qapp):
    from test_ui_languages import _data, _english_words, _texts

    install_translators(qapp, "vi")
    win, screen = _plan_screen(station, qtbot, lead)
    qtbot.waitUntil(lambda: screen.result is not None)
    if SHOTS:
        win.resize(1366, 768)
        win.grab().save(str(Path(SHOTS) / "plan-vi.png"))
    seen = " ".join(_texts(win))
    for value in _data(station.path):
        seen = seen.replace(value, " ")
    words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", seen)}
    assert not words & _english_words()
    campaign = win.screens["Campaign"]
    win.tabs.setCurrentWidget(campaign)
    campaign.table.selectRow(0)
    assert campaign.edit_milestones.text() == f"50%:{show_date(TODAY + dt.timedelta(days=5))}"
    campaign.edit_milestones.setText("120:" + show_date(TODAY + dt.timedelta(days=7)))
    qtbot.mouseClick(campaign.save_milestones, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "120" in campaign.message.text())
    if SHOTS:
        win.grab().save(str(Path(SHOTS) / "campaign-vi.png"))
    campaign.table.selectRow(0)
    assert campaign.edit_milestones.text() == "120:" + show_date(TODAY + dt.timedelta(days=7))
    campaign.edit_milestones.setText("abc")
    qtbot.mouseClick(campaign.save_milestones, Qt.MouseButton.LeftButton)
    assert "không phải" in campaign.message.text()  # in Vietnamese, one line
    db = Database.open(station.path)
    try:
        (m,) = S.campaign_milestones(db, db.scalar("SELECT id FROM campaigns"))
        assert m.people == 120
    finally:
        db.close()


def test_the_plan_at_hq_in_vietnamese(sites, qtbot, qapp, tmp_path):  # noqa: F811
    """HQ's Plan screen after the two stations' bundles (test_planning's HQ case): XA02 short,
    XA01 could lend, Thôn Mới (a roster only HQ holds) served by nobody; in Vietnamese."""
    from cli_helpers import lead_of
    from test_planning import _station
    from test_progress import _at, _rid, _send, _xa01_intakes
    from ui_floor_helpers import settings

    from station_app.services.intake import record_intake
    from station_app.ui.app import build_window
    from station_app.ui.workers import SyncWorker

    hq, xa01, xa02, folder = sites["hq"], sites["xa01"], sites["xa02"], sites["dir"]
    _xa01_intakes(xa01)
    S.create_sessions(xa01, [{"day": "2027-03-07", "place": "Hội trường xã", "opens": "07:00",
                              "closes": "09:00", "slot_minutes": 20, "capacity": 4}],
                      today=dt.date(2027, 3, 5), operator=lead_of(xa01))
    record_intake(xa02, _rid(xa02, "Hoàng Văn Oanh"), "collected", desk="1", now=_at(2),
                  operator=lead_of(xa02))
    _send(xa01, hq, folder, "xa01-1.bundle", "2027-03-05T18:00:00+07:00")
    _send(xa02, hq, folder, "xa02-1.bundle", "2027-03-05T18:00:00+07:00")
    _station(hq, folder, {"Thôn Mới": 1}, size=2)  # a roster only HQ holds: no station's
    install_translators(qapp, "vi")
    win = build_window(hq, "vi", settings(tmp_path, "hq"), operator=lead_of(hq),
                       worker=SyncWorker(hq.path))
    qtbot.addWidget(win)
    win.show()
    screen = win.screens["Plan"]
    qtbot.waitUntil(lambda: screen.result is not None)
    assert screen.result["date"] == "2027-03-01"  # before the campaign: from its first day
    screen.day = dt.date(2027, 3, 5)  # the scripted campaign's day
    win.tabs.setCurrentWidget(screen)
    qtbot.waitUntil(lambda: screen.result["date"] == "2027-03-05")
    assert screen.message.text() == ""
    assert not screen.sessions_view.isVisibleTo(win) and screen.stations_view.isVisibleTo(win)
    stations = {screen.stations.data(screen.stations.index(r, 0))
                for r in range(screen.stations.rowCount())}
    assert stations == {"XA02"}
    assert "Có thể hỗ trợ: XA01" in screen.hq_notes.text()
    assert "Thôn chưa có trạm phụ trách: Thôn Mới (2)" in screen.hq_notes.text()
    if SHOTS:
        win.resize(1366, 768)
        win.grab().save(str(Path(SHOTS) / "plan-hq-vi.png"))
    win.close()
