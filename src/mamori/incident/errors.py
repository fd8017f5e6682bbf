"""The one error bad incident facts raise: it names the field and speaks Japanese and English."""

from __future__ import annotations


class FactsError(ValueError):
    def __init__(self, field: str, message_ja: str, message_en: str) -> None:
        self.field = field
        self.message_ja = message_ja
        self.message_en = message_en
        super().__init__(f"{field}: {message_ja} / {message_en}")
