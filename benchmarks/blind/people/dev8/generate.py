#!/usr/bin/env python3
"""Blind people-count generator dev8: mail archives of a law office sharing a mail server with a real-estate agency.

Writes DIR/drive/ (mbox archives as real clients store them, eml files, CSV/XLSX/vCard/docx/txt),
DIR/db.sqlite (+ each --db-url), DIR/truth.json and DIR/appearances.jsonl.  Truth is exact by construction:
every appearance of a person is recorded with the strong keys shown there, and the contract's identity rule
is recounted independently from appearances.jsonl before truth.json is written.
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
import shutil
import sys
import unicodedata
import zipfile

OFFICE = "さくら総合法律事務所"
OFFICE_DOM = "sakura-sogo-law.jp"
OFFICE_ADDR = "東京都千代田区九段北1-2-3 九段ビル5F"
OFFICE_ZIP = "102-0073"
OFFICE_TEL = "03-3261-0101"
OFFICE_FAX = "03-3261-0102"
AGENCY = "みどり不動産株式会社"
AGENCY_DOM = "midori-fudosan.co.jp"
AGENCY_ADDR = "東京都千代田区九段北1-2-3 九段ビル1F"
AGENCY_TEL = "03-3261-0201"
MAILHOST = "mail.kudan-bldg.net"

SURNAMES = [l.split() for l in """佐藤 サトウ Sato|鈴木 スズキ Suzuki|高橋 タカハシ Takahashi|田中 タナカ Tanaka|伊藤 イトウ Ito|渡辺 ワタナベ Watanabe|山本 ヤマモト Yamamoto|中村 ナカムラ Nakamura|小林 コバヤシ Kobayashi|加藤 カトウ Kato|吉田 ヨシダ Yoshida|山田 ヤマダ Yamada|佐々木 ササキ Sasaki|山口 ヤマグチ Yamaguchi|松本 マツモト Matsumoto|井上 イノウエ Inoue|木村 キムラ Kimura|林 ハヤシ Hayashi|清水 シミズ Shimizu|山崎 ヤマザキ Yamazaki|森 モリ Mori|池田 イケダ Ikeda|橋本 ハシモト Hashimoto|阿部 アベ Abe|石川 イシカワ Ishikawa|山下 ヤマシタ Yamashita|中島 ナカジマ Nakajima|石井 イシイ Ishii|小川 オガワ Ogawa|前田 マエダ Maeda|岡田 オカダ Okada|長谷川 ハセガワ Hasegawa|藤田 フジタ Fujita|後藤 ゴトウ Goto|近藤 コンドウ Kondo|村上 ムラカミ Murakami|遠藤 エンドウ Endo|青木 アオキ Aoki|坂本 サカモト Sakamoto|福田 フクダ Fukuda|太田 オオタ Ota|西村 ニシムラ Nishimura|藤井 フジイ Fujii|岡本 オカモト Okamoto|松田 マツダ Matsuda|中川 ナカガワ Nakagawa|中野 ナカノ Nakano|原田 ハラダ Harada|小野 オノ Ono|田村 タムラ Tamura|竹内 タケウチ Takeuchi|金子 カネコ Kaneko|和田 ワダ Wada|中山 ナカヤマ Nakayama|石田 イシダ Ishida|上田 ウエダ Ueda|森田 モリタ Morita|原 ハラ Hara|柴田 シバタ Shibata|酒井 サカイ Sakai|工藤 クドウ Kudo|横山 ヨコヤマ Yokoyama|宮崎 ミヤザキ Miyazaki|宮本 ミヤモト Miyamoto|内田 ウチダ Uchida|高木 タカギ Takagi|安藤 アンドウ Ando|谷口 タニグチ Taniguchi|大野 オオノ Ohno|丸山 マルヤマ Maruyama|今井 イマイ Imai|高田 タカダ Takada|藤原 フジワラ Fujiwara|河野 コウノ Kono|小島 コジマ Kojima|村田 ムラタ Murata|武田 タケダ Takeda|上野 ウエノ Ueno|杉山 スギヤマ Sugiyama|増田 マスダ Masuda|平野 ヒラノ Hirano|大塚 オオツカ Otsuka|千葉 チバ Chiba|久保 クボ Kubo|松井 マツイ Matsui|小山 コヤマ Koyama|岩崎 イワサキ Iwasaki|桜井 サクライ Sakurai|野口 ノグチ Noguchi|松尾 マツオ Matsuo|菅原 スガワラ Sugawara|木下 キノシタ Kinoshita|野村 ノムラ Nomura|新井 アライ Arai|渡部 ワタベ Watabe""".split("|")]
MALE = [l.split() for l in """太郎 タロウ Taro|一郎 イチロウ Ichiro|健一 ケンイチ Kenichi|誠 マコト Makoto|浩 ヒロシ Hiroshi|大輔 ダイスケ Daisuke|翔太 ショウタ Shota|拓也 タクヤ Takuya|健太 ケンタ Kenta|直樹 ナオキ Naoki|和也 カズヤ Kazuya|隆 タカシ Takashi|修 オサム Osamu|博之 ヒロユキ Hiroyuki|哲也 テツヤ Tetsuya|剛 ツヨシ Tsuyoshi|亮 リョウ Ryo|達也 タツヤ Tatsuya|智之 トモユキ Tomoyuki|正人 マサト Masato|康弘 ヤスヒロ Yasuhiro|秀樹 ヒデキ Hideki|英二 エイジ Eiji|俊介 シュンスケ Shunsuke|悠斗 ユウト Yuto|蓮 レン Ren|大翔 ヒロト Hiroto|清 キヨシ Kiyoshi|稔 ミノル Minoru|茂 シゲル Shigeru|進 ススム Susumu|勝 マサル Masaru|明 アキラ Akira|豊 ユタカ Yutaka|義男 ヨシオ Yoshio|正 タダシ Tadashi|光男 ミツオ Mitsuo|幸雄 ユキオ Yukio|洋平 ヨウヘイ Yohei|圭 ケイ Kei|慎吾 シンゴ Shingo|功 イサオ Isao|裕太 ユウタ Yuta|亘 ワタル Wataru|次郎 ジロウ Jiro|三郎 サブロウ Saburo""".split("|")]
FEMALE = [l.split() for l in """花子 ハナコ Hanako|美香 ミカ Mika|陽子 ヨウコ Yoko|恵子 ケイコ Keiko|由美 ユミ Yumi|直美 ナオミ Naomi|久美子 クミコ Kumiko|真由美 マユミ Mayumi|明美 アケミ Akemi|智子 トモコ Tomoko|裕子 ユウコ Yuko|幸子 サチコ Sachiko|京子 キョウコ Kyoko|美穂 ミホ Miho|愛 アイ Ai|彩 アヤ Aya|舞 マイ Mai|結衣 ユイ Yui|葵 アオイ Aoi|陽菜 ヒナ Hina|美咲 ミサキ Misaki|千尋 チヒロ Chihiro|香織 カオリ Kaori|里美 サトミ Satomi|典子 ノリコ Noriko|和子 カズコ Kazuko|節子 セツコ Setsuko|文子 フミコ Fumiko|春子 ハルコ Haruko|静香 シズカ Shizuka|沙織 サオリ Saori|由紀 ユキ Yuki|瞳 ヒトミ Hitomi|絵美 エミ Emi|友美 トモミ Tomomi|奈々 ナナ Nana|順子 ジュンコ Junko|弘子 ヒロコ Hiroko|美紀 ミキ Miki|理恵 リエ Rie|晴美 ハルミ Harumi|千秋 チアキ Chiaki|菜摘 ナツミ Natsumi""".split("|")]
CITIES = [("東京都", c) for c in "世田谷区 杉並区 練馬区 板橋区 大田区 品川区 目黒区 中野区 豊島区 北区 江東区 足立区 葛飾区 江戸川区 文京区 台東区 墨田区 荒川区 三鷹市 調布市 府中市 町田市 八王子市 武蔵野市".split()] + \
    [("神奈川県", c) for c in "横浜市青葉区 横浜市港北区 川崎市中原区 川崎市高津区 相模原市南区 藤沢市 横須賀市".split()] + \
    [("埼玉県", c) for c in "さいたま市浦和区 川口市 所沢市 越谷市 草加市".split()] + \
    [("千葉県", c) for c in "千葉市美浜区 船橋市 市川市 松戸市 柏市".split()]
TOWNS = "本町 中央 緑町 栄町 旭町 若葉 東町 西町 南町 北町 桜台 富士見 松原 梅ケ丘 青葉台 日吉 宮前 泉町 新町 上町 下町 大和町 平和台 光が丘 高砂 仲町 元町 寿町 千代田 錦町".split()
BUILDINGS = "メゾン コーポ ハイツ グランドール パークハウス レジデンス サンライズ".split()
PERSONAL_DOMS = "gmail.com yahoo.co.jp icloud.com outlook.jp docomo.ne.jp ezweb.ne.jp softbank.ne.jp nifty.com biglobe.ne.jp ocn.ne.jp".split()
INSURERS = [("東海火災海上保険株式会社", "tokai-kasai.co.jp", "03-5201-1100"), ("中央損害保険株式会社", "chuo-sonpo.co.jp", "03-5202-2200"),
            ("あおば共済連", "aoba-kyosai.or.jp", "03-5203-3300")]
FIRMS = [("青葉法律事務所", "aoba-law.jp", "03-3501-1111"), ("神田総合法律事務所", "kanda-sogo.jp", "03-3502-2222"),
         ("丸の内中央法律事務所", "marunouchi-chuo-law.jp", "03-3503-3333")]
BANKS = ["第一中央銀行", "東都信用金庫", "みなと銀行", "関東ゆうき銀行"]
BRANCHES = ["新宿支店", "九段支店", "渋谷支店", "横浜駅前支店", "大宮支店", "船橋支店"]

SENT = None  # placeholder


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def norm_name(s):
    return "".join(nfkc(s).split()).lower().replace("様", "").replace("さん", "")


def norm_addr(s):
    return "".join(nfkc(s).split()).lower()


def digits(s):
    return "".join(ch for ch in s if ch.isdigit())


def mynumber(rng):
    base = [rng.randint(0, 9) for _ in range(11)]
    base[0] = rng.randint(1, 9)
    s = 0
    for n in range(1, 12):
        q = n + 1 if n <= 6 else n - 5
        s += base[11 - n] * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    return "".join(map(str, base)) + str(c)


def wareki(d):
    y = d.year
    if d >= dt.date(2019, 5, 1):
        e, n = "令和", y - 2018
    elif d >= dt.date(1989, 1, 8):
        e, n = "平成", y - 1988
    else:
        e, n = "昭和", y - 1925
    return f"{e}{'元' if n == 1 else n}年{d.month}月{d.day}日"


# --------------------------------------------------------------------------------------------------- world
class World:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.persons = {}
        self.names = set()
        self.emails = set()
        self.phones = set()
        self.addrs = set()
        self.n = 0

    def _addr(self):
        rng = self.rng
        while True:
            pref, city = rng.choice(CITIES)
            a = f"{pref}{city}{rng.choice(TOWNS)}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
            if rng.random() < 0.4:
                a += f" {rng.choice(BUILDINGS)}{rng.choice(['九段', '桜', '緑', '青葉', '富士', '旭'])}{rng.randint(101, 905)}"
            if a not in self.addrs:
                self.addrs.add(a)
                return a, f"{rng.randint(100, 399)}-{rng.randint(0, 9999):04d}"

    def _phone(self, mobile=True):
        rng = self.rng
        while True:
            if mobile:
                p = f"0{rng.choice('789')}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
            else:
                p = f"0{rng.choice(['3', '45', '44', '48', '47', '42'])}-{rng.randint(100, 9999):04d}-{rng.randint(1000, 9999)}"
                if p.startswith("03-"):
                    p = f"03-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}"
            if p not in self.phones:
                self.phones.add(p)
                return p

    def _email(self, P, dom=None, style=None):
        rng = self.rng
        for i in range(100):
            st = style or rng.choice(["mf", "fm", "im", "m_f", "fi"])
            m, f = P["mei_r"].lower(), P["sei_r"].lower()
            local = {"mf": f"{m}.{f}", "fm": f"{f}.{m}", "im": f"{m[0]}.{f}", "m_f": f"{m}_{f}", "fi": f"{f}{m[0]}"}[st]
            if not dom or i > 0:
                if rng.random() < 0.6 or i > 0:
                    local += str(rng.randint(1, 99)) if rng.random() < 0.5 or i > 0 else str(rng.randint(1950, 2005))
            d = dom or rng.choice(PERSONAL_DOMS)
            e = f"{local}@{d}"
            if e not in self.emails:
                self.emails.add(e)
                return e
        raise RuntimeError("email")

    def person(self, kind, sex=None, surname=None, household=None, email=True, dob=None, age=(25, 80), work_dom=None,
               mobile=True):
        rng = self.rng
        while True:
            s = surname or rng.choice(SURNAMES)
            sx = sex or rng.choice("MF")
            g = rng.choice(MALE if sx == "M" else FEMALE)
            if s[0] + g[0] not in self.names:
                break
        self.names.add(s[0] + g[0])
        self.n += 1
        P = {"pid": f"P{self.n:05d}", "kind": kind, "sex": sx, "sei": s[0], "mei": g[0], "sei_k": s[1], "mei_k": g[1],
             "sei_r": s[2], "mei_r": g[2]}
        P["full"] = P["sei"] + P["mei"]
        P["full_sp"] = P["sei"] + " " + P["mei"]
        P["kana"] = P["sei_k"] + " " + P["mei_k"]
        P["romaji"] = f"{P['mei_r']} {P['sei_r']}"
        P["romaji_jp"] = f"{P['sei_r'].upper()} {P['mei_r']}"
        if dob is None:
            y = 2023 - rng.randint(*age)
            dob = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
        P["dob"] = dob
        if household:
            P["addr"], P["zip"], P["home"] = household["addr"], household["zip"], household["home"]
        else:
            a, z = self._addr()
            P["addr"], P["zip"] = a, z
            P["home"] = self._phone(False) if rng.random() < 0.5 else None
        P["mobile"] = self._phone(True) if mobile else None
        P["email"] = self._email(P) if email else None
        P["work_email"] = self._email(P, work_dom, "im") if work_dom else None
        P["alt_email"] = None
        self.persons[P["pid"]] = P
        return P

    def household_of(self, P):
        if not P["home"]:
            P["home"] = self._phone(False)
        return {"addr": P["addr"], "zip": P["zip"], "home": P["home"]}

    def add_alt_email(self, P, dom):
        P["alt_email"] = self._email(P, dom, "mf")
        return P["alt_email"]


# --------------------------------------------------------------------------------------------------- appearances
class Appearances:
    def __init__(self):
        self.d = {}
        self.order = []

    def add(self, file, rec, P, names=(), partial=(), emails=(), phones=(), addrs=(), dob=None, mynum=None):
        k = (file, str(rec), P["pid"])
        if k not in self.d:
            self.d[k] = {"file": file, "record": str(rec), "pid": P["pid"], "names": [], "partial": [], "emails": [],
                         "phones": [], "addrs": [], "dob": None, "mynumber": None}
            self.order.append(k)
        a = self.d[k]
        for fld, vals in (("names", names), ("partial", partial), ("emails", emails), ("phones", phones), ("addrs", addrs)):
            for v in vals:
                if v and v not in a[fld]:
                    a[fld].append(v)
        if dob:
            a["dob"] = str(dob)
        if mynum:
            a["mynumber"] = mynum

    def rows(self):
        return [self.d[k] for k in self.order]


def F(names=(), partial=(), emails=(), phones=(), addrs=(), dob=None, mynum=None):
    return {"names": list(names), "partial": list(partial), "emails": [e for e in emails if e],
            "phones": [p for p in phones if p], "addrs": [a for a in addrs if a], "dob": dob, "mynum": mynum}


def merge_f(a, b):
    out = {k: (list(a[k]) if isinstance(a[k], list) else a[k]) for k in a}
    for k in ("names", "partial", "emails", "phones", "addrs"):
        for v in b[k]:
            if v not in out[k]:
                out[k].append(v)
    out["dob"] = out["dob"] or b["dob"]
    out["mynum"] = out["mynum"] or b["mynum"]
    return out


def has_key(f):
    return bool(f["emails"] or f["mynum"] or (f["names"] and (f["phones"] or f["addrs"] or f["dob"])))


# --------------------------------------------------------------------------------------------------- mail model
class Seg:
    def __init__(self, text, apps=(), q=True, depth=0):
        self.text, self.apps, self.q, self.depth = text, list(apps), q, depth


class Addr:
    def __init__(self, disp, addr, P=None, names=(), partial=()):
        self.disp, self.addr, self.P = disp, addr, P
        self.f = F(names=names, partial=partial, emails=[addr] if P else [])


def staff_addr(S, style="full"):
    disp = {"full": S["full_sp"], "romaji": S["romaji"], "none": ""}[style]
    return Addr(disp, S["work_email"], S, names=[S["full_sp"]] if style == "full" else ([S["romaji"]] if style == "romaji" else []))


def person_addr(P, style="kanji", email=None, sama=False):
    e = email or P["email"]
    if style == "kanji":
        return Addr(P["full_sp"] + (" 様" if sama else ""), e, P, names=[P["full_sp"]])
    if style == "kanji_tight":
        return Addr(P["full"], e, P, names=[P["full"]])
    if style == "romaji":
        return Addr(P["romaji"], e, P, names=[P["romaji"]])
    if style == "romaji_jp":
        return Addr(P["romaji_jp"], e, P, names=[P["romaji_jp"]])
    if style == "exchange":
        return Addr(f"{P['sei_r']}, {P['mei_r']}", e, P, names=[f"{P['sei_r']}, {P['mei_r']}"])
    if style == "surname":
        return Addr(P["sei"], e, P, partial=[P["sei"]])
    if style == "hira":
        return Addr(P["mei"], e, P, partial=[P["mei"]])
    return Addr("", e, P)


def role_addr(disp, addr):
    return Addr(disp, addr, None)


class Mail:
    def __init__(self, frm, to, cc=(), subject="", date=None, segs=(), enc="utf8-b64", html="none", atts=(), hdrs=(),
                 msgid=None, inreply=None, kind="mail"):
        self.frm, self.to, self.cc = frm, list(to), list(cc)
        self.subject, self.date, self.segs, self.enc, self.html = subject, date, list(segs), enc, html
        self.atts, self.hdrs, self.msgid, self.inreply, self.kind = list(atts), list(hdrs), msgid, inreply, kind
        self.att_apps = []

    def body(self):
        return "\n".join(s.text for s in self.segs) + "\n"

    def apps(self):
        out = {}

        def put(P, f):
            if P is None:
                return
            out[P["pid"]] = (P, merge_f(out[P["pid"]][1], f) if P["pid"] in out else f)

        for a in [self.frm] + self.to + self.cc:
            put(a.P, a.f)
        for s in self.segs:
            for P, f in s.apps:
                put(P, f)
        for P, f in self.att_apps:
            put(P, f)
        return out


def fmt_date(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S +0900")


CHARSET = {"iso2022": ("ISO-2022-JP", "iso2022_jp"), "sjis": ("Shift_JIS", "cp932"), "utf8-b64": ("UTF-8", "utf-8"),
           "utf8-qp": ("UTF-8", "utf-8"), "utf8-8bit": ("UTF-8", "utf-8")}


def ew(s, enc, sep="\n "):
    """RFC 2047 encoded words, chunked so each word is self-contained."""
    if all(ord(c) < 128 for c in s):
        return s
    label, codec = CHARSET[enc]
    try:
        s.encode(codec)
    except UnicodeEncodeError:
        label, codec = "UTF-8", "utf-8"
    words = []
    for i in range(0, len(s), 12):
        words.append(f"=?{label}?B?{base64.b64encode(s[i:i + 12].encode(codec)).decode()}?=")
    return sep.join(words)


def fmt_addr(a, enc):
    if not a.disp:
        return a.addr
    if all(ord(c) < 128 for c in a.disp):
        d = f'"{a.disp}"' if ("," in a.disp or "." in a.disp) else a.disp
        return f"{d} <{a.addr}>"
    return f"{ew(a.disp, enc)} <{a.addr}>"


def encode_body(text, enc):
    """returns (charset label, cte, bytes)"""
    label, codec = CHARSET[enc]
    try:
        raw = text.encode(codec)
    except UnicodeEncodeError:
        enc, label, raw = "utf8-b64", "UTF-8", text.encode("utf-8")
    if enc == "iso2022":
        return label, "7bit", raw
    if enc in ("sjis", "utf8-8bit"):
        return label, "8bit", raw
    if enc == "utf8-qp":
        return label, "quoted-printable", quopri.encodestring(raw)
    b = base64.b64encode(raw)
    return label, "base64", b"\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + b"\n"


def to_html(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    lines = esc.split("\n")
    out = []
    for ln in lines:
        if ln.startswith("&gt;"):
            out.append(f'<span style="color:#666">{ln}</span><br>')
        else:
            out.append(ln + "<br>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:\'ＭＳ Ｐゴシック\',sans-serif;font-size:10pt">\n' + "\n".join(out) + "\n</div></body></html>\n")


def serialize(m, rng):
    enc = m.enc
    H = []
    for h in m.hdrs:
        H.append(h)
    H.append(f"Received: from {MAILHOST} ({MAILHOST} [192.0.2.25])\n\tby mx.kudan-bldg.net with ESMTPS id {rng.randrange(16**10):010x}\n\tfor <{(m.to[0].addr if m.to else m.frm.addr)}>; {fmt_date(m.date)}")
    H.append(f"Date: {fmt_date(m.date)}")
    H.append(f"From: {fmt_addr(m.frm, enc)}")
    if m.to:
        H.append("To: " + ",\n ".join(fmt_addr(a, enc) for a in m.to))
    if m.cc:
        H.append("Cc: " + ",\n ".join(fmt_addr(a, enc) for a in m.cc))
    H.append(f"Subject: {ew(m.subject, enc)}")
    H.append(f"Message-ID: {m.msgid}")
    if m.inreply:
        H.append(f"In-Reply-To: {m.inreply}")
        H.append(f"References: {m.inreply}")
    H.append("MIME-Version: 1.0")
    text = m.body()
    label, cte, raw = encode_body(text, enc)
    textpart = (f"Content-Type: text/plain; charset={label}; format=flowed\nContent-Transfer-Encoding: {cte}\n", raw)
    henc = "utf8-qp" if enc in ("utf8-qp", "utf8-8bit") else "utf8-b64"
    hl, hc, hraw = encode_body(to_html(text), henc)
    htmlpart = (f"Content-Type: text/html; charset={hl}\nContent-Transfer-Encoding: {hc}\n", hraw)

    def bnd():
        return f"----=_Part_{rng.randrange(10**6)}_{rng.randrange(16**8):08x}.{rng.randrange(10**13)}"

    def render(e):
        return e[0].encode("utf-8") + b"\n" + e[1]

    if m.html == "only":
        ent = htmlpart
    elif m.html == "alt":
        b = bnd()
        ent = (f"Content-Type: multipart/alternative;\n boundary=\"{b}\"\n",
               b"".join(f"--{b}\n".encode() + render(p) + b"\n" for p in (textpart, htmlpart)) + f"--{b}--\n".encode())
    else:
        ent = textpart
    if m.atts:
        b = bnd()
        body = b"This is a multi-part message in MIME format.\n" + f"--{b}\n".encode() + render(ent) + b"\n"
        for fname, ctype, data, style in m.atts:
            if style == "2231":
                from urllib.parse import quote
                fn, nm = f"filename*=UTF-8''{quote(fname)}", f"name*=UTF-8''{quote(fname)}"
            else:
                fn, nm = f'filename="{ew(fname, "iso2022", "")}"', f'name="{ew(fname, "iso2022", "")}"'
            b64 = base64.b64encode(data)
            body += (f"--{b}\nContent-Type: {ctype};\n {nm}\nContent-Transfer-Encoding: base64\n"
                     f"Content-Disposition: attachment;\n {fn}\n\n").encode()
            body += b"\n".join(b64[i:i + 76] for i in range(0, len(b64), 76)) + b"\n\n"
        body += f"--{b}--\n".encode()
        ent = (f"Content-Type: multipart/mixed;\n boundary=\"{b}\"\n", body)
    return "\n".join(H).encode("utf-8") + b"\n" + render(ent)


def mbox_bytes(msgs, style, rng):
    """style: tb (Thunderbird), takeout (Gmail Takeout, CRLF), rd (mboxrd >From escaping), o (plain mboxo)"""
    out = []
    for m, raw in msgs:
        lines = raw.split(b"\n")
        esc = []
        for ln in lines:
            if style == "rd":
                s = ln.lstrip(b">")
                if s.startswith(b"From "):
                    ln = b">" + ln
            elif ln.startswith(b"From "):
                ln = b">" + ln
            esc.append(ln)
        raw = b"\n".join(esc)
        asc = m.date.strftime("%a %b ") + f"{m.date.day:2d}" + m.date.strftime(" %H:%M:%S %Y")
        if style == "tb":
            status = "0009" if m.kind == "deleted" else rng.choice(["0001", "0001", "0011", "0005"])
            sep = (f"From - {asc}\nX-Mozilla-Status: {status}\nX-Mozilla-Status2: 00000000\n"
                   f"X-Mozilla-Keys: {' ' * 80}\n").encode()
        elif style == "takeout":
            thr = getattr(m, "thrid", rng.randrange(10**18, 10**19))
            labels = getattr(m, "labels", "受信トレイ,開封済み")
            sep = (f"From {rng.randrange(10**18, 10**19)}@xxx {m.date.strftime('%a %b %d %H:%M:%S')} +0000 {m.date.year}\n"
                   f"X-GM-THRID: {thr}\nX-Gmail-Labels: {labels}\n").encode()
        else:
            sep = f"From {m.frm.addr} {asc}\n".encode()
        msg = sep + raw
        if not msg.endswith(b"\n"):
            msg += b"\n"
        msg += b"\n"
        if style == "takeout":
            msg = msg.replace(b"\n", b"\r\n")
        out.append(msg)
    return b"".join(out)


# --------------------------------------------------------------------------------------------------- text helpers
def staff_sig(S):
    t = (f"━━━━━━━━━━━━━━━━━━━━\n{S['org']}\n{S['title']}　{S['full_sp']}\n〒{S['org_zip']} {S['org_addr']}\n"
         f"TEL {S['org_tel']}（代表） FAX {S['org_fax']}\nE-mail {S['work_email']}\n━━━━━━━━━━━━━━━━━━━━")
    return Seg(t, [(S, F(names=[S["full_sp"]], emails=[S["work_email"]]))])


def client_sig(P, level, email=None):
    e = email or P["email"]
    if level == "full":
        t = f"--\n{P['full_sp']}\n〒{P['zip']} {P['addr']}\n携帯：{P['mobile']}\nMail：{e}"
        return Seg(t, [(P, F(names=[P["full_sp"]], phones=[P["mobile"]], addrs=[P["addr"]], emails=[e]))])
    if level == "phone":
        t = f"{P['full']}\n携帯 {P['mobile']}"
        return Seg(t, [(P, F(names=[P["full"]], phones=[P["mobile"]]))])
    if level == "home":
        t = f"{P['full']}\n自宅 {P['home']}\n{P['addr']}"
        return Seg(t, [(P, F(names=[P["full"]], phones=[P["home"]], addrs=[P["addr"]]))])
    if level == "name":
        return Seg(P["full"], [(P, F(names=[P["full"]]))])
    return Seg(f"{P['sei']}より", [(P, F(partial=[P["sei"]]))])


def greet(P, sama=True, full=True):
    if full:
        return Seg(f"{P['full_sp']} 様" if sama else f"{P['full_sp']} さん", [(P, F(names=[P["full_sp"]]))])
    return Seg(f"{P['sei']}様", [(P, F(partial=[P["sei"]]))])


def quote_segs(prev, style, rng, wrote_date=True):
    """quoted copy of prev's body; returns list of Seg. Non-quotable segments (bare names) are cut."""
    out = []
    src = [s for s in prev.segs if s.q and s.depth < 2]
    cut = len(src) != len([s for s in prev.segs if s.depth < 2])
    if style == "gt":
        fa = prev.frm
        d = prev.date.strftime("%Y/%m/%d %H:%M")
        if fa.P is not None:
            nm = fa.P["full_sp"]
            out.append(Seg(f"\n{d} {nm} <{fa.addr}>:", [(fa.P, F(names=[nm], emails=[fa.addr]))]))
        else:
            out.append(Seg(f"\n{d} {fa.disp} <{fa.addr}>:"))
        for s in src:
            out.append(Seg("\n".join("> " + ln if ln else ">" for ln in s.text.split("\n")), s.apps, True, s.depth + 1))
        if cut:
            out.append(Seg("> （中略）", [], True, 1))
    else:  # outlook / forward blocks: original headers in the body, no '>'
        def who(a):
            if a.P is None:
                return f"{a.disp} <{a.addr}>", []
            nm = a.P["full_sp"] if style != "outlook_en" else f"{a.P['sei_r']}, {a.P['mei_r']}"
            return (f"{nm} [mailto:{a.addr}]" if style == "outlook_en" else f"{nm} <{a.addr}>"), [(a.P, F(names=[nm], emails=[a.addr]))]
        apps = []
        f, ap = who(prev.frm)
        apps += ap
        tos = []
        for a in prev.to:
            t, ap = who(a)
            tos.append(t)
            apps += ap
        ccs = []
        for a in prev.cc:
            t, ap = who(a)
            ccs.append(t)
            apps += ap
        if style == "outlook_en":
            hdr = (f"-----Original Message-----\nFrom: {f}\nSent: {prev.date.strftime('%A, %B %d, %Y %I:%M %p')}\n"
                   f"To: {'; '.join(tos)}\n" + (f"Cc: {'; '.join(ccs)}\n" if ccs else "") + f"Subject: {prev.subject}")
        elif style == "outlook_ja":
            hdr = (f"差出人: {f}\n送信日時: {prev.date.strftime('%Y年%m月%d日 %H:%M')}\n宛先: {'; '.join(tos)}\n"
                   + (f"CC: {'; '.join(ccs)}\n" if ccs else "") + f"件名: {prev.subject}")
        else:  # forward
            hdr = (f"---------- Forwarded message ---------\nFrom: {f}\nDate: {prev.date.strftime('%Y年%m月%d日 %H:%M')}\n"
                   f"Subject: {prev.subject}\nTo: {', '.join(tos)}" + (f"\nCc: {', '.join(ccs)}" if ccs else ""))
        out.append(Seg("\n" + hdr + "\n", apps, True, 1))
        for s in src:
            out.append(Seg(s.text, s.apps, True, s.depth + 1))
        if cut:
            out.append(Seg("（中略）", [], True, 1))
    return out


