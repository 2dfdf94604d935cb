"""The action plan as printed: the actions a filter of the action plan page keeps (the same
`ActionFilter` and sort), with the filters named in the title, so that a printed or sent
list says what it holds ("Action plan: open actions · partner Centre social").

The title is also the PDF's title and every page's footer. Descriptions are cut after
`DESCRIPTION_CHARS` characters: the sheet is a list to act on, the action's page has the
rest.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from coopdesk.domain.enums import OPEN_ACTION_STATUSES
from coopdesk.domain.errors import NotFoundError
from coopdesk.domain.text import fold_words
from coopdesk.services.action_plan import ActionFilter, ActionRow, ActionSort, DuePeriod
from coopdesk.services.actions import ActionService
from coopdesk.services.document_wording import Wording
from coopdesk.services.documents import PrintableDocument, esc, fill, load_template
from coopdesk.services.dossier_data import pick_by_name
from coopdesk.services.html_blocks import Column, paragraph, table
from coopdesk.services.kinds import spec_of
from coopdesk.store import models as m
from coopdesk.store.db import Database

CONTEXT = "ActionPlanSheet"
TEMPLATE = "action_plan.html"
DESCRIPTION_CHARS = 300

_PERIODS = {
    DuePeriod.OVERDUE: "overdue",
    DuePeriod.THIS_WEEK: "due this week",
    DuePeriod.NEXT_14_DAYS: "due in the next 14 days",
    DuePeriod.THIS_MONTH: "due this month",
    DuePeriod.NO_DATE: "no due date",
}


class ActionPlanSheetService:
    """Builds the printable action plan for a filter (Qt-free)."""

    def __init__(self, db: Database, cooperation_name: str = "") -> None:
        self.db = db
        self.actions = ActionService(db, spec_of("action"))
        self.cooperation_name = cooperation_name

    def find_organisation(self, text: str) -> str:
        """The live organisation whose id is *text*, else whose name or acronym is *text*
        (case and accents ignored), else the only one whose name contains it."""
        with self.db.reading() as session:
            rows = session.execute(
                select(m.Organisation.id, m.Organisation.name, m.Organisation.acronym)
                .where(m.Organisation.deleted_at.is_(None))
                .order_by(m.Organisation.name, m.Organisation.id)).all()
        by_acronym = [row for row in rows if row[2] and fold_words(row[2]) == fold_words(text)]
        if len(by_acronym) == 1 and not any(row[0] == text.strip() for row in rows):
            return str(by_acronym[0][0])
        return pick_by_name("organisation", text, rows, lambda row: f"{row[1]} ({row[0]})")

    def filter_names(self, where: ActionFilter, w: Wording) -> list[str]:
        """The filter in words, one item per criterion that narrows the list."""

        def t(source: str) -> str:
            return w.tr(CONTEXT, source)

        names: list[str] = []
        if where.in_trash:
            names.append(t("in the trash"))
        elif where.statuses == OPEN_ACTION_STATUSES:
            names.append(t("open actions"))
        elif where.statuses:
            names.append(", ".join(w.label(s) for s in sorted(where.statuses)))
        if where.period in _PERIODS:
            names.append(t(_PERIODS[where.period]))
        with self.db.reading() as session:
            if where.project_id is not None:
                project = session.get(m.Project, where.project_id)
                names.append(t("project {title}").format(title=project.title if project
                                                         else where.project_id))
            if where.organisation_id is not None:
                organisation = session.get(m.Organisation, where.organisation_id)
                if organisation is None:
                    raise NotFoundError(kind="organisation", id=where.organisation_id)
                names.append(t("partner {name}").format(name=organisation.name))
            if where.person_id is not None:
                person = session.get(m.Person, where.person_id)
                full = f"{person.first_name} {person.last_name}".strip() if person else ""
                names.append(t("owner {name}").format(name=full or where.person_id))
        if where.mine:
            names.append(t("my actions ({name})").format(name=self.db.profile.name))
        if where.text.strip():
            names.append(t("search “{text}”").format(text=where.text.strip()))
        return names

    def document(self, where: ActionFilter, wording: Wording | None = None, *,
                 sort: ActionSort = ActionSort.DUE,
                 descending: bool = False) -> PrintableDocument:
        w = wording or Wording()

        def t(source: str) -> str:
            return w.tr(CONTEXT, source)

        day = where.day()
        names = self.filter_names(where, w)
        rows = self.actions.rows(where, sort=sort, descending=descending, limit=None)
        title = (t("Action plan: {filters}").format(filters=" · ".join(names)) if names
                 else t("Action plan"))
        late = sum(1 for r in rows if r.overdue)
        subtitle = t("On {date}: {count} actions, {late} late.").format(
            date=w.date(day), count=len(rows), late=late)
        columns = [Column(esc(t("Action")), 38), Column(esc(t("Who")), 17),
                   Column(esc(t("Project")), 17), Column(esc(t("Due on")), 15),
                   Column(esc(t("Status")), 13)]
        body = (table(columns, [_row(r, w, t) for r in rows]) if rows
                else paragraph(esc(t("No action matches these filters.")), "muted"))
        html = fill(load_template(TEMPLATE), {
            "title": esc(title), "cooperation": esc(self.cooperation_name),
            "heading": esc(t("Action plan")),
            "filters": esc(" · ".join(names) or t("every action")),
            "subtitle": esc(subtitle), "body": body})
        return PrintableDocument(title=title, html=html)


def _row(row: ActionRow, w: Wording, t: Callable[[str], str]) -> list[str]:
    action = row.action
    what = f"<b>{esc(action.title)}</b>"
    description = " ".join(action.description.split())
    if len(description) > DESCRIPTION_CHARS:
        description = description[:DESCRIPTION_CHARS].rstrip() + "…"
    if description:
        what += f'<br/><span class="muted">{esc(description)}</span>'
    who = esc(row.owner_person_name or row.owner_organisation_name)
    if row.owner_person_name and row.owner_organisation_name:
        structure = row.owner_organisation_acronym or row.owner_organisation_name
        who += f'<br/><span class="muted">{esc(structure)}</span>'
    due = esc(w.short_date(action.due_on))
    if row.overdue:
        due += '<br/><span class="late">' + esc(t("Late ({days} d)").format(
            days=row.days_overdue)) + "</span>"
    return [what, who, esc(row.project_title), due, esc(w.label(action.status))]

