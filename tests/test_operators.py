"""Operators, PINs, the wrong-PIN lock and the permission table (services/operators.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from station_app.core.permissions import PERMISSIONS, ROLES, NotAllowed, actions_of, require
from station_app.services import operators as ops
from station_app.storage import Database


@pytest.fixture
def db(bare_db_path):
    database = Database.open(bare_db_path)
    yield database
    database.close()


@pytest.fixture
def lead(db):
    return ops.add_operator(db, "Trưởng trạm", "lead", "1111")


def test_pin_is_stored_only_as_a_slow_salted_hash(db, lead):
    other = ops.add_operator(db, "Cán bộ Lan", "staff", "1111", by=lead)
    stored = dict(db.conn.execute("SELECT id, pin_hash FROM operators"))
    assert "1111" not in stored[lead.id] and stored[lead.id].startswith("scrypt$16384$")
    assert stored[lead.id] != stored[other.id]  # salted: same PIN, different hash
    assert ops.check_pin("1111", stored[lead.id]) and not ops.check_pin("1112", stored[lead.id])
    # the PIN appears nowhere in the database file
    assert not db.scalar("SELECT COUNT(*) FROM audit WHERE detail LIKE '%1111%'")


def test_sign_in_by_name_without_diacritics_and_audit(db, lead):
    assert ops.sign_in(db, "truong tram", "1111") == lead
    with pytest.raises(ops.SignInRefused, match="wrong name or PIN"):
        ops.sign_in(db, "Trưởng trạm", "9999")
    with pytest.raises(ops.SignInRefused, match="wrong name or PIN"):
        ops.sign_in(db, "Người lạ", "1111")
    actions = [r["action"] for r in db.query("SELECT action FROM audit ORDER BY rowid")]
    assert actions == ["operator.add", "signin", "signin.failed", "signin.failed"]


def test_repeated_wrong_pins_lock_the_name_for_a_while(db, lead):
    volunteer = ops.add_operator(db, "Tình nguyện viên", "volunteer", "3333", by=lead)
    for _ in range(ops.LOCK_AFTER - 1):
        with pytest.raises(ops.SignInRefused, match="wrong"):
            ops.sign_in(db, "Tình nguyện viên", "0000")
    with pytest.raises(ops.SignInRefused, match="locked until") as refused:
        ops.sign_in(db, "Tình nguyện viên", "0000")
    until = refused.value.locked_until
    # even the right PIN is refused while locked; other names are not affected
    with pytest.raises(ops.SignInRefused, match="locked"):
        ops.sign_in(db, "Tình nguyện viên", "3333")
    assert ops.sign_in(db, "Trưởng trạm", "1111") == lead
    later = until + dt.timedelta(seconds=1)
    assert ops.sign_in(db, "Tình nguyện viên", "3333", now=later) == volunteer
    assert ops.locked_until(db, "Tình nguyện viên") is None  # a success clears the count


def test_first_operator_is_the_lead_and_only_a_lead_adds_operators(db):
    with pytest.raises(ops.OperatorError, match="first operator"):
        ops.add_operator(db, "Lan", "staff", "1234")
    lead = ops.add_operator(db, "Hùng", "lead", "1234")
    staff = ops.add_operator(db, "Lan", "staff", "2345", by=lead)
    with pytest.raises(NotAllowed):
        ops.add_operator(db, "Mai", "volunteer", "3456", by=staff)
    with pytest.raises(ops.OperatorError, match="already exists"):
        ops.add_operator(db, "HUNG", "staff", "3456", by=lead)
    with pytest.raises(ops.OperatorError, match="4 to 12 digits"):
        ops.add_operator(db, "Mai", "volunteer", "12a4", by=lead)
    refused = db.one("SELECT operator, detail FROM audit WHERE action = 'refused'")
    assert refused["operator"] == "Lan" and "operators.manage" in refused["detail"]
    with pytest.raises(ops.OperatorError, match="last lead"):
        ops.set_active(db, lead, lead.id, False)
    ops.set_active(db, lead, staff.id, False)
    with pytest.raises(ops.SignInRefused):
        ops.sign_in(db, "Lan", "2345")


def test_permission_table_follows_the_spec(lead):
    assert set(ROLES) == {"volunteer", "staff", "lead", "hq"}
    require("volunteer", "ticket.issue")
    require("volunteer", "ticket.scan")
    for action in ("intake.record", "resident.view", "roster.import", "export"):
        with pytest.raises(NotAllowed):
            require("volunteer", action)
    require("staff", "intake.record")
    require("staff", "desk.call")
    for action in ("settings.change", "roster.import", "export"):
        with pytest.raises(NotAllowed):
            require("staff", action)
    assert set(actions_of("lead")) < set(actions_of("hq"))  # hq does everything a lead does
    assert set(actions_of("volunteer")) < set(actions_of("staff")) < set(actions_of("lead"))
    with pytest.raises(NotAllowed, match="sign in"):
        require(None, "ticket.issue")
    with pytest.raises(KeyError):
        require("lead", "no.such.action")
    assert all(roles <= set(ROLES) for roles in PERMISSIONS.values())


def test_authorize_records_the_refusal(db, lead):
    volunteer = ops.add_operator(db, "Tình nguyện viên", "volunteer", "3333", by=lead)
    ops.authorize(db, volunteer, "ticket.issue")
    with pytest.raises(NotAllowed):
        ops.authorize(db, volunteer, "intake.record")
    row = db.one("SELECT operator, action, detail FROM audit WHERE action = 'refused'")
    assert row["operator"] == "Tình nguyện viên" and "intake.record" in row["detail"]
