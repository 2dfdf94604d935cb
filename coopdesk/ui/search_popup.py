"""The global search box of the toolbar and the list of ranked hits under it.

Typing searches the whole workspace (`services.search.search`); the hits show the kind of
record, its title and a snippet with the matched words in bold. Up/Down move through them,
Enter opens the chosen record, Escape closes the list.

With a `Runner`, the query runs in a worker once typing pauses (debounced): the hits arrive
on the GUI thread, and those of a query the user has typed past are dropped.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.text import fold
from coopdesk.ui.labels import kind_label
from coopdesk.ui.widgets.accessible import enable_clear_button

if TYPE_CHECKING:
    from coopdesk.ui.runner import Runner

log = logging.getLogger(__name__)

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 150
MAX_HITS = 20
VISIBLE_ROWS = 8
SNIPPET_CHARS = 160
POPUP_MIN_WIDTH = 560
#: The runner key of search tasks: a new query supersedes the previous one.
SEARCH_KEY = "global-search"

Searcher = Callable[[str], Sequence[Any]]
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Hit:
    """One search hit, as the popup shows it."""

    kind: str
    id: str
    title: str
    # The snippet as (text, is_match) pieces; matches are shown in bold.
    snippet: tuple[tuple[str, bool], ...] = ()

    @classmethod
    def of(cls, raw: Any, query: str) -> Hit:
        """Adapt a hit of the search service (kind, id, title, snippet[, snippet_parts])."""
        parts_of = getattr(raw, "snippet_parts", None)
        if callable(parts_of):
            parts = tuple((str(text), bool(match)) for text, match in parts_of())
        else:
            parts = matched_parts(excerpt(str(getattr(raw, "snippet", "") or ""), query), query)
        return cls(kind=str(raw.kind), id=str(raw.id), title=str(raw.title),
                   snippet=tuple((" ".join(text.split("\n")), match) for text, match in parts))

    def snippet_html(self) -> str:
        return "".join(f"<b>{html.escape(text)}</b>" if match else html.escape(text)
                       for text, match in self.snippet)


def _matched(text: str, query: str) -> list[bool]:
    """For each character of *text*: is it part of a word of *query* (ignoring case/accents)?"""
    folded: list[str] = []
    owners: list[int] = []
    for index, char in enumerate(text):
        for piece in fold(char):
            folded.append(piece)
            owners.append(index)
    haystack = "".join(folded)
    marks = [False] * len(text)
    for word in {fold(w) for w in query.split() if w.strip()}:
        start = haystack.find(word)
        while start != -1:
            for position in range(start, start + len(word)):
                marks[owners[position]] = True
            start = haystack.find(word, start + len(word))
    return marks


def excerpt(text: str, query: str, width: int = SNIPPET_CHARS) -> str:
    """At most *width* characters of *text* on one line, around the first match."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    marks = _matched(flat, query)
    first = marks.index(True) if True in marks else 0
    start = max(0, min(first - width // 3, len(flat) - width))
    piece = flat[start:start + width]
    return ("…" if start > 0 else "") + piece + ("…" if start + width < len(flat) else "")


def matched_parts(text: str, query: str) -> tuple[tuple[str, bool], ...]:
    """*text* cut into (text, is_match) pieces for the words of *query* (case and accents
    ignored): what the popup shows in bold when the service marks no matches itself."""
    parts: list[tuple[str, bool]] = []
    for char, marked in zip(text, _matched(text, query), strict=True):
        if parts and parts[-1][1] == marked:
            parts[-1] = (parts[-1][0] + char, marked)
        else:
            parts.append((char, marked))
    return tuple(parts)


class _HitDelegate(QStyledItemDelegate):
    """Draws a hit as two lines of rich text: kind and title, then the snippet."""

    PADDING = 6

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        hit = index.data(HIT_ROLE)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        if not isinstance(hit, Hit):
            doc.setHtml(f"<i>{html.escape(str(index.data()))}</i>")
            return doc
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        # Kind and snippet are dimmed: halfway between the text and its background.
        text_role, back_role = ((QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)
                                if selected else (QPalette.ColorRole.Text,
                                                  QPalette.ColorRole.Base))
        text, back = option.palette.color(text_role), option.palette.color(back_role)
        weight = 0.8 if selected else 0.68
        dim = "#{:02x}{:02x}{:02x}".format(
            *(round(weight * a + (1 - weight) * b) for a, b in
              ((text.red(), back.red()), (text.green(), back.green()),
               (text.blue(), back.blue()))))
        snippet = hit.snippet_html()
        doc.setHtml(
            f'<div><span style="color:{dim}">{html.escape(kind_label(hit.kind))}</span>'
            f'&nbsp;&nbsp;<b>{html.escape(hit.title)}</b></div>'
            + (f'<div style="color:{dim}">{snippet}</div>' if snippet else ""))
        return doc

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = self._document(option, index)
        doc.setTextWidth(option.rect.width() - 2 * self.PADDING)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = (QPalette.ColorRole.HighlightedText
                if option.state & QStyle.StateFlag.State_Selected else QPalette.ColorRole.Text)
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft() + QPoint(self.PADDING, self.PADDING))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc = self._document(option, index)
        width = max(200, option.rect.width() or POPUP_MIN_WIDTH) - 2 * self.PADDING
        doc.setTextWidth(width)
        return QSize(width, int(doc.size().height()) + 2 * self.PADDING)


class SearchPopup(QFrame):
    """The list of hits, floating over the window under the search box."""

    chosen = Signal(str, str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.list = QListWidget(self)
        self.list.setObjectName("searchHits")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setAccessibleName(self.tr("Search results"))
        self.list.setItemDelegate(_HitDelegate(self.list))
        self.list.setUniformItemSizes(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(self._activate)
        self.list.itemClicked.connect(self._activate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.list)
        self.hide()

    def set_hits(self, hits: Sequence[Hit], empty_text: str) -> None:
        self.list.clear()
        for hit in hits:
            item = QListWidgetItem(hit.title)
            item.setData(HIT_ROLE, hit)
            item.setToolTip(f"{kind_label(hit.kind)} — {hit.title}")
            self.list.addItem(item)
        if not hits:
            item = QListWidgetItem(empty_text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        else:
            self.list.setCurrentRow(0)

    def hits(self) -> list[Hit]:
        found = (self.list.item(row).data(HIT_ROLE) for row in range(self.list.count()))
        return [hit for hit in found if isinstance(hit, Hit)]

    def current_hit(self) -> Hit | None:
        item = self.list.currentItem()
        hit = item.data(HIT_ROLE) if item is not None else None
        return hit if isinstance(hit, Hit) else None

    def move_selection(self, step: int) -> None:
        count = len(self.hits())
        if count:
            row = self.list.currentRow() + step
            self.list.setCurrentRow(max(0, min(count - 1, row)))

    def place_under(self, anchor: QWidget) -> None:
        """Show under *anchor*, inside the parent window, tall enough for the hits."""
        parent = self.parentWidget()
        assert parent is not None
        below = anchor.mapTo(parent, QPoint(0, anchor.height() + 2))
        width = min(max(anchor.width(), POPUP_MIN_WIDTH), parent.width() - 16)
        left = min(below.x(), parent.width() - width - 8)
        rows = [self.list.sizeHintForRow(row) for row in range(self.list.count())]
        height = sum(rows[:VISIBLE_ROWS]) + 2 * self.list.frameWidth() + 4
        height = min(height, parent.height() - below.y() - 8)
        self.setGeometry(QRect(max(8, left), below.y(), width, max(40, height)))
        self.show()
        self.raise_()

    def _activate(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if isinstance(hit, Hit):
            self.chosen.emit(hit.kind, hit.id)


class SearchBox(QLineEdit):
    """The toolbar's search field; owns the popup of hits."""

    # A hit was chosen: (kind, id).
    record_chosen = Signal(str, str)

    def __init__(self, searcher: Searcher | None, popup_parent: QWidget,
                 parent: QWidget | None = None, *, runner: Runner | None = None) -> None:
        super().__init__(parent)
        self.searcher = searcher
        self.runner = runner
        #: The query running in a worker (None when none runs).
        self._pending: str | None = None
        #: Enter was pressed while the query ran: open the first hit when it arrives.
        self._open_when_ready = False
        self.setObjectName("globalSearch")
        enable_clear_button(self)
        self.setPlaceholderText(self.tr("Search the workspace (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search"))
        self.popup = SearchPopup(popup_parent)
        # The hits are chosen from the field (arrows, Enter): the field holds the focus.
        self.popup.list.setFocusProxy(self)
        self.popup.chosen.connect(self._choose)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(self._text_edited)
        popup_parent.installEventFilter(self)

    def search_now(self) -> None:
        """Run the search for the current text and show the hits."""
        self._timer.stop()
        text = self.text().strip()
        if not text:
            self.popup.hide()
            return
        if self.searcher is None:
            self.popup.set_hits([], self.tr("Search is not available in this version."))
        elif self.runner is not None:
            self._start(text)
            return
        else:
            try:
                hits = [Hit.of(raw, text) for raw in list(self.searcher(text))[:MAX_HITS]]
            except Exception:
                # A failing search must not take the window down; the log keeps the reason.
                log.exception("Search failed for %r", text)
                hits = []
            self.popup.set_hits(hits, self.tr("Nothing found for “{text}”.")
                                .format(text=text))
        self.popup.place_under(self)

    def _start(self, text: str) -> None:
        """Run the query in a worker; `_hits_ready` shows the hits unless they are stale."""
        assert self.runner is not None and self.searcher is not None
        if self._pending == text:
            return
        self._pending = text
        searcher = self.searcher

        def find() -> tuple[str, list[Hit]]:
            return text, [Hit.of(raw, text) for raw in list(searcher(text))[:MAX_HITS]]

        self.runner.run(find, key=SEARCH_KEY, on_success=self._hits_ready,
                        on_error=self._search_failed)

    def searching(self) -> bool:
        """True while a query runs in a worker."""
        return self._pending is not None

    def _hits_ready(self, found: tuple[str, list[Hit]]) -> None:
        text, hits = found
        if text != self._pending:
            return  # the user typed further or left the search meanwhile
        self._pending = None
        self.popup.set_hits(hits, self.tr("Nothing found for “{text}”.").format(text=text))
        self.popup.place_under(self)
        if self._open_when_ready:
            self._open_when_ready = False
            hit = self.popup.current_hit()
            if hit is not None:
                self._choose(hit.kind, hit.id)

    def _search_failed(self, error: BaseException) -> None:
        text, self._pending = self._pending, None
        if text is None:
            return
        # A failing search must not take the window down; the log keeps the reason.
        log.error("Search failed for %r", text, exc_info=(type(error), error,
                                                         error.__traceback__))
        self._open_when_ready = False
        self.popup.set_hits([], self.tr("Nothing found for “{text}”.").format(text=text))
        self.popup.place_under(self)

    def close_popup(self) -> None:
        self._timer.stop()
        self._pending = None
        self._open_when_ready = False
        self.popup.hide()

    def _text_edited(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self.close_popup()

    def _choose(self, kind: str, record_id: str) -> None:
        self.close_popup()
        self.clear()
        self.record_chosen.emit(kind, record_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            if self.popup.isVisible():
                self.close_popup()
            else:
                self.clear()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive() or not self.popup.isVisible():
                self.search_now()
            if self._pending is not None:
                self._open_when_ready = True
                return
            hit = self.popup.current_hit()
            if hit is not None:
                self._choose(hit.kind, hit.id)
            return
        steps: dict[int, int] = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
                 Qt.Key.Key_PageDown: VISIBLE_ROWS, Qt.Key.Key_PageUp: -VISIBLE_ROWS}
        if key in steps:
            if not self.popup.isVisible() or self._timer.isActive():
                self.search_now()
            else:
                self.popup.move_selection(steps[key])
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        # The hit list never takes the focus, so leaving the box means leaving the search.
        self.close_popup()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.popup.isVisible():
            self.popup.place_under(self)
        return False
