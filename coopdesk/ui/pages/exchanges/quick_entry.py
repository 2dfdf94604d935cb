"""The quick-entry bar at the top of the contact log: log an exchange in a few keystrokes.

Ctrl+N (anywhere in the page) puts the focus in it, Tab goes from field to field, and
Ctrl+Enter saves. Errors appear under the field they concern; what was typed stays.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopdeskError, ValidationError
from coopdesk.services.exchange_log import Correspondent
from coopdesk.services.workspace_services import Services
from coopdesk.ui.labels import error_text
from coopdesk.ui.pages.exchanges.entry_fields import EntryWidgets
from coopdesk.ui.widgets.combos import compact
from coopdesk.ui.widgets.form import error_style
from coopdesk.ui.widgets.styles import MUTED_STYLE


class QuickEntryBar(QFrame):
    #: A new exchange was logged: the service's Created.
    logged = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("quickEntry")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.fields = EntryWidgets(self, today)
        self._errors: dict[QWidget, QLabel] = {}
        f = self.fields
        f.follow_up_done.hide()  # a new exchange's follow-up is not done yet
        date_width = self.fontMetrics().horizontalAdvance("00/00/0000") + 24
        for edit in (f.occurred_on, f.follow_up_on):
            edit.setMinimumWidth(date_width)
        f.follow_up_on.setMaximumWidth(date_width * 2)
        # Narrow lists: the bar fits a laptop's screen with large text (the lists' popups
        # still show the whole names).
        compact(f.kind, 8)
        compact(f.project, 9)
        title = QLabel(self.tr("Log an exchange"), self)
        title.setStyleSheet("font-weight: 600;")
        hint = QLabel(self.tr("Ctrl+N comes here · Tab goes to the next field · "
                              "Ctrl+Enter saves"), self)
        hint.setStyleSheet(MUTED_STYLE)
        # Labels wrap rather than widen the window (large text, French).
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(error_style())
        self.banner.hide()
        self.author_label = QLabel(self)
        self.author_label.setStyleSheet(MUTED_STYLE)
        self.author_label.setWordWrap(True)
        self.author_label.setToolTip(self.tr("The author of what you log is this laptop's "
                                             "profile."))
        self.save_button = QPushButton(self.tr("Log the exchange"), self)
        self.save_button.setToolTip(self.tr("Save this exchange (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save)
        self.summary_height()

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self._place(grid, 0, 0, self.tr("Kind"), f.kind)
        self._place(grid, 0, 2, self.tr("Date"), f.occurred_on)
        self._place(grid, 0, 4, self.tr("With"), f.with_whom)
        self._place(grid, 0, 6, self.tr("Project"), f.project)
        self._place(grid, 1, 0, self.tr("Subject"), f.subject, span=3)
        grid.addWidget(f.private, 1, 4, 1, 4)
        self._place(grid, 2, 0, self.tr("Summary"), f.summary, span=7)
        self._place(grid, 3, 0, self.tr("Follow-up"), f.follow_up, span=3)
        self._place(grid, 3, 4, self.tr("By"), f.follow_up_on, narrow=True)
        grid.addWidget(self.save_button, 3, 6, 1, 2,
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for column, stretch in ((1, 2), (3, 1), (5, 4), (7, 3)):
            grid.setColumnStretch(column, stretch)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.author_label, 1)
        top.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(grid)

        chain: list[QWidget] = [f.kind, f.occurred_on, f.with_whom, f.project, f.subject,
                                f.private, f.summary, f.follow_up, f.follow_up_on,
                                self.save_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(self.tr("Save the exchange"))
            shortcut.activated.connect(self.save)
        self.show_author()

    def summary_height(self) -> None:
        """Two lines of text, whatever the font size."""
        lines = self.fontMetrics().lineSpacing() * 2
        self.fields.summary.setFixedHeight(lines + 14)

    def _place(self, grid: QGridLayout, row: int, column: int, label: str, widget: QWidget,
               span: int = 1, narrow: bool = False) -> None:
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        caption.setWordWrap(True)  # "Follow-up" is long in French with large text
        error = QLabel(self)
        error.setWordWrap(True)
        error.setStyleSheet(error_style())
        error.hide()
        holder = QWidget(self)
        column_layout = QVBoxLayout(holder)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(2)
        if narrow:
            column_layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            column_layout.addWidget(widget)
        column_layout.addWidget(error)
        grid.addWidget(caption, row, column,
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(holder, row, column + 1, 1, span)
        self._errors[widget] = error

    # -- state -------------------------------------------------------------------------
    def show_author(self) -> None:
        profile = self.services.db.profile
        if profile.organisation:
            text = self.tr("Logged by {name} ({organisation})").format(
                name=profile.name, organisation=profile.organisation)
        else:
            text = self.tr("Logged by {name}").format(name=profile.name)
        self.author_label.setText(text)

    def set_choices(self, correspondents: Sequence[Correspondent],
                    projects: Sequence[tuple[str, str]]) -> None:
        self.fields.set_choices(correspondents, projects)

    def focus_first(self) -> None:
        self.fields.kind.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def error_label(self, field: str) -> QLabel | None:
        widget = self.fields.widget_of(field)
        return self._errors.get(widget) if widget is not None else None

    def clear_errors(self) -> None:
        self.banner.hide()
        for label in self._errors.values():
            label.hide()

    def show_error(self, error: CoopdeskError) -> None:
        self.clear_errors()
        text = error_text(error)
        widget = (self.fields.widget_of(error.field)
                  if isinstance(error, ValidationError) else None)
        label = self._errors.get(widget) if widget is not None else None
        if widget is not None and label is not None:
            label.setText(text)
            label.show()
            widget.setFocus()
        else:
            self.banner.setText(text)
            self.banner.show()

    # -- saving ------------------------------------------------------------------------
    def save(self) -> bool:
        """Log what the bar holds; on a refusal the error shows and nothing is lost."""
        try:
            created = self.services.exchanges.create(self.fields.fields())
        except CoopdeskError as error:
            self.show_error(error)
            return False
        self.clear_errors()
        self.fields.clear()
        self.fields.with_whom.setFocus()
        self.logged.emit(created)
        return True
