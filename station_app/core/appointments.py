"""Groups of appointment statuses (SPEC §3: scheduled, invited, letter delivered, checked in,
done, no-show, moved, cancelled) that the rules use."""

from __future__ import annotations

__all__ = ["HOLDS_PLACE", "UPCOMING", "SETTING_KEYS"]

# The letterhead of invitation letters, as the station sets it (services/letters.py; here so
# that `station-app letters settings --help` lists it without importing reportlab).
SETTING_KEYS = ("parent_body", "body", "place", "symbol", "signer_title", "signer_name",
                "contact", "bring")

# Statuses that hold a place in their slot.
HOLDS_PLACE = ("scheduled", "invited", "letter_delivered", "checked_in", "done", "no_show")
# An appointment still to come: it can be moved, its letter printed, its household checked in.
UPCOMING = ("scheduled", "invited", "letter_delivered")
