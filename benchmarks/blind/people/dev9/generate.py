#!/usr/bin/env python3
"""Blind people-count data, set dev9: a clinic group (two dental clinics, an internal-medicine clinic),
a fitness club and a staffing (人材派遣) agency -- mail archives and lists as they really keep them.

python generate.py --out DIR [--seed N] [--db-url URL ...]

Writes DIR/drive/, DIR/db.sqlite (+ each --db-url), DIR/truth.json and DIR/appearances.jsonl.
Standard library + sqlalchemy, openpyxl, python-docx.
"""
import argparse
import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import random
import re
import shutil
import sys
import unicodedata
import zipfile
from email.header import Header
from email.utils import format_datetime

JST = dt.timezone(dt.timedelta(hours=9))

# --------------------------------------------------------------------------------------------- name pools
SURNAMES = [
    ("佐藤", "サトウ", "Sato"), ("鈴木", "スズキ", "Suzuki"), ("高橋", "タカハシ", "Takahashi"),
    ("田中", "タナカ", "Tanaka"), ("伊藤", "イトウ", "Ito"), ("渡辺", "ワタナベ", "Watanabe"),
    ("山本", "ヤマモト", "Yamamoto"), ("中村", "ナカムラ", "Nakamura"), ("小林", "コバヤシ", "Kobayashi"),
    ("加藤", "カトウ", "Kato"), ("吉田", "ヨシダ", "Yoshida"), ("山田", "ヤマダ", "Yamada"),
    ("佐々木", "ササキ", "Sasaki"), ("山口", "ヤマグチ", "Yamaguchi"), ("松本", "マツモト", "Matsumoto"),
    ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"),
    ("斎藤", "サイトウ", "Saito"), ("清水", "シミズ", "Shimizu"), ("山崎", "ヤマザキ", "Yamazaki"),
    ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"),
    ("阿部", "アベ", "Abe"), ("石川", "イシカワ", "Ishikawa"), ("山下", "ヤマシタ", "Yamashita"),
    ("中島", "ナカジマ", "Nakajima"), ("石井", "イシイ", "Ishii"), ("小川", "オガワ", "Ogawa"),
    ("前田", "マエダ", "Maeda"), ("岡田", "オカダ", "Okada"), ("長谷川", "ハセガワ", "Hasegawa"),
    ("藤田", "フジタ", "Fujita"), ("後藤", "ゴトウ", "Goto"), ("近藤", "コンドウ", "Kondo"),
    ("村上", "ムラカミ", "Murakami"), ("遠藤", "エンドウ", "Endo"), ("青木", "アオキ", "Aoki"),
    ("坂本", "サカモト", "Sakamoto"), ("斉藤", "サイトウ", "Saito"), ("福田", "フクダ", "Fukuda"),
    ("太田", "オオタ", "Ota"), ("西村", "ニシムラ", "Nishimura"), ("藤井", "フジイ", "Fujii"),
    ("金子", "カネコ", "Kaneko"), ("岡本", "オカモト", "Okamoto"), ("藤原", "フジワラ", "Fujiwara"),
    ("中野", "ナカノ", "Nakano"), ("三浦", "ミウラ", "Miura"), ("原田", "ハラダ", "Harada"),
    ("松田", "マツダ", "Matsuda"), ("竹内", "タケウチ", "Takeuchi"), ("中川", "ナカガワ", "Nakagawa"),
    ("小野", "オノ", "Ono"), ("田村", "タムラ", "Tamura"), ("和田", "ワダ", "Wada"),
    ("石田", "イシダ", "Ishida"), ("上田", "ウエダ", "Ueda"), ("森田", "モリタ", "Morita"),
    ("原", "ハラ", "Hara"), ("柴田", "シバタ", "Shibata"), ("酒井", "サカイ", "Sakai"),
    ("工藤", "クドウ", "Kudo"), ("横山", "ヨコヤマ", "Yokoyama"), ("宮崎", "ミヤザキ", "Miyazaki"),
    ("宮本", "ミヤモト", "Miyamoto"), ("内田", "ウチダ", "Uchida"), ("高木", "タカギ", "Takagi"),
    ("安藤", "アンドウ", "Ando"), ("谷口", "タニグチ", "Taniguchi"), ("大野", "オオノ", "Ono"),
    ("丸山", "マルヤマ", "Maruyama"), ("今井", "イマイ", "Imai"), ("河野", "コウノ", "Kono"),
    ("藤本", "フジモト", "Fujimoto"), ("村田", "ムラタ", "Murata"), ("武田", "タケダ", "Takeda"),
    ("上野", "ウエノ", "Ueno"), ("杉山", "スギヤマ", "Sugiyama"), ("増田", "マスダ", "Masuda"),
    ("平野", "ヒラノ", "Hirano"), ("大塚", "オオツカ", "Otsuka"), ("千葉", "チバ", "Chiba"),
    ("久保", "クボ", "Kubo"), ("松井", "マツイ", "Matsui"), ("小島", "コジマ", "Kojima"),
    ("岩崎", "イワサキ", "Iwasaki"), ("桜井", "サクライ", "Sakurai"), ("野口", "ノグチ", "Noguchi"),
    ("松尾", "マツオ", "Matsuo"), ("野村", "ノムラ", "Nomura"), ("木下", "キノシタ", "Kinoshita"),
    ("菊地", "キクチ", "Kikuchi"), ("佐野", "サノ", "Sano"), ("大西", "オオニシ", "Onishi"),
]
FEMALE = [
    ("花子", "ハナコ", "Hanako"), ("陽子", "ヨウコ", "Yoko"), ("美穂", "ミホ", "Miho"), ("恵", "メグミ", "Megumi"),
    ("由美", "ユミ", "Yumi"), ("直美", "ナオミ", "Naomi"), ("真由美", "マユミ", "Mayumi"), ("愛", "アイ", "Ai"),
    ("彩", "アヤ", "Aya"), ("舞", "マイ", "Mai"), ("優子", "ユウコ", "Yuko"), ("智子", "トモコ", "Tomoko"),
    ("裕子", "ユウコ", "Yuko"), ("久美子", "クミコ", "Kumiko"), ("明美", "アケミ", "Akemi"),
    ("さくら", "サクラ", "Sakura"), ("結衣", "ユイ", "Yui"), ("陽菜", "ヒナ", "Hina"), ("美咲", "ミサキ", "Misaki"),
    ("葵", "アオイ", "Aoi"), ("七海", "ナナミ", "Nanami"), ("千尋", "チヒロ", "Chihiro"), ("麻衣", "マイ", "Mai"),
    ("理恵", "リエ", "Rie"), ("香織", "カオリ", "Kaori"), ("沙織", "サオリ", "Saori"), ("綾香", "アヤカ", "Ayaka"),
    ("京子", "キョウコ", "Kyoko"), ("幸子", "サチコ", "Sachiko"), ("和子", "カズコ", "Kazuko"),
    ("節子", "セツコ", "Setsuko"), ("洋子", "ヨウコ", "Yoko"), ("美香", "ミカ", "Mika"), ("奈々", "ナナ", "Nana"),
    ("莉子", "リコ", "Riko"), ("芽衣", "メイ", "Mei"), ("凛", "リン", "Rin"), ("杏", "アン", "An"),
    ("紗希", "サキ", "Saki"), ("瞳", "ヒトミ", "Hitomi"), ("亜希子", "アキコ", "Akiko"), ("静香", "シズカ", "Shizuka"),
]
MALE = [
    ("太郎", "タロウ", "Taro"), ("一郎", "イチロウ", "Ichiro"), ("健", "ケン", "Ken"), ("翔", "ショウ", "Sho"),
    ("大輔", "ダイスケ", "Daisuke"), ("拓也", "タクヤ", "Takuya"), ("直樹", "ナオキ", "Naoki"),
    ("浩", "ヒロシ", "Hiroshi"), ("誠", "マコト", "Makoto"), ("隆", "タカシ", "Takashi"), ("学", "マナブ", "Manabu"),
    ("健太", "ケンタ", "Kenta"), ("翔太", "ショウタ", "Shota"), ("蓮", "レン", "Ren"), ("悠真", "ユウマ", "Yuma"),
    ("陽翔", "ハルト", "Haruto"), ("大和", "ヤマト", "Yamato"), ("湊", "ミナト", "Minato"), ("樹", "イツキ", "Itsuki"),
    ("和也", "カズヤ", "Kazuya"), ("達也", "タツヤ", "Tatsuya"), ("修", "オサム", "Osamu"), ("茂", "シゲル", "Shigeru"),
    ("勇", "イサム", "Isamu"), ("清", "キヨシ", "Kiyoshi"), ("正人", "マサト", "Masato"), ("剛", "ツヨシ", "Tsuyoshi"),
    ("亮", "リョウ", "Ryo"), ("聡", "サトシ", "Satoshi"), ("秀樹", "ヒデキ", "Hideki"), ("康介", "コウスケ", "Kosuke"),
    ("優斗", "ユウト", "Yuto"), ("颯太", "ソウタ", "Sota"), ("陸", "リク", "Riku"), ("智也", "トモヤ", "Tomoya"),
    ("雄一", "ユウイチ", "Yuichi"), ("哲也", "テツヤ", "Tetsuya"), ("純一", "ジュンイチ", "Junichi"),
    ("光", "ヒカル", "Hikaru"), ("慎吾", "シンゴ", "Shingo"), ("進", "ススム", "Susumu"), ("博", "ヒロシ", "Hiroshi"),
]
PREFS = [("東京都", ["世田谷区桜新町", "杉並区阿佐谷北", "練馬区豊玉北", "大田区蒲田", "品川区西五反田", "目黒区自由が丘"]),
         ("神奈川県", ["川崎市中原区小杉町", "横浜市青葉区美しが丘", "横浜市港北区日吉", "相模原市中央区相模原"]),
         ("埼玉県", ["さいたま市浦和区高砂", "川口市栄町", "所沢市日吉町"]),
         ("千葉県", ["船橋市本町", "市川市八幡", "松戸市松戸"])]
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "ezweb.ne.jp", "i.softbank.jp",
                "outlook.jp", "au.com", "nifty.com"]
NICK_SUFFIX = ["ちゃん", "りん", "っち"]


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def norm_name(s):
    return "".join(nfkc(s).split()).lower()


def norm_phone(s):
    d = "".join(c for c in nfkc(s) if c.isdigit())
    if d.startswith("81") and len(d) >= 11:
        d = "0" + d[2:]
    return d


def norm_addr(s):
    return "".join(nfkc(s).split()).replace("ー", "-").replace("−", "-").lower()


def my_number(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(11)]
        if d[0] == 0:
            continue
        s = 0
        for n in range(1, 12):
            p = d[11 - n]
            q = n + 1 if n <= 6 else n - 5
            s += p * q
        r = s % 11
        c = 0 if r <= 1 else 11 - r
        return "".join(map(str, d)) + str(c)


# --------------------------------------------------------------------------------------------- world
class Person:
    __slots__ = ("pid", "sei", "mei", "sei_k", "mei_k", "sei_r", "mei_r", "sex", "dob", "mobile", "home",
                 "addr", "zip", "email", "work_email", "mynum", "hh", "old_sei", "old_sei_k", "new_mobile",
                 "new_email", "nick", "roles")

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))
        if self.roles is None:
            self.roles = set()

    def full(self, sp=""):
        return f"{self.sei}{sp}{self.mei}"

    def kana(self, sp=" "):
        return f"{self.sei_k}{sp}{self.mei_k}"

    def romaji(self, order="gf"):
        if order == "gf":
            return f"{self.mei_r} {self.sei_r}"
        return f"{self.sei_r.upper()} {self.mei_r}"

    def age(self, on=dt.date(2024, 6, 1)):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))


