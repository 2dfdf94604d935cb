"""What a keyboard or screen reader user meets in one window or dialog, as findings.

`audit(name, top)` looks at every visible widget of *top* through Qt's accessibility
interface (what a screen reader reads) and by pressing Tab with real key events:

- an interactive widget without an accessible name;
- a widget the mouse can reach (it takes focus on a click, or is a button) that Tab does
  not reach;
- a view that keeps Tab or Shift+Tab (the focus never leaves it);
- a decorated cell (icon, colour) without accessible text saying what the decoration means.
"""

from __future__ import annotations

from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QAccessible, QColor, QIcon, QPixmap
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

#: Presses of Tab one widget may keep the focus for (a text with links moves through them).
TRAP_PRESSES = 40
#: Rows of each view whose cells are checked.
ROWS_CHECKED = 60

INTERACTIVE = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView,
               QTextEdit, QPlainTextEdit, QAbstractSlider, QTabBar)
DECORATIONS = (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole,
               Qt.ItemDataRole.BackgroundRole)


@dataclass(frozen=True)
class Finding:
    state: str
    problem: str
    widget: str

    def __str__(self) -> str:
        return f"{self.state}: {self.problem}: {self.widget}"


def describe(widget: QWidget) -> str:
    """The widget's class and object name, and its named ancestors: where to look."""
    parts = []
    current: QWidget | None = widget
    while current is not None and len(parts) < 4:
        name = current.objectName()
        parts.append(f"{type(current).__name__}{'#' + name if name else ''}")
        current = current.parentWidget()
    return " < ".join(parts)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled() and widget.window() is top


def _outside_tab_chain(widget: QWidget) -> bool:
    """Parts reached by other keys: menus (Alt, F10), scroll bars (the view's arrows), a
    tab bar's scroll arrows (Ctrl+Tab), a line edit's clear button (the text's own keys)."""
    if isinstance(widget, QMenuBar | QScrollBar):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QMenuBar | QScrollBar):
            return True
        parent = parent.parentWidget()
    owner = widget.parentWidget()
    return isinstance(widget, QAbstractButton) and isinstance(owner, QTabBar | QLineEdit
                                                                   | QToolBar)


def _has_links(label: QLabel) -> bool:
    return "<a " in label.text() or "href" in label.text()


def interactive_widgets(top: QWidget) -> list[QWidget]:
    """The visible, enabled widgets of *top* a user acts on (their focus proxies aside).

    Scroll bars, headers and a table's corner button (Ctrl+A selects all) are parts of
    their views; a label counts when it has links
    (selecting a label's text with the mouse is no action a keyboard user misses)."""
    found = []
    for widget in top.findChildren(QWidget):
        if not _shown(widget, top) or widget.focusProxy() is not None \
                or isinstance(widget, QScrollBar | QHeaderView) \
                or widget.objectName() == "qt_tableview_cornerbutton":
            continue
        if isinstance(widget, QLabel) and not _has_links(widget):
            continue
        if isinstance(widget, INTERACTIVE) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            found.append(widget)
    return found


def _focus() -> QWidget | None:
    focused = QApplication.focusWidget()
    while focused is not None and focused.focusProxy() is not None:
        focused = focused.focusProxy()
    return focused


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
           ) -> QWidget | None:
    target = QApplication.focusWidget()
    if target is None:
        return None
    QTest.keyClick(target, key, modifier)
    return _focus()


def _give_current_index(view: QAbstractItemView) -> None:
    model = view.model()
    if model is not None and model.rowCount() and not view.currentIndex().isValid():
        view.setCurrentIndex(model.index(0, 0))


def _keeps(view: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier) -> bool:
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    if _focus() is not view:
        return False
    return all(_press(key, modifier) is view for _ in range(TRAP_PRESSES))


