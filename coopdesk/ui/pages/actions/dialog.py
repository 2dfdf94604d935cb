"""The form of an action: what, which project and objective, who, by when, how it stands."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QWidget

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.enums import ActionStatus, Priority
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.labels import QT_TRANSLATE_NOOP
from coopdesk.ui.widgets.form import DateEdit, EnumCombo, RecordCombo, text_of
from coopdesk.ui.widgets.form_tools import follow_form_order
from coopdesk.ui.widgets.record_dialog import RecordDialog

# The service's refusal, for lupdate (the form shows it under the objective).
OTHER_PROJECT = QT_TRANSLATE_NOOP("errors", "This objective belongs to another project.")

FIELD_ORDER = ["title", "project_id", "objective_id", "owner_organisation_id",
               "owner_person_id", "due_on", "status", "priority", "description"]


class ActionDialog(RecordDialog):
    def __init__(self, services: Services, action: rm.Action | None = None,
                 parent: QWidget | None = None, *, preset: ActionFields | None = None) -> None:
        super().__init__(self.tr("New action") if action is None else self.tr("Edit action"),
                         parent)
        self.services = services
        # the latest text, and which versions of it this form shows (edit_base)
        action = services.actions.get(action.id) if action is not None else None
        self.action = action
        a: ActionFields = action or preset or ActionFields(title="")
        self.title_edit = self.add_text("title", self.tr("What to do"), a.title, required=True)
        self.title_edit.setPlaceholderText(self.tr("for example: Send the invitations"))
        projects = [(p.id, p.title) for p in services.projects.list()]
        self.project_combo: RecordCombo = self.add_field(
            "project_id", self.tr("Project"), RecordCombo(projects, a.project_id, parent=self))
        self.objective_combo: RecordCombo = self.add_field(
            "objective_id", self.tr("Objective"), RecordCombo((), parent=self))
        self.objective_combo.setToolTip(self.tr("The project's common objective this action "
                                                "serves"))
        organisations = [(o.id, f"{o.name} ({o.acronym})" if o.acronym else o.name)
                         for o in services.organisations.list()]
        self.organisation_combo: RecordCombo = self.add_field(
            "owner_organisation_id", self.tr("Organisation in charge"),
            RecordCombo(organisations, a.owner_organisation_id, parent=self))
        people = services.people.rows()
        self._person_org = {row.id: row.person.organisation_id for row in people}
        self.person_combo: RecordCombo = self.add_field(
            "owner_person_id", self.tr("Person in charge"),
            RecordCombo([(row.id, self._person_label(row.person.full_name,
                                                     row.organisation_name))
                         for row in people], a.owner_person_id, parent=self))
        self.due_edit: DateEdit = self.add_field("due_on", self.tr("Due on"),
                                                 DateEdit(a.due_on, self))
        self.status_combo: EnumCombo = self.add_field(
            "status", self.tr("Status"), EnumCombo(ActionStatus, a.status, self))
        self.priority_combo: EnumCombo = self.add_field(
            "priority", self.tr("Priority"), EnumCombo(Priority, a.priority, self))
        self.description_edit = self.add_text("description", self.tr("Description"),
                                              a.description, multiline=True)
        for combo in (self.project_combo, self.objective_combo, self.organisation_combo,
                      self.person_combo):
            # Long names must not squeeze the labels: the combo elides, its list shows all.
            combo.setSizeAdjustPolicy(
                RecordCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(28)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self._fill_objectives(a.objective_id)
        self.project_combo.currentIndexChanged.connect(lambda _i: self._fill_objectives(None))
        self.person_combo.currentIndexChanged.connect(self._person_changed)
        follow_form_order(self, FIELD_ORDER)

    def _person_label(self, name: str, organisation: str) -> str:
        if not organisation:
            return name
        return self.tr("{person} ({organisation})").format(person=name,
                                                           organisation=organisation)

    def _fill_objectives(self, keep: str | None) -> None:
        """The objectives of the chosen project (none without a project)."""
        project_id = self.project_combo.value()
        objectives = (self.services.objectives.list(project_id=project_id)
                      if project_id else [])
        combo = self.objective_combo
        combo.clear()
        combo.addItem(self.tr("— none —"), None)
        for objective in objectives:
            combo.addItem(objective.title, objective.id)
        combo.set_value(keep)
        combo.setEnabled(bool(objectives))

    def _person_changed(self) -> None:
        """Choosing a person fills in their organisation when none is chosen yet."""
        person_id = self.person_combo.value()
        organisation = self._person_org.get(person_id or "")
        if organisation and self.organisation_combo.value() is None:
            self.organisation_combo.set_value(organisation)

    def fields(self) -> ActionFields:
        kept = self.action
        return ActionFields(
            title=text_of(self.title_edit).strip(),
            project_id=self.project_combo.value(),
            objective_id=self.objective_combo.value(),
            owner_organisation_id=self.organisation_combo.value(),
            owner_person_id=self.person_combo.value(),
            due_on=self.due_edit.value("due_on"),
            status=self.status_combo.value(),
            priority=self.priority_combo.value(),
            description=text_of(self.description_edit).strip(),
            origin_decision_id=kept.origin_decision_id if kept else None,
            done_on=kept.done_on if kept else None,
        )

    def save(self) -> None:
        fields = self.fields()
        plan = self.services.actions
        if self.action is None:
            self.changes = plan.create(fields)
        else:
            self.changes = plan.update(self.action.id, fields,
                                       base=self.action.audit.edit_base)

    @classmethod
    def ask(cls, services: Services, action: rm.Action | None = None,
            parent: QWidget | None = None, *,
            preset: ActionFields | None = None) -> Changes | None:
        """Show the form; the changes saved, or None when cancelled."""
        return cls(services, action, parent, preset=preset).run()
