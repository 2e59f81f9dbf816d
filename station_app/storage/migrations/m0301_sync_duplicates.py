"""Sync: the log of records replaced because another laptop made a record with the same unique
key (for example the same letter setting set at two stations). Local only (no rev/ver)."""


def up(conn):
    conn.execute(
        """CREATE TABLE sync_duplicates (seq INTEGER PRIMARY KEY, at TEXT NOT NULL,
        tbl TEXT NOT NULL, key TEXT NOT NULL, kept_id TEXT NOT NULL, replaced_id TEXT NOT NULL,
        bundle_digest TEXT, station TEXT)"""
    )
