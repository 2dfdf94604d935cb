"""Stamps who created and last changed each record, from the session's local profile."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.domain.profile import ANONYMOUS, Profile
from coopdesk.store.base import Record, utcnow


def profile_of(session: Session) -> Profile:
    profile = session.info.get("profile", ANONYMOUS)
    return profile if isinstance(profile, Profile) else ANONYMOUS


def _has_business_changes(obj: Record) -> bool:
    state = inspect(obj)
    for attr in state.attrs:
        column = obj.__mapper__.columns.get(attr.key)
        if column is not None and column.info.get("audit"):
            continue
        if attr.history.has_changes():
            return True
    return False


def _stamp(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get("remote"):
        return  # remote changes keep the authors recorded with them
    profile = profile_of(session)
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, Record):
            obj.created_at = obj.updated_at = now
            obj.created_by = obj.updated_by = profile.name
            obj.created_by_org = obj.updated_by_org = profile.organisation
    for obj in session.dirty:
        if isinstance(obj, Record) and _has_business_changes(obj):
            obj.updated_at = now
            obj.updated_by = profile.name
            obj.updated_by_org = profile.organisation


def install(factory: sessionmaker[Session]) -> None:
    """Stamp records flushed by sessions from *factory*."""
    event.listen(factory, "before_flush", _stamp)
