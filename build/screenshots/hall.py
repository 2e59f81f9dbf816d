"""docs/screenshots/hall-*-<vi|en>.png at 1366×768: the hall network screen of the host (two
desk laptops joined, a join code shown), of a laptop about to join (its code typed), and a
joined desk laptop working without the host (the status bar's mark). Real laptops: each its own
database, the host's server on 127.0.0.1. Run offscreen:
QT_QPA_PLATFORM=offscreen .venv/bin/python -m build.screenshots hall"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from build.screenshots import LANGS, shoot, store, wait_until  # noqa: E402
from station_app.services import hall  # noqa: E402
from station_app.services.hall_server import HallServer  # noqa: E402
from station_app.services.operators import add_operator, find_operator  # noqa: E402
from station_app.storage import Database  # noqa: E402
from station_app.ui.app import build_window, install_translators  # noqa: E402

LEAD, PIN = "Trưởng trạm", "1111"


def laptop(path: Path) -> Path:
    db = Database.create(path, "XA-HB-01", "Trạm UBND xã Hòa Bình")
    add_operator(db, LEAD, "lead", PIN)
    db.close()
    return path


def window(app, path: Path, tmp: Path, name: str, lang: str):
    install_translators(app, lang)
    win = build_window(Database.open(path), lang, store(tmp, f"{name}-{lang}", language=lang),
                       require_sign_in=True)
    win.resize(1366, 768)
    win.show()
    win.signin.name.setEditText(LEAD)
    win.signin.pin.setText(PIN)
    win.signin.submit()
    wait_until(lambda: not win.is_locked())
    return win


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        host_path = laptop(tmp / "host.sqlite3")
        db = Database.open(host_path)
        lead = find_operator(db, LEAD)
        hall.become_host(db, 0, operator=lead)
        server = HallServer(host_path, "127.0.0.1").start()
        desks = []
        for n in (1, 2):
            desk = laptop(tmp / f"desk{n}.sqlite3")
            ddb = Database.open(desk)
            hall.join(ddb, hall.new_join_code(db, "127.0.0.1", operator=lead),
                      f"Bàn {n}", operator=find_operator(ddb, LEAD))
            ddb.close()
            desks.append(desk)
        newcomer = laptop(tmp / "desk3.sqlite3")
        code = hall.new_join_code(db, "192.168.1.10", operator=lead)
        db.close()
        try:
            for lang in LANGS:
                win = window(app, host_path, tmp, "host", lang)
                screen = win.screens["Hall network"]
                win.tabs.setCurrentWidget(screen)
                screen.new_code.click()
                wait_until(lambda s=screen: s.code.toPlainText() and s.model.rowCount() == 2)
                shoot(win, f"hall-host-{lang}")
                win.close()

                win = window(app, newcomer, tmp, "join", lang)
                screen = win.screens["Hall network"]
                win.tabs.setCurrentWidget(screen)
                screen.label.setText("Bàn 3")
                screen.join_code.setText(code)
                shoot(win, f"hall-join-{lang}")
                win.close()
        finally:
            server.stop()
        for lang in LANGS:  # the host is gone: a desk laptop says so, and goes on
            win = window(app, desks[0], tmp, "offline", lang)
            win.tabs.setCurrentWidget(win.screens["Desk"])
            win._ask_hall()
            wait_until(lambda w=win: w.hall_mark.text())
            shoot(win, f"hall-without-host-{lang}")
            win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
