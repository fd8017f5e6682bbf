"""Precision, recall and F1 of findings against gold spans, exact and by overlap, per type."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from benchmarks.corpus import Doc


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class Score:
    exact: dict[str, Counts] = field(default_factory=dict)
    overlap: dict[str, Counts] = field(default_factory=dict)

    def add(self, gold: Iterable[tuple[int, int, str]], pred: Iterable[tuple[int, int, str]]) -> None:
        gold_list = list(gold)
        pred_list = list(pred)
        for kind in {g[2] for g in gold_list} | {p[2] for p in pred_list}:
            g = {(s, e) for s, e, k in gold_list if k == kind}
            p = {(s, e) for s, e, k in pred_list if k == kind}
            exact = self.exact.setdefault(kind, Counts())
            exact.tp += len(g & p)
            exact.fp += len(p - g)
            exact.fn += len(g - p)
            ov = self.overlap.setdefault(kind, Counts())
            ov.tp += sum(1 for gs, ge in g if any(ps < ge and gs < pe for ps, pe in p))
            ov.fn += sum(1 for gs, ge in g if not any(ps < ge and gs < pe for ps, pe in p))
            ov.fp += sum(1 for ps, pe in p if not any(ps < ge and gs < pe for gs, ge in g))


LANGUAGE_TYPES = ("PERSON", "ADDRESS", "DATE_OF_BIRTH", "SENSITIVE")


def evaluate_docs(docs: Iterable[Doc], types: Iterable[str] = LANGUAGE_TYPES) -> dict[str, object]:
    """Score the default pipeline on labelled documents; chars/s is for the full pipeline (all types)."""
    from mamori.detect import detect

    wanted = set(types)
    score = Score()
    chars = 0
    elapsed = 0.0
    detect("ウォームアップ 山田太郎様 東京都千代田区1-1-1")
    for doc in docs:
        t0 = time.process_time()
        found = detect(doc.text, column=doc.column)
        elapsed += time.process_time() - t0
        chars += len(doc.text)
        gold = [(g.start, g.end, g.type) for g in doc.entities if g.type in wanted]
        pred = [(f.start, f.end, f.type.value) for f in found if f.type.value in wanted]
        score.add(gold, pred)
    return {
        "exact": {k: v.as_dict() for k, v in sorted(score.exact.items())},
        "overlap": {k: v.as_dict() for k, v in sorted(score.overlap.items())},
        "chars_per_s": round(chars / elapsed) if elapsed else 0,
    }


def _main() -> None:
    import json
    import random

    from benchmarks.corpus import language

    docs = language.generate(random.Random(4), 2000)
    held_back = docs[len(docs) // 2 :]
    print(json.dumps(evaluate_docs(held_back), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    _main()
