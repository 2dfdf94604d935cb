"""The one service of the contact log's entries: the log's reads (services/exchange_log.py)
and every write, each in one transaction.

Its rules hold whatever the door (the log page, quick entry, the command line): a new
entry's author is the local profile unless one is given; an entry's author stays who wrote
it; an exchange with a person is also with their organisation (lists filter on it).
"""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.services import read_models as rm
from coopdesk.services.changes import Changes
from coopdesk.services.exchange_log import ExchangeLogQueries
from coopdesk.services.records import RecordService
from coopdesk.store import models as m
from coopdesk.store.audit import profile_of


class ExchangeService(ExchangeLogQueries,
                      RecordService[ContactLogEntryFields, rm.ContactLogEntry,
                                    m.ContactLogEntry]):
    """Contact-log entries: the log's filtered pages, create, edit, follow-ups, trash."""

    def mark_follow_up_done(self, entry_id: str, done: bool = True) -> Changes:
        """Tick (or untick) the follow-up of an entry; read and written in one transaction."""
        with self.db.unit_of_work() as session:
            record = self._load(session, entry_id)
            if record.follow_up_done == done:
                return Changes()
            fields = dataclasses.replace(self.fields_of(record), follow_up_done=done)
            return self.update_in(session, record, fields)

    # -- hooks -------------------------------------------------------------------------
    def prepare(self, session: Session, fields: ContactLogEntryFields,
                record: m.ContactLogEntry | None) -> ContactLogEntryFields:
        if record is not None:
            fields = dataclasses.replace(fields, author_name=record.author_name,
                                         author_organisation=record.author_organisation)
        elif not fields.author_name:
            profile = profile_of(session)
            fields = dataclasses.replace(fields, author_name=profile.name,
                                         author_organisation=profile.organisation)
        if fields.person_id is not None and fields.organisation_id is None:
            person = session.get(m.Person, fields.person_id)
            if person is not None and person.organisation_id:
                fields = dataclasses.replace(fields, organisation_id=person.organisation_id)
        return fields
