"""Queue tickets at a station: issuing (by queue, or by scanning an invitation letter), the desk
actions, and what the now-serving display, the statistics and a restarted program read.

This package is the API: callers import from ``station_app.services.queue``; its modules are the
parts (``queues`` the station's queues and policy, ``tickets`` a ticket's record, ``issuing``,
``desk``, ``display``, ``stats``, ``paper``, ``errors``).

Each action is one transaction: the ticket's number is taken in the same transaction that stores
the ticket, and every action stores a ``ticket_events`` row (replayed by ``day_state``) and
updates the ticket's status in the same transaction, so a power cut loses nothing committed and
never leaves half an action. The rules (numbers, order of service, what an action does) live in
``station_app.core.queueing``.

Each action takes the signed-in ``Operator`` and is refused (``authorize``) when their role may
not do it. What the now-serving display shows in the hall (numbers, counts, waiting times) is
public and needs no role.
"""

from station_app.core.queueing import InvalidAction
from station_app.services.queue.desk import (
    call_next,
    call_ticket,
    finish,
    mark_started,
    no_show,
    reactivate,
    recall,
    return_to_queue,
    start,
    transfer,
)
from station_app.services.queue.display import (
    day_state,
    desk_current,
    now_serving,
    people_ahead,
    queue_counts,
    queue_status,
)
from station_app.services.queue.errors import DeskBusy, QueueError, ScanError, TicketNotFound
from station_app.services.queue.issuing import check_in, issue_ticket, scan
from station_app.services.queue.paper import mark_printed, print_ticket
from station_app.services.queue.queues import (
    configure_queue,
    find_queue,
    get_policy,
    set_policy,
    station_queues,
)
from station_app.services.queue.stats import statistics
from station_app.services.queue.tickets import find_ticket, ticket_record

__all__ = [
    "QueueError", "ScanError", "DeskBusy", "TicketNotFound", "InvalidAction", "station_queues",
    "configure_queue", "find_queue", "get_policy", "set_policy", "issue_ticket", "scan",
    "check_in",
    "find_ticket", "ticket_record", "call_next", "call_ticket", "recall", "start", "no_show",
    "reactivate", "return_to_queue", "transfer", "finish", "mark_started", "desk_current",
    "day_state", "now_serving", "queue_counts", "queue_status", "people_ahead", "statistics", "print_ticket",
    "mark_printed",
]
