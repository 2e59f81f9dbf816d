"""Roster import: a CSV or XLSX roster into the station database, all or nothing.

Good rows are imported, each bad row is reported with its line and a reason, and importing the
same file again changes nothing. A resident is recognised on re-import by its roster key:
household code, folded full name and birth date. The import is one long write (one
transaction, or short steps while another program has the station open: storage/steps.py), so
a cancelled, failed or killed import leaves the database as it was.

Nothing is erased by absence: a column the file does not have, or an empty cell, keeps the
value the station holds (counted in ``kept``); a row cut short is rejected. An import that would
replace many stored values (any personal ID, or values of more than 1 % of the residents) is
checked first without writing and refused with NeedsConfirmation unless ``confirmed``;
``dry_run`` reports what an import would do and writes nothing.

Two stages: _parse_roster reads the file and does the work of each row (checks, name forms,
duplicates); _write does what needs the database (households, areas, ids, inserts, updates).
For a big roster the first runs in a worker process, so both cores work at once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
import traceback
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from station_app.core.dates import parse_birth_date, show_date
from station_app.core.ids import check_personal_id, clean_id_text, restore_id
from station_app.core.messages import Message, joined
from station_app.core.processes import worker_context
from station_app.core.roster_ids import ROSTER_VER_TIME, area_id, household_id, resident_id
from station_app.core.text import fold, fold_many, given_family, nfc, reverse_words, sort_key
from station_app.services.operators import Operator, authorize
from station_app.services.roster_files import RosterFileError, map_headers, open_roster
from station_app.storage import Database
from station_app.storage import steps as storage_steps
from station_app.storage.steps import Steps

__all__ = ["import_roster", "ImportResult", "Rejected", "ImportCancelled", "NeedsConfirmation",
           "RosterFileError", "CARD_STATUSES", "MERGED_FIELDS"]

CHUNK = 20_000
PARALLEL_BYTES = 8 * 2**20  # a roster this big is parsed in a second process
# On a first load the name-form indexes (long keys in random order) are built once, at the end,
# which costs much less than keeping them up to date row by row. The ID and birth-date indexes
# stay live: the writer keeps them in time it would otherwise spend waiting for the parser.
_BUILT_AFTER_FIRST_LOAD = ("residents_name_fold", "residents_name_rfold", "residents_name_gfold")

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

RESIDENT_COLUMNS = ("id", "household_id", "full_name", "name_fold", "name_rfold", "name_gfold",
                    "sort_key",
                    "gender", "dob", "personal_id", "old_id", "relation", "card_status")
# Columns that an import compares and updates (the others are derived or identity).
_COMPARED = ("household_id", "full_name", "gender", "dob", "personal_id", "old_id", "relation",
             "card_status")
# The fields whose stored values an import keeps, fills or replaces, residents' then households'.
MERGED_FIELDS = ("full_name", "gender", "personal_id", "old_id", "relation", "card_status",
                 "village", "address", "head_name", "phone")
# Fields a roster may leave out: their stored values are kept.
_OPTIONAL = ("gender", "personal_id", "old_id", "relation", "card_status", "village", "address",
             "phone")
_EXAMPLES = 3  # values shown per replaced field


class ImportCancelled(Exception):
    """The user cancelled; nothing was imported."""


class NeedsConfirmation(Exception):
    """The import would replace many stored values: nothing was written. ``result`` is the dry
    run's, with what would change."""

    def __init__(self, result: ImportResult):
        fields = ", ".join(f"{f} {n:,}" for f, n in result.changed.items())
        super().__init__(Message(
            "this import would replace {count} stored values ({fields}); nothing was imported",
            count=f"{sum(result.changed.values()):,}", fields=fields))
        self.result = result


@dataclass
class Rejected:
    line: int
    reason: str


