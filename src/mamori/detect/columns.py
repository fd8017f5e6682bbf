"""What a table column holds, read from its header (氏名, 住所, 生年月日, 免許証番号, 注文番号 …).

A short cell value says little by itself: `佐藤` is a person under 氏名 and a brand under 商品名, and a
12-digit number is a My Number under マイナンバー and a parcel under 追跡番号. The header decides where it
can. Headers are matched after folding width and case, with romaji and English words read as Japanese
(`unten_menkyo` → 運転 免許, `customer_id` → customer id), most specific words first, so 会社名 is not
read as 名, 口座名義人 is a name and not an account number, and 会員番号 is an id and not a person.

`column_subject` says whose column it is: the row's own person (""), or another person the row holds —
a spouse, a child, an emergency contact, a delivery recipient (`配偶者氏名` → 配偶者, `family.0.name` →
family.0).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from mamori.detect.column_kinds import ColumnKind, ColumnMeaning
from mamori.detect.column_words import (
    CODE_WORDS,
    EXACT_HEADERS,
    EXPIRY_WORDS,
    FAMILY_PARTS,
    GIVEN_PARTS,
    IDENTIFIER_RULES,
    LEADING_RELATIONS,
    NOT_PERSON_WORDS,
    NOTES_WORDS,
    ORGANISATION_WORDS,
    RELATIONS,
    SENSITIVE_RULES,
    THING_WORDS,
)
from mamori.detect.header_words import header_for
from mamori.detect.normalize import shadow

__all__ = ["ColumnKind", "ColumnMeaning", "column_meaning", "column_subject", "table_headers"]


_WORD_RULES: tuple[tuple[ColumnMeaning, tuple[str, ...]], ...] = (
    (
        ColumnMeaning(ColumnKind.PERSON_READING),
        ("フリガナ", "ふりがな", "カナ", "かな", "セイ", "メイ", "kana", "ローマ字", "romaji", "英字氏名"),
    ),
    (
        ColumnMeaning(ColumnKind.BIRTH_DATE),
        (
            "生年月日",
            "誕生日",
            "出生日",
            "生まれ",
            "セイネンガッピ",
            "せいねんがっぴ",
            "タンジョウビ",
            "たんじょうび",
            "dob",
            "birth",
            "birthday",
        ),
    ),
    (
        ColumnMeaning(ColumnKind.ADDRESS),
        (
            "住所",
            "所在地",
            "居所",
            "送付先",
            "届け先",
            "お届け先",
            "配送先",
            "送り先",
            "番地",
            "ジュウショ",
            "じゅうしょ",
            "address",
            "addr",
            "street",
        ),
    ),
    *SENSITIVE_RULES,
    (ColumnMeaning(ColumnKind.NOTES), NOTES_WORDS),
    (
        ColumnMeaning(ColumnKind.PERSON),
        (
            "氏名",
            "名前",
            "お名前",
            "シメイ",
            "しめい",
            "ナマエ",
            "なまえ",
            "姓名",
            "苗字",
            "名字",
            "担当者",
            "担当",
            # a doctor, by the role the header names: a person, whatever word comes before (処方医)
            "医師",
            "処方医",
            "主治医",
            "担当医",
            "doctor",
            "physician",
            "顧客名",
            "会員名",
            "患者名",
            "利用者",
            "契約者",
            "名義",
            "宛名",
            "申込者",
            "申請者",
            # who paid a transfer (入金明細): 振込依頼人 is written in the bank's half-width kana
            "依頼人",
            "振込人",
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
            "surname",
        ),
    ),
)

_CLEAN = re.compile(r"[\s_\-()（）\[\]【】:：・/.]+")
_ASCII_WORD = re.compile(r"[a-z]+")


def _fold(header: str) -> tuple[str, set[str], str]:
    """The header as (cleaned text, its ASCII words, its text without spaces)."""
    translated = header_for(header) if header.isascii() else header
    folded = shadow(unicodedata.normalize("NFKC", translated)).lower()
    cleaned = _CLEAN.sub(" ", folded).strip()
    return cleaned, set(_ASCII_WORD.findall(cleaned)), cleaned.replace(" ", "")


def _has(key: str, cleaned: str, words: set[str], compact: str) -> bool:
    if key.isascii():
        if key in words or (" " in key and key in cleaned):
            return True
        # tel1, zipcode, birthdate: a glued prefix; but not "no" in notes or "id" in idea
        return compact.startswith(key) and (len(key) > 2 or compact[len(key) :].isdigit())
    return key in compact


@lru_cache(maxsize=4096)
def column_meaning(header: str | None) -> ColumnMeaning | None:
    """What cells under `header` hold, or None when the header says nothing we use."""
    if not header:
        return None
    cleaned, words, compact = _fold(header)
    if not compact:
        return None
    if compact in EXACT_HEADERS:
        return ColumnMeaning(ColumnKind.IDENTIFIER, entity=EXACT_HEADERS[compact])
    # Whose column it is does not say what it holds: 緊急連絡先電話 is a phone, 配偶者氏名 a name.
    own = _RELATION_PATTERN.sub(" ", cleaned).strip()
    if own == "名" and own != cleaned:  # 担当者名, 配偶者名: the other person's whole name
        return ColumnMeaning(ColumnKind.PERSON)
    if not own and compact not in _CONTACT_RELATIONS:  # 保証人, hosho_nin: that person, by name
        return ColumnMeaning(ColumnKind.PERSON)
    if own and own != cleaned:
        meaning = _meaning(own, set(_ASCII_WORD.findall(own)), own.replace(" ", ""))
        if meaning is not None:
            return meaning
    meaning = _meaning(cleaned, words, compact)
    if compact in ("username", "ユーザー名") and "." in header:
        # a record's key path: user.name is the name of the record's user (利用者), not a login
        return ColumnMeaning(ColumnKind.PERSON)
    return meaning


def _meaning(cleaned: str, words: set[str], compact: str) -> ColumnMeaning | None:
    meaning = _meaning_by_words(cleaned, words, compact)
    if (
        meaning is not None
        and meaning.kind is ColumnKind.NOT_PERSON
        and any(compact.endswith(w) for w in _NOTES_ENDINGS)
    ):
        return ColumnMeaning(
            ColumnKind.NOTES
        )  # 薬剤師メモ, 店舗備考: the notes, not the thing that wrote them
    return meaning


def _meaning_by_words(cleaned: str, words: set[str], compact: str) -> ColumnMeaning | None:
    headed = _head_noun(cleaned, words, compact)
    if headed is not None:
        return headed
    if compact.endswith(_EXPIRY) or words & EXPIRY_WORDS:  # 在留期限, passport.expiry: a date, not a number
        return ColumnMeaning(ColumnKind.NOT_PERSON)
    if compact.endswith(_QUANTITY):  # 保険金額, 保険料, 家賃: an amount, whatever word comes before it
        return ColumnMeaning(ColumnKind.NOT_PERSON)
    # 保証会社TEL is a company's; 勤務先TEL, the person's own workplace number, stays theirs
    organisation = not any(w in compact for w in _OWN_WORKPLACE) and any(
        _has(k, cleaned, words, compact) for k in ORGANISATION_WORDS
    )
    identifier = _head_identifier(cleaned, words, compact)
    if identifier is not None:
        if organisation and identifier.entity in _CONTACT_TYPES:
            return ColumnMeaning(ColumnKind.NOT_PERSON, "organisation")
        return identifier
    if any(_has(k, cleaned, words, compact) for k in CODE_WORDS):
        return ColumnMeaning(ColumnKind.CODE)
    if any(_has(k, cleaned, words, compact) for k in ORGANISATION_WORDS):
        return ColumnMeaning(ColumnKind.NOT_PERSON, "organisation")
    if any(_has(k, cleaned, words, compact) for k in NOT_PERSON_WORDS):
        return ColumnMeaning(ColumnKind.NOT_PERSON)
    for meaning, keys in _WORD_RULES:
        if any(_has(k, cleaned, words, compact) for k in keys):
            if meaning.kind in (ColumnKind.PERSON, ColumnKind.PERSON_READING):
                if _thing_named(cleaned):  # hotel.name, plan_name: the thing's name
                    return ColumnMeaning(ColumnKind.NOT_PERSON)
                return ColumnMeaning(meaning.kind, part=_name_part(cleaned, words, compact))
            return meaning
    return None


_NOTES_ENDINGS = tuple(w for w in NOTES_WORDS if not w.isascii() and len(w) >= 2)


def _thing_named(cleaned: str) -> bool:
    """Whether the word just before a header's last word names a thing (`hotel.name`, `plan_kana`), not a
    person's role (`account holder name`, `event contact name` stay persons)."""
    words = [w for w in cleaned.split() if not w.isdigit()]
    return len(words) >= 2 and words[-2] in THING_WORDS


