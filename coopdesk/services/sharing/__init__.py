"""Sync through a shared folder, as use cases (Qt-free). Lowest first; a module imports only
modules listed above it, so there is no import circle (docs/sync.md, "Module map"):

- types: what a cycle reports (SyncReport, FileProblem, SyncStatus…), SyncError, Absorbed,
  SyncOutcome, one op as a segment line (op_line, LINE_COLUMNS).
- secrets, crypto: where the team keys are kept; encryption as sync uses it.
- file_records, fork, backfill, imported: the `sync_file` notes, forks, ops for old rows,
  the Changes an import brought.
- snapshots, importing, compaction: writing and joining snapshots; reading the share;
  deleting what snapshots made unnecessary.
- service: SyncService, one cycle (import, export, snapshot, compaction) and the status.
- inbox, share_file, keys: conflicts and notices; exchange by file; passphrase operations.
- membership: create, join or rejoin a share (start window, main window, command line).
- demo: the demo workspace shared with a second laptop (screenshots).
"""
