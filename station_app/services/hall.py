"""One station, several laptops on the hall's network (docs/hall-network.md): this laptop as
the host or as a laptop joined to it, the join code, and the client a joined laptop uses.

A joined laptop asks the host for what must be one for the whole station (a ticket's number,
call next, every desk action, what the display shows) and keeps its own database as a replica,
exchanging sealed bundles with the host (``sync_round``: the same change log and checks as a
bundle on a USB stick). While the host cannot be reached those requests raise
``HostUnreachable`` and everything else (search, intake) goes on locally; the next round catches
up. The server side is services/hall_server.py.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import json
import secrets
import socket
import ssl
import threading
import time

from station_app.core.dates import now_iso
from station_app.core.messages import Message
from station_app.core.permissions import Operator
from station_app.core.queueing import HALL_PORT
from station_app.services.operators import authorize
from station_app.services.queue import QueueError
from station_app.storage import Database
from station_app.sync.errors import SyncError
from station_app.sync.export import seal_for
from station_app.sync.hall_tls import (
    cert_fingerprint,
    client_context,
    join_code,
    make_certificate,
    read_join_code,
)
from station_app.sync.identity import (
    enrol,
    identity_document,
    identity_from_document,
    local_transaction,
    peer_by_key,
)
from station_app.sync.receive import import_data

__all__ = ["HostUnreachable", "HostRefused", "DEFAULT_PORT", "own_tls", "become_host",
           "new_join_code", "members", "remove_member", "join", "leave", "status", "host_of",
           "ask", "sync_round", "lan_address", "TIMEOUT_S", "wait_for_host"]

DEFAULT_PORT = HALL_PORT
TOKEN_MINUTES = 30
TIMEOUT_S = 3.0
CONTACT_EVERY_S = 5.0  # last contact is written at most this often


class HostUnreachable(QueueError):
    """The host laptop cannot be reached (network down, host closed)."""

    def __init__(self):
        super().__init__(Message(
            "the host laptop cannot be reached: a new number, calling and the display need it "
            "(searches and intakes go on here); this resumes by itself when it is back"))


class HostRefused(QueueError):
    """The host answered with an error: ``kind`` is the error's class name there."""

    def __init__(self, kind: str, message: str):
        self.kind = kind
        super().__init__(message)


# -- this laptop's TLS identity and role --------------------------------------------------------
def own_tls(db: Database) -> dict:
    """This laptop's row of hall_self, its TLS key and certificate made on first use."""
    row = db.one("SELECT * FROM hall_self")
    if row is None:
        key, cert = make_certificate(f"{db.station} {db.node}")
        with local_transaction(db) as conn:
            conn.execute("INSERT OR IGNORE INTO hall_self (one, tls_key, tls_cert)"
                         " VALUES (1, ?, ?)", (key, cert))
        row = db.one("SELECT * FROM hall_self")
    return row


def host_of(db: Database) -> dict | None:
    """The host this laptop joined (address, port, certificate, key id), or None."""
    row = db.one("SELECT * FROM hall_self WHERE role = 'member'")
    return row


def become_host(db: Database, port: int = DEFAULT_PORT, *, operator: Operator | None) -> dict:
    """Make this laptop the station's host (on ``port``; 0: any free port, chosen when the
    server starts)."""
    authorize(db, operator, "hall.manage")
    own_tls(db)
    identity_document(db)  # its sync keys, made now if the database predates them
    if host_of(db):
        raise SyncError(Message("this laptop is joined to a host: leave it first"))
    with local_transaction(db) as conn:
        conn.execute("UPDATE hall_self SET role = 'host', port = ?", (port,))
    return own_tls(db)


def lan_address() -> str:
    """This laptop's address on the hall's network as others reach it (no packet is sent)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        return probe.getsockname()[0]
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


def new_join_code(db: Database, address: str | None = None, minutes: int = TOKEN_MINUTES, *,
                  operator: Operator | None) -> str:
    """A join code for one more laptop: this host's address and port, its certificate's
    fingerprint and a one-time token valid ``minutes``."""
    authorize(db, operator, "hall.manage")
    me = own_tls(db)
    if me["role"] != "host" or not me["port"]:
        raise SyncError(Message("make this laptop the host first"))
    token = secrets.token_urlsafe(12)
    now = dt.datetime.now(dt.timezone.utc)
    with local_transaction(db) as conn:
        conn.execute("INSERT INTO hall_tokens (token_hash, made_at, expires_at) VALUES (?, ?, ?)",
                     (_hash(token), now.isoformat(),
                      (now + dt.timedelta(minutes=minutes)).isoformat()))
    return join_code(address or lan_address(), me["port"], cert_fingerprint(me["tls_cert"]),
                     token)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def use_token(db: Database, token: str) -> bool:
    """Spend a join token once (on the host); False when unknown, used or expired."""
    now = dt.datetime.now(dt.timezone.utc).isoformat()
    with local_transaction(db) as conn:
        cur = conn.execute("UPDATE hall_tokens SET used_at = ? WHERE token_hash = ?"
                           " AND used_at IS NULL AND expires_at > ?", (now, _hash(token), now))
        return cur.rowcount == 1


def members(db: Database) -> list[dict]:
    """The laptops enrolled with this host, with each one's last contact."""
    return db.query("SELECT fingerprint, node, label, joined_at, last_contact, left_at"
                    " FROM hall_members ORDER BY left_at IS NOT NULL, joined_at")


