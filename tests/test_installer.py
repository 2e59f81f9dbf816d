"""The installed app, tested: ``make installer``'s build (installer.spec) into a throw-away
folder, then ``--self-test`` run from the built folder, as on a station laptop (no source
checkout, no virtual environment: the program finds its fonts, translations and migrations
inside the build), and names the step that fails when something is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def test_the_built_folder_passes_its_self_test(tmp_path):
    dist, work = tmp_path / "dist", tmp_path / "work"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "installer.spec"), "--noconfirm",
         "--log-level", "WARN", "--workpath", str(work), "--distpath", str(dist)],
        cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    program = dist / "station-app" / ("station-app.exe" if os.name == "nt" else "station-app")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "STATION_APP_PASSPHRASE"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run([str(program), "--self-test"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "self-test: passed"
    assert "restore the backup" in done.stdout

    # a build that lost its fonts cannot print letters: the step is named, exit code 1
    fonts = dist / "station-app" / "_internal" / "resources" / "fonts"
    assert fonts.is_dir()
    fonts.rename(fonts.with_name("fonts-lost"))
    broken = subprocess.run([str(program), "--self-test"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=300)
    assert broken.returncode == 1
    assert "failed at 'write a letter PDF'" in broken.stderr, broken.stdout + broken.stderr
