#!/usr/bin/env python3
"""Blind-dev set 7: a health insurance society (健康保険組合), a 整骨院・鍼灸院 chain that bills it, and a
meal-delivery service for members on diets.

    python3 generate.py --out DIR [--seed N]      (default seed 88)

Standard library only, deterministic for a seed.  Documents are written as *markup* in which every gold span is
wrapped as  ⟦CODE|text⟧ ; the renderer strips the markers and records offsets, so gold offsets are correct by
construction.  CODE is an entity code (P, A, Z, T, M, B, HI, PP, MY, CN, CC, BA, PN, RC, IP; optional "!note"),
S:<subtype> for SENSITIVE, L:<kind> for a look-alike, H:<kind> for a hard negative.
"""
import argparse
import json
import os
import random
import re
import sys
import time

# ----------------------------------------------------------------------------------------------------------
# markup
TAG_RE = re.compile(r"⟦([^|⟧]+)\|([^⟧]*)⟧")
CODES = {"P": "PERSON", "A": "ADDRESS", "Z": "POSTAL_CODE", "T": "PHONE", "M": "EMAIL", "B": "DATE_OF_BIRTH",
         "MY": "MY_NUMBER", "CN": "CORPORATE_NUMBER", "CC": "CREDIT_CARD", "BA": "BANK_ACCOUNT", "PP": "PASSPORT",
         "DL": "DRIVERS_LICENSE", "HI": "HEALTH_INSURANCE", "PN": "PENSION_NUMBER", "RC": "RESIDENCE_CARD",
         "IP": "IP_ADDRESS"}


def E(code, v, note=None):
    return "⟦%s%s|%s⟧" % (code, ("!" + note) if note else "", v)


def P(v): return E("P", v)
def A(v): return E("A", v)
def Z(v, note=None): return E("Z", v, note)
def T(v, note=None): return E("T", v, note)
def M(v): return E("M", v)
def B(v): return E("B", v)
def HI(v, note=None): return E("HI", v, note)
def PP(v): return E("PP", v)
def S(v, sub="illness"): return "⟦S:%s|%s⟧" % (sub, v)
def L(v, kind): return "⟦L:%s|%s⟧" % (kind, v)
def H(v, kind): return "⟦H:%s|%s⟧" % (kind, v)


def plain(m):
    return TAG_RE.sub(lambda mo: mo.group(2), m)


def render(m):
    out, ents, looks, hns = [], [], [], []
    pos = last = 0
    for mo in TAG_RE.finditer(m):
        pre = m[last:mo.start()]
        out.append(pre)
        pos += len(pre)
        code, val = mo.group(1), mo.group(2)
        s, e = pos, pos + len(val)
        out.append(val)
        pos = e
        last = mo.end()
        note = None
        if "!" in code:
            code, note = code.split("!", 1)
        if code.startswith("S:"):
            ents.append({"type": "SENSITIVE", "start": s, "end": e, "text": val, "subtype": code[2:]})
        elif code.startswith("L:"):
            looks.append({"start": s, "end": e, "kind": code[2:], "text": val})
        elif code.startswith("H:"):
            hns.append({"start": s, "end": e, "kind": code[2:], "text": val})
        else:
            d = {"type": CODES[code], "start": s, "end": e, "text": val}
            if note:
                d["note"] = note
            ents.append(d)
    out.append(m[last:])
    text = "".join(out)
    if "⟦" in text or "⟧" in text:
        raise ValueError("unbalanced markup: " + text[:200])
    return text, ents, looks, hns


FW = str.maketrans("0123456789-()/:.", "０１２３４５６７８９－（）／：．")


def fw(s):
    return s.translate(FW)