def _head_noun(cleaned: str, words: set[str], compact: str) -> ColumnMeaning | None:
    """A Japanese header ends with what it names: 被保険者氏名 is a name and 被保険者生年月日 a birth date,
    though 被保険者 alone would make them insurance numbers. Names of organisations keep their say
    (会社名カナ is no one's reading)."""
    if any(_has(k, cleaned, words, compact) for k in ORGANISATION_WORDS + NOT_PERSON_WORDS):
        return None
    if compact.endswith("保険者名") and not compact.endswith("被保険者名"):  # the insurer: 協会けんぽ
        return ColumnMeaning(ColumnKind.NOT_PERSON, "organisation")
    if compact.endswith("者名"):  # 被保険者名, 契約者名: the name of whoever the role is
        return ColumnMeaning(ColumnKind.PERSON)
    for meaning, keys in _WORD_RULES:
        if any(len(k) >= 2 and not k.isascii() and compact.endswith(k) for k in keys):
            if meaning.kind in (ColumnKind.PERSON, ColumnKind.PERSON_READING):
                return ColumnMeaning(meaning.kind, part=_name_part(cleaned, words, compact))
            return meaning
    return None


_READING_SUFFIX = re.compile(r"(?:カナ|かな|フリガナ|ふりがな|ヨミ|よみ|読み)$")


