"""A quick start (issue 25): `station-app --version` and `--help` answer without importing the
services, and the GUI's first window (the sign-in page) without reportlab, sqlite-utils, sync or
the hall. Checked by what each start imports, never by timing (the machine is shared);
`make bench BENCH=start` measures the seconds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from station_app.cli import build_parser

# what no quick start may import: PDF and charts, the migration runner (dateutil under it),
# certificates, sync bundles, the hall's network, the demo and the roster importer
HEAVY = ("reportlab", "sqlite_utils", "dateutil", "openpyxl", "cryptography.x509",
         "station_app.sync", "station_app.services.hall", "station_app.services.demo",
         "station_app.services.roster_import", "station_app.printing")


def _heavy(modules) -> list[str]:
    return sorted(m for m in modules if m.startswith(HEAVY))


def _cli_imports(*args: str) -> tuple[str, list[str]]:
    """The output of ``station-app ARGS`` run in a fresh Python, and the heavy modules it
    imported."""
    code = ("import sys\nfrom station_app.cli import main\ntry:\n    main(sys.argv[1:])\n"
            "except SystemExit:\n    pass\nprint(sorted(sys.modules), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=60)
    modules = eval(done.stderr.strip().splitlines()[-1])  # noqa: S307 - our own list literal
    return done.stdout, _heavy(modules)


def test_version_imports_no_service():
    out, heavy = _cli_imports("--version")
    assert out.startswith("station-app ")
    assert heavy == []


@pytest.mark.parametrize("args", [["--help"], ["ticket", "issue", "--help"], ["letters", "settings", "--help"],
                                  ["hall", "host", "--help"], ["backup", "--help"]])
def test_help_imports_no_service_and_lists_every_command(args):
    out, heavy = _cli_imports(*args)
    assert heavy == []
    if args == ["--help"]:  # every command, with its help text
        commands = next(a for a in build_parser()._actions
                        if isinstance(a.choices, dict) and "gui" in a.choices)
        listed = " ".join(out.split())
        assert len(commands._choices_actions) >= 20
        for choice in commands._choices_actions:
            assert f" {choice.dest} " in listed
            assert " ".join((choice.help or "").split()[:4]) in listed


def test_the_help_still_lists_the_choices_it_took_from_the_services():
    out, _heavy_modules = _cli_imports("letters", "settings", "--help")
    for option in ("--parent-body", "--signer-name", "--bring"):
        assert option in out
    out, _heavy_modules = _cli_imports("ticket", "issue", "--help")
    assert "{58,80,a4}" in out


def test_the_first_window_imports_neither_pdf_nor_sync(db_path, tmp_path):
    """`station-app gui` as a laptop starts it, its first window (the sign-in page) painted:
    what was imported by then (STATION_APP_PROBE reports it)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "STATION_APP_PROBE": "1"}
    env.pop("STATION_APP_PROBE_SIGNIN", None)
    done = subprocess.run([sys.executable, "-m", "station_app", "gui", "--db", str(db_path)],
                          env=env, capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).parent)
    stages = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert [s["stage"] for s in stages] == ["window"], done.stdout + done.stderr
    modules = stages[0]["modules"]
    assert "station_app.ui.signin" in modules and "station_app.storage.db" in modules
    assert _heavy(modules) == []
