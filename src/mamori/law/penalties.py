"""Enforcement and penalties relevant to a leak (text in force; 懲役 became 拘禁刑 on 2025-06-01)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PenaltyRule:
    article: str
    what: str
    sanction: str


SUPERVISION = (
    PenaltyRule("個人情報保護法146条", "個人情報保護委員会による報告徴収・立入検査", "—"),
    PenaltyRule("個人情報保護法147条", "指導・助言", "—"),
    PenaltyRule(
        "個人情報保護法148条1項〜3項",
        "法23〜26条（安全管理措置・委託先の監督・漏えい等報告・本人通知）違反に対する勧告、勧告違反時の命令、緊急命令",
        "勧告・命令（148条4項により命令違反は公表され得る）",
    ),
    PenaltyRule("個人情報保護法178条", "148条2項・3項の命令に違反", "1年以下の拘禁刑又は100万円以下の罰金"),
    PenaltyRule("個人情報保護法182条", "146条の報告・検査の拒否、虚偽報告", "50万円以下の罰金"),
    PenaltyRule(
        "個人情報保護法184条1項",
        "法人の業務に関して代表者・従業者が178条・179条の違反をしたときの法人処罰（両罰規定）",
        "法人に1億円以下の罰金（178条・179条）、182条は同額の罰金",
    ),
)

DATABASE_MISAPPROPRIATION = PenaltyRule(
    "個人情報保護法179条",
    "従業者（退職者を含む）が業務で取り扱った個人情報データベース等を不正な利益を図る目的で提供し、又は盗用",
    "1年以下の拘禁刑又は50万円以下の罰金（183条により国外犯も処罰）",
)
