"""The quorum of a project or a meeting typed as people say it: a number of voting partners
("4") or a fraction of them ("1/2", "2/3"); and the proxies one person may hold."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.quorum import QuorumRule
from coopdesk.ui.labels import QT_TRANSLATE_NOOP

NOT_A_QUORUM = QT_TRANSLATE_NOOP("errors", "“{text}” is not a quorum: write a number of "
                                 "voting partners (4) or a fraction of them (1/2, 2/3).")
_FRACTION = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


class QuorumEdit(QLineEdit):
    """A number ("4") or a fraction ("1/2") of the voting partners; empty means none."""

    def __init__(self, rule: QuorumRule | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("for example 4, or 1/2 of the voting partners"))
        self.set_rule(rule or QuorumRule())

    def set_rule(self, rule: QuorumRule) -> None:
        if rule.is_fraction:
            self.setText(f"{rule.numerator}/{rule.denominator}")
        else:
            self.setText(str(rule.number) if rule.number else "")

    def value(self, field: str = "quorum") -> tuple[int | None, int | None, int | None]:
        """(number, numerator, denominator): one of the two set, or none; raises
        ValidationError naming *field* for anything else."""
        text = self.text().strip()
        if not text:
            return None, None, None
        if text.isdigit():
            return int(text), None, None
        found = _FRACTION.match(text)
        if found is None:
            raise ValidationError(field, NOT_A_QUORUM, text=text)
        return None, int(found.group(1)), int(found.group(2))


class ProxyLimitEdit(QLineEdit):
    """How many proxies one person may hold; empty means no limit."""

    def __init__(self, value: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText(self.tr("no limit"))
        self.set_value(value)

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))

    def value(self, field: str = "max_proxies") -> int | None:
        text = self.text().strip()
        if not text:
            return None
        if not text.isdigit():
            raise ValidationError(field, NOT_A_PROXY_LIMIT, text=text)
        return int(text)


NOT_A_PROXY_LIMIT = QT_TRANSLATE_NOOP("errors", "“{text}” is not a number of proxies (for "
                                      "example 2; leave empty for no limit).")
