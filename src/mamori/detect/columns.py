"""What a table column holds, read from its header (氏名, 住所, 生年月日, 病名, 商品名 …).

A short cell value says little by itself: `佐藤` is a person under 氏名 and a brand under 商品名. The header
decides. Headers are matched after folding width and case, most specific words first, so 会社名 is not read
as 名 and 患者氏名 is read as 氏名.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from mamori.detect.normalize import shadow


class ColumnKind(Enum):
    PERSON = "person"
    PERSON_READING = "person_reading"  # フリガナ: a name written in kana
    ADDRESS = "address"
    BIRTH_DATE = "birth_date"
    SENSITIVE = "sensitive"
    NOT_PERSON = "not_person"  # 会社名, 商品名 …: names of things, never people


@dataclass(frozen=True, slots=True)
class ColumnMeaning:
    kind: ColumnKind
    subtype: str | None = None  # SENSITIVE only: medical, disability, …


# Ordered: the first rule whose words occur in the header wins.
_RULES: tuple[tuple[ColumnMeaning, tuple[str, ...]], ...] = (
    (
        ColumnMeaning(ColumnKind.NOT_PERSON),
        (
            "会社名",
            "法人名",
            "企業名",
            "商品名",
            "品名",
            "製品名",
            "店舗名",
            "店名",
            "施設名",
            "病院名",
            "学校名",
            "部署名",
            "団体名",
            "組織名",
            "銀行名",
            "支店名",
            "物件名",
            "駅名",
            "地名",
            "件名",
            "ファイル名",
            "ブランド",
            "メーカー",
            "商号",
            "屋号",
            "company",
            "product",
            "item",
            "brand",
            "file",
            "title",
            "subject",
            "username",
            "user name",
            "ユーザー名",
            "ユーザ名",
            "アカウント名",
            "名称",
            "メール",
            "mail",
            "email",
            "電話",
            "tel",
            "phone",
            "url",
            "ip",
        ),
    ),
    (
        ColumnMeaning(ColumnKind.PERSON_READING),
        ("フリガナ", "ふりがな", "カナ", "かな", "セイ", "メイ", "kana"),
    ),
    (
        ColumnMeaning(ColumnKind.BIRTH_DATE),
        ("生年月日", "誕生日", "出生日", "生まれ", "dob", "birth", "birthday"),
    ),
    (
        ColumnMeaning(ColumnKind.ADDRESS),
        ("住所", "所在地", "居所", "送付先", "届け先", "お届け先", "配送先", "address", "addr"),
    ),
    (
        ColumnMeaning(ColumnKind.SENSITIVE, "medical"),
        (
            "病歴",
            "既往歴",
            "病名",
            "傷病名",
            "診断名",
            "診断",
            "疾患",
            "疾病",
            "症状",
            "服薬",
            "処方",
            "投薬",
            "通院",
            "入院",
            "健診結果",
            "検査結果",
            "diagnosis",
            "disease",
            "medical",
        ),
    ),
    (ColumnMeaning(ColumnKind.SENSITIVE, "disability"), ("障害", "障がい", "障碍", "disability")),
    (
        ColumnMeaning(ColumnKind.SENSITIVE, "criminal_record"),
        ("犯罪歴", "犯歴", "前科", "前歴", "逮捕歴", "criminal"),
    ),
    (ColumnMeaning(ColumnKind.SENSITIVE, "crime_victim"), ("被害歴", "犯罪被害")),
    (ColumnMeaning(ColumnKind.SENSITIVE, "creed"), ("宗教", "信仰", "信条", "宗派", "religion")),
    (ColumnMeaning(ColumnKind.SENSITIVE, "race"), ("人種", "民族", "race", "ethnicity")),
    (ColumnMeaning(ColumnKind.SENSITIVE, "social_status"), ("社会的身分", "出自")),
    (
        ColumnMeaning(ColumnKind.PERSON),
        (
            "氏名",
            "名前",
            "お名前",
            "姓名",
            "苗字",
            "名字",
            "担当者",
            "担当",
            "顧客名",
            "会員名",
            "患者名",
            "利用者",
            "契約者",
            "名義",
            "宛名",
            "申込者",
            "申請者",
            "代表者",
            "社員名",
            "従業員",
            "受取人",
            "差出人",
            "送り主",
            "保護者",
            "連絡者",
            "記入者",
            "作成者",
            "氏",
            "姓",
            "名",
            "name",
            "person",
            "customer",
            "contact",
            "owner",
            "author",
        ),
    ),
)

_CLEAN = re.compile(r"[\s_\-()（）\[\]【】:：・/]+")
_ASCII_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def column_meaning(header: str | None) -> ColumnMeaning | None:
    """What cells under `header` hold, or None when the header says nothing we use."""
    if not header:
        return None
    folded = shadow(header).lower()
    cleaned = _CLEAN.sub(" ", folded).strip()
    words = set(_ASCII_WORD.findall(cleaned))
    compact = cleaned.replace(" ", "")
    for meaning, keys in _RULES:
        for key in keys:
            if key.isascii():
                if key in words or (" " in key and key in cleaned) or compact.startswith(key):
                    return meaning
            elif key in compact:
                return meaning
    return None
