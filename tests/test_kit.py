"""Station kits (issue 27, docs/kit-format.md): HQ writes a kit, a new laptop becomes the station
from it, HQ enrols the station when its first bundle proves the kit; bad kits change nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from cli_helpers import CREW, add_crew, lead_of, run

from station_app.core.dates import show_date
from station_app.core.text import fold
from station_app.services.kits import list_kits, write_kit
from station_app.services.roster_import import import_roster
from station_app.services.sessions import create_campaign, parse_deadline
from station_app.storage import Database, copy_database
from station_app.sync import create_keys, export_bundle, import_bundle
from station_app.sync import kit as kit_module
from station_app.sync.errors import BundleRefused
from station_app.sync.identity import find_peer, peers

ROOT = Path(__file__).resolve().parent.parent
HQ_OPERATOR, HQ_PIN = CREW[4][0], CREW[4][2]
LEAD, LEAD_PIN = CREW[0][0], CREW[0][2]
STATION_NAME = "Trạm UBND xã Hòa Bình"


@pytest.fixture(scope="session")
def _hq_template(tmp_path_factory, small_roster) -> Path:
    path = tmp_path_factory.mktemp("kit-hq") / "hq.sqlite3"
    hq = Database.create(path, "HQ", "Công an tỉnh", hq=True)
    create_keys(hq)
    add_crew(hq)
    import_roster(hq, small_roster, operator=lead_of(hq))
    create_campaign(hq, "CCCD 2026", [parse_deadline("14-22:31/08/2027")], operator=lead_of(hq))
    hq.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    hq.close()
    return path


@pytest.fixture
def hq_path(tmp_path, _hq_template) -> Path:
    return copy_database(_hq_template, tmp_path / "hq.sqlite3")


def _hq_operator(db: Database):
    from station_app.services.operators import find_operator

    return find_operator(db, HQ_OPERATOR)


def cli(*argv, operator: str = LEAD, pin: str = LEAD_PIN, **env) -> subprocess.CompletedProcess:
    """station-app in its own process, as a person or a script runs it."""
    full = {**os.environ, "STATION_APP_OPERATOR": operator, "STATION_APP_PIN": pin, **env}
    return subprocess.run([sys.executable, "-m", "station_app", *map(str, argv)],
                          capture_output=True, text=True, timeout=300, env=full,
                          stdin=subprocess.DEVNULL, cwd=ROOT)


def _write_kit(hq_path: Path, out: Path, *villages: str, station: str = "XA01") -> dict:
    args = ["kit", "write", "--db", hq_path, "--station", station, "--name", STATION_NAME,
            "--out", out, "--json"]
    for village in villages:
        args += ["--village", village]
    done = cli(*args, operator=HQ_OPERATOR, pin=HQ_PIN)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.slow
def test_a_station_starts_from_its_kit_and_hq_enrols_it_by_its_first_bundle(hq_path, tmp_path):
    """HQ writes a kit; a new laptop becomes the station from it with the campaign and roster;
    its first bundle is accepted at HQ without `enrol`; HQ's bundle comes back and is
    accepted; a second laptop set up from the same kit is refused at HQ in one line."""
    kit = _write_kit(hq_path, tmp_path / "XA01.kit")
    assert kit["password"].replace(" ", "").isdigit() and len(kit["password"]) == 24
    station = tmp_path / "laptop" / "station.sqlite3"
    done = cli("init", "--kit", tmp_path / "XA01.kit", "--db", station, "--lead", LEAD,
               STATION_APP_KIT_PASSWORD=kit["password"])
    assert done.returncode == 0, done.stderr
    assert "XA01 (Trạm UBND xã Hòa Bình) from its kit" in done.stdout

    hq, xa01 = Database.open(hq_path), Database.open(station)
    try:
        assert (xa01.station, xa01.station_name, xa01.is_hq) == ("XA01", STATION_NAME, False)
        assert [p.station for p in peers(xa01)] == ["HQ"]  # HQ enrolled from the kit
        assert xa01.scalar("SELECT name FROM campaigns") == "CCCD 2026"
        for table in ("residents", "households", "campaign_deadlines", "areas"):
            assert xa01.query(f"SELECT id, ver FROM {table} ORDER BY id") == \
                hq.query(f"SELECT id, ver FROM {table} ORDER BY id"), table
        assert find_peer(hq, "XA01") == []
    finally:
        hq.close()
        xa01.close()

    done = cli("export-bundle", "--db", station, "--out", tmp_path / "first.bundle")
    assert done.returncode == 0, done.stderr
    assert "residents" not in done.stdout  # the roster came from HQ: not sent back
    done = cli("import-bundle", "--db", hq_path, tmp_path / "first.bundle",
               operator=HQ_OPERATOR, pin=HQ_PIN)
    assert done.returncode == 0, done.stderr
    assert "XA01 enrolled from its kit" in done.stdout
    hq = Database.open(hq_path)
    try:
        (peer,) = find_peer(hq, "XA01")
        assert peer.key_id == json.loads(cli("identity", "show", "--db", station,
                                             "--json").stdout)["key_id"]
        assert list_kits(hq, operator=_hq_operator(hq))[0]["state"] == "used"
    finally:
        hq.close()

    done = cli("export-bundle", "--db", hq_path, "--to", "XA01", "--out",
               tmp_path / "back.bundle", operator=HQ_OPERATOR, pin=HQ_PIN)
    assert done.returncode == 0, done.stderr
    done = cli("import-bundle", "--db", station, tmp_path / "back.bundle")
    assert done.returncode == 0 and "applied" in done.stdout, done.stderr
    status = json.loads(cli("sync", "status", "--db", station, "--json").stdout)
    assert [p["not_yet_there"] for p in status["peers"]] == [0]
    # HQ acknowledged the station: its next bundles claim the kit no more
    cli("export-bundle", "--db", station, "--out", tmp_path / "second.bundle")
    assert b'"kit"' not in (tmp_path / "second.bundle").read_bytes()[:20000]

    # A second laptop from the same kit: it starts (it cannot know), HQ refuses it.
    other = tmp_path / "laptop2" / "station.sqlite3"
    done = cli("init", "--kit", tmp_path / "XA01.kit", "--db", other, "--lead", LEAD,
               STATION_APP_KIT_PASSWORD=kit["password"])
    assert done.returncode == 0, done.stderr
    cli("export-bundle", "--db", other, "--out", tmp_path / "other.bundle")
    done = cli("import-bundle", "--db", hq_path, tmp_path / "other.bundle",
               operator=HQ_OPERATOR, pin=HQ_PIN)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert "refused (kit already used): the kit of XA01 already set up a laptop" in done.stderr
    assert "a kit makes one station" in done.stderr
    hq = Database.open(hq_path)
    try:
        assert [p.key_id for p in find_peer(hq, "XA01")] == [peer.key_id]
        assert hq.scalar("SELECT count(*) FROM bundle_receipts WHERE status = 'refused'") == 1
    finally:
        hq.close()


def _personal_values(db: Database, households: list[str]) -> set[str]:
    marks = ", ".join("?" * len(households))
    values = set()
    for row in db.conn.execute(
            f"SELECT full_name, personal_id, old_id FROM residents WHERE household_id IN"
            f" ({marks})", households):
        values.update(v for v in row if v)
    for row in db.conn.execute(
            f"SELECT head_name, phone, address FROM households WHERE id IN ({marks})",
            households):
        values.update(v for v in row if v)
    return values


def _personal_values_of(path: Path, households: list[str]) -> set[str]:
    db = Database.open(path)
    try:
        return _personal_values(db, households)
    finally:
        db.close()


def test_the_kit_holds_the_named_villages_and_no_personal_data_in_clear(hq_path, tmp_path,
                                                                      capsys, monkeypatch):
    hq = Database.open(hq_path)
    villages = [r[0] for r in hq.conn.execute(
        "SELECT name FROM areas WHERE kind = 'village' ORDER BY name LIMIT 2")]
    served = [r[0] for r in hq.conn.execute(
        "SELECT h.id FROM households h JOIN areas v ON v.id = h.village_id"
        " WHERE v.name IN (?, ?)", villages)]
    values = _personal_values(hq, [r[0] for r in hq.conn.execute("SELECT id FROM households")])
    hq.close()
    assert served and len(values) > 1000

    monkeypatch.setenv("STATION_APP_PIN", HQ_PIN)
    code, out, err = run(capsys, "kit", "write", "--db", hq_path, "--station", "XA01",
                         "--name", STATION_NAME, "--village", villages[0], "--village",
                         fold(villages[1]), "--out", tmp_path / "XA01.kit", "--json",
                         "--operator", HQ_OPERATOR)
    assert code == 0, err
    kit = json.loads(out)
    assert kit["villages"] == villages
    data = (tmp_path / "XA01.kit").read_bytes()
    for value in values:
        for form in {unicodedata.normalize("NFC", value), unicodedata.normalize("NFD", value),
                     fold(value)}:
            if len(form) >= 4:  # shorter strings turn up in any random bytes
                assert form.encode() not in data, form
    assert STATION_NAME.encode() not in data  # the contents are all encrypted
    image = kit_module.open_kit(data, kit["password"]).image  # ... and the roster is in them
    assert all(v.encode() in image for v in _personal_values_of(hq_path, served))

    monkeypatch.setenv("STATION_APP_PIN", LEAD_PIN)
    monkeypatch.setenv("STATION_APP_KIT_PASSWORD", kit["password"])
    code, out, err = run(capsys, "init", "--kit", tmp_path / "XA01.kit", "--db",
                         tmp_path / "station.sqlite3", "--lead", LEAD)
    assert code == 0, err
    station = Database.open(tmp_path / "station.sqlite3")
    try:
        assert sorted(r[0] for r in station.conn.execute("SELECT id FROM households")) == \
            sorted(served)
    finally:
        station.close()


def _bad_kits(kit: Path, folder: Path) -> dict[str, Path]:
    data = kit.read_bytes()
    cases = {"truncated": data[:len(data) // 2], "cut at the start": data[:5],
             "a byte changed in the contents": data[:-40] + bytes([data[-40] ^ 1]) + data[-39:],
             "a byte changed in the header": data[:30] + bytes([data[30] ^ 1]) + data[31:],
             "empty": b"", "another file": b"name,id\nNguyen Van A,001\n"}
    paths = {}
    for n, (name, content) in enumerate(cases.items()):
        paths[name] = folder / f"bad{n}.kit"
        paths[name].write_bytes(content)
    return paths


@pytest.mark.slow
def test_wrong_password_and_damaged_kits_change_nothing(hq_path, tmp_path, capsys,
                                                        monkeypatch):
    (tmp_path / "kits").mkdir()
    kit = _write_kit(hq_path, tmp_path / "kits" / "XA01.kit")
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    target = laptop / "station.sqlite3"
    monkeypatch.setenv("STATION_APP_KIT_PASSWORD", "1234 5678 9012 3456 7890")
    code, out, err = run(capsys, "init", "--kit", tmp_path / "kits" / "XA01.kit", "--db",
                         target, "--lead", LEAD)
    assert (code, out) == (1, "")
    assert err == ("station-app init: wrong kit password, or the kit file is damaged: check "
                   "the 20 digits with HQ, or copy the kit again\n")
    assert list(laptop.iterdir()) == []
    monkeypatch.setenv("STATION_APP_KIT_PASSWORD", "1234")
    code, out, err = run(capsys, "init", "--kit", tmp_path / "kits" / "XA01.kit", "--db",
                         target, "--lead", LEAD)
    assert code == 1 and "a kit password is 20 digits" in err
    monkeypatch.setenv("STATION_APP_KIT_PASSWORD", kit["password"].replace(" ", "-"))
    for name, path in _bad_kits(tmp_path / "kits" / "XA01.kit", tmp_path / "kits").items():
        code, out, err = run(capsys, "init", "--kit", path, "--db", target, "--lead", LEAD)
        assert code == 1 and out == "" and err.count("\n") == 1, (name, err)
        assert any(words in err for words in ("is damaged", "is incomplete",
                                              "not a station kit")), (name, err)
        assert list(laptop.iterdir()) == [], name
    # the right password (typed with dashes) opens it
    code, out, err = run(capsys, "init", "--kit", tmp_path / "kits" / "XA01.kit", "--db",
                         target, "--lead", LEAD)
    assert code == 0, err
    # ... once: this laptop holds a station now, and nothing of it changes
    before = _files(laptop)
    code, out, err = run(capsys, "init", "--kit", tmp_path / "kits" / "XA01.kit", "--db",
                         target, "--lead", LEAD)
    assert code == 1 and err.startswith("station-app init: this laptop already holds a station")
    assert _files(laptop) == before


def test_an_expired_kit_is_refused_at_the_station_and_at_hq(hq_path, tmp_path, capsys,
                                                            monkeypatch):
    kit = _write_kit(hq_path, tmp_path / "XA01.kit")
    monkeypatch.setenv("STATION_APP_KIT_PASSWORD", kit["password"])
    code, _, err = run(capsys, "init", "--kit", tmp_path / "XA01.kit", "--db",
                       tmp_path / "station.sqlite3", "--lead", LEAD)
    assert code == 0, err
    station = Database.open(tmp_path / "station.sqlite3")
    export_bundle(station, tmp_path / "first.bundle", operator=lead_of(station))
    station.close()
    written = dt.datetime.fromisoformat(kit["expires_at"])
    later = written + dt.timedelta(days=kit_module.FIRST_BUNDLE_DAYS, minutes=1)
    monkeypatch.setattr(kit_module, "_now", lambda: later)  # a month went by
    code, _, err = run(capsys, "init", "--kit", tmp_path / "XA01.kit", "--db",
                       tmp_path / "other.sqlite3", "--lead", LEAD)
    assert code == 1 and not (tmp_path / "other.sqlite3").exists()
    assert err == (f"station-app init: this kit for XA01 expired on {show_date(kit['expires_at'][:10])}:"
                   " ask HQ for a new kit\n")
    hq = Database.open(hq_path)
    try:
        with pytest.raises(BundleRefused) as refused:
            import_bundle(hq, tmp_path / "first.bundle", operator=_hq_operator(hq))
        assert refused.value.reason == "kit expired"
        assert find_peer(hq, "XA01") == []
    finally:
        hq.close()


def test_a_kit_of_another_hq_is_refused(hq_path, tmp_path, capsys, monkeypatch):
    other_hq = tmp_path / "other-hq.sqlite3"  # another province's HQ, under the same code
    db = Database.create(other_hq, "HQ", "Công an tỉnh khác", hq=True)
    create_keys(db)
    add_crew(db)
    create_campaign(db, "CCCD 2026", [parse_deadline("14-22:31/08/2027")], operator=lead_of(db))
    db.close()
    kit = _write_kit(other_hq, tmp_path / "XA01.kit")
    monkeypatch.setenv("STATION_APP_KIT_PASSWORD", kit["password"])
    code, _, err = run(capsys, "init", "--kit", tmp_path / "XA01.kit", "--db",
                       tmp_path / "station.sqlite3", "--lead", LEAD)
    assert code == 0, err
    station = Database.open(tmp_path / "station.sqlite3")
    export_bundle(station, tmp_path / "first.bundle", operator=lead_of(station))
    station.close()
    hq = Database.open(hq_path)
    try:
        with pytest.raises(BundleRefused) as refused:
            import_bundle(hq, tmp_path / "first.bundle", operator=_hq_operator(hq))
        assert refused.value.reason == "kit not from here"
        assert "a kit that this HQ did not write" in str(refused.value)
        assert find_peer(hq, "XA01") == []
    finally:
        hq.close()


def test_hq_writes_kits_only_for_new_stations_of_its_campaign(hq_path, tmp_path, db):
    hq = Database.open(hq_path)
    try:
        operator = _hq_operator(hq)
        with pytest.raises(ValueError, match="HQ's own code"):
            write_kit(hq, tmp_path / "a.kit", "HQ", "x", None, operator=operator)
        with pytest.raises(ValueError, match="no village 'Nowhere'"):
            write_kit(hq, tmp_path / "a.kit", "XA01", "x", ["Nowhere"], operator=operator)
        write_kit(hq, tmp_path / "a.kit", "XA01", STATION_NAME, None, operator=operator)
        with pytest.raises(ValueError, match="already exists"):
            write_kit(hq, tmp_path / "a.kit", "XA02", STATION_NAME, None, operator=operator)
        assert [k["state"] for k in list_kits(hq, operator=operator)] == ["waiting"]
        assert "secret" not in list_kits(hq, operator=operator)[0]
        with pytest.raises(PermissionError):
            write_kit(hq, tmp_path / "b.kit", "XA03", "x", None, operator=lead_of(hq))
    finally:
        hq.close()
    with pytest.raises(PermissionError):  # a station's lead
        write_kit(db, tmp_path / "c.kit", "XA03", "x", None, operator=lead_of(db))
    assert not (tmp_path / "b.kit").exists() and not (tmp_path / "c.kit").exists()


def test_this_document_is_enough_to_read_a_kit(hq_path, tmp_path):
    """Open a kit following docs/kit-format.md only, with `cryptography` and `sqlite3`."""
    import base64
    import sqlite3 as any_sqlite3
    import struct
    import zlib

    from cryptography.hazmat.primitives.asymmetric import ed25519
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    doc = (ROOT / "docs" / "kit-format.md").read_text()
    assert "CCCDSKIT" in doc and "scrypt" in doc and "AES-256-GCM" in doc
    kit = _write_kit(hq_path, tmp_path / "XA01.kit")
    data = (tmp_path / "XA01.kit").read_bytes()
    magic, version, length = struct.unpack(">8sHI", data[:14])
    assert (magic, version) == (b"CCCDSKIT", 1)
    header = json.loads(data[14:14 + length])
    kdf = header["kdf"]
    key = Scrypt(salt=base64.b64decode(kdf["salt"]), length=32, n=kdf["n"], r=kdf["r"],
                 p=kdf["p"]).derive(kit["password"].replace(" ", "").encode())
    plain = AESGCM(key).decrypt(base64.b64decode(header["nonce"]), data[14 + length:],
                                data[:14 + length])
    (size,) = struct.unpack(">I", plain[:4])
    contents = json.loads(plain[4:4 + size])
    assert (contents["station"], contents["name"]) == ("XA01", STATION_NAME)
    assert len(base64.b64decode(contents["secret"])) == 32
    identity = contents["hq"]
    fields = {k: v for k, v in identity.items() if k != "signature"}
    ed25519.Ed25519PublicKey.from_public_bytes(base64.b64decode(identity["sign_key"])).verify(
        base64.b64decode(identity["signature"]),
        json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode())
    image = zlib.decompress(plain[4 + size:])
    assert len(image) == contents["payload"]["size"]
    roster = any_sqlite3.connect(":memory:")
    roster.deserialize(image)
    for table, count in contents["payload"]["counts"].items():
        assert roster.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count["rows"]
    assert contents["payload"]["counts"]["residents"]["rows"] == kit["residents"] > 1000


def test_what_the_kit_carried_is_at_the_station_once_its_first_bundle_is_at_hq(hq_path,
                                                                               tmp_path):
    """Found in HQ's trial: right after a kit station's first bundle reached HQ, HQ counted the
    whole roster the kit carried as not yet at the station, and its first bundle back carried
    it again. The kit's records are at the station: HQ counts none of them missing, its bundle
    back carries the rest only (the other villages, a correction made after the kit), and the
    station then holds what HQ holds."""
    from station_app.services.kits import read_kit, set_up_from_kit
    from station_app.services.operators import find_operator
    from station_app.services.roster_edits import edit_resident
    from station_app.services.syncing import hq_stations
    from station_app.sync.status import pending_counts

    hq = Database.open(hq_path)
    try:
        officer = _hq_operator(hq)
        villages = [r[0] for r in hq.conn.execute(
            "SELECT name FROM areas WHERE kind = 'village' ORDER BY name LIMIT 2")]
        kit = write_kit(hq, tmp_path / "XA01.kit", "XA01", STATION_NAME, villages,
                        operator=officer)
        outside = "(SELECT h.id FROM households h JOIN areas v ON v.id = h.village_id" \
                  " WHERE v.name IN (?, ?))"
        other_households = hq.scalar(f"SELECT count(*) FROM households WHERE id NOT IN"
                                     f" {outside}", villages)
        other_residents = hq.scalar(f"SELECT count(*) FROM residents WHERE household_id IS NULL"
                                    f" OR household_id NOT IN {outside}", villages)
        assert kit["households"] > 0 and other_households > 0
        # a resident of the kit's villages corrected at HQ after the kit: that change travels
        corrected = hq.scalar(f"SELECT id FROM residents WHERE household_id IN {outside}"
                              " ORDER BY id LIMIT 1", villages)
        edit_resident(hq, corrected, {"full_name": "Nguyễn Văn Sửa"}, operator=lead_of(hq))
    finally:
        hq.close()

    station = tmp_path / "laptop" / "station.sqlite3"
    station.parent.mkdir()
    xa01 = set_up_from_kit(station, read_kit(tmp_path / "XA01.kit", kit["password"]), LEAD,
                           LEAD_PIN)
    try:
        export_bundle(xa01, tmp_path / "first.bundle", operator=find_operator(xa01, LEAD))
    finally:
        xa01.close()

    hq = Database.open(hq_path)
    try:
        import_bundle(hq, tmp_path / "first.bundle", operator=officer)
        (peer,) = find_peer(hq, "XA01")
        pending = pending_counts(hq, peer)
        assert not {"areas", "campaigns", "campaign_deadlines"} & set(pending), pending
        assert (pending["households"], pending["residents"]) == (other_households,
                                                                 other_residents + 1)
        (row,) = hq_stations(hq, operator=officer)
        assert row["not_acknowledged"] == sum(pending.values())
        back = export_bundle(hq, tmp_path / "back.bundle", to="XA01", operator=officer)
        assert not {"areas", "campaigns", "campaign_deadlines"} & set(back.counts)
        assert (back.counts["households"]["rows"], back.counts["residents"]["rows"]) == (
            other_households, other_residents + 1)
        held = {t: hq.query(f"SELECT id, ver FROM {t} ORDER BY id") for t in
                ("residents", "households", "areas", "campaigns", "campaign_deadlines")}
    finally:
        hq.close()

    xa01 = Database.open(station)
    try:
        import_bundle(xa01, tmp_path / "back.bundle", operator=find_operator(xa01, LEAD))
        for table, rows in held.items():
            assert xa01.query(f"SELECT id, ver FROM {table} ORDER BY id") == rows, table
        assert xa01.scalar("SELECT full_name FROM residents WHERE id = ?",
                           (corrected,)) == "Nguyễn Văn Sửa"
        export_bundle(xa01, tmp_path / "second.bundle", operator=find_operator(xa01, LEAD))
    finally:
        xa01.close()
    hq = Database.open(hq_path)
    try:  # the station acknowledged HQ's bundle: nothing of HQ's is missing there
        import_bundle(hq, tmp_path / "second.bundle", operator=officer)
        assert pending_counts(hq, find_peer(hq, "XA01")[0]) == {}
    finally:
        hq.close()
