#!/usr/bin/env python3
"""Blind-dev set 4 for detection: a municipal-style mix of small businesses.

Dental clinic, real-estate agency (賃貸管理), driving school, temple/cemetery office, tutoring school and a small
travel agency.  Standard library only; deterministic for a seed (default 55).

    python3 generate.py --out DIR [--seed N]

Documents are written as marked-up strings: every personal value, look-alike and hard negative is wrapped in
private-use markers while the text is composed, and the markers are stripped at the end, which yields the gold
offsets by construction.
"""
import argparse
import json
import os
import random
import re
import sys

MO, MS, MC = "\ue000", "\ue001", "\ue002"


def ent(t, s, sub="", note=""):
    return f"{MO}E|{t}|{sub}|{note}{MS}{s}{MC}"


def P(s):
    return ent("PERSON", s)


def PH(s, note=""):
    return ent("PHONE", s, note=note)


def EM(s):
    return ent("EMAIL", s)


def AD(s):
    return ent("ADDRESS", s)


def PC(s):
    return ent("POSTAL_CODE", s)


def DOB(s):
    return ent("DATE_OF_BIRTH", s)


def SEN(s, sub):
    return ent("SENSITIVE", s, sub)


def LA(s, kind):
    return f"{MO}L|{kind}{MS}{s}{MC}"


def HN(s, kind):
    return f"{MO}H|{kind}{MS}{s}{MC}"


MARK_RE = re.compile(MO + "([^" + MS + "]*)" + MS + "([^" + MC + MO + "]*)" + MC)


def plain(s):
    return MARK_RE.sub(lambda m: m.group(2), s)


def parse(marked):
    out, ents, las, hns = [], [], [], []
    pos = 0
    i = 0
    for m in MARK_RE.finditer(marked):
        pre = marked[i:m.start()]
        assert MO not in pre and MS not in pre and MC not in pre, repr(pre[-80:])
        out.append(pre)
        pos += len(pre)
        tag, txt = m.group(1), m.group(2)
        start, end = pos, pos + len(txt)
        out.append(txt)
        pos = end
        i = m.end()
        f = tag.split("|")
        if f[0] == "E":
            d = {"type": f[1], "start": start, "end": end, "text": txt}
            if f[2]:
                d["subtype"] = f[2]
            if f[3]:
                d["note"] = f[3]
            ents.append(d)
        elif f[0] == "L":
            las.append({"start": start, "end": end, "kind": f[1], "text": txt})
        else:
            hns.append({"start": start, "end": end, "kind": f[1], "text": txt})
    rest = marked[i:]
    assert MO not in rest and MC not in rest and MS not in rest
    out.append(rest)
    return "".join(out), ents, las, hns


# ----------------------------------------------------------------------------------------------------------
# invented people

SURNAMES = [
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"), ("伊藤", "いとう", "Ito"), ("渡辺", "わたなべ", "Watanabe"),
    ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"), ("山田", "やまだ", "Yamada"),
    ("佐々木", "ささき", "Sasaki"), ("松本", "まつもと", "Matsumoto"), ("井上", "いのうえ", "Inoue"),
    ("木村", "きむら", "Kimura"), ("清水", "しみず", "Shimizu"), ("山崎", "やまざき", "Yamazaki"),
    ("森", "もり", "Mori"), ("阿部", "あべ", "Abe"), ("池田", "いけだ", "Ikeda"), ("橋本", "はしもと", "Hashimoto"),
    ("石川", "いしかわ", "Ishikawa"), ("前田", "まえだ", "Maeda"), ("藤田", "ふじた", "Fujita"),
    ("小川", "おがわ", "Ogawa"), ("岡田", "おかだ", "Okada"), ("後藤", "ごとう", "Goto"), ("長谷川", "はせがわ", "Hasegawa"),
    ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"), ("坂本", "さかもと", "Sakamoto"),
    ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"), ("藤井", "ふじい", "Fujii"), ("西村", "にしむら", "Nishimura"),
    ("福田", "ふくだ", "Fukuda"), ("太田", "おおた", "Ota"), ("三浦", "みうら", "Miura"), ("岡本", "おかもと", "Okamoto"),
    ("松田", "まつだ", "Matsuda"), ("中川", "なかがわ", "Nakagawa"), ("原田", "はらだ", "Harada"),
    ("小野", "おの", "Ono"), ("竹内", "たけうち", "Takeuchi"), ("金子", "かねこ", "Kaneko"), ("和田", "わだ", "Wada"),
    ("中野", "なかの", "Nakano"), ("今井", "いまい", "Imai"), ("河野", "こうの", "Kono"), ("大塚", "おおつか", "Otsuka"),
    ("千葉", "ちば", "Chiba"), ("久保", "くぼ", "Kubo"), ("菅原", "すがわら", "Sugawara"), ("武田", "たけだ", "Takeda"),
    ("東海林", "しょうじ", "Shoji"), ("五十嵐", "いがらし", "Igarashi"), ("比嘉", "ひが", "Higa"), ("大城", "おおしろ", "Oshiro"),
    ("熊谷", "くまがい", "Kumagai"), ("桑原", "くわばら", "Kuwabara"), ("宮城", "みやぎ", "Miyagi"),
]
GIVEN = [
    ("花子", "はなこ", "Hanako", "F"), ("美咲", "みさき", "Misaki", "F"), ("陽菜", "ひな", "Hina", "F"),
    ("由美", "ゆみ", "Yumi", "F"), ("恵子", "けいこ", "Keiko", "F"), ("久美子", "くみこ", "Kumiko", "F"),
    ("千尋", "ちひろ", "Chihiro", "F"), ("彩", "あや", "Aya", "F"), ("葵", "あおい", "Aoi", "F"), ("結衣", "ゆい", "Yui", "F"),
    ("幸子", "さちこ", "Sachiko", "F"), ("和子", "かずこ", "Kazuko", "F"), ("真由美", "まゆみ", "Mayumi", "F"),
    ("さくら", "さくら", "Sakura", "F"), ("奈々", "なな", "Nana", "F"), ("芽衣", "めい", "Mei", "F"), ("節子", "せつこ", "Setsuko", "F"),
    ("典子", "のりこ", "Noriko", "F"), ("莉子", "りこ", "Riko", "F"), ("瑞穂", "みずほ", "Mizuho", "F"),
    ("太郎", "たろう", "Taro", "M"), ("大輔", "だいすけ", "Daisuke", "M"), ("健太", "けんた", "Kenta", "M"),
    ("翔太", "しょうた", "Shota", "M"), ("誠", "まこと", "Makoto", "M"), ("隆", "たかし", "Takashi", "M"),
    ("浩二", "こうじ", "Koji", "M"), ("蓮", "れん", "Ren", "M"), ("悠真", "ゆうま", "Yuma", "M"), ("陽翔", "はると", "Haruto", "M"),
    ("修", "おさむ", "Osamu", "M"), ("勝利", "かつとし", "Katsutoshi", "M"), ("正雄", "まさお", "Masao", "M"),
    ("拓海", "たくみ", "Takumi", "M"), ("直樹", "なおき", "Naoki", "M"), ("和也", "かずや", "Kazuya", "M"),
    ("清", "きよし", "Kiyoshi", "M"), ("湊", "みなと", "Minato", "M"), ("一郎", "いちろう", "Ichiro", "M"),
    ("昭二", "しょうじ", "Shoji", "M"), ("優斗", "ゆうと", "Yuto", "M"), ("俊介", "しゅんすけ", "Shunsuke", "M"),
]
FOREIGN = [("Emily", "Carter"), ("Daniel", "Novak"), ("Priya", "Raman"), ("Lucas", "Ferreira"),
           ("Sophie", "Lambert"), ("Minh", "Tran"), ("Olivia", "Hughes"), ("Marco", "Bellini")]

PLACES = [
    ("東京都", "世田谷区", "桜丘", "156", "03"), ("東京都", "杉並区", "阿佐谷北", "166", "03"),
    ("東京都", "八王子市", "明神町", "192", "042"), ("神奈川県", "横浜市港北区", "日吉本町", "223", "045"),
    ("神奈川県", "相模原市中央区", "相生", "252", "042"), ("埼玉県", "川越市", "新富町", "350", "049"),
    ("千葉県", "船橋市", "本町", "273", "047"), ("大阪府", "豊中市", "緑丘", "560", "06"),
    ("大阪府", "堺市北区", "百舌鳥梅町", "591", "072"), ("京都府", "京都市左京区", "一乗寺", "606", "075"),
    ("兵庫県", "西宮市", "甲子園口", "663", "0798"), ("愛知県", "名古屋市千種区", "覚王山通", "464", "052"),
    ("静岡県", "浜松市中央区", "高林", "430", "053"), ("長野県", "松本市", "大手", "390", "0263"),
    ("宮城県", "仙台市青葉区", "国分町", "980", "022"), ("北海道", "札幌市中央区", "南十条西", "064", "011"),
    ("福岡県", "福岡市早良区", "西新", "814", "092"), ("広島県", "広島市中区", "幟町", "730", "082"),
    ("新潟県", "長岡市", "殿町", "940", "0258"), ("沖縄県", "那覇市", "首里当蔵町", "903", "098"),
    ("岐阜県", "高山市", "花里町", "506", "0577"), ("熊本県", "熊本市中央区", "水前寺", "862", "096"),
]
BUILDINGS = ["コーポ若葉", "メゾン桜", "ハイツ緑", "グランドール", "サンライズ", "レジデンス朝日", "パークサイド",
             "ベルメゾン", "第二松風荘", "シャトー清水"]
DOMAINS = ["kmail.jp", "hikari-net.ne.jp", "ezweb-mail.jp", "docomo-mail.jp", "outlook.example.jp",
           "sora-net.jp", "gmail.example.com", "nifty-mail.jp"]

ERAS = [((2019, 5, 1), "令和", "R", "令", "Reiwa", 2018), ((1989, 1, 8), "平成", "H", "平", "Heisei", 1988),
        ((1926, 12, 25), "昭和", "S", "昭", "Showa", 1925), ((1912, 7, 30), "大正", "T", "大", "Taisho", 1911)]
KD = "〇一二三四五六七八九"
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
FW = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")


def fw(s):
    return s.translate(FW)


def hira2kata(s):
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in s)


def kanjinum(n):
    if n < 10:
        return KD[n]
    t, o = divmod(n, 10)
    return (KD[t] if t > 1 else "") + "十" + (KD[o] if o else "")


def era_of(y, m, d):
    for start, name, letter, abbr, rom, off in ERAS:
        if (y, m, d) >= start:
            return name, letter, abbr, rom, y - off
    raise ValueError


DATE_STYLES = ["iso", "slash", "slash_nz", "dot", "kanji", "kanji_pad", "fw_kanji", "fw_slash", "wa", "wa_fw",
               "wa_sp", "wa_kan", "kan_digits", "letter_dot", "letter_slash", "letter_dash", "abbr_dot",
               "abbr_kanji", "en_dmy", "en_dmy_upper", "en_mdy", "en_mon_abbr", "en_dmy_dash", "us_slash",
               "eu_slash", "compact", "wa_paren", "seireki_paren", "romaji_era", "letter_lower"]
JA_STYLES = [s for s in DATE_STYLES if not s.startswith(("en_", "us_", "eu_", "romaji"))]
EN_STYLES = ["iso", "slash", "en_dmy", "en_dmy_upper", "en_mdy", "en_mon_abbr", "en_dmy_dash", "us_slash",
             "eu_slash", "romaji_era", "dot"]


def fdate(y, m, d, st):
    name, letter, abbr, rom, ey = era_of(y, m, d)
    eys = "元" if ey == 1 else str(ey)
    if st == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if st == "slash":
        return f"{y}/{m:02d}/{d:02d}"
    if st == "slash_nz":
        return f"{y}/{m}/{d}"
    if st == "dot":
        return f"{y}.{m:02d}.{d:02d}"
    if st == "kanji":
        return f"{y}年{m}月{d}日"
    if st == "kanji_pad":
        return f"{y}年{m:02d}月{d:02d}日"
    if st == "fw_kanji":
        return fw(f"{y}年{m}月{d}日")
    if st == "fw_slash":
        return fw(f"{y}/{m:02d}/{d:02d}")
    if st == "wa":
        return f"{name}{eys}年{m}月{d}日"
    if st == "wa_fw":
        return f"{name}{fw(eys)}年{fw(str(m))}月{fw(str(d))}日"
    if st == "wa_sp":
        return f"{name} {eys} 年 {m} 月 {d} 日"
    if st == "wa_kan":
        return f"{name}{'元' if ey == 1 else kanjinum(ey)}年{kanjinum(m)}月{kanjinum(d)}日"
    if st == "kan_digits":
        return "".join(KD[int(c)] for c in str(y)) + f"年{kanjinum(m)}月{kanjinum(d)}日"
    if st == "letter_dot":
        return f"{letter}{ey}.{m}.{d}"
    if st == "letter_slash":
        return f"{letter}{ey:02d}/{m:02d}/{d:02d}"
    if st == "letter_dash":
        return f"{letter}{ey}-{m:02d}-{d:02d}"
    if st == "letter_lower":
        return f"{letter.lower()}{ey}.{m:02d}.{d:02d}"
    if st == "abbr_dot":
        return f"{abbr}{ey}.{m}.{d}"
    if st == "abbr_kanji":
        return f"{abbr}{eys}年{m}月{d}日"
    if st == "en_dmy":
        return f"{d} {MON[m - 1]} {y}"
    if st == "en_dmy_upper":
        return f"{d:02d} {MON[m - 1].upper()} {y}"
    if st == "en_mdy":
        return f"{MONTH[m - 1]} {d}, {y}"
    if st == "en_mon_abbr":
        return f"{MON[m - 1]}. {d}, {y}"
    if st == "en_dmy_dash":
        return f"{d:02d}-{MON[m - 1]}-{y}"
    if st == "us_slash":
        return f"{m:02d}/{d:02d}/{y}"
    if st == "eu_slash":
        return f"{d:02d}/{m:02d}/{y}"
    if st == "compact":
        return f"{y}{m:02d}{d:02d}"
    if st == "wa_paren":
        return f"{y}年({name}{eys}年){m}月{d}日"
    if st == "seireki_paren":
        return f"{name}{eys}年（{y}年）{m}月{d}日"
    if st == "romaji_era":
        return f"{rom} {ey} ({y}) {MON[m - 1]} {d}"
    raise ValueError(st)


