"""The form of a meeting: what, when, where, for which project, who takes the minutes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from coopdesk.domain.enums import MeetingStatus
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.meetings import MeetingFields
from coopdesk.domain.validation import required
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.pages.meetings.widgets import EndEdit, duration_text
from coopdesk.ui.widgets.form import DateTimeEdit, EnumCombo, RecordCombo, text_of
from coopdesk.ui.widgets.record_dialog import RecordDialog
from coopdesk.ui.widgets.styles import MUTED_STYLE


def person_choices(services: Services) -> list[tuple[str, str]]:
    """(id, "Name (Organisation)") of every person, for a RecordCombo."""
    found = []
    for row in services.people.rows():
        name = row.person.full_name
        if row.organisation_name:
            name = QCoreApplication.translate("MeetingDialog", "{name} ({organisation})").format(
                name=name, organisation=row.organisation_name)
        found.append((row.id, name))
    return found


class MeetingDialog(RecordDialog):
    def __init__(self, services: Services, meeting: rm.Meeting | None = None,
                 project_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New meeting") if meeting is None else
                         self.tr("Edit meeting"), parent)
        self.services = services
        # the latest text, and which versions of it this form shows (edit_base)
        meeting = services.meetings.get(meeting.id) if meeting is not None else None
        self.meeting = meeting
        self.title_edit = self.add_text("title", self.tr("Title"),
                                        meeting.title if meeting else "", required=True)
        self.title_edit.setPlaceholderText(self.tr("for example Steering committee"))
        self.project_combo: RecordCombo = self.add_field(
            "project_id", self.tr("Project"),
            RecordCombo([(p.id, p.title) for p in services.projects.list()],
                        meeting.project_id if meeting else project_id, parent=self))
        self.start_edit: DateTimeEdit = self.add_field(
            "starts_at", self.tr("Starts"),
            DateTimeEdit(meeting.starts_at if meeting else None, self), required=True)
        self.end_edit: EndEdit = self.add_field(
            "ends_at", self.tr("Ends"),
            EndEdit(meeting.ends_at if meeting else None,
                    meeting.starts_at if meeting else None, self))
        self.end_edit.setToolTip(self.tr(
            "A time on the day the meeting starts (20:00), or a date and a time."))
        self.length_label = QLabel(self)
        self.length_label.setStyleSheet(MUTED_STYLE)
        self.form.addRow("", self.length_label)
        self.place_edit = self.add_text("place", self.tr("Place"),
                                        meeting.place if meeting else "")
        self.video_edit = self.add_text("video_link", self.tr("Video link"),
                                        meeting.video_link if meeting else "")
        self.video_edit.setPlaceholderText("https://…")
        self.status_combo: EnumCombo = self.add_field(
            "status", self.tr("Status"),
            EnumCombo(MeetingStatus, meeting.status if meeting else MeetingStatus.PLANNED,
                      self))
        self.secretary_combo: RecordCombo = self.add_field(
            "secretary_person_id", self.tr("Secretary (takes the minutes)"),
            RecordCombo(person_choices(services),
                        meeting.secretary_person_id if meeting else None, parent=self))
        self.notes_edit = self.add_text("notes", self.tr("Notes"),
                                        meeting.notes if meeting else "", multiline=True)
        self.start_edit.textChanged.connect(self._show_length)
        self.end_edit.textChanged.connect(self._show_length)
        self._show_length()

    def _show_length(self) -> None:
        try:
            start = self.start_edit.value("starts_at")
            end = self.end_edit.value(start, "ends_at")
        except ValidationError:
            self.length_label.setText("")
            return
        if start is None or end is None or end < start:
            self.length_label.setText("")
            return
        minutes = int((end - start).total_seconds() // 60)
        self.length_label.setText(self.tr("Length: {length}").format(
            length=duration_text(minutes)))

    def fields(self) -> MeetingFields:
        title = text_of(self.title_edit).strip()
        required("title", title)  # errors in the order of the form
        start = self.start_edit.value("starts_at")
        if start is None:
            raise ValidationError("starts_at", "This field cannot be empty.")
        end = self.end_edit.value(start, "ends_at")
        return MeetingFields(
            title=title,
            starts_at=start,
            ends_at=end,
            project_id=self.project_combo.value(),
            place=text_of(self.place_edit).strip(),
            video_link=text_of(self.video_edit).strip(),
            status=self.status_combo.value(),
            notes=text_of(self.notes_edit).strip(),
            secretary_person_id=self.secretary_combo.value(),
            approved_in_meeting_id=self.meeting.approved_in_meeting_id if self.meeting else None,
        )

    def save(self) -> None:
        fields = self.fields()
        if self.meeting is None:
            self.changes = self.services.meetings.create(fields)
        else:
            self.changes = self.services.meetings.update(
                self.meeting.id, fields, base=self.meeting.audit.edit_base)

    @classmethod
    def ask(cls, services: Services, meeting: rm.Meeting | None = None,
            project_id: str | None = None, parent: QWidget | None = None) -> Changes | None:
        """Show the form; the changes saved, or None when cancelled."""
        return cls(services, meeting, project_id, parent).run()

