#!/usr/bin/env python3
"""Blind people-count / column-type generator, set dev2.

Company: 株式会社ミナト住建 — 賃貸管理・仲介, a private tutoring school (ミナト個別指導塾) and payroll
outsourcing (給与計算代行) for small client firms.

    python generate.py --out DIR [--seed 3] [--db-url URL ...]

Writes DIR/drive/ (shared drive), DIR/db.sqlite (+ the same tables/views in every --db-url) and
DIR/truth.json.  Truth is by construction: every appearance of a person is registered with exactly the
values written, and a built-in recount applies the contract's identity rule (My Number; name+birth date;
name+phone; name+address; personal e-mail; union-find) twice — once with only the keys any reader must
form ("sure") and once with every key a generous reader might form ("weak") — and refuses to write truth
unless both give exactly the constructed persons, per file/table and for the whole drive/database.
Standard library + sqlalchemy + openpyxl + python-docx only.
"""
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
from collections import defaultdict
from xml.sax.saxutils import escape as xesc, quoteattr

D = dt.date
TODAY = D(2024, 6, 1)

# ----------------------------------------------------------------------------------------------- names
SEI = [l.split() for l in """佐藤 サトウ Sato|鈴木 スズキ Suzuki|高橋 タカハシ Takahashi|田中 タナカ Tanaka|伊藤 イトウ Ito
渡辺 ワタナベ Watanabe|山本 ヤマモト Yamamoto|中村 ナカムラ Nakamura|小林 コバヤシ Kobayashi|加藤 カトウ Kato
吉田 ヨシダ Yoshida|山田 ヤマダ Yamada|佐々木 ササキ Sasaki|山口 ヤマグチ Yamaguchi|松本 マツモト Matsumoto
井上 イノウエ Inoue|木村 キムラ Kimura|林 ハヤシ Hayashi|斎藤 サイトウ Saito|清水 シミズ Shimizu
山崎 ヤマザキ Yamazaki|森 モリ Mori|池田 イケダ Ikeda|橋本 ハシモト Hashimoto|阿部 アベ Abe
石川 イシカワ Ishikawa|山下 ヤマシタ Yamashita|中島 ナカジマ Nakajima|石井 イシイ Ishii|小川 オガワ Ogawa
前田 マエダ Maeda|岡田 オカダ Okada|長谷川 ハセガワ Hasegawa|藤田 フジタ Fujita|後藤 ゴトウ Goto
近藤 コンドウ Kondo|村上 ムラカミ Murakami|遠藤 エンドウ Endo|青木 アオキ Aoki|坂本 サカモト Sakamoto
斉藤 サイトウ Saito|福田 フクダ Fukuda|太田 オオタ Ota|西村 ニシムラ Nishimura|藤井 フジイ Fujii
金子 カネコ Kaneko|岡本 オカモト Okamoto|藤原 フジワラ Fujiwara|中野 ナカノ Nakano|三浦 ミウラ Miura
原田 ハラダ Harada|中川 ナカガワ Nakagawa|松田 マツダ Matsuda|竹内 タケウチ Takeuchi|小野 オノ Ono
田村 タムラ Tamura|中山 ナカヤマ Nakayama|和田 ワダ Wada|石田 イシダ Ishida|森田 モリタ Morita
上田 ウエダ Ueda|原 ハラ Hara|柴田 シバタ Shibata|酒井 サカイ Sakai|工藤 クドウ Kudo
横山 ヨコヤマ Yokoyama|宮崎 ミヤザキ Miyazaki|宮本 ミヤモト Miyamoto|内田 ウチダ Uchida|高木 タカギ Takagi""".replace("\n", "|").split("|")]
MEI_M = [l.split() for l in """太郎 タロウ Taro|一郎 イチロウ Ichiro|健太 ケンタ Kenta|翔太 ショウタ Shota|大輔 ダイスケ Daisuke
拓也 タクヤ Takuya|直樹 ナオキ Naoki|誠 マコト Makoto|浩 ヒロシ Hiroshi|健一 ケンイチ Kenichi|修 オサム Osamu
隆 タカシ Takashi|聡 サトシ Satoshi|和也 カズヤ Kazuya|達也 タツヤ Tatsuya|亮 リョウ Ryo|翔 ショウ Sho|蓮 レン Ren
悠真 ユウマ Yuma|大翔 ヒロト Hiroto|陽太 ヨウタ Yota|湊 ミナト Minato|颯太 ソウタ Sota|悠斗 ユウト Yuto
優斗 ユウト Yuto|智也 トモヤ Tomoya|雄一 ユウイチ Yuichi|正人 マサト Masato|博之 ヒロユキ Hiroyuki
秀樹 ヒデキ Hideki|康弘 ヤスヒロ Yasuhiro|勝 マサル Masaru|清 キヨシ Kiyoshi|茂 シゲル Shigeru|進 ススム Susumu
明 アキラ Akira|学 マナブ Manabu|剛 ツヨシ Tsuyoshi|陸 リク Riku|樹 イツキ Itsuki""".replace("\n", "|").split("|")]
MEI_F = [l.split() for l in """花子 ハナコ Hanako|陽子 ヨウコ Yoko|恵子 ケイコ Keiko|京子 キョウコ Kyoko|幸子 サチコ Sachiko
裕子 ユウコ Yuko|美穂 ミホ Miho|由美 ユミ Yumi|真由美 マユミ Mayumi|直美 ナオミ Naomi|智子 トモコ Tomoko
久美子 クミコ Kumiko|愛 アイ Ai|彩 アヤ Aya|美咲 ミサキ Misaki|さくら サクラ Sakura|結衣 ユイ Yui|陽菜 ヒナ Hina
葵 アオイ Aoi|凛 リン Rin|結愛 ユア Yua|芽依 メイ Mei|莉子 リコ Riko|美羽 ミウ Miu|杏 アン An|千尋 チヒロ Chihiro
麻衣 マイ Mai|舞 マイ Mai|恵 メグミ Megumi|明美 アケミ Akemi|和子 カズコ Kazuko|節子 セツコ Setsuko
洋子 ヨウコ Yoko|典子 ノリコ Noriko|紀子 ノリコ Noriko|優子 ユウコ Yuko|瞳 ヒトミ Hitomi|香織 カオリ Kaori
綾香 アヤカ Ayaka|七海 ナナミ Nanami""".replace("\n", "|").split("|")]
FOREIGN = [l.split() for l in """グエン ミン Nguyen Minh|チャン ラン Tran Lan|ワン ウェイ Wang Wei|リー ナ Li Na
キム ミンジュン Kim Minjun|パク ソヨン Park Soyeon|サントス マリア Santos Maria|シルバ ペドロ Silva Pedro
シャルマ ラヴィ Sharma Ravi|レ トゥアン Le Tuan|ファム フオン Pham Huong|ガルシア アナ Garcia Ana
グエン トゥ Nguyen Thu|チャン ズン Tran Dung|ワン フェイ Wang Fei|グルン ビカス Gurung Bikash""".replace("\n", "|").split("|")]

AREAS = [  # pref, city, [(town, postal)], landline area code
    ("東京都", "世田谷区", [("三軒茶屋", "154-0024"), ("太子堂", "154-0004"), ("若林", "154-0023"), ("経堂", "156-0052"), ("桜新町", "154-0015")], "03"),
    ("東京都", "杉並区", [("高円寺南", "166-0003"), ("阿佐谷北", "166-0001"), ("荻窪", "167-0051"), ("西荻北", "167-0042")], "03"),
    ("東京都", "大田区", [("蒲田", "144-0052"), ("大森北", "143-0016"), ("池上", "146-0082"), ("田園調布", "145-0071")], "03"),
    ("東京都", "練馬区", [("練馬", "176-0001"), ("石神井町", "177-0041"), ("大泉学園町", "178-0061")], "03"),
    ("東京都", "品川区", [("大井", "140-0014"), ("西五反田", "141-0031"), ("戸越", "142-0041")], "03"),
    ("神奈川県", "川崎市中原区", [("小杉町", "211-0063"), ("新丸子町", "211-0005"), ("木月", "211-0025")], "044"),
    ("神奈川県", "横浜市港北区", [("日吉", "223-0061"), ("綱島西", "223-0053"), ("大倉山", "222-0037")], "045"),
    ("埼玉県", "さいたま市浦和区", [("高砂", "330-0063"), ("岸町", "330-0064"), ("常盤", "330-0061")], "048"),
    ("千葉県", "市川市", [("八幡", "272-0021"), ("南八幡", "272-0023"), ("行徳駅前", "272-0133")], "047"),
    ("東京都", "八王子市", [("旭町", "192-0083"), ("明神町", "192-0046"), ("子安町", "192-0904")], "042"),
    ("大阪府", "大阪市北区", [("梅田", "530-0001"), ("天神橋", "530-0041")], "06"),
    ("愛知県", "名古屋市中区", [("栄", "460-0008"), ("大須", "460-0011")], "052"),
    ("福岡県", "福岡市中央区", [("天神", "810-0001"), ("大名", "810-0041")], "092"),
    ("北海道", "札幌市中央区", [("北一条西", "060-0001"), ("南三条西", "060-0063")], "011"),
    ("宮城県", "仙台市青葉区", [("一番町", "980-0811"), ("国分町", "980-0803")], "022"),
    ("静岡県", "静岡市葵区", [("鷹匠", "420-0839"), ("両替町", "420-0032")], "054"),
]
BANKS = ["みずほ銀行", "三菱UFJ銀行", "三井住友銀行", "りそな銀行", "ゆうちょ銀行", "横浜銀行", "千葉銀行", "城南信用金庫", "西武信用金庫"]
BRANCHES = ["渋谷支店", "新宿支店", "池袋支店", "本店営業部", "三軒茶屋支店", "蒲田支店", "高円寺支店", "武蔵小杉支店", "浦和支店", "八幡支店"]
CO = "株式会社ミナト住建"
DOM = "minato-jk.co.jp"
SWITCH = "03-5432-1100"
JUKU_TEL = "03-5432-1200"
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "outlook.jp", "softbank.ne.jp"]
SUBJECTS = ["英語", "数学", "国語", "理科", "社会", "英数", "5教科"]
VENDORS = [("山田設備工業株式会社", "03-3721-4410"), ("鈴木電気商会", "03-3410-2288"), ("株式会社佐藤リフォーム", "03-5706-1190"),
           ("高橋水道センター", "0120-33-4455"), ("中村塗装店", "044-722-3011"), ("有限会社木村鍵店", "03-3311-0909")]
GUARANTEE_COS = [("ミライ家賃保証株式会社", "03-6222-7000"), ("アオバ保証株式会社", "03-6809-1500")]
SCHOOLS = ["世田谷区立太子堂中学校", "杉並区立高円寺中学校", "都立三田高校", "大田区立蒲田小学校", "私立青葉学園中学校", "川崎市立中原中学校", "練馬区立石神井東中学校"]
UNIVS = ["東京大学", "早稲田大学", "慶應義塾大学", "東京都立大学", "横浜国立大学", "明治大学", "法政大学"]


# ----------------------------------------------------------------------------------------------- text helpers
_FWK = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー・"
_HWK = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ･"
assert len(_FWK) == len(_HWK)
_K2H = dict(zip(_FWK, _HWK))


def hankaku(s):
    out = []
    for ch in unicodedata.normalize("NFD", s):
        out.append("ﾞ" if ch == "\u3099" else "ﾟ" if ch == "\u309a" else _K2H.get(ch, ch))
    return "".join(out)


def hira(s):
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def zenkaku(s):
    return "".join("\u3000" if c == " " else chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def digits(s):
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", s))


def nname(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).lower()


def naddr(s):
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"[‐‑‒–—―−ー－]", "-", s)
    return re.sub(r"\s+", "", s)


def wareki(d):
    if d >= D(2019, 5, 1):
        e, y0 = "令和", 2018
    elif d >= D(1989, 1, 8):
        e, y0 = "平成", 1988
    else:
        e, y0 = "昭和", 1925
    y = d.year - y0
    return f"{e}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def mn_check(d11):
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        s += p * (n + 1 if n <= 6 else n - 5)
    r = s % 11
    return 0 if r <= 1 else 11 - r


def corp_check(d12):
    s = 0
    for n in range(1, 13):
        s += int(d12[12 - n]) * (1 if n % 2 else 2)
    return 9 - s % 9


def ean13(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def luhn(d15):
    s = 0
    for i, c in enumerate(reversed(d15)):
        v = int(c)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return d15 + str((10 - s % 10) % 10)


# ----------------------------------------------------------------------------------------------- world
class HH:
    __slots__ = ("hid", "pref", "postal", "addr", "tel", "members")


class Person:
    __slots__ = ("pid", "sei", "mei", "ksei", "kmei", "rsei", "rmei", "sex", "dob", "mobile", "email", "email2",
                 "mn", "hh", "x", "foreign")

    @property
    def phone(self):
        return self.mobile or self.hh.tel

    @property
    def age(self):
        return (TODAY - self.dob).days // 365


class World:
    def __init__(self, rng):
        self.rng = rng
        self.n = 0
        self.nh = 0
        self.phones = set()
        self.emails = set()
        self.mns = set()
        self.addrs = set()
        self.namedob = set()
        self.corp = set()

    def _num(self, nd):
        return "".join(self.rng.choice("0123456789") for _ in range(nd))

    def landline(self, ac):
        while True:
            if len(ac) == 2:
                t = f"{ac}-{self.rng.randint(3000, 6999)}-{self._num(4)}"
            else:
                t = f"{ac}-{self.rng.randint(200, 999)}-{self._num(4)}"
            if t not in self.phones:
                self.phones.add(t)
                return t

    def mobile(self):
        while True:
            t = f"{self.rng.choice(['090', '080', '070'])}-{self.rng.randint(1000, 9999)}-{self._num(4)}"
            if t not in self.phones:
                self.phones.add(t)
                return t

    def my_number(self):
        while True:
            d = str(self.rng.randint(1, 9)) + self._num(10)
            m = d + str(mn_check(d))
            if m not in self.mns:
                self.mns.add(m)
                return m

    def corp_number(self):
        while True:
            d = str(self.rng.randint(1, 9)) + self._num(11)
            c = str(corp_check(d)) + d
            if c not in self.corp:
                self.corp.add(c)
                return c

    def street(self, area=None, tokyo_only=False):
        rng = self.rng
        while True:
            a = area or rng.choice(AREAS[:10] if tokyo_only else AREAS)
            town, postal = rng.choice(a[2])
            c, b, g = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 25)
            if rng.random() < 0.5:
                s = f"{a[0]}{a[1]}{town}{c}丁目{b}番{g}号"
            else:
                s = f"{a[0]}{a[1]}{town}{c}-{b}-{g}"
            if naddr(s) not in self.addrs:
                self.addrs.add(naddr(s))
                return a, s, postal

    def household(self, landline=0.4, addr=None, area=None):
        h = HH()
        self.nh += 1
        h.hid = self.nh
        if addr:
            h.pref, h.addr, h.postal, ac = addr
            self.addrs.add(naddr(h.addr))
        else:
            a, h.addr, h.postal = self.street(area)
            h.pref, ac = a[0], a[3]
            if self.rng.random() < 0.25 and "丁目" in h.addr:
                h.addr += f" {self.rng.choice(['サンハイツ', 'グリーンコート', 'パークホームズ', 'ライオンズマンション'])}{self.rng.randint(1, 9)}0{self.rng.randint(1, 6)}"
                self.addrs.add(naddr(h.addr))
        h.tel = self.landline(ac) if self.rng.random() < landline else None
        h.members = []
        return h

    def email_for(self, p, domain=None):
        rng = self.rng
        while True:
            r = rng.random()
            base = (p.rmei.lower() + "." + p.rsei.lower()) if r < 0.4 else (p.rsei.lower() + "_" + p.rmei[0].lower()) if r < 0.7 \
                else (p.rmei.lower() + p.rsei[:3].lower())
            e = f"{base}{rng.randint(1, 99) if rng.random() < 0.7 else ''}@{domain or rng.choice(MAIL_DOMAINS)}"
            if e not in self.emails:
                self.emails.add(e)
                return e

    def person(self, hh, sex=None, age=(20, 70), sei=None, mobile=0.9, email=0.6, foreign=False, dob=None):
        rng = self.rng
        p = Person()
        self.n += 1
        p.pid = self.n
        p.sex = sex or rng.choice("MF")
        p.foreign = foreign
        taken = {m.mei for m in hh.members} | {m.kmei for m in hh.members}
        while True:
            if foreign:
                f = rng.choice(FOREIGN)
                p.sei, p.mei, p.rsei, p.rmei = f
                p.ksei, p.kmei = p.sei, p.mei
            else:
                s = sei or rng.choice(SEI)
                m = rng.choice(MEI_M if p.sex == "M" else MEI_F)
                p.sei, p.ksei, p.rsei = s
                p.mei, p.kmei, p.rmei = m
            if p.mei not in taken and p.kmei not in taken:
                break
        while True:
            if dob is not None:
                d = dob
                dob = None
            else:
                a0 = rng.randint(age[0], age[1])
                d = TODAY - dt.timedelta(days=365 * a0 + rng.randint(0, 364))
            if (nname(p.sei + p.mei), d) not in self.namedob and (nname(p.ksei + p.kmei), d) not in self.namedob:
                break
        p.dob = d
        self.namedob.add((nname(p.sei + p.mei), d))
        self.namedob.add((nname(p.ksei + p.kmei), d))
        p.hh = hh
        hh.members.append(p)
        p.mobile = self.mobile() if (rng.random() < mobile or not hh.tel) else None
        p.email = self.email_for(p) if rng.random() < email else None
        p.email2 = None
        p.mn = self.my_number()
        p.x = {}
        return p

    def twin(self, proto, age=(20, 70)):
        """同姓同名: same kanji name, different birth date, own household, phone, e-mail."""
        hh = self.household(0.3)
        p = self.person(hh, sex=proto.sex, age=age)
        self.namedob.discard((nname(p.sei + p.mei), p.dob))
        p.sei, p.ksei, p.rsei, p.mei, p.kmei, p.rmei = proto.sei, proto.ksei, proto.rsei, proto.mei, proto.kmei, proto.rmei
        while (nname(p.sei + p.mei), p.dob) in self.namedob:
            p.dob -= dt.timedelta(days=37)
        self.namedob.add((nname(p.sei + p.mei), p.dob))
        if p.email:
            p.email = self.email_for(p)
        return p

    # lazily generated per-person identifiers (deterministic: call order is fixed)
    def attr(self, p, k):
        if k in p.x:
            return p.x[k]
        rng = self.rng
        if k == "passport":
            v = rng.choice(["TK", "TR", "MZ", "FA", "C0", "E1"]) + self._num(7)
        elif k == "zairyu":
            v = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + self._num(8) + \
                "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        elif k == "license":
            v = rng.choice(["30", "45", "46", "47", "50"]) + f"{(p.dob.year + 18) % 100:02d}" + self._num(8)
        elif k == "pension":
            v = f"{rng.randint(1000, 9999)}-{self._num(6)}"
        elif k == "hkigo":
            v = str(rng.randint(10000000, 99999999))
        elif k == "hbango":
            v = str(rng.randint(1, 999))
        elif k == "hihoken":
            v = f"{self.attr(p, 'hkigo')}-{self.attr(p, 'hbango')}"
        elif k == "acct":
            v = self._num(7)
        elif k == "bank":
            v = rng.choice(BANKS)
        elif k == "branch":
            v = rng.choice(BRANCHES)
        elif k == "card":
            v = luhn(rng.choice(["4", "5"]) + self._num(14))
        elif k == "ip":
            v = f"{rng.choice([60, 106, 110, 126, 153, 180, 202, 219])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        elif k == "wmail":
            v = f"{p.rmei[0].lower()}.{p.rsei.lower()}@{p.x['wdomain']}"
            while v in self.emails:
                v = f"{p.rmei.lower()}.{p.rsei.lower()}{rng.randint(2, 99)}@{p.x['wdomain']}"
            self.emails.add(v)
        elif k == "email2":
            v = self.email_for(p)
        else:
            raise KeyError(k)
        p.x[k] = v
        return v


