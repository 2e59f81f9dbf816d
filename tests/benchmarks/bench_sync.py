"""SPEC §7: merging bundles that hold 1,000,000 changes ≤ 15 s; importing the same bundles
again ≤ 1 s, changing nothing.

Two real exchanges, each one signed and encrypted bundle, timed from the call to import_bundle
until it returns (reading, verifying, decrypting, merging, committing, and the WAL checkpoint
SQLite runs at that commit):

1. HQ sends the whole roster to a new station: the 802,466 residents, their households, areas
   (about 1,025,000 changes) into an empty station database.
2. The station sends HQ a campaign's worth of work: 400,000 intakes, 200,000 tickets and
   400,000 residents whose card status changed (1,000,000 changes), merged into HQ's database
   that holds the roster.

Beside each merge, the same run's baseline: the same bundle merged into an unencrypted copy of
the same database (made by ``sqlcipher_export`` just before), run right after it, and the
ratio; and the CPU time of each (``os.times``: user + system), which a loaded machine changes
less than the wall time. The bar for a merge is SPEC §7's 15 s; issue 25 asks ≤ 10 s on the
project's machine, quiet, so that a slower laptop keeps within 15 s.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from run import bench_lead


def _fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm", "-key", "-steps"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def _campaign(db, intakes: int, tickets: int, updates: int) -> int:
    """Write a campaign's changes at the station, through the Writer."""
    ids = [r[0] for r in db.conn.execute("SELECT id FROM residents ORDER BY id")]
    with db.write("bench_campaign", "bench") as w:
        w.insert_many("tickets", ("id", "station", "station_day", "queue", "seq", "number",
                                  "issued_at", "status"),
                      ((tid, db.station, f"2025-{3 + i // 50_000:02d}-{1 + i // 2000 % 25:02d}",
                        "A", i % 2000 + 1, f"A{i % 2000 + 1:03d}",
                        "2025-03-01T08:00:00+07:00", "done")
                       for i, tid in enumerate(w.new_ids(tickets))))
        w.insert_many("intakes", ("id", "resident_id", "desk", "operator", "at", "outcome",
                                  "station"),
                      ((iid, ids[i], "1", "bench", "2025-03-01T08:10:00+07:00", "collected",
                        db.station) for i, iid in enumerate(w.new_ids(intakes))))
        w.update_many("residents", ("card_status",),
                      (("has_card", rid) for rid in ids[-updates:]))
        # the station's sessions book every village: HQ takes its roster edits (sync/remit.py)
        session = w.insert("sessions", {"station": db.station, "place": "UBND", "day": "2025-03-01",
                                        "opens": "07:30", "closes": "11:30", "slot_minutes": 15,
                                        "capacity": 40})
        booked = db.conn.execute("SELECT min(h.id), min(r.id) FROM households h JOIN residents r"
                                 " ON r.household_id = h.id GROUP BY h.village_id").fetchall()
        w.insert_many("appointments", ("id", "resident_id", "household_id", "session_id", "slot"),
                      ((aid, rid, hid, session, "07:30")
                       for aid, (hid, rid) in zip(w.new_ids(len(booked)), booked)))
    return intakes + tickets + updates + 1 + len(booked)


def _plain_copy(db, path: Path):
    """An unencrypted copy of ``db`` (the same keys, peers and rows): the baseline."""
    from station_app.storage import Database, keys

    _fresh(path)
    db.conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(path),))
    try:
        db.conn.execute("SELECT sqlcipher_export('plain')")
    finally:
        db.conn.execute("DETACH plain")
    return Database.open(path, key=keys.PLAIN)


def _merge(db, bundle: Path) -> tuple[object, float, float]:
    """(outcome, wall seconds, CPU seconds) of importing ``bundle``."""
    from station_app.sync import import_bundle

    lead = bench_lead(db)
    cpu, start = os.times(), time.perf_counter()
    outcome = import_bundle(db, bundle, operator=lead)
    seconds, end = time.perf_counter() - start, os.times()
    return outcome, seconds, (end.user - cpu.user) + (end.system - cpu.system)


