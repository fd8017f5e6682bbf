"""The name index answers as the walk over every name met did: the first name met that qualifies."""

from __future__ import annotations

import random
from collections.abc import Callable

from mamori.scan.prose_names import NameIndex


def _walk(
    met: dict[str, list[str]], name: str, shorter_ok: Callable[[str, list[str]], bool]
) -> list[str] | None:
    """`ProsePeople._known`'s walk before the index: the reference."""
    for other, subject in met.items():
        if len(other) > len(name) and other.startswith(name):
            return subject
        if len(other) < len(name) and name.startswith(other) and shorter_ok(other, subject):
            return subject
    return None


def test_first_related_is_the_first_name_the_walk_meets() -> None:
    rng = random.Random(7)
    letters = "小林森田花子さくら"
    for _ in range(300):
        index: NameIndex[list[str]] = NameIndex()
        met: dict[str, list[str]] = {}
        for _ in range(30):
            name = "".join(rng.choice(letters) for _ in range(rng.randrange(1, 5)))
            subject = [name] * rng.randrange(1, 3)  # one name, or a person known by two

            def shorter_ok(other: str, s: list[str]) -> bool:
                return len(s) == 1 and len(other) >= 2

            assert index.first_related(name, shorter_ok) is _walk(met, name, shorter_ok)
            index.add(name, subject)
            met.setdefault(name, subject)
            assert index.get(name) is met[name]


def test_a_name_already_met_keeps_its_first_subject() -> None:
    index: NameIndex[str] = NameIndex()
    index.add("小林さくら", "first")
    index.add("小林さくら", "second")
    assert index.get("小林さくら") == "first" and "小林さくら" in index
    assert index.first_related("小林", lambda _n, _s: True) == "first"
