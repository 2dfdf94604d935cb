"""The two states of the Synchronisation page: not shared yet (what sharing does, and the
button to start), and shared (the folder, every computer, what waits)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.sharing.scanning import LEFTOVER
from coopdesk.services.sharing.types import DeviceStatus, FileProblem, SyncStatus
from coopdesk.ui.models.record_table import RecordTableModel
from coopdesk.ui.pages.sync.texts import device_columns, problem_columns
from coopdesk.ui.widgets.facts import FactGrid
from coopdesk.ui.widgets.styles import MUTED_STYLE
from coopdesk.ui.widgets.tables import table_view


def _heading(text: str, parent: QWidget, scale: float = 1.3) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _paragraph(text: str, parent: QWidget, muted: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if muted:
        label.setStyleSheet(MUTED_STYLE)
    return label




def fit_rows(table: QTableView, rows: int, most: int = 8) -> None:
    """Make *table* as tall as its rows (up to *most*, then it scrolls)."""
    shown = max(1, min(rows, most))
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += shown * table.verticalHeader().defaultSectionSize()
    table.setFixedHeight(height)


class NotSharedView(QWidget):
    """What sharing does, in plain words, and the button to share through a folder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_not_shared")
        tr = self.tr
        self.share_button = QPushButton(tr("&Share through a folder…"), self)
        self.share_button.setToolTip(tr("Choose a folder that your partners can reach too"))
        row = QHBoxLayout()
        row.addWidget(self.share_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(tr("Work together, each on your own computer"), self))
        layout.addWidget(_paragraph(tr(
            "For now this workspace lives on this computer only. Share it, and the other "
            "associations of the cooperation see and change the same projects, contacts, "
            "meetings and actions on their computers, even without internet: changes are "
            "exchanged as soon as the folder is reachable."), self))
        layout.addWidget(_paragraph(tr(
            "Sharing goes through a folder that all of you can reach: a shared folder of "
            "Nextcloud, Dropbox, OneDrive or Syncthing, or a network drive. Each computer "
            "writes its own files there and reads the others'; nothing is ever overwritten. "
            "When two people change the same text at the same time, coopdesk keeps both "
            "versions and asks which one to keep."), self))
        layout.addWidget(_paragraph(tr(
            "Nothing leaves this computer before you choose the folder. Exchanges marked "
            "private are never shared."), self))
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(_paragraph(tr(
            "Another association already shares its workspace with you? Join it from "
            "coopdesk's start window (“Join a shared workspace…”): it becomes a new "
            "workspace on this computer."), self, muted=True))
        layout.addStretch(1)


class SharedView(QWidget):
    """The shared folder, the last synchronisation, every computer, files that wait."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_shared")
        tr = self.tr
        self.heading = _heading(tr("Shared with your partners"), self)
        self.sync_button = QToolButton(self)
        self.sync_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.open_folder_button = QPushButton(tr("Open the &folder"), self)
        self.open_folder_button.setToolTip(tr("Show the shared folder in the file manager"))
        self.facts = FactGrid(self)
        self.devices: RecordTableModel[DeviceStatus] = RecordTableModel(device_columns(), self)
        self.device_table = table_view(
            self, self.devices, tr("Computers sharing this workspace"),
            stretch=self.devices.columnCount() - 1,
            others=QHeaderView.ResizeMode.ResizeToContents)
        self.problems: RecordTableModel[FileProblem] = RecordTableModel(problem_columns(),
                                                                        self)
        self.problem_table = table_view(
            self, self.problems, tr("Files waiting or unreadable"),
            stretch=self.problems.columnCount() - 1,
            others=QHeaderView.ResizeMode.ResizeToContents)
        self.problem_heading = _heading(tr("Files waiting or unreadable"), self, 1.0)
        self.remove_leftovers_button = QPushButton(tr("&Delete the leftover copies"), self)
        self.remove_leftovers_button.setToolTip(tr(
            "Delete the copies your synchronisation program left behind whose changes all "
            "arrived in another file; nothing else is deleted"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.open_folder_button)
        top.addWidget(self.sync_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(_heading(tr("Computers sharing this workspace"), self, 1.0))
        layout.addWidget(self.device_table)
        layout.addWidget(self.problem_heading)
        layout.addWidget(self.problem_table)
        leftovers_row = QHBoxLayout()
        leftovers_row.addWidget(self.remove_leftovers_button)
        leftovers_row.addStretch(1)
        layout.addLayout(leftovers_row)

    def show_status(self, status: SyncStatus, last_sync: str) -> None:
        tr = self.tr
        if status.unexported:
            waiting = QCoreApplication.translate(
                "SharedView", "%n change(s) of yours not shared yet", None, status.unexported)
        else:
            waiting = tr("All your changes are shared")
        self.facts.set_facts([(tr("Shared folder"), status.folder),
                              (tr("Last synchronisation"), last_sync),
                              (tr("On this computer"), waiting)])
        self.devices.set_rows(sorted(status.devices, key=lambda d: (not d.is_me,
                                                                    d.organisation, d.person)))
        self.problems.set_rows(status.problems)
        fit_rows(self.device_table, len(status.devices))
        fit_rows(self.problem_table, len(status.problems), most=5)
        self.problem_heading.setVisible(bool(status.problems))
        self.problem_table.setVisible(bool(status.problems))
        self.remove_leftovers_button.setVisible(
            any(problem.status == LEFTOVER for problem in status.problems))
