"""The cost of encrypting the share: export and import of the same ops in clear and
encrypted, in the same run, and one key derivation (Argon2id t=3, 64 MiB, p=4).

    python bench/bench_crypto.py [--ops 100000] [--devices 20] [--repeat 3] [--out FILE]

1. Import: `--ops` operations of other devices (bench_sync.device_ops, 1,000 per file)
   written once in clear and once encrypted with the team key, each read by one sync of a
   fresh replica.
2. Export: a workspace shared in clear and one shared encrypted each get about `--ops` ops
   worth of new organisations; the one sync that shares them is timed.
3. Files only: encoding and decoding the same segment payloads with and without the key.
4. One key derivation with the default parameters (what joining, unlocking and every
   passphrase operation costs once).

Writes bench/results/crypto.json and prints a Markdown table with the machine.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__" and not __package__:  # run as a script: find coopdesk and bench
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import json
import random
import tempfile
import time
from typing import Any

from bench.bench_foundation import machine, summary, timed, write_result
from bench.bench_sync import OPS_PER_FILE, PROFILE, device_ops
from coopdesk import __version__
from coopdesk.domain.ids import new_id
from coopdesk.services.sharing.secrets import TeamSecrets
from coopdesk.services.sharing.service import SyncService
from coopdesk.store.models.directory import Organisation
from coopdesk.store.sync_schema import record_models, synced_columns
from coopdesk.store.workspace import Workspace
from coopdesk.sync import crypto, frame, keys, share
from coopdesk.sync.hlc import wall_ms
from coopdesk.sync.ops import Op

RESULTS = Path(__file__).with_name("results") / "crypto.json"
PASSPHRASE = "banc d'essai du chiffrement coopdesk"


class BenchRing:
    """A keyring in a dict: the benchmark measures the share, not the OS keyring."""

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def segments(ops: list[Op]) -> list[tuple[dict[str, Any], bytes]]:
    """One device's *ops* as segment (header, payload), 1,000 ops each."""
    out = []
    for start in range(0, len(ops), OPS_PER_FILE):
        part = ops[start:start + OPS_PER_FILE]
        lines = [json.dumps({**op.encode(), "author": "Bénévole", "author_org": "Asso"},
                            ensure_ascii=False) for op in part]
        first, last = part[0].dot.seq, part[-1].dot.seq
        replica = part[0].dot.replica
        header = {"kind": "segment", "replica_id": replica, "seq": [first, last],
                  "vv": {replica: last}, "schema_version": "", "app_version": __version__,
                  "enc": None, "op_count": len(part)}
        out.append((header, ("\n".join(lines) + "\n").encode("utf-8")))
    return out


def write_files(shared: Path, team_id: str, files: list[tuple[dict[str, Any], bytes]],
                key: frame.WriteKey | None) -> None:
    for header, payload in files:
        folder = share.device_dir(shared, header["replica_id"])
        folder.mkdir(parents=True, exist_ok=True)
        data = frame.encode({**header, "team_id": team_id}, payload, key)
        (folder / share.segment_name(*header["seq"])).write_bytes(data)


def reader(base: Path, name: str, passphrase: str | None) -> tuple[Workspace, SyncService,
                                                                   frame.WriteKey | None]:
    shared = base / f"share-{name}"
    shared.mkdir()
    workspace = Workspace.create(base / f"reader-{name}", "Banc d'essai", PROFILE)
    service = SyncService(workspace, TeamSecrets(BenchRing()))
    service.create_share(shared, passphrase=passphrase)
    key = None
    if passphrase is not None:
        unlocked = keys.unlock(shared, service.team_of(), passphrase).keys
        key = frame.WriteKey(*next(iter(unlocked.items())))
    return workspace, service, key


def bench_import(base: Path, ops_total: int, devices: int) -> dict[str, Any]:
    rng = random.Random(1)
    ops: list[Op] = []
    files: list[tuple[dict[str, Any], bytes]] = []
    for n in range(devices):
        count = ops_total // devices if n < devices - 1 else ops_total - len(ops)
        mine = device_ops(new_id(), count, rng, wall_ms() - 10_000_000 + n)
        ops += mine
        files += segments(mine)
    result: dict[str, Any] = {"ops": len(ops), "files": len(files), "devices": devices}
    for name, passphrase in (("clear", None), ("encrypted", PASSPHRASE)):
        workspace, service, key = reader(base, name, passphrase)
        try:
            folder, team_id = service.folder()
            write_files(folder, team_id, files, key)
            size = sum(f.size for f in share.scan(folder))
            ms, report = timed(service.sync)
            assert report.imported_ops == len(ops) and not report.problems, report
            result[name] = {"ms": round(ms, 1), "ops_per_s": round(len(ops) / ms * 1000),
                            "share_bytes": size}
        finally:
            workspace.close()
    result["overhead_pct"] = round(
        (result["encrypted"]["ms"] / result["clear"]["ms"] - 1) * 100, 1)
    micro = bench_files(files, key_for_files())
    return {**result, "files_only": micro}


