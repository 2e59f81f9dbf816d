"""Finding residents by name, ID number, date of birth or household code, best first.

Names are searched on three B-tree indexes of the folded name: as written (family, middle,
given), with its words reversed (given, middle, family) and as given, family, middle. Each kind of query
people type becomes a range on one of them with a LIMIT, so even a common name on a roster of
802,466 residents answers in well under 10 ms:

- 'nguyen van an', 'nguyen van', 'nguyen'  -> prefix of the name as written
- 'van an', 'an'                           -> whole words at the start of the reversed name
- 'nguyen an' (family and given only)      -> prefix of the name as given, family, middle
"""

from __future__ import annotations

import re

from station_app.core.dates import parse_birth_date, show_date
from station_app.core.messages import Message
from station_app.core.text import fold, given_family, nfc, reverse_words
from station_app.services.operators import Operator, authorize
from station_app.storage import Database
from station_app.storage.queries import residents_where

__all__ = ["search_residents", "household_id", "SearchError"]

_HIGH = "\x7f"  # above every character of a folded name
SKIP_SCAN = 2000
_DATE_LIKE = re.compile(r"^\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}$|^\d{4}-\d{2}-\d{2}$|^\d{4}$")


class SearchError(ValueError):
    pass


def _rows(db: Database, where: str, params: tuple, limit: int, rank: int) -> list[dict]:
    rows = residents_where(db, where, params, f"LIMIT {int(limit)}")
    for row in rows:
        row["rank"] = rank
    return rows


def search_residents(db: Database, text: str, limit: int = 20,
                     operator: Operator | None = None) -> list[dict]:
    """Residents matching ``text``, best first: exact matches, then prefix matches; people of
    the same rank in Vietnamese name order, the spelling typed first. Each search is recorded
    in the audit log: who searched, the text and how many were found."""
    actor = authorize(db, operator, "resident.view")
    text = text.strip()
    if not text:
        raise SearchError(Message("search text is empty"))
    if limit < 1:
        raise SearchError(Message("limit must be at least 1"))
    compact = text.replace(" ", "").replace(".", "")
    found: list[dict] = []
    if compact.isdigit() and not _DATE_LIKE.match(text):
        found += _rows(db, "r.personal_id = ?", (compact,), limit, 0)
        found += _rows(db, "r.old_id = ?", (compact,), limit, 0)
        if len(compact) >= 3 and len(found) < limit:
            found += _rows(db, "r.personal_id > ? AND r.personal_id < ?",
                           (compact, compact + "~"), limit, 1)
    elif _DATE_LIKE.match(text):
        dob = _date(text)
        if len(dob) == 4:
            found += _rows(db, "r.dob >= ? AND r.dob < ?", (dob, dob + "~"), limit, 0)
        else:
            found += _rows(db, "r.dob = ?", (dob,), limit, 0)
    else:
        folded = fold(text)
        if not folded:
            raise SearchError(Message("'{text}' has no letters or digits to search for",
                                          text=text))
        household = household_id(db, text)
        if household:
            found += _rows(db, "r.household_id = ?", (household,), limit, 0)
        # the whole name: the first of them in Vietnamese order (a common name has hundreds)
        found += _rows(db, "r.id IN (SELECT id FROM residents WHERE name_fold = ? "
                           "ORDER BY sort_key LIMIT ?)", (folded, limit), limit, 0)
        found += _rows(db, "r.name_fold > ? AND r.name_fold < ?",
                       (folded, folded + _HIGH), limit, 1)
        reversed_name = reverse_words(folded)
        found += _rows(db, "r.name_rfold > ? AND r.name_rfold < ?",
                       (reversed_name + " ", reversed_name + " " + _HIGH), limit, 2)
        words = folded.split()
        if len(words) == 2:  # family + given, the middle name left out
            key = given_family(folded)
            found += _rows(db, "r.name_gfold = ? OR (r.name_gfold > ? AND r.name_gfold < ?)",
                           (key, key + " ", key + " " + _HIGH), limit, 3)
        elif len(words) > 2 and len(_unique(found)) < limit:
            # family, given and some of the middle names: 'nguyen van an' finds 'Nguyễn Văn Đức An'
            # (among the first SKIP_SCAN of that family and given name: a common pair such as
            # Nguyễn … Anh has thousands, and a name on nobody must not cost a long scan)
            key = f"{words[-1]} {words[0]} "
            found += _rows(db, "r.id IN (SELECT id FROM (SELECT id, name_gfold FROM residents "
                               "WHERE name_gfold > ? AND name_gfold < ? LIMIT ?) "
                               "WHERE name_gfold LIKE ?)",
                           (key, key + _HIGH, SKIP_SCAN, key + "%" + "%".join(words[1:-1]) + "%"),
                           limit, 3)
    results = sorted(_unique(found), key=lambda r: (r["rank"], r["sort_key"]))[:limit]
    # Which people are found depends only on the folded text (SPEC §4: typed with or without
    # diacritics, in capitals or NFD, the same people); among them, the name exactly as typed,
    # diacritics included, comes first.
    typed = nfc(text).lower()
    results.sort(key=lambda r: r["full_name"].lower() != typed)
    for row in results:
        del row["sort_key"]
    db.audit_read("resident.search", actor, {"text": text, "count": len(results)})
    return results


def household_id(db: Database, code: str) -> str | None:
    """The id of the household with this code, typed as written or in lower case."""
    return db.scalar("SELECT id FROM households WHERE code IN (?, ?)", (code, code.upper()))


def _unique(rows: list[dict]) -> list[dict]:
    best: dict[str, dict] = {}
    for row in rows:
        if row["id"] not in best or row["rank"] < best[row["id"]]["rank"]:
            best[row["id"]] = row
    return list(best.values())


def _date(text: str) -> str:
    try:
        return parse_birth_date(text)
    except ValueError as exc:
        raise SearchError(exc.args[0]) from None


def describe(row: dict) -> str:
    """One line for a person: name, date of birth, household, village."""
    dob = show_date(row["date_of_birth"]) if row.get("date_of_birth") else "?"
    return f"{row['full_name']} ({dob}) - {row.get('household_code') or ''} {row.get('village') or ''}"
