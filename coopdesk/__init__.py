"""coopdesk: a desktop app for associations that cooperate."""

__version__ = "0.1.0"
