"""The permission check of the services and of sync: ``authorize`` refuses (and records the
refusal in the audit log) when the operator's role may not do the action (core/permissions)."""

from __future__ import annotations

from station_app.core.permissions import NotAllowed, Operator, require
from station_app.storage.db import Database

__all__ = ["authorize"]


def authorize(db: Database, operator: Operator | None, action: str) -> str:
    """NotAllowed, recorded in the audit log, when the operator's role may not do ``action``
    (or nobody is signed in); otherwise the operator's name, which the caller records with its
    changes."""
    role = operator.role if operator else None
    try:
        require(role, action)
    except NotAllowed:
        with db.write("refused", operator.name if operator else None,
                      {"action": action, "role": role}):
            pass
        raise
    return operator.name
