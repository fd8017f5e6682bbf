"""The Finding contract: what `detect()` returns and every other package consumes."""

from __future__ import annotations

from dataclasses import dataclass, field

from mamori.detect.types import EntityType


# Not frozen: a frozen dataclass's __init__ costs four times as much, and a dense text builds a Finding
# every few hundred characters. Treat it as immutable all the same (`shifted` returns a new one).
@dataclass(slots=True, order=True)
class Finding:
    """One piece of personal data in a text.

    `start`/`end` are code-point offsets into the ORIGINAL text (end exclusive), so
    `text[start:end]` is the value exactly as written. A Finding never holds the value itself:
    callers that must store something use `mamori.privacy` for a masked preview and a keyed hash.
    """

    start: int
    end: int
    type: EntityType = field(compare=False)
    score: float = field(compare=False)
    reasons: tuple[str, ...] = field(default=(), compare=False)
    subtype: str | None = field(default=None, compare=False)

    def value(self, text: str) -> str:
        return text[self.start : self.end]

    def shifted(self, offset: int) -> Finding:
        if offset == 0:  # never mutated: the same finding will do (most texts are one segment)
            return self
        return Finding(
            self.start + offset, self.end + offset, self.type, self.score, self.reasons, self.subtype
        )

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "type": self.type.value,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 3),
            "reasons": list(self.reasons),
        }
        if self.subtype is not None:
            data["subtype"] = self.subtype
        return data
