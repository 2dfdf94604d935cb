"""Create, read, list, edit, delete to trash and restore any record, with validation.

One generic service serves every kind; a kind with extra rules subclasses it and overrides
`prepare` (domain normalisation, derived values) or `check` (rules that need the database,
such as overlapping bookings). Each kind has exactly one service, named by its `KindSpec`
(services/kinds.py) and built as `Service(db, spec)`. Every write reads, checks and writes
in one transaction (`db.unit_of_work()`).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from coopdesk.domain.errors import NotFoundError, ValidationError
from coopdesk.services.changes import Changes, Created
from coopdesk.services.read_models import Audit
from coopdesk.store.audit import profile_of
from coopdesk.store.base import Base, Record, utcnow
from coopdesk.store.db import Database
from coopdesk.store.sync_capture import edit_base, fields_of_base, use_base

if TYPE_CHECKING:
    from coopdesk.services.kinds import KindSpec


class Validatable(Protocol):
    def validate(self) -> None: ...


F = TypeVar("F", bound=Validatable)
R = TypeVar("R")
M = TypeVar("M", bound=Record)


def audit_of(record: Any) -> Audit:
    return Audit(created_at=record.created_at, created_by=record.created_by,
                 created_by_org=record.created_by_org, updated_at=record.updated_at,
                 updated_by=record.updated_by, updated_by_org=record.updated_by_org,
                 deleted_at=record.deleted_at, deleted_by=record.deleted_by)


def model_for_table(table_name: str) -> type[Record]:
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__tablename__", None) == table_name:
            return cast(type[Record], cls)
    raise KeyError(table_name)


def to_read(record: Any, read_cls: type[R]) -> R:
    """Copy a mapped record (or a result row of its table's columns) into its read model."""
    values: dict[str, Any] = {}
    for item in dataclasses.fields(cast(Any, read_cls)):
        if item.name == "audit":
            values["audit"] = audit_of(record)
        else:
            values[item.name] = getattr(record, item.name)
    return read_cls(**values)


class RecordService(Generic[F, R, M]):
    """Use cases for one kind of record."""

    def __init__(self, db: Database, spec: KindSpec) -> None:
        """The service of the kind *spec* declares (services/kinds.py), over *db*."""
        self.db = db
        self.spec = spec
        self.model = cast(type[M], spec.model)
        self.read_cls = cast(type[R], spec.read_model)
        self.kind = spec.kind
        self._natural_order = ([getattr(self.model, name) for name in spec.order_by]
                               or [self.model.id])

    # -- reading -----------------------------------------------------------------------
    def get(self, record_id: str) -> R:
        """One record; its `audit.edit_base` names the long-text versions read, for a form
        to hand back to `update`."""
        with self.db.reading() as session:
            record = self._load(session, record_id)
            read = to_read(record, self.read_cls)
            audit = getattr(read, "audit", None)
            if isinstance(audit, Audit):
                base = edit_base(session.connection(), record)
                if base:
                    read = cast(Any, dataclasses.replace)(
                        read, audit=dataclasses.replace(audit, edit_base=base))
            return read

    def list(self, *, include_deleted: bool = False, limit: int | None = None,
             offset: int = 0, **equals: Any) -> list[R]:
        """Records in their natural order; keyword arguments filter by equality."""
        with self.db.reading() as session:
            query = select(self.model)
            if not include_deleted:
                query = query.where(self.model.deleted_at.is_(None))
            for name, value in equals.items():
                query = query.where(getattr(self.model, name) == value)
            query = query.order_by(*self._natural_order).offset(offset)
            if limit is not None:
                query = query.limit(limit)
            rows = session.scalars(query).all()
            return [to_read(row, self.read_cls) for row in rows]

    # -- writing -----------------------------------------------------------------------
    def create(self, fields: F) -> Created:
        """Check *fields* and add a record, in one transaction."""
        with self.db.unit_of_work() as session:
            return self.create_in(session, fields)

    def update(self, record_id: str, fields: F, *, base: str = "") -> Changes:
        """Save *fields*. *base* is the `audit.edit_base` of the record the form opened: a
        long text the person did not touch keeps whatever it holds now, and one they
        changed replaces only the version they saw (another that arrived meanwhile stays,
        as a conflict). Without it a long text replaces every version live at save time."""
        with self.db.unit_of_work() as session:
            return self.update_in(session, self._load(session, record_id), fields, base=base)

    # The steps of `create` and `update` inside a transaction the caller owns: a use case
    # over several records (an action from a decision) reads, checks and writes in one.
    def create_in(self, session: Session, fields: F) -> Created:
        """Validate, prepare, check and add a record within *session*'s transaction."""
        fields.validate()
        fields = self.prepare(session, fields, None)
        self._check_references(session, fields, None)
        self.check(session, fields, None)
        record = self.model()
        self._apply(record, fields)
        session.add(record)
        session.flush()
        changes = self.related_changes(session, record)
        return Created(changes.kinds | {self.kind}, changes.ids | {record.id}, id=record.id)

    def update_in(self, session: Session, record: M, fields: F, *, base: str = "") -> Changes:
        """Validate, prepare, check and save *record* within *session*'s transaction."""
        fields.validate()
        fields = self._against_base(session, record, fields, base)
        fields = self.prepare(session, fields, record)
        self._check_references(session, fields, record)
        self.check(session, fields, record)
        self._apply(record, fields)
        session.flush()
        return Changes.of(self.kind, record.id) | self.related_changes(session, record)

    def fields_of(self, record: M) -> F:
        """The editable fields *record* holds now (to change one of them and save)."""
        fields_cls = self.spec.fields_class
        return cast(F, fields_cls(**{item.name: getattr(record, item.name)
                                     for item in dataclasses.fields(fields_cls)}))

    def load(self, session: Session, record_id: str) -> M:
        """The record within *session* (trash included); NotFoundError when there is none."""
        return self._load(session, record_id)

    def delete(self, record_id: str) -> Changes:
        """Move to the trash (restorable)."""
        with self.db.unit_of_work() as session:
            record = self._load(session, record_id)
            self.check_delete(session, record)
            if record.deleted_at is None:
                record.deleted_at = utcnow()
                record.deleted_by = profile_of(session).name
            return Changes.of(self.kind, record_id) | self.related_changes(session, record)

    def restore(self, record_id: str) -> Changes:
        """Bring back from the trash."""
        with self.db.unit_of_work() as session:
            record = self._load(session, record_id)
            self.check_restore(session, record)
            record.deleted_at = None
            record.deleted_by = ""
            return Changes.of(self.kind, record_id) | self.related_changes(session, record)

    # -- hooks -------------------------------------------------------------------------
    def prepare(self, session: Session, fields: F, record: M | None) -> F:
        """Fill in derived values (an ordered item's position) and apply the domain's
        normalisation rules (an action's done_on) before saving, whatever the door."""
        return fields

    def check(self, session: Session, fields: F, record: M | None) -> None:
        """Rules that need the database; raise ValidationError or ConflictError."""

    def check_delete(self, session: Session, record: M) -> None:
        """Rules to meet before a record goes to the trash (a locked meeting's parts)."""

    def check_restore(self, session: Session, record: M) -> None:
        """Rules to meet before a record leaves the trash."""

    def related_changes(self, session: Session, record: M) -> Changes:
        """Other kinds a change of *record* shows up in (a project page shows partners)."""
        return Changes()

    # -- helpers -----------------------------------------------------------------------
    def _load(self, session: Session, record_id: str) -> M:
        record = session.get(self.model, record_id)
        if record is None:
            raise NotFoundError(kind=self.kind, id=record_id)
        return record

    def _against_base(self, session: Session, record: M, fields: F, base: str) -> F:
        bases = fields_of_base(base, record)
        untouched = {column: getattr(record, column) for column, seen in bases.items()
                     if hasattr(fields, column) and seen.unchanged(getattr(fields, column))}
        use_base(session, record, {column: seen for column, seen in bases.items()
                                   if column not in untouched})
        return cast(Any, dataclasses.replace)(fields, **untouched) if untouched else fields

    def _apply(self, record: M, fields: F) -> None:
        for item in dataclasses.fields(cast(Any, fields)):
            value = getattr(fields, item.name)
            if getattr(record, item.name, None) != value:
                setattr(record, item.name, value)

    def _check_references(self, session: Session, fields: F, record: M | None) -> None:
        for column in self.model.__table__.columns:
            if not column.foreign_keys or not hasattr(fields, column.key):
                continue
            value = getattr(fields, column.key)
            if value is None or (record is not None and getattr(record, column.key) == value):
                continue
            target_table = next(iter(column.foreign_keys)).column.table.name
            target = session.get(model_for_table(target_table), value)
            if target is None or target.deleted_at is not None:
                raise ValidationError(column.key, "The chosen {kind} does not exist or is in "
                                      "the trash.", kind=target_table.replace("_", " "))