def key_for_files() -> frame.WriteKey:
    return frame.WriteKey("bench", crypto.new_key())


def bench_files(files: list[tuple[dict[str, Any], bytes]], key: frame.WriteKey) -> dict[
        str, Any]:
    """Encoding and decoding only (no disk, no SQL): the cryptography's own share."""
    out: dict[str, Any] = {}
    for name, used in (("clear", None), ("encrypted", key)):
        started = time.perf_counter()
        encoded = [frame.encode({**h, "team_id": "t"}, p, used) for h, p in files]
        encode_ms = (time.perf_counter() - started) * 1000
        resolve = {key.key_id: key.data_key}.get if used is not None else None
        started = time.perf_counter()
        for data in encoded:
            assert frame.decode(data, resolve).status is frame.FileStatus.OK
        decode_ms = (time.perf_counter() - started) * 1000
        out[name] = {"encode_ms": round(encode_ms, 1), "decode_ms": round(decode_ms, 1)}
    return out


def add_organisations(workspace: Workspace, rows: int) -> None:
    for start in range(0, rows, 1000):
        with workspace.db.unit_of_work() as session:
            for n in range(start, min(rows, start + 1000)):
                session.add(Organisation(name=f"Association {n}", city="Lille",
                                         description="Présentation du projet " * 4))


def bench_export(base: Path, ops_total: int) -> dict[str, Any]:
    """The sync that shares about *ops_total* new local ops (organisations created after
    the workspace was shared), in clear and encrypted; the key derivation of sharing an
    encrypted workspace is not in it (measured on its own)."""
    columns = len(synced_columns(record_models()["organisation"]))
    rows = max(1, ops_total // columns)
    result: dict[str, Any] = {"organisations": rows}
    for name, passphrase in (("clear", None), ("encrypted", PASSPHRASE)):
        (base / f"export-share-{name}").mkdir()
        workspace = Workspace.create(base / f"export-{name}", "Banc d'essai", PROFILE)
        try:
            service = SyncService(workspace, TeamSecrets(BenchRing()))
            service.create_share(base / f"export-share-{name}", passphrase=passphrase)
            add_organisations(workspace, rows)
            ms, report = timed(service.sync)
            result[name] = {"ms": round(ms, 1), "ops": report.exported_ops,
                            "ops_per_s": round(report.exported_ops / ms * 1000)}
        finally:
            workspace.close()
    result["ops"] = result["clear"]["ops"]
    result["overhead_pct"] = round(
        (result["encrypted"]["ms"] / result["clear"]["ms"] - 1) * 100, 1)
    return result


def bench_derivation(repeat: int) -> dict[str, Any]:
    salt = crypto.new_salt()
    params = crypto.KdfParams()
    samples = [timed(lambda: crypto.derive_kek(PASSPHRASE, salt, params))[0]
               for _ in range(repeat)]
    return {"params": params.as_dict(), **summary(samples)}


def markdown(result: dict[str, Any]) -> str:
    i, e, d = result["import"], result["export"], result["derivation"]
    f = i["files_only"]
    return "\n".join([
        "| Measure | In clear | Encrypted | Cost |", "|---|---:|---:|---:|",
        f"| Import, one sync ({i['ops']:,} ops, {i['files']} files) | "
        f"{i['clear']['ms'] / 1000:.1f} s | {i['encrypted']['ms'] / 1000:.1f} s | "
        f"{i['overhead_pct']:+.1f} % |",
        f"| Export, one sync ({e['ops']:,} ops) | {e['clear']['ms'] / 1000:.1f} s | "
        f"{e['encrypted']['ms'] / 1000:.1f} s | {e['overhead_pct']:+.1f} % |",
        f"| Encode {i['files']} files only | {f['clear']['encode_ms']:.0f} ms | "
        f"{f['encrypted']['encode_ms']:.0f} ms | |",
        f"| Decode {i['files']} files only | {f['clear']['decode_ms']:.0f} ms | "
        f"{f['encrypted']['decode_ms']:.0f} ms | |",
        f"| Share size after import | {i['clear']['share_bytes']:,} B | "
        f"{i['encrypted']['share_bytes']:,} B | |",
        f"| One key derivation (Argon2id t=3, 64 MiB, p=4) | | median "
        f"{d['median_ms']:.0f} ms | |",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=100_000)
    parser.add_argument("--devices", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="coopdesk-bench-crypto-") as tmp:
        base = Path(tmp)
        result = {"machine": machine(), "import": bench_import(base, args.ops, args.devices),
                  "export": bench_export(base, args.ops),
                  "derivation": bench_derivation(args.repeat)}
    write_result(result, args.out)
    print(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
