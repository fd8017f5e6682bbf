#!/usr/bin/env python3
"""Blind people-count / column-type generator, set dev3 (database-weighted).

World: a hospital group (病院) with a health-check center (健診センター), a pharmacy chain (薬局) and an
insurance agency (保険代理店) that sells through them.  Writes DIR/drive/, DIR/db.sqlite (+ any --db-url),
DIR/truth.json.  Truth is by construction (person ids) and is re-checked by an independent union-find recount
of the identity rule over the values actually written (see recount()).
"""
import argparse
import csv
import io
import json
import os
import re
import shutil
import unicodedata
import zipfile
from datetime import date, timedelta
import random

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

REF = date(2024, 10, 1)

# ----------------------------------------------------------------------------------------------------------
# name / address pools
SURNAMES = """佐藤:サトウ:sato 鈴木:スズキ:suzuki 高橋:タカハシ:takahashi 田中:タナカ:tanaka 伊藤:イトウ:ito
渡辺:ワタナベ:watanabe 渡邊:ワタナベ:watanabe 山本:ヤマモト:yamamoto 中村:ナカムラ:nakamura 小林:コバヤシ:kobayashi
加藤:カトウ:kato 吉田:ヨシダ:yoshida 山田:ヤマダ:yamada 佐々木:ササキ:sasaki 山口:ヤマグチ:yamaguchi
松本:マツモト:matsumoto 井上:イノウエ:inoue 木村:キムラ:kimura 林:ハヤシ:hayashi 斉藤:サイトウ:saito
斎藤:サイトウ:saito 清水:シミズ:shimizu 山崎:ヤマザキ:yamazaki 森:モリ:mori 池田:イケダ:ikeda 橋本:ハシモト:hashimoto
阿部:アベ:abe 石川:イシカワ:ishikawa 山下:ヤマシタ:yamashita 中島:ナカジマ:nakajima 石井:イシイ:ishii
小川:オガワ:ogawa 前田:マエダ:maeda 岡田:オカダ:okada 長谷川:ハセガワ:hasegawa 藤田:フジタ:fujita
後藤:ゴトウ:goto 近藤:コンドウ:kondo 村上:ムラカミ:murakami 遠藤:エンドウ:endo 青木:アオキ:aoki
坂本:サカモト:sakamoto 福田:フクダ:fukuda 太田:オオタ:ota 西村:ニシムラ:nishimura 藤井:フジイ:fujii
金子:カネコ:kaneko 岡本:オカモト:okamoto 藤原:フジワラ:fujiwara 中野:ナカノ:nakano 三浦:ミウラ:miura
原田:ハラダ:harada 中川:ナカガワ:nakagawa 松田:マツダ:matsuda 竹内:タケウチ:takeuchi 小野:オノ:ono
田村:タムラ:tamura 中山:ナカヤマ:nakayama 和田:ワダ:wada 石田:イシダ:ishida 森田:モリタ:morita
上田:ウエダ:ueda 原:ハラ:hara 柴田:シバタ:shibata 酒井:サカイ:sakai 工藤:クドウ:kudo 横山:ヨコヤマ:yokoyama
宮崎:ミヤザキ:miyazaki 宮本:ミヤモト:miyamoto 内田:ウチダ:uchida 高木:タカギ:takagi 安藤:アンドウ:ando
島田:シマダ:shimada 谷口:タニグチ:taniguchi 大野:オオノ:ono 高田:タカダ:takada 丸山:マルヤマ:maruyama
今井:イマイ:imai 河野:コウノ:kono 藤本:フジモト:fujimoto 村田:ムラタ:murata 武田:タケダ:takeda
上野:ウエノ:ueno 杉山:スギヤマ:sugiyama 増田:マスダ:masuda 小山:コヤマ:koyama 大塚:オオツカ:otsuka
平野:ヒラノ:hirano 菅原:スガワラ:sugawara 久保:クボ:kubo 松井:マツイ:matsui 千葉:チバ:chiba
岩崎:イワサキ:iwasaki 桜井:サクライ:sakurai 野口:ノグチ:noguchi""".split()
MALE = """太郎:タロウ:taro 一郎:イチロウ:ichiro 健太:ケンタ:kenta 翔太:ショウタ:shota 大輔:ダイスケ:daisuke
拓也:タクヤ:takuya 直樹:ナオキ:naoki 和也:カズヤ:kazuya 一也:カズヤ:kazuya 誠:マコト:makoto 浩:ヒロシ:hiroshi
博:ヒロシ:hiroshi 隆:タカシ:takashi 健一:ケンイチ:kenichi 修:オサム:osamu 茂:シゲル:shigeru 勇:イサム:isamu
清:キヨシ:kiyoshi 進:ススム:susumu 実:ミノル:minoru 蓮:レン:ren 悠真:ユウマ:yuma 湊:ミナト:minato
陽翔:ハルト:haruto 大翔:ヒロト:hiroto 颯太:ソウタ:sota 悠斗:ユウト:yuto 陸:リク:riku 雄一:ユウイチ:yuichi
秀樹:ヒデキ:hideki 正人:マサト:masato 達也:タツヤ:tatsuya 亮:リョウ:ryo 優:ユウ:yu 健:ケン:ken
智也:トモヤ:tomoya 洋平:ヨウヘイ:yohei 裕介:ユウスケ:yusuke 純一:ジュンイチ:junichi 昭:アキラ:akira""".split()
FEMALE = """花子:ハナコ:hanako 陽子:ヨウコ:yoko 洋子:ヨウコ:yoko 恵子:ケイコ:keiko 幸子:サチコ:sachiko
美咲:ミサキ:misaki さくら:サクラ:sakura 陽菜:ヒナ:hina 結衣:ユイ:yui 葵:アオイ:aoi 凛:リン:rin 美穂:ミホ:miho
由美:ユミ:yumi 裕子:ユウコ:yuko 優子:ユウコ:yuko 直美:ナオミ:naomi 久美子:クミコ:kumiko 明美:アケミ:akemi
真由美:マユミ:mayumi 智子:トモコ:tomoko 京子:キョウコ:kyoko 和子:カズコ:kazuko 節子:セツコ:setsuko
千尋:チヒロ:chihiro 愛:アイ:ai 彩:アヤ:aya 舞:マイ:mai 麻衣:マイ:mai 芽衣:メイ:mei 結菜:ユイナ:yuina
美羽:ミウ:miu 杏:アン:an 莉子:リコ:riko 七海:ナナミ:nanami 遥:ハルカ:haruka 瞳:ヒトミ:hitomi
香織:カオリ:kaori 奈々:ナナ:nana 文子:フミコ:fumiko 静香:シズカ:shizuka""".split()
SURNAMES = [tuple(x.split(":")) for x in SURNAMES]
MALE = [tuple(x.split(":")) for x in MALE]
FEMALE = [tuple(x.split(":")) for x in FEMALE]

PLACES = [
    ("154", "東京都", "世田谷区", ["桜新町", "用賀", "三軒茶屋", "経堂", "上馬", "駒沢"]),
    ("166", "東京都", "杉並区", ["阿佐谷北", "高円寺南", "荻窪", "下井草"]),
    ("158", "東京都", "世田谷区", ["等々力", "奥沢", "深沢"]),
    ("227", "神奈川県", "横浜市青葉区", ["青葉台", "藤が丘", "市が尾", "あざみ野"]),
    ("211", "神奈川県", "川崎市中原区", ["小杉町", "木月", "新丸子東"]),
    ("330", "埼玉県", "さいたま市浦和区", ["常盤", "高砂", "岸町"]),
    ("273", "千葉県", "船橋市", ["本町", "夏見", "前原西"]),
    ("183", "東京都", "府中市", ["宮町", "寿町", "若松町"]),
]
BUILDINGS = ["サンハイツ", "グランメゾン", "コーポ桜", "パークサイド", "メゾン青葉", "ハイム緑"]
AREA = {"東京都": "03", "神奈川県": "045", "埼玉県": "048", "千葉県": "047"}
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "outlook.jp"]
DEPTS = ["内科", "外科", "整形外科", "小児科", "循環器内科", "皮膚科", "眼科", "消化器内科"]
DIAG = ["高血圧症", "2型糖尿病", "脂質異常症", "急性上気道炎", "腰痛症", "アトピー性皮膚炎", "逆流性食道炎",
        "気管支喘息", "白内障", "骨粗鬆症", "うつ病", "慢性胃炎"]
ALLERGY = [None, None, None, "ペニシリン", "卵", "そば", "造影剤", "花粉", "NSAIDs"]
HOSPITALS = ["清和会総合病院", "清和会みなと病院", "こだま内科クリニック", "さくら小児科医院", "青葉台整形外科"]
COMPANIES = ["株式会社青葉システム", "東和物流株式会社", "有限会社ミナト工業", "株式会社サンライズ食品",
             "日之出建設株式会社", "株式会社グリーンテック", "港北信用金庫", "株式会社フジ精機"]
RELATION_CHILD = {"M": "長男", "F": "長女"}


def pad(n, w):
    return str(n).zfill(w)


# ----------------------------------------------------------------------------------------------------------
# kana helpers
_HALF = {}
for _cp in range(0xFF61, 0xFFA0):
    _full = unicodedata.normalize("NFKC", chr(_cp))
    if len(_full) == 1 and _full not in _HALF:
        _HALF[_full] = chr(_cp)


def to_half_kana(s):
    out = []
    for ch in s:
        if ch in _HALF:
            out.append(_HALF[ch])
            continue
        d = unicodedata.normalize("NFD", ch)
        if len(d) == 2 and d[0] in _HALF and d[1] in ("\u3099", "\u309a"):
            out.append(_HALF[d[0]] + ("\uff9e" if d[1] == "\u3099" else "\uff9f"))
        elif ch == " " or ch == "\u3000":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def to_hira(s):
    return "".join(chr(ord(c) - 0x60) if "\u30a1" <= c <= "\u30f6" else c for c in s)


def to_zen_digits(s):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else ("－" if c == "-" else c) for c in s)


# ----------------------------------------------------------------------------------------------------------
# identifiers
def mynumber_check(d11):
    total = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        total += p * q
    r = total % 11
    return "0" if r <= 1 else str(11 - r)


def is_mynumber(s):
    return len(s) == 12 and s.isdigit() and mynumber_check(s[:11]) == s[11]


def jan13(body12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body12))
    return body12 + str((10 - s % 10) % 10)


def wareki(d, style="kanji"):
    if d >= date(2019, 5, 1):
        era, e, y = "令和", "R", d.year - 2018
    elif d >= date(1989, 1, 8):
        era, e, y = "平成", "H", d.year - 1988
    elif d >= date(1926, 12, 25):
        era, e, y = "昭和", "S", d.year - 1925
    else:
        era, e, y = "大正", "T", d.year - 1911
    if style == "short":
        return f"{e}{y:02d}.{d.month:02d}.{d.day:02d}"
    ys = "元" if y == 1 else str(y)
    return f"{era}{ys}年{d.month}月{d.day}日"


def fmt_dob(d, style):
    if style == "date":
        return d
    if style == "iso":
        return d.isoformat()
    if style == "ymd":
        return d.strftime("%Y%m%d")
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "jp":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "wareki":
        return wareki(d)
    if style == "wareki_s":
        return wareki(d, "short")
    raise ValueError(style)


def fmt_phone(num, style):
    """num: canonical digits (0X...)."""
    if num.startswith("0") and num[1] in "789" and num[2] == "0":  # mobile 0X0
        parts = [num[:3], num[3:7], num[7:]]
    elif num.startswith("03") or num.startswith("06"):
        parts = [num[:2], num[2:6], num[6:]]
    else:
        parts = [num[:3], num[3:6], num[6:]]
    if style == "hyphen":
        return "-".join(parts)
    if style == "plain":
        return num
    if style == "intl":
        return "+81-" + "-".join([parts[0][1:]] + parts[1:])
    if style == "intl_plain":
        return "+81" + num[1:]
    if style == "paren":
        return f"{parts[0]}({parts[1]}){parts[2]}"
    if style == "zen":
        return to_zen_digits("-".join(parts))
    raise ValueError(style)


# ----------------------------------------------------------------------------------------------------------
# normalisation + recount (independent of the generator's person ids)
def n_name(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).lower()


def n_phone(s):
    s = unicodedata.normalize("NFKC", str(s)).strip()
    d = re.sub(r"\D", "", s)
    if s.startswith("+81"):
        d = "0" + d[2:]
    return d


_ERA = {"明治": 1867, "大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018,
        "M": 1867, "T": 1911, "S": 1925, "H": 1988, "R": 2018}