# value of a person column
NAME_K = {"name", "name_sp", "name_zs"}
KANA_K = {"kana", "kana_sp", "hkana", "hira", "hira_sp"}
ROMA_K = {"roma", "ROMA", "fwroma"}
DOB_SURE = {"dob_iso", "dob_slash"}
DOB_WEAK = {"dob_wareki", "dob_compact", "dob_jp"}
PHONE_K = {"tel", "tel_nh", "hhtel", "hhtel_nh", "mobile"}
CODE = {}
for _k in NAME_K | KANA_K | ROMA_K | {"sei", "mei", "ksei", "kmei"}:
    CODE[_k] = "PERSON"
for _k in DOB_SURE | DOB_WEAK:
    CODE[_k] = "DATE_OF_BIRTH"
for _k in PHONE_K:
    CODE[_k] = "PHONE"
CODE.update({"addr": "ADDRESS", "pref": "?", "addr_nopref": "ADDRESS", "postal": "POSTAL_CODE", "postal_nh": "POSTAL_CODE",
             "email": "EMAIL", "email2": "EMAIL", "wmail": "EMAIL", "mn": "MY_NUMBER", "mn_sp": "MY_NUMBER",
             "passport": "PASSPORT", "zairyu": "RESIDENCE_CARD", "license": "DRIVERS_LICENSE", "pension": "PENSION_NUMBER",
             "hkigo": "HEALTH_INSURANCE", "hbango": "HEALTH_INSURANCE", "hihoken": "HEALTH_INSURANCE",
             "acct": "BANK_ACCOUNT", "card": "CREDIT_CARD", "ip": "IP_ADDRESS", "sex": "?", "age": "?",
             "acct_holder": "PERSON"})


def pv(W, p, k):
    if p is None:
        return ""
    if k == "name":
        return p.sei + p.mei
    if k == "name_sp":
        return p.sei + " " + p.mei
    if k == "name_zs":
        return p.sei + "\u3000" + p.mei
    if k == "sei":
        return p.sei
    if k == "mei":
        return p.mei
    if k == "ksei":
        return p.ksei
    if k == "kmei":
        return p.kmei
    if k == "kana":
        return p.ksei + p.kmei
    if k == "kana_sp":
        return p.ksei + " " + p.kmei
    if k in ("hkana", "acct_holder"):
        return hankaku(p.ksei + " " + p.kmei)
    if k == "hira":
        return hira(p.ksei + p.kmei)
    if k == "hira_sp":
        return hira(p.ksei + " " + p.kmei)
    if k == "roma":
        return f"{p.rmei} {p.rsei}"
    if k == "ROMA":
        return f"{p.rsei.upper()} {p.rmei.upper()}"
    if k == "fwroma":
        return zenkaku(f"{p.rsei.upper()} {p.rmei.upper()}")
    if k == "dob_iso":
        return p.dob.isoformat()
    if k == "dob_slash":
        return p.dob.strftime("%Y/%m/%d")
    if k == "dob_wareki":
        return wareki(p.dob)
    if k == "dob_compact":
        return p.dob.strftime("%Y%m%d")
    if k == "dob_jp":
        return f"{p.dob.year}年{p.dob.month}月{p.dob.day}日"
    if k == "tel":
        return p.phone or ""
    if k == "tel_nh":
        return (p.phone or "").replace("-", "")
    if k == "mobile":
        return p.mobile or ""
    if k == "hhtel":
        return p.hh.tel or ""
    if k == "hhtel_nh":
        return (p.hh.tel or "").replace("-", "")
    if k == "addr":
        return p.hh.addr
    if k == "pref":
        return p.hh.pref
    if k == "addr_nopref":
        return p.hh.addr[len(p.hh.pref):]
    if k == "postal":
        return p.hh.postal
    if k == "postal_nh":
        return p.hh.postal.replace("-", "")
    if k == "email":
        return p.email or ""
    if k == "mn":
        return p.mn
    if k == "mn_sp":
        return f"{p.mn[:4]} {p.mn[4:8]} {p.mn[8:]}"
    if k == "sex":
        return "男" if p.sex == "M" else "女"
    if k == "age":
        return str(p.age)
    return W.attr(p, k)


# ----------------------------------------------------------------------------------------------- appearances
def build_keys(names, dob=None, dob_weak=False, phones=(), addrs=(), addrs_weak=(), emails=(), mns=()):
    """names: primary first. Returns (sure keys, weak-only keys)."""
    sure, weak = set(), set()
    for m in mns:
        if m:
            sure.add("M" + digits(m))
    for e in emails:
        if e:
            sure.add("E" + e.strip().lower())
    seen = []
    for n in names:
        n = nname(n)
        if n and n not in seen:
            seen.append(n)
    for i, n in enumerate(seen):
        tgt = sure if i == 0 else weak
        if dob:
            (weak if dob_weak else tgt).add(f"D{n}|{dob.isoformat()}")
        for ph in phones:
            if ph:
                tgt.add(f"P{n}|{digits(ph)}")
        for a in addrs:
            if a:
                tgt.add(f"A{n}|{naddr(a)}")
        for a in addrs_weak:
            if a:
                weak.add(f"A{n}|{naddr(a)}")
    return sure, weak - sure


class Scope:
    """A drive or a database: locations (files/tables), appearances, column truth."""

    def __init__(self, W):
        self.W = W
        self.apps = []  # (loc, pid, sure, weak)
        self.locs = {}

    def loc(self, name, **meta):
        L = Loc(self, name, meta)
        self.locs[name] = L
        return L


class Loc:
    def __init__(self, scope, name, meta):
        self.scope, self.name, self.meta = scope, name, meta
        self.pids = set()
        self.cols = {}
        self.hn = []
        self.tabular = False
        self.raw = set()

    def see(self, p, names=(), dob=None, dob_weak=False, phones=(), addrs=(), addrs_weak=(), emails=(), mns=(), raw=None):
        s, w = build_keys(names, dob, dob_weak, phones, addrs, addrs_weak, emails, mns)
        self.scope.apps.append((self.name, p.pid, s, w))
        self.raw.update(v for v in (raw if raw is not None else list(names) + list(phones) + list(addrs) + list(emails) + list(mns)) if v)
        self.pids.add(p.pid)

    def see_items(self, p, items):
        """items: [(kind, value)] written for person p in one record."""
        kanji, kana, roma = [], [], []
        parts = {}
        dob, dobw, phones, addrs, addrw, emails, mns = None, False, [], [], [], [], []
        for k, v in items:
            if not v:
                continue
            if k in NAME_K:
                kanji.append(v)
            elif k in KANA_K:
                kana.append(v)
            elif k in ROMA_K:
                roma.append(v)
            elif k in ("sei", "mei", "ksei", "kmei", "pref", "addr_nopref"):
                parts[k] = v
            elif k in DOB_SURE:
                dob = p.dob
            elif k in DOB_WEAK:
                if dob is None:
                    dob, dobw = p.dob, True
            elif k in PHONE_K:
                phones.append(v)
            elif k == "addr":
                addrs.append(v)
            elif k in ("email", "email2", "wmail"):
                emails.append(v)
            elif k in ("mn", "mn_sp"):
                mns.append(v)
        if "sei" in parts and "mei" in parts:
            kanji.append(parts["sei"] + parts["mei"])
        if "ksei" in parts and "kmei" in parts:
            kana.append(parts["ksei"] + parts["kmei"])
        if "pref" in parts and "addr_nopref" in parts:
            addrw.append(parts["pref"] + parts["addr_nopref"])
        elif "addr_nopref" in parts:
            addrw.append(parts["addr_nopref"])
        if dob is not None and dobw and any(k in DOB_SURE for k, _ in items):
            dobw = False
        self.see(p, kanji + kana + roma, dob, dobw, phones, addrs, addrw, emails, mns,
                 raw=[v for k, v in items if v and k not in DOB_SURE and k not in DOB_WEAK])

    def table(self, cols, rows):
        """cols: list of Col; rows: list of dicts role->Person / extras. Returns list of value lists."""
        W = self.scope.W
        out = []
        for r in rows:
            vals, per, who = [], defaultdict(list), {}
            for c in cols:
                if c.role is None:
                    v = c.fn(r) if c.fn else ""
                else:
                    roles = c.role if isinstance(c.role, tuple) else (c.role,)
                    v = pv(W, r.get(roles[0]), c.kind)
                    if v:
                        for ro in roles:
                            p = r.get(ro)
                            if p is not None:  # one subject per distinct person in the record
                                per[p.pid].append((c.kind, v))
                                who[p.pid] = p
                vals.append("" if v is None else v)
            for pid, items in per.items():
                self.see_items(who[pid], items)
            out.append(vals)
        self.set_cols(cols)
        return out

    def set_cols(self, cols):
        self.tabular = True
        for c in cols:
            if c.h in self.cols and self.cols[c.h] != c.code:
                raise SystemExit(f"{self.name}: column {c.h} typed twice")
            self.cols[c.h] = c.code
            if c.hn and c.h not in self.hn:
                self.hn.append(c.h)


class Col:
    __slots__ = ("h", "code", "role", "kind", "fn", "hn")

    def __init__(self, h, role=None, kind=None, fn=None, code=None, hn=False):
        self.h, self.role, self.kind, self.fn, self.hn = h, role, kind, fn, hn
        if role is not None:
            self.code = code if code is not None else CODE[kind]
        else:
            self.code = None if code in (None, "NULL") else code


def X(h, fn, code="NULL", hn=False):
    """a non-person column"""
    return Col(h, None, None, fn, code, hn)


def HN(h, fn):
    return Col(h, None, None, fn, "NULL", True)


# ----------------------------------------------------------------------------------------------- writers
def _put(root, rel, data):
    path = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return path