@dataclass
class ImportResult:
    """What an import did (or, for a dry run, would do). Per field (MERGED_FIELDS): ``changed``
    counts stored values replaced by another, with a few ``examples`` (who, stored, new);
    ``filled`` values given where none was stored; ``kept`` stored values kept because the file
    has none there (an empty cell or ``columns_missing``)."""
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    households: int = 0
    mapping: dict[str, str] = field(default_factory=dict)  # field -> header as written
    changed: dict[str, int] = field(default_factory=dict)
    filled: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    columns_missing: list[str] = field(default_factory=list)
    changed_records: int = 0  # residents and households with a value replaced
    stored_residents: int = 0  # before the import
    dry_run: bool = False

    @property
    def needs_confirmation(self) -> bool:
        """Whether the import replaces any personal ID or values of more than 1 % of the
        residents the station held."""
        return bool(self.changed.get("personal_id")) or (
            self.changed_records * 100 > self.stored_residents)

    def count(self, counts: dict[str, int], field: str, example: tuple | None = None) -> None:
        counts[field] = counts.get(field, 0) + 1
        if example is not None and len(self.examples.setdefault(field, [])) < _EXAMPLES:
            self.examples[field].append(example)

    def as_dict(self) -> dict:
        order = {f: i for i, f in enumerate(MERGED_FIELDS)}

        def ordered(counts: dict) -> dict:
            return dict(sorted(counts.items(), key=lambda kv: order[kv[0]]))

        return {
            "imported": self.imported, "updated": self.updated, "unchanged": self.unchanged,
            "rejected": len(self.rejected), "households": self.households,
            "mapping": self.mapping, "dry_run": self.dry_run,
            "changed": ordered(self.changed), "filled": ordered(self.filled),
            "kept": ordered(self.kept), "columns_missing": self.columns_missing,
            "needs_confirmation": self.needs_confirmation,
            "examples": {f: [{"who": w, "from": a, "to": b} for w, a, b in self.examples[f]]
                         for f in ordered(self.examples)},
            "rejected_rows": [{"line": r.line, "reason": r.reason} for r in self.rejected],
        }


class _RowError(ValueError):
    pass


_HAS_DIGIT = re.compile(r"\d").search


