"""Forms for a project's shared objectives and their indicators."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coopdesk.domain.projects import IndicatorFields, ObjectiveFields
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.widgets.form import RecordCombo, text_of
from coopdesk.ui.widgets.record_dialog import RecordDialog
from coopdesk.ui.widgets.values import NumberEdit


class ObjectiveDialog(RecordDialog):
    def __init__(self, services: Services, project_id: str,
                 objective: rm.Objective | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New objective") if objective is None else
                         self.tr("Edit the objective"), parent)
        self.services = services
        self.project_id = project_id
        # the latest text, and which versions of it this form shows (edit_base)
        objective = services.objectives.get(objective.id) if objective is not None else None
        self.objective = objective
        self.title_edit = self.add_text("title", self.tr("Objective"),
                                        objective.title if objective else "", required=True)
        self.title_edit.setPlaceholderText(self.tr(
            "for example: Bring residents of the neighbourhood to the shared garden"))
        self.description_edit = self.add_text(
            "description", self.tr("Description"), objective.description if objective else "",
            multiline=True)

    def save(self) -> None:
        fields = ObjectiveFields(project_id=self.project_id,
                                 title=text_of(self.title_edit).strip(),
                                 description=text_of(self.description_edit).strip(),
                                 position=self.objective.position if self.objective else "")
        if self.objective is None:
            self.changes = self.services.objectives.create(fields)
        else:
            self.changes = self.services.objectives.update(
                self.objective.id, fields, base=self.objective.audit.edit_base)

    @classmethod
    def ask(cls, services: Services, project_id: str, objective: rm.Objective | None = None,
            parent: QWidget | None = None) -> Changes | None:
        return cls(services, project_id, objective, parent).run()


class IndicatorDialog(RecordDialog):
    """How progress towards an objective is measured: from a baseline to a target."""

    def __init__(self, services: Services, objectives: list[rm.Objective],
                 objective_id: str | None, indicator: rm.Indicator | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New indicator") if indicator is None else
                         self.tr("Edit the indicator"), parent)
        self.services = services
        self.indicator = indicator
        self.objective_combo: RecordCombo = self.add_field(
            "objective_id", self.tr("Objective"),
            RecordCombo([(o.id, o.title) for o in objectives],
                        indicator.objective_id if indicator else objective_id,
                        allow_none=False, parent=self), required=True)
        self.name_edit = self.add_text("name", self.tr("Indicator"),
                                       indicator.name if indicator else "", required=True)
        self.name_edit.setPlaceholderText(self.tr("for example: residents taking part"))
        self.unit_edit = self.add_text("unit", self.tr("Unit"),
                                       indicator.unit if indicator else "")
        self.unit_edit.setPlaceholderText(self.tr("people, workshops, %…"))
        self.baseline_edit: NumberEdit = self.add_field(
            "baseline", self.tr("Baseline"), NumberEdit(indicator.baseline if indicator
                                                        else None, self))
        self.baseline_edit.setPlaceholderText(self.tr("where you start from"))
        self.target_edit: NumberEdit = self.add_field(
            "target_value", self.tr("Target"), NumberEdit(indicator.target_value if indicator
                                                          else None, self))
        self.current_edit: NumberEdit = self.add_field(
            "current_value", self.tr("Current value"),
            NumberEdit(indicator.current_value if indicator else None, self))

    def save(self) -> None:
        fields = IndicatorFields(objective_id=self.objective_combo.value() or "",
                                 name=text_of(self.name_edit).strip(),
                                 unit=text_of(self.unit_edit).strip(),
                                 baseline=self.baseline_edit.value("baseline"),
                                 target_value=self.target_edit.value("target_value"),
                                 current_value=self.current_edit.value("current_value"))
        if self.indicator is None:
            self.changes = self.services.indicators.create(fields)
        else:
            self.changes = self.services.indicators.update(self.indicator.id, fields)

    @classmethod
    def ask(cls, services: Services, objectives: list[rm.Objective], objective_id: str | None,
            indicator: rm.Indicator | None = None,
            parent: QWidget | None = None) -> Changes | None:
        return cls(services, objectives, objective_id, indicator, parent).run()
