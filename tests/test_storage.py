"""The station database: durable settings, migrations, ids, change recording that no write path
can bypass, audit, all-or-nothing transactions, and refusing files that are not ours."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import threading
from pathlib import Path

import pytest
import sqlite_utils

from station_app.core.sqlite import sqlite3
from station_app.services.roster_import import import_roster
from station_app.storage import Database, NotAStationDatabase
from station_app.storage.migrations import (
    apply_migrations,
    migration_names,
    station_migrations,
)

PACKAGE = Path(__file__).resolve().parent.parent / "station_app"


def synced_tables(db: Database) -> list[str]:
    """Tables whose rows travel in sync bundles: they carry id, rev and ver (read with
    sqlite-utils' table introspection, independently of sync/tables.py)."""
    return [t.name for t in sqlite_utils.Database(db.conn).tables
            if {"id", "rev", "ver"} <= set(t.columns_dict) and t.name != "graves"]


def table_rows(db: Database, tables=None) -> dict[str, list]:
    names = tables or sqlite_utils.Database(db.conn).table_names()
    return {t: sorted(map(repr, db.conn.execute(f"SELECT * FROM {t}"))) for t in names}


# -- opening --------------------------------------------------------------------------------------

def test_wal_and_full_synchronous(db, db_path):
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2  # FULL: a commit survives a power cut
    other = Database.open(db_path)  # every connection, not only the first
    try:
        assert other.scalar("PRAGMA journal_mode") == "wal"
        assert other.scalar("PRAGMA synchronous") == 2
    finally:
        other.close()


def test_identity_of_a_new_station(db):
    assert (db.station, db.station_name, db.is_hq) == ("XA01", "Trạm UBND xã Hòa Bình", False)
    assert re.fullmatch(r"[A-Z2-9]{8}", db.node)


def test_create_refuses_an_existing_file(db_path):
    before = db_path.read_bytes()
    with pytest.raises(FileExistsError):
        Database.create(db_path, "XA02", "Another")
    assert db_path.read_bytes() == before


def test_migrations_are_recorded_and_run_once(db, db_path):
    applied = station_migrations().applied(sqlite_utils.Database(db.conn))
    assert [m.name for m in applied] == migration_names()
    assert "m0001_foundation" in migration_names()
    schema = table_rows(db, ["sqlite_master"])
    db.close()
    again = Database.open(db_path)
    try:
        assert station_migrations().applied(sqlite_utils.Database(again.conn)) == applied
        assert station_migrations().pending(sqlite_utils.Database(again.conn)) == []
        assert apply_migrations(again.conn) == []
        assert table_rows(again, ["sqlite_master"]) == schema
    finally:
        again.close()


def test_a_database_of_the_old_migration_records_opens_and_gets_the_new_steps(db_path):
    """Before sqlite-utils ran the migrations, a table ``migrations`` (name, applied_at in Unix
    seconds) recorded them: such a database keeps its records and gets only the steps it lacks."""
    db = Database.open(db_path)
    with db.write() as w:
        w.insert("households", {"code": "H-OLD"})
    last = "m0500_search_order"  # a step that can run again: an index rebuilt
    applied = {m.name: m.applied_at for m in station_migrations().applied(sqlite_utils.Database(db.conn))}
    db.conn.executescript(f"""
        CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at REAL NOT NULL);
        INSERT INTO migrations SELECT name, 1700000000.5 FROM _sqlite_migrations
          WHERE name != '{last}';
        DROP TABLE _sqlite_migrations;""")
    db.close()
    again = Database.open(db_path)  # the step not recorded runs again
    try:
        assert not sqlite_utils.Database(again.conn)["migrations"].exists()
        records = {m.name: m.applied_at for m in station_migrations().applied(sqlite_utils.Database(again.conn))}
        assert sorted(records) == migration_names()
        assert {records[n] for n in applied if n != last} == {"2023-11-14 22:13:20.500+00:00"}
        assert records[last] > applied[last]
        assert [i.columns for i in sqlite_utils.Database(again.conn)["residents"].indexes
                if i.name == "residents_name_fold"] == [["name_fold", "sort_key"]]
        assert again.scalar("SELECT count(*) FROM households WHERE code = 'H-OLD'") == 1
    finally:
        again.close()


def test_a_connection_belongs_to_its_thread(db):
    errors = []

    def other_thread():
        try:
            with db.write("x"):
                pass
        except Exception as exc:  # noqa: BLE001 - the error is what the test looks at
            errors.append(exc)

    thread = threading.Thread(target=other_thread)
    thread.start()
    thread.join()
    assert len(errors) == 1 and isinstance(errors[0], RuntimeError)


# -- ids --------------------------------------------------------------------------------------------

def test_ids_are_unique_and_carry_the_node(db, db_path, tmp_path):
    with db.write() as w:
        first = [w.new_id() for _ in range(3)] + w.new_ids(100)
    with db.write() as w:
        second = w.new_ids(50) + [w.new_id()]
    db.close()
    reopened = Database.open(db_path)
    with reopened.write() as w:
        third = [w.new_id()]
    ids = first + second + third
    assert len(set(ids)) == len(ids)
    assert all(i.startswith(reopened.node) for i in ids)
    assert ids == sorted(ids)  # increasing on this laptop
    reopened.close()

    other = Database.create(tmp_path / "other.sqlite3", "XA02", "Trạm 2")
    try:
        assert other.node != reopened.node
        with other.write() as w:
            assert not set(w.new_ids(200)) & set(ids)
    finally:
        other.close()


# -- change recording -------------------------------------------------------------------------------

def test_every_synced_table_is_guarded(db):
    """Every table that sync carries has the triggers and the rev index (see guard_table)."""
    tables = synced_tables(db)
    assert {"residents", "households", "areas", "audit", "tickets", "intakes"} <= set(tables)
    for table in tables:
        triggers = {t.name for t in sqlite_utils.Database(db.conn)[table].triggers}
        assert {f"{table}_must_record_update", f"{table}_must_record_delete",
                f"{table}_record_delete"} <= triggers, table
        assert [i.columns for i in sqlite_utils.Database(db.conn)[table].indexes if i.name == f"{table}_rev"] == [
            ["rev"]], table


@pytest.mark.parametrize("table", ["residents", "households", "areas", "audit"])
def test_raw_update_outside_write_is_refused(roster_db, table):
    before = table_rows(roster_db, [table])
    with pytest.raises(sqlite3.DatabaseError, match="bypasses change recording"):
        roster_db.conn.execute(f"UPDATE {table} SET ver = 'forged'")
    rev = roster_db.meta("rev")  # even when it claims the current rev
    with pytest.raises(sqlite3.DatabaseError, match="bypasses change recording"):
        roster_db.conn.execute(f"UPDATE {table} SET rev = ?, ver = 'forged'", (rev,))
    assert table_rows(roster_db, [table]) == before


def test_raw_insert_outside_write_or_of_rev_0_is_refused(roster_db):
    """A row inserted behind Database.write()'s back, or with rev 0, would never be exported
    (issue 24): refused like a raw UPDATE or DELETE, on every synced table."""
    db = sqlite_utils.Database(roster_db.conn)
    tables = [t for t in db.table_names() if {"id", "rev", "ver"} <= set(db[t].columns_dict)
              and f"{t}_must_record_update" in {x.name for x in db[t].triggers}]
    assert {"residents", "households", "tickets", "intakes", "audit"} <= set(tables)
    for table in tables:
        assert f"{table}_must_record_insert" in {t.name for t in db[table].triggers}
    area = roster_db.one("SELECT * FROM areas LIMIT 1")
    before = table_rows(roster_db, ["areas"])
    for rev in (0, roster_db.meta("rev")):
        row = {**area, "id": f"forged{rev}", "rev": rev}
        cols, marks = ", ".join(row), ", ".join("?" * len(row))
        with pytest.raises(sqlite3.DatabaseError, match="bypasses change recording"):
            roster_db.conn.execute(f"INSERT INTO areas ({cols}) VALUES ({marks})",
                                   tuple(row.values()))
    with pytest.raises(sqlite3.DatabaseError, match="bypasses change recording"):
        with roster_db.write("edit", "lan") as w:
            row = {**area, "id": "forged-in-write", "rev": 0}
            w.conn.execute(f"INSERT INTO areas ({', '.join(row)}) VALUES "
                           f"({', '.join('?' * len(row))})", tuple(row.values()))
    assert table_rows(roster_db, ["areas"]) == before


def test_raw_update_inside_a_write_without_its_rev_is_refused(roster_db):
    resident = roster_db.one("SELECT id, full_name FROM residents LIMIT 1")
    with pytest.raises(sqlite3.DatabaseError, match="bypasses change recording"):
        with roster_db.write("edit", "lan") as w:
            w.conn.execute("UPDATE residents SET full_name = 'X' WHERE id = ?", (resident["id"],))
    assert roster_db.scalar("SELECT full_name FROM residents WHERE id = ?",
                            (resident["id"],)) == resident["full_name"]


def test_writer_update_records_rev_and_ver(roster_db):
    resident = roster_db.one("SELECT id, rev, ver FROM residents LIMIT 1")
    with roster_db.write("correct name", "lan") as w:
        w.update("residents", resident["id"], {"full_name": "Nguyễn Văn Sửa"})
        rev, ver = w.rev, w.ver
    row = roster_db.one("SELECT rev, ver, full_name FROM residents WHERE id = ?",
                        (resident["id"],))
    assert row == {"rev": rev, "ver": ver, "full_name": "Nguyễn Văn Sửa"}
    assert rev == resident["rev"] + 1 and ver > resident["ver"]
    assert roster_db.meta("rev") == rev and roster_db.meta("writing") == 0
    with pytest.raises(KeyError), roster_db.write() as w:
        w.update("residents", "no-such-id", {"full_name": "X"})


def _stamp(ver: str) -> int:
    return int(ver.split(".")[0], 16)


def test_the_change_clock_is_the_injected_wall_clock(db):
    readings = iter([1_800_000_000_000, 1_800_000_000_500])
    db.clock = lambda: next(readings)
    stamps = []
    for _ in range(2):
        with db.write() as w:
            stamps.append(_stamp(w.ver))
    assert stamps == [1_800_000_000_000, 1_800_000_000_500]
    assert int(db.meta("hlc")) == 1_800_000_000_500


def test_the_change_clock_moves_forward_when_the_wall_clock_does_not(db):
    db.clock = lambda: 1_800_000_000_000  # stands still (many writes in one millisecond)
    with db.write() as w:
        first = w.ver
    db.clock = lambda: 1_700_000_000_000  # goes back (the laptop's clock was corrected)
    vers = [first]
    for _ in range(3):
        with db.write() as w:
            vers.append(w.ver)
    assert [_stamp(v) for v in vers] == [1_800_000_000_000 + i for i in range(4)]
    assert vers == sorted(vers) and len(set(vers)) == 4


def test_delete_leaves_a_grave(roster_db):
    resident_id = roster_db.scalar("SELECT id FROM residents LIMIT 1")
    with roster_db.write("remove duplicate", "lan") as w:
        w.delete("residents", resident_id)
        rev, ver = w.rev, w.ver
    assert roster_db.scalar("SELECT count(*) FROM residents WHERE id = ?", (resident_id,)) == 0
    assert roster_db.one("SELECT * FROM graves WHERE tbl = 'residents' AND id = ?",
                         (resident_id,)) == {"tbl": "residents", "id": resident_id, "rev": rev,
                                             "ver": ver}


def test_every_row_written_by_roster_import_carries_its_rev(db, small_roster, lead):
    start = db.meta("rev")  # the station's operators were added first
    with db.write() as w:  # an earlier, unrelated transaction
        w.insert("areas", {"kind": "province", "name": "Nghệ An", "parent_id": None,
                           "name_fold": "nghe an"})
    import_roster(db, small_roster, operator=lead)
    rev = db.meta("rev")
    assert rev == start + 2
    # what a roster creates is written at version zero (core/roster_ids.py)
    for table in ("residents", "households"):
        assert db.query(f"SELECT DISTINCT rev, ver FROM {table}") == [
            {"rev": rev, "ver": f"000000000000.{db.node}"}]
    assert db.scalar("SELECT count(*) FROM areas WHERE rev = ?", (rev,)) >= 4  # villages...
    assert db.scalar("SELECT count(*) FROM areas WHERE rev NOT IN (?, ?)", (start + 1, rev)) == 0
    audit = db.query("SELECT action, operator, rev FROM audit WHERE rev > ? ORDER BY id",
                     (start,))
    assert audit and all(a["rev"] == rev and a["operator"] == lead.name for a in audit)


WRITE_SQL = re.compile(r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|REPLACE\s+INTO|DELETE\s+FROM"
                       r"|UPDATE(?=\s+[\w{}]+\s+SET))\s+([\w{}]+)")


def raw_writes(source: str, synced: set[str]) -> list[str]:
    """SQL in ``source`` that changes a synced table (or a table named at run time)."""
    return [m.group(0) for m in WRITE_SQL.finditer(source)
            if m.group(1) in synced or "{" in m.group(1)]


def test_no_module_writes_synced_tables_with_raw_sql(db):
    """Where user actions happen (services, ui, cli, core, printing), rows of synced tables
    change only through the Writer: no module holds SQL that inserts, updates or deletes them.
    storage/ is the Writer itself; sync/ applies other laptops' recorded changes in bulk inside
    Database.write(), under the same triggers."""
    synced = set(synced_tables(db)) | {"graves", "meta"}
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}: {sql}"
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] not in ("storage", "sync")
        for sql in raw_writes(path.read_text(encoding="utf-8"), synced)
    ]
    assert offenders == []


