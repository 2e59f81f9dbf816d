"""A peer restored from an older backup is noticed (issue 16): ``sync_peers.last_hlc`` is the
clock (``hlc`` of the manifest) of the newest bundle applied from the peer, so that a newer
bundle acknowledging less than an older one did is told from an older bundle delivered late
(sync/receive.py)."""


def up(conn):
    conn.execute("ALTER TABLE sync_peers ADD COLUMN last_hlc INTEGER NOT NULL DEFAULT 0")
