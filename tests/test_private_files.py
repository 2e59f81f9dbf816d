"""Files of the station are its user's alone: the database folder 0700, the database and its
-wal and -shm 0600, letters and bundles 0600, whatever the umask; a temporary file left by a
killed run is removed at the next start, and nothing the app did not make is touched."""

from __future__ import annotations

import datetime as dt
import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cli_helpers import add_crew, lead_of, run

from station_app.services import letters as L
from station_app.services import sessions as S
from station_app.storage import Database
from station_app.sync import create_keys, enrol, export_bundle, read_identity_file
from station_app.sync.identity import write_identity_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes and SIGKILL")

TODAY = dt.date(2025, 8, 1)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def open_umask():
    """The umask most accounts have (0o022: files 0644, folders 0755 unless the app says)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_init_makes_a_folder_and_files_of_the_user_alone(tmp_path, capsys):
    path = tmp_path / "data" / "station-app" / "station.sqlite3"
    code, _, err = run(capsys, "init", "--station", "XA09", "--name", "Trạm thử", "--db", path)
    assert code == 0, err
    db = Database.open(path)  # open: -wal and -shm are there while a program has it
    try:
        assert Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
        for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            assert mode(file) == 0o600, file
        assert mode(path.parent) == 0o700 and mode(path.parent.parent) == 0o700
    finally:
        db.close()


def test_letters_and_bundles_are_written_for_the_user_alone(roster_db, lead, tmp_path):
    db = roster_db
    S.create_sessions(db, S.week_specs("02/08/2025", "Hội trường", S.parse_hours(
        "07:00-11:30"), 20, 12, days=2), today=TODAY, operator=lead)
    village = db.scalar("SELECT name FROM areas WHERE kind = 'village' ORDER BY name_fold")
    S.book_villages(db, [village], today=TODAY, operator=lead)
    letters = tmp_path / "letters.pdf"
    L.print_letters(db, letters, villages=[village], today=TODAY, operator=lead)
    assert mode(letters) == 0o600
    hq = Database.create(tmp_path / "hq" / "hq.sqlite3", "HQ", "Công an tỉnh", hq=True)
    try:
        assert mode(hq.path) == 0o600 and mode(hq.path.parent) == 0o700
        add_crew(hq)
        for one in (db, hq):
            create_keys(one)
        write_identity_file(hq, tmp_path / "hq.id", operator=lead_of(hq))
        enrol(db, read_identity_file(tmp_path / "hq.id"), operator=lead)
        bundle = tmp_path / "to-hq.bundle"
        export_bundle(db, bundle, to="HQ", operator=lead)
        assert mode(bundle) == 0o600
    finally:
        hq.close()


_KILLED_WRITER = textwrap.dedent("""
    import sys, time
    from station_app.core.files import atomic_file
    target = atomic_file(sys.argv[1])
    target.fh.write(b"%PDF-1.7 half a batch of letters")
    target.fh.flush()
    print(target.tmp, flush=True)
    time.sleep(60)
""")


def _killed_run(out: Path) -> Path:
    """A program killed while it writes ``out``: its temporary file stays behind."""
    proc = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(out)],
                            stdout=subprocess.PIPE, text=True)
    try:
        partial = Path(proc.stdout.readline().strip())
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert partial.exists() and partial.parent == out.parent
    return partial


def test_partial_files_of_a_killed_run_are_removed_at_the_next_start(roster_db_path, lead,
                                                                       tmp_path):
    from station_app.core.files import atomic_file

    outputs = tmp_path / "outputs"
    outputs.mkdir()
    db = Database.open(roster_db_path)
    db.note_output(outputs / "letters.pdf")  # as printing letters there does
    db.close()
    left = [_killed_run(outputs / "letters.pdf"), _killed_run(roster_db_path.with_name("x.bundle"))]
    # what the app did not make, or is writing right now, stays
    others = [outputs / ".letters.pdf.tmp", outputs / ".a.0123abcd.tmp", outputs / "empty.pdf",
              roster_db_path.with_name(".x.0123abcd.other-app.tmp")]
    for other in others:
        other.write_bytes(b"")
    live = atomic_file(outputs / "report.pdf")
    try:
        reopened = Database.open(roster_db_path)  # the next start
        reopened.close()
        assert not any(p.exists() for p in left)
        assert all(p.exists() for p in others)
        assert live.tmp.exists()
    finally:
        live.__exit__(None, None, None)
