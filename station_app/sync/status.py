"""What has not reached a peer yet, and the conflicts merging revealed.

Not yet at a peer: local rows and graves whose ``rev`` is above what the peer acknowledged,
except those that came from the peer itself (and, at HQ, those a station's kit gave it:
sync/kit.py ``kit_given``). HQ's bundles carry its acknowledgement, so after
importing HQ's answer to our last bundle the count for HQ is zero.

A conflict: one resident with current (not corrected) "collected" intakes from two or more
stations. Both intakes are kept as they are; a person resolves it by correcting the wrong one
(``correct_intake``), or by deciding which one stands (services/conflicts: the others are set
aside in ``conflict_decisions``), which closes it everywhere once that has synced.
"""

from __future__ import annotations

import json
import threading

from station_app.core.permissions import Operator
from station_app.storage import Database
from station_app.storage.access import authorize
from station_app.storage.changes import change_mark, intake_residents_since
from station_app.sync.identity import Peer, now_iso, own_identity, peers
from station_app.sync.kit import kit_given, without_given
from station_app.sync.remit import reason_message
from station_app.sync.tables import synced_tables

__all__ = ["pending_counts", "sync_status", "open_conflicts", "ConflictCache",
           "record_conflicts", "replaced_duplicates", "set_aside_records"]

_OPEN = """
    SELECT i.resident_id FROM intakes i
    WHERE i.outcome = 'collected' {extra}
      AND i.id NOT IN (SELECT corrects_id FROM intakes WHERE corrects_id IS NOT NULL)
      AND i.id NOT IN (SELECT s.value FROM conflict_decisions d, json_each(d.set_aside) s)
    GROUP BY i.resident_id HAVING count(DISTINCT i.station) > 1"""


def pending_counts(db: Database, peer: Peer, tables: list[str] | None = None,
                   after: int = 0) -> dict[str, int]:
    """Changes per table (deletions under "graves") the peer does not hold yet, those above
    change number ``after`` only (the last bundle written to it: what no bundle holds yet).
    ``tables``: the synced tables, when the caller already has them."""
    return _counts(db, peer, tables, after)[1]


def _counts(db: Database, peer: Peer, tables: list[str] | None,
            written: int) -> tuple[dict[str, int], dict[str, int]]:
    """Both counts in one pass over each table: what the peer does not hold yet, and of that
    what is above change number ``written`` (no bundle written to it holds it yet)."""
    window = ("rev > ? AND rev NOT IN (SELECT rev FROM sync_merges WHERE key_id = ?)")
    params = (peer.acked_rev, peer.key_id)
    given = kit_given(db.conn, peer.key_id, peer.acked_rev)  # what its kit gave it
    pending: dict[str, int] = {}
    unwritten: dict[str, int] = {}
    names = tables if tables is not None else synced_tables(db.conn)
    for name in [*names, "graves"]:
        where, values = ((window, params) if name == "graves"
                         else without_given(given, name, window, params))
        n, above = db.conn.execute(f'SELECT count(*), count(*) FILTER (WHERE rev > ?)'
                                   f' FROM "{name}" WHERE {where}', (written, *values)).fetchone()
        if n:
            pending[name] = n
        if above:
            unwritten[name] = above
    return pending, unwritten


def sync_status(db: Database, *, operator: Operator | None = None) -> dict:
    authorize(db, operator, "sync.view")
    me = own_identity(db)
    listed = []
    not_at_hq = None
    tables = list(synced_tables(db.conn))
    for peer in peers(db):
        last_in = db.one("SELECT at, status, file FROM bundle_receipts WHERE direction = 'in'"
                         " AND key_id = ? ORDER BY seq DESC LIMIT 1", (peer.key_id,))
        last_out = db.one("SELECT at, file, upto_rev FROM bundle_receipts WHERE direction = 'out'"
                          " AND key_id = ? ORDER BY seq DESC LIMIT 1", (peer.key_id,))
        # what no bundle written to the peer holds yet: above the last one's range
        written = (last_out or {}).get("upto_rev") or 0
        pending, unwritten = ({}, {}) if peer.revoked_at else _counts(db, peer, tables, written)
        entry = {"station": peer.station, "name": peer.identity.name, "hq": peer.identity.hq,
                 "key_id": peer.key_id, "enrolled_at": peer.enrolled_at,
                 "revoked_at": peer.revoked_at, "acked_rev": peer.acked_rev,
                 "acked_at": peer.acked_at, "received_rev": peer.received_rev,
                 "not_yet_there": sum(pending.values()), "not_yet_there_by_table": pending,
                 "not_yet_written": sum(unwritten.values()),
                 "last_in": last_in, "last_out": last_out}
        listed.append(entry)
        if peer.identity.hq and not peer.revoked_at and not me.hq:
            not_at_hq = (not_at_hq or 0) + entry["not_yet_there"]
    return {"station": me.station, "name": me.name, "hq": me.hq, "key_id": me.key_id,
            "rev": int(db.meta("rev", 0)), "not_at_hq": not_at_hq, "peers": listed,
            "open_conflicts": db.scalar(f"SELECT count(*) FROM ({_OPEN.format(extra='')})"),
            "set_aside": db.scalar("SELECT count(*) FROM sync_set_aside")}


