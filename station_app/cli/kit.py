"""kit write, kit list: at HQ, the kit that sets up a new station laptop (docs/kit-format.md).
The station side is ``station-app init --kit FILE``."""

from __future__ import annotations

from pathlib import Path

from station_app.cli import emit, open_station


def register(sub, common) -> None:
    p = sub.add_parser("kit", help="at HQ: the kit that sets up a new station laptop")
    ksub = p.add_subparsers(dest="kit_command", metavar="ACTION", required=True)
    q = ksub.add_parser("write", parents=[common],
                        help="write a station's kit; prints its password once")
    q.add_argument("--station", required=True, help="the new station's code, e.g. XA-HB-01")
    q.add_argument("--name", required=True, help="its name, e.g. 'Trạm UBND xã Hòa Bình'")
    q.add_argument("--village", action="append", metavar="NAME", dest="villages",
                   help="a village it serves (name or id; repeat the option); default: "
                        "HQ's whole roster")
    q.add_argument("--out", type=Path, required=True, help="the kit file to write")
    q.set_defaults(func=cmd_write)
    q = ksub.add_parser("list", parents=[common], help="the kits written here")
    q.set_defaults(func=cmd_list)


def cmd_write(args) -> int:
    from station_app.services.kits import write_kit

    db, operator = open_station(args)
    kit = write_kit(db, args.out, args.station, args.name, args.villages, operator=operator)
    villages = ", ".join(kit["villages"]) if kit["villages"] is not None else "all villages"
    emit(args, kit,
         f"wrote {kit['file']}: the kit of {kit['station']} ({kit['name']}), "
         f"{kit['residents']:,} residents of {kit['households']:,} households ({villages}); "
         f"valid until {kit['expires_at'][:16].replace('T', ' ')}\n"
         f"  kit password: {kit['password']}\n"
         "  it is shown only now: give it to the station lead apart from the kit (read it "
         "over the phone), never on the same stick")
    return 0


def cmd_list(args) -> int:
    from station_app.services.kits import list_kits

    db, operator = open_station(args)
    rows = list_kits(db, operator=operator)
    lines = [f"{r['station']:<12} {r['state']:<8} written {r['written_at'][:10]}, valid until "
             f"{r['expires_at'][:10]}" + (f", set up the laptop {r['fingerprint']} "
                                            f"({r['used_at'][:10]})" if r["used_at"] else "")
             for r in rows] or ["no kit written yet"]
    emit(args, rows, "\n".join(lines))
    return 0
