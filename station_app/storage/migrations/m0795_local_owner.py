"""Which database recorded each backup and output file (issue 24): ``db`` is the recording
database's file as ``Database.file_id`` gives it (its path, and its device and inode). A copy
of a station database carries its original's records: the end-of-campaign wipe of the copy
must not remove the original's backups, letters and bundles (services/wipe.py). NULL: recorded
before this step, taken as the database's own."""


def up(conn):
    conn.execute("ALTER TABLE backups ADD COLUMN db TEXT")
    conn.execute("ALTER TABLE output_files ADD COLUMN db TEXT")
