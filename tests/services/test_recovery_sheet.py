"""The recovery sheet's HTML, built without Qt."""

from __future__ import annotations

import datetime as dt

from coopdesk.services.document_wording import Wording
from coopdesk.services.recovery_sheet import RecoveryFacts, recovery_sheet

FACTS = RecoveryFacts(team_name="Les Tilleuls & Co", folder="C:\\Nextcloud\\Asso",
                      hint="", passphrase="", day=dt.date(2026, 11, 26))


def test_the_sheet_names_the_team_folder_date_and_the_steps() -> None:
    document = recovery_sheet(FACTS)
    assert document.title == "Recovery sheet — Les Tilleuls & Co"
    html = document.html
    assert "Les Tilleuls &amp; Co" in html and "C:\\Nextcloud\\Asso" in html
    assert "26 November 2026" in html and "share join FOLDER" in html
    assert "not printed on this sheet" in html and "hint" not in html.lower().split("<ol>")[0]


def test_hint_and_passphrase_are_escaped_and_printed_when_given() -> None:
    facts = RecoveryFacts(team_name="T", folder="/f", hint="chat <Minou>",
                          passphrase='un "secret" <script>', day=dt.date(2026, 1, 2))
    html = recovery_sheet(facts).html
    assert "chat &lt;Minou&gt;" in html and "<script>" not in html
    assert "un &quot;secret&quot; &lt;script&gt;" in html and "locked away" in html


class Marked(Wording):
    def tr(self, context: str, source: str) -> str:
        assert context == "RecoverySheet"
        return "§" + source


def test_every_sentence_goes_through_the_wording() -> None:
    document = recovery_sheet(FACTS, Marked())
    assert document.title.startswith("§Recovery sheet")
    assert "§Rejoining on a new laptop" in document.html
    assert document.html.count("§") >= 12
