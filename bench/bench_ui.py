"""The window on the large synthetic workspace: first paint of every page, filters, memory.

    python bench/bench_ui.py [--scale 1.0] [--seed 1] [--cache DIR] [--filter ma]
                             [--profile-page directory]

Reuses (or generates) the synthetic workspace of bench_foundation.py, then runs a child
process that opens it, shows the main window and, for each page of the navigation in
order, times its first visit until the page is painted (building a page on its first
visit is part of that), then types a filter into the page's own filter box (the one
`focus_search()` focuses) and times it until the list changed and was painted again. The
child reports its resident memory (RSS) along the way. The reference is a bare PySide6
window launched in the same run (bench_startup.BARE_WINDOW). Writes bench/results/ui.json.

`--profile-page ID[,ID…]` also profiles the first visit of those pages with cProfile and
prints the functions they spend their time in.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__" and not __package__:  # run as a script: find coopdesk and bench
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import cProfile
import io
import json
import os
import pstats
import statistics
import subprocess
import tempfile
import time
from typing import Any

from bench import bench_foundation, synthetic
from bench.bench_startup import BARE_WINDOW, launch
from coopdesk.app.gui import resident_mb

RESULTS = Path(__file__).with_name("results") / "ui.json"
SETTLE_TIMEOUT_S = 30.0
#: How long a filter may take to change the list before the page is said not to react.
FILTER_TIMEOUT_S = 5.0
#: Launches of the bare window (the median is reported).
BARE_RUNS = 5
#: A list that has not changed for this long after typing has settled.
QUIET_S = 0.5


# -- the child: one process with the window ----------------------------------------------
class Painted:
    """Watches paint events of a widget and its children (an application event filter)."""

    def __init__(self, app: Any) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QWidget

        self.target: Any = None
        self.seen = False
        outer = self

        class Filter(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                        and outer.target is not None
                        and (watched is outer.target or outer.target.isAncestorOf(watched))):
                    outer.seen = True
                return False

        self.filter = Filter()
        app.installEventFilter(self.filter)

    def arm(self, widget: Any) -> None:
        self.target, self.seen = widget, False

    def wait(self, app: Any, condition: Any = None, timeout_s: float = SETTLE_TIMEOUT_S
             ) -> bool:
        """Process events until the target was painted (and *condition* holds)."""
        from PySide6.QtCore import QEventLoop

        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.seen and (condition is None or condition()):
                return True
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return False


def with_data_ms(app: Any, painted: Painted, page: Any, since: float) -> float:
    """Milliseconds from *since* until *page* is painted with its data: pages that read in
    a worker (`Page.loading()`) are painted first with "Loading…", then again."""
    if page.loading():
        painted.arm(page)
        painted.wait(app, lambda: not page.loading())
        done = time.perf_counter()
        painted.arm(page)
        if not painted.wait(app, None, 1.0):  # nothing visible changed: no repaint
            return round((done - since) * 1000, 1)
    return round((time.perf_counter() - since) * 1000, 1)


def visible_views(page: Any) -> list[Any]:
    from PySide6.QtWidgets import QAbstractItemView

    return [view for view in page.findChildren(QAbstractItemView)
            if view.isVisible() and view.model() is not None]


def measure_filter(app: Any, painted: Painted, page: Any, text: str) -> dict[str, Any] | None:
    """Type *text* in the page's filter box; None when the page has no filter box."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    if not page.focus_search():
        return None
    app.processEvents()
    edit = QApplication.focusWidget()
    if not isinstance(edit, QLineEdit) or not page.isAncestorOf(edit):
        return None
    views = visible_views(page)
    if not views:
        return None
    main_view = max(views, key=lambda view: view.model().rowCount())
    model = main_view.model()
    before = model.rowCount()
    # The list changed when its model says so (a paged list may keep its row count).
    changes: list[float] = []

    def changed_now(*_args: Any) -> None:
        changes.append(time.perf_counter())

    signals = (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
               model.dataChanged)
    for signal in signals:
        signal.connect(changed_now)
    painted.arm(page)
    started = time.perf_counter()
    QTest.keyClicks(edit, text)
    typed_ms = (time.perf_counter() - started) * 1000
    # Wait for the last change (a debounced filter changes the list after a pause).
    def settled() -> bool:
        return bool(changes) and time.perf_counter() - changes[-1] > QUIET_S
    changed = painted.wait(app, settled, FILTER_TIMEOUT_S)
    settled_ms = ((changes[-1] if changes else time.perf_counter()) - started) * 1000
    if changed:  # until the paint that followed the last change
        painted.arm(page)
        painted.wait(app, None, 1.0)
    after = model.rowCount()
    for signal in signals:
        signal.disconnect(changed_now)
    edit.clear()
    painted.arm(page)
    painted.wait(app, lambda: model.rowCount() == before, FILTER_TIMEOUT_S)
    return {"filter_box": edit.objectName() or edit.placeholderText(),
            "rows_before": before, "rows_after": after, "changed": changed,
            "typing_ms": round(typed_ms, 1), "until_last_change_ms": round(settled_ms, 1)}


