"""Printing a ticket (58 or 80 mm thermal paper, or A4) and marking it printed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from station_app.core.queueing import (
    WHAT_TO_BRING,
    iso,
    parse_time,
)
from station_app.services.operators import Operator, authorize
from station_app.services.queue.display import people_ahead
from station_app.services.queue.tickets import current_time, find_ticket
from station_app.storage import Database


def mark_printed(db: Database, ticket_id: str, now: dt.datetime | None = None, *,
                 operator: Operator | None = None) -> None:
    """The ticket went to the printer (or its PDF was saved): the lists show it after a
    restart."""
    actor = authorize(db, operator, "ticket.issue")
    with db.write(None, actor) as w:
        w.update("tickets", ticket_id, {"printed_at": iso(current_time(now))})


def print_ticket(db: Database, ticket: str, out: str | Path, size: str = "58",
                 reprint: bool = False, now: dt.datetime | None = None, *,
                 operator: Operator | None = None) -> Path:
    """Write the ticket's PDF (58 or 80 mm thermal paper, or a4). Called after the ticket is
    committed; a reprint is an explicit action and is recorded in the audit."""
    actor = authorize(db, operator, "ticket.reprint" if reprint else "ticket.issue")
    from station_app.printing.tickets import TicketDoc, write_ticket_pdf

    found = find_ticket(db, ticket, now)
    issued = parse_time(found["issued_at"])
    doc = TicketDoc(
        number=found["number"], queue_name=found["queue_name"], station_name=db.station_name,
        issued=issued.strftime("%H:%M, %d/%m/%Y"),
        people_ahead=people_ahead(db, found["id"], now), code=found["code"],
        what_to_bring=WHAT_TO_BRING)
    path = write_ticket_pdf(out, doc, size)
    if reprint:
        with db.write("ticket.reprint", actor, {"ticket": found["id"],
                                                   "number": found["number"]}):
            pass
    return path
