"""Translations: the French catalog is complete, French is shown by default, English on demand."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from coopdesk.app.paths import translations_dir
from coopdesk.domain.errors import WorkspaceError
from coopdesk.services.workspace_services import Services
from coopdesk.ui.formatting import money_text
from coopdesk.ui.i18n import compiled_catalog
from coopdesk.ui.labels import error_text, kind_label
from coopdesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = translations_dir() / "coopdesk_fr.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages() -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((context.findtext("name", ""), message.findtext("source", ""),
                          translation))
    return found


def test_every_entry_has_a_finished_french_translation() -> None:
    entries = messages()
    assert len(entries) > 100
    problems = []
    for context, source, translation in entries:
        forms = [form.text or "" for form in translation.iter("numerusform")] or \
            [translation.text or ""]
        if translation.get("type") is not None or not all(text.strip() for text in forms):
            problems.append(f"[{context}] {source}")
            continue
        for text in forms:
            # A missing or misspelt {placeholder} would break .format() at run time.
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"[{context}] {source} -> {text} (placeholders differ)")
    assert problems == []


def test_the_catalog_has_no_empty_context() -> None:
    # An empty context means a tr() wrapper lupdate cannot see through: never translated.
    assert [source for context, source, _ in messages() if not context] == []


def test_texts_lupdate_cannot_see_are_in_the_catalog_too() -> None:
    # Text passed through a `_tr(text)` helper, or tr() inside an f-string, is invisible to
    # lupdate; the update tool hands it over with its context.
    catalog = {(context, source) for context, source, _ in messages()}
    hidden = load_tool().hidden_texts()
    assert [item for item in hidden if (item.context, item.text) not in catalog] == []


def test_hidden_texts_are_found_with_their_context(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "tab.py").write_text(
        'from PySide6.QtCore import QCoreApplication\n'
        'def _tr(text):\n'
        '    return QCoreApplication.translate("Tab", text)\n'
        'LABEL = _tr("Hidden")\n'
        'SEEN = QCoreApplication.translate("Tab", "Seen")\n'
        'class Page:\n'
        '    def html(self):\n'
        '        return f"<p>{self.tr(\'Inside an f-string\')}</p>" + self.tr("Seen too")\n',
        encoding="utf-8")
    assert sorted((item.context, item.text) for item in load_tool().hidden_texts(package)) == [
        ("Page", "Inside an f-string"), ("Tab", "Hidden")]


def test_error_messages_module_is_up_to_date() -> None:
    tool = load_tool()
    generated = tool.render_error_module(tool.error_templates())
    current = (ROOT / "coopdesk" / "ui" / "error_messages.py").read_text(encoding="utf-8")
    assert generated == current, "run tools/update_translations.py"


def test_error_scan_finds_templates_however_they_are_passed(tmp_path: Path) -> None:
    tool = load_tool()
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "errors.py").write_text(
        'from coopdesk.domain import validation as v\n'
        'from coopdesk.domain.errors import ConflictError, ValidationError\n'
        'LATE = "Too late for {name}."\n'
        'class Overbooked(ConflictError):\n'
        '    template = "Already booked."\n'
        'class BadDate(ValidationError):\n'
        '    pass\n'
        'def check(x):\n'
        '    raise v.ValidationError("field", "Wrong {x}.", x=x)\n'
        'def later():\n'
        '    raise ConflictError(LATE, name="x")\n'
        'def date():\n'
        '    raise BadDate("when", "Not a date.")\n', encoding="utf-8")
    assert tool.error_templates(package) == [
        "Already booked.", "Not a date.", "Too late for {name}.", "Wrong {x}."]


def test_catalog_is_compiled_once_and_again_when_the_ts_changes(tmp_path: Path) -> None:
    ts = tmp_path / "coopdesk_fr.ts"
    shutil.copy(TS_FILE, ts)
    cache = tmp_path / "cache"
    compiled = compiled_catalog(ts, cache)
    assert compiled == cache / "coopdesk_fr.qm" and compiled.stat().st_size > 0
    built_at = compiled.stat().st_mtime_ns
    assert compiled_catalog(ts, cache) == compiled
    assert compiled.stat().st_mtime_ns == built_at  # up to date: not rebuilt
    later = compiled.stat().st_mtime + 10
    os.utime(ts, (later, later))
    assert compiled_catalog(ts, cache) == compiled
    assert compiled.stat().st_mtime_ns != built_at


def test_a_missing_catalog_gives_none(tmp_path: Path) -> None:
    assert compiled_catalog(tmp_path / "coopdesk_fr.ts", tmp_path / "cache") is None


def test_french_interface(ui_language: Callable[[str], None],
                          make_window: Callable[..., MainWindow],
                          demo_services: Services) -> None:
    ui_language("fr")
    window = make_window(demo_services)
    titles = window.page_titles()
    assert "Annuaire" in titles and "Projets" in titles
    assert [a.text() for a in window.menuBar().actions()] == [
        "&Fichier", "É&dition", "A&ller à", "&Aide"]
    assert window.search_box.placeholderText() == "Rechercher dans l'espace (Ctrl+K)"
    assert kind_label("organisation") == "Structure"
    assert error_text(WorkspaceError("The workspace folder {folder} does not exist.",
                                     folder="/x")) == \
        "Le dossier de l'espace de coopération /x n'existe pas."
    # Qt's own strings and the locale are French too.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert QLocale().language() == QLocale.Language.French
    assert money_text(123456).replace("\u202f", " ").replace("\xa0", " ") == "1 234,56 €"


def test_english_interface(ui_language: Callable[[str], None],
                           make_window: Callable[..., MainWindow],
                           demo_services: Services) -> None:
    ui_language("fr")
    ui_language("en")  # a second call replaces the first
    window = make_window(demo_services)
    titles = window.page_titles()
    assert "Directory" in titles and "Projects" in titles
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&Go", "&Help"]
    assert kind_label("organisation") == "Organisation"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().language() == QLocale.Language.English


def test_enum_members_sharing_a_value_keep_their_own_labels() -> None:
    """"email" is an exchange kind and a way of convening, "letter" too: each reads as its
    own enum says, and every member of every labelled enum has a label of its own."""
    from enum import Enum

    from coopdesk.domain.enums import ConvocationMeans, ExchangeKind
    from coopdesk.ui.labels import _LABEL_LIST, enum_label

    assert enum_label(ExchangeKind.EMAIL) == "Email"
    assert enum_label(ConvocationMeans.EMAIL) == "By e-mail"
    assert enum_label(ExchangeKind.LETTER) != enum_label(ConvocationMeans.LETTER)
    labelled: set[type[Enum]] = {type(member) for member, _text in _LABEL_LIST}
    for kind in labelled:
        for member in kind:
            assert enum_label(member) != str(member.value), member
