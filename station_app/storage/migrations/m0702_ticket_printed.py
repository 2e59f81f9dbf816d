"""When a ticket was last printed (issue 13): the ticket table's list shows "printed" after a
restart too."""


def up(conn):
    conn.execute("ALTER TABLE tickets ADD COLUMN printed_at TEXT")
