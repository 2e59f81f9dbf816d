"""docs/hall-network.md describes the host's protocol precisely enough for a program written
without this code: this test reads its tables and example, and a minimal client built only on
``ssl``, ``http.client``, ``json`` and ``cryptography`` (for its own certificate) joins a real
host, issues a ticket and meets each stated refusal."""

from __future__ import annotations

import datetime as dt
import hashlib
import http.client
import json
import os
import re
import socket
import ssl
import subprocess
import sys
import tempfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from hall_helpers import Host, new_laptop

from station_app.services.hall_server import OPS, Limits

DOC = (Path(__file__).parent.parent / "docs" / "hall-network.md").read_text(encoding="utf-8")
UNITS = {"KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30}


def _section(title: str) -> str:
    start = DOC.index(f"## {title}")
    end = DOC.find("\n## ", start + 1)
    return DOC[start:end]


def _routes() -> dict[str, tuple[str, int]]:
    """route -> (who, body limit in bytes), from the routes table."""
    found = {}
    for route, who, size, unit in re.findall(
            r"^\| `POST (/\w+)` \| ([^|]+) \| (\d+) (KiB|MiB|GiB) \|", DOC, re.M):
        found[route] = (who.strip(), int(size) * UNITS[unit])
    return found


def _statuses() -> set[int]:
    return {int(n) for n in re.findall(r"^\| (\d{3}) \|", _section("The protocol"), re.M)}


def _certificate() -> tuple[bytes, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "independent client")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30)).sign(key, hashes.SHA256()))
    return (key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()),
            cert.public_bytes(serialization.Encoding.PEM))


def _context(key: bytes | None = None, cert: bytes | None = None) -> ssl.SSLContext:
    """TLS 1.3, the host's certificate checked by its fingerprint (not by a CA)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    if key:
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "me.pem")
            Path(path).write_bytes(key + cert)
            context.load_cert_chain(path)
    return context


def _connect(address: str, port: int, fingerprint: str, context) -> http.client.HTTPSConnection:
    conn = http.client.HTTPSConnection(address, port, timeout=30, context=context)
    conn.connect()
    der = conn.sock.getpeercert(binary_form=True)
    assert hashlib.sha256(der).hexdigest() == fingerprint  # the join code's host, and no other
    return conn


def _post(conn, route: str, body: bytes, headers=None) -> tuple[int, bytes]:
    conn.request("POST", route, body, headers or {"Content-Type": "application/json"})
    answer = conn.getresponse()
    return answer.status, answer.read()


def test_the_documented_protocol_talks_to_a_real_host(tmp_path):
    # the doc's tables agree with the host's code
    routes = _routes()
    assert set(routes) == {"/join", "/op", "/sync"}
    assert {r: limit for r, (_, limit) in routes.items()} == {
        r: Limits().body(r) for r in routes}
    ops = set(re.findall(r"^\| `(\w+)` \|", _section("The protocol"), re.M))
    assert ops == set(OPS)
    assert {400, 403, 404, 405, 409, 411, 413} <= _statuses()
    example = json.loads(re.search(r"```json\n(.*?)\n```", _section("The protocol"),
                                   re.S).group(1))

    host = Host(new_laptop(tmp_path / "host.sqlite3")).start()
    try:
        # the client's identity document, as the documented command writes it
        laptop = new_laptop(tmp_path / "laptop.sqlite3")
        exported = subprocess.run(
            [sys.executable, "-m", "station_app", "identity", "export", "--out",
             str(tmp_path / "me.json"), "--db", str(laptop)], capture_output=True, text=True,
            env={**os.environ, "STATION_APP_OPERATOR": "Trưởng trạm", "STATION_APP_PIN": "1111"})
        assert exported.returncode == 0, exported.stderr
        identity = json.loads((tmp_path / "me.json").read_text(encoding="utf-8"))

        code = "".join(host.code().split())
        prefix, address, port, fingerprint, token = code.split("|")
        assert prefix == "CCCD-HALL1"
        port = int(port)
        key, cert = _certificate()

        # with no certificate: only /join, one request per connection
        guest = _context()
        status, body = _post(_connect(address, port, fingerprint, guest), "/op",
                             json.dumps(example).encode())
        assert status == 403 and json.loads(body)["error"]["message"]
        status, _ = _post(_connect(address, port, fingerprint, guest), "/join",
                          b"x" * (routes["/join"][1] + 1))
        assert status == 413
        status, body = _post(_connect(address, port, fingerprint, guest), "/join",
                             json.dumps({"token": token, "cert": cert.decode(),
                                         "identity": identity, "label": "Client"}).encode())
        assert status == 200, body
        assert json.loads(body)["identity"]["station"] == "XA01"

        # enrolled: the documented example issues a ticket, on a kept-alive connection
        conn = _connect(address, port, fingerprint, _context(key, cert))
        status, body = _post(conn, "/op", json.dumps(example).encode())
        assert status == 200, body
        ticket = json.loads(body)["result"]
        assert re.fullmatch(r"[A-Z]\d{3}", ticket["number"]) and ticket["people_ahead"] == 0
        status, body = _post(conn, "/op", json.dumps({"op": "queue_counts", "operator": None,
                                                      "args": {}}).encode())
        assert status == 200 and json.loads(body)["result"]["waiting"] == 1
        status, body = _post(conn, "/op", json.dumps(
            {"op": "desk_action", "operator": example["operator"],
             "args": {"desk": "1", "action": "call_next"}}).encode())
        assert status == 409 and json.loads(body)["error"]["kind"] == "NotAllowed"
        status, body = _post(conn, "/op", json.dumps({"op": "no such", "args": {}}).encode())
        assert status == 404
        status, body = _post(conn, "/sync", b"", {"Content-Type": "application/octet-stream"})
        assert status == 200  # the host's changes for this laptop, sealed (or nothing)
        conn.request("GET", "/op")
        assert conn.getresponse().status == 405
        conn.close()
        conn = _connect(address, port, fingerprint, _context(key, cert))
        conn.putrequest("POST", "/op")
        conn.putheader("Transfer-Encoding", "chunked")
        conn.endheaders()
        conn.send(b"2\r\n{}\r\n0\r\n\r\n")
        assert conn.getresponse().status == 411
        conn.close()
        # another certificate fails the handshake
        other = _context(*_certificate())
        try:
            status, _ = _post(_connect(address, port, fingerprint, other), "/op", b"{}")
        except (ssl.SSLError, ConnectionError, socket.timeout):
            status = None
        assert status is None
    finally:
        host.stop()
