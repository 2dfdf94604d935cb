"""The recovery sheet of an encrypted team: one printed page for the association's binder,
with what a successor needs to rejoin the shared workspace on a new laptop.

Qt-free: the interface prints it through coopdesk.ui.printing; the words go through a
`Wording` (context "RecoverySheet") so the sheet is in the reader's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from coopdesk.services.document_wording import Wording
from coopdesk.services.documents import PrintableDocument, esc

CONTEXT = "RecoverySheet"


@dataclass(frozen=True)
class RecoveryFacts:
    team_name: str
    folder: str
    #: A reminder only the team understands ("" for none).
    hint: str
    #: The passphrase itself, when the person chose to print it ("" otherwise).
    passphrase: str
    day: dt.date


def recovery_sheet(facts: RecoveryFacts, wording: Wording | None = None) -> PrintableDocument:
    w = wording or Wording()

    def tr(text: str) -> str:
        return w.tr(CONTEXT, text)

    title = tr("Recovery sheet — {team}").format(team=facts.team_name)
    if facts.passphrase:
        warning = tr("Keep this sheet locked away: anyone who reads it and reaches the shared "
                     "folder can read everything the team shares.")
        secret = (f"<p>{esc(tr('Team passphrase:'))}</p>"
                  f'<p class="passphrase"><b>{esc(facts.passphrase)}</b></p>'
                  f"<p>{esc(warning)}</p>")
    else:
        secret = f"<p>{esc(tr('The passphrase is not printed on this sheet.'))}</p>"
    hint = (f"<p>{esc(tr('Passphrase hint:'))} <b>{esc(facts.hint)}</b></p>"
            if facts.hint else "")
    steps = [
        tr("Install coopdesk on the new laptop and make sure the shared folder below is "
           "reachable there (cloud drive synced, network drive connected or USB key "
           "plugged in)."),
        tr("In coopdesk, join the shared workspace from that folder (command line: coopdesk "
           "--workspace NEW_FOLDER share join FOLDER)."),
        tr("Type the team passphrase when asked. coopdesk keeps the team key in the "
           "laptop's keyring, never the passphrase."),
        tr("Without the passphrase nobody can rejoin: ask the team member who knows it, or "
           "start a new shared folder."),
    ]
    items = "".join(f"<li>{esc(step)}</li>" for step in steps)
    body = f"""<html><head><meta charset="utf-8"/><style>
body {{ font-family: sans-serif; font-size: 11pt; }}
h1 {{ font-size: 18pt; }} h2 {{ font-size: 13pt; margin-top: 14pt; }}
.passphrase {{ font-family: monospace; font-size: 15pt; }}
td {{ padding: 2pt 8pt 2pt 0; }}
</style></head><body>
<h1>{esc(title)}</h1>
<table>
<tr><td>{esc(tr("Shared workspace"))}</td><td><b>{esc(facts.team_name)}</b></td></tr>
<tr><td>{esc(tr("Shared folder"))}</td><td>{esc(facts.folder)}</td></tr>
<tr><td>{esc(tr("Printed on"))}</td><td>{esc(w.date(facts.day))}</td></tr>
</table>
<h2>{esc(tr("The passphrase"))}</h2>
{hint}{secret}
<h2>{esc(tr("Rejoining on a new laptop"))}</h2>
<ol>{items}</ol>
<h2>{esc(tr("When the passphrase changes"))}</h2>
<p>{esc(tr("Print a new sheet and destroy this one. Laptops that already joined keep "
           "working; only new laptops need the new passphrase."))}</p>
</body></html>"""
    return PrintableDocument(title=title, html=body)


__all__ = ["RecoveryFacts", "recovery_sheet"]