# ----------------------------------------------------------------------------------------------------------
# people
SURNAMES = [("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
            ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
            ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
            ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
            ("佐々木", "ササキ", "Sasaki"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
            ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("清水", "シミズ", "Shimizu"),
            ("山崎", "ヤマザキ", "Yamazaki"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
            ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"), ("前田", "マエダ", "Maeda"),
            ("藤田", "フジタ", "Fujita"), ("小川", "オガワ", "Ogawa"), ("岡田", "オカダ", "Okada"),
            ("後藤", "ゴトウ", "Goto"), ("長谷川", "ハセガワ", "Hasegawa"), ("村上", "ムラカミ", "Murakami"),
            ("近藤", "コンドウ", "Kondo"), ("石井", "イシイ", "Ishii"), ("坂本", "サカモト", "Sakamoto"),
            ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"), ("藤井", "フジイ", "Fujii"),
            ("西村", "ニシムラ", "Nishimura"), ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"),
            ("三浦", "ミウラ", "Miura"), ("藤原", "フジワラ", "Fujiwara"), ("岡本", "オカモト", "Okamoto"),
            ("松田", "マツダ", "Matsuda"), ("中川", "ナカガワ", "Nakagawa"), ("中野", "ナカノ", "Nakano"),
            ("原田", "ハラダ", "Harada"), ("小野", "オノ", "Ono"), ("田村", "タムラ", "Tamura"),
            ("竹内", "タケウチ", "Takeuchi"), ("金子", "カネコ", "Kaneko"), ("和田", "ワダ", "Wada"),
            ("中山", "ナカヤマ", "Nakayama"), ("石田", "イシダ", "Ishida"), ("上田", "ウエダ", "Ueda"),
            ("森田", "モリタ", "Morita"), ("柴田", "シバタ", "Shibata"), ("酒井", "サカイ", "Sakai"),
            ("工藤", "クドウ", "Kudo"), ("横山", "ヨコヤマ", "Yokoyama"), ("宮崎", "ミヤザキ", "Miyazaki"),
            ("宮本", "ミヤモト", "Miyamoto"), ("内田", "ウチダ", "Uchida"), ("高木", "タカギ", "Takagi"),
            ("安藤", "アンドウ", "Ando"), ("谷口", "タニグチ", "Taniguchi"), ("丸山", "マルヤマ", "Maruyama"),
            ("今井", "イマイ", "Imai"), ("河野", "コウノ", "Kono"), ("藤本", "フジモト", "Fujimoto"),
            ("村田", "ムラタ", "Murata"), ("武田", "タケダ", "Takeda"), ("杉山", "スギヤマ", "Sugiyama"),
            ("増田", "マスダ", "Masuda"), ("平野", "ヒラノ", "Hirano"), ("大塚", "オオツカ", "Otsuka"),
            ("久保", "クボ", "Kubo"), ("松井", "マツイ", "Matsui"), ("小島", "コジマ", "Kojima"),
            ("岩崎", "イワサキ", "Iwasaki"), ("桜井", "サクライ", "Sakurai"), ("野口", "ノグチ", "Noguchi"),
            ("菅原", "スガワラ", "Sugawara"), ("新井", "アライ", "Arai"), ("大西", "オオニシ", "Onishi")]
F_GIVEN = [("花子", "ハナコ", "Hanako"), ("陽子", "ヨウコ", "Yoko"), ("恵子", "ケイコ", "Keiko"),
           ("美咲", "ミサキ", "Misaki"), ("由美", "ユミ", "Yumi"), ("直美", "ナオミ", "Naomi"),
           ("久美子", "クミコ", "Kumiko"), ("真由美", "マユミ", "Mayumi"), ("明美", "アケミ", "Akemi"),
           ("智子", "トモコ", "Tomoko"), ("裕子", "ユウコ", "Yuko"), ("幸子", "サチコ", "Sachiko"),
           ("和子", "カズコ", "Kazuko"), ("節子", "セツコ", "Setsuko"), ("美穂", "ミホ", "Miho"),
           ("結衣", "ユイ", "Yui"), ("陽菜", "ヒナ", "Hina"), ("千尋", "チヒロ", "Chihiro"),
           ("麻衣", "マイ", "Mai"), ("香織", "カオリ", "Kaori"), ("理恵", "リエ", "Rie"),
           ("典子", "ノリコ", "Noriko"), ("静香", "シズカ", "Shizuka"), ("文子", "フミコ", "Fumiko"),
           ("芳子", "ヨシコ", "Yoshiko"), ("真理子", "マリコ", "Mariko"), ("沙織", "サオリ", "Saori")]
M_GIVEN = [("太郎", "タロウ", "Taro"), ("一郎", "イチロウ", "Ichiro"), ("健太", "ケンタ", "Kenta"),
           ("翔太", "ショウタ", "Shota"), ("大輔", "ダイスケ", "Daisuke"), ("誠", "マコト", "Makoto"),
           ("浩", "ヒロシ", "Hiroshi"), ("隆", "タカシ", "Takashi"), ("修", "オサム", "Osamu"),
           ("健一", "ケンイチ", "Kenichi"), ("和夫", "カズオ", "Kazuo"), ("茂", "シゲル", "Shigeru"),
           ("勇", "イサム", "Isamu"), ("正樹", "マサキ", "Masaki"), ("直樹", "ナオキ", "Naoki"),
           ("拓也", "タクヤ", "Takuya"), ("亮", "リョウ", "Ryo"), ("悠斗", "ユウト", "Yuto"),
           ("大翔", "ヒロト", "Hiroto"), ("達也", "タツヤ", "Tatsuya"), ("俊介", "シュンスケ", "Shunsuke"),
           ("剛", "ツヨシ", "Tsuyoshi"), ("清", "キヨシ", "Kiyoshi"), ("進", "ススム", "Susumu"),
           ("昭", "アキラ", "Akira"), ("義男", "ヨシオ", "Yoshio"), ("康弘", "ヤスヒロ", "Yasuhiro")]
FOREIGN = [("Maria", "Santos", "F"), ("Daniel", "Miller", "M"), ("Priya", "Nair", "F"), ("Nguyen Van", "Minh", "M"),
           ("Emily", "Clarke", "F"), ("Ahmed", "Rahman", "M"), ("Sofia", "Rossi", "F"), ("James", "O'Neill", "M"),
           ("Li", "Wei", "M"), ("Anna", "Kowalska", "F"), ("Carlos", "Mendes", "M"), ("Hannah", "Becker", "F"),
           ("Ravi", "Sharma", "M"), ("Grace", "Tan", "F"), ("Michael", "Brown", "M"), ("Fatima", "Yilmaz", "F")]

MAIL_DOMAINS = ["hinode-mail.jp", "sakura-net.ne.jp", "kmail.co.jp", "gmail.com", "yahoo.co.jp", "ocn.ne.jp",
                "icloud.com", "outlook.jp", "tama-net.ne.jp", "docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp"]


def kata2hira(s):
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


class Person:
    def __init__(self, rng, gender=None, sei=None, years=(1950, 2000)):
        self.gender = gender or rng.choice("MF")
        s = sei or rng.choice(SURNAMES)
        g = rng.choice(F_GIVEN if self.gender == "F" else M_GIVEN)
        self.sei, self.sk, self.sr = s
        self.mei, self.mk, self.mr = g
        y = rng.randint(*years)
        self.dob = (y, rng.randint(1, 12), rng.randint(1, 28))
        loc = rng.choice(["{m}.{s}", "{s}.{m}", "{m}{s0}", "{s}{m0}{n}", "{m}_{s}{n}", "{s}-{m}"]).format(
            m=self.mr.lower(), s=self.sr.lower(), s0=self.sr[0].lower(), m0=self.mr[0].lower(),
            n=rng.randint(1, 99))
        self.email = loc + "@" + rng.choice(MAIL_DOMAINS)

    @property
    def full(self): return self.sei + self.mei
    @property
    def sp(self): return self.sei + " " + self.mei
    @property
    def wsp(self): return self.sei + "　" + self.mei
    @property
    def kana(self): return self.sk + " " + self.mk
    @property
    def hira(self): return kata2hira(self.sk) + " " + kata2hira(self.mk)
    @property
    def roman(self): return self.mr + " " + self.sr
    @property
    def ROMAN(self): return self.sr.upper() + " " + self.mr.upper()
    @property
    def title(self): return ("Mr. " if self.gender == "M" else "Ms. ") + self.mr + " " + self.sr


def name_variant(rng, p):
    return rng.choice([p.full, p.sp, p.wsp, p.full])


# ----------------------------------------------------------------------------------------------------------
# dates
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
JWD = "月火水木金土日"


def era(y, m, d):
    if (y, m, d) >= (2019, 5, 1):
        return "令和", "R", y - 2018
    if (y, m, d) >= (1989, 1, 8):
        return "平成", "H", y - 1988
    return "昭和", "S", y - 1925


def fmt_dob(rng, dob, style=None):
    y, m, d = dob
    en, E1, ey = era(y, m, d)
    if style is None:
        style = rng.choice([0, 0, 1, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    return [f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{en}{ey}年{m}月{d}日",
            f"{E1}{ey}/{m:02d}/{d:02d}", f"{E1}{ey}.{m}.{d}", f"{en[0]}{ey}.{m}.{d}", fw(f"{y}年{m}月{d}日"),
            f"{d} {MON[m - 1]} {y}", f"{MONTH[m - 1]} {d}, {y}", f"{y}.{m}.{d}", f"{en}{ey}年{m:02d}月{d:02d}日"][style]


def rdate(rng, y0=2023, y1=2025):
    return (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def fmt_date(rng, dt, style=None):
    y, m, d = dt
    if style is None:
        style = rng.choice([0, 1, 2, 3, 4])
    en, E1, ey = era(y, m, d)
    return [f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{en}{ey}年{m}月{d}日",
            f"{m}/{d}"][style]


def en_date(dt):
    y, m, d = dt
    return f"{d} {MONTH[m - 1]} {y}"


def mail_date(rng, dt):
    import datetime
    y, m, d = dt
    wd = WD[datetime.date(y, m, d).weekday()]
    return f"{wd}, {d} {MON[m - 1]} {y} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} +0900"


def jwd(dt):
    import datetime
    return JWD[datetime.date(*dt).weekday()]


# ----------------------------------------------------------------------------------------------------------
# numbers
def phone(rng, kind=None, style=None):
    kind = kind or rng.choice(["mobile", "mobile", "land"])
    if kind == "mobile":
        a, b, c = rng.choice(["090", "080", "070"]), f"{rng.randint(1, 9)}{rng.randint(0, 999):03d}", f"{rng.randint(0, 9999):04d}"
    else:
        ar, n1 = rng.choice([("03", 4), ("06", 4), ("045", 3), ("044", 3), ("052", 3), ("092", 3), ("011", 3),
                             ("048", 3), ("047", 3), ("022", 3), ("078", 3), ("075", 3), ("042", 3)])
        a = ar
        b = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n1 - 1))
        c = f"{rng.randint(0, 9999):04d}"
    if style is None:
        style = rng.choice(["h", "h", "h", "h", "h", "h", "h", "n", "n", "p", "fw", "i"])
    if style == "h":
        return f"{a}-{b}-{c}"
    if style == "n":
        return a + b + c
    if style == "p":
        return f"{a}({b}){c}"
    if style == "i":
        return f"+81-{a[1:]}-{b}-{c}"
    if style == "is":
        return f"+81 {a[1:]} {b} {c}"
    return fw(f"{a}-{b}-{c}")


def hoken_cd(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return str((10 - s % 10) % 10)


PREF_CODES = ["13", "14", "11", "12", "27", "23", "40", "01", "04", "28", "26", "34", "22"]


def insurer_no(rng, kind=None):
    kind = kind or rng.choice(["06", "06", "01", "31", "34", "kokuho"])
    if kind == "kokuho":
        d = rng.choice(PREF_CODES) + f"{rng.randint(1, 999):03d}"
        return d + hoken_cd(d)
    d = kind + rng.choice(PREF_CODES) + f"{rng.randint(1, 999):03d}"
    return d + hoken_cd(d)


def kigo(rng):
    r = rng.random()
    if r < 0.35:
        return str(rng.randint(1000, 9999))
    if r < 0.65:
        return str(rng.randint(10000000, 99999999))
    if r < 0.85:
        return str(rng.randint(100, 99999))
    return rng.choice(["都建", "神奈", "横浜", "北", "品"]) + str(rng.randint(10, 999))


def bango(rng):
    return str(rng.randint(1, 10 ** rng.randint(2, 7) - 1))


def edaban(rng):
    return f"{rng.randint(0, 4):02d}"


def mynum_cd(d11):
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return "0" if r <= 1 else str(11 - r)


def bad_12(rng):
    """12 digits that fail the My Number check digit (tracking numbers etc.)."""
    while True:
        d = "".join(str(rng.randint(0, 9)) for _ in range(11))
        c = str(rng.randint(0, 9))
        if c != mynum_cd(d) and d[0] != "0":
            return d + c


def my_number(rng):
    d = "".join(str(rng.randint(0, 9)) for _ in range(11))
    return d + mynum_cd(d)


def corp_no(base):
    s = sum(int(base[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    return str(9 - s % 9) + base


def luhn_ok(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        t += v
    return t % 10 == 0


def card(rng):
    d = rng.choice(["4", "5"]) + "".join(str(rng.randint(0, 9)) for _ in range(14))
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c


def non_luhn16(rng):
    while True:
        d = "".join(str(rng.randint(0, 9)) for _ in range(16))
        if not luhn_ok(d) and d[0] != "0":
            return d


def jan(rng):
    while True:
        d = "49" + "".join(str(rng.randint(0, 9)) for _ in range(10))
        t = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
        code = d + str((10 - t % 10) % 10)
        if corp_no(code[1:])[0] != code[0]:
            return code


def dash4(s):
    return s[:4] + "-" + s[4:8] + "-" + s[8:]


def passport(rng):
    return rng.choice(["TK", "TZ", "TR", "TS", "MZ", "MU", "TH", "RE"]) + f"{rng.randint(0, 9999999):07d}"


def digits(rng, n):
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


# ----------------------------------------------------------------------------------------------------------
# places and organisations
AREAS = [("東京都", "世田谷区", "154"), ("東京都", "練馬区", "177"), ("東京都", "大田区", "144"),
         ("東京都", "品川区", "140"), ("東京都", "杉並区", "167"), ("東京都", "江戸川区", "132"),
         ("神奈川県", "横浜市港北区", "222"), ("神奈川県", "川崎市中原区", "211"), ("神奈川県", "川崎市高津区", "213"),
         ("神奈川県", "相模原市中央区", "252"), ("埼玉県", "川口市", "332"), ("埼玉県", "さいたま市浦和区", "330"),
         ("千葉県", "船橋市", "273"), ("千葉県", "市川市", "272"), ("大阪府", "大阪市北区", "530"),
         ("大阪府", "豊中市", "560"), ("愛知県", "名古屋市千種区", "464"), ("福岡県", "福岡市中央区", "810"),
         ("北海道", "札幌市中央区", "060"), ("宮城県", "仙台市青葉区", "980"), ("兵庫県", "神戸市東灘区", "658"),
         ("静岡県", "静岡市葵区", "420")]
TOWNS = ["桜丘", "緑町", "本町", "東原", "若葉台", "旭町", "栄町", "中央", "松ヶ丘", "青葉台", "南台", "富士見町",
         "日吉本町", "宮前", "新町", "梅が丘", "柳町", "北沢", "西が丘", "泉町"]
BLDGS = ["グリーンハイツ", "メゾン桜", "パークサイド", "コーポ若葉", "サンライズ", "ライオンズマンション", "ハイム",
         "レジデンス", "シャトー", "エクセル"]


def address(rng):
    pref, city, p3 = rng.choice(AREAS)
    town = rng.choice(TOWNS)
    c, b, g = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 25)
    st = rng.random()
    if st < 0.4:
        a = f"{pref}{city}{town}{c}丁目{b}番{g}号"
    elif st < 0.8:
        a = f"{pref}{city}{town}{c}-{b}-{g}"
    else:
        a = f"{pref}{city}{town}{c}丁目{b}-{g}"
    if rng.random() < 0.45:
        a += rng.choice([" ", "　", ""]) + rng.choice(BLDGS) + rng.choice(["", "II", "南"]) + \
             rng.choice([f"{rng.randint(1, 9)}0{rng.randint(1, 9)}号室", f"{rng.randint(1, 9)}0{rng.randint(1, 9)}"])
    return p3 + "-" + f"{rng.randint(0, 9999):04d}", a


def zip_mk(rng, z, label=True):
    st = rng.random()
    if st < 0.45:
        return "〒" + Z(z)
    if st < 0.65:
        return Z(z)
    if st < 0.85:
        return Z(fw(z), "full width")
    return Z(z.replace("-", ""), "no hyphen")


KENPO = "さくら精機健康保険組合"
KENPO_ZIP, KENPO_ADDR = "108-0023", "東京都港区芝浦三丁目8番11号 さくら精機本社ビル7階"
KENPO_TEL, KENPO_FAX = "03-5443-2210", "03-5443-2219"
KENPO_MAILS = ["kyufu@sakura-kenpo.or.jp", "ryoyohi@sakura-kenpo.or.jp", "hoken-jigyo@sakura-kenpo.or.jp",
               "info@sakura-kenpo.or.jp"]
_b = "0613" + "025"
KENPO_NO = _b + hoken_cd(_b)
CHAIN = "ひかり整骨院・鍼灸院"
BRANCHES = [("武蔵小杉院", "211-0004", "神奈川県川崎市中原区新丸子東二丁目905番地 小杉ビル1階", "044-711-3320"),
            ("溝の口院", "213-0001", "神奈川県川崎市高津区溝口一丁目6番10号 マルイビル2階", "044-829-1145"),
            ("大井町院", "140-0011", "東京都品川区東大井五丁目22番3号", "03-5783-0921"),
            ("蒲田院", "144-0052", "東京都大田区蒲田五丁目13番7号 蒲田センタービル1階", "03-6428-7710"),
            ("川口院", "332-0012", "埼玉県川口市本町四丁目1番8号", "048-227-5561"),
            ("船橋院", "273-0005", "千葉県船橋市本町七丁目3番2号 船橋駅前ビル3階", "047-460-2208")]
CHAIN_MAIL = "uketsuke@hikari-seikotsu.jp"
DELI = "すこやか御膳"
DELI_CO = "株式会社すこやかデリ"
DELI_ZIP, DELI_ADDR = "222-0033", "神奈川県横浜市港北区新横浜二丁目14番3号 新横浜プレイス5階"
DELI_TEL, DELI_FAX = "0120-487-210", "045-478-3391"
DELI_MAIL = "order@sukoyaka-deli.co.jp"
DELI_CN = corp_no("020104875210")
TPAS = [("Pacific Meridian Assistance Ltd.", "claims@pm-assist.com", "+81-3-6812-4470"),
        ("Harbor Claims Solutions Pte. Ltd.", "overseas.claims@harborclaims.sg", "+65 6221 4093"),
        ("Blue Lantern Travel Assurance", "medical-claims@bluelantern-ta.com", "+1-808-555-0142")]
HOSPITALS = ["港北中央病院", "城南総合病院", "みどり台クリニック", "川崎第一整形外科", "東都医科大学附属病院",
             "さいたま北記念病院", "湾岸リハビリテーション病院", "青葉台内科クリニック", "船橋中央病院",
             "芝浦健診センター"]
OVERSEAS_HOSP = ["Queen's Medical Center, Honolulu", "Raffles Hospital, Singapore", "St Thomas' Hospital, London",
                 "Bumrungrad International Hospital, Bangkok", "Sydney Harbour Private Hospital",
                 "Vancouver General Hospital"]

# conditions
JA_ILL = ["糖尿病", "2型糖尿病", "高血圧症", "脳梗塞", "心筋梗塞", "狭心症", "慢性腎臓病", "腎不全", "うつ病",
          "双極性障害", "統合失調症", "認知症", "アルツハイマー型認知症", "パーキンソン病", "気管支喘息", "乳がん",
          "胃がん", "大腸がん", "肺がん", "関節リウマチ", "腰椎椎間板ヘルニア", "変形性膝関節症", "骨粗しょう症",
          "痛風", "脂質異常症", "肝硬変", "C型肝炎", "てんかん", "適応障害", "パニック障害", "潰瘍性大腸炎",
          "クローン病", "甲状腺機能低下症", "不整脈", "心不全", "肺炎", "アトピー性皮膚炎", "坐骨神経痛",
          "頚椎症", "脊柱管狭窄症"]
INJ = ["右足関節捻挫", "左足関節捻挫", "頚部捻挫", "腰部捻挫", "右肩関節捻挫", "左膝関節捻挫", "右手関節捻挫",
       "腰部挫傷", "右大腿部挫傷", "左下腿部挫傷", "背部挫傷", "右肘関節捻挫", "頚椎捻挫（むち打ち）"]
EN_ILL = ["type 2 diabetes", "hypertension", "pneumonia", "asthma", "breast cancer", "chronic kidney disease",
          "depression", "rheumatoid arthritis", "a herniated disc", "atrial fibrillation", "Parkinson's disease",
          "epilepsy", "an anxiety disorder", "Crohn's disease", "heart failure", "gallstones", "appendicitis",
          "dengue fever", "a stroke", "COPD"]
DIET_MENUS = ["減塩食", "腎臓病食", "糖尿病食", "透析食", "低たんぱく食", "カロリー調整食", "やわらか食", "ムース食",
              "低脂質食", "嚥下調整食", "糖質制限食", "高血圧対応食"]


def ja_self_sentence(rng):
    d = rng.choice(JA_ILL)
    c = rng.randint(0, 13)
    if c == 0: return f"{S('持病の' + d + 'で通院中')}のため"
    if c == 1: return f"昨年{S(d + 'と診断され')}、"
    if c == 2: return f"現在{S(d + 'の治療中')}でして、"
    if c == 3: return f"先月まで{S(d + 'で入院')}しておりましたので、"
    if c == 4: return f"{S(d + 'を患っており')}、"
    if c == 5: return f"{S('身体障害者手帳（' + str(rng.randint(1, 4)) + '級）', 'disability')}を持っておりまして、"
    if c == 6: return f"{S('耳が不自由', 'disability')}なため、"
    if c == 7: return f"{S('車椅子を使用しており', 'disability')}、"
    if c == 8: return f"{S('イスラム教徒のため', 'creed')}豚肉とアルコールが使えず、"
    if c == 9: return f"{S('人工透析を週3回受けており')}、"
    if c == 10: return f"{S('生活保護を受給中', 'social_status')}のため、"
    if c == 11: return f"{S('うつ病で休職中')}のため、"
    if c == 12: return f"{S('精神障害者保健福祉手帳2級', 'disability')}を取得しており、"
    return f"{S(d + 'の疑いがあると言われ')}、"


FAMILY_REL = [("父", "娘"), ("父", "長男"), ("母", "娘"), ("母", "次男"), ("夫", "妻"), ("妻", "夫"),
              ("義母", "嫁"), ("娘", "父"), ("息子", "母"), ("祖母", "孫")]


def ja_family_sentence(rng, rel):
    d = rng.choice(JA_ILL)
    c = rng.randint(0, 11)
    if c == 0: return f"{rel}が先月{S(rng.choice(['脳梗塞', '心筋梗塞', 'くも膜下出血', '脳出血']) + 'で倒れ')}まして"
    if c == 1: return f"{rel}は{S('喘息持ち')}で"
    if c == 2: return f"{rel}の{S('認知症が進み')}"
    if c == 3: return f"{rel}が{S(d + 'と診断され')}まして"
    if c == 4: return f"{rel}は{S('週3回人工透析')}を受けており"
    if c == 5: return f"{rel}が{S(d + 'で入院')}しておりまして"
    if c == 6: return f"{rel}は{S('重度の知的障害', 'disability')}があり"
    if c == 7: return f"{rel}が{S(d + 'の手術')}を受けることになり"
    if c == 8: return f"{rel}は{S('持病の' + d)}がありまして"
    if c == 9: return f"{rel}が{S('転倒して大腿骨を骨折')}し"
    if c == 10: return f"{rel}は{S('現在服役中', 'criminal_record')}のため連絡が取れず"
    return f"{rel}は{S('下半身に麻痺', 'disability')}があり"


def ja_family_memo(rng, rel):
    d = rng.choice(JA_ILL)
    c = rng.randint(0, 8)
    if c == 0: return f"{rel}、{S(rng.choice(['脳梗塞', '心筋梗塞', '脳出血']) + 'で先月から入院中')}"
    if c == 1: return f"{rel}、{S('認知症進行')}、本人対応困難"
    if c == 2: return f"{rel}{S('透析週3回')}"
    if c == 3: return f"{rel}、{S(d + 'の診断')}あり"
    if c == 4: return f"{rel}{S('大腿骨骨折で入院')}"
    if c == 5: return f"{rel}は{S('身障手帳2級', 'disability')}"
    if c == 6: return f"{rel}、{S(d + 'で治療中')}"
    if c == 7: return f"{rel}{S('がん治療中')}、医療費かさむ"
    return f"{rel}{S('喘息持ち')}、夜間の発作で救急受診"


SURG = ["a herniated disc", "breast cancer", "gallstones", "appendicitis", "a hip fracture", "colon cancer",
        "a torn meniscus", "cataracts"]


def en_self_sentence(rng):
    d = rng.choice(EN_ILL)
    c = rng.randint(0, 9)
    if c == 0: return f"I was {S('diagnosed with ' + d)} last year."
    if c == 1: return f"My husband has been {S('on dialysis since ' + str(rng.randint(2012, 2022)))}."
    if c == 2: return f"Due to {S('my depression')} I could not attend the last appointment."
    if c == 3: return f"I {S('have been treated for ' + d)} since {rng.randint(2015, 2023)}."
    if c == 4: return f"I am {S('hard of hearing', 'disability')}, so please reply by email."
    if c == 5: return f"I {S('use a wheelchair', 'disability')}."
    if c == 6: return f"As a {S('practising Muslim', 'creed')} I can only eat halal food."
    if c == 7: return f"My wife {S('had surgery for ' + rng.choice(SURG))} in March."
    if c == 8: return f"My son {S('has severe asthma')}."
    return f"I {S('suffer from ' + d)}."


def _old_en_self_sentence(rng):
    d = rng.choice(EN_ILL)
    c = rng.randint(0, 9)
    if c == 0: return f"I was {S('diagnosed with ' + d)} last year, "
    if c == 1: return f"my husband has been {S('on dialysis since ' + str(rng.randint(2012, 2022)))}, "
    if c == 2: return f"due to {S('my depression')} I could not attend, "
    if c == 3: return f"I {S('have been treated for ' + d)} since {rng.randint(2015, 2023)}, "
    if c == 4: return f"I am {S('hard of hearing', 'disability')}, "
    if c == 5: return f"I {S('use a wheelchair', 'disability')}, "
    if c == 6: return f"as a {S('practising Muslim', 'creed')} I can only eat halal food, "
    if c == 7: return f"my wife {S('had surgery for ' + d)} in March, "
    if c == 8: return f"my son {S('has severe asthma')}, "
    return f"I {S('suffer from ' + d)}, "


def kigo_bango_mk(rng, k, b, e=None):
    st = rng.randint(0, 5)
    if st == 0: return f"記号 {HI(k)} 番号 {HI(b)}"
    if st == 1: return f"記号：{HI(k)}　番号：{HI(b)}"
    if st == 2: return f"記号・番号：{HI(k + '-' + b)}"
    if st == 3: return f"保険証の記号{HI(k)}、番号{HI(b)}"
    if st == 4: return f"記号番号 {HI(k + '・' + b)}"
    return f"被保険者証 記号：{HI(k)} 番号：{HI(b)}" + (f" 枝番：{HI(e, '枝番')}" if e else "")


# ----------------------------------------------------------------------------------------------------------
# mail scaffolding
def mail(rng, frm, to, subj, body, dt=None, cc=None, enc="utf-8", tag_date=False):
    dt = dt or rdate(rng)
    charset = "shift_jis" if enc == "cp932" else "utf-8"
    ds = mail_date(rng, dt)
    if tag_date:
        ds = H(ds, "mail-date-header")
    h = f"From: {frm}\nTo: {to}\n"
    if cc:
        h += f"Cc: {cc}\n"
    h += (f"Subject: {subj}\nDate: {ds}\nMIME-Version: 1.0\nContent-Type: text/plain; charset={charset}\n"
          f"Content-Transfer-Encoding: 8bit\n\n")
    return h + body


def txt_mail(rng, frm, to, subj, body, dt=None):
    dt = dt or rdate(rng)
    return (f"差出人: {frm}\n宛先: {to}\n件名: {subj}\n日時: {dt[0]}年{dt[1]}月{dt[2]}日 "
            f"{rng.randint(8, 20)}:{rng.randint(0, 59):02d}\n\n{body}")


def quote(m, prefix="> "):
    return "\n".join((prefix + ln) if ln else prefix.rstrip() for ln in m.rstrip("\n").split("\n"))


def addr_of(name_mk, email):
    return f"{name_mk} <{M(email)}>"


def kenpo_sig(rng, staff, dept=None):
    dept = dept or rng.choice(["給付グループ", "業務課 給付係", "保健事業グループ", "適用・給付課"])
    return (f"――――――――――――――――――\n{KENPO} {dept}\n担当：{P(name_variant(rng, staff))}\n"
            f"〒{Z(KENPO_ZIP)} {A(KENPO_ADDR)}\nTEL {T(KENPO_TEL)}（直通）　FAX {T(KENPO_FAX)}\n"
            f"E-mail：{M(rng.choice(KENPO_MAILS))}\n――――――――――――――――――\n")


def branch_sig(rng, staff, br=None):
    br = br or rng.choice(BRANCHES)
    return (f"--\n{CHAIN} {br[0]}\n{rng.choice(['柔道整復師', '鍼灸師', '受付', '施術管理者 柔道整復師'])} "
            f"{P(name_variant(rng, staff))}\n〒{Z(br[1])} {A(br[2])}\nTEL {T(br[3])}\n")


def deli_sig(rng, staff):
    return (f"━━━━━━━━━━━━━━━━\n{DELI}（{DELI_CO}）\nお客様センター {P(staff.sei)}\n"
            f"フリーダイヤル {T(DELI_TEL)}（9:00〜18:00）\nMail {M(DELI_MAIL)}\n━━━━━━━━━━━━━━━━\n")


FOOTER_LOOKS = [
    lambda: f"\n【お知らせ】{L('糖尿病予防セミナー', 'event-seminar')}（オンライン）の参加者を募集しています。\n",
    lambda: f"\n※{L('システム障害', 'system-failure')}により、一部のお知らせメールが遅延する場合があります。\n",
    lambda: f"\n◆今月の特集：{L('減塩でもおいしい腎臓病食レシピ', 'diet-menu')}\n",
    lambda: f"\n【ご案内】{L('特定健診の日程', 'health-check-schedule')}は組合ホームページでご確認ください。\n",
    lambda: f"\n※{L('振り込め詐欺', 'fraud-warning')}にご注意ください。当組合から口座番号を伺うことはありません。\n",
    lambda: f"\n■{L('禁煙チャレンジ2024', 'event-seminar')}参加者募集中\n",
]


def with_footer(rng, body):
    if rng.random() < 0.35:
        body += rng.choice(FOOTER_LOOKS)()
    return body


def wrap_reply_ja(rng, orig_from_name, orig_email, dt, orig_body, reply_body, replier_sig):
    hdr = rng.choice([
        f"{dt[0]}年{dt[1]}月{dt[2]}日({jwd(dt)}) {rng.randint(8, 20)}:{rng.randint(0, 59):02d} {P(orig_from_name)} <{M(orig_email)}>:",
        f"On {mail_date(rng, dt)}, {P(orig_from_name)} <{M(orig_email)}> wrote:",
        f"-----Original Message-----\nFrom: {P(orig_from_name)} [mailto:{M(orig_email)}]\nSent: {dt[0]}/{dt[1]}/{dt[2]}",
    ])
    return reply_body + "\n" + replier_sig + "\n" + hdr + "\n" + quote(orig_body) + "\n"


def wrap_forward(rng, fwd_note, orig_from, orig_to, orig_subj, dt, orig_body):
    return (fwd_note + "\n\n---------- Forwarded message ---------\n"
            f"From: {orig_from}\nDate: {mail_date(rng, dt)}\nSubject: {orig_subj}\nTo: {orig_to}\n\n" + orig_body)


# ----------------------------------------------------------------------------------------------------------
# builders: each returns dict(markup, shape, folder, ext[, enc][, crlf])
def doc(markup, shape, folder, ext, enc="utf-8", crlf=False):
    return {"markup": markup, "shape": shape, "folder": folder, "ext": ext, "enc": enc, "crlf": crlf}


def b_ja_family_mail(rng):
    rel, relself = rng.choice(FAMILY_REL)
    sender = Person(rng, gender="F" if relself in ("娘", "妻", "嫁", "母") else "M", years=(1955, 1995))
    same = rng.random() < 0.7 or rel in ("夫", "妻", "娘", "息子")
    patient = Person(rng, gender="M" if rel in ("父", "夫", "息子") else "F",
                     sei=(sender.sei, sender.sk, sender.sr) if same else None,
                     years=(1930, 1960) if rel in ("父", "母", "義母", "祖母") else (1950, 2015))
    target = rng.choice(["kenpo", "kenpo", "deli", "chain"])
    k, bno = kigo(rng), bango(rng)
    s1 = ja_family_sentence(rng, rel)
    s2 = ja_family_sentence(rng, rel) if rng.random() < 0.4 else ""
    dob_line = ""
    if rng.random() < 0.45:
        dob_line = f"{rel}の生年月日は{B(fmt_dob(rng, patient.dob))}です。\n"
    pname = name_variant(rng, patient)
    if target == "kenpo":
        to = f"{KENPO} 給付グループ <{M(rng.choice(KENPO_MAILS))}>"
        subj = rng.choice([f"{rel}の高額療養費について", "限度額適用認定証の申請について（問い合わせ）",
                           f"被扶養者（{rel}）の療養費について", "傷病手当金の書類について"])
        req = rng.choice(["限度額適用認定証の申請方法を教えていただけますでしょうか",
                          "高額療養費の申請に必要な書類を郵送いただけますでしょうか",
                          "本人に代わって家族が手続きすることは可能でしょうか",
                          "申請書の書き方について電話でご相談させていただけないでしょうか"])
        greet = f"{KENPO}\n給付グループ ご担当者様\n\n"
        ident = f"被保険者 {P(pname)}（{kigo_bango_mk(rng, k, bno)}）の{relself}の{P(sender.full)}と申します。\n"
    elif target == "deli":
        to = f"{DELI} お客様センター <{M(DELI_MAIL)}>"
        subj = rng.choice([f"{rel}の宅配弁当の申込みについて", "食事内容の変更のお願い", "お試しセットについて"])
        menu = rng.choice(DIET_MENUS)
        req = rng.choice([f"{L(menu, 'diet-menu')}のコースで週5日お願いできますでしょうか",
                          f"今のコースから{L(menu, 'diet-menu')}に変更は可能でしょうか",
                          "配達時間を午前中にしていただくことはできますか"])
        greet = f"{DELI} ご担当者様\n\n"
        ident = f"会員番号{H(digits(rng, 6), 'member-id')}の{P(pname)}の{relself}、{P(sender.full)}です。\n"
    else:
        br = rng.choice(BRANCHES)
        to = f"{CHAIN} {br[0]} <{M(CHAIN_MAIL)}>"
        subj = rng.choice([f"{rel}の施術について", "訪問鍼灸のご相談", "予約の変更"])
        req = rng.choice(["リハビリを兼ねて訪問での鍼灸をお願いできますでしょうか",
                          "予約を来週に変更していただけますか", "保険が使えるかどうか教えてください"])
        greet = f"{CHAIN} {br[0]} 御中\n\n"
        ident = f"いつも{rel}（{P(pname)}）がお世話になっております。{relself}の{P(sender.full)}です。\n"
    conseq = rng.choice(["現在は自宅で療養しております", "介護が必要な状態になりました",
                         "しばらく通院が続く見込みです", "本人が手続きをするのは難しい状況です",
                         "私が代わりに連絡しております"])
    body = greet + ("" if target == "chain" else "いつもお世話になっております。\n") + ident + f"{s1}、{conseq}。\n"
    if s2:
        body += f"また、{s2}、食事にも気をつけております。\n"
    body += dob_line
    body += f"つきましては、{req}。\n"
    sp = phone(rng, "mobile")
    body += "\nお手数をおかけしますが、よろしくお願いいたします。\n\n" + f"{P(sender.full)}\n携帯：{T(sp)}\n"
    if rng.random() < 0.5:
        zp, ad = address(rng)
        body += f"〒{Z(zp)} {A(ad)}\n"
    dt = rdate(rng)
    frm = addr_of(P(sender.sp), sender.email)
    enc = "cp932" if rng.random() < 0.15 else "utf-8"
    r = rng.random()
    shape = "ja-mail-family"
    if r < 0.3:
        staff = Person(rng)
        rep = rng.choice(["お問い合わせいただきありがとうございます。\nご家族様のご事情、承知いたしました。必要書類を本日郵送いたします。\n",
                          "ご連絡ありがとうございます。\n詳細を確認のうえ、担当より改めてお電話いたします。\n"])
        rep = f"{P(sender.sei)}様\n\n" + rep
        sig = kenpo_sig(rng, staff) if target == "kenpo" else (deli_sig(rng, staff) if target == "deli" else branch_sig(rng, staff))
        b = wrap_reply_ja(rng, sender.sp, sender.email, dt, body, rep, sig)
        frm2 = to
        m = mail(rng, frm2, frm, "Re: " + subj, b, dt=dt, enc=enc)
        shape = "ja-mail-family-quoted-reply"
    elif r < 0.45:
        staff = Person(rng)
        staff2 = Person(rng)
        note = f"{P(staff2.sei)}さん\n\n下記、ご家族からの問い合わせです。{rng.choice(['対応をお願いします。', '折返しの電話をお願いできますか。', '書類の送付をお願いします。'])}\n{P(staff.sei)}"
        b = wrap_forward(rng, note, frm, to, subj, dt, body)
        dom = {"kenpo": "sakura-kenpo.or.jp", "deli": "sukoyaka-deli.co.jp", "chain": "hikari-seikotsu.jp"}[target]
        m = mail(rng, addr_of(P(staff.sp), f"{staff.sr.lower()}@{dom}"),
                 addr_of(P(staff2.sp), f"{staff2.sr.lower()}@{dom}"), "Fwd: " + subj, b, dt=dt, enc=enc)
        shape = "ja-mail-family-forwarded"
    else:
        m = mail(rng, frm, to, subj, with_footer(rng, body), dt=dt, enc=enc, tag_date=rng.random() < 0.3)
    return doc(m, shape, "mail", "eml" if rng.random() < 0.8 else "txt", enc=enc)


def b_ja_member_mail(rng):
    me = Person(rng, years=(1960, 1998))
    target = rng.choice(["kenpo", "kenpo", "deli", "chain"])
    s1 = ja_self_sentence(rng)
    s2 = ja_self_sentence(rng) if rng.random() < 0.35 else ""
    k, bno = kigo(rng), bango(rng)
    if target == "kenpo":
        to = f"{KENPO} <{M(rng.choice(KENPO_MAILS))}>"
        subj = rng.choice(["傷病手当金の申請について", "特定健診を受診できない件", "医療費通知について",
                           "療養費の照会への回答", "人間ドック補助の申込み"])
        what = rng.choice(["傷病手当金の申請をしたいと考えております", "今年度の特定健診は受診を見送らせてください",
                           "整骨院の施術内容についての照会にご回答します", "通院先の変更について相談させてください"])
        head = f"{KENPO} ご担当者様\n\n{rng.choice(['株式会社さくら精機 製造部', 'さくら精機 営業本部', 'さくら精機ロジスティクス'])}の{P(me.full)}です。\n"
        head += f"（{kigo_bango_mk(rng, k, bno, edaban(rng) if rng.random() < 0.3 else None)}）\n"
    elif target == "deli":
        to = f"{DELI} <{M(DELI_MAIL)}>"
        subj = rng.choice(["定期便の内容変更", "注文のキャンセル", "アレルギー対応について"])
        what = f"{L(rng.choice(DIET_MENUS), 'diet-menu')}の定期便に切り替えたいです"
        head = f"{DELI}御中\n\n会員の{P(me.full)}です。\n"
    else:
        to = f"{CHAIN} <{M(CHAIN_MAIL)}>"
        subj = rng.choice(["予約キャンセルのお願い", "施術回数について", "領収書の再発行"])
        what = "来週の予約をキャンセルさせてください"
        head = f"{CHAIN} ご担当者様\n\n{rng.choice(['いつも施術でお世話になっている', '先日初めて伺った'])}{P(me.full)}です。\n"
    body = head + f"{s1}{what}。\n"
    if s2:
        body += f"なお、{s2}ご配慮いただけると助かります。\n"
    if rng.random() < 0.3:
        body += f"念のため、生年月日は{B(fmt_dob(rng, me.dob))}です。\n"
    body += f"\nよろしくお願いいたします。\n\n{P(me.full)}\n{T(phone(rng))}\n"
    dt = rdate(rng)
    frm = addr_of(P(rng.choice([me.sp, me.full, me.ROMAN])), me.email)
    shape = "ja-mail-member"
    if rng.random() < 0.25:
        staff = Person(rng)
        rep = f"{P(me.sei)}様\n\nご連絡ありがとうございます。内容を承りました。\n"
        sig = kenpo_sig(rng, staff) if target == "kenpo" else (deli_sig(rng, staff) if target == "deli" else branch_sig(rng, staff))
        b = wrap_reply_ja(rng, me.sp, me.email, dt, body, rep, sig)
        m = mail(rng, to, frm, "Re: " + subj, b, dt=dt)
        shape = "ja-mail-member-quoted-reply"
    else:
        m = mail(rng, frm, to, subj, with_footer(rng, body), dt=dt, enc="cp932" if rng.random() < 0.15 else "utf-8")
    return doc(m, shape, "mail", "eml", enc="cp932" if "shift_jis" in m else "utf-8")


def third_party(rng):
    c = rng.randint(0, 2)
    if c == 0:
        return S("交通事故により頚椎捻挫を受傷")
    if c == 1:
        return S("路上で暴行を受け", "crime_victim") + S("右頬骨を骨折")
    return S("ひったくりに遭い", "crime_victim") + "転倒し" + S("左手首を受傷")


def b_ja_insurer_mail(rng):
    staff, other, member = Person(rng), Person(rng), Person(rng, years=(1955, 2000))
    k, bno = kigo(rng), bango(rng)
    d = rng.choice(JA_ILL + INJ)
    br = rng.choice(BRANCHES)
    kind = rng.randint(0, 3)
    mname = name_variant(rng, member)
    if kind == 0:
        subj = f"療養費支給申請に係る施術内容の照会（{P(member.sei)}様）"
        body = (f"{CHAIN} {br[0]}\n施術管理者 {P(other.sp)} 様\n\n{KENPO}の{P(staff.sei)}でございます。\n"
                f"貴院より提出のあった療養費支給申請書のうち、被保険者 {P(mname)} 様（{kigo_bango_mk(rng, k, bno)}）"
                f"の{S(d)}につき、施術期間が3か月を超えておりますので、施術継続の理由をご教示ください。\n"
                f"また、同氏は{S(rng.choice(JA_ILL) + 'にて他院通院中')}との申告があり、併療の有無もあわせてご確認をお願いします。\n")
        to = addr_of(P(other.sp), CHAIN_MAIL)
    elif kind == 1:
        subj = "第三者行為による傷病届の件"
        body = (f"損害保険ジャパネス株式会社\n保険金サービス課 {P(other.sei)} 様\n\n{KENPO}の{P(staff.sp)}です。\n"
                f"当組合被保険者 {P(mname)} 様が{third_party(rng)}"
                f"された件につき、第三者行為による傷病届を受理しました。\n事故発生日：{H(fmt_date(rng, rdate(rng)), 'accident-date')}\n"
                f"当組合の保険者番号は{HI(KENPO_NO)}です。求償の手続きについてご連絡いたします。\n")
        to = addr_of(P(other.sp), f"{other.sr.lower()}@japaness-sonpo.co.jp")
    elif kind == 2:
        subj = "【要確認】傷病手当金 受給者の状況（社内連絡）"
        body = (f"人事部 {P(other.sei)}さん\n\nお疲れさまです。健保の{P(staff.sei)}です。\n"
                f"{P(mname)}さん（社員番号{H(digits(rng, 6), 'employee-id')}）について、"
                f"{S(rng.choice(['うつ病による休職', '適応障害で休職', '乳がんの治療による休職', '脳梗塞後のリハビリ']))}"
                f"に伴う傷病手当金の支給が{H(fmt_date(rng, rdate(rng)), 'ordinary-date')}で満了します。\n"
                f"なお、今月の{L('傷病手当金受給者は全体で7名（うち精神疾患4名）', 'aggregate-statistics')}です。\n")
        to = addr_of(P(other.sp), f"{other.sr.lower()}.{other.mr.lower()}@sakura-seiki.co.jp")
    else:
        subj = "Re: 被扶養者認定の確認"
        body = (f"{P(mname)} 様\n\n{KENPO}の{P(staff.sei)}です。\nご提出の書類を確認いたしました。"
                f"ご母堂様は{S('身体障害者手帳1級', 'disability')}をお持ちとのことですので、"
                f"障害年金の受給額を確認できる書類を追加でご提出ください。\n"
                f"基礎年金番号（{E('PN', f'{rng.randint(1000, 9999)}-{rng.randint(0, 999999):06d}')}）の記載がある通知書の写しで結構です。\n")
        to = addr_of(P(member.sp), member.email)
    body += "\nよろしくお願いいたします。\n\n" + kenpo_sig(rng, staff)
    frm = addr_of(P(staff.sp), f"{staff.sr.lower()}@sakura-kenpo.or.jp")
    dt = rdate(rng)
    shape = "ja-mail-insurer"
    if rng.random() < 0.3:
        rep = f"{P(staff.sei)}様\n\nご照会の件、承知いたしました。{S('症状は改善傾向')}にありますが、あと2か月の施術を予定しております。\n"
        b = wrap_reply_ja(rng, staff.sp, f"{staff.sr.lower()}@sakura-kenpo.or.jp", dt, body, rep, f"{P(other.sp)}")
        m = mail(rng, to, frm, "Re: " + plain_subj(subj), b, dt=dt)
        shape = "ja-mail-insurer-quoted-reply"
    else:
        m = mail(rng, frm, to, subj, with_footer(rng, body), dt=dt)
    return doc(m, shape, "mail", "eml")


def plain_subj(s):
    return s  # subjects keep their markup


def en_sig_tpa(rng, staff, tpa):
    return (f"Kind regards,\n\n{P(staff.roman)}\nClaims Handler, Overseas Medical\n{tpa[0]}\n"
            f"Tel: {T(tpa[2])}\nEmail: {M(tpa[1])}\n")


def b_en_insurer_mail(rng):
    tpa = rng.choice(TPAS)
    staff = Person(rng)
    staff.mr, staff.sr = rng.choice(FOREIGN)[:2] if rng.random() < 0.6 else (staff.mr, staff.sr)
    member = Person(rng, years=(1950, 2000))
    d = rng.choice(EN_ILL)
    ref = rng.choice(["PM", "HC", "BL", "CL"]) + f"{rng.randint(0, 9999999):07d}"
    dt = rdate(rng)
    pp_label = rng.choice(["Passport No.", "Passport Number", "passport no", "PASSPORT#", "Passport"])
    hosp = rng.choice(OVERSEAS_HOSP)
    mname = rng.choice([member.title, member.roman, member.ROMAN])
    lines = [f"Dear {rng.choice(['Sir or Madam', 'colleagues at Sakura Seiki Health Insurance Society', 'Claims Team'])},",
             "",
             f"Re: Overseas medical expenses claim, our ref. {H(ref, 'claim-ref-passport-shape')}",
             "",
             f"We write on behalf of {P(mname)} ({pp_label} {PP(passport(rng))}), a member of your society, "
             f"regarding the claimant's {S('hospitalisation for ' + d)} at {hosp} from {en_date(dt)}.",
             ]
    if rng.random() < 0.6:
        lines.append(f"Date of birth: {B(fmt_dob(rng, member.dob, rng.choice([8, 9, 2])))}")
    lines += [
        f"The treating physician confirmed that the member {S(rng.choice(['underwent surgery for ', 'was admitted with ', 'required intensive care for ']) + rng.choice(EN_ILL))} "
        f"and {S(rng.choice(['has a history of ', 'is a known case of ']) + rng.choice(EN_ILL))}.",
        f"The invoice total is USD {H(f'{rng.randint(1, 90)},{rng.randint(0, 999):03d}.00', 'amount')}; the itemised bill and the medical report are attached.",
        "Please confirm whether the member's policy covers the stay, and send us the reimbursement form (Form K-7).",
        "",
        en_sig_tpa(rng, staff, tpa)]
    body = "\n".join(lines)
    frm = addr_of(P(staff.roman), tpa[1])
    to = f"{KENPO} <{M('overseas@sakura-kenpo.or.jp')}>"
    subj = f"Overseas claim {ref} - hospitalisation"
    shape = "en-mail-insurer"
    r = rng.random()
    if r < 0.35:
        jp = Person(rng)
        rep = (f"Dear {P(staff.roman)},\n\nThank you for your email. We have received the documents for "
               f"{P(member.roman)} and will process the claim within 30 days. Please send the passport copy "
               f"showing the travel dates.\n\nBest regards,\n{P(jp.roman)}\n{KENPO} / Sakura Seiki Health Insurance Society\n"
               f"Tel: {T('+81-3-5443-2210')}\n")
        b = rep + "\n" + f"On {mail_date(rng, dt)}, {P(staff.roman)} <{M(tpa[1])}> wrote:\n" + quote(body) + "\n"
        m = mail(rng, to, frm, "RE: " + "Overseas claim " + H(ref, "claim-ref-passport-shape") + " - hospitalisation", b, dt=dt)
        shape = "en-mail-insurer-quoted-reply"
        return doc(m, shape, "mail", "eml")
    if r < 0.5:
        jp = Person(rng)
        note = f"{P(jp.sei)}です。海外療養費の件、TPAから以下の連絡がありました。ご確認ください。"
        b = wrap_forward(rng, note, frm, to, subj, dt, body)
        m = mail(rng, addr_of(P(jp.sp), f"{jp.sr.lower()}@sakura-kenpo.or.jp"), f"<{M('kyufu@sakura-kenpo.or.jp')}>",
                 "Fwd: " + subj, b, dt=dt)
        return doc(m, "en-mail-insurer-forwarded", "mail", "eml")
    subj_mk = f"Overseas claim {H(ref, 'claim-ref-passport-shape')} - hospitalisation"
    m = mail(rng, frm, to, subj_mk, body, dt=dt, tag_date=rng.random() < 0.3)
    return doc(m, shape, "mail", "eml")


def b_en_patient_mail(rng):
    if rng.random() < 0.55:
        gn, sn, g = rng.choice(FOREIGN)
        me = Person(rng, gender=g)
        me.mr, me.sr = gn, sn
        me.email = f"{gn.split()[0].lower()}.{sn.lower().replace(chr(39), '')}@{rng.choice(MAIL_DOMAINS)}"
        nm = f"{gn} {sn}"
    else:
        me = Person(rng)
        nm = me.roman
    target = rng.choice(["kenpo", "deli", "chain"])
    s1 = en_self_sentence(rng)
    s2 = en_self_sentence(rng) if rng.random() < 0.4 else ""
    if target == "kenpo":
        to = f"{KENPO} <{M(rng.choice(KENPO_MAILS))}>"
        subj = rng.choice(["Question about sickness allowance", "Overseas medical expense refund",
                           "Health check-up this year", "Change of dependent"])
        ask = rng.choice(["could you tell me which documents I need for the sickness allowance?",
                          "I would like to claim the medical costs I paid abroad.",
                          "I would like to postpone my health check-up this year."])
        extra = ""
        if "abroad" in ask or rng.random() < 0.3:
            extra = f"My {rng.choice(['passport number is', 'Passport No. is', 'passport no.:'])} {PP(passport(rng))} and my insurance card number is {HI(kigo(rng))}-{HI(bango(rng))}.\n"
    elif target == "deli":
        to = f"{DELI} <{M(DELI_MAIL)}>"
        subj = rng.choice(["Meal plan change", "Order for my husband", "Question about halal meals"])
        ask = f"I would like to switch to the {L(rng.choice(['low-salt', 'diabetic', 'renal', 'low-carb', 'soft-food']) + ' meal plan', 'diet-menu')} from next week."
        extra = ""
    else:
        to = f"{CHAIN} <{M(CHAIN_MAIL)}>"
        subj = rng.choice(["Appointment", "Acupuncture booking", "Cancel my appointment"])
        ask = "could I book an acupuncture session on Saturday morning?"
        extra = ""
    body = (f"Hello,\n\nMy name is {P(nm)}" + rng.choice(["", f" (DOB {B(fmt_dob(rng, me.dob, rng.choice([8, 9, 1])))})"])
            + ".\n" + s1 + " " + ask[0].upper() + ask[1:] + "\n")
    if s2 and s2 != s1:
        body += "Also: " + s2 + "\n"
    body += extra
    body += f"\nThank you,\n{P(nm)}\n{T(phone(rng, 'mobile', rng.choice(['h', 'i', 'is', 'n'])))}\n"
    dt = rdate(rng)
    frm = addr_of(P(nm), me.email)
    shape = "en-mail-patient"
    if rng.random() < 0.3:
        staff = Person(rng)
        rep = f"Dear {P(nm)},\n\nThank you for contacting us. We have noted your request.\n\n{P(staff.roman)}\n"
        b = rep + f"\nOn {mail_date(rng, dt)}, {P(nm)} <{M(me.email)}> wrote:\n" + quote(body) + "\n"
        m = mail(rng, to, frm, "Re: " + subj, b, dt=dt)
        shape = "en-mail-patient-quoted-reply"
    else:
        m = mail(rng, frm, to, subj, body, dt=dt)
    return doc(m, shape, "mail", "eml" if rng.random() < 0.85 else "txt")


def b_notice_mail(rng):
    """Announcement / report mails from the society: look-alikes dominate, sender is a role address."""
    c = rng.randint(0, 3)
    frm = f"{KENPO} <{M(rng.choice(KENPO_MAILS))}>"
    to = f"<{M('all-members@sakura-seiki.co.jp')}>"
    if c == 0:
        subj = "【健保だより】9月号"
        body = (f"加入者の皆さまへ\n\n今月の健保だよりをお届けします。\n\n"
                f"■{L('糖尿病予防セミナー', 'event-seminar')}のご案内（10月12日 本社5階ホール）\n"
                f"■{L('令和5年度の医療費分析：生活習慣病（糖尿病・高血圧症・脂質異常症）の医療費が全体の24.1%', 'aggregate-statistics')}\n"
                f"■健康コラム「{L('秋は喘息が悪化しやすい季節', 'health-column')}」\n"
                f"■{L('インフルエンザ予防接種の費用補助', 'vaccination-notice')}について\n")
    elif c == 1:
        subj = "【重要】システムメンテナンスのお知らせ"
        body = (f"加入者各位\n\n{L('基幹システムの障害', 'system-failure')}により、{H(fmt_date(rng, rdate(rng)), 'ordinary-date')}の"
                f"医療費通知の発行が遅れております。\n{L('ネットワーク障害', 'system-failure')}は復旧済みです。\n")
    elif c == 2:
        subj = "特定保健指導 実施状況（月次）"
        n = rng.randint(800, 3000)
        body = (f"事業所担当者各位\n\n今月の実施状況をお知らせします。\n"
                f"・{L(f'特定保健指導の対象者 {n:,}名（うち積極的支援 {n // 3:,}名）', 'aggregate-statistics')}\n"
                f"・{L(f'HbA1c 6.5%以上（糖尿病型）の者 {rng.randint(50, 200)}名', 'aggregate-statistics')}\n"
                f"・{L(f'血圧 160/100以上の要受診者 {rng.uniform(2, 9):.1f}%', 'aggregate-statistics')}\n")
    else:
        subj = "メンタルヘルス研修のご案内"
        body = (f"管理職各位\n\n{L('メンタルヘルス不調者への対応', 'training-topic')}をテーマに研修を行います。\n"
                f"講座名：{L('ラインケア研修 〜うつ病の早期発見〜', 'event-seminar')}\n"
                f"{L('昨年度の休職者のうち精神疾患が占める割合は58%', 'aggregate-statistics')}でした。\n")
    return doc(mail(rng, frm, to, subj, body), "ja-mail-notice", "mail", "eml")


# ---------------- phone / order / message memos
def b_phone_memo(rng):
    clerk, caller = Person(rng), Person(rng, years=(1940, 1995))
    kind = rng.choice(["reception", "order", "message"])
    dt = rdate(rng)
    hm = f"{rng.randint(9, 17)}:{rng.randint(0, 59):02d}"
    if kind == "reception":
        rel, relself = rng.choice(FAMILY_REL + [("本人", "本人")] * 3)
        who = f"{P(name_variant(rng, caller))} 様" + ("" if relself == "本人" else f"（被保険者 {P(caller.sei + rng.choice(M_GIVEN)[0])} 様の{relself}）")
        notes = [ja_family_memo(rng, {"父": "お父様", "母": "お母様", "夫": "ご主人", "妻": "奥様"}.get(rel, rel)) if relself != "本人" else ja_self_sentence(rng).rstrip("、"),
                 rng.choice([f"ご本人{S('難聴', 'disability')}のためFAXで回答", f"{S('認知症あり', 'illness')}、家族経由で連絡",
                             f"{S('入院中', 'illness')}のため書類は妻が記入", "書類一式を郵送予定"])]
        m = (f"【電話受付メモ】\n受付：{H(fmt_date(rng, dt, 1), 'reception-date')} {hm}　受付者：{P(clerk.sei)}\n"
             f"発信者：{who}\n連絡先：{T(phone(rng))}\n")
        if rng.random() < 0.5:
            m += f"{kigo_bango_mk(rng, kigo(rng), bango(rng))}\n"
        m += f"用件：{rng.choice(['高額療養費の申請方法', '療養費の照会について', '限度額適用認定証', '傷病手当金の書類'])}\n"
        m += "内容：" + "。".join(notes) + "。\n"
        if rng.random() < 0.4:
            m += f"FAX：{T(phone(rng, 'land'))}\n"
        m += f"対応：{rng.choice(['折返し要（午後）', '書類郵送済み', '担当へ引継ぎ', '完了'])}\n"
        shape = "phone-memo-reception"
    elif kind == "order":
        menu = rng.choice(DIET_MENUS)
        zp, ad = address(rng)
        note = rng.choice([f"{S('糖尿病あり')}、カロリー1600以内希望", f"{S('腎臓悪く')}塩分控えめ",
                           f"{S('透析中')}のためカリウム・リン制限", f"{S('嚥下困難', 'disability')}、刻み食で",
                           f"{S('イスラム教', 'creed')}のため豚肉NG", f"{S('高血圧で服薬中')}、塩分6g未満",
                           f"{S('脳梗塞の後遺症で右手が不自由', 'disability')}、開けやすい容器で",
                           f"{S('ご主人が認知症')}、受取は奥様"])
        note2 = rng.choice(["", f"。{S('甲殻類アレルギー')}", "。置き配不可", "。インターホン故障中、ノックで"])
        m = (f"注文メモ　{H(fmt_date(rng, dt, 4), 'order-date')} {hm}　受：{P(clerk.sei)}\n"
             f"お客様：{P(name_variant(rng, caller))} 様（会員No.{H(digits(rng, 6), 'member-id')}）\n"
             f"TEL {T(phone(rng))}\nお届け先：{zip_mk(rng, zp)} {A(ad)}\n"
             f"コース：{L(menu, 'diet-menu')} {rng.choice(['5日', '7日', '14日'])}分×{rng.randint(1, 3)}\n"
             f"備考：{note}{note2}\n初回配送：{H(fmt_date(rng, rdate(rng), 4), 'delivery-date')}\n")
        if rng.random() < 0.25:
            m += f"支払：カード（{E('CC', card(rng))}）\n"
        shape = "phone-memo-order"
    else:
        staff2 = Person(rng)
        m = (f"伝言メモ\n{P(staff2.sei)}さんへ　{dt[1]}/{dt[2]} {hm}\n"
             f"{rng.choice([CHAIN + ' ' + rng.choice(BRANCHES)[0], '港北中央病院 医療相談室', DELI])}の{P(caller.sei)}様より電話。\n"
             f"{P(name_variant(rng, Person(rng)))}様の件。"
             + rng.choice([f"{S(rng.choice(INJ))}で施術継続中、照会書の期限延長の希望",
                           f"{S(rng.choice(JA_ILL) + 'で入院')}中、退院日未定",
                           f"{S('透析開始')}に伴い特定疾病療養受療証が必要とのこと",
                           f"{S('がん治療中')}、限度額認定証を急ぎで"])
             + f"。\n{rng.choice(['書類の送付先を確認したいとのこと', '本日中に折返し希望', '担当者不在の旨伝えてあります'])}。\n折返し：{T(phone(rng, 'land'))}（{rng.choice(['内線', 'ext.'])}{H(str(rng.randint(100, 999)), 'extension')}）\n受：{P(clerk.sei)}\n")
        shape = "phone-memo-message"
    return doc(m, shape, "memos", "txt", enc="cp932" if rng.random() < 0.3 else "utf-8", crlf=rng.random() < 0.3)


# ---------------- referral letters and claim documents
def b_referral(rng):
    pat, doc_from, doc_to = Person(rng, years=(1940, 2005)), Person(rng), Person(rng)
    br = rng.choice(BRANCHES)
    hosp = rng.choice(HOSPITALS)
    dt = rdate(rng)
    zp, ad = address(rng)
    title = rng.choice(["診療情報提供書", "紹介状", "診療情報提供書（対診依頼）"])
    dx = rng.choice(JA_ILL + INJ)
    hedge = rng.random() < 0.4
    dx_mk = S(dx + "の疑い") if hedge else S(dx)
    pasts = rng.sample(JA_ILL, rng.randint(1, 3))
    past_mk = "、".join(S(p + rng.choice(["", "（内服治療中）", f"（{rng.randint(1995, 2020)}年）", "（経過観察）"])) for p in pasts)
    if rng.random() < 0.15:
        past_mk = L("特記すべき既往歴なし", "negated-condition")
    hpi = (f"{H(fmt_date(rng, rdate(rng), 0), 'onset-date')}頃より{S(rng.choice(['腰痛', '右膝の痛み', '頚部痛', '左肩の痛み', '右下肢のしびれ', '頭痛とめまい']))}が出現。"
           f"{rng.choice(['当院にて施術を行うも', '保存療法を続けたが', '投薬にて経過をみたが'])}"
           f"{S(rng.choice(['症状の改善が乏しく', '夜間痛が増悪し', 'しびれが拡大し', '歩行困難となり']))}、精査加療をお願いしたく紹介いたします。")
    sender_is_chain = rng.random() < 0.5
    if sender_is_chain:
        frm = f"{CHAIN} {br[0]}\n柔道整復師 {P(doc_from.wsp)}\n〒{Z(br[1])} {A(br[2])}\nTEL {T(br[3])}"
        to = f"{hosp}\n{rng.choice(['整形外科', '脳神経外科', '内科'])} {P(doc_to.sei)} 先生 御侍史"
    else:
        frm = f"{hosp}\n{rng.choice(['内科', '整形外科', '神経内科'])} 医師 {P(doc_from.wsp)}\nTEL {T(phone(rng, 'land'))}"
        to = f"{CHAIN} {br[0]}\n{P(doc_to.sei)} 先生"
    m = (f"{title}\n\n{' ' * 30}{fmt_date(rng, dt, 0)}\n\n{to}\n\n{frm}\n\n"
         f"患者氏名：{P(pat.wsp)}（{P(rng.choice([pat.kana, pat.hira]))}）様　{'男' if pat.gender == 'M' else '女'}\n"
         f"生年月日：{B(fmt_dob(rng, pat.dob))}\n住所：{zip_mk(rng, zp)} {A(ad)}\n"
         + (f"電話：{T(phone(rng))}\n" if rng.random() < 0.5 else "")
         + f"\n傷病名：{dx_mk}\n紹介目的：{rng.choice(['精査・加療のお願い', '画像診断のお願い', '同意書作成のお願い', '今後の施術方針についてのご意見'])}\n"
         f"既往歴：{past_mk}\n現病歴：{hpi}\n"
         + (f"家族歴：{S('父 ' + rng.choice(['糖尿病', '高血圧症', '胃がん']))}\n" if rng.random() < 0.4 else "")
         + f"現在の処方：{S(rng.choice(['アムロジピン5mg 1錠', 'メトホルミン500mg 2錠', 'ロキソプロフェン 頓用', 'なし']) + ' 服用中')}\n"
         + "\n以上、ご高診のほどよろしくお願い申し上げます。\n")
    return doc(m, "referral-letter", "claims", "txt", enc="cp932" if rng.random() < 0.3 else "utf-8")


def b_treatment_report(rng):
    pat, th = Person(rng, years=(1945, 2010)), Person(rng)
    br = rng.choice(BRANCHES)
    injs = rng.sample(INJ, rng.randint(1, 3))
    k, bno = kigo(rng), bango(rng)
    m = f"施術報告書\n\n{KENPO} 御中\n\n"
    m += f"被保険者 {kigo_bango_mk(rng, k, bno, edaban(rng))}\n保険者番号 {HI(KENPO_NO)}\n"
    m += f"受療者氏名：{P(pat.wsp)}　生年月日：{B(fmt_dob(rng, pat.dob))}\n\n"
    for i, inj in enumerate(injs, 1):
        m += f"負傷名{i}：{S(inj)}　負傷日 {H(fmt_date(rng, rdate(rng), 1), 'injury-date')}　初検日 {H(fmt_date(rng, rdate(rng), 1), 'first-visit-date')}\n"
    m += (f"負傷原因：{S(rng.choice(['自宅の階段で足を踏み外し受傷', 'ゴルフのスイング中に受傷', '重い荷物を持ち上げた際に受傷', '子供を抱き上げた際に受傷']))}\n"
          f"施術経過：{S(rng.choice(['疼痛は軽減傾向', '可動域の制限が残存', '腫脹は消失したが運動時痛あり']))}。"
          f"{rng.choice(['週2回の施術を継続', '来月で施術終了予定', '医師の同意を得て継続'])}。\n"
          f"施術日数：{rng.randint(3, 15)}日　請求金額：{H(f'{rng.randint(3, 40)},{rng.randint(0, 999):03d}円', 'amount')}\n\n"
          f"{CHAIN} {br[0]}\n施術管理者 柔道整復師 {P(th.sp)}\n〒{Z(br[1])} {A(br[2])}　TEL {T(br[3])}\n"
          f"受領委任 登録記号番号 {H('契' + str(rng.randint(1000000, 9999999)), 'registration-number')}\n")
    return doc(m, "treatment-report", "claims", "txt")


def b_claim_notes(rng):
    pat, reviewer = Person(rng, years=(1945, 2010)), Person(rng)
    k, bno = kigo(rng), bango(rng)
    inj = rng.sample(INJ, 2)
    m = (f"療養費支給申請書（柔道整復）審査メモ\n審査者：{P(reviewer.sei)}　審査日：{H(fmt_date(rng, rdate(rng), 1), 'review-date')}\n"
         f"申請番号：{H(digits(rng, 8), 'claim-id')}\n"
         f"被保険者：{P(pat.full)}（{kigo_bango_mk(rng, k, bno)}）\n"
         f"負傷名：①{S(inj[0])} ②{S(inj[1])}\n"
         f"点検結果：{rng.choice(['部位転がしの疑いなし', '長期施術のため照会', '負傷原因の記載不備'])}\n"
         f"照会回答（本人）：「{S(rng.choice(['腰が痛くて', '首の痛みが続いて', '膝の痛みで']) + '通っています')}。"
         + rng.choice([f"{S('持病の' + rng.choice(JA_ILL))}もあります", "仕事中のけがではありません",
                       f"{S('以前から' + rng.choice(['坐骨神経痛', '頚椎症', '変形性膝関節症']) + 'がある')}と言われています"])
         + "」\n"
         f"振込先口座：{rng.choice(['みずほ銀行', 'ゆうちょ銀行', '横浜銀行', '三井住友銀行'])} "
         f"{rng.choice(['本店', '川崎支店', '蒲田支店'])} 普通 {E('BA', f'{rng.randint(0, 9999999):07d}')}\n")
    return doc(m, "claim-review-notes", "claims", "txt")


def b_dx_list(rng):
    pat = Person(rng, years=(1940, 1990))
    k, bno = kigo(rng), bango(rng)
    n = rng.randint(3, 7)
    m = f"傷病名一覧\n対象者：{P(pat.full)} 様（{kigo_bango_mk(rng, k, bno)}）\n生年月日：{B(fmt_dob(rng, pat.dob))}\n\n"
    for i, d in enumerate(rng.sample(JA_ILL, n), 1):
        st = rng.choice(["継続", "治癒", "中止", "継続"])
        m += f"{i}. {S(d + rng.choice(['', '（主）', '', '（疑い）']))}　開始日 {H(fmt_date(rng, rdate(rng, 2010, 2024), 1), 'onset-date')}　転帰：{st}\n"
    if rng.random() < 0.5:
        m += f"\n備考：{S('身体障害者手帳 ' + rng.choice(['1級（じん臓機能障害）', '3級（肢体不自由）', '4級（聴覚障害）']), 'disability')}\n"
    return doc(m, "diagnosis-list", "claims", "txt")


def b_history(rng):
    pat = Person(rng, years=(1940, 1995))
    c = rng.randint(0, 2)
    if c == 0:
        m = (f"【既往歴】（{rng.choice(['初診時聴取', '本人記入', '家族より聴取'])}）\n{P(pat.sp)}様　記入日 {H(fmt_date(rng, rdate(rng), 1), 'form-date')}\n・{S(rng.choice(['小児喘息（10歳頃まで）', '虫垂炎手術（20歳）', '帝王切開（2012年）']))}\n"
             f"・{S(rng.choice(JA_ILL) + '（' + str(rng.randint(2000, 2022)) + '年〜、内服中）')}\n"
             f"・{S(rng.choice(JA_ILL) + 'で入院歴あり')}\n"
             f"・アレルギー：{rng.choice([S('ペニシリン'), S('そば'), L('なし（本人申告）', 'negated-condition')])}\n")
    elif c == 1:
        m = (f"現病歴\n患者 {P(pat.full)}（{B(fmt_dob(rng, pat.dob))}生）\n"
             f"{H(fmt_date(rng, rdate(rng), 0), 'onset-date')}、{S(rng.choice(['仕事中に急な腰痛を自覚', '起床時に頚部痛を自覚', '転倒し右手首を強打']))}。"
             f"近医整形外科で{S(rng.choice(['腰椎椎間板ヘルニア', '頚椎症', '右橈骨遠位端骨折']) + 'と診断')}され、"
             f"{S(rng.choice(['保存療法', '手術', '装具療法']) + 'を受けた')}。その後も{S(rng.choice(['痛みが残存', '可動域制限が残存', 'しびれが残存']))}するため当院受診。\n"
             f"なお、{S('2型糖尿病で内服加療中')}、{S('HbA1c 7.8%')}。\n")
    else:
        m = (f"相談記録\n相談者：{P(pat.full)} 様（被保険者）\n相談内容：\n"
             f"{S(rng.choice(JA_ILL) + 'で長期療養中')}。{rng.choice(['医療費の負担が大きく', '仕事に復帰できず', '通院の交通費がかさみ'])}、"
             f"利用できる制度を知りたい。{S(rng.choice(['障害年金を受給中', '精神障害者保健福祉手帳を申請中', '生活保護の申請も検討']), rng.choice(['disability', 'social_status']))}。\n"
             f"対応：高額療養費制度と付加給付について説明。\n")
    return doc(m, "medical-history", "claims", "txt")


# ---------------- intake forms
def intake_items(rng, p, form):
    zp, ad = address(rng)
    items = [("氏名", P(name_variant(rng, p))), ("フリガナ", P(rng.choice([p.kana, p.kana.replace(" ", "")]))),
             ("生年月日", B(fmt_dob(rng, p.dob))), ("性別", "男" if p.gender == "M" else "女"),
             ("郵便番号", zip_mk(rng, zp)), ("住所", A(ad)),
             (rng.choice(["電話番号", "携帯電話", "連絡先TEL"]), T(phone(rng)))]
    if form == "chain":
        items += [(rng.choice(["保険者番号", "保険者No."]), HI(insurer_no(rng))), ("記号", HI(kigo(rng))),
                  ("番号", HI(bango(rng))),
                  ("どこが痛みますか", S(rng.choice(['腰', '首から肩', '右膝', '左足首', '背中']) + rng.choice(['が痛い', 'の痛み', 'がしびれる']))),
                  ("いつから", rng.choice(["3日前", "先週", "1か月前", "昨日"])),
                  ("原因", rng.choice(["階段で転んだ", "重い物を持った", "スポーツ中", "不明"]))]
    elif form == "deli":
        items += [("ご希望のコース", L(rng.choice(DIET_MENUS), "diet-menu")),
                  ("食事制限の理由", S(rng.choice(["腎臓病で医師から塩分制限", "糖尿病のためカロリー制限", "透析中のためカリウム制限", "高血圧で減塩指導"]))),
                  ("食物アレルギー", rng.choice([S("えび・かに"), S("卵"), "なし"]))]
    else:
        items += [("保険証の記号・番号", HI(kigo(rng) + "-" + bango(rng))),
                  ("喫煙", rng.choice(["吸う（1日10本）", "吸わない", "やめた"])),
                  ("血圧の薬", rng.choice([S("服用している（アムロジピン）"), "服用していない"]))]
    items += [("既往歴", rng.choice([S(rng.choice(JA_ILL)) + "、" + S(rng.choice(JA_ILL) + "（治療中）"), S(rng.choice(JA_ILL) + "で通院中"), "特になし"])),
              ("現在治療中の病気", rng.choice([S(rng.choice(JA_ILL)), "なし", S(rng.choice(JA_ILL) + "（" + rng.choice(HOSPITALS) + "）")])),
              ("記入日", H(fmt_date(rng, rdate(rng), rng.choice([0, 1, 3])), "form-date"))]
    return items


def b_intake(rng, layout):
    p = Person(rng, years=(1940, 2012))
    form = rng.choice(["chain", "deli", "kenpo"])
    title = {"chain": f"{CHAIN} 問診票", "deli": f"{DELI} お食事アンケート（健康状態）",
             "kenpo": f"{KENPO} 特定保健指導 事前問診票"}[form]
    items = intake_items(rng, p, form)
    q = L(rng.choice(["現在治療中の病気はありますか", "これまでにかかった病気を記入してください",
                      "糖尿病・高血圧と言われたことはありますか", "障害者手帳をお持ちですか"]), "blank-form-question")
    m = title + "\n\n"
    if layout == "same-line":
        m += "\n".join(f"{k}：{v}" for k, v in items) + "\n"
    elif layout == "label-below":
        m += "\n".join(f"■{k}\n{v}\n" for k, v in items)
    elif layout == "brackets":
        m += "\n".join(rng.choice([f"{k}【 {v} 】", f"{k}（ {v} ）", f"{k}［{v}］"]) for k, v in items) + "\n"
    elif layout == "md-table":
        m += "| 項目 | 記入欄 |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in items) + "\n"
    elif layout == "ascii-table":
        line = "+" + "-" * 18 + "+" + "-" * 44 + "+"
        m += line + "\n" + "\n".join(f"| {k}{'　' * max(0, 8 - len(k))}| {v} |\n{line}" for k, v in items) + "\n"
    elif layout == "two-column":
        for i in range(0, len(items), 2):
            pair = items[i:i + 2]
            m += "　　".join(f"{k}：{v}" for k, v in pair) + "\n"
    elif layout == "tickbox":
        m += "\n".join(f"{k}：{v}" for k, v in items[:7]) + "\n\n"
        m += f"{q}（該当するものに✓）\n"
        opts = rng.sample(["糖尿病", "高血圧", "心臓病", "脳卒中", "腎臓病", "喘息", "がん", "肝臓病", "うつ病", "骨粗しょう症"], 7)
        ticked = set(rng.sample(opts, rng.randint(1, 3)))
        m += "　".join(("☑" + S(o)) if o in ticked else ("□" + L(o, "unticked-option")) for o in opts) + "\n"
        m += f"障害者手帳：{rng.choice(['☑あり（' + S('身体2級', 'disability') + '）　□なし', '□あり　☑なし'])}\n"
        m += f"記入日：{H(fmt_date(rng, rdate(rng), 1), 'form-date')}\n"
    else:  # margin-note
        m += "\n".join(f"{k}：{v}" for k, v in items[:8]) + "\n\n"
        m += f"{q}\n（空欄）\n\n"
        m += (f"※受付メモ（{P(Person(rng).sei)}）：本人談 "
              + rng.choice([f"{S('3年前に脳梗塞')}、{S('左手に軽い麻痺あり', 'disability')}",
                            f"{S('ペースメーカー装着')}、電気治療不可",
                            f"{S('妊娠中（5か月）', 'other')}、うつ伏せ不可",
                            f"{S('人工股関節置換術後')}",
                            f"{S('抗凝固薬服用中')}、鍼は要注意",
                            f"{S('視覚障害あり', 'disability')}、問診は口頭で代筆"]) + "\n")
    if layout not in ("tickbox", "margin-note") and rng.random() < 0.5:
        m += f"\n{q}\n→ " + rng.choice([S(rng.choice(JA_ILL)), L("いいえ（該当なし）", "negated-condition")]) + "\n"
    shape = "intake-" + layout
    ext = "md" if layout == "md-table" else "txt"
    return doc(m, shape, "forms", ext, enc="cp932" if rng.random() < 0.2 else "utf-8")


# ---------------- chats
FAM_SPK = ["妻", "夫", "長男", "長女", "次男", "母", "父", "義母", "姉", "弟"]


def b_chat(rng):
    style = rng.choice(["family-bracket", "family-line-tsv", "named-bracket", "named-after", "support"])
    fam = Person(rng, years=(1935, 1960))
    pat_ref = rng.choice(["お父さん", "母さん", "おばあちゃん", "親父", "お義母さん"])
    msgs = [
        f"{pat_ref}、{S(rng.choice(['透析', 'リハビリ', '抗がん剤の点滴']))}来週から火曜と金曜になったって",
        f"病院で{S(rng.choice(JA_ILL) + 'って言われた')}らしい",
        f"{S('認知症の薬')}、ちゃんと飲んでるか確認して",
        f"健保から高額療養費の書類が届いてた。記号と番号は{HI(kigo(rng))}の{HI(bango(rng))}",
        f"お弁当は{L(rng.choice(DIET_MENUS), 'diet-menu')}のコースにしといた",
        "了解、土曜に実家行く",
        f"{S('血圧がまた上がってる')}みたい",
        "整骨院の予約、10時で取れたよ",
        f"{S('足の骨折')}のあとだから、車椅子借りたほうがいいかも",
        "ありがとう、助かる",
        f"{P(fam.mei)}さん（ケアマネ）の電話は{T(phone(rng, 'mobile'))}",
        f"{S('腰の手術')}は来月の{H(fmt_date(rng, rdate(rng), 4), 'ordinary-date')}に決まった",
        "ワンちゃんの具合はどう？" + L("犬の皮膚病", "pet-illness") + "治った？",
        f"MRIの結果、{S('脳梗塞の跡がある')}って",
        f"{pat_ref}の{S('糖尿病')}、インスリン始めるかもって先生が",
        "明日の面会、何時に行く？",
        f"{S('透析の日')}は疲れてるから電話は夕方以降にしてあげて",
        f"施設の人から、{S('夜中に徘徊があった')}って連絡きた",
        "限度額の認定証、健保に申請しといたよ",
        f"{S('入院')}は2週間くらいの予定だって",
        f"宅配のお弁当、{L('減塩食', 'diet-menu')}でも味は悪くないって言ってた",
        "会社の" + L("システム障害", "system-failure") + "で今日は遅くなる",
        f"{S('杖なしだと歩けない', 'disability')}から、段差に気をつけて",
        "保険証のコピー送って。写真でいい",
        f"{pat_ref}の住所、書類には{A(address(rng)[1])}で書いといて",
    ]
    rng.shuffle(msgs)
    msgs = msgs[:rng.randint(7, 14)]
    if style.startswith("family"):
        spk = rng.sample(FAM_SPK, 3)
        spk_mk = [s for s in spk]
        if rng.random() < 0.5:
            named = Person(rng)
            spk_mk[2] = P(named.mei if rng.random() < 0.5 else named.sp)
    elif style == "support":
        op, cu = Person(rng), Person(rng)
        opn, cun = f"オペレーター（{P(op.sei)}）", P(rng.choice([cu.sp, cu.sei]))
        conv = [(opn, f"お問い合わせありがとうございます。{DELI}の{P(op.sei)}です。"),
                (cun, f"夫が{S(rng.choice(['糖尿病', '慢性腎臓病', '心不全']) + 'で食事制限')}があるのですが、{L(rng.choice(DIET_MENUS), 'diet-menu')}は対応していますか"),
                (opn, "はい、管理栄養士監修のメニューがございます。"),
                (cun, f"それと私は{S('乳製品アレルギー')}なので別メニューにできますか"),
                (opn, "承知しました。会員番号をお願いいたします。"),
                (cun, f"{H(digits(rng, 7), 'member-id')}です"),
                (opn, "ご登録のお電話番号もお願いします。"),
                (cun, f"{T(phone(rng))}です"),
                (opn, f"確認できました。{P(cu.sei)}様、次回配送分から切り替えます。")]
        spk_mk = None
    else:
        ppl = [Person(rng) for _ in range(3)]
        spk_mk = [P(x.sei) if rng.random() < 0.6 else P(x.sp) for x in ppl]
    if style == "support":
        msgs = conv
    dt = rdate(rng)
    lines = []
    if style == "family-line-tsv":
        lines.append(f"[LINE] 家族グループのトーク履歴\n保存日時：{H(fmt_date(rng, dt, 1), 'export-date')} 21:03\n\n{dt[0]}/{dt[1]:02d}/{dt[2]:02d}({jwd(dt)})")
    h, mi = rng.randint(8, 20), rng.randint(0, 40)
    for i, msg in enumerate(msgs):
        if style == "support":
            s, msg = msg
        else:
            s = rng.choice(spk_mk)
        mi += rng.randint(0, 3)
        ts = f"{h}:{mi % 60:02d}"
        if style in ("family-bracket", "named-bracket", "support"):
            lines.append(f"[{ts}] {s}: {msg}")
        elif style == "family-line-tsv":
            lines.append(f"{ts}\t{s}\t{msg}")
        else:
            lines.append(f"{s} {ts}\n{msg}\n")
    return doc("\n".join(lines) + "\n", "chat-" + style, "chats", "txt")


# ---------------- tables
def csv_cell(mk, sep=","):
    t = plain(mk)
    if sep in t or '"' in t or "\n" in t:
        return '"' + mk.replace('"', '""') + '"'
    return mk


def table(rows, sep=","):
    return "\n".join(sep.join(csv_cell(c, sep) for c in r) for r in rows) + "\n"


APPT_ID_H = ["予約ID", "予約番号", "appt_no", "受付番号", "reservation_id", "予約No", "予約コード"]
INS_H = ["保険者番号", "保険者No", "insurer_no", "hokensha_no", "保険者ＮＯ", "保険者番号(8桁)", "保険者"]
KIGO_H = ["記号", "被保険者証記号", "hoken_kigo", "証記号", "保険証記号", "kigo", "被保険者記号"]
BANGO_H = ["番号", "被保険者証番号", "hoken_bango", "証番号", "保険証番号", "bango", "被保険者番号"]
KB_H = ["記号番号", "記号・番号", "保険証番号", "被保険者証記号番号", "kigo_bango"]
EDA_H = ["枝番", "eda", "枝番号", "edaban"]
MEMOS = [lambda r: S("糖尿病あり") + "、施術注意", lambda r: S("ペースメーカー") + "・電療不可",
         lambda r: "初診", lambda r: "", lambda r: S("妊娠中", "other"), lambda r: S("骨粗しょう症") + "あり、強刺激不可",
         lambda r: "回数券利用", lambda r: S("高血圧（服薬中）"), lambda r: "駐車場利用", lambda r: "",
         lambda r: S("車椅子で来院", "disability")]


def b_appt_csv(rng):
    sep = "\t" if rng.random() < 0.2 else ","
    combined = rng.random() < 0.3
    split_zip = rng.random() < 0.35
    cols = [("id", rng.choice(APPT_ID_H)), ("date", rng.choice(["予約日", "来院日", "date"])),
            ("name", rng.choice(["患者氏名", "氏名", "name"])), ("kana", rng.choice(["フリガナ", "カナ", "ｶﾅ氏名"]))]
    if rng.random() < 0.6:
        cols.append(("dob", rng.choice(["生年月日", "誕生日", "birthday", "DOB"])))
    cols.append(("ins", rng.choice(INS_H)))
    if combined:
        cols.append(("kb", rng.choice(KB_H)))
    else:
        cols += [("kigo", rng.choice(KIGO_H)), ("bango", rng.choice(BANGO_H))]
    if rng.random() < 0.6:
        cols.append(("eda", rng.choice(EDA_H)))
    if rng.random() < 0.5:
        cols.append(("rcpt", rng.choice(["レセプト番号", "受付No", "receipt_no", "伝票番号"])))
    if rng.random() < 0.4:
        cols.append(("chart", rng.choice(["カルテ番号", "患者ID", "診察券番号"])))
    cols.append(("tel", rng.choice(["電話番号", "TEL", "携帯", "phone"])))
    if split_zip:
        cols += [("z1", rng.choice(["郵便番号1", "〒上3桁", "zip1"])), ("z2", rng.choice(["郵便番号2", "〒下4桁", "zip2"]))]
    else:
        cols.append(("zip", rng.choice(["郵便番号", "〒", "zip"])))
    cols += [("addr", rng.choice(["住所", "address"])), ("memo", rng.choice(["メモ", "備考", "notes", "申し送り"]))]
    rows = [[h for _, h in cols]]
    ins_one = insurer_no(rng)
    for _ in range(rng.randint(8, 22)):
        p = Person(rng, years=(1940, 2012))
        zp, ad = address(rng)
        row = []
        ins = ins_one if rng.random() < 0.4 else insurer_no(rng)
        for key, _h in cols:
            if key == "id":
                row.append(H(digits(rng, len(ins)) if rng.random() < 0.7 else f"{rng.randint(24, 25)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1, 99):02d}", "appointment-id"))
            elif key == "date":
                row.append(H(fmt_date(rng, rdate(rng), rng.choice([1, 2])), "appointment-date"))
            elif key == "name":
                row.append(P(name_variant(rng, p)))
            elif key == "kana":
                row.append(P(p.kana))
            elif key == "dob":
                row.append(B(fmt_dob(rng, p.dob, rng.choice([1, 2, 4, 5, 6, 3, 10]))))
            elif key == "ins":
                row.append(HI(ins))
            elif key == "kb":
                row.append(HI(kigo(rng) + rng.choice(["-", "・", " "]) + bango(rng)))
            elif key == "kigo":
                row.append(HI(kigo(rng)))
            elif key == "bango":
                row.append(HI(bango(rng)))
            elif key == "eda":
                row.append(HI(edaban(rng), "枝番"))
            elif key == "rcpt":
                row.append(H(digits(rng, 7), "receipt-no"))
            elif key == "chart":
                row.append(H(digits(rng, 6), "chart-number"))
            elif key == "tel":
                row.append(T(phone(rng, style=rng.choice(["h", "h", "n"]))))
            elif key == "zip":
                zs = rng.choice([zp, zp.replace("-", ""), fw(zp)])
                row.append(Z(zs))
            elif key == "z1":
                row.append(Z(zp[:3], "split 3+4"))
            elif key == "z2":
                row.append(Z(zp[4:], "split 3+4"))
            elif key == "addr":
                row.append(A(ad))
            elif key == "memo":
                row.append(rng.choice(MEMOS)(rng))
        rows.append(row)
    shape = "csv-appointments" + ("-combined-kigo-bango" if combined else "") + ("-split-zip" if split_zip else "")
    return doc(table(rows, sep), shape, "tables", "tsv" if sep == "\t" else "csv",
               enc=rng.choice(["utf-8", "utf-8-sig", "cp932"]), crlf=rng.random() < 0.5)


def b_claims_csv(rng):
    h = ["請求ID", "受付日", "施術機関", rng.choice(INS_H), rng.choice(KIGO_H), rng.choice(BANGO_H), rng.choice(EDA_H),
         "受療者氏名", "続柄", rng.choice(["負傷名", "傷病名", "病名"]), "施術日数", "請求額", "審査結果"]
    rows = [h]
    for _ in range(rng.randint(8, 20)):
        p = Person(rng)
        rows.append([H(digits(rng, 8), "claim-id"), H(fmt_date(rng, rdate(rng), 1), "reception-date"),
                     CHAIN + " " + rng.choice(BRANCHES)[0], HI(KENPO_NO), HI(kigo(rng)), HI(bango(rng)),
                     HI(edaban(rng), "枝番"), P(p.full), rng.choice(["本人", "家族", "配偶者", "子"]),
                     S(rng.choice(INJ)) + (("、" + S(rng.choice(INJ))) if rng.random() < 0.3 else ""),
                     str(rng.randint(1, 15)), H(str(rng.randint(1500, 45000)), "amount"),
                     rng.choice(["支給", "返戻", "照会中", "支給"])])
    return doc(table(rows), "csv-claims", "tables", "csv", enc=rng.choice(["utf-8", "utf-8-sig", "cp932"]))


def b_meal_csv(rng):
    split = rng.random() < 0.4
    h = ["会員番号", "氏名", "フリガナ", "電話"]
    h += ["郵便番号(前3桁)", "郵便番号(後4桁)"] if split else [rng.choice(["郵便番号", "〒", "送付先郵便番号"])]
    h += ["住所", "コース", rng.choice(["食事制限メモ", "備考", "特記事項"]), "次回発送日", "送り状番号"]
    rows = [h]
    for _ in range(rng.randint(8, 20)):
        p = Person(rng, years=(1935, 1990))
        zp, ad = address(rng)
        r = [H(digits(rng, 7), "member-id"), P(p.full), P(p.kana), T(phone(rng))]
        r += [Z(zp[:3], "split 3+4"), Z(zp[4:], "split 3+4")] if split else [Z(rng.choice([fw(zp), zp, zp.replace("-", "")]))]
        r += [A(ad), L(rng.choice(DIET_MENUS), "diet-menu"),
              rng.choice([S("腎臓病のためカリウム制限"), S("イスラム教のため豚肉不可", "creed"), S("糖尿病 1日1600kcal"),
                          "", "玄関前に置き配", S("嚥下障害あり", "disability"), S("透析中") + "、水分控えめ",
                          S("ヒンドゥー教のため牛肉不可", "creed"), S("ご本人認知症") + "、娘様に連絡"]),
              H(fmt_date(rng, rdate(rng), 1), "shipping-date"), H(bad_12(rng), "tracking-number")]
        rows.append(r)
    return doc(table(rows), "csv-meal-customers" + ("-split-zip" if split else ""), "tables", "csv",
               enc=rng.choice(["utf-8", "utf-8-sig", "cp932"]), crlf=rng.random() < 0.5)


def b_passport_form(rng):
    p = Person(rng, years=(1950, 2000))
    zp, ad = address(rng)
    lab = rng.choice(["旅券番号", "Passport No.", "パスポート番号", "パスポート", "旅券No.", "PASSPORT NO"])
    above = rng.random() < 0.4
    ppv = PP(passport(rng))
    m = (f"海外療養費 支給申請 受付チェックシート\n\n受付日：{H(fmt_date(rng, rdate(rng), 1), 'reception-date')}\n"
         f"申請者氏名：{P(p.wsp)}（{P(p.ROMAN)}）\n{kigo_bango_mk(rng, kigo(rng), bango(rng))}\n"
         f"生年月日：{B(fmt_dob(rng, p.dob))}\n住所：{zip_mk(rng, zp)} {A(ad)}\n"
         + (f"{lab}\n{ppv}\n" if above else f"{lab}：{ppv}\n")
         + f"渡航先：{rng.choice(['米国ハワイ州', 'シンガポール', 'タイ', '英国', 'オーストラリア', 'カナダ'])}　"
         + "渡航期間：{}〜{}\n".format(*[H(fmt_date(rng, x, 1), 'travel-date') for x in sorted([rdate(rng), rdate(rng)])])
         + f"受診内容：{S(rng.choice(['急性胃腸炎で外来受診', '肺炎で入院（5日間）', '転倒による右手首骨折', 'デング熱で入院']))}\n"
         f"現地医療機関：{rng.choice(OVERSEAS_HOSP)}\n"
         f"航空券予約番号：{H(''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6)), 'booking-reference')}\n"
         f"添付：□領収書 □診療内容明細書 □{L('翻訳文（傷病名欄）', 'claim-form-template')} □旅券の写し\n")
    if rng.random() < 0.3:
        m += f"備考：同行家族 {P(Person(rng, sei=(p.sei, p.sk, p.sr)).mei)}（{PP(passport(rng))}）も受診\n"
    return doc(m, "form-passport" + ("-label-above" if above else ""), "forms", "txt")


def b_postal_form(rng):
    p = Person(rng)
    zp, ad = address(rng)
    v = rng.random()
    if v < 0.3:
        zm = f"郵便番号　{Z(fw(zp), 'full width')}"
    elif v < 0.5:
        zm = f"郵便番号\n{Z(zp.replace('-', ''), 'no hyphen')}"
    elif v < 0.75:
        zm = f"郵便番号：{Z(zp[:3], 'split 3+4')} － {Z(zp[4:], 'split 3+4')}"
    else:
        zm = f"〒 {Z(fw(zp.replace('-', '')), 'full width')}"
    m = (f"住所変更届（{KENPO}）\n\n被保険者氏名：{P(p.full)}\n{kigo_bango_mk(rng, kigo(rng), bango(rng))}\n"
         f"新住所\n{zm}\n{A(ad)}\n電話：{T(phone(rng))}\n変更日：{H(fmt_date(rng, rdate(rng), 0), 'ordinary-date')}\n"
         f"品番：{H(f'{rng.randint(100, 999)}-{rng.randint(1000, 9999)}', 'product-code')}（届出用紙 様式）\n")
    return doc(m, "form-postal-variants", "forms", "txt")


def b_invoice(rng):
    p = Person(rng)
    zp, ad = address(rng)
    m = (f"請求書\n\n{P(p.full)} 様\n〒{Z(zp)} {A(ad)}\n\n請求番号：{H('INV-' + digits(rng, 8), 'invoice-number')}\n"
         f"発行日：{H(fmt_date(rng, rdate(rng), 0), 'issue-date')}\n\n"
         f"品目：{L(rng.choice(DIET_MENUS), 'diet-menu')} 7食セット ×{rng.randint(1, 4)}　JAN {H(jan(rng), 'jan-code')}\n"
         f"合計：{H(f'{rng.randint(3, 30)},{rng.randint(0, 999):03d}円', 'amount')}（税込）\n"
         f"配送伝票番号：{H(dash4(bad_12(rng)), 'tracking-number')}\n"
         f"お問い合わせ番号：{H(non_luhn16(rng), 'inquiry-number-16')}\n\n"
         f"{DELI_CO}\n法人番号 {E('CN', DELI_CN)}\n〒{Z(DELI_ZIP)} {A(DELI_ADDR)}\nTEL {T(DELI_TEL)}\n")
    return doc(m, "invoice", "tables", "txt")


# ---------------- clean look-alike documents
STAT_DIS = ["糖尿病", "高血圧症", "脂質異常症", "悪性新生物（がん）", "腎不全", "うつ病等の気分障害", "脳血管疾患",
            "虚血性心疾患", "慢性閉塞性肺疾患", "関節症", "骨折", "喘息", "認知症", "精神及び行動の障害",
            "筋骨格系及び結合組織の疾患", "循環器系の疾患", "歯肉炎及び歯周疾患", "人工透析"]


def b_stats(rng):
    c = rng.randint(0, 8)
    fy = rng.randint(2019, 2024)
    m = ""
    if c == 0:
        m = f"令和{fy - 2018}年度 傷病別医療費（上位10疾病）\n\n| 順位 | 疾病分類 | 患者数 | 医療費（千円） | 構成比 |\n|---|---|---|---|---|\n"
        for i, d in enumerate(rng.sample(STAT_DIS, 10), 1):
            m += f"| {i} | {L(d, 'aggregate-statistics')} | {rng.randint(50, 4000):,} | {rng.randint(5000, 400000):,} | {rng.uniform(1, 15):.1f}% |\n"
        m += f"\n{L('※人工透析患者1人当たり医療費は年間約480万円', 'aggregate-statistics')}\n"
        ext = "md"
    elif c == 1:
        rows = [["疾病分類", "件数", "医療費(円)", "前年比"]]
        for d in rng.sample(STAT_DIS, 8):
            rows.append([L(d, "aggregate-statistics"), str(rng.randint(100, 9000)), str(rng.randint(10 ** 6, 10 ** 9)), f"{rng.uniform(-10, 15):+.1f}%"])
        return doc(table(rows), "csv-aggregate-statistics", "clean", "csv", enc=rng.choice(["utf-8", "cp932"]))
    elif c == 2:
        m = f"年代別 特定健診受診率と{L('要医療者の割合', 'aggregate-statistics')}（{fy}年度）\n\n"
        for age in ["40代", "50代", "60代", "70代"]:
            m += f"{age}：受診率 {rng.uniform(50, 90):.1f}%　{L(f'高血圧 {rng.uniform(5, 40):.1f}%', 'aggregate-statistics')}　{L(f'糖尿病型 {rng.uniform(2, 20):.1f}%', 'aggregate-statistics')}\n"
        ext = "txt"
    elif c == 3:
        m = f"健診結果の分布（{fy}年度、被保険者 {rng.randint(3000, 20000):,}名）\n\n"
        for lab, rng_ in [("HbA1c", ["5.5%以下", "5.6〜6.4%", "6.5%以上（糖尿病型）"]), ("収縮期血圧", ["130未満", "130〜139", "140以上（高血圧）"]),
                          ("LDLコレステロール", ["120未満", "120〜139", "140以上（脂質異常）"])]:
            m += f"■{lab}\n"
            for band in rng_:
                txt = f"{band}：{rng.randint(100, 5000):,}名（{rng.uniform(1, 70):.1f}%）"
                m += (L(txt, "aggregate-statistics") if "（" in band else txt) + "\n"
        ext = "txt"
    elif c == 4:
        m = (f"図{rng.randint(1, 9)}　{L(rng.choice(['生活習慣病（糖尿病・高血圧症・脂質異常症）の有病者数の推移', 'がん検診の要精密検査者数の推移', '精神疾患による傷病手当金受給者の推移', '人工透析導入患者数の推移']) + f'（{fy - 4}〜{fy}年度）', 'aggregate-statistics')}\n\n")
        for y in range(fy - 4, fy + 1):
            n = rng.randint(100, 900)
            m += f"{y}年度 {'■' * (n // 60)} {n}\n"
        m += f"\n出典：{KENPO} データヘルス計画 中間評価\n"
        ext = "txt"
    elif c == 5:
        n1, n2 = rng.randint(500, 3000), rng.randint(50, 400)
        m = (f"{KENPO} {fy}年度 事業報告書（抜粋）\n\n1. 保険給付の状況\n"
             f"当年度の法定給付費は前年度比{rng.uniform(1, 6):.1f}%増となった。"
             f"{L(f'糖尿病の加入者は{n1:,}名', 'aggregate-statistics')}で、うち{L(f'重症化ハイリスク者{n2}名', 'aggregate-statistics')}に受診勧奨を行った。\n"
             f"{L(f'人工透析を受けている加入者は{rng.randint(5, 40)}名', 'aggregate-statistics')}、"
             f"{L(f'がん（悪性新生物）の医療費は総医療費の{rng.uniform(8, 18):.1f}%', 'aggregate-statistics')}を占める。\n"
             f"2. 保健事業\n{L('糖尿病性腎症重症化予防プログラム', 'event-seminar')}の参加者は{rng.randint(10, 80)}名。\n"
             f"{L(f'メンタルヘルス不調による休業者 {rng.randint(10, 60)}名（前年比+{rng.randint(1, 9)}名）', 'aggregate-statistics')}\n")
        ext = "txt"
    elif c == 6:
        m = (f"Annual Health Report {fy} — Sakura Seiki Health Insurance Society (summary)\n\n"
             f"- {L(f'Members with type 2 diabetes: {rng.randint(800, 2500):,} ({rng.uniform(4, 12):.1f}%)', 'aggregate-statistics')}\n"
             f"- {L(f'Hypertension prevalence among members aged 40+: {rng.uniform(15, 35):.1f}%', 'aggregate-statistics')}\n"
             f"- {L(f'Sick-leave claims for depression and other mental disorders: {rng.randint(20, 90)}', 'aggregate-statistics')}\n"
             f"- Health check-up uptake: {rng.uniform(60, 90):.1f}%\n")
        ext = "txt"
    elif c == 7:
        m = f"{CHAIN} 月次レポート（{fy}年{rng.randint(1, 12)}月）\n\n負傷部位別 施術件数\n"
        for part in rng.sample(["腰部", "頚部", "肩関節", "膝関節", "足関節", "背部"], 5):
            m += f"・{L(part + rng.choice(['捻挫', '挫傷']) + f' {rng.randint(50, 600)}件', 'aggregate-statistics')}\n"
        m += f"\n{L(f'鍼灸の同意書あり（神経痛・リウマチ等）{rng.randint(20, 200)}件', 'aggregate-statistics')}\n"
        ext = "txt"
    else:
        m = f"{DELI} ご利用状況（{fy}年度）\n\n"
        for menu in rng.sample(DIET_MENUS, 5):
            m += f"{L(menu, 'diet-menu')}：{rng.randint(100, 3000):,}食\n"
        m += f"\n{L(f'ご利用者のうち糖尿病の方 {rng.uniform(20, 45):.0f}%、腎臓病の方 {rng.uniform(5, 20):.0f}%（アンケート回答者ベース）', 'aggregate-statistics')}\n"
        ext = "txt"
    return doc(m, "aggregate-statistics", "clean", ext)


def b_privacy(rng):
    cats = ["病歴", "健診結果", "障害の有無", "信条", "社会的身分", "犯罪の経歴", "犯罪により害を被った事実", "人種",
            "保健指導の内容", "診療報酬明細書（レセプト）情報", "服薬情報"]
    rng.shuffle(cats)
    m = (f"{rng.choice([KENPO, CHAIN, DELI_CO])} 個人情報保護方針\n\n1. 取得する個人情報\n当組合は、氏名、生年月日、住所、被保険者証の記号・番号のほか、"
         + "、".join(L(c, "privacy-policy-category") for c in cats[:rng.randint(4, 8)])
         + "等の要配慮個人情報を、法令に基づき取得します。\n\n2. 利用目的\n保険給付、保健事業、医療費通知の送付のため。\n\n"
         f"3. 要配慮個人情報の取扱い\n{L('人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実', 'privacy-policy-category')}を含む情報は、"
         "本人の同意なく取得しません。\n")
    return doc(m, "privacy-policy", "clean", "txt")


def b_event(rng):
    ev = rng.choice(["糖尿病予防セミナー", "腰痛予防教室", "禁煙チャレンジ", "メンタルヘルス講座", "がん検診の日",
                     "骨粗しょう症予防ウォーキング", "認知症サポーター養成講座", "減塩料理教室", "睡眠改善セミナー"])
    dt = rdate(rng, 2024, 2025)
    m = (f"【{L(ev, 'event-seminar')}のご案内】\n\n日時：{H(fmt_date(rng, dt, 0), 'event-date')}（{jwd(dt)}）14:00〜15:30\n"
         f"会場：{rng.choice(['本社5階ホール', 'オンライン（Zoom）', '川崎事業所 会議室A', L('聖マリア教会ホール', 'venue-name-religious')])}\n"
         f"対象：加入者および被扶養者\n定員：{rng.randint(20, 100)}名\n内容：{L(rng.choice(['糖尿病の基礎知識と食事のコツ', '腰痛を防ぐストレッチ', 'うつ病の早期サイン', '高血圧と減塩']), 'event-seminar')}\n"
         f"{L('車椅子でご参加の方', 'accessibility-facility')}は事前にお知らせください。\n申込み：組合ホームページの申込フォームから\n")
    return doc(m, "event-notice", "clean", "txt")


def b_menu(rng):
    m = f"{DELI} 今週のメニュー\n\n"
    for d in ["月", "火", "水", "木", "金"]:
        menu = rng.choice(DIET_MENUS)
        m += f"{d}曜日　{L(menu, 'diet-menu')}：{rng.choice(['鶏の照り焼き', 'さばの味噌煮', '豆腐ハンバーグ', '肉じゃが', '鮭の塩麹焼き'])}"
        m += f"（{rng.randint(300, 550)}kcal・塩分{rng.uniform(1.2, 2.5):.1f}g）\n"
    m += f"\n{L('※腎臓病食はたんぱく質20g以下に調整しています', 'diet-menu')}\n"
    m += f"{L('本製品は卵・乳・小麦・えびを含みます', 'allergen-label')}\n"
    return doc(m, "diet-menu", "clean", "txt")


def b_template(rng):
    m = (f"療養費支給申請書（記入要領）\n\n① {L('傷病名', 'claim-form-template')}：医師の診断書に記載のとおり記入してください。\n"
         f"② {L('負傷の原因', 'claim-form-template')}：いつ、どこで、何をしていてけがをしたか具体的に。\n"
         f"③ {L('既往歴・現病歴', 'claim-form-template')}：＿＿＿＿＿＿＿＿＿＿\n"
         f"④ {L('障害者手帳の有無', 'claim-form-template')}：□有　□無\n"
         f"⑤ 振込先口座：＿＿＿＿銀行＿＿＿＿支店　普通・当座　口座番号＿＿＿＿＿＿＿\n"
         f"記入例：{L('負傷名「右足関節捻挫」', 'claim-form-template')}\n")
    return doc(m, "claim-form-template", "clean", "txt")


GLOSS = [("糖尿病", "インスリンの作用不足により血糖値が高い状態が続く病気。"),
         ("脳梗塞", "脳の血管が詰まり、脳組織が壊死する病気。"),
         ("人工透析", "腎臓の機能を人工的に代替する治療。"),
         ("うつ病", "気分の落ち込みや意欲の低下が続く精神疾患。"),
         ("腰椎椎間板ヘルニア", "椎間板の一部が突出し神経を圧迫する状態。"),
         ("高血圧症", "血圧が慢性的に高い状態。"),
         ("認知症", "記憶や判断力が低下し生活に支障が出る状態。"),
         ("身体障害者手帳", "身体に障害のある人に交付される手帳。"),
         ("特定疾病療養受療証", "人工透析などの長期高額疾病の自己負担を軽減する証。")]


def b_glossary(rng):
    m = "用語集（健保のしくみ）\n\n"
    for t, dfn in rng.sample(GLOSS, rng.randint(4, 7)):
        m += f"【{L(t, 'disease-glossary')}】{L(dfn, 'disease-glossary')}\n"
    return doc(m, "disease-glossary", "clean", "md")


def b_news(rng):
    items = [L("厚労省、糖尿病性腎症重症化予防プログラムを改定", "news-digest"),
             L("がん検診の受診率、過去最高に", "news-digest"),
             L("大手企業で大規模なシステム障害、決済が一時停止", "system-failure"),
             L("特殊詐欺の被害額が前年比増", "fraud-warning"),
             L("認知症の新薬、保険適用へ", "news-digest"),
             L("台風10号の被害、九州で拡大", "disaster-damage"),
             L("熱中症による救急搬送、7月は2万人超", "aggregate-statistics"),
             L("トマトの病気「青枯病」に注意", "plant-disease"),
             L("研究：うつ病と睡眠時間の関連（Journal of Sleep Research, 2023）", "research-citation")]
    m = "今週のヘルスニュース・ダイジェスト\n\n" + "\n".join("・" + x for x in rng.sample(items, rng.randint(4, 7))) + "\n"
    return doc(m, "news-digest", "clean", "txt")


def b_column(rng):
    c = rng.randint(0, 3)
    if c == 0:
        m = (f"健康コラム「{L('梅雨時は関節痛が悪化しやすい', 'health-column')}」\n\n気圧の変化で"
             f"{L('関節リウマチや変形性膝関節症の方は痛みが強くなる', 'health-column')}ことがあります。"
             f"{L('糖尿病の方は足のむくみにも注意', 'general-advice')}しましょう。\n"
             "体を冷やさないよう、入浴はぬるめのお湯にゆっくりつかるのがおすすめです。"
             "痛みが続くときは自己判断せず、早めに医療機関を受診してください。\n")
    elif c == 1:
        m = (f"健康クイズ\nQ. {L('日本人の死因第1位は？', 'health-quiz')}\nA. {L('悪性新生物（がん）', 'health-quiz')}\n"
             f"Q. {L('高血圧の基準値は？', 'health-quiz')}\nA. 140/90mmHg以上\n"
             f"Q. {L('骨粗しょう症になりやすいのは男性・女性どちら？', 'health-quiz')}\nA. 女性（閉経後に骨量が減少するため）\n")
    elif c == 2:
        m = (f"おすすめの本\n『{L('母が認知症になってから', 'book-review')}』は、{L('認知症の母を介護する娘の日々を描いたエッセイ', 'book-review')}です。\n"
             f"ペットコーナー：{L('うちの猫が腎臓病と診断されました', 'pet-illness')}（読者投稿）\n"
             "療法食に切り替えてから食欲も戻り、毎朝元気に窓辺で日向ぼっこをしています。\n")
    else:
        m = (f"総務部からのお知らせ\n{L('障害者雇用促進法', 'policy-statement')}に基づき、当社は{L('障害者雇用率2.5%', 'aggregate-statistics')}を達成しました。\n"
             f"{L('ハラスメント防止研修', 'training-topic')}を全社員対象に実施します。\n"
             f"{L('病院宛ての荷物', 'parcel-to-hospital')}は総務部で取りまとめて発送します。\n"
             f"{L('エレベーターの故障（障害）', 'product-defect')}のため本日は階段をご利用ください。\n")
    return doc(m, "health-column", "clean", "txt")


def b_blank_form(rng):
    qs = ["現在、治療中の病気がありますか", "過去に大きな病気をしたことがありますか", "糖尿病と言われたことがありますか",
          "心臓病・脳卒中の既往はありますか", "医師から飲酒を止められていますか", "障害者手帳をお持ちですか",
          "妊娠中または妊娠の可能性がありますか", "食物アレルギーはありますか"]
    m = f"{rng.choice([CHAIN + ' 問診票', KENPO + ' 特定健診 質問票', DELI + ' 健康状態アンケート'])}（未記入）\n\n氏名：\n生年月日：　　年　　月　　日\n\n"
    for i, q in enumerate(rng.sample(qs, rng.randint(4, 7)), 1):
        m += f"Q{i}. {L(q, 'blank-form-question')}　□はい　□いいえ\n"
    return doc(m, "blank-form", "clean", "txt")


def b_minutes(rng):
    m = (f"{KENPO} 保健事業委員会 議事録\n\n議題1：{L('特定健診の日程', 'health-check-schedule')}調整\n"
         f"議題2：{L('がん検診（胃・大腸・乳・子宮）の補助額見直し', 'meeting-minutes')}\n"
         f"議題3：{L('レセプト点検システムの障害対応', 'system-failure')}\n"
         f"議題4：{L('糖尿病重症化予防事業の委託先選定', 'meeting-minutes')}\n"
         f"決定事項：{L('インフルエンザ予防接種補助', 'vaccination-notice')}を上限3,000円で継続。\n")
    return doc(m, "meeting-minutes", "clean", "txt")


def b_product(rng):
    m = (f"保険商品のご案内（団体扱い）\n{L('がん保険（三大疾病特約付き）', 'insurance-product')}\n"
         f"{L('就業不能保険：うつ病等の精神疾患も対象', 'insurance-product')}\n"
         f"{L('介護保険：要介護2以上で一時金', 'insurance-product')}\n"
         "保険料は給与天引きで、団体割引が適用されます。募集期間中にお申し込みください。"
         "詳しくは社内ポータルの福利厚生ページをご覧ください。\n")
    return doc(m, "insurance-product", "clean", "txt")


# ----------------------------------------------------------------------------------------------------------
PLAN = [
    (b_ja_family_mail, 120), (b_ja_member_mail, 90), (b_ja_insurer_mail, 60), (b_en_insurer_mail, 60),
    (b_en_patient_mail, 65), (b_notice_mail, 30),
    (b_phone_memo, 160),
    (b_referral, 50), (b_treatment_report, 30), (b_claim_notes, 30), (b_dx_list, 25), (b_history, 25),
    ("intake", 168),
    (b_chat, 90),
    (b_appt_csv, 70), (b_claims_csv, 25), (b_meal_csv, 30), (b_passport_form, 35), (b_postal_form, 15),
    (b_invoice, 15),
    (b_stats, 140), (b_privacy, 25), (b_event, 35), (b_menu, 30), (b_template, 20), (b_glossary, 20),
    (b_news, 20), (b_column, 30), (b_blank_form, 30), (b_minutes, 15), (b_product, 10),
]
LAYOUTS = ["same-line", "label-below", "brackets", "md-table", "ascii-table", "two-column", "tickbox", "margin-note"]


def check(text, ents, looks, hns):
    for e in ents + looks + hns:
        assert text[e["start"]:e["end"]] == e["text"], (e, text[e["start"]:e["end"]])
        assert e["end"] > e["start"], e
    s = sorted(ents, key=lambda e: e["start"])
    for a, b in zip(s, s[1:]):
        assert a["end"] <= b["start"], (a, b)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=88)
    a = ap.parse_args()
    t0 = time.time()
    docs_dir = os.path.join(a.out, "docs")
    truth = {}
    counter = {}
    for builder, n in PLAN:
        for i in range(n):
            if builder == "intake":
                layout = LAYOUTS[i % len(LAYOUTS)]
                rng = random.Random(f"{a.seed}:intake:{i}")
                d = b_intake(rng, layout)
            else:
                rng = random.Random(f"{a.seed}:{builder.__name__}:{i}")
                d = builder(rng)
            mk = d["markup"]
            enc = d["enc"]
            if d["crlf"]:
                mk = mk.replace("\r\n", "\n").replace("\n", "\r\n")
            text, ents, looks, hns = render(mk)
            if enc == "cp932":
                mk = mk.replace("〜", "～").replace("−", "－")
                text, ents, looks, hns = render(mk)
                try:
                    if text.encode("cp932").decode("cp932") != text:
                        raise UnicodeEncodeError("cp932", text, 0, 1, "round trip")
                except UnicodeEncodeError:
                    enc = "utf-8"
                    mk = mk.replace("charset=shift_jis", "charset=utf-8")
                    text, ents, looks, hns = render(mk)
            elif "charset=shift_jis" in text:
                mk = mk.replace("charset=shift_jis", "charset=utf-8")
                text, ents, looks, hns = render(mk)
            check(text, ents, looks, hns)
            folder = d["folder"]
            counter[folder] = counter.get(folder, 0) + 1
            rel = f"{folder}/{counter[folder]:04d}.{d['ext']}"
            path = os.path.join(docs_dir, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            if enc == "utf-8-sig":
                data = text.encode("utf-8-sig")
            else:
                data = text.encode(enc)
            with open(path, "wb") as f:
                f.write(data)
            # verify round trip
            back = data.decode(enc)
            assert back == text
            truth[rel] = {"encoding": enc, "shape": d["shape"], "entities": ents, "lookalikes": looks,
                          "hard_negatives": hns}
    with open(os.path.join(a.out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"documents": truth}, f, ensure_ascii=False, indent=1, sort_keys=True)
    print(f"{len(truth)} documents in {time.time() - t0:.1f}s", file=sys.stderr)


if __name__ == "__main__":
    main()
