"""Aide ▸ À propos: the version, where this laptop keeps coopdesk's data, backups and logs
(clickable, copiable), and the licences of the bundled components."""

from __future__ import annotations

import html
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coopdesk import __version__

#: (distribution name, shown name, licence when the metadata does not say, e.g. frozen app)
COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("PySide6-Essentials", "PySide6 (Qt for Python)", "LGPL-3.0-only"),
    ("shiboken6", "Shiboken6", "LGPL-3.0-only"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("alembic", "Alembic", "MIT"),
    ("Mako", "Mako", "MIT"),
    ("MarkupSafe", "MarkupSafe", "BSD-3-Clause"),
    ("keyring", "keyring", "MIT"),
    ("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    ("cffi", "cffi", "MIT"),
    ("platformdirs", "platformdirs", "MIT"),
    ("typing_extensions", "typing_extensions", "PSF-2.0"),
)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


def _field(meta: metadata.PackageMetadata, key: str) -> str:
    return str(meta[key] or "").strip() if key in meta else ""


def _licence_of(meta: metadata.PackageMetadata, fallback: str) -> str:
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    text = _field(meta, "License")
    if text and "\n" not in text and len(text) <= 60:
        return text
    classifiers = [c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return " / ".join(classifiers) if classifiers else fallback


def bundled_components() -> list[Component]:
    """Qt and the Python packages coopdesk ships with, with their versions and licences."""
    found = [Component("Qt", qVersion(), "LGPL-3.0-only"),
             Component("Python", _python_version(), "PSF-2.0")]
    for dist, shown, fallback in COMPONENTS:
        try:
            meta = metadata.metadata(dist)
        except metadata.PackageNotFoundError:
            if dist == "PySide6-Essentials":
                found.append(Component(shown, pyside_version, fallback))
            continue
        found.append(Component(shown, _field(meta, "Version"),
                               _licence_of(meta, fallback)))
    return found


def _python_version() -> str:
    import platform

    return platform.python_version()


@dataclass(frozen=True)
class DataLocations:
    """The folders the About box lists (given by the application, which knows them)."""

    workspace_folder: Path
    settings_file: Path
    workspaces_dir: Path
    log_dir: Path
    # True for `--temp-basedir` and `--demo`: everything is deleted when the app quits.
    ephemeral: bool = False
    #: The open workspace's backups folder (None: not shown).
    backups_dir: Path | None = None


class AboutDialog(QDialog):
    def __init__(self, locations: DataLocations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About coopdesk"))
        self.setMinimumWidth(560)
        icon = QLabel(self)
        icon.setPixmap(self.windowIcon().pixmap(64, 64))
        heading = QLabel(self.tr("<h2>coopdesk {version}</h2>").format(version=__version__), self)
        intro = QLabel(self.tr("Cooperation between associations: shared projects, meetings "
                               "and minutes, actions, pooled resources and reviews, on every "
                               "member's laptop."), self)
        intro.setWordWrap(True)
        self.rows = [
            (self.tr("This workspace"), locations.workspace_folder),
            (self.tr("Backups of this workspace"), locations.backups_dir),
            (self.tr("Settings of this laptop"), locations.settings_file),
            (self.tr("New workspaces"), locations.workspaces_dir),
            (self.tr("Log files"), locations.log_dir),
        ]
        table = "".join(
            f"<tr><td style='padding-right:12px'><b>{html.escape(label)}</b></td>"
            f"<td><a href=\"{html.escape(QUrl.fromLocalFile(str(path)).toString())}\">"
            f"{html.escape(str(path))}</a></td></tr>"
            for label, path in self.rows if path is not None)
        where = QLabel(f"<table>{table}</table>", self)
        where.setObjectName("aboutLocations")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        where.setOpenExternalLinks(True)
        where.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy these locations"), self)
        self.copy_button.setObjectName("copyLocations")
        self.copy_button.clicked.connect(self.copy_locations)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("<b>Where your data lives</b>"), self))
        layout.addWidget(where)
        layout.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
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
        layout.addWidget(QLabel(self.tr("<b>Bundled components and their licences</b>"), self))
        layout.addWidget(self._components_view())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _components_view(self) -> QScrollArea:
        rows = "".join(
            f"<tr><td style='padding-right:12px'>{html.escape(c.name)}</td>"
            f"<td style='padding-right:12px'>{html.escape(c.version)}</td>"
            f"<td>{html.escape(c.licence)}</td></tr>" for c in bundled_components())
        label = QLabel(f"<table>{rows}</table>", self)
        label.setObjectName("aboutComponents")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        area = QScrollArea(self)
        area.setAccessibleName(self.tr("Bundled components and their licences"))
        area.setWidget(label)
        area.setWidgetResizable(True)
        area.setMaximumHeight(label.fontMetrics().height() * 8)
        return area

    def locations_text(self) -> str:
        return "\n".join(f"{label}: {path}" for label, path in self.rows if path is not None)

    def copy_locations(self) -> None:
        QGuiApplication.clipboard().setText(self.locations_text())

    @classmethod
    def present(cls, locations: DataLocations, parent: QWidget | None = None) -> None:
        cls(locations, parent).exec()
