"""What the PPC report (規則8条1項) and the notice to each person (規則10条) must contain."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReportItem:
    number: int  # 規則8条1項 N号
    title_ja: str
    guidance_ja: str


REPORT_ITEMS: tuple[ReportItem, ...] = (
    ReportItem(
        1,
        "概要",
        "発生日・発覚日・発生事案・発見者・規則7条各号の該当性・委託元／委託先の有無・事案の経過",
    ),
    ReportItem(
        2,
        "漏えい等が発生し、又は発生したおそれがある個人データの項目",
        "媒体・種類（顧客情報・従業員情報等）を含む",
    ),
    ReportItem(3, "漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数", ""),
    ReportItem(4, "原因", "当該事業者又は委託先のいずれで生じたかを含む"),
    ReportItem(5, "二次被害又はそのおそれの有無及びその内容", ""),
    ReportItem(6, "本人への対応の実施状況", "本人への通知を含む"),
    ReportItem(7, "公表の実施状況", ""),
    ReportItem(8, "再発防止のための措置", "実施済みの措置と今後実施予定の措置"),
    ReportItem(9, "その他参考となる事項", ""),
)

# 規則10条: the notice carries items 1, 2, 4, 5 and 9 of 規則8条1項.
NOTICE_ITEM_NUMBERS: tuple[int, ...] = (1, 2, 4, 5, 9)
NOTICE_ITEMS: tuple[ReportItem, ...] = tuple(i for i in REPORT_ITEMS if i.number in NOTICE_ITEM_NUMBERS)


def notice_item_labels() -> tuple[str, ...]:
    return tuple(f"規則8条1項{item.number}号 {item.title_ja}" for item in NOTICE_ITEMS)
