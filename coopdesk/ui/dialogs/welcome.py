"""First start: who uses this laptop (the local profile recorded on every change)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from coopdesk.domain.profile import Profile
from coopdesk.ui.widgets.form import FormDialog, text_of


class WelcomeDialog(FormDialog):
    def __init__(self, profile: Profile | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Welcome to coopdesk"), parent)
        self.setObjectName("welcomeDialog")
        intro = QLabel(self.tr(
            "<p><b>Welcome!</b></p><p>coopdesk notes who creates and changes each record, "
            "so that partners know who did what. Please tell us who you are; you can "
            "change it later.</p>"), self)
        intro.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, intro)
        self.name_edit = self.add_text("name", self.tr("Your name"),
                                       profile.name if profile else "", required=True)
        self.organisation_edit = self.add_text(
            "organisation", self.tr("Your association"),
            profile.organisation if profile else "")
        assert isinstance(self.name_edit, QLineEdit)
        assert isinstance(self.organisation_edit, QLineEdit)
        self.name_edit.setPlaceholderText(self.tr("for example Marie Dupont"))
        self.organisation_edit.setPlaceholderText(self.tr("for example Asso du Pont"))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        ok.setText(self.tr("Continue"))
        self.profile: Profile | None = None

    def save(self) -> None:
        profile = Profile(name=text_of(self.name_edit).strip(),
                          organisation=text_of(self.organisation_edit).strip())
        profile.validate()
        self.profile = profile

    @classmethod
    def ask(cls, profile: Profile | None = None, parent: QWidget | None = None) -> Profile | None:
        """The profile the user typed; None when they cancelled."""
        dialog = cls(profile, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.profile
