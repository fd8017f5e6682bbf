"""Kinds of personal data an incident can involve, with their APPI category.

Codes are design.md's finding types plus items that are never detected in text. Kept as plain strings
so `law` depends on nothing else in mamori.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class AppiCategory(StrEnum):
    GENERAL = "general"  # 個人情報 (法2条1項)
    IDENTIFIER = "identifier"  # 個人識別符号 (法2条2項)
    SENSITIVE = "sensitive"  # 要配慮個人情報 (法2条3項)
    ORDINANCE_SENSITIVE = "ordinance_sensitive"  # 条例要配慮個人情報 (法60条5項, 行政機関等のみ)
    NOT_PERSONAL = "not_personal"


@dataclass(frozen=True)
class ItemKind:
    code: str
    name_ja: str
    category: AppiCategory


_KINDS = (
    ItemKind("PERSON", "氏名", AppiCategory.GENERAL),
    ItemKind("ADDRESS", "住所", AppiCategory.GENERAL),
    ItemKind("POSTAL_CODE", "郵便番号", AppiCategory.GENERAL),
    ItemKind("PHONE", "電話番号", AppiCategory.GENERAL),
    ItemKind("EMAIL", "メールアドレス", AppiCategory.GENERAL),
    ItemKind("DATE_OF_BIRTH", "生年月日", AppiCategory.GENERAL),
    ItemKind("MY_NUMBER", "個人番号（マイナンバー）", AppiCategory.IDENTIFIER),
    ItemKind("CORPORATE_NUMBER", "法人番号", AppiCategory.NOT_PERSONAL),
    ItemKind("CREDIT_CARD", "クレジットカード番号", AppiCategory.GENERAL),
    ItemKind("BANK_ACCOUNT", "銀行口座番号", AppiCategory.GENERAL),
    ItemKind("PASSPORT", "旅券番号", AppiCategory.IDENTIFIER),
    ItemKind("DRIVERS_LICENSE", "運転免許証番号", AppiCategory.IDENTIFIER),
    ItemKind("HEALTH_INSURANCE", "健康保険の記号・番号", AppiCategory.IDENTIFIER),
    ItemKind("PENSION_NUMBER", "基礎年金番号", AppiCategory.IDENTIFIER),
    ItemKind("RESIDENCE_CARD", "在留カード番号", AppiCategory.IDENTIFIER),
    ItemKind("IP_ADDRESS", "IPアドレス", AppiCategory.GENERAL),
    ItemKind("SENSITIVE", "要配慮個人情報", AppiCategory.SENSITIVE),
    ItemKind("LOGIN_ID", "ログインID", AppiCategory.GENERAL),
    ItemKind("PASSWORD", "パスワード・暗証番号", AppiCategory.GENERAL),
    ItemKind("CARD_EXPIRY", "カード有効期限", AppiCategory.GENERAL),
    ItemKind("CARD_CVC", "セキュリティコード", AppiCategory.GENERAL),
    ItemKind("PURCHASE_HISTORY", "購入履歴", AppiCategory.GENERAL),
    ItemKind("SALARY", "給与・年収", AppiCategory.GENERAL),
    ItemKind("EMPLOYEE_ID", "社員番号", AppiCategory.GENERAL),
    ItemKind("PSEUDONYMOUS_ID", "仮名ID", AppiCategory.GENERAL),
    ItemKind("ORDINANCE_SENSITIVE", "条例要配慮個人情報", AppiCategory.ORDINANCE_SENSITIVE),
    ItemKind("OTHER", "その他の項目", AppiCategory.GENERAL),
)

ITEM_KINDS: dict[str, ItemKind] = {kind.code: kind for kind in _KINDS}

# 法2条3項, 令2条: the subtypes design.md gives SENSITIVE findings.
SENSITIVE_SUBTYPES: dict[str, str] = {
    "medical": "病歴・診療・健康診断等の結果",
    "criminal_record": "犯罪の経歴・刑事手続",
    "creed": "信条",
    "race": "人種",
    "social_status": "社会的身分",
    "disability": "心身の機能の障害",
    "crime_victim": "犯罪により害を被った事実",
}

# A card number known only by its last four digits is not one that can be misused (PPC FAQ Q6-12).
CARD_SUBTYPES: dict[str, str] = {"full": "カード番号（全桁）", "last4": "カード番号の末尾4桁"}


def item_name_ja(code: str, subtype: str | None = None) -> str:
    kind = ITEM_KINDS[code]
    if subtype and code == "SENSITIVE":
        return f"{kind.name_ja}（{SENSITIVE_SUBTYPES[subtype]}）"
    if subtype and code == "CREDIT_CARD":
        return CARD_SUBTYPES[subtype]
    return kind.name_ja


# What people write in a facts file instead of a code: each kind's own name, and the usual other words.
_NAMES_JA: dict[str, tuple[str, str | None]] = {
    **{kind.name_ja: (kind.code, None) for kind in _KINDS},
    **{name: ("SENSITIVE", sub) for sub, name in SENSITIVE_SUBTYPES.items()},
    "氏名": ("PERSON", None),
    "名前": ("PERSON", None),
    "電話": ("PHONE", None),
    "携帯番号": ("PHONE", None),
    "メール": ("EMAIL", None),
    "メアド": ("EMAIL", None),
    "誕生日": ("DATE_OF_BIRTH", None),
    "マイナンバー": ("MY_NUMBER", None),
    "個人番号": ("MY_NUMBER", None),
    "カード番号": ("CREDIT_CARD", "full"),
    "クレジットカード": ("CREDIT_CARD", "full"),
    "カード番号下4桁": ("CREDIT_CARD", "last4"),
    "カード番号の下4桁": ("CREDIT_CARD", "last4"),
    "カード番号末尾4桁": ("CREDIT_CARD", "last4"),
    "有効期限": ("CARD_EXPIRY", None),
    "口座番号": ("BANK_ACCOUNT", None),
    "パスワード": ("PASSWORD", None),
    "暗証番号": ("PASSWORD", None),
    "旅券番号": ("PASSPORT", None),
    "パスポート番号": ("PASSPORT", None),
    "免許証番号": ("DRIVERS_LICENSE", None),
    "保険証番号": ("HEALTH_INSURANCE", None),
    "年金番号": ("PENSION_NUMBER", None),
    "病歴": ("SENSITIVE", "medical"),
    "病名": ("SENSITIVE", "medical"),
    "診療情報": ("SENSITIVE", "medical"),
    "健康診断の結果": ("SENSITIVE", "medical"),
    "健康診断結果": ("SENSITIVE", "medical"),
    "カルテ": ("SENSITIVE", "medical"),
    "障害": ("SENSITIVE", "disability"),
    "前科": ("SENSITIVE", "criminal_record"),
    "犯罪歴": ("SENSITIVE", "criminal_record"),
    "信仰": ("SENSITIVE", "creed"),
    "宗教": ("SENSITIVE", "creed"),
    "購入履歴": ("PURCHASE_HISTORY", None),
    "給与": ("SALARY", None),
    "年収": ("SALARY", None),
    "社員番号": ("EMPLOYEE_ID", None),
}


def item_from_name(name: str) -> tuple[str, str | None] | None:
    """The item code (and subtype) a facts file means by a Japanese name (カード番号下4桁, 病歴), or None."""
    return _NAMES_JA.get(name.strip().replace(" ", "").replace("\u3000", ""))
