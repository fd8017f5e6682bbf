"""The 安全管理措置 checklist (通則編 10-1〜10-7), loaded from `measures.toml` into dataclasses."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

DATA_FILE = "measures.toml"
GUIDELINE = "個人情報保護委員会 ガイドライン（通則編）10「（別添）講ずべき安全管理措置の内容」"


@dataclass(frozen=True)
class Measure:
    """One measure: `section` is the guideline's number (「10-6 (1)」), `small` the lighter example for
    中小規模事業者, `rules` the evidence-rule codes whose findings contradict a "yes"."""

    id: str
    section: str
    title: str
    text: str
    small: str
    evidence: tuple[str, ...]
    rules: tuple[str, ...]
    owner: str
    days: int

    @property
    def citation(self) -> str:
        return f"通則編 {self.section}"

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "section": self.section,
            "citation": self.citation,
            "title": self.title,
            "text": self.text,
            "small_business": self.small,
            "evidence": list(self.evidence),
            "rules": list(self.rules),
            "owner": self.owner,
        }


def _texts(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _measure(raw: dict[str, object]) -> Measure:
    return Measure(
        id=str(raw["id"]),
        section=str(raw["section"]),
        title=str(raw["title"]),
        text=str(raw["text"]),
        small=str(raw["small"]),
        evidence=_texts(raw.get("evidence")),
        rules=_texts(raw.get("rules")),
        owner=str(raw["owner"]),
        days=int(raw["days"]),  # type: ignore[call-overload]
    )


@cache
def measures() -> tuple[Measure, ...]:
    """Every measure, in the guideline's order."""
    text = resources.files("mamori.controls").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return tuple(_measure(raw) for raw in tomllib.loads(text).get("measure", []))


def measure(measure_id: str) -> Measure:
    """The measure `measure_id`; KeyError if there is none."""
    for m in measures():
        if m.id == measure_id:
            return m
    raise KeyError(measure_id)


def measure_for_rule(rule: str) -> Measure:
    """The measure a finding of evidence rule `rule` contradicts."""
    for m in measures():
        if rule in m.rules:
            return m
    raise KeyError(rule)
