"""The runner: calls in a worker thread, outcomes on the GUI thread, busy indicator, errors."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.errors import NotFoundError
from coopdesk.services.workspace_services import Services
from coopdesk.ui.dialogs.error_report import ErrorReport
from coopdesk.ui.dialogs.messages import Alert
from coopdesk.ui.runner import BusyIndicator, CancelledError, Runner

WAIT_MS = 10_000


class Gate:
    """A call that blocks its worker until the test opens the gate."""

    def __init__(self, value: Any = None) -> None:
        self.value = value
        self.opened = threading.Event()
        self.started = threading.Event()
        self.ran = False

    def __call__(self) -> Any:
        self.ran = True
        self.started.set()
        if not self.opened.wait(WAIT_MS / 1000):
            raise TimeoutError("the test never opened the gate")
        return self.value


@pytest.fixture
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(Alert, "warn", classmethod(
        lambda cls, parent, title, text, detail="": shown.append((title, text))))
    return shown


@pytest.fixture
def reports(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str, Path | None]]:
    shown: list[tuple[str, str, str, Path | None]] = []
    monkeypatch.setattr(ErrorReport, "present", classmethod(
        lambda cls, parent, title, text, details, log_file=None:
        shown.append((title, text, details, log_file))))
    return shown


@pytest.fixture
def runner(qtbot: Any, tmp_path: Path) -> Iterator[Runner]:
    holder = QWidget()
    qtbot.addWidget(holder)
    made = Runner(holder, log_file=tmp_path / "logs" / "coopdesk.log")
    yield made
    made.drain()


def test_the_call_runs_in_a_worker_and_the_result_arrives_on_the_gui_thread(
        qtbot: Any, runner: Runner) -> None:
    threads: dict[str, int] = {}

    def work() -> int:
        threads["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        threads["slot"] = threading.get_ident()
        threads["value"] = value

    task = runner.run(work, on_success=done)
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert threads["value"] == 42
    assert threads["slot"] == threading.main_thread().ident
    assert threads["worker"] != threads["slot"]
    assert runner.running() == 0


def test_a_real_service_call_in_the_worker(qtbot: Any, runner: Runner,
                                           services: Services) -> None:
    """Writes and reads through the services from a worker, then reads on the GUI thread:
    the engine's pool gives each thread its own SQLite connection."""

    def create_then_list() -> tuple[str, list[str], int]:
        created = services.organisations.create(OrganisationFields(name="Asso des Tilleuls"))
        names = [org.name for org in services.organisations.list()]
        return created.id, names, threading.get_ident()

    record_id, names, worker = runner.call(create_then_list, text="Saving…")
    assert worker != threading.get_ident()
    assert names == ["Asso des Tilleuls"]
    assert services.organisations.get(record_id).name == "Asso des Tilleuls"
    # And the worker sees what the GUI thread writes.
    services.organisations.create(OrganisationFields(name="Collectif Été"))
    found = runner.call(lambda: sorted(org.name for org in services.organisations.list()))
    assert found == ["Asso des Tilleuls", "Collectif Été"]


def test_call_raises_the_error_of_the_worker(runner: Runner, alerts: list[Any]) -> None:
    def missing() -> None:
        raise NotFoundError(kind="organisation", id="x")

    with pytest.raises(NotFoundError):
        runner.call(missing)
    assert alerts == []  # the caller decides what to say


def test_an_expected_error_is_shown_in_plain_words(qtbot: Any, runner: Runner,
                                                   alerts: list[Any]) -> None:
    def missing() -> None:
        raise NotFoundError(kind="organisation", id="x")

    task = runner.run(missing, error_title="Cannot export")
    with qtbot.waitSignal(task.failed, timeout=WAIT_MS) as failed:
        pass
    assert isinstance(failed.args[0], NotFoundError)
    qtbot.waitUntil(lambda: bool(alerts), timeout=WAIT_MS)
    assert alerts == [("Cannot export", "This record no longer exists: organisation x.")]


def test_a_bug_is_logged_and_shown_with_the_log_file(qtbot: Any, runner: Runner,
                                                     alerts: list[Any], reports: list[Any],
                                                     caplog: pytest.LogCaptureFixture) -> None:
    def broken() -> None:
        raise ZeroDivisionError("a bug in the worker")

    with caplog.at_level(logging.ERROR, logger="coopdesk.ui.runner"):
        task = runner.run(broken)
        with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
            pass
    assert "a bug in the worker" in caplog.text
    assert alerts == []  # a bug gets the error report, not a plain warning
    [(title, text, details, log_file)] = reports
    assert title == "Unexpected error" and log_file == runner.log_file
    assert str(runner.log_file) in text and "Your data is safe" in text
    assert f"Log file: {runner.log_file}" in details
    assert "in broken" in details and details.endswith("ZeroDivisionError: a bug in the worker")


