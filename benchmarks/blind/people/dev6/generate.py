#!/usr/bin/env python3
"""Blind people-count generator dev6: a 社会保険労務士 office and its ~15 client companies.

Writes DIR/drive/ (shared drive), DIR/db.sqlite (+ each --db-url), DIR/truth.json and
DIR/appearances.jsonl (every appearance of every person, with its truth id and the raw keys written),
then recounts the contract's identity rule independently from the appearances and fails loudly when
the recount disagrees with the truth by construction.

    python generate.py --out DIR [--seed N] [--db-url URL ...]
"""
from __future__ import annotations

import argparse
import base64
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
from xml.sax.saxutils import escape as xesc

TODAY = dt.date(2024, 12, 10)
FIXED_ZIP_TIME = (2024, 12, 10, 9, 0, 0)

# ----------------------------------------------------------------------------------------------- names
FAMILY = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山口", "ヤマグチ", "Yamaguchi"),
    ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"),
    ("林", "ハヤシ", "Hayashi"), ("斎藤", "サイトウ", "Saito"), ("清水", "シミズ", "Shimizu"),
    ("山崎", "ヤマザキ", "Yamazaki"), ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"),
    ("橋本", "ハシモト", "Hashimoto"), ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"),
    ("山下", "ヤマシタ", "Yamashita"), ("中島", "ナカジマ", "Nakajima"), ("石井", "イシイ", "Ishii"),
    ("小川", "オガワ", "Ogawa"), ("前田", "マエダ", "Maeda"), ("岡田", "オカダ", "Okada"),
    ("長谷川", "ハセガワ", "Hasegawa"), ("藤田", "フジタ", "Fujita"), ("後藤", "ゴトウ", "Goto"),
    ("近藤", "コンドウ", "Kondo"), ("村上", "ムラカミ", "Murakami"), ("遠藤", "エンドウ", "Endo"),
    ("青木", "アオキ", "Aoki"), ("坂本", "サカモト", "Sakamoto"), ("斉藤", "サイトウ", "Saito"),
    ("福田", "フクダ", "Fukuda"), ("太田", "オオタ", "Ota"), ("西村", "ニシムラ", "Nishimura"),
    ("藤井", "フジイ", "Fujii"), ("金子", "カネコ", "Kaneko"), ("岡本", "オカモト", "Okamoto"),
    ("藤原", "フジワラ", "Fujiwara"), ("中野", "ナカノ", "Nakano"), ("三浦", "ミウラ", "Miura"),
    ("原田", "ハラダ", "Harada"), ("中川", "ナカガワ", "Nakagawa"), ("松田", "マツダ", "Matsuda"),
    ("竹内", "タケウチ", "Takeuchi"), ("小野", "オノ", "Ono"), ("田村", "タムラ", "Tamura"),
    ("中山", "ナカヤマ", "Nakayama"), ("和田", "ワダ", "Wada"), ("石田", "イシダ", "Ishida"),
    ("森田", "モリタ", "Morita"), ("上田", "ウエダ", "Ueda"), ("原", "ハラ", "Hara"),
    ("内田", "ウチダ", "Uchida"), ("柴田", "シバタ", "Shibata"), ("酒井", "サカイ", "Sakai"),
    ("宮崎", "ミヤザキ", "Miyazaki"), ("横山", "ヨコヤマ", "Yokoyama"), ("高木", "タカギ", "Takagi"),
    ("安藤", "アンドウ", "Ando"), ("宮本", "ミヤモト", "Miyamoto"), ("大野", "オオノ", "Ono"),
    ("小島", "コジマ", "Kojima"), ("谷口", "タニグチ", "Taniguchi"), ("今井", "イマイ", "Imai"),
    ("工藤", "クドウ", "Kudo"), ("高田", "タカダ", "Takada"), ("増田", "マスダ", "Masuda"),
    ("丸山", "マルヤマ", "Maruyama"), ("杉山", "スギヤマ", "Sugiyama"), ("村田", "ムラタ", "Murata"),
    ("大塚", "オオツカ", "Otsuka"), ("新井", "アライ", "Arai"), ("小山", "コヤマ", "Koyama"),
    ("平野", "ヒラノ", "Hirano"), ("藤本", "フジモト", "Fujimoto"), ("河野", "コウノ", "Kono"),
    ("上野", "ウエノ", "Ueno"), ("野口", "ノグチ", "Noguchi"), ("武田", "タケダ", "Takeda"),
    ("松井", "マツイ", "Matsui"), ("千葉", "チバ", "Chiba"), ("岩崎", "イワサキ", "Iwasaki"),
    ("菅原", "スガワラ", "Sugawara"), ("木下", "キノシタ", "Kinoshita"), ("久保", "クボ", "Kubo"),
    ("佐野", "サノ", "Sano"), ("野村", "ノムラ", "Nomura"), ("松尾", "マツオ", "Matsuo"),
]
MALE = [
    ("一郎", "イチロウ", "Ichiro"), ("健太", "ケンタ", "Kenta"), ("翔太", "ショウタ", "Shota"),
    ("大輔", "ダイスケ", "Daisuke"), ("誠", "マコト", "Makoto"), ("健一", "ケンイチ", "Kenichi"),
    ("直樹", "ナオキ", "Naoki"), ("拓也", "タクヤ", "Takuya"), ("浩", "ヒロシ", "Hiroshi"),
    ("隆", "タカシ", "Takashi"), ("剛", "ツヨシ", "Tsuyoshi"), ("亮", "リョウ", "Ryo"),
    ("達也", "タツヤ", "Tatsuya"), ("和也", "カズヤ", "Kazuya"), ("修", "オサム", "Osamu"),
    ("聡", "サトシ", "Satoshi"), ("哲也", "テツヤ", "Tetsuya"), ("雄一", "ユウイチ", "Yuichi"),
    ("裕太", "ユウタ", "Yuta"), ("大樹", "ダイキ", "Daiki"), ("翼", "ツバサ", "Tsubasa"),
    ("蓮", "レン", "Ren"), ("悠真", "ユウマ", "Yuma"), ("陽翔", "ハルト", "Haruto"),
    ("湊", "ミナト", "Minato"), ("颯太", "ソウタ", "Sota"), ("大和", "ヤマト", "Yamato"),
    ("樹", "イツキ", "Itsuki"), ("悠人", "ユウト", "Yuto"), ("光", "ヒカル", "Hikaru"),
    ("正人", "マサト", "Masato"), ("勝", "マサル", "Masaru"), ("茂", "シゲル", "Shigeru"),
    ("清", "キヨシ", "Kiyoshi"), ("進", "ススム", "Susumu"), ("博之", "ヒロユキ", "Hiroyuki"),
    ("秀樹", "ヒデキ", "Hideki"), ("康弘", "ヤスヒロ", "Yasuhiro"), ("智也", "トモヤ", "Tomoya"),
    ("俊介", "シュンスケ", "Shunsuke"),
]
FEMALE = [
    ("陽子", "ヨウコ", "Yoko"), ("恵子", "ケイコ", "Keiko"), ("裕子", "ユウコ", "Yuko"),
    ("美穂", "ミホ", "Miho"), ("真由美", "マユミ", "Mayumi"), ("由美", "ユミ", "Yumi"),
    ("久美子", "クミコ", "Kumiko"), ("智子", "トモコ", "Tomoko"), ("直美", "ナオミ", "Naomi"),
    ("明美", "アケミ", "Akemi"), ("愛", "アイ", "Ai"), ("彩", "アヤ", "Aya"), ("舞", "マイ", "Mai"),
    ("優子", "ユウコ", "Yuko"), ("香織", "カオリ", "Kaori"), ("美咲", "ミサキ", "Misaki"),
    ("さくら", "サクラ", "Sakura"), ("葵", "アオイ", "Aoi"), ("結衣", "ユイ", "Yui"),
    ("陽菜", "ヒナ", "Hina"), ("凛", "リン", "Rin"), ("芽依", "メイ", "Mei"), ("結菜", "ユイナ", "Yuina"),
    ("莉子", "リコ", "Riko"), ("美月", "ミツキ", "Mitsuki"), ("千尋", "チヒロ", "Chihiro"),
    ("麻衣", "マイ", "Mai"), ("沙織", "サオリ", "Saori"), ("理恵", "リエ", "Rie"), ("奈々", "ナナ", "Nana"),
    ("綾香", "アヤカ", "Ayaka"), ("遥", "ハルカ", "Haruka"), ("杏", "アン", "An"),
    ("紀子", "ノリコ", "Noriko"), ("幸子", "サチコ", "Sachiko"), ("京子", "キョウコ", "Kyoko"),
    ("洋子", "ヨウコ", "Yoko"), ("和子", "カズコ", "Kazuko"), ("純子", "ジュンコ", "Junko"),
]

TOWNS = [
    ("東京都", "世田谷区", "桜新町", "154-0015"), ("東京都", "杉並区", "阿佐谷北", "166-0001"),
    ("東京都", "練馬区", "豊玉北", "176-0012"), ("東京都", "大田区", "西蒲田", "144-0051"),
    ("東京都", "江東区", "大島", "136-0072"), ("東京都", "足立区", "綾瀬", "120-0005"),
    ("東京都", "板橋区", "成増", "175-0094"), ("東京都", "品川区", "戸越", "142-0041"),
    ("東京都", "中野区", "野方", "165-0027"), ("東京都", "府中市", "宮町", "183-0023"),
    ("東京都", "調布市", "布田", "182-0024"), ("東京都", "町田市", "原町田", "194-0013"),
    ("神奈川県", "横浜市港北区", "日吉本町", "223-0062"), ("神奈川県", "川崎市中原区", "新丸子町", "211-0005"),
    ("神奈川県", "相模原市中央区", "富士見", "252-0236"), ("神奈川県", "藤沢市", "鵠沼石上", "251-0025"),
    ("埼玉県", "さいたま市浦和区", "高砂", "330-0063"), ("埼玉県", "川口市", "本町", "332-0012"),
    ("埼玉県", "所沢市", "日吉町", "359-1123"), ("埼玉県", "越谷市", "南越谷", "343-0845"),
    ("千葉県", "千葉市中央区", "新町", "260-0028"), ("千葉県", "船橋市", "本町", "273-0005"),
    ("千葉県", "市川市", "八幡", "272-0021"), ("千葉県", "松戸市", "小金", "270-0014"),
]
BUILDINGS = ["コーポ桜", "メゾン緑", "ハイツ若葉", "グランドール", "レジデンス青葉", "サンハイム", "パークサイド"]
BANKS = [
    ("みずほ銀行", ["新宿支店", "渋谷支店", "上野支店", "池袋支店"]),
    ("三菱UFJ銀行", ["大塚支店", "中野支店", "高田馬場支店", "吉祥寺支店"]),
    ("三井住友銀行", ["藤沢支店", "小山支店", "青山支店", "千葉支店"]),
    ("りそな銀行", ["赤羽支店", "荻窪支店", "大森支店"]),
    ("城南信用金庫", ["蒲田支店", "戸越支店", "大井町支店"]),
    ("横浜銀行", ["日吉支店", "武蔵小杉支店", "相模原支店"]),
    ("千葉銀行", ["船橋支店", "市川支店", "松戸支店"]),
]

# (company name, domain, employees, business)
CLIENTS = [
    ("株式会社高橋製作所", "takahashi-ss.co.jp", 96, "製造"),
    ("丸山建設株式会社", "maruyama-kensetsu.co.jp", 70, "建設"),
    ("有限会社森田商店", "morita-shoten.jp", 22, "小売"),
    ("株式会社アオバ食品", "aoba-foods.co.jp", 80, "食品製造"),
    ("株式会社ミナト物流", "minato-logi.co.jp", 58, "物流"),
    ("医療法人社団清和会", "seiwakai.or.jp", 98, "医療"),
    ("株式会社サンライズ企画", "sunrise-kikaku.co.jp", 30, "広告"),
    ("株式会社藤本工務店", "fujimoto-koumuten.co.jp", 44, "建設"),
    ("社会福祉法人はるかぜ会", "harukaze.or.jp", 76, "介護"),
    ("株式会社ネクストリンク", "nextlink.co.jp", 50, "IT"),
    ("株式会社千葉精機", "chiba-seiki.co.jp", 38, "製造"),
    ("合同会社グリーンファーム", "greenfarm.jp", 26, "農業"),
    ("株式会社北斗システム", "hokuto-sys.co.jp", 64, "IT"),
    ("税理士法人中央会計", "chuo-kaikei.jp", 18, "士業"),
    ("株式会社ひまわり保育", "himawari-hoiku.co.jp", 55, "保育"),
]
OFFICE = "さくら労務サポート社会保険労務士法人"
OFFICE_DOMAIN = "sakura-sr.jp"
OFFICE_TEL = "03-6821-4400"
DEPTS = ["総務部", "製造部", "営業部", "管理部", "業務部", "技術部"]

# per-client file plan (indexes into CLIENTS)
KYUYO_XLSX = [0, 3, 5, 8, 11]
KYUYO_CSV = [1, 4, 7, 10, 13]
FUYO_WIDE = [0, 2, 4, 6, 8, 10]
FUYO_JSONL = [1, 3, 5, 9, 11, 13]
GENSEN_R6 = [0, 1, 3, 5, 6, 9, 10, 12]
GENSEN_R5 = [5]
MYNUM_LIST = [0, 3, 5, 10, 12]          # 10: kana only
JUMINZEI = [1, 5, 9, 13]
ATT_EMAIL = [0, 4, 8, 11]
ATT_BARE = [2, 13]
EMAIL_CLIENTS = [0, 4, 8, 9, 11]
DB_CLIENTS = [0, 1, 3, 5, 8, 10]

# --------------------------------------------------------------------------------------------- helpers
_HALF = {}
for _c in range(0xFF66, 0xFF9E):
    _f = unicodedata.normalize("NFKC", chr(_c))
    _HALF.setdefault(_f, chr(_c))
    for _m in ("ﾞ", "ﾟ"):
        _g = unicodedata.normalize("NFKC", chr(_c) + _m)
        if len(_g) == 1 and _g not in _HALF:
            _HALF[_g] = chr(_c) + _m
_HALF["ー"] = "ｰ"
_HALF[" "] = " "
_HALF["　"] = " "


def to_half_kana(s):
    return "".join(_HALF.get(ch, ch) for ch in s)


_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fullwidth_digits(s):
    return s.translate(_FW)


