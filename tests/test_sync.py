"""Sync bundles between real station databases: what travels, what is refused and why, that a
refused, cancelled or killed import changes nothing, acknowledgements, conflicts, LWW."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from cli_helpers import add_crew, lead_of, serve_every_village

from station_app.core.clock import wall_ms
from station_app.services.intake import correct_intake, record_intake
from station_app.services.roster_import import import_roster
from station_app.storage import Database, copy_database
from station_app.sync import (
    BundleRefused,
    MergeCancelled,
    create_keys,
    enrol,
    export_bundle,
    import_bundle,
    open_conflicts,
    read_identity_file,
    revoke,
    sync_status,
    write_identity_file,
)
from station_app.sync.bundle import MAGIC
from station_app.sync.tables import synced_tables

ROOT = Path(__file__).resolve().parent.parent
SITES = ("hq", "xa01", "xa02")


# -- fixtures: HQ holding the small roster, two stations; HQ and each station enrolled --------
@pytest.fixture(scope="session")
def _sites_template(tmp_path_factory, small_roster) -> Path:
    folder = tmp_path_factory.mktemp("sync-sites")
    hq = Database.create(folder / "hq.sqlite3", "HQ", "Công an tỉnh", hq=True)
    xa01 = Database.create(folder / "xa01.sqlite3", "XA01", "Trạm UBND xã Hòa Bình")
    xa02 = Database.create(folder / "xa02.sqlite3", "XA02", "Trạm trường THCS Tân Lập")
    for db in (hq, xa01, xa02):
        create_keys(db)
        add_crew(db)
        write_identity_file(db, folder / f"{db.station.lower()}.id", operator=lead_of(db))
    for station in (xa01, xa02):
        enrol(hq, read_identity_file(folder / f"{station.station.lower()}.id"), operator=lead_of(hq))
        enrol(station, read_identity_file(folder / "hq.id"), operator=lead_of(station))
    import_roster(hq, small_roster, operator=lead_of(hq))
    serve_every_village(hq, ("XA01", "XA02"))
    for db in (hq, xa01, xa02):
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    return folder


@pytest.fixture
def sites(tmp_path, _sites_template):
    """{'hq': Database, 'xa01': ..., 'xa02': ..., 'dir': Path} (fresh copies per test).

    The three laptops share one clock that steps a millisecond at each reading: of two writes
    the later one in the test is the later one in time, however fast the machine runs them
    (on the wall clock both may fall in one millisecond, and then the random node ids, not
    the order, would decide which wins)."""
    for item in _sites_template.iterdir():
        if item.suffix == ".sqlite3":
            copy_database(item, tmp_path / item.name)
        else:
            shutil.copy(item, tmp_path / item.name)
    clock = itertools.count(wall_ms()).__next__
    opened = {name: Database.open(tmp_path / f"{name}.sqlite3") for name in SITES}
    for db in opened.values():
        db.clock = clock
    yield {**opened, "dir": tmp_path}
    for db in opened.values():
        db.close()


def content(db: Database) -> dict:
    """The synced content: every synced table's rows without the local rev, and the graves."""
    out = {}
    for name, table in synced_tables(db.conn).items():
        cols = ", ".join(table.columns)
        out[name] = db.conn.execute(f"SELECT {cols} FROM {name} ORDER BY id").fetchall()
    out["graves"] = db.conn.execute("SELECT tbl, id, ver FROM graves ORDER BY tbl, id").fetchall()
    return out


