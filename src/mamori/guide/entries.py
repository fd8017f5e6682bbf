"""Guide entries: the answers, stored as TOML beside this module and loaded once."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

DATA_FILE = "entries.toml"


@dataclass(frozen=True)
class GuideEntry:
    id: str
    question: str
    answer: str
    citations: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    changed: str | None = None


def _strings(raw: dict[str, Any], key: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"guide entry {raw.get('id')!r}: {key} must be a list of strings")
    return tuple(value)


def _entry(raw: dict[str, Any]) -> GuideEntry:
    for key in ("id", "question", "answer"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise ValueError(f"guide entry {raw.get('id')!r}: {key} is required")
    citations = _strings(raw, "citations")
    if not citations:
        raise ValueError(f"guide entry {raw['id']!r}: at least one citation is required")
    changed = raw.get("changed")
    return GuideEntry(
        id=raw["id"],
        question=raw["question"],
        answer=raw["answer"].strip(),
        citations=citations,
        aliases=_strings(raw, "aliases"),
        keywords=_strings(raw, "keywords"),
        related=_strings(raw, "related"),
        changed=changed if isinstance(changed, str) else None,
    )


def parse_entries(text: str) -> tuple[GuideEntry, ...]:
    entries = tuple(_entry(raw) for raw in tomllib.loads(text).get("entry", []))
    ids = [e.id for e in entries]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"duplicate guide entry ids: {', '.join(duplicates)}")
    unknown = sorted({r for e in entries for r in e.related if r not in set(ids)})
    if unknown:
        raise ValueError(f"related ids that are not entries: {', '.join(unknown)}")
    return entries


@cache
def load_entries() -> tuple[GuideEntry, ...]:
    return parse_entries(resources.files(__package__).joinpath(DATA_FILE).read_text(encoding="utf-8"))
