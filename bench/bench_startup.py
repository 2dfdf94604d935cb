"""Start-up time: from launching `coopdesk` to its main window painted, on the demo workspace.

    python bench/bench_startup.py [--repeat 7] [--platform offscreen]

Each run is a fresh process: `python -m coopdesk --workspace DEMO` with
`COOPDESK_SMOKE_STARTUP=1`, which quits as soon as the main window's first page is painted
with its data and prints how long that took (and when the frame and the still-loading page
were first painted). The reference is a bare PySide6 window (QApplication, a
QMainWindow with a label, shown and painted) launched the same way in the same run; runs
alternate between the two. Times are wall-clock from `Popen` to the line the child prints at
its first paint, so interpreter start-up and imports count for both. Also reports which
packages the app spends its import time in (`python -X importtime`).

Two kinds of coopdesk runs alternate with the bare window: the usual start, where the
dashboard kept when the app last closed is shown by the frame while the database layer
loads (`board_ms`), and a start without that copy (its cache folder emptied first, as on
the first start of a day or after a command-line sync changed the workspace).

The demo workspace and an isolated home (XDG folders with a profile, so that no welcome
dialog shows) are made in a temporary folder first; one warm-up run of each fills the
file cache, the compiled translations and the bytecode cache (`PYTHONPYCACHEPREFIX` in the
temporary folder, as an installed app has its `.pyc` files). Writes
bench/results/startup.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__" and not __package__:  # run as a script: find coopdesk and bench
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from bench.bench_foundation import machine, report
from coopdesk.domain.profile import Profile
from coopdesk.services.settings import AppPaths, AppSettings, save_settings

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).with_name("results") / "startup.json"
PROFILE = Profile(name="Banc d'essai", organisation="coopdesk bench")
TIMEOUT_S = 120
XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")

#: The reference: the least a PySide6 app does to show a window.
BARE_WINDOW = r"""
import sys, time
started = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

def rss_mb():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0

class Probe(QObject):
    done = False
    def eventFilter(self, watched, event):
        if watched is label and event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            elapsed = (time.perf_counter() - started) * 1000
            QTimer.singleShot(0, lambda: report(elapsed))
        return False

def report(elapsed):
    print(f"bare: ready interactive_ms={elapsed:.1f} rss_mb={rss_mb():.1f}", flush=True)
    app.quit()

app = QApplication(sys.argv[:1])
app.setStyle("Fusion")
window = QMainWindow()
label = QLabel("Bonjour", window)
window.setCentralWidget(label)
window.resize(1280, 800)
probe = Probe()
app.installEventFilter(probe)
window.show()
app.exec()
"""


@contextmanager
def environment(changes: dict[str, str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in changes}
    os.environ.update(changes)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def prepare(base: Path, platform: str) -> tuple[dict[str, str], Path]:
    """An isolated home with a profile, and the demo workspace in it: (child env, demo)."""
    # An installed app has its bytecode compiled: let the warm-up run write it, aside.
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PYTHONPYCACHEPREFIX=str(base / "pyc"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("COOPDESK_PALETTE", None)
    env.pop("COOPDESK_FONT_SCALE", None)
    for name in XDG:
        env[name] = str(base / name.lower())
    env["HOME"] = str(base / "home")
    with environment({name: env[name] for name in (*XDG, "HOME")}):
        save_settings(AppPaths.for_user(), AppSettings(profile=PROFILE))
    demo = base / "demo"
    subprocess.run([sys.executable, "-m", "coopdesk", "demo", "--workspace", str(demo)],
                   env=env, cwd=ROOT, check=True, capture_output=True, timeout=TIMEOUT_S)
    return env, demo


def launch(command: list[str], env: dict[str, str], marker: str) -> dict[str, float]:
    """Run *command* until it prints the line starting with *marker*: wall time and fields."""
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    found: dict[str, float] = {}
    for line in child.stdout:
        if line.startswith(marker):
            found["wall_ms"] = (time.perf_counter() - started) * 1000
            found.update({key: float(value) for key, value in
                          re.findall(r"(\w+)=([0-9.]+)", line)})
            break
    try:
        _out, err = child.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        child.kill()
        raise
    if "wall_ms" not in found:
        raise RuntimeError(f"{command[:3]} never printed {marker!r}:\n{err[-2000:]}")
    return found


def app_command(demo: Path) -> list[str]:
    return [sys.executable, "-m", "coopdesk", "--workspace", str(demo)]


def import_profile(env: dict[str, str], demo: Path) -> list[dict[str, Any]]:
    """Import time of the app's first paint, per package (self time, ms), largest first."""
    child = subprocess.run([sys.executable, "-X", "importtime", *app_command(demo)[1:]],
                           env=env, cwd=ROOT, capture_output=True, text=True,
                           timeout=TIMEOUT_S, check=False)
    per_group: dict[str, float] = defaultdict(float)
    for line in child.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if match:
            per_group[group_of(match.group(2))] += int(match.group(1)) / 1000
    ordered = sorted(per_group.items(), key=lambda item: -item[1])
    return [{"package": name, "self_ms": round(ms, 1)} for name, ms in ordered]


def group_of(module: str) -> str:
    parts = module.split(".")
    if parts[0] != "coopdesk":
        return parts[0]
    if parts[1:3] == ["ui", "pages"] and len(parts) > 3:
        return ".".join(parts[:4])
    return ".".join(parts[:2])


