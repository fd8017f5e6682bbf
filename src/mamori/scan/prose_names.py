"""The names a document has named so far, with the lookups `ProsePeople` makes for each new name.

A name not met before may still be a person met before: under a longer name that starts with it
(小林 … 小林さくら) or under a shorter one it starts with (小林 first, 小林さくら later). Walking every
name met for each new one made a document naming thousands of persons quadratic; here both questions are
answered from an index of prefixes, with the answer the walk gave: the first name met that qualifies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

S = TypeVar("S")


class NameIndex(Generic[S]):
    """Folded name → its subject, each name kept with the position it was first met at."""

    def __init__(self) -> None:
        self._subjects: dict[str, tuple[int, S]] = {}
        self._extended: dict[str, tuple[int, S]] = {}  # proper prefix → first name met that extends it

    def get(self, name: str) -> S | None:
        found = self._subjects.get(name)
        return None if found is None else found[1]

    def __contains__(self, name: str) -> bool:
        return name in self._subjects

    def add(self, name: str, subject: S) -> None:
        """Name `subject` by `name` unless the name already names someone (as `dict.setdefault`)."""
        if name in self._subjects:
            return
        entry = (len(self._subjects), subject)
        self._subjects[name] = entry
        for end in range(1, len(name)):
            self._extended.setdefault(name[:end], entry)

    def first_related(self, name: str, shorter_ok: Callable[[str, S], bool]) -> S | None:
        """The subject of the first name met that is longer and starts with `name`, or shorter and
        starts `name` and passes `shorter_ok(shorter name, its subject)`."""
        best = self._extended.get(name)
        for position, shorter, subject in self._prefixes(name):
            if (best is None or position < best[0]) and shorter_ok(shorter, subject):
                best = (position, subject)
        return None if best is None else best[1]

    def _prefixes(self, name: str) -> Iterator[tuple[int, str, S]]:
        for end in range(1, len(name)):
            found = self._subjects.get(name[:end])
            if found is not None:
                yield found[0], name[:end], found[1]
