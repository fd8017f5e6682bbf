#!/usr/bin/env python3
"""Blind-test generator: a regional group of dental / medical clinics, a fitness club and a staffing agency.

python generate.py --out DIR [--seed N] [--db-url URL ...]

Writes DIR/drive/, DIR/db.sqlite (+ the same tables and views in every --db-url) and DIR/truth.json.
Standard library + sqlalchemy + openpyxl + python-docx only.  Deterministic for a given seed.

Truth is exact by construction: every person is an entry of a registry; every record written names the person
ids it holds; persons counts are distinct ids.  A self-check re-derives the strong keys from the values actually
written (names, birth dates, phones, addresses, e-mails, My Numbers) and verifies with union-find that the
contract's identity rule recovers exactly the truth per asset and per scope, and that no strong key is shared
by two different persons.
"""
import argparse
import collections
import csv
import datetime as dt
import email.generator
import email.policy
import io
import json
import os
import random
import re
import shutil
import sys
import time
import unicodedata
import zipfile
from email.message import EmailMessage
from email.utils import formataddr
from xml.sax.saxutils import escape

REF = dt.date(2024, 11, 1)
FIXED_TS = dt.datetime(2024, 11, 1, 9, 0, 0)

# --------------------------------------------------------------------------------------------- name data
SURNAMES = """佐藤,サトウ,Sato;鈴木,スズキ,Suzuki;高橋,タカハシ,Takahashi;田中,タナカ,Tanaka;伊藤,イトウ,Ito;
渡辺,ワタナベ,Watanabe;山本,ヤマモト,Yamamoto;中村,ナカムラ,Nakamura;小林,コバヤシ,Kobayashi;加藤,カトウ,Kato;
吉田,ヨシダ,Yoshida;山田,ヤマダ,Yamada;佐々木,ササキ,Sasaki;山口,ヤマグチ,Yamaguchi;松本,マツモト,Matsumoto;
井上,イノウエ,Inoue;木村,キムラ,Kimura;林,ハヤシ,Hayashi;斎藤,サイトウ,Saito;清水,シミズ,Shimizu;
山崎,ヤマザキ,Yamazaki;森,モリ,Mori;池田,イケダ,Ikeda;橋本,ハシモト,Hashimoto;阿部,アベ,Abe;石川,イシカワ,Ishikawa;
山下,ヤマシタ,Yamashita;中島,ナカジマ,Nakajima;石井,イシイ,Ishii;小川,オガワ,Ogawa;前田,マエダ,Maeda;
岡田,オカダ,Okada;長谷川,ハセガワ,Hasegawa;藤田,フジタ,Fujita;後藤,ゴトウ,Goto;近藤,コンドウ,Kondo;
村上,ムラカミ,Murakami;遠藤,エンドウ,Endo;青木,アオキ,Aoki;坂本,サカモト,Sakamoto;斉藤,サイトウ,Saito;
福田,フクダ,Fukuda;太田,オオタ,Ota;西村,ニシムラ,Nishimura;藤井,フジイ,Fujii;金子,カネコ,Kaneko;岡本,オカモト,Okamoto;
藤原,フジワラ,Fujiwara;中野,ナカノ,Nakano;三浦,ミウラ,Miura;原田,ハラダ,Harada;中川,ナカガワ,Nakagawa;
松田,マツダ,Matsuda;竹内,タケウチ,Takeuchi;小野,オノ,Ono;田村,タムラ,Tamura;中山,ナカヤマ,Nakayama;和田,ワダ,Wada;
石田,イシダ,Ishida;森田,モリタ,Morita;上田,ウエダ,Ueda;原,ハラ,Hara;内田,ウチダ,Uchida;柴田,シバタ,Shibata;
酒井,サカイ,Sakai;宮崎,ミヤザキ,Miyazaki;横山,ヨコヤマ,Yokoyama;高木,タカギ,Takagi;安藤,アンドウ,Ando;
宮本,ミヤモト,Miyamoto;大野,オオノ,Ono;小島,コジマ,Kojima;谷口,タニグチ,Taniguchi;今井,イマイ,Imai;工藤,クドウ,Kudo;
高田,タカダ,Takada;増田,マスダ,Masuda;丸山,マルヤマ,Maruyama;杉山,スギヤマ,Sugiyama;村田,ムラタ,Murata;
大塚,オオツカ,Otsuka;新井,アライ,Arai;小山,コヤマ,Koyama;平野,ヒラノ,Hirano;藤本,フジモト,Fujimoto;河野,コウノ,Kono;
上野,ウエノ,Ueno;野口,ノグチ,Noguchi;武田,タケダ,Takeda;松井,マツイ,Matsui;千葉,チバ,Chiba;岩崎,イワサキ,Iwasaki;
菅原,スガワラ,Sugawara;木下,キノシタ,Kinoshita;久保,クボ,Kubo;佐野,サノ,Sano;野村,ノムラ,Nomura;松尾,マツオ,Matsuo;
市川,イチカワ,Ichikawa;菊地,キクチ,Kikuchi;伊東,イトウ,Ito"""
MALE = """太郎,タロウ,Taro;一郎,イチロウ,Ichiro;健太,ケンタ,Kenta;翔太,ショウタ,Shota;大輔,ダイスケ,Daisuke;
拓也,タクヤ,Takuya;直樹,ナオキ,Naoki;健一,ケンイチ,Kenichi;誠,マコト,Makoto;浩,ヒロシ,Hiroshi;学,マナブ,Manabu;
隆,タカシ,Takashi;聡,サトシ,Satoshi;亮,リョウ,Ryo;翔,ショウ,Sho;蓮,レン,Ren;大翔,ヒロト,Hiroto;悠真,ユウマ,Yuma;
陽斗,ハルト,Haruto;湊,ミナト,Minato;樹,イツキ,Itsuki;颯太,ソウタ,Sota;悠斗,ユウト,Yuto;陸,リク,Riku;
和也,カズヤ,Kazuya;達也,タツヤ,Tatsuya;雄一,ユウイチ,Yuichi;修,オサム,Osamu;勝,マサル,Masaru;清,キヨシ,Kiyoshi;
茂,シゲル,Shigeru;実,ミノル,Minoru;博,ヒロシ,Hiroshi;正樹,マサキ,Masaki;秀樹,ヒデキ,Hideki;康介,コウスケ,Kosuke;
俊介,シュンスケ,Shunsuke;裕太,ユウタ,Yuta;優太,ユウタ,Yuta;慎也,シンヤ,Shinya;哲也,テツヤ,Tetsuya;
智也,トモヤ,Tomoya;翼,ツバサ,Tsubasa;大樹,ダイキ,Daiki;海斗,カイト,Kaito;蒼,アオイ,Aoi;結翔,ユイト,Yuito;
朝陽,アサヒ,Asahi;律,リツ,Ritsu;新,アラタ,Arata"""
FEMALE = """花子,ハナコ,Hanako;陽子,ヨウコ,Yoko;洋子,ヨウコ,Yoko;恵子,ケイコ,Keiko;美穂,ミホ,Miho;由美,ユミ,Yumi;
久美子,クミコ,Kumiko;裕子,ユウコ,Yuko;真由美,マユミ,Mayumi;直美,ナオミ,Naomi;智子,トモコ,Tomoko;幸子,サチコ,Sachiko;
明美,アケミ,Akemi;美香,ミカ,Mika;愛,アイ,Ai;彩,アヤ,Aya;舞,マイ,Mai;麻衣,マイ,Mai;さくら,サクラ,Sakura;
美咲,ミサキ,Misaki;陽菜,ヒナ,Hina;結衣,ユイ,Yui;葵,アオイ,Aoi;凛,リン,Rin;芽依,メイ,Mei;結菜,ユイナ,Yuina;
紬,ツムギ,Tsumugi;杏,アン,An;美月,ミヅキ,Mizuki;千尋,チヒロ,Chihiro;香織,カオリ,Kaori;沙織,サオリ,Saori;
恵美,エミ,Emi;奈々,ナナ,Nana;純子,ジュンコ,Junko;和子,カズコ,Kazuko;節子,セツコ,Setsuko;京子,キョウコ,Kyoko;
典子,ノリコ,Noriko;理恵,リエ,Rie;静香,シズカ,Shizuka;麻美,アサミ,Asami;綾香,アヤカ,Ayaka;優子,ユウコ,Yuko;
菜々子,ナナコ,Nanako;美紀,ミキ,Miki;友美,トモミ,Tomomi;亜希子,アキコ,Akiko;文子,フミコ,Fumiko;瞳,ヒトミ,Hitomi"""
FOREIGN_SEI = """NGUYEN,グエン;TRAN,チャン;LE,レ;PHAM,ファム;HOANG,ホアン;VU,ヴー;DO,ドー;SANTOS,サントス;REYES,レイエス;
CRUZ,クルス;GURUNG,グルン;TAMANG,タマン;BUI,ブイ"""
FOREIGN_MEI = """VAN AN,ヴァン アン;THI HOA,ティ ホア;VAN BINH,ヴァン ビン;THI MAI,ティ マイ;VAN DUC,ヴァン ドゥック;
THI LAN,ティ ラン;VAN HUNG,ヴァン フン;THI THU,ティ トゥ;MARIA,マリア;JOSE,ホセ;ANA,アナ;RAM,ラム;SITA,シタ;
MINH TUAN,ミン トゥアン;THI NGOC,ティ ゴック;JOY,ジョイ"""


def _parse(block, n):
    out = []
    for item in block.replace("\n", "").split(";"):
        parts = item.split(",")
        assert len(parts) == n, item
        out.append(tuple(parts))
    return out


SURNAMES = _parse(SURNAMES, 3)
MALE = _parse(MALE, 3)
FEMALE = _parse(FEMALE, 3)
FOREIGN_SEI = _parse(FOREIGN_SEI, 2)
FOREIGN_MEI = _parse(FOREIGN_MEI, 2)

# (pref, city, area code, postal prefix, towns)
PLACES = [
    ("埼玉県", "さいたま市浦和区", "048", "330", ["仲町", "高砂", "常盤", "岸町", "北浦和", "領家"]),
    ("埼玉県", "さいたま市大宮区", "048", "330", ["桜木町", "大門町", "宮町", "吉敷町"]),
    ("埼玉県", "川口市", "048", "332", ["本町", "栄町", "幸町", "芝", "西川口", "並木"]),
    ("埼玉県", "所沢市", "04", "359", ["東町", "日吉町", "小手指町", "緑町", "星の宮"]),
    ("埼玉県", "越谷市", "048", "343", ["越ヶ谷", "南越谷", "千間台東", "蒲生"]),
    ("埼玉県", "川越市", "049", "350", ["脇田町", "新富町", "連雀町", "的場"]),
    ("東京都", "練馬区", "03", "176", ["豊玉北", "練馬", "石神井町", "大泉学園町"]),
    ("東京都", "板橋区", "03", "173", ["板橋", "大山町", "成増", "高島平"]),
    ("千葉県", "松戸市", "047", "271", ["松戸", "新松戸", "常盤平", "小金"]),
    ("神奈川県", "横浜市港北区", "045", "222", ["日吉", "綱島西", "大倉山"]),
    ("群馬県", "高崎市", "027", "370", ["八島町", "連雀町", "東町"]),
]
BUILDINGS = ["サンハイツ", "メゾン", "コーポ", "グランドール", "パークハウス", "レジデンス", "ハイム", "ロイヤル"]
PERSONAL_DOMAINS = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp",
                    "outlook.jp", "i.softbank.jp", "au.com", "nifty.com"]
BANKS = ["みずほ銀行", "三菱ＵＦＪ銀行", "三井住友銀行", "りそな銀行", "埼玉りそな銀行", "ゆうちょ銀行", "武蔵野銀行",
         "千葉銀行", "川口信用金庫", "青木信用金庫", "飯能信用金庫"]
BRANCHES = ["浦和支店", "川口支店", "所沢支店", "越谷支店", "大宮支店", "本店営業部", "西川口支店", "山田支店",
            "鈴木町支店", "川越支店", "〇一八支店"]
MAKERS = ["山田製作所", "鈴木工業", "佐藤食品工業", "高橋ゴム工業", "田中精機", "渡辺化学", "伊藤ヘルスケア",
          "中村商事", "加藤デンタル材料", "吉田歯材", "松本スポーツ", "井上フーズ", "木村メディカル", "林産業",
          "清水ニュートリション", "森永田乳業"]
CLINICS = ["きずな歯科 浦和院", "きずな歯科 川口院", "きずな歯科 所沢院", "きずなクリニック 越谷",
           "きずなクリニック 川越"]
STORES = ["きずなフィットネス 浦和店", "きずなフィットネス 川口店", "きずなフィットネス 越谷店",
          "きずなフィットネス 大宮店"]
PHARMACIES = ["さくら薬局 浦和店", "あおば薬局", "中央調剤薬局 川口", "ひまわり薬局 越谷", "佐藤薬局", "田中調剤薬局"]
PRODUCTS = ["ホエイプロテイン 1kg", "ソイプロテイン 900g", "BCAA ドリンク", "トレーニンググローブ", "ヨガマット",
            "歯ブラシ やわらかめ", "歯間ブラシ Sサイズ", "フッ素ジェル", "マウスウォッシュ 500ml", "シェイカー 600ml",
            "プロテインバー 12本", "トレーニングベルト", "ステンレスボトル"]
DIAG = ["う蝕", "歯周病", "智歯周囲炎", "顎関節症", "知覚過敏", "根尖性歯周炎", "歯肉炎"]
ALLERGY = ["なし", "なし", "なし", "ペニシリン", "ラテックス", "花粉症", "卵", "局所麻酔薬（要確認）", "金属（ニッケル）"]
MEDS = ["なし", "なし", "降圧剤", "抗凝固薬（ワーファリン）", "糖尿病治療薬", "抗うつ薬", "ステロイド外用薬",
        "ビスホスホネート製剤"]
HISTORY = ["なし", "なし", "高血圧", "糖尿病", "心疾患（ペースメーカー）", "喘息", "腰椎椎間板ヘルニア",
           "膝前十字靭帯損傷（術後）", "うつ病（通院中）", "てんかん"]
FINDINGS = ["異常なし", "異常なし", "異常なし", "LDLコレステロール高値", "血糖値やや高値 要経過観察",
            "肝機能 要再検査", "血圧高値 要精密検査", "心電図 軽度異常", "貧血傾向"]


# ------------------------------------------------------------------------------------------- normalisers
def nname(s):
    s = unicodedata.normalize("NFKC", str(s))
    s = re.sub(r"[\s\u3000]+", "", s)
    return s.casefold()


def nphone(s):
    d = re.sub(r"\D", "", unicodedata.normalize("NFKC", str(s)))
    return d if len(d) >= 10 else None


def naddr(s):
    s = unicodedata.normalize("NFKC", str(s))
    return re.sub(r"\s+", "", s)


def nemail(s):
    return unicodedata.normalize("NFKC", str(s)).strip().lower()


def ndate(v):
    """Parse the birth-date formats a conservative tool certainly reads; wareki is deliberately not parsed."""
    if isinstance(v, (dt.date, dt.datetime)):
        return (v.date() if isinstance(v, dt.datetime) else v).isoformat()
    s = unicodedata.normalize("NFKC", str(v)).strip()
    m = (re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", s) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s)
         or re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s))
    if not m:
        return None
    return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()


def hira(s):
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


_HW = {}
for _cp in range(0xFF61, 0xFFA0):
    _full = unicodedata.normalize("NFKC", chr(_cp))
    if len(_full) == 1:
        _HW.setdefault(_full, chr(_cp))
_HW["\u3099"] = "\uff9e"
_HW["\u309a"] = "\uff9f"
_HW["\u3000"] = " "
_HW[" "] = " "


def hankaku(s):
    out = []
    for c in unicodedata.normalize("NFD", s):
        out.append(_HW.get(c, c))
    return "".join(out)


def zenkaku_digits(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() or c == "-" else c for c in s).replace("\uff0d", "－")


def fmt_date(d, style):
    if d is None:
        return ""
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return d.strftime("%Y/%m/%d")
    if style == "slash_nopad":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "kanji":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "wareki":
        for era, start in (("令和", dt.date(2019, 5, 1)), ("平成", dt.date(1989, 1, 8)), ("昭和", dt.date(1926, 12, 25))):
            if d >= start:
                y = d.year - start.year + 1
                return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
        return f"大正{d.year - 1911}年{d.month}月{d.day}日"
    raise ValueError(style)


def fmt_phone(p, style):
    if not p:
        return ""
    if style == "hyphen":
        return p
    if style == "plain":
        return p.replace("-", "")
    if style == "paren":
        a, b, c = p.split("-")
        return f"{a}({b}){c}"
    if style == "zen":
        return zenkaku_digits(p)
    raise ValueError(style)


# ------------------------------------------------------------------------------------- check-digit codes
def mynumber_check(d11):
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return "0" if r <= 1 else str(11 - r)


def mynumber_ok(s):
    return len(s) == 12 and s.isdigit() and mynumber_check(s[:11]) == s[11]


def corp_number(rng):
    base = "".join(str(rng.randrange(10)) for _ in range(12))
    s = sum(int(base[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - s % 9) + base


def gtin_check(body):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - s % 10) % 10)


def jan13(rng):
    body = rng.choice(["49", "45"]) + "".join(str(rng.randrange(10)) for _ in range(10))
    return body + gtin_check(body)


def upc12(rng):
    body = "0" + "".join(str(rng.randrange(10)) for _ in range(10))
    return body + gtin_check(body)


