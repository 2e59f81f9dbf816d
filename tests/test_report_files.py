"""station-app report: the JSON figures, the PDF (text read back with pypdf, every font embedded) and
the XLSX (read back with openpyxl) hold the same numbers; the missing list; roster text that
looks like a formula stays text; bad input gives one line and writes nothing."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from cli_helpers import lead_of, run, run_json
from pdf_helpers import fonts_not_embedded
from pypdf import PdfReader
from test_progress import PLANTED, _sites_template, _xa01_intakes, sites  # noqa: F401

from station_app.printing.report_pdf import _styles, _table, number_vi
from station_app.printing.xlsx import Sheet, write_workbook


@pytest.fixture
def station(sites):  # noqa: F811
    _xa01_intakes(sites["xa01"])
    return sites["xa01"].path


def _pdf_text(path) -> str:
    """The text of every page, its line breaks and runs of spaces made single spaces."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _dates_are_date_cells(book) -> int:
    """No date or moment written as text (ISO or dd/mm/yyyy) in any sheet; every date cell
    shows as dd/mm/yyyy (hh:mm). Returns how many date cells there are."""
    dates = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert not re.fullmatch(r"\d{4}-\d\d-\d\d.*|\d\d?/\d\d?/\d{4}.*",
                                            cell.value), (sheet.title, cell.coordinate, cell.value)
                elif isinstance(cell.value, dt.datetime):
                    assert cell.number_format in ("dd/mm/yyyy", "dd/mm/yyyy hh:mm"), \
                        (sheet.title, cell.coordinate, cell.number_format)
                    dates += 1
    return dates


def test_json_names_for_scripts(capsys, station):
    data = run_json(capsys, "report", "--db", station, "--date", "05/03/2027")
    for key in ("date", "target", "collected", "remaining", "percent", "achieved_per_day",
                "projected_finish", "deadlines", "villages"):
        assert key in data
    assert (data["date"], data["target"], data["collected"], data["remaining"]) == (
        "2027-03-05", 9, 5, 4)
    assert set(data["deadlines"][0]) >= {"ages", "date", "target", "collected", "remaining",
                                         "needed_per_day", "on_track"}
    assert set(data["villages"][0]) >= {"name", "target", "collected", "percent", "behind"}
    assert "stations" not in data


def test_xlsx_holds_the_json_figures(capsys, station, tmp_path):
    data = run_json(capsys, "report", "--db", station, "--date", "05/03/2027")
    out = tmp_path / "tien-do.xlsx"
    code, text, err = run(capsys, "report", "--db", station, "--date", "05/03/2027",
                          "--out", out)
    assert code == 0 and "written" in text, err
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Tổng hợp", "Thời hạn", "Thôn", "Xã", "Ngày"]
    summary = {row[0]: row[1] for row in book["Tổng hợp"].iter_rows(min_row=2, values_only=True)}
    assert summary["Chỉ tiêu"] == data["target"]
    assert summary["Đã thu nhận"] == data["collected"]
    assert summary["Tỷ lệ %"] == data["percent"]
    assert summary["Cần/ngày"] == data["needed_per_day"]
    assert summary["Ngày báo cáo"] == dt.datetime(2027, 3, 5)  # a date cell, not text
    assert summary["Dự kiến hoàn thành"] == dt.datetime(2027, 3, 9)
    assert summary["Không tính vào chỉ tiêu: đã có thẻ còn hạn"] == data["no_card_needed"][
        "has_card"]
    # Vietnamese labels only (they had the JSON's names beside them: "(target)", "has_card")
    assert not [label for label in summary if re.search(r"[a-z]+_[a-z]|\((?:target|percent)",
                                                        label)]
    assert book["Tổng hợp"]["B4"].number_format == "dd/mm/yyyy"
    assert [r[0] for r in book["Ngày"].iter_rows(min_row=2, values_only=True)] == [
        dt.datetime(2027, 3, day) for day in range(1, 6)]
    assert _dates_are_date_cells(book) == 2 + 2 * 2 + 5
    deadlines = list(book["Thời hạn"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[2], r[3], r[4], r[7], r[9]) for r in deadlines] == [
        (d["ages"], d["target"], d["collected"], d["remaining"], d["needed_per_day"],
         "có" if d["on_track"] else "không") for d in data["deadlines"]]
    villages = book["Thôn"]
    headers = [c.value for c in villages[1]]
    rows = [dict(zip(headers, r)) for r in villages.iter_rows(min_row=2, values_only=True)]
    assert [(r["Tên"], r["Chỉ tiêu"], r["Đã thu nhận"], r["Tỷ lệ %"], r["Chậm (người)"])
            for r in rows] == [(v["name"], v["target"], v["collected"], v["percent"], v["behind"])
                               for v in data["villages"]]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.column_dimensions["A"].width >= 6
    target = villages.cell(row=2, column=headers.index("Chỉ tiêu") + 1)
    assert target.data_type == "n" and isinstance(target.value, int)
    assert villages.column_dimensions["B"].width >= len("Thôn Đông")
    assert not list(tmp_path.glob(".*tmp"))