def run_child(folder: Path, out: Path, filter_text: str, profile_page: str | None) -> int:
    started = time.perf_counter()
    profile_pages = set((profile_page or "").split(","))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from coopdesk.app import gui
    from coopdesk.app.context import AppContext
    from coopdesk.services.settings import AppPaths
    from coopdesk.services.workspace_services import Services
    from coopdesk.store.workspace import Workspace
    from coopdesk.ui.bus import Bus
    from coopdesk.ui.dialogs.about import DataLocations
    from coopdesk.ui.main_window import MainWindow

    result: dict[str, Any] = {"pages": [], "filters": []}
    with tempfile.TemporaryDirectory(prefix="coopdesk-bench-ui-") as base:
        paths = AppPaths.under(Path(base))
        context = AppContext.load(paths, "fr", ephemeral=True)
        with gui._application(context) as app:
            result["import_ms"] = round((time.perf_counter() - started) * 1000, 1)
            result["rss_mb_qt_loaded"] = round(resident_mb(), 1)
            painted = Painted(app)
            opened = time.perf_counter()
            workspace = Workspace.open(folder, bench_foundation.BENCH_PROFILE)
            services = Services(workspace)
            result["open_ms"] = round((time.perf_counter() - opened) * 1000, 1)
            locations = DataLocations(workspace_folder=folder, settings_file=paths.settings_file,
                                      workspaces_dir=paths.workspaces_dir, log_dir=paths.log_dir)
            shown = time.perf_counter()
            window = MainWindow(services, Bus(), profile=bench_foundation.BENCH_PROFILE,
                                locations=locations)
            built_ms = (time.perf_counter() - shown) * 1000
            painted.arm(window.current_page())
            window.show()
            painted.wait(app)
            first = window.page_ids()[0]
            first_paint = round((time.perf_counter() - shown) * 1000, 1)
            result["pages"].append({"page": first, "build_ms": round(built_ms, 1),
                                    "until_painted_ms": first_paint,
                                    "until_data_ms": with_data_ms(
                                        app, painted, window.current_page(), shown),
                                    "note": "window built and shown"})
            result["rss_mb_first_page"] = round(resident_mb(), 1)
            for page_id in window.page_ids()[1:]:
                profiler = cProfile.Profile() if page_id in profile_pages else None
                visit = time.perf_counter()
                if profiler is not None:
                    profiler.enable()
                window.show_page(page_id)
                if profiler is not None:
                    profiler.disable()
                build_ms = (time.perf_counter() - visit) * 1000
                page = window.current_page()
                painted.arm(page)
                painted.wait(app)
                first_paint = round((time.perf_counter() - visit) * 1000, 1)
                result["pages"].append({"page": page_id, "build_ms": round(build_ms, 1),
                                        "until_painted_ms": first_paint,
                                        "until_data_ms": with_data_ms(app, painted, page,
                                                                      visit)})
                if profiler is not None:
                    text = io.StringIO()
                    pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(30)
                    result.setdefault("profiles", []).append(
                        {"page": page_id, "stats": text.getvalue()})
            result["rss_mb_all_pages"] = round(resident_mb(), 1)
            for page_id in window.page_ids():
                window.show_page(page_id)
                page = window.current_page()
                painted.arm(page)
                painted.wait(app)
                measured = measure_filter(app, painted, page, filter_text)
                if measured is not None:
                    result["filters"].append({"page": page_id, **measured})
            result["rss_mb_after_filters"] = round(resident_mb(), 1)
            window.close()
            workspace.close()
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


