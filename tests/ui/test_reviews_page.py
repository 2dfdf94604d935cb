"""The reviews page: reviews of a project, the scoring grid, refusals, the chart over time,
the next review date, on a real workspace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QDialogButtonBox

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.enums import PartnerRole, Practice
from coopdesk.domain.projects import ProjectFields, ProjectPartnerFields
from coopdesk.domain.reviews import ReviewFields, ReviewScoreFields
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.formatting import date_text
from coopdesk.ui.pages.reviews import ReviewsPage
from coopdesk.ui.pages.reviews.chart import LOOKS, ScoreChart
from coopdesk.ui.pages.reviews.dialogs import ReviewDialog, ScoreDialog
from coopdesk.ui.pages.reviews.page import OVERDUE_STYLE
from coopdesk.ui.widgets.record_dialog import RecordDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")



@dataclass(frozen=True)
class Coop:
    project: str
    lead: str
    partner: str


class Recorder:
    def __init__(self, bus: Bus) -> None:
        self.statuses: list[str] = []
        self.undoables: list[tuple[str, Callable[[], Changes]]] = []
        bus.status.connect(self.statuses.append)
        bus.undoable.connect(lambda text, undo: self.undoables.append((text, undo)))


@pytest.fixture
def bus() -> Bus:
    return Bus()


@pytest.fixture
def recorder(bus: Bus) -> Recorder:
    return Recorder(bus)


@pytest.fixture
def coop(services: Services) -> Coop:
    lead = services.organisations.create(OrganisationFields(name="Centre social")).id
    partner = services.organisations.create(OrganisationFields(name="Arts & Murs")).id
    project = services.projects.create(ProjectFields(title="Réussite éducative")).id
    for org, role in ((lead, PartnerRole.LEAD), (partner, PartnerRole.PARTNER)):
        services.partners.create(ProjectPartnerFields(project_id=project, organisation_id=org,
                                                      role=role))
    return Coop(project, lead, partner)


def make_page(qtbot: Any, services: Services, bus: Bus) -> ReviewsPage:
    widget = ReviewsPage(services, bus)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    return widget


@pytest.fixture
def page(qtbot: Any, services: Services, bus: Bus, coop: Coop) -> ReviewsPage:
    return make_page(qtbot, services, bus)


def add_review(services: Services, bus: Bus, coop: Coop, held_on: dt.date,
               next_on: dt.date | None = None) -> str:
    created = services.reviews.create(ReviewFields(project_id=coop.project, held_on=held_on,
                                                   title=f"Bilan {held_on:%d/%m}",
                                                   next_review_on=next_on))
    bus.publish(created)
    return created.id


def click_save(dialog: RecordDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def drive(monkeypatch: pytest.MonkeyPatch, dialog_cls: type[RecordDialog],
          fill: Callable[[Any], None]) -> list[RecordDialog]:
    """Replace `ask`: build the real dialog, fill it, click Save."""
    opened: list[RecordDialog] = []

    def ask(cls: type[RecordDialog], *args: Any, **kwargs: Any) -> Changes | None:
        dialog = cls(*args, **kwargs)
        opened.append(dialog)
        fill(dialog)
        click_save(dialog)
        return dialog.changes if dialog.result() == RecordDialog.DialogCode.Accepted else None

    monkeypatch.setattr(dialog_cls, "ask", classmethod(ask))
    return opened


def cell_text(page: ReviewsPage, org: str, practice: Practice) -> str:
    model = page.reviews.grid_model
    return str(model.index_of(org, practice).data())


def contains_colour(image: QImage, colour: QColor) -> bool:
    """Whether some pixel has exactly *colour* (markers are filled with it)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    pixel = bytes([colour.blue(), colour.green(), colour.red(), 0xFF])
    return pixel in bytes(rgb.constBits())


# -- empty states ------------------------------------------------------------------------
def test_without_a_project_the_page_says_where_to_start(qtbot: Any, services: Services,
                                                        bus: Bus) -> None:
    page = make_page(qtbot, services, bus)
    assert page.title() == "Reviews"
    assert page.reviews.list_stack.is_empty()
    assert "No project yet" in page.reviews.list_stack.empty.text()
    assert not page.reviews.new_button.isEnabled() and not page.banner.isVisible()
    assert page.history_tab.chart.dates() == []


