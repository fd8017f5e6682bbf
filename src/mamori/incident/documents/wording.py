"""Japanese phrases drafted from facts: causes, events, items, dates, and advice to affected persons."""

from __future__ import annotations

from datetime import date

from mamori.incident.documents.model import UNKNOWN
from mamori.incident.facts import Cause, IncidentFacts, Medium
from mamori.law.items import item_name_ja

CAUSE_JA: dict[Cause, str] = {
    Cause.LOSS: "紛失",
    Cause.THEFT: "盗難",
    Cause.MISDELIVERY_POST: "郵便物・書類の誤送付",
    Cause.MISDELIVERY_EMAIL: "電子メールの誤送信",
    Cause.MISCONFIGURATION: "設定の誤りによる公開状態",
    Cause.UNAUTHORIZED_ACCESS: "第三者による不正アクセス",
    Cause.RANSOMWARE: "ランサムウェアによる攻撃",
    Cause.WEB_SKIMMING: "ウェブサイトの入力ページの改ざん（Webスキミング）",
    Cause.INSIDER_THEFT: "従業者による不正な持ち出し",
    Cause.OTHER: "その他",
}

MEDIUM_JA: dict[Medium, str] = {
    Medium.PAPER: "紙媒体",
    Medium.LAPTOP: "ノートパソコン",
    Medium.USB: "USBメモリ等の外部記録媒体",
    Medium.SERVER: "サーバ",
    Medium.CLOUD: "クラウドサービス",
    Medium.EMAIL: "電子メール",
    Medium.WEB: "ウェブサイト",
    Medium.OTHER: "その他の媒体",
}

EVENT_JA = {"leak": "漏えい", "loss": "滅失", "damage": "毀損", "none": "漏えい等に該当しない事象"}


def ja_date(day: date | None) -> str:
    if day is None:
        return UNKNOWN
    return f"{day.year}年{day.month}月{day.day}日（{'月火水木金土日'[day.weekday()]}）"


def or_unknown(text: str | None) -> str:
    return text if text else UNKNOWN


def event_phrase(event: str, certainty: str) -> str:
    name = EVENT_JA[event]
    return f"{name}のおそれ" if certainty == "possible" and event != "none" else name


def items_phrase(facts: IncidentFacts) -> str:
    names = dict.fromkeys(item_name_ja(i.type, i.subtype) for i in facts.data_items)
    return "、".join(names)


def people_phrase(facts: IncidentFacts) -> str:
    p = facts.people
    if p.is_range:
        return f"{p.min:,}人〜{p.max:,}人（調査中。最大{p.max:,}人）"
    return f"{p.max:,}人"


def medium_phrase(facts: IncidentFacts) -> str:
    return MEDIUM_JA[facts.medium] if facts.medium else UNKNOWN


def contact_lines(facts: IncidentFacts) -> tuple[str, ...]:
    c = facts.contact
    return (
        f"窓口: {or_unknown(c.desk)}",
        f"電話: {or_unknown(c.phone)}",
        f"メール: {or_unknown(c.email)}",
        f"受付時間: {or_unknown(c.hours)}",
    )


def self_protection_advice(facts: IncidentFacts) -> tuple[str, ...]:
    """What an affected person can do (規則8条1項9号 as used in the notice)."""
    types = facts.item_types
    advice: list[str] = []
    if "CREDIT_CARD" in types or "CARD_CVC" in types:
        advice.append(
            "クレジットカードの利用明細をご確認いただき、身に覚えのない請求があればカード会社にご連絡ください"
        )
    if "PASSWORD" in types or "LOGIN_ID" in types:
        advice.append("同じパスワードを他のサービスでお使いの場合は、速やかに変更してください")
    if "BANK_ACCOUNT" in types:
        advice.append("口座の入出金明細をご確認ください")
    if types & {"EMAIL", "PHONE", "ADDRESS"}:
        advice.append(
            "当社を装った不審な電話・メール・郵便物にご注意ください。当社からパスワード等をお尋ねすることはありません"
        )
    if "MY_NUMBER" in types:
        advice.append("個人番号の変更については、お住まいの市区町村にご相談いただけます")
    advice.append("ご不明な点は下記の窓口までお問い合わせください")
    return tuple(advice)
