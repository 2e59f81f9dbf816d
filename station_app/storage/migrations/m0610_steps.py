"""Long writes in steps (see storage/steps.py): the long writes under way, the local revs each
of their steps used, and the rows as they were before a step changed them, so that an
unfinished one can be undone. Local only (no ver): never part of a bundle."""


def up(conn):
    # state: 'running' (undone at the next start if its program is gone) or 'done' (only its
    # bookkeeping is left to clear away)
    conn.execute(
        """CREATE TABLE steps_ops (op INTEGER PRIMARY KEY, kind TEXT NOT NULL,
        started_at TEXT NOT NULL, first_rev INTEGER, state TEXT NOT NULL DEFAULT 'running')"""
    )
    conn.execute("CREATE TABLE steps_revs (rev INTEGER PRIMARY KEY, op INTEGER NOT NULL)")
    conn.execute("CREATE INDEX steps_revs_op ON steps_revs (op)")
    # row: the row (or grave) before the op first changed it, as a JSON object
    conn.execute(
        """CREATE TABLE steps_undo (seq INTEGER PRIMARY KEY, op INTEGER NOT NULL,
        tbl TEXT NOT NULL, key TEXT NOT NULL, row TEXT NOT NULL, UNIQUE (op, tbl, key))"""
    )
