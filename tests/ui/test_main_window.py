"""The main window on the demo workspace: navigation, search, undo, menus, status bar."""

from __future__ import annotations

import importlib.util
import logging
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from coopdesk.domain.errors import NotFoundError
from coopdesk.services.changes import Changes
from coopdesk.services.workspace_services import Services
from coopdesk.ui.bus import Bus
from coopdesk.ui.dialogs.about import AboutDialog, DataLocations
from coopdesk.ui.dialogs.messages import Alert
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.pages import registry
from coopdesk.ui.pages.registry import AREAS, PageSpec, build_pages, page_class
from coopdesk.ui.search_popup import Hit, SearchBox, excerpt, matched_parts

MakeWindow = Callable[..., MainWindow]

# The offscreen platform warns when a top-level window is shown; nothing to fix in the app.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def existing_areas() -> list[str]:
    return [spec.page_id for spec in AREAS if importlib.util.find_spec(spec.module) is not None]


def org_id(services: Services, name: str) -> str:
    return next(o.id for o in services.organisations.list() if o.name == name)


# -- pages and navigation -------------------------------------------------------------------
def test_window_lists_only_the_pages_that_exist(make_window: MakeWindow,
                                                demo_services: Services) -> None:
    window = make_window(demo_services)
    ids = [page.page_id for page in window.pages]
    assert ids == existing_areas()
    assert {"projects", "directory"} <= set(ids)
    assert window.nav.count() == len(ids) == window.stack.count()
    assert window.page_titles() == [page.title() for page in window.pages]
    assert ids.index("projects") < ids.index("directory")  # the order of the issue
    assert window.windowTitle() == f"{demo_services.workspace.name} — coopdesk"
    assert window.workspace_label.text() == demo_services.workspace.name
    assert window.profile_label.text() == "Marie Dupont — Asso du Pont"
    assert (window.width(), window.height()) == (1280, 800)


def test_clicking_the_navigation_switches_pages(make_window: MakeWindow, qtbot: Any,
                                               demo_services: Services) -> None:
    window = make_window(demo_services)
    for row in reversed(range(window.nav.count())):
        rect = window.nav.visualItemRect(window.nav.item(row))
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        assert window.stack.currentWidget() is window.pages[row]
        assert window.current_page() is window.pages[row]
    assert window.show_page("directory")
    assert window.current_page() is window.page("directory")
    assert not window.show_page("no-such-page")


def test_registry_leaves_out_a_missing_page_module(monkeypatch: pytest.MonkeyPatch,
                                                  caplog: pytest.LogCaptureFixture,
                                                  services: Services) -> None:
    monkeypatch.setattr(registry, "AREAS", (
        PageSpec("meetings", "coopdesk.ui.pages.not_written_yet", "MeetingsPage"),
        PageSpec("directory", "coopdesk.ui.pages.directory", "DirectoryPage"),
    ))
    with caplog.at_level(logging.INFO, logger="coopdesk.ui.pages.registry"):
        pages = build_pages(services, Bus())
    assert [page.page_id for page in pages] == ["directory"]
    assert "not_written_yet" in caplog.text


def test_registry_does_not_hide_a_broken_page(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    (tmp_path / "broken_page_module.py").write_text(textwrap.dedent("""
        import a_module_nobody_wrote  # noqa: F401
    """))
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ModuleNotFoundError):
        page_class(PageSpec("broken", "broken_page_module", "BrokenPage"))


# -- search -----------------------------------------------------------------------------
def search(qtbot: Any, box: SearchBox, text: str) -> list[Hit]:
    """Type *text* (accents dropped: QTest types ASCII only; search ignores accents)."""
    box.setFocus()
    qtbot.keyClicks(box, unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode())
    qtbot.waitUntil(lambda: box.popup.isVisible() and bool(box.popup.hits()))
    return box.popup.hits()


