#!/usr/bin/env python3
"""Blind people-count / column-type generator, set dev4.

Organisation: 株式会社花結い (Hanayui) -- a wedding and event company with a travel desk and a photo studio.

    python generate.py --out DIR [--seed N] [--db-url URL ...]

writes DIR/drive/, DIR/db.sqlite (+ each --db-url) and DIR/truth.json.  Standard library plus sqlalchemy,
openpyxl and python-docx.  Truth is by construction: every appearance of a person is logged with the values
exactly as written, and an independent recount (normalise the written strings, union-find on the strong keys of
the contract) must reproduce, per file / table and in total, the number of distinct person ids; the generator
refuses to write truth.json otherwise.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import os
import random
import re
import shutil
import sqlite3
import sys
import unicodedata
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from xml.sax.saxutils import escape as xesc

# --------------------------------------------------------------------------------------------- name pools
SUR = """佐藤:サトウ:Sato 鈴木:スズキ:Suzuki 高橋:タカハシ:Takahashi 田中:タナカ:Tanaka 伊藤:イトウ:Ito
渡辺:ワタナベ:Watanabe 山本:ヤマモト:Yamamoto 中村:ナカムラ:Nakamura 小林:コバヤシ:Kobayashi 加藤:カトウ:Kato
吉田:ヨシダ:Yoshida 山田:ヤマダ:Yamada 佐々木:ササキ:Sasaki 山口:ヤマグチ:Yamaguchi 松本:マツモト:Matsumoto
井上:イノウエ:Inoue 木村:キムラ:Kimura 林:ハヤシ:Hayashi 斎藤:サイトウ:Saito 清水:シミズ:Shimizu
山崎:ヤマザキ:Yamazaki 森:モリ:Mori 池田:イケダ:Ikeda 橋本:ハシモト:Hashimoto 阿部:アベ:Abe 石川:イシカワ:Ishikawa
山下:ヤマシタ:Yamashita 中島:ナカジマ:Nakajima 石井:イシイ:Ishii 小川:オガワ:Ogawa 前田:マエダ:Maeda
岡田:オカダ:Okada 長谷川:ハセガワ:Hasegawa 藤田:フジタ:Fujita 後藤:ゴトウ:Goto 近藤:コンドウ:Kondo
村上:ムラカミ:Murakami 遠藤:エンドウ:Endo 青木:アオキ:Aoki 坂本:サカモト:Sakamoto 斉藤:サイトウ:Saito
福田:フクダ:Fukuda 太田:オオタ:Ota 西村:ニシムラ:Nishimura 藤井:フジイ:Fujii 金子:カネコ:Kaneko
岡本:オカモト:Okamoto 藤原:フジワラ:Fujiwara 中野:ナカノ:Nakano 三浦:ミウラ:Miura 原田:ハラダ:Harada
中川:ナカガワ:Nakagawa 松田:マツダ:Matsuda 竹内:タケウチ:Takeuchi 小野:オノ:Ono 田村:タムラ:Tamura
中山:ナカヤマ:Nakayama 和田:ワダ:Wada 石田:イシダ:Ishida 森田:モリタ:Morita 上田:ウエダ:Ueda 原:ハラ:Hara
内田:ウチダ:Uchida 柴田:シバタ:Shibata 酒井:サカイ:Sakai 宮崎:ミヤザキ:Miyazaki 横山:ヨコヤマ:Yokoyama
高木:タカギ:Takagi 安藤:アンドウ:Ando 宮本:ミヤモト:Miyamoto 大野:オオノ:Ono 小島:コジマ:Kojima 工藤:クドウ:Kudo
谷口:タニグチ:Taniguchi 今井:イマイ:Imai 高田:タカダ:Takada 丸山:マルヤマ:Maruyama 増田:マスダ:Masuda
杉山:スギヤマ:Sugiyama 村田:ムラタ:Murata 大塚:オオツカ:Otsuka 小山:コヤマ:Koyama 平野:ヒラノ:Hirano
菅原:スガワラ:Sugawara 久保:クボ:Kubo 松井:マツイ:Matsui 千葉:チバ:Chiba 岩崎:イワサキ:Iwasaki
桜井:サクライ:Sakurai 野口:ノグチ:Noguchi""".split()
MALE = """翔太:ショウタ:Shota 大輔:ダイスケ:Daisuke 拓也:タクヤ:Takuya 健太:ケンタ:Kenta 直樹:ナオキ:Naoki
雄一:ユウイチ:Yuichi 亮:リョウ:Ryo 浩二:コウジ:Koji 和也:カズヤ:Kazuya 達也:タツヤ:Tatsuya 誠:マコト:Makoto
剛:ツヨシ:Tsuyoshi 隆:タカシ:Takashi 健一:ケンイチ:Kenichi 翔:ショウ:Sho 蓮:レン:Ren 悠真:ユウマ:Yuma
陽翔:ハルト:Haruto 湊:ミナト:Minato 大翔:ヒロト:Hiroto 颯太:ソウタ:Sota 蒼:アオイ:Aoi 樹:イツキ:Itsuki
悠人:ユウト:Yuto 陸:リク:Riku 一郎:イチロウ:Ichiro 修:オサム:Osamu 博之:ヒロユキ:Hiroyuki 正樹:マサキ:Masaki
智也:トモヤ:Tomoya 慎也:シンヤ:Shinya 康介:コウスケ:Kosuke 祐介:ユウスケ:Yusuke 圭:ケイ:Kei 学:マナブ:Manabu
勇気:ユウキ:Yuki 俊介:シュンスケ:Shunsuke 洋平:ヨウヘイ:Yohei 優斗:ユウト:Yuto 大和:ヤマト:Yamato
晴:ハル:Haru 隼人:ハヤト:Hayato 航:ワタル:Wataru 駿:シュン:Shun 誠司:セイジ:Seiji""".split()
FEMALE = """美咲:ミサキ:Misaki 陽菜:ヒナ:Hina 結衣:ユイ:Yui 葵:アオイ:Aoi さくら:サクラ:Sakura 愛:アイ:Ai
美穂:ミホ:Miho 由美:ユミ:Yumi 恵:メグミ:Megumi 彩:アヤ:Aya 真由美:マユミ:Mayumi 千尋:チヒロ:Chihiro
直子:ナオコ:Naoko 裕子:ユウコ:Yuko 智子:トモコ:Tomoko 香織:カオリ:Kaori 麻衣:マイ:Mai 舞:マイ:Mai
優子:ユウコ:Yuko 友美:トモミ:Tomomi 奈々:ナナ:Nana 七海:ナナミ:Nanami 凛:リン:Rin 芽依:メイ:Mei
紬:ツムギ:Tsumugi 結菜:ユイナ:Yuina 杏:アン:An 莉子:リコ:Riko 美月:ミヅキ:Mizuki 遥:ハルカ:Haruka
明日香:アスカ:Asuka 瞳:ヒトミ:Hitomi 沙織:サオリ:Saori 久美子:クミコ:Kumiko 純子:ジュンコ:Junko
幸子:サチコ:Sachiko 早紀:サキ:Saki 綾香:アヤカ:Ayaka 理恵:リエ:Rie 綾:アヤ:Aya ゆり:ユリ:Yuri
すみれ:スミレ:Sumire かえで:カエデ:Kaede 椿:ツバキ:Tsubaki 桃子:モモコ:Momoko""".split()
SUR = [tuple(x.split(":")) for x in SUR]
MALE = [tuple(x.split(":")) for x in MALE]
FEMALE = [tuple(x.split(":")) for x in FEMALE]

PREFS = ["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県",
         "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県",
         "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県",
         "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県",
         "宮崎県", "鹿児島県", "沖縄県"]
PLACES = [("東京都", "世田谷区", ["桜丘", "経堂", "用賀", "松原"], "154", "03"),
          ("東京都", "杉並区", ["阿佐谷北", "高円寺南", "荻窪"], "166", "03"),
          ("東京都", "練馬区", ["豊玉北", "石神井町", "大泉学園町"], "176", "03"),
          ("東京都", "町田市", ["原町田", "中町", "森野"], "194", "042"),
          ("神奈川県", "横浜市青葉区", ["美しが丘", "青葉台", "藤が丘"], "225", "045"),
          ("神奈川県", "川崎市中原区", ["小杉町", "新丸子東", "木月"], "211", "044"),
          ("埼玉県", "さいたま市浦和区", ["高砂", "岸町", "仲町"], "330", "048"),
          ("埼玉県", "川口市", ["栄町", "幸町", "青木"], "332", "048"),
          ("千葉県", "船橋市", ["前原西", "夏見", "湊町"], "273", "047"),
          ("千葉県", "市川市", ["八幡", "南八幡", "新田"], "272", "047")]
BLDG = ["メゾン桜", "グランハイツ", "コーポ青葉", "パークサイド", "ハイム緑", "リバーコート", "サンライズ"]
FLOWERS = ["さくら", "すみれ", "かえで", "ゆり", "つばき", "あおい", "牡丹", "撫子", "菫", "桔梗", "紫陽花", "向日葵"]
COMPANY = "株式会社花結い"
DOMAIN = "hanayui.example.jp"
SWITCHBOARD = "03-5321-0800"
MAIL_DOMAINS = ["example.jp", "mail.example.com", "example.ne.jp", "mobile.example.jp"]

# --------------------------------------------------------------------------------------------- helpers
FWT = str.maketrans("0123456789-()+/.:", "０１２３４５６７８９－（）＋／．：")


def fw(s: str) -> str:
    return s.translate(FWT)


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


_HALF = {}
for _c in range(0xFF61, 0xFFA0):
    _f = nfkc(chr(_c))
    if len(_f) == 1 and _f not in _HALF:
        _HALF[_f] = chr(_c)


def halfkana(s: str) -> str:
    out = []
    for c in s:
        if c in _HALF:
            out.append(_HALF[c])
            continue
        d = unicodedata.normalize("NFD", c)
        if len(d) == 2 and d[0] in _HALF and d[1] in ("\u3099", "\u309a"):
            out.append(_HALF[d[0]] + ("ﾞ" if d[1] == "\u3099" else "ﾟ"))
        else:
            out.append(c)
    return "".join(out)


def hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def mn_check(base11: str) -> int:
    s = 0
    for n in range(1, 12):
        p = int(base11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def mn_valid(s: str) -> bool:
    return len(s) == 12 and s.isdigit() and mn_check(s[:11]) == int(s[11])


def corp_number(rng) -> str:
    base = "".join(rng.choice("0123456789") for _ in range(12))
    s = sum(int(base[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - s % 9) + base


def jan(rng, prefix="49") -> str:
    base = prefix + "".join(rng.choice("0123456789") for _ in range(12 - len(prefix)))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(base))
    return base + str((10 - s % 10) % 10)


def era(d: dt.date):
    if d >= dt.date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= dt.date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    if d >= dt.date(1926, 12, 25):
        return "昭和", "S", d.year - 1925
    raise ValueError(d)


def fmt_birth(d: dt.date, style: str) -> str:
    y, m, dd = d.year, d.month, d.day
    if style == "slash":
        return f"{y}/{m:02d}/{dd:02d}"
    if style == "hy_nz":
        return f"{y}-{m}-{dd}"
    if style == "iso":
        return d.isoformat()
    if style == "compact":
        return f"{y}{m:02d}{dd:02d}"
    if style == "kanji":
        return f"{y}年{m}月{dd}日"
    if style == "dot":
        return f"{y}.{m:02d}.{dd:02d}"
    if style == "fw":
        return fw(f"{y}/{m:02d}/{dd:02d}")
    name, ab, ey = era(d)
    if style == "wareki":
        return f"{name}{'元' if ey == 1 else ey}年{m}月{dd}日"
    if style == "wabbr":
        return f"{ab}{ey}.{m}.{dd}"
    raise ValueError(style)


def fmt_phone(d: str, style: str) -> str:
    if len(d) == 11:
        a, b, c = d[:3], d[3:7], d[7:]
    elif d[:2] in ("03", "06"):
        a, b, c = d[:2], d[2:6], d[6:]
    else:
        a, b, c = d[:3], d[3:6], d[6:]
    return {"hy": f"{a}-{b}-{c}", "plain": d, "paren": f"({a}){b}-{c}", "intl": f"+81 {a[1:]} {b} {c}",
            "intlh": f"+81-{a[1:]}-{b}-{c}", "fw": fw(f"{a}-{b}-{c}"), "sp": f"{a} {b} {c}"}[style]


def fmt_email(e: str, style: str) -> str:
    if style == "lower":
        return e
    if style == "upper":
        return e.upper()
    local, dom = e.split("@")
    return ".".join(p[:1].upper() + p[1:] for p in local.split(".")) + "@" + dom[:1].upper() + dom[1:]


# --------------------------------------------------------------------------------------------- world
class Household:
    def __init__(self, hid, rng, used):
        while True:
            pref, city, towns, z3, area = rng.choice(PLACES)
            town = rng.choice(towns)
            c, b, g = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 20)
            bldg = "" if rng.random() < 0.5 else f"{rng.choice(BLDG)} {rng.randint(1, 12)}{rng.randint(1, 9):02d}"
            key = (city, town, c, b, g, bldg)
            if key not in used:
                used.add(key)
                break
        self.hid, self.pref, self.city, self.town, self.c, self.b, self.g, self.bldg = hid, pref, city, town, c, b, g, bldg
        self.zip = f"{z3}-{rng.randint(0, 9999):04d}"
        self.home = None
        self.area = area
        self.names = set()

    def addr(self, style: str) -> str:
        c, b, g, pc = self.c, self.b, self.g, self.pref + self.city + self.town
        tail = (" " + self.bldg) if self.bldg else ""
        if style == "chome":
            return f"{pc}{c}丁目{b}番{g}号{tail}"
        if style == "hyphen":
            return f"{pc}{c}-{b}-{g}{tail}"
        if style == "nopref":
            return f"{self.city}{self.town}{c}-{b}-{g}{tail}"
        if style == "nopref_chome":
            return f"{self.city}{self.town}{c}丁目{b}番{g}号{tail}"
        if style == "fw":
            return f"{pc}{fw(f'{c}-{b}-{g}')}" + ("　" + fw(self.bldg) if self.bldg else "")
        if style == "chome_hy":
            return f"{pc}{c}丁目{b}-{g}{tail}"
        raise ValueError(style)


class Person:
    pass


class World:
    def __init__(self, rng):
        self.rng = rng
        self.persons = []
        self.hh = []
        self.used_addr = set()
        self.used_phone = set()
        self.used_email = set()
        self.used_nb = set()
        self.used_mn = set()

    def household(self):
        h = Household(len(self.hh), self.rng, self.used_addr)
        self.hh.append(h)
        return h

    def phone(self, prefix=None):
        while True:
            p = (prefix or self.rng.choice(["090", "080", "070"])) + f"{self.rng.randint(10000000, 99999999)}"
            if p not in self.used_phone:
                self.used_phone.add(p)
                return p

    def landline(self, area):
        while True:
            rest = 10 - len(area)
            p = area + str(self.rng.randint(2 * 10 ** (rest - 1), 10 ** rest - 1))
            if p not in self.used_phone and p != SWITCHBOARD.replace("-", ""):
                self.used_phone.add(p)
                return p

    def my_number(self):
        while True:
            base = "".join(self.rng.choice("0123456789") for _ in range(11))
            s = base + str(mn_check(base))
            if s not in self.used_mn:
                self.used_mn.add(s)
                return s

    def person(self, h, sex=None, born=(1985, 2000), sur=None, kind="", email=True, mobile=True, avoid=()):
        rng = self.rng
        sex = sex or rng.choice("MF")
        for _ in range(1000):
            s = sur or rng.choice(SUR)
            g = rng.choice(MALE if sex == "M" else FEMALE)
            if (s[0] == "山田" and g[0] in ("太郎", "花子")) or g[1] in avoid:
                continue
            if g[0] in h.names or g[1] in h.names:  # no two household members share a given name or reading
                continue
            y = rng.randint(*born)
            try:
                b = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
            except ValueError:
                continue
            keys = [(s[0] + g[0], b), (s[1] + g[1], b), ((s[2] + g[2]).lower(), b), ((g[2] + s[2]).lower(), b)]
            if any(k in self.used_nb for k in keys):
                continue
            self.used_nb.update(keys)
            break
        else:
            raise RuntimeError("name space exhausted")
        h.names.update([g[0], g[1]])
        p = Person()
        p.pid = len(self.persons)
        p.sur, p.sur_k, p.sur_r = s
        p.given, p.given_k, p.given_r = g
        p.sex, p.birth, p.h, p.kind = sex, b, h, kind
        p.mobile = self.phone() if mobile else None
        p.email = None
        if email:
            for i in range(100):
                e = f"{p.given_r.lower()}.{p.sur_r.lower()}{rng.randint(1, 99) if i or rng.random() < .7 else ''}" \
                    f"@{rng.choice(MAIL_DOMAINS)}"
                if e not in self.used_email:
                    self.used_email.add(e)
                    p.email = e
                    break
        p.mn = None
        self.persons.append(p)
        return p


def name(p, style="sp"):
    return {"sp": f"{p.sur} {p.given}", "nosp": p.sur + p.given, "ideo": f"{p.sur}\u3000{p.given}"}[style]


def kana(p, style="sp"):
    k = f"{p.sur_k} {p.given_k}"
    return {"sp": k, "nosp": p.sur_k + p.given_k, "hw": halfkana(k), "hira": hira(k), "ideo": k.replace(" ", "\u3000"),
            "hira_nosp": hira(p.sur_k + p.given_k)}[style]


def romaji(p, style="passport"):
    return {"passport": f"{p.sur_r.upper()} {p.given_r.upper()}", "western": f"{p.given_r} {p.sur_r}",
            "family": f"{p.sur_r} {p.given_r}"}[style]


# --------------------------------------------------------------------------------------------- truth recount
def norm_name(s):
    return re.sub(r"\s+", "", nfkc(s)).casefold()


def norm_phone(s):
    s = nfkc(s).strip()
    d = re.sub(r"\D", "", s)
    if s.startswith("+81"):
        d = "0" + d[2:]
    return d


ERA = {"昭和": 1925, "S": 1925, "平成": 1988, "H": 1988, "令和": 2018, "R": 2018}


def norm_birth(s):
    s = re.sub(r"\s+", "", nfkc(s))
    m = re.fullmatch(r"(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})", s) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s) \
        or re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(昭和|平成|令和|S|H|R)(\d{1,2}|元)[年.](\d{1,2})[月.](\d{1,2})日?", s)
    if m:
        y = 1 if m[2] == "元" else int(m[2])
        return dt.date(ERA[m[1]] + y, int(m[3]), int(m[4])).isoformat()
    raise ValueError("unparsed birth date " + repr(s))


def norm_addr(s):
    s = re.sub(r"\s+", "", nfkc(s))
    for p in PREFS:
        if s.startswith(p):
            s = s[len(p):]
            break
    s = re.sub(r"(\d+)丁目", r"\1-", s)
    s = re.sub(r"(\d+)番地?", r"\1-", s)
    s = re.sub(r"(\d+)号", r"\1", s)
    return re.sub(r"-+", "-", s)


def norm_email(s):
    return nfkc(s).strip().casefold()


def M(p, names=(), birth=(), phone=(), addr=(), email=(), mn=()):
    """one appearance of person p, with values exactly as written"""
    return {"pid": p.pid, "names": [x for x in names if x], "birth": [x for x in birth if x],
            "phone": [x for x in phone if x], "addr": [x for x in addr if x], "email": [x for x in email if x],
            "mn": [x for x in mn if x]}


def keys_of(m):
    ks = []
    names = sorted({norm_name(n) for n in m["names"]})
    for b in m["birth"]:
        b = norm_birth(b)
        ks += [("nb", n, b) for n in names]
    for ph in m["phone"]:
        ph = norm_phone(ph)
        ks += [("np", n, ph) for n in names]
    for a in m["addr"]:
        a = norm_addr(a)
        ks += [("na", n, a) for n in names]
    ks += [("em", norm_email(e)) for e in m["email"]]
    ks += [("mn", re.sub(r"\D", "", nfkc(x))) for x in m["mn"]]
    return ks


def recount(mentions):
    """independent count by the contract's identity rule; returns (#components, set of components' pid sets)"""
    parent = list(range(len(mentions)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first = {}
    for i, m in enumerate(mentions):
        for k in keys_of(m):
            if k in first:
                a, b = find(i), find(first[k])
                if a != b:
                    parent[a] = b
            else:
                first[k] = i
    comps = {}
    for i, m in enumerate(mentions):
        comps.setdefault(find(i), set()).add(m["pid"])
    return comps


def check(label, mentions):
    comps = recount(mentions)
    pids = {m["pid"] for m in mentions}
    bad = [sorted(c) for c in comps.values() if len(c) > 1]
    if bad:
        raise AssertionError(f"{label}: different persons share a strong key: {bad[:5]}")
    if len(comps) != len(pids):
        split = {}
        for c in comps.values():
            for p in c:
                split[p] = split.get(p, 0) + 1
        raise AssertionError(f"{label}: {len(comps)} rule persons vs {len(pids)} true; split pids "
                             f"{[p for p, n in sorted(split.items()) if n > 1][:10]}")
    return len(pids)


# --------------------------------------------------------------------------------------------- writers
FIXED_TS = (2026, 6, 30, 9, 0, 0)


def fix_zip(data: bytes) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-06-30T09:00:00Z", b)
            zi = zipfile.ZipInfo(info.filename, FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, b)
    return out.getvalue()


def csv_bytes(header, rows, enc="utf-8", delim=",", bom=False, crlf=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n" if crlf else "\n")
    if header:
        w.writerow(header)
    w.writerows(rows)
    b = s.getvalue().encode(enc)
    return (b"\xef\xbb\xbf" + b) if bom else b


def xlsx_bytes(sheets):
    """sheets: list of (title, pre_rows, header, rows)"""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, pre, header, rows in sheets:
        ws = wb.create_sheet(title)
        for r in pre:
            ws.append(r)
        if header:
            ws.append(header)
        for r in rows:
            ws.append(r)
    wb.properties.creator = "hanayui"
    wb.properties.created = dt.datetime(2026, 6, 30, 9, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return fix_zip(buf.getvalue())


def docx_bytes(blocks):
    """blocks: list of ('h', text) | ('p', text) | ('t', header, rows)"""
    import docx
    d = docx.Document()
    d.core_properties.author = "hanayui"
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[1], level=1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        else:
            _, header, rows = b
            t = d.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            for j, h in enumerate(header):
                t.cell(0, j).text = h
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i + 1, j).text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())


NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.presentationml"
THEME = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="{NS_A}" name="Office"><a:themeElements><a:clrScheme name="Office">
<a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2>
<a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2>
<a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5>
<a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink>
</a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>
<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>
<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>
<a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="25400"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="38100"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>
<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>
<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst>
</a:fmtScheme></a:themeElements></a:theme>"""
SPTREE0 = '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>'


