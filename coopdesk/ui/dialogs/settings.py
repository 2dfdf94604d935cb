"""Édition ▸ Préférences: the interface language, who uses this laptop, where new
workspaces go. The dialog edits a copy of the settings; the application saves them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.profile import Profile
from coopdesk.services.settings import AppSettings
from coopdesk.ui.dialogs.start import FolderDialog
from coopdesk.ui.labels import QT_TRANSLATE_NOOP
from coopdesk.ui.widgets.accessible import enable_clear_button
from coopdesk.ui.widgets.form import FormDialog, text_of

NOT_ABSOLUTE = QT_TRANSLATE_NOOP(
    "errors", "Give the full path of the folder (for example {example}).")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("errors", "“{path}” is a file, not a folder.")


def _hint(text: str, parent: QWidget) -> QLabel:
    """A muted sentence under a field, in the palette's own muted colour (dark themes too)."""
    # One short line each: a wrapped label in a form gets clipped when the dialog sizes.
    label = QLabel(text, parent)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


class SettingsDialog(FormDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None, *,
                 default_workspaces_dir: Path | None = None,
                 forget_keys: Callable[[], None] | None = None) -> None:
        super().__init__(self.tr("Preferences"), parent)
        self.setObjectName("settingsDialog")
        self.setMinimumWidth(680)
        self.settings = settings
        self.result_settings: AppSettings | None = None
        self.default_workspaces_dir = default_workspaces_dir

        self.language_combo = QComboBox(self)
        # Each language is named in itself, so anyone can find their own.
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(settings.language)))
        self.add_field("language", self.tr("Language"), self.language_combo)
        self.language_note = _hint("", self)
        self.language_note.setObjectName("languageNote")
        self.form.addRow("", self.language_note)
        self.language_combo.currentIndexChanged.connect(self._show_language_note)
        self._show_language_note()

        profile = settings.profile
        self.name_edit = self.add_text("name", self.tr("Your name"),
                                       profile.name if profile else "", required=True)
        self.name_edit.setPlaceholderText(self.tr("for example Marie Dupont"))
        self.organisation_edit = self.add_text(
            "organisation", self.tr("Your association"),
            profile.organisation if profile else "")
        self.organisation_edit.setPlaceholderText(self.tr("for example Asso du Pont"))
        self.form.addRow("", _hint(self.tr(
            "Shown with every change you make, so partners know who did what."), self))

        self.folder_edit = QLineEdit(settings.workspaces_dir, self)
        enable_clear_button(self.folder_edit)
        if default_workspaces_dir is not None:
            self.folder_edit.setPlaceholderText(str(default_workspaces_dir))
        self.browse_button = QPushButton(self.tr("Choose…"), self)
        self.browse_button.setToolTip(self.tr("Choose the folder in a file dialog"))
        self.browse_button.clicked.connect(self.choose_folder)
        folder_row = QWidget(self)
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.browse_button)
        folder_row.setFocusProxy(self.folder_edit)
        self.add_field("workspaces_dir", self.tr("New workspaces go in"), folder_row)
        self.folder_edit.setAccessibleName(self.tr("Folder of new workspaces"))
        self.form.addRow("", _hint(self.tr(
            "Leave empty for the usual place; existing workspaces stay where they are."),
            self))
        self.setTabOrder(self.language_combo, self.name_edit)
        self.setTabOrder(self.name_edit, self.organisation_edit)
        self.setTabOrder(self.organisation_edit, self.folder_edit)
        self.setTabOrder(self.folder_edit, self.browse_button)
        self.forget_keys = forget_keys
        if forget_keys is not None:  # the open workspace's team is encrypted
            self.forget_button = QPushButton(self.tr("Forget the keys on this computer"), self)
            self.forget_button.setObjectName("forgetKeysButton")
            self.forget_button.clicked.connect(self._forget_keys)
            self.add_field("team_keys", self.tr("Encrypted shared folder"), self.forget_button)
            self.forget_note = _hint(self.tr(
                "Before lending or giving away this computer; the passphrase is then needed "
                "again to sync."), self)
            self.form.addRow("", self.forget_note)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        self.name_edit.setFocus()

    def _show_language_note(self) -> None:
        changed = self.language_combo.currentData() != self.settings.language
        self.language_note.setText(
            self.tr("The new language takes effect the next time coopdesk starts.")
            if changed else self.tr("A change of language takes effect at the next start."))
        font = self.language_note.font()
        font.setBold(changed)
        self.language_note.setFont(font)
        self.language_note.setForegroundRole(QPalette.ColorRole.WindowText if changed
                                             else QPalette.ColorRole.PlaceholderText)

    def _forget_keys(self) -> None:
        assert self.forget_keys is not None
        self.forget_keys()
        self.forget_button.setEnabled(False)
        self.forget_note.setText(self.tr("The team keys are forgotten on this computer."))

    def choose_folder(self) -> None:
        start = Path(text_of(self.folder_edit).strip() or self.default_workspaces_dir
                     or Path.home())
        chosen = FolderDialog.ask(self.tr("Where new workspaces go"), start, self)
        if chosen is not None:
            self.folder_edit.setText(str(chosen))

    def save(self) -> None:
        profile = Profile(name=text_of(self.name_edit).strip(),
                          organisation=text_of(self.organisation_edit).strip())
        profile.validate()
        folder = text_of(self.folder_edit).strip()
        if folder:
            path = Path(folder).expanduser()
            if not path.is_absolute():
                raise ValidationError("workspaces_dir", NOT_ABSOLUTE,
                                      example=str(Path.home() / "coopdesk"))
            if path.exists() and not path.is_dir():
                raise ValidationError("workspaces_dir", NOT_A_FOLDER, path=str(path))
            folder = str(path)
        self.result_settings = replace(self.settings, profile=profile,
                                       language=str(self.language_combo.currentData()),
                                       workspaces_dir=folder)

    @classmethod
    def ask(cls, settings: AppSettings, parent: QWidget | None = None, *,
            default_workspaces_dir: Path | None = None,
            forget_keys: Callable[[], None] | None = None) -> AppSettings | None:
        """The settings as the user left them; None when they cancelled. *forget_keys*
        (share_keys.forget_keys_of) adds "Forget the keys on this computer"."""
        dialog = cls(settings, parent, default_workspaces_dir=default_workspaces_dir,
                     forget_keys=forget_keys)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.result_settings