def _name_part(cleaned: str, words: set[str], compact: str) -> str | None:
    """ "family" for 姓 / セイ / last_name, "given" for 名 / メイ / first_name, None for a whole name."""
    tokens = set(cleaned.split()) | words
    # 姓カナ, 名フリガナ: the reading of that part
    bare = _READING_SUFFIX.sub("", compact.rstrip("0123456789")) or compact.rstrip("0123456789")
    if bare in FAMILY_PARTS or tokens & FAMILY_PARTS:
        return "family"
    if bare in GIVEN_PARTS or tokens & GIVEN_PARTS:
        return "given"
    if bare.endswith("姓") and not bare.endswith("姓名"):
        return "family"
    return None


# A header that names only a relation holds that person's name, except these, which hold a number.
_CONTACT_RELATIONS = frozenset({"緊急連絡先", "緊急", "連絡先", "emergency"})
_EXPIRY = ("期限", "期日")
_CONTACT_TYPES = frozenset({"PHONE", "EMAIL", "POSTAL_CODE"})
_OWN_WORKPLACE = ("会社員", "勤務先", "勤め先", "職場")
_ROLE_KEYS = frozenset({"被保険者", "hihokensha"})
_QUANTITY = ("金額", "保険料", "料金", "家賃", "単価", "件数", "人数", "日数", "回数")


