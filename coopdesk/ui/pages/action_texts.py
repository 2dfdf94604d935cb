"""How an action's owner and lateness read, and the red of "overdue": shared by the action
plan and the dashboard, apart from the action plan page so that the dashboard (shown first,
maybe from its cached copy) does not import that page or the database layer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from coopdesk.services.action_rows import ActionRow


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # The action plan's context: these texts were written for its table.
    return QCoreApplication.translate("ActionsModels", text, disambiguation, n)


def base_colour(palette: QPalette | None = None) -> QColor:
    """The colour text is drawn on (the application's when a style sheet made the
    widget's background transparent)."""
    brush = (palette or QApplication.palette()).brush(QPalette.ColorRole.Base)
    if brush.style() == Qt.BrushStyle.NoBrush or brush.color().alpha() < 128:
        return QApplication.palette().color(QPalette.ColorRole.Base)
    return brush.color()


def overdue_colour(palette: QPalette | None = None) -> QColor:
    """A red that reads on the palette's base colour, light or dark."""
    return QColor("#f28b82") if base_colour(palette).lightness() < 128 else QColor("#c5221f")


def owner_text(row: ActionRow) -> str:
    """"Karim Benali (UST)", or the organisation alone when no person is named."""
    organisation = row.owner_organisation_acronym or row.owner_organisation_name
    if row.owner_person_name and organisation:
        return _tr("{person} ({organisation})").format(person=row.owner_person_name,
                                                        organisation=organisation)
    return row.owner_person_name or row.owner_organisation_name


def late_text(days: int) -> str:
    return _tr("%n day(s) late", "", days)
