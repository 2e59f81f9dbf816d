"""Queue and intake: the stored events of every ticket (issue, call, recall, start, no-show,
reactivate, return, transfer, finish), each station's queues and its order of service, the ticket
columns the order of service needs, and indexes for intake corrections.

``ticket_events`` is the record the now-serving display, the statistics and a restarted program
read; ``seq`` orders the events of one station-day without trusting the clock. The ``status`` and
``desk`` of a ``tickets`` row mirror the replay of its events (written in the same transaction),
so the waiting list is one indexed query.
"""

from station_app.storage.migrations import guard_table, sync_columns

SYNC = sync_columns()


def up(conn):
    conn.execute(
        f"""CREATE TABLE ticket_events (id TEXT PRIMARY KEY, station TEXT NOT NULL,
        station_day TEXT NOT NULL, seq INTEGER NOT NULL, ticket_id TEXT NOT NULL,
        action TEXT NOT NULL, at TEXT NOT NULL, desk TEXT, to_desk TEXT, operator TEXT,
        {SYNC}, UNIQUE (station, station_day, seq))"""
    )
    conn.execute("CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, seq)")
    conn.execute(
        f"""CREATE TABLE queues (id TEXT PRIMARY KEY, station TEXT NOT NULL, code TEXT NOT NULL,
        prefix TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1, {SYNC},
        UNIQUE (station, code))"""
    )
    conn.execute(
        f"""CREATE TABLE queue_policy (id TEXT PRIMARY KEY, station TEXT NOT NULL UNIQUE,
        mode TEXT NOT NULL, ratio INTEGER NOT NULL, window_minutes INTEGER NOT NULL, {SYNC})"""
    )
    # When the ticket (re)entered its queue: first come, first served. A ticket returned to the
    # queue or reactivated after a no-show goes to the back.
    conn.execute("ALTER TABLE tickets ADD COLUMN queued_at TEXT")
    conn.execute("ALTER TABLE tickets ADD COLUMN appointment_id TEXT")
    conn.execute("ALTER TABLE tickets ADD COLUMN slot_at TEXT")  # appointment slot, local time
    conn.execute("CREATE INDEX tickets_day_status ON tickets (station, station_day, status)")
    conn.execute("CREATE INDEX tickets_household ON tickets (household_id, station_day)")
    # intake: "is this resident's intake corrected?" and "the intakes of a ticket"
    conn.execute("CREATE INDEX intakes_corrects ON intakes (corrects_id)"
                 " WHERE corrects_id IS NOT NULL")
    conn.execute("CREATE INDEX intakes_ticket ON intakes (ticket_id) WHERE ticket_id IS NOT NULL")
    for table in ("ticket_events", "queues", "queue_policy"):
        conn.execute(f"CREATE INDEX {table}_rev ON {table} (rev)")
        guard_table(conn, table)