def luhn_complete(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


# ------------------------------------------------------------------------------------------- registry
class Household:
    __slots__ = ("hid", "pref", "city", "town", "street", "postal", "landline", "members")

    def addr(self, pref=True):
        return (self.pref if pref else "") + self.city + self.town + self.street

    def addr_nopref(self):
        return self.city + self.town + self.street


class Person:
    __slots__ = ("pid", "sei", "mei", "sei_k", "mei_k", "sei_r", "mei_r", "foreign", "gender", "dob", "hh",
                 "mobile", "email", "email2", "work_email", "mynum", "license", "passport", "pension", "ins",
                 "bank", "card", "zairyu", "koyo", "old", "nationality", "ip")

    def name(self, sep=" "):
        return f"{self.sei}{sep}{self.mei}"

    def kana(self, sep=" "):
        return f"{self.sei_k}{sep}{self.mei_k}"

    def roma(self, order="sei", upper=False):
        if self.foreign:
            return f"{self.sei} {self.mei}"
        s = f"{self.sei_r} {self.mei_r}" if order == "sei" else f"{self.mei_r} {self.sei_r}"
        return s.upper() if upper else s

    @property
    def phone(self):
        return self.mobile or self.hh.landline

    def age(self):
        return REF.year - self.dob.year - ((REF.month, REF.day) < (self.dob.month, self.dob.day))


class Registry:
    def __init__(self, rng):
        self.rng = rng
        self.persons = []
        self.keys = {}
        self.used = set()
        self.hh_count = 0

    def unique(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("cannot find unique value")

    # -- attribute generators
    def _digits(self, n):
        return "".join(str(self.rng.randrange(10)) for _ in range(n))

    def landline(self, area):
        r = self.rng
        if len(area) == 2:
            return self.unique(lambda: f"{area}-{r.randint(2000, 9999)}-{r.randint(0, 9999):04d}")
        return self.unique(lambda: f"{area}-{r.randint(200, 999)}-{r.randint(0, 9999):04d}")

    def mobile(self):
        r = self.rng
        return self.unique(lambda: f"{r.choice(['090', '080', '070'])}-{r.randint(1000, 9999)}-{r.randint(0, 9999):04d}")

    def switchboard(self):
        r = self.rng
        return self.unique(lambda: f"03-{r.randint(5000, 6999)}-{r.randint(0, 9999):04d}")

    def household(self, place=None):
        r = self.rng
        pref, city, area, post, towns = place or r.choice(PLACES)
        h = Household()
        self.hh_count += 1
        h.hid = self.hh_count
        h.pref, h.city = pref, city
        h.town = r.choice(towns)
        h.postal = f"{post}-{(hash_int(pref + city + h.town) % 9000) + 100:04d}"

        def street():
            s = f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 25)}"
            if r.random() < 0.35:
                s += f" {r.choice(BUILDINGS)}{r.choice(['浦和', '川口', '中央', '駅前', '第2', ''])}{r.randint(1, 9)}0{r.randint(1, 9)}"
            return s
        h.street = self.unique(lambda: ("ADDR", pref + city + h.town + street()))[1][len(pref + city + h.town):]
        h.landline = self.landline(area) if r.random() < 0.55 else None
        h.members = []
        return h

    def person(self, age=(20, 70), hh=None, sei=None, gender=None, foreign=False, mobile=True, email=True,
               copy_name=None, dob=None, place=None, avoid_given=()):
        r = self.rng
        if hh is None:
            hh = self.household(place)
            if not mobile and hh.landline is None:
                hh.landline = self.landline(next(p for p in PLACES if p[1] == hh.city)[2])
        for _attempt in range(200):
            p = Person()
            p.foreign = foreign
            p.gender = gender or r.choice("MF")
            if copy_name is not None:
                p.sei, p.sei_k, p.sei_r, p.mei, p.mei_k, p.mei_r = (copy_name.sei, copy_name.sei_k, copy_name.sei_r,
                                                                   copy_name.mei, copy_name.mei_k, copy_name.mei_r)
                p.gender = copy_name.gender
            elif foreign:
                s = r.choice(FOREIGN_SEI)
                m = r.choice(FOREIGN_MEI)
                p.sei, p.sei_k, p.sei_r = s[0], s[1], s[0]
                p.mei, p.mei_k, p.mei_r = m[0], m[1], m[0]
            else:
                s = sei or r.choice(SURNAMES)
                m = r.choice(MALE if p.gender == "M" else FEMALE)
                if m[1] in avoid_given:
                    continue
                p.sei, p.sei_k, p.sei_r = s
                p.mei, p.mei_k, p.mei_r = m
            if dob is not None and _attempt == 0:
                p.dob = dob
            else:
                lo = REF.replace(year=REF.year - age[1] - 1) + dt.timedelta(days=1)
                hi = REF.replace(year=REF.year - age[0]) - dt.timedelta(days=1)
                p.dob = lo + dt.timedelta(days=r.randrange((hi - lo).days))
            p.hh = hh
            p.old = None
            p.email2 = None
            p.work_email = None
            p.mobile = None
            p.email = None
            keys = self.person_keys(p, extra_phones=[self._peek_phone(hh)])
            if any(k in self.keys for k in keys):
                continue
            break
        else:
            raise RuntimeError("cannot place person")
        p.pid = len(self.persons) + 1
        adult = p.age() >= 15
        if mobile and adult:
            p.mobile = self.mobile()
        if p.mobile is None and hh.landline is None:
            hh.landline = self.landline(next(pl for pl in PLACES if pl[1] == hh.city)[2])
            for other in hh.members:
                self.register(other)
        if email and adult:
            p.email = self.new_email(p)
        p.mynum = self.unique(lambda: (lambda b: b + mynumber_check(b))(self._digits(11)))
        p.license = (self.unique(lambda: f"{r.choice(['30', '45', '46', '50'])}{(p.dob.year + r.randint(18, 30)) % 100:02d}"
                                 f"{self._digits(6)}{r.randrange(10)}{r.choice('0001')}") if p.age() >= 19 else None)
        p.passport = self.unique(lambda: (r.choice(["TK", "TR", "TZ", "MZ", "TS"]) if not foreign else
                                          r.choice(["C", "N", "P", "E"])) + self._digits(7))
        p.pension = self.unique(lambda: f"{r.randint(1000, 9999)}-{self._digits(6)}") if p.age() >= 20 else None
        p.ins = (luhn_complete(r.choice(["0611", "0613", "3111", "3413"]) + self._digits(3)) if r.random() < 0.6
                 else luhn_complete("11" + self._digits(3)),
                 r.choice([str(r.randint(1, 9999)), f"{r.randint(10, 99)}-{r.randint(100, 999)}", f"埼{r.randint(1, 99)}"]),
                 str(r.randint(1, 99999)))
        p.bank = (r.choice(BANKS), r.choice(BRANCHES), r.choice(["普通", "普通", "当座"]), self._digits(7))
        p.card = self.unique(lambda: luhn_complete((lambda pre: pre + self._digits(15 - len(pre)))(
            r.choice(["4", "52", "54", "3528", "3562"]))))
        p.zairyu = self.unique(lambda: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))
                               + self._digits(8) + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2))) if foreign else None
        p.nationality = ({"NGUYEN": "ベトナム", "TRAN": "ベトナム", "LE": "ベトナム", "PHAM": "ベトナム", "HOANG": "ベトナム",
                          "VU": "ベトナム", "DO": "ベトナム", "BUI": "ベトナム", "SANTOS": "フィリピン", "REYES": "フィリピン",
                          "CRUZ": "フィリピン", "GURUNG": "ネパール", "TAMANG": "ネパール"}[p.sei] if foreign else "日本")
        p.koyo = f"{r.randint(1000, 9999)}-{self._digits(6)}-{r.randrange(10)}"
        p.ip = self.unique(lambda: f"{r.choice([126, 133, 153, 49, 114, 180, 219, 60])}.{r.randint(0, 255)}."
                                   f"{r.randint(0, 255)}.{r.randint(1, 254)}")
        hh.members.append(p)
        self.persons.append(p)
        self.register(p)
        return p

    def _peek_phone(self, hh):
        return hh.landline

    def new_email(self, p):
        r = self.rng

        def make():
            base = r.choice([f"{p.mei_r}.{p.sei_r}", f"{p.sei_r}{p.mei_r[:1]}", f"{p.mei_r[:1]}{p.sei_r}",
                             f"{p.mei_r}{p.dob.year % 100:02d}", f"{p.sei_r}_{p.mei_r}",
                             "".join(r.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(6))])
            base = re.sub(r"[^a-z0-9._]", "", base.lower())
            return f"{base}{r.choice(['', str(r.randint(1, 999))])}@{r.choice(PERSONAL_DOMAINS)}"
        return self.unique(make)

    def name_variants(self, p):
        sets = [(p.sei, p.sei_k, p.sei_r)]
        if p.old:
            sets.append(p.old)
        out = set()
        for sei, sei_k, sei_r in sets:
            for v in (sei + p.mei, sei_k + p.mei_k, hira(sei_k + p.mei_k), sei_r + p.mei_r, p.mei_r + sei_r,
                      f"{sei_k}・{p.mei_k}"):
                out.add(nname(v))
        return out

    def person_keys(self, p, extra_phones=()):
        keys = set()
        attrs = [("d", p.dob.isoformat())]
        for ph in [p.mobile, p.hh.landline, *extra_phones]:
            if ph:
                attrs.append(("p", nphone(ph)))
        attrs.append(("a", naddr(p.hh.addr())))
        attrs.append(("a", naddr(p.hh.addr_nopref())))
        for n in self.name_variants(p):
            for a in attrs:
                keys.add((n,) + a)
        for e in (p.email, p.email2, p.work_email):
            if e:
                keys.add(("e", nemail(e)))
        if getattr(p, "mynum", None):
            keys.add(("m", p.mynum))
        return keys

    def register(self, p):
        for k in self.person_keys(p):
            owner = self.keys.get(k)
            if owner is not None and owner != p.pid:
                raise RuntimeError(f"key collision {k} between {owner} and {p.pid}")
            self.keys[k] = p.pid

    def try_update(self, p, **changes):
        """Apply attribute changes only if the person's keys stay unique."""
        saved = {k: getattr(p, k) for k in changes}
        for k, v in changes.items():
            setattr(p, k, v)
        keys = self.person_keys(p)
        if any(self.keys.get(k, p.pid) != p.pid for k in keys):
            for k, v in saved.items():
                setattr(p, k, v)
            return False
        self.register(p)
        return True


def hash_int(s):
    h = 2166136261
    for c in s.encode():
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    return h


# ------------------------------------------------------------------------------------ assets and truth
PERSON, ADDRESS, POSTAL, PHONE, EMAIL, DOB = "PERSON", "ADDRESS", "POSTAL_CODE", "PHONE", "EMAIL", "DATE_OF_BIRTH"
MYNUM, CORP, CARD, BANKACC, PASSPORT, LICENSE = "MY_NUMBER", "CORPORATE_NUMBER", "CREDIT_CARD", "BANK_ACCOUNT", "PASSPORT", "DRIVERS_LICENSE"
INS, PENSION, RESCARD, IP, SENS, TEXT, Q = "HEALTH_INSURANCE", "PENSION_NUMBER", "RESIDENCE_CARD", "IP_ADDRESS", "SENSITIVE", "TEXT", "?"


class Col:
    __slots__ = ("name", "typ", "role", "slot", "hn", "sql")

    def __init__(self, name, typ=None, role=None, slot=0, hn=False, sql="s"):
        self.name, self.typ, self.role, self.slot, self.hn, self.sql = name, typ, role, slot, hn, sql


def C(name, typ=None, role=None, slot=0, hn=False, sql="s"):
    return Col(name, typ, role, slot, hn, sql)


class Sheet:
    def __init__(self, asset, name, cols):
        self.asset, self.name, self.cols, self.rows, self.pids = asset, name, cols, [], []
        self.title_rows, self.hidden, self.footer = [], False, []

    def row(self, values, *persons):
        unknown = set(values) - {c.name for c in self.cols}
        assert not unknown, (self.asset.path, unknown)
        vals = [values.get(c.name) for c in self.cols]
        self.rows.append(vals)
        self.pids.append(tuple(p.pid if p else None for p in persons))
        by_slot = collections.defaultdict(lambda: collections.defaultdict(list))
        for c, v in zip(self.cols, vals):
            if c.role and v not in (None, ""):
                by_slot[c.slot][c.role].append(v)
        for slot, roles in by_slot.items():
            person = persons[slot] if slot < len(persons) else None
            if person is None:
                continue
            names = list(roles["name"])
            if roles["sei"] and roles["mei"]:
                names.append(str(roles["sei"][0]) + str(roles["mei"][0]))
            if roles["sei_k"] and roles["mei_k"]:
                names.append(str(roles["sei_k"][0]) + str(roles["mei_k"][0]))
            self.asset.subject(person, names=names, dobs=roles["dob"], phones=roles["phone"], addrs=roles["addr"],
                               emails=roles["email"], mynums=roles["mynum"])
        for slot, person in enumerate(persons):
            if person is not None and slot not in by_slot:
                raise AssertionError(f"{self.asset.path}: person {person.pid} in slot {slot} without values")


class Asset:
    def __init__(self, reg, scope, path):
        self.reg, self.scope, self.path = reg, scope, path
        self.sheets, self.subjects = [], []
        self.headerless = False
        self.view = False
        self.sql = None

    def sheet(self, cols, name=None):
        sh = Sheet(self, name, cols)
        self.sheets.append(sh)
        return sh

    def subject(self, person, names=(), dobs=(), phones=(), addrs=(), emails=(), mynums=()):
        ns = {nname(n) for n in names if n not in (None, "")}
        ks = set()
        for n in ns:
            for d in dobs:
                x = ndate(d)
                if x:
                    ks.add((n, "d", x))
            for ph in phones:
                x = nphone(ph)
                if x:
                    ks.add((n, "p", x))
            for a in addrs:
                ks.add((n, "a", naddr(a)))
        for e in emails:
            ks.add(("e", nemail(e)))
        for m in mynums:
            ks.add(("m", re.sub(r"\D", "", unicodedata.normalize("NFKC", str(m)))))
        for k in ks:
            owner = self.reg.keys.get(k)
            if owner != person.pid:
                raise AssertionError(f"{self.path}: emitted key {k} of person {person.pid} is owned by {owner}")
        self.subjects.append((person.pid, frozenset(ks), frozenset(ns)))

    def pids(self):
        return {s[0] for s in self.subjects}

    def columns(self):
        cols, hn = {}, []
        for sh in self.sheets:
            for i, c in enumerate(sh.cols):
                name = str(i + 1) if self.headerless else c.name
                if name in cols and cols[name] != c.typ:
                    raise AssertionError(f"{self.path}: column {name} typed twice differently")
                cols[name] = c.typ
                if c.hn and name not in hn:
                    hn.append(name)
        return cols, hn

    def truth(self):
        t = {}
        if self.scope == "db":
            if self.view:
                t["view"] = True
            t["rows"] = sum(len(sh.rows) for sh in self.sheets)
        t["persons"] = len(self.pids())
        if self.sheets:
            cols, hn = self.columns()
            t["columns"] = cols
            if hn:
                t["hard_negative_columns"] = hn
            if self.headerless:
                t["headerless"] = True
        return t