def test_the_raw_sql_check_sees_raw_writes(db):
    synced = set(synced_tables(db))
    source = """
        db.conn.execute("UPDATE residents SET full_name = ? WHERE id = ?", (n, i))
        conn.execute(f"DELETE FROM {table} WHERE id = ?", (i,))
        conn.execute("INSERT OR REPLACE INTO tickets (id) VALUES (?)", (i,))
        conn.execute("INSERT INTO sync_peers (key_id) VALUES (?)", (k,))  # local table: fine
        text = "Update the roster, then delete from the list"  # prose: fine
    """
    assert raw_writes(source, synced) == [
        "UPDATE residents", "DELETE FROM {table}", "INSERT OR REPLACE INTO tickets"]


# -- audit and transactions ------------------------------------------------------------------------

def test_audit_entry_with_the_operator(db):
    with db.write("issue_ticket", "Lan (bàn 2)", {"queue": "A", "number": "A007"}):
        pass
    entry = db.one("SELECT * FROM audit WHERE action = 'issue_ticket'")
    assert entry["operator"] == "Lan (bàn 2)"
    assert entry["action"] == "issue_ticket"
    assert json.loads(entry["detail"]) == {"queue": "A", "number": "A007"}
    at = dt.datetime.fromisoformat(entry["at"])
    assert at.tzinfo is not None
    assert abs((dt.datetime.now(dt.UTC) - at).total_seconds()) < 60


