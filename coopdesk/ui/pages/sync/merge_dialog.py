"""Merge possible duplicates: choose the record to keep; the others point to it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.changes import Changes
from coopdesk.services.duplicates import DuplicateGroup
from coopdesk.services.workspace_services import Services
from coopdesk.ui.labels import error_text, kind_label
from coopdesk.ui.pages.sync.texts import duplicate_details, duplicate_label
from coopdesk.ui.widgets.form import error_style
from coopdesk.ui.widgets.styles import MUTED_STYLE


class MergeDialog(QDialog):
    def __init__(self, services: Services, group: DuplicateGroup,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.services = services
        self.group = group
        self.changes = Changes()
        self.setWindowTitle(self.tr("Merge duplicates"))
        intro = QLabel(self.tr(
            "Which {kind} do you keep? Every link to the others (contacts, partnerships, "
            "actions, meetings…) moves to it, and the others go to the trash, from where "
            "they can be restored.").format(kind=kind_label(group.record_kind).lower()), self)
        intro.setWordWrap(True)
        self.choices = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        most = max(range(len(group.records)), key=lambda i: group.records[i].references)
        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth) \
            + self.style().pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
        for index in range(len(group.records)):
            # The name on the button, what tells it apart wrapped under it: the dialog
            # stays narrower than a laptop's screen with large text.
            button = QRadioButton(group.records[index].title, self)
            button.setToolTip(duplicate_label(group, index))
            details = QLabel(duplicate_details(group, index), self)
            details.setWordWrap(True)
            details.setStyleSheet(MUTED_STYLE)
            details.setContentsMargins(indent, 0, 0, 4)
            button.setAccessibleDescription(details.text())
            self.choices.addButton(button, index)
            layout.addWidget(button)
            layout.addWidget(details)
            button.setChecked(index == most)
        self.error = QLabel(self)
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = buttons.addButton(self.tr("&Merge"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, services: Services, group: DuplicateGroup,
            parent: QWidget | None = None) -> Changes:
        """Let the person merge the group; what it changed (empty if cancelled)."""
        dialog = cls(services, group, parent)
        dialog.exec()
        return dialog.changes

    def choose(self, index: int) -> None:
        self.choices.button(index).setChecked(True)

    def merge(self) -> bool:
        keep = self.group.records[self.choices.checkedId()].id
        others = tuple(r.id for r in self.group.records if r.id != keep)
        try:
            self.changes = self.services.sync_inbox.merge_duplicates(
                self.group.record_kind, keep, others)
        except CoopdeskError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return False
        self.accept()
        return True
