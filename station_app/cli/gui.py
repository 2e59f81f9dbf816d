"""gui [--demo]: the graphical application (imports Qt only when run). On a Linux desktop,
first checks the system libraries Qt's X11 (xcb) platform plugin loads: without one of them Qt
aborts with a page of plugin diagnostics, so the command says in one line what to install."""

from __future__ import annotations

import ctypes
import os
import sys
import threading
from pathlib import Path

# Debian/Ubuntu package -> the library Qt's xcb platform plugin needs from it
XCB_LIBRARIES = {
    "libxcb-cursor0": "libxcb-cursor.so.0",
    "libxcb-icccm4": "libxcb-icccm.so.4",
    "libxcb-image0": "libxcb-image.so.0",
    "libxcb-keysyms1": "libxcb-keysyms.so.1",
    "libxcb-render-util0": "libxcb-render-util.so.0",
    "libxkbcommon-x11-0": "libxkbcommon-x11.so.0",
}


def register(sub, common) -> None:
    p = sub.add_parser("gui", parents=[common], help="open the station window (the default)")
    p.add_argument("--demo", action="store_true",
                   help="open a seeded demo station (created on first use in the data folder)")
    p.set_defaults(func=cmd_gui)


def missing_packages(libraries: dict[str, str] = XCB_LIBRARIES) -> list[str]:
    """The packages whose library the system cannot load."""
    missing = []
    for package, library in libraries.items():
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(package)
    return missing


def xcb_problem(environ=os.environ, libraries: dict[str, str] = XCB_LIBRARIES) -> str | None:
    """One line saying what to install when Qt would open its window through X11 (xcb) and a
    library it needs is missing; None otherwise (another platform, a Wayland session)."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or (platform and not platform.startswith("xcb")):
        return None
    if not platform and environ.get("XDG_SESSION_TYPE") == "wayland":
        return None
    missing = missing_packages(libraries)
    if not missing:
        return None
    return ("Qt cannot open its window: the system lacks libraries of its X11 (xcb) plugin; "
            f"install them (Debian/Ubuntu): sudo apt-get install {' '.join(missing)}")


def stretch_passphrase_early(path: Path) -> threading.Thread:
    """Unlock ``path`` with this process's passphrase (STATION_APP_PASSPHRASE) in a thread,
    while Qt and the window's modules load: scrypt (about 0.4 s) runs outside Python's lock, on
    the laptop's other core, and ``keys`` keeps its result, so the unlock at start-up that
    follows is immediate. Nothing is decided here: any error (no passphrase, a wrong one, no
    key file) is left to that unlock, which says it as before."""
    from station_app.storage import keys

    def unlock() -> None:
        try:
            keys.database_key(path)
        except Exception:  # noqa: BLE001, S110 - the start-up's own unlock reports it
            pass

    thread = threading.Thread(target=unlock, name="unlock-early", daemon=True)
    thread.start()
    return thread


def cmd_gui(args) -> int:
    problem = xcb_problem()
    if problem:
        print(f"station-app: {problem}", file=sys.stderr)
        return 1
    early = None if args.demo else stretch_passphrase_early(Path(args.db))
    from station_app.ui.app import run

    if early is not None:
        early.join()  # never two scrypts at once
    return run(args)