def test_the_error_report_of_a_bug_copies_its_details(qtbot: Any, runner: Runner) -> None:
    """The real dialog: plain words, the log file, and "Copy the details"."""
    seen: list[tuple[str, str, str]] = []

    def look_and_copy() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ErrorReport)
        where = dialog.findChild(QWidget, "errorLogFile")
        seen.append((dialog.windowTitle(), dialog.findChild(QWidget, "errorText").text(),
                     where.text() if where is not None else ""))
        dialog.copy_button.click()
        dialog.accept()

    def broken() -> None:
        raise KeyError("missing piece")

    def when_shown() -> None:  # the report waits in its own event loop meanwhile
        if isinstance(QApplication.activeModalWidget(), ErrorReport):
            poll.stop()
            look_and_copy()

    poll = QTimer()
    poll.setInterval(10)
    poll.timeout.connect(when_shown)
    poll.start()
    task = runner.run(broken)
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    poll.stop()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    [(title, text, where)] = seen
    assert title == "Unexpected error" and "Your data is safe" in text
    assert str(runner.log_file) in where
    copied = QApplication.clipboard().text()
    assert "KeyError: 'missing piece'" in copied and str(runner.log_file) in copied


def test_a_custom_error_handler_replaces_the_report(qtbot: Any, runner: Runner,
                                                    alerts: list[Any]) -> None:
    seen: list[BaseException] = []

    def broken() -> None:
        raise ValueError("handled by the caller")

    task = runner.run(broken, on_error=seen.append)
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert [str(error) for error in seen] == ["handled by the caller"]
    assert alerts == []


def test_a_newer_task_with_the_same_key_drops_the_stale_result(qtbot: Any,
                                                              runner: Runner) -> None:
    results: list[str] = []
    slow = Gate("stale")
    first = runner.run(slow, key="search", on_success=results.append)
    assert slow.started.wait(WAIT_MS / 1000)
    second = runner.run(lambda: "fresh", key="search", on_success=results.append)
    with qtbot.waitSignal(second.finished, timeout=WAIT_MS):
        pass
    assert first.cancelled and not second.cancelled
    slow.opened.set()
    with qtbot.waitSignal(first.finished, timeout=WAIT_MS):
        pass
    assert results == ["fresh"]


def test_a_cancelled_call_that_has_not_started_never_runs(qtbot: Any, tmp_path: Path) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    runner = Runner(pool=pool)
    blocker, queued = Gate(), Gate()
    first = runner.run(blocker)
    second = runner.run(queued, on_success=lambda _value: pytest.fail("result not dropped"))
    second.cancel()
    blocker.opened.set()
    queued.opened.set()
    with qtbot.waitSignal(second.finished, timeout=WAIT_MS):
        pass
    assert first.done and not queued.ran
    assert pool.waitForDone(WAIT_MS)


def test_the_busy_indicator_shows_while_work_with_a_text_runs(qtbot: Any,
                                                              runner: Runner) -> None:
    indicator = BusyIndicator(runner)
    qtbot.addWidget(indicator)
    indicator.show()
    indicator.hide()
    gate = Gate("ok")
    task = runner.run(gate, text="Exporting…")
    assert runner.busy_text() == "Exporting…"
    qtbot.waitUntil(indicator.isVisible, timeout=WAIT_MS)
    assert indicator.label.text() == "Exporting…"
    assert (indicator.bar.minimum(), indicator.bar.maximum()) == (0, 0)  # indeterminate
    # Work without a text (a search) does not make the window look busy.
    quiet = runner.run(lambda: None)
    with qtbot.waitSignal(quiet.finished, timeout=WAIT_MS):
        pass
    assert indicator.isVisible()
    gate.opened.set()
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert not indicator.isVisible() and runner.busy_text() == ""


def test_quick_work_never_flashes_the_indicator(qtbot: Any, runner: Runner) -> None:
    indicator = BusyIndicator(runner)
    qtbot.addWidget(indicator)
    shown: list[bool] = []
    indicator._delay.timeout.connect(lambda: shown.append(True))
    task = runner.run(lambda: None, text="Opening…")
    with qtbot.waitSignal(task.finished, timeout=WAIT_MS):
        pass
    assert not indicator.isVisible() and not indicator._delay.isActive()
    assert shown == []


def test_drain_drops_results_and_waits_for_the_workers(qtbot: Any, runner: Runner) -> None:
    results: list[Any] = []
    gate = Gate("late")
    task = runner.run(gate, text="Searching…", on_success=results.append)
    assert gate.started.wait(WAIT_MS / 1000)
    gate.opened.set()
    assert runner.drain(timeout_s=WAIT_MS / 1000)
    assert task.done and task.cancelled and runner.running() == 0
    assert runner.busy_text() == ""
    # A call interrupted by drain (the window closing while it waits) raises CancelledError.
    other = Gate("never delivered")

    def open_then_drain() -> None:
        other.opened.set()
        runner.drain()

    QTimer.singleShot(0, open_then_drain)
    with pytest.raises(CancelledError):
        runner.call(other)
    assert results == []
