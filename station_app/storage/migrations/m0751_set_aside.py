"""What HQ keeps aside from a station's bundle (issue 16): the records a station may not make
(another station's intakes, an operator's role, the roster of villages it does not serve),
refused with their reason for HQ to look at, never merged (sync/remit.py). Local: never in a
bundle."""


def up(conn):
    conn.execute(
        """CREATE TABLE sync_set_aside (seq INTEGER PRIMARY KEY, at TEXT NOT NULL,
        bundle_digest TEXT NOT NULL, station TEXT NOT NULL, tbl TEXT NOT NULL,
        id TEXT NOT NULL, ver TEXT NOT NULL, deleted INTEGER NOT NULL, record TEXT,
        reason TEXT NOT NULL)""")
    conn.execute("CREATE INDEX sync_set_aside_station ON sync_set_aside (station, seq)")