def test_pdf_holds_the_figures_in_the_administrative_layout(capsys, station, tmp_path):
    data = run_json(capsys, "report", "--db", station, "--date", "05/03/2027")
    out = tmp_path / "bao-cao.pdf"
    assert run(capsys, "report", "--db", station, "--date", "05/03/2027", "--out", out)[0] == 0
    text = _pdf_text(out)
    for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "CÔNG AN XÃ HÒA BÌNH", "Hòa Bình, ngày 05 tháng 03 năm 2027", "BÁO CÁO",
                 "/BC-CAX", "Nơi nhận:", "TRƯỞNG CÔNG AN XÃ"):
        assert line in text
    assert f"phải cấp: {number_vi(data['target'])} người" in text
    assert f"đã thu nhận {number_vi(data['collected'])} người ({number_vi(data['percent'])}%)" \
        in text
    assert f"mức cần đạt để kịp các thời hạn: {number_vi(data['needed_per_day'])}" in text
    assert "dự kiến hoàn thành ngày 09/03/2027" in text
    assert "Mức cần đạt mỗi ngày: 0,5" in text  # the chart's legend
    for v in data["villages"]:
        assert v["name"] in text
    # Thôn Nam: its young people not yet (not "nothing collected": its elders may have been)
    nam = next(v for v in data["villages"] if v["name"] == "Thôn Nam")
    assert nam["days_behind"] is None and nam["not_started"] == ["14-22", "23+"]
    assert "Chậm 2 người; các nhóm 14-22 và 23+ tuổi chưa thu nhận được ai" in text
    assert "cước của Trạm UBND xã Hòa Bình (XA01) đến hết ngày" in text  # not "trạm Trạm"
    assert fonts_not_embedded(out) == []  # not even an unused Helvetica


