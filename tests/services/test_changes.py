"""Changes say whether they were made here or brought in by sync, and joining keeps both."""

from __future__ import annotations

from coopdesk.services.changes import Changes, Created, Origin


def test_a_change_is_local_unless_said_otherwise() -> None:
    edit = Changes.of("person", "p1")
    assert edit.origins == {Origin.LOCAL}
    assert edit.is_local and not edit.imported_only
    created = Created(frozenset({"person"}), frozenset({"p2"}), id="p2")
    assert created.is_local


def test_imported_changes_are_imported_only() -> None:
    got = Changes.imported({"person"}, {"p1"})
    assert got.imported_only and not got.is_local
    assert got.touches("person") and got.ids == {"p1"}


def test_joining_keeps_every_origin() -> None:
    local, imported = Changes.of("person", "p1"), Changes.imported({"project"}, {"x"})
    for joined in (local | imported, imported | local, Changes.union([imported, local])):
        assert joined.origins == {Origin.LOCAL, Origin.IMPORTED}
        assert joined.is_local and not joined.imported_only
        assert joined.kinds == {"person", "project"} and joined.ids == {"p1", "x"}
    both_imported = imported | Changes.imported({"person"}, {"p1"})
    assert both_imported.imported_only


def test_a_union_of_nothing_is_an_empty_local_change() -> None:
    nothing = Changes.union([])
    assert not nothing and nothing.is_local