def test_search_opens_an_organisation_with_the_keyboard(make_window: MakeWindow, qtbot: Any,
                                                        demo_services: Services) -> None:
    window = make_window(demo_services)
    window.show_page("projects")
    hits = search(qtbot, window.search_box, "main verte")
    wanted = org_id(demo_services, "Jardin partagé La Main verte")
    row = next(n for n, hit in enumerate(hits) if hit.id == wanted)
    assert hits[row].kind == "organisation"
    for _ in range(row):
        qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.search_box.popup.current_hit() == hits[row]
    with qtbot.waitSignal(window.bus.open_record) as opened:
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert opened.args == ["organisation", wanted]
    assert window.current_page() is window.page("directory")
    assert not window.search_box.popup.isVisible()
    assert window.search_box.text() == ""


def test_search_hits_show_kind_title_and_bold_match(make_window: MakeWindow, qtbot: Any,
                                                   demo_services: Services) -> None:
    window = make_window(demo_services)
    hits = search(qtbot, window.search_box, "tilleuls")
    assert all(hit.title for hit in hits)
    assert any(hit.kind == "project" for hit in hits)
    bold = [text for hit in hits for text, match in hit.snippet if match]
    assert bold and all("tilleul" in text.casefold() for text in bold)
    assert any("<b>" in hit.snippet_html() for hit in hits)
    # Up and Down stay inside the list; Escape closes it.
    box = window.search_box
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.popup.list.currentRow() == 0
    for _ in range(len(hits) + 3):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.popup.list.currentRow() == len(hits) - 1
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.popup.isVisible()


def test_search_opens_a_project_on_the_projects_page(make_window: MakeWindow, qtbot: Any,
                                                     demo_services: Services) -> None:
    window = make_window(demo_services)
    window.show_page("directory")
    project = demo_services.projects.list()[0]
    hits = search(qtbot, window.search_box, project.title)
    assert hits[0].kind == "project" and hits[0].id == project.id
    window.search_box.popup.list.setCurrentRow(0)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Enter)
    assert window.current_page() is window.page("projects")


def test_search_reports_nothing_found(make_window: MakeWindow, qtbot: Any,
                                      demo_services: Services) -> None:
    window = make_window(demo_services)
    box = window.search_box
    box.setText("zzzquux")
    box.search_now()
    assert box.searching()  # the query runs in a worker
    qtbot.waitUntil(box.popup.isVisible)
    assert box.popup.hits() == [] and not box.searching()
    assert "zzzquux" in box.popup.list.item(0).text()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # nothing to open: nothing happens
    assert box.popup.isVisible()


def test_search_drops_the_hits_of_a_query_typed_past(make_window: MakeWindow, qtbot: Any,
                                                     demo_services: Services) -> None:
    window = make_window(demo_services)
    box = window.search_box
    asked: list[str] = []
    search = demo_services.search.search

    def recording(text: str) -> Any:
        asked.append(text)
        return search(text)

    box.searcher = recording
    box.setText("tilleuls")
    box.search_now()
    box.setText("main verte")  # typed further before the first hits arrived
    box.search_now()
    qtbot.waitUntil(lambda: bool(box.popup.hits()))
    assert asked[-1] == "main verte"
    assert any("Main verte" in hit.title for hit in box.popup.hits())
    assert not any("Tilleuls" in hit.title for hit in box.popup.hits())
    # Leaving the search drops whatever is still running.
    box.setText("parentalite")
    box.search_now()
    box.close_popup()
    qtbot.waitUntil(lambda: window.runner.running() == 0)
    assert not box.popup.isVisible()


def test_enter_while_the_search_runs_opens_the_first_hit(make_window: MakeWindow, qtbot: Any,
                                                        demo_services: Services) -> None:
    window = make_window(demo_services)
    window.show_page("directory")
    project = demo_services.projects.list()[0]
    box = window.search_box
    box.setFocus()
    box.setText(project.title)
    with qtbot.waitSignal(window.bus.open_record) as opened:
        qtbot.keyClick(box, Qt.Key.Key_Return)  # before any hit is shown
    assert opened.args == ["project", project.id]
    assert window.current_page() is window.page("projects")


def test_search_box_without_a_search_service(qtbot: Any) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(800, 400)
    box = SearchBox(None, holder, holder)
    box.setText("réunion")
    box.search_now()
    assert box.popup.hits() == []
    assert "not available" in box.popup.list.item(0).text()


