"""The dashboard kept between runs: exact for the closed file, refused after any change,
damaged copies ignored; and the JSON codec of frozen read models it uses."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from enum import StrEnum
from pathlib import Path
from typing import Generic, TypeVar

import pytest

from coopdesk.domain.actions import ActionFields
from coopdesk.domain.enums import ActionStatus
from coopdesk.domain.profile import Profile
from coopdesk.services import dashboard_cache
from coopdesk.services.dashboard_cache import DashboardCache, key_of
from coopdesk.services.dashboard_model import Dashboard
from coopdesk.services.demo import create_demo_workspace
from coopdesk.services.frozen_json import from_json, to_json
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace

TODAY = dt.date(2026, 3, 11)
MARIE = Profile(name="Marie Lefebvre", organisation="Centre social Les Tilleuls")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dashboard-cache") / "demo"
    create_demo_workspace(folder, MARIE, TODAY).close()
    return folder


@pytest.fixture
def folder(demo_template: Path, tmp_path: Path) -> Path:
    shutil.copytree(demo_template, tmp_path / "demo")
    return tmp_path / "demo"


@pytest.fixture
def cache(tmp_path: Path) -> DashboardCache:
    return DashboardCache(tmp_path / "cache")


def read_and_close(folder: Path, profile: Profile = MARIE, days: int = 1) -> list[Dashboard]:
    """The dashboards of the workspace in *folder* for *days* days from TODAY, read the way
    the app does at closing."""
    workspace = Workspace.open(folder, profile)
    try:
        return [Services(workspace).dashboard.load(TODAY + dt.timedelta(days=n))
                for n in range(days)]
    finally:
        workspace.close()


def kept(folder: Path, cache: DashboardCache, profile: Profile = MARIE,
         days: int = 1) -> Dashboard:
    boards = read_and_close(folder, profile, days)
    key = key_of(folder, profile)
    assert key is not None and cache.save(key, boards, "Démo")
    return boards[0]


def test_a_kept_dashboard_comes_back_equal_with_every_section(
        folder: Path, cache: DashboardCache) -> None:
    board = kept(folder, cache)
    assert board.overdue.lines and board.next_meetings.lines and board.changes_by_others.lines
    key = key_of(folder, MARIE)
    assert key is not None
    cached = cache.load(key, TODAY)
    assert cached is not None and cached.workspace_name == "Démo"
    assert cached.board == board
    # Read models compare their edit_base out; the codec must not lose the rest either.
    assert cached.board.overdue.lines[0].action.audit == board.overdue.lines[0].action.audit
    assert list(cache.folder.iterdir()) == [cache.file_for(folder)]  # no temporary left


def test_a_change_to_the_workspace_since_makes_the_copy_unusable(
        folder: Path, cache: DashboardCache) -> None:
    kept(folder, cache)
    with Workspace.open(folder, MARIE) as workspace:  # another program, a command-line sync
        Services(workspace).actions.create(ActionFields(title="Nouvelle action"))
    key = key_of(folder, MARIE)
    assert key is not None and cache.load(key, TODAY) is None


def test_opening_and_closing_without_a_change_keeps_the_copy_usable(
        folder: Path, cache: DashboardCache) -> None:
    kept(folder, cache)
    with Workspace.open(folder, MARIE) as workspace:
        Services(workspace).dashboard.load(TODAY)
    key = key_of(folder, MARIE)
    assert key is not None and cache.load(key, TODAY) is not None


def test_the_next_days_kept_are_what_those_days_would_read(folder: Path,
                                                             cache: DashboardCache) -> None:
    """Overdue and due-soon move with the day: each kept day is that day's own reading."""
    kept(folder, cache, days=3)
    key = key_of(folder, MARIE)
    assert key is not None
    later = TODAY + dt.timedelta(days=2)
    cached = cache.load(key, later)
    with Workspace.open(folder, MARIE) as workspace:
        fresh = Services(workspace).dashboard.load(later)
    assert cached is not None and cached.board == fresh and cached.board.today == later
    assert cache.load(key, TODAY) is not None
    assert cache.load(key, TODAY + dt.timedelta(days=3)) is None  # not kept
    assert cache.load(key, TODAY - dt.timedelta(days=1)) is None


