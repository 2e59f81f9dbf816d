"""The command line of planning and letters, run as a user would (``station-app ...`` through
``main``), on a real station database: a whole day-before flow, and bad input that ends in one
line and a non-zero exit with nothing changed."""

from __future__ import annotations

import datetime as dt

import pypdf
import pytest
from cli_helpers import run, run_json
from pdf_helpers import fonts_not_embedded

from station_app.services.letter_codes import letter_code
from station_app.storage import Database

DAY1 = dt.date.today() + dt.timedelta(days=1)


def _d(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")




def _state(path) -> list:
    db = Database.open(path)
    try:
        return [db.query(f"SELECT * FROM {t} ORDER BY id") for t in
                ("sessions", "appointments", "letters", "session_moves")]
    finally:
        db.close()


@pytest.fixture
def planned(roster_db_path, capsys):
    db = ["--db", roster_db_path]
    run_json(capsys, "schedule", "campaign", *db, "--name", "Đợt cao điểm",
             "--deadline", f"14-22:{_d(DAY1 + dt.timedelta(days=30))}",
             "--deadline", f"23+:{_d(DAY1 + dt.timedelta(days=60))}")
    created = run_json(capsys, "schedule", "week", *db, "--start", _d(DAY1), "--days", 4,
                       "--place", "Hội trường UBND xã Hòa Bình")
    assert len(created) == 8
    booked = run_json(capsys, "schedule", "book", *db, "--village", "thon dong",
                      "--village", "Thôn Tây")
    assert booked["households"] > 100 and booked["unplaced"] == []
    return roster_db_path, created, booked


def test_a_day_before_from_the_command_line(planned, capsys, tmp_path):
    path, created, booked = planned
    db = ["--db", path]
    listed = run_json(capsys, "schedule", "list", *db)
    assert sum(s["booked"] for s in listed) == booked["people"]
    assert all(s["booked"] <= s["places"] for s in listed)

    out = tmp_path / "thon-dong.pdf"
    printed = run_json(capsys, "letters", *db, "--out", out, "--village", "Thôn Đông")
    assert len(pypdf.PdfReader(out).pages) == printed["letters"] > 30
    assert printed["villages"] == ["Thôn Đông"]

    code, text, err = run(capsys, "letters", *db, "deliver", "HK0000001", "--by", "Tổ trưởng Bình")
    assert code == 0 and "delivered by Tổ trưởng Bình" in text
    code, text, _ = run(capsys, "letters", "deliver", "HK0000001", "--by", "Ai đó", *db)
    assert code == 0 and "already recorded" in text

    station = Database.open(path)
    letter = station.one("SELECT * FROM letters ORDER BY number LIMIT 1")
    text = letter_code(station, letter["household_id"], letter["appointment_id"])
    station.close()
    found = run_json(capsys, "lookup", *db, text)
    assert found["kind"] == "letter"
    assert found["record"]["household"]["id"] == letter["household_id"]
    assert found["record"]["appointment"]["day"] == DAY1.isoformat()

    notices = tmp_path / "thong-bao.pdf"
    move = run_json(capsys, "schedule", "move", *db, f"{_d(DAY1)} 07:00",
                    "--day", _d(DAY1 + dt.timedelta(days=6)), "--place", "Trường Tiểu học",
                    "--reason", "mất điện theo lịch", "--notices", notices)
    assert move["appointments"] > 0
    assert len(pypdf.PdfReader(notices).pages) == len(move["households"])
    assert fonts_not_embedded(notices) == []
    again = run_json(capsys, "schedule", "moved", *db, move["id"])
    assert [h["code"] for h in again["households"]] == [h["code"] for h in move["households"]]

    spoken = run_json(capsys, "announce", *db, "--village", "Thôn Đông", "--days", 7)
    assert len(spoken) == 1 and "Trường Tiểu học" in spoken[0]["text"]
    assert "mất điện theo lịch" in spoken[0]["text"]


@pytest.mark.parametrize("argv, message", [
    (["letters", "--out", "{tmp}/x.pdf", "--village", "Thôn Ma"], "no village 'Thôn Ma'"),
    (["letters", "--out", "{tmp}/x.pdf", "--session", "XYZ"], "no session 'XYZ'"),
    (["letters", "--out", "{tmp}/no/such/x.pdf", "--village", "Thôn Đông"], "does not exist"),
    (["letters", "--village", "Thôn Đông"], "give --out FILE.pdf"),
    (["schedule", "book", "--village", "Thôn Ma"], "no village 'Thôn Ma'"),
    (["schedule", "book", "--village", "Thôn Đông", "--session", "01/01/2001"],
     "no planned session on 01/01/2001"),
    (["schedule", "move", "{day1} 07:00", "--day", "{day2}"], "is taken"),
    (["schedule", "move", "{day1} 07:00", "--spread", "--onto", "{day1} 13:30"],
     "0 free places for"),
    (["schedule", "move", "XYZ", "--place", "Trường"], "no session 'XYZ'"),
    (["schedule", "create", "--day", "32/13/2025", "--place", "X"], "not a day"),
    (["schedule", "campaign", "--name", "X", "--deadline", "14to22"],
     "not an age-group deadline"),
    (["letters", "deliver", "CCCD1|L|AAA|BBB|000000", "--by", "X"], "fails its check"),
])
def test_bad_input_is_one_line_and_changes_nothing(planned, capsys, tmp_path, argv, message):
    path = planned[0]
    before = _state(path)
    filled = [a.format(tmp=tmp_path, day1=_d(DAY1), day2=_d(DAY1 + dt.timedelta(days=1)))
              for a in argv]
    code, out, err = run(capsys, *filled, "--db", path)
    assert code != 0
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert _state(path) == before
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*.tmp"))


def test_moving_onto_a_full_session_says_so(planned, capsys):
    path, created, _ = planned
    # the first two sessions are full; the afternoon of day 2 takes a few; day 3 and 4 are free
    before = _state(path)
    code, _, err = run(capsys, "schedule", "move", created[0]["id"], "--spread",
                       "--onto", created[1]["id"], "--db", path)
    assert code == 1 and "nothing was moved" in err
    assert _state(path) == before
