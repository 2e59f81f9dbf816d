"""The station database encrypted at rest (storage/keys.py, docs/encryption.md): no personal
data in clear in its file or WAL, the passphrase (never a PIN) opens it, HQ opens a copy with
its own key, changing the passphrase leaves the database as it is, and a plain database of an
earlier version is encrypted once, safely under a kill."""

from __future__ import annotations

import ast
import hashlib
import os
import signal
import stat
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from cli_helpers import add_crew, run, run_json
from conftest import TEST_PASSPHRASE

from station_app.core.messages import Message
from station_app.core.sqlite import sqlite3
from station_app.core.text import fold
from station_app.services.operators import Operator, find_operator
from station_app.services.passphrase import change_passphrase
from station_app.storage import Database, NotAStationDatabase, copy_database, keys
from station_app.sync.identity import create_keys, enrol, read_identity_file, write_identity_file
from station_app.sync.recovery import open_station_copy, reset_station_passphrase

ROOT = Path(__file__).resolve().parent.parent


def _people(db: Database) -> list[tuple[str, str, str]]:
    """(name, ID number, phone) of a few residents of the roster."""
    rows = db.conn.execute(
        "SELECT r.full_name, r.personal_id, h.phone FROM residents r JOIN households h"
        " ON h.id = r.household_id WHERE r.personal_id IS NOT NULL AND h.phone IS NOT NULL"
        " AND r.full_name <> lower(r.full_name) LIMIT 5").fetchall()
    assert len(rows) == 5
    return rows


def _forms(text: str) -> list[bytes]:
    forms = {unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text), fold(text)}
    return [f.encode(enc) for f in forms for enc in ("utf-8", "utf-16-le")]


def _files_bytes(path: Path) -> bytes:
    return b"".join(Path(f"{path}{s}").read_bytes() for s in ("", "-wal")
                    if Path(f"{path}{s}").exists())


def _assert_no_clear_data(data: bytes, people) -> None:
    for person in people:
        for value in person:
            for form in _forms(value):
                assert form not in data, (value, form)


def test_the_database_and_its_wal_hold_no_resident_data_in_clear(roster_db, lead):
    people = _people(roster_db)
    path = roster_db.path
    with roster_db.write("test") as w:  # rewritten now: in the WAL
        w.update_many("residents", ["full_name"], roster_db.conn.execute(
            "SELECT full_name, id FROM residents").fetchall())
    assert Path(f"{path}-wal").stat().st_size > 100_000
    _assert_no_clear_data(_files_bytes(path), people)
    roster_db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _assert_no_clear_data(_files_bytes(path), people)
    # the whole roster too: no name of it in clear
    names = [r[0] for r in roster_db.conn.execute("SELECT full_name FROM residents LIMIT 50")]
    data = _files_bytes(path)
    assert names and not any(n.encode() in data for n in names)
    assert not data.startswith(b"SQLite format 3")
    key_file = keys.key_path(path).read_bytes()
    assert roster_db.key.hex().encode() not in key_file and roster_db.key not in key_file


def test_files_and_folders_are_the_users_alone(tmp_path):
    folder = tmp_path / "new"
    db = Database.create(folder / "s.sqlite3", "XA09", "Trạm thử")
    db.close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for suffix in ("", "-key", "-wal", "-shm"):
        file = Path(f"{folder / 's.sqlite3'}{suffix}")
        if file.exists():
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, suffix


def test_a_wrong_passphrase_and_a_pin_alone_are_refused(db_path, monkeypatch):
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "not the passphrase at all")
    with pytest.raises(keys.WrongPassphrase) as wrong:
        Database.open(db_path)
    assert isinstance(wrong.value.args[0], Message)
    assert str(wrong.value.args[0]) == (f"wrong station passphrase for {db_path} (its key file "
                                       "is station XA01's)")
    for pin in ("1111", "123456"):
        monkeypatch.setenv(keys.PASSPHRASE_ENV, pin)
        with pytest.raises(keys.WrongPassphrase) as refused:
            Database.open(db_path)
        assert "PIN cannot open the station database" in str(refused.value.args[0])
    monkeypatch.delenv(keys.PASSPHRASE_ENV)
    with pytest.raises(keys.PassphraseNeeded, match="is encrypted"):
        Database.open(db_path)
    # nor does any program that reads SQLite without the key
    conn = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def test_a_pin_cannot_be_the_passphrase(tmp_path):
    for weak in ("123456", "4444444444", "short"):
        with pytest.raises(keys.WrongPassphrase):
            Database.create(tmp_path / f"{weak}.sqlite3", "XA09", "Trạm", passphrase=weak)
        assert not (tmp_path / f"{weak}.sqlite3").exists()


