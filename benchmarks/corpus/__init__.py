"""Labelled evaluation documents, generated with a fixed seed.

Each generator module exposes `generate(rng: random.Random, n: int) -> list[Doc]`. Documents are split into
a tuning part and a held-back part by `split()`; targets are reported on the held-back part only.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    type: str
    subtype: str | None = None


@dataclass(slots=True)
class Doc:
    text: str
    entities: list[Gold] = field(default_factory=list)
    shape: str = "prose"  # prose, form, csv, email, chat, negative …
    column: str | None = None


class DocBuilder:
    """Builds a document piece by piece so gold offsets are always right."""

    def __init__(self, shape: str = "prose") -> None:
        self.parts: list[str] = []
        self.length = 0
        self.entities: list[Gold] = []
        self.shape = shape

    def text(self, s: str) -> DocBuilder:
        self.parts.append(s)
        self.length += len(s)
        return self

    def entity(self, s: str, kind: str, subtype: str | None = None) -> DocBuilder:
        self.entities.append(Gold(self.length, self.length + len(s), kind, subtype))
        return self.text(s)

    def build(self) -> Doc:
        return Doc("".join(self.parts), self.entities, self.shape)
