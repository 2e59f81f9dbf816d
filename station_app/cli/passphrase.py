"""passphrase change (the lead), passphrase recover (HQ, when a station's is lost)."""

from __future__ import annotations

from pathlib import Path

from station_app.cli import emit, open_station, read_new_passphrase


def register(sub, common) -> None:
    p = sub.add_parser("passphrase", help="the station passphrase that unlocks the database")
    psub = p.add_subparsers(dest="passphrase_command", metavar="ACTION", required=True)
    q = psub.add_parser(
        "change", parents=[common],
        help="a new station passphrase (typed twice, or STATION_APP_NEW_PASSPHRASE); the "
             "database is not rewritten")
    q.set_defaults(func=cmd_change)
    q = psub.add_parser(
        "recover", parents=[common],
        help="at HQ (--db the HQ database): give a station's database or backup whose "
             "passphrase was lost a new one, with HQ's key")
    q.add_argument("station_db", type=Path, metavar="STATION_DB",
                   help="the station's database or backup file (its -key file beside it)")
    q.set_defaults(func=cmd_recover)


def cmd_change(args) -> int:
    from station_app.services.passphrase import change_passphrase
    from station_app.storage import keys

    db, operator = open_station(args)
    new = read_new_passphrase()
    change_passphrase(db, keys.current_passphrase(), new, operator=operator)
    emit(args, {"db": str(db.path), "changed": True},
         f"the station passphrase of {db.path} is changed (the database was not rewritten)")
    return 0


def cmd_recover(args) -> int:
    from station_app.sync.recovery import reset_station_passphrase

    hq, operator = open_station(args)
    new = read_new_passphrase("new station passphrase for the recovered database")
    reset_station_passphrase(hq, args.station_db, new, operator=operator)
    emit(args, {"station_db": str(args.station_db), "recovered": True},
         f"{args.station_db} now opens with the new station passphrase")
    return 0
