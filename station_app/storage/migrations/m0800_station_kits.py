"""Station kits (issue 27, docs/kit-format.md): at HQ, each kit written, with its one-time
secret, its validity and the laptop it set up. Local only (no rev/ver): never part of a
bundle."""


def up(conn):
    conn.execute(
        """CREATE TABLE station_kits (kit_id TEXT PRIMARY KEY, station TEXT NOT NULL,
        name TEXT NOT NULL, villages TEXT, secret BLOB NOT NULL, written_at TEXT NOT NULL,
        expires_at TEXT NOT NULL, operator TEXT, file TEXT, used_at TEXT, used_key_id TEXT)""")
