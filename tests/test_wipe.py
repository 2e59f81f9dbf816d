"""End of the campaign: the final bundle reaches HQ with the wipe's audit entry, then the
station's files (database, backups, the file a restore put aside, letters, reports) are
overwritten and removed. Checked through hard links made before the wipe: the very bytes the
files held are gone, and the one file kept (the bundle) holds no resident in clear."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from pathlib import Path

import pytest
from cli_helpers import add_crew, lead_of, run, run_json

from station_app.core.text import fold
from station_app.services import backups as B
from station_app.services import letters as L
from station_app.services import sessions as S
from station_app.services import wipe as W
from station_app.storage import Database
from station_app.sync import create_keys, enrol, import_bundle, read_identity_file
from station_app.sync.identity import write_identity_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="hard links")

TODAY = dt.date(2025, 8, 1)


def resident_forms(db: Database) -> list[bytes]:
    """Some residents' names, ID numbers and phones, as bytes in NFC, NFD and folded forms."""
    forms = set()
    for row in db.query("SELECT full_name, personal_id, phone FROM residents r LEFT JOIN "
                        "households h ON h.id = r.household_id ORDER BY r.id LIMIT 30"):
        name = row["full_name"]
        for text in (name, unicodedata.normalize("NFD", name), fold(name), row["personal_id"],
                     row["phone"]):
            if text and len(text) >= 8:
                forms.add(text.encode("utf-8"))
    return sorted(forms)


def make_hq(tmp_path: Path) -> Database:
    """HQ, its identity file in ``tmp_path / "hq.id"``."""
    hq = Database.create(tmp_path / "hq" / "hq.sqlite3", "HQ", "Công an tỉnh", hq=True)
    add_crew(hq)
    create_keys(hq)
    write_identity_file(hq, tmp_path / "hq.id", operator=lead_of(hq))
    return hq


@pytest.fixture
def hq(tmp_path):
    hq = make_hq(tmp_path)
    yield hq
    hq.close()


def station_with_files(path: Path, lead, hq: Database, tmp_path: Path) -> Database:
    """The station (enrolled with HQ) with letters printed, two backups and a restore's file
    aside."""
    db = Database.open(path)
    create_keys(db)
    enrol(db, read_identity_file(tmp_path / "hq.id"), operator=lead)
    write_identity_file(db, tmp_path / "station.id", operator=lead)
    enrol(hq, read_identity_file(tmp_path / "station.id"), operator=lead_of(hq))
    S.create_sessions(db, S.week_specs("02/08/2025", "Hội trường", S.parse_hours(
        "07:00-11:30"), 20, 12, days=2), today=TODAY, operator=lead)
    village = db.scalar("SELECT name FROM areas WHERE kind = 'village' ORDER BY name_fold")
    S.book_villages(db, [village], today=TODAY, operator=lead)
    (tmp_path / "letters").mkdir()
    L.print_letters(db, tmp_path / "letters" / "thon.pdf", villages=[village], today=TODAY,
                    operator=lead)
    (tmp_path / "usb").mkdir()
    B.set_backup_settings(db, tmp_path / "usb", operator=lead)
    first = B.take_backup(db, now=dt.datetime(2026, 11, 24, 7))
    B.take_backup(db, now=dt.datetime(2026, 11, 24, 8))
    db.close()
    B.restore_backup(path, first.path, lambda _db: lead)
    return Database.open(path)


def test_the_wipe_sends_its_audit_to_hq_then_leaves_no_resident_data(roster_db_path, lead, hq,
                                                                      tmp_path, capsys):
    db = station_with_files(roster_db_path, lead, hq, tmp_path)
    forms = resident_forms(db)
    files = W.files_to_wipe(db)
    db.close()
    existing = [f for f in files if f.exists()]
    assert {f.name for f in existing} >= {roster_db_path.name, "thon.pdf"}
    assert len([f for f in existing if f.name.endswith(B.BACKUP_SUFFIX)]) == 2
    assert any("before-restore" in f.name for f in existing)
    links = tmp_path / "links"
    links.mkdir()
    for i, f in enumerate(existing):
        os.link(f, links / f"{i}-{f.name}")
    # the database is encrypted (no name in its bytes): what it holds is checked below by
    # every removed file being zeros, and the kept bundle holding no resident's name
    assert roster_db_path.read_bytes().strip(b"\0")

    with pytest.raises(W.WipeError, match="type the station code XA01"):
        db = Database.open(roster_db_path)
        try:
            W.prepare_wipe(db, tmp_path / "final.bundle", "XA02", operator=lead)
        finally:
            db.close()
    bundle = tmp_path / "final.bundle"
    done = run_json(capsys, "wipe", "--bundle", bundle, "--confirm", "xa01",
                    "--db", roster_db_path)
    assert {Path(p) for p in done["removed"]} == set(existing)
    assert not any(f.exists() for f in files)
    for link in links.iterdir():  # the bytes the files held, seen through the link
        assert link.read_bytes().strip(b"\0") == b"", link
    kept = bundle.read_bytes()
    assert not any(form in kept for form in forms)

    outcome = import_bundle(hq, bundle, operator=lead_of(hq))
    assert outcome.status == "applied"
    assert hq.scalar("SELECT count(*) FROM audit WHERE action = 'station.wipe' "
                     "AND operator = 'Trưởng trạm'") == 1
    code, _, err = run(capsys, "check", "--db", roster_db_path)
    assert code != 0 and "no station database" in err


def test_only_a_lead_wipes(roster_db, staff, tmp_path):
    with pytest.raises(PermissionError):
        W.prepare_wipe(roster_db, tmp_path / "final.bundle", "XA01", operator=staff)
    assert roster_db.scalar("SELECT count(*) FROM audit WHERE action = 'refused'") == 1


def test_the_command_line_wipe_needs_the_station_code(roster_db_path, tmp_path, capsys):
    code, _, err = run(capsys, "wipe", "--bundle", tmp_path / "final.bundle",
                       "--db", roster_db_path)  # no terminal to ask at
    assert code == 2 and "give --confirm XA01" in err
    assert roster_db_path.exists() and not (tmp_path / "final.bundle").exists()


def test_a_wipe_of_a_copy_leaves_the_originals_files(roster_db_path, lead, hq, tmp_path,
                                                     capsys):
    """A copy of the station database carries the original's records of its backups, letters
    and bundles: wiping the copy removes the copy, not what the original wrote (issue 24)."""
    from station_app.storage import copy_database

    db = station_with_files(roster_db_path, lead, hq, tmp_path)
    originals = [f for f in W.files_to_wipe(db) if f.exists()
                 and not str(f).startswith(str(roster_db_path))]
    db.close()
    assert {f.name for f in originals} >= {"thon.pdf"}
    assert len([f for f in originals if f.name.endswith(B.BACKUP_SUFFIX)]) == 2
    for copy in (roster_db_path.with_name("copy.sqlite3"), tmp_path / "elsewhere.sqlite3"):
        copy_database(roster_db_path, copy)
        done = run_json(capsys, "wipe", "--bundle", tmp_path / f"{copy.stem}.bundle",
                        "--confirm", "XA01", "--db", copy)
        assert {Path(p) for p in done["removed"]} >= {copy}
        assert not copy.exists()
        assert all(f.exists() for f in originals), [f for f in originals if not f.exists()]
    Database.open(roster_db_path).close()  # the original goes on, its files with it
    done = run_json(capsys, "wipe", "--bundle", tmp_path / "final.bundle", "--confirm", "XA01",
                    "--db", roster_db_path)
    assert not any(f.exists() for f in originals)
