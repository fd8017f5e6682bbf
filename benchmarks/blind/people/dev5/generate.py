#!/usr/bin/env python3
"""Blind people-count generator, set dev5.

World: 医療法人社団 桜輝会 (three dental clinics: 渋谷院, 横浜院, 大宮院) plus 株式会社さくらウェルネス, which runs a
fitness studio (STUDIO FLEX) and a temp-staffing desk (さくらスタッフサービス).

    python generate.py --out DIR [--seed N] [--db-url URL ...]

writes DIR/drive/, DIR/db.sqlite (+ the same tables in every --db-url) and DIR/truth.json.

Every appearance of a person is recorded (file or table, person id, unit, the names / birth date / phones /
addresses / e-mails / My Numbers shown).  Before writing truth.json the generator recounts the contract's
identity rule independently from those records (union-find over strong keys, phone or address alone never
joins, a name alone never joins across records) and fails if the recount does not give back exactly the
constructed persons, per file / table and in total.  Standard library + sqlalchemy, openpyxl, python-docx.
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
import sys
import unicodedata
import zipfile
from collections import OrderedDict, defaultdict
from email import policy as email_policy
from email.headerregistry import Address
from email.message import EmailMessage
from xml.sax.saxutils import escape as xesc

# --------------------------------------------------------------------------------------------- name pools
SUR_RAW = """佐藤 サトウ Sato|鈴木 スズキ Suzuki|高橋 タカハシ Takahashi|田中 タナカ Tanaka|伊藤 イトウ Ito|渡辺 ワタナベ Watanabe
|山本 ヤマモト Yamamoto|中村 ナカムラ Nakamura|小林 コバヤシ Kobayashi|加藤 カトウ Kato|吉田 ヨシダ Yoshida|山田 ヤマダ Yamada
|佐々木 ササキ Sasaki|山口 ヤマグチ Yamaguchi|松本 マツモト Matsumoto|井上 イノウエ Inoue|木村 キムラ Kimura|林 ハヤシ Hayashi
|斎藤 サイトウ Saito|清水 シミズ Shimizu|山崎 ヤマザキ Yamazaki|森 モリ Mori|池田 イケダ Ikeda|橋本 ハシモト Hashimoto|阿部 アベ Abe
|石川 イシカワ Ishikawa|山下 ヤマシタ Yamashita|中島 ナカジマ Nakajima|石井 イシイ Ishii|小川 オガワ Ogawa|前田 マエダ Maeda
|岡田 オカダ Okada|長谷川 ハセガワ Hasegawa|藤田 フジタ Fujita|後藤 ゴトウ Goto|近藤 コンドウ Kondo|村上 ムラカミ Murakami
|遠藤 エンドウ Endo|青木 アオキ Aoki|坂本 サカモト Sakamoto|福田 フクダ Fukuda|太田 オオタ Ota|西村 ニシムラ Nishimura
|藤井 フジイ Fujii|金子 カネコ Kaneko|岡本 オカモト Okamoto|藤原 フジワラ Fujiwara|中野 ナカノ Nakano|三浦 ミウラ Miura
|原田 ハラダ Harada|中川 ナカガワ Nakagawa|松田 マツダ Matsuda|竹内 タケウチ Takeuchi|小野 オノ Ono|田村 タムラ Tamura
|中山 ナカヤマ Nakayama|和田 ワダ Wada|石田 イシダ Ishida|森田 モリタ Morita|上田 ウエダ Ueda|原 ハラ Hara|内田 ウチダ Uchida
|柴田 シバタ Shibata|酒井 サカイ Sakai|宮崎 ミヤザキ Miyazaki|横山 ヨコヤマ Yokoyama|高木 タカギ Takagi|安藤 アンドウ Ando
|宮本 ミヤモト Miyamoto|大野 オオノ Ohno|小島 コジマ Kojima|谷口 タニグチ Taniguchi|今井 イマイ Imai|工藤 クドウ Kudo
|高田 タカダ Takada|増田 マスダ Masuda|丸山 マルヤマ Maruyama|杉山 スギヤマ Sugiyama|村田 ムラタ Murata|大塚 オオツカ Otsuka
|新井 アライ Arai|小山 コヤマ Koyama|平野 ヒラノ Hirano|藤本 フジモト Fujimoto|河野 コウノ Kono|上野 ウエノ Ueno
|野口 ノグチ Noguchi|武田 タケダ Takeda|松井 マツイ Matsui|千葉 チバ Chiba|岩崎 イワサキ Iwasaki|菅原 スガワラ Sugawara
|木下 キノシタ Kinoshita|久保 クボ Kubo|佐野 サノ Sano|野村 ノムラ Nomura|松尾 マツオ Matsuo|菊地 キクチ Kikuchi
|杉本 スギモト Sugimoto|市川 イチカワ Ichikawa|古川 フルカワ Furukawa|大西 オオニシ Onishi|島田 シマダ Shimada
|水野 ミズノ Mizuno|桜井 サクライ Sakurai|高野 タカノ Takano|渡部 ワタベ Watabe|吉川 ヨシカワ Yoshikawa|山内 ヤマウチ Yamauchi
|西田 ニシダ Nishida|飯田 イイダ Iida|菅野 カンノ Kanno|服部 ハットリ Hattori"""
GIVM_RAW = """翔太 ショウタ Shota|大輔 ダイスケ Daisuke|健一 ケンイチ Kenichi|拓也 タクヤ Takuya|直樹 ナオキ Naoki|誠 マコト Makoto
|浩二 コウジ Koji|和也 カズヤ Kazuya|達也 タツヤ Tatsuya|亮 リョウ Ryo|悠斗 ユウト Yuto|蓮 レン Ren|大翔 ヒロト Hiroto
|陽翔 ハルト Haruto|湊 ミナト Minato|蒼 アオイ Aoi|樹 イツキ Itsuki|颯太 ソウタ Sota|隆 タカシ Takashi|博之 ヒロユキ Hiroyuki
|正人 マサト Masato|修 オサム Osamu|剛 ツヨシ Tsuyoshi|雄一 ユウイチ Yuichi|慎吾 シンゴ Shingo|淳 ジュン Jun|聡 サトシ Satoshi
|健太 ケンタ Kenta|翼 ツバサ Tsubasa|光 ヒカル Hikaru|勇気 ユウキ Yuuki|一郎 イチロウ Ichiro|次郎 ジロウ Jiro|康介 コウスケ Kosuke
|優太 ユウタ Yuta|智也 トモヤ Tomoya|秀樹 ヒデキ Hideki|哲也 テツヤ Tetsuya|信也 シンヤ Shinya|大地 ダイチ Daichi|陸 リク Riku
|海斗 カイト Kaito|昭 アキラ Akira|実 ミノル Minoru|清 キヨシ Kiyoshi|進 ススム Susumu|武 タケシ Takeshi|茂 シゲル Shigeru
|勝 マサル Masaru|賢治 ケンジ Kenji|義男 ヨシオ Yoshio|悟 サトル Satoru"""
GIVF_RAW = """美咲 ミサキ Misaki|陽菜 ヒナ Hina|結衣 ユイ Yui|さくら サクラ Sakura|美穂 ミホ Miho|由美 ユミ Yumi|恵子 ケイコ Keiko
|裕子 ユウコ Yuko|真由美 マユミ Mayumi|智子 トモコ Tomoko|久美子 クミコ Kumiko|直美 ナオミ Naomi|愛 アイ Ai|彩 アヤ Aya
|麻衣 マイ Mai|千尋 チヒロ Chihiro|明美 アケミ Akemi|由紀 ユキ Yuki|香織 カオリ Kaori|沙織 サオリ Saori|奈々 ナナ Nana
|菜摘 ナツミ Natsumi|真希 マキ Maki|理恵 リエ Rie|静香 シズカ Shizuka|幸子 サチコ Sachiko|和子 カズコ Kazuko|節子 セツコ Setsuko
|洋子 ヨウコ Yoko|京子 キョウコ Kyoko|春香 ハルカ Haruka|凛 リン Rin|芽依 メイ Mei|紬 ツムギ Tsumugi|結菜 ユイナ Yuina
|莉子 リコ Riko|杏 アン An|美月 ミヅキ Mizuki|彩花 アヤカ Ayaka|早紀 サキ Saki|亜希子 アキコ Akiko|典子 ノリコ Noriko
|順子 ジュンコ Junko|弘美 ヒロミ Hiromi|加奈 カナ Kana|瞳 ヒトミ Hitomi|舞子 マイコ Maiko|涼子 リョウコ Ryoko|美紀 ミキ Miki
|真理 マリ Mari|恵美 エミ Emi|友美 トモミ Tomomi|綾乃 アヤノ Ayano|千夏 チナツ Chinatsu|里美 サトミ Satomi|桃子 モモコ Momoko"""


def _pool(raw):
    out = []
    for part in raw.replace("\n", "").split("|"):
        k, kana, r = part.split()
        out.append((k, kana, r))
    return out


SUR, GIVM, GIVF = _pool(SUR_RAW), _pool(GIVM_RAW), _pool(GIVF_RAW)
assert len({s[1] for s in SUR}) == len(SUR) and len({s[2] for s in SUR}) == len(SUR)
assert len({g[1] for g in GIVM + GIVF}) == len(GIVM + GIVF) and len({g[2] for g in GIVM + GIVF}) == len(GIVM + GIVF)
RESERVED = {("山田", "太郎"), ("山田", "花子"), ("鈴木", "一郎")}  # example persons used by policy texts
ITAIJI = {"渡辺": "渡邊", "高橋": "髙橋", "斎藤": "齋藤", "山崎": "山﨑", "吉田": "𠮷田"}

FOREIGN = [("NGUYEN VAN AN", "グエン ヴァン アン", "ベトナム"), ("TRAN THI HOA", "チャン ティ ホア", "ベトナム"),
           ("PHAM MINH TUAN", "ファム ミン トゥアン", "ベトナム"), ("LE THI MAI", "レ ティ マイ", "ベトナム"),
           ("SANTOS MARIA CLARA", "サントス マリア クララ", "フィリピン"), ("REYES JOHN PAUL", "レイエス ジョン ポール", "フィリピン"),
           ("WANG XIAOMEI", "ワン シャオメイ", "中国"), ("LI JUN", "リ ジュン", "中国"), ("ZHANG WEI", "チャン ウェイ", "中国"),
           ("GURUNG BIKASH", "グルン ビカス", "ネパール"), ("TAMANG SITA", "タマン シータ", "ネパール"),
           ("KIM MINJI", "キム ミンジ", "韓国"), ("PARK JIHOON", "パク ジフン", "韓国"), ("SILVA ANA PAULA", "シルバ アナ パウラ", "ブラジル"),
           ("HOANG VAN NAM", "ホアン ヴァン ナム", "ベトナム"), ("DELA CRUZ ANGELICA", "デラクルス アンジェリカ", "フィリピン")]

REGIONS = {
    "tokyo": ("東京都", [("渋谷区神南", "150-0041"), ("渋谷区宇田川町", "150-0042"), ("目黒区中目黒", "153-0061"),
                        ("世田谷区三軒茶屋", "154-0024"), ("港区南青山", "107-0062"), ("品川区大井", "140-0014"),
                        ("杉並区高円寺南", "166-0003"), ("中野区中央", "164-0011"), ("渋谷区笹塚", "151-0073")], "03"),
    "yokohama": ("神奈川県", [("横浜市西区みなとみらい", "220-0012"), ("横浜市港北区日吉", "223-0061"), ("横浜市中区山下町", "231-0023"),
                           ("横浜市神奈川区反町", "221-0825"), ("川崎市中原区小杉町", "211-0063"), ("横浜市青葉区美しが丘", "225-0002")], "045"),
    "saitama": ("埼玉県", [("さいたま市大宮区桜木町", "330-0854"), ("さいたま市北区宮原町", "331-0812"), ("さいたま市見沼区東大宮", "337-0051"),
                          ("上尾市柏座", "362-0037"), ("さいたま市浦和区高砂", "330-0063"), ("川口市本町", "332-0012")], "048"),
}
BLDG = ["メゾン", "コーポ", "パークハイツ", "グランドール", "サンライズ", "レジデンス", "ハイム"]
FREE_MAIL = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "outlook.jp", "softbank.ne.jp"]
ROLE_LOCAL = {"info", "support", "noreply", "no-reply", "sales", "yoyaku", "uketsuke", "pr", "recruit", "admin",
              "contact", "office", "jimu", "billing", "hr", "newsletter", "studio", "staffing", "system"}

FIX_TS = "2024-06-30T09:00:00Z"


# --------------------------------------------------------------------------------------------- helpers
def mynumber_check(d11: str) -> str:
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return "0" if r <= 1 else str(11 - r)


def mynumber_ok(d12: str) -> bool:
    return len(d12) == 12 and d12.isdigit() and mynumber_check(d12[:11]) == d12[11]


def corp_number(d12: str) -> str:
    s = 0
    for n in range(1, 13):
        p = int(d12[12 - n])
        s += p * (1 if n % 2 else 2)
    return str(9 - s % 9) + d12


def ean13(d12: str) -> str:
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def luhn(d15: str) -> str:
    digits = [int(c) for c in d15]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return d15 + str((10 - s % 10) % 10)


_HW = {}
for _cp in range(0xFF61, 0xFFA0):
    _c = chr(_cp)
    _f = unicodedata.normalize("NFKC", _c)
    if len(_f) == 1 and _f not in _HW:
        _HW[_f] = _c


def hwkana(s: str) -> str:
    out = []
    for ch in s:
        if ch in _HW:
            out.append(_HW[ch])
            continue
        d = unicodedata.normalize("NFD", ch)
        if len(d) == 2 and d[0] in _HW and d[1] in ("\u3099", "\u309a"):
            out.append(_HW[d[0]] + ("ﾞ" if d[1] == "\u3099" else "ﾟ"))
            continue
        out.append(" " if ch in " 　" else ch)
    return "".join(out)


def wareki(d: dt.date) -> str:
    if d >= dt.date(2019, 5, 1):
        return f"令和{d.year - 2018}年{d.month}月{d.day}日"
    if d >= dt.date(1989, 1, 8):
        return f"平成{d.year - 1988}年{d.month}月{d.day}日"
    return f"昭和{d.year - 1925}年{d.month}月{d.day}日"


def dj(d):
    return f"{d.year}年{d.month}月{d.day}日"


def ds(d):
    return d.strftime("%Y/%m/%d")


def di(d):
    return d.isoformat()


def age_at(d, ref=dt.date(2024, 6, 30)):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def nname(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s).casefold()


def ndig(s: str) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", s))


def naddr(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def is_role(email: str) -> bool:
    return email.split("@")[0].lower() in ROLE_LOCAL


# name forms --------------------------------------------------------------------------------------------
def nm(p, sep=" "):
    return p["sur"][0] + sep + p["giv"][0]


def kn(p, sep=" "):
    return p["sur"][1] + sep + p["giv"][1]


def ro(p):  # given family
    return f"{p['giv'][2]} {p['sur'][2]}"


def RO(p):  # FAMILY Given
    return f"{p['sur'][2].upper()} {p['giv'][2]}"


def sur(p):
    return p["sur"][0]


def giv(p):
    return p["giv"][0]


# --------------------------------------------------------------------------------------------- the world
class World:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.P: "OrderedDict[str, dict]" = OrderedDict()
        self.used_pairs = set(RESERVED)
        self.used = defaultdict(set)

    def uniq(self, kind, fn):
        for _ in range(100000):
            v = fn()
            if v not in self.used[kind]:
                self.used[kind].add(v)
                return v
        raise RuntimeError(kind)

    def mobile(self):
        r = self.r
        return self.uniq("phone", lambda: f"{r.choice(['090', '080', '070'])}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}")

    def land(self, region):
        r = self.r
        area = REGIONS[region][2]
        if area == "03":
            return self.uniq("phone", lambda: f"03-{r.randint(3100, 6999)}-{r.randint(1000, 9999)}")
        return self.uniq("phone", lambda: f"{area}-{r.randint(200, 999)}-{r.randint(1000, 9999)}")

    def address(self, region):
        r = self.r
        pref, towns, _ = REGIONS[region]

        def mk():
            town, zc = r.choice(towns)
            a = f"{pref}{town}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
            if r.random() < 0.45:
                a += f" {r.choice(BLDG)}{town[-2:]}{r.randint(101, 905)}"
            return (zc, a)

        return self.uniq("addr", mk)

    def mynumber(self):
        r = self.r
        return self.uniq("mn", lambda: (lambda d: d + mynumber_check(d))("".join(str(r.randint(0, 9)) for _ in range(11))))

    def email(self, p):
        r = self.r
        g, s = p["giv"][2].lower(), p["sur"][2].lower()

        def mk():
            style = r.randint(0, 4)
            y = p["dob"].year % 100
            local = [f"{g}.{s}", f"{s}.{g}{y:02d}", f"{g[0]}{s}{r.randint(1, 99)}", f"{g}_{s[:3]}{r.randint(10, 99)}",
                     f"{s}{g[0]}.{r.randint(100, 999)}"][style]
            return f"{local}@{r.choice(FREE_MAIL)}"

        return self.uniq("email", mk)

    def work_email(self, p, domain):
        g, s = p["giv"][2].lower(), p["sur"][2].lower()
        for cand in (f"{g[0]}.{s}@{domain}", f"{g}.{s}@{domain}", f"{s}.{g}@{domain}"):
            if cand not in self.used["email"]:
                self.used["email"].add(cand)
                return cand
        raise RuntimeError("work email")

    def dob(self, lo, hi):
        start = dt.date(2024, 6, 30) - dt.timedelta(days=int(hi * 365.25))
        span = int((hi - lo) * 365.25)
        return start + dt.timedelta(days=self.r.randint(0, span))

    def person(self, kind, sex=None, surname=None, age=(20, 70), region="tokyo", phone=None, addr=None,
               email=0.4, mn=False):
        r = self.r
        sex = sex or r.choice("MF")
        for _ in range(10000):
            s = surname or r.choice(SUR)
            g = r.choice(GIVM if sex == "M" else GIVF)
            if (s[0], g[0]) not in self.used_pairs:
                self.used_pairs.add((s[0], g[0]))
                break
        else:
            raise RuntimeError("names")
        pid = f"P{len(self.P) + 1:05d}"
        p = {"pid": pid, "kind": kind, "sex": sex, "sur": s, "giv": g, "region": region}
        p["dob"] = self.dob(*age)
        p["tel"] = phone or self.mobile()
        p["zip"], p["addr"] = addr or self.address(region)
        p["email"] = self.email(p) if (email is True or (email and r.random() < email)) else ""
        p["mn"] = self.mynumber() if mn else ""
        self.P[pid] = p
        return p

    def household(self, kind, region, size):
        """Persons sharing surname, home phone and address (they are different persons)."""
        r = self.r
        s = r.choice(SUR)
        home = self.land(region)
        za = self.address(region)
        members = []
        adult = self.person(kind, surname=s, age=(32, 72), region=region, addr=za, email=0.5)
        adult["home"] = home
        if r.random() < 0.5:  # contact is the home phone (shared by the household)
            adult["tel"] = home
        members.append(adult)
        if size >= 2:
            sp = self.person(kind, sex="F" if adult["sex"] == "M" else "M", surname=s,
                             age=(max(30, age_at(adult["dob"]) - 6), age_at(adult["dob"]) + 4), region=region,
                             addr=za, email=0.3)
            sp["tel"] = home
            members.append(sp)
        for _ in range(size - 2):
            ch = self.person(kind, surname=s, age=(3, 17), region=region, addr=za, email=0, phone=home)
            members.append(ch)
        for m in members:
            m["home"] = home
            m["hh"] = adult["pid"]
        return members


# --------------------------------------------------------------------------------------------- truth recorder
class Truth:
    def __init__(self):
        self.apps = []       # drive appearances
        self.dbapps = []     # database appearances
        self.files = OrderedDict()
        self.text = {}       # logical text of every file, for the presence check
        self.tables = OrderedDict()

    def ap(self, f, p, names=(), dob=None, phones=(), addrs=(), emails=(), mns=(), unit=None, db=False):
        rec = {"f": f, "pid": p["pid"], "unit": unit if unit is not None else ("doc", p["pid"]),
               "names": [n for n in names if n], "dob": dob, "phones": [x for x in phones if x],
               "addrs": [x for x in addrs if x], "emails": [x for x in emails if x], "mns": [x for x in mns if x]}
        (self.dbapps if db else self.apps).append(rec)

    def file(self, f, columns=None, hard=None):
        e = self.files.setdefault(f, {"persons": 0})
        if columns is not None:
            cols = e.setdefault("columns", OrderedDict())
            for k, v in columns.items():
                if k in cols and cols[k] != v:
                    raise RuntimeError(f"column {k} typed twice in {f}")
                cols[k] = v
        if hard:
            hn = e.setdefault("hard_negative_columns", [])
            for h in hard:
                if h not in hn:
                    hn.append(h)


def app_keys(a):
    ks = []
    for m in a["mns"]:
        ks.append(("mn", ndig(m)))
    for e in a["emails"]:
        if not is_role(e):
            ks.append(("em", e.lower()))
    for n in a["names"]:
        nn = nname(n)
        if a["dob"]:
            ks.append(("nd", nn, a["dob"].isoformat()))
        for ph in a["phones"]:
            ks.append(("np", nn, ndig(ph)))
        for ad in a["addrs"]:
            ks.append(("na", nn, naddr(ad)))
    return ks


class UF:
    def __init__(self):
        self.p = {}

    def find(self, x):
        self.p.setdefault(x, x)
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            self.p[max(a, b)] = min(a, b)


def recount(apps, scope_key):
    """Independent recount: units (rows / a prose document's mentions of one person) joined by strong keys.
    Returns {scope: n_components}, total components, and raises if components and person ids disagree."""
    def check(group_apps, where):
        uf = UF()
        owner = {}
        for a in group_apps:
            u = (a["f"], a["unit"])
            uf.find(("u",) + u)
            for k in app_keys(a):
                uf.union(("u",) + u, ("k",) + k)
        comp_pids = defaultdict(set)
        pid_comps = defaultdict(set)
        for a in group_apps:
            c = uf.find(("u", a["f"], a["unit"]))
            comp_pids[c].add(a["pid"])
            pid_comps[a["pid"]].add(c)
        bad = [sorted(v) for v in comp_pids.values() if len(v) > 1]
        if bad:
            raise SystemExit(f"[recount] {where}: different persons share a strong key: {bad[:5]}")
        split = [k for k, v in pid_comps.items() if len(v) > 1]
        if split:
            for a in group_apps:
                if a["pid"] == split[0]:
                    print("DEBUG", a["f"], a["unit"], app_keys(a), file=sys.stderr)
            raise SystemExit(f"[recount] {where}: person(s) not linkable by a strong key: {split[:8]}")
        return len(comp_pids)

    per = defaultdict(list)
    for a in apps:
        per[scope_key(a)].append(a)
    counts = {s: check(v, s) for s, v in per.items()}
    total = check(apps, "whole")
    return counts, total


# --------------------------------------------------------------------------------------------- writers
def norm_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            b = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = b.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIX_TS + r"\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIX_TS + r"\g<2>", s)
                b = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 6, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
    return out.getvalue()


class Drive:
    def __init__(self, root, truth: Truth):
        self.root = root
        self.T = truth

    def path(self, f):
        p = os.path.join(self.root, *f.split("/"))
        os.makedirs(os.path.dirname(p), exist_ok=True)
        return p

    def text(self, f, s, enc="utf-8", newline="\n"):
        self.T.file(f)
        self.T.text[f] = s
        with open(self.path(f), "wb") as fh:
            fh.write(s.replace("\n", newline).encode(enc))

    def raw(self, f, b, logical):
        self.T.file(f)
        self.T.text[f] = logical
        with open(self.path(f), "wb") as fh:
            fh.write(b)

    def docx(self, f, blocks):
        """blocks: str paragraphs, ('h', text) headings, ('t', rows) tables (no column truth: prose document)."""
        import docx
        d = docx.Document()
        d.core_properties.author = "桜輝会 事務局"
        d.core_properties.last_modified_by = "桜輝会 事務局"
        logical = []
        for b in blocks:
            if isinstance(b, tuple) and b[0] == "h":
                d.add_heading(b[1], level=1)
                logical.append(b[1])
            elif isinstance(b, tuple) and b[0] == "t":
                rows = b[1]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                for i, row in enumerate(rows):
                    for j, c in enumerate(row):
                        t.cell(i, j).text = c
                    logical.append(" ".join(row))
            else:
                for line in b.split("\n"):
                    d.add_paragraph(line)
                logical.append(b)
        bio = io.BytesIO()
        d.save(bio)
        self.raw(f, norm_zip(bio.getvalue()), "\n".join(logical))

    def xlsx(self, f, sheets):
        import openpyxl
        wb = openpyxl.Workbook()
        wb.remove(wb.active)
        logical = []
        for title, rows in sheets:
            ws = wb.create_sheet(title)
            for row in rows:
                ws.append([None if c == "" else c for c in row])
                logical.append("\t".join(str(c) for c in row))
        wb.properties.creator = "桜輝会"
        wb.properties.lastModifiedBy = "桜輝会"
        bio = io.BytesIO()
        wb.save(bio)
        self.raw(f, norm_zip(bio.getvalue()), "\n".join(logical))

    def eml_bytes(self, frm, to, subject, body, date, msgid, cc=(), cte="8bit", in_reply_to=None):
        m = EmailMessage(policy=email_policy.SMTP)
        m["From"] = frm
        m["To"] = ", ".join(str(x) for x in to)
        if cc:
            m["Cc"] = ", ".join(str(x) for x in cc)
        m["Subject"] = subject
        m["Date"] = date
        m["Message-ID"] = msgid
        if in_reply_to:
            m["In-Reply-To"] = in_reply_to
        m["MIME-Version"] = "1.0"
        m.set_content(body, charset="utf-8", cte=cte)
        return m.as_bytes()


def eml_logical(b: bytes) -> str:
    import email as _email
    m = _email.message_from_bytes(b, policy=email_policy.default)
    hs = "\n".join(f"{k}: {m[k]}" for k in ("From", "To", "Cc", "Subject") if m[k])
    return hs + "\n\n" + m.get_content()


def addr(p, email=None, name=None):
    return str(Address(display_name=name if name is not None else nm(p), addr_spec=email or p["email"]))


# --------------------------------------------------------------------------------------------- generic table
class Tab:
    """Column specs + records -> cell rows and appearances.

    cols: list of (header, type_code, getter) ; subjects: {slot: {"name": [h..], "dob": [h..], "phone": [h..],
    "addr": [h..], "email": [h..], "mn": [h..]}}.  A record is a dict with slot -> person (or None) and extras; a
    list is written literally (totals rows, blank separators)."""

    def __init__(self, cols, subjects):
        self.cols = cols
        self.subjects = subjects

    def build(self, T, f, records, unit_prefix="", db=False):
        header = [c[0] for c in self.cols]
        rows = []
        for i, rec in enumerate(records):
            if isinstance(rec, list):
                rows.append(rec + [""] * (len(header) - len(rec)))
                continue
            cells = [c[2](rec) for c in self.cols]
            cells = ["" if v is None else v for v in cells]
            rows.append(cells)
            val = dict(zip(header, cells))
            for slot, spec in self.subjects.items():
                p = rec.get(slot)
                if p is None:
                    continue
                get = lambda key: [str(val[h]) for h in spec.get(key, []) if val.get(h) not in ("", None)]
                names = get("name")
                dobv = get("dob")
                T.ap(f, p, names=names, dob=p["dob"] if dobv else None, phones=get("phone"), addrs=get("addr"),
                     emails=get("email"), mns=get("mn"), unit=(unit_prefix, i, slot), db=db)
        return header, rows

    def types(self):
        return OrderedDict((c[0], c[1]) for c in self.cols)


def write_delim(drive, f, header, rows, delim=",", enc="utf-8", newline="\n", bom=False):
    bio = io.StringIO()
    w = csv.writer(bio, delimiter=delim, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    s = bio.getvalue()
    drive.text(f, ("\ufeff" if bom else "") + s, enc=enc, newline=newline)


# --------------------------------------------------------------------------------------------- build
def build(out, seed, db_urls):
    W = World(seed)
    r = W.r
    T = Truth()
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "drive"))
    D = Drive(os.path.join(out, "drive"), T)

    CL = OrderedDict([("渋谷院", ("tokyo", "03-5459-2210")), ("横浜院", ("yokohama", "045-228-3410")),
                      ("大宮院", ("saitama", "048-645-1180"))])
    DOM_DC, DOM_W, DOM_S = "sakura-dc.jp", "studio-flex.jp", "sakura-staff.jp"

    # ---- staff ---------------------------------------------------------------------------------------------
    staff = OrderedDict()
    roles = [("院長", "歯科医師", "M"), ("歯科医師", "歯科医師", None), ("歯科医師", "歯科医師", None),
             ("歯科衛生士", "歯科衛生士", "F"), ("歯科衛生士", "歯科衛生士", "F"), ("歯科衛生士", "歯科衛生士", "F"),
             ("受付", "受付", "F"), ("受付", "受付", None)]
    for c, (region, _) in CL.items():
        staff[c] = []
        for title, job, sex in roles:
            p = W.person("staff", sex=sex, age=(24, 58) if title != "院長" else (42, 60), region=region, email=0.5, mn=True)
            p.update(dept=c, title=title, job=job, wmail=W.work_email(p, DOM_DC))
            staff[c].append(p)
    staff["STUDIO FLEX"] = []
    for title in ["店長", "トレーナー", "トレーナー", "トレーナー", "トレーナー", "トレーナー"]:
        p = W.person("staff", age=(22, 45), email=0.5, mn=True)
        p.update(dept="STUDIO FLEX", title=title, job=title, wmail=W.work_email(p, DOM_W))
        staff["STUDIO FLEX"].append(p)
    staff["さくらスタッフサービス"] = []
    for title in ["課長", "コーディネーター", "コーディネーター", "派遣元責任者"]:
        p = W.person("staff", age=(26, 55), email=0.5, mn=True)
        p.update(dept="さくらスタッフサービス", title=title, job=title, wmail=W.work_email(p, DOM_S))
        staff["さくらスタッフサービス"].append(p)
    staff["本部"] = []
    for title in ["総務課長", "人事担当", "経理担当"]:
        p = W.person("staff", age=(28, 58), email=0.5, mn=True)
        p.update(dept="本部", title=title, job=title, wmail=W.work_email(p, DOM_DC))
        staff["本部"].append(p)
    # one hygienist married: 旧姓 shown in some places (same person, linked by e-mail)
    maiden = staff["横浜院"][4]
    maiden["kyusei"] = r.choice([s for s in SUR if s[0] != maiden["sur"][0]])
    all_staff = [p for v in staff.values() for p in v]
    ceo = W.person("ceo", sex="M", age=(55, 68), email=0)  # named only in the press release

    # ---- patients ------------------------------------------------------------------------------------------
    patients = OrderedDict()
    for c, (region, _) in CL.items():
        target = {"渋谷院": 380, "横浜院": 310, "大宮院": 260}[c]
        lst = []
        while len(lst) < target:
            size = r.choices([1, 2, 3, 4], [55, 25, 12, 8])[0]
            if size == 1:
                p = W.person("patient", age=(18, 85), region=region, email=0.45)
                lst.append(p)
            else:
                hh = W.household("patient", region, size)
                lst.extend(hh[: target - len(lst)])
        for i, p in enumerate(lst):
            p["clinic"] = c
            p["chart"] = f"{'SYO'[list(CL).index(c)]}{10000 + i * 7 + r.randint(0, 6)}"
            p["ins"] = (f"{r.choice(['0', '06', '31', '01'])}{r.randint(100000, 999999)}"[:8].ljust(8, "1"),
                        f"{r.randint(10, 9999)}", f"{r.randint(1, 99)}")
        patients[c] = lst
    all_patients = [p for v in patients.values() for p in v]

    # ---- studio members (some are patients: same name + same phone, or a variant spelling + same e-mail) -----
    shib_adults = [p for p in patients["渋谷院"] if age_at(p["dob"]) >= 18]
    overlap = r.sample(shib_adults, 90)
    members = []
    for p in overlap:
        members.append({"p": p, "variant": None})
    # variant spellings: itaiji / kana / romaji; the patient row shows the same e-mail so the link is by e-mail
    variant_pool = sorted([m for m in members if m["p"]["email"]], key=lambda m: m["p"]["sur"][0] not in ITAIJI)
    for m in variant_pool[:14]:
        s = m["p"]["sur"][0]
        if s in ITAIJI:
            m["variant"] = ITAIJI[s] + m["p"]["giv"][0]
        else:
            m["variant"] = r.choice(["kana", "romaji"])
    for _ in range(310):
        p = W.person("member", age=(18, 70), email=0.85)
        members.append({"p": p, "variant": None})
    r.shuffle(members)
    for i, m in enumerate(members):
        m["no"] = f"FX{20000 + i * 3 + r.randint(0, 2)}"
        m["plan"] = r.choice(["マンスリー8", "フリー", "ナイト", "デイタイム", "パーソナル4"])
        m["joined"] = dt.date(2021, 1, 1) + dt.timedelta(days=r.randint(0, 1250))

    def mname(m):
        v = m["variant"]
        p = m["p"]
        if v is None:
            return nm(p)
        if v == "kana":
            return kn(p)
        if v == "romaji":
            return RO(p)
        return v

    # ---- temp workers, client companies, contacts --------------------------------------------------------------
    workers = []
    for _ in range(160):
        p = W.person("worker", age=(19, 62), region=r.choice(["tokyo", "tokyo", "yokohama", "saitama"]), email=0.6)
        p["foreign"] = None
        workers.append(p)
    for fn in FOREIGN:
        p = W.person("worker", age=(20, 40), region=r.choice(["tokyo", "saitama"]), email=0.5)
        p["foreign"] = fn
        p["rc"] = f"{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.randint(10000000, 99999999)}" \
                  f"{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}"
        p["rc_exp"] = dt.date(2025, 1, 1) + dt.timedelta(days=r.randint(0, 900))
        workers.append(p)
    r.shuffle(workers)
    for i, w in enumerate(workers):
        w["reg"] = f"SS-{3000 + i * 5 + r.randint(0, 4)}"
        w["skill"] = r.choice(["歯科助手", "医療事務", "受付", "介護職員初任者研修", "一般事務", "軽作業", "調理補助", "歯科衛生士"])
    clients = []
    cnames = ["株式会社ミドリ医療サービス", "有限会社青葉メディカル", "株式会社ハーモニー介護", "医療法人社団 光陽会",
              "株式会社東都ロジスティクス", "社会福祉法人 みのり会", "株式会社フードプラス", "株式会社エムズ・オフィス",
              "医療法人 清和会 さいたま北クリニック", "株式会社ヨコハマ物流センター", "株式会社デンタルラボ匠", "株式会社ケアネット湘南"]
    for i, cn in enumerate(cnames):
        dom = f"client{i + 1:02d}.co.jp"
        cl = {"name": cn, "corp": corp_number("".join(str(r.randint(0, 9)) for _ in range(12))),
              "tel": W.land(r.choice(["tokyo", "yokohama", "saitama"])), "dom": dom, "contacts": []}
        for _ in range(r.choice([2, 3])):
            c = W.person("contact", age=(28, 60), email=0)
            c["wmail"] = W.work_email(c, dom)
            c["direct"] = W.land(c["region"])
            c["company"] = cn
            c["busho"] = r.choice(["総務部", "人事部", "業務課", "施設管理課", "看護部"])
            cl["contacts"].append(c)
        clients.append(cl)
    assignments = []
    coords = staff["さくらスタッフサービス"][1:3]
    for w in workers[:140]:
        for _ in range(r.choice([1, 1, 1, 2])):
            cl = r.choice(clients)
            assignments.append({"w": w, "cl": cl, "c": r.choice(cl["contacts"]), "k": r.choice(coords),
                                "start": dt.date(2024, r.randint(1, 6), 1), "rate": r.choice([1200, 1350, 1500, 1650, 1800])})

    ext_docs = []  # receiving doctors etc. are created per letter below

    # =========================================================================================== drive files
    # ---- 総務 -------------------------------------------------------------------------------------------
    f = "総務/診療時間表.md"
    D.text(f, "# 診療時間のご案内\n\n| 医院 | 平日 | 土曜 | 休診日 |\n|---|---|---|---|\n"
              f"| 渋谷院 | 10:00-13:00 / 14:30-20:00 | 9:30-17:00 | 日・祝 |\n| 横浜院 | 9:30-13:00 / 14:30-19:00 | 9:30-17:00 | 木・日 |\n"
              f"| 大宮院 | 9:00-12:30 / 14:00-18:30 | 9:00-16:00 | 日・祝 |\n\n"
              f"ご予約・お問い合わせ：渋谷院 {CL['渋谷院'][1]}（代表） / 横浜院 {CL['横浜院'][1]}（代表） / 大宮院 {CL['大宮院'][1]}（代表）\n"
              "メール：info@sakura-dc.jp（返信は2営業日以内）\n")

    f = "総務/料金表_自費診療.xlsx"
    items = [("セラミッククラウン（e.max）", 120000, ""), ("ジルコニアクラウン", 140000, "奥歯可"), ("インプラント（1本）", 380000, "CT・上部構造込み"),
             ("ホワイトニング（オフィス）", 33000, "2回"), ("ホームホワイトニング", 22000, "トレー代込"), ("マウスピース矯正（全体）", 880000, ""),
             ("ナイトガード", 16500, ""), ("スポーツマウスガード", 13200, "STUDIO FLEX会員10%引"), ("小計（税抜）", "", "")]
    D.xlsx(f, [("自費料金", [["項目", "料金(税込)", "備考"]] + [[a, b, c] for a, b, c in items]),
               ("支払方法", [["方法", "手数料"], ["現金", 0], ["クレジットカード", 0], ["デンタルローン", "金利6.9%"]])])
    T.file(f, {"項目": None, "料金(税込)": None, "備考": None, "方法": None, "手数料": None})

    f = "総務/個人情報保護方針.md"
    D.text(f, "# 個人情報保護方針\n\n医療法人社団 桜輝会（以下「当法人」）は、患者様の個人情報を適切に取り扱います。\n\n"
              "## 利用目的の例\n- 診療・会計・予約の管理\n- 紹介状の作成（例：「山田太郎様を〇〇病院 口腔外科へご紹介します」）\n"
              "- 院内掲示では氏名を表示しません（表示例：山田 花子 → 「受付番号 A-012 の方」）\n\n"
              "## 記入例\n| 項目 | 記入例 |\n|---|---|\n| 氏名 | 鈴木 一郎 |\n| 生年月日 | 1980年1月1日 |\n| 電話 | 03-0000-0000 |\n\n"
              "お問い合わせ窓口：個人情報相談窓口 privacy@sakura-dc.jp\n")
    # privacy@ is a role address (not in ROLE_LOCAL on purpose? it is a role: no person is named)

    f = "総務/プレスリリース_2024-05-20.md"
    D.text(f, "報道関係者各位\n\n2024年5月20日\n株式会社さくらウェルネス\n\n"
              "# 歯科とフィットネスを結ぶ「噛む力トレーニング」プログラム提供開始のお知らせ\n\n"
              "株式会社さくらウェルネス（本社：東京都渋谷区、代表取締役：" + nm(ceo) + "）は、医療法人社団 桜輝会と連携し、"
              "STUDIO FLEX 全会員を対象とした新プログラムを6月1日より提供します。\n\n"
              "■ 会社概要\n商号：株式会社さくらウェルネス\n代表者：代表取締役 " + nm(ceo) + "\n所在地：東京都渋谷区神南1-4-8\n"
              "事業内容：フィットネススタジオ運営、労働者派遣事業（派13-312455）\n\n"
              "【本件に関するお問い合わせ】広報窓口 pr@sakura-wellness.co.jp / 03-5459-2200（代表）\n")
    T.ap(f, ceo, names=[nm(ceo)])

    f = "総務/備品カタログ_2024.csv"
    makers = ["ヨシダ製作所", "株式会社タナカ歯材", "Matsumoto Dental Co.", "サトウ医科器械", "ナカムラ・デンタルサプライ", "Kobayashi Medical"]
    rows = []
    for i in range(40):
        rows.append([f"K-{1000 + i}", ean13("45" + "".join(str(r.randint(0, 9)) for _ in range(10))), r.choice(makers),
                     r.choice(["グローブ M", "紙コップ 200入", "エプロン", "印象材", "仮封材", "歯ブラシ（子供用）", "フロス 50m", "ミラー"]),
                     str(r.randint(3, 80) * 50)])
    write_delim(D, f, ["品番", "JANコード", "メーカー", "商品名", "単価"], rows)
    T.file(f, {"品番": None, "JANコード": None, "メーカー": None, "商品名": None, "単価": None}, hard=["JANコード", "メーカー"])

    f = "総務/取引先一覧.csv"
    rows = [[cl["name"], cl["corp"], cl["tel"], f"info@{cl['dom']}"] for cl in clients]
    rows += [["株式会社タナカ歯材", corp_number("401234567890"), "03-3811-0040", "sales@tanaka-shizai.co.jp"],
             ["ヨシダ製作所", corp_number("501234567891"), "048-600-2231", "support@yoshida-ss.jp"]]
    write_delim(D, f, ["会社名", "法人番号", "代表電話", "代表メール"], rows, bom=True, newline="\r\n")
    T.file(f, {"会社名": None, "法人番号": "CORPORATE_NUMBER", "代表電話": "?", "代表メール": "?"}, hard=["会社名"])

    f = "総務/拠点連絡先.tsv"
    rows = [[c, CL[c][1], f"{['shibuya', 'yokohama', 'omiya'][i]}@sakura-dc.jp".replace("shibuya@", "uketsuke@"), "yoyaku@sakura-dc.jp"]
            for i, c in enumerate(CL)]
    rows += [["STUDIO FLEX", "03-5459-2230", "studio@studio-flex.jp", "info@studio-flex.jp"],
             ["さくらスタッフサービス", "03-5459-2250", "staffing@sakura-staff.jp", "info@sakura-staff.jp"]]
    rows = [[a, b, "info@sakura-dc.jp" if "@sakura-dc.jp" in c else c, d] for a, b, c, d in rows]
    write_delim(D, f, ["拠点", "代表電話", "問い合わせ", "予約"], rows, delim="\t")
    T.file(f, {"拠点": None, "代表電話": "?", "問い合わせ": "?", "予約": "?"})

    # minutes with attendee list (no honorifics) + e-mail table ----------------------------------------------
    def minutes(f, date, attendees, body_people, fmt):
        lines = [f"# 院長会議 議事録（{date}）", "", "出席者：" + "、".join(sur(p) + giv(p) for p in attendees), "",
                 "| 出席者 | 所属 | メール |", "|---|---|---|"]
        for p in attendees:
            lines.append(f"| {nm(p)} | {p['dept']} {p['title']} | {p['wmail']} |")
            T.ap(f, p, names=[nm(p), sur(p) + giv(p), sur(p)], emails=[p["wmail"]])
        lines += ["", "## 議題"] + body_people + ["", "以上（記録：本部 総務）"]
        text = "\n".join(lines) + "\n"
        if fmt == "md":
            D.text(f, text)
        else:
            D.docx(f, [("h", lines[0])] + ["\n".join(lines[2:3])] + [("t", [["出席者", "所属", "メール"]] +
                   [[nm(p), f"{p['dept']} {p['title']}", p["wmail"]] for p in attendees])] + ["\n".join(lines[6 + len(attendees):])])

    f = "総務/院長会議議事録_2024-05.md"
    att = [staff[c][0] for c in CL] + [staff["本部"][0], staff["本部"][1]]
    cp = r.choice([p for p in patients["渋谷院"] if age_at(p["dob"]) > 30])
    ext = W.person("external", sex="M", age=(50, 70), email=0)
    body = [f"1. 渋谷院：{nm(cp)}様（{cp['tel']}）より会計時の説明不足についてご意見あり。{sur(att[0])}院長より電話で説明済み。",
            f"2. 歯科医師会：渋谷区歯科医師会の{nm(ext)}会長より、学校歯科健診（6月）の協力依頼。",
            f"3. {sur(att[3])}課長より、防災訓練の日程（7/12）を周知。",
            "4. 自費診療の料金改定は次回継続審議。"]
    T.ap(f, cp, names=[nm(cp)], phones=[cp["tel"]])
    T.ap(f, ext, names=[nm(ext)])
    minutes(f, "2024年5月27日", att, body, "md")

    f = "総務/院長会議議事録_2024-06.docx"
    att2 = [staff[c][0] for c in CL] + [staff["本部"][0], staff["STUDIO FLEX"][0], staff["さくらスタッフサービス"][0]]
    body = [f"1. {sur(att2[4])}店長より、会員向け「噛む力」講座の参加者数（延べ126名）を報告。",
            f"2. 派遣：{sur(att2[5])}課長より、歯科助手の派遣依頼が増加との報告。",
            f"3. 横浜院の衛生士 {sur(maiden)}（旧姓：{maiden['kyusei'][0]}）{giv(maiden)}（{maiden['wmail']}）が7月から産休に入る。",
            "4. 次回は7月29日。"]
    T.ap(f, maiden, names=[f"{sur(maiden)}（旧姓：{maiden['kyusei'][0]}）{giv(maiden)}"], emails=[maiden["wmail"]])
    minutes(f, "2024年6月24日", att2, body, "docx")

    f = "総務/社内報_2024夏.txt"
    newbie = staff["大宮院"][6]
    dad = staff["渋谷院"][2]
    baby = W.person("bare", sex="M", surname=dad["sur"], age=(0, 0.2), email=0)
    txt = ("さくら通信 2024 夏号\n" + "=" * 20 + "\n\n"
           f"■ おめでとうございます\n渋谷院の{nm(dad)}先生（{dad['wmail']}）に第一子の{giv(baby)}くんが誕生しました。\n\n"
           f"■ 新しい仲間\n大宮院 受付に{nm(newbie)}さんが加わりました。趣味は登山だそうです。連絡先：{newbie['wmail']}\n\n"
           "■ 健康コラム\n夏の脱水に注意しましょう。（例：山田太郎さん 40歳の場合、1日の必要水分量は…）\n\n"
           "■ 編集後記\n原稿募集中です。宛先：info@sakura-dc.jp\n")
    D.text(f, txt)
    T.ap(f, dad, names=[nm(dad)], emails=[dad["wmail"]])
    T.ap(f, baby, names=[giv(baby)])
    T.ap(f, newbie, names=[nm(newbie)], emails=[newbie["wmail"]])

    # ---- 人事 -------------------------------------------------------------------------------------------
    f = "人事/社員名簿.tsv"
    tab = Tab([("社員番号", None, lambda x: x["no"]), ("氏名", "PERSON", lambda x: nm(x["p"])),
               ("フリガナ", "PERSON", lambda x: kn(x["p"])), ("ローマ字", "PERSON", lambda x: RO(x["p"])),
               ("旧姓", "PERSON", lambda x: x["p"].get("kyusei", ("",))[0]),
               ("所属", None, lambda x: x["p"]["dept"]), ("役職", None, lambda x: x["p"]["title"]),
               ("生年月日", "DATE_OF_BIRTH", lambda x: ds(x["p"]["dob"])), ("携帯", "PHONE", lambda x: x["p"]["tel"]),
               ("メール", "EMAIL", lambda x: x["p"]["wmail"]), ("住所", "ADDRESS", lambda x: x["p"]["addr"]),
               ("入社日", None, lambda x: x["joined"])],
              {"p": {"name": ["氏名", "フリガナ", "ローマ字"], "dob": ["生年月日"], "phone": ["携帯"], "email": ["メール"],
                     "addr": ["住所"]}})
    recs = []
    for i, p in enumerate(all_staff):
        p["no"] = f"E{1001 + i * 2}"
        recs.append({"p": p, "no": p["no"], "joined": ds(dt.date(2008, 4, 1) + dt.timedelta(days=r.randint(0, 5600)))})
    h, rows = tab.build(T, f, recs)
    write_delim(D, f, h, rows, delim="\t")
    T.file(f, tab.types(), hard=["社員番号"])

    f = "人事/給与_2024年6月.xlsx"
    banks = [("みずほ銀行", ["渋谷支店", "横浜支店", "大宮支店"]), ("三菱UFJ銀行", ["渋谷中央支店", "横浜駅前支店"]),
             ("りそな銀行", ["大宮支店", "渋谷支店"]), ("ゆうちょ銀行", ["〇一八店"]), ("横浜銀行", ["本店営業部", "関内支店"])]
    for p in all_staff:
        b = r.choice(banks)
        p["bank"] = (b[0], r.choice(b[1]), f"{r.randint(1000000, 9999999)}")
    tab = Tab([("社員番号", None, lambda x: x["p"]["no"]), ("氏名", "PERSON", lambda x: nm(x["p"], "　")),
               ("生年月日", "DATE_OF_BIRTH", lambda x: ds(x["p"]["dob"])), ("所属", None, lambda x: x["p"]["dept"]),
               ("基本給", None, lambda x: x["base"]), ("諸手当", None, lambda x: x["allow"]), ("控除計", None, lambda x: x["ded"]),
               ("差引支給額", None, lambda x: x["base"] + x["allow"] - x["ded"]), ("振込銀行", None, lambda x: x["p"]["bank"][0]),
               ("支店", None, lambda x: x["p"]["bank"][1]), ("口座番号", "BANK_ACCOUNT", lambda x: x["p"]["bank"][2]),
               ("口座名義", "PERSON", lambda x: hwkana(kn(x["p"])))],
              {"p": {"name": ["氏名", "口座名義"], "dob": ["生年月日"]}})
    recs = []
    for dept, lst in staff.items():
        sub = [0, 0, 0]
        for p in lst:
            base = r.randint(20, 70) * 10000
            x = {"p": p, "base": base, "allow": r.randint(0, 8) * 5000, "ded": int(base * 0.22)}
            recs.append(x)
        recs.append(["", "小計", "", dept, sum(x["base"] for x in recs if isinstance(x, dict) and x["p"]["dept"] == dept)])
        recs.append([])
    recs.append(["", "合計", "", "", sum(x["base"] for x in recs if isinstance(x, dict))])
    h, rows = tab.build(T, f, recs, unit_prefix="給与")
    D.xlsx(f, [("2024年6月", [h] + rows)])
    T.file(f, tab.types(), hard=["振込銀行", "支店", "社員番号"])

    f = "人事/扶養控除等申告_2024.csv"
    deps_rows = []
    dependants = []
    for p in all_staff:
        if r.random() < 0.4:
            n = r.choice([1, 1, 2, 3])
            ds_ = []
            for k in range(n):
                if k == 0 and r.random() < 0.6:
                    d = W.person("dependant", sex="F" if p["sex"] == "M" else "M", surname=p["sur"], age=(25, 60),
                                 region=p["region"], addr=(p["zip"], p["addr"]), email=0, mn=True)
                    d["rel"] = "配偶者"
                else:
                    d = W.person("dependant", surname=p["sur"], age=(0, 20), region=p["region"], addr=(p["zip"], p["addr"]),
                                 email=0, mn=True)
                    d["rel"] = "長男" if d["sex"] == "M" else "長女"
                ds_.append(d)
                dependants.append(d)
            deps_rows.append((p, ds_))
    cols = [("社員番号", None, lambda x: x["p"]["no"]), ("氏名", "PERSON", lambda x: nm(x["p"])),
            ("個人番号", "MY_NUMBER", lambda x: x["p"]["mn"]), ("住所", "ADDRESS", lambda x: x["p"]["addr"])]
    subj = {"p": {"name": ["氏名"], "mn": ["個人番号"], "addr": ["住所"]}}
    for k in range(3):
        j = k
        cols += [(f"扶養{k + 1}_氏名", "PERSON", lambda x, j=j: nm(x["d"][j]) if len(x["d"]) > j else ""),
                 (f"扶養{k + 1}_続柄", "?", lambda x, j=j: x["d"][j]["rel"] if len(x["d"]) > j else ""),
                 (f"扶養{k + 1}_生年月日", "DATE_OF_BIRTH", lambda x, j=j: di(x["d"][j]["dob"]) if len(x["d"]) > j else ""),
                 (f"扶養{k + 1}_個人番号", "MY_NUMBER", lambda x, j=j: x["d"][j]["mn"] if len(x["d"]) > j else "")]
        subj[f"d{k}"] = {"name": [f"扶養{k + 1}_氏名"], "dob": [f"扶養{k + 1}_生年月日"], "mn": [f"扶養{k + 1}_個人番号"]}
    tab = Tab(cols, subj)
    recs = []
    for p, dl in deps_rows:
        x = {"p": p, "d": dl}
        for k, d in enumerate(dl):
            x[f"d{k}"] = d
        recs.append(x)
    h, rows = tab.build(T, f, recs)
    write_delim(D, f, h, rows, enc="cp932", newline="\r\n")
    T.file(f, tab.types(), hard=["社員番号"])

    # applicants -------------------------------------------------------------------------------------------
    apps_ = [W.person("applicant", sex="F", age=(24, 40), email=True) for _ in range(5)]
    a0, a1 = apps_[0], apps_[1]
    a1["kyusei"] = r.choice([s for s in SUR if s[0] != a1["sur"][0]])
    boss = W.person("bare", sex="M", age=(45, 65), email=0)
    f = f"人事/応募者/履歴書_{sur(a0)}{giv(a0)}.docx"
    D.docx(f, [("h", "履 歴 書"), "2024年6月1日現在",
               ("t", [["ふりがな", p2h(kn(a0))], ["氏名", nm(a0)], ["生年月日", f"{wareki(a0['dob'])}生（満{age_at(a0['dob'])}歳）"],
                      ["現住所", f"〒{a0['zip']} {a0['addr']}"], ["電話", a0["tel"]], ["E-mail", a0["email"]]]),
               ("t", [["年", "月", "学歴・職歴"], [str(a0["dob"].year + 18), "4", "東京歯科衛生専門学校 入学"],
                      [str(a0["dob"].year + 21), "3", "同校 卒業"], [str(a0["dob"].year + 21), "4", "医療法人 田中歯科医院 入職（歯科衛生士）"],
                      [str(a0["dob"].year + 26), "3", "一身上の都合により退職"], [str(a0["dob"].year + 26), "4", "株式会社サトウデンタル 入社"],
                      ["", "", "現在に至る"]]),
               ("t", [["免許・資格"], ["歯科衛生士免許（第" + str(r.randint(100000, 199999)) + "号）"], ["普通自動車第一種運転免許"]]),
               "志望動機：予防歯科に力を入れている貴院で経験を活かしたいと考えました。"])
    T.ap(f, a0, names=[nm(a0), p2h(kn(a0))], dob=a0["dob"], phones=[a0["tel"]], addrs=[a0["addr"]], emails=[a0["email"]])

    f = f"人事/応募者/職務経歴書_{sur(a0)}{giv(a0)}.docx"
    D.docx(f, [("h", "職務経歴書"), f"2024年6月1日\n氏名　{nm(a0)}\n連絡先　{a0['tel']} / {a0['email']}",
               "■職務経歴\n【医療法人 田中歯科医院】（東京都世田谷区、ユニット5台）\n・歯科衛生士として予防処置、SRP、TBIを担当\n"
               f"・上司：院長 {nm(boss)} 先生のもとで訪問歯科に同行（週1回）\n"
               "【株式会社サトウデンタル】（歯科材料商社、従業員120名）\n・学術担当として歯科医院向けセミナーを企画（年間40回）",
               "■活かせる経験・知識\n・歯周病検査、PMTC、ホワイトニング\n・Excel（VLOOKUP、ピボット）", "以上"])
    T.ap(f, a0, names=[nm(a0)], phones=[a0["tel"]], emails=[a0["email"]])
    T.ap(f, boss, names=[nm(boss)])

    f = f"人事/応募者/履歴書_{a1['kyusei'][0]}{giv(a1)}.txt"
    D.text(f, "履歴書（テキスト版）\n\n"
              f"氏名　　：{sur(a1)} {giv(a1)}（旧姓 {a1['kyusei'][0]}）\nフリガナ：{kn(a1)}\n生年月日：{dj(a1['dob'])}\n"
              f"住所　　：〒{a1['zip']} {a1['addr']}\n携帯　　：{a1['tel']}\nメール　：{a1['email']}\n\n"
              f"職歴\n{a1['dob'].year + 22}年4月 株式会社ハヤシ商事 入社（旧姓 {a1['kyusei'][0]}で在籍）\n"
              f"{a1['dob'].year + 27}年3月 同社 退職\n{a1['dob'].year + 27}年5月 医療法人 鈴木歯科クリニック 受付（パート）\n\n"
              "資格\n医療事務技能審査試験（メディカルクラーク）\n")
    T.ap(f, a1, names=[f"{sur(a1)} {giv(a1)}", kn(a1)], dob=a1["dob"], phones=[a1["tel"]], addrs=[a1["addr"]], emails=[a1["email"]])

    f = "人事/応募者/応募者一覧.xlsx"
    tab = Tab([("受付No", None, lambda x: x["no"]), ("氏名", "PERSON", lambda x: nm(x["p"])), ("ふりがな", "PERSON", lambda x: p2h(kn(x["p"]))),
               ("メール", "EMAIL", lambda x: x["p"]["email"]), ("電話", "PHONE", lambda x: x["p"]["tel"]),
               ("応募職種", None, lambda x: x["job"]), ("面接日", None, lambda x: x["iv"]), ("評価メモ", "TEXT", lambda x: x["memo"])],
              {"p": {"name": ["氏名", "ふりがな"], "phone": ["電話"], "email": ["メール"]}})
    recs = [{"p": p, "no": f"R24-{i + 1:03d}", "job": r.choice(["歯科衛生士", "受付", "歯科助手"]), "iv": f"2024/06/{10 + i}",
             "memo": r.choice(["経験豊富。", "ブランクあり、意欲高い。", "通勤60分。", "要 再面接", ""])} for i, p in enumerate(apps_)]
    h, rows = tab.build(T, f, recs)
    D.xlsx(f, [("応募者", [h] + rows)])
    T.file(f, tab.types(), hard=["受付No"])

    f = "人事/面談記録_2024-04.md"
    s1, s2 = staff["横浜院"][3], staff["大宮院"][4]
    D.text(f, "# 個別面談記録（2024年4月）\n\n記録者：" + f"{nm(staff['本部'][1])}（{staff['本部'][1]['wmail']}）\n\n"
              f"## {nm(s1)}（{s1['dept']}・{s1['title']}）\n- 連絡先：{s1['wmail']}\n- 腰痛のため整形外科に通院中。重い器具の運搬は免除。\n"
              f"- {sur(s1)}さん本人の希望で、9月から週4日勤務へ変更予定。\n\n"
              f"## {nm(s2)}（{s2['dept']}・{s2['title']}）\n- 連絡先：{s2['tel']}\n- 認定衛生士の受験希望。研修費補助を検討。\n")
    T.ap(f, staff["本部"][1], names=[nm(staff["本部"][1])], emails=[staff["本部"][1]["wmail"]])
    T.ap(f, s1, names=[nm(s1), sur(s1)], emails=[s1["wmail"]])
    T.ap(f, s2, names=[nm(s2)], phones=[s2["tel"]])

    f = "人事/研修受講者_2024.csv"
    tab = Tab([("受講者", "PERSON", lambda x: x["n"]), ("メールアドレス", "EMAIL", lambda x: x["p"]["wmail"]),
               ("研修名", None, lambda x: x["c"]), ("受講日", None, lambda x: x["d"]), ("修了", None, lambda x: x["ok"])],
              {"p": {"name": ["受講者"], "email": ["メールアドレス"]}})
    recs = []
    for p in r.sample(all_staff, 22):
        for c in r.sample(["感染対策", "個人情報保護", "BLS", "接遇"], r.choice([1, 2])):
            recs.append({"p": p, "n": r.choice([nm(p), ro(p), RO(p)]), "c": c, "d": f"2024-0{r.randint(4, 6)}-{r.randint(10, 28)}",
                         "ok": r.choice(["済", "済", "未"])})
    h, rows = tab.build(T, f, recs)
    write_delim(D, f, h, rows)
    T.file(f, tab.types())

    f = "人事/退職者リスト_2023.csv"
    former = [W.person("former", age=(22, 65), region=r.choice(["tokyo", "yokohama", "saitama"]), email=0) for _ in range(9)]
    tab = Tab([("氏名", "PERSON", lambda x: nm(x["p"])), ("生年月日", "DATE_OF_BIRTH", lambda x: wareki(x["p"]["dob"])),
               ("最終所属", None, lambda x: x["dept"]), ("退職日", None, lambda x: x["d"]), ("退職理由", "?", lambda x: x["why"]),
               ("郵便番号", "POSTAL_CODE", lambda x: x["p"]["zip"]), ("住所", "ADDRESS", lambda x: x["p"]["addr"])],
              {"p": {"name": ["氏名"], "dob": ["生年月日"], "addr": ["住所"]}})
    recs = [{"p": p, "dept": r.choice(list(CL) + ["STUDIO FLEX"]), "d": f"2023/{r.randint(1, 12)}/{r.randint(1, 28)}",
             "why": r.choice(["自己都合", "転居", "体調不良", "結婚", "契約満了"])} for p in former]
    h, rows = tab.build(T, f, recs)
    write_delim(D, f, h, rows)
    T.file(f, tab.types())

    # ---- 診療 -------------------------------------------------------------------------------------------
    # patient list (Shibuya): cp932, CRLF.  The e-mail column is what links the variant-spelled studio members.
    f = "診療/渋谷院/患者一覧.csv"
    tab = Tab([("カルテ番号", None, lambda x: x["p"]["chart"]), ("患者氏名", "PERSON", lambda x: nm(x["p"])),
               ("カナ", "PERSON", lambda x: kn(x["p"])), ("性別", "?", lambda x: "男" if x["p"]["sex"] == "M" else "女"),
               ("生年月日", "DATE_OF_BIRTH", lambda x: wareki(x["p"]["dob"])), ("電話番号", "PHONE", lambda x: x["p"]["tel"]),
               ("メール", "EMAIL", lambda x: x["p"]["email"]), ("郵便番号", "POSTAL_CODE", lambda x: x["p"]["zip"]),
               ("住所", "ADDRESS", lambda x: x["p"]["addr"]), ("保険者番号", "HEALTH_INSURANCE", lambda x: x["p"]["ins"][0]),
               ("記号", "HEALTH_INSURANCE", lambda x: x["p"]["ins"][1]), ("番号", "HEALTH_INSURANCE", lambda x: x["p"]["ins"][2]),
               ("最終来院日", None, lambda x: x["last"])],
              {"p": {"name": ["患者氏名", "カナ"], "dob": ["生年月日"], "phone": ["電話番号"], "email": ["メール"], "addr": ["住所"]}})
    recs = []
    for p in patients["渋谷院"]:
        p["last"] = dt.date(2023, 6, 1) + dt.timedelta(days=r.randint(0, 390))
        recs.append({"p": p, "last": ds(p["last"])})
    h, rows = tab.build(T, f, recs)
    write_delim(D, f, h, rows, enc="cp932", newline="\r\n")
    T.file(f, tab.types(), hard=["カルテ番号"])

    # appointment memos -----------------------------------------------------------------------------------
    used_in_prose = set()

    def pick(lst, cond=lambda p: True):
        for _ in range(10000):
            p = r.choice(lst)
            if p["pid"] not in used_in_prose and cond(p):
                used_in_prose.add(p["pid"])
                return p
        raise RuntimeError("pick")

    def surname_unique(ps, others=()):
        """patients' surnames distinct from each other and from the staff named in the same document"""
        return len({sur(p) for p in ps}) == len(ps) and not ({sur(p) for p in ps} & {sur(o) for o in others})

    def memo(f, clinic, date, fmt):
        reg = CL[clinic][0]
        while True:
            ps = [pick(patients[clinic], lambda p: age_at(p["dob"]) >= 18) for _ in range(5)]
            if surname_unique(ps, [staff[clinic][6], staff[clinic][1]]):
                break
            for p in ps:
                used_in_prose.discard(p["pid"])
        rec = staff[clinic][6]
        L = [f"{clinic} 予約メモ {date}（記入：{nm(rec)} {rec['wmail']}）", ""]
        T.ap(f, rec, names=[nm(rec)], emails=[rec["wmail"]])
        p = ps[0]
        L += [f"・10:00 {sur(p)}様 キャンセル → 来週同時刻に変更希望。折り返し {p['tel']}（{nm(p)}様 連絡先）"]
        T.ap(f, p, names=[sur(p), nm(p)], phones=[p["tel"]])
        p = ps[1]
        L += [f"・11:30 カルテ {p['chart']}：{nm(p)}様（{dj(p['dob'])}生）右下6番 痛みあり、急患枠へ",
              f"  ※{p['chart']} は前回麻酔で気分不良あり。{sur(p)}様には横になって待っていただく"]
        T.ap(f, p, names=[nm(p), sur(p)], dob=p["dob"])
        p = ps[2]
        kana = p2h(kn(p)) if clinic == "横浜院" else kn(p)  # the form the clinic's register uses
        L += [f"・14:00 新患 電話予約 {kana} 様（漢字未確認）{p['tel']} 歯石取り希望"]
        T.ap(f, p, names=[kana], phones=[p["tel"]])
        p = ps[3]
        L += [f"・15:30 {nm(p)}様 定期検診。ご住所変更あり → {p['addr']}（{p['tel']}）"]
        T.ap(f, p, names=[nm(p)], phones=[p["tel"]], addrs=[p["addr"]])
        p = ps[4]
        kid = W.person("bare", surname=p["sur"], age=(5, 9), email=0)
        L += [f"・16:00 {nm(p)}様（{p['tel']}）とお子さんの{giv(kid)}ちゃん（小学生）の2名で予約。{giv(kid)}ちゃんは初診。"]
        T.ap(f, p, names=[nm(p)], phones=[p["tel"]])
        T.ap(f, kid, names=[giv(kid)])
        dr = staff[clinic][1]
        L += ["", f"担当医への連絡：{sur(dr)}先生（{dr['wmail']}）へ急患枠の件 伝達済み", "サンプル表記：患者 太郎 様 → 使用しないこと"]
        T.ap(f, dr, names=[sur(dr)], emails=[dr["wmail"]])
        text = "\n".join(L) + "\n"
        if fmt == "md":
            text = "# " + text.replace("\n・", "\n- ")
        D.text(f, text)

    memo("診療/渋谷院/予約メモ_2024-06-03.txt", "渋谷院", "2024/06/03", "txt")
    memo("診療/渋谷院/予約メモ_2024-06-04.txt", "渋谷院", "2024/06/04", "txt")
    memo("診療/大宮院/予約メモ_2024-06-12.md", "大宮院", "2024/06/12", "md")
    memo("診療/横浜院/予約メモ_2024-06-13.txt", "横浜院", "2024/06/13", "txt")

    # treatment-plan letters -------------------------------------------------------------------------------
    def plan(f, clinic, fmt):
        p = pick(patients[clinic], lambda p: age_at(p["dob"]) >= 20)
        dr = staff[clinic][r.choice([0, 1, 2])]
        body = [f"{nm(p)} 様", f"生年月日：{dj(p['dob'])}", f"ご住所：{p['addr']}", "",
                "治療計画のご説明",
                f"このたびは{clinic}をご受診いただきありがとうございます。検査の結果、以下の治療をご提案いたします。",
                "1. 歯周基本治療（スケーリング・ルートプレーニング）4回", "2. 左上6番 根管治療 → セラミッククラウン（自費 120,000円）",
                "3. 右下7番 抜歯後、インプラントまたはブリッジ（ご相談）", "",
                f"{sur(p)}様は糖尿病の治療中とのことですので、抜歯の際は主治医の先生と連携いたします。", "",
                f"担当歯科医師　{nm(dr)}", f"連絡先　{clinic} {CL[clinic][1]}（代表）／ {dr['wmail']}"]
        T.ap(f, p, names=[nm(p), sur(p)], dob=p["dob"], addrs=[p["addr"]])
        T.ap(f, dr, names=[nm(dr)], emails=[dr["wmail"]])
        if fmt == "docx":
            D.docx(f, [("h", "治療計画書")] + ["\n".join(body)])
        else:
            D.text(f, "# 治療計画書\n\n" + "\n".join(body) + "\n")

    plan("診療/渋谷院/治療計画書_0603.docx", "渋谷院", "docx")
    plan("診療/横浜院/治療計画書_0611.docx", "横浜院", "docx")
    plan("診療/横浜院/治療計画書_0614.md", "横浜院", "md")

    f = "診療/共通/治療計画書_記入例.docx"
    D.docx(f, [("h", "治療計画書（記入例）"), "山田 太郎 様\n生年月日：昭和55年1月1日\nご住所：東京都〇〇区〇〇1-2-3",
               "※本書式は記入例です。実在の患者様の情報は記載されていません。", "担当歯科医師　歯科 花子"])

    # referral letters (紹介状): patient + our dentist (with e-mail) + receiving doctor (bare, this letter only) ---
    hosp = ["東邦大学医療センター大森病院 口腔外科", "横浜市立みなと赤十字病院 歯科口腔外科", "自治医科大学附属さいたま医療センター 歯科口腔外科"]

    def referral(f, clinic, hi, fmt):
        p = pick(patients[clinic], lambda p: age_at(p["dob"]) >= 20)
        dr = staff[clinic][0]
        rx = W.person("external", surname=r.choice([s_ for s_ in SUR if s_[0] not in (sur(p), sur(dr))]), age=(40, 65), email=0)
        L = ["診療情報提供書（紹介状）", "", hosp[hi], f"{nm(rx)} 先生 御侍史", "",
             f"紹介元：医療法人社団 桜輝会 さくら歯科クリニック {clinic}", f"　　　　歯科医師 {nm(dr)}（{dr['wmail']}）", "",
             f"患者氏名：{nm(p)}（{kn(p)}） 様", f"生年月日：{wareki(p['dob'])}（{age_at(p['dob'])}歳）",
             f"住所：{p['addr']}", f"電話：{p['tel']}", "",
             "紹介目的：右下8番 水平埋伏智歯の抜歯をお願いいたします。",
             "既往歴：高血圧（内服：アムロジピン 5mg）。ペニシリン系にアレルギーあり。",
             f"{sur(p)}様には貴院へのご連絡方法をお伝えしております。", f"お忙しいところ恐縮ですが、{sur(rx)}先生のご高診を賜りますようお願い申し上げます。"]
        T.ap(f, p, names=[nm(p), kn(p), sur(p)], dob=p["dob"], phones=[p["tel"]], addrs=[p["addr"]])
        T.ap(f, dr, names=[nm(dr)], emails=[dr["wmail"]])
        T.ap(f, rx, names=[nm(rx), sur(rx)])
        if fmt == "docx":
            D.docx(f, [("h", L[0])] + ["\n".join(L[2:])])
        else:
            D.text(f, "\n".join(L) + "\n")
        return p, rx, dr

    referral("診療/渋谷院/紹介状_東邦大森.txt", "渋谷院", 0, "txt")
    referral("診療/横浜院/紹介状_みなと赤十字.docx", "横浜院", 1, "docx")
    rp, rrx, rdr = referral("診療/大宮院/紹介状_さいたま医療C.txt", "大宮院", 2, "txt")

    f = "診療/大宮院/紹介状_返書_さいたま医療C.txt"
    # reply from the hospital: same patient (name + birth date), our dentist (e-mail), a new hospital doctor
    rx2 = W.person("external", age=(32, 50), email=0)
    D.text(f, f"ご紹介いただいた患者様についてのご報告\n\nさくら歯科クリニック大宮院\n{nm(rdr)} 先生（{rdr['wmail']}）\n\n"
              f"患者：{nm(rp)} 様（{ds(rp['dob'])} 生）\n\n"
              f"先日は上記患者様をご紹介いただきありがとうございました。6月18日、当科にて右下8番を抜去いたしました（執刀：{nm(rx2)}）。"
              f"術後経過良好です。抜糸は貴院にてお願いいたします。\n\n自治医科大学附属さいたま医療センター 歯科口腔外科\n{hosp[2].split()[0]} 代表 048-647-2111\n")
    T.ap(f, rdr, names=[nm(rdr)], emails=[rdr["wmail"]])
    T.ap(f, rp, names=[nm(rp)], dob=rp["dob"])
    T.ap(f, rx2, names=[nm(rx2)])

    # incident reports ------------------------------------------------------------------------------------
    f = "診療/横浜院/事故報告書_2024-05-28.docx"
    dh, dr = staff["横浜院"][5], staff["横浜院"][1]
    p = pick(patients["横浜院"], lambda p: age_at(p["dob"]) >= 30)
    D.docx(f, [("h", "インシデント・アクシデント報告書"),
               f"発生日時：2024年5月28日 15:40\n発生場所：横浜院 診療室2\n報告者：歯科衛生士 {nm(dh)}（以下 {dh['giv'][2][0]}.{dh['sur'][2][0]}.）{dh['wmail']}",
               f"患者：{nm(p)} 様（カルテ {p['chart']}、{dj(p['dob'])}生）",
               f"概要：超音波スケーラー使用中、{dh['giv'][2][0]}.{dh['sur'][2][0]}.が患者の下唇に軽度の擦過傷を生じさせた。"
               f"直ちに担当医 {nm(dr)}（{dr['wmail']}）が確認し、軟膏塗布。{sur(p)}様には経緯を説明し了承を得た。",
               "原因：患者の体動時にハンドピースの角度が変わったため。", "対策：口角鉤の使用を徹底する。",
               "影響度：レベル1"])
    T.ap(f, dh, names=[nm(dh), f"{dh['giv'][2][0]}.{dh['sur'][2][0]}."], emails=[dh["wmail"]])
    T.ap(f, dr, names=[nm(dr)], emails=[dr["wmail"]])
    T.ap(f, p, names=[nm(p), sur(p)], dob=p["dob"])

    f = "診療/大宮院/事故報告書_2024-06-01.txt"
    dh, rc = staff["大宮院"][3], staff["大宮院"][7]
    p = pick(patients["大宮院"], lambda p: age_at(p["dob"]) >= 65)
    fam = W.person("bare", sex="F", surname=p["sur"], age=(35, 55), email=0)
    D.text(f, "【事故報告】待合室での転倒\n\n日時：2024/06/01 10:15\n"
              f"当事者：{nm(p)}様（{age_at(p['dob'])}歳、{p['tel']}）\n付き添い：娘の{nm(fam)}様\n"
              f"発見者：受付 {nm(rc)}（{rc['tel']}）\n対応：歯科衛生士 {nm(dh)}（{dh['wmail']}）が車いすで診療室へ誘導。外傷なし。\n"
              f"経過：{sur(rc)}が同日17時にご自宅へ電話、{giv(fam)}様より「変わりなし」との回答。\n"
              "再発防止：玄関マットの段差を解消（6/3業者手配済、株式会社ヨシダ建装）。\n")
    T.ap(f, p, names=[nm(p)], phones=[p["tel"]])
    T.ap(f, fam, names=[nm(fam), giv(fam)])
    T.ap(f, rc, names=[nm(rc), sur(rc)], phones=[rc["tel"]])
    T.ap(f, dh, names=[nm(dh)], emails=[dh["wmail"]])

    # handover notes --------------------------------------------------------------------------------------
    def handover(f, clinic, date):
        a, b = staff[clinic][3], staff[clinic][4]
        ps = []
        while True:
            ps = [pick(patients[clinic]) for _ in range(3)]
            if surname_unique(ps, [a, b]):
                break
            for p in ps:
                used_in_prose.discard(p["pid"])
        c0 = W.person("bare", surname=r.choice([s_ for s_ in SUR if s_[0] not in {sur(x) for x in ps + [a, b]}]),
                      age=(30, 60), email=0)
        L = [f"申し送り {date}", f"日勤 {nm(a)} → 遅番 {nm(b)}", f"（{a['wmail']} / {b['wmail']}）", "",
             f"1) {sur(ps[0])}さん（{ps[0]['tel']}、{nm(ps[0])}）仮歯が外れたと電話あり。明日9:30に入れた。",
             f"2) {nm(ps[1])}さん 会計未済 3,200円。次回来院時に。連絡先 {ps[1]['tel']}",
             f"3) {kn(ps[2])}さん（{ds(ps[2]['dob'])}生）保険証の確認がまだ。",
             f"4) 技工所の{sur(c0)}さんから、{sur(ps[1])}さんのクラウン納品が1日遅れると連絡。",
             "5) 滅菌器のエラー E-3 → メーカー（ナカムラ・デンタルサプライ）に連絡済。", "", "以上"]
        T.ap(f, a, names=[nm(a)], emails=[a["wmail"]])
        T.ap(f, b, names=[nm(b)], emails=[b["wmail"]])
        T.ap(f, ps[0], names=[sur(ps[0]), nm(ps[0])], phones=[ps[0]["tel"]])
        T.ap(f, ps[1], names=[nm(ps[1]), sur(ps[1])], phones=[ps[1]["tel"]])
        T.ap(f, ps[2], names=[kn(ps[2])], dob=ps[2]["dob"])
        T.ap(f, c0, names=[sur(c0)])
        D.text(f, "\n".join(L) + "\n")

    handover("診療/渋谷院/申し送り_2024-06-04.txt", "渋谷院", "2024/06/04")
    handover("診療/大宮院/申し送り_2024-06-12.txt", "大宮院", "2024/06/12")

    # reception daily report (日報) ------------------------------------------------------------------------
    f = "診療/横浜院/日報_2024-06-10.txt"
    rc = staff["横浜院"][6]
    ps = []
    while True:
        ps = [pick(patients["横浜院"], lambda p: age_at(p["dob"]) >= 18) for _ in range(3)]
        if surname_unique(ps, [rc]):
            break
        for p in ps:
            used_in_prose.discard(p["pid"])
    # the complaint caller is known only by family name + phone: a person of this file only
    used_in_prose.discard(ps[1]["pid"])
    ps[1] = W.person("bare", surname=r.choice([s_ for s_ in SUR if s_[0] not in {sur(x) for x in ps + [rc]}]), age=(30, 70),
                     region="yokohama", email=0)
    D.text(f, f"受付日報 2024年6月10日（月）\n記入者：{nm(rc)}（{rc['wmail']}）\n\n来院数：42名（新患3名、急患2名）\nキャンセル：4件\n"
              f"電話対応：{nm(ps[0])}様（{ps[0]['tel']}）から治療費のご質問。{sur(ps[0])}様へは院長から折り返し。\n"
              f"クレーム：{ps[1]['sur'][0]}様（{ps[1]['tel']}）待ち時間が長いとのご指摘。\n"
              f"忘れ物：{nm(ps[2])}様（カルテ {ps[2]['chart']}、{ds(ps[2]['dob'])}生）の眼鏡をお預かり中。\n"
              "明日の予約：38件（満枠）\n")
    T.ap(f, rc, names=[nm(rc)], emails=[rc["wmail"]])
    T.ap(f, ps[0], names=[nm(ps[0]), sur(ps[0])], phones=[ps[0]["tel"]])
    T.ap(f, ps[1], names=[sur(ps[1])], phones=[ps[1]["tel"]])
    T.ap(f, ps[2], names=[nm(ps[2])], dob=ps[2]["dob"])

    # Yokohama ledger: 2 sheets, sheet 2 repeats sheet 1's persons (name + phone) -----------------------------
    f = "診療/横浜院/患者台帳.xlsx"
    tab1 = Tab([("診察券番号", None, lambda x: x["p"]["chart"]), ("氏名", "PERSON", lambda x: nm(x["p"])),
                ("ふりがな", "PERSON", lambda x: p2h(kn(x["p"]))), ("生年月日", "DATE_OF_BIRTH", lambda x: di(x["p"]["dob"])),
                ("電話", "PHONE", lambda x: x["p"]["tel"]), ("〒", "POSTAL_CODE", lambda x: x["p"]["zip"]),
                ("住所", "ADDRESS", lambda x: x["p"]["addr"]), ("メール", "EMAIL", lambda x: x["p"]["email"])],
               {"p": {"name": ["氏名", "ふりがな"], "dob": ["生年月日"], "phone": ["電話"], "addr": ["住所"], "email": ["メール"]}})
    h1, rows1 = tab1.build(T, f, [{"p": p} for p in patients["横浜院"]], unit_prefix="基本情報")
    contact = r.sample(patients["横浜院"], 140)
    tab2 = Tab([("氏名", "PERSON", lambda x: nm(x["p"])), ("電話", "PHONE", lambda x: x["p"]["tel"]),
                ("連絡日", None, lambda x: x["d"]), ("連絡内容", "TEXT", lambda x: x["t"])],
               {"p": {"name": ["氏名"], "phone": ["電話"]}})
    recs = [{"p": p, "d": f"2024/0{r.randint(4, 6)}/{r.randint(10, 28)}",
             "t": r.choice(["定期検診のご案内", "予約変更", "未収金のご連絡", "留守電", "技工物入荷"])} for p in contact]
    h2, rows2 = tab2.build(T, f, recs, unit_prefix="連絡履歴")
    D.xlsx(f, [("基本情報", [h1] + rows1), ("連絡履歴", [h2] + rows2)])
    T.file(f, tab1.types(), hard=["診察券番号"])
    T.file(f, tab2.types())

    # 問診票 export with free-text notes that name other persons ---------------------------------------------
    f = "診療/横浜院/問診票_export.csv"
    newp = r.sample([p for p in patients["横浜院"] if p["pid"] not in used_in_prose], 45)
    notes_people = []
    recs = []
    for i, p in enumerate(newp):
        note = r.choice(["", "特になし", "歯科恐怖症ぎみ。説明を丁寧に。", "妊娠中（5か月）", "朝の予約希望", "前医で治療中断"])
        x = {"p": p, "note": note, "hist": r.choice(["なし", "高血圧", "糖尿病", "喘息", "心臓病（ペースメーカー）", "なし"]),
             "med": r.choice(["なし", "ワーファリン", "降圧剤", "なし", "インスリン"])}
        if i % 9 == 4:
            o = W.person("bare", sex="F", age=(30, 70), email=0)
            x["note"] = f"付き添い：{nm(o)}（ヘルパー）。連絡は{giv(o)}さんの携帯 {o['tel']} へ。"
            x["o"] = o
            notes_people.append(o)
        recs.append(x)
    tab = Tab([("回答ID", None, lambda x: f"Q{8800 + len(x['p']['chart'])}{x['p']['chart'][-3:]}"),
               ("氏名", "PERSON", lambda x: nm(x["p"])), ("生年月日", "DATE_OF_BIRTH", lambda x: ds(x["p"]["dob"])),
               ("既往歴", "SENSITIVE", lambda x: x["hist"]), ("服用中の薬", "SENSITIVE", lambda x: x["med"]),
               ("アレルギー", "SENSITIVE", lambda x: r.choice(["なし", "ペニシリン", "金属", "ラテックス", "なし"])),
               ("自由記述", "TEXT", lambda x: x["note"])],
              {"p": {"name": ["氏名"], "dob": ["生年月日"]}, "o": {}})
    h, rows = tab.build(T, f, recs)
    # record the note persons with the details shown in the note (name + phone, given name form)
    for i, x in enumerate(recs):
        if "o" in x:
            o = x["o"]
            T.apps = [a for a in T.apps if not (a["f"] == f and a["pid"] == o["pid"])]
            T.ap(f, o, names=[nm(o), giv(o)], phones=[o["tel"]], unit=("", i, "o"))
    write_delim(D, f, h, rows, bom=True)
    T.file(f, tab.types(), hard=["回答ID"])

    # Omiya visit log: one patient, many rows (name + birth date on every row) ------------------------------
    f = "診療/大宮院/来院記録_2024Q2.csv"
    recs = []
    vis_p = r.sample(patients["大宮院"], 230)
    for p in vis_p:
        for _ in range(r.choice([1, 1, 2, 3, 4, 6])):
            recs.append({"p": p, "d": dt.date(2024, 4, 1) + dt.timedelta(days=r.randint(0, 90)),
                         "tx": r.choice(["初診・検査", "SRP", "根管治療", "抜歯", "CR充填", "定期検診", "義歯調整", "PMTC"]),
                         "dr": r.choice(["D01", "D02", "D03", "DH1", "DH2"]), "fee": r.choice([520, 880, 1230, 2100, 3160, 450])})
    recs.sort(key=lambda x: (x["d"], x["p"]["chart"]))
    tab = Tab([("来院日", None, lambda x: di(x["d"])), ("診察券番号", None, lambda x: x["p"]["chart"]),
               ("患者名", "PERSON", lambda x: nm(x["p"], "")), ("生年月日", "DATE_OF_BIRTH", lambda x: ds(x["p"]["dob"])),
               ("処置", "SENSITIVE", lambda x: x["tx"]), ("担当コード", None, lambda x: x["dr"]), ("窓口負担", None, lambda x: x["fee"]),
               ("tracking_no", None, lambda x: x.setdefault("tr", "".join(str(r.randint(0, 9)) for _ in range(12))))],
              {"p": {"name": ["患者名"], "dob": ["生年月日"]}})
    h, rows = tab.build(T, f, recs)
    write_delim(D, f, h, rows)
    T.file(f, tab.types(), hard=["tracking_no", "担当コード", "診察券番号"])

    # Omiya patient master (XML): the hub that links the Omiya patients' other appearances
    f = "診療/大宮院/患者マスタ.xml"
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<patients clinic="大宮院" exported="2024-06-30">']
    for i, p in enumerate(patients["大宮院"]):
        parts.append(f"  <patient>\n    <chart_no>{p['chart']}</chart_no>\n    <name>{xesc(nm(p))}</name>\n    <kana>{kn(p)}</kana>\n"
                     f"    <birth>{di(p['dob'])}</birth>\n    <tel>{p['tel']}</tel>\n    <zip>{p['zip']}</zip>\n"
                     f"    <address>{xesc(p['addr'])}</address>\n    <email>{p['email']}</email>\n  </patient>")
        T.ap(f, p, names=[nm(p), kn(p)], dob=p["dob"], phones=[p["tel"]], addrs=[p["addr"]], emails=[p["email"]], unit=("", i, "p"))
    parts.append("</patients>")
    D.text(f, "\n".join(parts) + "\n")
    T.file(f, {"chart_no": None, "name": "PERSON", "kana": "PERSON", "birth": "DATE_OF_BIRTH", "tel": "PHONE", "zip": "POSTAL_CODE",
               "address": "ADDRESS", "email": "EMAIL"}, hard=["chart_no"])

    # recall list (Shibuya) with blank separator rows and a totals row --------------------------------------
    f = "診療/渋谷院/リコール対象者_2024-07.csv"
    rec_p = sorted(r.sample(patients["渋谷院"], 120), key=lambda p: p["last"])
    recs = []
    for mth in [1, 2, 3]:
        grp = [p for p in rec_p if p["last"].month % 3 == mth - 1]
        for p in grp:
            recs.append({"p": p})
        recs.append([f"{len(grp)}名", "小計"])
        recs.append([])
    recs.append([f"{len(rec_p)}名", "合計"])
    tab = Tab([("区分", None, lambda x: "定期"), ("氏名", "PERSON", lambda x: nm(x["p"])), ("電話", "PHONE", lambda x: x["p"]["tel"]),
               ("最終来院", None, lambda x: ds(x["p"]["last"])), ("案内方法", None, lambda x: "ハガキ" if not x["p"]["email"] else "メール")],
              {"p": {"name": ["氏名"], "phone": ["電話"]}})
    h, rows = tab.build(T, f, recs)
    write_delim(D, f, h, rows, bom=True, newline="\r\n")
    T.file(f, tab.types())

    f = "診療/渋谷院/予約枠テンプレート.xlsx"
    rows = [["時間", "ユニット1", "ユニット2", "ユニット3"]]
    for hh in range(10, 20):
        rows.append([f"{hh}:00", "", "", ""])
        rows.append([f"{hh}:30", "", "", ""])
    rows[1][1] = "（例）山田 花子 様 検診"
    rows[2][2] = "（例）患者 太郎 様 急患"
    D.xlsx(f, [("枠", rows), ("記入ルール", [["ルール"], ["患者名は姓のみ記入"], ["急患は赤字"]])])
    T.file(f, {"時間": None, "ユニット1": "?", "ユニット2": "?", "ユニット3": "?", "ルール": None})

    # home-visit records (JSONL): patient + caregiver per record (household phone shared) -------------------
    f = "診療/大宮院/訪問診療記録.jsonl"
    hh_pat = [p for p in patients["大宮院"] if p.get("hh") and age_at(p["dob"]) >= 40]
    lines = []
    k = 0
    seen_hh = set()
    for p in hh_pat:
        if p["hh"] in seen_hh:
            continue
        mates = [q for q in patients["大宮院"] if q.get("hh") == p["hh"] and q is not p and age_at(q["dob"]) >= 18]
        if not mates:
            continue
        seen_hh.add(p["hh"])
        cg = mates[0]
        for v in range(r.choice([1, 2])):
            rec = {"visit_id": f"HV-{240400 + k}", "date": di(dt.date(2024, 4, 3) + dt.timedelta(days=k * 3 % 80)),
                   "patient": {"name": nm(p), "kana": kn(p), "birth": di(p["dob"]), "tel": p["home"], "address": p["addr"]},
                   "caregiver": {"name": nm(cg), "relation": "家族", "tel": cg["tel"]},
                   "dentist": staff["大宮院"][0]["no"], "notes": r.choice(["義歯調整。", "口腔ケア指導。嚥下良好。", "残根の経過観察。"])}
            T.ap(f, p, names=[nm(p), kn(p)], dob=p["dob"], phones=[p["home"]], addrs=[p["addr"]], unit=("", k, "p"))
            T.ap(f, cg, names=[nm(cg)], phones=[cg["tel"]], unit=("", k, "c"))
            lines.append(json.dumps(rec, ensure_ascii=False))
            k += 1
        if len(seen_hh) >= 18:
            break
    D.text(f, "\n".join(lines) + "\n")
    T.file(f, {"visit_id": None, "date": None, "patient.name": "PERSON", "patient.kana": "PERSON", "patient.birth": "DATE_OF_BIRTH",
               "patient.tel": "PHONE", "patient.address": "ADDRESS", "caregiver.name": "PERSON", "caregiver.relation": "?",
               "caregiver.tel": "PHONE", "dentist": None, "notes": "TEXT"}, hard=["dentist"])

    # dental-lab orders (XML): patient + dentist per order -------------------------------------------------
    f = "診療/共通/技工指示書_2024-06.xml"
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', "<orders lab=\"株式会社デンタルラボ匠\">"]
    k = 0
    for c in CL:
        for p in r.sample(patients[c], 8):
            dr = staff[c][r.choice([0, 1, 2])]
            parts.append(f"  <order id=\"LO{6100 + k}\">\n    <clinic>{xesc(c)}</clinic>\n    <patient>\n      <name>{xesc(nm(p))}</name>\n"
                         f"      <birth>{di(p['dob'])}</birth>\n      <sex>{'M' if p['sex'] == 'M' else 'F'}</sex>\n    </patient>\n"
                         f"    <dentist>\n      <name>{xesc(nm(dr))}</name>\n      <email>{dr['wmail']}</email>\n    </dentist>\n"
                         f"    <item>{r.choice(['CAD/CAM冠', '全部床義歯', 'インレー', 'ナイトガード'])}</item>\n    <shade>{r.choice(['A2', 'A3', 'A3.5'])}</shade>\n"
                         f"    <due>{di(dt.date(2024, 6, 10) + dt.timedelta(days=k % 20))}</due>\n  </order>")
            T.ap(f, p, names=[nm(p)], dob=p["dob"], unit=("", k, "p"))
            T.ap(f, dr, names=[nm(dr)], emails=[dr["wmail"]], unit=("", k, "d"))
            k += 1
    parts.append("</orders>")
    D.text(f, "\n".join(parts) + "\n")
    T.file(f, {"clinic": None, "patient.name": "PERSON", "patient.birth": "DATE_OF_BIRTH", "patient.sex": "?", "dentist.name": "PERSON",
               "dentist.email": "EMAIL", "item": None, "shade": None, "due": None})

    # web booking export (JSON, nested) + guardian for children ----------------------------------------------
    f = "診療/共通/オンライン予約_export.json"
    web = []
    k = 0
    web_new = []
    for c in CL:
        for _ in range(12):
            if r.random() < 0.3:
                hh = W.household("patient", CL[c][0], 3)
                child, parent = hh[2], hh[0]
                web_new += [child, parent]
            else:
                child, parent = W.person("patient", age=(20, 70), region=CL[c][0], email=True), None
                web_new.append(child)
            if not child["email"] and parent is None:
                child["email"] = W.email(child)
            rec = OrderedDict([("booking_id", f"WB{77000 + k}"), ("submitted_at", f"2024-06-{(k % 27) + 1:02d}T{8 + k % 12}:{k % 60:02d}:00+09:00"),
                               ("ip", f"{r.choice([126, 153, 180, 220])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"),
                               ("clinic", c),
                               ("patient", OrderedDict([("name", nm(child)), ("kana", kn(child)), ("birth_date", di(child["dob"])),
                                                        ("tel", child["tel"]), ("email", child["email"] if parent is None else "")])),
                               ("guardian", OrderedDict([("name", nm(parent) if parent else ""), ("tel", parent["tel"] if parent else ""),
                                                         ("email", parent["email"] if parent else "")])),
                               ("request", OrderedDict([("menu", r.choice(["初診", "検診・クリーニング", "ホワイトニング相談", "小児歯科"])),
                                                        ("note", r.choice(["", "午前希望", "駐車場ありますか", "前回の続き"]))]))])
            web.append(rec)
            T.ap(f, child, names=[nm(child), kn(child)], dob=child["dob"], phones=[child["tel"]],
                 emails=[rec["patient"]["email"]], unit=("", k, "p"))
            if parent:
                T.ap(f, parent, names=[nm(parent)], phones=[parent["tel"]], emails=[parent["email"]], unit=("", k, "g"))
            k += 1
    D.text(f, json.dumps(web, ensure_ascii=False, indent=2) + "\n")
    T.file(f, {"booking_id": None, "submitted_at": None, "ip": "IP_ADDRESS", "clinic": None, "patient.name": "PERSON", "patient.kana": "PERSON",
               "patient.birth_date": "DATE_OF_BIRTH", "patient.tel": "PHONE", "patient.email": "EMAIL", "guardian.name": "PERSON",
               "guardian.tel": "PHONE", "guardian.email": "EMAIL", "request.menu": None, "request.note": "TEXT"}, hard=["booking_id"])

    # contact form export (HTML table) ------------------------------------------------------------------
    f = "診療/共通/お問い合わせ一覧.html"
    inq = [W.person("inquirer", age=(20, 70), email=True) for _ in range(14)]
    trs = []
    for i, p in enumerate(inq):
        tel = p["tel"] if i % 3 else ""
        trs.append(f"<tr><td>C-{5400 + i}</td><td>{xesc(nm(p))}</td><td>{p['email']}</td><td>{tel}</td>"
                   f"<td>{xesc(r.choice(['保険は使えますか', '子どもの矯正について', '土曜の空き状況', '領収書の再発行']))}</td>"
                   f"<td>203.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}</td></tr>")
        T.ap(f, p, names=[nm(p)], emails=[p["email"]], phones=[tel], unit=("", i, "p"))
    trs.append("<tr><td>C-5499</td><td>（テスト送信）</td><td>noreply@sakura-dc.jp</td><td></td><td>フォーム動作確認</td><td>10.0.0.12</td></tr>")
    html = ("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>お問い合わせ一覧</title></head><body>\n"
            "<h1>お問い合わせフォーム 受信一覧（2024年6月）</h1>\n<table border=\"1\">\n"
            "<tr><th>受付番号</th><th>お名前</th><th>メールアドレス</th><th>電話番号</th><th>お問い合わせ内容</th><th>送信元IP</th></tr>\n"
            + "\n".join(trs) + "\n</table>\n</body></html>\n")
    D.text(f, html)
    T.file(f, {"受付番号": None, "お名前": "PERSON", "メールアドレス": "EMAIL", "電話番号": "PHONE", "お問い合わせ内容": "TEXT",
               "送信元IP": "IP_ADDRESS"}, hard=["受付番号"])

    f = "診療/共通/統計_年代別来院数_2024Q2.csv"
    rows = []
    for band in ["0-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70-"]:
        for sx in ["男", "女"]:
            rows.append([band, sx, *(str(r.randint(20, 400)) for _ in CL)])
    write_delim(D, f, ["年代", "性別", "渋谷院", "横浜院", "大宮院"], rows)
    T.file(f, {"年代": None, "性別": None, "渋谷院": None, "横浜院": None, "大宮院": None})

    f = "診療/共通/患者満足度アンケート集計.md"
    D.text(f, "# 患者満足度アンケート集計（2024年5月）\n\n回答数：312（回収率 41%）\n\n| 項目 | 満足 | 普通 | 不満 |\n|---|---|---|---|\n"
              "| 説明のわかりやすさ | 78% | 19% | 3% |\n| 待ち時間 | 52% | 33% | 15% |\n\n"
              "## 自由記述（抜粋・個人が特定できる記述は削除済み）\n- 「衛生士さんがとても丁寧」（40代女性）\n- 「駐車場がわかりにくい」（60代男性）\n")

    f = "診療/共通/院内感染対策マニュアル.md"
    D.text(f, "# 院内感染対策マニュアル（第5版）\n\n1. 標準予防策\n2. 器具の洗浄・滅菌（クラスB オートクレーブ）\n"
              "3. 針刺し事故時の対応：受傷者は直ちに流水洗浄し、感染対策委員長（院長）へ報告。\n\n"
              "様式例：受傷者氏名「山田 太郎」、所属「〇〇院」\n\n改訂履歴：2024-04 第5版（感染対策委員会）\n")

    f = "診療/共通/紹介元医療機関一覧.csv"
    refs = []
    for i in range(10):
        d = W.person("external", age=(40, 72), region=r.choice(list(REGIONS)), email=0)
        d["clinic_tel"] = W.land(d["region"])
        refs.append(d)
    tab = Tab([("医療機関名", None, lambda x: f"{x['p']['sur'][0]}内科クリニック" if x["i"] % 2 else f"{x['p']['sur'][0]}医院"),
               ("院長名", "PERSON", lambda x: nm(x["p"])), ("電話", "?", lambda x: x["p"]["clinic_tel"]),
               ("紹介件数", None, lambda x: x["n"])],
              {"p": {"name": ["院長名"]}})
    recs = [{"p": d, "i": i, "n": r.randint(1, 14)} for i, d in enumerate(refs)]
    h, rows = tab.build(T, f, recs)
    write_delim(D, f, h, rows)
    T.file(f, tab.types(), hard=["医療機関名"])

    # ---- STUDIO FLEX -------------------------------------------------------------------------------------
    f = "スタジオ/会員名簿.xlsx"
    tab = Tab([("member_no", None, lambda x: x["no"]), ("name", "PERSON", lambda x: mname(x)),
               ("kana", "PERSON", lambda x: kn(x["p"]) if x["variant"] is None else ""),
               ("birthday", "DATE_OF_BIRTH", lambda x: ds(x["p"]["dob"]) if x["variant"] is None else ""),
               ("tel", "PHONE", lambda x: x["p"]["tel"]), ("mail", "EMAIL", lambda x: x["p"]["email"]),
               ("plan", None, lambda x: x["plan"]), ("joined", None, lambda x: di(x["joined"]))],
              {"p": {"name": ["name", "kana"], "dob": ["birthday"], "phone": ["tel"], "email": ["mail"]}})
    h, rows = tab.build(T, f, members, unit_prefix="会員")
    summary = [["プラン", "人数"]] + [[pl, sum(1 for m in members if m["plan"] == pl)] for pl in
                                      ["マンスリー8", "フリー", "ナイト", "デイタイム", "パーソナル4"]]
    D.xlsx(f, [("会員", [h] + rows), ("集計", summary)])
    T.file(f, tab.types(), hard=["member_no"])
    T.file(f, {"プラン": None, "人数": None})

    f = "スタジオ/チェックイン_2024-06.csv"
    recs = []
    ck = [m for m in members if m["p"]["email"]]
    for m in r.sample(ck, 150):
        for _ in range(r.choice([1, 2, 3, 5, 8])):
            recs.append({"m": m, "p": m["p"], "t": dt.datetime(2024, 6, 1, 7) + dt.timedelta(hours=r.randint(0, 29 * 24))})
    recs.sort(key=lambda x: (x["t"], x["m"]["no"]))
    tab = Tab([("checkin_at", None, lambda x: x["t"].strftime("%Y-%m-%d %H:%M")), ("member_no", None, lambda x: x["m"]["no"]),
               ("氏名", "PERSON", lambda x: mname(x["m"])), ("メール", "EMAIL", lambda x: x["p"]["email"]),
               ("gate", None, lambda x: r.choice(["A", "B"]))],
              {"p": {"name": ["氏名"], "email": ["メール"]}})
    h, rows = tab.build(T, f, recs)
    write_delim(D, f, h, rows)
    T.file(f, tab.types(), hard=["member_no"])

    f = "スタジオ/料金表.md"
    D.text(f, "# STUDIO FLEX 料金表（2024年6月改定）\n\n| プラン | 月額（税込） | 内容 |\n|---|---|---|\n| フリー | 12,100円 | 全時間帯 |\n"
              "| マンスリー8 | 9,350円 | 月8回 |\n| ナイト | 7,700円 | 19時以降 |\n| デイタイム | 6,600円 | 10-17時 |\n| パーソナル4 | 33,000円 | 月4回 |\n\n"
              "入会金 5,500円（さくら歯科クリニック受診者は無料）\nお問い合わせ：info@studio-flex.jp / 03-5459-2230（代表）\n")

    f = "スタジオ/クラススケジュール.csv"
    rows = [[dw, t, c, st] for dw in "月火水木金土" for t, c, st in
            [("10:00", "ヨガ", "A"), ("12:15", "ピラティス", "B"), ("19:00", "HIIT", "A"), ("20:15", "噛む力ストレッチ", "B")]]
    write_delim(D, f, ["曜日", "開始", "クラス", "スタジオ"], rows)
    T.file(f, {"曜日": None, "開始": None, "クラス": None, "スタジオ": None})

    f = "スタジオ/会員規約.md"
    D.text(f, "# STUDIO FLEX 会員規約\n\n第1条（会員）会員とは本規約に同意し入会手続きを完了した者をいう。\n"
              "第5条（届出）会員は氏名・住所に変更があった場合、速やかに届け出るものとする。\n"
              "  届出例：旧 山田 花子 → 新 鈴木 花子（結婚による改姓）\n第9条（休会）休会は月単位とし、前月20日までに申請する。\n")

    # LINE export: part-time reception crew (appear only here) + members by given name only ----------------------
    f = "スタジオ/LINE_受付バイトグループ.txt"
    crew = [W.person("bare", age=(19, 24), email=0) for _ in range(4)]
    memb_g = distinct_given(W, 3, [giv(p) for p in crew], sex="F")
    names_ = {p["pid"]: giv(p) for p in memb_g}
    assert len(set(giv(p) for p in crew + memb_g)) == len(crew + memb_g) or True
    L = ["[LINE] STUDIO FLEX 受付バイトのトーク履歴", "保存日時：2024/06/20 23:10", "", "2024/06/18(火)"]
    msgs = [(crew[0], f"今日{giv(memb_g[0])}さんがロッカーの鍵を返し忘れてました"), (crew[1], "了解です！明日来たら声かけます"),
            (crew[2], f"{giv(memb_g[1])}さんから体験の問い合わせ電話ありました、折り返し必要です"),
            (crew[0], "シフト交代お願いできる人いますか？金曜の夜"), (crew[3], "行けます〜"),
            (crew[1], f"{giv(memb_g[2])}さん、来月から休会だそうです"), (crew[2], "[スタンプ]")]
    for i, (p, t) in enumerate(msgs):
        L.append(f"{18 + i // 3}:{(i * 7) % 60:02d}\t{nm(p, '')}\t{t}")
    D.text(f, "\n".join(L) + "\n", newline="\r\n")
    for p in crew:
        T.ap(f, p, names=[nm(p, "")])
    for p in memb_g:
        T.ap(f, p, names=[giv(p)])

    # trainer daily reports: trainer with e-mail; members by given name or 姓+会員番号 ------------------------------
    def daily(f, trainer, fmt):
        gs = distinct_given(W, 2, [giv(trainer)])
        mm = r.sample([m for m in members if m["variant"] is None and m["p"]["pid"] not in used_in_prose], 2)
        for m in mm:
            used_in_prose.add(m["p"]["pid"])
        L = [f"トレーナー日報 {f[-14:-4]}", f"担当：{nm(trainer)}（{trainer['wmail']}）", "",
             f"- パーソナル 10:00 {giv(gs[0])}さん：体幹メニュー。前回より姿勢改善。",
             f"- パーソナル 13:00 {nm(mm[0]['p'])}様（{mm[0]['no']}、{mm[0]['p']['tel']}）：膝の痛みあり、負荷を軽く。",
             f"- 体験 15:00 {giv(gs[1])}さん 入会検討中。",
             f"- 噛む力ストレッチ 20:15 参加7名。{nm(mm[1]['p'])}様（{ds(mm[1]['p']['dob'])}生）から歯科の紹介希望 → 渋谷院へ案内。",
             "", "備品：ヨガマット2枚破損。"]
        T.ap(f, trainer, names=[nm(trainer)], emails=[trainer["wmail"]])
        T.ap(f, gs[0], names=[giv(gs[0])])
        T.ap(f, gs[1], names=[giv(gs[1])])
        T.ap(f, mm[0]["p"], names=[nm(mm[0]["p"])], phones=[mm[0]["p"]["tel"]])
        T.ap(f, mm[1]["p"], names=[nm(mm[1]["p"])], dob=mm[1]["p"]["dob"])
        text = "\n".join(L) + "\n"
        D.text(f, ("# " + text) if fmt == "md" else text)

    daily("スタジオ/日報/トレーナー日報_2024-06-14.txt", staff["STUDIO FLEX"][1], "txt")
    daily("スタジオ/日報/トレーナー日報_2024-06-15.md", staff["STUDIO FLEX"][2], "md")
    daily("スタジオ/日報/トレーナー日報_2024-06-16.txt", staff["STUDIO FLEX"][3], "txt")

    f = "スタジオ/体験申込_2024-06.json"
    trial = [W.person("trial", age=(18, 65), email=True) for _ in range(20)]
    obj = {"form": "trial_lesson", "exported_at": "2024-06-30T09:00:00+09:00", "entries": []}
    for i, p in enumerate(trial):
        obj["entries"].append({"entry_id": f"TR-{i + 1:04d}", "applicant": {"last_name": sur(p), "first_name": giv(p),
                                                                             "last_name_kana": p["sur"][1], "first_name_kana": p["giv"][1],
                                                                             "age": age_at(p["dob"]), "email": p["email"],
                                                                             "phone": p["tel"] if i % 2 else ""},
                               "preferred_class": r.choice(["ヨガ", "HIIT", "ピラティス"]), "referral_code": f"SD{r.randint(100000, 999999)}"})
        T.ap(f, p, names=[], emails=[p["email"]], phones=[p["tel"] if i % 2 else ""], unit=("", i, "p"))
    D.text(f, json.dumps(obj, ensure_ascii=False, indent=1) + "\n")
    T.file(f, {"entry_id": None, "applicant.last_name": "PERSON", "applicant.first_name": "PERSON", "applicant.last_name_kana": "PERSON",
               "applicant.first_name_kana": "PERSON", "applicant.age": "?", "applicant.email": "EMAIL", "applicant.phone": "PHONE",
               "preferred_class": None, "referral_code": None}, hard=["referral_code"])

    f = "スタジオ/外部講師_振込一覧.csv"
    inst = [W.person("bare", age=(25, 50), email=0) for _ in range(6)]
    rows = []
    for p in inst:
        b = r.choice(banks)
        rows.append([b[0], r.choice(b[1]), "普通", str(r.randint(1000000, 9999999)), hwkana(kn(p)), str(r.choice([22000, 33000, 44000]))])
        T.ap(f, p, names=[hwkana(kn(p))], unit=("", len(rows), "p"))
    rows.append(["", "", "", "", "合計", str(sum(int(x[5]) for x in rows))])
    write_delim(D, f, ["銀行名", "支店名", "種別", "口座番号", "口座名義", "振込額"], rows, enc="cp932", newline="\r\n")
    T.file(f, {"銀行名": None, "支店名": None, "種別": None, "口座番号": "BANK_ACCOUNT", "口座名義": "PERSON", "振込額": None},
           hard=["銀行名", "支店名"])

    f = "スタジオ/パーソナルカルテ_" + [m for m in members if m["variant"] is None and m["p"]["pid"] not in used_in_prose][0]["no"] + ".md"
    mk = [m for m in members if m["variant"] is None and m["p"]["pid"] not in used_in_prose][0]
    used_in_prose.add(mk["p"]["pid"])
    tr = staff["STUDIO FLEX"][4]
    D.text(f, f"# パーソナルトレーニング カルテ\n\n会員番号：{mk['no']}\n氏名：{nm(mk['p'])}（{kn(mk['p'])}）\n生年月日：{dj(mk['p']['dob'])}\n"
              f"電話：{mk['p']['tel']}\n\n## 健康状態\n- 既往：腰椎椎間板ヘルニア（2019年手術）\n- 服薬：なし\n- 医師の運動許可：あり\n\n"
              f"## 目標\n体重 -5kg、姿勢改善\n\n担当：{nm(tr)} / {tr['wmail']}\n")
    T.ap(f, mk["p"], names=[nm(mk["p"]), kn(mk["p"])], dob=mk["p"]["dob"], phones=[mk["p"]["tel"]])
    T.ap(f, tr, names=[nm(tr)], emails=[tr["wmail"]])

    f = "スタジオ/会員連絡先.vcf"
    vc = r.sample([m for m in members if m["variant"] is None], 25)
    cards = []
    for i, m in enumerate(vc):
        p = m["p"]
        c = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{nm(p)}", f"N:{sur(p)};{giv(p)};;;", f"TEL;TYPE=CELL:{p['tel']}"]
        if p["email"]:
            c.append(f"EMAIL;TYPE=HOME:{p['email']}")
        if i % 4 == 0:
            c.append(f"BDAY:{di(p['dob'])}")
        c.append(f"NOTE:会員 {m['no']}")
        c.append("END:VCARD")
        cards.append("\n".join(c))
        T.ap(f, p, names=[nm(p)], phones=[p["tel"]], emails=[p["email"]], dob=p["dob"] if i % 4 == 0 else None, unit=("", i, "p"))
    cards.append("BEGIN:VCARD\nVERSION:3.0\nFN:STUDIO FLEX 受付\nORG:株式会社さくらウェルネス\nTEL;TYPE=WORK:03-5459-2230\n"
                 "EMAIL;TYPE=WORK:info@studio-flex.jp\nEND:VCARD")
    D.text(f, "\n".join(cards) + "\n", newline="\r\n")
    T.file(f, {"FN": "PERSON", "N": "PERSON", "TEL": "PHONE", "EMAIL": "EMAIL", "BDAY": "DATE_OF_BIRTH", "NOTE": "TEXT", "ORG": None})

    f = "スタジオ/休会・退会申請.tsv"
    recs = []
    for m in r.sample([m for m in members if m["p"]["email"]], 18):
        recs.append({"m": m, "p": m["p"], "k": r.choice(["休会", "退会"]),
                     "why": r.choice(["転勤のため", "出産のため", "膝の手術（半月板）", "仕事が忙しい", "引っ越し"])})
    tab = Tab([("申請日", None, lambda x: f"2024/06/{r.randint(1, 28):02d}"), ("会員番号", None, lambda x: x["m"]["no"]),
               ("お名前", "PERSON", lambda x: mname(x["m"])), ("メールアドレス", "EMAIL", lambda x: x["p"]["email"]),
               ("区分", None, lambda x: x["k"]), ("理由", "TEXT", lambda x: x["why"])],
              {"p": {"name": ["お名前"], "email": ["メールアドレス"]}})
    h, rows = tab.build(T, f, recs)
    write_delim(D, f, h, rows, delim="\t")
    T.file(f, tab.types(), hard=["会員番号"])

    # ---- 派遣 -------------------------------------------------------------------------------------------
    def wname(w):
        return w["foreign"][0] if w["foreign"] else nm(w)

    def wkana(w):
        return w["foreign"][1] if w["foreign"] else kn(w)

    f = "派遣/登録スタッフ.tsv"
    tab = Tab([("登録番号", None, lambda x: x["p"]["reg"]), ("氏名", "PERSON", lambda x: wname(x["p"])),
               ("フリガナ", "PERSON", lambda x: wkana(x["p"])), ("生年月日", "DATE_OF_BIRTH", lambda x: ds(x["p"]["dob"])),
               ("携帯電話", "PHONE", lambda x: x["p"]["tel"]), ("メール", "EMAIL", lambda x: x["p"]["email"]),
               ("郵便番号", "POSTAL_CODE", lambda x: x["p"]["zip"]), ("住所", "ADDRESS", lambda x: x["p"]["addr"]),
               ("国籍", "?", lambda x: x["p"]["foreign"][2] if x["p"]["foreign"] else "日本"),
               ("在留カード番号", "RESIDENCE_CARD", lambda x: x["p"].get("rc", "")),
               ("希望職種", None, lambda x: x["p"]["skill"])],
              {"p": {"name": ["氏名", "フリガナ"], "dob": ["生年月日"], "phone": ["携帯電話"], "email": ["メール"], "addr": ["住所"]}})
    h, rows = tab.build(T, f, [{"p": w} for w in workers])
    write_delim(D, f, h, rows, delim="\t")
    T.file(f, tab.types(), hard=["登録番号"])

    f = "派遣/稼働一覧_2024-06.xlsx"
    tab = Tab([("No", None, lambda x: x["i"]), ("スタッフ氏名", "PERSON", lambda x: wname(x["w"])),
               ("スタッフ携帯", "PHONE", lambda x: x["w"]["tel"]), ("派遣先", None, lambda x: x["cl"]["name"]),
               ("派遣先法人番号", "CORPORATE_NUMBER", lambda x: x["cl"]["corp"]),
               ("指揮命令者", "PERSON", lambda x: nm(x["c"])), ("指揮命令者メール", "EMAIL", lambda x: x["c"]["wmail"]),
               ("担当コーディネーター", "PERSON", lambda x: nm(x["k"])), ("担当メール", "EMAIL", lambda x: x["k"]["wmail"]),
               ("開始日", None, lambda x: di(x["start"])), ("時給", None, lambda x: x["rate"])],
              {"w": {"name": ["スタッフ氏名"], "phone": ["スタッフ携帯"]}, "c": {"name": ["指揮命令者"], "email": ["指揮命令者メール"]},
               "k": {"name": ["担当コーディネーター"], "email": ["担当メール"]}})
    recs = []
    for i, a in enumerate(assignments):
        x = dict(a)
        x["i"] = i + 1
        recs.append(x)
    h, rows = tab.build(T, f, recs)
    D.xlsx(f, [("稼働一覧", [h] + rows)])
    T.file(f, tab.types(), hard=["派遣先"])

    # 派遣 contracts: worker + client contact (指揮命令者) + client 派遣先責任者 + agency 派遣元責任者 -----------------
    for n_, a in enumerate(r.sample(assignments, 3)):
        w, cl, c = a["w"], a["cl"], a["c"]
        boss_ = [x for x in cl["contacts"] if x is not c][0]
        resp = staff["さくらスタッフサービス"][3]
        f = f"派遣/契約書/労働者派遣個別契約書_{cl['name'].replace(' ', '')[:10]}_{n_ + 1}.docx"
        D.docx(f, [("h", "労働者派遣個別契約書"),
                   f"派遣先：{cl['name']}（法人番号 {cl['corp']}）\n派遣元：株式会社さくらウェルネス（さくらスタッフサービス）許可番号 派13-312455",
                   ("t", [["項目", "内容"], ["業務内容", w["skill"] + "業務"], ["就業場所", cl["name"] + " 本社"],
                          ["指揮命令者", f"{c['busho']} {nm(c)}（{c['direct']}）"],
                          ["派遣先責任者", f"{boss_['busho']} {nm(boss_)}（{boss_['wmail']}）"],
                          ["派遣元責任者", f"{nm(resp)}（{resp['wmail']}）"],
                          ["派遣期間", f"{di(a['start'])} 〜 2024-12-31"], ["派遣料金", f"時間額 {a['rate'] + 700}円"]]),
                   f"派遣労働者：{wname(w)}（{ds(w['dob'])}生）\n※協定対象派遣労働者に該当する。",
                   "苦情処理申出先：派遣先 総務部 代表電話 " + cl["tel"] + " ／ 派遣元 staffing@sakura-staff.jp"])
        T.ap(f, w, names=[wname(w)], dob=w["dob"])
        T.ap(f, c, names=[nm(c)], phones=[c["direct"]])
        T.ap(f, boss_, names=[nm(boss_)], emails=[boss_["wmail"]])
        T.ap(f, resp, names=[nm(resp)], emails=[resp["wmail"]])

    f = "派遣/取引先担当者.vcf"
    cards = []
    k = 0
    for cl in clients:
        for c in cl["contacts"]:
            cards.append("\n".join(["BEGIN:VCARD", "VERSION:3.0", f"FN:{nm(c)}", f"N:{sur(c)};{giv(c)};;;", f"ORG:{cl['name']};{c['busho']}",
                                    f"TEL;TYPE=WORK:{c['direct']}", f"EMAIL;TYPE=WORK:{c['wmail']}", "END:VCARD"]))
            T.ap(f, c, names=[nm(c)], phones=[c["direct"]], emails=[c["wmail"]], unit=("", k, "p"))
            k += 1
        cards.append("\n".join(["BEGIN:VCARD", "VERSION:3.0", f"FN:{cl['name']} 代表", f"ORG:{cl['name']}", f"TEL;TYPE=MAIN:{cl['tel']}",
                                f"EMAIL:info@{cl['dom']}", "END:VCARD"]))
    D.text(f, "\n".join(cards) + "\n", newline="\r\n")
    T.file(f, {"FN": "PERSON", "N": "PERSON", "ORG": None, "TEL": "PHONE", "EMAIL": "EMAIL"}, hard=["ORG"])

    f = "派遣/勤怠集計_2024-06.csv"
    recs = []
    by_cl = defaultdict(list)
    for a in assignments:
        by_cl[a["cl"]["name"]].append(a)
    tot = 0
    seen_w = set()
    for cn in sorted(by_cl):
        sub = 0
        for a in by_cl[cn]:
            if a["w"]["pid"] in seen_w:
                pass
            seen_w.add(a["w"]["pid"])
            hrs = r.randint(40, 168)
            sub += hrs
            recs.append({"w": a["w"], "cl": cn, "h": hrs, "d": hrs // 8})
        recs.append([cn, "小計", "", "", str(sub)])
        recs.append([])
        tot += sub
    recs.append(["", "合計", "", "", str(tot)])
    tab = Tab([("派遣先", None, lambda x: x["cl"]), ("氏名", "PERSON", lambda x: wname(x["w"])), ("携帯", "PHONE", lambda x: x["w"]["tel"]),
               ("出勤日数", None, lambda x: x["d"]), ("実働時間", None, lambda x: x["h"])],
              {"w": {"name": ["氏名"], "phone": ["携帯"]}})
    h, rows = tab.build(T, f, recs)
    write_delim(D, f, h, rows, enc="utf-8", bom=True, newline="\r\n")
    T.file(f, tab.types(), hard=["派遣先"])

    # interview memo: kana-only name + phone (links to the register by kana + phone) ---------------------------
    f = "派遣/面談メモ_0607.txt"
    w = [x for x in workers if not x["foreign"] and x["pid"] not in used_in_prose][0]
    used_in_prose.add(w["pid"])
    co = staff["さくらスタッフサービス"][1]
    D.text(f, f"面談メモ 2024/06/07\n面談者：{nm(co)}（{co['wmail']}）\n\n{kn(w)} さん（携帯 {w['tel']}）\n"
              f"・希望：{w['skill']}、週4日、9-17時\n・前職：株式会社イトウ商会（事務）を2024年3月に退職\n"
              "・持病あり（通院は月1回、土曜）→ 派遣先には伝えない希望\n・紹介者：なし\n")
    T.ap(f, co, names=[nm(co)], emails=[co["wmail"]])
    T.ap(f, w, names=[kn(w)], phones=[w["tel"]])

    f = "派遣/在留カード確認.csv"
    fw = [w for w in workers if w["foreign"]]
    tab = Tab([("氏名(英字)", "PERSON", lambda x: x["p"]["foreign"][0]), ("国籍・地域", "?", lambda x: x["p"]["foreign"][2]),
               ("在留カード番号", "RESIDENCE_CARD", lambda x: x["p"]["rc"]), ("在留期限", None, lambda x: di(x["p"]["rc_exp"])),
               ("就労制限", None, lambda x: "就労制限なし" if x["p"]["rc"][0] < "M" else "資格外活動許可"),
               ("連絡先", "PHONE", lambda x: x["p"]["tel"]), ("確認者", "PERSON", lambda x: nm(x["k"])),
               ("確認者メール", "EMAIL", lambda x: x["k"]["wmail"])],
              {"p": {"name": ["氏名(英字)"], "phone": ["連絡先"]}, "k": {"name": ["確認者"], "email": ["確認者メール"]}})
    h, rows = tab.build(T, f, [{"p": w, "k": staff["さくらスタッフサービス"][3]} for w in fw])
    write_delim(D, f, h, rows)
    T.file(f, tab.types())

    f = "派遣/派遣先アンケート_2024上期.md"
    D.text(f, "# 派遣先満足度アンケート（2024年上期）\n\n回答：11社\n\n- スタッフの勤怠：満足 9 / 普通 2\n"
              "- 自由記述：「歯科助手のスタッフ（30代女性）が丁寧」「受付スタッフの交代時の引継ぎが課題」\n\n"
              "※個人名は記載していません。問い合わせ：staffing@sakura-staff.jp\n")

    f = "派遣/Teams_派遣チーム_2024-06.txt"
    k1, k2, k3 = staff["さくらスタッフサービス"][:3]
    ws = [x for x in workers if x["pid"] not in used_in_prose][:3]
    for x in ws:
        used_in_prose.add(x["pid"])
    L = ["Microsoft Teams チャット エクスポート", "チャネル：派遣チーム / 期間：2024-06-01〜2024-06-30", "",
         f"[2024/06/03 09:12] {nm(k1)} ({k1['wmail']})", f"今週から{wname(ws[0])}さん（{ws[0]['tel']}）がミドリ医療サービスさんに初日です。",
         "", f"[2024/06/03 09:20] {ro(k2)} ({k2['wmail']})", f"了解です。{sur(k1)}さん、初日の送迎は私が行きます。",
         "", f"[2024/06/05 17:45] {nm(k3)} ({k3['wmail']})", f"{wname(ws[1])}さん（{ds(ws[1]['dob'])}生）の有給申請、承認お願いします。",
         "", f"[2024/06/06 10:02] {nm(k1)} ({k1['wmail']})", f"承認しました。あと{wname(ws[2])}さん（{ws[2]['tel']}）の契約更新の件、月末までに。"]
    D.text(f, "\n".join(L) + "\n")
    T.ap(f, k1, names=[nm(k1), sur(k1)], emails=[k1["wmail"]])
    T.ap(f, k2, names=[ro(k2)], emails=[k2["wmail"]])
    T.ap(f, k3, names=[nm(k3)], emails=[k3["wmail"]])
    T.ap(f, ws[0], names=[wname(ws[0])], phones=[ws[0]["tel"]])
    T.ap(f, ws[1], names=[wname(ws[1])], dob=ws[1]["dob"])
    T.ap(f, ws[2], names=[wname(ws[2])], phones=[ws[2]["tel"]])

    # ---- チャット ---------------------------------------------------------------------------------------
    f = "チャット/slack_診療連絡_export.json"
    sl = [staff["渋谷院"][0], staff["渋谷院"][3], staff["横浜院"][1], staff["大宮院"][2], staff["本部"][0]]
    uid = {p["pid"]: f"U0{7 + i}{p['sur'][2][:3].upper()}" for i, p in enumerate(sl)}
    mp = []
    while True:
        mp = [pick(all_patients, lambda p: age_at(p["dob"]) >= 18) for _ in range(3)]
        if surname_unique(mp, sl):
            break
        for p in mp:
            used_in_prose.discard(p["pid"])
    texts = [(sl[0], f"明日の{nm(mp[0])}さん（{mp[0]['tel']}）、インプラント二次手術です。器具の準備お願いします。"),
             (sl[1], "承知しました！"),
             (sl[2], f"横浜から転院の{nm(mp[1])}さん、{ds(mp[1]['dob'])}生の方です。カルテ送ります。"),
             (sl[3], f"<@{uid[sl[0]['pid']]}> 先生、{sur(mp[2])}さんの件で相談あります（{nm(mp[2])}、{mp[2]['tel']}）"),
             (sl[4], "来週のシステムメンテは 6/15 22時からです。noreply@sakura-dc.jp から通知が行きます。")]
    msgs = []
    for i, (p, t) in enumerate(texts):
        msgs.append(OrderedDict([("ts", f"17181{i}0000.00{i}100"), ("user", OrderedDict([("id", uid[p["pid"]]), ("name", ro(p)),
                                                                                        ("email", p["wmail"])])), ("text", t)]))
        T.ap(f, p, names=[ro(p)], emails=[p["wmail"]], unit=("", i, "u"))
    T.ap(f, mp[0], names=[nm(mp[0])], phones=[mp[0]["tel"]], unit=("", 0, "m"))
    T.ap(f, mp[1], names=[nm(mp[1])], dob=mp[1]["dob"], unit=("", 2, "m"))
    T.ap(f, mp[2], names=[sur(mp[2]), nm(mp[2])], phones=[mp[2]["tel"]], unit=("", 3, "m"))
    D.text(f, json.dumps({"channel": "診療連絡", "messages": msgs}, ensure_ascii=False, indent=2) + "\n")
    T.file(f, {"ts": None, "user.id": None, "user.name": "PERSON", "user.email": "EMAIL", "text": "TEXT"}, hard=["user.id"])

    f = "チャット/LINE_渋谷院受付.txt"
    crew2 = [W.person("bare", sex="F", age=(20, 30), email=0) for _ in range(3)]
    pp = pick(patients["渋谷院"], lambda p: age_at(p["dob"]) >= 18)
    L = ["[LINE] 渋谷院 受付のトーク履歴", "保存日時：2024/06/22 21:00", "", "2024/06/21(金)",
         f"09:01\t{nm(crew2[0], '')}\tおはようございます、今日は{sur(crew2[1])}さんお休みです",
         f"09:05\t{nm(crew2[2], '')}\t了解です",
         f"12:30\t{nm(crew2[0], '')}\t{nm(pp)}様から電話、{pp['tel']}に折り返しお願いします",
         f"12:41\t{nm(crew2[1], '')}\t休みだけど見ました、{sur(pp)}様は前回も同じ件でした"]
    D.text(f, "\n".join(L) + "\n", newline="\r\n")
    for p in crew2:
        T.ap(f, p, names=[nm(p, "")] + ([sur(p)] if p is crew2[1] else []))
    T.ap(f, pp, names=[nm(pp), sur(pp)], phones=[pp["tel"]])

    # ---- メール -------------------------------------------------------------------------------------------
    def fixed_date(d, h):
        return f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]}, {d.day:02d} {d.strftime('%b')} {d.year} {h}:00 +0900"

    # 1: patient asks to move appointment; reception replies with quoted original
    f = "メール/2024-06-03_予約変更のお願い.eml"
    pe = pick([p for p in patients["渋谷院"] if p["email"]])
    rc = staff["渋谷院"][7]
    body = (f"{nm(pe)} 様\n\nさくら歯科クリニック渋谷院 受付の{sur(rc)}です。\nご予約を6月10日（月）18:00に変更いたしました。\n\n"
            f"--\nさくら歯科クリニック 渋谷院 受付 {nm(rc)}\nTEL {CL['渋谷院'][1]}（代表） / {rc['wmail']}\n\n"
            f"{dj(dt.date(2024, 6, 2))} {nm(pe)} <{pe['email']}> wrote:\n> 予約している{nm(pe)}です。\n> 6/5の予約を変更したいです。\n"
            f"> 携帯 {pe['tel']}\n")
    b = D.eml_bytes(addr(rc, rc["wmail"]), [addr(pe)], "Re: 予約変更のお願い", body, fixed_date(dt.date(2024, 6, 3), "10:12"),
                    "<20240603101200.a1@sakura-dc.jp>", cc=["uketsuke@sakura-dc.jp"], cte="base64")
    D.raw(f, b, eml_logical(b))
    T.ap(f, pe, names=[nm(pe)], emails=[pe["email"]], phones=[pe["tel"]])
    T.ap(f, rc, names=[nm(rc), sur(rc)], emails=[rc["wmail"]])

    # 2: external doctor <-> our dentist; CC list with staff; patient in body
    f = "メール/2024-06-05_ご紹介患者様の件.eml"
    exd = W.person("external", sex="F", age=(35, 55), email=0)
    exd["wmail"] = W.work_email(exd, "minato-med.example.jp")
    dr = staff["横浜院"][0]
    cc = [staff["横浜院"][3], staff["横浜院"][6]]
    pt = pick(patients["横浜院"], lambda p: age_at(p["dob"]) >= 20)
    body = (f"{nm(dr)} 先生\n\nいつもお世話になっております。みなと医療センター 歯科口腔外科の{sur(exd)}です。\n"
            f"ご紹介いただいた{nm(pt)}様（{dj(pt['dob'])}生）の抜歯は6月20日に予定しました。\n術前のCT画像をお送りいただけますでしょうか。\n\n"
            f"Dr. {exd['sur'][2]}\n{nm(exd)}（{exd['wmail']}）\n")
    b = D.eml_bytes(addr(exd, exd["wmail"]), [addr(dr, dr["wmail"])], "ご紹介患者様の件", body, fixed_date(dt.date(2024, 6, 5), "14:03"),
                    "<a7c1.20240605@minato-med.example.jp>", cc=[addr(cc[0], cc[0]["wmail"]), addr(cc[1], cc[1]["wmail"]), "info@sakura-dc.jp"],
                    cte="quoted-printable")
    D.raw(f, b, eml_logical(b))
    T.ap(f, exd, names=[nm(exd), sur(exd), f"Dr. {exd['sur'][2]}"], emails=[exd["wmail"]])
    T.ap(f, dr, names=[nm(dr)], emails=[dr["wmail"]])
    for x in cc:
        T.ap(f, x, names=[nm(x)], emails=[x["wmail"]])
    T.ap(f, pt, names=[nm(pt)], dob=pt["dob"])

    # 3: client contact -> coordinator, asks to swap a worker
    f = "メール/2024-06-07_派遣スタッフ交代のご相談.eml"
    a = [x for x in assignments if x["w"]["pid"] not in used_in_prose][0]
    used_in_prose.add(a["w"]["pid"])
    c, k_ = a["c"], a["k"]
    body = (f"さくらスタッフサービス\n{nm(k_)} 様\n\n{a['cl']['name']}の{sur(c)}です。\n現在ご就業中の{wname(a['w'])}さん（{a['w']['tel']}）について、"
            "7月から勤務日を週3日に減らしたいとのご本人希望を伺いました。\n後任の方のご紹介をお願いできますでしょうか。\n\n"
            f"{a['cl']['name']} {c['busho']}\n{nm(c)}\n直通：{c['direct']}\n代表：{a['cl']['tel']}\nMail：{c['wmail']}\n")
    b = D.eml_bytes(addr(c, c["wmail"]), [addr(k_, k_["wmail"])], "派遣スタッフ交代のご相談", body, fixed_date(dt.date(2024, 6, 7), "09:41"),
                    "<20240607094100.77@" + a["cl"]["dom"] + ">", cc=[f"info@{a['cl']['dom']}"])
    D.raw(f, b, eml_logical(b))
    T.ap(f, c, names=[nm(c), sur(c)], phones=[c["direct"]], emails=[c["wmail"]])
    T.ap(f, k_, names=[nm(k_)], emails=[k_["wmail"]])
    T.ap(f, a["w"], names=[wname(a["w"])], phones=[a["w"]["tel"]])

    # 4: applicant mails HR; address only (name inside the e-mail address), name in body
    f = "メール/2024-06-10_応募書類送付.eml"
    hr = staff["本部"][1]
    body = (f"ご担当者様\n\n歯科衛生士の求人に応募いたします、{nm(a0)}と申します。\n履歴書と職務経歴書を添付いたしました。\n"
            f"ご検討のほどよろしくお願いいたします。\n\n{nm(a0)}\n{a0['tel']}\n")
    b = D.eml_bytes(a0["email"], ["recruit@sakura-dc.jp"], "応募書類の送付（歯科衛生士）", body, fixed_date(dt.date(2024, 6, 10), "21:15"),
                    "<CAF" + str(r.randint(10 ** 8, 10 ** 9)) + "@mail.gmail.com>", cc=[addr(hr, hr["wmail"])])
    D.raw(f, b, eml_logical(b))
    T.ap(f, a0, names=[nm(a0)], emails=[a0["email"]], phones=[a0["tel"]])
    T.ap(f, hr, names=[nm(hr)], emails=[hr["wmail"]])

    # 5: system notification (noreply) naming no person -> 0 ; and one naming a patient -> 1
    f = "メール/2024-06-12_メンテナンスのお知らせ.eml"
    body = "【自動送信】予約システム定期メンテナンスのお知らせ\n\n6月15日 22:00〜24:00 は予約受付を停止します。\n本メールは送信専用です。\n"
    b = D.eml_bytes("noreply@sakura-dc.jp", ["info@sakura-dc.jp"], "メンテナンスのお知らせ", body,
                         fixed_date(dt.date(2024, 6, 12), "08:00"), "<sys-0612@sakura-dc.jp>")
    D.raw(f, b, eml_logical(b))

    f = "メール/2024-06-13_新規ネット予約.eml"
    wp = W.person("patient", age=(20, 60), region="yokohama", email=True)
    body = (f"【自動送信】ネット予約が入りました\n\n医院：横浜院\n日時：6月19日 11:00\nお名前：{nm(wp)}（{kn(wp)}）\n"
            f"電話：{wp['tel']}\nメール：{wp['email']}\nメニュー：検診・クリーニング\n")
    b = D.eml_bytes("noreply@sakura-dc.jp", ["yoyaku@sakura-dc.jp"], "新規ネット予約", body,
                         fixed_date(dt.date(2024, 6, 13), "07:52"), "<sys-0613-1@sakura-dc.jp>")
    D.raw(f, b, eml_logical(b))
    T.ap(f, wp, names=[nm(wp), kn(wp)], phones=[wp["tel"]], emails=[wp["email"]])

    # 6: mbox: vendor rep, newsletter from a maker named after a surname, internal thread with quoted reply
    f = "メール/総務_受信箱_2024-06.mbox"
    rep = W.person("external", sex="M", surname=r.choice([s_ for s_ in SUR if s_[0] not in (sur(staff["本部"][0]), sur(staff["本部"][2]))]),
                   age=(28, 50), email=0)
    rep["wmail"] = W.work_email(rep, "tanaka-shizai.co.jp")
    rep["mobile"] = rep["tel"]
    gm, ac = staff["本部"][0], staff["本部"][2]
    msgs = []
    body1 = (f"桜輝会 総務ご担当 {nm(gm)} 様\n\n株式会社タナカ歯材の{sur(rep)}です。\nグローブの値上げ（7月出荷分より8%）のご案内です。\n\n"
             f"株式会社タナカ歯材 営業部\n{nm(rep)}\nTEL 03-3811-0040（代表） 携帯 {rep['mobile']}\n{rep['wmail']}\n")
    msgs.append(("sales@tanaka-shizai.co.jp", D.eml_bytes(addr(rep, rep["wmail"]), [addr(gm, gm["wmail"])], "価格改定のお知らせ", body1,
                                                          fixed_date(dt.date(2024, 6, 4), "11:00"), "<p1@tanaka-shizai.co.jp>")))
    body2 = "ヨシダ製作所 ニュースレター 6月号\n\n新製品「スズキ式バキューム」発売！\n配信停止：newsletter@yoshida-ss.jp\n"
    msgs.append(("newsletter@yoshida-ss.jp", D.eml_bytes("ヨシダ製作所 <newsletter@yoshida-ss.jp>", ["info@sakura-dc.jp"], "ニュースレター6月号",
                                                         body2, fixed_date(dt.date(2024, 6, 6), "06:30"), "<nl-202406@yoshida-ss.jp>")))
    body3 = (f"{sur(gm)}さん\n\n了解です。請求書は月末締めで処理します。\n\n経理 {nm(ac)}\n\n-----Original Message-----\nFrom: {nm(gm)} <{gm['wmail']}>\n"
             f"> {sur(ac)}さん\n> タナカ歯材の{nm(rep)}さんから価格改定の連絡がありました。\n> 7月分から反映をお願いします。\n")
    msgs.append((ac["wmail"], D.eml_bytes(addr(ac, ac["wmail"]), [addr(gm, gm["wmail"])], "RE: 価格改定", body3,
                                          fixed_date(dt.date(2024, 6, 5), "16:20"), "<p3@sakura-dc.jp>", in_reply_to="<p2@sakura-dc.jp>")))
    body4 = "このメールは送信専用です。\n6月分のカード利用明細が確定しました。\n"
    msgs.append(("noreply@card.example.jp", D.eml_bytes("noreply@card.example.jp", ["jimu@sakura-dc.jp"], "ご利用明細確定", body4,
                                                        fixed_date(dt.date(2024, 6, 8), "05:00"), "<m-0608@card.example.jp>")))
    mb = b""
    for sender, b in msgs:
        b = re.sub(rb"(?m)^From ", b">From ", b)
        mb += f"From {sender} Sat Jun 29 09:00:00 2024\n".encode() + b.replace(b"\r\n", b"\n") + b"\n"
    D.raw(f, mb, "\n".join(eml_logical(b) for _, b in msgs))
    T.ap(f, rep, names=[nm(rep), sur(rep)], phones=[rep["mobile"]], emails=[rep["wmail"]])
    T.ap(f, gm, names=[nm(gm), sur(gm)], emails=[gm["wmail"]])
    T.ap(f, ac, names=[nm(ac), sur(ac)], emails=[ac["wmail"]])

    # ---------------------------------------------------------------------------------------------- database
    dbrecs = build_db(W, T, patients, all_patients, members, all_staff, workers, assignments, clients, web_new)

    # ---------------------------------------------------------------------------------------------- truth + checks
    presence_check(T)
    counts, total = recount(T.apps, lambda a: a["f"])
    for f_, e in T.files.items():
        pids = {a["pid"] for a in T.apps if a["f"] == f_}
        e["persons"] = len(pids)
        if pids and counts[f_] != len(pids):
            raise SystemExit(f"recount mismatch in {f_}")
    drive_total = len({a["pid"] for a in T.apps})
    assert total == drive_total, (total, drive_total)
    # every file on disk has an entry
    on_disk = []
    for root, _, files in os.walk(D.root):
        for x in files:
            on_disk.append(os.path.relpath(os.path.join(root, x), D.root).replace(os.sep, "/"))
    missing = sorted(set(on_disk) ^ set(T.files))
    if missing:
        raise SystemExit(f"truth/file mismatch: {missing}")
    dbcounts, dbtotal = recount(T.dbapps, lambda a: a["f"])
    for t, e in T.tables.items():
        pids = {a["pid"] for a in T.dbapps if a["f"] == t}
        e["persons"] = len(pids)
        if pids:
            assert dbcounts[t] == len(pids), t
    db_total = len({a["pid"] for a in T.dbapps})
    assert dbtotal == db_total
    files_sorted = OrderedDict(sorted(T.files.items()))
    truth = {"generator": "dev5", "seed": seed,
             "drive": {"persons_total": drive_total, "files": files_sorted},
             "database": {"persons_total": db_total, "tables": T.tables},
             "notes": {"press_release_ceo": "counted: a named natural person (代表取締役) is personal data",
                       "company_switchboard_columns": "?", "role_addresses": "not persons"}}
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(out, "appearances.jsonl"), "w", encoding="utf-8") as fh:
        for a in T.apps + T.dbapps:
            a2 = dict(a)
            a2["dob"] = a["dob"].isoformat() if a["dob"] else None
            a2["unit"] = list(a["unit"])
            fh.write(json.dumps(a2, ensure_ascii=False) + "\n")
    write_dbs(out, dbrecs, db_urls)
    return truth


