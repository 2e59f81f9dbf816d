"""A full disk (issue 24): every write path on a real small file system that fills up says so in
one translated line naming the file and the disk, writes nothing half, and prints no
traceback. The disk is a 6 MiB tmpfs mounted for the test (as root; otherwise skipped)."""

from __future__ import annotations

import datetime as dt
import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
import test_sync
from cli_helpers import CREW, lead_of
from conftest import TEST_PASSPHRASE

from station_app.storage import Database, copy_database
from station_app.sync import export_bundle

_sites_template, sites = test_sync._sites_template, test_sync.sites
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def disk(tmp_path):
    """A small file system of its own (a USB stick, a laptop's disk), unmounted after."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m,mode=0700", "tmpfs",
                              str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.decode().strip()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=True)


def fill(folder: Path, leave: int = 0) -> None:
    """Fill the file system of ``folder`` but ``leave`` bytes."""
    with open(folder / "filler", "wb") as f:
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    if leave:
        size = (folder / "filler").stat().st_size
        os.truncate(folder / "filler", max(0, size - leave))


def cli(*argv, who=CREW[0]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "station_app", *map(str, argv)], capture_output=True, text=True,
        timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT), "STATION_APP_OPERATOR": who[0],
                          "STATION_APP_PIN": who[2], "STATION_APP_PASSPHRASE": TEST_PASSPHRASE})


def assert_refused(done: subprocess.CompletedProcess, target, disk: Path) -> None:
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1 and len(lines) == 1, done.stderr
    assert str(target) in lines[0] and f"disk at {disk} is full" in lines[0], lines[0]


def left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "filler")


def _plan(path) -> None:
    day = (dt.date.today() + dt.timedelta(days=3)).strftime("%d/%m/%Y")
    deadline = (dt.date.today() + dt.timedelta(days=30)).strftime("%d/%m/%Y")
    for argv in (("schedule", "campaign", "--name", "Đợt 1", "--deadline", f"14+:{deadline}"),
                 ("schedule", "week", "--start", day, "--days", 2, "--place", "Hội trường"),
                 ("schedule", "book", "--village", "thon dong")):
        done = cli(*argv, "--db", path)
        assert done.returncode == 0, done.stderr


@pytest.mark.slow
def test_reports_letters_backups_on_a_full_disk(roster_db_path, disk):
    _plan(roster_db_path)
    for leave in (0, 4 * 1024):  # full already; fills up during the write (each file > 4 KiB)
        fill(disk, leave)
        for argv, target in (
                (("report", "missing", "--out"), disk / "missing.xlsx"),
                (("report", "--out"), disk / "report.pdf"),
                (("report", "--out"), disk / "report.xlsx"),
                (("letters", "--village", "thon dong", "--out"), disk / "letters.pdf"),
                (("backup", "--to"), disk)):
            done = cli(*argv, target, "--db", roster_db_path)
            assert_refused(done, target, disk)
            assert left(disk) == [], (argv, left(disk))
        (disk / "filler").unlink()
    # the station is whole and goes on
    assert cli("check", "--db", roster_db_path).returncode == 0


@pytest.mark.slow
def test_a_bundle_imported_into_a_database_on_a_full_disk(sites, disk):
    hq, xa01, folder = sites["hq"], sites["xa01"], sites["dir"]
    bundle = folder / "roster.bundle"
    export_bundle(hq, bundle, to=xa01.station, operator=lead_of(hq))
    xa01.close()
    hq.close()
    for leave in (0, 8 * 1024):  # the bundle to a full USB stick
        fill(disk, leave)
        target = disk / "roster.bundle"
        done = cli("export-bundle", "--out", target, "--to", "XA01", "--db", hq.path)
        assert_refused(done, target, disk)
        assert left(disk) == []
        (disk / "filler").unlink()
    path = copy_database(xa01.path, disk / "xa01.sqlite3")
    before = {p.name for p in disk.iterdir()}
    fill(disk, 64 * 1024)
    done = cli("import-bundle", bundle, "--db", path)
    assert_refused(done, path, disk)
    assert {p.name for p in disk.iterdir()} - {"filler"} <= before | {"xa01.sqlite3-wal",
                                                                      "xa01.sqlite3-shm"}
    (disk / "filler").unlink()
    db = Database.open(path)
    try:
        assert db.scalar("SELECT count(*) FROM residents") == 0  # nothing half-merged
        assert db.scalar("PRAGMA integrity_check") == "ok"
    finally:
        db.close()
    assert cli("import-bundle", bundle, "--db", path).returncode == 0


def test_a_killed_backup_leaves_nothing_the_next_start_does_not_remove(roster_db_path, tmp_path):
    """`backup --to DIR` killed while it copies: its temporary file and SQLite's -journal beside
    it are removed by the next program that opens the station (the backup folder is swept)."""
    folder = tmp_path / "stick"
    folder.mkdir()
    assert cli("backup", "--to", folder, "--db", roster_db_path).returncode == 0
    kept = set(os.listdir(folder))
    caught: set[str] = set()
    for _ in range(200):  # until a kill lands while the copy and its journal are there
        proc = subprocess.Popen(
            [sys.executable, "-m", "station_app", "backup", "--db", str(roster_db_path)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**os.environ, "STATION_APP_OPERATOR": CREW[0][0],
                 "STATION_APP_PIN": CREW[0][2], "STATION_APP_PASSPHRASE": TEST_PASSPHRASE})
        while proc.poll() is None:
            names = set(os.listdir(folder)) - kept
            if any(n.endswith("-journal") for n in names):
                proc.kill()
                break
        proc.wait()
        caught = set(os.listdir(folder)) - kept
        if any(n.endswith("-journal") for n in caught):
            break
        for name in caught:  # a backup that finished: not the case to test
            (folder / name).unlink()
    assert any(n.endswith(".station-app.tmp-journal") for n in caught), caught
    assert any(n.endswith(".station-app.tmp") for n in caught), caught
    Database.open(roster_db_path).close()  # the next program to open the station
    assert set(os.listdir(folder)) == kept
