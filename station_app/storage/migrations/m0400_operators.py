"""Operators: an index for reading one operator's sign-in attempts back from the audit log (the
wrong-PIN lock) and what an operator did. The ``operators`` table itself is in m0001."""


def up(conn):
    conn.execute("CREATE INDEX audit_operator ON audit (operator, action, at)")
