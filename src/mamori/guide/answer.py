"""From a question to the best entry and its related questions, or to nothing when nothing fits."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from mamori.guide.entries import GuideEntry, load_entries
from mamori.guide.search import Index

# Below these a "best" hit shares only incidental bigrams with the question (e.g. 個人, 情報).
MIN_SCORE = 8.0
MIN_COVERAGE = 0.3
RELATED_COUNT = 3


@dataclass(frozen=True)
class GuideAnswer:
    entry: GuideEntry
    score: float
    related: tuple[GuideEntry, ...]


@cache
def default_index() -> Index:
    return Index(load_entries())


def _related(best: GuideEntry, others: list[GuideEntry], index: Index) -> tuple[GuideEntry, ...]:
    by_id = {e.id: e for e in index.entries}
    chosen = [by_id[i] for i in best.related if i in by_id]
    for entry in others:
        if entry.id != best.id and entry not in chosen:
            chosen.append(entry)
    return tuple(chosen[:RELATED_COUNT])


def ask(question: str, index: Index | None = None) -> GuideAnswer | None:
    """The best answer to `question`, or None when no entry is about it."""
    used = index or default_index()
    hits = used.search(question)
    if not hits or hits[0].score < MIN_SCORE or hits[0].coverage < MIN_COVERAGE:
        return None
    best = hits[0]
    return GuideAnswer(best.entry, best.score, _related(best.entry, [h.entry for h in hits[1:]], used))
