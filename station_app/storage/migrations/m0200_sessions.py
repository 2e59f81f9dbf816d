"""Sessions and appointments (issue 5): campaigns with age-group deadlines, invitation letters and
their delivery, moves of sessions, and the letterhead settings.

Sessions and appointments themselves are in m0001; this adds what planning, moving and letters
need. An appointment that is moved keeps its id (a letter already delivered still scans to it)
and remembers where it was (``prev_session_id``, ``prev_slot``) and which move did it
(``moved_by``).
"""

from station_app.storage.migrations import guard_table, sync_columns

SYNC = sync_columns()

NEW_TABLES = ("campaigns", "campaign_deadlines", "letters", "session_moves", "letter_settings")


def up(conn):
    conn.execute("ALTER TABLE sessions ADD COLUMN campaign_id TEXT")
    conn.execute("CREATE INDEX sessions_day ON sessions (day, opens)")
    for column in ("moved_by", "prev_session_id", "prev_slot"):
        conn.execute(f"ALTER TABLE appointments ADD COLUMN {column} TEXT")
    conn.execute("CREATE INDEX appointments_moved_by ON appointments (moved_by)")
    conn.execute(
        f"""CREATE TABLE campaigns (id TEXT PRIMARY KEY, name TEXT NOT NULL, starts TEXT,
        ends TEXT, {SYNC})"""
    )
    # Residents aged min_age..max_age (max_age NULL: no upper bound) must be done by `deadline`.
    conn.execute(
        f"""CREATE TABLE campaign_deadlines (id TEXT PRIMARY KEY, campaign_id TEXT NOT NULL,
        min_age INTEGER NOT NULL, max_age INTEGER, deadline TEXT NOT NULL, {SYNC})"""
    )
    conn.execute("CREATE INDEX campaign_deadlines_campaign ON campaign_deadlines (campaign_id)")
    # One invitation letter per household booking; `appointment_id` is the appointment its QR
    # code names (the first member's); delivery is recorded here.
    conn.execute(
        f"""CREATE TABLE letters (id TEXT PRIMARY KEY, household_id TEXT NOT NULL,
        appointment_id TEXT NOT NULL, number INTEGER NOT NULL, created_at TEXT NOT NULL,
        printed_at TEXT, delivered_at TEXT, delivered_by TEXT, received_by TEXT, {SYNC})"""
    )
    conn.execute("CREATE INDEX letters_household ON letters (household_id)")
    conn.execute("CREATE INDEX letters_appointment ON letters (appointment_id)")
    conn.execute(
        f"""CREATE TABLE session_moves (id TEXT PRIMARY KEY, session_id TEXT NOT NULL,
        kind TEXT NOT NULL, at TEXT NOT NULL, reason TEXT,
        from_place TEXT NOT NULL, from_day TEXT NOT NULL, from_opens TEXT NOT NULL,
        from_closes TEXT NOT NULL, to_place TEXT, to_day TEXT, to_opens TEXT, to_closes TEXT,
        {SYNC})"""
    )
    conn.execute("CREATE INDEX session_moves_session ON session_moves (session_id)")
    # The letterhead of each station: key '<station>:<setting>', id 'LS-<station>-<setting>'
    # (the same on every laptop of the station, so their changes merge by last writer).
    conn.execute(
        f"""CREATE TABLE letter_settings (id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE,
        value TEXT NOT NULL, {SYNC})"""
    )
    for table in NEW_TABLES:
        conn.execute(f"CREATE INDEX {table}_rev ON {table} (rev)")
        guard_table(conn, table)
