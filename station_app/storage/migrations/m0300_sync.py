"""Sync bundles: this laptop's keys, enrolled peers, the bundle log, merge bookkeeping and
conflicts found while merging.

None of these tables has ``rev``/``ver`` columns: they are local to the laptop and never travel
in a bundle (the exporter only reads tables that have ``id``, ``rev`` and ``ver``).
"""


def up(conn):
    # This laptop's key pairs (one row). Private keys are read only to sign and to decrypt.
    conn.execute(
        """CREATE TABLE sync_keys (one INTEGER PRIMARY KEY CHECK (one = 1),
        key_id TEXT NOT NULL, sign_private BLOB NOT NULL, sign_public BLOB NOT NULL,
        enc_private BLOB NOT NULL, enc_public BLOB NOT NULL, created_at TEXT NOT NULL)"""
    )
    # Laptops whose bundles are accepted here (HQ enrols stations, a station enrols HQ).
    # acked_rev: the highest of OUR local revs the peer said it holds (from its bundles);
    # received_rev: the highest of ITS revs we hold completely (sent back as its ack).
    conn.execute(
        """CREATE TABLE sync_peers (key_id TEXT PRIMARY KEY, station TEXT NOT NULL,
        name TEXT NOT NULL, hq INTEGER NOT NULL, node TEXT NOT NULL,
        sign_public BLOB NOT NULL, enc_public BLOB NOT NULL, enrolled_at TEXT NOT NULL,
        revoked_at TEXT, acked_rev INTEGER NOT NULL DEFAULT 0,
        received_rev INTEGER NOT NULL DEFAULT 0, acked_at TEXT)"""
    )
    conn.execute("CREATE INDEX sync_peers_station ON sync_peers (station)")
    # Local revs (transactions) that merged a peer's bundle: what they wrote came from that
    # peer, so a bundle to that peer leaves them out.
    conn.execute(
        "CREATE TABLE sync_merges (rev INTEGER PRIMARY KEY, key_id TEXT NOT NULL, at TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX sync_merges_peer ON sync_merges (key_id, rev)")
    # Every bundle written, applied, recognised as already applied, or refused.
    conn.execute(
        """CREATE TABLE bundle_receipts (seq INTEGER PRIMARY KEY, at TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('in', 'out')), file TEXT,
        digest TEXT, key_id TEXT, station TEXT,
        status TEXT NOT NULL CHECK (status IN ('exported', 'applied', 'already applied',
                                               'refused', 'cancelled')),
        reason TEXT, since_rev INTEGER, upto_rev INTEGER, changes INTEGER, operator TEXT)"""
    )
    conn.execute(
        "CREATE UNIQUE INDEX bundle_receipts_applied ON bundle_receipts (digest)"
        " WHERE status = 'applied'"
    )
    # Residents collected at two stations, as first noticed by a merge. Whether a conflict is
    # still open is computed from the intakes themselves (a correction closes it).
    conn.execute(
        """CREATE TABLE sync_conflicts (resident_id TEXT PRIMARY KEY, found_at TEXT NOT NULL,
        bundle_digest TEXT, station TEXT)"""
    )
