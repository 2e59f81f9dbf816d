"""What a person sees and types, found by hand (issue 23): each a check of the real widget, the
real PDF, or the real file on a real station."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from cli_helpers import lead_of
from PySide6.QtCore import Qt
from test_ui_dashboard import TODAY, campaign  # noqa: F401
from test_ui_home import _sites_template, sites  # noqa: F401
from ui_floor_helpers import sign_in

from station_app.printing.report_pdf import WritingStopped
from station_app.services.reports import write_missing
from station_app.services.sessions import AgeDeadline, create_campaign
from station_app.storage import Database
from station_app.sync.hall_tls import show_fingerprint
from station_app.sync.identity import fingerprint


def _lead(station, qtbot, screen: str):
    win = station.window()
    sign_in(qtbot, win, "Trưởng trạm")
    return win, win.open_screen(screen)


def test_the_needed_rate_is_a_line_on_the_first_day_too(station, qtbot):
    db = Database.open(station.path)
    try:
        create_campaign(db, "CCCD", [AgeDeadline(14, None, TODAY + dt.timedelta(days=30))],
                        TODAY, TODAY + dt.timedelta(days=30), operator=lead_of(db))
    finally:
        db.close()
    _win, screen = _lead(station, qtbot, "Dashboard")
    needed = screen.figures["needed_per_day"]
    assert needed and len(screen.figures["days"]) <= 1  # one bar at most
    points = screen.needed_line.points()
    assert len(points) >= 2 and {p.y() for p in points} == {needed}  # a line, drawn
    assert points[-1].x() - points[0].x() >= 1


def test_the_missing_list_pdf_tells_its_progress_and_stops(station, campaign, tmp_path):  # noqa: F811
    db = Database.open(station.path)
    try:
        out = tmp_path / "missing.pdf"
        steps = []
        missing = write_missing(db, out, operator=lead_of(db),
                                progress=lambda done, total: steps.append((done, total)))
        assert steps[0] == (0, missing["count"]) and steps[-1] == (missing["count"],) * 2
        assert len({done for done, _ in steps}) > 3  # it moves page by page
        stopped = tmp_path / "stopped.pdf"
        with pytest.raises(WritingStopped):
            write_missing(db, stopped, operator=lead_of(db),
                          progress=lambda done, total: done == 0)
        assert not stopped.exists()
    finally:
        db.close()


def test_the_dashboard_stays_usable_while_the_list_is_written(station, campaign, qtbot):  # noqa: F811
    _win, screen = _lead(station, qtbot, "Dashboard")
    values = []
    screen.bar.valueChanged.connect(values.append)
    qtbot.mouseClick(screen.file_buttons["missing.pdf"], Qt.MouseButton.LeftButton)
    assert screen.written.exists() and len(set(values)) > 3
    assert all(b.isEnabled() for b in screen.file_buttons.values())


def test_enter_in_repeat_the_pin_adds_the_operator(station, qtbot):
    _win, screen = _lead(station, qtbot, "Operators")
    qtbot.keyClicks(screen.name, "Can bo Tuan")
    qtbot.keyClicks(screen.pin, "5678")
    qtbot.keyClicks(screen.pin_again, "5678")
    qtbot.keyClick(screen.pin_again, Qt.Key.Key_Return)
    assert "Can bo Tuan can now sign in." == screen.message.text()
    assert any(r["name"] == "Can bo Tuan" for r in screen.model.records)


def test_the_letters_screen_opens_in_its_village_list(station, qtbot):
    win, screen = _lead(station, qtbot, "Letters")
    assert win.focusWidget() is screen.villages
    screen.by_village.setFocus()
    qtbot.keyClick(screen.by_village, Qt.Key.Key_Tab)
    assert win.focusWidget() is screen.villages  # the choice, then the villages to tick


def test_one_form_of_a_key_fingerprint_on_both_screens(station, qtbot):
    win, hall = _lead(station, qtbot, "Hall network")
    shown = re.sub(r"^[^0-9]*", "", hall.key.text())
    assert re.fullmatch(r"\d{5}( \d{5}){7}", shown), shown
    assert shown == show_fingerprint(hall.state["fingerprint"])
    assert re.fullmatch(r"\d{5}( \d{5}){7}", fingerprint("0" * 32))  # the sync key's form


def test_hq_says_what_not_yet_at_the_station_means(sites, qtbot, tmp_path):  # noqa: F811
    from ui_floor_helpers import settings

    from station_app.ui.app import build_window
    from station_app.ui.workers import SyncWorker

    db = Database.open(sites["hq"].path)
    try:
        win = build_window(db, "en", settings(tmp_path, "hq"), require_sign_in=True,
                           worker=SyncWorker(db.path))
        qtbot.addWidget(win)
        win.show()
        sign_in(qtbot, win, "can bo so", "4444")
        hq = win.open_screen("HQ")
        headers = [hq.stations.headerData(c, Qt.Orientation.Horizontal)
                   for c in range(hq.stations.columnCount())]
        assert "Changes not yet at the station" in headers and "Not acknowledged" not in headers
        assert hq.explained.isVisible() and "has not confirmed receiving" in hq.explained.text()
        win.close()
    finally:
        db.close()
