"""Frozen read models to JSON and back, guided by their type annotations.

For caches only (`dashboard_cache`): the values read models hold — str, int, float, bool,
None, dates, datetimes, enums, tuples, frozensets and nested (generic) dataclasses — become
plain JSON and are rebuilt as the annotated types say. Anything the annotations do not
allow raises `ValueError`, so a damaged or outdated cache is refused, never half-read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import types
import typing
from typing import Any, TypeVar, Union, cast

T = TypeVar("T")


def to_json(value: Any) -> Any:
    """*value* as plain JSON types (dataclasses as objects of their init fields)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name))
                for f in dataclasses.fields(value) if f.init}
    if isinstance(value, enum.Enum):
        return to_json(value.value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (tuple, list, frozenset)):
        items = sorted(value, key=repr) if isinstance(value, frozenset) else value
        return [to_json(item) for item in items]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise ValueError(f"cannot store a {type(value).__name__} as JSON")


def from_json(kind: type[T], data: Any) -> T:
    """The *kind* that `to_json` turned into *data*; `ValueError` when *data* is not one."""
    return cast(T, _decode(kind, data, {}))


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(kind: Any, data: Any, bound: dict[Any, Any]) -> Any:
    if isinstance(kind, TypeVar):
        if kind not in bound:
            raise ValueError(f"unbound type variable {kind}")
        return _decode(bound[kind], data, bound)
    origin = typing.get_origin(kind)
    if origin in (Union, types.UnionType):
        return _decode_union(typing.get_args(kind), data, bound)
    if origin in (tuple, frozenset):
        return _decode_collection(origin, typing.get_args(kind), data, bound)
    if isinstance(origin, type) and dataclasses.is_dataclass(origin):
        parameters = getattr(origin, "__parameters__", ())
        generic = dict(zip(parameters, typing.get_args(kind), strict=True))
        return _decode_dataclass(origin, data, {**bound, **generic})
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _decode_dataclass(kind, data, bound)
    return _decode_scalar(kind, data)


def _decode_union(options: tuple[Any, ...], data: Any, bound: dict[Any, Any]) -> Any:
    if data is None and type(None) in options:
        return None
    for option in options:
        if option is type(None):
            continue
        try:
            return _decode(option, data, bound)
        except ValueError:
            continue
    raise ValueError(f"{data!r} is none of {options}")


def _decode_collection(origin: type, args: tuple[Any, ...], data: Any,
                       bound: dict[Any, Any]) -> Any:
    if not isinstance(data, list):
        raise ValueError(f"expected a list, found {type(data).__name__}")
    if origin is frozenset:
        return frozenset(_decode(args[0], item, bound) for item in data)
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_decode(args[0], item, bound) for item in data)
    if len(args) != len(data):
        raise ValueError(f"expected {len(args)} items, found {len(data)}")
    return tuple(_decode(arg, item, bound) for arg, item in zip(args, data, strict=True))


def _decode_dataclass(cls: type, data: Any, bound: dict[Any, Any]) -> Any:
    if not isinstance(data, dict):
        raise ValueError(f"expected an object for {cls.__name__}")
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        if not field.init:
            continue
        if field.name not in data:
            raise ValueError(f"{cls.__name__}.{field.name} is missing")
        values[field.name] = _decode(hints[field.name], data[field.name], bound)
    try:
        return cls(**values)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{cls.__name__}: {error}") from error


def _decode_scalar(kind: Any, data: Any) -> Any:
    if kind is Any:
        return data
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        try:
            return kind(data)
        except ValueError as error:
            raise ValueError(f"{data!r} is not a {kind.__name__}") from error
    if kind is dt.datetime or kind is dt.date:
        if not isinstance(data, str):
            raise ValueError(f"expected an ISO {kind.__name__}, found {data!r}")
        try:
            return kind.fromisoformat(data)
        except ValueError as error:
            raise ValueError(f"{data!r} is not an ISO {kind.__name__}") from error
    if kind is float and isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    if kind in (str, int, float, bool) and type(data) is kind:
        return data
    raise ValueError(f"expected {getattr(kind, '__name__', kind)}, found {data!r}")
