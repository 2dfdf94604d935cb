"""The one service of actions: the action plan's reads (services/action_plan.py) and every
write, each in one transaction.

The domain's rule on the day an action was done (`domain.actions.with_done_on`) is applied
in `prepare`, so it holds whatever the door: a form, a quick status change, an undo, an
action created from a decision, the command line. Changes from other laptops arrive
through sync, which projects ops straight into the tables (store/sync_projection.py):
each laptop applied the rule when it made the change, so `done_on` travels with the
status that set it (see docs/adding-a-kind.md, "Rules and sync").
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.actions import ActionFields, with_done_on
from coopdesk.domain.enums import ActionStatus
from coopdesk.domain.errors import ValidationError
from coopdesk.services import read_models as rm
from coopdesk.services.action_plan import ActionPlanQueries
from coopdesk.services.changes import Changes, Created
from coopdesk.services.records import RecordService
from coopdesk.store import models as m


class ActionService(ActionPlanQueries, RecordService[ActionFields, rm.Action, m.Action]):
    """Actions: the plan's filtered pages and counts, create, edit, status, trash."""

    def create(self, fields: ActionFields, today: dt.date | None = None) -> Created:
        """Add an action; a done one gets *today* (None: the real today) as the day it was
        done, unless the fields give one."""
        with self.db.unit_of_work() as session:
            return self.create_in(session, self._done_on(fields, None, today))

    def update(self, action_id: str, fields: ActionFields, today: dt.date | None = None, *,
               base: str = "") -> Changes:
        """Save a form; *base* is the `audit.edit_base` of the action it opened. The action
        is read once, in the transaction that checks and writes it."""
        with self.db.unit_of_work() as session:
            record = self._load(session, action_id)
            return self.update_in(session, record, self._done_on(fields, record, today),
                                  base=base)

    def set_status(self, action_id: str, status: ActionStatus,
                   today: dt.date | None = None) -> Changes:
        """Change the status only; done sets the day it was done to *today*, reopening
        clears it. Nothing changes when the action already has that status."""
        with self.db.unit_of_work() as session:
            record = self._load(session, action_id)
            if record.status is status:
                return Changes()
            fields = dataclasses.replace(self.fields_of(record), status=status)
            return self.update_in(session, record, self._done_on(fields, record, today))

    # -- hooks -------------------------------------------------------------------------
    def prepare(self, session: Session, fields: ActionFields,
                record: m.Action | None) -> ActionFields:
        return self._done_on(fields, record, None)

    def check(self, session: Session, fields: ActionFields, record: m.Action | None) -> None:
        if fields.objective_id is None:
            return
        project_id = session.scalar(select(m.Objective.project_id).where(
            m.Objective.id == fields.objective_id))
        if project_id is not None and project_id != fields.project_id:
            raise ValidationError("objective_id", "This objective belongs to another project.")

    @staticmethod
    def _done_on(fields: ActionFields, record: m.Action | None,
                 today: dt.date | None) -> ActionFields:
        return with_done_on(fields, was=record.status if record is not None else None,
                            was_done_on=record.done_on if record is not None else None,
                            today=today or dt.date.today())
