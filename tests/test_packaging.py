"""The wheel: it holds every package and the resources (fonts, province codes, translations),
and an installed wheel runs from its own files, not from the source tree."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_for_the_wheel():
    listed = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "station_app").rglob("__init__.py")}
    assert set(listed) == found | {"station_app._resources"}


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The wheel built from a copy of the sources (setuptools would write into the tracked
    build/ folder otherwise), installed with --target into a folder of its own."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts")
    for name in ("station_app", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=skip)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", work / "dist", source], check=True)
    (wheel,) = (work / "dist").glob("*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", work / "site", wheel], check=True)
    shutil.rmtree(source)
    return work / "site"


def _run(site: Path, cwd: Path, *args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(site), "PYTHONSAFEPATH": "1"}
    done = subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True,
                          text=True, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.slow
def test_an_installed_wheel_prints_and_checks_ids_with_its_own_resources(installed, tmp_path):
    where = _run(installed, tmp_path, "-c", "import station_app.resources as r; "
                 "from station_app.core.ids import province_name; "
                 "print(r.RESOURCES); print(province_name('040'))").splitlines()
    assert where == [str(installed / "station_app" / "_resources"), "Nghệ An"]
    for font in ("LiberationSerif-Regular.ttf", "LiberationSans-Bold.ttf"):
        assert (installed / "station_app" / "_resources" / "fonts" / font).is_file()
    assert (installed / "station_app" / "_resources" / "translations" / "station_app_vi.qm"
            ).is_file()

    cli = ["-m", "station_app"]
    db = str(tmp_path / "s.sqlite3")
    _run(installed, tmp_path, *cli, "init", "--db", db, "--station", "XA01", "--name", "Trạm thử")
    _run(installed, tmp_path, *cli, "demo-roster", "--households", "20", "--seed", "3",
         "--out", "r.csv")
    imported = json.loads(_run(installed, tmp_path, *cli, "import-roster", "r.csv", "--db", db,
                               "--json"))  # every personal ID is checked against the codes
    assert imported["imported"] > 20 and not imported["rejected"]
    _run(installed, tmp_path, *cli, "ticket", "issue", "--db", db, "--print", "t.pdf",
         "--size", "58")
    text = PdfReader(tmp_path / "t.pdf").pages[0].extract_text()
    assert "Trạm thử" in text