def csv_bytes(header, rows, enc="utf-8", bom=False, delim=",", nl="\r\n", quote_all=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator=nl, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    if header:
        w.writerow(header)
    w.writerows(rows)
    b = s.getvalue().encode(enc)
    return (b"\xef\xbb\xbf" + b) if bom else b


FIXED_TS = (2024, 6, 1, 9, 0, 0)


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2024-06-01T09:00:00Z\3", data)
            zi = zipfile.ZipInfo(name, FIXED_TS)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def write_xlsx(root, rel, sheets):
    """sheets: list of dicts: title, pre (list of title lines), hdr (list of header rows), rows, merges"""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        ws = wb.create_sheet(sh["title"])
        for line in sh.get("pre", []):
            ws.append([line] if line else [])
        for h in sh["hdr"]:
            ws.append(h)
        for r in sh["rows"]:
            ws.append([v if v != "" else None for v in r])
        for m in sh.get("merges", []):
            ws.merge_cells(m)
    wb.properties.creator = "minato"
    wb.properties.created = dt.datetime(2024, 6, 1, 9, 0, 0)
    path = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb.save(path)
    normalize_zip(path)


def write_docx(root, rel, paras):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = "minato"
    cp.created = dt.datetime(2024, 6, 1, 9, 0, 0)
    cp.modified = dt.datetime(2024, 6, 1, 9, 0, 0)
    cp.last_modified_by = "minato"
    cp.revision = 1
    for p in paras:
        if isinstance(p, tuple) and p[0] == "h":
            d.add_heading(p[1], level=1)
        elif isinstance(p, tuple) and p[0] == "table":
            rows = p[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = v
        else:
            d.add_paragraph(p)
    path = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    d.save(path)
    normalize_zip(path)


def html_table(title, header, rows, extra=""):
    h = ["<!DOCTYPE html>", "<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>" + xesc(title) + "</title></head><body>",
         f"<h1>{xesc(title)}</h1>", extra, "<table border=\"1\">", "<thead><tr>" + "".join(f"<th>{xesc(c)}</th>" for c in header) + "</tr></thead>",
         "<tbody>"]
    for r in rows:
        h.append("<tr>" + "".join(f"<td>{xesc(v)}</td>" for v in r) + "</tr>")
    h += ["</tbody></table>", "</body></html>", ""]
    return "\n".join(h).encode("utf-8")


def fixed_width(header, rows, widths, enc="cp932"):
    def pad(s, w):
        b = s.encode(enc)
        if len(b) > w:
            raise SystemExit(f"fixed width overflow: {s!r} > {w}")
        return b + b" " * (w - len(b))
    lines = [b"".join(pad(h, w) for h, w in zip(header, widths)).rstrip()]
    for r in rows:
        lines.append(b"".join(pad(v, w) for v, w in zip(r, widths)).rstrip())
    return b"\r\n".join(lines) + b"\r\n"


def vcard(props):
    out = ["BEGIN:VCARD", "VERSION:3.0"]
    for k, v in props:
        out.append(f"{k}:{v}")
    out.append("END:VCARD")
    return "\r\n".join(out) + "\r\n"


def mail_addr(name, addr, enc=None):
    if not name:
        return addr
    if enc or not name.isascii():
        from email.header import Header
        return f"{Header(name, enc or 'utf-8').encode()} <{addr}>"
    return f"\"{name}\" <{addr}>"


def message(frm, to, subj, body, date, mid, cc=None, charset="utf-8", cte="8bit", irt=None):
    from email.header import Header
    hdr = [f"From: {frm}", f"To: {to}"]
    if cc:
        hdr.append(f"Cc: {cc}")
    hdr += [f"Subject: {Header(subj, charset).encode()}", f"Date: {date}", f"Message-ID: <{mid}>"]
    if irt:
        hdr.append(f"In-Reply-To: <{irt}>")
    hdr += ["MIME-Version: 1.0", f"Content-Type: text/plain; charset=\"{charset}\"", f"Content-Transfer-Encoding: {cte}"]
    if cte == "base64":
        import base64
        raw = base64.encodebytes(body.encode(charset)).decode("ascii")
    elif charset == "iso-2022-jp":
        raw = body.encode("iso2022_jp").decode("ascii")
    else:
        raw = body
    return "\n".join(hdr) + "\n\n" + raw


def mbox(msgs):
    out = []
    for env_from, env_date, m in msgs:
        body = re.sub(r"(?m)^From ", ">From ", m)
        out.append(f"From {env_from} {env_date}\n{body}\n")
    return "\n".join(out).encode("utf-8")


def maildate(d, hh, mm):
    return d.strftime("%a, %d %b %Y ") + f"{hh:02d}:{mm:02d}:00 +0900"


def envdate(d, hh, mm):
    return d.strftime("%a %b %d ") + f"{hh:02d}:{mm:02d}:00 {d.year}"


# ----------------------------------------------------------------------------------------------- drive world
class NS:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def rand12(rng):
    return "".join(rng.choice("0123456789") for _ in range(12))


def seit(p):
    return (p.sei, p.ksei, p.rsei)


def drive_world(W):
    rng = W.rng
    S = NS()
    # companies used as 勤務先 (workplaces), names built from surnames: never persons
    S.companies = []
    for i in range(36):
        s = rng.choice(SEI)[0]
        nm = rng.choice(["株式会社{}製作所", "{}商事株式会社", "{}歯科医院", "有限会社{}電機", "{}建設株式会社", "{}税理士事務所"]).format(s)
        a = rng.choice(AREAS[:10])
        S.companies.append((nm, W.landline(a[3])))
    # buildings
    styles = ["{}ビル", "{}ハイツ", "コーポ{}", "メゾン{}", "{}荘", "グランシャトー{}", "{}レジデンス"]
    used, S.blds = set(), []
    for i in range(30):
        while True:
            nm = rng.choice(styles).format(rng.choice(SEI)[0])
            if nm not in used:
                break
        used.add(nm)
        a, addr, postal = W.street(tokyo_only=True)
        b = NS(code=f"P-{1001 + i * 7}", name=nm, addr=addr, postal=postal, pref=a[0], ac=a[3],
               built=D(rng.randint(1978, 2020), rng.randint(1, 12), 1), floors=rng.randint(2, 4), per=rng.randint(3, 5),
               struct=rng.choice(["RC造", "木造", "軽量鉄骨造", "SRC造"]), meter=rand12(rng))
        if rng.random() < 0.6:
            oh = W.household(0.8)
            b.owner = W.person(oh, age=(50, 85), mobile=0.5, email=0.3)
            b.owner_co = None
        else:
            s = rng.choice(SEI)
            b.owner = None
            b.owner_co = NS(name=rng.choice(["株式会社{}不動産", "{}興産株式会社", "合同会社{}エステート"]).format(s[0]),
                            kana=rng.choice(["ｶ)", "ﾕ)", "ﾄﾞ)"]) + hankaku(s[1]), corp=W.corp_number(), tel=W.landline(a[3]),
                            addr=W.street()[1], acct=W._num(7), bank=rng.choice(BANKS), branch=rng.choice(BRANCHES))
        S.blds.append(b)
    # tenancies
    S.tn = []
    seq = 0
    for b in S.blds:
        for f in range(1, b.floors + 1):
            for k in range(1, b.per + 1):
                if rng.random() > 0.86:
                    continue
                room = f"{f}0{k}"
                hh = W.household(0.3, addr=(b.pref, f"{b.addr} {b.name} {room}号室", b.postal, b.ac))
                foreign = rng.random() < 0.05
                head = W.person(hh, age=(22, 78), mobile=0.93, email=0.7, foreign=foreign)
                spouse, kids = None, []
                if not foreign and head.age >= 26 and rng.random() < 0.45:
                    spouse = W.person(hh, sex="F" if head.sex == "M" else "M", age=(max(22, head.age - 6), min(85, head.age + 4)),
                                      sei=seit(head), mobile=0.55, email=0.35)
                    if 28 <= head.age <= 58 and rng.random() < 0.55:
                        for _ in range(rng.choice([1, 1, 2])):
                            kids.append(W.person(hh, age=(5, 17), sei=seit(head), mobile=0.2, email=0.05))
                seq += 1
                start = D(rng.randint(2016, 2024), rng.randint(1, 12), 1)
                if start > D(2024, 5, 1):
                    start = D(2024, 5, 1)
                S.tn.append(NS(b=b, room=room, hh=hh, head=head, spouse=spouse, kids=kids, g=None, g_rel="", e=None, e_rel="",
                               cno=f"K{start.year}-{seq:05d}", start=start, rent=rng.randrange(58000, 148000, 500),
                               work=rng.choice(S.companies), grp=1 if len(S.tn) % 2 == 0 else 2, emp=False))
    T = S.tn
    heads = [t.head for t in T]
    # guarantors
    pool = [t for t in T]
    rng.shuffle(pool)
    tg = [t for t in pool if not t.head.foreign and t.head.age >= 30][:12]
    others = [t for t in pool if t not in tg]
    for i, t in enumerate(tg):  # a tenant who guarantees another tenant
        cand = others[i * 3]
        cand.g, cand.g_rel = t.head, rng.choice(["知人", "友人", "勤務先上司"])
    shared = []
    for t in T:
        if t.g is not None:
            continue
        r = rng.random()
        if r < 0.12:
            continue  # 保証会社
        if shared and rng.random() < 0.04:
            par, rel = shared.pop()
            t.g, t.g_rel = par, rel
            continue
        gh = W.household(0.6)
        same = rng.random() < 0.8 and not t.head.foreign
        par = W.person(gh, sex=rng.choice("MF"), age=(min(88, t.head.age + 24), min(90, t.head.age + 34)),
                       sei=seit(t.head) if same else None, mobile=0.7, email=0.25, foreign=t.head.foreign)
        t.g = par
        t.g_rel = ("父" if par.sex == "M" else "母") if same else rng.choice(["叔父", "叔母", "知人"])
        if rng.random() < 0.1:
            shared.append((par, t.g_rel))
    # 同姓同名: three guarantors carry the exact kanji name of a different tenant (different birth date, phone, address)
    twins = 0
    for t in T:
        if twins >= 3:
            break
        if t.g is not None and t.g not in heads and t.g_rel in ("父", "母") and t.g.age < 75:
            victim = T[(T.index(t) * 7 + 11) % len(T)].head
            if victim.foreign or victim is t.g or victim.sex != t.g.sex:
                continue
            tw = W.twin(victim, age=(max(45, t.g.age - 2), t.g.age + 2))
            t.g = tw
            t.g_rel = "親族"
            twins += 1
    # emergency contacts
    for t in T:
        r = rng.random()
        if t.spouse and r < 0.6:
            t.e, t.e_rel = t.spouse, "妻" if t.spouse.sex == "F" else "夫"
        elif t.g is not None and r < 0.75:
            t.e, t.e_rel = t.g, t.g_rel
        else:
            eh = W.household(0.2)
            t.e = W.person(eh, age=(20, 75), sei=seit(t.head) if not t.head.foreign and rng.random() < 0.7 else None,
                           mobile=1.0, email=0.1, foreign=t.head.foreign)
            t.e_rel = rng.choice(["兄", "姉", "弟", "妹", "叔父", "知人"])
    # students
    S.students, S.families, S.siblings = [], [], []
    grade = {9: "小4", 10: "小5", 11: "小6", 12: "中1", 13: "中2", 14: "中3", 15: "高1", 16: "高2", 17: "高3"}
    sno = 1000
    for t in T:
        ks = [k for k in t.kids if k.age in grade]
        if ks and len(S.families) < 30:
            par = t.head
            if par.email is None:
                par.email = W.email_for(par)
            S.families.append(NS(parent=par, kids=ks, rel="父" if par.sex == "M" else "母", tenant=t))
    while len(S.families) < 250:
        fh = W.household(0.45)
        par = W.person(fh, sex="F" if rng.random() < 0.7 else "M", age=(35, 52), mobile=1.0, email=0.97)
        ks = [W.person(fh, age=(9, 17), sei=seit(par), mobile=0.25, email=0.05) for _ in range(2 if rng.random() < 0.2 else 1)]
        ks = [k for k in ks if k.age in grade]
        if not ks:
            continue
        fam = NS(parent=par, kids=ks, rel="父" if par.sex == "M" else "母", tenant=None)
        if len(ks) == 1 and rng.random() < 0.1:
            S.siblings.append((fam, W.person(fh, age=(6, 8), sei=seit(par), mobile=0.0, email=0.0)))
        S.families.append(fam)
    for fam in S.families:
        for k in fam.kids:
            sno += rng.randint(1, 3)
            S.students.append(NS(k=k, fam=fam, no=f"S{sno}", grade=grade[k.age], subj=rng.choice(SUBJECTS),
                                 school=rng.choice(SCHOOLS), card=None))
    # tutors (three are young tenants)
    S.tutors = []
    for _ in range(34):
        th = W.household(0.05)
        S.tutors.append(W.person(th, age=(19, 23), mobile=1.0, email=1.0))
    young = [t.head for t in T if t.head.age <= 30 and t.head.mobile and not t.head.foreign][:3]
    S.tutors += young
    # payroll clients
    S.clients = []
    spec = [("A", "有限会社佐藤工務店", "顧問先_佐藤工務店", "sato-koumuten.co.jp", 44),
            ("B", "株式会社鈴木商事", "顧問先_鈴木商事", "suzuki-shoji.co.jp", 52),
            ("C", "株式会社こばやし運送", "顧問先_こばやし運送", "kobayashi-unso.co.jp", 42),
            ("D", "医療法人社団山田クリニック", "顧問先_山田クリニック", "yamada-cl.or.jp", 32)]
    singles = [t for t in T if t.spouse is None and not t.kids and not t.head.foreign and 22 <= t.head.age <= 60
               and t.head not in S.tutors and t.head not in [x.head for x in tg]][:16]
    eno = 0
    for ci, (key, nm, d, dom, n) in enumerate(spec):
        a = AREAS[ci]
        cl = NS(key=key, name=nm, dir=d, dom=dom, corp=W.corp_number(), tel=W.landline(a[3]), addr=W.street(a)[1], emps=[])
        for j in range(n):
            eno += 1
            if j < 4 and singles:
                t = singles.pop()
                t.emp = True
                t.work = (nm, cl.tel)
                e = t.head
                e.x["wdomain"] = dom
                spouse, deps = None, []
            else:
                eh = W.household(0.3)
                e = W.person(eh, age=(20, 64), mobile=0.95, email=0.3, foreign=(key == "C" and j % 8 == 5))
                e.x["wdomain"] = dom
                spouse, deps = None, []
                if not e.foreign and e.age >= 27 and rng.random() < 0.5:
                    spouse = W.person(eh, sex="F" if e.sex == "M" else "M", age=(max(22, e.age - 6), min(70, e.age + 4)),
                                      sei=seit(e), mobile=0.5, email=0.2)
                    if e.age <= 55:
                        for _ in range(rng.choice([0, 1, 1, 2, 3])):
                            deps.append((W.person(eh, age=(0, 21), sei=seit(e), mobile=0.1, email=0.0), None))
                if not e.foreign and e.age >= 45 and rng.random() < 0.12 and len(deps) < 3:
                    deps.append((W.person(eh, age=(72, 90), sei=seit(e), mobile=0.0, email=0.0), "老人扶養"))
            rels = []
            for dp, kind in deps:
                rels.append((dp, "父" if kind and dp.sex == "M" else "母" if kind else ("長男" if dp.sex == "M" else "長女")))
            cl.emps.append(NS(p=e, no=f"{key}{1000 + j:04d}", spouse=spouse, deps=rels[:3], client=cl,
                              hire=D(rng.randint(2005, 2024), rng.randint(1, 12), 1), dept=rng.choice(["総務", "営業", "現場", "経理", "配送", "看護", "受付"]),
                              pay=rng.randrange(180000, 520000, 1000), dis=rng.random() < 0.06))
        S.clients.append(cl)
    # 同姓同名 across clients: employees of B carry the name of an employee of A (different birth date etc.)
    for i in range(2):
        proto = S.clients[0].emps[10 + i].p
        tw = W.twin(proto, age=(22, 60))
        tw.x["wdomain"] = S.clients[1].dom
        S.clients[1].emps.append(NS(p=tw, no=f"B{1900 + i}", spouse=None, deps=[], client=S.clients[1], hire=D(2022, 4, 1),
                                    dept="営業", pay=240000, dis=False))
    # our staff
    S.staff = []
    for i in range(22):
        sh = W.household(0.35)
        p = W.person(sh, age=(24, 62), mobile=1.0, email=0.0)
        p.x["wdomain"] = DOM
        sp = None
        if p.age >= 30 and rng.random() < 0.5:
            sp = W.person(sh, sex="F" if p.sex == "M" else "M", age=(max(24, p.age - 5), p.age + 5), sei=seit(p), mobile=0.6, email=0.2)
        if sp is None:
            ph = W.household(0.7)
            sp = W.person(ph, age=(min(85, p.age + 25), min(90, p.age + 32)), sei=seit(p), mobile=0.3, email=0.0)
            rel = "父" if sp.sex == "M" else "母"
        else:
            rel = "妻" if sp.sex == "F" else "夫"
        S.staff.append(NS(p=p, no=f"M{100 + i}", dept=rng.choice(["賃貸管理部", "仲介営業部", "学習塾事業部", "給与計算センター", "総務部"]),
                          ext=f"{2000 + i * 3}", e=sp, e_rel=rel, drives=rng.random() < 0.6))
    # inquiry leads
    S.leads = []
    for _ in range(105):
        lh = W.household(0.1)
        S.leads.append(W.person(lh, age=(20, 60), mobile=1.0, email=1.0))
    for p in S.leads[:18]:
        W.attr(p, "email2")
    # former tenants (退去)
    S.vacated = []
    for _ in range(38):
        vh = W.household(0.2)
        S.vacated.append(NS(p=W.person(vh, age=(22, 70), mobile=0.95, email=0.3), b=rng.choice(S.blds),
                            room=f"{rng.randint(1, 3)}0{rng.randint(1, 4)}", out=D(2023, rng.randint(1, 12), rng.randint(1, 28)),
                            refund=rng.randrange(0, 200000, 1000)))
    return S


def bare_people(W, n):
    out = []
    for _ in range(n):
        hh = W.household(0.0)
        out.append(W.person(hh, age=(30, 70), mobile=0.0, email=0.0))
    return out


# ----------------------------------------------------------------------------------------------- drive files
def build_drive(W, root, S):
    rng = W.rng
    dv = Scope(W)
    T = S.tn
    G1 = [t for t in T if t.grp == 1]
    G2 = [t for t in T if t.grp == 2]

    def put(rel, data):
        _put(root, rel, data)

    def fdate(d):
        return d.strftime("%Y/%m/%d")

    def rdate(y0=2023):
        return D(rng.randint(y0, 2024), rng.randint(1, 5), rng.randint(1, 28))

    # ---------------- 賃貸管理 ----------------
    # A1 two header rows, title above
    rel = "賃貸管理/入居者台帳/入居者台帳_2024.xlsx"
    L = dv.loc(rel)
    cols = [HN("物件番号", lambda r: r["tn"].b.code), HN("物件名", lambda r: r["tn"].b.name), HN("部屋番号", lambda r: r["tn"].room),
            HN("契約番号", lambda r: r["tn"].cno), HN("契約開始日", lambda r: fdate(r["tn"].start)), HN("家賃", lambda r: str(r["tn"].rent)),
            Col("契約者.氏名", "t", "name_sp"), Col("契約者.フリガナ", "t", "kana_sp"), Col("契約者.生年月日", "t", "dob_slash"),
            Col("契約者.電話", "t", "tel"),
            Col("保証人.氏名", "g", "name"), Col("保証人.電話", "g", "tel"), Col("保証人.住所", "g", "addr"),
            X("保証人.続柄", lambda r: r["tn"].g_rel if r["g"] else ""),
            Col("緊急連絡先.氏名", "e", "name"), Col("緊急連絡先.電話", "e", "tel"), X("緊急連絡先.続柄", lambda r: r["tn"].e_rel)]
    data = L.table(cols, [dict(tn=t, t=t.head, g=t.g, e=t.e) for t in G1])
    h1 = [c.h.split(".")[0] if "." not in c.h else None for c in cols]
    h1[6], h1[10], h1[14] = "契約者", "保証人", "緊急連絡先"
    h2 = [c.h.split(".")[1] if "." in c.h else None for c in cols]
    merges = [f"{col_letter(i)}4:{col_letter(i)}5" for i in range(6)] + ["G4:J4", "K4:N4", "O4:Q4"]
    summary = defaultdict(int)
    for t in G1:
        summary[t.b.name] += 1
    L.set_cols([HN("物件名", None), X("入居戸数", None)])
    write_xlsx(root, rel, [dict(title="入居者台帳", pre=["入居者台帳（2024年度）", f"{CO} 賃貸管理部　作成日 2024/04/01", ""], hdr=[h1, h2],
                                rows=data, merges=merges),
                           dict(title="集計", hdr=[["物件名", "入居戸数"]], rows=[[k, v] for k, v in sorted(summary.items())])])

    # A2 CP932 legacy export, 和暦 birth dates, half-width kana
    rel = "賃貸管理/入居者台帳/入居者一覧_旧システム.csv"
    L = dv.loc(rel)
    cols = [HN("契約No", lambda r: r["tn"].cno), HN("建物名", lambda r: r["tn"].b.name), HN("号室", lambda r: r["tn"].room),
            Col("入居者名", "t", "name"), Col("入居者カナ", "t", "hkana"), Col("生年月日", "t", "dob_wareki"), Col("携帯番号", "t", "mobile"),
            Col("〒", "t", "postal"), Col("住所", "t", "addr"), Col("電話番号", "t", "hhtel"), HN("勤務先", lambda r: r["tn"].work[0]), HN("勤務先TEL", lambda r: r["tn"].work[1]),
            HN("入居日", lambda r: fdate(r["tn"].start)), HN("賃料", lambda r: f"{r['tn'].rent:,}")]
    data = L.table(cols, [dict(tn=t, t=t.head) for t in G2])
    put(rel, csv_bytes([c.h for c in cols], data, enc="cp932"))

    # A3 guarantors TSV with romaji headers
    rel = "賃貸管理/保証人/保証人一覧.tsv"
    L = dv.loc(rel)
    cols = [HN("keiyaku_no", lambda r: r["tn"].cno), Col("nyukyosha_mei", "t", "name_sp"), Col("nyukyosha_tel", "t", "tel_nh"),
            Col("hosho_nin", "g", "name_sp"), Col("hosho_nin_kana", "g", "kana"), Col("hosho_nin_tel", "g", "tel_nh"),
            Col("hosho_nin_yubin", "g", "postal_nh"), Col("hosho_nin_jusho", "g", "addr"), Col("hosho_nin_seinengappi", "g", "dob_iso"),
            X("zokugara", lambda r: r["tn"].g_rel), X("nenshu", lambda r: str(rng.randrange(200, 1200, 10)) + "万円")]
    data = L.table(cols, [dict(tn=t, t=t.head, g=t.g) for t in T if t.g])
    put(rel, csv_bytes([c.h for c in cols], data, delim="\t", nl="\n"))

    # A4 emergency contacts, semicolon separated
    rel = "賃貸管理/保証人/緊急連絡先一覧.csv"
    L = dv.loc(rel)
    cols = [HN("heya_no", lambda r: f"{r['tn'].b.code}-{r['tn'].room}"), Col("nyukyosha", "t", "name_sp"), Col("nyukyosha_tel", "t", "tel"),
            Col("kinkyu_renraku", "e", "name"), Col("kinkyu_renraku_kana", "e", "kana_sp"), Col("kinkyu_renraku_tel", "e", "tel"),
            X("kankei", lambda r: r["tn"].e_rel)]
    data = L.table(cols, [dict(tn=t, t=t.head, e=t.e) for t in T])
    put(rel, csv_bytes([c.h for c in cols], data, delim=";", nl="\n"))

    # A5 move-out settlement, BOM
    rel = "賃貸管理/退去精算/退去精算_2023.csv"
    L = dv.loc(rel)
    cols = [HN("契約番号", lambda r: f"K2019-9{r['i']:04d}"), HN("旧物件名", lambda r: r["v"].b.name), HN("旧部屋番号", lambda r: r["v"].room),
            HN("退去日", lambda r: fdate(r["v"].out)), Col("氏名", "p", "name_sp"), Col("転居先住所", "p", "addr"), Col("電話", "p", "tel"),
            HN("敷金返還額", lambda r: str(r["v"].refund)), HN("返金先銀行", lambda r: W.attr(r["p"], "bank")),
            HN("返金先支店", lambda r: W.attr(r["p"], "branch")), Col("口座番号", "p", "acct"), Col("口座名義", "p", "acct_holder")]
    data = L.table(cols, [dict(i=i, v=v, p=v.p) for i, v in enumerate(S.vacated)])
    put(rel, csv_bytes([c.h for c in cols], data, bom=True))

    # A6 headerless report to the guarantee company (postal/phone without hyphens)
    rel = "賃貸管理/保証会社/滞納報告_ミライ家賃保証_202405.csv"
    L = dv.loc(rel, headerless=True)
    sel = rng.sample(T, 140)
    cols = [HN("col1", lambda r: r["tn"].cno), Col("col2", "t", "name"), Col("col3", "t", "kana"), Col("col4", "t", "postal_nh"),
            Col("col5", "t", "tel_nh"), HN("col6", lambda r: str(r["tn"].rent)), HN("col7", lambda r: "20240527"),
            X("col8", lambda r: str(rng.randint(0, 3)))]
    data = L.table(cols, [dict(tn=t, t=t.head) for t in sel])
    put(rel, csv_bytes(None, data))

    # A7 property master: no persons
    rel = "賃貸管理/物件マスタ.csv"
    L = dv.loc(rel)
    cols = [HN("物件番号", lambda r: r["b"].code), HN("物件名", lambda r: r["b"].name), HN("所在地", lambda r: r["b"].addr),
            X("構造", lambda r: r["b"].struct), HN("築年月", lambda r: r["b"].built.strftime("%Y年%m月")),
            X("総戸数", lambda r: str(r["b"].floors * r["b"].per)), HN("管理会社電話", lambda r: SWITCH + "（代表）"),
            X("オーナー区分", lambda r: "個人" if r["b"].owner else "法人"), HN("電気メーター番号", lambda r: r["b"].meter),
            HN("ガスメーター番号", lambda r: rand12(rng))]
    data = L.table(cols, [dict(b=b) for b in S.blds])
    put(rel, csv_bytes([c.h for c in cols], data))

    # A8 owners (individuals and companies mixed), sheet starts under a title
    rel = "賃貸管理/オーナー/オーナー一覧.xlsx"
    L = dv.loc(rel)

    def own(r, ind, co):
        b = r["b"]
        return ind(b.owner) if b.owner else co(b.owner_co)
    cols = [Col("オーナー名", "o", "name_sp"), Col("フリガナ", "o", "kana_sp"), X("法人番号", None, "CORPORATE_NUMBER"),
            Col("電話番号", "o", "tel"), Col("住所", "o", "addr"), HN("振込銀行", None), HN("支店名", None), Col("口座番号", "o", "acct"),
            Col("口座名義", "o", "acct_holder"), HN("管理物件", None)]
    rows = []
    for b in S.blds:
        if b.owner:
            r = L.table(cols, [dict(o=b.owner)])[0]
            r[5], r[6] = W.attr(b.owner, "bank"), W.attr(b.owner, "branch")
        else:
            c = b.owner_co
            r = [c.name, "", c.corp, c.tel, c.addr, c.bank, c.branch, c.acct, c.kana, ""]
        r[2] = r[2] or ""
        r[9] = b.name
        rows.append(r)
    write_xlsx(root, rel, [dict(title="オーナー", pre=["管理委託オーナー一覧", "※社外秘", ""], hdr=[[c.h for c in cols]], rows=rows)])

    # A9 call log (prose)
    rel = "賃貸管理/修繕/修繕受付_通話記録_2024-05.txt"
    L = dv.loc(rel)
    lines = ["修繕受付 通話記録 2024年5月", "受付窓口: " + CO + " 賃貸管理部（代表 " + SWITCH + "）", ""]
    issues = ["給湯器から異音がする", "浴室の換気扇が動かない", "エアコンから水漏れ", "玄関の鍵が回りにくい", "上階からの騒音の相談", "排水口の詰まり"]
    for i, t in enumerate(rng.sample(T, 42)):
        d = D(2024, 5, 1 + i % 28)
        v = rng.choice(VENDORS)
        p = t.head
        nm = pv(W, p, "name_sp") if i % 3 else pv(W, p, "name")
        lines += [f"{fdate(d)} {9 + i % 9:02d}:{(i * 7) % 60:02d} 着信 {p.phone}",
                  f"  相手: {t.b.name} {t.room}号室 {nm} 様",
                  f"  内容: {rng.choice(issues)}。{v[0]}（{v[1]}）へ手配済み。", ""]
        L.see(p, [nm], phones=[p.phone])
        if i % 10 == 4:
            v = rng.choice(VENDORS)
            lines += [f"{fdate(d)} 16:40 着信 {v[1]}", f"  相手: {v[0]} 工事担当", "  内容: 作業完了の報告。", ""]
    put(rel, "\n".join(lines).encode("utf-8"))

    # A10 HTML form export (vertical th/td per submission): leads, re-submissions with a new e-mail, tenants moving
    rel = "仲介営業/内見予約フォーム_export_2024-05.html"
    L = dv.loc(rel)
    fcols = [HN("受付番号", None), Col("お名前", "p", "name_sp"), Col("ふりがな", "p", "hira_sp"), Col("メールアドレス", "p", "email"),
             Col("電話番号", "p", "tel"), HN("希望物件", None), HN("内見希望日", None), Col("送信元IP", "p", "ip"), X("ご要望", None, "TEXT")]
    L.set_cols(fcols)
    subs = [(p, "email") for p in S.leads[:60]] + [(p, "email2") for p in S.leads[:10]] + [(t.head, "email") for t in rng.sample(T, 8)]
    html = ["<!DOCTYPE html>", "<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>内見予約フォーム 送信データ</title></head><body>",
            "<h1>内見予約フォーム 送信データ（2024年5月分）</h1>", f"<p>お問い合わせ窓口: info@{DOM} / {SWITCH}</p>"]
    for i, (p, ek) in enumerate(subs):
        em = pv(W, p, ek) or ""
        vals = [f"W{240500 + i}", pv(W, p, "name_sp"), pv(W, p, "hira_sp"), em, pv(W, p, "tel"), rng.choice(S.blds).name,
                fdate(D(2024, 6, rng.randint(1, 28))), pv(W, p, "ip"), rng.choice(["駅近希望", "ペット可の物件", "", "駐車場付き", "2LDK以上"])]
        L.see_items(p, [(c.kind, v) for c, v in zip(fcols, vals) if c.role])
        html.append(f"<div class=\"entry\"><h2>送信 #{i + 1}</h2><table class=\"form\">")
        for c, v in zip(fcols, vals):
            html.append(f"<tr><th>{xesc(c.h)}</th><td>{xesc(v)}</td></tr>")
        html.append("</table></div>")
    html.append("</body></html>\n")
    put(rel, "\n".join(html).encode("utf-8"))

    # A11 JSONL web inquiries (nested contact object)
    rel = "仲介営業/問い合わせ_web_2024.jsonl"
    L = dv.loc(rel)
    L.set_cols([HN("inquiry_id", None), HN("received_at", None), Col("contact.name", "p", "name"), Col("contact.kana", "p", "kana"),
                Col("contact.email", "p", "email"), Col("contact.tel", "p", "tel"), HN("property.code", None), HN("property.name", None),
                X("message", None, "TEXT"), Col("client_ip", "p", "ip")])
    out = []
    subs = [(p, "email", True) for p in S.leads[40:105]] + [(p, "email2", True) for p in S.leads[10:18]] + \
           [(p, "email", False) for p in S.leads[:10]]
    for i, (p, ek, tel) in enumerate(subs):
        b = rng.choice(S.blds)
        em = pv(W, p, ek)
        rec = {"inquiry_id": f"Q{50000 + i}", "received_at": f"2024-0{1 + i % 5}-{1 + i % 27:02d}T{8 + i % 12:02d}:15:00+09:00",
               "contact": {"name": pv(W, p, "name"), "kana": pv(W, p, "kana"), "email": em, "tel": pv(W, p, "tel") if tel else None},
               "property": {"code": b.code, "name": b.name}, "message": rng.choice(["空室状況を教えてください", "初期費用について", "内見希望"]),
               "client_ip": pv(W, p, "ip")}
        L.see_items(p, [("name", rec["contact"]["name"]), ("kana", rec["contact"]["kana"]), ("email", em),
                        ("tel", rec["contact"]["tel"] or "")])
        out.append(rec)
    for i, (cn, ct) in enumerate(S.companies[:5]):  # corporate inquiries: company name + role address
        out.append({"inquiry_id": f"Q{59000 + i}", "received_at": "2024-05-20T10:00:00+09:00",
                    "contact": {"name": cn + " 総務部", "kana": None, "email": f"info@example-{i}.co.jp", "tel": ct},
                    "property": {"code": None, "name": None}, "message": "社宅用の物件を探しています", "client_ip": None})
    rng.shuffle(out)
    put(rel, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out).encode("utf-8"))

    # A12 parking contracts, Shift_JIS XML with attributes and child elements
    rel = "賃貸管理/駐車場/駐車場契約一覧.xml"
    L = dv.loc(rel)
    L.set_cols([HN("区画", None), HN("契約番号", None), Col("利用者.氏名", "p", "name_sp"), Col("利用者.電話", "p", "tel"),
                X("車両.登録番号", None, "?"), X("車両.車名", None), HN("月額", None), HN("開始日", None)])
    xs = ['<?xml version="1.0" encoding="Shift_JIS"?>', '<駐車場契約一覧 作成日="2024-04-01" 管理会社="' + CO + '">']
    for i, t in enumerate(rng.sample(T, 56)):
        p = t.head
        plate = f"{rng.choice(['品川', '世田谷', '練馬', '杉並'])} {rng.randint(300, 599)} {rng.choice('あいうえかきくけさす')} {rng.randint(10, 99)}-{rng.randint(10, 99)}"
        xs += [f'  <契約 区画="{chr(65 + i // 20)}-{i % 20 + 1:02d}" 契約番号="PK-{2400 + i}">',
               f'    <利用者 氏名={quoteattr(pv(W, p, "name_sp"))} 電話="{p.phone}"/>',
               f'    <車両><登録番号>{plate}</登録番号><車名>{rng.choice(["プリウス", "N-BOX", "フィット", "アクア", "セレナ"])}</車名></車両>',
               f'    <月額>{rng.randrange(8000, 25000, 500)}</月額>', f'    <開始日>{t.start.isoformat()}</開始日>', '  </契約>']
        L.see(p, [pv(W, p, "name_sp")], phones=[p.phone])
    xs.append("</駐車場契約一覧>")
    put(rel, ("\n".join(xs) + "\n").encode("cp932"))

    # A13 fixed-width CP932 export for renewal notices
    rel = "賃貸管理/更新/更新案内_送付リスト_2024-07.txt"
    L = dv.loc(rel)
    cols = [HN("KEIYAKU_NO", lambda r: r["tn"].cno), Col("SHIMEI", "t", "name"), Col("KANA", "t", "hkana"), Col("ZIP", "t", "postal_nh"),
            Col("JUSHO", "t", "addr"), Col("TEL", "t", "tel_nh"), HN("KIGEN", lambda r: "20240731")]
    sel = rng.sample(T, 110)
    data = L.table(cols, [dict(tn=t, t=t.head) for t in sel])
    widths = [12, 20, 26, 8, max(len(r[4].encode("cp932")) for r in data) + 2, 12, 8]
    put(rel, fixed_width([c.h for c in cols], data, widths))

    # A14 arrears list, UTF-8 BOM
    rel = "賃貸管理/保証会社/滞納者リスト_2024Q2.csv"
    L = dv.loc(rel)
    gco = GUARANTEE_COS
    cols = [HN("契約番号", lambda r: r["tn"].cno), Col("入居者", "t", "name_zs"), Col("連絡先", "t", "tel"),
            HN("滞納額", lambda r: str(r["tn"].rent * rng.randint(1, 3))), HN("督促日", lambda r: "2024/06/05"),
            HN("保証会社", lambda r: gco[r["i"] % 2][0]), HN("保証会社TEL", lambda r: gco[r["i"] % 2][1]), X("備考", lambda r: rng.choice(["", "分納相談中", "連絡つかず", "6/末入金予定"]), "TEXT")]
    data = L.table(cols, [dict(i=i, tn=t, t=t.head) for i, t in enumerate(rng.sample(T, 28))])
    put(rel, csv_bytes([c.h for c in cols], data, bom=True))

    # A15 foreign tenants: residence card, passport
    rel = "賃貸管理/入居者台帳/外国籍入居者_在留確認.csv"
    L = dv.loc(rel)
    fts = [t for t in T if t.head.foreign]
    cols = [Col("shimei_kana", "t", "name_sp"), Col("name_en", "t", "ROMA"), X("kokuseki", lambda r: rng.choice(["ベトナム", "中国", "韓国", "ブラジル", "ネパール", "インド"]), "?"),
            Col("zairyu_card", "t", "zairyu"), Col("passport_no", "t", "passport"), HN("zairyu_kigen", lambda r: f"2026/0{rng.randint(1, 9)}/15"),
            Col("tel", "t", "tel"), Col("mail", "t", "email"), HN("heya", lambda r: f"{r['tn'].b.name}{r['tn'].room}")]
    data = L.table(cols, [dict(tn=t, t=t.head) for t in fts])
    put(rel, csv_bytes([c.h for c in cols], data))

    # vCard tenants (with e-mail) — used by A16 full-width romaji respondents
    vt = [t for t in T if t.head.email and not t.head.foreign]
    vsel = vt[:44]
    # A16 survey JSON (nested, arrays of household members)
    rel = "賃貸管理/アンケート/入居者満足度調査_2024.json"
    L = dv.loc(rel)
    L.set_cols([HN("response_id", None), Col("respondent.name", "t", "name_sp"), X("respondent.age_band", None, "?"),
                Col("respondent.contact.email", "t", "email"), Col("respondent.contact.tel", "t", "tel"),
                Col("household.name", "k", "name"), X("household.relation", None), Col("household.birth", "k", "dob_iso"),
                X("answers.satisfaction", None), HN("answers.building", None), X("comment", None, "TEXT")])
    resp = []
    chosen = vsel[:22] + [t for t in rng.sample(T, 70) if t not in vsel[:22]][:55]
    for i, t in enumerate(chosen):
        p = t.head
        roman = i < 22
        nm = pv(W, p, "fwroma") if roman else pv(W, p, "name_sp")
        rec = {"response_id": f"R-{i + 1:04d}", "respondent": {"name": nm, "age_band": f"{p.age // 10 * 10}代",
                                                              "contact": {"email": p.email, "tel": p.phone}},
               "household": [], "answers": {"satisfaction": rng.randint(1, 5), "building": t.b.name},
               "comment": rng.choice(["特になし", "ゴミ置き場を改善してほしい", "対応が早くて助かりました", ""])}
        L.see_items(p, [("fwroma" if roman else "name_sp", nm), ("email", p.email or ""), ("tel", p.phone or "")])
        for k in t.kids:
            rec["household"].append({"name": pv(W, k, "name"), "relation": "子", "birth": k.dob.isoformat()})
            L.see(k, [pv(W, k, "name")], dob=k.dob)
        resp.append(rec)
    put(rel, json.dumps({"survey": "入居者満足度調査2024", "conducted_by": CO, "responses": resp}, ensure_ascii=False, indent=2).encode("utf-8"))

    # A17 vCard contacts of the management dept (tenants, vendors, role addresses)
    rel = "賃貸管理/連絡先_管理部.vcf"
    L = dv.loc(rel)
    L.set_cols([Col("N", "p", "name"), Col("FN", "p", "name_sp"), Col("X-PHONETIC-LAST-NAME", "p", "ksei"), Col("X-PHONETIC-FIRST-NAME", "p", "kmei"),
                Col("TEL", "p", "tel"), Col("EMAIL", "p", "email"), Col("ADR", "p", "addr"), X("NOTE", None, "TEXT"), HN("ORG", None)])
    cards = []
    for t in vsel:
        p = t.head
        cards.append(vcard([("N", f"{p.sei};{p.mei};;;"), ("FN", f"{p.sei} {p.mei}"), ("X-PHONETIC-LAST-NAME", p.ksei),
                            ("X-PHONETIC-FIRST-NAME", p.kmei), ("TEL;TYPE=CELL", p.phone), ("EMAIL;TYPE=HOME", p.email),
                            ("ADR;TYPE=HOME", f";;{p.hh.addr};;;{p.hh.postal};日本"), ("NOTE", f"{t.b.name} {t.room} 入居者")]))
        L.see(p, [f"{p.sei} {p.mei}", p.sei + p.mei, p.ksei + p.kmei], phones=[p.phone], emails=[p.email], addrs_weak=[p.hh.addr],
              raw=[f"{p.sei} {p.mei}", p.ksei, p.kmei, p.phone, p.email, p.hh.addr])
    for v in VENDORS:
        cards.append(vcard([("N", f"{v[0]};;;;"), ("FN", v[0]), ("ORG", v[0]), ("TEL;TYPE=WORK", v[1]), ("NOTE", "協力業者")]))
    for nm, em in [("ミナト住建 サポート", f"support@{DOM}"), ("ミナト住建 お問い合わせ", f"info@{DOM}"), ("ミライ家賃保証 審査部", "sales@mirai-hosho.example.jp")]:
        cards.append(vcard([("FN", nm), ("ORG", nm.split()[0]), ("EMAIL;TYPE=WORK", em), ("TEL;TYPE=WORK", SWITCH if "ミナト" in nm else GUARANTEE_COS[0][1])]))
    put(rel, "".join(cards).encode("utf-8"))

    # A18 mbox of the management dept
    rel = "賃貸管理/メール/管理部_受信_2024-06.mbox"
    L = dv.loc(rel)
    staff_mail = S.staff[:8]
    msgs = []
    mt = [t for t in vt if t not in vsel][:26]
    for i, t in enumerate(mt):
        p = t.head
        st = staff_mail[i % len(staff_mail)].p
        d = D(2024, 6, 1 + i)
        cc = None
        if t.spouse and t.spouse.email and t.e is not t.spouse:
            cc = mail_addr(f"{t.spouse.sei} {t.spouse.mei}", t.spouse.email)
            L.see(t.spouse, [t.spouse.sei + t.spouse.mei], emails=[t.spouse.email])
        enc = "utf-8" if i % 2 else None
        sig = f"--\n{p.sei} {p.mei}\n{t.b.name} {t.room}号室\n携帯 {p.phone}"
        body = f"{CO} 管理部 御中\n\nいつもお世話になっております。{t.b.name}{t.room}号室の{p.sei}です。\n" \
               f"{rng.choice(['ベランダの排水口が詰まっています。', '駐輪場の空きはありますか。', '更新書類を郵送しました。', '退去の予定についてご相談です。'])}\nよろしくお願いいたします。\n\n{sig}\n"
        if i % 6 == 2 and t.g is not None and t.g is not t.e:
            body += f"\n追伸: 連帯保証人の{t.g.sei} {t.g.mei}（{t.g.phone}）にも連絡済みです。\n"
            L.see(t.g, [t.g.sei + t.g.mei], phones=[t.g.phone])
        mid = f"t{i}.{d:%Y%m%d}@mail.example"
        msgs.append((p.email, envdate(d, 9, i % 60), message(mail_addr(f"{p.sei} {p.mei}", p.email, enc), mail_addr("ミナト住建 管理部", f"support@{DOM}"),
                                                             "お問い合わせ（" + t.b.name + "）", body, maildate(d, 9, i % 60), mid, cc=cc)))
        L.see(p, [p.sei + p.mei], phones=[p.phone], emails=[p.email])
        sw = pv(W, st, "wmail")
        quoted = "\n".join("> " + ln for ln in body.splitlines())
        rbody = f"{p.sei} {p.mei} 様\n\nお問い合わせありがとうございます。担当の{st.sei}です。\n確認のうえ、改めてご連絡いたします。\n\n" \
                f"{CO} 賃貸管理部\n{st.sei} {st.mei}\nTEL {SWITCH}（代表） / Mail {sw}\n\n{d:%Y年%m月%d日} {p.sei} {p.mei} <{p.email}>:\n{quoted}\n"
        msgs.append((sw, envdate(d, 14, i % 60), message(mail_addr(f"{st.sei} {st.mei}", sw, "utf-8"), mail_addr(f"{p.sei} {p.mei}", p.email),
                                                        "Re: お問い合わせ（" + t.b.name + "）", rbody, maildate(d, 14, i % 60), f"r{i}.{d:%Y%m%d}@{DOM}",
                                                        cc=f"support@{DOM}", irt=mid)))
        L.see(st, [st.sei + st.mei], emails=[sw])
    for i in range(4):
        d = D(2024, 6, 10 + i)
        msgs.append((f"noreply@{DOM}", envdate(d, 3, 0), message(f"noreply@{DOM}", f"support@{DOM}", "日次バッチ完了通知",
                                                                f"日次バッチが完了しました。処理件数 {rng.randint(100, 900)} 件\n問い合わせ先: info@{DOM} / {SWITCH}\n",
                                                                maildate(d, 3, 0), f"batch{i}@{DOM}")))
    put(rel, mbox(msgs))

    # A19 lease applications as single .eml (UTF-8 8bit, base64, ISO-2022-JP)
    apps = [t for t in T if t.g is not None and t.e is not None and not t.head.foreign and t.head.email][30:34]
    for i, t in enumerate(apps):
        p = t.head
        rel = f"仲介営業/入居申込/入居申込_{t.b.code}-{t.room}.eml"
        L = dv.loc(rel)
        _, old, _ = W.street()
        wk = t.work
        body = (f"入居申込書（Web受付）\n物件: {t.b.name} {t.room}号室\n申込者氏名: {p.sei} {p.mei}\nフリガナ: {p.ksei} {p.kmei}\n"
                f"生年月日: {pv(W, p, 'dob_jp')}\n現住所: {old}\n携帯電話: {p.phone}\nメール: {p.email}\n勤務先: {wk[0]}（TEL {wk[1]}）\n"
                f"年収: {rng.randrange(300, 900, 10)}万円\n\n連帯保証人: {t.g.sei} {t.g.mei}（{t.g_rel}） 電話 {t.g.phone}\n"
                f"緊急連絡先: {t.e.sei} {t.e.mei}（{t.e_rel}） 電話 {t.e.phone}\n\n-- \n{CO} 仲介営業部 Web申込システム\n")
        L.see(p, [p.sei + p.mei, p.ksei + p.kmei], dob=p.dob, dob_weak=True, phones=[p.phone], addrs=[old], emails=[p.email])
        L.see(t.g, [t.g.sei + t.g.mei], phones=[t.g.phone])
        L.see(t.e, [t.e.sei + t.e.mei], phones=[t.e.phone])
        cs, cte = [("utf-8", "8bit"), ("utf-8", "base64"), ("iso-2022-jp", "7bit"), ("utf-8", "8bit")][i]
        if cs == "iso-2022-jp":
            try:
                (body + p.sei + p.mei + t.b.name).encode("iso2022_jp")
            except UnicodeEncodeError:
                cs, cte = "utf-8", "base64"
        frm = mail_addr(f"{p.sei} {p.mei}", p.email, cs)
        put(rel, message(frm, mail_addr("仲介営業部", f"sales@{DOM}", cs), "入居申込 " + t.b.name, body, maildate(D(2024, 3, 3 + i), 11, 5),
                         f"app{i}@mail.example", charset=cs, cte=cte).encode("ascii" if cs == "iso-2022-jp" else "utf-8"))

    # A20 minutes of the owners' meeting: a few external people by bare name
    rel = "賃貸管理/議事録/議事録_2024-04_オーナー会議.txt"
    L = dv.loc(rel)
    bp = bare_people(W, 3)
    for p in bp:
        L.see(p, [p.sei + p.mei])
    txt = (f"オーナー会議 議事録\n日時: 2024年4月18日 14:00-15:30\n場所: {CO} 本社 会議室A\n"
           f"出席: 賃貸管理部長、仲介営業部 課長、オーナー各位（{len(S.blds)}棟中18棟）\n"
           f"外部出席: 弁護士 {bp[0].sei} {bp[0].mei}（{bp[0].sei}法律事務所）、税理士 {bp[1].sei}{bp[1].mei}、一級建築士 {bp[2].sei} {bp[2].mei}\n\n"
           f"1. 2024年度の修繕計画\n  {S.blds[0].name}、{S.blds[1].name} の外壁塗装を実施。見積は{VENDORS[4][0]}。\n"
           f"2. 家賃改定\n  周辺相場を踏まえ一部物件で改定。\n3. 滞納状況\n  {GUARANTEE_COS[0][0]}と連携し督促を強化。\n"
           f"\n以上（記録: 賃貸管理部）\n")
    put(rel, txt.encode("utf-8"))

    # A21 lease contracts (docx)
    for t in [x for x in T if x.g is not None and not x.head.foreign][40:42]:
        p, g = t.head, t.g
        rel = f"賃貸管理/契約書/賃貸借契約書_{t.b.name}{t.room}.docx"
        L = dv.loc(rel)
        owner = t.b.owner_co.name if t.b.owner_co else "賃貸人（オーナー）"
        paras = [("h", "建物賃貸借契約書"), f"物件: {t.b.name} {t.room}号室（{t.b.addr}）", f"賃料: 月額 {t.rent:,}円　契約開始日: {t.start:%Y年%m月%d日}",
                 f"賃貸人: {owner}", f"管理会社: {CO}（{SWITCH}）",
                 ("table", [["", "氏名", "生年月日", "住所", "電話"],
                            ["賃借人", f"{p.sei} {p.mei}", pv(W, p, "dob_slash"), p.hh.addr, p.phone],
                            ["連帯保証人", f"{g.sei} {g.mei}", pv(W, g, "dob_slash"), g.hh.addr, g.phone]]),
                 "第1条（目的） 賃貸人は賃借人に対し、上記物件を住居として賃貸する。", "第2条（連帯保証） 連帯保証人は、賃借人の債務を連帯して保証する。極度額は賃料の24か月分とする。"]
        L.see(p, [p.sei + p.mei], dob=p.dob, phones=[p.phone], addrs=[p.hh.addr])
        L.see(g, [g.sei + g.mei], dob=g.dob, phones=[g.phone], addrs=[g.hh.addr])
        write_docx(root, rel, paras)

    # A22-A24 no persons: keys, meters, delivery box
    rel = "賃貸管理/修繕/鍵交換記録.csv"
    L = dv.loc(rel)
    cols = [HN("物件名", lambda r: r["b"].name), HN("部屋番号", lambda r: f"{rng.randint(1, 3)}0{rng.randint(1, 5)}"),
            X("鍵番号", lambda r: f"MIWA-{rng.randint(10000, 99999)}"), HN("交換日", lambda r: fdate(rdate())),
            HN("作業業者", lambda r: rng.choice(VENDORS)[0]), HN("worker_id", lambda r: f"W{rng.randint(100, 999)}")]
    data = L.table(cols, [dict(b=rng.choice(S.blds)) for _ in range(60)])
    put(rel, csv_bytes([c.h for c in cols], data))

    rel = "賃貸管理/検針/検針データ_202405.csv"
    L = dv.loc(rel)
    cols = [HN("meter_no", lambda r: rand12(rng)), HN("building", lambda r: r["t"].b.name), HN("room_no", lambda r: r["t"].room),
            X("reading_kwh", lambda r: str(rng.randint(80, 620))), HN("read_date", lambda r: "2024-05-25"),
            HN("tracking_no", lambda r: rand12(rng))]
    data = L.table(cols, [dict(t=t) for t in T])
    put(rel, csv_bytes([c.h for c in cols], data, nl="\n"))

    rel = "賃貸管理/宅配ボックス_受取記録.csv"
    L = dv.loc(rel)
    cols = [HN("伝票番号", lambda r: rand12(rng)), X("ボックス番号", lambda r: str(rng.randint(1, 24))), HN("部屋番号", lambda r: r["t"].room),
            HN("配送業者", lambda r: rng.choice(["ヤマト運輸", "佐川急便", "日本郵便"])), HN("受取日時", lambda r: f"2024-05-{rng.randint(1, 31):02d} 18:{rng.randint(10, 59)}"),
            HN("JANコード", lambda r: ean13("49" + "".join(rng.choice("0123456789") for _ in range(10))))]
    data = L.table(cols, [dict(t=rng.choice(T)) for _ in range(90)])
    put(rel, csv_bytes([c.h for c in cols], data))

    # A25 HTML table: rent revision targets
    rel = "賃貸管理/家賃改定_通知対象_2024.html"
    L = dv.loc(rel)
    cols = [HN("物件名", lambda r: r["tn"].b.name), HN("部屋", lambda r: r["tn"].room), Col("入居者名", "t", "name"), Col("電話番号", "t", "tel"),
            HN("現行家賃", lambda r: f"{r['tn'].rent:,}円"), HN("改定後家賃", lambda r: f"{r['tn'].rent + 3000:,}円"), HN("通知日", lambda r: "2024/06/10")]
    data = L.table(cols, [dict(tn=t, t=t.head) for t in rng.sample(T, 48)])
    put(rel, html_table("家賃改定 通知対象一覧", [c.h for c in cols], data, f"<p>{CO} 賃貸管理部 / 問合せ {SWITCH}</p>"))

    # A26 one-customer memos (name, kana, birth date, address, phone, e-mail on separate lines)
    for i, p in enumerate(bare_people(W, 2)):
        p.mobile = p.mobile or W.mobile()
        p.email = W.email_for(p)
        rel = f"仲介営業/相談メモ/入居相談_2024-05-1{i + 1}.txt"
        L = dv.loc(rel)
        txt = (f"入居相談メモ（来店）\n受付: 仲介営業部\n\n{p.sei} {p.mei}\n{p.ksei} {p.kmei}\n{pv(W, p, 'dob_slash')}\n{p.hh.addr}\n{p.mobile}\n{p.email}\n\n"
               f"希望: 2LDK / 予算 12万円 / 世田谷区内\n紹介物件: {S.blds[i].name}、{S.blds[i + 3].name}\n")
        L.see(p, [p.sei + p.mei, p.ksei + p.kmei], dob=p.dob, phones=[p.mobile], addrs=[p.hh.addr], emails=[p.email])
        put(rel, txt.encode("utf-8"))

    build_drive_juku(W, root, S, dv, put, fdate)
    build_drive_payroll(W, root, S, dv, put, fdate)
    build_drive_soumu(W, root, S, dv, put, fdate)
    return dv


def build_drive_juku(W, root, S, dv, put, fdate):
    rng = W.rng
    ST = S.students
    J = "学習塾"
    # B1 student roster: title rows, a second sheet without persons
    rel = f"{J}/生徒名簿_2024.xlsx"
    L = dv.loc(rel)
    cols = [HN("生徒番号", lambda r: r["st"].no), Col("生徒氏名", "s", "name_sp"), Col("ふりがな", "s", "hira_sp"), HN("学年", lambda r: r["st"].grade),
            HN("受講教科", lambda r: r["st"].subj), Col("生年月日", "s", "dob_slash"), Col("保護者氏名", "g", "name"),
            X("続柄", lambda r: r["st"].fam.rel), Col("保護者携帯", "g", "tel"), Col("保護者メール", "g", "email"),
            Col("郵便番号", ("s", "g"), "postal"), Col("住所", ("s", "g"), "addr"), Col("自宅電話", "s", "hhtel"), HN("在籍校", lambda r: r["st"].school)]
    data = L.table(cols, [dict(st=st, s=st.k, g=st.fam.parent) for st in ST])
    L.set_cols([HN("講座コード", None), HN("教科", None), HN("学年", None), X("曜日", None), X("定員", None)])
    courses = [[f"C{100 + i}", rng.choice(SUBJECTS), rng.choice(["中1", "中2", "中3", "高1"]), rng.choice("月火水木金土"), str(rng.choice([4, 6, 8]))] for i in range(14)]
    write_xlsx(root, rel, [dict(title="在籍生徒", pre=["ミナト個別指導塾 在籍生徒名簿", "2024年4月1日現在", ""], hdr=[[c.h for c in cols]], rows=data),
                           dict(title="講座一覧", hdr=[["講座コード", "教科", "学年", "曜日", "定員"]], rows=courses)])

    # B2 summer course applications, English headers
    rel = f"{J}/講習/summer_course_applications_2024.csv"
    L = dv.loc(rel)
    cols = [HN("application_no", lambda r: f"SC24-{r['i']:04d}"), Col("student_name", "s", "name"), Col("student_kana", "s", "kana"),
            Col("student_birthday", "s", "dob_iso"), HN("grade", lambda r: r["st"].grade), HN("course", lambda r: rng.choice(SUBJECTS) + "集中"),
            Col("guardian_name", "g", "name_sp"), Col("guardian_tel", "g", "tel_nh"), Col("guardian_email", "g", "email"),
            HN("school", lambda r: r["st"].school), X("note", lambda r: rng.choice(["", "部活のため午後希望", "兄弟割引", "送迎あり"]), "TEXT")]
    data = L.table(cols, [dict(i=i, st=st, s=st.k, g=st.fam.parent) for i, st in enumerate(rng.sample(ST, 140))])
    put(rel, csv_bytes([c.h for c in cols], data, nl="\n"))

    # B3 tuition direct debit, CP932
    rel = f"{J}/経理/月謝引落_202405.csv"
    L = dv.loc(rel)
    cols = [HN("生徒番号", lambda r: r["st"].no), Col("保護者名", "g", "name"), Col("口座名義カナ", "g", "acct_holder"), Col("電話番号", "g", "tel_nh"),
            HN("銀行名", lambda r: W.attr(r["g"], "bank")), HN("支店名", lambda r: W.attr(r["g"], "branch")), X("預金種目", lambda r: "普通"),
            Col("口座番号", "g", "acct"), HN("引落額", lambda r: str(rng.choice([16500, 22000, 27500, 33000]))), HN("引落日", lambda r: "2024/05/27")]
    data = L.table(cols, [dict(st=st, g=st.fam.parent) for st in ST[:210]])
    put(rel, csv_bytes([c.h for c in cols], data, enc="cp932"))

    # B4 interview memos (one family each)
    fams = [f for f in S.families if f.tenant is None]
    pick = [f for f in fams if len(f.kids) == 2][:2] + [f for f in fams if len(f.kids) == 1][5:9]
    for i, f in enumerate(pick):
        g = f.parent
        rel = f"{J}/面談メモ/面談記録_2024-05-{10 + i}_{g.sei}.txt"
        L = dv.loc(rel)
        lines = ["面談記録", f"日時: 2024/05/{10 + i} 17:30", "担当: 教室長", ""]
        for k in f.kids:
            st = next(s for s in ST if s.k is k)
            lines += [f"生徒: {k.sei} {k.mei}（{k.ksei} {k.kmei}） {st.grade}", f"生年月日: {pv(W, k, 'dob_slash')}"]
            L.see(k, [k.sei + k.mei, k.ksei + k.kmei], dob=k.dob)
        lines += [f"保護者: {g.sei} {g.mei} 様（{f.rel}）", f"住所: {g.hh.addr}", f"電話: {g.phone}", f"メール: {g.email or 'なし'}", "",
                  "内容: " + rng.choice(["志望校について相談。模試の結果を踏まえ週2回に増コマ。", "英語の成績が伸び悩み。宿題量を調整。", "部活引退後に受講教科を追加予定。"])]
        L.see(g, [g.sei + g.mei], phones=[g.phone], addrs=[g.hh.addr], emails=[g.email] if g.email else [])
        put(rel, ("\n".join(lines) + "\n").encode("utf-8"))

    # B5 grades, romaji headers
    rel = f"{J}/成績/seiseki_1gakki_2024.csv"
    L = dv.loc(rel)
    cols = [HN("seito_no", lambda r: r["st"].no), Col("seito_mei", "s", "name_sp"), Col("seinengappi", "s", "dob_slash"),
            HN("gakunen", lambda r: r["st"].grade), HN("kyoka", lambda r: r["st"].subj), X("kokugo", lambda r: str(rng.randint(30, 100))),
            X("sugaku", lambda r: str(rng.randint(30, 100))), X("eigo", lambda r: str(rng.randint(30, 100)))]
    data = L.table(cols, [dict(st=st, s=st.k) for st in rng.sample(ST, 220)])
    put(rel, csv_bytes([c.h for c in cols], data, bom=True))

    # B6 tutors
    rel = f"{J}/講師/講師一覧.xlsx"
    L = dv.loc(rel)
    cols = [Col("講師名", "p", "name_sp"), Col("カナ", "p", "kana_sp"), HN("大学", lambda r: rng.choice(UNIVS)), Col("携帯", "p", "tel"),
            Col("メール", "p", "email"), Col("生年月日", "p", "dob_slash"), Col("マイナンバー", "p", "mn"), Col("振込口座", "p", "acct"),
            HN("時給", lambda r: str(rng.choice([1300, 1500, 1800, 2000]))), HN("担当教科", lambda r: rng.choice(SUBJECTS))]
    data = L.table(cols, [dict(p=p) for p in S.tutors])
    write_xlsx(root, rel, [dict(title="講師", pre=["講師一覧（2024年度）", ""], hdr=[[c.h for c in cols]], rows=data)])

    # B7 trial-lesson applications (HTML table): new families + younger siblings of enrolled students
    rel = f"{J}/体験授業申込_2024-05.html"
    L = dv.loc(rel)
    rows = []
    for i in range(24):
        fh = W.household(0.2)
        g = W.person(fh, sex="F", age=(33, 48), mobile=1.0, email=0.9)
        c = W.person(fh, age=(9, 15), sei=seit(g), mobile=0.0, email=0.0)
        rows.append(dict(c=c, g=g))
    for fam, sib in S.siblings:
        rows.append(dict(c=sib, g=fam.parent))
    rng.shuffle(rows)
    cols = [HN("申込日", lambda r: f"2024/05/{rng.randint(1, 31):02d}"), Col("お子様のお名前", "c", "name_sp"), HN("学年", lambda r: rng.choice(["小3", "小5", "中1", "中2"])),
            Col("保護者のお名前", "g", "name_sp"), Col("ご連絡先", "g", "tel"), Col("メールアドレス", "g", "email"), HN("希望教科", lambda r: rng.choice(SUBJECTS))]
    data = L.table(cols, rows)
    put(rel, html_table("体験授業 申込一覧（5月）", [c.h for c in cols], data, f"<p>ミナト個別指導塾 / TEL {JUKU_TEL} / juku@{DOM}</p>"))

    # B8 parents' meeting minutes (docx), bare names
    rel = f"{J}/議事録/保護者会_議事録_2024-05.docx"
    L = dv.loc(rel)
    bp = bare_people(W, 3)
    for p in bp:
        L.see(p, [p.sei + p.mei])
    write_docx(root, rel, [("h", "保護者会 議事録"), "日時: 2024年5月25日（土）10:00〜11:30　会場: ミナト個別指導塾 本校",
                           f"講演: 進路アドバイザー {bp[0].sei} {bp[0].mei} 氏「高校入試の最新動向」",
                           f"保護者代表挨拶: {bp[1].sei}{bp[1].mei} 様", f"司会: 教室長（記録: {bp[2].sei} {bp[2].mei}）",
                           "1. 夏期講習の日程について説明。", "2. 個人面談の予約方法（Web予約 juku@" + DOM + " 宛にも受付）。",
                           "3. 質疑応答: 送迎時の駐輪場所について要望あり。"])

    # B9 parents' phone tree (vCard)
    rel = f"{J}/保護者連絡網.vcf"
    L = dv.loc(rel)
    L.set_cols([Col("FN", "p", "name_sp"), Col("N", "p", "name"), Col("TEL", "p", "tel"), Col("EMAIL", "p", "email"), X("NOTE", None, "TEXT")])
    cards = []
    for f in S.families[30:90]:
        g = f.parent
        note = "生徒番号 " + ",".join(st.no for st in ST if st.fam is f)
        props = [("N", f"{g.sei};{g.mei};;;"), ("FN", f"{g.sei} {g.mei}"), ("TEL;TYPE=CELL", g.phone)]
        if g.email:
            props.append(("EMAIL", g.email))
        props.append(("NOTE", note))
        cards.append(vcard(props))
        L.see(g, [f"{g.sei} {g.mei}"], phones=[g.phone], emails=[g.email] if g.email else [])
    put(rel, "".join(cards).encode("utf-8"))

    # B10 attendance JSONL: ids only, no persons
    rel = f"{J}/出欠/attendance_2024-05.jsonl"
    L = dv.loc(rel)
    L.set_cols([HN("student_id", None), HN("date", None), X("status", None), HN("subject", None), HN("grade", None)])
    lines = []
    for st in ST[:120]:
        for d in (7, 14, 21):
            lines.append(json.dumps({"student_id": st.no, "date": f"2024-05-{d:02d}", "status": rng.choice(["出席", "出席", "欠席", "遅刻"]),
                                     "subject": st.subj, "grade": st.grade}, ensure_ascii=False))
    put(rel, ("\n".join(lines) + "\n").encode("utf-8"))

    # B11 XML export with attributes and child elements
    rel = f"{J}/生徒データ_export.xml"
    L = dv.loc(rel)
    L.set_cols([HN("no", None), HN("grade", None), Col("name", "s", "name_sp"), Col("name.kana", "s", "kana_sp"), Col("birth", "s", "dob_iso"),
                X("guardian.relation", None), Col("guardian.name", "g", "name_sp"), Col("guardian.tel", "g", "tel"), Col("guardian.mail", "g", "email")])
    xs = ['<?xml version="1.0" encoding="UTF-8"?>', '<students school="ミナト個別指導塾" exported="2024-06-01">']
    for st in ST[60:180]:
        k, g = st.k, st.fam.parent
        xs += [f'  <student no="{st.no}" grade="{st.grade}">', f'    <name kana={quoteattr(pv(W, k, "kana_sp"))}>{xesc(pv(W, k, "name_sp"))}</name>',
               f'    <birth>{k.dob.isoformat()}</birth>', f'    <guardian relation="{st.fam.rel}">', f'      <name>{xesc(pv(W, g, "name_sp"))}</name>',
               f'      <tel>{g.phone}</tel>', f'      <mail>{g.email or ""}</mail>', '    </guardian>', '  </student>']
        L.see_items(k, [("name_sp", pv(W, k, "name_sp")), ("kana_sp", pv(W, k, "kana_sp")), ("dob_iso", "x")])
        L.see_items(g, [("name_sp", pv(W, g, "name_sp")), ("tel", g.phone or ""), ("email", g.email or "")])
    xs.append("</students>")
    put(rel, ("\n".join(xs) + "\n").encode("utf-8"))

    # B12 school mailbox: absence notices (children never named), replies quoting them
    rel = f"{J}/メール/juku_受信_2024-05.mbox"
    L = dv.loc(rel)
    msgs = []
    staff = S.staff[8:11]
    for i, f in enumerate([f for f in S.families[90:160] if f.parent.email][:18]):
        g = f.parent
        st = staff[i % 3].p
        sw = pv(W, st, "wmail")
        d = D(2024, 5, 1 + i)
        body = f"ミナト個別指導塾 御中\n\nいつもお世話になっております。\n本日、息子が体調不良のため欠席いたします。振替をお願いできますでしょうか。\n\n{g.sei} {g.mei}\n{g.phone}\n"
        if i % 2 == 0:
            body = body.replace("息子", "娘")
        mid = f"p{i}@mail.example"
        msgs.append((g.email, envdate(d, 12, i), message(mail_addr(f"{g.sei} {g.mei}", g.email, "utf-8" if i % 3 else None),
                                                         mail_addr("ミナト個別指導塾", f"juku@{DOM}"), "欠席のご連絡", body, maildate(d, 12, i), mid)))
        L.see(g, [g.sei + g.mei], phones=[g.phone], emails=[g.email])
        rb = (f"{g.sei} 様\n\nご連絡ありがとうございます。振替授業は来週火曜日で承りました。\n\nミナト個別指導塾 {st.sei} {st.mei}\n{sw}\n\n"
              + "\n".join("> " + x for x in body.splitlines()) + "\n")
        msgs.append((sw, envdate(d, 15, i), message(mail_addr(f"{st.sei} {st.mei}", sw), mail_addr(f"{g.sei} {g.mei}", g.email), "Re: 欠席のご連絡", rb,
                                                   maildate(d, 15, i), f"jr{i}@{DOM}", cc=f"juku@{DOM}", irt=mid)))
        L.see(st, [st.sei + st.mei], emails=[sw])
    put(rel, mbox(msgs))

    # B13 results: school names and counts only
    rel = f"{J}/合格実績_2024.txt"
    dv.loc(rel)
    put(rel, ("2024年度 合格実績\n" + "\n".join(f"{s}: {rng.randint(1, 9)}名" for s in ["都立日比谷高校", "都立西高校", "私立青葉学園高校", "県立川崎高校", "早稲田大学", "明治大学"])
              + f"\n\nお問い合わせ: {JUKU_TEL}（受付 14:00-21:00） juku@{DOM}\n").encode("utf-8"))

    # B14 textbook order: JAN codes, publishers named after surnames
    rel = f"{J}/教材発注_2024-04.csv"
    L = dv.loc(rel)
    cols = [HN("JAN", lambda r: ean13("978" + "".join(rng.choice("0123456789") for _ in range(9)))), X("書名", lambda r: rng.choice(SUBJECTS) + "ワーク" + rng.choice(["基礎", "標準", "発展"])),
            HN("出版社", lambda r: rng.choice(["鈴木出版", "山田書店", "株式会社佐藤教育研究所", "高橋教材"])), X("数量", lambda r: str(rng.randint(5, 60))),
            HN("単価", lambda r: str(rng.randrange(600, 2400, 10)))]
    data = L.table(cols, [{} for _ in range(30)])
    put(rel, csv_bytes([c.h for c in cols], data))


def build_drive_payroll(W, root, S, dv, put, fdate):
    rng = W.rng
    P = "給与計算代行"
    A, B, C, Dd = S.clients
    allemps = [e for c in S.clients for e in c.emps]
    # C1 client list: representatives by bare name, contact persons with e-mail
    rel = f"{P}/顧問先一覧.csv"
    L = dv.loc(rel)
    reps = bare_people(W, 10)
    rows = []
    extra = []
    for i in range(6):
        s = rng.choice(SEI)
        dom = f"{s[2].lower()}-{i}.example.co.jp"
        ch = W.household(0.0)
        cp = W.person(ch, age=(28, 55), mobile=0.0, email=0.0)
        cp.x["wdomain"] = dom
        a = rng.choice(AREAS[:10])
        extra.append(NS(name=rng.choice(["{}歯科", "株式会社{}デザイン", "{}会計事務所", "有限会社{}精工"]).format(s[0]), corp=W.corp_number(),
                        tel=W.landline(a[3]), addr=W.street(a)[1], contact=cp))
    for i, c in enumerate(list(S.clients) + extra):
        cp = c.emps[0].p if hasattr(c, "emps") else c.contact
        rows.append(dict(c=c, rep=reps[i], cp=cp))
    cols = [X("法人番号", lambda r: r["c"].corp, "CORPORATE_NUMBER"), HN("会社名", lambda r: r["c"].name), Col("代表者名", "rep", "name_sp"),
            HN("所在地", lambda r: r["c"].addr), HN("代表電話", lambda r: r["c"].tel), Col("担当者", "cp", "name"), Col("担当者メール", "cp", "wmail"),
            HN("契約開始", lambda r: f"20{rng.randint(15, 23)}/04/01"), X("月額報酬", lambda r: str(rng.randrange(30000, 150000, 5000)))]
    data = L.table(cols, rows)
    put(rel, csv_bytes([c.h for c in cols], data))

    def payslip(cl, enc="utf-8"):
        rel = f"{P}/{cl.dir}/給与明細_2024-06.csv"
        L = dv.loc(rel)
        cols = [HN("社員番号", lambda r: r["e"].no), Col("氏名", "p", "name"), Col("メール", "p", "wmail"), HN("支給日", lambda r: "2024/06/25"),
                X("総支給額", lambda r: str(r["e"].pay)), X("控除合計", lambda r: str(r["e"].pay // 5)), X("差引支給額", lambda r: str(r["e"].pay - r["e"].pay // 5)),
                HN("振込銀行", lambda r: W.attr(r["p"], "bank")), Col("口座番号", "p", "acct")]
        data = L.table(cols, [dict(e=e, p=e.p) for e in cl.emps])
        put(rel, csv_bytes([c.h for c in cols], data, enc=enc))

    def dis(e):
        return "特別障害者" if e.dis and e.p.age > 50 else "一般障害者" if e.dis else "該当なし"

    # ---- client A: generic headers, nested JSON declarations
    rel = f"{P}/{A.dir}/従業員マスタ.csv"
    L = dv.loc(rel)
    cols = [HN("field_01", lambda r: r["e"].no), Col("field_02", "p", "name"), Col("field_03", "p", "kana_sp"), Col("field_04", "p", "dob_iso"),
            Col("field_05", "p", "postal"), Col("field_06", "p", "addr"), Col("field_07", "p", "tel"), Col("field_08", "p", "wmail"),
            HN("field_09", lambda r: r["e"].hire.isoformat()), X("field_10", lambda r: r["e"].dept), Col("field_11", "p", "acct"), Col("field_12", "p", "mn")]
    data = L.table(cols, [dict(e=e, p=e.p) for e in A.emps])
    put(rel, csv_bytes([c.h for c in cols], data))

    rel = f"{P}/{A.dir}/扶養控除等申告書_2024.json"
    L = dv.loc(rel)
    L.set_cols([HN("employee.shain_no", None), Col("employee.name", "p", "name_sp"), Col("employee.kana", "p", "kana_sp"), Col("employee.birth", "p", "dob_iso"),
                Col("employee.kojin_bango", "p", "mn"), Col("employee.address", "p", "addr"), Col("employee.postal", "p", "postal"),
                Col("spouse.name", "p", "name_sp"), Col("spouse.kana", "p", "kana_sp"), Col("spouse.birth", "p", "dob_iso"), Col("spouse.kojin_bango", "p", "mn"),
                X("spouse.income", None), Col("dependents.name", "p", "name_sp"), Col("dependents.kana", "p", "kana_sp"), Col("dependents.birth", "p", "dob_iso"),
                Col("dependents.kojin_bango", "p", "mn"), X("dependents.relation", None), X("dependents.disability", None, "SENSITIVE")])
    recs = []

    def person_obj(p, extra=None):
        o = {"name": pv(W, p, "name_sp"), "kana": pv(W, p, "kana_sp"), "birth": p.dob.isoformat(), "kojin_bango": p.mn}
        L.see_items(p, [("name_sp", o["name"]), ("kana_sp", o["kana"]), ("dob_iso", "x"), ("mn", p.mn)]
                    + ([("addr", extra["address"])] if extra and "address" in extra else []))
        if extra:
            o.update(extra)
        return o
    for e in A.emps:
        emp = {"shain_no": e.no}
        emp.update(person_obj(e.p, {"address": e.p.hh.addr, "postal": e.p.hh.postal}))
        recs.append({"employee": emp, "spouse": person_obj(e.spouse, {"income": rng.choice([0, 800000, 1030000, 1500000])}) if e.spouse else None,
                     "dependents": [person_obj(dp, {"relation": rel_, "disability": "該当なし" if rng.random() < 0.93 else "一般障害者"}) for dp, rel_ in e.deps]})
    put(rel, json.dumps({"client": A.name, "houjin_bango": A.corp, "year": 2024, "records": recs}, ensure_ascii=False, indent=1).encode("utf-8"))
    payslip(A)

    # ---- client B: CP932 TSV romaji headers; wide fuyo1..3 CSV
    rel = f"{P}/{B.dir}/jugyoin_master.tsv"
    L = dv.loc(rel)
    cols = [HN("shain_no", lambda r: r["e"].no), Col("shimei", "p", "name_sp"), Col("furigana", "p", "hkana"), Col("seinengappi", "p", "dob_compact"),
            Col("jusho", "p", "addr"), Col("denwa", "p", "tel"), Col("meeru", "p", "wmail"), Col("kojin_bango", "p", "mn"),
            Col("hihokensha_no", "p", "hihoken"), Col("nenkin_kiso", "p", "pension"), Col("kouza", "p", "acct"), Col("kouza_meiginin", "p", "acct_holder"),
            HN("nyusha_bi", lambda r: r["e"].hire.strftime("%Y%m%d"))]
    data = L.table(cols, [dict(e=e, p=e.p) for e in B.emps])
    put(rel, csv_bytes([c.h for c in cols], data, enc="cp932", delim="\t"))

    rel = f"{P}/{B.dir}/扶養控除等申告書_2024.csv"
    L = dv.loc(rel)
    cols = [HN("社員番号", lambda r: r["e"].no), Col("氏名", "p", "name"), Col("フリガナ", "p", "kana_sp"), Col("生年月日", "p", "dob_slash"),
            Col("kojin_bango", "p", "mn"), Col("住所", "p", "addr"), Col("haigusha_shimei", "s", "name"), Col("haigusha_seinengappi", "s", "dob_slash"),
            Col("haigusha_kojin_bango", "s", "mn")]
    for j in (1, 2, 3):
        cols += [Col(f"fuyo{j}_shimei", f"d{j}", "name"), X(f"fuyo{j}_zokugara", (lambda j: lambda r: r["e"].deps[j - 1][1] if len(r["e"].deps) >= j else "")(j)),
                 Col(f"fuyo{j}_seinengappi", f"d{j}", "dob_slash"), Col(f"fuyo{j}_kojin_bango", f"d{j}", "mn")]
    cols.append(X("shogaisha_kubun", lambda r: dis(r["e"]), "SENSITIVE"))
    rows = []
    for e in B.emps:
        r = dict(e=e, p=e.p, s=e.spouse)
        for j, (dp, _) in enumerate(e.deps):
            r[f"d{j + 1}"] = dp
        rows.append(r)
    data = L.table(cols, rows)
    put(rel, csv_bytes([c.h for c in cols], data, bom=True))
    payslip(B, "cp932")

    # ---- client C (haulage): 項目N headers, two-row-header declarations, drivers' licences
    rel = f"{P}/{C.dir}/従業員マスタ.xlsx"
    L = dv.loc(rel)
    cols = [HN("項目1", lambda r: r["e"].no), Col("項目2", "p", "name_sp"), Col("項目3", "p", "kana"), Col("項目4", "p", "dob_slash"), Col("項目5", "p", "tel"),
            Col("項目6", "p", "addr"), Col("項目7", "p", "wmail"), Col("項目8", "p", "mn_sp"), Col("項目9", "p", "license"),
            HN("項目10", lambda r: r["e"].hire.strftime("%Y/%m/%d")), X("項目11", lambda r: r["e"].dept), Col("項目12", "p", "acct")]
    data = L.table(cols, [dict(e=e, p=e.p) for e in C.emps])
    write_xlsx(root, rel, [dict(title="Sheet1", pre=[f"{C.name} 従業員データ（給与システム出力）", ""], hdr=[[c.h for c in cols]], rows=data)])

    rel = f"{P}/{C.dir}/扶養控除等申告書_2024.xlsx"
    L = dv.loc(rel)
    cols = [HN("社員番号", lambda r: r["e"].no)]
    groups = [("本人", "p"), ("配偶者", "s"), ("扶養親族1", "d1"), ("扶養親族2", "d2"), ("扶養親族3", "d3")]
    for gname, role in groups:
        cols += [Col(f"{gname}.氏名", role, "name_zs"), Col(f"{gname}.生年月日", role, "dob_jp" if role == "p" else "dob_slash"), Col(f"{gname}.個人番号", role, "mn")]
        if role.startswith("d"):
            cols.append(X(f"{gname}.続柄", (lambda j: lambda r: r["e"].deps[j][1] if len(r["e"].deps) > j else "")(int(role[1]) - 1)))
    rows = []
    for e in C.emps:
        r = dict(e=e, p=e.p, s=e.spouse)
        for j, (dp, _) in enumerate(e.deps):
            r[f"d{j + 1}"] = dp
        rows.append(r)
    data = L.table(cols, rows)
    h1, h2, merges, ci = [], [], ["A3:A4"], 1
    h1.append("社員番号")
    h2.append(None)
    for gname, role in groups:
        n = 4 if role.startswith("d") else 3
        h1 += [gname] + [None] * (n - 1)
        h2 += ["氏名", "生年月日", "個人番号"] + (["続柄"] if n == 4 else [])
        merges.append(f"{col_letter(ci)}3:{col_letter(ci + n - 1)}3")
        ci += n
    write_xlsx(root, rel, [dict(title="申告書一覧", pre=["令和6年分 給与所得者の扶養控除等（異動）申告書 一覧", ""], hdr=[h1, h2], rows=data, merges=merges)])

    rel = f"{P}/{C.dir}/運転者台帳.csv"
    L = dv.loc(rel)
    cols = [HN("shain_no", lambda r: r["e"].no), Col("shimei", "p", "name"), Col("menkyo_bango", "p", "license"),
            HN("menkyo_kigen", lambda r: f"20{rng.randint(25, 29)}/0{rng.randint(1, 9)}/{rng.randint(10, 28)}"), Col("seinengappi", "p", "dob_iso"),
            Col("keitai", "p", "tel"), X("shashu", lambda r: rng.choice(["4t", "2t", "軽貨物", "10t"]))]
    data = L.table(cols, [dict(e=e, p=e.p) for e in C.emps if e.dept in ("配送", "現場", "営業")])
    put(rel, csv_bytes([c.h for c in cols], data, nl="\n"))
    payslip(C)

    # ---- client D (clinic): nested JSONL master, XML declarations, health checks
    rel = f"{P}/{Dd.dir}/staff_master.jsonl"
    L = dv.loc(rel)
    L.set_cols([HN("staff_id", None), Col("name.family", "p", "sei"), Col("name.given", "p", "mei"), Col("name.family_kana", "p", "ksei"),
                Col("name.given_kana", "p", "kmei"), Col("birthday", "p", "dob_iso"), Col("contact.tel", "p", "tel"), Col("contact.email", "p", "wmail"),
                Col("address.zip", "p", "postal"), Col("address.pref", "p", "pref"), Col("address.line", "p", "addr_nopref"), Col("my_number", "p", "mn"),
                X("qualification.type", None), X("qualification.no", None, "?"), HN("hired_on", None)])
    lines = []
    for e in Dd.emps:
        p = e.p
        q = rng.choice(["看護師", "准看護師", "医療事務", "臨床検査技師"])
        rec = {"staff_id": e.no, "name": {"family": p.sei, "given": p.mei, "family_kana": p.ksei, "given_kana": p.kmei}, "birthday": p.dob.isoformat(),
               "contact": {"tel": p.phone, "email": pv(W, p, "wmail")}, "address": {"zip": p.hh.postal, "pref": p.hh.pref, "line": pv(W, p, "addr_nopref")},
               "my_number": p.mn, "qualification": {"type": q, "no": f"{rng.randint(100000, 999999)}" if "看護" in q else None}, "hired_on": e.hire.isoformat()}
        L.see_items(p, [("sei", p.sei), ("mei", p.mei), ("ksei", p.ksei), ("kmei", p.kmei), ("dob_iso", "x"), ("tel", p.phone or ""),
                        ("wmail", rec["contact"]["email"]), ("pref", p.hh.pref), ("addr_nopref", rec["address"]["line"]), ("mn", p.mn)])
        lines.append(json.dumps(rec, ensure_ascii=False))
    put(rel, ("\n".join(lines) + "\n").encode("utf-8"))

    rel = f"{P}/{Dd.dir}/扶養控除等申告書_2024.xml"
    L = dv.loc(rel)
    L.set_cols([HN("社員番号", None), Col("本人.氏名", "p", "name_sp"), Col("本人.生年月日", "p", "dob_iso"), Col("本人.個人番号", "p", "mn"),
                Col("本人.住所", "p", "addr"), Col("配偶者.氏名", "p", "name_sp"), Col("配偶者.生年月日", "p", "dob_iso"), Col("配偶者.個人番号", "p", "mn"),
                X("扶養親族.続柄", None), Col("扶養親族.氏名", "p", "name_sp"), Col("扶養親族.生年月日", "p", "dob_iso"), Col("扶養親族.個人番号", "p", "mn")])
    xs = ['<?xml version="1.0" encoding="UTF-8"?>', f'<扶養控除等申告書一覧 事業所={quoteattr(Dd.name)} 年分="2024">']
    for e in Dd.emps:
        p = e.p
        xs += [f'  <申告書 社員番号="{e.no}">', f'    <本人 氏名={quoteattr(pv(W, p, "name_sp"))} 生年月日="{p.dob.isoformat()}">',
               f'      <個人番号>{p.mn}</個人番号>', f'      <住所>{xesc(p.hh.addr)}</住所>', '    </本人>']
        L.see(p, [pv(W, p, "name_sp")], dob=p.dob, addrs=[p.hh.addr], mns=[p.mn])
        if e.spouse:
            s = e.spouse
            xs += [f'    <配偶者 氏名={quoteattr(pv(W, s, "name_sp"))} 生年月日="{s.dob.isoformat()}"><個人番号>{s.mn}</個人番号></配偶者>']
            L.see(s, [pv(W, s, "name_sp")], dob=s.dob, mns=[s.mn])
        for dp, rel_ in e.deps:
            xs += [f'    <扶養親族 続柄="{rel_}" 氏名={quoteattr(pv(W, dp, "name_sp"))}>', f'      <生年月日>{dp.dob.isoformat()}</生年月日><個人番号>{dp.mn}</個人番号>',
                   '    </扶養親族>']
            L.see(dp, [pv(W, dp, "name_sp")], dob=dp.dob, mns=[dp.mn])
        xs.append("  </申告書>")
    xs.append("</扶養控除等申告書一覧>")
    put(rel, ("\n".join(xs) + "\n").encode("utf-8"))

    rel = f"{P}/{Dd.dir}/健康診断結果_2024.csv"
    L = dv.loc(rel)
    cols = [HN("社員番号", lambda r: r["e"].no), Col("氏名", "p", "name"), Col("生年月日", "p", "dob_iso"), HN("受診日", lambda r: "2024-04-16"),
            X("所見", lambda r: rng.choice(["異常なし", "異常なし", "血圧高値", "肝機能軽度異常", "脂質異常", "要精密検査（胸部X線）"]), "SENSITIVE"),
            X("判定", lambda r: rng.choice(["A", "A", "B", "C", "D"]), "SENSITIVE"), HN("医療機関", lambda r: "医療法人 中央健診センター")]
    data = L.table(cols, [dict(e=e, p=e.p) for e in Dd.emps])
    put(rel, csv_bytes([c.h for c in cols], data))
    payslip(Dd)

    # ---- across clients
    rel = f"{P}/社会保険/資格取得届_2024.xlsx"
    L = dv.loc(rel)
    cols = [HN("事業所名", lambda r: r["e"].client.name), Col("hoken_kigo", "p", "hkigo"), Col("hoken_bango", "p", "hbango"), Col("氏名", "p", "name_sp"),
            Col("フリガナ", "p", "kana_sp"), Col("生年月日", "p", "dob_wareki"), X("性別", lambda r: pv(W, r["p"], "sex"), "?"), Col("nenkin_kiso", "p", "pension"),
            Col("住所", "p", "addr"), HN("資格取得日", lambda r: r["e"].hire.strftime("%Y/%m/%d")), X("報酬月額", lambda r: str(r["e"].pay))]
    sel = [e for e in allemps if e.hire.year >= 2019]
    data = L.table(cols, [dict(e=e, p=e.p) for e in sel])
    write_xlsx(root, rel, [dict(title="取得届", pre=["健康保険・厚生年金保険 被保険者資格取得届（控）", f"作成: {CO} 給与計算センター", "", ""], hdr=[[c.h for c in cols]], rows=data)])

    rel = f"{P}/住民税/特別徴収税額_2024.tsv"
    L = dv.loc(rel)
    cols = [HN("宛名番号", lambda r: str(rng.randint(10 ** 9, 10 ** 10 - 1))), HN("指定番号", lambda r: f"{rng.randint(100000, 999999)}"),
            Col("氏名", "p", "name"), Col("住所", "p", "addr"), Col("個人番号", "p", "mn"), X("年税額", lambda r: str(r["e"].pay // 10 * 12 // 10)),
            X("6月分", lambda r: str(r["e"].pay // 100))]
    data = L.table(cols, [dict(e=e, p=e.p) for e in allemps])
    put(rel, csv_bytes([c.h for c in cols], data, delim="\t"))

    rel = f"{P}/年末調整/nencho_teishutsu_2023.txt"
    L = dv.loc(rel)
    cols = [HN("SHAIN_NO", lambda r: r["e"].no), Col("SHIMEI_KANA", "p", "hkana"), Col("SHIMEI", "p", "name"), Col("SEINENGAPPI", "p", "dob_compact"),
            Col("KOJIN_BANGO", "p", "mn"), X("KYUYO_SHIHARAI", lambda r: str(r["e"].pay * 12))]
    data = L.table(cols, [dict(e=e, p=e.p) for e in rng.sample(allemps, 120)])
    put(rel, fixed_width([c.h for c in cols], data, [10, 26, 20, 12, 14, 16]))

    rel = f"{P}/メール/源泉徴収票_送付_2024-01.mbox"
    L = dv.loc(rel)
    msgs = []
    for i, cl in enumerate(S.clients):
        cp = cl.emps[0].p
        acc = cl.emps[1].p
        st = S.staff[12 + i].p
        sw = pv(W, st, "wmail")
        listed = rng.sample(cl.emps[2:], 8)
        body = (f"{cl.name}\n{cp.sei} {cp.mei} 様\n\nいつもお世話になっております。{CO} 給与計算センターの{st.sei}です。\n"
                f"2023年分の源泉徴収票を作成しましたので、以下の方の分をお送りします（パスワードは別送）。\n\n"
                + "\n".join(f"  ・{e.p.sei} {e.p.mei}（{pv(W, e.p, 'dob_slash')}生）" for e in listed)
                + f"\n\nご不明点は payroll@{DOM} までお問い合わせください。\n\n{st.sei} {st.mei}\n{CO} 給与計算センター\n{sw}\n")
        for e in listed:
            L.see(e.p, [e.p.sei + e.p.mei], dob=e.p.dob)
        L.see(cp, [cp.sei + cp.mei], emails=[pv(W, cp, "wmail")])
        L.see(acc, [acc.sei + acc.mei], emails=[pv(W, acc, "wmail")])
        L.see(st, [st.sei + st.mei], emails=[sw])
        d = D(2024, 1, 20 + i)
        msgs.append((sw, envdate(d, 10, i), message(mail_addr(f"{st.sei} {st.mei}", sw, "utf-8"), mail_addr(f"{cp.sei} {cp.mei}", pv(W, cp, "wmail"), "utf-8"),
                                                   "【源泉徴収票】2023年分", body, maildate(d, 10, i), f"gen{i}@{DOM}",
                                                   cc=mail_addr(f"{acc.sei} {acc.mei}", pv(W, acc, "wmail"), "utf-8") + f", payroll@{DOM}", cte="base64" if i % 2 else "8bit")))
    put(rel, mbox(msgs))

    rel = f"{P}/通勤手当/通勤手当_申請一覧_2024.html"
    L = dv.loc(rel)
    cols = [HN("社員番号", lambda r: r["e"].no), Col("氏名", "p", "name_sp"), Col("住所", "p", "addr"),
            X("最寄駅", lambda r: rng.choice(["三軒茶屋", "蒲田", "高円寺", "武蔵小杉", "浦和", "本八幡"])),
            X("通勤経路", lambda r: rng.choice(["自宅→三軒茶屋→渋谷→勤務地", "自宅→蒲田→品川→勤務地", "自宅→徒歩→勤務地"]), "TEXT"),
            X("1か月定期代", lambda r: str(rng.randrange(4000, 22000, 10))), HN("申請日", lambda r: "2024/04/05")]
    data = L.table(cols, [dict(e=e, p=e.p) for e in rng.sample(allemps, 50)])
    put(rel, html_table("通勤手当 申請一覧", [c.h for c in cols], data))

    rel = f"{P}/在留外国人/雇用状況_2024.csv"
    L = dv.loc(rel)
    cols = [Col("shimei_romaji", "p", "ROMA"), Col("shimei_kana", "p", "name_sp"), X("kokuseki", lambda r: rng.choice(["ベトナム", "ネパール", "フィリピン", "中国"]), "?"),
            Col("zairyu_card", "p", "zairyu"), Col("passport_no", "p", "passport"), HN("zairyu_kigen", lambda r: "2026/03/31"), Col("seinengappi", "p", "dob_iso"),
            Col("kojin_bango", "p", "mn"), HN("jigyosho", lambda r: r["e"].client.name)]
    data = L.table(cols, [dict(e=e, p=e.p) for e in allemps if e.p.foreign])
    put(rel, csv_bytes([c.h for c in cols], data))


def build_drive_soumu(W, root, S, dv, put, fdate):
    rng = W.rng
    G = "総務"
    ST = S.staff
    rel = f"{G}/社員名簿.xlsx"
    L = dv.loc(rel)
    cols = [HN("社員番号", lambda r: r["s"].no), Col("氏名", "p", "name_sp"), Col("ローマ字", "p", "fwroma"), X("部署", lambda r: r["s"].dept),
            HN("内線", lambda r: r["s"].ext), Col("携帯電話", "p", "tel"), Col("メール", "p", "wmail"), Col("生年月日", "p", "dob_slash"),
            Col("menkyo_bango", "d", "license"), Col("kojin_bango", "p", "mn"), Col("kinkyu_renraku", "e", "name"), Col("kinkyu_renraku_tel", "e", "tel"),
            X("kinkyu_zokugara", lambda r: r["s"].e_rel)]
    data = L.table(cols, [dict(s=s, p=s.p, d=s.p if s.drives else None, e=s.e) for s in ST])
    write_xlsx(root, rel, [dict(title="社員", pre=[f"{CO} 社員名簿", "取扱注意（総務部限り）", ""], hdr=[[c.h for c in cols]], rows=data)])

    rel = f"{G}/社内連絡先.vcf"
    L = dv.loc(rel)
    L.set_cols([Col("FN", "p", "name_sp"), Col("EMAIL", "p", "wmail"), Col("TEL", "p", "tel"), HN("ORG", None), X("TITLE", None)])
    cards = []
    for i, s in enumerate(ST):
        p = s.p
        fn = pv(W, p, "fwroma") if i % 2 else pv(W, p, "name_sp")
        cards.append(vcard([("FN", fn), ("ORG", f"{CO};{s.dept}"), ("TITLE", rng.choice(["主任", "課長", "スタッフ", "部長"])),
                            ("EMAIL;TYPE=WORK", pv(W, p, "wmail")), ("TEL;TYPE=CELL", p.phone), ("TEL;TYPE=WORK", SWITCH)]))
        L.see_items(p, [("fwroma" if i % 2 else "name_sp", fn), ("wmail", pv(W, p, "wmail")), ("tel", p.phone)])
    cards.append(vcard([("FN", "総務部 代表"), ("ORG", CO), ("EMAIL;TYPE=WORK", f"info@{DOM}"), ("TEL;TYPE=WORK", SWITCH)]))
    put(rel, "".join(cards).encode("utf-8"))

    rel = f"{G}/議事録/議事録_経営会議_2024Q1.docx"
    L = dv.loc(rel)
    bp = bare_people(W, 4)
    for p in bp:
        L.see(p, [p.sei + p.mei])
    write_docx(root, rel, [("h", "経営会議 議事録（2024年第1四半期）"), "日時: 2024年3月28日 10:00〜12:00",
                           f"出席: 代表取締役、各部長、監査役 {bp[0].sei} {bp[0].mei}、顧問弁護士 {bp[1].sei} {bp[1].mei}",
                           f"オブザーバー: みずほ銀行 渋谷支店 法人営業 {bp[2].sei}{bp[2].mei} 氏",
                           "1. 賃貸管理戸数は前年比 +4%。", "2. 学習塾 生徒数 300名を突破。", "3. 給与計算代行 新規顧問先 2社。",
                           f"4. 情報セキュリティ: 外部監査を {bp[3].sei} {bp[3].mei}（セキュリティコンサルタント）に依頼。", "以上"])

    rel = f"{G}/議事録/議事録_安全衛生委員会_2024-05.txt"
    L = dv.loc(rel)
    bp = bare_people(W, 3)
    for p in bp:
        L.see(p, [p.sei + p.mei])
    put(rel, (f"安全衛生委員会 議事録\n2024年5月22日\n産業医: {bp[0].sei} {bp[0].mei} 先生\n衛生管理者: {bp[1].sei}{bp[1].mei}\n"
              f"労働組合代表: {bp[2].sei} {bp[2].mei}\n\n・定期健康診断の受診率 96%\n・長時間労働者への面談を実施\n・{CO} 本社の空調点検（{VENDORS[1][0]}）\n").encode("utf-8"))

    rel = f"{G}/お知らせ/年末年始休業のお知らせ.txt"
    dv.loc(rel)
    put(rel, (f"年末年始休業のお知らせ\n\n平素より{CO}をご利用いただき誠にありがとうございます。\n12月29日〜1月3日は休業いたします。\n"
              f"緊急の設備トラブルは 24時間コールセンター 0120-555-010 へ。\nお問い合わせ: info@{DOM} / 代表 {SWITCH}\n"
              f"ミナト個別指導塾: {JUKU_TEL} / juku@{DOM}\n").encode("utf-8"))

    rel = f"{G}/取引先一覧.csv"
    L = dv.loc(rel)
    vend = VENDORS + GUARANTEE_COS + [("株式会社佐藤ビルメンテナンス", "03-3788-1200"), ("鈴木ハイツ管理組合", "03-3300-4567")]
    cols = [HN("取引先名", lambda r: r["v"][0]), X("法人番号", lambda r: W.corp_number(), "CORPORATE_NUMBER"), HN("代表電話", lambda r: r["v"][1]),
            HN("窓口メール", lambda r: rng.choice(["info", "sales", "support", "contact"]) + f"@vendor{r['i']}.example.jp"),
            HN("振込銀行", lambda r: rng.choice(BANKS)), HN("支店", lambda r: rng.choice(BRANCHES)), X("口座番号", lambda r: W._num(7), "?")]
    data = L.table(cols, [dict(i=i, v=v) for i, v in enumerate(vend)])
    put(rel, csv_bytes([c.h for c in cols], data))

    rel = f"{G}/備品在庫.csv"
    L = dv.loc(rel)
    cols = [HN("JANコード", lambda r: ean13("45" + "".join(rng.choice("0123456789") for _ in range(10)))), X("品名", lambda r: rng.choice(["コピー用紙A4", "トナー", "蛍光灯", "乾電池", "シリンダー錠"])),
            HN("メーカー", lambda r: rng.choice(["山田製作所", "株式会社鈴木工業", "佐藤電機", "高橋ロック"])), X("数量", lambda r: str(rng.randint(1, 80))),
            HN("UPC", lambda r: ean13("0" + "".join(rng.choice("0123456789") for _ in range(11)))[1:])]
    data = L.table(cols, [{} for _ in range(40)])
    put(rel, csv_bytes([c.h for c in cols], data))

    rel = f"{G}/来客記録_2024-06.txt"
    L = dv.loc(rel)
    bp = bare_people(W, 5)
    lines = ["来客記録（2024年6月）", ""]
    for i, p in enumerate(bp):
        co = rng.choice([VENDORS[i % 6][0], GUARANTEE_COS[i % 2][0], "東京電力パワーグリッド株式会社", "ヤマト運輸株式会社"])
        lines.append(f"6/{3 + i * 2} {10 + i}:00 {co} {p.sei} {p.mei} 様 来社（応対: 総務部） 入館証 No.{rng.randint(1, 20)}")
        L.see(p, [p.sei + p.mei])
    lines.append(f"6/20 15:00 {VENDORS[0][0]} 作業員2名 来社（氏名記載なし）")
    put(rel, ("\n".join(lines) + "\n").encode("utf-8"))

    rel = f"{G}/社用車_運転記録_2024-05.csv"
    L = dv.loc(rel)
    cols = [HN("日付", lambda r: f"2024/05/{r['i'] % 28 + 1:02d}"), Col("運転者", "p", "name"), Col("携帯", "p", "tel_nh"), Col("menkyo_bango", "p", "license"),
            X("行先", lambda r: rng.choice(S.blds).name + " 巡回"), X("走行距離km", lambda r: str(rng.randint(5, 80)))]
    drv = [s for s in ST if s.drives]
    data = L.table(cols, [dict(i=i, p=drv[i % len(drv)].p) for i in range(45)])
    put(rel, csv_bytes([c.h for c in cols], data))

    rel = f"{G}/情報システム/vpn_login_2024-05.csv"
    L = dv.loc(rel)
    cols = [Col("user", "p", "wmail"), Col("src_ip", "p", "ip"), HN("login_at", lambda r: f"2024-05-{r['i'] % 28 + 1:02d}T0{r['i'] % 10}:12:00"),
            X("result", lambda r: rng.choice(["success", "success", "failure"]))]
    data = L.table(cols, [dict(i=i, p=ST[i % len(ST)].p) for i in range(80)])
    put(rel, csv_bytes([c.h for c in cols], data, nl="\n"))

    rel = f"{G}/経理/法人カード_利用者一覧.csv"
    L = dv.loc(rel)
    cols = [Col("カード利用者", "p", "name_sp"), Col("カード番号", "p", "card"), HN("有効期限", lambda r: f"{rng.randint(1, 12):02d}/{rng.randint(26, 29)}"),
            Col("メール", "p", "wmail"), X("利用限度額", lambda r: str(rng.choice([300000, 500000, 1000000])))]
    data = L.table(cols, [dict(p=s.p) for s in ST[:9]])
    put(rel, csv_bytes([c.h for c in cols], data, enc="cp932"))


# ----------------------------------------------------------------------------------------------- database
def build_db(W):
    rng = W.rng
    db = Scope(W)
    tables, views = [], {}

    def add(name, cols, rows, types):
        L = db.loc(name)
        data = L.table(cols, rows)
        conv = []
        for r in data:
            o = []
            for c, v in zip(cols, r):
                t = types.get(c.h, "S")
                if v == "" or v is None:
                    o.append(None)
                elif t == "D":
                    o.append(D.fromisoformat(v))
                elif t == "I":
                    o.append(int(v))
                else:
                    o.append(v)
            conv.append(o)
        L.meta["rows"] = len(conv)
        tables.append((name, [(c.h, types.get(c.h, "S")) for c in cols], conv))
        return conv

    # properties (no persons)
    blds, used = [], set()
    for i in range(64):
        while True:
            nm = rng.choice(["{}ビル", "{}ハイツ", "コーポ{}", "メゾン{}", "{}荘", "{}マンション", "パレス{}"]).format(rng.choice(SEI)[0])
            if nm not in used:
                break
        used.add(nm)
        a, addr, postal = W.street(tokyo_only=True)
        blds.append(NS(code=f"BL{2001 + i}", name=nm, addr=addr, postal=postal, pref=a[0], ac=a[3], rooms=[],
                       owner=rng.choice(["株式会社{}不動産", "{}興産株式会社", "{}地所合同会社"]).format(rng.choice(SEI)[0]),
                       built=D(rng.randint(1975, 2021), rng.randint(1, 12), 1)))
    cols = [HN("property_code", lambda r: r["b"].code), HN("building_name", lambda r: r["b"].name), HN("owner_company", lambda r: r["b"].owner),
            HN("address", lambda r: r["b"].addr), HN("switchboard", lambda r: SWITCH), HN("meter_no", lambda r: rand12(rng)),
            HN("built_on", lambda r: r["b"].built.isoformat())]
    add("properties", cols, [dict(b=b) for b in blds], {"built_on": "D"})

    # tenants: exactly 1,000 persons
    TN = []
    for i in range(1000):
        b = blds[i % len(blds)]
        room = f"{len(b.rooms) // 4 + 1}0{len(b.rooms) % 4 + 1}"
        b.rooms.append(room)
        hh = W.household(0.25, addr=(b.pref, f"{b.addr} {b.name} {room}号室", b.postal, b.ac))
        head = W.person(hh, age=(21, 80), mobile=0.9, email=0.65)
        sp = None
        if head.age >= 26 and rng.random() < 0.4:
            sp = W.person(hh, sex="F" if head.sex == "M" else "M", age=(max(21, head.age - 6), min(85, head.age + 5)), sei=seit(head), mobile=0.5, email=0.2)
        kids = []
        if sp and 30 <= head.age <= 56 and rng.random() < 0.5:
            kids = [W.person(hh, age=(9, 17), sei=seit(head), mobile=0.3, email=0.0) for _ in range(rng.choice([1, 1, 2]))]
        TN.append(NS(id=f"T{100001 + i}", b=b, room=room, p=head, sp=sp, kids=kids, work=rng.choice(["株式会社{}製作所", "{}商事株式会社", "{}歯科医院"]).format(rng.choice(SEI)[0]),
                     moved=D(rng.randint(2012, 2024), rng.randint(1, 5), 1), emp=False, contracts=[]))
    cols = [HN("tenant_id", lambda r: r["t"].id), Col("shimei", "p", "name_sp"), Col("kana", "p", "kana"), Col("birth_date", "p", "dob_iso"),
            Col("phone", "p", "tel"), Col("email", "p", "email"), Col("postal_code", "p", "postal"), Col("address", "p", "addr"),
            HN("workplace", lambda r: r["t"].work), HN("moved_in_on", lambda r: r["t"].moved.isoformat())]
    add("tenants", cols, [dict(t=t, p=t.p) for t in TN], {"birth_date": "D", "moved_in_on": "D"})

    # contracts (60 tenants hold a second, parking contract) with emergency contacts
    CT = []
    n = 0
    for t in TN:
        for k in range(2 if len(CT) % 17 == 3 else 1):
            n += 1
            CT.append(NS(no=f"C{500000 + n}", t=t, code=t.b.code if k == 0 else f"PK{t.b.code[2:]}", room=t.room if k == 0 else f"P{n % 40 + 1}",
                         rent=rng.randrange(55000, 160000, 500) if k == 0 else rng.randrange(8000, 25000, 500), start=t.moved, gs=[]))
            t.contracts.append(CT[-1])
    # guarantors: exactly 1,001 distinct persons over more rows
    tg_pool = [t for t in TN if t.p.age >= 30][:40]
    fresh_needed = 1001
    slots = []
    for t in TN:
        slots.append((t.contracts[0], t))
    co = [c for c in CT if c.t.contracts[0] is c][::50][:20]  # contracts with a second guarantor
    for c in co:
        slots.append((c, c.t))
    distinct, made, tgi = [], 0, 0
    reuse_budget = len(slots) - fresh_needed
    rel_of = {}
    for i, (c, t) in enumerate(slots):
        if reuse_budget > 0 and i % 50 == 7 and distinct:
            g = distinct[-3]  # a parent guaranteeing several contracts
            if g is t.p or g in c.gs:
                g = None
            else:
                reuse_budget -= 1
        else:
            g = None
        if g is None:
            if tgi < len(tg_pool) and i % 25 == 0:
                g = tg_pool[tgi].p  # a tenant who guarantees another tenant's contract
                if g is t.p:
                    g = tg_pool[(tgi + 1) % len(tg_pool)].p
                tgi += 1
                rel_of[g.pid] = "知人"
            else:
                gh = W.household(0.55)
                same = rng.random() < 0.8
                g = W.person(gh, age=(min(85, t.p.age + 22), min(90, t.p.age + 34)), sei=seit(t.p) if same else None, mobile=0.7, email=0.2)
                rel_of[g.pid] = ("父" if g.sex == "M" else "母") if same else rng.choice(["叔父", "叔母", "兄", "姉"])
            made += 1
            distinct.append(g)
        c.gs.append(g)
    while len({g.pid for c in CT for g in c.gs}) < 1001:  # top up if reuse budget left
        c = CT[len(CT) - 1 - len(distinct) % 100]
        gh = W.household(0.5)
        g = W.person(gh, age=(45, 80), mobile=0.8, email=0.2)
        rel_of[g.pid] = "叔父"
        c.gs.append(g)
        distinct.append(g)
    for c in CT:  # second contracts reuse the tenant's guarantor
        if not c.gs:
            c.gs = [c.t.contracts[0].gs[0]]
    # emergency contacts
    for t in TN:
        r = rng.random()
        if t.sp and r < 0.6:
            t.e, t.e_rel = t.sp, "配偶者"
        elif r < 0.7:
            t.e, t.e_rel = t.contracts[0].gs[0], rel_of[t.contracts[0].gs[0].pid]
        else:
            t.e = W.person(W.household(0.2), age=(20, 75), sei=seit(t.p) if rng.random() < 0.6 else None, mobile=1.0, email=0.05)
            t.e_rel = rng.choice(["兄", "姉", "弟", "妹", "知人"])
    cols = [HN("contract_no", lambda r: r["c"].no), HN("tenant_id", lambda r: r["c"].t.id), HN("property_code", lambda r: r["c"].code),
            HN("room_no", lambda r: r["c"].room), HN("rent", lambda r: str(r["c"].rent)), HN("start_date", lambda r: r["c"].start.isoformat()),
            Col("emergency_name", "e", "name_sp"), Col("emergency_tel", "e", "tel"), X("emergency_relation", lambda r: r["c"].t.e_rel)]
    add("contracts", cols, [dict(c=c, e=c.t.e) for c in CT], {"rent": "I", "start_date": "D"})
    GR = []
    gid = 0
    for c in CT:
        for g in c.gs:
            gid += 1
            GR.append(dict(gid=f"G{700000 + gid}", c=c, g=g))
    cols = [HN("guarantor_id", lambda r: r["gid"]), HN("contract_no", lambda r: r["c"].no), Col("name", "g", "name"), Col("kana", "g", "kana_sp"),
            Col("birth_date", "g", "dob_iso"), Col("phone", "g", "tel"), Col("address", "g", "addr"), X("relation", lambda r: rel_of[r["g"].pid]),
            X("annual_income", lambda r: str(rng.randrange(1800000, 12000000, 10000)))]
    add("guarantors", cols, GR, {"birth_date": "D", "annual_income": "I"})
    # payments: several rows per person
    PR = []
    pid_ = 0
    for c in CT:
        payer = c.gs[0] if (int(c.no[1:]) % 23 == 0) else c.t.p
        bank, branch = rng.choice(BANKS), rng.choice(BRANCHES)
        for m in (3, 4, 5):
            pid_ += 1
            PR.append(dict(i=pid_, c=c, p=payer, m=m, bank=bank, branch=branch))
    cols = [HN("payment_id", lambda r: str(r["i"])), HN("contract_no", lambda r: r["c"].no), Col("payer_name", "p", "name"), Col("payer_kana", "p", "hkana"),
            Col("payer_tel", "p", "tel"), HN("bank_name", lambda r: r["bank"]), HN("branch_name", lambda r: r["branch"]),
            HN("amount", lambda r: str(r["c"].rent)), HN("paid_on", lambda r: D(2024, r["m"], 27).isoformat())]
    add("payments", cols, PR, {"payment_id": "I", "amount": "I", "paid_on": "D"})

    # students and guardians
    grade = {9: "小4", 10: "小5", 11: "小6", 12: "中1", 13: "中2", 14: "中3", 15: "高1", 16: "高2", 17: "高3"}
    SR = []
    fams = []
    for t in TN:
        if t.kids and len(fams) < 60:
            if t.p.email is None:
                t.p.email = W.email_for(t.p)
            fams.append((t.p, t.kids))
    while len(fams) < 430:
        fh = W.household(0.4)
        par = W.person(fh, sex="F" if rng.random() < 0.7 else "M", age=(35, 52), mobile=1.0, email=0.95)
        fams.append((par, [W.person(fh, age=(9, 17), sei=seit(par), mobile=0.3, email=0.0) for _ in range(2 if rng.random() < 0.22 else 1)]))
    sid = 0
    for par, ks in fams:
        for k in ks:
            sid += 1
            SR.append(dict(sid=f"ST{30000 + sid}", s=k, g=par, gr=grade.get(k.age, "高3"), kyoka=rng.choice(SUBJECTS)))
    cols = [HN("seito_id", lambda r: r["sid"]), Col("seito_mei", "s", "name_sp"), Col("seito_kana", "s", "kana"), HN("gakunen", lambda r: r["gr"]),
            HN("kyoka", lambda r: r["kyoka"]), Col("seinengappi", "s", "dob_iso"), Col("hogosha", "g", "name"), Col("hogosha_tel", "g", "tel"),
            Col("hogosha_mail", "g", "email"), Col("jusho", ("s", "g"), "addr")]
    add("students", cols, SR, {"seinengappi": "D"})

    # payroll employees with spouse and up to three dependants per row
    clients = []
    for i in range(8):
        s = rng.choice(SEI)
        clients.append(NS(name=rng.choice(["株式会社{}工業", "{}商店", "医療法人{}会", "有限会社{}運輸"]).format(s[0]), corp=W.corp_number()))
    singles = [t for t in TN if t.sp is None and not t.kids and 22 <= t.p.age <= 62][:20]
    ER = []
    for i in range(300):
        cl = clients[i % 8]
        if i % 15 == 4 and singles:
            p = singles.pop().p
            sp, deps = None, []
        else:
            eh = W.household(0.3)
            p = W.person(eh, age=(20, 64), mobile=0.9, email=0.2)
            sp, deps = None, []
            if p.age >= 27 and rng.random() < 0.5:
                sp = W.person(eh, sex="F" if p.sex == "M" else "M", age=(max(22, p.age - 6), min(70, p.age + 4)), sei=seit(p), mobile=0.4, email=0.1)
                if p.age <= 55:
                    deps = [W.person(eh, age=(0, 21), sei=seit(p), mobile=0.0, email=0.0) for _ in range(rng.choice([0, 1, 1, 2, 3]))]
        r = dict(no=f"E{i + 1:04d}", cl=cl, p=p, s=sp, lic=p if i % 4 == 1 else None)
        for j, dp in enumerate(deps):
            r[f"d{j + 1}"] = dp
        ER.append(r)
    cols = [HN("shain_no", lambda r: r["no"]), X("client_houjin_bango", lambda r: r["cl"].corp, "CORPORATE_NUMBER"), HN("client_name", lambda r: r["cl"].name),
            Col("shimei", "p", "name"), Col("furigana", "p", "kana_sp"), Col("seinengappi", "p", "dob_iso"), Col("kojin_bango", "p", "mn"),
            Col("jusho", "p", "addr"), Col("hihokensha_no", "p", "hihoken"), Col("nenkin_kiso", "p", "pension"), Col("kouza", "p", "acct"),
            Col("kouza_meiginin", "p", "acct_holder"), Col("menkyo_bango", "lic", "license"), Col("haigusha_shimei", "s", "name"),
            Col("haigusha_kojin_bango", "s", "mn")]
    for j in (1, 2, 3):
        cols += [Col(f"fuyo{j}_shimei", f"d{j}", "name"), Col(f"fuyo{j}_kojin_bango", f"d{j}", "mn")]
    add("payroll_employees", cols, ER, {"seinengappi": "D"})

    # inquiries: generic column names, typed only by their values
    leads = [W.person(W.household(0.1), age=(20, 65), mobile=1.0, email=1.0) for _ in range(380)]
    IR = []
    for p in leads:
        IR.append(dict(p=p, ek="email"))
    for p in leads[:50]:
        W.attr(p, "email2")
        IR.append(dict(p=p, ek="email2"))
    for p in leads[100:130]:
        IR.append(dict(p=p, ek="email"))
    for t in TN[::25]:
        IR.append(dict(p=t.p, ek="email"))
    rng.shuffle(IR)
    cols = [HN("c01", lambda r: f"2024-0{rng.randint(1, 5)}-{rng.randint(1, 28):02d} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}"),
            Col("c02", "p", "name_sp"), Col("c03", "p", "tel"), Col("c04", "p", "email"), Col("c05", "p", "ip"), HN("c06", lambda r: rand12(rng)),
            HN("c07", lambda r: ean13("49" + "".join(rng.choice("0123456789") for _ in range(10)))),
            X("c08", lambda r: rng.choice(["空室はありますか", "家賃の相談", "内見したい", "ペット可ですか", "駐車場の空き"]), "TEXT"),
            Col("c09", "p", "postal_nh"), HN("c10", lambda r: rng.choice(blds).name)]
    for r in IR:  # route the alternate e-mail through the e-mail column
        if r["ek"] == "email2":
            r["p2"] = r["p"]
    Lq = db.loc("inquiries")
    data = []
    for r in IR:
        p = r["p"]
        em = pv(W, p, r["ek"])
        row = [cols[0].fn(r), pv(W, p, "name_sp"), pv(W, p, "tel"), em, pv(W, p, "ip"), cols[5].fn(r), cols[6].fn(r), cols[7].fn(r), pv(W, p, "postal_nh"), cols[9].fn(r)]
        Lq.see_items(p, [("name_sp", row[1]), ("tel", row[2]), ("email", em)])
        data.append([v or None for v in row])
    Lq.set_cols(cols)
    Lq.meta["rows"] = len(data)
    tables.append(("inquiries", [(c.h, "S") for c in cols], data))

    # views (rows and persons recomputed here from the same joins)
    views["v_tenant_guarantors"] = ("SELECT c.contract_no, t.shimei AS tenant_name, t.phone AS tenant_phone, g.name AS guarantor_name, "
                                    "g.phone AS guarantor_phone, c.rent FROM contracts c JOIN tenants t ON t.tenant_id = c.tenant_id "
                                    "JOIN guarantors g ON g.contract_no = c.contract_no")
    L = db.loc("v_tenant_guarantors", view=True)
    cols = [HN("contract_no", lambda r: r["c"].no), Col("tenant_name", "t", "name_sp"), Col("tenant_phone", "t", "tel"), Col("guarantor_name", "g", "name"),
            Col("guarantor_phone", "g", "tel"), HN("rent", lambda r: str(r["c"].rent))]
    L.meta["rows"] = len(L.table(cols, [dict(c=x["c"], t=x["c"].t.p, g=x["g"]) for x in GR]))
    views["v_student_guardians"] = "SELECT DISTINCT hogosha, hogosha_tel, hogosha_mail FROM students"
    L = db.loc("v_student_guardians", view=True)
    cols = [Col("hogosha", "g", "name"), Col("hogosha_tel", "g", "tel"), Col("hogosha_mail", "g", "email")]
    seen, vr = set(), []
    for r in SR:
        k = (pv(W, r["g"], "name"), pv(W, r["g"], "tel"), pv(W, r["g"], "email"))
        if k not in seen:
            seen.add(k)
            vr.append(dict(g=r["g"]))
    L.meta["rows"] = len(L.table(cols, vr))
    views["v_payroll_dependents"] = ("SELECT shain_no, shimei, kojin_bango, fuyo1_shimei, fuyo1_kojin_bango FROM payroll_employees "
                                     "WHERE fuyo1_shimei IS NOT NULL")
    L = db.loc("v_payroll_dependents", view=True)
    cols = [HN("shain_no", lambda r: r["no"]), Col("shimei", "p", "name"), Col("kojin_bango", "p", "mn"), Col("fuyo1_shimei", "d1", "name"),
            Col("fuyo1_kojin_bango", "d1", "mn")]
    L.meta["rows"] = len(L.table(cols, [r for r in ER if r.get("d1")]))
    return db, tables, views


def write_db(url, tables, views):
    from sqlalchemy import Column, Date, Integer, MetaData, String, Table, create_engine, text
    if url.startswith("mysql") and "charset=" not in url:
        url += ("&" if "?" in url else "?") + "charset=utf8mb4"
    eng = create_engine(url)
    md = MetaData()
    for name, cols, _ in tables:
        Table(name, md, *[Column(c, {"S": String(255), "D": Date, "I": Integer}[t]) for c, t in cols], mysql_charset="utf8mb4")
    with eng.begin() as conn:
        for v in views:
            conn.execute(text(f"DROP VIEW IF EXISTS {v}"))
    md.drop_all(eng)
    md.create_all(eng)
    counts = {}
    with eng.begin() as conn:
        for name, cols, rows in tables:
            names = [c for c, _ in cols]
            conn.execute(md.tables[name].insert(), [dict(zip(names, r)) for r in rows])
        for v, sql in views.items():
            conn.execute(text(f"CREATE VIEW {v} AS {sql}"))
        for name in [t[0] for t in tables] + list(views):
            counts[name] = conn.execute(text(f"SELECT COUNT(*) FROM {name}")).scalar()
    eng.dispose()
    return counts


# ----------------------------------------------------------------------------------------------- recount
def verify(scope, label):
    """Apply the identity rule to the registered appearances: 'weak' keys must never merge two persons,
    'sure' keys alone must never split one; per location and for the whole scope."""
    apps = scope.apps
    errors = []

    def run(idxs, use_weak):
        parent = {i: i for i in idxs}

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        first = {}
        for i in idxs:
            _, _, s, w = apps[i]
            for k in (s | w) if use_weak else s:
                if k in first:
                    a, b = find(i), find(first[k])
                    if a != b:
                        parent[a] = b
                else:
                    first[k] = i
        return find

    groups = {"*": list(range(len(apps)))}
    for i, a in enumerate(apps):
        groups.setdefault(a[0], []).append(i)
    for g, idxs in groups.items():
        f = run(idxs, True)
        cl = defaultdict(set)
        for i in idxs:
            cl[f(i)].add(apps[i][1])
        for root, pids in cl.items():
            if len(pids) > 1:
                errors.append(f"{label}:{g}: different persons merged {sorted(pids)[:4]}")
        f = run(idxs, False)
        pc = defaultdict(set)
        for i in idxs:
            pc[apps[i][1]].add(f(i))
        for pid, roots in pc.items():
            if len(roots) > 1:
                where = sorted({apps[i][0] for i in idxs if apps[i][1] == pid})
                errors.append(f"{label}:{g}: person {pid} split in {len(roots)} (appears in {where[:5]})")
    return errors


def file_text(path):
    """Independent read-back of a generated file as text (decoding what a reader would have to decode)."""
    import email
    import mailbox
    from email.header import decode_header, make_header
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, read_only=True)
        return "\n".join(str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        return "\n".join([p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells])

    def msg_text(m):
        parts = [str(make_header(decode_header(m.get(h, "")))) for h in ("From", "To", "Cc", "Subject")]
        pl = m.get_payload(decode=True)
        parts.append(pl.decode(m.get_content_charset() or "utf-8"))
        return "\n".join(parts)
    if ext == "eml":
        with open(path, "rb") as f:
            return msg_text(email.message_from_bytes(f.read()))
    if ext == "mbox":
        return "\n".join(msg_text(m) for m in mailbox.mbox(path))
    with open(path, "rb") as f:
        b = f.read()
    try:
        return b.decode("utf-8-sig")
    except UnicodeDecodeError:
        return b.decode("cp932")


def verify_written(dv, root):
    """Every value registered as a person's key must be present in the file as written (after trivial normalisation)."""
    errors = []
    for rel, L in dv.locs.items():
        if not L.raw:
            continue
        txt = nname(file_text(os.path.join(root, *rel.split("/"))))
        for v in L.raw:
            if nname(v) not in txt:
                errors.append(f"drive:{rel}: registered value {v!r} not found in the file")
    return errors


# ----------------------------------------------------------------------------------------------- main
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--db-url", action="append", default=[])
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)
    root = os.path.join(out, "drive")
    if os.path.isdir(root):
        shutil.rmtree(root)
    os.makedirs(root)
    sq = os.path.join(out, "db.sqlite")
    if os.path.exists(sq):
        os.remove(sq)
    W = World(random.Random(args.seed))
    S = drive_world(W)
    dv = build_drive(W, root, S)
    db, tables, views = build_db(W)
    errs = verify(dv, "drive") + verify(db, "database") + verify_written(dv, root)
    if errs:
        for e in errs[:int(os.environ.get("DEV2_SHOW", "40"))]:
            print(e, file=sys.stderr)
        raise SystemExit(f"truth not recoverable by the identity rule: {len(errs)} problems")
    # every file has an entry and every entry a file
    on_disk = set()
    for d, _, fs in os.walk(root):
        for f in fs:
            on_disk.add(os.path.relpath(os.path.join(d, f), root).replace(os.sep, "/"))
    if on_disk != set(dv.locs):
        raise SystemExit(f"drive/truth mismatch: {sorted(on_disk ^ set(dv.locs))}")
    counts = write_db("sqlite:///" + sq, tables, views)
    for url in args.db_url:
        c2 = write_db(url, tables, views)
        if c2 != counts:
            raise SystemExit(f"{url}: row counts differ from SQLite")
    files = {}
    for rel in sorted(dv.locs):
        L = dv.locs[rel]
        e = {"persons": len(L.pids)}
        if L.tabular:
            e["columns"] = dict(L.cols)
            e["hard_negative_columns"] = list(L.hn)
        files[rel] = e
    tabs = {}
    for name, L in db.locs.items():
        if counts[name] != L.meta["rows"]:
            raise SystemExit(f"{name}: {counts[name]} rows in SQL, {L.meta['rows']} by construction")
        e = {}
        if L.meta.get("view"):
            e["view"] = True
        e.update({"rows": L.meta["rows"], "persons": len(L.pids), "columns": dict(L.cols), "hard_negative_columns": list(L.hn)})
        tabs[name] = e
    if tabs["tenants"]["persons"] != 1000 or tabs["guarantors"]["persons"] != 1001:
        raise SystemExit("the 1,000 / 1,001-person tables lost their exact counts")
    truth = {"drive": {"persons_total": len({a[1] for a in dv.apps}), "files": files},
             "database": {"persons_total": len({a[1] for a in db.apps}), "tables": tabs}}
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"drive: {len(files)} files, {truth['drive']['persons_total']} persons; database: {len(tabs)} tables/views, "
          f"{truth['database']['persons_total']} persons")


if __name__ == "__main__":
    main()