def test_changing_the_passphrase_does_not_rewrite_the_database(db, lead, monkeypatch):
    monkeypatch.setattr(keys, "_passphrase", None)
    path = db.path
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    old = os.environ[keys.PASSPHRASE_ENV]
    change_passphrase(db, old, "Hòa Bình mùa lúa chín", operator=lead)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert db.scalar("SELECT action FROM audit ORDER BY rowid DESC LIMIT 1") == \
        "change_passphrase"
    db.close()
    with pytest.raises(keys.WrongPassphrase):
        Database.open(path)  # the old one (in the environment) no longer opens it
    # typed in NFD by another input method: the same passphrase
    assert Database.open(path, key=keys.unlock(
        path, keys.read_key_file(path), unicodedata.normalize("NFD", "Hòa Bình mùa lúa chín"))
    ).station == "XA01"
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "Hòa Bình mùa lúa chín")
    Database.open(path).close()


def _hq_and_station(tmp_path) -> tuple[Database, Database, Operator]:
    hq = Database.create(tmp_path / "hq.sqlite3", "HQ", "Sở", hq=True)
    hq_crew = add_crew(hq)
    station = Database.create(tmp_path / "xa.sqlite3", "XA05", "Trạm xã")
    crew = add_crew(station)
    write_identity_file(hq, tmp_path / "hq.identity", operator=hq_crew["Trưởng trạm"])
    enrol(station, read_identity_file(tmp_path / "hq.identity"), operator=crew["Trưởng trạm"])
    return hq, station, hq_crew["Cán bộ Sở"]


def test_hq_opens_a_station_database_copy_with_its_own_key(tmp_path, monkeypatch):
    hq, station, hq_operator = _hq_and_station(tmp_path)
    with station.write("test") as w:
        w.insert("households", {"code": "HH-1", "address": "Thôn 1"})
    copy = copy_database(station.path, tmp_path / "copy.sqlite3")
    assert keys.key_path(copy).is_file()
    station.close()
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "the passphrase nobody remembers")
    with pytest.raises(keys.WrongPassphrase):
        Database.open(copy)
    opened = open_station_copy(hq, copy, operator=hq_operator)
    assert opened.station == "XA05"
    assert opened.scalar("SELECT address FROM households WHERE code = 'HH-1'") == "Thôn 1"
    opened.close()
    assert hq.scalar("SELECT action FROM audit ORDER BY rowid DESC LIMIT 1") == \
        "recover_station_key"
    # then a new passphrase for the station
    reset_station_passphrase(hq, copy, "lúa mới về làng", operator=hq_operator)
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "lúa mới về làng")
    Database.open(copy).close()


def test_a_station_lead_cannot_use_hqs_recovery(tmp_path):
    from station_app.core.permissions import NotAllowed

    hq, station, _ = _hq_and_station(tmp_path)
    lead = find_operator(hq, "Trưởng trạm")
    with pytest.raises(NotAllowed):
        open_station_copy(hq, station.path, operator=lead)


def test_another_hq_cannot_open_a_station_database(tmp_path):
    _, station, _ = _hq_and_station(tmp_path)
    other = Database.create(tmp_path / "other-hq.sqlite3", "HQ", "Sở khác", hq=True)
    other_crew = add_crew(other)
    create_keys(other)
    with pytest.raises(keys.WrongPassphrase, match="not sealed to this HQ"):
        open_station_copy(other, station.path, operator=other_crew["Cán bộ Sở"])


def _plain_copy(db: Database, target: Path) -> None:
    """``db`` as a plain (unencrypted) database, as an earlier version kept it."""
    db.conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    db.conn.execute("SELECT sqlcipher_export('plain')")
    db.conn.execute("DETACH DATABASE plain")


def _is_plain(path: Path) -> bool:
    return path.read_bytes()[:16] == b"SQLite format 3\x00"


