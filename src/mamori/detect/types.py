"""Stable type codes for findings, with their Japanese names.

Codes are part of the public contract (stored in ledgers, used in policies): extend, never rename.
The APPI category of each type lives in `mamori.law`, not here.
"""

from __future__ import annotations

from enum import StrEnum


class EntityType(StrEnum):
    PERSON = "PERSON"
    ADDRESS = "ADDRESS"
    POSTAL_CODE = "POSTAL_CODE"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    MY_NUMBER = "MY_NUMBER"
    CORPORATE_NUMBER = "CORPORATE_NUMBER"
    CREDIT_CARD = "CREDIT_CARD"
    BANK_ACCOUNT = "BANK_ACCOUNT"
    PASSPORT = "PASSPORT"
    DRIVERS_LICENSE = "DRIVERS_LICENSE"
    HEALTH_INSURANCE = "HEALTH_INSURANCE"
    PENSION_NUMBER = "PENSION_NUMBER"
    RESIDENCE_CARD = "RESIDENCE_CARD"
    IP_ADDRESS = "IP_ADDRESS"
    SENSITIVE = "SENSITIVE"


JAPANESE_NAMES: dict[EntityType, str] = {
    EntityType.PERSON: "氏名",
    EntityType.ADDRESS: "住所",
    EntityType.POSTAL_CODE: "郵便番号",
    EntityType.PHONE: "電話番号",
    EntityType.EMAIL: "メールアドレス",
    EntityType.DATE_OF_BIRTH: "生年月日",
    EntityType.MY_NUMBER: "個人番号（マイナンバー）",
    EntityType.CORPORATE_NUMBER: "法人番号",
    EntityType.CREDIT_CARD: "クレジットカード番号",
    EntityType.BANK_ACCOUNT: "銀行口座番号",
    EntityType.PASSPORT: "旅券番号",
    EntityType.DRIVERS_LICENSE: "運転免許証番号",
    EntityType.HEALTH_INSURANCE: "健康保険の記号・番号",
    EntityType.PENSION_NUMBER: "基礎年金番号",
    EntityType.RESIDENCE_CARD: "在留カード番号",
    EntityType.IP_ADDRESS: "IPアドレス",
    EntityType.SENSITIVE: "要配慮個人情報",
}

# Types defined by their format (check digits, numbering plans, fixed shapes) rather than by language.
FORMAT_DEFINED: frozenset[EntityType] = frozenset(
    {
        EntityType.POSTAL_CODE,
        EntityType.PHONE,
        EntityType.EMAIL,
        EntityType.MY_NUMBER,
        EntityType.CORPORATE_NUMBER,
        EntityType.CREDIT_CARD,
        EntityType.BANK_ACCOUNT,
        EntityType.PASSPORT,
        EntityType.DRIVERS_LICENSE,
        EntityType.HEALTH_INSURANCE,
        EntityType.PENSION_NUMBER,
        EntityType.RESIDENCE_CARD,
        EntityType.IP_ADDRESS,
    }
)


def parse_types(codes: str | list[str] | None) -> frozenset[EntityType] | None:
    """Turn user input (`"PHONE,EMAIL"` or a list) into type codes; None means every type.

    Raises ValueError naming the unknown code.
    """
    if codes is None:
        return None
    items = codes.split(",") if isinstance(codes, str) else [c for part in codes for c in part.split(",")]
    result: set[EntityType] = set()
    for raw in items:
        code = raw.strip().upper()
        if not code:
            continue
        try:
            result.add(EntityType(code))
        except ValueError:
            raise UnknownTypeError(raw.strip()) from None
    return frozenset(result)


class UnknownTypeError(ValueError):
    """A type code that does not exist; `message_ja` is what a command-line user reads."""

    def __init__(self, code: str) -> None:
        self.code = code
        known = ", ".join(t.value for t in EntityType)
        super().__init__(f"unknown type code {code!r}; known codes: {known}")
        self.message_ja = f"種類コード {code!r} はありません。使える種類: {known}"