def test_ctrl_n_records_the_first_review(qtbot: Any, services: Services, page: ReviewsPage,
                                         coop: Coop, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = page.reviews
    assert tab.list_stack.is_empty() and "No review of this project yet" in (
        tab.list_stack.empty.text())
    assert tab.list_stack.empty.button.text() == "New review"
    assert page.project_combo.currentText() == "Réussite éducative (0 review(s))"

    def fill(dialog: ReviewDialog) -> None:
        assert dialog.project_combo.value() == coop.project
        assert dialog.held_edit.value() == dt.date.today()
        dialog.held_edit.setText("")
        click_save(dialog)
        assert dialog.error_label("held_on").text() == "This field cannot be empty."
        dialog.held_edit.setText("15/01/2026")
        dialog.next_edit.setText("01/01/2026")
        click_save(dialog)
        assert "comes before the start" in dialog.error_label("next_review_on").text()
        dialog.next_edit.setText("15/07/2026")
        dialog.title_edit.setText("Bilan d'hiver")
        dialog.comments_edit.setPlainText("La communication progresse.")

    drive(monkeypatch, ReviewDialog, fill)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [review] = services.reviews.list()
    assert (review.held_on, review.next_review_on) == (dt.date(2026, 1, 15),
                                                       dt.date(2026, 7, 15))
    assert tab.selected_id() == review.id
    assert tab.heading.text() == "Bilan d'hiver — " + date_text(review.held_on)
    assert tab.comments_label.text() == "La communication progresse."
    assert page.project_combo.currentText() == "Réussite éducative (1 review(s))"
    grid = tab.grid_model
    assert [grid.index(row, 0).data() for row in range(grid.rowCount())] == [
        "Centre social", "Arts & Murs"]
    assert grid.headerData(1, Qt.Orientation.Horizontal) == "Common objectives"


# -- scoring -------------------------------------------------------------------------------
def test_score_in_the_grid_and_see_it_in_the_chart(qtbot: Any, services: Services, bus: Bus,
                                                   page: ReviewsPage, coop: Coop,
                                                   recorder: Recorder) -> None:
    held_on = dt.date(2026, 2, 10)
    review = add_review(services, bus, coop, held_on)
    tab = page.reviews
    assert tab.select_cell(coop.lead, Practice.OBJECTIVES)
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_4)  # typing a digit opens the editor with it
    editor = tab.grid.focusWidget()
    assert editor is not tab.grid
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on its next turn
    qtbot.waitUntil(lambda: bool(services.review_scores.list()))
    [saved] = services.review_scores.list()
    assert (saved.review_id, saved.organisation_id, saved.practice, saved.score) == (
        review, coop.lead, Practice.OBJECTIVES, 4)
    assert cell_text(page, coop.lead, Practice.OBJECTIVES) == "4"
    assert recorder.undoables[-1][0] == "Score Centre social — Common objectives"
    model = tab.grid_model
    assert model.setData(model.index_of(coop.partner, Practice.OBJECTIVES), 2)
    assert model.setData(model.index_of(coop.partner, Practice.EVALUATION), 5)

    page.tabs.setCurrentIndex(page.HISTORY)
    chart = page.history_tab.chart
    series = {s.practice: s.points for s in chart.series()}
    assert [(p.held_on, p.average, p.count) for p in series[Practice.OBJECTIVES]] == [
        (held_on, 3.0, 2)]
    assert [(p.held_on, p.average) for p in series[Practice.EVALUATION]] == [(held_on, 5.0)]
    assert series[Practice.FRAMEWORK] == ()
    assert chart.dates() == [held_on]
    assert "Common objectives: 3 on" in chart.accessibleDescription()
    image = chart.grab().toImage()
    assert not image.isNull() and image.width() == chart.width()
    for practice in (Practice.OBJECTIVES, Practice.EVALUATION):
        centre = chart.point_of(practice, held_on)
        assert centre is not None
        assert image.pixelColor(centre.toPoint()) == chart.colour(practice)
    assert chart.point_of(Practice.FRAMEWORK, held_on) is None
    plot, objectives = chart.plot_rect(), chart.point_of(Practice.OBJECTIVES, held_on)
    assert objectives is not None and plot.contains(objectives)
    assert chart.y_of(plot, 5.0) < objectives.y() < chart.y_of(plot, 1.0)
    partners = page.history_tab.model.rows()
    assert [(p.name, p.latest(Practice.OBJECTIVES)) for p in partners] == [
        ("Arts & Murs", 2), ("Centre social", 4)]

    # A second review later: each line now joins two dates.
    later = add_review(services, bus, coop, dt.date(2026, 8, 10))
    services.review_scores.create(ReviewScoreFields(
        review_id=later, organisation_id=coop.lead, practice=Practice.OBJECTIVES, score=5))
    bus.publish(Changes.of("review_score"))
    assert chart.dates() == [held_on, dt.date(2026, 8, 10)]
    assert [p.average for p in chart.series()[0].points] == [3.0, 5.0]
    assert not chart.grab().toImage().isNull()
    assert page.history_tab.hint.isHidden()
    lead = next(p for p in page.history_tab.model.rows() if p.name == "Centre social")
    assert lead.change(Practice.OBJECTIVES) == 1
    column = list(Practice).index(Practice.OBJECTIVES) + 1
    row = page.history_tab.model.row_of(lambda p: p.name == "Centre social")
    assert page.history_tab.model.index(row, column).data() == "5 ↗"


