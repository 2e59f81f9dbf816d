"""What HQ accepts from a station (issue 16, point 8): a bundle signed by an enrolled station's
valid key, made by hand to hold what that station may not make (another station's intakes, an
operator's role, the roster of a village it does not serve, a campaign), is applied for the
rest; the refused records are kept aside at HQ with their reason (sync/remit.py)."""

from __future__ import annotations

import itertools
import sqlite3 as any_sqlite3  # a bundle's plain payload, read as an outside reader would
from pathlib import Path

import pytest
from bundle_helpers import payload_image
from cli_helpers import add_crew, lead_of, run, run_json

from station_app.core.clock import wall_ms
from station_app.core.sqlite import sqlite3
from station_app.services.roster_import import import_roster
from station_app.storage import Database, keys
from station_app.sync import (
    create_keys,
    enrol,
    export_bundle,
    import_bundle,
    read_identity_file,
    set_aside_records,
    sync_status,
    write_identity_file,
)
from station_app.sync.bundle import seal_bundle
from station_app.sync.identity import sign_private_key
from station_app.sync.remit import REASONS
from station_app.sync.tables import synced_tables


@pytest.fixture
def three(tmp_path, small_roster) -> dict:
    """HQ with the roster; XA01 booked in one village, XA02 in another; HQ's data at both."""
    clock = itertools.count(wall_ms()).__next__
    sites = {}
    for code, hq in (("HQ", True), ("XA01", False), ("XA02", False)):
        sites[code] = db = Database.create(tmp_path / f"{code}.sqlite3", code, code, hq=hq)
        db.clock = clock
        create_keys(db)
        add_crew(db)
        write_identity_file(db, tmp_path / f"{code}.id", operator=lead_of(db))
    hq = sites["HQ"]
    for code in ("XA01", "XA02"):
        enrol(hq, read_identity_file(tmp_path / f"{code}.id"), operator=lead_of(hq))
        enrol(sites[code], read_identity_file(tmp_path / "HQ.id"), operator=lead_of(sites[code]))
    import_roster(hq, small_roster, operator=lead_of(hq))
    villages = [r[0] for r in hq.conn.execute(
        "SELECT DISTINCT village_id FROM households ORDER BY village_id LIMIT 2")]
    with hq.write("book", "test") as w:
        for code, village in zip(("XA01", "XA02"), villages):
            session = w.insert("sessions", {"station": code, "place": "UBND", "day": "2026-11-25",
                                            "opens": "07:30", "closes": "11:30",
                                            "slot_minutes": 15, "capacity": 40})
            household = hq.scalar("SELECT id FROM households WHERE village_id = ? ORDER BY id"
                                  " LIMIT 1", (village,))
            resident = hq.scalar("SELECT id FROM residents WHERE household_id = ? LIMIT 1",
                                 (household,))
            w.insert("appointments", {"resident_id": resident, "household_id": household,
                                      "session_id": session, "slot": "07:30"})
            sites[f"{code} household"], sites[f"{code} resident"] = household, resident
    sites["dir"] = tmp_path
    for code in ("XA01", "XA02"):
        send(sites, "HQ", code)
    with sites["XA02"].write("intake", "test") as w:  # XA02 collects its resident
        sites["XA02 intake"] = w.insert("intakes", {
            "resident_id": sites["XA02 resident"], "at": "2026-11-25T08:00",
            "outcome": "collected", "station": "XA02", "desk": "1"})
    send(sites, "XA02", "HQ")
    send(sites, "XA01", "HQ")  # XA02's operators reach XA01 (and XA01's reach HQ)
    send(sites, "HQ", "XA01")
    yield sites
    for code in ("HQ", "XA01", "XA02"):
        sites[code].close()


def send(sites: dict, src: str, dst: str, name: str | None = None):
    path = sites["dir"] / (name or f"{src}-{dst}.bundle")
    export_bundle(sites[src], path, to=dst, operator=lead_of(sites[src]))
    return import_bundle(sites[dst], path, operator=lead_of(sites[dst]))


