"""A station of several laptops on the loopback network for the tests: the host's server in a
process of its own (``Host``), desk laptops with their own databases joined to it, a TCP relay
that the tests cut to take a laptop off the network (``Relay``), and desk processes that call
as fast as they can (``DESK_LOOP``)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path

from cli_helpers import CREW, add_crew, lead_of

from station_app.services import hall
from station_app.storage import Database

# A desk laptop calling as fast as it can: call next, finish, again; it stops once the host
# has issued ``total`` tickets and has none waiting. Prints the ids it called, one a line.
DESK_LOOP = r"""
import sys
import time
from station_app.services import floor, hall, queue
from station_app.services.operators import find_operator
from station_app.storage import Database

path, desk, total = sys.argv[1], sys.argv[2], int(sys.argv[3])
db = Database.open(path)
staff = find_operator(db, "Cán bộ Lan")
while True:
    try:
        ticket = floor.desk_action(db, desk, "call_next", operator=staff)
    except hall.HostUnreachable:
        time.sleep(0.05)  # the host is restarting: ask again
        continue
    except queue.DeskBusy:  # the call was done but its answer lost with the host
        ticket = floor.current_at_desk(db, desk, operator=staff)
    if ticket is None:
        counts = floor.queue_counts(db)
        if sum(q["issued"] for q in counts["queues"]) >= total and counts["waiting"] == 0:
            break
        continue
    print(ticket["id"], flush=True)
    while True:
        try:
            floor.desk_action(db, desk, "finish", operator=staff)
            break
        except hall.HostUnreachable:
            time.sleep(0.05)
            continue
        except queue.QueueError:  # finished, but the answer was lost with the host
            break
"""

# The ticket table on the host laptop: issues ``total`` tickets, printing each id.
ISSUE_LOOP = r"""
import sys
from station_app.services import floor
from station_app.services.operators import find_operator
from station_app.storage import Database

db = Database.open(sys.argv[1])
volunteer = find_operator(db, "Tình nguyện viên Hà")
for _ in range(int(sys.argv[2])):
    print(floor.issue(db, "walk_in", operator=volunteer)["id"], flush=True)
"""


def new_laptop(path: Path) -> Path:
    """A laptop of station XA01 with its own database (its own node) and the crew."""
    db = Database.create(path, "XA01", "Trạm UBND xã Hòa Bình")
    add_crew(db)
    db.close()
    return path


class Host:
    """``station-app hall serve`` on the host's database, in a process of its own."""

    def __init__(self, path: Path, *extra: str, stderr=None):
        self.path, self.extra, self.stderr = path, extra, stderr
        db = Database.open(path)
        try:
            if not hall.own_tls(db)["role"]:
                hall.become_host(db, 0, operator=lead_of(db))
        finally:
            db.close()
        self.proc: subprocess.Popen | None = None
        self.port = 0

    def start(self) -> Host:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "station_app", "hall", "serve", "--db", str(self.path),
             "--address", "127.0.0.1", *self.extra], stdout=subprocess.PIPE, text=True,
            stderr=self.stderr,
            env={**os.environ, "STATION_APP_OPERATOR": CREW[0][0],
                 "STATION_APP_PIN": CREW[0][2]})
        line = self.proc.stdout.readline()
        assert line.startswith("serving on"), line
        self.port = int(line.rsplit(":", 1)[1])
        return self

    def kill(self) -> None:
        """As a power cut would: no chance to finish anything."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)

    def code(self, address_port: tuple[str, int] | None = None) -> str:
        """A join code; ``address_port`` names a relay to reach the host through."""
        db = Database.open(self.path)
        try:
            code = hall.new_join_code(db, "127.0.0.1", operator=lead_of(db))
        finally:
            db.close()
        if address_port:
            parts = code.split("|")
            parts[1], parts[2] = address_port[0], str(address_port[1])
            code = "|".join(parts)
        return code


def join(path: Path, code: str, label: str) -> dict:
    db = Database.open(path)
    try:
        return hall.join(db, code, label, operator=lead_of(db))
    finally:
        db.close()


class Relay:
    """A TCP relay on 127.0.0.1 to ``port``: ``cut()`` drops every connection and refuses new
    ones (the laptop's cable pulled), ``mend()`` lets them through again."""

    def __init__(self, port: int):
        self.target = port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open = threading.Event()
        self.open.set()
        self.links: list[socket.socket] = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.open.is_set():
                client.close()
                continue
            try:
                server = socket.create_connection(("127.0.0.1", self.target))
            except OSError:
                client.close()
                continue
            with self.lock:
                self.links += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(a: socket.socket, b: socket.socket) -> None:
        try:
            while data := a.recv(65536):
                b.sendall(data)
        except OSError:
            pass
        for s in (a, b):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def cut(self) -> None:
        self.open.clear()
        with self.lock:
            for s in self.links:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
            self.links.clear()

    def mend(self) -> None:
        self.open.set()

    def close(self) -> None:
        self.cut()
        self.listener.close()