FILLER = ["いつもお世話になっております。", "ご連絡ありがとうございます。", "承知いたしました。", "よろしくお願いいたします。",
          "取り急ぎご連絡まで。", "ご確認のほどお願い申し上げます。", "引き続きよろしくお願いいたします。",
          "資料を拝受しました。内容を確認のうえ、改めてご連絡します。", "来週の打合せの日程について、ご都合をお知らせください。",
          "先日はお時間をいただきありがとうございました。", "書類は郵送にてお送りしました。到着までしばらくお待ちください。",
          "ご不明な点がございましたらお気軽にお問い合わせください。"]
CLIENT_LINES = ["お世話になっております。", "ご連絡ありがとうございます。", "書類を確認しました。", "来週の火曜日でしたら都合がつきます。",
                "病院の領収書をまとめて郵送しました。", "保険会社から電話がありましたが、先生にお任せしていると伝えました。",
                "ご丁寧にありがとうございます。", "お手数をおかけしますが、よろしくお願いします。",
                "印鑑証明書は来週取得してお送りします。", "質問があるのですが、次回の打合せでお聞きします。"]


# --------------------------------------------------------------------------------------------------- generator
class Gen:
    def __init__(self, seed, out):
        self.seed = seed
        self.W = World(seed)
        self.rng = self.W.rng
        self.A = Appearances()
        self.out = out
        self.files = {}  # relpath -> truth entry extra (columns etc.)
        self.date = dt.datetime(2023, 1, 10, 9, 0)
        self.msgn = 0
        self.facts = {}

    # ---------------- helpers
    def nd(self, hours=(1, 60)):
        self.date += dt.timedelta(minutes=self.rng.randint(hours[0] * 60, hours[1] * 60))
        if self.date.hour < 7:
            self.date = self.date.replace(hour=self.rng.randint(8, 20))
        return self.date

    def mid(self, dom):
        self.msgn += 1
        return f"<{hashlib.md5(f'{self.seed}-{self.msgn}'.encode()).hexdigest()[:20]}.{self.msgn}@{dom}>"

    def staff(self, title, sex=None, org=OFFICE, dom=OFFICE_DOM, addr=OFFICE_ADDR, zp=OFFICE_ZIP, tel=OFFICE_TEL, fax=OFFICE_FAX):
        S = self.W.person("staff", sex=sex, work_dom=dom, email=False, age=(26, 62))
        S.update(title=title, org=org, org_addr=addr, org_zip=zp, org_tel=tel, org_fax=fax)
        return S

    def write(self, rel, data, columns=None, hard=None):
        p = os.path.join(self.out, "drive", rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(data)
        ent = {}
        if columns is not None:
            ent["columns"] = columns
            ent["hard_negative_columns"] = hard or []
        self.files[rel] = ent

    def rec_mail(self, rel, i, m):
        for P, f in m.apps().values():
            self.A.add(rel, f"msg{i}", P, names=f["names"], partial=f["partial"], emails=f["emails"], phones=f["phones"],
                       addrs=f["addrs"], dob=f["dob"], mynum=f["mynum"])

    def write_mbox(self, rel, msgs, style):
        rng = self.rng
        raws = [(m, serialize(m, rng)) for m in msgs]
        self.write(rel, mbox_bytes(raws, style, rng))
        for i, m in enumerate(msgs):
            self.rec_mail(rel, i, m)

    def write_eml(self, rel, m):
        self.write(rel, serialize(m, self.rng).replace(b"\n", b"\r\n"))
        self.rec_mail(rel, 0, m)

    # ---------------- case content
    def accident_facts(self, C, client_line=True):
        rng, W = self.rng, self.W
        segs = []
        same = rng.random() < 0.3
        other = W.person("other_driver", surname=[C["sei"], C["sei_k"], C["sei_r"]] if same else None, email=False)
        d = dt.date(2023, rng.randint(1, 6), rng.randint(1, 28))
        place = rng.choice(["環状七号線の交差点", "駅前ロータリー", "国道246号線", "スーパーの駐車場", "住宅街の一時停止標識のある交差点"])
        segs.append(Seg(f"事故日時：{d.year}年{d.month}月{d.day}日 午後{rng.randint(1, 6)}時頃\n場所：{place}"))
        if rng.random() < 0.5:
            segs.append(Seg(f"相手方運転者：{other['full_sp']}さん（連絡先 {other['mobile']}）",
                            [(other, F(names=[other["full_sp"]], phones=[other["mobile"]]))]))
        else:
            segs.append(Seg(f"相手方運転者：{other['full']}\n相手方住所：{other['addr']}",
                            [(other, F(names=[other["full"]], addrs=[other["addr"]]))]))
        ins = rng.choice(INSURERS)
        segs.append(Seg(f"相手方の保険会社：{ins[0]}（{rng.choice(['新宿', '池袋', '横浜'])}サービスセンター）\n"
                        f"相手方の勤務先：{rng.choice(SURNAMES)[0]}運輸株式会社"))
        if rng.random() < 0.6:
            w = W.person("witness", email=False)
            segs.append(Seg(f"目撃者：{w['full']}さん（近くの店の方です）", [(w, F(names=[w["full"]]))], q=False))
        return segs, other

    def heirs_facts(self, C, with_csv=False):
        """decedent + heirs: client's household members share address and home phone."""
        rng, W = self.rng, self.W
        hh = W.household_of(C)
        dec = W.person("decedent", surname=[C["sei"], C["sei_k"], C["sei_r"]], household=hh, email=False, age=(75, 95), mobile=False)
        dd = dt.date(2022, rng.randint(1, 12), rng.randint(1, 28))
        segs = [Seg(f"被相続人：{dec['full']}（{wareki(dec['dob'])}生、{wareki(dd)}死亡）\n最後の住所：{dec['addr']}",
                    [(dec, F(names=[dec["full"]], dob=dec["dob"], addrs=[dec["addr"]]))])]
        heirs = []
        lines = ["相続人は以下のとおりです。"]
        apps = []
        n = rng.randint(2, 4)
        for i in range(n):
            rel = ["配偶者", "長男", "長女", "次男", "二女"][i] if i < 5 else "孫"
            if i == 0:
                H = W.person("heir", sex="F" if dec["sex"] == "M" else "M", surname=[dec["sei"], dec["sei_k"], dec["sei_r"]],
                             household=hh, email=False, age=(70, 90))
            elif rng.random() < 0.5:
                H = W.person("heir", surname=[dec["sei"], dec["sei_k"], dec["sei_r"]], email=False, age=(40, 65))
            else:
                H = W.person("heir", email=False, age=(40, 65))
            heirs.append((rel, H))
            if rng.random() < 0.5:
                lines.append(f"・{rel}　{H['full']}（{wareki(H['dob'])}生）　{H['addr']}")
                apps.append((H, F(names=[H["full"]], dob=H["dob"], addrs=[H["addr"]])))
            else:
                lines.append(f"・{rel}　{H['full']}　住所：{H['addr']}")
                apps.append((H, F(names=[H["full"]], addrs=[H["addr"]])))
        segs.append(Seg("\n".join(lines), apps))
        if rng.random() < 0.4:
            B = W.person("heir_missing", surname=[dec["sei"], dec["sei_k"], dec["sei_r"]], email=False)
            segs.append(Seg(f"なお、父には前妻との間に{B['full']}という子がいると聞いていますが、連絡先は分かりません。",
                            [(B, F(names=[B["full"]]))], q=False))
        return segs, dec, heirs

    def labour_facts(self, C, emp):
        rng, W = self.rng, self.W
        mgr = W.person("manager", email=False)
        segs = [Seg(f"勤務先：{emp}\n上司の{mgr['full']}課長から、昨年秋ごろから繰り返し叱責を受けています。", [(mgr, F(names=[mgr["full"]]))], q=False)]
        if rng.random() < 0.6:
            hr = W.person("hr", email=False, work_dom=f"{emp_dom(emp)}")
            segs.append(Seg(f"人事部の{hr['full_sp']}さん（{hr['work_email']}）に相談しましたが、対応してもらえませんでした。",
                            [(hr, F(names=[hr["full_sp"]], emails=[hr["work_email"]]))]))
        if rng.random() < 0.5:
            cw = W.person("coworker", email=False)
            segs.append(Seg(f"同僚の{cw['full']}さんも同じような扱いを受けていました。", [(cw, F(names=[cw["full"]]))], q=False))
        segs.append(Seg(f"未払いの残業代は月{rng.randint(20, 80)}時間分ほどあると思います。"))
        return segs

    # ---------------- threads
    def client_thread(self, owner, C, n, case, encs=("utf8-b64",), hdr_extra=None, family_cc=False, html_p=0.3,
                      alt_email_p=0.0, att_p=0.2, emp=None):
        """A client writing many times, signing in many ways. Returns list of Mail."""
        rng = self.rng
        msgs = []
        subj0 = {"accident": "事故の件でご相談", "inherit": "相続手続きのご相談", "labour": "残業代と職場のことで相談です",
                 "estate": "物件のお問い合わせ"}[case]
        fam = None
        if family_cc:
            hh = self.W.household_of(C)
            fam = self.W.person("family", surname=[C["sei"], C["sei_k"], C["sei_r"]], household=hh)
        prev = None
        cc_growing = []
        for k in range(n):
            from_client = (k % 2 == 0)
            enc = rng.choice(encs)
            date = self.nd()
            if from_client:
                use_alt = C["alt_email"] and rng.random() < alt_email_p
                email = C["alt_email"] if use_alt else C["email"]
                dstyle = rng.choice(["kanji", "kanji_tight", "romaji", "romaji_jp", "none", "surname"]) if not use_alt else rng.choice(["romaji", "none"])
                frm = person_addr(C, dstyle, email=email)
                segs = [Seg(f"{owner['sei']}先生" if owner["title"] == "弁護士" else f"{owner['sei']}様")]
                segs[0].apps = [(owner, F(partial=[owner["sei"]]))]
                sig = rng.choice(["full", "phone", "name", "surname", "surname", "surname"]) if not use_alt else rng.choice(["full", "phone"])
                if k == 0:
                    sig = "full"  # the first mail carries the full signature (name, address, mobile, e-mail)
                atts = []
                if sig == "surname":
                    segs.append(Seg(f"\n{rng.choice(CLIENT_LINES)}{C['sei']}です。", [(C, F(partial=[C["sei"]]))]))
                else:
                    segs.append(Seg(f"\n{rng.choice(CLIENT_LINES)}"))
                if k == 0:
                    if case == "accident":
                        fs, _ = self.accident_facts(C)
                    elif case == "inherit":
                        fs, _, _ = self.heirs_facts(C)
                    else:
                        fs = self.labour_facts(C, emp)
                    segs += fs
                    self.facts.setdefault(C["pid"], (case, C, [s for s in fs if s.q]))
                    if case == "inherit" and rng.random() < 0.5:
                        atts.append(self.heirs_csv_att(fs))
                segs.append(Seg(rng.choice(CLIENT_LINES)))
                segs.append(client_sig(C, sig, email=email) if sig != "surname" else Seg(f"\n{C['sei']}より", [(C, F(partial=[C["sei"]]))]))
                to = [staff_addr(owner, rng.choice(["full", "none"]))]
                cc = [person_addr(fam, "kanji")] if fam and k >= 2 else []
                if rng.random() < att_p:
                    atts.append(self.vcard_att(C, email))
                if rng.random() < att_p:
                    atts.append(("診断書.pdf" if case == "accident" else "資料.pdf", "application/pdf", fake_pdf(rng), rng.choice(["2231", "ew"])))
                m = Mail(frm, to, cc, ("Re: " if k else "") + subj0, date, segs, enc, "alt" if rng.random() < html_p else "none",
                         [a[:4] for a in atts], list(hdr_extra or []), self.mid(email.split("@")[1]), prev.msgid if prev else None)
                m.att_apps = []
                for a in atts:
                    if len(a) > 4:
                        m.att_apps += a[4] if isinstance(a[4], list) else [a[4]]
            else:
                frm = staff_addr(owner, "full")
                to = [person_addr(C, rng.choice(["kanji", "none"]), sama=True)]
                if prev is not None and prev.frm.addr != C["email"]:
                    to = [person_addr(C, "none", email=prev.frm.addr)]
                cc = [person_addr(fam, "kanji")] if fam and k >= 2 else []
                segs = [greet(C, full=rng.random() < 0.6), Seg("\n" + "\n".join(rng.sample(FILLER, 2)))]
                if rng.random() < 0.3:
                    segs.append(Seg(f"\n{rng.choice(['振込先', 'ご請求先'])}：{rng.choice(BANKS)} {rng.choice(BRANCHES)} 普通 {self.OFFICE_ACCT}\n口座名義：{OFFICE}"))
                segs.append(staff_sig(owner))
                m = Mail(frm, to, cc, "Re: " + subj0, date, segs, enc, "alt" if rng.random() < html_p else "none",
                         [], list(hdr_extra or []), self.mid(OFFICE_DOM), prev.msgid if prev else None)
            if prev is not None and rng.random() < 0.8:
                m.segs += quote_segs(prev, rng.choice(["gt", "gt", "outlook_ja"]), rng)
            msgs.append(m)
            prev = m
        return msgs

    def heirs_csv_att(self, fs):
        """CSV attachment of the heirs listed in the body, plus a grandchild (代襲相続人) found only in the CSV."""
        rng = self.rng
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(["氏名", "続柄", "生年月日", "住所"])
        apps = []
        heirs = [(P, f) for s in fs for P, f in s.apps if P["kind"] == "heir"]
        for P, f in heirs:
            w.writerow([P["full"], "相続人", P["dob"].isoformat(), P["addr"]])
        g = self.W.person("heir", email=False, age=(20, 35))
        w.writerow([g["full"], "孫（代襲）", g["dob"].isoformat(), g["addr"]])
        return ("相続人一覧.csv", "text/csv; charset=Shift_JIS", buf.getvalue().encode("cp932"), "ew",
                [(P, F(names=[P["full"]], dob=P["dob"], addrs=[P["addr"]])) for P, _ in heirs + [(g, None)]])

    def vcard_att(self, P, email):
        v = (f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{P['sei']};{P['mei']};;;\r\nFN:{P['full_sp']}\r\n"
             f"TEL;TYPE=CELL:{P['mobile']}\r\nEMAIL;TYPE=INTERNET:{email}\r\nEND:VCARD\r\n").encode("utf-8")
        return (f"{P['romaji'].replace(' ', '_')}.vcf", "text/vcard; charset=utf-8", v, "2231",
                (P, F(names=[P["full_sp"], P["sei"] + P["mei"]], phones=[P["mobile"]], emails=[email])))

    def outlook_thread(self, owner, colleague, C, n, org, encs=("utf8-b64", "iso2022")):
        """insurer adjuster / opposing counsel thread: Outlook blocks without '>', reply-all with growing Cc."""
        rng = self.rng
        name, dom, tel = org
        adj = self.staff(rng.choice(["損害サービス課", "弁護士", "担当"]), org=name, dom=dom, addr=f"東京都中央区日本橋{rng.randint(1, 3)}-{rng.randint(1, 9)}-{rng.randint(1, 9)}", zp="103-0027", tel=tel, fax=tel[:-1] + "9")
        boss = self.staff("課長", org=name, dom=dom, addr=adj["org_addr"], zp="103-0027", tel=tel, fax=adj["org_fax"])
        subj = f"{C['sei']}様 交通事故の件（受付番号 23-{rng.randint(100000, 999999)}）" if "保険" in name or "共済" in name else f"{C['sei']}様の件（{rng.choice(['未払賃金', '遺産分割', '損害賠償'])}）"
        msgs, prev, cc = [], None, []
        for k in range(n):
            date = self.nd()
            enc = rng.choice(encs)
            if k % 2 == 0:
                frm, to = staff_addr(adj, "romaji" if rng.random() < 0.3 else "full"), [staff_addr(owner, "full")]
                if k >= 2 and boss not in [a.P for a in cc]:
                    cc.append(staff_addr(boss, "full"))
                segs = [Seg(f"{OFFICE}\n{owner['full_sp']} 先生", [(owner, F(names=[owner["full_sp"]]))]),
                        Seg("\n" + rng.choice(FILLER))]
                if k == 0:
                    segs.append(Seg(f"{C['full']}様（{wareki(C['dob'])}生、住所 {C['addr']}）の件につき、支払状況等をお知らせします。",
                                    [(C, F(names=[C["full"]], dob=C["dob"], addrs=[C["addr"]]))]))
                segs.append(Seg(f"\n{name}\n{adj['title']} {adj['full_sp']}\nTEL {tel}（代表）\n{adj['work_email']}",
                                [(adj, F(names=[adj["full_sp"]], emails=[adj["work_email"]]))]))
            else:
                frm, to = staff_addr(owner, "full"), [staff_addr(adj, "full")]
                if k >= 3 and colleague not in [a.P for a in cc]:
                    cc.append(staff_addr(colleague, "full"))
                segs = [Seg(f"{name}\n{adj['full_sp']} 様", [(adj, F(names=[adj["full_sp"]]))]), Seg("\n" + rng.choice(FILLER)), staff_sig(owner)]
            m = Mail(frm, to, list(cc), ("RE: " if k else "") + subj, date, segs, enc, "alt" if rng.random() < 0.5 else "none",
                     msgid=self.mid(frm.addr.split("@")[1]), inreply=prev.msgid if prev else None)
            if prev is not None:
                m.segs += quote_segs(prev, rng.choice(["outlook_en", "outlook_ja"]), rng)
            msgs.append(m)
            prev = m
        return msgs

    def forward(self, owner, to_staff, orig, enc="utf8-b64"):
        segs = [Seg(f"{to_staff['sei']}さん", [(to_staff, F(partial=[to_staff["sei"]]))]),
                Seg("\n下記、ご確認ください。依頼者からのメールを転送します。"), staff_sig(owner)]
        segs += quote_segs(orig, "forward", self.rng)
        return Mail(staff_addr(owner), [staff_addr(to_staff)], [], "Fwd: " + orig.subject, self.nd(), segs, enc,
                    msgid=self.mid(OFFICE_DOM))

    # ---------------- no-person mails
    def newsletter(self, to, enc="utf8-qp"):
        rng = self.rng
        src = rng.choice([(f"{AGENCY} ニュース", f"news@{AGENCY_DOM}", "【みどり不動産】今月のおすすめ物件のご案内"),
                          ("法律情報メールマガジン", "mag@legal-info.example.jp", "【メルマガ】改正民法の実務ポイント"),
                          ("九段ビル管理事務所", "info@kudan-bldg.net", "【お知らせ】エレベーター点検のお知らせ")])
        body = (f"{src[0]}をご購読いただきありがとうございます。\n\n■今月のトピック\n・{rng.choice(['相続登記の義務化', '自転車事故と保険', '賃貸契約の更新料'])}について\n"
                f"・{rng.choice(['九段下駅徒歩5分 2LDK', '市ヶ谷駅徒歩8分 1K', '飯田橋駅徒歩3分 店舗'])}\n\n配信停止はこちら：https://{src[1].split('@')[1]}/unsubscribe\n"
                f"発行：{src[0]}\nお問い合わせ：{src[1]}")
        return Mail(role_addr(src[0], src[1]), [to], [], src[2], self.nd((1, 20)), [Seg(body)], enc,
                    rng.choice(["alt", "only"]), hdrs=["List-Unsubscribe: <https://example.jp/unsub>", "Precedence: bulk"],
                    msgid=self.mid(src[1].split("@")[1]), kind="news")

    def notification(self, to):
        rng = self.rng
        t = rng.choice([("【重要】パスワード有効期限のお知らせ", f"noreply@{MAILHOST}", "メールアカウントのパスワード有効期限が近づいています。\nWebメールにログインして変更してください。\nこのメールは送信専用です。"),
                        ("ウイルス検知のお知らせ", f"postmaster@{MAILHOST}", "受信メールからウイルスが検知されたため、添付ファイルを削除しました。\n送信元IP: 203.0.113.45"),
                        ("[共有カレンダー] 会議室予約の確認", "calendar-noreply@kudan-bldg.net", "会議室A 14:00-15:00 の予約が確定しました。"),
                        ("メールボックス容量のお知らせ", f"support@{MAILHOST}", "メールボックスの使用量が90%を超えました。")])
        return Mail(role_addr("システム管理", t[1]), [to], [], t[0], self.nd((1, 30)), [Seg(t[2])], "iso2022",
                    hdrs=["Auto-Submitted: auto-generated"], msgid=self.mid(MAILHOST), kind="notify")

    def digest(self, to):
        rng = self.rng
        items = "\n".join(f"{i + 1}. {rng.choice(['交通事故の過失割合に関する最新裁判例', '遺留分侵害額請求の実務', '残業代請求と固定残業代', '賃貸借契約の原状回復', '後遺障害等級認定の動向'])}"
                          for i in range(rng.randint(3, 6)))
        body = f"交通・相続実務研究会 ML ダイジェスト Vol.{rng.randint(100, 300)}\n\n本日のトピック:\n{items}\n\n--\nML管理: bengo-ml-request@lists.legal-net.jp"
        return Mail(role_addr("bengo-ml", "bengo-ml-request@lists.legal-net.jp"), [to], [], "bengo-ml digest", self.nd((1, 30)), [Seg(body)],
                    "utf8-8bit", hdrs=["List-Id: <bengo-ml.lists.legal-net.jp>", "Precedence: list"],
                    msgid=self.mid("lists.legal-net.jp"), kind="digest")

    def bounce(self, owner_addr, target_P, target_email):
        """bounce of a mail to a person's old address; the returned headers carry the person's name and address."""
        body = (f"This is the mail system at host {MAILHOST}.\n\nI'm sorry to have to inform you that your message could not\n"
                f"be delivered to one or more recipients.\n\n<{target_email}>: host mx.example.ne.jp said: 550 5.1.1 User unknown\n\n"
                f"--- 元のメッセージのヘッダ ---\nFrom: {owner_addr.disp} <{owner_addr.addr}>\nTo: {target_P['full_sp']} <{target_email}>\nSubject: 打合せ日程の件")
        return Mail(role_addr("Mail Delivery System", f"MAILER-DAEMON@{MAILHOST}"), [owner_addr], [], "Undelivered Mail Returned to Sender",
                    self.nd((1, 10)), [Seg(body, [(target_P, F(names=[target_P["full_sp"]], emails=[target_email]))]),
                                       Seg("", [(owner_addr.P, F(emails=[owner_addr.addr]))])], "utf8-8bit",
                    msgid=self.mid(MAILHOST), kind="bounce")

    def autoreply(self, P, to, role=False):
        if role:
            frm = role_addr(OFFICE, f"info@{OFFICE_DOM}")
            body = "お問い合わせありがとうございます。本メールは自動返信です。\n担当者より2営業日以内にご連絡いたします。"
            segs = [Seg(body)]
        else:
            frm = staff_addr(P, "full") if P.get("work_email") else person_addr(P, "kanji")
            segs = [Seg(f"ただいま不在にしております。{self.rng.randint(1, 28)}日以降に順次対応いたします。"), Seg(f"{P['sei']}", [(P, F(partial=[P['sei']]))])]
        return Mail(frm, [to], [], "自動応答: 不在のお知らせ", self.nd((1, 10)), segs, "iso2022", hdrs=["Auto-Submitted: auto-replied"],
                    msgid=self.mid(frm.addr.split("@")[1]), kind="auto")

    def form_notice(self, to, P, site="law", enc="utf8-b64"):
        """form notification from a role address carrying a person's data."""
        rng = self.rng
        if site == "law":
            frm = role_addr("Webお問い合わせフォーム", f"noreply@{OFFICE_DOM}")
            topic = rng.choice(["交通事故", "相続", "労働問題"])
        else:
            frm = role_addr("みどり不動産 Webフォーム", f"no-reply@{AGENCY_DOM}")
            topic = rng.choice(["購入希望", "賃貸希望", "売却相談"])
        shows_addr = rng.random() < 0.5
        body = (f"Webサイトからお問い合わせがありました。\n\n【お名前】{P['full_sp']}\n【フリガナ】{P['kana']}\n【メール】{P['email']}\n"
                f"【電話番号】{P['mobile']}\n" + (f"【ご住所】〒{P['zip']} {P['addr']}\n" if shows_addr else "") +
                f"【ご相談種別】{topic}\n【内容】{rng.choice(['一度相談したいです。', '費用について知りたいです。', '物件を見学したいです。', '至急連絡ください。'])}\n\n送信日時：{self.date.strftime('%Y/%m/%d %H:%M')}")
        seg = Seg(body, [(P, F(names=[P["full_sp"], P["kana"]], emails=[P["email"]], phones=[P["mobile"]], addrs=[P["addr"]] if shows_addr else []))])
        return Mail(frm, [to], [], f"[問い合わせ] {topic}", self.nd((1, 20)), [seg], enc, "alt" if rng.random() < 0.5 else "none",
                    msgid=self.mid(frm.addr.split("@")[1]), kind="form")


def emp_dom(emp):
    h = hashlib.md5(emp.encode()).hexdigest()[:6]
    return f"corp-{h}.co.jp"


def fake_pdf(rng):
    body = bytes(rng.randrange(256) for _ in range(600))
    return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n" + body + b"\nendstream\n%%EOF\n"


# --------------------------------------------------------------------------------------------------- archives
def split_thread(msgs, owner):
    return [m for m in msgs if m.frm.P is not owner], [m for m in msgs if m.frm.P is owner]


def interleave(rng, groups):
    """merge several message lists keeping each list's order, then sort by date."""
    allm = [m for g in groups for m in g]
    allm.sort(key=lambda m: m.date)
    return allm


class Build(Gen):
    def setup(self):
        rng, W = self.rng, self.W
        self.OFFICE_ACCT = "1234567"
        self.lawyers = [self.staff("弁護士") for _ in range(4)]
        self.clerks = [self.staff(rng.choice(["事務員", "パラリーガル"])) for _ in range(4)]
        self.agents = [self.staff("営業部", org=AGENCY, dom=AGENCY_DOM, addr=AGENCY_ADDR, zp=OFFICE_ZIP, tel=AGENCY_TEL,
                                  fax=AGENCY_TEL[:-1] + "2") for _ in range(4)]
        self.law_clients = []   # (P, case, facts)
        self.agency_customers = []
        self.case_docs = []

    def case_client(self, case, **kw):
        kw.setdefault("age", (22, 75) if case != "inherit" else (40, 70))
        P = self.W.person("client", **kw)
        self.law_clients.append((P, case))
        return P

    # ----- 1+2: Thunderbird Inbox and Sent of the accident lawyer
    def tb(self):
        rng, L, K = self.rng, self.lawyers[0], self.clerks[0]
        base = f"メール/{L['sei']}弁護士/Thunderbird/Local Folders"
        self.date = dt.datetime(2023, 2, 1, 9, 0)
        heavy = self.case_client("accident")
        self.W.add_alt_email(heavy, "docomo.ne.jp")
        twin = self.case_client("accident", surname=[heavy["sei"], heavy["sei_k"], heavy["sei_r"]])
        threads = [self.client_thread(L, heavy, 40, "accident", encs=("iso2022", "utf8-b64", "utf8-qp"), family_cc=True,
                                      alt_email_p=0.3, att_p=0.25)]
        threads.append(self.client_thread(L, twin, 8, "accident", encs=("utf8-b64", "utf8-8bit")))
        for _ in range(9):
            C = self.case_client("accident")
            threads.append(self.client_thread(L, C, rng.randint(3, 8), "accident", encs=("iso2022", "utf8-b64", "utf8-qp", "sjis")))
        for org in INSURERS[:2]:
            threads.append(self.outlook_thread(L, K, rng.choice([heavy, twin]), rng.randint(5, 8), org))
        threads.append(self.outlook_thread(L, K, self.law_clients[-1][0], 6, FIRMS[0]))
        inbox, sent = [], []
        for t in threads:
            i, s = split_thread(t, L)
            inbox += i
            sent += s
        me = staff_addr(L, "full")
        # clerk forwards two client mails to the lawyer
        for t in threads[2:4]:
            inbox.append(self.forward(K, L, t[0]))
        # address change notice linking heavy's two addresses (name + both e-mails in one record)
        self.date = inbox[5].date + dt.timedelta(hours=3)
        noise = [Mail(person_addr(heavy, "romaji", email=heavy["alt_email"]), [me], [], "アドレス変更のお知らせ", self.nd(),
                      [Seg(f"{L['sei']}先生\n携帯のアドレスからも送ることがあります。\n{heavy['full']}\n{heavy['alt_email']}",
                           [(heavy, F(names=[heavy["full"]], emails=[heavy["alt_email"], heavy["email"]])), (L, F(partial=[L['sei']]))]),
                       Seg(f"（PCのアドレス {heavy['email']} も引き続き使います）")], "sjis", msgid=self.mid("docomo.ne.jp"))]
        self.date = dt.datetime(2023, 2, 1, 9, 0)
        for _ in range(6):
            noise.append(self.newsletter(me))
        for _ in range(4):
            noise.append(self.notification(me))
        for _ in range(4):
            noise.append(self.digest(me))
        noise.append(self.bounce(me, twin, twin["email"]))
        adj = [m.frm.P for m in inbox if m.frm.P and m.frm.P.get("org", "").startswith("東海")][0]
        noise.append(self.autoreply(adj, me))
        noise.append(self.autoreply(None, me, role=True))
        orig = [m for m in threads[0][1:] if m.frm.P is heavy and all(s.q for s in m.segs)][0]
        dup = Mail(**{k: getattr(orig, k) for k in ("frm", "to", "cc", "subject", "date", "segs", "enc", "html", "atts", "hdrs", "msgid", "inreply")})
        dup.kind, dup.att_apps = "deleted", orig.att_apps
        inbox = interleave(rng, [inbox, noise]) + [dup]
        # a message filter moved the insurers' mails into a subfolder (Thunderbird: Inbox.sbd/<name>, no extension)
        ins_doms = tuple(d for _, d, _ in INSURERS)
        moved = [m for m in inbox if m.frm.addr.endswith(ins_doms) and m.kind == "mail"]
        inbox = [m for m in inbox if not (m.frm.addr.endswith(ins_doms) and m.kind == "mail")]
        self.write_mbox(f"{base}/Inbox.sbd/保険会社", moved, "tb")
        self.write_mbox(f"{base}/Inbox", inbox, "tb")
        self.write_mbox(f"{base}/Sent", sorted(sent, key=lambda m: m.date), "tb")
        self.eml_pool = [threads[0][1], threads[0][6], threads[0][13], threads[0][22], threads[1][0], threads[3][0], threads[5][0], moved[0]]
        self.accident_threads = threads

    # ----- 3: Gmail Takeout of the inheritance lawyer
    def takeout(self):
        rng, L, K = self.rng, self.lawyers[1], self.clerks[1]
        self.date = dt.datetime(2023, 3, 1, 9, 0)
        threads = []
        heavy = self.case_client("inherit")
        threads.append(self.client_thread(L, heavy, 36, "inherit", encs=("utf8-b64", "utf8-qp"), family_cc=True, att_p=0.2))
        for _ in range(11):
            C = self.case_client("inherit")
            threads.append(self.client_thread(L, C, rng.randint(3, 10), "inherit", encs=("utf8-b64", "utf8-qp", "iso2022"), att_p=0.3))
        threads.append(self.outlook_thread(L, K, heavy, 7, FIRMS[1]))
        threads.append(self.outlook_thread(L, K, threads[3][0].frm.P, 5, FIRMS[2]))
        me = staff_addr(L, "full")
        msgs = []
        for t in threads:
            thr = rng.randrange(10**18, 10**19)
            for m in t:
                m.thrid = thr
                m.labels = "送信済みメール,開封済み" if m.frm.P is L else rng.choice(["受信トレイ,重要,開封済み", "アーカイブ,開封済み", "受信トレイ,カテゴリ: 個人,開封済み", "相続案件,開封済み"])
                msgs.append(m)
        for t in threads[1:3]:
            f = self.forward(L, K, t[0])
            f.labels = "送信済みメール"
            msgs.append(f)
        self.date = dt.datetime(2023, 3, 1, 9, 0)
        for fn in [self.newsletter] * 8 + [self.notification] * 5 + [self.digest] * 3:
            m = fn(me)
            m.labels = "カテゴリ: プロモーション,開封済み" if m.kind == "news" else "受信トレイ,開封済み"
            msgs.append(m)
        # a chat transcript as Takeout stores it
        chat = Mail(staff_addr(K), [me], [], "Chat with " + K["full_sp"], self.nd(),
                    [Seg(f"{L['sei']}先生、依頼者の方からお電話がありました。折り返しお願いします。", [(L, F(partial=[L["sei"]]))])],
                    "utf8-8bit", msgid=self.mid("gmail.com"), kind="chat")
        chat.labels = "チャット"
        msgs.append(chat)
        msgs.sort(key=lambda m: m.date)
        self.write_mbox("メール/Takeout/メール/すべてのメール（迷惑メールやゴミ箱のメールを含む）.mbox", msgs, "takeout")
        self.inherit_threads = threads
        self.eml_pool += [threads[1][0], threads[2][0], threads[0][9], threads[4][1]]

    # ----- 4: mboxrd export with >From escaping (clerk, inheritance + property sale through the agency)
    def export_rd(self):
        rng, K, L, A = self.rng, self.clerks[2], self.lawyers[1], self.agents[0]
        self.date = dt.datetime(2023, 5, 1, 9, 0)
        threads = []
        for _ in range(6):
            C = self.case_client("inherit")
            threads.append(self.client_thread(K, C, rng.randint(3, 7), "inherit", encs=("utf8-8bit", "sjis", "iso2022"), att_p=0.3))
        # an heir abroad writing partly in English: lines starting with "From " must be escaped in the mbox
        ab = self.case_client("inherit")
        msgs = []
        for k in range(4):
            segs = [Seg(f"{K['sei']}様", [(K, F(partial=[K["sei"]]))]),
                    Seg("From my side, I agree with the proposal of the division.\nFrom now on please contact me by e-mail.\n>From the previous mail: the deadline is end of June."),
                    Seg(f"{ab['full']}\n{ab['romaji']}\n{ab['addr']}", [(ab, F(names=[ab["full"], ab["romaji"]], addrs=[ab["addr"]]))])]
            m = Mail(person_addr(ab, "romaji"), [staff_addr(K)], [], "Re: 遺産分割協議書の件", self.nd(), segs, "utf8-8bit", msgid=self.mid("gmail.com"))
            if msgs:
                m.segs += quote_segs(msgs[-1], "gt", rng)
            msgs.append(m)
        threads.append(msgs)
        # the agency is asked to value an inherited house: agency staff + heirs
        C0 = threads[0][0].frm.P
        av = [Mail(staff_addr(A), [staff_addr(K)], [staff_addr(L)], f"{C0['sei']}様 ご実家の査定について", self.nd(),
                   [Seg(f"{OFFICE}\n{K['full_sp']} 様", [(K, F(names=[K["full_sp"]]))]),
                    Seg(f"{C0['full']}様（{C0['addr']}）ご依頼の査定結果をお送りします。\n査定額：{rng.randint(20, 60) * 100}万円",
                        [(C0, F(names=[C0["full"]], addrs=[C0["addr"]]))]), staff_sig(A)], "iso2022", html="alt", msgid=self.mid(AGENCY_DOM))]
        threads.append(av)
        allm = [m for t in threads for m in t]
        self.date = dt.datetime(2023, 5, 1, 9, 0)
        me = staff_addr(K)
        for fn in [self.newsletter] * 4 + [self.notification] * 2:
            allm.append(fn(me))
        allm.append(self.autoreply(L, me))
        allm.sort(key=lambda m: m.date)
        self.write_mbox(f"メール/事務局/{K['sei']}/相続案件_export.mbox", allm, "rd")
        self.eml_pool += [threads[6][0]]

    # ----- 5: labour cases
    def labour(self):
        rng, L, K = self.rng, self.lawyers[2], self.clerks[3]
        self.date = dt.datetime(2023, 4, 1, 9, 0)
        emps = [f"{rng.choice(SURNAMES)[0]}{rng.choice(['運輸', '物流', '商事', '建設', '食品'])}株式会社" for _ in range(10)]
        threads = []
        for i in range(10):
            C = self.case_client("labour")
            if i < 3:
                self.W.add_alt_email(C, emp_dom(emps[i]))
            threads.append(self.client_thread(L, C, rng.randint(4, 9), "labour", encs=("utf8-qp", "utf8-8bit", "utf8-b64"),
                                              html_p=0.5, alt_email_p=0.3, emp=emps[i]))
        threads.append(self.outlook_thread(L, K, threads[0][0].frm.P, 6, FIRMS[2]))
        allm = [m for t in threads for m in t]
        me = staff_addr(L)
        allm += [self.forward(K, L, threads[4][0])]
        self.date = dt.datetime(2023, 4, 1, 9, 0)
        for fn in [self.newsletter] * 3 + [self.digest] * 4 + [self.notification] * 2:
            allm.append(fn(me))
        allm.sort(key=lambda m: m.date)
        self.write_mbox(f"メール/{L['sei']}弁護士/労働事件.mbox", allm, "o")
        self.eml_pool += [threads[2][0], threads[6][1], threads[10][2]]

    # ----- 6: the info@ role mailbox
    def info(self):
        rng, K, L = self.rng, self.clerks[0], self.lawyers[3]
        self.date = dt.datetime(2023, 1, 5, 9, 0)
        me = role_addr(OFFICE, f"info@{OFFICE_DOM}")
        allm = []
        self.info_people = []
        for i in range(45):
            P = self.case_client(rng.choice(["accident", "inherit", "labour"]))
            self.info_people.append(P)
            allm.append(self.form_notice(me, P))
            if i % 4 == 0:  # the person then writes directly, signing with surname only
                m = Mail(person_addr(P, rng.choice(["none", "romaji", "kanji"])), [me], [], "先ほどフォームから問い合わせました", self.nd(),
                         [Seg(f"{OFFICE} 御中\n先ほどフォームから送信しました{P['sei']}です。\n資料を添付します。", [(P, F(partial=[P["sei"]]))])],
                         rng.choice(["iso2022", "sjis"]), msgid=self.mid(P["email"].split("@")[1]))
                allm.append(m)
                allm.append(self.autoreply(None, person_addr(P, "none"), role=True))
        for fn in [self.newsletter] * 10 + [self.notification] * 6 + [self.digest] * 4:
            allm.append(fn(me))
        # spam
        for _ in range(3):
            allm.append(Mail(role_addr("Amaz0n", "account-update@amaz0n-security.example.com"), [me], [], "【緊急】アカウントが停止されました",
                             self.nd(), [Seg("お客様のアカウントに異常なログインがありました。以下のリンクから確認してください。")], "utf8-b64",
                             html="only", msgid=self.mid("amaz0n-security.example.com"), kind="spam"))
        allm.append(self.bounce(staff_addr(L), self.info_people[3], self.info_people[3]["email"]))
        allm.sort(key=lambda m: m.date)
        self.write_mbox("メール/info/info_2023.mbox", allm, "o")

    # ----- 7: old archive, ISO-2022-JP and Shift_JIS
    def old(self):
        rng, L, K = self.rng, self.lawyers[3], self.clerks[1]
        self.date = dt.datetime(2019, 6, 1, 9, 0)
        threads = []
        for _ in range(8):
            C = self.case_client(rng.choice(["accident", "inherit", "labour"]), age=(35, 80))
            case = self.law_clients[-1][1]
            threads.append(self.client_thread(L, C, rng.randint(3, 6), case, encs=("iso2022", "sjis"), html_p=0.0, att_p=0.1,
                                              emp="東西商事株式会社"))
        allm = [m for t in threads for m in t]
        me = staff_addr(L)
        for fn in [self.newsletter] * 3 + [self.notification] * 2:
            m = fn(me)
            m.enc = "iso2022"
            allm.append(m)
        allm.sort(key=lambda m: m.date)
        self.write_mbox("メール/事務局/2019_旧アーカイブ.mbox", allm, "o")

    # ----- 8+9: the agency on the same mail server
    def agency(self):
        rng, A = self.rng, self.agents[1]
        self.date = dt.datetime(2023, 6, 1, 9, 0)
        me = staff_addr(A)
        allm, notices = [], []
        form_to = role_addr(AGENCY, f"info@{AGENCY_DOM}")
        for i in range(55):
            P = self.W.person("customer", age=(25, 70))
            self.agency_customers.append(P)
            notices.append(self.form_notice(form_to, P, site="agency"))
            if i < 35:
                t = []
                prev = None
                for k in range(rng.randint(2, 5)):
                    if k % 2 == 0:
                        m = Mail(staff_addr(A), [person_addr(P, rng.choice(["kanji", "none"]), sama=True)], [], "物件のお問い合わせありがとうございます",
                                 self.nd((1, 20)), [greet(P, full=k == 0), Seg("\nお問い合わせの物件について、内見のご案内をいたします。"), staff_sig(A)],
                                 rng.choice(["iso2022", "utf8-b64"]), html="alt", msgid=self.mid(AGENCY_DOM), inreply=prev.msgid if prev else None)
                    else:
                        sig = rng.choice(["surname", "phone", "name"])
                        segs = [Seg(f"{A['sei']}様", [(A, F(partial=[A["sei"]]))]), Seg("\n土曜日の午前で内見をお願いします。")]
                        if rng.random() < 0.3:
                            segs.append(Seg("当日は家族も同席します。"))
                        segs.append(client_sig(P, sig) if sig != "surname" else Seg(f"{P['sei']}", [(P, F(partial=[P["sei"]]))]))
                        m = Mail(person_addr(P, rng.choice(["kanji", "romaji", "none"])), [me], [], "Re: 物件のお問い合わせありがとうございます",
                                 self.nd((1, 20)), segs, rng.choice(["utf8-b64", "utf8-qp", "sjis"]), html=rng.choice(["none", "only"]),
                                 msgid=self.mid(P["email"].split("@")[1]), inreply=prev.msgid)
                    if prev is not None:
                        m.segs += quote_segs(prev, "gt", rng)
                    t.append(m)
                    prev = m
                allm += t
        # the law office's heavy accident client is also house hunting (same e-mail)
        H = self.accident_threads[0][0].frm.P
        allm.append(Mail(person_addr(H, "kanji"), [me], [], "賃貸物件について", self.nd(), [Seg(f"{A['sei']}様\n法律事務所の上の階のお店と伺いました。2LDKを探しています。"), client_sig(H, "name")],
                         "iso2022", msgid=self.mid("x")))
        for fn in [self.newsletter] * 5 + [self.notification] * 4:
            allm.append(fn(me))
        allm.sort(key=lambda m: m.date)
        self.write_mbox(f"共有サーバ/みどり不動産/{A['sei_r'].lower()}/INBOX.mbox", allm, "o")
        self.date = dt.datetime(2023, 6, 1, 9, 0)
        for fn in [self.newsletter] * 3:
            notices.append(fn(form_to))
        notices.sort(key=lambda m: m.date)
        self.write_mbox("共有サーバ/みどり不動産/共有/問合せ通知.mbox", notices, "tb")

    def emls(self):
        # a saved copy of a message must not repeat a bare-name mention (it could not be joined across files)
        pool = [m for m in self.eml_pool if all(s.q for s in m.segs)]
        for i, m in enumerate(pool):
            self.write_eml(f"メール/保存メール/{m.date.strftime('%Y%m%d')}_{i + 1:02d}.eml", m)
        # a single newsletter and a notification saved as eml
        me = staff_addr(self.lawyers[0])
        self.write_eml("メール/保存メール/お知らせ_エレベーター点検.eml", self.notification(me))
        self.write_eml("メール/保存メール/メルマガ_保存.eml", self.newsletter(me))

    # ----- other formats on the drive
    def tabular(self):
        rng, W = self.rng, self.W
        FIX = dt.datetime(2024, 1, 15, 9, 0, 0)
        # client list: every law client seen in mail + clients seen only here
        extra = [(self.case_client(rng.choice(["accident", "inherit", "labour"])), None) for _ in range(380)]
        clients = [P for P, _ in self.law_clients]
        rng.shuffle(clients)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        cols = ["依頼者番号", "氏名", "フリガナ", "生年月日", "電話番号", "メールアドレス", "郵便番号", "住所", "事件種別", "事件番号", "担当"]
        w.writerow(cols)
        rel = "事務局/依頼者一覧.csv"
        for i, P in enumerate(clients):
            case = dict((q["pid"], c) for q, c in self.law_clients)[P["pid"]]
            w.writerow([f"C{10000 + i}", P["full"], P["kana"], P["dob"].isoformat(), P["mobile"], P["email"], P["zip"], P["addr"],
                        {"accident": "交通事故", "inherit": "相続", "labour": "労働"}[case],
                        f"令和{rng.randint(3, 5)}年(ワ)第{rng.randint(100, 9999)}号", f"S{rng.randint(1, 8):02d}"])
            self.A.add(rel, i, P, names=[P["full"], P["kana"]], emails=[P["email"]], phones=[P["mobile"]], addrs=[P["addr"]], dob=P["dob"])
        self.write(rel, ("\ufeff" + buf.getvalue()).encode("utf-8"),
                   {"依頼者番号": None, "氏名": "PERSON", "フリガナ": "PERSON", "生年月日": "DATE_OF_BIRTH", "電話番号": "PHONE",
                    "メールアドレス": "EMAIL", "郵便番号": "POSTAL_CODE", "住所": "ADDRESS", "事件種別": None, "事件番号": None, "担当": None},
                   ["依頼者番号", "事件番号", "担当"])
        # 2021 xlsx: a subset + older clients, phone (home where present) + address
        import openpyxl
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "依頼者"
        ws.append(["氏名", "カナ", "電話", "住所", "備考"])
        rel = "事務局/依頼者一覧_2021.xlsx"
        sub = clients[:120] + [self.W.person("client_old") for _ in range(60)]
        for i, P in enumerate(sub):
            note = rng.choice(["", "紹介者あり", "分割払い", "再相談", ""])
            ws.append([P["full_sp"], P["kana"], P["mobile"], P["addr"], note])
            self.A.add(rel, i, P, names=[P["full_sp"], P["kana"]], phones=[P["mobile"]], addrs=[P["addr"]])
        self.write_xlsx(rel, wb, {"氏名": "PERSON", "カナ": "PERSON", "電話": "PHONE", "住所": "ADDRESS", "備考": "TEXT"}, [])
        # invoices: name + phone, bank/branch names are not persons
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(["請求番号", "依頼者名", "連絡先電話", "請求額", "振込先銀行", "支店", "口座番号"])
        rel = "経理/請求一覧_2023.csv"
        for i, P in enumerate(clients[50:200]):
            w.writerow([f"INV-2023-{i + 1:05d}", P["full"], P["mobile"], rng.randint(5, 80) * 10000, rng.choice(BANKS), rng.choice(BRANCHES), self.OFFICE_ACCT])
            self.A.add(rel, i, P, names=[P["full"]], phones=[P["mobile"]])
        self.write(rel, buf.getvalue().encode("cp932"),
                   {"請求番号": None, "依頼者名": "PERSON", "連絡先電話": "PHONE", "請求額": None, "振込先銀行": None, "支店": None, "口座番号": "?"},
                   ["請求番号", "振込先銀行", "支店"])
        # staff roster
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["氏名", "ふりがな", "役職", "生年月日", "携帯電話", "メール", "弁護士登録番号", "内線"])
        rel = "総務/職員名簿.xlsx"
        for i, S in enumerate(self.lawyers + self.clerks):
            S["mobile"] = S["mobile"] or self.W._phone(True)
            ws.append([S["full_sp"], "".join(kata2hira(S["kana"])), S["title"], S["dob"].isoformat(), S["mobile"], S["work_email"],
                       f"{rng.randint(20000, 59999)}" if S["title"] == "弁護士" else "", f"{201 + i}"])
            self.A.add(rel, i, S, names=[S["full_sp"], kata2hira(S["kana"])], dob=S["dob"], phones=[S["mobile"]], emails=[S["work_email"]])
        self.write_xlsx(rel, wb, {"氏名": "PERSON", "ふりがな": "PERSON", "役職": None, "生年月日": "DATE_OF_BIRTH", "携帯電話": "PHONE",
                                  "メール": "EMAIL", "弁護士登録番号": None, "内線": None}, ["弁護士登録番号", "内線"])
        # address book vCard: staff, some clients, company entries (no person)
        rel = "事務局/アドレス帳.vcf"
        out = []
        i = 0
        for S in self.lawyers + self.clerks:
            out.append(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{S['full_sp']}\r\nN:{S['sei']};{S['mei']};;;\r\nORG:{OFFICE}\r\nTEL;TYPE=WORK:{OFFICE_TEL}\r\nEMAIL;TYPE=WORK:{S['work_email']}\r\nEND:VCARD\r\n")
            self.A.add(rel, i, S, names=[S["full_sp"]], emails=[S["work_email"]])
            i += 1
        for P in clients[200:260]:
            out.append(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{P['full_sp']}\r\nN:{P['sei']};{P['mei']};;;\r\nTEL;TYPE=CELL:{P['mobile']}\r\nEMAIL:{P['email']}\r\n"
                       f"ADR;TYPE=HOME:;;{P['addr']};;;{P['zip']};Japan\r\nBDAY:{P['dob'].isoformat()}\r\nEND:VCARD\r\n")
            self.A.add(rel, i, P, names=[P["full_sp"]], phones=[P["mobile"]], emails=[P["email"]], addrs=[P["addr"]], dob=P["dob"])
            i += 1
        for name, dom, tel in INSURERS + FIRMS:
            out.append(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nORG:{name}\r\nTEL;TYPE=WORK:{tel}\r\nEMAIL:info@{dom}\r\nEND:VCARD\r\n")
        self.write(rel, "".join(out).encode("utf-8"), {"FN": "PERSON", "N": "PERSON", "ORG": None, "TEL": "PHONE", "EMAIL": "EMAIL",
                                                       "ADR": "ADDRESS", "BDAY": "DATE_OF_BIRTH"}, ["ORG"])
        # agency ledger + unsubscribe list + properties
        rel = "みどり不動産/顧客台帳.csv"
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["顧客ID", "氏名", "メール", "電話", "希望エリア", "予算(万円)", "担当"])
        cust = self.agency_customers + [self.W.person("customer", age=(25, 70)) for _ in range(330)]
        for i, P in enumerate(cust):
            w.writerow([f"M-{23000 + i}", P["full_sp"], P["email"], P["mobile"], rng.choice(["千代田区", "文京区", "新宿区", "中野区", "横浜市"]),
                        rng.randint(5, 120) * 100, rng.choice([a["sei"] for a in self.agents])])
            self.A.add(rel, i, P, names=[P["full_sp"]], emails=[P["email"]], phones=[P["mobile"]])
        self.write(rel, buf.getvalue().encode("utf-8"), {"顧客ID": None, "氏名": "PERSON", "メール": "EMAIL", "電話": "PHONE",
                                                          "希望エリア": None, "予算(万円)": None, "担当": "?"}, ["顧客ID"])
        rel = "みどり不動産/配信停止リスト.csv"
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["email", "unsubscribed_at", "reason_code"])
        for i, P in enumerate(cust[20:80]):
            w.writerow([P["email"], f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", rng.choice(["R01", "R02", "R09"])])
            self.A.add(rel, i, P, emails=[P["email"]])
        for i, role in enumerate(["info@example-shop.jp", "sales@tokyo-kaitori.example.jp", "support@mansion-navi.example.jp"]):
            w.writerow([role, "2023-08-01", "R05"])
        self.write(rel, buf.getvalue().encode("utf-8"), {"email": "EMAIL", "unsubscribed_at": None, "reason_code": None}, [])
        rel = "みどり不動産/物件一覧.csv"
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["物件番号", "種別", "所在地", "最寄駅", "価格(万円)", "管理会社", "JANコード"])
        for i in range(120):
            jan = "49" + "".join(str(rng.randint(0, 9)) for _ in range(10))
            s = sum(int(c) * (3 if k % 2 else 1) for k, c in enumerate(jan))
            jan += str((10 - s % 10) % 10)
            w.writerow([f"B{rng.randint(100000, 999999)}", rng.choice(["マンション", "戸建", "土地", "店舗"]),
                        f"{rng.choice(['千代田区九段南', '文京区本郷', '新宿区神楽坂', '中野区中央'])}{rng.randint(1, 6)}丁目",
                        rng.choice(["九段下", "飯田橋", "神楽坂", "中野"]), rng.randint(20, 150) * 100,
                        f"{rng.choice(SURNAMES)[0]}{rng.choice(['管理', '住宅', 'ハウジング'])}株式会社", jan])
        self.write(rel, buf.getvalue().encode("utf-8"), {"物件番号": None, "種別": None, "所在地": "?", "最寄駅": None, "価格(万円)": None,
                                                          "管理会社": None, "JANコード": None}, ["物件番号", "管理会社", "JANコード"])
        # viewing reservations (xlsx): customer name + phone
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["予約日", "お客様名", "電話番号", "物件番号", "案内担当"])
        rel = "みどり不動産/内見予約_2023.xlsx"
        for i, P in enumerate(cust[:90]):
            ws.append([f"2023-{rng.randint(6, 12):02d}-{rng.randint(1, 28):02d}", P["full"], P["mobile"], f"B{rng.randint(100000, 999999)}",
                       rng.choice([f"{a['sei']}" for a in self.agents])])
            self.A.add(rel, i, P, names=[P["full"]], phones=[P["mobile"]])
        self.write_xlsx(rel, wb, {"予約日": None, "お客様名": "PERSON", "電話番号": "PHONE", "物件番号": None, "案内担当": "?"}, ["物件番号"])

    def documents(self):
        rng = self.rng
        import docx
        n = 0
        for pid, (case, C, segs) in list(self.facts.items()):
            if case not in ("accident", "inherit") or n >= 14:
                continue
            n += 1
            folder = {"accident": "交通事故", "inherit": "相続"}[case]
            title = {"accident": "受任通知", "inherit": "相続関係説明"}[case]
            rel = f"案件/{folder}/{C['full']}/{title}.docx"
            d = docx.Document()
            d.add_heading(title, 1)
            d.add_paragraph(f"依頼者：{C['full']}（{wareki(C['dob'])}生）")
            d.add_paragraph(f"住所：{C['addr']}")
            self.A.add(rel, 0, C, names=[C["full"]], dob=C["dob"], addrs=[C["addr"]])
            for s in segs:
                for ln in s.text.split("\n"):
                    d.add_paragraph(ln)
                for P, f in s.apps:
                    self.A.add(rel, 0, P, names=f["names"], partial=f["partial"], emails=f["emails"], phones=f["phones"], addrs=f["addrs"], dob=f["dob"])
            d.add_paragraph(f"\n{OFFICE}\n東京都千代田区九段北1-2-3 九段ビル5F\n電話 {OFFICE_TEL}（代表）")
            self.write_docx(rel, d)
            if case == "inherit":
                rel2 = f"案件/相続/{C['full']}/相続人一覧.csv"
                buf = io.StringIO()
                w = csv.writer(buf, lineterminator="\r\n")
                w.writerow(["氏名", "続柄", "生年月日", "住所", "電話"])
                i = 0
                for s in segs:
                    for P, f in s.apps:
                        if P["kind"] in ("heir",):
                            ph = P["home"] or ""
                            w.writerow([P["full"], "相続人", P["dob"].isoformat(), P["addr"], ph])
                            self.A.add(rel2, i, P, names=[P["full"]], dob=P["dob"], addrs=[P["addr"]], phones=[ph] if ph else [])
                            i += 1
                self.write(rel2, buf.getvalue().encode("cp932"), {"氏名": "PERSON", "続柄": None, "生年月日": "DATE_OF_BIRTH", "住所": "ADDRESS", "電話": "PHONE"}, [])
        # labour memos: client (name + phone) and a store manager by bare name (new person, only here)
        k = 0
        for P, case in self.law_clients:
            if case != "labour" or k >= 4:
                continue
            k += 1
            mgr = self.W.person("manager", email=False)
            rel = f"案件/労働/{P['full']}/相談メモ.txt"
            txt = (f"相談メモ（{rng.randint(1, 12)}月{rng.randint(1, 28)}日）\n相談者：{P['full']}　携帯 {P['mobile']}\n"
                   f"勤務先の店長 {mgr['full']} から休憩を取らせてもらえない。\nタイムカードの写しあり。次回までに給与明細を持参。\n")
            self.A.add(rel, 0, P, names=[P["full"]], phones=[P["mobile"]])
            self.A.add(rel, 0, mgr, names=[mgr["full"]])
            self.write(rel, txt.encode("utf-8"))
        # templates and notices with no person
        d = docx.Document()
        d.add_heading("委任状", 1)
        d.add_paragraph("私は、弁護士　○○　○○　を代理人と定め、下記の事項を委任します。\n住所：\n氏名：　　　　　　　印")
        self.write_docx("総務/テンプレート/委任状_雛形.docx", d)
        self.write("総務/事務所案内.txt", (f"{OFFICE}\n〒{OFFICE_ZIP} {OFFICE_ADDR}\n代表 {OFFICE_TEL} / FAX {OFFICE_FAX}\n"
                                        f"お問い合わせ info@{OFFICE_DOM}\n受付時間 平日9:30-18:00\n同じビルの1階は{AGENCY}です。\n").encode("utf-8"))
        self.write("総務/メールサーバ移行手順.txt", (f"共有メールサーバ {MAILHOST} 移行手順\n1. Thunderbird のプロファイルをバックアップ\n"
                                             "2. Gmail は Takeout で mbox を書き出す\n3. 問い合わせは support@kudan-bldg.net まで\n").encode("utf-8"))

    def write_xlsx(self, rel, wb, cols, hard):
        FIX = dt.datetime(2024, 1, 15, 9, 0, 0)
        wb.properties.created = FIX
        wb.properties.modified = FIX
        wb.properties.creator = "office"
        b = io.BytesIO()
        wb.save(b)
        self.write(rel, fix_zip(b.getvalue()), cols, hard)

    def write_docx(self, rel, d):
        FIX = dt.datetime(2024, 1, 15, 9, 0, 0)
        cp = d.core_properties
        cp.created = FIX
        cp.modified = FIX
        cp.last_printed = FIX
        cp.author = "office"
        cp.last_modified_by = "office"
        cp.revision = 1
        b = io.BytesIO()
        d.save(b)
        self.write(rel, fix_zip(b.getvalue()))


