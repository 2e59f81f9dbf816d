"""`make screenshots` (issue 15): docs/screenshots/<screen>-<vi|en>.png of the lead's planning
screens at 1366×768 (campaign, sessions, booking, moving a session, the campaign saved), from the demo station (a
week of sessions, two villages booked), a fresh copy for each language. Run offscreen:
QT_QPA_PLATFORM=offscreen .venv/bin/python -m build.screenshots planning"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from build.screenshots import LANGS, settle, shoot, sign_in, store, wait_until  # noqa: E402
from station_app.core.dates import show_date  # noqa: E402
from station_app.services.demo import ensure_demo_station  # noqa: E402
from station_app.storage import Database, copy_database  # noqa: E402
from station_app.ui.app import build_window, install_translators  # noqa: E402


def screens(app: QApplication, path: Path, tmp: Path, lang: str) -> None:
    install_translators(app, lang)
    db = Database.open(path)
    win = build_window(db, lang, store(tmp, f"plan-{lang}", language=lang), require_sign_in=True)
    try:
        win.resize(1366, 768)
        win.show()
        sign_in(win, "Trưởng trạm")

        campaign = win.screens["Campaign"]
        win.tabs.setCurrentWidget(campaign)
        wait_until(lambda: campaign.model.rowCount() > 0)
        year = dt.date.today().year + 1
        campaign.name.setText(f"Cấp CCCD bổ sung {year}")
        campaign.starts.setText(f"01/03/{year}")
        campaign.ends.setText(f"30/06/{year}")
        for row, (low, high, day) in enumerate([("14", "22", f"30/04/{year}"),
                                                ("23", "", f"31/05/{year}")]):
            for field, text in zip(campaign.deadlines[row], (low, high, day)):
                field.setText(text)
        campaign.open_days[6].setChecked(False)  # no sessions on Sundays
        shoot(win, f"planning-campaign-{lang}")

        sessions = win.screens["Sessions"]
        win.tabs.setCurrentWidget(sessions)
        wait_until(lambda: sessions.model.rowCount() > 0)
        sessions.first_day.setText(show_date(dt.date.today() + dt.timedelta(days=7)))
        sessions.place.setText("Nhà văn hóa thôn Đông")
        sessions.table.selectRow(2)
        shoot(win, f"planning-sessions-{lang}")

        booking = win.screens["Booking"]
        win.tabs.setCurrentWidget(booking)
        wait_until(lambda: booking.villages.rowCount() > 0)
        for row in (2, 4, 3):
            booking.add_village(booking.villages.record(row))
        booking.start_booking()
        wait_until(lambda: not booking.busy())
        booking.village_table.selectRow(3)
        shoot(win, f"planning-booking-{lang}")
        booking.results.setCurrentIndex(1)
        shoot(win, f"planning-booking-unplaced-{lang}")

        move = win.screens["Move a session"]
        win.tabs.setCurrentWidget(move)
        wait_until(lambda: move.session.count() > 2)
        move.session.setCurrentIndex(2)
        later = dt.date.fromisoformat(move.chosen()["day"]) + dt.timedelta(days=8)
        move.day.setText(show_date(later))
        move.reason.setText("Mất điện theo lịch của điện lực")
        move.move_session()
        wait_until(lambda: move.written is not None or "#b00020" in move.message.styleSheet())
        shoot(win, f"planning-move-{lang}")

        # last: a new campaign would change what the screens above show
        win.tabs.setCurrentWidget(campaign)
        campaign.save_campaign()
        wait_until(lambda: "“" in campaign.message.text())
        shoot(win, f"planning-campaign-saved-{lang}")
    finally:
        win.close()
        win.deleteLater()
        settle(0.3)
        db.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        demo = ensure_demo_station(tmp / "demo.sqlite3")
        for lang in LANGS:
            screens(app, copy_database(demo, tmp / f"demo-{lang}.sqlite3"), tmp, lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