def test_a_plain_database_is_encrypted_once_in_place(roster_db, tmp_path):
    people = _people(roster_db)
    plain = tmp_path / "old.sqlite3"
    _plain_copy(roster_db, plain)
    count = roster_db.scalar("SELECT count(*) FROM residents")
    assert _is_plain(plain) and people[0][0].encode() in plain.read_bytes()  # a check that fails
    db = Database.open(plain)
    assert not _is_plain(plain) and keys.key_path(plain).is_file()
    assert db.scalar("SELECT count(*) FROM residents") == count
    assert db.scalar("PRAGMA journal_mode") == "wal"
    db.close()
    _assert_no_clear_data(_files_bytes(plain), people)
    assert not Path(f"{plain}-encrypting").exists()
    assert stat.S_IMODE(plain.stat().st_mode) == 0o600


KILLED_CONVERSION = """
import os, signal, sys
from station_app.storage import db as dbmodule, keys
where = sys.argv[2]
def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)
if where == "export":
    real_connect = dbmodule.sqlite3.connect
    class Driver:
        def __getattr__(self, name):
            return getattr(dbmodule.sqlite3_driver, name)
        def connect(self, *args, **kwargs):
            conn = real_connect(*args, **kwargs)
            if os.path.exists(sys.argv[1] + "-encrypting"):  # the conversion's connection
                conn.set_progress_handler(die, 20000)
            return conn
    dbmodule.sqlite3_driver = dbmodule.sqlite3
    dbmodule.sqlite3 = Driver()
elif where == "key file":
    keys.write_key_file = die
elif where == "rename":
    real_replace = os.replace
    def replace(source, target):
        if str(source).endswith("-encrypting"):
            die()
        real_replace(source, target)
    dbmodule.os.replace = replace
dbmodule.Database.open(sys.argv[1])
print("not killed")
"""


@pytest.mark.parametrize("where", ["export", "key file", "rename"])
def test_a_conversion_killed_half_way_leaves_the_old_file_usable(roster_db, tmp_path, where):
    plain = tmp_path / "old.sqlite3"
    _plain_copy(roster_db, plain)
    count = roster_db.scalar("SELECT count(*) FROM residents")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", KILLED_CONVERSION, str(plain), where],
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert _is_plain(plain)  # the old file, whole
    conn = sqlite3.connect(plain)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM residents").fetchone()[0] == count
    conn.close()
    assert keys.key_path(plain).exists() == (where == "rename")
    db = Database.open(plain)  # converted now, with the key file already written if any
    assert not _is_plain(plain)
    assert db.scalar("SELECT count(*) FROM residents") == count
    db.close()
    Database.open(plain).close()


def test_no_module_uses_the_standard_librarys_sqlite3():
    """Its errors are not the SQLCipher driver's: ``except sqlite3.Error`` would miss them."""
    allowed = {ROOT / "station_app/storage/images.py"}
    offenders = []
    for file in [*ROOT.glob("station_app/**/*.py"), *ROOT.glob("tests/**/*.py"),
                 *ROOT.glob("build/*.py")]:
        if file in allowed or file == Path(__file__):
            continue
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import) and any(a.name == "sqlite3" for a in node.names):
                # tests read a bundle's plain payload as an outside reader would
                if node.names[0].asname != "any_sqlite3":
                    offenders.append(str(file.relative_to(ROOT)))
            elif isinstance(node, ast.ImportFrom) and node.module == "sqlite3":
                offenders.append(str(file.relative_to(ROOT)))
    assert offenders == []


def test_a_file_without_its_key_file_is_refused_in_one_line(db_path):
    keys.key_path(db_path).unlink()
    with pytest.raises(NotAStationDatabase, match="key file"):
        Database.open(db_path)


def test_the_command_line_refuses_a_wrong_passphrase_and_a_pin_in_one_line(db_path, capsys,
                                                                           monkeypatch):
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "1111")
    code, out, err = run(capsys, "sync", "status", "--db", db_path)
    assert code == 1 and out == ""
    assert err.strip().splitlines() == [
        "station-app sync: an operator's PIN cannot open the station database: type the "
        "station passphrase (at least 10 characters)"]
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "a wrong passphrase")
    code, _, err = run(capsys, "sync", "status", "--db", db_path)
    assert code == 1 and err.strip() == \
        f"station-app sync: wrong station passphrase for {db_path} (its key file is station " \
        "XA01's)"
    monkeypatch.delenv(keys.PASSPHRASE_ENV)  # and no terminal to ask at: HQ's script is told
    code, _, err = run(capsys, "sync", "status", "--db", db_path)
    assert code == 2 and err.strip() == (
        f"station-app sync: the station database {db_path} is encrypted: type the station "
        "passphrase to open it (set STATION_APP_PASSPHRASE, or run the command at a terminal)")


