"""A damaged key file (issue 24): every part checked and authenticated, the damage named in one
line, the copy sealed to HQ checked at every open and sealed again, SQLCipher's own log kept off
the terminal, a key file of another station named as such."""

from __future__ import annotations

import base64
import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import add_crew
from conftest import TEST_PASSPHRASE

from station_app.core.messages import Message
from station_app.storage import Database, keys
from station_app.storage.db import NotAStationDatabase
from station_app.sync.identity import enrol, read_identity_file, write_identity_file
from station_app.sync.recovery import open_station_copy


def _hq_and_station(tmp_path):
    hq = Database.create(tmp_path / "hq.sqlite3", "HQ", "Sở", hq=True)
    hq_crew = add_crew(hq)
    station = Database.create(tmp_path / "xa.sqlite3", "XA05", "Trạm xã")
    crew = add_crew(station)
    write_identity_file(hq, tmp_path / "hq.identity", operator=hq_crew["Trưởng trạm"])
    enrol(station, read_identity_file(tmp_path / "hq.identity"), operator=crew["Trưởng trạm"])
    return hq, station, hq_crew["Cán bộ Sở"]


def _cli(*argv) -> subprocess.CompletedProcess:
    """The command line in a process of its own: what reaches the terminal, C libraries'
    output included."""
    return subprocess.run([sys.executable, "-m", "station_app", *map(str, argv)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, keys.PASSPHRASE_ENV: TEST_PASSPHRASE})


def _part_at(text: str, index: int) -> str:
    """Which part of the key file's JSON text the byte ``index`` lies in."""
    hq = text.index('"hq"')
    passphrase = text.index('"passphrase"')
    end_hq = text.index("]", hq)
    if hq <= index <= end_hq and index > text.index("[", hq):
        return "hq"
    if passphrase < index < text.index("}", passphrase):
        return "passphrase"
    return "header"


def test_one_bit_flips_across_the_whole_key_file_are_named_in_one_line(tmp_path):
    hq, station, hq_operator = _hq_and_station(tmp_path)
    path = station.path
    station.close()
    key_file = keys.key_path(path)
    original = key_file.read_bytes()
    assert json.loads(original)["hq"]  # the copy sealed to HQ is there to be damaged too
    outcomes: dict[str, int] = {}
    for index in range(len(original)):
        damaged = bytearray(original)
        damaged[index] ^= 1 << (index % 8)
        key_file.write_bytes(bytes(damaged))
        try:
            db = Database.open(path)
        except keys.KeyFileDamaged as exc:
            message = exc.args[0]
            assert isinstance(message, Message) and "\n" not in message, message
            assert str(key_file) in message
            outcomes[message.template[:40]] = outcomes.get(message.template[:40], 0) + 1
            continue
        # it opened: only a flip in the copy sealed to HQ, found and sealed again
        try:
            assert _part_at(original.decode(), index) == "hq", index
            assert db.key_file_repairs, index
            assert keys.repair_hq_copies(keys.read_key_file(path), db.key) == []
        finally:
            db.close()
        outcomes["hq copy sealed again"] = outcomes.get("hq copy sealed again", 0) + 1
    print(f"{len(original)} flips: {outcomes}")
    assert outcomes["hq copy sealed again"] > 100
    assert len(outcomes) >= 4  # unreadable, header, passphrase part, HQ copy
    key_file.write_bytes(original)
    Database.open(path).close()
    open_station_copy(hq, path, operator=hq_operator).close()


def test_a_damaged_hq_copy_is_found_by_check_and_hq_still_recovers(tmp_path):
    hq, station, hq_operator = _hq_and_station(tmp_path)
    path = station.path
    station.close()
    key_file = keys.key_path(path)
    doc = json.loads(key_file.read_bytes())
    sealed = bytearray(base64.b64decode(doc["hq"][0]["sealed"]))
    sealed[20] ^= 0x10  # inside the sealed key, the checksum left as it was
    doc["hq"][0]["sealed"] = base64.b64encode(bytes(sealed)).decode()
    key_file.write_text(json.dumps(doc), encoding="utf-8")

    checked = _cli("check", "--db", path)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.splitlines() == [
        f"the copy of the key sealed to HQ in {key_file} was damaged: sealed again",
        f"{path}: no damage found"]
    assert _cli("check", "--db", path).stdout.splitlines() == [f"{path}: no damage found"]
    # the day the passphrase is forgotten, HQ opens the database
    open_station_copy(hq, path, operator=hq_operator).close()


