"""`--mode anonymised`: 匿名加工情報 under 法43条1項 and 規則34条, with k-anonymity over
named quasi-identifiers.

規則34条 adds to the 仮名加工 standards: (3) codes that link the data back to the original records are
removed, (4) unusual descriptions removed, (5) measures suited to the dataset as a whole. Here (1)(2)(3) are
met by removal and per-run numbers only (no keyed hash or pseudonym: those would link releases), and (4)(5)
by generalising the quasi-identifiers the user names, one level at a time, until every combination of their
values is shared by at least k records; records still alone after that are suppressed (deleted), up to
a limit.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from mamori.detect import EntityType
from mamori.detect.dates import age_on, parse_date
from mamori.detect.types import JAPANESE_NAMES
from mamori.mask import generalise as gen
from mamori.mask import pseudonymised
from mamori.mask.operators import parse_operator
from mamori.mask.policy import Policy
from mamori.mask.pseudonymised import Adjustment

E = EntityType
KINDS = ("age", "birth_date", "postal_code", "address", "category")

Level = Callable[[str], str]


def _band(width: int) -> Level:
    def level(value: str) -> str:
        digits = "".join(c for c in value if c.isdigit())
        if not digits:
            return gen.SUPPRESSED
        low = int(digits) // width * width
        return f"{low}〜{low + width - 1}"

    return level


def _birth(level_name: str, today: date) -> Level:
    def level(value: str) -> str:
        parsed = parse_date(value)
        if parsed is None:
            return gen.SUPPRESSED
        if level_name == "age_band":
            return f"{age_on(parsed, today) // 10 * 10}代"
        if level_name == "year_month":
            return f"{parsed.year}年{parsed.month}月" if parsed.month else f"{parsed.year}年"
        return gen.birth_date(value, level_name, today)

    return level


def hierarchy(kind: str, today: date) -> list[Level]:
    """Generalisation levels of a quasi-identifier, finest first; the last level suppresses the value."""
    suppress: Level = lambda value: gen.SUPPRESSED  # noqa: E731
    exact: Level = str.strip
    if kind == "age":
        return [exact, _band(5), _band(10), _band(20), suppress]
    if kind == "birth_date":
        return [
            exact,
            _birth("year_month", today),
            _birth("year", today),
            _birth("age_band", today),
            suppress,
        ]
    if kind == "postal_code":
        return [exact, *(lambda v, k=k: gen.postal_code(v, k) for k in (5, 3, 1)), suppress]
    if kind == "address":
        return [lambda v: gen.address(v, "city"), lambda v: gen.address(v, "prefecture"), suppress]
    return [exact, suppress]


def infer_kind(column: str) -> str:
    lowered = column.lower()
    if "年齢" in column or "age" in lowered:
        return "age"
    if any(w in column for w in ("生年月日", "誕生日")) or "birth" in lowered:
        return "birth_date"
    if any(w in column for w in ("郵便", "〒")) or "zip" in lowered or "postal" in lowered:
        return "postal_code"
    if any(w in column for w in ("住所", "所在地")) or "address" in lowered:
        return "address"
    return "category"


@dataclass(frozen=True, slots=True)
class QuasiIdentifier:
    column: str
    kind: str

    @classmethod
    def parse(cls, spec: str) -> QuasiIdentifier:
        """`年齢` or `年齢:age`; the kind is inferred from the column name when not given."""
        column, _, kind = spec.partition(":")
        kind = kind.strip() or infer_kind(column.strip())
        if kind not in KINDS:
            raise ValueError(
                f"準識別子 {spec!r} の種類 {kind!r} は使えません（使えるもの: {'、'.join(KINDS)}）"
            )
        return cls(column.strip(), kind)


@dataclass(frozen=True, slots=True)
class Result:
    k_target: int
    k_achieved: int
    levels: Mapping[str, int]  # per column: how many levels were climbed
    max_levels: Mapping[str, int]
    suppressed: frozenset[int]  # row indexes deleted
    rows: int
    values: list[dict[str, str]]  # per row: generalised value per quasi-identifier column
    distinct_before: Mapping[str, int]
    distinct_after: Mapping[str, int]
    linking: tuple[str, ...] = ()  # columns emptied as codes that link back to the record (規則34条3号)

    @property
    def loss(self) -> Mapping[str, float]:
        """Per column, the share of the generalisation hierarchy climbed (0 = exact, 1 = suppressed)."""
        return {c: self.levels[c] / self.max_levels[c] for c in self.levels}


def _classes(
    table: list[list[str]], levels: Sequence[int], ladders: Sequence[list[Level]]
) -> list[tuple[str, ...]]:
    return [tuple(ladders[i][levels[i]](row[i]) for i in range(len(levels))) for row in table]


def _small(keys: list[tuple[str, ...]], k: int) -> int:
    sizes = Counter(keys)
    return sum(n for n in sizes.values() if n < k)


def k_anonymise(
    rows: Sequence[Mapping[str, str]],
    quasi: Sequence[QuasiIdentifier],
    k: int,
    *,
    max_suppression: float = 0.05,
    today: date | None = None,
) -> Result:
    """Greedy generalisation: climb, one level at a time, the column whose step leaves fewest rows in classes
    smaller than k (ties: the column climbed least), until the rows left alone can be suppressed."""
    if k < 2:
        raise ValueError("k は 2 以上を指定してください")
    ladders = [hierarchy(q.kind, today or date.today()) for q in quasi]
    table = [[row.get(q.column, "") for q in quasi] for row in rows]
    levels = [0] * len(quasi)
    limit = int(max_suppression * len(table))
    keys = _classes(table, levels, ladders)
    while _small(keys, k) > limit:
        options = [i for i in range(len(quasi)) if levels[i] < len(ladders[i]) - 1]
        if not options:
            break
        scored = []
        for i in options:
            trial = levels.copy()
            trial[i] += 1
            scored.append((_small(_classes(table, trial, ladders), k), levels[i] / (len(ladders[i]) - 1), i))
        levels[min(scored)[2]] += 1
        keys = _classes(table, levels, ladders)
    sizes = Counter(keys)
    suppressed = frozenset(i for i, key in enumerate(keys) if sizes[key] < k)
    kept = [n for key, n in sizes.items() if n >= k]
    columns = [q.column for q in quasi]
    return Result(
        k_target=k,
        k_achieved=min(kept) if kept else 0,
        levels=dict(zip(columns, levels, strict=True)),
        max_levels={q.column: len(ladder) - 1 for q, ladder in zip(quasi, ladders, strict=True)},
        suppressed=suppressed,
        rows=len(table),
        values=[dict(zip(columns, key, strict=True)) for key in keys],
        distinct_before={c: len({row[i] for row in table}) for i, c in enumerate(columns)},
        distinct_after={
            c: len({key[i] for j, key in enumerate(keys) if j not in suppressed})
            for i, c in enumerate(columns)
        },
    )


def default_policy() -> Policy:
    """The 仮名加工 defaults with linking replacements (keyed hash, pseudonyms) turned into removal."""
    specs = {t: ("redact" if s == "hash" else s) for t, s in pseudonymised.DEFAULTS.items()}
    specs[E.SENSITIVE] = "redact"
    specs[E.ADDRESS] = "generalise:prefecture"
    specs[E.DATE_OF_BIRTH] = "generalise:decade"
    return Policy({t: parse_operator(s) for t, s in specs.items()})


def enforce(policy: Policy) -> tuple[Policy, list[Adjustment]]:
    """The 仮名加工 standards first, then no operator that keeps a link to the record or part of a value."""
    policy, adjustments = pseudonymised.enforce(policy)
    base = default_policy()
    updates = {}
    for kind, operator in policy.types.items():
        if operator.name in _LINKING:
            updates[kind] = base.operator_for(kind)
            adjustments.append(Adjustment(kind, operator.spec, updates[kind].spec, _LINKING_REASON))
    return policy.with_types(updates), adjustments


_LINKING = frozenset({"hash", "pseudonym", "partial"})
_CLAUSES = (
    ("1号", "特定の個人を識別できる記述等", pseudonymised.DESCRIPTIONS),
    ("2号", "個人識別符号（全部）", pseudonymised.IDENTIFIER_CODES),
    ("3号", "連結しうる符号（カード・口座番号）", pseudonymised.FINANCIAL),
)
_LINKING_REASON = "元の記録と連結できる符号や値の一部を残さない（規則34条3号・4号）"


def record(
    *,
    source: str,
    output: str,
    masker_counts: Mapping[tuple[str, str], int],
    policy: Policy,
    adjustments: list[Adjustment],
    result: Result,
    quasi: Sequence[QuasiIdentifier],
    now: datetime,
) -> str:
    """The Japanese record of a 匿名加工情報 creation. Names files and columns, never values."""
    lines = [
        "# 匿名加工情報 作成記録",
        "",
        f"- 作成日時: {now:%Y-%m-%d %H:%M}",
        f"- 元の個人情報: {source}",
        f"- 作成した匿名加工情報: {output}",
        "- 基準: 個人情報保護法43条1項、同法施行規則34条",
        "",
        "## 記述等・個人識別符号の削除（規則34条1号〜3号）",
        "",
        *pseudonymised.operations_table(masker_counts, policy, "規則34条", _CLAUSES),
        "",
        "置換は削除または実行ごとに振り直す連番のみで、元の記録と連結できる符号は残していません。",
        "",
        *(
            [
                "会員番号・ID など元の記録と連結できる列を空にしました（規則34条3号）: "
                + "、".join(result.linking),
                "",
            ]
            if result.linking
            else []
        ),
        "## k-匿名化（規則34条4号・5号）",
        "",
        f"- 目標 k: {result.k_target} / 達成した k: {result.k_achieved}",
        f"- 対象レコード: {result.rows} 件、削除したレコード: {len(result.suppressed)} 件",
        "",
        "| 準識別子（列） | 一般化の段階 | 情報損失 | 異なる値の数（前→後） |",
        "|---|---|---|---|",
    ]
    for q in quasi:
        c = q.column
        lines.append(
            f"| {c}（{KIND_NAMES[q.kind]}） | {result.levels[c]} / {result.max_levels[c]} | "
            f"{result.loss[c]:.0%} | {result.distinct_before[c]} → {result.distinct_after[c]} |"
        )
    lines += [""]
    if adjustments:
        lines += ["## 方針の調整", ""]
        lines += [f"- {JAPANESE_NAMES[a.kind]}: {a.was} → {a.now}（{a.reason}）" for a in adjustments]
        lines.append("")
    lines += [
        "## 作成後の義務と注意",
        "",
        "- 匿名加工情報に含まれる個人に関する情報の項目を、作成後遅滞なくインターネット等で公表してください"
        "（法43条3項、規則36条）。",
        "- 加工の方法に関する情報（mamori の鍵、この記録を含む）の安全管理措置を講じてください"
        "（法43条2項、規則35条）。",
        "- 第三者に提供するときは、項目と提供の方法を公表し、匿名加工情報である旨を明示してください"
        "（法43条4項）。",
        "- 本人を識別するために他の情報と照合してはなりません（法43条5項）。",
        "- 自由記述欄の特異な記述は自動では判断できません。提供前に確認してください。",
        "",
    ]
    return "\n".join(lines)


KIND_NAMES = {
    "age": "年齢",
    "birth_date": "生年月日",
    "postal_code": "郵便番号",
    "address": "住所",
    "category": "区分",
}

# A header that names a record's code: 会員番号, 顧客ID, customer_id, 予約No., 社員コード …
_CODE_HEADER = re.compile(
    r"(?i)(?:^|[^a-z])id$|^id(?:[^a-z]|$)|ＩＤ|番号|コード|code|no\.?$|№|ナンバー|number"
)
LINKING_SHARE = 0.9


def linking_columns(header: Sequence[str], rows: Sequence[Mapping[str, str]], skip: set[str]) -> list[str]:
    """Columns that are codes of the record (named as one, a different value on nearly every row): kept,
    they would link the anonymised row back to the original (規則34条3号), so they are emptied."""
    found = []
    for column in header:
        if column in skip or not _CODE_HEADER.search(column.strip()):
            continue
        values = [row.get(column, "").strip() for row in rows]
        filled = [v for v in values if v]
        if filled and len(set(filled)) >= LINKING_SHARE * len(filled):
            found.append(column)
    return found
