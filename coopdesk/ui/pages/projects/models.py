"""Item models of the project page: columns for the tables and the objectives tree."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from coopdesk.domain.enums import PartnerRole, ProjectStatus
from coopdesk.services import read_models as rm
from coopdesk.services.projects import AcceptanceLine, ObjectiveLine, PartnerLine, ProjectRow
from coopdesk.ui.formatting import date_text, money_text
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.record_table import ROW_ROLE, Column
from coopdesk.ui.widgets.progress import PROGRESS_ROLE
from coopdesk.ui.widgets.styles import DONE, ERROR, tone
from coopdesk.ui.widgets.values import first_line, number_text, progress_text

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight


def _date_key(value: dt.date | None) -> tuple[bool, dt.date]:
    return (value is None, value or dt.date.min)


_STATUS_ORDER = {status: n for n, status in enumerate(ProjectStatus)}
_ROLE_ORDER = {role: n for n, role in enumerate(PartnerRole)}


def project_columns() -> list[Column[ProjectRow]]:
    return [
        Column(
            QCoreApplication.translate("ProjectsModels", "Title"),
            lambda r: r.project.title,
            tooltip=lambda r: first_line(r.project.description, 300),
        ),
        Column(
            QCoreApplication.translate("ProjectsModels", "Form of cooperation"),
            lambda r: enum_label(r.project.form),
        ),
        Column(
            QCoreApplication.translate("ProjectsModels", "Mode"),
            lambda r: enum_label(r.project.mode),
        ),
        Column(
            QCoreApplication.translate("ProjectsModels", "Status"),
            lambda r: enum_label(r.project.status),
            sort_key=lambda r: _STATUS_ORDER[ProjectStatus(r.project.status)],
        ),
        Column(
            QCoreApplication.translate("ProjectsModels", "Start"),
            lambda r: date_text(r.project.start_on),
            sort_key=lambda r: _date_key(r.project.start_on),
        ),
        Column(
            QCoreApplication.translate("ProjectsModels", "End"),
            lambda r: date_text(r.project.end_on),
            sort_key=lambda r: _date_key(r.project.end_on),
        ),
        Column(QCoreApplication.translate("ProjectsModels", "Lead partner"), lambda r: r.lead_name),
        Column(
            QCoreApplication.translate("ProjectsModels", "Partners"),
            lambda r: str(r.partner_count),
            sort_key=lambda r: r.partner_count,
            alignment=RIGHT,
        ),
    ]


def partner_columns() -> list[Column[PartnerLine]]:
    return [
        Column(
            QCoreApplication.translate("ProjectsModels", "Organisation"),
            lambda p: p.organisation_name,
        ),
        Column(
            QCoreApplication.translate("ProjectsModels", "Role"),
            lambda p: enum_label(p.partner.role),
            sort_key=lambda p: _ROLE_ORDER[PartnerRole(p.partner.role)],
        ),
        Column(
            QCoreApplication.translate("ProjectsModels", "What it brings"),
            lambda p: first_line(p.partner.contribution),
            tooltip=lambda p: p.partner.contribution,
        ),
        Column(
            QCoreApplication.translate("ProjectsModels", "Commitments"),
            lambda p: first_line(p.partner.commitments),
            tooltip=lambda p: p.partner.commitments,
        ),
        Column(
            QCoreApplication.translate("ProjectsModels", "Budget share"),
            lambda p: money_text(p.partner.budget_share_cents),
            sort_key=lambda p: p.partner.budget_share_cents or 0,
            alignment=RIGHT,
        ),
        Column(
            QCoreApplication.translate("ProjectsModels", "Task share"),
            lambda p: p.partner.task_share,
        ),
    ]


def deadline_state(deadline: rm.ReportingDeadline, today: dt.date) -> str:
    if deadline.done:
        return QCoreApplication.translate("ProjectsModels", "Done")
    if deadline.due_on < today:
        return QCoreApplication.translate("ProjectsModels", "Overdue")
    return QCoreApplication.translate("ProjectsModels", "To do")


def deadline_columns(
    today: Callable[[], dt.date] = dt.date.today,
) -> list[Column[rm.ReportingDeadline]]:
    def colour(d: rm.ReportingDeadline) -> Any:
        if d.done:
            return QBrush(tone(DONE))
        return QBrush(tone(ERROR)) if d.due_on < today() else None

    return [
        Column(
            QCoreApplication.translate("ProjectsModels", "Due on"),
            lambda d: date_text(d.due_on),
            sort_key=lambda d: d.due_on,
        ),
        Column(
            QCoreApplication.translate("ProjectsModels", "Report or deliverable"), lambda d: d.label
        ),
        Column(
            QCoreApplication.translate("ProjectsModels", "State"),
            lambda d: deadline_state(d, today()),
            foreground=colour,
            spoken=lambda d: deadline_state(d, today()),  # the colour repeats the state
        ),
    ]


def version_columns(acceptance_count: Callable[[str], int]) -> list[Column[rm.CharterVersion]]:
    return [
        Column(
            QCoreApplication.translate("ProjectsModels", "Version"),
            lambda v: str(v.number),
            sort_key=lambda v: v.number,
            alignment=RIGHT,
        ),
        Column(
            QCoreApplication.translate("ProjectsModels", "Adopted on"),
            lambda v: date_text(v.adopted_on),
            sort_key=lambda v: _date_key(v.adopted_on),
        ),
        Column(
            QCoreApplication.translate("ProjectsModels", "Acceptances"),
            lambda v: str(acceptance_count(v.id)),
            sort_key=lambda v: acceptance_count(v.id),
            alignment=RIGHT,
        ),
    ]


def acceptance_columns(person_name: Callable[[str | None], str]) -> list[Column[AcceptanceLine]]:
    def who(line: AcceptanceLine) -> str:
        return (
            person_name(line.acceptance.accepted_by_person_id) or line.acceptance.accepted_by_name
        )

    return [
        Column(
            QCoreApplication.translate("ProjectsModels", "Organisation"),
            lambda a: a.organisation_name,
        ),
        Column(QCoreApplication.translate("ProjectsModels", "Accepted by"), who),
        Column(
            QCoreApplication.translate("ProjectsModels", "On"),
            lambda a: date_text(a.acceptance.accepted_on),
            sort_key=lambda a: a.acceptance.accepted_on,
        ),
    ]


def objective_progress(line: ObjectiveLine) -> float | None:
    """The mean progress of an objective's indicators that have one."""
    known = [p for p in (i.progress for i in line.indicators) if p is not None]
    return sum(known) / len(known) if known else None


