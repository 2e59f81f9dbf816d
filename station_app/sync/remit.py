"""What HQ accepts from a station (issue 16): a bundle signed by a station's valid key may
still hold records that station may not make. HQ merges only what a station may make and keeps
the rest aside (table ``sync_set_aside``), refused with its reason, for HQ to look at.

A station ``S`` may make (docs/bundle-format.md, *What a station may change*):

- records of its own in the tables that name their station (sessions, tickets, ticket events,
  intakes, queues, its queue policy, letter keys, operators, the history of its roster edits,
  its decisions on conflicts): the record says ``S`` and so does HQ's copy when HQ has one (a
  decision HQ took stands over a station's); an operator never with the role ``hq``;
- appointments and session moves of its own sessions, letters of those appointments, its own
  letterhead (letter settings ``S:…``);
- audit entries of its own: the entry says ``S`` (any laptop of the station writes it, a desk
  laptop joined to its host too, whose node HQ never enrols), its id is not in the ids of HQ or
  of a laptop enrolled at HQ for another station (an entry of an earlier version, without a
  station, is judged by its node: a laptop enrolled for ``S``);
- the roster (areas, households, residents) as a roster import creates it (version zero:
  it never replaces an edit, core/roster_ids.py), and edits and deletions of the households
  and residents of the villages it serves: those of a household booked in one of its sessions;
- a campaign of its own (``station`` ``S``: one it made before HQ's reached it, kept at HQ as
  that station's, docs/campaigns.md) and the deadlines and milestones of such a campaign;
- nothing else (the province's campaign, ``station`` NULL, and its deadlines are HQ's).

A record HQ already holds at the same or a newer version is no change and is not judged.
"""

from __future__ import annotations

import json

from station_app.core.messages import Message
from station_app.core.roster_ids import ROSTER_VER_TIME
from station_app.core.sqlite import sqlite3
from station_app.sync.identity import now_iso

__all__ = ["set_aside", "keep_aside", "REASONS", "reason_message"]

# what set_aside found, written to sync_set_aside by keep_aside in the merge's last step (a
# merge in steps that is cancelled then leaves nothing behind)
_COLUMNS = "at, bundle_digest, station, tbl, id, ver, deleted, record, reason"

# reason code -> English text (shown translated by the interface)
REASONS = {
    "station": "a record of another station, or one a station cannot make",
    "hq operator": "only HQ makes hq operators or changes them",
    "village": "the roster of a village this station does not serve",
    "hq": "a record only HQ changes",
    "returned": "a record HQ made and no longer holds (HQ restored from a backup?)",
}
_MESSAGES = {  # the same, as literal templates for the translations
    "station": Message("a record of another station, or one a station cannot make"),
    "hq operator": Message("only HQ makes hq operators or changes them"),
    "village": Message("the roster of a village this station does not serve"),
    "hq": Message("a record only HQ changes"),
    "returned": Message("a record HQ made and no longer holds (HQ restored from a backup?)"),
}

_STATION_TABLES = {"sessions", "tickets", "ticket_events", "intakes", "queues", "queue_policy",
                   "letter_keys", "operators", "roster_edits", "conflict_decisions",
                   "campaigns"}


def reason_message(code: str) -> str:
    return _MESSAGES.get(code, code)


def _own_session(column: str) -> str:
    return (f"{column} IN (SELECT id FROM main.sessions WHERE station = :s"
            " UNION SELECT id FROM {IN}.sessions WHERE station = :s)")


