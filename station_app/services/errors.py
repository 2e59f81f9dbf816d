"""Errors that mean bad input (shown to the user as one line), gathered for the shells."""

from station_app.services.lookup import NotFound
from station_app.services.roster_files import RosterFileError
from station_app.services.roster_import import ImportCancelled
from station_app.services.search import SearchError
from station_app.storage.transaction import DatabaseBusy

USER_ERRORS: tuple[type[Exception], ...] = (
    RosterFileError, ImportCancelled, SearchError, NotFound, ValueError, PermissionError,
    DatabaseBusy,
)
