"""The time the services go by: naive UTC, as the workspace stores it (for the interface's
"synchronised 3 minutes ago" and the like, without reaching into the store)."""

from __future__ import annotations

import datetime as dt

from coopdesk.store.base import utcnow as _store_utcnow


def utcnow() -> dt.datetime:
    """Now, in naive UTC."""
    return _store_utcnow()


__all__ = ["utcnow"]