def distinct_given(W, n, avoid, sex=None):
    out = []
    while len(out) < n:
        p = W.person("bare", sex=sex, age=(25, 60), email=0)
        if giv(p) in avoid or giv(p) in [giv(x) for x in out]:
            del W.P[p["pid"]]
            continue
        out.append(p)
    return out


def p2h(s):
    """katakana -> hiragana"""
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def presence_check(T: Truth):
    bad = []
    for a in T.apps:
        txt = T.text.get(a["f"], "")
        for s in a["names"] + a["emails"] + a["phones"] + a["addrs"] + a["mns"]:
            if str(s) not in txt:
                bad.append((a["f"], s))
    if bad:
        raise SystemExit(f"recorded detail not present in file text: {bad[:10]}")
    # inside one file one written name form never stands for two persons
    seen = defaultdict(set)
    for a in T.apps:
        for n in a["names"]:
            seen[(a["f"], nname(n))].add(a["pid"])
    dup = [(k, v) for k, v in seen.items() if len(v) > 1]
    if dup:
        raise SystemExit(f"ambiguous name form inside a file: {dup[:5]}")


# --------------------------------------------------------------------------------------------- database
def build_db(W, T, patients, all_patients, members, all_staff, workers, assignments, clients, web_new):
    r = W.r
    tabs = OrderedDict()
    # patients: 620 of the drive's patients + 140 DB-only
    dbp = r.sample(all_patients, 620) + [W.person("patient", age=(18, 80), region=r.choice(list(REGIONS)), email=0.4)
                                         for _ in range(140)]
    for p in dbp[620:]:
        p["chart"] = f"N{50000 + int(p['pid'][1:])}"
        p["ins"] = (f"0613{r.randint(1000, 9999)}", f"{r.randint(10, 9999)}", f"{r.randint(1, 99)}")
        p["clinic"] = r.choice(["渋谷院", "横浜院", "大宮院"])
    dbp.sort(key=lambda p: p["pid"])
    prow = []
    for i, p in enumerate(dbp):
        p["dbid"] = i + 1
        p["recall"] = dt.date(2024, 1, 1) + dt.timedelta(days=r.randint(0, 300))
        prow.append(OrderedDict([("id", i + 1), ("chart_no", p["chart"]), ("shimei", nm(p)), ("furigana", kn(p)),
                                 ("seinengappi", p["dob"]), ("denwa", p["tel"]), ("email", p["email"] or None),
                                 ("yubin", p["zip"]), ("jusho", p["addr"]), ("hoken_kigo", p["ins"][1]), ("hoken_bango", p["ins"][2]),
                                 ("clinic", p["clinic"]), ("allergy_note", r.choice([None, "ペニシリン", "ラテックス", "金属（ニッケル）", None])),
                                 ("next_recall", p["recall"])]))
        T.ap("patients", p, names=[nm(p), kn(p)], dob=p["dob"], phones=[p["tel"]], emails=[p["email"]], addrs=[p["addr"]],
             unit=("patients", i), db=True)
    tabs["patients"] = (prow, OrderedDict([("id", None), ("chart_no", None), ("shimei", "PERSON"), ("furigana", "PERSON"),
                                           ("seinengappi", "DATE_OF_BIRTH"), ("denwa", "PHONE"), ("email", "EMAIL"), ("yubin", "POSTAL_CODE"),
                                           ("jusho", "ADDRESS"), ("hoken_kigo", "HEALTH_INSURANCE"), ("hoken_bango", "HEALTH_INSURANCE"),
                                           ("clinic", None), ("allergy_note", "SENSITIVE"), ("next_recall", None)]), ["chart_no", "id"])
    # visits: denormalised name + birth date on every row
    vrow = []
    vp = r.sample(dbp, 480)
    k = 0
    for p in sorted(vp, key=lambda p: p["pid"]):
        for _ in range(r.choice([1, 2, 3, 4, 5])):
            k += 1
            vrow.append(OrderedDict([("visit_id", k), ("patient_name", nm(p)), ("birth_date", p["dob"]),
                                     ("visit_date", dt.date(2024, 1, 1) + dt.timedelta(days=r.randint(0, 180))),
                                     ("treatment", r.choice(["検診", "SRP", "根管治療", "抜歯", "CR", "義歯"])),
                                     ("dentist_code", r.choice(["D01", "D02", "D03"])), ("fee_yen", r.choice([450, 880, 1230, 3160])),
                                     ("tracking_no", "".join(str(r.randint(0, 9)) for _ in range(12)))]))
            T.ap("visits", p, names=[nm(p)], dob=p["dob"], unit=("visits", k), db=True)
    tabs["visits"] = (vrow, OrderedDict([("visit_id", None), ("patient_name", "PERSON"), ("birth_date", "DATE_OF_BIRTH"), ("visit_date", None),
                                         ("treatment", "SENSITIVE"), ("dentist_code", None), ("fee_yen", None), ("tracking_no", None)]),
                      ["tracking_no", "dentist_code", "visit_id"])
    # studio members: 260 drive members (some are DB patients: same name + phone) + 60 new
    ms = [m for m in members if m["variant"] is None]
    sm = r.sample(ms, 260)
    new = [W.person("member", age=(18, 65), email=0.8) for _ in range(60)]
    smrows = []
    items = [(m["p"], m["no"], m["plan"]) for m in sm] + [(p, f"FX{40000 + i}", "フリー") for i, p in enumerate(new)]
    items.sort(key=lambda x: x[1])
    for i, (p, no, plan) in enumerate(items):
        card = luhn("4" + "".join(str(r.randint(0, 9)) for _ in range(14)))
        smrows.append(OrderedDict([("member_no", no), ("name", nm(p)), ("name_kana", kn(p)), ("tel", p["tel"]), ("mail", p["email"] or None),
                                   ("birthday", p["dob"]), ("plan", plan), ("card_no", card), ("store_name", "STUDIO FLEX 渋谷")]))
        T.ap("studio_members", p, names=[nm(p), kn(p)], dob=p["dob"], phones=[p["tel"]], emails=[p["email"]],
             unit=("studio_members", i), db=True)
    tabs["studio_members"] = (smrows, OrderedDict([("member_no", None), ("name", "PERSON"), ("name_kana", "PERSON"), ("tel", "PHONE"),
                                                   ("mail", "EMAIL"), ("birthday", "DATE_OF_BIRTH"), ("plan", None), ("card_no", "CREDIT_CARD"),
                                                   ("store_name", None)]), ["member_no", "store_name"])
    # staff: romaji headers
    strow = []
    for i, p in enumerate(all_staff):
        lic = f"{r.choice(['30', '45', '50'])}{r.randint(10 ** 8, 10 ** 9 - 1)}{r.randint(0, 1)}"
        strow.append(OrderedDict([("staff_id", p["no"]), ("shimei", nm(p)), ("kojin_bango", p["mn"]), ("seinengappi", p["dob"]),
                                  ("keitai", p["tel"]), ("unten_menkyo", lic), ("nenkin_no", f"{r.randint(1000, 9999)}-{r.randint(100000, 999999)}"),
                                  ("ginko_mei", p["bank"][0]), ("shiten_mei", p["bank"][1]), ("kouza", p["bank"][2]),
                                  ("kouza_meiginin", hwkana(kn(p))), ("shozoku", p["dept"])]))
        T.ap("staff", p, names=[nm(p), hwkana(kn(p))], dob=p["dob"], phones=[p["tel"]], mns=[p["mn"]], unit=("staff", i), db=True)
    tabs["staff"] = (strow, OrderedDict([("staff_id", None), ("shimei", "PERSON"), ("kojin_bango", "MY_NUMBER"), ("seinengappi", "DATE_OF_BIRTH"),
                                         ("keitai", "PHONE"), ("unten_menkyo", "DRIVERS_LICENSE"), ("nenkin_no", "PENSION_NUMBER"),
                                         ("ginko_mei", None), ("shiten_mei", None), ("kouza", "BANK_ACCOUNT"), ("kouza_meiginin", "PERSON"),
                                         ("shozoku", None)]), ["staff_id", "ginko_mei", "shiten_mei"])
    # haken assignments: worker + client contact per row
    hrows = []
    for i, a in enumerate(assignments):
        w, c = a["w"], a["c"]
        hrows.append(OrderedDict([("assignment_id", i + 1), ("worker_name", w["foreign"][0] if w["foreign"] else nm(w)),
                                  ("worker_tel", w["tel"]), ("client_company", a["cl"]["name"]), ("client_corp_no", a["cl"]["corp"]),
                                  ("contact_name", nm(c)), ("contact_email", c["wmail"]), ("hourly_rate", a["rate"]),
                                  ("start_date", a["start"])]))
        T.ap("haken_assignments", w, names=[hrows[-1]["worker_name"]], phones=[w["tel"]], unit=("haken", i, "w"), db=True)
        T.ap("haken_assignments", c, names=[nm(c)], emails=[c["wmail"]], unit=("haken", i, "c"), db=True)
    tabs["haken_assignments"] = (hrows, OrderedDict([("assignment_id", None), ("worker_name", "PERSON"), ("worker_tel", "PHONE"),
                                                     ("client_company", None), ("client_corp_no", "CORPORATE_NUMBER"), ("contact_name", "PERSON"),
                                                     ("contact_email", "EMAIL"), ("hourly_rate", None), ("start_date", None)]),
                                 ["client_company", "assignment_id"])
    # view: patients due for recall before 2024-07-01
    vrows = [x for x in prow if x["next_recall"] < dt.date(2024, 7, 1)]
    for i, x in enumerate(vrows):
        p = dbp[x["id"] - 1]
        T.ap("v_recall_due", p, names=[x["shimei"]], phones=[x["denwa"]], unit=("v", i), db=True)
    for name, (rows, cols, hard) in tabs.items():
        T.tables[name] = {"rows": len(rows), "persons": 0, "columns": cols, "hard_negative_columns": hard}
    T.tables["v_recall_due"] = {"view": True, "rows": len(vrows), "persons": 0,
                                "columns": OrderedDict([("id", None), ("shimei", "PERSON"), ("denwa", "PHONE"), ("clinic", None),
                                                        ("next_recall", None)])}
    return tabs


