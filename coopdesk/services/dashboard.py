"""The dashboard (tableau de bord): what needs attention today, in one read.

Sections: overdue actions, actions due in the next 14 days, follow-ups due from the contact
log, the next meetings, the latest changes made by others (from the audit columns) and the
sync conflicts and notices waiting to be settled. Each section holds a few lines and the
total they were taken from, for the count in its header.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import Select, func, literal, select, union_all
from sqlalchemy.orm import Session, aliased

from coopdesk.domain.enums import MeetingStatus
from coopdesk.services.action_plan import (
    OPEN_STATUSES,
    SOON_DAYS,
    ActionFilter,
    DuePeriod,
)
from coopdesk.services.action_rows import ActionRow
from coopdesk.services.actions import ActionService
from coopdesk.services.dashboard_model import CHANGES_DAYS as CHANGES_DAYS
from coopdesk.services.dashboard_model import FOLLOW_UP_DAYS as FOLLOW_UP_DAYS
from coopdesk.services.dashboard_model import SECTION_LINES as SECTION_LINES
from coopdesk.services.dashboard_model import ChangeLine as ChangeLine
from coopdesk.services.dashboard_model import Dashboard as Dashboard
from coopdesk.services.dashboard_model import FollowUpLine as FollowUpLine
from coopdesk.services.dashboard_model import MeetingLine as MeetingLine
from coopdesk.services.dashboard_model import Section as Section
from coopdesk.services.dashboard_model import SyncNoticeLine as SyncNoticeLine
from coopdesk.services.kinds import KINDS, spec_of
from coopdesk.store import models as m
from coopdesk.store.base import Record, table_of, utcnow
from coopdesk.store.db import Database
from coopdesk.store.models.sync_tables import SyncNotice
from coopdesk.store.sync_schema import record_models
from coopdesk.store.titles import title_of


class DashboardService:
    def __init__(self, db: Database, actions: ActionService) -> None:
        self.db = db
        self.actions = actions

    def load(self, today: dt.date | None = None, *, lines: int = SECTION_LINES,
             now: dt.datetime | None = None) -> Dashboard:
        """Every section, measured against *today* (None: the real today); "latest changes
        by others" look back from *now* (None: the real now; a later moment reads the
        dashboard of a later day ahead of time)."""
        day = today or dt.date.today()
        return Dashboard(today=day, overdue=self.overdue_actions(day, lines),
                         due_soon=self.actions_due_soon(day, lines),
                         follow_ups=self.follow_ups(day, lines),
                         next_meetings=self.next_meetings(day, lines),
                         changes_by_others=self.changes_by_others(lines, now=now),
                         sync_notices=self.sync_notices())

    # -- actions -----------------------------------------------------------------------
    def overdue_actions(self, today: dt.date, lines: int = SECTION_LINES) -> Section[ActionRow]:
        """Open actions due before *today*, the longest overdue first."""
        return self._actions(ActionFilter(period=DuePeriod.OVERDUE, today=today), lines)

    def actions_due_soon(self, today: dt.date,
                         lines: int = SECTION_LINES) -> Section[ActionRow]:
        """Open actions due from *today* to *today* + 14 days, the soonest first."""
        return self._actions(ActionFilter(period=DuePeriod.NEXT_14_DAYS, statuses=OPEN_STATUSES,
                                          today=today), lines)

    def _actions(self, where: ActionFilter, lines: int) -> Section[ActionRow]:
        return Section(tuple(self.actions.rows(where, limit=lines)), self.actions.count(where))

    # -- contact log -------------------------------------------------------------------
    def follow_ups(self, today: dt.date, lines: int = SECTION_LINES) -> Section[FollowUpLine]:
        """Follow-ups not done whose date is at most a week away (late ones included)."""
        entry = m.ContactLogEntry
        person = aliased(m.Person, name="with_person")
        org = aliased(m.Organisation, name="with_org")
        conditions = (entry.deleted_at.is_(None), entry.follow_up_done.is_(False),
                      entry.follow_up_on <= today + dt.timedelta(days=FOLLOW_UP_DAYS))
        person_name = func.trim(func.coalesce(person.first_name, "") + literal(" ")
                                + func.coalesce(person.last_name, ""))
        query = (select(entry.id, entry.subject, entry.follow_up, entry.follow_up_on,
                        entry.occurred_on, person_name, func.coalesce(org.name, ""),
                        entry.author_name, entry.is_private)
                 .outerjoin(person, person.id == entry.person_id)
                 .outerjoin(org, org.id == entry.organisation_id)
                 .where(*conditions)
                 .order_by(entry.follow_up_on, entry.occurred_on, entry.id).limit(lines))
        with self.db.reading() as session:
            total = session.scalar(select(func.count()).select_from(entry).where(*conditions))
            found = tuple(
                FollowUpLine(entry_id=eid, subject=subject, follow_up=follow_up,
                             follow_up_on=due, occurred_on=occurred,
                             with_name=who or org_name, organisation_name=org_name,
                             author_name=author, is_private=private,
                             days_late=max(0, (today - due).days))
                for eid, subject, follow_up, due, occurred, who, org_name, author, private
                in session.execute(query))
        return Section(found, int(total or 0))

    # -- meetings ----------------------------------------------------------------------
    def next_meetings(self, today: dt.date,
                      lines: int = SECTION_LINES) -> Section[MeetingLine]:
        """Planned meetings from the start of *today* on, the soonest first."""
        start = dt.datetime.combine(today, dt.time())
        meeting = m.Meeting
        conditions = (meeting.deleted_at.is_(None), meeting.starts_at >= start,
                      meeting.status == MeetingStatus.PLANNED)
        query = (select(meeting.id, meeting.title, meeting.starts_at, meeting.place,
                        meeting.video_link, func.coalesce(m.Project.title, ""))
                 .outerjoin(m.Project, m.Project.id == meeting.project_id)
                 .where(*conditions).order_by(meeting.starts_at, meeting.id).limit(lines))
        with self.db.reading() as session:
            total = session.scalar(select(func.count()).select_from(meeting).where(*conditions))
            found = tuple(MeetingLine(*row) for row in session.execute(query))
        return Section(found, int(total or 0))

    # -- changes by others -------------------------------------------------------------
    def changes_by_others(self, lines: int = SECTION_LINES, *,
                          now: dt.datetime | None = None) -> Section[ChangeLine]:
        """Records last changed by someone other than the local profile in the last 30
        days, the newest first. A part of a record (a decision, an attendance) shows as
        the record it belongs to (the meeting)."""
        since = (now or utcnow()) - dt.timedelta(days=CHANGES_DAYS)
        changed = union_all(*(self._changes_in(model, self.db.profile.name, since)
                              for model in (spec.model for spec in KINDS.values())
                              )).subquery()
        # One row per record shown, the latest change's (SQLite takes the bare columns
        # from the row holding the max), and how many records there are in all.
        latest = (select(changed.c.kind, changed.c.id, func.max(changed.c.at).label("at"),
                         changed.c.by, changed.c.by_org, changed.c.changed_kind,
                         changed.c.created)
                  .group_by(changed.c.kind, changed.c.id).subquery())
        query = (select(latest, func.count().over().label("total"))
                 .order_by(latest.c.at.desc(), latest.c.kind, latest.c.id)
                 .limit(2 * lines + 10))
        shown: list[ChangeLine] = []
        total = 0
        with self.db.reading() as session:
            for row in session.execute(query):
                total = row.total
                titled = self._titled(session, ChangeLine(
                    kind=row.kind, id=row.id, title="", changed_kind=row.changed_kind,
                    created=bool(row.created), by=row.by, by_organisation=row.by_org,
                    at=row.at))
                if titled is not None and len(shown) < lines:
                    shown.append(titled)
        return Section(tuple(shown), int(total))

    @staticmethod
    def _changes_in(model: type[Record], me: str, since: dt.datetime) -> Select[Any]:
        kind = model.__kind__
        # Kinds shown as the record they belong to (a decision is seen on its meeting's page).
        parent = spec_of(kind).parent
        parent_kind, parent_column = (parent.kind, parent.column) if parent else (kind, "id")
        target = getattr(model, parent_column)
        return (select(literal(parent_kind).label("kind"), target.label("id"),
                       model.updated_at.label("at"), model.updated_by.label("by"),
                       model.updated_by_org.label("by_org"),
                       literal(kind).label("changed_kind"),
                       (model.created_at == model.updated_at).label("created"))
                .where(model.deleted_at.is_(None), model.updated_at >= since,
                       model.updated_by != me, target.is_not(None)))

    @staticmethod
    def _titled(session: Session, change: ChangeLine) -> ChangeLine | None:
        """The change with its record's title; None when the record (the meeting of a
        changed decision, say) is gone or in the trash."""
        model = spec_of(change.kind).model
        record: Record | None = session.get(model, change.id)
        if record is None or record.deleted_at is not None:
            return None
        return dataclasses.replace(change, title=title_of(record))

    # -- sync --------------------------------------------------------------------------
    def sync_notices(self, limit: int = 50) -> tuple[SyncNoticeLine, ...]:
        """Open sync notices (conflicts, delete-vs-edit, clocks, forks), newest first.

        A line opens the Synchronisation page's inbox (kind "sync_notice"); a notice about a
        record deleted for good is left out.
        """
        notice_t = table_of(SyncNotice)
        models = record_models()
        lines: list[SyncNoticeLine] = []
        with self.db.reading() as session:
            rows = session.execute(select(notice_t).where(notice_t.c.resolved_at.is_(None))
                                   .order_by(notice_t.c.created_at.desc(), notice_t.c.id.desc())
                                   .limit(limit)).all()
            for row in rows:
                title = ""
                if row.tbl:
                    model = models.get(row.tbl)
                    record = session.get(model, row.row_id) if model is not None else None
                    if record is None:
                        continue
                    title = title_of(record)
                lines.append(SyncNoticeLine(notice_id=row.id, kind=row.kind,
                                            record_kind="sync_notice", record_id=str(row.id),
                                            text=title, at=row.created_at))
        return tuple(lines)


__all__ = ["CHANGES_DAYS", "FOLLOW_UP_DAYS", "SECTION_LINES", "SOON_DAYS", "ChangeLine",
           "Dashboard", "DashboardService", "FollowUpLine", "MeetingLine", "Section",
           "SyncNoticeLine"]