def test_a_failed_write_rolls_back_entirely(roster_db):
    before = table_rows(roster_db)
    rev = int(roster_db.meta("rev"))
    resident_id = roster_db.scalar("SELECT id FROM residents LIMIT 1")
    with pytest.raises(ZeroDivisionError), roster_db.write("many things", "lan") as w:
        w.insert("areas", {"kind": "village", "name": "Thôn Mới", "parent_id": None,
                           "name_fold": "thon moi"})
        w.update("residents", resident_id, {"full_name": "Đã Sửa"})
        w.delete("households", roster_db.scalar("SELECT id FROM households LIMIT 1"))
        raise ZeroDivisionError
    assert table_rows(roster_db) == before  # rows, meta (rev), graves, audit: all as before

    household = roster_db.one("SELECT id, code FROM households LIMIT 1")
    with pytest.raises(sqlite3.IntegrityError), roster_db.write("dup", "lan") as w:
        w.update("residents", resident_id, {"full_name": "Đã Sửa"})
        w.insert("households", {"code": household["code"]})  # code is unique
    assert table_rows(roster_db) == before
    with roster_db.write("after", "lan") as w:  # the database is usable afterwards
        w.update("residents", resident_id, {"full_name": "Đã Sửa"})
    assert int(roster_db.meta("rev")) == rev + 1  # the failed ones left no trace


