"""The one write path, complete (issue 24): a raw INSERT into a synced table outside
``Database.write()`` (or with another rev than the write's) is refused like a raw UPDATE or
DELETE. Every table guarded by ``guard_table`` gets the insert trigger (tables made from now on
get it from ``guard_table`` itself)."""

from station_app.storage.migrations import guard_insert


def up(conn):
    for (name,) in conn.execute(
            "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'"
            " AND name = tbl_name || '_must_record_update' ORDER BY tbl_name").fetchall():
        guard_insert(conn, name)
