"""Campaign progress on a scripted campaign: known residents (their ages on the deadlines, card
statuses), known intakes on known days, corrections, two stations merged at HQ through real
bundles; every figure checked by hand (see the comments), and the dashboard's cached refresh
checked against a fresh computation."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path

import pytest
from cli_helpers import add_crew, lead_of

from station_app.core.scheduling import AgeDeadline
from station_app.services.intake import correct_intake, record_intake
from station_app.services.operators import NotAllowed, Operator
from station_app.services.progress import (
    ProgressCache,
    ReportError,
    missing_residents,
    next_report,
    progress,
)
from station_app.services.roster_import import import_roster
from station_app.services.sessions import create_campaign
from station_app.storage import Database
from station_app.sync import (
    create_keys,
    enrol,
    export_bundle,
    import_bundle,
    read_identity_file,
    write_identity_file,
)

LEAD = Operator("op-lead", "Trưởng trạm", "lead")
HQ_OP = Operator("op-hq", "Cán bộ tỉnh", "hq")
HEADERS = ["Mã hộ", "Họ và tên", "Giới tính", "Ngày, tháng, năm sinh", "Quan hệ với chủ hộ",
           "Thôn/Tổ dân phố", "Xã/Phường", "Tỉnh/Thành phố", "Địa chỉ", "Số điện thoại",
           "Tình trạng thẻ"]
PLANTED = '=HYPERLINK("http://evil.example","Bấm vào đây")'
# Deadlines: 14-22 by 10/03/2027, 23+ by 20/03/2027; the campaign runs from 01/03/2027.
XA01_ROSTER = [
    # household, name, gender, born, relation, village, address, phone, card
    ("HB01", "Nguyễn Văn An", "Nam", "01/01/1980", "Chủ hộ", "Thôn Đông", "Số 1, Thôn Đông",
     "0912000001", "Cần cấp"),                                      # 23+
    ("HB01", "Trần Thị Bình", "Nữ", "1985", "Vợ", "Thôn Đông", "", "", "Cần cấp"),  # 23+ (year)
    ("HB01", "Nguyễn Văn Cường", "Nam", "10/03/2004", "Con", "Thôn Đông", "", "",
     "Cần cấp"),                        # 23 on 10/03/2027 itself: not 14-22, so 23+
    ("HB01", "Nguyễn Thị Dung", "Nữ", "11/03/2004", "Con", "Thôn Đông", "", "",
     "Cần cấp"),                        # still 22 on 10/03/2027: 14-22
    ("HB01", "Nguyễn Văn Em", "Nam", "11/03/2013", "Con", "Thôn Đông", "", "",
     "Cần cấp"),                        # 13 on 10/03, 14 on 20/03: in no group
    ("HB02", "Lê Văn Phúc", "Nam", "05/05/1970", "Chủ hộ", "Thôn Đông", "Số 2, Thôn Đông",
     "0912000002", "Đã có thẻ"),
    ("HB02", "Lê Thị Giang", "Nữ", "02/02/2008", "Con", "Thôn Đông", "", "", "Cần cấp"),  # 14-22
    ("HB02", "Lê Văn Hùng", "Nam", "1950", "Cha", "Thôn Đông", "", "", "Đã mất"),
    ("HB03", "Phạm Văn Ích", "Nam", "01/01/1990", "Chủ hộ", "Thôn Tây", PLANTED,
     "+84 912 000 003", "Cần cấp"),                                  # 23+
    ("HB03", "Phạm Thị Kim", "Nữ", "06/06/2010", "Con", "Thôn Tây", "", "", "Cần cấp"),  # 14-22
    ("HB03", "Phạm Văn Long", "Nam", "1960", "Anh", "Thôn Tây", "", "", "Chuyển đi"),
    ("HB04", "Võ Văn Minh", "Nam", "1975", "Chủ hộ", "Thôn Nam", "Số 4, Thôn Nam",
     "0912000004", "Cần cấp"),                                      # 23+
    ("HB04", "Võ Thị Na", "Nữ", "09/09/2009", "Con", "Thôn Nam", "", "", "Cần cấp"),  # 14-22
]
XA02_ROSTER = [
    ("TL01", "Hoàng Văn Oanh", "Nam", "08/08/1988", "Chủ hộ", "Thôn Bắc", "Số 9, Thôn Bắc",
     "0913000001", "Cần cấp"),                                      # 23+
    ("TL01", "Hoàng Thị Phương", "Nữ", "06/06/2006", "Con", "Thôn Bắc", "", "", "Cần cấp"),
    ("TL01", "Hoàng Văn Quang", "Nam", "01/01/2012", "Con", "Thôn Bắc", "", "", "Cần cấp"),
]


def _write_roster(path: Path, rows, commune: str) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(HEADERS)
        for h, name, gender, born, rel, village, address, phone, card in rows:
            out.writerow([h, name, gender, born, rel, village, commune, "Nghệ An", address, phone,
                          card])
    return path


def _at(day: int, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime(2027, 3, day, hour, minute)  # local time


def _rid(db: Database, name: str) -> str:
    return db.scalar("SELECT id FROM residents WHERE full_name = ?", (name,))


def _xa01_intakes(db: Database) -> None:
    """Collected: An 01/03, Dung 02/03, Kim 03/03 (a correction of Giang's), Ích 04/03,
    Bình 05/03. Not collected: Giang (corrected away), Cường (corrected to missing documents),
    Minh and Na (never came)."""
    record_intake(db, _rid(db, "Nguyễn Văn An"), "collected", desk="1", now=_at(1),
                  operator=lead_of(db))
    record_intake(db, _rid(db, "Nguyễn Thị Dung"), "collected", desk="1", now=_at(2),
                  operator=lead_of(db))
    record_intake(db, _rid(db, "Trần Thị Bình"), "missing_documents", desk="1", now=_at(2),
                  operator=lead_of(db))
    wrong = record_intake(db, _rid(db, "Lê Thị Giang"), "collected", desk="2", now=_at(3),
                          operator=lead_of(db))
    correct_intake(db, wrong["id"], "nhầm người", resident_id=_rid(db, "Phạm Thị Kim"),
                   now=_at(3, 10), operator=lead_of(db))
    record_intake(db, _rid(db, "Phạm Văn Ích"), "collected", desk="1", now=_at(4),
                  operator=lead_of(db))
    slip = record_intake(db, _rid(db, "Nguyễn Văn Cường"), "collected", desk="2", now=_at(4),
                         operator=lead_of(db))
    correct_intake(db, slip["id"], "thiếu giấy tờ", outcome="missing_documents", now=_at(4, 11),
                   operator=lead_of(db))
    record_intake(db, _rid(db, "Trần Thị Bình"), "collected", desk="1", now=_at(5),
                  operator=lead_of(db))


DEADLINES = [AgeDeadline(14, 22, dt.date(2027, 3, 10)), AgeDeadline(23, None, dt.date(2027, 3, 20))]


@pytest.fixture(scope="module")
def _sites_template(tmp_path_factory) -> Path:
    """HQ with the campaign, sent to two stations; each station imports its own roster."""
    folder = tmp_path_factory.mktemp("progress-sites")
    hq = Database.create(folder / "hq.sqlite3", "HQ", "Công an tỉnh Nghệ An", hq=True)
    xa01 = Database.create(folder / "xa01.sqlite3", "XA01", "Trạm UBND xã Hòa Bình")
    xa02 = Database.create(folder / "xa02.sqlite3", "XA02", "Trạm trường THCS Tân Lập")
    for db in (hq, xa01, xa02):
        create_keys(db)
        add_crew(db)
        write_identity_file(db, folder / f"{db.station.lower()}.id", operator=lead_of(db))
    for station in (xa01, xa02):
        enrol(hq, read_identity_file(folder / f"{station.station.lower()}.id"),
              operator=lead_of(hq))
        enrol(station, read_identity_file(folder / "hq.id"), operator=lead_of(station))
    create_campaign(hq, "CCCD 2027", DEADLINES, "01/03/2027", "31/03/2027", operator=lead_of(hq))
    for station in (xa01, xa02):
        export_bundle(hq, folder / f"to-{station.station}.bundle", to=station.station,
                      operator=lead_of(hq))
        import_bundle(station, folder / f"to-{station.station}.bundle", operator=lead_of(station))
    import_roster(xa01, _write_roster(folder / "xa01.csv", XA01_ROSTER, "Xã Hòa Bình"),
                  operator=lead_of(xa01))
    import_roster(xa02, _write_roster(folder / "xa02.csv", XA02_ROSTER, "Xã Tân Lập"),
                  operator=lead_of(xa02))
    for db in (hq, xa01, xa02):
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    return folder


@pytest.fixture
def sites(tmp_path, _sites_template):
    for item in _sites_template.iterdir():
        shutil.copy(item, tmp_path / item.name)
    opened = {name: Database.open(tmp_path / f"{name}.sqlite3") for name in ("hq", "xa01", "xa02")}
    yield {**opened, "dir": tmp_path}
    for db in opened.values():
        db.close()


@pytest.fixture
def xa01(sites):
    _xa01_intakes(sites["xa01"])
    return sites["xa01"]


def _village(report: dict, name: str) -> dict:
    return next(v for v in report["villages"] if v["name"] == name)


# -- at a station ---------------------------------------------------------------------------
def test_targets_collected_and_those_who_need_no_card(xa01):
    r = progress(xa01, "05/03/2027", operator=LEAD)
    # 14-22: Dung, Giang, Kim, Na; 23+: An, Bình, Cường, Ích, Minh. Em is in no group.
    assert [(d["ages"], d["target"], d["collected"], d["remaining"]) for d in r["deadlines"]] == [
        ("14-22", 4, 2, 2), ("23+", 5, 3, 2)]
    assert (r["target"], r["collected"], r["remaining"], r["percent"]) == (9, 5, 4, 55.6)
    assert r["no_card_needed"] == {"has_card": 1, "exempt": 0, "moved": 1, "deceased": 1}
    assert r["collected_on_date"] == 1  # Bình
    assert [(d["date"], d["collected"], d["by_age"]) for d in r["days"]] == [
        ("2027-03-01", 1, [0, 1]), ("2027-03-02", 1, [1, 0]), ("2027-03-03", 1, [1, 0]),
        ("2027-03-04", 1, [0, 1]), ("2027-03-05", 1, [0, 1])]
    assert [(v["name"], v["target"], v["collected"], v["percent"]) for v in r["villages"]] == [
        ("Thôn Nam", 2, 0, 0.0), ("Thôn Đông", 5, 3, 60.0), ("Thôn Tây", 2, 2, 100.0)]
    assert _village(r, "Thôn Đông")["by_age"] == [
        {"ages": "14-22", "target": 2, "collected": 1, "remaining": 1, "percent": 50.0},
        {"ages": "23+", "target": 3, "collected": 2, "remaining": 1, "percent": 66.7}]
    assert [(c["name"], c["target"], c["collected"]) for c in r["communes"]] == [
        ("Xã Hòa Bình", 9, 5)]
    # a day earlier, Bình's collection is not counted yet
    assert progress(xa01, "04/03/2027", operator=LEAD)["collected"] == 4


def test_rates_projection_and_flags(xa01):
    r = progress(xa01, "05/03/2027", operator=LEAD)
    # 5 opening days so far (01..05/03), 5 collected: 1.0 a day, last 7 days and since start.
    assert (r["opening_days_so_far"], r["achieved_per_day"]) == (5, 1.0)
    assert r["achieved_per_day_since_start"] == 1.0
    young, old = r["deadlines"]
    # 14-22: 2 remain, 5 days left (06..10/03): 0.4 needed; 2 collected in 5 days: 0.4 a day.
    assert (young["days_left"], young["needed_per_day"], young["achieved_per_day"]) == (5, 0.4, 0.4)
    assert young["on_track"] and young["projected_finish"] == "2027-03-10"
    # 23+: 2 remain, 15 days left: 0.13 -> 0.1; 3 in 5 days: 0.6 a day; 2 / 0.6 -> 4 days.
    assert (old["days_left"], old["needed_per_day"], old["achieved_per_day"]) == (15, 0.1, 0.6)
    assert old["on_track"] and old["projected_finish"] == "2027-03-09"
    assert r["needed_per_day"] == 0.5 and r["projected_finish"] == "2027-03-09"  # 4 at 1.0
    nam = _village(r, "Thôn Nam")  # nobody collected: both will miss, no finish in sight
    assert (nam["rank"], nam["behind"], nam["days_behind"], nam["misses"]) == (
        1, 2, None, ["14-22", "23+"])
    assert _village(r, "Thôn Đông")["behind"] == 0 and _village(r, "Thôn Tây")["behind"] == 0

    later = progress(xa01, "09/03/2027", operator=LEAD)
    # last 7 opening days 03..09/03 hold Kim, Ích, Bình: 3 / 7 = 0.43; since start 5 / 9.
    assert (later["achieved_per_day"], later["achieved_per_day_since_start"]) == (0.4, 0.6)
    young = later["deadlines"][0]
    assert (young["days_left"], young["needed_per_day"], young["on_track"]) == (1, 2.0, False)
    dong = _village(later, "Thôn Đông")
    # Đông 14-22: Giang remains, 1 collected in 9 days (1/9 a day), 1 day left: 1 short,
    # finishing 9 days later (18/03), 8 days after the deadline.
    assert (dong["behind"], dong["days_behind"], dong["misses"]) == (1, 8, ["14-22"])
    assert [v["name"] for v in later["villages"]] == ["Thôn Nam", "Thôn Đông", "Thôn Tây"]


def test_the_total_needed_per_day_is_rounded_once(xa01, tmp_path):
    """On 07/03: 14-22 needs 2 in 3 days (0.667), 23+ 2 in 13 days (0.154): 0.821 a day in all,
    0.8 (the rounded figures 0.7 + 0.2 would make 0.9). The files show the same figure."""
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from station_app.services.reports import write_report

    r = progress(xa01, "07/03/2027", operator=LEAD)
    assert [d["needed_per_day"] for d in r["deadlines"]] == [0.7, 0.2]
    assert r["needed_per_day"] == round(2 / 3 + 2 / 13, 1) == 0.8
    write_report(xa01, tmp_path / "r.xlsx", "07/03/2027", operator=LEAD)
    summary = dict(load_workbook(tmp_path / "r.xlsx")["Tổng hợp"].iter_rows(values_only=True))
    assert summary["Cần/ngày"] == 0.8
    write_report(xa01, tmp_path / "r.pdf", "07/03/2027", operator=LEAD)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "r.pdf").pages)
    assert "mức cần đạt để kịp các thời hạn: 0,8 người/ngày" in text


def test_bad_input_and_permissions(xa01, sites, db):
    with pytest.raises(ReportError, match="outside campaign 'CCCD 2027'"):
        progress(xa01, "28/02/2027", operator=LEAD)
    with pytest.raises(ReportError, match="outside campaign"):
        progress(xa01, "01/04/2027", operator=LEAD)
    with pytest.raises(ReportError, match="no campaign yet"):
        progress(db, "05/03/2027", operator=LEAD)
    with pytest.raises(ReportError, match="no campaign 'Other'"):
        progress(xa01, "05/03/2027", campaign="Other", operator=LEAD)
    with pytest.raises(NotAllowed):
        progress(xa01, "05/03/2027", operator=Operator("s", "Cán bộ", "staff"))
    with pytest.raises(NotAllowed):
        progress(xa01, "05/03/2027", operator=None)
    assert xa01.scalar("SELECT count(*) FROM audit WHERE action = 'refused'") == 2


def test_missing_residents_per_village_in_vietnamese_order(xa01):
    missing = missing_residents(xa01, operator=LEAD)
    assert missing["count"] == 4
    assert [(v["name"], [r["full_name"] for r in v["residents"]]) for v in missing["villages"]] == [
        ("Thôn Đông", ["Nguyễn Văn Cường", "Lê Thị Giang"]),
        ("Thôn Nam", ["Võ Văn Minh", "Võ Thị Na"])]
    minh = missing["villages"][1]["residents"][0]
    assert (minh["household_code"], minh["address"], minh["phone"], minh["deadline"]) == (
        "HB04", "Số 4, Thôn Nam", "0912000004", "2027-03-20")
    only = missing_residents(xa01, village="thon nam", operator=LEAD)
    assert [v["name"] for v in only["villages"]] == ["Thôn Nam"]
    with pytest.raises(ReportError, match="no village 'Thôn Xa'"):
        missing_residents(xa01, village="Thôn Xa", operator=LEAD)


# -- the dashboard's refresh ----------------------------------------------------------------
def test_a_dashboard_shows_the_nearest_day_of_the_campaign_and_the_next_report(xa01):
    """clamp: before the campaign, its first day; after it, its last day (no error)."""
    before = progress(xa01, "20/02/2027", clamp=True, operator=LEAD)
    assert before == progress(xa01, "01/03/2027", operator=LEAD)
    after = progress(xa01, "01/05/2027", clamp=True, operator=LEAD)
    assert after == progress(xa01, "31/03/2027", operator=LEAD)
    # the next report is due on the next deadline (the day itself counts), then the last day
    assert next_report(progress(xa01, "05/03/2027", operator=LEAD)) == {
        "date": "2027-03-10", "ages": "14-22", "days_left": 5}
    assert next_report(progress(xa01, "10/03/2027", operator=LEAD))["days_left"] == 0
    assert next_report(progress(xa01, "11/03/2027", operator=LEAD)) == {
        "date": "2027-03-20", "ages": "23+", "days_left": 9}
    assert next_report(progress(xa01, "25/03/2027", operator=LEAD)) == {
        "date": "2027-03-31", "ages": None, "days_left": 6}
    assert next_report(after) == {"date": "2027-03-31", "ages": None, "days_left": 0}


def test_cached_refresh_matches_a_fresh_computation(xa01):
    cache = ProgressCache()
    day = "06/03/2027"
    first = progress(xa01, day, cache=cache, operator=LEAD)
    assert first == progress(xa01, day, operator=LEAD) and cache.full_reads == 1
    giang = record_intake(xa01, _rid(xa01, "Lê Thị Giang"), "collected", desk="1", now=_at(6),
                          operator=lead_of(xa01))
    after = progress(xa01, day, cache=cache, operator=LEAD)
    assert after["collected"] == first["collected"] + 1
    assert after == progress(xa01, day,
                             operator=LEAD) and cache.full_reads == 1  # only the delta read
    # a correction moving a collection to another resident, and one removing it
    moved = correct_intake(xa01, giang["id"], "nhầm người", resident_id=_rid(xa01, "Võ Thị Na"),
                           now=_at(6, 10), operator=lead_of(xa01))
    assert progress(xa01, day, cache=cache, operator=LEAD) == progress(xa01, day, operator=LEAD)
    correct_intake(xa01, moved["id"], "chưa đủ giấy tờ", outcome="missing_documents",
                   now=_at(6, 11), operator=lead_of(xa01))
    assert progress(xa01, day, cache=cache, operator=LEAD) == progress(xa01, day, operator=LEAD)
    assert progress(xa01, day, cache=cache, operator=LEAD)["collected"] == first["collected"]
    assert cache.full_reads == 1
    # a roster change reads everything again
    with xa01.write() as w:
        w.update("residents", _rid(xa01, "Võ Văn Minh"), {"card_status": "moved"})
    fresh = progress(xa01, day, operator=LEAD)
    assert progress(xa01, day, cache=cache, operator=LEAD) == fresh and cache.full_reads == 2
    assert fresh["no_card_needed"]["moved"] == 2 and fresh["target"] == first["target"] - 1


# -- at HQ, over two stations' bundles --------------------------------------------------------
def _send(src: Database, dst: Database, folder: Path, name: str, arrived: str) -> None:
    export_bundle(src, folder / name, to=dst.station, operator=lead_of(src))
    import_bundle(dst, folder / name, operator=lead_of(dst))
    # the bundle log records the real clock; the scripted campaign lives in 2027
    dst.conn.execute("UPDATE bundle_receipts SET at = ? WHERE file LIKE ?",
                     (arrived, f"%{name}"))


def test_hq_totals_are_the_sum_of_the_stations_after_their_bundles(sites):
    hq, xa01, xa02, folder = sites["hq"], sites["xa01"], sites["xa02"], sites["dir"]
    _xa01_intakes(xa01)
    record_intake(xa02, _rid(xa02, "Hoàng Văn Oanh"), "collected", desk="1", now=_at(2),
                  operator=lead_of(xa02))
    _send(xa01, hq, folder, "xa01-1.bundle", "2027-03-05T18:00:00+07:00")
    _send(xa02, hq, folder, "xa02-1.bundle", "2027-03-02T18:00:00+07:00")
    record_intake(xa02, _rid(xa02, "Hoàng Thị Phương"), "collected", desk="1", now=_at(5),
                  operator=lead_of(xa02))

    day = "05/03/2027"
    at_hq, one = progress(hq, day, operator=HQ_OP), progress(xa01, day, operator=LEAD)
    two_as_sent = progress(xa02, "04/03/2027", operator=LEAD)  # XA02's figures as of its bundle
    assert at_hq["target"] == one["target"] + two_as_sent["target"] == 12
    assert at_hq["collected"] == one["collected"] + two_as_sent["collected"] == 6
    stations = {s["code"]: s for s in at_hq["stations"]}
    assert (stations["XA01"]["collected"], stations["XA02"]["collected"]) == (5, 1)
    assert stations["XA01"]["last_bundle"] == "2027-03-05T18:00:00+07:00"
    assert not stations["XA01"]["silent"] and stations["XA02"]["silent"]  # 3 days silent
    assert at_hq["notes"] == ["Figures of station XA02 are as of its last bundle (02/03/2027)"]
    # villages belong to the station that collected most of their people; Thôn Nam, where
    # nobody was collected or booked yet, to the station whose roster brought it
    owners = {v["name"]: v["station"] for v in at_hq["villages"]}
    assert owners == {"Thôn Đông": "XA01", "Thôn Tây": "XA01", "Thôn Nam": "XA01",
                      "Thôn Bắc": "XA02"}
    assert stations["XA02"]["target"] == 3 and stations["XA01"]["target"] == 9
    assert sorted((c["name"], c["target"], c["collected"]) for c in at_hq["communes"]) == [
        ("Xã Hòa Bình", 9, 5), ("Xã Tân Lập", 3, 1)]
    assert "stations" not in one

    _send(xa02, hq, folder, "xa02-2.bundle", "2027-03-05T19:00:00+07:00")
    at_hq, two = progress(hq, day, operator=HQ_OP), progress(xa02, day, operator=LEAD)
    assert at_hq["collected"] == one["collected"] + two["collected"] == 7
    assert at_hq["target"] == one["target"] + two["target"]
    for i, deadline in enumerate(at_hq["deadlines"]):
        assert deadline["collected"] == (one["deadlines"][i]["collected"]
                                         + two["deadlines"][i]["collected"])
        assert deadline["target"] == one["deadlines"][i]["target"] + two["deadlines"][i]["target"]
    assert [d["collected"] for d in at_hq["days"]] == [1, 2, 1, 1, 2]
    assert not any(s["silent"] for s in at_hq["stations"]) and at_hq["notes"] == []


# -- the cube against the plain query it replaced ---------------------------------------------
_PLAIN_CUBE = """
    WITH firsts AS MATERIALIZED (
      SELECT i.resident_id, min(i.at) AS at, i.station FROM intakes i
      WHERE i.outcome = 'collected' AND i.rev <= :upto
        AND NOT EXISTS (SELECT 1 FROM intakes c WHERE c.corrects_id = i.id AND c.rev <= :upto)
      GROUP BY i.resident_id),
    people AS (
      SELECT h.village_id, r.id, r.card_status, r.dob FROM households h
      JOIN residents r ON r.household_id = h.id WHERE r.id IN ({only})
      UNION ALL
      SELECT NULL, r.id, r.card_status, r.dob FROM residents r
      WHERE r.household_id IS NULL AND r.id IN ({only}))
    SELECT r.village_id, {bucket} AS bucket, r.card_status, substr(f.at, 1, 10), f.station,
      count(*)
    FROM people r LEFT JOIN firsts f ON f.resident_id = r.id
    WHERE bucket >= 0 GROUP BY 1, 2, 3, 4, 5"""


def test_the_cube_is_the_plain_join_and_group_by(xa01):
    """_cube_rows probes each resident's first collection and counts keys per village; the
    figures must be those of the plain join and GROUP BY, also for a resident without a
    household, a household without a village, and two collections at the same time at two
    stations (the lowest station counts, as min(at) picked it)."""
    from collections import Counter

    from station_app.services.progress import _bucket_sql, _cube_rows

    an, na = _rid(xa01, "Nguyễn Văn An"), _rid(xa01, "Võ Thị Na")
    before = int(xa01.meta("rev", 0))
    with xa01.write() as w:
        w.update("residents", _rid(xa01, "Võ Văn Minh"), {"household_id": None})
        w.update("households", xa01.scalar("SELECT household_id FROM residents WHERE id = ?",
                                           (na,)), {"village_id": None})
        for station in ("XB09", "XA05"):
            w.insert("intakes", {"resident_id": na, "desk": "1", "operator": "op-lead",
                                 "at": "2027-03-06T09:00:00+07:00", "outcome": "collected",
                                 "station": station})
    bucket, params = _bucket_sql(DEADLINES)

    def plain(upto, only="SELECT id FROM residents"):
        sql = _PLAIN_CUBE.format(bucket=bucket, only=only)
        return Counter({row[:5]: row[5]
                        for row in xa01.conn.execute(sql, {**params, "upto": upto})})

    for upto in (before, int(xa01.meta("rev", 0))):
        assert _cube_rows(xa01, DEADLINES, upto) == plain(upto)
        assert _cube_rows(xa01, DEADLINES, upto, [an, na]) == plain(upto, f"'{an}', '{na}'")
    cube = _cube_rows(xa01, DEADLINES, int(xa01.meta("rev", 0)))
    assert cube[None, 0, "needs_card", "2027-03-06", "XA05"] == 1  # Na: no village, lowest station
    assert sum(n for k, n in cube.items() if k[0] is None and k[3] is None) == 1  # Minh


def test_the_cube_reads_its_upper_half_here_when_the_other_snapshot_differs(xa01, monkeypatch):
    """A whole read takes the upper villages on a second connection, in a snapshot of its own:
    when it is not the caller's (something was written in between), those villages are read
    on the caller's connection instead, and the figures are the same."""
    from station_app.services import progress as module

    upto = int(xa01.meta("rev", 0))
    everyone = [r[0] for r in xa01.conn.execute("SELECT id FROM residents")]
    expected = module._cube_rows(xa01, DEADLINES, upto, everyone)  # one statement, no thread
    assert module._cube_rows(xa01, DEADLINES, upto) == expected
    marks = iter(range(1000))  # every snapshot looks different
    monkeypatch.setattr(module, "_snapshot_mark", lambda conn: next(marks))
    assert module._Read(xa01, "SELECT 1", {}, -1).rows() is None
    assert module._cube_rows(xa01, DEADLINES, upto) == expected
