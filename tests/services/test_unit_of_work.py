"""One user action, one transaction: every write reads, checks and writes in the same
session (ARCHITECTURE.md, "A use case is one transaction").

Two counts, on a real SQLite workspace: the sessions the services open
(`Database.unit_of_work` and `Database.reading`) and the transactions SQLAlchemy begins
(the `Session` "after_begin" event). Both must be one for the updates of every kind and
for the use cases that span several records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.enums import ActionStatus
from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.services.kinds import KINDS
from coopdesk.services.workspace_services import Services
from coopdesk.store.db import Database
from tests.domain.field_cases import EDITS, Ids, valid_fields
from tests.services.builders import create, workspace_fixtures

workspace_template, workspace, ids = workspace_fixtures()


@dataclass
class Count:
    sessions: int = 0
    transactions: int = 0


@pytest.fixture
def count(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Callable[[], Any]], Count]]:
    """`count(call)` runs *call* and returns the sessions and transactions it opened."""
    current: list[Count] = []

    def wrapped(original: Any) -> Any:
        @contextmanager
        def opening(self: Database) -> Iterator[Session]:
            if current:
                current[-1].sessions += 1
            with original(self) as session:
                yield session
        return opening

    monkeypatch.setattr(Database, "unit_of_work", wrapped(Database.unit_of_work))
    monkeypatch.setattr(Database, "reading", wrapped(Database.reading))

    def began(*_args: Any) -> None:
        if current:
            current[-1].transactions += 1

    event.listen(Session, "after_begin", began)

    def run(call: Callable[[], Any]) -> Count:
        current.append(Count())
        try:
            call()
        finally:
            found = current.pop()
        return found

    yield run
    event.remove(Session, "after_begin", began)


ONE = Count(sessions=1, transactions=1)


@pytest.mark.parametrize("kind", list(KINDS))
def test_one_update_of_each_kind_is_one_transaction(
        services: Services, ids: Ids, count: Callable[[Callable[[], Any]], Count],
        kind: str) -> None:
    fields = valid_fields(kind, ids)
    service = services.service_for(kind)
    made: list[str] = []
    assert count(lambda: made.append(service.create(fields).id)) == ONE
    edited = replace(fields, **EDITS[kind])
    assert count(lambda: service.update(made[0], edited)) == ONE
    assert count(lambda: service.delete(made[0])) == ONE
    assert count(lambda: service.restore(made[0])) == ONE


def test_action_use_cases_are_one_transaction_each(
        services: Services, ids: Ids, count: Callable[[Callable[[], Any]], Count]) -> None:
    action = services.actions.create(ActionFields(title="Affiches", project_id=ids.project)).id
    base = services.actions.get(action).audit.edit_base
    due = ActionFields(title="Affiches", project_id=ids.project, objective_id=ids.objective,
                       due_on=valid_fields("reporting_deadline", ids).due_on)
    assert count(lambda: services.actions.update(action, due, base=base)) == ONE
    assert count(lambda: services.actions.set_status(action, ActionStatus.DONE)) == ONE
    assert services.actions.get(action).done_on is not None


def test_meeting_use_cases_are_one_transaction_each(
        services: Services, ids: Ids, count: Callable[[Callable[[], Any]], Count]) -> None:
    decision = create(services, "decision", ids)
    details = services.meeting_details
    assert count(lambda: details.action_from_decision(
        decision, ActionFields(title="Appliquer la décision"))) == ONE
    made = [a for a in services.actions.list() if a.origin_decision_id == decision]
    assert len(made) == 1
    assert count(lambda: details.add_follow_up_item(ids.meeting, "Suivi", "- affiches")) == ONE
    # The check and the write share the transaction: a second time finds the first.
    assert count(lambda: details.add_follow_up_item(ids.meeting, "suivi ", "")) == ONE
    titles = [item.title for item in services.agenda.list(meeting_id=ids.meeting)]
    assert titles.count("Suivi") == 1


def test_exchange_use_cases_are_one_transaction_each(
        services: Services, ids: Ids, count: Callable[[Callable[[], Any]], Count]) -> None:
    fields = ContactLogEntryFields(kind=valid_fields("contact_log_entry", ids).kind,
                                   occurred_on=valid_fields("contact_log_entry", ids).occurred_on,
                                   subject="Appel", person_id=ids.person, follow_up="Rappeler")
    entry = services.exchanges.create(fields).id
    saved = services.exchanges.get(entry)
    # The person's organisation and the author come from the same transaction's reads.
    assert saved.organisation_id == ids.organisation and saved.author_name
    changed = replace(fields, subject="Appel du lundi", author_name="Quelqu'un d'autre")
    assert count(lambda: services.exchanges.update(entry, changed)) == ONE
    assert services.exchanges.get(entry).author_name == saved.author_name
    assert count(lambda: services.exchanges.mark_follow_up_done(entry)) == ONE
    assert services.exchanges.get(entry).follow_up_done