def _rules(table: str, incoming_tables: set[str]) -> tuple[str, str, str]:
    """(condition on the incoming row n and HQ's row r (NULL when HQ has none) for a row the
    station may make, the same on HQ's row alone for a deletion, the reason code in SQL)."""
    if table in _STATION_TABLES:
        row = "n.station = :s AND (r.id IS NULL OR r.station = :s)"
        grave = "r.station = :s"
        if table == "operators":
            hq = "(n.role = 'hq' OR r.role = 'hq')"
            return (f"{row} AND NOT coalesce({hq}, false)", f"{grave} AND r.role <> 'hq'",
                    f"CASE WHEN coalesce({hq}, false) THEN 'hq operator' ELSE 'station' END")
        if table == "campaigns":  # the province's is HQ's
            return row, grave, "CASE WHEN n.station IS NULL THEN 'hq' ELSE 'station' END"
        return row, grave, "'station'"
    if table in ("appointments", "session_moves"):
        return (f"{_own_session('n.session_id')} AND (r.id IS NULL OR "
                f"{_own_session('r.session_id')})", _own_session("r.session_id"), "'station'")
    if table == "letters":
        booked = ("{col} IN (SELECT a.id FROM main.appointments a WHERE "
                  + _own_session("a.session_id") + ")")
        if "appointments" in incoming_tables:
            booked = booked[:-1] + " UNION SELECT a.id FROM {IN}.appointments a WHERE " \
                + _own_session("a.session_id") + ")"
        return (booked.replace("{col}", "n.appointment_id") + " AND (r.id IS NULL OR "
                + booked.replace("{col}", "r.appointment_id") + ")",
                booked.replace("{col}", "r.appointment_id"), "'station'")
    if table in ("campaign_deadlines", "campaign_milestones"):
        # of a campaign the station's (as the bundle or HQ holds it), never of one HQ holds
        # as another's or the province's
        own = ("({col} IN (SELECT id FROM {IN}.campaigns WHERE station = :s UNION"
               " SELECT id FROM main.campaigns WHERE station = :s) AND {col} NOT IN"
               " (SELECT id FROM main.campaigns WHERE station IS NOT :s))")
        return (own.replace("{col}", "n.campaign_id") + " AND (r.id IS NULL OR "
                + own.replace("{col}", "r.campaign_id") + ")",
                own.replace("{col}", "r.campaign_id"), "'hq'")
    if table == "letter_settings":
        return ("substr(n.key, 1, length(:s) + 1) = :s || ':'",
                "substr(r.key, 1, length(:s) + 1) = :s || ':'", "'station'")
    if table == "audit":
        # its own: the entry says S (an entry of an earlier version, without a station: its
        # node is a laptop enrolled for S), never in the ids of HQ or of a laptop enrolled for
        # another station
        node = "substr(n.id, 1, 8)"
        return (f"(n.station = :s OR (n.station IS NULL AND {node} IN (SELECT value FROM"
                f" json_each(:nodes)))) AND {node} <> :own AND {node} NOT IN (SELECT node FROM"
                " main.sync_peers WHERE station <> :s) AND (r.id IS NULL OR r.station = :s)",
                "false", "'station'")
    zero = f"substr(n.ver, 1, {len(ROSTER_VER_TIME)}) = '{ROSTER_VER_TIME}'"
    if table == "households":
        return (f"{zero} OR (n.village_id IN served AND (r.id IS NULL OR r.village_id IN served))",
                "r.village_id IN served", "'village'")
    if table == "residents":
        # a walk-in (no household), a household deleted at HQ, or one in a village it serves
        village = ("({col} IS NULL OR EXISTS (SELECT 1 FROM main.graves WHERE tbl = 'households'"
                   " AND id = {col}) OR (SELECT village_id FROM main.households WHERE id = {col}"
                   + (" UNION ALL SELECT village_id FROM {IN}.households WHERE id = {col}"
                      if "households" in incoming_tables else "") + " LIMIT 1) IN served)")
        of = village.replace("{col}", "n.household_id")
        was = village.replace("{col}", "r.household_id")
        return (f"{zero} OR ({of} AND (r.id IS NULL OR {was}))", was, "'village'")
    if table == "areas":
        return zero, "false", "'hq'"
    return "false", "false", "'hq'"


def _served(conn: sqlite3.Connection, schema: str, station: str) -> None:
    """The villages ``station`` serves, as the temporary table served: those of the households
    booked in its sessions (HQ's, and those the bundle brings)."""
    conn.execute("DROP TABLE IF EXISTS temp.served")
    conn.execute(
        "CREATE TEMP TABLE served AS SELECT DISTINCT h.village_id AS village FROM"
        f" (SELECT session_id, household_id FROM main.appointments UNION ALL"
        f"  SELECT session_id, household_id FROM {schema}.appointments) a"
        " JOIN (SELECT id, station FROM main.sessions UNION ALL"
        f"      SELECT id, station FROM {schema}.sessions) s ON s.id = a.session_id"
        " JOIN (SELECT id, village_id FROM main.households UNION ALL"
        f"      SELECT id, village_id FROM {schema}.households) h ON h.id = a.household_id"
        " WHERE s.station = ? AND h.village_id IS NOT NULL", (station,))


