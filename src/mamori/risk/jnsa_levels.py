"""Simple-EP levels per kind of data: x = 精神的苦痛 (mental distress), y = 経済的損失 (economic loss).

Each level records where it comes from. "JNSA 2003" is the 2003年度 report's Simple-EP list (reference
jnsa-model.md §3). "assumption" marks a kind no JNSA list names: mamori assigns a level by analogy and says
so in every estimate; users override any level with `jnsa.levels` in the facts.
"""

from __future__ import annotations

from dataclasses import dataclass

JNSA_2003 = "JNSA 2003年度報告書 Simple-EP図"
ASSUMPTION = "mamoriの仮定"


@dataclass(frozen=True)
class EpLevel:
    x: int
    y: int
    provenance: str
    note: str = ""


def _jnsa(x: int, y: int, note: str = "") -> EpLevel:
    return EpLevel(x, y, JNSA_2003, note)


def _assumed(x: int, y: int, note: str) -> EpLevel:
    return EpLevel(x, y, ASSUMPTION, note)


# Keys are item codes, or "SENSITIVE:subtype" / "CREDIT_CARD:last4".
EP_LEVELS: dict[str, EpLevel] = {
    "PERSON": _jnsa(1, 1, "氏名"),
    "ADDRESS": _jnsa(1, 1, "住所"),
    "POSTAL_CODE": _assumed(1, 1, "住所の一部として住所（1,1）と同じ水準とした"),
    "PHONE": _jnsa(1, 1, "電話番号"),
    "EMAIL": _jnsa(1, 1, "メールアドレス"),
    "DATE_OF_BIRTH": _jnsa(1, 1, "生年月日"),
    "MY_NUMBER": _assumed(1, 1, "JNSAの表に記載なし。住民票コード（1,1）に準じた"),
    "CREDIT_CARD": _jnsa(
        1,
        3,
        "クレジットカード番号。後年の別紙ではカード番号のみを経済2とする可能性があるが未確認（UNCONFIRMED）",
    ),
    "CREDIT_CARD:last4": _assumed(1, 1, "末尾4桁のみでは不正利用できないため識別情報並み（1,1）とした"),
    "CARD_EXPIRY": _jnsa(1, 3, "カード有効期限"),
    "CARD_CVC": _assumed(1, 3, "JNSAの表に記載なし。カード情報（1,3）に準じた"),
    "BANK_ACCOUNT": _jnsa(1, 3, "口座番号/暗証番号。口座番号のみの水準（経済2か3か）は未確認（UNCONFIRMED）"),
    "PASSPORT": _jnsa(1, 2, "パスポート番号"),
    "DRIVERS_LICENSE": _jnsa(1, 1, "免許証番号"),
    "HEALTH_INSURANCE": _jnsa(1, 1, "健康保険証番号"),
    "PENSION_NUMBER": _assumed(1, 1, "JNSAの表に記載なし。年金証書番号（1,1）に準じた"),
    "RESIDENCE_CARD": _assumed(1, 1, "JNSAの表に記載なし。免許証番号（1,1）に準じた"),
    "IP_ADDRESS": _assumed(1, 1, "JNSAの表に記載なし。識別情報（1,1）に準じた"),
    "LOGIN_ID": _jnsa(1, 2, "プロバイダのアカウント/パスワード"),
    "PASSWORD": _jnsa(1, 2, "プロバイダのアカウント/パスワード"),
    "PURCHASE_HISTORY": _jnsa(1, 2, "購入履歴"),
    "SALARY": _jnsa(2, 2, "年収・所得"),
    "EMPLOYEE_ID": _jnsa(1, 1, "社員番号"),
    "PSEUDONYMOUS_ID": _assumed(1, 1, "JNSAの表に記載なし。識別情報（1,1）に準じた"),
    "SENSITIVE:medical": _jnsa(
        2,
        1,
        "病歴（2,1）。病状・カルテ・感染症は精神3とされ、境界は未確認（UNCONFIRMED）。"
        "該当する場合は jnsa.levels で (3,1) を指定する",
    ),
    "SENSITIVE:criminal_record": _jnsa(3, 3, "前科前歴・犯罪歴"),
    "SENSITIVE:creed": _jnsa(3, 1, "信条・思想・宗教・政治的見解"),
    "SENSITIVE:race": _jnsa(2, 1, "人種"),
    "SENSITIVE:social_status": _assumed(3, 1, "JNSAの表に記載なし。本籍（3,1）に準じた"),
    "SENSITIVE:disability": _jnsa(
        3, 1, "身体障害・知的障害（2003年版）。後年の版では（2,1）とする資料もある（未確認）"
    ),
    "SENSITIVE:crime_victim": _assumed(3, 1, "JNSAの表に記載なし。信条等と同じ精神3とした"),
}

# Kinds deliberately left without a level: they are reported as "not in the JNSA table".
UNRATED = frozenset({"OTHER", "ORDINANCE_SENSITIVE", "CORPORATE_NUMBER"})


def level_key(code: str, subtype: str | None) -> str:
    return f"{code}:{subtype}" if subtype and f"{code}:{subtype}" in EP_LEVELS else code
