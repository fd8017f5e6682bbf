"""`--mode pseudonymised`: 仮名加工情報 under 法41条1項 and the creation standards of 規則31条.

規則31条 requires (1) deleting or replacing all or part of the descriptions that identify a person, (2)
deleting or replacing ALL 個人識別符号, (3) deleting or replacing descriptions whose misuse could cause
financial damage — each replacement by a method with no regularity that would let the original be restored.
The policy is adjusted to meet that, and a record of what was done is written in Japanese.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from mamori.detect import EntityType
from mamori.detect.types import JAPANESE_NAMES
from mamori.mask.operators import LABELS, Keep, Operator, parse_operator
from mamori.mask.policy import Policy

E = EntityType

# 個人識別符号 that mamori detects (令1条, 規則3条・4条).
IDENTIFIER_CODES = frozenset(
    {E.MY_NUMBER, E.PASSPORT, E.DRIVERS_LICENSE, E.HEALTH_INSURANCE, E.PENSION_NUMBER, E.RESIDENCE_CARD}
)
# 規則31条3号: 不正に利用されることにより財産的被害が生じるおそれがある記述等.
FINANCIAL = frozenset({E.CREDIT_CARD, E.BANK_ACCOUNT})
# 規則31条1号: descriptions that identify a person, alone or together.
DESCRIPTIONS = frozenset(
    {E.PERSON, E.ADDRESS, E.POSTAL_CODE, E.PHONE, E.EMAIL, E.DATE_OF_BIRTH, E.IP_ADDRESS}
)

DEFAULTS: Mapping[EntityType, str] = {
    E.PERSON: "hash",
    E.ADDRESS: "generalise:city",
    E.POSTAL_CODE: "generalise",
    E.PHONE: "hash",
    E.EMAIL: "hash",
    E.DATE_OF_BIRTH: "generalise:year",
    E.IP_ADDRESS: "generalise",
    E.SENSITIVE: "keep",
    E.CORPORATE_NUMBER: "keep",
    **{t: "redact" for t in IDENTIFIER_CODES | FINANCIAL},
}

# Removal or a per-run number: neither has a regularity that restores the value. A keyed hash of a short
# number could be reversed by whoever holds the key by trying every number, so it is not allowed here.
_REMOVING = frozenset({"redact", "placeholder"})


@dataclass(frozen=True, slots=True)
class Adjustment:
    kind: EntityType
    was: str
    now: str
    reason: str


def default_policy() -> Policy:
    return Policy({t: parse_operator(s) for t, s in DEFAULTS.items()})


def _allowed(kind: EntityType, operator: Operator) -> tuple[bool, str]:
    if kind is E.MY_NUMBER:
        return operator.name == "redact", "個人番号は番号法により削除のみ（規則31条2号）"
    if kind in IDENTIFIER_CODES:
        return (
            operator.name in _REMOVING,
            "個人識別符号は全部を削除または復元できない符号に置換（規則31条2号）",
        )
    if kind in FINANCIAL:
        return operator.name in _REMOVING, "財産的被害が生じるおそれのある記述等は削除（規則31条3号）"
    if kind in DESCRIPTIONS:
        return not isinstance(operator, Keep), "個人を識別できる記述等は削除または置換（規則31条1号）"
    return True, ""


def enforce(policy: Policy) -> tuple[Policy, list[Adjustment]]:
    """The policy with every operator that would break 規則31条 replaced by the mode's default."""
    adjustments = []
    updates = {}
    for kind, operator in policy.types.items():
        ok, reason = _allowed(kind, operator)
        if not ok:
            fallback = parse_operator(DEFAULTS[kind])
            updates[kind] = fallback
            adjustments.append(Adjustment(kind, operator.spec, fallback.spec, reason))
    return policy.with_types(updates), adjustments


_CLAUSES = (
    ("1号", "特定の個人を識別できる記述等", DESCRIPTIONS),
    ("2号", "個人識別符号（全部）", IDENTIFIER_CODES),
    ("3号", "財産的被害が生じるおそれのある記述等", FINANCIAL),
)
OPERATOR_NAMES = {
    "redact": "削除（■■■）",
    "partial": "一部マスク",
    "placeholder": "連番の記号に置換",
    "pseudonym": "架空の値に置換（鍵付き）",
    "hash": "鍵付きハッシュに置換",
    "generalise": "一般化",
    "keep": "そのまま",
}


def operations_table(
    counts: Mapping[tuple[str, str], int],
    policy: Policy,
    article: str = "規則31条",
    clauses: tuple[tuple[str, str, frozenset[EntityType]], ...] = _CLAUSES,
) -> list[str]:
    lines = [f"| {article} | 項目 | 方法 | 件数 |", "|---|---|---|---|"]
    for clause, title, kinds in clauses:
        for kind in sorted(kinds, key=lambda k: k.value):
            operator = policy.operator_for(kind)
            done = sum(n for (label, _), n in counts.items() if label == LABELS[kind])
            lines.append(
                f"| {clause} {title} | {JAPANESE_NAMES[kind]} | {OPERATOR_NAMES[operator.name]} | {done} |"
            )
    type_labels = set(LABELS.values())
    for (label, operator_name), n in sorted(counts.items()):
        if label not in type_labels:
            lines.append(f"| 列の指定 | 列「{label}」 | {OPERATOR_NAMES[operator_name]} | {n} |")
    return lines


def record(
    *,
    source: str,
    output: str,
    counts: Mapping[tuple[str, str], int],
    policy: Policy,
    adjustments: list[Adjustment],
    now: datetime,
) -> str:
    """The Japanese record of a 仮名加工情報 creation. Names files, never values."""
    lines = [
        "# 仮名加工情報 作成記録",
        "",
        f"- 作成日時: {now:%Y-%m-%d %H:%M}",
        f"- 元の個人情報: {source}",
        f"- 作成した仮名加工情報: {output}",
        "- 基準: 個人情報保護法41条1項、同法施行規則31条",
        "",
        "## 実施した加工",
        "",
        *operations_table(counts, policy),
        "",
        "置換はいずれも、出力だけからは元の記述等を復元できる規則性を持たない方法で行いました"
        "（鍵付きハッシュ・架空の値は HMAC-SHA256 による。連番は実行ごとに振り直し）。",
        "",
    ]
    if adjustments:
        lines += ["## 方針の調整", ""]
        lines += [f"- {JAPANESE_NAMES[a.kind]}: {a.was} → {a.now}（{a.reason}）" for a in adjustments]
        lines.append("")
    lines += [
        "## 削除情報等の管理（法41条2項、規則32条）",
        "",
        "加工に使った鍵（mamori のインストール鍵 secret.key）は、"
        "加工の方法に関する情報として「削除情報等」に当たります。"
        "取り扱う者の権限と責任を定め、仮名加工情報とは分けて管理し、権限のない者が扱えないようにしてください。",
        "",
        "## 取扱い上の注意",
        "",
        "- 自動検出による加工です。検出漏れがないか、自由記述欄や列の内容を確認してから利用してください。",
        "- 利用目的を変更した場合は公表が必要です（法41条4項）。",
        "- 法令に基づく場合を除き、第三者に提供できません（法41条6項）。",
        "- 本人を識別するための照合や、本人への連絡に利用してはなりません（法41条7項・8項）。",
        "- 利用する必要がなくなったときは、削除情報等とともに遅滞なく消去するよう努めてください"
        "（法41条5項）。",
        "",
    ]
    return "\n".join(lines)
