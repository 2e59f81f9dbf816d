"""Screenshots of the backups (issue 17): the lead's Backups screen with the backup status in the
status line, and a damaged database reported at start, at 1366×768 in Vietnamese and English.
Run offscreen: QT_QPA_PLATFORM=offscreen .venv/bin/python -m build.screenshots backups"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from build.screenshots import LANGS, OUT, ROOT, shoot, sign_in, store, wait_until  # noqa: E402
from station_app.core.sqlite import sqlite3  # noqa: E402
from station_app.services import backups  # noqa: E402
from station_app.services.demo import ensure_demo_station  # noqa: E402
from station_app.services.operators import find_operator  # noqa: E402
from station_app.storage import Database, copy_database, keys  # noqa: E402
from station_app.ui.app import build_window, install_translators  # noqa: E402
from station_app.ui.backups import BackupKeeper  # noqa: E402


def with_backups(path: Path, usb: Path) -> None:
    """A USB stick chosen, and the backups of a morning there (the last one taken now)."""
    db = Database.open(path)
    try:
        lead = find_operator(db, "Trưởng trạm")
        backups.set_backup_settings(db, usb, keep=24, operator=lead)
        now = dt.datetime.now().replace(microsecond=0)
        for hours in (3, 2, 1):
            backups.take_backup(db, now=now - dt.timedelta(hours=hours))
    finally:
        db.close()


def damaged_copy(path: Path, target: Path) -> Path:
    """A copy of the station with some of the residents' pages overwritten (a bad disk)."""
    copy_database(path, target)
    conn = sqlite3.connect(target)
    conn.execute(keys.key_pragma(keys.database_key(target)))
    conn.execute("PRAGMA journal_mode = DELETE")
    size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    middle = target.stat().st_size // size // 2  # the residents are most of the file
    with open(target, "r+b") as fh:
        for page in range(middle, middle + 4):
            fh.seek((page - 1) * size)
            fh.write(b"\xff" * 64)
    return target


def window(path: Path, tmp: Path, lang: str, name: str, keeper: BackupKeeper):
    db = Database.open(path)
    win = build_window(db, lang, store(tmp, f"{name}-{lang}", language=lang),
                       require_sign_in=True, backups=keeper)
    win.resize(1366, 768)
    win.show()
    return win, db


def screens(app: QApplication, path: Path, damaged: Path, tmp: Path, lang: str) -> None:
    install_translators(app, lang)
    keeper = BackupKeeper(path)
    win, db = window(path, tmp, lang, "backups", keeper)
    try:
        keeper.start()
        wait_until(lambda: keeper.status is not None, timeout=60)
        sign_in(win, "Trưởng trạm")
        screen = win.screens["Backups"]
        win.tabs.setCurrentWidget(screen)
        wait_until(lambda: screen.model.rowCount() >= 4)
        screen.bundle.setText(str(tmp / f"{screen.station}-final.bundle"))
        shoot(win, f"backups-{lang}")
    finally:
        keeper.stop()
        win.close()
        db.close()

    keeper = BackupKeeper(damaged)
    win, db = window(damaged, tmp, lang, "damaged", keeper)
    try:
        keeper.start()
        wait_until(lambda: keeper.box is not None and keeper.box.isVisible(), timeout=60)
        box = keeper.box
        wait_until(lambda: win.signin.name.count() > 0)
        # the window with the message over its middle, as the lead sees it (offscreen, each
        # top-level window is grabbed alone)
        image = win.grab()
        painter = QPainter(image)
        corner = image.rect().center() - box.rect().center()
        painter.drawPixmap(corner, box.grab())
        painter.drawRect(QRect(corner, box.size()).adjusted(-1, -1, 0, 0))
        painter.end()
        OUT.mkdir(parents=True, exist_ok=True)
        image.save(str(OUT / f"damaged-{lang}.png"))
        print((OUT / f"damaged-{lang}.png").relative_to(ROOT))
        box.close()
    finally:
        keeper.stop()
        win.close()
        db.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        path = tmp / "station.sqlite3"
        ensure_demo_station(path)
        usb = tmp / "USB-TRAM"
        usb.mkdir()
        with_backups(path, usb)
        (tmp / "damaged").mkdir()
        damaged = damaged_copy(path, tmp / "damaged" / "station.sqlite3")
        for lang in LANGS:
            screens(app, path, damaged, tmp, lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