def test_a_failing_search_is_logged_not_raised(qtbot: Any, caplog: pytest.LogCaptureFixture
                                               ) -> None:
    def broken(_text: str) -> list[Any]:
        raise RuntimeError("index damaged")

    holder = QWidget()
    qtbot.addWidget(holder)
    box = SearchBox(broken, holder, holder)
    box.setText("x")
    with caplog.at_level(logging.ERROR):
        box.search_now()
    assert box.popup.hits() == [] and "index damaged" in caplog.text


def test_matches_ignore_case_and_accents() -> None:
    assert matched_parts("Prochaine Réunion du comité", "reunion COMITE") == (
        ("Prochaine ", False), ("Réunion", True), (" du ", False), ("comité", True))
    assert matched_parts("ÉTÉ 2026", "ete") == (("ÉTÉ", True), (" 2026", False))
    long_text = "début " + "x " * 200 + "le mot cherché " + "y " * 200
    cut = excerpt(long_text, "cherche", width=60)
    assert len(cut) <= 62 and "cherché" in cut and cut.startswith("…") and cut.endswith("…")


def test_open_record_of_a_kind_no_page_shows(make_window: MakeWindow,
                                            demo_services: Services) -> None:
    window = make_window(demo_services)
    assert not window.open_record("telescope", "x")
    assert "telescope" in window.statusBar().currentMessage()


# -- status bar and undo ------------------------------------------------------------------
def test_status_messages_from_the_bus(make_window: MakeWindow, demo_services: Services) -> None:
    window = make_window(demo_services)
    window.bus.status.emit("Structure enregistrée")
    assert window.statusBar().currentMessage() == "Structure enregistrée"


def test_undo_restores_a_deleted_record(make_window: MakeWindow, qtbot: Any,
                                        demo_services: Services) -> None:
    window = make_window(demo_services)
    assert not window.undo_action.isEnabled()
    wanted = org_id(demo_services, "Collectif Arts & Murs")
    demo_services.organisations.delete(wanted)
    window.bus.undoable.emit("Collectif Arts & Murs deleted",
                             lambda: demo_services.organisations.restore(wanted))
    assert window.undo_action.isEnabled()
    assert "Collectif Arts &amp; Murs deleted" in window.undo_label.text()
    assert window.undo_label.isVisible() and "Undo" in window.undo_label.text()
    with qtbot.waitSignal(window.bus.changed) as published:
        window.undo_action.trigger()
    assert published.args[0].touches("organisation")
    assert not demo_services.organisations.get(wanted).audit.in_trash
    assert not window.undo_action.isEnabled() and not window.undo_label.isVisible()
    assert window.statusBar().currentMessage() == "Undone: Collectif Arts & Murs deleted"


def test_undo_goes_back_one_step_at_a_time(make_window: MakeWindow,
                                          demo_services: Services) -> None:
    window = make_window(demo_services)
    done: list[str] = []

    def undo_of(name: str) -> Callable[[], Changes]:
        def undo() -> Changes:
            done.append(name)
            return Changes()
        return undo

    for name in ("first", "second"):
        window.bus.undoable.emit(name, undo_of(name))
    assert window.undo_descriptions() == ["second", "first"]
    window.undo_label.linkActivated.emit("undo")  # the status bar link
    assert done == ["second"]
    assert window.undo()
    assert done == ["second", "first"]
    assert not window.undo()


