"""RecordTableModel keeps large lists quick: it sorts itself, caches cell texts and lets
the proxy filter on each row's text; filter boxes wait for a pause in typing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QTableView

from coopdesk.ui.models.record_table import Column, RecordTableModel, make_proxy
from coopdesk.ui.widgets.typing import TypingPause


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    size: int | None


class CountingColumns:
    """Columns that count how often their text is formatted."""

    def __init__(self) -> None:
        self.calls = 0

    def name(self, row: Row) -> str:
        self.calls += 1
        return row.name

    def columns(self) -> list[Column[Row]]:
        return [Column("Name", self.name),
                Column("Size", lambda r: "" if r.size is None else str(r.size),
                       sort_key=lambda r: r.size)]


ROWS = [Row("a", "Ecluse", 3), Row("b", "alpha", None), Row("c", "Marne", 12),
        Row("d", "beta", 3)]


def make(qtbot: Any) -> tuple[RecordTableModel[Row], Any, QTableView, CountingColumns]:
    counting = CountingColumns()
    model: RecordTableModel[Row] = RecordTableModel(counting.columns())
    proxy = make_proxy(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    model.set_rows(ROWS)
    return model, proxy, view, counting


def shown(proxy: Any, column: int = 0) -> list[str]:
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_the_model_sorts_itself_and_keeps_the_given_order_in_rows(qtbot: Any,
                                                                   qtmodeltester: Any) -> None:
    model, proxy, view, _counting = make(qtbot)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(n).id for n in range(4)] == ["b", "d", "a", "c"]  # casefolded
    assert shown(proxy) == ["alpha", "beta", "Ecluse", "Marne"]
    assert model.sorted_by() == (0, Qt.SortOrder.AscendingOrder)
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert shown(proxy, 1) == ["12", "3", "3", ""]
    assert [r.id for r in model.rows()] == ["a", "b", "c", "d"]  # as given
    # new rows come sorted the same way
    model.set_rows([Row("e", "x", 1), Row("f", "y", 40)])
    assert shown(proxy, 1) == ["40", "1"]
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


def test_sorting_keeps_the_selection_on_its_record(qtbot: Any) -> None:
    model, proxy, view, _counting = make(qtbot)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.selectRow(shown(proxy).index("Marne"))
    kept = QPersistentModelIndex(model.index(model.row_of(lambda r: r.id == "c"), 0))
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown(proxy)[0] == "Marne"
    assert kept.isValid() and model.row_at(kept.row()).id == "c"
    rows = view.selectionModel().selectedRows()
    assert [proxy.mapToSource(index).row() for index in rows] == [kept.row()]


def test_cell_texts_are_formatted_once_until_the_rows_change(qtbot: Any) -> None:
    model, _proxy, _view, counting = make(qtbot)
    counting.calls = 0
    for _ in range(3):
        assert [model.index(n, 0).data() for n in range(4)] == [
            model.row_at(n).name for n in range(4)]
    assert counting.calls == 4
    model.set_rows([Row("a", "Renamed", 3)])
    assert model.index(0, 0).data() == "Renamed"
    # a model updated in place announces it with dataChanged: the texts follow
    model._rows = [Row("a", "Again", 3)]
    model.dataChanged.emit(model.index(0, 0), model.index(0, 1))
    assert model.index(0, 0).data() == "Again"


def test_the_proxy_filters_on_every_column_without_case(qtbot: Any) -> None:
    _model, proxy, _view, counting = make(qtbot)
    proxy.setFilterFixedString("MAR")
    assert shown(proxy) == ["Marne"]
    proxy.setFilterFixedString("12")
    assert shown(proxy) == ["Marne"]  # found in the second column
    proxy.setFilterFixedString("")
    assert proxy.rowCount() == 4
    counting.calls = 0
    for text in ("a", "al", "alp"):
        proxy.setFilterFixedString(text)
    assert shown(proxy) == ["alpha"] and counting.calls == 0  # texts came from the cache


def test_typing_waits_for_a_pause_but_set_text_refreshes_at_once(qtbot: Any) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    seen: list[str] = []
    typing = TypingPause(edit, lambda: seen.append(edit.text()), pause_ms=50)
    edit.setText("lyon")
    assert seen == ["lyon"] and not typing.pending()
    edit.show()
    qtbot.keyClicks(edit, "ma")
    assert seen == ["lyon"] and typing.pending()  # two keys, no refresh yet
    qtbot.waitUntil(lambda: seen == ["lyon", "lyonma"])
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    typing.flush()
    assert seen[-1] == "lyonm" and not typing.pending()
