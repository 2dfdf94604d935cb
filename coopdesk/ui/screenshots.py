"""`--demo --screenshots DIR`: a PNG of every page and of the states pages offer.

Files: `<page_id>.png` for each page of the navigation, `<page_id>-<name>.png` for each
state in `page.extra_screenshots()` (a dialog the state opens is captured instead of the
window), `main-window.png`, `search.png` when search is available, and `record-history.png`:
the history of the action changed most often.
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


def capture_state(window: MainWindow, enter: Callable[[], None], target: Path) -> Path:
    """Put the window in a state and save it; a dialog the state opens is saved instead.

    A modal dialog run with `exec()` is captured from inside its own event loop, then
    closed, so a state may open one without blocking the screenshots.
    """
    before = _visible_windows()
    captured: list[Path] = []

    def capture_modal() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and modal not in before and not captured:
            settle()
            modal.grab().save(str(target))
            captured.append(target)
            _close(modal)

    QTimer.singleShot(0, capture_modal)
    enter()
    settle()
    if captured:
        return target
    opened = [widget for widget in _visible_windows() - before if widget is not window]
    if opened:
        opened[-1].grab().save(str(target))
        for widget in opened:
            _close(widget)
        settle()
        return target
    window.grab().save(str(target))
    return target


def _search_text(window: MainWindow) -> str:
    """A word the workspace certainly contains: the longest of the first project's title."""
    projects = window.services.projects.list(limit=1)
    if not projects:
        return ""
    words = sorted(projects[0].title.split(), key=len, reverse=True)
    return words[0] if words else ""


def save_screenshots(window: MainWindow, folder: Path) -> list[Path]:
    """Render every page and state of *window* into *folder*; the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(*SIZE)
    window.show()
    settle()
    # The window as it opens, before any page is put in another state.
    written = [_grab(window, folder / "main-window.png")]
    if window.search_box.searcher is not None:
        text = _search_text(window)
        if text:
            window.search_box.setFocus()
            window.search_box.setText(text)
            window.search_box.search_now()
            written.append(_grab(window, folder / "search.png"))
            window.search_box.close_popup()
            window.search_box.clear()
    for page in window.pages:
        window.show_page(page.page_id)
        page.refresh()
        written.append(_grab(window, folder / f"{page.page_id}.png"))
        for name, enter in page.extra_screenshots():
            written.append(capture_state(window, enter, folder / f"{page.page_id}-{name}.png"))
        log.info("Screenshots of page %s saved", page.page_id)
    history = _history_of_a_record(window, folder / "record-history.png")
    if history is not None:
        written.append(history)
    if window.pages:
        window.show_page(window.pages[0].page_id)
    return written


def _history_of_a_record(window: MainWindow, target: Path) -> Path | None:
    """The history dialog (Ctrl+H) of the action changed most often, opened on its page."""
    services = window.services
    changed = [(len(services.history.of("action", action.id)), action.id)
               for action in services.actions.list(limit=200)]
    if not changed:
        return None
    action_id = max(changed)[1]

    def enter() -> None:
        window.open_record("action", action_id)
        window.show_history()

    return capture_state(window, enter, target)


def _grab(window: MainWindow, target: Path) -> Path:
    settle()
    window.grab().save(str(target))
    return target
