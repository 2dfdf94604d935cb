"""Records by kind for the command line: `kinds`, `list`, `get`, `add`, `set`, `delete`,
`restore`, through the same record services as the window (validation, history, sync
capture, trash).

Values come as FIELD=VALUE strings, read by the field's type (`record_values`). Every
value is read and checked before the service is called, and the service writes in one
transaction: a refused command writes nothing.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from coopdesk.domain.errors import CoopdeskError, NotFoundError, ValidationError
from coopdesk.domain.profile import Profile
from coopdesk.services.kinds import KINDS
from coopdesk.services.read_models import Audit
from coopdesk.services.record_kinds import KindInfo, kind_info, kind_names
from coopdesk.services.record_values import parse_value
from coopdesk.services.workspace_services import AnyRecordService, Services
from coopdesk.store.sync_schema import DELETED
from coopdesk.store.sync_state import SqlState, chunks
from coopdesk.store.titles import title_of
from coopdesk.store.workspace import Workspace

UNKNOWN_KIND = "There is no kind “{kind}”; the kinds are: {kinds}."
UNKNOWN_FIELD = "unknown field of {kind}; its fields are: {fields}."
NOT_AN_ASSIGNMENT = "“{text}” is not FIELD=VALUE (for example title=Réunion)."
GIVEN_TWICE = "given more than once."
REQUIRED_TO_ADD = "required to add a {kind}."
NOTHING_TO_SET = "Say what to change: FIELD=VALUE."
IN_TRASH = "The {kind} {id} is in the trash; restore it first (restore {kind} {id})."
PRIVATE_ELSEWHERE = ("The {kind} {id} is private to the laptop that wrote it: it is not "
                     "in this workspace and cannot be read or changed here.")


@dataclass(frozen=True)
class RecordView:
    """One record as the command line shows it."""

    kind: str
    id: str
    title: str
    #: Each field of the kind with its value (dates, enums, None as stored).
    values: dict[str, Any]
    audit: Audit

    @property
    def in_trash(self) -> bool:
        return self.audit.deleted_at is not None


@dataclass(frozen=True)
class SetResult:
    record: RecordView
    #: Fields named by `set` that the service's rules kept or derived otherwise.
    kept: tuple[str, ...] = ()


@contextlib.contextmanager
def open_records(folder: Path, profile: Profile) -> Iterator[RecordCommands]:
    """The record commands of the workspace in *folder*, writing as *profile*."""
    with Workspace.open(folder, profile) as workspace:
        yield RecordCommands(Services(workspace))


class RecordCommands:
    def __init__(self, services: Services) -> None:
        self.services = services

    # -- kinds ---------------------------------------------------------------------------
    def kinds(self) -> tuple[KindInfo, ...]:
        """Every kind with its fields, in the registry's order."""
        return tuple(kind_info(kind) for kind in kind_names())

    def info(self, kind: str) -> KindInfo:
        self._known(kind)
        return kind_info(kind)

    # -- reading -------------------------------------------------------------------------
    def list(self, kind: str, where: Sequence[str] = ()) -> list[RecordView]:
        """The records of *kind* outside the trash whose fields equal every FIELD=VALUE."""
        service, info = self._service(kind), self.info(kind)
        equals = self._values(info, where)
        found = service.list(**equals)
        titles = self._titles(service, [read.id for read in found])
        return [self._view(info, read, titles[read.id]) for read in found]

    def get(self, kind: str, record_id: str) -> RecordView:
        service, info = self._service(kind), self.info(kind)
        with self._reachable(kind, record_id):
            read = service.get(record_id)
        return self._view(info, read, self._titles(service, [record_id])[record_id])

    # -- writing -------------------------------------------------------------------------
    def add(self, kind: str, assignments: Sequence[str]) -> str:
        """Create a record of *kind*; its id."""
        service, info = self._service(kind), self.info(kind)
        values = self._values(info, assignments)
        for spec in info.fields:
            if spec.required and spec.name not in values:
                raise ValidationError(spec.name, REQUIRED_TO_ADD, kind=kind)
        return service.create(info.fields_cls(**values)).id

    def set(self, kind: str, record_id: str, assignments: Sequence[str]) -> SetResult:
        """Change the named fields of a record, the others as they are.

        Long texts are saved against the versions read here, as the window's forms do. The
        service's rules may keep or derive a value (an entry's author stays who wrote it):
        the result names the fields that did not take the value given."""
        service, info = self._service(kind), self.info(kind)
        if not assignments:
            raise CoopdeskError(NOTHING_TO_SET)
        changes = self._values(info, assignments)
        with self._reachable(kind, record_id):
            current = service.get(record_id)
            if current.audit.deleted_at is not None:
                raise CoopdeskError(IN_TRASH, kind=kind, id=record_id)
            values = {name: getattr(current, name) for name in info.names}
            values.update(changes)
            service.update(record_id, info.fields_cls(**values),
                           base=current.audit.edit_base)
        after = self.get(kind, record_id)
        kept = tuple(name for name, value in changes.items() if after.values[name] != value)
        return SetResult(after, kept)

    def delete(self, kind: str, record_id: str) -> None:
        """Move a record to the trash (restorable)."""
        service = self._service(kind)
        with self._reachable(kind, record_id):
            service.delete(record_id)

    def restore(self, kind: str, record_id: str) -> None:
        """Bring a record back from the trash."""
        service = self._service(kind)
        with self._reachable(kind, record_id):
            service.restore(record_id)

    # -- helpers -------------------------------------------------------------------------
    def _service(self, kind: str) -> AnyRecordService:
        self._known(kind)
        return self.services.service_for(kind)

    @staticmethod
    def _known(kind: str) -> None:
        if kind not in KINDS:  # the registry's own error does not list the kinds
            raise CoopdeskError(UNKNOWN_KIND, kind=kind, kinds=", ".join(kind_names()))

    def _values(self, info: KindInfo, assignments: Sequence[str]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for assignment in assignments:
            name, equals, text = assignment.partition("=")
            name = name.strip()
            if not equals or not name:
                raise CoopdeskError(NOT_AN_ASSIGNMENT, text=assignment)
            spec = info.field(name)
            if spec is None:
                raise ValidationError(name, UNKNOWN_FIELD, kind=info.kind,
                                      fields=", ".join(info.names))
            if name in values:
                raise ValidationError(name, GIVEN_TWICE)
            values[name] = parse_value(spec, text)
        return values

    @staticmethod
    def _view(info: KindInfo, read: Any, title: str) -> RecordView:
        return RecordView(kind=info.kind, id=read.id, title=title,
                          values={name: getattr(read, name) for name in info.names},
                          audit=read.audit)

    def _titles(self, service: AnyRecordService, ids: Sequence[str]) -> dict[str, str]:
        """The short title the trash and search show, of each record named by *ids*."""
        model = service.model
        titles: dict[str, str] = {}
        with self.services.db.reading() as session:
            for part in chunks(ids):
                for record in session.scalars(select(model).where(model.id.in_(part))):
                    titles[record.id] = title_of(record)
        return titles

    @contextlib.contextmanager
    def _reachable(self, kind: str, record_id: str) -> Iterator[None]:
        """Say so when a record missing here is one its laptop made private."""
        try:
            yield
        except NotFoundError:
            if self._private_elsewhere(kind, record_id):
                raise CoopdeskError(PRIVATE_ELSEWHERE, kind=kind, id=record_id) from None
            raise

    def _private_elsewhere(self, kind: str, record_id: str) -> bool:
        # A row made private by its laptop left this one by a delete op marked "private"
        # (store/sync_capture.py); while it stays private that op is the row's last delete.
        table = self._service(kind).model.__tablename__
        with self.services.db.reading() as session:
            ops = SqlState(session.connection()).live_rows(table, [record_id])
        deletes = [live for live in ops.get(record_id, []) if live.column == DELETED]
        value = deletes[-1].value if deletes else None
        return isinstance(value, dict) and bool(value.get("private"))


def plain_value(value: Any) -> Any:
    """A field's value as JSON holds it: dates in ISO, enums by their value."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):  # a datetime too
        return value.isoformat()
    return value


def record_json(view: RecordView) -> dict[str, Any]:
    """A record for `--json`: stable keys, ISO dates, enum values."""
    audit = dataclasses.asdict(view.audit)
    audit.pop("edit_base", None)
    for name, value in audit.items():  # stored as naive UTC: say so
        if isinstance(value, dt.datetime):
            audit[name] = value.replace(tzinfo=dt.UTC)
    return {"kind": view.kind, "id": view.id, "title": view.title,
            "in_trash": view.in_trash,
            "fields": {name: plain_value(value) for name, value in view.values.items()},
            **{name: plain_value(value) for name, value in audit.items()}}