def forge(sites: dict, extra: dict[str, list[dict]]) -> Path:
    """XA01's genuine bundle to HQ with ``extra`` rows added, signed with XA01's own key."""
    xa01, hq, folder = sites["XA01"], sites["HQ"], sites["dir"]
    genuine = folder / "genuine.bundle"
    export_bundle(xa01, genuine, to="HQ", operator=lead_of(xa01))
    image, manifest = payload_image(genuine, hq)
    payload = any_sqlite3.connect(":memory:")
    payload.deserialize(image)
    tables = synced_tables(xa01.conn)
    for name, rows in extra.items():
        table = tables[name]
        decl = ", ".join(f'"{c}" {t}' for c, t in zip(table.columns, table.types))
        payload.execute(f'CREATE TABLE IF NOT EXISTS "{name}" ({decl}, PRIMARY KEY (id))'
                        " WITHOUT ROWID")
        for row in rows:
            payload.execute(f'INSERT OR REPLACE INTO "{name}" ({", ".join(row)}) VALUES'
                            f' ({", ".join("?" * len(row))})', tuple(row.values()))
        count = payload.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        manifest["counts"].setdefault(name, {"rows": 0, "graves": 0})["rows"] = count
    payload.commit()
    manifest["bundle_id"] = "f" * 32
    forged = seal_bundle(manifest, payload.serialize(), sign_private_key(xa01),
                         bytes(hq.scalar("SELECT enc_public FROM sync_keys")))
    (folder / "forged.bundle").write_bytes(forged)
    return folder / "forged.bundle"


def row_of(db: Database, table: str, id: str, **changes) -> dict:
    columns = synced_tables(db.conn)[table].columns
    row = dict(zip(columns, db.conn.execute(
        f"SELECT {', '.join(columns)} FROM {table} WHERE id = ?", (id,)).fetchone()))
    return {**row, **changes}


def test_hq_keeps_aside_what_a_station_may_not_make_and_applies_the_rest(three, capsys):
    hq, xa01 = three["HQ"], three["XA01"]
    newer = f"{wall_ms() + 60_000:012x}.{xa01.node}"
    # genuine work of XA01: an intake of its own resident, a phone in the village it serves
    with xa01.write("intake", "test") as w:
        own_intake = w.insert("intakes", {"resident_id": three["XA01 resident"],
                                          "at": "2026-11-25T08:05", "outcome": "collected",
                                          "station": "XA01", "desk": "2"})
        w.update("households", three["XA01 household"], {"phone": "0911111111"})
    staff_xa02 = hq.scalar("SELECT id FROM operators WHERE station = 'XA02' AND role = 'staff'"
                           " LIMIT 1")
    staff_xa01 = xa01.scalar("SELECT id FROM operators WHERE station = 'XA01' AND role = 'staff'"
                             " LIMIT 1")
    path = forge(three, {
        "intakes": [  # XA02's intake rewritten, and one made up in XA02's name
            row_of(xa01, "intakes", three["XA02 intake"], outcome="refused", ver=newer),
            {**row_of(xa01, "intakes", three["XA02 intake"]), "id": "FORGED-1",
             "station": "XA02", "ver": newer},
            row_of(xa01, "intakes", own_intake)],
        "operators": [  # another station's staff made lead; its own staff made hq
            row_of(xa01, "operators", staff_xa02, role="lead", ver=newer),
            row_of(xa01, "operators", staff_xa01, role="hq", ver=newer)],
        "households": [  # a phone in XA02's village, the one in its own
            row_of(xa01, "households", three["XA02 household"], phone="0999999999", ver=newer),
            row_of(xa01, "households", three["XA01 household"])],
        "campaigns": [{"id": "FORGED-C", "name": "Chiến dịch giả", "starts": None,
                       "ends": None, "ver": newer}],
    })
    outcome = import_bundle(hq, path, operator=lead_of(hq))

    assert outcome.status == "applied" and outcome.set_aside == 6
    assert any("6 records from XA01 were kept aside" in n for n in outcome.notices)
    # the rest is applied
    assert hq.scalar("SELECT station FROM intakes WHERE id = ?", (own_intake,)) == "XA01"
    assert hq.scalar("SELECT phone FROM households WHERE id = ?",
                     (three["XA01 household"],)) == "0911111111"
    # nothing of what was refused
    assert hq.scalar("SELECT outcome FROM intakes WHERE id = ?",
                     (three["XA02 intake"],)) == "collected"
    assert not hq.scalar("SELECT count(*) FROM intakes WHERE id = 'FORGED-1'")
    assert hq.scalar("SELECT role FROM operators WHERE id = ?", (staff_xa02,)) == "staff"
    assert hq.scalar("SELECT role FROM operators WHERE id = ?", (staff_xa01,)) == "staff"
    assert hq.scalar("SELECT phone FROM households WHERE id = ?",
                     (three["XA02 household"],)) != "0999999999"
    assert not hq.scalar("SELECT count(*) FROM campaigns WHERE id = 'FORGED-C'")
    # kept aside, each with its reason, for HQ to look at
    aside = {(r["tbl"], r["id"]): r for r in hq.query("SELECT * FROM sync_set_aside")}
    assert set(aside) == {("intakes", three["XA02 intake"]), ("intakes", "FORGED-1"),
                          ("operators", staff_xa02), ("operators", staff_xa01),
                          ("households", three["XA02 household"]), ("campaigns", "FORGED-C")}
    assert aside[("operators", staff_xa02)]["reason"] == "station"
    assert aside[("operators", staff_xa01)]["reason"] == "hq operator"
    assert aside[("households", three["XA02 household"])]["reason"] == "village"
    assert aside[("intakes", "FORGED-1")]["reason"] == "station"
    assert aside[("campaigns", "FORGED-C")]["reason"] == "hq"
    assert all(r["station"] == "XA01" and r["bundle_digest"] == outcome.digest
               for r in aside.values())
    assert '"phone":"0999999999"' in aside[("households", three["XA02 household"])]["record"]
    assert set(REASONS) >= {r["reason"] for r in aside.values()}
    listed = set_aside_records(hq, operator=lead_of(hq))
    assert len(listed) == 6 and sync_status(hq, operator=lead_of(hq))["set_aside"] == 6
    assert {str(r["explained"]) for r in listed} == {
        REASONS[r["reason"]] for r in aside.values()}
    shown = run_json(capsys, "sync", "aside", "--db", hq.path)["set_aside"]  # the command line
    assert {(r["tbl"], r["id"]) for r in shown} == set(aside)
    code, out, _ = run(capsys, "sync", "aside", "--db", hq.path)
    assert code == 0 and "only HQ makes hq operators or changes them" in out