# -- the parent: workspace, reference, report ----------------------------------------------
def markdown(result: dict[str, Any]) -> str:
    bare, app = result["bare"], result["app"]
    lines = [f"Bare PySide6 window (median of {BARE_RUNS} launches): launch → painted "
             f"{bare['wall_ms']:.0f} ms, of which {bare['interactive_ms']:.0f} ms after the "
             f"interpreter started; RSS {bare['rss_mb']:.0f} MB.", "",
             f"coopdesk: opening the workspace {app['open_ms']:.0f} ms.", "",
             "| Page | First visit: built (ms) | → painted (ms) | → with its data (ms) |",
             "|---|---:|---:|---:|"]
    for page in app["pages"]:
        note = f" ({page['note']})" if page.get("note") else ""
        lines.append(f"| {page['page']}{note} | {page['build_ms']:.0f} "
                     f"| {page['until_painted_ms']:.0f} "
                     f"| {page.get('until_data_ms', page['until_painted_ms']):.0f} |")
    lines += ["", f"Filter “{result['filter']}” typed in each page's filter box:", "",
              "| Page | Rows before → after | Typing (ms) | → last change of the list (ms) |",
              "|---|---:|---:|---:|"]
    for item in app["filters"]:
        reacted = "" if item["changed"] else " (list unchanged)"
        lines.append(f"| {item['page']} | {item['rows_before']:,} → {item['rows_after']:,}"
                     f"{reacted} | {item['typing_ms']:.0f} "
                     f"| {item['until_last_change_ms']:.0f} |")
    lines += ["", "| Resident memory | MB |", "|---|---:|",
              f"| Bare PySide6 window | {bare['rss_mb']:.0f} |",
              f"| coopdesk, Qt and modules loaded | {app['rss_mb_qt_loaded']:.0f} |",
              f"| coopdesk, first page shown | {app['rss_mb_first_page']:.0f} |",
              f"| coopdesk, every page visited | {app['rss_mb_all_pages']:.0f} |",
              f"| coopdesk, after the filters | {app['rss_mb_after_filters']:.0f} |"]
    m = result["machine"]
    lines += ["", f"Scale {result['scale']:g}, seed {result['seed']}. Machine: {m['cpu']}, "
              f"{m['cores']} cores, {m['ram_gb']} GB RAM, {m['os']}; Python {m['python']}, "
              f"SQLite {m['sqlite']}; Qt platform offscreen; load average at start "
              f"{m['load_average_1_5_15']}."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="coopdesk window benchmarks")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "coopdesk-bench")
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--filter", default="ma", help="text typed in each filter box")
    parser.add_argument("--profile-page", default=None, metavar="PAGE_ID[,PAGE_ID…]")
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--child-out", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        return run_child(args.child, args.child_out, args.filter, args.profile_page)

    folder = bench_foundation.workspace_folder(args.cache, args.scale, args.seed,
                                               args.regenerate)
    machine = bench_foundation.machine()
    with tempfile.TemporaryDirectory(prefix="coopdesk-bench-ui-") as tmp:
        # Compiled bytecode, as an installed app has, kept aside in the temporary folder.
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                   PYTHONPYCACHEPREFIX=str(Path(tmp) / "pyc"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        bare_command = [sys.executable, "-c", BARE_WINDOW]
        launch(bare_command, env, "bare: ready")  # warm-up: file cache, bytecode
        runs = [launch(bare_command, env, "bare: ready") for _ in range(BARE_RUNS)]
        bare = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        child_out = Path(tmp) / "child.json"
        command = [sys.executable, str(Path(__file__).resolve()), "--child", str(folder),
                   "--child-out", str(child_out), "--filter", args.filter]
        if args.profile_page:
            command += ["--profile-page", args.profile_page]
        subprocess.run(command, env=env, check=True, timeout=1800)
        app = json.loads(child_out.read_text(encoding="utf-8"))
    result = {"scale": args.scale, "seed": args.seed, "filter": args.filter,
              "counts": synthetic.counts_for(args.scale),
              "measured_at": time.strftime("%Y-%m-%d %H:%M:%S"), "machine": machine,
              "bare": bare, "app": app}
    profiles = app.pop("profiles", [])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n",
                        encoding="utf-8")
    print(markdown(result))
    for profile in profiles:
        print(f"\nProfile of the first visit of {profile['page']}:\n{profile['stats']}")
    print(f"\nWritten to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
