"""Bits of rich text for the detail panels: escaped values, links, labelled rows.

No user-facing words here: the callers translate whole templates and pass them in.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from coopdesk.services.read_models import Audit
from coopdesk.ui.formatting import date_text
from coopdesk.ui.widgets.styles import MUTED, WARNING, colour_name


def text(value: str) -> str:
    """Plain text as HTML, line breaks kept."""
    return escape(value).replace("\n", "<br>")


def muted_colour() -> str:
    """Secondary text that reads on the current palette, as "#rrggbb"."""
    return colour_name(MUTED)


def warning_colour() -> str:
    """A warning that reads on the current palette, as "#rrggbb"."""
    return colour_name(WARNING)


def link(href: str, label: str) -> str:
    return f'<a href="{escape(href, quote=True)}">{escape(label)}</a>'


def email_link(address: str) -> str:
    return link(f"mailto:{address}", address) if address else ""


def web_link(address: str) -> str:
    if not address:
        return ""
    href = address if "://" in address else f"https://{address}"
    return link(href, address)


def record_link(kind: str, record_id: str, label: str) -> str:
    """A link the detail panel turns into "show this record" (`record_of_link`); the kind is
    the link's scheme, with "-" for "_" (a scheme cannot hold "_": `contact-log-entry:…`)."""
    return link(f"{kind.replace('_', '-')}:{record_id}", label)


def record_of_link(scheme: str, path: str) -> tuple[str, str]:
    """(kind, id) of a link made by `record_link`."""
    return scheme.replace("-", "_"), path


def rows(pairs: list[tuple[str, str]]) -> str:
    """A two-column table of (translated label, HTML value); empty values are skipped."""
    muted = muted_colour()
    cells = "".join(
        f'<tr><td style="color:{muted}; padding-right:12px">{escape(label)}</td>'
        f"<td>{value}</td></tr>" for label, value in pairs if value)
    return f"<table cellspacing='0' cellpadding='2'>{cells}</table>" if cells else ""


def heading(title: str) -> str:
    return f"<h3 style='margin-top:14px; margin-bottom:4px'>{escape(title)}</h3>"


def muted_span(html: str) -> str:
    """*html* in the muted colour, inside a line."""
    return f"<span style='color:{muted_colour()}'>{html}</span>"


def muted(html: str) -> str:
    return f"<p style='color:{muted_colour()}'>{html}</p>"


def warning(html: str) -> str:
    return f"<p style='color:{warning_colour()}'>{html}</p>"


def bullet_list(items: list[str]) -> str:
    return "<ul style='margin-top:0'>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def local_date(stamp: dt.datetime | None) -> str:
    """The local calendar day of a stored (naive UTC) timestamp."""
    if stamp is None:
        return ""
    return date_text(stamp.replace(tzinfo=dt.UTC).astimezone().date())


def audit_parts(audit: Audit) -> dict[str, str]:
    """Escaped values for the "added by … on …" footer templates."""
    return {
        "created_by": escape(audit.created_by or "?"),
        "created_org": escape(audit.created_by_org),
        "created_on": local_date(audit.created_at),
        "updated_by": escape(audit.updated_by or "?"),
        "updated_on": local_date(audit.updated_at),
        "deleted_by": escape(audit.deleted_by or "?"),
        "deleted_on": local_date(audit.deleted_at),
    }
