"""Operators belong to the station that made them (issue 16, point 6), across three real
databases (stations XA01 and XA02, HQ) exchanging real bundles: an operator signs in only at
their own station (an hq operator only at HQ), PIN hashes never leave their laptop, only HQ
makes hq operators, and names are unique per station, not across stations."""

from __future__ import annotations

import sqlite3 as any_sqlite3  # a bundle's plain payload, read as an outside reader would
from pathlib import Path

import pytest
from bundle_helpers import payload_image
from cli_helpers import run

from station_app.core.sqlite import sqlite3
from station_app.services import operators as ops
from station_app.storage import Database, keys
from station_app.sync import create_keys, enrol, export_bundle, import_bundle, read_identity_file
from station_app.sync import write_identity_file as write_id
from station_app.sync.bundle import seal_bundle
from station_app.sync.identity import sign_private_key

LEAD = "Trưởng trạm"  # the default name of every station's lead
PINS = {"XA01": "1111", "XA02": "2222", "HQ": "9999"}


@pytest.fixture
def three(tmp_path) -> dict:
    """Two stations and HQ, each with its lead "Trưởng trạm" (HQ's has the hq role) and a
    staff member, enrolled both ways between HQ and each station."""
    made = {}
    for code, hq in (("XA01", False), ("XA02", False), ("HQ", True)):
        db = Database.create(tmp_path / f"{code}.sqlite3", code, f"Trạm {code}", hq=hq)
        create_keys(db)
        lead = ops.add_operator(db, LEAD, "hq" if hq else "lead", PINS[code])
        ops.add_operator(db, f"Cán bộ {code}", "staff", "5" + PINS[code], by=lead)
        write_id(db, tmp_path / f"{code}.id", operator=lead)
        made[code] = db
    hq = made["HQ"]
    for code in ("XA01", "XA02"):
        enrol(hq, read_identity_file(tmp_path / f"{code}.id"), operator=_lead(hq))
        enrol(made[code], read_identity_file(tmp_path / "HQ.id"), operator=_lead(made[code]))
    made["dir"] = tmp_path
    yield made
    for code in ("XA01", "XA02", "HQ"):
        made[code].close()


def _lead(db: Database) -> ops.Operator:
    """The station's lead, as the services get them once signed in."""
    return ops.find_operator(db, LEAD)


def _send(src: Database, dst: Database, folder: Path, name: str) -> tuple[Path, Database]:
    path = folder / name
    export_bundle(src, path, to=dst.station, operator=_lead(src))
    assert import_bundle(dst, path, operator=_lead(dst)).status == "applied"
    return path, dst


def _round(sites: dict) -> list[tuple[Path, Database]]:
    """Both stations send to HQ, HQ answers both: every operator row is now everywhere.
    Returns each bundle with its recipient."""
    hq, folder = sites["HQ"], sites["dir"]
    return [_send(sites["XA01"], hq, folder, "a-up.bundle"),
            _send(sites["XA02"], hq, folder, "b-up.bundle"),
            _send(hq, sites["XA01"], folder, "a-down.bundle"),
            _send(hq, sites["XA02"], folder, "b-down.bundle")]


def test_a_station_lead_signs_in_only_at_their_own_station(three):
    _round(three)
    xa01, xa02, hq = three["XA01"], three["XA02"], three["HQ"]
    # every laptop holds the three leads (names, roles, status travel for the audit) ...
    for db in (xa01, xa02, hq):
        assert db.scalar("SELECT count(*) FROM operators WHERE name = ?", (LEAD,)) == 3
    # ... but XA01's PIN opens nothing at XA02 or at HQ
    for db in (xa02, hq):
        with pytest.raises(ops.SignInRefused, match="wrong name or PIN"):
            ops.sign_in(db, LEAD, PINS["XA01"])
        with pytest.raises(ops.SignInRefused):
            ops.sign_in(db, "Cán bộ XA01", "5" + PINS["XA01"])
    # the staff of XA01 is not a name one can sign in with at XA02, nor listed there
    assert "Cán bộ XA01" not in [o["name"] for o in ops.list_operators(xa02, False)]
    assert ops.find_operator(xa02, "Cán bộ XA01") is None


