"""plan: capacity against each deadline and milestone, the shortfall and the sessions that
close it (``--accept``: create them and book the villages), or at HQ across the stations."""

from __future__ import annotations

import datetime as dt

from station_app.cli import emit, open_station, whole_number
from station_app.core.capacity import MINUTES_PER_PERSON
from station_app.core.dates import show_date


def _rate(text: str) -> float:
    value = float(text.rstrip("%").replace(",", "."))
    return value / 100 if text.endswith("%") or value > 1 else value


def _runs(days: list[str]) -> str:
    """'14/12/2026–16/12/2026, 18/12/2026': consecutive days as one range."""
    runs: list[list[dt.date]] = []
    for d in map(dt.date.fromisoformat, days):
        if runs and (d - runs[-1][-1]).days == 1:
            runs[-1].append(d)
        else:
            runs.append([d])
    return ", ".join(show_date(r[0]) + (f"–{show_date(r[-1])}" if len(r) > 1 else "")
                     for r in runs)


def register(sub, common) -> None:
    p = sub.add_parser("plan", parents=[common],
                       help="capacity against each deadline and milestone, shortfall, proposed "
                            "sessions (--accept: create them and book the villages)")
    p.add_argument("--campaign", help="campaign name or id (default: the current one)")
    p.add_argument("--date", help="the day of the plan, dd/mm/yyyy (default: today)")
    p.add_argument("--desks", type=whole_number(1, 100),
                   help="desks instead of the number measured from the intakes")
    p.add_argument("--minutes-per-person", type=whole_number(1, 240),
                   default=MINUTES_PER_PERSON,
                   help="minutes a person takes at a desk (default %(default)s)")
    p.add_argument("--show-up", type=_rate, metavar="RATE",
                   help="share of invited people who come (0.8 or 80%%) instead of the measured")
    p.add_argument("--accept", action="store_true",
                   help="create the proposed sessions and book the villages into them")
    p.set_defaults(func=cmd_plan)


def cmd_plan(args) -> int:
    from station_app.services import planning

    db, who = open_station(args)
    result = planning.plan(db, args.campaign, args.date, args.desks,
                           args.minutes_per_person, args.show_up, operator=who)
    lines = [f"{result['campaign']}, {show_date(result['date'])}: {result['remaining']:,} "
             f"still to collect"]
    stations = result["stations"] if result["hq"] else [result]
    for s in stations:
        lines.append(f"{s['station']}: {s['desks']} desk(s), show-up {s['show_up']:.0%}"
                     + (" (measured)" if s["show_up_measured"] else " (default)")
                     + f", a day of sessions takes {s['usual_day']['expected']:g}")
        for t in s["targets"]:
            line = (f"  {t['label']} by {show_date(t['date'])}: {t['to_collect']:,} to collect, "
                    f"planned capacity {t['capacity']:,} (expects {t['expected']:g}), "
                    f"shortfall {t['shortfall']:,}")
            days = sorted({x["day"] for x in t["sessions"]})
            if days:
                line += f"; add {len(days)} day(s) of sessions: " + _runs(days)
            if t["missing"]:
                line += f"; CANNOT FIT: missing {planning.missing_text(t['missing'])}"
            lines.append(line)
    if result["hq"]:
        for r in result["lenders"]:
            lines.append(f"could lend: {r['station']} ({r['spare']:,} spare, "
                         f"{r['free_days']} free day(s))")
        if result["unserved"]:
            lines.append("villages no station serves: " + ", ".join(
                v["name"] for v in result["unserved"]))
    if args.accept:
        accepted = planning.accept_plan(db, result, operator=who)
        result["accepted"] = {"sessions": [s["id"] for s in accepted["sessions"]],
                              "booking": accepted["booking"]}
        booked = accepted["booking"] or {}
        lines.append(f"accepted: {len(accepted['sessions'])} session(s) created, "
                     f"{booked.get('households', 0):,} household(s) booked")
    emit(args, result, "\n".join(lines))
    return 0
