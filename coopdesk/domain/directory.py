"""The directory (Annuaire): partner organisations and their people."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coopdesk.domain import validation as v
from coopdesk.domain.enums import LegalBasis, OrgKind


@dataclass(frozen=True, kw_only=True)
class OrganisationFields:
    name: str
    kind: OrgKind = OrgKind.ASSOCIATION
    acronym: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    description: str = ""
    strengths: str = ""

    def validate(self) -> None:
        v.required("name", self.name)
        v.short_texts([("name", self.name), ("acronym", self.acronym), ("address", self.address),
                       ("postcode", self.postcode), ("city", self.city), ("email", self.email),
                       ("phone", self.phone), ("website", self.website)])
        v.long_texts([("description", self.description), ("strengths", self.strengths)])
        v.email_like("email", self.email)


@dataclass(frozen=True, kw_only=True)
class PersonFields:
    first_name: str
    last_name: str = ""
    organisation_id: str | None = None
    role: str = ""
    email: str = ""
    phone: str = ""
    legal_basis: LegalBasis = LegalBasis.UNKNOWN
    consent_on: dt.date | None = None
    notes: str = ""

    def validate(self) -> None:
        v.required("first_name", self.first_name)
        v.short_texts([("first_name", self.first_name), ("last_name", self.last_name),
                       ("role", self.role), ("email", self.email), ("phone", self.phone)])
        v.long_texts([("notes", self.notes)])
        v.email_like("email", self.email)
        if self.legal_basis is LegalBasis.CONSENT and self.consent_on is None:
            raise v.ValidationError("consent_on", "Consent needs the date it was given.")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()