def test_two_leads_of_the_same_name_both_still_sign_in_at_their_own_station(three):
    for _ in range(2):  # and again, once every laptop holds every row
        _round(three)
        for code in ("XA01", "XA02", "HQ"):
            db = three[code]
            assert [o["name"] for o in ops.list_operators(db)].count(LEAD) == 1  # to sign in
            signed = ops.sign_in(db, LEAD, PINS[code])
            assert signed.role == ("hq" if code == "HQ" else "lead")
            assert db.scalar("SELECT station FROM operators WHERE id = ?", (signed.id,)) == code


def test_wrong_pins_at_one_station_do_not_lock_the_same_name_at_another(three):
    xa01, xa02 = three["XA01"], three["XA02"]
    for _ in range(ops.LOCK_AFTER):
        with pytest.raises(ops.SignInRefused):
            ops.sign_in(xa01, LEAD, "0000")
    assert ops.locked_until(xa01, LEAD)
    _round(three)  # XA01's failed sign-ins reach XA02 through HQ within the minute
    assert ops.sign_in(xa02, LEAD, PINS["XA02"]).role == "lead"


def test_an_hq_operator_is_made_only_at_hq(three):
    xa01, hq = three["XA01"], three["HQ"]
    with pytest.raises(ops.OperatorError, match="only HQ makes hq operators"):
        ops.add_operator(xa01, "Cán bộ Sở", "hq", "4444", by=_lead(xa01))
    assert xa01.scalar("SELECT count(*) FROM operators WHERE role = 'hq'") == 0
    made = ops.add_operator(hq, "Cán bộ Sở", "hq", "4444", by=_lead(hq))
    assert ops.sign_in(hq, "can bo so", "4444") == made


def test_names_are_unique_per_station_not_across_stations(three):
    _round(three)
    xa01 = three["XA01"]
    lead = _lead(xa01)
    # XA02's staff name is free at XA01, since only XA02's holder signs in there
    here = ops.add_operator(xa01, "Cán bộ XA02", "staff", "7777", by=lead)
    assert ops.sign_in(xa01, "Cán bộ XA02", "7777") == here
    with pytest.raises(ops.OperatorError, match="already exists"):
        ops.add_operator(xa01, "CAN BO XA02", "volunteer", "8888", by=lead)
    # the data model too: two operators of one station with a PIN hash and one name
    with pytest.raises(sqlite3.IntegrityError), xa01.write() as w:
        w.insert("operators", {"name": "Cán bộ XA02", "role": "staff", "pin_hash": "x",
                               "active": 1, "station": "XA01"})


def test_no_bundle_holds_a_pin_hash(three):
    bundles = _round(three)
    hashes = [h.encode() for db in (three["XA01"], three["XA02"], three["HQ"])
              for (h,) in db.conn.execute("SELECT pin_hash FROM operators"
                                          " WHERE pin_hash IS NOT NULL")]
    assert len(hashes) == 6  # each laptop holds the hashes of its own two operators only
    salts_and_digests = [part for h in hashes for part in h.split(b"$")[-2:]]
    for path, recipient in bundles:
        plain, manifest = payload_image(path, recipient)
        assert "operators" in manifest["counts"] and LEAD.encode() in plain  # names travel
        assert not [h for h in hashes + salts_and_digests if h in plain]  # hashes do not
        payload = any_sqlite3.connect(":memory:")
        payload.deserialize(plain)
        columns = [r[1] for r in payload.execute("PRAGMA table_info(operators)")]
        assert "pin_hash" not in columns and {"name", "role", "active", "station"} <= set(columns)


