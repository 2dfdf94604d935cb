"""E-mail drafts of a meeting's minutes and invitation, for associations with no mail
server: an RFC 5322 message (`.eml`, built with Python's `email` package) marked
`X-Unsent: 1`, which mail programs open as a draft to check and send. It has no From: the
mail program sends it from the user's own account. It is addressed to
the people expected at the meeting (`meeting_people`) who have an e-mail; the others are
named in a note to the sender at the top of the body ("à prévenir autrement"), which the
sender removes before sending. Subject and body speak the user's language (`Wording`).
"""

from __future__ import annotations

import datetime as dt
import email.policy
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from coopdesk.domain.enums import MeetingStatus
from coopdesk.domain.text import file_name
from coopdesk.services.document_wording import Wording
from coopdesk.services.invitation import InvitationService, agenda_text, usable_address
from coopdesk.services.meeting_details import MeetingDetailService
from coopdesk.services.meeting_people import MeetingPeople, MeetingPeopleService
from coopdesk.services.minutes_data import MinutesDataService
from coopdesk.store.db import Database

CONTEXT = "MailDraft"


@dataclass(frozen=True)
class Attachment:
    filename: str
    content: bytes
    maintype: str
    subtype: str
    #: Extra Content-Type parameters (a calendar's method).
    params: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class MailDraft:
    subject: str
    body: str
    #: (name, address) of each recipient, each address once.
    recipients: tuple[tuple[str, str], ...]
    #: "Name (structure)" of each person to let know another way.
    without_email: tuple[str, ...]
    attachments: tuple[Attachment, ...] = ()

    @property
    def addresses(self) -> list[str]:
        return [address for _name, address in self.recipients]

    def message(self, now: dt.datetime | None = None) -> EmailMessage:
        """The draft as an e-mail message (UTF-8, lines folded for SMTP)."""
        message = EmailMessage(policy=email.policy.SMTP)
        message["X-Unsent"] = "1"
        message["Subject"] = _one_line(self.subject)
        message["Date"] = format_datetime(now or dt.datetime.now(dt.UTC))
        if self.recipients:
            message["To"] = [_address(name, address) for name, address in self.recipients]
        message.set_content(self.body, charset="utf-8")
        for item in self.attachments:
            message.add_attachment(item.content, maintype=item.maintype,
                                   subtype=item.subtype, filename=item.filename,
                                   params=dict(item.params))
        return message

    def eml(self, now: dt.datetime | None = None) -> bytes:
        return self.message(now).as_bytes()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _address(name: str, address: str) -> Address:
    username, _at, domain = address.partition("@")
    return Address(display_name=_one_line(name), username=username, domain=domain)


class MeetingMailService:
    """Builds the e-mail drafts of a meeting (Qt-free): the invitation and the minutes."""

    def __init__(self, db: Database, sender_name: str = "",
                 details: MeetingDetailService | None = None) -> None:
        self.details = details or MeetingDetailService(db)
        self.people = MeetingPeopleService(db)
        self.invitations = InvitationService(db, self.details)
        self.minutes = MinutesDataService(db, self.details)
        self.sender_name = sender_name

    def invitation_draft(self, meeting_id: str, wording: Wording | None = None) -> MailDraft:
        """The invitation (or cancellation) with its .ics attached."""
        w = wording or Wording()
        detail = self.details.detail(meeting_id)
        people = self.people.people(meeting_id)
        invitation = self.invitations.invitation(meeting_id, w)
        meeting = detail.meeting
        values = {"meeting": meeting.title, "date": w.date(meeting.starts_at.date()),
                  "time": w.time(meeting.starts_at)}
        cancelled = meeting.status is MeetingStatus.CANCELLED
        if cancelled:
            subject = _t(w, "Cancelled: {meeting}, {date}").format(**values)
            lead = _t(w, "The meeting “{meeting}” of {date} at {time} is cancelled.")
        else:
            subject = _t(w, "Invitation: {meeting}, {date} at {time}").format(**values)
            lead = _t(w, "You are invited to the meeting “{meeting}” on {date} at {time}.")
        parts = [lead.format(**values)]
        where = meeting.place or meeting.video_link
        if where and not cancelled:
            parts.append(_t(w, "Place: {place}").format(place=where))
        parts.append(agenda_text(detail, w))
        if not cancelled:
            parts.append(_t(w, "Please let us know whether you will come or be represented. "
                            "The attached invitation.ics adds the meeting to your calendar."))
        attachment = Attachment("invitation.ics", invitation.ics, "text", "calendar",
                                (("method", invitation.method), ("charset", "utf-8")))
        return self._draft(people, w, subject, parts, (attachment,))

    def minutes_draft(self, meeting_id: str, pdf: bytes,
                      wording: Wording | None = None) -> MailDraft:
        """The minutes, their PDF (*pdf*) attached."""
        w = wording or Wording()
        data = self.minutes.gather(meeting_id)
        meeting = data.meeting
        values = {"meeting": meeting.title, "date": w.date(meeting.starts_at.date())}
        subject = _t(w, "Minutes: {meeting}, {date}").format(**values)
        parts = [_t(w, "Please find attached the minutes of the meeting “{meeting}” of "
                    "{date}.").format(**values)]
        if data.approved_in is None:
            parts.append(_t(w, "These minutes are a draft until a later meeting approves "
                            "them: send your corrections before then."))
        following = data.next_meeting
        if following is not None:
            parts.append(_t(w, "Next meeting: {meeting}, {date} at {time}.").format(
                meeting=following.title, date=w.date(following.starts_at.date()),
                time=w.time(following.starts_at)))
        name = file_name(_t(w, "Minutes - {meeting}").format(meeting=meeting.title), ".pdf")
        attachment = Attachment(name, pdf, "application", "pdf")
        return self._draft(self.people.people(meeting_id), w, subject, parts, (attachment,))

    def _draft(self, people: MeetingPeople, w: Wording, subject: str, parts: list[str],
               attachments: tuple[Attachment, ...]) -> MailDraft:
        recipients: dict[str, tuple[str, str]] = {}
        others: list[str] = []
        for person, structure in ((p, g.organisation_name) for g in people.groups
                                  for p in g.people):
            address = usable_address(person.email)
            if address:
                recipients.setdefault(address.lower(), (person.name, address))
            else:
                others.append(f"{person.name} ({structure})" if structure and
                              structure != person.name else person.name)
        body: list[str] = []
        if others:
            body.append(_t(w, "[Note to the sender, to remove before sending] To let know "
                            "another way (no e-mail address): {names}.").format(
                                names="; ".join(others)))
        body.append(_t(w, "Hello,"))
        body += [part for part in parts if part]
        body.append(_t(w, "Kind regards,"))
        if self.sender_name:
            body[-1] += "\n" + self.sender_name
        return MailDraft(subject, "\n\n".join(body) + "\n", tuple(recipients.values()),
                         tuple(others), attachments)


def _t(w: Wording, source: str) -> str:
    return w.tr(CONTEXT, source)