def test_hq_report_lists_the_stations(capsys, sites, tmp_path, vietnam_time):  # noqa: F811
    from test_progress import _send

    from station_app.services.intake import record_intake

    hq, xa02, folder = sites["hq"], sites["xa02"], sites["dir"]
    rid = xa02.scalar("SELECT id FROM residents WHERE full_name = 'Hoàng Văn Oanh'")
    import datetime as dt
    record_intake(xa02, rid, "collected", desk="1", now=dt.datetime(2027, 3, 2, 9),
                  operator=lead_of(xa02))
    _send(xa02, hq, folder, "x.bundle", "2027-03-02T18:00:00+07:00")
    data = run_json(capsys, "report", "--db", hq.path, "--date", "05/03/2027")
    assert [(s["code"], s["collected"], s["last_bundle"], s["silent"]) for s in data["stations"]] \
        == [("XA02", 1, "2027-03-02T18:00:00+07:00", True),
            ("XA01", 0, None, True)]
    out = tmp_path / "hq.xlsx"
    assert run(capsys, "report", "--db", hq.path, "--date", "05/03/2027", "--out", out)[0] == 0
    rows = list(openpyxl.load_workbook(out)["Trạm"].iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [  # the last bundle: a date cell
        ("XA02", dt.datetime(2027, 3, 2, 18, 0), "có", 1), ("XA01", None, "có", 0)]
    assert openpyxl.load_workbook(out)["Trạm"]["B2"].number_format == "dd/mm/yyyy hh:mm"
    _dates_are_date_cells(openpyxl.load_workbook(out))
    pdf = tmp_path / "hq.pdf"
    assert run(capsys, "report", "--db", hq.path, "--date", "05/03/2027", "--out", pdf)[0] == 0
    text = _pdf_text(pdf)
    assert "02/03/2027 18:00 – im lặng" in text and "chưa nhận" in text
    assert fonts_not_embedded(pdf) == []


def test_missing_list_pdf_and_xlsx(capsys, station, tmp_path):
    listed = run_json(capsys, "report", "missing", "--db", station)
    assert listed["count"] == 4
    pdf, xlsx = tmp_path / "chua-lam.pdf", tmp_path / "chua-lam.xlsx"
    assert run(capsys, "report", "missing", "--db", station, "--out", pdf)[0] == 0
    text = _pdf_text(pdf)
    assert "DANH SÁCH" in text and "Thôn Đông (2 người)" in text and "Thôn Nam (2 người)" in text
    assert text.index("Nguyễn Văn Cường") < text.index("Lê Thị Giang") < text.index("Võ Văn Minh")
    assert "Số 4, Thôn Nam" in text and "0912000004" in text and "HB04" in text
    assert fonts_not_embedded(pdf) == []
    assert run(capsys, "report", "missing", "--db", station, "--out", xlsx,
               "--village", "thon nam")[0] == 0
    rows = list(openpyxl.load_workbook(xlsx).active.iter_rows(min_row=2, values_only=True))
    assert _dates_are_date_cells(openpyxl.load_workbook(xlsx)) == 3  # birth dates, deadlines
    assert [(r[3], r[8]) for r in rows] == [("1975", dt.datetime(2027, 3, 20)),  # year only
                                            (dt.datetime(2009, 9, 9), dt.datetime(2027, 3, 10))]
    assert [(r[0], r[2], r[4], r[6]) for r in rows] == [
        ("Thôn Nam", "Võ Văn Minh", "HB04", "0912000004"),
        ("Thôn Nam", "Võ Thị Na", "HB04", "0912000004")]  # the household's phone


def test_roster_text_that_looks_like_a_formula_stays_text(capsys, sites, tmp_path):  # noqa: F811
    # Phạm Văn Ích (never collected here) has a planted address and a phone beginning with +
    xa01 = sites["xa01"]
    out = tmp_path / "missing.xlsx"
    assert run(capsys, "report", "missing", "--db", xa01.path, "--out", out,
               "--village", "Thôn Tây")[0] == 0
    sheet = openpyxl.load_workbook(out).active
    cells = {c.value: c for row in sheet.iter_rows(min_row=2) for c in row}
    assert cells[PLANTED].data_type == "s" and cells["+84 912 000 003"].data_type == "s"
    xml = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "HYPERLINK" in xml
    # every prefix a spreadsheet reads as a formula, through the one XLSX writer
    planted = ["=1+1", "+1+1", "-1+1", "@SUM(A1)", PLANTED]
    path = tmp_path / "all.xlsx"
    write_workbook(path, [Sheet("T", ["text", "number"], [[p, 1] for p in planted])])
    sheet = openpyxl.load_workbook(path)["T"]
    assert [(c.value, c.data_type) for c in sheet["A"][1:]] == [(p, "s") for p in planted]
    assert "<f>" not in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()


def test_a_pdf_table_cell_shows_a_tab_as_a_space_not_a_box(tmp_path):
    """A short cell is drawn as plain text; text with a tab or a stray control character goes
    through a Paragraph, as every cell did, which shows it as a space (the font has no glyph)."""
    from reportlab.platypus import SimpleDocTemplate

    path = tmp_path / "cells.pdf"
    SimpleDocTemplate(str(path)).build([_table(
        ["Địa chỉ", "Điện thoại"], [["Số 5\tThôn Đông", "0912000001\r"]], [200, 100],
        _styles())])
    text = PdfReader(path).pages[0].extract_text()
    assert "Số 5 Thôn Đông" in text and "0912000001" in text
    assert not re.search(r"[\x00-\x08\x0b-\x1f]", text)


def test_a_control_character_in_roster_text_is_dropped_not_a_failed_file(tmp_path):
    path = tmp_path / "control.xlsx"
    write_workbook(path, [Sheet("T", ["name", "address"],
                                [["Nguyễn Văn\x07 An", "Số 5\x00, <Thôn> & \"Đông\""],
                                 ["Lê Thị Hoa", "Tổ 3 & 4"]])])
    sheet = openpyxl.load_workbook(path)["T"]
    assert [c.value for c in sheet[2]] == ["Nguyễn Văn An", 'Số 5, <Thôn> & "Đông"']
    assert [c.value for c in sheet[3]] == ["Lê Thị Hoa", "Tổ 3 & 4"]


@pytest.mark.parametrize("args, message", [
    (["--date", "28/02/2027", "--out", "{dir}/r.pdf"], "outside campaign 'CCCD 2027'"),
    (["--date", "05/03/2027", "--out", "{dir}/r.docx"], "written as .pdf or .xlsx"),
    (["--date", "05/03/2027", "--out", "{dir}/no/such/folder/r.pdf"], "does not exist"),
    (["--date", "31/02/2027"], "is not a day"),
    (["missing", "--out", "{dir}/m.csv"], "written as .pdf or .xlsx"),
    (["missing", "--village", "Thôn Xa", "--out", "{dir}/m.pdf"], "no village 'Thôn Xa'"),
])
def test_bad_input_is_one_line_and_writes_nothing(capsys, station, tmp_path, args, message):
    folder = tmp_path / "out"
    folder.mkdir()
    code, out, err = run(capsys, "report", "--db", station,
                         *[a.format(dir=folder) for a in args])
    assert code != 0 and message in err and len(err.strip().splitlines()) == 1
    assert list(folder.iterdir()) == []


def test_no_campaign_and_an_unwritable_folder(capsys, db_path, station, tmp_path):
    code, _, err = run(capsys, "report", "--db", db_path, "--json")
    assert code != 0 and "no campaign yet" in err and len(err.strip().splitlines()) == 1
    # a folder nobody may create files in, even root (the tests may run as root in CI)
    unwritable = Path("/proc")
    if not unwritable.is_dir():
        pytest.skip("no /proc here")
    code, _, err = run(capsys, "report", "--db", station, "--date", "05/03/2027",
                       "--out", unwritable / "r.xlsx")
    assert code != 0 and "cannot write /proc/r.xlsx" in err
    assert len(err.strip().splitlines()) == 1


def test_json_is_valid_json_when_printed(capsys, station):
    code, out, _ = run(capsys, "report", "--db", station, "--date", "05/03/2027", "--json")
    assert code == 0 and json.loads(out)["percent"] == 55.6


@pytest.fixture(scope="module")
def long_list(tmp_path_factory, _station_template, crew):  # noqa: F811
    """A station of 1,000 households (about 3,500 residents) whose campaign began today:
    everyone who needs a card is still missing (about 2,000 people, many pages)."""
    from station_app.services.demo_roster import write_demo_roster
    from station_app.services.roster_import import import_roster
    from station_app.services.sessions import AgeDeadline, create_campaign
    from station_app.storage import Database, copy_database

    folder = tmp_path_factory.mktemp("long-list")
    write_demo_roster(folder / "roster.csv", households=1000, seed=12)
    path = copy_database(_station_template, folder / "station.sqlite3")
    db = Database.open(path)
    import_roster(db, folder / "roster.csv", operator=crew["lead"])
    today = dt.date.today()
    create_campaign(db, "CCCD dài", [AgeDeadline(14, 30, today + dt.timedelta(days=30)),
                                     AgeDeadline(31, None, today + dt.timedelta(days=60))],
                    today, today + dt.timedelta(days=60), operator=crew["lead"])
    db.close()
    return path


def test_a_long_missing_list_is_whole_and_in_order_in_both_files(capsys, long_list, tmp_path):
    listed = run_json(capsys, "report", "missing", "--db", long_list)
    people = [(v["name"], i, r) for v in listed["villages"]
              for i, r in enumerate(v["residents"], 1)]
    assert listed["count"] == len(people) > 1500
    xlsx, pdf = tmp_path / "chua-lam.xlsx", tmp_path / "chua-lam.pdf"
    written = run_json(capsys, "report", "missing", "--db", long_list, "--out", xlsx)
    assert written["count"] == listed["count"] and written["written"] == str(xlsx)
    assert written["villages"] == [{"name": v["name"], "count": len(v["residents"])}
                                   for v in listed["villages"]]
    sheet = openpyxl.load_workbook(xlsx).active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[2], r[4], r[5], r[6], r[7], r[8].date().isoformat())
            for r in rows] == [
        (v, i, p["full_name"], p["household_code"], p["address"], p["phone"], p["ages"],
         p["deadline"]) for v, i, p in people]
    assert [r[3] for r in rows] == [
        p["dob"] if len(p["dob"]) == 4 else dt.datetime.fromisoformat(p["dob"])
        for _, _, p in people]
    # each column as wide as its longest value (a date as dd/mm/yyyy), at most 60
    longest = max(len(p["address"]) for _, _, p in people)
    assert sheet.column_dimensions["F"].width == min(60, longest + 2)
    assert sheet.column_dimensions["C"].width == max(len(p["full_name"]) for *_, p in people) + 2
    assert sheet.column_dimensions["I"].width == len("dd/mm/yyyy") + 2
    assert sheet.freeze_panes == "A2"

    assert run(capsys, "report", "missing", "--db", long_list, "--out", pdf)[0] == 0
    reader = PdfReader(pdf)
    assert len(reader.pages) > 40
    text = _pdf_text(pdf)
    assert f"Tổng số: {number_vi(listed['count'])} người." in text
    for v in listed["villages"]:
        assert f"{v['name']} ({number_vi(len(v['residents']))} người)" in text
    at = 0
    for _village, i, p in people:  # every one, once, in order, numbered across the pages
        at = text.index(f"{i} {p['full_name']}", at)
    for page in reader.pages[1:-1]:  # the table's header on every page
        assert "Họ và tên" in page.extract_text()
    assert fonts_not_embedded(pdf) == []


def test_the_missing_list_xlsx_tells_its_progress_and_stops(long_list, tmp_path):
    from station_app.printing import WritingStopped
    from station_app.services.reports import write_missing
    from station_app.storage import Database

    db = Database.open(long_list)
    try:
        lead = lead_of(db)
        steps = []
        out = tmp_path / "list.xlsx"
        listed = write_missing(db, out, operator=lead, progress=lambda *step: steps.append(step))
        total = listed["count"]
        assert steps == [(0, total), *[(n, total) for n in range(1000, total + 1, 1000)],
                         (total, total)]
        stopped = tmp_path / "stopped.xlsx"
        with pytest.raises(WritingStopped):
            write_missing(db, stopped, operator=lead, progress=lambda done, total: done < 1000)
        assert not stopped.exists() and list(tmp_path.iterdir()) == [out]
    finally:
        db.close()
