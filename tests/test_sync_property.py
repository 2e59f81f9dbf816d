"""Property: whatever the stations edit, and whichever bundles travel in whatever order (lost,
late, repeated), once every laptop has exchanged bundles with the others they all hold the same
synced content, and replaying every old bundle afterwards changes nothing."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from cli_helpers import add_crew, lead_of, serve_every_village
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station_app.services.demo_roster import write_demo_roster
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


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """HQ holding a tiny roster, stations A and B; every laptop enrolled at every other."""
    folder = tmp_path_factory.mktemp("sync-property")
    write_demo_roster(folder / "roster.csv", households=6, seed=11)
    sites = {
        "hq": Database.create(folder / "hq.sqlite3", "HQ", "HQ", hq=True),
        "a": Database.create(folder / "a.sqlite3", "A", "Trạm A"),
        "b": Database.create(folder / "b.sqlite3", "B", "Trạm B"),
    }
    for db in sites.values():
        create_keys(db)
        add_crew(db)
        write_identity_file(db, folder / f"{db.station}.id", operator=lead_of(db))
    for db in sites.values():
        for other in sites.values():
            if other is not db:
                enrol(db, read_identity_file(folder / f"{other.station}.id"), operator=lead_of(db))
    import_roster(sites["hq"], folder / "roster.csv", operator=lead_of(sites["hq"]))
    serve_every_village(sites["hq"], ("A", "B"))  # HQ takes their roster edits
    for db in sites.values():
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    return folder


def content(db: Database) -> dict:
    out = {}
    for name, table in synced_tables(db.conn).items():
        out[name] = db.conn.execute(
            f"SELECT {', '.join(table.columns)} FROM {name} ORDER BY id").fetchall()
    out["graves"] = db.conn.execute("SELECT tbl, id, ver FROM graves ORDER BY tbl, id").fetchall()
    return out


def edit(db: Database, kind: str, seed: int, serial: int) -> None:
    def pick(table: str, where: str = "") -> str | None:
        ids = [r[0] for r in db.conn.execute(f"SELECT id FROM {table} {where} ORDER BY id")]
        return ids[seed % len(ids)] if ids else None

    with db.write(kind, "prop") as w:
        if kind == "add_household" and (  # in a village (the stations serve every village)
                village := db.scalar("SELECT min(village_id) FROM households")):
            w.insert("households", {"code": f"{db.node}-{serial}", "address": f"Số {seed}",
                                    "village_id": village})
        elif kind == "edit_household" and (target := pick("households")):
            w.update("households", target, {"phone": f"09{seed % 10**8:08d}"})
        elif kind == "delete_household" and (target := pick(  # not one that makes a village
                "households",                                 # served by a station's booking
                "WHERE id NOT IN (SELECT household_id FROM appointments)")):
            w.delete("households", target)
        elif kind == "edit_resident" and (target := pick("residents")):
            status = ("needs_card", "has_card", "exempt", "moved")[seed % 4]
            w.update("residents", target, {"card_status": status})
        elif kind == "delete_resident" and (target := pick("residents")):
            w.delete("residents", target)
        elif kind == "intake" and (target := pick("residents")):
            w.insert("intakes", {"resident_id": target, "at": f"2025-03-0{seed % 9 + 1}T08:00",
                                 "outcome": "collected", "station": db.station, "desk": "1"})
        elif kind == "setting":  # a station's letterhead, set there or at HQ
            station = ("A", "B")[seed % 2] if db.is_hq else db.station
            key = f"{station}:" + ("issuer", "place")[seed // 2 % 2]
            known = db.scalar("SELECT id FROM letter_settings WHERE key = ?", (key,))
            if known:
                w.update("letter_settings", known, {"value": f"{db.station} {seed}"})
            else:
                w.insert("letter_settings", {"key": key, "value": f"{db.station} {seed}"})


KINDS = ("add_household", "edit_household", "delete_household", "edit_resident",
         "delete_resident", "intake", "setting")
site = st.sampled_from(NAMES)
operation = st.one_of(
    st.tuples(st.just("edit"), site, st.sampled_from(KINDS), st.integers(0, 10**6)),
    st.tuples(st.just("send"), site, site),
    st.tuples(st.just("deliver"), st.integers(0, 10**6)),
)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@pytest.mark.slow
@given(ops=st.lists(operation, max_size=30), shuffle=st.randoms(use_true_random=False))
def test_every_laptop_converges_whatever_the_exchange_order(template, ops, shuffle: random.Random):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name in NAMES:
            copy_database(template / f"{name}.sqlite3", folder / f"{name}.sqlite3")
        sites = {name: Database.open(folder / f"{name}.sqlite3") for name in NAMES}
        made: list[tuple[Path, str]] = []  # every bundle written: (file, recipient)
        try:
            def send(src: str, dst: str) -> Path:
                path = folder / f"{len(made)}.bundle"
                export_bundle(sites[src], path, to=sites[dst].station, operator=lead_of(sites[src]))
                made.append((path, dst))
                return path

            for serial, op in enumerate(ops):
                if op[0] == "edit":
                    edit(sites[op[1]], op[2], op[3], serial)
                elif op[0] == "send" and op[1] != op[2]:
                    send(op[1], op[2])
                elif op[0] == "deliver" and made:
                    path, dst = made[op[1] % len(made)]   # late, repeated, or never
                    assert import_bundle(sites[dst], path, operator=lead_of(sites[dst])).status in ("applied",
                                                                      "already applied")
            # Everyone exchanges with everyone until a whole round changes nothing.
            for _ in range(6):
                changed = 0
                for src in NAMES:
                    for dst in NAMES:
                        if src != dst:
                            changed += import_bundle(sites[dst], send(src, dst), operator=lead_of(sites[dst])).changes
                if not changed:
                    break
            assert changed == 0
            first = content(sites["hq"])
            for name in NAMES[1:]:
                assert content(sites[name]) == first
            for db in sites.values():  # a record is alive or deleted, never both
                for name in synced_tables(db.conn):
                    assert not db.scalar(f"SELECT count(*) FROM {name} JOIN graves g"
                                         f" ON g.tbl = '{name}' AND g.id = {name}.id")
            # Every old bundle again, in any order: nothing changes any more.
            shuffle.shuffle(made)
            for path, dst in made:
                import_bundle(sites[dst], path, operator=lead_of(sites[dst]))
            for name in NAMES:
                assert content(sites[name]) == first
        finally:
            for db in sites.values():
                db.close()
