"""What one line of a dashboard card says: its title, a detail line and a short tag
("3 days late", "Tomorrow", "14:32"), built from the service's read models."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from coopdesk.services.action_rows import ActionRow
from coopdesk.services.dashboard_model import ChangeLine, FollowUpLine, MeetingLine, SyncNoticeLine
from coopdesk.ui.formatting import date_text
from coopdesk.ui.labels import QT_TRANSLATE_NOOP, kind_label
from coopdesk.ui.pages.action_texts import late_text, owner_text


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("DashboardLines", text, disambiguation, n)


@dataclass(frozen=True)
class DashboardLine:
    """A line of a card; activating it opens the record `kind`/`id`."""

    kind: str
    id: str
    title: str
    detail: str = ""
    tag: str = ""
    #: Late or needing attention: the tag is drawn in red with a warning sign.
    urgent: bool = False

    @property
    def spoken(self) -> str:
        """Everything the line says, for screen readers and tooltips."""
        return ". ".join(part for part in (self.title, self.detail, self.tag) if part)


def relative_day(day: dt.date, today: dt.date) -> str:
    """"Today", "Tomorrow", "In 3 days", "Yesterday", or the date further away."""
    delta = (day - today).days
    if delta == 0:
        return _tr("Today")
    if delta == 1:
        return _tr("Tomorrow")
    if delta == -1:
        return _tr("Yesterday")
    if 1 < delta <= 14:
        return _tr("In %n day(s)", "", delta)
    return date_text(day)


def long_datetime(moment: dt.datetime) -> str:
    """"jeudi 19 mars 2026 à 18:00" the way the locale says it."""
    locale = QLocale()
    day = locale.toString(QDate(moment.year, moment.month, moment.day),
                          QLocale.FormatType.LongFormat)
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return _tr("{day} at {time}").format(day=day, time=time)


def joined(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


def action_line(row: ActionRow, today: dt.date) -> DashboardLine:
    due = row.action.due_on
    tag = relative_day(due, today) if due else ""
    if row.overdue:
        tag = late_text(row.days_overdue)
    when = _tr("Due {date}").format(date=date_text(due)) if due else ""
    return DashboardLine("action", row.id, row.action.title,
                         joined(when, owner_text(row), row.project_title), tag, row.overdue)


def follow_up_line(line: FollowUpLine, today: dt.date) -> DashboardLine:
    title = line.follow_up or line.subject
    about = _tr("“{subject}” of {date}").format(subject=line.subject,
                                                date=date_text(line.occurred_on))
    who = _tr("With {name}").format(name=line.with_name) if line.with_name else ""
    private = _tr("Private note") if line.is_private else ""
    tag = late_text(line.days_late) if line.late else relative_day(line.follow_up_on, today)
    return DashboardLine("contact_log_entry", line.id, title, joined(who, about, private), tag,
                         line.late)


def meeting_line(line: MeetingLine, today: dt.date) -> DashboardLine:
    place = line.place or (_tr("Video call") if line.video_link else "")
    return DashboardLine("meeting", line.id, line.title,
                         joined(long_datetime(line.starts_at), place, line.project_title),
                         relative_day(line.starts_at.date(), today))


def local_time(stamp: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) time on this laptop's clock."""
    return stamp.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def change_line(line: ChangeLine, today: dt.date) -> DashboardLine:
    who = (_tr("{name} ({organisation})").format(name=line.by, organisation=line.by_organisation)
           if line.by_organisation else line.by)
    what = kind_label(line.changed_kind)
    template = _tr("{kind} added by {who}") if line.created else _tr("{kind} changed by {who}")
    at = local_time(line.at)
    when = (QLocale().toString(QTime(at.hour, at.minute), QLocale.FormatType.ShortFormat)
            if at.date() == today else relative_day(at.date(), today))
    return DashboardLine(line.kind, line.id, line.title or kind_label(line.kind),
                         template.format(kind=what, who=who), when)


_NOTICE_TEXTS = {
    "conflict": QT_TRANSLATE_NOOP("DashboardLines", "Two versions of a text: choose one"),
    "delete_edit": QT_TRANSLATE_NOOP("DashboardLines",
                                     "Deleted on one computer, edited on another"),
    "clock": QT_TRANSLATE_NOOP("DashboardLines", "A computer's clock looks wrong"),
    "fork": QT_TRANSLATE_NOOP("DashboardLines",
                              "A copied computer shared: both copies' changes kept"),
}


def sync_line(line: SyncNoticeLine, today: dt.date) -> DashboardLine:
    what = QCoreApplication.translate("DashboardLines", _NOTICE_TEXTS.get(
        line.kind, QT_TRANSLATE_NOOP("DashboardLines", "A sync notice to settle")))
    return DashboardLine(line.record_kind, line.record_id, line.text or what,
                         what if line.text else "",
                         relative_day(local_time(line.at).date(), today), urgent=True)
