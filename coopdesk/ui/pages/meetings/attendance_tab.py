"""Attendance per organisation: who is present, excused, absent or represented (by whom),
the counts, and the quorum (the meeting's rule, else its project's) counted live: voting
partners only, proxies whose holder is present and within the limit."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import AttendanceStatus, MeetingStatus
from coopdesk.domain.quorum import ProxyRefusal
from coopdesk.services.meeting_details import AttendanceGroup, AttendanceLine, MeetingDetail
from coopdesk.ui.labels import enum_label
from coopdesk.ui.pages.meetings.models import AttendanceModel
from coopdesk.ui.pages.meetings.part_dialogs import AttendanceDialog, RepresentedByDialog
from coopdesk.ui.pages.meetings.widgets import good_style, warning_style
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.styles import MUTED_STYLE
from coopdesk.ui.widgets.tables import DELETE_KEY, EDIT_KEY, on_keys, select_index, tree_view


class AttendanceTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: MeetingDetail | None = None
        self.read_only = False
        self.model = AttendanceModel(self)
        self.tree = tree_view(self, self.model, self.tr("Attendance"), many=True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.activated.connect(lambda _index: self.edit_line())
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)
        on_keys(self.tree, (DELETE_KEY, self.remove_lines), (EDIT_KEY, self.edit_line))
        self.stack = EmptyStack(self.tree, self)
        self.stack.empty.button.clicked.connect(self._empty_action)
        self.fill_button = button(self.tr("Fill from the project's partners"), self.fill, self)
        self.add_button = button(self.tr("Add someone…"), self.add_line, self,
                                 tooltip=self.tr("A guest, or someone who is not in the "
                                                 "partners' lists (Ctrl+N)"))
        self.status_buttons = {
            AttendanceStatus.PRESENT: button(self.tr("&Present"), lambda: self.mark(
                AttendanceStatus.PRESENT), self),
            AttendanceStatus.EXCUSED: button(self.tr("E&xcused"), lambda: self.mark(
                AttendanceStatus.EXCUSED), self),
            AttendanceStatus.ABSENT: button(self.tr("A&bsent"), lambda: self.mark(
                AttendanceStatus.ABSENT), self),
            AttendanceStatus.REPRESENTED: button(self.tr("&Represented by…"),
                                                 self.mark_represented, self),
        }
        for widget in self.status_buttons.values():
            widget.setToolTip(self.tr("Applies to every selected person (select an "
                                      "organisation for all its people)"))
        self.remove_button = button(self.tr("Remove"), self.remove_lines, self,
                                    tooltip=self.tr("Take off the attendance list (Del)"))
        self.counts_label = QLabel(self)
        self.counts_label.setStyleSheet(MUTED_STYLE)
        self.quorum_label = QLabel(self)
        self.quorum_label.setWordWrap(True)
        self.quorum_label.setObjectName("quorum")
        self.quorum_details = QLabel(self)
        self.quorum_details.setWordWrap(True)
        self.quorum_details.setObjectName("quorum_details")
        self.quorum_details.setStyleSheet(MUTED_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.fill_button)
        top.addWidget(self.add_button)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        marks = QHBoxLayout()
        marks.addWidget(QLabel(self.tr("Mark the selection:"), self))
        for widget in self.status_buttons.values():
            marks.addWidget(widget)
        marks.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(marks)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.quorum_label)
        layout.addWidget(self.quorum_details)
        self._update_buttons()

    # -- showing -------------------------------------------------------------------------
    def set_detail(self, detail: MeetingDetail, read_only: bool = False) -> None:
        self.detail = detail
        self.read_only = read_only
        selected = [line.id for line in self.selected_lines()]
        self.model.set_groups(detail.attendance)
        if detail.attendance:
            self.stack.show_content()
            self.tree.expandAll()
            for column in range(self.model.columnCount() - 1):
                self.tree.resizeColumnToContents(column)
            for attendance_id in selected:
                index = self.model.index_of(attendance_id)
                if index.isValid():
                    self.tree.selectionModel().select(
                        index, QItemSelectionModel.SelectionFlag.Select
                        | QItemSelectionModel.SelectionFlag.Rows)
        elif detail.meeting.project_id and detail.missing_people:
            self.stack.show_empty(
                self.tr("Nobody is on the attendance list yet. Fill it with the people of "
                        "the project's partners, then mark who is present."),
                "" if read_only else self.tr("Fill from the project's partners"))
        else:
            self.stack.show_empty(
                self.tr("Nobody is on the attendance list yet. Add the people who take part."),
                "" if read_only else self.tr("Add someone…"))
        self._show_counts(detail)
        self._update_buttons()

    def _show_counts(self, detail: MeetingDetail) -> None:
        counts = detail.counts
        self.counts_label.setText(self.tr(
            "{present} present · {represented} represented · {excused} excused · "
            "{absent} absent").format(present=counts.present, represented=counts.represented,
                                      excused=counts.excused, absent=counts.absent)
            if counts.total else "")
        count = detail.quorum_count
        if detail.quorum is None:
            self.quorum_label.setText(self.tr("No quorum is set for this meeting or its project.")
                                      if detail.meeting.project_id else "")
            self.quorum_label.setStyleSheet(MUTED_STYLE)
        elif detail.meeting.status is MeetingStatus.PLANNED and not detail.quorum_reached:
            # Before the meeting, a missing quorum is no alarm yet.
            self.quorum_label.setText(self.tr(
                "Quorum: {quorum} voting partners needed; {attending} of {partners} marked "
                "present or represented so far.").format(attending=detail.partners_attending,
                                                         partners=detail.partner_count,
                                                         quorum=detail.quorum))
            self.quorum_label.setStyleSheet(MUTED_STYLE)
        elif detail.quorum_reached:
            self.quorum_label.setText(self.tr(
                "✔ Quorum reached: {attending} of {partners} voting partners present or "
                "represented ({quorum} needed).").format(attending=detail.partners_attending,
                                                         partners=detail.partner_count,
                                                         quorum=detail.quorum))
            self.quorum_label.setStyleSheet(good_style())
        else:
            self.quorum_label.setText(self.tr(
                "⚠ Quorum not reached: {attending} of {partners} voting partners present or "
                "represented, {quorum} needed.").format(attending=detail.partners_attending,
                                                        partners=detail.partner_count,
                                                        quorum=detail.quorum))
            self.quorum_label.setStyleSheet(warning_style())
        self.quorum_details.setText(self._quorum_details(detail) if count.voting else "")

    def _quorum_details(self, detail: MeetingDetail) -> str:
        """The rule, the present and represented counts, proxies refused, who attends
        without a vote: one line each."""
        count, rule = detail.quorum_count, detail.quorum_rule
        lines = []
        if rule.is_fraction:
            lines.append(self.tr("Rule: {fraction} of the {voting} voting partners ({origin}).")
                         .format(fraction=f"{rule.numerator}/{rule.denominator}",
                                 voting=count.voting, origin=self._origin(detail)))
        elif rule.number:
            lines.append(self.tr("Rule: {number} voting partners ({origin}).").format(
                number=rule.number, origin=self._origin(detail)))
        lines.append(self.tr("{present} present, {represented} represented by proxy.").format(
            present=count.present, represented=count.represented))
        if rule.max_proxies is not None:
            lines.append(self.tr("At most {limit} proxies per person.").format(
                limit=rule.max_proxies))
        for refused in detail.refused_proxies:
            text = (self.tr("Proxy not counted: {organisation} (held by {holder}, who is not "
                            "present).") if refused.reason is ProxyRefusal.HOLDER_NOT_PRESENT
                    else self.tr("Proxy not counted: {organisation} (held by {holder}, who "
                                 "already holds the most allowed)."))
            lines.append(text.format(organisation=refused.organisation_name,
                                     holder=refused.holder_name or "?"))
        without = ", ".join(g.organisation_name for g in detail.non_voting_attending)
        if without:
            lines.append(self.tr("Attending without a vote: {names}.").format(names=without))
        return "\n".join(lines)

    def _origin(self, detail: MeetingDetail) -> str:
        return (self.tr("this meeting's own rule") if detail.meeting.quorum_overridden
                else self.tr("the project's rule"))

    def selected_items(self) -> list[AttendanceGroup | AttendanceLine]:
        found = []
        for index in self.tree.selectionModel().selectedRows():
            item = self.model.item(index)
            if item is not None:
                found.append(item)
        return found

    def selected_lines(self) -> list[AttendanceLine]:
        """The selected lines; a selected organisation stands for all its lines."""
        lines: dict[str, AttendanceLine] = {}
        for item in self.selected_items():
            for line in (item.lines if isinstance(item, AttendanceGroup) else (item,)):
                lines[line.id] = line
        return list(lines.values())

    def select(self, attendance_id: str) -> bool:
        index = self.model.index_of(attendance_id)
        if not index.isValid():
            return False
        select_index(self.tree, index)
        return True

    def _update_buttons(self) -> None:
        detail = self.detail
        editable = detail is not None and not self.read_only
        has = bool(self.selected_lines())
        missing = detail.missing_people if detail else 0
        self.fill_button.setEnabled(editable and missing > 0)
        if detail is not None and not detail.meeting.project_id:
            self.fill_button.setToolTip(self.tr("The meeting has no project: choose one with "
                                                "“Edit…” to fill the list from its partners."))
        else:
            self.fill_button.setToolTip(self.tr(
                "Adds the %n person(s) of the project's partners not on the list yet, as "
                "absent: then mark who is present.", "", missing))
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and has)
        for widget in self.status_buttons.values():
            widget.setEnabled(editable and has)

    # -- acting --------------------------------------------------------------------------
    def _empty_action(self) -> None:
        if self.detail is not None and self.detail.missing_people:
            self.fill()
        else:
            self.add_line()

    def fill(self) -> None:
        if self.detail is None or self.read_only:
            return
        meeting_id, added = self.detail.meeting.id, self.detail.missing_people
        changes = self.context.run(
            lambda: self.context.services.meeting_details.fill_attendance(meeting_id))
        if changes:
            self.context.bus.status.emit(self.tr(
                "%n person(s) added as absent: select who is present and click “Present”.",
                "", added))

    def add_line(self) -> None:
        if self.detail is None or self.read_only:
            return
        created = self.context.publish(AttendanceDialog.ask(self.context.services,
                                                            self.detail, parent=self))
        if created:
            self.select(created)

    def edit_line(self) -> None:
        items = self.selected_items()
        if self.detail is None or self.read_only or len(items) != 1:
            return
        line = items[0]
        if isinstance(line, AttendanceLine):
            self.context.publish(AttendanceDialog.ask(self.context.services, self.detail,
                                                      line, self))

    def mark(self, status: AttendanceStatus) -> None:
        lines = self.selected_lines()
        if self.read_only or not lines:
            return
        details = self.context.services.meeting_details
        changes = self.context.run(lambda: details.mark_attendance(
            [line.id for line in lines], status))
        if changes:
            self.context.bus.status.emit(self.tr("%n person(s) marked “{status}”.", "",
                                                 len(lines)).format(status=enum_label(status)))

    def mark_represented(self) -> None:
        lines = self.selected_lines()
        if self.read_only or not lines:
            return
        names = ", ".join(line.person_name or self.tr("the organisation") for line in lines)
        self.context.publish(RepresentedByDialog.ask(self.context.services,
                                                     [line.id for line in lines], names, self))

    def remove_lines(self) -> None:
        """Take the selected lines off the list; each removal can be undone (Ctrl+Z)."""
        if self.read_only:
            return
        for line in self.selected_lines():
            self.context.trash("attendance", line.id,
                               line.person_name or self.tr("the organisation"))