def test_no_message_of_the_windows_or_services_names_an_environment_variable():
    """What a lead reads (every translated message, every Message of the services and storage)
    never tells them to set a variable: only the command line does, for HQ's scripts."""
    from build.translations_vi import VI

    offenders = [text for text in VI if "STATION_APP" in text or "{env}" in text]
    for file in (ROOT / "station_app").rglob("*.py"):
        if file.parent.name == "cli":
            continue
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Message":
                words = " ".join(a.value for a in node.args if isinstance(a, ast.Constant))
                names = [k.arg for k in node.keywords]
                if "STATION_APP" in words or "{env}" in words or "env" in names:
                    offenders.append(f"{file.relative_to(ROOT)}: {words}")
    assert offenders == []


def test_the_self_test_of_a_laptop_needs_nothing_in_the_environment(tmp_path):
    """``station-app --self-test`` on a station laptop, where no variable holds a passphrase
    (on 7 Dec it stopped at its first step, asking for one)."""
    env = {k: v for k, v in os.environ.items() if k != keys.PASSPHRASE_ENV}
    done = subprocess.run([sys.executable, "-m", "station_app", "--self-test"], cwd=tmp_path,
                          env=env | {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)},
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == "self-test: passed"


def test_the_lead_changes_the_passphrase_and_hq_recovers_it_on_the_command_line(
        tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(keys, "_passphrase", None)
    hq, station, _ = _hq_and_station(tmp_path)
    path = station.path
    station.close()
    monkeypatch.setenv("STATION_APP_NEW_PASSPHRASE", "sông Hồng nước đỏ")
    assert run_json(capsys, "passphrase", "change", "--db", path)["changed"] is True
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "sông Hồng nước đỏ")
    Database.open(path).close()
    # the lead forgets it: HQ (its hq operator) gives the station a new one
    hq_path = hq.path
    hq.close()
    monkeypatch.setenv(keys.PASSPHRASE_ENV, TEST_PASSPHRASE)  # HQ's own
    monkeypatch.setenv("STATION_APP_NEW_PASSPHRASE", "núi Ba Vì mây trắng")
    monkeypatch.setenv("STATION_APP_PIN", "4444")
    result = run_json(capsys, "passphrase", "recover", path, "--db", hq_path,
                      "--operator", "Cán bộ Sở")
    assert result["recovered"] is True
    monkeypatch.setenv(keys.PASSPHRASE_ENV, "núi Ba Vì mây trắng")
    assert Database.open(path).station == "XA05"


def test_no_file_is_written_over_an_encrypted_database_or_its_key_file(db_path):
    from station_app.core.files import FileWriteError, atomic_file

    for target in (db_path, keys.key_path(db_path)):
        before = target.read_bytes()
        with pytest.raises(FileWriteError, match="SQLite database"):
            atomic_file(target)
        assert target.read_bytes() == before


def test_the_laptops_private_keys_are_only_inside_the_encrypted_database(tmp_path):
    hq, station, _ = _hq_and_station(tmp_path)
    for db in (hq, station):
        private = [bytes(v) for v in db.conn.execute(
            "SELECT sign_private, enc_private FROM sync_keys").fetchone()]
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        files = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
        assert all(len(k) == 32 and k not in files and k.hex().encode() not in files
                   for k in private)


def _key_file_section() -> str:
    text = (ROOT / "docs" / "encryption.md").read_text(encoding="utf-8")
    return text.split("## The key file, byte for byte", 1)[1].split("\n## ", 1)[0]


