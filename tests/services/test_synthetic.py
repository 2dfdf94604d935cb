"""The benchmark's synthetic workspace, at a tiny scale: valid rows the services can read."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bench import bench_foundation
from bench.synthetic import counts_for, generate
from coopdesk.domain.actions import is_overdue
from coopdesk.domain.pooling import overlaps
from coopdesk.services.workspace_services import Services
from coopdesk.store import models as m
from coopdesk.store.models import ALL_MODELS
from coopdesk.store.workspace import Workspace
from tests.conftest import TEST_PROFILE

TODAY = dt.date(2026, 3, 10)
SCALE = 0.002


def _rows(workspace: Workspace) -> dict[str, int]:
    with workspace.db.reading() as session:
        return {model.__kind__: session.scalar(select(func.count()).select_from(model)) or 0
                for model in ALL_MODELS}


def test_tiny_synthetic_workspace_opens_and_lists(tmp_path: Path) -> None:
    folder = generate(tmp_path / "synthetic", scale=SCALE, seed=7, today=TODAY)
    expected = counts_for(SCALE)
    with Workspace.open(folder, TEST_PROFILE) as workspace:
        rows = _rows(workspace)
        assert all(rows.values()), [kind for kind, n in rows.items() if not n]
        for kind, n in expected.items():
            assert rows[kind] == n, kind
        services = Services(workspace)
        organisations = services.organisations.rows()
        with workspace.db.reading() as session:
            live = session.scalar(select(func.count()).select_from(m.Organisation).where(
                m.Organisation.deleted_at.is_(None)))
        assert len(organisations) == live
        assert sum(row.people_count for row in organisations) > 0
        assert services.people.rows() and services.projects.rows()
        actions = services.actions.list()
        assert any(is_overdue(a.status, a.due_on, TODAY) for a in actions)
        assert all(a.audit.created_by and a.audit.created_at <= a.audit.updated_at
                   for a in actions)
        assert services.exchanges.list(limit=5)
        meeting = services.meetings.list()[0]
        assert services.agenda.list(meeting_id=meeting.id)
        bookings = services.bookings.list()
        for a in bookings:
            assert not any(overlaps(a.starts_at, a.ends_at, b.starts_at, b.ends_at)
                           for b in bookings if b.resource_id == a.resource_id and b.id != a.id)
        with workspace.db.reading() as session:
            accented = session.scalar(select(func.count()).select_from(m.ContactLogEntry).where(
                m.ContactLogEntry.summary.like("%é%")))
        assert accented


def test_search_index_is_rebuilt(tmp_path: Path) -> None:
    folder = generate(tmp_path / "synthetic", scale=SCALE, seed=7, today=TODAY)
    with Workspace.open(folder, TEST_PROFILE) as workspace:
        services = Services(workspace)
        name = services.organisations.list(limit=1)[0].name
        hits = services.search.search(name, limit=50)
        assert any(hit.kind == "organisation" and hit.title == name for hit in hits)


def test_same_seed_same_content(tmp_path: Path) -> None:
    titles = []
    for name in ("a", "b"):
        folder = generate(tmp_path / name, scale=SCALE, seed=3, today=TODAY)
        with Workspace.open(folder, TEST_PROFILE) as workspace, workspace.db.reading() as s:
            titles.append(sorted(s.scalars(select(m.Action.title)).all()))
    assert titles[0] == titles[1]


def test_foundation_benchmark_runs_end_to_end(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "foundation.json"
    args = ["--scale", str(SCALE), "--cache", str(tmp_path / "cache"), "--repeat", "2",
            "--out", str(out)]
    assert bench_foundation.main(args) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert [item["list"] for item in result["lists"]] == [label for label, *_ in
                                                          bench_foundation.LISTS]
    assert all(item["rows"] > 0 and item["runs"] == 2 for item in result["lists"])
    assert result["search"]["queries"] == 50 and result["machine"]["sqlite"]
    assert "| Open workspace |" in capsys.readouterr().out
    assert bench_foundation.main(args) == 0  # the second run reuses the cached workspace
    assert "Reusing" in capsys.readouterr().out
