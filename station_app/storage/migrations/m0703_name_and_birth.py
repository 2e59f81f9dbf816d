"""A name with a birth year (issue 13): the name index also holds the birth date, so 'nguyen
thi van 1941' walks the index of everyone named so and reads only those born that year."""


def up(conn):
    conn.execute("DROP INDEX IF EXISTS residents_name_fold")
    conn.execute("CREATE INDEX residents_name_fold ON residents (name_fold, sort_key, dob)")
