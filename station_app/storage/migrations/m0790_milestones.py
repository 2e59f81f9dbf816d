"""Milestones of a campaign (issue 28): "N people (or P %) collected by day D, D included", as
the province's order states its goal. Exactly one of ``people`` and ``percent`` is set (a share
is of the campaign's target, reckoned when a report is made). Synced like the age-group
deadlines: HQ sets them and they reach every station."""

from station_app.storage.migrations import guard_table, sync_columns


def up(conn):
    conn.execute(
        f"""CREATE TABLE campaign_milestones (id TEXT PRIMARY KEY, campaign_id TEXT NOT NULL,
        people INTEGER, percent REAL, day TEXT NOT NULL, {sync_columns()})""")
    conn.execute("CREATE INDEX campaign_milestones_campaign ON campaign_milestones (campaign_id)")
    conn.execute("CREATE INDEX campaign_milestones_rev ON campaign_milestones (rev)")
    guard_table(conn, "campaign_milestones")
