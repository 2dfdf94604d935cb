"""The panel beside the action plan: the selected action, where it came from (the meeting
decision), its objective, and its status to change in one click."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import ActionStatus
from coopdesk.services.action_plan import ActionRow
from coopdesk.ui.formatting import date_text
from coopdesk.ui.labels import enum_label
from coopdesk.ui.pages.actions.models import late_text, overdue_colour, owner_text
from coopdesk.ui.widgets import html_parts as h
from coopdesk.ui.widgets.form import EnumCombo

RECORD_KINDS = ("project", "objective", "organisation", "person", "meeting")


class ActionDetail(QWidget):
    #: The user chose another status for the action shown: (action id, status).
    status_chosen = Signal(str, object)
    #: The user followed a link to another record: (kind, id).
    record_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("action_detail")
        self.row: ActionRow | None = None
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title_label.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.35)
        self.title_label.setFont(font)
        self.overdue_label = QLabel(self)
        self.overdue_label.setObjectName("overdue_banner")
        self.overdue_label.setWordWrap(True)
        self.status_combo = EnumCombo(ActionStatus, parent=self)
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.setToolTip(self.tr("Change the status (Ctrl+Enter marks the action "
                                             "done)"))
        status_label = QLabel(self.tr("&Status:"), self)
        status_label.setBuddy(self.status_combo)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("action_facts")
        self.browser.setAccessibleName(self.tr("Where the action comes from"))
        self.browser.setOpenLinks(False)
        self.browser.setFrameShape(QFrame.Shape.NoFrame)
        self.browser.anchorClicked.connect(self._follow)
        self.placeholder = QLabel(self.tr("Select an action to see where it comes from and to "
                                          "change its status."), self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet(f"color: {h.muted_colour()};")
        self.body = QWidget(self)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.title_label)
        heading.addWidget(self.overdue_label)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(status_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.status_combo, 0, Qt.AlignmentFlag.AlignTop)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(top)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.body, 1)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.clear()

    def clear(self) -> None:
        self.row = None
        self.body.hide()
        self.placeholder.show()

    def show_row(self, row: ActionRow) -> None:
        self.row = row
        action = row.action
        self.placeholder.hide()
        self.body.show()
        self.title_label.setText(action.title)
        if row.overdue:
            self.overdue_label.setText("⚠ " + self.tr("Overdue: {late}").format(
                late=late_text(row.days_overdue)))
            self.overdue_label.setStyleSheet(
                f"color: {overdue_colour(self.palette()).name()}; font-weight: 600;")
        self.overdue_label.setVisible(row.overdue)
        blocked = self.status_combo.blockSignals(True)
        self.status_combo.set_value(action.status)
        self.status_combo.blockSignals(blocked)
        self.status_combo.setEnabled(not action.audit.in_trash)
        self.browser.setHtml(self._html(row))

    def _html(self, row: ActionRow) -> str:
        action = row.action
        parts: list[str] = []
        if action.audit.in_trash:
            parts.append(h.warning(self.tr(
                "In the trash since {deleted_on} (deleted by {deleted_by}). Click “Restore” "
                "to bring it back.").format(**h.audit_parts(action.audit))))
        owner = owner_text(row)
        if action.owner_person_id and owner:
            owner = h.record_link("person", action.owner_person_id, owner)
        elif action.owner_organisation_id and owner:
            owner = h.record_link("organisation", action.owner_organisation_id, owner)
        else:
            owner = h.text(owner)
        facts = h.rows([
            (self.tr("Who"), owner),
            (self.tr("Due on"), date_text(action.due_on) or h.text(self.tr("No due date"))),
            (self.tr("Done on"), date_text(action.done_on)),
            (self.tr("Priority"), h.text(enum_label(action.priority))),
            (self.tr("Project"), h.record_link("project", action.project_id, row.project_title)
             if action.project_id and row.project_title else ""),
            (self.tr("Objective"), h.record_link("objective", action.objective_id,
                                                 row.objective_title)
             if action.objective_id and row.objective_title else ""),
        ])
        story = [h.heading(self.tr("Where it comes from")), self._origin(row)]
        if action.description:
            story += [h.heading(self.tr("Description")), f"<p>{h.text(action.description)}</p>"]
        # Facts on the left, the story on the right: the panel is wide and short.
        parts.append("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                     f"<td width='45%' valign='top' style='padding-right:18px'>{facts}</td>"
                     f"<td valign='top'>{''.join(story)}</td></tr></table>")
        parts.append(h.muted(self.tr("Added by {created_by} on {created_on}, last changed by "
                                     "{updated_by} on {updated_on}.")
                             .format(**h.audit_parts(action.audit))))
        return "".join(parts)

    def _origin(self, row: ActionRow) -> str:
        if not row.origin_decision_text:
            return h.muted(h.text(self.tr("Added directly to the action plan, not from a "
                                          "meeting decision.")))
        quote = f"<blockquote>{h.text(row.origin_decision_text)}</blockquote>"
        if row.origin_meeting_id:
            meeting = h.record_link("meeting", row.origin_meeting_id, row.origin_meeting_title)
            line = self.tr("Decision of the meeting {meeting} of {date}:").format(
                meeting=meeting, date=escape(date_text(row.origin_meeting_date)))
        else:
            line = escape(self.tr("Decision of a meeting:"))
        return f"<p>{line}</p>{quote}"

    def _status_changed(self) -> None:
        if self.row is not None:
            status = self.status_combo.value()
            if status is not self.row.action.status:
                self.status_chosen.emit(self.row.id, status)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in RECORD_KINDS:
            self.record_requested.emit(url.scheme(), url.path())

    def facts_text(self) -> str:
        """The panel's text as plain text (what a screen reader reads)."""
        return self.browser.toPlainText()
