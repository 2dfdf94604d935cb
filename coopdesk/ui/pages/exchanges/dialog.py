"""The form that changes a logged exchange (new ones go through the quick-entry bar)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.exchange_log import Correspondent
from coopdesk.services.workspace_services import Services
from coopdesk.ui.pages.exchanges.entry_fields import EntryWidgets
from coopdesk.ui.widgets.form_tools import follow_form_order
from coopdesk.ui.widgets.record_dialog import RecordDialog
from coopdesk.ui.widgets.styles import MUTED_STYLE


class ExchangeDialog(RecordDialog):
    ORDER = ("kind", "occurred_on", "person_id", "project_id", "subject", "summary",
             "follow_up", "follow_up_on", "follow_up_done", "is_private")

    def __init__(self, services: Services, entry: rm.ContactLogEntry,
                 correspondents: Sequence[Correspondent], projects: Sequence[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit the exchange"), parent)
        self.services = services
        # the latest text, and which versions of it this form shows (edit_base)
        entry = services.exchanges.get(entry.id)
        self.entry = entry
        w = self.widgets = EntryWidgets(self)
        w.set_choices(correspondents, projects)
        w.fill(entry)
        w.project.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.add_field("kind", self.tr("Kind"), w.kind)
        self.add_field("occurred_on", self.tr("Date"), w.occurred_on, required=True)
        self.add_field("person_id", self.tr("With"), w.with_whom, required=True)
        self.add_field("project_id", self.tr("Project"), w.project)
        self.add_field("subject", self.tr("Subject"), w.subject, required=True)
        self.add_field("summary", self.tr("Summary"), w.summary)
        w.summary.setMinimumHeight(w.summary.fontMetrics().lineSpacing() * 5)
        self.add_field("follow_up", self.tr("Follow-up"), w.follow_up)
        self.add_field("follow_up_on", self.tr("Follow-up by"), w.follow_up_on)
        self.add_field("follow_up_done", self.tr("Done"), w.follow_up_done)
        self.add_field("is_private", self.tr("Visibility"), w.private)
        author = (self.tr("{name} ({organisation})").format(
            name=entry.author_name, organisation=entry.author_organisation)
            if entry.author_organisation else entry.author_name)
        self.author_label = QLabel(author or "?", self)
        self.author_label.setStyleSheet(MUTED_STYLE)
        self.author_label.setToolTip(self.tr("Who logged the exchange; it cannot be changed."))
        self.form.addRow(self.tr("Logged by"), self.author_label)
        # The organisation of a person is found by the service: errors about it go to "With".
        self._fields["organisation_id"] = self._fields["person_id"]
        follow_form_order(self, list(self.ORDER))

    def save(self) -> None:
        self.changes = self.services.exchanges.update(
            self.entry.id, self.widgets.fields(), base=self.entry.audit.edit_base)

    @classmethod
    def ask(cls, services: Services, entry: rm.ContactLogEntry,
            correspondents: Sequence[Correspondent], projects: Sequence[tuple[str, str]],
            parent: QWidget | None = None) -> Changes | None:
        """Show the form; the changes saved, or None when cancelled."""
        return cls(services, entry, correspondents, projects, parent).run()
