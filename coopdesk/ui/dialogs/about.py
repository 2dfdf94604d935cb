"""Aide ▸ À propos: the version and where this laptop keeps coopdesk's data."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from coopdesk import __version__


@dataclass(frozen=True)
class DataLocations:
    """The folders the About box lists (given by the application, which knows them)."""

    workspace_folder: Path
    settings_file: Path
    workspaces_dir: Path
    log_dir: Path
    # True for `--temp-basedir` and `--demo`: everything is deleted when the app quits.
    ephemeral: bool = False


class AboutDialog(QDialog):
    def __init__(self, locations: DataLocations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About coopdesk"))
        self.setMinimumWidth(520)
        icon = QLabel(self)
        icon.setPixmap(self.windowIcon().pixmap(64, 64))
        heading = QLabel(self.tr("<h2>coopdesk {version}</h2>").format(version=__version__), self)
        intro = QLabel(self.tr("Cooperation between associations: shared projects, meetings "
                               "and minutes, actions, pooled resources and reviews, on every "
                               "member's laptop."), self)
        intro.setWordWrap(True)
        rows = [
            (self.tr("This workspace"), locations.workspace_folder),
            (self.tr("Settings of this laptop"), locations.settings_file),
            (self.tr("New workspaces"), locations.workspaces_dir),
            (self.tr("Log files"), locations.log_dir),
        ]
        table = "".join(
            f"<tr><td style='padding-right:12px'><b>{html.escape(label)}</b></td>"
            f"<td>{html.escape(str(path))}</td></tr>" for label, path in rows)
        where = QLabel(f"<table>{table}</table>", self)
        where.setObjectName("aboutLocations")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("<b>Where your data lives</b>"), self))
        layout.addWidget(where)
        if locations.ephemeral:
            note = QLabel(self.tr("Temporary session: everything is deleted when you quit "
                                  "coopdesk."), self)
            note.setWordWrap(True)
            note.setStyleSheet("color: #9a5b00;")
            layout.addWidget(note)
        license_text = QLabel(self.tr("Free software under the GNU GPL, version 3 or later."),
                              self)
        license_text.setStyleSheet("color: #5f6b69;")
        layout.addWidget(license_text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def present(cls, locations: DataLocations, parent: QWidget | None = None) -> None:
        cls(locations, parent).exec()
