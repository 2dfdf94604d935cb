"""Start-up of the packaged app (PyInstaller one-folder bundle) next to the same code run
from the virtual environment.

    bash packaging/linux/build.sh          # makes build/bundle/coopdesk/coopdesk
    python bench/bench_packaged.py [--repeat 7] [--bundle PATH] [--platform offscreen]

Two measures, each a fresh process per run, the two launchers alternating:

- `--version`: process start to exit, without Qt or the database layer: what the bundle's
  bootloader (unpacking nothing: it is one-folder) costs against a venv's interpreter;
- the window: launch → the main window's first page painted on the demo workspace, through
  `COOPDESK_SMOKE_STARTUP=1` like bench/bench_startup.py (same isolated home and demo).

One warm-up run of each fills the file cache and the venv's compiled translations and
bytecode first. Writes bench/results/packaged.json and prints a table.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__" and not __package__:  # run as a script: find coopdesk and bench
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import os
import statistics
import subprocess
import tempfile
import time
from typing import Any

from bench.bench_foundation import machine, report
from bench.bench_startup import ROOT, TIMEOUT_S, launch, prepare, summary

RESULTS = Path(__file__).with_name("results") / "packaged.json"
DEFAULT_BUNDLE = ROOT / "build" / "bundle" / "coopdesk" / "coopdesk"
MARKER = "coopdesk: smoke-startup"


def time_to_exit(command: list[str], env: dict[str, str]) -> float:
    """Milliseconds from launch to exit of *command* (which must succeed)."""
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True,
                   timeout=TIMEOUT_S)
    return (time.perf_counter() - started) * 1000


def folder_mb(folder: Path) -> float:
    # PyInstaller links some libraries into place: count each file once.
    return sum(p.stat().st_size for p in folder.rglob("*")
               if p.is_file() and not p.is_symlink()) / 1e6


def markdown(result: dict[str, Any]) -> str:
    venv, packaged = result["venv"], result["packaged"]
    lines = ["| Measure | venv median (ms) | packaged median (ms) | packaged min–max (ms) "
             "| packaged / venv |", "|---|---:|---:|---:|---:|"]
    for key, label in (("version", "`coopdesk --version` (no Qt), launch → exit"),
                       ("window", "launch → main window's first page painted"),
                       ("in_process", "… of which inside `run()` (after imports of main)")):
        ours, theirs = venv[key], packaged[key]
        lines.append(f"| {label} | {ours['median_ms']:.0f} | {theirs['median_ms']:.0f} "
                     f"| {theirs['min_ms']:.0f}–{theirs['max_ms']:.0f} "
                     f"| {theirs['median_ms'] / ours['median_ms']:.2f} |")
    m = result["machine"]
    lines += ["", f"Resident memory at the first paint: venv {venv['rss_mb']:.0f} MB, "
              f"packaged {packaged['rss_mb']:.0f} MB. Bundle: {result['bundle_mb']:.0f} MB "
              f"unpacked ({result['bundle']}).", "",
              f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM, {m['os']}; "
              f"Python {m['python']}; Qt platform {result['platform']}; load average at start "
              f"{m['load_average_1_5_15']}; {result['repeat']} runs each."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="packaged vs venv start-up")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE,
                        help="the frozen executable (default: build/bundle/coopdesk/coopdesk)")
    parser.add_argument("--platform", default="offscreen",
                        help="Qt platform plugin (offscreen; xcb under xvfb-run)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    bundle: Path = args.bundle.resolve()
    if not os.access(bundle, os.X_OK):
        print(f"bench_packaged: no bundle at {bundle}: run packaging/linux/build.sh first",
              file=sys.stderr)
        return 2

    launchers = {"venv": [sys.executable, "-m", "coopdesk"], "packaged": [str(bundle)]}
    runs: dict[str, dict[str, list[float]]] = {
        name: {"version": [], "window": [], "in_process": [], "rss_mb": []}
        for name in launchers}
    with tempfile.TemporaryDirectory(prefix="coopdesk-packaged-") as tmp:
        env, demo = prepare(Path(tmp), args.platform)
        app_env = dict(env, COOPDESK_SMOKE_STARTUP="1")
        for command in launchers.values():  # warm-up
            time_to_exit([*command, "--version"], env)
            launch([*command, "--workspace", str(demo)], app_env, MARKER)
        for _ in range(args.repeat):
            for name, command in launchers.items():
                runs[name]["version"].append(time_to_exit([*command, "--version"], env))
                found = launch([*command, "--workspace", str(demo)], app_env, MARKER)
                runs[name]["window"].append(found["wall_ms"])
                runs[name]["in_process"].append(found["interactive_ms"])
                runs[name]["rss_mb"].append(found["rss_mb"])

    result: dict[str, Any] = {
        "measured_at": time.strftime("%Y-%m-%d %H:%M:%S"), "machine": machine(),
        "platform": args.platform, "repeat": args.repeat,
        "bundle": str(bundle.relative_to(ROOT) if bundle.is_relative_to(ROOT) else bundle),
        "bundle_mb": round(folder_mb(bundle.parent), 1),
    }
    for name, measured in runs.items():
        result[name] = {key: summary(measured[key])
                        for key in ("version", "window", "in_process")}
        result[name]["rss_mb"] = round(statistics.median(measured["rss_mb"]), 1)
    report(result, args.out, markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
