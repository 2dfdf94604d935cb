"""The filters above the contact log: words, with whom, project, author, period,
follow-ups, and the trash."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from coopdesk.services.exchange_log import Correspondent, ExchangeFilter, FollowUpFilter
from coopdesk.ui.pages.exchanges.correspondent import CorrespondentEdit
from coopdesk.ui.pages.exchanges.entry_fields import set_record_choices
from coopdesk.ui.widgets.accessible import enable_clear_button
from coopdesk.ui.widgets.combos import compact
from coopdesk.ui.widgets.typing import TypingPause


class Period(Enum):
    ANY = "any"
    LAST_30_DAYS = "30d"
    LAST_3_MONTHS = "3m"
    THIS_YEAR = "year"
    LAST_YEAR = "last_year"

    def bounds(self, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
        if self is Period.LAST_30_DAYS:
            return today - dt.timedelta(days=30), None
        if self is Period.LAST_3_MONTHS:
            return today - dt.timedelta(days=91), None
        if self is Period.THIS_YEAR:
            return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
        if self is Period.LAST_YEAR:
            return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
        return None, None


class FilterBar(QWidget):
    #: Any filter changed.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._today = today
        self.search_edit = QLineEdit(self)
        enable_clear_button(self.search_edit)
        self.search_edit.setPlaceholderText(self.tr("Search the subjects and summaries…"))
        self.search_edit.setAccessibleName(self.tr("Search the exchanges"))
        self.with_edit = CorrespondentEdit(self)
        self.with_edit.setPlaceholderText(self.tr("With: any person or organisation"))
        self.with_edit.setAccessibleName(self.tr("Only the exchanges with"))
        self.project_combo = self._combo(self.tr("Project"))
        self.author_combo = self._combo(self.tr("Author"))
        self.period_combo = self._combo(self.tr("Period"))
        for period, text in ((Period.ANY, self.tr("Any date")),
                             (Period.LAST_30_DAYS, self.tr("Last 30 days")),
                             (Period.LAST_3_MONTHS, self.tr("Last 3 months")),
                             (Period.THIS_YEAR, self.tr("This year")),
                             (Period.LAST_YEAR, self.tr("Last year"))):
            self.period_combo.addItem(text, period.value)
        self.follow_up_combo = self._combo(self.tr("Follow-ups"))
        for choice, text in ((FollowUpFilter.ANY, self.tr("All exchanges")),
                             (FollowUpFilter.DUE, self.tr("Follow-up due (today or late)")),
                             (FollowUpFilter.OPEN, self.tr("Follow-up still to do"))):
            self.follow_up_combo.addItem(text, choice.value)
        self.trash_check = QCheckBox(self.tr("Show trash"), self)
        self.trash_check.setToolTip(self.tr("Show the exchanges in the trash, to restore them"))
        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.addWidget(self.search_edit, 3)
        first.addWidget(self.with_edit, 3)
        first.addWidget(self.project_combo, 2)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.follow_up_combo, 2)
        second.addWidget(self.period_combo, 1)
        second.addWidget(self.author_combo, 1)
        second.addWidget(self.trash_check)
        second.addStretch(1)
        self.tail = second
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(first)
        layout.addLayout(second)
        self.set_choices([], [], [])
        self.typing = TypingPause(self.search_edit, self.changed.emit)
        self.with_edit.value_changed.connect(self.changed)
        for combo in (self.project_combo, self.author_combo, self.period_combo,
                      self.follow_up_combo):
            combo.currentIndexChanged.connect(self.changed)
        self.trash_check.toggled.connect(self.changed)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        return compact(combo, 9)

    def set_choices(self, correspondents: Sequence[Correspondent],
                    projects: Sequence[tuple[str, str]], authors: Sequence[str]) -> None:
        self.with_edit.set_correspondents(correspondents)
        set_record_choices(self.project_combo, projects, self.tr("All projects"))
        set_record_choices(self.author_combo, [(name, name) for name in authors],
                           self.tr("All authors"))

    # -- reading -----------------------------------------------------------------------
    def where(self) -> ExchangeFilter:
        chosen = self.with_edit.value()
        since, until = Period(self.period_combo.currentData()).bounds(self._today())
        return ExchangeFilter(
            person_id=chosen.id if chosen and chosen.kind == "person" else None,
            organisation_id=chosen.id if chosen and chosen.kind == "organisation" else None,
            project_id=self.project_combo.currentData(),
            author_name=self.author_combo.currentData(),
            since=since, until=until,
            follow_up=FollowUpFilter(self.follow_up_combo.currentData()),
            text=self.search_edit.text(), in_trash=self.trash_check.isChecked(),
            today=self._today())

    def active(self) -> bool:
        """Some filter besides the trash narrows the list."""
        return bool(self.search_edit.text().strip() or self.with_edit.value()
                    or any(combo.currentIndex() > 0 for combo in (
                        self.project_combo, self.author_combo, self.period_combo,
                        self.follow_up_combo)))

    # -- setting -----------------------------------------------------------------------
    def set_follow_up(self, choice: FollowUpFilter) -> None:
        self.follow_up_combo.setCurrentIndex(self.follow_up_combo.findData(choice.value))

    def clear(self, *, trash: bool = False) -> None:
        """Every filter back to "all" (and the trash shown or not), one `changed` signal."""
        self.blockSignals(True)
        self.search_edit.clear()
        self.with_edit.clear_value()
        for combo in (self.project_combo, self.author_combo, self.period_combo,
                      self.follow_up_combo):
            combo.setCurrentIndex(0)
        self.trash_check.setChecked(trash)
        self.blockSignals(False)
        self.changed.emit()
