"""Merging a bundle's payload into the database: last writer wins by ``ver``, in SQL.

The payload is attached as an in-memory schema; each table is merged with a few
``INSERT … SELECT … ON CONFLICT`` / ``DELETE`` statements, so no row passes through Python.
It runs as one long write (``Database.long_write()``): one transaction when the database is
ours alone, else steps that let the station floor in (storage/steps.py), written in parts of
BATCH_ROWS incoming rows or graves taken in id order, each part a ``Steps.do()`` call (redone
when the floor rolls its step back). Every row or grave it changes gets the writing step's
local ``rev`` (so this laptop can forward it), while keeping the ``ver`` it was written with.

For each (table, id), the state with the highest ``ver`` among the local row, the local grave,
the incoming row and the incoming grave wins; a grave wins a tie (a row written and deleted in
one transaction). Afterwards a (table, id) has a row or a grave, never both.

Speed: the update clause sets only the columns that differ in at least one winning row (found
by one join first), so indexes on columns that did not change are not touched; and an index
that a merge would rewrite for at least a quarter of its table is dropped and built again
afterwards (sorted building beats that many single updates), except an index led by ``rev``,
where every merged row lands at the end; the guard triggers of a table (storage/migrations:
guard_table) are lifted while a bulk merge writes it, since a row trigger on INSERT makes
SQLite stage the whole SELECT in a temporary table first. All of it is inside the one
transaction; in steps, indexes and guards are kept instead (building an index holds the write
lock for seconds).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from station_app.core.sqlite import sqlite3
from station_app.storage import steps as storage_steps
from station_app.storage.steps import Steps
from station_app.sync.tables import SyncedTable

__all__ = ["merge_payload", "MergeStats", "Progress"]

Progress = Callable[[str, int, int], "bool | None"]  # (table, tables done, tables in all)

BULK_MIN_ROWS = 20_000
# A grave keeps the newest version; its rev moves on when this transaction touched it (ver ?).
_GRAVE_UPSERT = ("ON CONFLICT (tbl, id) DO UPDATE SET rev = excluded.rev, ver = excluded.ver"
                 " WHERE excluded.ver > graves.ver OR graves.ver = ?")


@dataclass
class MergeStats:
    rows: dict[str, int] = field(default_factory=dict)     # rows written per table
    graves: dict[str, int] = field(default_factory=dict)   # deletions applied per table
    # (table, key, kept id, replaced id): two records with one unique key, the older replaced
    duplicates: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def changes(self) -> int:
        return sum(self.rows.values()) + sum(self.graves.values())


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def merge_payload(steps: Steps, schema: str, local: dict[str, SyncedTable],
                  incoming: dict[str, list[str]], sizes: dict[str, int],
                  grave_tables: list[str], progress: Progress | None = None) -> MergeStats:
    """Merge the payload attached as ``schema``. ``incoming`` maps each payload table to its
    columns, ``sizes`` to its rows as the manifest counts them (an upper bound once HQ has set
    some aside: it only decides how the rows are written); ``grave_tables`` lists the tables
    named in the payload's graves. Returns what
    changed. ``progress`` returning False raises MergeCancelled (the caller's transaction then
    rolls back)."""
    from station_app.sync.errors import MergeCancelled

    conn = steps.db.conn
    stats = MergeStats()
    names = sorted(set(incoming) | set(grave_tables))
    for i, name in enumerate(names):
        steps.release()  # the caller's progress runs between two steps
        if progress and progress(name, i, len(names)) is False:
            raise MergeCancelled("import cancelled; nothing was imported")
        table = local[name]
        graves = 0
        if name in grave_tables:
            graves = _merge_graves(conn, steps, schema, name)
        rows = 0
        if name in incoming:
            cols = [c for c in incoming[name] if c in table.columns]
            if conn.execute(f"SELECT 1 FROM main.{_q(name)} LIMIT 1").fetchone():
                stats.duplicates += _settle_duplicates(conn, steps, schema, name)
            rows = _merge_rows(conn, steps, schema, name, cols, sizes.get(name, 0))
        if rows:
            stats.rows[name] = rows
        if graves:
            stats.graves[name] = graves
    steps.release()
    if progress and progress("", len(names), len(names)) is False:
        raise MergeCancelled("import cancelled; nothing was imported")
    return stats


def _ranges(steps: Steps, sql: str, params: tuple, column: str) -> list[tuple[str, tuple]]:
    """(condition on ``column``, its parameters) for each part of the ids ``sql`` selects in
    order: one part without condition in one transaction, else parts of BATCH_ROWS ids."""
    if not steps.stepped:
        return [("", ())]
    ids = [r[0] for r in steps.db.conn.execute(sql, params)]
    starts = ids[::storage_steps.BATCH_ROWS]
    return [(f" AND {column} >= ? AND {column} < ?", (low, high)) if high is not None
            else (f" AND {column} >= ?", (low,))
            for low, high in zip(starts, [*starts[1:], None])]


def _merge_graves(conn: sqlite3.Connection, steps: Steps, schema: str, name: str) -> int:
    t = _q(name)
    merged: dict[int, int] = {}  # per part (a part rolled back for the floor is redone)

    def merge(w, i: int, part: str, bounds: tuple) -> None:
        ids = f"SELECT g.id FROM {schema}.graves g WHERE g.tbl = ?{part}"
        steps.save(name, ids, (name, *bounds))
        steps.save_graves(name, ids, (name, *bounds))
        # Rows that an incoming grave beats are deleted; the table's trigger leaves a grave
        # with this transaction's own ver, replaced just below by the incoming one.
        conn.execute(
            f"DELETE FROM main.{t} WHERE id IN (SELECT g.id FROM {schema}.graves g"
            f" JOIN main.{t} r ON r.id = g.id WHERE g.tbl = ? AND g.ver >= r.ver{part})",
            (name, *bounds))
        cur = conn.execute(
            f"INSERT INTO main.graves (tbl, id, rev, ver) SELECT g.tbl, g.id, ?, g.ver"
            f" FROM {schema}.graves g WHERE g.tbl = ?{part}"
            f" AND NOT EXISTS (SELECT 1 FROM main.{t} r WHERE r.id = g.id) {_GRAVE_UPSERT}",
            (w.rev, name, *bounds, w.ver))
        merged[i] = max(cur.rowcount, 0)

    for i, (part, bounds) in enumerate(_ranges(
            steps, f"SELECT id FROM {schema}.graves WHERE tbl = ? ORDER BY id", (name,), "g.id")):
        steps.do(lambda w, i=i, part=part, bounds=bounds: merge(w, i, part, bounds),
                 storage_steps.BATCH_ROWS)
    return sum(merged.values())


def _unique_keys(conn, name: str) -> list[list[str]]:
    """Column lists of the table's unique constraints other than its id (partial and
    expression indexes left out)."""
    keys = []
    for _, idx, unique, origin, partial in conn.execute(f"PRAGMA main.index_list({_q(name)})"):
        if not unique or origin == "pk" or partial:
            continue
        cols = [r[2] for r in conn.execute(f"PRAGMA main.index_info({_q(idx)})")]
        if cols and None not in cols and cols != ["id"]:
            keys.append(cols)
    return keys


def _settle_duplicates(conn, steps: Steps, schema: str, name: str) -> list[tuple]:
    """Two laptops that each made a record with the same unique key (a setting, a queue code)
    cannot both keep theirs: the record with the newer ver stays and the other becomes a grave
    carrying that ver, on every laptop alike, so all converge. Returns what was replaced."""
    t = _q(name)
    settled = []
    steps.release()  # in steps, the search below holds no lock
    for key in _unique_keys(conn, name):
        same = " AND ".join(f"r.{_q(c)} = n.{_q(c)}" for c in key)
        search = (
            f"SELECT n.id, n.ver, r.id, r.ver, {', '.join('n.' + _q(c) for c in key)}"
            f" FROM {schema}.{t} n JOIN main.{t} r ON {same} AND r.id <> n.id"
            f" WHERE NOT EXISTS (SELECT 1 FROM main.{t} o WHERE o.id = n.id AND o.ver >= n.ver)"
            " AND NOT EXISTS (SELECT 1 FROM main.graves g WHERE g.tbl = ? AND g.id = n.id"
            " AND g.ver >= n.ver)"
            f" AND NOT EXISTS (SELECT 1 FROM {schema}.{t} m WHERE m.id = r.id"
            " AND m.ver > r.ver)")
        if not conn.execute(search + " LIMIT 1", (name,)).fetchone():
            continue  # searched without the lock (the usual case: none)
        w = steps.w
        pairs = conn.execute(search, (name,)).fetchall()  # again, in the step that settles them
        for new_id, new_ver, old_id, old_ver, *values in pairs:
            text = "|".join("" if v is None else str(v) for v in values)
            steps.save(name, "SELECT ?", (old_id,))
            steps.save_graves(name, "SELECT ?", (old_id if new_ver > old_ver else new_id,))
            if new_ver > old_ver:
                conn.execute(f"DELETE FROM main.{t} WHERE id = ?", (old_id,))
                loser, ver, kept = old_id, new_ver, new_id
            else:
                loser, ver, kept = new_id, old_ver, old_id
            conn.execute(
                f"INSERT INTO main.graves (tbl, id, rev, ver) VALUES (?, ?, ?, ?) {_GRAVE_UPSERT}",
                (name, loser, w.rev, ver, w.ver))
            settled.append((name, text, kept, loser))
    return settled


def _probe(conn, schema: str, name: str, cols: list[str], part: str = "",
           bounds: tuple = ()) -> tuple[int, int, list[str]]:
    """(incoming rows that exist here, of those the newer ones, columns that differ in at
    least one newer row), by one join of the payload (or its ids within ``part``) with the
    table."""
    t = _q(name)
    compared = [c for c in cols if c not in ("id", "ver")]
    probes = "".join(f", max(CASE WHEN n.ver > r.ver THEN n.{_q(c)} IS NOT r.{_q(c)} END)"
                     for c in compared)
    # CROSS JOIN: the payload's rows outside, each looked up here (SQLite's own choice was the
    # other way round, every local row looked up in the payload: twice the time for 400,000
    # incoming residents against 802,466 here)
    found = conn.execute(
        f"SELECT count(*), total(n.ver > r.ver){probes} FROM {schema}.{t} n"
        f" CROSS JOIN main.{t} r ON r.id = n.id WHERE true{part}", bounds).fetchone()
    return found[0], int(found[1]), [c for c, d in zip(compared, found[2:]) if d]


def _indexes(conn, name: str) -> list[tuple[str, str]]:
    """(name, sql) of the indexes made by CREATE [UNIQUE] INDEX on the table."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = ?"
        " AND sql IS NOT NULL", (name,))]