def _timed_import(ctx, db, bundle: Path, label: str, plain) -> None:
    from station_app.sync import import_bundle

    outcome, seconds, cpu = _merge(db, bundle)
    rev = db.meta("rev")
    ctx.report(f"{label}: merge {outcome.changes:,} changes", seconds, "s",
               "≤ 10 s here (SPEC ≤ 15 s: room for a slower laptop)", seconds <= 10)
    ctx.report(f"{label}: its CPU time", cpu, "s", "-")
    base, base_seconds, base_cpu = _merge(plain, bundle)
    assert base.changes == outcome.changes, (base.changes, outcome.changes)
    ctx.report(f"{label}: the same into a plain database", base_seconds, "s", "-")
    ctx.report(f"{label}: its CPU time", base_cpu, "s", "-")
    ctx.report(f"{label}: encrypted / plain (CPU: {cpu / base_cpu:.2f}×)",
               seconds / base_seconds, "×", "-")
    start = time.perf_counter()
    again = import_bundle(db, bundle, operator=bench_lead(db))
    seconds = time.perf_counter() - start
    unchanged = again.status == "already applied" and db.meta("rev") == rev
    ctx.report(f"{label}: import the same bundle again ({again.status})", seconds, "s",
               "≤ 1 s, nothing changed", seconds <= 1 and unchanged)


def run(ctx) -> None:
    from station_app.storage import Database
    from station_app.sync import (
        create_keys,
        enrol,
        ensure_keys,
        export_bundle,
        read_identity_file,
        write_identity_file,
    )

    hq = Database.open(ctx.fresh_copy("bench-sync-hq.sqlite3"))
    ensure_keys(hq)
    station = Database.create(_fresh(ctx.data / "bench-sync-station.sqlite3"), "XA01",
                              "Trạm benchmark")
    create_keys(station)
    for db, other in ((hq, station), (station, hq)):
        write_identity_file(other, ctx.data / "bench-sync-peer.id", operator=bench_lead(other))
        enrol(db, read_identity_file(ctx.data / "bench-sync-peer.id"), operator=bench_lead(db))

    # 1. The roster, HQ -> a new station.
    bundle = ctx.data / "bench-sync-roster.bundle"
    start = time.perf_counter()
    sent = export_bundle(hq, bundle, to="XA01", operator=bench_lead(hq))
    ctx.report(f"roster to a new station: export {sent.changes:,} changes",
               time.perf_counter() - start, "s", "-")
    ctx.report("roster to a new station: bundle size", sent.size / 1e6, "MB", "-")
    plain = _plain_copy(station, ctx.data / "bench-sync-station-plain.sqlite3")
    _timed_import(ctx, station, bundle, "roster to a new station", plain)
    plain.close()
    _fresh(plain.path)

    # 2. A campaign's work, station -> HQ.
    made = _campaign(station, intakes=400_000, tickets=200_000, updates=400_000)
    bundle = ctx.data / "bench-sync-campaign.bundle"
    start = time.perf_counter()
    sent = export_bundle(station, bundle, to="BENCH01", operator=bench_lead(station))
    ctx.report(f"campaign to HQ: export {sent.changes:,} changes ({made:,} made)",
               time.perf_counter() - start, "s", "-")
    plain = _plain_copy(hq, ctx.data / "bench-sync-hq-plain.sqlite3")
    _timed_import(ctx, hq, bundle, "campaign to HQ", plain)
    plain.close()
    _fresh(plain.path)
    aside = hq.scalar("SELECT count(*) FROM sync_set_aside")
    ctx.report("campaign to HQ: records kept aside (a station may not make them)", aside, "",
               "0", aside == 0)
    for db in (hq, station):
        path = db.path
        db.close()
        _fresh(path)  # scratch copies: about 1.5 GB with the bundles
    for name in ("bench-sync-roster.bundle", "bench-sync-campaign.bundle", "bench-sync-peer.id"):
        (ctx.data / name).unlink(missing_ok=True)
