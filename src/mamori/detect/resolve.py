"""One place decides between overlapping candidates of different recognizers."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable
from itertools import pairwise

from mamori.detect.finding import Finding


def resolve(candidates: Iterable[Finding]) -> list[Finding]:
    """Keep the best of overlapping candidates: higher score first, then the longer span.

    Returns findings sorted by position, none overlapping. O(n log n).
    """
    by_start = sorted(candidates, key=lambda f: f.start)
    if all(a.end <= b.start for a, b in pairwise(by_start)):
        return by_start  # the common case: recognizers rarely compete for the same characters
    ranked = sorted(by_start, key=lambda f: (-f.score, -(f.end - f.start), f.start))
    kept: list[Finding] = []
    starts: list[int] = []
    for cand in ranked:
        i = bisect_left(starts, cand.start)
        if i > 0 and kept[i - 1].end > cand.start:
            continue
        if i < len(kept) and kept[i].start < cand.end:
            continue
        starts.insert(i, cand.start)
        insort(kept, cand, key=lambda f: f.start)
    return kept
