"""The floor: docs/screenshots/<screen>-<vi|en>.png of each station-floor screen at
1366×768, the roster import's column check and result, and the now-serving display at 1920×1080, from a seeded demo station with a morning's
activity (tickets, calls at two desks, intakes) after three weeks of intakes (the dashboard).
Run offscreen:
QT_QPA_PLATFORM=offscreen .venv/bin/python -m build.screenshots floor"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from build.screenshots import (  # noqa: E402
    LANGS,
    PINS,
    demo_station,
    settle,
    shoot,
    sign_in,
    store,
    wait_until,
)
from station_app.core.text import fold  # noqa: E402
from station_app.services import floor, operators  # noqa: E402
from station_app.services.letter_codes import letter_code  # noqa: E402
from station_app.services.roster_files import map_headers, open_roster  # noqa: E402
from station_app.services.roster_import import import_roster  # noqa: E402
from station_app.storage import Database  # noqa: E402
from station_app.ui.app import build_window, install_translators  # noqa: E402
from station_app.ui.display_window import DisplayWindow  # noqa: E402
from station_app.ui.import_dialog import MappingDialog, ResultDialog  # noqa: E402
from station_app.ui.settings import Settings  # noqa: E402


def morning_households(db: Database) -> list[str]:
    return [r["household_id"] for r in db.query(
        "SELECT household_id FROM residents WHERE card_status = 'needs_card'"
        " GROUP BY household_id HAVING COUNT(*) >= 3 ORDER BY household_id LIMIT 6")]


def morning(path: Path) -> None:
    """Tickets by letter and by button, two desks calling, intakes recorded."""
    db = Database.open(path)
    try:
        volunteer = operators.sign_in(db, "Tình nguyện viên", PINS["Tình nguyện viên"])
        desk1 = operators.sign_in(db, "Cán bộ Bàn 1", PINS["Cán bộ Bàn 1"])
        desk2 = operators.sign_in(db, "Cán bộ Bàn 2", PINS["Cán bộ Bàn 2"])
        households = morning_households(db)
        for household in households[:4]:
            floor.scan_at_table(db, letter_code(db, household, None), operator=volunteer)
        for queue in ("priority", "walk_in", "walk_in", "priority", "walk_in"):
            floor.issue(db, queue, operator=volunteer)
        floor.desk_action(db, "1", "call_next", operator=desk1)  # U001
        first = floor.current_at_desk(db, "1", operator=desk1)
        for person in floor.ticket_people(db, first["id"], operator=desk1)[:1]:
            floor.record_outcome(db, person["id"], "collected", first["id"], "1", operator=desk1)
        floor.desk_action(db, "1", "finish", operator=desk1)
        floor.desk_action(db, "2", "call_next", operator=desk2)  # U002
        floor.desk_action(db, "2", "finish", operator=desk2)
        floor.desk_action(db, "1", "call_next", operator=desk1)  # A001
        ticket = floor.current_at_desk(db, "1", operator=desk1)
        people = floor.ticket_people(db, ticket["id"], operator=desk1)
        floor.record_outcome(db, people[0]["id"], "collected", ticket["id"], "1", operator=desk1)
        floor.record_outcome(db, people[1]["id"], "missing_documents", ticket["id"], "1",
                             note="Thiếu CMND cũ, hẹn quay lại chiều nay", operator=desk1)
        floor.desk_action(db, "2", "call_next", operator=desk2)  # A002
    finally:
        db.close()


def history(path: Path, days: int = 24) -> None:
    """The weeks before this morning, for the dashboard: the station went village by village,
    collecting 45-100 people a day (more at weekends), so the first villages are done, the
    one in progress is partly done and the last ones wait; never this morning's households.
    Deterministic."""
    import datetime as dt

    from station_app.services.intake import record_intake

    db = Database.open(path)
    try:
        desk = operators.sign_in(db, "Cán bộ Bàn 1", PINS["Cán bộ Bàn 1"])
        people = [r["id"] for r in db.query(
            "SELECT r.id FROM residents r JOIN households h ON h.id = r.household_id"
            " WHERE r.card_status = 'needs_card' AND r.dob <= ? AND h.id NOT IN"
            " (SELECT value FROM json_each(?)) ORDER BY h.village_id DESC, h.code, r.id",
            (f"{dt.date.today().year - 15}", json.dumps(morning_households(db))))]
        today = dt.date.today()
        taken = 0
        for back in range(days, 0, -1):
            day = today - dt.timedelta(days=back)
            count = 45 + (back * 37) % 30 + (25 if day.weekday() >= 5 else 0)
            for i, resident in enumerate(people[taken:taken + count]):
                at = dt.datetime.combine(day, dt.time(7 + i % 10, (i * 7) % 60))
                record_intake(db, resident, "collected", desk=str(1 + i % 2), operator=desk,
                              now=at)
            taken += count
    finally:
        db.close()


def screens(app: QApplication, path: Path, tmp: Path, lang: str) -> None:
    install_translators(app, lang)
    db = Database.open(path)
    windows = []
    try:
        def window(name: str, **values):
            win = build_window(db, lang, store(tmp, f"{name}-{lang}", language=lang, **values),
                               require_sign_in=True)
            win.resize(1366, 768)
            win.show()
            windows.append(win)
            return win

        win = window("signin")
        wait_until(lambda: win.signin.name.count() > 0)
        shoot(win, f"signin-{lang}")

        win = window("table")
        sign_in(win, "Tình nguyện viên")
        tickets = win.screens["Tickets"]
        tickets.issue("walk_in")
        wait_until(lambda: tickets.print_state.get((tickets.current or {}).get("id")) in ("printed", "pdf"))
        tickets.refresh()
        wait_until(lambda: tickets.model.rowCount() >= 10)
        shoot(win, f"tickets-{lang}")
        tickets.toggle_bring()
        shoot(win, f"tickets-bring-{lang}")
        later = db.one("SELECT a.household_id, a.id FROM appointments a JOIN sessions s"
                       " ON s.id = a.session_id WHERE s.day > date('now', 'localtime')"
                       " GROUP BY a.household_id ORDER BY s.day, a.slot LIMIT 1 OFFSET ?",
                       (LANGS.index(lang),))  # a household not checked in yet
        if later:  # a letter for another day: said in orange, served with the walk-ins
            tickets.show_ticket_card()
            tickets.scan.setText(letter_code(db, later["household_id"], later["id"]))
            tickets._scanned()
            wait_until(lambda: "letter" in tickets.message.text().lower()
                       or "giấy mời" in tickets.message.text().lower())
            shoot(win, f"tickets-other-day-{lang}")

        win = window("desk1", **{"desk/name": "1"})
        sign_in(win, "Cán bộ Bàn 1")
        desk = win.screens["Desk"]
        wait_until(lambda: desk.members.rowCount() > 0)
        wait_until(lambda: bool(desk.today.text()))
        person = desk.members.record(0)
        desk.search.setText(f"{fold(person['full_name'])} {(person['date_of_birth'] or '')[:4]}")
        wait_until(lambda: desk.results.rowCount() > 0)
        desk.members_view.setFocus()
        desk.members_view.selectRow(2)
        shoot(win, f"desk-{lang}")
        win.lock(by_operator=True)
        shoot(win, f"locked-{lang}")

        win = window("lead")
        sign_in(win, "Trưởng trạm")  # the lead lands on Home: the roster is a screen away
        roster = win.screens["Roster"]
        win.tabs.setCurrentWidget(roster)
        wait_until(lambda: bool(roster.model.index(0, 0).data()))
        shoot(win, f"roster-{lang}")
        dashboard = win.screens["Dashboard"]
        win.tabs.setCurrentWidget(dashboard)
        wait_until(lambda: dashboard.figures is not None)
        dashboard.write("report", "pdf")
        wait_until(lambda: dashboard.open_file.isVisible())
        shoot(win, f"dashboard-{lang}")
        win.tabs.setCurrentWidget(win.screens["Operators"])
        wait_until(lambda: win.screens["Operators"].model.rowCount() >= 4)
        shoot(win, f"operators-{lang}")

        import_dialogs(win, tmp, lang)

        display = DisplayWindow(path, Settings(store(tmp, f"tv-{lang}")))
        display.resize(1920, 1080)
        display.show()
        windows.append(display)
        wait_until(lambda: display.state is not None)
        display.fresh[display.state["serving"]["desks"][0]["seq"]] = time.time()  # a new call
        display._show()
        shoot(display, f"display-{lang}")
    finally:
        for win in windows:
            win.close()
            win.deleteLater()
        settle(0.5)
        db.close()


BAD_ROSTER = """\
Mã hộ,Họ và tên,Giới tính,Ngày sinh,Số định danh cá nhân,Tình trạng thẻ,Thôn/Tổ dân phố
HK1,Nguyễn Văn An,Nam,05/03/1985,,Cần cấp,Thôn Đông
HK1,Lê Thị Bình,Nữ,31/02/1990,,,Thôn Đông
HK1,Nguyễn Văn An,Nam,05/03/1985,,,Thôn Đông
HK2,Trần Văn Chi,X,1990,,,Thôn Tây
HK2,Phạm Thị Dung,Nữ,05/05/1990,040090012345,,Thôn Tây
HK2,Võ Văn 7,Nam,1990,,,Thôn Tây
HK3,Đỗ Văn Em,Nam,1990,,Không rõ,Thôn Tây
"""


def import_dialogs(parent, tmp: Path, lang: str) -> None:
    """The import of a roster with bad rows: the column check, then the result."""
    roster = tmp / "roster-with-errors.csv"
    roster.write_text(BAD_ROSTER, encoding="utf-8")
    table = open_roster(roster, head_only=True)
    columns = MappingDialog(roster, table.headers, map_headers(table.headers), parent)
    columns.show()
    shoot(columns, f"import-columns-{lang}")
    columns.close()
    db = Database.create(tmp / f"import-{lang}.sqlite3", "SHOT01", "Trạm minh họa")
    try:
        lead = operators.add_operator(db, "Trưởng trạm", "lead", PINS["Trưởng trạm"])
        result = import_roster(db, roster, operator=lead)
    finally:
        db.close()
    dialog = ResultDialog(result, parent)
    dialog.resize(760, 380)
    dialog.show()
    shoot(dialog, f"import-result-{lang}")
    dialog.close()


def main() -> int:
    with demo_station(history, morning) as (app, tmp, path):
        for lang in LANGS:
            screens(app, path, tmp, lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
