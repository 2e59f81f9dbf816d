"""Operators belong to the station that made them (issue 16): ``operators.station`` is the code
of that station. An operator signs in only there (an hq operator only at HQ); other stations'
operators arrive by sync for the audit, without their PIN hashes (sync/tables.LOCAL_COLUMNS).

Existing operators: those made on this laptop (their id starts with its node, see
``Writer.new_id``) are this station's; those made on an enrolled peer get that peer's station;
any other stays without a station and signs in nowhere. The PIN hashes that earlier versions
carried here from other laptops are cleared. Then one station's names are unique among the
operators who can sign in there: the index is partial (rows with a hash), so a merge, which
never writes a hash, never meets it (a full unique index would make the merge replace one of
two same-named operators by a grave: see sync/merge.py)."""

from station_app.storage.migrations import update_guard_lifted

_HERE = ("substr(operators.id, 1, length((SELECT value FROM meta WHERE key = 'node')))"
         " = (SELECT value FROM meta WHERE key = 'node')")


def up(conn):
    conn.execute("ALTER TABLE operators ADD COLUMN station TEXT")
    # The guard trigger refuses an UPDATE outside Database.write(): these are not changes to
    # sync (every laptop derives the same station from the id), so the rows keep rev and ver.
    with update_guard_lifted(conn, "operators"):
        conn.execute(f"UPDATE operators SET station = (SELECT value FROM meta WHERE key = 'station')"
                     f" WHERE {_HERE}")
        conn.execute(
            "UPDATE operators SET station = (SELECT p.station FROM sync_peers p"
            " WHERE substr(operators.id, 1, length(p.node)) = p.node"
            " ORDER BY p.enrolled_at DESC LIMIT 1) WHERE station IS NULL")
        conn.execute(f"UPDATE operators SET pin_hash = NULL WHERE pin_hash IS NOT NULL"
                     f" AND NOT ({_HERE})")
    conn.execute("CREATE UNIQUE INDEX operators_name_here ON operators (station, name)"
                 " WHERE pin_hash IS NOT NULL")
