"""The queue's errors: each says what was refused, and nothing was changed."""

from __future__ import annotations


class QueueError(ValueError):
    pass


class ScanError(QueueError):
    """A scanned text that is unknown or malformed: nothing was changed."""


class DeskBusy(QueueError):
    pass


class TicketNotFound(QueueError):
    pass
