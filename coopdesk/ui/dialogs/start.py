"""Choosing a workspace: create one, join one a partner shares, open the demo, open a
folder or a recent workspace."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.validation import required, short_texts
from coopdesk.ui.widgets.form import FormDialog, text_of

StartAction = Literal["create", "join", "demo", "open"]

@dataclass(frozen=True)
class StartChoice:
    action: StartAction
    # The name of the workspace to create.
    name: str = ""
    # The folder to open.
    folder: Path | None = None


class StartDialog(QDialog):
    """Shown when there is no workspace to open: the three ways to begin."""

    def __init__(self, recent: Sequence[Path] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startDialog")
        self.setWindowTitle(self.tr("Choose a cooperation workspace"))
        self.setMinimumWidth(560)
        self.choice: StartChoice | None = None
        intro = QLabel(self.tr(
            "<p>A <b>cooperation workspace</b> gathers the partners, projects, meetings "
            "and actions of one cooperation between associations.</p>"), self)
        intro.setWordWrap(True)

        create_box = QGroupBox(self.tr("Start a new cooperation"), self)
        self.name_edit = QLineEdit(create_box)
        self.name_edit.setObjectName("newWorkspaceName")
        self.name_edit.setPlaceholderText(self.tr("Name, for example Collectif du quartier"))
        self.create_button = QPushButton(self.tr("Create"), create_box)
        self.create_button.setObjectName("createWorkspace")
        self.create_button.setEnabled(False)
        self.name_edit.textChanged.connect(
            lambda text: self.create_button.setEnabled(bool(text.strip())))
        self.name_edit.returnPressed.connect(self._create)
        self.create_button.clicked.connect(self._create)
        create_row = QHBoxLayout(create_box)
        create_row.addWidget(self.name_edit, 1)
        create_row.addWidget(self.create_button)

        join_box = QGroupBox(self.tr("Join a partner's workspace"), self)
        join_hint = QLabel(self.tr(
            "A partner already shares the cooperation in a cloud, network or USB folder? "
            "Choose that folder: this laptop gets its own copy, kept in step with the "
            "partners'."), join_box)
        join_hint.setWordWrap(True)
        self.join_button = QPushButton(self.tr("Join a shared workspace…"), join_box)
        self.join_button.setObjectName("joinShared")
        self.join_button.clicked.connect(self._join)
        join_column = QVBoxLayout(join_box)
        join_column.addWidget(join_hint)
        join_column.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)

        other_box = QGroupBox(self.tr("Or"), self)
        self.demo_button = QPushButton(self.tr("Discover coopdesk with the demo"), other_box)
        self.demo_button.setObjectName("openDemo")
        self.demo_button.clicked.connect(lambda: self._finish(StartChoice("demo")))
        self.folder_button = QPushButton(self.tr("Open an existing workspace folder…"),
                                         other_box)
        self.folder_button.setObjectName("openFolder")
        self.folder_button.clicked.connect(self._open_folder)
        other_column = QVBoxLayout(other_box)
        other_column.addWidget(self.demo_button)
        other_column.addWidget(self.folder_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(create_box)
        layout.addWidget(join_box)
        layout.addWidget(other_box)
        self.recent_list = QListWidget(self)
        self.recent_list.setObjectName("recentWorkspaces")
        if recent:
            recent_box = QGroupBox(self.tr("Recent workspaces"), self)
            for folder in recent:
                item = QListWidgetItem(f"{Path(folder).name} — {folder}")
                item.setData(Qt.ItemDataRole.UserRole, str(folder))
                self.recent_list.addItem(item)
            self.recent_list.itemActivated.connect(self._open_recent)
            self.recent_list.setMaximumHeight(120)
            recent_column = QVBoxLayout(recent_box)
            recent_column.addWidget(self.recent_list)
            layout.addWidget(recent_box)
        else:
            self.recent_list.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Quit"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.name_edit.setFocus()

    def _finish(self, choice: StartChoice) -> None:
        self.choice = choice
        self.accept()

    def _create(self) -> None:
        name = self.name_edit.text().strip()
        if name:
            self._finish(StartChoice("create", name=name))

    def _join(self) -> None:
        folder = FolderDialog.ask(self.tr("Choose the folder your partners share"),
                                  parent=self)
        if folder is not None:
            self._finish(StartChoice("join", folder=folder))

    def _open_folder(self) -> None:
        folder = FolderDialog.ask(self.tr("Open a workspace folder"), parent=self)
        if folder is not None:
            self._finish(StartChoice("open", folder=folder))

    def _open_recent(self, item: QListWidgetItem) -> None:
        self._finish(StartChoice("open", folder=Path(item.data(Qt.ItemDataRole.UserRole))))

    @classmethod
    def ask(cls, recent: Sequence[Path] = (), parent: QWidget | None = None
            ) -> StartChoice | None:
        """What the user chose; None when they quit."""
        dialog = cls(recent, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice


class NewWorkspaceDialog(FormDialog):
    """File ▸ New cooperation workspace: its name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New cooperation workspace"), parent)
        self.name_edit = self.add_text("name", self.tr("Name of the cooperation"), required=True)
        self.name = ""

    def save(self) -> None:
        name = text_of(self.name_edit).strip()
        required("name", name)
        short_texts([("name", name)])
        self.name = name

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name


class FolderDialog:
    @classmethod
    def ask(cls, title: str, start: Path | None = None, parent: QWidget | None = None
            ) -> Path | None:
        """A folder the user picked; None when they cancelled."""
        chosen = QFileDialog.getExistingDirectory(parent, title, str(start or Path.home()))
        return Path(chosen) if chosen else None

