"""The folders this station last wrote letters, notices, reports and bundles into, so that the
temporary files a killed run left there are removed at the next start (core/files). Local only
(no rev/ver): never part of a bundle."""


def up(conn):
    conn.execute("CREATE TABLE output_folders (folder TEXT PRIMARY KEY, used_at TEXT NOT NULL)")
