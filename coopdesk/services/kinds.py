"""Every kind of record, declared once: the kind registry (Django's `Model._meta`, Anki's
notetype).

A kind's facts live in two places, each at its own layer, and nowhere else:

- **the store model** (store/models/*.py) declares what storage needs to know by itself:
  its table and columns, `__kind__`, `__part_of__` (the record it exists inside),
  `__search__`/`__search_in_parent__` (what the search index holds) and `__private_flag__`
  (rows that never leave this laptop). The store reads these itself (`ALL_MODELS`,
  store/search_index.py), so it never imports services;
- **its `KindSpec` here** adds what the layers above need: the domain Fields class, the
  read model, the one service, the natural order, the label key, whether links open it,
  and what trash, purge, export and the dashboard do with it. Properties read the model's
  facts through the spec, so every consumer asks the registry.

Everything that used to be a parallel table is derived from `KINDS`: the services of
`Services.service_for`/`by_kind`, purge's part links, the dashboard's parent kinds, the
trash and export lists, the UI's kind labels and record links. docs/adding-a-kind.md is the
recipe; tests/services/test_kinds.py fails when a kind is declared incompletely.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import importlib
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Union

from coopdesk.domain import actions, directory, exchanges, meetings, pooling, projects, reviews
from coopdesk.domain.errors import CoopdeskError
from coopdesk.services import read_models as rm
from coopdesk.store import models as m
from coopdesk.store.base import Record, SearchText, is_long_text, table_of
from coopdesk.store.db import Database
from coopdesk.store.sync_schema import private_flag

if TYPE_CHECKING:
    from coopdesk.services.records import RecordService

    AnyRecordService = RecordService[Any, Any, Any]


class UnknownKindError(CoopdeskError, KeyError):
    """A kind name no record kind carries."""

    template = "There is no kind of record named “{kind}”."

    def __init__(self, *, kind: str) -> None:
        self.kind = kind
        super().__init__(kind=kind)

    def __str__(self) -> str:  # KeyError would quote the message
        return self.message


@dataclass(frozen=True)
class FieldSpec:
    """One editable field of a kind (a field of its domain Fields class)."""

    name: str
    #: "str", "int", "float", "bool", "date", "datetime" or "enum".
    type_name: str
    #: The Fields class has no default for it: a create must give it.
    required: bool
    #: The values an enum field takes ("todo", "done"...); empty for other types.
    allowed: tuple[str, ...] = ()
    #: The kind of record an id field refers to ("organisation"), if any.
    reference_kind: str | None = None
    #: A long free text (notes): concurrent edits become conflicts (SYNC.md).
    long_text: bool = False


@dataclass(frozen=True)
class PartLink:
    """The record a record belongs to: *column* holds the id of a record of *kind*."""

    kind: str
    column: str


@dataclass(frozen=True, kw_only=True)
class KindSpec:
    """Everything the layers above the store know about one kind of record."""

    kind: str
    model: type[Record]
    #: The domain dataclass a form fills in and the service validates (`validate()`).
    fields_class: type[Any]
    #: The frozen read model the service returns (the Fields plus id and audit).
    read_model: type[Any]
    #: "module:Class" of the kind's one service, imported when first asked for (start-up
    #: stays cheap). It is built as `Class(db, spec)`.
    service: str
    #: Columns of the natural order of lists (`service.list()`); empty: by id.
    order_by: tuple[str, ...] = ()
    #: The English name of the kind (the UI translates it, context "kind").
    label: str
    #: Links to its records (`html_parts.record_link`) open them in the app.
    opens_by_link: bool = False
    #: Shown as the record it is part of (the dashboard shows a decision as its meeting).
    shown_in_parent: bool = False
    #: Written to full exports (JSON, CSV); private rows only when asked.
    exported: bool = True
    #: Columns no form writes, set by a use case of their own (a meeting's annotations).
    extra_columns: tuple[str, ...] = ()

    # -- derived from the model's own declarations ---------------------------------------
    @property
    def table(self) -> str:
        return str(self.model.__tablename__)

    @property
    def part_of(self) -> PartLink | None:
        """The record this one exists only inside; purge deletes it with that one."""
        column = self.model.__part_of__
        if column is None:
            return None
        return PartLink(_kind_of_reference(self.model, column), column)

    @property
    def parent(self) -> PartLink | None:
        """The record it is shown as, for kinds `shown_in_parent`."""
        return self.part_of if self.shown_in_parent else None

    @property
    def search(self) -> SearchText | None:
        """What the search index holds of it (None: not searchable by itself)."""
        return self.model.__search__

    @property
    def search_in_parent(self) -> tuple[str, ...]:
        """Columns found by searching the record it is part of."""
        return self.model.__search_in_parent__

    @property
    def private_flag(self) -> str | None:
        """The column keeping a row on this laptop (never synced, left out of exports)."""
        return private_flag(self.model)

    @cached_property
    def fields(self) -> tuple[FieldSpec, ...]:
        """The editable fields, in the Fields class's order."""
        hints = typing.get_type_hints(self.fields_class)
        columns = table_of(self.model).columns
        found: list[FieldSpec] = []
        for item in dataclasses.fields(self.fields_class):
            column = columns.get(item.name)
            base = _without_none(hints[item.name])
            is_enum = isinstance(base, type) and issubclass(base, enum.Enum)
            found.append(FieldSpec(
                name=item.name,
                type_name="enum" if is_enum else _TYPE_NAMES.get(base, str(base)),
                required=(item.default is dataclasses.MISSING
                          and item.default_factory is dataclasses.MISSING),
                allowed=tuple(str(v.value) for v in base) if is_enum else (),
                reference_kind=(_kind_of_reference(self.model, item.name)
                                if column is not None and column.foreign_keys else None),
                long_text=column is not None and is_long_text(column)))
        return tuple(found)

    def field(self, name: str) -> FieldSpec:
        for item in self.fields:
            if item.name == name:
                return item
        raise KeyError(name)

    def service_class(self) -> type[AnyRecordService]:
        module, _, name = self.service.partition(":")
        cls: type[AnyRecordService] = getattr(importlib.import_module(module), name)
        return cls

    def build_service(self, db: Database) -> AnyRecordService:
        """A new service of this kind over *db* (`Services.service_for` keeps one)."""
        return self.service_class()(db, self)