def union_find_count(subjects, label):
    """Apply the contract's identity rule to the subjects and compare with the truth; fail loudly."""
    parent = list(range(len(subjects)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    first = {}
    for i, (_pid, keys, _names) in enumerate(subjects):
        for k in keys:
            j = first.setdefault(k, i)
            if j != i:
                a, b = find(i), find(j)
                if a != b:
                    parent[a] = b
    comps = collections.defaultdict(set)
    for i, (pid, _k, _n) in enumerate(subjects):
        comps[find(i)].add(pid)
    mixed = [c for c in comps.values() if len(c) > 1]
    if mixed:
        raise AssertionError(f"{label}: identity rule merges different persons: {mixed[:3]}")
    truth = len({s[0] for s in subjects})
    if len(comps) != truth:
        split = collections.Counter(next(iter(c)) for c in comps.values())
        bad = [pid for pid, n in split.items() if n > 1]
        raise AssertionError(f"{label}: identity rule gives {len(comps)} persons, truth {truth}; split: {bad[:5]}")
    # a bare-name subject must not share its name with another person in the same asset
    return truth


# ------------------------------------------------------------------------------------------- writers
def cell_str(v):
    if v is None:
        return ""
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M")
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def ensure_dir(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)


def write_bytes(path, data):
    ensure_dir(path)
    with open(path, "wb") as f:
        f.write(data)


def write_csv(root, asset, encoding="utf-8", bom=False, delimiter=",", crlf=False):
    sh = asset.sheets[0]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    for tr in sh.title_rows:
        w.writerow(tr)
    if not asset.headerless:
        w.writerow([c.name for c in sh.cols])
    for r in sh.rows:
        w.writerow([cell_str(v) for v in r])
    for fr in sh.footer:
        w.writerow(fr)
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    write_bytes(os.path.join(root, asset.path), data)


def normalise_zip(path):
    """Rewrite an OOXML zip with fixed timestamps so output is byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2024-11-01T00:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, date_time=(2024, 11, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def write_xlsx(root, asset):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in asset.sheets:
        ws = wb.create_sheet(sh.name)
        for tr in sh.title_rows:
            ws.append(tr)
        ws.append([c.name for c in sh.cols])
        for r in sh.rows:
            ws.append([v for v in r])
        for fr in sh.footer:
            ws.append(fr)
        if sh.hidden:
            ws.sheet_state = "hidden"
    wb.properties.creator = "kizuna"
    wb.properties.created = FIXED_TS
    path = os.path.join(root, asset.path)
    ensure_dir(path)
    wb.save(path)
    normalise_zip(path)


def nest(cols, vals):
    rec = {}
    for c, v in zip(cols, vals):
        if v is None:
            continue
        parts = c.name.split(".")
        d = rec
        for p in parts[:-1]:
            d = d.setdefault(p, {})
        d[parts[-1]] = cell_str(v) if isinstance(v, (dt.date, dt.datetime)) else v
    return rec


def write_json(root, asset, wrapper=None):
    sh = asset.sheets[0]
    recs = [nest(sh.cols, r) for r in sh.rows]
    doc = recs if wrapper is None else dict(wrapper, records=recs)
    write_bytes(os.path.join(root, asset.path), (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode())


def write_jsonl(root, asset):
    sh = asset.sheets[0]
    lines = [json.dumps(nest(sh.cols, r), ensure_ascii=False) for r in sh.rows]
    write_bytes(os.path.join(root, asset.path), ("\n".join(lines) + "\n").encode())


def write_xml(root, asset, root_tag, rec_tag, header_comment=""):
    sh = asset.sheets[0]
    out = ['<?xml version="1.0" encoding="UTF-8"?>']
    if header_comment:
        out.append(f"<!-- {header_comment} -->")
    out.append(f"<{root_tag}>")

    def emit(d, ind):
        for k, v in d.items():
            if isinstance(v, dict):
                out.append(f"{'  ' * ind}<{k}>")
                emit(v, ind + 1)
                out.append(f"{'  ' * ind}</{k}>")
            else:
                out.append(f"{'  ' * ind}<{k}>{escape(str(v))}</{k}>")
    for r in sh.rows:
        out.append(f"  <{rec_tag}>")
        emit(nest(sh.cols, r), 2)
        out.append(f"  </{rec_tag}>")
    out.append(f"</{root_tag}>")
    write_bytes(os.path.join(root, asset.path), ("\n".join(out) + "\n").encode())


def html_page(title, body):
    return (f'<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n<title>{escape(title)}</title>\n'
            f"</head>\n<body>\n{body}\n</body>\n</html>\n")


def write_html_table(root, asset, title, intro=""):
    sh = asset.sheets[0]
    rows = ["<table border=\"1\">", "<thead><tr>" + "".join(f"<th>{escape(c.name)}</th>" for c in sh.cols) + "</tr></thead>", "<tbody>"]
    for r in sh.rows:
        rows.append("<tr>" + "".join(f"<td>{escape(cell_str(v))}</td>" for v in r) + "</tr>")
    rows.append("</tbody></table>")
    body = f"<h1>{escape(title)}</h1>\n{intro}\n" + "\n".join(rows)
    write_bytes(os.path.join(root, asset.path), html_page(title, body).encode())


def write_html_form(root, asset, title):
    sh = asset.sheets[0]
    parts = [f"<h1>{escape(title)}</h1>", "<p>フォームメール送信データ（管理画面からのエクスポート）</p>"]
    for r in sh.rows:
        parts.append('<div class="entry">\n<table class="form">')
        for c, v in zip(sh.cols, r):
            parts.append(f"<tr><th>{escape(c.name)}</th><td>{escape(cell_str(v))}</td></tr>")
        parts.append("</table>\n</div>\n<hr>")
    write_bytes(os.path.join(root, asset.path), html_page(title, "\n".join(parts)).encode())


def write_vcf(root, asset):
    sh = asset.sheets[0]
    out = []
    for r in sh.rows:
        out.append("BEGIN:VCARD")
        out.append("VERSION:3.0")
        for c, v in zip(sh.cols, r):
            if v in (None, ""):
                continue
            if c.name == "TEL":
                out.append(f"TEL;TYPE={'CELL' if str(v).startswith(('090', '080', '070')) else 'WORK'}:{v}")
            elif c.name == "EMAIL":
                out.append(f"EMAIL;TYPE=INTERNET:{v}")
            elif c.name == "ADR":
                out.append(f"ADR;TYPE=WORK:;;{v};;;;")
            else:
                out.append(f"{c.name}:{v}")
        out.append("END:VCARD")
    write_bytes(os.path.join(root, asset.path), ("\r\n".join(out) + "\r\n").encode())


def write_text(root, asset, text, encoding="utf-8", crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    write_bytes(os.path.join(root, asset.path), text.encode(encoding))


def write_docx(root, asset, paragraphs, table=None):
    import docx
    d = docx.Document()
    for p in paragraphs:
        if p.startswith("# "):
            d.add_heading(p[2:], level=1)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=2)
        for k, v in table:
            cells = t.add_row().cells
            cells[0].text, cells[1].text = k, v
    d.core_properties.author = "kizuna"
    d.core_properties.created = FIXED_TS
    d.core_properties.modified = FIXED_TS
    d.core_properties.last_modified_by = "kizuna"
    d.core_properties.revision = 1
    path = os.path.join(root, asset.path)
    ensure_dir(path)
    d.save(path)
    normalise_zip(path)


def mail_bytes(msgs):
    """msgs: list of EmailMessage -> mbox bytes (fixed From_ lines)."""
    out = io.BytesIO()
    pol = email.policy.default.clone(linesep="\n")
    for m in msgs:
        frm = re.search(r"<([^>]+)>", str(m["From"])) or re.search(r"(\S+@\S+)", str(m["From"]))
        out.write(f"From {frm.group(1)} Fri Nov  1 09:00:00 2024\n".encode())
        g = email.generator.BytesGenerator(out, mangle_from_=True, policy=pol)
        g.flatten(m)
        out.write(b"\n")
    return out.getvalue()


def make_mail(frm, to, subject, body, date, mid, cc=None, charset="utf-8"):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid
    if charset == "iso-2022-jp":
        m.set_content(body, charset="iso-2022-jp", cte="7bit")
    else:
        m.set_content(body, charset="utf-8", cte="8bit")
    return m


# ----------------------------------------------------------------------------------------- populations
def population(reg, n, family=0.3, foreign=0.0, samename=0.03, age=(18, 80), kids=True, kid_min=0,
               mobile_p=0.92, email_p=0.85):
    r = reg.rng
    out = []
    while len(out) < n:
        x = r.random()
        if x < family:
            hh = reg.household()
            sei = r.choice(SURNAMES)
            a_age = (max(age[0], 28), max(age[0] + 12, min(age[1], 78)))
            fam = [reg.person(age=a_age, hh=hh, sei=sei, gender="M", mobile=r.random() < mobile_p,
                              email=r.random() < email_p)]
            if r.random() < 0.85:
                fam.append(reg.person(age=a_age, hh=hh, sei=sei, gender="F", mobile=r.random() < mobile_p,
                                      email=r.random() < email_p, avoid_given={m.mei_k for m in hh.members}))
            if kids:
                kid_hi = max(kid_min, min(17, min(a.age() for a in fam) - 20))
                prev = None
                for _ in range(r.choice([0, 1, 1, 2, 2, 3])):
                    twin = prev is not None and r.random() < 0.2
                    k = reg.person(age=(kid_min, kid_hi), hh=hh, sei=sei, mobile=r.random() < 0.5,
                                   email=r.random() < 0.3, dob=prev.dob if twin else None,
                                   avoid_given={m.mei_k for m in hh.members})
                    prev = k
                    fam.append(k)
            out.extend(fam)
        elif x < family + foreign:
            out.append(reg.person(age=(20, 45), foreign=True))
        elif x < family + foreign + samename and out:
            src = r.choice(out)
            if src.foreign:
                continue
            out.append(reg.person(age=age, copy_name=src, mobile=True, email=r.random() < email_p))
        else:
            out.append(reg.person(age=age, mobile=r.random() < mobile_p, email=r.random() < email_p))
    return out[:n]


def add_dependants(reg, emp, r):
    """Spouse and children in the employee's household; returns (spouse or None, [children])."""
    spouse, kids = None, []
    hh = emp.hh
    sei = (emp.sei, emp.sei_k, emp.sei_r)
    if emp.age() >= 26 and r.random() < 0.6:
        spouse = reg.person(age=(max(22, emp.age() - 8), min(75, emp.age() + 6)), hh=hh, sei=sei,
                            gender="F" if emp.gender == "M" else "M", mobile=r.random() < 0.8, email=r.random() < 0.5,
                            avoid_given={m.mei_k for m in hh.members})
    if emp.age() >= 28 and r.random() < 0.7:
        hi = max(0, min(22, emp.age() - 24))
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            kids.append(reg.person(age=(0, hi), hh=hh, sei=sei, mobile=r.random() < 0.3, email=False,
                                   avoid_given={m.mei_k for m in hh.members}))
    return spouse, kids


def set_work_email(reg, p, domain):
    r = reg.rng
    for cand in (f"{p.mei_r[0]}.{p.sei_r}", f"{p.mei_r}.{p.sei_r}", f"{p.sei_r}.{p.mei_r}{r.randint(1, 99)}"):
        addr = re.sub(r"[^a-z0-9.]", "", cand.lower()) + "@" + domain
        if addr not in reg.used:
            reg.used.add(addr)
            p.work_email = addr
            reg.register(p)
            return addr
    raise RuntimeError("work email")


def ensure_email(reg, p):
    if not p.email:
        p.email = reg.new_email(p)
        reg.register(p)
    return p.email


def name_styled(p, r, old=False):
    sei = p.old[0] if old else p.sei
    if p.foreign:
        return f"{sei} {p.mei}"
    return r.choice([f"{sei} {p.mei}", f"{sei}\u3000{p.mei}", f"{sei}{p.mei}"])


def kana_of(p, old=False):
    sei_k = p.old[1] if old else p.sei_k
    return f"{sei_k} {p.mei_k}"


def gender_ja(p):
    return "男" if p.gender == "M" else "女"


def rand_date(r, start, end):
    return start + dt.timedelta(days=r.randrange((end - start).days + 1))


def rand_dt(r, start, end):
    d = rand_date(r, start, end)
    return dt.datetime(d.year, d.month, d.day, r.randint(8, 20), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))


def tracking(r):
    return str(r.randint(1, 9)) + "".join(str(r.randrange(10)) for _ in range(11))


def company_name(r, sei):
    suffix = r.choice(["製作所", "工業", "物流", "電機", "食品", "商事", "運輸", "精工", "建設", "化成", "倉庫"])
    return r.choice([f"株式会社{sei[0]}{suffix}", f"{sei[0]}{suffix}株式会社", f"有限会社{sei[0]}{suffix}"]), \
        f"{sei[2].lower()}-{r.choice(['mfg', 'kogyo', 'logi', 'denki', 'foods', 'shoji', 'unyu'])}.co.jp"


# ------------------------------------------------------------------------------------------------ drive
GROUP_DOMAIN = "kizuna-mg.co.jp"
STAFF_DOMAIN = "kizuna-staff.co.jp"


def build_drive(reg, r, root):
    A = {}

    def asset(path):
        a = Asset(reg, "drive", path)
        assert path not in A
        A[path] = a
        return a

    sw = {k: reg.switchboard() for k in ["group", "dental", "clinic", "fitness", "staff", "logistics"]}

    # ---------------- employees of the group (used by several departments)
    EM = population(reg, 80, family=0, samename=0.02, age=(22, 64), kids=False, email_p=0.5)
    deps = {}
    for e in EM:
        set_work_email(reg, e, GROUP_DOMAIN)
        deps[e.pid] = add_dependants(reg, e, r)
    emp_no = {e.pid: f"E{1001 + i:05d}" for i, e in enumerate(EM)}
    depts = ["歯科事業部", "医科事業部", "フィットネス事業部", "人材派遣事業部", "総務部", "経理部"]
    emp_dept = {e.pid: depts[i % len(depts)] for i, e in enumerate(EM)}

    a = asset("05_総務人事/社員名簿_2024.csv")
    sh = a.sheet([C("社員番号", None, hn=True), C("氏名", PERSON, "name"), C("ふりがな", PERSON, "name"),
                  C("所属"), C("役職"), C("生年月日", DOB, "dob"), C("入社日", None, hn=True), C("内線", None, hn=True),
                  C("携帯電話", PHONE, "phone"), C("メール", EMAIL, "email")])
    for e in EM:
        sh.row({"社員番号": emp_no[e.pid], "氏名": e.name(), "ふりがな": hira(e.kana()), "所属": emp_dept[e.pid],
                "役職": r.choice(["", "", "主任", "係長", "課長", "院長", "店長"]), "生年月日": fmt_date(e.dob, "slash"),
                "入社日": fmt_date(rand_date(r, dt.date(2005, 4, 1), dt.date(2024, 10, 1)), "slash"),
                "内線": str(r.randint(2000, 2999)), "携帯電話": e.mobile or "", "メール": e.work_email}, e)
    write_csv(root, a)

    a = asset("05_総務人事/扶養控除等申告書_2024.xlsx")
    cols = [C("社員番号", None, hn=True), C("氏名", PERSON, "name"), C("個人番号", MYNUM, "mynum"), C("生年月日", DOB, "dob"),
            C("住所", ADDRESS, "addr"), C("障害者区分", SENS),
            C("配偶者氏名", PERSON, "name", 1), C("配偶者個人番号", MYNUM, "mynum", 1), C("配偶者生年月日", DOB, "dob", 1),
            C("配偶者所得見積額")]
    for k in (1, 2, 3):
        cols += [C(f"扶養親族{k}_氏名", PERSON, "name", k + 1), C(f"扶養親族{k}_続柄", Q),
                 C(f"扶養親族{k}_個人番号", MYNUM, "mynum", k + 1), C(f"扶養親族{k}_生年月日", DOB, "dob", k + 1)]
    sh = a.sheet(cols, "申告書")
    sh.title_rows = [["令和6年分 給与所得者の扶養控除等（異動）申告書 集計"], []]
    for e in EM[:60]:
        sp, kids = deps[e.pid]
        v = {"社員番号": emp_no[e.pid], "氏名": e.name(), "個人番号": e.mynum, "生年月日": e.dob, "住所": e.hh.addr(),
             "障害者区分": r.choice(["", "", "", "", "", "", "一般障害者", "特別障害者"])}
        persons = [e, None, None, None, None]
        if sp:
            v.update({"配偶者氏名": sp.name(), "配偶者個人番号": sp.mynum, "配偶者生年月日": sp.dob,
                      "配偶者所得見積額": r.choice([0, 480000, 1030000, 1300000])})
            persons[1] = sp
        for k, kid in enumerate(kids[:3], start=1):
            v.update({f"扶養親族{k}_氏名": kid.name(), f"扶養親族{k}_続柄": "長男" if kid.gender == "M" and k == 1 else ("長女" if k == 1 else "子"),
                      f"扶養親族{k}_個人番号": kid.mynum, f"扶養親族{k}_生年月日": kid.dob})
            persons[k + 1] = kid
        sh.row(v, *persons)
    write_xlsx(root, a)

    a = asset("05_総務人事/健康診断_要再検査者_2024.csv")
    sh = a.sheet([C("社員番号", None, hn=True), C("氏名", PERSON, "name"), C("生年月日", DOB, "dob"), C("所属"),
                  C("検査項目", SENS), C("結果", SENS), C("再検査期限", None, hn=True)])
    for e in r.sample(EM, 15):
        sh.row({"社員番号": emp_no[e.pid], "氏名": e.name(), "生年月日": fmt_date(e.dob, "iso"), "所属": emp_dept[e.pid],
                "検査項目": r.choice(["血圧", "肝機能", "血糖", "心電図", "胸部X線"]),
                "結果": r.choice(["要再検査", "要精密検査", "要治療"]), "再検査期限": "2024-12-27"}, e)
    write_csv(root, a, bom=True)

    # ---------------- dental
    DP = population(reg, 380, family=0.45, samename=0.04, age=(18, 90))
    for i in range(3):  # deliberate 同姓同名 among the listed patients
        DP.insert(10 + i * 40, reg.person(age=(18, 80), copy_name=DP[i * 7 + 1]))
    DP = DP[:380]
    pno = {p.pid: f"K{100001 + i}" for i, p in enumerate(DP)}

    a = asset("01_歯科/患者一覧_2024.csv")
    sh = a.sheet([C("患者番号", None, hn=True), C("氏名", PERSON, "name"), C("フリガナ", PERSON, "name"),
                  C("生年月日", DOB, "dob"), C("性別", Q), C("郵便番号", POSTAL), C("住所", ADDRESS, "addr"),
                  C("電話番号", PHONE, "phone"), C("携帯電話", PHONE, "phone"), C("保険者番号", INS), C("記号", INS),
                  C("番号", INS), C("初診日", None, hn=True), C("最終来院日", None, hn=True), C("医院名", None, hn=True)])
    for p in DP[:300]:
        first = rand_date(r, dt.date(2015, 1, 1), dt.date(2024, 6, 30))
        sh.row({"患者番号": pno[p.pid], "氏名": p.name(), "フリガナ": p.kana(), "生年月日": fmt_date(p.dob, "slash"),
                "性別": gender_ja(p), "郵便番号": p.hh.postal, "住所": p.hh.addr(), "電話番号": p.hh.landline or "",
                "携帯電話": p.mobile or "", "保険者番号": p.ins[0], "記号": p.ins[1], "番号": p.ins[2],
                "初診日": fmt_date(first, "slash"), "最終来院日": fmt_date(rand_date(r, first, dt.date(2024, 10, 31)), "slash"),
                "医院名": r.choice(CLINICS[:3])}, p)
    write_csv(root, a, bom=True, crlf=True)

    a = asset("01_歯科/患者一覧_2024_再出力.xlsx")
    sh = a.sheet([C("Patient ID", None, hn=True), C("Name", PERSON, "name"), C("Kana", PERSON, "name"), C("DOB", DOB, "dob"),
                  C("Sex", Q), C("Zip", POSTAL), C("Address", ADDRESS, "addr"), C("Tel", PHONE, "phone"),
                  C("Mobile", PHONE, "phone"), C("Clinic", None, hn=True)], "患者一覧")
    sh.title_rows = [["患者一覧（再出力）", None, "出力日: 2024/11/01"], []]
    for p in sorted(DP[:300], key=lambda x: (x.kana(), x.pid)):
        sh.row({"Patient ID": pno[p.pid], "Name": p.name(), "Kana": p.kana(), "DOB": p.dob, "Sex": p.gender,
                "Zip": p.hh.postal.replace("-", ""), "Address": p.hh.addr(), "Tel": p.hh.landline,
                "Mobile": p.mobile, "Clinic": r.choice(CLINICS[:3])}, p)
    sh2 = a.sheet([C("医院名", None, hn=True), C("患者数"), C("前年比")], "医院別集計")
    for c in CLINICS[:3]:
        sh2.row({"医院名": c, "患者数": r.randint(80, 120), "前年比": f"{r.randint(90, 120)}%"})
    write_xlsx(root, a)

    a = asset("01_歯科/予約表_2024-11.csv")
    sh = a.sheet([C("予約日", None, hn=True), C("時刻"), C("患者番号", None, hn=True), C("氏名", PERSON, "name"),
                  C("連絡先", PHONE, "phone"), C("担当医コード", None, hn=True), C("処置内容", SENS)])
    appts = []
    for p in r.sample(DP[:300], 150):
        for _ in range(r.randint(1, 4)):
            appts.append((rand_dt(r, dt.date(2024, 11, 1), dt.date(2024, 11, 30)), p, pno[p.pid]))
    for p in DP[300:320]:
        appts.append((rand_dt(r, dt.date(2024, 11, 1), dt.date(2024, 11, 30)), p, ""))
    appts.sort(key=lambda x: (x[0], x[1].pid))
    for when, p, no in appts:
        sh.row({"予約日": fmt_date(when.date(), "slash"), "時刻": when.strftime("%H:%M"), "患者番号": no,
                "氏名": name_styled(p, r), "連絡先": fmt_phone(p.phone, r.choice(["hyphen", "plain"])),
                "担当医コード": f"D{r.randint(1, 9):02d}", "処置内容": r.choice(["定期検診", "クリーニング", "抜歯", "根管治療",
                                                                         "義歯調整", "新患"] + DIAG)}, p)
    write_csv(root, a, encoding="cp932", crlf=True)

    a = asset("01_歯科/問診票_2024-10.json")
    sh = a.sheet([C("id", None, hn=True), C("patient.name", PERSON, "name"), C("patient.kana", PERSON, "name"),
                  C("patient.birthday", DOB, "dob"), C("patient.sex", Q), C("contact.tel", PHONE, "phone"),
                  C("contact.email", EMAIL, "email"), C("answers.allergy", SENS), C("answers.medication", SENS),
                  C("answers.history", SENS), C("answers.pregnant", SENS), C("answers.smoking", Q),
                  C("submitted_at", None, hn=True)])
    for i, p in enumerate(DP[280:380]):
        sh.row({"id": f"Q2024-{i + 1:04d}", "patient.name": p.name(), "patient.kana": p.kana(),
                "patient.birthday": fmt_date(p.dob, "iso"), "patient.sex": "male" if p.gender == "M" else "female",
                "contact.tel": p.phone, "contact.email": p.email, "answers.allergy": r.choice(ALLERGY),
                "answers.medication": r.choice(MEDS), "answers.history": r.choice(HISTORY),
                "answers.pregnant": (r.choice(["いいえ", "いいえ", "はい"]) if p.gender == "F" and 18 <= p.age() <= 45 else None),
                "answers.smoking": r.choice(["吸わない", "吸う", "以前吸っていた"]),
                "submitted_at": rand_dt(r, dt.date(2024, 10, 1), dt.date(2024, 10, 31)).isoformat()}, p)
    write_json(root, a, wrapper={"form": "初診問診票", "clinic": CLINICS[0], "exported": "2024-11-01"})

    def memo_text(p, header, extra, dob_style="kanji", with_addr=True):
        lines = [header, f"氏名：{p.name()}", f"フリガナ：{p.kana()}", f"生年月日：{fmt_date(p.dob, dob_style)}"]
        if with_addr:
            lines.append(f"住所：〒{p.hh.postal} {p.hh.addr()}")
        lines.append(f"電話：{p.phone}")
        if p.email:
            lines.append(f"メール：{p.email}")
        return "\n".join(lines) + "\n\n" + extra + "\n"

    bare_names = []
    for i, p in enumerate(DP[320:332]):
        a = asset(f"01_歯科/カルテメモ/メモ_{pno[p.pid]}.txt")
        extra = f"主訴：{r.choice(['右下奥歯の痛み', '歯ぐきからの出血', '詰め物が取れた', '顎の痛み', '定期検診希望'])}\n" \
                f"既往歴：{r.choice(HISTORY)}\n服薬：{r.choice(MEDS)}\n"
        relative = None
        if i in (2, 7):
            older = p.age() < 50
            rage = (p.age() + 22, min(98, p.age() + 35)) if older else (max(5, p.age() - 38), p.age() - 22)
            relative = reg.person(age=rage, hh=p.hh, sei=(p.sei, p.sei_k, p.sei_r), mobile=False, email=False,
                                  avoid_given={m.mei_k for m in p.hh.members})
            rel = ("母" if relative.gender == "F" else "父") if older else ("娘" if relative.gender == "F" else "息子")
            extra += f"備考：次回は{rel}の{relative.name()}さんも受診希望とのこと。\n"
            bare_names.append(relative)
        style = "wareki" if i == 4 else "kanji"
        write_text(root, a, memo_text(p, f"【カルテメモ】{fmt_date(rand_date(r, dt.date(2024, 9, 1), dt.date(2024, 10, 31)), 'slash')} 受付", extra, style))
        a.subject(p, names=[p.name(), p.kana()], dobs=[fmt_date(p.dob, style)], phones=[p.phone], emails=[p.email] if p.email else [])
        if relative:
            a.subject(relative, names=[relative.name()])

    a = asset("01_歯科/院長メモ_要フォロー患者.txt")
    parts = ["要フォロー患者メモ（院長用）\n作成：2024年10月\n"]
    for p in DP[332:337]:
        parts.append("-" * 30 + "\n" + memo_text(p, f"■ {pno[p.pid]}", f"所見：{r.choice(DIAG)}。{r.choice(['経過観察', '専門医紹介を検討', '抜歯予定'])}。", "slash", with_addr=r.random() < 0.5))
        a.subject(p, names=[p.name(), p.kana()], dobs=[fmt_date(p.dob, "slash")], phones=[p.phone], emails=[p.email] if p.email else [])
    write_text(root, a, "\n".join(parts))

    # referral letter (docx): patient + referring dentist (employee, linked by work e-mail) + receiving doctor (bare)
    p = DP[337]
    dentist = EM[0]
    recv = reg.person(age=(40, 70), mobile=False, email=False)
    a = asset("01_歯科/紹介状_2024-10-15.docx")
    write_docx(root, a, [
        "# 診療情報提供書",
        "令和6年10月15日",
        f"さいたま中央病院 口腔外科 {recv.name()} 先生 御侍史",
        "下記の患者様をご紹介いたします。ご高診のほどよろしくお願い申し上げます。",
        f"紹介目的：{r.choice(['智歯抜歯の依頼', '顎関節症の精査', '口腔内腫瘤の精査'])}",
        "既往歴：高血圧（内服加療中）",
        f"{CLINICS[0]}　歯科医師 {dentist.name()}",
        f"TEL {sw['dental']}（代表）　E-mail {dentist.work_email}",
    ], table=[("患者氏名", p.name()), ("フリガナ", p.kana()), ("生年月日", fmt_date(p.dob, "kanji")),
              ("住所", p.hh.addr()), ("電話", p.phone)])
    a.subject(p, names=[p.name(), p.kana()], dobs=[fmt_date(p.dob, "kanji")], phones=[p.phone], addrs=[p.hh.addr()])
    a.subject(dentist, names=[dentist.name()], emails=[dentist.work_email])
    a.subject(recv, names=[recv.name()])
    bare_names.append(recv)

    a = asset("01_歯科/技工所発注_2024-10.csv")
    sh = a.sheet([C("発注番号", None, hn=True), C("発注日", None, hn=True), C("技工所", None, hn=True),
                  C("患者番号", None, hn=True), C("補綴物"), C("納品予定日", None, hn=True), C("金額")])
    labs = ["山田デンタルラボ", "有限会社佐々木歯研", "鈴木技工所", "株式会社高橋デンタル"]
    for i in range(60):
        d = rand_date(r, dt.date(2024, 10, 1), dt.date(2024, 10, 31))
        sh.row({"発注番号": f"L{24100 + i}", "発注日": fmt_date(d, "slash"), "技工所": r.choice(labs),
                "患者番号": pno[r.choice(DP[:300]).pid], "補綴物": r.choice(["FMC", "CAD/CAM冠", "インレー", "部分床義歯"]),
                "納品予定日": fmt_date(d + dt.timedelta(days=r.randint(5, 14)), "slash"), "金額": r.randint(3000, 60000)})
    write_csv(root, a)

    a = asset("99_アーカイブ/患者一覧_2019_旧システム.csv")
    sh = a.sheet([C("kanja_no", None, hn=True), C("shimei_kana", PERSON, "name"), C("seinengappi", DOB, "dob"),
                  C("tel1", PHONE, "phone"), C("yubin", POSTAL), C("juusho", ADDRESS, "addr")])
    for p in DP[:200] + DP[300:330]:
        sh.row({"kanja_no": pno[p.pid], "shimei_kana": hankaku(p.kana()), "seinengappi": fmt_date(p.dob, "compact"),
                "tel1": fmt_phone(p.phone, "plain"), "yubin": p.hh.postal, "juusho": p.hh.addr()}, p)
    write_csv(root, a, encoding="cp932", crlf=True)

    # ---------------- medical clinic
    MP = population(reg, 300, family=0.3, kids=False, age=(20, 85))
    mno = {p.pid: f"M{500001 + i}" for i, p in enumerate(MP)}
    a = asset("02_クリニック/健診結果_2024.xlsx")
    hcols = [C("受診番号", None, hn=True), C("氏名", PERSON, "name"), C("生年月日", DOB, "dob"), C("性別", Q),
             C("身長", Q), C("体重", Q), C("血圧", SENS), C("所見", SENS), C("判定", SENS)]
    months = ["7月", "8月", "9月", "10月"]
    sheets = {m: a.sheet(hcols, m) for m in months}
    entries = []
    for p in MP[:250]:
        ms = r.sample(months, 2) if r.random() < 0.15 else [r.choice(months)]
        for m in ms:
            entries.append((months.index(m), p.pid, m, p))
    for _mi, _pid, m, p in sorted(entries, key=lambda x: (x[0], x[1])):
        sheets[m].row({"受診番号": f"H24{r.randint(10000, 99999)}", "氏名": name_styled(p, r), "生年月日": p.dob,
                       "性別": gender_ja(p), "身長": round(r.uniform(145, 185), 1), "体重": round(r.uniform(40, 95), 1),
                       "血圧": f"{r.randint(100, 170)}/{r.randint(60, 105)}", "所見": r.choice(FINDINGS),
                       "判定": r.choice(["A", "A", "B", "C", "D"])}, p)
    write_xlsx(root, a)

    a = asset("02_クリニック/検査依頼_2024-10.xml")
    sh = a.sheet([C("orderNo", None, hn=True), C("patient.name", PERSON, "name"), C("patient.kana", PERSON, "name"),
                  C("patient.birthDate", DOB, "dob"), C("patient.sex", Q), C("patient.phone", PHONE, "phone"),
                  C("insurance.insurerNo", INS), C("insurance.symbol", INS), C("insurance.number", INS),
                  C("test.code", Q), C("test.name", SENS), C("lab", None, hn=True)])
    tests = [("3D045", "HbA1c"), ("5E071", "HIV抗体"), ("5F016", "HBs抗原"), ("2A020", "末梢血液一般"), ("3B035", "AST/ALT"),
             ("5C070", "PSA"), ("3F015", "TSH")]
    k = 0
    for p in MP[200:300]:
        for _ in range(2 if r.random() < 0.2 else 1):
            k += 1
            t = r.choice(tests)
            sh.row({"orderNo": f"LO-2410-{k:05d}", "patient.name": p.name(), "patient.kana": p.kana(),
                    "patient.birthDate": fmt_date(p.dob, "iso"), "patient.sex": p.gender, "patient.phone": p.phone,
                    "insurance.insurerNo": p.ins[0], "insurance.symbol": p.ins[1], "insurance.number": p.ins[2],
                    "test.code": t[0], "test.name": t[1], "lab": r.choice(["株式会社田中臨床検査センター", "埼玉メディカルラボ"])}, p)
    write_xml(root, a, "labOrders", "order", "外注検査依頼データ（検査センター送信用）")

    a = asset("02_クリニック/処方箋FAX送信記録_2024-10.csv")
    sh = a.sheet([C("送信日時", None, hn=True), C("薬局名", None, hn=True), C("薬局FAX", None, hn=True),
                  C("患者氏名", PERSON, "name"), C("生年月日", DOB, "dob"), C("処方内容", SENS)])
    pfax = {ph: reg.switchboard() for ph in PHARMACIES}
    rows = []
    for p in MP[100:160]:
        for _ in range(r.randint(1, 2)):
            rows.append((rand_dt(r, dt.date(2024, 10, 1), dt.date(2024, 10, 31)), p))
    for when, p in sorted(rows, key=lambda x: (x[0], x[1].pid)):
        ph = r.choice(PHARMACIES)
        sh.row({"送信日時": when.strftime("%Y/%m/%d %H:%M"), "薬局名": ph, "薬局FAX": pfax[ph], "患者氏名": p.name(),
                "生年月日": fmt_date(p.dob, "slash"), "処方内容": r.choice(["アムロジピン5mg 28日分", "メトホルミン500mg 28日分",
                                                                      "ロキソプロフェン60mg 5日分", "レバミピド100mg 14日分",
                                                                      "エスシタロプラム10mg 28日分"])}, p)
    write_csv(root, a, encoding="cp932", crlf=True)

    a = asset("02_クリニック/院内感染対策委員会_議事録_2024-09.txt")
    att = [reg.person(age=(30, 65), mobile=False, email=False) for _ in range(5)]
    bare_names += att
    roles = ["委員長（院長）", "看護師長", "臨床検査技師", "事務長", "外部委員（感染管理認定看護師）"]
    text = ("院内感染対策委員会 議事録\n\n日時：2024年9月18日（水）18:00〜19:10\n場所：きずなクリニック 越谷 2階会議室\n出席者：\n"
            + "".join(f"  {ro} {pp.name()}\n" for ro, pp in zip(roles, att))
            + "\n1. 9月の感染症発生状況\n   インフルエンザ陽性 3件、新型コロナ陽性 5件。いずれも外来患者で院内伝播なし。\n"
              "2. 手指衛生遵守率\n   前月比 4ポイント改善（82%）。各部署で継続して指導する。\n"
              "3. 業者からの連絡事項\n   鈴木工業（消毒剤納入）より製品切替の案内あり。問い合わせ先：info@suzuki-kogyo.co.jp\n"
              f"4. 次回\n   10月16日（水）18:00〜。事務局：きずなクリニック 越谷 代表 {sw['clinic']}\n\n以上\n")
    write_text(root, a, text)
    for pp in att:
        a.subject(pp, names=[pp.name()])

    a = asset("02_クリニック/検体ラベル_2024-10.csv")
    sh = a.sheet([C("検体番号", None, hn=True), C("バーコード", None, hn=True), C("受付日", None, hn=True), C("検査項目", Q)])
    for i in range(120):
        sh.row({"検体番号": f"S{2410000 + i}", "バーコード": upc12(r),
                "受付日": fmt_date(rand_date(r, dt.date(2024, 10, 1), dt.date(2024, 10, 31)), "iso"),
                "検査項目": r.choice(tests)[1]})
    write_csv(root, a)

    p = MP[0]
    ensure_email(reg, p)
    a = asset("02_クリニック/健診結果のお知らせ_送信控え.eml")
    body = (f"{p.name()} 様\n\nこのたびは きずなクリニック 越谷 の健康診断をご受診いただきありがとうございました。\n"
            f"受診者：{p.name()}（{fmt_date(p.dob, 'kanji')}生）\n判定：B（軽度異常）\n所見：{FINDINGS[4]}\n\n"
            f"ご不明な点は {sw['clinic']}（代表）までお問い合わせください。\n※本メールは送信専用です。\n")
    m = make_mail(formataddr(("きずなクリニック 越谷", "noreply@kizuna-clinic.jp")), formataddr((f"{p.name()} 様", p.email)),
                  "健康診断結果のお知らせ", body, "Mon, 14 Oct 2024 10:00:00 +0900", "<kc-20241014-0001@kizuna-clinic.jp>")
    write_bytes(os.path.join(root, a.path), mail_bytes([m]).split(b"\n", 1)[1])
    a.subject(p, names=[p.name()], emails=[p.email], dobs=[fmt_date(p.dob, "kanji")])

    # ---------------- fitness club
    FM = population(reg, 620, family=0.25, kid_min=13, age=(18, 75))
    kno = {p.pid: f"F-{200001 + i}" for i, p in enumerate(FM)}
    stores = {p.pid: r.choice(STORES) for p in FM}
    joined = {p.pid: rand_date(r, dt.date(2012, 4, 1), dt.date(2024, 7, 31)) for p in FM}
    for p in FM[560:620]:
        joined[p.pid] = rand_date(r, dt.date(2024, 10, 1), dt.date(2024, 10, 31))
    # marriage: a new surname in October, same e-mail and phone
    married = []
    for p in FM[60:450]:
        if len(married) < 4 and p.gender == "F" and p.email and p.mobile and 24 <= p.age() <= 40 and p.hh.members == [p]:
            s = r.choice(SURNAMES)
            if s[0] != p.sei and reg.try_update(p, old=(p.sei, p.sei_k, p.sei_r), sei=s[0], sei_k=s[1], sei_r=s[2]):
                married.append(p)
    # re-registration in October with a new e-mail and member number
    rereg = []
    for p in FM[100:560]:
        if len(rereg) < 6 and p.email and p.mobile and p not in married:
            if reg.try_update(p, email2=reg.new_email(p)):
                rereg.append(p)
    kno2 = {p.pid: f"F-{300001 + i}" for i, p in enumerate(rereg)}

    def member_rows(persons, month_end, old_names):
        rows = []
        for p in persons:
            old = p in married and old_names
            rows.append((p, kno[p.pid], p.email, old))
            if p in rereg and month_end.month == 10:
                rows.append((p, kno2[p.pid], p.email2, old))
        return rows

    m8, m9, m10 = FM[0:450], FM[30:500], FM[60:580]
    jcols = [C("会員番号", None, hn=True), C("氏名", PERSON, "name"), C("フリガナ", PERSON, "name"), C("生年月日", DOB, "dob"),
             C("性別", Q), C("〒", POSTAL), C("住所", ADDRESS, "addr"), C("電話番号", PHONE, "phone"),
             C("メールアドレス", EMAIL, "email"), C("入会日", None, hn=True), C("コース"), C("所属店舗", None, hn=True)]
    courses = ["レギュラー", "デイタイム", "ナイト", "ファミリー", "学生"]
    for fname, persons, end, kwargs in (("03_フィットネス/会員一覧_2024-08.csv", m8, dt.date(2024, 8, 31), dict(bom=True)),
                                        ("03_フィットネス/会員一覧_2024-10.tsv", m10, dt.date(2024, 10, 31), dict(delimiter="\t"))):
        a = asset(fname)
        sh = a.sheet(jcols)
        for p, no, em, old in member_rows(persons, end, end.month < 10):
            sh.row({"会員番号": no, "氏名": name_styled(p, r, old), "フリガナ": kana_of(p, old), "生年月日": fmt_date(p.dob, "slash"),
                    "性別": gender_ja(p), "〒": p.hh.postal, "住所": p.hh.addr(), "電話番号": p.phone,
                    "メールアドレス": em, "入会日": fmt_date(joined[p.pid], "slash"),
                    "コース": "ファミリー" if len(p.hh.members) > 1 else r.choice(courses), "所属店舗": stores[p.pid]}, p)
        write_csv(root, a, **kwargs)
    tsv_copy = asset("99_アーカイブ/会員一覧_2024-10 - コピー.tsv")
    tsv_copy.sheets = A["03_フィットネス/会員一覧_2024-10.tsv"].sheets
    tsv_copy.subjects = list(A["03_フィットネス/会員一覧_2024-10.tsv"].subjects)
    shutil.copyfile(os.path.join(root, "03_フィットネス/会員一覧_2024-10.tsv"), os.path.join(root, tsv_copy.path))

    a = asset("03_フィットネス/会員一覧_2024-09.csv")
    sh = a.sheet([C("member_no", None, hn=True), C("full_name", PERSON, "name"), C("kana", PERSON, "name"), C("birthday", DOB, "dob"),
                  C("gender", Q), C("zip", POSTAL), C("address", ADDRESS, "addr"), C("phone", PHONE, "phone"),
                  C("email", EMAIL, "email"), C("joined", None, hn=True), C("plan"), C("store", None, hn=True)])
    for p, no, em, old in member_rows(m9, dt.date(2024, 9, 30), True):
        sh.row({"member_no": no, "full_name": name_styled(p, r, old), "kana": hankaku(kana_of(p, old)),
                "birthday": fmt_date(p.dob, "slash_nopad"), "gender": p.gender, "zip": p.hh.postal.replace("-", ""),
                "address": zenkaku_digits(p.hh.addr()) if r.random() < 0.2 else p.hh.addr(),
                "phone": fmt_phone(p.phone, r.choice(["hyphen", "plain", "paren"])), "email": em,
                "joined": fmt_date(joined[p.pid], "iso"), "plan": r.choice(courses), "store": stores[p.pid]}, p)
    write_csv(root, a, encoding="cp932", crlf=True)

    a = asset("03_フィットネス/会員一覧_2024-10_本部提出.xlsx")
    rcols = [C("kaiin_no", None, hn=True), C("shimei", PERSON, "name"), C("shimei_kana", PERSON, "name"),
             C("seinengappi", DOB, "dob"), C("seibetsu", Q), C("yubin", POSTAL), C("juusho", ADDRESS, "addr"),
             C("tel1", PHONE, "phone"), C("mail", EMAIL, "email"), C("nyukai_bi", None, hn=True), C("tenpo", None, hn=True)]
    sh = a.sheet(rcols, "会員")
    sh.title_rows = [["きずなフィットネス 会員一覧（2024年10月末現在）"], ["作成：フィットネス事業部", None, None, "社外秘"]]
    n = 0
    for p, no, em, old in member_rows(m10, dt.date(2024, 10, 31), False):
        n += 1
        sh.row({"kaiin_no": no, "shimei": p.name(), "shimei_kana": p.kana(), "seinengappi": p.dob, "seibetsu": gender_ja(p),
                "yubin": p.hh.postal, "juusho": p.hh.addr(), "tel1": p.phone, "mail": em,
                "nyukai_bi": joined[p.pid], "tenpo": stores[p.pid]}, p)
    sh.footer = [[], ["合計", f"{n}件"]]
    sh2 = a.sheet(rcols + [C("taikai_bi", None, hn=True)], "退会者")
    sh2.hidden = True
    for p in FM[0:60]:
        sh2.row({"kaiin_no": kno[p.pid], "shimei": p.name(), "shimei_kana": p.kana(), "seinengappi": p.dob,
                 "seibetsu": gender_ja(p), "yubin": p.hh.postal, "juusho": p.hh.addr(), "tel1": p.phone, "mail": p.email,
                 "nyukai_bi": joined[p.pid], "tenpo": stores[p.pid],
                 "taikai_bi": rand_date(r, dt.date(2024, 9, 1), dt.date(2024, 9, 30))}, p)
    sh3 = a.sheet([C("tenpo", None, hn=True), C("ninzu")], "店舗別")
    for s in STORES:
        sh3.row({"tenpo": s, "ninzu": sum(1 for p in m10 if stores[p.pid] == s)})
    write_xlsx(root, a)

    a = asset("03_フィットネス/入会申込_webフォーム_2024-10.html")
    sh = a.sheet([C("受付番号", None, hn=True), C("お名前", PERSON, "name"), C("フリガナ", PERSON, "name"),
                  C("生年月日", DOB, "dob"), C("電話番号", PHONE, "phone"), C("メールアドレス", EMAIL, "email"),
                  C("ご住所", ADDRESS, "addr"), C("緊急連絡先氏名", PERSON, "name", 1), C("緊急連絡先電話番号", PHONE, "phone", 1),
                  C("続柄", Q), C("既往症・持病", SENS), C("送信元IP", IP)])
    for i, p in enumerate(FM[540:620]):
        fam = sorted([m for m in p.hh.members if m is not p and m.mobile and m.age() >= 20], key=lambda m: -m.age())
        if fam:
            ec = fam[0]
            d = ec.age() - p.age()
            rel = "親" if d >= 18 else ("子" if d <= -18 else ("配偶者" if ec.gender != p.gender and p.age() >= 20 else "兄弟姉妹"))
        else:
            ec = reg.person(age=(45, 80), sei=(p.sei, p.sei_k, p.sei_r) if not p.foreign else None, mobile=True,
                            email=False, avoid_given={p.mei_k})
            rel = "親"
        sh.row({"受付番号": f"W2410-{i + 1:04d}", "お名前": p.name(), "フリガナ": p.kana(), "生年月日": fmt_date(p.dob, "kanji"),
                "電話番号": p.phone, "メールアドレス": p.email, "ご住所": p.hh.addr(), "緊急連絡先氏名": ec.name(),
                "緊急連絡先電話番号": ec.mobile, "続柄": rel, "既往症・持病": r.choice(HISTORY), "送信元IP": p.ip}, p, ec)
    write_html_form(root, a, "入会申込フォーム 送信データ 2024年10月")

    TR = population(reg, 100, family=0, age=(18, 60))
    a = asset("03_フィットネス/体験レッスン申込_2024.jsonl")
    sh = a.sheet([C("applied_at", None, hn=True), C("name_kana", PERSON, "name"), C("email", EMAIL, "email"),
                  C("tel", PHONE, "phone"), C("age", Q), C("preferred.store", None, hn=True),
                  C("preferred.date", None, hn=True), C("note", TEXT)])
    trial = r.sample(FM[400:620], 100) + TR
    trial.sort(key=lambda x: x.pid)
    for p in trial:
        sh.row({"applied_at": rand_dt(r, dt.date(2024, 4, 1), dt.date(2024, 10, 31)).isoformat(), "name_kana": p.kana(),
                "email": (p.email if p not in married else p.email), "tel": p.phone, "age": p.age(),
                "preferred.store": r.choice(STORES), "preferred.date": fmt_date(rand_date(r, dt.date(2024, 11, 1), dt.date(2024, 11, 30)), "iso"),
                "note": r.choice(["", "初心者です", "膝に不安があります", "友人の紹介", "夜の時間帯希望"])}, p)
    write_jsonl(root, a)

    a = asset("03_フィットネス/パーソナルトレーニング_カルテ.xlsx")
    sh = a.sheet([C("会員番号", None, hn=True), C("氏名", PERSON, "name"), C("生年月日", DOB, "dob"), C("既往歴", SENS),
                  C("服薬", SENS), C("目標", TEXT), C("担当トレーナーコード", None, hn=True)], "顧客")
    pt = FM[200:260]
    for p in pt:
        sh.row({"会員番号": kno[p.pid], "氏名": p.name(), "生年月日": fmt_date(p.dob, "slash"), "既往歴": r.choice(HISTORY),
                "服薬": r.choice(MEDS), "目標": r.choice(["体重-5kg", "マラソン完走", "腰痛改善", "筋力アップ"]),
                "担当トレーナーコード": f"T{r.randint(1, 12):03d}"}, p)
    sh2 = a.sheet([C("会員番号", None, hn=True), C("測定日", None, hn=True), C("体重", Q), C("体脂肪率", Q)], "測定記録")
    for p in pt:
        for d in (dt.date(2024, 8, 1), dt.date(2024, 9, 1), dt.date(2024, 10, 1)):
            sh2.row({"会員番号": kno[p.pid], "測定日": d, "体重": round(r.uniform(45, 95), 1), "体脂肪率": round(r.uniform(12, 38), 1)})
    write_xlsx(root, a)

    a = asset("03_フィットネス/会員アンケート_2024.xlsx")
    sh = a.sheet([C("回答ID", None, hn=True), C("年代"), C("性別", Q), C("満足度"), C("ご意見", TEXT)], "回答")
    for i in range(150):
        sh.row({"回答ID": f"A{i + 1:04d}", "年代": r.choice(["20代", "30代", "40代", "50代", "60代以上"]),
                "性別": r.choice(["男性", "女性", "回答しない"]), "満足度": r.randint(1, 5),
                "ご意見": r.choice(["マシンが増えて嬉しい", "更衣室が狭い", "スタッフの対応が丁寧", "駐車場を広げてほしい", ""])})
    write_xlsx(root, a)

    a = asset("03_フィットネス/ポイント履歴_2024-10.jsonl")
    sh = a.sheet([C("txn_id", None, hn=True), C("member_id", None, hn=True), C("store", None, hn=True), C("points"),
                  C("txn_at", None, hn=True)])
    for i in range(200):
        sh.row({"txn_id": f"PT{9000000 + i}", "member_id": kno[r.choice(m10).pid], "store": r.choice(STORES),
                "points": r.choice([10, 20, 50, 100, -500]), "txn_at": rand_dt(r, dt.date(2024, 10, 1), dt.date(2024, 10, 31)).isoformat()})
    write_jsonl(root, a)

    # shop
    SHN = population(reg, 60, family=0, age=(20, 70))
    GIFT = population(reg, 40, family=0, age=(50, 90))
    jans = [(jan13(r), prod, r.choice(MAKERS), r.randint(500, 9800)) for prod in PRODUCTS]
    a = asset("03_フィットネス/物販/注文一覧_2024-10.csv")
    sh = a.sheet([C("注文番号", None, hn=True), C("注文日", None, hn=True), C("発送日", None, hn=True), C("会員番号", None, hn=True),
                  C("ご注文者名", PERSON, "name"), C("ご注文者電話", PHONE, "phone"),
                  C("お届け先氏名", PERSON, "name", 1), C("お届け先郵便番号", POSTAL, None, 1), C("お届け先住所", ADDRESS, "addr", 1),
                  C("お届け先電話", PHONE, "phone", 1), C("JANコード", None, hn=True), C("商品名", None, hn=True),
                  C("メーカー", None, hn=True), C("数量"), C("金額", None, hn=True), C("配送伝票番号", None, hn=True)])
    buyers = FM[0:200] + SHN
    orders = []
    gi = 0
    for b in buyers:
        for _ in range(r.choice([1, 1, 1, 2, 3])):
            if r.random() < 0.15:
                if gi < len(GIFT) and r.random() < 0.8:
                    rec = GIFT[gi]
                    gi += 1
                else:
                    rec = r.choice(FM[0:200])
            else:
                rec = b
            orders.append((rand_date(r, dt.date(2024, 10, 1), dt.date(2024, 10, 28)), b, rec))
    orders.sort(key=lambda x: (x[0], x[1].pid, x[2].pid))
    shipped = []
    for i, (d, b, rec) in enumerate(orders):
        j = r.choice(jans)
        q = r.randint(1, 3)
        tr = tracking(r)
        shipped.append((d, rec, tr, j))
        sh.row({"注文番号": f"ORD-{20241000 + i}", "注文日": fmt_date(d, "slash"), "発送日": fmt_date(d + dt.timedelta(days=2), "slash"),
                "会員番号": kno.get(b.pid, ""), "ご注文者名": b.name(), "ご注文者電話": b.phone, "お届け先氏名": rec.name(),
                "お届け先郵便番号": rec.hh.postal, "お届け先住所": rec.hh.addr(), "お届け先電話": rec.phone, "JANコード": j[0],
                "商品名": f"{j[1]}（{j[2]}）", "メーカー": j[2], "数量": q, "金額": q * j[3], "配送伝票番号": tr}, b, rec)
    write_csv(root, a, encoding="cp932", crlf=True)

    a = asset("03_フィットネス/物販/商品マスタ.csv")
    sh = a.sheet([C("JANコード", None, hn=True), C("UPCコード", None, hn=True), C("商品名", None, hn=True), C("メーカー", None, hn=True),
                  C("仕入先", None, hn=True), C("仕入先電話", None, hn=True), C("単価")])
    maker_tel = {m: reg.switchboard() for m in MAKERS}
    for j in jans:
        sh.row({"JANコード": j[0], "UPCコード": upc12(r), "商品名": j[1], "メーカー": j[2], "仕入先": f"株式会社{j[2]}",
                "仕入先電話": maker_tel[j[2]], "単価": j[3]})
    write_csv(root, a)

    a = asset("03_フィットネス/物販/出荷データ_2024-10.json")
    sh = a.sheet([C("shipment_id", None, hn=True), C("tracking_no", None, hn=True), C("shipped_on", None, hn=True),
                  C("sender.name", None, hn=True), C("sender.tel", None, hn=True), C("sender.zip", None, hn=True),
                  C("recipient.name", PERSON, "name"), C("recipient.zip", POSTAL), C("recipient.address", ADDRESS, "addr"),
                  C("recipient.tel", PHONE, "phone"), C("item.jan", None, hn=True), C("item.name", None, hn=True)])
    for i, (d, rec, tr, j) in enumerate(shipped[:250]):
        sh.row({"shipment_id": f"SHP{700000 + i}", "tracking_no": tr, "shipped_on": fmt_date(d + dt.timedelta(days=2), "iso"),
                "sender.name": "きずなフィットネス 物流センター", "sender.tel": sw["logistics"], "sender.zip": "332-0031",
                "recipient.name": rec.name(), "recipient.zip": rec.hh.postal, "recipient.address": rec.hh.addr(),
                "recipient.tel": rec.phone, "item.jan": j[0], "item.name": j[1]}, rec)
    write_json(root, a)

    a = asset("03_フィットネス/物販/返品受付_2024-10.json")
    sh = a.sheet([C("return_no", None, hn=True), C("received", None, hn=True), C("sender.name", PERSON, "name"),
                  C("sender.tel", PHONE, "phone"), C("sender.address", ADDRESS, "addr"), C("recipient.name", None, hn=True),
                  C("recipient.tel", None, hn=True), C("reason", TEXT), C("tracking_no", None, hn=True)])
    for i, b in enumerate(r.sample(buyers, 12)):
        sh.row({"return_no": f"RT-{i + 1:03d}", "received": fmt_date(rand_date(r, dt.date(2024, 10, 5), dt.date(2024, 10, 31)), "iso"),
                "sender.name": b.name(), "sender.tel": b.phone, "sender.address": b.hh.addr(),
                "recipient.name": "きずなフィットネス 物流センター 返品係", "recipient.tel": sw["logistics"],
                "reason": r.choice(["サイズ違い", "破損", "誤配送", "イメージ違い"]), "tracking_no": tracking(r)}, b)
    write_json(root, a, wrapper={"type": "returns", "month": "2024-10"})

    a = asset("03_フィットネス/店舗一覧.csv")
    sh = a.sheet([C("店舗名", None, hn=True), C("郵便番号", None, hn=True), C("住所", None, hn=True), C("代表電話", None, hn=True),
                  C("メール", None, hn=True), C("営業時間")])
    for s, em in zip(STORES + ["きずなフィットネス 物流センター"], ["urawa", "kawaguchi", "koshigaya", "omiya", "logistics"]):
        hh = reg.household()
        sh.row({"店舗名": s, "郵便番号": hh.postal, "住所": hh.addr(), "代表電話": reg.switchboard(),
                "メール": f"{em}@kizuna-fit.jp", "営業時間": "7:00-23:00"})
    write_csv(root, a)

    NL = population(reg, 40, family=0, age=(18, 60), email_p=1.0)
    a = asset("03_フィットネス/メルマガ配信リスト.csv")
    sh = a.sheet([C("email", EMAIL, "email"), C("registered_at", None, hn=True), C("status"), C("source")])
    subs = [p for p in FM if p.email][:300] + [p for p in NL if p.email]
    items = [(p.email, p) for p in subs] + [(e, None) for e in ["info@yamada-mfg.co.jp", "support@kizuna-fit.jp",
                                                                "sales@suzuki-kogyo.co.jp", "noreply@kizuna-fit.jp",
                                                                "office@sato-shokuhin.co.jp", "info@kizuna-mg.co.jp"]]
    r.shuffle(items)
    for em, p in items:
        sh.row({"email": em, "registered_at": fmt_date(rand_date(r, dt.date(2020, 1, 1), dt.date(2024, 10, 31)), "iso"),
                "status": r.choice(["配信中", "配信中", "停止"]), "source": r.choice(["店頭", "Web", "体験"])}, p)
    write_csv(root, a)

    INQ = population(reg, 40, family=0, age=(18, 70), email_p=1.0)
    a = asset("03_フィットネス/お問い合わせ一覧_2024-10.html")
    sh = a.sheet([C("受付日時", None, hn=True), C("お名前", PERSON, "name"), C("メールアドレス", EMAIL, "email"),
                  C("電話番号", PHONE, "phone"), C("種別"), C("お問い合わせ内容", TEXT), C("送信元IP", IP)])
    inq = [p for p in r.sample(FM[:560], 60) if p.email][:30] + INQ
    rows = [(rand_dt(r, dt.date(2024, 10, 1), dt.date(2024, 10, 31)), p) for p in inq]
    rows += [(rand_dt(r, dt.date(2024, 10, 1), dt.date(2024, 10, 31)), None) for _ in range(6)]
    rows.sort(key=lambda x: (x[0], x[1].pid if x[1] else 0))
    for when, p in rows:
        if p is None:
            m, _dom = company_name(r, r.choice(SURNAMES))
            sh.row({"受付日時": when.strftime("%Y/%m/%d %H:%M"), "お名前": f"{m} 総務部", "メールアドレス": f"info@{_dom}",
                    "電話番号": reg.switchboard(), "種別": "法人契約", "お問い合わせ内容": "法人会員プランの資料送付をお願いします。",
                    "送信元IP": f"210.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"})
        else:
            sh.row({"受付日時": when.strftime("%Y/%m/%d %H:%M"), "お名前": name_styled(p, r), "メールアドレス": p.email,
                    "電話番号": p.phone if r.random() < 0.6 else "", "種別": r.choice(["入会", "休会", "退会", "その他"]),
                    "お問い合わせ内容": r.choice(["休会の手続きを教えてください。", "駐車場はありますか。", "パーソナルの料金を知りたいです。"]),
                    "送信元IP": p.ip}, p)
    write_html_table(root, a, "お問い合わせ一覧（2024年10月）")

    # ---------------- staffing agency
    HS = population(reg, 400, family=0, foreign=0.12, samename=0.03, age=(18, 65))
    sno = {p.pid: f"S{30001 + i}" for i, p in enumerate(HS)}
    hcols = [C("staff_no", None, hn=True), C("shimei", PERSON, "name"), C("shimei_kana", PERSON, "name"),
             C("seinengappi", DOB, "dob"), C("seibetsu", Q), C("kokuseki", Q), C("yubin", POSTAL), C("juusho", ADDRESS, "addr"),
             C("tel1", PHONE, "phone"), C("tel2", PHONE, "phone"), C("mail", EMAIL, "email"), C("kojin_bango", MYNUM, "mynum"),
             C("unten_menkyo", LICENSE), C("pasupooto_no", PASSPORT), C("zairyu_card", RESCARD), C("nenkin_no", PENSION),
             C("koyou_hoken_no", Q), C("ginko_mei", None, hn=True), C("shiten_mei", None, hn=True), C("kouza", BANKACC),
             C("kouza_meiginin", PERSON, "name"), C("touroku_bi", None, hn=True)]

    def staff_vals(p):
        return {"staff_no": sno[p.pid], "shimei": p.name(), "shimei_kana": p.kana(), "seinengappi": p.dob,
                "seibetsu": gender_ja(p), "kokuseki": p.nationality, "yubin": p.hh.postal, "juusho": p.hh.addr(),
                "tel1": p.mobile or p.hh.landline, "tel2": p.hh.landline if p.mobile else None, "mail": p.email,
                "kojin_bango": p.mynum, "unten_menkyo": p.license if r.random() < 0.6 else None,
                "pasupooto_no": p.passport if (p.foreign or r.random() < 0.2) else None, "zairyu_card": p.zairyu,
                "nenkin_no": p.pension, "koyou_hoken_no": p.koyo, "ginko_mei": p.bank[0], "shiten_mei": p.bank[1],
                "kouza": p.bank[3], "kouza_meiginin": p.kana(),
                "touroku_bi": rand_date(r, dt.date(2016, 1, 1), dt.date(2024, 10, 31))}
    a = asset("04_人材派遣/派遣スタッフ台帳.xlsx")
    sh = a.sheet(hcols, "登録者")
    for p in HS[:340]:
        sh.row(staff_vals(p), p)
    sh2 = a.sheet(hcols + [C("taishoku_bi", None, hn=True)], "退職者")
    for p in HS[340:370]:
        sh2.row(dict(staff_vals(p), taishoku_bi=rand_date(r, dt.date(2023, 1, 1), dt.date(2024, 10, 31))), p)
    sh3 = a.sheet([C("koumoku"), C("atai")], "設定")
    for kv in (("自社コード", "KS-001"), ("派遣事業許可番号", "派11-301234"), ("担当窓口", f"派遣事業部 {sw['staff']}"),
               ("問い合わせ", "haken@kizuna-staff.co.jp")):
        sh3.row({"koumoku": kv[0], "atai": kv[1]})
    write_xlsx(root, a)

    a = asset("04_人材派遣/派遣スタッフ_全件エクスポート.csv")
    a.headerless = True
    sh = a.sheet([C("staff_no", None, hn=True), C("name", PERSON, "name"), C("kana", PERSON, "name"), C("dob", DOB, "dob"),
                  C("tel", PHONE, "phone"), C("email", EMAIL, "email"), C("zip", POSTAL), C("address", ADDRESS, "addr"),
                  C("status")])
    for i, p in enumerate(HS[:370]):
        sh.row({"staff_no": sno[p.pid], "name": p.name(), "kana": p.kana(), "dob": fmt_date(p.dob, "compact"),
                "tel": p.phone, "email": p.email, "zip": p.hh.postal, "address": p.hh.addr(),
                "status": "退職" if i >= 340 else r.choice(["稼働中", "待機", "稼働中"])}, p)
    write_csv(root, a)

    a = asset("04_人材派遣/給与振込口座一覧.csv")
    sh = a.sheet([C("スタッフ番号", None, hn=True), C("口座名義カナ", PERSON, "name"), C("生年月日", DOB, "dob"),
                  C("銀行名", None, hn=True), C("支店名", None, hn=True), C("種別"), C("口座番号", BANKACC)])
    for p in HS[:300]:
        sh.row({"スタッフ番号": sno[p.pid], "口座名義カナ": hankaku(p.kana()), "生年月日": fmt_date(p.dob, "slash"),
                "銀行名": p.bank[0], "支店名": p.bank[1], "種別": p.bank[2], "口座番号": p.bank[3]}, p)
    write_csv(root, a, encoding="cp932", crlf=True)

    a = asset("04_人材派遣/外国人スタッフ_在留期限管理.xlsx")
    sh = a.sheet([C("staff_no", None, hn=True), C("shimei", PERSON, "name"), C("katakana", PERSON, "name"), C("kokuseki", Q),
                  C("zairyu_card", RESCARD), C("zairyu_kigen", None, hn=True), C("pasupooto_no", PASSPORT),
                  C("tel1", PHONE, "phone"), C("biko", TEXT)], "在留期限")
    for p in [x for x in HS[:370] if x.foreign]:
        sh.row({"staff_no": sno[p.pid], "shimei": p.name(), "katakana": p.kana("・"), "kokuseki": p.nationality,
                "zairyu_card": p.zairyu, "zairyu_kigen": rand_date(r, dt.date(2024, 12, 1), dt.date(2027, 12, 31)),
                "pasupooto_no": p.passport, "tel1": p.phone, "biko": r.choice(["", "更新申請中", "資格外活動許可あり"])}, p)
    write_xlsx(root, a)

    CC = population(reg, 40, family=0, age=(28, 62), email_p=0.3)
    clients = []
    for i in range(45):
        cname, dom = company_name(r, r.choice(SURNAMES))
        contact = CC[i] if i < 40 else None
        if contact:
            set_work_email(reg, contact, dom)
        hh = reg.household()
        clients.append((f"C{1001 + i}", cname, corp_number(r), reg.switchboard(), hh.addr(), contact, dom))
    a = asset("04_人材派遣/派遣先企業一覧.csv")
    sh = a.sheet([C("企業ID", None, hn=True), C("企業名", None, hn=True), C("法人番号", CORP), C("代表電話", None, hn=True),
                  C("本社所在地", None, hn=True), C("担当者名", PERSON, "name"), C("担当者メール", EMAIL, "email"),
                  C("担当者携帯", PHONE, "phone"), C("契約開始日", None, hn=True)])
    for cid, cname, corp, tel, addr, contact, dom in clients:
        v = {"企業ID": cid, "企業名": cname, "法人番号": corp, "代表電話": tel, "本社所在地": addr,
             "契約開始日": fmt_date(rand_date(r, dt.date(2018, 4, 1), dt.date(2024, 10, 1)), "slash")}
        if contact:
            v.update({"担当者名": contact.name(), "担当者メール": contact.work_email, "担当者携帯": contact.mobile or ""})
        sh.row(v, contact)
    write_csv(root, a)

    OTH = population(reg, 8, family=0, age=(28, 62), email_p=0.2)
    for p in OTH:
        set_work_email(reg, p, r.choice(["musashino-bank.example.jp", "saitama-hoken.example.jp"]))
    a = asset("04_人材派遣/名刺データ_2024.vcf")
    sh = a.sheet([C("FN", PERSON, "name"), C("N", PERSON), C("ORG", None, hn=True), C("TITLE"), C("TEL", PHONE, "phone"),
                  C("EMAIL", EMAIL, "email"), C("ADR", Q), C("NOTE", TEXT)])
    for cid, cname, corp, tel, addr, contact, dom in clients[:40]:
        sh.row({"FN": contact.name(), "N": f"{contact.sei};{contact.mei};;;", "ORG": cname,
                "TITLE": r.choice(["人事部 課長", "総務部", "製造部 係長", "物流センター長"]), "TEL": contact.mobile,
                "EMAIL": contact.work_email, "ADR": addr, "NOTE": "2024年 交流会にて"}, contact)
    for p in OTH:
        sh.row({"FN": p.name(), "N": f"{p.sei};{p.mei};;;", "ORG": "武蔵野中央銀行" if "bank" in p.work_email else "埼玉保険サービス",
                "TITLE": "法人営業", "TEL": p.mobile, "EMAIL": p.work_email, "ADR": p.hh.addr(), "NOTE": ""}, p)
    for cid, cname, corp, tel, addr, contact, dom in clients[40:]:
        sh.row({"FN": f"{cname} 代表", "ORG": cname, "TEL": tel, "EMAIL": f"info@{dom}", "ADR": addr})
    write_vcf(root, a)

    # applicants' mails
    AP = HS[370:380] + population(reg, 25, family=0, age=(18, 55), email_p=1.0)
    for p in AP:
        ensure_email(reg, p)
    recruiters = [e for e in EM if emp_dept[e.pid] == "人材派遣事業部"][:3]
    a = asset("04_人材派遣/応募者メール_2024-10.mbox")
    msgs = []
    day = 1
    for i, p in enumerate(AP):
        day = 1 + i % 28
        body = (f"株式会社きずなスタッフサービス 採用ご担当者様\n\nはじめまして。求人番号 J-2024-{118 + i % 5} に応募いたします。\n\n"
                f"氏名：{p.name()}\nフリガナ：{p.kana()}\n生年月日：{fmt_date(p.dob, 'kanji')}\n電話：{p.phone}\n"
                f"希望職種：{r.choice(['倉庫内軽作業', '一般事務', '介護補助', '製造ライン'])}\n\nよろしくお願いいたします。\n\n--\n{p.name()}\n{p.phone}\n{p.email}\n")
        msgs.append(make_mail(formataddr((p.name(), p.email)), "recruit@kizuna-staff.co.jp", "求人への応募", body,
                              f"{['Tue', 'Wed', 'Thu'][i % 3]}, {day:02d} Oct 2024 1{i % 10}:00:00 +0900",
                              f"<ap{i:03d}@mail.example.net>", charset="iso-2022-jp" if i % 4 == 0 else "utf-8"))
        a.subject(p, names=[p.name(), p.kana()], dobs=[fmt_date(p.dob, "kanji")], phones=[p.phone], emails=[p.email])
        if i % 3 == 0:
            rc = recruiters[i % len(recruiters)]
            rb = (f"この度はご応募いただきありがとうございます。\n面接日程を下記の通りご案内いたします。\n"
                  f"日時：10月{min(28, day + 3)}日 14:00\n場所：当社 大宮オフィス\n\n--\n株式会社きずなスタッフサービス 採用担当\n"
                  f"{rc.name()}\nTEL {sw['staff']}（代表）\n{rc.work_email}\n")
            msgs.append(make_mail(formataddr((rc.name(), rc.work_email)), formataddr((p.name(), p.email)),
                                  "Re: 求人への応募", rb, f"Fri, {day:02d} Oct 2024 17:30:00 +0900", f"<re{i:03d}@{STAFF_DOMAIN}>"))
            a.subject(rc, names=[rc.name()], emails=[rc.work_email])
            a.subject(p, names=[p.name()], emails=[p.email])
    ib = "面接設定のお知らせです。\n\n" + "".join(f"・{p.name()} 様（{p.phone}）10月{10 + k}日 10:00\n" for k, p in enumerate(AP[:5])) + \
        f"\n{recruiters[0].name()}\n"
    msgs.append(make_mail(formataddr((recruiters[0].name(), recruiters[0].work_email)),
                          formataddr((recruiters[1].name(), recruiters[1].work_email)), "面接設定（10月第2週）", ib,
                          "Mon, 07 Oct 2024 09:15:00 +0900", f"<int001@{STAFF_DOMAIN}>"))
    for p in AP[:5]:
        a.subject(p, names=[p.name()], phones=[p.phone])
    a.subject(recruiters[0], names=[recruiters[0].name()], emails=[recruiters[0].work_email])
    a.subject(recruiters[1], names=[recruiters[1].name()], emails=[recruiters[1].work_email])
    write_bytes(os.path.join(root, a.path), mail_bytes(msgs))

    coworker = None
    for i, p in enumerate(HS[100:110]):
        a = asset(f"04_人材派遣/面談記録/面談_{sno[p.pid]}.txt")
        extra = (f"面談日：2024年10月{i + 7}日\n希望勤務地：{r.choice(['さいたま市内', '川口市周辺', '所沢方面'])}\n"
                 f"健康状態：{r.choice(['良好', '腰痛持ち（重量物不可）', '通院中（月1回・精神科）', '持病なし'])}\n")
        if i == 3:
            coworker = reg.person(age=(25, 60), mobile=False, email=False)
            extra += f"備考：前職の同僚の{coworker.name()}氏からの紹介。\n"
        write_text(root, a, memo_text(p, "【登録面談記録】", extra, "slash"))
        a.subject(p, names=[p.name(), p.kana()], dobs=[fmt_date(p.dob, "slash")], phones=[p.phone], emails=[p.email] if p.email else [])
        if coworker and i == 3:
            a.subject(coworker, names=[coworker.name()])
            bare_names.append(coworker)

    p = HS[120]
    a = asset("04_人材派遣/雇用契約書_" + sno[p.pid] + ".docx")
    write_docx(root, a, [
        "# 労働条件通知書 兼 雇用契約書（派遣労働者用）",
        "株式会社きずなスタッフサービス（以下「甲」）と下記の者（以下「乙」）は、以下の条件で雇用契約を締結する。",
        "契約期間：2024年11月1日〜2025年1月31日",
        "就業場所：派遣先 株式会社山田製作所 川口工場",
        "賃金：時給 1,250円",
        "甲：株式会社きずなスタッフサービス　代表取締役　（印）",
    ], table=[("乙 氏名", p.name()), ("生年月日", fmt_date(p.dob, "kanji")), ("住所", p.hh.addr()), ("電話", p.phone)])
    a.subject(p, names=[p.name()], dobs=[fmt_date(p.dob, "kanji")], phones=[p.phone], addrs=[p.hh.addr()])

    w = HS[130]
    snd, cc = recruiters[0], recruiters[2]
    a = asset("04_人材派遣/事故報告_2024-10-21.eml")
    body = (f"安全衛生担当 各位\n\n派遣スタッフの労働災害について報告します。\n\n被災者：{w.name()}（スタッフ番号 {sno[w.pid]}）\n"
            f"生年月日：{fmt_date(w.dob, 'slash')}\n連絡先：{w.phone}\n派遣先：株式会社鈴木工業 第二倉庫\n"
            f"発生日時：2024年10月21日 14:20\n内容：フォークリフト荷降ろし中に右手指を挟み負傷。中央整形外科にて右中指骨折の診断。全治4週間。\n\n"
            f"--\n{snd.name()}\n人材派遣事業部\nTEL {sw['staff']}（代表）\n{snd.work_email}\n")
    m = make_mail(formataddr((snd.name(), snd.work_email)), "anzen@kizuna-staff.co.jp", "【労災報告】派遣スタッフ負傷の件", body,
                  "Mon, 21 Oct 2024 18:02:00 +0900", f"<acc-20241021@{STAFF_DOMAIN}>",
                  cc=formataddr((cc.name(), cc.work_email)))
    write_bytes(os.path.join(root, a.path), mail_bytes([m]).split(b"\n", 1)[1])
    a.subject(w, names=[w.name()], dobs=[fmt_date(w.dob, "slash")], phones=[w.phone])
    a.subject(snd, names=[snd.name()], emails=[snd.work_email])
    a.subject(cc, names=[cc.name()], emails=[cc.work_email])

    a = asset("04_人材派遣/勤怠_2024-10.csv")
    sh = a.sheet([C("staff_no", None, hn=True), C("work_date", None, hn=True), C("clock_in"), C("clock_out"),
                  C("site_id", None, hn=True)])
    for p in HS[:40]:
        for d in range(1, 8):
            sh.row({"staff_no": sno[p.pid], "work_date": f"2024-10-{d:02d}", "clock_in": "08:5" + str(r.randint(0, 9)),
                    "clock_out": f"17:{r.randint(30, 59)}", "site_id": r.choice(clients)[0]})
    write_csv(root, a)

    a = asset("04_人材派遣/求人票_倉庫作業.html")
    write_bytes(os.path.join(root, a.path), html_page("求人票", (
        "<h1>倉庫内軽作業スタッフ募集</h1><table><tr><th>勤務地</th><td>川口市（株式会社山田製作所 物流センター）</td></tr>"
        "<tr><th>時給</th><td>1,200円〜</td></tr><tr><th>応募先</th><td>株式会社きずなスタッフサービス 採用担当<br>"
        f"TEL {sw['staff']}（代表） / recruit@kizuna-staff.co.jp</td></tr></table>")).encode())

    # ---------------- general affairs
    CL_NEW = population(reg, 30, family=0, age=(20, 85))
    a = asset("05_総務人事/電話受付記録_2024-10.csv")
    sh = a.sheet([C("受付日時", None, hn=True), C("発信者名", PERSON, "name"), C("電話番号", PHONE, "phone"), C("用件", TEXT),
                  C("担当者コード", None, hn=True), C("折返し要否")])
    callers = r.sample(DP[:300], 30) + r.sample(FM[:560], 30) + r.sample(HS[:370], 20) + CL_NEW
    calls = []
    for p in callers:
        for _ in range(r.choice([1, 1, 1, 2])):
            calls.append((rand_dt(r, dt.date(2024, 10, 1), dt.date(2024, 10, 31)), p))
    for _ in range(15):
        calls.append((rand_dt(r, dt.date(2024, 10, 1), dt.date(2024, 10, 31)), None))
    calls.sort(key=lambda x: (x[0], x[1].pid if x[1] else 0))
    for when, p in calls:
        if p is None:
            mk = r.choice(MAKERS)
            sh.row({"受付日時": when.strftime("%Y/%m/%d %H:%M"), "発信者名": f"{mk} 営業部", "電話番号": maker_tel[mk],
                    "用件": "納品日の確認", "担当者コード": f"E{r.randint(1001, 1080):05d}", "折返し要否": "要"})
        else:
            sh.row({"受付日時": when.strftime("%Y/%m/%d %H:%M"), "発信者名": name_styled(p, r),
                    "電話番号": fmt_phone(p.phone, "zen") if r.random() < 0.15 else p.phone,
                    "用件": r.choice(["予約の変更", "請求書の件", "会費の引き落としについて", "シフトの相談", "折り返し希望"]),
                    "担当者コード": f"E{r.randint(1001, 1080):05d}", "折返し要否": r.choice(["要", "不要"])}, p)
    write_csv(root, a, encoding="cp932", crlf=True)

    a = asset("05_総務人事/取引先一覧.xlsx")
    tcols = [C("取引先コード", None, hn=True), C("取引先名", None, hn=True), C("法人番号", CORP), C("代表電話", None, hn=True),
             C("代表メール", None, hn=True), C("所在地", None, hn=True), C("振込先銀行", None, hn=True),
             C("振込先支店", None, hn=True), C("口座番号", Q)]
    for shname, names in (("仕入先", MAKERS), ("外注先", ["山田デンタルラボ", "有限会社佐々木歯研", "株式会社田中臨床検査センター",
                                                       "埼玉メディカルラボ", "高橋清掃サービス", "渡辺警備保障"])):
        sh = a.sheet(tcols, shname)
        for i, nm in enumerate(names):
            hh = reg.household()
            sh.row({"取引先コード": f"V{shname[:1]}{i + 1:03d}", "取引先名": nm, "法人番号": corp_number(r),
                    "代表電話": maker_tel.get(nm) or reg.switchboard(), "代表メール": f"info@vendor{i + 1:02d}.co.jp",
                    "所在地": hh.addr(), "振込先銀行": r.choice(BANKS), "振込先支店": r.choice(BRANCHES),
                    "口座番号": "".join(str(r.randrange(10)) for _ in range(7))})
    write_xlsx(root, a)

    a = asset("05_総務人事/お知らせ_年末年始休業.txt")
    write_text(root, a, ("年末年始休業のお知らせ\n\n平素は格別のご高配を賜り厚く御礼申し上げます。\n"
                         "誠に勝手ながら、下記の期間を年末年始休業とさせていただきます。\n\n休業期間：2024年12月29日（日）〜2025年1月3日（金）\n"
                         f"対象：{'、'.join(CLINICS + STORES)}\n\nお問い合わせ：医療法人社団 絆会 本部 総務部\nTEL {sw['group']}（代表）\n"
                         "E-mail info@kizuna-mg.co.jp\n"), encoding="cp932", crlf=True)

    a = asset("05_総務人事/経費精算_2024-10.csv")
    sh = a.sheet([C("申請ID", None, hn=True), C("社員番号", None, hn=True), C("利用日", None, hn=True), C("支払先", None, hn=True),
                  C("金額"), C("勘定科目"), C("摘要", TEXT)])
    for i in range(80):
        sh.row({"申請ID": f"EX{241000 + i}", "社員番号": emp_no[r.choice(EM).pid],
                "利用日": fmt_date(rand_date(r, dt.date(2024, 10, 1), dt.date(2024, 10, 31)), "slash"),
                "支払先": r.choice(MAKERS + PHARMACIES + ["JR東日本", "タクシー（埼玉交通）", "佐藤文具店"]),
                "金額": r.randint(300, 30000), "勘定科目": r.choice(["旅費交通費", "消耗品費", "会議費", "交際費"]),
                "摘要": r.choice(["打合せ", "備品購入", "研修会参加", "取引先訪問"])})
    write_csv(root, a)

    q = INQ[0]
    to_staff = [e for e in EM if emp_dept[e.pid] == "総務部"][0]
    a = asset("05_総務人事/問い合わせ転送_2024-10-08.eml")
    body = (f"{to_staff.name()} さん\n\nWebフォームから以下のお問い合わせがありました。ご対応をお願いします。\n\n"
            f"お名前：{q.name()}\nメール：{q.email}\n電話：{q.phone}\n内容：個人情報の開示請求について手続きを知りたい。\n\n"
            "-- \nこのメールは info@kizuna-mg.co.jp から自動転送されています。\n")
    m = make_mail("info@kizuna-mg.co.jp", formataddr((to_staff.name(), to_staff.work_email)), "Fwd: お問い合わせ（個人情報）", body,
                  "Tue, 08 Oct 2024 11:20:00 +0900", f"<fwd-20241008@{GROUP_DOMAIN}>")
    write_bytes(os.path.join(root, a.path), mail_bytes([m]).split(b"\n", 1)[1])
    a.subject(to_staff, names=[to_staff.name()], emails=[to_staff.work_email])
    a.subject(q, names=[q.name()], emails=[q.email], phones=[q.phone])

    ga = [e for e in EM if emp_dept[e.pid] in ("総務部", "経理部")][:3]
    vend = CC[:2]
    a = asset("05_総務人事/総務部_メール_2024-10.mbox")
    msgs = []
    for i, v in enumerate(vend):
        cname = next(c[1] for c in clients if c[5] is v)
        body = (f"{cname}\n{v.name()} 様\n\nいつもお世話になっております。\n来月の派遣契約更新の書類をお送りします。\n\n--\n"
                f"医療法人社団 絆会 総務部\n{ga[i].name()}\nTEL {sw['group']}（代表）\n{ga[i].work_email}\n")
        msgs.append(make_mail(formataddr((ga[i].name(), ga[i].work_email)), formataddr((v.name(), v.work_email)),
                              "契約更新書類の送付", body, f"Wed, {9 + i:02d} Oct 2024 10:00:00 +0900", f"<ga{i}@{GROUP_DOMAIN}>",
                              cc=formataddr((ga[2].name(), ga[2].work_email))))
        a.subject(ga[i], names=[ga[i].name()], emails=[ga[i].work_email])
        a.subject(v, names=[v.name()], emails=[v.work_email])
        a.subject(ga[2], names=[ga[2].name()], emails=[ga[2].work_email])
    body = "各位\n\n10月の会議室利用ルール変更のお知らせです。予約は総務部までご連絡ください。\n\n総務部\n"
    msgs.append(make_mail(formataddr(("総務部", "soumu@kizuna-mg.co.jp")), "all@kizuna-mg.co.jp", "会議室利用ルール変更", body,
                          "Thu, 03 Oct 2024 09:00:00 +0900", f"<ga-all@{GROUP_DOMAIN}>"))
    write_bytes(os.path.join(root, a.path), mail_bytes(msgs))

    a = asset("05_総務人事/会議室予約_2024-10.csv")
    sh = a.sheet([C("予約ID", None, hn=True), C("日付", None, hn=True), C("会議室"), C("部署"), C("目的")])
    for i in range(40):
        sh.row({"予約ID": f"R{i + 1:04d}", "日付": fmt_date(rand_date(r, dt.date(2024, 10, 1), dt.date(2024, 10, 31)), "iso"),
                "会議室": r.choice(["大会議室", "第1会議室", "第2会議室"]), "部署": r.choice(depts),
                "目的": r.choice(["定例会議", "面接", "研修", "来客対応"])})
    write_csv(root, a)

    a = asset("99_アーカイブ/README.txt")
    write_text(root, a, "旧システムからの移行データおよびバックアップを保管しています。\n削除する場合は情報システム担当（it-support@kizuna-mg.co.jp）へ連絡してください。\n")

    # bare-name mentions must not share a name with another person of the same file
    for a_ in A.values():
        for pid, keys, names in a_.subjects:
            if keys:
                continue
            others = {n for p2, _k, ns in a_.subjects if p2 != pid for n in ns}
            if names & others:
                raise AssertionError(f"{a_.path}: bare name of {pid} shared with another person")
    return A


# --------------------------------------------------------------------------------------------- database
def build_db(reg, r):
    T = {}

    def table(name, cols, view=False, sql=None):
        a = Asset(reg, "db", name)
        a.view, a.sql = view, sql
        a.sheet(cols, name)
        T[name] = a
        return a

    def rows_of(name):
        sh = T[name].sheets[0]
        return [dict(zip([c.name for c in sh.cols], v)) for v in sh.rows], sh.pids

    # patients: exactly 1,000 distinct persons
    P = population(reg, 1000, family=0.4, samename=0.03, age=(18, 90))
    W = population(reg, 50, family=0, age=(18, 80))
    pno = {p.pid: f"P{700001 + i}" for i, p in enumerate(P)}
    a = table("patients", [C("id", None, sql="i"), C("patient_no", None, hn=True), C("shimei", PERSON, "name"),
                           C("shimei_kana", PERSON, "name"), C("seinengappi", DOB, "dob", sql="d"), C("seibetsu", Q),
                           C("yubin", POSTAL), C("juusho", ADDRESS, "addr"), C("tel1", PHONE, "phone"), C("tel2", PHONE, "phone"),
                           C("hokensha_no", INS), C("hoken_kigo", INS), C("hoken_bango", INS), C("allergy", SENS),
                           C("first_visit", None, hn=True, sql="d"), C("clinic_name", None, hn=True)])
    for i, p in enumerate(P):
        tel1 = p.hh.landline or p.mobile
        a.sheets[0].row({"id": i + 1, "patient_no": pno[p.pid], "shimei": p.name(), "shimei_kana": p.kana(), "seinengappi": p.dob,
                         "seibetsu": gender_ja(p), "yubin": p.hh.postal, "juusho": p.hh.addr(), "tel1": tel1,
                         "tel2": p.mobile if p.mobile and p.mobile != tel1 else None, "hokensha_no": p.ins[0],
                         "hoken_kigo": p.ins[1], "hoken_bango": p.ins[2], "allergy": r.choice(ALLERGY),
                         "first_visit": rand_date(r, dt.date(2010, 1, 1), dt.date(2024, 9, 30)), "clinic_name": r.choice(CLINICS)}, p)

    a = table("appointments", [C("id", None, sql="i"), C("patient_no", None, hn=True), C("yoyaku_date", None, hn=True, sql="d"),
                               C("yoyaku_time"), C("patient_name", PERSON, "name"), C("contact_tel", PHONE, "phone"),
                               C("doctor_code", None, hn=True), C("treatment", SENS), C("memo", TEXT, sql="t")])
    ap = []
    for p in r.sample(P, 700):
        for _ in range(r.randint(1, 6)):
            ap.append((rand_dt(r, dt.date(2024, 9, 1), dt.date(2024, 12, 20)), p, pno[p.pid], p.hh.landline or p.mobile))
    for p in W:
        for _ in range(r.randint(1, 2)):
            ap.append((rand_dt(r, dt.date(2024, 9, 1), dt.date(2024, 12, 20)), p, None, p.phone))
    ap.sort(key=lambda x: (x[0], x[1].pid))
    for i, (when, p, no, tel) in enumerate(ap):
        a.sheets[0].row({"id": i + 1, "patient_no": no, "yoyaku_date": when.date(), "yoyaku_time": when.strftime("%H:%M"),
                         "patient_name": name_styled(p, r), "contact_tel": fmt_phone(tel, r.choice(["hyphen", "plain"])),
                         "doctor_code": f"D{r.randint(1, 12):02d}", "treatment": r.choice(DIAG + ["定期検診", "クリーニング"]),
                         "memo": r.choice(["", "", "初診", "痛みあり", "キャンセル待ち", "保険証確認"])}, p)

    # members: exactly 1,001 distinct persons
    F = population(reg, 1001, family=0.3, kid_min=13, age=(18, 78))
    kno = {p.pid: f"F{800001 + i}" for i, p in enumerate(F)}
    a = table("members", [C("id", None, sql="i"), C("kaiin_no", None, hn=True), C("sei", PERSON, "sei"), C("mei", PERSON, "mei"),
                          C("sei_kana", PERSON, "sei_k"), C("mei_kana", PERSON, "mei_k"), C("birthday", DOB, "dob"),
                          C("gender", Q), C("zip", POSTAL), C("pref", Q), C("address", ADDRESS), C("tel", PHONE, "phone"),
                          C("email", EMAIL, "email"), C("card_no", CARD), C("plan"), C("join_date", None, hn=True, sql="d"),
                          C("home_store", None, hn=True)])
    for i, p in enumerate(F):
        a.sheets[0].row({"id": i + 1, "kaiin_no": kno[p.pid], "sei": p.sei, "mei": p.mei, "sei_kana": p.sei_k, "mei_kana": p.mei_k,
                         "birthday": fmt_date(p.dob, "slash"), "gender": p.gender, "zip": p.hh.postal.replace("-", ""),
                         "pref": p.hh.pref, "address": p.hh.addr_nopref(), "tel": p.phone, "email": p.email,
                         "card_no": p.card if p.age() >= 18 else None, "plan": "family" if len(p.hh.members) > 1 else r.choice(["regular", "day", "night"]),
                         "join_date": rand_date(r, dt.date(2012, 1, 1), dt.date(2024, 10, 31)), "home_store": r.choice(STORES)}, p)

    # shop customers: 1,150 persons in 1,200 rows (re-registered with a new e-mail)
    SN = population(reg, 550, family=0.15, kids=False, age=(20, 80))
    cust = [(p, kno[p.pid]) for p in r.sample([x for x in F if x.age() >= 18], 500)] + [(p, None) for p in r.sample(P, 100)] + \
           [(p, None) for p in SN]
    for p, _ in cust:
        ensure_email(reg, p)
    rereg = []
    for p, mno in r.sample(cust, 80):
        if len(rereg) < 50 and reg.try_update(p, email2=reg.new_email(p)):
            rereg.append((p, mno))
    crow = [(p, mno, p.email) for p, mno in cust] + [(p, mno, p.email2) for p, mno in rereg]
    r.shuffle(crow)
    a = table("shop_customers", [C("customer_id", None, hn=True, sql="i"), C("member_no", None, hn=True), C("name", PERSON, "name"),
                                 C("name_kana", PERSON, "name"), C("email", EMAIL, "email"), C("phone", PHONE, "phone"),
                                 C("birth_date", DOB, "dob"), C("zip", POSTAL), C("address", ADDRESS, "addr"),
                                 C("created_at", None, hn=True), C("point_balance", None, sql="i")])
    cid_of = collections.defaultdict(list)
    for i, (p, mno, em) in enumerate(crow):
        cid = 10001 + i
        cid_of[p.pid].append(cid)
        a.sheets[0].row({"customer_id": cid, "member_no": mno, "name": p.name(), "name_kana": p.kana(), "email": em,
                         "phone": p.phone, "birth_date": fmt_date(p.dob, "iso"), "zip": p.hh.postal, "address": p.hh.addr(),
                         "created_at": rand_dt(r, dt.date(2019, 1, 1), dt.date(2024, 10, 31)).strftime("%Y-%m-%d %H:%M:%S"),
                         "point_balance": r.randint(0, 5000)}, p)

    # orders
    G = population(reg, 180, family=0, age=(45, 90))
    jans = [(jan13(r), prod, r.choice(MAKERS), r.randint(500, 9800)) for prod in PRODUCTS]
    a = table("shop_orders", [C("order_no", None, hn=True), C("customer_id", None, hn=True, sql="i"),
                              C("order_date", None, hn=True, sql="d"), C("ship_date", None, hn=True, sql="d"),
                              C("ship_name", PERSON, "name"), C("ship_zip", POSTAL), C("ship_address", ADDRESS, "addr"),
                              C("ship_tel", PHONE, "phone"), C("item_jan", None, hn=True), C("item_name", None, hn=True),
                              C("maker", None, hn=True), C("qty", None, sql="i"), C("amount", None, hn=True, sql="i"),
                              C("tracking_no", None, hn=True)])
    buyers = r.sample(cust, 800)
    orders = []
    gi = 0
    for p, _m in buyers:
        for _ in range(r.choice([1, 2, 2, 3, 4, 6])):
            rec = p
            if r.random() < 0.12:
                if gi < len(G):
                    rec, gi = G[gi], gi + 1
                else:
                    rec = r.choice(cust)[0]
            orders.append((rand_date(r, dt.date(2024, 1, 1), dt.date(2024, 10, 31)), p, rec))
    orders.sort(key=lambda x: (x[0], x[1].pid, x[2].pid))
    for i, (d, p, rec) in enumerate(orders[:3000]):
        j = r.choice(jans)
        q = r.randint(1, 3)
        a.sheets[0].row({"order_no": f"SO{24000001 + i}", "customer_id": r.choice(cid_of[p.pid]), "order_date": d,
                         "ship_date": d + dt.timedelta(days=r.randint(1, 3)), "ship_name": rec.name(), "ship_zip": rec.hh.postal,
                         "ship_address": rec.hh.addr(), "ship_tel": rec.phone, "item_jan": j[0], "item_name": j[1],
                         "maker": j[2], "qty": q, "amount": q * j[3], "tracking_no": tracking(r)}, rec)

    # employees with dependants in the same row
    EMP = population(reg, 160, family=0, age=(22, 64), kids=False, email_p=0.4)
    a = table("employees", [C("emp_no", None, hn=True), C("name", PERSON, "name"), C("name_kana", PERSON, "name"),
                            C("birth_date", DOB, "dob", sql="d"), C("my_number", MYNUM, "mynum"), C("postal", POSTAL),
                            C("address", ADDRESS, "addr"), C("phone", PHONE, "phone"), C("work_email", EMAIL, "email"),
                            C("dept"), C("hire_date", None, hn=True, sql="d"), C("pension_no", PENSION),
                            C("bank_name", None, hn=True), C("branch_name", None, hn=True), C("account_no", BANKACC),
                            C("account_holder", PERSON, "name"),
                            C("spouse_name", PERSON, "name", 1), C("spouse_birth", DOB, "dob", 1, sql="d"),
                            C("spouse_my_number", MYNUM, "mynum", 1)]
          + [c for k in (1, 2, 3) for c in (C(f"dep{k}_name", PERSON, "name", k + 1), C(f"dep{k}_birth", DOB, "dob", k + 1, sql="d"),
                                            C(f"dep{k}_my_number", MYNUM, "mynum", k + 1))])
    for i, e in enumerate(EMP):
        set_work_email(reg, e, GROUP_DOMAIN)
        sp, kids = add_dependants(reg, e, r)
        v = {"emp_no": f"G{5001 + i}", "name": e.name(), "name_kana": e.kana(), "birth_date": e.dob, "my_number": e.mynum,
             "postal": e.hh.postal, "address": e.hh.addr(), "phone": e.phone, "work_email": e.work_email,
             "dept": r.choice(["歯科", "医科", "フィットネス", "派遣", "本部"]),
             "hire_date": rand_date(r, dt.date(2003, 4, 1), dt.date(2024, 10, 1)), "pension_no": e.pension,
             "bank_name": e.bank[0], "branch_name": e.bank[1], "account_no": e.bank[3], "account_holder": e.kana()}
        persons = [e, sp, None, None, None]
        if sp:
            v.update({"spouse_name": sp.name(), "spouse_birth": sp.dob, "spouse_my_number": sp.mynum})
        for k, kid in enumerate(kids[:3], start=1):
            v.update({f"dep{k}_name": kid.name(), f"dep{k}_birth": kid.dob, f"dep{k}_my_number": kid.mynum})
            persons[k + 1] = kid
        a.sheets[0].row(v, *persons)

    # staffing agency
    H = population(reg, 880, family=0, foreign=0.1, samename=0.03, age=(18, 65))
    H += r.sample([x for x in F if x.age() >= 18 and x.mobile], 20)
    a = table("haken_staff", [C("staff_no", None, hn=True), C("shimei", PERSON, "name"), C("shimei_kana", PERSON, "name"),
                              C("seinengappi", DOB, "dob"), C("seibetsu", Q), C("kokuseki", Q), C("yubin", POSTAL),
                              C("juusho", ADDRESS, "addr"), C("tel1", PHONE, "phone"), C("mail", EMAIL, "email"),
                              C("kojin_bango", MYNUM, "mynum"), C("unten_menkyo", LICENSE), C("pasupooto_no", PASSPORT),
                              C("zairyu_card", RESCARD), C("nenkin_no", PENSION), C("koyou_hoken_no", Q),
                              C("ginko_mei", None, hn=True), C("shiten_mei", None, hn=True), C("kouza", BANKACC),
                              C("kouza_meiginin", PERSON, "name"), C("touroku_bi", None, hn=True, sql="d")])
    for i, p in enumerate(H):
        a.sheets[0].row({"staff_no": f"HS{40001 + i}", "shimei": p.name(), "shimei_kana": p.kana(),
                         "seinengappi": fmt_date(p.dob, "compact"), "seibetsu": p.gender, "kokuseki": p.nationality,
                         "yubin": p.hh.postal, "juusho": p.hh.addr(), "tel1": p.phone, "mail": p.email, "kojin_bango": p.mynum,
                         "unten_menkyo": p.license if r.random() < 0.7 else None,
                         "pasupooto_no": p.passport if (p.foreign or r.random() < 0.25) else None, "zairyu_card": p.zairyu,
                         "nenkin_no": p.pension, "koyou_hoken_no": p.koyo, "ginko_mei": p.bank[0], "shiten_mei": p.bank[1],
                         "kouza": p.bank[3], "kouza_meiginin": hankaku(p.kana()),
                         "touroku_bi": rand_date(r, dt.date(2015, 1, 1), dt.date(2024, 10, 31))}, p)

    CT = population(reg, 62, family=0, age=(28, 63), email_p=0.2)
    a = table("client_companies", [C("client_id", None, hn=True, sql="i"), C("company_name", None, hn=True),
                                   C("houjin_bango", CORP), C("daihyo_tel", None, hn=True), C("honsha_address", None, hn=True),
                                   C("contact_name", PERSON, "name"), C("contact_email", EMAIL, "email"),
                                   C("contact_mobile", PHONE, "phone")])
    for i in range(70):
        cname, dom = company_name(r, r.choice(SURNAMES))
        c = CT[i] if i < 62 else None
        v = {"client_id": 9001 + i, "company_name": cname, "houjin_bango": corp_number(r), "daihyo_tel": reg.switchboard(),
             "honsha_address": reg.household().addr()}
        if c:
            set_work_email(reg, c, dom)
            v.update({"contact_name": c.name(), "contact_email": c.work_email, "contact_mobile": c.mobile})
        a.sheets[0].row(v, c)

    IN = population(reg, 170, family=0, age=(18, 75), email_p=1.0)
    a = table("web_inquiries", [C("inquiry_id", None, hn=True, sql="i"), C("received_at", None, hn=True), C("name", PERSON, "name"),
                                C("email", EMAIL, "email"), C("tel", PHONE, "phone"), C("ip_address", IP), C("category"),
                                C("body", TEXT, sql="t")])
    src = [p for p in r.sample(F, 200) if p.email][:100] + [p for p, _ in r.sample(cust, 40)] + IN
    items = [(p, p.email) for p in src] + [(p, p.email) for p in r.sample(IN, 30)] + [(None, None)] * 20
    items = [(rand_dt(r, dt.date(2024, 6, 1), dt.date(2024, 10, 31)), p, em) for p, em in items]
    items.sort(key=lambda x: (x[0], x[1].pid if x[1] else 0))
    for i, (when, p, em) in enumerate(items):
        if p is None:
            cname, dom = company_name(r, r.choice(SURNAMES))
            a.sheets[0].row({"inquiry_id": 60001 + i, "received_at": when.strftime("%Y-%m-%d %H:%M:%S"),
                             "name": f"{cname} 人事部", "email": f"{r.choice(['info', 'sales', 'jinji'])}@{dom}",
                             "tel": reg.switchboard(), "ip_address": f"202.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                             "category": "法人", "body": "人材派遣のご相談です。担当の方からご連絡ください。"})
        else:
            a.sheets[0].row({"inquiry_id": 60001 + i, "received_at": when.strftime("%Y-%m-%d %H:%M:%S"), "name": name_styled(p, r),
                             "email": em, "tel": p.phone if r.random() < 0.5 else None, "ip_address": p.ip,
                             "category": r.choice(["会員", "診療予約", "派遣登録", "その他"]),
                             "body": r.choice(["予約の変更をお願いします。", "登録内容を変更したい。", "領収書の再発行をお願いします。"])}, p)

    # views (computed in Python too, for the truth)
    mem_rows, mem_pids = rows_of("members")
    mem_by_no = {row["kaiin_no"]: (row, pids) for row, pids in zip(mem_rows, mem_pids)}
    c_rows, c_pids = rows_of("shop_customers")
    v = table("v_member_shop", [C("kaiin_no", None, hn=True), C("sei", PERSON, "sei"), C("mei", PERSON, "mei"),
                                C("tel", PHONE, "phone"), C("shop_email", EMAIL, "email"), C("point_balance")], view=True,
              sql="SELECT m.kaiin_no, m.sei, m.mei, m.tel, c.email AS shop_email, c.point_balance "
                  "FROM members m JOIN shop_customers c ON c.member_no = m.kaiin_no")
    by_pid = {p.pid: p for p in reg.persons}
    for row, pids in zip(c_rows, c_pids):
        if row["member_no"]:
            mrow, mp = mem_by_no[row["member_no"]]
            assert mp == pids
            v.sheets[0].row({"kaiin_no": mrow["kaiin_no"], "sei": mrow["sei"], "mei": mrow["mei"], "tel": mrow["tel"],
                             "shop_email": row["email"], "point_balance": row["point_balance"]}, by_pid[pids[0]])
    c_by_id = {row["customer_id"]: (row, pids) for row, pids in zip(c_rows, c_pids)}
    o_rows, o_pids = rows_of("shop_orders")
    v = table("v_order_shipping", [C("order_no", None, hn=True), C("order_date", None, hn=True, sql="d"),
                                   C("customer_name", PERSON, "name"), C("customer_phone", PHONE, "phone"),
                                   C("ship_name", PERSON, "name", 1), C("ship_address", ADDRESS, "addr", 1),
                                   C("ship_tel", PHONE, "phone", 1), C("tracking_no", None, hn=True)], view=True,
              sql="SELECT o.order_no, o.order_date, c.name AS customer_name, c.phone AS customer_phone, o.ship_name, "
                  "o.ship_address, o.ship_tel, o.tracking_no FROM shop_orders o JOIN shop_customers c ON c.customer_id = o.customer_id")
    for row, pids in zip(o_rows, o_pids):
        crow_, cp = c_by_id[row["customer_id"]]
        v.sheets[0].row({"order_no": row["order_no"], "order_date": row["order_date"], "customer_name": crow_["name"],
                         "customer_phone": crow_["phone"], "ship_name": row["ship_name"], "ship_address": row["ship_address"],
                         "ship_tel": row["ship_tel"], "tracking_no": row["tracking_no"]}, by_pid[cp[0]], by_pid[pids[0]])
    p_rows, p_pids = rows_of("patients")
    p_by_no = {row["patient_no"]: (row, pids) for row, pids in zip(p_rows, p_pids)}
    a_rows, _a_pids = rows_of("appointments")
    v = table("v_patient_visits", [C("yoyaku_date", None, hn=True, sql="d"), C("patient_no", None, hn=True),
                                   C("shimei", PERSON, "name"), C("seinengappi", DOB, "dob", sql="d"), C("tel1", PHONE, "phone"),
                                   C("allergy", SENS)], view=True,
              sql="SELECT a.yoyaku_date, p.patient_no, p.shimei, p.seinengappi, p.tel1, p.allergy "
                  "FROM appointments a JOIN patients p ON p.patient_no = a.patient_no")
    for row in a_rows:
        if row["patient_no"]:
            prow, pp = p_by_no[row["patient_no"]]
            v.sheets[0].row({"yoyaku_date": row["yoyaku_date"], "patient_no": prow["patient_no"], "shimei": prow["shimei"],
                             "seinengappi": prow["seinengappi"], "tel1": prow["tel1"], "allergy": prow["allergy"]}, by_pid[pp[0]])
    return T


def sql_type(c):
    from sqlalchemy import Date, Integer, String, Text
    return {"s": String(255), "d": Date(), "i": Integer(), "t": Text()}[c.sql]


def load_db(url, T, is_sqlite):
    from sqlalchemy import Column, MetaData, Table, create_engine, text
    eng = create_engine(url)
    md = MetaData()
    tables = {}
    for name, a in T.items():
        if a.view:
            continue
        cols = a.sheets[0].cols
        tables[name] = Table(name, md, *[Column(c.name, sql_type(c), primary_key=(i == 0) and c.sql == "i",
                                                autoincrement=False) for i, c in enumerate(cols)])
    views = [n for n, a in T.items() if a.view]
    with eng.begin() as conn:
        for v in views:
            conn.execute(text(f"DROP VIEW IF EXISTS {v}"))
        for n in reversed(list(tables)):
            conn.execute(text(f"DROP TABLE IF EXISTS {n}"))
    md.create_all(eng)
    dialect = eng.dialect.name
    with eng.begin() as conn:
        for name, t in tables.items():
            sh = T[name].sheets[0]
            data = [dict(zip([c.name for c in sh.cols], v)) for v in sh.rows]
            if name == "members" and not is_sqlite:
                # the engine's row estimate will say 900 for a table of 1,001 persons
                conn.execute(t.insert(), data[:900])
                continue
            if name == "patients" and not is_sqlite:
                test = [dict(d, id=90000 + i, patient_no=f"TEST{i:04d}", shimei=f"テスト 患者{i}", shimei_kana="テスト カンジャ",
                             seinengappi=dt.date(2000, 1, 1), juusho="テスト住所", tel1="000-0000-0000", tel2=None)
                        for i, d in enumerate(data[:40])]
                conn.execute(t.insert(), test)
            conn.execute(t.insert(), data)
    if not is_sqlite:
        with eng.begin() as conn:
            if dialect == "postgresql":
                conn.execute(text("ANALYZE patients"))
                conn.execute(text("ANALYZE members"))
            else:
                conn.execute(text("ANALYZE TABLE patients"))
                conn.execute(text("ANALYZE TABLE members"))
        with eng.begin() as conn:
            conn.execute(text("DELETE FROM patients WHERE patient_no LIKE 'TEST%'"))
            sh = T["members"].sheets[0]
            data = [dict(zip([c.name for c in sh.cols], v)) for v in sh.rows]
            conn.execute(tables["members"].insert(), data[900:])
    with eng.begin() as conn:
        for v in views:
            conn.execute(text(f"CREATE VIEW {v} AS {T[v].sql}"))
    with eng.connect() as conn:
        for name, a in T.items():
            n = conn.execute(text(f"SELECT COUNT(*) FROM {name}")).scalar()
            if n != len(a.sheets[0].rows):
                raise AssertionError(f"{url}: {name} has {n} rows, truth {len(a.sheets[0].rows)}")
    eng.dispose()


def verify_written(root, drive):
    """Read the CSV/TSV/JSON/JSONL files back from disk and compare every cell with the values the truth came from."""
    for path, a in drive.items():
        full = os.path.join(root, path)
        if not a.sheets or path.startswith("99_アーカイブ/会員一覧"):
            continue
        sh = a.sheets[0]
        if path.endswith((".csv", ".tsv")):
            raw = open(full, "rb").read()
            try:
                text_ = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                text_ = raw.decode("cp932")
            got = list(csv.reader(io.StringIO(text_, newline=""), delimiter="\t" if path.endswith(".tsv") else ","))
            got = got[len(sh.title_rows) + (0 if a.headerless else 1):len(got) - len(sh.footer) or None]
            want = [[cell_str(v) for v in row] for row in sh.rows]
        elif path.endswith(".jsonl"):
            got = [json.loads(line) for line in open(full, encoding="utf-8")]
            want = [nest(sh.cols, row) for row in sh.rows]
        elif path.endswith(".json"):
            doc = json.load(open(full, encoding="utf-8"))
            got = doc["records"] if isinstance(doc, dict) else doc
            want = [nest(sh.cols, row) for row in sh.rows]
        else:
            continue
        if got != want:
            raise AssertionError(f"{path}: file content differs from the truth's rows")


# ------------------------------------------------------------------------------------------------- main
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=2)
    ap.add_argument("--db-url", action="append", default=[])
    args = ap.parse_args(argv)
    t0 = time.time()
    rng = random.Random(args.seed)
    reg = Registry(random.Random(rng.randrange(2 ** 32)))
    out = os.path.abspath(args.out)
    root = os.path.join(out, "drive")
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(root)
    drive = build_drive(reg, random.Random(rng.randrange(2 ** 32)), root)
    db = build_db(reg, random.Random(rng.randrange(2 ** 32)))

    # ---- self-check: registry keys unique after all updates
    check = Registry(random.Random(0))
    for p in reg.persons:
        check.register(p)
    # ---- self-check: identity rule recovers the truth per asset and per scope
    for a in list(drive.values()) + list(db.values()):
        union_find_count(a.subjects, a.path)
    drive_total = union_find_count([s for a in drive.values() for s in a.subjects], "drive")
    db_total = union_find_count([s for a in db.values() for s in a.subjects], "database")
    verify_written(root, drive)
    # every file on disk has an entry and vice versa
    on_disk = sorted(os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/") for d, _, fs in os.walk(root) for f in fs)
    assert on_disk == sorted(drive), set(on_disk) ^ set(drive)
    # hard-negative 12-digit columns: some values pass the My Number check by chance, none is a registry My Number
    mynums = {p.mynum for p in reg.persons}
    for a in list(drive.values()) + list(db.values()):
        for sh in a.sheets:
            for i, c in enumerate(sh.cols):
                vals = [str(row[i]) for row in sh.rows if row[i] not in (None, "")]
                if c.typ is None and c.hn and any(v in mynums for v in vals):
                    raise AssertionError(f"{a.path}: hard-negative column {c.name} holds a My Number")
                if c.typ == MYNUM and not all(mynumber_ok(v) for v in vals):
                    raise AssertionError(f"{a.path}: {c.name} has an invalid My Number")

    truth = {
        "generator": "benchmarks/blind/people/test/generate.py",
        "seed": args.seed,
        "drive": {"persons_total": drive_total, "files": {p: drive[p].truth() for p in sorted(drive)}},
        "database": {"persons_total": db_total, "tables": {n: db[n].truth() for n in db}},
    }
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")

    sqlite_path = os.path.join(out, "db.sqlite")
    if os.path.exists(sqlite_path):
        os.remove(sqlite_path)
    load_db(f"sqlite:///{sqlite_path}", db, True)
    for url in args.db_url:
        load_db(url, db, False)
    print(f"drive: {len(drive)} files, {drive_total} persons; database: {len(db)} tables/views, {db_total} persons; "
          f"{time.time() - t0:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