def test_this_document_is_enough_to_open_a_station_database(tmp_path):
    """A recovery tool written from docs/encryption.md alone (its associated data and HPKE
    info read from the page): the key file unwrapped with the passphrase by `cryptography`,
    and unsealed with HQ's private key, opens the database with SQLCipher directly."""
    import base64
    import hashlib
    import hmac
    import json
    import re

    import sqlcipher3  # an outside reader's SQLCipher, not the app's
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
    from test_sync import _hpke_base_open

    section = _key_file_section()
    aad, info, mac_label = (re.search(pattern, section) for pattern in (
        r"the associated data `([^`]+)`", r"info `([^`]+)`", r"keyed by the SHA-256 of `([^`]+)`"))
    assert aad and info and mac_label, "the page gives no associated data, HPKE info or MAC key"
    aad, info = aad[1].encode("ascii"), info[1].encode("ascii")

    def compact(value) -> bytes:  # as the page says
        return json.dumps(value, sort_keys=True, separators=(",", ":"),
                          ensure_ascii=False).encode("utf-8")

    hq, station, _ = _hq_and_station(tmp_path)
    with station.write("test") as w:
        w.insert("households", {"code": "HH-1", "address": "Thôn Đông"})
    path = station.path
    station.close()
    doc = json.loads(Path(f"{path}-key").read_bytes().decode("utf-8"))
    w = doc["passphrase"]
    assert (doc["kind"], doc["version"], w["kdf"]) == ("station-app database key", 2, "scrypt")
    for part in (doc, w, *doc["hq"]):  # each check as the page says
        fields = {k: v for k, v in part.items() if k != "check"
                  and (part is not doc or k not in ("passphrase", "hq"))}
        assert part["check"] == hashlib.sha256(compact(fields)).hexdigest()[:32]
    aad += compact({k: doc[k] for k in ("kind", "station", "version")})
    typed = "  " + unicodedata.normalize("NFD", TEST_PASSPHRASE) + "\n"
    passphrase = unicodedata.normalize("NFC", typed.strip()).encode("utf-8")
    kek = Scrypt(salt=base64.b64decode(w["salt"]), length=32, n=w["n"], r=w["r"],
                 p=w["p"]).derive(passphrase)
    key = AESGCM(kek).decrypt(base64.b64decode(w["nonce"]), base64.b64decode(w["wrapped"]), aad)
    hq_key_id, hq_private = hq.conn.execute(
        "SELECT key_id, enc_private FROM sync_keys").fetchone()
    [entry] = [e for e in doc["hq"] if e["key_id"] == hq_key_id]
    assert _hpke_base_open(bytes(hq_private), base64.b64decode(entry["sealed"]), info) == key
    mac_key = hashlib.sha256(mac_label[1].encode("ascii") + key).digest()
    assert entry["mac"] == hmac.new(mac_key, compact(
        {"key_id": entry["key_id"], "sealed": entry["sealed"], "station": doc["station"]}),
        hashlib.sha256).hexdigest()
    hq.close()
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        assert conn.execute("SELECT address FROM households WHERE code = 'HH-1'").fetchone() == \
            ("Thôn Đông",)
    finally:
        conn.close()


def test_a_gui_test_fails_when_it_runs_with_the_passphrase_in_the_environment(pytester):
    """The rule of tests/conftest.py: a GUI test (tests/test_ui_*.py, or one using qtbot) runs
    without STATION_APP_PASSPHRASE, and fails when the variable is there while it runs;
    command-line tests keep it."""
    pytester.makeini(f"[pytest]\nqt_api = pyside6\npythonpath = {ROOT} {ROOT / 'tests'}\n")
    pytester.makeconftest(f"""
import importlib.util
spec = importlib.util.spec_from_file_location("project_conftest", {str(ROOT / 'tests' /
                                                                      'conftest.py')!r})
project = importlib.util.module_from_spec(spec)
spec.loader.exec_module(project)
globals().update({{k: v for k, v in vars(project).items() if not k.startswith("__")}})
""")
    pytester.makepyfile(test_ui_rule="""
import os

def test_as_the_lead(qtbot):
    assert "STATION_APP_PASSPHRASE" not in os.environ

def test_with_a_shortcut(qtbot, monkeypatch):
    monkeypatch.setenv("STATION_APP_PASSPHRASE", "mật khẩu trạm thử nghiệm")
""", test_cli_rule="""
import os

def test_as_an_hq_script():
    assert os.environ["STATION_APP_PASSPHRASE"]
""")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*test_with_a_shortcut*a GUI test ran with "
                                 "STATION_APP_PASSPHRASE set*"])
