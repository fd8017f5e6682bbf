"""The one error bad incident facts raise: it names the field and speaks Japanese and English."""

from __future__ import annotations

# The pydantic error type of every check in `facts_model.py`: its context holds both messages.
FACTS_ERROR = "mamori_facts"


class FactsError(ValueError):
    def __init__(self, field: str, message_ja: str, message_en: str) -> None:
        self.field = field
        self.message_ja = message_ja
        self.message_en = message_en
        super().__init__(f"{field}: {message_ja} / {message_en}")
