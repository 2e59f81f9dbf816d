"""Search: the whole-name index also holds the Vietnamese sort key, so the first people of a
common name (thousands share some names on a province's roster) are read in order from the
index alone, whichever way the name was typed."""


def up(conn):
    conn.execute("DROP INDEX residents_name_fold")
    conn.execute("CREATE INDEX residents_name_fold ON residents (name_fold, sort_key)")