_TYPE_NAMES: dict[Any, str] = {str: "str", int: "int", float: "float", bool: "bool",
                               dt.date: "date", dt.datetime: "datetime"}


def _without_none(hint: Any) -> Any:
    if typing.get_origin(hint) in (Union, types.UnionType):
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return hint


def _kind_of_reference(model: type[Record], column: str) -> str:
    target = next(iter(table_of(model).columns[column].foreign_keys)).column.table.name
    return next(other.__kind__ for other in m.ALL_MODELS if other.__tablename__ == target)


def _declared() -> Iterator[KindSpec]:
    # In the order people meet them (export files and trash follow it): the directory,
    # projects and their parts, actions, the contact log, meetings, pooling, reviews.
    yield KindSpec(kind="organisation", model=m.Organisation,
                   fields_class=directory.OrganisationFields, read_model=rm.Organisation,
                   service="coopdesk.services.directory:OrganisationService",
                   order_by=("name",), label="Organisation", opens_by_link=True)
    yield KindSpec(kind="person", model=m.Person, fields_class=directory.PersonFields,
                   read_model=rm.Person, service="coopdesk.services.directory:PersonService",
                   order_by=("last_name", "first_name"), label="Contact", opens_by_link=True)
    yield KindSpec(kind="project", model=m.Project, fields_class=projects.ProjectFields,
                   read_model=rm.Project, service="coopdesk.services.projects:ProjectService",
                   order_by=("title",), label="Project", opens_by_link=True)
    yield KindSpec(kind="project_partner", model=m.ProjectPartner,
                   fields_class=projects.ProjectPartnerFields, read_model=rm.ProjectPartner,
                   service="coopdesk.services.projects:ProjectPartnerService",
                   order_by=("role",), label="Project partner")
    yield KindSpec(kind="reporting_deadline", model=m.ReportingDeadline,
                   fields_class=projects.ReportingDeadlineFields,
                   read_model=rm.ReportingDeadline,
                   service="coopdesk.services.records:RecordService",
                   order_by=("due_on",), label="Reporting deadline")
    yield KindSpec(kind="objective", model=m.Objective, fields_class=projects.ObjectiveFields,
                   read_model=rm.Objective,
                   service="coopdesk.services.projects:ObjectiveService",
                   order_by=("position", "id"), label="Objective")
    yield KindSpec(kind="indicator", model=m.Indicator, fields_class=projects.IndicatorFields,
                   read_model=rm.Indicator, service="coopdesk.services.records:RecordService",
                   order_by=("name",), label="Indicator")
    yield KindSpec(kind="charter", model=m.Charter, fields_class=projects.CharterFields,
                   read_model=rm.Charter, service="coopdesk.services.records:RecordService",
                   order_by=("title",), label="Charter")
    yield KindSpec(kind="charter_version", model=m.CharterVersion,
                   fields_class=projects.CharterVersionFields, read_model=rm.CharterVersion,
                   service="coopdesk.services.projects:CharterVersionService",
                   order_by=("number",), label="Charter version")
    yield KindSpec(kind="charter_acceptance", model=m.CharterAcceptance,
                   fields_class=projects.CharterAcceptanceFields,
                   read_model=rm.CharterAcceptance,
                   service="coopdesk.services.records:RecordService",
                   order_by=("accepted_on",), label="Charter acceptance")
    yield KindSpec(kind="action", model=m.Action, fields_class=actions.ActionFields,
                   read_model=rm.Action, service="coopdesk.services.actions:ActionService",
                   order_by=("due_on", "title"), label="Action", opens_by_link=True)
    yield KindSpec(kind="contact_log_entry", model=m.ContactLogEntry,
                   fields_class=exchanges.ContactLogEntryFields,
                   read_model=rm.ContactLogEntry,
                   service="coopdesk.services.exchanges:ExchangeService",
                   order_by=("occurred_on",), label="Exchange", opens_by_link=True)
    yield KindSpec(kind="meeting", model=m.Meeting, fields_class=meetings.MeetingFields,
                   read_model=rm.Meeting, service="coopdesk.services.meetings:MeetingService",
                   order_by=("starts_at",), label="Meeting", opens_by_link=True,
                   extra_columns=("annotations",))
    yield KindSpec(kind="agenda_item", model=m.AgendaItem,
                   fields_class=meetings.AgendaItemFields, read_model=rm.AgendaItem,
                   service="coopdesk.services.meetings:AgendaItemService",
                   order_by=("position", "id"), label="Agenda item", shown_in_parent=True)
    yield KindSpec(kind="attendance", model=m.Attendance,
                   fields_class=meetings.AttendanceFields, read_model=rm.Attendance,
                   service="coopdesk.services.meetings:AttendanceService",
                   label="Attendance", shown_in_parent=True)
    yield KindSpec(kind="decision", model=m.Decision, fields_class=meetings.DecisionFields,
                   read_model=rm.Decision, service="coopdesk.services.meetings:DecisionService",
                   order_by=("created_at", "id"), label="Decision", shown_in_parent=True)
    yield KindSpec(kind="resource", model=m.Resource, fields_class=pooling.ResourceFields,
                   read_model=rm.Resource, service="coopdesk.services.pooling:ResourceService",
                   order_by=("name",), label="Pooled resource", opens_by_link=True)
    yield KindSpec(kind="booking", model=m.Booking, fields_class=pooling.BookingFields,
                   read_model=rm.Booking, service="coopdesk.services.pooling:BookingService",
                   order_by=("starts_at",), label="Booking", shown_in_parent=True)
    yield KindSpec(kind="review", model=m.Review, fields_class=reviews.ReviewFields,
                   read_model=rm.Review, service="coopdesk.services.reviews:ReviewService",
                   order_by=("held_on",), label="Review")
    yield KindSpec(kind="review_score", model=m.ReviewScore,
                   fields_class=reviews.ReviewScoreFields, read_model=rm.ReviewScore,
                   service="coopdesk.services.reviews:ReviewScoreService",
                   order_by=("organisation_id", "practice"), label="Review score",
                   shown_in_parent=True)


#: Every kind of record by name, in the order people meet them.
KINDS: Mapping[str, KindSpec] = types.MappingProxyType(
    {spec.kind: spec for spec in _declared()})


def kind_specs() -> tuple[KindSpec, ...]:
    """Every kind's spec, in `KINDS` order."""
    return tuple(KINDS.values())


def spec_of(kind: str) -> KindSpec:
    """The spec of *kind*; raises UnknownKindError for a name no kind carries."""
    try:
        return KINDS[kind]
    except KeyError:
        raise UnknownKindError(kind=kind) from None


def spec_of_model(model: type[Record]) -> KindSpec:
    return spec_of(model.__kind__)


def part_links() -> tuple[PartLink, ...]:
    """(kind, column) of every kind that exists only inside another record."""
    return tuple(PartLink(spec.kind, link.column) for spec in KINDS.values()
                 if (link := spec.part_of) is not None)


__all__ = ["KINDS", "FieldSpec", "KindSpec", "PartLink", "UnknownKindError", "kind_specs",
           "part_links", "spec_of", "spec_of_model"]