def _tab_walk(top: QWidget, state: str, candidates: list[QWidget]
              ) -> tuple[set[QWidget], list[Finding]]:
    """Press Tab from the first candidate until the focus comes back: what it reached, and
    the widgets that kept it."""
    findings: list[Finding] = []
    reached: set[QWidget] = set()
    if not candidates:
        return reached, findings
    top.activateWindow()
    QApplication.processEvents()
    start = next((w for w in candidates if w.focusPolicy() & Qt.FocusPolicy.TabFocus),
                 candidates[0])
    start.setFocus(Qt.FocusReason.TabFocusReason)
    current = _focus()
    if current is None:
        return reached, [Finding(state, "no widget takes the focus", describe(top))]
    reached.add(current)
    same = 0
    for _ in range(len(candidates) * 2 + TRAP_PRESSES * 2):
        focused = _press(Qt.Key.Key_Tab)
        if focused is None or focused.window() is not top:
            break
        if focused is current:
            same += 1
            if same >= TRAP_PRESSES:
                findings.append(Finding(state, "keeps Tab", describe(focused)))
                # Step over it to carry on with the widgets after it.
                focused.nextInFocusChain().setFocus(Qt.FocusReason.TabFocusReason)
                focused = _focus() or focused
                same = 0
            else:
                continue
        else:
            same = 0
        if focused is start and reached >= set(candidates):
            break
        current = focused
        reached.add(focused)
    return reached, findings


def _decorated_without_text(model: QAbstractItemModel, parent: QModelIndex,
                            rows: int) -> list[str]:
    missing = []
    for row in range(min(model.rowCount(parent), rows)):
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
        for column in range(columns):
            index = model.index(row, column, parent)
            decorated = [role for role in DECORATIONS
                         if _meaningful(index.data(role))]
            if decorated and not str(index.data(Qt.ItemDataRole.AccessibleTextRole) or ""):
                missing.append(f"row {row} column {column} "
                               f"({index.data(Qt.ItemDataRole.DisplayRole)!r})")
        first = model.index(row, 0, parent)
        if not isinstance(model, QAbstractListModel | QAbstractTableModel) and \
                model.hasChildren(first):
            missing += _decorated_without_text(model, first, rows)
    return missing


def _meaningful(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, QIcon):
        return not value.isNull()
    if isinstance(value, QPixmap):
        return not value.isNull()
    if isinstance(value, QColor):
        return value.isValid()
    return True


def audit(state: str, top: QWidget) -> list[Finding]:
    """Every finding in the window or dialog *top*, shown in the state named *state*."""
    findings: list[Finding] = []
    widgets = interactive_widgets(top)
    where = {widget: describe(widget) for widget in widgets}
    for widget in widgets:
        if not accessible_name(widget):
            findings.append(Finding(state, "no accessible name", where[widget]))
    views = [w for w in widgets if isinstance(w, QAbstractItemView)]
    for view in views:
        model = view.model()
        if model is not None:
            for cell in _decorated_without_text(model, QModelIndex(), ROWS_CHECKED):
                findings.append(Finding(state, "decorated cell without accessible text",
                                        f"{where[view]} {cell}"))
    in_chain = [w for w in widgets if not _outside_tab_chain(w)]
    tabbable = [w for w in in_chain if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    reached, kept = _tab_walk(top, state, tabbable)
    findings += kept
    radio_groups = {w.parentWidget() for w in reached if isinstance(w, QRadioButton)}
    for widget in in_chain:
        # Arrows move between the radio buttons of a group, Tab only stops at one.
        if isinstance(widget, QRadioButton) and widget.parentWidget() in radio_groups:
            continue
        if widget not in reached:
            findings.append(Finding(state, "reachable by mouse, not by Tab", where[widget]))
    # Last, as giving a view a current row may change what the window shows.
    kept_views = {finding.widget for finding in kept}
    for view in views:
        if len(tabbable) < 2 or view not in reached or where[view] in kept_views \
                or not shiboken6.isValid(view) or not view.isVisible():
            continue
        _give_current_index(view)
        for key, modifier, name in (
                (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier, "Tab"),
                (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier, "Shift+Tab")):
            if shiboken6.isValid(view) and _keeps(view, key, modifier):
                findings.append(Finding(state, f"keeps {name}", where[view]))
    return findings
