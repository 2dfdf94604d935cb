"""A large synthetic workspace for benchmarks: years of activity of a big cooperation.

    python bench/synthetic.py OUT_DIR [--scale S] [--seed N] [--today YYYY-MM-DD]

At scale 1.0: 200 organisations, 5,000 people, 50 projects, 20,000 actions, 100,000
contact-log entries, 2,000 meetings (with agenda, attendance and decisions) and 500
resources with their bookings. Rows go in with SQLAlchemy Core executemany, in batches,
inside one transaction; every NOT NULL column is filled, audit columns included. The same
seed and `today` give the same content (ids are fresh UUIDv7 each time).
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__" and not __package__:  # run as a script: find coopdesk and bench
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import datetime as dt
import random
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from sqlalchemy import Connection, insert

from bench import synthetic_words as w
from coopdesk.domain import enums as e
from coopdesk.domain.ids import new_id
from coopdesk.domain.ordering import position_after
from coopdesk.domain.profile import Profile
from coopdesk.store import models as m
from coopdesk.store.base import Record
from coopdesk.store.workspace import Workspace

#: Rows of each main kind at scale 1.0.
BASE_COUNTS = {"organisation": 200, "person": 5_000, "project": 50, "action": 20_000,
               "contact_log_entry": 100_000, "meeting": 2_000, "resource": 500}
#: Fewest rows of each kind, so that a tiny scale still has something everywhere.
MINIMUM = {"organisation": 4, "person": 8, "project": 2, "action": 10,
           "contact_log_entry": 10, "meeting": 3, "resource": 3}
BATCH = 5_000
DAY = dt.timedelta(days=1)
GENERATOR_PROFILE = Profile(name="Générateur de test", organisation="coopdesk bench")


def counts_for(scale: float) -> dict[str, int]:
    """How many rows of each main kind `generate` writes at *scale*."""
    return {kind: max(MINIMUM[kind], round(n * scale)) for kind, n in BASE_COUNTS.items()}


def _batched(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, BATCH)):
        yield chunk


class Generator:
    """Writes every table on one connection; remembers parents' ids for the children."""

    def __init__(self, connection: Connection, rng: random.Random, scale: float,
                 today: dt.date) -> None:
        self.connection = connection
        self.rng = rng
        self.today = today
        self.counts = counts_for(scale)
        self.written: dict[str, int] = {}
        self.authors: list[tuple[str, str]] = []
        self.orgs: list[str] = []
        self.org_names: list[str] = []
        self.people: list[str] = []
        self.person_org: list[int] = []
        self.people_of_org: dict[int, list[int]] = {}
        self.projects: list[str] = []
        self.partners_of: list[list[int]] = []
        self.objectives_of: list[list[str]] = []
        self.decisions: list[tuple[int, str]] = []

    # -- helpers -----------------------------------------------------------------------
    def insert(self, model: type[Record], rows: Iterable[dict[str, Any]]) -> None:
        for chunk in _batched(rows):
            self.connection.execute(insert(model), chunk)
            name = model.__tablename__
            self.written[name] = self.written.get(name, 0) + len(chunk)

    def audit(self, created: dt.datetime, *, deletable: bool = False) -> dict[str, Any]:
        """The audit columns of a row written at *created*, maybe edited since."""
        rng = self.rng
        now = dt.datetime.combine(self.today, dt.time(18))
        created = min(created, now)
        author, org = rng.choice(self.authors)
        if rng.random() < 0.3:
            updated = created + (now - created) * rng.random()
            editor, editor_org = rng.choice(self.authors)
        else:
            updated, editor, editor_org = created, author, org
        deleted = deletable and rng.random() < 0.01
        return {"id": new_id(), "created_at": created, "created_by": author,
                "created_by_org": org, "updated_at": updated, "updated_by": editor,
                "updated_by_org": editor_org, "deleted_at": updated if deleted else None,
                "deleted_by": editor if deleted else ""}

    def moment(self, low_days: int, high_days: int) -> dt.datetime:
        """A time of day between *low_days* and *high_days* from today."""
        day = self.today + self.rng.randint(low_days, high_days) * DAY
        return dt.datetime.combine(day, dt.time(self.rng.randint(8, 20),
                                                self.rng.choice((0, 15, 30, 45))))

    def pick_person(self) -> tuple[str, str]:
        index = self.rng.randrange(len(self.people))
        return self.people[index], self.orgs[self.person_org[index]]

    # -- the tables, parents first -----------------------------------------------------
    def run(self) -> None:
        for step in (self.organisations, self.people_rows, self.projects_rows,
                     self.project_parts, self.meetings, self.actions, self.exchanges,
                     self.pooling, self.reviews):
            step()

    def organisations(self) -> None:
        rng = self.rng
        n = self.counts["organisation"]
        combos = [(t, p) for t in w.ORG_TYPES for p in w.PLACES]
        names = [f"{t} {p}" for t, p in rng.sample(combos, min(n, len(combos)))]
        names += [f"Association n° {i} {rng.choice(w.PLACES)}" for i in range(n - len(names))]
        kinds = []
        for i in range(n):  # one in ten a funder, one in ten a public body
            kind = e.OrgKind.ASSOCIATION
            if i % 10 == 1:
                kind, names[i] = e.OrgKind.FUNDER, f"{rng.choice(w.FUNDERS)} {w.PLACES[i % 30]}"
            elif i % 10 == 2:
                kind = e.OrgKind.PUBLIC_BODY
                names[i] = f"{rng.choice(w.PUBLIC_BODIES)} {w.PLACES[i % 30]}"
            elif i % 10 == 3:
                kind = e.OrgKind.COLLECTIVE
            kinds.append(kind)
        self.org_names = names
        self.authors = [(f"{rng.choice(w.FIRST_NAMES)} {rng.choice(w.LAST_NAMES)}",
                         rng.choice(names)) for _ in range(40)]
        rows = []
        for i, (name, kind) in enumerate(zip(names, kinds, strict=True)):
            slug = f"structure{i}"
            rows.append({**self.audit(self.moment(-1500, -400), deletable=True),
                         "name": name, "kind": kind,
                         "acronym": "".join(word[0] for word in name.split() if word[0].isupper()),
                         "address": f"{rng.randint(1, 120)} rue {rng.choice(w.PLACES)}",
                         "postcode": f"69{rng.randint(1, 9)}{rng.randint(0, 9)}0",
                         "city": "Val-de-Saône", "email": f"contact@{slug}.example.org",
                         "phone": f"04 65 71 {i // 100:02d} {i % 100:02d}",
                         "website": f"https://{slug}.example.org",
                         "description": f"Structure active autour de {w.topic(rng)}. "
                                        + w.sentences(rng),
                         "strengths": f"Savoir-faire : {w.topic(rng)}, {w.topic(rng)}."})
            self.orgs.append(rows[-1]["id"])
        self.insert(m.Organisation, rows)

    def people_rows(self) -> None:
        rng = self.rng
        bases = list(e.LegalBasis)

        def rows() -> Iterator[dict[str, Any]]:
            for i in range(self.counts["person"]):
                org = i % len(self.orgs) if i < len(self.orgs) * 2 else rng.randrange(
                    len(self.orgs))
                first, last = rng.choice(w.FIRST_NAMES), rng.choice(w.LAST_NAMES)
                basis = rng.choice(bases)
                consent = self.today - rng.randint(1, 1500) * DAY
                row = {**self.audit(self.moment(-1500, -1), deletable=True),
                       "first_name": first, "last_name": last, "organisation_id": self.orgs[org],
                       "role": rng.choice(w.ROLES),
                       "email": f"personne{i}@structure{org}.example.org",
                       "phone": f"06 39 98 {i // 100 % 100:02d} {i % 100:02d}",
                       "legal_basis": basis,
                       "consent_on": consent if basis is e.LegalBasis.CONSENT else None,
                       "notes": w.sentences(rng, 0, 1)}
                self.people.append(row["id"])
                self.person_org.append(org)
                self.people_of_org.setdefault(org, []).append(i)
                yield row

        self.insert(m.Person, rows())

    def projects_rows(self) -> None:
        rng = self.rng
        rows = []
        for i in range(self.counts["project"]):
            mode = e.ProjectMode.CONSORTIUM if i % 3 == 0 else e.ProjectMode.COOPERATION
            partners = rng.sample(range(len(self.orgs)), min(len(self.orgs), rng.randint(3, 8)))
            start = self.today + rng.randint(-1400, 60) * DAY
            status = (e.ProjectStatus.COMPLETED if start < self.today - 700 * DAY
                      else rng.choice(list(e.ProjectStatus)))
            place = rng.choice(w.PLACES)
            rows.append({
                **self.audit(dt.datetime.combine(start - 30 * DAY, dt.time(9)), deletable=True),
                "title": f"{rng.choice(w.PROJECT_TITLES)} {place}",
                "form": rng.choice(list(e.CooperationForm)), "mode": mode, "status": status,
                "description": f"Projet commun autour de {w.topic(rng)}. " + w.sentences(rng),
                "start_on": start, "end_on": start + rng.randint(90, 900) * DAY,
                "budget_cents": rng.randint(20, 2_000) * 10_000,
                "qpv_name": f"Quartier {place}", "qpv_code": f"QN069{rng.randint(10, 99)}M",
                "contrat_de_ville": "Engagements Quartiers 2030",
                "resident_participation": w.sentences(rng, 1, 2),
                "quorum": rng.randint(2, len(partners)),
                "lead_organisation_id": (self.orgs[partners[0]]
                                         if mode is e.ProjectMode.CONSORTIUM else None),
                "funder_agreement_ref": (f"CONV-{start.year}-{i:04d}"
                                         if mode is e.ProjectMode.CONSORTIUM else "")})
            self.projects.append(rows[-1]["id"])
            self.partners_of.append(partners)
        self.insert(m.Project, rows)

    def project_parts(self) -> None:
        rng = self.rng
        partners, deadlines, objectives, indicators = [], [], [], []
        charters, versions, acceptances = [], [], []
        for p, project in enumerate(self.projects):
            when = self.moment(-1400, -1)
            for n, org in enumerate(self.partners_of[p]):
                role = e.PartnerRole.LEAD if n == 0 else rng.choice(
                    (e.PartnerRole.PARTNER, e.PartnerRole.PARTNER, e.PartnerRole.FUNDER,
                     e.PartnerRole.SUPPORT))
                partners.append({**self.audit(when), "project_id": project,
                                 "organisation_id": self.orgs[org], "role": role,
                                 "contribution": w.sentences(rng, 1, 2),
                                 "commitments": w.sentences(rng, 1, 2),
                                 "budget_share_cents": rng.randint(1, 300) * 10_000,
                                 "task_share": f"{w.topic(rng).capitalize()} "
                                               f"({rng.randint(5, 50)} %)"})
            for k in range(3):
                deadlines.append({**self.audit(when), "project_id": project,
                                  "label": f"Bilan n° {k + 1} pour le financeur",
                                  "due_on": self.today + rng.randint(-400, 300) * DAY,
                                  "done": rng.random() < 0.5})
            self.objectives_of.append([])
            position = None
            for _ in range(3):
                position = position_after(position)
                objective = {**self.audit(when), "project_id": project,
                             "title": f"Développer {w.topic(rng)}",
                             "description": w.sentences(rng), "position": position}
                objectives.append(objective)
                self.objectives_of[p].append(objective["id"])
                for _ in range(2):
                    target = rng.randint(10, 200)
                    indicators.append({**self.audit(when), "objective_id": objective["id"],
                                       "name": f"Participants à {w.topic(rng)}",
                                       "unit": "personnes", "baseline": target * 0.2,
                                       "target_value": float(target),
                                       "current_value": target * rng.random()})
            charter = {**self.audit(when), "project_id": project,
                       "title": "Charte de coopération"}
            charters.append(charter)
            for number in (1, 2):
                version = {**self.audit(when), "charter_id": charter["id"], "number": number,
                           "text": "\n\n".join(w.sentences(rng, 3, 5) for _ in range(4)),
                           "adopted_on": when.date() + (number - 1) * 200 * DAY}
                versions.append(version)
                for org in self.partners_of[p]:
                    acceptances.append({**self.audit(when), "charter_version_id": version["id"],
                                        "organisation_id": self.orgs[org],
                                        "accepted_on": version["adopted_on"],
                                        "accepted_by_person_id": None,
                                        "accepted_by_name": rng.choice(w.FIRST_NAMES)})
        for table, rows in ((m.ProjectPartner, partners), (m.ReportingDeadline, deadlines),
                            (m.Objective, objectives), (m.Indicator, indicators),
                            (m.Charter, charters), (m.CharterVersion, versions),
                            (m.CharterAcceptance, acceptances)):
            self.insert(table, rows)

    def meetings(self) -> None:
        rng = self.rng
        meetings, agenda, attendance, decisions = [], [], [], []
        statuses = list(e.AttendanceStatus)
        for i in range(self.counts["meeting"]):
            p = rng.randrange(len(self.projects))
            starts = self.moment(-1460, 90)
            past = starts.date() < self.today
            status = (rng.choice((e.MeetingStatus.HELD, e.MeetingStatus.APPROVED,
                                  e.MeetingStatus.APPROVED)) if past else e.MeetingStatus.PLANNED)
            if rng.random() < 0.03:
                status = e.MeetingStatus.CANCELLED
            meeting = {**self.audit(starts - 14 * DAY, deletable=True),
                       "title": f"{rng.choice(w.MEETING_KINDS)} n° {i + 1}",
                       "starts_at": starts, "ends_at": starts + dt.timedelta(hours=2),
                       "project_id": self.projects[p],
                       "place": f"Salle {rng.choice(w.PLACES)}", "video_link": "",
                       "status": status, "notes": w.sentences(rng) if past else "",
                       "secretary_person_id": self.pick_person()[0],
                       "approved_in_meeting_id": None}
            meetings.append(meeting)
            items = []
            position = None
            for _ in range(rng.randint(3, 5)):
                position = position_after(position)
                items.append({**self.audit(starts - 7 * DAY), "meeting_id": meeting["id"],
                              "title": w.topic(rng).capitalize(), "position": position,
                              "presenter_person_id": self.pick_person()[0],
                              "planned_minutes": rng.choice((10, 15, 20, 30)),
                              "notes": w.sentences(rng) if past else "", "outcome": ""})
            agenda.extend(items)
            for _ in range(rng.randint(4, 8)):
                person, org = self.pick_person()
                att = rng.choices(statuses, weights=(70, 15, 10, 5))[0]
                attendance.append({**self.audit(starts), "meeting_id": meeting["id"],
                                   "person_id": person, "organisation_id": org, "status": att,
                                   "represented_by_person_id": (
                                       self.pick_person()[0]
                                       if att is e.AttendanceStatus.REPRESENTED else None)})
            if past:
                for _ in range(rng.randint(1, 3)):
                    item = rng.choice(items)
                    decisions.append({**self.audit(starts), "meeting_id": meeting["id"],
                                      "agenda_item_id": item["id"],
                                      "text": f"Le comité valide {w.action_title(rng).lower()}.",
                                      "votes_for": rng.randint(3, 9),
                                      "votes_against": rng.randint(0, 2),
                                      "votes_abstain": rng.randint(0, 2)})
                    self.decisions.append((p, decisions[-1]["id"]))
        for table, rows in ((m.Meeting, meetings), (m.AgendaItem, agenda),
                            (m.Attendance, attendance), (m.Decision, decisions)):
            self.insert(table, rows)

    def actions(self) -> None:
        rng = self.rng

        def rows() -> Iterator[dict[str, Any]]:
            for _ in range(self.counts["action"]):
                p = rng.randrange(len(self.projects))
                due = self.today + rng.randint(-400, 200) * DAY
                if due < self.today:
                    status = rng.choices(list(e.ActionStatus), weights=(12, 8, 70, 10))[0]
                else:
                    status = rng.choices(list(e.ActionStatus), weights=(60, 30, 8, 2))[0]
                person, org = self.pick_person()
                origin = rng.choice(self.decisions)[1] if (
                    self.decisions and rng.random() < 0.2) else None
                yield {**self.audit(dt.datetime.combine(due - 30 * DAY, dt.time(11)),
                                    deletable=True),
                       "title": w.action_title(rng),
                       "project_id": self.projects[p] if rng.random() < 0.9 else None,
                       "description": w.sentences(rng, 0, 2),
                       "owner_organisation_id": org, "owner_person_id": person,
                       "due_on": due, "status": status,
                       "priority": rng.choices(list(e.Priority), weights=(2, 6, 2))[0],
                       "objective_id": (rng.choice(self.objectives_of[p])
                                        if rng.random() < 0.3 else None),
                       "origin_decision_id": origin,
                       "done_on": (min(due, self.today) - rng.randint(0, 10) * DAY
                                   if status is e.ActionStatus.DONE else None)}

        self.insert(m.Action, rows())

    def exchanges(self) -> None:
        rng = self.rng
        kinds = list(e.ExchangeKind)

        def rows() -> Iterator[dict[str, Any]]:
            for _ in range(self.counts["contact_log_entry"]):
                day = self.today + rng.randint(-1095, 0) * DAY
                person, org = self.pick_person()
                author, author_org = rng.choice(self.authors)
                follow = rng.random() < 0.3
                follow_on = day + rng.randint(1, 30) * DAY if follow else None
                yield {**self.audit(dt.datetime.combine(day, dt.time(17)), deletable=True),
                       "kind": rng.choices(kinds, weights=(40, 35, 10, 3, 7, 5))[0],
                       "occurred_on": day, "subject": w.exchange_subject(rng),
                       "summary": w.sentences(rng, 1, 4), "person_id": person,
                       "organisation_id": org,
                       "project_id": rng.choice(self.projects) if rng.random() < 0.5 else None,
                       "author_name": author, "author_organisation": author_org,
                       "follow_up": f"Rappeler au sujet de {w.topic(rng)}" if follow else "",
                       "follow_up_on": follow_on,
                       "follow_up_done": bool(follow_on and follow_on < self.today
                                              and rng.random() < 0.8),
                       "is_private": rng.random() < 0.02}

        self.insert(m.ContactLogEntry, rows())

    def pooling(self) -> None:
        rng = self.rng
        resources, bookings = [], []
        for _ in range(self.counts["resource"]):
            name, kind = rng.choice(w.RESOURCES)
            org = rng.randrange(len(self.orgs))
            resource = {**self.audit(self.moment(-1400, -100), deletable=True),
                        "organisation_id": self.orgs[org],
                        "name": f"{name} – {self.org_names[org]}", "kind": e.ResourceKind(kind),
                        "description": w.sentences(rng, 1, 2),
                        "location": f"{rng.randint(1, 60)} rue {rng.choice(w.PLACES)}",
                        "value_per_day_cents": rng.randint(5, 300) * 100,
                        "available": rng.random() < 0.95}
            resources.append(resource)
            start = self.moment(-700, -600)  # bookings follow each other, never overlap
            for _ in range(4):
                start += rng.randint(2, 90) * DAY
                person, borrower = self.pick_person()
                ends = start + dt.timedelta(hours=rng.randint(2, 48))
                bookings.append({**self.audit(start - 10 * DAY), "resource_id": resource["id"],
                                 "starts_at": start, "ends_at": ends,
                                 "borrower_organisation_id": borrower,
                                 "borrower_person_id": person,
                                 "project_id": rng.choice(self.projects),
                                 "purpose": w.topic(rng).capitalize(),
                                 "return_condition": ("Rendu en bon état"
                                                      if ends.date() < self.today else ""),
                                 "value_cents": rng.randint(0, 500) * 100})
                start = ends
        self.insert(m.Resource, resources)
        self.insert(m.Booking, bookings)

    def reviews(self) -> None:
        rng = self.rng
        reviews, scores = [], []
        for p, project in enumerate(self.projects):
            for k in range(2):
                held = self.today - (400 - 200 * k + rng.randint(0, 60)) * DAY
                review = {**self.audit(dt.datetime.combine(held, dt.time(20))),
                          "project_id": project, "held_on": held,
                          "title": f"Évaluation n° {k + 1}", "comments": w.sentences(rng, 2, 4),
                          "next_review_on": held + 200 * DAY}
                reviews.append(review)
                for org in self.partners_of[p]:
                    for practice in e.Practice:
                        scores.append({**self.audit(review["created_at"]),
                                       "review_id": review["id"],
                                       "organisation_id": self.orgs[org], "practice": practice,
                                       "score": rng.randint(1, 5),
                                       "comment": w.sentences(rng, 0, 1)})
        self.insert(m.Review, reviews)
        self.insert(m.ReviewScore, scores)