@pytest.mark.parametrize("change", ["day", "profile", "version", "moved"])
def test_another_day_profile_version_or_place_makes_the_copy_unusable(
        folder: Path, cache: DashboardCache, change: str, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    kept(folder, cache)
    key = key_of(folder, MARIE)
    assert key is not None
    day = TODAY
    if change == "day":
        day = TODAY + dt.timedelta(days=1)
    elif change == "profile":
        key = key_of(folder, Profile(name="Karim Benali", organisation="UST"))
    elif change == "version":
        monkeypatch.setattr(dashboard_cache, "__version__", "99.0")
    else:
        moved = tmp_path / "moved"
        shutil.copytree(folder, moved)
        key = key_of(moved, MARIE)
    assert key is not None and cache.load(key, day) is None


@pytest.mark.parametrize("damage", ["garbage", "truncated", "wrong type", "bad enum",
                                    "missing field", "huge", "not an object"])
def test_a_damaged_copy_is_ignored_never_an_error(folder: Path, cache: DashboardCache,
                                                  damage: str) -> None:
    kept(folder, cache)
    path = cache.file_for(folder)
    text = path.read_text(encoding="utf-8")
    saved = json.loads(text)
    board = saved["dashboards"][TODAY.isoformat()]
    if damage == "garbage":
        path.write_bytes(b"\x00\xff not json")
    elif damage == "truncated":
        path.write_text(text[: len(text) // 2], encoding="utf-8")
    elif damage == "wrong type":
        board["overdue"]["total"] = "three"
    elif damage == "bad enum":
        board["overdue"]["lines"][0]["action"]["status"] = "abandoned-forever"
    elif damage == "missing field":
        del board["next_meetings"]["lines"][0]["title"]
    elif damage == "huge":
        saved["padding"] = "x" * (dashboard_cache.MAX_BYTES + 1)
    else:
        saved = ["not", "an", "object"]
    if damage not in ("garbage", "truncated"):
        path.write_text(json.dumps(saved), encoding="utf-8")
    key = key_of(folder, MARIE)
    assert key is not None and cache.load(key, TODAY) is None


def test_no_database_file_no_key_and_an_unwritable_cache_is_no_error(
        tmp_path: Path, folder: Path) -> None:
    assert key_of(tmp_path / "nowhere", MARIE) is None
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be")
    boards = read_and_close(folder)
    key = key_of(folder, MARIE)
    assert key is not None
    assert not DashboardCache(blocked).save(key, boards, "Démo")
    DashboardCache(blocked).forget(folder)  # nothing to remove, no error


# -- the codec ----------------------------------------------------------------------------
T = TypeVar("T")


class Colour(StrEnum):
    RED = "red"
    BLUE = "blue"


@dataclasses.dataclass(frozen=True)
class Box(Generic[T]):
    items: tuple[T, ...]
    note: str | None = None


@dataclasses.dataclass(frozen=True)
class Sample:
    when: dt.datetime
    day: dt.date | None
    colours: frozenset[Colour]
    boxes: Box[Box[int]]
    ratio: float
    pair: tuple[str, int]
    status: ActionStatus = ActionStatus.TODO


def sample() -> Sample:
    return Sample(when=dt.datetime(2026, 3, 11, 9, 30, tzinfo=dt.UTC), day=None,
                  colours=frozenset({Colour.RED, Colour.BLUE}),
                  boxes=Box((Box((1, 2)), Box((), "vide"))), ratio=2.0, pair=("a", 1))


def test_the_codec_rebuilds_nested_generic_dataclasses() -> None:
    data = json.loads(json.dumps(to_json(sample())))
    assert data["colours"] == ["blue", "red"] and data["ratio"] == 2.0
    assert from_json(Sample, data) == sample()


@pytest.mark.parametrize(("field", "value"), [
    ("when", "yesterday"), ("when", 12), ("day", "2026-03-11T09:30:00"), ("colours", ["green"]),
    ("boxes", {"items": [{"items": ["one"], "note": None}], "note": None}),
    ("pair", ["a"]), ("ratio", "2"), ("status", "someday")])
def test_the_codec_refuses_what_the_annotations_do_not_allow(field: str, value: object) -> None:
    data = to_json(sample())
    data[field] = value
    with pytest.raises(ValueError):
        from_json(Sample, data)


def test_the_codec_refuses_values_it_cannot_store() -> None:
    with pytest.raises(ValueError):
        to_json({"a": 1})
