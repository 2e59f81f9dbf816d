"""export-bundle, import-bundle, identity, enrol, revoke, sync status, sync aside, conflicts."""

from __future__ import annotations

import sys
from pathlib import Path

from station_app.cli import CliError, emit, open_station
from station_app.core.dates import show_date, show_moment


def register(sub, common) -> None:
    p = sub.add_parser("export-bundle", parents=[common],
                       help="write a sync bundle (to HQ, or to the station named by --to)")
    p.add_argument("--out", type=Path, required=True, help="bundle file to write")
    p.add_argument("--to", metavar="KEYFILE",
                   help="recipient's identity file or station code (default: the enrolled HQ)")
    p.add_argument("--compress", action="store_true",
                   help="smaller file (zlib), slower to write and to merge")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import-bundle", parents=[common], help="merge sync bundles")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("identity", help="this laptop's public identity")
    isub = p.add_subparsers(dest="identity_command", metavar="ACTION", required=True)
    q = isub.add_parser("export", parents=[common],
                        help="write the identity file that HQ (or a station) enrols")
    q.add_argument("--out", type=Path, required=True)
    q.set_defaults(func=cmd_identity_export)
    q = isub.add_parser("show", parents=[common], help="station, key id and fingerprint")
    q.set_defaults(func=cmd_identity_show)

    p = sub.add_parser("enrol", parents=[common],
                       help="accept bundles from the laptop whose identity file this is")
    p.add_argument("file", type=Path)
    p.add_argument("--replace", action="store_true",
                   help="replace (and revoke) the key enrolled for the same station code, once "
                        "its fingerprint is checked on the new laptop")
    p.set_defaults(func=cmd_enrol)

    p = sub.add_parser("revoke", parents=[common],
                       help="refuse every bundle signed by a station's key from now on")
    p.add_argument("station", help="station code (or the start of a key id)")
    p.set_defaults(func=cmd_revoke)

    p = sub.add_parser("sync", help="sync state")
    ssub = p.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    q = ssub.add_parser("status", parents=[common],
                        help="enrolled peers and what has not reached HQ yet")
    q.set_defaults(func=cmd_status)
    q = ssub.add_parser("aside", parents=[common],
                        help="at HQ: what stations' bundles held that a station may not make")
    q.set_defaults(func=cmd_aside)

    p = sub.add_parser("conflicts", parents=[common],
                       help="residents collected at two stations, to resolve")
    p.add_argument("--resolve", metavar="RESIDENT",
                   help="decide which intake of this resident stands (with --keep, --reason)")
    p.add_argument("--keep", metavar="INTAKE", help="the intake that stands")
    p.add_argument("--reason", help="why it stands")
    p.set_defaults(func=cmd_conflicts)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {n:,}" for name, n in counts.items())


def cmd_export(args) -> int:
    from station_app.sync import export_bundle

    db, operator = open_station(args)
    result = export_bundle(db, args.out, args.to, operator=operator, compress=args.compress)
    per_table = {t: c["rows"] + c["graves"] for t, c in result.counts.items()}
    text = (f"wrote {result.path} for {result.recipient}: {result.changes:,} changes "
            f"(revs {result.since + 1}..{result.upto}), {result.size:,} bytes")
    if per_table:
        text += f"\n  {_counts(per_table)}"
    emit(args, result.as_dict(), text)
    return 0


def cmd_import(args) -> int:
    from station_app.sync import import_bundles

    db, operator = open_station(args)
    interactive = sys.stderr.isatty() and not args.json

    def progress(file: str, table: str, done: int, total: int) -> None:
        if interactive:
            print(f"\r{Path(file).name}: {done}/{total} {table:<20}", end="", file=sys.stderr,
                  flush=True)

    outcomes = import_bundles(db, args.files, operator=operator, progress=progress)
    if interactive:
        print(file=sys.stderr)
    lines = []
    for o in outcomes:
        if o.status == "applied":
            line = f"{o.file}: applied {o.changes:,} changes from {o.sender}"
            if o.enrolled:
                line += f"; {o.message.split(';')[0]}"
            if o.conflicts:
                line += f"; {o.conflicts} new conflict(s): see station-app conflicts"
        elif o.status == "already applied":
            line = f"{o.file}: {o.message}"
        else:
            print(f"station-app import-bundle: {o.file}: {o.message}", file=sys.stderr)
            continue
        lines.append(line)
    if args.json or lines:
        emit(args, [o.as_dict() for o in outcomes], "\n".join(lines))
    return 1 if any(o.status == "refused" for o in outcomes) else 0


def cmd_identity_export(args) -> int:
    from station_app.sync import write_identity_file
    from station_app.sync.identity import fingerprint, show_key_id

    db, operator = open_station(args)
    me = write_identity_file(db, args.out, operator=operator)
    emit(args, {"file": str(args.out), "station": me.station, "key_id": me.key_id, "hq": me.hq,
                "fingerprint": fingerprint(me.key_id)},
         f"wrote {args.out}: {'HQ' if me.hq else 'station'} {me.station}, "
         f"key {show_key_id(me.key_id)}, fingerprint {fingerprint(me.key_id)}")
    return 0


def cmd_identity_show(args) -> int:
    from station_app.sync.identity import ensure_keys, fingerprint, show_key_id

    db, operator = open_station(args)
    me = ensure_keys(db, operator=operator.name)  # public: any signed-in operator
    emit(args, {"station": me.station, "name": me.name, "hq": me.hq, "node": me.node,
                "key_id": me.key_id, "fingerprint": fingerprint(me.key_id)},
         f"{'HQ' if me.hq else 'station'} {me.station} ({me.name}), key {show_key_id(me.key_id)}"
         f", fingerprint {fingerprint(me.key_id)}")
    return 0


