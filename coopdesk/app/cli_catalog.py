"""The command line's messages in the user's language, without Qt.

The English text in the code is the source, as in the window; French comes from the same
Qt Linguist catalog (`resources/translations/coopdesk_fr.ts`), read here as XML so that the
subcommands never load Qt. Errors are translated by their template (context "errors"), like
`coopdesk.ui.labels.error_text` does in the window.

`cli.run` loads one Catalog from `--lang` (else this laptop's setting, French by default)
and hands it to every command and to `cli_output`. The commands' texts are English
templates with {parameters}, marked `QT_TRANSLATE_NOOP("cli", ...)` so that lupdate
(tools/update_translations.py) collects them, and said with `catalog.tr(TEXT, **params)`.
"""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from coopdesk.domain.errors import CoopdeskError, ValidationError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks *text* for lupdate without translating it here."""
    return text


FIELD_ERROR = QT_TRANSLATE_NOOP("cli", "{field}: {message}")
#: What the operating system says, in the catalog's language (as Python gives it: English).
OS_REASONS = frozenset({
    QT_TRANSLATE_NOOP("cli", "Permission denied"),
    QT_TRANSLATE_NOOP("cli", "No space left on device"),
    QT_TRANSLATE_NOOP("cli", "Disk quota exceeded"),
    QT_TRANSLATE_NOOP("cli", "Read-only file system"),
    QT_TRANSLATE_NOOP("cli", "No such file or directory"),
    QT_TRANSLATE_NOOP("cli", "Operation not permitted"),
    QT_TRANSLATE_NOOP("cli", "Input/output error"),
    QT_TRANSLATE_NOOP("cli", "Is a directory"),
    QT_TRANSLATE_NOOP("cli", "Not a directory"),
    QT_TRANSLATE_NOOP("cli", "File exists"),
})


@dataclass(frozen=True)
class Catalog:
    language: str = "en"
    #: (context, English source) -> translation
    entries: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def load(cls, language: str) -> Catalog:
        """The catalog of *language*; English (the source text) when it has none."""
        if language == "en":
            return cls()
        from coopdesk.app.paths import translations_dir

        path = translations_dir() / f"coopdesk_{language}.ts"
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError):
            return cls()
        entries: dict[tuple[str, str], str] = {}
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") is not None:
                    continue  # unfinished, obsolete or vanished: keep the English
                if translation.text:
                    entries[(name, message.findtext("source", ""))] = translation.text
        return cls(language, entries)

    def text(self, context: str, text: str, /, **params: object) -> str:
        """*text* of *context* in this language, with its {parameters} filled in."""
        template = self.entries.get((context, text), text)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return text.format(**params)

    def tr(self, text: str, /, **params: object) -> str:
        """*text* of the command line (context "cli") in this language, filled in."""
        return self.text("cli", text, **params)

    def os_text(self, reason: str) -> str:
        """What the operating system said (`OSError.strerror`), in this language when the
        catalog knows it."""
        return self.entries.get(("cli", reason), reason) if reason in OS_REASONS else reason

    def error_text(self, error: CoopdeskError) -> str:
        """An error's message in this language (with what the operating system said in it
        too); a field error starts with the field."""
        template = self.entries.get(("errors", error.template), error.template)
        params = {name: self.os_text(value) if isinstance(value, str) else value
                  for name, value in error.params.items()}
        try:
            message = template.format(**params)
        except (KeyError, IndexError, ValueError):
            message = error.message
        if isinstance(error, ValidationError) and error.field:
            return self.text("cli", FIELD_ERROR, field=error.field, message=message)
        return message


def language_of(args: argparse.Namespace) -> str:
    """`--lang`, else this laptop's language setting (French by default)."""
    chosen = getattr(args, "lang", None)
    if chosen:
        return str(chosen)
    if getattr(args, "temp_basedir", False):
        return "fr"  # a fresh temporary base folder holds no settings
    from coopdesk.services.settings import AppPaths, load_settings

    return load_settings(AppPaths.for_user()).language