class _RowParser:
    """Turns a row of cell texts into checked values. Values that repeat across a roster (dates,
    genders, statuses, ID prefixes) are converted once and remembered: this is the hot loop, so
    ``parse`` is a closure over plain local variables."""

    AREA_KINDS = ("province", "district", "commune", "village")

    def __init__(self, mapping: dict[str, int], today: dt.date, min_cells: int = 0):
        self.today = today
        self.min_cells = min_cells
        self.dates: dict[str, str] = {}
        self.genders: dict[str, str | None] = {"": None}
        self.statuses: dict[str, str | None] = {}
        self.relations: dict[str, str | None] = {"": None}
        self.id_checks: dict[tuple, str] = {}
        self.area_kinds = [k for k in self.AREA_KINDS if k in mapping] \
            if "village" in mapping else []
        self.parse = self._make_parse(mapping)

    def _make_parse(self, mapping: dict[str, int]) -> Callable[[list[str]], tuple]:
        """parse(row) -> (name, household code, gender, dob, personal id, old id, relation,
        status, raw area cells, raw address, raw phone); _RowError with the reason. An empty
        cell, or a column the file does not have, gives None (or '')."""

        def cell(field: str) -> Callable[[list[str]], str]:
            index = mapping.get(field)
            return itemgetter(index) if index is not None else (lambda row: "")

        width = max(mapping.values()) + 1
        min_cells = self.min_cells
        i_name, i_household, i_dob = (
            mapping["full_name"], mapping["household_code"], mapping["dob"])
        gender_of, pid_of, old_of = cell("gender"), cell("personal_id"), cell("old_id")
        relation_of, status_of = cell("relation"), cell("card_status")
        address_of, phone_of = cell("address"), cell("phone")
        area_columns = [mapping[k] for k in self.area_kinds]
        # the area cells as a tuple (itemgetter of one index would return a bare cell)
        area_of = itemgetter(*area_columns, area_columns[0]) if area_columns else (
            lambda row: None)
        dates, genders, statuses, relations = (
            self.dates, self.genders, self.statuses, self.relations)
        has_digit = _HAS_DIGIT

        def parse(row: list[str]) -> tuple:
            if len(row) < width or len(row) < min_cells:
                if len(row) < min_cells:
                    raise _RowError(Message(
                        "the row has {count} cells, the header {width}: it was cut short",
                        count=len(row), width=min_cells))
                row = row + [""] * (width - len(row))
            name = row[i_name].strip()
            if "\n" in name:  # a line break inside the cell would misalign the chunk's names
                name = " ".join(name.split())
            if not name:
                raise _RowError(Message("full name is empty"))
            if has_digit(name):
                raise _RowError(Message("full name '{name}' contains digits", name=name))
            household = row[i_household].strip()
            if not household:
                raise _RowError(Message("household code is empty"))
            raw = row[i_dob]
            dob = dates.get(raw) or self._date(raw)
            raw = gender_of(row)
            gender = genders[raw] if raw in genders else self._gender(raw)
            personal_id = pid_of(row)
            if personal_id:
                personal_id = self._personal_id(personal_id, gender, dob)
            else:
                personal_id = None
            old_id = old_of(row) or None
            if old_id and not (len(old_id) == 9 and old_id.isdigit()):
                old_id = self._old_id(old_id)
            raw = relation_of(row)
            relation = relations[raw] if raw in relations else self._relation(raw)
            raw = status_of(row)
            status = statuses[raw] if raw in statuses else self._status(raw)
            return (name, household, gender, dob, personal_id, old_id, relation, status,
                    area_of(row), address_of(row), phone_of(row))

        return parse

    def _relation(self, raw: str) -> str | None:
        self.relations[raw] = nfc(raw) or None
        return self.relations[raw]

    def _date(self, raw: str) -> str:
        text = raw.strip()
        if not text:
            raise _RowError(Message("date of birth is empty"))
        try:
            self.dates[raw] = parse_birth_date(text, self.today)
        except ValueError as exc:
            raise _RowError(exc.args[0]) from None
        return self.dates[raw]

    def _gender(self, raw: str) -> str | None:
        key = fold(raw)
        if key and key not in _GENDER_WORDS:
            raise _RowError(Message("gender '{value}' is not Nam/Nữ (male/female)",
                                   value=raw.strip()))
        self.genders[raw] = _GENDER_WORDS.get(key)
        return self.genders[raw]

    def _status(self, raw: str) -> str | None:
        """None for an empty cell: a new resident needs a card, one already there keeps its
        status."""
        key = fold(raw)
        if key and key not in _CARD_STATUS_WORDS:
            raise _RowError(Message("card status '{value}' is not one of: Cần cấp, Đã có thẻ, "
                                    "Miễn, Chuyển đi, Đã mất", value=raw.strip()))
        self.statuses[raw] = _CARD_STATUS_WORDS[key] if key else None
        return self.statuses[raw]

    def _personal_id(self, raw: str, gender: str | None, dob: str) -> str | None:
        number = raw
        if not (len(raw) == 12 and raw.isdigit()):
            try:
                number = restore_id(clean_id_text(raw), 12, gender, int(dob[:4]))
            except ValueError as exc:
                raise _RowError(exc.args[0]) from None
            if not number:
                return None
        if len(number) == 12 and number.isdigit():
            # a 12-digit number's verdict (and the values its reason names) depends on its
            # digits 4-6, the gender and the birth year only: remembered under them
            key = (number[3:6], gender, dob[:4])
            problem = self.id_checks.get(key)
            if problem is None:
                problem = self.id_checks[key] = _id_problem(number, gender, dob)
        else:  # any other text: a reason that names it, never remembered
            problem = _id_problem(number, gender, dob)
        if problem:
            raise _RowError(Message("ID {number}: {problem}", number=number, problem=problem))
        return number

    @staticmethod
    def _old_id(raw: str) -> str | None:
        try:
            digits = restore_id(clean_id_text(raw), 9, None, None)
        except ValueError as exc:
            raise _RowError(exc.args[0]) from None
        if not digits:
            return None
        if len(digits) != 9 or not digits.isdigit():
            raise _RowError(Message("old ID (CMND) '{value}' must have 9 digits",
                                   value=raw.strip()))
        return digits


