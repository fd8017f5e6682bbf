"""What an asset means under the APPI, and what it would cost and oblige if it leaked.

Built on `mamori.law` (categories, 規則7条 triggers, checked by `mamori.incident`'s trigger rules on a
hypothetical leak of the asset) and `mamori.risk` (the JNSA model). The hypothetical leak has no known
cause, so 規則7条3号 (an act with a bad purpose) is named as a condition, not as a trigger.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date

from mamori.incident.facts import (
    Cause,
    Certainty,
    DataItem,
    Event,
    IncidentFacts,
    Organisation,
)
from mamori.incident.facts import PeopleCount as FactsPeople
from mamori.incident.triggers_check import check_triggers
from mamori.law import ITEM_KINDS, SENSITIVE_SUBTYPES, TRIGGERS, AppiCategory
from mamori.risk import estimate

PERSONAL_INFORMATION = "個人情報"
PERSONAL_DATA = "個人データ"
SENSITIVE_PERSONAL_INFORMATION = "要配慮個人情報"
SPECIFIC_PERSONAL_INFORMATION = "特定個人情報"
NOT_PERSONAL = "対象外"

# Strongest first: the class an asset gets is the first that applies.
APPI_CLASSES: tuple[str, ...] = (
    SPECIFIC_PERSONAL_INFORMATION,
    SENSITIVE_PERSONAL_INFORMATION,
    PERSONAL_DATA,
    PERSONAL_INFORMATION,
)


@dataclass(frozen=True)
class AssetAssessment:
    appi_class: str
    sensitive: bool
    report_triggers: list[str]
    jnsa_yen: int | None
    explanation: str
    trigger_reasons: dict[str, str] = field(default_factory=dict)

    @property
    def personal(self) -> bool:
        return self.appi_class != NOT_PERSONAL


def personal_types(type_counts: Mapping[str, int]) -> dict[str, int]:
    """The counted types that are personal (a corporate number is detected but is not)."""
    return {
        code: n
        for code, n in type_counts.items()
        if n > 0 and code in ITEM_KINDS and ITEM_KINDS[code].category is not AppiCategory.NOT_PERSONAL
    }


_NO_ONE = (
    "個人情報の形をした項目は見つかりましたが、それが誰の情報かに当たる人物はいませんでした（記入例の見本の"
    "氏名、会社の代表番号・窓口アドレス、物件の所在地など）。"
)


def assess_asset(
    type_counts: Mapping[str, int],
    sensitive_subtypes: Collection[str],
    people: int,
    *,
    structured: bool = True,
) -> AssetAssessment:
    """Classify an asset from what was found in it, and assess a hypothetical leak of it.

    `type_counts`: finding type code → occurrences; `sensitive_subtypes`: subtypes of SENSITIVE found;
    `people`: distinct persons. `structured` says the asset is organised for retrieval (a table, a
    database, a list): its personal information is then 個人データ (法16条3項); prose is 個人情報 unless
    it belongs to such a set, which the user decides.
    """
    found = personal_types(type_counts)
    if not found:
        return AssetAssessment(NOT_PERSONAL, False, [], None, "個人情報に当たる項目は見つかりませんでした。")
    if people == 0:
        # the counter found no one the items are about: sample names of a 記入例, a company's number, a
        # property's address
        return AssetAssessment(NOT_PERSONAL, False, [], None, _NO_ONE)
    subtypes = sorted(s for s in sensitive_subtypes if s in SENSITIVE_SUBTYPES)
    sensitive = "SENSITIVE" in found
    my_number = "MY_NUMBER" in found
    if my_number:
        appi_class = SPECIFIC_PERSONAL_INFORMATION
        why = "個人番号（マイナンバー）を含むため特定個人情報（番号法2条8項）"
    elif sensitive:
        appi_class = SENSITIVE_PERSONAL_INFORMATION
        why = "要配慮個人情報（法2条3項）を含む"
    elif structured:
        appi_class = PERSONAL_DATA
        why = "検索できるよう体系的に構成された表・データベースの個人情報のため個人データ（法16条3項）"
    else:
        appi_class = PERSONAL_INFORMATION
        why = "特定の個人を識別できる情報（法2条1項）。体系的に管理する文書群の一部なら個人データ"
    persons = max(people, 1)
    sensitive_items = [DataItem("SENSITIVE", s) for s in subtypes] or [DataItem("SENSITIVE")]
    items = (sensitive_items if sensitive else []) + [DataItem(c) for c in sorted(found) if c != "SENSITIVE"]
    facts = IncidentFacts(
        title="仮定の漏えい",
        discovered_on=date.today(),
        organisation=Organisation("（仮定）"),
        cause=Cause.OTHER,
        data_items=tuple(items),
        people=FactsPeople(persons, persons),
        event=Event.LEAK,
        certainty=Certainty.CONFIRMED,
        sensitive_people=persons if sensitive else None,
    )
    check = check_triggers(facts)
    triggers = [code for code in check.reasons if code in TRIGGERS]
    # A SENSITIVE mention of unknown kind is rated as the gravest kind: the estimate is an upper bound.
    rated_sensitive = [("SENSITIVE", s) for s in subtypes or SENSITIVE_SUBTYPES] if sensitive else []
    jnsa = estimate(rated_sensitive + [(i.type, i.subtype) for i in items if i.type != "SENSITIVE"], persons)
    lines = [why + "。"]
    if triggers:
        lines.append("漏えいした場合の報告対象: " + " / ".join(check.reasons[c] for c in triggers))
    else:
        lines.append("漏えいした場合、件数・項目のみでは報告対象事態（規則7条1号・2号・4号）に当たらない。")
    lines.append("不正アクセス・盗難等の不正目的による漏えいなら人数にかかわらず規則7条3号にも当たる。")
    lines.append(f"JNSAモデルによる想定損害賠償額: {jnsa.total_yen:,}円（{jnsa.explanation}）")
    return AssetAssessment(
        appi_class=appi_class,
        sensitive=sensitive,
        report_triggers=triggers,
        jnsa_yen=jnsa.total_yen,
        explanation="\n".join(lines),
        trigger_reasons={c: check.reasons[c] for c in triggers},
    )
