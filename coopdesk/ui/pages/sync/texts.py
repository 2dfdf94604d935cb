"""What the Synchronisation page says: devices, files, notices, in plain words.

Table columns over the read models of the sync services (`RecordTableModel` adapters), and
the sentences that explain each notice and what each choice does.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from coopdesk.services.clock import utcnow
from coopdesk.services.duplicates import DuplicateGroup
from coopdesk.services.history import parse_wall
from coopdesk.services.sharing.inbox import (
    ClockNotice,
    ConflictNotice,
    DeleteEditNotice,
    ForkNotice,
    Notice,
    QuarantineNotice,
    RefusedChange,
)
from coopdesk.services.sharing.types import DeviceStatus, FileProblem
from coopdesk.ui.dialogs.conflicts import versions_text
from coopdesk.ui.dialogs.field_labels import field_label, local_time
from coopdesk.ui.formatting import date_text, datetime_text
from coopdesk.ui.labels import QT_TRANSLATE_NOOP, kind_label
from coopdesk.ui.models.record_table import Column
from coopdesk.ui.widgets.styles import WARNING, tone


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncPage", text)



def ago_text(when: dt.datetime, now: dt.datetime | None = None) -> str:
    """"just now", "5 minutes ago", "yesterday", "3 days ago", then the date (naive UTC in)."""
    seconds = ((now or utcnow()) - when).total_seconds()
    if seconds < 60:
        return _tr("just now")
    if seconds < 3600:
        minutes = int(seconds // 60)
        return QCoreApplication.translate("SyncPage", "%n minute(s) ago", None, minutes)
    if seconds < 24 * 3600:
        hours = int(seconds // 3600)
        return QCoreApplication.translate("SyncPage", "%n hour(s) ago", None, hours)
    days = int(seconds // (24 * 3600))
    if days < 2:
        return _tr("yesterday")
    if days < 31:
        return QCoreApplication.translate("SyncPage", "%n day(s) ago", None, days)
    return date_text(local_time(when).date())


def ahead_text(ahead_ms: int) -> str:
    hours = ahead_ms // 3_600_000
    if hours < 48:
        return QCoreApplication.translate("SyncPage", "%n hour(s)", None, max(hours, 1))
    return QCoreApplication.translate("SyncPage", "%n day(s)", None, hours // 24)


# -- devices -----------------------------------------------------------------------------
def device_person(device: DeviceStatus) -> str:
    name = device.person or _tr("Someone not named yet")
    return _tr("{name} (this computer)").format(name=name) if device.is_me else name


def device_columns() -> list[Column[DeviceStatus]]:
    return [
        Column(_tr("Association"), lambda d: d.organisation or "—"),
        Column(_tr("Person"), device_person),
        Column(_tr("Last change"),
               lambda d: ago_text(parse_wall(d.last_change)) if d.last_change else "—",
               sort_key=lambda d: d.last_change,
               tooltip=lambda d: datetime_text(local_time(parse_wall(d.last_change)))
               if d.last_change else ""),
    ]


# -- files -------------------------------------------------------------------------------
_STATUSES = {
    "incomplete": QT_TRANSLATE_NOOP(
        "SyncPage", "Still arriving: the copy of this file is not finished, coopdesk will "
                    "try again"),
    "waiting": QT_TRANSLATE_NOOP("SyncPage", "Waiting for an earlier file of the same computer"),
    "corrupt": QT_TRANSLATE_NOOP(
        "SyncPage", "Damaged: ask its author to synchronise again (nothing is lost on their "
                    "computer)"),
    "newer_format": QT_TRANSLATE_NOOP(
        "SyncPage", "Written by a newer coopdesk: please update coopdesk to read it"),
    "unknown_key": QT_TRANSLATE_NOOP("SyncPage",
                                     "Encrypted with a key this computer does not have"),
    "wrong_key": QT_TRANSLATE_NOOP("SyncPage", "Cannot be decrypted with this computer's key"),
    "skipped": QT_TRANSLATE_NOOP("SyncPage", "Not read by this version of coopdesk"),
    "fork": QT_TRANSLATE_NOOP("SyncPage", "Written by a copy of this computer"),
    "leftover": QT_TRANSLATE_NOOP(
        "SyncPage", "A leftover copy made by your sync program; it can be deleted"),
    "unreadable": QT_TRANSLATE_NOOP(
        "SyncPage", "Cannot be read (not a plain file, too large, or not allowed)"),
}


def status_text(status: str) -> str:
    english = _STATUSES.get(status)
    return QCoreApplication.translate("SyncPage", english) if english else status


def problem_columns() -> list[Column[FileProblem]]:
    return [
        Column(_tr("File"), lambda p: p.path.replace("\\", "/").rsplit("/", 1)[-1],
               tooltip=lambda p: p.path),
        Column(_tr("Written by"), lambda p: p.author or _tr("unknown")),
        Column(_tr("State"), lambda p: status_text(p.status), tooltip=lambda p: p.detail,
               foreground=lambda p: tone(WARNING), spoken=lambda p: status_text(p.status)),
    ]


# -- notices -----------------------------------------------------------------------------
def notice_kind_text(notice: Notice) -> str:
    if isinstance(notice, ConflictNotice):
        count = len(notice.versions)
        return QCoreApplication.translate("SyncPage", "%n versions", None, count)
    if isinstance(notice, DeleteEditNotice):
        return _tr("Deleted and edited")
    if isinstance(notice, ClockNotice):
        return _tr("Wrong clock")
    if isinstance(notice, ForkNotice):
        return _tr("Copied computer recovered") if notice.recovered else _tr("Copied computer")
    if isinstance(notice, QuarantineNotice):
        return _tr("Changes not applied")
    return _tr("Possible duplicate")


def record_text(kind: str, title: str) -> str:
    return _tr("{kind} “{title}”").format(kind=kind_label(kind), title=title)


def notice_subject(notice: Notice) -> str:
    if isinstance(notice, ConflictNotice):
        return _tr("{field} — {record}").format(
            field=field_label(notice.field),
            record=record_text(notice.record_kind, notice.record_title))
    if isinstance(notice, DeleteEditNotice):
        return record_text(notice.record_kind, notice.record_title)
    if isinstance(notice, ClockNotice):
        return _tr("Computer of {person}").format(person=notice.person or _tr("someone"))
    if isinstance(notice, ForkNotice):
        return _tr("This computer") if notice.new_replica or not notice.recovered \
            else _tr("Another computer")
    if isinstance(notice, QuarantineNotice):
        return QCoreApplication.translate("SyncPage", "%n change(s) kept aside", None,
                                          len(notice.changes))
    return _tr("{record} ({count} records)").format(
        record=record_text(notice.record_kind, notice.name), count=len(notice.records))


def notice_summary(notice: Notice) -> str:
    if isinstance(notice, ConflictNotice):
        return versions_text(notice)
    if isinstance(notice, DeleteEditNotice):
        return _tr("deleted by {deleted_by}, edited by {edited_by}").format(
            deleted_by=notice.deleted_by, edited_by=notice.edited_by)
    if isinstance(notice, ClockNotice):
        return _tr("{ahead} ahead").format(ahead=ahead_text(notice.ahead_ms))
    if isinstance(notice, ForkNotice):
        return _tr("since {when}").format(when=datetime_text(local_time(notice.created_at)))
    if isinstance(notice, QuarantineNotice):
        return "; ".join(dict.fromkeys(writer_text(c) for c in notice.changes))
    return "; ".join(f"{r.title} ({r.detail})" if r.detail else r.title
                     for r in notice.records)


def notice_explanation(notice: Notice) -> str:
    if isinstance(notice, ConflictNotice):
        return _tr("{who} changed this text at the same time on different computers. Every "
                   "computer shows the same versions until someone chooses: compare them, "
                   "keep one or merge them.").format(
            who=", ".join(dict.fromkeys(v.author for v in notice.versions)))
    if isinstance(notice, DeleteEditNotice):
        return _tr("{deleted_by} moved this record to the trash while {edited_by} was "
                   "changing it, each on their own computer. It is kept for now: keep it, or "
                   "move it to the trash after all?").format(
            deleted_by=notice.deleted_by, edited_by=notice.edited_by)
    if isinstance(notice, ClockNotice):
        return _tr("The clock of {person}'s computer ({association}) is {ahead} ahead. A "
                   "wrong clock never decides which change wins, but the times shown for "
                   "changes from that computer are wrong. Ask {person} to set the date and "
                   "time of their computer.").format(
            person=notice.person or _tr("someone"), association=notice.organisation or "—",
            ahead=ahead_text(notice.ahead_ms))
    if isinstance(notice, ForkNotice) and notice.recovered:
        return _tr("Two installations shared different changes as the same computer: a "
                   "copied computer, or a backup put back after the computer had shared. "
                   "coopdesk kept the changes of both on every computer, and each "
                   "installation now shares under a name of its own. Nothing needs doing.")
    if isinstance(notice, ForkNotice) and notice.unsplit:
        return _tr("Two different files hold the same changes of another computer (a "
                   "copied computer), and this computer cannot tell them apart (it started "
                   "from a snapshot, or a file was written by an older coopdesk). Both files "
                   "are kept and this computer goes on sharing. Nothing is lost: tell the "
                   "people who maintain coopdesk.")
    if isinstance(notice, ForkNotice):
        return _tr("Another installation writes to the shared folder as this computer, and "
                   "this computer cannot sort the two apart by itself (it started from a "
                   "snapshot), so it stopped sharing its changes. Nothing is lost and the "
                   "other computers are not affected: keep this workspace folder as it is "
                   "and tell the people who maintain coopdesk.")
    if isinstance(notice, QuarantineNotice):
        lines = [_tr("These changes arrived from other computers but this version of "
                     "coopdesk cannot show them (a newer version, a bug or a file edited by "
                     "hand wrote them). They are kept, not lost, and passed on; the records "
                     "show their last valid values. Nothing needs doing here: each line goes "
                     "away once a later change makes it valid. If it stays, ask the writer "
                     "to update coopdesk, or update yours.")]
        lines += [refused_text(change) for change in notice.changes[:20]]
        if len(notice.changes) > 20:
            lines.append(_tr("… and {count} more.").format(count=len(notice.changes) - 20))
        return "\n".join(lines)
    return _tr("These records have the same name. If they are the same, merge them: "
               "coopdesk keeps one, moves every link to it (contacts, partnerships, "
               "actions…) and puts the others in the trash.")


_REASONS = {
    "wrong_type": QT_TRANSLATE_NOOP("SyncPage", "not a value of the right kind"),
    "required": QT_TRANSLATE_NOOP("SyncPage", "empty, but required"),
    "not_allowed": QT_TRANSLATE_NOOP("SyncPage", "a choice this version does not know"),
    "too_long": QT_TRANSLATE_NOOP("SyncPage", "too long"),
    "out_of_range": QT_TRANSLATE_NOOP("SyncPage", "a number out of range"),
}


def writer_text(change: RefusedChange) -> str:
    """Who wrote a refused change, from which device and version."""
    return _tr("{person} ({association}), computer {device}, coopdesk {version}").format(
        person=change.author or _tr("someone"), association=change.author_org or "—",
        device=change.replica[:8] or "?", version=change.app_version or _tr("unknown"))


def refused_text(change: RefusedChange) -> str:
    """One line of the quarantine notice."""
    reason = QCoreApplication.translate("SyncPage", _REASONS.get(change.reason,
                                                                  change.reason))
    record = (record_text(change.record_kind, change.record_title or change.record_id[:8])
              if change.record_kind else change.record_id[:8])
    return _tr("• {field} of {record}: “{value}” ({reason}) — from {writer}").format(
        field=field_label(change.field) if change.field else _tr("record"), record=record,
        value=change.value, reason=reason, writer=writer_text(change))


def notice_columns() -> list[Column[Notice]]:
    def colour(notice: Notice) -> QColor | None:
        return tone(WARNING) if isinstance(notice, ClockNotice | ForkNotice) else None

    return [
        Column(_tr("Kind"), notice_kind_text, foreground=colour, spoken=notice_kind_text),
        Column(_tr("About"), notice_subject, tooltip=notice_subject),
        Column(_tr("Details"), notice_summary, tooltip=notice_summary),
    ]


def duplicate_label(group: DuplicateGroup, index: int) -> str:
    return " — ".join([group.records[index].title, duplicate_details(group, index)])


def duplicate_details(group: DuplicateGroup, index: int) -> str:
    """What tells the record apart from its duplicates: detail, author, date, links."""
    record = group.records[index]
    parts = [record.detail] if record.detail else []
    parts.append(_tr("added by {who} on {day}").format(
        who=record.created_by or "?", day=date_text(local_time(record.created_at).date())))
    parts.append(QCoreApplication.translate("SyncPage", "%n link(s)", None, record.references))
    return " — ".join(parts)