def set_aside(conn: sqlite3.Connection, schema: str, incoming: dict[str, list[str]],
              grave_tables: list[str], station: str, nodes: list[str], own_node: str,
              digest: str) -> int:
    """Move out of the payload attached as ``schema`` what ``station`` may not make (into a
    temporary table that keep_aside writes to sync_set_aside); returns how many records. Runs
    inside the merge's first step."""
    conn.execute("DROP TABLE IF EXISTS temp.kept_aside")
    conn.execute(f"CREATE TEMP TABLE kept_aside ({_COLUMNS})")
    tables = set(incoming)
    stand_ins = {"sessions": "id, station", "appointments": "id, session_id, household_id",
                 "households": "id, village_id", "campaigns": "id, station"}
    for name, columns in stand_ins.items():  # empty, for the rules' unions
        if name not in tables:
            conn.execute(f"CREATE TABLE IF NOT EXISTS {schema}.{name} ({columns})")
    _served(conn, schema, station)
    params = {"s": station, "nodes": json.dumps(nodes), "own": own_node}
    kept = 0
    for table in sorted(tables | set(grave_tables)):
        row_rule, grave_rule, reason = _rules(table, tables)
        reason = f"CASE WHEN substr(n.ver, 14) = :own THEN 'returned' ELSE {reason} END"
        row_rule = row_rule.replace("{IN}", schema).replace(" served", " temp.served")
        grave_rule = grave_rule.replace("{IN}", schema).replace(" served", " temp.served")
        t = f'"{table}"'
        if table in incoming:
            record = ", ".join(f"'{c}', n.\"{c}\"" for c in incoming[table])
            news = (f"FROM {schema}.{t} n LEFT JOIN main.{t} r ON r.id = n.id"
                    " WHERE (r.id IS NULL OR n.ver > r.ver) AND NOT EXISTS (SELECT 1 FROM"
                    " main.graves g WHERE g.tbl = :t AND g.id = n.id AND g.ver >= n.ver)"
                    f" AND NOT coalesce(({row_rule}), false)")
            cur = conn.execute(
                f"INSERT INTO temp.kept_aside ({_COLUMNS})"
                f" SELECT :at, :d, :s, :t, n.id, n.ver, 0, json_object({record}),"
                f" {reason} {news}", {**params, "at": now_iso(), "d": digest, "t": table})
            if cur.rowcount:
                kept += cur.rowcount
                conn.execute(f"DELETE FROM {schema}.{t} WHERE id IN (SELECT n.id {news})",
                             {**params, "t": table})
        if table in grave_tables:
            doomed = (f"FROM {schema}.graves n JOIN main.{t} r ON r.id = n.id"
                      f" WHERE n.tbl = :t AND n.ver >= r.ver AND NOT coalesce(({grave_rule}),"
                      " false)")
            cur = conn.execute(
                f"INSERT INTO temp.kept_aside ({_COLUMNS})"
                f" SELECT :at, :d, :s, :t, n.id, n.ver, 1, NULL,"
                f" {reason.replace('n.role', 'r.role').replace('n.station', 'r.station')}"
                f" {doomed}",
                {**params, "at": now_iso(), "d": digest, "t": table})
            if cur.rowcount:
                kept += cur.rowcount
                conn.execute(f"DELETE FROM {schema}.graves WHERE tbl = :t AND id IN"
                             f" (SELECT n.id {doomed})", {**params, "t": table})
    conn.execute("DROP TABLE temp.served")
    return kept


def keep_aside(conn: sqlite3.Connection) -> None:
    """Write what set_aside found to sync_set_aside (the merge's last step)."""
    conn.execute(f"INSERT INTO sync_set_aside ({_COLUMNS}) SELECT {_COLUMNS} FROM temp.kept_aside")
    conn.execute("DROP TABLE temp.kept_aside")
