"""Errors of the sync area. Each is bad input a user can cause: one line, no traceback."""

from __future__ import annotations

__all__ = ["SyncError", "BundleRefused", "MergeCancelled", "REASONS"]

# The reasons a bundle is refused (BundleRefused.reason), in the order they are checked.
REASONS = (
    "not a bundle",
    "unsupported version",
    "truncated",
    "altered",
    "unknown sender",
    "revoked sender",
    "kit not from here",   # a station kit (sync/kit.py) that this HQ did not write
    "kit already used",    # ... that made another laptop already
    "kit expired",         # ... whose first bundle came too late
    "wrong recipient",
)


class SyncError(ValueError):
    """A sync action that cannot be done as asked (missing keys, unknown peer, ...)."""


class BundleRefused(SyncError):
    """A bundle that is not imported. ``reason`` is one of REASONS; the message says more."""

    def __init__(self, reason: str, detail: str):
        assert reason in REASONS, reason
        self.reason = reason
        self.detail = detail
        super().__init__(f"refused ({reason}): {detail}")


class MergeCancelled(SyncError):
    """The person cancelled the import; nothing was imported."""