def _head_identifier(cleaned: str, words: set[str], compact: str) -> ColumnMeaning | None:
    """The identifier a header names, by the rules in their order (a rule said before another wins:
    会員カード番号 is no card number). A person's role among the identifier words (被保険者) yields to
    what follows it: 被保険者電話 and hihokensha_tel are phones, 被保険者番号 stays the card's."""
    matches = [
        (meaning, key)
        for meaning, keys in IDENTIFIER_RULES
        for key in keys
        if _has(key, cleaned, words, compact)
    ]
    if not matches:
        return None
    first, key = matches[0]
    if key not in _ROLE_KEYS:
        return first
    role_end = compact.find(key) + len(key)  # words inside the role (保険者, 保険) are the role's
    later = [m for m, k in matches if compact.rfind(k.replace(" ", "")) >= role_end]
    return later[0] if later else first


_RELATION_PATTERN = re.compile(
    "|".join(re.escape(r) for r in sorted(RELATIONS, key=len, reverse=True))
    + "|^(?:"
    + "|".join(LEADING_RELATIONS)
    + ")"
)
_DIGITS_AFTER = re.compile(r"\d+")


@lru_cache(maxsize=4096)
def column_subject(header: str | None) -> str:
    """Whose column this is: "" for the row's own person, else a label for another person in the row
    (配偶者, 子2, 緊急連絡先, family.0, recipient)."""
    if not header:
        return ""
    # an XML attribute (扶養親族.0@氏名) belongs to its element, as the element's children do
    path = header.replace("@", ".") if "@" in header and not _EMAIL_LIKE.search(header) else header
    if "." in path.strip(".") and not path.replace(".", "").isdigit():
        return _path_subject([p for p in path.split(".")[:-1] if p])
    _, _, compact = _fold(header)
    found = _RELATION_PATTERN.search(compact)
    if found is None:
        return ""
    label = RELATIONS.get(found.group(0), found.group(0))
    after = _DIGITS_AFTER.match(compact, found.end())
    if after is not None:
        return label + after.group(0)
    before = re.search(r"\d+$", compact[: found.start()])
    return label + (before.group(0) if before else "")


_EMAIL_LIKE = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.IGNORECASE)


def _path_subject(parents: list[str]) -> str:
    """Whose column a key path names: the path up to its last element that names another person
    (`recipient`, `family.0`, `order.shipping`); "" when none does (`profile.name`, `contact.tel`)."""
    subject = ""
    for depth, part in enumerate(parents):
        if part.isdigit() or _RELATION_PATTERN.search(_fold(part)[2]) is not None:
            subject = ".".join(parents[: depth + 1])
    return subject


_BARE_NUMBER = frozenset({"番号", "no", "number", "bango", "ばんごう", "バンゴウ"})
_HEALTH_NUMBER = "被保険者証番号"


def table_headers(headers: list[str]) -> list[str]:
    """The headers of one table, each read with its neighbours: a bare 番号 beside a 記号 column is the
    番号 of a health-insurance card (「保険者番号, 記号, 番号」), not an id."""
    health = any(_is_health_mark(h) for h in headers)
    if not health:
        return headers
    return [_HEALTH_NUMBER if _fold(h)[2] in _BARE_NUMBER else h for h in headers]


def _is_health_mark(header: str) -> bool:
    meaning = column_meaning(header)
    return meaning is not None and meaning.entity == "HEALTH_INSURANCE"


def first_row_is_data(cells: list[str], covered: Callable[[str], int]) -> bool:
    """Whether a table's first row holds values rather than column names, judged by content: a cell that
    names no column and is (nearly) all one value (`yamada.taro@example.jp`, 山田太郎) makes it data.
    `covered(cell)` is the length of the longest value found in the cell."""
    for cell in cells:
        core = len(cell.strip())
        if core and column_meaning(cell) is None and covered(cell) >= core * 0.8:
            return True
    return False


def names_columns(cells: list[str]) -> bool:
    """Whether a row reads as a header by its words: at least half of its filled cells name a column."""
    filled = [c for c in cells if c.strip()]
    named = sum(1 for c in filled if column_meaning(c) is not None)
    return named > 0 and named * 2 >= len(filled)
