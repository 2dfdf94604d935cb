"""One organisation's open actions across every project, printed for volunteers who work
without a computer: grouped by project, the soonest due first, with a box to tick and room
to write when and how it was done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import groupby

from coopdesk.domain.errors import NotFoundError
from coopdesk.services.action_plan import (
    OPEN_STATUSES,
    ActionFilter,
    ActionRow,
)
from coopdesk.services.actions import ActionService
from coopdesk.services.document_wording import Wording
from coopdesk.services.documents import PrintableDocument, esc, fill, load_template
from coopdesk.services.html_blocks import Column, paragraph, table
from coopdesk.services.kinds import spec_of
from coopdesk.store import models as m
from coopdesk.store.db import Database

CONTEXT = "PartnerActionsSheet"
TEMPLATE = "partner_actions.html"
#: What a tick box looks like on paper.
BOX = "\u2610"


class PartnerActionsSheetService:
    """Builds the printable list of an organisation's open actions (Qt-free)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.actions = ActionService(db, spec_of("action"))

    def open_actions(self, organisation_id: str, today: dt.date) -> list[ActionRow]:
        """The organisation's open actions (its own or its people's), by project then due
        date; actions of no project come last."""
        rows = self.actions.rows(ActionFilter(organisation_id=organisation_id,
                                                  statuses=OPEN_STATUSES, today=today),
                                     limit=None)
        return sorted(rows, key=lambda r: (not r.project_title, r.project_title.casefold(),
                                           r.action.due_on is None,
                                           r.action.due_on or dt.date.min))

    def document(self, organisation_id: str, wording: Wording | None = None,
                 today: dt.date | None = None) -> PrintableDocument:
        w = wording or Wording()
        day = today or dt.date.today()
        with self.db.reading() as session:
            organisation = session.get(m.Organisation, organisation_id)
            if organisation is None:
                raise NotFoundError(kind="organisation", id=organisation_id)
            name = organisation.name

        def t(source: str) -> str:
            return w.tr(CONTEXT, source)

        rows = self.open_actions(organisation_id, day)
        title = t("Open actions of {organisation}").format(organisation=name)
        columns = [Column("", 5), Column(esc(t("Action")), 38), Column(esc(t("Who")), 18),
                   Column(esc(t("Due on")), 14), Column(esc(t("Done on, notes")), 25)]
        body: list[str] = []
        for project, group in groupby(rows, key=lambda r: r.project_title):
            body.append(f"<h2>{esc(project or t('Outside any project'))}</h2>")
            body.append(table(columns, [_row(r, w, t) for r in group]))
        if not rows:
            body.append(paragraph(esc(t("No open action: nothing to do for now.")), "muted"))
        late = sum(1 for r in rows if r.overdue)
        subtitle = t("On {date}: {count} open · {late} late").format(
            count=len(rows), date=w.date(day), late=late)
        html = fill(load_template(TEMPLATE), {
            "title": esc(title), "heading": esc(title), "subtitle": esc(subtitle),
            "body": "\n".join(body),
            "footnote": esc(t("Tick what is done and give this sheet back to the person who "
                              "keeps the action plan up to date."))})
        return PrintableDocument(title=title, html=html)


def _row(row: ActionRow, w: Wording, t: Callable[[str], str]) -> list[str]:
    what = esc(row.action.title)
    if row.action.description:
        what += f'<br/><span class="muted">{esc(row.action.description)}</span>'
    due = esc(w.short_date(row.action.due_on))
    if row.overdue:
        late = esc(t("Late ({days} d)").format(days=row.days_overdue))
        due += f'<br/><span class="late">{late}</span>'
    # Room to write by hand: every row is at least three lines high.
    return [f'<span class="box">{BOX}</span>', what, esc(row.owner_name), due, "<br/>" * 2]
