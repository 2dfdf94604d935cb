"""The application context handed explicitly to whoever needs it (no globals)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from coopdesk.domain.profile import Profile
from coopdesk.services.settings import AppPaths, AppSettings, load_settings, save_settings


@dataclass
class AppContext:
    paths: AppPaths
    settings: AppSettings
    language: str = "fr"
    #: True for `--temp-basedir` and `--demo`: nothing is remembered after exit.
    ephemeral: bool = False

    @classmethod
    def load(cls, paths: AppPaths, language: str | None = None,
             ephemeral: bool = False) -> AppContext:
        settings = load_settings(paths)
        return cls(paths=paths, settings=settings, language=language or settings.language,
                   ephemeral=ephemeral)

    @property
    def profile(self) -> Profile | None:
        return self.settings.profile

    def update_settings(self, settings: AppSettings) -> None:
        self.settings = settings
        save_settings(self.paths, settings)

    def remember_workspace(self, folder: Path) -> None:
        self.update_settings(self.settings.with_recent(folder))

    def set_profile(self, profile: Profile) -> None:
        profile.validate()
        self.update_settings(replace(self.settings, profile=profile))

    @property
    def workspaces_dir(self) -> Path:
        chosen = self.settings.workspaces_dir
        return Path(chosen) if chosen else self.paths.workspaces_dir
