"""core.processes.call_in_process: a function run in a process of its own gives back its result
or its exception (a translatable Message intact), and each of its progress reports is answered
by the caller's progress (False: it stops)."""

from __future__ import annotations

import os

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
