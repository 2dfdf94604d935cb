"""Every text the document builders ask to translate is marked for lupdate, and the interface's
wording translates and formats them."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from PySide6.QtCore import QLocale
from sqlalchemy import select

from coopdesk.domain.enums import OPEN_ACTION_STATUSES, ActionStatus
from coopdesk.domain.projects import ProjectFields
from coopdesk.services.action_plan import ActionFilter, DuePeriod
from coopdesk.services.action_plan_sheet import ActionPlanSheetService
from coopdesk.services.attendance_sheet import AttendanceSheetService
from coopdesk.services.calendar_export import CalendarExportService
from coopdesk.services.document_wording import Wording
from coopdesk.services.dossier import DossierService
from coopdesk.services.mail_draft import MeetingMailService
from coopdesk.services.partner_actions_sheet import PartnerActionsSheetService
from coopdesk.services.recovery_sheet import RecoveryFacts, recovery_sheet
from coopdesk.services.workspace_services import Services
from coopdesk.store import models as m
from coopdesk.ui.document_texts import DOCUMENT_TEXTS
from coopdesk.ui.document_wording import QtWording


class Recording(Wording):
    def __init__(self) -> None:
        self.asked: set[tuple[str, str]] = set()

    def tr(self, context: str, source: str) -> str:
        self.asked.add((context, source))
        return source


def test_every_text_the_builders_ask_for_is_listed(demo_services: Services) -> None:
    wording = Recording()
    dossiers = DossierService(demo_services.db, "x")
    empty = demo_services.projects.create(ProjectFields(title="Vide", start_on=dt.date(2026, 1, 1)))
    with demo_services.db.reading() as session:
        projects = list(session.scalars(select(m.Project.id)))
        organisations = list(session.scalars(select(m.Organisation.id)))
    assert empty.id in projects
    for project_id in projects:
        dossiers.document(project_id, wording)
    sheets = PartnerActionsSheetService(demo_services.db)
    for organisation_id in organisations:
        sheets.document(organisation_id, wording)
    CalendarExportService(demo_services.db).lines(wording)
    with demo_services.db.reading() as session:
        meetings = list(session.scalars(select(m.Meeting.id)))
    mails = MeetingMailService(demo_services.db)
    for meeting_id in meetings:
        demo_services.minutes.document(meeting_id, wording)
        AttendanceSheetService(demo_services.db).document(meeting_id, wording)
        mails.invitation_draft(meeting_id, wording)
        mails.minutes_draft(meeting_id, b"%PDF-1.4", wording)
    for where in (ActionFilter(), ActionFilter(statuses=OPEN_ACTION_STATUSES, mine=True,
                                               text="zz", period=DuePeriod.OVERDUE)):
        ActionPlanSheetService(demo_services.db).document(where, wording)
    for printed in ("passphrase", ""):
        recovery_sheet(RecoveryFacts("Équipe", "/partage", "indice", printed, dt.date(2026, 1, 1)),
                       wording)
    assert {context for context, _ in wording.asked} >= {"MinutesDocument", "RecoverySheet"}
    assert len(wording.asked) > 90
    assert wording.asked - set(DOCUMENT_TEXTS) == set()


def test_qt_wording_formats_with_the_locale(qapp: Any) -> None:
    french = QtWording(QLocale(QLocale.Language.French, QLocale.Country.France))
    assert french.date(dt.date(2026, 3, 5)) == "5 mars 2026"
    assert french.short_date(dt.date(2026, 3, 5)) == "05/03/2026"
    assert french.number(12.5) == "12,5" and french.number(40.0) == "40"
    assert french.money(123456).replace("\u202f", " ").replace("\xa0", " ") == "1 234,56 €"
    label: Enum = ActionStatus.IN_PROGRESS
    assert french.label(label) == "In progress"  # no catalog installed in tests: English
    assert french.tr("DossierDocument", "Contents") == "Contents"
    plain = Wording()
    assert plain.date(dt.date(2026, 3, 5)) == "5 March 2026"
    assert plain.label(ActionStatus.IN_PROGRESS) == "In progress"