def era_col(y, m, d, rng):
    """(era cell, date cell) for exports that keep the era in its own column."""
    name, letter, abbr, rom, ey = era_of(y, m, d)
    era = rng.choice([name, letter, abbr])
    return era, rng.choice([f"{ey:02d}/{m:02d}/{d:02d}", f"{ey}.{m}.{d}", f"{ey:02d}{m:02d}{d:02d}"])


def rdate(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


# ----------------------------------------------------------------------------------------------------------
# numbers

def digits(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def mynumber_check(b11):
    s = 0
    for n in range(1, 12):
        p = int(b11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def mynumber(rng, valid=True):
    b = digits(rng, 11)
    c = mynumber_check(b)
    if not valid:
        c = (c + rng.randint(1, 9)) % 10
    return b + str(c)


def corp_number(rng, valid=True):
    b = digits(rng, 12)
    s = sum(int(b[12 - n]) * (1 if n % 2 else 2) for n in range(1, 13))
    c = 9 - s % 9
    if not valid:
        c = (c + rng.randint(1, 8)) % 10
    return str(c) + b


def luhn_ok(num):
    t = 0
    for i, ch in enumerate(reversed(num)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        t += v
    return t % 10 == 0


def card(rng, valid=True):
    b = rng.choice(["4", "5"]) + digits(rng, 14)
    for c in "0123456789":
        if luhn_ok(b + c) == valid:
            return b + c
    return b + "0"


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def insurer_check(base):
    s = 0
    for i, ch in enumerate(reversed(base)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return str((10 - s % 10) % 10)


def insurer_number(rng):
    if rng.random() < 0.35:  # 国保 6 digits
        b = f"{rng.randint(1, 47):02d}" + digits(rng, 3)
    else:
        b = rng.choice(["01", "06", "31", "32", "34", "63"]) + f"{rng.randint(1, 47):02d}" + digits(rng, 3)
    return b + insurer_check(b)


def license_number(rng, valid=True):
    b = f"{rng.choice([10, 20, 30, 41, 45, 46, 49, 50, 55, 62, 63, 64, 70, 80, 91])}" + f"{rng.randint(0, 99):02d}" \
        + digits(rng, 6)
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(c) * x for c, x in zip(b, w)) % 11
    c = 0 if r <= 1 else 11 - r
    if c == 10:
        c = 0
    if not valid:
        c = (c + 3) % 10
    return b + str(c) + str(rng.choice([0, 0, 0, 1, 2]))


def passport(rng):
    return rng.choice(["TK", "TR", "TZ", "MU", "MZ", "TS", "RE"]) + digits(rng, 7)


def residence_card(rng):
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return rng.choice(L) + rng.choice(L) + digits(rng, 8) + rng.choice(L) + rng.choice(L)


# ----------------------------------------------------------------------------------------------------------
# person factory


class Person:
    def __init__(self, rng, y0=1940, y1=2000, gender=None, surname=None):
        self.rng = rng
        self.sur = surname or rng.choice(SURNAMES)
        pool = [g for g in GIVEN if gender is None or g[3] == gender]
        self.giv = rng.choice(pool)
        self.gender = self.giv[3]
        self.dob = rdate(rng, y0, y1)
        pl = rng.choice(PLACES)
        self.place = pl
        self.postal_raw = pl[3] + digits(rng, 4)
        c, b, g = rng.randint(1, 6), rng.randint(1, 30), rng.randint(1, 25)
        r = rng.random()
        if r < 0.45:
            addr = f"{pl[0]}{pl[1]}{pl[2]}{c}丁目{b}番{g}号"
        elif r < 0.8:
            addr = f"{pl[0]}{pl[1]}{pl[2]}{c}-{b}-{g}"
        elif r < 0.9:
            addr = fw(f"{pl[0]}{pl[1]}{pl[2]}{c}-{b}-{g}")
        else:
            addr = f"{pl[0]}{pl[1]}{pl[2]}{rng.randint(100, 2999)}番地{rng.randint(1, 9)}"
        if rng.random() < 0.5:
            bl = rng.choice(BUILDINGS)
            room = f"{rng.randint(1, 5)}0{rng.randint(1, 9)}"
            addr += rng.choice([f" {bl}{room}号室", f"　{bl} {room}", f"{bl}{room}"])
        self.addr = addr
        self.mobile = f"0{rng.choice('987')}0{rng.randint(1, 9)}{digits(rng, 7)}"
        self.home = pl[4] + str(rng.randint(2, 9)) + digits(rng, 9 - len(pl[4]))
        self.email = (f"{self.giv[2].lower()}{rng.choice(['.', '_', ''])}{self.sur[2].lower()}"
                      f"{rng.choice(['', str(rng.randint(1, 99)), str(self.dob[0] % 100)])}@{rng.choice(DOMAINS)}")

    @property
    def full(self):
        return self.sur[0] + self.giv[0]

    def name(self, style=None):
        r = self.rng
        st = style or r.choice(["full", "full_sp", "full_sp", "full_fwsp"])
        return {
            "full": self.sur[0] + self.giv[0], "full_sp": self.sur[0] + " " + self.giv[0],
            "full_fwsp": self.sur[0] + "　" + self.giv[0],
            "kata": hira2kata(self.sur[1]) + " " + hira2kata(self.giv[1]),
            "kata_fw": hira2kata(self.sur[1]) + "　" + hira2kata(self.giv[1]),
            "hira": self.sur[1] + " " + self.giv[1], "hira_ns": self.sur[1] + self.giv[1],
            "romaji": self.giv[2] + " " + self.sur[2], "ROMAJI": self.sur[2].upper() + " " + self.giv[2].upper(),
            "Romaji_rev": self.sur[2].upper() + ", " + self.giv[2],
        }[st]

    def kana(self):
        return self.name(self.rng.choice(["kata", "kata", "kata_fw", "hira"]))


def fmt_phone(raw, rng, style=None):
    """raw: national digits starting with 0."""
    if raw.startswith(("090", "080", "070", "050")):
        a, b, c = raw[:3], raw[3:7], raw[7:]
    elif raw.startswith(("03", "06")):
        a, b, c = raw[:2], raw[2:6], raw[6:]
    elif raw[:4] in ("0263", "0798", "0577", "0258"):
        a, b, c = raw[:4], raw[4:6], raw[6:]
    else:
        a, b, c = raw[:3], raw[3:6], raw[6:]
    st = style or rng.choice(["hy"] * 8 + ["paren", "plain", "fw", "sp", "intl", "intl_ns", "intl0", "dot"])
    if st == "hy":
        return f"{a}-{b}-{c}"
    if st == "paren":
        return f"{a}({b}){c}"
    if st == "plain":
        return raw
    if st == "fw":
        return fw(f"{a}-{b}-{c}")
    if st == "sp":
        return f"{a} {b} {c}"
    if st == "dot":
        return f"{a}.{b}.{c}"
    if st == "intl":
        return f"+81-{a[1:]}-{b}-{c}"
    if st == "intl_ns":
        return f"+81{raw[1:]}"
    if st == "intl0":
        return f"+81(0){a[1:]}-{b}-{c}"
    raise ValueError(st)


def kanji_phone(raw):
    k = "".join("〇一二三四五六七八九"[int(c)] for c in raw)
    return f"{k[:3]}の{k[3:7]}の{k[7:]}"


def fmt_postal(raw, rng, style=None):
    st = style or rng.choice(["m", "m", "m", "nm", "fw_m", "fw_nm", "plain"])
    s = raw[:3] + "-" + raw[3:]
    if st == "m":
        return "〒", s
    if st == "nm":
        return "", s
    if st == "fw_m":
        return "〒", fw(s)
    if st == "fw_nm":
        return "", fw(s)
    return "", raw


def postal_field(p, rng):
    pre, v = fmt_postal(p.postal_raw, rng)
    return pre + PC(v)


def ordinary(rng, st, y0=2015, y1=2025, kind="ordinary-date"):
    y, m, d = rdate(rng, y0, y1)
    return HN(fdate(y, m, d, st), kind)


def biz_surname_company(rng, suffix_pool):
    s = rng.choice(SURNAMES)[0]
    return s + rng.choice(suffix_pool)


# ----------------------------------------------------------------------------------------------------------
# the businesses (names built from surnames are hard negatives: not persons)

BIZ_KINDS = {
    "dental": (["歯科医院", "歯科クリニック", "デンタルオフィス", "歯科"], ["さくら歯科", "みどり台デンタルクリニック"]),
    "estate": (["不動産", "ハウジング", "地所", "住宅販売"], ["アーバンライフ管理", "ひかり賃貸センター"]),
    "driving": (["自動車学校", "ドライビングスクール", "自動車教習所"], ["中央自動車教習所", "北ノ台ドライビングスクール"]),
    "temple": (["家霊園", "記念墓苑"], ["浄光寺霊園", "青雲寺墓地管理事務所", "妙法寺霊苑"]),
    "tutor": (["塾", "ゼミナール", "学習教室"], ["個別指導スクールみらい", "明光学舎"]),
    "travel": (["トラベル", "旅行社", "ツーリスト"], ["さくら旅行", "ひまわりツアーズ"]),
}


class Biz:
    def __init__(self, rng, kind):
        suf, plain_names = BIZ_KINDS[kind]
        self.kind = kind
        if rng.random() < 0.5:
            s = rng.choice(SURNAMES)[0]
            self.name_plain = s + rng.choice(suf)
            self.name = HN(self.name_plain, "company-from-surname")
        else:
            self.name_plain = rng.choice(plain_names)
            self.name = self.name_plain
        self.owner = Person(rng, 1950, 1985)
        self.staff = [Person(rng, 1960, 2000) for _ in range(4)]
        pl = rng.choice(PLACES)
        self.place = pl
        self.addr = f"{pl[0]}{pl[1]}{pl[2]}{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}" + \
            rng.choice(["", f" {rng.choice(BUILDINGS)}ビル{rng.randint(1, 4)}F", f" 第{rng.randint(1, 3)}ビル"])
        self.postal = pl[3] + digits(rng, 4)
        self.tel = pl[4] + str(rng.randint(2, 9)) + digits(rng, 9 - len(pl[4]))
        self.fax = self.tel[:-4] + digits(rng, 4)
        dom = {"dental": "dental", "estate": "fudosan", "driving": "ds", "temple": "reien", "tutor": "juku",
               "travel": "travel"}[kind]
        self.domain = f"{rng.choice(['sakura', 'midori', 'aoba', 'hikari', 'kita', 'minami', 'asahi'])}-{dom}.jp"
        self.email = rng.choice(["info", "contact", "uketsuke", "office", "yoyaku"]) + "@" + self.domain

    def footer(self, rng, full=True):
        lines = [self.name]
        lines.append(f"〒{PC(self.postal[:3] + '-' + self.postal[3:])} {AD(self.addr)}")
        lines.append(f"TEL {PH(fmt_phone(self.tel, rng, 'hy'))}" + (f" / FAX {PH(fmt_phone(self.fax, rng, 'hy'))}"
                                                                 if full else ""))
        if full:
            lines.append(f"Mail: {EM(self.email)}")
        return "\n".join(lines)


# ----------------------------------------------------------------------------------------------------------
# sensitive statements (subject: the record's person) and look-alikes (nobody's sensitive fact)

SENS = {
    "illness": ["高血圧の薬を服用", "糖尿病で内科に通院中", "心臓病（ペースメーカー装着）", "喘息の持病あり", "B型肝炎キャリア",
                "うつ病で通院中", "脳梗塞の既往あり", "抗凝固薬（ワーファリン）を服用中", "てんかんの持病があり服薬中",
                "白内障の手術歴あり", "ペニシリンアレルギー", "金属アレルギー（ニッケル）", "骨粗しょう症の治療中",
                "慢性腎臓病で週3回透析", "緑内障で点眼治療中", "睡眠時無呼吸症候群（CPAP使用）", "乳がんの術後（経過観察中）",
                "狭心症でニトログリセリン携帯", "パニック障害の治療中", "関節リウマチで通院", "HIV陽性（服薬中）",
                "C型肝炎の治療歴あり", "甲状腺機能低下症で服薬中", "軽度の認知症の診断", "統合失調症で服薬中",
                "心筋梗塞の既往（2019年）", "重度の花粉症（点鼻薬使用）", "アトピー性皮膚炎の治療中", "双極性障害で通院中",
                "アルコール依存症の治療歴あり"],
    "disability": ["身体障害者手帳2級", "車椅子を使用", "聴覚障害があり筆談を希望", "補聴器を使用（両耳）", "ADHDの診断あり",
                   "自閉スペクトラム症と診断", "学習障害（LD）の診断あり", "療育手帳B2を所持", "精神障害者保健福祉手帳3級",
                   "右眼失明", "色覚異常（赤緑）", "左下肢に障害あり杖歩行", "吃音があり", "視覚障害（弱視）",
                   "発達障害（ASD）の診断を受けている", "知的障害（軽度）", "高次脳機能障害あり", "人工透析による内部障害（1級）"],
    "creed": ["浄土真宗本願寺派の門徒", "曹洞宗の檀家", "日蓮宗の信徒", "カトリック信者", "エホバの証人の信者で輸血不可",
              "イスラム教徒", "創価学会の会員", "プロテスタント（日曜は礼拝）", "天理教の信者", "真言宗の檀家",
              "神道の氏子総代", "仏教徒（臨済宗）"],
    "criminal_record": ["窃盗の前科あり", "過去に詐欺罪で執行猶予付き判決", "道路交通法違反で免許取消歴あり", "傷害事件で服役歴あり",
                        "覚醒剤取締法違反で逮捕歴", "酒気帯び運転で罰金刑", "暴力団関係者との情報あり（前科2犯）"],
    "crime_victim": ["ストーカー被害に遭っており", "空き巣被害に遭われた", "DV被害のため住所非開示を希望", "特殊詐欺の被害者",
                     "痴漢被害の相談歴あり", "ひき逃げ事故の被害者"],
    "social_status": ["生活保護を受給中", "母子家庭で児童扶養手当を受給", "自己破産の手続き中", "住民税非課税世帯",
                      "就学援助を受けている", "ホームレス状態から自立支援中"],
    "race": ["日系ブラジル人", "アイヌ民族の出身", "在日コリアン三世"],
    "other": ["妊娠中（6か月）", "不妊治療中", "性同一性障害の診断"],
}
SENS_EN = {
    "illness": ["has type 2 diabetes", "takes blood thinners", "history of epilepsy", "is on dialysis three times a week",
                "has a heart condition (pacemaker)", "severe peanut allergy", "undergoing chemotherapy"],
    "disability": ["uses a wheelchair", "is hearing impaired", "is visually impaired", "has autism spectrum disorder"],
    "creed": ["is Muslim and requires halal meals", "is a Jehovah's Witness", "is a practising Catholic"],
    "criminal_record": ["has a prior conviction for fraud"],
    "crime_victim": ["was a victim of pickpocketing in Rome last year"],
}
SUBW = [("illness", 40), ("disability", 22), ("creed", 10), ("criminal_record", 6), ("crime_victim", 6),
        ("social_status", 8), ("race", 2), ("other", 3)]


def pick_sub(rng, allowed=None):
    pool = [(s, w) for s, w in SUBW if allowed is None or s in allowed]
    tot = sum(w for _, w in pool)
    x = rng.random() * tot
    for s, w in pool:
        x -= w
        if x <= 0:
            return s
    return pool[-1][0]


def sens(rng, allowed=None, en=False):
    if en:
        sub = rng.choice(sorted(SENS_EN))
        return SEN(rng.choice(SENS_EN[sub]), sub)
    sub = pick_sub(rng, allowed)
    return SEN(rng.choice(SENS[sub]), sub)


SENS_FRAMES = ["{x}とのこと。", "本人より{x}との申告あり。", "{x}。対応時は配慮すること。", "※{x}", "{x}のため、事前に確認済み。",
               "ご本人の話では{x}。", "{x}（本人了承のうえ記録）。", "申込時ヒアリング：{x}。"]

LOOK = {
    "system-failure": ["予約システムに障害が発生し", "サーバー障害のため", "通信障害の影響で", "決済端末の障害により", "メール配信障害"],
    "pet-illness": ["入居者様の飼い猫が腎臓病で", "愛犬が椎間板ヘルニアの手術", "ペット（犬）の皮膚病"],
    "parcel-to-hospital": ["市民病院 宛ての書類を発送", "〇〇総合病院へ請求書を郵送", "循環器内科クリニック宛に見積書を送付"],
    "policy-category": ["病歴等の要配慮個人情報", "信条・病歴・犯罪の経歴などの要配慮個人情報", "要配慮個人情報（病歴、障害、信条）"],
    "aggregate-statistics": ["高血圧の患者は全体の約3割", "受講生のうち視力検査の再検査者は12%", "障害者手帳をお持ちの方の入居相談 年間14件",
                             "糖尿病有病者は成人の約1割"],
    "health-check-schedule": ["職員の健康診断は10月に実施", "インフルエンザ予防接種の日程", "ストレスチェックの実施時期"],
    "temple-event": ["お盆の合同法要", "春のお彼岸法要", "施餓鬼会", "除夜の鐘つき", "永代供養の合同慰霊祭"],
    "sect-guide": ["宗旨・宗派は問いません（浄土宗・真言宗・日蓮宗・曹洞宗など）", "在来仏教各宗派", "キリスト教式の納骨も可能"],
    "dental-product": ["知覚過敏用歯みがき粉", "歯周病ケア用デンタルリンス", "フッ素配合ジェル", "入れ歯安定剤"],
    "vision-requirement": ["両眼で0.7以上、かつ一眼でそれぞれ0.3以上", "深視力検査（大型・二種）", "色彩識別能力（赤・青・黄）"],
    "obstacle": ["障害物の回避", "障害物のある狭路", "障害物（パイロン）"],
    "barrier-free-property": ["バリアフリー物件", "車椅子対応の段差なし物件", "手すり付き高齢者向け住宅"],
    "stigmatized-property": ["事故物件（告知事項あり）", "心理的瑕疵のある物件", "告知事項：過去に孤独死"],
    "dev-disorder-ad": ["発達障害のお子さまの学習サポート", "ADHD・LDのお子さま向け個別指導", "学習障害に配慮した教材"],
    "travel-insurance-illness": ["既往症の悪化による治療費", "心疾患・脳疾患など持病の急変", "糖尿病・高血圧など既往症がある方"],
    "quiz": ["次のうち、白内障の主な症状はどれか", "問3 仏教の開祖は誰か", "てんかんの発作時に最初にすべきことは"],
    "template-placeholder": ["【既往症：　　　　　　】", "病名（　　　　　）", "宗派：＿＿＿＿＿", "持病の有無：□あり □なし"],
    "crime-news-digest": ["特殊詐欺の被害額が前年比2割増", "空き巣被害が市内で相次ぐ", "飲酒運転で40代の男を逮捕"],
    "glossary-term": ["歯周病：歯ぐきの炎症", "連帯保証人：借主と同等の責任", "戒名：仏弟子としての名前", "色覚：色を識別する能力"],
    "faq-answer": ["持病があっても入会できますか", "障害者割引はありますか", "宗派が違っても納骨できますか"],
    "price-list-treatment": ["歯周病治療（保険）", "虫歯治療 1本", "ホワイトニング 1回"],
    "fraud-warning": ["オレオレ詐欺にご注意", "還付金詐欺の手口", "架空請求メールに注意"],
    "hearing-test-info": ["聴力検査（10メートルの距離で90デシベル）", "補聴器使用時の条件"],
    "seminar-announcement": ["認知症予防セミナー", "がん検診のすすめ講演会", "歯周病と糖尿病の関係 市民講座"],
    "accessible-facility": ["多目的トイレ（車椅子対応）", "障害者用駐車スペース", "スロープ・エレベーター完備"],
    "lesson-content": ["浄土宗を開いたのは法然", "キリスト教の伝来（1549年）", "免疫とワクチンの仕組み"],
    "insurance-product": ["火災保険の補償内容", "家財保険（水漏れ・盗難）", "海外旅行保険の治療・救援費用"],
    "first-aid-training": ["普通救命講習（AED）", "心肺蘇生法の実技", "応急救護処置の教習"],
    "seasonal-health-tip": ["熱中症に注意", "花粉症の季節です", "ノロウイルスの流行期"],
    "weather-disaster": ["台風による交通障害", "大雪で電車に遅延と障害"],
}


def look(rng, kind=None):
    k = kind or rng.choice(sorted(LOOK))
    return LA(rng.choice(LOOK[k]), k)


CONTRACT_HN = [
    ("contract-number", lambda r: f"RC-{r.randint(2019, 2025)}-{r.randint(1, 9999):04d}"),
    ("property-number", lambda r: f"B{r.randint(10000, 99999)}"),
    ("grave-plot-number", lambda r: f"{r.choice('ABCDEF')}区{r.randint(1, 30)}-{r.randint(1, 40)}"),
    ("student-number", lambda r: f"{r.randint(20, 25)}{r.randint(1, 12):02d}{r.randint(1, 999):03d}"),
    ("booking-ref", lambda r: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))),
    ("flight-number", lambda r: f"{r.choice(['NH', 'JL', 'MM', 'BC', 'GK'])}{r.randint(1, 999):03d}"),
    ("invoice-number", lambda r: f"INV-{r.randint(2023, 2025)}{r.randint(1, 12):02d}-{r.randint(1, 9999):04d}"),
]


# ----------------------------------------------------------------------------------------------------------
# shared field writers

REF_YEAR = 2025
DOB_LABELS = ["生年月日", "生年月日", "生年月日(西暦)", "生　年　月　日", "お誕生日", "誕生日", "生年月日/Date of Birth", "D.O.B."]


def age_of(dob):
    return REF_YEAR - dob[0] - (1 if dob[1] > 6 else 0)


def dob_value(p, rng, st=None, suffix=True):
    st = st or rng.choice(JA_STYLES)
    v = DOB(fdate(*p.dob, st))
    if suffix:
        r = rng.random()
        if r < 0.15:
            v += "生"
        elif r < 0.25:
            v += "生まれ"
        elif r < 0.45:
            v += rng.choice(["（満", "(", " （"]) + HN(f"{age_of(p.dob)}歳", "age-only") + rng.choice(["）", ")", "）"])
    return v


def ins_block(rng, label_above=False):
    """health insurance items; returns list of lines."""
    ins = insurer_number(rng)
    kigo = digits(rng, rng.choice([2, 4, 5, 7, 8]))
    if kigo[0] == "0":
        kigo = "1" + kigo[1:]
    bango = str(rng.randint(1, 9999999))
    eda = f"{rng.randint(0, 3):02d}"
    H = lambda s, n="": ent("HEALTH_INSURANCE", s, note=n)
    r = rng.random()
    if r < 0.3:
        return [f"保険者番号：{H(ins)}", f"記号：{H(kigo)}　番号：{H(bango)}" + (f"　枝番：{H(eda)}" if rng.random() < .6 else "")]
    if r < 0.5:
        return [f"被保険者証 記号・番号：{H(kigo + '-' + bango)}", f"保険者番号 {H(ins)}"]
    if r < 0.7:
        return ["【保険証】", f"  保険者番号 {H(fw(ins) if rng.random() < .4 else ins)}",
                f"  記号 {H(kigo)} / 番号 {H(bango)} / 枝番 {H(eda)}"]
    if r < 0.85:
        return ["保険者番号", H(ins), "被保険者証の記号・番号", f"{H(kigo)}・{H(bango)}（枝番 {H(eda)}）"]
    return [f"保険証：{rng.choice(['協会けんぽ', '国民健康保険', '共済組合', '健保組合'])}　{H(kigo)} - {H(bango)}",
            f"（保険者番号：{H(ins)}）"]


def ask_layout(rng):
    return rng.choice(["colon", "colon", "bracket", "above", "pipe"])


def field(label, value, lay):
    if lay == "colon":
        return f"{label}：{value}"
    if lay == "bracket":
        return f"【{label}】{value}"
    if lay == "above":
        return f"{label}\n　{value}"
    if lay == "pipe":
        return f"| {label} | {value} |"
    return f"{label} {value}"


def phone_val(raw, rng, labelled=True):
    if labelled and rng.random() < 0.05 and raw[:3] in ("090", "080", "070"):
        bad = raw[:3] + "0" + raw[4:]
        return PH(fmt_phone(bad, rng, "hy"), "unallocated range under a label")
    return PH(fmt_phone(raw, rng))


# ----------------------------------------------------------------------------------------------------------
# dental

DENTAL_Q = [
    ("現在、治療中の病気はありますか", "illness", ["高血圧の薬を服用", "糖尿病で内科に通院中", "骨粗しょう症の治療中", "緑内障で点眼治療中",
                                         "関節リウマチで通院", "甲状腺機能低下症で服薬中", "うつ病で通院中"]),
    ("服用中のお薬はありますか", "illness", ["抗凝固薬（ワーファリン）を服用中", "降圧剤を毎朝服用", "ビスホスホネート製剤（骨粗しょう症）",
                                     "抗てんかん薬を服用", "睡眠薬と抗うつ薬を服用"]),
    ("これまでに大きな病気をしたことがありますか", "illness", ["脳梗塞の既往あり", "心筋梗塞の既往（2019年）", "乳がんの術後（経過観察中）",
                                                "C型肝炎の治療歴あり", "狭心症でニトログリセリン携帯"]),
    ("お薬や食べ物でアレルギーが出たことはありますか", "illness", ["ペニシリンアレルギー", "金属アレルギー（ニッケル）", "局所麻酔で気分が悪くなったことがある",
                                                   "ラテックスアレルギー"]),
    ("身体の不自由な点や配慮が必要なことはありますか", "disability", ["車椅子を使用", "聴覚障害があり筆談を希望", "補聴器を使用（両耳）",
                                                   "左下肢に障害あり杖歩行", "視覚障害（弱視）"]),
]
DENTAL_REASON = ["定期検診を希望", "詰め物が取れた", "クリーニング希望", "入れ歯の調整", "ホワイトニングの相談", "歯ぐきから出血する"]
CHECK_ILL = ["高血圧", "糖尿病", "心臓病", "肝炎", "腎臓病", "喘息", "脳卒中", "骨粗しょう症", "貧血", "てんかん"]


def g_dental_monshin(rng):
    b = Biz(rng, "dental")
    p = Person(rng, 1938, 2012)
    st = rng.choice(JA_STYLES)
    lay = ask_layout(rng)
    L = [f"{b.name}　問診票", "", field("記入日", ordinary(rng, st, 2023, 2025), lay)]
    L.append(field("ふりがな", P(p.kana()), lay))
    L.append(field("お名前", P(p.name()), lay) + rng.choice(["", "　（男・女）", " 様"]))
    L.append(field(rng.choice(DOB_LABELS[:6]), dob_value(p, rng, st), lay))
    L.append(field("ご住所", postal_field(p, rng) + " " + AD(p.addr), lay))
    L.append(field("電話番号", phone_val(p.home if rng.random() < .4 else p.mobile, rng), lay))
    if rng.random() < 0.5:
        L.append(field("携帯", phone_val(p.mobile, rng), lay))
    L += ins_block(rng)
    L.append("")
    L.append(f"■ 本日はどうされましたか：{rng.choice(DENTAL_REASON)}")
    for i, (q, sub, answers) in enumerate(rng.sample(DENTAL_Q, rng.randint(3, 5)), 1):
        if rng.random() < 0.5:
            a = f"はい（{SEN(rng.choice(answers), sub)}）"
        else:
            a = rng.choice(["いいえ", "なし", "特になし"])
        L.append(f"Q{i}. {q}　→ {a}" if rng.random() < .5 else f"{i}. {q}\n　　{a}")
    if rng.random() < 0.6:
        ch = rng.sample(CHECK_ILL, 6)
        on = set(rng.sample(range(6), rng.randint(0, 2)))
        items = []
        for j, w in enumerate(ch):
            items.append(("■" + SEN(w, "illness")) if j in on else ("□" + LA(w, "unchecked-option")))
        L.append("既往歴（該当に■）：" + " ".join(items))
    if p.gender == "F" and 1975 < p.dob[0] < 2005 and rng.random() < 0.4:
        L.append("妊娠中ですか：" + (f"はい（{SEN('妊娠'+str(rng.randint(3,8))+'か月', 'other')}）" if rng.random() < .4 else "いいえ"))
    if rng.random() < 0.3:
        L.append(f"※当院では{look(rng, 'dental-product')}も販売しています。")
    L += ["", b.footer(rng, full=rng.random() < .5)]
    return "dental", "txt", "monshin-" + lay, "\n".join(L)


def g_dental_karte(rng):
    b = Biz(rng, "dental")
    p = Person(rng, 1935, 2015)
    dr, dh = b.owner, b.staff[0]
    st = rng.choice(JA_STYLES)
    L = [f"# 歯科カルテ記録　{ordinary(rng, st, 2024, 2025)}", "",
         f"- カルテNo.: {HN(str(rng.randint(10000, 99999)), 'chart-number')}",
         f"- 患者: {P(p.name())} 様（{P(p.kana())}）",
         f"- {rng.choice(['生年月日', 'DOB', '生年月日(西暦)'])}: {dob_value(p, rng, st)}",
         f"- 初診日: {ordinary(rng, st, 2018, 2024)}", ""]
    if rng.random() < .5:
        L += ["## 保険"] + ["- " + x for x in ins_block(rng)] + [""]
    L.append("## 全身既往・服薬")
    n = rng.randint(1, 2)
    for _ in range(n):
        L.append("- " + rng.choice(SENS_FRAMES).format(x=sens(rng, ["illness", "illness", "disability", "other"])))
    if rng.random() < .3:
        L.append("- 特記事項なし（その他）")
    L += ["", "## S/O", f"- 主訴: {rng.choice(DENTAL_REASON)}", f"- #{rng.randint(11, 48)} C2 → CR充填",
          "", "## P", f"- {look(rng, 'dental-product')}を紹介、次回{ordinary(rng, st, 2025, 2025)}予約",
          "", f"担当医: {P(dr.name())} 先生　／　DH: {P(dh.sur[0])}"]
    return "dental", "md", "karte-md", "\n".join(L)


# ----------------------------------------------------------------------------------------------------------
# real estate

def g_estate_application(rng):
    b = Biz(rng, "estate")
    a = Person(rng, 1950, 2004)
    g = Person(rng, 1940, 1985, surname=a.sur if rng.random() < .6 else None)
    st = rng.choice(JA_STYLES)
    lay = ask_layout(rng)
    pn = CONTRACT_HN[1][1](rng)
    emp = biz_surname_company(rng, ["製作所", "工務店", "商事", "運送", "電機"])
    L = [f"入 居 申 込 書　　{b.name}", "",
         field("申込日", ordinary(rng, st, 2024, 2025), lay),
         field("物件番号", HN(pn, "property-number"), lay) + f"　{rng.choice(BUILDINGS)} " + HN(f"{rng.randint(1, 5)}0{rng.randint(1, 9)}号室", "room-number"),
         field("入居希望日", ordinary(rng, st, 2025, 2025), lay), "",
         "〔申込者〕",
         field("氏名", P(a.name()), lay) + "　" + field("フリガナ", P(a.kana()), "colon"),
         field("生年月日", dob_value(a, rng, st), lay),
         field("現住所", postal_field(a, rng) + "　" + AD(a.addr), lay),
         field("携帯電話", phone_val(a.mobile, rng), lay),
         field("勤務先", HN("株式会社" + emp, "company-from-surname") + f"（年収 {HN(str(rng.randint(250, 900)) + '万円', 'amount')}）", lay)]
    if rng.random() < .5:
        L.append(field("本人確認書類", "運転免許証　番号 " + ent("DRIVERS_LICENSE", license_number(rng)), lay))
    L += ["", "〔連帯保証人〕",
          field("氏名", P(g.name()), lay) + f"（続柄：{rng.choice(['父', '母', '兄', '叔父', '姉'])}）",
          field("生年月日", dob_value(g, rng, st), lay),
          field("住所", AD(g.addr), lay),
          field("電話番号", phone_val(g.home, rng), lay)]
    if rng.random() < .4:
        L.append(field("保証人勤務先電話", PH(fmt_phone("03" + str(rng.randint(3, 6)) + digits(rng, 7), rng)), lay))
    L += ["", "〔担当者メモ〕"]
    who = rng.random()
    if who < 0.35:
        L.append(f"保証人について：{SEN(rng.choice(SENS['criminal_record']), 'criminal_record')}（本人申告）。保証会社併用を検討。")
    elif who < 0.75:
        L.append(rng.choice(SENS_FRAMES).format(x=sens(rng, ["disability", "social_status", "illness", "crime_victim"])))
    else:
        L.append(f"特記事項なし。{look(rng, rng.choice(['barrier-free-property', 'pet-illness', 'insurance-product']))}について説明済み。")
    L += ["", f"受付担当：{P(b.staff[0].name())}", b.footer(rng, full=False)]
    return "estate", "txt", "application-" + lay, "\n".join(L)


def csv_cell(c, sep):
    t = plain(c)
    if sep in t or '"' in t or "\n" in t:
        assert '"' not in c
        return '"' + c + '"'
    return c


def write_table(rows, sep=",", quote_all=False):
    out = []
    for r in rows:
        if quote_all:
            out.append(sep.join('"' + c + '"' for c in r))
        else:
            out.append(sep.join(csv_cell(c, sep) for c in r))
    return "\n".join(out) + "\n"


def g_estate_csv(rng):
    st = rng.choice(JA_STYLES + ["compact", "slash"])
    hdr = ["契約番号", "物件番号", "部屋", "契約者名", "フリガナ", "生年月日", "電話番号", "契約開始日", "賃料", "連帯保証人",
           "保証人生年月日", "保証人電話", "備考"]
    rows = [hdr]
    for _ in range(rng.randint(4, 10)):
        a = Person(rng, 1950, 2004)
        g = Person(rng, 1940, 1980)
        memo = ""
        r = rng.random()
        if r < 0.4:
            memo = rng.choice(["", "本人申告：", "管理会社メモ "]) + sens(rng, ["disability", "social_status", "illness", "crime_victim", "creed"])
        elif r < 0.55:
            memo = look(rng, rng.choice(["pet-illness", "barrier-free-property", "system-failure"]))
        elif r < 0.65:
            memo = "保証人 " + SEN(rng.choice(SENS["criminal_record"]), "criminal_record")
        rows.append([HN(CONTRACT_HN[0][1](rng), "contract-number"), HN(CONTRACT_HN[1][1](rng), "property-number"),
                     HN(f"{rng.randint(1, 5)}0{rng.randint(1, 9)}", "room-number"), P(a.name()), P(a.kana()),
                     DOB(fdate(*a.dob, st)), phone_val(a.mobile, rng), ordinary(rng, st, 2018, 2025),
                     HN(f"{rng.randint(45, 160)},000", "amount"), P(g.name()), DOB(fdate(*g.dob, st)),
                     phone_val(g.home, rng), memo])
    sep = rng.choice([",", ",", "\t"])
    return "estate", "csv" if sep == "," else "tsv", "contract-ledger-" + ("csv" if sep == "," else "tsv"), \
        write_table(rows, sep, quote_all=rng.random() < .3)


# ----------------------------------------------------------------------------------------------------------
# driving school

def g_driving_genbo(rng):
    b = Biz(rng, "driving")
    p = Person(rng, 1955, 2007)
    st = rng.choice(JA_STYLES)
    lay = ask_layout(rng)
    L = [f"教 習 原 簿　（{b.name}）", "",
         field("教習生番号", HN(CONTRACT_HN[3][1](rng), "student-number"), lay),
         field("入所日", ordinary(rng, st, 2024, 2025), lay) + "　" + field("教習開始日", ordinary(rng, st, 2024, 2025), "colon"),
         field("車種", rng.choice(["普通MT", "普通AT", "準中型", "大型二輪", "普通二輪"]), lay),
         field("氏名", P(p.name()), lay), field("フリガナ", P(p.kana()), lay),
         field("生年月日", dob_value(p, rng, st), lay),
         field("住所", AD(p.addr), lay), field("連絡先", phone_val(p.mobile, rng), lay)]
    if rng.random() < .55:
        lic = license_number(rng)
        r = rng.random()
        if r < .25:
            L.append(f"所持免許：{rng.choice(['原付', '普通', '小型特殊'])}　免許証番号：{ent('DRIVERS_LICENSE', lic)}")
        elif r < .5:
            L.append("免許証の番号")
            L.append("  " + ent("DRIVERS_LICENSE", " ".join([lic[:4], lic[4:8], lic[8:]])))
        elif r < .7:
            L.append(f"現有免許 第 {ent('DRIVERS_LICENSE', lic)} 号（{ordinary(rng, st, 2026, 2029)}まで有効）")
        elif r < .85:
            L.append(f"運転免許証番号：{ent('DRIVERS_LICENSE', fw(lic))}")
        else:
            bad = license_number(rng, valid=False)
            L.append(f"免許証番号（転記）：{ent('DRIVERS_LICENSE', bad, note='check digit wrong')}")
    L += ["", "〔適性検査〕"]
    L.append(f"視力：裸眼 右{rng.choice(['0.3', '0.8', '1.0', '1.2'])} 左{rng.choice(['0.4', '0.9', '1.0', '1.5'])}　"
             f"（基準：{look(rng, 'vision-requirement')}）")
    r = rng.random()
    if r < .35:
        L.append("視力・聴力の特記：" + SEN(rng.choice(["右眼失明", "色覚異常（赤緑）", "視覚障害（弱視）", "補聴器を使用（両耳）",
                                                   "聴覚障害（身体障害者手帳4級）", "白内障の手術歴あり", "緑内障で点眼治療中"]),
                                            "disability" if rng.random() < .7 else "illness"))
    else:
        L.append("視力・聴力の特記：なし")
    if rng.random() < .55:
        L.append("既往症（質問票）：" + SEN(rng.choice(["てんかんの持病があり服薬中", "糖尿病（インスリン使用）", "統合失調症で服薬中",
                                                  "睡眠時無呼吸症候群（CPAP使用）", "アルコール依存症の治療歴あり", "脳梗塞の既往あり",
                                                  "不整脈で服薬中"]), "illness") + "　→ 主治医の診断書提出済")
    else:
        L.append("既往症（質問票）：" + rng.choice(["該当なし", "なし", "記載なし"]))
    if rng.random() < .2:
        L.append("指導員メモ：" + SEN(rng.choice(SENS["criminal_record"][1:3] + ["無免許運転で罰金刑の前歴あり"]), "criminal_record"))
    L += ["", f"技能教習：{look(rng, 'obstacle')}　合格 ／ 仮免許取得日 {ordinary(rng, st, 2024, 2025)}",
          f"担当指導員：{P(b.staff[1].name())}（指導員番号 {HN(str(rng.randint(1000, 9999)), 'staff-number')}）"]
    return "driving", "txt", "genbo-" + lay, "\n".join(L)


def g_driving_export(rng):
    st = rng.choice(["slash", "compact", "letter_dot", "wa", "iso", "abbr_dot", "fw_slash"])
    fixed = rng.random() < .4
    hdr = ["教習生番号", "氏名", "カナ", "生年月日", "入所日", "電話", "所持免許番号", "備考"]
    rows = []
    for _ in range(rng.randint(5, 12)):
        p = Person(rng, 1960, 2007)
        lic = ent("DRIVERS_LICENSE", license_number(rng)) if rng.random() < .4 else ""
        memo = ""
        r = rng.random()
        if r < .3:
            memo = sens(rng, ["illness", "disability"])
        elif r < .45:
            memo = look(rng, rng.choice(["first-aid-training", "obstacle", "system-failure"]))
        rows.append([HN(CONTRACT_HN[3][1](rng), "student-number"), P(p.name("full")), P(hira2kata(p.sur[1] + p.giv[1])),
                     DOB(fdate(*p.dob, st)), ordinary(rng, st, 2024, 2025), phone_val(p.mobile, rng), lic, memo])
    if not fixed:
        sep = rng.choice([",", "\t"])
        no_header = rng.random() < .3
        body = write_table(([] if no_header else [hdr]) + rows, sep)
        return "driving", "csv" if sep == "," else "tsv", ("csv-no-header" if no_header else "csv-header") + "-students", body
    widths = [10, 12, 16, 14, 12, 16, 14, 0]
    out = ["教習生一覧（固定長出力）", "".join(h.ljust(w) if w else h for h, w in zip(hdr, widths))]
    for r in rows:
        line = ""
        for c, w in zip(r, widths):
            line += c + " " * max(1, w - len(plain(c))) if w else c
        out.append(line.rstrip())
    return "driving", "txt", "fixed-width-students", "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------------------------
# temple / cemetery

KAIMYO = ["釋浄華信女", "釋誠道信士", "慈光院清雲居士", "妙法蓮華大姉", "覚道良信居士", "清月院妙香大姉"]


def g_temple_ledger(rng):
    b = Biz(rng, "temple")
    u = Person(rng, 1935, 1985)
    d = Person(rng, 1915, 1960, surname=u.sur)
    st = rng.choice(JA_STYLES)
    lay = ask_layout(rng)
    dy = (rng.randint(max(d.dob[0] + 50, 1990), 2024), rng.randint(1, 12), rng.randint(1, 28))
    L = [f"墓地使用者台帳　{b.name}", "",
         field("区画番号", HN(CONTRACT_HN[2][1](rng), "grave-plot-number"), lay),
         field("使用許可日", ordinary(rng, st, 1980, 2020), lay),
         field("年間管理料", HN(f"{rng.randint(5, 24)},000円", "amount"), lay), "",
         "【使用者】",
         field("氏名", P(u.name()), lay) + "（" + P(u.kana()) + "）",
         field("生年月日", dob_value(u, rng, st, suffix=False), lay),
         field("住所", postal_field(u, rng) + " " + AD(u.addr), lay),
         field("電話", phone_val(u.home, rng), lay)]
    r = rng.random()
    if r < .7:
        L.append(field("宗派", SEN(rng.choice(["浄土真宗本願寺派", "曹洞宗", "日蓮宗", "真言宗豊山派", "浄土宗", "臨済宗妙心寺派",
                                             "天台宗", "カトリック", "神道"]), "creed"), lay))
    else:
        L.append(field("宗派", "不問（" + look(rng, "sect-guide") + "）", lay))
    L += ["", "【埋葬者】",
          field("故人氏名", P(d.name()), lay) + f"　（続柄：{rng.choice(['父', '母', '祖父', '祖母', '夫', '妻'])}）",
          field("戒名", rng.choice(KAIMYO), lay),
          field("生年月日", DOB(fdate(*d.dob, st)), lay) + "　" + field("没年月日", HN(fdate(*dy, st), "ordinary-date"), "colon"),
          f"享年{HN(str(dy[0] - d.dob[0]), 'age-only')}　命日法要：{HN(f'{dy[1]}月{dy[2]}日', 'ordinary-date')}",
          "", "【備考】"]
    r = rng.random()
    if r < .45:
        L.append("使用者は" + SEN(rng.choice(SENS["creed"]), "creed") + "。" + rng.choice(["法要は自宗派の僧侶で行う予定。", "", "改宗の相談あり。"]))
    elif r < .7:
        L.append(rng.choice(SENS_FRAMES).format(x=sens(rng, ["illness", "disability", "social_status"])))
    else:
        L.append(f"{look(rng, 'temple-event')}の案内を送付。")
    return "temple", "txt", "grave-ledger-" + lay, "\n".join(L)


def g_temple_csv(rng):
    st = rng.choice(["wa", "letter_dot", "slash", "kanji", "abbr_dot", "wa_kan"])
    era_split = rng.random() < .4
    hdr1 = ["区画", "使用者", "", "", "故人", "", "", ""]
    if era_split:
        hdr = ["区画番号", "使用者氏名", "元号", "生年月日", "電話", "故人氏名", "元号", "生年月日", "没年月日", "宗派"]
    else:
        hdr = ["区画番号", "使用者氏名", "生年月日", "電話", "故人氏名", "生年月日", "没年月日", "宗派"]
    rows = []
    for _ in range(rng.randint(4, 9)):
        u = Person(rng, 1935, 1980)
        d = Person(rng, 1915, 1955, surname=u.sur)
        dy = (rng.randint(1995, 2024), rng.randint(1, 12), rng.randint(1, 28))
        sect = SEN(rng.choice(["浄土真宗", "曹洞宗", "日蓮宗", "真言宗", "浄土宗", "臨済宗", "天台宗"]), "creed") if rng.random() < .8 else ""
        if era_split:
            e1, d1 = era_col(*u.dob, rng)
            e2, d2 = era_col(*d.dob, rng)
            rows.append([HN(CONTRACT_HN[2][1](rng), "grave-plot-number"), P(u.name("full")), e1, DOB(d1), phone_val(u.home, rng),
                         P(d.name("full")), e2, DOB(d2), HN(fdate(*dy, st), "ordinary-date"), sect])
        else:
            rows.append([HN(CONTRACT_HN[2][1](rng), "grave-plot-number"), P(u.name("full")), DOB(fdate(*u.dob, st)),
                         phone_val(u.home, rng), P(d.name("full")), DOB(fdate(*d.dob, st)), HN(fdate(*dy, st), "ordinary-date"), sect])
    two = rng.random() < .35 and not era_split
    body = write_table(([hdr1] if two else []) + [hdr] + rows, ",")
    return "temple", "csv", ("csv-two-header-rows" if two else "csv-era-column" if era_split else "csv-header") + "-graves", body


# ----------------------------------------------------------------------------------------------------------
# tutoring school

def g_tutor_karte(rng):
    b = Biz(rng, "tutor")
    c = Person(rng, 2008, 2019)
    par = Person(rng, 1972, 1992, surname=c.sur)
    st = rng.choice(JA_STYLES)
    lay = ask_layout(rng)
    hon = "くん" if c.gender == "M" else "さん"
    L = [f"生徒カルテ　{b.name}", "", field("入塾日", ordinary(rng, st, 2022, 2025), lay),
         field("生徒氏名", P(c.name()), lay), field("ふりがな", P(c.name("hira")), lay),
         field("生年月日", dob_value(c, rng, st), lay),
         field("学校・学年", f"市立{rng.choice(['桜台', '緑ヶ丘', '東', '第二'])}{rng.choice(['小学校', '中学校'])} {rng.randint(1, 6)}年", lay),
         field("保護者氏名", P(par.name()) + f"（{'母' if par.gender == 'F' else '父'}）", lay),
         field("連絡先", phone_val(par.mobile, rng), lay), field("メール", EM(par.email), lay), "",
         "■ 学習状況", f"数学：{rng.choice(['計算は速いが文章題が苦手', '図形の理解に時間がかかる', '基礎は定着'])}", "■ 配慮事項"]
    r = rng.random()
    if r < .7:
        sub = pick_sub(rng, ["disability", "illness", "social_status"])
        x = SEN(rng.choice(CHILD_SENS[sub]), sub)
        L.append(rng.choice(["", "保護者より：", "入塾面談時："]) + rng.choice(SENS_FRAMES).format(x=x))
    else:
        L.append("特になし。" + rng.choice(["", f"{look(rng, 'dev-disorder-ad')}の案内を希望。"]))
    L += ["", f"担当講師：{P(b.staff[2].name())} 先生"]
    return "tutor", "txt", "pupil-karte-" + lay, "\n".join(L)


CHILD_SENS = {
    "disability": ["ADHDの診断あり", "自閉スペクトラム症と診断", "学習障害（LD）の診断あり", "療育手帳B2を所持", "吃音があり",
                   "発達障害（ASD）の診断を受けている", "知的障害（軽度）", "色覚異常（赤緑）", "聴覚障害があり筆談を希望"],
    "illness": ["喘息の持病あり", "てんかんの持病があり服薬中", "1型糖尿病でインスリン注射", "重度の花粉症（点鼻薬使用）",
                "アトピー性皮膚炎の治療中", "起立性調節障害で朝が起きられない", "食物アレルギー（卵・エビ）"],
    "social_status": ["母子家庭で児童扶養手当を受給", "就学援助を受けている", "生活保護を受給中"],
}


def g_tutor_meeting(rng):
    b = Biz(rng, "tutor")
    c = Person(rng, 2008, 2019)
    par = Person(rng, 1970, 1992, surname=c.sur)
    t = b.staff[1]
    hon = "くん" if c.gender == "M" else "さん"
    st = rng.choice(JA_STYLES)
    S = []
    S.append(f"保護者面談記録（{ordinary(rng, st, 2024, 2025)}　{rng.randint(15, 20)}:00〜）")
    S.append(f"出席：{P(par.sur[0])}様（{'お母様' if par.gender == 'F' else 'お父様'}）、担当 {P(t.name())}")
    S.append(f"対象生徒：{P(c.giv[0])}{hon}（{rng.randint(1, 6)}年）")
    S.append("")
    body = [f"{'お母様' if par.gender == 'F' else 'お父様'}より、{P(c.giv[0])}{hon}が最近" + rng.choice(
        ["宿題に取りかかるまで時間がかかる", "塾に来るのを嫌がる日がある", "集中が続かない"]) + "とのご相談。"]
    body.append(f"小学{rng.randint(1, 4)}年のときに" + SEN(rng.choice(["ADHDの診断を受けている", "発達障害（ASD）の診断を受けている",
                                                               "学習障害（LD）の診断あり", "自閉スペクトラム症と診断"]), "disability")
                + "とのことで、" + rng.choice(["座席は前方・壁側を希望。", "指示は一つずつ出してほしいとのこと。", "服薬の時間に配慮を。"]))
    if rng.random() < .5:
        body.append("また" + SEN(rng.choice(["喘息の持病あり", "重度の花粉症（点鼻薬使用）", "アトピー性皮膚炎の治療中", "てんかんの持病があり服薬中"]),
                                 "illness") + "のため、体調不良時は早めに連絡をいただく。")
    if rng.random() < .35:
        body.append("ご家庭の状況として" + SEN(rng.choice(["母子家庭で児童扶養手当を受給", "就学援助を受けている", "生活保護を受給中"]),
                                         "social_status") + "とのこと。月謝の分割について相談。")
    if rng.random() < .3:
        body.append(f"学校で{SEN('いじめ被害', 'crime_victim')}に遭っていたことがあり、現在は落ち着いている。")
    if rng.random() < .5:
        body.append(f"当塾の{look(rng, 'dev-disorder-ad')}について説明した。")
    S += body + ["", f"次回面談予定：{ordinary(rng, st, 2025, 2025)}", f"記録者：{P(t.sur[0])}"]
    return "tutor", rng.choice(["txt", "md"]), "parent-meeting-freetext", "\n".join(S)


# ----------------------------------------------------------------------------------------------------------
# travel agency

def g_travel_application(rng):
    b = Biz(rng, "travel")
    rep = Person(rng, 1945, 2000)
    comp = [Person(rng, 1945, 2018, surname=rep.sur if rng.random() < .7 else None) for _ in range(rng.randint(0, 3))]
    st = rng.choice(JA_STYLES)
    lay = ask_layout(rng)
    dep = rdate(rng, 2025, 2026)
    L = [f"旅行申込書　{b.name}", "",
         field("予約番号", HN(CONTRACT_HN[4][1](rng), "booking-ref"), lay),
         field("申込日", ordinary(rng, st, 2025, 2025), lay),
         field("ツアー名", rng.choice(["ハワイ6日間", "台北グルメ4日間", "北イタリア周遊8日間", "ソウル3日間", "バリ島5日間"]), lay),
         field("出発日", HN(fdate(*dep, st), "ordinary-date"), lay) + f"　便名：{HN(CONTRACT_HN[5][1](rng), 'flight-number')}", "",
         "■ 代表者",
         field("氏名", P(rep.name()), lay), field("ローマ字（旅券どおり）", P(rep.name("ROMAJI")), lay),
         field("生年月日", dob_value(rep, rng, st, suffix=rng.random() < .3), lay),
         field("旅券番号", ent("PASSPORT", passport(rng)), lay) + "　有効期限：" + ordinary(rng, st, 2026, 2034, "expiry-date"),
         field("住所", postal_field(rep, rng) + " " + AD(rep.addr), lay),
         field("携帯", phone_val(rep.mobile, rng), lay), field("E-mail", EM(rep.email), lay)]
    for i, c in enumerate(comp, 1):
        L += ["", f"■ 同行者{i}",
              f"氏名：{P(c.name())}　/　{P(c.name('ROMAJI'))}",
              f"生年月日：{DOB(fdate(*c.dob, st))}　旅券番号：{ent('PASSPORT', passport(rng))}"]
    L += ["", "■ 特記事項（健康状態・食事など）"]
    r = rng.random()
    if r < .7:
        who = rng.choice([rep] + comp)
        L.append(f"{P(who.giv[0] if who is not rep else who.sur[0])}{'様' if who is rep else ''}："
                 + sens(rng, ["illness", "disability", "creed"]))
    else:
        L.append("特になし")
    L += ["", f"※{look(rng, 'travel-insurance-illness')}は補償対象外となる場合があります。",
          f"旅行代金：{HN(f'{rng.randint(8, 60)}万{rng.randint(0, 9)}千円', 'amount')}", f"担当：{P(b.staff[0].name())}"]
    return "travel", "txt", "tour-application-" + lay, "\n".join(L)


def g_passport_list(rng):
    style = rng.choice(["csv", "tsv", "txt", "txt"])
    st = rng.choice(["en_dmy_upper", "en_dmy", "eu_slash", "iso", "slash", "en_dmy_dash", "compact"])
    grp = HN(CONTRACT_HN[4][1](rng), "booking-ref")
    people = [Person(rng, 1940, 2018) for _ in range(rng.randint(4, 12))]
    rows = []
    for p in people:
        rows.append([P(p.sur[2].upper()), P(p.giv[2].upper()), p.gender, DOB(fdate(*p.dob, st)), ent("PASSPORT", passport(rng)),
                     ordinary(rng, st, 2026, 2035, "expiry-date"), "JPN"])
    hdr = ["SURNAME", "GIVEN NAME", "SEX", rng.choice(["DATE OF BIRTH", "DOB", "D.O.B.", "Birthdate"]), "PASSPORT NO.",
           "DATE OF EXPIRY", "NATIONALITY"]
    if style in ("csv", "tsv"):
        sep = "," if style == "csv" else "\t"
        return "travel", style, f"{style}-passport-list-english", write_table([hdr] + rows, sep)
    L = [f"PASSENGER MANIFEST  Group {grp}  Flight {HN(CONTRACT_HN[5][1](rng), 'flight-number')}", ""]
    for i, p in enumerate(people, 1):
        r = rows[i - 1]
        if rng.random() < .5:
            L.append(f"{i:02d}. {P(p.name('ROMAJI'))}  {p.gender}  DOB {r[3]}  PPT {r[4]}  EXP {r[5]}")
        else:
            L.append(f"{i:02d} {P(p.sur[2].upper())}/{P(p.giv[2].upper())} MR" if p.gender == "M" else f"{i:02d} {P(p.sur[2].upper())}/{P(p.giv[2].upper())} MS")
            L.append(f"   Date of Birth: {r[3]} / Passport: {r[4]} (exp. {r[5]})")
    return "travel", "txt", "romaji-passport-manifest", "\n".join(L)


def g_english_mail(rng):
    b = Biz(rng, "travel" if rng.random() < .6 else rng.choice(["dental", "estate", "tutor"]))
    st = rng.choice(EN_STYLES)
    staff = b.staff[0]
    if rng.random() < .5:
        fg, fs = rng.choice(FOREIGN)
        cust_name, cust_sur = f"{fg} {fs}", fs
        cust_email = f"{fg.lower()}.{fs.lower()}@{rng.choice(['mailbox.example.org', 'inbox-mail.com', 'post.example.net'])}"
        dob = rdate(rng, 1950, 2000)
    else:
        c = Person(rng, 1950, 2000)
        cust_name, cust_sur, cust_email, dob = c.name("romaji"), c.sur[2], c.email, c.dob
    H = [f"From: \"{P(staff.name('romaji'))}\" <{EM(staff.giv[2].lower() + '@' + b.domain)}>",
         f"To: {P(cust_name)} <{EM(cust_email)}>",
         f"Subject: {rng.choice(['Your booking details', 'Re: Registration form', 'Confirmation of your appointment', 'Passport details needed'])}",
         f"Date: {rng.choice(['Mon', 'Tue', 'Wed'])}, {HN(fdate(*rdate(rng, 2025, 2025), 'en_dmy'), 'mail-date')} 10:{rng.randint(10, 59)}:00 +0900",
         "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", ""]
    B = [f"Dear {rng.choice(['Mr.', 'Ms.', ''])} {P(cust_sur)}," if rng.random() < .6 else f"Hello {P(cust_name.split()[0])},", "",
         "Thank you for your application. We have recorded the following details:", ""]
    lab = rng.choice(["Date of birth", "DOB", "D.O.B.", "Birthdate", "Date of Birth"])
    B.append(f"  Name: {P(cust_name)}")
    B.append(f"  {lab}: {DOB(fdate(*dob, st))}")
    if rng.random() < .6:
        B.append(f"  Passport No.: {ent('PASSPORT', passport(rng))} (expires {ordinary(rng, st, 2026, 2034, 'expiry-date')})")
    B.append(f"  Booking ref: {HN(CONTRACT_HN[4][1](rng), 'booking-ref')}, departure {ordinary(rng, st, 2025, 2026)}")
    if rng.random() < .3:
        B.append(f"  Mobile: {PH(fmt_phone(Person(rng).mobile, rng, rng.choice(['intl', 'intl_ns', 'intl0'])))}")
    B.append("")
    if rng.random() < .65:
        B.append(rng.choice(["According to the form, the traveller {x}; we will inform the hotel and the tour guide.",
                             "Note from our call: the applicant {x}. We have passed this on to the local office.",
                             "Remarks: guest {x} (shared with the guide with consent)."]).format(x=sens(rng, en=True)))
    else:
        B.append(f"Please note that {LA('pre-existing conditions', 'travel-insurance-illness')} are not covered by the basic travel insurance plan.")
    B += ["", "Kind regards,", P(staff.name("romaji")), b.name,
          f"Tel: {PH(fmt_phone(b.tel, rng, 'intl'))}", f"Email: {EM(b.email)}"]
    return "mail", "eml", "english-mail", "\n".join(H + B)


# ----------------------------------------------------------------------------------------------------------
# 顧客台帳 exports

def g_ledger(rng):
    variant = rng.choice(["header", "header", "no-header", "two-header", "era-column", "english", "tsv", "fixed",
                          "birthday-header"])
    st = rng.choice(["slash", "slash_nz", "compact", "letter_slash", "letter_dot", "abbr_dot", "wa", "kanji", "iso",
                     "fw_slash", "dot", "wa_kan"])
    biz = rng.choice(sorted(BIZ_KINDS))
    dlab = {"birthday-header": "誕生日", "english": "birthday"}.get(variant, rng.choice(["生年月日", "生年月日", "誕生日", "生年月日(和暦)"]))
    cols = ["顧客ID", "氏名", "フリガナ", dlab, "郵便番号", "住所", "電話番号", "メール", "登録日", "備考"]
    if variant == "english":
        cols = ["id", "name", "kana", "birthday", "zip", "address", "phone", "email", "created_at", "note"]
    rows = []
    for i in range(rng.randint(4, 11)):
        p = Person(rng, 1935, 2010)
        note = ""
        r = rng.random()
        if r < .35:
            note = sens(rng)
        elif r < .5:
            note = look(rng, rng.choice(["pet-illness", "system-failure", "parcel-to-hospital", "faq-answer"]))
        elif r < .6:
            note = HN(fdate(*rdate(rng, 2024, 2025), st), "ordinary-date") + "来店"
        if variant == "era-column":
            e, dv = era_col(*p.dob, rng)
            dcells = [e, DOB(dv)]
        else:
            dcells = [DOB(fdate(*p.dob, st))]
        pc = PC(p.postal_raw if rng.random() < .4 else p.postal_raw[:3] + "-" + p.postal_raw[3:])
        rows.append([HN(f"C{rng.randint(100000, 999999)}", "customer-id"), P(p.name()), P(p.kana())] + dcells +
                    [pc, AD(p.addr), phone_val(p.mobile if rng.random() < .6 else p.home, rng), EM(p.email) if rng.random() < .7 else "",
                     ordinary(rng, st, 2015, 2025), note])
    if variant == "era-column":
        cols = cols[:3] + ["元号", "生年月日(年/月/日)"] + cols[4:]
    title = f"顧客台帳エクスポート（{BIZ_KINDS[biz][1][0]}）"
    if variant == "fixed":
        widths = [9, 10, 14, 14, 10, 36, 16, 30, 14, 0]
        out = [title, "".join(c.ljust(w) if w else c for c, w in zip(cols, widths))]
        for r in rows:
            out.append("".join((c + " " * max(1, w - len(plain(c)))) if w else c for c, w in zip(r, widths)).rstrip())
        return "ledger", "txt", "fixed-width-ledger", "\n".join(out) + "\n"
    sep = "\t" if variant == "tsv" else ","
    ext = "tsv" if variant == "tsv" else "csv"
    if variant == "no-header":
        return "ledger", ext, "csv-no-header-ledger", write_table(rows, sep)
    if variant == "two-header":
        top = ["基本情報", "", "", "", "連絡先", "", "", "", "管理", ""]
        return "ledger", ext, "csv-two-header-rows-ledger", write_table([top, cols] + rows, sep)
    return "ledger", ext, f"{ext}-{variant}-ledger", write_table([cols] + rows, sep, quote_all=rng.random() < .25)


def g_reverse_table(rng):
    """tables whose date columns are not birth dates"""
    st = rng.choice(["slash", "iso", "kanji", "letter_dot", "wa", "compact", "abbr_dot"])
    kind = rng.choice(["visits", "deliveries", "lessons", "memorials", "tours"])
    if kind == "visits":
        hdr = ["来院日", "患者名", "次回予約日", "処置", "請求額"]
        mk = lambda p: [ordinary(rng, st, 2025, 2025), P(p.name()), ordinary(rng, st, 2025, 2025),
                        rng.choice(["定期検診", "CR充填", "スケーリング"]), HN(f"{rng.randint(1, 9)},{rng.randint(100, 999)}", "amount")]
    elif kind == "deliveries":
        hdr = ["発送日", "宛名", "追跡番号", "到着予定日", "品目"]
        mk = lambda p: [ordinary(rng, st, 2025, 2025), P(p.name()) + "様", HN(digits(rng, 12), "tracking-number"),
                        ordinary(rng, st, 2025, 2025), rng.choice(["契約書類", "鍵", "請求書", "パンフレット"])]
    elif kind == "lessons":
        hdr = ["教習日", "教習生", "時限", "指導員", "次回"]
        mk = lambda p: [ordinary(rng, st, 2025, 2025), P(p.name()), f"{rng.randint(1, 9)}限", P(rng.choice(SURNAMES)[0]),
                        ordinary(rng, st, 2025, 2025)]
    elif kind == "memorials":
        hdr = ["命日", "施主", "法要", "予定日", "区画"]
        mk = lambda p: [ordinary(rng, st, 1995, 2024), P(p.name()), rng.choice(["一周忌", "三回忌", "七回忌", "十三回忌"]),
                        ordinary(rng, st, 2025, 2026), HN(CONTRACT_HN[2][1](rng), "grave-plot-number")]
    else:
        hdr = ["出発日", "帰着日", "代表者", "予約番号", "人数"]
        mk = lambda p: [ordinary(rng, st, 2025, 2026), ordinary(rng, st, 2025, 2026), P(p.name()),
                        HN(CONTRACT_HN[4][1](rng), "booking-ref"), f"{rng.randint(1, 6)}名"]
    rows = [hdr] + [mk(Person(rng)) for _ in range(rng.randint(5, 12))]
    sep = rng.choice([",", "\t"])
    return "ledger", "csv" if sep == "," else "tsv", f"dates-not-birth-{kind}", write_table(rows, sep)


# ----------------------------------------------------------------------------------------------------------
# chats, voicemail, mail

def chat_label(rng, style, who, hh, mm):
    if style == "bracket":
        return f"[{hh:02d}:{mm:02d}] {who}: "
    if style == "after":
        return f"{who} {hh:02d}:{mm:02d}\n"
    if style == "slack":
        return f"{who}  {(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}\n"
    if style == "paren":
        return f"{who}（{hh}:{mm:02d}）："
    return f"{hh:02d}:{mm:02d}\t{who}\t"


def g_chat(rng):
    kind = rng.choice(sorted(BIZ_KINDS))
    b = Biz(rng, kind)
    style = rng.choice(["bracket", "after", "slack", "paren", "line-export"])
    members = b.staff[:3]
    names = [P(rng.choice([m.sur[0], m.sur[0], m.name("full"), m.name("full_sp")])) for m in members]
    hh, mm = rng.randint(8, 17), rng.randint(0, 50)
    head = rng.choice([f"#{kind}-受付 チャンネル", f"LINE WORKS トーク：{b.name_plain.replace('さくら', 'さくら')}スタッフ",
                       f"[LINE] {rng.choice(['受付', 'スタッフ', '事務'])}グループ のトーク履歴", "チャット履歴（エクスポート）"])
    if "{" in head:
        head = "チャット履歴"
    L = [head, f"保存日時：{ordinary(rng, 'slash', 2025, 2025)}", ""]
    cust = [Person(rng, 1940, 2010) for _ in range(3)]
    msgs = []
    c0 = cust[0]
    msgs.append(f"{P(c0.sur[0])}様から電話、予約を{rng.choice(['来週火曜', '明日の午後', '月末'])}に変更希望です")
    msgs.append(f"折り返し先 {phone_val(c0.mobile, rng, labelled=False) if rng.random() < .8 else PH(kanji_phone(c0.mobile))} とのこと")
    if rng.random() < .6:
        msgs.append(f"了解、{P(members[rng.randint(0, 2)].sur[0])}さん対応お願いします🙏")
    r = rng.random()
    if r < .5:
        msgs.append(f"あと{P(cust[1].name('full'))}さん、" + rng.choice(SENS_FRAMES[:4]).format(x=sens(rng, ["illness", "disability", "creed"])))
    elif r < .75:
        msgs.append(f"{look(rng, 'system-failure')}、{rng.choice(['午前中', 'さっきまで'])}つながりませんでした")
    else:
        msgs.append(f"{look(rng, rng.choice(['health-check-schedule', 'seasonal-health-tip', 'pet-illness']))}の件、共有です")
    if rng.random() < .5:
        msgs.append(f"@{P(members[0].sur[0])} {P(cust[2].sur[0])}様の書類、{rng.choice(['郵送済み', 'FAXしました', 'メールで送りました'])}")
    if rng.random() < .3:
        msgs.append(f"{P(cust[2].sur[0])}様の生年月日、{DOB(fdate(*cust[2].dob, rng.choice(['letter_dot', 'slash_nz', 'wa', 'abbr_dot'])))}で合ってますか？")
    if rng.random() < .3:
        msgs.append(f"メールは {EM(cust[1].email)} 宛でOKです")
    for m in msgs:
        i = rng.randint(0, 2)
        mm += rng.randint(1, 7)
        if mm >= 60:
            hh, mm = hh + 1, mm - 60
        L.append(chat_label(rng, style, names[i], hh, mm) + m)
        if style in ("after", "slack"):
            L.append("")
    return "chat", "txt", "chat-" + style, "\n".join(L)


def g_voicemail(rng):
    kind = rng.choice(sorted(BIZ_KINDS))
    b = Biz(rng, kind)
    c = Person(rng, 1940, 2005)
    rec = b.staff[0]
    st = rng.choice(["slash_nz", "kanji", "letter_dot"])
    L = [rng.choice(["【電話メモ】", "＜留守電文字起こし＞", "電話メモ（自動文字起こし）", "■伝言メモ"]),
         f"受信：{ordinary(rng, st, 2025, 2025)} {rng.randint(9, 18)}:{rng.randint(0, 59):02d}",
         f"受けた人：{P(rec.sur[0])}", f"相手：{P(c.kana() if rng.random() < .4 else c.name())} 様", ""]
    said = [f"「あ、もしもし、{P(c.sur[0])}と申しますー。えっと、{rng.choice(['先日の件で', '予約のことで', '契約のことで', '見積もりの件で'])}お電話しました。"]
    if rng.random() < .5:
        said.append(rng.choice(["実は", "あの、言ってなかったんですけど、", "念のためお伝えしておくと、"])
                    + sens(rng, ["illness", "disability", "crime_victim", "social_status"]) + "なので、")
    ph = c.mobile
    r = rng.random()
    if r < .6:
        said.append(f"折り返し、{PH(fmt_phone(ph, rng, rng.choice(['hy', 'sp', 'plain'])))}までお願いします。")
    elif r < .8:
        said.append(f"電話番号は、{PH(kanji_phone(ph))}です。")
    else:
        said.append(f"番号は{PH(' '.join(ph))}、です。")
    said.append("よろしくお願いしますー」")
    L.append("".join(said))
    L += ["", f"→ {P(rng.choice(b.staff[1:]).sur[0])}さんへ引き継ぎ" + rng.choice(["", "。至急。", "（午後対応）"]),
          rng.choice(["※録音は7日間保存後に自動削除", "※文字起こしは自動処理のため誤変換あり", "対応状況：未対応 → 対応済みに変更してください"])]
    return "voicemail", "txt", "voicemail-transcript", "\n".join(L)


def g_ja_mail(rng):
    kind = rng.choice(sorted(BIZ_KINDS))
    b = Biz(rng, kind)
    c = Person(rng, 1945, 2005)
    s = b.staff[0]
    sj = rng.random() < .35
    st = rng.choice(JA_STYLES)
    H = [f"From: {P(s.name('full_sp'))} <{EM(s.giv[2].lower() + '.' + s.sur[2].lower() + '@' + b.domain)}>",
         f"To: {EM(c.email)}", f"Subject: {rng.choice(['ご契約内容の確認', 'ご予約の確認', 'お申込みありがとうございます', '書類ご提出のお願い'])}",
         f"Date: {HN(fdate(*rdate(rng, 2025, 2025), 'en_dmy'), 'mail-date')} 09:{rng.randint(10, 59)}:00 +0900", "MIME-Version: 1.0",
         f"Content-Type: text/plain; charset={'shift_jis' if sj else 'utf-8'}", "Content-Transfer-Encoding: 8bit", ""]
    B = [f"{P(c.name())} 様", "", f"いつもお世話になっております。{b.name}の{P(s.sur[0])}です。",
         "お申込み内容を下記のとおり確認いたしました。", "", "――――――――――――"]
    B.append(f"お名前　　：{P(c.name())}（{P(c.kana())}）")
    B.append(f"生年月日　：{dob_value(c, rng, st)}")
    B.append(f"ご連絡先　：{phone_val(c.mobile, rng)}")
    B.append(f"受付日　　：{ordinary(rng, st, 2025, 2025)}")
    if rng.random() < .5:
        B.append(f"ご住所　　：{postal_field(c, rng)} {AD(c.addr)}")
    B.append("――――――――――――")
    if rng.random() < .5:
        B += ["", "なお、お電話で伺った" + sens(rng) + "の件につきましては、担当者間で共有いたします。"]
    else:
        B += ["", f"※{look(rng, rng.choice(['policy-category', 'system-failure', 'fraud-warning']))}の取扱いについては当社規程に従います。"]
    B += ["", "--", b.footer(rng), f"担当：{P(s.name())}"]
    return "mail", "eml", "japanese-mail" + ("-sjis" if sj else ""), "\n".join(H + B), ("shift_jis" if sj else "utf-8")


# ----------------------------------------------------------------------------------------------------------
# reports, minutes, staff forms

def g_incident(rng):
    kind = rng.choice(sorted(BIZ_KINDS))
    b = Biz(rng, kind)
    st = rng.choice(JA_STYLES)
    rep = b.staff[1]
    c = Person(rng, 1940, 2005)
    sub = rng.choice(["leak", "complaint", "accident", "theft"])
    L = [f"{'事故' if sub in ('leak', 'accident', 'theft') else '苦情'}報告書", "",
         f"報告日：{ordinary(rng, st, 2025, 2025)}", f"報告者：{P(rep.name())}（{b.name}）",
         f"発生日時：{ordinary(rng, st, 2024, 2025)} {rng.randint(9, 19)}時{rng.choice(['頃', '30分頃', ''])}", ""]
    if sub == "leak":
        L += ["■ 概要", f"顧客名簿（紙）{rng.randint(2, 40)}名分を紛失。{look(rng, 'policy-category')}を含む可能性がある。",
              "漏えいした可能性のある項目：氏名、住所、電話番号、生年月日" + rng.choice(["", "、保険証の記号・番号", "、免許証番号"]),
              f"発見日：{ordinary(rng, st, 2025, 2025)}", "",
              "■ 対応", f"対象者へ{ordinary(rng, st, 2025, 2025)}までに個別連絡。{look(rng, 'system-failure')}との関連はなし。"]
    elif sub == "complaint":
        L += ["■ 申出人", f"{P(c.name())} 様（{phone_val(c.mobile, rng)}）", "", "■ 内容",
              f"待合室での会話が聞こえ、" + sens(rng, ["illness", "disability"]) + "であることを他の客に知られたとのお申し出。",
              "■ 対応", "受付カウンターに仕切りを設置。職員に周知。"]
    elif sub == "accident":
        L += ["■ 当事者", f"教習生 {P(c.name())}（{HN(CONTRACT_HN[3][1](rng), 'student-number')}）", "", "■ 状況",
              f"場内コースで{look(rng, 'obstacle')}に接触。けがなし。", f"本人は{SEN(rng.choice(['てんかんの持病があり服薬中', '不整脈で服薬中', '糖尿病（インスリン使用）']), 'illness')}で、"
              "当日の服薬は済んでいたとのこと。", "■ 再発防止", "見極め前に体調確認を徹底。"]
    else:
        L += ["■ 被害者", f"{P(c.name())} 様（{c.gender == 'F' and '女性' or '男性'}）", "", "■ 状況",
              f"{rng.choice(['駐車場で', '旅行中のホテルで', '墓参中に'])}" + SEN(rng.choice(["車上荒らしの被害に遭われた", "置き引きの被害に遭われた",
                                                                                   "ひったくり被害に遭われた"]), "crime_victim") + "。",
              f"{HN(rng.choice(['中央', '北', '南']) + '警察署', 'police-station')}に被害届提出済み（受理番号 {HN(str(rng.randint(100, 999)) + '-' + str(rng.randint(1000, 9999)), 'case-number')}）。"]
    L += ["", f"確認者：{P(b.owner.name())}"]
    return "report", "txt", "incident-" + sub, "\n".join(L)


def g_minutes(rng):
    kind = rng.choice(sorted(BIZ_KINDS))
    b = Biz(rng, kind)
    st = rng.choice(JA_STYLES)
    att = rng.sample(b.staff + [b.owner], 4)
    L = [f"# 議事録　{b.name} 月例ミーティング", "", f"- 日時：{ordinary(rng, st, 2025, 2025)} 17:00〜18:00",
         "- 出席：" + "、".join(P(a.sur[0] if rng.random() < .6 else a.name()) for a in att),
         f"- 書記：{P(att[0].sur[0])}", "", "## 議題"]
    items = [f"1. {look(rng, 'health-check-schedule')}について：{ordinary(rng, st, 2025, 2025)}に実施予定",
             f"2. {look(rng, 'system-failure')}の再発防止（ベンダーへ確認）",
             f"3. {look(rng, rng.choice(['seminar-announcement', 'accessible-facility', 'first-aid-training', 'temple-event']))}の準備",
             f"4. 統計：{look(rng, 'aggregate-statistics')}", f"5. 価格改定：{HN(f'{rng.randint(1, 9)},{rng.randint(100, 999)}円', 'amount')}から"]
    L += rng.sample(items, rng.randint(3, 5))
    L += ["", "## 決定事項", f"- 次回：{ordinary(rng, st, 2025, 2025)}", f"- 担当：{P(att[1].sur[0])}、{P(att[2].sur[0])}"]
    return "minutes", "md", "minutes", "\n".join(L)


def g_staff_form(rng):
    """扶養控除等申告書-like staff records: My Number in groups, pension number, bank account, residence card"""
    kind = rng.choice(sorted(BIZ_KINDS))
    b = Biz(rng, kind)
    p = Person(rng, 1960, 2004)
    st = rng.choice(JA_STYLES)
    lay = ask_layout(rng)
    mn = mynumber(rng)
    mnl = rng.choice(["個人番号", "マイナンバー", "個人番号（マイナンバー）", "My Number", "個人番号(12桁)"])
    mnv = rng.choice([group4(mn), group4(mn, "-"), mn, fw(group4(mn))])
    L = [f"従業員情報登録票　{b.name}", "", field("入社日", ordinary(rng, st, 2015, 2025), lay),
         field("社員番号", HN(f"E{rng.randint(1000, 9999)}", "staff-number"), lay),
         field("氏名", P(p.name()), lay), field("フリガナ", P(p.kana()), lay),
         field("生年月日", dob_value(p, rng, st), lay), field("住所", postal_field(p, rng) + " " + AD(p.addr), lay),
         field("電話", phone_val(p.mobile, rng), lay), field(mnl, ent("MY_NUMBER", mnv), lay),
         field("基礎年金番号", ent("PENSION_NUMBER", f"{digits(rng, 4)}-{digits(rng, 6)}"), lay),
         field("給与振込口座", f"{rng.choice(['みらい銀行', '中央信用金庫', 'さくら銀行'])} {rng.choice(['本店', '駅前支店'])} 普通 {ent('BANK_ACCOUNT', digits(rng, 7))}", lay)]
    if rng.random() < .25:
        L.append(field("在留カード番号", ent("RESIDENCE_CARD", residence_card(rng)), lay))
    if rng.random() < .5:
        f = Person(rng, 1960, 2020, surname=p.sur)
        L += ["", "〔扶養親族〕", f"{P(f.name())}　{DOB(fdate(*f.dob, st))}　個人番号 {ent('MY_NUMBER', group4(mynumber(rng)))}"]
    if rng.random() < .3:
        L.append("障害者控除：" + SEN(rng.choice(["身体障害者手帳2級", "精神障害者保健福祉手帳3級", "療育手帳B2を所持"]), "disability"))
    L += ["", f"※受付番号 {HN(mynumber(rng, valid=False), 'mynumber-bad-check')}（問合せ時にお伝えください）",
          f"※法人番号 {ent('CORPORATE_NUMBER', corp_number(rng))}" if rng.random() < .5 else
          f"※管理コード {HN(corp_number(rng, valid=False), 'corporate-bad-check')}"]
    return "staff", "txt", "staff-form-" + lay, "\n".join(L)


# ----------------------------------------------------------------------------------------------------------
# clean documents: no personal data at all; look-alikes and hard negatives

CLEAN_TOPICS = {
    "temple-notice": (["お盆法要のご案内", "春季彼岸会のお知らせ", "秋のお彼岸 合同供養のご案内", "施餓鬼法要のお知らせ"],
                      ["temple-event", "temple-event", "sect-guide", "seasonal-health-tip", "fraud-warning"]),
    "cemetery-guide": (["霊園のご案内", "墓所使用規則（抜粋）", "永代供養墓のご案内"],
                       ["sect-guide", "faq-answer", "glossary-term", "accessible-facility", "temple-event"]),
    "driving-rules": (["適性検査の基準について", "入所の条件と持ち物", "技能教習のポイント"],
                      ["vision-requirement", "hearing-test-info", "obstacle", "first-aid-training", "vision-requirement"]),
    "estate-notice": (["お部屋探しのポイント", "今月のおすすめ物件", "重要事項説明の補足", "火災保険加入のお願い"],
                      ["barrier-free-property", "stigmatized-property", "insurance-product", "pet-illness", "accessible-facility"]),
    "dental-poster": (["院内掲示：料金表", "歯周病についてのよくある質問", "当院取扱い商品のご案内", "市民公開講座のお知らせ"],
                      ["price-list-treatment", "dental-product", "seminar-announcement", "aggregate-statistics", "faq-answer"]),
    "tutor-ad": (["春期講習 生徒募集", "個別指導のご案内", "保護者向け説明会"],
                 ["dev-disorder-ad", "lesson-content", "quiz", "dev-disorder-ad", "aggregate-statistics"]),
    "travel-brochure": (["海外旅行保険のご案内", "ご旅行前のチェックリスト", "ツアー参加条件"],
                        ["travel-insurance-illness", "insurance-product", "accessible-facility", "seasonal-health-tip"]),
    "statistics": (["利用状況の集計（年次）", "アンケート結果のまとめ", "地域の統計メモ"],
                   ["aggregate-statistics", "aggregate-statistics", "crime-news-digest"]),
    "news-digest": (["今週のニュースダイジェスト", "地域の防犯情報", "業界ニュースまとめ"],
                    ["crime-news-digest", "fraud-warning", "weather-disaster", "crime-news-digest"]),
    "template": (["問診票（記入例・様式）", "入居申込書（様式）", "旅行申込書 テンプレート", "墓地使用申請書（様式）"],
                 ["template-placeholder", "template-placeholder", "policy-category"]),
    "quiz": (["確認テスト（学科）", "理科・社会 小テスト", "スタッフ研修 クイズ"], ["quiz", "lesson-content", "quiz", "first-aid-training"]),
    "glossary": (["用語集", "業界用語ミニ辞典", "よく使う言葉の説明"], ["glossary-term", "glossary-term", "lesson-content"]),
    "faq": (["よくあるご質問", "FAQ（お客様向け）"], ["faq-answer", "faq-answer", "accessible-facility", "barrier-free-property"]),
    "privacy-policy": (["個人情報の取扱いについて", "プライバシーポリシー"], ["policy-category", "policy-category", "system-failure"]),
    "maintenance": (["システムメンテナンスのお知らせ", "障害発生のお詫び", "臨時休業のお知らせ"], ["system-failure", "weather-disaster", "system-failure"]),
}
FRAMES = ["・{x}について", "{x}のご案内です。", "◆{x}", "{x}（詳細は窓口まで）", "Q. {x}", "{x}をご確認ください。", "- {x}"]


def clean_numbers(rng):
    opts = [
        lambda: f"請求書番号：{HN(CONTRACT_HN[6][1](rng), 'invoice-number')}",
        lambda: f"お客様番号 {HN(group4(card(rng, valid=False)), 'luhn-fail-16')}（カード番号ではありません）",
        lambda: f"会員ID：{HN(card(rng, valid=False), 'luhn-fail-16')}",
        lambda: f"商品コード（JAN）{HN('49' + digits(rng, 11), 'jan-code')}",
        lambda: f"受付番号 {HN(mynumber(rng, valid=False), 'mynumber-bad-check')}",
        lambda: f"お問い合わせ番号：{HN(group4(mynumber(rng, valid=False)), 'mynumber-bad-check')}",
        lambda: f"保険料：月額 {HN(f'{rng.randint(1, 9)},{rng.randint(100, 999)}円', 'insurance-premium')}",
        lambda: f"証券番号 {HN(f'FK-{rng.randint(10000000, 99999999)}', 'policy-number')}",
        lambda: f"火災保険の契約番号：{HN(f'{rng.randint(1000, 9999)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}', 'fire-insurance-contract')}",
        lambda: f"物件番号 {HN(CONTRACT_HN[1][1](rng), 'property-number')}",
        lambda: f"区画 {HN(CONTRACT_HN[2][1](rng), 'grave-plot-number')}（空き区画）",
        lambda: f"便名 {HN(CONTRACT_HN[5][1](rng), 'flight-number')}",
        lambda: f"バージョン {HN(f'{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}', 'version-number')}",
        lambda: f"実施日：{HN(fdate(*rdate(rng, 2025, 2026), rng.choice(JA_STYLES)), 'ordinary-date')}",
        lambda: f"受付開始 {HN(fdate(*rdate(rng, 2025, 2026), rng.choice(JA_STYLES)), 'ordinary-date')}",
        lambda: f"料金 {HN(f'{rng.randint(1, 99)},{rng.randint(100, 999)}円（税込）', 'amount')}",
        lambda: f"会議室 {HN(f'{rng.randint(2, 9)}0{rng.randint(1, 9)}', 'room-number')}",
        lambda: f"管理番号 {HN(corp_number(rng, valid=False), 'corporate-bad-check')}",
    ]
    return rng.choice(opts)()


def g_clean(rng):
    topic = rng.choice(sorted(CLEAN_TOPICS))
    titles, kinds = CLEAN_TOPICS[topic]
    b = Biz(rng, rng.choice(sorted(BIZ_KINDS)))
    md = rng.random() < .4
    L = [("# " if md else "") + rng.choice(titles), ""]
    if rng.random() < .5:
        L.append(b.name_plain if b.name == b.name_plain else b.name)
        L.append("")
    L.append(rng.choice(["いつもご利用いただきありがとうございます。", "本書は一般的なご案内です。個別のご相談は予約のうえお越しください。",
                         "以下のとおりお知らせいたします。", "皆さまのご理解とご協力をお願い申し上げます。"]))
    for _ in range(rng.randint(5, 9)):
        L.append(rng.choice(FRAMES).format(x=look(rng, rng.choice(kinds))))
        if rng.random() < .5:
            L.append(clean_numbers(rng))
    L += ["", rng.choice(["ご不明な点は窓口までお尋ねください。", "以上", "※内容は予告なく変更する場合があります。", "（掲示期間：今月末まで）"])]
    return "clean", "md" if md else "txt", "clean-" + topic, "\n".join(L)


# ----------------------------------------------------------------------------------------------------------
# a few more record shapes: résumé-like staff application, heading-introduced lists, pension/insurance notes

def g_heading_list(rng):
    """records `name / date / …` under a heading that names 生年月日, next to a list with ordinary dates"""
    st = rng.choice(JA_STYLES)
    b = Biz(rng, rng.choice(sorted(BIZ_KINDS)))
    L = [f"{b.name}　{rng.choice(['会員更新リスト', '誕生月のお客様', '同行者一覧', '保証人一覧'])}", ""]
    L.append(rng.choice(["■ 氏名 / 生年月日 / 電話", "【お名前・生年月日・連絡先】", "以下、生年月日順（氏名　生年月日　電話番号）"]))
    for _ in range(rng.randint(3, 7)):
        p = Person(rng, 1940, 2010)
        sep = rng.choice([" / ", "　", "、", " | "])
        L.append(sep.join([P(p.name()), DOB(fdate(*p.dob, st)), phone_val(p.mobile, rng)]))
    L += ["", rng.choice(["■ 氏名 / 更新日 / 電話", "【お名前・ご来店日・連絡先】", "以下、契約日順（氏名　契約日　電話番号）"])]
    for _ in range(rng.randint(2, 5)):
        p = Person(rng, 1940, 2010)
        sep = rng.choice([" / ", "　", "、"])
        L.append(sep.join([P(p.name()), ordinary(rng, st, 2020, 2025), phone_val(p.home, rng)]))
    return "lists", "txt", "heading-introduced-records", "\n".join(L)


def g_resume(rng):
    p = Person(rng, 1965, 2004)
    st = rng.choice(JA_STYLES)
    b = Biz(rng, rng.choice(sorted(BIZ_KINDS)))
    L = ["履 歴 書", f"{ordinary(rng, st, 2025, 2025)} 現在", "",
         f"ふりがな　{P(p.name('hira'))}", f"氏　　名　{P(p.name())}",
         f"{dob_value(p, rng, st)}" + rng.choice(["", "　（満" + HN(str(age_of(p.dob)) + "歳", "age-only") + "）"]),
         f"現住所　{postal_field(p, rng)}　{AD(p.addr)}", f"電話　{phone_val(p.mobile, rng)}　E-mail {EM(p.email)}", "",
         "学歴・職歴"]
    y = p.dob[0] + 18
    for item in ["高等学校 卒業", "専門学校 入学", "専門学校 卒業", "株式会社" + rng.choice(["マルイチ", "北辰", "ミナト"]) + " 入社"]:
        L.append(f"{HN(fdate(y, rng.choice([3, 4]), 1, st) if rng.random() < .5 else f'{y}年{rng.choice([3, 4])}月', 'history-date')}　{item}")
        y += rng.randint(1, 3)
    L += ["", "資格", f"{HN(f'{y}年{rng.randint(1, 12)}月', 'history-date')}　普通自動車第一種運転免許 取得"]
    if rng.random() < .35:
        L += ["", "本人希望記入欄", "通院のため月1回平日休みを希望（" + sens(rng, ["illness", "disability"]) + "）"]
    L += ["", f"応募先：{b.name}"]
    return "resume", "txt", "resume", "\n".join(L)


# ----------------------------------------------------------------------------------------------------------
# driver

PLAN = [
    (g_dental_monshin, 90), (g_dental_karte, 60), (g_estate_application, 80), (g_estate_csv, 40),
    (g_driving_genbo, 80), (g_driving_export, 40), (g_temple_ledger, 70), (g_temple_csv, 35),
    (g_tutor_karte, 60), (g_tutor_meeting, 60), (g_travel_application, 60), (g_passport_list, 40),
    (g_english_mail, 50), (g_ledger, 110), (g_reverse_table, 40), (g_chat, 100), (g_voicemail, 70),
    (g_ja_mail, 60), (g_incident, 50), (g_minutes, 40), (g_staff_form, 50), (g_heading_list, 30),
    (g_resume, 30), (g_clean, 220),
]


def choose_encoding(rng, ext, forced):
    if forced:
        return forced
    x = rng.random()
    if ext in ("csv", "tsv"):
        return "cp932" if x < .4 else "utf-8-sig" if x < .7 else "utf-8"
    if ext == "txt":
        return "utf-8" if x < .7 else "cp932" if x < .9 else "utf-8-sig"
    return "utf-8"


def roundtrip(text, enc):
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        return None
    if data.decode(enc) != text:
        return None
    return data


def build(seed):
    master = random.Random(seed)
    jobs = []
    for fn, n in PLAN:
        jobs += [fn] * n
    master.shuffle(jobs)
    docs, truth = {}, {}
    for i, fn in enumerate(jobs, 1):
        rng = random.Random(seed * 1000003 + i)
        res = fn(rng)
        folder, ext, shape, marked = res[:4]
        forced = res[4] if len(res) > 4 else None
        crlf = rng.random() < (0.6 if ext in ("csv", "tsv") else 0.3 if ext in ("txt", "eml") else 0.0)
        if crlf:
            marked = marked.replace("\n", "\r\n")
        text, ents, las, hns = parse(marked)
        enc = choose_encoding(rng, ext, forced)
        data = roundtrip(text, enc)
        if data is None:
            if ext == "eml" and enc == "shift_jis":
                text = text.replace("charset=shift_jis", "charset=utf-8")
                marked = marked.replace("charset=shift_jis", "charset=utf-8")
                text, ents, las, hns = parse(marked)
                shape = shape.replace("-sjis", "")
            enc = "utf-8"
            data = text.encode(enc)
        if enc == "utf-8-sig":
            data = text.encode("utf-8-sig")
        rel = f"{folder}/{folder}_{i:04d}.{ext}"
        docs[rel] = data
        truth[rel] = {"encoding": enc, "shape": shape + ("-crlf" if crlf else ""), "entities": ents,
                      "lookalikes": las, "hard_negatives": hns}
    return docs, truth


def self_check(out, truth):
    problems = 0
    stats = {"docs": 0, "clean": 0, "ent": {}, "sens_sub": {}, "la": {}, "hn": {}, "enc": {}, "minlen": 10 ** 9, "maxlen": 0}
    for rel, t in truth.items():
        raw = open(os.path.join(out, "docs", rel), "rb").read()
        enc = t["encoding"]
        if enc == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
            problems += 1
        text = raw.decode(enc)
        stats["docs"] += 1
        stats["enc"][enc] = stats["enc"].get(enc, 0) + 1
        stats["minlen"] = min(stats["minlen"], len(text))
        stats["maxlen"] = max(stats["maxlen"], len(text))
        spans = []
        for e in t["entities"]:
            if text[e["start"]:e["end"]] != e["text"] or not e["text"] or "\n" in e["text"] or "\r" in e["text"]:
                problems += 1
                print("BAD", rel, e, file=sys.stderr)
            stats["ent"][e["type"]] = stats["ent"].get(e["type"], 0) + 1
            if e["type"] == "SENSITIVE":
                stats["sens_sub"][e["subtype"]] = stats["sens_sub"].get(e["subtype"], 0) + 1
            spans.append((e["start"], e["end"]))
        for key, bucket in (("lookalikes", "la"), ("hard_negatives", "hn")):
            for x in t[key]:
                if "text" in x and text[x["start"]:x["end"]] != x["text"]:
                    problems += 1
                    print("BAD", rel, x, file=sys.stderr)
                stats[bucket][x["kind"]] = stats[bucket].get(x["kind"], 0) + 1
                spans.append((x["start"], x["end"]))
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                problems += 1
                print("OVERLAP", rel, a, b, file=sys.stderr)
        if not t["entities"]:
            stats["clean"] += 1
    return problems, stats


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=55)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    docs, truth = build(a.seed)
    for rel, data in docs.items():
        path = os.path.join(a.out, "docs", rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    with open(os.path.join(a.out, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({"seed": a.seed, "documents": truth}, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    problems, st = self_check(a.out, truth)
    if not a.quiet:
        print(json.dumps(st, ensure_ascii=False, indent=1, sort_keys=True), file=sys.stderr)
        print(f"documents={st['docs']} clean={st['clean']} entities={sum(st['ent'].values())} "
              f"lookalikes={sum(st['la'].values())} ({len(st['la'])} kinds) "
              f"hard_negatives={sum(st['hn'].values())} ({len(st['hn'])} kinds) problems={problems}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
