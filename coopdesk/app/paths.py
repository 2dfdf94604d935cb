"""Where coopdesk's read-only resources (icons, translations) are, however it was installed.

Three layouts are supported:

- a development checkout: `<repo>/resources/` next to the `coopdesk/` package;
- an installed wheel: the resources are data files under `<prefix>/share/coopdesk/resources/`;
- a frozen app (PyInstaller): `resources/` inside the bundle (`sys._MEIPASS`) or next to the
  executable.

`COOPDESK_RESOURCES` overrides all of them (packagers, tests).
"""

from __future__ import annotations

import os
import sys
import sysconfig
from pathlib import Path

import coopdesk

ENV_VAR = "COOPDESK_RESOURCES"
# A file every complete resources folder holds; used to tell a real one from a stray folder.
MARKER = Path("icons") / "coopdesk.svg"


def resource_candidates() -> list[Path]:
    """The folders searched for resources, most specific first."""
    found: list[Path] = []
    override = os.environ.get(ENV_VAR)
    if override:
        found.append(Path(override))
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle:
            found.append(Path(bundle) / "resources")
        found.append(Path(sys.executable).resolve().parent / "resources")
        # macOS .app: PyInstaller keeps data files in Contents/Resources (and links them
        # from Contents/Frameworks, which is sys._MEIPASS).
        found.append(Path(sys.executable).resolve().parent.parent / "Resources" / "resources")
    package_dir = Path(coopdesk.__file__).resolve().parent
    found.append(package_dir.parent / "resources")  # development checkout
    found.append(package_dir / "resources")  # resources shipped inside the package
    for prefix in dict.fromkeys((sys.prefix, sysconfig.get_path("data"), sys.base_prefix)):
        found.append(Path(prefix) / "share" / "coopdesk" / "resources")
    return found


def resources_dir() -> Path:
    """The first complete resources folder; the development location when none is found."""
    candidates = resource_candidates()
    for folder in candidates:
        if (folder / MARKER).is_file():
            return folder
    return Path(coopdesk.__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file or folder inside the resources, e.g. `resource_path("icons", "coopdesk.svg")`."""
    return resources_dir().joinpath(*parts)


def translations_dir() -> Path:
    return resource_path("translations")


def app_icon_path() -> Path:
    return resource_path("icons", "coopdesk.svg")
