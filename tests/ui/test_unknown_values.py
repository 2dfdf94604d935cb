"""A value the app does not know, stored in the database (a newer version's, or written by
hand), never makes a page unreadable: it shows as "valeur inconnue" and is kept (issue 13).
Offscreen, on a real workspace file; the quarantine notice reads in the sync inbox too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.enums import ActionStatus
from coopdesk.services.sharing.inbox import QuarantineNotice, RefusedChange
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace
from coopdesk.ui.bus import Bus
from coopdesk.ui.pages.actions import ActionsPage
from coopdesk.ui.pages.actions.models import ActionTableModel
from coopdesk.ui.pages.sync.texts import notice_explanation, notice_subject, notice_summary
from coopdesk.ui.widgets.form import EnumCombo
from tests.conftest import TEST_PROFILE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_an_unknown_status_shows_as_unknown_value_and_is_kept(
        qtbot: Any, tmp_path: Path, ui_language: Callable[[str], None]) -> None:
    ui_language("fr")
    with Workspace.create(tmp_path / "w", "Espace", TEST_PROFILE) as workspace:
        services = Services(workspace)
        action = services.actions.create(ActionFields(title="Plan de com")).id
        with workspace.db.engine.begin() as conn:
            conn.execute(text("UPDATE action SET status = 'zzz', priority = 'urgentissime' "
                              "WHERE id = :id"), {"id": action})
        page = ActionsPage(services, Bus())
        qtbot.addWidget(page)
        page.resize(1100, 760)
        page.show()
        page.refresh()
        combo = page.filters.status_combo
        combo.setCurrentIndex(combo.findData("any"))
        rows = [row for row in page.model.rows() if row.action.id == action]
        assert len(rows) == 1
        index = page.model.index(page.model.rows().index(rows[0]), ActionTableModel.STATUS)
        assert page.model.data(index) == "Valeur inconnue"
        page.grab()  # the whole page paints
        # the edit form keeps the value when saved unchanged
        editor = EnumCombo(ActionStatus, services.actions.get(action).status)
        qtbot.addWidget(editor)
        assert editor.currentText() == "Valeur inconnue"
        assert editor.value() == "zzz"


def test_the_quarantine_notice_reads_in_french(ui_language: Callable[[str], None]) -> None:
    ui_language("fr")
    change = RefusedChange(record_kind="organisation", record_id="0190", record_title="Asso",
                           field="name", reason="required", value="None",
                           author="Alice Martin", author_org="Asso du Pont",
                           replica="0190abcdef", app_version="2.0.0")
    notice = QuarantineNotice(id=1, created_at=dt.datetime(2026, 1, 1), changes=(change,))
    assert notice_subject(notice) == "1 modification mise de côté"
    assert "Alice Martin (Asso du Pont), ordinateur 0190abcd, coopdesk 2.0.0" in (
        notice_summary(notice))
    explanation = notice_explanation(notice)
    assert explanation.startswith("Ces modifications")
    assert "vide, alors qu’obligatoire" in explanation