class World:
    def __init__(self, rng):
        self.rng = rng
        self.persons = []
        self.mobiles = set()
        self.emails = set()
        self.namedob = set()
        self.homes = set()

    def _mobile(self):
        while True:
            m = f"{self.rng.choice(['090', '080', '070'])}-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"
            if m not in self.mobiles:
                self.mobiles.add(m)
                return m

    def _home(self):
        while True:
            h = f"0{self.rng.choice(['3', '44', '45', '48', '47'])}-{self.rng.randint(200, 999)}-{self.rng.randint(1000, 9999)}"
            if len(norm_phone(h)) != 10:
                h = f"03-{self.rng.randint(3000, 6999)}-{self.rng.randint(1000, 9999)}"
            if h not in self.homes:
                self.homes.add(h)
                return h

    def _email(self, p, domain=None):
        rng = self.rng
        dom = domain or rng.choice(MAIL_DOMAINS)
        while True:
            style = rng.randint(0, 4)
            if style == 0:
                lp = f"{p.mei_r.lower()}.{p.sei_r.lower()}{rng.randint(1, 99)}"
            elif style == 1:
                lp = f"{p.sei_r.lower()}_{p.mei_r.lower()[:3]}{rng.randint(70, 2005)}"
            elif style == 2:
                lp = f"{p.mei_r.lower()}{rng.choice(['-', '.', ''])}{rng.choice(['happy', 'smile', 'sun', 'blue', 'mama', 'papa'])}{rng.randint(1, 999)}"
            elif style == 3:
                lp = f"{p.mei_r[0].lower()}{p.sei_r.lower()}{rng.randint(100, 9999)}"
            else:
                lp = f"{p.sei_r.lower()}.{p.mei_r.lower()}.{rng.randint(10, 99)}"
            e = f"{lp}@{dom}"
            if e not in self.emails:
                self.emails.add(e)
                return e

    def new_household(self):
        pref, towns = self.rng.choice(PREFS)
        addr = f"{pref}{self.rng.choice(towns)}{self.rng.randint(1, 5)}-{self.rng.randint(1, 30)}-{self.rng.randint(1, 20)}"
        if self.rng.random() < 0.4:
            addr += f" {self.rng.choice(['コーポ', 'ハイツ', 'メゾン', 'グラン'])}{self.rng.choice(['桜', '緑', '青葉', '若葉'])}{self.rng.randint(101, 405)}"
        zipc = f"{self.rng.randint(100, 399)}-{self.rng.randint(1000, 9999)}"
        return {"addr": addr, "zip": zipc, "home": self._home(), "sur": self.rng.choice(SURNAMES), "members": []}

    def person(self, hh=None, sex=None, age=(20, 70), sur=None, email_p=0.75, domain=None, given=None):
        rng = self.rng
        if hh is None:
            hh = self.new_household()
        sur = sur or hh["sur"]
        sex = sex or rng.choice("FM")
        while True:
            g = given or rng.choice(FEMALE if sex == "F" else MALE)
            y = 2024 - rng.randint(*age)
            dob = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
            if (sur[0] + g[0], dob) not in self.namedob and all(m.mei != g[0] for m in hh["members"]):
                break
            given = None
        self.namedob.add((sur[0] + g[0], dob))
        p = Person(pid=f"P{len(self.persons) + 1:05d}", sei=sur[0], sei_k=sur[1], sei_r=sur[2], mei=g[0],
                   mei_k=g[1], mei_r=g[2], sex=sex, dob=dob, addr=hh["addr"], zip=hh["zip"], home=hh["home"], hh=hh)
        p.mobile = self._mobile() if p.age() >= 12 else None
        if p.age() >= 13 and rng.random() < email_p:
            p.email = self._email(p, domain)
        hh["members"].append(p)
        self.persons.append(p)
        return p

    def work_email(self, p, domain):
        rng = self.rng
        for lp in (f"{p.mei_r[0].lower()}.{p.sei_r.lower()}", f"{p.sei_r.lower()}.{p.mei_r[0].lower()}",
                   f"{p.sei_r.lower()}-{p.mei_r.lower()}", f"{p.mei_r.lower()}.{p.sei_r.lower()}{rng.randint(2, 9)}"):
            e = f"{lp}@{domain}"
            if e not in self.emails:
                self.emails.add(e)
                p.work_email = e
                return e
        raise RuntimeError("work email")

    def family(self, base, kind):
        """kind: child / parent / spouse / sibling of base (same household)."""
        if kind == "child":
            return self.person(base.hh, age=(3, 15), email_p=0.2)
        if kind == "parent":
            return self.person(base.hh, age=(max(base.age() + 22, 45), max(base.age() + 35, 60)), email_p=0.35)
        if kind == "spouse":
            return self.person(base.hh, sex="M" if base.sex == "F" else "F",
                               age=(max(20, base.age() - 5), base.age() + 5), email_p=0.7)
        return self.person(base.hh, age=(max(18, base.age() - 6), base.age() + 6), email_p=0.8)


# --------------------------------------------------------------------------------------------- truth
class Truth:
    def __init__(self):
        self.apps = []
        self.files = {}

    def file(self, rel, columns=None, hard=None):
        ent = {"persons": 0}
        if columns is not None:
            ent["columns"] = columns
        if hard:
            ent["hard_negative_columns"] = hard
        self.files[rel] = ent

    def add(self, rel, rec, p, names=(), partial=(), emails=(), phones=(), dob=None, addr=None, mynum=None,
            role=""):
        self.apps.append({"file": rel, "record": str(rec), "pid": p.pid, "role": role,
                          "names": sorted(set(n for n in names if n)),
                          "partial_names": sorted(set(n for n in partial if n)),
                          "emails": sorted(set(e for e in emails if e)), "phones": sorted(set(x for x in phones if x)),
                          "dob": dob.isoformat() if isinstance(dob, dt.date) else dob,
                          "address": addr, "my_number": mynum})


def app_keys(a, with_partial):
    keys = set()
    for e in a["emails"]:
        keys.add(("e", e.lower()))
    if a["my_number"]:
        keys.add(("m", a["my_number"]))
    names = list(a["names"]) + (list(a["partial_names"]) if with_partial else [])
    for n in names:
        n = norm_name(n)
        if a["dob"]:
            keys.add(("nb", n, a["dob"]))
        for ph in a["phones"]:
            keys.add(("np", n, norm_phone(ph)))
        if a["address"]:
            keys.add(("na", n, norm_addr(a["address"])))
    return keys


