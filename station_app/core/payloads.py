"""Texts carried by printed codes (an invitation letter's QR), with a short check so a misread or
typed-wrong code is refused instead of finding the wrong household.

A payload is ``CCCD1|<kind code>|<id>|...|<check>``, where ``check`` is the first 6 hex digits of
the SHA-256 of everything before the last ``|``. An absent id is written ``-``. A letter:
``CCCD1|L|<household_id>|<appointment_id or ->|<check>``; a queue ticket:
``CCCD1|T|<ticket_id>|<check>``.
"""

from __future__ import annotations

import hashlib
from typing import NamedTuple

__all__ = ["PREFIX", "KINDS", "Payload", "PayloadError", "make_payload", "letter_payload",
           "ticket_payload", "parse_payload"]

PREFIX = "CCCD1"
KINDS = {"L": ("letter", 2), "T": ("ticket", 1)}  # kind code -> (kind name, number of ids)


class PayloadError(ValueError):
    """The text looks like one of our codes but is malformed or fails its check."""


class Payload(NamedTuple):
    kind: str
    ids: tuple[str | None, ...]


def _check(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:6]


def make_payload(code: str, *ids: str | None) -> str:
    body = "|".join([PREFIX, code, *(i if i else "-" for i in ids)])
    return f"{body}|{_check(body)}"


def letter_payload(household_id: str, appointment_id: str | None) -> str:
    return make_payload("L", household_id, appointment_id)


def ticket_payload(ticket_id: str) -> str:
    return make_payload("T", ticket_id)


def parse_payload(text: str) -> Payload:
    """The kind and ids of a payload; PayloadError when malformed or the check fails."""
    text = text.strip()
    parts = text.split("|")
    if len(parts) < 4 or parts[0] != PREFIX:
        raise PayloadError("not a station code (it should start with CCCD1|)")
    kind = KINDS.get(parts[1])
    if not kind:
        raise PayloadError(f"unknown kind of station code '{parts[1]}'")
    name, count = kind
    if len(parts) != count + 3 or not all(parts[2:-1]):
        raise PayloadError(f"malformed {name} code: expected {count} ids and a check")
    body, check = text.rsplit("|", 1)
    if check.lower() != _check(body):
        raise PayloadError(f"the {name} code fails its check: misread or mistyped")
    ids = tuple(None if i == "-" else i for i in parts[2:-1])
    return Payload(name, ids)