# -- files that are not station databases ------------------------------------------------------------

def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_sqlite_file_of_another_program_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('ghi chú')")
    conn.commit()
    conn.close()
    digest = _sha(path)
    with pytest.raises(NotAStationDatabase, match="not a station database"):
        Database.open(path)
    assert _sha(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite3"]


def test_an_sqlite_file_with_another_meta_table_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('app', 'someone-else')")
    conn.commit()
    conn.close()
    with pytest.raises(NotAStationDatabase):
        Database.open(path)


@pytest.mark.parametrize("content", [
    "Họ và tên,Ngày sinh\nNguyễn Văn An,1985\n".encode(),
    b"",
    b"SQLite format 3\x00" + bytes(range(256)) * 20,  # the header, then garbage
], ids=["text-file", "empty-file", "corrupt-sqlite"])
def test_files_that_are_not_databases_are_refused(tmp_path, content):
    path = tmp_path / "station.sqlite3"
    path.write_bytes(content)
    with pytest.raises(NotAStationDatabase):
        Database.open(path)
    assert path.read_bytes() == content


def test_a_missing_file_is_refused_and_not_created(tmp_path):
    path = tmp_path / "missing.sqlite3"
    with pytest.raises(NotAStationDatabase, match="station-app init"):
        Database.open(path)
    assert not path.exists()
    with pytest.raises(NotAStationDatabase):
        Database.open(tmp_path)  # a folder
