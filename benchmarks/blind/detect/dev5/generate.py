#!/usr/bin/env python3
"""Blind-dev generator #5 for PII detection in Japanese business documents.

Organisation: an insurance agency, a home-care / day-service provider, a manufacturer's
HR & occupational-health office, a law office (criminal defence, traffic accidents, divorce)
and a labour-union office.  Emphasis: SENSITIVE facts in free text and look-alikes.

    python3 generate.py --out DIR [--seed N]      (default seed 66)

Standard library only; deterministic for a given seed.  See README.md.
"""
import argparse
import bisect
import json
import os
import random
import sys

# ---------------------------------------------------------------------------
# segments and document builder
# ---------------------------------------------------------------------------


def E(typ, text, **kw):
    return ("E", typ, text, kw)


def S(text, sub, **kw):
    kw = dict(kw)
    kw["subtype"] = sub
    return ("E", "SENSITIVE", text, kw)


def L(text, kind):
    return ("L", kind, text, {})


def N(text, kind):
    return ("N", kind, text, {})


def seg_text(it):
    if isinstance(it, str):
        return it
    if isinstance(it, tuple):
        return it[2]
    return "".join(seg_text(x) for x in it)


CP932_FIX = str.maketrans({"\u301c": "\uff5e", "\u2212": "\uff0d", "\u2014": "\u2015"})


class Doc:
    def __init__(self, folder, ext, shape, enc="utf-8", nl="\n"):
        self.folder, self.ext, self.shape, self.enc, self.nl = folder, ext, shape, enc, nl
        self.buf = []
        self.pos = 0
        self.ents, self.looks, self.negs = [], [], []

    def _fix(self, s):
        if self.enc == "cp932":
            return s.translate(CP932_FIX)
        return s

    def _t(self, s):
        s = self._fix(s)
        self.buf.append(s)
        self.pos += len(s)

    def add(self, *items):
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self._t(it)
            elif isinstance(it, tuple):
                kind, typ, text, kw = it
                text = self._fix(text)
                st = self.pos
                self._t(text)
                if not text:
                    continue
                if kind == "E":
                    d = {"type": typ, "start": st, "end": self.pos, "text": text}
                    d.update(kw)
                    self.ents.append(d)
                elif kind == "L":
                    self.looks.append({"start": st, "end": self.pos, "kind": typ})
                else:
                    self.negs.append({"start": st, "end": self.pos, "kind": typ, "text": text})
            else:
                self.add(*it)
        return self

    def line(self, *items):
        self.add(*items)
        self._t("\n")
        return self

    # --- tables ---------------------------------------------------------
    def cell(self, items, delim):
        if not isinstance(items, (list, tuple)) or (isinstance(items, tuple) and items and items[0] in ("E", "L", "N") and len(items) == 4):
            items = [items]
        plain = seg_text(items)
        need = any(c in plain for c in (delim, '"', "\n", "\r"))
        if not need:
            self.add(*items)
            return
        self._t('"')
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self._t(it.replace('"', '""'))
            else:
                assert '"' not in it[2], it
                self.add(it)
        self._t('"')

    def row(self, cells, delim=","):
        for i, c in enumerate(cells):
            if i:
                self._t(delim)
            self.cell(c, delim)
        self._t("\n")

    def finish(self):
        text = "".join(self.buf)
        spans = [self.ents, self.looks, self.negs]
        if self.nl != "\n":
            nls = [i for i, ch in enumerate(text) if ch == "\n"]

            def remap(p):
                return p + bisect.bisect_left(nls, p)

            for lst in spans:
                for d in lst:
                    d["start"], d["end"] = remap(d["start"]), remap(d["end"])
            text = text.replace("\n", "\r\n")
        for lst in spans:
            lst.sort(key=lambda d: d["start"])
        for d in self.ents + self.negs:
            d["text"] = text[d["start"]:d["end"]]
        return text


# ---------------------------------------------------------------------------
# people, places, numbers
# ---------------------------------------------------------------------------

SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"),
    ("斎藤", "サイトウ", "Saito"), ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
    ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
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
    ("村田", "ムラタ", "Murata"), ("武田", "タケダ", "Takeda"), ("上野", "ウエノ", "Ueno"),
    ("杉山", "スギヤマ", "Sugiyama"), ("増田", "マスダ", "Masuda"), ("菅原", "スガワラ", "Sugawara"),
    ("平野", "ヒラノ", "Hirano"), ("大塚", "オオツカ", "Otsuka"), ("千葉", "チバ", "Chiba"),
    ("久保", "クボ", "Kubo"), ("松井", "マツイ", "Matsui"), ("小島", "コジマ", "Kojima"),
    ("岩崎", "イワサキ", "Iwasaki"), ("桜井", "サクライ", "Sakurai"), ("野口", "ノグチ", "Noguchi"),
    ("菊地", "キクチ", "Kikuchi"), ("木下", "キノシタ", "Kinoshita"), ("野村", "ノムラ", "Nomura"),
    ("新井", "アライ", "Arai"), ("五十嵐", "イガラシ", "Igarashi"), ("東海林", "ショウジ", "Shoji"),
    ("一ノ瀬", "イチノセ", "Ichinose"), ("百瀬", "モモセ", "Momose"), ("大和田", "オオワダ", "Owada"),
    ("髙田", "タカダ", "Takada"), ("比嘉", "ヒガ", "Higa"), ("金城", "キンジョウ", "Kinjo"),
]

GIVEN = [
    ("花子", "ハナコ", "Hanako", "F"), ("太郎", "タロウ", "Taro", "M"), ("健一", "ケンイチ", "Kenichi", "M"),
    ("美咲", "ミサキ", "Misaki", "F"), ("翔太", "ショウタ", "Shota", "M"), ("陽子", "ヨウコ", "Yoko", "F"),
    ("直樹", "ナオキ", "Naoki", "M"), ("由美", "ユミ", "Yumi", "F"), ("大輔", "ダイスケ", "Daisuke", "M"),
    ("恵", "メグミ", "Megumi", "F"), ("誠", "マコト", "Makoto", "M"), ("裕子", "ユウコ", "Yuko", "F"),
    ("拓也", "タクヤ", "Takuya", "M"), ("真由美", "マユミ", "Mayumi", "F"), ("和夫", "カズオ", "Kazuo", "M"),
    ("幸子", "サチコ", "Sachiko", "F"), ("清", "キヨシ", "Kiyoshi", "M"), ("節子", "セツコ", "Setsuko", "F"),
    ("茂", "シゲル", "Shigeru", "M"), ("千代子", "チヨコ", "Chiyoko", "F"), ("勇", "イサム", "Isamu", "M"),
    ("光子", "ミツコ", "Mitsuko", "F"), ("博之", "ヒロユキ", "Hiroyuki", "M"), ("智子", "トモコ", "Tomoko", "F"),
    ("亮", "リョウ", "Ryo", "M"), ("彩", "アヤ", "Aya", "F"), ("悠斗", "ユウト", "Yuto", "M"),
    ("結衣", "ユイ", "Yui", "F"), ("蓮", "レン", "Ren", "M"), ("陽菜", "ヒナ", "Hina", "F"),
    ("浩二", "コウジ", "Koji", "M"), ("久美子", "クミコ", "Kumiko", "F"), ("正男", "マサオ", "Masao", "M"),
    ("和子", "カズコ", "Kazuko", "F"), ("武", "タケシ", "Takeshi", "M"), ("京子", "キョウコ", "Kyoko", "F"),
    ("隆", "タカシ", "Takashi", "M"), ("明美", "アケミ", "Akemi", "F"), ("修", "オサム", "Osamu", "M"),
    ("剛", "ツヨシ", "Tsuyoshi", "M"), ("奈々", "ナナ", "Nana", "F"), ("翼", "ツバサ", "Tsubasa", "M"),
    ("達也", "タツヤ", "Tatsuya", "M"), ("麻衣", "マイ", "Mai", "F"), ("一郎", "イチロウ", "Ichiro", "M"),
    ("静江", "シズエ", "Shizue", "F"), ("正", "タダシ", "Tadashi", "M"), ("トメ", "トメ", "Tome", "F"),
    ("キヨ", "キヨ", "Kiyo", "F"), ("ハル", "ハル", "Haru", "F"), ("昭二", "ショウジ", "Shoji", "M"),
    ("敏子", "トシコ", "Toshiko", "F"), ("義雄", "ヨシオ", "Yoshio", "M"), ("さくら", "サクラ", "Sakura", "F"),
    ("健太", "ケンタ", "Kenta", "M"), ("愛", "アイ", "Ai", "F"), ("俊介", "シュンスケ", "Shunsuke", "M"),
    ("舞", "マイ", "Mai", "F"), ("大樹", "ダイキ", "Daiki", "M"), ("瞳", "ヒトミ", "Hitomi", "F"),
]
OLD_GIVEN = {"和夫", "幸子", "清", "節子", "茂", "千代子", "勇", "光子", "正男", "和子", "静江", "正",
             "トメ", "キヨ", "ハル", "昭二", "敏子", "義雄", "武", "京子"}

FOREIGN = [("NGUYEN VAN AN", "グエン・ヴァン・アン"), ("TRAN THI HOA", "チャン・ティ・ホア"),
           ("SANTOS MARIA", "サントス・マリア"), ("SILVA JOAO", "シルバ・ジョアン"),
           ("WANG FANG", "王芳"), ("REYES ANA", "レジェス・アナ"), ("GURUNG SITA", "グルン・シタ")]


def hira(k):
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in k)


FW = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def fw(s):
    return s.translate(FW)


class Person:
    def __init__(self, rng, old=False, young=False, gender=None):
        self.rng = rng
        sn = rng.choice(SURNAMES)
        pool = [g for g in GIVEN if (g[0] in OLD_GIVEN) == old or young] if (old or young) else GIVEN
        if young:
            pool = [g for g in GIVEN if g[0] not in OLD_GIVEN]
        if gender:
            pool = [g for g in pool if g[3] == gender] or pool
        gn = rng.choice(pool)
        self.sei, self.sei_k, self.sei_r = sn
        self.mei, self.mei_k, self.mei_r, self.g = gn
        if old:
            y = rng.randint(1924, 1950)
        elif young:
            y = rng.randint(1985, 2004)
        else:
            y = rng.randint(1955, 2002)
        self.dob = (y, rng.randint(1, 12), rng.randint(1, 28))

    def full(self, sp=None):
        if sp is None:
            sp = self.rng.choice(["", " ", "　"])
        return self.sei + sp + self.mei

    def kana(self, sp=None, h=False):
        if sp is None:
            sp = self.rng.choice([" ", "　"])
        s = self.sei_k + sp + self.mei_k
        return hira(s) if h else s

    def roma(self, style=None):
        style = style or self.rng.choice(["GF", "FG", "UP", "up2"])
        if style == "GF":
            return f"{self.mei_r} {self.sei_r}"
        if style == "FG":
            return f"{self.sei_r} {self.mei_r}"
        if style == "UP":
            return f"{self.sei_r.upper()} {self.mei_r.upper()}"
        return f"{self.mei_r.upper()} {self.sei_r.upper()}"

    def email(self, dom):
        r = self.rng.randint(0, 5)
        a, b = self.mei_r.lower(), self.sei_r.lower()
        local = [f"{a}.{b}", f"{b}.{a}", f"{a[0]}{b}", f"{b}-{a[0]}", f"{a}{self.dob[0] % 100:02d}", f"{b}_{a}"][r]
        return f"{local}@{dom}"


def name_forms(p, rng, allow_kana=True):
    """A list of items naming p, in a random form."""
    r = rng.random()
    if r < 0.55 or not allow_kana:
        return [E("PERSON", p.full())]
    if r < 0.75:
        return [E("PERSON", p.sei)]
    if r < 0.88:
        return [E("PERSON", p.kana())]
    return [E("PERSON", p.roma())]


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


def era(y, m, d):
    if (y, m, d) >= (2019, 5, 1):
        return "令和", "R", "令", y - 2018
    if (y, m, d) >= (1989, 1, 8):
        return "平成", "H", "平", y - 1988
    if (y, m, d) >= (1926, 12, 25):
        return "昭和", "S", "昭", y - 1925
    return "大正", "T", "大", y - 1911


def fmt_date(rng, ymd, style=None):
    y, m, d = ymd
    E_, e1, e2, ey = era(y, m, d)
    styles = ["ymdk", "slash", "slash0", "dash", "erak", "eraS.", "eraS/", "eraab", "fwk", "dMonY",
              "MonthDY", "dot", "erak0", "fwera", "eraS-"]
    st = style or rng.choice(styles)
    return {
        "ymdk": f"{y}年{m}月{d}日", "slash": f"{y}/{m}/{d}", "slash0": f"{y}/{m:02d}/{d:02d}",
        "dash": f"{y}-{m:02d}-{d:02d}", "erak": f"{E_}{ey}年{m}月{d}日", "eraS.": f"{e1}{ey}.{m}.{d}",
        "eraS/": f"{e1}{ey:02d}/{m:02d}/{d:02d}", "eraab": f"{e2}{ey}.{m}.{d}", "fwk": fw(f"{y}年{m}月{d}日"),
        "dMonY": f"{d} {MON[m - 1]} {y}", "MonthDY": f"{MONTH[m - 1]} {d}, {y}", "dot": f"{y}.{m:02d}.{d:02d}",
        "erak0": f"{E_}{ey:02d}年{m:02d}月{d:02d}日", "fwera": fw(f"{E_}{ey}年{m}月{d}日"),
        "eraS-": f"{e1}{ey}-{m}-{d}",
    }[st]


def recent(rng, y0=2022, y1=2025):
    return (rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def rdigits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def mn_check(d11):
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def my_number(rng):
    b = str(rng.randint(1, 9)) + rdigits(rng, 10)
    return b + str(mn_check(b))


def bad_my_number(rng):
    b = str(rng.randint(1, 9)) + rdigits(rng, 10)
    c = mn_check(b)
    return b + str((c + rng.randint(1, 9)) % 10)


def corp_number(rng):
    b = str(rng.randint(1, 9)) + rdigits(rng, 11)
    s = 0
    for n in range(1, 13):
        s += int(b[12 - n]) * (1 if n % 2 else 2)
    return str(9 - s % 9) + b


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_digit(b):
    for c in range(10):
        if luhn_ok(b + str(c)):
            return str(c)


def card(rng):
    b = rng.choice(["4", "5" + str(rng.randint(1, 5)), "35"]) 
    b = b + rdigits(rng, 15 - len(b))
    return b + luhn_digit(b)


def bad16(rng):
    while True:
        s = str(rng.randint(1, 9)) + rdigits(rng, 15)
        if not luhn_ok(s):
            return s


def insurer_no(rng, kind=None):
    kind = kind or rng.choice(["06", "01", "31", "39", "kokuho"])
    if kind == "kokuho":
        b = f"{rng.randint(1, 47):02d}" + rdigits(rng, 3)
    else:
        b = kind + f"{rng.randint(1, 47):02d}" + rdigits(rng, 3)
    return b + luhn_digit(b)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def phone(rng, kind=None):
    k = kind or rng.choice(["mob", "mob", "mob", "tokyo", "osaka", "local", "local", "p81", "paren", "nodash", "fw"])
    if k == "mob":
        return f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rdigits(rng, 4)}"
    if k == "unalloc":
        return f"0{rng.choice('789')}0-0{rdigits(rng, 3)}-{rdigits(rng, 4)}"
    if k == "tokyo":
        return f"03-{rng.randint(3000, 6999)}-{rdigits(rng, 4)}"
    if k == "osaka":
        return f"06-{rng.randint(6100, 6999)}-{rdigits(rng, 4)}"
    if k == "local":
        return rng.choice([f"0{rng.randint(11, 99)}-{rng.randint(200, 999)}-{rdigits(rng, 4)}",
                           f"0{rng.randint(120, 999)}-{rng.randint(20, 99)}-{rdigits(rng, 4)}"])
    if k == "free":
        return f"0120-{rdigits(rng, 3)}-{rdigits(rng, 3)}"
    if k == "p81":
        a, b = rng.randint(1000, 9999), rdigits(rng, 4)
        m = rng.choice("789")
        return rng.choice([f"+81-{m}0-{a}-{b}", f"+81 {m}0 {a} {b}", f"+81{m}0{a}{b}", f"+81(0){m}0-{a}-{b}",
                           f"+81-3-{rng.randint(3000, 6999)}-{b}"])
    if k == "paren":
        return f"0{rng.randint(11, 99)}({rng.randint(200, 999)}){rdigits(rng, 4)}"
    if k == "nodash":
        return f"0{rng.choice('789')}0{rng.randint(1000, 9999)}{rdigits(rng, 4)}"
    if k == "fw":
        return fw(f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rdigits(rng, 4)}")
    raise ValueError(k)


PLACES = [
    ("東京都", "世田谷区", ["桜新町", "用賀", "経堂", "三軒茶屋"]),
    ("東京都", "足立区", ["千住", "西新井", "竹ノ塚"]),
    ("東京都", "八王子市", ["明神町", "子安町", "横山町"]),
    ("神奈川県", "横浜市港北区", ["日吉", "綱島西", "大倉山"]),
    ("神奈川県", "川崎市中原区", ["小杉町", "新丸子町"]),
    ("大阪府", "大阪市北区", ["天満", "中崎", "豊崎"]),
    ("大阪府", "堺市北区", ["中百舌鳥町", "長曽根町"]),
    ("愛知県", "名古屋市中村区", ["名駅南", "則武"]),
    ("愛知県", "豊田市", ["喜多町", "挙母町"]),
    ("埼玉県", "さいたま市浦和区", ["常盤", "岸町", "高砂"]),
    ("千葉県", "船橋市", ["本町", "湊町", "夏見"]),
    ("福岡県", "福岡市中央区", ["大名", "薬院", "警固"]),
    ("北海道", "札幌市中央区", ["南三条西", "北一条西"]),
    ("兵庫県", "神戸市灘区", ["六甲台町", "篠原本町"]),
    ("静岡県", "浜松市中央区", ["元城町", "佐鳴台"]),
    ("宮城県", "仙台市青葉区", ["一番町", "上杉"]),
    ("広島県", "広島市中区", ["紙屋町", "大手町"]),
    ("群馬県", "高崎市", ["八島町", "連雀町"]),
    ("長野県", "松本市", ["中央", "県"]),
    ("沖縄県", "那覇市", ["久茂地", "おもろまち"]),
]
BUILDINGS = ["サンハイツ", "コーポ若葉", "グランメゾン", "メゾン・ド・ソレイユ", "ハイツ緑が丘", "パークサイド",
             "レジデンス桜", "ヴィラ白樺"]
KANJI_NUM = "〇一二三四五六七八九"


def kanji_n(n):
    if n <= 10:
        return "十" if n == 10 else KANJI_NUM[n]
    if n < 20:
        return "十" + KANJI_NUM[n - 10]
    return KANJI_NUM[n // 10] + "十" + (KANJI_NUM[n % 10] if n % 10 else "")


def address(rng, pref=True):
    p, c, towns = rng.choice(PLACES)
    t = rng.choice(towns)
    a, b, cc = rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 25)
    st = rng.randint(0, 4)
    if st == 0:
        s = f"{t}{a}-{b}-{cc}"
    elif st == 1:
        s = f"{t}{kanji_n(a)}丁目{b}番{cc}号"
    elif st == 2:
        s = f"{t}{a}丁目{b}番地{cc}"
    elif st == 3:
        s = fw(f"{t}{a}-{b}-{cc}")
    else:
        s = f"{t}{a}－{b}－{cc}"
    if rng.random() < 0.4:
        s += rng.choice([" ", "　", ""]) + rng.choice(BUILDINGS) + str(rng.randint(1, 5)) + f"0{rng.randint(1, 9)}" + rng.choice(["", "号室"])
    return (p if pref else (p if rng.random() < 0.5 else "")) + c + s