def kata2hira(s):
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def fix_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time: pin it
                import re
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms)", rb"\g<1>2024-01-15T09:00:00Z\g<2>", data)
            z.writestr(zi, data)
    return out.getvalue()


# --------------------------------------------------------------------------------------------------- database
def build_db(G):
    """Tables clients, cases, heirs, staff, inquiries and view v_case_overview; returns (schema rows, truth entries)."""
    rng, W = G.rng, G.W
    A = G.A
    staff = G.lawyers + G.clerks
    T = {}
    T["staff"] = []
    for i, S in enumerate(staff):
        T["staff"].append({"staff_id": i + 1, "name": S["full_sp"], "email": S["work_email"], "extension": f"{201 + i}",
                           "bar_no": f"{rng.randint(20000, 59999)}" if S["title"] == "弁護士" else None, "joined_on": dt.date(2010 + i, 4, 1)})
        A.add("db:staff", i + 1, S, names=[S["full_sp"]], emails=[S["work_email"]])
    pool = [P for P, c in G.law_clients[:200]] + [W.person("client", age=(25, 75)) for _ in range(60)]
    T["clients"], T["cases"], T["heirs"] = [], [], []
    cid = 0
    case_of = {}
    for P in pool:
        cid += 1
        case = rng.choice(["交通事故", "相続", "労働"])
        case_of[cid] = (P, case)
        T["clients"].append({"client_id": cid, "name": P["full"], "name_kana": P["kana"], "birth_date": P["dob"], "phone": P["mobile"],
                             "email": P["email"], "postal_code": P["zip"], "address": P["addr"], "case_no": f"令和{rng.randint(3, 5)}年(ワ)第{rng.randint(100, 9999)}号",
                             "registered_at": dt.date(2023, rng.randint(1, 12), rng.randint(1, 28))})
        A.add("db:clients", cid, P, names=[P["full"], P["kana"]], dob=P["dob"], phones=[P["mobile"]], emails=[P["email"]], addrs=[P["addr"]])
    # re-registrations: new e-mail, same name + birth date + phone
    for P in rng.sample(pool, 25):
        cid += 1
        ne = W._email(P)
        T["clients"].append({"client_id": cid, "name": P["full"], "name_kana": P["kana"], "birth_date": P["dob"], "phone": P["mobile"],
                             "email": ne, "postal_code": None, "address": None, "case_no": None, "registered_at": dt.date(2024, rng.randint(1, 6), rng.randint(1, 28))})
        A.add("db:clients", cid, P, names=[P["full"], P["kana"]], dob=P["dob"], phones=[P["mobile"]], emails=[ne])
    kid, hid = 0, 0
    view_rows = []
    for c in range(1, len(pool) + 1):
        P, case = case_of[c]
        kid += 1
        row = {"case_id": kid, "client_id": c, "case_type": case, "opponent_name": None, "opponent_address": None, "opponent_phone": None,
               "insurer_name": None, "court": rng.choice(["東京地方裁判所", "東京家庭裁判所", "横浜地方裁判所", None]),
               "status": rng.choice(["open", "open", "closed"])}
        opp = None
        if case == "交通事故":
            opp = W.person("other_driver", email=False)
            row.update(opponent_name=opp["full"], opponent_address=opp["addr"], opponent_phone=opp["mobile"], insurer_name=rng.choice(INSURERS)[0])
            A.add("db:cases", kid, opp, names=[opp["full"]], addrs=[opp["addr"]], phones=[opp["mobile"]])
        elif case == "労働":
            row.update(opponent_name=f"{rng.choice(SURNAMES)[0]}{rng.choice(['運輸', '物流', '商事'])}株式会社", opponent_phone=f"03-{rng.randint(3000, 6999)}-{rng.randint(1000, 9999)}")
        else:
            opp = W.person("heir", surname=[P["sei"], P["sei_k"], P["sei_r"]], email=False)
            row.update(opponent_name=opp["full"], opponent_address=opp["addr"])
            A.add("db:cases", kid, opp, names=[opp["full"]], addrs=[opp["addr"]])
            # heirs table: the client, the opposing heir, and 1-2 more
            members = [(P, "長男" if P["sex"] == "M" else "長女"), (opp, rng.choice(["次男", "二女"]))]
            for _ in range(rng.randint(1, 2)):
                hh = W.household_of(P) if rng.random() < 0.4 else None
                members.append((W.person("heir", household=hh, email=False, age=(30, 90)), rng.choice(["配偶者", "三男", "孫"])))
            for H, relname in members:
                hid += 1
                mn = mynumber(rng)
                T["heirs"].append({"heir_id": hid, "case_id": kid, "name": H["full"], "name_kana": H["kana"], "relation": relname,
                                   "birth_date": H["dob"], "address": H["addr"], "phone": H["home"], "my_number": mn})
                H.setdefault("mynums", []).append(mn)
                A.add("db:heirs", hid, H, names=[H["full"], H["kana"]], dob=H["dob"], addrs=[H["addr"]], phones=[H["home"]] if H["home"] else [], mynum=mn)
        T["cases"].append(row)
        if row["status"] == "open":
            view_rows.append((kid, P, opp, row))
    # inquiries: some from clients (same e-mail), most new; receipt_no is a 12-digit number, not My Number
    T["inquiries"] = []
    for i in range(140):
        P = rng.choice(pool) if i % 3 == 0 else W.person("inquirer", age=(20, 70))
        T["inquiries"].append({"inquiry_id": i + 1, "received_at": dt.date(2023, rng.randint(1, 12), rng.randint(1, 28)), "name": P["full_sp"],
                               "email": P["email"], "phone": P["mobile"] if rng.random() < 0.7 else None,
                               "message": rng.choice(["交通事故の示談金について相談したい", "父の相続について", "未払い残業代の相談", "費用を知りたい"]),
                               "receipt_no": "".join(str(rng.randint(0, 9)) for _ in range(12))})
        A.add("db:inquiries", i + 1, P, names=[P["full_sp"]], emails=[P["email"]], phones=[T["inquiries"][-1]["phone"]] if T["inquiries"][-1]["phone"] else [])
    for kid, P, opp, row in view_rows:
        A.add("db:v_case_overview", kid, P, names=[P["full"]], phones=[P["mobile"]])
        if opp:
            A.add("db:v_case_overview", kid, opp, names=[opp["full"]], addrs=[opp["addr"]])
    cols = {
        "staff": ({"staff_id": None, "name": "PERSON", "email": "EMAIL", "extension": None, "bar_no": None, "joined_on": None}, ["bar_no", "extension"]),
        "clients": ({"client_id": None, "name": "PERSON", "name_kana": "PERSON", "birth_date": "DATE_OF_BIRTH", "phone": "PHONE", "email": "EMAIL",
                     "postal_code": "POSTAL_CODE", "address": "ADDRESS", "case_no": None, "registered_at": None}, ["client_id", "case_no"]),
        "cases": ({"case_id": None, "client_id": None, "case_type": None, "opponent_name": "PERSON", "opponent_address": "ADDRESS",
                   "opponent_phone": "PHONE", "insurer_name": None, "court": None, "status": None}, ["client_id", "insurer_name"]),
        "heirs": ({"heir_id": None, "case_id": None, "name": "PERSON", "name_kana": "PERSON", "relation": None, "birth_date": "DATE_OF_BIRTH",
                   "address": "ADDRESS", "phone": "PHONE", "my_number": "MY_NUMBER"}, []),
        "inquiries": ({"inquiry_id": None, "received_at": None, "name": "PERSON", "email": "EMAIL", "phone": "PHONE", "message": "TEXT",
                       "receipt_no": None}, ["receipt_no"]),
    }
    view_sql = ("CREATE VIEW v_case_overview AS SELECT c.case_id AS case_id, k.name AS client_name, k.phone AS client_phone, "
                "c.case_type AS case_type, c.opponent_name AS opponent_name, c.opponent_address AS opponent_address "
                "FROM cases c JOIN clients k ON k.client_id = c.client_id WHERE c.status = 'open'")
    view_cols = {"case_id": None, "client_name": "PERSON", "client_phone": "PHONE", "case_type": None, "opponent_name": "PERSON", "opponent_address": "ADDRESS"}
    return T, cols, view_sql, view_cols, len(view_rows)


