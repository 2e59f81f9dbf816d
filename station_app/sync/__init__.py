"""Sync bundles between stations and HQ: identity and keys, bundle files, export, import and
merge, acknowledgements, conflicts. No Qt here; docs/bundle-format.md describes the file."""

from station_app.sync.errors import REASONS, BundleRefused, MergeCancelled, SyncError
from station_app.sync.export import ExportResult, export_bundle
from station_app.sync.identity import (
    EnrolmentReplaces,
    Identity,
    create_keys,
    enrol,
    ensure_keys,
    fingerprint,
    own_identity,
    peers,
    read_identity_file,
    revoke,
    write_identity_file,
)
from station_app.sync.receive import ImportOutcome, import_bundle, import_bundles
from station_app.sync.status import (
    ConflictCache,
    open_conflicts,
    pending_counts,
    replaced_duplicates,
    set_aside_records,
    sync_status,
)

__all__ = [
    "REASONS", "BundleRefused", "MergeCancelled", "SyncError", "ExportResult", "export_bundle",
    "Identity", "create_keys", "enrol", "ensure_keys", "own_identity", "peers",
    "EnrolmentReplaces", "fingerprint",
    "read_identity_file", "revoke", "write_identity_file", "ImportOutcome", "import_bundle",
    "import_bundles", "ConflictCache", "open_conflicts", "pending_counts", "replaced_duplicates",
    "sync_status", "set_aside_records",
]