def _guards(conn, name: str) -> list[tuple[str, str]]:
    """(name, sql) of the triggers that refuse an INSERT or UPDATE of the table outside
    ``Database.write()`` (storage/migrations: guard_table)."""
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND tbl_name = ?"
        " AND name IN (?, ?)", (name, f"{name}_must_record_insert",
                               f"{name}_must_record_update"))]


def _leading_column(conn, index: str) -> str | None:
    row = conn.execute(f"PRAGMA main.index_info({_q(index)})").fetchone()
    return row[2] if row else None


def _mentions(sql: str, columns: list[str]) -> bool:
    return any(re.search(rf'(?<![\w"]){re.escape(c)}(?![\w"])|"{re.escape(c)}"', sql)
               for c in columns)


def _merge_rows(conn: sqlite3.Connection, steps: Steps, schema: str, name: str,
                cols: list[str], incoming: int) -> int:
    t = _q(name)
    steps.release()  # in steps, the reads below hold no lock
    present = conn.execute(f"SELECT 1 FROM main.{t} LIMIT 1").fetchone() is not None
    has_graves = conn.execute(
        "SELECT 1 FROM main.graves WHERE tbl = ? LIMIT 1", (name,)).fetchone() is not None
    overlap, newer, changed = _probe(conn, schema, name, cols) if present else (0, 0, [])

    # An index this merge would update for a quarter of its rows or more is dropped and
    # built again afterwards: building sorted beats that many single updates. (An index
    # touches at most one entry per incoming row: a small bundle never gets that far.)
    rebuild: list[tuple[str, str]] = []
    if incoming >= BULK_MIN_ROWS and not steps.stepped:
        inserts = incoming - overlap
        final = conn.execute(f"SELECT count(*) FROM main.{t}").fetchone()[0] + inserts
        for idx_name, sql in _indexes(conn, name):
            if _leading_column(conn, idx_name) == "rev":
                continue  # every merged row gets the same new rev: its entries go at the end
            touched = inserts + (newer if _mentions(sql, ["rev", *changed]) else 0)
            if touched >= BULK_MIN_ROWS and touched * 4 >= final:
                rebuild.append((idx_name, sql))
    for idx_name, _ in rebuild:
        conn.execute(f"DROP INDEX main.{_q(idx_name)}")
    # The guards against writes that bypass Database.write() (this one writes rev and ver
    # itself), lifted for a bulk merge and put back as they were before it commits.
    guards = _guards(conn, name) if incoming >= BULK_MIN_ROWS and not steps.stepped else []
    for guard, _ in guards:
        conn.execute(f"DROP TRIGGER main.{_q(guard)}")

    col_list = ", ".join(_q(c) for c in cols)
    sets = ", ".join(f"{_q(c)} = excluded.{_q(c)}" for c in [*changed, "ver"])
    guard = (" AND NOT EXISTS (SELECT 1 FROM main.graves g WHERE g.tbl = ? AND g.id = n.id"
             " AND g.ver >= n.ver)" if has_graves else "")
    written: dict[int, int] = {}  # per part (a part rolled back for the floor is redone)

    def merge(w, i: int, part: str, bounds: tuple, sets: str) -> None:
        if steps.stepped and present:  # the floor may have changed rows since the probe
            changed = _probe(conn, schema, name, cols, part, bounds)[2]
            sets = ", ".join(f"{_q(c)} = excluded.{_q(c)}" for c in [*changed, "ver"])
        ids = f"SELECT n.id FROM {schema}.{t} n WHERE true{part}"
        steps.save(name, ids, bounds)
        params: tuple = (w.rev, name) if has_graves else (w.rev,)
        cur = conn.execute(
            f"INSERT INTO main.{t} ({col_list}, rev) SELECT"
            f" {', '.join('n.' + _q(c) for c in cols)}, ? FROM {schema}.{t} n WHERE true{guard}"
            f"{part} ON CONFLICT (id) DO UPDATE SET {sets}, rev = excluded.rev"
            f" WHERE excluded.ver > {t}.ver", (*params, *bounds))
        written[i] = max(cur.rowcount, 0)
        if has_graves and cur.rowcount > 0:
            # A row newer than the grave of the same id: the row wins, the grave goes.
            steps.save_graves(name, ids, bounds)
            conn.execute(
                f"DELETE FROM main.graves WHERE tbl = ? AND EXISTS (SELECT 1 FROM main.{t} r"
                f" WHERE r.id = graves.id AND r.ver > graves.ver){part.replace('n.id', 'id')}",
                (name, *bounds))

    for i, (part, bounds) in enumerate(_ranges(
            steps, f"SELECT id FROM {schema}.{t} ORDER BY id", (), "n.id")):
        steps.do(lambda w, i=i, part=part, bounds=bounds: merge(w, i, part, bounds, sets),
                 storage_steps.BATCH_ROWS)
    for _, sql in [*rebuild, *guards]:
        conn.execute(sql)
    return sum(written.values())
