"""Foundation: meta, change recording (graves, audit), areas, households, residents and the
other records of SPEC §3 (sessions, appointments, tickets, intakes, operators)."""

from station_app.storage.migrations import guard_table, sync_columns

SYNC = sync_columns()

# The indexes search uses (roster import drops the name forms on a first load, then builds them).
RESIDENT_SEARCH_INDEXES = {
    "residents_name_fold": "residents (name_fold)",
    "residents_name_rfold": "residents (name_rfold)",
    "residents_name_gfold": "residents (name_gfold)",
    "residents_personal_id": "residents (personal_id) WHERE personal_id IS NOT NULL",
    "residents_old_id": "residents (old_id) WHERE old_id IS NOT NULL",
    "residents_dob": "residents (dob)",
}


def up(conn):
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID")
    conn.execute(
        "CREATE TABLE graves (tbl TEXT NOT NULL, id TEXT NOT NULL, rev INTEGER NOT NULL,"
        " ver TEXT NOT NULL, PRIMARY KEY (tbl, id)) WITHOUT ROWID"
    )
    conn.execute("CREATE INDEX graves_rev ON graves (rev)")
    conn.execute(
        f"""CREATE TABLE audit (id TEXT PRIMARY KEY, at TEXT NOT NULL, operator TEXT,
        action TEXT NOT NULL, detail TEXT, {SYNC})"""
    )
    conn.execute(
        f"""CREATE TABLE areas (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,
        parent_id TEXT, name_fold TEXT NOT NULL, {SYNC})"""
    )
    conn.execute("CREATE UNIQUE INDEX areas_by_name ON areas (kind, parent_id, name_fold)")
    conn.execute(
        f"""CREATE TABLE households (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE,
        village_id TEXT, address TEXT, head_name TEXT, phone TEXT, {SYNC}) WITHOUT ROWID"""
    )
    conn.execute("CREATE INDEX households_village ON households (village_id, code)")
    conn.execute(
        f"""CREATE TABLE residents (id TEXT PRIMARY KEY, household_id TEXT,
        full_name TEXT NOT NULL, name_fold TEXT NOT NULL, name_rfold TEXT NOT NULL,
        name_gfold TEXT NOT NULL,
        sort_key TEXT NOT NULL, gender TEXT, dob TEXT, personal_id TEXT, old_id TEXT,
        relation TEXT, card_status TEXT NOT NULL DEFAULT 'needs_card', {SYNC}) WITHOUT ROWID"""
    )
    conn.execute("CREATE INDEX residents_household ON residents (household_id)")
    for name, target in RESIDENT_SEARCH_INDEXES.items():
        conn.execute(f"CREATE INDEX {name} ON {target}")
    conn.execute(
        f"""CREATE TABLE operators (id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,
        pin_hash TEXT, active INTEGER NOT NULL DEFAULT 1, {SYNC})"""
    )
    conn.execute(
        f"""CREATE TABLE sessions (id TEXT PRIMARY KEY, station TEXT NOT NULL, place TEXT NOT NULL,
        day TEXT NOT NULL, opens TEXT NOT NULL, closes TEXT NOT NULL,
        slot_minutes INTEGER NOT NULL, capacity INTEGER NOT NULL, status TEXT NOT NULL
        DEFAULT 'planned', {SYNC})"""
    )
    conn.execute(
        f"""CREATE TABLE appointments (id TEXT PRIMARY KEY, resident_id TEXT NOT NULL,
        household_id TEXT, session_id TEXT NOT NULL, slot TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'scheduled', {SYNC})"""
    )
    conn.execute("CREATE INDEX appointments_session ON appointments (session_id, slot)")
    conn.execute("CREATE INDEX appointments_household ON appointments (household_id)")
    conn.execute("CREATE INDEX appointments_resident ON appointments (resident_id)")
    conn.execute(
        f"""CREATE TABLE tickets (id TEXT PRIMARY KEY, station TEXT NOT NULL,
        station_day TEXT NOT NULL, queue TEXT NOT NULL, seq INTEGER NOT NULL,
        number TEXT NOT NULL, issued_at TEXT NOT NULL, household_id TEXT,
        status TEXT NOT NULL DEFAULT 'waiting', desk TEXT, {SYNC},
        UNIQUE (station, station_day, queue, seq))"""
    )
    conn.execute(
        f"""CREATE TABLE intakes (id TEXT PRIMARY KEY, resident_id TEXT NOT NULL, ticket_id TEXT,
        desk TEXT, operator TEXT, at TEXT NOT NULL, outcome TEXT NOT NULL, reason TEXT,
        note TEXT, station TEXT NOT NULL, corrects_id TEXT, {SYNC})"""
    )
    conn.execute("CREATE INDEX intakes_resident ON intakes (resident_id)")
    for table in ("audit", "areas", "households", "residents", "operators", "sessions",
                  "appointments", "tickets", "intakes"):
        conn.execute(f"CREATE INDEX {table}_rev ON {table} (rev)")
        guard_table(conn, table)