def reindex_search(connection: Connection) -> bool:
    """Rebuild the full-text index if this version of coopdesk has one (True if it did)."""
    try:
        from coopdesk.store.search_index import reindex_all
    except ModuleNotFoundError:
        return False
    reindex_all(connection)
    return True


def generate(folder: Path, scale: float = 1.0, seed: int = 1, today: dt.date | None = None,
             progress: Callable[[str], None] | None = None) -> Path:
    """Create the synthetic workspace in *folder* (new or empty) and return *folder*."""
    workspace = Workspace.create(folder, f"Synthétique ×{scale:g} (graine {seed})",
                                 GENERATOR_PROFILE)
    try:
        generator = Generator(workspace.db.engine.connect(), random.Random(seed), scale,
                              today or dt.date.today())
        with generator.connection as connection, connection.begin():
            started = time.perf_counter()
            generator.run()
            if progress:
                progress(f"{sum(generator.written.values()):,} rows written in "
                         f"{time.perf_counter() - started:.1f} s")
            started = time.perf_counter()
            indexed = reindex_search(connection)
            if progress:
                progress(f"search index rebuilt in {time.perf_counter() - started:.1f} s"
                         if indexed else "no search index to rebuild")
    finally:
        workspace.close()
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out_dir", type=Path, help="new or empty folder for the workspace")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None,
                        help="date the data is centred on (default: today)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    generate(args.out_dir, args.scale, args.seed, args.today, progress=print)
    print(f"{args.out_dir} written in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