def _id_problem(number: str, gender: str | None, dob: str) -> str:
    problems = check_personal_id(number, gender, int(dob[:4]))
    return joined(problems) if problems else ""


@dataclass
class _Chunk:
    """One chunk of the roster after the row-local work, as small as it can be, since a big
    roster's chunks cross from the worker process through a pipe.

    rows: (name, name_fold, household code, gender, dob, personal id, old id, relation,
    status, household cells, resident id), household cells being (area cells, address, phone)
    on a row that may change its household (first of a code, the head, a phone) and None on the
    others; the address and phone as stored (nfc, None for none); the id derived from the
    roster's keys (core/roster_ids.py).
    names: (rfold, gfold, sort key) of each name not seen in an earlier chunk."""
    rows: list[tuple]
    names: dict[str, tuple[str, str, str]]
    rejected: list[Rejected]
    line_reached: int


def _parse_roster(path: Path, today: dt.date) -> Iterator:
    """The row-local part of an import, the same in or out of process: first
    (mapping, area kinds, total lines), then a _Chunk per CHUNK rows. Rows that fail their
    checks, and a person seen twice, are rejected here."""
    table = open_roster(path)
    mapping = map_headers(table.headers)
    missing = [label for f, label in (("full_name", Message("full name ('Họ và tên')")),
                                      ("household_code", Message("household code ('Mã hộ')")),
                                      ("dob", Message("date of birth ('Ngày sinh')")))
               if f not in mapping]
    if missing:
        raise RosterFileError(Message(
            "{file}: no column for {missing}; the headers are: {headers}", file=path.name,
            missing=joined(missing, ", "), headers=", ".join(h for h in table.headers if h.strip())))
    parser = _RowParser(mapping, today, table.min_cells)
    yield ({f: table.headers[i].strip() for f, i in mapping.items()}, parser.area_kinds,
           table.total_lines)
    parse = parser.parse
    damaged = table.damaged  # rows the file holds only in part, or with control characters
    named: set[str] = set()
    seen: dict[str, int] = {}  # household|name|dob -> line
    last_code = None
    for lines, rows in table.chunks(CHUNK):
        good, good_lines, rejected = [], [], []
        bad = {i: damaged.pop(line) for i, line in enumerate(lines) if line in damaged} \
            if damaged else {}
        for index, cells in enumerate(rows):
            try:
                if bad and index in bad:
                    raise _RowError(bad[index])
                good.append(parse(cells))
                good_lines.append(lines[index])
            except _RowError as exc:
                if any(c.strip() for c in cells):  # blank lines are not errors
                    rejected.append(Rejected(lines[index], exc.args[0]))
        names = unicodedata.normalize("NFC", "\n".join(p[0] for p in good)).split("\n")
        out, new_names = [], {}
        for line, p, name, name_fold in zip(good_lines, good, names, fold_many(names)):
            if "  " in name:
                name = " ".join(name.split())
            code = p[1]
            key = f"{code}|{name_fold}|{p[3]}"
            if key in seen:
                rejected.append(Rejected(line, Message(
                    "same person as line {line} (household, name and birth date)",
                    line=seen[key])))
                continue
            seen[key] = line
            if name not in named:
                named.add(name)
                new_names[name] = (reverse_words(name_fold), given_family(name_fold),
                                   sort_key(name))
            household = None
            if code != last_code or p[6] in _HEAD_WORDS or p[10].strip():
                # address and phone as stored (the writer's work, done here on the second core)
                household = (p[8], nfc(p[9]) or None, nfc(p[10]) or None)
                last_code = code
            out.append((name, name_fold, code, *p[2:8], household,
                        resident_id(code, name_fold, p[3])))
        yield _Chunk(out, new_names, rejected, lines[-1])


