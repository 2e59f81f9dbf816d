"""schedule (campaign, create, week, list, book, move, moved), letters (print, deliver,
settings), announce."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from station_app.cli import CliError, emit, open_station, whole_number
from station_app.core.appointments import SETTING_KEYS
from station_app.core.dates import show_date, show_moment
from station_app.core.scheduling import slot_times


def _day(text: str) -> dt.date:
    from station_app.services import sessions as S

    return S.parse_day(text)


def register(sub, common) -> None:
    plan = argparse.ArgumentParser(add_help=False)
    plan.add_argument("--place", required=True, help="where, for example 'Hội trường UBND xã'")
    plan.add_argument("--hours", default="07:00-11:30,13:30-17:00",
                      help="opening hours, one session each (default: %(default)s)")
    plan.add_argument("--slot", type=whole_number(1, 24 * 60), default=20,
                      help="slot length in minutes (default 20)")
    plan.add_argument("--capacity", type=whole_number(1, 10_000), default=12,
                      help="people per slot (default 12)")
    plan.add_argument("--campaign", help="campaign the sessions belong to (name or id)")

    schedule = sub.add_parser("schedule", help="plan sessions, book households, move sessions")
    actions = schedule.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("campaign", parents=[common],
                           help="a campaign with age-group deadlines (14-22:31/08/2025 ...)")
    p.add_argument("--name", required=True)
    p.add_argument("--deadline", action="append", default=[], metavar="AGES:DAY",
                   help="ages and the day they must be done by: 14-22:31/08/2025, 23+:30/09/2025")
    p.add_argument("--milestone", action="append", default=[], metavar="PEOPLE:DAY",
                   help="people (or a share) collected by a day, that day included: "
                        "771797:15/06/2021 or 96.2%%:15/06/2021; repeat for more")
    p.add_argument("--from", dest="starts", help="first day of the campaign")
    p.add_argument("--to", dest="ends", help="last day of the campaign")
    p.set_defaults(func=cmd_campaign)

    p = actions.add_parser("milestones", parents=[common],
                           help="replace the milestones of a campaign (none given: remove them)")
    p.add_argument("--campaign", required=True, help="campaign name or id")
    p.add_argument("--milestone", action="append", default=[], metavar="PEOPLE:DAY",
                   help="771797:15/06/2021 or 96.2%%:15/06/2021; repeat for more")
    p.set_defaults(func=cmd_milestones)

    p = actions.add_parser("create", parents=[common, plan], help="sessions on one day")
    p.add_argument("--day", required=True, help="dd/mm/yyyy")
    p.set_defaults(func=cmd_create)

    p = actions.add_parser("week", parents=[common, plan],
                           help="sessions every day for a week (or --days N / --until D), "
                                "weekends included")
    p.add_argument("--start", required=True, help="first day, dd/mm/yyyy")
    p.add_argument("--days", type=whole_number(1, 366), default=7)
    p.add_argument("--until", help="last day instead of --days")
    p.add_argument("--skip", action="append", default=[], metavar="WEEKDAY",
                   choices=["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                   help="leave out this weekday (mon..sun); repeat for more")
    p.set_defaults(func=cmd_week)

    p = actions.add_parser("list", parents=[common], help="sessions and what is booked on them")
    p.add_argument("--from", dest="start", help="first day (default: today)")
    p.add_argument("--to", dest="end", help="last day")
    p.add_argument("--all", action="store_true", help="include cancelled sessions")
    p.set_defaults(func=cmd_list)

    p = actions.add_parser("book", parents=[common],
                           help="book the households of villages into free slots")
    p.add_argument("--village", action="append", required=True,
                   help="village name (diacritics optional) or id; repeat, in booking order")
    p.add_argument("--session", action="append", help="only these sessions (id or dd/mm/yyyy)")
    p.add_argument("--campaign", help="campaign whose deadlines order the booking")
    p.set_defaults(func=cmd_book)

    p = actions.add_parser("move", parents=[common],
                           help="move a session (new day, place or hours), or --spread its "
                                "appointments over other sessions")
    p.add_argument("session", help="session id or dd/mm/yyyy [HH:MM]")
    p.add_argument("--day", help="new day")
    p.add_argument("--place", help="new place")
    p.add_argument("--hours", help="new opening hours, for example 07:30-11:30")
    p.add_argument("--spread", action="store_true",
                   help="cancel the session and book its households into other sessions")
    p.add_argument("--onto", action="append", help="with --spread: only these sessions")
    p.add_argument("--reason", help="why, for the notices (for example 'mất điện theo lịch')")
    p.add_argument("--notices", type=Path, metavar="FILE.pdf",
                   help="also print a notice for each household to tell")
    p.add_argument("--size", default="A5", type=str.upper, choices=["A5", "A4"])
    p.set_defaults(func=cmd_move)

    p = actions.add_parser("moved", parents=[common], help="households to tell about a move")
    p.add_argument("move", help="the move's id (printed by schedule move)")
    p.add_argument("--notices", type=Path, metavar="FILE.pdf", help="print their notices")
    p.add_argument("--size", default="A5", type=str.upper, choices=["A5", "A4"])
    p.set_defaults(func=cmd_moved)

    letters = sub.add_parser("letters", parents=[common],
                             help="print invitation letters (--out FILE.pdf), record deliveries")
    letters.add_argument("--out", type=Path, metavar="FILE.pdf", help="write the letters here")
    letters.add_argument("--village", action="append", help="letters of this village (repeat)")
    letters.add_argument("--session", help="letters of this session (id or dd/mm/yyyy [HH:MM])")
    letters.add_argument("--size", default="A5", type=str.upper, choices=["A5", "A4"])
    letters.add_argument("--date", help="date printed on the letters (default: today)")
    letters.set_defaults(func=cmd_letters)
    # options of `letters` may come before its action (letters --db F deliver ...): the
    # action's own copies must not reset them to their defaults
    inner = argparse.ArgumentParser(add_help=False)
    inner.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="station database")
    inner.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                       help="print results as JSON")
    inner.add_argument("--operator", default=argparse.SUPPRESS, help="who does this (signs in)")
    what = letters.add_subparsers(dest="letters_action", metavar="ACTION")
    p = what.add_parser("deliver", parents=[inner],
                        help="record deliveries: scanned stub codes (or household codes)")
    p.add_argument("codes", nargs="+", metavar="CODE")
    p.add_argument("--by", required=True, help="who delivered")
    p.add_argument("--to", dest="received_by", help="who received it")
    p.set_defaults(func=cmd_deliver)
    p = what.add_parser("settings", parents=[inner], help="show or change the letterhead")
    for key in SETTING_KEYS:
        p.add_argument(f"--{key.replace('_', '-')}", dest=key)
    p.set_defaults(func=cmd_letter_settings)

    p = sub.add_parser("announce", parents=[common],
                       help="loudspeaker announcement of the coming days, per village")
    p.add_argument("--village", action="append", help="only this village (repeat)")
    p.add_argument("--from", dest="start", help="first day (default: today)")
    p.add_argument("--days", type=whole_number(1, 366), default=3,
                   help="how many days (default 3)")
    p.add_argument("--out", type=Path, metavar="FILE.txt", help="also write the text here")
    p.set_defaults(func=cmd_announce)


# -- schedule ----------------------------------------------------------------------------------
def _campaign_id(db, name: str | None) -> str | None:
    if not name:
        return None
    row = db.one("SELECT id FROM campaigns WHERE id = ? OR name = ?", (name, name))
    if not row:
        raise CliError(f"no campaign '{name}' (create it with: schedule campaign)")
    return row["id"]


def _session_line(s: dict) -> str:
    return (f"{s['id']}  {show_date(s['day'])} {s['opens']}-{s['closes']}  "
            f"{s.get('booked', 0):>4}/{s.get('places', '?'):<4} {s['place']}"
            + ("" if s.get("status", "planned") == "planned" else f"  ({s['status']})"))


def cmd_campaign(args) -> int:
    from station_app.services import sessions as S

    deadlines = [S.parse_deadline(d) for d in args.deadline]
    milestones = [S.parse_milestone(m) for m in args.milestone]
    db, operator = open_station(args)
    row = S.create_campaign(db, args.name, deadlines, args.starts, args.ends,
                            milestones=milestones, operator=operator)
    data = {"id": row["id"], "name": row["name"], "starts": row["starts"], "ends": row["ends"],
            "deadlines": [{"min_age": d.min_age, "max_age": d.max_age,
                           "deadline": d.deadline.isoformat()} for d in deadlines],
            "milestones": _milestones_json(milestones)}
    groups = ", ".join(f"{d.min_age}{'+' if d.max_age is None else f'-{d.max_age}'} by "
                       f"{show_date(d.deadline)}" for d in deadlines) or "no deadlines"
    if milestones:
        groups += "; milestones: " + ", ".join(m.label() for m in milestones)
    emit(args, data, f"campaign {row['name']} ({row['id']}): {groups}")
    return 0


def _milestones_json(milestones) -> list[dict]:
    return [{"people": m.people, "percent": m.percent, "date": m.day.isoformat()}
            for m in milestones]


def cmd_milestones(args) -> int:
    from station_app.services import sessions as S

    milestones = [S.parse_milestone(m) for m in args.milestone]
    db, operator = open_station(args)
    kept = S.set_milestones(db, args.campaign, milestones, operator=operator)
    emit(args, _milestones_json(kept), "milestones: " + (
        ", ".join(m.label() for m in kept) or "none"))
    return 0


def _created(args, rows: list[dict]) -> int:
    data = [{k: r[k] for k in ("id", "day", "opens", "closes", "place", "slot_minutes",
                               "capacity")} for r in rows]
    for r in rows:
        r["places"] = r["capacity"] * len(slot_times(r["opens"], r["closes"], r["slot_minutes"]))
    emit(args, data, "\n".join([f"created {len(rows)} session(s)"] + [_session_line(r)
                                                                       for r in rows]))
    return 0


def cmd_create(args) -> int:
    from station_app.services import sessions as S

    db, operator = open_station(args)
    campaign = _campaign_id(db, args.campaign)
    specs = [{"day": args.day, "place": args.place, "opens": o, "closes": c,
              "slot_minutes": args.slot, "capacity": args.capacity, "campaign_id": campaign}
             for o, c in S.parse_hours(args.hours)]
    return _created(args, S.create_sessions(db, specs, operator=operator))


def cmd_week(args) -> int:
    from station_app.services import sessions as S

    db, operator = open_station(args)
    skip = {["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(d) for d in args.skip}
    specs = S.week_specs(args.start, args.place, S.parse_hours(args.hours), args.slot,
                         args.capacity, days=args.days, until=args.until, skip_weekdays=skip,
                         campaign_id=_campaign_id(db, args.campaign))
    return _created(args, S.create_sessions(db, specs, operator=operator))


def cmd_list(args) -> int:
    from station_app.services import sessions as S

    db, operator = open_station(args)
    rows = S.list_sessions(db, args.start or dt.date.today(), args.end, args.all, operator=operator)
    text = "\n".join(_session_line(r) for r in rows) or "no sessions planned in that period"
    emit(args, rows, text)
    return 0


def cmd_book(args) -> int:
    from station_app.services import sessions as S

    db, operator = open_station(args)
    result = S.book_villages(db, args.village, args.session, args.campaign, operator=operator)
    lines = [f"booked {result.households} households ({result.people} people) into "
             f"{len(result.sessions)} session(s); already booked {result.already_booked}; "
             f"nobody to book in {result.nobody_to_book}; not placed {len(result.unplaced)}"]
    lines += [f"  {u['code']} ({u['people']} people): {u['reason']}" for u in result.unplaced[:50]]
    if len(result.unplaced) > 50:
        lines.append(f"  ... and {len(result.unplaced) - 50} more (use --json for all)")
    emit(args, result.as_dict(), "\n".join(lines))
    return 0


def _tell_lines(households: list[dict]) -> list[str]:
    lines = []
    for h in households:
        before, after = h["before"], h["after"]
        lines.append(
            f"  {h['village'] or '':<16} {h['code']:<10} {h['head_name'] or '':<24} "
            f"{h['phone'] or '':<11} {show_date(before['day'])} {before['slot']} -> "
            f"{show_date(after['day'])} {after['slot']} {after['place']}")
    return lines


def _notices(args, db, operator, move_id: str) -> dict | None:
    from station_app.services import letters as letter_service

    if not args.notices:
        return None
    return letter_service.print_move_notices(db, move_id, args.notices, args.size,
                                             operator=operator)


def cmd_move(args) -> int:
    from station_app.services import sessions as S

    db, operator = open_station(args)
    if args.spread:
        if args.day or args.place or args.hours:
            raise CliError("--spread moves the appointments elsewhere: don't give --day, "
                           "--place or --hours with it")
        move = S.spread_session(db, args.session, args.onto, args.reason, operator=operator)
    else:
        if args.onto:
            raise CliError("--onto goes with --spread")
        opens = closes = None
        if args.hours:
            hours = S.parse_hours(args.hours)
            if len(hours) != 1:
                raise CliError("--hours of one session: one range, for example 07:30-11:30")
            opens, closes = hours[0]
        move = S.move_session(db, args.session, args.day, args.place, opens, closes,
                              args.reason, operator=operator)
    printed = _notices(args, db, operator, move["id"])
    if printed:
        move["notices"] = printed
    lines = [f"move {move['id']}: {move['appointments']} appointments of "
             f"{len(move['households'])} households moved; households to tell:"]
    lines += _tell_lines(move["households"])
    if printed:
        lines.append(f"wrote {printed['notices']} notices to {printed['out']}")
    emit(args, move, "\n".join(lines))
    return 0


def cmd_moved(args) -> int:
    from station_app.services import sessions as S

    db, operator = open_station(args)
    households = S.moved_households(db, args.move, operator=operator)
    data = {"move": args.move, "households": households}
    printed = _notices(args, db, operator, args.move)
    lines = [f"{len(households)} households to tell:"] + _tell_lines(households)
    if printed:
        data["notices"] = printed
        lines.append(f"wrote {printed['notices']} notices to {printed['out']}")
    emit(args, data, "\n".join(lines))
    return 0


# -- letters -----------------------------------------------------------------------------------
def cmd_letters(args) -> int:
    from station_app.services import letters as letter_service

    if not args.out:
        raise CliError("give --out FILE.pdf to print letters (or an action: deliver, settings)")
    db, operator = open_station(args)
    printed = letter_service.print_letters(
        db, args.out, args.village, args.session, args.size,
        day=_day(args.date) if args.date else None, operator=operator)
    emit(args, printed, f"wrote {printed['letters']} letters ({printed['size']}, "
                        f"{', '.join(printed['villages'])}: {printed['first']} to "
                        f"{printed['last']}) to {printed['out']}")
    return 0


def cmd_deliver(args) -> int:
    from station_app.services import letters as letter_service

    db, operator = open_station(args)
    results, lines = [], []
    for code in args.codes:
        r = letter_service.record_delivery(db, code, args.by, args.received_by, operator=operator)
        results.append(r)
        if r["already"]:
            lines.append(f"{r['household_code']}: letter {r['number']} was already recorded as "
                         f"delivered on {show_moment(r['delivered_at'])} by {r['delivered_by']}")
        else:
            lines.append(f"{r['household_code']}: letter {r['number']} delivered by "
                         f"{r['delivered_by']}")
    emit(args, results, "\n".join(lines))
    return 0


def cmd_letter_settings(args) -> int:
    from station_app.services import letters as letter_service

    db, operator = open_station(args)
    changes = {k: getattr(args, k) for k in SETTING_KEYS
               if getattr(args, k) is not None}
    head = letter_service.set_letterhead(db, **changes, operator=operator) if changes else \
        vars(letter_service.letterhead(db)) | {"date": None}
    head.pop("date", None)
    emit(args, head, "\n".join(f"{k:<13} {v}" for k, v in head.items()))
    return 0


# -- announce ----------------------------------------------------------------------------------
def cmd_announce(args) -> int:
    from station_app.services import announce as announce_service
    from station_app.services import letters as letter_service

    db, operator = open_station(args)
    texts = announce_service.announcements(db, args.village, args.start, args.days,
                                           operator=operator)
    body = "\n\n\n".join(t["text"] for t in texts)
    if args.out:
        with letter_service.atomic_file(args.out) as target:
            target.fh.write((body + "\n").encode("utf-8"))
            target.commit()
    emit(args, texts, body)
    return 0
