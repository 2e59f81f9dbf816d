"""`make screenshots` (issue 15, roster edits): docs/screenshots/roster-edit-<vi|en>.png, a
resident opened from the roster by the lead, with the history of an earlier correction and an
ID being typed that disagrees with the birth year, and roster-add-household-<vi|en>.png, at
1366×768 (the dialog drawn over the window where it opens). Run offscreen:
QT_QPA_PLATFORM=offscreen .venv/bin/python -m build.screenshots roster_edits"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from build.screenshots import (  # noqa: E402
    LANGS,
    OUT,
    PINS,
    ROOT,
    close_window,
    demo_station,
    settle,
    sign_in,
    store,
    wait_until,
)
from station_app.services import operators  # noqa: E402
from station_app.services.roster_edits import edit_resident  # noqa: E402
from station_app.storage import Database  # noqa: E402
from station_app.ui.app import build_window, install_translators  # noqa: E402
from station_app.ui.roster_edit import HouseholdDialog  # noqa: E402


def corrected_resident(path: Path) -> dict:
    """A resident with an ID whose name and card status the lead corrected this morning."""
    db = Database.open(path)
    try:
        lead = operators.sign_in(db, "Trưởng trạm", PINS["Trưởng trạm"])
        person = db.one("SELECT id, full_name FROM residents WHERE personal_id IS NOT NULL"
                        " AND length(dob) = 10 AND relation IS NOT NULL ORDER BY id LIMIT 1")
        words = person["full_name"].split()
        edit_resident(db, person["id"], {"full_name": " ".join([*words[:-1], "Thị", words[-1]])
                                         if len(words) == 2 else person["full_name"] + " Anh",
                                         "card_status": "has_card"}, operator=lead)
        edit_resident(db, person["id"], {"card_status": "needs_card"}, operator=lead)
        return db.one("SELECT id, full_name, dob, personal_id FROM residents WHERE id = ?",
                      (person["id"],))
    finally:
        db.close()


def shoot_over(win, dialog, name: str) -> None:
    """The window with the dialog drawn where it opens (centred on the window)."""
    OUT.mkdir(parents=True, exist_ok=True)
    settle()
    picture = win.grab()
    painter = QPainter(picture)
    shot = dialog.grab()
    x, y = (picture.width() - shot.width()) // 2, (picture.height() - shot.height()) // 2
    painter.drawPixmap(x, y, shot)
    painter.setPen(QColor("#5a6b7d"))  # the dialog's edge, which offscreen has no frame
    painter.drawRect(x - 1, y - 1, shot.width() + 1, shot.height() + 1)
    painter.end()
    path = OUT / f"{name}.png"
    picture.save(str(path))
    print(path.relative_to(ROOT))


def screens(app: QApplication, path: Path, tmp: Path, lang: str, person: dict) -> None:
    install_translators(app, lang)
    db = Database.open(path)
    win = build_window(db, lang, store(tmp, f"lead-{lang}", language=lang), require_sign_in=True)
    try:
        win.resize(1366, 768)
        win.show()
        sign_in(win, "Trưởng trạm")
        roster = win.screens["Roster"]
        roster.search_box.setText(person["full_name"])
        wait_until(lambda: roster.model.rowCount() > 0 and roster.model.row(0) is not None
                   and roster.model.row(0)["id"] == person["id"])
        roster.table.selectRow(0)
        dialog = roster.edit_selected()
        wait_until(lambda: dialog.history.rowCount() > 0)
        dialog.resize(900, 640)
        wrong_year = int(person["personal_id"][4:6]) ^ 1
        dialog.personal_id.setText(f"{person['personal_id'][:4]}{wrong_year:02d}"
                                   f"{person['personal_id'][6:]}")
        dialog.personal_id.setFocus()
        shoot_over(win, dialog, f"roster-edit-{lang}")
        dialog.reject()

        household = HouseholdDialog(win.ctx.worker, win.ctx.session, win)
        household.show()
        wait_until(lambda: household.village.count() > 1)
        household.code.setText("HB-0999")
        household.village.setCurrentIndex(1)
        household.address.setText("Xóm Bãi, đường liên thôn")
        household.head_name.setText("Đinh Văn Tư")
        household.phone.setText("0912 345 678")
        household.code.setFocus()
        shoot_over(win, household, f"roster-add-household-{lang}")
        household.reject()
    finally:
        close_window(win, db)


def main() -> int:
    with demo_station() as (app, tmp, path):
        person = corrected_resident(path)
        for lang in LANGS:
            screens(app, path, tmp, lang, person)
    return 0


if __name__ == "__main__":
    sys.exit(main())