def mynumber_check(d11):
    s = 0
    for n in range(1, 12):
        p = int(d11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def corp_number(rng):
    base = "".join(str(rng.randint(0, 9)) for _ in range(12))
    s = 0
    for n in range(1, 13):
        s += int(base[12 - n]) * (1 if n % 2 else 2)
    return str(9 - s % 9) + base


def wareki(d):
    if d >= dt.date(2019, 5, 1):
        era, y = "令和", d.year - 2018
    elif d >= dt.date(1989, 1, 8):
        era, y = "平成", d.year - 1988
    else:
        era, y = "昭和", d.year - 1925
    ys = "元" if y == 1 else str(y)
    return f"{era}{ys}年{d.month}月{d.day}日"


def fmt_date(d, style):
    if d is None:
        return ""
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "slash1":
        return f"{d.year}/{d.month}/{d.day}"
    if style == "kanji":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "wareki":
        return wareki(d)
    raise ValueError(style)


def rand_date(rng, y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def nname(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).casefold()


# ------------------------------------------------------------------------------------------------ world
class Household:
    def __init__(self, postal, address, home_phone=None):
        self.postal = postal
        self.address = address
        self.home_phone = home_phone


class Person:
    def __init__(self, pid):
        self.pid = pid
        self.fam = self.fk = self.fr = None
        self.giv = self.gk = self.gr = None
        self.old = None  # (fam, fk, fr) before marriage
        self.sex = None
        self.dob = None
        self.hh = None
        self.old_hh = None  # address before a move
        self.mobile = None
        self.email = None
        self.mynum = None
        self.nenkin = None
        self.role = None
        self.client = None
        self.emp_no = None
        self.old_emp_no = None
        self.seiri = None
        self.hire = None
        self.leave = None
        self.bank = None
        self.salary = 0
        self.dept = None
        self.spouse = None
        self.children = []
        self.parent = None
        self.relation = None
        self.disability = ""
        self.licence = None
        self.kenpo = None
        self.passport = None
        self.rehired = False
        self.married_split = False

    # name forms
    def kanji(self, sep=" ", old=False):
        f = self.old[0] if old else self.fam
        return f + sep + self.giv

    def kana(self, sep=" ", old=False):
        f = self.old[1] if old else self.fk
        return f + sep + self.gk

    def romaji(self, style="UP", old=False):
        f = self.old[2] if old else self.fr
        if style == "UP":
            return f"{f.upper()} {self.gr}"
        if style == "cap":
            return f"{f} {self.gr}"
        if style == "ALL":
            return f"{f.upper()} {self.gr.upper()}"
        raise ValueError(style)

    @property
    def phone(self):
        return self.mobile or (self.hh.home_phone if self.hh else None)


class World:
    def __init__(self, rng):
        self.rng = rng
        self.persons = []
        self.keys = {}
        self.used_addr = set()
        self.used_phone = set()
        self.used_mynum = set()
        self.used_email = set()
        self.used_nenkin = set()
        self.clients = []
        self.staff = []

    def new_pid(self):
        p = Person(f"P{len(self.persons) + 1:05d}")
        self.persons.append(p)
        return p

    def household(self, home_phone_p=0.3, town=None):
        rng = self.rng
        while True:
            t = town or rng.choice(TOWNS)
            addr = f"{t[0]}{t[1]}{t[2]}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}番{rng.randint(1, 20)}号"
            if rng.random() < 0.4:
                addr += f" {rng.choice(BUILDINGS)}{rng.randint(1, 5)}0{rng.randint(1, 9)}"
            if addr not in self.used_addr:
                self.used_addr.add(addr)
                break
        hp = None
        if rng.random() < home_phone_p:
            hp = self.phone(landline=True)
        return Household(t[3], addr, hp)

    def phone(self, landline=False):
        rng = self.rng
        while True:
            if landline:
                area = rng.choice(["03", "03", "042", "044", "045", "048", "047", "043"])
                rest = 10 - len(area)
                a = rest - 4
                num = f"{area}-{rng.randint(10 ** (a - 1) * 2, 10 ** a - 1)}-{rng.randint(0, 9999):04d}"
            else:
                num = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"
            if num not in self.used_phone:
                self.used_phone.add(num)
                return num

    def mynumber(self):
        while True:
            d = "".join(str(self.rng.randint(0, 9)) for _ in range(11))
            if d[0] == "0":
                continue
            n = d + str(mynumber_check(d))
            if n not in self.used_mynum:
                self.used_mynum.add(n)
                return n

    def nenkin_no(self):
        while True:
            n = f"{self.rng.randint(1000, 9999)}-{self.rng.randint(0, 999999):06d}"
            if n not in self.used_nenkin:
                self.used_nenkin.add(n)
                return n

    def email_for(self, p, domain, pattern="g.f"):
        base = {"g.f": f"{p.gr.lower()}.{p.fr.lower()}", "f.g": f"{p.fr.lower()}.{p.gr.lower()}",
                "gi.f": f"{p.gr[0].lower()}.{p.fr.lower()}", "f": f"{p.fr.lower()}"}[pattern]
        k = 0
        while True:
            e = f"{base}{k if k else ''}@{domain}"
            if e not in self.used_email:
                self.used_email.add(e)
                return e
            k += 1

    # strong-key registry: refuse a person whose name form + value is already another person's
    def person_keys(self, p):
        forms = []
        fams = [(p.fam, p.fk, p.fr)] + ([p.old] if p.old else [])
        for f in fams:
            forms += [f[0] + p.giv, f[1] + p.gk, f[2] + p.gr]
        vals = [("dob", p.dob.isoformat())]
        for hh in (p.hh, p.old_hh):
            if hh:
                vals.append(("addr", nname(hh.address)))
                if hh.home_phone:
                    vals.append(("tel", hh.home_phone))
        if p.mobile:
            vals.append(("tel", p.mobile))
        out = set()
        for f in forms:
            for v in vals:
                out.add((nname(f),) + v)
        return out

    def register(self, p):
        ks = self.person_keys(p)
        for k in ks:
            if self.keys.get(k, p.pid) != p.pid:
                return False
        for k in ks:
            self.keys[k] = p.pid
        return True

    def make_person(self, sex, dob, hh, fam=None, mobile=True, role=None, given=None):
        rng = self.rng
        p = self.new_pid()
        p.sex, p.hh, p.role = sex, hh, role
        p.mobile = self.phone() if mobile else None
        for attempt in range(200):
            f = fam or rng.choice(FAMILY)
            g = given if (given and attempt == 0) else rng.choice(MALE if sex == "M" else FEMALE)
            p.fam, p.fk, p.fr = f
            p.giv, p.gk, p.gr = g
            p.dob = dob if attempt < 100 else dob + dt.timedelta(days=attempt)
            if f[0] == "山田":
                continue
            if self.register(p):
                break
        else:
            raise RuntimeError("cannot place person")
        p.mynum = self.mynumber()
        return p


class Client:
    def __init__(self, idx, name, domain, size, biz, rng, world):
        self.idx = idx
        self.name = name
        self.domain = domain
        self.size = size
        self.biz = biz
        self.code = f"C{idx + 1:03d}"
        self.corp_no = corp_number(rng)
        self.tel = world.phone(landline=True)
        self.office_code = f"{rng.randint(10, 99)}{'アイウエオカキクケコ'[idx % 10]}{rng.choice('サシスセソ')}"
        self.employees = []  # current and retired (leave set)
        self.contacts = []
        self.staff_main = None
        self.staff_sub = None
        self.next_emp = 1001 if idx % 2 == 0 else 1


def build_world(seed):
    rng = random.Random(seed)
    W = World(rng)

    def adult_dob(age_lo, age_hi):
        return rand_date(rng, 2024 - age_hi, 2024 - age_lo)

    # office staff
    for k in range(12):
        sex = "F" if k % 3 else "M"
        p = W.make_person(sex, adult_dob(24, 64), W.household(), role="staff")
        p.email = W.email_for(p, OFFICE_DOMAIN, "gi.f")
        p.emp_no = f"S{k + 1:02d}"
        p.direct = f"03-6821-44{k + 11:02d}"
        W.used_phone.add(p.direct)
        W.staff.append(p)
        # emergency contact: a parent, own household
        ec = W.make_person("F" if k % 2 else "M", p.dob - dt.timedelta(days=365 * 28 + rng.randint(0, 3000)),
                           W.household(0.8), fam=(p.fam, p.fk, p.fr), mobile=True, role="staff_ec")
        ec.relation = "母" if ec.sex == "F" else "父"
        p.ec = ec

    for i, (name, dom, size, biz) in enumerate(CLIENTS):
        c = Client(i, name, dom, size, biz, rng, W)
        W.clients.append(c)
        c.staff_main = W.staff[i % 12]
        c.staff_sub = W.staff[(i + 5) % 12]
        for k in range(2 if i % 3 == 0 else 1):
            p = W.make_person("F" if (i + k) % 2 else "M", adult_dob(28, 60), W.household(), role="contact")
            p.client = c
            p.email = W.email_for(p, dom, "f.g" if i % 2 else "gi.f")
            tel_tail = c.tel.rsplit("-", 1)
            p.direct = f"{tel_tail[0]}-{(int(tel_tail[1]) + 11 + k) % 10000:04d}"
            if p.direct in W.used_phone:
                p.direct = W.phone(landline=True)
            W.used_phone.add(p.direct)
            p.dept = "総務部"
            c.contacts.append(p)
    return W, rng


def add_employee(W, rng, c, *, sex=None, dob=None, fam=None, hh=None, given=None, hire=None,
                 family=True, mobile=None):
    sex = sex or rng.choice("MF")
    if dob is None:
        age = rng.choice(list(range(19, 66)) + list(range(25, 50)))
        dob = rand_date(rng, 2024 - age, 2024 - age)
    if hh is None:
        hh = W.household()
    if mobile is None:
        mobile = rng.random() < 0.8
    if not mobile and hh.home_phone is None:
        mobile = True
    p = W.make_person(sex, dob, hh, fam=fam, mobile=mobile, role="employee", given=given)
    p.client = c
    p.emp_no = c.next_emp
    c.next_emp += 1
    p.nenkin = W.nenkin_no()
    p.seiri = None
    age = 2024 - p.dob.year
    if hire is None:
        start = max(p.dob.year + 18, 1995)
        hire = rand_date(rng, start, 2024)
        if hire > dt.date(2024, 11, 30):
            hire = dt.date(2024, 11, 1)
    p.hire = hire
    b = rng.choice(BANKS)
    p.bank = (b[0], rng.choice(b[1]), "普通", f"{rng.randint(0, 9999999):07d}")
    p.salary = rng.randint(180, 520) * 1000
    p.dept = rng.choice(DEPTS)
    c.employees.append(p)
    if c.idx in (1, 4) and rng.random() < 0.7:
        p.licence = f"30{rng.randint(10, 24):02d}{rng.randint(0, 999999):06d}{rng.randint(0, 9)}{rng.randint(0, 2)}"
    p.kenpo = (f"{rng.randint(10000000, 99999999)}", None)
    if family and age >= 27 and rng.random() < min(0.75, (age - 24) / 14):
        # dependant spouse (only dependants are persons in the data)
        if rng.random() < (0.55 if sex == "M" else 0.15):
            sdob = p.dob + dt.timedelta(days=rng.randint(-1500, 2500))
            sp = W.make_person("F" if sex == "M" else "M", sdob, hh, fam=(p.fam, p.fk, p.fr),
                               mobile=rng.random() < 0.6, role="dependant")
            sp.relation = "妻" if sp.sex == "F" else "夫"
            sp.parent = p
            p.spouse = sp
        if 27 <= age <= 62:
            n = rng.choices([0, 1, 2, 3], [30, 30, 30, 10])[0]
            for _ in range(n):
                y0 = max(p.dob.year + 22, 2002)
                if y0 > 2024:
                    break
                cdob = rand_date(rng, y0, 2024)
                if cdob > dt.date(2024, 10, 31):
                    continue
                ch = W.make_person(rng.choice("MF"), cdob, hh, fam=(p.fam, p.fk, p.fr), mobile=False,
                                   role="dependant")
                ch.relation = "長男" if ch.sex == "M" else "長女"
                ch.parent = p
                if rng.random() < 0.03:
                    ch.disability = "一般障害者"
                p.children.append(ch)
    return p


def populate(W, rng):
    cl = W.clients
    for c in cl:
        n_current = c.size
        n_retired = rng.randint(2, 5)
        for k in range(n_current):
            add_employee(W, rng, c)
        for k in range(n_retired):
            p = add_employee(W, rng, c, family=False)
            p.leave = rand_date(rng, 2022, 2024)
            if p.leave > dt.date(2024, 11, 30):
                p.leave = dt.date(2024, 11, 30)
            if p.hire >= p.leave:
                p.hire = p.leave - dt.timedelta(days=rng.randint(200, 3000))
    specials = {}
    # 同姓同名 pairs at two clients (same name, different birth date, address, phone)
    pairs = []
    for (a, b), nm, sex in (((0, 6), (FAMILY[1], MALE[5]), "M"), ((3, 11), (FAMILY[9], FEMALE[7]), "F")):
        p1 = add_employee(W, rng, cl[a], sex=sex, fam=nm[0], given=nm[1], family=False,
                          dob=dt.date(1979, 5, 14) if sex == "M" else dt.date(1988, 2, 9))
        p2 = add_employee(W, rng, cl[b], sex=sex, fam=nm[0], given=nm[1], family=False,
                          dob=dt.date(1983, 11, 2) if sex == "M" else dt.date(1991, 7, 23))
        assert p1.kanji("") == p2.kanji(""), "doppelganger naming failed"
        p1.hire = dt.date(2015, 4, 1)
        p2.hire = dt.date(2018, 10, 1)
        pairs.append((p1, p2))
    specials["dousei"] = pairs
    # couples both employed (share address and home phone)
    couples = []
    for a, b in ((3, 3), (8, 8), (0, 4), (5, 9)):
        hh = W.household(home_phone_p=1.0)
        m = add_employee(W, rng, cl[a], sex="M", hh=hh, family=False, mobile=False,
                         dob=rand_date(rng, 1975, 1988))
        f = add_employee(W, rng, cl[b], sex="F", hh=hh, fam=(m.fam, m.fk, m.fr), family=False,
                         mobile=False, dob=m.dob + dt.timedelta(days=rng.randint(-900, 900)))
        m.hire = min(m.hire, dt.date(2023, 4, 1))
        f.hire = min(f.hire, dt.date(2023, 4, 1))
        for _ in range(2):
            cdob = rand_date(rng, max(m.dob.year, f.dob.year) + 25, 2022)
            ch = W.make_person(rng.choice("MF"), cdob, hh, fam=(m.fam, m.fk, m.fr), mobile=False,
                               role="dependant")
            ch.relation = "長男" if ch.sex == "M" else "長女"
            ch.parent = m
            m.children.append(ch)
        couples.append((m, f))
    specials["couples"] = couples
    # a dependant child who is now (also) an employee: child of an employee at client 0 / 5,
    # student part-timer at client 3 / 8
    kids = []
    for pa, cb in ((0, 3), (5, 8)):
        parent = next(p for p in cl[pa].employees
                      if not p.leave and p.children and 1965 <= p.dob.year <= 1975 and
                      all(ch.dob.year <= 2000 or ch.dob.year >= 2002 for ch in p.children))
        cdob = rand_date(rng, 2003, 2005)
        ch = W.make_person("F" if pa == 0 else "M", cdob, parent.hh, fam=(parent.fam, parent.fk, parent.fr),
                           mobile=True, role="dependant")
        ch.relation = "長女" if ch.sex == "F" else "長男"
        ch.parent = parent
        parent.children.append(ch)
        # the same person as an employee of client cb
        ch.client = cl[cb]
        ch.role = "employee"
        ch.emp_no = cl[cb].next_emp
        cl[cb].next_emp += 1
        ch.nenkin = W.nenkin_no()
        ch.hire = dt.date(2024, 7, 1)
        b = rng.choice(BANKS)
        ch.bank = (b[0], rng.choice(b[1]), "普通", f"{rng.randint(0, 9999999):07d}")
        ch.salary = 88000
        ch.dept = "業務部"
        ch.kenpo = (f"{rng.randint(10000000, 99999999)}", None)
        cl[cb].employees.append(ch)
        kids.append(ch)
    specials["child_employee"] = kids
    # re-hired workers (a retiree row with the old number, a current row with a new number)
    rehired = []
    for ci in (1, 5, 8):
        p = add_employee(W, rng, cl[ci], family=False, dob=rand_date(rng, 1970, 1990))
        p.rehired = True
        p.old_emp_no = p.emp_no
        p.emp_no = cl[ci].next_emp
        cl[ci].next_emp += 1
        p.old_hire = dt.date(2012, 4, 1)
        p.old_leave = dt.date(2022, 3, 31)
        p.hire = dt.date(2024, 5, 1)
        rehired.append(p)
    specials["rehired"] = rehired
    # marriage linked by My Number (client 5): old name in last year's 源泉徴収票
    c5 = cl[5]
    w = add_employee(W, rng, c5, sex="F", family=False, dob=dt.date(1994, 8, 17))
    w.hire = dt.date(2019, 4, 1)
    oldfam = FAMILY[7] if w.fam != FAMILY[7][0] else FAMILY[0]
    W.keys = {k: v for k, v in W.keys.items() if v != w.pid}
    w.old = oldfam
    w.old_hh = W.household()
    if not W.register(w):
        raise RuntimeError("marriage registry clash")
    specials["married_linked"] = w
    # marriage not linked: retired from client 2 under the old name, now at client 7 under the new name
    m2 = add_employee(W, rng, cl[7], sex="F", family=False, dob=dt.date(1990, 3, 3))
    m2.hire = dt.date(2023, 9, 1)
    W.keys = {k: v for k, v in W.keys.items() if v != m2.pid}
    m2.old = FAMILY[27] if m2.fam != FAMILY[27][0] else FAMILY[28]
    m2.old_hh = W.household()
    m2.married_split = True
    m2.old_leave = dt.date(2023, 6, 30)
    m2.old_emp_no = cl[2].next_emp
    cl[2].next_emp += 1
    if not W.register(m2):
        raise RuntimeError("marriage registry clash")
    specials["married_split"] = m2
    # movers: address changed during 2024 (住民税 shows the 1 January address)
    movers = []
    for ci, n in ((5, 3), (13, 1)):
        cands = [p for p in cl[ci].employees if not p.leave and not p.old and p.hire < dt.date(2023, 1, 1)
                 and p.spouse is None and not p.children and p.mobile]
        for p in cands[:n]:
            W.keys = {k: v for k, v in W.keys.items() if v != p.pid}
            p.old_hh = p.hh
            p.hh = W.household(home_phone_p=0)
            if not W.register(p):
                raise RuntimeError("mover clash")
            movers.append(p)
    specials["movers"] = movers
    # newborn announced by mail (client 8)
    par = next(p for p in cl[8].employees if not p.leave and p.sex == "M" and p.spouse and p.dob.year >= 1985)
    nb = W.make_person("F", dt.date(2024, 11, 18), par.hh, fam=(par.fam, par.fk, par.fr), mobile=False,
                       role="dependant")
    nb.relation = "長女" if not par.children else "次女"
    nb.parent = par
    nb.newborn = True
    par.children.append(nb)
    specials["newborn"] = nb
    # e-mail addresses for clients that use them; passports for the IT client's travellers
    for c in cl:
        if c.idx in EMAIL_CLIENTS:
            for p in c.employees:
                if not p.leave and not p.email:
                    p.email = W.email_for(p, c.domain, "g.f")
        seiri = 1
        for p in sorted(c.employees, key=lambda q: q.hire):
            p.seiri = seiri
            seiri += 1
    for p in cl[9].employees:
        if not p.leave and rng.random() < 0.25:
            p.passport = f"T{rng.choice('KRZ')}{rng.randint(1000000, 9999999)}"
    return specials


def current(c, on=TODAY):
    return [p for p in c.employees if p.hire <= on and (p.leave is None or p.leave >= on)]


def dependants(p):
    out = []
    if p.spouse:
        out.append(p.spouse)
    out += [ch for ch in p.children if ch.dob.year >= 2002 and not getattr(ch, "newborn", False)]
    return out


# ------------------------------------------------------------------------------------------- recording
class Recorder:
    def __init__(self, root):
        self.root = root
        self.files = {}
        self.apps = []

    def add_file(self, rel, columns=None, hard=None):
        assert rel not in self.files, rel
        ent = {"columns": columns, "hard": hard or []}
        self.files[rel] = ent
        return ent

    def app(self, rel, p, tag=None, names=(), dob=None, address=None, phone=None, email=None, mynum=None,
            where=None, scope="drive"):
        tid = p.pid if tag is None else f"{p.pid}~{tag}"
        self.apps.append({"scope": scope, "file": rel, "where": where, "tid": tid, "pid": p.pid,
                          "names": [n for n in names if n], "dob": dob or None,
                          "address": address or None, "phone": phone or None, "email": email or None,
                          "mynum": mynum or None})

    def path(self, rel):
        full = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        return full


def write_csv(R, rel, header, rows, encoding="utf-8", columns=None, hard=None, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if encoding == "cp932" else "\n", delimiter=delimiter)
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    data = buf.getvalue()
    with open(R.path(rel), "wb") as f:
        if encoding == "utf-8-sig":
            f.write(b"\xef\xbb\xbf" + data.encode("utf-8"))
        else:
            f.write(data.encode(encoding))
    R.add_file(rel, columns if columns is not None else {h: None for h in header}, hard)


def normalize_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2024-12-10T09:00:00Z\g<3>", data)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def write_xlsx(R, rel, sheets, columns=None, hard=None):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, header, rows in sheets:
        ws = wb.create_sheet(title)
        ws.append(header)
        for r in rows:
            ws.append(list(r))
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, dt.date):
                    cell.number_format = "yyyy/mm/dd"
    wb.properties.creator = OFFICE
    wb.properties.created = dt.datetime(2024, 12, 10, 9, 0, 0)
    wb.properties.modified = dt.datetime(2024, 12, 10, 9, 0, 0)
    full = R.path(rel)
    wb.save(full)
    normalize_zip(full)
    if columns is None:
        columns = {}
        for _, header, _ in sheets:
            for h in header:
                columns.setdefault(h, None)
    R.add_file(rel, columns, hard)


def write_text(R, rel, text, encoding="utf-8", columns=None):
    with open(R.path(rel), "wb") as f:
        f.write(text.encode(encoding))
    R.add_file(rel, columns)


def write_docx(R, rel, paragraphs, table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = OFFICE
    cp.created = dt.datetime(2024, 12, 10, 9, 0, 0)
    cp.modified = dt.datetime(2024, 12, 10, 9, 0, 0)
    cp.last_modified_by = OFFICE
    cp.revision = 1
    for para in paragraphs:
        if para.startswith("# "):
            d.add_heading(para[2:], level=1)
        else:
            d.add_paragraph(para)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for k, v in enumerate(row):
                cells[k].text = v
    full = R.path(rel)
    d.save(full)
    normalize_zip(full)
    R.add_file(rel, None)


def mime_word(s):
    if all(ord(ch) < 128 for ch in s):
        return s
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def addr_hdr(disp, email):
    return f"{mime_word(disp)} <{email}>" if disp else email


def eml_text(msg):
    """msg: dict(from, to[list], cc[list], subject, date, id, reply_to, body, b64)"""
    h = [f"From: {msg['from']}", "To: " + ", ".join(msg["to"])]
    if msg.get("cc"):
        h.append("Cc: " + ", ".join(msg["cc"]))
    h.append(f"Subject: {mime_word(msg['subject'])}")
    h.append(f"Date: {msg['date']}")
    h.append(f"Message-ID: <{msg['id']}>")
    if msg.get("reply_to"):
        h.append(f"In-Reply-To: <{msg['reply_to']}>")
    h.append("MIME-Version: 1.0")
    h.append("Content-Type: text/plain; charset=UTF-8")
    if msg.get("b64"):
        h.append("Content-Transfer-Encoding: base64")
        b = base64.encodebytes(msg["body"].encode("utf-8")).decode("ascii")
    else:
        h.append("Content-Transfer-Encoding: 8bit")
        b = msg["body"]
    return "\n".join(h) + "\n\n" + b.rstrip("\n") + "\n"


def quote(body):
    return "\n".join("> " + ln if ln else ">" for ln in body.rstrip("\n").split("\n"))


# ------------------------------------------------------------------------------------------ the drive
def build_drive(R, W, rng, sp):
    cl = W.clients
    name_sep = ["　", " ", "", " ", "　"]

    def nm(p, sep=" ", old=False):
        return p.kanji(sep, old)

    # ---------------- 従業員名簿 (every client) ----------------
    for c in cl:
        i = c.idx
        rel = f"顧問先/{c.code}_{c.name}/従業員名簿_2024年12月.{'xlsx' if i % 5 in (3, 4) else 'csv'}"
        split = i % 5 == 4
        sep = name_sep[i % 5]
        dstyle = ["slash", "iso", "kanji", None, None][i % 5]
        header = ["社員番号"] + (["姓", "名", "セイ", "メイ"] if split else ["氏名", "フリガナ"]) + \
            ["性別", "生年月日", "郵便番号", "住所", "電話番号"] + (["メールアドレス"] if i in EMAIL_CLIENTS else []) + \
            (["運転免許証番号"] if i == 4 else []) + ["所属", "入社日"]
        cols = {"社員番号": None, "氏名": "PERSON", "フリガナ": "PERSON", "姓": "PERSON", "名": "PERSON",
                "セイ": "PERSON", "メイ": "PERSON", "性別": None, "生年月日": "DATE_OF_BIRTH",
                "郵便番号": "POSTAL_CODE", "住所": "ADDRESS", "電話番号": "PHONE", "メールアドレス": "EMAIL",
                "運転免許証番号": "DRIVERS_LICENSE", "所属": None, "入社日": None}
        cols = {h: cols[h] for h in header}
        rows = []
        for p in sorted(current(c), key=lambda q: q.emp_no):
            addr = p.hh.address
            tel = p.phone
            if i == 6:  # full-width digits in address and phone
                addr = fullwidth_digits(addr)
                tel = fullwidth_digits(tel)
            elif i == 10:
                tel = tel.replace("-", "")
            dob = p.dob if dstyle is None else fmt_date(p.dob, dstyle)
            names = [p.fam, p.giv, p.fk, p.gk] if split else [nm(p, sep), p.kana(sep)]
            row = [f"{p.emp_no:04d}" if i % 2 == 0 else f"E{p.emp_no:05d}"] + names + \
                ["男" if p.sex == "M" else "女", dob, p.hh.postal, addr, tel]
            if i in EMAIL_CLIENTS:
                row.append(p.email)
            if i == 4:
                row.append(p.licence or "")
            row += [p.dept, p.hire if dstyle is None else fmt_date(p.hire, dstyle)]
            rows.append(row)
            R.app(rel, p, names=[p.fam + p.giv, p.fk + p.gk] if split else names,
                  dob=p.dob.isoformat(), address=addr, phone=tel, email=p.email if i in EMAIL_CLIENTS else None,
                  where=f"row {len(rows)}")
        if rel.endswith(".xlsx"):
            write_xlsx(R, rel, [("名簿", header, rows)], columns=cols, hard=["入社日"])
        else:
            enc = ["utf-8", "utf-8-sig", "cp932"][i % 3]
            write_csv(R, rel, header, rows, encoding=enc, columns=cols, hard=["入社日"])

    # ---------------- 給与台帳 ----------------
    months = [(10, "2024年10月"), (11, "2024年11月"), (12, "2024年12月")]
    for i in KYUYO_XLSX + KYUYO_CSV:
        c = cl[i]
        header = ["社員番号", "氏名", "生年月日", "基本給", "時間外手当", "総支給額", "健康保険料", "厚生年金保険料",
                  "所得税", "住民税", "差引支給額", "銀行名", "支店名", "預金種目", "口座番号", "口座名義"]
        cols = {h: None for h in header}
        cols.update({"氏名": "PERSON", "生年月日": "DATE_OF_BIRTH", "口座番号": "BANK_ACCOUNT", "口座名義": "PERSON"})
        hard = ["銀行名", "支店名"]
        if i in KYUYO_XLSX:
            rel = f"顧問先/{c.code}_{c.name}/給与台帳_2024年度.xlsx"
            sheets = []
            for m, title in months:
                on = dt.date(2024, m, 25)
                rows = []
                for p in sorted(current(c, on), key=lambda q: q.emp_no):
                    ot = rng.randint(0, 60000)
                    gross = p.salary + ot
                    ded = [gross * 5 // 100, gross * 9 // 100, gross * 3 // 100, rng.randint(5, 30) * 1000]
                    rows.append([p.emp_no, nm(p, ""), p.dob, p.salary, ot, gross] + ded +
                                [gross - sum(ded), p.bank[0], p.bank[1], p.bank[2], p.bank[3],
                                 to_half_kana(p.kana(" "))])
                    R.app(rel, p, names=[nm(p, ""), to_half_kana(p.kana(" "))], dob=p.dob.isoformat(),
                          where=f"sheet {title} row {len(rows)}")
                sheets.append((title, header, rows))
            sheets.append(("集計", ["項目", "金額"], [["総支給額合計", sum(r[5] for r in sheets[-1][2])],
                                                   ["人数", len(sheets[-1][2])]]))
            cols.update({"項目": None, "金額": None})
            write_xlsx(R, rel, sheets, columns=cols, hard=hard)
        else:
            rel = f"顧問先/{c.code}_{c.name}/給与振込一覧_2024年11月.csv"
            rows = []
            for p in sorted(current(c, dt.date(2024, 11, 25)), key=lambda q: q.emp_no):
                gross = p.salary + rng.randint(0, 40000)
                rows.append([p.emp_no, nm(p, " "), fmt_date(p.dob, "slash1"), p.salary, gross - p.salary, gross,
                             gross * 5 // 100, gross * 9 // 100, gross * 3 // 100, 12000,
                             gross * 80 // 100, p.bank[0], p.bank[1], p.bank[2], p.bank[3],
                             to_half_kana(p.kana(""))])
                R.app(rel, p, names=[nm(p, " "), to_half_kana(p.kana(""))], dob=p.dob.isoformat(),
                      where=f"row {len(rows)}")
            write_csv(R, rel, header, rows, encoding="cp932" if i % 2 else "utf-8", columns=cols, hard=hard)

    # ---------------- 扶養控除等申告書 ----------------
    for i in FUYO_WIDE:
        c = cl[i]
        rel = f"年末調整/R6/扶養控除等申告書_{c.code}_{c.name}.csv"
        header = ["社員番号", "氏名", "フリガナ", "生年月日", "住所", "個人番号", "配偶者氏名", "配偶者フリガナ",
                  "配偶者生年月日", "配偶者個人番号"]
        for k in range(1, 5):
            header += [f"扶養親族{k}氏名", f"扶養親族{k}続柄", f"扶養親族{k}生年月日", f"扶養親族{k}個人番号"]
        header += ["障害者区分", "備考"]
        cols = {h: None for h in header}
        for h in header:
            if h.endswith("氏名") or h.endswith("フリガナ"):
                cols[h] = "PERSON"
            elif h.endswith("生年月日"):
                cols[h] = "DATE_OF_BIRTH"
            elif h.endswith("個人番号"):
                cols[h] = "MY_NUMBER"
        cols.update({"住所": "ADDRESS", "障害者区分": "SENSITIVE", "備考": "TEXT"})
        rows = []
        for p in sorted(current(c, dt.date(2024, 11, 1)), key=lambda q: q.emp_no):
            row = [p.emp_no, nm(p, "　"), p.kana(" "), fmt_date(p.dob, "slash"), p.hh.address, p.mynum]
            where = f"row {len(rows) + 1}"
            R.app(rel, p, names=[nm(p, "　"), p.kana(" ")], dob=p.dob.isoformat(), address=p.hh.address,
                  mynum=p.mynum, where=where)
            sp_ = p.spouse
            if sp_:
                row += [nm(sp_, "　"), sp_.kana(" "), fmt_date(sp_.dob, "wareki"), sp_.mynum]
                R.app(rel, sp_, names=[nm(sp_, "　"), sp_.kana(" ")], dob=fmt_date(sp_.dob, "wareki"),
                      mynum=sp_.mynum, where=where + " 配偶者")
            else:
                row += ["", "", "", ""]
            kids = [ch for ch in dependants(p) if ch is not sp_]
            dis = ""
            for k in range(4):
                if k < len(kids):
                    ch = kids[k]
                    row += [nm(ch, "　"), ch.relation, fmt_date(ch.dob, "wareki"), ch.mynum]
                    R.app(rel, ch, names=[nm(ch, "　")], dob=fmt_date(ch.dob, "wareki"), mynum=ch.mynum,
                          where=where + f" 扶養親族{k + 1}")
                    dis = dis or ch.disability
                else:
                    row += ["", "", "", ""]
            row += [dis, "16歳未満の扶養親族を含む" if any(ch.dob.year > 2008 for ch in kids) else ""]
            rows.append(row)
        write_csv(R, rel, header, rows, encoding="utf-8-sig" if i % 4 == 0 else "cp932", columns=cols)
    for i in FUYO_JSONL:
        c = cl[i]
        rel = f"年末調整/R6/扶養親族_{c.code}.jsonl"
        lines = []
        for p in sorted(current(c, dt.date(2024, 11, 1)), key=lambda q: q.emp_no):
            for d in dependants(p):
                emp_obj = {"name": nm(p, " "), "my_number": p.mynum}
                if i not in GENSEN_R6:
                    emp_obj["birth_date"] = p.dob.isoformat()
                rec = {"employee_no": str(p.emp_no), "employee": emp_obj,
                       "dependent": {"name": nm(d, " "), "kana": d.kana(" "), "relation": d.relation,
                                     "birth_date": d.dob.isoformat(), "my_number": d.mynum,
                                     "lives_together": True, "disability": d.disability or None}}
                lines.append(json.dumps(rec, ensure_ascii=False))
                R.app(rel, p, names=[nm(p, " ")], mynum=p.mynum, dob=emp_obj.get("birth_date"),
                      where=f"line {len(lines)} employee")
                R.app(rel, d, names=[nm(d, " "), d.kana(" ")], dob=d.dob.isoformat(), mynum=d.mynum,
                      where=f"line {len(lines)} dependent")
        cols = {"employee_no": None, "employee.name": "PERSON", "employee.my_number": "MY_NUMBER",
                **({} if i in GENSEN_R6 else {"employee.birth_date": "DATE_OF_BIRTH"}),
                "dependent.name": "PERSON", "dependent.kana": "PERSON", "dependent.relation": None,
                "dependent.birth_date": "DATE_OF_BIRTH", "dependent.my_number": "MY_NUMBER",
                "dependent.lives_together": None, "dependent.disability": "SENSITIVE"}
        write_text(R, rel, "\n".join(lines) + "\n", columns=cols)

    # ---------------- 源泉徴収票 (XML) ----------------
    def gensen_xml(c, year, rel):
        on_end = dt.date(year, 12, 31)
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               f'<源泉徴収票一覧 年分="{year}" 支払者="{xesc(c.name)}" 法人番号="{c.corp_no}">']
        n = 0
        for p in sorted(c.employees, key=lambda q: q.emp_no):
            if p.hire > on_end or (p.leave and p.leave.year < year):
                continue
            if year == 2024 and p.leave is None and p.hire > dt.date(2024, 11, 30):
                continue
            old = year == 2023 and p.old is not None and not p.married_split
            moved = year == 2023 and p.old_hh is not None and p.old is None
            hh = p.old_hh if (old or moved) else p.hh
            n += 1
            name = nm(p, " ", old=old)
            kana = p.kana(" ", old=old)
            out.append("  <受給者>")
            out.append(f"    <氏名>{name}</氏名>")
            out.append(f"    <フリガナ>{kana}</フリガナ>")
            out.append(f"    <住所>{xesc(hh.address)}</住所>")
            out.append(f"    <個人番号>{p.mynum}</個人番号>")
            out.append(f"    <支払金額>{p.salary * 14}</支払金額>")
            out.append(f"    <源泉徴収税額>{p.salary * 14 // 40}</源泉徴収税額>")
            if p.leave and p.leave.year == year:
                out.append(f"    <退職年月日>{p.leave.isoformat()}</退職年月日>")
            R.app(rel, p, names=[name, kana], address=hh.address, mynum=p.mynum, where=f"受給者 {n}")
            if year == 2024 and not p.leave:
                for d in dependants(p):
                    if d is p.spouse:
                        out.append("    <控除対象配偶者>")
                        out.append(f"      <氏名>{nm(d, ' ')}</氏名>")
                        out.append(f"      <フリガナ>{d.kana(' ')}</フリガナ>")
                        out.append(f"      <個人番号>{d.mynum}</個人番号>")
                        out.append("    </控除対象配偶者>")
                        R.app(rel, d, names=[nm(d, " "), d.kana(" ")], mynum=d.mynum, where=f"受給者 {n} 配偶者")
                    else:
                        out.append("    <扶養親族>")
                        out.append(f"      <氏名>{nm(d, ' ')}</氏名>")
                        out.append(f"      <続柄>{d.relation}</続柄>")
                        out.append(f"      <個人番号>{d.mynum}</個人番号>")
                        out.append("    </扶養親族>")
                        R.app(rel, d, names=[nm(d, " ")], mynum=d.mynum, where=f"受給者 {n} 扶養親族")
            out.append("  </受給者>")
        out.append("</源泉徴収票一覧>")
        cols = {"氏名": "PERSON", "フリガナ": "PERSON", "住所": "ADDRESS", "個人番号": "MY_NUMBER",
                "支払金額": None, "源泉徴収税額": None, "退職年月日": None}
        if year == 2024:
            cols.update({"控除対象配偶者.氏名": "PERSON", "控除対象配偶者.フリガナ": "PERSON",
                         "控除対象配偶者.個人番号": "MY_NUMBER", "扶養親族.氏名": "PERSON", "扶養親族.続柄": None,
                         "扶養親族.個人番号": "MY_NUMBER"})
        write_text(R, rel, "\n".join(out) + "\n", columns=cols)

    for i in GENSEN_R6:
        gensen_xml(cl[i], 2024, f"年末調整/R6/源泉徴収票_{cl[i].code}.xml")
    for i in GENSEN_R5:
        gensen_xml(cl[i], 2023, f"年末調整/R5/源泉徴収票_{cl[i].code}_令和5年分.xml")

    # ---------------- マイナンバー収集リスト (name + My Number only) ----------------
    for i in MYNUM_LIST:
        c = cl[i]
        rel = f"マイナンバー/収集リスト_{c.code}.json"
        recs = []
        for p in sorted(current(c, dt.date(2024, 11, 30)), key=lambda q: q.emp_no):
            if i == 10:
                recs.append({"カナ氏名": p.kana("　"), "個人番号": p.mynum})
                R.app(rel, p, names=[p.kana("　")], mynum=p.mynum, where=f"records[{len(recs) - 1}]")
            else:
                n_ = nm(p, "　" if i % 2 else "")
                recs.append({"氏名": n_, "個人番号": f"{p.mynum[:4]} {p.mynum[4:8]} {p.mynum[8:]}"})
                R.app(rel, p, names=[n_], mynum=p.mynum, where=f"records[{len(recs) - 1}]")
        doc = {"顧問先": c.name, "収集日": "2024-11-15", "利用目的": "源泉徴収票作成事務・社会保険届出事務",
               "records": recs}
        cols = {"カナ氏名": "PERSON", "個人番号": "MY_NUMBER"} if i == 10 else {"氏名": "PERSON", "個人番号": "MY_NUMBER"}
        write_text(R, rel, json.dumps(doc, ensure_ascii=False, indent=1) + "\n", columns=cols)

    # ---------------- 住民税 特別徴収税額通知 ----------------
    for i in JUMINZEI:
        c = cl[i]
        rel = f"住民税/R6/特別徴収税額一覧_{c.code}.{'xlsx' if i in (5, 13) else 'csv'}"
        header = ["市区町村", "宛名番号", "氏名", "住所", "年税額", "6月分", "7月分以降"]
        cols = {"市区町村": None, "宛名番号": "?", "氏名": "PERSON", "住所": "ADDRESS", "年税額": None,
                "6月分": None, "7月分以降": None}
        rows = []
        for p in sorted(current(c, dt.date(2024, 5, 31)), key=lambda q: q.emp_no):
            hh = p.old_hh if (p.old_hh and p.old is None) else p.hh
            addr = hh.address
            city = next(t[1] for t in TOWNS if addr.startswith(t[0] + t[1]))
            tax = p.salary * 12 // 10 // 100 * 100
            rows.append([city, f"{rng.randint(10000000, 99999999)}", nm(p, " "), addr, tax,
                         tax - tax // 12 * 11, tax // 12])
            R.app(rel, p, names=[nm(p, " ")], address=addr, where=f"row {len(rows)}")
        if rel.endswith("xlsx"):
            write_xlsx(R, rel, [("特別徴収", header, rows)], columns=cols)
        else:
            write_csv(R, rel, header, rows, encoding="cp932", columns=cols)

    # ---------------- 勤怠 (attendance) ----------------
    for i in ATT_EMAIL + ATT_BARE:
        c = cl[i]
        rel = f"勤怠/2024-11/勤怠集計_{c.code}_202411.csv"
        header = ["従業員コード", "氏名", "所属", "出勤日数", "欠勤日数", "残業時間", "有休取得日数"] + \
            (["ログインID"] if i in ATT_EMAIL else [])
        cols = {h: None for h in header}
        cols.update({"氏名": "PERSON", "ログインID": "EMAIL"} if i in ATT_EMAIL else {"氏名": "PERSON"})
        rows = []
        # employees on the roll in November who are still on the 名簿 (their login e-mail is there too)
        for p in sorted([q for q in current(c) if q.hire <= dt.date(2024, 11, 1)], key=lambda q: q.emp_no):
            n_ = nm(p, " ")
            row = [p.emp_no, n_, p.dept, rng.randint(15, 22), rng.randint(0, 2), f"{rng.randint(0, 45)}:{rng.choice(['00', '15', '30', '45'])}",
                   rng.randint(0, 3)]
            if i in ATT_EMAIL:
                row.append(p.email.upper() if (i == 8 and p.emp_no % 7 == 0) else p.email)
                R.app(rel, p, names=[n_], email=row[-1], where=f"row {len(rows) + 1}")
            else:
                R.app(rel, p, tag="att", names=[n_], where=f"row {len(rows) + 1} (bare name)")
            rows.append(row)
        write_csv(R, rel, header, rows, encoding="utf-8", columns=cols)

    # ---------------- 退職者一覧 (several sheets + 全件 repeating them) ----------------
    rel = "社会保険/退職者一覧_2022-2024.xlsx"
    header = ["顧問先", "社員番号", "氏名", "生年月日", "退職日", "退職理由", "退職後住所", "離職票送付追跡番号"]
    cols = {"顧問先": None, "社員番号": None, "氏名": "PERSON", "生年月日": "DATE_OF_BIRTH", "退職日": None,
            "退職理由": None, "退職後住所": "ADDRESS", "離職票送付追跡番号": None}
    by_year = defaultdict(list)
    for c in cl:
        for p in c.employees:
            if p.leave:
                by_year[p.leave.year].append((c, p, p.emp_no, p.leave, p.hh.address, False))
            if p.rehired:
                by_year[p.old_leave.year].append((c, p, p.old_emp_no, p.old_leave, p.hh.address, False))
    m2 = sp["married_split"]
    by_year[m2.old_leave.year].append((cl[2], m2, m2.old_emp_no, m2.old_leave, m2.old_hh.address, True))
    sheets = []
    allrows = []
    reasons = ["自己都合", "契約期間満了", "定年", "自己都合", "会社都合"]
    for y in (2022, 2023, 2024):
        rows = []
        for c, p, eno, lv, addr, old in sorted(by_year[y], key=lambda t: (t[3], t[0].idx, t[2])):
            track = f"{rng.randint(10 ** 11, 10 ** 12 - 1)}"
            n_ = nm(p, " ", old=old)
            rows.append([c.name, eno, n_, p.dob, lv, rng.choice(reasons), addr, track])
            tag = "maiden" if old else None
            R.app(rel, p, tag=tag, names=[n_], dob=p.dob.isoformat(), address=addr,
                  where=f"sheet {y}年 row {len(rows)}")
        sheets.append((f"{y}年", header, rows))
        allrows += rows
    for k, r in enumerate(allrows):
        # the 全件 sheet repeats the same persons (same keys)
        c_name, eno, n_, dob, lv, rs, addr, track = r
        p = next(a for a in R.apps if a["file"] == rel and a["names"][0] == n_ and a["dob"] == dob.isoformat())
        R.apps.append(dict(p, where=f"sheet 全件 row {k + 1}"))
    sheets.append(("全件", header, allrows))
    write_xlsx(R, rel, sheets, columns=cols, hard=["顧問先", "離職票送付追跡番号", "退職日"])

    # ---------------- 算定基礎届 ----------------
    for part, idxs in (("A", range(0, 7)), ("B", range(7, 15))):
        rows = []
        ext = "csv" if part == "A" else "xlsx"
        rel = f"社会保険/R6/算定基礎届_R6_{part}.{ext}"
        header = ["事業所名", "被保険者整理番号", "氏名", "生年月日", "従前標準報酬月額", "報酬月額4月", "報酬月額5月",
                  "報酬月額6月"]
        cols = {h: None for h in header}
        cols.update({"被保険者整理番号": "?", "氏名": "PERSON", "生年月日": "DATE_OF_BIRTH"})
        for i in idxs:
            c = cl[i]
            for p in sorted(current(c, dt.date(2024, 7, 1)), key=lambda q: q.seiri):
                if p.hire > dt.date(2024, 5, 31):
                    continue
                dob = fmt_date(p.dob, "wareki") if part == "A" else p.dob
                rows.append([c.name, p.seiri, nm(p, "　" if part == "A" else " "), dob, p.salary, p.salary + 10000,
                             p.salary + 12000, p.salary + 8000])
                R.app(rel, p, names=[rows[-1][2]], dob=fmt_date(p.dob, "wareki") if part == "A" else p.dob.isoformat(),
                      where=f"row {len(rows)}")
        if part == "A":
            write_csv(R, rel, header, rows, encoding="cp932", columns=cols, hard=["事業所名"])
        else:
            write_xlsx(R, rel, [("算定基礎届", header, rows)], columns=cols, hard=["事業所名"])

    # ---------------- 資格取得届 (hires April-November 2024) ----------------
    quarters = [("4-6月", 4, 6), ("7-9月", 7, 9), ("10-12月", 10, 12)]
    for title, m0, m1 in quarters:
        rel = f"社会保険/R6/資格取得届_R6_{title}.csv"
        header = ["事業所名", "被保険者整理番号", "氏名", "氏名カナ", "生年月日", "性別", "個人番号", "基礎年金番号",
                  "郵便番号", "住所", "資格取得年月日", "報酬月額"]
        cols = {h: None for h in header}
        cols.update({"被保険者整理番号": "?", "氏名": "PERSON", "氏名カナ": "PERSON", "生年月日": "DATE_OF_BIRTH",
                     "個人番号": "MY_NUMBER", "基礎年金番号": "PENSION_NUMBER", "郵便番号": "POSTAL_CODE",
                     "住所": "ADDRESS"})
        rows = []
        for c in cl:
            for p in sorted(c.employees, key=lambda q: q.emp_no):
                if not (p.hire.year == 2024 and m0 <= p.hire.month <= m1):
                    continue
                with_mn = (p.emp_no % 3) != 0
                kana_h = to_half_kana(p.kana(" "))
                row = [c.name, p.seiri, nm(p, " "), kana_h, fmt_date(p.dob, "wareki"),
                       "1" if p.sex == "M" else "2",
                       p.mynum if with_mn else "", "" if with_mn else p.nenkin,
                       "" if with_mn else p.hh.postal, "" if with_mn else p.hh.address,
                       fmt_date(p.hire, "wareki"), p.salary]
                rows.append(row)
                R.app(rel, p, names=[nm(p, " "), kana_h], dob=fmt_date(p.dob, "wareki"),
                      mynum=p.mynum if with_mn else None, address=None if with_mn else p.hh.address,
                      where=f"row {len(rows)}")
        write_csv(R, rel, header, rows, encoding="cp932", columns=cols, hard=["事業所名", "資格取得年月日"])

    # ---------------- HR system export in romaji (client 9) + travellers' list ----------------
    c = cl[9]
    rel = f"顧問先/{c.code}_{c.name}/hr_export_employees.json"
    recs = []
    for p in sorted(current(c), key=lambda q: q.emp_no):
        ecp = W.make_person("F" if p.emp_no % 2 else "M", p.dob - dt.timedelta(days=365 * 27 + p.emp_no * 13),
                            W.household(1.0), fam=(p.fam, p.fk, p.fr), mobile=p.emp_no % 3 != 0,
                            role="emergency")
        rec = {"employee_code": f"NL-{p.emp_no:04d}", "name": p.romaji("UP"), "email": p.email,
               "birthday": p.dob.isoformat(), "department": p.dept,
               "emergency_contact": {"name": nm(ecp, " "), "relation": "母" if ecp.sex == "F" else "父",
                                     "phone": ecp.phone}}
        recs.append(rec)
        R.app(rel, p, names=[p.romaji("UP")], dob=p.dob.isoformat(), email=p.email, where=f"[{len(recs) - 1}]")
        R.app(rel, ecp, names=[nm(ecp, " ")], phone=ecp.phone, where=f"[{len(recs) - 1}].emergency_contact")
    write_text(R, rel, json.dumps(recs, ensure_ascii=False, indent=2) + "\n",
               columns={"employee_code": None, "name": "PERSON", "email": "EMAIL", "birthday": "DATE_OF_BIRTH",
                        "department": None, "emergency_contact.name": "PERSON", "emergency_contact.relation": None,
                        "emergency_contact.phone": "PHONE"})
    rel = f"顧問先/{c.code}_{c.name}/overseas_trip_2024.csv"
    rows = []
    for p in sorted(current(c), key=lambda q: q.emp_no):
        if p.passport:
            rows.append([p.romaji("cap"), fmt_date(p.dob, "slash"), p.passport, "Singapore", "2024-10-07"])
            R.app(rel, p, names=[p.romaji("cap")], dob=p.dob.isoformat(), where=f"row {len(rows)}")
    write_csv(R, rel, ["Name", "Date of Birth", "Passport No.", "Destination", "Departure"], rows,
              columns={"Name": "PERSON", "Date of Birth": "DATE_OF_BIRTH", "Passport No.": "PASSPORT",
                       "Destination": None, "Departure": None}, hard=["Departure"])

    # ---------------- 研修参加者 (kana names only: nothing links them) ----------------
    rel = "研修/ハラスメント防止研修_受講者_2024-09.csv"
    rows = []
    for i in (1, 6, 12, 14):
        for p in sorted(current(cl[i], dt.date(2024, 9, 1)), key=lambda q: q.emp_no)[3:5]:
            rows.append(["ハラスメント防止研修（管理職向け）", p.kana(" "), cl[i].name, "受講済"])
            R.app(rel, p, tag="kana", names=[p.kana(" ")], where=f"row {len(rows)} (bare kana name)")
    write_csv(R, rel, ["研修名", "受講者カナ", "所属", "状況"], rows,
              columns={"研修名": None, "受講者カナ": "PERSON", "所属": None, "状況": None}, hard=["所属"])

    # ---------------- office files ----------------
    rel = "事務所/職員名簿.xlsx"
    s1 = []
    s2 = []
    for p in W.staff:
        s1.append([p.emp_no, nm(p, " "), p.kana(" "), p.romaji("cap"), p.dob, p.hh.address, p.mobile, p.email,
                   p.direct, f"{13000000 + W.staff.index(p) * 137 + 11}"])
        R.app(rel, p, names=[nm(p, " "), p.kana(" "), p.romaji("cap")], dob=p.dob.isoformat(),
              address=p.hh.address, phone=p.mobile, email=p.email, where=f"sheet 職員 row {len(s1)}")
        s2.append([nm(p, ""), p.mobile, nm(p.ec, " "), p.ec.relation, p.ec.phone])
        R.app(rel, p, names=[nm(p, "")], phone=p.mobile, where=f"sheet 緊急連絡先 row {len(s2)} 職員")
        R.app(rel, p.ec, names=[nm(p.ec, " ")], phone=p.ec.phone, where=f"sheet 緊急連絡先 row {len(s2)} 連絡先")
    write_xlsx(R, rel, [("職員", ["職員番号", "氏名", "フリガナ", "ローマ字", "生年月日", "住所", "携帯電話", "メール",
                                 "直通電話", "社労士登録番号"], s1),
                        ("緊急連絡先", ["職員氏名", "職員携帯", "連絡先氏名", "続柄", "連絡先電話"], s2)],
               columns={"職員番号": None, "氏名": "PERSON", "フリガナ": "PERSON", "ローマ字": "PERSON",
                        "生年月日": "DATE_OF_BIRTH", "住所": "ADDRESS", "携帯電話": "PHONE", "メール": "EMAIL",
                        "直通電話": "PHONE", "社労士登録番号": "?", "職員氏名": "PERSON", "職員携帯": "PHONE",
                        "連絡先氏名": "PERSON", "続柄": None, "連絡先電話": "PHONE"})
    rel = "事務所/顧問先担当者一覧.csv"
    rows = []
    for c in cl:
        for p in c.contacts:
            rows.append([c.name, nm(p, " "), p.romaji("cap"), p.dept, p.email, p.direct, c.tel])
            R.app(rel, p, names=[nm(p, " "), p.romaji("cap")], email=p.email, phone=p.direct, where=f"row {len(rows)}")
    write_csv(R, rel, ["顧問先", "担当者氏名", "ローマ字", "部署", "メール", "直通電話", "代表電話"], rows,
              encoding="utf-8-sig",
              columns={"顧問先": None, "担当者氏名": "PERSON", "ローマ字": "PERSON", "部署": None, "メール": "EMAIL",
                       "直通電話": "PHONE", "代表電話": "?"}, hard=["顧問先"])
    rel = "事務所/担当割当表.csv"
    rows = []
    for c in cl:
        rows.append([c.code, c.name, nm(c.staff_main, ""), c.staff_main.email, nm(c.staff_sub, ""), c.staff_sub.email])
        R.app(rel, c.staff_main, names=[nm(c.staff_main, "")], email=c.staff_main.email, where=f"row {len(rows)} 主担当")
        R.app(rel, c.staff_sub, names=[nm(c.staff_sub, "")], email=c.staff_sub.email, where=f"row {len(rows)} 副担当")
    write_csv(R, rel, ["顧問先コード", "顧問先", "主担当", "主担当メール", "副担当", "副担当メール"], rows,
              columns={"顧問先コード": None, "顧問先": None, "主担当": "PERSON", "主担当メール": "EMAIL",
                       "副担当": "PERSON", "副担当メール": "EMAIL"}, hard=["顧問先"])
    rel = "事務所/顧問先一覧.xlsx"
    rows = [[c.code, c.name, c.corp_no, c.tel, f"info@{c.domain}", c.biz, len(current(c))] for c in cl]
    write_xlsx(R, rel, [("顧問先", ["顧問先コード", "会社名", "法人番号", "代表電話", "問い合わせ先", "業種", "従業員数"], rows)],
               columns={"顧問先コード": None, "会社名": None, "法人番号": "CORPORATE_NUMBER", "代表電話": "?",
                        "問い合わせ先": "?", "業種": None, "従業員数": None}, hard=["会社名"])

    build_prose(R, W, rng, sp)
    build_zero(R, W, rng)


# ------------------------------------------------------------------------------------------------ prose
def build_prose(R, W, rng, sp):
    cl = W.clients

    def nm(p, sep=" ", old=False):
        return p.kanji(sep, old)

    def sig_contact(p):
        c = p.client
        return (f"--\n{c.name}\n{p.dept} {nm(p, ' ')}\nTEL：{c.tel}（代表）／直通：{p.direct}\n"
                f"E-mail：{p.email}\n")

    def sig_staff(p):
        return (f"━━━━━━━━━━━━━━━━\n{OFFICE}\n社会保険労務士 {nm(p, ' ')}\n"
                f"〒160-0022 東京都新宿区新宿2丁目5番10号 新宿第一ビル6階\n"
                f"TEL：{OFFICE_TEL}（代表）　直通：{p.direct}\nMail：{p.email}\n━━━━━━━━━━━━━━━━\n")

    def rec_contact(rel, p, where, sig=True, header=True):
        if header:
            R.app(rel, p, names=[nm(p, " ")], email=p.email, where=where + " header")
        if sig:
            R.app(rel, p, names=[nm(p, " ")], phone=p.direct, email=p.email, where=where + " signature")

    def dateh(k):
        d = dt.datetime(2024, 10, 1, 9, 30) + dt.timedelta(days=k * 3, minutes=k * 37)
        return d.strftime("%a, %d %b %Y %H:%M:%S +0900")

    def emp_block(rel, p, where, fields, old=False):
        lines = [f"氏名：{nm(p, ' ')}"]
        kw = {"names": [nm(p, " ")]}
        if "kana" in fields:
            lines.append(f"フリガナ：{p.kana(' ')}")
            kw["names"].append(p.kana(" "))
        if "dob" in fields:
            lines.append(f"生年月日：{fmt_date(p.dob, fields['dob'])}")
            kw["dob"] = fmt_date(p.dob, fields["dob"])
        if "addr" in fields:
            lines.append(f"住所：〒{p.hh.postal} {p.hh.address}")
            kw["address"] = p.hh.address
        if "tel" in fields:
            lines.append(f"電話：{p.phone}")
            kw["phone"] = p.phone
        if "mail" in fields:
            lines.append(f"メール：{p.email}")
            kw["email"] = p.email
        R.app(rel, p, where=where, **kw)
        return "\n".join(lines)

    mails = []

    # M1: new hires at client 4, reply quoting the whole message
    c = cl[4]
    ct, st = c.contacts[0], c.staff_main
    hires = sorted(current(c), key=lambda q: (q.hire, q.emp_no), reverse=True)[:2]
    rel = f"メール/{c.code}/入社手続のお願い.eml"
    body = f"{c.staff_main.fam}先生\n\nいつもお世話になっております。{c.name}の{ct.fam}です。\n" \
           f"下記の者が入社しましたので、資格取得届の作成をお願いいたします。\n\n"
    for k, p in enumerate(hires):
        body += f"【{k + 1}】\n" + emp_block(rel, p, f"msg1 body {k}", {"kana": 1, "dob": "kanji", "addr": 1, "tel": 1}) + \
            f"\n入社日：{fmt_date(p.hire, 'kanji')}\n\n"
    body += "よろしくお願いいたします。\n\n" + sig_contact(ct)
    rec_contact(rel, ct, "msg1")
    m1 = {"from": addr_hdr(nm(ct, " "), ct.email), "to": [addr_hdr(nm(st, " "), st.email)],
          "cc": [f"soumu@{c.domain}"], "subject": "【入社手続】新入社員の資格取得届について", "date": dateh(1),
          "id": f"20241004.1@{c.domain}", "body": body}
    R.app(rel, st, names=[nm(st, " ")], email=st.email, where="msg1 To")
    body2 = f"{ct.fam}様\n\nお世話になっております。{OFFICE}の{st.fam}です。\n" \
            f"2名分承知いたしました。本日中に電子申請いたします。\n\n" + sig_staff(st) + "\n" + \
            f"-----Original Message-----\n" + quote(body) + "\n"
    for k, p in enumerate(hires):
        R.app(rel, p, names=[nm(p, " "), p.kana(" ")], dob=fmt_date(p.dob, "kanji"), address=p.hh.address,
              phone=p.phone, where=f"reply quoted {k}")
    rec_contact(rel, ct, "reply quoted", header=False)
    R.app(rel, st, names=[nm(st, " ")], phone=st.direct, email=st.email, where="reply signature")
    m1b = {"from": addr_hdr(nm(st, " "), st.email), "to": [addr_hdr(nm(ct, " "), ct.email)],
           "cc": [f"soumu@{c.domain}"], "subject": "Re: 【入社手続】新入社員の資格取得届について", "date": dateh(2),
           "id": f"20241005.1@{OFFICE_DOMAIN}", "reply_to": m1["id"], "body": body2}
    write_text(R, rel, eml_text(m1b))   # the reply quotes the original; the file is the reply

    # M2: retirement notice (client 1)
    c = cl[1]
    ct, st = c.contacts[0], c.staff_main
    ret = sorted([p for p in c.employees if p.leave], key=lambda q: (-q.leave.year, q.emp_no))[0]
    rel = f"メール/{c.code}/退職者の手続について.eml"
    body = f"{OFFICE}\n{st.fam}様\n\nお世話になります。{c.name}総務の{ct.fam}です。\n" \
           f"以下の社員が退職しましたので、資格喪失届と離職票の手続をお願いします。\n\n" + \
           emp_block(rel, ret, "body", {"dob": "slash"}) + \
           f"\n退職日：{fmt_date(ret.leave, 'kanji')}\n退職後の住所：{ret.hh.address}\n" \
           f"（離職票は上記住所へ郵送してください）\n\n" + sig_contact(ct)
    R.app(rel, ret, names=[nm(ret, " ")], address=ret.hh.address, where="body 退職後の住所")
    rec_contact(rel, ct, "msg")
    R.app(rel, st, names=[nm(st, " ")], email=st.email, where="To")
    write_text(R, rel, eml_text({"from": addr_hdr(nm(ct, " "), ct.email), "to": [addr_hdr(nm(st, " "), st.email)],
                                 "cc": [f"info@{OFFICE_DOMAIN}"], "subject": "退職者の手続について",
                                 "date": dateh(3), "id": f"r1@{c.domain}", "body": body}))

    # M3: birth of a child (client 8), romaji display name in From
    nb = sp["newborn"]
    par = nb.parent
    c = cl[8]
    ct, st = c.contacts[0], c.staff_main
    rel = f"メール/{c.code}/扶養追加_出生.eml"
    body = f"{st.fam}様\n\n{c.name}の{ct.fam}です。\n職員に子が生まれましたので、健康保険の被扶養者異動届をお願いします。\n\n" \
           f"＜被保険者＞\n" + emp_block(rel, par, "body 被保険者", {"dob": "iso"}) + \
           f"\n\n＜被扶養者（新生児）＞\n氏名：{nm(nb, ' ')}（{nb.kana(' ')}）\n続柄：{nb.relation}\n" \
           f"生年月日：{fmt_date(nb.dob, 'wareki')}\n住所：{nb.hh.address}（被保険者と同居）\n\n" + sig_contact(ct)
    R.app(rel, nb, names=[nm(nb, " "), nb.kana(" ")], dob=fmt_date(nb.dob, "wareki"), address=nb.hh.address,
          where="body 新生児")
    R.app(rel, ct, names=[ct.romaji("UP")], email=ct.email, where="From header (romaji)")
    R.app(rel, ct, names=[nm(ct, " ")], phone=ct.direct, email=ct.email, where="signature")
    R.app(rel, st, email=st.email, names=[], where="To (address only)")
    write_text(R, rel, eml_text({"from": addr_hdr(ct.romaji("UP"), ct.email), "to": [st.email],
                                 "subject": "被扶養者の追加（出生）", "date": dateh(15),
                                 "id": f"b1@{c.domain}", "body": body}))

    # M4: change of address (client 13): old and new address of one person
    mv = [p for p in sp["movers"] if p.client.idx == 13][0]
    c = cl[13]
    ct, st = c.contacts[0], c.staff_main
    rel = f"メール/{c.code}/住所変更の連絡.eml"
    body = f"{st.fam}先生\n\nお世話になっております。{ct.fam}です。\n職員の住所が変わりましたのでご連絡します。\n\n" \
           f"氏名　{nm(mv, '　')}\n生年月日　{fmt_date(mv.dob, 'kanji')}\n" \
           f"旧住所　{mv.old_hh.address}\n新住所　{mv.hh.address}\n携帯　{mv.mobile}\n\n" \
           f"住民税の通知は旧住所のままになっていると思います。\n\n" + sig_contact(ct)
    R.app(rel, mv, names=[nm(mv, "　")], dob=fmt_date(mv.dob, "kanji"), address=mv.old_hh.address,
          where="body 旧住所")
    R.app(rel, mv, names=[nm(mv, "　")], address=mv.hh.address, phone=mv.mobile, where="body 新住所")
    rec_contact(rel, ct, "msg")
    R.app(rel, st, names=[nm(st, " ")], email=st.email, where="To")
    write_text(R, rel, eml_text({"from": addr_hdr(nm(ct, " "), ct.email), "to": [addr_hdr(nm(st, " "), st.email)],
                                 "subject": "住所変更の連絡", "date": dateh(18), "id": f"a1@{c.domain}",
                                 "body": body}))

    # M5: base64 body, encoded headers; office asks client 3 about 算定 for three employees
    c = cl[3]
    ct, st = c.contacts[1], c.staff_main
    emps = [p for p in current(c, dt.date(2024, 7, 1)) if p.hire < dt.date(2024, 1, 1)][5:8]
    rel = f"メール/{c.code}/算定基礎届の確認.eml"
    body = f"{c.name}\n{ct.fam} {ct.giv}様\n\n{OFFICE}の{st.fam}です。\n算定基礎届の作成にあたり、以下の方の" \
           f"4月〜6月の報酬に大きな変動がありましたので、確認をお願いします。\n\n"
    for k, p in enumerate(emps):
        body += f"・{nm(p, '')}さん\n　（生年月日 {fmt_date(p.dob, 'wareki')}、整理番号 {p.seiri}）\n"
        R.app(rel, p, names=[nm(p, "")], dob=fmt_date(p.dob, "wareki"), where=f"body {k}")
    body += "\nご確認のほどよろしくお願いいたします。\n\n" + sig_staff(st)
    R.app(rel, st, names=[nm(st, " ")], email=st.email, where="From")
    R.app(rel, st, names=[nm(st, " ")], phone=st.direct, email=st.email, where="signature")
    R.app(rel, ct, names=[nm(ct, " ")], email=ct.email, where="To")
    write_text(R, rel, eml_text({"from": addr_hdr(nm(st, " "), st.email), "to": [addr_hdr(nm(ct, " "), ct.email)],
                                 "cc": [addr_hdr(nm(c.staff_sub, " "), c.staff_sub.email)],
                                 "subject": "算定基礎届の確認のお願い", "date": dateh(6), "id": f"s1@{OFFICE_DOMAIN}",
                                 "body": body, "b64": True}))
    R.app(rel, c.staff_sub, names=[nm(c.staff_sub, " ")], email=c.staff_sub.email, where="Cc")

    # M6: e-Gov notice from a no-reply address to one staff member (the only person: the recipient)
    st = W.staff[2]
    rel = "メール/e-Gov/到達通知_20241105.eml"
    body = "e-Govからのお知らせ\n\n以下の申請が到達しました。\n到達番号：20241105123456789012\n" \
           f"手続名：健康保険・厚生年金保険被保険者資格取得届\n提出先：新宿年金事務所\n申請事業所：{cl[4].name}\n\n" \
           "※このメールは送信専用です。返信できません。\n"
    R.app(rel, st, email=st.email, names=[], where="To")
    write_text(R, rel, eml_text({"from": "e-Gov <noreply@e-gov.go.jp>", "to": [st.email],
                                 "subject": "【e-Gov】到達のお知らせ", "date": dateh(12), "id": "n1@e-gov.go.jp",
                                 "body": body}))

    # M7: corrected My Number of a spouse (client 0)
    c = cl[0]
    ct, st = c.contacts[0], c.staff_main
    emp = next(p for p in current(c) if p.spouse)
    rel = f"メール/{c.code}/年末調整_個人番号の訂正.eml"
    body = f"{st.fam}様\n\n{c.name}の{ct.fam}です。\n先日お送りした扶養控除等申告書のうち、" \
           f"社員番号{emp.emp_no}　{nm(emp, ' ')}（{fmt_date(emp.dob, 'slash')}生）の配偶者の個人番号に誤りがありました。\n\n" \
           f"配偶者：{nm(emp.spouse, ' ')}\n正しい個人番号：{emp.spouse.mynum}\n\n差し替えをお願いします。\n\n" + sig_contact(ct)
    R.app(rel, emp, names=[nm(emp, " ")], dob=fmt_date(emp.dob, "slash"), where="body 社員")
    R.app(rel, emp.spouse, names=[nm(emp.spouse, " ")], mynum=emp.spouse.mynum, where="body 配偶者")
    rec_contact(rel, ct, "msg")
    R.app(rel, st, names=[nm(st, " ")], email=st.email, where="To")
    write_text(R, rel, eml_text({"from": addr_hdr(nm(ct, " "), ct.email), "to": [addr_hdr(nm(st, " "), st.email)],
                                 "cc": [f"keiri@{c.domain}"], "subject": "年末調整　個人番号の訂正",
                                 "date": dateh(20), "id": f"y1@{c.domain}", "body": body}))

    # M8: internal mail between staff about a client employee (client 12)
    c = cl[12]
    s1, s2, s3 = c.staff_main, c.staff_sub, W.staff[0]
    emp = current(c)[10]
    rel = "メール/所内/休職者の社会保険料について.eml"
    body = f"{s2.fam}さん\n\n{c.name}の件です。\n休職中の方の社会保険料の徴収方法について、先方から質問がありました。\n\n" + \
           emp_block(rel, emp, "body", {"dob": "kanji", "tel": 1}) + \
           "\n休職期間：2024年9月1日〜2025年2月28日（予定）\n\n明日の所内会議で相談させてください。\n\n" + sig_staff(s1)
    R.app(rel, s1, names=[nm(s1, " ")], email=s1.email, where="From")
    R.app(rel, s1, names=[nm(s1, " ")], phone=s1.direct, email=s1.email, where="signature")
    R.app(rel, s2, names=[nm(s2, " ")], email=s2.email, where="To")
    R.app(rel, s3, names=[nm(s3, " ")], email=s3.email, where="Cc")
    write_text(R, rel, eml_text({"from": addr_hdr(nm(s1, " "), s1.email), "to": [addr_hdr(nm(s2, " "), s2.email)],
                                 "cc": [addr_hdr(nm(s3, " "), s3.email), f"info@{OFFICE_DOMAIN}"],
                                 "subject": "休職者の社会保険料について", "date": dateh(22),
                                 "id": f"i1@{OFFICE_DOMAIN}", "body": body}))

    # M9: vendor advertisement: no person
    rel = "メール/その他/給与計算ソフト新バージョンのご案内.eml"
    body = "社会保険労務士事務所 ご担当者様\n\n平素より格別のお引き立てを賜り厚く御礼申し上げます。\n" \
           "給与計算ソフト「ロウムマスター」2025年版のご案内です。\n定額減税対応、年末調整電子化に対応しました。\n\n" \
           "株式会社ロウムシステム 営業部\nTEL：03-5200-1000（代表）\nMail：sales@roumu-system.jp\n"
    write_text(R, rel, eml_text({"from": "株式会社ロウムシステム <sales@roumu-system.jp>",
                                 "to": [f"info@{OFFICE_DOMAIN}"], "subject": "【ご案内】ロウムマスター2025",
                                 "date": dateh(9), "id": "ad1@roumu-system.jp", "body": body}))

    # mbox 1: 育休 thread (client 5), three messages with quoting
    c = cl[5]
    ct, st = c.contacts[0], c.staff_main
    emp = next(p for p in current(c) if p.sex == "F" and p.spouse is None and not p.children
               and 1988 <= p.dob.year <= 1996 and not p.old and p.mobile)
    partner = W.make_person("M", emp.dob - dt.timedelta(days=700), emp.hh, fam=(emp.fam, emp.fk, emp.fr),
                            mobile=True, role="partner")
    rel = f"メール/{c.code}/育児休業の件.mbox"
    b1 = f"{st.fam}先生\n\n{c.name}の{ct.fam}です。\n看護師の職員が産休・育休を取得予定です。\n\n" + \
         emp_block(rel, emp, "msg1 body", {"dob": "kanji", "tel": 1}) + \
         "\n出産予定日：2025年2月10日\n\n手続の流れを教えてください。\n\n" + sig_contact(ct)
    rec_contact(rel, ct, "msg1")
    R.app(rel, st, names=[nm(st, " ")], email=st.email, where="msg1 To")
    b2 = f"{ct.fam}様\n\n{st.fam}です。\n産前産後休業取得者申出書、育児休業給付の手続が必要です。\n" \
         f"配偶者の方も育休を取られる場合は、パパ・ママ育休プラスの対象になります。\n\n" + sig_staff(st) + "\n" + quote(b1) + "\n"
    R.app(rel, st, names=[nm(st, " ")], email=st.email, where="msg2 From")
    R.app(rel, st, names=[nm(st, " ")], phone=st.direct, email=st.email, where="msg2 signature")
    R.app(rel, emp, names=[nm(emp, " ")], dob=fmt_date(emp.dob, "kanji"), phone=emp.phone, where="msg2 quoted")
    rec_contact(rel, ct, "msg2 quoted", header=False)
    b3 = f"{st.fam}先生\n\nありがとうございます。\n本人に確認したところ、夫も育休を取る予定とのことです。\n" \
         f"夫：{nm(partner, ' ')}（{fmt_date(partner.dob, 'kanji')}生、勤務先は別会社）\n連絡先：{partner.mobile}\n\n" + \
         sig_contact(ct) + "\n" + quote(b2) + "\n"
    R.app(rel, partner, names=[nm(partner, " ")], dob=fmt_date(partner.dob, "kanji"), phone=partner.mobile,
          where="msg3 body 夫")
    rec_contact(rel, ct, "msg3")
    R.app(rel, st, names=[nm(st, " ")], phone=st.direct, email=st.email, where="msg3 quoted signature")
    R.app(rel, emp, names=[nm(emp, " ")], dob=fmt_date(emp.dob, "kanji"), phone=emp.phone, where="msg3 quoted quoted")
    msgs = [
        {"from": addr_hdr(nm(ct, " "), ct.email), "to": [addr_hdr(nm(st, " "), st.email)], "subject": "育児休業の件",
         "date": dateh(25), "id": f"g1@{c.domain}", "body": b1},
        {"from": addr_hdr(nm(st, " "), st.email), "to": [addr_hdr(nm(ct, " "), ct.email)], "subject": "Re: 育児休業の件",
         "date": dateh(26), "id": f"g2@{OFFICE_DOMAIN}", "reply_to": f"g1@{c.domain}", "body": b2},
        {"from": addr_hdr(nm(ct, " "), ct.email), "to": [addr_hdr(nm(st, " "), st.email)],
         "subject": "Re: Re: 育児休業の件", "date": dateh(27), "id": f"g3@{c.domain}",
         "reply_to": f"g2@{OFFICE_DOMAIN}", "body": b3},
    ]
    R.app(rel, ct, names=[nm(ct, " ")], email=ct.email, where="msg2 To")
    text = ""
    for m in msgs:
        text += "From MAILER-DAEMON Thu Oct 31 09:00:00 2024\n" + \
            re.sub(r"^From ", ">From ", eml_text(m), flags=re.M) + "\n"
    write_text(R, rel, text)

    # mbox 2: 同姓同名 at two clients, told apart by birth date (client 0 and client 6)
    pa, pb = sp["dousei"][0]
    st = W.staff[0]
    s2 = W.staff[7]
    rel = "メール/所内/同姓同名の確認.mbox"
    b1 = f"{nm(s2, ' ')}さん\n\n算定基礎届のデータで、{nm(pa, ' ')}さんが2名います。別人です。\n\n" \
         f"(1) {pa.client.name}\n    {nm(pa, ' ')}\n    生年月日 {fmt_date(pa.dob, 'slash')}\n    住所 {pa.hh.address}\n\n" \
         f"(2) {pb.client.name}\n    {nm(pb, ' ')}\n    生年月日 {fmt_date(pb.dob, 'slash')}\n    住所 {pb.hh.address}\n\n" \
         "取り違えに注意してください。\n\n" + sig_staff(st)
    R.app(rel, pa, names=[nm(pa, " ")], dob=fmt_date(pa.dob, "slash"), address=pa.hh.address, where="msg1 (1)")
    R.app(rel, pb, names=[nm(pb, " ")], dob=fmt_date(pb.dob, "slash"), address=pb.hh.address, where="msg1 (2)")
    b2 = f"{st.fam}さん\n\n了解しました。電子申請の前に生年月日で照合します。\n\n{nm(s2, ' ')}\n{s2.email}\n\n" + quote(b1) + "\n"
    R.app(rel, s2, names=[nm(s2, " ")], email=s2.email, where="msg1 To / msg2 From / signature")
    R.app(rel, st, names=[nm(st, " ")], email=st.email, where="msg1 From")
    R.app(rel, st, names=[nm(st, " ")], phone=st.direct, email=st.email, where="msg1 signature + quoted")
    R.app(rel, pa, names=[nm(pa, " ")], dob=fmt_date(pa.dob, "slash"), address=pa.hh.address, where="msg2 quoted (1)")
    R.app(rel, pb, names=[nm(pb, " ")], dob=fmt_date(pb.dob, "slash"), address=pb.hh.address, where="msg2 quoted (2)")
    text = ""
    for m in ({"from": addr_hdr(nm(st, " "), st.email), "to": [addr_hdr(nm(s2, " "), s2.email)],
               "subject": "同姓同名の確認", "date": dateh(30), "id": f"d1@{OFFICE_DOMAIN}", "body": b1},
              {"from": addr_hdr(nm(s2, " "), s2.email), "to": [addr_hdr(nm(st, " "), st.email)],
               "subject": "Re: 同姓同名の確認", "date": dateh(31), "id": f"d2@{OFFICE_DOMAIN}",
               "reply_to": f"d1@{OFFICE_DOMAIN}", "body": b2}):
        text += "From MAILER-DAEMON Fri Nov 29 09:00:00 2024\n" + \
            re.sub(r"^From ", ">From ", eml_text(m), flags=re.M) + "\n"
    write_text(R, rel, text)

    # ---------------- 相談記録 memos ----------------
    def memo_header(c, ct, st, day, topic):
        return (f"相談記録\n相談日：2024年{day}\n顧問先：{c.name}\n相談者：{nm(ct, ' ')}（{ct.dept}）\n"
                f"相談者連絡先：{ct.direct}\n対応者：{nm(st, ' ')}（{st.email}）\n相談内容：{topic}\n\n")

    c = cl[6]
    ct, st = c.contacts[0], c.staff_main
    emp = current(c)[4]
    rel = f"相談記録/{c.code}/20241021_メンタル不調による休職.txt"
    t = memo_header(c, ct, st, "10月21日", "メンタル不調による休職") + "【対象者】\n" + \
        f"{nm(emp, ' ')}\n{emp.kana(' ')}\n{fmt_date(emp.dob, 'kanji')}生\n{emp.hh.address}\n{emp.phone}\n\n" + \
        "【経過】\n9月頃より遅刻が増え、10月に心療内科を受診。適応障害の診断書（1か月の休業を要す）が提出された。\n" \
        "傷病手当金の申請、休職期間の規定（就業規則第18条）を説明した。\n\n【対応】\n" \
        "・傷病手当金支給申請書を送付\n・復職時は主治医の意見書を提出させる\n"
    R.app(rel, ct, names=[nm(ct, " ")], phone=ct.direct, where="相談者")
    R.app(rel, st, names=[nm(st, " ")], email=st.email, where="対応者")
    R.app(rel, emp, names=[nm(emp, " "), emp.kana(" ")], dob=fmt_date(emp.dob, "kanji"), address=emp.hh.address,
          phone=emp.phone, where="対象者")
    write_text(R, rel, t)

    c = cl[9]
    ct, st = c.contacts[0], c.staff_main
    emp = current(c)[7]
    rel = f"相談記録/{c.code}/20241105_通勤災害.txt"
    t = memo_header(c, ct, st, "11月5日", "通勤途上の負傷（労災）") + \
        f"被災者：{nm(emp, '')}\n生年月日：{fmt_date(emp.dob, 'iso')}\n住所：{emp.hh.address}\n" \
        "被災日時：2024年11月1日 8時40分頃\n傷病名：左手首骨折（全治6週間）\n" \
        "通勤経路上の駅階段で転倒。様式第16号の7を作成する。\n"
    R.app(rel, ct, names=[nm(ct, " ")], phone=ct.direct, where="相談者")
    R.app(rel, st, names=[nm(st, " ")], email=st.email, where="対応者")
    R.app(rel, emp, names=[nm(emp, "")], dob=emp.dob.isoformat(), address=emp.hh.address, where="被災者")
    write_text(R, rel, t)

    c = cl[2]
    ct = c.contacts[0]
    st = c.staff_sub
    emps = current(c)
    victim, boss = emps[6], emps[1]
    rel = f"相談記録/{c.code}/20240918_ハラスメント相談.docx"
    paras = ["# 相談記録（ハラスメント）", f"顧問先：{c.name}", f"相談者：{nm(ct, ' ')}　直通 {ct.direct}",
             f"対応者：{nm(st, ' ')}（{st.email}）", "",
             f"申立人：{nm(victim, ' ')}", f"　連絡先 {victim.phone}",
             f"行為者とされる者：{nm(boss, ' ')}", f"　生年月日 {fmt_date(boss.dob, 'kanji')}（社員番号{boss.emp_no}）",
             "", "概要：店長による大声での叱責が続いているとの申立て。事実確認の手順と、相談窓口の設置義務について助言した。"]
    R.app(rel, ct, names=[nm(ct, " ")], phone=ct.direct, where="相談者")
    R.app(rel, st, names=[nm(st, " ")], email=st.email, where="対応者")
    R.app(rel, victim, names=[nm(victim, " ")], phone=victim.phone, where="申立人")
    R.app(rel, boss, names=[nm(boss, " ")], dob=fmt_date(boss.dob, "kanji"), where="行為者")
    write_docx(R, rel, paras)

    c = cl[12]
    ct, st = c.contacts[0], c.staff_main
    emp = next(p for p in current(c) if p.sex == "M" and p.spouse is None and 1985 <= p.dob.year <= 1995 and p.mobile)
    wife = W.make_person("F", emp.dob + dt.timedelta(days=400), emp.hh, fam=(emp.fam, emp.fk, emp.fr), mobile=True,
                         role="partner")
    rel = f"相談記録/{c.code}/20241128_男性育休.txt"
    t = memo_header(c, ct, st, "11月28日", "男性社員の育児休業（出生時育児休業）") + \
        f"対象者　{nm(emp, '　')}（{fmt_date(emp.dob, 'wareki')}生）\n" \
        f"配偶者　{nm(wife, '　')}（{fmt_date(wife.dob, 'wareki')}生）\n" \
        f"　　　　連絡先 {wife.mobile}\n出産予定　2025年1月下旬\n" \
        "産後パパ育休（28日）と育児休業の分割取得について説明。育児休業給付金の支給要件を確認した。\n"
    R.app(rel, ct, names=[nm(ct, " ")], phone=ct.direct, where="相談者")
    R.app(rel, st, names=[nm(st, " ")], email=st.email, where="対応者")
    R.app(rel, emp, names=[nm(emp, "　")], dob=fmt_date(emp.dob, "wareki"), where="対象者")
    R.app(rel, wife, names=[nm(wife, "　")], dob=fmt_date(wife.dob, "wareki"), phone=wife.mobile, where="配偶者")
    write_text(R, rel, t)

    c = cl[14]
    ct, st = c.contacts[0], c.staff_main
    emp = current(c)[12]
    rel = f"相談記録/{c.code}/20241202_退職勧奨.docx"
    paras = ["# 相談記録", f"顧問先　{c.name}", f"相談者　{nm(ct, ' ')}", f"　　　　{ct.email}",
             f"対応　{nm(st, ' ')}（{st.email}）", "", "対象職員",
             f"　{nm(emp, ' ')}", f"　{fmt_date(emp.dob, 'slash')}生", f"　{emp.hh.address}", "",
             "勤務態度不良を理由とする退職勧奨について相談。解雇ではなく合意退職とする場合の手順、"
             "退職金規程との関係、離職理由の記載を助言した。"]
    R.app(rel, ct, names=[nm(ct, " ")], email=ct.email, where="相談者")
    R.app(rel, st, names=[nm(st, " ")], email=st.email, where="対応")
    R.app(rel, emp, names=[nm(emp, " ")], dob=fmt_date(emp.dob, "slash"), address=emp.hh.address, where="対象職員")
    write_docx(R, rel, paras)

    # ---------------- meeting notes ----------------
    c = cl[0]
    st, s2 = c.staff_main, c.staff_sub
    ct1, ct2 = c.contacts
    emps = [p for p in current(c) if p.hire < dt.date(2024, 1, 1)][20:23]
    rel = f"会議録/{c.code}_定例会議_2024-11-12.docx"
    paras = ["# 定例打合せ議事録", f"日時：2024年11月12日 14:00〜15:00　場所：{c.name} 本社会議室",
             f"出席者：{nm(ct1, ' ')}（{ct1.email}）、{nm(ct2, ' ')}（{ct2.email}）",
             f"　　　　{OFFICE}　{nm(st, ' ')}（{st.email}）、{nm(s2, ' ')}（{s2.email}）", "",
             "1. 年末調整の進捗：回収率82%。未回収分は11月22日までに督促。",
             "2. 長時間労働者への対応"]
    for k, p in enumerate(emps):
        paras.append(f"　・{nm(p, ' ')}（{fmt_date(p.dob, 'kanji')}生）：10月の時間外が80時間を超過。産業医面談を設定。")
        R.app(rel, p, names=[nm(p, " ")], dob=fmt_date(p.dob, "kanji"), where=f"議題2 {k}")
    paras += ["3. 次回：2024年12月10日"]
    for p in (ct1, ct2, st, s2):
        R.app(rel, p, names=[nm(p, " ")], email=p.email, where="出席者")
    write_docx(R, rel, paras)

    rel = "会議録/所内会議_2024-11-26.txt"
    att = W.staff[:6]
    t = "所内会議メモ（2024/11/26）\n\n出席：\n"
    for p in att:
        t += f"  {nm(p, ' ')} <{p.email}>\n"
        R.app(rel, p, names=[nm(p, " ")], email=p.email, where="出席")
    t += "\n議題\n1. 年末調整の繁忙期体制（12/2〜1/31）\n" \
         f"2. {cl[5].name}・{cl[8].name}の算定基礎届の電子申請エラー対応\n" \
         "3. 定額減税の年調精算の説明資料を顧問先向けに作成する\n" \
         "4. 協会けんぽ料率改定（令和7年3月分〜）の周知\n"
    write_text(R, rel, t)


# ------------------------------------------------------------------------------------------ zero files
def build_zero(R, W, rng):
    rates = [("北海道", "10.21"), ("東京都", "9.98"), ("神奈川県", "10.02"), ("埼玉県", "9.78"), ("千葉県", "9.77"),
             ("大阪府", "10.34"), ("福岡県", "10.35"), ("佐賀県", "10.42")]
    write_csv(R, "資料/料率表/協会けんぽ_保険料率_R6.csv", ["都道府県", "健康保険料率", "介護保険料率", "適用開始"],
              [[p, r, "1.60", "令和6年3月分"] for p, r in rates], encoding="cp932",
              columns={"都道府県": None, "健康保険料率": None, "介護保険料率": None, "適用開始": None})
    write_text(R, "資料/料率表/雇用保険料率_R6.txt",
               "令和6年度 雇用保険料率\n\n一般の事業　労働者負担 6/1000　事業主負担 9.5/1000\n"
               "農林水産・清酒製造の事業　労働者負担 7/1000　事業主負担 10.5/1000\n"
               "建設の事業　労働者負担 7/1000　事業主負担 11.5/1000\n")
    write_docx(R, "資料/就業規則/就業規則_ひな形_2024.docx",
               ["# 就業規則（ひな形）", "第1章 総則", "第1条（目的）この規則は、会社の従業員の就業に関し必要な事項を定める。",
                "第18条（休職）従業員が業務外の傷病により欠勤し、3か月を経過しても治癒しないときは休職とする。",
                "第25条（年次有給休暇）会社は、6か月間継続勤務し、所定労働日の8割以上出勤した従業員に10日の年次有給休暇を与える。"])
    write_text(R, "資料/就業規則/賃金規程_ひな形.txt",
               "賃金規程（ひな形）\n\n第1条 賃金は、基本給及び諸手当とする。\n第2条 賃金は毎月末日締め、翌月25日に支払う。\n"
               "第3条 時間外労働に対しては、法定の割増率以上の割増賃金を支払う。\n"
               "（問い合わせ先：総務部 info@example.co.jp　TEL 03-0000-0000 代表）\n")
    write_text(R, "資料/記入例/扶養控除等申告書_記入例.txt",
               "給与所得者の扶養控除等（異動）申告書　記入例\n\n"
               "あなたの氏名：山田 太郎（ヤマダ タロウ）\n生年月日：昭和55年1月1日\n"
               "住所：東京都千代田区霞が関1丁目1番1号\n個人番号：123456789018\n\n"
               "源泉控除対象配偶者：山田 花子（ヤマダ ハナコ）　昭和57年2月2日生\n"
               "控除対象扶養親族：山田 一郎（長男）　平成22年4月1日生\n\n"
               "※上記は記入例です。実在の人物ではありません。\n")
    write_docx(R, "資料/記入例/資格取得届_記入例.docx",
               ["# 健康保険・厚生年金保険 被保険者資格取得届 記入例", "被保険者氏名：山田　太郎（ﾔﾏﾀﾞ ﾀﾛｳ）",
                "生年月日：5-550101（昭和55年1月1日）", "個人番号：123456789018",
                "住所：〒100-0013 東京都千代田区霞が関1-1-1", "資格取得年月日：令和6年4月1日",
                "※記入例の氏名・番号は架空のものです。"])
    write_xlsx(R, "様式/扶養控除等申告書_様式.xlsx",
               [("様式", ["社員番号", "氏名", "フリガナ", "生年月日", "住所", "個人番号", "配偶者氏名", "配偶者生年月日",
                        "配偶者個人番号", "扶養親族氏名", "続柄", "扶養親族生年月日", "扶養親族個人番号"], [])],
               columns={h: "?" for h in ["社員番号", "氏名", "フリガナ", "生年月日", "住所", "個人番号", "配偶者氏名",
                                         "配偶者生年月日", "配偶者個人番号", "扶養親族氏名", "続柄", "扶養親族生年月日",
                                         "扶養親族個人番号"]})
    write_csv(R, "様式/入社手続チェックリスト.csv", ["No", "手続", "提出先", "期限", "必要書類", "確認欄"],
              [[1, "健康保険・厚生年金保険 資格取得届", "年金事務所", "5日以内", "基礎年金番号またはマイナンバー", ""],
               [2, "雇用保険 資格取得届", "ハローワーク", "翌月10日", "雇用保険被保険者番号", ""],
               [3, "扶養控除等申告書の回収", "社内", "最初の給与支払日", "申告書", ""],
               [4, "マイナンバーの収集・本人確認", "社内", "入社時", "個人番号カード等", ""]],
              encoding="utf-8-sig")
    write_docx(R, "様式/住所変更届_様式.docx",
               ["# 住所変更届", "所属：＿＿＿＿＿＿＿＿", "氏名：＿＿＿＿＿＿＿＿", "新住所：〒＿＿＿－＿＿＿＿",
                "変更日：　　年　　月　　日", "通勤経路の変更：有・無"])
    bands = ["19歳以下", "20-29歳", "30-39歳", "40-49歳", "50-59歳", "60歳以上"]
    counts = defaultdict(lambda: [0, 0])
    for c in W.clients:
        for p in current(c):
            a = 2024 - p.dob.year
            b = bands[0] if a < 20 else bands[min(5, a // 10 - 1)]
            counts[b][0 if p.sex == "M" else 1] += 1
    write_csv(R, "統計/年齢階層別_従業員数_R6.csv", ["年齢階層", "男性", "女性", "合計"],
              [[b, counts[b][0], counts[b][1], sum(counts[b])] for b in bands],
              columns={"年齢階層": None, "男性": None, "女性": None, "合計": None})
    write_xlsx(R, "統計/顧問先別_従業員数推移.xlsx",
               [("推移", ["顧問先", "2022年", "2023年", "2024年"],
                 [[c.name, len(current(c, dt.date(2022, 12, 1))), len(current(c, dt.date(2023, 12, 1))),
                   len(current(c))] for c in W.clients])],
               columns={"顧問先": None, "2022年": None, "2023年": None, "2024年": None}, hard=["顧問先"])
    items = [("4901480072967", "コクヨ", "キャンパスノート B5"), ("4902505139746", "パイロット", "フリクションボール 0.5"),
             ("4902506292013", "ぺんてる", "ノック式ハイポリマー消しゴム"), ("4971660767002", "高橋文具", "事務用封筒 角2"),
             ("4902011731114", "リヒトラブ", "クリアホルダー A4"), ("4987167011239", "佐藤紙工", "源泉徴収票用封筒")]
    write_csv(R, "総務/備品発注_2024-11.csv", ["JANコード", "メーカー", "品名", "数量", "単価"],
              [[j, m, n, rng.randint(1, 20), rng.randint(100, 900)] for j, m, n in items],
              columns={"JANコード": None, "メーカー": None, "品名": None, "数量": None, "単価": None},
              hard=["JANコード", "メーカー"])


# --------------------------------------------------------------------------------------------- database
def build_db(W, rng, sp):
    """Returns (tables: dict name -> (columns spec, rows, types, hard), view spec, appearances)."""
    cl = W.clients
    tables = {}
    apps = []

    def app(table, p, tag=None, names=(), **kw):
        apps.append({"scope": "database", "file": table, "where": kw.pop("where", None),
                     "tid": p.pid if tag is None else f"{p.pid}~{tag}", "pid": p.pid,
                     "names": [n for n in names if n], "dob": kw.get("dob"), "address": kw.get("address"),
                     "phone": kw.get("phone"), "email": kw.get("email"), "mynum": kw.get("mynum")})

    rows = []
    for c in cl:
        if c.idx in DB_CLIENTS:
            rows.append([c.idx + 1, c.name, c.corp_no, c.tel, f"info@{c.domain}", c.biz])
    tables["clients"] = (["client_id", "company_name", "corporate_number", "daihyo_tel", "contact_email", "industry"],
                         rows, {"client_id": None, "company_name": None, "corporate_number": "CORPORATE_NUMBER",
                                "daihyo_tel": "?", "contact_email": "?", "industry": None},
                         ["client_id", "company_name"])
    emp_cols = ["employee_id", "client_id", "shain_no", "shimei", "shimei_kana", "birth_date", "gender", "postal_code",
                "address", "phone", "email", "my_number", "kiso_nenkin_no", "kenpo_kigo", "kenpo_bango",
                "unten_menkyo_no", "bank_name", "branch_name", "kouza", "kouza_meiginin", "hire_date", "leave_date"]
    emp_types = {"employee_id": None, "client_id": None, "shain_no": None, "shimei": "PERSON",
                 "shimei_kana": "PERSON", "birth_date": "DATE_OF_BIRTH", "gender": None, "postal_code": "POSTAL_CODE",
                 "address": "ADDRESS", "phone": "PHONE", "email": "EMAIL", "my_number": "MY_NUMBER",
                 "kiso_nenkin_no": "PENSION_NUMBER", "kenpo_kigo": "HEALTH_INSURANCE",
                 "kenpo_bango": "HEALTH_INSURANCE", "unten_menkyo_no": "DRIVERS_LICENSE", "bank_name": None,
                 "branch_name": None, "kouza": "BANK_ACCOUNT", "kouza_meiginin": "PERSON", "hire_date": None,
                 "leave_date": None}
    erows = []
    emp_id = {}
    dep_rows = []
    nen_rows = []
    eid = 0
    for c in cl:
        if c.idx not in DB_CLIENTS:
            continue
        for p in sorted(c.employees, key=lambda q: q.emp_no):
            if p.hire > TODAY:
                continue
            entries = []
            if p.rehired:
                entries.append((p.old_emp_no, p.old_hire, p.old_leave))
            entries.append((p.emp_no, p.hire, p.leave))
            for eno, hire, leave in entries:
                eid += 1
                emp_id.setdefault(p.pid, eid)
                erows.append([eid, c.idx + 1, str(eno), nm_(p), p.kana(" "), p.dob, "M" if p.sex == "M" else "F",
                              p.hh.postal, p.hh.address, p.phone, p.email if not leave else None, p.mynum, p.nenkin,
                              p.kenpo[0], str(p.seiri), p.licence, p.bank[0], p.bank[1], p.bank[3],
                              to_half_kana(p.kana(" ")), hire, leave])
                app("employees", p, names=[nm_(p), p.kana(" "), to_half_kana(p.kana(" "))], dob=p.dob.isoformat(),
                    address=p.hh.address, phone=p.phone, email=p.email if not leave else None, mynum=p.mynum,
                    where=f"employee_id {eid}")
    tables["employees"] = (emp_cols, erows, emp_types, ["employee_id", "client_id", "bank_name", "branch_name",
                                                          "hire_date"])
    did = 0
    for c in cl:
        if c.idx not in DB_CLIENTS:
            continue
        for p in sorted(current(c), key=lambda q: q.emp_no):
            deps = dependants(p) + [ch for ch in p.children if getattr(ch, "newborn", False)]
            for d in deps:
                did += 1
                dep_rows.append([did, emp_id[p.pid], nm_(d), d.kana(" "), d.relation, d.dob, d.mynum,
                                 "同居", d.disability or None])
                app("dependents", d, names=[nm_(d), d.kana(" ")], dob=d.dob.isoformat(), mynum=d.mynum,
                    where=f"dependent_id {did}")
    tables["dependents"] = (["dependent_id", "employee_id", "shimei", "shimei_kana", "zokugara", "birth_date",
                             "my_number", "doukyo", "shogai_kubun"], dep_rows,
                            {"dependent_id": None, "employee_id": None, "shimei": "PERSON", "shimei_kana": "PERSON",
                             "zokugara": None, "birth_date": "DATE_OF_BIRTH", "my_number": "MY_NUMBER",
                             "doukyo": None, "shogai_kubun": "SENSITIVE"}, ["dependent_id", "employee_id"])
    nid = 0
    for year in (2023, 2024):
        for c in cl:
            if c.idx not in DB_CLIENTS:
                continue
            for p in sorted(c.employees, key=lambda q: q.emp_no):
                if p.hire > dt.date(year, 12, 1) or (p.leave and p.leave.year < year):
                    continue
                if p.leave and p.leave.year == year:
                    continue  # leavers get a 源泉徴収票 but no 年末調整
                old = year == 2023 and p.old is not None and not p.married_split
                nid += 1
                nen_rows.append([nid, emp_id[p.pid], year, nm_(p, old), p.mynum, p.salary * 14,
                                 p.salary * 14 // 40, f"{rng.randint(10 ** 11, 10 ** 12 - 1)}"])
                app("nencho_results", p, names=[nm_(p, old)], mynum=p.mynum, where=f"id {nid}")
    tables["nencho_results"] = (["id", "employee_id", "nendo", "shimei", "my_number", "shiharai_kingaku",
                                 "gensen_choshu_zeigaku", "mail_tracking_no"], nen_rows,
                                {"id": None, "employee_id": None, "nendo": None, "shimei": "PERSON",
                                 "my_number": "MY_NUMBER", "shiharai_kingaku": None, "gensen_choshu_zeigaku": None,
                                 "mail_tracking_no": None}, ["id", "employee_id", "mail_tracking_no"])
    srows = []
    for k, p in enumerate(W.staff):
        srows.append([k + 1, nm_(p), p.kana(" "), p.email, p.direct, p.mobile, p.dob])
        app("staff", p, names=[nm_(p), p.kana(" ")], email=p.email, phone=p.mobile, dob=p.dob.isoformat(),
            where=f"staff_id {k + 1}")
    tables["staff"] = (["staff_id", "shimei", "shimei_kana", "email", "direct_tel", "keitai", "birth_date"], srows,
                       {"staff_id": None, "shimei": "PERSON", "shimei_kana": "PERSON", "email": "EMAIL",
                        "direct_tel": "PHONE", "keitai": "PHONE", "birth_date": "DATE_OF_BIRTH"}, ["staff_id"])
    crows = []
    for c in cl:
        if c.idx not in DB_CLIENTS:
            continue
        for p in c.contacts:
            crows.append([len(crows) + 1, c.idx + 1, nm_(p), p.dept, p.email, p.direct,
                          W.staff.index(c.staff_main) + 1])
            app("client_contacts", p, names=[nm_(p)], email=p.email, phone=p.direct, where=f"contact_id {len(crows)}")
    tables["client_contacts"] = (["contact_id", "client_id", "tantousha_mei", "busho", "email", "direct_tel",
                                  "staff_id"], crows,
                                 {"contact_id": None, "client_id": None, "tantousha_mei": "PERSON", "busho": None,
                                  "email": "EMAIL", "direct_tel": "PHONE", "staff_id": None},
                                 ["contact_id", "client_id", "staff_id"])
    # view: active employees
    vrows = [r for r in erows if r[-1] is None]
    for r in vrows:
        p = next(a for a in apps if a["file"] == "employees" and a["where"] == f"employee_id {r[0]}")
        apps.append(dict(p, file="v_active_employees"))
    view = ("v_active_employees", "SELECT employee_id, shimei, birth_date, address, phone FROM employees "
                                  "WHERE leave_date IS NULL",
            len(vrows), {"employee_id": None, "shimei": "PERSON", "birth_date": "DATE_OF_BIRTH",
                         "address": "ADDRESS", "phone": "PHONE"}, ["employee_id"])
    return tables, view, apps


def nm_(p, old=False):
    return p.kanji(" ", old)


def write_db(url, tables, view):
    import sqlalchemy as sa
    if url.startswith("mysql") and "charset=" not in url:
        url += ("&" if "?" in url else "?") + "charset=utf8mb4"
    eng = sa.create_engine(url)
    md = sa.MetaData()
    sa_tables = {}
    kind = {"birth_date": sa.Date, "hire_date": sa.Date, "leave_date": sa.Date}
    ints = {"employee_id", "client_id", "dependent_id", "id", "nendo", "staff_id", "contact_id",
            "shiharai_kingaku", "gensen_choshu_zeigaku"}
    for name, (cols, rows, types, hard) in tables.items():
        sc = []
        for k, col in enumerate(cols):
            if col in kind:
                t = kind[col]()
            elif col in ints:
                t = sa.Integer()
            else:
                t = sa.String(200)
            sc.append(sa.Column(col, t, primary_key=(k == 0)))
        sa_tables[name] = sa.Table(name, md, *sc, mysql_charset="utf8mb4")
    with eng.begin() as con:
        con.execute(sa.text(f"DROP VIEW IF EXISTS {view[0]}"))
    md.drop_all(eng)
    md.create_all(eng)
    with eng.begin() as con:
        for name, (cols, rows, types, hard) in tables.items():
            if rows:
                con.execute(sa_tables[name].insert(), [dict(zip(cols, r)) for r in rows])
        con.execute(sa.text(f"CREATE VIEW {view[0]} AS {view[1]}"))
    eng.dispose()


# ------------------------------------------------------------------------------------------------ recount
_WAREKI = re.compile(r"(昭和|平成|令和)(元|\d+)年(\d+)月(\d+)日")
_ERA = {"昭和": 1925, "平成": 1988, "令和": 2018}


def rc_date(s):
    s = unicodedata.normalize("NFKC", s).strip()
    m = _WAREKI.fullmatch(s)
    if m:
        y = 1 if m.group(2) == "元" else int(m.group(2))
        return dt.date(_ERA[m.group(1)] + y, int(m.group(3)), int(m.group(4))).isoformat()
    m = re.fullmatch(r"(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?", s)
    if m:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    raise ValueError(f"unparsed date {s!r}")


def rc_keys(a, liberal):
    names = a["names"] if liberal else a["names"][:1]
    ks = []
    if a["mynum"]:
        ks.append(("mn", re.sub(r"\D", "", a["mynum"])))
    if a["email"]:
        ks.append(("em", a["email"].strip().lower()))
    for n in names:
        n2 = nname(n)
        if a["dob"]:
            ks.append(("nd", n2, rc_date(a["dob"])))
        if a["phone"]:
            ks.append(("np", n2, re.sub(r"\D", "", unicodedata.normalize("NFKC", a["phone"]))))
        if a["address"]:
            ks.append(("na", n2, re.sub(r"\s", "", unicodedata.normalize("NFKC", a["address"]))))
    return ks


def recount(apps, liberal):
    parent = list(range(len(apps)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first = {}
    for i, a in enumerate(apps):
        for k in rc_keys(a, liberal):
            if k in first:
                ra, rb = find(i), find(first[k])
                if ra != rb:
                    parent[ra] = rb
            else:
                first[k] = i
    comp = [find(i) for i in range(len(apps))]
    return comp


def check(apps, label):
    problems = []
    for liberal in (False, True):
        comp = recount(apps, liberal)
        tids_of = defaultdict(set)
        comps_of = defaultdict(set)
        for a, c in zip(apps, comp):
            tids_of[c].add(a["tid"])
            comps_of[a["tid"]].add(c)
        for c, t in tids_of.items():
            if len(t) > 1:
                problems.append(f"{label} liberal={liberal}: distinct truth persons merged by keys: {sorted(t)}")
        for t, cs in comps_of.items():
            if len(cs) > 1:
                ex = [(a["file"], a["where"]) for a, c in zip(apps, comp) if a["tid"] == t][:6]
                problems.append(f"{label} liberal={liberal}: truth person {t} split into {len(cs)} groups: {ex}")
        n = len(set(comp))
        if n != len({a["tid"] for a in apps}):
            problems.append(f"{label}: recount {n} != truth")
    return problems


# ---------------------------------------------------------------------------------------------- main
def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--db-url", action="append", default=[])
    args = ap.parse_args(argv)

    out = args.out
    drive = os.path.join(out, "drive")
    if os.path.isdir(drive):
        shutil.rmtree(drive)
    os.makedirs(drive, exist_ok=True)

    W, rng = build_world(args.seed)
    sp = populate(W, rng)
    R = Recorder(drive)
    build_drive(R, W, rng, sp)
    tables, view, db_apps = build_db(W, rng, sp)

    # every file under drive/ has an entry
    on_disk = set()
    for root, _, files in os.walk(drive):
        for f in files:
            on_disk.add(os.path.relpath(os.path.join(root, f), drive).replace(os.sep, "/"))
    assert on_disk == set(R.files), on_disk ^ set(R.files)

    problems = check(R.apps, "drive") + check(db_apps, "database")
    if problems:
        for p in problems[:40]:
            print("CHECK:", p, file=sys.stderr)
        raise SystemExit(f"truth check failed ({len(problems)} problems)")

    per_file = defaultdict(set)
    for a in R.apps:
        per_file[a["file"]].add(a["tid"])
    files = {}
    for rel in sorted(R.files):
        ent = R.files[rel]
        e = {"persons": len(per_file.get(rel, ()))}
        if ent["columns"] is not None:
            e["columns"] = ent["columns"]
            if ent["hard"]:
                e["hard_negative_columns"] = list(ent["hard"])
        files[rel] = e
    per_table = defaultdict(set)
    for a in db_apps:
        per_table[a["file"]].add(a["tid"])
    db_tables = {}
    for name, (cols, rows, types, hard) in tables.items():
        t = {"rows": len(rows), "persons": len(per_table.get(name, ())), "columns": types}
        if hard:
            t["hard_negative_columns"] = hard
        db_tables[name] = t
    db_tables[view[0]] = {"view": True, "rows": view[2], "persons": len(per_table[view[0]]), "columns": view[3],
                          "hard_negative_columns": view[4]}
    truth = {
        "drive": {"persons_total": len({a["tid"] for a in R.apps}), "files": files},
        "database": {"persons_total": len({a["tid"] for a in db_apps}), "tables": db_tables},
    }
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")
    with open(os.path.join(out, "appearances.jsonl"), "w", encoding="utf-8") as f:
        for a in R.apps + db_apps:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")

    dbp = os.path.join(out, "db.sqlite")
    if os.path.exists(dbp):
        os.remove(dbp)
    write_db("sqlite:///" + dbp, tables, view)
    for url in args.db_url:
        write_db(url, tables, view)

    real = len({a["pid"] for a in R.apps})
    print(f"drive: {len(files)} files, {truth['drive']['persons_total']} persons "
          f"({real} real persons; {truth['drive']['persons_total'] - real} documented non-links)")
    print(f"database: {len(db_tables)} tables/views, {truth['database']['persons_total']} persons")


if __name__ == "__main__":
    main()