def write_db(url, T, view_sql):
    import sqlalchemy as sa
    md = sa.MetaData()
    S, D, I, X = sa.String, sa.Date, sa.Integer, sa.Text
    tabs = {
        "staff": [("staff_id", I, True), ("name", S(100), False), ("email", S(200), False), ("extension", S(10), False), ("bar_no", S(10), False), ("joined_on", D, False)],
        "clients": [("client_id", I, True), ("name", S(100), False), ("name_kana", S(100), False), ("birth_date", D, False), ("phone", S(20), False),
                    ("email", S(200), False), ("postal_code", S(10), False), ("address", S(300), False), ("case_no", S(60), False), ("registered_at", D, False)],
        "cases": [("case_id", I, True), ("client_id", I, False), ("case_type", S(20), False), ("opponent_name", S(100), False), ("opponent_address", S(300), False),
                  ("opponent_phone", S(20), False), ("insurer_name", S(100), False), ("court", S(100), False), ("status", S(10), False)],
        "heirs": [("heir_id", I, True), ("case_id", I, False), ("name", S(100), False), ("name_kana", S(100), False), ("relation", S(20), False),
                  ("birth_date", D, False), ("address", S(300), False), ("phone", S(20), False), ("my_number", S(12), False)],
        "inquiries": [("inquiry_id", I, True), ("received_at", D, False), ("name", S(100), False), ("email", S(200), False), ("phone", S(20), False),
                      ("message", X, False), ("receipt_no", S(12), False)],
    }
    tables = {n: sa.Table(n, md, *[sa.Column(c, t, primary_key=pk, autoincrement=False) for c, t, pk in cs]) for n, cs in tabs.items()}
    eng = sa.create_engine(url)
    with eng.begin() as con:
        con.execute(sa.text("DROP VIEW IF EXISTS v_case_overview"))
        for n in tabs:
            con.execute(sa.text(f"DROP TABLE IF EXISTS {n}"))
        md.create_all(con)
        for n, rows in T.items():
            con.execute(tables[n].insert(), rows)
        con.execute(sa.text(view_sql))
    eng.dispose()