def _parse_in_worker(receiver, sender, path: Path, today: dt.date) -> None:
    """A worker process's job: _parse_roster's items through the pipe, then the end (or the
    error that stopped it). Should the importing process die, the next send fails and the
    worker ends: it holds no copy of the pipe's reading end."""
    receiver.close()
    gc.disable()  # a short-lived process that makes no reference cycles
    try:
        try:
            for item in _parse_roster(path, today):
                sender.send(("item", item))
            sender.send(("end", None))
        except RosterFileError as exc:
            sender.send(("error", exc.args[0]))
        except Exception:
            sender.send(("crash", traceback.format_exc()))
    except OSError:  # the importing process is gone (cancelled, killed): nothing to tell
        pass


def _parsed(path: Path, today: dt.date) -> Iterator:
    """_parse_roster's items. A big roster is parsed in a worker process on the second core
    while this one writes the previous chunk into the database."""
    if path.stat().st_size < PARALLEL_BYTES:
        yield from _parse_roster(path, today)
        return
    context = worker_context()
    receiver, sender = context.Pipe(duplex=False)
    worker = context.Process(target=_parse_in_worker, args=(receiver, sender, path, today),
                             daemon=True)
    worker.start()
    sender.close()
    try:
        while True:
            try:
                kind, item = receiver.recv()
            except EOFError:  # the worker died without a word (killed, out of memory)
                worker.join(5)
                raise RosterFileError(Message(
                    "{file}: the roster reader stopped unexpectedly (exit code {code})",
                    file=path.name, code=worker.exitcode)) from None
            if kind == "item":
                yield item
            elif kind == "end":
                return
            elif kind == "error":
                raise RosterFileError(item)
            else:
                raise RuntimeError(f"the roster reader failed:\n{item}")
    finally:
        receiver.close()
        if worker.is_alive():
            worker.terminate()
        worker.join()


def import_roster(db: Database, path: str | Path,
                  progress: Callable[[int, int], bool | None] | None = None,
                  today: dt.date | None = None, *, dry_run: bool = False, confirmed: bool = False,
                  operator: Operator | None = None) -> ImportResult:
    """Import a roster file. ``progress(done_lines, total_lines)`` is called after each chunk;
    returning False cancels (ImportCancelled, nothing imported). ``dry_run``: what the import
    would do, nothing written. Unless ``confirmed``, an import into a station that holds
    residents is first checked that way, and refused with NeedsConfirmation (nothing written)
    when it would replace many stored values (ImportResult.needs_confirmation)."""
    actor = authorize(db, operator, "roster.import")
    path = Path(path)
    if not path.is_file():
        raise RosterFileError(Message("no such file: {path}", path=str(path)))
    today = today or dt.date.today()
    if not (dry_run or confirmed) and db.scalar("SELECT EXISTS (SELECT 1 FROM residents)"):
        report = progress  # the check is the first half of the progress, the import the second
        check = _import(db, path, actor,
                        report and (lambda done, total: report(done, 2 * total)), today, True)
        if check.needs_confirmation:
            raise NeedsConfirmation(check)
        if not (check.imported or check.updated or check.households or check.changed
                or check.filled):  # nothing to write (the same roster again): one pass, not two
            check.dry_run = False
            with db.write("import_roster", actor, {"file": path.name}) as w:
                _audit_result(w, check)
            return check
        progress = report and (lambda done, total: report(total + done, 2 * total))
    return _import(db, path, actor, progress, today, dry_run)


def _import(db: Database, path: Path, operator: str | None,
            progress: Callable[[int, int], bool | None] | None, today: dt.date,
            dry_run: bool) -> ImportResult:
    items = _parsed(path, today)
    try:
        mapping, area_kinds, total_lines = next(items)
        result = ImportResult(mapping=mapping, dry_run=dry_run,
                              columns_missing=[f for f in _OPTIONAL if f not in mapping])
        _write(db, path.name, items, result, area_kinds, total_lines, operator, progress,
               dry_run)
    finally:
        items.close()
    return result


