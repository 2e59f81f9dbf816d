"""Starting a worker process (the second core for a big roster import or letter batch)."""

from __future__ import annotations

import multiprocessing
import os
import threading

__all__ = ["worker_context"]


def worker_context() -> multiprocessing.context.BaseContext:
    """fork where it is safe: on POSIX while this process has no other thread (a fork copies
    the locks other threads may hold); it starts at once. Otherwise spawn, a fresh interpreter
    (Windows, and a GUI with its threads): the entry points guard ``__main__`` and call
    ``freeze_support`` for the packaged app."""
    method = "fork" if os.name == "posix" and threading.active_count() == 1 else "spawn"
    return multiprocessing.get_context(method)