def test_undo_that_fails_explains_why(make_window: MakeWindow, demo_services: Services,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(Alert, "warn", classmethod(
        lambda cls, parent, title, text, detail="": shown.append(text)))
    window = make_window(demo_services)

    def gone() -> Changes:
        raise NotFoundError(kind="organisation", id="nope")

    window.bus.undoable.emit("Deleted", gone)
    assert not window.undo()
    assert shown == ["This record no longer exists: organisation nope."]


# -- menus ------------------------------------------------------------------------------
def menu_texts(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_menus_and_shortcuts(make_window: MakeWindow, demo_services: Services) -> None:
    window = make_window(demo_services)
    assert menu_texts(window) == ["&File", "&Edit", "&Go", "&Help"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert [key.toString() for key in window.search_action.shortcuts()] == ["Ctrl+F", "Ctrl+K"]
    window.search_action.trigger()
    assert window.focusWidget() is window.search_box


def test_file_menu_asks_the_application(make_window: MakeWindow, qtbot: Any,
                                        demo_services: Services, tmp_path: Path) -> None:
    window = make_window(demo_services, recent=[tmp_path / "other", demo_services.workspace.folder])
    recent = window.recent_menu.actions()
    assert [action.text() for action in recent] == ["other"]  # the open one is left out
    with qtbot.waitSignal(window.open_recent_requested) as chosen:
        recent[0].trigger()
    assert chosen.args == [str(tmp_path / "other")]
    for action, signal in ((window.new_action, window.new_workspace_requested),
                           (window.open_action, window.open_workspace_requested),
                           (window.demo_action, window.open_demo_requested)):
        with qtbot.waitSignal(signal):
            action.trigger()
    window.set_recent([])
    assert [a.isEnabled() for a in window.recent_menu.actions()] == [False]


def test_about_tells_version_and_where_data_lives(make_window: MakeWindow, qtbot: Any,
                                                 demo_services: Services,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    shown: list[DataLocations] = []
    monkeypatch.setattr(AboutDialog, "present", classmethod(
        lambda cls, locations, parent=None: shown.append(locations)))
    window = make_window(demo_services)
    window.about_action.trigger()
    assert shown == [window.locations]
    dialog = AboutDialog(window.locations)
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel, "aboutLocations")
    assert label is not None
    text = label.text()
    assert str(demo_services.workspace.folder) in text
    assert str(window.locations.settings_file) in text
    assert str(window.locations.log_dir) in text


# -- pages built on their first visit ---------------------------------------------------------
def test_pages_are_built_on_their_first_visit(make_window: MakeWindow, qtbot: Any,
                                              demo_services: Services) -> None:
    window = make_window(demo_services)
    ids = window.page_ids()
    assert [page.page_id for page in window.built_pages()] == ids[:1]
    assert window.page_titles()[ids.index("directory")] == "Directory"  # not built yet
    assert window.stack.count() == len(ids)
    window.nav.setCurrentRow(ids.index("directory"))
    directory = window.current_page()
    assert directory is not None and directory.page_id == "directory"
    assert window.stack.currentWidget() is directory
    assert [page.page_id for page in window.built_pages()] == [ids[0], "directory"]
    assert window.page_titles() == [window.nav.item(row).text() for row in range(len(ids))]
    assert window.stack.count() == len(ids)
    # A record on a page not visited yet: the page is built to show it.
    project = demo_services.projects.list()[0]
    assert window.open_record("project", project.id)
    assert window.current_page() is window.page("projects")


def test_a_page_built_late_sees_earlier_changes(make_window: MakeWindow,
                                                demo_services: Services) -> None:
    from coopdesk.domain.directory import OrganisationFields

    window = make_window(demo_services)
    created = demo_services.organisations.create(OrganisationFields(name="Zèbre solidaire"))
    window.bus.publish(created)
    directory = window.page("directory")
    assert directory is not None
    assert directory.show_record("organisation", created.id)


def test_the_window_has_a_busy_indicator_for_its_runner(make_window: MakeWindow, qtbot: Any,
                                                        demo_services: Services) -> None:
    import threading

    window = make_window(demo_services)
    assert window.busy_indicator.parent() is not None and not window.busy_indicator.isVisible()
    gate = threading.Event()
    task = window.runner.run(lambda: gate.wait(10), text="Exporting to export.json…")
    qtbot.waitUntil(window.busy_indicator.isVisible)
    assert window.busy_indicator.label.text() == "Exporting to export.json…"
    gate.set()
    with qtbot.waitSignal(task.finished):
        pass
    assert not window.busy_indicator.isVisible()


def test_a_title_that_needs_the_page_builds_it_at_once(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path, make_window: MakeWindow,
                                                      services: Services) -> None:
    (tmp_path / "stateful_page_module.py").write_text(textwrap.dedent("""
        from coopdesk.ui.pages.base import Page

        class StatefulPage(Page):
            page_id = "stateful"

            def title(self):
                return "Pages of " + self.services.workspace.name

            def refresh(self):
                pass
    """))
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr("coopdesk.ui.main_window.AREAS", (
        PageSpec("directory", "coopdesk.ui.pages.directory", "DirectoryPage"),
        PageSpec("stateful", "stateful_page_module", "StatefulPage"),
    ))
    window = make_window(services)
    assert window.page_titles() == ["Directory", "Pages of Coopération test"]
    assert [page.page_id for page in window.built_pages()] == ["directory", "stateful"]


def test_a_failing_search_in_the_worker_is_logged(qtbot: Any, caplog: pytest.LogCaptureFixture
                                                  ) -> None:
    from coopdesk.ui.runner import Runner

    def broken(_text: str) -> list[Any]:
        raise RuntimeError("index damaged")

    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(800, 400)
    holder.show()
    runner = Runner(holder)
    box = SearchBox(broken, holder, holder, runner=runner)
    box.setText("réunion")
    with caplog.at_level(logging.ERROR, logger="coopdesk.ui.search_popup"):
        box.search_now()
        qtbot.waitUntil(lambda: not box.searching())
    assert "index damaged" in caplog.text
    assert box.popup.isVisible() and box.popup.hits() == []
    assert "réunion" in box.popup.list.item(0).text()


# -- history and preferences ---------------------------------------------------------------
def test_history_opens_for_the_selected_record_or_says_what_to_do(
        make_window: MakeWindow, demo_services: Services,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from coopdesk.ui.dialogs import history

    opened: list[tuple[str, str]] = []
    monkeypatch.setattr(history.HistoryDialog, "ask", classmethod(
        lambda cls, services, kind, record_id, parent=None, bus=None:
        opened.append((kind, record_id))))
    window = make_window(demo_services)
    window.show_page("directory")
    page = window.stack.currentWidget()
    monkeypatch.setattr(page, "current_record", lambda: None)
    assert not window.show_history()
    assert "histor" in window.statusBar().currentMessage().lower()
    target = ("organisation", org_id(demo_services, demo_services.organisations.list()[0].name))
    monkeypatch.setattr(page, "current_record", lambda: target)
    window.history_action.trigger()
    assert opened == [target]
    assert window.history_action.shortcut().toString() == "Ctrl+H"


# -- the frame shown while the workspace opens --------------------------------------------
def test_the_registry_titles_are_the_pages_own(ui_language: Callable[[str], None]) -> None:
    """The navigation shows `PageSpec.title()` without importing the page: it must say what
    the page's own `title()` says, in English and in French."""
    from PySide6.QtCore import QObject

    for language in ("en", "fr"):
        ui_language(language)
        for spec in AREAS:
            cls = page_class(spec)
            assert cls is not None
            stand_in = type(cls.__name__, (QObject,), {})()  # tr() context: the class name
            assert spec.title() == cls.title(stand_in), (language, spec.page_id)


def test_the_frame_gets_its_workspace_later(qtbot: Any, tmp_path: Path,
                                            demo_services: Services) -> None:
    from tests.ui.conftest import locations_for

    frame = MainWindow(None, Bus(), profile=None, locations=None, loading_text="Opening…")
    qtbot.addWidget(frame)
    frame.show()
    assert not frame.attached() and frame.loading_text() == "Opening…"
    assert frame.page_titles()[:3] == ["Dashboard", "Projects", "Action plan"]
    assert frame.current_page() is None and frame.built_pages() == []
    assert not frame.export_action.isEnabled() and not frame.nav.isEnabled()
    assert frame.findChild(SearchBox) is None
    frame.nav.setCurrentRow(2)  # nothing to show yet
    assert frame.built_pages() == []
    with pytest.raises(RuntimeError):
        _ = frame.services

    frame.attach(demo_services, locations_for(demo_services.workspace, tmp_path / "base"))
    assert frame.attached() and frame.loading_text() == ""
    assert frame.windowTitle() == f"{demo_services.workspace.name} — coopdesk"
    assert frame.export_action.isEnabled() and frame.nav.isEnabled()
    page = frame.current_page()
    assert page is not None and page.page_id == "dashboard" and frame.nav.currentRow() == 0
    assert [p.page_id for p in frame.built_pages()] == ["dashboard"]
    assert frame.search_box.searcher is not None and frame.findChild(SearchBox) is not None
    assert frame.recent_menu.actions()[0].text() == "No other recent workspace"
    with pytest.raises(RuntimeError):
        frame.attach(demo_services)
