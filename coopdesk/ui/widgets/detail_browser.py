"""A rich-text detail panel whose links open records in the app, mail and web in the
system."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from coopdesk.services.kinds import KINDS
from coopdesk.ui.widgets import html_parts as h

#: Kinds of records whose links (`html_parts.record_link`) open them in the app.
RECORD_SCHEMES = frozenset(spec.kind for spec in KINDS.values() if spec.opens_by_link)


class DetailBrowser(QTextBrowser):
    """Rich text with links: records open in the app, mail and web in the system."""

    #: (kind, id) of a record link the user followed.
    record_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(12)
        self.anchorClicked.connect(self._follow)

    def clear_detail(self) -> None:
        """Show what to do when nothing is selected."""
        raise NotImplementedError

    def show_placeholder(self, message: str) -> None:
        self.setHtml(f"<p style='color:{h.muted_colour()}; margin-top:40px' align='center'>"
                     f"{h.text(message)}</p>")

    def _follow(self, url: QUrl) -> None:
        kind, record_id = h.record_of_link(url.scheme(), url.path())
        if kind in RECORD_SCHEMES:
            self.record_requested.emit(kind, record_id)
        elif url.scheme() in ("mailto", "http", "https"):
            QDesktopServices.openUrl(url)
