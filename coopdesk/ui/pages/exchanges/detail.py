"""The right-hand panel: everything about the selected exchange, and what to do with it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from coopdesk.services.exchange_log import ExchangeRow, FollowUpState
from coopdesk.ui.formatting import date_text
from coopdesk.ui.labels import enum_label
from coopdesk.ui.pages.exchanges.look import lock_icon, private_tooltip, state_colour
from coopdesk.ui.widgets import html_parts as h
from coopdesk.ui.widgets.detail_browser import DetailBrowser
from coopdesk.ui.widgets.wrap_row import WrapRow

LOCK_URL = "coopdesk-icon:lock"


class ExchangeBrowser(DetailBrowser):
    def __init__(self, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._today = today
        self.setObjectName("exchange_detail")
        self.setAccessibleName(self.tr("Exchange details"))
        self.clear_detail()

    def loadResource(self, kind: int, name: QUrl) -> Any:
        if name.toString() == LOCK_URL:
            return lock_icon(QColor(h.warning_colour())).pixmap(16, 16).toImage()
        return super().loadResource(kind, name)

    def clear_detail(self) -> None:
        self.show_placeholder(self.tr("Select an exchange to read it, tick its follow-up "
                                      "or change it."))

    def show_row(self, row: ExchangeRow) -> None:
        entry = row.entry
        parts = [f"<h2 style='margin-bottom:2px'>{h.text(entry.subject)}</h2>"]
        parts.append(h.muted(h.text(self.tr("{kind} on {date}").format(
            kind=enum_label(entry.kind), date=date_text(entry.occurred_on)))))
        if entry.is_private:
            parts.append(h.warning(f"<img src='{LOCK_URL}' width='16' height='16'> "
                                   + h.text(private_tooltip())))
        if entry.audit.in_trash:
            parts.append(h.warning(self.tr(
                "In the trash since {deleted_on} (deleted by {deleted_by}). "
                "Click “Restore” to bring it back.").format(**h.audit_parts(entry.audit))))
        person = (h.record_link("person", entry.person_id, row.person_name)
                  if entry.person_id and row.person_name else "")
        organisation = (h.record_link("organisation", entry.organisation_id,
                                      row.organisation_name)
                        if entry.organisation_id and row.organisation_name
                        else h.text(row.organisation_name))
        project = (h.record_link("project", entry.project_id, row.project_title)
                   if entry.project_id and row.project_title else "")
        author = (self.tr("{name} ({organisation})").format(
            name=h.text(entry.author_name), organisation=h.text(entry.author_organisation))
            if entry.author_organisation else h.text(entry.author_name))
        parts.append(h.rows([(self.tr("With"), person), (self.tr("Organisation"), organisation),
                             (self.tr("Project"), project), (self.tr("Logged by"), author)]))
        if entry.summary:
            parts += [h.heading(self.tr("Summary")), f"<p>{h.text(entry.summary)}</p>"]
        parts.append(self._follow_up(row))
        parts.append(h.muted(self.tr(
            "Added by {created_by} on {created_on}, last changed by {updated_by} on "
            "{updated_on}.").format(**h.audit_parts(entry.audit))))
        self.setHtml("".join(parts))

    def _follow_up(self, row: ExchangeRow) -> str:
        entry = row.entry
        state = row.follow_up_state(self._today())
        if state is FollowUpState.NONE:
            return ""
        what = h.text(entry.follow_up or self.tr("Follow-up"))
        when = date_text(entry.follow_up_on)
        words = {
            FollowUpState.DONE: self.tr("Done"),
            FollowUpState.LATE: self.tr("Late: it was due on {date}").format(date=when),
            FollowUpState.TODAY: self.tr("Due today"),
            FollowUpState.UPCOMING: self.tr("To do by {date}").format(date=when),
            FollowUpState.UNDATED: self.tr("To do, no date set"),
        }
        colour = state_colour(state, self.palette())
        style = f" style='color:{colour.name()}'" if colour is not None else ""
        return (h.heading(self.tr("Follow-up")) + f"<p>{what}<br>"
                f"<b{style}>{h.text(words[state])}</b></p>")


class ExchangeDetail(QWidget):
    """The browser with the buttons that act on the shown exchange."""

    #: (kind, id) of a record link the user followed.
    record_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(parent)
        self._today = today
        self.browser = ExchangeBrowser(self, today)
        self.browser.record_requested.connect(self.record_requested)
        self.follow_up_button = QPushButton(self.tr("Mark the follow-up done"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Change this exchange (Enter or F2)"))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(self.tr("Move this exchange to the trash (Del); "
                                              "Ctrl+Z undoes it"))
        self.restore_button = QPushButton(self.tr("Restore"), self)
        # The buttons go onto two lines when the panel is narrow (large text).
        row = WrapRow(self)
        row.set_margins(8, 0, 8, 4)
        for button in (self.follow_up_button, self.edit_button, self.delete_button,
                       self.restore_button):
            row.add_widget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(row)
        self.row: ExchangeRow | None = None
        self.show_row(None)

    def show_row(self, row: ExchangeRow | None) -> None:
        self.row = row
        if row is None:
            self.browser.clear_detail()
        else:
            self.browser.show_row(row)
        in_trash = row is not None and row.entry.audit.in_trash
        state = row.follow_up_state(self._today()) if row is not None else FollowUpState.NONE
        self.follow_up_button.setVisible(state is not FollowUpState.NONE and not in_trash)
        self.follow_up_button.setText(self.tr("Reopen the follow-up")
                                      if state is FollowUpState.DONE
                                      else self.tr("Mark the follow-up done"))
        self.edit_button.setVisible(row is not None and not in_trash)
        self.delete_button.setVisible(row is not None and not in_trash)
        self.restore_button.setVisible(in_trash)

    def text(self) -> str:
        return self.browser.toPlainText()
