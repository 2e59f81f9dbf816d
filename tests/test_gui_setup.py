"""On a Linux desktop without the X11 (xcb) libraries Qt's plugin loads, `station-app gui`
(and so `make run`) says in one line which packages to install, instead of Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from station_app.cli.gui import XCB_LIBRARIES, missing_packages, xcb_problem

PRESENT = {"libc6": "libc.so.6"}
ABSENT = {"libstation-absent0": "libstation-absent.so.0"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_a_missing_library_is_named_by_its_package():
    assert missing_packages({**PRESENT, **ABSENT}) == ["libstation-absent0"]
    said = xcb_problem({"DISPLAY": ":0"}, {**PRESENT, **ABSENT})
    assert said.endswith("sudo apt-get install libstation-absent0") and "\n" not in said
    assert xcb_problem({"DISPLAY": ":0"}, PRESENT) is None
    # another platform, or a Wayland session: not asked
    assert xcb_problem({"QT_QPA_PLATFORM": "offscreen"}, ABSENT) is None
    assert xcb_problem({"XDG_SESSION_TYPE": "wayland"}, ABSENT) is None
    assert xcb_problem({"QT_QPA_PLATFORM": "xcb"}, ABSENT) is not None


@pytest.mark.skipif(not sys.platform.startswith("linux") or not missing_packages(),
                    reason="this system has every library of the xcb plugin")
def test_the_gui_command_says_what_to_install_in_one_line(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}
    done = subprocess.run([sys.executable, "-m", "station_app", "gui", "--db",
                           str(tmp_path / "s.sqlite3")], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].endswith(" ".join(missing_packages()))
    assert set(missing_packages()) <= set(XCB_LIBRARIES)
