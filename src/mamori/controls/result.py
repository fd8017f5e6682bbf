"""A self-assessment joined with the evidence: each measure's answer, what contradicts it, its verdict."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from mamori.controls.answers import CHOICE_JA, AnswerSheet
from mamori.controls.evidence import Contradiction
from mamori.controls.measures import Measure, measures

Verdict = Literal["ok", "contradicted", "open", "na"]
VERDICT_JA: dict[Verdict, str] = {
    "ok": "実施済み",
    "contradicted": "スキャン結果と矛盾",
    "open": "未実施・一部",
    "na": "該当なし",
}


@dataclass(frozen=True)
class MeasureStatus:
    measure: Measure
    answer: str  # yes / partial / no / na / unanswered
    note: str
    verdict: Verdict
    contradictions: tuple[Contradiction, ...]

    @property
    def answer_ja(self) -> str:
        return next((ja for code, ja in CHOICE_JA.items() if code == self.answer), "未回答")

    def to_dict(self) -> dict[str, object]:
        return {
            **self.measure.to_dict(),
            "answer": self.answer,
            "answer_ja": self.answer_ja,
            "note": self.note,
            "verdict": self.verdict,
            "verdict_ja": VERDICT_JA[self.verdict],
            "contradictions": [c.to_dict() for c in self.contradictions],
        }


def _verdict(answer: str, contradicted: bool) -> Verdict:
    if contradicted:
        return "contradicted"
    if answer == "yes":
        return "ok"
    if answer == "na":
        return "na"
    return "open"


def statuses(sheet: AnswerSheet, found: Sequence[Contradiction]) -> list[MeasureStatus]:
    """Every measure in the guideline's order. Evidence wins over an answer: a measure answered "yes"
    (or "not applicable") with findings against it is contradicted."""
    out = []
    for m in measures():
        given = sheet.get(m.id)
        answer = given.choice if given is not None else "unanswered"
        against = tuple(c for c in found if c.measure_id == m.id)
        out.append(
            MeasureStatus(m, answer, given.note if given else "", _verdict(answer, bool(against)), against)
        )
    return out
