"""The hall's network (issue 18, docs/hall-network.md): this laptop's TLS key and certificate,
the host it joined (its address and pinned certificate), and on the host the laptops enrolled
with it and the one-time join tokens. Local only (no rev/ver): never part of a bundle, and the
private key never leaves the laptop."""


def up(conn):
    conn.execute(
        """CREATE TABLE hall_self (one INTEGER PRIMARY KEY CHECK (one = 1),
        tls_key BLOB NOT NULL, tls_cert BLOB NOT NULL, role TEXT,
        host_address TEXT, host_port INTEGER, host_cert BLOB, joined_at TEXT,
        host_key_id TEXT, port INTEGER, last_contact TEXT, last_failure TEXT)""")
    conn.execute(
        """CREATE TABLE hall_members (fingerprint TEXT PRIMARY KEY, cert BLOB NOT NULL,
        key_id TEXT NOT NULL, node TEXT NOT NULL, label TEXT NOT NULL, joined_at TEXT NOT NULL,
        last_contact TEXT, left_at TEXT)""")
    conn.execute(
        """CREATE TABLE hall_tokens (token_hash TEXT PRIMARY KEY, made_at TEXT NOT NULL,
        expires_at TEXT NOT NULL, used_at TEXT)""")