class _NoWrites:
    """The steps (and writer) of a dry run: new ids, nothing written."""

    stepped = False

    def __init__(self):
        self.made = 0
        self.w = self

    def new_id(self) -> str:
        self.made += 1
        return f"dry-run-{self.made}"

    def insert(self, table: str, row: dict) -> str:
        return self.new_id()

    def insert_many(self, *args, **kwargs) -> None:
        pass

    update_many = audit = release = insert_many

    def pause(self) -> bool:
        return False

    def do(self, fn) -> None:
        fn(self)


@contextlib.contextmanager
def _long_write(db: Database, first_load: bool, file_name: str, operator: str | None,
                dry_run: bool) -> Iterator:
    """The import's long write (a dry run: steps that write nothing)."""
    if dry_run:
        yield _NoWrites()
        return
    with db.long_write("roster import", "import_roster", operator, {"file": file_name},
                       first_load) as steps:
        yield steps


def _write(db: Database, file_name: str, chunks: Iterator[_Chunk], result: ImportResult,
           area_kinds: list[str], total_lines: int, operator: str | None,
           progress: Callable[[int, int], bool | None] | None, dry_run: bool = False) -> None:
    """The parsed chunks into the database, as one long write (one transaction, or short
    steps while the station is open: see storage/steps.py): one household per code, residents
    already there merged (see _merge), the others inserted. A dry run writes nothing."""
    first_load = db.scalar("SELECT NOT EXISTS (SELECT 1 FROM residents)")
    with _long_write(db, first_load, file_name, operator, dry_run) as steps:
        # the name indexes are dropped and built again only in one transaction: building
        # one holds the write lock for seconds
        bulk = not dry_run and not steps.stepped and first_load
        rebuild: list[str] = []  # the indexes' own SQL, as the migrations left them
        if bulk:
            rebuild = [r[0] for r in db.conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name IN (?, ?, ?)",
                _BUILT_AFTER_FIRST_LOAD)]
            for name in _BUILT_AFTER_FIRST_LOAD:
                db.conn.execute(f"DROP INDEX {name}")
        existing = {} if first_load else {
            f"{r[0]}|{r[1]}|{r[2]}": r[3:] for r in db.conn.execute(
                f"SELECT h.code, r.name_fold, r.dob, r.id, "
                f"{', '.join('r.' + c for c in _COMPARED)} "
                "FROM residents r JOIN households h ON h.id = r.household_id")
        }
        result.stored_residents = len(existing)
        # a derived id already taken here (a record renamed since, or deleted) is not reused;
        # read when a first new resident comes (the same roster again has none)
        taken: set[str] | None = set() if first_load else None
        roster_ver = f"{ROSTER_VER_TIME}.{db.node}"  # see core/roster_ids.py
        areas = _Areas(db, steps, area_kinds)
        households = _Households(db, steps, result, areas)
        rejected = result.rejected
        derived: dict[str, tuple[str, str, str]] = {}  # name -> (rfold, gfold, sort key)
        household_id = None
        for chunk in chunks:
            rejected.extend(chunk.rejected)
            derived.update(chunk.names)
            new_rows, changed_rows = [], []
            new_id = steps.new_id  # rare: a derived id already taken
            # the hot loop: what it calls on every row as local names
            add_new, names_of, batch_rows = new_rows.append, derived.__getitem__, \
                storage_steps.BATCH_ROWS
            for n, p in enumerate(chunk.rows, 1):  # see _Chunk
                if n % batch_rows == 0:
                    steps.pause()
                name, code = p[0], p[2]
                if p[9] is not None:
                    area, address, phone = p[9]
                    household_id = households.id_for(
                        code, areas.village_id(area) if area else None, name, p[7], address,
                        phone)
                old = existing.get(f"{code}|{p[1]}|{p[4]}") if existing else None
                if old is None:
                    if taken is None:
                        taken = _ids_taken(db, "residents")
                    add_new((new_id() if p[10] in taken else p[10], household_id,
                             name, p[1], *names_of(name), *p[3:8], p[8] or "needs_card"))
                else:
                    values = (household_id, name, *p[3:9])
                    merged = _merge(result, old, values, code) if old[1:] != values else None
                    if merged is not None:
                        changed_rows.append((*merged, old[0]))
                    else:
                        result.unchanged += 1
            steps.insert_many("residents", RESIDENT_COLUMNS, new_rows, ver=roster_ver)
            if changed_rows:
                steps.update_many("residents", _COMPARED, changed_rows)
            if steps.stepped:  # the new households with their first residents
                households.write_new()
            result.imported += len(new_rows)
            result.updated += len(changed_rows)
            steps.release()  # the caller's progress runs between two steps
            if progress and progress(chunk.line_reached, total_lines) is False:
                raise ImportCancelled(Message("import cancelled; nothing was imported"))
        households.flush()
        result.households = households.created
        for sql in rebuild:
            db.conn.execute(sql)
        rejected.sort(key=lambda r: r.line)
        steps.do(lambda w: _audit_result(w, result))


