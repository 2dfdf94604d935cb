"""The widgets of one exchange, shared by the quick-entry bar and the edit form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from coopdesk.domain.enums import ExchangeKind
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.services import read_models as rm
from coopdesk.services.exchange_log import Correspondent
from coopdesk.ui.labels import QT_TRANSLATE_NOOP
from coopdesk.ui.pages.exchanges.correspondent import CorrespondentEdit
from coopdesk.ui.pages.exchanges.look import private_tooltip
from coopdesk.ui.widgets.combos import compact
from coopdesk.ui.widgets.form import DateEdit, EnumCombo

REQUIRED = QT_TRANSLATE_NOOP("errors", "This field cannot be empty.")


def set_record_choices(combo: QComboBox, choices: Sequence[tuple[str, str]],
                       none_text: str) -> None:
    """Refill a combo of records, keeping the current choice when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_text, None)
    for record_id, label in choices:
        combo.addItem(label, record_id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


class EntryWidgets(QObject):
    """Kind, date, with whom, project, subject, summary, follow-up, done, private."""

    def __init__(self, parent: QWidget, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._today = today
        self.kind = EnumCombo(ExchangeKind, ExchangeKind.CALL, parent)
        compact(self.kind)
        self.occurred_on = DateEdit(today(), parent)
        self.with_whom = CorrespondentEdit(parent)
        self.project = compact(QComboBox(parent), 12)
        self.subject = QLineEdit(parent)
        self.subject.setPlaceholderText(self.tr("What was it about?"))
        self.summary = QPlainTextEdit(parent)
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("What was said, what was agreed…"))
        self.follow_up = QLineEdit(parent)
        self.follow_up.setPlaceholderText(self.tr("What to do next, if anything"))
        self.follow_up_on = DateEdit(None, parent)
        self.follow_up_done = QCheckBox(self.tr("Follow-up done"), parent)
        self.private = QCheckBox(self.tr("Private (stays on this laptop)"), parent)
        self.private.setToolTip(private_tooltip())
        for widget, name in ((self.kind, self.tr("Kind of exchange")),
                             (self.occurred_on, self.tr("Date of the exchange")),
                             (self.with_whom, self.tr("With whom")),
                             (self.project, self.tr("Project")),
                             (self.subject, self.tr("Subject")),
                             (self.summary, self.tr("Summary")),
                             (self.follow_up, self.tr("Follow-up")),
                             (self.follow_up_on, self.tr("Follow-up date"))):
            widget.setAccessibleName(name)
        set_record_choices(self.project, [], self.tr("— no project —"))

    def set_choices(self, correspondents: Sequence[Correspondent],
                    projects: Sequence[tuple[str, str]]) -> None:
        self.with_whom.set_correspondents(correspondents)
        set_record_choices(self.project, projects, self.tr("— no project —"))

    def fill(self, entry: rm.ContactLogEntry) -> None:
        self.kind.set_value(entry.kind)
        self.occurred_on.set_value(entry.occurred_on)
        if entry.person_id:
            self.with_whom.set_value("person", entry.person_id)
        if self.with_whom.value() is None:
            self.with_whom.set_value("organisation", entry.organisation_id)
        self.project.setCurrentIndex(max(0, self.project.findData(entry.project_id)))
        self.subject.setText(entry.subject)
        self.summary.setPlainText(entry.summary)
        self.follow_up.setText(entry.follow_up)
        self.follow_up_on.set_value(entry.follow_up_on)
        self.follow_up_done.setChecked(entry.follow_up_done)
        self.private.setChecked(entry.is_private)

    def clear(self) -> None:
        """Ready for the next exchange: same kind, today, everything else empty."""
        self.occurred_on.set_value(self._today())
        self.with_whom.clear_value()
        self.project.setCurrentIndex(0)
        for edit in (self.subject, self.follow_up):
            edit.clear()
        self.summary.clear()
        self.follow_up_on.set_value(None)
        self.follow_up_done.setChecked(False)
        self.private.setChecked(False)

    def fields(self, author_name: str = "", author_organisation: str = ""
               ) -> ContactLogEntryFields:
        """What the widgets say; raises ValidationError naming the field at fault."""
        occurred_on = self.occurred_on.value("occurred_on")
        if occurred_on is None:
            raise ValidationError("occurred_on", REQUIRED)
        person_id, organisation_id = self.with_whom.ids("person_id")
        project = self.project.currentData()
        return ContactLogEntryFields(
            kind=self.kind.value(), occurred_on=occurred_on,
            subject=self.subject.text().strip(), summary=self.summary.toPlainText().strip(),
            person_id=person_id, organisation_id=organisation_id,
            project_id=str(project) if project else None,
            author_name=author_name, author_organisation=author_organisation,
            follow_up=self.follow_up.text().strip(),
            follow_up_on=self.follow_up_on.value("follow_up_on"),
            follow_up_done=self.follow_up_done.isChecked(),
            is_private=self.private.isChecked())

    def widget_of(self, field: str) -> QWidget | None:
        """The widget a ValidationError's field refers to."""
        return {"kind": self.kind, "occurred_on": self.occurred_on,
                "person_id": self.with_whom, "organisation_id": self.with_whom,
                "project_id": self.project, "subject": self.subject, "summary": self.summary,
                "follow_up": self.follow_up, "follow_up_on": self.follow_up_on}.get(field)
