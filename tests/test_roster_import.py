"""Roster import: every encoding and header style, XLSX, bad rows, re-import, cancel, and a
process killed in the middle of an import."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from cli_helpers import lead_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station_app.services import roster_import
from station_app.services.demo_roster import write_demo_roster
from station_app.services.roster_files import RosterFileError
from station_app.services.roster_import import ImportCancelled, NeedsConfirmation, import_roster
from station_app.storage import Database

TODAY = dt.date(2026, 1, 15)

HEADERS_VI = ["Mã hộ", "Họ và tên", "Giới tính", "Ngày, tháng, năm sinh", "Số định danh cá nhân",
              "Số CMND", "Quan hệ với chủ hộ", "Thôn/Tổ dân phố", "Tình trạng thẻ"]
HEADERS_EN = ["Household code", "Full name", "Gender", "Date of birth", "Personal ID",
              "Old ID", "Relation", "Village", "Card status"]
FIELDS = ["household_code", "full_name", "gender", "dob", "personal_id", "old_id", "relation",
          "village", "card_status"]
PEOPLE = [
    ["HK001", "Nguyễn Văn An", "Nam", "05/03/1985", "040085012345", "187654321", "Chủ hộ",
     "Thôn Đông", "Cần cấp"],
    ["HK001", "Đặng Thị Hoà", "Nữ", "1987", "040187123456", "", "Vợ", "Thôn Đông", "Đã có thẻ"],
    ["HK001", "Nguyễn Văn Bình", "Nam", "12/11/2015", "", "", "Con", "Thôn Đông", "Miễn"],
    ["HK002", "Trương Thị Ngọc Ánh", "Nữ", "1/2/1950", "", "012345678", "Chủ hộ", "Thôn Tây",
     ""],
]
# What the station database holds for PEOPLE, by name.
EXPECTED = {
    "Nguyễn Văn An": ("HK001", "M", "1985-03-05", "040085012345", "187654321", "Chủ hộ",
                      "Thôn Đông", "needs_card"),
    "Đặng Thị Hoà": ("HK001", "F", "1987", "040187123456", None, "Vợ", "Thôn Đông", "has_card"),
    "Nguyễn Văn Bình": ("HK001", "M", "2015-11-12", None, None, "Con", "Thôn Đông", "exempt"),
    "Trương Thị Ngọc Ánh": ("HK002", "F", "1950-02-01", None, "012345678", "Chủ hộ", "Thôn Tây",
                            "needs_card"),
}


@pytest.fixture(params=["in process", "in a worker"])
def parse_where(request, monkeypatch):
    """A small roster is parsed in this process, a big one in a worker process while this one
    writes: both must import the same, report the same and leave no process behind."""
    if request.param == "in a worker":
        monkeypatch.setattr(roster_import, "PARALLEL_BYTES", 0)
    yield request.param
    assert multiprocessing.active_children() == []


def csv_text(headers, rows, delimiter=",", newline="\n") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=newline).writerows([headers, *rows])
    return out.getvalue()


def residents(db: Database) -> dict[str, tuple]:
    return {r["full_name"]: tuple(r.values())[1:] for r in db.query(
        "SELECT r.full_name, h.code, r.gender, r.dob, r.personal_id, r.old_id, r.relation, "
        "v.name, r.card_status FROM residents r JOIN households h ON h.id = r.household_id "
        "LEFT JOIN areas v ON v.id = h.village_id")}


def snapshot(db: Database, tables=None) -> dict[str, list]:
    """Every row of every table (or of ``tables``), and the schema: to prove nothing changed."""
    names = tables or [r[0] for r in db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    data = {t: sorted(map(repr, db.conn.execute(f"SELECT * FROM {t}"))) for t in names}
    if tables is None:
        data["sqlite_master"] = sorted(map(repr, db.conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master")))
    return data


DATA_TABLES = ["residents", "households", "areas", "graves"]


# -- encodings and delimiters ------------------------------------------------------------------

def _utf16_excel(text: str) -> bytes:
    """What Excel's "Unicode text" holds: UTF-16 LE with a byte-order mark, CRLF lines."""
    return codecs.BOM_UTF16_LE + text.replace("\n", "\r\n").encode("utf-16-le")


@pytest.mark.parametrize("encode, delimiter", [
    (lambda t: t.encode("utf-8"), ","),
    (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), ","),
    (lambda t: t.encode("utf-8"), ";"),
    (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), ";"),
    (lambda t: t.encode("utf-8"), "\t"),
    (lambda t: t.replace("\n", "\r\n").encode("utf-8"), ","),
    (_utf16_excel, "\t"),
], ids=["utf8-comma", "bom-comma", "utf8-semicolon", "bom-semicolon", "utf8-tab", "utf8-crlf",
        "utf16-excel-unicode-text"])
def test_every_encoding_and_delimiter(db, tmp_path, encode, delimiter, lead):
    path = tmp_path / "roster.csv"
    path.write_bytes(encode(csv_text(HEADERS_VI, PEOPLE, delimiter)))
    result = import_roster(db, path, today=TODAY, operator=lead)
    assert result.rejected == []
    assert (result.imported, result.updated, result.unchanged) == (4, 0, 0)
    assert result.households == 2
    assert residents(db) == EXPECTED


