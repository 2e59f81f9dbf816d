"""Finding residents by name, ID number, date of birth or household code, best first.

Names are searched on three B-tree indexes of the folded name: as written (family, middle,
given), with its words reversed (given, middle, family) and as given, family, middle. Each kind of query
people type becomes a range on one of them with a LIMIT, so even a common name on a roster of
802,466 residents answers in well under 10 ms:

- 'nguyen van an', 'nguyen van', 'nguyen'  -> prefix of the name as written
- 'van an', 'an'                           -> whole words at the start of the reversed name
- 'nguyen an' (family and given only)      -> prefix of the name as given, family, middle

A name with a birth date ('nguyen thi hanh 17/01/1970', the date first or last) reads the few
people born that day (the birth-date index) and keeps those the name matches; a name with a
birth year ('tran van bay 1963') runs the name's queries on the first SKIP_SCAN people of each,
keeping those born that year.
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
_YEAR = re.compile(r"^(19|20)\d\d$")


class SearchError(ValueError):
    pass


def _rows(db: Database, where: str, params: tuple, limit: int, rank: int,
          born: tuple[str, str] | None = None) -> list[dict]:
    """Residents ``where`` says, up to ``limit``; ``born`` (from, to): of the first SKIP_SCAN
    of them, those born in that range."""
    if born:  # filtered inside the name's index (it holds the birth date), not after
        where = (f"r.id IN (SELECT id FROM (SELECT r.id, r.dob FROM residents r"
                 f" WHERE {where} LIMIT {SKIP_SCAN}) WHERE dob >= ? AND dob < ?)")
        params = (*params, *born)
    rows = residents_where(db, where, params, f"LIMIT {int(limit)}")
    for row in rows:
        row["rank"] = rank
    return rows


def _name_and_date(text: str) -> tuple[str, str] | None:
    """'tran van bay 1963' -> ('tran van bay', '1963'); the date or year first or last."""
    words = text.split()
    if len(words) < 2:
        return None
    for date, name in ((words[-1], words[:-1]), (words[0], words[1:])):
        if (_YEAR.match(date) or (_DATE_LIKE.match(date) and len(date) > 4)) and \
                fold(" ".join(name)) and not any(c.isdigit() for w in name for c in w):
            return " ".join(name), date
    return None


def _name_rank(name: str, typed: str) -> int | None:
    """How a folded name matches the folded text typed, as the name queries rank it."""
    if name == typed or name.startswith(typed + " "):
        return 0 if name == typed else 1
    words, wanted = name.split(), typed.split()
    if name.endswith(" " + typed):
        return 2
    if len(wanted) >= 2 and words[0] == wanted[0] and words[-1] == wanted[-1]:
        middle = iter(words[1:-1])
        if all(w in middle for w in wanted[1:-1]):
            return 3
    return None


def search_residents(db: Database, text: str, limit: int = 20, *,
                     operator: Operator | None = None) -> list[dict]:
    """Residents matching ``text``, best first: exact matches, then prefix matches; people of
    the same rank in Vietnamese name order, the spelling typed first. Each search is recorded
    in the audit log: who searched, the text and how many were found."""
    actor = authorize(db, operator, "resident.view")
    results = _search(db, text, limit)
    db.audit_read("resident.search", actor, {"text": text.strip(), "count": len(results)})
    return results


def _search(db: Database, text: str, limit: int) -> list[dict]:
    text = text.strip()
    if not text:
        raise SearchError(Message("search text is empty"))
    if limit < 1:
        raise SearchError(Message("limit must be at least 1"))
    compact = text.replace(" ", "").replace(".", "")
    found: list[dict] = []
    born = None
    with_date = _name_and_date(text)
    if with_date:
        text, date = with_date
        dob = _date(date)
        if len(dob) == 10:  # the few born that day, those the name matches
            typed = fold(text)
            for row in _rows(db, "r.dob = ?", (dob,), 10_000, 0):
                rank = _name_rank(fold(row["full_name"]), typed)
                if rank is not None:
                    found.append({**row, "rank": rank})
            return _ordered(found, text, limit)
        born = (dob, dob + "~")
    if not born and compact.isdigit() and not _DATE_LIKE.match(text):
        found += _rows(db, "r.personal_id = ?", (compact,), limit, 0)
        found += _rows(db, "r.old_id = ?", (compact,), limit, 0)
        if len(compact) >= 3 and len(found) < limit:
            found += _rows(db, "r.personal_id > ? AND r.personal_id < ?",
                           (compact, compact + "~"), limit, 1)
    elif not born and _DATE_LIKE.match(text):
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
        household = None if born else household_id(db, text)
        if household:
            found += _rows(db, "r.household_id = ?", (household,), limit, 0)
        # the whole name: the first of them in Vietnamese order (a common name has hundreds)
        if born:  # everyone so named (the index holds the birth date), those born that year
            found += _rows(db, "r.id IN (SELECT id FROM residents WHERE name_fold = ?"
                               " AND dob >= ? AND dob < ? ORDER BY sort_key LIMIT ?)",
                           (folded, *born, limit), limit, 0)
        else:
            found += _rows(db, "r.id IN (SELECT id FROM residents WHERE name_fold = ? "
                               "ORDER BY sort_key LIMIT ?)", (folded, limit), limit, 0)
        found += _rows(db, "r.name_fold > ? AND r.name_fold < ?",
                       (folded, folded + _HIGH), limit, 1, born)
        reversed_name = reverse_words(folded)
        found += _rows(db, "r.name_rfold > ? AND r.name_rfold < ?",
                       (reversed_name + " ", reversed_name + " " + _HIGH), limit, 2, born)
        words = folded.split()
        if len(words) == 2:  # family + given, the middle name left out
            key = given_family(folded)
            found += _rows(db, "(r.name_gfold = ? OR (r.name_gfold > ? AND r.name_gfold < ?))",
                           (key, key + " ", key + " " + _HIGH), limit, 3, born)
        elif len(words) > 2 and len(_unique(found)) < limit and not (born and found):
            # family, given and some of the middle names: 'nguyen van an' finds 'Nguyễn Văn Đức An'
            # (among the first SKIP_SCAN of that family and given name: a common pair such as
            # Nguyễn … Anh has thousands, and a name on nobody must not cost a long scan)
            key = f"{words[-1]} {words[0]} "
            found += _rows(db, "r.id IN (SELECT id FROM (SELECT id, name_gfold FROM residents "
                               "WHERE name_gfold > ? AND name_gfold < ? LIMIT ?) "
                               "WHERE name_gfold LIKE ?)",
                           (key, key + _HIGH, SKIP_SCAN, key + "%" + "%".join(words[1:-1]) + "%"),
                           limit, 3, born)
    return _ordered(found, text, limit)


def _ordered(found: list[dict], text: str, limit: int) -> list[dict]:
    results = sorted(_unique(found), key=lambda r: (r["rank"], r["sort_key"]))[:limit]
    # Which people are found depends only on the folded text (SPEC §4: typed with or without
    # diacritics, in capitals or NFD, the same people); among them, the name exactly as typed,
    # diacritics included, comes first.
    typed = nfc(text).lower()
    results.sort(key=lambda r: r["full_name"].lower() != typed)
    for row in results:
        del row["sort_key"]
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