def cmd_enrol(args) -> int:
    from station_app.sync import enrol, read_identity_file
    from station_app.sync.identity import EnrolmentReplaces, fingerprint, peers

    db, operator = open_station(args)
    identity = read_identity_file(args.file)
    replaced = [p.key_id for p in peers(db, include_revoked=False)
                if p.station == identity.station and p.key_id != identity.key_id]
    try:
        peer, new = enrol(db, identity, replace=args.replace, operator=operator)
    except EnrolmentReplaces as exc:
        old = ", ".join(fingerprint(p.key_id) for p in exc.enrolled)
        raise CliError(f"{identity.station} is already enrolled with fingerprint {old}; "
                       f"{args.file} has fingerprint {fingerprint(identity.key_id)}: if that "
                       "laptop was replaced, check this fingerprint on it (station-app identity "
                       "show) and run again with --replace") from None
    what = "HQ" if identity.hq else "station"
    replaced = replaced if new else []
    text = (f"{'enrolled' if new else 'already enrolled'} {what} {peer.station} "
            f"({identity.name}), fingerprint {fingerprint(peer.key_id)}: compare it with the one "
            "shown on that laptop (station-app identity show)")
    if replaced:
        text += "\nreplaced and revoked the key with fingerprint " + ", ".join(
            fingerprint(k) for k in replaced) + ": its bundles are refused from now on"
    emit(args, {"station": peer.station, "key_id": peer.key_id, "hq": identity.hq,
                "fingerprint": fingerprint(peer.key_id), "enrolled": new,
                "replaced": replaced}, text)
    return 0


def cmd_revoke(args) -> int:
    from station_app.sync import revoke
    from station_app.sync.identity import show_key_id

    db, operator = open_station(args)
    done = revoke(db, args.station, operator=operator)
    emit(args, [{"station": p.station, "key_id": p.key_id, "revoked_at": p.revoked_at}
                for p in done],
         "\n".join(f"revoked {p.station}, key {show_key_id(p.key_id)}: its bundles are refused "
                   "from now on" for p in done))
    return 0


def cmd_status(args) -> int:
    from station_app.sync import sync_status
    from station_app.sync.identity import show_key_id

    db, operator = open_station(args)
    status = sync_status(db, operator=operator)
    lines = [f"{'HQ' if status['hq'] else 'station'} {status['station']} ({status['name']}), "
             f"key {show_key_id(status['key_id'])}"]
    if status["not_at_hq"] is not None:
        lines.append(f"not yet at HQ: {status['not_at_hq']:,} changes")
    elif not status["hq"]:
        lines.append("no HQ enrolled (station-app enrol HQ-IDENTITY-FILE)")
    for p in status["peers"]:
        state = f"revoked {show_moment(p['revoked_at'])}" if p["revoked_at"] else (
            f"{p['not_yet_there']:,} changes not there yet")
        lines.append(f"  {'HQ' if p['hq'] else 'station'} {p['station']:<12} {state}"
                     + (f" ({_counts(p['not_yet_there_by_table'])})"
                        if p["not_yet_there_by_table"] else "")
                     + (f"; last acknowledged {show_moment(p['acked_at'])}" if p["acked_at"] else ""))
    if status["open_conflicts"]:
        lines.append(f"open conflicts: {status['open_conflicts']} (station-app conflicts)")
    if status["set_aside"]:
        lines.append(f"kept aside from stations' bundles: {status['set_aside']:,} records"
                     " (station-app sync aside)")
    emit(args, status, "\n".join(lines))
    return 0


def cmd_aside(args) -> int:
    from station_app.sync import set_aside_records

    db, operator = open_station(args)
    found = set_aside_records(db, operator=operator)
    lines = [f"{show_moment(r['at'])} from {r['station']}: {r['tbl']} {r['id']}"
             f"{' deleted' if r['deleted'] else ''}: {r['explained']}" for r in found]
    emit(args, {"set_aside": found}, "\n".join(lines) or "nothing kept aside")
    return 0


def cmd_conflicts(args) -> int:
    from station_app.services.conflicts import resolve_conflict
    from station_app.sync import open_conflicts, replaced_duplicates

    db, operator = open_station(args)
    if args.resolve:
        if not args.keep or not args.reason:
            raise CliError("--resolve needs --keep INTAKE and --reason TEXT")
        decision = resolve_conflict(db, args.resolve, args.keep, args.reason, operator=operator)
        emit(args, decision, f"{args.resolve}: intake {args.keep} stands; set aside "
                             f"{', '.join(decision['set_aside'])} (goes with the next bundle)")
        return 0
    found = open_conflicts(db, operator=operator)
    duplicates = replaced_duplicates(db, operator=operator)
    lines = []
    for c in found:
        r = c["resident"]
        lines.append(f"{r.get('full_name', r['id'])} ({show_date(r['dob']) if r.get('dob') else '?'}, "
                     f"{r.get('personal_id') or 'no ID'}, household {r.get('household') or '?'}):")
        for i in c["intakes"]:
            lines.append(f"  collected at {i['station']} on {show_moment(i['at'])}"
                         f"{', desk ' + i['desk'] if i['desk'] else ''} (intake {i['id']})")
    if not found:
        lines.append("no open conflicts")
    if duplicates:
        lines.append("records replaced by another laptop's record with the same key:")
        lines += [f"  {d['tbl']} {d['key']}: kept {d['kept_id']}, replaced {d['replaced_id']}"
                  f" ({show_moment(d['at'])}, bundle from {d['station']})" for d in duplicates]
    emit(args, {"conflicts": found, "replaced_duplicates": duplicates}, "\n".join(lines))
    return 0
