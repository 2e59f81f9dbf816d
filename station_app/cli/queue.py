"""ticket (issue, call and the other desk actions, show, print), intake, queue (status, display,
stats, policy, config)."""

from __future__ import annotations

import argparse
from pathlib import Path

from station_app.cli import CliError, emit, open_station
from station_app.core.dates import show_date, show_moment
from station_app.core.queueing import INTAKE_OUTCOMES, TICKET_SIZES, desk_label


def register(sub, common) -> None:
    desk = argparse.ArgumentParser(add_help=False, parents=[common])
    desk.add_argument("--desk", required=True, help="desk name or number, for example 1")

    ticket = sub.add_parser("ticket", help="queue tickets: issue, call and the desk actions")
    actions = ticket.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = actions.add_parser("issue", parents=[common], help="issue a ticket (or scan a letter)")
    p.add_argument("--queue", help="queue code, prefix or kind (default: walk-in)")
    p.add_argument("--scan", metavar="TEXT", help="what the scanner read from a letter's QR")
    p.add_argument("--household", metavar="CODE", help="link the ticket to this household")
    p.add_argument("--print", dest="print_to", type=Path, metavar="FILE",
                   help="write the ticket PDF here (after the ticket is committed)")
    p.add_argument("--size", choices=TICKET_SIZES, default="58", help="paper: 58/80 mm roll or a4")
    p.set_defaults(func=cmd_issue)

    p = actions.add_parser("call", parents=[desk], help="call the next ticket (or --ticket T)")
    p.add_argument("--ticket", help="call this ticket (number, code or id) instead of the next")
    p.set_defaults(func=cmd_call)
    for name, aliases, help_text in (
            ("recall", [], "call the desk's ticket again"),
            ("start", [], "the called person arrived: service starts"),
            ("no-show", ["skip"], "the called person did not come"),
            ("return", [], "send the desk's ticket back to the end of its queue"),
            ("finish", [], "the desk is done with its ticket")):
        p = actions.add_parser(name, aliases=aliases, parents=[desk], help=help_text)
        p.set_defaults(func=cmd_desk_action, desk_action=name)
    p = actions.add_parser("transfer", parents=[desk], help="send the desk's ticket to another desk")
    p.add_argument("--to", required=True, dest="to_desk", help="the desk that takes it")
    p.set_defaults(func=cmd_desk_action, desk_action="transfer")
    p = actions.add_parser("reactivate", parents=[common], help="a no-show came back: queue again")
    p.add_argument("ticket", help="ticket number (today), code or id")
    p.set_defaults(func=cmd_reactivate)
    p = actions.add_parser("show", parents=[common], help="a ticket and the people ahead of it")
    p.add_argument("ticket")
    p.set_defaults(func=cmd_show)
    p = actions.add_parser("print", parents=[common], help="reprint a ticket (recorded)")
    p.add_argument("ticket")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--size", choices=TICKET_SIZES, default="58")
    p.set_defaults(func=cmd_reprint)

    p = sub.add_parser("intake", parents=[common], help="record the outcome of a resident's intake")
    p.add_argument("resident", nargs="?",
                   help="resident id, 12-digit personal ID or 9-digit old ID")
    p.add_argument("--outcome", choices=INTAKE_OUTCOMES)
    p.add_argument("--reason", help="why (needed for rejected, referred, and a second intake)")
    p.add_argument("--note")
    p.add_argument("--ticket", help="the ticket being served (number today, code or id)")
    p.add_argument("--desk")
    p.add_argument("--force", action="store_true",
                   help="record although the resident was already collected (needs --reason)")
    p.add_argument("--corrects", metavar="INTAKE_ID",
                   help="correct this intake (RESIDENT: the right person, if it was the wrong one)")
    p.add_argument("--why", help="with --corrects: why the intake is corrected (else --reason)")
    p.add_argument("--history", action="store_true", help="show the resident's intakes")
    p.add_argument("--new-name", metavar="NAME", help="add a person missing from the roster")
    p.add_argument("--dob", help="their date of birth (dd/mm/yyyy or yyyy), with --new-name")
    p.add_argument("--gender", choices=("M", "F"), help="with --new-name")
    p.add_argument("--personal-id", help="with --new-name")
    p.add_argument("--household", metavar="CODE", help="their household code, with --new-name")
    p.set_defaults(func=cmd_intake)

    queue = sub.add_parser("queue", help="the queue: status, display, statistics, settings")
    actions = queue.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("status", parents=[common], help="waiting, desks, order of service")
    p.set_defaults(func=cmd_status)
    p = actions.add_parser("display", parents=[common], help="what the now-serving screen shows")
    p.set_defaults(func=cmd_display)
    p = actions.add_parser("stats", parents=[common], help="waiting, walking and service times")
    p.add_argument("--date", help="station-day yyyy-mm-dd (default today)")
    p.set_defaults(func=cmd_stats)
    p = actions.add_parser("policy", parents=[common], help="show or set the order of service")
    p.add_argument("mode", nargs="?", choices=("strict", "interleave"))
    p.add_argument("--ratio", type=int, help="interleave: priority tickets per normal ticket")
    p.add_argument("--window", type=int, help="minutes before the slot an appointment is due")
    p.add_argument("--other-day", choices=("walk_in", "appointment"),
                   help="a letter for another day: served with the walk-ins (default) or as an "
                        "appointment due now")
    p.set_defaults(func=cmd_policy)
    p = actions.add_parser("config", parents=[common], help="add or change a queue")
    p.add_argument("code")
    p.add_argument("--prefix", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--kind", required=True, choices=("appointment", "walk_in", "priority"))
    p.add_argument("--inactive", action="store_true")
    p.set_defaults(func=cmd_config)


def _line(t: dict) -> str:
    where = f" at {desk_label(t['desk'])}" if t.get("desk") else ""
    return f"{t['number']}  {t['queue_name']}  {t['status']}{where}  issued {t['issued_at'][11:16]}"


def _household_id(db, code: str | None) -> str | None:
    from station_app.services.search import household_id

    if not code:
        return None
    hid = household_id(db, code)
    if not hid:
        raise CliError(f"no household with code '{code}'")
    return hid


def cmd_issue(args) -> int:
    # on a laptop joined to the station's host, numbers and calls are the host's: asked of it
    # as the screens do (services/floor.py)
    from station_app.services import floor, hall

    db, operator = open_station(args)
    scanned = args.scan is not None  # an empty scan is an error, never a walk-in ticket
    if scanned and (args.queue or args.household):
        raise CliError("--scan decides the queue and household: do not give --queue/--household")
    if scanned:
        if hall.host_of(db):
            found = floor.at_table(db, args.scan, operator=operator)
        else:
            found = floor.scan_at_table(db, args.scan, operator=operator)
        ticket = found["ticket"]
        if found["kind"] == "ticket":
            head = "this is ticket"
        elif found["new"]:
            head = (f"household {found['household']['code']} checked in "
                    f"({len(found['checked_in'])} appointment(s)); ticket")
        else:
            head = f"household {found['household']['code']} already has ticket"
        data = {**ticket, "scan": {k: v for k, v in found.items() if k != "ticket"}}
    else:
        ticket = floor.issue(db, args.queue,
                             household_id=_household_id(db, args.household), operator=operator)
        head, data = "ticket", dict(ticket)
    data["people_ahead"] = ticket["people_ahead"]
    if args.print_to:
        data["printed"] = str(floor.print_ticket(db, ticket["id"], args.print_to,
                                                 args.size, operator=operator))
    text = f"{head} {ticket['number']} ({ticket['queue_name']}), {data['people_ahead']} ahead"
    if args.print_to:
        text += f"; printed to {args.print_to}"
    emit(args, data, text)
    return 0


def cmd_call(args) -> int:
    from station_app.services import floor

    db, operator = open_station(args)
    if args.ticket:
        ticket = floor.desk_action(db, args.desk, "call", ticket=args.ticket, operator=operator)
    else:
        ticket = floor.desk_action(db, args.desk, "call_next", operator=operator)
    if ticket is None:
        emit(args, None, "nobody is waiting")
        return 0
    emit(args, ticket, f"{ticket['number']} → {desk_label(ticket['desk'])}")
    return 0


def cmd_desk_action(args) -> int:
    from station_app.services import floor

    db, operator = open_station(args)
    action = args.desk_action.replace("-", "_")
    ticket = floor.desk_action(db, args.desk, action, to_desk=args.__dict__.get(
        "to_desk"), operator=operator)
    emit(args, ticket, _line(ticket))
    return 0


def cmd_reactivate(args) -> int:
    from station_app.services import floor

    db, operator = open_station(args)
    ticket = floor.desk_action(db, "", "reactivate", ticket=args.ticket, operator=operator)
    emit(args, ticket, _line(ticket))
    return 0


def cmd_show(args) -> int:
    from station_app.services import intake as intake_service
    from station_app.services import queue as q
    from station_app.services.search import describe

    db, operator = open_station(args)
    ticket = q.find_ticket(db, args.ticket)
    ticket["people_ahead"] = q.people_ahead(db, ticket["id"])
    ticket["residents"] = (intake_service.ticket_residents(db, ticket["id"], operator=operator)
                           if operator.may("resident.view") else [])  # not at the ticket table
    lines = [f"{_line(ticket)}, {ticket['people_ahead']} ahead"]
    for r in ticket["residents"]:
        done = r["intake"]["outcome"] if r["intake"] else "no intake yet"
        lines.append(f"  {describe(r)}: {done}")
    emit(args, ticket, "\n".join(lines))
    return 0


def cmd_reprint(args) -> int:
    from station_app.services import queue as q

    db, operator = open_station(args)
    path = q.print_ticket(db, args.ticket, args.out, args.size, reprint=True,
                          operator=operator)
    emit(args, {"printed": str(path)}, f"printed to {path}")
    return 0


def _resident_id(db, operator, text: str) -> str:
    from station_app.services.lookup import lookup

    found = lookup(db, text, operator=operator)
    if found["kind"] != "resident":
        raise CliError(f"'{text}' is a {found['kind']}, not a resident: give a resident's id "
                       "or ID number")
    return found["record"]["id"]


def cmd_intake(args) -> int:
    from station_app.services import intake as intake_service
    from station_app.services import queue as q

    db, operator = open_station(args)
    if args.history:
        if not args.resident:
            raise CliError("--history needs a RESIDENT")
        rows = intake_service.intake_history(db, _resident_id(db, operator, args.resident),
                                             operator=operator)
        text = "\n".join(
            f"{show_moment(r['at'])}  {r['outcome']:<17} {r['station']} desk "
            f"{r['desk'] or '-'}  {r['id']}"
            + (f"  corrected by {r['corrected_by']}" if r["corrected_by"] else "")
            + (f"  (corrects {r['corrects_id']})" if r["corrects_id"] else "")
            for r in rows) or "no intake recorded"
        emit(args, rows, text)
        return 0
    ticket_id = q.find_ticket(db, args.ticket)["id"] if args.ticket else None
    if args.corrects:
        resident = _resident_id(db, operator, args.resident) if args.resident else None
        why = args.why or args.reason
        if not why:
            raise CliError("a correction needs --why (why it is corrected)")
        row = intake_service.correct_intake(
            db, args.corrects, why, args.outcome, resident, reason=args.reason, note=args.note,
            operator=operator, force=args.force)
        emit(args, row, f"intake {args.corrects} corrected by {row['id']}: "
                        f"{row['full_name']} {row['outcome']}")
        return 0
    if not args.outcome:
        raise CliError("--outcome is required")
    if args.new_name:
        if args.resident:
            raise CliError("give either RESIDENT or --new-name, not both")
        person = intake_service.add_resident(
            db, args.new_name, args.dob, args.gender, _household_id(db, args.household),
            args.personal_id, operator=operator)
        resident = person["id"]
    elif args.resident:
        resident = _resident_id(db, operator, args.resident)
    else:
        raise CliError("give RESIDENT (id or ID number) or --new-name")
    row = intake_service.record_intake(
        db, resident, args.outcome, args.reason, args.note, ticket_id, args.desk,
        operator=operator, force=args.force)
    emit(args, row, f"{row['full_name']}: {row['outcome']} (intake {row['id']})")
    return 0


def cmd_status(args) -> int:
    from station_app.services import queue as q

    db, operator = open_station(args)
    status = q.queue_status(db)
    lines = [f"order of service: {status['policy']['description_en']}", ""]
    for queue in status["queues"]:
        lines.append(f"{queue['prefix']}  {queue['code']:<12} waiting {queue['waiting']:>3}"
                     f"  issued {queue['issued']:>3}  last {queue['last_number'] or '-'}")
    for d in status["desks"]:
        lines.append(f"{d['desk_label']}: {d['number']} ({d['status']})")
    lines.append(f"waiting {status['waiting']}, served {status['served']}, "
                 f"no-show {status['no_show']}")
    if status["longest_wait"]:
        lines.append(f"longest wait: {status['longest_wait']['number']} "
                     f"{status['longest_wait']['minutes']} min")
    if status["next"]:
        lines.append("next: " + " ".join(status["next"]))
    emit(args, status, "\n".join(lines))
    return 0


def cmd_display(args) -> int:
    from station_app.services import queue as q

    db, operator = open_station(args)
    shown = q.now_serving(db)
    lines = [f"{d['number']} → {d['desk_label']}" for d in shown["desks"]] or ["Đang chờ"]
    emit(args, shown, "\n".join(lines))
    return 0


def cmd_stats(args) -> int:
    from station_app.services import queue as q

    db, operator = open_station(args)
    stats = q.statistics(db, args.date)
    lines = [f"{show_date(stats['day'])}: issued {stats['issued']}, served {stats['served']}, no-show "
             f"{stats['no_show']}, waiting now {stats['waiting_now']}"]
    for group in ("by_queue", "by_desk", "by_hour"):
        lines.append(group.replace("_", " ") + ":")
        for key, g in stats[group].items():
            lines.append(f"  {key:<12} tickets {g['tickets']:>3}  waiting mean "
                         f"{g['waiting']['mean']} min  walking {g['walking']['mean']}  "
                         f"service {g['service']['mean']}")
    emit(args, stats, "\n".join(lines))
    return 0


def cmd_policy(args) -> int:
    from station_app.services import queue as q

    db, operator = open_station(args)
    if args.mode or args.ratio is not None or args.window is not None or args.other_day:
        policy = q.set_policy(db, args.mode or q.get_policy(db).mode, args.ratio, args.window,
                              operator=operator, other_day=args.other_day)
    else:
        policy = q.get_policy(db)
    emit(args, {"mode": policy.mode, "ratio": policy.ratio,
                "window_minutes": policy.window_minutes, "other_day": policy.other_day,
                "description": policy.describe("vi")},
         policy.describe("en"))
    return 0


def cmd_config(args) -> int:
    from station_app.services import queue as q

    db, operator = open_station(args)
    queue = q.configure_queue(db, args.code, args.prefix, args.name, args.kind,
                              active=not args.inactive, operator=operator)
    emit(args, queue.__dict__, f"queue {queue.code}: prefix {queue.prefix}, {queue.kind}")
    return 0
