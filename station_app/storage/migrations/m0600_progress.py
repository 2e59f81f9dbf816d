"""Progress report (issue 14): the two indexes its one aggregate query reads instead of the
tables, so it never touches a resident's or an intake's whole row.

- ``residents_household`` also holds card status and birth date: the report walks households
  village by village and reads each member's status and age group from the index alone.
- ``intakes_collected`` (collected intakes only) holds when, where and the change number: the
  first current collection of each resident, and a dashboard's "what changed since rev N",
  come from the index alone.
"""


def up(conn):
    conn.execute("DROP INDEX IF EXISTS residents_household")
    conn.execute("CREATE INDEX residents_household ON residents (household_id, card_status, dob)")
    conn.execute("CREATE INDEX intakes_collected ON intakes (resident_id, at, station, rev, id)"
                 " WHERE outcome = 'collected'")
