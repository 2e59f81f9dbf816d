"""The command line acts as a named operator who proves it with their PIN (docs/cli.md, "Who
runs a command"): the name from --operator or STATION_APP_OPERATOR, the PIN from STATION_APP_PIN
or typed at a terminal; the services then refuse what that operator's role may not do."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from cli_helpers import CREW, run

from station_app.services.operators import LOCK_AFTER
from station_app.storage import Database

PINS = {name: pin for name, _role, pin in CREW}


def _as(monkeypatch, name: str | None, pin: str | None) -> None:
    for var, value in (("STATION_APP_OPERATOR", name), ("STATION_APP_PIN", pin)):
        if value is None:
            monkeypatch.delenv(var, raising=False)
        else:
            monkeypatch.setenv(var, value)


def _audit(path, action: str) -> list[dict]:
    db = Database.open(path)
    try:
        return db.query("SELECT operator, detail FROM audit WHERE action = ? ORDER BY rev",
                        (action,))
    finally:
        db.close()


def test_a_command_with_nobody_named_is_refused_with_one_line_saying_how(
        capsys, monkeypatch, roster_db_path):
    _as(monkeypatch, None, "1111")
    code, out, err = run(capsys, "search", "nguyen", "--db", roster_db_path)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "--operator NAME" in err and "STATION_APP_OPERATOR" in err
    assert "STATION_APP_PIN" in err


def test_a_wrong_pin_is_refused_audited_and_counts_toward_the_lock(capsys, monkeypatch,
                                                                   roster_db_path):
    _as(monkeypatch, "Cán bộ Lan", "9999")
    for _ in range(LOCK_AFTER - 1):
        code, out, err = run(capsys, "search", "nguyen", "--db", roster_db_path)
        assert code == 1 and out == "" and err == "station-app search: wrong name or PIN\n"
    code, _, err = run(capsys, "search", "nguyen", "--db", roster_db_path)
    assert code == 1 and "locked until" in err
    assert [a["operator"] for a in _audit(roster_db_path, "signin.failed")] == (
        ["Cán bộ Lan"] * LOCK_AFTER)
    _as(monkeypatch, "Cán bộ Lan", PINS["Cán bộ Lan"])  # the right PIN, still locked
    code, _, err = run(capsys, "search", "nguyen", "--db", roster_db_path)
    assert code == 1 and "locked until" in err


def test_a_right_pin_signs_in_quietly_and_changes_carry_the_name(capsys, monkeypatch,
                                                                roster_db_path):
    _as(monkeypatch, "tinh nguyen vien ha", PINS["Tình nguyện viên Hà"])  # no diacritics
    code, out, err = run(capsys, "ticket", "issue", "--db", roster_db_path, "--json")
    assert code == 0, err
    assert _audit(roster_db_path, "signin") == []  # reading commands never wait to write
    issued = _audit(roster_db_path, "ticket.issue")
    assert [a["operator"] for a in issued] == ["Tình nguyện viên Hà"]
    assert json.loads(issued[0]["detail"])["number"] == json.loads(out)["number"]


def test_a_volunteer_may_not_search_look_up_or_record_intake(capsys, monkeypatch,
                                                             roster_db_path):
    db = Database.open(roster_db_path)
    person = db.one("SELECT id, personal_id FROM residents WHERE personal_id IS NOT NULL"
                    " LIMIT 1")
    db.close()
    _as(monkeypatch, "Tình nguyện viên Hà", PINS["Tình nguyện viên Hà"])
    for argv, action in ((["search", "nguyen"], "resident.view"),
                         (["lookup", person["personal_id"]], "resident.view"),
                         (["intake", person["id"], "--outcome", "collected"], "resident.view")):
        code, out, err = run(capsys, *argv, "--db", roster_db_path)
        assert code == 1 and out == "" and err.count("\n") == 1, argv
        assert f"a volunteer may not do '{action}'" in err
    refused = _audit(roster_db_path, "refused")
    assert [a["operator"] for a in refused] == ["Tình nguyện viên Hà"] * 3
    # what the ticket table does is allowed
    code, _, err = run(capsys, "ticket", "issue", "--queue", "U", "--db", roster_db_path)
    assert code == 0, err


def test_staff_may_not_import_the_roster_and_nothing_is_imported(capsys, monkeypatch,
                                                                 roster_db_path, small_roster):
    db = Database.open(roster_db_path)
    before = db.scalar("SELECT count(*) FROM residents")
    db.close()
    _as(monkeypatch, "Cán bộ Lan", PINS["Cán bộ Lan"])
    code, out, err = run(capsys, "import-roster", small_roster, "--db", roster_db_path)
    assert code == 1 and out == ""
    assert err == "station-app import-roster: a staff may not do 'roster.import'\n"
    for argv in (["export-bundle", "--out", "x.bundle"], ["sync", "status"]):
        code, _, err = run(capsys, *argv, "--db", roster_db_path)
        assert code == 1 and "a staff may not do 'sync." in err
    db = Database.open(roster_db_path)
    try:
        assert db.scalar("SELECT count(*) FROM residents") == before
    finally:
        db.close()
    assert [json.loads(a["detail"])["action"] for a in _audit(roster_db_path, "refused")] == [
        "roster.import", "sync.bundle", "sync.view"]


def test_init_creates_the_station_and_its_lead(capsys, monkeypatch, tmp_path):
    path = tmp_path / "new.sqlite3"
    _as(monkeypatch, None, "4321")
    code, _, err = run(capsys, "init", "--db", path, "--station", "XA-HB-01", "--name", "Trạm")
    assert code == 2 and "--lead NAME" in err and not path.exists()
    code, _, err = run(capsys, "init", "--db", path, "--station", "XA-HB-01", "--name", "Trạm",
                       "--lead", "Nguyễn Văn Hùng")
    assert code == 0, err
    _as(monkeypatch, "nguyen van hung", "4321")
    code, _, err = run(capsys, "import-roster", "--db", path, tmp_path / "none.csv")
    assert code == 1 and "no such file" in err  # signed in as the lead: the file is the problem
    _as(monkeypatch, None, "12")  # a PIN too short: refused before anything is created
    code, _, err = run(capsys, "init", "--db", tmp_path / "b.sqlite3", "--station", "B",
                       "--name", "B", "--lead", "Lan")
    assert code == 1 and "4 to 12 digits" in err and not (tmp_path / "b.sqlite3").exists()
    _as(monkeypatch, None, "4321")
    code, out, err = run(capsys, "init", "--db", tmp_path / "hq.sqlite3", "--station", "HQ",
                         "--name", "Công an tỉnh", "--hq", "--lead", "Cán bộ tỉnh", "--json")
    assert code == 0 and json.loads(out)["role"] == "hq"


def test_without_a_pin_and_no_terminal_the_command_says_so(roster_db_path):
    env = {k: v for k, v in os.environ.items() if k != "STATION_APP_PIN"}
    proc = subprocess.run([sys.executable, "-m", "station_app", "search", "nguyen", "--db",
                           str(roster_db_path), "--operator", "Trưởng trạm"],
                          capture_output=True, text=True, timeout=60, env=env,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == ("station-app search: no PIN for Trưởng trạm: set STATION_APP_PIN "
                           "or run the command at a terminal\n")


def test_init_of_hq_asks_for_hqs_passphrase_not_a_stations(tmp_path):
    """`station-app init --hq` asked for the 'station passphrase of the new station' at HQ
    (HQ trial): HQ's staff are asked for HQ's passphrase."""
    env = {k: v for k, v in os.environ.items() if "PASSPHRASE" not in k}
    env["STATION_APP_PIN"] = "4321"
    proc = subprocess.run([sys.executable, "-m", "station_app", "init", "--hq", "--db",
                           str(tmp_path / "hq.sqlite3"), "--station", "HQ-S", "--name",
                           "Công an tỉnh", "--lead", "Cán bộ Sở"],
                          capture_output=True, text=True, timeout=60, env=env,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 2 and not (tmp_path / "hq.sqlite3").exists()
    assert proc.stderr.startswith("station-app init: no HQ's passphrase: set "), proc.stderr


def test_commands_that_read_nothing_personal_need_nobody(capsys, monkeypatch, tmp_path):
    _as(monkeypatch, None, None)
    code, out, _ = run(capsys, "demo-roster", "--households", "3", "--out",
                       tmp_path / "r.csv")
    assert code == 0 and (tmp_path / "r.csv").exists()
