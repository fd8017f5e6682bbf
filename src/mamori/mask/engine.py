"""The masker: findings → edits → masked text, with the counts and outputs a run needs to report on."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from mamori.detect import Detector, EntityType, Finding
from mamori.mask.operators import LABELS, Keep, Numbering, Operator, RunContext, Target, label_for
from mamori.mask.policy import ColumnRule, Policy


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace text[start:end] with `text`."""

    start: int
    end: int
    text: str


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    pieces: list[str] = []
    pos = 0
    for edit in edits:
        pieces += [text[pos : edit.start], edit.text]
        pos = edit.end
    pieces.append(text[pos:])
    return "".join(pieces)


class Masker:
    """Masks texts under one policy. Reuse one per run: placeholder numbers and counts span the run."""

    def __init__(
        self,
        policy: Policy,
        *,
        key: bytes,
        numbering: Numbering | None = None,
        detector: Detector | None = None,
        today: date | None = None,
    ) -> None:
        self.policy = policy
        self.detector = detector or Detector(min_score=policy.min_score)
        self.run = RunContext(key, today or date.today(), numbering)
        self.counts: Counter[tuple[str, str]] = Counter()
        self.outputs: set[str] = set()
        self.written: set[str] = set()  # what the file being masked received (`mask_file` clears it)

    def plan(
        self, text: str, column: str | None = None, findings: Iterable[Finding] | None = None
    ) -> list[Edit]:
        rule = self.policy.columns.get(column) if column is not None else None
        if rule is not None and (rule.operator is not None or rule.kind is not None):
            return self._whole_cell(text, column, rule)
        found = self.detector.detect(text, column=column) if findings is None else findings
        edits = []
        for f in found:
            operator = self.policy.operator_for(f.type)
            if isinstance(operator, Keep):
                continue
            edits.append(
                Edit(f.start, f.end, self._apply(operator, Target(f.type, LABELS[f.type], f.value(text))))
            )
        return edits

    def mask_text(
        self, text: str, column: str | None = None, findings: Iterable[Finding] | None = None
    ) -> str:
        return apply_edits(text, self.plan(text, column, findings))

    def whole(self, value: str, kind: EntityType) -> str:
        """Mask a value known to be of `kind` (a document's author, a typed column) without detection."""
        if not value.strip():
            return value
        return self._apply(self.policy.operator_for(kind), Target(kind, LABELS[kind], value))

    def record(self, label: str, operator: str, output: str) -> None:
        self.counts[(label, operator)] += 1
        self.outputs.add(output)
        self.written.add(output)

    def _whole_cell(self, text: str, column: str | None, rule: ColumnRule) -> list[Edit]:
        value = text.strip()
        if not value:
            return []
        operator = rule.operator or (self.policy.operator_for(rule.kind) if rule.kind else None)
        if operator is None or isinstance(operator, Keep):
            return []
        start = len(text) - len(text.lstrip())
        target = Target(rule.kind, label_for(rule.kind, column), value)
        return [Edit(start, start + len(value), self._apply(operator, target))]

    def _apply(self, operator: Operator, target: Target) -> str:
        output = operator.apply(target, self.run)
        self.record(target.label, operator.name, output)
        return output
