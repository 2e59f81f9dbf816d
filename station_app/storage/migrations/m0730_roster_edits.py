"""The history of the lead's roster edits (issue 15): one row per changed field of a resident
or a household, with who, when and the value before and after. It is a synced table (rows
never change, so every station that merges a bundle gets the whole history)."""

from station_app.storage.migrations import guard_table, sync_columns


def up(conn):
    conn.execute(
        f"""CREATE TABLE roster_edits (id TEXT PRIMARY KEY, at TEXT NOT NULL, operator TEXT,
        station TEXT NOT NULL, record TEXT NOT NULL, record_id TEXT NOT NULL,
        field TEXT NOT NULL, before TEXT, after TEXT, {sync_columns()})"""
    )
    conn.execute("CREATE INDEX roster_edits_record ON roster_edits (record_id, at)")
    conn.execute("CREATE INDEX roster_edits_rev ON roster_edits (rev)")
    guard_table(conn, "roster_edits")
