"""The command line: one entry point, ``station-app``; with no arguments it opens the GUI.

Each module in COMMAND_MODULES adds its subcommands with ``register(subparsers, common)``; a
command function takes the parsed arguments and returns the process exit code. Bad input raises
``CliError`` (or a known service error) and ends as one line on stderr with a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

from station_app import __version__
from station_app.storage import Database, NotAStationDatabase, default_db_path
from station_app.storage.transaction import DatabaseBusy, is_busy

__all__ = ["main", "CliError", "open_db", "emit", "whole_number", "COMMAND_MODULES"]

COMMAND_MODULES = [
    "station_app.cli.roster",
    "station_app.cli.queue",
    "station_app.cli.schedule",
    "station_app.cli.sync",
    "station_app.cli.gui",
]


class CliError(Exception):
    """Bad input: printed as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    """Bad arguments end as one line (the command, the reason), not the usage text."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def whole_number(low: int, high: int):
    """An argparse type: a whole number from ``low`` to ``high`` (a huge number would
    otherwise overflow SQLite or C, or run for ever)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"must be a whole number from {low:,} to {high:,}, not {text!r}")
        return value

    parse.__name__ = "number"
    return parse


def open_db(args: argparse.Namespace) -> Database:
    return Database.open(args.db)


def emit(args: argparse.Namespace, data, text: str | None = None) -> None:
    """Print ``data`` as JSON with --json, otherwise ``text`` (or the JSON)."""
    if getattr(args, "json", False) or text is None:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--db", type=Path, default=default_db_path(),
                        help="station database file (default: %(default)s)")
    common.add_argument("--json", action="store_true", help="print results as JSON")
    parser = _Parser(
        prog="station-app",
        description="Mobile citizen-ID enrollment station. With no command: open the GUI.")
    parser.add_argument("--version", action="version", version=f"station-app {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    if not argv:
        argv = ["gui"]
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("station-app: interrupted; nothing was half-written", file=sys.stderr)
        return 130
    except Exception as exc:  # one clear line, never a traceback, for every known error
        if is_busy(exc) and not isinstance(exc, DatabaseBusy):  # a lock that did not come
            exc = DatabaseBusy()
        if not _is_user_error(exc):
            raise
        print(f"station-app {args.command}: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, CliError) else 1


def _is_user_error(exc: Exception) -> bool:
    from station_app.services.errors import USER_ERRORS

    return isinstance(exc, (CliError, NotAStationDatabase, FileExistsError, OSError, DatabaseBusy,
                            *USER_ERRORS))
