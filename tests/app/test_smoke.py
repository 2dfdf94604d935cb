"""`coopdesk --smoke-test` on the source tree: a real process passes every step, and a
failing step is named and ends the run with exit code 1."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from coopdesk.app import smoke
from coopdesk.services.search import SearchService

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def test_smoke_test_passes_in_a_fresh_process(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    env.pop("COOPDESK_RESOURCES", None)
    result = subprocess.run([sys.executable, "-m", "coopdesk", "--smoke-test"], cwd=tmp_path,
                            env=env, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for name, _step in smoke.STEPS:
        assert any(line.startswith(f"smoke: {name} ok (") for line in lines), result.stdout
    assert lines[-1].startswith(f"smoke: all {len(smoke.STEPS)} steps passed in ")
    assert "FAILED" not in result.stdout
    # The temporary folder is gone: nothing is left behind.
    assert not list(tmp_path.glob("coopdesk-smoke-*"))


def test_a_failing_step_is_named_and_stops_the_run(qapp: Any, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SearchService, "search", lambda self, text, limit=20, kinds=None: [])
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    out, err = io.StringIO(), io.StringIO()
    assert smoke.run_smoke_test(out, err) == 1
    lines = out.getvalue().splitlines()
    assert any(line.startswith("smoke: store ok (") for line in lines)
    assert lines[-1] == ("smoke: search FAILED: SmokeError: searching 'ephemere maison' did "
                         "not find 'Maison des Associations Éphémère'")
    assert not any(line.startswith(("smoke: sync", "smoke: window")) for line in lines)
    assert "Traceback" in err.getvalue()
    assert not list(tmp_path.glob("coopdesk-smoke-*"))


def test_the_command_line_runs_the_smoke_test(monkeypatch: pytest.MonkeyPatch) -> None:
    from coopdesk.app import main

    calls: list[bool] = []

    def fake_smoke_test() -> int:
        calls.append(True)
        return 3

    monkeypatch.setattr(smoke, "run_smoke_test", fake_smoke_test)
    assert main.main(["--smoke-test"]) == 3
    assert calls == [True]