# --------------------------------------------------------------------------------------------------- recount
class UF:
    def __init__(self):
        self.p = {}

    def f(self, x):
        self.p.setdefault(x, x)
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def u(self, a, b):
        a, b = self.f(a), self.f(b)
        if a != b:
            self.p[b] = a


def keys_of(a):
    ks = []
    for e in a["emails"]:
        ks.append(("email", e.lower()))
    if a["mynumber"]:
        ks.append(("mynum", a["mynumber"]))
    for n in a["names"]:
        nn = norm_name(n)
        for p in a["phones"]:
            ks.append(("name+phone", nn, digits(p)))
        for ad in a["addrs"]:
            ks.append(("name+addr", nn, norm_addr(ad)))
        if a["dob"]:
            ks.append(("name+dob", nn, a["dob"]))
        ks.append(("rec-name", a["file"], a["record"], nn))  # same full-name string inside one record
    return ks


def recount(rows, label):
    """Independent count by the identity rule over appearance rows; asserts it equals the person-id truth."""
    uf = UF()
    owner = {}
    for i, a in enumerate(rows):
        uf.f(("app", i))
        for k in keys_of(a):
            if k in owner:
                uf.u(("app", i), owner[k])
            else:
                owner[k] = ("app", i)
    comp_pids = {}
    pid_comps = {}
    for i, a in enumerate(rows):
        r = uf.f(("app", i))
        comp_pids.setdefault(r, set()).add(a["pid"])
        pid_comps.setdefault(a["pid"], set()).add(r)
    merged = [c for c in comp_pids.values() if len(c) > 1]
    split = {p: c for p, c in pid_comps.items() if len(c) > 1}
    if merged or split:
        raise SystemExit(f"identity rule disagrees with truth in {label}: merged={merged[:3]} split={list(split)[:3]}")
    return len(comp_pids)


