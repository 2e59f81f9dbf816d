"""docs/screenshots/kits-hq-<vi|en>.png (HQ's Station kits screen at 1366×768, a kit just
written: its password shown once, the earlier kit that set up a laptop) and
first-run-kit-<vi|en>.png (a new laptop's first screen set up from that kit). Real databases
and files: HQ with a demo roster and a campaign. Run offscreen:
QT_QPA_PLATFORM=offscreen .venv/bin/python -m build.screenshots kits"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("STATION_APP_PASSPHRASE", "mật khẩu trạm ảnh chụp")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from build.screenshots import LANGS, shoot, store, wait_until  # noqa: E402
from station_app.services.demo_roster import write_demo_roster  # noqa: E402
from station_app.services.kits import set_up_from_kit, write_kit  # noqa: E402
from station_app.services.operators import add_operator, find_operator  # noqa: E402
from station_app.services.roster_import import import_roster  # noqa: E402
from station_app.services.sessions import create_campaign, parse_deadline  # noqa: E402
from station_app.storage import Database  # noqa: E402
from station_app.sync import create_keys, export_bundle, import_bundle  # noqa: E402
from station_app.sync.kit import open_kit  # noqa: E402
from station_app.ui.app import build_window, install_translators  # noqa: E402
from station_app.ui.first_run import FirstRunDialog  # noqa: E402
from station_app.ui.workers import Worker  # noqa: E402

HQ_NAME, HQ_PIN = "Cán bộ Sở", "4444"


def hq_station(tmp: Path) -> Path:
    path = tmp / "hq.sqlite3"
    db = Database.create(path, "HQ", "Công an tỉnh", hq=True)
    create_keys(db)
    hq = add_operator(db, HQ_NAME, "hq", HQ_PIN)
    write_demo_roster(tmp / "roster.csv", households=400, seed=3)
    import_roster(db, tmp / "roster.csv", operator=hq)
    create_campaign(db, "CCCD 2026", [parse_deadline("14-22:31/08/2027")], operator=hq)
    # an earlier kit that set up its laptop
    kit = write_kit(db, tmp / "XA-TL-02.kit", "XA-TL-02", "Trạm trường THCS Tân Lập", None,
                    operator=hq)
    laptop = set_up_from_kit(tmp / "tl02.sqlite3", open_kit(
        (tmp / "XA-TL-02.kit").read_bytes(), kit["password"]), "Trưởng trạm", "1111")
    export_bundle(laptop, tmp / "first.bundle", operator=find_operator(laptop, "Trưởng trạm"))
    laptop.close()
    import_bundle(db, tmp / "first.bundle", operator=hq)
    db.close()
    return path


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for lang in LANGS:
            (tmp / lang).mkdir()
            hq_path = hq_station(tmp / lang)
            install_translators(app, lang)
            db = Database.open(hq_path)
            win = build_window(db, lang, store(tmp, f"hq-{lang}", language=lang),
                               operator=find_operator(db, HQ_NAME))
            win.resize(1366, 768)
            win.show()
            screen = win.screens["Station kits"]
            win.tabs.setCurrentWidget(screen)
            wait_until(lambda s=screen: s.villages.count() > 0 and s.kits.rowCount() > 0)
            before = screen.kits.rowCount()
            screen.code.setText("XA-HB-01")
            screen.name.setText("Trạm UBND xã Hòa Bình")
            for row in (0, 2):
                screen.villages.item(row).setCheckState(Qt.CheckState.Checked)
            kit_file = tmp / f"XA-HB-01-{lang}.kit"
            screen.write_to(str(kit_file))
            wait_until(lambda s=screen, n=before: s.password.isVisible() and s.kits.rowCount() > n)
            password = screen.password.text()
            shoot(win, f"kits-hq-{lang}")
            win.close()
            db.close()

            worker = Worker(tmp / f"new-{lang}.sqlite3")
            dialog = FirstRunDialog(Path.home() / ".local/share/station-app/station.sqlite3",
                                    new_station=True, worker=worker)
            dialog.kit_file.setText(f"/media/usb/{kit_file.name}")
            dialog.kit_password.setText(password)
            dialog.lead.setText("Nguyễn Văn Hùng")
            dialog.pin.setText("1234")
            dialog.pin_again.setText("1234")
            dialog.show()
            shoot(dialog, f"first-run-kit-{lang}")
            dialog.close()
            worker.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
