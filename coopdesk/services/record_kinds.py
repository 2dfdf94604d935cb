"""What the record command line needs to know of each kind, read from the kind registry.

`coopdesk.services.kinds` declares each kind once (`KindSpec`: its fields, Fields class,
service). This adds what reading a typed value needs besides: whether a field may be
left empty, its enum class, and which integer fields are amounts of money.
"""

from __future__ import annotations

import enum
import types
import typing
from dataclasses import dataclass
from functools import cache
from typing import Any, Union

from coopdesk.services.kinds import FieldSpec, KindSpec, kind_specs, spec_of

#: How a field's typed value is read (`record_values`): the registry's type names, and
#: two of this module's own.
TEXT = "str"
INT = "int"
DECIMAL = "float"
BOOL = "bool"
DATE = "date"
DATETIME = "datetime"
ENUM = "enum"
REFERENCE = "reference"
MONEY = "money"

#: Integer fields holding an amount of money are named after their unit.
MONEY_SUFFIX = "_cents"


@dataclass(frozen=True)
class CommandField:
    """One editable field of a kind, as the command line reads and shows it."""

    spec: FieldSpec
    #: None is a value it takes (an empty VALUE clears it).
    optional: bool
    enum_type: type[enum.Enum] | None

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def type_name(self) -> str:
        return self.spec.type_name

    @property
    def required(self) -> bool:
        return self.spec.required

    @property
    def allowed(self) -> tuple[str, ...]:
        return self.spec.allowed

    @property
    def reference_kind(self) -> str:
        return self.spec.reference_kind or ""

    @property
    def long_text(self) -> bool:
        return self.spec.long_text

    @property
    def form(self) -> str:
        """How its value is read: the type name, REFERENCE or MONEY."""
        if self.reference_kind:
            return REFERENCE
        if self.type_name == INT and self.name.endswith(MONEY_SUFFIX):
            return MONEY
        return self.type_name


@dataclass(frozen=True)
class KindInfo:
    """A kind of record as the command line sees it."""

    kind: str
    fields: tuple[CommandField, ...]
    #: The domain dataclass whose `validate()` checks a record's fields.
    fields_cls: type[Any]

    def field(self, name: str) -> CommandField | None:
        return next((item for item in self.fields if item.name == name), None)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(item.name for item in self.fields)


def kind_names() -> tuple[str, ...]:
    """Every kind, in the registry's order."""
    return tuple(spec.kind for spec in kind_specs())


@cache
def kind_info(kind: str) -> KindInfo:
    """The fields of *kind*; raises UnknownKindError for a name no kind carries."""
    return _info(spec_of(kind))


def _info(spec: KindSpec) -> KindInfo:
    hints = typing.get_type_hints(spec.fields_class)
    fields = []
    for item in spec.fields:
        base, optional = _unwrap_optional(hints[item.name])
        enum_type = base if isinstance(base, type) and issubclass(base, enum.Enum) else None
        fields.append(CommandField(item, optional, enum_type))
    return KindInfo(kind=spec.kind, fields=tuple(fields), fields_cls=spec.fields_class)


def _unwrap_optional(hint: Any) -> tuple[Any, bool]:
    if typing.get_origin(hint) in (Union, types.UnionType):
        members = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(members) == 1:
            return members[0], True
    return hint, False
