"""Labels that say what a nearby value is (電話：, マイナンバー, 注文番号 …).

The label closest before a value wins: in 「電話 03-1234-5678 注文番号 123456789012」 the second number is
an order number even though 電話 also precedes it. A column header counts as a label on every cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum
from typing import Any, NamedTuple


class Label(Enum):
    PHONE = "phone"
    POSTAL = "postal"
    MY_NUMBER = "my_number"
    CORPORATE = "corporate"
    CARD = "card"
    BANK = "bank"
    PASSPORT = "passport"
    LICENSE = "license"
    HEALTH = "health"
    HEALTH_MARK = "health_mark"  # 記号 of 記号・番号
    PENSION = "pension"
    RESIDENCE = "residence"
    IP = "ip"
    NUMBER = "number"  # a bare 番号/No.: says nothing by itself
    NOT_PERSONAL = "not_personal"  # order, invoice, product, version …


_WORDS: dict[Label, tuple[str, ...]] = {
    Label.PHONE: (
        "電話",
        "電話番号",
        "TEL",
        "Tel",
        "tel",
        "Phone",
        "phone",
        "PHONE",
        "携帯",
        "携帯電話",
        "連絡先",
        "FAX",
        "Fax",
        "fax",
        "ファックス",
        "ファクス",
        "内線",
        "直通",
        "ダイヤル",
        "フリーダイヤル",
        "Mobile",
        "mobile",
        "お電話",
        "℡",
    ),
    Label.POSTAL: ("〒", "郵便番号", "郵便", "ZIP", "Zip", "zip", "postal", "Postal", "Postcode"),
    Label.MY_NUMBER: (
        "マイナンバー",
        "個人番号",
        "マイナンバーカード",
        "個人番号カード",
        "My Number",
        "my number",
        "MyNumber",
        "mynumber",
        "Individual Number",
    ),
    Label.CORPORATE: (
        "法人番号",
        "登録番号",
        "適格請求書",
        "インボイス登録",
        "Corporate Number",
        "corporate number",
    ),
    Label.CARD: (
        "カード番号",
        "クレジットカード",
        "クレジット",
        "カード",
        "card",
        "Card",
        "CARD",
        "VISA",
        "Visa",
        "Mastercard",
        "MasterCard",
        "JCB",
        "AMEX",
        "Amex",
        "American Express",
        "Diners",
    ),
    Label.BANK: (
        "口座番号",
        "口座",
        "普通",
        "当座",
        "普通預金",
        "当座預金",
        "貯蓄",
        "預金",
        "支店",
        "振込先",
        "振込",
        "account",
        "Account",
        "A/C",
    ),
    Label.PASSPORT: (
        "旅券",
        "旅券番号",
        "パスポート",
        "パスポート番号",
        "passport",
        "Passport",
        "PASSPORT",
        "PPT",
        "PPT No",
        "Passport#",
    ),
    Label.LICENSE: (
        "免許",
        "免許証",
        "運転免許",
        "運転免許証",
        "免許証番号",
        "免許番号",
        "driver",
        "Driver",
        "license",
        "License",
        "licence",
        "Licence",
    ),
    Label.HEALTH: (
        "被保険者番号",
        "被保険者証",
        "保険証",
        "被保険者",
        "保険者番号",
        "健康保険",
        "国民健康保険",
        "後期高齢者",
        "介護保険",
        "資格確認書",
        "枝番",
        "公費負担者番号",
        "保険者No",
        "保険者ＮＯ",
        "受給者番号",
        "Insurer number",
        "insurer number",
        "Insurer No",
        "Insurance card",
    ),
    Label.HEALTH_MARK: ("記号", "Kigo", "kigo", "Symbol", "symbol", "Card symbol"),
    Label.PENSION: ("基礎年金番号", "年金番号", "年金手帳", "年金", "pension", "Pension"),
    Label.RESIDENCE: ("在留カード", "在留カード番号", "residence card", "Residence Card", "在留"),
    Label.IP: ("IPアドレス", "IP", "ip", "接続元", "アクセス元", "送信元", "src", "host", "Host", "サーバ"),
    Label.NUMBER: ("番号", "No", "NO", "no", "№", "#", "ID", "Id", "id", "Bango", "bango"),
    Label.NOT_PERSONAL: (
        "注文番号",
        "受注番号",
        "発注番号",
        "注文",
        "伝票番号",
        "伝票",
        "請求書番号",
        "請求番号",
        "請求書",
        "見積番号",
        "見積",
        "問い合わせ番号",
        "問合せ番号",
        "お問合せ番号",
        "お問い合わせ番号",
        "追跡番号",
        "管理番号",
        "商品コード",
        "証券番号",
        "受理番号",
        "事件番号",
        "証券No",
        "証券",
        "契約番号",
        "コード",
        "Code",
        "code",
        "商品番号",
        "商品",
        "品番",
        "型番",
        "製品番号",
        "製造番号",
        "シリアル",
        "JAN",
        "EAN",
        "ISBN",
        "バージョン",
        "version",
        "Version",
        "ver",
        "Ver",
        "v",
        "受付番号",
        "予約番号",
        # a practitioner's or a business's registration (受領委任 登録記号番号 契1234567), not a card's
        "登録記号番号",
        "登録記号",
        "登録番号",
        "整理番号",
        "部品番号",
        "ロット",
        "Lot",
        "LOT",
        "会員番号",
        "社員番号",
        "顧客番号",
        "order",
        "Order",
        "ORDER",
        "invoice",
        "Invoice",
        "INVOICE",
        "SKU",
        "sku",
        "build",
        "Build",
        "取引番号",
        "契約番号",
        "証券番号",
        "文書番号",
        "ページ",
        "価格",
        "金額",
        "合計",
        "円",
        "数量",
        "個数",
        "件数",
        "人数",
        "ISSN",
        "DOI",
        "doi",
        "特許",
        "Serial",
        "serial",
        "PO",
        "P.O.",
        "PO number",
        "PO Number",
        "PO No",
        "Order number",
        "order number",
        "Invoice number",
        "invoice number",
        "Purchase Order",
        "purchase order",
        "Ref",
        "Reference",
        "reference",
        "Ticket",
        "ticket",
        "Case No",
    ),
}

_WORD_LABEL: dict[str, Label] = {}
for _label, _words in _WORDS.items():
    for _word in _words:
        _WORD_LABEL[_word] = _label


def trie_pattern(words: Iterable[str]) -> str:
    """One regex for many words, factored by common prefix (電話(?:番号)?): the engine then reads each
    character once instead of trying every word in turn at every position, and the greedy `?` still
    makes the longest word win (電話番号 over 電話 over 番号 read from the same position)."""
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if not ends:
            return body
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"

    return build(trie)


_LABEL_RE = re.compile(trie_pattern(_WORD_LABEL))

WINDOW = 24


class LabelHit(NamedTuple):  # a tuple: built for most candidate values, so it must be cheap
    label: Label
    word: str
    distance: int  # characters between the end of the label and the value


_GAP_PUNCT = re.compile(r"[\s:=()\[\]{}<>#.,、，/\-・「」『』【】〔〕（）＜＞～~。|｜]+")
_NOTE = re.compile(r"[（(](?:[^（()）\n0-9]{1,12}|[0-9０-９]{1,2}(?:桁|文字|字|ケタ))[)）]")
_MAX_GAP_WORDS = 4  # 電話は, 携帯（本人）: a particle or a short word may sit between label and value


def gap_ok(shadow: str, start: int, end: int) -> bool:
    """Whether the text between a label and a value lets the label speak for the value.

    A digit in between means another value sits there; a line break followed by words means the label
    heads another line (a CSV header, the previous field of a form).
    """
    gap = shadow[start:end]
    if not gap or gap.isspace():  # the common 「連絡先 090…」 without a regex call
        return True
    # a note on how to write the value is no other value: 郵便番号（ハイフン不要）, 生年月日（西暦）
    words = _GAP_PUNCT.sub("", _NOTE.sub("", gap) if "(" in gap or "（" in gap else gap)
    if not words:
        return True
    return len(words) <= _MAX_GAP_WORDS and "\n" not in gap and not any(c.isdigit() for c in words)


def _is_word(shadow: str, match: re.Match[str]) -> bool:
    """Latin labels only count as whole words (so "ip" in "ship" or "v" in "dev" is no label)."""
    word = match.group()
    if not (word.isascii() and word[0].isalnum()):
        return True
    before = shadow[match.start() - 1] if match.start() > 0 else " "
    after = shadow[match.end()] if match.end() < len(shadow) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalpha())


def label_before(shadow: str, pos: int, window: int = WINDOW) -> LabelHit | None:
    """The label that speaks for a value starting at `pos`: the closest one before it, within `window`
    characters, with nothing but punctuation or a short word in between.

    A bare 番号/No./ID right after a specific label completes it (運転免許証番号, Passport No.).
    """
    # Only the last two labels matter; this runs once per candidate value, so no list is built.
    last = previous = None
    for match in _LABEL_RE.finditer(shadow, max(0, pos - window), pos):
        if _is_word(shadow, match):
            previous, last = last, match
    if last is None or not gap_ok(shadow, last.end(), pos):
        return None
    word = last.group()
    label = _WORD_LABEL[word]
    if label is Label.NUMBER and previous is not None:
        joined = shadow[previous.end() : last.start()]
        if len(joined) <= 2 and _GAP_PUNCT.sub("", joined) in ("", "の"):  # 運転免許証の番号
            return LabelHit(_WORD_LABEL[previous.group()], previous.group(), pos - last.end())
    return LabelHit(label, word, pos - last.end())


_NOT_PERSONAL_RE = re.compile(
    trie_pattern(word for word, label in _WORD_LABEL.items() if label is Label.NOT_PERSONAL)
)


def not_personal_label_before(shadow: str, pos: int) -> LabelHit | None:
    """`label_before` for a caller that only cares whether the label says "not personal" (an e-mail
    address): a search for those few words rules most values out without looking at every label."""
    if _NOT_PERSONAL_RE.search(shadow, max(0, pos - WINDOW), pos) is None:
        return None
    hit = label_before(shadow, pos)
    return hit if hit is not None and hit.label is Label.NOT_PERSONAL else None


def label_of_header(header: str) -> LabelHit | None:
    """The label a column header gives its cells (the last label word in the header)."""
    return label_before(header, len(header), window=len(header))


def has_word_near(shadow: str, pos: int, words: re.Pattern[str], window: int) -> bool:
    return words.search(shadow, max(0, pos - window), pos) is not None
