"""Printable documents built by services and rendered by `coopdesk.ui.printing` (Qt).

A service builds a `PrintableDocument`: complete HTML from a template in
`resources/templates/`, every user text passed through `esc()`. Nothing here imports Qt, so
a test or the command line can build and check the HTML without a display.

Templates are looked for first in the user's own folder (`<config>/coopdesk/templates/`,
where a volunteer puts an adapted copy and a logo), then like the other resources (see
`coopdesk.app.paths`, which this layer may not import): `COOPDESK_RESOURCES`, the frozen
bundle, the development checkout, then the wheel's data files under
`<prefix>/share/coopdesk/resources/`. A template file missing from the user's folder comes
from the next place.
"""

from __future__ import annotations

import html
import os
import re
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

import coopdesk
from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.settings import AppPaths

#: The environment variable that overrides where the resources are (packagers, tests).
RESOURCES_ENV_VAR = "COOPDESK_RESOURCES"
TEMPLATES = "templates"
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


class TemplateError(CoopdeskError):
    template = ("A printing template asks for “{key}”, which coopdesk does not fill; "
                "correct or remove the template in {folder}.")


@dataclass(frozen=True)
class PrintableDocument:
    """A document ready to print: its title (PDF metadata and every page's footer) and its
    complete HTML; with `toc`, the renderer writes the page of every h1/h2 into the element
    of id "toc"."""

    title: str
    html: str
    toc: bool = False


def esc(text: str | None) -> str:
    """*text* safe to put in HTML: markup characters escaped, line breaks kept."""
    if not text:
        return ""
    escaped = html.escape(text, quote=True)
    return escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")


def template_candidates() -> list[Path]:
    """The folders searched for templates, most specific first."""
    found: list[Path] = [user_templates_dir()]
    override = os.environ.get(RESOURCES_ENV_VAR)
    if override:
        found.append(Path(override) / TEMPLATES)
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle:
            found.append(Path(bundle) / "resources" / TEMPLATES)
        found.append(Path(sys.executable).resolve().parent / "resources" / TEMPLATES)
    package_dir = Path(coopdesk.__file__).resolve().parent
    found.append(package_dir.parent / "resources" / TEMPLATES)  # development checkout
    found.append(package_dir / "resources" / TEMPLATES)
    for prefix in dict.fromkeys((sys.prefix, sysconfig.get_path("data"), sys.base_prefix)):
        found.append(Path(prefix) / "share" / "coopdesk" / "resources" / TEMPLATES)
    return found


def user_templates_dir() -> Path:
    """Where a volunteer puts adapted templates (and logo.png) for this laptop's user."""
    return AppPaths.for_user().config_dir / TEMPLATES


def template_path(name: str) -> Path:
    """The first template file called *name*; FileNotFoundError names the folders searched."""
    if Path(name).name != name:
        raise ValueError(f"not a template name: {name!r}")
    candidates = template_candidates()
    for folder in candidates:
        path = folder / name
        if path.is_file():
            return path
    searched = ", ".join(str(folder) for folder in candidates)
    raise FileNotFoundError(f"the template {name} is missing (searched {searched})")


def logo_path(organisation: str) -> Path | None:
    """The logo of an organisation: `logos/<its name>.png` in a templates folder (the
    user's first), or None. Characters a file name cannot hold become spaces."""
    cleaned = " ".join(re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", organisation).split())
    if not cleaned.strip(" ."):
        return None
    for folder in template_candidates():
        path = folder / "logos" / f"{cleaned}.png"
        if path.is_file():
            return path
    return None


def load_template(name: str) -> str:
    """The text of the template *name* (e.g. "minutes.html") from resources/templates/."""
    return template_path(name).read_text(encoding="utf-8")


def fill(template: str, values: dict[str, str]) -> str:
    """Replace each `{{ key }}` of *template* by its value (values are HTML already: escape
    user text with `esc` first). HTML comments (the template's instructions to volunteers)
    are dropped first. An unknown key raises TemplateError naming it."""
    out: list[str] = []
    rest = _COMMENT.sub("", template)
    while True:
        start = rest.find("{{")
        if start < 0:
            out.append(rest)
            return "".join(out)
        end = rest.find("}}", start)
        if end < 0:
            raise TemplateError(key="{{", folder=str(user_templates_dir()))
        out.append(rest[:start])
        key = rest[start + 2:end].strip()
        if key not in values:
            raise TemplateError(key=f"{{{{ {key} }}}}", folder=str(user_templates_dir()))
        out.append(values[key])
        rest = rest[end + 2:]
