"""The demo station a newcomer opens with `make run`."""

from station_app.services.demo import DEMO_HOUSEHOLDS, ensure_demo_station
from station_app.services.search import search_residents
from station_app.storage import Database


def test_demo_station_is_a_working_station(tmp_path, lead):
    path = ensure_demo_station(tmp_path / "demo.sqlite3")
    db = Database.open(path)
    try:
        assert db.scalar("SELECT COUNT(*) FROM households") == DEMO_HOUSEHOLDS
        assert db.scalar("SELECT COUNT(*) FROM residents") > 2 * DEMO_HOUSEHOLDS
        roles = {r["role"] for r in db.query("SELECT role FROM operators")}
        assert {"lead", "staff", "volunteer"} <= roles
        assert db.scalar("SELECT COUNT(*) FROM sessions") >= 14
        assert db.scalar("SELECT COUNT(*) FROM appointments WHERE status = 'invited'") > 0
        assert db.scalar("SELECT COUNT(*) FROM letters") > 0
        assert search_residents(db, "nguyen van", operator=lead)
    finally:
        db.close()
    assert (tmp_path / "demo-letters.pdf").stat().st_size > 0
    assert not list(tmp_path.glob("*.building*"))
    modified = path.stat().st_mtime_ns
    assert ensure_demo_station(path) == path  # the second start opens the same station
    assert path.stat().st_mtime_ns == modified