class ConflictCache:
    """The residents with open conflicts, kept between refreshes of the home page (plain data;
    for connections of one database, one at a time): after the first search over every
    collected intake, only the residents whose intakes or conflict decisions changed since are
    searched again (storage/changes.py)."""

    def __init__(self) -> None:
        self.mark: tuple[int, int] | None = None  # change_mark() when searched
        self.residents: set[str] = set()
        self.full_reads = 0
        self._lock = threading.Lock()

    @property
    def filled(self) -> bool:
        return self.mark is not None

    def residents_for(self, db: Database) -> list[str]:
        with self._lock:
            mark = change_mark(db.conn)
            if (self.mark is None or mark[0] < self.mark[0] or mark[1] != self.mark[1]
                    or db.scalar("SELECT 1 FROM graves WHERE rev > ? AND tbl IN"
                                 " ('intakes', 'conflict_decisions') LIMIT 1", (self.mark[0],))):
                self.residents = {r for (r,) in db.conn.execute(_OPEN.format(extra=""))}
                self.full_reads += 1
            elif mark[0] > self.mark[0]:
                touched = sorted(intake_residents_since(db.conn, self.mark[0]) | {
                    r for (r,) in db.conn.execute(
                        "SELECT resident_id FROM conflict_decisions WHERE rev > ?",
                        (self.mark[0],))})
                if touched:
                    self.residents.difference_update(touched)
                    self.residents.update(r for (r,) in db.conn.execute(_OPEN.format(
                        extra="AND i.resident_id IN (SELECT value FROM json_each(?))"),
                        (json.dumps(touched),)))
            self.mark = mark
            return sorted(self.residents)


def open_conflicts(db: Database, cache: ConflictCache | None = None, *,
                   operator: Operator | None = None) -> list[dict]:
    """Residents collected at more than one station, with their current intakes."""
    authorize(db, operator, "sync.view")
    noticed = {r["resident_id"]: r for r in db.query("SELECT * FROM sync_conflicts")}
    found = []
    residents = (cache.residents_for(db) if cache is not None
                 else [r for (r,) in db.conn.execute(_OPEN.format(extra=""))])
    for resident_id in residents:
        resident = db.one("SELECT r.id, r.full_name, r.dob, r.personal_id, h.code AS household"
                          " FROM residents r LEFT JOIN households h ON h.id = r.household_id"
                          " WHERE r.id = ?", (resident_id,)) or {"id": resident_id}
        intakes = db.query(
            "SELECT i.id, i.station, i.at, i.desk, i.operator, i.note FROM intakes i"
            " WHERE i.resident_id = ? AND i.outcome = 'collected' AND NOT EXISTS"
            " (SELECT 1 FROM intakes c WHERE c.corrects_id = i.id) ORDER BY i.at, i.id",
            (resident_id,))
        seen = noticed.get(resident_id)
        found.append({"resident": resident, "intakes": intakes,
                      "found_at": seen["found_at"] if seen else None,
                      "found_in_bundle_from": seen["station"] if seen else None})
    return found


def record_conflicts(db: Database, revs: list[int], digest: str, station: str) -> int:
    """Note the conflicts that the merge writing ``revs`` brought (first time seen only)."""
    cur = db.conn.execute(
        "INSERT INTO sync_conflicts (resident_id, found_at, bundle_digest, station)"
        " SELECT resident_id, ?, ?, ? FROM ("
        + _OPEN.format(extra="AND i.resident_id IN (SELECT resident_id FROM intakes"
                             " WHERE rev IN (SELECT value FROM json_each(?)))")
        + ") WHERE true ON CONFLICT (resident_id) DO NOTHING",
        (now_iso(), digest, station, json.dumps(revs)))
    return max(cur.rowcount, 0)


def replaced_duplicates(db: Database, limit: int = 200, *,
                        operator: Operator | None = None) -> list[dict]:
    """Records that lost to another laptop's record with the same unique key, newest first."""
    authorize(db, operator, "sync.view")
    return db.query("SELECT at, tbl, key, kept_id, replaced_id, station FROM sync_duplicates"
                    " ORDER BY seq DESC LIMIT ?", (limit,))


def set_aside_records(db: Database, limit: int = 200, *,
                      operator: Operator | None = None) -> list[dict]:
    """What HQ kept aside from stations' bundles (sync/remit.py), newest first; ``reason`` is
    the code, ``explained`` its text (a Message)."""
    authorize(db, operator, "sync.view")
    rows = db.query("SELECT at, station, tbl, id, ver, deleted, record, reason, bundle_digest"
                    " FROM sync_set_aside ORDER BY seq DESC LIMIT ?", (limit,))
    for row in rows:
        row["explained"] = reason_message(row["reason"])
    return rows
