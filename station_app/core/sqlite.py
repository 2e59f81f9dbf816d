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


def cache_flusher(conn: sqlite3.Connection, main_file: str):
    """A function that writes the pages the open transaction of ``conn`` has changed into the
    WAL without committing it (SQLite's ``sqlite3_db_cacheflush``; a rollback still undoes
    them), so that the commit that follows has little left to write; or None where the
    driver does not export that function (the caller then simply does without).

    The DB-API does not give the connection's ``sqlite3 *``: it is the first field after the
    object's header, in this driver as in the standard library's, and is used only once
    ``sqlite3_db_filename`` has named through it ``main_file``, the file the connection has
    open (``storage.transaction.database_file``)."""
    import ctypes
    import os

    from sqlcipher3 import _sqlite3

    try:
        library = ctypes.CDLL(_sqlite3.__file__)
        flush, filename = library.sqlite3_db_cacheflush, library.sqlite3_db_filename
    except (OSError, AttributeError):  # not exported (a Windows build): no early writes
        return None
    handle = ctypes.c_void_p.from_address(id(conn) + object.__basicsize__).value
    filename.restype, filename.argtypes = ctypes.c_char_p, [ctypes.c_void_p, ctypes.c_char_p]
    if not main_file or not handle or filename(handle, b"main") != os.fsencode(main_file):
        return None
    flush.restype, flush.argtypes = ctypes.c_int, [ctypes.c_void_p]
    return lambda: flush(handle)
