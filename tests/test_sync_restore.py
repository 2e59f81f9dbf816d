"""HQ restored from an older backup (issue 16, point 5): the station notices that HQ holds less
of its changes than HQ said before (or HQ notices a station's bundle starting past what it
holds), says so in one line, and the station sends again from what HQ holds, including what
HQ itself made and lost and the station still has. Real databases, real bundles."""

from __future__ import annotations

import itertools

import pytest
from cli_helpers import add_crew, lead_of

from station_app.core.clock import wall_ms
from station_app.storage import Database, copy_database
from station_app.sync import (
    create_keys,
    enrol,
    export_bundle,
    import_bundle,
    read_identity_file,
    sync_status,
    write_identity_file,
)


@pytest.fixture
def laptops(tmp_path):
    hq = Database.create(tmp_path / "hq.sqlite3", "HQ", "Công an tỉnh", hq=True)
    st = Database.create(tmp_path / "xa.sqlite3", "XA01", "Trạm UBND xã Hòa Bình")
    clock = itertools.count(wall_ms()).__next__
    for db in (hq, st):
        db.clock = clock
        create_keys(db)
        add_crew(db)
        write_identity_file(db, tmp_path / f"{db.station}.id", operator=lead_of(db))
    enrol(hq, read_identity_file(tmp_path / "XA01.id"), operator=lead_of(hq))
    enrol(st, read_identity_file(tmp_path / "HQ.id"), operator=lead_of(st))
    sites = {"hq": hq, "st": st, "dir": tmp_path}
    yield sites
    sites["hq"].close()  # the test may have replaced it by its restored copy
    sites["st"].close()


def household(db: Database, code: str) -> None:
    """A record made here: at a station an intake (its own work), at HQ a household."""
    with db.write("add", "test") as w:
        if db.is_hq:
            w.insert("households", {"code": code, "address": f"Số {code}"})
        else:
            w.insert("intakes", {"resident_id": code, "at": "2026-11-24T08:00",
                                 "outcome": "collected", "station": db.station, "desk": "1"})


def codes(db: Database) -> set[str]:
    return {r[0] for r in db.conn.execute(
        "SELECT code FROM households UNION SELECT resident_id FROM intakes")}


class Exchange:
    def __init__(self, laptops):
        self.sites = laptops
        self.n = 0

    def send(self, src: str, dst: str):
        path = self.sites["dir"] / f"{self.n}.bundle"
        self.n += 1
        export_bundle(self.sites[src], path, operator=lead_of(self.sites[src]),
                      to=self.sites[dst].station)
        return import_bundle(self.sites[dst], path, operator=lead_of(self.sites[dst]))


@pytest.mark.parametrize("first", ["hq answers first", "station sends first"])
def test_hq_restored_from_an_old_backup_gets_everything_again(laptops, first):
    hq, st, folder = laptops["hq"], laptops["st"], laptops["dir"]
    go = Exchange(laptops)
    household(st, "OLD-1")
    go.send("st", "hq")
    go.send("hq", "st")
    hq.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy_database(folder / "hq.sqlite3", folder / "hq-backup.sqlite3")  # Monday's backup
    household(st, "LOST-1")
    household(st, "LOST-2")
    go.send("st", "hq")
    household(hq, "HQ-LOST")  # HQ's own change, sent to the station, lost with HQ's disk
    assert go.send("hq", "st").notices == []
    household(st, "AFTER")
    waiting = sync_status(st, operator=lead_of(st))["not_at_hq"]  # AFTER and its audit entry

    hq.close()  # HQ's disk dies; Monday's backup is restored on a new one
    copy_database(folder / "hq-backup.sqlite3", folder / "hq-restored.sqlite3")
    laptops["hq"] = hq = Database.open(folder / "hq-restored.sqlite3")
    hq.clock = st.clock
    assert codes(hq) == {"OLD-1"}

    if first == "station sends first":
        got = go.send("st", "hq")  # starts past what HQ holds: applied, and said
        assert len(got.notices) == 1
        assert "holds its changes only up to" in got.notices[0]
        assert "restored from an older backup" in got.notices[0]
        assert codes(hq) == {"OLD-1", "AFTER"}
    answer = go.send("hq", "st")
    assert len(answer.notices) == 1
    assert "restored from an older backup" in answer.notices[0]
    assert "HQ now holds this laptop's changes only up to" in answer.notices[0]
    receipt = st.one("SELECT reason FROM bundle_receipts WHERE direction = 'in'"
                     " ORDER BY seq DESC LIMIT 1")
    assert receipt["reason"] == answer.notices[0]
    assert st.scalar("SELECT count(*) FROM audit WHERE action = 'sync_history'") == 1
    status = sync_status(st, operator=lead_of(st))
    assert status["not_at_hq"] >= waiting + 3  # LOST-1, LOST-2 and HQ-LOST wait again

    again = go.send("st", "hq")
    assert len(again.notices) == 1 and "kept aside" in again.notices[0]
    assert codes(hq) == {"OLD-1", "LOST-1", "LOST-2", "AFTER"}
    # HQ's own record, lost with its disk, comes back through the station: kept aside for HQ
    # to look at (a station does not make households outside its villages)
    assert again.set_aside >= 1  # the household (and HQ's audit entry of it)
    aside = hq.query("SELECT tbl, reason FROM sync_set_aside")
    assert {"tbl": "households", "reason": "returned"} in aside
    assert {r["reason"] for r in aside} == {"returned"}
    go.send("hq", "st")
    assert sync_status(st, operator=lead_of(st))["not_at_hq"] == 0
    # from then on, bundles go both ways without a word
    household(st, "NEXT")
    assert go.send("st", "hq").notices == []
    assert go.send("hq", "st").notices == []
    assert codes(st) - codes(hq) == {"HQ-LOST"}


def test_a_late_old_bundle_is_not_taken_for_a_restore(laptops):
    """An older bundle of HQ's delivered after a newer one acknowledges less: nothing lost."""
    hq, st, folder = laptops["hq"], laptops["st"], laptops["dir"]
    household(st, "A")
    export_bundle(st, folder / "s1.bundle", operator=lead_of(st), to="HQ")
    import_bundle(hq, folder / "s1.bundle", operator=lead_of(hq))
    export_bundle(hq, folder / "old.bundle", operator=lead_of(hq), to="XA01")  # ack: A
    household(st, "B")
    export_bundle(st, folder / "s2.bundle", operator=lead_of(st), to="HQ")
    import_bundle(hq, folder / "s2.bundle", operator=lead_of(hq))
    export_bundle(hq, folder / "new.bundle", operator=lead_of(hq), to="XA01")  # ack: A, B
    assert import_bundle(st, folder / "new.bundle", operator=lead_of(st)).notices == []
    late = import_bundle(st, folder / "old.bundle", operator=lead_of(st))
    assert late.status == "applied" and late.notices == []
    assert sync_status(st, operator=lead_of(st))["not_at_hq"] == 0
