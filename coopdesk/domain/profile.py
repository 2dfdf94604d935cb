"""The local profile: who is using this laptop (set at first start)."""

from __future__ import annotations

from dataclasses import dataclass

from coopdesk.domain import validation as v


@dataclass(frozen=True, kw_only=True)
class Profile:
    name: str
    organisation: str = ""

    def validate(self) -> None:
        v.required("name", self.name)
        v.short_texts([("name", self.name), ("organisation", self.organisation)])


ANONYMOUS = Profile(name="?", organisation="")