VIEW_SQL = ("CREATE VIEW v_recall_due AS SELECT id, shimei, denwa, clinic, next_recall FROM patients "
            "WHERE next_recall < '2024-07-01'")


def write_dbs(out, tabs, urls):
    import sqlalchemy as sa
    spath = os.path.join(out, "db.sqlite")
    if os.path.exists(spath):
        os.remove(spath)
    all_urls = ["sqlite:///" + spath] + list(urls)
    for url in all_urls:
        eng = sa.create_engine(url)
        md = sa.MetaData()
        tables = {}
        for name, (rows, cols, _) in tabs.items():
            sample = rows[0]
            c = []
            for col in cols:
                v = next((x[col] for x in rows if x[col] is not None), None)
                if isinstance(v, int):
                    t = sa.Integer()
                elif isinstance(v, dt.date):
                    t = sa.Date()
                else:
                    t = sa.String(200)
                c.append(sa.Column(col, t, primary_key=(col == list(cols)[0] and isinstance(v, int))))
            tables[name] = sa.Table(name, md, *c)
        with eng.begin() as con:
            con.execute(sa.text("DROP VIEW IF EXISTS v_recall_due"))
        md.drop_all(eng, checkfirst=True)
        md.create_all(eng)
        with eng.begin() as con:
            for name, (rows, cols, _) in tabs.items():
                con.execute(tables[name].insert(), [dict(x) for x in rows])
            con.execute(sa.text(VIEW_SQL))
        eng.dispose()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--db-url", action="append", default=[])
    a = ap.parse_args(argv)
    t = build(a.out, a.seed, a.db_url)
    print(f"drive: {len(t['drive']['files'])} files, {t['drive']['persons_total']} persons; "
          f"database: {len(t['database']['tables'])} tables/views, {t['database']['persons_total']} persons")


if __name__ == "__main__":
    main()
