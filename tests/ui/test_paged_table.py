"""The paged table model: pages fetched as the view scrolls, and a far row (the selected
record kept after a change) reached in one reading, not one reading per page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from coopdesk.ui.models.paged_table import PagedRowModel


@dataclass(frozen=True)
class Row:
    id: str


class Numbers(PagedRowModel[Row]):
    def __init__(self, total: int) -> None:
        super().__init__(["N"], page_size=10)
        self.all = [Row(str(n)) for n in range(total)]
        self.reads: list[tuple[int, int]] = []

    def fetch_rows(self, limit: int, offset: int) -> list[Row]:
        self.reads.append((limit, offset))
        return self.all[offset:offset + limit]

    def count_rows(self) -> int:
        return len(self.all)

    def data(self, index: QModelIndex | Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self._rows[index.row()].id
        return None


def test_scrolling_fetches_a_page_at_a_time(qtmodeltester: Any) -> None:
    model = Numbers(35)
    model.load()
    assert model.rowCount() == 10 and model.total() == 35 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 20 and model.reads[-1] == (10, 10)
    qtmodeltester.check(model)


def test_a_far_row_is_reached_in_one_reading() -> None:
    model = Numbers(3000)
    model.load()
    model.reads.clear()
    assert model.ensure_loaded(2999)
    assert model.rowCount() == 3000 and model.reads == [(2990, 10)]
    assert not model.ensure_loaded(3000)  # past the end: no reading, False


def test_a_near_row_still_reads_a_whole_page() -> None:
    model = Numbers(100)
    model.load()
    model.reads.clear()
    assert model.ensure_loaded(12)
    assert model.reads == [(10, 10)] and model.rowCount() == 20