def test_semicolon_file_with_few_columns(db, tmp_path, lead):
    # Excel with a Vietnamese list separator: ';' between cells, commas inside a header
    path = tmp_path / "roster.csv"
    path.write_text("Họ và tên;Ngày, tháng, năm sinh;Mã hộ\nNguyễn Văn An;05/03/1985;HK1\n",
                    encoding="utf-8")
    result = import_roster(db, path, today=TODAY, operator=lead)
    assert result.imported == 1
    assert result.mapping == {"full_name": "Họ và tên", "dob": "Ngày, tháng, năm sinh",
                              "household_code": "Mã hộ"}


# -- header styles and the mapping ---------------------------------------------------------------

@pytest.mark.parametrize("headers", [
    HEADERS_VI,
    HEADERS_EN,
    [h.upper() for h in HEADERS_VI],
    ["Mã số hộ", "Họ tên", "Giới tính", "Ngày sinh (dd/mm/yyyy)", "Số CCCD", "Số chứng minh nhân dân",
     "Quan hệ chủ hộ", "Thôn", "Trạng thái thẻ"],
    ["household_code", "full_name", "gender", "date_of_birth", "personal_id", "old_id",
     "relation", "village", "card_status"],
], ids=["vietnamese", "english", "capitals", "variants", "snake-case"])
def test_header_styles_and_the_mapping(db, tmp_path, headers, lead):
    path = tmp_path / "roster.csv"
    path.write_text(csv_text(headers, PEOPLE), encoding="utf-8")
    result = import_roster(db, path, today=TODAY, operator=lead)
    assert result.mapping == dict(zip(FIELDS, headers))
    assert result.rejected == []
    assert residents(db) == EXPECTED


def test_columns_in_any_order_and_unknown_columns_ignored(db, tmp_path, lead):
    order = [8, 3, 1, 0, 7, 2, 6, 5, 4]
    headers = ["STT"] + [HEADERS_VI[i] for i in order] + ["Ghi chú"]
    rows = [[str(n)] + [p[i] for i in order] + ["ghi chú"] for n, p in enumerate(PEOPLE, 1)]
    path = tmp_path / "roster.csv"
    path.write_text(csv_text(headers, rows), encoding="utf-8")
    result = import_roster(db, path, today=TODAY, operator=lead)
    assert set(result.mapping) == set(FIELDS)
    assert residents(db) == EXPECTED


def test_no_name_column_is_refused_and_nothing_changes(db, tmp_path, parse_where, lead):
    path = tmp_path / "roster.csv"
    headers = ["Mã hộ", "Tên đường", "Ngày sinh"]
    path.write_text(csv_text(headers, [["HK1", "Lê Lợi", "1985"]]), encoding="utf-8")
    before = snapshot(db)
    with pytest.raises(RosterFileError) as exc:
        import_roster(db, path, today=TODAY, operator=lead)
    assert "no column for full name ('Họ và tên')" in str(exc.value)
    assert "Tên đường" in str(exc.value)  # the headers found are listed
    assert snapshot(db) == before


# -- XLSX ---------------------------------------------------------------------------------------

def test_xlsx_with_title_rows_date_cells_and_numeric_ids(db, tmp_path, parse_where, lead):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["DANH SÁCH NHÂN KHẨU THÔN ĐÔNG, XÃ HÒA BÌNH"])
    sheet.append(["(kèm theo Kế hoạch số 12/KH-UBND)"])
    sheet.append([])
    sheet.append(["STT", *HEADERS_VI])
    sheet.append([1, "HK001", "Nguyễn Văn An", "Nam", dt.datetime(1985, 3, 5),  # row 5
                  40085012345, 187654321, "Chủ hộ", "Thôn Đông", "Cần cấp"])
    sheet.append([2, "HK001", "Đặng Thị Hoà", "Nữ", 1987, 40187123456, None, "Vợ",  # row 6
                  "Thôn Đông", "Đã có thẻ"])
    sheet.append([3, "HK001", "Nguyễn Văn Bình", "Nam", dt.date(2015, 11, 12), None, None,
                  "Con", "Thôn Đông", "Miễn"])                                    # row 7
    sheet.append([])                                                              # row 8
    sheet.append([4, "HK002", "Trương Thị Ngọc Ánh", "Nữ", "1/2/1950", None, 12345678,
                  "Chủ hộ", "Thôn Tây", None])                                    # row 9
    sheet.append([5, "HK002", "Lê Văn Sai", "Nam", dt.datetime(1990, 1, 1), 40185012345, None,
                  "Con", "Thôn Tây", None])                                       # row 10
    sheet.append([6, "HK002", "Lê Văn Tương Lai", "Nam", dt.datetime(2030, 1, 1), None, None,
                  "Con", "Thôn Tây", None])                                       # row 11
    sheet["E5"].number_format = "dd/mm/yyyy"
    path = tmp_path / "roster.xlsx"
    book.save(path)

    result = import_roster(db, path, today=TODAY, operator=lead)
    assert result.mapping == dict(zip(FIELDS, HEADERS_VI))
    assert residents(db) == EXPECTED  # leading zeros of the numeric IDs restored
    assert [(r.line, r.reason) for r in result.rejected] == [
        (10, "ID '40185012345' has 11 digits; with its leading zeros put back ('040185012345') "
             "it does not match the resident, so it was not restored"),
        (11, "date of birth 01/01/2030 is not plausible"),
    ]
    again = import_roster(db, path, today=TODAY, operator=lead)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 4)


