"""Printed documents (reportlab): letters, tickets, reports. No Qt here."""


class WritingStopped(Exception):
    """A writer's ``progress`` said stop: nothing is kept of the file."""