def _ids_taken(db: Database, table: str) -> set[str]:
    return {r[0] for r in db.conn.execute(
        f"SELECT id FROM {table} UNION ALL SELECT id FROM graves WHERE tbl = ?", (table,))}


def _audit_result(w, result: ImportResult) -> None:
    w.audit("import_roster_result", {k: v for k, v in result.as_dict().items()
                                     if k not in ("rejected_rows", "examples")})


def _merge(result: ImportResult, old: tuple, values: tuple, code: str) -> tuple | None:
    """The values to store for a resident already there (old: id and _COMPARED; values: the
    file's _COMPARED), or None when they stay as they are. Where the file has no value (None:
    an empty cell, no such column) the stored one is kept; the others replace or fill it."""
    merged = list(old[1:])
    replaced = False
    for index, (stored, new) in enumerate(zip(old[1:], values)):
        if new is None or new == stored:
            if new is None and stored is not None and stored != _EMPTY_MEANS.get(index):
                result.count(result.kept, _COMPARED[index])
            continue
        merged[index] = new
        if stored is None:
            result.count(result.filled, _COMPARED[index])
        else:
            replaced = True
            result.count(result.changed, _COMPARED[index], (
                f"{old[2]} ({code}, {show_date(old[4])})", stored, new))
    result.changed_records += replaced
    return tuple(merged) if merged != list(old[1:]) else None


# What an empty cell gives a new resident: not worth a word when it keeps the same stored value.
_EMPTY_MEANS = {_COMPARED.index("card_status"): "needs_card"}


class _Areas:
    """Province › (district ›) commune › village, created as the roster names them."""

    def __init__(self, db: Database, steps: Steps, kinds: list[str]):
        self.steps = steps
        self.kinds = kinds
        rows = db.query("SELECT id, kind, parent_id, name, name_fold FROM areas")
        self.ids: dict[tuple, str] = {
            (r["kind"], r["parent_id"], r["name_fold"]): r["id"] for r in rows}
        self.names: dict[str, str] = {r["id"]: r["name"] for r in rows}
        self.villages: dict[tuple, str] = {}
        self.taken = _ids_taken(db, "areas")
        self.ver = f"{ROSTER_VER_TIME}.{db.node}"

    def name(self, area_id: str) -> str:
        return self.names.get(area_id, area_id)

    def _area(self, kind: str, name: str, parent: str | None) -> str | None:
        name = nfc(name)
        if not name:
            return parent
        key = (kind, parent, fold(name))
        found = self.ids.get(key)
        if found is None:
            found = self.ids[key] = area_id(kind, parent, key[2])
            if found in self.taken:
                found = self.ids[key] = self.steps.new_id()
            self.steps.insert_many("areas", ("id", "kind", "name", "parent_id", "name_fold"),
                                   [(found, kind, name, parent, key[2])], ver=self.ver)
            self.names[found] = name
        return found

    def village_id(self, cells: tuple[str, ...]) -> str | None:
        """Id of the village named by the roster's area cells (province … village)."""
        if cells not in self.villages:
            parent = None
            for kind, name in zip(self.kinds, cells):  # the extra cell is left over
                parent = self._area(kind, name.strip(), parent)
            self.villages[cells] = parent
        return self.villages[cells]


