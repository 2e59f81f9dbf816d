"""The station database: opening, migrations, and the one place where writes happen."""

from station_app.storage.db import (
    Database,
    NotAStationDatabase,
    Writer,
    copy_database,
    default_db_path,
    move_database,
)

__all__ = ["Database", "NotAStationDatabase", "Writer", "copy_database", "default_db_path",
           "move_database"]
