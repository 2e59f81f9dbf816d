"""Queue: drop three indexes that m0100 created but no busy path needs. Each index is one more
page written (and later checkpointed) per ticket action; measured on the 802,466-resident
database, a ticket issue wrote 18 WAL pages with them and 14 without. The queries they served
(today's waiting tickets, a desk's ticket, a household's ticket today, a ticket's events) read
one station-day's few hundred rows through the (station, station_day, ...) unique indexes."""


def up(conn):
    for name in ("tickets_day_status", "tickets_household", "ticket_events_ticket"):
        conn.execute(f"DROP INDEX IF EXISTS {name}")
