"""Groups of appointment statuses (SPEC §3: scheduled, invited, letter delivered, checked in,
done, no-show, moved, cancelled) that the rules use."""

from __future__ import annotations

__all__ = ["HOLDS_PLACE", "UPCOMING"]

# Statuses that hold a place in their slot.
HOLDS_PLACE = ("scheduled", "invited", "letter_delivered", "checked_in", "done", "no_show")
# An appointment still to come: it can be moved, its letter printed, its household checked in.
UPCOMING = ("scheduled", "invited", "letter_delivered")
