"""`coopdesk --smoke-test`: check that this installation of coopdesk works, end to end.

Runs offscreen (unless QT_QPA_PLATFORM names another platform) in a temporary folder that
is removed afterwards (nothing of the user's is read or written) and prints one line per
step:

- resources: icons, translations, templates and the Alembic migrations are found;
- translations: the French catalog (`.qm`, compiled or shipped) loads into Qt;
- store: a new workspace (every migration) with an organisation and an action;
- search: the organisation is found, ignoring case and accents;
- sync: the workspace is shared in a temporary folder, a second copy joins it, each
  copy's change reaches the other;
- pdf: a printed document is written (the app's own PDF writer when it is present);
- window: the main window opens on the workspace, paints its first page and closes.

Exit code 0 when every step passed; otherwise 1, after the line naming the failing step
(its traceback goes to stderr). CI runs it on the frozen Linux bundle and on a wheel
installed in a fresh virtual environment (packaging/README.md).
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from coopdesk.services.workspaces import Workspace

#: Longest wait for the main window's first paint.
WINDOW_TIMEOUT_MS = 60_000
ORGANISATION = "Maison des Associations Éphémère"
QUERY = "ephemere maison"
ACTION_FROM_COPY = "Relire le compte rendu (copie)"
PDF_TITLE = "Essai d'impression — coopdesk"
PDF_HTML = ("<h1>Compte rendu d'essai</h1><p>Réunion du comité : décisions, actions, "
            "présents.</p><table border='1'><tr><th>Action</th><th>Échéance</th></tr>"
            "<tr><td>Vérifier l'installation</td><td>aujourd'hui</td></tr></table>")


class SmokeError(Exception):
    """A check of the smoke test did not hold."""


def check(condition: object, message: str) -> None:
    if not condition:
        raise SmokeError(message)


@dataclass
class SmokeRun:
    """What the steps share: the temporary base folder, the app and the first workspace."""

    base: Path
    app: QApplication | None = None
    workspace: Workspace | None = None
    opened: list[Workspace] = field(default_factory=list)
    #: The default locale before the translations step changed it (restored at the end).
    locale: Any = None

    # -- the steps; each returns a short detail for its line ---------------------------
    def step_resources(self) -> str:
        from coopdesk.app.paths import MARKER, resource_path, resources_dir, translations_dir
        from coopdesk.services.workspaces import migrations_folder

        folder = resources_dir()
        check((folder / MARKER).is_file(), f"no resources folder found (looked for {MARKER})")
        catalogs = sorted(p.name for p in translations_dir().glob("coopdesk_*.*")
                          if p.suffix in (".ts", ".qm"))
        check(catalogs, f"no translation catalog in {translations_dir()}")
        templates = resource_path("templates")
        names = sorted(p.name for p in templates.iterdir()) if templates.is_dir() else []
        if importlib.util.find_spec("coopdesk.services.documents") is not None:
            check(names, f"no printing templates in {templates}")
        migrations = migrations_folder()
        versions = sorted(migrations.glob("versions/[0-9]*.py"))
        for needed in ("env.py", "script.py.mako"):
            check((migrations / needed).is_file(), f"{needed} missing in {migrations}")
        check(versions, f"no migration in {migrations / 'versions'}")
        return (f"{folder} ({', '.join(catalogs)}; {len(names)} templates; "
                f"{len(versions)} migrations)")

    def step_translations(self) -> str:
        from PySide6.QtCore import QTranslator

        from coopdesk.app.paths import translations_dir
        from coopdesk.ui.i18n import CATALOG, install_translators

        app = self.qt_app()
        installed = install_translators(app, "fr", translations_dir(),
                                        self.base / "cache" / "translations")
        ours = [t for t in installed if isinstance(t, QTranslator)
                and Path(t.filePath()).name == f"{CATALOG}_fr.qm"]
        check(ours and not ours[0].isEmpty(), "the French catalog did not load")
        qt_own = len(installed) - len(ours)
        return f"{ours[0].filePath()}" + ("" if qt_own else " (Qt's own catalog not found)")

    def step_store(self) -> str:
        from coopdesk.domain.actions import ActionFields
        from coopdesk.domain.directory import OrganisationFields
        from coopdesk.domain.profile import Profile
        from coopdesk.services.workspace_services import Services
        from coopdesk.services.workspaces import create_workspace, schema_head

        workspace = self.track(create_workspace(
            self.base / "first", "Essai d'installation",
            Profile(name="Camille Essai", organisation="Asso des Essais")))
        self.workspace = workspace
        services = Services(workspace)
        organisation = services.organisations.create(OrganisationFields(name=ORGANISATION))
        services.actions.create(ActionFields(title="Vérifier l'installation"))
        check(services.organisations.get(organisation.id).name == ORGANISATION,
              "the organisation was not saved")
        check(len(services.actions.list()) == 1, "the action was not saved")
        return f"schema {schema_head()}, 2 records in {workspace.folder.name}/"

    def step_search(self) -> str:
        from coopdesk.services.search import SearchService

        workspace = self.require_workspace()
        hits = SearchService(workspace.db).search(QUERY)
        check(any(hit.title == ORGANISATION for hit in hits),
              f"searching {QUERY!r} did not find {ORGANISATION!r}")
        return f"{QUERY!r}: {len(hits)} hit(s)"

    def step_sync(self) -> str:
        from coopdesk.domain.actions import ActionFields
        from coopdesk.domain.profile import Profile
        from coopdesk.services.sharing import membership
        from coopdesk.services.workspace_services import Services

        first = Services(self.require_workspace())
        share = self.base / "shared-folder"
        share.mkdir()
        membership.share_workspace(first.sync, share)
        joined = membership.join(self.base / "second", Profile(
            name="Dominique Copie", organisation="Collectif Copie"), share, name="Copie")
        copy = Services(self.track(joined.workspace))
        check(any(o.name == ORGANISATION for o in copy.organisations.list()),
              "the second copy did not receive the first one's organisation")
        copy.actions.create(ActionFields(title=ACTION_FROM_COPY))
        copy.sync.sync()
        report = first.sync.sync()
        titles = {action.title for action in first.actions.list()}
        check(ACTION_FROM_COPY in titles, "the first copy did not receive the second's action")
        files = sum(1 for p in share.rglob("*") if p.is_file())
        return f"2 copies in step through {files} shared files ({report.imported_ops} imported)"

    def step_pdf(self) -> str:
        self.qt_app()
        path = self.base / "smoke.pdf"
        have = importlib.util.find_spec
        if have("coopdesk.ui.printing") is None:
            pages = _plain_pdf(PDF_TITLE, PDF_HTML, path)
            writer = "QTextDocument (coopdesk.ui.printing is not in this build)"
        else:
            printing: Any = importlib.import_module("coopdesk.ui.printing")
            if have("coopdesk.services.minutes") is not None:
                document, writer = self.minutes_document(), "the minutes of a meeting"
            else:
                documents: Any = importlib.import_module("coopdesk.services.documents")
                document = documents.PrintableDocument(title=PDF_TITLE, html=PDF_HTML)
                writer = "a test page"
            pages = printing.write_pdf(document, path)
            writer += " by coopdesk.ui.printing.write_pdf"
        data = path.read_bytes()
        check(data.startswith(b"%PDF") and b"%%EOF" in data[-1024:], "the PDF is not complete")
        check(pages >= 1, "the PDF has no page")
        return f"{pages} page(s), {len(data):,} bytes: {writer}"

    def minutes_document(self) -> Any:
        """The printable minutes of a meeting held in the first workspace."""
        import datetime as dt

        from coopdesk.domain.meetings import MeetingFields
        from coopdesk.services.workspace_services import Services

        workspace = self.require_workspace()
        minutes: Any = importlib.import_module("coopdesk.services.minutes")
        held = dt.datetime.combine(dt.date.today(), dt.time(18, 0))
        meeting = Services(workspace).meetings.create(MeetingFields(
            title="Comité de pilotage d'essai", starts_at=held,
            ends_at=held + dt.timedelta(hours=2), place="Maison des associations",
            notes="Réunion d'essai : vérifier que l'impression fonctionne."))
        return minutes.MinutesService(workspace.db, workspace.name).document(meeting.id)

    def step_window(self) -> str:
        from coopdesk.app.context import AppContext
        from coopdesk.app.gui import Shell
        from coopdesk.domain.profile import Profile
        from coopdesk.services.settings import AppPaths

        app = self.qt_app()
        first = self.require_workspace()
        folder = first.folder
        self.close_workspaces()  # the window opens it itself, as the app does
        context = AppContext.load(AppPaths.under(self.base / "app"), "fr", ephemeral=True)
        context.set_profile(Profile(name="Camille Essai", organisation="Asso des Essais"))
        shell = Shell(context, interactive=False)
        try:
            check(shell.start(folder), "the workspace did not open in the window")
            window = shell.window
            check(window is not None and window.isVisible(), "the main window is not shown")
            assert window is not None
            page = window.current_page()
            check(page is not None, "the main window shows no page")
            assert page is not None
            painted_ms = _wait_for_paint(app, page)
            title = window.windowTitle()
        finally:
            shell.close()
        return f"“{title}”, first page painted in {painted_ms:.0f} ms, closed"

    # -- helpers -------------------------------------------------------------------------
    def qt_app(self) -> QApplication:
        if self.app is None:
            from PySide6.QtCore import QLocale
            from PySide6.QtWidgets import QApplication

            self.locale = QLocale()

            existing = QApplication.instance()
            if isinstance(existing, QApplication):
                self.app = existing
            else:
                # Offscreen unless a platform is asked for (CI also checks xcb under Xvfb).
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
                self.app = QApplication([sys.argv[0] if sys.argv else "coopdesk"])
                self.app.setApplicationName("coopdesk")
        return self.app

    def require_workspace(self) -> Workspace:
        check(self.workspace is not None, "no workspace (the store step failed)")
        assert self.workspace is not None
        return self.workspace

    def track(self, workspace: Workspace) -> Workspace:
        self.opened.append(workspace)
        return workspace

    def close_workspaces(self) -> None:
        while self.opened:
            self.opened.pop().close()

    def close(self) -> None:
        self.close_workspaces()
        self.workspace = None
        if self.app is not None:
            from PySide6.QtCore import QEvent, QLocale
            from PySide6.QtWidgets import QApplication

            from coopdesk.ui.i18n import remove_translators

            remove_translators(self.app)
            QLocale.setDefault(self.locale if self.locale is not None else QLocale.c())
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _plain_pdf(title: str, html: str, path: Path) -> int:
    """A PDF of *html* with Qt alone, for builds without coopdesk.ui.printing."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setHtml(html)
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    return document.pageCount()


