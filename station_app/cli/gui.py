"""gui [--demo]: the graphical application (imports Qt only when run)."""

from __future__ import annotations


def register(sub, common) -> None:
    p = sub.add_parser("gui", parents=[common], help="open the station window (the default)")
    p.add_argument("--demo", action="store_true",
                   help="open a seeded demo station (created on first use in the data folder)")
    p.set_defaults(func=cmd_gui)


def cmd_gui(args) -> int:
    from station_app.ui.app import run

    return run(args)