def summary(samples: list[float]) -> dict[str, float]:
    return {"median_ms": round(statistics.median(samples), 1),
            "min_ms": round(min(samples), 1), "max_ms": round(max(samples), 1)}


def markdown(result: dict[str, Any]) -> str:
    bare, app = result["bare"], result["app"]
    lines = ["| Launch → painted | Median (ms) | Min (ms) | Max (ms) | × bare |",
             "|---|---:|---:|---:|---:|"]
    rows = [("Bare PySide6 window", bare["wall"], 1.0),
            ("coopdesk: main window's frame (workspace opening)", app["first_window"],
             result["ratio_first_window"]),
            ("coopdesk: dashboard with the data kept at the last close", app["board"],
             result["ratio_board"]),
            ("coopdesk: first page painted (database loaded, cards loading)", app["page"],
             result["ratio_page"]),
            ("coopdesk: first page painted with its data read from the database",
             app["wall"], result["ratio"]),
            ("coopdesk, no kept dashboard: main window's frame", app["cold_first_window"],
             result["ratio_cold_first_window"]),
            ("coopdesk, no kept dashboard: first page with its data", app["cold_wall"],
             result["ratio_cold_wall"])]
    for label, stats, ratio in rows:
        lines.append(f"| {label} | {stats['median_ms']:.0f} | {stats['min_ms']:.0f} "
                     f"| {stats['max_ms']:.0f} | {ratio:.2f} |")
    lines += ["", f"Resident memory at that moment: bare {bare['rss_mb']:.0f} MB, coopdesk "
              f"{app['rss_mb']:.0f} MB.", "", "Import time of coopdesk's start-up by package "
              "(self time, one run with `-X importtime`):", "",
              "| Package | ms |", "|---|---:|"]
    lines += [f"| {item['package']} | {item['self_ms']:.0f} |"
              for item in result["imports"][:15]]
    m = result["machine"]
    lines += ["", f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM, {m['os']}; "
              f"Python {m['python']}; Qt platform {result['platform']}; load average at "
              f"start {m['load_average_1_5_15']}; {result['repeat']} runs each."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="coopdesk start-up benchmark")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--platform", default="offscreen",
                        help="Qt platform plugin (offscreen; xcb under xvfb-run)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="coopdesk-startup-") as tmp:
        env, demo = prepare(Path(tmp), args.platform)
        app_env = dict(env, COOPDESK_SMOKE_STARTUP="1")
        bare_command = [sys.executable, "-c", BARE_WINDOW]
        launch(bare_command, env, "bare: ready")  # warm-up: file cache, compiled .qm
        launch(app_command(demo), app_env, "coopdesk: smoke-startup")
        kept = Path(env["XDG_CACHE_HOME"]) / "coopdesk" / "dashboards"
        bare_runs, app_runs, cold_runs = [], [], []
        for _ in range(args.repeat):
            bare_runs.append(launch(bare_command, env, "bare: ready"))
            app_runs.append(launch(app_command(demo), app_env, "coopdesk: smoke-startup"))
            shutil.rmtree(kept, ignore_errors=True)
            cold_runs.append(launch(app_command(demo), app_env, "coopdesk: smoke-startup"))
        if not app_runs[-1]["board_ms"] < app_runs[-1]["page_ms"]:
            raise RuntimeError("the kept dashboard was not shown before the page")
        imports = import_profile(app_env, demo)

    # The child counts from run(), after the interpreter and main.py: add the same offset
    # the wall clock sees to "first window" (wall - interactive is that offset).
    def shifted(runs: list[dict[str, float]], field: str) -> list[float]:
        return [run["wall_ms"] - run["interactive_ms"] + run[field] for run in runs]

    page = shifted(app_runs, "page_ms")
    first_window = shifted(app_runs, "first_window_ms")
    result: dict[str, Any] = {
        "measured_at": time.strftime("%Y-%m-%d %H:%M:%S"), "machine": machine(),
        "platform": args.platform, "repeat": args.repeat,
        "bare": {"wall": summary([run["wall_ms"] for run in bare_runs]),
                 "rss_mb": statistics.median(run["rss_mb"] for run in bare_runs)},
        "app": {"wall": summary([run["wall_ms"] for run in app_runs]),
                "first_window": summary(first_window),
                "page": summary(page),
                "board": summary(shifted(app_runs, "board_ms")),
                "cold_first_window": summary(shifted(cold_runs, "first_window_ms")),
                "cold_wall": summary([run["wall_ms"] for run in cold_runs]),
                "in_process_ms": summary([run["interactive_ms"] for run in app_runs]),
                "rss_mb": statistics.median(run["rss_mb"] for run in app_runs)},
        "imports": imports,
    }
    bare_ms = result["bare"]["wall"]["median_ms"]
    result["ratio"] = round(result["app"]["wall"]["median_ms"] / bare_ms, 2)
    result["ratio_first_window"] = round(result["app"]["first_window"]["median_ms"] / bare_ms,
                                         2)
    result["ratio_page"] = round(result["app"]["page"]["median_ms"] / bare_ms, 2)
    for name in ("board", "cold_first_window", "cold_wall"):
        result[f"ratio_{name}"] = round(result["app"][name]["median_ms"] / bare_ms, 2)
    report(result, args.out, markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
