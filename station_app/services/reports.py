"""The progress report and the list of residents still missing, written as PDF or XLSX (the
extension of the output decides), and the JSON figures for scripts at HQ.

A file is written to a temporary file beside the target and renamed into place only when
complete: bad input (no campaign, a day outside it, an unknown extension, a folder that does not
exist or cannot be written) raises ``ReportError`` with one line, and nothing is left behind.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from station_app.core import files
from station_app.core.dates import cell_value, show_date
from station_app.printing import WritingStopped
from station_app.printing.report_pdf import NO_CARD_SAID, write_missing_pdf, write_progress_pdf
from station_app.printing.xlsx import DATE_FORMAT, Sheet, write_workbook
from station_app.services.letters import letterhead
from station_app.services.operators import Operator, authorize
from station_app.services.progress import (
    NO_CARD,
    ProgressCache,
    ReportError,
    missing_list,
    missing_rows,
    progress,
    reading,
)
from station_app.storage import Database

__all__ = ["write_report", "write_missing", "as_json", "FORMATS", "ReportError"]

FORMATS = (".pdf", ".xlsx")


class atomic_file(files.atomic_file):
    error = ReportError


def _format(out: str | os.PathLike) -> str:
    ext = Path(out).suffix.lower()
    if ext not in FORMATS:
        raise ReportError(f"cannot write '{Path(out).name}': the report is written as .pdf or "
                          f".xlsx, not '{ext or 'no extension'}'")
    return ext


def _letterhead(db: Database, day: dt.date):
    """The station's letterhead; at HQ, unless set there, the province's police signs."""
    head = letterhead(db, day)
    if db.is_hq:
        own = {k.split(":", 1)[1] for (k,) in db.conn.execute(
            "SELECT key FROM letter_settings WHERE key LIKE ?", (f"{db.station}:%",))}
        province = db.scalar("SELECT name FROM areas WHERE kind = 'province' LIMIT 1")
        defaults = {"parent_body": "Bộ Công an", "body": head.parent_body or db.station_name,
                    "place": province or head.place, "symbol": "BC-CAT",
                    "signer_title": "Giám đốc"}
        for key, value in defaults.items():
            if key not in own:
                setattr(head, key, value)
    return head


def _check_writable(out: str | os.PathLike) -> None:
    """Refuse a folder that does not exist or cannot be written before the work, not after."""
    with atomic_file(out):
        pass  # a temporary file made beside ``out`` and removed


def as_json(report: dict) -> dict:
    """The figures as ``--json`` prints them (SPEC §6: other fields may be added)."""
    out = dict(report)
    out["villages"] = [{k: v for k, v in r.items() if k != "id"} for r in report["villages"]]
    return out


def write_report(db: Database, out: str | os.PathLike, day: dt.date | str | None = None,
                 campaign: str | None = None, cache: ProgressCache | None = None, *,
                 operator: Operator | None) -> dict:
    """Compute the progress figures and write them to ``out`` (.pdf or .xlsx); returns them."""
    ext = _format(out)
    _check_writable(out)
    db.note_output(out)  # a partial file left there by a kill is removed at next start
    report = progress(db, day, campaign, cache, operator=operator)
    if ext == ".pdf":
        head = _letterhead(db, dt.date.fromisoformat(report["date"]))
        with atomic_file(out) as target:
            write_progress_pdf(target.fh, report, head)
            target.commit()
    else:
        write_workbook(out, progress_sheets(report), ReportError)
    return report


def write_missing(db: Database, out: str | os.PathLike, village: str | None = None,
                  campaign: str | None = None, day: dt.date | str | None = None,
                  progress=None, *, operator: Operator | None) -> dict:
    """The residents still missing (per village) to ``out`` (.pdf or .xlsx), read from the
    database as they are written (one snapshot); returns the list's head (``missing_list``:
    the counts). ``progress(rows written, rows)`` is told as the rows go; when it returns
    False the writing stops (``WritingStopped``) and nothing is kept."""
    ext = _format(out)
    _check_writable(out)
    db.note_output(out)  # a partial file left there by a kill is removed at next start
    tell = progress or (lambda _done, _total: None)
    authorize(db, operator, "report.view")
    with reading(db):
        listed = missing_list(db, village, campaign, day)
        total = listed["count"]
        if tell(0, total) is False:
            raise WritingStopped()
        villages = [(v, missing_rows(db, listed, v)) for v in listed["villages"]]
        if ext == ".pdf":
            head = _letterhead(db, dt.date.fromisoformat(listed["date"]))
            with atomic_file(out) as target:
                write_missing_pdf(target.fh, listed, villages, head, progress)
                target.commit()
        else:
            write_workbook(out, [_missing_sheet(listed, villages)], ReportError,
                           lambda done: tell(done, total))
    tell(total, total)
    return listed


def _missing_sheet(listed: dict, villages) -> Sheet:
    longest = listed["longest"]
    rows = ([v["name"], i, r["full_name"], cell_value(r["dob"]), r["household_code"],
             r["address"], r["phone"], r["ages"], cell_value(r["deadline"])]
            for v, residents in villages for i, r in enumerate(residents, 1))
    date = len(DATE_FORMAT) if listed["count"] else 0  # the deadlines, shown in that format
    return Sheet("Chưa làm thủ tục", [
        "Thôn/Tổ", "STT", "Họ và tên", "Ngày sinh", "Mã hộ", "Địa chỉ", "Điện thoại",
        "Nhóm tuổi", "Hạn"], rows, widths=[
        longest["village"], longest["number"], longest["full_name"], longest["dob"],
        longest["household_code"], longest["address"], longest["phone"],
        longest["ages"], date])


# -- the XLSX tables ---------------------------------------------------------------------------
def progress_sheets(report: dict) -> list[Sheet]:
    ages = [d["ages"] for d in report["deadlines"]]
    summary = [["Chiến dịch", report["campaign"]], ["Trạm", report["station"]],
               ["Ngày báo cáo", cell_value(report["date"])],
               ["Chỉ tiêu", report["target"]], ["Đã thu nhận", report["collected"]],
               ["Còn lại", report["remaining"]], ["Tỷ lệ %", report["percent"]],
               ["Thu nhận trong ngày", report["collected_on_date"]],
               ["Đạt/ngày, 7 ngày", report["achieved_per_day"]],
               ["Đạt/ngày từ đầu đợt", report["achieved_per_day_since_start"]],
               ["Cần/ngày", report["needed_per_day"]],
               ["Dự kiến hoàn thành", cell_value(report["projected_finish"])]]
    summary += [[f"Không tính vào chỉ tiêu: {NO_CARD_SAID[k]}", report["no_card_needed"][k]]
                for k in NO_CARD]
    summary += [["Ghi chú", note] for note in report["notes"]]
    sheets = [
        Sheet("Tổng hợp", ["Mục", "Giá trị"], summary),
        Sheet("Thời hạn", ["Nhóm tuổi", "Thời hạn", "Chỉ tiêu", "Đã thu nhận", "Còn lại",
                           "Tỷ lệ %", "Còn (ngày)", "Cần/ngày", "Đạt/ngày", "Kịp",
                           "Dự kiến xong"],
              [[d["ages"], cell_value(d["date"]), d["target"], d["collected"], d["remaining"],
                d["percent"], d["days_left"], d["needed_per_day"], d["achieved_per_day"],
                "có" if d["on_track"] else "không",
                cell_value(d["projected_finish"])]
               for d in report["deadlines"]]),
        _unit_sheet("Thôn", report["villages"], ages, ["Xã/Phường", "Trạm"],
                    lambda r: [r["commune"], r["station"]]),
        _unit_sheet("Xã", report["communes"], ages, [], lambda r: []),
        Sheet("Ngày", ["Ngày", "Đã thu nhận", *[f"{a}" for a in ages]],
              [[cell_value(d["date"]), d["collected"], *d["by_age"]] for d in report["days"]]),
    ]
    if report.get("milestones"):
        sheets.append(Sheet(
            "Mốc", ["Mốc", "Đến hết ngày", "Chỉ tiêu", "Đã thu nhận", "Còn lại", "Tỷ lệ %",
                    "Còn (ngày)", "Cần/ngày", "Cần/ngày cả đợt", "Đạt/ngày", "Đã đạt", "Kịp",
                    "Dự kiến đạt"],
            [[m["label"].split(" – ")[0], show_date(m["date"]), m["target"], m["collected"],
              m["remaining"], m["percent"], m["days_left"], m["needed_per_day"],
              m["campaign_needed_per_day"], m["achieved_per_day"],
              "có" if m["achieved"] else "không", "có" if m["on_track"] else "không",
              show_date(m["projected_finish"]) if m["projected_finish"] else None]
             for m in report["milestones"]]))
    if report.get("stations") is not None:
        sheets.append(Sheet("Trạm", ["Trạm", "Gói dữ liệu gần nhất", "Im lặng", "Đã thu nhận",
                                     "Đạt/ngày", "Chỉ tiêu địa bàn", "Đã thu trên địa bàn",
                                     "Tỷ lệ %", "Chậm (người)", "Chậm (ngày)"],
                            [[s["code"], cell_value(s["last_bundle"]),
                              "có" if s["silent"] else "không",
                              s["collected"], s["achieved_per_day"], s["target"],
                              s["area_collected"], s["percent"], s["behind"], s["days_behind"]]
                             for s in report["stations"]]))
    return sheets


def _unit_sheet(title: str, rows: list[dict], ages: list[str], extra: list[str], values):
    headers = ["Hạng", "Tên", *extra, "Chỉ tiêu", "Đã thu nhận", "Còn lại", "Tỷ lệ %",
               "Đạt/ngày"]
    for a in ages:
        headers += [f"{a} chỉ tiêu", f"{a} đã thu", f"{a} tỷ lệ %"]
    headers += ["Chậm (người)", "Chậm (ngày)"]
    data = []
    for r in rows:
        line = [r["rank"], r["name"], *values(r), r["target"], r["collected"], r["remaining"],
                r["percent"], r["achieved_per_day"]]
        for a in r["by_age"]:
            line += [a["target"], a["collected"], a["percent"]]
        line += [r["behind"], r["days_behind"]]
        data.append(line)
    return Sheet(title, headers, data)
