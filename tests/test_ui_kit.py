"""Station kits on screen (issue 27): HQ writes a kit on its Station kits screen and reads the
password off it; a new laptop's first screen sets the station up from that kit. Real databases,
real files, the worker thread as the application runs it; screenshots for docs/screenshots."""

from __future__ import annotations

import os

from cli_helpers import CREW
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from test_kit import _hq_template, hq_path  # noqa: F401 (fixtures)
from ui_floor_helpers import settings

from station_app.services.operators import find_operator
from station_app.storage import Database
from station_app.ui import files
from station_app.ui.app import build_window
from station_app.ui.first_run import FirstRunDialog, create_station
from station_app.ui.workers import SyncWorker, Worker

SHOTS = os.environ.get("STATION_APP_SCREENSHOTS")  # a folder: save the screens there


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


def test_hq_writes_a_kit_and_a_new_laptop_starts_from_it(qtbot, hq_path, tmp_path,  # noqa: F811
                                                          monkeypatch):
    db = Database.open(hq_path)
    win = build_window(db, "en", settings(tmp_path, "hq"),
                       operator=find_operator(db, CREW[4][0]), worker=SyncWorker(db.path))
    qtbot.addWidget(win)
    win.resize(1500, 800)
    win.show()
    try:
        screen = win.screens["Station kits"]
        win.tabs.setCurrentWidget(screen)
        qtbot.waitUntil(lambda: screen.villages.count() > 0)
        qtbot.mouseClick(screen.write, Qt.MouseButton.LeftButton)
        assert screen.message.text() == "Enter the station's code and name first."
        qtbot.keyClicks(screen.code, "XA-HB-01")
        screen.name.setText("Trạm UBND xã Hòa Bình")  # as typed with an input method
        for row in (0, 1):
            screen.villages.item(row).setCheckState(Qt.CheckState.Checked)
        kit_file = tmp_path / "XA-HB-01.kit"
        monkeypatch.setattr(files, "save_file",
                            lambda *a, **k: str(kit_file))
        screen.name.setFocus()  # where a person typing the name is
        qtbot.keyClick(screen.name, Qt.Key.Key_Return)  # Enter submits, as the button (HQ trial)
        qtbot.waitUntil(lambda: screen.password.isVisible(), timeout=20000)
        password = screen.password.text()
        assert len(password.replace(" ", "")) == 20 and kit_file.exists()
        assert screen.message.text().startswith(f"Wrote {kit_file} for XA-HB-01")
        qtbot.waitUntil(lambda: screen.kits.rowCount() == 1)
        assert screen.kits.index(0, 4).data() == "waiting for its first bundle"
        assert win.focusWidget() is screen.code  # the next kit starts at its code
        _shot(win, "hq-station-kits.png")
    finally:
        win.close()
        db.close()

    # the new laptop: the first screen, kit mode first
    path = tmp_path / "laptop" / "station.sqlite3"
    worker = Worker(path)
    dialog = FirstRunDialog(path, new_station=True, worker=worker)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        assert dialog.from_kit.isChecked() and not dialog.code.isVisible()
        assert dialog.focusWidget() is dialog.kit_file  # it was the database's path (HQ trial)
        assert dialog.problem() == "Choose the kit file and type its password."
        monkeypatch.setattr(files, "open_file",
                            lambda *a, **k: str(kit_file))
        qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
        assert dialog.kit_file.text() == str(kit_file)
        qtbot.keyClicks(dialog.kit_password, "1111 2222 3333 4444 5555")
        dialog.lead.setText("Nguyễn Văn Hùng")  # as typed with an input method
        qtbot.keyClicks(dialog.pin, "1234")
        qtbot.keyClicks(dialog.pin_again, "1234")
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=20000)
        assert dialog.error.text().startswith("Wrong kit password, or the kit file is damaged")
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert not path.parent.exists() or list(path.parent.iterdir()) == []
        _shot(dialog, "first-run-kit-refused.png")
        dialog.kit_password.clear()
        qtbot.keyClicks(dialog.kit_password, password)
        _shot(dialog, "first-run-kit.png")
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
        create_station(path, **dialog.values())
    finally:
        worker.stop()
    station = Database.open(path)
    try:
        assert (station.station, station.station_name) == ("XA-HB-01", "Trạm UBND xã Hòa Bình")
        assert station.scalar("SELECT count(*) FROM campaigns") == 1
        assert station.scalar("SELECT count(DISTINCT village_id) FROM households") == 2
        assert station.scalar("SELECT name FROM operators") == "Nguyễn Văn Hùng"
        assert station.scalar("SELECT station FROM sync_peers WHERE hq = 1") == "HQ"
        # the Sync screen's list names the kit by its file (it said "station kit" in English)
        assert station.scalar("SELECT file FROM bundle_receipts") == str(kit_file)
    finally:
        station.close()


def test_the_first_screen_still_takes_a_station_by_hand(qtbot, tmp_path):
    dialog = FirstRunDialog(tmp_path / "new.sqlite3", new_station=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.by_hand, Qt.MouseButton.LeftButton)
    assert dialog.code.isVisible() and not dialog.kit_password.isVisible()
    assert dialog.problem().startswith("Enter a station code")
    _shot(dialog, "first-run-by-hand.png")
