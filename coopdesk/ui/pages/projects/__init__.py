"""The Projects page (Projets): shared projects and their framework."""

from coopdesk.ui.pages.projects.page import ProjectsPage

__all__ = ["ProjectsPage"]
