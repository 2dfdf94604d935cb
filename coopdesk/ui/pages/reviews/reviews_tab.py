"""The reviews of one project, and the scoring grid of the one selected."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.enums import Practice
from coopdesk.domain.errors import CoopdeskError
from coopdesk.domain.reviews import ReviewScoreFields
from coopdesk.services.review_history import GridRow, ReviewHistory, ReviewLine
from coopdesk.ui.formatting import date_text
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.record_table import RecordTableModel, make_proxy
from coopdesk.ui.pages.reviews.dialogs import ReviewDialog, ScoreDialog
from coopdesk.ui.pages.reviews.grid import ScoreDelegate, ScoreGridModel
from coopdesk.ui.pages.reviews.models import review_columns
from coopdesk.ui.widgets.buttons import button
from coopdesk.ui.widgets.empty_state import EmptyStack
from coopdesk.ui.widgets.page_context import PageContext
from coopdesk.ui.widgets.styles import MUTED_STYLE
from coopdesk.ui.widgets.tables import release_tab


def _table(parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    release_tab(table)
    table.verticalHeader().hide()
    table.setAccessibleName(name)
    return table


def _shortcut(table: QTableView, text: str, key: QKeySequence, slot: object) -> QAction:
    action = QAction(text, table)
    action.setShortcut(key)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    table.addAction(action)
    return action


class ReviewsTab(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.project_id: str | None = None
        self.model: RecordTableModel[ReviewLine] = RecordTableModel(review_columns(), self)
        self.proxy = make_proxy(self.model, self)
        self.table = _table(self, self.tr("Reviews of the project"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_review())
        self.table.selectionModel().selectionChanged.connect(self._review_changed)
        _shortcut(self.table, self.tr("Edit"), QKeySequence(Qt.Key.Key_F2), self.edit_review)
        _shortcut(self.table, self.tr("Delete"), QKeySequence(QKeySequence.StandardKey.Delete),
                  self.delete_review)
        self.list_stack = EmptyStack(self.table, self)
        self.list_stack.empty.button.clicked.connect(self.create_review)
        self.new_button = button(self.tr("New review"), self.create_review, self,
                                 tooltip=self.tr("Record a review of the cooperation (Ctrl+N)"))
        self.edit_button = button(self.tr("Edit…"), self.edit_review, self,
                                  tooltip=self.tr("Change the date, title or comments (F2)"))
        self.delete_button = button(self.tr("Delete"), self.delete_review, self,
                                    tooltip=self.tr("Move the review to the trash (Del)"))
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.list_stack, 1)
        self.detail = self._build_detail()
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._update_state()

    def _build_detail(self) -> QWidget:
        detail = QWidget(self)
        self.heading = QLabel(detail)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)  # a long review title wraps (large text)
        self.comments_label = QLabel(detail)
        self.comments_label.setWordWrap(True)
        self.comments_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grid_model = ScoreGridModel(self)
        self.grid_model.set_scorer(self.save_score)
        self.grid = _table(detail, self.tr("Scores of the partners"))
        self.grid.setModel(self.grid_model)
        self.grid.setItemDelegate(ScoreDelegate(self.grid))
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.grid.setAlternatingRowColors(False)
        # Practices as wide as their name (never cut), the partner's name takes the rest.
        grid_header = self.grid.horizontalHeader()
        grid_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        grid_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        grid_header.setMinimumSectionSize(90)
        self.grid.activated.connect(lambda _index: self.edit_score())
        self.grid.selectionModel().currentChanged.connect(self._cell_changed)
        _shortcut(self.grid, self.tr("Clear the score"),
                  QKeySequence(QKeySequence.StandardKey.Delete), self.clear_score)
        self.grid_stack = EmptyStack(self.grid, detail)
        self.cell_label = QLabel(detail)
        self.cell_label.setWordWrap(True)
        self.cell_label.setStyleSheet(MUTED_STYLE)
        self.score_button = button(self.tr("Score and comment…"), self.edit_score, detail,
                                   tooltip=self.tr("Score the selected cell with a comment "
                                                   "(Enter)"))
        self.clear_button = button(self.tr("Clear the score"), self.clear_score, detail,
                                   tooltip=self.tr("Move the score to the trash (Del)"))
        cell_row = QHBoxLayout()
        cell_row.addWidget(self.cell_label, 1)
        cell_row.addWidget(self.score_button)
        cell_row.addWidget(self.clear_button)
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.comments_label)
        layout.addWidget(self.grid_stack, 1)
        layout.addLayout(cell_row)
        return detail

    # -- reading -------------------------------------------------------------------------
    def set_history(self, project_id: str | None, history: ReviewHistory | None) -> None:
        keep = self.selected_id() if project_id == self.project_id else None
        self.project_id = project_id
        lines = history.reviews if history else ()
        self.model.set_rows(lines)
        if lines:
            self.list_stack.show_content()
            latest = max(lines, key=lambda line: line.review.held_on).review.id
            if keep is None or not self.select(keep):
                self.select(latest)
        elif project_id is None:
            self.list_stack.show_empty(self.tr(
                "No project yet. Reviews look back on a shared project: create one in "
                "Projects first."))
        else:
            self.list_stack.show_empty(
                self.tr("No review of this project yet.\nA review scores each partner from 1 "
                        "to 5 on the five good practices of cooperation, with comments."),
                self.tr("New review"))
        self._review_changed()

    def selected_line(self) -> ReviewLine | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def selected_id(self) -> str | None:
        line = self.selected_line()
        return line.review.id if line else None

    def select(self, review_id: str) -> bool:
        row = self.model.row_of(lambda line: line.review.id == review_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def select_cell(self, organisation_id: str, practice: Practice) -> bool:
        index = self.grid_model.index_of(organisation_id, practice)
        if index.isValid():
            self.grid.setCurrentIndex(index)
        return index.isValid()

    def _review_changed(self, *_args: object) -> None:
        line = self.selected_line()
        current = self.grid.currentIndex()
        position = (current.row(), current.column()) if current.isValid() else (0, 1)
        if line is None:
            self.grid_model.set_grid(None)
        else:
            try:
                self.grid_model.set_grid(self.context.services.reviews.grid(
                    line.review.id))
            except CoopdeskError as error:
                self.context.report(error)
                self.grid_model.set_grid(None)
        if self.grid_model.rowCount():
            row = min(position[0], self.grid_model.rowCount() - 1)
            self.grid.setCurrentIndex(self.grid_model.index(row, max(1, position[1])))
        self._update_state()

    def _update_state(self) -> None:
        line = self.selected_line()
        self.detail.setVisible(line is not None)
        self.new_button.setEnabled(self.project_id is not None)
        self.edit_button.setEnabled(line is not None)
        self.delete_button.setEnabled(line is not None)
        if line is not None:
            review = line.review
            self.heading.setText(self.tr("{title} — {date}").format(
                title=review.title or self.tr("Review"), date=date_text(review.held_on)))
            self.comments_label.setText(review.comments)
            self.comments_label.setVisible(bool(review.comments))
            if self.grid_model.rowCount():
                self.grid_stack.show_content()
            else:
                self.grid_stack.show_empty(self.tr(
                    "The project has no partner to score yet: add its partners on the "
                    "project's page."))
        self._cell_changed()

    def _cell_changed(self, *_args: object) -> None:
        index = self.grid.currentIndex()
        practice = self.grid_model.practice_of(index) if index.isValid() else None
        has_cell = practice is not None and self.grid_stack.currentWidget() is self.grid
        score = self.grid_model.score_at(index) if has_cell else None
        self.score_button.setEnabled(has_cell)
        self.clear_button.setEnabled(score is not None)
        if not has_cell or practice is None:
            self.cell_label.setText(self.tr("Select a cell, then type a score from 1 to 5."))
            return
        name = self.grid_model.row_at(index.row()).name
        if score is None:
            self.cell_label.setText(self.tr(
                "{partner} — {practice}: no score yet. Type 1 to 5, or press Enter to add a "
                "comment.").format(partner=name, practice=enum_label(practice)))
        elif score.comment:
            self.cell_label.setText(self.tr("{partner} — {practice}: {comment}").format(
                partner=name, practice=enum_label(practice), comment=score.comment))
        else:
            self.cell_label.setText(self.tr(
                "{partner} — {practice}: no comment. Press Enter to add one.").format(
                    partner=name, practice=enum_label(practice)))

    # -- reviews -------------------------------------------------------------------------
    def create_review(self) -> None:
        if self.project_id is None:
            return
        created = self.context.publish(ReviewDialog.ask(self.context.services,
                                                        self.project_id, parent=self))
        if created:
            self.select(created)

    def edit_review(self) -> None:
        line = self.selected_line()
        if line is not None:
            self.context.publish(ReviewDialog.ask(self.context.services, self.project_id,
                                                  line.review, self))

    def delete_review(self) -> None:
        line = self.selected_line()
        if line is not None:
            self.context.trash("review", line.review.id,
                               line.review.title or date_text(line.review.held_on))

    # -- scores --------------------------------------------------------------------------
    def _cell(self) -> tuple[GridRow, Practice] | None:
        index = self.grid.currentIndex()
        practice = self.grid_model.practice_of(index) if index.isValid() else None
        if practice is None:
            return None
        return self.grid_model.row_at(index.row()), practice

    def edit_score(self) -> None:
        cell, line = self._cell(), self.selected_line()
        if cell is None or line is None:
            return
        row, practice = cell
        self.context.publish(ScoreDialog.ask(
            self.context.services, line.review.id, row.organisation_id, row.name, practice,
            row.scores.get(practice), self))
        self.select_cell(row.organisation_id, practice)

    def clear_score(self) -> None:
        cell = self._cell()
        if cell is not None:
            self.save_score(*cell, 0)

    def save_score(self, row: GridRow, practice: Practice, value: int) -> bool:
        """Save a score typed in the grid (0 clears it); a refusal shows in the message bar."""
        services, existing = self.context.services, row.scores.get(practice)
        name = self.tr("{partner} — {practice}").format(partner=row.name,
                                                        practice=enum_label(practice))
        if value == 0:
            return existing is not None and self.context.trash("review_score", existing.id, name)
        line = self.selected_line()
        if line is None:
            return False
        fields = ReviewScoreFields(review_id=line.review.id, organisation_id=row.organisation_id,
                                   practice=practice, score=value,
                                   comment=existing.comment if existing else "")
        if existing is None:
            created = self.context.run(lambda: services.review_scores.create(fields))
            new_id = getattr(created, "id", "")
            if not new_id:
                return False
            self.context.bus.undoable.emit(self.tr("Score {name}").format(name=name),
                                           lambda: services.review_scores.delete(new_id))
        else:
            before = ReviewScoreFields(review_id=existing.review_id,
                                       organisation_id=existing.organisation_id,
                                       practice=existing.practice, score=existing.score,
                                       comment=existing.comment)
            if self.context.run(lambda: services.review_scores.update(existing.id,
                                                                      fields)) is None:
                return False
            self.context.bus.undoable.emit(
                self.tr("Change the score {name}").format(name=name),
                lambda: services.review_scores.update(existing.id, before))
        self.select_cell(row.organisation_id, practice)
        return True
