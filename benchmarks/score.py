"""Precision, recall and F1 of findings against gold spans, exact and by overlap, per type."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


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
