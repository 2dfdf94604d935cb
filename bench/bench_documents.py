"""Time to produce printable documents: the minutes of a 40-item meeting, the dossier of
the largest synthetic project.

    python bench/bench_documents.py [--repeat 5] [--keep DIR] [--scale 1.0]

The meeting is built in a fresh workspace in a temporary folder: a project with 6 partner
associations, 24 people on the attendance list (present, excused, absent, represented),
40 agenda items with notes and outcomes, 40 decisions with votes, 30 actions decided and 12
open actions carried over. Each run times, in one process with Qt offscreen: gathering the
read model, building the HTML, laying it out on A4 (QTextDocument), writing the PDF and
writing the ODT. Writes bench/results/documents.json; with --keep, the PDF and ODT of the
last run go to DIR (to look at them with `pdftoppm -png -r 60`).

It then times the cooperation dossier of the largest project (most actions, meetings and
loans) of the synthetic workspace of bench/synthetic.py (`--scale`, 0 to skip; generated
once into `--cache` and reused, like bench_foundation.py): gathering, HTML, layout, PDF.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__" and not __package__:  # run as a script: find coopdesk and bench
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import datetime as dt
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from typing import Any

from bench.bench_foundation import machine, write_result
from coopdesk.domain.actions import ActionFields
from coopdesk.domain.directory import OrganisationFields, PersonFields
from coopdesk.domain.enums import ActionStatus, AttendanceStatus, MeetingStatus, PartnerRole
from coopdesk.domain.meetings import (
    AgendaItemFields,
    AttendanceFields,
    DecisionFields,
    MeetingFields,
)
from coopdesk.domain.profile import Profile
from coopdesk.domain.projects import ProjectFields, ProjectPartnerFields
from coopdesk.services.workspace_services import Services
from coopdesk.store.workspace import Workspace

RESULTS = Path(__file__).with_name("results") / "documents.json"
PROFILE = Profile(name="Banc d'essai", organisation="coopdesk bench")
ORGANISATIONS = ("Centre social Les Tilleuls", "Association des parents d'élèves Jean-Moulin",
                 "Collectif Arts & Murs", "Union sportive des Tilleuls",
                 "Jardin partagé La Main verte", "Ville de Val-de-Saône")
FIRST = ("Aïcha", "Marie", "Karim", "Hélène", "Jean-Pierre", "Nadia", "Sofiane", "Léa",
         "Gérard", "Inès", "Thomas", "Fatoumata")
LAST = ("Diallo", "Lefebvre", "Benali", "Dubois", "Garnier", "Ouhibi", "Haddad", "Roux")
STATUSES = (AttendanceStatus.PRESENT,) * 5 + (AttendanceStatus.EXCUSED,
                                              AttendanceStatus.ABSENT)


def build_forty_item_meeting(services: Services) -> str:
    """Create the 40-item meeting (and the meeting before it); returns its id."""
    start = dt.datetime(2026, 6, 20, 9, 30)
    project = services.projects.create(ProjectFields(
        title="Réseau des associations du quartier des Tilleuls", quorum=4)).id
    people: list[tuple[str, str]] = []
    for n, name in enumerate(ORGANISATIONS):
        org = services.organisations.create(OrganisationFields(name=name)).id
        services.partners.create(ProjectPartnerFields(
            project_id=project, organisation_id=org,
            role=PartnerRole.LEAD if n == 0 else PartnerRole.PARTNER))
        for k in range(4):
            person = services.people.create(PersonFields(
                first_name=FIRST[(n * 4 + k) % len(FIRST)], last_name=LAST[(n + k) % len(LAST)],
                organisation_id=org)).id
            people.append((person, org))
    meeting = services.meetings.create(MeetingFields(
        title="Assemblée générale du réseau", starts_at=start,
        ends_at=start + dt.timedelta(hours=3), project_id=project,
        place="Salle des fêtes Jean-Moulin", status=MeetingStatus.HELD,
        secretary_person_id=people[1][0])).id
    services.meetings.create(MeetingFields(title="Conseil du réseau",
                                           starts_at=start + dt.timedelta(days=40),
                                           project_id=project, place="Centre social"))
    for n, (person, _org) in enumerate(people):
        status = STATUSES[n % len(STATUSES)] if n % 11 else AttendanceStatus.REPRESENTED
        services.attendance.create(AttendanceFields(
            meeting_id=meeting, person_id=person, status=status,
            represented_by_person_id=people[0][0]
            if status is AttendanceStatus.REPRESENTED else None))
    for n in range(1, 13):
        services.actions.create(ActionFields(
            title=f"Action en cours n°{n} : relancer les partenaires", project_id=project,
            owner_person_id=people[n][0], status=ActionStatus.IN_PROGRESS,
            due_on=dt.date(2026, 7, n)))
    for n in range(1, 41):
        item = services.agenda.create(AgendaItemFields(
            meeting_id=meeting, title=f"Point {n} : rapport de la commission n°{n}",
            presenter_person_id=people[n % len(people)][0], planned_minutes=5,
            notes=("La commission présente son bilan : fréquentation, bénévoles, budget "
                   "et difficultés rencontrées. ") * 3,
            outcome=f"Rapport n°{n} adopté après débat.")).id
        decision = services.decisions.create(DecisionFields(
            meeting_id=meeting, agenda_item_id=item,
            text=f"L'assemblée adopte le rapport n°{n} et mandate la commission pour la suite.",
            votes_for=18 + n % 5, votes_against=n % 3, votes_abstain=n % 2)).id
        if n <= 30:
            person, org = people[(n * 5) % len(people)]
            services.meeting_details.action_from_decision(decision, ActionFields(
                title=f"Mettre en œuvre la décision n°{n}", owner_person_id=person,
                owner_organisation_id=org, due_on=dt.date(2026, 9, 1 + n % 28)))
    return meeting


def _time(step: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = step()
    return time.perf_counter() - started, result


def bench_minutes(services: Services, repeat: int, keep: Path | None) -> dict[str, Any]:
    from coopdesk.services.minutes import render_minutes
    from coopdesk.ui.document_wording import QtWording
    from coopdesk.ui.printing import lay_out, write_odt, write_pdf

    meeting = build_forty_item_meeting(services)
    steps: dict[str, list[float]] = {"gather": [], "html": [], "layout": [], "pdf": [],
                                     "odt": [], "total": []}
    pages = 0
    with tempfile.TemporaryDirectory() as out:
        for _ in range(repeat):
            t_gather, data = _time(lambda: services.minutes.gather(meeting))
            t_html, document = _time(lambda data=data: render_minutes(data, QtWording()))
            t_layout, _doc = _time(lambda document=document: lay_out(document))
            t_pdf, pages = _time(lambda document=document: write_pdf(
                document, Path(out) / "minutes.pdf"))
            t_odt, _ = _time(lambda document=document: write_odt(
                document, Path(out) / "minutes.odt"))
            for name, value in (("gather", t_gather), ("html", t_html), ("layout", t_layout),
                                ("pdf", t_pdf), ("odt", t_odt)):
                steps[name].append(value)
            # What a user waits for after "Export PDF…": data, HTML, layout and the file.
            steps["total"].append(t_gather + t_html + t_pdf)
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            for name in ("minutes.pdf", "minutes.odt"):
                shutil.copy(Path(out) / name, keep / f"forty-items-{name}")
    return {"pages": pages, "runs": repeat,
            "median_ms": {k: round(statistics.median(v) * 1000, 1) for k, v in steps.items()},
            "min_ms": {k: round(min(v) * 1000, 1) for k, v in steps.items()}}


def largest_project(services: Services) -> tuple[str, str, int]:
    """(id, title, records) of the project with the most actions, meetings and bookings."""
    from sqlalchemy import func, select

    from coopdesk.store import models as m

    counts: dict[str, int] = {}
    with services.db.reading() as session:
        for model in (m.Action, m.Meeting, m.Booking):
            for project_id, n in session.execute(
                    select(model.project_id, func.count()).where(model.deleted_at.is_(None))
                    .group_by(model.project_id)):
                if project_id:
                    counts[project_id] = counts.get(project_id, 0) + n
        project_id = max(sorted(counts), key=lambda key: counts[key])
        title = session.scalar(select(m.Project.title).where(m.Project.id == project_id))
    return project_id, title or "", counts[project_id]


def bench_dossier(folder: Path, repeat: int, keep: Path | None) -> dict[str, Any]:
    """The cooperation dossier of the largest project of the synthetic workspace."""
    from coopdesk.services.dossier import DossierService, render_dossier
    from coopdesk.ui.document_wording import QtWording
    from coopdesk.ui.printing import lay_out, write_pdf

    steps: dict[str, list[float]] = {"gather": [], "html": [], "layout": [], "pdf": [],
                                     "total": []}
    pages = 0
    with Workspace.open(folder, PROFILE) as workspace, \
            tempfile.TemporaryDirectory() as out:
        services = Services(workspace)
        project_id, title, records = largest_project(services)
        service = DossierService(workspace.db, workspace.name)
        for _ in range(repeat):
            t_gather, data = _time(lambda: service.data.gather(project_id))
            t_html, document = _time(lambda data=data: render_dossier(data, QtWording()))
            t_layout, _doc = _time(lambda document=document: lay_out(document))
            t_pdf, pages = _time(lambda document=document: write_pdf(
                document, Path(out) / "dossier.pdf"))
            for name, value in (("gather", t_gather), ("html", t_html), ("layout", t_layout),
                                ("pdf", t_pdf)):
                steps[name].append(value)
            # write_pdf lays the document out itself (twice with the table of contents).
            steps["total"].append(t_gather + t_html + t_pdf)
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copy(Path(out) / "dossier.pdf", keep / "largest-project-dossier.pdf")
    return {"project": title, "records": records, "meetings": len(data.meetings),
            "actions": len(data.actions), "bookings": len(data.bookings), "pages": pages,
            "runs": repeat,
            "median_ms": {k: round(statistics.median(v) * 1000, 1) for k, v in steps.items()},
            "min_ms": {k: round(min(v) * 1000, 1) for k, v in steps.items()}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=None, metavar="DIR",
                        help="keep the PDF and ODT of the last run in DIR")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="scale of the synthetic workspace whose largest project's "
                        "dossier is timed (0: skip the dossier)")
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "coopdesk-bench",
                        help="where the synthetic workspace is kept (see bench_foundation)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["coopdesk-bench"])
    results: dict[str, Any] = {"machine": machine(), "when": dt.datetime.now().isoformat()}
    with tempfile.TemporaryDirectory(prefix="coopdesk-bench-docs-") as folder, \
            Workspace.create(Path(folder) / "ws", "Banc d'essai", PROFILE) as workspace:
        results["minutes_40_items"] = bench_minutes(Services(workspace), args.repeat,
                                                    args.keep)
    if args.scale > 0:
        from bench.bench_foundation import workspace_folder

        results["dossier_largest_project"] = bench_dossier(
            workspace_folder(args.cache, args.scale, 1, False), args.repeat, args.keep)
    del app
    write_result(results, RESULTS)
    minutes = results["minutes_40_items"]
    print(f"Minutes of a 40-item meeting: {minutes['pages']} pages, median of "
          f"{minutes['runs']} runs (ms):")
    for step, value in minutes["median_ms"].items():
        print(f"  {step:<8}{value:>9.1f}")
    dossier = results.get("dossier_largest_project")
    if dossier is not None:
        print(f"Dossier of the largest synthetic project ({dossier['meetings']} meetings, "
              f"{dossier['actions']} actions, {dossier['bookings']} loans): "
              f"{dossier['pages']} pages, median of {dossier['runs']} runs (ms):")
        for step, value in dossier["median_ms"].items():
            print(f"  {step:<8}{value:>9.1f}")
    print(f"Wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