def test_a_station_s_own_bundle_of_ordinary_work_keeps_nothing_aside(three):
    """Tickets, intakes and the roster of its village, as the services write them."""
    xa01, hq = three["XA01"], three["HQ"]
    with xa01.write("work", "test") as w:
        w.insert("intakes", {"resident_id": three["XA01 resident"], "at": "2026-11-25T09:00",
                             "outcome": "collected", "station": "XA01", "desk": "1"})
        w.update("residents", three["XA01 resident"], {"card_status": "has_card"})
    outcome = send(three, "XA01", "HQ", "work.bundle")
    assert outcome.status == "applied" and outcome.set_aside == 0 and outcome.notices == []
    assert hq.scalar("SELECT card_status FROM residents WHERE id = ?",
                     (three["XA01 resident"],)) == "has_card"


def test_hqs_import_line_says_what_was_set_aside_and_the_screen_lists_it(three, qtbot, tmp_path):
    """Issue 22: HQ's import said "received 1, refused 0" and nothing of 3 records set aside
    (only `sync status --json` showed them). The line says how many and where they are shown;
    the HQ screen lists each with its station and reason."""
    from ui_floor_helpers import settings, sign_in

    from station_app.ui.app import build_window
    from station_app.ui.workers import SyncWorker

    hq, xa01 = three["HQ"], three["XA01"]
    newer = f"{wall_ms() + 60_000:012x}.{xa01.node}"
    staff_xa02 = hq.scalar("SELECT id FROM operators WHERE station = 'XA02' AND role = 'staff'"
                           " LIMIT 1")
    path = forge(three, {
        "intakes": [row_of(xa01, "intakes", three["XA02 intake"], outcome="refused", ver=newer)],
        "operators": [row_of(xa01, "operators", staff_xa02, role="lead", ver=newer)],
        "campaigns": [{"id": "FORGED-C", "name": "Chiến dịch giả", "starts": None,
                       "ends": None, "station": None, "ver": newer}],
    })
    win = build_window(Database.open(hq.path), "en", settings(tmp_path, "hq"),
                       require_sign_in=True, worker=SyncWorker(hq.path))
    qtbot.addWidget(win)
    win.show()
    try:
        sign_in(qtbot, win, "can bo so", "4444")
        screen = win.screens["HQ"]
        win.tabs.setCurrentWidget(screen)
        assert screen.aside.rowCount() == 0
        screen.importer.start([path])
        text = screen.importer.message.text()
        assert text.startswith("Received 1, already received 0, refused 0")
        assert ("3 record(s) set aside, which a station may not make: see “Set aside from the "
                "stations' bundles” on this screen.") in text
        assert screen.aside_box.title() == "Set aside from the stations' bundles"
        assert screen.aside_box.isVisible()
        shown = [[screen.aside.index(r, c).data() for c in range(1, 4)]
                 for r in range(screen.aside.rowCount())]
        assert sorted(shown) == sorted([
            ["XA01", "intake", "A record of another station, or one a station cannot make"],
            ["XA01", "operator", "A record of another station, or one a station cannot make"],
            ["XA01", "campaign", "A record only HQ changes"]])
    finally:
        win.close()
        win.ctx.db.close()