def test_xlsx_without_a_name_column(db, tmp_path, lead):
    book = openpyxl.Workbook()
    book.active.append(["Mã hộ", "Ngày sinh"])
    book.active.append(["HK1", "1985"])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    with pytest.raises(RosterFileError, match="no column of full names"):
        import_roster(db, path, today=TODAY, operator=lead)


def test_xlsx_saved_under_another_extension_is_still_read(db, tmp_path, lead):
    book = openpyxl.Workbook()
    book.active.append(HEADERS_VI)
    for row in PEOPLE:
        book.active.append(row)
    path = tmp_path / "roster-from-email.csv"
    book.save(tmp_path / "roster.xlsx")
    os.replace(tmp_path / "roster.xlsx", path)
    assert import_roster(db, path, today=TODAY, operator=lead).imported == 4


# -- bad rows ------------------------------------------------------------------------------------

BAD_ROSTER = """\
Mã hộ,Họ và tên,Giới tính,Ngày sinh,Số định danh cá nhân,Số CMND,Quan hệ với chủ hộ,Tình trạng thẻ
HK001,Nguyễn Văn An,Nam,05/03/1985,040085012345,,Chủ hộ,Cần cấp
HK001,Nguyễn Văn 2,Nam,05/03/1985,,,Con,
HK001,,Nam,05/03/1985,,,Con,
HK001,Nguyễn Văn Bình,Nam,30/02/1990,,,Con,
HK001,Nguyễn Văn Cường,Nam,01/01/2099,,,Con,
,Nguyễn Văn Dũng,Nam,01/01/1990,,,Con,
HK001,Nguyễn Văn Em,X,01/01/1990,,,Con,
HK001,Nguyễn Thị Giang,Nữ,01/01/1990,040090012345,,Con,
HK001,NGUYEN VAN AN,Nam,05/03/1985,,,Con,

HK001,Nguyễn Văn Hùng,Nam,01/01/1990,,1234567,Con,
HK001,Nguyễn Văn Khánh,Nam,01/01/1990,4.0009E+10,,Con,
HK001,Nguyễn Văn Long,Nam,01/01/1990,,,Con,Không rõ
HK001,Nguyễn Văn Minh,Nam,,,,Con,
HK001,"Nguyễn Thị
Hoa",Nữ,1990,,,Con,Đã có thẻ
HK001,Nguyễn Văn Nam,Nam,1991,,,Con,
HK001,Nguyễn Văn 9,Nam,1991,,,Con,
"""
BAD_ROWS = [
    (3, "full name 'Nguyễn Văn 2' contains digits"),
    (4, "full name is empty"),
    (5, "'30/02/1990' is not a real date (day 30, month 2, year 1990)"),
    (6, "date of birth 01/01/2099 is not plausible"),
    (7, "household code is empty"),
    (8, "gender 'X' is not Nam/Nữ (male/female)"),
    (9, "ID 040090012345: ID digit 4 ('0') says male, but the resident is female"),
    (10, "same person as line 2 (household, name and birth date)"),
    (12, "ID '1234567' has 7 digits; an old ID (CMND) has 9 and only one leading zero can be "
         "missing, so it was not restored"),
    (13, "ID '4.0009E+10' was turned into a number in scientific notation and lost digits"),
    (14, "card status 'Không rõ' is not one of: Cần cấp, Đã có thẻ, Miễn, Chuyển đi, Đã mất"),
    (15, "date of birth is empty"),
    (19, "full name 'Nguyễn Văn 9' contains digits"),  # counted after a two-line cell
]


def test_bad_rows_come_back_with_line_and_reason_and_good_rows_are_imported(db, tmp_path, parse_where, lead):
    path = tmp_path / "roster.csv"
    path.write_text(BAD_ROSTER, encoding="utf-8")
    result = import_roster(db, path, today=TODAY, operator=lead)
    assert sorted((r.line, r.reason) for r in result.rejected) == BAD_ROWS
    assert result.imported == 3
    assert sorted(residents(db)) == ["Nguyễn Thị Hoa", "Nguyễn Văn An", "Nguyễn Văn Nam"]
    as_json = result.as_dict()
    assert as_json["rejected"] == len(BAD_ROWS)
    assert as_json["rejected_rows"][0] == {"line": 3, "reason": BAD_ROWS[0][1]}


def test_a_line_break_inside_a_name_does_not_shift_other_rows(db, tmp_path, lead):
    path = tmp_path / "roster.csv"
    path.write_text('Họ và tên,Ngày sinh,Mã hộ\n"Nguyễn\nVăn An",1985,HK1\n'
                    'Lê Bình,1986,HK1\nTrần Chi,1987,HK1\n', encoding="utf-8")
    import_roster(db, path, today=TODAY, operator=lead)
    assert {n: r[2] for n, r in residents(db).items()} == {
        "Nguyễn Văn An": "1985", "Lê Bình": "1986", "Trần Chi": "1987"}


