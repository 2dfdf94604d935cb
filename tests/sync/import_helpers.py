"""Reading share files in tests the way the importer does."""

from __future__ import annotations

from pathlib import Path

from coopdesk.services.sharing.importing import parse_segment
from coopdesk.sync import frame
from coopdesk.sync.ops import Dot


def segment_dots(path: Path) -> list[Dot]:
    """The dots of the ops in a segment file (which must read as ok)."""
    result = frame.decode(path.read_bytes())
    assert result.status is frame.FileStatus.OK, (path, result.reason)
    return [op.dot for op, _author, _org in parse_segment(result.header or {},
                                                         result.payload or b"")]
