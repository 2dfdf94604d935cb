"""Deleting a record for good: only from the trash, together with its parts.

A record's *parts* exist only inside it (a meeting's agenda items, attendance and decisions;
a project's partners, objectives, charters and reviews...; `KindSpec.part_of`, declared by
the models' `__part_of__`): they go with it. Any other record
that still refers to the record or to one of its parts, live or in the trash, blocks the
purge, so nothing is left pointing at a record that no longer exists.

The rows leave the local file, and the search index with them (its session events see the
deletes); the sync capture records each as a delete marked `purged`. With sync, deleting
for good will become a permanent tombstone: every laptop of the team drops the record, and
no later edit can bring it back.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.errors import ConflictError, NotFoundError
from coopdesk.services.changes import Changes
from coopdesk.services.kinds import KINDS, spec_of
from coopdesk.store.base import Record
from coopdesk.store.db import Database
from coopdesk.store.titles import title_of


@dataclass(frozen=True)
class PurgePlan:
    """What deleting a record for good would remove, or what prevents it."""

    kind: str
    record_id: str
    title: str
    #: How many parts go with the record.
    part_count: int
    #: Records outside the plan that still refer to something in it.
    blocker_count: int = 0
    #: The title of one of them, to name in a message.
    blocker_title: str = ""

    @property
    def blocked(self) -> bool:
        return self.blocker_count > 0


def _referrers() -> dict[str, list[tuple[type[Record], str]]]:
    """For each table, the (model, column) pairs holding a reference to its rows."""
    found: dict[str, list[tuple[type[Record], str]]] = defaultdict(list)
    for spec in KINDS.values():
        for column in spec.model.__table__.columns:
            for key in column.foreign_keys:
                found[key.column.table.name].append((spec.model, column.key))
    return found


def _parts_by_parent() -> dict[str, list[tuple[type[Record], str]]]:
    """For each kind, the (model, column) of the kinds existing only inside its records
    (`KindSpec.part_of`, declared by the models' `__part_of__`)."""
    found: dict[str, list[tuple[type[Record], str]]] = defaultdict(list)
    for spec in KINDS.values():
        if (link := spec.part_of) is not None:
            found[link.kind].append((spec.model, link.column))
    return found


class PurgeService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._referrers = _referrers()
        self._parts = _parts_by_parent()

    def plan(self, kind: str, record_id: str) -> PurgePlan:
        """What `purge` would do; raises like it when the record is not in the trash."""
        with self.db.reading() as session:
            root, parts, blockers = self._collect(session, kind, record_id)
            return self._plan_of(root, parts, blockers)

    def purge(self, kind: str, record_id: str) -> Changes:
        """Delete a record in the trash for good, with its parts; refused if it is not in
        the trash or if other records still refer to it."""
        with self.db.holding("purge"), self.db.unit_of_work() as session:
            root, parts, blockers = self._collect(session, kind, record_id)
            plan = self._plan_of(root, parts, blockers)
            if plan.blocked:
                if plan.blocker_count == 1:
                    raise ConflictError(
                        "“{title}” cannot be deleted for good: “{other}” still refers to it. "
                        "Delete that record for good first, or keep this one in the trash.",
                        title=plan.title, other=plan.blocker_title)
                raise ConflictError(
                    "“{title}” cannot be deleted for good: {count} other records still refer "
                    "to it, for example “{other}”. Delete those for good first, or keep this "
                    "one in the trash.", title=plan.title, count=plan.blocker_count,
                    other=plan.blocker_title)
            removed = [root, *parts]
            changes = Changes.union(Changes.of(r.__kind__, r.id) for r in removed)
            for record in removed:
                session.delete(record)
            return changes

    # -- helpers -----------------------------------------------------------------------
    def _collect(self, session: Session, kind: str, record_id: str
                 ) -> tuple[Record, list[Record], list[Record]]:
        """The record, its parts (recursively) and the records outside that refer to them."""
        model = spec_of(kind).model
        root = session.get(model, record_id)
        if root is None:
            raise NotFoundError(kind=kind, id=record_id)
        if root.deleted_at is None:
            raise ConflictError("Only a record in the trash can be deleted for good; move "
                                "it to the trash first.")
        parts: list[Record] = []
        pending = [root]
        while pending:
            parent = pending.pop()
            for child_model, column in self._parts.get(parent.__kind__, ()):
                children = session.scalars(select(child_model).where(
                    getattr(child_model, column) == parent.id).order_by(child_model.id)).all()
                parts.extend(children)
                pending.extend(children)
        inside = {(r.__tablename__, r.id) for r in (root, *parts)}
        by_table: dict[str, list[str]] = defaultdict(list)
        for table, rid in sorted(inside):
            by_table[table].append(rid)
        blockers: list[Record] = []
        for table, ids in by_table.items():
            for referrer, column in self._referrers.get(table, ()):
                rows = session.scalars(select(referrer).where(
                    getattr(referrer, column).in_(ids)).order_by(referrer.id)).all()
                blockers.extend(row for row in rows
                                if (row.__tablename__, row.id) not in inside)
        unique = list({(b.__tablename__, b.id): b for b in blockers}.values())
        # A live record makes the better example: the user can go and find it.
        unique.sort(key=lambda record: record.deleted_at is not None)
        return root, parts, unique

    @staticmethod
    def _plan_of(root: Record, parts: list[Record], blockers: list[Record]) -> PurgePlan:
        return PurgePlan(kind=root.__kind__, record_id=root.id, title=title_of(root),
                         part_count=len(parts), blocker_count=len(blockers),
                         blocker_title=title_of(blockers[0]) if blockers else "")
