"""What both directory lists share: toolbar, filters, table or empty-state hint, detail panel.

`OrganisationsTab` and `PeopleTab` fill in what differs (rows, forms, words). Every change
goes through the services and is published on the bus; the lists refresh from `changed`.

The organisations are few: their list is loaded whole, sorted and filtered by a proxy. The
people are read a page at a time (`PeopleTab` overrides `make_proxy`, `reload`, `locate` and
`filter_text_changed`).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.changes import Changes, Created
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.labels import error_text
from coopdesk.ui.models.record_table import make_proxy
from coopdesk.ui.pages.directory.toolbar import ToolbarRow
from coopdesk.ui.widgets.accessible import enable_clear_button
from coopdesk.ui.widgets.combos import compact
from coopdesk.ui.widgets.detail_browser import DetailBrowser
from coopdesk.ui.widgets.record_view import RecordView


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordTab", text)


class RecordTab(QWidget):
    """One list with its detail panel. Subclasses implement the hooks at the end.

    *model* is a table model with `row_at`, `id_at`, `row_of_id` and `is_trashed` (a
    `TrashableTableModel`, or the people's paged model).
    """

    def __init__(self, services: Services, bus: Bus, model: Any,
                 detail: DetailBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.model = model
        self.proxy = self.make_proxy(model)
        self.detail = detail
        #: (record id, refresh count) the detail panel shows, to skip needless reloads.
        self._shown: tuple[str | None, int] = (None, -1)
        self._generation = 0

        self.view = RecordView(self)
        self.view.setModel(self.proxy)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.empty_state = QWidget(self)
        self.empty_label = QLabel(self.empty_state)
        self.empty_label.setObjectName("empty_state")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.linkActivated.connect(self.clear_filters)
        self.empty_button = QPushButton(self.empty_state)
        self.empty_button.setObjectName("empty_state_button")
        empty_layout = QVBoxLayout(self.empty_state)
        empty_layout.setContentsMargins(32, 32, 32, 32)
        empty_layout.setSpacing(16)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_state)

        self.new_action = QAction(self)
        self.edit_action = QAction(_tr("&Edit"), self)
        self.edit_action.setToolTip(_tr("Edit the selected record (Enter or F2)"))
        self.delete_action = QAction(_tr("&Delete"), self)
        self.delete_action.setToolTip(_tr("Move the selected record to the trash (Del); "
                                          "Ctrl+Z undoes it"))
        self.restore_action = QAction(_tr("&Restore"), self)
        self.restore_action.setToolTip(_tr("Bring the selected record back from the trash"))
        self.new_action.triggered.connect(self.create_record)
        self.new_action.changed.connect(
            lambda: self.empty_button.setText(self.new_action.text().replace("&", "")))
        self.empty_button.clicked.connect(self.new_action.trigger)
        self.edit_action.triggered.connect(self.edit_record)
        self.delete_action.triggered.connect(self.delete_record)
        self.restore_action.triggered.connect(self.restore_record)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("filter")
        enable_clear_button(self.filter_edit)
        self.filter_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.filter_combo = compact(QComboBox(self), 12)
        self.filter_combo.setObjectName("filter_combo")
        self.trash_toggle = QCheckBox(_tr("Show &trash"), self)
        self.trash_toggle.setObjectName("show_trash")
        self.trash_toggle.setToolTip(_tr("Also list the records moved to the trash, to "
                                         "restore them"))

        # The buttons on the left, the filters on the right (below when it is narrow).
        buttons = QWidget(self)
        toolbar = QHBoxLayout(buttons)
        toolbar.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QToolButton] = []
        for action in (self.new_action, self.edit_action, self.delete_action,
                       self.restore_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            toolbar.addWidget(button)
            self.buttons.append(button)
        toolbar.addStretch(1)  # buttons packed to the left when the bar is wider
        filters = QWidget(self)
        filter_row = QHBoxLayout(filters)
        filter_row.setContentsMargins(0, 0, 0, 0)
        filter_row.addWidget(self.filter_combo)
        filter_row.addWidget(self.filter_edit, 1)
        filter_row.addWidget(self.trash_toggle)
        self.toolbar = toolbar
        self.toolbar_row = ToolbarRow(buttons, filters, self)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([2000, 1000])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.toolbar_row)
        layout.addWidget(self.splitter, 1)

        self.filter_edit.textChanged.connect(self.filter_text_changed)
        self.filter_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.trash_toggle.toggled.connect(lambda _on: self.refresh())
        self.view.edit_requested.connect(self.edit_record)
        self.view.delete_requested.connect(self.delete_record)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.modelReset.connect(self._update_state)

    # -- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the rows, keeping the selection when the record is still listed."""
        keep = self.selected_id()
        self._generation += 1
        self.reload()
        if keep is None or not self.select(keep, reveal=False):
            self._update_state()

    def selected_id(self) -> str | None:
        row = self._selected_source_row()
        return self.model.id_at(row) if row is not None else None

    def selected_row(self) -> Any:
        row = self._selected_source_row()
        return self.model.row_at(row) if row is not None else None

    def selected_in_trash(self) -> bool:
        row = self._selected_source_row()
        return row is not None and self.model.is_trashed(row)

    def select(self, record_id: str, *, reveal: bool = True) -> bool:
        """Select the record; with *reveal*, clear filters and show the trash if needed."""
        source_row = self.locate(record_id)
        if source_row < 0 and reveal:
            try:
                record = self.service().get(record_id)
            except CoopdeskError:
                return False
            self.clear_filters(reveal_trash=record.audit.in_trash)
            source_row = self.locate(record_id)
        if source_row < 0:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not proxy_index.isValid() and reveal:
            self.filter_edit.clear()
            proxy_index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not proxy_index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(
            proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(proxy_index)
        self._update_state()
        return True

    def clear_filters(self, *_args: object, reveal_trash: bool = False) -> None:
        widgets = (self.filter_combo, self.trash_toggle, self.filter_edit)
        blockers = [widget.blockSignals(True) for widget in widgets]
        self.filter_combo.setCurrentIndex(0)
        if reveal_trash:
            self.trash_toggle.setChecked(True)
        self.filter_edit.clear()
        for widget, blocked in zip(widgets, blockers, strict=True):
            widget.blockSignals(blocked)
        self.filter_text_changed("")
        self.refresh()

    def size_columns(self, characters: tuple[int, ...]) -> None:
        """Give each column room for so many characters of the list's font (larger text,
        wider columns), and never less than its title needs."""
        header = self.view.horizontalHeader()
        width = self.view.fontMetrics().averageCharWidth()
        for column, count in enumerate(characters):
            header.resizeSection(column, max(count * width, header.sectionSizeHint(column)))

    def has_filter(self) -> bool:
        return bool(self.filter_edit.text().strip()) or self.filter_combo.currentIndex() > 0

    # -- writing ---------------------------------------------------------------------------
    def create_record(self) -> None:
        changes = self.open_editor(None)
        if not changes:
            return
        self.bus.publish(changes)
        if isinstance(changes, Created) and changes.id:
            new_id, service = changes.id, self.service()
            self.select(new_id)
            name = self.record_name(new_id)
            # Undo callables hold the service, not this widget, which may be gone by then.
            self.bus.undoable.emit(self.undo_create_text(name),
                                   lambda: service.delete(new_id))
            self.bus.status.emit(self.saved_text(name))

    def edit_record(self) -> None:
        record_id = self.selected_id()
        if record_id is None or self.selected_in_trash():
            return
        try:
            before = self.service().get(record_id)
        except CoopdeskError as error:
            self.bus.status.emit(error_text(error))
            self.refresh()
            return
        changes = self.open_editor(before)
        if not changes:
            return
        self.bus.publish(changes)
        old_fields, service = self.fields_of(before), self.service()
        self.bus.undoable.emit(self.undo_edit_text(self.record_name(record_id)),
                               lambda: service.update(record_id, old_fields))
        self.bus.status.emit(self.saved_text(self.record_name(record_id)))

    def delete_record(self) -> None:
        record_id = self.selected_id()
        if record_id is None or self.selected_in_trash():
            return
        name, service = self.record_name(record_id), self.service()
        position = self.view.currentIndex().row()
        if not self._run(lambda: service.delete(record_id)):
            return
        self.bus.undoable.emit(self.undo_delete_text(name),
                               lambda: service.restore(record_id))
        self.bus.status.emit(self.trashed_text(name))
        if self.selected_id() is None and self.proxy.rowCount() > 0:
            next_row = min(position, self.proxy.rowCount() - 1)
            self.select(self.model.id_at(
                self.proxy.mapToSource(self.proxy.index(next_row, 0)).row()), reveal=False)

    def restore_record(self) -> None:
        record_id = self.selected_id()
        if record_id is None or not self.selected_in_trash():
            return
        name, service = self.record_name(record_id), self.service()
        if not self._run(lambda: service.restore(record_id)):
            return
        self.bus.undoable.emit(self.undo_restore_text(name),
                               lambda: service.delete(record_id))
        self.bus.status.emit(self.restored_text(name))

    def _run(self, operation: Callable[[], Changes]) -> bool:
        try:
            changes = operation()
        except CoopdeskError as error:
            self.bus.status.emit(error_text(error))
            self.refresh()
            return False
        self.bus.publish(changes)
        return True

    # -- state -----------------------------------------------------------------------------
    def filter_text_changed(self, text: str) -> None:
        """The proxy filters the loaded rows by *text* (every column, case ignored)."""
        if isinstance(self.proxy, QSortFilterProxyModel):
            self.proxy.setFilterFixedString(text.strip())
        self._update_state()

    def _selected_source_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.mapToSource(rows[0]).row()

    def _selection_changed(self, *_args: object) -> None:
        self._update_state()

    def _update_state(self) -> None:
        nothing_yet = self.model.rowCount() == 0 and not self.has_filter()
        if self.proxy.rowCount() > 0:
            self.stack.setCurrentWidget(self.view)
        else:
            if nothing_yet:
                message = escape(self.empty_text())
            else:
                message = "{}<br><br><a href='#clear'>{}</a>".format(
                    escape(self.no_match_text()), escape(_tr("Clear the filter")))
            self.empty_label.setText(f"<p style='font-size:large'>{message}</p>")
            self.empty_button.setVisible(nothing_yet)
            self.stack.setCurrentWidget(self.empty_state)
        # With nothing in the list yet, the detail panel would only add noise.
        self.detail.setVisible(not nothing_yet)
        row = self.selected_row()
        in_trash = self.selected_in_trash()
        self.edit_action.setEnabled(row is not None and not in_trash)
        self.delete_action.setEnabled(row is not None and not in_trash)
        self.restore_action.setEnabled(in_trash)
        self.restore_action.setVisible(self.trash_toggle.isChecked())
        shown = (row.id if row is not None else None, self._generation)
        if shown == self._shown:
            return
        self._shown = shown
        if row is None:
            self.detail.clear_detail()
        else:
            self.show_detail(row)

    # -- hooks -----------------------------------------------------------------------------
    def make_proxy(self, model: QAbstractTableModel) -> QAbstractProxyModel:
        """What the view shows of *model*: sorted and filtered by a proxy."""
        return make_proxy(model, self)

    def reload(self) -> None:
        """Read the rows again (the selection is kept by `refresh`)."""
        self.model.set_rows(self.load_rows())

    def locate(self, record_id: str) -> int:
        """The model row of *record_id*; -1 when the list does not hold it."""
        return int(self.model.row_of_id(record_id))

    def service(self) -> Any:
        raise NotImplementedError

    def load_rows(self) -> list[Any]:
        raise NotImplementedError

    def open_editor(self, record: Any) -> Changes | None:
        raise NotImplementedError

    def fields_of(self, record: Any) -> Any:
        raise NotImplementedError

    def record_name(self, record_id: str) -> str:
        raise NotImplementedError

    def show_detail(self, row: Any) -> None:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def no_match_text(self) -> str:
        raise NotImplementedError

    def saved_text(self, name: str) -> str:
        return _tr("“{name}” saved.").format(name=name)

    def trashed_text(self, name: str) -> str:
        return _tr("“{name}” moved to the trash.").format(name=name)

    def restored_text(self, name: str) -> str:
        return _tr("“{name}” restored from the trash.").format(name=name)

    def undo_create_text(self, name: str) -> str:
        return _tr("Add “{name}”").format(name=name)

    def undo_edit_text(self, name: str) -> str:
        return _tr("Edit “{name}”").format(name=name)

    def undo_delete_text(self, name: str) -> str:
        return _tr("Delete “{name}”").format(name=name)

    def undo_restore_text(self, name: str) -> str:
        return _tr("Restore “{name}”").format(name=name)
