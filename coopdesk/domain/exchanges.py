"""The contact log (journal des échanges)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coopdesk.domain import validation as v
from coopdesk.domain.enums import ExchangeKind


@dataclass(frozen=True, kw_only=True)
class ContactLogEntryFields:
    kind: ExchangeKind
    occurred_on: dt.date
    subject: str
    summary: str = ""
    person_id: str | None = None
    organisation_id: str | None = None
    project_id: str | None = None
    author_name: str = ""
    author_organisation: str = ""
    follow_up: str = ""
    follow_up_on: dt.date | None = None
    follow_up_done: bool = False
    is_private: bool = False

    def validate(self) -> None:
        v.required("subject", self.subject)
        v.short_texts([("subject", self.subject), ("author_name", self.author_name),
                       ("author_organisation", self.author_organisation),
                       ("follow_up", self.follow_up)])
        v.long_texts([("summary", self.summary)])
        if self.person_id is None and self.organisation_id is None:
            raise v.ValidationError("person_id", "Say with whom: a person or an organisation.")
        v.not_before("follow_up_on", self.occurred_on, self.follow_up_on)
