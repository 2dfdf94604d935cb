"""What the record command line needs to know of each kind: its fields and their types.

The one place the command line introspects kinds. It reads the shape the kind registry
(`coopdesk.services.kinds`: `KindSpec.fields` of `FieldSpec`) describes, derived here from
what declares it today: each record service's read model, whose base is the domain's
`*Fields` dataclass, and its mapped table (long texts, references).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import types
import typing
from dataclasses import dataclass
from typing import Any, Union, cast

from coopdesk.services.records import model_for_table
from coopdesk.services.workspace_services import AnyRecordService, Services
from coopdesk.store.base import is_long_text

#: The type names a field may have.
TEXT = "text"
INT = "int"
DECIMAL = "decimal"
MONEY = "money"
BOOL = "bool"
DATE = "date"
DATETIME = "datetime"
ENUM = "enum"
REFERENCE = "reference"

#: Integer fields holding an amount of money are named after their unit.
MONEY_SUFFIX = "_cents"


@dataclass(frozen=True)
class FieldSpec:
    """One editable field of a kind."""

    name: str
    type_name: str
    required: bool
    #: The values an enum field takes; empty for other types.
    allowed: tuple[str, ...] = ()
    #: The kind a reference field points to; "" for other types.
    reference_kind: str = ""
    long_text: bool = False
    #: The field may be left empty (None).
    optional: bool = False
    enum_type: type[enum.Enum] | None = None


@dataclass(frozen=True)
class KindInfo:
    """A kind of record as the command line sees it."""

    kind: str
    fields: tuple[FieldSpec, ...]
    #: The domain dataclass whose `validate()` checks a record's fields.
    fields_cls: type[Any]

    def field(self, name: str) -> FieldSpec | None:
        return next((spec for spec in self.fields if spec.name == name), None)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.fields)


def record_services(services: Services) -> dict[str, AnyRecordService]:
    """Each kind's record service, by kind name, in the order of the registry."""
    return services.by_kind()


def kind_info(service: AnyRecordService) -> KindInfo:
    """The fields of the records *service* keeps."""
    fields_cls = _fields_class(service.read_cls)
    hints = typing.get_type_hints(fields_cls)
    columns = service.model.__table__.columns
    specs = []
    for item in dataclasses.fields(fields_cls):
        column = columns.get(item.name)
        specs.append(_field_spec(item, hints[item.name], column))
    return KindInfo(kind=service.kind, fields=tuple(specs), fields_cls=fields_cls)


def _fields_class(read_cls: type[Any]) -> type[Any]:
    # A read model is its domain fields plus `id` and `audit` (services/read_models.py).
    for base in read_cls.__mro__[1:]:
        if dataclasses.is_dataclass(base) and hasattr(base, "validate"):
            return cast(type[Any], base)
    raise TypeError(f"{read_cls.__name__} does not extend a domain *Fields dataclass")


def _field_spec(item: dataclasses.Field[Any], hint: Any, column: Any) -> FieldSpec:
    required = (item.default is dataclasses.MISSING
                and item.default_factory is dataclasses.MISSING)
    base, optional = _unwrap_optional(hint)
    name = item.name
    reference = ""
    if column is not None and column.foreign_keys:
        target = next(iter(column.foreign_keys)).column.table.name
        reference = model_for_table(target).__kind__
    enum_type = base if isinstance(base, type) and issubclass(base, enum.Enum) else None
    if reference:
        type_name = REFERENCE
    elif enum_type is not None:
        type_name = ENUM
    elif base is bool:
        type_name = BOOL
    elif base is int:
        type_name = MONEY if name.endswith(MONEY_SUFFIX) else INT
    elif base is float:
        type_name = DECIMAL
    elif base is dt.datetime:
        type_name = DATETIME
    elif base is dt.date:
        type_name = DATE
    elif base is str:
        type_name = TEXT
    else:
        raise TypeError(f"field {name}: type {hint!r} has no command-line form")
    allowed = tuple(str(member.value) for member in enum_type) if enum_type else ()
    return FieldSpec(name=name, type_name=type_name, required=required, allowed=allowed,
                     reference_kind=reference,
                     long_text=column is not None and is_long_text(column),
                     optional=optional, enum_type=enum_type)


def _unwrap_optional(hint: Any) -> tuple[Any, bool]:
    if typing.get_origin(hint) in (Union, types.UnionType):
        members = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(members) == 1:
            return members[0], True
    return hint, False
