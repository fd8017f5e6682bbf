"""What leaks have cost in practice: court awards and apology money (reference compensation-cases.md).

Ranges are per person. They are anchors from decided cases, not predictions: most victims never sue.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CourtBand:
    code: str
    min_yen: int
    max_yen: int
    basis: str
    cases: tuple[str, ...]


BASIC = CourtBand(
    "basic",
    1_000,
    6_000,
    "氏名・住所等の基本情報で二次被害のない漏えい（請求棄却の例もある）",
    (
        "ベネッセ 東京地判令和5年2月27日ほか: 1人3,300円",
        "Yahoo!BB 大阪高判平成19年6月21日: 1人5,500円",
        "早稲田大学 東京高判平成16年3月23日: 1人5,000円",
    ),
)
INSIDER_SALE = CourtBand(
    "insider_sale",
    10_000,
    15_000,
    "内部者・委託先による持ち出しと名簿業者への売却",
    ("宇治市 大阪高判平成13年12月25日: 1人15,000円（慰謝料10,000円＋弁護士費用5,000円）",),
)
SENSITIVE = CourtBand(
    "sensitive",
    22_000,
    35_000,
    "機微な情報（身体・嗜好等）の漏えい。二次被害（迷惑メール・電話）の立証で上限側",
    ("TBC 東京高判平成19年8月28日: 二次被害あり35,000円、なし22,000円",),
)
CC_EMAIL_NOTE = (
    "CC誤送信でメールアドレスが開示された事案で請求が棄却された例がある（東京地判平成21年12月25日）"
)

APOLOGY_MIN_YEN = 500
APOLOGY_MAX_YEN = 1_000
APOLOGY_BASIS = (
    "お詫び金（商品券等）の実務上の相場は1人500円〜1,000円（ローソン・Yahoo!BB・ベネッセ500円、ファミリーマート1,000円）。"
    "裁判所は支払済みのお詫び金を賠償の一部弁済または減額事情として扱った例がある"
)


@dataclass(frozen=True)
class CompensationEstimate:
    band: CourtBand
    people: int
    notes: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "court_range_yen": [self.band.min_yen, self.band.max_yen],
            "court_basis": self.band.basis,
            "court_cases": list(self.band.cases),
            "apology_range_yen": [APOLOGY_MIN_YEN, APOLOGY_MAX_YEN],
            "apology_basis": APOLOGY_BASIS,
            "apology_total_range_yen": [APOLOGY_MIN_YEN * self.people, APOLOGY_MAX_YEN * self.people],
            "notes": list(self.notes),
        }


def estimate(
    *, people: int, max_mental_level: int, insider_sale: bool, cc_email: bool
) -> CompensationEstimate:
    """Pick the band of decided cases nearest the incident: sensitive data, insider sale, else basic."""
    if max_mental_level >= 2:
        band = SENSITIVE
    elif insider_sale:
        band = INSIDER_SALE
    else:
        band = BASIC
    notes = [
        "金額は1人あたり。実際に提訴するのは被害者のごく一部（宇治市: 約21万人中3人）。",
        "医療情報を特定の相手に開示した事案では100万円の例がある（さいたま地裁川越支部平成22年3月4日）。",
    ]
    if cc_email:
        notes.append(CC_EMAIL_NOTE)
    return CompensationEstimate(band, people, tuple(notes))
