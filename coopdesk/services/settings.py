"""Where data lives, and this laptop's settings: profile, language, recent workspaces."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs

from coopdesk.domain.profile import Profile

APP_NAME = "coopdesk"
MAX_RECENT = 8


@dataclass(frozen=True)
class AppPaths:
    """The folders coopdesk writes to. Tests and `--temp-basedir` put them all under one."""

    data_dir: Path
    config_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def for_user(cls) -> AppPaths:
        return cls(data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
                   config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
                   cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
                   log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)))

    @classmethod
    def under(cls, base: Path) -> AppPaths:
        return cls(data_dir=base / "data", config_dir=base / "config",
                   cache_dir=base / "cache", log_dir=base / "logs")

    @property
    def workspaces_dir(self) -> Path:
        return self.data_dir / "workspaces"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"


@dataclass(frozen=True)
class AppSettings:
    profile: Profile | None = None
    language: str = "fr"
    recent_workspaces: tuple[str, ...] = field(default_factory=tuple)
    workspaces_dir: str = ""

    @property
    def last_workspace(self) -> Path | None:
        return Path(self.recent_workspaces[0]) if self.recent_workspaces else None

    def with_recent(self, folder: Path) -> AppSettings:
        text = str(folder)
        recent = (text, *[item for item in self.recent_workspaces if item != text])
        return replace(self, recent_workspaces=recent[:MAX_RECENT])

    def without_recent(self, folder: Path) -> AppSettings:
        return replace(self, recent_workspaces=tuple(
            item for item in self.recent_workspaces if item != str(folder)))


def load_settings(paths: AppPaths) -> AppSettings:
    """Read the settings; a missing or damaged file gives the defaults."""
    try:
        data: Any = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return AppSettings()
    if not isinstance(data, dict):
        return AppSettings()
    profile_data = data.get("profile")
    profile = None
    if isinstance(profile_data, dict) and _text(profile_data.get("name")).strip():
        profile = Profile(name=_text(profile_data.get("name")),
                          organisation=_text(profile_data.get("organisation")))
    recent = data.get("recent_workspaces")
    recent_items = recent if isinstance(recent, list) else []
    return AppSettings(
        profile=profile,
        language="en" if data.get("language") == "en" else "fr",
        # dict.fromkeys drops duplicates and keeps the order.
        recent_workspaces=tuple(dict.fromkeys(
            item for item in recent_items if isinstance(item, str)))[:MAX_RECENT],
        workspaces_dir=_text(data.get("workspaces_dir")),
    )


def _text(value: object) -> str:
    """A text value of the file; anything else (a hand edit gone wrong) counts as empty."""
    return value if isinstance(value, str) else ""


def save_settings(paths: AppPaths, settings: AppSettings) -> None:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    data = {
        "profile": ({"name": settings.profile.name,
                     "organisation": settings.profile.organisation}
                    if settings.profile else None),
        "language": settings.language,
        "recent_workspaces": list(settings.recent_workspaces),
        "workspaces_dir": settings.workspaces_dir,
    }
    tmp = paths.settings_file.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    tmp.replace(paths.settings_file)
