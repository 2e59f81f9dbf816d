"""hall host / serve / code / join / leave / status / sync: several laptops of one station on
the hall's network (docs/hall-network.md)."""

from __future__ import annotations

import signal
import threading

from station_app.cli import emit, open_station, whole_number
from station_app.core.dates import show_moment
from station_app.core.queueing import HALL_PORT


def register(sub, common) -> None:
    p = sub.add_parser("hall", help="several laptops of this station share one queue")
    hsub = p.add_subparsers(dest="hall_command", metavar="ACTION", required=True)
    q = hsub.add_parser("host", parents=[common], help="make this laptop the station's host")
    q.add_argument("--port", type=whole_number(0, 65535), default=HALL_PORT)
    q.set_defaults(func=cmd_host)
    q = hsub.add_parser("serve", parents=[common],
                        help="run the host's server until stopped (the GUI runs it by itself)")
    q.add_argument("--address", default="0.0.0.0", help="address to listen on")
    q.add_argument("--request-seconds", type=whole_number(1, 3600),
                   help="a request (and a connection without a laptop's certificate) is closed "
                        "after this many seconds (default: the server's, 30)")
    q.set_defaults(func=cmd_serve)
    q = hsub.add_parser("code", parents=[common], help="a one-time join code for one laptop")
    q.add_argument("--address", help="the host's address as the others reach it")
    q.set_defaults(func=cmd_code)
    q = hsub.add_parser("join", parents=[common], help="join the host of a join code")
    q.add_argument("code")
    q.add_argument("--label", default="", help="how the host lists this laptop (Bàn 2)")
    q.set_defaults(func=cmd_join)
    q = hsub.add_parser("leave", parents=[common], help="work without the host again")
    q.set_defaults(func=cmd_leave)
    q = hsub.add_parser("status", parents=[common], help="host, joined laptops, last contact")
    q.set_defaults(func=cmd_status)
    q = hsub.add_parser("sync", parents=[common],
                        help="exchange changes with the host (once, or every --every seconds "
                             "until stopped, as the GUI does)")
    q.add_argument("--every", type=float, help="keep syncing, every so many seconds")
    q.set_defaults(func=cmd_sync)


def cmd_host(args) -> int:
    from station_app.services import hall

    db, who = open_station(args)
    me = hall.become_host(db, args.port, operator=who)
    emit(args, {"port": me["port"]}, f"this laptop is the host (port {me['port']}); "
         "start it with: station-app hall serve")
    return 0


def cmd_serve(args) -> int:
    from station_app.services.hall_server import HallServer, Limits

    db, _ = open_station(args)
    db.close()
    limits = Limits(request_s=args.request_seconds) if args.request_seconds else Limits()
    server = HallServer(args.db, args.address, limits=limits)
    print(f"serving on {args.address}:{server.port}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    server.start()
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    server.stop()
    return 0


def cmd_code(args) -> int:
    from station_app.services import hall

    db, who = open_station(args)
    code = hall.new_join_code(db, args.address, operator=who)
    emit(args, {"code": code}, code)
    return 0


def cmd_join(args) -> int:
    from station_app.services import hall

    db, who = open_station(args)
    result = hall.join(db, args.code, args.label, operator=who)
    emit(args, result, f"joined {result['host']} ({result['host_name']}); "
         f"{result['received']:,} changes received")
    return 0


def cmd_leave(args) -> int:
    from station_app.services import hall

    db, who = open_station(args)
    hall.leave(db, operator=who)
    emit(args, {"left": True}, "this laptop works on its own again")
    return 0


def cmd_status(args) -> int:
    from station_app.services import hall
    from station_app.services.operators import authorize
    from station_app.sync.hall_tls import show_fingerprint

    db, who = open_station(args)
    authorize(db, who, "hall.manage")
    found = hall.status(db)
    lines = [f"role: {found['role'] or 'on its own'}; certificate "
             f"{show_fingerprint(found['fingerprint'])}"]
    if found["host"]:
        lines.append(f"host {found['host']}: last contact {show_moment(found.get('last_contact')) or '-'}"
                     f"{'' if found['reachable'] else ' (NOT REACHABLE)'}")
    lines += [f"  {m['label']}: joined {show_moment(m['joined_at'])}, last contact {show_moment(m['last_contact']) or '-'}"
              f"{' (removed)' if m['left_at'] else ''}" for m in found["members"]]
    emit(args, found, "\n".join(lines))
    return 0


def cmd_sync(args) -> int:
    from station_app.services import hall
    from station_app.services.hall_sync import HallRunner

    db, _ = open_station(args)
    if args.every is None:
        emit(args, hall.sync_round(db), None)
        return 0
    db.close()
    loop = HallRunner(args.db, args.every).start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    loop.stop()
    return 0
