"""The command line: one entry point, ``station-app``; with no arguments it opens the GUI.

Each module in COMMAND_MODULES adds its subcommands with ``register(subparsers, common)``; a
command function takes the parsed arguments and returns the process exit code. Bad input raises
``CliError`` (or a known service error) and ends as one line on stderr with a non-zero exit.

A command that opens a station database acts as a named operator who proves it
(``open_station``): the name from ``--operator`` or ``STATION_APP_OPERATOR``, the PIN from
``STATION_APP_PIN`` or asked for when stdin is a terminal, checked by ``operators.sign_in`` (a
wrong PIN is refused, audited and counts toward the name's lock). The services then refuse what
that operator's role may not do. Only ``init`` (which creates the station's lead),
``demo-roster`` and ``gui`` (which signs in on screen) name nobody.

A quick start (issue 25): ``--version`` and ``--help`` import no service. The command modules
import their services inside the command functions, so building the parser costs only argparse;
a command imports what it uses when it runs.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from station_app import __version__
from station_app.core.files import default_db_path

if TYPE_CHECKING:
    from station_app.services.operators import Operator
    from station_app.storage import Database

__all__ = ["main", "CliError", "open_station", "open_database", "read_pin",
           "read_new_passphrase", "NEW_PASSPHRASE_ENV", "operator_name", "emit",
           "whole_number", "COMMAND_MODULES", "OPERATOR_ENV", "PIN_ENV", "KIT_PASSWORD_ENV"]

OPERATOR_ENV = "STATION_APP_OPERATOR"
PIN_ENV = "STATION_APP_PIN"
NEW_PASSPHRASE_ENV = "STATION_APP_NEW_PASSPHRASE"
KIT_PASSWORD_ENV = "STATION_APP_KIT_PASSWORD"
PRIVATE_UMASK = 0o077  # files 0600, folders 0700
SIGN_IN_HOW = (f"name who does this with --operator NAME or {OPERATOR_ENV}=NAME; the PIN is read "
               f"from {PIN_ENV} or asked for at a terminal")

COMMAND_MODULES = [
    "station_app.cli.roster",
    "station_app.cli.queue",
    "station_app.cli.schedule",
    "station_app.cli.sync",
    "station_app.cli.kit",
    "station_app.cli.hall",
    "station_app.cli.report",
    "station_app.cli.plan",
    "station_app.cli.backup",
    "station_app.cli.gui",
    "station_app.cli.passphrase",
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


def operator_name(args: argparse.Namespace) -> str:
    return (getattr(args, "operator", None) or os.environ.get(OPERATOR_ENV, "")).strip()


def read_pin(name: str, prompt: str = "PIN of {name}: ") -> str:
    """The PIN from STATION_APP_PIN, else typed at the terminal (never echoed)."""
    pin = os.environ.get(PIN_ENV)
    if pin is not None:
        return pin
    if not sys.stdin.isatty():
        raise CliError(f"no PIN for {name}: set {PIN_ENV} or run the command at a terminal")
    return getpass.getpass(prompt.format(name=name))


def open_database(path: Path) -> Database:
    """The station database, unlocked with STATION_APP_PASSPHRASE or, when there is none, with
    the station passphrase typed at the terminal (never echoed)."""
    from station_app.storage import Database, keys

    try:
        return Database.open(path)
    except keys.PassphraseNeeded as exc:
        if not sys.stdin.isatty():  # the variable is said here only: the GUI never names it
            raise CliError(f"{exc} (set {keys.PASSPHRASE_ENV}, or run the command at a "
                           "terminal)") from None
    keys.use_passphrase(getpass.getpass(f"station passphrase of {path}: "))
    return Database.open(path)


def read_new_passphrase(what: str = "new station passphrase") -> str:
    """A new passphrase from STATION_APP_NEW_PASSPHRASE, else typed twice at the terminal."""
    text = os.environ.get(NEW_PASSPHRASE_ENV)
    if text is None:
        if not sys.stdin.isatty():
            raise CliError(f"no {what}: set {NEW_PASSPHRASE_ENV} or run the command at a "
                           "terminal")
        text = getpass.getpass(f"{what}: ")
        if getpass.getpass("the same again: ") != text:
            raise CliError("the two passphrases differ")
    from station_app.storage import keys

    return keys.check_new_passphrase(text)


def open_station(args: argparse.Namespace) -> tuple[Database, Operator]:
    """The station database and the operator the command acts as, signed in with their PIN."""
    from station_app.services.operators import has_operators, sign_in

    name = operator_name(args)
    if not name:
        raise CliError(f"nobody is signed in: {SIGN_IN_HOW}")
    db = open_database(args.db)
    if not has_operators(db):
        raise CliError("nobody can sign in to this station yet: create its lead in the GUI "
                       "(station-app gui) or with station-app init --lead NAME")
    return db, sign_in(db, name, read_pin(name), quiet=True)


def emit(args: argparse.Namespace, data, text: str | None = None) -> None:
    """Print ``data`` as JSON with --json, otherwise ``text`` (or the JSON)."""
    if getattr(args, "json", False) or text is None:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    # None here, the default path once parsed: a --db given before the command (main()) is
    # not overwritten by the subcommand's default
    common.add_argument("--db", type=Path, default=None,
                        help=f"station database file (default: {default_db_path()})")
    common.add_argument("--json", action="store_true", help="print results as JSON")
    common.add_argument("--operator", metavar="NAME",
                        help=f"who does this (default: ${OPERATOR_ENV}); the PIN is read from "
                             f"${PIN_ENV} or asked for")
    parser = _Parser(
        prog="station-app",
        description="Mobile citizen-ID enrollment station. With no command: open the GUI.")
    parser.add_argument("--version", action="version", version=f"station-app {__version__}")
    parser.add_argument("--db", type=Path, dest="db_before", metavar="DB",
                        help="station database file, before the command as after it")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation in a throw-away folder (window offscreen, "
                             "a ticket, a letter, a backup and its restore); exit 0 when it works")
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
    if "db" in args:
        if args.db and args.db_before and args.db != args.db_before:
            parser.error(f"two databases given: --db {args.db_before} and --db {args.db}")
        args.db = args.db or args.db_before or default_db_path()
    if args.self_test:
        from station_app.cli.selftest import run_self_test

        return run_self_test()
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    # every file and folder this run makes (the GUI's too) is its user's alone: it may hold
    # personal data, and other accounts of the laptop must not read it
    umask = os.umask(PRIVATE_UMASK)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("station-app: interrupted; nothing was half-written", file=sys.stderr)
        return 130
    except Exception as exc:  # one clear line, never a traceback, for every known error
        from station_app.storage.transaction import DatabaseBusy, is_busy

        if is_busy(exc) and not isinstance(exc, DatabaseBusy):  # a lock that did not come
            exc = DatabaseBusy()
        if not _is_user_error(exc):
            raise
        print(f"station-app {args.command}: {exc}", file=sys.stderr)
        return 2 if isinstance(exc, CliError) else 1
    finally:
        os.umask(umask)  # main() called inside another program (tests) gives it back


def _is_user_error(exc: Exception) -> bool:
    from station_app.services.errors import USER_ERRORS
    from station_app.storage import NotAStationDatabase, keys
    from station_app.storage.transaction import DatabaseBusy

    return isinstance(exc, (CliError, NotAStationDatabase, FileExistsError, OSError, DatabaseBusy,
                            keys.DatabaseLocked, *USER_ERRORS))
