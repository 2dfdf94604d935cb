"""The project's open actions to follow up at this meeting, and the agenda item that lists
them (the follow-up loop: open actions roll into the next meeting's agenda)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coopdesk.domain.text import fold_words
from coopdesk.services.meeting_details import ActionLine, MeetingDetail
from coopdesk.ui.formatting import date_text
from coopdesk.ui.models.record_table import RecordTableModel, make_proxy
from coopdesk.ui.pages.meetings.models import action_columns
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.styles import MUTED_STYLE
from coopdesk.ui.widgets.tables import fit_columns, table_view

#: Planned minutes per action followed up, and at most for the whole item.
MINUTES_PER_ACTION = 5
MOST_MINUTES = 30


class FollowUpTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: MeetingDetail | None = None
        self.read_only = False
        self.model: RecordTableModel[ActionLine] = RecordTableModel(action_columns(), self)
        self.proxy = make_proxy(self.model, self)
        self.table = table_view(self, self.proxy, self.tr("Actions to follow up"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # the soonest due first
        self.table.activated.connect(self._open_action)
        self.stack = EmptyStack(self.table, self)
        self.hint = QLabel(self.tr(
            "The project's actions that are not done yet, to review at this meeting. "
            "Double-click an action to open it."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(MUTED_STYLE)
        self.add_item_button = button(self.tr("Add “Follow-up of actions” to the agenda"),
                                      self.add_agenda_item, self)
        self.state_label = QLabel(self)
        self.state_label.setStyleSheet(MUTED_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.add_item_button)
        row.addWidget(self.state_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)

    def item_title(self) -> str:
        return self.tr("Follow-up of actions")

    def set_detail(self, detail: MeetingDetail, read_only: bool = False) -> None:
        self.detail = detail
        self.read_only = read_only
        self.model.set_rows(detail.follow_up)
        if detail.follow_up:
            self.stack.show_content()
            fit_columns(self.table, {0: 90})
        elif detail.meeting.project_id:
            self.stack.show_empty(self.tr("Every action of the project is done or cancelled: "
                                          "nothing to follow up."))
        else:
            self.stack.show_empty(self.tr("This meeting has no project, so no actions to "
                                          "follow up. Choose its project with “Edit…”."))
        title = fold_words(self.item_title())
        listed = any(fold_words(line.item.title) == title for line in detail.agenda)
        self.add_item_button.setEnabled(bool(detail.follow_up) and not listed and not read_only)
        self.state_label.setText(self.tr("The agenda already has this item.") if listed
                                 else "")

    def notes_for(self, lines: Sequence[ActionLine]) -> str:
        """One line per action: what, who, by when."""
        found = []
        for line in lines:
            action = line.action
            if line.owner_name and action.due_on:
                text = self.tr("• {title} — {who}, due {date}").format(
                    title=action.title, who=line.owner_name, date=date_text(action.due_on))
            elif line.owner_name:
                text = self.tr("• {title} — {who}").format(title=action.title,
                                                           who=line.owner_name)
            elif action.due_on:
                text = self.tr("• {title} — due {date}").format(
                    title=action.title, date=date_text(action.due_on))
            else:
                text = self.tr("• {title}").format(title=action.title)
            found.append(text)
        return "\n".join(found)

    def add_agenda_item(self) -> None:
        detail = self.detail
        if detail is None or self.read_only or not detail.follow_up:
            return
        minutes = min(MOST_MINUTES, MINUTES_PER_ACTION * len(detail.follow_up))
        notes = self.notes_for(detail.follow_up)
        details = self.context.services.meeting_details
        changes = self.context.run(lambda: details.add_follow_up_item(
            detail.meeting.id, self.item_title(), notes, minutes))
        if changes:
            self.context.bus.status.emit(self.tr("“{title}” was added at the end of the "
                                                 "agenda.").format(title=self.item_title()))

    def _open_action(self, index: QModelIndex) -> None:
        line = self.model.row_at(self.proxy.mapToSource(index).row())
        self.context.bus.open_record.emit("action", line.id)
