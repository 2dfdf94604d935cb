"""Item models of the meetings page: the list's columns, the agenda (reordered by drag and
drop), attendance grouped by organisation, decisions and actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from coopdesk.domain.actions import is_overdue
from coopdesk.domain.enums import AttendanceStatus, MeetingStatus
from coopdesk.services.meeting_details import (
    ActionLine,
    AgendaLine,
    AttendanceGroup,
    AttendanceLine,
    DecisionLine,
    MeetingRow,
)
from coopdesk.ui.formatting import date_text, datetime_text
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.record_table import ROW_ROLE, Column, RecordTableModel
from coopdesk.ui.pages.meetings.widgets import duration_text

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight
OVERDUE = QColor("#c5221f")
_STATUS_ORDER = {status: n for n, status in enumerate(MeetingStatus)}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingsModels", text)


def first_line(text: str, limit: int = 90) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def where_text(row: MeetingRow) -> str:
    """The place, else the video link."""
    meeting = row.meeting
    if meeting.place:
        return meeting.place
    if meeting.video_link:
        return QCoreApplication.translate("MeetingsModels", "Video: {link}").format(
            link=meeting.video_link)
    return ""


def meeting_columns() -> list[Column[MeetingRow]]:
    return [
        Column(_tr("Date"), lambda r: datetime_text(r.meeting.starts_at),
               sort_key=lambda r: r.meeting.starts_at),
        Column(_tr("Title"), lambda r: r.meeting.title,
               tooltip=lambda r: first_line(r.meeting.notes, 300)),
        Column(_tr("Project"), lambda r: r.project_title),
        Column(_tr("Place or video"), where_text, tooltip=where_text),
        Column(_tr("Status"), lambda r: enum_label(r.meeting.status),
               sort_key=lambda r: _STATUS_ORDER[MeetingStatus(r.meeting.status)]),
        Column(_tr("Decisions"), lambda r: str(r.decision_count),
               sort_key=lambda r: r.decision_count, alignment=RIGHT),
    ]


class AgendaModel(RecordTableModel[AgendaLine]):
    """The agenda in its order. An item dragged onto another row asks to be moved there
    (`move_requested(item id, id of the item it goes before, or None for the end)`); the
    page calls the service and the model is refreshed from what it saved."""

    MIME = "application/x-coopdesk-agenda-item"
    move_requested = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(_tr("No."), lambda a: str(a.number), alignment=RIGHT),
            Column(_tr("Agenda item"), lambda a: a.item.title,
                   tooltip=lambda a: first_line(a.item.notes, 300)),
            Column(_tr("Presenter"), lambda a: a.presenter_name),
            Column(_tr("Duration"), lambda a: duration_text(a.item.planned_minutes),
                   alignment=RIGHT),
        ], parent)

    def set_rows(self, rows: Sequence[AgendaLine]) -> None:
        """Same items in the same order: update in place, keeping the selection."""
        if [r.id for r in rows] == [r.id for r in self.rows()] and rows:
            self._rows = list(rows)
            self._given = list(rows)
            self._sort_keys = {}
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.columnCount() - 1))
            return
        super().set_rows(rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        valid = [index for index in indexes if index.isValid()]
        if valid:
            data.setData(self.MIME, QByteArray(self.row_at(valid[0].row()).id.encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(self.MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        item_id = bytes(data.data(self.MIME).data()).decode()
        ids = [line.id for line in self.rows()]
        if item_id not in ids:
            return False
        if parent.isValid():
            row = parent.row()
        if row < 0 or row >= len(ids):
            row = len(ids)
        here = ids.index(item_id)
        if row in (here, here + 1):
            return False  # dropped where it already is
        self.move_requested.emit(item_id, ids[row] if row < len(ids) else None)
        return True


def _status_label(line: AttendanceLine) -> str:
    return enum_label(line.status)


class AttendanceModel(QAbstractItemModel):
    """Organisations at the top level, each with its attendance lines as children.

    An index's internal id is 0 for an organisation, and its row + 1 for one of its lines.
    """

    NAME, STATUS, REPRESENTED_BY = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[AttendanceGroup] = []
        self._headers = [_tr("Organisation / person"), _tr("Status"), _tr("Represented by")]

    def set_groups(self, groups: Sequence[AttendanceGroup]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def groups(self) -> list[AttendanceGroup]:
        return list(self._groups)

    def item(self, index: Index) -> AttendanceGroup | AttendanceLine | None:
        if not index.isValid():
            return None
        parent = index.internalId()
        if parent == 0:
            return self._groups[index.row()]
        return self._groups[parent - 1].lines[index.row()]

    def index_of(self, attendance_id: str) -> QModelIndex:
        for g, group in enumerate(self._groups):
            for n, line in enumerate(group.lines):
                if line.id == attendance_id:
                    return self.index(n, 0, self.index(g, 0))
        return QModelIndex()

    # -- Qt interface -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._groups[parent.row()].lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index)
        if item is None:
            return None
        if role == ROW_ROLE:
            return item
        if isinstance(item, AttendanceGroup):
            return self._group_data(item, index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.NAME:
                return item.person_name or _tr("The organisation as a whole")
            if index.column() == self.STATUS:
                if item.attendance.signs_minutes:
                    return QCoreApplication.translate(
                        "MeetingsModels", "{status} · signs the minutes").format(
                        status=_status_label(item))
                return _status_label(item)
            return item.represented_by_name
        return None

    def _group_data(self, group: AttendanceGroup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NAME:
            name = group.organisation_name or _tr("No organisation")
            if group.organisation_id is not None and not group.is_partner:
                return QCoreApplication.translate("MeetingsModels", "{name} (guest)").format(
                    name=name)
            if group.is_partner and not group.votes:
                return QCoreApplication.translate("MeetingsModels", "{name} (no vote)").format(
                    name=name)
            return name
        if column == self.STATUS:
            statuses = {line.status for line in group.lines}
            if AttendanceStatus.PRESENT in statuses:
                return _tr("Present")
            if AttendanceStatus.REPRESENTED in statuses:
                return _tr("Represented")
            return _tr("Not present")
        return ""

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None


def _votes(value: int | None) -> str:
    return "" if value is None else str(value)


def _result(line: DecisionLine) -> str:
    """Adopted or rejected, and how, in a word or two."""
    result = line.decision.result
    if result is None:
        return ""
    if result.unanimous:
        return _tr("Adopted unanimously") if result.adopted else _tr("Rejected unanimously")
    return _tr("Adopted") if result.adopted else _tr("Rejected")


def decision_columns() -> list[Column[DecisionLine]]:
    return [
        Column(_tr("Decision"), lambda d: first_line(d.decision.text),
               tooltip=lambda d: d.decision.text),
        Column(_tr("Agenda item"), lambda d: d.agenda_title),
        Column(_tr("Result"), _result),
        Column(_tr("For"), lambda d: _votes(d.decision.votes_for),
               sort_key=lambda d: d.decision.votes_for or 0, alignment=RIGHT),
        Column(_tr("Against"), lambda d: _votes(d.decision.votes_against),
               sort_key=lambda d: d.decision.votes_against or 0, alignment=RIGHT),
        Column(_tr("Abstain"), lambda d: _votes(d.decision.votes_abstain),
               sort_key=lambda d: d.decision.votes_abstain or 0, alignment=RIGHT),
        Column(_tr("Actions"), lambda d: str(len(d.actions)),
               sort_key=lambda d: len(d.actions), alignment=RIGHT),
    ]


def _date_key(value: dt.date | None) -> tuple[bool, dt.date]:
    return (value is None, value or dt.date.min)


def action_columns(today: Callable[[], dt.date] = dt.date.today) -> list[Column[ActionLine]]:
    def overdue(line: ActionLine) -> bool:
        return is_overdue(line.action.status, line.action.due_on, today())

    def colour(line: ActionLine) -> Any:
        return QBrush(OVERDUE) if overdue(line) else None

    def due_text(line: ActionLine) -> str:
        """The due date, and "(overdue)" in words where it is also shown in red."""
        date = date_text(line.action.due_on)
        return _tr("{date} (overdue)").format(date=date) if overdue(line) else date

    return [
        Column(_tr("Action"), lambda a: a.action.title,
               tooltip=lambda a: first_line(a.action.description, 300)),
        Column(_tr("Who"), lambda a: a.owner_name,
               tooltip=lambda a: a.owner_organisation_name),
        Column(_tr("Due on"), due_text, sort_key=lambda a: _date_key(a.action.due_on),
               foreground=colour, spoken=due_text),
        Column(_tr("Status"), lambda a: enum_label(a.action.status)),
    ]