def test_the_command_line_names_the_damage_without_traceback_or_sqlcipher_log(tmp_path):
    _, station, _ = _hq_and_station(tmp_path)
    path = station.path
    station.close()
    key_file = keys.key_path(path)
    original = key_file.read_text(encoding="utf-8")
    doc = json.loads(original)
    for name, text, said in (
            ("a nonce renamed", original.replace('"nonce"', '"nonse"'), "part the passphrase"),
            ("scrypt's cost", original.replace(f'"n": {doc["passphrase"]["n"]}', '"n": 3'),
             "part the passphrase"),
            ("base64 broken", original.replace(doc["passphrase"]["salt"][:4], "!!!!"),
             "part the passphrase"),
            ("the station", original.replace('"XA05"', '"XA06"'), "header"),
            ("cut short", original[:len(original) // 2], "cannot be read")):
        key_file.write_text(text, encoding="utf-8")
        done = _cli("sync", "status", "--db", path)
        assert done.returncode == 1 and done.stdout == "", name
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and said in lines[0] and str(key_file) in lines[0], (name, lines)
    key_file.write_text(original, encoding="utf-8")

    # another station's key file (the same passphrase): which station it is of, in one line
    other = Database.create(tmp_path / "other.sqlite3", "XB09", "Trạm khác")
    other.close()
    key_file.write_bytes(keys.key_path(other.path).read_bytes())
    done = _cli("sync", "status", "--db", path)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"station-app sync: {path} is not a station database (not SQLite, or damaged), or its "
        f"key file {key_file.name} (station XB09's) is another database's"]


def test_a_key_file_of_the_first_version_opens_and_is_rewritten_checked(tmp_path):
    """Stations in the field have version 1 key files: they open, and become version 2."""
    station = Database.create(tmp_path / "xa.sqlite3", "XA05", "Trạm xã")
    key = station.key
    station.close()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    n, r, p = keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    kek = keys._kek(TEST_PASSPHRASE, salt, n, r, p)
    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    old = {"kind": keys.KEY_KIND, "version": 1, "station": "XA05", "hq": [],
           "passphrase": {"kdf": "scrypt", "n": n, "r": r, "p": p, "salt": b64(salt),
                          "nonce": b64(nonce), "wrapped": b64(AESGCM(kek).encrypt(
                              nonce, key, b"station-app database key v1"))}}
    Path(keys.key_path(station.path)).write_text(json.dumps(old), encoding="utf-8")
    Database.open(station.path).close()
    doc = json.loads(keys.key_path(station.path).read_bytes())
    assert doc["version"] == 2 and doc["check"] and doc["passphrase"]["check"]
    Database.open(station.path).close()
    with pytest.raises(NotAStationDatabase):  # nothing else changed: the database is the same
        Database.open(station.path, key=secrets.token_bytes(32))


def test_the_passphrase_page_names_a_damaged_key_file_in_vietnamese(qtbot, db_path, tmp_path):
    from PySide6.QtWidgets import QApplication
    from test_ui_passphrase import _type, install_translators

    from station_app.ui.passphrase import PassphraseDialog
    from station_app.ui.workers import SyncWorker

    key_file = keys.key_path(db_path)
    text = key_file.read_text(encoding="utf-8")
    key_file.write_text(text.replace('"nonce"', '"nonse"'), encoding="utf-8")
    app = QApplication.instance()
    install_translators(app, "vi")
    try:
        dialog = PassphraseDialog(db_path, SyncWorker(db_path), new=False)
        qtbot.addWidget(dialog)
        dialog.show()
        _type(qtbot, dialog.passphrase, TEST_PASSPHRASE)
        qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10000)
        shown = dialog.error.text()
        assert shown.startswith(f"Tệp khóa {key_file} bị hỏng ở phần mà mật khẩu của trạm mở")
        assert "nhờ cấp trên khôi phục khóa" in shown and dialog.isVisible()
        label = dialog.error  # the whole line is shown, not cut by the dialog's edge
        assert label.geometry().bottom() < dialog.buttons.geometry().top()
        assert label.height() >= label.heightForWidth(label.width())
        dialog.grab().save(str(tmp_path / "damaged-key-file-vi.png"))  # looked at
    finally:
        install_translators(app, "en")