def snapshot(db: Database) -> dict:
    """Everything in the database but the bundle log (which records refusals by design)."""
    names = [r[0] for r in db.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name <> 'bundle_receipts'")]
    return {n: sorted(db.conn.execute(f"SELECT * FROM {n}").fetchall(), key=repr) for n in names}


def send(src: Database, dst: Database, folder: Path, name: str):
    path = folder / name
    export_bundle(src, path, to=dst.station, operator=lead_of(src))
    return import_bundle(dst, path, operator=lead_of(dst))


# -- what travels ---------------------------------------------------------------------------
def test_roster_reaches_a_station_and_a_repeat_is_recognised(sites):
    hq, xa01, folder = sites["hq"], sites["xa01"], sites["dir"]
    result = export_bundle(hq, folder / "roster.bundle", to=folder / "xa01.id", operator=lead_of(hq))
    assert result.counts["residents"]["rows"] == hq.scalar("SELECT count(*) FROM residents")
    outcome = import_bundle(xa01, folder / "roster.bundle", operator=lead_of(xa01))
    assert outcome.status == "applied" and outcome.sender == "HQ"
    for table in ("areas", "households", "residents"):
        assert content(xa01)[table] == content(hq)[table]
    before = snapshot(xa01)
    again = import_bundle(xa01, folder / "roster.bundle", operator=lead_of(xa01))
    assert again.status == "already applied"
    assert snapshot(xa01) == before
    assert xa01.scalar("SELECT count(*) FROM bundle_receipts WHERE status = 'already applied'") == 1
    # A damaged copy of it is reported as damaged, not as already applied.
    copy = folder / "copy.bundle"
    copy.write_bytes((folder / "roster.bundle").read_bytes()[:-1000])
    with pytest.raises(BundleRefused) as refused:
        import_bundle(xa01, copy, operator=lead_of(xa01))
    assert refused.value.reason == "truncated"
    assert snapshot(xa01) == before


def test_a_bulk_merge_puts_back_every_index_and_guard(sites, monkeypatch):
    """A big merge into a database it has to itself drops indexes and lifts the guard
    triggers while it writes (sync/merge.py); here every table counts as big. Afterwards the
    schema is as before, the rows as at the sender, and a write that bypasses change recording
    is refused again."""
    from station_app.core.sqlite import sqlite3
    from station_app.sync import merge

    monkeypatch.setattr(merge, "BULK_MIN_ROWS", 1)
    hq, xa01, folder = sites["hq"], sites["xa01"], sites["dir"]
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    before = {db.station: db.conn.execute(schema).fetchall() for db in (hq, xa01)}
    assert send(hq, xa01, folder, "roster").rows["residents"] > 100
    ids = [r[0] for r in xa01.conn.execute("SELECT id FROM residents ORDER BY id LIMIT 40")]
    with xa01.write("edit", "test") as w:  # rows HQ holds, changed here: an update at HQ
        w.update_many("residents", ("card_status",), [("has_card", i) for i in ids])
    assert send(xa01, hq, folder, "back").rows["residents"] == 40
    for db in (hq, xa01):
        assert db.conn.execute(schema).fetchall() == before[db.station]
        assert db.scalar("PRAGMA integrity_check") == "ok"
        with pytest.raises(sqlite3.IntegrityError, match="bypasses change recording"):
            db.conn.execute("UPDATE residents SET card_status = 'needs_card' WHERE id = ?",
                            (ids[0],))
        with pytest.raises(sqlite3.IntegrityError, match="bypasses change recording"):
            db.conn.execute("INSERT INTO areas (id, kind, name, name_fold, rev, ver)"
                            " VALUES ('X1', 'village', 'X', 'x', 1, '0.X')")
    for table in ("areas", "households", "residents"):
        assert content(xa01)[table] == content(hq)[table]


def test_merged_rows_get_a_local_rev_and_travel_on_through_hq(sites):
    hq, xa01, xa02, folder = sites["hq"], sites["xa01"], sites["xa02"], sites["dir"]
    send(hq, xa01, folder, "1")
    send(hq, xa02, folder, "2")
    resident = xa01.scalar("SELECT id FROM residents ORDER BY id LIMIT 1")
    intake = record_intake(xa01, resident, "collected", desk="1", operator=lead_of(xa01))
    rev = xa01.scalar("SELECT rev FROM intakes WHERE id = ?", (intake["id"],))
    assert send(xa01, hq, folder, "3").rows["intakes"] == 1
    hq_rev = hq.scalar("SELECT rev FROM intakes WHERE id = ?", (intake["id"],))
    assert hq_rev == int(hq.meta("rev")) and hq_rev != rev   # HQ's own change number
    forwarded = send(hq, xa02, folder, "4")
    assert forwarded.rows.get("intakes") == 1
    assert xa02.one("SELECT outcome, station FROM intakes WHERE id = ?", (intake["id"],)) == {
        "outcome": "collected", "station": "XA01"}
    # HQ does not send XA01 its own intake back, and XA02 does not echo it to HQ.
    back = export_bundle(hq, folder / "5", to="XA01", operator=lead_of(hq))
    assert "intakes" not in back.counts
    echo = export_bundle(xa02, folder / "6", operator=lead_of(xa02))
    assert "intakes" not in echo.counts


def test_hq_acknowledgement_brings_not_yet_at_hq_to_zero(sites):
    hq, xa01, folder = sites["hq"], sites["xa01"], sites["dir"]
    send(hq, xa01, folder, "roster")
    for resident in [r[0] for r in xa01.conn.execute("SELECT id FROM residents LIMIT 5")]:
        record_intake(xa01, resident, "collected", desk="2", operator=lead_of(xa01))
    assert sync_status(xa01, operator=lead_of(xa01))["not_at_hq"] >= 5
    export_bundle(xa01, folder / "evening.bundle", operator=lead_of(xa01))                 # to the enrolled HQ
    import_bundle(hq, folder / "evening.bundle", operator=lead_of(hq))
    assert sync_status(xa01, operator=lead_of(xa01))["not_at_hq"] >= 5                     # nothing came back yet
    export_bundle(hq, folder / "morning.bundle", to=folder / "xa01.id", operator=lead_of(hq))
    import_bundle(xa01, folder / "morning.bundle", operator=lead_of(xa01))
    assert sync_status(xa01, operator=lead_of(xa01))["not_at_hq"] == 0
    # A new intake is again something HQ does not have.
    other = xa01.scalar("SELECT id FROM residents ORDER BY id DESC LIMIT 1")
    record_intake(xa01, other, "missing_documents", desk="2", operator=lead_of(xa01))
    assert sync_status(xa01, operator=lead_of(xa01))["not_at_hq"] == 2  # the intake and its audit entry


def test_what_no_bundle_holds_yet_is_counted_apart_from_what_hq_lacks(sites):
    """After a bundle is written (HQ has not answered), HQ still lacks its changes but no
    bundle is left to write; a change after it is both."""
    hq, xa01, folder = sites["hq"], sites["xa01"], sites["dir"]
    send(hq, xa01, folder, "roster")
    for resident in [r[0] for r in xa01.conn.execute("SELECT id FROM residents LIMIT 3")]:
        record_intake(xa01, resident, "collected", desk="2", operator=lead_of(xa01))

    def to_hq() -> dict:
        status = sync_status(xa01, operator=lead_of(xa01))
        return next(p for p in status["peers"] if p["hq"])

    before = to_hq()
    assert before["not_yet_written"] == before["not_yet_there"] >= 6
    export_bundle(xa01, folder / "evening.bundle", operator=lead_of(xa01))
    written = to_hq()
    assert (written["not_yet_there"], written["not_yet_written"]) == (before["not_yet_there"], 0)
    other = xa01.scalar("SELECT id FROM residents ORDER BY id DESC LIMIT 1")
    record_intake(xa01, other, "missing_documents", desk="2", operator=lead_of(xa01))
    after = to_hq()
    assert after["not_yet_written"] == 2  # the intake and its audit entry
    assert after["not_yet_there"] == before["not_yet_there"] + 2


def test_every_table_with_change_columns_is_synced(sites):
    tables = synced_tables(sites["hq"].conn)
    with_columns = [name for (name,) in sites["hq"].conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'graves'")
        if {"id", "rev", "ver"} <= {r[1] for r in sites["hq"].conn.execute(
            f"PRAGMA table_info({name})")}]
    assert sorted(tables) == sorted(with_columns)
    assert {"residents", "intakes", "tickets", "ticket_events", "letters"} <= set(tables)
    assert not {"sync_keys", "sync_peers", "bundle_receipts", "meta"} & set(tables)


# -- last writer wins -------------------------------------------------------------------------
def _household(db: Database) -> str:
    return db.scalar("SELECT id FROM households ORDER BY id LIMIT 1")


def later() -> None:
    """Let the wall clock pass a millisecond: two laptops' writes in the same millisecond are
    ordered by node id, not by which came first."""
    time.sleep(0.002)


def test_the_later_edit_wins_on_both_sides(sites):
    hq, xa01, folder = sites["hq"], sites["xa01"], sites["dir"]
    send(hq, xa01, folder, "1")
    household = _household(hq)
    with xa01.write("edit") as w:
        w.update("households", household, {"phone": "0900000001"})
    later()
    with hq.write("edit") as w:  # later: wins
        w.update("households", household, {"phone": "0900000002"})
    send(xa01, hq, folder, "2")
    send(hq, xa01, folder, "3")
    for db in (hq, xa01):
        assert db.scalar("SELECT phone FROM households WHERE id = ?", (household,)) == "0900000002"
    assert content(hq) == content(xa01)


def test_a_later_deletion_beats_an_edit_and_an_earlier_one_loses(sites):
    hq, xa01, folder = sites["hq"], sites["xa01"], sites["dir"]
    send(hq, xa01, folder, "1")
    first, second = [r[0] for r in hq.conn.execute(
        "SELECT id FROM residents ORDER BY id LIMIT 2")]
    with xa01.write("edit") as w:
        w.update("residents", first, {"card_status": "has_card"})
    later()
    with hq.write("delete") as w:        # later than the edit: the resident is gone everywhere
        w.delete("residents", first)
    with hq.write("delete") as w:        # earlier than the station's edit: the edit wins
        w.delete("residents", second)
    later()
    with xa01.write("edit") as w:
        w.update("residents", second, {"card_status": "exempt"})
    send(xa01, hq, folder, "2")
    send(hq, xa01, folder, "3")
    for db in (hq, xa01):
        assert db.scalar("SELECT count(*) FROM residents WHERE id = ?", (first,)) == 0
        assert db.scalar("SELECT count(*) FROM graves WHERE id = ?", (first,)) == 1
        assert db.scalar("SELECT card_status FROM residents WHERE id = ?", (second,)) == "exempt"
        assert db.scalar("SELECT count(*) FROM graves WHERE id = ?", (second,)) == 0
    assert content(hq) == content(xa01)


def test_clock_never_runs_behind_a_merged_version(sites):
    hq, xa01, folder = sites["hq"], sites["xa01"], sites["dir"]
    send(hq, xa01, folder, "1")
    household = _household(hq)
    # HQ's clock runs an hour fast: its edit carries a version from the future.
    hq.conn.execute("UPDATE meta SET value = value + 3600000 WHERE key = 'hlc'")
    with hq.write("edit") as w:
        w.update("households", household, {"address": "Số 1, fast clock"})
    fast = hq.scalar("SELECT ver FROM households WHERE id = ?", (household,))
    send(hq, xa01, folder, "2")
    assert int(xa01.meta("hlc")) >= int(fast.split(".")[0], 16)
    with xa01.write("edit") as w:  # made after seeing HQ's edit: must win over it
        w.update("households", household, {"address": "Số 2, after"})
    assert xa01.scalar("SELECT ver FROM households WHERE id = ?", (household,)) > fast
    send(xa01, hq, folder, "3")
    assert hq.scalar("SELECT address FROM households WHERE id = ?", (household,)) == "Số 2, after"


def test_the_same_key_made_on_two_laptops_keeps_the_newer(sites):
    """XA01's letterhead set at XA01 and, later, at HQ (a station may set only its own)."""
    hq, xa01, xa02, folder = sites["hq"], sites["xa01"], sites["xa02"], sites["dir"]
    with xa01.write("setting") as w:
        w.insert("letter_settings", {"key": "XA01:issuer", "value": "Công an xã Hòa Bình"})
    with hq.write("setting") as w:
        newer = w.insert("letter_settings", {"key": "XA01:issuer", "value": "Công an xã Tân Lập"})
    outcome = send(xa01, hq, folder, "2")
    assert outcome.status == "applied" and outcome.set_aside == 0
    send(hq, xa01, folder, "3")
    send(hq, xa02, folder, "4")
    for db in (hq, xa01, xa02):
        assert db.query("SELECT id, value FROM letter_settings") == [
            {"id": newer, "value": "Công an xã Tân Lập"}]
    assert content(hq)["letter_settings"] == content(xa01)["letter_settings"]
    assert hq.scalar("SELECT count(*) FROM sync_duplicates WHERE tbl = 'letter_settings'") == 1


# -- conflicts --------------------------------------------------------------------------------
def test_a_resident_collected_at_two_stations_is_kept_twice_and_listed(sites):
    hq, xa01, xa02, folder = sites["hq"], sites["xa01"], sites["xa02"], sites["dir"]
    send(hq, xa01, folder, "1")
    send(hq, xa02, folder, "2")
    resident = hq.scalar("SELECT id FROM residents ORDER BY id LIMIT 1")
    first = record_intake(xa01, resident, "collected", desk="1", operator=lead_of(xa01))
    second = record_intake(xa02, resident, "collected", desk="3", operator=lead_of(xa02))
    send(xa01, hq, folder, "3")
    assert open_conflicts(hq, operator=lead_of(hq)) == []
    outcome = send(xa02, hq, folder, "4")
    assert outcome.conflicts == 1
    [conflict] = open_conflicts(hq, operator=lead_of(hq))
    assert conflict["resident"]["id"] == resident
    assert {i["id"] for i in conflict["intakes"]} == {first["id"], second["id"]}
    assert {i["station"] for i in conflict["intakes"]} == {"XA01", "XA02"}
    send(hq, xa01, folder, "5")
    assert len(open_conflicts(xa01, operator=lead_of(xa01))) == 1
    # A person finds XA02 recorded the wrong resident and corrects it there.
    other = hq.scalar("SELECT id FROM residents ORDER BY id LIMIT 1 OFFSET 1")
    correct_intake(xa02, second["id"], "wrong person", resident_id=other, operator=lead_of(xa02))
    send(xa02, hq, folder, "6")
    assert open_conflicts(hq, operator=lead_of(hq)) == []
    assert hq.scalar("SELECT count(*) FROM intakes WHERE resident_id = ?", (resident,)) == 2


# -- refused bundles ----------------------------------------------------------------------------
@pytest.fixture
def roster_bundle(sites) -> tuple[Path, bytes]:
    path = sites["dir"] / "roster.bundle"
    export_bundle(sites["hq"], path, to="XA01", operator=lead_of(sites["hq"]))
    return path, path.read_bytes()


def _refused(db: Database, path: Path, data: bytes) -> str:
    path.write_bytes(data)
    before = snapshot(db)
    with pytest.raises(BundleRefused) as caught:
        import_bundle(db, path, operator=lead_of(db))
    assert snapshot(db) == before
    return caught.value.reason


def _regions(data: bytes) -> dict[str, range]:
    m = int.from_bytes(data[10:14], "big")
    manifest_end = 14 + m
    return {
        "magic": range(0, 8), "version": range(8, 10), "manifest length": range(10, 14),
        "manifest": range(14, manifest_end), "signature": range(manifest_end, manifest_end + 64),
        "hpke enc": range(manifest_end + 64, manifest_end + 96),
        "ciphertext": range(manifest_end + 96, len(data) - 16),
        "gcm tag": range(len(data) - 16, len(data)),
    }


def test_a_single_flipped_byte_anywhere_is_refused_and_changes_nothing(sites, roster_bundle):
    path, data = roster_bundle
    xa01 = sites["xa01"]
    regions = _regions(data)
    manifest = data[regions["manifest"].start:regions["manifest"].stop]
    sender_key = json.loads(manifest)["sender"]["key_id"].encode()
    key_at = regions["manifest"].start + manifest.index(sender_key)
    sender_key_span = range(key_at, key_at + len(sender_key))
    expected = {"magic": {"not a bundle"}, "version": {"unsupported version"}}
    for region, span in regions.items():
        picks = sorted({span.start, span.stop - 1, *span[:: max(1, len(span) // 12)]})
        for pos in picks:
            damaged = bytearray(data)
            damaged[pos] ^= 0xFF
            reason = _refused(xa01, path, bytes(damaged))
            want = expected.get(region, {"altered"})
            if pos in sender_key_span:  # still readable: names a key nobody enrolled
                want = {"unknown sender", "altered"}
            assert reason in want, (region, pos, reason)
    path.write_bytes(data)
    assert import_bundle(xa01, path, operator=lead_of(xa01)).status == "applied"  # the undamaged file still imports


def test_a_truncated_bundle_is_refused_and_changes_nothing(sites, roster_bundle):
    path, data = roster_bundle
    m = int.from_bytes(data[10:14], "big")
    for length in (0, 5, 13, 14, 14 + m // 2, 14 + m + 10, 14 + m + 64, 14 + m + 200,
                   len(data) // 2, len(data) - 1):
        assert _refused(sites["xa01"], path, data[:length]) == "truncated", length


def test_other_refusals_each_give_their_reason(sites, roster_bundle):
    hq, xa01, xa02, folder = sites["hq"], sites["xa01"], sites["xa02"], sites["dir"]
    path, data = roster_bundle
    assert _refused(xa02, path, data) == "wrong recipient"
    assert _refused(hq, path, data) == "wrong recipient"          # HQ's own bundle
    assert _refused(xa01, path, data[:8] + b"\x00\x02" + data[10:]) == "unsupported version"
    assert _refused(xa01, path, b"PK\x03\x04" + data[4:]) == "not a bundle"
    assert _refused(xa01, path, data + b"\x00") == "altered"
    # A laptop nobody enrolled.
    stranger = Database.create(folder / "stranger.sqlite3", "XA09", "Trạm lạ")
    create_keys(stranger)
    add_crew(stranger)
    write_identity_file(hq, folder / "hq-again.id", operator=lead_of(hq))
    enrol(stranger, read_identity_file(folder / "hq-again.id"), operator=lead_of(stranger))
    export_bundle(stranger, folder / "stranger.bundle", operator=lead_of(stranger))
    assert _refused(hq, folder / "stranger.bundle",
                    (folder / "stranger.bundle").read_bytes()) == "unknown sender"
    # A revoked station: HQ refuses what it signs, even a bundle written before the revocation.
    export_bundle(xa01, folder / "before-revocation.bundle", operator=lead_of(xa01))
    revoke(hq, "XA01", operator=lead_of(hq))
    assert _refused(hq, folder / "before-revocation.bundle",
                    (folder / "before-revocation.bundle").read_bytes()) == "revoked sender"
    log = [r[0] for r in hq.conn.execute(
        "SELECT reason FROM bundle_receipts WHERE status = 'refused' ORDER BY seq")]
    assert log[-1].startswith("revoked sender") and log[-2].startswith("unknown sender")


def test_exported_bytes_hold_no_personal_data_in_clear(sites, roster_bundle):
    hq = sites["hq"]
    path, data = roster_bundle
    compressed = sites["dir"] / "small.bundle"
    export_bundle(hq, compressed, to="XA01", compress=True, operator=lead_of(hq))
    secrets = set()
    for name, fold, pid, old in hq.conn.execute(
            "SELECT full_name, name_fold, personal_id, old_id FROM residents"):
        secrets.update(s.encode() for s in (name, fold, pid, old) if s)
    for phone, head in hq.conn.execute("SELECT phone, head_name FROM households"):
        secrets.update(s.encode() for s in (phone, head) if s)
    assert len(secrets) > 1000
    keys = hq.conn.execute("SELECT sign_private, enc_private FROM sync_keys").fetchone()
    for blob in (data, compressed.read_bytes()):
        assert blob.startswith(MAGIC)
        assert not [s for s in secrets if s in blob]
        assert bytes(keys[0]) not in blob and bytes(keys[1]) not in blob
    outcome = import_bundle(sites["xa01"], compressed, operator=lead_of(sites["xa01"]))
    assert outcome.status == "applied" and outcome.rows["residents"] > 1000


def _clear_secrets(hq: Database) -> set[bytes]:
    """Residents' names (as typed and folded), ID numbers, heads of household and phones."""
    found = set()
    for row in hq.conn.execute("SELECT full_name, name_fold, personal_id, old_id FROM residents"
                               " UNION ALL SELECT phone, head_name, NULL, NULL FROM households"):
        found.update(s.encode() for s in row if s)
    return found


def test_a_payload_reaches_the_disk_only_encrypted_and_is_removed(sites, roster_bundle):
    """A bundle's payload is a database file of its own while HQ writes it and while the
    station merges it: beside the station's database, the user's alone, never a name or an ID
    number in clear, and gone afterwards."""
    hq, xa01 = sites["hq"], sites["xa01"]
    secrets = _clear_secrets(hq)
    assert len(secrets) > 1000
    seen: list[tuple[int, bool]] = []

    def look(folder: Path, prefix: str) -> None:
        for file in folder.glob(f".{prefix}.*.station-app.tmp"):
            data = file.read_bytes()
            seen.append((file.stat().st_mode & 0o777, any(s in data for s in secrets)))

    hq.conn.set_trace_callback(  # when the payload is complete, just before it is detached
        lambda sql: look(hq.path.parent, "sync_out") if sql.startswith("DETACH") else None)
    export_bundle(hq, sites["dir"] / "again.bundle", to="XA01", operator=lead_of(hq))
    hq.conn.set_trace_callback(None)
    assert seen == [(0o600, False)]
    outcome = import_bundle(xa01, sites["dir"] / "again.bundle", operator=lead_of(xa01),
                            progress=lambda *_: look(xa01.path.parent, "sync_in"))
    assert outcome.rows["residents"] > 1000
    assert len(seen) > 3 and set(seen) == {(0o600, False)}
    assert not list(sites["dir"].glob("*.tmp")) and not list(sites["dir"].glob(".*.tmp*"))


def test_export_writes_one_whole_file_and_leaves_nothing_else(sites):
    folder = sites["dir"] / "usb"
    folder.mkdir()
    first = export_bundle(sites["hq"], folder / "to-xa01.bundle", to="XA01", operator=lead_of(sites["hq"]))
    second = export_bundle(sites["hq"], folder / "to-xa01.bundle", to="XA01", operator=lead_of(sites["hq"]))  # replaces it
    assert os.listdir(folder) == ["to-xa01.bundle"]
    assert (folder / "to-xa01.bundle").stat().st_size == second.size
    assert first.digest != second.digest


# -- all or nothing -----------------------------------------------------------------------------
def test_a_cancelled_import_changes_nothing(sites, roster_bundle):
    path, _ = roster_bundle
    xa01 = sites["xa01"]
    before = snapshot(xa01)
    with pytest.raises(MergeCancelled):
        import_bundle(xa01, path, progress=lambda table, done, total: done < 3, operator=lead_of(xa01))
    assert snapshot(xa01) == before
    assert import_bundle(xa01, path, operator=lead_of(xa01)).status == "applied"


KILLED_IMPORT = textwrap.dedent("""
    import sys
    from station_app.services.operators import find_operator
    from station_app.storage import Database, db as storage_db
    from station_app.sync import import_bundle, receive

    storage_db.BULK_CACHE_KIB = -64  # a small page cache: merged pages reach the disk early
    if sys.argv[3] == "bulk":     # the rollback-journal path of a big first load
        receive.BULK_JOURNAL_BYTES = receive.BULK_EMPTY_RATIO = 0
    db = Database.open(sys.argv[1])

    def progress(table, done, total):
        if table == "residents":  # the tables before it are merged; residents are next
            print("merging", table, flush=True)
            sys.stdin.readline()  # hold the transaction open until killed

    import_bundle(db, sys.argv[2], progress=progress,
                  operator=find_operator(db, "Trưởng trạm"))
    print("finished", flush=True)
""")


@pytest.mark.parametrize("mode", ["wal", "bulk"])
def test_a_process_killed_during_import_leaves_the_database_as_before(sites, roster_bundle,
                                                                      mode):
    path, _ = roster_bundle
    db_path = sites["dir"] / "xa01.sqlite3"
    before = snapshot(sites["xa01"])
    sites["xa01"].close()  # the bulk path needs the database to itself
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", KILLED_IMPORT, str(db_path), str(path), mode],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout.readline().split() == ["merging", "residents"]
        # Half the bundle is merged, and some of it already written to disk.
        journal = Path(f"{db_path}-journal" if mode == "bulk" else f"{db_path}-wal")
        assert journal.exists() and journal.stat().st_size > 0
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        proc.kill()
    reopened = Database.open(db_path)
    try:
        assert reopened.scalar("PRAGMA journal_mode") == "wal"
        assert snapshot(reopened) == before
        assert import_bundle(reopened, path, operator=lead_of(reopened)).status == "applied"
    finally:
        reopened.close()
        sites["xa01"] = Database.open(db_path)


# -- command line -------------------------------------------------------------------------------
def run_cli(*argv: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "station_app", *argv], capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.mark.slow
def test_command_line_round_trip(tmp_path, small_roster):
    hq, st = str(tmp_path / "hq.db"), str(tmp_path / "st.db")
    assert run_cli("init", "--db", hq, "--station", "HQ", "--name", "Công an tỉnh",
                   "--hq").returncode == 0
    assert run_cli("init", "--db", st, "--station", "XA01", "--name", "Trạm xã").returncode == 0
    shown = json.loads(run_cli("identity", "show", "--db", st, "--json").stdout)
    assert len(shown["key_id"]) == 32 and shown["hq"] is False
    for db, out in ((hq, "hq.id"), (st, "st.id")):
        assert run_cli("identity", "export", "--db", db, "--out",
                       str(tmp_path / out)).returncode == 0
    enrolled = run_cli("enrol", "--db", hq, str(tmp_path / "st.id"))
    assert "enrolled station XA01" in enrolled.stdout
    assert run_cli("enrol", "--db", st, str(tmp_path / "hq.id")).returncode == 0
    assert run_cli("import-roster", "--db", hq, str(small_roster)).returncode == 0

    down = run_cli("export-bundle", "--db", hq, "--out", str(tmp_path / "down.bundle"),
                   "--to", str(tmp_path / "st.id"), "--json")
    assert json.loads(down.stdout)["counts"]["residents"]["rows"] > 1000
    applied = run_cli("import-bundle", "--db", st, str(tmp_path / "down.bundle"),
                      str(tmp_path / "down.bundle"), "--json")
    assert [o["status"] for o in json.loads(applied.stdout)] == ["applied", "already applied"]
    data = (tmp_path / "down.bundle").read_bytes()
    changed = bytearray(data)
    changed[len(data) // 2] ^= 0x01
    for damage, copy in (("altered", bytes(changed)), ("truncated", data[:-5000]),
                         ("altered", data + b"\0" * 10)):  # a byte changed, cut, bytes added
        (tmp_path / "copy.bundle").write_bytes(copy)
        again = run_cli("import-bundle", "--db", st, str(tmp_path / "copy.bundle"))
        assert again.returncode == 1 and again.stdout == "", again.stdout
        assert again.stderr.count("\n") == 1 and f"refused ({damage})" in again.stderr
    status = run_cli("sync", "status", "--db", st)
    assert "not yet at HQ: 4 changes" in status.stdout  # its lead, and the audit entries of
    # the lead, the key and the enrolment

    assert run_cli("export-bundle", "--db", st, "--out", str(tmp_path / "up.bundle")
                   ).returncode == 0
    assert run_cli("import-bundle", "--db", hq, str(tmp_path / "up.bundle")).returncode == 0
    assert run_cli("export-bundle", "--db", hq, "--out", str(tmp_path / "ack.bundle"), "--to",
                   "XA01").returncode == 0
    assert run_cli("import-bundle", "--db", st, str(tmp_path / "ack.bundle")).returncode == 0
    assert "not yet at HQ: 0 changes" in run_cli("sync", "status", "--db", st).stdout
    assert "no open conflicts" in run_cli("conflicts", "--db", hq).stdout

    assert run_cli("export-bundle", "--db", st, "--out", str(tmp_path / "up2.bundle")
                   ).returncode == 0
    damaged = bytearray((tmp_path / "up2.bundle").read_bytes())
    damaged[-100] ^= 0x01
    (tmp_path / "bad.bundle").write_bytes(bytes(damaged))
    refused = run_cli("import-bundle", "--db", hq, str(tmp_path / "bad.bundle"))
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "refused (altered)" in refused.stderr
    assert "Traceback" not in refused.stderr

    assert run_cli("revoke", "--db", hq, "XA01").returncode == 0
    refused = run_cli("import-bundle", "--db", hq, str(tmp_path / "up.bundle"))
    assert refused.returncode == 1 and "revoked sender" in refused.stderr
    missing = run_cli("export-bundle", "--db", st, "--out", str(tmp_path / "x"), "--to", "XA77")
    assert missing.returncode != 0 and missing.stderr.count("\n") == 1


# -- the format document is enough --------------------------------------------------------------
def _hpke_base_open(enc_private: bytes, ciphertext: bytes, info: bytes) -> bytes:
    """RFC 9180 base-mode single-shot open for DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
    AES-256-GCM, written from the RFC with plain primitives: an independent reader that checks
    docs/bundle-format.md (the app itself uses cryptography's hpke.Suite)."""
    from cryptography.hazmat.primitives import hashes, hmac
    from cryptography.hazmat.primitives.asymmetric import x25519
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDFExpand

    def extract(salt: bytes, ikm: bytes) -> bytes:
        h = hmac.HMAC(salt or bytes(32), hashes.SHA256())
        h.update(ikm)
        return h.finalize()

    def labeled_extract(suite: bytes, salt: bytes, label: bytes, ikm: bytes) -> bytes:
        return extract(salt, b"HPKE-v1" + suite + label + ikm)

    def labeled_expand(suite: bytes, prk: bytes, label: bytes, info: bytes, n: int) -> bytes:
        full = n.to_bytes(2, "big") + b"HPKE-v1" + suite + label + info
        return HKDFExpand(hashes.SHA256(), n, full).derive(prk)

    enc, sealed = ciphertext[:32], ciphertext[32:]
    sk = x25519.X25519PrivateKey.from_private_bytes(enc_private)
    pk_r = sk.public_key().public_bytes_raw()
    kem = b"KEM" + (0x0020).to_bytes(2, "big")
    dh = sk.exchange(x25519.X25519PublicKey.from_public_bytes(enc))
    eae_prk = labeled_extract(kem, b"", b"eae_prk", dh)
    shared = labeled_expand(kem, eae_prk, b"shared_secret", enc + pk_r, 32)
    suite = b"HPKE" + (0x0020).to_bytes(2, "big") + (1).to_bytes(2, "big") + (2).to_bytes(2, "big")
    context = (b"\x00" + labeled_extract(suite, b"", b"psk_id_hash", b"")
               + labeled_extract(suite, b"", b"info_hash", info))
    secret = labeled_extract(suite, shared, b"secret", b"")
    key = labeled_expand(suite, secret, b"key", context, 32)
    nonce = labeled_expand(suite, secret, b"base_nonce", context, 12)
    return AESGCM(key).decrypt(nonce, sealed, b"")


def test_this_document_is_enough_to_read_a_bundle(sites, roster_bundle, tmp_path):
    """Read a bundle following docs/bundle-format.md only: header, manifest, signature,
    digest, HPKE, the payload's SQLCipher file opened with the key it starts with."""
    import hashlib
    import struct

    from cryptography.hazmat.primitives.asymmetric import ed25519
    from sqlcipher3 import dbapi2 as sqlcipher  # an outside reader's SQLCipher

    _, data = roster_bundle
    hq, xa01 = sites["hq"], sites["xa01"]
    magic, version, m = struct.unpack(">8sHI", data[:14])
    assert (magic, version) == (b"CCCDSYNC", 1)
    manifest = json.loads(data[14:14 + m].decode("utf-8"))
    signature, ciphertext = data[14 + m:78 + m], data[78 + m:]
    sender_public = bytes(hq.scalar("SELECT sign_public FROM sync_keys"))
    ed25519.Ed25519PublicKey.from_public_bytes(sender_public).verify(signature, data[:14 + m])
    assert len(ciphertext) == manifest["ciphertext"]["size"]
    assert hashlib.sha256(ciphertext).hexdigest() == manifest["ciphertext"]["sha256"]
    assert manifest["recipient"]["key_id"] == xa01.scalar("SELECT key_id FROM sync_keys")
    sign_pub, enc_pub = xa01.conn.execute(
        "SELECT sign_public, enc_public FROM sync_keys").fetchone()
    assert manifest["recipient"]["key_id"] == hashlib.sha256(
        bytes(sign_pub) + bytes(enc_pub)).hexdigest()[:32]
    assert manifest["payload"] == {"encoding": "sqlcipher", "compression": "none",
                                   "size": manifest["payload"]["size"]}
    plain = _hpke_base_open(bytes(xa01.scalar("SELECT enc_private FROM sync_keys")), ciphertext,
                            manifest["ciphertext"]["info"].encode())
    assert len(plain) == manifest["payload"]["size"]
    (tmp_path / "payload.db").write_bytes(plain[32:])
    payload = sqlcipher.connect(tmp_path / "payload.db")
    payload.execute(f"PRAGMA key = \"x'{plain[:32].hex()}'\"")
    assert {r[0] for r in payload.execute("SELECT type FROM sqlite_master")} == {"table"}
    for table, count in manifest["counts"].items():
        assert payload.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count["rows"]
    columns = [r[1] for r in payload.execute("PRAGMA table_info(residents)")]
    assert "rev" not in columns and {"id", "ver", "full_name"} <= set(columns)
    assert payload.execute("SELECT full_name FROM residents ORDER BY id").fetchall() == \
        hq.conn.execute("SELECT full_name FROM residents ORDER BY id").fetchall()


def test_a_letter_from_a_laptop_not_known_yet_is_told_apart_from_a_forged_one(sites):
    """XA01's lead books a village and prints its letters; XA02's ticket table (which holds the
    roster from HQ, not yet XA01's bundle) scans one: it is refused, saying that the laptop is
    not known yet and what to do, not that the letter is forged. A code made from that letter
    for another household is forged, at XA01 and, once the key has come round, at XA02."""
    import datetime as dt

    from station_app.services import queue as q
    from station_app.services import sessions as S
    from station_app.services.letter_codes import letter_code

    hq, xa01, xa02, folder = sites["hq"], sites["xa01"], sites["xa02"], sites["dir"]
    send(hq, xa01, folder, "roster")
    send(hq, xa02, folder, "roster-2")
    today = dt.date.today()
    S.create_sessions(xa01, S.week_specs(today + dt.timedelta(days=1), "UBND xã", S.parse_hours(
        "07:00-11:30"), 20, 12, days=3), today=today, operator=lead_of(xa01))
    village = xa01.scalar("SELECT name FROM areas WHERE kind = 'village' ORDER BY name LIMIT 1")
    S.book_villages(xa01, [village], today=today, operator=lead_of(xa01))
    household, appointment = xa01.conn.execute(  # booked here, not at HQ
        "SELECT household_id, id FROM appointments WHERE substr(id, 1, ?) = ? ORDER BY id"
        " LIMIT 1", (len(xa01.node), xa01.node)).fetchone()
    genuine = letter_code(xa01, household, appointment)  # as printed on its letter
    other = xa01.scalar("SELECT min(id) FROM households WHERE id > ?", (household,))
    forged = genuine.replace(household, other)
    with pytest.raises(q.ScanError) as refused:
        q.scan(xa02, genuine, operator=lead_of(xa02))
    assert str(refused.value) == (
        "letter from a laptop this station doesn't know yet: take the bundle round through HQ, "
        "or check the household in by its code")
    assert not xa02.scalar("SELECT count(*) FROM tickets")
    with pytest.raises(q.ScanError, match="fails its check: misread, mistyped or forged"):
        q.scan(xa01, forged, operator=lead_of(xa01))
    send(xa01, hq, folder, "to-hq")
    send(hq, xa02, folder, "from-hq")
    with pytest.raises(q.ScanError, match="fails its check: misread, mistyped or forged"):
        q.scan(xa02, forged, operator=lead_of(xa02))
    assert q.scan(xa02, genuine, operator=lead_of(xa02))["household"]["id"] == household


def test_a_stations_letters_are_checked_at_hq_and_its_other_laptops(sites):
    """A letter key travels inside the station's bundle: before it arrives, HQ and the laptops
    HQ forwards to refuse the station's letter codes; after it, they accept them."""
    from station_app.core.payloads import PayloadError
    from station_app.services.letter_codes import letter_code, read_code

    hq, xa01, xa02, folder = sites["hq"], sites["xa01"], sites["xa02"], sites["dir"]
    send(hq, xa01, folder, "roster")
    household = _household(xa01)
    text = letter_code(xa01, household, None)
    assert letter_code(xa02, household, None) != text  # each laptop signs with its own key
    for db in (hq, xa02):
        with pytest.raises(PayloadError, match="fails its check"):
            read_code(db, text)
    send(xa01, hq, folder, "to-hq")
    send(hq, xa02, folder, "from-hq")
    for db in (hq, xa02):
        assert read_code(db, text).ids == (household, None)
