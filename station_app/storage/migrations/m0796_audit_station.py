"""Audit entries say their station (issue 22): ``audit.station`` is the code of the station
whose laptop wrote the entry (``Writer.audit``). HQ accepts a station's audit entries by it
(sync/remit.py): a desk laptop joined to a station's host has its own node, which HQ never
enrols (only the host), and its entries are that station's all the same.

Existing entries: those written on this laptop (their id starts with its node, see
``Writer.new_id``) are this station's; those of an enrolled laptop (HQ, a station, a hall's
host or desk) get its station; any other stays without one (sync/remit.py then judges it by
its node, as before)."""

from station_app.storage.migrations import update_guard_lifted

_NODE = "(SELECT value FROM meta WHERE key = 'node')"


def up(conn):
    conn.execute("ALTER TABLE audit ADD COLUMN station TEXT")
    # Not a change to sync (each laptop derives the station from the id): the rows keep rev
    # and ver, so the guard trigger is lifted for this update.
    with update_guard_lifted(conn, "audit"):
        conn.execute("UPDATE audit SET station = (SELECT value FROM meta WHERE key = 'station')"
                     f" WHERE substr(id, 1, length({_NODE})) = {_NODE}")
        conn.execute(
            "UPDATE audit SET station = (SELECT p.station FROM sync_peers p"
            " WHERE substr(audit.id, 1, length(p.node)) = p.node"
            " ORDER BY p.enrolled_at DESC LIMIT 1) WHERE station IS NULL")