def remove_member(db: Database, fingerprint: str, *, operator: Operator | None) -> None:
    """The host serves that laptop no more (it can join again with a new code)."""
    authorize(db, operator, "hall.manage")
    with local_transaction(db) as conn:
        conn.execute("UPDATE hall_members SET left_at = ? WHERE fingerprint = ?",
                     (now_iso(), fingerprint))


def status(db: Database) -> dict:
    """What the hall screen and the 'without host' mark show."""
    me = own_tls(db)
    result = {"role": me["role"], "fingerprint": cert_fingerprint(me["tls_cert"]),
              "port": me["port"], "members": [], "host": None, "reachable": None}
    if me["role"] == "host":
        result["members"] = members(db)
    elif me["role"] == "member":
        result["host"] = f"{me['host_address']}:{me['host_port']}"
        result["last_contact"] = me["last_contact"]
        result["reachable"] = not me["last_failure"]
    return result


# -- the client ---------------------------------------------------------------------------------
class _Client:
    """One kept-alive TLS connection to the host (a connection belongs to one thread)."""

    def __init__(self, host: dict, key: bytes, cert: bytes):
        self.address, self.port = host["host_address"], host["host_port"]
        self.host_cert = bytes(host["host_cert"])
        self.context = client_context(key, cert, self.host_cert)
        self.conn: http.client.HTTPSConnection | None = None

    def post(self, path: str, body: bytes, kind: str = "application/json") -> tuple[int, bytes]:
        for attempt in (1, 2):  # a kept-alive connection the host closed: once more, fresh
            if self.conn is None:
                self.conn = http.client.HTTPSConnection(self.address, self.port,
                                                        timeout=TIMEOUT_S, context=self.context)
            try:
                self.conn.request("POST", path, body, {"Content-Type": kind})
                response = self.conn.getresponse()
                return response.status, response.read()
            except (OSError, http.client.HTTPException) as exc:
                self.close()
                if attempt == 2 or isinstance(exc, (TimeoutError, ssl.SSLError,
                                                    ConnectionRefusedError)):
                    raise HostUnreachable() from None
        raise HostUnreachable()

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


_clients = threading.local()


def _client(db: Database, host: dict) -> _Client:
    key = (str(db.path), host["host_address"], host["host_port"], host["host_key_id"])
    client = getattr(_clients, "by_db", {}).get(key)
    if client is None:
        me = own_tls(db)
        client = _Client(host, bytes(me["tls_key"]), bytes(me["tls_cert"]))
        _clients.__dict__.setdefault("by_db", {})[key] = client
    return client


def _contact(db: Database, ok: bool) -> None:
    """Remember the last contact with the host (at most every few seconds) and whether the
    last attempt failed (the 'without host' mark)."""
    row = db.one("SELECT last_contact, last_failure FROM hall_self")
    now = now_iso()
    if ok:
        last = row["last_contact"]
        stale = not last or (dt.datetime.fromisoformat(now) - dt.datetime.fromisoformat(last)
                             ).total_seconds() >= CONTACT_EVERY_S
        if stale or row["last_failure"]:
            with local_transaction(db) as conn:
                conn.execute("UPDATE hall_self SET last_contact = ?, last_failure = NULL", (now,))
    elif not row["last_failure"]:
        with local_transaction(db) as conn:
            conn.execute("UPDATE hall_self SET last_failure = ?", (now,))


def _post(db: Database, host: dict, path: str, body: bytes,
          kind: str = "application/json") -> tuple[int, bytes]:
    try:
        answer = _client(db, host).post(path, body, kind)
    except HostUnreachable:
        _contact(db, False)
        raise
    _contact(db, True)
    return answer


def ask(db: Database, op: str, *, operator: Operator | None, **args) -> object:
    """Have the host do ``op`` (services/hall_server.OPS) as ``operator``; its result."""
    host = host_of(db)
    who = {"id": operator.id, "name": operator.name, "role": operator.role} if operator else None
    status_code, body = _post(db, host, "/op", json.dumps(
        {"op": op, "operator": who, "args": args}, default=str).encode())
    answer = json.loads(body)
    if status_code != 200:
        error = answer.get("error", {})
        text = (Message(error["template"], **error.get("values", {}))
                if error.get("template") else error.get("message", "refused by the host"))
        raise HostRefused(error.get("kind", ""), text)
    return answer["result"]


