"""The form of a meeting: what, when, where, for which project; its kind, who chairs and who
takes the minutes, the convocation, the closing time and, when it has one, its own quorum."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from coopdesk.domain.enums import ConvocationMeans, MeetingKind, MeetingStatus
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.meetings import MeetingFields
from coopdesk.domain.validation import required
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.pages.meetings.widgets import EndEdit, duration_text
from coopdesk.ui.widgets.form import DateEdit, DateTimeEdit, EnumCombo, RecordCombo, text_of
from coopdesk.ui.widgets.quorum_edit import ProxyLimitEdit, QuorumEdit
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
        self.kind_combo: EnumCombo = self.add_field(
            "kind", self.tr("Kind of meeting"),
            EnumCombo(MeetingKind, meeting.kind if meeting else MeetingKind.OTHER, self))
        self.kind_combo.setToolTip(self.tr(
            "General assemblies, the board and the bureau print a procès-verbal to sign; "
            "other meetings print a compte rendu."))
        people = person_choices(services)
        self.president_combo: RecordCombo = self.add_field(
            "president_person_id", self.tr("President of the meeting"),
            RecordCombo(people, meeting.president_person_id if meeting else None, parent=self))
        self.secretary_combo: RecordCombo = self.add_field(
            "secretary_person_id", self.tr("Secretary (takes the minutes)"),
            RecordCombo(people, meeting.secretary_person_id if meeting else None, parent=self))
        self.convened_edit: DateEdit = self.add_field(
            "convened_on", self.tr("Convened on"),
            DateEdit(meeting.convened_on if meeting else None, self))
        self.convener_combo: RecordCombo = self.add_field(
            "convened_by_person_id", self.tr("Convened by"),
            RecordCombo(people, meeting.convened_by_person_id if meeting else None,
                        parent=self))
        self.means_combo: EnumCombo = self.add_field(
            "convocation_means", self.tr("Convened"),
            EnumCombo(ConvocationMeans, meeting.convocation_means if meeting else
                      ConvocationMeans.EMAIL, self))
        self.closed_edit: EndEdit = self.add_field(
            "closed_at", self.tr("Closed at"),
            EndEdit(meeting.closed_at if meeting else None,
                    meeting.starts_at if meeting else None, self))
        self.closed_edit.setToolTip(self.tr(
            "When the president closed the meeting (“la séance est levée à …”)."))
        self.own_quorum_check = QCheckBox(self.tr("This meeting has its own quorum rule"), self)
        self.own_quorum_check.setChecked(bool(meeting and meeting.quorum_overridden))
        self.add_field("quorum_overridden", self.tr("Quorum"), self.own_quorum_check)
        own = meeting.own_quorum_rule if meeting else None
        self.quorum_edit: QuorumEdit = self.add_field(
            "quorum", self.tr("Quorum of this meeting"), QuorumEdit(own, self))
        self.proxies_edit: ProxyLimitEdit = self.add_field(
            "max_proxies", self.tr("Proxies one person may hold"),
            ProxyLimitEdit(own.max_proxies if own else None, self))
        # A fraction out of range is reported on the quorum's own edit.
        self._fields["quorum_numerator"] = self._fields["quorum"]
        self.notes_edit = self.add_text("notes", self.tr("Notes"),
                                        meeting.notes if meeting else "", multiline=True)
        self.start_edit.textChanged.connect(self._show_length)
        self.end_edit.textChanged.connect(self._show_length)
        self.own_quorum_check.toggled.connect(self._own_quorum)
        self._own_quorum(self.own_quorum_check.isChecked())
        self._show_length()
        self._scroll_form()

    def _scroll_form(self) -> None:
        """The form scrolls up and down on a small screen; the buttons stay in view."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        index = layout.indexOf(self.form)
        layout.removeItem(self.form)
        stretch = layout.itemAt(index)  # the stretch under the form: the scroll fills it
        if stretch is not None and stretch.spacerItem() is not None:
            layout.removeItem(stretch)
        inner = QWidget(self)
        inner.setLayout(self.form)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Meeting's fields"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout.insertWidget(index, scroll, 1)
        hint = inner.sizeHint()
        bar = scroll.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(max(self.minimumWidth(), hint.width() + bar + 24))
        self.resize(self.minimumWidth(), min(hint.height() + 110, 720))

    def _own_quorum(self, checked: bool) -> None:
        """The meeting's own rule is typed only when it has one; it starts as the
        project's rule."""
        self.quorum_edit.setEnabled(checked)
        self.proxies_edit.setEnabled(checked)
        project_id = self.project_combo.value()
        if checked and not self.quorum_edit.text() and project_id:
            rule = self.services.projects.get(project_id).quorum_rule
            self.quorum_edit.set_rule(rule)
            self.proxies_edit.set_value(rule.max_proxies)

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
        own = self.own_quorum_check.isChecked()
        number, numerator, denominator = (self.quorum_edit.value("quorum") if own
                                          else (None, None, None))
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
            kind=self.kind_combo.value(),
            president_person_id=self.president_combo.value(),
            convened_on=self.convened_edit.value("convened_on"),
            convened_by_person_id=self.convener_combo.value(),
            convocation_means=self.means_combo.value(),
            closed_at=self.closed_edit.value(start, "closed_at"),
            quorum_overridden=own,
            quorum=number,
            quorum_numerator=numerator,
            quorum_denominator=denominator,
            max_proxies=self.proxies_edit.value("max_proxies") if own else None,
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

