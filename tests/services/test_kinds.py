"""The kind registry (services/kinds.py): every record kind declared once and completely.

`problems(spec)` lists what is missing or wrong in one kind's declaration, across the
layers that derive from it: model, domain Fields, read model, service, search, part
links, labels and their French translation. A kind added without one of the steps of
docs/adding-a-kind.md fails here, with the step named.
"""

from __future__ import annotations

import ast
import dataclasses
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.enums import ActionStatus
from coopdesk.domain.errors import CoopdeskError
from coopdesk.services import read_models as rm
from coopdesk.services.kinds import (
    KINDS,
    FieldSpec,
    KindSpec,
    PartLink,
    UnknownKindError,
    kind_specs,
    part_links,
    spec_of,
)
from coopdesk.services.records import RecordService
from coopdesk.services.workspace_services import Services
from coopdesk.store import models as m
from coopdesk.store import search_index
from coopdesk.store.base import Record, SearchText, table_of
from coopdesk.store.sync_schema import record_models
from tests.domain import field_cases

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "coopdesk" / "ui" / "labels.py"
TS_FILE = ROOT / "resources" / "translations" / "coopdesk_fr.ts"
#: Columns every record has, which no Fields class carries.
RECORD_COLUMNS = frozenset({"id", "created_at", "created_by", "created_by_org", "updated_at",
                            "updated_by", "updated_by_org", "deleted_at", "deleted_by"})


