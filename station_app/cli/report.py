"""report (progress figures, PDF or XLSX), report missing (residents still to collect), as
the operator signed in (see station_app.cli)."""

from __future__ import annotations

import argparse
from pathlib import Path

from station_app.cli import emit, open_station
from station_app.core.dates import show_date


def register(sub, common) -> None:
    p = sub.add_parser("report", parents=[common],
                       help="campaign progress: figures (--json), --out FILE.pdf or FILE.xlsx; "
                            "'report missing' lists the residents still to collect")
    p.add_argument("--date", help="the day of the figures, dd/mm/yyyy (default: today)")
    p.add_argument("--out", type=Path, metavar="FILE.pdf|FILE.xlsx", help="write the report")
    p.add_argument("--campaign", help="campaign name or id (default: the current one)")
    p.set_defaults(func=cmd_report)
    inner = argparse.ArgumentParser(add_help=False)  # options given before the action stay
    inner.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="station database")
    inner.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                       help="print results as JSON")
    inner.add_argument("--operator", default=argparse.SUPPRESS, help="who asks (signs in)")
    inner.add_argument("--date", default=argparse.SUPPRESS, help="day of the age groups")
    inner.add_argument("--out", type=Path, default=argparse.SUPPRESS,
                       metavar="FILE.pdf|FILE.xlsx", help="write the list")
    inner.add_argument("--campaign", default=argparse.SUPPRESS, help="campaign name or id")
    what = p.add_subparsers(dest="report_action", metavar="ACTION")
    m = what.add_parser("missing", parents=[inner],
                        help="residents who need a card and were not collected, per village, "
                             "for the door-to-door teams")
    m.add_argument("--village", help="only this village (name, diacritics optional, or id)")
    m.set_defaults(func=cmd_missing)


def cmd_report(args) -> int:
    from station_app.services import reports
    from station_app.services.progress import progress

    db, who = open_station(args)
    if args.out:
        report = reports.write_report(db, args.out, args.date, args.campaign, operator=who)
    else:
        report = progress(db, args.date, args.campaign, operator=who)
    data = reports.as_json(report)
    text = (f"{show_date(report['date'])}: {report['collected']:,} of {report['target']:,} "
            f"collected ({report['percent']} %), {report['remaining']:,} remaining; "
            f"{report['achieved_per_day']} a day (last 7 days), "
            f"{report['needed_per_day']} needed; finish "
            f"{show_date(report['projected_finish']) if report['projected_finish'] else '?'}"
            + (f"\nwritten: {args.out}" if args.out else ""))
    for d in report["deadlines"]:
        text += (f"\n  {d['ages']} by {show_date(d['date'])}: {d['collected']:,}/"
                 f"{d['target']:,}, {d['needed_per_day']} a day needed, "
                 + ("on track" if d["on_track"] else "NOT on track"))
    for m in report["milestones"]:
        text += (f"\n  {m['target']:,} by {show_date(m['date'])}: {m['collected']:,} collected, "
                 f"{m['remaining']:,} remaining, {m['needed_per_day']} a day needed "
                 f"({m['campaign_needed_per_day']} a day over the campaign), "
                 + ("achieved" if m["achieved"] else
                    "on track" if m["on_track"] else "NOT on track"))
    for note in report["notes"]:
        text += f"\n  {note}"
    emit(args, data, text)
    return 0


def cmd_missing(args) -> int:
    from station_app.services import reports

    db, who = open_station(args)
    out = getattr(args, "out", None)
    village = args.village
    date, campaign = getattr(args, "date", None), getattr(args, "campaign", None)
    if out:  # the rows go to the file as they are read; the counts are printed
        listed = reports.write_missing(db, out, village, campaign, date, operator=who)
        missing = {k: listed[k] for k in ("campaign", "date", "station", "station_name",
                                          "count")}
        missing["villages"] = [{"name": v["name"], "count": v["count"]}
                               for v in listed["villages"]]
        missing["written"] = str(out)
    else:
        from station_app.services.progress import missing_residents

        missing = missing_residents(db, village, campaign, date, operator=who)
        for v in missing["villages"]:
            v["count"] = len(v["residents"])
    text = "\n".join(f"{v['name']}: {v['count']}" for v in missing["villages"])
    text += f"\n{missing['count']:,} residents still to collect" + (
        f"\nwritten: {out}" if out else "")
    emit(args, missing, text)
    return 0
