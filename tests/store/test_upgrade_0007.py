"""A workspace saved at schema 0006, with partners and attendance, opened by this version:
migration 0007 gives every meeting, partner and decision the defaults a new row gets, so
its minutes still print as a compte rendu, its vote reads from its counts, and the quorum
no longer counts the funder."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace
from pathlib import Path

from sqlalchemy import MetaData

from coopdesk.domain.enums import ConvocationMeans, MeetingKind, VotingRight
from coopdesk.domain.meetings import MeetingFields, VoteResult
from coopdesk.services.workspace_services import Services
from coopdesk.store import migrator
from coopdesk.store.db import make_engine
from coopdesk.store.workspace import DB_NAME, Workspace
from tests.conftest import TEST_PROFILE
from tests.fixtures import make_workspace_r0001 as r0001

FIXTURE = Path(__file__).parents[1] / "fixtures" / "workspace-r0006"
FUNDER, PARTNER, FUNDER_PERSON = r0001.rid(300), r0001.rid(301), r0001.rid(302)


def saved_at_0006(tmp_path: Path) -> Path:
    """The saved 0006 workspace, given a funder partner and attendance with the
    columns of that schema (no voting right, no signatories)."""
    folder = Path(shutil.copytree(FIXTURE, tmp_path / "old"))
    engine = make_engine(folder / DB_NAME)
    try:
        assert migrator.current_revision(engine) == "0006"
        tables = MetaData()
        with engine.begin() as connection:
            tables.reflect(connection)
            assert "voting" not in tables.tables["project_partner"].columns
            r0001._insert(connection, tables, "organisation", {
                "id": FUNDER, "name": "CAF de la Loire", "kind": "funder"})
            r0001._insert(connection, tables, "person", {
                "id": FUNDER_PERSON, "first_name": "Paul", "last_name": "Caf",
                "organisation_id": FUNDER, "legal_basis": "consent"})
            for row_id, org, role in ((PARTNER, r0001.ORG_SCHOOL, "lead"),
                                      (r0001.rid(303), FUNDER, "funder")):
                r0001._insert(connection, tables, "project_partner", {
                    "id": row_id, "project_id": r0001.PROJECT, "organisation_id": org,
                    "role": role})
            for row_id, person, org in ((r0001.rid(304), r0001.PERSON, r0001.ORG_SCHOOL),
                                        (r0001.rid(305), FUNDER_PERSON, FUNDER)):
                r0001._insert(connection, tables, "attendance", {
                    "id": row_id, "meeting_id": r0001.MEETING, "person_id": person,
                    "organisation_id": org, "status": "present"})
            connection.execute(tables.tables["project"].update().values(quorum=1))
    finally:
        engine.dispose()
    return folder


def test_an_old_workspace_gets_the_defaults_and_prints_as_before(tmp_path: Path) -> None:
    folder = saved_at_0006(tmp_path)
    with Workspace.open(folder, TEST_PROFILE) as workspace:
        assert migrator.current_revision(workspace.db.engine) == migrator.HEAD_REVISION
        services = Services(workspace)
        meeting = services.meetings.get(r0001.MEETING)
        assert (meeting.kind, meeting.president_person_id, meeting.convened_on,
                meeting.closed_at) == (MeetingKind.OTHER, None, None, None)
        assert meeting.convocation_means is ConvocationMeans.EMAIL
        assert not meeting.quorum_overridden and meeting.own_quorum_rule is None
        assert {p.voting for p in services.partners.list()} == {VotingRight.BY_ROLE}
        assert not any(a.signs_minutes for a in services.attendance.list())
        decision = services.decisions.get(r0001.DECISION)
        assert not decision.secret_ballot and decision.named_votes == ""
        assert decision.result == VoteResult(False, True, 7, 0, 1)
        detail = services.meeting_details.detail(r0001.MEETING)
        # both organisations are present, but only the school votes
        assert (detail.partner_count, detail.partners_attending, detail.quorum) == (1, 1, 1)
        html = services.minutes.document(r0001.MEETING).html
        assert "Minutes of the meeting</h1>" in html
        assert "Adopted by 7 votes for, 1 abstention." in html
        # the new fields can be written on the upgraded file
        fields = MeetingFields(**{name: getattr(meeting, name)
                                  for name in MeetingFields.__dataclass_fields__})
        services.meetings.update(r0001.MEETING, replace(
            fields, kind=MeetingKind.BOARD, closed_at=dt.datetime(2025, 3, 14, 20, 0)))
        assert "Minutes of the board meeting" in services.minutes.document(r0001.MEETING).html
