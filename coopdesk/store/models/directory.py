from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.domain.enums import LegalBasis, OrgKind
from coopdesk.store.base import Record, SearchText, enum_column, long_text, short_text


class Organisation(Record):
    __tablename__ = "organisation"
    __kind__ = "organisation"
    __search__ = SearchText(("name",), ("acronym", "city", "address", "postcode", "email",
                                         "website", "description", "strengths"))

    name: Mapped[str] = mapped_column(String(500), index=True)
    kind: Mapped[OrgKind] = enum_column(OrgKind, OrgKind.ASSOCIATION)
    acronym: Mapped[str] = short_text()
    address: Mapped[str] = short_text()
    postcode: Mapped[str] = short_text(20)
    city: Mapped[str] = short_text()
    email: Mapped[str] = short_text()
    phone: Mapped[str] = short_text(50)
    website: Mapped[str] = short_text()
    description: Mapped[str] = long_text()
    strengths: Mapped[str] = long_text()


class Person(Record):
    __tablename__ = "person"
    __kind__ = "person"
    __search__ = SearchText(("first_name", "last_name"), ("role", "email", "phone", "notes"))

    first_name: Mapped[str] = mapped_column(String(500))
    last_name: Mapped[str] = short_text()
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"),
                                                        index=True, default=None)
    role: Mapped[str] = short_text()
    email: Mapped[str] = short_text()
    phone: Mapped[str] = short_text(50)
    legal_basis: Mapped[LegalBasis] = enum_column(LegalBasis, LegalBasis.UNKNOWN)
    consent_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = long_text()
