"""Texts carried by printed codes (an invitation letter's QR, a queue ticket's), each ending
with a check so that a misread, mistyped or made-up code is refused instead of finding the
wrong household.

A payload is ``CCCD1|<kind code>|<id>|...|<check>``; an absent id is written ``-``.

- A queue ticket, ``CCCD1|T|<ticket_id>|<check>``: the check is the first 6 hex digits of the
  SHA-256 of everything before the last ``|``. It only catches misreads: a ticket's code finds
  the ticket and reveals nothing else.
- An invitation letter, ``CCCD1|L|<household_id>|<appointment_id or ->|<tag>``: the tag is an
  authenticator, the first 10 base32 characters (50 bits) of the HMAC-SHA256 of everything
  before the last ``|`` under the letter key of the laptop that printed it (see
  services/letter_codes.py). Without a letter key nobody can make a tag that passes, however
  many letters they have seen; a guess passes once in 2^50 scans. Letters printed before the
  tags (a 6 hex digit SHA-256 check, which anyone can recompute) are refused: reprint them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Iterable
from typing import NamedTuple

from station_app.core.messages import Message

__all__ = ["PREFIX", "KINDS", "TAG_LENGTH", "Payload", "PayloadError", "LetterCheckFailed",
           "make_payload", "letter_tag", "letter_payload", "ticket_payload", "parse_payload"]

PREFIX = "CCCD1"
# kind code -> (kind name, number of ids); the names are Messages: said in the interface language
KINDS = {"L": (Message("letter"), 2), "T": (Message("ticket"), 1)}
TAG_LENGTH = 10  # base32 characters: 50 bits
_TAG = re.compile(f"[A-Z2-7]{{{TAG_LENGTH}}}")
_OLD_CHECK = re.compile("[0-9a-f]{6}")


class PayloadError(ValueError):
    """The text looks like one of our codes but is malformed or fails its check."""


class LetterCheckFailed(PayloadError):
    """A well-formed letter code whose tag none of the letter keys given made: misread,
    mistyped or forged, or printed by a laptop whose key has not arrived here yet
    (services/letter_codes.read_code tells the last apart). ``ids``: the code's ids."""

    def __init__(self, message: Message, ids: tuple[str | None, ...]):
        super().__init__(message)
        self.ids = ids


class Payload(NamedTuple):
    kind: str
    ids: tuple[str | None, ...]


def _check(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:6]


def _body(code: str, ids: tuple[str | None, ...]) -> str:
    return "|".join([PREFIX, code, *(i if i else "-" for i in ids)])


def make_payload(code: str, *ids: str | None) -> str:
    """A code with the plain SHA-256 check (tickets)."""
    body = _body(code, ids)
    return f"{body}|{_check(body)}"


def letter_tag(key: bytes, body: str) -> str:
    """The authenticator of a letter's code: HMAC-SHA256 under ``key``, base32, truncated."""
    digest = hmac.digest(key, body.encode("utf-8"), "sha256")
    return base64.b32encode(digest)[:TAG_LENGTH].decode("ascii")


def letter_payload(key: bytes, household_id: str, appointment_id: str | None) -> str:
    body = _body("L", (household_id, appointment_id))
    return f"{body}|{letter_tag(key, body)}"


def ticket_payload(ticket_id: str) -> str:
    return make_payload("T", ticket_id)


def parse_payload(text: str, letter_keys: Iterable[bytes] = ()) -> Payload:
    """The kind and ids of a payload; PayloadError when malformed or the check fails. A letter's
    code passes only when its tag was made with one of ``letter_keys`` (read lazily, in order:
    give the likeliest first)."""
    text = text.strip()
    parts = text.split("|")
    if len(parts) < 4 or parts[0] != PREFIX:
        raise PayloadError(Message("not a station code (it should start with CCCD1|)"))
    kind = KINDS.get(parts[1])
    if not kind:
        raise PayloadError(Message("unknown kind of station code '{kind}'", kind=parts[1]))
    name, count = kind
    if len(parts) != count + 3 or not all(parts[2:-1]):
        raise PayloadError(Message("malformed {name} code: expected {count} ids and a check",
                                   name=name, count=count))
    body, check = text.rsplit("|", 1)
    ids = tuple(None if i == "-" else i for i in parts[2:-1])
    if name == "letter":
        tag = check.upper()  # a scanner typing with Caps Lock on flips the case
        if _OLD_CHECK.fullmatch(check.lower()):
            raise PayloadError(Message(
                "the letter code fails its check: it is of the old kind, printed before "
                "letters were signed, and no longer accepted: reprint the household's letter"))
        if not (_TAG.fullmatch(tag) and any(
                hmac.compare_digest(letter_tag(key, body), tag) for key in letter_keys)):
            raise LetterCheckFailed(Message(
                "the letter code fails its check: misread, mistyped or forged; nothing was "
                "changed"), ids)
    elif check.lower() != _check(body):
        raise PayloadError(Message("the {name} code fails its check: misread or mistyped",
                                   name=name))
    return Payload(name, ids)
