"""Who owns the campaign (issue 22, point 2): a station that made its own campaign before HQ's
existed collects for days, its bundle reaches HQ, and HQ's progress (the service and the HQ's
Dashboard screen) shows that station's figures; HQ's campaign then supersedes the station's,
and the station's intakes count under it. Real databases and bundles (test_sync's laptops:
HQ with the roster, XA01, XA02), HQ's screen driven as HQ uses it."""

from __future__ import annotations

import datetime as dt

import pytest
import test_sync
from cli_helpers import lead_of
from ui_floor_helpers import settings, sign_in

from station_app.core.scheduling import AgeDeadline, Milestone
from station_app.services.intake import record_intake
from station_app.services.operators import find_operator
from station_app.services.progress import progress
from station_app.services.sessions import ScheduleError, create_campaign, list_campaigns
from station_app.storage import Database
from station_app.sync import export_bundle, import_bundle
from station_app.ui.app import build_window
from station_app.ui.workers import SyncWorker

_sites_template, sites = test_sync._sites_template, test_sync.sites

TODAY = dt.date.today()
DEADLINES = [AgeDeadline(14, 22, TODAY + dt.timedelta(days=20)),
             AgeDeadline(23, None, TODAY + dt.timedelta(days=40))]


def send(src: Database, dst: Database, folder, name: str):
    export_bundle(src, folder / name, to=dst.station, operator=lead_of(src))
    return import_bundle(dst, folder / name, operator=lead_of(dst))


def hq_operator(db: Database):
    return find_operator(db, "Cán bộ Sở")


def collect(db: Database, count: int) -> list[str]:
    """The station's lead records ``count`` residents collected over the last days."""
    people = [r[0] for r in db.conn.execute(
        "SELECT id FROM residents WHERE card_status = 'needs_card' AND dob <= ? ORDER BY id"
        " LIMIT ?", (f"{TODAY.year - 23}-01-01", count))]
    for i, resident in enumerate(people):
        when = dt.datetime.combine(TODAY - dt.timedelta(days=3 - i % 3), dt.time(8, i))
        record_intake(db, resident, "collected", desk="1", now=when, operator=lead_of(db))
    return people


def test_a_stations_own_campaign_reaches_hq_with_its_figures(sites, qtbot, tmp_path):
    hq, xa01, xa02, folder = sites["hq"], sites["xa01"], sites["xa02"], sites["dir"]
    send(hq, xa01, folder, "roster-1.bundle")  # the roster, no campaign: HQ has set none yet
    create_campaign(xa01, "CCCD xã Hòa Bình", DEADLINES, TODAY - dt.timedelta(days=5),
                    TODAY + dt.timedelta(days=40), operator=lead_of(xa01),
                    milestones=[Milestone(5, None, TODAY + dt.timedelta(days=20))])
    collected = collect(xa01, 6)
    at_station = progress(xa01, TODAY, operator=lead_of(xa01))
    assert at_station["collected"] == 6

    outcome = send(xa01, hq, folder, "xa01-1.bundle")
    assert outcome.status == "applied" and outcome.set_aside == 0  # nothing of it set aside
    figures = progress(hq, TODAY, operator=hq_operator(hq))
    assert figures["campaign"] == "CCCD xã Hòa Bình" and figures["campaign_station"] == "XA01"
    assert figures["collected"] == 6 and figures["target"] == at_station["target"]
    assert {s["code"]: s["collected"] for s in figures["stations"]}["XA01"] == 6
    assert [(m["target"], m["collected"]) for m in figures["milestones"]] == [(5, 6)]

    # HQ's Dashboard shows them, saying whose campaign it is and where the province's is set
    win = build_window(Database.open(hq.path), "en", settings(tmp_path, "hq"),
                       require_sign_in=True, worker=SyncWorker(hq.path))
    qtbot.addWidget(win)
    win.show()
    try:
        sign_in(qtbot, win, "can bo so", "4444")
        screen = win.screens["Dashboard"]
        win.tabs.setCurrentWidget(screen)
        qtbot.waitUntil(lambda: screen.figures is not None, timeout=10_000)
        assert screen.pages.currentWidget() is screen.body
        assert screen.figures["collected"] == 6
        assert "station XA01's own" in screen.title.text()
        assert "Campaign screen" in screen.title.text()
        campaigns = win.screens["Campaign"]
        win.tabs.setCurrentWidget(campaigns)
        assert [campaigns.model.index(0, c).data() for c in range(2)][0] == "CCCD xã Hòa Bình"
    finally:
        win.close()
        win.ctx.db.close()

    # HQ sets the province's campaign (the same name is no clash): it supersedes the
    # station's, and the station's intakes count under it
    create_campaign(hq, "CCCD xã Hòa Bình", DEADLINES, TODAY - dt.timedelta(days=10),
                    TODAY + dt.timedelta(days=40), operator=hq_operator(hq))
    figures = progress(hq, TODAY, operator=hq_operator(hq))
    assert figures["campaign_station"] is None and figures["collected"] == 6
    assert figures["start"] == (TODAY - dt.timedelta(days=10)).isoformat()

    # at the station HQ's campaign is in force from HQ's next bundle; it can't make another
    send(hq, xa01, folder, "hq-2.bundle")
    here = list_campaigns(xa01, operator=lead_of(xa01))
    assert [(c["station"], c["in_force"]) for c in here] == [(None, True), ("XA01", False)]
    assert progress(xa01, TODAY, operator=lead_of(xa01))["campaign_station"] is None
    assert progress(xa01, TODAY, operator=lead_of(xa01))["collected"] == len(collected)
    with pytest.raises(ScheduleError, match="HQ's campaign 'CCCD xã Hòa Bình' is in force"):
        create_campaign(xa01, "Đợt 2", DEADLINES, operator=lead_of(xa01))

    # another station sees HQ's campaign only, not XA01's own (which HQ passes on)
    send(hq, xa02, folder, "hq-xa02.bundle")
    assert [c["station"] for c in list_campaigns(xa02, operator=lead_of(xa02))] == [None]


def test_a_station_makes_its_own_campaign_only_before_hqs(sites):
    hq, xa01, folder = sites["hq"], sites["xa01"], sites["dir"]
    create_campaign(hq, "CCCD tỉnh", DEADLINES, operator=hq_operator(hq))
    send(hq, xa01, folder, "hq-1.bundle")
    before = xa01.scalar("SELECT count(*) FROM campaigns")
    with pytest.raises(ScheduleError, match="only before HQ's arrives"):
        create_campaign(xa01, "CCCD riêng", DEADLINES, operator=lead_of(xa01))
    assert xa01.scalar("SELECT count(*) FROM campaigns") == before
    [only] = list_campaigns(xa01, operator=lead_of(xa01))
    assert only["name"] == "CCCD tỉnh" and only["station"] is None and only["in_force"]
