"""Call next under a long queue (issue 13).

- ``tickets_open`` holds a day's tickets by status, desk and queue, in first-come order, with
  their slot: call next reads per queue only the first waiting ticket (for an appointment queue
  also the first one due and the earliest early one) instead of every waiting ticket of the
  day, and a desk's current ticket is two index lookups. One index entry per ticket, moved by
  each action.
- ``ticket_events_calls`` holds the day's calls only: the run of priority calls (the
  interleave order of service) reads the last calls, not every ticket issued since.
"""


def up(conn):
    conn.execute("CREATE INDEX tickets_open ON tickets"
                 " (station, station_day, status, desk, queue, queued_at, seq, slot_at)")
    conn.execute("CREATE INDEX ticket_events_calls ON ticket_events (station, station_day, seq)"
                 " WHERE action = 'call'")
