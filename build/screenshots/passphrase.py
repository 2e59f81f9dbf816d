"""`make screenshots` (one more line): docs/screenshots/passphrase-<vi|en>.png, the passphrase
page that opens the encrypted station (here after a PIN was typed instead of the passphrase),
passphrase-new-<vi|en>.png, the same page on a new station, and passphrase-hq-<vi|en>.png,
HQ's page (its staff, not a station lead, type HQ's passphrase), at 1366×768 as they see
them at start (the page alone on the screen). Run offscreen:
QT_QPA_PLATFORM=offscreen .venv/bin/python -m build.screenshots passphrase"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget  # noqa: E402

from build.screenshots import shoot  # noqa: E402
from station_app.storage import Database, keys  # noqa: E402
from station_app.ui.app import install_translators  # noqa: E402
from station_app.ui.passphrase import PassphraseDialog  # noqa: E402
from station_app.ui.workers import SyncWorker  # noqa: E402


def page(path: Path, new: bool, hq: bool = False) -> tuple[QWidget, PassphraseDialog]:
    """The page centred on a 1366×768 screen."""
    screen = QWidget()
    screen.setStyleSheet("QWidget#screen { background: #3b4a5a; }")
    screen.setObjectName("screen")
    screen.resize(1366, 768)
    dialog = PassphraseDialog(path, SyncWorker(path), new=new, hq=hq)
    dialog.setWindowFlags(Qt.WindowType.Widget)
    dialog.setAutoFillBackground(True)
    layout = QGridLayout(screen)
    layout.addWidget(dialog, 0, 0, Qt.AlignmentFlag.AlignCenter)
    screen.show()
    return screen, dialog


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "station.sqlite3"
        Database.create(path, "XA-HB-01", "Trạm lưu động xã Hòa Bình",
                        passphrase="lúa chín vàng đồng Hòa Bình").close()
        hq_path = Path(tmp) / "hq.sqlite3"
        Database.create(hq_path, "HQ-NA", "Công an tỉnh Nghệ An", hq=True,
                        passphrase="lúa chín vàng đồng Hòa Bình").close()
        for lang in ("vi", "en"):
            install_translators(app, lang)
            screen, dialog = page(path, new=False)
            dialog.passphrase.setText("1111")  # a PIN, typed where the passphrase goes
            dialog.submit()
            assert dialog.buttons.isEnabled()  # refused at once (SyncWorker)
            shoot(screen, f"passphrase-{lang}")
            screen.close()
            screen, dialog = page(Path(tmp) / "new.sqlite3", new=True)
            dialog.passphrase.setText("lúa chín vàng")
            dialog.again.setText("lúa chín vàng")
            shoot(screen, f"passphrase-new-{lang}")
            screen.close()
            screen, _dialog = page(hq_path, new=False, hq=True)
            shoot(screen, f"passphrase-hq-{lang}")
            screen.close()
            keys.use_passphrase(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
