"""Foundation benchmarks on the scale-1.0 synthetic workspace: open, first list pages, search.

    python bench/bench_foundation.py [--scale 1.0] [--seed 1] [--cache DIR] [--regenerate]

Generates the workspace once into a cache folder (reused while the schema head, scale and
seed match), then times opening it, the first page of every list, and search; writes
bench/results/foundation.json and prints a Markdown table. Numbers only mean something
together with the machine they were measured on, which is recorded with them.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__" and not __package__:  # run as a script: find coopdesk and bench
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import functools
import inspect
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from typing import Any

import sqlalchemy

from bench import synthetic
from bench import synthetic_words as w
from coopdesk.domain.profile import Profile
from coopdesk.services.workspace_services import Services
from coopdesk.store import migrator
from coopdesk.store.workspace import DB_NAME, Workspace

PAGE = 100
RESULTS = Path(__file__).with_name("results") / "foundation.json"
META = "bench-meta.json"
BENCH_PROFILE = Profile(name="Banc d'essai", organisation="coopdesk bench")
#: (label, service attribute, method names to try in order).
LISTS = (
    ("Organisations (rows)", "organisations", ("rows", "list")),
    ("People (first page)", "people", ("page", "rows", "list")),
    ("Projects (rows)", "projects", ("rows", "list")),
    ("Actions", "actions", ("rows", "list")),
    ("Contact log", "exchanges", ("rows", "list")),
    ("Meetings", "meetings", ("rows", "list")),
    ("Resources", "resources", ("rows", "list")),
)
#: (label, service attribute, method): how many rows a whole list holds.
COUNTS = (
    ("People (count)", "people", "count"),
)


# -- the workspace ---------------------------------------------------------------------
def workspace_folder(cache: Path, scale: float, seed: int, regenerate: bool) -> Path:
    """The cached synthetic workspace, generated again when stale or asked to."""
    folder = cache / f"synthetic-scale{scale:g}-seed{seed}"
    wanted = {"scale": scale, "seed": seed, "head": migrator.head_revision(),
              "generator": synthetic.BASE_COUNTS}
    meta_file = folder / META
    try:
        fresh = json.loads(meta_file.read_text(encoding="utf-8")) == wanted
    except (OSError, ValueError):
        fresh = False
    if fresh and not regenerate:
        print(f"Reusing {folder}")
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    print(f"Generating {folder} (scale {scale:g}, seed {seed})…")
    started = time.perf_counter()
    synthetic.generate(folder, scale, seed, progress=lambda text: print("  " + text))
    print(f"  done in {time.perf_counter() - started:.1f} s")
    meta_file.write_text(json.dumps(wanted), encoding="utf-8")
    return folder


# -- timing ----------------------------------------------------------------------------
def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return (time.perf_counter() - started) * 1000, result


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"first_ms": round(samples[0], 2), "median_ms": round(statistics.median(samples), 2),
            "p95_ms": round(p95, 2), "max_ms": round(ordered[-1], 2), "runs": len(samples)}


def bench_open(folder: Path, repeat: int) -> dict[str, float]:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        workspace = Workspace.open(folder, BENCH_PROFILE)
        Services(workspace)
        samples.append((time.perf_counter() - started) * 1000)
        workspace.close()
    return summary(samples)


def first_page(service: Any, names: tuple[str, ...]) -> tuple[str, Callable[[], Any]]:
    """The call that fills a list's first page: with `limit` when the method pages."""
    for name in names:
        method = getattr(service, name, None)
        if method is None:
            continue
        if "limit" in inspect.signature(method).parameters:
            return f"{name}(limit={PAGE})", lambda paged=method: paged(limit=PAGE)
        return f"{name}() (whole list)", method
    raise AttributeError(f"{service!r} has none of {names}")


def bench_lists(services: Services, repeat: int) -> list[dict[str, Any]]:
    found = []
    for label, attribute, names in LISTS:
        call_name, call = first_page(getattr(services, attribute), names)
        samples, rows = [], 0
        for _ in range(repeat):
            elapsed, result = timed(call)
            samples.append(elapsed)
            rows = len(result)
        found.append({"list": label, "call": f"{attribute}.{call_name}", "rows": rows,
                      **summary(samples)})
    return found


def bench_counts(services: Services, repeat: int) -> list[dict[str, Any]]:
    """How long counting a whole paged list takes ("rows" is the count)."""
    found = []
    for label, attribute, name in COUNTS:
        counter = getattr(getattr(services, attribute), name)
        samples, total = [], 0
        for _ in range(repeat):
            elapsed, total = timed(counter)
            samples.append(elapsed)
        found.append({"list": label, "call": f"{attribute}.{name}()", "rows": int(total),
                      **summary(samples)})
    return found


