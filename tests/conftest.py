"""Shared fixtures. Tests run offscreen (no display needed) against real SQLite files.

A station database with a small synthetic roster is built once per session and copied (through
SQLite's backup API, never as a plain file) for each test that wants one (building is the slow
part), as Anki's tests do. Every test station has the operators of ``cli_helpers.CREW`` but its hq
operator, made only at HQ (fixtures ``crew``, ``lead``, ``staff``, ``volunteer``), and command
lines run as its lead.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cli_helpers import CREW, add_crew  # noqa: E402

from station_app.cli import OPERATOR_ENV, PIN_ENV  # noqa: E402
from station_app.services.demo_roster import write_demo_roster  # noqa: E402
from station_app.services.operators import Operator, find_operator  # noqa: E402
from station_app.services.roster_import import import_roster  # noqa: E402
from station_app.storage import Database, copy_database, keys  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
pytest_plugins = ["pytester"]  # tests of the rules this file sets (test_encryption.py)


@pytest.fixture
def vietnam_time(monkeypatch):
    """Run in Vietnam's time zone: station-days and opening hours are local times."""
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


TEST_PASSPHRASE = "mật khẩu trạm thử nghiệm"


@pytest.fixture(scope="session", autouse=True)
def station_passphrase():
    """Station databases are encrypted (storage/keys.py): command-line tests, the processes
    they start and the session's template stations open them with STATION_APP_PASSPHRASE, as
    an HQ script does (GUI tests go without: ``lead_typed_the_passphrase``); scrypt at a
    test's cost."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv(keys.PASSPHRASE_ENV, TEST_PASSPHRASE)
        env.setattr(keys, "SCRYPT_N", 2 ** 10)
        yield


def is_gui_test(item) -> bool:
    """A test of the windows: in a tests/test_ui_*.py module, or using pytest-qt."""
    return item.path.name.startswith("test_ui_") or not {"qtbot", "qapp"}.isdisjoint(
        item.fixturenames)


def _no_passphrase_in_environment(item) -> None:
    if keys.PASSPHRASE_ENV in os.environ:
        pytest.fail(f"{item.nodeid}: a GUI test ran with {keys.PASSPHRASE_ENV} set; a lead "
                    "has nothing in the environment: type the passphrase on its page "
                    "(ui_floor_helpers.type_passphrase)", pytrace=False)


@pytest.fixture(autouse=True)
def lead_typed_the_passphrase(request):
    """A GUI test runs as the lead's app does: without STATION_APP_PASSPHRASE (removed here;
    the test fails if it is there when its body starts or ends, or at its teardown), the
    station passphrase typed on its page (ui/passphrase.py) and held by this process only: the
    windows' own processes get nothing from the environment. Command-line tests keep the
    variable. (A MonkeyPatch of its own: a fixture's ``monkeypatch.undo()`` keeps it.)"""
    if not is_gui_test(request.node):
        yield
        return
    from ui_floor_helpers import type_passphrase

    from station_app.ui.passphrase import PassphraseDialog
    from station_app.ui.workers import SyncWorker

    qtbot, template = request.getfixturevalue("qtbot"), request.getfixturevalue(
        "_station_template")
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(keys.PASSPHRASE_ENV)
        mp.setattr(keys, "_passphrase", None)
        worker = SyncWorker(template)
        dialog = PassphraseDialog(template, worker, new=False)
        qtbot.addWidget(dialog)
        dialog.show()
        type_passphrase(qtbot, dialog, TEST_PASSPHRASE)
        assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
        worker.stop()
        dialog.close()
        yield
        _no_passphrase_in_environment(request.node)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    gui = is_gui_test(item)
    if gui:
        _no_passphrase_in_environment(item)
    result = yield
    if gui:
        _no_passphrase_in_environment(item)
    return result


@pytest.fixture(scope="session", autouse=True)
def cli_signed_in_as_lead():
    """Commands (in this process and in the processes tests start) act as the lead of the test
    stations, who proves it with the PIN, as an HQ script does."""
    name, _role, pin = CREW[0]
    with pytest.MonkeyPatch.context() as env:
        env.setenv(OPERATOR_ENV, name)
        env.setenv(PIN_ENV, pin)
        yield


@pytest.fixture(scope="session")
def _station_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("station") / "station.sqlite3"
    database = Database.create(path, "XA01", "Trạm UBND xã Hòa Bình")
    add_crew(database)
    database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture(scope="session")
def crew(_station_template) -> dict[str, Operator]:
    """The test stations' operators by role (the first of each: staff is Cán bộ Lan)."""
    database = Database.open(_station_template)
    try:
        found = [find_operator(database, name) for name, role, _pin in CREW if role != "hq"]
    finally:
        database.close()
    return {role: next(o for o in found if o.role == role)
            for role in ("volunteer", "staff", "lead")}


@pytest.fixture
def lead(crew) -> Operator:
    return crew["lead"]


@pytest.fixture
def staff(crew) -> Operator:
    return crew["staff"]


@pytest.fixture
def volunteer(crew) -> Operator:
    return crew["volunteer"]


@pytest.fixture
def bare_db_path(tmp_path) -> Path:
    """Path of a new station database with nobody to sign in yet (station XA01)."""
    path = tmp_path / "bare-station.sqlite3"
    Database.create(path, "XA01", "Trạm UBND xã Hòa Bình").close()
    return path


@pytest.fixture
def db_path(tmp_path, _station_template) -> Path:
    """Path of a new station database (station XA01) with no roster, and the crew."""
    return copy_database(_station_template, tmp_path / "station.sqlite3")


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
def _roster_db_template(tmp_path_factory, _station_template, crew, small_roster) -> Path:
    path = copy_database(_station_template,
                         tmp_path_factory.mktemp("template") / "station.sqlite3")
    database = Database.open(path)
    import_roster(database, small_roster, operator=crew["lead"])
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
    from ui_floor_helpers import Station

    floor = Station(qtbot, roster_db_path, tmp_path)
    yield floor
    floor.close_all()
