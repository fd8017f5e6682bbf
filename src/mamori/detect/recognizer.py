"""The recognizer interface and the registry the engine runs.

One recognizer per family of types (Presidio's shape): each reads a `Segment` and yields candidate
findings, possibly overlapping those of other recognizers; the resolver decides between them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from mamori.detect.finding import Finding
from mamori.detect.types import EntityType


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of the input as recognizers see it.

    `text` is the original, `shadow` its same-length normalised twin (see `normalize`), `column` the
    header of the table column the text came from, if any, which labels every value in it.
    """

    text: str
    shadow: str
    column: str | None = None


class Recognizer(Protocol):
    name: str
    types: frozenset[EntityType]

    def find(self, segment: Segment) -> Iterable[Finding]: ...
