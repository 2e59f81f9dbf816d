"""Who defined a campaign (issue 22): ``campaigns.station`` is NULL for the province's campaign,
which HQ defines, and a station's code for a campaign that station made for itself before
HQ's reached it (the demo, a station working before any HQ exists). HQ accepts a station's
campaign as that station's own; HQ's campaign supersedes it wherever both are
(services/sessions.campaign_in_force, docs/campaigns.md).

Existing campaigns: those made on an HQ laptop stay the province's; those made on this laptop
of a station, or on an enrolled station's laptop, get that station (the id starts with the
node of the laptop that made it, see ``Writer.new_id``)."""

from station_app.storage.migrations import update_guard_lifted

_NODE = "(SELECT value FROM meta WHERE key = 'node')"


def up(conn):
    conn.execute("ALTER TABLE campaigns ADD COLUMN station TEXT")
    # Not a change to sync (every laptop derives the same station from the id): the rows keep
    # rev and ver, so the guard trigger is lifted for this update.
    with update_guard_lifted(conn, "campaigns"):
        conn.execute(
            "UPDATE campaigns SET station = (SELECT value FROM meta WHERE key = 'station')"
            f" WHERE substr(id, 1, length({_NODE})) = {_NODE}"
            " AND coalesce((SELECT value FROM meta WHERE key = 'hq'), 0) + 0 = 0")
        conn.execute(
            "UPDATE campaigns SET station = (SELECT p.station FROM sync_peers p"
            " WHERE substr(campaigns.id, 1, length(p.node)) = p.node AND p.hq = 0"
            " ORDER BY p.enrolled_at DESC LIMIT 1) WHERE station IS NULL")
