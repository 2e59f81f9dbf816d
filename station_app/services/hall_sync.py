"""The app-lifetime hall loop (docs/hall-network.md): while the app is open, a laptop runs the
host's server when it is the host, and a sync round with its host every few seconds when it is
joined. The server itself is services/hall_server.py; a sync round, services/hall.py."""

from __future__ import annotations

import threading

from station_app.services.hall import HostRefused, HostUnreachable, own_tls, sync_round
from station_app.services.hall_server import HallServer
from station_app.storage import Database
from station_app.sync.errors import SyncError

__all__ = ["HallRunner"]


class HallRunner:
    """What a laptop runs in the background while the app is open, in a thread of its own with
    its own connection: the host's server while this laptop is the host, and while it is joined
    to a host a sync round every ``period`` seconds (one that fails is simply tried again at
    the next tick, so the replica catches up by itself when the network is back). It follows
    the role as the hall screen changes it."""

    def __init__(self, path, period: float = 2.0, address: str = "0.0.0.0"):
        self.path, self.period, self.address = path, period, address
        self.server: HallServer | None = None
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="hall", daemon=True)

    def start(self) -> HallRunner:
        self.thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self.thread.join()

    def _run(self) -> None:
        db = Database.open(self.path)
        try:
            while not self._stop.is_set():
                self._tick(db)
                self._stop.wait(self.period)
        finally:
            if self.server:
                self.server.stop()
            db.close()

    def _tick(self, db: Database) -> None:
        role = own_tls(db)["role"]
        if role == "host" and self.server is None:
            try:
                self.server = HallServer(self.path, self.address).start()
            except OSError:  # the port is taken (another copy of the app): try again later
                self.server = None
        elif role != "host" and self.server is not None:
            self.server.stop()
            self.server = None
        if role == "member":
            try:
                sync_round(db)
            except (HostUnreachable, HostRefused, SyncError):
                pass  # the laptop's mark says so; tried again at the next tick