def test_refused_scores_show_the_service_message(services: Services, bus: Bus,
                                                 page: ReviewsPage, coop: Coop,
                                                 recorder: Recorder) -> None:
    review = add_review(services, bus, coop, dt.date(2026, 2, 10))
    model = page.reviews.grid_model
    cell = model.index_of(coop.lead, Practice.FRAMEWORK)
    assert not model.setData(cell, 9)
    assert page.messages.text() == "A score goes from 1 to 5; 9 is outside."
    assert recorder.statuses[-1] == page.messages.text()
    assert services.review_scores.list() == []
    # Someone else scored the cell meanwhile: the grid still shows it empty.
    services.review_scores.create(ReviewScoreFields(
        review_id=review, organisation_id=coop.lead, practice=Practice.FRAMEWORK, score=2))
    assert not model.setData(cell, 4)
    assert page.messages.text() == ("This partner already has a score for this practice in "
                                    "this review; change that score instead.")
    assert [s.score for s in services.review_scores.list()] == [2]
    assert recorder.undoables == []


def test_score_with_a_comment_then_clear_it_and_undo(qtbot: Any, services: Services,
                                                     bus: Bus, page: ReviewsPage, coop: Coop,
                                                     recorder: Recorder,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    add_review(services, bus, coop, dt.date(2026, 2, 10))
    tab = page.reviews

    def fill(dialog: ScoreDialog) -> None:
        assert dialog.practice is Practice.COMMUNICATION
        dialog.score_spin.setValue(2)
        dialog.comment_edit.setPlainText("Les comptes rendus arrivent tard.")

    drive(monkeypatch, ScoreDialog, fill)
    tab.select_cell(coop.partner, Practice.COMMUNICATION)
    qtbot.keyClick(tab.grid, Qt.Key.Key_Return)  # Enter: the score's form
    [score] = services.review_scores.list()
    assert (score.score, score.comment) == (2, "Les comptes rendus arrivent tard.")
    assert cell_text(page, coop.partner, Practice.COMMUNICATION) == "2 ✎"
    index = tab.grid_model.index_of(coop.partner, Practice.COMMUNICATION)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == score.comment
    assert tab.cell_label.text() == ("Arts & Murs — Communication: Les comptes rendus "
                                     "arrivent tard.")
    # Retyping the score keeps the comment.
    assert tab.grid_model.setData(index, 3)
    assert services.review_scores.get(score.id).comment == score.comment

    assert tab.clear_button.isEnabled()
    tab.grid.setFocus()
    qtbot.keyClick(tab.grid, Qt.Key.Key_Delete)
    assert services.review_scores.list() == []
    assert cell_text(page, coop.partner, Practice.COMMUNICATION) == "—"
    text, undo = recorder.undoables[-1]
    assert text == "Delete “Arts & Murs — Communication”"
    bus.publish(undo())
    assert cell_text(page, coop.partner, Practice.COMMUNICATION) == "3 ✎"
    # Undoing the retyped score brings back the 2.
    text, undo = recorder.undoables[-2]
    assert text == "Change the score Arts & Murs — Communication"
    bus.publish(undo())
    assert cell_text(page, coop.partner, Practice.COMMUNICATION) == "2 ✎"


# -- reviews and the next one --------------------------------------------------------------
def test_next_review_shown_and_overdue_highlighted(services: Services, bus: Bus,
                                                   page: ReviewsPage, coop: Coop) -> None:
    assert not page.banner.isVisible()
    review = add_review(services, bus, coop, dt.date.today() - dt.timedelta(days=200),
                        dt.date.today() - dt.timedelta(days=20))
    assert page.banner.isVisible()
    assert page.banner_label.text() == (
        f"The next review was due on {date_text(dt.date.today() - dt.timedelta(days=20))}, "
        "20 day(s) ago.")
    assert page.banner.styleSheet() == OVERDUE_STYLE
    assert page.banner_label.font().bold()
    assert page.banner_label.font().pointSizeF() > page.font().pointSizeF()
    fields = services.reviews.get(review)
    bus.publish(services.reviews.update(review, ReviewFields(
        project_id=coop.project, held_on=fields.held_on, title=fields.title,
        next_review_on=dt.date.today() + dt.timedelta(days=30))))
    assert page.banner_label.text() == (
        f"Next review on {date_text(dt.date.today() + dt.timedelta(days=30))}, in 30 day(s).")
    assert page.banner.styleSheet() != OVERDUE_STYLE
    add_review(services, bus, coop, dt.date.today())
    assert page.banner_label.text().startswith("No next review planned")


def test_delete_a_review_to_the_trash_and_undo(qtbot: Any, services: Services, bus: Bus,
                                               page: ReviewsPage, coop: Coop,
                                               recorder: Recorder) -> None:
    older = add_review(services, bus, coop, dt.date(2026, 1, 10))
    newer = add_review(services, bus, coop, dt.date(2026, 6, 10))
    tab = page.reviews
    assert tab.selected_id() == older  # a review added elsewhere leaves the selection
    assert tab.select(newer)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert services.reviews.get(newer).audit.in_trash
    assert tab.selected_id() == older
    text, undo = recorder.undoables[-1]
    assert text == "Delete “Bilan 10/06”"
    bus.publish(undo())
    assert [line.review.id for line in tab.model.rows()] == [older, newer]


def test_show_record_opens_the_review_and_its_score(services: Services, bus: Bus,
                                                    page: ReviewsPage, coop: Coop) -> None:
    other = services.projects.create(ProjectFields(title="Autre projet")).id
    bus.publish(Changes.of("project", other))
    first = add_review(services, bus, coop, dt.date(2026, 1, 10))
    add_review(services, bus, coop, dt.date(2026, 6, 10))
    score = services.review_scores.create(ReviewScoreFields(
        review_id=first, organisation_id=coop.partner, practice=Practice.EVALUATION,
        score=3)).id
    page.select_project(other)
    page.tabs.setCurrentIndex(page.HISTORY)
    assert page.show_record("review_score", score)
    assert page.project_id() == coop.project and page.tabs.currentIndex() == page.REVIEWS
    assert page.reviews.selected_id() == first
    current = page.reviews.grid.currentIndex()
    assert page.reviews.grid_model.score_at(current).id == score
    assert page.current_record() == ("review_score", score)
    page.reviews.table.setFocus()
    assert page.current_record() == ("review", first)
    assert not page.show_record("project", coop.project)
    services.reviews.delete(first)
    assert not page.show_record("review", first)


def test_models_pass_the_model_tester(qtmodeltester: Any, services: Services, bus: Bus,
                                      page: ReviewsPage, coop: Coop) -> None:
    review = add_review(services, bus, coop, dt.date(2026, 1, 10))
    services.review_scores.create(ReviewScoreFields(
        review_id=review, organisation_id=coop.lead, practice=Practice.EVALUATION, score=3,
        comment="Bien"))
    bus.publish(Changes.of("review_score"))
    for model in (page.reviews.grid_model, page.reviews.model, page.reviews.proxy,
                  page.history_tab.model, page.history_tab.proxy):
        qtmodeltester.check(model)


def test_the_chart_reads_on_a_dark_palette(qtbot: Any, services: Services, bus: Bus,
                                           coop: Coop) -> None:
    review = add_review(services, bus, coop, dt.date(2026, 1, 10))
    for org, score in ((coop.lead, 5), (coop.partner, 3)):
        services.review_scores.create(ReviewScoreFields(
            review_id=review, organisation_id=org, practice=Practice.COMPLEMENTARITY,
            score=score))
    chart = ScoreChart()
    qtbot.addWidget(chart)
    dark = QPalette(chart.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    chart.setPalette(dark)
    chart.resize(640, 400)
    chart.set_series(services.reviews.history(coop.project).series)
    image = chart.grab().toImage()
    assert image.pixelColor(2, 2) == QColor("#202124")
    lightened = chart.colour(Practice.COMPLEMENTARITY)
    assert lightened.lightness() > QColor(LOOKS[Practice.COMPLEMENTARITY].colour).lightness()
    assert contains_colour(image, lightened)
    assert contains_colour(image, QColor("#e8eaed"))  # axis labels in the palette's text


def test_empty_chart_says_what_to_do(qtbot: Any) -> None:
    chart = ScoreChart()
    qtbot.addWidget(chart)
    chart.resize(500, 300)
    chart.set_series(())
    assert "No score yet" in chart.accessibleDescription()
    assert not chart.grab().toImage().isNull()


def test_demo_history_screenshot_state(qtbot: Any, demo_services: Services) -> None:
    page = make_page(qtbot, demo_services, Bus())
    states = dict(page.extra_screenshots())
    states["history"]()
    assert page.tabs.currentIndex() == page.HISTORY
    chart = page.history_tab.chart
    assert chart.dates() and all(s.points for s in chart.series())
    assert page.banner.isVisible() and page.banner_label.text().startswith("Next review on")
