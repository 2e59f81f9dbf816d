"""Shared fixtures. Tests run offscreen (no display needed) against real SQLite files.

A station database with a small synthetic roster is built once per session and copied (through
SQLite's backup API, never as a plain file) for each test that wants one (building is the slow
part), as Anki's tests do.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from station_app.services.demo_roster import write_demo_roster  # noqa: E402
from station_app.services.roster_import import import_roster  # noqa: E402
from station_app.storage import Database, copy_database  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def vietnam_time(monkeypatch):
    """Run in Vietnam's time zone: station-days and opening hours are local times."""
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def db_path(tmp_path) -> Path:
    """Path of a new, empty station database (station XA01)."""
    path = tmp_path / "station.sqlite3"
    Database.create(path, "XA01", "Trạm UBND xã Hòa Bình").close()
    return path


@pytest.fixture
def db(db_path):
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def small_roster(tmp_path_factory) -> Path:
    """A synthetic roster CSV of 300 households (about 1,100 residents), seed 7."""
    path = tmp_path_factory.mktemp("roster") / "roster.csv"
    write_demo_roster(path, households=300, seed=7)
    return path


@pytest.fixture(scope="session")
def _roster_db_template(tmp_path_factory, small_roster) -> Path:
    path = tmp_path_factory.mktemp("template") / "station.sqlite3"
    database = Database.create(path, "XA01", "Trạm UBND xã Hòa Bình")
    import_roster(database, small_roster, operator="test")
    database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture
def roster_db_path(tmp_path, _roster_db_template) -> Path:
    """Path of a station database (XA01) holding the small roster; a fresh copy per test."""
    path = tmp_path / "roster-station.sqlite3"
    return copy_database(_roster_db_template, path)


@pytest.fixture
def roster_db(roster_db_path):
    database = Database.open(roster_db_path)
    yield database
    database.close()


@pytest.fixture
def station(qtbot, roster_db_path, tmp_path):
    """The station floor on screen: the small roster, its operators, windows opened as the
    application opens them (see ui_floor_helpers.Station)."""
    from ui_floor_helpers import Station, add_operators

    add_operators(roster_db_path)
    floor = Station(qtbot, roster_db_path, tmp_path)
    yield floor
    floor.close_all()
