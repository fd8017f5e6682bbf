"""The situations that make a leak reportable (報告対象事態), as data.

Private businesses: 法26条1項 and 規則7条 (text in force since 2024-04-01).
行政機関等: 法68条1項 and 規則43条 (number trigger "more than 100", plus 条例要配慮個人情報).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mamori.law.citation import GUIDELINE, RULES, Citation


@dataclass(frozen=True)
class Trigger:
    code: str
    label_ja: str
    citation: Citation
    # Triggers 1-3 apply from one person; only the number triggers have a threshold.
    people_threshold: int | None = None


R7_1 = Trigger(
    "R7-1",
    "要配慮個人情報が含まれる個人データの漏えい等",
    Citation("個人情報保護法施行規則7条1号", f"{RULES}; {GUIDELINE} 3-5-3-1(1)"),
)
R7_2 = Trigger(
    "R7-2",
    "不正に利用されることにより財産的被害が生じるおそれがある個人データの漏えい等",
    Citation("個人情報保護法施行規則7条2号", f"{RULES}; {GUIDELINE} 3-5-3-1(2); PPC FAQ Q6-11, Q6-12"),
)
R7_3 = Trigger(
    "R7-3",
    "不正の目的をもって行われたおそれがある行為による個人データ（取得しようとしている個人情報を含む）の漏えい等",
    Citation("個人情報保護法施行規則7条3号", f"{RULES}; {GUIDELINE} 3-5-3-1(3)"),
)
R7_4 = Trigger(
    "R7-4",
    "個人データに係る本人の数が千人を超える漏えい等",
    Citation("個人情報保護法施行規則7条4号", f"{RULES}; {GUIDELINE} 3-5-3-1(4)"),
    people_threshold=1000,
)

R43_1 = Trigger(
    "R43-1",
    "要配慮個人情報が含まれる保有個人情報の漏えい等",
    Citation("個人情報保護法施行規則43条1号", "iuris.jp 施行規則43条"),
)
R43_2 = Trigger(
    "R43-2",
    "不正に利用されることにより財産的被害が生じるおそれがある保有個人情報の漏えい等",
    Citation("個人情報保護法施行規則43条2号", "iuris.jp 施行規則43条"),
)
R43_3 = Trigger(
    "R43-3",
    "不正の目的をもって行われたおそれがある行為による保有個人情報の漏えい等",
    Citation("個人情報保護法施行規則43条3号", "iuris.jp 施行規則43条"),
)
R43_4 = Trigger(
    "R43-4",
    "保有個人情報に係る本人の数が百人を超える漏えい等",
    Citation("個人情報保護法施行規則43条4号", "iuris.jp 施行規則43条"),
    people_threshold=100,
)
R43_5 = Trigger(
    "R43-5",
    "条例要配慮個人情報が含まれる保有個人情報の漏えい等（地方公共団体の機関等）",
    Citation("個人情報保護法施行規則43条5号", "iuris.jp 施行規則43条"),
)

PRIVATE_TRIGGERS: tuple[Trigger, ...] = (R7_1, R7_2, R7_3, R7_4)
PUBLIC_TRIGGERS: tuple[Trigger, ...] = (R43_1, R43_2, R43_3, R43_4, R43_5)
TRIGGERS: dict[str, Trigger] = {t.code: t for t in PRIVATE_TRIGGERS + PUBLIC_TRIGGERS}

# The "bad purpose" trigger: the one that lengthens the final-report deadline to 60 days.
MALICE_TRIGGERS = frozenset({"R7-3", "R43-3"})

MANDATORY_REPORTING_FROM = date(2022, 4, 1)  # 令和2年改正 全面施行
SKIMMING_AMENDMENT_FROM = date(2024, 4, 1)  # 令和5年個人情報保護委員会規則第5号

DUTY_TO_REPORT = Citation("個人情報保護法26条1項", "法26条1項本文")
DUTY_TO_REPORT_PUBLIC = Citation("個人情報保護法68条1項", "法68条1項")
DUTY_TO_NOTIFY = Citation("個人情報保護法26条2項", "法26条2項; 規則10条")
DUTY_TO_NOTIFY_PUBLIC = Citation("個人情報保護法68条2項", "法68条2項")
PROCESSOR_RELEASE = Citation("個人情報保護法26条1項ただし書・規則9条", f"{GUIDELINE} 3-5-3-5")
ENCRYPTION_EXEMPTION = Citation(
    "個人情報保護法施行規則7条1号括弧書（高度な暗号化その他の措置）",
    f"{GUIDELINE} 3-5-3-1; PPC FAQ（特定個人情報）Q17-14",
)
PSEUDONYMISED_EXEMPTION = Citation("個人情報保護法41条9項", "法41条9項（仮名加工情報には法26条を適用しない）")
ANONYMISED_EXEMPTION = Citation("個人情報保護法2条6項", "匿名加工情報は個人データに当たらない")
NOT_A_LEAK = Citation("ガイドライン（通則編）3-5-1", f"{GUIDELINE} 3-5-1-2〜3-5-1-4; PPC FAQ Q6-1")
MY_NUMBER_ROUTE = Citation(
    "行政手続における特定の個人を識別するための番号の利用等に関する法律29条の4",
    "PPC 「漏えい等の対応とお役立ち資料」",
)