def check_names(rows):
    seen = {}
    for a in rows:
        for n in a["names"]:
            nn = norm_name(n)
            if seen.setdefault(nn, a["pid"]) != a["pid"]:
                raise SystemExit(f"name string shared by two persons: {n}")


# --------------------------------------------------------------------------------------------------- main
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--db-url", action="append", default=[])
    args = ap.parse_args()
    out = args.out
    if os.path.exists(os.path.join(out, "drive")):
        shutil.rmtree(os.path.join(out, "drive"))
    os.makedirs(out, exist_ok=True)
    G = Build(args.seed, out)
    G.setup()
    G.tb()
    G.takeout()
    G.export_rd()
    G.labour()
    G.info()
    G.old()
    G.agency()
    G.emls()
    G.tabular()
    G.documents()
    T, cols, view_sql, view_cols, view_n = build_db(G)
    rows = G.A.rows()
    for a in rows:
        if not has_key({"emails": a["emails"], "mynum": a["mynumber"], "names": a["names"], "phones": a["phones"], "addrs": a["addrs"], "dob": a["dob"]}):
            same = [b for b in rows if b["pid"] == a["pid"]]
            if len(same) > 1:
                raise SystemExit(f"keyless appearance of a recurring person {a}")
            if not a["names"]:
                raise SystemExit(f"appearance with neither key nor full name {a}")
    check_names(rows)
    drive_rows = [a for a in rows if not a["file"].startswith("db:")]
    db_rows = [a for a in rows if a["file"].startswith("db:")]
    truth = {"drive": {"persons_total": 0, "files": {}}, "database": {"persons_total": 0, "tables": {}}}
    for rel in sorted(G.files):
        fr = [a for a in drive_rows if a["file"] == rel]
        n = len({a["pid"] for a in fr})
        assert recount(fr, rel) == n
        ent = {"persons": n}
        ent.update(G.files[rel])
        truth["drive"]["files"][rel] = ent
    n = len({a["pid"] for a in drive_rows})
    assert recount(drive_rows, "drive") == n
    truth["drive"]["persons_total"] = n
    for t in ["clients", "cases", "heirs", "staff", "inquiries", "v_case_overview"]:
        fr = [a for a in db_rows if a["file"] == f"db:{t}"]
        n = len({a["pid"] for a in fr})
        assert recount(fr, t) == n
        if t == "v_case_overview":
            truth["database"]["tables"][t] = {"view": True, "rows": view_n, "persons": n, "columns": view_cols, "hard_negative_columns": []}
        else:
            truth["database"]["tables"][t] = {"rows": len(T[t]), "persons": n, "columns": cols[t][0], "hard_negative_columns": cols[t][1]}
    n = len({a["pid"] for a in db_rows})
    assert recount(db_rows, "database") == n
    truth["database"]["persons_total"] = n
    # every drive file on disk has an entry
    on_disk = set()
    for root, _, fs in os.walk(os.path.join(out, "drive")):
        for f in fs:
            on_disk.add(os.path.relpath(os.path.join(root, f), os.path.join(out, "drive")).replace(os.sep, "/"))
    assert on_disk == set(truth["drive"]["files"]), on_disk ^ set(truth["drive"]["files"])
    with open(os.path.join(out, "appearances.jsonl"), "w", encoding="utf-8") as fh:
        for a in rows:
            fh.write(json.dumps(a, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1, sort_keys=True)
    dbp = os.path.join(out, "db.sqlite")
    if os.path.exists(dbp):
        os.remove(dbp)
    for url in [f"sqlite:///{dbp}"] + args.db_url:
        write_db(url, T, view_sql)
    print(f"drive: {len(truth['drive']['files'])} files, {truth['drive']['persons_total']} persons; "
          f"database: {truth['database']['persons_total']} persons")


if __name__ == "__main__":
    main()
