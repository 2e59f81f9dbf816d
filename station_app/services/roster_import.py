"""Roster import: a CSV or XLSX roster into the station database, in one transaction.

Good rows are imported, each bad row is reported with its line and a reason, and importing the
same file again changes nothing. A resident is recognised on re-import by its roster key:
household code, folded full name and birth date. The whole import is one transaction, so a
cancelled, failed or killed import leaves the database as it was.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from station_app.core.dates import parse_birth_date
from station_app.core.ids import check_personal_id, clean_id_text, restore_id
from station_app.core.text import fold, fold_many, nfc, reverse_words, sort_key
from station_app.services.roster_files import RosterFileError, map_headers, open_roster
from station_app.storage import Database
from station_app.storage.migrations.m0001_foundation import RESIDENT_SEARCH_INDEXES

__all__ = ["import_roster", "ImportResult", "Rejected", "ImportCancelled", "RosterFileError",
           "CARD_STATUSES"]

CHUNK = 20_000

CARD_STATUSES = ("needs_card", "has_card", "exempt", "moved", "deceased")
_CARD_STATUS_WORDS = {
    "": "needs_card", "needs card": "needs_card", "needs_card": "needs_card", "can cap": "needs_card",
    "chua co": "needs_card", "chua cap": "needs_card", "has card": "has_card",
    "has_card": "has_card", "has valid card": "has_card", "da co": "has_card",
    "da co the": "has_card", "da cap": "has_card", "exempt": "exempt", "mien": "exempt",
    "khong thuoc dien": "exempt", "moved": "moved", "chuyen di": "moved", "da chuyen di": "moved",
    "deceased": "deceased", "da mat": "deceased", "chet": "deceased", "qua doi": "deceased",
    "da qua doi": "deceased",
}
_GENDER_WORDS = {"nam": "M", "m": "M", "male": "M", "trai": "M", "nu": "F", "f": "F",
                 "female": "F", "gai": "F"}

RESIDENT_COLUMNS = ("id", "household_id", "full_name", "name_fold", "name_rfold", "sort_key",
                    "gender", "dob", "personal_id", "old_id", "relation", "card_status",
                    "roster_key")
# Columns that an import compares and updates (the others are derived or identity).
_COMPARED = ("household_id", "full_name", "gender", "dob", "personal_id", "old_id", "relation",
             "card_status")


class ImportCancelled(Exception):
    """The user cancelled; nothing was imported."""


@dataclass
class Rejected:
    line: int
    reason: str


@dataclass
class ImportResult:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    households: int = 0
    mapping: dict[str, str] = field(default_factory=dict)  # field -> header as written

    def as_dict(self) -> dict:
        return {
            "imported": self.imported, "updated": self.updated, "unchanged": self.unchanged,
            "rejected": len(self.rejected), "households": self.households,
            "mapping": self.mapping,
            "rejected_rows": [{"line": r.line, "reason": r.reason} for r in self.rejected],
        }


class _RowError(ValueError):
    pass


_HAS_DIGIT = re.compile(r"\d").search
_MISSING = object()


class _RowParser:
    """Turns a row of cell texts into checked values. Values that repeat across a roster (dates,
    genders, statuses, ID prefixes) are converted once and remembered: this is the hot loop."""

    def __init__(self, mapping: dict[str, int], today: dt.date):
        self.today = today
        self.index = mapping
        self.dates: dict[str, str] = {}
        self.genders: dict[str, str | None] = {"": None}
        self.statuses: dict[str, str] = {}
        self.relations: dict[str, str | None] = {"": None}
        self.id_checks: dict[tuple, str] = {}
        self.width = max(mapping.values()) + 1
        get = mapping.get
        self.i_name, self.i_household, self.i_dob = (
            mapping["full_name"], mapping["household_code"], mapping["dob"])
        self.i_gender, self.i_pid, self.i_old, self.i_relation, self.i_status = (
            get("gender"), get("personal_id"), get("old_id"), get("relation"), get("card_status"))
        self.area_columns = [get(f) for f in ("province", "district", "commune", "village")]
        self.has_village = get("village") is not None
        self.i_address, self.i_phone = get("address"), get("phone")

    def parse(self, row: list[str]) -> tuple:
        """(name, household code, gender, dob, personal id, old id, relation, status,
        area key, address, phone); _RowError with the reason for a bad row."""
        if len(row) < self.width:
            row = row + [""] * (self.width - len(row))
        name = row[self.i_name].strip()
        if "\n" in name:  # a line break inside the cell would misalign the chunk's names
            name = " ".join(name.split())
        if not name:
            raise _RowError("full name is empty")
        if _HAS_DIGIT(name):
            raise _RowError(f"full name '{name}' contains digits")
        household = row[self.i_household].strip()
        if not household:
            raise _RowError("household code is empty")
        raw = row[self.i_dob]
        dob = self.dates.get(raw)
        if dob is None:
            dob = self._date(raw)
        gender = None
        if self.i_gender is not None:
            raw = row[self.i_gender]
            gender = self.genders.get(raw, _MISSING)
            if gender is _MISSING:
                gender = self._gender(raw)
        personal_id = None
        if self.i_pid is not None and row[self.i_pid]:
            personal_id = self._personal_id(row[self.i_pid], gender, dob)
        old_id = None
        if self.i_old is not None and row[self.i_old]:
            old_id = row[self.i_old]
            if not (len(old_id) == 9 and old_id.isdigit()):
                old_id = self._old_id(old_id)
        relation = None
        if self.i_relation is not None:
            raw = row[self.i_relation]
            relation = self.relations.get(raw, _MISSING)
            if relation is _MISSING:
                relation = self.relations[raw] = nfc(raw) or None
        status = "needs_card"
        if self.i_status is not None:
            raw = row[self.i_status]
            status = self.statuses.get(raw) or self._status(raw)
        area = tuple(row[i].strip() if i is not None else "" for i in self.area_columns) \
            if self.has_village else None
        address = row[self.i_address].strip() or None if self.i_address is not None else None
        phone = row[self.i_phone].strip() or None if self.i_phone is not None else None
        return (name, household, gender, dob, personal_id, old_id, relation, status, area,
                address, phone)

    def _date(self, raw: str) -> str:
        text = raw.strip()
        if not text:
            raise _RowError("date of birth is empty")
        try:
            self.dates[raw] = parse_birth_date(text, self.today)
        except ValueError as exc:
            raise _RowError(str(exc)) from None
        return self.dates[raw]

    def _gender(self, raw: str) -> str | None:
        key = fold(raw)
        if key and key not in _GENDER_WORDS:
            raise _RowError(f"gender '{raw.strip()}' is not Nam/Nữ (male/female)")
        self.genders[raw] = _GENDER_WORDS.get(key)
        return self.genders[raw]

    def _status(self, raw: str) -> str:
        key = fold(raw)
        if key not in _CARD_STATUS_WORDS:
            raise _RowError(f"card status '{raw.strip()}' is not one of: "
                            "Cần cấp, Đã có thẻ, Miễn, Chuyển đi, Đã mất")
        self.statuses[raw] = _CARD_STATUS_WORDS[key]
        return self.statuses[raw]

    def _personal_id(self, raw: str, gender: str | None, dob: str) -> str | None:
        number = raw
        if not (len(raw) == 12 and raw.isdigit()):
            try:
                number = restore_id(clean_id_text(raw), 12, gender, int(dob[:4]))
            except ValueError as exc:
                raise _RowError(str(exc)) from None
            if not number:
                return None
        key = (number[:6], gender, dob[:4])
        problem = self.id_checks.get(key)
        if problem is None:
            problem = self.id_checks[key] = "; ".join(
                check_personal_id(number, gender, int(dob[:4])))
        if problem:
            raise _RowError(f"ID {number}: {problem}")
        return number

    @staticmethod
    def _old_id(raw: str) -> str | None:
        try:
            digits = restore_id(clean_id_text(raw), 9, None, None)
        except ValueError as exc:
            raise _RowError(str(exc)) from None
        if not digits:
            return None
        if len(digits) != 9 or not digits.isdigit():
            raise _RowError(f"old ID (CMND) '{raw.strip()}' must have 9 digits")
        return digits


def import_roster(
    db: Database,
    path: str | Path,
    operator: str | None = None,
    progress: Callable[[int, int], bool | None] | None = None,
    today: dt.date | None = None,
) -> ImportResult:
    """Import a roster file. ``progress(done_lines, total_lines)`` is called after each chunk;
    returning False cancels (ImportCancelled, nothing imported)."""
    path = Path(path)
    table = open_roster(path)
    mapping = map_headers(table.headers)
    missing = [label for f, label in (("full_name", "full name ('Họ và tên')"),
                                      ("household_code", "household code ('Mã hộ')"),
                                      ("dob", "date of birth ('Ngày sinh')")) if f not in mapping]
    if missing:
        raise RosterFileError(
            f"{path.name}: no column for {', '.join(missing)}; the headers are: "
            + ", ".join(h for h in table.headers if h.strip())
        )
    result = ImportResult(mapping={f: table.headers[i].strip() for f, i in mapping.items()})
    parser = _RowParser(mapping, today or dt.date.today())
    parse = parser.parse

    with db.write("import_roster", operator, {"file": path.name}) as w:
        bulk = db.scalar("SELECT NOT EXISTS (SELECT 1 FROM residents)")
        if bulk:  # building the search indexes once at the end is much faster
            for name in RESIDENT_SEARCH_INDEXES:
                db.conn.execute(f"DROP INDEX {name}")
        existing = {} if bulk else {
            r[0]: r[1:] for r in db.conn.execute(
                f"SELECT roster_key, id, {', '.join(_COMPARED)} FROM residents "
                "WHERE roster_key IS NOT NULL")
        }
        areas = _Areas(db, w)
        households = _Households(db, w)
        seen: dict[str, int] = {}
        rejected = result.rejected
        rows = table.rows
        while True:
            chunk = list(islice(rows, CHUNK))
            if not chunk:
                break
            good, lines = [], []
            for line, cells in chunk:
                try:
                    good.append(parse(cells))
                    lines.append(line)
                except _RowError as exc:
                    if any(c.strip() for c in cells):  # blank lines are not errors
                        rejected.append(Rejected(line, str(exc)))
            names = unicodedata.normalize("NFC", "\n".join(p[0] for p in good)).split("\n")
            folds = fold_many(names)
            new_rows, changed_rows = [], []
            new_id = w.new_id
            for line, p, name, name_fold in zip(lines, good, names, folds):
                if "  " in name:
                    name = " ".join(name.split())
                key = f"{p[1]}|{name_fold}|{p[3]}"
                if key in seen:
                    rejected.append(Rejected(
                        line, f"same person as line {seen[key]} (household, name and birth date)"))
                    continue
                seen[key] = line
                household_id = households.id_for(
                    p[1], areas.village_id(p[8]) if p[8] else None, name, p[6], p[9], p[10])
                old = existing.get(key)
                if old is None:
                    new_rows.append((new_id(), household_id, name, name_fold,
                                     reverse_words(name_fold), sort_key(name), *p[2:8], key))
                else:
                    values = (household_id, name, *p[2:8])
                    if old[1:] != values:
                        changed_rows.append((*values, old[0]))
                    else:
                        result.unchanged += 1
            w.insert_many("residents", RESIDENT_COLUMNS, new_rows)
            if changed_rows:
                w.update_many("residents", _COMPARED, changed_rows)
            result.imported += len(new_rows)
            result.updated += len(changed_rows)
            if progress and progress(chunk[-1][0], table.total_lines) is False:
                raise ImportCancelled("import cancelled; nothing was imported")
        households.flush()
        result.households = households.created
        if bulk:
            for name, target in RESIDENT_SEARCH_INDEXES.items():
                db.conn.execute(f"CREATE INDEX {name} ON {target}")
        w.audit("import_roster_result", {k: v for k, v in result.as_dict().items()
                                         if k != "rejected_rows"})
    return result


class _Areas:
    """Province › (district ›) commune › village, created as the roster names them."""

    def __init__(self, db: Database, w):
        self.w = w
        self.ids: dict[tuple, str] = {
            (r["kind"], r["parent_id"], r["name_fold"]): r["id"]
            for r in db.query("SELECT id, kind, parent_id, name_fold FROM areas")
        }
        self.villages: dict[tuple, str] = {}

    def _area(self, kind: str, name: str, parent: str | None) -> str | None:
        name = nfc(name)
        if not name:
            return parent
        key = (kind, parent, fold(name))
        area_id = self.ids.get(key)
        if area_id is None:
            area_id = self.ids[key] = self.w.insert(
                "areas", {"kind": kind, "name": name, "parent_id": parent, "name_fold": key[2]})
        return area_id

    def village_id(self, key: tuple[str, str, str, str]) -> str | None:
        """Id of the village named by (province, district, commune, village)."""
        if key not in self.villages:
            parent = None
            for kind, name in zip(("province", "district", "commune"), key[:3]):
                if name:
                    parent = self._area(kind, name, parent)
            self.villages[key] = self._area("village", key[3], parent)
        return self.villages[key]


_HEAD_WORDS = {"Chủ hộ", "chủ hộ", "CHỦ HỘ", "Chu ho", "chu ho", "Head", "head"}


class _Households:
    """Households by code: created on first sight, updated when the roster says otherwise."""

    _COLUMNS = ("village_id", "address", "head_name", "phone")

    def __init__(self, db: Database, w):
        self.w = w
        self.known = {r[0]: (r[1], r[2:]) for r in db.conn.execute(
            "SELECT code, id, village_id, address, head_name, phone FROM households")}
        self.pending: dict[str, list] = {}  # code -> [id, village, address, head, phone, new?]
        self.created = 0

    def id_for(self, code: str, village_id: str | None, name: str, relation: str | None,
               address: str | None, phone: str | None) -> str:
        entry = self.pending.get(code)
        if entry is None:
            known = self.known.get(code)
            entry = [known[0] if known else self.w.new_id(), village_id, address, name, phone,
                     known is None]
            self.pending[code] = entry
        elif relation and relation in _HEAD_WORDS:
            entry[3] = name
        if phone and not entry[4]:
            entry[4] = phone
        return entry[0]

    def flush(self) -> None:
        new, changed = [], []
        for code, (hid, village, address, head, phone, is_new) in self.pending.items():
            if is_new:
                new.append((hid, code, village, address, head, phone))
            elif self.known[code][1] != (village, address, head, phone):
                changed.append((village, address, head, phone, hid))
        self.w.insert_many("households", ("id", "code", *self._COLUMNS), new)
        self.w.update_many("households", self._COLUMNS, changed)
        self.created += len(new)
        self.pending = {}
