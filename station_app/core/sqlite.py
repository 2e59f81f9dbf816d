"""The one SQLite driver of the app: SQLCipher's build of Python's sqlite3 module (the
``sqlcipher3`` wheels, the same DB-API), so that the station database is encrypted at rest
(docs/encryption.md). Import it as ``from station_app.core.sqlite import sqlite3``: its errors
are not the standard library's, so ``except sqlite3.OperationalError`` must name this module's
(tests/test_encryption.py checks that no module imports the standard library's)."""

from sqlcipher3 import dbapi2 as sqlite3

__all__ = ["sqlite3"]

# SQLCipher logs a wrong key's failure (three lines of "ERROR CORE ...") to the terminal; the
# app says it in one line of its own instead. The setting is the whole process's.
_quiet = sqlite3.connect(":memory:")
_quiet.execute("PRAGMA cipher_log_level = NONE")
_quiet.close()
