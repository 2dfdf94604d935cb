"""`--demo --screenshots DIR`: a PNG of every page and of the states pages offer.

Files: `<page_id>.png` for each page of the navigation, `<page_id>-<name>.png` for each
state in `page.extra_screenshots()` (a dialog the state opens is captured instead of the
window), `main-window.png`, `search.png` when search is available, `<name>.png` for each of
the window's own dialogs (`MainWindow.window_states()`: help-shortcuts, help-about,
file-backups, file-export), and `record-history.png`: the history of the action changed
most often.

The walk itself (`walk`) visits the same states with any function: the accessibility test
checks each one instead of saving it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from coopdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

SIZE = (1280, 800)
SETTLE_ROUNDS = 6


def settle(rounds: int = SETTLE_ROUNDS) -> None:
    """Let pending work finish: background tasks, posted events, layouts, repaints."""
    for _ in range(rounds):
        QThreadPool.globalInstance().waitForDone(10_000)
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _visible_windows() -> set[QWidget]:
    return {widget for widget in QApplication.topLevelWidgets() if widget.isVisible()}


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    widget.close()


#: What a walk does with each state: its name and the widget showing it (the window, or
#: the dialog the state opened, still open).
Visit = Callable[[str, QWidget], None]


def visit_state(window: QWidget, enter: Callable[[], None], name: str, visit: Visit) -> None:
    """Put the window in a state and *visit* it; a dialog the state opens is visited instead.

    A modal dialog run with `exec()` is visited from inside its own event loop, then
    closed, so a state may open one without blocking the walk.
    """
    before = _visible_windows()
    visited: list[str] = []

    def visit_modal() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal not in before and not visited:
            settle()
            visit(name, modal)
            visited.append(name)
            _close(modal)

    QTimer.singleShot(0, visit_modal)
    enter()
    settle()
    if visited:
        return
    opened = [widget for widget in _visible_windows() - before if widget is not window]
    if opened:
        visit(name, opened[-1])
        for widget in opened:
            _close(widget)
        settle()
        return
    visit(name, window)


def capture_state(window: QWidget, enter: Callable[[], None], target: Path) -> Path:
    """Put the window in a state and save it; a dialog the state opens is saved instead."""
    visit_state(window, enter, target.stem,
                lambda _name, widget: widget.grab().save(str(target)))
    return target


def _search_text(window: MainWindow) -> str:
    """A word the workspace certainly contains: the longest of the first project's title."""
    projects = window.services.projects.list(limit=1)
    if not projects:
        return ""
    words = sorted(projects[0].title.split(), key=len, reverse=True)
    return words[0] if words else ""


def walk(window: MainWindow, visit: Visit) -> None:
    """Show every page and state of *window* in turn and *visit* each, by name: the window
    as it opens, search, each page, the states its `extra_screenshots()` offers, the
    window's own dialogs (`window_states()`) and a record's history."""
    window.resize(*SIZE)
    window.show()
    settle()
    # The window as it opens, before any page is put in another state.
    visit("main-window", window)
    if window.search_box.searcher is not None:
        text = _search_text(window)
        if text:
            window.search_box.setFocus()
            window.search_box.setText(text)
            window.search_box.search_now()
            settle()
            visit("search", window)
            window.search_box.close_popup()
            window.search_box.clear()
    for page in window.pages:
        window.show_page(page.page_id)
        page.refresh()
        settle()
        visit(page.page_id, window)
        for name, enter in page.extra_screenshots():
            visit_state(window, enter, f"{page.page_id}-{name}", visit)
        log.info("Page %s walked", page.page_id)
    for name, enter in window.window_states():
        visit_state(window, enter, name, visit)
    _history_of_a_record(window, visit)
    if window.pages:
        window.show_page(window.pages[0].page_id)


def save_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    """Render every page and state of *window* into *folder*; the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(name: str, widget: QWidget) -> None:
        target = folder / f"{name}.png"
        widget.grab().save(str(target))
        written.append(target)

    walk(window, save)
    return written


def _history_of_a_record(window: MainWindow, visit: Visit) -> None:
    """The history dialog (Ctrl+H) of the action changed most often, opened on its page."""
    services = window.services
    changed = [(len(services.history.of("action", action.id)), action.id)
               for action in services.actions.list(limit=200)]
    if not changed:
        return
    action_id = max(changed)[1]

    def enter() -> None:
        window.open_record("action", action_id)
        window.show_history()

    visit_state(window, enter, "record-history", visit)
