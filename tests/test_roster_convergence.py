"""Property: the same roster, or overlapping parts of it, imported on several laptops ends as
one record per household and per resident everywhere once bundles meet (ids derived from the
roster's keys, core/roster_ids.py), and no edit made on any laptop is lost to another laptop's
import, whatever order the bundles travel in."""

from __future__ import annotations

import csv
import itertools
import tempfile
from pathlib import Path

import pytest
from cli_helpers import add_crew, lead_of, serve_every_village
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station_app.core.clock import wall_ms
from station_app.core.synthetic import ROSTER_HEADERS, generate_roster
from station_app.services.roster_import import import_roster
from station_app.storage import Database, copy_database
from station_app.sync import (
    create_keys,
    enrol,
    export_bundle,
    import_bundle,
    read_identity_file,
    write_identity_file,
)
from station_app.sync.tables import synced_tables

NAMES = ("hq", "a", "b")
ROWS = list(generate_roster(5, 23))  # about 20 residents in 5 households
PHONE = ROSTER_HEADERS.index("Số điện thoại")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """HQ and stations A and B with no roster, every laptop enrolled at every other."""
    folder = tmp_path_factory.mktemp("roster-convergence")
    sites = {"hq": Database.create(folder / "hq.sqlite3", "HQ", "HQ", hq=True),
             "a": Database.create(folder / "a.sqlite3", "A", "Trạm A"),
             "b": Database.create(folder / "b.sqlite3", "B", "Trạm B")}
    for db in sites.values():
        create_keys(db)
        add_crew(db)
        write_identity_file(db, folder / f"{db.station}.id", operator=lead_of(db))
    for db in sites.values():
        for other in sites.values():
            if other is not db:
                enrol(db, read_identity_file(folder / f"{other.station}.id"), operator=lead_of(db))
    for db in sites.values():
        db.close()
    return folder


