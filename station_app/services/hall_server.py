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
import select
import socket
import ssl
import sys
import threading
import time
from dataclasses import dataclass

from station_app.core.dates import now_iso
from station_app.core.permissions import Operator
from station_app.services import floor
from station_app.services.hall import own_tls, use_token
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

__all__ = ["HallServer", "OPS", "Limits"]

CONTACT_EVERY_S = 5.0


@dataclass(frozen=True)
class Limits:
    """What one client may hold of the host (docs/hall-network.md, "Limits"). A client is
    checked before its body is read: a body over its route's limit, or a request to a route
    that needs an enrolled laptop from a client without one, is refused unread."""

    request_s: float = 30.0  # one request, headers and body; a guest's whole connection
    idle_s: float = 120.0  # an enrolled laptop's kept-alive connection between two requests
    guests: int = 16  # connections not known to be an enrolled laptop's (joining, handshaking)
    members: int = 64  # enrolled laptops' connections (a station has a handful of laptops)
    join_body: int = 16 * 1024
    op_body: int = 64 * 1024
    sync_body: int = 1 << 30  # a bundle of a whole province's roster fits

    def body(self, route: str) -> int | None:
        return {"/join": self.join_body, "/op": self.op_body, "/sync": self.sync_body}.get(route)


# op -> (database, operator, arguments) -> JSON-able result
OPS = {
    "issue": lambda db, who, a: floor.issue(db, a["queue_code"],
                                            household_id=a.get("household_id"), operator=who),
    "at_table": lambda db, who, a: floor.at_table(db, a["text"], operator=who),
    "desk_action": lambda db, who, a: floor.desk_action(
        db, a["desk"], a["action"], ticket=a.get("ticket"), to_desk=a.get("to_desk"), operator=who),
    "current_at_desk": lambda db, who, a: floor.current_at_desk(db, a["desk"], operator=who),
    "start_if_called": lambda db, who, a: floor.start_if_called(db, a["ticket_id"], operator=who),
    "now_serving": lambda db, who, a: floor.now_serving(db, a.get("recent", 6)),
    "queue_counts": lambda db, who, a: floor.queue_counts(db),
    "queue_status": lambda db, who, a: floor.queue_status(db),
    "today_tickets": lambda db, who, a: floor.today_tickets(db),
    "mark_printed": lambda db, who, a: floor.mark_printed(db, a["ticket_id"], operator=who),
}


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:200]


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64
    hall: HallServer

    def process_request(self, request, client_address):
        # a thread only for a connection within the limit; the others are closed at once
        if not self.hall.admit("guests"):
            self.hall.log(client_address, "refused: too many connections not yet identified")
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def finish_request(self, request, client_address):
        hall, limits = self.hall, self.hall.limits
        kind = "guests"
        try:
            request.settimeout(limits.request_s)
            tls = hall.context.wrap_socket(request, server_side=True,
                                           do_handshake_on_connect=False)
        except (ssl.SSLError, OSError) as exc:
            hall.leave(kind)
            return hall.log(client_address, f"refused: {_reason(exc)}")
        # the handshake and, for a client without a certificate, its one request: within
        # request_s in all (the watchdog closes it), however slowly its bytes come
        hall.watch(tls, limits.request_s)
        try:
            try:
                tls.do_handshake()
            except (ssl.SSLError, OSError) as exc:  # a certificate not enrolled, not TLS, slow
                return hall.log(client_address, f"refused at the handshake: {_reason(exc)}")
            if tls.getpeercert(binary_form=True):  # one the handshake found enrolled
                hall.leave(kind)
                kind = None
                if not hall.admit("members"):
                    return hall.log(client_address, "refused: too many enrolled connections")
                kind = "members"
                tls.settimeout(limits.idle_s)
            handler = self.RequestHandlerClass(tls, client_address, self)
            if handler.unread:
                _linger(tls)
        finally:
            hall.unwatch(tls)
            if kind:
                hall.leave(kind)
            tls.close()

    def handle_error(self, request, client_address):
        # a client that went away mid-request, or a fault: one line, never a traceback
        self.hall.log(client_address, f"closed: {_reason(sys.exc_info()[1])}")


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    db: Database | None = None
    unread = False  # refused with its body unread

    def log_request(self, code="-", size="-"):
        pass

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        self.server.hall.log(self.client_address, format % args)

    def setup(self):
        super().setup()
        self.member_cert = self.connection.getpeercert(binary_form=True)

    def handle_one_request(self):
        hall = self.server.hall
        if self.member_cert:  # a kept-alive connection waits for its next request ...
            hall.watch(self.connection, hall.limits.idle_s)
            if not (self.connection.pending() or select.select(
                    [self.connection], [], [], hall.limits.idle_s)[0]):
                self.close_connection = True
                return
            hall.watch(self.connection, hall.limits.request_s)  # ... which comes whole in time
        super().handle_one_request()

    def finish(self):
        try:
            super().finish()
        finally:
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
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, data) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False, default=str).encode())

    def _refuse(self, status: int, message: str, kind: str = "refused") -> None:
        """Answered without reading the body, and the connection closed."""
        self.server.hall.log(self.client_address, f"{status} {self.path}: {message}")
        self.close_connection = self.unread = True
        self._json(status, {"error": {"kind": kind, "message": message}})

    def _member(self, db: Database) -> dict | None:
        return db.one("SELECT * FROM hall_members WHERE fingerprint = ? AND left_at IS NULL",
                      (cert_fingerprint(self.member_cert),))

    def do_GET(self):  # noqa: N802
        self._refuse(405, "only POST /join, /op and /sync are served", "bad request")

    do_PUT = do_DELETE = do_HEAD = do_GET

    def do_POST(self):  # noqa: N802 (http.server's name)
        if not self.member_cert:
            self.close_connection = True  # a guest makes one request per connection
        limit = self.server.hall.limits.body(self.path)
        if limit is None:
            return self._refuse(404, "no such request", "bad request")
        if self.path != "/join" and not self.member_cert:
            return self._refuse(403, "this laptop is not enrolled here")
        if self.headers.get("Transfer-Encoding"):
            return self._refuse(411, "a body needs Content-Length", "bad request")
        try:
            length = int(self.headers.get("Content-Length", 0))
        except ValueError:
            length = -1
        if length < 0:
            return self._refuse(400, "bad Content-Length", "bad request")
        if length > limit:
            return self._refuse(413, f"a body of {self.path} is at most {limit} bytes",
                                "bad request")
        db = self._database()
        member = None
        if self.member_cert:
            member = self._member(db)
            if member is None:  # removed by the lead (its certificate is trusted until restart)
                return self._refuse(403, "this laptop is not enrolled here")
        body = self.rfile.read(length)
        if len(body) < length:
            self.close_connection = True
            return self.server.hall.log(self.client_address,
                                        f"closed: the body of {self.path} ended early")
        if self.path == "/join":
            return self._join(db, body)
        self.server.hall.contact(db, member["fingerprint"])
        if self.path == "/op":
            try:
                request = json.loads(body)
                who = Operator(**request["operator"]) if request.get("operator") else None
            except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
                return self._refuse(400, "not a request", "bad request")
            return self._op(db, request, who)
        return self._sync(db, member, body)

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
            try:
                header = read_header(body)
                if header.sender_key != member["key_id"]:
                    return self._send(403, b"a bundle of another laptop", "text/plain")
                import_data(db, body, f"hall:{member['label']}", None)
            except SyncError as exc:
                self.server.hall.log(self.client_address, f"409 /sync: {_reason(exc)}")
                return self._send(409, str(exc).encode(), "text/plain")
            carried = bool(header.manifest.get("counts"))
        data, facts = seal_for(db, peer_by_key(db, member["key_id"]))
        # nothing new either way: an empty answer (changes received are acknowledged)
        self._send(200, data if facts["counts"] or carried else b"", "application/octet-stream")

    def _join(self, db: Database, body: bytes) -> None:
        try:
            request = json.loads(body)
            token, document = str(request["token"]), request["identity"]
            cert = str(request["cert"]).encode()
            fingerprint = cert_fingerprint(cert)
            trust(ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT), cert)  # a certificate ssl can load
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError, ssl.SSLError):
            return self._refuse(400, "not a join request", "bad request")
        if not use_token(db, token):
            return self._refuse(403, "this join code is unknown, used or expired: make a new "
                                "one on the host")
        try:
            identity = identity_from_document(document, "the laptop's identity")
            if identity.station != db.station:
                return self._refuse(403, f"this host is station {db.station}, not "
                                    f"{identity.station}")
            enrol(db, identity, hall=True, operator=Operator("", "hall", "lead"))
        except SyncError as exc:  # not an identity, a key this station revoked, say
            return self._refuse(403, str(exc))
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

    def __init__(self, path, address: str = "0.0.0.0", port: int | None = None,
                 limits: Limits = Limits()):
        self.path, self.limits = path, limits
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
        self.counts = {"guests": 0, "members": 0}
        self.deadlines: dict[ssl.SSLSocket, float] = {}  # every open connection: closed then
        self.thread: threading.Thread | None = None
        self._stopped = threading.Event()

    def log(self, client, text: str) -> None:
        """One line on standard error per refused or broken request."""
        address = client[0] if isinstance(client, tuple) else client
        sys.stderr.write(f"{now_iso()[:19]} hall {address}: {text}\n")

    def admit(self, kind: str) -> bool:
        with self.lock:
            if self.counts[kind] >= getattr(self.limits, kind):
                return False
            self.counts[kind] += 1
            return True

    def leave(self, kind: str) -> None:
        with self.lock:
            self.counts[kind] -= 1

    def watch(self, tls: ssl.SSLSocket, seconds: float) -> None:
        with self.lock:
            self.deadlines[tls] = time.monotonic() + seconds

    def unwatch(self, tls: ssl.SSLSocket) -> None:
        with self.lock:
            self.deadlines.pop(tls, None)

    def _watchdog(self) -> None:
        """Closes each connection past its deadline: a client sending a byte a second is cut
        at the deadline, not at each read's timeout."""
        step = min(1.0, self.limits.request_s / 4)
        while not self._stopped.wait(step):
            now = time.monotonic()
            with self.lock:
                late = [tls for tls, end in self.deadlines.items() if end <= now]
                for tls in late:
                    del self.deadlines[tls]
            for tls in late:
                self.log(tls_peer(tls), "closed: the request took too long")
                _cut(tls)

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
        threading.Thread(target=self._watchdog, name="hall-watchdog", daemon=True).start()
        return self

    def stop(self) -> None:
        self._stopped.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        with self.lock:
            for tls in self.deadlines:
                _cut(tls)
        if self.thread:
            self.thread.join()


def _cut(tls: ssl.SSLSocket) -> None:
    """Ends a connection another thread may be reading: the socket's own shutdown, not the
    TLS layer's (which is not safe across threads)."""
    try:
        socket.socket.shutdown(tls, socket.SHUT_RDWR)
    except OSError:
        pass


def _linger(tls: ssl.SSLSocket, seconds: float = 2.0, most: int = 1 << 20) -> None:
    """After a refusal with the body unread: end our side, then drop what the client still
    sends for a moment (at most ``most`` bytes), so that closing does not reset the
    connection before the client has read the answer."""
    try:
        socket.socket.shutdown(tls, socket.SHUT_WR)
        tls.settimeout(seconds / 4)
        end, got = time.monotonic() + seconds, 0
        while time.monotonic() < end and got < most:
            data = socket.socket.recv(tls, 65536)
            if not data:
                break
            got += len(data)
    except OSError:
        pass


def tls_peer(tls: ssl.SSLSocket) -> str:
    try:
        return tls.getpeername()[0]
    except OSError:
        return "?"
