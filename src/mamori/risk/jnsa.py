"""The JNSA damage-estimation model (JO Model), exactly as in reference jnsa-model.md §2.

漏えい個人情報価値 = 基礎情報価値(500) × 機微情報度(10^(x−1) + 5^(y−1)) × 本人特定容易度
想定損害賠償額(1人) = 漏えい個人情報価値 × 社会的責任度 × 事後対応評価
想定損害賠償額(件) = 想定損害賠償額(1人) × 人数
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from mamori.risk.jnsa_levels import EP_LEVELS, UNRATED, EpLevel, level_key

BASE_VALUE = 500
RESPONSE_FACTORS: dict[str, int] = {"appropriate": 1, "inappropriate": 2, "unknown": 1}
RESPONSE_LABELS: dict[str, str] = {
    "appropriate": "適切な対応",
    "inappropriate": "不適切な対応",
    "unknown": "不明・その他",
}
SOCIAL_LABELS: dict[int, str] = {1: "一般的", 2: "一般より高い"}

MODEL_LIMITS = (
    "JNSAモデルは被害者全員が賠償請求する前提の上限的な試算であり、暗号化・件数・二次被害・実際の悪用の有無を"
    "考慮しない（暗号化されたPCの紛失も同じ額になる）。実際の裁判例の賠償額は1人あたり数千円程度が多い。"
)


@dataclass(frozen=True)
class RatedItem:
    key: str
    x: int
    y: int
    provenance: str
    note: str

    def to_dict(self) -> dict[str, object]:
        return {"item": self.key, "x": self.x, "y": self.y, "provenance": self.provenance, "note": self.note}


@dataclass(frozen=True)
class JnsaEstimate:
    x: int
    y: int
    sensitivity: int
    identifiability: int
    identifiability_reason: str
    social_responsibility: int
    response_factor: int
    response: str
    people: int
    per_person_yen: int
    total_yen: int
    explanation: str
    rated_items: tuple[RatedItem, ...]
    unrated_items: tuple[str, ...]
    notes: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "x": self.x,
            "y": self.y,
            "base_value": BASE_VALUE,
            "sensitivity": self.sensitivity,
            "identifiability": self.identifiability,
            "identifiability_reason": self.identifiability_reason,
            "social_responsibility": self.social_responsibility,
            "response": self.response,
            "response_factor": self.response_factor,
            "people": self.people,
            "per_person_yen": self.per_person_yen,
            "total_yen": self.total_yen,
            "explanation": self.explanation,
            "items": [item.to_dict() for item in self.rated_items],
            "unrated_items": list(self.unrated_items),
            "notes": list(self.notes),
        }


def sensitivity(x: int, y: int) -> int:
    """機微情報度 = 10^(x−1) + 5^(y−1); x is mental distress, y economic loss."""
    if x not in (1, 2, 3) or y not in (1, 2, 3):
        raise ValueError(f"Simple-EP levels must be 1-3, got x={x}, y={y}")
    return int(10 ** (x - 1) + 5 ** (y - 1))


def identifiability(codes: frozenset[str]) -> tuple[int, str]:
    """本人特定容易度: 6 with name and address, 3 with name or address+phone, else 1."""
    if {"PERSON", "ADDRESS"} <= codes:
        return 6, "氏名と住所を含むため簡単に特定可能（6）"
    if "PERSON" in codes:
        return 3, "氏名を含むため、コストを掛ければ特定可能（3）"
    if {"ADDRESS", "PHONE"} <= codes:
        return 3, "住所と電話番号を含むため、コストを掛ければ特定可能（3）"
    return 1, "氏名も住所＋電話番号も含まないため特定困難（1）"


def rate_items(
    items: Iterable[tuple[str, str | None]], overrides: Mapping[str, tuple[int, int]]
) -> tuple[tuple[RatedItem, ...], tuple[str, ...]]:
    rated: list[RatedItem] = []
    unrated: list[str] = []
    seen: set[str] = set()
    for code, subtype in items:
        key = f"{code}:{subtype}" if subtype else code
        if key in seen:
            continue
        seen.add(key)
        override = overrides.get(key) or overrides.get(code)
        if override is not None:
            rated.append(RatedItem(key, override[0], override[1], "利用者の指定（jnsa.levels）", ""))
            continue
        if code in UNRATED:
            unrated.append(key)
            continue
        level: EpLevel = EP_LEVELS[level_key(code, subtype)]
        rated.append(RatedItem(key, level.x, level.y, level.provenance, level.note))
    return tuple(rated), tuple(unrated)


def estimate(
    items: Iterable[tuple[str, str | None]],
    people: int,
    *,
    social_responsibility: int = 1,
    response: str = "unknown",
    overrides: Mapping[str, tuple[int, int]] | None = None,
) -> JnsaEstimate:
    item_list = list(items)
    rated, unrated = rate_items(item_list, overrides or {})
    notes = [MODEL_LIMITS]
    if unrated:
        notes.append(
            "JNSAの表にない項目は最大値の計算から除外した: "
            + "、".join(unrated)
            + "（jnsa.levels で水準を指定できる）"
        )
    if rated:
        x = max(item.x for item in rated)
        y = max(item.y for item in rated)
    else:
        x, y = 1, 1
        notes.append("水準の分かる項目がないため、最小水準 x=1, y=1 で計算した")
    sens = sensitivity(x, y)
    ident, ident_reason = identifiability(frozenset(code for code, _ in item_list))
    response_factor = RESPONSE_FACTORS[response]
    per_person = BASE_VALUE * sens * ident * social_responsibility * response_factor
    total = per_person * people
    explanation = (
        f"漏えい個人情報価値 = 基礎情報価値{BASE_VALUE} × 機微情報度{sens}（10^({x}−1)+5^({y}−1)、"
        f"精神的苦痛レベルx={x}・経済的損失レベルy={y}） × 本人特定容易度{ident} = "
        f"{BASE_VALUE * sens * ident:,}円。"
        f"社会的責任度{social_responsibility}（{SOCIAL_LABELS[social_responsibility]}）× "
        f"事後対応評価{response_factor}（{RESPONSE_LABELS[response]}）を掛けて"
        f"1人あたり{per_person:,}円 × {people:,}人 = {total:,}円"
    )
    return JnsaEstimate(
        x=x,
        y=y,
        sensitivity=sens,
        identifiability=ident,
        identifiability_reason=ident_reason,
        social_responsibility=social_responsibility,
        response_factor=response_factor,
        response=response,
        people=people,
        per_person_yen=per_person,
        total_yen=total,
        explanation=explanation,
        rated_items=rated,
        unrated_items=unrated,
        notes=tuple(notes),
    )
