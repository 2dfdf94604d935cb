"""The filters of the action plan: text, my actions, due period, status, project, partner,
person and the trash. `changed` fires whenever the filter they make changes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QWidget,
)

from coopdesk.domain.enums import OPEN_ACTION_STATUSES, ActionStatus
from coopdesk.domain.profile import Profile
from coopdesk.services.action_plan import (
    ActionChoices,
    ActionFilter,
    Choice,
    DuePeriod,
)
from coopdesk.ui.labels import enum_label
from coopdesk.ui.widgets.accessible import enable_clear_button
from coopdesk.ui.widgets.combos import compact

#: Keys of the status combo's first entries (the others are ActionStatus values).
OPEN, ANY = "open", "any"


class ActionFilters(QWidget):
    changed = Signal()

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search an action…"))
        enable_clear_button(self.search_edit)
        self.search_edit.setAccessibleName(self.tr("Search actions"))
        self.mine_check = QCheckBox(self.tr("&My actions"), self)
        self.period_combo = self._combo(self.tr("Due date"))
        for period, label in self._period_labels():
            self.period_combo.addItem(label, period.value)
        self.status_combo = self._combo(self.tr("Status"))
        self.status_combo.addItem(self.tr("Open actions"), OPEN)
        self.status_combo.addItem(self.tr("All statuses"), ANY)
        for status in ActionStatus:
            self.status_combo.addItem(enum_label(status), status.value)
        self.project_combo = self._combo(self.tr("Project"))
        self.organisation_combo = self._combo(self.tr("Partner organisation"))
        self.person_combo = self._combo(self.tr("Person"))
        self.trash_check = QCheckBox(self.tr("Show &trash"), self)
        self.trash_check.setToolTip(self.tr("Show the actions in the trash, to restore them"))
        self._fill(self.project_combo, self.tr("All projects"), ())
        self._fill(self.organisation_combo, self.tr("All partners"), ())
        self._fill(self.person_combo, self.tr("Everyone"), ())

        # Three columns of fields and one of check boxes: narrow enough for a laptop's
        # screen with large text in French; the fields share what room there is.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search_edit, 0, 0)
        grid.addWidget(self.period_combo, 0, 1)
        grid.addWidget(self.status_combo, 0, 2)
        grid.addWidget(self.mine_check, 0, 3)
        grid.addWidget(self.project_combo, 1, 0)
        grid.addWidget(self.organisation_combo, 1, 1)
        grid.addWidget(self.person_combo, 1, 2)
        grid.addWidget(self.trash_check, 1, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)

        self.search_edit.textChanged.connect(self.changed)
        self.mine_check.toggled.connect(self.changed)
        self.trash_check.toggled.connect(self.changed)
        for combo in (self.period_combo, self.status_combo, self.project_combo,
                      self.organisation_combo, self.person_combo):
            combo.currentIndexChanged.connect(self.changed)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        return compact(combo, 12)

    def _period_labels(self) -> list[tuple[DuePeriod, str]]:
        return [(DuePeriod.ALL, self.tr("Any due date")),
                (DuePeriod.OVERDUE, self.tr("Overdue")),
                (DuePeriod.THIS_WEEK, self.tr("Due this week")),
                (DuePeriod.NEXT_14_DAYS, self.tr("Due in the next 14 days")),
                (DuePeriod.THIS_MONTH, self.tr("Due this month")),
                (DuePeriod.NO_DATE, self.tr("No due date"))]

    # -- choices and profile ---------------------------------------------------------------
    def set_choices(self, choices: ActionChoices) -> None:
        """Refill the project, partner and person lists, keeping what is chosen."""
        self._fill(self.project_combo, self.tr("All projects"), choices.projects)
        self._fill(self.organisation_combo, self.tr("All partners"), choices.organisations)
        self._fill(self.person_combo, self.tr("Everyone"), choices.people)

    def _fill(self, combo: QComboBox, all_text: str, items: Sequence[Choice]) -> None:
        current = combo.currentData()
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for item in items:
            combo.addItem(item.label, item.id)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(blocked)
        if current is not None and index < 0:
            self.changed.emit()  # the chosen record is gone: the filter changed

    def set_profile(self, profile: Profile) -> None:
        """Say whose actions "My actions" shows."""
        if profile.organisation:
            tip = self.tr("Actions owned by you ({name}) or by your association "
                          "({organisation})").format(name=profile.name,
                                                     organisation=profile.organisation)
        else:
            tip = self.tr("Actions owned by you ({name})").format(name=profile.name)
        self.mine_check.setToolTip(tip)

    # -- the filter --------------------------------------------------------------------
    def in_trash(self) -> bool:
        return self.trash_check.isChecked()

    def statuses(self) -> frozenset[ActionStatus]:
        key = self.status_combo.currentData()
        if key == OPEN:
            return OPEN_ACTION_STATUSES
        if key == ANY:
            return frozenset()
        return frozenset({ActionStatus(key)})

    def value(self) -> ActionFilter:
        return ActionFilter(
            project_id=self.project_combo.currentData(),
            organisation_id=self.organisation_combo.currentData(),
            person_id=self.person_combo.currentData(),
            # The trash lists every deleted action, whatever its status.
            statuses=frozenset() if self.in_trash() else self.statuses(),
            period=DuePeriod(self.period_combo.currentData()),
            mine=self.mine_check.isChecked(), text=self.search_edit.text(),
            in_trash=self.in_trash(), today=self.today())

    def narrowed(self) -> bool:
        """True when something beyond the default (open actions, any date) is chosen."""
        return bool(self.search_edit.text().strip() or self.mine_check.isChecked()
                    or self.period_combo.currentIndex() > 0
                    or self.status_combo.currentIndex() > 0
                    or self.project_combo.currentIndex() > 0
                    or self.organisation_combo.currentIndex() > 0
                    or self.person_combo.currentIndex() > 0)

    def clear(self, *, trash: bool | None = None) -> None:
        """Back to the default filter (open actions, any date), in one `changed`."""
        widgets = (self.search_edit, self.mine_check, self.trash_check, self.period_combo,
                   self.status_combo, self.project_combo, self.organisation_combo,
                   self.person_combo)
        blocked = [widget.blockSignals(True) for widget in widgets]
        self.search_edit.clear()
        self.mine_check.setChecked(False)
        if trash is not None:
            self.trash_check.setChecked(trash)
        for combo in widgets[3:]:
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(0)
        for widget, was in zip(widgets, blocked, strict=True):
            widget.blockSignals(was)
        self.changed.emit()

    def show_everything(self) -> None:
        """Every status and date (to reveal one action whatever it is)."""
        blocked = self.status_combo.blockSignals(True)
        self.status_combo.setCurrentIndex(self.status_combo.findData(ANY))
        self.status_combo.blockSignals(blocked)
        self.changed.emit()
