"""Plain-Python concepts and rules of coopdesk: no Qt, no SQLAlchemy."""