def test_stored_text_is_nfc_with_single_spaces(db, tmp_path, lead):
    path = tmp_path / "roster.csv"
    name = "  Nguyễn   Văn\tAn "
    path.write_text(f"Họ và tên,Ngày sinh,Mã hộ\n{unicodedata.normalize('NFD', name)},1985,HK1\n",
                    encoding="utf-8")
    import_roster(db, path, today=TODAY, operator=lead)
    assert list(residents(db)) == ["Nguyễn Văn An"]


# -- re-import, changes, cancel ---------------------------------------------------------------------

def test_reimport_changes_nothing(db, small_roster, parse_where, lead):
    first = import_roster(db, small_roster, today=TODAY, operator=lead)
    assert first.imported > 1000 and first.rejected == []
    before = snapshot(db, DATA_TABLES)
    reached = []
    again = import_roster(db, small_roster, today=TODAY, operator=lead,
                          progress=lambda done, total: reached.append((done, total)))
    assert (again.imported, again.updated, again.unchanged, again.households) == (
        0, 0, first.imported, 0)
    assert again.rejected == [] and not again.dry_run
    assert snapshot(db, DATA_TABLES) == before
    # the file is read once (the check finds nothing to write), and the import is audited
    assert max(done for done, _ in reached) <= reached[-1][1] // 2
    assert db.scalar("SELECT count(*) FROM audit WHERE action = 'import_roster_result'") == 2


def test_reimport_of_a_file_with_bad_rows_reports_them_again_and_changes_nothing(db, tmp_path, parse_where, lead):
    path = tmp_path / "roster.csv"
    path.write_text(BAD_ROSTER, encoding="utf-8")
    import_roster(db, path, today=TODAY, operator=lead)
    before = snapshot(db, DATA_TABLES)
    again = import_roster(db, path, today=TODAY, operator=lead)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, 3)
    assert sorted((r.line, r.reason) for r in again.rejected) == BAD_ROWS
    assert snapshot(db, DATA_TABLES) == before


def test_a_changed_row_is_updated(db, tmp_path, parse_where, lead):
    path = tmp_path / "roster.csv"
    path.write_text(csv_text(HEADERS_VI, PEOPLE), encoding="utf-8")
    import_roster(db, path, today=TODAY, operator=lead)
    ids = {r["full_name"]: r["id"] for r in db.query("SELECT id, full_name FROM residents")}
    changed = [list(p) for p in PEOPLE]
    changed[2][4] = "040215654321"       # Bình got his ID
    changed[2][8] = "Đã có thẻ"
    changed[3][1] = "Trương Thị Ngọc Anh"  # a spelling correction (same folded name)
    path.write_text(csv_text(HEADERS_VI, changed), encoding="utf-8")
    before = snapshot(db)
    with pytest.raises(NeedsConfirmation) as refused:  # half the residents: asked first
        import_roster(db, path, today=TODAY, operator=lead)
    assert snapshot(db) == before
    assert refused.value.result.changed == {"full_name": 1, "card_status": 1, "head_name": 1}
    assert refused.value.result.filled == {"personal_id": 1}
    result = import_roster(db, path, today=TODAY, confirmed=True, operator=lead)
    assert (result.imported, result.updated, result.unchanged) == (0, 2, 2)
    now = residents(db)
    assert now["Nguyễn Văn Bình"][3] == "040215654321"
    assert now["Nguyễn Văn Bình"][7] == "has_card"
    assert "Trương Thị Ngọc Anh" in now and "Trương Thị Ngọc Ánh" not in now
    assert {r["full_name"]: r["id"] for r in db.query("SELECT id, full_name FROM residents")} == {
        **{k: v for k, v in ids.items() if k != "Trương Thị Ngọc Ánh"},
        "Trương Thị Ngọc Anh": ids["Trương Thị Ngọc Ánh"]}
    rev = db.scalar("SELECT max(rev) FROM residents")
    assert sorted(r["full_name"] for r in db.query(
        "SELECT full_name FROM residents WHERE rev = ?", (rev,))) == [
        "Nguyễn Văn Bình", "Trương Thị Ngọc Anh"]


def test_progress_reports_lines_and_cancel_imports_nothing(db, small_roster, parse_where, lead):
    before = snapshot(db)
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return False

    with pytest.raises(ImportCancelled):
        import_roster(db, small_roster, progress=progress, today=TODAY, operator=lead)
    assert calls and calls[0][0] <= calls[0][1]
    assert snapshot(db) == before
    assert db.scalar("SELECT count(*) FROM residents") == 0


def test_progress_goes_up_to_the_last_line(db, small_roster, lead):
    calls = []
    import_roster(db, small_roster, progress=lambda d, t: calls.append((d, t)), today=TODAY, operator=lead)
    lines = small_roster.read_text(encoding="utf-8-sig").count("\n")
    assert calls[-1] == (lines, lines)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_cancel_after_existing_data_leaves_it_as_it_was(roster_db, tmp_path, lead):
    path = tmp_path / "roster.csv"
    path.write_text(csv_text(HEADERS_VI, PEOPLE), encoding="utf-8")
    before = snapshot(roster_db)
    with pytest.raises(ImportCancelled):
        import_roster(roster_db, path, progress=lambda d, t: False, today=TODAY, operator=lead)
    assert snapshot(roster_db) == before