def rule_count(apps, with_partial):
    """Union-find over strong keys, exactly as the contract states it. Returns (clusters, key->pids map)."""
    parent = list(range(len(apps)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner = {}
    keypids = {}
    for i, a in enumerate(apps):
        for k in app_keys(a, with_partial):
            keypids.setdefault(k, set()).add(a["pid"])
            if k in owner:
                ra, rb = find(i), find(owner[k])
                if ra != rb:
                    parent[ra] = rb
            else:
                owner[k] = i
    clusters = {}
    for i, a in enumerate(apps):
        clusters.setdefault(find(i), set()).add(a["pid"])
    return clusters, keypids


def check_scope(apps, label, problems):
    pids = {a["pid"] for a in apps}
    for wp in (False, True):
        clusters, keypids = rule_count(apps, wp)
        for k, ps in keypids.items():
            if len(ps) > 1:
                problems.append(f"{label}: key {k} shared by {sorted(ps)}")
        if len(clusters) != len(pids):
            split = {}
            for c in clusters.values():
                for p in c:
                    split[p] = split.get(p, 0) + 1
            bad = [p for p, n in split.items() if n > 1]
            problems.append(f"{label} (partial={wp}): rule gives {len(clusters)} clusters, truth {len(pids)};"
                            f" split {bad[:5]}")
    return len(pids)


# --------------------------------------------------------------------------------------------- mail rendering
CLIENTS = {
    "outlook": {"hdr": ["X-Mailer: Microsoft Outlook 16.0"], "enc": ["iso", "alt_b64"]},
    "thunderbird": {"hdr": ["User-Agent: Mozilla Thunderbird"], "enc": ["iso", "b64"]},
    "gmail": {"hdr": [], "enc": ["alt_b64", "alt_qp"], "mid": "mail.gmail.com"},
    "iphone": {"hdr": ["X-Mailer: iPhone Mail (21F90)"], "enc": ["qp", "iso"]},
    "android": {"hdr": ["User-Agent: Android"], "enc": ["b64", "alt_b64"]},
    "docomo": {"hdr": ["X-Mailer: docomo"], "enc": ["iso", "html_only"]},
    "au": {"hdr": ["X-Mailer: KDDI-CA"], "enc": ["iso"]},
    "softbank": {"hdr": ["X-Mailer: SoftBank Mail"], "enc": ["iso", "b64"]},
    "system": {"hdr": ["X-Mailer: ReservationSystem/3.2", "Auto-Submitted: auto-generated"], "enc": ["b64", "alt_b64"]},
}


def client_for(addr, rng):
    dom = addr.split("@")[1]
    if dom == "docomo.ne.jp":
        return "docomo"
    if dom in ("ezweb.ne.jp", "au.com"):
        return "au"
    if dom == "i.softbank.jp":
        return "softbank"
    if dom == "gmail.com":
        return rng.choice(["gmail", "android", "gmail"])
    if dom == "icloud.com":
        return "iphone"
    return rng.choice(["outlook", "thunderbird", "outlook", "iphone", "android"])


def enc_word(s, cs):
    if all(ord(c) < 128 for c in s):
        return s
    try:
        return Header(s, "iso-2022-jp" if cs == "iso" else "utf-8").encode()
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def fmt_addr(disp, addr, cs):
    if not disp:
        return addr
    w = enc_word(disp, cs)
    if w == disp and any(c in disp for c in ",.()"):
        w = f'"{disp}"'
    return f"{w} <{addr}>"


def to_html(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return ("<html><head><meta charset=\"utf-8\"></head><body><div style=\"font-family:sans-serif\">"
            + "<br>\n".join(esc.split("\n")) + "</div></body></html>\n")


def part(ctype, text, how):
    if how == "iso":
        try:
            data = text.encode("iso2022_jp")
            return (f"Content-Type: {ctype}; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n").encode() + data + b"\n"
        except UnicodeEncodeError:
            how = "b64"
    if how == "qp":
        data = quopri.encodestring(text.encode("utf-8"))
        return f"Content-Type: {ctype}; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n".encode() + data + b"\n"
    data = base64.encodebytes(text.encode("utf-8"))
    return f"Content-Type: {ctype}; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n".encode() + data


class Mailer:
    def __init__(self, rng):
        self.rng = rng
        self.t = dt.datetime(2024, 4, 1, 8, 0, tzinfo=JST)

    def tick(self):
        self.t += dt.timedelta(minutes=self.rng.randint(7, 600))
        return self.t

    def msg(self, frm, to, subject, text, client=None, cc=(), attachments=(), enc=None, extra=(), html=None):
        """frm=(display, addr); to=[(display, addr)...]. Returns (envelope_from, date, bytes)."""
        rng = self.rng
        client = client or client_for(frm[1], rng)
        c = CLIENTS[client]
        how = enc or rng.choice(c["enc"])
        cs = "iso" if how in ("iso", "html_only") and client not in ("gmail",) else "utf"
        date = self.tick()
        mid = f"<{rng.getrandbits(64):016x}.{rng.getrandbits(24):06x}@{c.get('mid', frm[1].split('@')[1])}>"
        hdr = [f"From: {fmt_addr(frm[0], frm[1], cs)}",
               "To: " + ", ".join(fmt_addr(d, a, cs) for d, a in to)]
        if cc:
            hdr.append("Cc: " + ", ".join(fmt_addr(d, a, cs) for d, a in cc))
        hdr += [f"Subject: {enc_word(subject, cs)}", f"Date: {format_datetime(date)}", f"Message-ID: {mid}",
                "MIME-Version: 1.0"] + list(c["hdr"]) + list(extra)
        bnd = lambda: f"----=_Part_{rng.getrandbits(40):010x}"  # noqa: E731
        if how == "html_only":
            body = part("text/html", html or to_html(text), "iso" if cs == "iso" else "b64")
        elif how.startswith("alt_"):
            b = bnd()
            sub = "qp" if how == "alt_qp" else "b64"
            body = (f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n--{b}\n").encode() + \
                part("text/plain", text, sub) + f"\n--{b}\n".encode() + part("text/html", html or to_html(text), sub) + \
                f"\n--{b}--\n".encode()
        else:
            body = part("text/plain", text, how)
        if attachments:
            b = bnd()
            out = f"Content-Type: multipart/mixed; boundary=\"{b}\"\n\nThis is a multi-part message in MIME format.\n\n--{b}\n".encode() + body
            for fname, ctype, data in attachments:
                fn = enc_word(fname, "utf")
                out += (f"\n--{b}\nContent-Type: {ctype}; name=\"{fn}\"\nContent-Disposition: attachment; "
                        f"filename=\"{fn}\"\nContent-Transfer-Encoding: base64\n\n").encode() + base64.encodebytes(data)
            out += f"\n--{b}--\n".encode()
            body = out
        raw = "\n".join(hdr).encode("ascii") + b"\n" + body
        return frm[1], date, raw


def write_mbox(path, msgs):
    with open(path, "wb") as f:
        for env, date, raw in msgs:
            f.write(f"From {env} {date.strftime('%a %b %d %H:%M:%S %Y')}\n".encode())
            lines = raw.split(b"\n")
            f.write(b"\n".join((b">" + ln if ln.startswith(b"From ") else ln) for ln in lines))
            if not raw.endswith(b"\n"):
                f.write(b"\n")
            f.write(b"\n")


# --------------------------------------------------------------------------------------------- helpers
def phone_var(rng, ph):
    d = norm_phone(ph)
    r = rng.random()
    if r < 0.55:
        return ph
    if r < 0.75:
        return d
    if r < 0.88:
        return ph.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
    if len(d) == 11:
        return f"{d[:3]}({d[3:7]}){d[7:]}"
    return ph


def name_var(rng, p):
    r = rng.random()
    if r < 0.4:
        return p.full()
    if r < 0.7:
        return p.full(" ")
    return p.full("　")


def wareki(d):
    if d >= dt.date(2019, 5, 1):
        return f"令和{d.year - 2018}年{d.month}月{d.day}日"
    if d >= dt.date(1989, 1, 8):
        return f"平成{d.year - 1988}年{d.month}月{d.day}日"
    return f"昭和{d.year - 1925}年{d.month}月{d.day}日"


def dob_var(rng, d):
    r = rng.random()
    if r < 0.4:
        return d.strftime("%Y/%m/%d")
    if r < 0.6:
        return d.isoformat()
    if r < 0.8:
        return f"{d.year}年{d.month}月{d.day}日"
    return wareki(d)


def fixed_zip(path):
    """Rewrite a zip (xlsx/docx) with fixed timestamps and order so output is byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":  # openpyxl stamps 'modified' with the wall clock at save time
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>2024-06-01T09:00:00Z\g<2>", data)
        fixed.append((name, data))
    items = fixed
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 6, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


FIXED_TS = dt.datetime(2024, 6, 1, 9, 0, 0)


# --------------------------------------------------------------------------------------------- generator
class Gen:
    def __init__(self, out, seed):
        self.out = out
        self.drive = os.path.join(out, "drive")
        self.rng = random.Random(seed)
        self.w = World(self.rng)
        self.t = Truth()
        self.mailer = Mailer(self.rng)

    # ---- io
    def path(self, rel):
        p = os.path.join(self.drive, *rel.split("/"))
        os.makedirs(os.path.dirname(p), exist_ok=True)
        return p

    def write_csv(self, rel, header, rows, columns=None, hard=None, enc="utf-8-sig", delim=","):
        buf = io.StringIO()
        wr = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
        if header:
            wr.writerow(header)
        wr.writerows(rows)
        with open(self.path(rel), "wb") as f:
            f.write(buf.getvalue().encode(enc))
        self.t.file(rel, columns, hard)

    def write_text(self, rel, text, enc="utf-8"):
        with open(self.path(rel), "wb") as f:
            f.write(text.encode(enc))
        self.t.file(rel)

    # ---- world
    def build_world(self):
        w, rng = self.w, self.rng
        self.clinic_staff = []
        for i in range(34):
            p = w.person(age=(23, 62), email_p=0.6, sur=("鈴木", "スズキ", "Suzuki") if i in (4, 7) else None)
            p.roles.add("clinic_staff")
            dom = ["sakura-dental.jp", "midori-shika.jp", "aoba-naika.jp"][i % 3]
            w.work_email(p, dom)
            p.mynum = my_number(rng)
            self.clinic_staff.append(p)
        self.doctors = [w.person(age=(38, 70), email_p=0) for _ in range(22)]
        for i, d in enumerate(self.doctors):
            w.work_email(d, ["tokyo-med.or.jp", "kanagawa-hp.jp", "city-hosp.jp", "shiba-clinic.jp"][i % 4])
        # patients: households
        self.patients = {"sakura": [], "midori": [], "naika": []}
        for _ in range(420):
            hh = w.new_household()
            main = w.person(hh, age=(18, 85))
            members = [main]
            r = rng.random()
            if r < 0.35 and main.age() < 55:
                members.append(w.family(main, "child"))
                if rng.random() < 0.3:
                    members.append(w.family(main, "child"))
            elif r < 0.5 and main.age() < 52:
                members.append(w.family(main, "parent"))
            elif r < 0.6:
                members.append(w.family(main, "spouse"))
            for m in members:
                clinic = rng.choice(["sakura", "midori", "naika", "naika", "sakura"])
                self.patients[clinic].append(m)
                m.roles.add("patient_" + clinic)
                if rng.random() < 0.06:
                    other = rng.choice([c for c in self.patients if c != clinic])
                    self.patients[other].append(m)
                    m.roles.add("patient_" + other)
        # staff who are also patients
        for s in self.clinic_staff[:5]:
            self.patients["sakura" if s is not self.clinic_staff[2] else "naika"].append(s)
        # maiden names: a few married female patients with an old surname kept in earlier records
        cand = [p for p in self.patients["sakura"] + self.patients["naika"] if p.sex == "F" and 25 <= p.age() <= 45 and p.email]
        self.maiden = cand[:6]
        for p in self.maiden:
            old = rng.choice(SURNAMES)
            while old[0] == p.sei:
                old = rng.choice(SURNAMES)
            p.old_sei, p.old_sei_k = old[0], old[1]
        # 同姓同名: a second person with exactly the same name as an existing patient, another birth date and phone
        self.homonyms = []
        for base in self.patients["sakura"][10:13] + self.patients["naika"][20:22]:
            if base.age() < 18:
                continue
            twin = w.person(age=(20, 80), sur=(base.sei, base.sei_k, base.sei_r), given=(base.mei, base.mei_k, base.mei_r))
            clinic = "sakura" if base in self.patients["sakura"] else "naika"
            self.patients[clinic].append(twin)
            self.homonyms.append((base, twin))
        # nicknames
        for p in self.patients["sakura"] + self.patients["midori"]:
            if p.email and p.sex == "F" and rng.random() < 0.1:
                p.nick = "".join(chr(ord(c) - 0x60) for c in p.mei_k[:2]) + rng.choice(NICK_SUFFIX)
        # staffing agency
        self.coords = []
        for i in range(8):
            p = w.person(age=(25, 50), email_p=0.5)
            w.work_email(p, "aoba-staff.co.jp")
            self.coords.append(p)
        self.clients = []
        names = ["株式会社ミナト物流", "東都メディカル株式会社", "さくら介護サービス株式会社", "株式会社グリーンケア",
                 "丸和商事株式会社", "医療法人社団 陽光会", "株式会社ヒカリ電子", "社会福祉法人 あおぞら会",
                 "株式会社東西フーズ", "横浜ロジテック株式会社", "株式会社ライフサポート", "川崎中央病院"]
        doms = ["minato-logi.co.jp", "toto-medical.co.jp", "sakura-kaigo.jp", "greencare.co.jp", "maruwa.co.jp",
                "yokokai.or.jp", "hikari-denshi.co.jp", "aozora-fukushi.or.jp", "tozai-foods.co.jp", "yokohama-lt.co.jp",
                "life-support.co.jp", "kawasaki-chuo-hp.jp"]
        for i, (n, d) in enumerate(zip(names, doms)):
            mgrs = []
            for _ in range(rng.randint(2, 4)):
                m = w.person(age=(30, 60), email_p=0.3)
                w.work_email(m, d)
                m.mobile = f"{'03' if i % 2 else '045'}-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"  # direct line
                mgrs.append(m)
            self.clients.append({"name": n, "dom": d, "mgrs": mgrs,
                                 "rep": f"03-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"})
        self.hstaff = []
        for _ in range(330):
            hh = w.new_household()
            p = w.person(hh, age=(19, 64), email_p=0.92)
            p.mynum = my_number(rng)
            p.roles.add("haken")
            self.hstaff.append(p)
        # staff sharing a surname: siblings registered together (same mother as emergency contact)
        self.siblings = []
        for base in self.hstaff[:12]:
            sib = w.family(base, "sibling")
            sib.mynum = my_number(rng)
            sib.roles.add("haken")
            if not sib.email:
                sib.email = w._email(sib)
            self.hstaff.append(sib)
            self.siblings.append((base, sib))
        # a coordinator and a candidate with the same given name
        c0 = self.coords[0]
        twin = w.person(age=(22, 40), given=(c0.mei, c0.mei_k, c0.mei_r), sex=c0.sex, email_p=1.0)
        twin.mynum = my_number(rng)
        self.hstaff.append(twin)
        self.coord_twin = twin
        self.applicants = [w.person(age=(19, 60), email_p=1.0) for _ in range(140)]
        # emergency contacts + dependants
        self.emerg = {}
        self.deps = {}
        for s in self.hstaff:
            sib = next((b for a, b in self.siblings if a is s), None)
            base = next((a for a, b in self.siblings if b is s), None)
            if base is not None:
                self.emerg[s.pid] = self.emerg[base.pid]
                continue
            kind = rng.choice(["parent", "spouse", "parent", "sibling"])
            if s.age() > 50 and kind == "parent":
                kind = "spouse"
            c = w.family(s, kind)
            self.emerg[s.pid] = (c, {"parent": "母" if c.sex == "F" else "父", "spouse": "妻" if c.sex == "F" else "夫",
                                     "sibling": "姉" if c.sex == "F" else "兄"}[kind])
            if kind == "spouse" and 25 < s.age() < 50 and rng.random() < 0.35:
                kids = [w.family(s, "child") for _ in range(rng.randint(1, 2))]
                self.deps[s.pid] = kids
            if sib is not None and kind == "parent":
                pass
        for a, b in self.siblings:  # siblings: the shared emergency contact must be a parent
            c, rel = self.emerg[a.pid]
            if rel not in ("母", "父"):
                c2 = w.family(a, "parent")
                self.emerg[a.pid] = self.emerg[b.pid] = (c2, "母" if c2.sex == "F" else "父")
        # fitness club
        self.trainers = []
        for _ in range(9):
            p = w.person(age=(22, 45), email_p=0.3)
            w.work_email(p, "aoba-fitness.jp")
            self.trainers.append(p)
        self.members = []
        for _ in range(260):
            self.members.append(w.person(age=(18, 75), email_p=0.85))
        # overlaps: some haken staff / patients are members
        self.members += self.hstaff[40:58] + [p for p in self.patients["naika"][:40] if p.age() >= 18][:15]
        self.family_members = {}
        for m in self.members[:40]:
            if m.age() > 25:
                self.family_members[m.pid] = self.w.family(m, rng.choice(["spouse", "child"]))

    # ---- clinic reception mbox
    def clinic_mbox(self, rel, clinic, n_threads):
        rng, t, M = self.rng, self.t, self.mailer
        cname = {"sakura": "さくら歯科クリニック", "midori": "みどり歯科", "naika": "あおば内科クリニック"}[clinic]
        dom = {"sakura": "sakura-dental.jp", "midori": "midori-shika.jp", "naika": "aoba-naika.jp"}[clinic]
        role = {"sakura": ("さくら歯科 予約受付", f"yoyaku@{dom}"), "midori": ("みどり歯科", f"info@{dom}"),
                "naika": ("あおば内科 受付", f"uketsuke@{dom}")}[clinic]
        noreply = (f"{cname} Web予約", f"no-reply@{dom}")
        rep = {"sakura": "03-3421-5580", "midori": "044-711-2301", "naika": "045-902-1188"}[clinic]
        staff = [s for s in self.clinic_staff if s.work_email.endswith(dom)]
        msgs, ri = [], [0]
        pool = [p for p in self.patients[clinic] if not getattr(p, "_used_" + clinic, False)]
        rng.shuffle(pool)
        chosen = pool[:n_threads]
        if clinic in ("sakura", "naika"):
            chosen += [p for p in self.maiden if ("patient_" + clinic) in p.roles and p not in chosen]
            chosen += [b for pair in self.homonyms for b in pair if b in self.patients[clinic] and b not in chosen]

        def rec():
            ri[0] += 1
            return ri[0]

        def add(r, p, **kw):
            t.add(rel, r, p, **kw)

        sig_clinic = f"\n--\n{cname}\n{rep}（代表）\n{role[1]}\n"
        for p in chosen:
            adult = p.age() >= 16
            fam = None
            writer = p
            pe = p.work_email if p in staff else p.email
            if not adult or not pe:
                cands = [m for m in p.hh["members"] if m is not p and m.email and m.age() >= 20]
                if not cands:
                    continue
                writer = fam = cands[0]
            we = pe if writer is p else writer.email
            hub_needed = True
            # 1) web-form notification (hub: carries every key of the patient)
            r = rec()
            if p is writer:
                shown_name = p.full(" ") if not p.old_sei else f"{p.sei} {p.mei}"
                body = (f"Web予約フォームより以下の内容で受付しました。\n\n【お名前】{shown_name}\n【フリガナ】{p.kana()}\n"
                        f"【生年月日】{dob_var(rng, p.dob)}\n【電話番号】{phone_var(rng, p.mobile)}\n【メールアドレス】{pe}\n"
                        f"【ご希望日時】6月{rng.randint(1, 28)}日 {rng.choice(['午前', '午後', '10:00', '15:30'])}\n"
                        f"【症状・ご相談】{rng.choice(['奥歯がしみる', '定期検診', '詰め物が取れた', '咳が続く', '健康診断の結果について', '発熱と喉の痛み'])}\n"
                        + (f"【旧姓】{p.old_sei}\n" if p.old_sei else "") +
                        "\n※このメールはシステムより自動送信されています。\n")
                msgs.append(M.msg(noreply, [role], f"【Web予約】{shown_name}様 新規予約", body, client="system"))
                add(r, p, names=[shown_name, p.kana()], emails=[pe], phones=[p.mobile], dob=p.dob,
                    partial=[p.old_sei] if p.old_sei else [])
            else:
                body = (f"Web予約フォームより以下の内容で受付しました。\n\n【受診者氏名】{p.full(' ')}\n【フリガナ】{p.kana()}\n"
                        f"【生年月日】{dob_var(rng, p.dob)}\n【保護者・ご記入者】{fam.full(' ')}（{'母' if fam.sex == 'F' else '父'}）\n"
                        f"【連絡先電話】{phone_var(rng, fam.mobile)}\n【メールアドレス】{fam.email}\n"
                        f"【ご相談内容】{rng.choice(['乳歯のぐらつき', 'フッ素塗布', '虫歯の検診', '予防接種の相談', '付き添いでの受診'])}\n")
                msgs.append(M.msg(noreply, [role], f"【Web予約】{p.full()}様 新規予約", body, client="system"))
                add(r, p, names=[p.full(" "), p.kana()], dob=p.dob, role="subject")
                add(r, fam, names=[fam.full(" ")], emails=[fam.email], phones=[fam.mobile], role="guardian")
            # 2) reply from a staff member (personal work address) or from the role address
            r = rec()
            if staff and rng.random() < 0.45:
                s = rng.choice(staff)
                body = (f"{writer.full(' ')} 様\n\n{cname}受付の{s.sei}です。\nご予約を承りました。当日は診察券と保険証をお持ちください。\n\n"
                        f"{cname}\n受付 {s.full(' ')}\n{s.work_email}\n{rep}（代表）\n")
                msgs.append(M.msg((s.full(" "), s.work_email), [(writer.full(" "), we)], "ご予約確定のお知らせ", body))
                add(r, s, names=[s.full(" ")], partial=[s.sei], emails=[s.work_email], role="staff")
            else:
                body = f"{writer.full(' ')} 様\n\nご予約を承りました。変更の際はご連絡ください。\n{sig_clinic}"
                msgs.append(M.msg(role, [(writer.full(" "), we)], "ご予約確定のお知らせ", body))
            add(r, writer, names=[writer.full(" ")], emails=[we])
            # 3) the writer moves the appointment, signing in one of the ways people do
            for _ in range(rng.choice([0, 1, 1, 2])):
                r = rec()
                style = rng.random()
                if writer.nick and style < 0.3:
                    disp, self_ref, names, partial = writer.nick, f"{writer.mei}です", [], [writer.nick, writer.mei]
                elif style < 0.45:
                    disp, self_ref, names, partial = writer.romaji(rng.choice(["gf", "fg"])), f"{writer.full()}です", [writer.full(), writer.romaji("gf")], []
                    names = [writer.full(), disp]
                elif style < 0.6:
                    disp, self_ref, names, partial = writer.kana(""), f"{writer.sei}です", [writer.kana("")], [writer.sei]
                elif style < 0.75:
                    disp, self_ref, names, partial = "", f"{writer.mei}です", [], [writer.mei]
                else:
                    disp, self_ref, names, partial = writer.full(" "), f"{writer.full()}です", [writer.full()], []
                phone_line, phones = "", []
                if rng.random() < 0.35:
                    phone_line = f"\n{writer.full()}\n{phone_var(rng, writer.mobile)}"
                    phones = [writer.mobile]
                    names = names + [writer.full()]
                about = "" if writer is p else "子ども（家族）の予約の件です。"
                body = (f"{cname} 御中\n\nお世話になっております。{self_ref}。{about}\n"
                        f"{rng.choice(['仕事の都合で', '子どもの行事があり', '体調がすぐれず', '急な出張で'])}、予約を"
                        f"{rng.choice(['来週', '月末', '別の日'])}に変更していただけますでしょうか。\nよろしくお願いいたします。{phone_line}\n")
                msgs.append(M.msg((disp, we), [role], rng.choice(["予約変更のお願い", "Re: ご予約確定のお知らせ", "予約の変更"]), body))
                add(r, writer, names=names, partial=partial, emails=[we], phones=phones)
            # 4) system reminder, one patient per mail
            if rng.random() < 0.6:
                r = rec()
                who = p.full(' ') + " 様" if p is writer else f"{writer.full(' ')} 様\n（受診者: {p.full(' ')} 様 {dob_var(rng, p.dob)}生）"
                body = (f"{who}\n\n{cname}です。明日 {rng.randint(9, 17)}:{rng.choice(['00', '30'])} のご予約をお知らせします。\n"
                        f"ご都合が悪い場合は {rep} までお電話ください。\n\n※本メールは送信専用です。\n")
                msgs.append(M.msg(noreply, [(writer.full(" "), we)], "【リマインダー】明日のご予約", body, client="system"))
                if p is writer:
                    add(r, p, names=[p.full(" ")], emails=[pe])
                else:
                    add(r, writer, names=[writer.full(" ")], emails=[we])
                    add(r, p, names=[p.full(" ")], dob=p.dob, role="subject")
            # 5) family member writes about the patient (patient by full name + birth date)
            if adult and rng.random() < 0.18:
                others = [m for m in p.hh["members"] if m is not p and m.email and m.age() >= 16]
                if others:
                    f_ = others[0]
                    r = rec()
                    rel_ = "母" if f_.age() > p.age() + 18 and f_.sex == "F" else ("父" if f_.age() > p.age() + 18 else "家族")
                    body = (f"{cname} 御中\n\n{p.full()}（{dob_var(rng, p.dob)}生）の{rel_ if rel_ == '家族' else '子'}の{f_.full()}です。\n"
                            f"{p.sei}が{rng.choice(['体調を崩しており', '入院することになり', '仕事で行けなくなり'])}、予約をキャンセルさせてください。\n"
                            f"連絡は私の携帯 {phone_var(rng, f_.mobile)} までお願いします。\n")
                    msgs.append(M.msg((f_.full(" "), f_.email), [role], f"{p.full()}の予約について", body))
                    add(r, p, names=[p.full()], partial=[p.sei], dob=p.dob, role="patient_mentioned_by_family")
                    add(r, f_, names=[f_.full()], emails=[f_.email], phones=[f_.mobile], role="family")
            # maiden-name mail: the married patient writes from the same address naming her old surname
            if p.old_sei:
                r = rec()
                body = (f"{cname} 御中\n\n{p.full()}（旧姓 {p.old_sei}）です。\n結婚して姓が変わりました。診察券の名義変更をお願いします。\n"
                        f"旧: {p.old_sei}{p.mei}\n新: {p.full()}\n")
                msgs.append(M.msg((p.full(" "), pe), [role], "姓が変わりました", body))
                add(r, p, names=[p.full(), f"{p.old_sei}{p.mei}"], partial=[p.old_sei], emails=[pe])
        # no-person traffic: bounces, switchboard, newsletters, role mail
        for _ in range(max(6, n_threads // 8)):
            k = rng.randint(0, 3)
            if k == 0:
                body = "This is the mail system at host mx.example.ne.jp.\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n<unknown-user@example.ne.jp>: host mx said: 550 5.1.1 User unknown\n"
                msgs.append(M.msg(("Mail Delivery System", f"MAILER-DAEMON@mx.{dom}"), [role], "Undelivered Mail Returned to Sender", body, client="system"))
            elif k == 1:
                body = f"{cname} 各位\n\n歯科材料のご案内です。新商品カタログを添付いたします。\n\n株式会社デンタルサプライ 営業部\nTEL 03-5500-{rng.randint(1000, 9999)}（代表）\nsales@dental-supply.co.jp\n"
                msgs.append(M.msg(("デンタルサプライ 営業部", "sales@dental-supply.co.jp"), [role], "新商品のご案内", body, client="outlook"))
            elif k == 2:
                body = "ただいま休診期間中のため、返信は6月10日以降となります。\nお急ぎの方はお電話ください。\n" + sig_clinic
                msgs.append(M.msg(role, [role], "自動応答: 休診のお知らせ", body, client="system"))
            else:
                body = f"{cname}\n院内勉強会のお知らせ\n日時: 6月{rng.randint(1, 28)}日 19:00〜\n場所: 2階会議室\n\n事務局\n"
                msgs.append(M.msg((f"{cname} 事務局", f"office@{dom}"), [(f"スタッフML", f"staff-ml@{dom}")], "院内勉強会", body, client="outlook"))
        write_mbox(self.path(rel), msgs)
        t.file(rel)
        return len(msgs)

    # ---- referral letters between doctors
    def referral_mbox(self, rel, n):
        rng, t, M = self.rng, self.t, self.mailer
        me = self.clinic_staff[2]  # the internal-medicine director (also a staff member)
        msgs = []
        pats = [p for p in self.patients["naika"] if p.age() >= 20 and p not in self.clinic_staff]
        rng.shuffle(pats)
        for i in range(n):
            d = rng.choice(self.doctors)
            p = pats[i]
            dx = rng.choice(["2型糖尿病", "高血圧症", "心房細動の疑い", "逆流性食道炎", "慢性腎臓病(G3a)", "甲状腺機能低下症"])
            inbound = rng.random() < 0.5
            body = (f"{'あおば内科クリニック' if inbound else d.work_email.split('@')[1]}\n{(me if inbound else d).full()} 先生 御侍史\n\n"
                    f"いつも大変お世話になっております。\n下記患者様をご紹介申し上げます。\n\n"
                    f"患者氏名: {name_var(rng, p)} 様（{p.kana()}）\n生年月日: {dob_var(rng, p.dob)}（{p.age()}歳）\n"
                    f"傷病名: {dx}\n紹介目的: 精査加療のお願い\n\n既往歴: {rng.choice(['特記事項なし', '虫垂炎術後', '喘息'])}\n"
                    f"処方: {rng.choice(['アムロジピン5mg', 'メトホルミン500mg', 'なし'])}\n\n{p.sei}様には紹介状持参の上、受診いただくようお伝えしております。\n\n"
                    f"{(d if inbound else me).full()}\n{(d if inbound else me).work_email}\n")
            frm = d if inbound else me
            to = me if inbound else d
            msgs.append(M.msg((frm.full(" "), frm.work_email), [(to.full(" "), to.work_email)],
                              f"診療情報提供書（{p.sei}様）", body, enc=rng.choice(["iso", "b64", "qp"])))
            t.add(rel, i + 1, p, names=[p.full(), p.kana()], partial=[p.sei], dob=p.dob, role="patient")
            t.add(rel, i + 1, d, names=[d.full()], emails=[d.work_email], role="doctor")
            t.add(rel, i + 1, me, names=[me.full()], emails=[me.work_email], role="doctor")
        write_mbox(self.path(rel), msgs)
        t.file(rel)
        self.referred = pats[:n]

    # ---- staffing: applications with résumé in the body
    def applications_mbox(self, rel):
        rng, t, M = self.rng, self.t, self.mailer
        msgs, ri = [], 0
        recruit = ("アオバスタッフ 採用担当", "recruit@aoba-staff.co.jp")
        for a in self.applicants[:110]:
            ri += 1
            job = rng.choice(["一般事務", "医療事務", "看護師", "介護福祉士", "ヘルパー2級", "受付"])
            style = rng.random()
            disp = a.full(" ") if style < 0.5 else (a.romaji() if style < 0.75 else a.kana(""))
            body = (f"アオバスタッフ ご担当者様\n\n{job}の求人を拝見し、応募いたします。\n\n"
                    f"■氏名　{name_var(rng, a)}（{a.kana()}）\n■生年月日　{dob_var(rng, a.dob)}（{a.age()}歳）\n"
                    f"■住所　〒{a.zip} {a.addr}\n■電話　{phone_var(rng, a.mobile)}\n■メール　{a.email}\n"
                    f"■職歴\n　{rng.randint(2005, 2020)}年 {rng.choice(['株式会社ミナト物流', '丸和商事株式会社', '川崎中央病院'])} 入社\n"
                    f"　{rng.randint(2021, 2023)}年 同社 退職\n■資格　{rng.choice(['日商簿記2級', '正看護師', '介護福祉士', '普通自動車免許', 'MOS'])}\n\n"
                    f"{a.mei}と申します。どうぞよろしくお願いいたします。\n")
            atts = []
            if rng.random() < 0.15:
                atts.append((f"photo_{ri}.jpg", "image/jpeg", bytes(rng.getrandbits(8) for _ in range(300))))
            msgs.append(M.msg((disp, a.email), [recruit], f"【応募】{job}／{a.full()}", body, attachments=atts))
            t.add(rel, ri, a, names=[a.full(), a.kana(), disp], partial=[a.mei], emails=[a.email], phones=[a.mobile],
                  dob=a.dob, addr=a.addr, role="applicant")
            if rng.random() < 0.3:  # auto-reply from recruit@
                ri += 1
                msgs.append(M.msg(recruit, [(disp, a.email)], "【自動返信】ご応募ありがとうございます",
                                  f"{a.full(' ')} 様\n\nご応募ありがとうございます。担当者より3営業日以内にご連絡します。\n\n株式会社アオバスタッフ\n03-6205-7700（代表）\n", client="system"))
                t.add(rel, ri, a, names=[a.full(" ")], emails=[a.email], role="applicant")
        # the coordinator's namesake applies (same given name, different person)
        tw = self.coord_twin
        c0 = self.coords[0]
        ri += 1
        body = (f"採用ご担当 {c0.sei}様\n\nお電話ありがとうございました。{tw.full()}です。\n偶然ですが、{c0.sei}様と同じ{tw.mei}という名前です。\n"
                f"生年月日 {dob_var(rng, tw.dob)}\n携帯 {tw.mobile}\n")
        msgs.append(M.msg((tw.full(" "), tw.email), [(c0.full(" "), c0.work_email)], "面談の件", body))
        t.add(rel, ri, tw, names=[tw.full()], partial=[tw.mei], emails=[tw.email], phones=[tw.mobile], dob=tw.dob)
        t.add(rel, ri, c0, names=[c0.full(" ")], partial=[c0.sei], emails=[c0.work_email], role="coordinator")
        for _ in range(8):
            ri += 1
            msgs.append(M.msg(("求人ナビ", "no-reply@kyujin-navi.jp"), [recruit], "【求人ナビ】新着応募が3件あります",
                              "新着応募が3件あります。管理画面からご確認ください。\nhttps://kyujin-navi.jp/admin\n", client="system"))
        write_mbox(self.path(rel), msgs)
        t.file(rel)

    # ---- staffing: proposals to client companies, several candidates per mail
    def proposals_mbox(self, rel):
        rng, t, M = self.rng, self.t, self.mailer
        msgs = []
        pool = self.hstaff[:200]
        for i in range(55):
            c = rng.choice(self.clients)
            m = rng.choice(c["mgrs"])
            co = rng.choice(self.coords)
            cands = rng.sample(pool, rng.randint(3, 6))
            lines = []
            for j, s in enumerate(cands, 1):
                if int(s.pid[1:]) % 2:
                    nm, names, partial, keys = s.full(), [s.full()], [], {"dob": s.dob}
                    lines.append(f"{j}. {nm}（{s.age()}歳・{'女性' if s.sex == 'F' else '男性'}）生年月日 {dob_var(rng, s.dob)}\n"
                                 f"   経験: {rng.choice(['医療事務5年', '看護師10年', '介護3年', '一般事務8年', 'コールセンター2年'])}")
                else:
                    nm, names, partial, keys = s.full(" "), [s.full(" ")], [], {"phones": [s.mobile]}
                    lines.append(f"{j}. {nm} 様　{s.age()}歳　連絡先 {s.mobile}\n   スキル: {rng.choice(['Excel中級', 'レセプト業務', '夜勤可', '普通免許'])}")
                t.add(rel, i + 1, s, names=names, partial=partial, role="candidate", **keys)
            body = (f"{c['name']}\n{m.full()} 様\n\nいつもお世話になっております。アオバスタッフの{co.sei}です。\nご依頼の件、以下の候補者をご提案いたします。\n\n"
                    + "\n".join(lines) + f"\n\nご検討のほどよろしくお願いいたします。\n\n株式会社アオバスタッフ\nコーディネーター {co.full()}\n{co.work_email}\n03-6205-7700（代表）\n")
            msgs.append(M.msg((co.full(" "), co.work_email), [(m.full(" "), m.work_email)], f"候補者のご提案（{c['name']}様）", body, client="outlook"))
            t.add(rel, i + 1, m, names=[m.full()], emails=[m.work_email], role="client_manager")
            t.add(rel, i + 1, co, names=[co.full()], partial=[co.sei], emails=[co.work_email], role="coordinator")
        write_mbox(self.path(rel), msgs)
        t.file(rel)

    # ---- staffing: timesheets and shift lists (many staff per mail, CSV attachments)
    def timesheet_mbox(self, rel):
        rng, t, M = self.rng, self.t, self.mailer
        msgs = []
        kintai = ("アオバスタッフ 勤怠管理", "kintai@aoba-staff.co.jp")
        for i in range(45):
            c = self.clients[i % len(self.clients)]
            m = rng.choice(c["mgrs"])
            staff = rng.sample(self.hstaff[:260], rng.randint(4, 12))
            rows = [["日付", "氏名", "携帯", "開始", "終了"]]
            text_lines = []
            for s in staff:
                for d in range(rng.randint(1, 3)):
                    rows.append([f"2024/06/{d * 3 + 1 + i % 3:02d}", s.full(" "), s.mobile, "09:00", "18:00"])
                text_lines.append(f"・{s.full()}（{s.mobile}）")
                t.add(rel, i + 1, s, names=[s.full()], phones=[s.mobile], role="staff")
            buf = io.StringIO()
            csv.writer(buf, lineterminator="\r\n").writerows(rows)
            atts = [(f"shift_{c['dom'].split('.')[0]}_{i + 1}.csv", "text/csv", buf.getvalue().encode("cp932"))]
            body = (f"アオバスタッフ 勤怠ご担当者様\n\n{c['name']}の{m.sei}です。\n6月前半の勤務実績を送付します。\n\n" + "\n".join(text_lines) +
                    f"\n\n詳細は添付CSVをご確認ください。\n\n{c['name']}\n{m.full()}\n{m.work_email}\n直通 {m.mobile}\n代表 {c['rep']}\n")
            msgs.append(M.msg((m.full(" "), m.work_email), [kintai], f"勤務実績 6月前半（{c['name']}）", body, attachments=atts, client="outlook"))
            t.add(rel, i + 1, m, names=[m.full()], partial=[m.sei], emails=[m.work_email], phones=[m.mobile], role="client_manager")
        for i in range(10):  # system timesheet notifications: no person
            msgs.append(M.msg(("勤怠システム", "no-reply@kintai-cloud.jp"), [kintai], "【勤怠クラウド】承認待ちが12件あります",
                              "承認待ちの勤怠が12件あります。\nhttps://kintai-cloud.jp/approve\n", client="system"))
        write_mbox(self.path(rel), msgs)
        t.file(rel)

    # ---- staffing: client companies
    def clients_mbox(self, rel):
        rng, t, M = self.rng, self.t, self.mailer
        msgs = []
        eigyo = ("アオバスタッフ 営業部", "sales@aoba-staff.co.jp")
        ri = 0
        for c in self.clients:
            for m in c["mgrs"]:
                for _ in range(rng.randint(1, 3)):
                    ri += 1
                    s = rng.choice(self.hstaff[:260])
                    body = (f"アオバスタッフ 営業ご担当者様\n\n{c['name']} {m.sei}です。\n"
                            f"来月から{rng.choice(['医療事務', '看護師', '介護職', '一般事務'])}をもう1名お願いしたく、ご連絡しました。\n"
                            f"現在来ていただいている{s.full()}さん（携帯 {s.mobile}）の契約も延長をお願いします。\n\n"
                            f"{c['name']}\n{rng.choice(['総務部', '人事部', '看護部'])} {m.full()}\n直通: {m.mobile}\n代表: {c['rep']}\n{m.work_email}\n")
                    msgs.append(M.msg((m.full(" "), m.work_email), [eigyo], "増員のご相談", body))
                    t.add(rel, ri, m, names=[m.full()], partial=[m.sei], emails=[m.work_email], phones=[m.mobile], role="client_manager")
                    t.add(rel, ri, s, names=[s.full()], phones=[s.mobile], role="staff")
            ri += 1
            body = f"各位\n\n{c['name']}は7月1日より本社を移転いたします。\n新住所: 東京都千代田区丸の内1-{rng.randint(1, 9)}-1\n代表電話: {c['rep']}\n総務部\n"
            msgs.append(M.msg((f"{c['name']} 総務部", f"info@{c['dom']}"), [eigyo], "本社移転のお知らせ", body, client="outlook"))
        write_mbox(self.path(rel), msgs)
        t.file(rel)

    # ---- staffing: mail merge to all registered staff (one mail per staff)
    def mailmerge_mbox(self, rel):
        rng, t, M = self.rng, self.t, self.mailer
        msgs = []
        frm = ("アオバスタッフ", "info@aoba-staff.co.jp")
        staff = [s for s in self.hstaff if s.email][:180]
        for i, s in enumerate(staff, 1):
            body = (f"{s.full(' ')} 様\n\nいつもアオバスタッフをご利用いただきありがとうございます。\n"
                    f"年末調整の書類提出のお願いです。ご登録の内容は以下のとおりです。\n\n登録住所: {s.addr}\n登録電話: {s.mobile}\n\n"
                    "変更がある場合はマイページから更新してください。\n\n株式会社アオバスタッフ\n03-6205-7700（代表）\n")
            msgs.append(M.msg(frm, [(s.full(" "), s.email)], "【重要】年末調整書類のご提出について", body, client="system"))
            t.add(rel, i, s, names=[s.full(" ")], emails=[s.email], phones=[s.mobile], addr=s.addr, role="staff")
        # one mail to the whole list (BCC), no person
        msgs.append(M.msg(frm, [("登録スタッフ各位", "staff-all@aoba-staff.co.jp")], "夏季休業のお知らせ",
                          "登録スタッフ各位\n\n8月13日から16日まで休業いたします。\n株式会社アオバスタッフ\n", client="system"))
        write_mbox(self.path(rel), msgs)
        t.file(rel)

    # ---- fitness club inbox
    def fitness_mbox(self, rel):
        rng, t, M = self.rng, self.t, self.mailer
        msgs, ri = [], 0
        info = ("アオバフィットネス", "info@aoba-fitness.jp")
        for m in self.members[:110]:
            if not m.email:
                continue
            ri += 1
            k = rng.random()
            if k < 0.4:
                body = (f"アオバフィットネス 御中\n\n体験レッスンの予約をお願いします。\n\nお名前：{name_var(rng, m)}\nフリガナ：{m.kana()}\n"
                        f"電話番号：{phone_var(rng, m.mobile)}\n希望レッスン：{rng.choice(['ヨガ', 'ピラティス', 'ボクササイズ', 'ZUMBA'])}\n")
                msgs.append(M.msg((m.full(" ") if rng.random() < 0.6 else m.romaji(), m.email), [info], "体験レッスン予約", body))
                t.add(rel, ri, m, names=[m.full(), m.kana()], emails=[m.email], phones=[m.mobile], role="member")
            elif k < 0.75:
                body = (f"{m.sei}です。会員番号 {rng.randint(10000, 99999)}\n来月から休会したいのですが手続きを教えてください。\n")
                msgs.append(M.msg((m.full(" ") if rng.random() < 0.5 else "", m.email), [info], "休会について", body))
                t.add(rel, ri, m, names=[m.full(" ")] if True else [], partial=[m.sei], emails=[m.email], role="member")
                ri += 1
                body = f"{m.full(' ')} 様\n\nお問い合わせありがとうございます。休会届はフロントまたはWebでご提出いただけます。\n\nアオバフィットネス フロント\n"
                msgs.append(M.msg(info, [(m.full(" "), m.email)], "Re: 休会について", body, client="outlook"))
                t.add(rel, ri, m, names=[m.full(" ")], emails=[m.email], role="member")
            else:
                tr = rng.choice(self.trainers)
                body = f"{m.full(' ')} 様\n\nパーソナルトレーニング担当の{tr.full()}です。\n次回のセッションは{rng.randint(1, 28)}日です。\n\n{tr.full()}\n{tr.work_email}\n"
                msgs.append(M.msg((tr.full(" "), tr.work_email), [(m.full(" "), m.email)], "次回セッション", body, client="gmail"))
                t.add(rel, ri, m, names=[m.full(" ")], emails=[m.email], role="member")
                t.add(rel, ri, tr, names=[tr.full(), tr.full(" ")], emails=[tr.work_email], role="trainer")
        for _ in range(12):
            msgs.append(M.msg(("Stripe", "no-reply@stripe.com"), [info], "お支払いを受け付けました",
                              "お支払い ¥11,000 を受け付けました。\n領収書番号 #{}\n".format(rng.randint(1000, 9999)), client="system"))
        write_mbox(self.path(rel), msgs)
        t.file(rel)

    def newsletter_mbox(self, rel):
        rng, M = self.rng, self.mailer
        msgs = []
        for i in range(40):
            tr = rng.choice(["ヨガ", "HIIT", "ピラティス", "ストレッチ"])
            html = (f"<html><body><h1>アオバフィットネス通信 vol.{i + 1}</h1><p>今月のおすすめは{tr}クラスです。</p>"
                    "<p>会員の皆様のご来館をお待ちしております。</p><p>配信停止は<a href=\"https://aoba-fitness.jp/unsub\">こちら</a></p></body></html>\n")
            msgs.append(M.msg(("アオバフィットネス", "news@aoba-fitness.jp"), [("会員各位", "members@ml.aoba-fitness.jp")],
                              f"アオバフィットネス通信 vol.{i + 1}", f"今月のおすすめは{tr}クラスです。", client="system",
                              enc=rng.choice(["html_only", "alt_qp"]), html=html,
                              extra=["List-Id: <members.ml.aoba-fitness.jp>", "Precedence: bulk"]))
        write_mbox(self.path(rel), msgs)
        self.t.file(rel)

    def system_mbox(self, rel):
        rng, M = self.rng, self.mailer
        msgs = []
        for i in range(60):
            k = i % 5
            if k == 0:
                msgs.append(M.msg(("MAILER-DAEMON", "MAILER-DAEMON@mail.aoba-kai.or.jp"), [("", "admin@aoba-kai.or.jp")],
                                  "Delivery Status Notification (Failure)", "Your message to olduser@example.jp couldn't be delivered.\n550 No such user\n", client="system"))
            elif k == 1:
                msgs.append(M.msg(("サーバー監視", "monitor@aoba-kai.or.jp"), [("", "admin@aoba-kai.or.jp")],
                                  f"[ALERT] disk usage {rng.randint(80, 99)}%", f"host=nas01 usage={rng.randint(80, 99)}%\n", client="system"))
            elif k == 2:
                msgs.append(M.msg(("青葉会 全体連絡", "all@aoba-kai.or.jp"), [("全職員", "all@aoba-kai.or.jp")],
                                  "停電のお知らせ", "6月15日 8:00-10:00 ビル点検のため停電します。\n総務部（内線200）\n", client="outlook",
                                  extra=["List-Id: <all.aoba-kai.or.jp>"]))
            elif k == 3:
                msgs.append(M.msg(("support", "support@receipt-system.jp"), [("", "admin@aoba-kai.or.jp")],
                                  "【レセコン】定期メンテナンスのお知らせ", "6月20日 22:00-24:00 メンテナンスを実施します。\nサポートセンター 0120-555-{:03d}\n".format(rng.randint(100, 999)), client="system"))
            else:
                vcf = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:あおば内科クリニック\r\nORG:医療法人 青葉会\r\nTEL;TYPE=WORK:045-902-1188\r\nEMAIL:uketsuke@aoba-naika.jp\r\nEND:VCARD\r\n"
                msgs.append(M.msg(("青葉会 総務", "soumu@aoba-kai.or.jp"), [("", "admin@aoba-kai.or.jp")], "代表連絡先",
                                  "代表の連絡先カードを添付します。\n", client="outlook",
                                  attachments=[("aoba-naika.vcf", "text/vcard", vcf.encode())]))
        write_mbox(self.path(rel), msgs)
        self.t.file(rel)

    # ---- CSV lists
    def appointment_csvs(self):
        rng, t = self.rng, self.t
        cols_a = {"予約日時": None, "診察券番号": None, "氏名": "PERSON", "フリガナ": "PERSON", "生年月日": "DATE_OF_BIRTH",
                  "電話番号": "PHONE", "メールアドレス": "EMAIL", "処置内容": "SENSITIVE"}
        for clinic, folder in (("sakura", "歯科_さくら"), ("naika", "内科")):
            pats = [p for p in self.patients[clinic] if p.age() >= 3]
            for month in (4, 5, 6):
                rel = f"{folder}/予約一覧_2024-{month:02d}.csv"
                rows = []
                sel = pats[(month - 4) * 60:(month - 4) * 60 + 140]
                for p in sel:
                    card = f"{'S' if clinic == 'sakura' else 'N'}{int(p.pid[1:]) * 7 % 100000:05d}"
                    for v in range(rng.choice([1, 1, 2, 3])):
                        name, kana = p.full(" "), p.kana()
                        mail = p.email or ""
                        ph = p.mobile or p.home
                        if p.old_sei and month == 4:
                            name, kana = f"{p.old_sei} {p.mei}", f"{p.old_sei_k} {p.mei_k}"
                        if v == 2 and p.mobile and rng.random() < 0.5:
                            if not p.new_mobile:
                                p.new_mobile = self.w._mobile()
                            ph = p.new_mobile
                        rows.append([f"2024/{month:02d}/{rng.randint(1, 28):02d} {rng.randint(9, 17)}:{rng.choice(['00', '30'])}", card,
                                     name, kana, p.dob.strftime("%Y/%m/%d"), ph, mail,
                                     rng.choice(["定期検診", "虫歯治療", "歯周病治療", "抜歯", "糖尿病 経過観察", "高血圧 再診", "インフルエンザ"])])
                        t.add(rel, len(rows), p, names=[name, kana], dob=p.dob, phones=[ph], emails=[mail] if mail else [])
                rows.sort()
                # re-key records after sort: record ids are row numbers but only the set matters
                self.write_csv(rel, list(cols_a), rows, dict(cols_a), ["診察券番号"])

    def naika_master_csv(self):
        rng, t = self.rng, self.t
        rel = "内科/電子カルテ/患者マスタ_export.csv"
        cols = {"患者ID": None, "氏名": "PERSON", "カナ氏名": "PERSON", "生年月日": "DATE_OF_BIRTH", "性別": "?",
                "郵便番号": "POSTAL_CODE", "住所": "ADDRESS", "電話番号": "PHONE", "メール": "EMAIL",
                "保険者番号": "HEALTH_INSURANCE", "被保険者記号": "HEALTH_INSURANCE", "被保険者番号": "HEALTH_INSURANCE",
                "アレルギー": "SENSITIVE", "登録日": None}
        rows = []
        seen = set()
        for p in self.patients["naika"]:
            if p.pid in seen:
                continue
            seen.add(p.pid)
            ph = p.mobile or p.home
            em = p.email or ""
            rows.append([f"N{100000 + len(rows)}", p.full("　"), p.kana(), p.dob.strftime("%Y/%m/%d"), "F" if p.sex == "F" else "M",
                         p.zip, p.addr, ph, em, f"{rng.choice(['06', '01', '31', '39'])}{rng.randint(130000, 139999)}",
                         f"{rng.randint(1, 9999)}", f"{rng.randint(1, 999)}", rng.choice(["", "", "ペニシリン", "卵", "なし", "花粉"]),
                         f"20{rng.randint(10, 24)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"])
            t.add(rel, len(rows), p, names=[p.full(), p.kana()], dob=p.dob, phones=[ph], emails=[em] if em else [], addr=p.addr)
        self.write_csv(rel, list(cols), rows, cols, ["患者ID"])

    def midori_split_csv(self):
        rng, t = self.rng, self.t
        rel = "歯科_みどり/患者台帳.csv"
        cols = {"患者番号": None, "姓": "PERSON", "名": "PERSON", "セイ": "PERSON", "メイ": "PERSON", "性別": "?",
                "生年月日": "DATE_OF_BIRTH", "郵便番号": "POSTAL_CODE", "住所": "ADDRESS", "自宅電話": "PHONE",
                "携帯電話": "PHONE", "保険者番号": "HEALTH_INSURANCE", "最終来院日": None}
        rows = []
        for p in self.patients["midori"]:
            rows.append([f"M{len(rows) + 1:05d}", p.sei, p.mei, p.sei_k, p.mei_k, "女" if p.sex == "F" else "男",
                         p.dob.isoformat(), p.zip, p.addr, p.home, p.mobile or "", f"{rng.choice(['06', '01', '31', '39'])}{rng.randint(100000, 139999)}",
                         f"2024-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}"])
            t.add(rel, len(rows), p, names=[p.full(), p.kana("")], dob=p.dob, phones=[p.mobile] if p.mobile else [], addr=p.addr)
        self.write_csv(rel, list(cols), rows, cols, ["患者番号"], enc="cp932")

    def pediatric_csv(self):
        rng, t = self.rng, self.t
        rel = "歯科_さくら/小児患者_保護者一覧.csv"
        cols = {"患者氏名": "PERSON", "患者カナ": "PERSON", "患者生年月日": "DATE_OF_BIRTH", "保護者氏名": "PERSON",
                "続柄": None, "保護者携帯": "PHONE", "保護者メール": "EMAIL", "自宅住所": "ADDRESS", "備考": "TEXT"}
        rows = []
        for clinic in ("sakura", "midori"):
            for p in self.patients[clinic]:
                if p.age() >= 16:
                    continue
                g = next((m for m in p.hh["members"] if m.age() >= 20 and m.mobile), None)
                if g is None:
                    continue
                rows.append([p.full(" "), p.kana(), p.dob.strftime("%Y/%m/%d"), g.full(" "), "母" if g.sex == "F" else "父",
                             g.mobile, g.email or "", p.addr, rng.choice(["", "フッ素塗布希望", "治療中泣きやすい", ""])])
                t.add(rel, len(rows), p, names=[p.full(), p.kana()], dob=p.dob, role="child")
                t.add(rel, len(rows), g, names=[g.full()], phones=[g.mobile], emails=[g.email] if g.email else [],
                      addr=p.addr, role="guardian")
        self.write_csv(rel, list(cols), rows, cols)

    def staff_register_csv(self):
        rng, t = self.rng, self.t
        rel = "派遣/登録スタッフ名簿.csv"
        cols = {"スタッフNo": None, "氏名": "PERSON", "フリガナ": "PERSON", "生年月日": "DATE_OF_BIRTH", "携帯電話": "PHONE",
                "メール": "EMAIL", "住所": "ADDRESS", "職種": None, "緊急連絡先氏名": "PERSON", "緊急連絡先続柄": None,
                "緊急連絡先電話": "PHONE", "扶養1氏名": "PERSON", "扶養1生年月日": "DATE_OF_BIRTH", "扶養2氏名": "PERSON",
                "扶養2生年月日": "DATE_OF_BIRTH"}
        rows = []
        for s in self.hstaff:
            c, relname = self.emerg[s.pid]
            cph = c.mobile or c.home
            deps = self.deps.get(s.pid, [])
            row = [f"ST{len(rows) + 1:04d}", s.full(" "), s.kana(), s.dob.isoformat(), s.mobile, s.email or "", s.addr,
                   rng.choice(["一般事務", "医療事務", "看護師", "介護職", "受付"]), c.full(" "), relname, cph]
            for k in range(2):
                row += [deps[k].full(" "), deps[k].dob.isoformat()] if k < len(deps) else ["", ""]
            rows.append(row)
            r = len(rows)
            t.add(rel, r, s, names=[s.full(), s.kana()], dob=s.dob, phones=[s.mobile], emails=[s.email] if s.email else [], addr=s.addr)
            t.add(rel, r, c, names=[c.full()], phones=[cph], role="emergency_contact")
            for d in deps:
                t.add(rel, r, d, names=[d.full()], dob=d.dob, role="dependant")
        self.write_csv(rel, list(cols), rows, cols, ["スタッフNo"])

    def shift_csvs(self):
        rng, t = self.rng, self.t
        cols = {"日付": None, "氏名": "PERSON", "携帯": "PHONE", "派遣先": None, "開始": None, "終了": None, "休憩": None}
        for k, month in enumerate((4, 5, 6)):
            rel = f"派遣/シフト表/シフト表_2024-{month:02d}.csv"
            staff = self.hstaff[k * 50:k * 50 + 90]
            rows = []
            for day in range(1, 31, 2):
                for s in rng.sample(staff, 14):
                    rows.append([f"2024/{month:02d}/{day:02d}", s.full(" ") if rng.random() < 0.7 else s.full(), s.mobile,
                                 rng.choice(self.clients)["name"], "09:00", "18:00", "60"])
                    t.add(rel, len(rows), s, names=[rows[-1][1]], phones=[s.mobile])
            self.write_csv(rel, list(cols), rows, cols, ["派遣先"])
        # clinic staff shift table
        rel = "共通/勤務シフト_2024-06.csv"
        cols2 = {"日付": None, "職員番号": None, "氏名": "PERSON", "職種": None, "院": None, "内線": None, "携帯": "PHONE"}
        rows = []
        for day in range(1, 29):
            for s in rng.sample(self.clinic_staff, 10):
                rows.append([f"6/{day}", f"E{int(s.pid[1:]):04d}", s.full(), rng.choice(["歯科医師", "歯科衛生士", "受付", "看護師", "医師"]),
                             s.work_email.split("@")[1].split("-")[0], f"{rng.randint(200, 250)}", s.mobile])
                t.add(rel, len(rows), s, names=[s.full()], phones=[s.mobile])
        self.write_csv(rel, list(cols2), rows, cols2, ["職員番号", "内線"])

    def clinic_staff_csv(self):
        rng, t = self.rng, self.t
        rel = "共通/職員名簿.csv"
        cols = {"職員番号": None, "姓": "PERSON", "名": "PERSON", "生年月日": "DATE_OF_BIRTH", "個人番号": "MY_NUMBER",
                "携帯": "PHONE", "院内メール": "EMAIL", "住所": "ADDRESS", "緊急連絡先": "PERSON", "緊急連絡先TEL": "PHONE",
                "配偶者": "PERSON", "配偶者生年月日": "DATE_OF_BIRTH"}
        rows = []
        for s in self.clinic_staff:
            sp = next((m for m in s.hh["members"] if m is not s and m.age() >= 18), None)
            if sp is None and rng.random() < 0.5:
                sp = self.w.family(s, "spouse")
            ec = sp if sp else self.w.family(s, "parent")
            rows.append([f"E{int(s.pid[1:]):04d}", s.sei, s.mei, s.dob.isoformat(), s.mynum, s.mobile, s.work_email, s.addr,
                         ec.full(" "), ec.mobile or ec.home, sp.full(" ") if sp else "", sp.dob.isoformat() if sp else ""])
            r = len(rows)
            t.add(rel, r, s, names=[s.full()], dob=s.dob, mynum=s.mynum, phones=[s.mobile], emails=[s.work_email], addr=s.addr)
            if sp:
                t.add(rel, r, sp, names=[sp.full()], dob=sp.dob, phones=[ec.mobile or ec.home], role="spouse")
            else:
                t.add(rel, r, ec, names=[ec.full()], phones=[ec.mobile or ec.home], role="emergency_contact")
        # total row
        rows.append(["合計", f"{len(rows)}名", "", "", "", "", "", "", "", "", "", ""])
        self.write_csv(rel, list(cols), rows, cols, ["職員番号"])

    def applicant_reference_csv(self):
        rng, t = self.rng, self.t
        rel = "派遣/応募者_身元保証人.csv"
        cols = {"応募者氏名": "PERSON", "応募者生年月日": "DATE_OF_BIRTH", "応募者電話": "PHONE", "応募者メール": "EMAIL",
                "身元保証人": "PERSON", "保証人続柄": None, "保証人電話": "PHONE", "保証人住所": "ADDRESS", "前職照会先": "PERSON",
                "照会先会社": None, "照会先直通": "PHONE", "照会先代表": None}
        rows = []
        for a in self.applicants[60:140]:
            g = self.w.family(a, rng.choice(["parent", "spouse", "sibling"]))
            ref_co = rng.choice(self.clients)
            ref = rng.choice(ref_co["mgrs"])
            gp = g.mobile or g.home
            rows.append([a.full(), a.dob.isoformat(), a.mobile, a.email, g.full(), rng.choice(["父", "母", "配偶者", "兄弟"]), gp, g.addr,
                         ref.full(), ref_co["name"], ref.mobile, ref_co["rep"]])
            r = len(rows)
            t.add(rel, r, a, names=[a.full()], dob=a.dob, phones=[a.mobile], emails=[a.email])
            t.add(rel, r, g, names=[g.full()], phones=[gp], addr=g.addr, role="guarantor")
            t.add(rel, r, ref, names=[ref.full()], phones=[ref.mobile], role="work_reference")
        self.write_csv(rel, list(cols), rows, cols, ["照会先会社", "照会先代表"])

    def headerless_export(self):
        rng, t = self.rng, self.t
        rel = "フィットネス/export_members_20240601.csv"
        rows = []
        for m in self.members[100:230]:
            rows.append([f"{rng.randint(100000, 999999)}", m.sei, m.mei, m.sei_k, m.mei_k, m.dob.strftime("%Y%m%d"),
                         m.mobile or m.home, m.email or "", rng.choice(["レギュラー", "デイタイム", "ナイト"])])
            t.add(rel, len(rows), m, names=[m.full(), m.kana("")], dob=m.dob, phones=[m.mobile or m.home],
                  emails=[m.email] if m.email else [])
        cols = {str(i): c for i, c in enumerate([None, "PERSON", "PERSON", "PERSON", "PERSON", "DATE_OF_BIRTH", "PHONE", "EMAIL", None], 1)}
        self.write_csv(rel, None, rows, None, None, enc="cp932")

    def members_csv(self):
        rng, t = self.rng, self.t
        rel = "フィットネス/会員一覧.csv"
        cols = {"会員番号": None, "氏名": "PERSON", "ふりがな": "PERSON", "生年月日": "DATE_OF_BIRTH", "電話": "PHONE",
                "メール": "EMAIL", "住所": "ADDRESS", "プラン": None, "JANコード": None, "健康状態": "SENSITIVE"}
        rows = []
        for m in self.members:
            rows.append([f"{200000 + len(rows)}", m.full("　"), f"{m.sei_k} {m.mei_k}", m.dob.isoformat(), m.mobile or m.home,
                         m.email or "", m.addr, rng.choice(["レギュラー", "デイタイム"]), f"49{rng.randint(10 ** 10, 10 ** 11 - 1)}",
                         rng.choice(["", "", "腰痛あり", "高血圧（服薬中）", "膝の手術歴"])])
            t.add(rel, len(rows), m, names=[m.full(), m.kana("")], dob=m.dob, phones=[m.mobile or m.home],
                  emails=[m.email] if m.email else [], addr=m.addr)
        rows.append(["", "合計", f"{len(self.members)}名", "", "", "", "", "", "", ""])
        self.write_csv(rel, list(cols), rows, cols, ["会員番号", "JANコード"])

    def family_members_csv(self):
        rng, t = self.rng, self.t
        rel = "フィットネス/家族会員.csv"
        cols = {"主会員": "PERSON", "主会員電話": "PHONE", "家族会員": "PERSON", "家族会員生年月日": "DATE_OF_BIRTH", "続柄": None, "住所": "ADDRESS"}
        rows = []
        for m in self.members[:40]:
            f_ = self.family_members.get(m.pid)
            if not f_:
                continue
            rows.append([m.full(), m.mobile or m.home, f_.full(), f_.dob.isoformat(), "配偶者" if f_.age() > 18 else "子", m.addr])
            t.add(rel, len(rows), m, names=[m.full()], phones=[m.mobile or m.home], addr=m.addr)
            t.add(rel, len(rows), f_, names=[f_.full()], dob=f_.dob, addr=f_.addr, role="family_member")
        self.write_csv(rel, list(cols), rows, cols)

    def trial_csv(self):
        rng, t = self.rng, self.t
        rel = "フィットネス/体験レッスン予約.csv"
        cols = {"予約日": None, "お名前": "PERSON", "メール": "EMAIL", "電話": "PHONE", "レッスン": None, "担当": "?"}
        rows = []
        pool = [m for m in self.members if m.email][:90]
        for m in pool:
            for _ in range(rng.choice([1, 1, 2])):
                rows.append([f"2024/06/{rng.randint(1, 28):02d}", name_var(rng, m), m.email, m.mobile or "",
                             rng.choice(["ヨガ", "ピラティス", "ZUMBA"]), rng.choice(["A", "B", "C"])])
                t.add(rel, len(rows), m, names=[rows[-1][1]], emails=[m.email], phones=[m.mobile] if m.mobile else [])
        rows.append(["合計", f"{len(rows)}件", "", "", "", ""])
        self.write_csv(rel, list(cols), rows, cols)

    def monthly_summary_csv(self):
        rng, t = self.rng, self.t
        rel = "派遣/月次集計_2024-06.csv"
        cols = {"スタッフ氏名": "PERSON", "携帯": "PHONE", "派遣先": None, "稼働日数": None, "時間": None, "請求額": None}
        rows, total = [], 0
        for s in self.hstaff[100:160]:
            h = rng.randint(40, 170)
            total += h * 1800
            rows.append([s.full(), s.mobile, rng.choice(self.clients)["name"], rng.randint(8, 22), h, h * 1800])
            t.add(rel, len(rows), s, names=[s.full()], phones=[s.mobile])
        rows.append(["合計", "", "", "", "", total])
        rows.append(["うち 株式会社ミナト物流", "", "", "", "", total // 7])
        self.write_csv(rel, list(cols), rows, cols, ["派遣先"])

    def extra_lists(self):
        rng, t = self.rng, self.t
        rel = "フィットネス/トレーナー一覧.csv"
        cols = {"氏名": "PERSON", "メール": "EMAIL", "携帯": "PHONE", "担当クラス": None}
        rows = []
        for tr in self.trainers:
            rows.append([tr.full(" "), tr.work_email, tr.mobile, rng.choice(["ヨガ", "HIIT", "パーソナル"])])
            t.add(rel, len(rows), tr, names=[tr.full()], emails=[tr.work_email], phones=[tr.mobile])
        self.write_csv(rel, list(cols), rows, cols)
        rel = "歯科_みどり/リコール葉書_宛名.csv"
        cols = {"郵便番号": "POSTAL_CODE", "住所": "ADDRESS", "宛名": "PERSON", "敬称": None}
        rows = []
        for p in self.patients["midori"][:90]:
            if p.age() < 18:
                continue
            rows.append([p.zip, p.addr, p.full(" "), "様"])
            t.add(rel, len(rows), p, names=[p.full()], addr=p.addr)
        self.write_csv(rel, list(cols), rows, cols, enc="cp932")
        rel = "内科/受付/予防接種予約.tsv"
        cols = {"受付日": None, "氏名": "PERSON", "生年月日": "DATE_OF_BIRTH", "連絡先": "PHONE", "ワクチン": "SENSITIVE"}
        rows = []
        for p in self.patients["naika"][100:170]:
            for _ in range(rng.choice([1, 2])):
                rows.append([f"2024/10/{rng.randint(1, 31):02d}", p.full(), p.dob.strftime("%Y/%m/%d"), p.mobile or p.home,
                             rng.choice(["インフルエンザ", "新型コロナ", "肺炎球菌"])])
                t.add(rel, len(rows), p, names=[p.full()], dob=p.dob, phones=[p.mobile or p.home])
        self.write_csv(rel, list(cols), rows, cols, delim="\t")
        self.write_text("共通/system/バックアップログ.txt", "".join(
            f"2024-06-{d:02d} 02:00:0{d % 10} backup nas01:/share -> s3://aoba-backup OK {rng.randint(10, 99)}GB\n" for d in range(1, 29)))

    def zero_csvs(self):
        rng = self.rng
        rows = [[f"49{rng.randint(10 ** 10, 10 ** 11 - 1)}", n, rng.randint(300, 9000), m] for n, m in
                [("フッ素ジェル", "ライオン"), ("歯ブラシ(やわらかめ)", "サンスター"), ("歯間ブラシ", "小林製薬"), ("マウスウォッシュ", "佐藤製薬")]]
        self.write_csv("共通/物販価格表.csv", ["JANコード", "商品名", "価格", "メーカー"], rows,
                       {"JANコード": None, "商品名": None, "価格": None, "メーカー": None}, ["JANコード", "メーカー"])
        rows = [[d, c, "スタジオ" + s] for d, c, s in [("月", "ヨガ", "A"), ("火", "ピラティス", "B"), ("水", "HIIT", "A"), ("木", "ZUMBA", "B")]]
        self.write_csv("フィットネス/レッスン時間割.csv", ["曜日", "クラス", "場所"], rows, {"曜日": None, "クラス": None, "場所": None})
        rows = [[c["name"], c["rep"], f"東京都港区芝{rng.randint(1, 5)}-{rng.randint(1, 20)}-{rng.randint(1, 9)}", f"{rng.randint(1, 9)}{rng.randint(10 ** 11, 10 ** 12 - 1)}"] for c in self.clients]
        self.write_csv("派遣/取引先一覧.csv", ["会社名", "代表電話", "所在地", "法人番号"], rows,
                       {"会社名": None, "代表電話": None, "所在地": None, "法人番号": "CORPORATE_NUMBER"}, ["会社名", "代表電話", "所在地"])

    # ---- eml, vcf, txt, docx, xlsx
    def emls(self):
        rng, t, M = self.rng, self.t, self.mailer
        def save(rel, m):
            with open(self.path(rel), "wb") as f:
                f.write(m[2])
            t.file(rel)
        # auto reply: no person
        save("内科/受付/自動返信_問い合わせ.eml", M.msg(("あおば内科 受付", "uketsuke@aoba-naika.jp"), [("", "no-reply@aoba-naika.jp")],
                                               "自動返信: お問い合わせありがとうございます", "お問い合わせありがとうございます。\n診療時間内に折り返しご連絡します。\nあおば内科クリニック 045-902-1188（代表）\n", client="system"))
        # referral reply: patient + two doctors
        p = self.referred[0]
        d = self.doctors[0]
        me = self.clinic_staff[2]
        rel = "内科/院長/紹介状_返信.eml"
        save(rel, M.msg((d.full(" "), d.work_email), [(me.full(" "), me.work_email)], f"Re: 診療情報提供書（{p.sei}様）",
                        f"{me.full()} 先生\n\nご紹介いただいた{p.full()}様（{dob_var(rng, p.dob)}生）を本日拝見しました。\n精査の結果、{rng.choice(['経過観察', '投薬開始', '入院加療'])}としました。\n\n{d.full()}\n", client="outlook"))
        t.add(rel, 1, p, names=[p.full()], dob=p.dob, partial=[p.sei])
        t.add(rel, 1, d, names=[d.full()], emails=[d.work_email])
        t.add(rel, 1, me, names=[me.full()], emails=[me.work_email])
        # single applications
        for k, a in enumerate(self.applicants[110:113], 1):
            rel = f"派遣/応募/応募_{k:02d}.eml"
            save(rel, M.msg((a.romaji(), a.email), [("採用担当", "recruit@aoba-staff.co.jp")], f"応募 {a.full()}",
                            f"氏名: {a.full()}\n生年月日: {dob_var(rng, a.dob)}\n電話: {a.mobile}\n住所: {a.addr}\n希望: 介護職\n",
                            attachments=[("履歴書.pdf", "application/pdf", b"%PDF-1.4\n" + bytes(rng.getrandbits(8) for _ in range(200)))]))
            t.add(rel, 1, a, names=[a.full(), a.romaji()], emails=[a.email], dob=a.dob, phones=[a.mobile], addr=a.addr)
        # a parent writes from the address she shares with her child (child by name + birth date)
        kids = [p for p in self.patients["sakura"] if p.age() < 12 and any(m.age() >= 20 for m in p.hh["members"])]
        k0 = kids[0]
        par = next(m for m in k0.hh["members"] if m.age() >= 20)
        if not par.email:
            par.email = self.w._email(par, "docomo.ne.jp")
        rel = "歯科_さくら/受付/家族からの連絡.eml"
        save(rel, M.msg((f"{k0.sei}家", par.email), [("さくら歯科 予約受付", "yoyaku@sakura-dental.jp")], "子どもの予約",
                        f"いつもお世話になっております。\n{k0.full()}（{dob_var(rng, k0.dob)}生）の母、{par.full()}です。\n"
                        f"このアドレスは家族で使っています。{k0.mei}の次回の予約をお願いします。\n{par.mobile}\n", client="docomo"))
        t.add(rel, 1, k0, names=[k0.full()], partial=[k0.mei], dob=k0.dob, role="child")
        t.add(rel, 1, par, names=[par.full()], emails=[par.email], phones=[par.mobile], role="parent_sender")

    def vcf(self):
        t = self.t
        rel = "派遣/コーディネーター/取引先担当者.vcf"
        out = []
        n = 0
        for c in self.clients:
            for m in c["mgrs"]:
                n += 1
                out.append(f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{m.sei};{m.mei};;;\r\nFN:{m.full(' ')}\r\nORG:{c['name']}\r\n"
                           f"TEL;TYPE=WORK:{m.mobile}\r\nEMAIL;TYPE=WORK:{m.work_email}\r\nEND:VCARD\r\n")
                t.add(rel, n, m, names=[m.full()], phones=[m.mobile], emails=[m.work_email])
            out.append(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{c['name']} 代表\r\nORG:{c['name']}\r\nTEL;TYPE=WORK:{c['rep']}\r\nEND:VCARD\r\n")
        with open(self.path(rel), "wb") as f:
            f.write("".join(out).encode())
        t.file(rel, {"N": "PERSON", "FN": "PERSON", "ORG": None, "TEL": "PHONE", "EMAIL": "EMAIL"}, ["ORG"])

    def texts(self):
        rng, t = self.rng, self.t
        self.write_text("共通/休診日のお知らせ.txt", "【休診日のお知らせ】\n6月は毎週日曜・祝日が休診です。\nさくら歯科クリニック 03-3421-5580（代表）\nみどり歯科 info@midori-shika.jp\n")
        p = [x for x in self.patients["sakura"] if x.email and x.age() > 30][5]
        rel = "歯科_さくら/患者メモ_電話受付.txt"
        self.write_text(rel, f"電話受付メモ 6/3\n\n{p.full()}\n{p.kana()}\n{dob_var(rng, p.dob)}\n{p.addr}\n{p.mobile}\n{p.email}\n\n"
                        "右下の詰め物が取れたとのこと。6/5 10:30 予約。\n受付\n")
        t.add(rel, 1, p, names=[p.full(), p.kana()], dob=p.dob, addr=p.addr, phones=[p.mobile], emails=[p.email])
        self.write_text("派遣/README_フォルダ運用.txt", "派遣フォルダ運用ルール\n・名簿は毎月更新\n・問い合わせ: sales@aoba-staff.co.jp / 03-6205-7700（代表）\n")
        # a coordinator's call notes: persons named with a detail each, none elsewhere by bare name
        rel = "派遣/コーディネーター/電話メモ_0610.txt"
        lines = []
        for a in self.applicants[113:125]:
            lines.append(f"・{a.full()}さん（{a.mobile}）面談希望、{rng.choice(['火曜午後', '水曜午前', '金曜'])}")
            t.add(rel, len(lines), a, names=[a.full()], phones=[a.mobile])
        self.write_text(rel, "6/10 電話対応メモ\n" + "\n".join(lines) + "\n")

    def docxs(self):
        import docx
        rng, t = self.rng, self.t

        def save(rel, d):
            cp = d.core_properties
            cp.created = cp.modified = cp.last_printed = FIXED_TS
            cp.author = cp.last_modified_by = "aoba"
            cp.revision = 1
            p = self.path(rel)
            d.save(p)
            fixed_zip(p)
            t.file(rel)
        p = self.referred[1]
        me = self.clinic_staff[2]
        d = self.doctors[1]
        doc = docx.Document()
        doc.add_heading("診療情報提供書", 1)
        doc.add_paragraph(f"{d.work_email.split('@')[1]}\n消化器内科 担当医 先生 御侍史")
        tb = doc.add_table(rows=4, cols=2)
        for i, (k, v) in enumerate([("患者氏名", p.full(" ")), ("生年月日", dob_var(rng, p.dob)), ("住所", p.addr), ("傷病名", "2型糖尿病")]):
            tb.cell(i, 0).text, tb.cell(i, 1).text = k, v
        doc.add_paragraph(f"あおば内科クリニック 院長 {me.full()}\n{me.work_email}\n045-902-1188（代表）")
        rel = "内科/院長/紹介状_2024-06.docx"
        save(rel, doc)
        t.add(rel, 1, p, names=[p.full()], dob=p.dob, addr=p.addr)
        t.add(rel, 1, me, names=[me.full()], emails=[me.work_email], role="signer")
        doc = docx.Document()
        doc.add_heading("労働者派遣契約書（ひな形）", 1)
        doc.add_paragraph("派遣元 株式会社アオバスタッフ（以下「甲」）と派遣先 ＿＿＿＿（以下「乙」）は、次のとおり契約する。")
        doc.add_paragraph("第1条 業務内容 ＿＿＿＿\n第2条 就業場所 ＿＿＿＿\n氏名：＿＿＿＿　生年月日：＿＿＿＿")
        save("派遣/契約書ひな形.docx", doc)
        s = self.hstaff[20]
        doc = docx.Document()
        doc.add_heading("スタッフ紹介シート", 1)
        doc.add_paragraph(f"氏名：{s.full('　')}（{s.kana()}）\n生年月日：{dob_var(rng, s.dob)}\n連絡先：{s.mobile}\n"
                          f"資格：正看護師\n経験：病棟8年、健診センター3年")
        rel = f"派遣/スタッフ紹介_{s.sei}.docx"
        save(rel, doc)
        t.add(rel, 1, s, names=[s.full(), s.kana()], dob=s.dob, phones=[s.mobile])

    def xlsxs(self):
        import openpyxl
        rng, t = self.rng, self.t

        def save(rel, wb, cols, hard=None):
            wb.properties.created = wb.properties.modified = FIXED_TS
            wb.properties.creator = wb.properties.lastModifiedBy = "aoba"
            p = self.path(rel)
            wb.save(p)
            fixed_zip(p)
            t.file(rel, cols, hard)
        rel = "内科/健診結果一覧_2024.xlsx"
        cols = {"受診者": "PERSON", "生年月日": "DATE_OF_BIRTH", "性別": "?", "血圧": "SENSITIVE", "HbA1c": "SENSITIVE",
                "判定": "SENSITIVE", "保険証記号": "HEALTH_INSURANCE", "保険証番号": "HEALTH_INSURANCE"}
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "健診"
        ws.append(list(cols))
        n = 0
        for p in self.patients["naika"][:120]:
            if p.age() < 20:
                continue
            n += 1
            ws.append([p.full(), p.dob.isoformat(), "女" if p.sex == "F" else "男", f"{rng.randint(100, 170)}/{rng.randint(60, 100)}",
                       round(rng.uniform(4.8, 8.5), 1), rng.choice(["A", "B", "C", "D"]), f"{rng.randint(1, 999)}", f"{rng.randint(1, 9999)}"])
            t.add(rel, n, p, names=[p.full()], dob=p.dob)
        save(rel, wb, cols)
        rel = "派遣/請求明細_2024-06.xlsx"
        cols = {"派遣先": None, "スタッフ": "PERSON", "携帯": "PHONE", "時間": None, "単価": None, "金額": None}
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "明細"
        ws.append(list(cols))
        n = 0
        tot = 0
        for s in self.hstaff[150:230]:
            h = rng.randint(20, 160)
            ws.append([rng.choice(self.clients)["name"], s.full(" "), s.mobile, h, 1800, h * 1800])
            tot += h * 1800
            n += 1
            t.add(rel, n, s, names=[s.full()], phones=[s.mobile])
        ws.append(["合計", "", "", "", "", tot])
        ws2 = wb.create_sheet("取引先")
        ws2.append(["派遣先", "代表電話"])
        for c in self.clients:
            ws2.append([c["name"], c["rep"]])
        save(rel, wb, cols, ["派遣先"])

    # ---- database
    def database(self, urls):
        import sqlalchemy as sa
        rng = self.rng
        md = sa.MetaData()
        kw = {"mysql_charset": "utf8mb4"}
        staff = sa.Table("haken_staff", md, sa.Column("id", sa.Integer, primary_key=True), sa.Column("staff_no", sa.String(10)),
                         sa.Column("name", sa.String(40)), sa.Column("name_kana", sa.String(60)), sa.Column("birth_date", sa.Date),
                         sa.Column("mobile", sa.String(20)), sa.Column("email", sa.String(80)), sa.Column("address", sa.String(120)),
                         sa.Column("my_number", sa.String(12)), sa.Column("bank_name", sa.String(40)), sa.Column("branch_name", sa.String(40)),
                         sa.Column("kouza", sa.String(10)), sa.Column("kouza_meiginin", sa.String(60)), sa.Column("active", sa.Integer), **kw)
        emerg = sa.Table("emergency_contacts", md, sa.Column("id", sa.Integer, primary_key=True), sa.Column("staff_id", sa.Integer),
                         sa.Column("contact_name", sa.String(40)), sa.Column("relation", sa.String(10)), sa.Column("contact_tel", sa.String(20)), **kw)
        tsheet = sa.Table("timesheets", md, sa.Column("id", sa.Integer, primary_key=True), sa.Column("staff_name", sa.String(40)),
                          sa.Column("mobile", sa.String(20)), sa.Column("client_company", sa.String(60)), sa.Column("work_date", sa.Date),
                          sa.Column("hours", sa.Integer), sa.Column("tracking_no", sa.String(12)), **kw)
        members = sa.Table("fitness_members", md, sa.Column("id", sa.Integer, primary_key=True), sa.Column("member_no", sa.String(10)),
                           sa.Column("shimei", sa.String(40)), sa.Column("furigana", sa.String(60)), sa.Column("seinengappi", sa.Date),
                           sa.Column("tel", sa.String(20)), sa.Column("mail", sa.String(80)), sa.Column("plan", sa.String(20)), **kw)
        apps, tables = [], {}

        def app(table, rec, p, **k):
            a = {"file": "db:" + table, "record": str(rec), "pid": p.pid, "role": "", "names": sorted(set(k.get("names", []))),
                 "partial_names": [], "emails": [e for e in k.get("emails", []) if e], "phones": [x for x in k.get("phones", []) if x],
                 "dob": k["dob"].isoformat() if k.get("dob") else None, "address": k.get("addr"), "my_number": k.get("mynum")}
            apps.append(a)
        banks = [("みずほ銀行", "渋谷支店"), ("三菱UFJ銀行", "新宿支店"), ("りそな銀行", "川崎支店"), ("横浜銀行", "日吉支店")]
        srows = []
        sel = self.hstaff[:230]
        for i, s in enumerate(sel, 1):
            b = rng.choice(banks)
            srows.append(dict(id=i, staff_no=f"ST{i:04d}", name=s.full(" "), name_kana=s.kana(), birth_date=s.dob, mobile=s.mobile,
                              email=s.email, address=s.addr, my_number=s.mynum, bank_name=b[0], branch_name=b[1],
                              kouza=f"{rng.randint(1000000, 9999999)}", kouza_meiginin=f"{s.sei_k}{s.mei_k}", active=1 if i % 5 else 0))
            app("haken_staff", i, s, names=[s.full(), s.kana(), f"{s.sei_k}{s.mei_k}"], dob=s.dob, phones=[s.mobile], emails=[s.email],
                addr=s.addr, mynum=s.mynum)
        # re-registered: same name, birth date and phone, new e-mail
        for s in sel[30:36]:
            i = len(srows) + 1
            ne = self.w._email(s)
            srows.append(dict(srows[sel.index(s)], id=i, staff_no=f"ST{i:04d}", email=ne, active=1))
            app("haken_staff", i, s, names=[s.full(), s.kana()], dob=s.dob, phones=[s.mobile], emails=[ne])
        erows = []
        for i, s in enumerate(sel, 1):
            c, relname = self.emerg[s.pid]
            cph = c.mobile or c.home
            erows.append(dict(id=i, staff_id=i, contact_name=c.full(" "), relation=relname, contact_tel=cph))
            app("emergency_contacts", i, c, names=[c.full()], phones=[cph])
        trows = []
        for i in range(1, 401):
            s = rng.choice(sel[:150])
            trows.append(dict(id=i, staff_name=s.full(), mobile=s.mobile, client_company=rng.choice(self.clients)["name"],
                              work_date=dt.date(2024, 6, rng.randint(1, 30)), hours=rng.randint(4, 9),
                              tracking_no=f"{rng.randint(10 ** 11, 10 ** 12 - 1)}"))
            app("timesheets", i, s, names=[s.full()], phones=[s.mobile])
        mrows = []
        for i, m in enumerate(self.members[:200], 1):
            mrows.append(dict(id=i, member_no=f"F{i:05d}", shimei=m.full(), furigana=m.kana(), seinengappi=m.dob,
                              tel=m.mobile or m.home, mail=m.email, plan=rng.choice(["regular", "daytime", "night"])))
            app("fitness_members", i, m, names=[m.full(), m.kana()], dob=m.dob, phones=[m.mobile or m.home], emails=[m.email])
        active_ids = [r["id"] for r in srows if r["active"] == 1]
        for i in active_ids:
            r = srows[i - 1]
            p = sel[i - 1] if i <= len(sel) else sel[30 + (i - len(sel) - 1)]
            app("v_active_staff", i, p, names=[r["name"]], dob=r["birth_date"], phones=[r["mobile"]], emails=[r["email"]],
                addr=r["address"], mynum=r["my_number"])
        view_sql = "CREATE VIEW v_active_staff AS SELECT id, staff_no, name, name_kana, birth_date, mobile, email, address FROM haken_staff WHERE active = 1"
        urls = ["sqlite:///" + os.path.join(self.out, "db.sqlite")] + list(urls)
        for url in urls:
            if url.startswith("mysql") and "charset=" not in url:
                url += ("&" if "?" in url else "?") + "charset=utf8mb4"
            eng = sa.create_engine(url)
            with eng.begin() as cx:
                cx.execute(sa.text("DROP VIEW IF EXISTS v_active_staff"))
            md.drop_all(eng)
            md.create_all(eng)
            with eng.begin() as cx:
                cx.execute(staff.insert(), srows)
                cx.execute(emerg.insert(), erows)
                cx.execute(tsheet.insert(), trows)
                cx.execute(members.insert(), mrows)
                cx.execute(sa.text(view_sql))
            eng.dispose()
        cols = {
            "haken_staff": ({"id": None, "staff_no": None, "name": "PERSON", "name_kana": "PERSON", "birth_date": "DATE_OF_BIRTH",
                             "mobile": "PHONE", "email": "EMAIL", "address": "ADDRESS", "my_number": "MY_NUMBER", "bank_name": None,
                             "branch_name": None, "kouza": "BANK_ACCOUNT", "kouza_meiginin": "PERSON", "active": None},
                            ["staff_no", "bank_name", "branch_name"], len(srows)),
            "emergency_contacts": ({"id": None, "staff_id": None, "contact_name": "PERSON", "relation": None, "contact_tel": "PHONE"},
                                   ["staff_id"], len(erows)),
            "timesheets": ({"id": None, "staff_name": "PERSON", "mobile": "PHONE", "client_company": None, "work_date": None,
                            "hours": None, "tracking_no": None}, ["tracking_no", "client_company"], len(trows)),
            "fitness_members": ({"id": None, "member_no": None, "shimei": "PERSON", "furigana": "PERSON", "seinengappi": "DATE_OF_BIRTH",
                                 "tel": "PHONE", "mail": "EMAIL", "plan": None}, ["member_no"], len(mrows)),
            "v_active_staff": ({"id": None, "staff_no": None, "name": "PERSON", "name_kana": "PERSON", "birth_date": "DATE_OF_BIRTH",
                                "mobile": "PHONE", "email": "EMAIL", "address": "ADDRESS"}, ["staff_no"], len(active_ids)),
        }
        for name, (c, hard, nrows) in cols.items():
            ent = {"rows": nrows, "persons": len({a["pid"] for a in apps if a["file"] == "db:" + name}), "columns": c,
                   "hard_negative_columns": hard}
            if name.startswith("v_"):
                ent = {"view": True, **ent}
            tables[name] = ent
        return apps, tables

    # ---- run
    def run(self, urls):
        if os.path.exists(self.out):
            for n in ("drive", "db.sqlite", "truth.json", "appearances.jsonl"):
                q = os.path.join(self.out, n)
                if os.path.isdir(q):
                    shutil.rmtree(q)
                elif os.path.exists(q):
                    os.remove(q)
        os.makedirs(self.drive, exist_ok=True)
        self.build_world()
        self.clinic_mbox("歯科_さくら/受付/予約受付_2024.mbox", "sakura", 78)
        self.clinic_mbox("歯科_みどり/受付/yoyaku_inbox.mbox", "midori", 60)
        self.clinic_mbox("内科/受付/uketsuke_2024上期.mbox", "naika", 72)
        self.referral_mbox("内科/院長/紹介状やりとり.mbox", 48)
        self.applications_mbox("派遣/コーディネーター/応募受付.mbox")
        self.proposals_mbox("派遣/コーディネーター/候補者提案_送信済み.mbox")
        self.timesheet_mbox("派遣/勤怠/勤務実績.mbox")
        self.clients_mbox("派遣/営業/取引先.mbox")
        self.mailmerge_mbox("派遣/全体連絡/一斉送信_年末調整.mbox")
        self.fitness_mbox("フィットネス/info/inbox.mbox")
        self.newsletter_mbox("フィットネス/newsletter/送信済み.mbox")
        self.system_mbox("共通/system/システム通知.mbox")
        self.appointment_csvs()
        self.midori_split_csv()
        self.naika_master_csv()
        self.pediatric_csv()
        self.staff_register_csv()
        self.shift_csvs()
        self.clinic_staff_csv()
        self.applicant_reference_csv()
        self.headerless_export()
        self.members_csv()
        self.family_members_csv()
        self.trial_csv()
        self.monthly_summary_csv()
        self.zero_csvs()
        self.extra_lists()
        self.emls()
        self.vcf()
        self.texts()
        self.docxs()
        self.xlsxs()
        db_apps, tables = self.database(urls)
        return self.finish(db_apps, tables)

    def finish(self, db_apps, tables):
        t = self.t
        problems = []
        # every file on disk has an entry and vice versa
        on_disk = set()
        for root, _, files in os.walk(self.drive):
            for f in files:
                on_disk.add(os.path.relpath(os.path.join(root, f), self.drive).replace(os.sep, "/"))
        if on_disk != set(t.files):
            problems.append(f"file list mismatch: {sorted(on_disk ^ set(t.files))}")
        by_file = {}
        for a in t.apps:
            by_file.setdefault(a["file"], []).append(a)
        for rel in sorted(t.files):
            t.files[rel]["persons"] = check_scope(by_file.get(rel, []), rel, problems)
        total = check_scope(t.apps, "drive", problems)
        by_tab = {}
        for a in db_apps:
            by_tab.setdefault(a["file"], []).append(a)
        for name, ent in tables.items():
            check_scope(by_tab.get("db:" + name, []), "db:" + name, problems)
        db_total = check_scope(db_apps, "database", problems)
        if problems:
            for p in problems[:40]:
                print("PROBLEM:", p, file=sys.stderr)
            raise SystemExit(f"{len(problems)} consistency problems")
        truth = {"drive": {"persons_total": total, "files": {k: t.files[k] for k in sorted(t.files)}},
                 "database": {"persons_total": db_total, "tables": tables}}
        with open(os.path.join(self.out, "truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=False)
            f.write("\n")
        with open(os.path.join(self.out, "appearances.jsonl"), "w", encoding="utf-8") as f:
            for a in t.apps + db_apps:
                f.write(json.dumps(a, ensure_ascii=False, sort_keys=True) + "\n")
        return truth


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--db-url", action="append", default=[])
    a = ap.parse_args()
    truth = Gen(a.out, a.seed).run(a.db_url)
    print(json.dumps({"drive_files": len(truth["drive"]["files"]), "drive_persons_total": truth["drive"]["persons_total"],
                      "database_persons_total": truth["database"]["persons_total"]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
