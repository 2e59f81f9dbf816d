"""core.processes.call_in_process: a function run in a process of its own gives back its result
or its exception (a translatable Message intact), and each of its progress reports is answered
by the caller's progress (False: it stops)."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from station_app.core.messages import Message
from station_app.core.processes import call_in_process


class Stopped(Exception):
    pass


def count_to(n: int, progress) -> dict:
    """Report 0..n-1, stop when told; the answer names the process it ran in."""
    for i in range(n):
        if progress(i, n) is False:
            raise Stopped(Message("stopped at {i} of {n}", i=i, n=n))
    return {"pid": os.getpid(), "counted": n}


def test_result_progress_and_stop():
    seen = []
    result = call_in_process(count_to, 5, progress=lambda d, t: seen.append((d, t)))
    assert result["pid"] != os.getpid() and result["counted"] == 5
    assert seen == [(0, 5), (1, 5), (2, 5), (3, 5), (4, 5)]
    seen.clear()
    with pytest.raises(Stopped) as caught:
        call_in_process(count_to, 1000, progress=lambda d, t: seen.append(d) or d < 3)
    assert seen == [0, 1, 2, 3]  # the process heard the first False, at once
    message = caught.value.args[0]
    assert isinstance(message, Message) and message.template == "stopped at {i} of {n}"
    assert message.values == {"i": 3, "n": 1000}



def what_the_process_sees(db_path, key: bytes, progress) -> dict:
    """The station opened with the key it was given; this process's command line and
    environment as other programs may read them (/proc)."""
    from station_app.storage import Database, keys

    db = Database.open(db_path, key)
    db.close()
    return {"station": db.station, "passphrase": keys.current_passphrase(),
            "environ": repr(dict(os.environ)).encode(),
            "proc": Path("/proc/self/environ").read_bytes() + Path(
                "/proc/self/cmdline").read_bytes()}


@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="reads /proc")
@pytest.mark.parametrize("caller", ["a window's worker thread", "the main thread"])
def test_a_process_opens_the_station_with_the_key_its_parent_gives_it_and_nothing_else(
        db, monkeypatch, caller):
    """As the Letters screen's process (issue 22): the key reaches it through the pipe that
    starts it (spawn, from a window's thread; fork copies memory), never through its command
    line or environment; nothing there or in its memory opens the station without it."""
    from conftest import TEST_PASSPHRASE

    from station_app.storage import keys

    monkeypatch.delenv(keys.PASSPHRASE_ENV)
    monkeypatch.setattr(keys, "_passphrase", None)
    answers = []

    def call() -> None:
        answers.append(call_in_process(what_the_process_sees, db.path, db.key))

    if caller == "the main thread":
        call()
    else:
        thread = threading.Thread(target=call)  # the GUI's case: spawn, a fresh interpreter
        thread.start()
        thread.join()
    seen = answers[0]
    assert seen["station"] == db.station and seen["passphrase"] is None
    for secret in (db.key, db.key.hex().encode(), db.key.hex().upper().encode(),
                   TEST_PASSPHRASE.encode()):
        assert secret not in seen["environ"] and secret not in seen["proc"]
