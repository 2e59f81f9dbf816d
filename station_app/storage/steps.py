"""Long writes (a roster import, a big merge) that never make the floor wait (SPEC §8).

Decision (docs/long-writes.md):

- A long write that has the database to itself (no other program has it open: SQLite lets a
  connection leave WAL mode only then) stays one transaction, the fastest way.
- Otherwise it is applied in **steps**: transactions, each an ordinary ``Database.write()``
  with its own rev. When a floor writer (ticket, desk) waits for the lock (it says so by
  touching the ``-steps`` file beside the database), the step is **rolled back**, not
  committed: the floor goes in at once, without waiting for the step's pages to be written,
  and the step is then redone (``Steps.do``). A step's length adapts: it doubles after each
  commit (up to MAX_STEP_SECONDS) and halves after each rollback; one that short
  (MIN_STEP_SECONDS), or that cannot be redone, is committed when the floor asks.
- Where the driver allows it (``core.sqlite.cache_flusher``), a step **writes its pages
  ahead** into the WAL every FLUSH_SECONDS, uncommitted, and syncs them every SYNC_SECONDS:
  its commit then has only the last few rows' pages to write, so a floor writer that comes
  while a step commits waits for that little instead of the whole step's pages.
- Each step records its rev (``steps_revs``) and, before it changes or deletes a row or a
  grave, that row as it was (``steps_undo``). The last step marks the long write done, in the
  same transaction as its last rows.
- A long write that did not finish is undone: at once when it is cancelled or fails, at the
  next ``Database.open`` (or long write) when its program was killed (while it runs, the
  program holds an OS lock on the ``-steps`` file; the OS drops it with the program). The undo
  deletes what the long write's revs wrote and puts back the rows as they were, in short
  steps too. A row the floor changed since keeps the floor's version, and a record that later
  floor work refers to (an intake's resident, a ticket's household) stays.
- While a long write runs, an export leaves out every change from its first rev on, and a
  second long write is refused.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from station_app.core.dates import now_iso, show_moment
from station_app.core.sqlite import cache_flusher
from station_app.storage.changes import mark_reread
from station_app.storage.transaction import database_file, transaction

if TYPE_CHECKING:
    from station_app.storage.db import Database, Writer

__all__ = ["Steps", "LongWriteBusy", "long_write", "recover", "running_since",
           "steps_path", "STEP_SECONDS", "MIN_STEP_SECONDS", "MAX_STEP_SECONDS", "BATCH_ROWS",
           "STEP_ROWS"]

# A step's length: it starts at STEP_SECONDS and adapts between these two. Longer steps (0.5 s)
# made the import faster but each commit and checkpoint heavier, and the floor waited for
# that I/O far longer (docs/long-writes.md, measured): short steps.
STEP_SECONDS = 0.05
MIN_STEP_SECONDS = 0.005  # after the floor interrupted steps (redone steps that short commit)
MAX_STEP_SECONDS = 0.05   # while nobody asks
BATCH_ROWS = 10      # rows written between two looks at the floor (a look is one stat)
FLUSH_SECONDS = 0.002  # how often a step writes its pages ahead into the WAL
SYNC_SECONDS = 0.02  # how often a step written ahead syncs the WAL
CHECKPOINT_PAGES = 4096  # the WAL a long write lets grow before copying it back (16 MiB)
STEP_ROWS = 0        # tests: end a step after this many rows (0: no such limit)
UNDO_ROWS = 2000     # rows deleted or put back per undo step
FLOOR_QUIET_NS = 3_000_000  # the floor is done when nobody has waited for this long
YIELD_SECONDS = 1.0  # the longest a long write stands aside for the floor at one time

# A record a long write created stays when floor work done meanwhile refers to it:
# (table referring, column). Undone in this order, after every other table.
REFERRED = {
    "residents": (("intakes", "resident_id"), ("appointments", "resident_id")),
    "households": (("residents", "household_id"), ("tickets", "household_id"),
                   ("appointments", "household_id"), ("letters", "household_id")),
    "areas": (("households", "village_id"), ("areas", "parent_id")),
}
_NOT_SYNCED = {"graves", "meta", "migrations"}
_OP_REVS = "SELECT rev FROM steps_revs WHERE op = ?"


class LongWriteBusy(Exception):
    """Another roster import or merge is under way on this database."""


def steps_path(db_path: Path) -> Path:
    return Path(f"{db_path}-steps")


class _OwnerLock:
    """An OS lock on the -steps file, held by the program running a long write (or undoing
    one). Per open file, so two connections of one program exclude each other too."""

    def __init__(self, db_path: Path):
        # held open while locked; the user's alone, like the database
        fd = os.open(steps_path(db_path), os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        self.file = os.fdopen(fd, "a+b")

    def take(self) -> bool:
        try:
            if os.name == "nt":
                import msvcrt

                self.file.seek(0)
                msvcrt.locking(self.file.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(self.file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def release(self) -> None:
        self.file.close()  # closing drops the lock


class _Floor:
    """Whether a floor writer is waiting for the lock (it touches the -steps file while it
    waits), and standing aside until it is done."""

    def __init__(self, db_path: Path):
        self.path = steps_path(db_path)
        self.seen = self.touched()

    def touched(self) -> int:
        try:
            return os.stat(self.path).st_mtime_ns
        except OSError:
            return 0

    def waiting(self) -> bool:
        return self.touched() > self.seen

    def let_in(self) -> None:
        """Stand aside while floor writers wait (each touches the file every POLL_SECONDS)."""
        if not self.waiting():
            return
        until = time.monotonic() + YIELD_SECONDS
        while time.monotonic() < until:
            time.sleep(0.001)
            if time.time_ns() - self.touched() > FLOOR_QUIET_NS:
                break
        self.seen = self.touched()


def _synced(conn) -> list[str]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    found = []
    for name in names:
        cols = {r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')}
        if name not in _NOT_SYNCED and {"id", "rev", "ver"} <= cols:
            found.append(name)
    return found


def _json_row(conn, table: str) -> str:
    cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    return "json_object(" + ", ".join(f"'{c}', \"{c}\"" for c in cols) + ")"


class _Preempted(Exception):
    """Rolls back a step that the floor interrupted (it is redone after the floor's write)."""


class Steps:
    """The writer of a long write (one transaction when it is alone, else steps).

    Write through ``do(fn)`` (and ``insert_many``, ``update_many``, which use it): ``fn(w)``
    runs in the current step with its Writer ``w``. When a floor writer asks for the lock in
    the middle of a step, the step is **rolled back** (instant: nothing of it was written) and
    its ``fn`` calls are run again after the floor's write, in a new step with a new Writer; so
    ``fn`` must depend only on its arguments, ``w`` and the database, and must set (not add to)
    any result it keeps. Call ``pause()`` where a step may end. Code that takes ``w`` itself
    (outside ``do``) makes the current step one that cannot be redone, as does ``new_id()``:
    it is committed at the next place a step may end."""

    def __init__(self, db: Database, op: int | None, writer: Writer | None = None,
                 action: str | None = None, operator: str | None = None,
                 detail: dict | None = None):
        self.db = db
        self.op = op
        self._w = writer
        self._cm: Any = None
        self._audit = (action, detail) if action else None
        self.operator = operator
        self.revs: list[int] = [writer.rev] if writer else []
        self.count = 0          # steps committed
        self.rollbacks = 0      # steps rolled back for the floor (and redone)
        self.longest = 0.0      # seconds the longest step held the lock
        self.budget = STEP_SECONDS  # the current step's length (adapts: see _check)
        self._floor = _Floor(db.path)
        self._log: list[tuple[Callable[[Writer], Any], int]] = []  # the open step's do() calls
        self._pending: deque[tuple[Callable[[Writer], Any], int]] = deque()  # to redo
        self._pinned = False    # the open step cannot be redone (see the class docstring)
        # in steps: the step's pages written ahead into the WAL as it goes (see _write_ahead)
        self._flush_pages = (cache_flusher(db.conn, database_file(db.conn)) if op is not None
                             else None)
        self._wal: int | None = None
        self._synced = self._flushed = 0.0

    @property
    def stepped(self) -> bool:
        return self.op is not None

    @property
    def w(self) -> Writer:
        """The current step's Writer, for writes of the caller's own: this step then commits
        whole (see the class docstring)."""
        self._flush()
        self._pinned = True
        return self._step()

    def _step(self) -> Writer:
        if self._w is None:
            self._open_step()
        return self._w

    def new_id(self) -> str:
        """A new id (the step that hands it out is committed, never redone: a floor write in
        between would be given the same id)."""
        return self.w.new_id()

    def _open_step(self) -> None:
        self._cm = self.db.write(None, self.operator, floor=False)
        w = self._w = self._cm.__enter__()
        self._started = time.monotonic()
        self._rows = 0
        self._log = []
        self._pinned = False
        self.db.conn.execute("INSERT INTO steps_revs (rev, op) VALUES (?, ?)", (w.rev, self.op))
        if not self.revs:
            self.db.conn.execute("UPDATE steps_ops SET first_rev = ? WHERE op = ?",
                                 (w.rev, self.op))
            if self._audit:
                w.audit(*self._audit)
                self._pinned = True  # the audit entry took an id
        self.revs.append(w.rev)

    def _commit(self) -> None:
        cm, self._cm, self._w = self._cm, None, None
        cm.__exit__(None, None, None)
        self._log = []
        self.count += 1
        self.longest = max(self.longest, time.monotonic() - self._started)

    def _write_ahead(self) -> None:
        """Write the pages the step has changed so far into the WAL and onto the disk, still
        uncommitted (a rollback or a kill undoes them as before): the step's commit then has
        only the last FLUSH_SECONDS of pages left to encrypt, write and sync, and a floor
        writer that asks during a commit waits for that, not for the whole step's pages."""
        # a failure (a full disk) leaves SQLite's pager in error: the step's next statement
        # or its commit raises it, and the long write is undone as for any other error
        self._flush_pages()
        self._flushed = time.monotonic()
        if self._wal is None:
            self._wal = os.open(f"{self.db.path}-wal", os.O_RDWR)
        if time.monotonic() - self._synced > SYNC_SECONDS:
            os.fsync(self._wal)
            self._synced = time.monotonic()

    def close(self) -> None:
        if self._wal is not None:
            os.close(self._wal)  # no lock of SQLite's is on the WAL file itself
            self._wal = None

    def _rollback(self) -> None:
        """Roll the open step back and keep its do() calls to redo, first."""
        cm, self._cm, self._w = self._cm, None, None
        exc = _Preempted()
        cm.__exit__(_Preempted, exc, None)
        self.revs.pop()
        self._pending.extendleft(reversed(self._log))
        self._log = []
        self.rollbacks += 1

    def do(self, fn: Callable[[Writer], Any], rows: int = 0) -> None:
        """Run ``fn(w)`` in the current step (``rows``: how many rows it writes); in steps,
        the step may then end (see pause)."""
        if not self.stepped:
            fn(self._w)
            return
        self._pending.append((fn, rows))
        self._flush()

    def _flush(self) -> None:
        """Run the do() calls waiting (redone after a rollback, or just given)."""
        while self._pending:
            fn, rows = self._pending.popleft()
            w = self._step()
            self._log.append((fn, rows))
            fn(w)
            self._rows += rows
            self._check()

    def _check(self) -> bool:
        """End the open step if a floor writer waits (it goes first) or the step has run its
        length. Returns whether it ended."""
        if self._w is None:
            return False
        elapsed = time.monotonic() - self._started
        waiting = self._floor.waiting()
        if self._pinned or (waiting and self.budget <= MIN_STEP_SECONDS):
            # one that cannot be redone ends at once (a floor that asks waits the least), and
            # one that short gains nothing from a rollback
            self._commit()
        elif waiting:
            # nothing committed (pages written ahead are dropped): the floor goes in at once
            self._rollback()
            self.budget = max(min(self.budget, elapsed) / 2, MIN_STEP_SECONDS)
        elif self._flush_pages and time.monotonic() - self._flushed >= FLUSH_SECONDS:
            self._write_ahead()
        if waiting:
            self._floor.let_in()
            return True
        if self._w is None:
            return True
        if elapsed >= self.budget or (STEP_ROWS and self._rows >= STEP_ROWS):
            self._commit()
            self.budget = min(self.budget * 2, MAX_STEP_SECONDS)
            return True
        return False

    def pause(self, rows: int = 0) -> bool:
        """A place where the current step may end: when it has run its length, or a floor
        writer waits (then it goes first). Returns whether it ended."""
        if self._w is None or not self.stepped:
            return False
        self._rows += rows
        return self._check()

    def release(self) -> None:
        """End the current step now (in steps), before reads that need no lock."""
        if not self.stepped:
            return
        self._flush()
        if self._w is not None:
            self._commit()
            self._floor.let_in()

    def _batches(self, rows) -> Iterator[list]:
        rows = list(rows)
        size = min(BATCH_ROWS, STEP_ROWS or BATCH_ROWS)
        for start in range(0, len(rows), size):
            yield rows[start:start + size]

    def insert_many(self, table: str, columns: Sequence[str], rows,
                    ver: str | None = None) -> None:
        if not self.stepped:
            self.w.insert_many(table, columns, rows, ver)
            return
        for batch in self._batches(rows):
            self.do(lambda w, batch=batch: w.insert_many(table, columns, batch, ver), len(batch))

    def update_many(self, table: str, columns: Sequence[str], rows) -> None:
        """Rows of (values in ``columns`` order..., id), as Writer.update_many."""
        if not self.stepped:
            self.w.update_many(table, columns, rows)
            return
        for batch in self._batches(rows):
            self.do(lambda w, batch=batch: self._update(w, table, columns, batch), len(batch))

    def _update(self, w: Writer, table: str, columns: Sequence[str], batch: list) -> None:
        self.save(table, "SELECT value FROM json_each(?)", (_json_list(b[-1] for b in batch),))
        w.update_many(table, columns, batch)

    def save(self, table: str, ids_sql: str, params: Sequence = ()) -> None:
        """Keep the rows of ``table`` whose id ``ids_sql`` selects as they are now, for the
        undo (only the first time this long write changes them)."""
        if not self.stepped:
            return
        self._step()
        self.db.conn.execute(
            f"INSERT OR IGNORE INTO steps_undo (op, tbl, key, row) SELECT ?, ?, id, "
            f'{_json_row(self.db.conn, table)} FROM main."{table}" WHERE id IN ({ids_sql})'
            f" AND rev NOT IN ({_OP_REVS})", (self.op, table, *params, self.op))

    def save_graves(self, table: str, ids_sql: str, params: Sequence = ()) -> None:
        """The same for the graves of ``table`` whose id ``ids_sql`` selects."""
        if not self.stepped:
            return
        self._step()
        self.db.conn.execute(
            "INSERT OR IGNORE INTO steps_undo (op, tbl, key, row) SELECT ?, 'graves',"
            " tbl || char(31) || id, json_object('tbl', tbl, 'id', id, 'rev', rev, 'ver', ver)"
            f" FROM main.graves WHERE tbl = ? AND id IN ({ids_sql}) AND rev NOT IN ({_OP_REVS})",
            (self.op, table, *params, self.op))

    def _done(self) -> None:
        self._flush()
        self._step()  # the last step, open at least for this
        self.db.conn.execute("UPDATE steps_ops SET state = 'done' WHERE op = ?", (self.op,))
        self._commit()

    def _abandon(self, exc: BaseException) -> None:
        self._pending.clear()
        if self._cm is not None:
            cm, self._cm, self._w = self._cm, None, None
            cm.__exit__(type(exc), exc, exc.__traceback__)


def _json_list(values) -> str:
    import json

    return json.dumps(list(values))


@contextmanager
def long_write(db: Database, kind: str, action: str | None = None,
               operator: str | None = None, detail: dict | None = None,
               first_load: bool = False) -> Iterator[Steps]:
    """A long write: one transaction when the database is ours alone, else in steps (see the
    module's docstring). ``first_load``: a load into a nearly empty database, which, when
    alone, is written under a rollback journal (Database.bulk_load)."""
    if db.scalar("SELECT 1 FROM steps_ops LIMIT 1"):
        lock = _OwnerLock(db.path)
        try:
            if not lock.take():
                raise LongWriteBusy(running_message(db))
            _finish_leftovers(db)  # we hold the lock: their programs are gone
        finally:
            lock.release()
    if _alone(db):  # nobody else has the database open: no lock file needed
        with db.bulk_load(first_load), db.write(action, operator, detail) as w:
            yield Steps(db, None, w)
        return
    lock = _OwnerLock(db.path)
    try:
        if not lock.take():
            raise LongWriteBusy(running_message(db))
        with transaction(db.conn):
            op = db.conn.execute("INSERT INTO steps_ops (kind, started_at) VALUES (?, ?)",
                                 (kind, now_iso())).lastrowid
        steps = Steps(db, op, None, action, operator, detail)
        # Steps commit with synchronous FULL, as the floor does, and this connection copies
        # the WAL back into the database (outside the lock) every CHECKPOINT_PAGES, below the
        # floor's own threshold: a floor commit never syncs nor copies a step's pages.
        autocheckpoint = db.scalar("PRAGMA wal_autocheckpoint")
        db.conn.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
        try:
            with db.bulk_load():
                yield steps
                steps._done()
        except BaseException as exc:
            steps._abandon(exc)
            _undo(db, op)
            _clear(db, op)
            raise
        finally:
            steps.close()
            db.conn.execute(f"PRAGMA wal_autocheckpoint = {autocheckpoint}")
        _clear(db, op)
    finally:
        lock.release()


def _alone(db: Database) -> bool:
    """Whether no other connection has the database open (SQLite leaves WAL mode only then)."""
    try:
        if db.conn.execute("PRAGMA main.journal_mode = DELETE").fetchone()[0] != "delete":
            return False
    except Exception:  # noqa: BLE001 (sqlite3.OperationalError: busy)
        return False
    db.conn.execute("PRAGMA main.journal_mode = WAL")
    return True


def running_since(db: Database) -> int | None:
    """The first rev of the long writes under way (or left unfinished), if any: an export
    stops before it."""
    return db.scalar("SELECT min(first_rev) FROM steps_ops WHERE state = 'running'")


def running_message(db: Database) -> str:
    row = db.one("SELECT kind, started_at FROM steps_ops WHERE state = 'running'"
                 " ORDER BY op LIMIT 1")
    if row:
        return (f"another {row['kind']} is under way on this database (started "
                f"{show_moment(row['started_at'], seconds=True)}); try again when it has finished")
    return "another roster import or merge is under way on this database; try again later"


def recover(db: Database) -> None:
    """At open: undo the long writes whose program is gone, clear away finished ones."""
    if not db.scalar("SELECT 1 FROM steps_ops LIMIT 1"):
        return
    lock = _OwnerLock(db.path)
    try:
        if lock.take():
            _finish_leftovers(db)
    finally:
        lock.release()


def _finish_leftovers(db: Database) -> None:
    for op, state in db.conn.execute("SELECT op, state FROM steps_ops ORDER BY op").fetchall():
        if state == "running":
            _undo(db, op)
        _clear(db, op)


def _undo(db: Database, op: int) -> None:
    """Undo what long write ``op`` wrote, in short steps: rows its revs wrote are deleted
    (except records later floor work refers to), the rows it changed are put back as they were
    (unless the floor changed them since), and the graves likewise."""
    conn = db.conn
    floor = _Floor(db.path)
    tables = [t for t in _synced(conn) if conn.execute(
        f'SELECT 1 FROM "{t}" WHERE rev IN ({_OP_REVS}) LIMIT 1', (op,)).fetchone()
        or conn.execute("SELECT 1 FROM steps_undo WHERE op = ? AND tbl = ? LIMIT 1",
                        (op, t)).fetchone()]
    tables.sort(key=lambda t: list(REFERRED).index(t) + 1 if t in REFERRED else 0)
    for t in tables:
        kept = "".join(f' AND id NOT IN (SELECT "{c}" FROM "{r}" WHERE "{c}" IS NOT NULL)'
                       for r, c in REFERRED.get(t, ()))
        while True:  # delete what the long write left (its own changes are put back below)
            floor.let_in()
            with db.write(floor=False) as w:
                n = conn.execute(
                    f'DELETE FROM "{t}" WHERE id IN (SELECT id FROM "{t}" WHERE rev IN'
                    f" ({_OP_REVS}) AND (id IN (SELECT key FROM steps_undo WHERE op = ?"
                    f" AND tbl = ?) OR (true{kept})) LIMIT ?)", (op, op, t, UNDO_ROWS)).rowcount
                conn.execute("DELETE FROM graves WHERE rev = ?", (w.rev,))  # the triggers'
            if n == 0:
                break
        cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')]
        values = ", ".join(f"json_extract(row, '$.\"{c}\"')" for c in cols)
        _put_back(db, op, t, f'INSERT INTO "{t}" ({", ".join(cols)}) SELECT {values}'
                  f' FROM steps_undo u WHERE seq IN ({{seqs}}) AND NOT EXISTS'
                  f' (SELECT 1 FROM "{t}" x WHERE x.id = u.key)', floor)
    while True:
        floor.let_in()
        with db.write(floor=False):
            n = conn.execute(f"DELETE FROM graves WHERE (tbl, id) IN (SELECT tbl, id FROM graves"
                             f" WHERE rev IN ({_OP_REVS}) LIMIT ?)", (op, UNDO_ROWS)).rowcount
        if n == 0:
            break
    _put_back(db, op, "graves", "INSERT OR IGNORE INTO graves (tbl, id, rev, ver) SELECT"
              " json_extract(row, '$.tbl'), json_extract(row, '$.id'), json_extract(row,"
              " '$.rev'), json_extract(row, '$.ver') FROM steps_undo WHERE seq IN ({seqs})", floor)
    with transaction(conn):
        conn.execute(f"DELETE FROM sync_merges WHERE rev IN ({_OP_REVS})", (op,))
        conn.execute("UPDATE steps_ops SET state = 'undone' WHERE op = ?", (op,))
        mark_reread(conn)  # rows put back keep their old rev, rows deleted left no grave


def _put_back(db: Database, op: int, table: str, sql: str, floor: _Floor) -> None:
    conn = db.conn
    while True:
        floor.let_in()
        with db.write(floor=False):
            seqs = [r[0] for r in conn.execute(
                "SELECT seq FROM steps_undo WHERE op = ? AND tbl = ? ORDER BY seq LIMIT ?",
                (op, table, UNDO_ROWS))]
            if not seqs:
                return
            marks = ", ".join("?" * len(seqs))
            conn.execute(sql.format(seqs=marks), seqs)
            conn.execute(f"DELETE FROM steps_undo WHERE seq IN ({marks})", seqs)


def _clear(db: Database, op: int) -> None:
    """Clear away the bookkeeping of a finished or undone long write, in short transactions."""
    conn = db.conn
    while True:
        with transaction(conn):
            n = conn.execute("DELETE FROM steps_undo WHERE seq IN (SELECT seq FROM steps_undo"
                             " WHERE op = ? LIMIT ?)", (op, UNDO_ROWS * 5)).rowcount
        if n == 0:
            break
    with transaction(conn):
        conn.execute("DELETE FROM steps_revs WHERE op = ?", (op,))
        conn.execute("DELETE FROM steps_ops WHERE op = ?", (op,))