class ObjectiveTreeModel(QAbstractItemModel):
    """Objectives at the top level, each with its indicators as children.

    An index's internal id is 0 for an objective, and the objective's row + 1 for one of
    its indicators.
    """

    NAME, BASELINE, TARGET, CURRENT, UNIT, PROGRESS = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[ObjectiveLine] = []
        self._headers = [
            QCoreApplication.translate("ProjectsModels", "Objective / indicator"),
            QCoreApplication.translate("ProjectsModels", "Baseline"),
            QCoreApplication.translate("ProjectsModels", "Target"),
            QCoreApplication.translate("ProjectsModels", "Current"),
            QCoreApplication.translate("ProjectsModels", "Unit"),
            QCoreApplication.translate("ProjectsModels", "Progress"),
        ]

    def set_lines(self, lines: Sequence[ObjectiveLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def lines(self) -> list[ObjectiveLine]:
        return list(self._lines)

    def objective_index(self, objective_id: str) -> QModelIndex:
        for row, line in enumerate(self._lines):
            if line.objective.id == objective_id:
                return self.index(row, 0)
        return QModelIndex()

    def indicator_index(self, indicator_id: str) -> QModelIndex:
        for row, line in enumerate(self._lines):
            for child, indicator in enumerate(line.indicators):
                if indicator.id == indicator_id:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    # -- structure -----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: Index | None = None) -> Any:
        if child is None:  # QObject.parent()
            return super().parent()
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._lines)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._lines[parent.row()].indicators)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    # -- data ----------------------------------------------------------------------------
    def item(self, index: Index) -> rm.Objective | rm.Indicator | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._lines[index.row()].objective
        return self._lines[index.internalId() - 1].indicators[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._objective_data(self._lines[index.row()], index.column(), role)
        line = self._lines[index.internalId() - 1]
        return self._indicator_data(line.indicators[index.row()], index.column(), role)

    def _objective_data(self, line: ObjectiveLine, column: int, role: int) -> Any:
        progress = objective_progress(line)
        if role == ROW_ROLE:
            return line.objective
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return line.objective.title
            if column == self.PROGRESS:
                return progress_text(progress)
            return ""
        if role == PROGRESS_ROLE and column == self.PROGRESS:
            return progress
        if role == Qt.ItemDataRole.FontRole and column == self.NAME:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return line.objective.description or None
        return None

    def _indicator_data(self, indicator: rm.Indicator, column: int, role: int) -> Any:
        if role == ROW_ROLE:
            return indicator
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                self.NAME: indicator.name,
                self.BASELINE: number_text(indicator.baseline),
                self.TARGET: number_text(indicator.target_value),
                self.CURRENT: number_text(indicator.current_value),
                self.UNIT: indicator.unit,
                self.PROGRESS: progress_text(indicator.progress),
            }
            return values[column]
        if role == PROGRESS_ROLE and column == self.PROGRESS:
            return indicator.progress
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.BASELINE,
            self.TARGET,
            self.CURRENT,
        ):
            return int(RIGHT | Qt.AlignmentFlag.AlignVCenter)
        return None
