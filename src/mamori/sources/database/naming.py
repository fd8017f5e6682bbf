"""Database column names as headers `mamori.detect.columns` understands.

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
    "biko": "備考",
    "bikou": "備考",
    "memo": "メモ",
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
    ("user", "name"): "ユーザー名",
}
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
            out.append(ROMAJI.get(parts[i], parts[i]))
            i += 1
    return " ".join(out) if out else name