def marked_kind_names() -> set[str]:
    """The kind names ui/labels.py marks for lupdate (context "kind"), read without Qt."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(LABELS.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
                and [getattr(arg, "value", None) for arg in node.args][:1] == ["kind"]):
            found.add(node.args[1].value)  # type: ignore[attr-defined]
    return found


def translated_kind_names() -> dict[str, str]:
    """Source -> French of the finished entries of context "kind" in the catalog."""
    found: dict[str, str] = {}
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        if context.findtext("name") != "kind":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None:
                found[message.findtext("source") or ""] = translation.text or ""
    return found


def _columns(model: type[Record]) -> set[str]:
    return {column.key for column in table_of(model).columns}


def problems(spec: KindSpec, *, labels: set[str] | None = None,
             translations: dict[str, str] | None = None) -> list[str]:
    """What is incomplete or inconsistent in *spec* (empty when it is declared right)."""
    found: list[str] = []
    model = spec.model
    if model.__kind__ != spec.kind:
        found.append(f"model {model.__name__} says kind {model.__kind__!r}")
    columns = _columns(model)
    business = columns - RECORD_COLUMNS - set(spec.extra_columns)
    fields = {item.name for item in dataclasses.fields(spec.fields_class)}
    if fields != business:
        found.append(f"Fields and columns differ: only in Fields {sorted(fields - business)}, "
                     f"only in the table {sorted(business - fields)}")
    if not set(spec.extra_columns) <= columns:
        found.append(f"extra columns {sorted(set(spec.extra_columns) - columns)} missing")
    if not callable(getattr(spec.fields_class, "validate", None)):
        found.append("the Fields class has no validate()")
    if not (isinstance(spec.read_model, type) and issubclass(spec.read_model, spec.fields_class)):
        found.append("the read model does not extend the Fields class")
    else:
        read = {item.name for item in dataclasses.fields(spec.read_model)}
        if read != fields | {"id", "audit"}:
            found.append(f"read model fields beyond Fields + id, audit: {sorted(read ^ fields)}")
    for name in spec.order_by:
        if name not in columns:
            found.append(f"order_by names no column: {name}")
    try:
        service = spec.service_class()
    except (ImportError, AttributeError) as error:
        found.append(f"service {spec.service} cannot be imported: {error}")
    else:
        if not issubclass(service, RecordService):
            found.append(f"service {spec.service} is not a RecordService")
    if not spec.label:
        found.append("no label")
    elif labels is not None and spec.label not in labels:
        found.append(f"label {spec.label!r} is not marked in ui/labels.py (KIND_NAMES)")
    elif translations is not None and not translations.get(spec.label):
        found.append(f"label {spec.label!r} has no French translation in the .ts catalog")
    search = spec.search
    if search is not None:
        for name in (*search.title, *search.body):
            if name not in columns:
                found.append(f"search text names no column: {name}")
        if spec.kind not in search_index.INDEXED_KINDS:
            found.append("searchable but not in the search index")
    link = model.__part_of__
    if link is not None:
        if link not in columns or not table_of(model).columns[link].foreign_keys:
            found.append(f"__part_of__ {link!r} is not a reference column")
        elif spec.part_of is None or spec.part_of.kind not in KINDS:
            found.append(f"__part_of__ {link!r} points at no declared kind")
    if spec.search_in_parent:
        if link is None:
            found.append("__search_in_parent__ without __part_of__")
        elif spec.part_of is not None and KINDS.get(spec.part_of.kind, spec).search is None:
            found.append("__search_in_parent__ but the parent is not searchable")
        for name in spec.search_in_parent:
            if name not in columns:
                found.append(f"__search_in_parent__ names no column: {name}")
    if spec.shown_in_parent and spec.part_of is None:
        found.append("shown_in_parent without __part_of__")
    flag = spec.private_flag
    if flag is not None and flag not in columns:
        found.append(f"private flag {flag!r} is no column")
    return found


# -- every kind, declared completely -----------------------------------------------------
@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_is_declared_completely(kind: str) -> None:
    assert problems(KINDS[kind], labels=marked_kind_names(),
                    translations=translated_kind_names()) == []


def test_every_record_model_has_exactly_one_spec() -> None:
    mapped = {model.__kind__: model for model in record_models().values()}
    assert set(KINDS) == set(mapped) == {model.__kind__ for model in m.ALL_MODELS}
    assert all(KINDS[kind].model is model for kind, model in mapped.items())
    assert len({spec.model for spec in kind_specs()}) == len(KINDS)


def test_every_kind_has_test_fields() -> None:
    # The lifecycle and unit-of-work tests run over every kind with these.
    assert set(field_cases.KINDS) == set(KINDS)
    assert set(field_cases.EDITS) == set(KINDS)


def test_a_kind_declared_incompletely_is_caught() -> None:
    good = spec_of("booking")
    assert problems(good) == []
    broken = dataclasses.replace(good, fields_class=ActionFields, read_model=rm.Booking,
                                 service="coopdesk.services.pooling:NoSuchService",
                                 order_by=("no_column",), label="Lent thing",
                                 shown_in_parent=False)
    found = "\n".join(problems(broken, labels=marked_kind_names()))
    for part in ("Fields and columns differ", "does not extend", "no_column",
                 "cannot be imported", "'Lent thing' is not marked"):
        assert part in found
    no_parent = dataclasses.replace(spec_of("organisation"), shown_in_parent=True)
    assert problems(no_parent) == ["shown_in_parent without __part_of__"]


def test_kinds_come_in_the_order_people_meet_them() -> None:
    assert list(KINDS)[:3] == ["organisation", "person", "project"]
    assert kind_specs() == tuple(KINDS.values())


# -- the API the command line uses ---------------------------------------------------------
def test_spec_of_an_unknown_kind_raises_a_typed_error() -> None:
    with pytest.raises(UnknownKindError) as raised:
        spec_of("potluck")
    assert raised.value.kind == "potluck"
    assert isinstance(raised.value, CoopdeskError) and isinstance(raised.value, KeyError)
    assert str(raised.value) == "There is no kind of record named “potluck”."


def test_field_specs_say_type_requirement_values_references_and_long_texts() -> None:
    action = spec_of("action")
    assert [item.name for item in action.fields] == [
        item.name for item in dataclasses.fields(ActionFields)]
    assert action.field("title") == FieldSpec("title", "str", required=True)
    assert action.field("status") == FieldSpec(
        "status", "enum", required=False, allowed=tuple(s.value for s in ActionStatus))
    assert action.field("owner_person_id") == FieldSpec(
        "owner_person_id", "str", required=False, reference_kind="person")
    assert action.field("origin_decision_id").reference_kind == "decision"
    assert action.field("description").long_text
    assert action.field("due_on").type_name == "date"
    assert spec_of("meeting").field("starts_at") == FieldSpec("starts_at", "datetime",
                                                              required=True)
    assert spec_of("contact_log_entry").field("is_private").type_name == "bool"
    with pytest.raises(KeyError):
        action.field("no_such_field")


def test_type_names_are_the_documented_ones() -> None:
    names = {item.type_name for spec in kind_specs() for item in spec.fields}
    assert names <= {"str", "int", "float", "bool", "date", "datetime", "enum"}
    for spec in kind_specs():
        for item in spec.fields:
            assert bool(item.allowed) == (item.type_name == "enum"), (spec.kind, item.name)
            if item.reference_kind is not None:
                assert item.reference_kind in KINDS


def test_every_kind_is_reachable_through_its_one_service(services: Services) -> None:
    for spec in kind_specs():
        service = services.service_for(spec.kind)
        assert isinstance(service, spec.service_class())
        assert service.kind == spec.kind and service.model is spec.model
        assert services.service_for(spec.kind) is service
        assert services.by_kind()[spec.kind] is service
    for doubled in ("action_plan", "exchange_log", "pooling", "review_history"):
        assert not hasattr(services, doubled), doubled


# -- what the old tables said, now derived ---------------------------------------------------
def test_part_links_are_the_ones_purge_used_to_list() -> None:
    assert {(link.kind, link.column) for link in part_links()} == {
        ("project_partner", "project_id"), ("reporting_deadline", "project_id"),
        ("objective", "project_id"), ("indicator", "objective_id"), ("charter", "project_id"),
        ("charter_version", "charter_id"), ("charter_acceptance", "charter_version_id"),
        ("agenda_item", "meeting_id"), ("attendance", "meeting_id"),
        ("decision", "meeting_id"), ("booking", "resource_id"), ("review", "project_id"),
        ("review_score", "review_id")}


def test_parents_are_the_ones_the_dashboard_used_to_list() -> None:
    assert {spec.kind: spec.parent for spec in kind_specs() if spec.parent} == {
        "agenda_item": PartLink("meeting", "meeting_id"),
        "attendance": PartLink("meeting", "meeting_id"),
        "decision": PartLink("meeting", "meeting_id"),
        "booking": PartLink("resource", "resource_id"),
        "review_score": PartLink("review", "review_id")}


def test_search_is_declared_on_the_models() -> None:
    assert set(search_index.INDEXED_KINDS) == {
        spec.kind for spec in kind_specs() if spec.search is not None} == {
        "organisation", "person", "project", "objective", "action", "contact_log_entry",
        "meeting", "resource"}
    assert set(search_index.PART_TEXTS) == {"agenda_item", "decision"}
    assert spec_of("person").search == SearchText(("first_name", "last_name"),
                                                  ("role", "email", "phone", "notes"))


def test_links_open_the_kinds_that_have_a_page() -> None:
    assert {spec.kind for spec in kind_specs() if spec.opens_by_link} == {
        "organisation", "person", "project", "action", "resource", "contact_log_entry",
        "meeting"}


def test_private_and_export_behaviour() -> None:
    assert {spec.kind: spec.private_flag for spec in kind_specs() if spec.private_flag} == {
        "contact_log_entry": "is_private"}
    assert all(spec.exported for spec in kind_specs())


def test_all_models_puts_parents_first() -> None:
    seen: set[str] = set()
    for model in m.ALL_MODELS:
        for column in table_of(model).columns:
            for key in column.foreign_keys:
                target = key.column.table.name
                assert target in seen or target == model.__tablename__, (model, target)
        seen.add(model.__tablename__)
