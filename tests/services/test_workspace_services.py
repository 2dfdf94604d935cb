"""`Services`: every service built on first use, once, even when two threads ask at once;
`by_kind` covers every kind of record."""

from __future__ import annotations

import threading
import time

import pytest

from coopdesk.services import workspace_services
from coopdesk.services.kinds import KINDS, UnknownKindError
from coopdesk.services.workspace_services import Services
from coopdesk.store import models as _models  # noqa: F401  (every model mapped)
from coopdesk.store.sync_schema import record_models
from coopdesk.store.workspace import Workspace


def test_services_are_built_when_first_asked_for(workspace: Workspace) -> None:
    services = Services(workspace)
    assert "minutes" not in vars(services) and "dashboard" not in vars(services)
    minutes = services.minutes
    assert services.minutes is minutes
    # Built with what it needs, each once: asking again gives the same one.
    assert "meeting_details" in vars(services)
    assert services.meeting_details is vars(services)["meeting_details"]
    assert services.meeting_details.agenda is services.service_for("agenda_item")
    assert services.agenda is services.service_for("agenda_item")


def test_record_services_are_built_per_kind_on_first_use(workspace: Workspace) -> None:
    services = Services(workspace)
    assert "booking" not in services._by_kind
    bookings = services.service_for("booking")
    assert services._by_kind["booking"] is bookings is services.bookings
    with pytest.raises(UnknownKindError):
        services.service_for("no_such_kind")


def test_by_kind_covers_every_kind_of_record(workspace: Workspace) -> None:
    services = Services(workspace)
    kinds = {model.__kind__ for model in record_models().values()}
    assert set(services.by_kind()) == kinds
    assert set(KINDS) == kinds


def test_two_threads_asking_at_once_get_the_same_service(
        workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    services = Services(workspace)
    real_build = workspace_services.Services.team_secrets.build  # type: ignore[attr-defined]
    built: list[object] = []

    def slow_build(instance: Services) -> object:
        time.sleep(0.05)  # both threads are inside: without the lock both would build
        made = real_build(instance)
        built.append(made)
        return made

    monkeypatch.setattr(workspace_services.Services.team_secrets,  # type: ignore[attr-defined]
                        "build", slow_build)
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(services.team_secrets))
               for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(built) == 1 and len(seen) == 4 and all(item is built[0] for item in seen)
