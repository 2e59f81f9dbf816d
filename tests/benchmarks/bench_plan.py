"""The plan for a province (SPEC §7: 802,466 residents, 50 stations, 120 days, ≤ 2 s): the
progress figures (bench_report's database: 802,466 residents, 100 days of intakes) and, on top,
the plan of 50 stations each with a session on most of 120 days (sessions written as HQ holds
them after the stations' bundles), measured as ``planning.plan`` at HQ would compute it: the
figures once, then every station's capacity, shortfall and proposal."""

from __future__ import annotations

import datetime as dt
import time

from bench_report import DAYS, START, report_db
from run import bench_lead

STATIONS = 50
PLAN_DAYS = 120


def _hq_report(report: dict) -> dict:
    """The station figures HQ's report holds: the campaign's target split over 50 stations."""
    n = len(report["deadlines"])
    stations = []
    for i in range(STATIONS):
        by_age = [{"remaining": d["remaining"] // STATIONS} for d in report["deadlines"]]
        stations.append({"code": f"ST{i:02d}", "by_age": by_age,
                         "target": report["target"] // STATIONS,
                         "area_collected": report["collected"] // STATIONS})
    assert n
    return report | {"stations": stations}


def run(ctx) -> None:
    from station_app.core.dates import show_date
    from station_app.services import planning
    from station_app.services.progress import progress
    from station_app.services.sessions import parse_milestone, set_milestones
    from station_app.storage import Database

    db = Database.open(report_db(ctx))
    lead = bench_lead(db)
    day = START + dt.timedelta(days=DAYS - 1)
    camp = db.one("SELECT name FROM campaigns")["name"]
    set_milestones(db, camp, [parse_milestone(
        f"96%:{show_date(START + dt.timedelta(days=DAYS + 10))}")], operator=lead)
    sessions = {f"ST{i:02d}": [{"station": f"ST{i:02d}", "place": "Hội trường",
                                "day": (day + dt.timedelta(days=d)).isoformat(),
                                "opens": "07:00", "closes": "11:30", "slot_minutes": 20,
                                "capacity": 12} for d in range(1, PLAN_DAYS) if d % 7 != i % 7]
                for i in range(STATIONS)}
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        report = _hq_report(progress(db, day, operator=lead))
        result = planning._hq(report, sessions, {}, {}, "0123456", None,
                              planning.MINUTES_PER_PERSON, None)
        timings.append(time.perf_counter() - start)
    best = min(timings)
    ctx.report(f"plan for {STATIONS} stations x {PLAN_DAYS} days over "
               f"{report['target']:,} people (best of 3)", best, "s", "≤ 2 s", best <= 2.0)
    ctx.report("  stations short of a deadline", len({r["station"] for r in result["short"]}),
               "stations", "-")
    db.close()
