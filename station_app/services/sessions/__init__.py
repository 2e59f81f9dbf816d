"""Sessions and appointments: plan a station's sessions (one, a week, a campaign), book the
households of chosen villages into slots, move a session to another day or place or spread its
appointments over other sessions, and list the households to tell.

This package is the API: callers import from ``station_app.services.sessions``; its modules are
the parts (``parsing`` what a planner types, ``schedule`` the sessions, ``campaigns``,
``booking``, ``moving``).

Each action is one transaction: the capacity left in a slot is read inside the same
``BEGIN IMMEDIATE`` transaction that books it, so two people booking at once (two laptops on one
file, two processes) can never overfill a slot. Bad input raises ``ScheduleError`` (a
``ValueError``) and changes nothing.
"""

from station_app.core.scheduling import AgeDeadline
from station_app.services.sessions.booking import (
    MIN_AGE,
    BookingCancelled,
    BookingResult,
    book_villages,
    free_slots,
    households_to_book,
    village_summary,
)
from station_app.services.sessions.campaigns import (
    ALL_DAYS,
    campaign_deadlines,
    campaign_in_force,
    campaign_milestones,
    create_campaign,
    list_campaigns,
    set_milestones,
)
from station_app.services.sessions.moving import move_session, moved_households, spread_session
from station_app.services.sessions.parsing import (
    ScheduleError,
    parse_day,
    parse_deadline,
    parse_hours,
    parse_milestone,
)
from station_app.services.sessions.schedule import (
    cancel_session,
    create_session,
    create_sessions,
    list_sessions,
    resolve_session,
    resolve_villages,
    session_label,
    week_specs,
)

__all__ = [
    "ScheduleError", "BookingResult", "parse_day", "parse_deadline", "create_session",
    "create_sessions", "create_campaign", "campaign_deadlines", "list_sessions",
    "resolve_session", "resolve_villages", "book_villages", "move_session", "spread_session",
    "moved_households", "session_label", "MIN_AGE", "list_campaigns", "cancel_session",
    "campaign_in_force",
    "village_summary", "BookingCancelled", "ALL_DAYS", "parse_milestone", "campaign_milestones",
    "set_milestones", "free_slots", "households_to_book", "AgeDeadline", "parse_hours",
    "week_specs",
]
