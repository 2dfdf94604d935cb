"""Interface language: Qt Linguist catalogs and the locale used for dates and amounts.

The English text in the code is the translation source. French, the default, comes from
`coopdesk_fr.ts`, compiled with PySide6's `lrelease` into a cache folder when the `.qm` is
missing or older than the `.ts` (`.qm` files are build products, never committed). Qt's own
`qtbase_fr.qm` translates the standard buttons ("Annuler", "Enregistrer"...).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

CATALOG = "coopdesk"
LANGUAGES = ("fr", "en")
# objectName of the translators this module installs, so a second call replaces them.
TRANSLATOR_NAME = "coopdesk-translator"
LRELEASE_TIMEOUT_S = 120

_LOCALES = {
    "fr": (QLocale.Language.French, QLocale.Country.France),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def locale_for(language: str) -> QLocale:
    lang, country = _LOCALES.get(language, _LOCALES["fr"])
    return QLocale(lang, country)


def install_translators(app: QCoreApplication, language: str, ts_dir: Path,
                        cache_dir: Path) -> list[QTranslator]:
    """Translate the interface into *language* ("fr" or "en") and set the default locale.

    Replaces the translators a previous call installed. English installs no coopdesk
    catalog: the source text is English. Returns the translators installed.
    """
    remove_translators(app)
    QLocale.setDefault(locale_for(language))
    if language == "en":
        return []
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_catalog = _load(app, f"qtbase_{language}", qt_dir)
    if qt_catalog is None:
        log.warning("Qt's own %s translation was not found in %s", language, qt_dir)
    else:
        installed.append(qt_catalog)
    compiled = compiled_catalog(ts_dir / f"{CATALOG}_{language}.ts", cache_dir)
    if compiled is None:
        log.warning("No %s translation of coopdesk: the interface stays in English", language)
    else:
        ours = _load(app, compiled.stem, str(compiled.parent))
        if ours is None:
            log.warning("Cannot load the translation %s", compiled)
        else:
            installed.append(ours)
    return installed


def remove_translators(app: QCoreApplication) -> None:
    """Remove the translators `install_translators` installed (the language reverts to English)."""
    for translator in app.findChildren(QTranslator):
        if translator.objectName() == TRANSLATOR_NAME:
            app.removeTranslator(translator)
            translator.setParent(None)
            translator.deleteLater()


def _load(app: QCoreApplication, name: str, folder: str) -> QTranslator | None:
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    if not translator.load(name, folder) or not app.installTranslator(translator):
        translator.setParent(None)
        translator.deleteLater()
        return None
    return translator


def compiled_catalog(ts_file: Path, cache_dir: Path) -> Path | None:
    """The `.qm` for *ts_file*, compiled into *cache_dir* when missing or out of date.

    A `.qm` shipped next to the `.ts` (frozen app) is used when it is at least as recent.
    None when there is no up-to-date catalog and it cannot be built.
    """
    shipped = ts_file.with_suffix(".qm")
    if not ts_file.is_file():
        return shipped if shipped.is_file() else None
    source_time = ts_file.stat().st_mtime
    for candidate in (shipped, cache_dir / shipped.name):
        if candidate.is_file() and candidate.stat().st_mtime >= source_time:
            return candidate
    target = cache_dir / shipped.name
    if _lrelease(ts_file, target):
        return target
    return shipped if shipped.is_file() else None


def lrelease_command() -> list[str] | None:
    """How to run Qt's lrelease: PySide6's own copy first."""
    suffix = ".exe" if sys.platform == "win32" else ""
    bundled = Path(PySide6.__file__).resolve().parent / f"lrelease{suffix}"
    if bundled.is_file():
        return [str(bundled)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def _lrelease(ts_file: Path, target: Path) -> bool:
    command = lrelease_command()
    if command is None:
        log.warning("lrelease was not found: cannot compile %s", ts_file)
        return False
    # Two coopdesk processes may compile at once: write aside, then rename atomically.
    partial = target.with_name(f"{target.stem}.{os.getpid()}.partial.qm")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        result = subprocess.run([*command, "-silent", str(ts_file), "-qm", str(partial)],
                                capture_output=True, text=True, check=False,
                                timeout=LRELEASE_TIMEOUT_S)
        if result.returncode != 0 or not partial.is_file():
            log.warning("lrelease failed on %s: %s", ts_file, result.stderr.strip())
            return False
        partial.replace(target)
        return True
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("Cannot compile %s: %s", ts_file, exc)
        return False
    finally:
        partial.unlink(missing_ok=True)