_sent_acks: dict[tuple[str, str], int] = {}  # (database, host key) -> last ack sent


_rounds: dict[str, threading.Lock] = {}
_rounds_lock = threading.Lock()


def sync_round(db: Database) -> dict:
    """One exchange with the host: our changes it may lack go there, its changes we may lack
    come back, each as a sealed bundle merged like one from a USB stick. A side with no change
    and no new acknowledgement sends nothing (the log of bundles stays short). Returns the
    counts of each side's changes. One round at a time from a laptop: the background rounds
    and a desk's round before an intake would otherwise meet at the host, which refuses a
    second merge while one is under way (the intake refused with it)."""
    with _rounds_lock:
        lock = _rounds.setdefault(str(db.path), threading.Lock())
    with lock:
        return _sync_round(db)


def _sync_round(db: Database) -> dict:
    host = host_of(db)
    if host is None:
        raise SyncError(Message("this laptop has not joined a host"))
    peer = peer_by_key(db, host["host_key_id"])
    data, facts = seal_for(db, peer)
    key = (str(db.path), host["host_key_id"])
    send = bool(facts["counts"]) or _sent_acks.get(key) != facts["ack"]
    status_code, body = _post(db, host, "/sync", data if send else b"",
                              "application/octet-stream")
    if status_code != 200:
        raise HostRefused("sync", body.decode(errors="replace"))
    if send:
        _sent_acks[key] = facts["ack"]
    received = 0
    if body:
        received = import_data(db, body, "hall:host", None).changes
    return {"sent": sum(c["rows"] + c["graves"] for c in facts["counts"].values()) if send
            else 0, "received": received}


# -- joining and leaving ------------------------------------------------------------------------
def join(db: Database, code: str, label: str = "", *, operator: Operator | None) -> dict:
    """Join the host of the join code ``code``: check the host's certificate against the
    code's fingerprint, send the one-time token with this laptop's certificate and identity,
    enrol the host's, then fetch the station's records (the first sync round)."""
    actor = authorize(db, operator, "hall.manage")
    found = read_join_code(code)
    me = own_tls(db)
    if me["role"] == "host":
        raise SyncError(Message("this laptop is the host; it cannot join another"))
    body = json.dumps({"token": found.token, "cert": bytes(me["tls_cert"]).decode(),
                       "identity": identity_document(db),
                       "label": label or f"{db.station} {db.node}"}).encode()
    context = client_context(None, None, None)
    conn = http.client.HTTPSConnection(found.address, found.port, timeout=TIMEOUT_S,
                                       context=context)
    try:
        conn.connect()
        host_cert = conn.sock.getpeercert(binary_form=True)
        if cert_fingerprint(host_cert) != found.fingerprint:
            raise SyncError(Message(
                "the laptop at {address} is not the host of this join code (its key differs):"
                " nothing was sent", address=found.address))
        conn.request("POST", "/join", body, {"Content-Type": "application/json"})
        response = conn.getresponse()
        answer = json.loads(response.read() or b"{}")
    except (OSError, http.client.HTTPException, ValueError):
        raise HostUnreachable() from None
    finally:
        conn.close()
    if response.status != 200:
        raise SyncError(Message("the host refused to enrol this laptop: {reason}",
                                reason=answer.get("error", {}).get("message", "")))
    host = identity_from_document(answer["identity"], "the host's identity")
    if host.station != db.station:
        raise SyncError(Message("the host is station {host}, this laptop is {here}: join a "
                                "host of this station", host=host.station, here=db.station))
    enrol(db, host, hall=True, operator=Operator("", actor, "lead"))
    pem = ssl.DER_cert_to_PEM_cert(host_cert).encode()
    with local_transaction(db) as conn_:
        conn_.execute("UPDATE hall_self SET role = 'member', host_address = ?, host_port = ?,"
                      " host_cert = ?, host_key_id = ?, joined_at = ?, last_failure = NULL",
                      (found.address, found.port, pem, host.key_id, now_iso()))
    rounds = sync_round(db)
    return {"host": host.station, "host_name": host.name, **rounds}


def leave(db: Database, *, operator: Operator | None) -> None:
    """This laptop works on its own again (its records stay). The host keeps it enrolled until
    the lead removes it there."""
    authorize(db, operator, "hall.manage")
    _clients.__dict__.pop("by_db", None)
    with local_transaction(db) as conn:
        conn.execute("UPDATE hall_self SET role = NULL, host_address = NULL, host_port = NULL,"
                     " host_cert = NULL, host_key_id = NULL, last_failure = NULL")


def wait_for_host(db: Database, seconds: float) -> bool:
    """Whether the host answers within ``seconds`` (tests and the command line)."""
    end = time.monotonic() + seconds
    while True:
        try:
            sync_round(db)
            return True
        except HostUnreachable:
            if time.monotonic() > end:
                return False
            time.sleep(0.1)
