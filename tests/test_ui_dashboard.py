"""The dashboard (lead and HQ), on the synchronous worker against real station databases: the
figures shown are progress()'s, laggards are highlighted, the buttons write real files (read
back), an intake at the desk or a bundle imported shows after a refresh, the tab is only for
lead and HQ, and the screen speaks Vietnamese or English."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import openpyxl
import pytest
from cli_helpers import lead_of
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel
from test_progress import _send, _sites_template, _xa01_intakes, sites  # noqa: F401
from ui_floor_helpers import settings, sign_in

from build import update_translations
from station_app.core.dates import show_date
from station_app.core.scheduling import AgeDeadline
from station_app.printing.report_pdf import number_vi
from station_app.services.intake import record_intake
from station_app.services.operators import Operator
from station_app.services.progress import missing_residents, progress
from station_app.services.sessions import create_campaign
from station_app.storage import Database
from station_app.ui.app import build_window, install_translators
from station_app.ui.dashboard_screen import LAGGARD
from station_app.ui.workers import SyncWorker

LEAD = Operator("lead", "Trưởng trạm", "lead")
TODAY = dt.date.today()


@pytest.fixture(autouse=True)
def english(qapp):
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "en")


@pytest.fixture
def campaign(station):
    """A campaign that started 9 days ago (14-22 by today + 5, 23+ by today + 20): everyone who
    needs a card in the first village (by name) collected over those 9 days, every other one
    in the second village, nobody in the others."""
    db = Database.open(station.path)
    try:
        create_campaign(db, "CCCD thử", [AgeDeadline(14, 22, TODAY + dt.timedelta(days=5)),
                                         AgeDeadline(23, None, TODAY + dt.timedelta(days=20))],
                        TODAY - dt.timedelta(days=9), TODAY + dt.timedelta(days=20),
                        operator=lead_of(db))
        villages = db.query("SELECT id, name FROM areas WHERE kind = 'village' ORDER BY name")

        def people(village: str) -> list[str]:
            return [r["id"] for r in db.query(
                "SELECT r.id FROM residents r JOIN households h ON h.id = r.household_id"
                " WHERE h.village_id = ? AND r.card_status = 'needs_card'"
                " ORDER BY h.code, r.dob",
                (village,))]

        done = people(villages[0]["id"]) + people(villages[1]["id"])[::2]
        for i, resident in enumerate(done):
            day = TODAY - dt.timedelta(days=9 - i % 9)
            record_intake(db, resident, "collected", desk="1", operator=lead_of(db),
                          now=dt.datetime.combine(day, dt.time(9, i % 60)))
    finally:
        db.close()
    return {"first": villages[0]["name"], "second": villages[1]["name"],
            "others": [v["name"] for v in villages[2:]]}


def _expected(path, day=None, operator=LEAD) -> dict:
    db = Database.open(path)
    try:
        return progress(db, day or TODAY, clamp=True, operator=operator)
    finally:
        db.close()


def _open(station, qtbot, who="Trưởng trạm", name="lead"):
    win = station.window(name)
    sign_in(qtbot, win, who)
    screen = win.screens["Dashboard"]
    win.tabs.setCurrentWidget(screen)
    return win, screen


def _column(model, key: str) -> list[str]:
    col = next(i for i, c in enumerate(model.columns) if c[0] == key)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def _background(model, row: int) -> str | None:
    brush = model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
    return brush.color().name() if brush is not None else None


def test_the_figures_shown_are_progress_figures(station, campaign, qtbot):
    win, screen = _open(station, qtbot)
    expected = _expected(station.path)
    assert screen.figures == expected and screen.pages.currentWidget() is screen.body
    assert 0 < expected["collected"] < expected["target"]
    cards = {key: card.value.text() for key, card in screen.cards.items()}
    assert cards == {
        "target": f"{expected['target']:,}", "collected": f"{expected['collected']:,}",
        "remaining": f"{expected['remaining']:,}", "percent": f"{expected['percent']:.1f} %",
        "today": "0", "achieved": f"{expected['achieved_per_day']:.1f}",
        "needed": f"{expected['needed_per_day']:.1f}",
        "finish": show_date(expected["projected_finish"])}
    assert _column(screen.deadlines, "ages") == ["14-22", "23+"]
    assert _column(screen.deadlines, "collected") == [
        f"{d['collected']:,}" for d in expected["deadlines"]]
    assert _column(screen.deadlines, "needed_per_day") == [
        f"{d['needed_per_day']:.1f}" for d in expected["deadlines"]]
    assert _column(screen.villages, "name") == [v["name"] for v in expected["villages"]]
    assert _column(screen.villages, "behind") == [f"{v['behind']:,}" for v in expected["villages"]]
    assert screen.rankings.count() == 1  # a station: villages only
    assert screen.next_report.text() == (
        f"Next report: {show_date(TODAY + dt.timedelta(days=5))} (deadline of ages 14-22), "
        "in 5 day(s)")
    # the chart: each of the 10 days so far, collected that day; the rate needed now
    assert screen.axis_x.categories() == [
        (TODAY - dt.timedelta(days=9 - i)).strftime("%d/%m") for i in range(10)]
    per_day = {d["date"]: d["collected"] for d in expected["days"]}
    assert [screen.day_bars.at(i) for i in range(10)] == [
        per_day.get((TODAY - dt.timedelta(days=9 - i)).isoformat(), 0) for i in range(10)]
    assert {p.y() for p in screen.needed_line.points()} == {expected["needed_per_day"]}
    assert screen.message.text() == ""


def test_laggards_are_highlighted(station, campaign, qtbot):
    win, screen = _open(station, qtbot)
    villages = screen.figures["villages"]
    marked = {v["name"]: _background(screen.villages, r) for r, v in enumerate(villages)}
    assert marked == {v["name"]: (LAGGARD if v["behind"] > 0 else None) for v in villages}
    assert marked[campaign["first"]] is None  # everyone collected
    assert all(marked[name] == LAGGARD for name in [campaign["second"], *campaign["others"]])
    assert villages[-1]["name"] == campaign["first"]  # worst first
    deadlines = screen.figures["deadlines"]
    assert [_background(screen.deadlines, r) for r in range(2)] == [
        None if d["on_track"] else LAGGARD for d in deadlines]


def _pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_the_buttons_write_the_report_and_the_missing_list(station, campaign, qtbot, tmp_path):
    win, screen = _open(station, qtbot)
    expected = screen.figures
    steps = []
    screen.bar.valueChanged.connect(steps.append)
    written = {}
    for key in ("report.pdf", "report.xlsx", "missing.pdf", "missing.xlsx"):
        steps.clear()
        qtbot.mouseClick(screen.file_buttons[key], Qt.MouseButton.LeftButton)
        path = screen.written
        assert path.parent == tmp_path / "reports" and path.exists()
        assert screen.message.text() == f"Written: {path}"
        assert screen.open_file.isVisible() and not screen.bar.isVisible()
        assert len(set(steps)) >= 2 and steps[-1] == screen.bar.maximum() > 0  # it moved
        assert all(b.isEnabled() for b in screen.file_buttons.values())
        written[key] = path
    assert written["report.pdf"].name == f"bao-cao-tien-do-{TODAY.isoformat()}.pdf"

    text = _pdf_text(written["report.pdf"])
    assert "BÁO CÁO" in text and "CCCD thử" in text
    assert f"đã thu nhận {number_vi(expected['collected'])} người" in text
    for village in expected["villages"]:
        assert village["name"] in text
    book = openpyxl.load_workbook(written["report.xlsx"])
    summary = {r[0]: r[1] for r in book["Tổng hợp"].iter_rows(min_row=2, values_only=True)}
    assert summary["Chỉ tiêu"] == expected["target"]
    assert summary["Đã thu nhận"] == expected["collected"]

    db = Database.open(station.path)
    try:
        missing = missing_residents(db, operator=LEAD)
    finally:
        db.close()
    assert missing["count"] > 0
    first = missing["villages"][0]
    text = _pdf_text(written["missing.pdf"])
    assert "DANH SÁCH" in text and first["residents"][0]["full_name"] in text
    rows = list(openpyxl.load_workbook(written["missing.xlsx"]).active.iter_rows(
        min_row=2, values_only=True))
    assert len(rows) == missing["count"]
    assert (rows[0][0], rows[0][2]) == (first["name"], first["residents"][0]["full_name"])

    qtbot.mouseClick(screen.file_buttons["report.pdf"], Qt.MouseButton.LeftButton)
    assert screen.written.name == f"bao-cao-tien-do-{TODAY.isoformat()}-2.pdf"  # never over


def test_a_folder_that_cannot_be_written_is_said(station, campaign, qtbot, tmp_path):
    win, screen = _open(station, qtbot)
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    screen.ctx.prefs.report_folder = str(blocker / "reports")  # a folder under a file
    qtbot.mouseClick(screen.file_buttons["report.xlsx"], Qt.MouseButton.LeftButton)
    assert screen.message.text().startswith("The file could not be written in ")
    assert not screen.open_file.isVisible()
    assert all(b.isEnabled() for b in screen.file_buttons.values())


def test_an_intake_at_the_desk_shows_on_the_dashboard(station, campaign, qtbot):
    win, screen = _open(station, qtbot)
    before = screen.figures
    db = Database.open(station.path)
    try:
        person = db.one(
            "SELECT r.id, r.full_name FROM residents r JOIN households h ON h.id = r.household_id"
            " JOIN areas v ON v.id = h.village_id WHERE v.name = ? AND r.card_status = 'needs_card'"
            " AND r.dob <= ? ORDER BY r.id LIMIT 1",
            (campaign["others"][0], str(TODAY.year - 30)))
    finally:
        db.close()
    desk = win.screens["Desk"]
    win.tabs.setCurrentWidget(desk)
    assert not screen.timer.isActive()  # hidden: no refresh
    desk.search.setText(person["full_name"])
    desk._search()
    found = [desk.results.record(r)["id"] for r in range(desk.results.rowCount())]
    desk.results_view.setFocus()
    desk.results_view.selectRow(found.index(person["id"]))
    desk.record("collected", desk.results_view)
    assert "recorded" in desk.message.text()

    win.tabs.setCurrentWidget(screen)  # shown again: refreshed
    assert screen.figures["collected"] == before["collected"] + 1
    assert screen.figures["collected_on_date"] == 1 and screen.cards["today"].value.text() == "1"
    assert screen.figures == _expected(station.path)
    assert screen.cache.full_reads == 1  # only the new intake read, not the whole cube again
    village = next(v for v in screen.figures["villages"] if v["name"] == campaign["others"][0])
    assert village["collected"] == 1


def test_a_bundle_imported_at_hq_shows_on_the_dashboard(sites, qtbot, tmp_path):  # noqa: F811
    hq, xa01 = sites["hq"], sites["xa01"]
    win = build_window(Database.open(hq.path), "en", settings(tmp_path, "hq"),
                       require_sign_in=True, worker=SyncWorker(hq.path))
    qtbot.addWidget(win)
    win.show()
    try:
        sign_in(qtbot, win, "can bo so", "4444")  # Cán bộ Sở, the crew's hq
        screen = win.screens["Dashboard"]
        screen.day = dt.date(2027, 3, 5)
        win.tabs.setCurrentWidget(screen)
        assert screen.figures["collected"] == 0
        assert [screen.rankings.tabText(i) for i in range(3)] == [
            "Villages", "Communes", "Stations"]
        screen.timer.setInterval(10)

        _xa01_intakes(xa01)
        _send(xa01, hq, sites["dir"], "xa01.bundle", "2027-03-05T18:00:00+07:00")  # as the CLI
        qtbot.waitUntil(lambda: screen.figures["collected"] == 5, timeout=5000)
        hq_op = Operator("hq", "Cán bộ Sở", "hq")
        assert screen.figures == _expected(hq.path, dt.date(2027, 3, 5), hq_op)
        stations = screen.figures["stations"]
        assert _column(screen.stations, "code") == [s["code"] for s in stations]
        marked = [_background(screen.stations, r) for r in range(len(stations))]
        assert marked == [LAGGARD if s["behind"] > 0 or s["silent"] else None for s in stations]
        silent = [s["code"] for s in stations if s["silent"]]
        assert silent == ["XA02"] and screen.notes.isVisible()
        assert screen.notes.text() == (
            "Station XA02 has sent nothing since the start: its figures are as of then.")
    finally:
        win.close()
        win.ctx.db.close()


def test_no_campaign_says_how_to_create_one(station, qtbot):
    """Issue 22: it told the lead to type a command line; it names the screens instead."""
    win, screen = _open(station, qtbot)
    assert screen.figures is None and screen.pages.currentWidget() is screen.empty
    assert screen.empty.text().startswith("No campaign yet.")
    assert "import HQ's bundle on the Sync screen" in screen.empty.text()
    assert "on the Campaign screen (in Plan)" in screen.empty.text()
    assert "station-app" not in screen.empty.text() and "--" not in screen.empty.text()
    assert not any(b.isEnabled() for b in screen.file_buttons.values())
    assert screen.message.text() == ""


@pytest.mark.parametrize("who", ["Cán bộ Lan", "Tình nguyện viên Hà"])
def test_the_tab_is_hidden_for_staff_and_volunteers(station, qtbot, who):
    win = station.window()
    sign_in(qtbot, win, who)
    titles = [win.tabs.tabText(i) for i in range(win.tabs.count())]
    assert "Dashboard" not in win.screens and "Dashboard" not in titles
    win.sign_out()
    sign_in(qtbot, win, "Trưởng trạm")
    assert "Dashboard" in win.screens


def _english_words() -> set[str]:
    """Words of the dashboard's English strings that its Vietnamese never uses (PDF stays)."""
    root = ET.parse(update_translations.TS).getroot()
    words: set[str] = set()
    for context in root.iter("context"):
        if context.findtext("name") != "DashboardScreen":
            continue
        for message in context.iter("message"):
            source = set(re.findall(r"[A-Za-z]{3,}", message.findtext("source")))
            words |= source - set(re.findall(r"[A-Za-z]{3,}", message.findtext("translation")))
    return {w.lower() for w in words}