def test_audit_entries_are_a_stations_own_by_the_station_they_say_never_anothers(three):
    """An audit entry is a station's own when it says that station, whichever of its laptops
    wrote it (a desk laptop joined to the host has a node HQ never enrolled: issue 22); an
    entry in another station's name, one in the ids of a laptop HQ enrolled for another station
    or of HQ, or one rewriting another station's entry is kept aside."""
    hq, xa01, xa02 = three["HQ"], three["XA01"], three["XA02"]
    newer = f"{wall_ms() + 60_000:012x}.{xa01.node}"
    entry = {"at": "2026-11-25T08:00:00.000+07:00", "operator": "Cán bộ Lan",
             "action": "intake.record", "detail": None, "ver": newer}
    theirs = hq.scalar("SELECT id FROM audit WHERE station = 'XA02' LIMIT 1")
    path = forge(three, {"audit": [
        {**entry, "id": "deskNODE0000000001", "station": "XA01"},  # its desk laptop's
        {**entry, "id": "deskNODE0000000002", "station": "XA02"},  # in XA02's name
        {**entry, "id": f"{xa02.node}0000099999", "station": "XA01"},  # XA02's laptop's ids
        {**entry, "id": f"{hq.node}0000099999", "station": "XA01"},  # HQ's ids
        {**row_of(hq, "audit", theirs), "station": "XA01", "ver": newer}]})  # XA02's, taken
    outcome = import_bundle(hq, path, operator=lead_of(hq))

    assert outcome.status == "applied" and outcome.set_aside == 4
    assert hq.scalar("SELECT station FROM audit WHERE id = 'deskNODE0000000001'") == "XA01"
    assert hq.scalar("SELECT station FROM audit WHERE id = ?", (theirs,)) == "XA02"
    aside = {r["id"]: r["reason"] for r in hq.query("SELECT * FROM sync_set_aside")}
    assert aside == {"deskNODE0000000002": "station", f"{xa02.node}0000099999": "station",
                     f"{hq.node}0000099999": "station", theirs: "station"}


def test_an_older_database_gives_its_audit_entries_their_station(three):
    """Entries of the version before had no station: the migration gives each the station of
    the laptop that wrote it (its node: this laptop or an enrolled one)."""
    hq = three["HQ"]
    path, nodes = hq.path, {hq.node: "HQ", three["XA01"].node: "XA01",
                            three["XA02"].node: "XA02"}
    hq.close()
    conn = sqlite3.connect(path)
    conn.execute(keys.key_pragma(keys.database_key(path)))
    conn.execute("ALTER TABLE audit DROP COLUMN station")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm0796_audit_station'")
    conn.commit()
    conn.close()
    hq = three["HQ"] = Database.open(path)
    found = {(r[0][:8], r[1]) for r in hq.conn.execute("SELECT id, station FROM audit")}
    assert found == set(nodes.items())
    with pytest.raises(sqlite3.IntegrityError):  # the guard trigger is back
        hq.conn.execute("UPDATE audit SET station = NULL")