def _wait_for_paint(app: QApplication, widget: Any) -> float:
    """Run the event loop until *widget* (or a child) is painted; milliseconds waited."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    started = time.perf_counter()
    loop = QEventLoop()
    painted: list[float] = []

    class PaintProbe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                    and not painted and (watched is widget or widget.isAncestorOf(watched))):
                painted.append((time.perf_counter() - started) * 1000)
                QTimer.singleShot(0, loop.quit)
            return False

    probe = PaintProbe()
    app.installEventFilter(probe)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    try:
        widget.update()
        timer.start(WINDOW_TIMEOUT_MS)
        loop.exec()
    finally:
        timer.stop()
        app.removeEventFilter(probe)
    check(painted, f"the first page was not painted within {WINDOW_TIMEOUT_MS // 1000} s")
    return painted[0]


STEPS: tuple[tuple[str, Callable[[SmokeRun], str]], ...] = (
    ("resources", SmokeRun.step_resources),
    ("translations", SmokeRun.step_translations),
    ("store", SmokeRun.step_store),
    ("search", SmokeRun.step_search),
    ("sync", SmokeRun.step_sync),
    ("pdf", SmokeRun.step_pdf),
    ("window", SmokeRun.step_window),
)


def run_smoke_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every step in a temporary folder; the process exit code (0: all passed)."""
    out = out or sys.stdout
    err = err or sys.stderr
    from coopdesk import __version__

    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    print(f"smoke: coopdesk {__version__}{frozen}, Python {sys.version.split()[0]}, "
          f"{sys.executable}", file=out, flush=True)
    started = time.perf_counter()
    # Windows cannot delete a file another process (an antivirus) holds: never fail on that.
    with tempfile.TemporaryDirectory(prefix="coopdesk-smoke-",
                                     ignore_cleanup_errors=True) as base:
        run = SmokeRun(Path(base))
        try:
            for name, step in STEPS:
                step_started = time.perf_counter()
                try:
                    detail = step(run)
                except Exception as exc:  # report which step failed, whatever it was
                    print(f"smoke: {name} FAILED: {type(exc).__name__}: {exc}", file=out,
                          flush=True)
                    traceback.print_exc(file=err)
                    return 1
                elapsed = (time.perf_counter() - step_started) * 1000
                print(f"smoke: {name} ok ({elapsed:.0f} ms): {detail}", file=out, flush=True)
        finally:
            run.close()
    print(f"smoke: all {len(STEPS)} steps passed in {time.perf_counter() - started:.1f} s",
          file=out, flush=True)
    return 0