def _texts(screen) -> list[str]:
    """Every text the screen shows: labels, buttons, headers, tabs, cells, the chart."""
    texts = [w.text() for w in screen.findChildren(QLabel) + screen.findChildren(QAbstractButton)]
    texts += [screen.rankings.tabText(i) for i in range(screen.rankings.count())]
    for model in (screen.deadlines, screen.villages, screen.communes, screen.stations):
        texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(model.columns))]
        texts += [model.index(r, c).data() for r in range(model.rowCount())
                  for c in range(len(model.columns))]
    texts += [screen.chart.title(), screen.day_bars.label(), screen.needed_line.name(),
              screen.average_line.name()]
    return [t for t in texts if t]


def test_vietnamese_and_english_labels(station, campaign, qtbot, qapp):
    english = _english_words()
    assert {"target", "collected", "report", "deadline"} <= english
    install_translators(qapp, "vi")
    win = station.window("vi")
    sign_in(qtbot, win, "Trưởng trạm")
    screen = win.screens["Dashboard"]
    assert win.tabs.tabText(win.tabs.indexOf(screen)) == "Tiến độ"
    win.tabs.setCurrentWidget(screen)
    assert screen.cards["target"].caption.text() == "Chỉ tiêu"
    assert screen.file_buttons["missing.pdf"].text().replace("&", "") == \
        "Danh sách chưa làm (PDF)"
    vi = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    assert screen.cards["target"].value.text() == vi.toString(screen.figures["target"])
    assert screen.cards["percent"].value.text() == (
        vi.toString(float(screen.figures["percent"]), "f", 1) + " %")
    assert "Kỳ báo cáo tới" in screen.next_report.text()
    qtbot.mouseClick(screen.file_buttons["report.pdf"], Qt.MouseButton.LeftButton)
    assert screen.message.text().startswith("Đã ghi: ")
    texts = [t.replace(str(screen.written), "") for t in _texts(screen)]  # not the file's path
    assert len(texts) > 50
    found = {t: w for t in texts for w in re.findall(r"[A-Za-z]{3,}", t) if w.lower() in english}
    assert found == {}

    install_translators(qapp, "en")
    win = station.window("en")
    sign_in(qtbot, win, "Trưởng trạm")
    screen = win.screens["Dashboard"]
    win.tabs.setCurrentWidget(screen)
    assert win.tabs.tabText(win.tabs.indexOf(screen)) == "Dashboard"
    assert screen.cards["target"].caption.text() == "Target"
    assert "Next report" in screen.next_report.text()
    assert any(w.lower() in english for t in _texts(screen) for w in re.findall(r"[A-Za-z]+", t))


def test_no_campaign_in_vietnamese(station, qtbot, qapp):
    install_translators(qapp, "vi")
    win = station.window("vi")
    sign_in(qtbot, win, "Trưởng trạm")
    screen = win.screens["Dashboard"]
    win.tabs.setCurrentWidget(screen)
    text = screen.empty.text()
    assert text.startswith("Chưa có chiến dịch nào.") and "station-app" not in text
    assert "Đợt cấp (trong Kế hoạch)" in text
    assert not [w for w in re.findall(r"[A-Za-z]{3,}", text) if w.lower() in _english_words()]
