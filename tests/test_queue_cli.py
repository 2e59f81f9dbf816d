"""The command line of the queue: ticket issue/call/desk actions, intake, queue status."""

from __future__ import annotations

import pytest
from cli_helpers import run, run_json
from pypdf import PdfReader

from station_app.core.sqlite import sqlite3
from station_app.services.letter_codes import letter_code
from station_app.storage import Database, keys


@pytest.mark.slow
def test_a_station_day_from_the_command_line(roster_db_path, tmp_path, capsys, monkeypatch):
    db = ["--db", str(roster_db_path)]
    ticket = run_json(capsys, "ticket", "issue", "--queue", "U", *db)
    assert (ticket["number"], ticket["queue"]) == ("U001", "priority") and ticket["id"]
    pdf = tmp_path / "b001.pdf"
    code, out, _ = run(capsys, "ticket", "issue", "--print", str(pdf), "--size", "80", *db)
    assert code == 0 and out.startswith("ticket B001 (Không có giấy hẹn), 1 ahead; printed")
    assert "B001" in PdfReader(pdf).pages[0].extract_text()

    code, out, _ = run(capsys, "ticket", "call", "--desk", "1", *db)
    assert out.strip() == "U001 → Bàn 1"
    code, out, _ = run(capsys, "ticket", "call", "--desk", "1", *db)
    assert code == 1 and out == ""
    code, _, err = run(capsys, "ticket", "call", "--desk", "1", *db)
    assert err.strip() == "station-app ticket: Bàn 1 is still serving U001: finish, return or " \
                          "transfer it first"
    for action in (["recall"], ["start"], ["transfer", "--to", "2"]):
        assert run(capsys, "ticket", *action, "--desk", "1", *db)[0] == 0
    called = run_json(capsys, "ticket", "call", "--desk", "2", *db)
    assert (called["number"], called["desk"]) == ("U001", "2")
    assert run_json(capsys, "ticket", "call", "--desk", "1", "--ticket", "b001", *db)[
        "number"] == "B001"
    assert run_json(capsys, "ticket", "skip", "--desk", "1", *db)["status"] == "no_show"
    assert run_json(capsys, "ticket", "reactivate", "B001", *db)["status"] == "waiting"
    assert run_json(capsys, "ticket", "return", "--desk", "2", *db)["status"] == "waiting"

    status = run_json(capsys, "queue", "status", *db)
    assert status["next"] == ["U001", "B001"] and status["desks"] == []
    code, out, _ = run(capsys, "queue", "status", *db)
    assert "B  walk_in      waiting   1" in out and "next: U001 B001" in out

    run(capsys, "ticket", "call", "--desk", "2", *db)
    shown = run_json(capsys, "queue", "display", *db)
    assert [(d["number"], d["desk_label"]) for d in shown["desks"]] == [("U001", "Bàn 2")]
    code, out, _ = run(capsys, "queue", "display", *db)
    assert out.strip() == "U001 → Bàn 2"

    # intake of a resident found by personal ID, on the ticket being served
    conn = sqlite3.connect(roster_db_path)
    conn.execute(keys.key_pragma(keys.database_key(roster_db_path)))
    pid = conn.execute("SELECT personal_id FROM residents WHERE personal_id IS NOT NULL"
                       " LIMIT 1").fetchone()[0]
    conn.close()
    with monkeypatch.context() as env:  # a desk's staff, named as typed without diacritics
        env.setenv("STATION_APP_PIN", "2222")
        row = run_json(capsys, "intake", pid, "--outcome", "collected", "--ticket", "U001",
                       "--operator", "can bo lan", *db)
    assert (row["desk"], row["operator"], row["outcome"]) == ("2", "Cán bộ Lan", "collected")
    code, _, err = run(capsys, "intake", pid, "--outcome", "collected", *db)
    assert code == 1 and "already collected here" in err and err.count("\n") == 1
    code, _, err = run(capsys, "intake", pid, "--outcome", "collected", "--force", *db)
    assert code == 1 and "needs a reason" in err
    fixed = run_json(capsys, "intake", "--corrects", row["id"], "--outcome", "rejected",
                     "--reason", "ảnh không đạt", "--why", "nhập nhầm kết quả", *db)
    assert fixed["corrects_id"] == row["id"]
    history = run_json(capsys, "intake", pid, "--history", *db)
    assert [h["corrected_by"] for h in history] == [fixed["id"], None]
    added = run_json(capsys, "intake", "--new-name", "Lê Văn Tám", "--dob", "2010",
                     "--outcome", "missing_documents", *db)
    assert added["full_name"] == "Lê Văn Tám"

    assert run_json(capsys, "ticket", "finish", "--desk", "2", *db)["status"] == "done"
    stats = run_json(capsys, "queue", "stats", *db)
    assert (stats["issued"], stats["served"], stats["waiting_now"]) == (2, 1, 1)
    shown = run_json(capsys, "ticket", "show", "U001", *db)
    assert shown["status"] == "done"
    reprint = tmp_path / "again.pdf"
    assert run(capsys, "ticket", "print", "U001", "--out", str(reprint), *db)[0] == 0
    assert reprint.exists()


def test_scanning_a_letter_from_the_command_line(roster_db_path, capsys):
    station = Database.open(roster_db_path)
    hid, code_ = station.conn.execute("SELECT id, code FROM households LIMIT 1").fetchone()
    letter = letter_code(station, hid, None)
    station.close()
    db = ["--db", str(roster_db_path)]
    code, out, _ = run(capsys, "ticket", "issue", "--scan", letter, *db)
    assert code == 0
    assert out.strip() == (f"household {code_} checked in (0 appointment(s)); ticket A001 "
                           "(Có giấy hẹn), 0 ahead")
    again = run_json(capsys, "ticket", "issue", "--scan", letter, *db)
    assert again["number"] == "A001" and again["scan"]["new"] is False
    looked = run_json(capsys, "lookup", again["code"], *db)
    assert looked["kind"] == "ticket" and looked["record"]["number"] == "A001"
    code, _, err = run(capsys, "ticket", "issue", "--scan", "CCCD1|L|x|-|000000", *db)
    assert code == 1 and "fails its check" in err


def test_queue_settings_from_the_command_line(db_path, capsys):
    db = ["--db", str(db_path)]
    policy = run_json(capsys, "queue", "policy", "interleave", "--ratio", "3", *db)
    assert policy["mode"] == "interleave" and "3:1" in policy["description"]
    code, out, _ = run(capsys, "queue", "policy", *db)
    assert out.startswith("Interleave 3:1")
    code, _, err = run(capsys, "queue", "policy", "--ratio", "0", *db)
    assert code == 1 and "ratio" in err
    run_json(capsys, "queue", "config", "elderly", "--prefix", "C", "--name", "Người cao tuổi",
             "--kind", "priority", *db)
    assert run_json(capsys, "ticket", "issue", "--queue", "c", *db)["number"] == "C001"
    code, _, err = run(capsys, "ticket", "issue", "--queue", "Z", *db)
    assert code == 1 and err.startswith("station-app ticket: no queue 'Z'")
