"""init, demo-roster, import-roster, search, lookup, edit-resident."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from station_app.cli import (
    KIT_PASSWORD_ENV,
    OPERATOR_ENV,
    PIN_ENV,
    CliError,
    emit,
    open_station,
    read_new_passphrase,
    read_pin,
    whole_number,
)
from station_app.core.dates import show_date, show_moment


def register(sub, common) -> None:
    p = sub.add_parser("init", parents=[common],
                       help="create a station database, its identity and its lead (a new "
                            "station: from the kit HQ wrote for it, --kit FILE)")
    p.add_argument("--kit", type=Path, metavar="FILE",
                   help=f"set up the station from the kit HQ wrote for it (its password from "
                        f"${KIT_PASSWORD_ENV} or asked for); gives the code, the name, HQ, the "
                        "campaign and the roster")
    p.add_argument("--station", help="station code, for example XA-HB-01 (without --kit)")
    p.add_argument("--name", help="station name, for example 'Trạm UBND xã Hòa Bình' "
                                  "(without --kit)")
    p.add_argument("--hq", action="store_true", help="this laptop is headquarters")
    p.add_argument("--lead", metavar="NAME",
                   help=f"the station's first operator, its lead (default: ${OPERATOR_ENV}); "
                        "their PIN is read from $STATION_APP_PIN or asked for twice")
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
    p.add_argument("--dry-run", action="store_true",
                   help="show what the import would change, by field with examples; write nothing")
    p.add_argument("--yes", action="store_true",
                   help="import even when it replaces any personal ID or values of more than "
                        "1%% of the residents (see them first with --dry-run)")
    p.set_defaults(func=cmd_import_roster)

    p = sub.add_parser("search", parents=[common], help="residents matching a name, ID or date")
    p.add_argument("text")
    p.add_argument("--limit", type=whole_number(1, 100_000), default=20)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("lookup", parents=[common],
                       help="what a scanned or typed text identifies (letter QR, ticket, ID)")
    p.add_argument("text")
    p.set_defaults(func=cmd_lookup)

    p = sub.add_parser("edit-resident", parents=[common],
                       help="correct a resident (lead): name, birth date, IDs, household, "
                            "card status; with no change, show the resident's history")
    p.add_argument("resident", help="the resident's personal ID, old ID or record id")
    for option, field, text in EDIT_OPTIONS:
        p.add_argument(option, dest=field, help=text)
    p.set_defaults(func=cmd_edit_resident)


def cmd_init(args) -> int:
    from station_app.services.operators import add_operator, check_pin_format, clean_name
    from station_app.storage import Database, keys
    from station_app.sync.identity import create_keys

    if args.kit:
        if args.station or args.name or args.hq:
            raise CliError("the kit gives the station's code and name: leave out --station, "
                           "--name and --hq")
    elif not (args.station and args.name):
        raise CliError("name the new station with --station CODE --name NAME, or set it up "
                       "from the kit HQ wrote for it with --kit FILE")
    station = (args.station or "").strip()
    if not args.kit and (not station or not all(c.isalnum() or c in "-_" for c in station)):
        raise CliError("--station must be letters, digits, '-' or '_'")
    lead = (args.lead or os.environ.get(OPERATOR_ENV, "")).strip()
    if not lead:
        raise CliError(f"name the station's lead: --lead NAME (or {OPERATOR_ENV}=NAME), with "
                       f"the PIN in {PIN_ENV} or typed at a terminal")
    lead = clean_name(lead)
    kit = _open_kit(args) if args.kit else None
    pin = read_pin(lead)
    check_pin_format(pin)
    if PIN_ENV not in os.environ and read_pin(lead, "the PIN again: ") != pin:
        raise CliError("the two PINs differ")
    passphrase = keys.current_passphrase()
    if not passphrase:  # the new station's passphrase, typed twice
        passphrase = read_new_passphrase("HQ's passphrase" if args.hq
                                         else "station passphrase of the new station")
    if kit:
        return _init_from_kit(args, kit, lead, pin, passphrase)
    db = Database.create(args.db, station, args.name.strip(), hq=args.hq, passphrase=passphrase)
    operator = add_operator(db, lead, "hq" if args.hq else "lead", pin)
    create_keys(db, operator=operator.name)  # this laptop's signing and encryption keys (sync)
    emit(args, {"db": str(db.path), "station": db.station, "name": db.station_name,
                "hq": db.is_hq, "node": db.node, "lead": operator.name, "role": operator.role},
         f"created {'HQ' if db.is_hq else 'station'} database {db.path} for {db.station}, "
         f"{operator.role} {operator.name}")
    return 0


def _open_kit(args):
    """The kit (sync.kit.Kit), opened with its password, before anything is asked or made."""
    from station_app.services.kits import read_kit, refuse_if_taken

    refuse_if_taken(args.db)
    password = os.environ.get(KIT_PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise CliError(f"no kit password: set {KIT_PASSWORD_ENV} or run the command at a "
                           "terminal")
        password = getpass.getpass("kit password (the 20 digits HQ read out): ")
    return read_kit(args.kit, password)


def _init_from_kit(args, kit, lead: str, pin: str, passphrase: str) -> int:
    from station_app.services.kits import set_up_from_kit
    from station_app.services.operators import clean_name
    from station_app.sync.identity import fingerprint

    db = set_up_from_kit(args.db, kit, lead, pin, passphrase, label=str(args.kit))
    hq, counts = kit.hq, kit.contents["payload"]["counts"]
    data = {"db": str(db.path), "station": db.station, "name": db.station_name, "hq": False,
            "node": db.node, "lead": clean_name(lead), "role": "lead", "kit": kit.kit_id,
            "hq_station": hq.station, "hq_fingerprint": fingerprint(hq.key_id),
            **{table: counts.get(table, {}).get("rows", 0)
               for table in ("campaigns", "households", "residents")}}
    emit(args, data,
         f"created station database {db.path} for {db.station} ({db.station_name}) from its "
         f"kit, lead {data['lead']}\n  HQ {hq.station} enrolled (fingerprint "
         f"{data['hq_fingerprint']}); {data['campaigns']} campaign(s), {data['residents']:,} "
         f"residents of {data['households']:,} households\n  the first bundle to HQ "
         "(station-app export-bundle) enrols this laptop there")
    db.close()
    return 0


def cmd_demo_roster(args) -> int:
    from station_app.services.demo_roster import write_demo_roster

    count = write_demo_roster(args.out, args.households, args.seed, args.residents)
    emit(args, {"out": str(args.out), "residents": count, "households": args.households},
         f"wrote {count} residents of {args.households} households to {args.out}")
    return 0


def cmd_import_roster(args) -> int:
    from station_app.services.roster_import import NeedsConfirmation, import_roster

    db, operator = open_station(args)
    interactive = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\r{done:,}/{total:,} lines", end="", file=sys.stderr, flush=True)

    try:
        result = import_roster(db, args.file, operator=operator, progress=progress,
                               dry_run=args.dry_run, confirmed=args.yes)
    except NeedsConfirmation as exc:
        raise CliError(f"{exc}: see what with --dry-run, then import with --yes") from None
    finally:
        if interactive:
            print(file=sys.stderr)
    data = result.as_dict()
    lines = ["dry run: nothing was written"] if result.dry_run else []
    lines.append(f"{'would import' if result.dry_run else 'imported'} {result.imported}, "
                 f"updated {result.updated}, unchanged {result.unchanged}, "
                 f"rejected {len(result.rejected)}")
    lines += [f"  line {r.line}: {r.reason}" for r in result.rejected[:50]]
    if len(result.rejected) > 50:
        lines.append(f"  ... and {len(result.rejected) - 50} more (use --json for all)")
    lines += _merge_lines(data)
    emit(args, data, "\n".join(lines))
    return 0


FIELD_NAMES = {
    "full_name": "full name", "gender": "gender", "personal_id": "personal ID",
    "old_id": "old ID (CMND)", "relation": "relation to head", "card_status": "card status",
    "village": "village", "address": "address", "head_name": "head of household",
    "phone": "phone",
}


def _merge_lines(data: dict) -> list[str]:
    """What the import replaced (with examples), filled and kept, by field (``data``: the
    result as JSON)."""
    def counts(values: dict[str, int]) -> str:
        return ", ".join(f"{FIELD_NAMES[f]} {n:,}" for f, n in values.items())

    lines = []
    if data["changed"]:
        lines.append("stored values replaced:")
        for field, count in data["changed"].items():
            examples = "; ".join(f"{e['who']}: {e['from']} -> {e['to']}"
                                 for e in data["examples"].get(field, []))
            lines.append(f"  {FIELD_NAMES[field]}: {count:,}, e.g. {examples}")
    if data["filled"]:
        lines.append(f"values given where none was stored: {counts(data['filled'])}")
    if data["kept"]:
        lines.append(f"stored values kept (no value in the file): {counts(data['kept'])}")
    if data["columns_missing"] and (data["updated"] or data["unchanged"]):
        lines.append("columns not in the file (stored values kept): "
                     + ", ".join(FIELD_NAMES[f] for f in data["columns_missing"]))
    return lines


EDIT_OPTIONS = (
    ("--name", "full_name", "full name"),
    ("--gender", "gender", "M or F"),
    ("--dob", "dob", "date of birth: dd/mm/yyyy or the year"),
    ("--id", "personal_id", "12-digit personal ID (checked against gender and birth year)"),
    ("--old-id", "old_id", "9-digit old ID (CMND); '' to clear"),
    ("--household", "household_code", "household code: moves the resident there"),
    ("--relation", "relation", "relation to the head of household"),
    ("--card-status", "card_status", "needs_card, has_card, exempt, moved or deceased"),
)


def cmd_edit_resident(args) -> int:
    from station_app.services.roster_edits import edit_resident, resident_for_edit, roster_history
    from station_app.services.search import describe

    db, operator = open_station(args)
    resident = db.scalar("SELECT id FROM residents WHERE ? IN (id, personal_id, old_id)"
                         " ORDER BY id LIMIT 1", (args.resident.strip(),))
    if resident is None:
        raise CliError(f"no resident with ID or record id '{args.resident}'")
    changes = {field: getattr(args, field) for _o, field, _t in EDIT_OPTIONS
               if getattr(args, field) is not None}
    if changes:
        result = edit_resident(db, resident, changes, operator=operator)
        history = roster_history(db, resident, operator=operator)
        text = (f"corrected {', '.join(result['changed'])}: {describe(result)}"
                if result["changed"] else f"nothing to change: {describe(result)}")
        emit(args, {**result, "history": history}, text)
        return 0
    found = resident_for_edit(db, resident, operator=operator)
    emit(args, found, "\n".join(
        [describe(found)] + [f"  {show_moment(h['at'])} {h['operator']} "
                             f"({h['station']}): {h['field']} {h['before'] or '-'} -> "
                             f"{h['after'] or '-'}" for h in found["history"]]))
    return 0


def cmd_search(args) -> int:
    from station_app.services.search import search_residents

    db, operator = open_station(args)
    rows = search_residents(db, args.text, limit=args.limit, operator=operator)
    text = "\n".join(
        f"{r['full_name']:<28} {show_date(r['date_of_birth']) if r['date_of_birth'] else '':<10} "
        f"{r['personal_id'] or '':<12} {r['household_code'] or ''} {r['village'] or ''}"
        for r in rows) or "no resident matches"
    emit(args, rows, text)
    return 0


def cmd_lookup(args) -> int:
    from station_app.services.lookup import lookup

    db, operator = open_station(args)
    found = lookup(db, args.text, operator=operator)
    emit(args, found, _describe_found(found["kind"], found["record"]))
    return 0


def _household_lines(household: dict) -> list[str]:
    from station_app.services.search import describe

    return ([f"household {household['code']}: {household['address'] or ''}"]
            + [f"  {describe(m)}" for m in household["members"]])


def _describe_found(kind: str, record: dict) -> str:
    from station_app.services.search import describe

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
