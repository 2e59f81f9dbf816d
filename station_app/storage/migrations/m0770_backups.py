"""Backups and the files the station wrote. Local only (no rev/ver): never part of a bundle.

``backup_settings``: where this station's backups go and how many are kept (a lead's choice).
``backups``: the backup files taken (kind 'backup') and the files a restore put aside (kind
'aside'), so that the end-of-campaign wipe finds them. ``output_files``: every letter, notice,
report, ticket or bundle file written (``Database.note_output``), for the same wipe."""


def up(conn):
    conn.execute("CREATE TABLE backup_settings (key TEXT PRIMARY KEY, value)")
    conn.execute("CREATE TABLE backups (path TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                 "taken_at TEXT NOT NULL)")
    conn.execute("CREATE TABLE output_files (path TEXT PRIMARY KEY, written_at TEXT NOT NULL)")
