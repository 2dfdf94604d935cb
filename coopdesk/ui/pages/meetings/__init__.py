"""The Meetings page (Réunions): plan, prepare and hold meetings."""

from coopdesk.ui.pages.meetings.page import MeetingsPage

__all__ = ["MeetingsPage"]
