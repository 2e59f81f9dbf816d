"""The passphrase page before sign-in (ui/passphrase.py), driven with keys as the lead would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from station_app.storage import Database, keys
from station_app.ui.app import install_translators
from station_app.ui.passphrase import PassphraseDialog
from station_app.ui.workers import SyncWorker


@pytest.fixture
def no_passphrase(monkeypatch):
    """A lead at the laptop: nothing in the environment, the page asks."""
    monkeypatch.delenv(keys.PASSPHRASE_ENV)
    monkeypatch.setattr(keys, "_passphrase", None)


@pytest.fixture
def vietnamese(qapp):
    install_translators(qapp, "vi")
    yield
    install_translators(qapp, "en")


def _type(qtbot, field, text: str) -> None:
    """Typed, then Enter (text with diacritics arrives whole, as a Vietnamese input method
    commits it: QTest types ASCII only)."""
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        field.insert(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_the_lead_unlocks_the_station_and_a_pin_or_a_wrong_one_is_refused(
        qtbot, db_path, no_passphrase, vietnamese):
    from conftest import TEST_PASSPHRASE

    dialog = PassphraseDialog(db_path, SyncWorker(db_path), new=False)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.passphrase, "1111")
    assert dialog.error.text() == (
        "Mã PIN của cán bộ không mở được cơ sở dữ liệu của trạm: hãy nhập mật khẩu của trạm "
        "(ít nhất 10 ký tự)")
    assert dialog.isVisible() and dialog.result() == 0
    _type(qtbot, dialog.passphrase, "mat khau sai cua tram")
    assert dialog.error.text().startswith("Sai mật khẩu của trạm")
    assert keys.current_passphrase() is None
    _type(qtbot, dialog.passphrase, TEST_PASSPHRASE)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert keys.current_passphrase() == TEST_PASSPHRASE
    Database.open(db_path).close()  # the workers open it with it now


def test_a_new_station_passphrase_is_typed_twice_and_never_digits(
        qtbot, tmp_path, no_passphrase):
    path = tmp_path / "new.sqlite3"
    dialog = PassphraseDialog(path, SyncWorker(path), new=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "123456")
    _type(qtbot, dialog.again, "123456")
    assert "digits only" in dialog.error.text()
    dialog.passphrase.clear()
    dialog.passphrase.insert("đồng lúa quê hương")
    _type(qtbot, dialog.again, "đồng lúa quê hương!")
    assert dialog.error.text() == "The two passphrases differ."
    _type(qtbot, dialog.again, "đồng lúa quê hương")
    assert dialog.result() == dialog.DialogCode.Accepted
    db = Database.create(path, "XA07", "Trạm mới")  # with the passphrase just chosen
    db.close()
    keys.use_passphrase(None)
    with pytest.raises(keys.PassphraseNeeded):
        Database.open(path)


def test_the_app_opens_with_the_environments_passphrase_and_encrypts_a_plain_station(
        qtbot, roster_db, tmp_path):
    """Start-up (ui/app.open_station) without the page when STATION_APP_PASSPHRASE opens the
    station; a plain database of an earlier version is encrypted there, on the worker."""
    from station_app.ui.app import open_station

    plain = tmp_path / "old.sqlite3"
    roster_db.conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
    roster_db.conn.execute("SELECT sqlcipher_export('plain')")
    roster_db.conn.execute("DETACH DATABASE plain")
    count = roster_db.scalar("SELECT count(*) FROM residents")
    assert plain.read_bytes()[:15] == b"SQLite format 3"
    db = open_station(plain, demo=False)
    try:
        assert db.scalar("SELECT count(*) FROM residents") == count
        assert keys.key_path(plain).is_file() and plain.read_bytes()[:15] != b"SQLite format 3"
    finally:
        db.close()
