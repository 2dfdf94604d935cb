"""Two (or more) versions of one text side by side: keep one, or write a merge.

Used from the Synchronisation page and the dashboard. The other versions are never lost:
they stay in the record's history.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.changes import Changes
from coopdesk.services.sharing.inbox import ConflictNotice, Version, merge_draft
from coopdesk.services.workspace_services import Services
from coopdesk.ui.dialogs.field_labels import field_label, local_time
from coopdesk.ui.formatting import datetime_text
from coopdesk.ui.labels import error_text, kind_label
from coopdesk.ui.widgets.form import error_style


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConflictDialog", text)


def version_time(version: Version, notice: ConflictNotice) -> str:
    """"14:02" when every version is of the same day, else the date and time."""
    days = {local_time(v.when).date() for v in notice.versions}
    when = local_time(version.when)
    if len(days) == 1:
        return QLocale().toString(QTime(when.hour, when.minute),
                                  QLocale.FormatType.ShortFormat)
    return datetime_text(when)


def keep_text(version: Version, notice: ConflictNotice) -> str:
    return _tr("Keep {name}'s version ({time})").format(
        name=version.author or _tr("someone"), time=version_time(version, notice))


def versions_text(notice: ConflictNotice) -> str:
    """"Alice Martin 14:02, Bob Leroy 14:10"."""
    return ", ".join(f"{v.author} {version_time(v, notice)}" for v in notice.versions)


class MergeEditor(QDialog):
    """An editor prefilled with every version, for the person to write the merged text."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 520)
        hint = QLabel(self.tr("Every line of every version is below, common lines once. "
                              "Correct it into the text to keep, then save."), self)
        hint.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlainText(text)
        self.editor.setAccessibleName(self.tr("Merged text"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> str | None:
        """The merged text, or None when the person cancels."""
        dialog = cls(title, text, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.editor.toPlainText()


class ConflictDialog(QDialog):
    def __init__(self, services: Services, notice: ConflictNotice,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.services = services
        self.notice = notice
        #: What the resolution changed (empty until one is saved).
        self.changes = Changes()
        field = field_label(notice.field)
        self.setWindowTitle(_tr("Versions of “{field}”").format(field=field))
        self.resize(1000, 600)
        heading = QLabel(_tr("{field} of {kind} “{title}”: {count} versions").format(
            field=field, kind=kind_label(notice.record_kind).lower(),
            title=notice.record_title, count=len(notice.versions)), self)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        intro = QLabel(_tr(
            "These versions were written at the same time on different computers ({who}). "
            "Keep one, or merge them into one text. Nothing is lost: the other versions "
            "stay in the history of the record.").format(who=versions_text(notice)), self)
        intro.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setStyleSheet(error_style())
        self.error.setWordWrap(True)
        self.error.hide()

        columns = QHBoxLayout()
        self.keep_buttons: list[QPushButton] = []
        self.editors: list[QPlainTextEdit] = []
        for version in notice.versions:
            column = QVBoxLayout()
            who = QLabel(_tr("{name} ({association}), {when}").format(
                name=version.author, association=version.author_org or "—",
                when=datetime_text(local_time(version.when))), self)
            who.setWordWrap(True)
            editor = QPlainTextEdit(self)
            editor.setReadOnly(True)
            editor.setPlainText(version.text)
            editor.setAccessibleName(_tr("Version of {name}").format(name=version.author))
            keep = QPushButton(keep_text(version, notice), self)
            keep.clicked.connect(partial(self.keep, version))
            column.addWidget(who)
            column.addWidget(editor, 1)
            column.addWidget(keep)
            columns.addLayout(column, 1)
            self.keep_buttons.append(keep)
            self.editors.append(editor)

        self.merge_button = QPushButton(_tr("&Merge…"), self)
        self.merge_button.setToolTip(_tr("Write one text from the versions"))
        self.merge_button.clicked.connect(self.merge)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.merge_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.error)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        if self.keep_buttons:
            self.keep_buttons[-1].setFocus(Qt.FocusReason.OtherFocusReason)

    @classmethod
    def ask(cls, services: Services, notice: ConflictNotice,
            parent: QWidget | None = None) -> Changes:
        """Let the person settle the conflict; what it changed (empty if cancelled)."""
        dialog = cls(services, notice, parent)
        dialog.exec()
        return dialog.changes

    def keep(self, version: Version) -> bool:
        return self._save(lambda: self.services.sync_inbox.keep_version(self.notice, version))

    def merge(self) -> bool:
        draft = merge_draft([v.text for v in self.notice.versions])
        text = MergeEditor.ask(self, _tr("Merge the versions of “{field}”").format(
            field=field_label(self.notice.field)), draft)
        if text is None:
            return False
        return self._save(lambda: self.services.sync_inbox.save_merged(self.notice, text))

    def _save(self, action: Callable[[], Changes]) -> bool:
        try:
            changes = action()
        except CoopdeskError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return False
        self.changes = changes
        self.accept()
        return True