def test_a_file_error_half_way_is_reported_with_its_line_and_nothing_changes(db, tmp_path,
                                                                          parse_where, lead):
    rows = [list(p) for p in PEOPLE * 3]
    rows[7][8] = "x" * 200_000  # more than a CSV cell may hold
    path = tmp_path / "roster.csv"
    path.write_text(csv_text(HEADERS_VI, rows), encoding="utf-8")
    before = snapshot(db)
    with pytest.raises(RosterFileError, match=r"roster.csv, line 9: field larger than field"):
        import_roster(db, path, today=TODAY, operator=lead)
    assert snapshot(db) == before


def test_a_spawned_worker_as_on_windows_and_macos(db, tmp_path, monkeypatch, lead):
    """Windows and macOS start the worker with spawn (a fresh interpreter) instead of fork."""
    monkeypatch.setattr(roster_import, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(roster_import, "worker_context",
                        lambda: multiprocessing.get_context("spawn"))
    path = tmp_path / "roster.csv"
    path.write_text(BAD_ROSTER, encoding="utf-8")
    result = import_roster(db, path, today=TODAY, operator=lead)
    assert sorted((r.line, r.reason) for r in result.rejected) == BAD_ROWS
    assert sorted(residents(db)) == ["Nguyễn Thị Hoa", "Nguyễn Văn An", "Nguyễn Văn Nam"]
    assert multiprocessing.active_children() == []


def _dies(path, today):
    yield from ()
    os._exit(3)


def _fails(path, today):
    yield from ()
    raise ValueError("a bug in the parser")


def test_a_worker_that_dies_or_fails_is_reported_and_nothing_changes(db, small_roster,
                                                                    monkeypatch, lead):
    monkeypatch.setattr(roster_import, "PARALLEL_BYTES", 0)
    monkeypatch.setattr(roster_import, "worker_context",  # a forked worker runs the patch
                        lambda: multiprocessing.get_context("fork"))
    before = snapshot(db)
    monkeypatch.setattr(roster_import, "_parse_roster", _dies)
    with pytest.raises(RosterFileError, match="reader stopped unexpectedly .exit code 3"):
        import_roster(db, small_roster, today=TODAY, operator=lead)
    monkeypatch.setattr(roster_import, "_parse_roster", _fails)
    with pytest.raises(RuntimeError, match="ValueError: a bug in the parser"):
        import_roster(db, small_roster, today=TODAY, operator=lead)
    assert snapshot(db) == before
    assert multiprocessing.active_children() == []


# -- a killed import -------------------------------------------------------------------------------

KILLED_IMPORT = textwrap.dedent("""
    import sys
    from station_app.services.operators import find_operator
    from station_app.services.roster_import import import_roster
    from station_app.storage import Database, db as storage_db

    # a small page cache: uncommitted pages reach the disk before the kill, as they do when a
    # real roster is bigger than the cache
    storage_db.BULK_CACHE_KIB = 50
    db = Database.open(sys.argv[1])
    lead = find_operator(db, "Trưởng trạm")

    def progress(done, total):
        print("progress", done, total, flush=True)

    import_roster(db, sys.argv[2], progress=progress, confirmed=True, operator=lead)
    print("finished", flush=True)
""")


@pytest.fixture(scope="module")
def big_roster(tmp_path_factory):
    """A roster of several import chunks: the import reports progress before it is done."""
    from station_app.services import roster_import

    residents = 3 * getattr(roster_import, "CHUNK", 20_000)
    path = tmp_path_factory.mktemp("big") / "big.csv"
    write_demo_roster(path, households=residents, seed=11, max_residents=residents)
    return path


@pytest.mark.slow
@pytest.mark.parametrize("start", ["db_path", "roster_db_path"], ids=["empty", "with-roster"])
def test_process_killed_mid_import_leaves_the_database_as_before(request, start, big_roster, lead):
    path = request.getfixturevalue(start)
    with _Open(path) as db:
        before = snapshot(db)
        assert (db.scalar("SELECT count(*) FROM residents") > 0) == (start == "roster_db_path")
    proc = subprocess.Popen([sys.executable, "-c", KILLED_IMPORT, str(path), str(big_roster)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stdout.readline()
        assert first.startswith("progress"), proc.stderr.read()
        done, total = map(int, first.split()[1:])
        assert done < total
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert "finished" not in proc.stdout.read()
    # half an import was on disk: in the WAL, or (a first load, under a rollback journal) in
    # the database file itself with the hot journal that undoes it
    wal = Path(f"{path}-wal")
    if start == "db_path":
        assert Path(f"{path}-journal").exists() and path.stat().st_size > 1_000_000
    else:
        assert wal.stat().st_size > 1_000_000

    with _Open(path) as db:  # it still opens, and holds exactly what it held
        assert db.scalar("PRAGMA integrity_check") == "ok"
        assert snapshot(db) == before
        small = path.with_name("small.csv")  # and takes an import again
        small.write_text(csv_text(HEADERS_VI, PEOPLE), encoding="utf-8")
        assert import_roster(db, small, today=TODAY, operator=lead).imported == 4


class _Open:
    def __init__(self, path):
        self.db = Database.open(path)

    def __enter__(self) -> Database:
        return self.db

    def __exit__(self, *exc):
        self.db.close()


# -- nothing erased by absence (SPEC §8) -------------------------------------------------------------

HEADERS_FULL = ["Mã hộ", "Họ và tên", "Giới tính", "Ngày, tháng, năm sinh", "Số định danh cá nhân",
                "Số CMND", "Quan hệ với chủ hộ", "Tình trạng thẻ", "Số điện thoại", "Địa chỉ",
                "Thôn/Tổ dân phố"]
# PEOPLE with a phone and an address; the village is the last column
PEOPLE_FULL = [[*p[:7], p[8], phone, address, p[7]] for p, phone, address in zip(PEOPLE, [
    "0912345678", "", "", "0987654321"], [
    "Số 12, Thôn Đông", "Số 12, Thôn Đông", "Số 12, Thôn Đông", "Số 5, Xóm 3"])]


def households(db: Database) -> dict[str, tuple]:
    return {r["code"]: (r["head_name"], r["phone"], r["address"], r["village"]) for r in db.query(
        "SELECT h.code, h.head_name, h.phone, h.address, v.name AS village FROM households h "
        "LEFT JOIN areas v ON v.id = h.village_id")}


@pytest.fixture
def full_db(db, tmp_path, lead):
    path = tmp_path / "first.csv"
    path.write_text(csv_text(HEADERS_FULL, PEOPLE_FULL), encoding="utf-8")
    assert import_roster(db, path, today=TODAY, operator=lead).imported == 4
    assert households(db) == {
        "HK001": ("Nguyễn Văn An", "0912345678", "Số 12, Thôn Đông", "Thôn Đông"),
        "HK002": ("Trương Thị Ngọc Ánh", "0987654321", "Số 5, Xóm 3", "Thôn Tây")}
    return db


@pytest.mark.parametrize("how", ["columns left out", "cells left empty"])
def test_a_reimport_without_some_values_keeps_what_the_station_holds(full_db, tmp_path,
                                                                     parse_where, how, lead):
    left_out = {"Số định danh cá nhân", "Số điện thoại", "Địa chỉ"}
    keep = [i for i, h in enumerate(HEADERS_FULL) if h not in left_out]
    path = tmp_path / "again.csv"
    if how == "columns left out":
        path.write_text(csv_text([HEADERS_FULL[i] for i in keep],
                                 [[p[i] for i in keep] for p in PEOPLE_FULL]), encoding="utf-8")
    else:
        path.write_text(csv_text(HEADERS_FULL, [[c if i in keep else "" for i, c in enumerate(p)]
                                                for p in PEOPLE_FULL]), encoding="utf-8")
    before = snapshot(full_db, DATA_TABLES)
    result = import_roster(full_db, path, today=TODAY, operator=lead)
    assert snapshot(full_db, DATA_TABLES) == before
    assert (result.imported, result.updated, result.unchanged) == (0, 0, 4)
    assert result.kept == {"personal_id": 2, "address": 2, "phone": 2}
    assert result.changed == {} and not result.needs_confirmation
    missing = ["personal_id", "address", "phone"] if how == "columns left out" else []
    assert [f for f in result.columns_missing if f in ("personal_id", "address", "phone")] == missing
    assert result.as_dict()["kept"] == {"personal_id": 2, "address": 2, "phone": 2}


def _cut(encoding: str, text: str, where: str) -> bytes:
    """The roster's bytes cut short inside its last row: ``where`` says at which text, and
    for 'character' inside that character's bytes."""
    data = text.encode(encoding)
    bom = len("".encode(encoding))  # utf-16 puts a byte-order mark first
    offset = bom + len(text[:text.rindex(where)].encode(encoding.replace("-16", "-16-le")))
    return data[:offset + 1] if where == "ông" else data[:offset]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
@pytest.mark.parametrize("where, reason", [
    (",Con", "the row has 6 cells, the header 11: it was cut short"),
    ("ông", "the file ends inside a character of this row: it was cut short"),
    (", Thôn Đông", "a quote opened in this row is never closed: the file was cut short or the "
                    "quote is a mistake (lines 5-5 were read as one row)"),
], ids=["between-cells", "inside-a-character", "inside-a-quote"])
def test_a_roster_cut_short_rejects_its_last_row_and_changes_nothing(
        full_db, tmp_path, parse_where, encoding, where, reason, lead):
    rows = [list(p) for p in PEOPLE_FULL]
    rows[2], rows[3] = rows[3], rows[2]  # the last row: Bình, a child of HK001
    path = tmp_path / "cut.csv"
    path.write_bytes(_cut(encoding, csv_text(HEADERS_FULL, rows), where))
    before = snapshot(full_db, DATA_TABLES)
    result = import_roster(full_db, path, today=TODAY, operator=lead)
    assert [(r.line, r.reason) for r in result.rejected] == [(5, reason)]
    assert snapshot(full_db, DATA_TABLES) == before
    assert (result.imported, result.updated, result.unchanged) == (0, 0, 3)


def test_a_row_with_an_unterminated_quote_is_rejected_and_changes_nothing(full_db, tmp_path,
                                                                          parse_where, lead):
    rows = [list(p) for p in PEOPLE_FULL[1:]] + [list(PEOPLE_FULL[0])]  # the head comes last
    text = csv_text(HEADERS_FULL, rows)
    assert text.endswith(",Thôn Đông\n")
    path = tmp_path / "quote.csv"
    path.write_text(text[: -len("Thôn Đông\n")] + '"Thôn Đông\n', encoding="utf-8")
    before = snapshot(full_db, DATA_TABLES)
    result = import_roster(full_db, path, today=TODAY, operator=lead)
    assert [r.line for r in result.rejected] == [5]
    assert "a quote opened in this row is never closed" in result.rejected[0].reason
    assert snapshot(full_db, DATA_TABLES) == before


def test_a_household_keeps_its_head_when_the_head_row_is_rejected(full_db, tmp_path,
                                                                  parse_where, lead):
    rows = [list(p) for p in PEOPLE_FULL]
    rows[0][3] = "31/02/1985"  # the head's row is wrong; his wife's row comes first now
    rows[0], rows[1] = rows[1], rows[0]
    path = tmp_path / "head.csv"
    path.write_text(csv_text(HEADERS_FULL, rows), encoding="utf-8")
    before = snapshot(full_db, DATA_TABLES)
    result = import_roster(full_db, path, today=TODAY, operator=lead)
    assert [r.line for r in result.rejected] == [3]
    assert snapshot(full_db, DATA_TABLES) == before


def test_changes_are_counted_by_field_with_examples_and_a_dry_run_writes_nothing(
        full_db, tmp_path, parse_where, lead):
    rows = [list(p) for p in PEOPLE_FULL]
    rows[0][4] = "040085099999"  # An's personal ID replaced
    rows[0][8] = "0911111111"    # HK001's phone replaced
    rows[2][4] = "040215654321"  # Bình's personal ID given
    path = tmp_path / "changed.csv"
    path.write_text(csv_text(HEADERS_FULL, rows), encoding="utf-8")
    before = snapshot(full_db)
    dry = import_roster(full_db, path, today=TODAY, dry_run=True, operator=lead)
    assert snapshot(full_db) == before
    assert dry.dry_run and dry.needs_confirmation
    assert (dry.imported, dry.updated, dry.unchanged) == (0, 2, 2)
    assert dry.changed == {"personal_id": 1, "phone": 1}
    assert dry.filled == {"personal_id": 1}
    assert dry.examples == {
        "personal_id": [("Nguyễn Văn An (HK001, 05/03/1985)", "040085012345", "040085099999")],
        "phone": [("HK001", "0912345678", "0911111111")]}
    with pytest.raises(NeedsConfirmation, match="would replace 2 stored values"):
        import_roster(full_db, path, today=TODAY, operator=lead)
    assert snapshot(full_db) == before
    done = import_roster(full_db, path, today=TODAY, confirmed=True, operator=lead)
    assert (done.changed, done.filled, done.dry_run) == (dry.changed, dry.filled, False)
    assert residents(full_db)["Nguyễn Văn An"][3] == "040085099999"
    assert households(full_db)["HK001"][1] == "0911111111"


def test_an_import_that_fills_and_adds_needs_no_confirmation(full_db, tmp_path, lead):
    rows = [list(p) for p in PEOPLE_FULL]
    rows[2][4] = "040215654321"  # Bình's personal ID given
    rows.append(["HK003", "Lê Văn Mới", "Nam", "1990", "", "", "Chủ hộ", "", "", "", "Thôn Tây"])
    path = tmp_path / "more.csv"
    path.write_text(csv_text(HEADERS_FULL, rows), encoding="utf-8")
    result = import_roster(full_db, path, today=TODAY, operator=lead)
    assert (result.imported, result.updated, result.changed) == (1, 1, {})
    assert residents(full_db)["Nguyễn Văn Bình"][3] == "040215654321"


# -- control characters and broken files --------------------------------------------------------------

@pytest.mark.parametrize("row", [1, 300], ids=["near-the-top", "further-down"])
def test_nul_and_control_characters_in_a_cell_reject_the_row(db, tmp_path, parse_where, row, lead):
    rows = [[f"HK{n:07d}", "Nguyễn Văn An", "Nam", "1985"] for n in range(1, 400)]
    rows[row][0] = "\x00\x00HK0000001"
    rows[row + 1][1] = "Nguy\x00en Van Binh"
    rows[row + 2][1] = "Trần\u200bThị Chi"
    path = tmp_path / "nul.csv"
    path.write_text(csv_text(["Mã hộ", "Họ và tên", "Giới tính", "Ngày sinh"], rows),
                    encoding="utf-8")
    result = import_roster(db, path, today=TODAY, operator=lead)
    assert [(r.line, r.reason) for r in result.rejected] == [
        (row + 2, "column 'Mã hộ' holds a control character (U+0000): the file may be damaged"),
        (row + 3, "column 'Họ và tên' holds a control character (U+0000): the file may be "
                  "damaged"),
        (row + 4, "column 'Họ và tên' holds a control character (U+200B): the file may be "
                  "damaged")]
    assert result.imported == len(rows) - 3
    assert db.scalar("SELECT count(*) FROM residents WHERE instr(full_name, char(0)) "
                     "OR instr(full_name, char(8203))") == 0
    assert db.scalar("SELECT count(*) FROM households WHERE instr(code, char(0))") == 0


def _broken_xlsx(path: Path) -> Path:
    """A workbook whose sheet XML stops in the middle of a row."""
    import zipfile

    book = openpyxl.Workbook()
    book.active.append(HEADERS_VI)
    for row in PEOPLE * 50:
        book.active.append(row)
    good = path.with_name("good.xlsx")
    book.save(good)
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            zout.writestr(item, data)
    return path


def test_an_xlsx_with_broken_xml_is_one_line_and_changes_nothing(db, tmp_path, parse_where, lead):
    path = _broken_xlsx(tmp_path / "broken.xlsx")
    before = snapshot(db)
    with pytest.raises(RosterFileError) as exc:
        import_roster(db, path, today=TODAY, operator=lead)
    assert str(exc.value).startswith("broken.xlsx is not a readable XLSX workbook (")
    assert "\n" not in str(exc.value)
    assert snapshot(db) == before


# -- a row's verdict is its own (issue 11 §3) ----------------------------------------------------------

def test_a_valid_id_is_not_rejected_for_an_earlier_rows_reason(db, tmp_path, parse_where, lead):
    path = tmp_path / "roster.csv"
    path.write_text("Mã hộ,Họ và tên,Giới tính,Ngày sinh,Số định danh cá nhân\n"
                    "HK001,Lê Văn Tám,Nam,01/01/2001,0272010O6060\n"
                    "HK002,Nguyễn Văn An,Nam,2/9/2001,027201009090\n", encoding="utf-8")
    result = import_roster(db, path, today=TODAY, operator=lead)
    assert [(r.line, r.reason) for r in result.rejected] == [
        (2, "ID 0272010O6060: ID number '0272010O6060' must contain digits only")]
    assert residents(db)["Nguyễn Văn An"][3] == "027201009090"


# A generated roster: one person per household (no row can be another's duplicate), good rows
# and bad ones (an O for a zero, a wrong gender or century digit, a date that does not exist,
# digits in a name), all born in a few years so that IDs share their first digits.
_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"]
_GIVEN = ["An", "Bình", "Chi", "Dũng", "Hoa", "Tám"]


@st.composite
def _person(draw, n: int) -> list[str]:
    gender = draw(st.sampled_from(["Nam", "Nữ"]))
    year = draw(st.sampled_from([1985, 2001, 2010]))
    day, month = draw(st.integers(1, 28)), draw(st.integers(1, 12))
    digit = (year // 100 - 19) * 2 + (gender == "Nữ")
    number = f"027{digit}{year % 100:02d}{draw(st.integers(0, 999_999)):06d}"
    name = f"{draw(st.sampled_from(_FAMILY))} Văn {draw(st.sampled_from(_GIVEN))}"
    fault = draw(st.sampled_from(["", "", "letter O", "gender", "century", "date", "name"]))
    if fault == "letter O":
        spot = draw(st.integers(6, 11))
        number = number[:spot] + "O" + number[spot + 1:]
    elif fault == "gender":
        number = f"{number[:3]}{digit ^ 1}{number[4:]}"
    elif fault == "century":
        number = f"{number[:3]}{(digit + 2) % 10}{number[4:]}"
    dob = f"30/02/{year}" if fault == "date" else f"{day}/{month}/{year}"
    if fault == "name":
        name += " 2"
    return [f"HK{n:04d}", name, gender, dob, number]


@st.composite
def _rosters(draw) -> list[list[str]]:
    size = draw(st.integers(2, 7))
    return [draw(_person(n)) for n in range(1, size + 1)]


def _verdicts(db: Database, folder: Path, rows: list[list[str]]) -> dict[str, str | None]:
    """Household code -> the reason its row was rejected (None: imported), by a dry run."""
    path = folder / "generated.csv"
    path.write_text(csv_text(["Mã hộ", "Họ và tên", "Giới tính", "Ngày sinh",
                              "Số định danh cá nhân"], rows), encoding="utf-8")
    result = import_roster(db, path, today=TODAY, dry_run=True, operator=lead_of(db))
    reasons = {rows[r.line - 2][0]: r.reason for r in result.rejected}
    assert result.imported + len(reasons) == len(rows)
    return {row[0]: reasons.get(row[0]) for row in rows}


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=_rosters(), order=st.randoms(use_true_random=False))
def test_a_rows_verdict_is_its_own_whatever_the_other_rows(db, tmp_path, rows, order):
    verdicts = _verdicts(db, tmp_path, rows)
    shuffled = list(rows)
    order.shuffle(shuffled)
    assert _verdicts(db, tmp_path, shuffled) == verdicts
    for row in rows:
        assert _verdicts(db, tmp_path, [row]) == {row[0]: verdicts[row[0]]}
        reason = verdicts[row[0]]
        if reason:  # it names only its own row's values
            for other in rows:
                for value in other[1:]:
                    if len(value) >= 5 and not any(value in own for own in row):
                        assert value not in reason, (row, other)