def write_roster(path: Path, rows: list[list[str]]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(ROSTER_HEADERS)
        writer.writerows(rows)


def content(db: Database) -> dict:
    out = {}
    for name, table in synced_tables(db.conn).items():
        if name not in ("audit", "operators"):
            out[name] = db.conn.execute(
                f"SELECT {', '.join(table.columns)} FROM {name} ORDER BY id").fetchall()
    out["graves"] = db.conn.execute("SELECT tbl, id, ver FROM graves ORDER BY tbl, id").fetchall()
    return out


site = st.sampled_from(NAMES)
operation = st.one_of(
    st.tuples(st.just("edit"), site, st.sampled_from(("resident", "household", "intake")),
              st.integers(0, 10**6)),
    st.tuples(st.just("send"), site, site),
    st.tuples(st.just("deliver"), st.integers(0, 10**6)),
)
# which rows of the roster each laptop imports (at least one), and whether its copy of the
# roster has other phone numbers (a later version of the same households)
roster_part = st.tuples(st.lists(st.booleans(), min_size=len(ROWS), max_size=len(ROWS))
                        .filter(any), st.booleans())


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(parts=st.fixed_dictionaries({name: roster_part for name in NAMES}),
       ops=st.lists(operation, max_size=20))
@pytest.mark.slow
def test_overlapping_rosters_converge_to_one_record_without_losing_edits(template, parts, ops):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        clock = itertools.count(wall_ms()).__next__  # of two edits, the later in the test wins
        sites = {}
        for name in NAMES:
            copy_database(template / f"{name}.sqlite3", folder / f"{name}.sqlite3")
            sites[name] = db = Database.open(folder / f"{name}.sqlite3")
            db.clock = clock
        try:
            wanted = set()  # (household code, name, birth date) of every row imported anywhere
            for name, (chosen, other_phones) in parts.items():
                rows = [list(r) for r, keep in zip(ROWS, chosen) if keep]
                if other_phones:
                    for r in rows:
                        r[PHONE] = "0912" + r[0][-6:]
                wanted |= {(r[0], r[1], r[3]) for r in rows}
                write_roster(folder / f"{name}.csv", rows)
                import_roster(sites[name], folder / f"{name}.csv", operator=lead_of(sites[name]))
                if name != "hq":  # a station serves the villages it books (sync/remit.py)
                    serve_every_village(sites[name], (sites[name].station,))

            made: list[tuple[Path, str]] = []
            edits: dict[tuple[str, str], tuple[str, object]] = {}  # record -> (ver, value)

            def send(src: str, dst: str) -> Path:
                path = folder / f"{len(made)}.bundle"
                export_bundle(sites[src], path, to=sites[dst].station, operator=lead_of(sites[src]))
                made.append((path, dst))
                return path

            def edit(db: Database, kind: str, seed: int) -> None:
                table = "residents" if kind != "household" else "households"
                ids = [r[0] for r in db.conn.execute(f"SELECT id FROM {table} ORDER BY id")]
                target = ids[seed % len(ids)]
                with db.write("edit", "prop") as w:
                    if kind == "resident":
                        value = ("has_card", "exempt", "moved")[seed % 3]
                        w.update("residents", target, {"card_status": value})
                    elif kind == "household":
                        value = f"09{seed:08d}"
                        w.update("households", target, {"phone": value})
                    else:
                        w.insert("intakes", {"resident_id": target, "at": "2026-11-24T08:00",
                                             "outcome": "collected", "station": db.station,
                                             "desk": "1"})
                        return
                    edits[(table, target)] = (w.ver, value)

            for op in ops:
                if op[0] == "edit":
                    edit(sites[op[1]], op[2], op[3])
                elif op[0] == "send" and op[1] != op[2]:
                    send(op[1], op[2])
                elif op[0] == "deliver" and made:
                    path, dst = made[op[1] % len(made)]  # late, repeated, or never
                    import_bundle(sites[dst], path, operator=lead_of(sites[dst]))
            for _ in range(6):  # everyone with everyone until a whole round changes nothing
                changed = sum(
                    import_bundle(sites[dst], send(src, dst), operator=lead_of(sites[dst])).changes
                    for src in NAMES for dst in NAMES if src != dst)
                if not changed:
                    break
            assert changed == 0

            first = content(sites["hq"])
            for name in NAMES[1:]:
                assert content(sites[name]) == first
            for db in sites.values():
                people = db.conn.execute(
                    "SELECT h.code, r.full_name, r.dob FROM residents r"
                    " JOIN households h ON h.id = r.household_id").fetchall()
                assert len(people) == len(set(people))  # one record per resident
                assert {(c, n, "/".join(reversed(d.split("-")))) for c, n, d in people} == wanted
                codes = [r[0] for r in db.conn.execute("SELECT code FROM households")]
                assert sorted(codes) == sorted({c for c, _, _ in wanted})
                assert not db.scalar("SELECT count(*) FROM sync_duplicates")
                assert not db.scalar("SELECT count(*) FROM graves")
                for (table, target), (_, value) in edits.items():  # the last edit stands
                    column = "card_status" if table == "residents" else "phone"
                    assert db.scalar(f"SELECT {column} FROM {table} WHERE id = ?",
                                     (target,)) == value
        finally:
            for db in sites.values():
                db.close()


def test_an_id_taken_here_is_not_given_again(db, small_roster, lead):
    """A resident deleted here (a grave) whom the roster names again comes back as a new
    record with a laptop id: the derived id stays the grave's, never alive and dead at once."""
    import_roster(db, small_roster, operator=lead)
    gone = db.scalar("SELECT min(id) FROM residents")
    with db.write("delete", "test") as w:
        w.delete("residents", gone)
    result = import_roster(db, small_roster, operator=lead, confirmed=True)
    assert result.imported == 1
    assert not db.scalar("SELECT count(*) FROM residents WHERE id = ?", (gone,))
    back = [r[0] for r in db.conn.execute("SELECT id FROM residents WHERE substr(id, 1, 8) = ?",
                                          (db.node,))]
    assert len(back) == 1  # the one resident made again, with a laptop id
    assert not db.scalar("SELECT count(*) FROM residents r JOIN graves g"
                         " ON g.tbl = 'residents' AND g.id = r.id")
