"""`make screenshots` (issue 15, letters): docs/screenshots/<screen>-<vi|en>.png of the lead's
Letters (a village's batch written, its first pages previewed), Delivery (stubs scanned) and
Announcements screens at 1366×768, from the seeded demo station (a week of sessions, two
villages booked). Run offscreen:
QT_QPA_PLATFORM=offscreen .venv/bin/python -m build.screenshots letters"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from build.screenshots import (  # noqa: E402
    LANGS,
    close_window,
    demo_station,
    settle,
    shoot,
    sign_in,
    store,
    wait_until,
)
from station_app.services.letter_codes import letter_code  # noqa: E402
from station_app.storage import Database  # noqa: E402
from station_app.ui.app import build_window, install_translators  # noqa: E402


def screens(app: QApplication, path: Path, tmp: Path, lang: str) -> None:
    install_translators(app, lang)
    db = Database.open(path)
    win = build_window(db, lang, store(tmp, f"lead-{lang}", language=lang),
                       require_sign_in=True)
    try:
        win.resize(1366, 768)
        win.show()
        sign_in(win, "Trưởng trạm")

        letters = win.screens["Letters"]
        win.tabs.setCurrentWidget(letters)
        wait_until(lambda: letters.villages.count() > 0)
        letters.villages.item(0).setCheckState(Qt.CheckState.Checked)
        letters.out.setText(str(tmp / "letters" / f"giay-moi-{lang}.pdf"))
        letters.write()
        wait_until(lambda: letters.job is None, timeout=60)
        shoot(win, f"letters-{lang}")

        delivery = win.screens["Delivery"]
        win.tabs.setCurrentWidget(delivery)
        delivery.team.setText("Tổ 3 – Nguyễn Văn Bình")
        rows = db.query("SELECT household_id, appointment_id FROM letters "
                        "WHERE delivered_at IS NULL ORDER BY number LIMIT 6")
        for row in rows:
            delivery.scan.setText(letter_code(db, row["household_id"], row["appointment_id"]))
            delivery.record()
            wait_until(lambda: delivery.scan.text() == "" and bool(delivery.message.text()))
            settle(0.1)
        wait_until(lambda: delivery.model.rowCount() > 0)
        delivery.scan.setFocus()  # where the next stub goes
        shoot(win, f"delivery-{lang}")

        announce = win.screens["Announcements"]
        win.tabs.setCurrentWidget(announce)
        wait_until(lambda: announce.villages.count() > 0)
        shoot(win, f"announcements-{lang}")
    finally:
        close_window(win, db)


def main() -> int:
    with demo_station() as (app, tmp, path):
        for lang in LANGS:
            screens(app, path, tmp, lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
