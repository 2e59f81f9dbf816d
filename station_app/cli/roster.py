"""init, demo-roster, import-roster, search, lookup."""

from __future__ import annotations

import sys
from pathlib import Path

from station_app.cli import CliError, emit, open_db, whole_number
from station_app.core.dates import show_date
from station_app.services.demo_roster import write_demo_roster
from station_app.services.lookup import lookup
from station_app.services.roster_import import import_roster
from station_app.services.search import describe, search_residents
from station_app.storage import Database
from station_app.sync.identity import create_keys


def register(sub, common) -> None:
    p = sub.add_parser("init", parents=[common], help="create a station database and its identity")
    p.add_argument("--station", required=True, help="station code, for example XA-HB-01")
    p.add_argument("--name", required=True, help="station name, for example 'Trạm UBND xã Hòa Bình'")
    p.add_argument("--hq", action="store_true", help="this laptop is headquarters")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo-roster", parents=[common], help="write a synthetic roster CSV")
    p.add_argument("--households", type=whole_number(1, 10_000_000), required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--residents", type=whole_number(1, 50_000_000),
                   help="stop after this many residents")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_demo_roster)

    p = sub.add_parser("import-roster", parents=[common], help="import a roster (CSV or XLSX)")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_import_roster)

    p = sub.add_parser("search", parents=[common], help="residents matching a name, ID or date")
    p.add_argument("text")
    p.add_argument("--limit", type=whole_number(1, 100_000), default=20)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("lookup", parents=[common],
                       help="what a scanned or typed text identifies (letter QR, ticket, ID)")
    p.add_argument("text")
    p.set_defaults(func=cmd_lookup)


def cmd_init(args) -> int:
    station = args.station.strip()
    if not station or not all(c.isalnum() or c in "-_" for c in station):
        raise CliError("--station must be letters, digits, '-' or '_'")
    db = Database.create(args.db, station, args.name.strip(), hq=args.hq)
    create_keys(db, operator="cli")  # this laptop's signing and encryption keys (sync)
    emit(args, {"db": str(db.path), "station": db.station, "name": db.station_name,
                "hq": db.is_hq, "node": db.node},
         f"created {'HQ' if db.is_hq else 'station'} database {db.path} for {db.station}")
    return 0


def cmd_demo_roster(args) -> int:
    count = write_demo_roster(args.out, args.households, args.seed, args.residents)
    emit(args, {"out": str(args.out), "residents": count, "households": args.households},
         f"wrote {count} residents of {args.households} households to {args.out}")
    return 0


def cmd_import_roster(args) -> int:
    db = open_db(args)
    interactive = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\r{done:,}/{total:,} lines", end="", file=sys.stderr, flush=True)

    result = import_roster(db, args.file, operator="cli", progress=progress)
    if interactive:
        print(file=sys.stderr)
    data = result.as_dict()
    lines = [f"imported {result.imported}, updated {result.updated}, "
             f"unchanged {result.unchanged}, rejected {len(result.rejected)}"]
    lines += [f"  line {r.line}: {r.reason}" for r in result.rejected[:50]]
    if len(result.rejected) > 50:
        lines.append(f"  ... and {len(result.rejected) - 50} more (use --json for all)")
    emit(args, data, "\n".join(lines))
    return 0


def cmd_search(args) -> int:
    rows = search_residents(open_db(args), args.text, limit=args.limit)
    text = "\n".join(
        f"{r['full_name']:<28} {show_date(r['date_of_birth']) if r['date_of_birth'] else '':<10} "
        f"{r['personal_id'] or '':<12} {r['household_code'] or ''} {r['village'] or ''}"
        for r in rows) or "no resident matches"
    emit(args, rows, text)
    return 0


def cmd_lookup(args) -> int:
    found = lookup(open_db(args), args.text)
    emit(args, found, _describe_found(found["kind"], found["record"]))
    return 0


def _household_lines(household: dict) -> list[str]:
    return ([f"household {household['code']}: {household['address'] or ''}"]
            + [f"  {describe(m)}" for m in household["members"]])


def _describe_found(kind: str, record: dict) -> str:
    if kind == "resident":
        return f"resident: {describe(record)}"
    if kind == "household":
        return "\n".join(_household_lines(record))
    if kind == "ticket":
        return (f"ticket {record['number']} ({record.get('queue_name') or record['queue']}), "
                f"{record['status']}, issued {record['issued_at'][11:16]} on "
                f"{show_date(record['station_day'])}"
                + (f", desk {record['desk']}" if record.get("desk") else ""))
    if kind == "letter":
        lines = ["invitation letter"] + _household_lines(record["household"])
        appointment = record.get("appointment")
        if appointment:
            lines.append(f"appointment: {show_date(appointment['day'])} "
                         f"{appointment['slot']}-{appointment['slot_end']} at "
                         f"{appointment['place']} ({appointment['status']})")
        else:
            lines.append("no upcoming appointment")
        return "\n".join(lines)
    return f"{kind}: {record}"
