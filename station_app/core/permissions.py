"""Who may do what (SPEC §2). Every service entry point that changes or reveals data takes the
signed-in ``Operator`` and calls ``operators.authorize(db, operator, action)`` first, so an
action a role may not do is refused (and the refusal recorded) by the service itself, whatever
the screen or the command line shows. The table is data: a new service adds its actions here.
A volunteer at the ticket table issues tickets and scans letters but may not search or look up
residents (SPEC §2: volunteers do not see intake details).

| role      | does                                                                       |
| --------- | -------------------------------------------------------------------------- |
| volunteer | issues queue tickets, scans letters, answers "what do I bring"             |
| staff     | calls numbers at a desk, looks people up, records intake                   |
| lead      | imports the roster, plans sessions, prints letters, syncs, reports, manages |
|           | operators and settings                                                     |
| hq        | everything a lead does, across stations: merges bundles, campaign reports  |
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ROLES", "PERMISSIONS", "Operator", "NotAllowed", "allowed", "require", "actions_of"]

ROLES = ("volunteer", "staff", "lead", "hq")

_FLOOR = frozenset(ROLES)  # everyone who works at the station
_DESK = frozenset({"staff", "lead", "hq"})
_LEAD = frozenset({"lead", "hq"})
_HQ = frozenset({"hq"})

PERMISSIONS: dict[str, frozenset[str]] = {
    # ticket table
    "ticket.issue": _FLOOR,
    "ticket.scan": _FLOOR,  # a letter's QR: check the household in and issue its ticket
    "ticket.reprint": _FLOOR,
    "queue.view": _FLOOR,  # numbers waiting, the now-serving display
    # intake desk
    "desk.call": _DESK,  # call next / a ticket, recall, no-show, return, transfer, finish
    "resident.view": _DESK,  # look people up (search, lookup), see intake details
    "resident.add": _DESK,  # a person missing from the roster, added to record their intake
    "intake.record": _DESK,
    "intake.correct": _DESK,
    "sessions.view": _FLOOR,  # the sessions planned (no personal data)
    # lead
    "roster.import": _LEAD,
    "roster.edit": _LEAD,
    "sessions.plan": _LEAD,
    "letters.print": _LEAD,
    "sessions.announce": _LEAD,  # the loudspeaker text of the coming sessions, per village
    "letters.deliver": _LEAD,  # the stubs handed back: which household got its letter
    "report.view": _LEAD,
    "export": _LEAD,
    "sync.bundle": _LEAD,  # write or merge a bundle
    "sync.enrol": _LEAD,  # this laptop's identity file, enrol or revoke another laptop
    "sync.view": _LEAD,  # what has not reached HQ yet, conflicts between stations
    "conflicts.resolve": _LEAD,  # which of two stations' intakes of one resident stands

    "hall.manage": _LEAD,  # host the hall's network, join a host, leave, remove a laptop
    "settings.change": _LEAD,
    "backup.take": _LEAD,  # by hand (the GUI also takes them by itself: start, hourly, exit)
    "backup.restore": _LEAD,  # a backup over the station database (the current one kept aside)
    "station.wipe": _LEAD,  # end of campaign: the final bundle, then the personal data removed
    "operators.manage": _LEAD,
    "queue.configure": _LEAD,
    "database.passphrase": _LEAD,  # change the station passphrase
    # headquarters
    "campaign.merge": _HQ,
    "campaign.report": _HQ,
    "hq.stations": _HQ,  # the HQ screen: stations, enrol and revoke, bundles to and from all
    "database.recover": _HQ,  # open a station's database or backup with HQ's key
}


@dataclass(frozen=True)
class Operator:
    """Who is signed in (services/operators.sign_in makes one from a name and a PIN)."""

    id: str
    name: str
    role: str

    def may(self, action: str) -> bool:
        return allowed(self.role, action)


class NotAllowed(PermissionError):
    """The signed-in role may not do this action (one line, for the user)."""


def allowed(role: str | None, action: str) -> bool:
    if action not in PERMISSIONS:
        raise KeyError(f"unknown action '{action}' (add it to PERMISSIONS)")
    return role in PERMISSIONS[action]


def require(role: str | None, action: str) -> None:
    """Return when ``role`` may do ``action``; NotAllowed otherwise."""
    if not allowed(role, action):
        who = role or "nobody signed in"
        raise NotAllowed(f"a {who} may not do '{action}'" if role else
                         f"sign in first: {who} may not do '{action}'")


def actions_of(role: str) -> list[str]:
    return sorted(a for a, roles in PERMISSIONS.items() if role in roles)
