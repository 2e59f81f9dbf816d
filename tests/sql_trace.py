"""Which thread runs each SQL statement: the tests that prove the GUI thread runs none."""

import threading

from station_app.core.sqlite import sqlite3


def trace_sql(monkeypatch) -> tuple[list[str], list[str]]:
    """From now on, every statement of every connection opened, as (run on the GUI thread,
    run elsewhere); connections opened before stay untraced."""
    on_gui_thread: list[str] = []
    elsewhere: list[str] = []
    connect = sqlite3.connect

    def traced(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(lambda sql: (
            on_gui_thread if threading.current_thread() is threading.main_thread()
            else elsewhere).append(sql))
        return conn

    monkeypatch.setattr(sqlite3, "connect", traced)
    return on_gui_thread, elsewhere
