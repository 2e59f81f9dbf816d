"""backup, restore, check, wipe: the station database's backups, its check for damage, and the
end-of-campaign wipe (services/backups.py, services/wipe.py)."""

from __future__ import annotations

import sys
from pathlib import Path

from station_app.cli import (
    CliError,
    emit,
    open_database,
    open_station,
    operator_name,
    read_pin,
    whole_number,
)
from station_app.services import backups as B


def register(sub, common) -> None:
    p = sub.add_parser("backup", parents=[common],
                       help="back up the station database now (a lead)")
    p.add_argument("--to", metavar="FOLDER",
                   help="from now on back up into FOLDER (a USB stick); '' for the default")
    p.add_argument("--keep", type=whole_number(1, 1000), metavar="N",
                   help=f"keep the newest N backups there (default {B.DEFAULT_KEEP})")
    p.add_argument("--status", action="store_true",
                   help="only show where backups go and the last one")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", parents=[common],
                       help="restore a backup over the station database (kept aside first)")
    p.add_argument("file", type=Path, help="a backup file of this station")
    p.set_defaults(func=cmd_restore)
    p = sub.add_parser("check", parents=[common],
                       help="check the station database for damage (SQLite integrity_check)")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("wipe", parents=[common],
                       help="end of campaign: write the final bundle for HQ, then remove the "
                            "station's personal data from this laptop (a lead)")
    p.add_argument("--bundle", type=Path, required=True, metavar="FILE",
                   help="the final bundle to write (carry it to HQ)")
    p.add_argument("--to", metavar="HQ", help="its recipient (default: the enrolled HQ)")
    p.add_argument("--confirm", metavar="CODE",
                   help="the station code, to confirm (asked for at a terminal)")
    p.set_defaults(func=cmd_wipe)


def _status(status: B.BackupStatus) -> dict:
    last = status.last
    return {"folder": str(status.folder), "chosen": status.chosen, "keep": status.keep,
            "last": str(last.path) if last else None,
            "last_at": last.taken_at if last else None,
            "age_seconds": round(status.age_seconds()) if last else None}


def cmd_backup(args) -> int:
    db, operator = open_station(args)
    if args.to is not None or args.keep is not None:
        folder = args.to if args.to is not None else (
            str(B.backup_settings(db)[0]) if B.backup_settings(db)[1] else "")
        B.set_backup_settings(db, folder, args.keep, operator=operator)
    if args.status:
        status = _status(B.backup_status(db))
        emit(args, status, f"backups go to {status['folder']} (newest {status['keep']} kept); "
                           f"last: {status['last'] or 'none yet'}")
        return 0
    backup = B.backup_now(db, operator=operator)
    emit(args, {"file": str(backup.path), "taken_at": backup.taken_at, "bytes": backup.size},
         f"backed up to {backup.path} ({backup.size:,} bytes)")
    return 0


def cmd_restore(args) -> int:
    from station_app.services.operators import sign_in

    name = operator_name(args)
    if not name:
        raise CliError("nobody is signed in: name a lead with --operator NAME")
    pin = read_pin(name)
    restored = B.restore_backup(args.db, args.file, lambda db: sign_in(db, name, pin, quiet=True))
    emit(args, restored.as_dict(),
         f"restored {restored.backup} over {args.db}; the database before is kept aside as "
         f"{restored.aside}")
    return 0


_RESTORE = " (here: station-app restore FILE)"  # the screens name the Backups screen only


def cmd_check(args) -> int:
    from station_app.storage import NotAStationDatabase

    try:
        db = open_database(args.db)
    except NotAStationDatabase as exc:
        if not Path(args.db).exists():
            raise
        print(f"station-app check: {exc} — {B.damage_advice(Path(args.db))}{_RESTORE}", file=sys.stderr)
        return 1
    try:
        problems = B.check_database(db, full=True)
        folder = B.backup_settings(db)[0]
        repaired = db.key_file_repairs  # found and mended as it opened
    finally:
        db.close()
    if problems:
        print(f"station-app check: {args.db} is damaged ({problems[0]}) — "
              f"{B.damage_advice(Path(args.db), folder)}{_RESTORE}", file=sys.stderr)
        return 1
    emit(args, {"file": str(args.db), "ok": True, "repaired": repaired},
         "\n".join([*repaired, f"{args.db}: no damage found"]))
    return 0


def cmd_wipe(args) -> int:
    from station_app.services import wipe as W

    db, operator = open_station(args)
    confirm = args.confirm
    if confirm is None:
        if not sys.stdin.isatty():
            raise CliError(f"give --confirm {db.station} to wipe this station")
        confirm = input(f"This removes every file of station {db.station} from this laptop "
                        "after the final bundle. Type the station code to go on: ")
    try:
        plan = W.prepare_wipe(db, args.bundle, confirm, args.to, operator=operator)
    finally:
        db.close()
    W.remove_files(plan)
    emit(args, plan.as_dict(),
         f"wrote the final bundle {plan.bundle} (carry it to HQ), then removed "
         f"{len(plan.removed)} files of station {plan.station} from this laptop")
    return 0
