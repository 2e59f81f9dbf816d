"""What encrypting the station database (SQLCipher, storage/keys.py) costs: the same work on
an encrypted and on an unencrypted database in the same run, the SPEC §7 figure of the
encrypted one beside its bar, and the ratio encrypted / unencrypted. Both databases get the
802,466-resident roster by the same import (in this process, timed, each twice alternating,
the best kept); then searches and ticket issues alternate between the two, so that the
machine's load weighs on both alike."""

from __future__ import annotations

import statistics
import time

from bench_roster import percentile, queries
from run import bench_lead

IMPORTS = 2  # each import done twice, the best kept
TICKETS = 2000
BLOCK = 100  # tickets issued on one database before switching to the other


def run(ctx) -> None:
    from station_app.services import queue as q
    from station_app.services.roster_import import import_roster
    from station_app.services.search import search_residents
    from station_app.storage import Database, keys

    roster = ctx.big_roster()
    roster.read_bytes()  # in the page cache for every import alike
    dbs, imports = {}, {"unencrypted": [], "encrypted": []}
    # each import twice, alternating (the machine's load drifts): the best of each
    for kind, key in (("unencrypted", keys.PLAIN), ("encrypted", None)) * IMPORTS:
        if kind in dbs:
            dbs[kind].close()
        db = Database.create(ctx.scratch(ctx.data / f"bench-{kind}.sqlite3"), "BENCH03",
                             "Trạm benchmark", key=key)
        lead = bench_lead(db)
        start = time.perf_counter()
        result = import_roster(db, roster, operator=lead)
        imports[kind].append(time.perf_counter() - start)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        dbs[kind] = db
    imports = {kind: min(seconds) for kind, seconds in imports.items()}
    assert dbs["encrypted"].key and not dbs["unencrypted"].key
    ctx.report(f"import {result.imported:,} residents, encrypted", imports["encrypted"], "s",
               "-")
    ctx.report("  unencrypted, same run", imports["unencrypted"], "s", "-")
    ctx.report("  import: encrypted / unencrypted", imports["encrypted"] / imports["unencrypted"],
               "x", "cost of encryption")

    texts = queries(dbs["encrypted"])
    leads = {kind: bench_lead(db) for kind, db in dbs.items()}
    for kind, db in dbs.items():  # warm the caches as a station laptop in use would be
        for text in texts[:50]:
            search_residents(db, text, operator=leads[kind])
    latencies = {kind: [] for kind in dbs}
    for i, text in enumerate(texts):
        for kind in (("encrypted", "unencrypted") if i % 2 else ("unencrypted", "encrypted")):
            start = time.perf_counter()
            search_residents(dbs[kind], text, operator=leads[kind])
            latencies[kind].append((time.perf_counter() - start) * 1000)
    p99 = {kind: percentile(values, 99) for kind, values in latencies.items()}
    ctx.report(f"search p99 ({len(texts)} queries, warm), encrypted", p99["encrypted"], "ms", "<= 10",
               p99["encrypted"] <= 10)
    ctx.report("  search p50, encrypted", statistics.median(latencies["encrypted"]), "ms", "-")
    ctx.report("  search p99, unencrypted", p99["unencrypted"], "ms", "-")
    p50 = {kind: statistics.median(values) for kind, values in latencies.items()}
    ctx.report("  search p50, unencrypted", p50["unencrypted"], "ms", "-")
    ctx.report("  search p99: encrypted / unencrypted", p99["encrypted"] / p99["unencrypted"],
               "x", "cost of encryption")
    ctx.report("  search p50: encrypted / unencrypted", p50["encrypted"] / p50["unencrypted"],
               "x", "cost of encryption")

    queues = ["A", "B", "B", "U"]
    samples = {kind: [] for kind in dbs}
    for kind, db in dbs.items():  # warm up
        for i in range(50):
            q.issue_ticket(db, queues[i % 4], operator=leads[kind])
    for block in range(TICKETS // BLOCK * 2):
        kind = ("encrypted", "unencrypted")[block % 2]
        for i in range(BLOCK):
            start = time.perf_counter()
            q.issue_ticket(dbs[kind], queues[i % 4], operator=leads[kind])
            samples[kind].append((time.perf_counter() - start) * 1000)
    p99 = {kind: percentile(values, 99) for kind, values in samples.items()}
    ctx.report("ticket issue p99 (committed, before printing), encrypted", p99["encrypted"],
               "ms", "≤ 5 ms", p99["encrypted"] <= 5)
    ctx.report("  ticket issue p50, encrypted", statistics.median(samples["encrypted"]), "ms",
               "-")
    ctx.report("  ticket issue p99, unencrypted", p99["unencrypted"], "ms", "-")
    p50 = {kind: statistics.median(values) for kind, values in samples.items()}
    ctx.report("  ticket issue p50, unencrypted", p50["unencrypted"], "ms", "-")
    ctx.report("  ticket p99: encrypted / unencrypted", p99["encrypted"] / p99["unencrypted"],
               "x", "cost of encryption")
    ctx.report("  ticket p50: encrypted / unencrypted", p50["encrypted"] / p50["unencrypted"],
               "x", "cost of encryption")
    for db in dbs.values():
        db.close()
