"""The host's server on the hall's network (docs/hall-network.md): HTTPS with mutual TLS from
the standard library, one thread per connected laptop, each with its own database connection.

- ``POST /join`` (no client certificate needed): a one-time token from a join code, the laptop's
  certificate and identity; the laptop is enrolled and its certificate trusted from then on.
- ``POST /op`` (enrolled laptops only): one floor action (``OPS``) as the operator signed in on
  that laptop, done here in one transaction, so numbers and calls are one for the station.
- ``POST /sync`` (enrolled laptops only): the laptop's sealed bundle in, ours for it out.

A laptop showing a certificate that is not enrolled fails the TLS handshake; one showing none
may only join; one the lead removed gets 403.
"""

from __future__ import annotations

import http.server
import json
import socket
import ssl
import threading
import time

from station_app.core.dates import now_iso
from station_app.core.permissions import Operator
from station_app.services import floor
from station_app.services.hall import HostRefused, HostUnreachable, own_tls, sync_round, use_token
from station_app.storage import Database
from station_app.sync.bundle import read_header
from station_app.sync.errors import SyncError
from station_app.sync.export import seal_for
from station_app.sync.hall_tls import cert_fingerprint, server_context, trust
from station_app.sync.identity import (
    enrol,
    identity_document,
    identity_from_document,
    local_transaction,
    peer_by_key,
)
from station_app.sync.receive import import_data

__all__ = ["HallServer", "HallRunner", "OPS"]

MAX_BODY = 1 << 30  # a bundle of a whole province's roster fits
IDLE_S = 120  # a kept-alive connection with no request for this long is closed
CONTACT_EVERY_S = 5.0

# op -> (database, operator, arguments) -> JSON-able result
OPS = {
    "issue": lambda db, who, a: floor.issue(db, who, a["queue_code"]),
    "at_table": lambda db, who, a: floor.at_table(db, who, a["text"]),
    "desk_action": lambda db, who, a: floor.desk_action(
        db, who, a["desk"], a["action"], ticket=a.get("ticket"), to_desk=a.get("to_desk")),
    "current_at_desk": lambda db, who, a: floor.current_at_desk(db, who, a["desk"]),
    "start_if_called": lambda db, who, a: floor.start_if_called(db, who, a["ticket_id"]),
    "now_serving": lambda db, who, a: floor.now_serving(db, a.get("recent", 6)),
    "queue_counts": lambda db, who, a: floor.queue_counts(db),
    "queue_status": lambda db, who, a: floor.queue_status(db),
    "today_tickets": lambda db, who, a: floor.today_tickets(db),
    "mark_printed": lambda db, who, a: floor.mark_printed(db, who, a["ticket_id"]),
}


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    hall: HallServer

    def finish_request(self, request, client_address):
        request.settimeout(IDLE_S)
        try:  # the handshake in the connection's own thread: a slow one holds no other
            tls = self.hall.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            return  # refused: a certificate that is not enrolled, or not TLS at all
        with self.hall.lock:
            self.hall.connections.add(tls)
        try:
            self.RequestHandlerClass(tls, client_address, self)
        finally:
            with self.hall.lock:
                self.hall.connections.discard(tls)
            tls.close()


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    db: Database | None = None

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        pass

    def finish(self):
        super().finish()
        if self.db is not None:
            self.db.close()

    def _database(self) -> Database:
        if self.db is None:
            self.db = Database.open(self.server.hall.path)
        return self.db

    def _send(self, status: int, body: bytes, kind: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, data) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False, default=str).encode())

    def _member(self, db: Database) -> dict | None:
        der = self.connection.getpeercert(binary_form=True)
        if not der:
            return None
        return db.one("SELECT * FROM hall_members WHERE fingerprint = ? AND left_at IS NULL",
                      (cert_fingerprint(der),))

    def do_POST(self):  # noqa: N802 (http.server's name)
        try:
            length = int(self.headers.get("Content-Length", 0))
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self.close_connection = True
            return self._json(400, {"error": {"message": "no such request"}})
        body = self.rfile.read(length)
        db = self._database()
        if self.path == "/join":
            return self._join(db, body)
        member = self._member(db)
        if member is None:
            return self._json(403, {"error": {"kind": "refused",
                                              "message": "this laptop is not enrolled here"}})
        self.server.hall.contact(db, member["fingerprint"])
        if self.path == "/op":
            try:
                request = json.loads(body)
                who = Operator(**request["operator"]) if request.get("operator") else None
            except (ValueError, TypeError, KeyError, AttributeError):
                return self._json(400, {"error": {"message": "not a request"}})
            return self._op(db, request, who)
        if self.path == "/sync":
            return self._sync(db, member, body)
        self._json(404, {"error": {"message": "no such request"}})

    def _op(self, db: Database, request: dict, who: Operator | None) -> None:
        action = OPS.get(request.get("op"))
        if action is None:
            return self._json(404, {"error": {"message": f"no operation {request.get('op')}"}})
        try:
            result = action(db, who, request.get("args") or {})
        except Exception as exc:  # told to the laptop that asked, as its own would be
            message = exc.args[0] if exc.args else type(exc).__name__
            error = {"kind": type(exc).__name__, "message": str(message)}
            if hasattr(message, "template"):
                error.update(template=message.template, values=message.values)
            return self._json(409, {"error": error})
        self._json(200, {"result": result})

    def _sync(self, db: Database, member: dict, body: bytes) -> None:
        carried = False
        if body:
            header = read_header(body)
            if header.sender_key != member["key_id"]:
                return self._send(403, b"a bundle of another laptop", "text/plain")
            try:
                import_data(db, body, f"hall:{member['label']}", None)
            except SyncError as exc:
                return self._send(409, str(exc).encode(), "text/plain")
            carried = bool(header.manifest.get("counts"))
        data, facts = seal_for(db, peer_by_key(db, member["key_id"]))
        # nothing new either way: an empty answer (changes received are acknowledged)
        self._send(200, data if facts["counts"] or carried else b"", "application/octet-stream")

    def _join(self, db: Database, body: bytes) -> None:
        try:
            request = json.loads(body)
            if not use_token(db, str(request["token"])):
                return self._json(403, {"error": {"message": "this join code is unknown, used "
                                                  "or expired: make a new one on the host"}})
            identity = identity_from_document(request["identity"], "the laptop's identity")
            if identity.station != db.station:
                return self._json(403, {"error": {"message": f"this host is station "
                                                  f"{db.station}, not {identity.station}"}})
            cert = str(request["cert"]).encode()
            fingerprint = cert_fingerprint(cert)
        except (KeyError, TypeError, ValueError):
            return self._json(400, {"error": {"message": "not a join request"}})
        try:
            enrol(db, identity, Operator("", "hall", "lead"), hall=True)
        except SyncError as exc:  # a key this station revoked, say
            return self._json(403, {"error": {"message": str(exc)}})
        with local_transaction(db) as conn:
            conn.execute(
                "INSERT INTO hall_members (fingerprint, cert, key_id, node, label, joined_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO UPDATE SET"
                " left_at = NULL, label = excluded.label",
                (fingerprint, cert, identity.key_id, identity.node,
                 str(request.get("label") or identity.node)[:80], now_iso()))
        trust(self.server.hall.context, cert)
        self._json(200, {"identity": identity_document(db)})


