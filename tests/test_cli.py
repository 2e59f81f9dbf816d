"""The command line, run as a separate process the way HQ scripts run it: JSON output, and bad
input answered with one line on stderr, a non-zero exit and nothing changed."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from station_app import __version__
from station_app.core.sqlite import sqlite3
from station_app.storage import copy_database, keys

ROSTER = """\
Mã hộ,Họ và tên,Giới tính,"Ngày, tháng, năm sinh",Số định danh cá nhân,Quan hệ với chủ hộ
HK001,Nguyễn Văn An,Nam,05/03/1985,040085012345,Chủ hộ
HK001,Đặng Thị Hoà,Nữ,1987,40187123456,Vợ
HK001,Nguyễn Văn 3,Nam,1990,,Con
HK002,Nguyễn Văn An,Nam,20/07/2001,,Chủ hộ
HK002,Trần Thị Bé,Nữ,31/02/2003,,Con
"""


def run(*args: str, cwd: Path | None = None, **env_vars: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env_vars}
    return subprocess.run([sys.executable, "-m", "station_app", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=120, env=env)


def run_json(*args: str):
    proc = run(*args, "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def contents(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(path)
    if keys.key_path(path).exists():
        conn.execute(keys.key_pragma(keys.database_key(path)))
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}"))) for t in tables}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def _station_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("station")
    db = folder / "station.sqlite3"
    created = run_json("init", "--db", db, "--station", "XA01", "--name", "Trạm UBND xã Hòa Bình")
    assert created["station"] == "XA01" and created["hq"] is False and created["node"]
    roster = folder / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    run_json("import-roster", roster, "--db", db)
    return db


@pytest.fixture
def station(tmp_path, _station_template) -> Path:
    """A station database made by `station-app init`, holding ROSTER (a copy per test)."""
    db = tmp_path / "station.sqlite3"
    copy_database(_station_template, db)
    assert not Path(f"{_station_template}-wal").exists()  # the CLI closed it: all in one file
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    return db


def assert_one_line_error(proc: subprocess.CompletedProcess, *words: str) -> None:
    assert proc.returncode != 0
    assert proc.stdout == ""
    err = proc.stderr.strip()
    assert "\n" not in err and "Traceback" not in err, proc.stderr
    assert err.startswith("station-app ")
    for word in words:
        assert word in err, err


def test_version():
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"station-app {__version__}"


def test_init_refuses_an_existing_database(station):
    before = contents(station)
    proc = run("init", "--db", station, "--station", "XA02", "--name", "X")
    assert_one_line_error(proc, "already exists")
    assert contents(station) == before


def test_init_refuses_a_bad_station_code(tmp_path):
    proc = run("init", "--db", tmp_path / "s.sqlite3", "--station", "XA 01", "--name", "X")
    assert_one_line_error(proc, "--station")
    assert not (tmp_path / "s.sqlite3").exists()


def test_demo_roster_is_deterministic(tmp_path):
    made = run_json("demo-roster", "--households", 40, "--seed", 5, "--out", tmp_path / "a.csv")
    assert made["households"] == 40 and made["residents"] > 40
    run_json("demo-roster", "--households", 40, "--seed", 5, "--out", tmp_path / "b.csv")
    run_json("demo-roster", "--households", 40, "--seed", 6, "--out", tmp_path / "c.csv")
    a = (tmp_path / "a.csv").read_bytes()
    assert a == (tmp_path / "b.csv").read_bytes()
    assert a != (tmp_path / "c.csv").read_bytes()
    text = a.decode("utf-8-sig")
    assert text.startswith("Mã hộ,Họ và tên,")
    assert text.count("\n") == made["residents"] + 1


def test_import_roster_json(tmp_path):
    db = tmp_path / "station.sqlite3"
    run_json("init", "--db", db, "--station", "XA01", "--name", "Trạm")
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    first = run_json("import-roster", roster, "--db", db)
    assert (first["imported"], first["unchanged"], first["rejected"]) == (3, 0, 2)
    assert first["rejected_rows"] == [
        {"line": 4, "reason": "full name 'Nguyễn Văn 3' contains digits"},
        {"line": 6, "reason": "'31/02/2003' is not a real date (day 31, month 2, year 2003)"},
    ]
    assert first["mapping"]["full_name"] == "Họ và tên"
    before = contents(db)
    again = run_json("import-roster", roster, "--db", db)
    assert (again["imported"], again["unchanged"], again["rejected"]) == (0, 3, 2)
    after = contents(db)
    for table in ("residents", "households", "areas", "graves"):
        assert after[table] == before[table]


def test_import_roster_text_output(tmp_path, station):
    roster = tmp_path / "roster.csv"
    proc = run("import-roster", roster, "--db", station)
    assert proc.returncode == 0
    assert proc.stdout.splitlines()[:3] == [
        "imported 0, updated 0, unchanged 3, rejected 2",
        "  line 4: full name 'Nguyễn Văn 3' contains digits",
        "  line 6: '31/02/2003' is not a real date (day 31, month 2, year 2003)",
    ]


@pytest.mark.parametrize("typed", [
    "nguyen van an", "Nguyễn Văn An", "NGUYEN VAN AN", unicodedata.normalize("NFD", "Nguyễn Văn An"),
])
def test_search_json(station, typed):
    rows = run_json("search", typed, "--db", station)
    assert sorted((r["household_code"], r["date_of_birth"]) for r in rows) == [
        ("HK001", "1985-03-05"), ("HK002", "2001-07-20")]
    for row in rows:
        assert row["full_name"] == "Nguyễn Văn An"
        assert unicodedata.is_normalized("NFC", row["full_name"])
        assert {"id", "full_name", "household_code", "date_of_birth", "personal_id"} <= set(row)
    assert {r["personal_id"] for r in rows} == {"040085012345", None}


def test_search_by_id_and_restored_zero(station):
    rows = run_json("search", "040187123456", "--db", station)  # stored from 40187123456
    assert [r["full_name"] for r in rows] == ["Đặng Thị Hoà"]


def test_lookup_json(station):
    found = run_json("lookup", "040085012345", "--db", station)
    assert found["kind"] == "resident"
    assert found["record"]["full_name"] == "Nguyễn Văn An"
    assert found["record"]["household_code"] == "HK001"
    household = run_json("lookup", "HK001", "--db", station)
    assert household["kind"] == "household"
    assert [m["full_name"] for m in household["record"]["members"]] == [
        "Nguyễn Văn An", "Đặng Thị Hoà"]


# -- bad input: one line, non-zero exit, nothing changed ------------------------------------------

def _bad_file(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.csv"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 16)
    elif kind == "no-name-column":
        path.write_text("Mã hộ,Địa chỉ,Ngày sinh\nHK9,Số 1,1985\n", encoding="utf-8")
    elif kind == "latin-1":
        # an old tool's 8-bit encoding: the bytes are not UTF-8
        path.write_bytes("Ho va ten,Ngay sinh,Ma ho\nNguyên Vân Ân,1985,HK9\n".encode("latin-1"))
    return path


@pytest.mark.parametrize("kind, words", [
    ("missing", ["no such file"]),
    ("empty", ["is empty"]),
    ("binary", ["binary file"]),
    ("no-name-column", ["no column for full name", "Địa chỉ"]),
    ("latin-1", ["not UTF-8"]),
])
def test_import_roster_bad_files(tmp_path, station, kind, words):
    path = _bad_file(tmp_path, kind)
    before = contents(station)
    proc = run("import-roster", path, "--db", station)
    assert_one_line_error(proc, *words)
    assert contents(station) == before


def test_import_roster_without_a_column_keeps_the_stored_values_and_says_so(tmp_path, station):
    rows = list(csv.reader(io.StringIO(ROSTER)))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([r[:4] + r[5:] for r in rows])
    without_ids = out.getvalue()
    assert "Số định danh" not in without_ids
    roster = tmp_path / "no-ids.csv"
    roster.write_text(without_ids, encoding="utf-8")
    before = contents(station)
    proc = run("import-roster", roster, "--db", station)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[3:] == [
        "stored values kept (no value in the file): personal ID 2",
        "columns not in the file (stored values kept): personal ID, old ID (CMND), card status, "
        "village, address, phone"]
    after = contents(station)
    for table in ("residents", "households", "areas", "graves"):
        assert after[table] == before[table]
    data = run_json("import-roster", roster, "--db", station)
    assert data["kept"] == {"personal_id": 2} and data["changed"] == {}
    assert "personal_id" in data["columns_missing"]


def test_import_roster_that_replaces_an_id_asks_first(tmp_path, station):
    roster = tmp_path / "changed.csv"
    roster.write_text(ROSTER.replace("040085012345", "040085099999"), encoding="utf-8")
    before = contents(station)
    assert_one_line_error(run("import-roster", roster, "--db", station),
                          "would replace 1 stored values", "--dry-run", "--yes")
    assert contents(station) == before
    dry = run("import-roster", roster, "--dry-run", "--db", station)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines()[:2] + dry.stdout.splitlines()[4:6] == [
        "dry run: nothing was written",
        "would import 0, updated 1, unchanged 2, rejected 2",
        "stored values replaced:",
        "  personal ID: 1, e.g. Nguyễn Văn An (HK001, 05/03/1985): 040085012345 -> 040085099999"]
    data = run_json("import-roster", roster, "--dry-run", "--db", station)
    assert (data["dry_run"], data["needs_confirmation"], data["changed"]) == (
        True, True, {"personal_id": 1})
    assert data["examples"]["personal_id"] == [{
        "who": "Nguyễn Văn An (HK001, 05/03/1985)", "from": "040085012345",
        "to": "040085099999"}]
    assert [r["line"] for r in data["rejected_rows"]] == [4, 6]
    assert contents(station) == before
    done = run_json("import-roster", roster, "--yes", "--db", station)
    assert (done["updated"], done["changed"]) == (1, {"personal_id": 1})
    assert run_json("lookup", "040085099999", "--db", station)["kind"] == "resident"


def test_import_roster_of_a_broken_xlsx_is_one_line(tmp_path, station):
    import zipfile

    import openpyxl

    book = openpyxl.Workbook()
    for row in list(csv.reader(io.StringIO(ROSTER))) * 20:
        book.active.append(row)
    book.save(tmp_path / "good.xlsx")
    with zipfile.ZipFile(tmp_path / "good.xlsx") as zin, \
            zipfile.ZipFile(tmp_path / "broken.xlsx", "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item, data[: len(data) // 2] if "worksheets" in item.filename else data)
    before = contents(station)
    assert_one_line_error(run("import-roster", tmp_path / "broken.xlsx", "--db", station),
                          "broken.xlsx is not a readable XLSX workbook")
    assert contents(station) == before


@pytest.mark.parametrize("command, kind", [
    (["search", "an"], "text-file"), (["search", "an"], "other-sqlite"),
    (["search", "an"], "missing"), (["lookup", "HK001"], "other-sqlite"),
    (["import-roster", "roster.csv"], "text-file"),
    (["import-roster", "roster.csv"], "other-sqlite"), (["import-roster", "roster.csv"], "missing"),
])
def test_db_that_is_not_a_station_database(tmp_path, command, kind):
    (tmp_path / "roster.csv").write_text(ROSTER, encoding="utf-8")
    db = tmp_path / "not-station.sqlite3"
    if kind == "text-file":
        db.write_text(ROSTER, encoding="utf-8")
    elif kind == "other-sqlite":
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    before = db.read_bytes() if db.exists() else None
    proc = run(*command, "--db", db, cwd=tmp_path)
    assert_one_line_error(proc, "station database")
    assert (db.read_bytes() if db.exists() else None) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["roster.csv"] + (["not-station.sqlite3"] if before is not None else []))


@pytest.mark.parametrize("text", ["", "   "])
def test_search_with_empty_text(station, text):
    before = contents(station)
    assert_one_line_error(run("search", text, "--db", station), "search text is empty")
    assert contents(station) == before


def test_lookup_of_something_unknown(station):
    assert_one_line_error(run("lookup", "HK404", "--db", station), "HK404")


@pytest.mark.parametrize("args, words", [
    (["search", "nguyen", "--limit", "99999999999999999999"], ["--limit", "whole number"]),
    (["demo-roster", "--households", "2", "--residents", "0", "--out", "r.csv"], ["--residents"]),
    (["demo-roster", "--households", "2", "--residents", "-1", "--out", "r.csv"],
     ["--residents"]),
    (["schedule", "week", "--place", "Hội trường", "--start", "01/06/2099",
      "--days", "99999999999999999999"], ["--days"]),
    (["schedule", "create", "--place", "Hội trường", "--day", "01/06/2099",
      "--capacity", "99999999999999999999"], ["--capacity"]),
    (["announce", "--days", "99999999999999999999"], ["--days"]),
    (["ticket", "issue", "--scan", ""], ["nothing was scanned"]),
    (["ticket", "issue", "--scan", "   "], ["nothing was scanned"]),
], ids=["limit-huge", "residents-0", "residents-negative", "days-huge", "capacity-huge",
        "announce-days-huge", "scan-empty", "scan-blank"])
def test_numbers_out_of_range_and_empty_scans(station, tmp_path, args, words):
    before = contents(station)
    assert_one_line_error(run(*args, "--db", station, cwd=tmp_path), *words)
    assert contents(station) == before
    assert not (tmp_path / "r.csv").exists()


_HOLD_WRITE_LOCK = """
import sys
from station_app.core.sqlite import sqlite3
from station_app.storage import keys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute(keys.key_pragma(keys.database_key(sys.argv[1])))
conn.execute("BEGIN IMMEDIATE")  # a long roster import or merge, as another program
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def test_a_write_lock_that_does_not_come_is_one_line(station, tmp_path):
    before = contents(station)
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_WRITE_LOCK, str(station)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        for command in (["ticket", "issue"], ["ticket", "call", "--desk", "1"],
                        ["intake", "040085012345", "--outcome", "collected"],
                        ["import-roster", "roster.csv"]):
            start = time.monotonic()
            proc = run(*command, "--db", station, cwd=tmp_path, STATION_APP_BUSY_TIMEOUT="0.5")
            assert_one_line_error(proc, "database is busy", "nothing was changed")
            assert time.monotonic() - start < 10
        assert run("queue", "status", "--db", station).returncode == 0  # reading never waits
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    assert contents(station) == before


def test_the_database_may_come_before_the_command(station, tmp_path):
    """`station-app --db X search …` as `station-app search --db X …` (the hand trial typed it
    first and the command opened the default database); two different ones are refused."""
    after = run_json("search", "--db", station, "Nguyễn")
    assert after and run_json("--db", station, "search", "Nguyễn") == after
    proc = run("--db", tmp_path / "other.sqlite3", "search", "--db", station, "Nguyễn")
    assert proc.returncode == 2 and "two databases given" in proc.stderr
