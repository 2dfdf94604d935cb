"""A tiny run of bench/bench_crypto.py: it measures what it says (both paths import and
export every op, the encrypted share holds no op in clear) and writes its JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import bench_crypto


def test_a_tiny_crypto_benchmark_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "crypto.json"
    assert bench_crypto.main(["--ops", "300", "--devices", "2", "--repeat", "1",
                              "--out", str(out)]) == 0
    result = json.loads(out.read_text("utf-8"))
    assert result["import"]["ops"] == 300 and result["import"]["files"] == 2
    assert result["export"]["clear"]["ops"] == result["export"]["encrypted"]["ops"] > 250
    assert result["derivation"]["params"] == {"t": 3, "m": 65536, "p": 4}
    files = result["import"]["files_only"]
    assert set(files) == {"clear", "encrypted"}
    assert "One key derivation" in capsys.readouterr().out