def postal(rng, style=None):
    a, b = rng.randint(100, 999), rdigits(rng, 4)
    st = style or rng.choice(["dash", "dash", "fw", "plain"])
    if st == "dash":
        return f"{a}-{b}"
    if st == "fw":
        return fw(f"{a}-{b}")
    return f"{a}{b}"


DOMAINS = ["example.co.jp", "example.jp", "example.com", "example.ne.jp", "mail.example.org"]
FREEMAIL = ["example.ne.jp", "mail.example.com", "example.jp"]

ORGS = {
    "ins": ["あおば保険サービス株式会社", "株式会社みらいライフプランニング", "ひかり保険パートナーズ"],
    "care": ["ケアステーションこもれび", "デイサービスひだまり", "訪問介護事業所すずらん"],
    "hr": ["東和精機株式会社 人事部", "東和精機株式会社 健康管理室", "北斗電装工業 人事総務課"],
    "law": ["みなと総合法律事務所", "けやき通り法律事務所", "青葉リーガルオフィス"],
    "union": ["東和精機労働組合", "北斗電装ユニオン", "地域合同労組さくら支部"],
}
ORG_DOM = {"ins": "aoba-hoken.example.jp", "care": "komorebi-care.example.jp", "hr": "towa-seiki.example.co.jp",
           "law": "minato-law.example.jp", "union": "towa-union.example.org"}


def surname_company(rng):
    s = rng.choice(SURNAMES)[0]
    return rng.choice([f"{s}工業株式会社", f"株式会社{s}商店", f"{s}建設", f"有限会社{s}運輸", f"{s}電機株式会社",
                       f"{s}精工", f"{s}薬局", f"{s}歯科医院", f"{s}不動産"])


# ---------------------------------------------------------------------------
# sensitive phrase banks: (text, subtype)
# ---------------------------------------------------------------------------

ILL = [
    "胃潰瘍で入院", "糖尿病で通院中", "高血圧で服薬中", "2型糖尿病（インスリン使用）", "乳がんの手術を受けた",
    "脳梗塞の既往あり", "狭心症でカテーテル治療", "C型肝炎の治療歴あり", "うつ病で休職", "適応障害と診断",
    "双極性障害で通院中", "パニック障害で服薬中", "気管支喘息で吸入薬を使用", "腰椎椎間板ヘルニアで手術",
    "統合失調症で通院中", "甲状腺機能低下症で服薬中", "心筋梗塞で入院", "慢性腎臓病（ステージ3）",
    "人工透析を受けている", "アルコール依存症の治療歴", "HIV陽性", "てんかんの持病", "大腸ポリープを切除",
    "子宮筋腫で手術予定", "不眠症で睡眠薬を服用", "B型肝炎キャリア", "前立腺がんで放射線治療中",
    "関節リウマチで通院", "クローン病で通院中", "潰瘍性大腸炎", "緑内障で点眼治療中", "心房細動でワーファリン服用",
    "肺がんの術後", "逆流性食道炎で服薬", "痛風発作の既往", "帯状疱疹で入院", "胆石で手術", "頸椎捻挫で通院中",
    "摂食障害の治療歴", "自律神経失調症と診断", "ADHDの診断を受けている", "境界型糖尿病と指摘",
]
ILL_ABBR = [
    "DM・HT服薬中", "統失で通院", "鬱で休職歴あり", "HT、DL治療中", "CKD3", "AF（抗凝固薬内服）",
    "MDDで加療中", "COPD在宅酸素", "DM2 インスリン自己注射", "Ca術後（胃）", "鬱状態", "IHD既往",
    "CI後遺症", "PD（パーキンソン）", "AD（アルツハイマー）", "gout", "HCV陽性",
]
ILL_EN = [
    "history of type 2 diabetes", "on medication for hypertension", "diagnosed with major depressive disorder",
    "hospitalised for pneumonia", "undergoing chemotherapy for breast cancer", "has epilepsy",
    "treated for alcohol dependence", "recovering from a stroke", "diagnosed with adjustment disorder",
    "on dialysis three times a week", "has a history of panic attacks", "takes insulin daily",
]
DIS = [
    "身体障害者手帳2級", "精神障害者保健福祉手帳3級", "療育手帳B", "要介護3", "要介護2", "要支援1", "要介護4",
    "車椅子を使用", "右半身麻痺", "左片麻痺", "聴覚障害（補聴器使用）", "視覚障害（弱視）", "発達障害（ASD）",
    "下肢切断（義足）", "人工肛門を造設", "障害年金2級を受給", "嚥下障害あり", "全盲", "軽度知的障害",
    "高次脳機能障害", "歩行器なしでは歩行困難", "失語症",
]
DIS_EN = ["uses a wheelchair", "holds a level-2 disability certificate", "is hearing impaired",
          "has a visual impairment", "diagnosed with autism spectrum disorder"]
CREED = [
    "浄土真宗の門徒", "カトリック信者", "熱心なクリスチャン", "イスラム教徒のため豚肉不可", "輸血拒否（宗教上の理由）",
    "仏教系新宗教の信者", "ヒンドゥー教徒で牛肉不可", "日曜は教会の礼拝に通っている", "毎朝神棚に祈るのが日課で信心深い",
    "特定政党の後援会員", "市民党を支持", "平和革新党の党員", "緑の未来党の支持者", "保守系政党を熱心に支持",
]
CREED_EN = ["is a practising Muslim", "is a devout Catholic", "belongs to a Buddhist sect",
            "is a member of the Green Future Party"]
CRIME = [
    "前科2犯", "執行猶予中", "窃盗の前科あり", "傷害罪で罰金刑", "覚醒剤取締法違反で服役歴あり", "保護観察中",
    "少年院送致歴あり", "飲酒運転で罰金刑", "逮捕歴あり", "詐欺罪で懲役2年執行猶予4年", "前科1犯（暴行）",
    "仮釈放中", "過去に業務上横領で有罪判決", "道路交通法違反で免許取消歴",
]
CRIME_EN = ["convicted of DUI in 2019", "has a prior conviction for theft", "is on probation",
            "served 18 months for fraud"]
VICTIM = [
    "DV被害", "ストーカー被害を受けている", "特殊詐欺の被害に遭った", "性暴力の被害者", "傷害事件の被害者",
    "空き巣被害に遭った", "夫からの暴力を受けていた", "SNSでの脅迫被害", "ひき逃げ事故の被害者", "強盗被害に遭った",
    "児童虐待を受けていた", "リベンジポルノの被害",
]
VICTIM_EN = ["a victim of domestic violence", "was assaulted on the way home", "was targeted by a phone scam"]
STATUS = ["生活保護を受給中", "被差別部落の出身", "非嫡出子", "児童養護施設で育った", "元受刑者の家族",
          "生活保護受給者", "難民認定申請中"]
RACE = ["在日韓国人三世", "アイヌ民族の出身", "日系ブラジル人", "父がフィリピン出身のハーフ", "在日朝鮮人二世"]
CHECK = ["HbA1c 8.2％（要医療）", "血圧168/102 要治療", "肝機能 D判定", "γ-GTP高値 要再検査", "尿糖（2＋）要精密検査",
         "胸部X線 要精密検査", "心電図 異常所見あり（要受診）", "LDL-C 192 要治療", "空腹時血糖 142 要再検",
         "便潜血陽性 要精密", "眼底 C判定", "尿酸 8.9 要経過観察", "BMI 31.4 肥満（2度）"]


def pick_sens(rng, weights=None):
    pools = [("illness", ILL, 30), ("illness", ILL_ABBR, 8), ("disability", DIS, 14), ("creed", CREED, 8),
             ("criminal_record", CRIME, 8), ("crime_victim", VICTIM, 8), ("social_status", STATUS, 3),
             ("race", RACE, 2), ("other", CHECK, 5)]
    if weights:
        pools = [(a, b, weights.get(a, 0) if b is not ILL_ABBR else weights.get("abbr", 0)) for a, b, _ in pools]
        pools = [(a, b, w) if b is not CHECK else (a, b, weights.get("check", 0)) for a, b, w in pools]
    tot = sum(w for _, _, w in pools)
    r = rng.uniform(0, tot)
    for sub, lst, w in pools:
        r -= w
        if r <= 0:
            break
    t = rng.choice(lst)
    kw = {"note": "health-check result"} if lst is CHECK else {}
    return S(t, sub, **kw)


def pick_en(rng):
    sub, lst = rng.choice([("illness", ILL_EN), ("illness", ILL_EN), ("disability", DIS_EN), ("creed", CREED_EN),
                           ("criminal_record", CRIME_EN), ("crime_victim", VICTIM_EN)])
    return S(rng.choice(lst), sub)


FAMILY = ["父", "母", "夫", "妻", "長男", "長女", "義母", "祖父", "兄", "妹"]
FAMILY_ILL = ["胃がんで他界", "認知症で要介護2", "脳梗塞で入院中", "糖尿病", "うつ病で療養中", "心筋梗塞で死亡",
              "透析治療中", "パーキンソン病", "統合失調症で入院歴あり", "乳がん"]

NEGATED = ["既往症なし", "既往歴：特になし", "前科・前歴なし", "障害者手帳なし", "通院歴なし", "持病はありません",
           "服薬なし", "特記すべき既往なし", "入院歴なし", "健診結果 異常なし", "No significant medical history",
           "宗教上の制限なし", "告知事項なし", "糖尿病の既往なし", "精神疾患の通院歴なし", "がんの既往はありません",
           "障害等級の認定なし", "No prior convictions"]

# ---------------------------------------------------------------------------
# shared fragments
# ---------------------------------------------------------------------------


def staff_sig(rng, org_key, p=None, dom=None):
    """signature block: list of items (name, phone, email, maybe fax)."""
    p = p or Person(rng)
    org = rng.choice(ORGS[org_key])
    dom = dom or ORG_DOM[org_key]
    out = ["\n", rng.choice(["--\n", "――――――――――――\n", "-------------------------\n", "＿＿＿＿＿＿＿＿\n"]), org, "\n"]
    out += [rng.choice(["担当：", "", "Staff: ", "担当 "]), E("PERSON", p.full()), "\n"]
    out += ["TEL ", E("PHONE", phone(rng, rng.choice(["tokyo", "local", "osaka"]))), "\n"]
    if rng.random() < 0.4:
        out += ["FAX ", E("PHONE", phone(rng, rng.choice(["tokyo", "local"]))), "\n"]
    out += ["Mail: ", E("EMAIL", p.email(dom)), "\n"]
    return out, p


def addr_block(rng, label=True):
    out = []
    if rng.random() < 0.5:
        out += ["〒", E("POSTAL_CODE", postal(rng, "dash")), rng.choice([" ", "　", "\n"])]
    else:
        out += [("郵便番号：" if label else ""), E("POSTAL_CODE", postal(rng)), "\n" if label else " "]
    out += [E("ADDRESS", address(rng))]
    return out


def neg_date(rng, label):
    return [label, N(fmt_date(rng, recent(rng), rng.choice(["ymdk", "slash0", "erak", "dash", "eraS."])), "ordinary-date")]


def pol_no(rng):
    return rng.choice([f"{rng.choice('ABCDKS')}{rdigits(rng, 9)}", f"{rdigits(rng, 4)}-{rdigits(rng, 6)}-{rdigits(rng, 2)}",
                       bad_my_number(rng), f"第{rdigits(rng, 10)}号"])