def search_queries(services: Services, count: int = 50) -> list[str]:
    """Varied queries: names, topics, prefixes, accents typed or not, misses."""
    rng = random.Random(5)
    people = services.people.list(limit=2000)
    organisations = services.organisations.list(limit=200)
    fixed = ["reunion", "réunion", "fete de quartier", "ecole", "subv", "caf", "minibus",
             "comité de pilotage", "justificatifs", "parentalite", "cafe des parents",
             "zzzz introuvable", "bilan intermediaire", "tilleuls", "bénévoles samedi"]
    queries = list(fixed)
    while len(queries) < count:
        pick = rng.randrange(5)
        if pick == 0:
            person = rng.choice(people)
            queries.append(f"{person.first_name} {person.last_name}")
        elif pick == 1:
            queries.append(rng.choice(people).last_name[:4])
        elif pick == 2:
            queries.append(rng.choice(organisations).name)
        elif pick == 3:
            queries.append(rng.choice(w.TOPICS).split(" ", 1)[-1])
        else:
            queries.append(w.action_title(rng))
    return queries[:count]


def bench_search(services: Services) -> dict[str, Any] | None:
    search = getattr(services, "search", None)
    if search is None:
        return None
    queries = search_queries(services)
    samples, hits = [], []
    for query in queries:
        elapsed, result = timed(functools.partial(search.search, query, limit=20))
        samples.append(elapsed)
        hits.append(len(result))
    slowest = sorted(zip(samples, queries, strict=True), reverse=True)[:3]
    return {"queries": len(queries), "limit": 20, **summary(samples),
            "mean_hits": round(statistics.mean(hits), 1),
            "slowest": [{"query": q, "ms": round(ms, 2)} for ms, q in slowest]}


# -- the machine -----------------------------------------------------------------------
def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    ram_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    load = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    return {"cpu": cpu, "cores": os.cpu_count(), "usable_cores": usable, "ram_gb": ram_gb,
            "load_average_1_5_15": load,
            "os": platform.platform(), "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version, "sqlalchemy": sqlalchemy.__version__}


def file_sizes(folder: Path) -> dict[str, float]:
    sizes = {}
    for suffix in ("", "-wal", "-shm"):
        path = folder / f"{DB_NAME}{suffix}"
        if path.exists():
            sizes[path.name] = round(path.stat().st_size / 1024 / 1024, 1)
    return sizes


# -- report ----------------------------------------------------------------------------
def write_result(result: dict[str, Any], out: Path) -> None:
    """Write a benchmark's *result* to *out* as indented JSON (creating its folder)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def report(result: dict[str, Any], out: Path, table: str) -> None:
    """`write_result`, then print the result's Markdown *table* and where it was written."""
    write_result(result, out)
    print(table)
    print(f"\nWritten to {out}")


def markdown(result: dict[str, Any]) -> str:
    lines = ["| Measure | Call | Rows | First (ms) | Median (ms) | p95 (ms) |",
             "|---|---|---:|---:|---:|---:|"]
    o = result["open"]
    lines.append(f"| Open workspace | `Workspace.open` + `Services` | | {o['first_ms']:.1f} "
                 f"| {o['median_ms']:.1f} | {o['p95_ms']:.1f} |")
    for item in result["lists"] + result.get("counts", []):
        lines.append(f"| {item['list']} | `{item['call']}` | {item['rows']:,} "
                     f"| {item['first_ms']:.1f} | {item['median_ms']:.1f} "
                     f"| {item['p95_ms']:.1f} |")
    s = result["search"]
    if s:
        lines.append(f"| Search ({s['queries']} queries) | `search.search(text, limit=20)` "
                     f"| ~{s['mean_hits']:g} hits | {s['first_ms']:.1f} "
                     f"| {s['median_ms']:.1f} | {s['p95_ms']:.1f} |")
    sizes = ", ".join(f"{name} {mb:g} MB" for name, mb in result["file_mb"].items())
    m = result["machine"]
    lines += ["", f"File: {sizes}.", "",
              f"Machine: {m['cpu']}, {m['cores']} cores ({m['usable_cores']} usable), "
              f"{m['ram_gb']} GB RAM, {m['os']}; Python {m['python']}, SQLite {m['sqlite']}, "
              f"SQLAlchemy {m['sqlalchemy']}; load average at start "
              f"{m['load_average_1_5_15']}."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="coopdesk foundation benchmarks")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "coopdesk-bench")
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    folder = workspace_folder(args.cache, args.scale, args.seed, args.regenerate)
    result: dict[str, Any] = {"scale": args.scale, "seed": args.seed,
                              "counts": synthetic.counts_for(args.scale),
                              "measured_at": time.strftime("%Y-%m-%d %H:%M:%S"),
                              "machine": machine(), "file_mb": file_sizes(folder),
                              "open": bench_open(folder, args.repeat)}
    workspace = Workspace.open(folder, BENCH_PROFILE)
    try:
        services = Services(workspace)
        result["lists"] = bench_lists(services, args.repeat)
        result["counts"] = bench_counts(services, args.repeat)
        result["search"] = bench_search(services)
    finally:
        workspace.close()
    print()
    report(result, args.out, markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
