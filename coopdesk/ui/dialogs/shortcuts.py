"""Help ▸ Keyboard shortcuts: every key of the window, read from its actions, not kept by hand.

The menus' actions come first (File, Edit, Go…), then each page's own actions and shortcuts
(built pages and those not visited yet alike), then the keys of the record lists. An action
or shortcut without a description (its text, or a `QShortcut`'s whatsThis) is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.ui.widgets.record_view import RecordView
from coopdesk.ui.widgets.tables import release_tab

SIZE = (640, 620)


@dataclass(frozen=True)
class Shortcut:
    keys: str
    what: str


@dataclass(frozen=True)
class ShortcutGroup:
    title: str
    shortcuts: tuple[Shortcut, ...]


def plain(text: str) -> str:
    """A menu text as read aloud: no mnemonic, no trailing ellipsis."""
    text = re.sub(r"&(.)", r"\1", text)
    return text.rstrip("…").rstrip(".").strip()


def keys_text(sequences: Iterable[QKeySequence]) -> str:
    """The keys as the platform spells them (Ctrl+F, Ctrl+K)."""
    return ", ".join(seq.toString(QKeySequence.SequenceFormat.NativeText)
                     for seq in sequences if not seq.isEmpty())


def _from_actions(actions: Iterable[QAction]) -> list[Shortcut]:
    found: list[Shortcut] = []
    for action in actions:
        if action.menu() is not None:
            found += _from_actions(action.menu().actions())
            continue
        keys = keys_text(action.shortcuts())
        if keys and plain(action.text()):
            found.append(Shortcut(keys, plain(action.text())))
    return found


def _from_widget(widget: QWidget) -> list[Shortcut]:
    found = _from_actions(widget.findChildren(QAction))
    for shortcut in widget.findChildren(QShortcut):
        keys = keys_text([shortcut.key()])
        if keys and shortcut.whatsThis():
            found.append(Shortcut(keys, shortcut.whatsThis()))
    return found


def _unique(shortcuts: Iterable[Shortcut]) -> tuple[Shortcut, ...]:
    """One line per description, with every key that does it (Ctrl+Return, Ctrl+Enter)."""
    keys: dict[str, list[str]] = {}
    for shortcut in shortcuts:
        listed = keys.setdefault(shortcut.what, [])
        listed += [key for key in shortcut.keys.split(", ") if key not in listed]
    return tuple(Shortcut(", ".join(listed), what) for what, listed in keys.items())


def shortcut_groups(window: QMainWindow, pages: Iterable[QWidget]) -> list[ShortcutGroup]:
    """The window's keys by menu, then each of *pages*' own keys, then the record lists'."""
    groups: list[ShortcutGroup] = []
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if isinstance(menu, QMenu):
            found = _unique(_from_actions(menu.actions()))
            if found:
                groups.append(ShortcutGroup(plain(menu.title()), found))
    for page in pages:
        found = _unique(_from_widget(page))
        if found:
            title = getattr(page, "title", page.objectName)()
            groups.append(ShortcutGroup(title, found))
    lists = _unique(Shortcut(keys_text(keys), what) for keys, what in RecordView.key_help())
    groups.append(ShortcutGroup(
        QCoreApplication.translate("ShortcutsDialog", "Lists of records"), lists))
    return groups


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts, grouped by menu and page, in a tree a screen reader reads."""

    def __init__(self, groups: list[ShortcutGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(*SIZE)
        intro = QLabel(self.tr(
            "Tab and Shift+Tab move between fields, lists and buttons; the arrows move "
            "inside a list; Alt with the underlined letter opens a menu."), self)
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        release_tab(self.tree)
        for group in groups:
            top = QTreeWidgetItem(self.tree, [group.title])
            top.setFirstColumnSpanned(True)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for shortcut in group.shortcuts:
                QTreeWidgetItem(top, [shortcut.what, shortcut.keys])
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def shortcuts(self) -> dict[str, dict[str, str]]:
        """What the dialog lists: group title → {description: keys}."""
        listed: dict[str, dict[str, str]] = {}
        for row in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(row)
            listed[top.text(0)] = {top.child(n).text(0): top.child(n).text(1)
                                   for n in range(top.childCount())}
        return listed

    @classmethod
    def present(cls, window: QMainWindow) -> None:
        """Show the shortcuts of *window* and of its pages (`window.pages`, when it has)."""
        pages: list[QWidget] = list(getattr(window, "pages", []) if _attached(window) else [])
        dialog = cls(shortcut_groups(window, pages), window)
        dialog.exec()
        dialog.deleteLater()


def _attached(window: QMainWindow) -> bool:
    attached = getattr(window, "attached", None)
    return bool(attached()) if callable(attached) else True
