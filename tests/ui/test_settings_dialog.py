"""Preferences: language, profile and workspaces folder, edited as a copy of the settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from coopdesk.domain.profile import Profile
from coopdesk.services.settings import AppPaths, AppSettings, load_settings, save_settings
from coopdesk.ui.dialogs import settings as settings_module
from coopdesk.ui.dialogs.settings import SettingsDialog

RECENT = ("/home/marie/coop/quartier",)
SETTINGS = AppSettings(profile=Profile(name="Marie Dupont", organisation="Asso du Pont"),
                       language="fr", recent_workspaces=RECENT)


def make(qtbot: Any, settings: AppSettings = SETTINGS, **options: Any) -> SettingsDialog:
    dialog = SettingsDialog(settings, **options)
    qtbot.addWidget(dialog)
    return dialog


def save(dialog: SettingsDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_fields_show_the_settings(qtbot: Any, tmp_path: Path) -> None:
    dialog = make(qtbot, default_workspaces_dir=tmp_path / "workspaces")
    assert dialog.windowTitle() == "Preferences"
    assert dialog.language_combo.currentText() == "Français"
    assert dialog.name_edit.text() == "Marie Dupont"
    assert dialog.organisation_edit.text() == "Asso du Pont"
    assert dialog.folder_edit.text() == ""
    assert dialog.folder_edit.placeholderText() == str(tmp_path / "workspaces")
    assert dialog.language_note.text() == "A change of language takes effect at the next start."
    assert not dialog.language_note.font().bold()


def test_round_trip_through_the_settings_file(qtbot: Any, tmp_path: Path,
                                              app_paths: AppPaths) -> None:
    dialog = make(qtbot)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    # Changing the language says plainly when it happens.
    assert dialog.language_note.text() == (
        "The new language takes effect the next time coopdesk starts.")
    assert dialog.language_note.font().bold()
    dialog.name_edit.setText("  Karim Benali ")
    dialog.organisation_edit.setText("Union sportive des Tilleuls")
    dialog.folder_edit.setText(str(tmp_path / "coop"))
    save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    changed = dialog.result_settings
    assert changed == AppSettings(
        profile=Profile(name="Karim Benali", organisation="Union sportive des Tilleuls"),
        language="en", recent_workspaces=RECENT, workspaces_dir=str(tmp_path / "coop"))

    save_settings(app_paths, changed)
    again = make(qtbot, load_settings(app_paths))
    assert again.language_combo.currentData() == "en"
    assert again.name_edit.text() == "Karim Benali"
    assert again.folder_edit.text() == str(tmp_path / "coop")
    save(again)
    assert again.result_settings == changed


def test_empty_name_is_refused_next_to_the_field(qtbot: Any) -> None:
    dialog = make(qtbot)
    dialog.show()
    dialog.name_edit.setText("   ")
    dialog.organisation_edit.setText("Autre asso")
    save(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.result_settings is None
    error = dialog.error_label("name")
    assert error.isVisible() and error.text() == "This field cannot be empty."
    assert not dialog.error_label("workspaces_dir").isVisible()
    assert dialog.organisation_edit.text() == "Autre asso"  # what was typed is kept
    dialog.name_edit.setText("Nadia Ouhibi")
    save(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_settings is not None
    assert dialog.result_settings.profile == Profile(name="Nadia Ouhibi",
                                                     organisation="Autre asso")


@pytest.mark.parametrize("typed, expected", [
    ("coop/espaces", "Give the full path of the folder"),
    ("{file}", "is a file, not a folder."),
])
def test_a_wrong_folder_is_refused_next_to_it(qtbot: Any, tmp_path: Path, typed: str,
                                              expected: str) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    dialog = make(qtbot)
    dialog.show()
    dialog.folder_edit.setText(typed.format(file=a_file))
    save(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    error = dialog.error_label("workspaces_dir")
    assert error.isVisible() and expected in error.text()
    assert dialog.focusWidget() is dialog.folder_edit


def test_a_profile_is_required_even_without_one_before(qtbot: Any) -> None:
    dialog = make(qtbot, AppSettings())
    assert dialog.name_edit.text() == "" and dialog.language_combo.currentData() == "fr"
    save(dialog)
    assert dialog.error_label("name").text() == "This field cannot be empty."


def test_choose_folder_uses_the_folder_picker(qtbot: Any, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, Path | None]] = []
    picked = tmp_path / "partagé"

    def fake_ask(cls: Any, title: str, start: Path | None = None,
                 parent: QWidget | None = None) -> Path | None:
        asked.append((title, start))
        return picked if len(asked) == 1 else None

    monkeypatch.setattr(settings_module.FolderDialog, "ask", classmethod(fake_ask))
    dialog = make(qtbot, default_workspaces_dir=tmp_path / "default")
    dialog.browse_button.click()
    assert asked == [("Where new workspaces go", tmp_path / "default")]
    assert dialog.folder_edit.text() == str(picked)
    dialog.browse_button.click()  # cancelled: the folder stays
    assert asked[1][1] == picked and dialog.folder_edit.text() == str(picked)


def test_ask_returns_none_when_cancelled_and_the_settings_when_saved(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def cancel(self: SettingsDialog) -> int:
        qtbot.addWidget(self)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(SettingsDialog, "exec", cancel)
    assert SettingsDialog.ask(SETTINGS) is None

    def accept(self: SettingsDialog) -> int:
        qtbot.addWidget(self)
        self.organisation_edit.setText("")
        save(self)
        return self.result()

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    assert SettingsDialog.ask(SETTINGS) == AppSettings(
        profile=Profile(name="Marie Dupont"), language="fr", recent_workspaces=RECENT)
