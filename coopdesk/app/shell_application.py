"""The QApplication the shell runs in: its name, translators, look (colour scheme and font
size from the environment) and icon, undone afterwards when it existed before (tests).

A context manager rather than a class: `coopdesk.app.gui.run` enters it around the whole
life of the `Shell` (`coopdesk.app.gui._application` is this `application`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from coopdesk.app.context import AppContext
from coopdesk.app.paths import app_icon_path, translations_dir
from coopdesk.ui.i18n import install_translators, remove_translators
from coopdesk.ui.look import apply_look, look_from_environment


@contextmanager
def application(context: AppContext) -> Iterator[QApplication]:
    """The QApplication, translated and styled; what it changed is undone afterwards when it
    existed before (tests)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    saved = (app.style().name(), QPalette(app.palette()), QFont(app.font()), app.styleSheet(),
             QLocale(), app.windowIcon(), app.quitOnLastWindowClosed())
    app.setApplicationName("coopdesk")
    app.setApplicationDisplayName("coopdesk")
    app.setDesktopFileName("coopdesk")
    install_translators(app, context.language, translations_dir(),
                        context.paths.cache_dir / "translations")
    scheme, font_scale = look_from_environment()
    apply_look(app, scheme, font_scale)
    app.setWindowIcon(QIcon(str(app_icon_path())))
    try:
        yield app
    finally:
        if existing is not None:
            remove_translators(app)
            style, palette, font, sheet, locale, icon, quit_on_close = saved
            app.setQuitOnLastWindowClosed(quit_on_close)
            app.setStyleSheet(sheet)
            app.setStyle(style)
            app.setPalette(palette)
            app.setFont(font)
            app.setWindowIcon(icon)
            QLocale.setDefault(locale)
