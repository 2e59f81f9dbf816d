"""Conflict decisions (issue 16): a resident collected at two stations, and which intake stands.
One row per resident, id 'CD-<resident id>', so that two decisions made on two laptops meet as
one record (the later wins, both stay in the audit log). The intakes set aside stay as they are
(nothing is dropped); ``set_aside`` lists their ids (JSON). Synced: the decision travels."""

from station_app.storage.migrations import guard_table, sync_columns


def up(conn):
    conn.execute(
        f"""CREATE TABLE conflict_decisions (id TEXT PRIMARY KEY, resident_id TEXT NOT NULL,
        kept_intake_id TEXT NOT NULL, set_aside TEXT NOT NULL, reason TEXT NOT NULL,
        operator TEXT, station TEXT NOT NULL, at TEXT NOT NULL, {sync_columns()})"""
    )
    conn.execute("CREATE INDEX conflict_decisions_rev ON conflict_decisions (rev)")
    guard_table(conn, "conflict_decisions")
