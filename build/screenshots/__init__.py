"""`make screenshots` (`python -m build.screenshots [NAME...]`): docs/screenshots/<screen>-<vi|en>.png
at 1366×768 (the display at 1920×1080), each screen in both languages (SHOT_LANGS=vi,en), from
stations seeded here. One module a part of the product, each with a ``main()``; ``__main__``
runs them all, or those named. This package holds what they share: waiting for a screen,
laptop settings in a file, signing in, and the shot itself. Run offscreen:
QT_QPA_PLATFORM=offscreen .venv/bin/python -m build.screenshots"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from station_app.services.demo import DEMO_OPERATORS, ensure_demo_station  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent.parent
OUT = ROOT / "docs" / "screenshots"
LANGS = tuple(os.environ.get("SHOT_LANGS", "vi,en").split(","))
PINS = {name: pin for name, _role, pin in DEMO_OPERATORS}


def wait_until(condition, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not reach the expected state")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def store(tmp: Path, name: str = "laptop", **values) -> QSettings:
    """Laptop settings in a file of their own: tickets saved as PDF (reports too, under
    ``tmp``), no chime, no voice."""
    s = QSettings(str(tmp / f"{name}.ini"), QSettings.Format.IniFormat)
    s.setValue("printer/mode", "pdf")
    s.setValue("printer/folder", str(tmp / "tickets"))
    s.setValue("reports/folder", str(tmp / "reports"))
    s.setValue("display/chime", False)
    s.setValue("display/voice", False)
    for key, value in values.items():
        s.setValue(key, value)
    return s


def sign_in(win, name: str) -> None:
    win.signin.name.setEditText(name)
    win.signin.pin.setText(PINS[name])
    win.signin.submit()
    wait_until(lambda: not win.is_locked())


def shoot(widget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT))


@contextmanager
def demo_station(*prepare):
    """(the QApplication, a temporary folder, a new demo station in it), the station passed to
    each ``prepare(path)`` first."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        path = tmp / "demo.sqlite3"
        ensure_demo_station(path)
        for step in prepare:
            step(path)
        yield app, tmp, path


def close_window(win, db) -> None:
    """A shot window closed and its station with it."""
    win.close()
    win.deleteLater()
    settle(0.5)
    db.close()
