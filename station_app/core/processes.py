"""Starting a worker process (the second core for a big roster import or letter batch), and
calling a function in one (a window's long job that should not hold its Python)."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable

__all__ = ["worker_context", "call_in_process"]


def worker_context() -> multiprocessing.context.BaseContext:
    """fork where it is safe: on POSIX while this process has no other thread (a fork copies
    the locks other threads may hold); it starts at once. Otherwise spawn, a fresh interpreter
    (Windows, and a GUI with its threads): the entry points guard ``__main__`` and call
    ``freeze_support`` for the packaged app."""
    method = "fork" if os.name == "posix" and threading.active_count() == 1 else "spawn"
    return multiprocessing.get_context(method)


def call_in_process(func: Callable, *args, progress: Callable[[int, int], bool | None] | None
                    = None, **kwargs):
    """``func(*args, progress=..., **kwargs)`` in a process of its own; its result, or its
    exception raised here. Each ``progress(done, total)`` of the process is answered by
    ``progress`` called here (False: stop). A window's task calls this so that Python-heavy
    work (thousands of letters) never holds the window's interpreter lock: its timers and
    repaints keep their time. The process runs at a lower priority (``BACKGROUND_NICE``).
    ``args`` reach it through the pipe that starts it (pickled; fork copies them), never its
    command line or environment: a ``func`` that opens the station takes its data key there
    (services.letters.print_letters_at), as this process's passphrase never leaves it."""
    context = worker_context()
    here, there = context.Pipe()
    child = context.Process(target=_child, args=(there, func, args, kwargs))
    child.start()
    there.close()
    try:
        while True:
            try:
                kind, value = here.recv()
            except EOFError:
                child.join()
                raise RuntimeError(f"the worker process ended without an answer "
                                   f"(exit code {child.exitcode})") from None
            if kind == "progress":
                here.send(not progress or progress(*value) is not False)
            elif kind == "done":
                return value
            else:
                raise value
    finally:
        here.close()
        child.join()


BACKGROUND_NICE = 5  # a window's long job yields the processor to the window (and the floor)


def _child(pipe, func: Callable, args: tuple, kwargs: dict) -> None:
    if hasattr(os, "nice"):  # POSIX; its own worker processes inherit it
        os.nice(BACKGROUND_NICE)

    def progress(done: int, total: int) -> bool:
        pipe.send(("progress", (done, total)))
        return pipe.recv()

    try:
        answer = ("done", func(*args, progress=progress, **kwargs))
    except Exception as exc:
        answer = ("error", exc)
    try:
        pipe.send(answer)
    except Exception as exc:  # an answer that cannot be pickled: said as text
        pipe.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}; {answer[1]!r}")))
    pipe.close()
