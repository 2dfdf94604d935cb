"""The history dialog: versions, what each changed, restoring one through the bus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.enums import OrgKind
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.dialogs import history as history_module
from coopdesk.ui.dialogs.field_labels import field_label, value_text
from coopdesk.ui.dialogs.history import HistoryDialog, summary_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

BASE = OrganisationFields(name="Asso du Pont", city="Lyon", description="Première ligne")


class Confirm:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.answer = True
        self.asked: list[str] = []

        def ask(cls: Any, parent: Any, text: str) -> bool:
            self.asked.append(text)
            return self.answer

        monkeypatch.setattr(history_module.RestoreConfirmation, "ask", classmethod(ask))


@pytest.fixture
def confirm(monkeypatch: pytest.MonkeyPatch) -> Confirm:
    return Confirm(monkeypatch)


@pytest.fixture
def org(services: Services) -> str:
    record = services.organisations.create(BASE).id
    services.organisations.update(record, replace(BASE, name="Asso du Grand Pont",
                                                  kind=OrgKind.COLLECTIVE))
    services.organisations.update(record, replace(BASE, name="Asso du Grand Pont",
                                                  kind=OrgKind.COLLECTIVE,
                                                  description="Première ligne\nDeuxième"))
    return record


def make_dialog(qtbot: Any, services: Services, org: str, bus: Bus | None = None
                ) -> HistoryDialog:
    dialog = HistoryDialog(services, "organisation", org, None, bus)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_versions_newest_first_with_their_changes(qtbot: Any, services: Services,
                                                  org: str) -> None:
    dialog = make_dialog(qtbot, services, org)

    assert dialog.versions.rowCount() == 3
    assert "Asso du Grand Pont" in dialog.windowTitle()
    texts = [dialog.versions.index(row, 3).data() for row in range(3)]
    assert texts == ["changed: description", "changed: name, kind", "created it"]
    assert dialog.versions.index(0, 1).data() == "Marie Dupont"
    assert dialog.versions.index(0, 2).data() == "Asso du Pont"
    # The newest version is selected: a long text shows whole, before and after.
    assert dialog.selected_row() == 0
    assert dialog.field_changes.rowCount() == 1
    assert dialog.field_changes.index(0, 0).data() == field_label("description") == \
        "Description"
    assert not dialog.texts.isHidden()
    assert dialog.after_text.toPlainText() == "Première ligne\nDeuxième"
    assert dialog.field_changes.index(0, 2).data() == "Première ligne…"
    assert not dialog.restore_button.isEnabled()

    dialog.select_version(1)

    assert [(dialog.field_changes.index(r, 1).data(), dialog.field_changes.index(r, 2).data())
            for r in range(2)] == [("Asso du Pont", "Asso du Grand Pont"),
                                   ("Association", "Collective")]
    assert dialog.texts.isHidden()
    assert dialog.restore_button.isEnabled()


def test_restoring_a_version_publishes_and_can_be_undone(
        qtbot: Any, services: Services, org: str, confirm: Confirm) -> None:
    bus = Bus()
    published: list[Changes] = []
    statuses: list[str] = []
    undoables: list[tuple[str, Callable[[], Changes]]] = []
    bus.changed.connect(published.append)
    bus.status.connect(statuses.append)
    bus.undoable.connect(lambda text, undo: undoables.append((text, undo)))
    dialog = make_dialog(qtbot, services, org, bus)
    dialog.select_version(2)

    assert dialog.restore_selected()

    assert len(confirm.asked) == 1
    record = services.organisations.get(org)
    assert (record.name, record.kind, record.description) == (
        "Asso du Pont", OrgKind.ASSOCIATION, "Première ligne")
    assert published and published[0].touches("organisation") and org in published[0].ids
    assert dialog.changes.touches("organisation")
    assert statuses and "restored" in statuses[-1]
    # The dialog shows the restore as the newest version.
    assert dialog.versions.rowCount() == 4
    assert dialog.versions.index(0, 3).data() == "changed: name, kind, description"
    (text, undo) = undoables[0]
    assert text == "Restore a version"
    undo()
    assert services.organisations.get(org).name == "Asso du Grand Pont"


def test_declining_the_confirmation_changes_nothing(qtbot: Any, services: Services, org: str,
                                                    confirm: Confirm) -> None:
    confirm.answer = False
    dialog = make_dialog(qtbot, services, org)
    dialog.select_version(2)
    assert not dialog.restore_selected()
    assert services.organisations.get(org).name == "Asso du Grand Pont"
    assert dialog.versions.rowCount() == 3


def test_the_newest_version_cannot_be_restored(qtbot: Any, services: Services, org: str,
                                               confirm: Confirm) -> None:
    dialog = make_dialog(qtbot, services, org)
    assert not dialog.restore_selected()
    assert confirm.asked == []


def test_a_record_that_is_gone_says_so(qtbot: Any, services: Services) -> None:
    dialog = make_dialog(qtbot, services, "no-such-id")
    assert dialog.versions.rowCount() == 0
    assert not dialog.message.isHidden() and dialog.message.text()
    assert not dialog.restore_button.isEnabled()


def test_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, services: Services,
                                      org: str) -> None:
    dialog = make_dialog(qtbot, services, org)
    qtmodeltester.check(dialog.versions)
    dialog.select_version(1)
    qtmodeltester.check(dialog.field_changes)


def test_values_read_as_people_read_them(qtbot: Any, services: Services, org: str) -> None:
    assert value_text("budget_cents", 123456).replace("\u202f", " ").replace("\xa0", " ") \
        .startswith("1")
    assert value_text("city", "") == "(empty)"
    assert value_text("organisation_id", "x", "") == "(a deleted record)"
    assert value_text("done", True) == "Yes"
    entry = services.history.of("organisation", org)[0]
    assert summary_text(entry) == "changed: description"