def test_a_merge_never_writes_a_pin_hash(three):
    """A bundle that carries a PIN hash (an older app version, or a forged one signed by an
    enrolled laptop) for this station's operator, in a newer version of the row: the row's
    other columns are merged, its PIN hash stays the one made here."""
    xa01, hq, folder = three["XA01"], three["HQ"], three["dir"]
    staff = ops.find_operator(xa01, "Cán bộ XA01")
    path = folder / "genuine.bundle"
    export_bundle(hq, path, to="XA01", operator=_lead(hq))
    plain, manifest = payload_image(path, xa01)
    payload = any_sqlite3.connect(":memory:")
    payload.deserialize(plain)
    columns = {r[1] for r in payload.execute("PRAGMA table_info(operators)")}
    if "pin_hash" not in columns:
        payload.execute("ALTER TABLE operators ADD COLUMN pin_hash TEXT")
    row = {"id": staff.id, "name": "Cán bộ XA01", "role": "lead", "active": 1,
           "station": "XA01", "ver": "ffffffffffff.FORGED", "pin_hash": ops.hash_pin("0000")}
    row = {c: v for c, v in row.items() if c in columns | {"pin_hash"}}
    payload.execute(f"INSERT INTO operators ({', '.join(row)}) VALUES"
                    f" ({', '.join('?' * len(row))})", tuple(row.values()))
    payload.commit()
    manifest["counts"]["operators"]["rows"] += 1
    manifest["bundle_id"] = "0" * 32
    forged = seal_bundle(manifest, payload.serialize(), sign_private_key(hq),
                         bytes(xa01.scalar("SELECT enc_public FROM sync_keys")))
    (folder / "forged.bundle").write_bytes(forged)
    assert import_bundle(xa01, folder / "forged.bundle", operator=_lead(xa01)).status == "applied"
    assert xa01.scalar("SELECT role FROM operators WHERE id = ?", (staff.id,)) == "lead"
    with pytest.raises(ops.SignInRefused):
        ops.sign_in(xa01, "Cán bộ XA01", "0000")
    assert ops.sign_in(xa01, "Cán bộ XA01", "5" + PINS["XA01"]).id == staff.id


def test_the_command_line_signs_in_only_the_station_s_own_operators(three, capsys,
                                                                   monkeypatch):
    xa01 = three["XA01"]
    ops.add_operator(xa01, "Nguyễn Văn Hùng", "lead", "4321", by=_lead(xa01))
    _round(three)
    monkeypatch.setenv("STATION_APP_OPERATOR", "Nguyễn Văn Hùng")
    monkeypatch.setenv("STATION_APP_PIN", "4321")
    for other in ("XA02", "HQ"):
        code, _, err = run(capsys, "sync", "status", "--db", three[other].path)
        assert code == 1 and err == "station-app sync: wrong name or PIN\n", other
    code, _, err = run(capsys, "sync", "status", "--db", xa01.path)
    assert code == 0, err


def test_an_older_database_keeps_its_own_operators_and_drops_the_hashes_of_others(three):
    """A database of the version before: operators had no station, and merges had brought
    other laptops' operators with their hashes. The migration gives each operator the station
    whose laptop made it (from the node in its id) and clears the hashes made elsewhere."""
    _round(three)
    hq = three["HQ"]
    path = hq.path
    hq.close()
    conn = sqlite3.connect(path)
    conn.execute(keys.key_pragma(keys.database_key(path)))
    foreign = conn.execute("SELECT id FROM operators WHERE station <> 'HQ' LIMIT 1").fetchone()[0]
    conn.execute("DROP INDEX operators_name_here")
    conn.execute("UPDATE meta SET value = 1 WHERE key = 'writing'")  # as Database.write does
    conn.execute("UPDATE operators SET pin_hash = 'scrypt$leaked',"
                 " rev = (SELECT value FROM meta WHERE key = 'rev') WHERE id = ?", (foreign,))
    conn.execute("UPDATE meta SET value = 0 WHERE key = 'writing'")
    conn.execute("ALTER TABLE operators DROP COLUMN station")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm0712_operator_station'")
    conn.commit()
    conn.close()
    hq = three["HQ"] = Database.open(path)
    stations = dict(hq.conn.execute("SELECT name, station FROM operators"
                                    " WHERE name LIKE 'Cán bộ %'"))
    assert stations == {"Cán bộ XA01": "XA01", "Cán bộ XA02": "XA02", "Cán bộ HQ": "HQ"}
    assert hq.scalar("SELECT pin_hash FROM operators WHERE id = ?", (foreign,)) is None
    assert ops.sign_in(hq, LEAD, PINS["HQ"]).role == "hq"
    with pytest.raises(sqlite3.IntegrityError):  # the guard trigger is back
        hq.conn.execute("UPDATE operators SET active = 0")
