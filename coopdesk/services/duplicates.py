"""Possible duplicates (SYNC.md: no UNIQUE constraints on business columns, a merge tool
instead): organisations or people whose names match once case, accents and spacing are set
aside, and the merge that keeps one and re-points every reference to the others.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, func, select
from sqlalchemy.orm import Session

from coopdesk.domain.errors import ConflictError, CoopdeskError, NotFoundError
from coopdesk.domain.text import fold_words
from coopdesk.services.changes import Changes
from coopdesk.services.history import model_of_kind
from coopdesk.store.audit import profile_of
from coopdesk.store.base import Record, table_of, utcnow
from coopdesk.store.models import Organisation, Person
from coopdesk.store.models.sync_tables import SyncNotice
from coopdesk.store.sync_schema import record_models
from coopdesk.store.titles import title_of

#: Ids per IN (...) list, well under SQLite's limit on bound parameters.
CHUNK = 500

#: Notice kind remembering "these are different records" (stored already resolved).
IGNORED_DUPLICATES = "duplicates_ignored"

#: Sets whose members the services keep unique: after re-pointing, a member that now
#: repeats another one goes to the trash instead (e.g. both organisations were partners).
SET_KEYS: dict[str, tuple[str, ...]] = {
    "project_partner": ("project_id", "organisation_id"),
    "review_score": ("review_id", "organisation_id", "practice"),
    "charter_acceptance": ("charter_version_id", "organisation_id"),
    "attendance": ("meeting_id", "person_id", "organisation_id"),
}


@dataclass(frozen=True)
class DuplicateRecord:
    id: str
    title: str
    #: What tells them apart: the city, the association, an email.
    detail: str
    created_at: dt.datetime
    created_by: str
    #: Live records that point to this one (contacts, partnerships, actions...).
    references: int


@dataclass(frozen=True)
class DuplicateGroup:
    """Records of one kind with the same name; `id` is 0 (not a stored notice)."""

    id: int
    created_at: dt.datetime
    record_kind: str
    name: str
    records: tuple[DuplicateRecord, ...]


def references_to(table_name: str) -> list[tuple[type[Record], Column[Any]]]:
    """Every (model, column) holding a reference to a row of *table_name*."""
    found = []
    for model in record_models().values():
        for column in table_of(model).columns:
            if any(fk.column.table.name == table_name for fk in column.foreign_keys):
                found.append((model, column))
    return found


def _ignored(session: Session) -> list[frozenset[str]]:
    notices = table_of(SyncNotice)
    found = []
    for text in session.scalars(select(notices.c.detail).where(
            notices.c.kind == IGNORED_DUPLICATES)):
        try:
            ids = json.loads(text).get("ids", [])
        except (ValueError, AttributeError):
            continue
        found.append(frozenset(str(i) for i in ids))
    return found


def reference_counts(session: Session, table_name: str, ids: Iterable[str]) -> dict[str, int]:
    """How many live records point to each of *ids* (one grouped query per reference)."""
    counts: dict[str, int] = {}
    wanted = sorted(set(ids))
    for model, column in references_to(table_name):
        table = table_of(model)
        for start in range(0, len(wanted), CHUNK):
            part = wanted[start:start + CHUNK]
            query = (select(column, func.count()).where(column.in_(part),
                                                       table.c.deleted_at.is_(None))
                     .group_by(column))
            for record_id, count in session.execute(query):
                counts[record_id] = counts.get(record_id, 0) + int(count)
    return counts


def find_duplicates(session: Session) -> list[DuplicateGroup]:
    """Groups of live organisations, then people, whose names match."""
    ignored = _ignored(session)
    groups: list[DuplicateGroup] = []
    orgs = session.execute(select(Organisation.id, Organisation.name, Organisation.city,
                                  Organisation.acronym, Organisation.created_at,
                                  Organisation.created_by)
                           .where(Organisation.deleted_at.is_(None))).all()
    candidates: dict[str, list[tuple[Any, str, str]]] = {}
    for row in orgs:
        candidates.setdefault(fold_words(row.name), []).append(
            (row, row.name, row.city or row.acronym))
    groups += _groups(session, "organisation", candidates, ignored)
    people = session.execute(select(Person.id, Person.first_name, Person.last_name,
                                    Person.email, Person.organisation_id, Person.created_at,
                                    Person.created_by)
                             .where(Person.deleted_at.is_(None))).all()
    org_names = {row.id: row.name for row in orgs}
    candidates = {}
    for person in people:
        full = f"{person.first_name} {person.last_name}".strip()
        detail = org_names.get(person.organisation_id or "", "") or person.email
        candidates.setdefault(fold_words(full), []).append((person, full, detail))
    groups += _groups(session, "person", candidates, ignored)
    return groups


def _groups(session: Session, kind: str, candidates: dict[str, list[tuple[Any, str, str]]],
            ignored: list[frozenset[str]]) -> list[DuplicateGroup]:
    found = []
    for key, rows in sorted(candidates.items()):
        ids = frozenset(row.id for row, _, _ in rows)
        if key and len(rows) > 1 and not any(ids <= seen for seen in ignored):
            found.append(rows)
    counts = reference_counts(session, model_of_kind(kind).__tablename__,
                              (row.id for rows in found for row, _, _ in rows))
    groups = []
    for rows in found:
        records = tuple(sorted(
            (DuplicateRecord(id=row.id, title=title, detail=detail, created_at=row.created_at,
                             created_by=row.created_by, references=counts.get(row.id, 0))
             for row, title, detail in rows), key=lambda r: (r.created_at, r.id)))
        groups.append(DuplicateGroup(id=0, created_at=max(r.created_at for r in records),
                                     record_kind=kind, name=records[0].title,
                                     records=records))
    return groups


def merge_records(session: Session, kind: str, keep_id: str, other_ids: Iterable[str]
                  ) -> Changes:
    """Re-point every reference to *other_ids* at *keep_id*, then trash the others.

    Runs in the caller's unit of work and flushes once, so the whole merge is one
    transaction on every record it touches (one entry in each record's history).
    """
    model = model_of_kind(kind)
    others = [record_id for record_id in dict.fromkeys(other_ids) if record_id != keep_id]
    if not others:
        raise CoopdeskError("Choose at least one other record to merge into this one.")
    changed: set[tuple[str, str]] = {(kind, keep_id)}
    with session.no_autoflush:
        keep = session.get(model, keep_id)
        if keep is None:
            raise NotFoundError(kind=kind, id=keep_id)
        if keep.deleted_at is not None:
            raise ConflictError("“{name}” is in the trash: restore it before keeping it.",
                                name=title_of(keep))
        doubles = []
        for record_id in others:
            record = session.get(model, record_id)
            if record is None:
                raise NotFoundError(kind=kind, id=record_id)
            doubles.append(record)
        moves: list[tuple[Record, str]] = []
        redundant: list[Record] = []
        for ref_model, column in references_to(model.__tablename__):
            rows = session.scalars(select(ref_model).where(column.in_(others))).all()
            key_columns = SET_KEYS.get(ref_model.__tablename__, ())
            keyed = column.key in key_columns
            taken: set[tuple[Any, ...]] = set()
            if keyed:
                for row in session.scalars(select(ref_model).where(
                        column == keep_id, ref_model.deleted_at.is_(None))):
                    taken.add(tuple(getattr(row, name) for name in key_columns))
            for row in rows:
                moves.append((row, column.key))
                changed.add((ref_model.__kind__, row.id))
                if keyed and row.deleted_at is None:
                    key = tuple(keep_id if name == column.key else getattr(row, name)
                                for name in key_columns)
                    if key in taken:
                        redundant.append(row)
                    taken.add(key)
    now, who = utcnow(), profile_of(session).name
    for row, attribute in moves:
        setattr(row, attribute, keep_id)
    for row in [*redundant, *doubles]:
        if row.deleted_at is None:
            row.deleted_at = now
            row.deleted_by = who
        changed.add((row.__kind__, row.id))
    session.flush()
    return Changes(frozenset(k for k, _ in changed), frozenset(i for _, i in changed))