def money(rng, lo=1000, hi=60000):
    v = rng.randint(lo // 10, hi // 10) * 10
    return rng.choice([f"{v:,}円", f"¥{v:,}", f"{v}円"])


def para_join(rng):
    return rng.choice(["\n", "\n\n"])


TERSE = [("", "。"), ("・", "\n"), ("※", "。"), ("", "（本人申告）。"), ("", "とのこと。"), ("本人談：", "。"),
         ("", "。"), ("", "、"), ("【", "】"), ("", "→要確認。")]
POLITE = [("", "とのことです。"), ("ご本人より、", "と伺っております。"), ("", "と伺いました。"),
          ("", "の旨、ご連絡をいただきました。"), ("", "とのお申し出がありました。")]


def wrap(rng, s, reg="terse"):
    pre, suf = rng.choice(TERSE if reg == "terse" else POLITE)
    return [pre, s, suf]


def fam_sens(rng):
    rel = rng.choice(FAMILY)
    sep = rng.choice(["：", "が", "は", "（", " "])
    return [rel, sep, S(rng.choice(FAMILY_ILL), "illness", note="family member"), "）" if sep == "（" else ""]


HEDGED = ["うつ病の疑い", "認知症の疑いあり（未診断）", "発達障害の可能性を指摘された", "睡眠時無呼吸症候群の疑い", "乳がんの疑いで精密検査中",
          "アルコール依存の傾向", "軽度認知障害（MCI）疑い", "不整脈の疑い", "パーキンソン症状の疑い"]


def hedged(rng):
    return S(rng.choice(HEDGED), "illness", note="hedged")


def negated(rng):
    return L(rng.choice(NEGATED), "negated-statement")


# ---------------------------------------------------------------------------
# insurance agency
# ---------------------------------------------------------------------------

KOKUCHI_Q = [
    ("最近3か月以内に、医師の診察・検査・治療・投薬を受けたことがありますか。", "ill"),
    ("過去5年以内に、病気やけがで継続して7日以上の入院をしたことがありますか。", "ill"),
    ("過去5年以内に、手術を受けたことがありますか。", "ill"),
    ("過去2年以内に、健康診断・人間ドックで異常を指摘されたことがありますか。", "check"),
    ("現在、身体に障害がありますか（視力・聴力・言語・手足など）。", "dis"),
    ("今までに、がん（悪性新生物）にかかったことがありますか。", "ill"),
    ("過去5年以内に、うつ病・精神疾患で医師の診察を受けたことがありますか。", "ill"),
    ("Have you been treated for any illness in the past 5 years?", "en"),
]


def g_kokuchi(rng, i):
    enc = rng.choice(["utf-8", "utf-8", "cp932", "utf-8-sig"])
    d = Doc("insurance/kokuchi", rng.choice(["txt", "txt", "md"]), "", enc, rng.choice(["\n", "\r\n"]))
    p = Person(rng)
    lay = rng.choice(["inline", "above", "pipe"])
    d.shape = f"kokuchi-answer-{lay}"
    d.line(rng.choice(["告知書（控）", "■ 医療保険 告知内容確認書", "告知書 記入内容（代理店控え）", "【告知書】"]))
    d.line(rng.choice(["証券番号", "申込番号", "契約番号"]), "：", N(pol_no(rng), "policy-number"), "　",
           *neg_date(rng, rng.choice(["受付日：", "記入日：", "申込日："])))

    def fld(label, val):
        if lay == "inline":
            d.line(label, rng.choice(["：", ": ", "　"]), val)
        elif lay == "above":
            d.line(label)
            d.line("  ", val)
        else:
            d.line("| ", label, " | ", val, " |")

    fld("被保険者氏名", E("PERSON", p.full()))
    fld(rng.choice(["フリガナ", "ふりがな"]), E("PERSON", p.kana(h=rng.random() < 0.3)))
    fld(rng.choice(["生年月日", "生年月日（和暦）", "生年月日（西暦）"]), E("DATE_OF_BIRTH", fmt_date(rng, p.dob)))
    fld("性別", "男性" if p.g == "M" else "女性")
    if rng.random() < 0.7:
        fld("住所", addr_block(rng, False))
    fld(rng.choice(["電話番号", "連絡先", "携帯"]), E("PHONE", phone(rng)))
    if rng.random() < 0.3:
        fld("月払保険料", N(money(rng, 2000, 30000), "premium-amount"))
    d.line()
    d.line(rng.choice(["【告知事項】", "■告知内容", "告知事項（該当するものに○）"]))
    qs = rng.sample(KOKUCHI_Q, rng.randint(3, 6))
    nyes = 0
    for k, (q, typ) in enumerate(qs, 1):
        d.line(f"{k}. ", L(q, "form-question"))
        yes = rng.random() < 0.45
        if yes:
            nyes += 1
            if typ == "en":
                d.line("   Yes — ", pick_en(rng), rng.choice([" (2021)", "", " since 2018"]))
                continue
            s = {"ill": lambda: S(rng.choice(ILL + ILL_ABBR), "illness"), "check": lambda: S(rng.choice(CHECK), "other", note="health-check result"),
                 "dis": lambda: S(rng.choice(DIS), "disability")}[typ]()
            form = rng.randint(0, 3)
            if form == 0:
                d.line("   はい：", f"{rng.randint(1, 5)}年前に", s)
            elif form == 1:
                d.line("   ■はい □いいえ　→ ", s, rng.choice(["", "（完治）", "（経過観察中）", "（現在も通院）"]))
            elif form == 2:
                d.line("   回答：はい（", s, "）")
            else:
                d.line("   はい。", s, "。", rng.choice(["診断書あり。", "医療機関：市立病院", "詳細は別紙。"]))
        else:
            if rng.random() < 0.25:
                d.line("   いいえ（", negated(rng), "）")
            else:
                d.line(rng.choice(["   いいえ", "   □はい ■いいえ", "   回答：いいえ", "   No"]))
    if rng.random() < 0.35:
        d.line()
        d.line(rng.choice(["【家族歴（参考）】", "備考："]), *fam_sens(rng))
    if rng.random() < 0.5:
        d.line()
        d.line(rng.choice(["募集人：", "取扱者：", "担当募集人 "]), E("PERSON", Person(rng).full()),
               "　", rng.choice(ORGS["ins"]))
    return d


def g_ins_csv(rng, i):
    tsv = rng.random() < 0.25
    delim = "\t" if tsv else ","
    enc = rng.choice(["utf-8", "cp932", "utf-8-sig"])
    d = Doc("insurance/exports", "tsv" if tsv else "csv", "", enc, rng.choice(["\n", "\r\n"]))
    hv = rng.randint(0, 2)
    header = [["顧客ID", "氏名", "フリガナ", "生年月日", "電話番号", "メモ"],
              ["No", "契約者", "カナ", "誕生日", "携帯", "備考"],
              ["cust_id", "name", "name_kana", "birthday", "tel", "notes"]][hv]
    d.shape = f"csv-customer-memo-{hv}"
    d.row(header, delim)
    for r in range(rng.randint(8, 16)):
        p = Person(rng)
        cid = N(rng.choice([f"C-{rdigits(rng, 5)}", f"{rdigits(rng, 6)}", f"K{rdigits(rng, 4)}"]), "customer-id")
        memo = []
        x = rng.random()
        if x < 0.45:
            memo = wrap(rng, pick_sens(rng, {"illness": 10, "abbr": 5, "disability": 4, "creed": 1, "criminal_record": 1, "crime_victim": 1, "check": 2}))
            if rng.random() < 0.4:
                memo += [rng.choice(["更新時告知要", "告知済", "引受謝絶の可能性", "特別条件付"])]
        elif x < 0.6:
            memo = fam_sens(rng) + ["。", rng.choice(["介護保険の相談あり", "相続の相談", ""])]
        elif x < 0.72:
            memo = [negated(rng), rng.choice(["", "。健康体割引適用", "。非喫煙"])]
        elif x < 0.8:
            memo = [rng.choice(["自動車保険 満期", "火災保険 更新", "学資保険 見直し"]), " ", N(fmt_date(rng, recent(rng), "slash0"), "ordinary-date")]
        elif x < 0.88:
            memo = [rng.choice(["ペットの犬が", "愛猫が"]), L(rng.choice(["心臓病で通院", "腎不全で治療中", "皮膚病"]), "pet-illness"), "。ペット保険案内"]
        else:
            memo = [rng.choice(["", "不在多い", "夕方連絡可", "法人契約あり"])]
        d.row([cid, E("PERSON", p.full(rng.choice(["", " "]))), E("PERSON", p.kana(" ", h=hv == 2)),
               E("DATE_OF_BIRTH", fmt_date(rng, p.dob, rng.choice(["slash0", "dash", "eraS.", "erak", "ymdk", "slash"]))),
               E("PHONE", phone(rng, rng.choice(["mob", "mob", "unalloc", "local", "nodash"]))), memo], delim)
    return d


def eml_headers(rng, d, frm, to, subj, cs="utf-8"):
    """frm/to: (name items or None, email)."""
    date = recent(rng, 2023, 2025)
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri"][rng.randint(0, 4)]
    for lab, (nm, em) in (("From", frm), ("To", to)):
        if nm:
            d.line(f"{lab}: ", nm, " <", E("EMAIL", em), ">")
        else:
            d.line(f"{lab}: ", E("EMAIL", em))
    d.line("Subject: ", *subj)
    d.line(f"Date: {wd}, {date[2]} {MON[date[1] - 1]} {date[0]} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:00 +0900")
    d.line("MIME-Version: 1.0")
    d.line(f"Content-Type: text/plain; charset={cs}")
    d.line("Content-Transfer-Encoding: 8bit")
    d.line()


def g_ins_mail(rng, i):
    sj = rng.random() < 0.3
    d = Doc("insurance/mail", "eml", "mail-customer-polite", "cp932" if sj else "utf-8", rng.choice(["\n", "\r\n"]))
    p = Person(rng)
    agent = Person(rng)
    about_family = rng.random() < 0.35
    d.shape = "mail-customer-family" if about_family else "mail-customer-self"
    eml_headers(rng, d, (E("PERSON", p.full(" ")), p.email(rng.choice(FREEMAIL))),
                (E("PERSON", agent.full(" ")), agent.email(ORG_DOM["ins"])),
                [rng.choice(["給付金のご相談", "告知についての質問", "Re: 更新のご案内", "入院のご連絡", "保険の見直しについて"])],
                "shift_jis" if sj else "utf-8")
    d.line(rng.choice([ORGS["ins"][0], "あおば保険サービス"]), " ", E("PERSON", agent.sei), "様")
    d.line()
    d.line(rng.choice(["いつもお世話になっております。", "お世話になります。", "突然のご連絡失礼いたします。"]),
           E("PERSON", p.full("")), "です。")
    if about_family:
        rel = rng.choice(["母", "父", "主人", "妻", "息子", "娘"])
        fp = Person(rng, old=rel in ("母", "父"), young=rel in ("息子", "娘"), gender="F" if rel in ("母", "妻", "娘") else "M")
        fp.sei = p.sei
        d.add(f"実は{rel}（", E("PERSON", fp.full("")), "）が")
        fam = rng.choice([S(rng.choice(["認知症と診断され", "脳梗塞で倒れ", "大腸がんが見つかり", "心筋梗塞で緊急入院し", "骨折で入院し"]), "illness", note="family member"),
                          S(rng.choice(["要介護2の認定を受け", "要介護3と認定され", "身体障害者手帳4級の交付を受け"]), "disability", note="family member")])
        d.line(fam, "、", rng.choice(["今後のことが心配です。", "給付金の対象になるか知りたいです。", "介護保険の手続きをしています。"]))
        if rng.random() < 0.5:
            d.line(f"{rel}の生年月日は", E("DATE_OF_BIRTH", fmt_date(rng, fp.dob, rng.choice(["erak", "ymdk", "eraS."]))), "です。")
    else:
        s = pick_sens(rng, {"illness": 10, "abbr": 1, "disability": 3, "check": 3, "crime_victim": 1})
        d.line(rng.choice(["先月、", "昨年の秋に", "以前お話しした通り、", "お恥ずかしい話ですが、"]), s,
               rng.choice(["ことになりました。", "となりました。", "ため、ご相談です。", "。"]))
        if rng.random() < 0.3:
            d.line("また、健診で", hedged(rng), "と言われています。")
        if rng.random() < 0.5:
            d.line(rng.choice(["このような状態でも", "更新の際に"]), L(rng.choice(["告知が必要な病気", "引受基準緩和型の保険", "既往症の扱い"]), "insurance-faq"), "について教えていただけますか。")
    if rng.random() < 0.3:
        d.line("なお、", L(rng.choice(["マンションの給水設備の故障", "会社のシステム障害", "ネット回線の障害"]), "system-failure"), "のため、しばらく電話のほうがつながりやすいです。")
    d.line()
    d.line("よろしくお願いいたします。")
    d.line()
    d.line(E("PERSON", p.full(rng.choice(["", " "]))))
    if rng.random() < 0.7:
        d.line(rng.choice(["携帯：", "TEL ", "電話 "]), E("PHONE", phone(rng, rng.choice(["mob", "unalloc", "p81", "fw"]))))
    return d


def g_travel(rng, i):
    d = Doc("insurance/travel", "txt", "", "utf-8", "\n")
    p = Person(rng)
    eng = rng.random() < 0.5
    d.shape = "travel-application-english" if eng else "travel-application-romaji"
    if eng:
        d.line("OVERSEAS TRAVEL INSURANCE — APPLICATION SUMMARY")
        d.line("Policy No.: ", N(f"OT-{rdigits(rng, 8)}", "policy-number"))
        d.line("Insured name: ", E("PERSON", p.roma(rng.choice(["UP", "up2"]))))
        d.line("Date of birth: ", E("DATE_OF_BIRTH", fmt_date(rng, p.dob, rng.choice(["dMonY", "MonthDY", "dash"]))))
        d.line("Passport No.: ", E("PASSPORT", f"{rng.choice(['TK', 'TZ', 'MZ', 'TR', 'TS', 'TH'])}{rdigits(rng, 7)}"))
        d.line("Travel period: ", N(fmt_date(rng, recent(rng, 2025, 2025), "dash"), "ordinary-date"), " to ",
               N(fmt_date(rng, recent(rng, 2025, 2025), "dash"), "ordinary-date"))
        d.line("Destination: ", rng.choice(["Hawaii", "Singapore", "Germany", "Vietnam", "Canada"]))
        d.line("Emergency contact: ", E("PERSON", Person(rng).roma("GF")), ", ", E("PHONE", phone(rng, "p81")))
        d.line("Email: ", E("EMAIL", p.email(rng.choice(FREEMAIL))))
        d.line()
        d.line("Medical declaration:")
        if rng.random() < 0.6:
            d.line("  Pre-existing conditions: the insured ", pick_en(rng), ".")
        else:
            d.line("  Pre-existing conditions: ", L("None declared", "negated-statement"))
        d.line("  Note: ", L("claims arising from pre-existing conditions are excluded", "policy-exclusion"), ".")
    else:
        d.line("海外旅行保険 申込内容")
        d.line("契約者氏名（漢字）：", E("PERSON", p.full("　")))
        d.line("氏名（ローマ字・旅券と同じ）：", E("PERSON", p.roma("UP")))
        d.line("旅券番号：", E("PASSPORT", f"{rng.choice(['TK', 'TZ', 'MZ', 'TR'])}{rdigits(rng, 7)}"))
        d.line("生年月日：", E("DATE_OF_BIRTH", fmt_date(rng, p.dob, rng.choice(["ymdk", "erak", "slash0"]))))
        d.line("出発日：", N(fmt_date(rng, recent(rng, 2025, 2025), "ymdk"), "ordinary-date"))
        d.line("携帯電話（海外でも使用可）：", E("PHONE", phone(rng, rng.choice(["mob", "p81"]))))
        d.line("保険料：", N(money(rng, 3000, 25000), "premium-amount"))
        d.line("健康状態の告知：", rng.choice([[S(rng.choice(ILL), "illness"), "（治療継続中）"], [negated(rng)], [S(rng.choice(DIS), "disability")]]))
    return d


def g_agent_daily(rng, i):
    d = Doc("insurance/daily", rng.choice(["txt", "md"]), "agent-daily-terse", "utf-8", "\n")
    agent = Person(rng)
    d.line(rng.choice(["営業日報 ", "訪問記録 ", "日報："]), N(fmt_date(rng, recent(rng), "slash0"), "ordinary-date"), " ", E("PERSON", agent.full("")))
    for _ in range(rng.randint(3, 6)):
        p = Person(rng)
        hh = f"{rng.randint(9, 18)}:{rng.choice(['00', '15', '30', '45'])}"
        d.add(hh, " ", E("PERSON", p.sei), rng.choice(["様宅", "様", "さん宅", "様（法人）"]), " ")
        k = rng.random()
        if k < 0.55:
            d.add(*wrap(rng, pick_sens(rng, {"illness": 8, "abbr": 6, "disability": 2, "check": 2, "creed": 1, "social_status": 1})))
            d.line(rng.choice(["医療保険は見送り。", "緩和型を提案。", "次回資料持参。", ""]))
        elif k < 0.7:
            d.line("ご主人" if rng.random() < 0.5 else "奥様", "の", S(rng.choice(["DM", "HT", "鬱", "がん"]), "illness", note="family member"),
                   rng.choice(["の件で相談。", "。医療保険検討中。"]))
        elif k < 0.82:
            d.line("自動車保険更新。保険料 ", N(money(rng), "premium-amount"), "、証券番号 ", N(pol_no(rng), "policy-number"))
        else:
            d.line(negated(rng), "。", rng.choice(["終身保険加入手続き。", "健康体料率OK。"]))
        if rng.random() < 0.15:
            d.line("  法人：", N(surname_company(rng), "company-from-surname"), " 団体保険の見積")
    if rng.random() < 0.4:
        d.line("※", L(rng.choice(["基幹システム障害で見積ツール使用不可", "社用車の故障", "代理店システムのメンテナンス障害"]), "system-failure"))
    return d


def g_claim(rng, i):
    enc = rng.choice(["utf-8", "cp932"])
    d = Doc("insurance/claims", "txt", "claim-form", enc, rng.choice(["\n", "\r\n"]))
    hk = rng.randint(0, 3)
    p = Person(rng, old=hk == 3)
    d.line(rng.choice(["入院給付金 請求書（写）", "給付金請求内容 確認票", "保険金・給付金請求書"]))
    d.line("請求番号：", N(f"{rdigits(rng, 4)}-{rdigits(rng, 6)}", "claim-number"), "　証券番号：", N(pol_no(rng), "policy-number"))
    d.line("被保険者：", E("PERSON", p.full("　")), "（", E("PERSON", p.kana()), "）")
    d.line("生年月日：", E("DATE_OF_BIRTH", fmt_date(rng, p.dob)))
    d.line("傷病名：", S(rng.choice(["急性虫垂炎", "右大腿骨頸部骨折", "胃がん", "肺炎", "脳梗塞", "乳がん", "胆石症", "うつ病", "椎間板ヘルニア"]), "illness"))
    a_, b_ = sorted([recent(rng), recent(rng)])
    d.line("入院期間：", N(fmt_date(rng, a_, "ymdk"), "ordinary-date"), "～", N(fmt_date(rng, b_, "ymdk"), "ordinary-date"))
    if rng.random() < 0.5:
        d.line("手術名：", S(rng.choice(["腹腔鏡下胆嚢摘出術", "人工骨頭置換術", "乳房部分切除術", "内視鏡的粘膜下層剥離術"]), "illness"))
    if hk == 0:
        d.line("健康保険証 記号：", E("HEALTH_INSURANCE", rdigits(rng, rng.randint(4, 8))), "　番号：", E("HEALTH_INSURANCE", str(rng.randint(1, 9999))))
    elif hk == 1:
        d.line("被保険者証 記号・番号：", E("HEALTH_INSURANCE", f"{rdigits(rng, 5)}-{rng.randint(1, 999)}"))
    elif hk == 2:
        d.line("保険者番号")
        d.line(E("HEALTH_INSURANCE", insurer_no(rng)))
        d.line("記号　番号　枝番")
        d.line(E("HEALTH_INSURANCE", rdigits(rng, 4)), "　", E("HEALTH_INSURANCE", rdigits(rng, 3)), "　", E("HEALTH_INSURANCE", "0" + str(rng.randint(0, 3)), note="枝番"))
    else:
        d.line("保険者番号：", E("HEALTH_INSURANCE", insurer_no(rng, "39")), "（後期高齢者医療）　被保険者番号：", E("HEALTH_INSURANCE", rdigits(rng, 8)))
    d.line("お振込先：", rng.choice(["みずなみ銀行", "さくら信用金庫", "ひまわり銀行"]), " ", rng.choice(["本店", "駅前支店", "中央支店"]), " 普通 ",
           E("BANK_ACCOUNT", rdigits(rng, 7)))
    d.line("口座名義：", E("PERSON", p.kana(" ")))
    d.line("連絡先：", E("PHONE", phone(rng)))
    if rng.random() < 0.4:
        d.line("保険料払込 カード番号：", E("CREDIT_CARD", group4(card(rng), rng.choice([" ", "-", ""]))))
        d.line("お問い合わせ番号：", N(bad16(rng), "inquiry-number-16"))
    return d


# ---------------------------------------------------------------------------
# home care / day service
# ---------------------------------------------------------------------------

CARE_S = [("認知症の進行が見られる", "illness"), ("アルツハイマー型認知症", "illness"), ("車椅子で移動", "disability"),
          ("右片麻痺", "disability"), ("仙骨部に褥瘡", "illness"), ("インスリン注射（糖尿病）", "illness"),
          ("嚥下障害のためとろみ食", "disability"), ("心不全で利尿剤を服用", "illness"), ("パーキンソン病による振戦", "illness"),
          ("脳梗塞後遺症", "illness"), ("緑内障で視力低下", "illness"), ("夜間せん妄", "illness"), ("うつ傾向", "illness"),
          ("骨粗鬆症で圧迫骨折の既往", "illness"), ("在宅酸素療法中", "illness"), ("ストーマ管理", "disability"),
          ("全介助", "disability"), ("要介護3", "disability"), ("要介護5", "disability"), ("要支援2", "disability"),
          ("レビー小体型認知症", "illness"), ("幻視の訴え（レビー）", "illness"), ("透析日（月水金）", "illness"),
          ("難聴のため筆談", "disability"), ("生活保護受給", "social_status"), ("物盗られ妄想", "illness")]


def care_s(rng):
    t, sub = rng.choice(CARE_S)
    return S(t, sub)


def care_ins(rng, d, lay):
    if lay == 0:
        d.line("介護保険 被保険者番号：", E("HEALTH_INSURANCE", rdigits(rng, 10), note="介護保険"), "　保険者番号：",
               E("HEALTH_INSURANCE", f"{rng.randint(1, 47):02d}{rdigits(rng, 4)}", note="介護保険"))
    elif lay == 1:
        d.line("被保険者番号")
        d.line(E("HEALTH_INSURANCE", rdigits(rng, 10), note="介護保険"))
    else:
        d.line("医療保険：記号 ", E("HEALTH_INSURANCE", rdigits(rng, 3)), " 番号 ", E("HEALTH_INSURANCE", rdigits(rng, 5)),
               "　保険者番号 ", E("HEALTH_INSURANCE", insurer_no(rng, rng.choice(["39", "kokuho"]))))


def g_care_record(rng, i):
    enc = rng.choice(["utf-8", "utf-8", "cp932"])
    d = Doc("care/records", "txt", "care-visit-record", enc, rng.choice(["\n", "\r\n"]))
    u = Person(rng, old=True)
    d.line(rng.choice(["訪問介護サービス提供記録", "サービス実施記録票", "ヘルパー訪問記録"]))
    d.line("提供日：", N(fmt_date(rng, recent(rng), rng.choice(["erak", "slash0", "ymdk"])), "ordinary-date"),
           f"　{rng.randint(8, 17)}:00～{rng.randint(9, 18)}:30")
    d.line("利用者：", E("PERSON", u.full("　")), "様")
    if rng.random() < 0.6:
        d.line("生年月日：", E("DATE_OF_BIRTH", fmt_date(rng, u.dob, rng.choice(["erak", "eraS.", "eraab", "ymdk", "fwera"]))))
    if rng.random() < 0.7:
        t = rng.choice(["要介護1", "要介護2", "要介護3", "要介護4", "要支援2"])
        d.line(rng.choice(["要介護度：", "介護度 "]), S(t, "disability"))
    if rng.random() < 0.6:
        care_ins(rng, d, rng.randint(0, 2))
    d.line("サービス内容：", rng.choice(["身体介護（入浴・排泄）", "生活援助（掃除・買物）", "身体介護30分＋生活援助45分"]))
    d.line("【記録】")
    for _ in range(rng.randint(2, 4)):
        k = rng.random()
        if k < 0.1:
            d.line("ご家族の話では", hedged(rng), "。受診を勧めた。")
        elif k < 0.55:
            d.line(rng.choice(["", "本日も", "前回同様、"]), care_s(rng), rng.choice(["のため見守り強化。", "。声かけしながら介助。", "あり。家族へ報告済み。", "。"]))
        elif k < 0.7:
            d.line("バイタル：体温36.", str(rng.randint(2, 9)), "℃ 血圧", f"{rng.randint(110, 160)}/{rng.randint(60, 95)}", "。", rng.choice(["著変なし。", "", "顔色良好。"]))
        elif k < 0.8:
            rel = rng.choice(["長女", "長男の妻", "次男", "長男"])
            fp = Person(rng, gender="M" if rel in ("次男", "長男") else "F")
            if rel != "長男の妻":
                fp.sei = u.sei
            d.line("ご家族（", rel, "の", E("PERSON", fp.full("")), "さん）より電話あり。",
                   E("PHONE", phone(rng, "mob")))
        elif k < 0.9:
            d.line(L(rng.choice(["記録用タブレットの通信障害", "事業所のシステム障害", "電動ベッドのリモコン故障"]), "system-failure"), "のため手書きで記録。")
        else:
            d.line("飼い猫の", L(rng.choice(["腎臓病の薬", "皮膚病の通院"]), "pet-illness"), "について相談あり（ご本人の関心事）。")
    d.line("記録者：", E("PERSON", Person(rng).full("")))
    return d


def g_day_diary(rng, i):
    d = Doc("care/diary", rng.choice(["md", "txt"]), "", "utf-8", "\n")
    md = d.ext == "md"
    d.shape = "day-service-diary-md" if md else "day-service-diary-list"
    d.line("# " if md else "", "デイサービス日誌　", N(fmt_date(rng, recent(rng), "slash0"), "ordinary-date"))
    d.line("出勤：", E("PERSON", Person(rng).sei), "・", E("PERSON", Person(rng).sei), "・", E("PERSON", Person(rng).full("")), "（看護）")
    d.line()
    if md and rng.random() < 0.5:
        d.line("| 利用者 | 入浴 | 食事 | 様子 |")
        d.line("|---|---|---|---|")
        for _ in range(rng.randint(4, 8)):
            u = Person(rng, old=True)
            d.line("| ", E("PERSON", u.full("")), " 様 | ", rng.choice(["○", "×", "清拭"]), " | ", rng.choice(["全量", "8割", "半量"]), " | ",
                   rng.choice([[care_s(rng), "。", rng.choice(["落ち着いて過ごす", "レク参加", "午睡"])], ["穏やか。レク参加"], ["家族より差し入れ"]]), " |")
    else:
        for _ in range(rng.randint(4, 8)):
            u = Person(rng, old=True)
            nm = rng.choice([[E("PERSON", u.sei), "様"], [E("PERSON", u.full("")), "様"], [E("PERSON", u.mei), "さん"]])
            d.line("- ", *nm, "：", rng.choice([[care_s(rng), "。", rng.choice(["送迎時ふらつきあり。", "入浴は見守り。", "体操参加。", ""])],
                                              ["カラオケで笑顔。", "特変なし。"],
                                              [S(rng.choice(["認知症", "糖尿病", "高血圧", "心不全", "難聴"]), "illness"), "のため", rng.choice(["昼食前に血糖測定", "服薬確認", "付き添い歩行"]), "。"]]))
    d.line()
    d.line("## 連絡事項" if md else "【連絡事項】")
    d.line(rng.choice([[L("インフルエンザ予防接種", "vaccination-notice"), "の希望調査を配布"], ["送迎車2号の", L("エンジン故障", "vehicle-failure"), "、代車手配済み"],
                       [L("ノロウイルス対策", "infection-control-manual"), "の研修は来週"], ["記録は", E("PERSON", Person(rng).sei), "まで"]]))
    return d


def chat_speaker(rng, style, nm, hh):
    if style == 0:
        return [f"[{hh}] ", E("PERSON", nm), ": "]
    if style == 1:
        return [E("PERSON", nm), f" {hh}\n"]
    if style == 2:
        return [f"{hh} ", E("PERSON", nm), "＞"]
    if style == 3:
        return ["【", E("PERSON", nm), f"】{hh} "]
    return [E("PERSON", nm), "「"]


def g_care_chat(rng, i):
    style = rng.randint(0, 4)
    d = Doc("care/chat", "txt", f"chat-care-staff-{style}", "utf-8", "\n")
    staff = [Person(rng) for _ in range(rng.randint(2, 4))]
    names = [rng.choice([s.sei, s.full(""), s.mei]) for s in staff]
    users = [Person(rng, old=True) for _ in range(3)]
    if rng.random() < 0.5:
        d.line(rng.choice(["#ヘルパー連絡", "グループ：すずらん訪問チーム", "トーク履歴 ", "=== 申し送りチャット ==="]))
    h, m = rng.randint(7, 17), rng.randint(0, 50)
    for _ in range(rng.randint(5, 11)):
        m += rng.randint(1, 9)
        if m >= 60:
            h, m = h + 1, m - 60
        nm = rng.choice(names)
        d.add(*chat_speaker(rng, style, nm, f"{h}:{m:02d}"))
        u = rng.choice(users)
        k = rng.random()
        um = [E("PERSON", u.sei), rng.choice(["さん", "様"])]
        if k < 0.45:
            body = um + [rng.choice(["、", "は", "ですが"]), care_s(rng), rng.choice(["なので注意してください", "、今日は落ち着いてます", "。訪問時間ずらします", "の件、ケアマネに報告しました"])]
        elif k < 0.55:
            body = um + ["の娘さんから連絡、", S(rng.choice(["昨夜転倒して骨折", "肺炎で入院", "インフルエンザ陽性"]), "illness"), "とのこと"]
        elif k < 0.65:
            body = [L(rng.choice(["記録アプリに障害", "ネットワーク障害", "LINE WORKSの障害"]), "system-failure"), "出てます。手書きでお願いします"]
        elif k < 0.72:
            body = [L(rng.choice(["インフル予防接種", "腰痛予防研修", "認知症サポーター養成講座"]), "staff-training-notice"), "の申込、今週までです"]
        elif k < 0.8:
            body = ["了解です", ]
        elif k < 0.88:
            body = [rng.choice(["お疲れさまです", "承知しました！", "ありがとうございます"])]
        else:
            body = ["新規の", E("PERSON", Person(rng, old=True).full("")), "様、", S(rng.choice(["要介護2", "要介護1", "要介護4"]), "disability"), "で来週から。住所は",
                    E("ADDRESS", address(rng)), "です"]
        d.add(*body)
        d.line("」" if style == 4 else "")
    return d


def g_care_csv(rng, i):
    enc = rng.choice(["utf-8", "cp932", "utf-8-sig"])
    d = Doc("care/ledger", "csv", "csv-care-users", enc, rng.choice(["\n", "\r\n"]))
    hv = rng.randint(0, 1)
    hdr = [["利用者名", "フリガナ", "生年月日", L("要介護度", "field-name"), "被保険者番号", "保険者番号", L("主な疾患", "field-name"), "備考"],
           ["氏名", "ふりがな", "誕生日", L("介護度", "field-name"), "介護保険番号", "保険者", L("既往歴", "field-name"), "特記事項"]][hv]
    ins = rng.random() < 0.5
    if not ins:
        hdr = hdr[:4] + hdr[6:]
        d.shape = "csv-care-users-noins"
    d.row(hdr)
    for _ in range(rng.randint(6, 14)):
        u = Person(rng, old=True)
        lvl = S(rng.choice(["要介護1", "要介護2", "要介護3", "要介護4", "要介護5", "要支援1", "要支援2"]), "disability")
        dis = rng.choice([S(rng.choice(["認知症", "脳梗塞後遺症", "パーキンソン病", "糖尿病", "心不全", "骨折後", "関節リウマチ", "統合失調症", "COPD"]), "illness"),
                          [S(rng.choice(["高血圧", "アルツハイマー型認知症", "慢性腎不全"]), "illness"), "、", S(rng.choice(["骨粗鬆症", "白内障", "難聴"]), "illness")],
                          negated(rng)])
        memo = rng.choice([["キーパーソン長女 ", E("PHONE", phone(rng, "mob"))], ["送迎 ", N(f"{rng.randint(8, 9)}:{rng.choice(['10', '25', '40'])}", "time")],
                           [S(*rng.choice([("生活保護受給", "social_status"), ("身障手帳1級", "disability"), ("車椅子", "disability"),
                                           ("イスラム教徒のため豚肉不可", "creed"), ("輸血拒否（宗教上の理由）", "creed")]))], [""]])
        row = [E("PERSON", u.full(rng.choice(["", " "]))), E("PERSON", u.kana(" ", h=hv == 1)),
               E("DATE_OF_BIRTH", fmt_date(rng, u.dob, rng.choice(["eraS.", "erak", "slash0", "eraS/"]))), lvl,
               E("HEALTH_INSURANCE", rdigits(rng, 10), note="介護保険"), E("HEALTH_INSURANCE", f"{rng.randint(1, 47):02d}{rdigits(rng, 4)}", note="介護保険"),
               dis, memo]
        d.row(row if ins else row[:4] + row[6:])
    return d


def g_family_note(rng, i):
    d = Doc("care/family", "txt", "", "utf-8", "\n")
    who = rng.choice(["母", "父", "義母", "主人", "妻"])
    u = Person(rng, old=True, gender="F" if who in ("母", "義母", "妻") else "M")
    rel = {"母": rng.choice(["長女", "長男", "次女"]), "父": rng.choice(["長女", "長男"]), "義母": "嫁", "主人": "妻", "妻": "夫"}[who]
    fam = Person(rng, gender="F" if rel in ("長女", "次女", "嫁", "妻") else "M")
    if rel not in ("長女", "次女") or rng.random() < 0.4:
        fam.sei = u.sei
    mode = rng.choice(["notebook", "fax", "line"])
    d.shape = f"family-contact-{mode}"
    if mode == "fax":
        d.line("FAX送信票")
        d.line("宛先：", rng.choice(ORGS["care"]), " 御中　FAX ", E("PHONE", phone(rng, "local")))
        d.line("送信者：", E("PERSON", fam.full("")), f"（{rel}）　TEL ", E("PHONE", phone(rng)))
    elif mode == "line":
        d.line(E("PERSON", fam.full("")), " ", N(fmt_date(rng, recent(rng), "slash"), "ordinary-date"), " ", f"{rng.randint(7, 21)}:{rng.randint(10, 59)}")
    else:
        d.line("連絡帳　", N(fmt_date(rng, recent(rng), rng.choice(["ymdk", "slash"])), "ordinary-date"), "（家族より）")
    d.line(rng.choice(["いつもお世話になっております。", "お世話になります。", "職員の皆さまへ"]))
    d.add(f"{who}（", E("PERSON", u.sei), "）の件です。" if rng.random() < 0.5 else "）ですが、")
    for _ in range(rng.randint(2, 4)):
        k = rng.random()
        if k < 0.6:
            d.add(rng.choice(["最近", "先週から", "昨夜は", "病院で"]),
                  S(rng.choice(["物忘れがひどくなり", "認知症が進んで", "夜中に徘徊", "血圧が高く薬が増え", "糖尿病の数値が悪化", "腰の圧迫骨折",
                                "軽い脳梗塞と言われ", "うつっぽく", "パーキンソンの薬が変わり", "誤嚥性肺炎で入院"]), "illness"),
                  rng.choice(["、心配しています。", "ました。", "、様子を見ていただけますか。", "とのことでした。"]))
        elif k < 0.75:
            d.add("来月から", S(rng.choice(["要介護3", "要介護2", "要介護4"]), "disability"), "に変更になります。")
        elif k < 0.85:
            d.add("お薬（", L(rng.choice(["アリセプト", "メマンチン", "アムロジピン"]), "drug-name"), "）は朝食後に飲ませてください。")
        else:
            d.add("送迎は", N(f"{rng.randint(8, 9)}:{rng.choice(['00', '30'])}", "time"), "でお願いします。")
    d.line()
    d.line(rng.choice(["よろしくお願いします。", "何かあれば携帯までご連絡ください。"]))
    if mode != "fax":
        d.line(rel, "　", E("PERSON", fam.full("")), rng.choice(["", ["　", E("PHONE", phone(rng, rng.choice(["mob", "unalloc", "fw"])))]]))
    return d


# ---------------------------------------------------------------------------
# HR & occupational health
# ---------------------------------------------------------------------------

MENDAN_S = [("うつ病で休職中", "illness"), ("適応障害の診断", "illness"), ("SSRI服薬中", "illness"), ("睡眠薬を服用", "illness"),
            ("鬱", "illness"), ("MDD", "illness"), ("パニック発作", "illness"), ("双極II型", "illness"), ("統失", "illness"),
            ("アルコール性肝障害", "illness"), ("自律神経失調症", "illness"), ("不安障害で通院", "illness"), ("メニエール病", "illness"),
            ("心療内科に通院中", "illness"), ("HT", "illness"), ("DM", "illness"), ("腰痛症（ヘルニア）", "illness"),
            ("発達障害の診断あり", "disability"), ("精神障害者保健福祉手帳2級", "disability"), ("がん治療（抗がん剤）中", "illness")]


def g_mendan(rng, i):
    enc = rng.choice(["utf-8", "utf-8", "cp932"])
    d = Doc("hr/mendan", rng.choice(["txt", "md"]), "", enc, rng.choice(["\n", "\r\n"]))
    p = Person(rng, young=rng.random() < 0.5)
    kind = rng.choice(["復職判定", "長時間労働者面談", "高ストレス者面談", "休職中面談", "健診事後措置"])
    style = rng.choice(["form", "soap", "terse"])
    d.shape = f"occupational-health-{style}"
    d.line(rng.choice(["産業医面談記録（取扱注意）", "【産業医面談】", "面談記録票", "# 産業保健 面談メモ"]))
    d.line(*neg_date(rng, "面談日："), "　区分：", kind)
    d.line("社員番号：", N(f"{rng.choice(['E', 'T', ''])}{rdigits(rng, 6)}", "employee-id"), "　所属：", rng.choice(["製造1課", "品質保証部", "生産技術課", "物流センター", "総務課"]))
    d.line("氏名：", E("PERSON", p.full(rng.choice(["", "　"]))), rng.choice(["", ["（", E("PERSON", p.kana()), "）"]]))
    if rng.random() < 0.5:
        d.line("生年月日：", E("DATE_OF_BIRTH", fmt_date(rng, p.dob)), "　入社日：", N(fmt_date(rng, recent(rng, 2005, 2022), rng.choice(["ymdk", "slash0"])), "ordinary-date"))
    def ms():
        if rng.random() < 0.1:
            return hedged(rng)
        t, sub = rng.choice(MENDAN_S)
        return S(t, sub)
    if style == "soap":
        d.line("S: ", rng.choice(["眠れない、朝がつらい。", "職場復帰に不安あり。", "体調はだいぶ良い。"]), ms(), rng.choice(["。", "とのこと。"]))
        d.line("O: 表情やや硬い。血圧", f"{rng.randint(110, 170)}/{rng.randint(70, 105)}", "。")
        d.line("A: ", ms(), rng.choice(["、症状安定傾向", "、就業制限が必要", "。回復途上"]))
        d.line("P: ", rng.choice(["残業禁止1か月", "主治医意見書を取得", "2週間後再面談", "短時間勤務から開始"]))
    elif style == "terse":
        d.line("・", ms(), "／", rng.choice(["残業月80h超", "夜勤あり", "異動後3か月"]))
        d.line("・", rng.choice(["主治医：", "通院先："]), rng.choice(["市内メンタルクリニック", "大学病院 精神科", "かかりつけ内科"]))
        d.line("・", ms(), rng.choice(["（本人申告）", "", "疑い→専門医紹介"]))
        if rng.random() < 0.4:
            d.line("・Dx: ", pick_en(rng))
    else:
        d.line("【相談内容】")
        d.line(rng.choice(["本人より、", "上司の勧めで来室。", ""]), ms(), rng.choice(["とのこと。", "のため業務量を調整してほしいとの希望。", "で、復職を希望。"]))
        d.line("【所見】")
        d.line(rng.choice([[S(rng.choice(CHECK), "other", note="health-check result"), "。"], [ms(), "。服薬継続。"], ["睡眠・食欲とも改善。", ms(), "は寛解傾向。"]]))
        if rng.random() < 0.3:
            d.line("家族状況：", *fam_sens(rng))
        d.line("【就業上の措置】")
        d.line(rng.choice(["通常勤務可", "時間外労働の制限（月20時間）", "休職継続が妥当", "配置転換を検討"]))
    if rng.random() < 0.3:
        d.line("参考：", L(rng.choice(["休職規程第12条（私傷病休職）", "ストレスチェック集団分析（部署平均）", "メンタルヘルス不調者の復職支援手引き"]), "hr-rule-reference"))
    d.line("産業医：", E("PERSON", Person(rng).full("")))
    if rng.random() < 0.5:
        d.line("同席保健師：", E("PERSON", Person(rng).full("")))
    return d


def g_kenshin_csv(rng, i):
    enc = rng.choice(["utf-8", "cp932", "utf-8-sig"])
    tsv = rng.random() < 0.3
    delim = "\t" if tsv else ","
    d = Doc("hr/kenshin", "tsv" if tsv else "csv", "csv-health-check", enc, rng.choice(["\n", "\r\n"]))
    hv = rng.randint(0, 2)
    hdr = [["社員番号", "氏名", "生年月日", "受診日", "総合判定", L("有所見項目", "field-name")],
           ["ID", "氏名", "年齢", "健診日", "判定", L("所見・既往歴", "field-name")],
           ["emp_no", "name", "dob", "exam_date", "grade", "findings"]][hv]
    d.shape = f"csv-health-check-{hv}"
    d.row(hdr, delim)
    for _ in range(rng.randint(8, 18)):
        p = Person(rng, young=rng.random() < 0.4)
        grade = rng.choice(["A", "B", "C", "D", "E"])
        if grade in "AB":
            f = rng.choice(["異常なし", "", "軽度所見（経過観察）"])
        else:
            f = rng.choice([[S(rng.choice(CHECK), "other", note="health-check result")],
                            [S(rng.choice(CHECK), "other", note="health-check result"), "／", S(rng.choice(CHECK), "other", note="health-check result")],
                            [S(rng.choice(["高血圧治療中", "DM治療中", "脂質異常症 服薬中", "痛風治療中", "HT内服中"]), "illness")]])
        dob = E("DATE_OF_BIRTH", fmt_date(rng, p.dob, rng.choice(["slash0", "dash", "eraS.", "ymdk"]))) if hv != 1 else str(2024 - p.dob[0])
        d.row([N(rdigits(rng, 6), "employee-id"), E("PERSON", p.full(rng.choice(["", " ", "　"]))), dob,
               N(fmt_date(rng, recent(rng, 2024, 2025), "slash0"), "ordinary-date"), grade, f], delim)
    return d


def g_kyushoku_mail(rng, i):
    sj = rng.random() < 0.25
    d = Doc("hr/mail", "eml", "", "cp932" if sj else "utf-8", "\n")
    hr, boss, emp = Person(rng), Person(rng), Person(rng, young=True)
    kind = rng.choice(["休職", "復職", "就業制限", "配慮依頼"])
    d.shape = f"mail-hr-{kind}"
    eml_headers(rng, d, (E("PERSON", hr.full(" ")), hr.email(ORG_DOM["hr"])), (None, boss.email(ORG_DOM["hr"])),
                [f"【人事・{rng.choice(['秘', '親展', '取扱注意'])}】", E("PERSON", emp.full("")), f"さんの{kind}について"], "shift_jis" if sj else "utf-8")
    d.line(E("PERSON", boss.sei), rng.choice(["課長", "部長", "さん", "マネージャー"]))
    d.line()
    d.line("人事部の", E("PERSON", hr.sei), "です。")
    if kind == "休職":
        d.line(E("PERSON", emp.sei), "さんから主治医の診断書が提出されました。診断名は「",
               S(rng.choice(["適応障害", "うつ病", "双極性障害", "自律神経失調症", "急性膵炎", "乳がん"]), "illness"), "」で、",
               N(fmt_date(rng, recent(rng, 2025, 2025), "ymdk"), "ordinary-date"), "から休職となります。")
    elif kind == "復職":
        d.line(E("PERSON", emp.sei), "さんは", S(rng.choice(["うつ病による休職", "脳出血後のリハビリ", "メンタル不調での休職", "がんの治療"]), "illness"),
               "を経て、来月から復職予定です。当面は", rng.choice(["短時間勤務", "残業なし", "夜勤免除"]), "でお願いします。")
    elif kind == "就業制限":
        d.line("健診の結果、", E("PERSON", emp.full("")), "さんは", S(rng.choice(CHECK), "other", note="health-check result"),
               "のため、産業医より高所作業・夜勤の制限が出ています。")
    else:
        d.line(E("PERSON", emp.sei), "さんより、", S(rng.choice(["聴覚障害があるため", "車椅子使用のため", "てんかんの持病があるため", "人工透析のため週3回通院", "宗教上の理由で金曜昼に礼拝するため", "ラマダン期間中は断食するため"]),
                                                    "creed" if False else "illness"), "、配慮の申出がありました。")
        # subtype corrected below
        last = d.ents[-1]
        t = last["text"]
        last["subtype"] = "creed" if ("宗教" in t or "ラマダン" in t) else "disability" if ("聴覚" in t or "車椅子" in t) else "illness"
    if rng.random() < 0.4:
        d.line("なお、本件は", L(rng.choice(["個人情報保護規程", "休職規程第8条", "健康情報取扱規程"]), "hr-rule-reference"), "に基づき関係者限りでお願いします。")
    d.line("ご不明点は内線", N(str(rng.randint(2000, 4999)), "extension-number"), "までどうぞ。")
    sig, _ = staff_sig(rng, "hr", hr)
    d.add(*sig)
    return d


def mn_fmt(rng, mn):
    return rng.choice([mn, group4(mn), group4(mn, "-"), fw(group4(mn, "-")), group4(mn, "　")])


def g_mynumber(rng, i):
    enc = rng.choice(["utf-8", "cp932", "utf-8-sig"])
    d = Doc("hr/mynumber", "txt", "", enc, rng.choice(["\n", "\r\n"]))
    p = Person(rng)
    lab = rng.choice(["個人番号", "マイナンバー", "個人番号（12桁）", "My Number", "番号（個人）", "個人番号/マイナンバー"])
    above = rng.random() < 0.35
    d.shape = "mynumber-form-label-above" if above else "mynumber-form-inline"
    d.line(rng.choice(["扶養控除等（異動）申告書 入力内容", "マイナンバー提出票", "個人番号届出書（社内用）"]))
    d.line("社員番号：", N(rdigits(rng, 6), "employee-id"), "　提出日：", N(fmt_date(rng, recent(rng), "slash0"), "ordinary-date"))
    d.line("氏名：", E("PERSON", p.full("　")), "　フリガナ：", E("PERSON", p.kana()))
    d.line("生年月日：", E("DATE_OF_BIRTH", fmt_date(rng, p.dob)))
    if above:
        d.line(lab)
        d.line(E("MY_NUMBER", mn_fmt(rng, my_number(rng))))
    else:
        d.line(lab, "：", E("MY_NUMBER", mn_fmt(rng, my_number(rng))))
    d.line("住所：", *addr_block(rng, False))
    if rng.random() < 0.5:
        d.line("基礎年金番号：", E("PENSION_NUMBER", f"{rdigits(rng, 4)}-{rdigits(rng, 6)}"))
    d.line()
    d.line("【控除対象扶養親族】")
    for _ in range(rng.randint(1, 3)):
        rel = rng.choice(["妻", "長男", "長女", "次男", "母", "父"])
        f = Person(rng, old=rel in ("母", "父"), young=rel in ("長男", "長女", "次男"), gender="F" if rel in ("妻", "長女", "母") else "M")
        f.sei = p.sei
        d.line(rel, "：", E("PERSON", f.full(" ")), "　", E("DATE_OF_BIRTH", fmt_date(rng, f.dob, rng.choice(["erak", "ymdk", "eraS."]))), "生")
        d.line("　", rng.choice(["個人番号", "番号", "マイナンバー"]), " ", E("MY_NUMBER", mn_fmt(rng, my_number(rng))))
        if rng.random() < 0.3:
            d.line("　障害者区分：", S(rng.choice(["特別障害者（身体障害者手帳1級）", "一般の障害者（療育手帳B）", "障害者（精神障害者保健福祉手帳2級）"]), "disability", note="family member"))
    if rng.random() < 0.4:
        d.line("寡婦・ひとり親：", L("該当なし", "negated-statement"))
    d.line()
    d.line(rng.choice(["管理番号：", "受付番号：", "書類番号："]), N(bad_my_number(rng), "12-digit-bad-check"))
    if rng.random() < 0.4:
        d.line("証券番号（財形）：", N(bad_my_number(rng), "12-digit-bad-check"))
    return d


def g_english_oh(rng, i):
    d = Doc("hr/english", rng.choice(["eml", "txt"]), "", "utf-8", "\n")
    p, doc_ = Person(rng), Person(rng)
    d.shape = "english-oh-mail" if d.ext == "eml" else "english-oh-note"
    if d.ext == "eml":
        mgr = Person(rng)
        eml_headers(rng, d, (E("PERSON", doc_.roma("GF")), doc_.email(ORG_DOM["hr"])), (E("PERSON", mgr.roma("GF")), mgr.email(ORG_DOM["hr"])),
                    ["Return-to-work assessment - ", E("PERSON", p.roma("GF"))])
        d.line("Hi ", E("PERSON", mgr.mei_r), ",")
        d.line()
    else:
        d.line("OCCUPATIONAL HEALTH NOTE (CONFIDENTIAL)")
    d.line("Employee: ", E("PERSON", p.roma(rng.choice(["GF", "UP", "FG"]))))
    d.line(rng.choice(["DOB: ", "Date of birth: ", "D.O.B. "]), E("DATE_OF_BIRTH", fmt_date(rng, p.dob, rng.choice(["dMonY", "MonthDY", "dash", "slash0"]))))
    d.line("Seen on: ", N(fmt_date(rng, recent(rng), rng.choice(["dMonY", "dash"])), "ordinary-date"))
    d.line()
    for _ in range(rng.randint(1, 3)):
        sub, lst = rng.choice([("illness", ILL_EN), ("illness", ILL_EN), ("disability", DIS_EN)])
        d.line(rng.choice(["He " if p.g == "M" else "She ", "The employee ", "Patient "]), S(rng.choice(lst), sub),
               rng.choice([".", " and is stable.", "; fit for light duties.", ", per GP letter."]))
    if rng.random() < 0.4:
        d.line("Family history: ", rng.choice(["father", "mother", "brother"]), " ", S(rng.choice(["had a heart attack at 52", "has type 1 diabetes", "died of colon cancer"]), "illness", note="family member"), ".")
    if rng.random() < 0.4:
        d.line("PMH: ", S(rng.choice(["T2DM, HTN", "asthma", "GERD", "appendectomy 2010", "MDD (2019)"]), "illness"))
    if rng.random() < 0.3:
        d.line("Allergies: ", L("no known drug allergies", "negated-statement"))
    d.line("Plan: ", rng.choice(["phased return over 4 weeks", "no night shifts for 3 months", "review in 2 weeks"]), ".")
    d.line()
    d.line(E("PERSON", doc_.roma("GF")), ", ", rng.choice(["MD", "Occupational Physician", "OH nurse"]))
    d.line("Tel: ", E("PHONE", phone(rng, "p81")))
    return d


def g_hi_form(rng, i):
    enc = rng.choice(["utf-8", "cp932"])
    d = Doc("hr/insurance", "txt", "", enc, rng.choice(["\n", "\r\n"]))
    p = Person(rng)
    lay = rng.choice(["two-labels", "combined", "above", "table"])
    d.shape = f"health-insurance-{lay}"
    d.line(rng.choice(["健康保険 被扶養者（異動）届 控", "資格取得届 入力票", "健康保険証 再交付申請（社内受付）", "被保険者情報 変更連絡票"]))
    d.line("事業所：東和精機株式会社　被保険者数：", N(f"{rng.randint(300, 2500):,}名", "insured-count"))
    d.line("被保険者氏名：", E("PERSON", p.full(" ")), "　生年月日：", E("DATE_OF_BIRTH", fmt_date(rng, p.dob)))
    kig, ban = rdigits(rng, rng.randint(2, 8)), str(rng.randint(1, 99999))
    if lay == "two-labels":
        d.line("記号：", E("HEALTH_INSURANCE", kig), rng.choice(["　", " ", "\n"]), "番号：", E("HEALTH_INSURANCE", ban))
    elif lay == "combined":
        d.line(rng.choice(["記号・番号：", "記号番号 ", "被保険者証記号・番号　"]), E("HEALTH_INSURANCE", f"{kig}{rng.choice(['-', '・', ' '])}{ban}"))
    elif lay == "above":
        d.line("記号")
        d.line(E("HEALTH_INSURANCE", kig))
        d.line("番号")
        d.line(E("HEALTH_INSURANCE", ban))
    else:
        d.line("| 記号 | 番号 | 枝番 | 保険者番号 |")
        d.line("| ", E("HEALTH_INSURANCE", kig), " | ", E("HEALTH_INSURANCE", ban), " | ", E("HEALTH_INSURANCE", f"0{rng.randint(0, 4)}", note="枝番"), " | ",
               E("HEALTH_INSURANCE", insurer_no(rng, "06")), " |")
    if lay != "table":
        d.line("保険者番号：", E("HEALTH_INSURANCE", insurer_no(rng, rng.choice(["06", "01"]))))
    d.line("基礎年金番号：", E("PENSION_NUMBER", fw(f"{rdigits(rng, 4)}-{rdigits(rng, 6)}") if rng.random() < 0.2 else f"{rdigits(rng, 4)}-{rdigits(rng, 6)}"))
    d.line("標準報酬月額：", N(money(rng, 180000, 650000), "salary-amount"), "　健康保険料（本人負担）：", N(money(rng, 8000, 40000), "premium-amount"))
    if rng.random() < 0.6:
        rel = rng.choice(["妻", "長男", "長女", "母"])
        f = Person(rng, old=rel == "母", young=rel in ("長男", "長女"), gender="M" if rel == "長男" else "F")
        f.sei = p.sei
        d.line("被扶養者：", E("PERSON", f.full(" ")), "（", rel, "）　生年月日 ", E("DATE_OF_BIRTH", fmt_date(rng, f.dob)))
        if rng.random() < 0.4:
            t, sub = rng.choice([("障害者（身体障害者手帳3級）", "disability"), ("療育手帳A", "disability"), ("難病（潰瘍性大腸炎）で医療費助成", "illness")])
            d.line("　備考：", S(t, sub, note="family member"))
    if rng.random() < 0.3:
        d.line("運転免許証番号（本人確認）：", E("DRIVERS_LICENSE", f"{rng.choice(['30', '45', '50', '62', '67'])}{rdigits(rng, 10)}"))
    d.line("受付日：", N(fmt_date(rng, recent(rng), "slash0"), "ordinary-date"), "　担当：", E("PERSON", Person(rng).sei))
    return d


# ---------------------------------------------------------------------------
# law office
# ---------------------------------------------------------------------------

CHARGES = ["窃盗", "傷害", "詐欺", "覚醒剤取締法違反", "道路交通法違反（酒気帯び運転）", "住居侵入", "暴行", "器物損壊", "業務上横領", "大麻取締法違反"]


def case_no(rng, kind="わ"):
    y = rng.randint(5, 7)
    return f"令和{y}年（{kind}）第{rng.randint(12, 2999)}号"


def g_law_criminal(rng, i):
    enc = rng.choice(["utf-8", "utf-8", "cp932"])
    d = Doc("law/criminal", rng.choice(["txt", "md"]), "", enc, rng.choice(["\n", "\r\n"]))
    dfd, lawyer = Person(rng), Person(rng)
    style = rng.choice(["memo", "interview", "terse"])
    d.shape = f"law-criminal-{style}"
    d.line(rng.choice(["刑事弁護 事件メモ", "【接見メモ】", "被告人面談記録", "# 事件概要メモ（弁護人作成）"]))
    d.line("事件番号：", N(case_no(rng, rng.choice(["わ", "あ", "む"])), "case-number"))
    ch = rng.choice(CHARGES)
    d.line("被告人：", E("PERSON", dfd.full(rng.choice(["", "　"]))), "（", E("DATE_OF_BIRTH", fmt_date(rng, dfd.dob, rng.choice(["erak", "ymdk", "eraS."]))), "生）")
    d.line("罪名：", S(f"{ch}被告事件", "criminal_record"))
    d.line(*neg_date(rng, "起訴日："), "　", *neg_date(rng, "次回公判："))
    d.line()
    if style == "interview":
        d.line("【接見時の聴取】")
        d.line(*neg_date(rng, "接見日時："), f" {rng.randint(9, 17)}:{rng.choice(['00', '30'])}", "　場所：", rng.choice(["中央警察署", "拘置所"]))
        d.line("本人は", rng.choice(["事実を認めている。", "一部否認。", "黙秘の意向。"]), "本人によれば", S(rng.choice(CRIME), "criminal_record"), rng.choice(["とのこと。", "。前回の判決は", "。"]))
        if rng.random() < 0.6:
            d.line("生活状況：", S(rng.choice(["生活保護を受給中", "アルコール依存症で通院歴", "統合失調症の治療中", "療育手帳B所持", "うつ病で通院中"]), "illness"), "。", rng.choice(["情状として主張予定。", "家族の監督が期待できる。", ""]))
            t = d.ents[-1]["text"]
            d.ents[-1]["subtype"] = "social_status" if "生活保護" in t else "disability" if "療育" in t else "illness"
    elif style == "terse":
        d.line("・前科前歴：", rng.choice([[S(rng.choice(CRIME), "criminal_record")], [L("なし", "negated-statement")]]))
        d.line("・身元引受人：", rng.choice(["母", "妻", "雇用主"]), " ", E("PERSON", Person(rng).full("")), "　", E("PHONE", phone(rng)))
        d.line("・示談：", rng.choice(["成立", "交渉中", "被害者が拒否"]), "（被害者 ", E("PERSON", Person(rng).sei), "氏）")
        if rng.random() < 0.5:
            d.line("・健康面：", S(rng.choice(ILL), "illness"))
    else:
        d.line("【事案の概要】")
        v = Person(rng)
        d.line("被告人は、", N(fmt_date(rng, recent(rng), "erak"), "ordinary-date"), "頃、", rng.choice(["市内のスーパー", "飲食店", "駅前路上"]), "において、",
               rng.choice(["商品を窃取した", "被害者に暴行を加えた", "被害者から現金をだまし取った"]), "とされる。")
        d.line("被害者", E("PERSON", v.full("")), "氏は、", S(rng.choice(["本件暴行の被害により全治3週間の傷害を負った", "特殊詐欺の被害に遭い約200万円を失った", "本件窃盗の被害者"]), "crime_victim"), "。")
        d.line("被告人には", S(rng.choice(CRIME), "criminal_record"), "があり、", rng.choice(["実刑の可能性が高い。", "執行猶予は難しい見通し。", "再度の執行猶予を目指す。"]))
    if rng.random() < 0.4:
        d.line()
        d.line("参考：", L(rng.choice(["刑の消滅（刑法34条の2）により前科が抹消される要件", "執行猶予制度の一般的な説明", "量刑相場（窃盗・初犯）"]), "legal-reference"))
    d.line()
    d.line("弁護人 ", E("PERSON", lawyer.full("　")), "（", rng.choice(ORGS["law"]), "）")
    return d


INJ = ["頸椎捻挫", "腰椎捻挫", "右鎖骨骨折", "左橈骨遠位端骨折", "外傷性頸部症候群", "脳挫傷", "右膝靱帯損傷", "胸骨骨折"]


def g_law_traffic(rng, i):
    d = Doc("law/traffic", "txt", "", rng.choice(["utf-8", "cp932"]), rng.choice(["\n", "\r\n"]))
    c, op = Person(rng), Person(rng)
    lay = rng.choice(["inline", "above"])
    d.shape = f"law-traffic-accident-{lay}"
    d.line(rng.choice(["交通事故 受任メモ", "【交通事故】相談記録", "損害賠償請求事件 メモ"]))
    d.line("依頼者：", E("PERSON", c.full("")), "　", E("PHONE", phone(rng)))
    d.line("相手方：", E("PERSON", op.full("")), "（", rng.choice(["加害車両運転者", "相手方運転手"]), "）")
    d.line(*neg_date(rng, "事故日："), "　場所：", rng.choice(["国道16号線 交差点", "市道 駐車場出入口", "県道交差点"]))
    d.line("傷病名：", S(rng.choice(INJ), "illness"), rng.choice(["", ["、", S(rng.choice(INJ), "illness")]]))
    d.line("通院状況：", S(rng.choice(["整形外科に週3回通院中", "入院2週間後、通院リハビリ中", "症状固定に向け通院継続"]), "illness"))
    if rng.random() < 0.5:
        d.line("後遺障害：", rng.choice([[S(rng.choice(["後遺障害14級9号認定", "後遺障害12級13号で異議申立予定", "併合11級"]), "disability")], [L("非該当", "negated-statement")]]))
    if lay == "inline":
        d.line("依頼者 運転免許証番号：", E("DRIVERS_LICENSE", rng.choice(["", ""]) + f"{rng.choice(['30', '45', '50', '62'])}{rdigits(rng, 10)}"))
    else:
        d.line("運転免許証番号（依頼者）")
        d.line(E("DRIVERS_LICENSE", group4(f"{rng.choice(['30', '45', '50', '62'])}{rdigits(rng, 10)}", rng.choice([" ", "-", ""]))))
    d.line("相手方保険：", rng.choice(["みらい損保", "ひかり海上火災"]), "　証券番号 ", N(pol_no(rng), "policy-number"), "　事故受付番号 ", N(f"{rdigits(rng, 3)}-{rdigits(rng, 7)}", "claim-number"))
    if rng.random() < 0.6:
        d.line("依頼者 健康保険：記号 ", E("HEALTH_INSURANCE", rdigits(rng, 5)), "　番号 ", E("HEALTH_INSURANCE", str(rng.randint(1, 999))))
    if rng.random() < 0.3:
        d.line("相手方は", S(rng.choice(["飲酒運転で過去に罰金刑", "無免許運転の前歴あり"]), "criminal_record"), "（刑事記録より）")
    d.line("休業損害：日額 ", N(money(rng, 6000, 20000), "amount"), "　担当：", E("PERSON", Person(rng).sei), "弁護士")
    return d


def g_law_divorce(rng, i):
    d = Doc("law/divorce", rng.choice(["txt", "md"]), "", "utf-8", "\n")
    c, op = Person(rng, gender="F"), Person(rng, gender="M")
    if rng.random() < 0.3:
        c, op = op, c
    style = rng.choice(["memo", "timeline", "polite-letter"])
    d.shape = f"law-divorce-{style}"
    if style == "polite-letter":
        d.line(E("PERSON", Person(rng).sei), "先生")
        d.line()
        d.line("先日はご相談に乗っていただきありがとうございました。", E("PERSON", c.full("")), "です。")
        d.line("夫" if c.g == "F" else "妻", "からは", S(rng.choice(["殴る蹴るの暴力を受けていました", "長年DVを受けてきました", "精神的な虐待を受けていました"]), "crime_victim"), "。")
        d.line("また", "夫" if c.g == "F" else "妻", "は", S(rng.choice(["ある宗教団体の熱心な信者で", "新興宗教に入信し", "アルコール依存症で"]), "creed"),
               "、家計の多くを", rng.choice(["献金", "お酒"]), "に使っています。")
        if "アルコール" in d.ents[-1]["text"]:
            d.ents[-1]["subtype"] = "illness"
        d.line("私自身も", S(rng.choice(["不眠で心療内科に通院しています", "うつ病と診断されました", "PTSDの治療中です"]), "illness"), "。")
        d.line()
        d.line(E("PERSON", c.full("")), "　", E("PHONE", phone(rng, rng.choice(["mob", "unalloc"]))))
        return d
    d.line(rng.choice(["離婚事件 相談メモ", "【離婚】初回相談", "夫婦関係調整 事件メモ"]))
    d.line("依頼者：", E("PERSON", c.full("　")), "（", E("DATE_OF_BIRTH", fmt_date(rng, c.dob)), "生）")
    d.line("相手方：", E("PERSON", op.full("　")), "　", rng.choice(["会社員", "自営業", "公務員"]))
    d.line(*neg_date(rng, "婚姻日："), "　", *neg_date(rng, "別居開始："))
    kids = rng.randint(0, 2)
    for _ in range(kids):
        k = Person(rng, young=True)
        d.line("子：", E("PERSON", k.mei), "（", str(rng.randint(3, 16)), "歳）", rng.choice(["", ["　", S(rng.choice(["発達障害（ASD）の診断あり", "喘息で通院", "不登校（起立性調節障害）"]), "illness")]]))
        if d.ents[-1]["type"] == "SENSITIVE" and "発達" in d.ents[-1]["text"]:
            d.ents[-1]["subtype"] = "disability"
    d.line()
    if style == "timeline":
        for _ in range(rng.randint(3, 5)):
            d.line("・", N(fmt_date(rng, recent(rng, 2018, 2024), "slash"), "ordinary-date"), " ",
                   rng.choice([[S(rng.choice(["相手方からの暴力（顔面打撲）", "相手方による暴行で通報", "DV被害で保護命令申立"]), "crime_victim")],
                               ["相手方の不貞発覚"],
                               ["相手方が", S(rng.choice(["宗教団体に入信", "政治団体の活動に傾倒"]), "creed")],
                               ["依頼者", S(rng.choice(["うつ病で通院開始", "不眠症で受診", "流産"]), "illness")],
                               ["調停申立"]]))
    else:
        d.line("【聴取内容】")
        d.line("依頼者は", S(rng.choice(["DV被害", "ストーカー被害", "モラハラとDV被害", "相手方からの暴行被害", "性暴力被害"]), "crime_victim"), "を訴えている。",
               rng.choice(["診断書あり。", "警察への相談歴あり。", "写真を保存している。"]))
        if rng.random() < 0.6:
            d.line("相手方は", S(rng.choice(CRIME + ["アルコール依存", "ギャンブル依存症"]), "criminal_record"), "。")
            t = d.ents[-1]["text"]
            if "依存" in t:
                d.ents[-1]["subtype"] = "illness"
        if rng.random() < 0.4:
            d.line("依頼者の実家は", S(rng.choice(["熱心な創唱系宗教の信者", "寺の檀家総代で浄土宗"]), "creed", note="family member"), "。親族の反対あり。")
    d.line("連絡先（依頼者携帯）：", E("PHONE", phone(rng)), rng.choice(["", "　※相手方に知られないよう注意"]))
    d.line("住所（秘匿）：", E("ADDRESS", address(rng)))
    d.line("担当：", E("PERSON", Person(rng).full("")))
    return d


def g_law_csv(rng, i):
    d = Doc("law/intake", "csv", "csv-legal-intake", rng.choice(["utf-8", "cp932", "utf-8-sig"]), "\r\n")
    d.row(["受付番号", "受付日", "相談者", "電話", "分野", L("相談概要", "field-name")])
    for _ in range(rng.randint(8, 14)):
        p = Person(rng)
        area = rng.choice(["刑事", "交通事故", "離婚", "相続", "労働", "債務整理"])
        if area == "刑事":
            summ = ["息子が", S(rng.choice(["窃盗で逮捕された", "傷害容疑で勾留中", "薬物で逮捕"]), "criminal_record", note="family member"), "。接見希望"]
        elif area == "交通事故":
            summ = ["追突事故。", S(rng.choice(INJ), "illness"), "で通院中"]
        elif area == "離婚":
            summ = [S(rng.choice(["DV被害", "夫からの暴力", "ストーカー被害"]), "crime_victim"), "あり。離婚希望"]
        elif area == "労働":
            summ = [rng.choice([[S("うつ病で休職中", "illness"), "、解雇予告を受けた"], ["未払残業代"], [S("組合加入を理由に", "other", note="union activity"), "配転"]])]
        else:
            summ = [rng.choice(["遺産分割", "自己破産の相談", "貸金返還", "借金の整理"])]
        d.row([N(f"R{rdigits(rng, 5)}", "intake-number"), N(fmt_date(rng, recent(rng, 2024, 2025), "slash0"), "ordinary-date"),
               E("PERSON", p.full(" ")), E("PHONE", phone(rng, rng.choice(["mob", "unalloc", "tokyo", "nodash"]))), area, summ])
    return d


# ---------------------------------------------------------------------------
# labour union
# ---------------------------------------------------------------------------

PARTIES = ["市民党", "平和革新党", "緑の未来党", "自由改革党", "民衆連合"]


def g_union_minutes(rng, i):
    d = Doc("union/minutes", rng.choice(["md", "txt"]), "", rng.choice(["utf-8", "utf-8-sig"]), "\n")
    md = d.ext == "md"
    d.shape = "union-minutes-md" if md else "union-minutes-txt"
    d.line("# " if md else "", f"第{rng.randint(1, 40)}回 {rng.choice(['執行委員会', '職場委員会', '支部委員会'])} 議事録")
    d.line(*neg_date(rng, "日時："), "　場所：組合事務所")
    att = [Person(rng) for _ in range(rng.randint(3, 6))]
    d.add("出席：")
    for k, a in enumerate(att):
        if k:
            d.add("、")
        d.add(E("PERSON", rng.choice([a.full(""), a.sei])))
        if rng.random() < 0.3:
            d.add(rng.choice(["委員長", "書記長", "副委員長"]))
    d.line()
    d.line("記録：", E("PERSON", Person(rng).full("")))
    d.line()
    items = rng.sample(["election", "grievance", "health", "party", "stats", "wage", "member"], rng.randint(3, 5))
    for n, it in enumerate(items, 1):
        d.line("## " if md else "", f"{n}. ", {"election": "参院選への対応", "grievance": "個別相談案件", "health": "安全衛生", "party": "政治活動",
                                                "stats": "組織状況", "wage": "春闘要求", "member": "組合員の状況"}[it])
        if it == "election":
            d.line("・", L(rng.choice(["連合推薦候補の支援方針", "推薦候補への投票呼びかけは強制しないこと", "期日前投票の周知"]), "union-election-policy"), "を確認。")
        elif it == "grievance":
            m = Person(rng)
            d.line("・", rng.choice(["製造2課", "物流", "品証"]), "の", E("PERSON", m.full("")), "組合員より相談。",
                   S(rng.choice(["組合活動を理由に配置転換された", "組合役員であることを理由に昇格を見送られた", "組合加入後に嫌がらせを受けている"]), "other", note="union activity"), "との訴え。")
            if rng.random() < 0.5:
                d.line("　本人は", S(rng.choice(["適応障害で通院中", "不眠で睡眠薬服用", "うつ状態と診断"]), "illness"), "。会社へ団交申入れ予定。")
        elif it == "health":
            d.line("・", L(rng.choice(["定期健康診断は10月実施予定", "ストレスチェックの実施時期", "熱中症対策の要求"]), "health-check-schedule"), "。",
                   "前年度の実施率は", N(f"{rng.randint(85, 99)}.{rng.randint(0, 9)}%", "percentage"), "。")
        elif it == "party":
            m = Person(rng)
            d.line("・", E("PERSON", m.sei), "委員は", S(f"{rng.choice(PARTIES)}の{rng.choice(['党員', '支持者', '後援会員'])}", "creed"), "であることを表明。",
                   "組合としての", L("支持政党の決定は大会事項", "union-political-policy"), "である旨を確認。")
        elif it == "stats":
            d.line("・組合員数 ", N(f"{rng.randint(200, 2000):,}名", "member-count"), "（", L(f"うち休職者{rng.randint(3, 20)}名、障害者雇用{rng.randint(5, 30)}名", "aggregate-statistics"), "）")
        elif it == "wage":
            d.line("・ベア ", N(f"{rng.randint(8000, 15000):,}円", "amount"), "、一時金 ", N(f"{rng.randint(4, 6)}.{rng.randint(0, 9)}か月", "amount"), "を要求。")
        else:
            m = Person(rng)
            t, sub, kw = rng.choice([("がん治療のため休職中", "illness", {}), ("身体障害者手帳を取得", "disability", {}),
                                     ("母が要介護4で介護休業中", "disability", {"note": "family member"}), ("宗教上の理由で土曜出勤不可", "creed", {})])
            d.line("・", E("PERSON", m.full("")), "組合員は", S(t, sub, **kw), "。")
    return d


def g_union_form(rng, i):
    d = Doc("union/consult", "txt", "", rng.choice(["utf-8", "cp932"]), rng.choice(["\n", "\r\n"]))
    foreign = rng.random() < 0.2
    web = rng.random() < 0.3
    d.shape = "union-consult-web" if web else ("union-consult-foreign" if foreign else "union-consult-form")
    d.line(rng.choice(["労働相談票", "組合 相談受付シート", "【Web相談フォーム 受信内容】"]))
    d.line(*neg_date(rng, "受付日："), "　受付番号：", N(f"U-{rdigits(rng, 5)}", "intake-number"))
    if foreign:
        nm, kana = rng.choice(FOREIGN)
        d.line("氏名：", E("PERSON", nm), "（", E("PERSON", kana), "）")
        d.line("在留カード番号：", E("RESIDENCE_CARD", f"{rng.choice(['AB', 'EF', 'GH', 'KR', 'UV'])}{rdigits(rng, 8)}{rng.choice(['CD', 'FG', 'JK', 'XY'])}"))
        d.line("国籍：", rng.choice(["ベトナム", "ブラジル", "フィリピン", "ネパール"]), "　在留資格：", rng.choice(["技能実習", "特定技能", "定住者"]))
    else:
        p = Person(rng)
        d.line("相談者：", E("PERSON", p.full("　")), "（", E("PERSON", p.kana(h=True)), "）")
    d.line("連絡先：", E("PHONE", phone(rng)), rng.choice(["", ["　", E("EMAIL", Person(rng).email(rng.choice(FREEMAIL)))]]))
    d.line("勤務先：", rng.choice([N(surname_company(rng), "company-from-surname"), "東和精機株式会社", "北斗電装工業"]))
    d.line("【相談内容】")
    for _ in range(rng.randint(2, 4)):
        k = rng.random()
        if k < 0.35:
            d.line(rng.choice(["上司のパワハラが続き、", "長時間労働で", ""]), S(rng.choice(["うつ病と診断され", "適応障害で休職し", "不眠症になり", "パニック障害を発症し"]), "illness"),
                   rng.choice(["ました。", "、今も通院しています。", "、会社に行けません。"]))
        elif k < 0.55:
            d.line(S(rng.choice(["組合に加入したことを理由に", "組合の役員になってから", "ストに参加したことを理由に"]), "other", note="union activity"), rng.choice(["減給された。", "配置転換された。", "退職を勧められた。"]))
        elif k < 0.68:
            d.line(S(rng.choice(["障害者雇用枠で働いている（精神障害者保健福祉手帳3級）", "聴覚障害があり", "車椅子を使っており"]), "disability"), "、", rng.choice(["配慮がない。", "雇止めを示唆された。"]))
        elif k < 0.78:
            d.line("上司から", L(rng.choice(["特定の政党への投票を求められた", "宗教の勧誘を受けた"]), "third-party-solicitation"), "。", "自分は", S(rng.choice(["無宗教だが家は仏教", "キリスト教徒", f"{rng.choice(PARTIES)}支持"]), "creed"), "。")
        elif k < 0.88:
            d.line("職場で", S(rng.choice(["外国籍であることを理由に差別", "出身地（被差別部落）について噂", "生活保護を受けていた過去を暴露"]), "social_status"), "された。")
            t = d.ents[-1]["text"]
            if "外国籍" in t:
                d.ents[-1]["subtype"] = "race"
        else:
            d.line("残業代が", N(money(rng, 50000, 900000), "amount"), "未払い。")
    if web:
        d.line()
        d.line("送信元IP：", E("IP_ADDRESS", rng.choice([f"203.0.113.{rng.randint(1, 254)}", f"198.51.100.{rng.randint(1, 254)}", f"2001:db8::{rng.randint(1, 9999):x}"])))
        d.line("User-Agent: Mozilla/5.0 (", rng.choice(["iPhone; CPU iPhone OS 17_4", "Windows NT 10.0; Win64; x64", "Linux; Android 14"]), ")")
    d.line("対応：", E("PERSON", Person(rng).sei), rng.choice(["書記長", "執行委員", "相談員"]))
    return d


def g_union_tsv(rng, i):
    d = Doc("union/roster", "tsv", "tsv-union-roster", rng.choice(["utf-8", "cp932"]), "\n")
    d.row(["組合員番号", "氏名", "カナ", "職場", "携帯", "生年月日", "備考"], "\t")
    for _ in range(rng.randint(8, 20)):
        p = Person(rng)
        memo = rng.choice([[""], [""], ["育休中"], [S(rng.choice(["休職中（メンタル）", "がん治療中", "透析通院", "障害者手帳あり", "DM管理中"]), "illness")],
                           [S(f"{rng.choice(PARTIES)}党員", "creed")], ["職場委員"], [L("健診未受診", "health-check-schedule")]])
        if memo[0] and isinstance(memo[0], tuple) and "手帳" in memo[0][2]:
            memo = [S(memo[0][2], "disability")]
        d.row([N(rdigits(rng, 5), "member-number"), E("PERSON", p.full(" ")), E("PERSON", p.kana(" ")), rng.choice(["製造1課", "製造2課", "物流", "設計", "品証"]),
               E("PHONE", phone(rng, rng.choice(["mob", "mob", "unalloc", "nodash"]))), E("DATE_OF_BIRTH", fmt_date(rng, p.dob, rng.choice(["slash0", "eraS.", "dash"]))), memo], "\t")
    return d


def g_biz_mail(rng, i):
    d = Doc("mail/business", "eml", "", "utf-8", rng.choice(["\n", "\r\n"]))
    key = rng.choice(["ins", "law", "care", "union"])
    a, b = Person(rng), Person(rng)
    comp = surname_company(rng)
    d.shape = f"mail-business-{key}"
    eml_headers(rng, d, (E("PERSON", a.full(" ")), a.email(ORG_DOM[key])), (E("PERSON", b.full(" ")), b.email(rng.choice(DOMAINS))),
                [rng.choice(["お見積りの件", "打合せ日程のご相談", "ご契約内容のご確認", "資料送付のご連絡"])])
    d.line(N(comp, "company-from-surname"))
    d.line(E("PERSON", b.sei), "様")
    d.line()
    d.line("いつも大変お世話になっております。", rng.choice(ORGS[key]), "の", E("PERSON", a.sei), "です。")
    d.line(rng.choice(["先日ご依頼いただいた団体保険のお見積りを添付いたします。", "打合せの候補日をお送りします。", "ご契約内容について確認させてください。"]))
    d.line("・", *neg_date(rng, "候補日："))
    d.line("・", "契約番号：", N(pol_no(rng), "contract-number"), "　年間保険料：", N(money(rng, 100000, 3000000), "premium-amount"))
    if rng.random() < 0.5:
        d.line("・", "法人番号：", E("CORPORATE_NUMBER", corp_number(rng)))
    if rng.random() < 0.4:
        d.line("なお、", L(rng.choice(["弊社メールサーバーの障害", "システムメンテナンスによる障害", "回線障害"]), "system-failure"), "により、昨日のメールが届いていない可能性がございます。")
    if rng.random() < 0.3:
        d.line("貴社の", L(rng.choice(["定期健康診断の日程", "ストレスチェックの実施時期", "障害者雇用率の報告期限"]), "hr-schedule"), "もあわせてご教示ください。")
    sig, _ = staff_sig(rng, key, a)
    d.add(*sig)
    if rng.random() < 0.4:
        d.line("〒", E("POSTAL_CODE", postal(rng, "dash")), " ", E("ADDRESS", address(rng)))
    return d


# ---------------------------------------------------------------------------
# clean documents (no personal data) rich in look-alikes
# ---------------------------------------------------------------------------


def cdoc(rng, folder, shape, ext=None):
    ext = ext or rng.choice(["txt", "md", "txt"])
    return Doc("clean/" + folder, ext, shape, rng.choice(["utf-8", "utf-8", "cp932", "utf-8-sig"]), rng.choice(["\n", "\r\n"]))


def title(d, t):
    d.line(("# " if d.ext == "md" else "■ ") + t)
    d.line()


def bullets(d, rng, items, k=None):
    k = k or len(items)
    sym = rng.choice(["・", "- ", "● ", "　・", "◆ ", "1) "]) if d.ext != "md" else "- "
    for n, it in enumerate(rng.sample(items, min(k, len(items))), 1):
        d.line(f"{n}) " if sym == "1) " else sym, *it)


def c_brochure(rng, i):
    d = cdoc(rng, "insurance", "brochure")
    prod = rng.choice(["まもりプラス", "ささえ", "あんしんケア", "ひだまり", "ミライ医療"])
    title(d, f"{rng.choice(['がん保険', '医療保険', '就業不能保険', '介護保険（民間）'])}「{prod}」のご案内")
    bullets(d, rng, [
        [L(rng.choice(["三大疾病（がん・急性心筋梗塞・脳卒中）", "七大生活習慣病（がん・心疾患・脳血管疾患・糖尿病・高血圧性疾患・肝硬変・慢性腎不全）"]), "insurance-coverage"), "で所定の状態になったとき一時金をお支払いします。"],
        ["入院給付金 日額 ", N(money(rng, 3000, 15000), "benefit-amount"), "（1入院60日限度）"],
        [L(rng.choice(["うつ病・統合失調症などの精神疾患", "先天性の疾患", "責任開始日前に発病した病気"]), "policy-exclusion"), "は保障の対象外となる場合があります。"],
        ["月払保険料の例（30歳・男性）：", N(money(rng, 1200, 6000), "premium-amount")],
        [L(rng.choice(["持病がある方でも入りやすい引受基準緩和型", "高血圧や糖尿病で通院中の方もお申込み可能なプラン"]), "insurance-faq"), "もご用意しています。"],
        [L("要介護2以上と認定されたとき", "insurance-coverage"), "に介護一時金をお支払いします。"],
        [L(rng.choice(["身体障害者福祉法に定める1～3級の障害状態", "高度障害状態"]), "policy-definition"), "になられた場合、以後の保険料は不要です。"],
    ], rng.randint(4, 7))
    d.line()
    d.line("※詳しくは「ご契約のしおり・約款」をご確認ください。資料番号 ", N(f"{rng.choice(['PA', 'MB', 'LC'])}-{rdigits(rng, 4)}-{rdigits(rng, 2)}", "document-code"),
           "（", N(f"{rng.randint(2023, 2025)}.{rng.randint(1, 12)}", "version"), "版）")
    return d


def c_yakkan(rng, i):
    d = cdoc(rng, "insurance", "policy-terms", "txt")
    title(d, rng.choice(["普通保険約款（抜粋）", "医療保険 特約条項", "傷害保険 約款 第3章 保険金を支払わない場合"]))
    arts = [
        [L("被保険者の故意または重大な過失", "policy-exclusion"), "によって生じた傷害"],
        [L("被保険者の犯罪行為または闘争行為", "policy-exclusion"), "によって生じた傷害"],
        [L("被保険者の精神障害または泥酔の状態", "policy-exclusion"), "を原因とする事故"],
        [L("被保険者が法令に定める運転資格を持たないで、または酒気を帯びて自動車を運転している間", "policy-exclusion"), "に生じた事故"],
        [L("責任開始日前に発病した疾病", "policy-exclusion"), "を原因とする入院"],
        [L("頸部症候群（いわゆる「むちうち症」）または腰痛で他覚症状のないもの", "policy-exclusion")],
        ["「高度障害状態」とは、", L("両眼の視力を全く永久に失ったもの、言語またはそしゃくの機能を全く永久に失ったもの", "policy-definition"), "をいいます。"],
        ["「がん」とは、", L("悪性新生物および上皮内新生物", "policy-definition"), "をいい、別表1に定めるものとします。"],
        [L("アルコール依存、薬物依存または薬物乱用", "policy-exclusion"), "を原因とする入院"],
    ]
    for n, a in enumerate(rng.sample(arts, rng.randint(4, 7)), 1):
        d.line(f"第{rng.randint(2, 40)}条 第{n}項　", *a)
    d.line()
    d.line("（", N(f"{rng.randint(2018, 2025)}年{rng.randint(1, 12)}月改定", "revision-date"), "）")
    return d


def c_kokuchi_tpl(rng, i):
    d = cdoc(rng, "insurance", "kokuchi-template-blank")
    title(d, "告知書（記入用）")
    d.line("被保険者氏名：＿＿＿＿＿＿＿＿　生年月日：　　年　　月　　日")
    d.line("住所：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿")
    d.line()
    for n, (q, _) in enumerate(rng.sample(KOKUCHI_Q[:7], rng.randint(4, 7)), 1):
        d.line(f"{n}. ", L(q, "form-template-question"), "　□はい　□いいえ")
    d.line("「はい」の場合：", L(rng.choice(["病名（例：胃潰瘍、糖尿病、うつ病）", "傷病名・治療期間・入院の有無・医療機関名"]), "form-template-question"), "を記入してください。")
    d.line("（記入例）", L(rng.choice(["〇年前に胃潰瘍で2週間入院、現在完治", "高血圧で服薬中（血圧は安定）"]), "form-example"))
    return d


def c_care_price(rng, i):
    csvm = rng.random() < 0.4
    d = cdoc(rng, "care", "care-price-list-csv" if csvm else "care-price-list", "csv" if csvm else rng.choice(["txt", "md"]))
    lv = ["要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]
    svc = rng.choice(["通所介護（7時間以上8時間未満）", "訪問介護 身体介護（30分以上1時間未満）", "短期入所生活介護（1日）"])
    if csvm:
        d.row(["区分", "単位数", "1割負担", "2割負担", "3割負担"])
        for l in lv[rng.randint(0, 2):]:
            u = rng.randint(400, 1200)
            d.row([L(l, "care-price-list"), N(str(u), "amount"), N(f"{u * 10 // 10:,}円", "amount"), N(f"{u * 2:,}円", "amount"), N(f"{u * 3:,}円", "amount")])
        return d
    title(d, f"{svc} ご利用料金表")
    for l in lv[rng.randint(0, 2):]:
        d.line(L(l, "care-price-list"), "　", N(money(rng, 400, 1300), "amount"), "／回")
    d.line()
    d.line(L(rng.choice(["認知症加算", "若年性認知症利用者受入加算", "個別機能訓練加算"]), "care-price-list"), "　", N(f"{rng.randint(20, 120)}単位", "amount"))
    d.line("※", L("要介護度", "care-price-list"), "は介護保険被保険者証でご確認ください。食費 ", N(money(rng, 500, 800), "amount"), " 別途。")
    return d


def c_seminar(rng, i):
    d = cdoc(rng, "hr", "health-seminar-notice")
    t = rng.choice(["糖尿病予防セミナー", "メンタルヘルス講座「うつ病を正しく知る」", "がん検診のすすめ", "腰痛予防体操教室", "禁煙サポートプログラム"])
    title(d, "健康セミナー開催のお知らせ")
    d.line("健康管理室では、下記のとおり「", L(t, "health-seminar"), "」を開催します。")
    d.line("日時：", N(fmt_date(rng, recent(rng, 2025, 2025), rng.choice(["ymdk", "erak"])), "ordinary-date"), " 15:00～16:00")
    d.line("場所：本館3階 第2会議室　定員：", N(f"{rng.randint(20, 80)}名", "count"))
    d.line("内容：", L(rng.choice(["生活習慣病（高血圧・脂質異常症・糖尿病）のリスクと予防", "睡眠障害とストレスの関係", "大腸がん・乳がん検診の受け方"]), "health-seminar"), "について産業医が解説します。")
    d.line(L(rng.choice(["健康診断で「要再検査」となった方", "血糖値が気になる方"]), "health-seminar"), "は特にご参加ください。")
    return d


def c_law_web(rng, i):
    d = cdoc(rng, "law", "law-firm-webpage", "md")
    title(d, rng.choice(["刑事事件でお困りの方へ", "前科をつけないために", "交通事故の被害に遭われた方へ", "離婚とDVのご相談"]))
    bullets(d, rng, [
        [L("逮捕されてから72時間以内", "law-firm-webpage"), "の対応が重要です。"],
        [L("前科がつくと、一部の職業に就けないなどの不利益", "law-firm-webpage"), "があります。"],
        [L("刑の消滅：罰金刑は5年、禁錮以上は10年を経過すると刑の言渡しの効力が失われます", "law-firm-webpage"), "（前科の抹消）。"],
        [L("執行猶予付き判決", "law-firm-webpage"), "を得るためには、示談の成立が有利に働きます。"],
        [L("DV被害を受けている方は、保護命令の申立て", "law-firm-webpage"), "ができます。"],
        [L("後遺障害等級の認定", "law-firm-webpage"), "に不服がある場合は異議申立てが可能です。"],
        ["初回相談料：", N(rng.choice(["5,500円（税込）", "11,000円", "30分 5,000円"]), "amount")],
        [L("痴漢・盗撮事件", "law-firm-webpage"), "の示談交渉も承ります。"],
    ], rng.randint(4, 7))
    d.line()
    d.line("お問い合わせは当サイトのフォームから。（最終更新 ", N(fmt_date(rng, recent(rng), "dot"), "ordinary-date"), "）")
    return d


def c_union_news(rng, i):
    d = cdoc(rng, "union", "union-newsletter")
    title(d, f"組合ニュース No.{rng.randint(100, 999)}")
    bullets(d, rng, [
        [L(rng.choice(["参議院選挙の推薦候補が決定", "統一地方選挙に向けた政策討論会"]), "union-political-news"), "しました。投票はあくまで個人の自由です。"],
        ["組合は", L("特定の政党への支持を組合員に強制しません", "union-political-policy"), "。"],
        [L("組合活動を理由とする不利益取扱いは不当労働行為", "labor-law-explainer"), "として禁止されています（労組法7条）。"],
        ["春闘要求：ベースアップ ", N(f"{rng.randint(8000, 16000):,}円", "amount"), "、一時金 ", N(f"{rng.randint(4, 6)}.{rng.randint(0, 9)}か月", "amount")],
        [L("障害のある組合員への合理的配慮", "union-policy"), "を会社に要求しています。"],
        [L("がん治療と仕事の両立支援制度", "union-policy"), "の導入を求めます。"],
        [L("組合役員選挙", "union-election-notice"), "の立候補受付は", N(fmt_date(rng, recent(rng, 2025, 2025), "ymdk"), "ordinary-date"), "までです。"],
        [L("信条や宗教による差別のない職場づくり", "union-policy"), "を進めます。"],
    ], rng.randint(4, 6))
    return d


def c_stats(rng, i):
    d = cdoc(rng, "reports", "aggregate-statistics")
    title(d, rng.choice(["2024年度 健康管理統計", "休職・復職状況の集計", "相談件数の推移（年次報告）", "事業所利用者統計"]))
    bullets(d, rng, [
        [L(f"精神疾患による休職者 {rng.randint(5, 40)}名（前年比{rng.choice(['+', '-'])}{rng.randint(1, 9)}名）", "aggregate-statistics")],
        [L(f"がん検診受診率 {rng.randint(40, 80)}.{rng.randint(0, 9)}%", "aggregate-statistics")],
        [L(f"定期健診の有所見率 {rng.randint(40, 70)}.{rng.randint(0, 9)}%（血圧・脂質が上位）", "aggregate-statistics")],
        [L(f"利用者の平均要介護度 {rng.randint(1, 3)}.{rng.randint(0, 9)}", "aggregate-statistics")],
        [L(f"認知症の診断がある利用者は全体の{rng.randint(30, 70)}%", "aggregate-statistics")],
        [L(f"刑事事件の受任件数 {rng.randint(10, 90)}件、うち少年事件{rng.randint(1, 9)}件", "aggregate-statistics")],
        [L(f"DV・ストーカー関連の相談 {rng.randint(5, 60)}件", "aggregate-statistics")],
        [L(f"糖尿病で治療中の従業員は推計{rng.randint(20, 90)}名", "aggregate-statistics")],
    ], rng.randint(4, 7))
    d.line()
    d.line("集計期間：", N(fmt_date(rng, recent(rng), "slash0"), "ordinary-date"), "～", N(fmt_date(rng, recent(rng), "slash0"), "ordinary-date"), "　集計No.", N(bad_my_number(rng), "12-digit-bad-check"))
    return d


def c_hr_rule(rng, i):
    d = cdoc(rng, "hr", "hr-rule", "txt")
    t = rng.choice(["休職規程", "私傷病休職に関する取扱要領", "治療と仕事の両立支援規程"])
    title(d, t)
    arts = [
        ["従業員が", L("業務外の傷病により欠勤が引き続き1か月を超えたとき", "hr-rule"), "は、休職を命ずることがある。"],
        [L("精神疾患により休職した者", "hr-rule"), "の復職にあたっては、産業医の意見を聴くものとする。"],
        ["休職期間は勤続年数に応じ、", N(f"{rng.randint(3, 6)}か月", "duration"), "から", N(f"{rng.randint(12, 24)}か月", "duration"), "とする。"],
        [L("がん等の治療のための通院", "hr-rule"), "については、時間単位の休暇を認める。"],
        [L("同一または類似の傷病により再び欠勤した場合", "hr-rule"), "は、休職期間を通算する。"],
        [L("障害のある従業員からの配慮の申出", "hr-rule"), "があった場合、会社は合理的配慮を講ずる。"],
    ]
    for n, a in enumerate(rng.sample(arts, rng.randint(4, 6)), 1):
        d.line(f"第{n}条　", *a)
    d.line()
    d.line("附則　この規程は", N(fmt_date(rng, recent(rng, 2015, 2025), "erak"), "ordinary-date"), "から施行する。")
    return d


def c_harassment(rng, i):
    d = cdoc(rng, "hr", "harassment-policy", "txt")
    title(d, "ハラスメント防止規程")
    d.line("第3条（禁止行為）　従業員は、次の行為をしてはならない。")
    bullets(d, rng, [
        [L("性的指向・性自認、病歴、障害、信条、国籍等に関する侮辱的な言動", "harassment-policy")],
        [L("妊娠・出産・育児休業等に関する不利益な言動", "harassment-policy")],
        [L("他人の病歴や前科を本人の同意なく暴露する行為", "harassment-policy")],
        [L("特定の宗教や政党への勧誘を職務上の地位を利用して行うこと", "harassment-policy")],
        [L("障害のある者に対する嫌がらせ", "harassment-policy")],
        [L("人種や出身地を理由とする差別的言動", "harassment-policy")],
    ], rng.randint(3, 6))
    d.line("第4条（相談窓口）　相談窓口は人事部および労働組合に置く。内線 ", N(str(rng.randint(2000, 4999)), "extension-number"))
    return d


def c_quiz(rng, i):
    d = cdoc(rng, "training", "privacy-quiz")
    title(d, rng.choice(["個人情報保護 理解度テスト", "コンプライアンス研修 確認問題", "新人研修クイズ"]))
    qs = [
        ["Q. 次のうち", L("要配慮個人情報に該当しないもの", "quiz"), "はどれか。 ①", L("病歴", "quiz"), " ②", L("犯罪の経歴", "quiz"), " ③", L("信条", "quiz"), " ④趣味"],
        ["Q. ", L("健康診断の結果", "quiz"), "を本人の同意なく第三者に提供してよいか。（○/×）"],
        ["Q. ", L("障害者手帳の等級", "quiz"), "は要配慮個人情報に含まれるか。"],
        ["Q. 利用者の", L("認知症の診断名", "quiz"), "をSNSに投稿した職員の行為の問題点を述べよ。"],
        ["Q. ", L("犯罪被害を受けた事実", "quiz"), "は要配慮個人情報か。"],
        ["Q. ", L("人種・社会的身分", "quiz"), "の取得に必要な手続は何か。"],
    ]
    for q in rng.sample(qs, rng.randint(3, 6)):
        d.line(*q)
    d.line("解答は研修資料 ", N(f"Ver.{rng.randint(1, 4)}.{rng.randint(0, 9)}", "version"), " の末尾を参照。")
    return d


def c_glossary(rng, i):
    d = cdoc(rng, "training", "glossary", "md")
    title(d, rng.choice(["介護・医療用語集", "産業保健 用語解説", "法律用語ミニ辞典"]))
    g = [("統合失調症", "幻覚や妄想などを特徴とする精神疾患。"), ("要介護認定", "介護の必要度を要支援1～要介護5の7段階で判定する制度。"),
         ("前科", "確定判決で刑の言渡しを受けた経歴。"), ("執行猶予", "刑の執行を一定期間猶予する制度。"), ("適応障害", "ストレス因により生じる情緒・行動面の症状。"),
         ("HbA1c", "過去1～2か月の平均血糖を反映する検査値。"), ("高次脳機能障害", "脳損傷による記憶・注意などの障害。"), ("DV", "配偶者等からの暴力。"),
         ("社会的身分", "出生により決定される社会的な地位。"), ("褥瘡", "いわゆる床ずれ。"), ("DM", "糖尿病（diabetes mellitus）の略。"), ("HT", "高血圧（hypertension）の略。")]
    for w, exp in rng.sample(g, rng.randint(4, 8)):
        d.line("- **", L(w, "glossary"), "**：", L(exp, "glossary"))
    return d


def c_news(rng, i):
    d = cdoc(rng, "news", "news-digest")
    title(d, f"ニュースダイジェスト（{rng.choice(['週刊', '月刊'])}）")
    bullets(d, rng, [
        [L(f"県内のインフルエンザ患者数が警報レベルを超えた（定点当たり{rng.randint(30, 60)}人）", "news-digest")],
        [L(f"特殊詐欺の被害額が県内で{rng.randint(2, 9)}億円に", "news-digest"), "。高齢者を狙った手口が増加。"],
        [L("高齢ドライバーによる死亡事故", "news-digest"), "を受け、免許返納の相談が増えている。"],
        [L("新型コロナウイルスの5類移行後の感染状況", "news-digest"), "について厚労省が発表。"],
        [L("介護施設での虐待件数が過去最多", "news-digest"), "。"],
        [L("がんの5年生存率が改善", "news-digest"), "との調査結果。"],
        [L("認知症の新薬", "news-digest"), "の保険適用が決定。"],
        [L("闇バイトによる強盗事件", "news-digest"), "で注意喚起。"],
    ], rng.randint(4, 6))
    return d


DRUGS = [("アムロジピン錠5mg", "高血圧症・狭心症"), ("メトホルミン塩酸塩錠250mg", "2型糖尿病"), ("ドネペジル塩酸塩錠5mg", "アルツハイマー型認知症"),
         ("エスシタロプラム錠10mg", "うつ病・社会不安障害"), ("オランザピン錠5mg", "統合失調症"), ("レボドパ・カルビドパ配合錠", "パーキンソン病"),
         ("アトルバスタチン錠10mg", "高コレステロール血症"), ("ワルファリンK錠1mg", "血栓塞栓症"), ("フェブキソスタット錠20mg", "痛風・高尿酸血症"),
         ("ゾルピデム酒石酸塩錠5mg", "不眠症"), ("ランソプラゾールOD錠15mg", "胃潰瘍・逆流性食道炎"), ("レベチラセタム錠500mg", "てんかん")]


def jan(rng):
    while True:
        b = "45" + rdigits(rng, 10)
        s = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(b))
        j = b + str((10 - s % 10) % 10)
        # must not be mistakable for a valid corporate number
        base = j[1:]
        cs = sum(int(base[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
        if int(j[0]) != 9 - cs % 9:
            return j


def c_drug_price(rng, i):
    d = cdoc(rng, "care", "drug-price-list-csv", "csv")
    d.row(["品名", L("薬効（適応症）", "field-name"), "薬価（円）", "JANコード"])
    for n, ind in rng.sample(DRUGS, rng.randint(5, 10)):
        d.row([L(n, "drug-price-list"), L(ind, "drug-price-list"), N(f"{rng.randint(5, 120)}.{rng.randint(0, 9)}", "price"), N(jan(rng), "jan-code")])
    return d


def c_disab_report(rng, i):
    d = cdoc(rng, "hr", "disability-employment-report", "txt")
    title(d, "障害者雇用状況報告（集計）")
    d.line("常用労働者数：", N(f"{rng.randint(300, 3000):,}人", "count"))
    d.line(L(f"身体障害者 {rng.randint(5, 30)}人、知的障害者 {rng.randint(1, 10)}人、精神障害者 {rng.randint(1, 15)}人", "disability-employment-report"))
    d.line(L(f"実雇用率 {rng.randint(1, 2)}.{rng.randint(10, 99)}%", "disability-employment-report"), "（", L("法定雇用率 2.5%", "disability-employment-report"), "）")
    d.line(L(rng.choice(["重度身体障害者はダブルカウント", "短時間労働の精神障害者は1人として算定"]), "disability-employment-report"), "。")
    d.line("報告日：", N(fmt_date(rng, recent(rng), "erak"), "ordinary-date"))
    return d


def c_sysfail(rng, i):
    d = cdoc(rng, "it", "system-failure-report", "txt")
    title(d, rng.choice(["システム障害報告書", "障害発生のお知らせ", "Incident report: network outage"]))
    d.line("障害番号：", N(f"INC-{rdigits(rng, 6)}", "ticket-number"), "　", *neg_date(rng, "発生日時："))
    d.line("対象：", rng.choice(["介護記録システム", "保険見積システム", "勤怠管理システム", "組合員管理DB"]), " ", N(f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}", "version"))
    bullets(d, rng, [
        [L(rng.choice(["ネットワーク障害", "サーバー障害", "ストレージ障害", "認証基盤の障害"]), "system-failure"), "により約", str(rng.randint(10, 180)), "分間利用不可。"],
        ["原因：", L(rng.choice(["ルーターのファームウェア不具合", "証明書の期限切れ", "ディスク障害"]), "system-failure")],
        ["影響：", L("障害レベル2（業務影響あり）", "system-failure")],
        ["再発防止：", L("障害検知アラートの閾値見直し", "system-failure")],
        [L("ウイルス対策ソフトの定義ファイル更新失敗", "computer-virus"), "も同時刻に発生。"],
    ], rng.randint(3, 5))
    return d


def c_privacy(rng, i):
    d = cdoc(rng, "policy", "privacy-policy")
    title(d, "個人情報の取扱いについて")
    d.line("当社は、", L(rng.choice(["病歴、犯罪の経歴、犯罪により害を被った事実、信条、社会的身分、人種", "健康診断の結果、障害の有無、信条"]), "privacy-policy-category"),
           "等の要配慮個人情報を、法令に基づく場合を除き本人の同意なく取得しません。")
    d.line("保険引受のため、", L("告知いただいた既往症・入院歴", "privacy-policy-category"), "は引受審査の目的にのみ利用します。")
    d.line(L("介護サービス提供に必要な心身の状況（要介護度、疾病、障害）", "privacy-policy-category"), "はサービス担当者会議で共有することがあります。")
    d.line("制定：", N(fmt_date(rng, recent(rng, 2017, 2024), "ymdk"), "ordinary-date"), "　改定番号：", N(f"第{rng.randint(2, 9)}版", "version"))
    return d


def c_hc_minutes(rng, i):
    d = cdoc(rng, "hr", "minutes-health-schedule")
    title(d, f"安全衛生委員会 議事録（第{rng.randint(1, 12)}回）")
    d.line("出席：各課代表、産業医、衛生管理者（計", str(rng.randint(8, 15)), "名）")
    bullets(d, rng, [
        [L(f"定期健康診断を{rng.randint(4, 11)}月に実施", "health-check-schedule"), "。対象は全従業員。"],
        [L("特殊健康診断（有機溶剤・騒音）", "health-check-schedule"), "は別日程。"],
        [L("インフルエンザ予防接種", "vaccination-notice"), "の費用補助を継続。"],
        [L("ストレスチェックの集団分析結果", "aggregate-statistics"), "を次回報告。"],
        [L(f"休業4日以上の労働災害 {rng.randint(0, 5)}件", "accident-statistics"), "。"],
        [L("熱中症予防のWBGT測定", "health-check-schedule"), "を7月から開始。"],
    ], rng.randint(3, 6))
    return d


def c_misc(rng, i):
    kinds = [
        ("infection-manual", "感染対策マニュアル（抜粋）", [[L("ノロウイルス感染症", "infection-control-manual"), "の疑いがある嘔吐物は次亜塩素酸で処理する。"],
                                                      [L("疥癬", "infection-control-manual"), "の発生時は寝具を分けて洗濯する。"], [L("結核の集団感染", "infection-control-manual"), "に備え、職員健診を年1回実施する。"],
                                                      [L("インフルエンザ流行期", "infection-control-manual"), "は面会を制限する。"]]),
        ("crime-prevention", "防犯のお知らせ", [[L("還付金詐欺", "crime-prevention-notice"), "の電話が多発しています。"], [L("空き巣被害", "crime-prevention-notice"), "が近隣で発生。施錠の徹底を。"],
                                           [L("ニセ電話詐欺", "crime-prevention-notice"), "にご注意ください。"], [L("自転車盗難", "crime-prevention-notice"), "が増えています。"]]),
        ("accessibility", "施設のご案内", [[L("車椅子対応トイレ", "accessibility-info"), "は1階にございます。"], [L("視覚障害者誘導用ブロック", "accessibility-info"), "を設置しています。"],
                                        [L("補助犬同伴可", "accessibility-info")], [L("筆談ボードをご用意しています（聴覚障害のある方）", "accessibility-info")]]),
        ("job-posting", "求人のご案内", [[L("障害者雇用枠", "job-posting"), "での事務スタッフ募集。"], [L("精神障害者保健福祉手帳をお持ちの方も歓迎", "job-posting")],
                                      [L("通院への配慮あり", "job-posting"), "。月給 ", N(money(rng, 180000, 250000), "salary-amount")], [L("前職・学歴・病歴は不問", "job-posting")]]),
        ("pet-insurance", "ペット保険ニュース", [[L("犬の僧帽弁閉鎖不全症（心臓病）", "pet-illness"), "は小型犬に多い病気です。"], [L("猫の慢性腎臓病", "pet-illness"), "は早期発見が大切。"],
                                              [L("ペットの糖尿病", "pet-illness"), "の治療費は年間", N(money(rng, 50000, 300000), "amount"), "程度。"], [L("ウサギの不正咬合", "pet-illness")]]),
        ("it-security", "情報セキュリティ通信", [[L("コンピュータウイルス感染", "computer-virus"), "の被害が他社で発生。"], [L("ランサムウェア被害", "computer-virus"), "に注意。"],
                                              [L("標的型攻撃メール", "computer-virus"), "の訓練を実施します。"], [L("不審なUSBによるマルウェア感染", "computer-virus")]]),
        ("book-review", "組合図書室だより", [[L("前科を持つ主人公が再起を図る長編小説", "fiction-review"), "が人気です。"], [L("難病を抱えた少女の手記", "fiction-review"), "を新規購入。"],
                                           [L("冤罪事件を描いたノンフィクション", "fiction-review")], [L("認知症の父を介護する息子のエッセイ", "fiction-review")]]),
        ("care-manual", "介護手順書", [[L("嚥下障害のある方への食事介助", "care-manual"), "はとろみ剤を使用する。"], [L("認知症の方への声かけ", "care-manual"), "は正面からゆっくりと。"],
                                     [L("片麻痺の方の移乗介助", "care-manual"), "は健側から。"], [L("褥瘡予防のため2時間ごとの体位変換", "care-manual")]]),
        ("law-names", "関係法令一覧", [[L("障害者差別解消法", "law-name")], [L("犯罪被害者等基本法", "law-name")], [L("配偶者暴力防止法（DV防止法）", "law-name")],
                                   [L("精神保健福祉法", "law-name")], [L("更生保護法", "law-name")]]),
        ("delivery", "納品書", [["納品先：", L(rng.choice(["市立中央病院 薬剤部", "精神科病院 事務部", "がん研究センター 総務課"]), "hospital-delivery"), " 御中"],
                               ["伝票番号：", N(f"{rdigits(rng, 4)}-{rdigits(rng, 4)}-{rdigits(rng, 4)}", "tracking-number")], ["品名：介護用おむつ 他", ""],
                               [L("透析センター向け消耗品", "hospital-delivery"), "一式"]]),
        ("dementia-course", "認知症サポーター養成講座", [[L("認知症サポーター養成講座", "dementia-course"), "を開催します。"], [L("認知症の人への接し方", "dementia-course"), "を学びます。"],
                                                      [L("若年性認知症の基礎知識", "dementia-course")], ["受講料無料・定員", N(f"{rng.randint(20, 50)}名", "count")]]),
        ("sports-day", "運動会プログラム", [[L("障害物競走", "event-program")], ["パン食い競走"], [L("車椅子リレー（どなたでも参加可）", "event-program")], ["綱引き"]]),
        ("garden-club", "園芸クラブ会報", [[L("バラの黒星病", "plant-disease"), "の対策"], [L("トマトの青枯病", "plant-disease"), "が発生しやすい時期です。"],
                                         [L("稲のいもち病", "plant-disease"), "注意報"], [L("松くい虫被害", "plant-disease")]]),
        ("religious-product", "法人向け商品のご案内", [[L("寺院・神社・教会向け火災保険", "religious-corp-product")], [L("宗教法人の賠償責任保険", "religious-corp-product")],
                                                       [L("お祭り・法要などの行事保険", "religious-corp-product")], ["保険料は", N(money(rng, 30000, 300000), "premium-amount"), "から"]]),
        ("insurance-faq", "よくあるご質問", [["Q. ", L("うつ病で通院中でも加入できますか？", "insurance-faq")], ["Q. ", L("過去にがんを患っていても入れる保険はありますか？", "insurance-faq")],
                                          ["Q. ", L("告知義務違反があった場合どうなりますか？", "insurance-faq")], ["Q. ", L("障害者手帳を持っていると保険料は上がりますか？", "insurance-faq")]]),
        ("code-table", "傷病コード表（抜粋）", [[N("F32", "code"), "　", L("うつ病エピソード", "code-table")], [N("F20", "code"), "　", L("統合失調症", "code-table")],
                                            [N("E11", "code"), "　", L("2型糖尿病", "code-table")], [N("I63", "code"), "　", L("脳梗塞", "code-table")], [N("G30", "code"), "　", L("アルツハイマー病", "code-table")]]),
    ]
    key, t, items = kinds[i % len(kinds)]
    d = cdoc(rng, "misc", key)
    title(d, t)
    bullets(d, rng, items)
    d.line()
    d.line(rng.choice(["以上", "（事務局）", "発行：総務部", "掲示期限：", ""]), N(fmt_date(rng, recent(rng), "slash0"), "ordinary-date") if rng.random() < 0.5 else "")
    return d


def g_employee_mail(rng, i):
    """first-person mail from an employee / member / client: hedges, polite register, family."""
    sj = rng.random() < 0.2
    d = Doc("mail/personal", "eml", "", "cp932" if sj else "utf-8", rng.choice(["\n", "\r\n"]))
    p, to = Person(rng), Person(rng)
    key = rng.choice(["hr", "union", "law", "care"])
    d.shape = f"mail-first-person-{key}"
    eml_headers(rng, d, (E("PERSON", p.full(" ")) if rng.random() < 0.7 else None, p.email(rng.choice(FREEMAIL + [ORG_DOM["hr"]]))),
                (E("PERSON", to.full(" ")), to.email(ORG_DOM[key])),
                [rng.choice(["ご相談", "体調について", "お休みのご連絡", "【相談】", "今後について"])], "shift_jis" if sj else "utf-8")
    d.line(E("PERSON", to.sei), rng.choice(["さん", "様", "先生"]))
    d.line()
    d.line(rng.choice(["お疲れさまです。", "夜分に失礼します。", "いつもお世話になっております。"]), rng.choice(["製造2課の", "組合員の", "", "先日ご相談した"]), E("PERSON", p.sei), "です。")
    lines = [
        lambda: ["実は私、", S(rng.choice(["半年前からうつ病で通院しています", "若い頃に統合失調症で入院したことがあります", "1型糖尿病でインスリンを打っています",
                                          "てんかんの持病があります", "HIVに感染しています", "乳がんの手術を受けました"]), "illness"), "。", rng.choice(["誰にも言っていません。", "上司には伝えていません。", ""])],
        lambda: ["病院では", hedged(rng), "と言われ、", rng.choice(["まだはっきりしません。", "来週検査です。"])],
        lambda: ["以前お話ししたとおり、", S(rng.choice(["身体障害者手帳（3級）を持っています", "左耳が聞こえません", "発達障害（ADHD）の診断を受けています"]), "disability"), "。"],
        lambda: ["家族のことですが、", *fam_sens(rng), "で、", rng.choice(["介護のため休みが増えそうです。", "落ち着かない日が続いています。"])],
        lambda: ["お恥ずかしい話ですが、", S(rng.choice(["若い頃に窃盗で捕まったことがあり", "以前、飲酒運転で罰金刑を受けており", "執行猶予中の身で"]), "criminal_record"), "、", rng.choice(["今回の身元調査が不安です。", "会社に知られたらと心配です。"])],
        lambda: [S(rng.choice(["元夫からのDVで避難中", "ストーカー被害で警察に相談中", "闇バイトの強盗に入られ"]), "crime_victim"), "のため、", "住所は伏せていただけますか。"],
        lambda: ["私は", S(rng.choice(["在日韓国人で", "ムスリムで", "エホバの証人の信者で", "クリスチャンで", "アイヌの出身で"]), "creed"), "、", rng.choice(["職場で心ない言葉を言われました。", "配慮をお願いしたいです。"])],
        lambda: [negated(rng), "なので、", rng.choice(["健康面は問題ありません。", "ご心配なく。"])],
        lambda: ["ちなみに、", L(rng.choice(["社内システムの障害", "勤怠アプリの不具合"]), "system-failure"), "で打刻できていません。"],
    ]
    for f in rng.sample(lines, rng.randint(2, 4)):
        d.line(*f())
    for e in d.ents:
        if e["type"] == "SENSITIVE" and e["subtype"] == "creed" and ("在日" in e["text"] or "アイヌ" in e["text"]):
            e["subtype"] = "race"
    d.line()
    d.line(rng.choice(["よろしくお願いします。", "お手数ですがご確認ください。", "以上です。"]))
    d.line(E("PERSON", p.full("")))
    if rng.random() < 0.5:
        d.line(E("PHONE", phone(rng, rng.choice(["mob", "unalloc", "p81"]))))
    return d


def g_leave_csv(rng, i):
    d = Doc("hr/leave", "csv", "csv-leave-list", rng.choice(["utf-8", "cp932", "utf-8-sig"]), "\r\n")
    hv = rng.randint(0, 1)
    d.row([["社員番号", "氏名", "所属", "休職開始日", "休職事由", "復職見込"], ["No.", "name", "dept", "start", "reason", "note"]][hv])
    for _ in range(rng.randint(5, 12)):
        p = Person(rng)
        r = rng.random()
        if r < 0.55:
            reason = ["私傷病（", S(rng.choice(["うつ病", "適応障害", "双極性障害", "腰椎ヘルニア", "乳がん", "脳出血", "統合失調症", "パニック障害", "鬱"]), "illness"), "）"]
        elif r < 0.7:
            reason = [S(rng.choice(["メンタル不調", "MDD", "抑うつ状態", "がん治療"]), "illness")]
        elif r < 0.8:
            reason = ["家族介護（", S(rng.choice(["母 要介護4", "父 認知症", "妻 がん闘病"]), "illness", note="family member"), "）"]
        elif r < 0.9:
            reason = [rng.choice(["育児休業", "留学", "自己都合"])]
        else:
            reason = [L(rng.choice(["業務外傷病（詳細は診断書）", "私傷病"]), "category-without-detail")]
        d.row([N(rdigits(rng, 6), "employee-id"), E("PERSON", p.full(rng.choice(["", " "]))), rng.choice(["製造1課", "設計", "営業", "物流"]),
               N(fmt_date(rng, recent(rng), "slash0"), "ordinary-date"), reason, rng.choice(["未定", "3か月後", "リハビリ出勤中", ""])])
    for e in d.ents:
        if e.get("note") == "family member" and "要介護" in e["text"]:
            e["subtype"] = "disability"
    return d


def g_care_conf(rng, i):
    d = Doc("care/conference", rng.choice(["txt", "md"]), "care-conference-minutes", rng.choice(["utf-8", "cp932"]), "\n")
    u = Person(rng, old=True)
    d.line(rng.choice(["サービス担当者会議 要点", "担当者会議録", "# サービス担当者会議"]))
    d.line(*neg_date(rng, "開催日："), "　場所：利用者宅")
    d.line("利用者：", E("PERSON", u.full("")), "様（", E("DATE_OF_BIRTH", fmt_date(rng, u.dob, rng.choice(["erak", "eraab", "eraS.", "fwera"]))), "生）")
    cm, nurse = Person(rng), Person(rng)
    d.line("出席：本人、長男（", E("PERSON", u.sei), "）、ケアマネ ", E("PERSON", cm.full("")), "、訪問看護 ", E("PERSON", nurse.sei), "、ヘルパー ", E("PERSON", Person(rng).sei))
    d.line("【検討事項】")
    for _ in range(rng.randint(3, 5)):
        who = rng.choice(["ケアマネ", "看護", "本人", "長男", "ヘルパー"])
        d.line(f"{who}：", rng.choice([[care_s(rng), "。", rng.choice(["サービス追加を検討", "現状維持", "福祉用具レンタル追加"])],
                                      ["主治医より", S(rng.choice(["心不全の悪化", "糖尿病性腎症の進行", "認知症の進行（HDS-R 12点）", "末期がんで看取り方針"]), "illness"), "との情報"],
                                      ["区分変更で", S(rng.choice(["要介護3→要介護4", "要介護2→要介護3", "要支援2→要介護1"]), "disability"), "の見込み"],
                                      ["本人は", S(rng.choice(["熱心な浄土真宗の門徒", "カトリック信者", "天理教の信者"]), "creed"), "で、", rng.choice(["仏壇の世話を続けたい", "日曜のミサに行きたい", "教会への送迎を希望"])],
                                      [L(rng.choice(["区分支給限度基準額", "福祉用具貸与の単位数", "要介護3の限度額"]), "care-price-list"), "の確認"]]))
    d.line("次回：", N(fmt_date(rng, recent(rng, 2025, 2025), "slash0"), "ordinary-date"))
    return d


def g_home_claim(rng, i):
    d = Doc("insurance/home", "txt", "home-insurance-theft-claim", "utf-8", "\n")
    p = Person(rng)
    d.line(rng.choice(["火災保険（盗難）事故受付票", "事故受付メモ（家財）"]))
    d.line("受付番号：", N(f"{rdigits(rng, 3)}-{rdigits(rng, 7)}", "claim-number"), "　", *neg_date(rng, "事故日："))
    d.line("契約者：", E("PERSON", p.full("　")), "　TEL ", E("PHONE", phone(rng)))
    d.line("所在地：", E("ADDRESS", address(rng)))
    d.line("内容：", S(rng.choice(["空き巣被害に遭い", "窃盗被害（自転車）を受け", "強盗に押し入られ", "車上荒らしの被害に遭い"]), "crime_victim"), "、",
           rng.choice(["現金と貴金属を盗まれた。", "ガラスを割られた。", "被害届提出済み。"]))
    d.line("警察届出：", rng.choice(["中央署", "北署", "西署"]), " 受理番号 ", N(f"第{rdigits(rng, 5)}号", "police-receipt-number"))
    if rng.random() < 0.4:
        d.line("備考：契約者は", S(rng.choice(["犯人と面識あり（元交際相手、DV歴）", "事件後PTSDで通院"]), "crime_victim"), "とのこと。")
        if "PTSD" in d.ents[-1]["text"]:
            d.ents[-1]["subtype"] = "illness"
    d.line("損害額（申告）：", N(money(rng, 30000, 900000), "amount"), "　証券番号：", N(pol_no(rng), "policy-number"))
    return d


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

SCHEDULE = [
    (g_kokuchi, 90), (g_ins_csv, 32), (g_ins_mail, 70), (g_travel, 30), (g_agent_daily, 50), (g_claim, 32),
    (g_care_record, 80), (g_day_diary, 50), (g_care_chat, 60), (g_care_csv, 25), (g_family_note, 40),
    (g_mendan, 70), (g_kenshin_csv, 25), (g_kyushoku_mail, 50), (g_mynumber, 35), (g_english_oh, 30), (g_hi_form, 32),
    (g_law_criminal, 60), (g_law_traffic, 40), (g_law_divorce, 45), (g_law_csv, 15),
    (g_union_minutes, 50), (g_union_form, 40), (g_union_tsv, 15), (g_biz_mail, 40),
    (g_employee_mail, 45), (g_leave_csv, 15), (g_care_conf, 30), (g_home_claim, 20),
    # clean documents
    (c_brochure, 18), (c_yakkan, 16), (c_kokuchi_tpl, 16), (c_care_price, 18), (c_seminar, 14), (c_law_web, 16),
    (c_union_news, 16), (c_stats, 16), (c_hr_rule, 12), (c_harassment, 12), (c_quiz, 12), (c_glossary, 12),
    (c_news, 14), (c_drug_price, 12), (c_disab_report, 10), (c_sysfail, 14), (c_privacy, 10), (c_hc_minutes, 12),
    (c_misc, 64),
]

FILLER = ["本書の内容は作成時点の情報に基づいています。", "無断転載・複製を禁じます。", "ご不明な点は担当窓口までお問い合わせください。",
          "この資料は社内限りの取扱いとしてください。", "記載内容に変更がある場合は随時更新します。"]


def build(seed):
    rng = random.Random(seed)
    jobs = []
    for fn, n in SCHEDULE:
        jobs += [fn] * n
    rng.shuffle(jobs)
    counters = {}
    out = []
    for k, fn in enumerate(jobs):
        c = counters.get(fn.__name__, 0)
        counters[fn.__name__] = c + 1
        sub = random.Random(f"{seed}:{fn.__name__}:{c}")
        d = fn(sub, c)
        fill = sub.sample(FILLER, len(FILLER))
        while d.pos < 110 and fill:
            d.line(fill.pop())
        text = d.finish()
        out.append((k, d, text))
    return out


def write(outdir, seed):
    docs = build(seed)
    truth = {"documents": {}}
    os.makedirs(os.path.join(outdir, "docs"), exist_ok=True)
    for k, d, text in docs:
        rel = f"{d.folder}/{k + 1:04d}.{d.ext}"
        enc = d.enc
        try:
            data = text.encode(enc)
        except UnicodeEncodeError:
            enc = "utf-8"
            data = text.encode(enc)
            if d.ext == "eml":
                raise
        path = os.path.join(outdir, "docs", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        truth["documents"][rel] = {
            "encoding": enc,
            "shape": d.shape,
            "entities": d.ents,
            "lookalikes": d.looks,
            "hard_negatives": d.negs,
        }
    with open(os.path.join(outdir, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return truth


def overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def self_check(outdir, truth):
    errs = []
    for rel, t in truth["documents"].items():
        with open(os.path.join(outdir, "docs", rel), "rb") as f:
            text = f.read().decode(t["encoding"])
        ents = t["entities"]
        for e in ents:
            if text[e["start"]:e["end"]] != e["text"] or not e["text"]:
                errs.append(f"{rel}: offset mismatch {e}")
            if e["text"] != e["text"].strip():
                errs.append(f"{rel}: untrimmed {e}")
            if e["type"] == "MY_NUMBER":
                dg = "".join(c for c in e["text"].translate(str.maketrans("０１２３４５６７８９", "0123456789")) if c.isdigit())
                if len(dg) != 12 or mn_check(dg[:11]) != int(dg[11]):
                    errs.append(f"{rel}: bad my number {e}")
            if e["type"] == "CREDIT_CARD":
                dg = "".join(c for c in e["text"] if c.isdigit())
                if not luhn_ok(dg):
                    errs.append(f"{rel}: bad card {e}")
        for a, b in zip(ents, ents[1:]):
            if overlaps(a, b):
                errs.append(f"{rel}: overlapping entities {a} {b}")
        for n in t["hard_negatives"]:
            if text[n["start"]:n["end"]] != n["text"]:
                errs.append(f"{rel}: hn mismatch {n}")
            if any(overlaps(n, e) for e in ents):
                errs.append(f"{rel}: hn overlaps entity {n}")
        for l in t["lookalikes"]:
            if any(overlaps(l, e) for e in ents if e["type"] == "SENSITIVE"):
                errs.append(f"{rel}: lookalike overlaps SENSITIVE {l}")
        if rel.startswith("clean/") and ents:
            errs.append(f"{rel}: clean doc has entities")
        if not (100 <= len(text) <= 3000):
            errs.append(f"{rel}: length {len(text)}")
        if rel.endswith(".eml"):
            cs = "shift_jis" if t["encoding"] == "cp932" else "utf-8"
            if f"charset={cs}" not in text:
                errs.append(f"{rel}: charset header mismatch")
    return errs


def stats(truth):
    from collections import Counter
    types, subs, looks, negs, shapes = Counter(), Counter(), Counter(), Counter(), Counter()
    clean = 0
    encs = Counter()
    for rel, t in truth["documents"].items():
        encs[t["encoding"]] += 1
        shapes[t["shape"]] += 1
        if not t["entities"]:
            clean += 1
        for e in t["entities"]:
            types[e["type"]] += 1
            if e["type"] == "SENSITIVE":
                subs[e["subtype"]] += 1
        for l in t["lookalikes"]:
            looks[l["kind"]] += 1
        for n in t["hard_negatives"]:
            negs[n["kind"]] += 1
    return {"documents": len(truth["documents"]), "clean_documents": clean, "entities": dict(sorted(types.items())),
            "sensitive_subtypes": dict(sorted(subs.items())), "lookalikes": sum(looks.values()), "lookalike_kinds": len(looks),
            "lookalike_by_kind": dict(sorted(looks.items())), "hard_negatives": sum(negs.values()), "hard_negative_kinds": dict(sorted(negs.items())),
            "encodings": dict(encs), "shapes": len(shapes)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=66)
    ap.add_argument("--stats", action="store_true", help="print counts after writing")
    a = ap.parse_args()
    truth = write(a.out, a.seed)
    errs = self_check(a.out, truth)
    if errs:
        for e in errs[:30]:
            print("SELF-CHECK:", e, file=sys.stderr)
        sys.exit(1)
    if a.stats:
        print(json.dumps(stats(truth), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