def n_date(v):
    if isinstance(v, date):
        return v.isoformat()
    s = unicodedata.normalize("NFKC", str(v)).strip()
    m = re.fullmatch(r"(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?", s)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    m = re.fullmatch(r"(明治|大正|昭和|平成|令和)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日", s)
    if m:
        y = 1 if m[2] == "元" else int(m[2])
        return date(_ERA[m[1]] + y, int(m[3]), int(m[4])).isoformat()
    m = re.fullmatch(r"([MTSHR])(\d{1,2})\.(\d{1,2})\.(\d{1,2})", s)
    if m:
        return date(_ERA[m[1]] + int(m[2]), int(m[3]), int(m[4])).isoformat()
    raise ValueError("unparsed date %r" % (v,))


def n_addr(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def subject_keys(fields):
    names, dobs, phones, addrs, keys = [], [], [], [], []
    for _col, kind, val in fields:
        if val is None or val == "":
            continue
        if kind == "name":
            names.append(n_name(val))
        elif kind == "dob":
            dobs.append(n_date(val))
        elif kind == "phone":
            phones.append(n_phone(val))
        elif kind == "addr":
            addrs.append(n_addr(val))
        elif kind == "email":
            keys.append(("e", str(val).strip().lower()))
        elif kind == "myno":
            keys.append(("m", re.sub(r"\D", "", str(val))))
    for n in names:
        keys += [("nd", n, d) for d in dobs] + [("np", n, p) for p in phones] + [("na", n, a) for a in addrs]
    return keys


def recount(subjects):
    """subjects: list of (pid, fields). Returns (components, problems)."""
    parent = list(range(len(subjects)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen = {}
    for i, (_pid, fields) in enumerate(subjects):
        for k in subject_keys(fields):
            j = seen.get(k)
            if j is None:
                seen[k] = i
            else:
                a, b = find(i), find(j)
                if a != b:
                    parent[a] = b
    comp = {}
    for i, (pid, _f) in enumerate(subjects):
        comp.setdefault(find(i), set()).add(pid)
    merged = [c for c in comp.values() if len(c) > 1]
    pid_comps = {}
    for root, pids in comp.items():
        for p in pids:
            pid_comps.setdefault(p, []).append(root)
    split = sorted(p for p, roots in pid_comps.items() if len(roots) > 1)
    return len(comp), merged, split


# ----------------------------------------------------------------------------------------------------------
# population
class HH:
    def __init__(self, hid, zipc, address, home):
        self.hid, self.zip, self.address, self.home = hid, zipc, address, home
        self.members = []
        self.relative = None


class Person:
    def __init__(self, pid, sei, mei, sex, dob, hh):
        self.pid, self.sei, self.mei, self.sex, self.dob, self.hh = pid, sei, mei, sex, dob, hh
        self.mobile = None
        self.email = None
        self.work_email = None
        self.myno = None
        self.role = None  # head / spouse / child / single

    @property
    def age(self):
        return (REF - self.dob).days // 365

    def k(self, style="space"):
        return {"space": self.sei[0] + " " + self.mei[0], "nospace": self.sei[0] + self.mei[0],
                "zspace": self.sei[0] + "\u3000" + self.mei[0]}[style]

    def kana(self, style="space"):
        if style == "half":
            return to_half_kana(self.sei[1] + " " + self.mei[1])
        if style == "nospace":
            return self.sei[1] + self.mei[1]
        return self.sei[1] + " " + self.mei[1]

    def hira(self):
        return to_hira(self.sei[1] + " " + self.mei[1])

    def romaji(self, style="upper"):
        if style == "upper":
            return f"{self.sei[2].upper()} {self.mei[2].capitalize()}"
        return f"{self.mei[2].capitalize()} {self.sei[2].capitalize()}"

    def variants(self):
        return [n_name(self.k()), n_name(self.kana()), n_name(self.hira()), n_name(self.romaji()),
                n_name(self.romaji("western"))]


class World:
    def __init__(self, seed):
        self.R = random.Random(seed)
        self.persons = []
        self.hhs = []
        self.keys = set()
        self.used = set()  # phones, addresses, emails, mynumbers

    def uniq(self, fn):
        while True:
            v = fn()
            if v not in self.used:
                self.used.add(v)
                return v

    def household(self, kind):
        R = self.R
        zp, pref, city, towns = R.choice(PLACES)

        def mkaddr():
            a = f"{pref}{city}{R.choice(towns)}{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)}"
            if R.random() < 0.3:
                a += f" {R.choice(BUILDINGS)}{R.randint(1, 9)}0{R.randint(1, 9)}"
            return a

        address = self.uniq(mkaddr)
        area = AREA[pref]
        home = self.uniq(lambda: area + "".join(str(R.randint(0, 9)) for _ in range(10 - len(area))))
        hh = HH(len(self.hhs), f"{zp}-{R.randint(0, 9999):04d}", address, home)
        self.hhs.append(hh)
        sei = R.choice(SURNAMES)
        if kind == "family":
            a = R.randint(30, 58)
            h = self.person(hh, sei, "M", a, "head")
            self.person(hh, sei, "F", max(24, a + R.randint(-5, 3)), "spouse")
            nk = R.choice([0, 1, 1, 2, 2, 2, 3, 3, 4, 4])
            twins = nk >= 2 and R.random() < 0.15
            prev = None
            for i in range(nk):
                if twins and i == 1:
                    c = self.person(hh, sei, R.choice("MF"), None, "child", dob=prev.dob)
                else:
                    c = self.person(hh, sei, R.choice("MF"), R.randint(0, min(26, h.age - 22)), "child")
                prev = c
        elif kind == "couple":
            a = R.randint(28, 80)
            self.person(hh, sei, "M", a, "head")
            self.person(hh, sei, "F", max(24, a + R.randint(-6, 3)), "spouse")
        elif kind == "elderly":
            a = R.randint(66, 92)
            self.person(hh, sei, R.choice("MF"), a, "head")
            if R.random() < 0.5:
                self.person(hh, sei, "F", max(66, a + R.randint(-5, 2)), "spouse")
        else:
            self.person(hh, sei, R.choice("MF"), R.randint(20, 64), "single")
        return hh

    def person(self, hh, sei, sex, age, role, dob=None, given=None):
        R = self.R
        for attempt in range(200):
            mei = given or R.choice(MALE if sex == "M" else FEMALE)
            d = dob if (dob and attempt < 20) else REF - timedelta(days=365 * (age if age is not None else 10)
                                                                      + R.randint(0, 364))
            p = Person(len(self.persons), sei, mei, sex, d, hh)
            if any(n_name(m.k()) == n_name(p.k()) or n_name(m.kana()) == n_name(p.kana()) for m in hh.members):
                continue
            vals = [d.isoformat(), hh.home, n_addr(hh.address)]
            ks = [(v, x) for v in p.variants() for x in vals]
            if any(k in self.keys for k in ks):
                continue
            break
        else:
            raise RuntimeError("cannot place person")
        if p.age >= 18:
            p.mobile = self.uniq(lambda: R.choice(["090", "080", "070"]) + "".join(str(R.randint(0, 9)) for _ in range(8)))
            ks += [(v, p.mobile) for v in p.variants()]
            if R.random() < 0.75:
                p.email = self.uniq(lambda: f"{p.mei[2]}.{p.sei[2]}{R.randint(1, 999)}@{R.choice(MAIL_DOMAINS)}"
                                    if R.random() < 0.6 else
                                    f"{p.sei[2][0]}{p.mei[2]}{R.randint(10, 99)}@{R.choice(MAIL_DOMAINS)}")
        self.keys.update(ks)
        p.role = role
        hh.members.append(p)
        self.persons.append(p)
        return p

    def mynumber(self, p):
        if p.myno is None:
            R = self.R
            p.myno = self.uniq(lambda: (lambda b: b + mynumber_check(b))("".join(str(R.randint(0, 9)) for _ in range(11))))
        return p.myno

    def workmail(self, p, domain):
        if p.work_email is None:
            base = f"{p.mei[2][0]}.{p.sei[2]}"
            cand = f"{base}@{domain}"
            i = 2
            while cand in self.used:
                cand = f"{p.mei[2]}.{p.sei[2]}{i if i > 2 else ''}@{domain}"
                i += 1
            self.used.add(cand)
            p.work_email = cand
        return p.work_email

    def relative_of(self, hh):
        """an adult child / sibling living elsewhere (own household)."""
        if hh.relative is None:
            sei = hh.members[0].sei
            nh = self.household("single")
            # re-surname the single household: relatives often share the family name
            p = nh.members[0]
            if p.age < 25:
                pass
            if self.R.random() < 0.6 and all(n_name(m.k()) != n_name(sei[0] + p.mei[0]) for m in hh.members):
                # new person with the family's surname in the new household
                nh.members.clear()
                self.persons.pop()
                q = self.person(nh, sei, p.sex, max(25, p.age), "single")
                hh.relative = q
            else:
                hh.relative = p
        return hh.relative

    def adults(self, hh, exclude=None):
        return [m for m in hh.members if m.age >= 18 and m is not exclude]

    def spouse(self, p):
        if p.role in ("head", "spouse"):
            for m in p.hh.members:
                if m is not p and m.role in ("head", "spouse"):
                    return m
        return None

    def kids(self, p):
        if p.role in ("head", "spouse"):
            return [m for m in p.hh.members if m.role == "child"]
        return []


# ----------------------------------------------------------------------------------------------------------
# tables: a table is (name, cols, rows, subjects-per-row)
class Col:
    def __init__(self, name, typ, truth, hn=False, length=120):
        self.name, self.typ, self.truth, self.hn, self.length = name, typ, truth, hn, length


class Table:
    def __init__(self, name, cols):
        self.name, self.cols = name, cols
        self.rows = []      # list of dicts
        self.subs = []      # list of lists of (pid, [(col, kind, value)])

    def add(self, row, subjects):
        for c in row:
            assert c in self.colnames(), (self.name, c)
        self.rows.append(row)
        self.subs.append([(pid, [f for f in fields if f[2] not in (None, "")]) for pid, fields in subjects if pid is not None])

    def colnames(self):
        return [c.name for c in self.cols]


def S(p, *fields):
    return (p.pid, list(fields))


def pick_style(R, options):
    return R.choice(options)


def build_db(W):
    R = W.R
    T = {}
    # ---------------- population
    pat_hhs = [W.household(R.choices(["family", "elderly", "single", "couple"], [5, 2, 2, 2])[0]) for _ in range(780)]
    emp_hhs = [W.household(R.choices(["family", "single", "couple"], [5, 3, 2])[0]) for _ in range(250)]
    doc_hhs = [W.household(R.choice(["family", "couple", "single"])) for _ in range(30)]
    ext_doc_hhs = [W.household("single") for _ in range(6)]
    mem_hhs = [W.household(R.choices(["family", "single", "couple", "elderly"], [3, 3, 2, 1])[0]) for _ in range(420)]
    corp_hhs = [W.household(R.choices(["family", "single", "couple"], [4, 4, 2])[0]) for _ in range(330)]
    ins_hhs = [W.household(R.choices(["family", "couple", "single"], [5, 3, 2])[0]) for _ in range(170)]

    def first_adult(hh, lo=22, hi=64):
        c = [m for m in hh.members if lo <= m.age <= hi]
        return c[0] if c else None

    # ---------------- employees (hospital group HR) incl. doctors
    doctors = [first_adult(h, 28, 64) or W.person(h, h.members[0].sei, "M", R.randint(30, 60), "single") for h in doc_hhs]
    ext_doctors = [h.members[0] for h in ext_doc_hhs]
    employees = list(doctors)
    for h in emp_hhs:
        a = [m for m in h.members if 22 <= m.age <= 64]
        if a:
            employees.append(R.choice(a))
    # both spouses employed (nurse + doctor etc.)
    couples = [h for h in emp_hhs if len([m for m in h.members if m.role in ("head", "spouse") and 22 <= m.age <= 64]) == 2]
    for h in couples[:8]:
        for m in h.members:
            if m.role in ("head", "spouse") and m not in employees:
                employees.append(m)
    # patients who are also employees
    pat_adults = [m for h in pat_hhs for m in h.members if 22 <= m.age <= 64]
    emp_from_pat = R.sample(pat_adults, 45)
    employees += [m for m in emp_from_pat if m not in employees]

    ecols = [Col("employee_no", "str", None), Col("employee_name", "str", "PERSON"), Col("employee_kana", "str", "PERSON"),
             Col("employee_birth", "date", "DATE_OF_BIRTH"), Col("employee_sex", "str", "?"),
             Col("employee_mynumber", "str", "MY_NUMBER"), Col("employee_tel", "str", "PHONE"),
             Col("employee_email", "str", "EMAIL"), Col("employee_zip", "str", "POSTAL_CODE"),
             Col("employee_address", "str", "ADDRESS"), Col("department", "str", None),
             Col("spouse_name", "str", "PERSON"), Col("spouse_kana", "str", "PERSON"), Col("spouse_birth", "date", "DATE_OF_BIRTH"),
             Col("spouse_mynumber", "str", "MY_NUMBER")]
    for i in range(1, 5):
        ecols += [Col(f"child{i}_name", "str", "PERSON"), Col(f"child{i}_birth", "str", "DATE_OF_BIRTH")]
    ecols += [Col("dependents_count", "int", None), Col("hire_date", "date", None, hn=True)]
    t = T["employees"] = Table("employees", ecols)
    for i, p in enumerate(employees):
        dept = "医局" if p in doctors else R.choice(["看護部", "薬剤部", "医事課", "健診センター", "総務部", "保険事業部", "検査部"])
        sp = W.spouse(p)
        kids = [k for k in W.kids(p)][:4]
        row = {"employee_no": f"E{20000 + i * 7}", "employee_name": p.k(R.choice(["space", "nospace"])),
               "employee_kana": p.kana(), "employee_birth": p.dob, "employee_sex": "男" if p.sex == "M" else "女",
               "employee_mynumber": W.mynumber(p), "employee_tel": fmt_phone(p.mobile, R.choice(["hyphen", "plain"])),
               "employee_email": W.workmail(p, "seiwa-med.jp"), "employee_zip": p.hh.zip, "employee_address": p.hh.address,
               "department": dept, "dependents_count": (1 if sp else 0) + len(kids),
               "hire_date": date(R.randint(1990, 2024), R.randint(1, 12), 1)}
        subs = [S(p, ("employee_name", "name", row["employee_name"]), ("employee_kana", "name", row["employee_kana"]),
                  ("employee_birth", "dob", p.dob), ("employee_mynumber", "myno", row["employee_mynumber"]),
                  ("employee_tel", "phone", row["employee_tel"]), ("employee_email", "email", row["employee_email"]),
                  ("employee_address", "addr", p.hh.address))]
        if sp:
            row.update(spouse_name=sp.k(), spouse_kana=sp.kana(), spouse_birth=sp.dob, spouse_mynumber=W.mynumber(sp))
            subs.append(S(sp, ("spouse_name", "name", sp.k()), ("spouse_kana", "name", sp.kana()),
                          ("spouse_birth", "dob", sp.dob), ("spouse_mynumber", "myno", sp.myno)))
        for j, kd in enumerate(kids, 1):
            row[f"child{j}_name"] = kd.k("nospace")
            row[f"child{j}_birth"] = fmt_dob(kd.dob, "slash")
            subs.append(S(kd, (f"child{j}_name", "name", kd.k("nospace")), (f"child{j}_birth", "dob", row[f"child{j}_birth"])))
        t.add(row, subs)

    # ---------------- doctors master
    t = T["doctors"] = Table("doctors", [Col("doctor_id", "int", None, hn=True), Col("ishi_mei", "str", "PERSON"),
                                         Col("ishi_kana", "str", "PERSON"), Col("shinryoka", "str", None),
                                         Col("ishiki_toroku_no", "str", "?"), Col("mail", "str", "EMAIL"),
                                         Col("naisen", "str", "?"), Col("hospital_name", "str", None, hn=True)])
    for i, p in enumerate(doctors):
        p.dept = DEPTS[i % len(DEPTS)]
        row = {"doctor_id": 501 + i, "ishi_mei": p.k(), "ishi_kana": p.kana(), "shinryoka": p.dept,
               "ishiki_toroku_no": str(R.randint(300000, 499999)), "mail": p.work_email.upper() if i % 7 == 0 else p.work_email,
               "naisen": str(R.randint(2000, 2999)), "hospital_name": HOSPITALS[i % 2]}
        t.add(row, [S(p, ("ishi_mei", "name", p.k()), ("ishi_kana", "name", p.kana()), ("mail", "email", row["mail"]))])
    for i, p in enumerate(ext_doctors):
        W.workmail(p, ["kodama-clinic.jp", "sakura-kids.jp", "aobadai-ortho.jp"][i % 3])

    # ---------------- patients
    patients = []
    for h in pat_hhs:
        for m in h.members:
            if R.random() < 0.72:
                patients.append(m)
    # 同姓同名 with different birth dates
    for src in R.sample(patients, 30):
        nh = W.household("single")
        W.persons.pop()
        nh.members.clear()
        d = W.person(nh, src.sei, src.sex, max(20, src.age + R.choice([-7, -3, 4, 9])), "single", given=src.mei)
        patients.append(d)
    for m in emp_from_pat:
        if m not in patients:
            patients.append(m)
    R.shuffle(patients)
    pcols = [Col("patient_id", "int", None, hn=True), Col("karte_no", "str", None, hn=True),
             Col("patient_name", "str", "PERSON"), Col("patient_kana", "str", "PERSON"),
             Col("patient_birth", "date", "DATE_OF_BIRTH"), Col("patient_sex", "str", "?"),
             Col("patient_tel", "str", "PHONE"), Col("patient_zip", "str", "POSTAL_CODE"),
             Col("patient_address", "str", "ADDRESS"),
             Col("guarantor_name", "str", "PERSON"), Col("guarantor_relation", "str", "?"),
             Col("guarantor_tel", "str", "PHONE"), Col("guarantor_address", "str", "ADDRESS"),
             Col("emergency_name", "str", "PERSON"), Col("emergency_relation", "str", "?"),
             Col("emergency_tel", "str", "PHONE"),
             Col("hokensha_bango", "str", "HEALTH_INSURANCE"), Col("hoken_kigo", "str", "HEALTH_INSURANCE"),
             Col("hoken_bango", "str", "HEALTH_INSURANCE"), Col("allergy", "str", "SENSITIVE"),
             Col("first_visit", "date", None, hn=True), Col("status", "str", None)]
    t = T["patients"] = Table("patients", pcols)
    hh_ins = {}
    pat_row = {}
    for i, p in enumerate(patients):
        if p.hh.hid not in hh_ins:
            hh_ins[p.hh.hid] = (R.choice(["06", "01", "31", "32", "67"]) + pad(R.randint(130000, 139999), 6),
                                str(R.randint(10, 9999)), str(R.randint(1, 999)))
        ins = hh_ins[p.hh.hid]
        if p.age >= 75:
            ins = ("39" + pad(R.randint(130000, 139999), 6), "", pad(R.randint(0, 99999999), 8))
        tel = fmt_phone(p.mobile, R.choice(["hyphen", "plain", "intl"])) if p.mobile else fmt_phone(p.hh.home, R.choice(["hyphen", "plain"]))
        row = {"patient_id": 100001 + i, "karte_no": pad(R.randint(0, 99999999), 8),
               "patient_name": p.k(R.choice(["space", "nospace", "zspace"])),
               "patient_kana": p.kana(R.choice(["space", "half", "half"])), "patient_birth": p.dob,
               "patient_sex": "M" if p.sex == "M" else "F", "patient_tel": tel, "patient_zip": p.hh.zip,
               "patient_address": p.hh.address, "hokensha_bango": ins[0], "hoken_kigo": ins[1], "hoken_bango": ins[2],
               "allergy": R.choice(ALLERGY), "first_visit": REF - timedelta(days=R.randint(30, 4000)),
               "status": "active" if R.random() < 0.8 else "inactive"}
        subs = [S(p, ("patient_name", "name", row["patient_name"]), ("patient_kana", "name", row["patient_kana"]),
                  ("patient_birth", "dob", p.dob), ("patient_tel", "phone", tel), ("patient_address", "addr", p.hh.address))]
        g = e = None
        grel = erel = None
        adults = [m for m in W.adults(p.hh, p) if m.role in ("head", "spouse")]
        if p.age < 18:
            g = adults[0] if adults else None
            grel = "父" if g and g.sex == "M" else "母"
            e = adults[1] if len(adults) > 1 else None
            erel = "母" if e and e.sex == "F" else "父"
        else:
            if p.age >= 75 and R.random() < 0.6:
                g = W.relative_of(p.hh)
                grel = "子"
            sp = W.spouse(p)
            if sp and sp.age >= 18 and R.random() < 0.85:
                e, erel = sp, "配偶者"
            elif R.random() < 0.5:
                e, erel = W.relative_of(p.hh), "親族"
        if g:
            row.update(guarantor_name=g.k(), guarantor_relation=grel,
                       guarantor_tel=fmt_phone(g.mobile, R.choice(["hyphen", "plain"])), guarantor_address=g.hh.address)
            subs.append(S(g, ("guarantor_name", "name", g.k()), ("guarantor_tel", "phone", row["guarantor_tel"]),
                          ("guarantor_address", "addr", g.hh.address)))
        if e:
            row.update(emergency_name=e.k(R.choice(["space", "nospace"])), emergency_relation=erel,
                       emergency_tel=fmt_phone(e.mobile, R.choice(["hyphen", "plain", "intl_plain"])))
            subs.append(S(e, ("emergency_name", "name", row["emergency_name"]), ("emergency_tel", "phone", row["emergency_tel"])))
        t.add(row, subs)
        pat_row[p.pid] = row

    # ---------------- visits: 20,000+ rows, few persons
    vis_doctors = doctors[:20]
    vis_pat = R.sample(patients, 330)
    t = T["visits"] = Table("visits", [Col("visit_id", "int", None, hn=True), Col("receipt_no", "str", None, hn=True),
                                       Col("patient_name", "str", "PERSON"), Col("patient_birth", "str", "DATE_OF_BIRTH"),
                                       Col("visit_date", "date", None, hn=True), Col("department", "str", None),
                                       Col("doctor_name", "str", "PERSON"), Col("doctor_mail", "str", "EMAIL"),
                                       Col("diagnosis", "str", "SENSITIVE"), Col("points", "int", None)])
    weights = [R.choice([5, 20, 40, 80, 150]) for _ in vis_pat]
    seq = list(vis_pat)  # each at least once
    seq += R.choices(vis_pat, weights, k=22400 - len(seq))
    R.shuffle(seq)
    dx = {p.pid: R.sample(DIAG, 2) for p in vis_pat}
    for i, p in enumerate(seq):
        d = vis_doctors[i % 20] if i < 20 else R.choice(vis_doctors)
        mail = d.work_email if R.random() < 0.8 else d.work_email.upper()
        row = {"visit_id": 9000001 + i, "receipt_no": pad(R.randint(10 ** 11, 10 ** 12 - 1), 12),
               "patient_name": p.k("nospace"), "patient_birth": fmt_dob(p.dob, "ymd"),
               "visit_date": date(2023, 1, 4) + timedelta(days=R.randint(0, 630)), "department": d.dept,
               "doctor_name": d.k(), "doctor_mail": mail, "diagnosis": R.choice(dx[p.pid]), "points": R.randint(70, 4200)}
        t.add(row, [S(p, ("patient_name", "name", row["patient_name"]), ("patient_birth", "dob", row["patient_birth"])),
                    S(d, ("doctor_name", "name", d.k()), ("doctor_mail", "email", mail))])

    # ---------------- pharmacy members: 1,001 persons in 1,001 rows
    pat_ad = [p for p in patients if p.mobile]
    mem = R.sample(pat_ad, 380)
    pool = [m for h in mem_hhs for m in h.members if m.mobile]
    R.shuffle(pool)
    mem += pool[:1001 - len(mem)]
    assert len(mem) == 1001 and len({m.pid for m in mem}) == 1001
    stores = [f"{s}薬局 {t}店" for s, t in [("さくら", "世田谷"), ("さくら", "用賀"), ("あおば", "青葉台"), ("あおば", "市が尾"),
                                            ("ミナト", "武蔵小杉"), ("ミナト", "浦和"), ("さくら", "船橋"), ("あおば", "府中"),
                                            ("タナカ", "阿佐谷"), ("スズキ", "荻窪")]]
    t = T["pharmacy_members"] = Table("pharmacy_members", [
        Col("member_no", "str", None), Col("shimei", "str", "PERSON"), Col("furigana", "str", "PERSON"),
        Col("seibetsu", "str", "?"), Col("tanjoubi", "str", "DATE_OF_BIRTH"), Col("keitai", "str", "PHONE"),
        Col("mail", "str", "EMAIL"), Col("yubin", "str", "POSTAL_CODE"), Col("jusho", "str", "ADDRESS"),
        Col("toroku_tenpo", "str", None, hn=True), Col("point_zandaka", "int", None)])
    R.shuffle(mem)
    for i, p in enumerate(mem):
        em = p.email
        if em and R.random() < 0.3:
            em = em[0].upper() + em[1:].replace("@", "@").upper() if R.random() < 0.5 else em.capitalize()
        row = {"member_no": f"M{pad(700000 + i * 3, 7)}", "shimei": p.k(R.choice(["space", "nospace"])), "furigana": p.hira(),
               "seibetsu": "男性" if p.sex == "M" else "女性", "tanjoubi": fmt_dob(p.dob, R.choice(["wareki", "wareki", "wareki_s"])),
               "keitai": fmt_phone(p.mobile, R.choice(["intl", "hyphen", "plain"])), "mail": em, "yubin": p.hh.zip,
               "jusho": p.hh.address, "toroku_tenpo": R.choice(stores), "point_zandaka": R.randint(0, 5000)}
        t.add(row, [S(p, ("shimei", "name", row["shimei"]), ("furigana", "name", row["furigana"]), ("tanjoubi", "dob", row["tanjoubi"]),
                      ("keitai", "phone", row["keitai"]), ("mail", "email", em), ("jusho", "addr", p.hh.address))])

    # ---------------- drugs master (0 persons) : names from surnames, JAN codes, makers
    drugs = []
    suffix = ["錠5mg", "錠10mg", "散1%", "カプセル25mg", "OD錠2.5mg", "点眼液0.1%", "軟膏0.05%", "シロップ"]
    bases = ["アムロジピン", "ロキソプロフェン", "ファモチジン", "メトホルミン", "ロスバスタチン", "モンテルカスト", "レバミピド", "カンデサルタン"]
    for i in range(150):
        s = SURNAMES[i % len(SURNAMES)]
        if i % 3 == 0:
            nm = f"{s[1]}{['ール', 'ミン', 'ロン', 'ゾール'][i % 4]}{R.choice(suffix)}"
        else:
            nm = f"{R.choice(bases)}{R.choice(suffix)}「{s[1]}」"
        drugs.append({"yj_code": f"{R.randint(1000000, 9999999)}F{R.randint(1000, 9999)}", "jan_code": jan13("49" + pad(R.randint(0, 10 ** 10 - 1), 10)),
                      "drug_name": nm, "maker": f"{s[0]}製薬株式会社" if i % 2 else f"{s[1]}ファーマ", "yakka": round(R.uniform(5, 300), 1)})
    t = T["drugs"] = Table("drugs", [Col("yj_code", "str", None, hn=True), Col("jan_code", "str", None, hn=True),
                                     Col("drug_name", "str", None, hn=True), Col("maker", "str", None, hn=True), Col("yakka", "str", None)])
    for d in drugs:
        t.add(dict(d, yakka=str(d["yakka"])), [])

    # ---------------- pharmacies (0 persons)
    t = T["pharmacies"] = Table("pharmacies", [Col("store_id", "int", None, hn=True), Col("store_name", "str", None, hn=True),
                                               Col("daihyo_tel", "str", None, hn=True), Col("store_zip", "str", None),
                                               Col("store_address", "str", None, hn=True), Col("opened", "date", None)])
    for i, s in enumerate(stores):
        zp, pref, city, towns = PLACES[i % len(PLACES)]
        t.add({"store_id": 31 + i, "store_name": s, "daihyo_tel": fmt_phone(AREA[pref] + pad(R.randint(0, 10 ** (10 - len(AREA[pref])) - 1), 10 - len(AREA[pref])), "hyphen"),
               "store_zip": f"{zp}-{R.randint(0, 9999):04d}", "store_address": f"{pref}{city}{towns[0]}{R.randint(1, 5)}-{R.randint(1, 20)}-{R.randint(1, 9)} 1階",
               "opened": date(R.randint(1995, 2022), R.randint(1, 12), 1)}, [])

    # ---------------- prescriptions: 3,000 rows, 999 persons (975 patients + 24 prescribing doctors)
    rx_doctors = doctors[:18] + ext_doctors
    rx_pat = R.sample(patients, 480)
    rx_ids = {p.pid for p in rx_pat}
    rx_pat += [m for m in mem if m.pid not in rx_ids][:495]
    assert len({p.pid for p in rx_pat}) == 975
    seq = list(rx_pat) + R.choices(rx_pat, k=3000 - 975)
    R.shuffle(seq)
    t = T["prescriptions"] = Table("prescriptions", [
        Col("shohosen_no", "str", None, hn=True), Col("kofu_bi", "date", None, hn=True), Col("iryokikan_mei", "str", None, hn=True),
        Col("doctor_name", "str", "PERSON"), Col("doctor_mail", "str", "EMAIL"),
        Col("kanja_mei", "str", "PERSON"), Col("kanja_kana", "str", "PERSON"), Col("kanja_seinengappi", "str", "DATE_OF_BIRTH"),
        Col("hokensha_bango", "str", "HEALTH_INSURANCE"), Col("drug_name", "str", None, hn=True), Col("jan_code", "str", None, hn=True),
        Col("maker", "str", None, hn=True), Col("nissu", "int", None), Col("chozai_tenpo", "str", None, hn=True)])
    for i, p in enumerate(seq):
        d = rx_doctors[i] if i < len(rx_doctors) else R.choice(rx_doctors)
        hosp = HOSPITALS[i % 2] if d in doctors else HOSPITALS[2 + ext_doctors.index(d) % 3]
        dg = R.choice(drugs)
        row = {"shohosen_no": pad(R.randint(10 ** 11, 10 ** 12 - 1), 12), "kofu_bi": date(2024, 1, 1) + timedelta(days=R.randint(0, 270)),
               "iryokikan_mei": hosp, "doctor_name": d.k(R.choice(["space", "nospace"])), "doctor_mail": d.work_email,
               "kanja_mei": p.k(R.choice(["space", "nospace", "zspace"])), "kanja_kana": p.kana("half"),
               "kanja_seinengappi": fmt_dob(p.dob, R.choice(["wareki", "wareki_s"])),
               "hokensha_bango": hh_ins.get(p.hh.hid, ("06" + pad(R.randint(130000, 139999), 6),))[0],
               "drug_name": dg["drug_name"], "jan_code": dg["jan_code"], "maker": dg["maker"], "nissu": R.choice([7, 14, 28, 30, 56]),
               "chozai_tenpo": R.choice(stores)}
        t.add(row, [S(d, ("doctor_name", "name", row["doctor_name"]), ("doctor_mail", "email", row["doctor_mail"])),
                    S(p, ("kanja_mei", "name", row["kanja_mei"]), ("kanja_kana", "name", row["kanja_kana"]),
                      ("kanja_seinengappi", "dob", row["kanja_seinengappi"]))])

    # ---------------- kenshin (health check): 1,000 persons in 1,300 rows
    non_doc_emp = [e for e in employees if e not in doctors]
    ken = R.sample(non_doc_emp, 200)
    ids = {p.pid for p in ken}
    corp = [m for h in corp_hhs for m in h.members if m.age >= 20]
    R.shuffle(corp)
    for grp, n in ((corp, 420), ([m for m in mem], 230), ([p for p in patients if p.age >= 20], 150)):
        c = 0
        for m in grp:
            if c >= n:
                break
            if m.pid not in ids:
                ken.append(m)
                ids.add(m.pid)
                c += 1
    assert len(ken) == 1000
    again = R.sample(ken, 300)
    t = T["kenshin_results"] = Table("kenshin_results", [
        Col("nendo", "int", None), Col("jushin_bi", "date", None, hn=True), Col("jushinsha_no", "str", None, hn=True),
        Col("jushinsha_shimei", "str", "PERSON"), Col("jushinsha_kana", "str", "PERSON"), Col("seinengappi", "str", "DATE_OF_BIRTH"),
        Col("seibetsu", "str", "?"), Col("denwa", "str", "PHONE"), Col("jusho", "str", "ADDRESS"),
        Col("jigyosho_mei", "str", None, hn=True), Col("hokensha_bango", "str", "HEALTH_INSURANCE"),
        Col("shincho", "str", None), Col("taiju", "str", "?"), Col("ketsuatsu", "str", "SENSITIVE"),
        Col("hba1c", "str", "SENSITIVE"), Col("sogo_hantei", "str", "SENSITIVE")])
    kseq = [(p, 2024) for p in ken] + [(p, 2023) for p in again]
    R.shuffle(kseq)
    corp_of = {}
    for i, (p, nendo) in enumerate(kseq):
        comp = corp_of.setdefault(p.pid, R.choice(COMPANIES + ["清和会総合病院"]))
        row = {"nendo": nendo, "jushin_bi": date(nendo, R.randint(4, 12), R.randint(1, 28)), "jushinsha_no": f"K{nendo}{pad(i, 5)}",
               "jushinsha_shimei": p.k(R.choice(["space", "nospace", "zspace"])), "jushinsha_kana": p.kana(R.choice(["space", "nospace"])),
               "seinengappi": fmt_dob(p.dob, "ymd"), "seibetsu": p.sex, "denwa": fmt_phone(p.mobile, R.choice(["hyphen", "plain", "intl", "intl_plain"])),
               "jusho": p.hh.address, "jigyosho_mei": comp, "hokensha_bango": "06" + pad(R.randint(130000, 139999), 6),
               "shincho": f"{R.uniform(150, 185):.1f}", "taiju": f"{R.uniform(42, 95):.1f}", "ketsuatsu": f"{R.randint(100, 165)}/{R.randint(60, 100)}",
               "hba1c": f"{R.uniform(4.8, 8.5):.1f}", "sogo_hantei": R.choice("AABBCCDE")}
        t.add(row, [S(p, ("jushinsha_shimei", "name", row["jushinsha_shimei"]), ("jushinsha_kana", "name", row["jushinsha_kana"]),
                      ("seinengappi", "dob", row["seinengappi"]), ("denwa", "phone", row["denwa"]), ("jusho", "addr", p.hh.address))])

    # ---------------- home delivery: name1/name2/tel1/tel2 (no person word)
    t = T["home_delivery"] = Table("home_delivery", [
        Col("delivery_id", "int", None, hn=True), Col("name1", "str", "PERSON"), Col("tel1", "str", "PHONE"),
        Col("name2", "str", "PERSON"), Col("tel2", "str", "PHONE"), Col("addr", "str", "ADDRESS"),
        Col("store", "str", None, hn=True), Col("youbi", "str", None), Col("memo", "text", "TEXT")])
    eld = [p for p in patients if p.age >= 70]
    for i, p in enumerate(eld[:170]):
        row_p = pat_row[p.pid]
        c = None
        for cand_name in ("guarantor_name", "emergency_name"):
            pass
        sp = W.spouse(p)
        rel = p.hh.relative
        if rel is not None and R.random() < 0.7:
            c = rel
        elif sp is not None:
            c = sp
        row = {"delivery_id": 4001 + i, "name1": p.k(R.choice(["space", "nospace"])), "tel1": fmt_phone(p.hh.home, R.choice(["hyphen", "paren", "plain"])),
               "addr": p.hh.address, "store": R.choice(stores), "youbi": R.choice("月火水木金"),
               "memo": R.choice(["玄関横の宅配ボックスへ", "インターホン故障中、電話してから訪問", "犬あり", None, None])}
        subs = [S(p, ("name1", "name", row["name1"]), ("tel1", "phone", row["tel1"]), ("addr", "addr", p.hh.address))]
        if c is not None:
            # a spouse caregiver is reached on the shared home line (so name2+tel2 = name1+tel1 of their own delivery row)
            row.update(name2=c.k(), tel2=fmt_phone(c.hh.home if c.hh is p.hh else c.mobile, R.choice(["hyphen", "plain"])))
            subs.append(S(c, ("name2", "name", c.k()), ("tel2", "phone", row["tel2"])))
        t.add(row, subs)

    # ---------------- insurance agency
    ins_pool_new = [m for h in ins_hhs for m in h.members if 20 <= m.age <= 75]
    reuse = [m for m in W.persons if 20 <= m.age <= 75 and m.role in ("head", "spouse", "single")
             and m.hh not in ins_hhs and m not in doctors and m not in ext_doctors]
    R.shuffle(reuse)
    # life: couples insuring each other (policyholder of own policy, beneficiary of the spouse's)
    t = T["life_policies"] = Table("life_policies", [
        Col("証券番号", "str", None, hn=True), Col("保険種類", "str", None),
        Col("被保険者氏名", "str", "PERSON"), Col("被保険者カナ", "str", "PERSON"), Col("被保険者生年月日", "date", "DATE_OF_BIRTH"),
        Col("被保険者電話", "str", "PHONE"),
        Col("契約者氏名", "str", "PERSON"), Col("契約者生年月日", "date", "DATE_OF_BIRTH"), Col("契約者電話", "str", "PHONE"),
        Col("契約者住所", "str", "ADDRESS"),
        Col("受取人氏名", "str", "PERSON"), Col("受取人続柄", "str", "?"), Col("受取人生年月日", "str", "DATE_OF_BIRTH"),
        Col("保険金額", "int", None), Col("取扱店", "str", None, hn=True)])
    life_insured = []
    couples = [h for h in ins_hhs if len([m for m in h.members if m.role in ("head", "spouse")]) == 2]
    for h in couples[:70]:
        life_insured += [m for m in h.members if m.role in ("head", "spouse")]
    life_insured += [m for m in ins_pool_new if m not in life_insured][:120]
    life_insured += reuse[:430]
    life_insured += R.sample(life_insured, 60)  # second policy
    for i, p in enumerate(life_insured):
        sp = W.spouse(p)
        holder = p if (sp is None or R.random() < 0.7) else sp
        ben = None
        if sp is not None and R.random() < 0.85:
            ben, brel = sp, "配偶者"
        elif W.kids(p):
            ben = R.choice(W.kids(p))
            brel = "子"
        row = {"証券番号": f"L{pad(R.randint(0, 10 ** 9), 10)}", "保険種類": R.choice(["終身保険", "定期保険", "医療保険", "がん保険", "収入保障保険"]),
               "被保険者氏名": p.k(R.choice(["space", "nospace"])), "被保険者カナ": p.kana(R.choice(["space", "half"])),
               "被保険者生年月日": p.dob, "被保険者電話": fmt_phone(p.mobile, R.choice(["hyphen", "plain"])),
               "契約者氏名": holder.k(), "契約者生年月日": holder.dob, "契約者電話": fmt_phone(holder.mobile, "hyphen"),
               "契約者住所": holder.hh.address, "保険金額": R.choice([300, 500, 1000, 2000, 3000]) * 10000, "取扱店": R.choice(stores)}
        subs = [S(p, ("被保険者氏名", "name", row["被保険者氏名"]), ("被保険者カナ", "name", row["被保険者カナ"]),
                  ("被保険者生年月日", "dob", p.dob), ("被保険者電話", "phone", row["被保険者電話"])),
                S(holder, ("契約者氏名", "name", holder.k()), ("契約者生年月日", "dob", holder.dob),
                  ("契約者電話", "phone", row["契約者電話"]), ("契約者住所", "addr", holder.hh.address))]
        if ben is not None:
            row.update(受取人氏名=ben.k(R.choice(["space", "nospace"])), 受取人続柄=brel, 受取人生年月日=fmt_dob(ben.dob, R.choice(["wareki", "wareki_s"])))
            subs.append(S(ben, ("受取人氏名", "name", row["受取人氏名"]), ("受取人生年月日", "dob", row["受取人生年月日"])))
        t.add(row, subs)

    # nonlife (romaji headers) with a TEXT family list
    t = T["nonlife_policies"] = Table("nonlife_policies", [
        Col("shoken_no", "str", None, hn=True), Col("hoken_shurui", "str", None),
        Col("hihokensha_shimei", "str", "PERSON"), Col("hihokensha_kana", "str", "PERSON"),
        Col("hihokensha_seinengappi", "str", "DATE_OF_BIRTH"), Col("hihokensha_tel", "str", "PHONE"),
        Col("keiyakusha_mei", "str", "PERSON"), Col("keiyakusha_tel", "str", "PHONE"), Col("keiyakusha_jusho", "str", "ADDRESS"),
        Col("uketorinin_mei", "str", "PERSON"), Col("uketorinin_kana", "str", "PERSON"), Col("uketorinin_tel", "str", "PHONE"),
        Col("kazoku", "text", "TEXT"), Col("sharyo_no", "str", None, hn=True), Col("hokenryo", "int", None)])
    nl = reuse[300:700] + ins_pool_new[60:260]
    for i, p in enumerate(nl[:600]):
        sp = W.spouse(p)
        holder = p if (sp is None or R.random() < 0.7) else sp
        row = {"shoken_no": f"NL-{pad(R.randint(0, 10 ** 8), 9)}", "hoken_shurui": R.choice(["自動車保険", "火災保険", "傷害保険"]),
               "hihokensha_shimei": p.k(R.choice(["space", "zspace"])), "hihokensha_kana": p.kana(R.choice(["space", "nospace"])),
               "hihokensha_seinengappi": fmt_dob(p.dob, "ymd"), "hihokensha_tel": fmt_phone(p.mobile, R.choice(["intl", "intl_plain"])),
               "keiyakusha_mei": holder.k("nospace"), "keiyakusha_tel": fmt_phone(holder.mobile, R.choice(["hyphen", "intl"])),
               "keiyakusha_jusho": holder.hh.address, "hokenryo": R.randint(20, 150) * 1000}
        if row["hoken_shurui"] == "自動車保険":
            row["sharyo_no"] = f"世田谷 {R.randint(300, 599)} {R.choice('あいうえかきくけこさす')} {R.randint(10, 99)}-{R.randint(10, 99)}"
        subs = [S(p, ("hihokensha_shimei", "name", row["hihokensha_shimei"]), ("hihokensha_kana", "name", row["hihokensha_kana"]),
                  ("hihokensha_seinengappi", "dob", row["hihokensha_seinengappi"]), ("hihokensha_tel", "phone", row["hihokensha_tel"])),
                S(holder, ("keiyakusha_mei", "name", row["keiyakusha_mei"]), ("keiyakusha_tel", "phone", row["keiyakusha_tel"]),
                  ("keiyakusha_jusho", "addr", holder.hh.address))]
        if sp is not None and R.random() < 0.6:
            row.update(uketorinin_mei=sp.k(), uketorinin_kana=sp.kana(R.choice(["space", "half"])), uketorinin_tel=fmt_phone(sp.mobile, "plain"))
            subs.append(S(sp, ("uketorinin_mei", "name", sp.k()), ("uketorinin_kana", "name", row["uketorinin_kana"]),
                          ("uketorinin_tel", "phone", row["uketorinin_tel"])))
        kids = [k for k in W.kids(p) if k.age < 18]
        if kids:
            parts = []
            for kd in kids:
                parts.append(f"{RELATION_CHILD[kd.sex]} {kd.k('nospace')}（{fmt_dob(kd.dob, 'jp')}生）")
                subs.append(S(kd, ("kazoku", "name", kd.k("nospace")), ("kazoku", "dob", fmt_dob(kd.dob, "jp"))))
            row["kazoku"] = "同居家族: " + "、".join(parts)
        t.add(row, subs)

    # English headers, policyholder often "same as insured"
    t = T["agency_contracts"] = Table("agency_contracts", [
        Col("contract_no", "str", None, hn=True), Col("product", "str", None),
        Col("insured_name", "str", "PERSON"), Col("insured_birth", "date", "DATE_OF_BIRTH"), Col("insured_email", "str", "EMAIL"),
        Col("policyholder_same", "str", None), Col("policyholder_name", "str", "PERSON"), Col("policyholder_birth", "str", "DATE_OF_BIRTH"),
        Col("policyholder_phone", "str", "PHONE"), Col("policyholder_email", "str", "EMAIL"),
        Col("beneficiary_name", "str", "PERSON"), Col("beneficiary_relation", "str", "?"), Col("beneficiary_birth", "str", "DATE_OF_BIRTH"),
        Col("agent_store", "str", None, hn=True), Col("premium_yen", "int", None)])
    ag = reuse[650:1000] + ins_pool_new[200:350]
    for i, p in enumerate(ag[:500]):
        sp = W.spouse(p)
        row = {"contract_no": f"AG{pad(i * 13 + 100, 7)}", "product": R.choice(["Medical", "Cancer", "Term Life", "Whole Life"]),
               "insured_name": p.k(R.choice(["space", "nospace"])), "insured_birth": p.dob, "insured_email": p.email,
               "agent_store": R.choice(stores), "premium_yen": R.randint(2, 30) * 1000}
        subs = [S(p, ("insured_name", "name", row["insured_name"]), ("insured_birth", "dob", p.dob), ("insured_email", "email", p.email))]
        if sp is None or R.random() < 0.6:
            row["policyholder_same"] = "Y"
        else:
            row.update(policyholder_same="N", policyholder_name=sp.k(), policyholder_birth=fmt_dob(sp.dob, "iso"),
                       policyholder_phone=fmt_phone(sp.mobile, "hyphen"), policyholder_email=(sp.email or "").upper() or None)
            subs.append(S(sp, ("policyholder_name", "name", sp.k()), ("policyholder_birth", "dob", row["policyholder_birth"]),
                          ("policyholder_phone", "phone", row["policyholder_phone"]), ("policyholder_email", "email", row["policyholder_email"])))
        ben = sp if (sp is not None and R.random() < 0.7) else (R.choice(W.kids(p)) if W.kids(p) else None)
        if ben is not None:
            row.update(beneficiary_name=ben.k("nospace"), beneficiary_relation="spouse" if ben is sp else "child",
                       beneficiary_birth=fmt_dob(ben.dob, "slash"))
            subs.append(S(ben, ("beneficiary_name", "name", row["beneficiary_name"]), ("beneficiary_birth", "dob", row["beneficiary_birth"])))
        t.add(row, subs)

    # applications with a JSON list of family members (also the repair table)
    t = T["insurance_applications"] = Table("insurance_applications", [
        Col("application_id", "int", None, hn=True), Col("applicant_name", "str", "PERSON"), Col("applicant_kana", "str", "PERSON"),
        Col("applicant_birth", "date", "DATE_OF_BIRTH"), Col("applicant_tel", "str", "PHONE"), Col("applicant_home_tel", "str", "PHONE"), Col("applicant_email", "str", "EMAIL"),
        Col("applicant_address", "str", "ADDRESS"), Col("family_members", "json", "?"), Col("received_at", "date", None, hn=True),
        Col("channel", "str", None, hn=True)])
    apps = ins_pool_new[350:] + reuse[1000:1130]
    for p in apps[:260]:
        add_application(W, t, p, stores, family=True)
    return T


def add_application(W, t, p, stores, family):
    R = W.R
    i = len(t.rows)
    row = {"application_id": 880001 + i, "applicant_name": p.k(R.choice(["space", "nospace"])), "applicant_kana": p.kana(),
           "applicant_birth": p.dob, "applicant_tel": fmt_phone(p.mobile, R.choice(["hyphen", "plain", "intl"])) if p.mobile else fmt_phone(p.hh.home, "hyphen"),
           "applicant_home_tel": fmt_phone(p.hh.home, R.choice(["hyphen", "paren"])),
           "applicant_email": p.email, "applicant_address": p.hh.address,
           "received_at": date(2024, 4, 1) + timedelta(days=R.randint(0, 170)), "channel": R.choice(stores + ["web", "web"])}
    subs = [S(p, ("applicant_name", "name", row["applicant_name"]), ("applicant_kana", "name", p.kana()),
              ("applicant_birth", "dob", p.dob), ("applicant_tel", "phone", row["applicant_tel"]),
              ("applicant_home_tel", "phone", row["applicant_home_tel"]),
              ("applicant_email", "email", p.email), ("applicant_address", "addr", p.hh.address))]
    fam = []
    if family:
        sp = W.spouse(p)
        for m in ([sp] if sp else []) + W.kids(p):
            rel = "配偶者" if m is sp else "子"
            fam.append({"name": m.k(), "kana": m.kana(), "birth": m.dob.isoformat(), "relation": rel})
            subs.append(S(m, ("family_members", "name", m.k()), ("family_members", "name", m.kana()),
                          ("family_members", "dob", m.dob.isoformat())))
    row["family_members"] = fam
    t.add(row, subs)


# ----------------------------------------------------------------------------------------------------------
# views (computed in Python identically to their SQL)
def build_views(T):
    V = {}
    lp, nl = T["life_policies"], T["nonlife_policies"]
    rows, subs = [], []
    for tab, cn, ck, ct in ((lp, "被保険者氏名", "被保険者カナ", "被保険者電話"),
                            (nl, "hihokensha_shimei", "hihokensha_kana", "hihokensha_tel")):
        for r, ss in zip(tab.rows, tab.subs):
            rows.append({"insured_name": r[cn], "insured_kana": r[ck], "insured_tel": r[ct], "source": "life" if tab is lp else "nonlife"})
            m = {cn: "insured_name", ck: "insured_kana", ct: "insured_tel"}
            subs.append(project(ss, m))
    V["v_insured_all"] = dict(
        sql=lambda q: (f"SELECT {q('被保険者氏名')} AS insured_name, {q('被保険者カナ')} AS insured_kana, {q('被保険者電話')} AS insured_tel, "
                       f"'life' AS source FROM life_policies UNION ALL SELECT hihokensha_shimei, hihokensha_kana, hihokensha_tel, "
                       f"'nonlife' FROM nonlife_policies"),
        rows=rows, subs=subs,
        columns={"insured_name": "PERSON", "insured_kana": "PERSON", "insured_tel": "PHONE", "source": None})
    p = T["patients"]
    keep = ["patient_id", "patient_name", "patient_tel", "emergency_name", "emergency_tel"]
    rows, subs = [], []
    for r, ss in zip(p.rows, p.subs):
        if r["status"] == "active":
            rows.append({k: r.get(k) for k in keep})
            subs.append(project(ss, {k: k for k in keep}))
    V["v_active_patient_contacts"] = dict(
        sql=lambda q: "SELECT patient_id, patient_name, patient_tel, emergency_name, emergency_tel FROM patients WHERE status = 'active'",
        rows=rows, subs=subs,
        columns={"patient_id": None, "patient_name": "PERSON", "patient_tel": "PHONE", "emergency_name": "PERSON", "emergency_tel": "PHONE"})
    k = T["kenshin_results"]
    keep = ["jushinsha_shimei", "jushinsha_kana", "seinengappi", "ketsuatsu", "sogo_hantei"]
    rows, subs = [], []
    for r, ss in zip(k.rows, k.subs):
        if r["nendo"] == 2024:
            rows.append({c: r.get(c) for c in keep})
            subs.append(project(ss, {c: c for c in keep}))
    V["v_kenshin_fy2024"] = dict(
        sql=lambda q: "SELECT jushinsha_shimei, jushinsha_kana, seinengappi, ketsuatsu, sogo_hantei FROM kenshin_results WHERE nendo = 2024",
        rows=rows, subs=subs,
        columns={"jushinsha_shimei": "PERSON", "jushinsha_kana": "PERSON", "seinengappi": "DATE_OF_BIRTH", "ketsuatsu": "SENSITIVE",
                 "sogo_hantei": "SENSITIVE"})
    e = T["employees"]
    keep = ["employee_name", "employee_birth", "spouse_name", "spouse_birth"] + [f"child{i}_{x}" for i in range(1, 5) for x in ("name", "birth")]
    rows, subs = [], []
    for r, ss in zip(e.rows, e.subs):
        rows.append({c: r.get(c) for c in keep})
        subs.append(project(ss, {c: c for c in keep}))
    V["v_employee_family"] = dict(
        sql=lambda q, keep=tuple(keep): "SELECT " + ", ".join(keep) + " FROM employees", rows=rows, subs=subs,
        columns={c: ("PERSON" if c.endswith("name") else "DATE_OF_BIRTH") for c in keep})
    v = T["visits"]
    groups = {}
    order = []
    for r, ss in zip(v.rows, v.subs):
        key = (r["patient_name"], r["patient_birth"])
        if key not in groups:
            groups[key] = [0, [s for s in ss if any(f[0] == "patient_name" for f in s[1])]]
            order.append(key)
        groups[key][0] += 1
    rows = [{"patient_name": a, "patient_birth": b, "visit_count": groups[(a, b)][0]} for a, b in order]
    subs = [project(groups[kk][1], {"patient_name": "patient_name", "patient_birth": "patient_birth"}) for kk in order]
    V["v_visit_counts"] = dict(
        sql=lambda q: "SELECT patient_name, patient_birth, COUNT(*) AS visit_count FROM visits GROUP BY patient_name, patient_birth",
        rows=rows, subs=subs, columns={"patient_name": "PERSON", "patient_birth": "DATE_OF_BIRTH", "visit_count": None})
    return V


def project(subjects, colmap):
    out = []
    for pid, fields in subjects:
        f2 = [(colmap[c], k, v) for c, k, v in fields if c in colmap]
        if any(k == "name" for _c, k, _v in f2) or any(k in ("email", "myno") for _c, k, _v in f2):
            out.append((pid, f2))
        elif f2 and any(k in ("dob", "phone", "addr") for _c, k, _v in f2):
            # detail without a name: not a recoverable person on its own -> the design never does this
            raise AssertionError("projection leaves details without a name: %r" % (f2,))
    return out


# ----------------------------------------------------------------------------------------------------------
# repair: every person must be one component in the whole world
def world_check(assets, label):
    allsubs = [s for subs in assets.values() for row in subs for s in row]
    n, merged, split = recount(allsubs)
    return n, merged, split, len({s[0] for s in allsubs})


# ----------------------------------------------------------------------------------------------------------
# SQL output
def sa_type(c, dialect_name):
    if c.typ == "int":
        return sa.Integer()
    if c.typ == "date":
        return sa.Date()
    if c.typ == "text":
        return sa.Text()
    if c.typ == "json":
        return sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
    return sa.String(c.length if c.length else 120)


def write_db(url, T, V):
    kw = {}
    if url.startswith("mysql") and "charset=" not in url:
        url += ("&" if "?" in url else "?") + "charset=utf8mb4"
    eng = sa.create_engine(url, json_serializer=lambda o: json.dumps(o, ensure_ascii=False), **kw)
    q = eng.dialect.identifier_preparer.quote
    md = sa.MetaData()
    tables = {}
    for name, t in T.items():
        cols = [sa.Column(c.name, sa_type(c, eng.dialect.name)) for c in t.cols]
        tables[name] = sa.Table(name, md, *cols, mysql_charset="utf8mb4", mysql_collate="utf8mb4_bin")
    with eng.begin() as conn:
        for vn in V:
            conn.execute(sa.text(f"DROP VIEW IF EXISTS {q(vn)}"))
        for name in T:
            conn.execute(sa.text(f"DROP TABLE IF EXISTS {q(name)}" + (" CASCADE" if eng.dialect.name == "postgresql" else "")))
    md.create_all(eng)
    with eng.begin() as conn:
        for name, t in T.items():
            cn = t.colnames()
            rows = [{c: r.get(c) for c in cn} for r in t.rows]
            for i in range(0, len(rows), 2000):
                conn.execute(tables[name].insert(), rows[i:i + 2000])
        for vn, v in V.items():
            conn.execute(sa.text(f"CREATE VIEW {q(vn)} AS " + v["sql"](q)))
    # verify counts
    with eng.connect() as conn:
        for name, t in T.items():
            n = conn.execute(sa.text(f"SELECT COUNT(*) FROM {q(name)}")).scalar()
            assert n == len(t.rows), (url, name, n)
        for vn, v in V.items():
            n = conn.execute(sa.text(f"SELECT COUNT(*) FROM {q(vn)}")).scalar()
            assert n == len(v["rows"]), (url, vn, n, len(v["rows"]))
    eng.dispose()


# ----------------------------------------------------------------------------------------------------------
# drive
FIXED_ZIP_TIME = (2024, 10, 1, 9, 0, 0)


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms)", rb"\g<1>2024-10-01T09:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def cell(v):
    if v is None:
        return ""
    if isinstance(v, date):
        return v.isoformat()
    return str(v)


class Drive:
    def __init__(self, root):
        self.root = root
        self.files = {}   # rel -> truth entry
        self.subs = {}    # rel -> list of row-subject-lists

    def path(self, rel):
        p = os.path.join(self.root, *rel.split("/"))
        os.makedirs(os.path.dirname(p), exist_ok=True)
        return p

    def register(self, rel, subs, columns=None, hn=None):
        self.subs[rel] = subs
        e = {"persons": None}
        if columns is not None:
            e["columns"] = columns
            e["hard_negative_columns"] = hn or []
        self.files[rel] = e

    def table_file(self, rel, headers, rows, subs, columns, hn, fmt="csv", encoding="utf-8", top=None, sheet="Sheet1"):
        if fmt in ("csv", "tsv"):
            buf = io.StringIO()
            w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\r\n")
            if top:
                w.writerow(top)
            w.writerow(headers)
            for r in rows:
                w.writerow([cell(v) for v in r])
            with open(self.path(rel), "wb") as f:
                f.write(buf.getvalue().encode(encoding))
        elif fmt == "xlsx":
            import openpyxl
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = sheet
            if top:
                ws.append(top)
            ws.append(headers)
            for r in rows:
                ws.append([v if not isinstance(v, date) else v for v in r])
            p = self.path(rel)
            wb.save(p)
            normalize_zip(p)
        self.register(rel, subs, columns, hn)

    def text(self, rel, content, subs, encoding="utf-8"):
        with open(self.path(rel), "wb") as f:
            f.write(content.encode(encoding))
        self.register(rel, subs)


def export(D, rel, table, idxs, colmap, fmt="csv", encoding="utf-8", top=None, datefmt=None, types=None):
    """colmap: list of (dbcol, header)."""
    cmap = dict(colmap)
    headers = [h for _c, h in colmap]
    rows, subs = [], []
    coldefs = {c.name: c for c in table.cols}
    for i in idxs:
        r = table.rows[i]
        vals = []
        for c, _h in colmap:
            v = r.get(c)
            if isinstance(v, date) and datefmt:
                v = fmt_dob(v, datefmt) if coldefs[c].truth == "DATE_OF_BIRTH" else v.isoformat()
            if isinstance(v, (list, dict)):
                v = json.dumps(v, ensure_ascii=False)
            vals.append(v)
        rows.append(vals)
        subs.append(project(table.subs[i], cmap))
    columns = {h: (types or {}).get(h, coldefs[c].truth) for c, h in colmap}
    hn = [h for c, h in colmap if coldefs[c].hn]
    D.table_file(rel, headers, rows, subs, columns, hn, fmt=fmt, encoding=encoding, top=top)


def build_drive(W, T, root):
    R = W.R
    D = Drive(root)
    pat, emp, vis, mem, rx, ken = (T[x] for x in ("patients", "employees", "visits", "pharmacy_members", "prescriptions", "kenshin_results"))

    # ---- hospital
    pidx = sorted(R.sample(range(len(pat.rows)), 200))
    export(D, "病院/患者/患者一覧_2024.csv", pat, pidx, [
        ("patient_id", "患者ID"), ("patient_name", "氏名"), ("patient_kana", "フリガナ"), ("patient_birth", "生年月日"),
        ("patient_sex", "性別"), ("patient_tel", "電話番号"), ("patient_zip", "郵便番号"), ("patient_address", "住所"),
        ("guarantor_name", "保証人氏名"), ("guarantor_tel", "保証人電話"), ("guarantor_address", "保証人住所"),
        ("emergency_name", "緊急連絡先"), ("emergency_tel", "緊急連絡先電話"),
        ("hokensha_bango", "保険者番号"), ("hoken_kigo", "記号"), ("hoken_bango", "番号"), ("allergy", "アレルギー")],
        encoding="cp932", datefmt="slash")
    eidx = sorted(R.sample(range(len(pat.rows)), 120))
    export(D, "病院/患者/緊急連絡先_二段ヘッダ.xlsx", pat, eidx, [
        ("karte_no", "カルテ番号"), ("patient_name", "患者氏名"), ("patient_tel", "患者電話"),
        ("emergency_name", "連絡先氏名"), ("emergency_relation", "続柄"), ("emergency_tel", "連絡先電話")], fmt="xlsx",
        top=["患者", "", "", "緊急連絡先", "", ""])
    vidx = [i for i, r in enumerate(vis.rows) if r["visit_date"] >= date(2024, 9, 1)][:2600]
    export(D, "病院/医事/受診履歴_202409.csv", vis, vidx, [
        ("visit_id", "visit_id"), ("receipt_no", "receipt_no"), ("patient_name", "patient_name"), ("patient_birth", "birth_date"),
        ("visit_date", "visit_date"), ("department", "department"), ("doctor_name", "attending_doctor"), ("doctor_mail", "doctor_email"),
        ("diagnosis", "diagnosis"), ("points", "points")])
    # receipt summary: numbers only, no persons
    rows = [[vis.rows[i]["receipt_no"], vis.rows[i]["department"], vis.rows[i]["points"], vis.rows[i]["visit_date"]] for i in vidx[:400]]
    D.table_file("病院/医事/レセプト集計_202409.xlsx", ["レセプト番号", "診療科", "点数", "診療日"], rows, [[] for _ in rows],
                 {"レセプト番号": None, "診療科": None, "点数": None, "診療日": None}, ["レセプト番号", "診療日"], fmt="xlsx")
    doc = T["doctors"]
    export(D, "病院/医局/医師名簿.xlsx", doc, range(len(doc.rows)), [
        ("doctor_id", "医師ID"), ("ishi_mei", "医師名"), ("ishi_kana", "カナ"), ("shinryoka", "診療科"),
        ("ishiki_toroku_no", "医籍登録番号"), ("mail", "メール"), ("naisen", "内線"), ("hospital_name", "所属病院")], fmt="xlsx")
    # duty roster: doctor name + e-mail
    drows, dsubs = [], []
    for day in range(1, 32):
        r = doc.rows[(day * 7) % len(doc.rows)]
        drows.append([f"2024-10-{day:02d}", r["ishi_mei"], r["mail"].lower(), r["naisen"]])
        dsubs.append(project(doc.subs[(day * 7) % len(doc.rows)], {"ishi_mei": "当直医", "mail": "mail"}))
    D.table_file("病院/医局/当直表_2024-10.csv", ["日付", "当直医", "mail", "内線"], drows, dsubs,
                 {"日付": None, "当直医": "PERSON", "mail": "EMAIL", "内線": "?"}, ["日付"])
    hd = T["home_delivery"]
    export(D, "病院/在宅/訪問先リスト.csv", hd, range(0, len(hd.rows), 2), [
        ("name1", "name1"), ("tel1", "tel1"), ("name2", "name2"), ("tel2", "tel2"), ("addr", "addr"), ("youbi", "youbi"), ("memo", "memo")])
    # HTML table: admissions (patients, birth dates)
    hidx = sorted(R.sample(range(len(pat.rows)), 40))
    trs, hs = [], []
    for i in hidx:
        r = pat.rows[i]
        trs.append(f"<tr><td>{r['patient_name']}</td><td>{fmt_dob(r['patient_birth'], 'jp')}</td><td>{R.choice(['3階東', '4階西', '5階南'])}</td>"
                   f"<td>{(REF + timedelta(days=R.randint(1, 30))).isoformat()}</td></tr>")
        hs.append(project(pat.subs[i], {"patient_name": "氏名", "patient_birth": "生年月日"}))
    html = ("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>入院予定</title></head><body><h1>入院予定者一覧</h1>"
            "<table><thead><tr><th>氏名</th><th>生年月日</th><th>病棟</th><th>入院予定日</th></tr></thead><tbody>"
            + "".join(trs) + "</tbody></table></body></html>\n")
    D.text("病院/病棟/入院予定.html", html, hs)
    D.files["病院/病棟/入院予定.html"].update(columns={"氏名": "PERSON", "生年月日": "DATE_OF_BIRTH", "病棟": None, "入院予定日": None},
                                           hard_negative_columns=["入院予定日"])

    # ---- health-check center
    kidx = sorted(R.sample(range(len(ken.rows)), 330))
    export(D, "健診センター/受診者一覧_2024.xlsx", ken, kidx, [
        ("nendo", "年度"), ("jushinsha_no", "受診者番号"), ("jushinsha_shimei", "受診者氏名"), ("jushinsha_kana", "カナ"),
        ("seinengappi", "生年月日"), ("denwa", "電話"), ("jusho", "住所"), ("jigyosho_mei", "事業所名"),
        ("hokensha_bango", "保険者番号"), ("ketsuatsu", "血圧"), ("hba1c", "HbA1c"), ("sogo_hantei", "総合判定")], fmt="xlsx",
        top=["受診者情報", "", "", "", "", "", "", "所属", "", "検査結果", "", ""])
    # JSONL results, nested
    jl, js = [], []
    for i in sorted(R.sample(range(len(ken.rows)), 200)):
        r = ken.rows[i]
        rec = {"exam_id": r["jushinsha_no"], "examinee": {"name": r["jushinsha_shimei"], "kana": r["jushinsha_kana"], "birthday": fmt_dob(n_date(r["seinengappi"]) and date.fromisoformat(n_date(r["seinengappi"])), "iso")},
               "contact": {"tel": r["denwa"]}, "result": {"bp": r["ketsuatsu"], "hba1c": r["hba1c"], "judgement": r["sogo_hantei"]}}
        jl.append(json.dumps(rec, ensure_ascii=False))
        js.append(project(ken.subs[i], {"jushinsha_shimei": "examinee.name", "jushinsha_kana": "examinee.kana", "seinengappi": "examinee.birthday", "denwa": "contact.tel"}))
    D.text("健診センター/結果データ_2024.jsonl", "\n".join(jl) + "\n", js)
    D.files["健診センター/結果データ_2024.jsonl"].update(columns={
        "exam_id": None, "examinee.name": "PERSON", "examinee.kana": "PERSON", "examinee.birthday": "DATE_OF_BIRTH",
        "contact.tel": "PHONE", "result.bp": "SENSITIVE", "result.hba1c": "SENSITIVE", "result.judgement": "SENSITIVE"},
        hard_negative_columns=["exam_id"])
    # web reservations: romaji names with e-mail (links by e-mail only)
    recs, rs = [], []
    cands = [p for p in W.persons if p.email and p.mobile and 25 <= p.age <= 60]
    web = R.sample(cands, 120)
    for j, p in enumerate(web):
        rec = {"reservation_id": f"R{2024100 + j}", "course": R.choice(["人間ドック", "生活習慣病健診", "脳ドック"]),
               "date": (REF + timedelta(days=R.randint(5, 90))).isoformat(),
               "applicant": {"name": p.romaji(R.choice(["upper", "western"])), "tel": fmt_phone(p.mobile, "intl_plain"),
                             "email": p.email.upper() if j % 5 == 0 else p.email},
               "company": R.choice(COMPANIES)}
        recs.append(rec)
        rs.append([(p.pid, [("applicant.name", "name", rec["applicant"]["name"]), ("applicant.tel", "phone", rec["applicant"]["tel"]),
                            ("applicant.email", "email", rec["applicant"]["email"])])])
    D.text("健診センター/web予約.json", json.dumps(recs, ensure_ascii=False, indent=1) + "\n", rs)
    D.files["健診センター/web予約.json"].update(columns={
        "reservation_id": None, "course": None, "date": None, "applicant.name": "PERSON", "applicant.tel": "PHONE",
        "applicant.email": "EMAIL", "company": None}, hard_negative_columns=["reservation_id", "company"])
    crow = [[c, f"{R.randint(1, 9)}{pad(R.randint(0, 10 ** 12 - 1), 12)}", fmt_phone("03" + pad(R.randint(0, 10 ** 8 - 1), 8), "hyphen"),
             f"東京都港区芝{R.randint(1, 5)}-{R.randint(1, 20)}-{R.randint(1, 9)}", "info@" + ["aoba-sys", "towa-logi", "minato-ind", "sunrise-f", "hinode-k", "greentech", "kohoku-shinkin", "fuji-seiki"][k] + ".co.jp"]
            for k, c in enumerate(COMPANIES)]
    D.table_file("健診センター/団体契約先一覧.csv", ["事業所名", "法人番号", "代表電話", "所在地", "窓口メール"], crow, [[] for _ in crow],
                 {"事業所名": None, "法人番号": "CORPORATE_NUMBER", "代表電話": None, "所在地": None, "窓口メール": None},
                 ["事業所名", "代表電話", "所在地", "窓口メール"], encoding="utf-8-sig")

    # ---- pharmacy
    midx = sorted(R.sample(range(len(mem.rows)), 320))
    export(D, "薬局/会員/会員一覧_export.csv", mem, midx, [
        ("member_no", "カイインバンゴウ"), ("shimei", "シメイ"), ("furigana", "フリガナ"), ("tanjoubi", "セイネンガッピ"),
        ("keitai", "ケイタイ"), ("mail", "メール"), ("yubin", "ユウビン"), ("jusho", "ジュウショ"), ("toroku_tenpo", "トウロクテンポ")],
        encoding="utf-8-sig")
    ridx = [i for i, r in enumerate(rx.rows) if r["kofu_bi"] >= date(2024, 8, 20)][:450]
    export(D, "薬局/処方箋/処方箋受付_202409.csv", rx, ridx, [
        ("shohosen_no", "処方箋番号"), ("kofu_bi", "交付日"), ("iryokikan_mei", "医療機関"), ("doctor_name", "処方医"),
        ("doctor_mail", "処方医メール"), ("kanja_mei", "患者氏名"), ("kanja_kana", "ｶﾅ"), ("kanja_seinengappi", "生年月日"),
        ("hokensha_bango", "保険者番号"), ("drug_name", "薬品名"), ("jan_code", "JANコード"), ("nissu", "日数")], encoding="cp932")
    dr = T["drugs"]
    export(D, "薬局/マスタ/医薬品マスタ.csv", dr, range(len(dr.rows)), [("yj_code", "YJコード"), ("jan_code", "JAN"),
                                                                  ("drug_name", "品名"), ("maker", "メーカー"), ("yakka", "薬価")])
    ph = T["pharmacies"]
    export(D, "薬局/マスタ/店舗一覧.xlsx", ph, range(len(ph.rows)), [("store_id", "store_id"), ("store_name", "店舗名"),
                                                              ("daihyo_tel", "代表電話"), ("store_zip", "〒"), ("store_address", "所在地")], fmt="xlsx")
    export(D, "薬局/配送/配送先.csv", hd, range(1, len(hd.rows), 3), [("delivery_id", "delivery_id"), ("name1", "name1"), ("tel1", "tel1"),
                                                              ("name2", "name2"), ("tel2", "tel2"), ("addr", "addr"), ("store", "store")])

    # ---- insurance agency
    lp, nl, ag = T["life_policies"], T["nonlife_policies"], T["agency_contracts"]
    export(D, "保険代理店/契約/生保契約一覧.xlsx", lp, sorted(R.sample(range(len(lp.rows)), 170)), [
        (c.name, c.name) for c in lp.cols], fmt="xlsx")
    export(D, "保険代理店/契約/nonlife_keiyaku.csv", nl, sorted(R.sample(range(len(nl.rows)), 110)), [
        (c.name, c.name) for c in nl.cols if c.name != "hokenryo"])
    export(D, "保険代理店/契約/agency_contracts_en.csv", ag, sorted(R.sample(range(len(ag.rows)), 110)), [
        (c.name, c.name) for c in ag.cols])
    # single application JSON files (nested, no arrays)
    ap = T["insurance_applications"]
    for n, i in enumerate(sorted(R.sample(range(len(ap.rows)), 8))):
        r = ap.rows[i]
        sp = next((f for f in r["family_members"] if f["relation"] == "配偶者"), None)
        rec = {"application_id": r["application_id"], "applicant": {"name": r["applicant_name"], "kana": r["applicant_kana"],
                                                                    "birth": r["applicant_birth"].isoformat(),
                                                                    "contact": {"tel": r["applicant_tel"], "email": r["applicant_email"]},
                                                                    "address": r["applicant_address"]},
               "spouse": {"name": sp["name"] if sp else None, "birth": sp["birth"] if sp else None},
               "channel": r["channel"]}
        subs = [[]]
        for pid, fields in ap.subs[i]:
            if any(f[0] == "applicant_name" for f in fields):
                subs[0].append(project([(pid, fields)], {"applicant_name": "applicant.name", "applicant_kana": "applicant.kana",
                                                         "applicant_birth": "applicant.birth", "applicant_tel": "applicant.contact.tel",
                                                         "applicant_email": "applicant.contact.email",
                                                         "applicant_address": "applicant.address"})[0])
        if sp:
            spp = next(pid for pid, fields in ap.subs[i] if any(f[2] == sp["name"] for f in fields))
            subs[0].append((spp, [("spouse.name", "name", sp["name"]), ("spouse.birth", "dob", sp["birth"])]))
        rel = f"保険代理店/申込書/申込_{r['application_id']}.json"
        D.text(rel, json.dumps(rec, ensure_ascii=False, indent=2) + "\n", subs)
        D.files[rel].update(columns={"application_id": None, "applicant.name": "PERSON", "applicant.kana": "PERSON",
                                     "applicant.birth": "DATE_OF_BIRTH", "applicant.contact.tel": "PHONE",
                                     "applicant.contact.email": "EMAIL", "applicant.address": "ADDRESS",
                                     "spouse.name": "PERSON", "spouse.birth": "DATE_OF_BIRTH", "channel": None},
                            hard_negative_columns=["application_id"])
    # vCard
    vc, vs = [], []
    for p in R.sample([p for p in W.persons if p.email and p.mobile], 30):
        vc.append("BEGIN:VCARD\r\nVERSION:3.0\r\n" f"FN:{p.k()}\r\nN:{p.sei[0]};{p.mei[0]};;;\r\n"
                  f"TEL;TYPE=CELL:{fmt_phone(p.mobile, 'intl')}\r\nEMAIL:{p.email}\r\nADR;TYPE=HOME:;;{p.hh.address};;;{p.hh.zip};JP\r\n"
                  f"BDAY:{p.dob.isoformat()}\r\nEND:VCARD\r\n")
        vs.append([(p.pid, [("FN", "name", p.k()), ("TEL", "phone", fmt_phone(p.mobile, "intl")), ("EMAIL", "email", p.email),
                            ("ADR", "addr", p.hh.address), ("BDAY", "dob", p.dob)])])
    D.text("保険代理店/顧客連絡先.vcf", "".join(vc), vs)
    D.files["保険代理店/顧客連絡先.vcf"].update(columns={"FN": "PERSON", "N": "PERSON", "TEL": "PHONE", "EMAIL": "EMAIL", "ADR": "ADDRESS",
                                                      "BDAY": "DATE_OF_BIRTH"}, hard_negative_columns=[])
    # one-customer memos
    for j, p in enumerate(R.sample([p for p in W.persons if p.email and p.mobile and p.age >= 30], 6)):
        body = (f"顧客メモ（{(REF - timedelta(days=j * 11)).isoformat()} 面談）\n\n{p.k()}\n{p.kana()}\n{fmt_dob(p.dob, 'wareki')}生\n"
                f"〒{p.hh.zip} {p.hh.address}\n{fmt_phone(p.mobile, 'hyphen')}\n{p.email}\n\n"
                f"医療保険の見直し希望。{R.choice(['来月再訪', '資料送付済み', '配偶者と相談のうえ連絡あり'])}。\n")
        D.text(f"保険代理店/顧客メモ/memo_{j + 1:02d}.txt", body,
               [[(p.pid, [("m", "name", p.k()), ("m", "name", p.kana()), ("m", "dob", fmt_dob(p.dob, "wareki")),
                          ("m", "addr", p.hh.address), ("m", "phone", fmt_phone(p.mobile, "hyphen")), ("m", "email", p.email)])]])

    # ---- HR
    hq = [i for i, r in enumerate(emp.rows) if r["department"] in ("医局", "看護部", "健診センター")]
    export(D, "人事/従業員名簿_医療職.xlsx", emp, hq, [
        ("employee_no", "社員番号"), ("employee_name", "氏名"), ("employee_kana", "カナ"), ("employee_birth", "生年月日"),
        ("employee_tel", "携帯"), ("employee_email", "メール"), ("employee_address", "住所"), ("department", "所属"),
        ("spouse_name", "配偶者氏名"), ("spouse_birth", "配偶者生年月日")] +
        [(f"child{i}_{x}", f"子{i}{'氏名' if x == 'name' else '生年月日'}") for i in range(1, 5) for x in ("name", "birth")], fmt="xlsx")
    fidx = sorted(R.sample(hq, min(70, len(hq))))
    export(D, "人事/扶養控除等申告_2024.csv", emp, fidx, [
        ("employee_no", "shain_no"), ("employee_name", "shimei"), ("employee_mynumber", "kojin_bango"), ("employee_birth", "seinengappi"),
        ("spouse_name", "haigusha_shimei"), ("spouse_mynumber", "haigusha_kojin_bango"), ("spouse_birth", "haigusha_seinengappi")] +
        [(f"child{i}_{x}", f"fuyo{i}_{'shimei' if x == 'name' else 'seinengappi'}") for i in range(1, 5) for x in ("name", "birth")],
        datefmt="wareki")

    # ---- mail
    staff = [r for r in emp.rows]
    for j in range(10):
        si, ri = R.sample(range(len(emp.rows)), 2)
        s, rr = emp.rows[si], emp.rows[ri]
        subs = [[project(emp.subs[si][:1], {"employee_name": "from", "employee_email": "from"})[0],
                 project(emp.subs[ri][:1], {"employee_name": "to", "employee_email": "to"})[0]]]
        body_p = R.choice([p for p in W.persons if p.mobile and p.work_email is None])
        if j % 3 == 2:
            body = ("各位\n\n来週の健診センター運用について、変更点を共有します。\n問い合わせは support@seiwa-med.jp または代表 03-5555-0100 まで。\n")
            frm = "健診センター <noreply@seiwa-med.jp>"
            subs = [[project(emp.subs[ri][:1], {"employee_name": "to", "employee_email": "to"})[0]]]
        else:
            ph = fmt_phone(body_p.mobile, R.choice(["hyphen", "plain"]))
            body = (f"{rr['employee_name']}さん\n\nお疲れさまです。{s['employee_name']}です。\n"
                    f"{body_p.k()}様（{ph}）から{R.choice(['処方内容', '健診結果', '保険金請求', '予約変更'])}について問い合わせがありました。\n"
                    f"折り返しご連絡をお願いします。\n\n--\n{s['employee_name']}\n{s['employee_email']}\n")
            frm = f"{s['employee_name']} <{s['employee_email']}>"
            subs[0].append((body_p.pid, [("body", "name", body_p.k()), ("body", "phone", ph)]))
        msg = (f"From: {hdr(frm)}\r\nTo: {hdr(rr['employee_name'] + ' <' + rr['employee_email'] + '>')}\r\n"
               f"Subject: {hdr('お問い合わせの件' if j % 3 != 2 else '運用変更のお知らせ')}\r\nDate: Tue, {j + 1:02d} Oct 2024 10:{j:02d}:00 +0900\r\n"
               f"Message-ID: <{20241001 + j}.{j}@seiwa-med.jp>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
               f"Content-Transfer-Encoding: 8bit\r\n\r\n" + body.replace("\n", "\r\n"))
        D.text(f"メール/2024-10/{j + 1:03d}.eml", msg, subs)
    del staff

    # ---- general affairs: no persons / few
    D.text("総務/お知らせ/駐車場利用について.txt", "駐車場の利用時間は8時から21時までです。\n問い合わせ: 総務課 info@seiwa-med.jp / 代表 03-5555-0100\n", [])
    D.text("総務/規程/個人情報取扱規程_抜粋.md", "# 個人情報取扱規程（抜粋）\n\n第5条 患者情報は業務目的以外に利用しない。\n第9条 1,000人を超える漏えいは報告対象。\n", [])
    # docx minutes: three attendees with their work e-mail
    import docx
    att = R.sample(range(len(emp.rows)), 3)
    d = docx.Document()
    d.core_properties.author = "総務課"
    d.add_heading("個人情報保護委員会 議事録（2024年9月）", 1)
    d.add_paragraph("出席者:")
    sx = []
    for a in att:
        r = emp.rows[a]
        d.add_paragraph(f"{r['employee_name']}（{r['employee_email']}）")
        sx.append(project(emp.subs[a][:1], {"employee_name": "p", "employee_email": "p"})[0])
    d.add_paragraph("議題: 薬局チェーン会員データの保管期限、保険代理店の委託先管理。")
    p = D.path("総務/委員会/議事録_202409.docx")
    d.core_properties.created = __import__("datetime").datetime(2024, 9, 30, 9, 0, 0)
    d.core_properties.modified = __import__("datetime").datetime(2024, 9, 30, 9, 0, 0)
    d.save(p)
    normalize_zip(p)
    D.register("総務/委員会/議事録_202409.docx", [sx])
    return D


def hdr(s):
    from email.header import Header
    from email.utils import parseaddr
    name, addr = parseaddr(s)
    if addr and name:
        return f"{Header(name, 'utf-8').encode()} <{addr}>"
    return Header(s, "utf-8").encode()


def repair_drive(W, D):
    """ledger file holding full keys for every person whose drive appearances are not linked together."""
    while True:
        _n, merged, split, _np = world_check(D.subs, "drive")
        assert not merged, merged[:3]
        rel = "総務/統合顧客台帳.csv"
        if not split and rel in D.files:
            return
        byid = {p.pid: p for p in W.persons}
        old = D.subs.get(rel, [])
        have = {s[0] for r in old for s in r}
        pids = [p for p in split if p not in have]
        if not pids and rel in D.files:
            raise AssertionError("repair did not converge: %r" % split[:5])
        extra = [byid[x] for x in sorted(set(pids) | have)]
        if not extra:
            extra = R_sample_stable(W, 40)
        headers = ["氏名", "フリガナ", "生年月日", "携帯電話", "自宅電話", "メール", "勤務先メール", "住所"]
        rows, subs = [], []
        for p in extra:
            v = [p.k(), p.kana(), p.dob.isoformat(), fmt_phone(p.mobile, "hyphen") if p.mobile else "", fmt_phone(p.hh.home, "hyphen"),
                 p.email or "", p.work_email or "", p.hh.address]
            rows.append(v)
            subs.append([(p.pid, [("氏名", "name", v[0]), ("フリガナ", "name", v[1]), ("生年月日", "dob", v[2]), ("携帯電話", "phone", v[3]),
                                  ("自宅電話", "phone", v[4]), ("メール", "email", v[5]), ("勤務先メール", "email", v[6]), ("住所", "addr", v[7])])])
        D.table_file(rel, headers, rows, subs, {"氏名": "PERSON", "フリガナ": "PERSON", "生年月日": "DATE_OF_BIRTH", "携帯電話": "PHONE",
                                                "自宅電話": "PHONE", "メール": "EMAIL", "勤務先メール": "EMAIL", "住所": "ADDRESS"}, [])


def R_sample_stable(W, n):
    return W.R.sample([p for p in W.persons if p.mobile], n)


# ----------------------------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--db-url", action="append", default=[])
    args = ap.parse_args()
    W = World(args.seed)
    T = build_db(W)
    # database-wide repair: a person whose table appearances are not linked gets an application row with all keys
    stores = sorted({r["toroku_tenpo"] for r in T["pharmacy_members"].rows})
    byid = {p.pid: p for p in W.persons}
    for _ in range(3):
        _n, merged, split, _np = world_check({k: t.subs for k, t in T.items()}, "db")
        assert not merged, merged[:3]
        if not split:
            break
        for pid in split:
            add_application(W, T["insurance_applications"], byid[pid], stores, family=False)
    _n, merged, split, _np = world_check({k: t.subs for k, t in T.items()}, "db")
    assert not merged and not split, (merged[:3], split[:5])
    V = build_views(T)

    out = args.out
    if os.path.exists(os.path.join(out, "drive")):
        shutil.rmtree(os.path.join(out, "drive"))
    os.makedirs(out, exist_ok=True)
    D = build_drive(W, T, os.path.join(out, "drive"))
    repair_drive(W, D)

    # ---- truth + per-asset recount
    truth = {"generator": "blind/people/dev3", "seed": args.seed,
             "drive": {"persons_total": 0, "files": {}}, "database": {"persons_total": 0, "tables": {}}}
    problems = []
    for rel in sorted(D.files):
        subs = [s for row in D.subs[rel] for s in row]
        pids = {s[0] for s in subs}
        n, merged, split = recount(subs)
        if n != len(pids) or merged or split:
            problems.append((rel, n, len(pids), len(merged), len(split)))
        e = dict(D.files[rel])
        e["persons"] = len(pids)
        truth["drive"]["files"][rel] = e
    n, merged, split, npid = world_check(D.subs, "drive")
    assert n == npid and not merged and not split
    truth["drive"]["persons_total"] = npid
    for name, t in T.items():
        subs = [s for row in t.subs for s in row]
        pids = {s[0] for s in subs}
        n, merged, split = recount(subs)
        if n != len(pids) or merged or split:
            problems.append((name, n, len(pids), len(merged), len(split)))
        truth["database"]["tables"][name] = {"rows": len(t.rows), "persons": len(pids),
                                             "columns": {c.name: c.truth for c in t.cols},
                                             "hard_negative_columns": [c.name for c in t.cols if c.hn]}
    for vn, v in V.items():
        subs = [s for row in v["subs"] for s in row]
        pids = {s[0] for s in subs}
        n, merged, split = recount(subs)
        if n != len(pids) or merged or split:
            problems.append((vn, n, len(pids), len(merged), len(split)))
        truth["database"]["tables"][vn] = {"view": True, "rows": len(v["rows"]), "persons": len(pids), "columns": v["columns"],
                                           "hard_negative_columns": []}
    n, merged, split, npid = world_check({k: t.subs for k, t in T.items()}, "db")
    assert n == npid
    truth["database"]["persons_total"] = npid
    if problems:
        raise SystemExit("truth not recoverable by the identity rule: %r" % problems)
    # sanity: the designed thresholds
    tt = truth["database"]["tables"]
    assert (tt["kenshin_results"]["rows"], tt["kenshin_results"]["persons"]) == (1300, 1000)
    assert (tt["pharmacy_members"]["rows"], tt["pharmacy_members"]["persons"]) == (1001, 1001)
    assert (tt["prescriptions"]["rows"], tt["prescriptions"]["persons"]) == (3000, 999)
    # no real My Number in the hard-negative 12-digit columns is required; record the chance pass rate
    vr = [r["receipt_no"] for r in T["visits"].rows]
    truth["notes"] = {"receipt_no_mynumber_check_pass_rate": round(sum(is_mynumber(x) for x in vr) / len(vr), 4),
                      "identity_rule": "union-find over name+dob, name+phone, name+address, e-mail, My Number after NFKC/space/case "
                                       "normalisation; phones +81->0, dates incl. 和暦 parsed"}

    # ---- databases
    sq = os.path.join(out, "db.sqlite")
    if os.path.exists(sq):
        os.remove(sq)
    write_db("sqlite:///" + sq, T, V)
    for url in args.db_url:
        write_db(url, T, V)
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")
    print(json.dumps({"drive_files": len(truth["drive"]["files"]), "drive_persons": truth["drive"]["persons_total"],
                      "db_tables": len(T), "db_views": len(V), "db_persons": truth["database"]["persons_total"]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
