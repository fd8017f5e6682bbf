"""Column names in romaji or English (database columns, CSV and JSON keys) as the Japanese headers
`mamori.detect.columns` understands.

Japanese schemas are often written in romaji (`shimei`, `jusho`, `seinengappi`) or in English with
underscores and camelCase (`customer_name`, `birthDate`). Each word is translated to the Japanese word a
spreadsheet header would use, and the words are joined with spaces: `shimei_kana` → `氏名 カナ` (read as
フリガナ), `kaisha_mei` → `会社 名` → 会社名 (not a person), `tel_no` → `電話 番号`. Names already in
Japanese pass unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Romaji (Hepburn and the common IME spellings) and English abbreviations seen in Japanese schemas.
ROMAJI: dict[str, str] = {
    "shimei": "氏名",
    "simei": "氏名",
    "namae": "名前",
    "onamae": "名前",
    "sei": "姓",
    "mei": "名",
    "myoji": "苗字",
    "myouji": "苗字",
    "kana": "カナ",
    "furigana": "フリガナ",
    "hurigana": "フリガナ",
    "yomi": "フリガナ",
    "jusho": "住所",
    "juusho": "住所",
    "jyusho": "住所",
    "zyusyo": "住所",
    "shozaichi": "所在地",
    # organisations and their offices, whose name and number are no one's
    "jigyosho": "事業所",
    "jigyousho": "事業所",
    "daihyo": "代表",
    "daihyou": "代表",
    "iryokikan": "医療機関",
    "byoin": "病院",
    "shisetsu": "施設",
    # health words of a care record
    "kansensho": "感染症",
    "shubyomei": "主病名",
    "kenshin": "健診",
    "shoken": "所見",
    "shokuji": "食事",
    "seigen": "制限",
    "todofuken": "住所",
    "shikuchoson": "住所",
    "banchi": "住所",
    "tel": "電話",
    "denwa": "電話",
    "denwabango": "電話番号",
    "keitai": "携帯",
    "fax": "FAX",
    "bango": "番号",
    "bangou": "番号",
    "no": "番号",
    "num": "番号",
    "yubin": "郵便",
    "yuubin": "郵便",
    "yubinbango": "郵便番号",
    "zip": "郵便番号",
    "zipcode": "郵便番号",
    "postal": "郵便番号",
    "postcode": "郵便番号",
    "seinengappi": "生年月日",
    "seinengapi": "生年月日",
    "tanjobi": "誕生日",
    "tanjoubi": "誕生日",
    "birthday": "生年月日",
    "birthdate": "生年月日",
    "dob": "生年月日",
    "meru": "メール",
    "meeru": "メール",
    "mail": "メール",
    "email": "メール",
    "byoreki": "病歴",
    "byouki": "病名",
    "byomei": "病名",
    "byoumei": "病名",
    "kioreki": "既往歴",
    "shindan": "診断",
    "shinryo": "診療",
    "shohou": "処方",
    "shoho": "処方",
    "shogai": "障害",
    "shougai": "障害",
    "hanzai": "犯罪歴",
    "zenka": "前科",
    "shukyo": "宗教",
    "shuukyou": "宗教",
    "mynumber": "マイナンバー",
    "kojinbango": "個人番号",
    "hokensho": "保険証",
    "kaisha": "会社",
    "kaishamei": "会社名",
    "hojin": "法人",
    "shohin": "商品",
    "shouhin": "商品",
    "tenpo": "店舗",
    "kokyaku": "顧客",
    "kaiin": "会員",
    "kanja": "患者",
    "tantosha": "担当者",
    "tantousha": "担当者",
    "menkyo": "免許",
    "menkyosho": "免許証",
    "unten": "運転",
    "license": "免許",
    "licence": "免許",
    "pasupooto": "旅券",
    "pasupoto": "旅券",
    "pasupoato": "旅券",
    "passport": "旅券",
    "ryoken": "旅券",
    "nenkin": "年金",
    "pension": "年金",
    "hoken": "保険",
    "kenpo": "健保",
    "kenpou": "健保",
    "kenko": "健康",
    "kenkou": "健康",
    "hokensha": "保険者",
    "hihokensha": "被保険者",
    "hiho": "被保険者",
    "eda": "枝番",
    # a care record's measurements and levels
    "taion": "体温",
    "myakuhaku": "脈拍",
    "ketsuatsu": "血圧",
    "jiritsudo": "自立度",
    "ninchisho": "認知症",
    "dementia": "認知症",
    "insurance": "保険",
    "kigo": "記号",
    "kigou": "記号",
    "kouza": "口座",
    "koza": "口座",
    "kouzabango": "口座番号",
    "meigi": "名義",
    "meiginin": "名義人",
    "holder": "名義",
    "ginko": "銀行",
    "ginkou": "銀行",
    "bank": "銀行",
    "shiten": "支店",
    "branch": "支店",
    "zairyu": "在留",
    "zairyuu": "在留",
    "haigusha": "配偶者",
    "spouse": "配偶者",
    "kodomo": "子",
    "child": "子",
    "fuyo": "扶養",
    "fuyou": "扶養",
    "dependent": "扶養",
    "dependant": "扶養",
    "hogosha": "保護者",
    "guardian": "保護者",
    "kinkyu": "緊急",
    "kinkyuu": "緊急",
    "emergency": "緊急",
    "renrakusaki": "連絡先",
    "todokesaki": "届け先",
    "haisosaki": "配送先",
    "haisousaki": "配送先",
    "okurisaki": "送り先",
    "mobile": "携帯",
    "mob": "携帯",
    "phone": "電話",
    "jan": "JANコード",
    "ean": "JANコード",
    "upc": "JANコード",
    "barcode": "JANコード",
    "tracking": "追跡",
    "maker": "メーカー",
    "seizomoto": "メーカー",
    "tenmei": "店名",
    "store": "店舗",
    "shop": "店舗",
    "fn": "氏名",
    "n": "氏名",
    "adr": "住所",
    "bday": "生年月日",
    "org": "会社名",
    "biko": "備考",
    "bikou": "備考",
    "memo": "メモ",
    # people a record holds besides its subject, and words around them
    "hoshonin": "保証人",
    "hoshounin": "保証人",
    "nyukyosha": "入居者",
    "nyuukyosha": "入居者",
    "keiyakusha": "契約者",
    "seito": "生徒",
    "zokugara": "続柄",
    "kigen": "期限",
    "yukokigen": "有効期限",
    "yuukoukigen": "有効期限",
    "tatemono": "建物",
    "bukken": "物件",
    "kyoka": "教科",
    "kyouka": "教科",
    "nenshu": "年収",
    "uketorinin": "受取人",
    "hantei": "判定",
    "sogo": "総合",
    "sougou": "総合",
    "arerugi": "アレルギー",
    "kusuri": "薬剤",
    "yakuzai": "薬剤",
}
# Pairs of words that mean something else together (`first name` is a name, `user name` is not).
PHRASES: dict[tuple[str, ...], str] = {
    ("first", "name"): "名",
    ("last", "name"): "姓",
    ("family", "name"): "姓",
    ("given", "name"): "名",
    ("full", "name"): "氏名",
    ("kojin", "bango"): "個人番号",
    ("my", "number"): "マイナンバー",
    ("date", "of", "birth"): "生年月日",
    ("birth", "date"): "生年月日",
    ("birth", "day"): "生年月日",
    ("yubin", "bango"): "郵便番号",
    ("denwa", "bango"): "電話番号",
    ("tel", "no"): "電話番号",
    ("phone", "number"): "電話番号",
    ("kaisha", "mei"): "会社名",
    ("shohin", "mei"): "商品名",
    ("shouhin", "mei"): "商品名",
    ("tenpo", "mei"): "店舗名",
    ("kokyaku", "mei"): "顧客名",
    ("kaiin", "mei"): "会員名",
    ("kanja", "mei"): "患者名",
    ("hosho", "nin"): "保証人",
    ("hoshou", "nin"): "保証人",
    ("kinkyu", "renraku"): "緊急連絡先",
    ("kinkyuu", "renraku"): "緊急連絡先",
    ("tatemono", "mei"): "建物名",
    ("bukken", "mei"): "物件名",
    ("user", "name"): "ユーザー名",
    ("account", "holder"): "口座名義",
    ("main", "tel"): "代表電話",
    ("main", "phone"): "代表電話",
    ("main", "email"): "代表メール",
    ("main", "mail"): "代表メール",
    ("corporate", "number"): "法人番号",
    ("corporate", "no"): "法人番号",
    ("houjin", "bango"): "法人番号",
    ("hojin", "bango"): "法人番号",
    ("account", "name"): "口座名義",
    ("account", "no"): "口座番号",
    ("account", "number"): "口座番号",
    ("bank", "account"): "口座",
    ("card", "no"): "カード番号",
    ("card", "number"): "カード番号",
    ("credit", "card"): "クレジットカード",
    ("residence", "card"): "在留カード",
    ("drivers", "license"): "運転免許",
    ("driver", "license"): "運転免許",
    ("ship", "to"): "届け先",
    ("bill", "to"): "請求先",
}
_NUMBERED = re.compile(r"([a-z]+)(\d+)")


def _translate(word: str) -> str:
    """One word in Japanese (`tel2` → `電話2`: the number stays with it); unknown words as they are."""
    if word in ROMAJI:
        return ROMAJI[word]
    numbered = _NUMBERED.fullmatch(word)
    if numbered is not None and numbered[1] in ROMAJI:
        return ROMAJI[numbered[1]] + numbered[2]
    return word


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[^0-9A-Za-z]+")


def words(name: str) -> list[str]:
    """`customerName_kana` → [customer, name, kana]; digits stay with their word."""
    return [w.lower() for part in _SPLIT.split(_CAMEL.sub(" ", name)) for w in [part] if w]


@lru_cache(maxsize=4096)
def header_for(name: str) -> str:
    """The header a person would have written for column `name`; `name` itself when nothing is known."""
    if not name.isascii():
        return name
    parts = words(name)
    out: list[str] = []
    i = 0
    while i < len(parts):
        for size in (3, 2):
            phrase = tuple(parts[i : i + size])
            if len(phrase) == size and phrase in PHRASES:
                out.append(PHRASES[phrase])
                i += size
                break
        else:
            out.append(_translate(parts[i]))
            i += 1
    return " ".join(out) if out else name
