"""How the station serves a letter for another day (issue 13): ``queue_policy.other_day`` is
``walk_in`` (the default: with the walk-ins, by arrival) or ``appointment`` (as an appointment
holder due now)."""


def up(conn):
    conn.execute("ALTER TABLE queue_policy ADD COLUMN other_day TEXT NOT NULL DEFAULT 'walk_in'")
