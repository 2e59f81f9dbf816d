"""TLS for the hall's network (docs/hall-network.md): each laptop's own self-signed certificate,
the join code, and the TLS contexts of the host and of a joined laptop.

No cryptography of our own: certificates are made with ``cryptography``'s x509, the connection
is the standard library's ``ssl`` (TLS 1.3). Trust is pinned, never a CA: the host trusts exactly
the certificates of the laptops enrolled with it (mutual TLS), a joined laptop exactly the host's
certificate, whose SHA-256 it got from the join code.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import ssl
import tempfile

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from station_app.core.messages import Message
from station_app.sync.errors import SyncError
from station_app.sync.identity import fingerprint as key_fingerprint

__all__ = ["make_certificate", "cert_fingerprint", "server_context", "client_context",
           "JoinCode", "join_code", "read_join_code", "show_fingerprint"]

CODE_PREFIX = "CCCD-HALL1"


def make_certificate(common_name: str) -> tuple[bytes, bytes]:
    """(private key PEM, self-signed certificate PEM) of a new P-256 key, valid 20 years."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64])])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=20 * 365))
            .sign(key, hashes.SHA256()))
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return key_pem, cert.public_bytes(serialization.Encoding.PEM)


def cert_fingerprint(cert: bytes) -> str:
    """SHA-256 (hex) of a certificate, given as PEM or DER."""
    der = ssl.PEM_cert_to_DER_cert(cert.decode()) if cert.startswith(b"-----") else cert
    return hashlib.sha256(der).hexdigest()


def show_fingerprint(fingerprint: str) -> str:
    """The certificate's fingerprint in the one form people compare keys in everywhere (the
    sync key's too, sync.identity.fingerprint): its first 16 bytes as 40 decimal digits in
    groups of 5."""
    return key_fingerprint(fingerprint[:32])


def _load_own(context: ssl.SSLContext, key_pem: bytes, cert_pem: bytes) -> None:
    # ssl reads a key only from a file: a private temporary one, removed at once
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "own.pem")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(key_pem + cert_pem)
        context.load_cert_chain(path)


def server_context(key_pem: bytes, cert_pem: bytes, members: list[bytes]) -> ssl.SSLContext:
    """The host's context: a client shows an enrolled laptop's certificate, or none at all
    (then it may only join, with a one-time token); any other certificate fails the handshake.
    ``trust`` adds a laptop enrolled later."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    _load_own(context, key_pem, cert_pem)
    context.verify_mode = ssl.CERT_OPTIONAL
    for cert in members:
        trust(context, cert)
    return context


def trust(context: ssl.SSLContext, cert_pem: bytes) -> None:
    context.load_verify_locations(cadata=cert_pem.decode())


def client_context(key_pem: bytes | None, cert_pem: bytes | None,
                   host_cert: bytes | None) -> ssl.SSLContext:
    """A joined laptop's context: it trusts only the host's pinned certificate and shows its
    own. Joining (``host_cert`` None) checks the host's fingerprint against the join code
    after the handshake instead."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.check_hostname = False  # pinned certificate, not a name
    if host_cert is None:
        context.verify_mode = ssl.CERT_NONE
    else:
        context.load_verify_locations(cadata=host_cert.decode())
    if key_pem and cert_pem:
        _load_own(context, key_pem, cert_pem)
    return context


class JoinCode:
    """What the host shows and the joining laptop types or scans: the host's address and port,
    its certificate's fingerprint and a one-time token."""

    def __init__(self, address: str, port: int, fingerprint: str, token: str):
        self.address, self.port, self.fingerprint, self.token = address, port, fingerprint, token

    def __str__(self) -> str:
        return join_code(self.address, self.port, self.fingerprint, self.token)


def join_code(address: str, port: int, fingerprint: str, token: str) -> str:
    return f"{CODE_PREFIX}|{address}|{port}|{fingerprint}|{token}"


def read_join_code(text: str) -> JoinCode:
    parts = "".join(text.split()).split("|")
    try:
        if len(parts) != 5 or parts[0].upper() != CODE_PREFIX:
            raise ValueError
        port = int(parts[2])
        fingerprint = parts[3].lower()
        if not (0 < port < 65536 and len(fingerprint) == 64 and parts[1] and parts[4]):
            raise ValueError
        int(fingerprint, 16)
    except ValueError:
        raise SyncError(Message("this is not a join code (it starts with CCCD-HALL1|)")) from None
    return JoinCode(parts[1], port, fingerprint, parts[4])
