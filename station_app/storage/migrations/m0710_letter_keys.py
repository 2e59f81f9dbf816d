"""Letter keys (issue 17): the secret each laptop signs its letters' codes with (core/payloads,
services/letter_codes). One row per laptop, id 'LK-<node>', made the first time it prints
letters. Synced: a key travels, inside the encrypted bundles only, to HQ and from there to the
station's other laptops, so that they all check the letters any of them printed."""

from station_app.storage.migrations import guard_table, sync_columns


def up(conn):
    conn.execute(
        f"""CREATE TABLE letter_keys (id TEXT PRIMARY KEY, station TEXT NOT NULL,
        secret TEXT NOT NULL, created_at TEXT NOT NULL, {sync_columns()})"""
    )
    conn.execute("CREATE INDEX letter_keys_rev ON letter_keys (rev)")
    guard_table(conn, "letter_keys")
