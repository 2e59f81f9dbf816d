"""Enrolling a key for a station code already enrolled (issue 16, point 7): a replaced HQ
laptop, say. It is never accepted silently: the service refuses naming both keys unless told
to replace, the command line refuses in one line with both fingerprints (the same digits that
`identity show` prints on each laptop) unless --replace, and a replacement revokes the old key,
recorded in the audit."""

from __future__ import annotations

import json

import pytest
from cli_helpers import add_crew, lead_of, run, run_json

from station_app.storage import Database
from station_app.sync import (
    BundleRefused,
    EnrolmentReplaces,
    create_keys,
    enrol,
    export_bundle,
    fingerprint,
    import_bundle,
    peers,
    read_identity_file,
    write_identity_file,
)


@pytest.fixture
def laptops(tmp_path):
    """Station XA01 with HQ enrolled; HQ's old laptop and its replacement (code HQ too), each
    with XA01 enrolled; their identity files."""
    made = {}
    for name, code, hq in (("xa01", "XA01", False), ("old", "HQ", True), ("new", "HQ", True)):
        db = Database.create(tmp_path / f"{name}.sqlite3", code, f"Máy {name}", hq=hq)
        create_keys(db)
        add_crew(db)
        write_identity_file(db, tmp_path / f"{name}.id", operator=lead_of(db))
        made[name] = db
    for name in ("old", "new"):
        enrol(made[name], read_identity_file(tmp_path / "xa01.id"), operator=lead_of(made[name]))
    enrol(made["xa01"], read_identity_file(tmp_path / "old.id"), operator=lead_of(made["xa01"]))
    made["dir"] = tmp_path
    yield made
    for name in ("xa01", "old", "new"):
        made[name].close()


def _peers(db: Database) -> list[tuple]:
    return [(p.station, p.key_id, p.revoked_at is not None) for p in peers(db)]


def test_a_second_key_for_an_enrolled_code_is_refused_unless_replacing(laptops):
    xa01, old, new, folder = laptops["xa01"], laptops["old"], laptops["new"], laptops["dir"]
    identity = read_identity_file(folder / "new.id")
    before = _peers(xa01)
    with pytest.raises(EnrolmentReplaces) as refused:
        enrol(xa01, identity, operator=lead_of(xa01))
    message = str(refused.value)
    assert fingerprint(old.scalar("SELECT key_id FROM sync_keys")) in message
    assert fingerprint(identity.key_id) in message
    assert _peers(xa01) == before  # nothing enrolled: the next export still goes to the old HQ
    assert export_bundle(xa01, folder / "up.bundle", operator=lead_of(xa01)).recipient_key == \
        old.scalar("SELECT key_id FROM sync_keys")

    peer, newly = enrol(xa01, identity, replace=True, operator=lead_of(xa01))
    assert newly and peer.key_id == identity.key_id
    old_key = old.scalar("SELECT key_id FROM sync_keys")
    assert sorted(_peers(xa01)) == sorted([("HQ", old_key, True), ("HQ", identity.key_id, False)])
    audit = xa01.one("SELECT operator, detail FROM audit WHERE action = 'replace_peer'")
    assert audit["operator"] == "Trưởng trạm"
    assert json.loads(audit["detail"])["replaces"] == [old_key]
    # the next export goes to the new HQ, which reads it; the old HQ's bundles are refused
    sent = export_bundle(xa01, folder / "up2.bundle", operator=lead_of(xa01))
    assert sent.recipient_key == identity.key_id
    assert import_bundle(new, folder / "up2.bundle", operator=lead_of(new)).status == "applied"
    export_bundle(old, folder / "from-old.bundle", to="XA01", operator=lead_of(old))
    with pytest.raises(BundleRefused) as stale:
        import_bundle(xa01, folder / "from-old.bundle", operator=lead_of(xa01))
    assert stale.value.reason == "revoked sender"


def test_the_command_line_shows_both_fingerprints_and_replaces_only_when_told(laptops, capsys):
    xa01, old, new, folder = laptops["xa01"], laptops["old"], laptops["new"], laptops["dir"]
    shown = {name: run_json(capsys, "identity", "show", "--db", laptops[name].path)
             for name in ("old", "new")}
    for name, db in (("old", old), ("new", new)):
        digits = fingerprint(db.scalar("SELECT key_id FROM sync_keys"))
        assert shown[name]["fingerprint"] == digits
        assert len(digits.split()) == 8 and all(len(g) == 5 and g.isdigit()
                                                for g in digits.split())
        code, out, _ = run(capsys, "identity", "show", "--db", db.path)
        assert code == 0 and f"fingerprint {digits}" in out
        code, out, _ = run(capsys, "identity", "export", "--db", db.path,
                           "--out", folder / f"{name}-again.id")
        assert code == 0 and f"fingerprint {digits}" in out
    before = _peers(xa01)
    code, out, err = run(capsys, "enrol", folder / "new.id", "--db", xa01.path)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert shown["old"]["fingerprint"] in err and shown["new"]["fingerprint"] in err
    assert "--replace" in err
    assert _peers(xa01) == before
    code, out, err = run(capsys, "enrol", folder / "new.id", "--db", xa01.path, "--replace")
    assert code == 0, err
    assert f"fingerprint {shown['new']['fingerprint']}" in out
    assert f"revoked the key with fingerprint {shown['old']['fingerprint']}" in out
    assert [p.revoked_at is None for p in peers(xa01)
            if p.key_id == shown["old"]["key_id"]] == [False]
    # enrolling the same file again changes nothing and needs no --replace
    again = run_json(capsys, "enrol", folder / "new.id", "--db", xa01.path)
    assert again["enrolled"] is False and again["replaced"] == []