def pptx_bytes(slides):
    """slides: list of list of paragraphs (first = title).  Hand-written minimal PresentationML."""
    out = io.BytesIO()
    z = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)

    def put(name, text):
        zi = zipfile.ZipInfo(name, FIXED_TS)
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, text.encode("utf-8"))

    hdr = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    n = len(slides)
    put("[Content_Types].xml", hdr + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/ppt/presentation.xml" ContentType="{CT}.presentation.main+xml"/>'
        f'<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="{CT}.slideMaster+xml"/>'
        f'<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="{CT}.slideLayout+xml"/>'
        '<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
        + "".join(f'<Override PartName="/ppt/slides/slide{i + 1}.xml" ContentType="{CT}.slide+xml"/>' for i in range(n))
        + "</Types>")
    put("_rels/.rels", hdr + f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="ppt/presentation.xml"/></Relationships>')
    put("ppt/presentation.xml", hdr + f'<p:presentation xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}">'
        '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst>'
        + "".join(f'<p:sldId id="{256 + i}" r:id="rId{i + 3}"/>' for i in range(n))
        + '</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>')
    put("ppt/_rels/presentation.xml.rels", hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/slideMaster" Target="slideMasters/slideMaster1.xml"/>'
        f'<Relationship Id="rId2" Type="{REL}/theme" Target="theme/theme1.xml"/>'
        + "".join(f'<Relationship Id="rId{i + 3}" Type="{REL}/slide" Target="slides/slide{i + 1}.xml"/>' for i in range(n))
        + "</Relationships>")
    put("ppt/theme/theme1.xml", THEME)
    put("ppt/slideMasters/slideMaster1.xml", hdr + f'<p:sldMaster xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}">'
        f'<p:cSld><p:spTree>{SPTREE0}</p:spTree></p:cSld>'
        '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" '
        'accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
        '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>')
    put("ppt/slideMasters/_rels/slideMaster1.xml.rels", hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>'
        f'<Relationship Id="rId2" Type="{REL}/theme" Target="../theme/theme1.xml"/></Relationships>')
    put("ppt/slideLayouts/slideLayout1.xml", hdr + f'<p:sldLayout xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}">'
        f'<p:cSld name="Blank"><p:spTree>{SPTREE0}</p:spTree></p:cSld></p:sldLayout>')
    put("ppt/slideLayouts/_rels/slideLayout1.xml.rels", hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/slideMaster" Target="../slideMasters/slideMaster1.xml"/></Relationships>')
    for i, paras in enumerate(slides):
        shapes = ""
        for j, (y, texts) in enumerate([(300000, paras[:1]), (1400000, paras[1:])]):
            body = "".join(f'<a:p><a:r><a:rPr lang="ja-JP"/><a:t>{xesc(t)}</a:t></a:r></a:p>' for t in texts) or "<a:p/>"
            shapes += (f'<p:sp><p:nvSpPr><p:cNvPr id="{j + 2}" name="TextBox {j + 1}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>'
                       f'<p:spPr><a:xfrm><a:off x="457200" y="{y}"/><a:ext cx="8229600" cy="{900000 if j == 0 else 5000000}"/></a:xfrm>'
                       f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr wrap="square"/><a:lstStyle/>'
                       f'{body}</p:txBody></p:sp>')
        put(f"ppt/slides/slide{i + 1}.xml", hdr + f'<p:sld xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}">'
            f'<p:cSld><p:spTree>{SPTREE0}{shapes}</p:spTree></p:cSld></p:sld>')
        put(f"ppt/slides/_rels/slide{i + 1}.xml.rels", hdr + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/></Relationships>')
    z.close()
    return out.getvalue()


def html_table(title, header, rows):
    h = "".join(f"<th>{xesc(c)}</th>" for c in header)
    b = "\n".join("<tr>" + "".join(f"<td>{xesc(str(v))}</td>" for v in r) + "</tr>" for r in rows)
    return (f'<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>{xesc(title)}</title></head>\n<body>'
            f'<h1>{xesc(title)}</h1>\n<table border="1">\n<thead><tr>{h}</tr></thead>\n<tbody>\n{b}\n</tbody></table>'
            f'\n</body></html>\n').encode("utf-8")


def md_table(title, header, rows, intro=""):
    s = f"# {title}\n\n" + (intro + "\n\n" if intro else "")
    s += "| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n"
    s += "".join("| " + " | ".join(str(v) for v in r) + " |\n" for r in rows)
    return s.encode("utf-8")


def eml(frm, to, subject, date, body, msgid, cte="8bit", charset="utf-8", in_reply=None):
    m = EmailMessage(policy=SMTP)
    m["From"], m["To"], m["Subject"], m["Date"], m["Message-ID"] = frm, to, subject, date, msgid
    if in_reply:
        m["In-Reply-To"] = in_reply
    if charset == "iso-2022-jp":
        m.set_content(body.encode("iso-2022-jp"), maintype="text", subtype="plain", cte="7bit",
                      params={"charset": "iso-2022-jp"})
    else:
        m.set_content(body, charset="utf-8", cte=cte)
    return m.as_bytes()


# --------------------------------------------------------------------------------------------- the build
class Out:
    def __init__(self):
        self.files = {}   # path -> bytes
        self.truth = {}   # path -> entry
        self.mentions = {}

    def add(self, path, data, mentions=(), columns=None, hn=None):
        assert path not in self.files, path
        mentions = list(mentions)
        n = check(path, mentions) if mentions else 0
        e = {"persons": n}
        if columns is not None:
            e["columns"] = columns
            e["hard_negative_columns"] = sorted(hn or [])
            for c in e["hard_negative_columns"]:
                assert columns[c] is None, (path, c)
        self.files[path] = data
        self.truth[path] = e
        self.mentions[path] = mentions


def build(seed):
    rng = random.Random(seed)
    W = World(rng)
    out = Out()
    P = W.persons
    pick = rng.choice

    # ---------------- population
    staff = []
    for i in range(42):
        h = W.household()
        s = W.person(h, born=(1960, 2003), kind="staff")
        s.mn = W.my_number()
        s.work = f"{s.given_r[0].lower()}.{s.sur_r.lower()}{i}@{DOMAIN}"
        s.staff_no = f"HY{1000 + i}"
        s.part = i >= 28
        s.deps = []
        if i % 3 != 2 and i < 40:
            if s.birth.year < 1995 and rng.random() < .6:
                sp = W.person(h, sex="F" if s.sex == "M" else "M", born=(s.birth.year - 4, s.birth.year + 4),
                              sur=(s.sur, s.sur_k, s.sur_r), kind="dep", email=False, mobile=False)
                sp.rel = "配偶者"
                s.deps.append(sp)
            for _ in range(rng.randint(0 if s.deps else 1, 2)):
                lo = max(s.birth.year + 22, 2004)
                if lo > 2024:
                    break
                c = W.person(h, born=(lo, 2024), sur=(s.sur, s.sur_k, s.sur_r), kind="dep", email=False, mobile=False)
                c.rel = "長男" if c.sex == "M" else "長女"
                s.deps.append(c)
            for d in s.deps:
                d.mn = W.my_number()
        s.license = f"30{rng.randint(10, 99)}{rng.randint(10000000, 99999999)}"[:11] + str(rng.randint(0, 2))
        s.pension = f"{rng.randint(1000, 9999)}-{rng.randint(100000, 999999)}"
        s.kigo, s.bango = str(rng.randint(1000, 9999)), str(rng.randint(1, 999))
        s.bank = pick(["みずほ銀行", "三井住友銀行", "りそな銀行", "横浜銀行", "千葉銀行"])
        s.branch = pick(["新宿支店", "渋谷支店", "世田谷支店", "青葉台支店", "浦和支店", "船橋支店"])
        s.acct = f"{rng.randint(1000000, 9999999)}"
        staff.append(s)

    couples = []  # (groom, bride, wedding date, booking no, plan)
    PLANS = [f"{s[0]}ガーデンプラン" for s in SUR[:6]] + [f"{s[0]}チャペル挙式" for s in SUR[10:14]] + ["中村ホールプラン"]
    for i in range(240):
        h = W.household()
        g = W.person(h, sex="M", born=(1985, 2000), kind="couple")
        b = W.person(h, sex="F", born=(1987, 2001), kind="couple")
        year = 2025 if i < 120 else 2026
        wd = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        couples.append((g, b, wd, "".join(rng.choice("0123456789") for _ in range(12)), pick(PLANS)))

    travellers = []
    while len(travellers) < 200:
        h = W.household()
        t = W.person(h, born=(1955, 2002), kind="trav")
        travellers.append(t)
        if rng.random() < .3 and len(travellers) < 200:
            t2 = W.person(h, sex="F" if t.sex == "M" else "M", born=(1955, 2002), sur=(t.sur, t.sur_k, t.sur_r), kind="trav")
            travellers.append(t2)
    emergency = []
    for t in travellers:
        if rng.random() < .45:
            h = W.household()
            e = W.person(h, born=(1945, 1975), sur=(t.sur, t.sur_k, t.sur_r), kind="emerg", email=False)
            e.fam = t.h.hid
            e.rel = "父" if e.sex == "M" else "母"
            emergency.append(e)
            t.emerg = e
        else:
            t.emerg = None
    # siblings travelling share the same emergency contact
    by_h = {}
    for t in travellers:
        by_h.setdefault(t.h.hid, []).append(t)
    for hid, ts in by_h.items():
        if len(ts) > 1 and ts[0].emerg is not None:
            for t in ts[1:]:
                t.emerg = ts[0].emerg

    photo = []  # (parent, [children])
    for i in range(170):
        if i < 30:
            g, b, *_ = couples[i]
            parent, h = b, b.h
        else:
            h = W.household()
            parent = W.person(h, born=(1978, 1998), kind="photo")
            if rng.random() < .4:
                h.home = W.landline(h.area)
        kids = []
        lo = max(parent.birth.year + 20, 2012)
        for _ in range(1 if rng.random() < .6 else 2):
            if lo > 2024:
                break
            kd = W.person(h, born=(lo, 2024), sur=(parent.sur, parent.sur_k, parent.sur_r), kind="child", email=False, mobile=False)
            kids.append(kd)
            lo = kd.birth.year + 2
        photo.append((parent, kids))

    inquirers = []
    for i in range(220):
        h = W.household()
        q = W.person(h, born=(1975, 2003), kind="inq")
        q.email2 = None
        if i % 5 == 0:  # re-registered with a new e-mail, same name / birth / phone
            e2 = f"{q.sur_r.lower()}.{q.given_r[0].lower()}{i}@{pick(MAIL_DOMAINS)}"
            W.used_email.add(e2)
            q.email2 = e2
        inquirers.append(q)
    chains = [W.person(W.household(), born=(1970, 2000), kind="chain") for _ in range(36)]

    # ==================================================================================== drive files
    # ---- 婚礼
    rows, ms = [], []
    for i, (g, b, wd, bk, plan) in enumerate(couples[:120]):
        gn, bn = name(g, pick(["sp", "nosp"])), name(b, "sp")
        gb, bb = fmt_birth(g.birth, "slash"), fmt_birth(b.birth, "slash")
        tel, ad = fmt_phone(g.mobile, "hy"), g.h.addr("chome")
        rows.append([bk, gn, kana(g), gb, bn, kana(b), bb, tel, ad, wd.isoformat(), plan, f"チャペル棟{rng.randint(2, 5)}F",
                     rng.randint(180, 520) * 10000])
        ms += [M(g, [gn, kana(g)], [gb], [tel], [ad]), M(b, [bn, kana(b)], [bb], [], [ad])]
    out.add("婚礼/成約一覧_2025.csv",
            csv_bytes(["受付番号", "新郎氏名", "新郎フリガナ", "新郎生年月日", "新婦氏名", "新婦フリガナ", "新婦生年月日",
                       "連絡先", "住所", "挙式日", "プラン名", "会場", "見積金額"], rows, bom=True), ms,
            {"受付番号": None, "新郎氏名": "PERSON", "新郎フリガナ": "PERSON", "新郎生年月日": "DATE_OF_BIRTH",
             "新婦氏名": "PERSON", "新婦フリガナ": "PERSON", "新婦生年月日": "DATE_OF_BIRTH", "連絡先": "PHONE",
             "住所": "ADDRESS", "挙式日": None, "プラン名": None, "会場": None, "見積金額": None},
            ["受付番号", "挙式日", "プラン名", "会場", "見積金額"])

    s1, s2, ms = [], [], []
    for i, (g, b, wd, bk, plan) in enumerate(couples[120:]):
        gn, bn = name(g, "nosp"), name(b, pick(["nosp", "ideo"]))
        gb, bb = fmt_birth(g.birth, "wareki"), fmt_birth(b.birth, "wabbr")
        gt, bt = fmt_phone(g.mobile, "plain"), fmt_phone(b.mobile, "paren")
        ge = fmt_email(g.email, "title")
        s1.append([bk, gn, gb, gt, ge, bn, bb, bt, wd.isoformat(), plan])
        ms += [M(g, [gn], [gb], [gt], [], [ge]), M(b, [bn], [bb], [bt])]
        if i % 2 == 0:
            t2 = fmt_phone(g.mobile, "intl")
            s2.append([bk, name(g, "sp"), t2, rng.randint(10, 60) * 10000, (wd - dt.timedelta(days=90)).isoformat()])
            ms.append(M(g, [name(g, "sp")], [], [t2]))
    out.add("婚礼/成約一覧_2026.xlsx",
            xlsx_bytes([("成約", [["2026年度 成約一覧"], ["作成: 婚礼部 / 社外秘"], []],
                         ["受付番号", "新郎", "新郎 生年月日", "新郎携帯", "新郎メール", "新婦", "新婦 生年月日", "新婦携帯",
                          "挙式日", "プラン名"], s1),
                        ("入金状況", [], ["受付番号", "代表者氏名", "代表者携帯", "入金額", "入金日"], s2)]), ms,
            {"受付番号": None, "新郎": "PERSON", "新郎 生年月日": "DATE_OF_BIRTH", "新郎携帯": "PHONE", "新郎メール": "EMAIL",
             "新婦": "PERSON", "新婦 生年月日": "DATE_OF_BIRTH", "新婦携帯": "PHONE", "挙式日": None, "プラン名": None,
             "代表者氏名": "PERSON", "代表者携帯": "PHONE", "入金額": None, "入金日": None},
            ["受付番号", "挙式日", "プラン名", "入金額"])

    rows, ms = [], []
    for g, b, wd, bk, plan in couples[:120]:
        if rng.random() < .7:
            ad = g.h.addr(pick(["nopref", "fw", "chome_hy", "nopref_chome"]))
            gn, bn = name(g, "ideo"), name(b, "nosp")
            rows.append([gn, bn, g.h.zip.replace("-", ""), ad, wd.strftime("%Y/%m/%d"), pick(["カード", "花束", "カード・写真"])])
            ms += [M(g, [gn], [], [], [ad]), M(b, [bn], [], [], [ad])]
    out.add("婚礼/アフターフォロー_記念日.xlsx",
            xlsx_bytes([("記念日DM", [["ご成婚記念日 DM 送付リスト"], []], ["新郎氏名", "新婦氏名", "郵便番号", "住所", "記念日", "送付物"], rows)]),
            ms, {"新郎氏名": "PERSON", "新婦氏名": "PERSON", "郵便番号": "POSTAL_CODE", "住所": "ADDRESS", "記念日": "?", "送付物": None}, [])

    # guest lists: bare names + table, each guest in exactly one file
    gfmt = ["xlsx", "csv", "md", "html", "docx", "tsv", "xlsx", "csv", "md", "xlsx"]
    for k in range(10):
        g, b, wd, bk, plan = couples[130 + k * 9]
        n = rng.randint(32, 60)
        guests = [W.person(W.household(), born=(1940, 2015), kind="guest", email=False, mobile=False) for _ in range(n)]
        rows, ms = [], []
        allergy = k in (0, 3, 5)
        for j, gp in enumerate(guests):
            nm = name(gp, pick(["sp", "nosp", "ideo"]))
            r = [FLOWERS[j % len(FLOWERS)], nm, "様", pick(["新郎友人", "新婦友人", "新郎親族", "新婦親族", "新郎上司", "新婦同僚"])]
            if allergy:
                r.append(pick(["", "", "", "", "えびアレルギー", "卵アレルギー", "妊娠中のため生もの不可", "小麦アレルギー"]))
            rows.append(r)
            ms.append(M(gp, [nm]))
        if k in (1, 4):  # a different guest with the same name as another guest of this wedding: two persons
            twin = W.persons[guests[0].pid]
            gp = W.person(W.household(), kind="guest", email=False, mobile=False)
            gp.sur, gp.given = twin.sur, twin.given
            nm = name(gp, "sp")
            rows.append(["向日葵", nm, "様", "新婦友人"] + ([""] if allergy else []))
            ms.append(M(gp, [nm]))
        header = ["卓名", "氏名", "敬称", "関係"] + (["料理備考"] if allergy else [])
        cols = {"卓名": None, "氏名": "PERSON", "敬称": None, "関係": None}
        if allergy:
            cols["料理備考"] = "SENSITIVE"
        hn = ["卓名"]
        base = f"婚礼/招待客/招待客_{wd.strftime('%Y%m%d')}_{bk[-4:]}"
        title = f"{wd.year}年{wd.month}月{wd.day}日 ご披露宴 招待客リスト（受付番号 {bk}）"
        f = gfmt[k]
        if f == "xlsx":
            out.add(base + ".xlsx", xlsx_bytes([("席次", [[title], []], header, rows)]), ms, cols, hn)
        elif f == "csv":
            out.add(base + ".csv", csv_bytes(header, rows, enc="cp932" if k == 1 else "utf-8", crlf=k == 1), ms, cols, hn)
        elif f == "tsv":
            out.add(base + ".tsv", csv_bytes(header, rows, delim="\t"), ms, cols, hn)
        elif f == "md":
            out.add(base + ".md", md_table(title, header, rows), ms, cols, hn)
        elif f == "html":
            out.add(base + ".html", html_table(title, header, rows), ms, cols, hn)
        else:
            out.add(base + "_席次表.docx", docx_bytes([("h", title), ("p", "席次表（確定版）"), ("t", header, rows)]), ms)

    # invitation address list (guests with addresses, including couples invited 連名 at one address)
    rows, ms = [], []
    while len(rows) < 84:
        h = W.household()
        a = W.person(h, born=(1950, 1998), kind="guest", email=False, mobile=False)
        grp = [a]
        if rng.random() < .3:
            grp.append(W.person(h, sex="F" if a.sex == "M" else "M", born=(1950, 1998), sur=(a.sur, a.sur_k, a.sur_r),
                                kind="guest", email=False, mobile=False))
        for gp in grp:
            ad = h.addr(pick(["chome", "hyphen"]))
            nm = name(gp, "sp")
            rows.append([nm, "様", h.zip, ad, pick(["出席", "出席", "欠席", "未定"])])
            ms.append(M(gp, [nm], [], [], [ad]))
    out.add("婚礼/招待状宛名_W2026-0140.csv",
            csv_bytes(["氏名", "敬称", "郵便番号", "住所", "出欠"], rows, enc="cp932", crlf=True), ms,
            {"氏名": "PERSON", "敬称": None, "郵便番号": "POSTAL_CODE", "住所": "ADDRESS", "出欠": None}, [])

    # fair visitors: nested JSONL
    lines, ms = [], []
    for i, (g, b, wd, bk, plan) in enumerate(couples[200:]):
        gn, bn = name(g, "sp"), name(b, "sp")
        gt, bt = fmt_phone(g.mobile, "hy"), fmt_phone(b.mobile, "intlh")
        rec = {"visit_id": f"F{2025}{i:04d}", "visited_on": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
               "couple": {"groom": {"name": gn, "tel": gt}, "bride": {"name": bn, "tel": bt}},
               "budget": rng.randint(200, 450) * 10000, "note": pick(["チャペル見学希望", "試食あり", "ドレス試着希望"])}
        lines.append(json.dumps(rec, ensure_ascii=False))
        ms += [M(g, [gn], [], [gt]), M(b, [bn], [], [bt])]
    out.add("婚礼/ブライダルフェア来場者_2025.jsonl", ("\n".join(lines) + "\n").encode(), ms,
            {"visit_id": None, "visited_on": None, "couple.groom.name": "PERSON", "couple.groom.tel": "PHONE",
             "couple.bride.name": "PERSON", "couple.bride.tel": "PHONE", "budget": None, "note": "TEXT"},
            ["visit_id", "budget"])

    # meeting minutes (docx): staff with work e-mail, couple with birth date / phone in prose
    planners = staff[:12]
    for k in range(4):
        g, b, wd, bk, plan = couples[150 + k]
        s_a, s_b = planners[k], planners[k + 5]
        gbd = fmt_birth(g.birth, "kanji")
        bt = fmt_phone(b.mobile, "fw")
        blocks = [("h", f"婚礼打合せ議事録（第{k + 2}回）"),
                  ("p", f"日時: 2026年{5 + k}月{10 + k}日 14:00〜16:00　場所: 本館サロン"),
                  ("p", f"出席: 当社 {name(s_a)}（プランナー、{s_a.work}）、{name(s_b, 'nosp')}（{s_b.work.upper()}）"),
                  ("p", f"お客様: 新郎 {name(g)} 様（{gbd}生）、新婦 {name(b, 'nosp')} 様（携帯 {bt}）"),
                  ("p", f"1. 挙式日 {wd.strftime('%Y年%m月%d日')} の進行表を確認。{plan}で確定、招待客は約{rng.randint(40, 80)}名。"),
                  ("p", "2. 装花は卓名に合わせて季節の花を使用。ゆり卓・すみれ卓は高砂側に配置。"),
                  ("p", f"3. 次回は{name(b, 'sp')}様のドレス最終確認。ご連絡は新婦携帯へ。")]
        ms = [M(s_a, [name(s_a)], email=[s_a.work]), M(s_b, [name(s_b, "nosp")], email=[s_b.work.upper()]),
              M(g, [name(g)], [gbd]), M(b, [name(b, "nosp"), name(b, "sp")], [], [bt])]
        out.add(f"婚礼/打合せ記録/打合せ_{bk[-6:]}.docx", docx_bytes(blocks), ms)

    # negatives in 婚礼
    out.add("婚礼/見積書_記入例.docx", docx_bytes([
        ("h", "御見積書（記入例）"), ("p", "※ この用紙は記入例です。実際のお客様情報は記入しないでください。"),
        ("t", ["項目", "記入例"], [["お名前", "山田 太郎"], ["フリガナ", "ヤマダ タロウ"], ["生年月日", "1990年1月1日"],
                                   ["ご住所", "東京都千代田区千代田1-1"], ["電話番号", "090-0000-0000"],
                                   ["メール", "taro.yamada@example.com"]]),
        ("p", "挙式プラン: ＿＿＿＿＿　人数: ＿＿名　お見積金額: ＿＿＿＿円")]))
    rows = [[FLOWERS[i], f"{'AB'[i // 6]}-{i % 6 + 1}", 8 if i % 3 else 10, pick(["高砂前", "窓側", "中央", "入口側"])] for i in range(12)]
    out.add("婚礼/会場レイアウト_卓名.md", md_table("本館 グランドホール 卓配置（標準）", ["卓名", "位置", "席数", "備考"], rows,
                                                "卓名は季節の花にちなみます。さくら・すみれ・かえで・ゆり・つばき・あおい卓は高砂に近い順。"),
            [], {"卓名": None, "位置": None, "席数": None, "備考": None}, ["卓名"])
    rows = [[f"P{100 + i}", pl, rng.randint(150, 600) * 10000, jan(rng), pick(["挙式のみ", "挙式+披露宴", "フォト婚"])]
            for i, pl in enumerate(PLANS)]
    out.add("婚礼/料金表_2026.csv", csv_bytes(["プランコード", "プラン名", "基本料金", "JANコード", "区分"], rows), [],
            {"プランコード": None, "プラン名": None, "基本料金": None, "JANコード": None, "区分": None},
            ["プラン名", "基本料金", "JANコード"])
    out.add("婚礼/披露宴タイムテーブル_標準.txt", (
        "披露宴 標準タイムテーブル\n\n11:00 受付開始（ウェルカムドリンク）\n11:30 新郎新婦入場\n11:35 開宴の辞（司会）\n"
        "11:40 主賓挨拶\n11:50 乾杯\n12:30 お色直し退場（新婦）\n13:10 再入場・キャンドルサービス\n13:50 両家代表謝辞\n"
        "14:00 お開き・送賓\n\n※ 司会・音響は担当プランナーが当日朝に確認。\n").encode())

    # ---- 旅行
    hm = []
    for g, b, wd, bk, plan in couples[60:100]:
        hm += [g, b]
    rows, ms = [], []
    for t in hm:
        nm, bd, ph = name(t, "ideo"), fmt_birth(t.birth, "hy_nz"), fmt_phone(t.mobile, "intl")
        if not hasattr(t, "passport"):
            t.passport = pick(["TK", "TR", "TZ", "MU"]) + f"{rng.randint(1000000, 9999999)}"
        rows.append(["".join(rng.choice("0123456789") for _ in range(12)), nm, romaji(t), t.passport, bd, ph,
                     pick(["NH203", "JL407", "NH852", "JL71"]), "2026-0" + str(rng.randint(6, 9)) + "-1" + str(rng.randint(0, 9)),
                     str(rng.randint(3, 20)) + f"{rng.randint(1, 40):02d}"])
        ms.append(M(t, [nm, romaji(t)], [bd], [ph]))
    out.add("旅行/ハネムーン予約_2026.tsv", csv_bytes(["予約番号", "氏名", "ローマ字", "旅券番号", "生年月日", "携帯", "便名",
                                                    "出発日", "客室"], rows, delim="\t"), ms,
            {"予約番号": None, "氏名": "PERSON", "ローマ字": "PERSON", "旅券番号": "PASSPORT", "生年月日": "DATE_OF_BIRTH",
             "携帯": "PHONE", "便名": None, "出発日": None, "客室": None}, ["予約番号", "便名", "出発日", "客室"])

    for t in travellers:
        t.passport = pick(["TK", "TR", "TZ", "MU", "MZ"]) + f"{rng.randint(1000000, 9999999)}"
    s1, s2, ms = [], [], []
    for t in travellers:
        nm, bd, ph = name(t, "nosp"), fmt_birth(t.birth, "wabbr"), fmt_phone(t.mobile, "plain")
        s1.append([nm, romaji(t), t.passport, bd, ph])
        ms.append(M(t, [nm, romaji(t)], [bd], [ph]))
        if t.emerg is not None:
            e = t.emerg
            tp, ep = fmt_phone(t.mobile, "hy"), fmt_phone(e.mobile, "hy")
            s2.append([name(t), tp, name(e), e.rel, ep])
            ms += [M(t, [name(t)], [], [tp]), M(e, [name(e)], [], [ep])]
    out.add("旅行/渡航者名簿_2026.xlsx", xlsx_bytes([("旅行者", [], ["氏名", "ローマ字氏名", "旅券番号", "生年月日", "携帯電話"], s1),
                                                  ("緊急連絡先", [], ["旅行者氏名", "旅行者携帯", "緊急連絡先氏名", "続柄",
                                                                      "緊急連絡先電話"], s2)]), ms,
            {"氏名": "PERSON", "ローマ字氏名": "PERSON", "旅券番号": "PASSPORT", "生年月日": "DATE_OF_BIRTH", "携帯電話": "PHONE",
             "旅行者氏名": "PERSON", "旅行者携帯": "PHONE", "緊急連絡先氏名": "PERSON", "続柄": None, "緊急連絡先電話": "PHONE"}, [])

    # nested JSON itinerary: bookings by household
    bookings, ms = [], []
    groups = {}
    for t in travellers[:120]:
        groups.setdefault(t.h.hid, []).append(t)
    for hid in sorted(groups):
        ts = groups[hid]
        lead = ts[0]
        ln, lt, le = name(lead, "sp"), fmt_phone(lead.mobile, "fw"), fmt_email(lead.email, "upper")
        lbd = fmt_birth(lead.birth, "iso")
        ms.append(M(lead, [ln, kana(lead)], [lbd], [lt], [], [le]))
        trs = []
        for t in ts:
            tn, tb = name(t, "nosp"), fmt_birth(t.birth, "kanji")
            trs.append({"name": tn, "name_en": romaji(t, "western"), "passport": {"no": t.passport, "expiry": f"20{rng.randint(27, 35)}-0{rng.randint(1, 9)}-15"},
                        "birthday": tb})
            ms.append(M(t, [tn, romaji(t, "western")], [tb]))
        bookings.append({"booking_no": "".join(rng.choice("0123456789") for _ in range(12)), "plan": pick(["ハワイ5日間", "台北3日間", "パリ7日間", "沖縄4日間"]),
                         "lead": {"name": ln, "kana": kana(lead), "birthday": lbd, "tel": lt, "email": le}, "travellers": trs,
                         "flights": [{"flight_no": pick(["NH183", "JL73", "NH215", "JL99"]), "date": f"2026-08-{rng.randint(1, 28):02d}"}],
                         "hotel": {"name": pick(["ホテル佐藤", "グランド鈴木", "シーサイド高橋"]), "room": str(rng.randint(201, 1520))}})
    out.add("旅行/旅程_2026夏.json", json.dumps({"exported_at": "2026-06-30T09:00:00+09:00", "bookings": bookings},
                                               ensure_ascii=False, indent=1).encode(), ms,
            {"booking_no": None, "plan": None, "lead.name": "PERSON", "lead.kana": "PERSON", "lead.tel": "PHONE",
             "lead.email": "EMAIL", "lead.birthday": "DATE_OF_BIRTH", "travellers.name": "PERSON", "travellers.name_en": "PERSON",
             "travellers.passport.no": "PASSPORT", "travellers.passport.expiry": None, "travellers.birthday": "DATE_OF_BIRTH",
             "flights.flight_no": None, "flights.date": None, "hotel.name": None, "hotel.room": None},
            ["booking_no", "flights.flight_no", "flights.date", "hotel.name", "hotel.room", "travellers.passport.expiry"])

    # XML export; also the third link of address chains (name + address with prefecture + birth)
    xs, ms = [], []
    xml_people = travellers[60:200] + chains[18:36]
    for t in xml_people:
        nm, kn, bd = name(t, "sp"), kana(t, "hw"), fmt_birth(t.birth, "compact")
        ph, ad = fmt_phone(t.mobile, "paren"), t.h.addr("hyphen")
        xs.append(f"  <reservation>\n    <reservationNo>{rng.randint(10 ** 11, 10 ** 12 - 1)}</reservationNo>\n"
                  f"    <customer>\n      <name>{xesc(nm)}</name>\n      <kana>{xesc(kn)}</kana>\n      <birthDate>{bd}</birthDate>\n"
                  f"      <phone>{ph}</phone>\n      <address>\n        <zip>{t.h.zip}</zip>\n        <line>{xesc(ad)}</line>\n"
                  f"      </address>\n    </customer>\n    <tour>\n      <code>T{rng.randint(100, 999)}</code>\n"
                  f"      <departure>2026-{rng.randint(7, 12):02d}-{rng.randint(1, 28):02d}</departure>\n    </tour>\n  </reservation>")
        ms.append(M(t, [nm, kn], [bd], [ph], [ad]))
    out.add("旅行/予約システム出力_2026Q3.xml", ('<?xml version="1.0" encoding="UTF-8"?>\n<reservations>\n' + "\n".join(xs)
                                                + "\n</reservations>\n").encode(), ms,
            {"reservationNo": None, "customer.name": "PERSON", "customer.kana": "PERSON", "customer.birthDate": "DATE_OF_BIRTH",
             "customer.phone": "PHONE", "customer.address.zip": "POSTAL_CODE", "customer.address.line": "ADDRESS",
             "tour.code": None, "tour.departure": None}, ["reservationNo", "tour.departure"])

    # fixed width (CP932, byte columns); the third link of e-mail chains (name + phone + birth)
    def pad(s, n):
        b = s.encode("cp932")
        assert len(b) <= n, s
        return s + " " * (n - len(b))
    lines, ms = [pad("YOYAKU_NO", 13) + pad("SHIMEI", 17) + pad("KANA", 25) + pad("BIRTH", 9) + pad("TEL", 14)
                 + pad("DEPART", 9) + "FLIGHT"], []
    for t in travellers[140:200] + chains[:18]:
        nm, kn, bd, ph = name(t, "nosp"), kana(t, "hw").replace(" ", ""), fmt_birth(t.birth, "compact"), fmt_phone(t.mobile, "plain")
        lines.append(pad(str(rng.randint(10 ** 11, 10 ** 12 - 1)), 13) + pad(nm, 17) + pad(kn, 25) + pad(bd, 9) + pad(ph, 14)
                     + pad(f"2026{rng.randint(7, 12):02d}{rng.randint(1, 28):02d}", 9) + pick(["NH203", "JL407", "NH852"]))
        ms.append(M(t, [nm, kn], [bd], [ph]))
    out.add("旅行/固定長_予約データ_20260630.txt", ("\r\n".join(lines) + "\r\n").encode("cp932"), ms,
            {"YOYAKU_NO": None, "SHIMEI": "PERSON", "KANA": "PERSON", "BIRTH": "DATE_OF_BIRTH", "TEL": "PHONE",
             "DEPART": None, "FLIGHT": None}, ["YOYAKU_NO", "DEPART", "FLIGHT"])

    rows = [[f"{pick(['NH', 'JL'])}{rng.randint(1, 999)}", pick(["羽田", "成田", "関西"]), pick(["ホノルル", "台北", "パリ", "那覇", "シンガポール"]),
             f"{rng.randint(6, 23):02d}:{pick(['00', '15', '30', '45'])}", pick(["毎日", "月水金", "火木土"])] for _ in range(40)]
    out.add("旅行/フライト時刻表_2026夏.csv", csv_bytes(["便名", "出発空港", "到着地", "出発時刻", "運航日"], rows), [],
            {"便名": None, "出発空港": None, "到着地": None, "出発時刻": None, "運航日": None}, ["便名"])
    rows = [[pick(["ホテル佐藤", "グランド鈴木", "シーサイド高橋"]), f"{f}{r:02d}", pick(["ツイン", "ダブル", "スイート"]), rng.randint(18, 60) * 1000]
            for f in range(2, 12) for r in range(1, 5)]
    out.add("旅行/ホテル客室一覧.tsv", csv_bytes(["ホテル名", "客室番号", "タイプ", "1泊料金"], rows, delim="\t"), [],
            {"ホテル名": None, "客室番号": None, "タイプ": None, "1泊料金": None}, ["ホテル名", "客室番号"])

    # ---- 写真館
    rows, ms = [], []
    for i, (par, kids) in enumerate(photo[:140]):
        pn, pk, pt = name(par, "sp"), kana(par, "hw"), fmt_phone(par.mobile, "hy")
        ad = par.h.addr("nopref")
        for kd in kids:
            kn, kk, kb = name(kd, "nosp"), kana(kd, "hira"), fmt_birth(kd.birth, "wabbr")
            rows.append([f"C{5000 + i}", pn, pk, pt, par.h.zip, ad, kn, kk, kb, f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                         pick(["七五三", "お宮参り", "バースデー", "入学記念"]), jan(rng)])
            ms += [M(par, [pn, pk], [], [pt], [ad]), M(kd, [kn, kk], [kb], [], [ad])]
    out.add("写真館/顧客台帳.csv", csv_bytes(["顧客番号", "保護者氏名", "保護者フリガナ", "電話番号", "郵便番号", "住所", "お子様氏名",
                                             "お子様ふりがな", "お子様生年月日", "撮影日", "プラン", "商品JAN"], rows, enc="cp932", crlf=True), ms,
            {"顧客番号": None, "保護者氏名": "PERSON", "保護者フリガナ": "PERSON", "電話番号": "PHONE", "郵便番号": "POSTAL_CODE",
             "住所": "ADDRESS", "お子様氏名": "PERSON", "お子様ふりがな": "PERSON", "お子様生年月日": "DATE_OF_BIRTH",
             "撮影日": None, "プラン": None, "商品JAN": None}, ["顧客番号", "撮影日", "商品JAN"])

    lines, ms = [], []
    for i, (par, kids) in enumerate(photo[40:170]):
        pn, pt, pe = name(par, "nosp"), fmt_phone(par.mobile, "sp"), fmt_email(par.email, "lower")
        ch = []
        for kd in kids:
            kn, kb = name(kd, "sp"), fmt_birth(kd.birth, pick(["iso", "wareki"]))
            ch.append({"name": kn, "birthday": kb})
            ms.append(M(kd, [kn], [kb]))
        ms.append(M(par, [pn], [], [pt], [], [pe]))
        lines.append(json.dumps({"reservation_id": f"R-2026-{i:04d}", "shoot_date": f"2026-11-{rng.randint(1, 28):02d}",
                                 "parent": {"name": pn, "tel": pt, "email": pe}, "children": ch,
                                 "plan": {"code": f"SG{rng.randint(1, 9)}", "name": pick(["七五三 和装プラン", "七五三 洋装プラン"])},
                                 "jan": jan(rng)}, ensure_ascii=False))
    out.add("写真館/七五三予約_2026.jsonl", ("\n".join(lines) + "\n").encode(), ms,
            {"reservation_id": None, "shoot_date": None, "parent.name": "PERSON", "parent.tel": "PHONE", "parent.email": "EMAIL",
             "children.name": "PERSON", "children.birthday": "DATE_OF_BIRTH", "plan.code": None, "plan.name": None, "jan": None},
            ["reservation_id", "shoot_date", "jan"])

    cards, ms = [], []
    for par, kids in photo[:60]:
        fn = name(par, "sp")
        tel = fmt_phone(par.mobile, "hy")
        em = fmt_email(par.email, "title")
        bd = fmt_birth(par.birth, "iso") if rng.random() < .5 else ""
        h = par.h
        adr = f";;{h.town}{h.c}-{h.b}-{h.g}{(' ' + h.bldg) if h.bldg else ''};{h.city};{h.pref};{h.zip};日本"
        c = ["BEGIN:VCARD", "VERSION:3.0", f"N:{par.sur};{par.given};;;", f"FN:{fn}", f"TEL;TYPE=CELL:{tel}",
             f"EMAIL;TYPE=HOME:{em}", f"ADR;TYPE=HOME:{adr}"]
        if h.home:
            c.append(f"TEL;TYPE=HOME:{fmt_phone(h.home, 'hy')}")
        if bd:
            c.append(f"BDAY:{bd}")
        c.append("END:VCARD")
        cards.append("\r\n".join(c))
        ms.append(M(par, [fn, par.sur + par.given], [bd] if bd else [], [tel], [], [em]))
    for co in [f"株式会社{SUR[3][0]}フォトラボ", f"有限会社{SUR[20][0]}写真材料", f"{SUR[7][0]}額縁店"]:
        cards.append("\r\n".join(["BEGIN:VCARD", "VERSION:3.0", f"FN:{co}", f"ORG:{co}", f"TEL;TYPE=WORK:03-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}",
                                  f"EMAIL;TYPE=WORK:info@{rng.choice(['photolab', 'shashin', 'gakubuchi'])}.example.co.jp", "END:VCARD"]))
    out.add("写真館/お客様連絡先.vcf", ("\r\n".join(cards) + "\r\n").encode(), ms,
            {"VERSION": None, "N": "PERSON", "FN": "PERSON", "TEL": "PHONE", "EMAIL": "EMAIL", "ADR": "ADDRESS",
             "BDAY": "DATE_OF_BIRTH", "ORG": None}, ["ORG"])

    # memos: one customer on several lines
    for k in range(4):
        par, kids = photo[100 + k * 7]
        lines = [f"撮影メモ {2026}/{k + 6}/{12 + k}", "",
                 f"お客様: {name(par, 'ideo')}", f"フリガナ: {kana(par, 'sp')}", f"生年月日: {fmt_birth(par.birth, 'wareki')}",
                 f"住所: {par.h.addr('fw')}", f"電話: {fmt_phone(par.mobile, 'intlh')}", f"メール: {par.email}"]
        m = M(par, [name(par, "ideo"), kana(par)], [fmt_birth(par.birth, "wareki")], [fmt_phone(par.mobile, "intlh")],
              [par.h.addr("fw")], [par.email])
        ms = [m]
        if k == 3:
            kd = kids[0]
            lines.append(f"お子様: {name(kd)}（{fmt_birth(kd.birth, 'wareki')}生）")
            ms.append(M(kd, [name(kd)], [fmt_birth(kd.birth, "wareki")]))
        lines += ["", "ご要望: 自然光で。兄弟写真も追加検討。スタジオBを予約済み。", "担当: フォト課"]
        out.add(f"写真館/撮影メモ/memo_{k + 1:02d}.txt", ("\n".join(lines) + "\n").encode(), ms)

    rows, ms = [], []
    for i, (par, kids) in enumerate(photo[80:120]):
        pn, pt = name(par, "sp"), fmt_phone(par.mobile, "fw")
        rows.append([f"{9 + i % 8}:00", pick(["A", "B", "C"]), f"R{rng.randint(10000, 99999)}", pn, pt, pick(["七五三", "お宮参り", "家族写真"])])
        ms.append(M(par, [pn], [], [pt]))
    out.add("写真館/撮影スケジュール_2026-11.md", md_table("撮影スケジュール 2026年11月", ["時間", "スタジオ", "予約番号", "保護者", "連絡先", "撮影内容"], rows),
            ms, {"時間": None, "スタジオ": None, "予約番号": None, "保護者": "PERSON", "連絡先": "PHONE", "撮影内容": None}, ["予約番号"])

    rows = [[f"SP{i:03d}", pick(["六つ切り台紙", "アルバム20P", "データ全カット", "キャビネ", "A4パネル"]), rng.randint(5, 80) * 1000, jan(rng)] for i in range(30)]
    out.add("写真館/商品価格表_2026.xlsx", xlsx_bytes([("価格表", [["写真館 商品価格表 2026年版"], ["税込価格 / 2026年4月改定"], []],
                                                      ["商品コード", "商品名", "価格", "JANコード"], rows)]), [],
            {"商品コード": None, "商品名": None, "価格": None, "JANコード": None}, ["商品コード", "価格", "JANコード"])

    # ---- 総務
    rows, ms = [], []
    for s in staff:
        nm, kn, bd, ph, ad = name(s, "sp"), kana(s, "sp"), fmt_birth(s.birth, "slash"), fmt_phone(s.mobile, "hy"), s.h.addr("chome")
        rows.append([s.staff_no, nm, kn, bd, f"20{rng.randint(10, 25)}-04-01", pick(["婚礼部", "旅行デスク", "写真館", "総務部"]),
                     ph, s.work, ad, "パート" if s.part else "正社員"])
        ms.append(M(s, [nm, kn], [bd], [ph], [ad], [s.work]))
    out.add("総務/社員名簿_2026.xlsx", xlsx_bytes([("社員名簿", [["社員名簿（2026年6月1日現在）"], ["取扱注意・社外秘"], []],
                                                  ["社員番号", "氏名", "フリガナ", "生年月日", "入社日", "部署", "携帯電話", "社用メール", "住所", "雇用区分"], rows)]),
            ms, {"社員番号": None, "氏名": "PERSON", "フリガナ": "PERSON", "生年月日": "DATE_OF_BIRTH", "入社日": None, "部署": None,
                 "携帯電話": "PHONE", "社用メール": "EMAIL", "住所": "ADDRESS", "雇用区分": None}, ["社員番号", "入社日"])

    rows, ms = [], []
    for s in staff:
        nm, bd = name(s, "nosp"), fmt_birth(s.birth, "wareki")
        r = [s.staff_no, nm, s.mn, bd]
        ms.append(M(s, [nm], [bd], [], [], [], [s.mn]))
        for j in range(3):
            if j < len(s.deps):
                d = s.deps[j]
                dn, db = name(d, "nosp"), fmt_birth(d.birth, "wareki")
                r += [dn, d.rel, db, d.mn]
                ms.append(M(d, [dn], [db], [], [], [], [d.mn]))
            else:
                r += ["", "", "", ""]
        rows.append(r)
    hdr = ["社員番号", "氏名", "個人番号", "生年月日"]
    cols = {"社員番号": None, "氏名": "PERSON", "個人番号": "MY_NUMBER", "生年月日": "DATE_OF_BIRTH"}
    for j in range(1, 4):
        hdr += [f"扶養{j}_氏名", f"扶養{j}_続柄", f"扶養{j}_生年月日", f"扶養{j}_個人番号"]
        cols.update({f"扶養{j}_氏名": "PERSON", f"扶養{j}_続柄": None, f"扶養{j}_生年月日": "DATE_OF_BIRTH", f"扶養{j}_個人番号": "MY_NUMBER"})
    out.add("総務/扶養控除等申告_2026.csv", csv_bytes(hdr, rows, enc="cp932", crlf=True), ms, cols, ["社員番号"])

    rows, ms = [], []
    for s in staff:
        nm, ph = name(s, "sp"), fmt_phone(s.mobile, "intl")
        rows.append([s.staff_no, nm, ph, s.bank, s.branch, "普通", s.acct, kana(s, "hw")])
        ms.append(M(s, [nm, kana(s, "hw")], [], [ph]))
    out.add("総務/給与振込口座一覧.xlsx", xlsx_bytes([("口座", [], ["社員番号", "氏名", "連絡先", "銀行名", "支店名", "種別", "口座番号", "口座名義"], rows)]), ms,
            {"社員番号": None, "氏名": "PERSON", "連絡先": "PHONE", "銀行名": None, "支店名": None, "種別": None, "口座番号": "BANK_ACCOUNT",
             "口座名義": "PERSON"}, ["社員番号", "銀行名", "支店名"])

    rows, ms = [], []
    parts = [s for s in staff if s.part]
    for d in range(1, 31):
        for s in rng.sample(parts, 3):
            nm, ph = name(s, pick(["sp", "nosp"])), fmt_phone(s.mobile, "hy")
            rows.append([f"6/{d}", nm, ph, pick(["早番", "遅番", "通し"])])
            ms.append(M(s, [nm], [], [ph]))
    out.add("総務/シフト表_2026-06.md", md_table("アルバイト・パート シフト表 2026年6月", ["日付", "担当", "携帯", "区分"], rows), ms,
            {"日付": None, "担当": "PERSON", "携帯": "PHONE", "区分": None}, [])

    rows, ms = [], []
    for s in staff:
        nm, ph = name(s, "ideo"), fmt_phone(s.mobile, "fw")
        rows.append([pick(["婚礼部", "旅行デスク", "写真館", "総務部"]), nm, ph])
        ms.append(M(s, [nm], [], [ph]))
    out.add("総務/緊急連絡網_2026.docx", docx_bytes([("h", "緊急連絡網（2026年度）"), ("p", f"災害時は代表 {SWITCHBOARD} が不通の場合、以下の順に連絡してください。"),
                                                   ("t", ["部署", "氏名", "携帯"], rows)]), ms)

    rows, ms = [], []
    for s in rng.sample(staff, 9):
        nm, bd = name(s, "sp"), fmt_birth(s.birth, "dot")
        rows.append([nm, bd, pick(["血圧高値 要再検査", "肝機能 要精密検査", "糖尿病 治療中", "視力 経過観察"]), pick(["7月中", "8月中"])])
        ms.append(M(s, [nm], [bd]))
    out.add("総務/健康診断_要再検査者.csv", csv_bytes(["氏名", "生年月日", "所見", "再検査期限"], rows, bom=True), ms,
            {"氏名": "PERSON", "生年月日": "DATE_OF_BIRTH", "所見": "SENSITIVE", "再検査期限": None}, [])

    recs, ms = [], []
    for s in staff[:14]:
        bd = fmt_birth(s.birth, "compact")
        recs.append({"shain_no": s.staff_no, "shimei": name(s, "nosp"), "kana": kana(s, "nosp"), "seinengappi": bd,
                     "unten_menkyo": s.license, "nenkin_no": s.pension, "hoken": {"kigo": s.kigo, "bango": s.bango},
                     "kouza": {"ginko": s.bank, "shiten": s.branch, "bango": s.acct, "meiginin": kana(s, "hw")}})
        ms.append(M(s, [name(s, "nosp"), kana(s, "nosp"), kana(s, "hw")], [bd]))
    out.add("総務/送迎ドライバー_staff_export.json", json.dumps({"staff": recs}, ensure_ascii=False, indent=2).encode(), ms,
            {"shain_no": None, "shimei": "PERSON", "kana": "PERSON", "seinengappi": "DATE_OF_BIRTH", "unten_menkyo": "DRIVERS_LICENSE",
             "nenkin_no": "PENSION_NUMBER", "hoken.kigo": "HEALTH_INSURANCE", "hoken.bango": "HEALTH_INSURANCE", "kouza.ginko": None,
             "kouza.shiten": None, "kouza.bango": "BANK_ACCOUNT", "kouza.meiginin": "PERSON"}, ["shain_no", "kouza.ginko", "kouza.shiten"])

    out.add("総務/年末調整のお知らせ.docx", docx_bytes([("h", "年末調整書類提出のお願い"), ("p", "社員各位"),
                                                      ("p", "扶養控除等申告書を11月20日までに総務部へ提出してください。個人番号欄の記入漏れにご注意ください。"),
                                                      ("p", f"問い合わせ: 総務部（内線 210 / {SWITCHBOARD} 代表） soumu@{DOMAIN}")]))
    out.add("総務/就業規則_抜粋.md", ("# 就業規則（抜粋）\n\n第12条 従業員は、業務上知り得た顧客の個人情報を第三者に漏らしてはならない。\n\n"
                                    "第13条 扶養家族に異動があった場合は、14日以内に総務部に届け出ること。\n\n"
                                    "第20条 記入例として用いる氏名（山田太郎 等）は実在の人物を指さない。\n").encode())

    # ---- 営業: inquiries
    recs, ms = [], []
    for i, q in enumerate(inquirers):
        nm, kn, em, ph = name(q, pick(["sp", "nosp"])), kana(q, "sp"), q.email, fmt_phone(q.mobile, pick(["hy", "plain"]))
        bd = fmt_birth(q.birth, "iso")
        recs.append({"received_at": f"2026-0{rng.randint(1, 6)}-{rng.randint(10, 28)}T{rng.randint(9, 21)}:00:00+09:00",
                     "form": {"name": nm, "kana": kn, "email": em, "tel": ph, "birthday": bd},
                     "inquiry": {"category": pick(["挙式", "フォト婚", "ハネムーン", "七五三"]), "message": "資料を送ってください。"}})
        ms.append(M(q, [nm, kn], [bd], [ph], [], [em]))
        if q.email2:
            nm2, ph2 = name(q, "ideo"), fmt_phone(q.mobile, "paren")
            recs.append({"received_at": f"2026-06-{rng.randint(10, 28)}T{rng.randint(9, 21)}:30:00+09:00",
                         "form": {"name": nm2, "kana": kana(q, "hw"), "email": q.email2, "tel": ph2, "birthday": fmt_birth(q.birth, "slash")},
                         "inquiry": {"category": "挙式", "message": "メールアドレスを変更しました。再送をお願いします。"}})
            ms.append(M(q, [nm2, kana(q, "hw")], [fmt_birth(q.birth, "slash")], [ph2], [], [q.email2]))
    out.add("営業/問い合わせ/フォーム受信_2026上期.json", json.dumps(recs, ensure_ascii=False, indent=1).encode(), ms,
            {"received_at": None, "form.name": "PERSON", "form.kana": "PERSON", "form.email": "EMAIL", "form.tel": "PHONE",
             "form.birthday": "DATE_OF_BIRTH", "inquiry.category": None, "inquiry.message": "TEXT"}, [])

    # HTML table: the first link of e-mail chains (name + e-mail only)
    rows, ms = [], []
    for q in inquirers[150:220]:
        em = fmt_email(q.email, "upper")
        rows.append([f"2026/06/{rng.randint(1, 28):02d}", name(q), kana(q, "hw"), em, fmt_phone(q.mobile, "hy"), "見学予約"])
        ms.append(M(q, [name(q), kana(q, "hw")], [], [fmt_phone(q.mobile, "hy")], [], [em]))
    for c in chains[:18]:
        rows.append([f"2026/06/{rng.randint(1, 28):02d}", name(c, "nosp"), kana(c, "hw"), c.email, "", "資料請求"])
        ms.append(M(c, [name(c, "nosp"), kana(c, "hw")], [], [], [], [c.email]))
    rng.shuffle(rows)
    out.add("営業/問い合わせ/フォーム受信一覧.html", html_table("Webフォーム受信一覧（2026年6月）", ["受信日", "お名前", "フリガナ", "メールアドレス", "電話番号", "ご相談内容"], rows),
            ms, {"受信日": None, "お名前": "PERSON", "フリガナ": "PERSON", "メールアドレス": "EMAIL", "電話番号": "PHONE", "ご相談内容": "TEXT"}, [])

    # HTML vertical form exports
    body, ms = [], []
    for q in inquirers[100:110]:
        ad = q.h.addr("chome")
        body.append(f'<h2>お問い合わせ #{rng.randint(1000, 9999)}</h2>\n<table class="form">\n'
                    f"<tr><th>お名前</th><td>{name(q)} 様</td></tr>\n<tr><th>メールアドレス</th><td>{fmt_email(q.email, 'title')}</td></tr>\n"
                    f"<tr><th>電話番号</th><td>{fmt_phone(q.mobile, 'paren')}</td></tr>\n<tr><th>ご住所</th><td>{ad}</td></tr>\n"
                    f"<tr><th>生年月日</th><td>{fmt_birth(q.birth, 'kanji')}</td></tr>\n<tr><th>ご質問</th><td>駐車場はありますか。</td></tr>\n</table>")
        ms.append(M(q, [name(q)], [fmt_birth(q.birth, "kanji")], [fmt_phone(q.mobile, "paren")], [ad], [fmt_email(q.email, "title")]))
    out.add("営業/問い合わせ/フォーム控え_詳細.html", ('<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>フォーム控え</title></head><body>\n'
                                               + "\n".join(body) + "\n</body></html>\n").encode(), ms,
            {"お名前": "PERSON", "メールアドレス": "EMAIL", "電話番号": "PHONE", "ご住所": "ADDRESS", "生年月日": "DATE_OF_BIRTH", "ご質問": "TEXT"}, [])

    # survey (e-mail only) -- first link of the address chains
    rows, ms = [], []
    for c in chains[18:36]:
        em = fmt_email(c.email, "title")
        rows.append([name(c, "sp"), em, rng.randint(1, 5), pick(["20代", "30代", "40代"]), "スタッフの対応が丁寧でした。"])
        ms.append(M(c, [name(c)], [], [], [], [em]))
    for g, b, *_ in couples[100:130]:
        rows.append([name(b, "nosp"), b.email, rng.randint(3, 5), "20代", "料理がおいしかったです。"])
        ms.append(M(b, [name(b, "nosp")], [], [], [], [b.email]))
    out.add("営業/アンケート回答_2026.csv", csv_bytes(["回答者", "メール", "満足度", "年代", "自由記述"], rows), ms,
            {"回答者": "PERSON", "メール": "EMAIL", "満足度": None, "年代": None, "自由記述": "TEXT"}, [])
    # bride e-mails must reach the bride elsewhere: the 2026 sheet has no bride e-mail, so a welcome letter does
    letters = []
    ms = []
    for c in chains[18:36]:
        ad = c.h.addr("nopref")
        letters += [("p", f"〒{c.h.zip}　{ad}"), ("p", f"{name(c)} 様（{c.email.upper()}）"),
                    ("p", "このたびは会員登録ありがとうございます。"), ("p", "―" * 10)]
        ms.append(M(c, [name(c)], [], [], [ad], [c.email.upper()]))
    for g, b, *_ in couples[100:130]:
        bt, bad = fmt_phone(b.mobile, "hy"), b.h.addr("nopref_chome")
        letters += [("p", f"〒{b.h.zip}　{bad}"), ("p", f"{name(b)} 様　携帯 {bt}　{fmt_email(b.email, 'upper')}"),
                    ("p", "アンケートへのご協力ありがとうございました。"), ("p", "―" * 10)]
        ms.append(M(b, [name(b)], [], [bt], [bad], [fmt_email(b.email, "upper")]))
    out.add("営業/会員登録のお礼_差込印刷.docx", docx_bytes([("h", "会員登録・アンケートのお礼（差込印刷結果）")] + letters), ms)

    # e-mail threads (eml) with quoted replies
    for k in range(6):
        if k < 3:
            cust = inquirers[k * 11]
        else:
            cust = couples[160 + k][1]
        st = staff[k]
        cn = name(cust)
        ct = fmt_phone(cust.mobile, pick(["hy", "intl"]))
        first = (f"{COMPANY} ご担当者様\n\nはじめまして、{cn}と申します。\n来年の挙式について相談させてください。\n\n--\n{cn}\n"
                 f"携帯: {ct}\n")
        reply = (f"{cn} 様\n\nお問い合わせありがとうございます。{COMPANY} 婚礼部の{name(st)}でございます。\n"
                 f"ご来館日のご希望をお知らせください。\n\n{name(st)}\n{COMPANY} 婚礼部\nTEL {SWITCHBOARD}（代表）\n{st.work}\n\n"
                 + "".join("> " + ln + "\n" for ln in first.splitlines()))
        cs = "iso-2022-jp" if k % 3 == 0 else "utf-8"
        cust_addr = fmt_email(cust.email, pick(["lower", "title"]))
        mid = f"<2026{k:02d}.{cust.pid}@{DOMAIN}>"
        data = eml(f"{name(st, 'nosp')} <{st.work}>", f"{cn} <{cust_addr}>", "Re: 挙式のご相談", "Tue, 02 Jun 2026 10:15:00 +0900",
                   reply, mid, cte="quoted-printable" if k % 3 == 1 else "8bit", charset=cs, in_reply=f"<q{k}@{DOMAIN}>")
        ms = [M(cust, [cn], [], [ct], [], [cust_addr]), M(st, [name(st), name(st, "nosp")], [], [], [], [st.work])]
        out.add(f"営業/メール/Re_挙式のご相談_{k + 1}.eml", data, ms)

    # mbox: the middle link of e-mail chains (e-mail in another case + name + phone), and inquirers
    msgs, ms = [], []
    for i, c in enumerate(chains[:18] + inquirers[20:34]):
        em = fmt_email(c.email, "title" if i % 2 else "upper")
        ph = fmt_phone(c.mobile, "intl" if i % 2 else "fw")
        st = staff[12 + i % 8]
        body = (f"{name(st)} 様\n\nお世話になっております。{name(c)}です。\n先日の件、了解しました。\n\n"
                f"> {name(c, 'nosp')} 様\n> 見学日のご希望をお知らせください。\n> {name(st)}（{st.work}）\n\n{name(c)}\nTEL {ph}\n")
        day = dt.datetime(2026, 6, i % 28 + 1, 9, i % 60)
        raw = eml(f"{name(c)} <{em}>", f"{name(st)} <{st.work}>", "Re: 見学日のご案内", day.strftime("%a, %d %b %Y %H:%M:00 +0900"),
                  body, f"<mb{i}.{c.pid}@{DOMAIN}>")
        text = raw.decode("utf-8").replace("\r\n", "\n")
        text = re.sub(r"(?m)^From ", ">From ", text)
        msgs.append(f"From {em} {day.strftime('%a %b')} {day.day:2d} {day:%H:%M}:00 2026\n{text}\n")
        ms += [M(c, [name(c), name(c, "nosp")], [], [ph], [], [em]), M(st, [name(st)], [], [], [], [st.work])]
    out.add("営業/メール/2026-06_受信箱.mbox", "".join(msgs).encode(), ms)

    # LINE chat logs: nickname speakers, the customer gives name and phone once
    for f in range(2):
        lines, ms = [], []
        for k in range(3):
            q = inquirers[40 + f * 3 + k]
            nick = pick(["みぃ🌸", "Rabbit", "ゆうくん", "🍀hana🍀", "まるちゃん", "Kei_0731"])
            ph = fmt_phone(q.mobile, pick(["plain", "hy", "fw"]))
            day = dt.date(2026, 6, 10 + f * 3 + k)
            lines += [f"{day:%Y/%m/%d}({'月火水木金土日'[day.weekday()]})", f"10:0{k}\t{nick}\tはじめまして！フォトウェディングについて聞きたいです",
                      f"10:0{k + 3}\tプランナー\tお問い合わせありがとうございます。お名前とご連絡先をお願いいたします。",
                      f"10:1{k}\t{nick}\t{name(q, 'nosp')}です。電話は{ph}です",
                      f"10:2{k}\tプランナー\tありがとうございます。担当より折り返しご連絡いたします。", ""]
            ms.append(M(q, [name(q, "nosp")], [], [ph]))
        out.add(f"営業/LINE/トーク履歴_2026-06_{f + 1}.txt", "\n".join(lines).encode(), ms)

    # sales meeting minutes: staff by work e-mail, customers with a phone nearby, in prose
    cs = [inquirers[60], inquirers[61], couples[170][0]]
    p1 = fmt_phone(cs[0].mobile, "hy")
    p2 = fmt_phone(cs[1].mobile, "paren")
    b3 = fmt_birth(cs[2].birth, "slash")
    blocks = [("h", "営業会議 議事録 2026年6月"), ("p", f"出席: {name(staff[0])}（{staff[0].work}）、{name(staff[3])}（{staff[3].work}）、{name(staff[30])}（{staff[30].work}）"),
              ("p", f"1. 見学予約の{name(cs[0])}様（{p1}）は9月のフェアにご招待。"),
              ("p", f"2. {name(cs[1], 'nosp')}様より電話（{p2}）、ハネムーンの見積を再送。"),
              ("p", f"3. 成約済 {name(cs[2])}様（{b3}生）のアルバム納品は7月末。"),
              ("p", "4. 来期目標: 成約 260 組、旅行デスク売上 1.2 億円。")]
    ms = [M(staff[0], [name(staff[0])], email=[staff[0].work]), M(staff[3], [name(staff[3])], email=[staff[3].work]),
          M(staff[30], [name(staff[30])], email=[staff[30].work]), M(cs[0], [name(cs[0])], [], [p1]),
          M(cs[1], [name(cs[1], "nosp")], [], [p2]), M(cs[2], [name(cs[2])], [b3])]
    out.add("営業/営業会議_議事録_2026-06.docx", docx_bytes(blocks), ms)

    rows, ms = [], []
    for q in inquirers[110:150]:
        nm, ph = name(q, "nosp"), fmt_phone(q.mobile, "sp")
        rows.append([f"6/{rng.randint(1, 30)}", f"{rng.randint(10, 18)}:00", nm, ph, pick(["チャペル見学", "試食会", "ドレス試着"])])
        ms.append(M(q, [nm], [], [ph]))
    out.add("営業/来店予約_2026-06.md", md_table("来店予約一覧 2026年6月", ["日付", "時間", "お名前", "電話", "内容"], rows), ms,
            {"日付": None, "時間": None, "お名前": "PERSON", "電話": "PHONE", "内容": None}, [])

    # ---- 経理
    rows = []
    for i in range(24):
        s = SUR[(i * 7) % len(SUR)][0]
        co = pick([f"株式会社{s}生花店", f"有限会社{s}写真館", f"{s}印刷株式会社", f"株式会社{s}トラベル", f"有限会社{s}衣裳"])
        rows.append([co, corp_number(rng), f"03-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}",
                     pick(["info", "sales", "support", "order"]) + f"@{pick(['hana', 'print', 'travel', 'isho'])}{i}.example.co.jp",
                     f"東京都{pick(['中央区', '港区', '新宿区'])}{pick(['銀座', '芝', '西新宿'])}{rng.randint(1, 8)}-{rng.randint(1, 20)}-{rng.randint(1, 9)}",
                     pick(["みずほ銀行 新宿支店", "三井住友銀行 銀座支店", "りそな銀行 芝支店"]), pick(["月末締め翌月末払い", "20日締め翌月10日払い"])])
    out.add("経理/取引先一覧.csv", csv_bytes(["取引先名", "法人番号", "代表電話", "メール", "所在地", "振込先", "支払条件"], rows, enc="cp932", crlf=True), [],
            {"取引先名": None, "法人番号": "CORPORATE_NUMBER", "代表電話": "?", "メール": "?", "所在地": "?", "振込先": None, "支払条件": None},
            ["取引先名", "振込先"])
    rows = [[ag, rng.randint(10, 300), rng.randint(100, 9000) * 10000, f"{rng.randint(5, 40)}%"] for ag in ["20代", "30代", "40代", "50代", "60代以上"]]
    out.add("経理/年代別_売上統計_2025.xlsx", xlsx_bytes([("年代別", [["2025年度 年代別売上"], []], ["年代", "件数", "売上", "構成比"], rows)]), [],
            {"年代": None, "件数": None, "売上": None, "構成比": None}, [])
    rows, ms = [], []
    for g, b, wd, bk, plan in couples[:120:4]:
        kn, ph = kana(g, "hw"), fmt_phone(g.mobile, "plain")
        rows.append([f"2026/06/{rng.randint(1, 28):02d}", kn, ph, rng.randint(10, 80) * 10000, bk])
        ms.append(M(g, [kn], [], [ph]))
    out.add("経理/入金明細_2026-06.csv", csv_bytes(["入金日", "振込依頼人", "依頼人電話", "金額", "照合受付番号"], rows), ms,
            {"入金日": None, "振込依頼人": "PERSON", "依頼人電話": "PHONE", "金額": None, "照合受付番号": None}, ["金額", "照合受付番号"])

    # ---- 共有 / 企画
    out.add("共有/テンプレート/申込書_記入例.docx", docx_bytes([
        ("h", "お申込書（記入例）"), ("p", "お名前: 山田 花子（ヤマダ ハナコ）"), ("p", "生年月日: 平成2年1月1日"),
        ("p", "ご住所: 〒100-0001 東京都千代田区千代田1-1"), ("p", "電話: 03-0000-0000　メール: hanako@example.com"),
        ("p", "※ 上記は記入例です。")]))
    out.add("共有/テンプレート/宛名ラベル.xlsx", xlsx_bytes([("ラベル", [], ["郵便番号", "住所", "氏名"], [["〒000-0000", "〇〇県〇〇市〇〇町1-2-3", "〇〇 〇〇 様"]] * 3)]),
            [], {"郵便番号": "?", "住所": "?", "氏名": "?"}, [])
    out.add("共有/テンプレート/顧客台帳_フォーマット.csv", csv_bytes(["氏名", "フリガナ", "生年月日", "電話番号", "メール"], [], bom=True), [],
            {"氏名": "?", "フリガナ": "?", "生年月日": "?", "電話番号": "?", "メール": "?"}, [])
    slides = [["ブライダルフェア 2026 スタッフ紹介"]]
    ms = []
    for s in staff[:8]:
        slides.append([f"{name(s)}（{pick(['チーフプランナー', 'プランナー', 'フォトグラファー', '旅行コンシェルジュ'])}）",
                       "好きな花: " + pick(FLOWERS), f"ご相談はこちら: {s.work}"])
        ms.append(M(s, [name(s)], email=[s.work]))
    out.add("企画/ブライダルフェア2026_スタッフ紹介.pptx", pptx_bytes(slides), ms)
    out.add("企画/2026秋フェア日程.pptx", pptx_bytes([["2026 秋のブライダルフェア"], ["9/12(土) チャペル見学会", "9/13(日) 試食会", "10/3(土) ドレス試着会"],
                                                  ["会場: 本館グランドホール（さくら卓・すみれ卓）", f"お問い合わせ: info@{DOMAIN} / {SWITCHBOARD}（代表）"]]))
    out.add("企画/アンケート集計結果_2025.json", json.dumps({"period": "2025", "responses": 812, "by_age": {"20代": 301, "30代": 402, "40代以上": 109},
                                                          "satisfaction": {"5": 410, "4": 300, "3": 80, "2": 15, "1": 7}}, ensure_ascii=False, indent=2).encode(),
            [], {"period": None, "responses": None, "by_age.20代": None, "by_age.30代": None, "by_age.40代以上": None, "satisfaction.5": None,
                 "satisfaction.4": None, "satisfaction.3": None, "satisfaction.2": None, "satisfaction.1": None}, [])
    out.add("企画/会議メモ_売上目標.txt", ("売上目標メモ\n\n・婚礼: 成約 260 組（前年 240 組）\n・旅行デスク: ハネムーン 90 件\n"
                                      "・写真館: 七五三 180 件\n・佐藤ガーデンプラン、鈴木チャペル挙式 は価格改定予定\n"
                                      f"・問い合わせ窓口は info@{DOMAIN} と support@{DOMAIN} に統一\n").encode())

    # ==================================================================================== database
    db = build_db(rng, W, staff, couples, travellers, photo, inquirers, PLANS)
    return out, db


# --------------------------------------------------------------------------------------------- database
def build_db(rng, W, staff, couples, travellers, photo, inquirers, PLANS):
    pick = rng.choice
    T = {}  # table -> dict(columns, hn, rows(list of dict), mentions(list per row), order)

    def table(nm, cols, hn, rows, ments):
        T[nm] = {"columns": cols, "hn": hn, "rows": rows, "ments": ments}

    # customers (with re-registrations and homonyms)
    rows, ments = [], []
    db_only = []
    for _ in range(120):
        h = W.household()
        db_only.append(W.person(h, born=(1960, 2003), kind="dbonly"))
    # homonyms: a different person with the same name as an existing customer
    homs = []
    for src in db_only[:12]:
        h = W.household()
        p = W.person(h, sex=src.sex, born=(1960, 2003), sur=(src.sur, src.sur_k, src.sur_r), kind="dbonly")
        homs.append(p)
    # force same given name (keys differ: birth/phone/address/email are the homonym's own)
    for src, p in zip(db_only[:12], homs):
        p.given, p.given_k, p.given_r = src.given, src.given_k, src.given_r
        assert (p.birth != src.birth)
    cust = [c[0] for c in couples[100:240]] + [c[1] for c in couples[100:240:2]] + inquirers[:150] + [p for p, _ in photo[30:110]] \
        + db_only + homs
    cid = 0
    for i, p in enumerate(cust):
        cid += 1
        nm = name(p, "sp" if i % 3 else "nosp")
        tel = fmt_phone(p.mobile, "hy" if i % 4 else "plain")
        ad = p.h.addr("chome" if i % 2 else "hyphen")
        r = {"customer_id": cid, "member_no": f"M{200000 + cid}", "name": nm, "kana": kana(p, "sp"), "birthday": p.birth,
             "tel": tel, "email": p.email, "zip": p.h.zip, "address": ad, "registered_on": dt.date(2025, 1, 1) + dt.timedelta(days=i % 500)}
        rows.append(r)
        ments.append([M(p, [nm, kana(p)], [p.birth.isoformat()], [tel], [ad], [p.email])])
        if getattr(p, "email2", None) or (p.kind == "dbonly" and i % 7 == 0):
            cid += 1
            e2 = getattr(p, "email2", None) or f"{p.sur_r.lower()}{cid}@{pick(MAIL_DOMAINS)}"
            W.used_email.add(e2)
            r2 = dict(r, customer_id=cid, member_no=f"M{200000 + cid}", email=e2, address=p.h.addr("fw"),
                      registered_on=dt.date(2026, 3, 1) + dt.timedelta(days=i % 90))
            rows.append(r2)
            ments.append([M(p, [nm, kana(p)], [p.birth.isoformat()], [tel], [p.h.addr("fw")], [e2])])
    table("customers", {"customer_id": None, "member_no": None, "name": "PERSON", "kana": "PERSON", "birthday": "DATE_OF_BIRTH",
                        "tel": "PHONE", "email": "EMAIL", "zip": "POSTAL_CODE", "address": "ADDRESS", "registered_on": None},
          ["customer_id", "member_no", "registered_on"], rows, ments)

    rows, ments = [], []
    for i, (g, b, wd, bk, plan) in enumerate(couples[90:240]):
        gt = fmt_phone(g.mobile, "hy")
        r = {"wedding_id": i + 1, "booking_no": bk, "groom_name": name(g), "groom_kana": kana(g), "groom_birth": g.birth,
             "bride_name": name(b), "bride_kana": kana(b), "bride_birth": b.birth, "contact_tel": gt, "event_date": wd,
             "anniversary": wd if wd.year == 2025 else None, "plan_name": plan, "venue_room": f"{rng.randint(2, 5)}0{rng.randint(1, 4)}",
             "amount": rng.randint(180, 520) * 10000, "status": 1 if wd >= dt.date(2026, 7, 1) else 0}
        rows.append(r)
        ments.append([M(g, [name(g), kana(g)], [g.birth.isoformat()], [gt]), M(b, [name(b), kana(b)], [b.birth.isoformat()])])
    table("weddings", {"wedding_id": None, "booking_no": None, "groom_name": "PERSON", "groom_kana": "PERSON", "groom_birth": "DATE_OF_BIRTH",
                       "bride_name": "PERSON", "bride_kana": "PERSON", "bride_birth": "DATE_OF_BIRTH", "contact_tel": "PHONE",
                       "event_date": None, "anniversary": "?", "plan_name": None, "venue_room": None, "amount": None, "status": None},
          ["wedding_id", "booking_no", "event_date", "plan_name", "venue_room", "amount"], rows, ments)

    rows, ments = [], []
    gid = 0
    for w in range(12):
        for j in range(rng.randint(25, 40)):
            h = W.household()
            gp = W.person(h, born=(1940, 2010), kind="dbguest", email=False, mobile=False)
            gid += 1
            ad = h.addr(pick(["chome", "hyphen", "nopref"]))
            rows.append({"guest_id": gid, "wedding_id": 140 + w, "guest_name": name(gp, "nosp"), "zip": h.zip.replace("-", ""), "address": ad,
                         "table_name": FLOWERS[j % len(FLOWERS)], "relation": pick(["友人", "親族", "上司", "同僚"]),
                         "allergy": pick([None, None, None, "そばアレルギー", "乳製品不可"])})
            ments.append([M(gp, [name(gp, "nosp")], [], [], [ad])])
    table("guests", {"guest_id": None, "wedding_id": None, "guest_name": "PERSON", "zip": "POSTAL_CODE", "address": "ADDRESS",
                     "table_name": None, "relation": None, "allergy": "SENSITIVE"}, ["guest_id", "wedding_id", "table_name"], rows, ments)

    rows, ments = [], []
    trav = travellers[:160] + [x for c in couples[60:90] for x in c[:2]]
    for i, t in enumerate(trav + travellers[:25]):  # 25 repeat travellers
        ph = fmt_phone(t.mobile, "plain")
        rows.append({"booking_no": "".join(rng.choice("0123456789") for _ in range(12)), "traveller_name": name(t, "nosp"),
                     "name_romaji": romaji(t), "pasupooto_no": t.passport, "birth_ymd": fmt_birth(t.birth, "compact"), "tel": ph,
                     "flight_no": pick(["NH203", "JL407", "NH852", "JL71"]), "depart_date": dt.date(2026, rng.randint(1, 12), rng.randint(1, 28)),
                     "hotel_room": str(rng.randint(201, 1520)), "amount": rng.randint(8, 90) * 10000})
        ments.append([M(t, [name(t, "nosp"), romaji(t)], [fmt_birth(t.birth, "compact")], [ph])])
    table("travel_bookings", {"booking_no": None, "traveller_name": "PERSON", "name_romaji": "PERSON", "pasupooto_no": "PASSPORT",
                              "birth_ymd": "DATE_OF_BIRTH", "tel": "PHONE", "flight_no": None, "depart_date": None, "hotel_room": None,
                              "amount": None}, ["booking_no", "flight_no", "depart_date", "hotel_room", "amount"], rows, ments)

    rows, ments = [], []
    sid = 0
    for par, kids in photo[:130]:
        pt = fmt_phone(par.mobile, "hy")
        for kd in kids:
            sid += 1
            rows.append({"session_id": sid, "parent_name": name(par), "parent_tel": pt, "child_name": name(kd), "child_kana": kana(kd, "hira"),
                         "child_birth": kd.birth, "shoot_date": dt.date(2026, rng.randint(1, 12), rng.randint(1, 28)),
                         "plan_name": pick(["七五三 和装", "お宮参り", "バースデー"]), "jan_code": jan(rng), "amount": rng.randint(2, 9) * 10000})
            ments.append([M(par, [name(par)], [], [pt]), M(kd, [name(kd), kana(kd, "hira")], [kd.birth.isoformat()])])
    table("photo_sessions", {"session_id": None, "parent_name": "PERSON", "parent_tel": "PHONE", "child_name": "PERSON", "child_kana": "PERSON",
                             "child_birth": "DATE_OF_BIRTH", "shoot_date": None, "plan_name": None, "jan_code": None, "amount": None},
          ["session_id", "shoot_date", "plan_name", "jan_code", "amount"], rows, ments)

    rows, ments = [], []
    for s in staff:
        r = {"staff_no": s.staff_no, "name": name(s), "kana": kana(s), "birth_date": s.birth, "my_number": s.mn, "address": s.h.addr("chome"),
             "tel": fmt_phone(s.mobile, "hy"), "unten_menkyo": s.license, "nenkin_no": s.pension, "hoken_kigo": s.kigo, "hoken_bango": s.bango,
             "bank_name": s.bank, "branch_name": s.branch, "kouza": s.acct, "kouza_meiginin": kana(s, "hw")}
        m = [M(s, [name(s), kana(s), kana(s, "hw")], [s.birth.isoformat()], [r["tel"]], [r["address"]], [], [s.mn])]
        for j in range(1, 4):
            d = s.deps[j - 1] if j <= len(s.deps) else None
            r[f"dep{j}_name"] = name(d) if d else None
            r[f"dep{j}_relation"] = d.rel if d else None
            r[f"dep{j}_birth"] = d.birth if d else None
            r[f"dep{j}_my_number"] = d.mn if d else None
            if d:
                m.append(M(d, [name(d)], [d.birth.isoformat()], [], [], [], [d.mn]))
        rows.append(r)
        ments.append(m)
    cols = {"staff_no": None, "name": "PERSON", "kana": "PERSON", "birth_date": "DATE_OF_BIRTH", "my_number": "MY_NUMBER", "address": "ADDRESS",
            "tel": "PHONE", "unten_menkyo": "DRIVERS_LICENSE", "nenkin_no": "PENSION_NUMBER", "hoken_kigo": "HEALTH_INSURANCE",
            "hoken_bango": "HEALTH_INSURANCE", "bank_name": None, "branch_name": None, "kouza": "BANK_ACCOUNT", "kouza_meiginin": "PERSON"}
    for j in range(1, 4):
        cols.update({f"dep{j}_name": "PERSON", f"dep{j}_relation": None, f"dep{j}_birth": "DATE_OF_BIRTH", f"dep{j}_my_number": "MY_NUMBER"})
    table("staff", cols, ["staff_no", "bank_name", "branch_name"], rows, ments)

    rows = [{"plan_code": f"P{100 + i}", "plan_name": pl, "price": rng.randint(150, 600) * 10000, "jan_code": jan(rng),
             "maker": pick([f"{SUR[2][0]}衣裳店", f"{SUR[9][0]}フラワー", f"株式会社{SUR[30][0]}"])} for i, pl in enumerate(PLANS)]
    table("plans", {"plan_code": None, "plan_name": None, "price": None, "jan_code": None, "maker": None},
          ["plan_name", "price", "jan_code", "maker"], rows, [[] for _ in rows])

    # views (defined as SQL, rows/persons computed here)
    V = {}
    vw = [i for i, r in enumerate(T["weddings"]["rows"]) if r["status"] == 1]
    V["v_upcoming_weddings"] = {
        "sql": "SELECT wedding_id, groom_name, groom_birth, bride_name, bride_birth, contact_tel, event_date FROM weddings WHERE status = 1",
        "columns": {"wedding_id": None, "groom_name": "PERSON", "groom_birth": "DATE_OF_BIRTH", "bride_name": "PERSON",
                    "bride_birth": "DATE_OF_BIRTH", "contact_tel": "PHONE", "event_date": None}, "hn": ["wedding_id", "event_date"],
        "rows": len(vw), "ments": [T["weddings"]["ments"][i] for i in vw]}
    V["v_staff_directory"] = {
        "sql": "SELECT staff_no, name, kana, tel FROM staff",
        "columns": {"staff_no": None, "name": "PERSON", "kana": "PERSON", "tel": "PHONE"}, "hn": ["staff_no"],
        "rows": len(staff), "ments": [[M(W.persons[m[0]["pid"]], m[0]["names"][:2], [], m[0]["phone"])] for m in T["staff"]["ments"]]}
    return T, V


DB_TYPES = {}


def create_db(url, T, V, sqlite_path=None):
    import sqlalchemy as sa
    if url.startswith("mysql") and "charset=" not in url:
        url += ("&" if "?" in url else "?") + "charset=utf8mb4"
    eng = sa.create_engine(url)
    md = sa.MetaData()
    types = {}
    for tn, t in T.items():
        cols = []
        sample = t["rows"][0]
        for c in t["columns"]:
            vals = [r[c] for r in t["rows"] if r[c] is not None]
            v = vals[0] if vals else ""
            if isinstance(v, dt.date):
                ty = sa.Date()
            elif isinstance(v, int) and not isinstance(v, bool):
                ty = sa.BigInteger()
            else:
                ty = sa.String(200)
            cols.append(sa.Column(c, ty, primary_key=(c == list(t["columns"])[0])))
        sa.Table(tn, md, *cols, mysql_charset="utf8mb4")
    with eng.begin() as con:
        for vn in V:
            con.execute(sa.text(f"DROP VIEW IF EXISTS {vn}"))
    md.drop_all(eng, checkfirst=True)
    md.create_all(eng)
    with eng.begin() as con:
        for tn, t in T.items():
            con.execute(md.tables[tn].insert(), t["rows"])
        for vn, v in V.items():
            con.execute(sa.text(f"CREATE VIEW {vn} AS {v['sql']}"))
        for tn, t in T.items():
            assert con.execute(sa.text(f"SELECT COUNT(*) FROM {tn}")).scalar() == len(t["rows"])
        for vn, v in V.items():
            assert con.execute(sa.text(f"SELECT COUNT(*) FROM {vn}")).scalar() == v["rows"], vn
    eng.dispose()


# --------------------------------------------------------------------------------------------- main
def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--db-url", action="append", default=[])
    a = ap.parse_args(argv)
    out, (T, V) = build(a.seed)

    # ---- truth, with the independent recount over everything
    all_drive = [m for path in sorted(out.mentions) for m in out.mentions[path]]
    drive_total = check("whole drive", all_drive)
    db_all = []
    tables = {}
    for tn, t in T.items():
        ms = [m for row in t["ments"] for m in row]
        n = check(f"table {tn}", ms) if ms else 0
        db_all += ms
        tables[tn] = {"rows": len(t["rows"]), "persons": n, "columns": t["columns"], "hard_negative_columns": sorted(t["hn"])}
    for vn, v in V.items():
        ms = [m for row in v["ments"] for m in row]
        n = check(f"view {vn}", ms)
        db_all += ms
        tables[vn] = {"view": True, "rows": v["rows"], "persons": n, "columns": v["columns"], "hard_negative_columns": sorted(v["hn"])}
    db_total = check("whole database", db_all)
    # sanity on the traps
    bks = [r["booking_no"] for r in T["weddings"]["rows"]] + [r["booking_no"] for r in T["travel_bookings"]["rows"]]
    mn_rate = sum(mn_valid(b) for b in bks) / len(bks)
    assert 0.03 < mn_rate < 0.2, mn_rate

    truth = {"drive": {"persons_total": drive_total, "files": {p: out.truth[p] for p in sorted(out.truth)}},
             "database": {"persons_total": db_total, "tables": tables}}

    # ---- write
    os.makedirs(a.out, exist_ok=True)
    drive = os.path.join(a.out, "drive")
    if os.path.exists(drive):
        shutil.rmtree(drive)
    for p in sorted(out.files):
        fp = os.path.join(drive, *p.split("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f:
            f.write(out.files[p])
    sq = os.path.join(a.out, "db.sqlite")
    if os.path.exists(sq):
        os.remove(sq)
    create_db("sqlite:///" + sq, T, V)
    for u in a.db_url:
        create_db(u, T, V)
    with open(os.path.join(a.out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")
    print(f"drive: {len(out.files)} files, {drive_total} distinct persons; database: {len(T)} tables + {len(V)} views, "
          f"{db_total} distinct persons; booking_no My-Number pass rate {mn_rate:.1%}")


if __name__ == "__main__":
    main()