_HEAD_WORDS = {"Chủ hộ", "chủ hộ", "CHỦ HỘ", "Chu ho", "chu ho", "Head", "head"}


class _Households:
    """Households by code: created on first sight; one already there keeps each stored value
    the roster leaves empty (its head changes only on a row that says it is the head)."""

    _COLUMNS = ("village_id", "address", "head_name", "phone")
    _FIELDS = ("village", "address", "head_name", "phone")

    def __init__(self, db: Database, steps: Steps, result: ImportResult, areas: _Areas):
        self.db = db
        self.steps = steps
        self.result = result
        self.areas = areas
        self.known = {r[0]: (r[1], r[2:]) for r in db.conn.execute(
            "SELECT code, id, village_id, address, head_name, phone FROM households")}
        # code -> [id, village, address, head, phone, new?]: the roster's values, None where
        # it has none
        self.pending: dict[str, list] = {}
        self.written: set[str] = set()  # codes write_new inserted during this import
        self.created = 0
        self.taken: set[str] | None = None if self.known else set()  # read at a first new one
        self.ver = f"{ROSTER_VER_TIME}.{db.node}"

    def id_for(self, code: str, village_id: str | None, name: str, relation: str | None,
               address: str | None, phone: str | None) -> str:
        entry = self.pending.get(code)
        if entry is None:
            known = self.known.get(code)
            # a new household's head is its first member until a row says who the head is
            entry = [known[0] if known else self._new_id(code), None, None,
                     None if known else name, None, known is None]
            self.pending[code] = entry
        if relation in _HEAD_WORDS:
            entry[3] = name
        entry[1] = entry[1] or village_id
        entry[2] = entry[2] or address
        entry[4] = entry[4] or phone
        return entry[0]

    def _new_id(self, code: str) -> str:
        if self.taken is None:
            self.taken = _ids_taken(self.db, "households")
        made = household_id(code)
        return self.steps.new_id() if made in self.taken else made

    def write_new(self) -> None:
        """Insert the households first seen since the last call; flush() later updates any
        that the rest of the roster changes (a head named further down)."""
        new = []
        for code, entry in self.pending.items():
            if entry[5]:
                new.append((entry[0], code, *entry[1:5]))
                self.known[code] = (entry[0], tuple(entry[1:5]))
                self.written.add(code)
                entry[5] = False
        self.steps.insert_many("households", ("id", "code", *self._COLUMNS), new, ver=self.ver)
        self.created += len(new)

    def flush(self) -> None:
        new, changed = [], []
        for code, (hid, *values, is_new) in self.pending.items():
            if is_new:
                new.append((hid, code, *values))
                continue
            stored = self.known[code][1]
            # a household this import wrote already (write_new) has nothing stored to keep
            merged = tuple(values) if code in self.written else self._merge(code, stored, values)
            if merged != stored:
                changed.append((*merged, hid))
        self.steps.insert_many("households", ("id", "code", *self._COLUMNS), new, ver=self.ver)
        self.steps.update_many("households", self._COLUMNS, changed)
        self.created += len(new)
        self.pending = {}

    def _merge(self, code: str, stored: tuple, values: list) -> tuple:
        result, merged, replaced = self.result, [], False
        for field_name, old, new in zip(self._FIELDS, stored, values):
            if new is None or new == old:
                if new is None and old is not None:
                    result.count(result.kept, field_name)
                merged.append(old)
                continue
            merged.append(new)
            if old is None:
                result.count(result.filled, field_name)
            else:
                replaced = True
                shown = (self.areas.name(old), self.areas.name(new)) if field_name == "village" \
                    else (old, new)
                result.count(result.changed, field_name, (code, *shown))
        result.changed_records += replaced
        return tuple(merged)
