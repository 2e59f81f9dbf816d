"""docs/screenshots/home-*, navigation-*, home-hq-* (<vi|en>.png) at 1280×720: the lead's home
page after a morning at the demo station (tickets, calls, intakes, a backup), the navigation
with the Booking group open (Alt+4), and HQ's home page with one station enrolled that never
sent a bundle. Run offscreen:
QT_QPA_PLATFORM=offscreen .venv/bin/python -m build.screenshots home"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from build.screenshots import LANGS, PINS, demo_station, shoot, store, wait_until  # noqa: E402
from build.screenshots.floor import history, morning  # noqa: E402
from station_app.services import floor, operators  # noqa: E402
from station_app.services.backups import take_backup  # noqa: E402
from station_app.services.demo import demo_lead  # noqa: E402
from station_app.services.letter_codes import letter_code  # noqa: E402
from station_app.services.operators import add_operator  # noqa: E402
from station_app.storage import Database  # noqa: E402
from station_app.sync import (  # noqa: E402
    create_keys,
    enrol,
    ensure_keys,
    read_identity_file,
    write_identity_file,  # noqa: E402
)
from station_app.ui.app import build_window, install_translators  # noqa: E402

SIZE = (1280, 720)


def window(app, path: Path, tmp: Path, name: str, lang: str, who: str, pin: str):
    install_translators(app, lang)
    win = build_window(Database.open(path), lang, store(tmp, f"{name}-{lang}", language=lang),
                       require_sign_in=True)
    win.resize(*SIZE)
    win.show()
    win.signin.name.setEditText(who)
    win.signin.pin.setText(pin)
    win.signin.submit()
    wait_until(lambda: not win.is_locked())
    return win


def hq_database(tmp: Path, station: Path) -> Path:
    path = tmp / "hq.sqlite3"
    hq = Database.create(path, "HQ", "Công an tỉnh", hq=True)
    create_keys(hq)
    lead = add_operator(hq, "Trưởng phòng", "lead", "1111")
    officer = add_operator(hq, "Cán bộ Sở", "hq", "4444", by=lead)
    db = Database.open(station)
    try:
        ensure_keys(db)
        write_identity_file(db, tmp / "station.id", operator=demo_lead(db))
    finally:
        db.close()
    enrol(hq, read_identity_file(tmp / "station.id"), operator=officer)
    hq.close()
    return path


def arrivals(path: Path) -> None:
    """Households booked this morning come with their letters; a desk collects two people."""
    import datetime as dt

    db = Database.open(path)
    try:
        volunteer = operators.sign_in(db, "Tình nguyện viên", PINS["Tình nguyện viên"])
        desk = operators.sign_in(db, "Cán bộ Bàn 2", PINS["Cán bộ Bàn 2"])
        households = [r["household_id"] for r in db.query(
            "SELECT a.household_id FROM appointments a JOIN sessions s ON s.id = a.session_id"
            " WHERE s.day = ? AND s.opens = '07:00' GROUP BY a.household_id LIMIT 9",
            (dt.date.today().isoformat(),))]
        for household in households:
            floor.scan_at_table(db, letter_code(db, household, None), operator=volunteer)
        floor.desk_action(db, "3", "call_next", operator=desk)
        ticket = floor.current_at_desk(db, "3", operator=desk)
        for person in floor.ticket_people(db, ticket["id"], operator=desk)[:2]:
            floor.record_outcome(db, person["id"], "collected", ticket["id"], "3", operator=desk)
        floor.desk_action(db, "3", "finish", operator=desk)
    finally:
        db.close()


def main() -> int:
    with demo_station(history, morning, arrivals) as (app, tmp, path):
        db = Database.open(path)
        take_backup(db)
        db.close()
        hq = hq_database(tmp, path)
        for lang in LANGS:
            win = window(app, path, tmp, "lead", lang, "Trưởng trạm", PINS["Trưởng trạm"])
            home = win.screens["Home"]
            wait_until(lambda h=home: h.buttons)
            shoot(win, f"home-{lang}")
            win.open_group(4)
            shoot(win, f"navigation-{lang}")
            win.close()
            win = window(app, hq, tmp, "hq", lang, "Cán bộ Sở", "4444")
            home = win.screens["Home"]
            wait_until(lambda h=home: h.buttons)
            shoot(win, f"home-hq-{lang}")
            win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