class HallServer:
    """The host's server for the database at ``path`` (made host with hall.become_host)."""

    def __init__(self, path, address: str = "0.0.0.0", port: int | None = None):
        self.path = path
        db = Database.open(path)
        try:
            me = own_tls(db)
            if me["role"] != "host":
                raise SyncError("this laptop is not the station's host (hall host makes it)")
            certs = [bytes(r["cert"]) for r in db.query(
                "SELECT cert FROM hall_members WHERE left_at IS NULL")]
            self.context = server_context(bytes(me["tls_key"]), bytes(me["tls_cert"]), certs)
            self.httpd = _Server((address, me["port"] if port is None else port), _Handler)
            self.httpd.hall = self
            self.port = self.httpd.server_address[1]
            with local_transaction(db) as conn:  # port 0: the one the system gave
                conn.execute("UPDATE hall_self SET port = ?", (self.port,))
        finally:
            db.close()
        self._contacts: dict[str, float] = {}
        self.lock = threading.Lock()
        self.connections: set = set()  # the laptops' kept-alive connections, closed by stop
        self.thread: threading.Thread | None = None

    def contact(self, db: Database, fingerprint: str) -> None:
        """A laptop's last contact, written at most every few seconds."""
        now = time.monotonic()
        with self.lock:
            if now - self._contacts.get(fingerprint, -CONTACT_EVERY_S) < CONTACT_EVERY_S:
                return
            self._contacts[fingerprint] = now
        with local_transaction(db) as conn:
            conn.execute("UPDATE hall_members SET last_contact = ? WHERE fingerprint = ?",
                         (now_iso(), fingerprint))

    def serve_forever(self) -> None:
        self.httpd.serve_forever(poll_interval=0.2)

    def start(self) -> HallServer:
        self.thread = threading.Thread(target=self.serve_forever, name="hall-server",
                                       daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        with self.lock:
            for tls in self.connections:
                try:
                    tls.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        if self.thread:
            self.thread.join()


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
