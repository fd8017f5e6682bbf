#!/usr/bin/env python3
"""Blind people-count / column-type generator, set dev7: a 介護 operator.

社会福祉法人みどり会: 特別養護老人ホームさくらの里, デイサービスひだまり, デイサービスこもれび,
居宅介護支援事業所みどり and a 配食サービス for elderly people living at home.

    python generate.py --out DIR [--seed 8] [--db-url URL ...]

writes DIR/drive/, DIR/db.sqlite (and the same tables in every --db-url), DIR/truth.json and
DIR/appearances.jsonl (every appearance of a person, with its person id and the strong keys it shows).
The truth is recounted from the appearances with the contract's identity rule before anything is written;
a mismatch aborts the run.

Standard library + sqlalchemy + openpyxl + python-docx only.  See README.md for the traps and decisions.
"""
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
from email.header import Header

# ----------------------------------------------------------------------------------------------------------
# name / place pools
# ----------------------------------------------------------------------------------------------------------
SURNAMES = """佐藤 サトウ Sato|鈴木 スズキ Suzuki|高橋 タカハシ Takahashi|田中 タナカ Tanaka|伊藤 イトウ Ito|渡辺 ワタナベ Watanabe|
山本 ヤマモト Yamamoto|中村 ナカムラ Nakamura|小林 コバヤシ Kobayashi|加藤 カトウ Kato|吉田 ヨシダ Yoshida|山田 ヤマダ Yamada|
佐々木 ササキ Sasaki|山口 ヤマグチ Yamaguchi|松本 マツモト Matsumoto|井上 イノウエ Inoue|木村 キムラ Kimura|林 ハヤシ Hayashi|
斎藤 サイトウ Saito|清水 シミズ Shimizu|山崎 ヤマザキ Yamazaki|森 モリ Mori|池田 イケダ Ikeda|橋本 ハシモト Hashimoto|
阿部 アベ Abe|石川 イシカワ Ishikawa|山下 ヤマシタ Yamashita|中島 ナカジマ Nakajima|石井 イシイ Ishii|小川 オガワ Ogawa|
前田 マエダ Maeda|岡田 オカダ Okada|長谷川 ハセガワ Hasegawa|藤田 フジタ Fujita|後藤 ゴトウ Goto|近藤 コンドウ Kondo|
村上 ムラカミ Murakami|遠藤 エンドウ Endo|青木 アオキ Aoki|坂本 サカモト Sakamoto|斉藤 サイトウ Saito|福田 フクダ Fukuda|
太田 オオタ Ota|西村 ニシムラ Nishimura|藤井 フジイ Fujii|金子 カネコ Kaneko|岡本 オカモト Okamoto|藤原 フジワラ Fujiwara|
中野 ナカノ Nakano|三浦 ミウラ Miura|原田 ハラダ Harada|中川 ナカガワ Nakagawa|松田 マツダ Matsuda|竹内 タケウチ Takeuchi|
小野 オノ Ono|田村 タムラ Tamura|中山 ナカヤマ Nakayama|和田 ワダ Wada|石田 イシダ Ishida|森田 モリタ Morita|
上田 ウエダ Ueda|原 ハラ Hara|柴田 シバタ Shibata|酒井 サカイ Sakai|工藤 クドウ Kudo|横山 ヨコヤマ Yokoyama|
宮崎 ミヤザキ Miyazaki|宮本 ミヤモト Miyamoto|内田 ウチダ Uchida|高木 タカギ Takagi|安藤 アンドウ Ando|島田 シマダ Shimada|
谷口 タニグチ Taniguchi|大野 オオノ Ono|丸山 マルヤマ Maruyama|今井 イマイ Imai|河野 コウノ Kono|藤本 フジモト Fujimoto|
小山 コヤマ Koyama|久保 クボ Kubo|野口 ノグチ Noguchi|松井 マツイ Matsui|千葉 チバ Chiba|岩崎 イワサキ Iwasaki|
桜井 サクライ Sakurai|木下 キノシタ Kinoshita|野村 ノムラ Nomura|菊地 キクチ Kikuchi|大塚 オオツカ Otsuka|平野 ヒラノ Hirano"""
OLD_M = "正雄 マサオ Masao|清 キヨシ Kiyoshi|茂 シゲル Shigeru|勇 イサム Isamu|博 ヒロシ Hiroshi|実 ミノル Minoru|進 ススム Susumu|武 タケシ Takeshi|昭 アキラ Akira|弘 ヒロシ Hiroshi|義男 ヨシオ Yoshio|久雄 ヒサオ Hisao|幸男 ユキオ Yukio|一郎 イチロウ Ichiro|三郎 サブロウ Saburo|敏夫 トシオ Toshio|栄一 エイイチ Eiichi|忠 タダシ Tadashi|正 タダシ Tadashi|秀夫 ヒデオ Hideo|光男 ミツオ Mitsuo|孝 タカシ Takashi"
OLD_F = "和子 カズコ Kazuko|幸子 サチコ Sachiko|節子 セツコ Setsuko|洋子 ヨウコ Yoko|美代子 ミヨコ Miyoko|久子 ヒサコ Hisako|文子 フミコ Fumiko|トミ トミ Tomi|ハル ハル Haru|キヨ キヨ Kiyo|千代 チヨ Chiyo|静子 シズコ Shizuko|芳子 ヨシコ Yoshiko|澄子 スミコ Sumiko|君子 キミコ Kimiko|照子 テルコ Teruko|富子 トミコ Tomiko|光子 ミツコ Mitsuko|ヨシ ヨシ Yoshi|絹子 キヌコ Kinuko|貞子 サダコ Sadako|マサ マサ Masa"
MID_M = "浩 ヒロシ Hiroshi|修 オサム Osamu|誠 マコト Makoto|健一 ケンイチ Kenichi|和彦 カズヒコ Kazuhiko|隆 タカシ Takashi|哲也 テツヤ Tetsuya|直樹 ナオキ Naoki|英樹 ヒデキ Hideki|雅之 マサユキ Masayuki|俊彦 トシヒコ Toshihiko|康弘 ヤスヒロ Yasuhiro|伸一 シンイチ Shinichi|博之 ヒロユキ Hiroyuki|正人 マサト Masato|克也 カツヤ Katsuya|裕二 ユウジ Yuji|明 アキラ Akira|聡 サトシ Satoshi|健二 ケンジ Kenji"
MID_F = "恵子 ケイコ Keiko|由美子 ユミコ Yumiko|真由美 マユミ Mayumi|久美子 クミコ Kumiko|明美 アケミ Akemi|直美 ナオミ Naomi|智子 トモコ Tomoko|裕子 ユウコ Yuko|弘子 ヒロコ Hiroko|典子 ノリコ Noriko|京子 キョウコ Kyoko|美智子 ミチコ Michiko|純子 ジュンコ Junko|陽子 ヨウコ Yoko|順子 ジュンコ Junko|淳子 アツコ Atsuko|眞理子 マリコ Mariko|由紀 ユキ Yuki|さゆり サユリ Sayuri|みどり ミドリ Midori"
YOUNG_M = "翔太 ショウタ Shota|大輔 ダイスケ Daisuke|拓也 タクヤ Takuya|健太 ケンタ Kenta|亮 リョウ Ryo|達也 タツヤ Tatsuya|和也 カズヤ Kazuya|翔 ショウ Sho|大樹 ダイキ Daiki|蓮 レン Ren|悠斗 ユウト Yuto|陽介 ヨウスケ Yosuke|航 ワタル Wataru|隼人 ハヤト Hayato|直人 ナオト Naoto|雄太 ユウタ Yuta|海斗 カイト Kaito|優 ユウ Yu|慎也 シンヤ Shinya|圭 ケイ Kei"
YOUNG_F = "美咲 ミサキ Misaki|愛 アイ Ai|彩 アヤ Aya|麻衣 マイ Mai|沙織 サオリ Saori|恵 メグミ Megumi|舞 マイ Mai|優子 ユウコ Yuko|千尋 チヒロ Chihiro|由佳 ユカ Yuka|奈々 ナナ Nana|陽菜 ヒナ Hina|葵 アオイ Aoi|結衣 ユイ Yui|さくら サクラ Sakura|真央 マオ Mao|香織 カオリ Kaori|理恵 リエ Rie|美穂 ミホ Miho|綾香 アヤカ Ayaka"


def _pool(s):
    return [tuple(x.split()) for x in s.replace("\n", "").split("|") if x.strip()]


SUR = _pool(SURNAMES)
GIVEN = {("old", "M"): _pool(OLD_M), ("old", "F"): _pool(OLD_F), ("mid", "M"): _pool(MID_M),
         ("mid", "F"): _pool(MID_F), ("young", "M"): _pool(YOUNG_M), ("young", "F"): _pool(YOUNG_F)}

CITIES = [
    ("埼玉県所沢市", "04", "29", [("緑町", "359-1111"), ("東町", "359-0034"), ("北所沢町", "359-0002"),
                                   ("小手指町", "359-1141"), ("山口", "359-1145"), ("若狭", "359-1151")]),
    ("埼玉県狭山市", "04", "29", [("入間川", "350-1305"), ("狭山台", "350-1304"), ("柏原", "350-1335")]),
    ("東京都東村山市", "042", "39", [("本町", "189-0014"), ("久米川町", "189-0003"), ("萩山町", "189-0012")]),
    ("埼玉県入間市", "04", "29", [("豊岡", "358-0003"), ("扇町屋", "358-0006")]),
]
ORG_DOMAIN = "midori-kai.or.jp"
DISEASES = ["脳梗塞後遺症", "高血圧症", "2型糖尿病", "アルツハイマー型認知症", "骨粗鬆症", "慢性心不全", "パーキンソン病",
            "慢性腎不全", "変形性膝関節症", "COPD", "大腿骨頸部骨折術後", "レビー小体型認知症", "狭心症", "白内障"]
MEDS = ["アムロジピン5mg 1T朝", "メトホルミン250mg 2T朝夕", "ドネペジル5mg 1T朝", "ワーファリン1mg 2T朝", "酸化マグネシウム330mg 3T",
        "ランソプラゾール15mg 1T朝", "レボドパ 3T毎食後", "フロセミド20mg 1T朝", "アレンドロン酸35mg 週1回", "なし"]
ALLERGIES = ["なし", "なし", "なし", "卵", "そば", "青魚", "ペニシリン系", "造影剤", "えび・かに", "乳製品"]
DIETS = ["普通食", "減塩食(6g)", "糖尿病食(1400kcal)", "腎臓病食", "低たんぱく食", "水分制限(1000ml)", "普通食", "減塩食(6g)"]
FORMS = ["常食", "きざみ食", "ソフト食", "ミキサー食", "常食", "一口大"]
KAIGODO = ["要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5"]
JIRITSU = ["自立", "I", "IIa", "IIb", "IIIa", "IIIb", "IV", "M"]
TECHO = ["なし", "なし", "なし", "身体障害者手帳 2級", "身体障害者手帳 4級", "精神障害者保健福祉手帳 2級", "療育手帳 B"]
RELIGION = ["特になし", "仏教（浄土真宗）", "仏教（曹洞宗）", "キリスト教（カトリック）", "天理教", "創価学会", "特になし"]
INFECT = ["なし", "なし", "なし", "HBs抗原(+)", "MRSA保菌", "疥癬既往", "HCV抗体(+)"]
ROLES = ["夜勤リーダー", "介護職員A", "介護職員B", "看護師", "生活相談員", "介護福祉士", "早番", "遅番", "管理栄養士", "施設長"]
CLINIC_SUFFIX = ["クリニック", "内科", "医院", "内科クリニック", "診療所", "整形外科"]
BANKS = [("武蔵野銀行", ["所沢支店", "狭山支店", "入間支店"]), ("埼玉りそな銀行", ["所沢支店", "小手指支店"]),
         ("ゆうちょ銀行", ["〇一八店", "〇二八店"]), ("所沢信用金庫", ["本店", "東町支店"])]
FACILITIES = [
    # key, name, 事業所番号, postal, address, 代表TEL, FAX
    ("tokuyo", "特別養護老人ホームさくらの里", "1171200345", "359-1142", "埼玉県所沢市上新井3丁目8-1", "04-2990-0110", "04-2990-0111"),
    ("dayA", "デイサービスひだまり", "1171200519", "359-1111", "埼玉県所沢市緑町4丁目2-7", "04-2990-0220", "04-2990-0221"),
    ("dayB", "デイサービスこもれび", "1171500462", "350-1305", "埼玉県狭山市入間川2丁目15-3", "04-2990-0330", "04-2990-0331"),
    ("kyotaku", "居宅介護支援事業所みどり", "1171200527", "359-1142", "埼玉県所沢市上新井3丁目8-1", "04-2990-0440", "04-2990-0441"),
    ("meal", "みどり配食サービス", "1171200600", "359-0034", "埼玉県所沢市東町9-20", "04-2990-0550", "04-2990-0551"),
    ("honbu", "社会福祉法人みどり会 法人本部", "1171200000", "359-1142", "埼玉県所沢市上新井3丁目8-1", "04-2990-0100", "04-2990-0101"),
]
OTHER_OFFICES = [("ケアプランセンターあおば", "04-2990-0601", "aoba-cp.jp"), ("所沢市地域包括支援センター北", "04-2990-0602", "tokorozawa-hokatsu.jp"),
                 ("居宅介護支援センターけやき", "04-2990-0603", "keyaki-care.jp"), ("ニチイケアセンター狭山", "04-2990-0604", "sayama-care.jp"),
                 ("訪問看護ステーションそよかぜ", "04-2990-0605", "soyokaze-ns.jp")]
HOKENSHA = {"埼玉県所沢市": "112086", "埼玉県狭山市": "112151", "東京都東村山市": "132134", "埼玉県入間市": "112250"}
SERVICE_CODES = ["1511111", "1511211", "1511311", "1561111", "5111111", "4311111", "1521111"]
MAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "icloud.com", "outlook.jp", "nifty.com"]

FW = "ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロワヲンー　"
HW = ["ｧ", "ｱ", "ｨ", "ｲ", "ｩ", "ｳ", "ｪ", "ｴ", "ｫ", "ｵ", "ｶ", "ｶﾞ", "ｷ", "ｷﾞ", "ｸ", "ｸﾞ", "ｹ", "ｹﾞ", "ｺ", "ｺﾞ", "ｻ", "ｻﾞ", "ｼ", "ｼﾞ",
      "ｽ", "ｽﾞ", "ｾ", "ｾﾞ", "ｿ", "ｿﾞ", "ﾀ", "ﾀﾞ", "ﾁ", "ﾁﾞ", "ｯ", "ﾂ", "ﾂﾞ", "ﾃ", "ﾃﾞ", "ﾄ", "ﾄﾞ", "ﾅ", "ﾆ", "ﾇ", "ﾈ", "ﾉ",
      "ﾊ", "ﾊﾞ", "ﾊﾟ", "ﾋ", "ﾋﾞ", "ﾋﾟ", "ﾌ", "ﾌﾞ", "ﾌﾟ", "ﾍ", "ﾍﾞ", "ﾍﾟ", "ﾎ", "ﾎﾞ", "ﾎﾟ", "ﾏ", "ﾐ", "ﾑ", "ﾒ", "ﾓ", "ｬ", "ﾔ",
      "ｭ", "ﾕ", "ｮ", "ﾖ", "ﾗ", "ﾘ", "ﾙ", "ﾚ", "ﾛ", "ﾜ", "ｦ", "ﾝ", "ｰ", " "]
HALF = dict(zip(FW, HW))


def halfkana(s):
    return "".join(HALF.get(c, c) for c in s)


def wareki(d):
    if d >= dt.date(1989, 1, 8):
        return f"平成{d.year - 1988}年{d.month}月{d.day}日"
    if d >= dt.date(1926, 12, 25):
        return f"昭和{d.year - 1925}年{d.month}月{d.day}日"
    return f"大正{d.year - 1911}年{d.month}月{d.day}日"


def mynumber(rng):
    digits = [rng.randint(0, 9) for _ in range(11)]
    digits[0] = rng.randint(1, 9)
    s = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return "".join(map(str, digits)) + str(0 if r <= 1 else 11 - r)


# ----------------------------------------------------------------------------------------------------------
# key normalisation (the identity rule, used only by the recount)
# ----------------------------------------------------------------------------------------------------------
def n_name(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).casefold()


def n_phone(s):
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", s))


def n_addr(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# ----------------------------------------------------------------------------------------------------------
# the world
# ----------------------------------------------------------------------------------------------------------
class Household:
    def __init__(self, city, town, postal, address, phone):
        self.city, self.town, self.postal, self.address, self.phone = city, town, postal, address, phone
        self.members = []


class Person:
    def __init__(self, pid, sei, mei, gender, birth, hh):
        self.pid = pid
        self.sei, self.sei_kana, self.sei_rom = sei
        self.mei, self.mei_kana, self.mei_rom = mei
        self.gender, self.birth, self.hh = gender, birth, hh
        self.mobile = None
        self.email = None
        self.mn = None
        self.hiho = None
        self.tags = []
        self.h = {}

    # renderings
    def name(self, sep=" "):
        return self.sei + sep + self.mei

    def kana(self, sep=" "):
        return self.sei_kana + sep + self.mei_kana

    def hkana(self):
        return halfkana(self.kana())

    def romaji(self):
        return f"{self.mei_rom} {self.sei_rom}"

    def phone(self):
        return self.mobile or (self.hh.phone if self.hh else None)

    @property
    def address(self):
        return self.hh.address if self.hh else None

    @property
    def postal(self):
        return self.hh.postal if self.hh else None


class World:
    def __init__(self, rng):
        self.rng = rng
        self.persons = []
        self.phones = set()
        self.addresses = set()
        self.emails = set()
        self.hiho_used = set()
        self.name_birth = set()

    def _unique(self, pool, fn):
        for _ in range(1000):
            v = fn()
            if v not in pool:
                pool.add(v)
                return v
        raise RuntimeError("exhausted")

    def household(self, city_idx=None):
        r = self.rng
        city, area, pre, towns = CITIES[city_idx if city_idx is not None else r.choice([0, 0, 0, 1, 1, 2, 3])]
        town, postal = r.choice(towns)

        def mk_addr():
            a = f"{city}{town}{r.randint(1, 5)}丁目{r.randint(1, 30)}-{r.randint(1, 20)}"
            if r.random() < 0.2:
                a += f" {r.choice(['コーポ', 'ハイツ', 'メゾン'])}{r.choice(['緑', '東', 'さくら', 'けやき'])} {r.randint(1, 3)}0{r.randint(1, 6)}"
            return a

        addr = self._unique(self.addresses, mk_addr)
        if area == "04":
            ph = self._unique(self.phones, lambda: f"04-29{r.randint(10, 89)}-{r.randint(1000, 9999)}")
        else:
            ph = self._unique(self.phones, lambda: f"042-39{r.randint(1, 8)}-{r.randint(1000, 9999)}")
        return Household(city, town, postal, addr, ph)

    def person(self, gen, gender=None, sei=None, hh=None, birth_range=None, mobile=0.5, email=0.3, mei=None,
               birth=None):
        r = self.rng
        gender = gender or r.choice("MF")
        sei = sei or r.choice(SUR)
        mei = mei or r.choice(GIVEN[(gen, gender)])
        lo, hi = birth_range or {"old": (1925, 1945), "mid": (1948, 1975), "young": (1976, 2002)}[gen]
        for _ in range(100):
            b = birth or dt.date(r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))
            if (sei[0] + mei[0], b) not in self.name_birth:
                break
            birth = None
        self.name_birth.add((sei[0] + mei[0], b))
        p = Person(len(self.persons) + 1, sei, mei, gender, b, hh)
        if hh is not None:
            hh.members.append(p)
        if r.random() < mobile:
            p.mobile = self._unique(self.phones, lambda: f"0{r.choice([70, 80, 90])}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}")
        if r.random() < email:
            p.email = self.personal_email(p)
        self.persons.append(p)
        return p

    def personal_email(self, p):
        r = self.rng

        def mk():
            style = r.randint(0, 3)
            a, b = p.mei_rom.lower(), p.sei_rom.lower()
            local = [f"{a}.{b}", f"{b}{a[0]}{r.randint(10, 99)}", f"{a}{r.randint(1940, 1999)}", f"{b}.{a}{r.randint(1, 9)}"][style]
            return f"{local}@{r.choice(MAIL_DOMAINS)}"

        return self._unique(self.emails, mk)

    def hihokensha(self):
        r = self.rng
        return self._unique(self.hiho_used, lambda: f"00{r.randint(10000000, 99999999)}")


# ----------------------------------------------------------------------------------------------------------
# output bookkeeping
# ----------------------------------------------------------------------------------------------------------
class Out:
    def __init__(self):
        self.files = {}  # path -> bytes
        self.meta = {}  # path -> truth entry (without persons)
        self.apps = []  # appearance dicts
        self._rec = 0

    def ap(self, where, asset, rec, p, names=(), birth=False, phones=(), addr=None, email=None, mn=None):
        keys = []
        for nm in names:
            if not nm:
                continue
            n = n_name(nm)
            if birth:
                keys.append(f"nb|{n}|{p.birth.isoformat()}")
            for ph in phones:
                if ph:
                    keys.append(f"np|{n}|{n_phone(ph)}")
            if addr:
                keys.append(f"na|{n}|{n_addr(addr)}")
        if email:
            keys.append(f"em|{email.lower()}")
        if mn:
            keys.append(f"mn|{mn}")
        self.apps.append({"where": where, "asset": asset, "rec": rec, "pid": p.pid,
                          "names": [nm for nm in names if nm], "keys": keys})

    def file(self, path, data, columns=None, hard=None, extra=None):
        assert path not in self.files, path
        self.files[path] = data if isinstance(data, bytes) else data.encode("utf-8")
        m = {}
        if columns is not None:
            m["columns"] = columns
            hn = [c for c in (hard or []) if c in columns]
            for c in hn:
                assert columns[c] is None, (path, c)
            m["hard_negative_columns"] = hn
        if extra:
            m.update(extra)
        self.meta[path] = m


FIXED_ZIP_TIME = (2024, 7, 1, 9, 0, 0)


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-07-01T00:00:00Z", body)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body)
    return out.getvalue()


def csv_bytes(header, rows, encoding="utf-8", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if header:
        w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    s = buf.getvalue()
    if encoding == "cp932":
        return s.encode("cp932")
    return (("\ufeff" if bom else "") + s).encode("utf-8")


def xlsx_bytes(sheets):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, header, rows in sheets:
        ws = wb.create_sheet(title)
        if header:
            ws.append(header)
        for r in rows:
            ws.append(list(r))
    fixed = dt.datetime(2024, 7, 1)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "みどり会"
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue())


def docx_bytes(title, paragraphs, table=None):
    import docx
    d = docx.Document()
    d.core_properties.author = "みどり会"
    d.core_properties.created = dt.datetime(2024, 7, 1)
    d.core_properties.modified = dt.datetime(2024, 7, 1)
    d.core_properties.last_modified_by = "みどり会"
    d.core_properties.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    b = io.BytesIO()
    d.save(b)
    return normalize_zip(b.getvalue())


def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def fmt_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    return f"{enc_header(name, charset)} <{addr}>"


def fold_list(items):
    return ",\n ".join(items)


class Mail:
    """A plain-text message rendered as bytes for mbox/eml."""

    def __init__(self, frm, to, subject, date, body, msgid, cc=(), in_reply_to=None, charset="utf-8", cte="8bit",
                 extra_headers=()):
        self.frm, self.to, self.cc, self.subject, self.date = frm, list(to), list(cc), subject, date
        self.body, self.msgid, self.irt, self.charset, self.cte = body, msgid, in_reply_to, charset, cte
        self.extra = list(extra_headers)

    def envelope_addr(self):
        return self.frm[1] if isinstance(self.frm, tuple) else self.frm

    def render(self):
        if self.charset == "iso-2022-jp":
            try:
                self.body.encode("iso-2022-jp")
                self.subject.encode("iso-2022-jp")
                for a in [self.frm] + self.to + self.cc:
                    if isinstance(a, tuple):
                        a[0].encode("iso-2022-jp")
            except UnicodeEncodeError:
                self.charset = "utf-8"
        cs = self.charset
        h = []
        frm = fmt_addr(*self.frm, cs) if isinstance(self.frm, tuple) else self.frm
        h.append(f"From: {frm}")
        tos = [fmt_addr(*a, cs) if isinstance(a, tuple) else a for a in self.to]
        h.append("To: " + fold_list(tos))
        if self.cc:
            h.append("Cc: " + fold_list([fmt_addr(*a, cs) if isinstance(a, tuple) else a for a in self.cc]))
        h.append("Subject: " + enc_header(self.subject, cs))
        h.append("Date: " + self.date.strftime("%a, %d %b %Y %H:%M:%S +0900"))
        h.append(f"Message-ID: <{self.msgid}>")
        if self.irt:
            h.append(f"In-Reply-To: <{self.irt}>")
            h.append(f"References: <{self.irt}>")
        h.extend(self.extra)
        h.append("MIME-Version: 1.0")
        h.append(f"Content-Type: text/plain; charset={'ISO-2022-JP' if cs == 'iso-2022-jp' else 'UTF-8'}")
        body = self.body if self.body.endswith("\n") else self.body + "\n"
        if cs == "iso-2022-jp":
            h.append("Content-Transfer-Encoding: 7bit")
            payload = body.encode("iso-2022-jp")
        elif self.cte == "base64":
            h.append("Content-Transfer-Encoding: base64")
            raw = base64.b64encode(body.encode("utf-8")).decode("ascii")
            payload = ("\n".join(raw[i:i + 76] for i in range(0, len(raw), 76)) + "\n").encode("ascii")
        else:
            h.append("Content-Transfer-Encoding: 8bit")
            payload = body.encode("utf-8")
        return ("\n".join(h) + "\n\n").encode("ascii") + payload


def mbox_bytes(mails):
    out = []
    for m in mails:
        env = f"From {m.envelope_addr()} {m.date.strftime('%a %b %d %H:%M:%S %Y')}\n".encode("ascii")
        raw = m.render()
        head, _, body = raw.partition(b"\n\n")
        body = re.sub(rb"(?m)^(>*From )", rb">\1", body)
        out.append(env + head + b"\n\n" + body + b"\n")
    return b"".join(out)


# ----------------------------------------------------------------------------------------------------------
# building the world
# ----------------------------------------------------------------------------------------------------------
def build_world(rng):
    W = World(rng)
    G = {}

    # --- staff -------------------------------------------------------------------------------------------
    staff = []
    placement = ["honbu"] * 10 + ["tokuyo"] * 68 + ["dayA"] * 18 + ["dayB"] * 16 + ["kyotaku"] * 12 + ["meal"] * 22
    jobs = {"honbu": ["事務員", "経理", "人事", "理事長", "事務局長"], "tokuyo": ["介護職員", "介護福祉士", "看護師", "生活相談員", "管理栄養士", "機能訓練指導員"],
            "dayA": ["介護職員", "看護師", "生活相談員", "送迎運転手"], "dayB": ["介護職員", "看護師", "生活相談員", "送迎運転手"],
            "kyotaku": ["介護支援専門員", "主任介護支援専門員"], "meal": ["調理員", "配達員", "栄養士", "事務員"]}
    used_staff_names = set()
    for i, fac in enumerate(placement):
        while True:
            p = W.person("young" if rng.random() < 0.7 else "mid", hh=W.household(), mobile=1.0, email=0.0)
            if p.name() not in used_staff_names:
                break
            # staff names are unique inside the organisation (signatures carry the 代表 number)
            W.persons.pop()
            p.hh.members.pop()
        used_staff_names.add(p.name())
        local = f"{p.mei_rom[0]}.{p.sei_rom}".lower()
        n = 2
        while f"{local}@{ORG_DOMAIN}" in W.emails:
            local = f"{p.mei_rom[0]}.{p.sei_rom}{n}".lower()
            n += 1
        p.email = f"{local}@{ORG_DOMAIN}"
        W.emails.add(p.email)
        p.mn = mynumber(rng)
        p.h.update(fac=fac, job=rng.choice(jobs[fac]), no=f"S{1001 + i}")
        staff.append(p)
    G["staff"] = staff

    # dependants of staff (扶養控除)
    deps = []
    for s in staff[::2]:  # 75 staff file a declaration
        row = {"staff": s, "spouse": None, "kids": []}
        if rng.random() < 0.6:
            sp = W.person("young" if s.birth.year > 1975 else "mid", gender="F" if s.gender == "M" else "M",
                          sei=(s.sei, s.sei_kana, s.sei_rom), hh=s.hh, mobile=0.0, email=0.0)
            sp.mn = mynumber(rng)
            row["spouse"] = sp
            deps.append(sp)
        for _ in range(rng.choice([0, 0, 1, 2]) if s.birth.year < 1996 else 0):
            k = W.person("young", sei=(s.sei, s.sei_kana, s.sei_rom), hh=s.hh, mobile=0.0, email=0.0,
                         birth_range=(min(max(s.birth.year + 22, 2005), 2020), 2022))
            k.mn = mynumber(rng)
            row["kids"].append(k)
            deps.append(k)
        s.h["decl"] = row
    G["deps"] = deps

    # --- doctors (one per clinic; some clinics are named after the doctor's surname) -----------------------
    doctors = []
    for i in range(24):
        d = W.person("mid", mobile=0.0, email=0.0)
        clinic = (d.sei + rng.choice(CLINIC_SUFFIX)) if i % 3 != 2 else rng.choice(["所沢中央病院", "狭山病院", "小手指ファミリークリニック", "東村山内科", "緑町診療所", "北所沢医院", "入間川クリニック", "ひかり在宅クリニック"]) + ("" if i < 20 else "分院")
        d.h.update(clinic=clinic, clinic_tel=f"04-2990-{7000 + i:04d}")
        doctors.append(d)
    # make clinic names unique
    seen = set()
    for d in doctors:
        while d.h["clinic"] in seen:
            d.h["clinic"] = d.sei + "医院" if d.sei + "医院" not in seen else d.h["clinic"] + "第二"
        seen.add(d.h["clinic"])
    G["doctors"] = doctors

    def elder(hh, gender=None, sei=None):
        p = W.person("old", gender=gender, sei=sei, hh=hh, mobile=0.15, email=0.05)
        p.hiho = W.hihokensha()
        p.h.update(kaigodo=rng.choice(KAIGODO[2:] if rng.random() < 0.8 else KAIGODO),
                   disease=rng.sample(DISEASES, rng.randint(1, 3)), med=rng.sample(MEDS[:-1], rng.randint(1, 3)),
                   allergy=rng.choice(ALLERGIES), diet=rng.choice(DIETS), form=rng.choice(FORMS),
                   jiritsu=rng.choice(JIRITSU), techo=rng.choice(TECHO), religion=rng.choice(RELIGION),
                   infect=rng.choice(INFECT), doctor=rng.choice(doctors))
        return p

    def family_of(e, cohabit=False, second=False):
        """A child of elder e.  Cohabiting children share the household (address and phone)."""
        g = rng.choice("MF")
        same = g == "M" or rng.random() < 0.3
        sei = (e.sei, e.sei_kana, e.sei_rom) if same else None
        if cohabit:
            k = W.person("mid", gender=g, sei=sei, hh=e.hh, mobile=0.9, email=0.45)
        else:
            k = W.person("mid", gender=g, sei=sei, hh=W.household(), mobile=0.8, email=0.45)
        k.h["rel"] = ("長男" if g == "M" else "長女") if not second else ("次男" if g == "M" else "次女")
        if not same and g == "F":
            k.h["rel"] = "長女" if not second else "次女"
        return k

    # --- 特養 residents -----------------------------------------------------------------------------------
    residents = []
    for i in range(136):
        hh = W.household()  # the former home (旧住所); residents live at the facility
        r = elder(hh)
        r.mobile = None
        r.h["room"] = f"{rng.choice([2, 3])}{(i % 40) + 1:02d}号室"
        r.h["current"] = i < 96
        kp = family_of(r)
        r.h["kp"] = kp
        r.h["kp2"] = family_of(r, second=True) if rng.random() < 0.4 else None
        residents.append(r)
    # 同姓同名 residents with different birth dates (and different keypersons)
    for a, b in [(3, 57), (11, 88), (20, 101)]:
        rb = residents[b]
        W.name_birth.discard((rb.sei + rb.mei, rb.birth))
        ra = residents[a]
        rb.sei, rb.sei_kana, rb.sei_rom = ra.sei, ra.sei_kana, ra.sei_rom
        rb.mei, rb.mei_kana, rb.mei_rom = ra.mei, ra.mei_kana, ra.mei_rom
        rb.gender = ra.gender
        if rb.birth == ra.birth:
            rb.birth = rb.birth.replace(year=rb.birth.year - 2)
    # unique room numbers for current residents
    for i, r in enumerate(residents):
        r.h["room"] = f"{2 + i // 48}{(i % 48) + 1:02d}号室"
    G["residents"] = residents

    # --- elders living at home: day service, 居宅, meal ---------------------------------------------------
    home = []
    hh_kinds = []
    while len(home) < 470:
        hh = W.household()
        kind = rng.random()
        if kind < 0.58:
            e = elder(hh)
            members = [e]
            e.h["kp"] = family_of(e)
        elif kind < 0.80:  # elderly couple; one child is keyperson for both
            e = elder(hh, gender="M")
            w = elder(hh, gender="F", sei=(e.sei, e.sei_kana, e.sei_rom))
            members = [e, w]
            kp = family_of(e)
            e.h["kp"] = w.h["kp"] = kp
            e.h["spouse"], w.h["spouse"] = w, e
        else:  # a couple and a parent at one address and phone: the cohabiting child is the keyperson
            e = elder(hh)
            members = [e]
            kp = family_of(e, cohabit=True)
            sp = W.person("mid", gender="F" if kp.gender == "M" else "M", sei=(kp.sei, kp.sei_kana, kp.sei_rom),
                          hh=hh, mobile=0.6, email=0.2)
            sp.h["rel"] = "長男の妻" if kp.gender == "M" else "長女の夫"
            e.h["kp"] = kp
            e.h["kp_spouse"] = sp
        home.extend(members)
        hh_kinds.append(members)
    rng.shuffle(hh_kinds)
    dayA, dayB, kyo, meal, wait_home = [], [], [], [], []
    for members in hh_kinds:
        x = rng.random()
        if x < 0.17:
            dayA.extend(members)
        elif x < 0.33:
            dayB.extend(members)
        if rng.random() < (0.75 if x < 0.33 else 0.25):
            kyo.extend(members)
        if rng.random() < (0.35 if x < 0.33 else 0.72):
            meal.extend(members)
        if rng.random() < 0.12:
            wait_home.append(members[0])
    # make sure every home elder belongs to at least one service
    for members in hh_kinds:
        for e in members:
            if e not in dayA and e not in dayB and e not in kyo and e not in meal and e not in wait_home:
                meal.append(e)
    # 同姓同名 day users (different birth dates, phones)
    for a, b in [(5, 40), (22, 61)]:
        if a < len(dayA) and b < len(dayA):
            x, y = dayA[a], dayA[b]
            if x.hh is not y.hh:
                W.name_birth.discard((y.sei + y.mei, y.birth))
                y.sei, y.sei_kana, y.sei_rom = x.sei, x.sei_kana, x.sei_rom
                y.mei, y.mei_kana, y.mei_rom, y.gender = x.mei, x.mei_kana, x.mei_rom, x.gender
                if y.birth == x.birth:
                    y.birth = y.birth.replace(year=y.birth.year - 3)
    G.update(dayA=dayA, dayB=dayB, kyo=kyo, meal=meal)

    # --- waiting list (入所申込): home elders already known + new applicants -----------------------------------
    wait = []
    for e in wait_home:
        wait.append(e)
    for _ in range(95):
        e = elder(W.household())
        e.h["kp"] = family_of(e)
        wait.append(e)
    rng.shuffle(wait)
    G["wait"] = wait

    # --- others ------------------------------------------------------------------------------------------
    G["extcm"] = []
    for i in range(30):
        off = OTHER_OFFICES[i % len(OTHER_OFFICES)]
        c = W.person("mid" if rng.random() < 0.5 else "young", hh=W.household(), mobile=0.0, email=0.0)
        local = f"{c.mei_rom[0]}-{c.sei_rom}".lower()
        c.email = f"{local}{i}@{off[2]}"
        W.emails.add(c.email)
        c.h.update(office=off[0], office_tel=off[1])
        G["extcm"].append(c)
    G["volunteers"] = [W.person(rng.choice(["mid", "young", "old"]), hh=W.household(), mobile=0.7, email=0.6) for _ in range(40)]
    G["board"] = [W.person(rng.choice(["mid", "old"]), hh=W.household(), mobile=0.5, email=0.3) for _ in range(14)]
    G["applicants"] = [W.person("young", hh=W.household(), mobile=1.0, email=1.0) for _ in range(48)]
    # personal addresses on the 家族会 list that appear nowhere else (bare addresses in To/Cc)
    G["ml_only"] = [W.person("mid", hh=None, mobile=0.0, email=1.0) for _ in range(22)]
    G["W"] = W
    return G


# ----------------------------------------------------------------------------------------------------------
# the drive
# ----------------------------------------------------------------------------------------------------------
D = "drive"


def fac(key):
    return next(f for f in FACILITIES if f[0] == key)


def build_drive(G, rng, O):
    staff, residents = G["staff"], G["residents"]
    cur = [r for r in residents if r.h["current"]]
    past = [r for r in residents if not r.h["current"]]
    rec_counter = [0]

    def new_rec():
        rec_counter[0] += 1
        return rec_counter[0]

    def app(path, rec, p, **kw):
        O.ap(D, path, rec, p, **kw)

    def iso(d):
        return d.isoformat()

    def slash(d):
        return d.strftime("%Y/%m/%d")

    # ====================================================================================== 00_法人本部
    path = "00_法人本部/職員名簿.xlsx"
    allrows = []
    for s in staff:
        rec = new_rec()
        allrows.append([s.h["no"], s.name(), s.kana(), slash(s.birth), fac(s.h["fac"])[1], s.h["job"], s.mobile, s.email])
        app(path, rec, s, names=[s.name(), s.kana()], birth=True, phones=[s.mobile], email=s.email)
    sheets = [("全職員", ["職員番号", "氏名", "フリガナ", "生年月日", "所属", "職種", "携帯電話", "メール"], allrows)]
    for key, title in [("tokuyo", "特養"), ("dayA", "ひだまり"), ("dayB", "こもれび"), ("kyotaku", "居宅"), ("meal", "配食")]:
        rows = []
        for s in staff:
            if s.h["fac"] == key:
                rec = new_rec()
                rows.append([s.name(), s.h["job"], s.mobile])
                app(path, rec, s, names=[s.name()], phones=[s.mobile])
        sheets.append((title, ["氏名", "職種", "携帯電話"], rows))
    O.file(path, xlsx_bytes(sheets),
           {"職員番号": None, "氏名": "PERSON", "フリガナ": "PERSON", "生年月日": "DATE_OF_BIRTH", "所属": None, "職種": None,
            "携帯電話": "PHONE", "メール": "EMAIL"}, ["職員番号", "所属"])

    path = "00_法人本部/職員連絡網.csv"
    rows = []
    for s in staff:
        rec = new_rec()
        rows.append([fac(s.h["fac"])[1], s.name(), s.mobile, s.hh.phone, fac(s.h["fac"])[5]])
        app(path, rec, s, names=[s.name()], phones=[s.mobile, s.hh.phone])
    O.file(path, csv_bytes(["所属", "氏名", "携帯", "自宅電話", "事業所電話"], rows, bom=True),
           {"所属": None, "氏名": "PERSON", "携帯": "PHONE", "自宅電話": "PHONE", "事業所電話": None}, ["所属", "事業所電話"])

    # 扶養控除: an employee and dependants per row
    path = "00_法人本部/給与/扶養控除等申告_2024.csv"
    rows = []
    for s in staff[::2]:
        rec = new_rec()
        dcl = s.h["decl"]
        sp = dcl["spouse"]
        kids = dcl["kids"] + [None, None]
        row = [s.h["no"], s.name(), slash(s.birth), s.mn, s.address,
               sp.name() if sp else "", slash(sp.birth) if sp else "", sp.mn if sp else ""]
        app(path, rec, s, names=[s.name()], birth=True, addr=s.address, mn=s.mn)
        if sp:
            app(path, rec, sp, names=[sp.name()], birth=True, mn=sp.mn)
        for k in kids[:2]:
            row += [k.name() if k else "", slash(k.birth) if k else "", k.mn if k else "", "子" if k else ""]
            if k:
                app(path, rec, k, names=[k.name()], birth=True, mn=k.mn)
        rows.append(row)
    hdr = ["職員番号", "職員氏名", "職員生年月日", "職員個人番号", "住所", "配偶者氏名", "配偶者生年月日", "配偶者個人番号",
           "扶養親族1氏名", "扶養親族1生年月日", "扶養親族1個人番号", "扶養親族1続柄",
           "扶養親族2氏名", "扶養親族2生年月日", "扶養親族2個人番号", "扶養親族2続柄"]
    cols = {h: ("PERSON" if "氏名" in h else "DATE_OF_BIRTH" if "生年月日" in h else "MY_NUMBER" if "個人番号" in h else None) for h in hdr}
    cols["住所"] = "ADDRESS"
    O.file(path, csv_bytes(hdr, rows, encoding="cp932"), cols, ["職員番号"])

    path = "00_法人本部/給与/給与振込口座一覧.csv"
    rows = []
    for s in staff:
        rec = new_rec()
        bank, branches = BANKS[s.pid % len(BANKS)]
        acct = f"{rng.randint(1000000, 9999999)}"
        rows.append([s.h["no"], s.name(), slash(s.birth), bank, branches[s.pid % len(branches)], "普通", acct, s.kana()])
        app(path, rec, s, names=[s.name(), s.kana()], birth=True)
    O.file(path, csv_bytes(["shokuin_no", "shimei", "seinengappi", "ginko_mei", "shiten_mei", "kouza_shubetsu", "kouza", "kouza_meiginin"], rows),
           {"shokuin_no": None, "shimei": "PERSON", "seinengappi": "DATE_OF_BIRTH", "ginko_mei": None, "shiten_mei": None,
            "kouza_shubetsu": None, "kouza": "BANK_ACCOUNT", "kouza_meiginin": "PERSON"}, ["shokuin_no", "ginko_mei", "shiten_mei"])

    path = "00_法人本部/事業所一覧.csv"
    rows = [[f[2], f[1], f[3], f[4], f[5], f[6], rng.choice(["施設長", "管理者", "センター長"])] for f in FACILITIES]
    rows += [[f"11712{9000 + i:05d}", o[0], "359-0000", "埼玉県所沢市", o[1], "", "管理者"] for i, o in enumerate(OTHER_OFFICES)]
    O.file(path, csv_bytes(["事業所番号", "事業所名", "事業所郵便番号", "所在地", "代表番号", "FAX", "管理者"], rows),
           {"事業所番号": None, "事業所名": None, "事業所郵便番号": None, "所在地": None, "代表番号": None, "FAX": None, "管理者": None},
           ["事業所番号", "事業所名", "事業所郵便番号", "所在地", "代表番号", "FAX", "管理者"])

    path = "00_法人本部/料金表_2024.xlsx"
    rows = [[c, n, u, round(u * 10.27)] for c, n, u in [("1511111", "通所介護1 (3-4時間)", 370), ("1511211", "通所介護2 (4-5時間)", 388),
                                                        ("1511311", "通所介護3 (5-6時間)", 570), ("5111111", "介護福祉施設サービス 要介護1", 589),
                                                        ("5111311", "介護福祉施設サービス 要介護3", 732), ("5111511", "介護福祉施設サービス 要介護5", 871)]]
    O.file(path, xlsx_bytes([("介護報酬", ["サービスコード", "サービス内容", "単位数", "金額"], rows),
                             ("配食", ["メニューコード", "内容", "単価"], [["2401001", "普通食弁当", 550], ["2401002", "減塩食弁当", 600], ["2401003", "糖尿病食弁当", 650]])]),
           {"サービスコード": None, "サービス内容": None, "単位数": None, "金額": None, "メニューコード": None, "内容": None, "単価": None},
           ["サービスコード", "金額", "メニューコード"])

    path = "00_法人本部/研修資料/身体拘束廃止研修_2024.docx"
    O.file(path, docx_bytes("身体拘束廃止・虐待防止研修", [
        "本研修では事例を用いて検討します。事例の氏名はすべて仮名です。",
        "事例1：介護 花子さん（仮名、85歳、要介護4、アルツハイマー型認知症）はベッドからの転落リスクが高く…",
        "事例2：福祉 太郎さん（仮名、78歳）はおむついじりがあり、つなぎ服の使用が検討された。",
        "グループワーク：記録例「山田 一郎 様（仮名）　090-0000-0000」のように個人情報を記載しないこと。",
        "講師：生活相談員（研修委員会）"]))

    path = "00_法人本部/研修資料/記録の書き方_例文.txt"
    O.file(path, "【記録の書き方 例文】\n\n悪い例：「鈴木さんがまた暴れた。」\n良い例：「14:20 〇〇様（仮名）が居室で大きな声を出される。"
                 "理由を伺うと『家に帰りたい』とのこと。傾聴し、10分後に落ち着かれる。」\n\n"
                 "※研修資料内の氏名（例：佐藤 花子、田中 一郎）はすべて架空です。\n"
                 "※電話番号の例：000-0000-0000\n")

    path = "00_法人本部/研修資料/研修受講記録_2024.csv"
    rows = []
    trainees = rng.sample(staff, 60)
    for s in trainees:
        rec = new_rec()
        rows.append([rng.choice(["身体拘束廃止", "感染症対策", "認知症ケア"]), f"2024-0{rng.randint(4, 6)}-{rng.randint(10, 28)}", s.name(), s.email, rng.choice(["修了", "修了", "欠席"])])
        app(path, rec, s, names=[s.name()], email=s.email)
    O.file(path, csv_bytes(["研修名", "受講日", "受講者", "受講者メール", "修了"], rows),
           {"研修名": None, "受講日": None, "受講者": "PERSON", "受講者メール": "EMAIL", "修了": None}, ["受講日"])

    path = "00_法人本部/統計/利用者数統計_2024.csv"
    rows = [[k, rng.randint(3, 40), rng.randint(3, 40), rng.randint(3, 40)] for k in KAIGODO]
    O.file(path, csv_bytes(["要介護度", "特養", "デイサービス", "居宅"], rows),
           {"要介護度": None, "特養": None, "デイサービス": None, "居宅": None}, ["要介護度"])

    path = "00_法人本部/統計/疾患別集計_2024.xlsx"
    rows = [[d, rng.randint(1, 30), f"{rng.randint(1, 30)}%"] for d in DISEASES]
    O.file(path, xlsx_bytes([("疾患別", ["主病名", "人数", "割合"], rows), ("年齢別", ["年齢階級", "人数"], [["65-74", 41], ["75-84", 133], ["85-94", 190], ["95-", 37]])]),
           {"主病名": None, "人数": None, "割合": None, "年齢階級": None}, ["主病名"])

    # job applicants
    path = "00_法人本部/採用/応募者一覧_2024.csv"
    rows = []
    for a in G["applicants"]:
        rec = new_rec()
        rows.append([a.name(), a.kana(), iso(a.birth), a.mobile, a.email, a.address, rng.choice(["介護職員", "看護師", "調理員"]), "介護の仕事に関心があり応募しました。"])
        app(path, rec, a, names=[a.name(), a.kana()], birth=True, phones=[a.mobile], email=a.email, addr=a.address)
    O.file(path, csv_bytes(["氏名", "ふりがな", "生年月日", "電話", "メール", "住所", "希望職種", "志望動機"], rows),
           {"氏名": "PERSON", "ふりがな": "PERSON", "生年月日": "DATE_OF_BIRTH", "電話": "PHONE", "メール": "EMAIL", "住所": "ADDRESS",
            "希望職種": None, "志望動機": "TEXT"})
    for a in G["applicants"][:3]:
        path = f"00_法人本部/採用/履歴書_{a.sei}{a.mei}.docx"
        rec = new_rec()
        O.file(path, docx_bytes("履歴書", [f"氏名：{a.name()}（{a.kana()}）", f"生年月日：{wareki(a.birth)}", f"住所：〒{a.postal} {a.address}",
                                          f"電話：{a.mobile}", f"メール：{a.email}", "学歴・職歴：2020年 〇〇介護福祉専門学校 卒業",
                                          "資格：介護福祉士", "本人希望：夜勤可"]))
        app(path, rec, a, names=[a.name(), a.kana()], birth=True, phones=[a.mobile], email=a.email, addr=a.address)

    path = "00_法人本部/理事会/理事・評議員名簿.csv"
    rows = []
    for b in G["board"]:
        rec = new_rec()
        rows.append([rng.choice(["理事", "評議員", "監事"]), b.name(), b.address, b.phone(), iso(b.birth)])
        app(path, rec, b, names=[b.name()], birth=True, phones=[b.phone()], addr=b.address)
    O.file(path, csv_bytes(["役職", "氏名", "住所", "電話", "生年月日"], rows),
           {"役職": None, "氏名": "PERSON", "住所": "ADDRESS", "電話": "PHONE", "生年月日": "DATE_OF_BIRTH"})

    path = "00_法人本部/テンプレート/入居申込書_様式.docx"
    O.file(path, docx_bytes("特別養護老人ホーム 入居申込書", ["申込者氏名：　　　　　　　　　　", "生年月日：　　年　　月　　日",
                                                     "住所：〒", "電話：", "要介護度：", "主治医：", "緊急連絡先（氏名・続柄・電話）："]))
    path = "00_法人本部/テンプレート/利用者台帳_様式.csv"
    hdr = ["氏名", "フリガナ", "生年月日", "住所", "電話", "要介護度", "既往歴", "キーパーソン", "キーパーソン電話"]
    O.file(path, csv_bytes(hdr, []), {h: "?" for h in hdr})
    path = "00_法人本部/テンプレート/ケース記録_様式.xlsx"
    hdr = ["日付", "時刻", "利用者氏名", "記録", "記録者"]
    O.file(path, xlsx_bytes([("ケース記録", hdr, [])]), {h: "?" for h in hdr})

    # ====================================================================================== 01_特養
    T = "01_特養さくらの里"
    path = f"{T}/入居者台帳.csv"
    rows = []
    for r in cur:
        rec = new_rec()
        kp, d = r.h["kp"], r.h["doctor"]
        rows.append([r.h["room"], r.name(), r.kana(), iso(r.birth), "男" if r.gender == "M" else "女", r.h["kaigodo"], r.h["jiritsu"],
                     "、".join(r.h["disease"]), "、".join(r.h["med"]), r.h["allergy"], r.h["infect"], r.h["religion"],
                     d.name(), d.h["clinic"], d.h["clinic_tel"], kp.name(), kp.h["rel"], kp.phone(),
                     rng.choice(["", "", "夜間不穏あり。", "面会は週末が多い。", "義歯あり（上下）。", "看取り指針について説明済み。"])])
        app(path, rec, r, names=[r.name(), r.kana()], birth=True)
        app(path, rec, kp, names=[kp.name()], phones=[kp.phone()])
        app(path, rec, d, names=[d.name()], phones=[d.h["clinic_tel"]])
    hdr = ["居室", "氏名", "フリガナ", "生年月日", "性別", "要介護度", "認知症高齢者の日常生活自立度", "既往歴", "服薬", "アレルギー", "感染症", "宗教",
           "主治医名", "主治医の医療機関名", "医療機関TEL", "キーパーソン氏名", "続柄", "キーパーソン電話", "特記事項"]
    O.file(path, csv_bytes(hdr, rows, bom=True),
           {"居室": None, "氏名": "PERSON", "フリガナ": "PERSON", "生年月日": "DATE_OF_BIRTH", "性別": None, "要介護度": "SENSITIVE",
            "認知症高齢者の日常生活自立度": "SENSITIVE", "既往歴": "SENSITIVE", "服薬": "SENSITIVE", "アレルギー": "SENSITIVE", "感染症": "SENSITIVE",
            "宗教": "SENSITIVE", "主治医名": "PERSON", "主治医の医療機関名": None, "医療機関TEL": "?", "キーパーソン氏名": "PERSON", "続柄": None,
            "キーパーソン電話": "PHONE", "特記事項": "TEXT"}, ["居室", "主治医の医療機関名"])

    path = f"{T}/退所者台帳_2023.csv"  # CP932, 和暦
    rows = []
    for r in past:
        rec = new_rec()
        kp = r.h["kp"]
        out = dt.date(2023, rng.randint(1, 12), rng.randint(1, 28))
        rows.append([r.name(), wareki(r.birth), r.address, out.strftime("%Y/%m/%d"), rng.choice(["死亡（老衰）", "入院（誤嚥性肺炎）", "死亡（心不全）", "他施設へ転居"]),
                     kp.name(), kp.phone()])
        app(path, rec, r, names=[r.name()], birth=True, addr=r.address)
        app(path, rec, kp, names=[kp.name()], phones=[kp.phone()])
    O.file(path, csv_bytes(["氏名", "生年月日", "旧住所", "退所日", "退所理由", "キーパーソン", "連絡先"], rows, encoding="cp932"),
           {"氏名": "PERSON", "生年月日": "DATE_OF_BIRTH", "旧住所": "ADDRESS", "退所日": None, "退所理由": "SENSITIVE", "キーパーソン": "PERSON", "連絡先": "PHONE"},
           ["退所日"])

    path = f"{T}/緊急連絡先一覧.csv"  # headerless
    rows = []
    for r in cur:
        rec = new_rec()
        kp, k2 = r.h["kp"], r.h["kp2"]
        row = [r.h["room"], r.name(), slash(r.birth), kp.name(), kp.h["rel"], kp.phone(), kp.hh.phone if kp.mobile else ""]
        app(path, rec, r, names=[r.name()], birth=True)
        app(path, rec, kp, names=[kp.name()], phones=[kp.phone(), kp.hh.phone if kp.mobile else None])
        if k2:
            row += [k2.name(), k2.h["rel"], k2.phone()]
            app(path, rec, k2, names=[k2.name()], phones=[k2.phone()])
        else:
            row += ["", "", ""]
        rows.append(row)
    O.file(path, csv_bytes(None, rows), extra={"headerless": True})

    path = f"{T}/食事形態一覧.csv"
    rows = []
    for r in cur:
        rec = new_rec()
        rows.append([r.h["room"], r.name(), iso(r.birth), r.h["form"], r.h["diet"], r.h["allergy"], rng.choice(["", "", "むせ込み注意", "とろみ中間"])])
        app(path, rec, r, names=[r.name()], birth=True)
    O.file(path, csv_bytes(["居室", "氏名", "生年月日", "食事形態", "食事制限", "アレルギー", "備考"], rows),
           {"居室": None, "氏名": "PERSON", "生年月日": "DATE_OF_BIRTH", "食事形態": "?", "食事制限": "SENSITIVE", "アレルギー": "SENSITIVE", "備考": "TEXT"}, ["居室"])

    path = f"{T}/面会記録_2024-06.csv"
    rows = []
    visitors = [r for r in cur if rng.random() < 0.6]
    for day in range(1, 31):
        for r in rng.sample(visitors, 3):
            rec = new_rec()
            v = r.h["kp"] if (r.h["kp2"] is None or rng.random() < 0.7) else r.h["kp2"]
            rows.append([f"2024-06-{day:02d}", f"{rng.randint(10, 16)}:{rng.choice(['00', '15', '30', '45'])}", v.name(), v.phone(), v.h["rel"], r.h["room"], rng.choice(ROLES[3:6])])
            app(path, rec, v, names=[v.name()], phones=[v.phone()])
    O.file(path, csv_bytes(["面会日", "時刻", "面会者氏名", "面会者電話", "続柄", "入居者居室", "対応職員"], rows),
           {"面会日": None, "時刻": None, "面会者氏名": "PERSON", "面会者電話": "PHONE", "続柄": None, "入居者居室": None, "対応職員": None},
           ["面会日", "入居者居室", "対応職員"])

    path = f"{T}/夜勤日誌_2024-06.csv"
    rows = []
    for day in range(1, 31):
        for t in ["22:00", "02:00", "05:00"]:
            rows.append([f"2024-06-{day:02d}", t, rng.choice(ROLES[:3]), f"{rng.randint(2, 4)}{rng.randint(1, 48):02d}号室",
                         rng.choice(["巡視異常なし", "コール対応（トイレ誘導）", "体位交換実施", "不眠傾向、傾聴"]), fac("tokuyo")[5]])
    O.file(path, csv_bytes(["日付", "巡回時刻", "担当者", "居室", "記録", "施設TEL"], rows),
           {"日付": None, "巡回時刻": None, "担当者": None, "居室": None, "記録": "TEXT", "施設TEL": None}, ["日付", "担当者", "居室", "施設TEL"])

    path = f"{T}/献立表_2024-06.csv"
    rows = [[f"2024-06-{d:02d}", f"24{d:02d}{m}01", meal_name, rng.randint(450, 700), round(rng.uniform(1.5, 2.8), 1)]
            for d in range(1, 31) for m, meal_name in [(1, "ご飯・味噌汁・焼き魚"), (2, "うどん・煮物"), (3, "ご飯・肉じゃが・お浸し")]]
    O.file(path, csv_bytes(["提供日", "献立コード", "献立", "エネルギー(kcal)", "塩分(g)"], rows),
           {"提供日": None, "献立コード": None, "献立": None, "エネルギー(kcal)": None, "塩分(g)": None}, ["提供日", "献立コード"])

    # waiting list workbook: applicants in two fiscal years (re-applications repeat a person)
    path = f"{T}/入所申込者一覧.xlsx"
    wait = G["wait"]
    y23 = wait[: int(len(wait) * 0.55)]
    y24 = wait[int(len(wait) * 0.4):]
    sheets = []
    for title, lst in [("2023年度", y23), ("2024年度", y24)]:
        rows = []
        for i, e in enumerate(lst):
            rec = new_rec()
            kp = e.h["kp"]
            rows.append([i + 1, f"{title[:4]}-{rng.randint(4, 12):02d}-{rng.randint(1, 28):02d}", e.name(), e.hkana() if title == "2024年度" else e.kana(),
                         slash(e.birth), e.address, e.h["kaigodo"], kp.name(), kp.phone(), rng.choice(["A", "B", "C"]), rng.choice(["", "独居、早期入所希望", "在宅介護困難"])])
            app(path, rec, e, names=[e.name(), e.hkana() if title == "2024年度" else e.kana()], birth=True, addr=e.address)
            app(path, rec, kp, names=[kp.name()], phones=[kp.phone()])
        sheets.append((title, ["No", "申込日", "氏名", "フリガナ", "生年月日", "住所", "要介護度", "申込者（家族）", "申込者電話", "優先度", "審査メモ"], rows))
    sheets.append(("集計", ["年度", "申込数", "入所数"], [["2023年度", len(y23), 21], ["2024年度", len(y24), 9]]))
    O.file(path, xlsx_bytes(sheets),
           {"No": None, "申込日": None, "氏名": "PERSON", "フリガナ": "PERSON", "生年月日": "DATE_OF_BIRTH", "住所": "ADDRESS", "要介護度": "SENSITIVE",
            "申込者（家族）": "PERSON", "申込者電話": "PHONE", "優先度": None, "審査メモ": "TEXT", "年度": None, "申込数": None, "入所数": None},
           ["申込日"])

    # medications workbook: per-floor sheets + all
    path = f"{T}/看護/服薬一覧_2024-06.xlsx"
    sheets = []
    allr = []
    for fl in ["2F", "3F", "4F"]:
        rows = []
        for r in cur:
            if r.h["room"].startswith(fl[0]):
                rec = new_rec()
                rows.append([r.h["room"], r.name(), iso(r.birth), "、".join(r.h["med"]), r.h["disease"][0]])
                app(path, rec, r, names=[r.name()], birth=True)
        sheets.append((fl, ["居室", "氏名", "生年月日", "服薬", "主病名"], rows))
    for r in cur:
        rec = new_rec()
        allr.append([r.h["room"], r.name(), r.hkana(), iso(r.birth), "、".join(r.h["med"]), r.h["disease"][0]])
        app(path, rec, r, names=[r.name(), r.hkana()], birth=True)
    sheets.insert(0, ("全体", ["居室", "氏名", "ﾌﾘｶﾞﾅ", "生年月日", "服薬", "主病名"], allr))
    O.file(path, xlsx_bytes(sheets), {"居室": None, "ﾌﾘｶﾞﾅ": "PERSON", "氏名": "PERSON", "生年月日": "DATE_OF_BIRTH", "服薬": "SENSITIVE", "主病名": "SENSITIVE"}, ["居室"])

    path = f"{T}/看護/感染症対策マニュアル.txt"
    O.file(path, "感染症対策マニュアル（2024年度版）\n\n1. 標準予防策\n2. ノロウイルス発生時の対応：嘔吐物処理は看護師の指示に従う。\n"
                 "3. 連絡体制：施設長 → 法人本部（代表 04-2990-0100）→ 所沢市保健所\n4. 報告様式は共有フォルダのテンプレートを使用。\n")

    # case records (prose): a resident with birth date and their family with phone
    for i, r in enumerate(cur[:10]):
        path = f"{T}/ケース記録/ケース記録_2024-06_{r.h['room']}.txt"
        rec = new_rec()
        kp = r.h["kp"]
        txt = (f"ケース記録（2024年6月）\n入居者：{r.name()} 様（{wareki(r.birth)}生、{r.h['kaigodo']}、{r.h['room']}）\n"
               f"主病名：{'、'.join(r.h['disease'])}\n\n"
               f"6/3 食事摂取量 主食5割、副食7割。{r.h['allergy'] if r.h['allergy'] != 'なし' else '特記なし'}。\n"
               f"6/10 {kp.h['rel']}の{kp.name()}様より電話あり（{kp.phone()}）。来週の面会予定と、{r.h['doctor'].h['clinic']}の受診結果について説明。\n"
               f"6/18 夜間、居室内で転倒なし。離床センサー反応2回。\n"
               f"6/25 {kp.name()}様 来所、ケアプラン更新に同意のサインをいただく。\n\n記録者：生活相談員\n")
        O.file(path, txt)
        app(path, rec, r, names=[r.name()], birth=True)
        app(path, rec, kp, names=[kp.name()], phones=[kp.phone()])

    for i, r in enumerate(cur[10:13]):
        path = f"{T}/事故報告書/事故報告書_2024-0{4 + i}-{10 + i * 5}.docx"
        rec = new_rec()
        kp = r.h["kp"]
        st = [s for s in staff if s.h["fac"] == "tokuyo"][i]
        O.file(path, docx_bytes("事故報告書", [
            f"発生日時：2024年{4 + i}月{10 + i * 5}日 {rng.randint(6, 22)}時頃", f"利用者：{r.name()}（{r.kana()}）　生年月日：{iso(r.birth)}　{r.h['kaigodo']}",
            f"事故の種類：{rng.choice(['転倒', '誤薬', '転落', '表皮剥離'])}", "状況：居室内のベッドサイドにて座り込んでいるところを巡視中に発見。",
            f"家族への連絡：{kp.h['rel']} {kp.name()} 様（{kp.phone()}）へ電話で報告済み。",
            f"報告者：{st.name()}（{st.email}）", "再発防止策：離床センサーの設置、夜間巡視の強化。"]))
        app(path, rec, r, names=[r.name(), r.kana()], birth=True)
        app(path, rec, kp, names=[kp.name()], phones=[kp.phone()])
        app(path, rec, st, names=[st.name()], email=st.email)

    # family association vCards (+ clinic cards that are organisations, not persons)
    path = f"{T}/家族会/家族会名簿.vcf"
    fam = []
    for r in cur:
        kp = r.h["kp"]
        if kp not in fam:
            fam.append(kp)
    fam = fam[:70]
    cards = []
    for kp in fam:
        rec = new_rec()
        c = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{kp.name()}", f"N:{kp.sei};{kp.mei};;;", f"TEL;TYPE=CELL:{kp.phone()}"]
        if kp.email:
            c.append(f"EMAIL:{kp.email}")
        c.append(f"ADR;TYPE=HOME:;;{kp.address};;;{kp.postal};Japan")
        c.append("NOTE:家族会会員")
        c.append("END:VCARD")
        cards.append("\r\n".join(c))
        app(path, rec, kp, names=[kp.name(), kp.sei + kp.mei], phones=[kp.phone()], email=kp.email, addr=kp.address)
    for d in G["doctors"][:4]:
        cards.append("\r\n".join(["BEGIN:VCARD", "VERSION:3.0", f"FN:{d.h['clinic']}", f"ORG:{d.h['clinic']}", f"TEL;TYPE=WORK:{d.h['clinic_tel']}",
                                  "NOTE:協力医療機関", "END:VCARD"]))
    O.file(path, "\r\n".join(cards) + "\r\n", {"FN": "PERSON", "N": "PERSON", "TEL": "PHONE", "EMAIL": "EMAIL", "ADR": "ADDRESS", "ORG": None, "NOTE": "TEXT"}, ["ORG"])
    G["fam_vcf"] = fam

    path = f"{T}/家族会/家族会だより_2024夏.docx"
    O.file(path, docx_bytes("家族会だより 2024年夏号", ["夏祭りのご案内：7月27日（土）午後、中庭にて開催します。", "面会時間の変更について：平日10時〜17時。",
                                                 "施設長より：暑い日が続きます。水分補給に努めてまいります。", "お問い合わせ：生活相談員（代表 04-2990-0110）"]))

    # ====================================================================================== デイサービス
    A = "02_デイサービスひだまり"
    dayA = G["dayA"]
    path = f"{A}/利用者一覧.csv"
    rows = []
    for e in dayA:
        rec = new_rec()
        kp = e.h["kp"]
        cm = G["extcm"][e.pid % len(G["extcm"])]
        rows.append([e.sei, e.mei, e.sei_kana, e.mei_kana, slash(e.birth), e.postal, e.address, e.hh.phone, e.h["kaigodo"],
                     rng.choice(["月・木", "火・金", "水・土", "月・水・金"]), cm.h["office"], cm.h["office_tel"], kp.name(), kp.phone()])
        app(path, rec, e, names=[e.name(), e.kana()], birth=True, phones=[e.hh.phone], addr=e.address)
        app(path, rec, kp, names=[kp.name()], phones=[kp.phone()])
    O.file(path, csv_bytes(["姓", "名", "姓カナ", "名カナ", "生年月日", "郵便番号", "住所", "電話", "要介護度", "利用曜日", "ケアマネ事業所", "事業所電話",
                            "緊急連絡先氏名", "緊急連絡先電話"], rows),
           {"姓": "PERSON", "名": "PERSON", "姓カナ": "PERSON", "名カナ": "PERSON", "生年月日": "DATE_OF_BIRTH", "郵便番号": "POSTAL_CODE", "住所": "ADDRESS",
            "電話": "PHONE", "要介護度": "SENSITIVE", "利用曜日": None, "ケアマネ事業所": None, "事業所電話": None, "緊急連絡先氏名": "PERSON", "緊急連絡先電話": "PHONE"},
           ["ケアマネ事業所", "事業所電話"])

    def jisseki_xlsx(path, users, code_prefix):
        summ = []
        monthly = {m: [] for m in [4, 5, 6, 7, 8, 9]}
        for e in users:
            rec = new_rec()
            n = 0
            summ.append([e.name(), e.kana(), slash(e.birth), e.hh.phone, e.h["kaigodo"], None])
            app(path, rec, e, names=[e.name(), e.kana()], birth=True, phones=[e.hh.phone])
            for m in monthly:
                if rng.random() < 0.8:
                    c = rng.randint(4, 13)
                    n += c
                    rec = new_rec()
                    monthly[m].append([e.name(), slash(e.birth), c, rng.choice(SERVICE_CODES[:3]), c * rng.choice([3800, 4100, 5900]), fac(code_prefix)[2]])
                    app(path, rec, e, names=[e.name()], birth=True)
            summ[-1][-1] = n
        sheets = [("集計", ["氏名", "フリガナ", "生年月日", "電話", "要介護度", "利用回数計"], summ)]
        for m, rows in monthly.items():
            sheets.append((f"{m}月", ["氏名", "生年月日", "利用回数", "サービスコード", "請求額", "事業所番号"], rows))
        O.file(path, xlsx_bytes(sheets),
               {"氏名": "PERSON", "フリガナ": "PERSON", "生年月日": "DATE_OF_BIRTH", "電話": "PHONE", "要介護度": "SENSITIVE", "利用回数計": None,
                "利用回数": None, "サービスコード": None, "請求額": None, "事業所番号": None}, ["サービスコード", "請求額", "事業所番号"])

    jisseki_xlsx(f"{A}/利用実績_2024上期.xlsx", dayA, "dayA")

    path = f"{A}/連絡帳_2024-06.jsonl"
    lines = []
    for day in range(3, 29, 1):
        for e in [x for x in dayA if (x.pid + day) % 4 == 0][:8]:
            rec = new_rec()
            obj = {"date": f"2024-06-{day:02d}", "user": {"name": e.name(), "birthday": iso(e.birth)},
                   "vitals": {"bp": f"{rng.randint(110, 160)}/{rng.randint(60, 95)}", "temp": round(rng.uniform(35.8, 37.2), 1)},
                   "bath": rng.choice(["一般浴", "機械浴", "清拭"]), "note": rng.choice(["昼食全量摂取。", "レクリエーションに積極的に参加。", "午後傾眠あり。", "ご家族へ：爪切り済みです。"])}
            lines.append(json.dumps(obj, ensure_ascii=False))
            app(path, rec, e, names=[e.name()], birth=True)
    O.file(path, "\n".join(lines) + "\n", {"date": None, "user.name": "PERSON", "user.birthday": "DATE_OF_BIRTH", "vitals.bp": "SENSITIVE",
                                         "vitals.temp": "SENSITIVE", "bath": "?", "note": "TEXT"}, ["date"])

    path = f"{A}/送迎表_2024-06.csv"  # headerless: route, time, name, address, phone, attendant role
    rows = []
    for i, e in enumerate(dayA):
        rec = new_rec()
        rows.append([f"{i % 4 + 1}便", f"8:{30 + (i % 6) * 5}", e.name(), e.address, e.hh.phone, rng.choice(["送迎運転手", "添乗：介護職員"])])
        app(path, rec, e, names=[e.name()], phones=[e.hh.phone], addr=e.address)
    O.file(path, csv_bytes(None, rows, encoding="cp932"), extra={"headerless": True})

    path = f"{A}/バイタル記録_2024-06.csv"
    rows = []
    for day in [3, 10, 17, 24]:
        for e in dayA[:40]:
            rec = new_rec()
            rows.append([f"2024/06/{day:02d}", e.name(), e.kana(), slash(e.birth), f"{rng.randint(110, 160)}/{rng.randint(60, 95)}", round(rng.uniform(35.8, 37.2), 1), rng.randint(55, 95), ""])
            app(path, rec, e, names=[e.name(), e.kana()], birth=True)
    O.file(path, csv_bytes(["測定日", "氏名", "カナ", "生年月日", "血圧", "体温", "脈拍", "所見"], rows),
           {"測定日": None, "氏名": "PERSON", "カナ": "PERSON", "生年月日": "DATE_OF_BIRTH", "血圧": "SENSITIVE", "体温": "SENSITIVE", "脈拍": "SENSITIVE", "所見": "TEXT"},
           ["測定日"])

    path = f"{A}/ひだまり通信_7月号.docx"
    O.file(path, docx_bytes("ひだまり通信 7月号", ["七夕会を行いました。皆さまの短冊には「健康第一」「家族みんな元気で」などの願いが書かれました。",
                                              "8月の休業日：8/13〜8/15", "お問い合わせ：デイサービスひだまり 04-2990-0220（生活相談員）"]))

    B = "03_デイサービスこもれび"
    dayB = G["dayB"]
    path = f"{B}/users.csv"
    rows = []
    for e in dayB:
        rec = new_rec()
        kp = e.h["kp"]
        cm = G["extcm"][(e.pid * 7) % len(G["extcm"])]
        note = rng.choice(["", "", "Hearing aid (left).", "Uses wheelchair outdoors.", "Prefers female staff for bathing."])
        rows.append([e.sei_rom.upper(), e.mei_rom, e.sei_kana, e.mei_kana, iso(e.birth), e.hh.phone, e.address, e.postal, e.h["kaigodo"],
                     e.h["disease"][0], e.h["allergy"], e.h["techo"], cm.h["office"], cm.h["office_tel"], kp.name(), kp.phone(), note])
        app(path, rec, e, names=[f"{e.sei_rom.upper()} {e.mei_rom}", e.kana()], birth=True, phones=[e.hh.phone], addr=e.address)
        app(path, rec, kp, names=[kp.name()], phones=[kp.phone()])
    O.file(path, csv_bytes(["last_name", "first_name", "last_name_kana", "first_name_kana", "birth_date", "tel", "address", "zip", "kaigodo", "diagnosis",
                            "allergy", "shogai_techo", "care_office", "care_office_tel", "emergency_contact", "emergency_tel", "notes"], rows),
           {"last_name": "PERSON", "first_name": "PERSON", "last_name_kana": "PERSON", "first_name_kana": "PERSON", "birth_date": "DATE_OF_BIRTH", "tel": "PHONE",
            "address": "ADDRESS", "zip": "POSTAL_CODE", "kaigodo": "SENSITIVE", "diagnosis": "SENSITIVE", "allergy": "SENSITIVE", "shogai_techo": "SENSITIVE",
            "care_office": None, "care_office_tel": None, "emergency_contact": "PERSON", "emergency_tel": "PHONE", "notes": "TEXT"}, ["care_office", "care_office_tel"])

    jisseki_xlsx(f"{B}/riyou_jisseki_2024.xlsx", dayB, "dayB")

    path = f"{B}/入浴記録_2024-06.csv"  # half-width kana names
    rows = []
    for day in [4, 11, 18, 25]:
        for e in dayB[:45]:
            rec = new_rec()
            rows.append([f"2024/06/{day:02d}", e.hkana(), slash(e.birth), rng.choice(["一般浴", "機械浴", "シャワー浴"]), rng.choice(["異常なし", "異常なし", "仙骨部発赤", "両下肢浮腫"])])
            app(path, rec, e, names=[e.hkana()], birth=True)
    O.file(path, csv_bytes(["入浴日", "ｼﾒｲ", "生年月日", "入浴形態", "皮膚状態"], rows, encoding="cp932"),
           {"入浴日": None, "ｼﾒｲ": "PERSON", "生年月日": "DATE_OF_BIRTH", "入浴形態": "?", "皮膚状態": "SENSITIVE"}, ["入浴日"])

    path = f"{B}/users_export.json"
    recs = []
    for e in dayB:
        rec = new_rec()
        kp = e.h["kp"]
        fam = [{"name": kp.name(), "relation": kp.h["rel"], "tel": kp.phone()}]
        app(path, rec, e, names=[e.name(), e.kana()], birth=True, phones=[e.hh.phone])
        app(path, rec, kp, names=[kp.name()], phones=[kp.phone()])
        if e.h.get("spouse") and e.h["spouse"] in dayB:
            sp = e.h["spouse"]
            fam.append({"name": sp.name(), "relation": "配偶者", "tel": sp.hh.phone})
            app(path, rec, sp, names=[sp.name()], phones=[sp.hh.phone])
        recs.append({"user_id": f"KM{e.pid:05d}", "profile": {"name": e.name(), "kana": e.kana(), "birthday": iso(e.birth), "tel": e.hh.phone},
                     "care": {"kaigodo": e.h["kaigodo"], "dementia_level": e.h["jiritsu"], "medical_history": e.h["disease"]},
                     "family": fam, "office": {"name": fac("dayB")[1], "tel": fac("dayB")[5]}})
    O.file(path, json.dumps({"exported_at": "2024-07-01T09:00:00+09:00", "users": recs}, ensure_ascii=False, indent=2),
           {"user_id": None, "profile.name": "PERSON", "profile.kana": "PERSON", "profile.birthday": "DATE_OF_BIRTH", "profile.tel": "PHONE",
            "care.kaigodo": "SENSITIVE", "care.dementia_level": "SENSITIVE", "care.medical_history": "SENSITIVE", "family.name": "PERSON", "family.relation": None,
            "family.tel": "PHONE", "office.name": None, "office.tel": None}, ["user_id", "office.name", "office.tel"])

    # ====================================================================================== 居宅
    K = "04_居宅介護支援事業所"
    kyo = G["kyo"]
    cms = [s for s in staff if s.h["fac"] == "kyotaku"]
    path = f"{K}/担当利用者一覧.csv"
    rows = []
    for e in kyo:
        rec = new_rec()
        rows.append([e.name(), e.kana(), iso(e.birth), e.address, e.hh.phone, e.hiho, HOKENSHA[e.hh.city], e.h["kaigodo"],
                     f"2025-{rng.randint(1, 12):02d}-{rng.choice(['15', '30'])}", f"CM-{(e.pid % len(cms)) + 1:02d}", fac("kyotaku")[2]])
        app(path, rec, e, names=[e.name(), e.kana()], birth=True, phones=[e.hh.phone], addr=e.address)
    O.file(path, csv_bytes(["shimei", "furigana", "seinengappi", "jusho", "denwa", "hihokensha_bango", "hokensha_bango", "kaigodo", "nintei_yukou_kigen",
                            "tanto_cm", "jigyosho_bango"], rows),
           {"shimei": "PERSON", "furigana": "PERSON", "seinengappi": "DATE_OF_BIRTH", "jusho": "ADDRESS", "denwa": "PHONE", "hihokensha_bango": "HEALTH_INSURANCE",
            "hokensha_bango": None, "kaigodo": "SENSITIVE", "nintei_yukou_kigen": None, "tanto_cm": None, "jigyosho_bango": None},
           ["hokensha_bango", "nintei_yukou_kigen", "tanto_cm", "jigyosho_bango"])

    # care plans JSON, nested family: a couple shares one keyperson (one person in two records)
    path = f"{K}/ケアプラン_2024-06.json"
    recs = []
    for e in kyo[:120]:
        rec = new_rec()
        kp = e.h["kp"]
        fam = [{"name": kp.name(), "relation": kp.h["rel"], "tel": kp.phone(), "email": kp.email or ""}]
        app(path, rec, e, names=[e.name(), e.kana()], birth=True, phones=[e.hh.phone], addr=e.address)
        app(path, rec, kp, names=[kp.name()], phones=[kp.phone()], email=kp.email)
        if e.h.get("kp_spouse"):
            sp = e.h["kp_spouse"]
            fam.append({"name": sp.name(), "relation": sp.h["rel"], "tel": sp.hh.phone, "email": ""})
            app(path, rec, sp, names=[sp.name()], phones=[sp.hh.phone])
        recs.append({"care_plan_id": f"CP-2024-{rec:05d}",
                     "client": {"name": e.name(), "kana": e.kana(), "birthday": iso(e.birth), "tel": e.hh.phone, "address": {"zip": e.postal, "line": e.address}},
                     "kaigodo": e.h["kaigodo"], "diagnosis": e.h["disease"], "goals": "自宅での入浴を継続し、転倒なく過ごせる。",
                     "family": fam,
                     "services": [{"code": rng.choice(SERVICE_CODES), "provider": rng.choice([fac("dayA")[1], fac("dayB")[1], "訪問介護ステーション山田"])}],
                     "care_manager": {"office": fac("kyotaku")[1], "office_tel": fac("kyotaku")[5]}})
    O.file(path, json.dumps(recs, ensure_ascii=False, indent=1),
           {"care_plan_id": None, "client.name": "PERSON", "client.kana": "PERSON", "client.birthday": "DATE_OF_BIRTH", "client.tel": "PHONE",
            "client.address.zip": "POSTAL_CODE", "client.address.line": "ADDRESS", "kaigodo": "SENSITIVE", "diagnosis": "SENSITIVE", "goals": "TEXT",
            "family.name": "PERSON", "family.relation": None, "family.tel": "PHONE", "family.email": "EMAIL", "services.code": None, "services.provider": None,
            "care_manager.office": None, "care_manager.office_tel": None},
           ["care_plan_id", "services.code", "services.provider", "care_manager.office", "care_manager.office_tel"])

    path = f"{K}/アセスメント_2024.xml"
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', "<assessments>"]
    for e in kyo[100:190]:
        rec = new_rec()
        kp = e.h["kp"]
        d = e.h["doctor"]
        parts.append("  <assessment>")
        parts.append(f"    <client><name>{e.name()}</name><kana>{e.kana()}</kana><birth>{iso(e.birth)}</birth><hiho_no>{e.hiho}</hiho_no></client>")
        parts.append(f"    <kaigodo>{e.h['kaigodo']}</kaigodo><jiritsudo>{e.h['jiritsu']}</jiritsudo><shogai_techo>{e.h['techo']}</shogai_techo>")
        parts.append(f"    <doctor><name>{d.name()}</name><hospital>{d.h['clinic']}</hospital><tel>{d.h['clinic_tel']}</tel></doctor>")
        parts.append(f"    <family><member><name>{kp.name()}</name><relation>{kp.h['rel']}</relation><tel>{kp.phone()}</tel></member></family>")
        parts.append("    <note>本人は自宅での生活継続を強く希望。</note>")
        parts.append("  </assessment>")
        app(path, rec, e, names=[e.name(), e.kana()], birth=True)
        app(path, rec, kp, names=[kp.name()], phones=[kp.phone()])
        app(path, rec, d, names=[d.name()], phones=[d.h["clinic_tel"]])
    parts.append("</assessments>")
    O.file(path, "\n".join(parts) + "\n",
           {"client.name": "PERSON", "client.kana": "PERSON", "client.birth": "DATE_OF_BIRTH", "client.hiho_no": "HEALTH_INSURANCE", "kaigodo": "SENSITIVE",
            "jiritsudo": "SENSITIVE", "shogai_techo": "SENSITIVE", "doctor.name": "PERSON", "doctor.hospital": None, "doctor.tel": "?",
            "family.member.name": "PERSON", "family.member.relation": None, "family.member.tel": "PHONE", "note": "TEXT"}, ["doctor.hospital"])

    for m in [4, 5, 6]:  # headerless, CP932 monthly 給付管理
        path = f"{K}/給付管理/給付管理_2024-{m:02d}.csv"
        rows = []
        for e in kyo:
            if rng.random() < 0.85:
                for code in rng.sample(SERVICE_CODES, rng.randint(1, 2)):
                    rec = new_rec()
                    rows.append([f"2024{m:02d}", e.hiho, e.name(), wareki(e.birth), code, rng.randint(200, 3000), rng.choice([fac("dayA")[2], fac("dayB")[2], "1171209999"])])
                    app(path, rec, e, names=[e.name()], birth=True)
        O.file(path, csv_bytes(None, rows, encoding="cp932"), extra={"headerless": True})

    path = f"{K}/主治医意見書依頼一覧.csv"
    rows = []
    for e in kyo[:80]:
        rec = new_rec()
        d = e.h["doctor"]
        rows.append([e.name(), iso(e.birth), d.name(), d.h["clinic"], d.h["clinic_tel"], f"2024-0{rng.randint(4, 6)}-{rng.randint(1, 28):02d}", e.h["disease"][0]])
        app(path, rec, e, names=[e.name()], birth=True)
        app(path, rec, d, names=[d.name()], phones=[d.h["clinic_tel"]])
    O.file(path, csv_bytes(["利用者氏名", "生年月日", "主治医名", "医療機関名", "医療機関電話", "依頼日", "主病名"], rows),
           {"利用者氏名": "PERSON", "生年月日": "DATE_OF_BIRTH", "主治医名": "PERSON", "医療機関名": None, "医療機関電話": "?", "依頼日": None, "主病名": "SENSITIVE"},
           ["医療機関名", "依頼日"])

    for i, e in enumerate(kyo[:4]):
        path = f"{K}/サービス担当者会議録/会議録_2024-06_{i + 1:02d}.docx"
        rec = new_rec()
        kp = e.h["kp"]
        cm = cms[i % len(cms)]
        O.file(path, docx_bytes("サービス担当者会議の要点", [
            f"利用者名：{e.name()} 様（{iso(e.birth)}生）　{e.h['kaigodo']}", f"開催日：2024年6月{5 + i}日　場所：利用者宅（{e.address}）",
            f"出席者：本人、{kp.h['rel']} {kp.name()}（{kp.phone()}）、デイサービス生活相談員、訪問看護ステーションそよかぜ 看護師",
            f"担当介護支援専門員：{cm.name()}（{cm.email}）", f"検討事項：{e.h['disease'][0]}による歩行不安定。通所回数を週2回に増やす。"],
            table=[["サービス", "事業所", "回数"], ["通所介護", fac("dayA")[1], "週2回"], ["配食", fac("meal")[1], "週5回"]]))
        app(path, rec, e, names=[e.name()], birth=True, addr=e.address)
        app(path, rec, kp, names=[kp.name()], phones=[kp.phone()])
        app(path, rec, cm, names=[cm.name()], email=cm.email)

    path = f"{K}/地域ケア会議_資料.docx"
    O.file(path, docx_bytes("地域ケア会議 資料（2024年度第1回）", ["担当件数：要支援 38件、要介護 192件", "独居高齢者の割合：41%",
                                                        "課題：認知症の独居高齢者への見守り体制", "出典：居宅介護支援事業所みどり 集計"]))

    # ====================================================================================== 配食
    M = "05_配食サービス"
    meal = G["meal"]
    path = f"{M}/配食利用者名簿.csv"
    rows = []
    for e in meal:
        rec = new_rec()
        kp = e.h["kp"]
        rows.append([e.name(), e.kana(), slash(e.birth), e.postal, e.address, e.hh.phone, e.h["diet"], e.h["allergy"], kp.name(), kp.phone(),
                     f"{rng.choice('ABCDE')}ルート", rng.choice(["", "", "玄関前の箱に置く", "耳が遠いので呼び鈴を長く", "犬あり"])])
        app(path, rec, e, names=[e.name(), e.kana()], birth=True, phones=[e.hh.phone], addr=e.address)
        app(path, rec, kp, names=[kp.name()], phones=[kp.phone()])
    O.file(path, csv_bytes(["氏名", "フリガナ", "生年月日", "〒", "住所", "電話", "食事制限", "アレルギー", "安否確認連絡先", "安否確認連絡先電話", "配達ルート", "備考"], rows, bom=True),
           {"氏名": "PERSON", "フリガナ": "PERSON", "生年月日": "DATE_OF_BIRTH", "〒": "POSTAL_CODE", "住所": "ADDRESS", "電話": "PHONE", "食事制限": "SENSITIVE",
            "アレルギー": "SENSITIVE", "安否確認連絡先": "PERSON", "安否確認連絡先電話": "PHONE", "配達ルート": None, "備考": "TEXT"})

    for m in [4, 5, 6]:
        path = f"{M}/配達記録/配達記録_2024-{m:02d}.csv"
        rows = []
        subs = [e for e in meal if (e.pid + m) % 5 != 0]
        for day in range(1, 29, 3):
            for e in subs:
                if rng.random() < 0.55:
                    rec = new_rec()
                    rows.append([f"2024-{m:02d}-{day:02d}", e.name(), e.hh.phone, f"24{rng.randint(1, 3):02d}{rng.randint(100, 999)}", 1, rng.choice([550, 600, 650]),
                                 f"配達員（{rng.choice('ABCDE')}ルート）"])
                    app(path, rec, e, names=[e.name()], phones=[e.hh.phone])
        O.file(path, csv_bytes(["配達日", "氏名", "電話", "メニューコード", "数量", "金額", "配達担当"], rows, encoding="cp932" if m == 5 else "utf-8"),
               {"配達日": None, "氏名": "PERSON", "電話": "PHONE", "メニューコード": None, "数量": None, "金額": None, "配達担当": None},
               ["配達日", "メニューコード", "金額", "配達担当"])

    # web application form export: some rows have an empty name cell but an e-mail / phone / birth date
    path = f"{M}/配食申込_web.csv"
    rows = []
    web = [e for e in meal if e.h["kp"].email][:60]
    for i, e in enumerate(web):
        kp = e.h["kp"]
        rec = new_rec()
        rows.append([f"2024-0{4 + i % 3}-{1 + i % 28:02d} 10:{i % 60:02d}", kp.name(), kp.email, kp.phone(), e.name(), slash(e.birth), e.address, e.h["diet"]])
        app(path, rec, kp, names=[kp.name()], email=kp.email, phones=[kp.phone()])
        app(path, rec, e, names=[e.name()], birth=True, addr=e.address)
        if i % 4 == 0:  # the same family re-submits and leaves the name empty (joined by e-mail)
            rec = new_rec()
            rows.append([f"2024-0{4 + i % 3}-{2 + i % 27:02d} 21:{i % 60:02d}", "", kp.email, kp.phone(), e.name(), slash(e.birth), e.address, e.h["diet"]])
            app(path, rec, kp, email=kp.email)
            app(path, rec, e, names=[e.name()], birth=True, addr=e.address)
    O.file(path, csv_bytes(["申込日時", "お申込者名", "メールアドレス", "お申込者電話", "ご利用者名", "ご利用者生年月日", "お届け先住所", "食事制限"], rows),
           {"申込日時": None, "お申込者名": "PERSON", "メールアドレス": "EMAIL", "お申込者電話": "PHONE", "ご利用者名": "PERSON", "ご利用者生年月日": "DATE_OF_BIRTH",
            "お届け先住所": "ADDRESS", "食事制限": "SENSITIVE"}, ["申込日時"])

    path = f"{M}/注文データ_2024-06.json"
    recs = []
    for i, e in enumerate(meal[:150]):
        rec = new_rec()
        kp = e.h["kp"]
        orderer = kp if (i % 3) else None
        o = {"order_id": f"ORD-2406-{i + 1:04d}",
             "recipient": {"name": e.name(), "kana": e.kana(), "birthday": iso(e.birth), "tel": e.hh.phone, "address": {"zip": e.postal, "line": e.address}},
             "diet": {"restriction": e.h["diet"], "allergy": e.h["allergy"]},
             "items": [{"menu_code": f"24{rng.randint(1, 3):02d}{rng.randint(100, 999)}", "qty": rng.randint(5, 20), "price": 550}]}
        app(path, rec, e, names=[e.name(), e.kana()], birth=True, phones=[e.hh.phone], addr=e.address)
        if orderer:
            o["orderer"] = {"name": kp.name(), "tel": kp.phone(), "email": kp.email or ""}
            app(path, rec, kp, names=[kp.name()], phones=[kp.phone()], email=kp.email)
        else:
            o["orderer"] = {"name": "", "tel": "", "email": ""}
        recs.append(o)
    O.file(path, json.dumps({"orders": recs}, ensure_ascii=False, indent=2),
           {"order_id": None, "recipient.name": "PERSON", "recipient.kana": "PERSON", "recipient.birthday": "DATE_OF_BIRTH", "recipient.tel": "PHONE",
            "recipient.address.zip": "POSTAL_CODE", "recipient.address.line": "ADDRESS", "diet.restriction": "SENSITIVE", "diet.allergy": "SENSITIVE",
            "items.menu_code": None, "items.qty": None, "items.price": None, "orderer.name": "PERSON", "orderer.tel": "PHONE", "orderer.email": "EMAIL"},
           ["order_id", "items.menu_code", "items.price"])

    path = f"{M}/献立表_2024-07.xlsx"
    rows = [[f"2024-07-{d:02d}", f"2407{d:02d}{k}", nm, kcal] for d in range(1, 32) for k, nm, kcal in [(1, "普通食弁当", 620), (2, "減塩食弁当", 580), (3, "やわらか食", 540)]]
    O.file(path, xlsx_bytes([("7月", ["日付", "メニューコード", "献立", "kcal"], rows)]),
           {"日付": None, "メニューコード": None, "献立": None, "kcal": None}, ["日付", "メニューコード"])

    path = f"{M}/料金表_配食.csv"
    O.file(path, csv_bytes(["メニューコード", "内容", "単価", "配達地域", "問い合わせ先"], [["2401001", "普通食弁当", 550, "所沢市全域", "04-2990-0550"],
                                                                                  ["2401002", "減塩食弁当", 600, "所沢市全域", "04-2990-0550"],
                                                                                  ["2401003", "糖尿病食弁当", 650, "狭山市・入間市", "04-2990-0551"]]),
           {"メニューコード": None, "内容": None, "単価": None, "配達地域": None, "問い合わせ先": None}, ["メニューコード", "単価", "問い合わせ先"])

    path = f"{M}/安否確認報告_2024-06.txt"
    lines = ["安否確認報告（2024年6月）", ""]
    rec = new_rec()
    for e in meal[150:162]:
        kp = e.h["kp"]
        lines.append(f"■ {e.name()} 様（{slash(e.birth)}生、{e.address}）")
        lines.append(f"  配達時に応答なし。安否確認連絡先の{kp.name()}様（{kp.phone()}）へ連絡し、通院中と確認。")
        lines.append("")
        app(path, rec, e, names=[e.name()], birth=True, addr=e.address)
        app(path, rec, kp, names=[kp.name()], phones=[kp.phone()])
        rec = new_rec()
    lines.append("報告者：配食サービス 事務員")
    O.file(path, "\n".join(lines) + "\n")

    # volunteers
    path = "06_地域連携/ボランティア登録.csv"
    rows = []
    for v in G["volunteers"]:
        rec = new_rec()
        rows.append([v.name(), v.kana(), v.phone(), v.email or "", v.address, rng.choice(["配食配達", "傾聴", "行事補助", "送迎補助"]), rng.choice(["加入", "未加入"])])
        app(path, rec, v, names=[v.name(), v.kana()], phones=[v.phone()], email=v.email, addr=v.address)
    O.file(path, csv_bytes(["氏名", "フリガナ", "電話", "メール", "住所", "活動内容", "ボランティア保険"], rows),
           {"氏名": "PERSON", "フリガナ": "PERSON", "電話": "PHONE", "メール": "EMAIL", "住所": "ADDRESS", "活動内容": None, "ボランティア保険": None})

    path = "06_地域連携/関係機関連絡先.xml"
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', "<offices>"]
    for o in OTHER_OFFICES:
        parts.append(f"  <office><name>{o[0]}</name><tel>{o[1]}</tel><email>info@{o[2]}</email><zip>359-0000</zip></office>")
    for d in G["doctors"][:8]:
        parts.append(f"  <office><name>{d.h['clinic']}</name><tel>{d.h['clinic_tel']}</tel><email>uketsuke@{d.sei_rom.lower()}-clinic.jp</email><zip>359-1111</zip></office>")
    parts.append("</offices>")
    O.file(path, "\n".join(parts) + "\n", {"name": None, "tel": None, "email": None, "zip": None}, ["name", "tel", "email", "zip"])

    build_mail(G, rng, O, new_rec)


# ----------------------------------------------------------------------------------------------------------
# mail
# ----------------------------------------------------------------------------------------------------------
def build_mail(G, rng, O, new_rec):
    def iso(d):
        return d.isoformat()

    def slash(d):
        return d.strftime("%Y/%m/%d")

    staff = G["staff"]
    cur = [r for r in G["residents"] if r.h["current"]]
    base = dt.datetime(2024, 4, 1, 9, 0)

    def when(i):
        return base + dt.timedelta(hours=7 * i + rng.randint(0, 5), minutes=rng.randint(0, 59))

    def sig_staff(s):
        f = fac(s.h["fac"])
        return f"--\n社会福祉法人みどり会 {f[1]}\n{s.h['job']} {s.name()}\nTEL {f[5]}（代表） FAX {f[6]}\nMail {s.email}\n"

    def sig_family(k):
        return f"\n{k.name()}\n{k.phone()}\n"

    class Box:
        def __init__(self, path):
            self.path, self.mails, self.n = path, [], 0
            self.tag = "mb" + str(sum(path.encode("utf-8")) % 99991)

        def add(self, mail, people):
            """people: list of (person, kwargs for keys) shown anywhere in this message."""
            rec = new_rec()
            self.mails.append(mail)
            merged = {}
            order = []
            for p, kw in people:
                if p.pid not in merged:
                    merged[p.pid] = (p, {"names": [], "phones": [], "birth": False, "email": None, "addr": None})
                    order.append(p.pid)
                m = merged[p.pid][1]
                m["names"] += [x for x in kw.get("names", []) if x not in m["names"]]
                m["phones"] += [x for x in kw.get("phones", []) if x and x not in m["phones"]]
                m["birth"] = m["birth"] or kw.get("birth", False)
                m["email"] = m["email"] or kw.get("email")
                m["addr"] = m["addr"] or kw.get("addr")
            for pid in order:
                p, m = merged[pid]
                O.ap(D, self.path, rec, p, names=m["names"], birth=m["birth"], phones=m["phones"], email=m["email"], addr=m["addr"])

        def mid(self):
            self.n += 1
            return f"{self.n:04d}.{self.tag}@{ORG_DOMAIN}"

        def write(self):
            O.file(self.path, mbox_bytes(self.mails))

    def quote(text):
        return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n"))

    def S(s):  # staff keys when the signature is shown
        return (s, {"names": [s.name()], "phones": [fac(s.h["fac"])[5]], "email": s.email})

    def F(k, sig=True):
        kw = {"names": [k.name()], "email": k.email}
        if sig:
            kw["phones"] = [k.phone()]
        return (k, kw)

    # ---------------------------------------------------------------- 家族会連絡.mbox (families ↔ 特養 staff)
    box = Box("01_特養さくらの里/家族会/家族会連絡.mbox")
    soudan = [s for s in staff if s.h["fac"] == "tokuyo" and s.h["job"] == "生活相談員"] or [s for s in staff if s.h["fac"] == "tokuyo"][:2]
    fam_mail = [r for r in cur if r.h["kp"].email][:40]
    ml_fam = [r.h["kp"] for r in cur if r.h["kp"].email][:30]
    ml_only = G["ml_only"]
    i = 0
    # list mail from the office to the 家族会 (display names for some, bare addresses for others)
    for n in range(6):
        s = soudan[n % len(soudan)]
        to = []
        people = [S(s)]
        for j, k in enumerate(ml_fam):
            if (j + n) % 3 == 0:
                to.append(k.email)
                people.append((k, {"email": k.email}))
            else:
                to.append((k.name(), k.email))
                people.append((k, {"names": [k.name()], "email": k.email}))
        cc = []
        for k in ml_only[(n * 4) % 22:(n * 4) % 22 + 8]:
            cc.append(k.email)
            people.append((k, {"email": k.email}))
        body = (f"家族会の皆さま\n\nいつもお世話になっております。さくらの里 生活相談員の{s.name()}です。\n"
                f"{['夏祭り', '面会ルール変更', '敬老会', 'インフルエンザ予防接種', '家族会総会', '年末の面会'][n]}についてご案内いたします。\n"
                "詳細は添付の家族会だよりをご覧ください。\n\n" + sig_staff(s))
        box.add(Mail((s.name(), s.email), [("さくらの里 家族会", "kazokukai@" + ORG_DOMAIN)], f"【家族会】{['夏祭り', '面会', '敬老会', '予防接種', '総会', '年末'][n]}のご案内",
                     when(i), body, box.mid(), cc=to + cc), people)
        i += 1
    # threads: a family member writes about their parent (name + birth date), staff reply quoting
    for r in fam_mail:
        k = r.h["kp"]
        s = soudan[r.pid % len(soudan)]
        sub = rng.choice(["母の様子について", "面会の件", "父の通院について", "請求書の件", "衣類の持ち込みについて"])
        body1 = (f"さくらの里 ご担当者様\n\n{r.h['room']}に入居している{r.name()}（{wareki(r.birth)}生）の{k.h['rel']}です。\n"
                 f"最近食事量が減っていると聞き心配しております。{r.h['disease'][0]}の薬は変わりましたか。\n" + sig_family(k))
        m1 = box.mid()
        d1 = when(i)
        i += 1
        box.add(Mail((k.name(), k.email), [("さくらの里 相談窓口", "soudan@" + ORG_DOMAIN)], sub, d1, body1, m1),
                [F(k), (r, {"names": [r.name()], "birth": True})])
        body2 = (f"{k.name()} 様\n\nいつもお世話になっております。{s.name()}です。\n{r.name()}様は先週より食事形態を{r.h['form']}に変更し、"
                 f"摂取量は回復傾向です。\n\n{d1.strftime('%Y年%m月%d日')} {k.name()} <{k.email}>:\n{quote(body1)}\n\n" + sig_staff(s))
        m2 = box.mid()
        box.add(Mail((s.name(), s.email), [(k.name(), k.email)], "Re: " + sub, when(i), body2, m2, in_reply_to=m1),
                [S(s), F(k), (r, {"names": [r.name()], "birth": True})])
        i += 1
        if r.pid % 3 == 0:  # the family replies again, from the same address, quoting both
            body3 = f"{s.name()} 様\n\nご丁寧にありがとうございます。安心しました。\n" + sig_family(k) + "\n" + quote(body2)
            box.add(Mail((k.name(), k.email), [(s.name(), s.email)], "Re: Re: " + sub, when(i), body3, box.mid(), in_reply_to=m2),
                    [F(k), S(s), (r, {"names": [r.name()], "birth": True})])
            i += 1
    # newsletters without a person
    for n in range(4):
        box.add(Mail(("さくらの里だより", "news@" + ORG_DOMAIN), ["undisclosed-recipients:;"], f"さくらの里だより {n + 5}月号", when(i),
                     "今月の行事：誕生会、書道クラブ、散歩会\n面会時間：10:00〜17:00\n配信停止は news@midori-kai.or.jp まで。\n", box.mid()), [])
        i += 1
    box.write()

    # ---------------------------------------------------------------- 全体連絡ML.mbox (staff mailing list)
    box = Box("00_法人本部/全体連絡ML.mbox")
    subj = ["【全体】6月の職員会議について", "【全体】感染症対策の徹底", "【全体】ストレスチェック実施", "【全体】夏季休暇の申請", "【全体】防災訓練のお知らせ",
            "【全体】システム停止のお知らせ", "【全体】健康診断の日程", "【全体】研修受講のお願い", "【全体】賞与明細の配布",
            "【全体】駐車場の利用について", "【全体】個人情報保護の自己点検", "【全体】敬老会の応援依頼", "【全体】年末調整の書類提出",
            "【全体】制服の貸与について"]
    i = 0
    for n, sj in enumerate(subj):
        s = staff[n % 10]  # 本部 staff send
        rcpt = rng.sample(staff[10:], 28)
        people = [S(s)]
        to, cc = [], []
        for j, x in enumerate(rcpt):
            if j % 2:
                to.append((x.name(), x.email))
                people.append((x, {"names": [x.name()], "email": x.email}))
            else:
                cc.append(x.email)
                people.append((x, {"email": x.email}))
        body = f"職員各位\n\n法人本部の{s.name()}です。\n{sj[4:]}について連絡します。各事業所で周知をお願いします。\n\n" + sig_staff(s)
        m1 = box.mid()
        box.add(Mail((s.name(), s.email), to, sj, when(i), body, m1, cc=cc + ["all@" + ORG_DOMAIN]), people)
        i += 1
        for x in rng.sample(rcpt, 3):  # reply-all style replies quoting the signature
            b2 = f"{s.name()}さん\n\n{fac(x.h['fac'])[1]}の{x.name()}です。承知しました。\n\n" + sig_staff(x) + "\n" + quote(body)
            box.add(Mail((x.name(), x.email), [(s.name(), s.email), "all@" + ORG_DOMAIN], "Re: " + sj, when(i), b2, box.mid(), in_reply_to=m1),
                    [S(x), S(s)])
            i += 1
    # forwarded family mail inside the staff list
    for r in [r for r in cur if r.h["kp"].email][40:46]:
        k = r.h["kp"]
        s = soudan[0]
        orig = f"{r.name()}（{slash(r.birth)}生）の家族です。来月から面会の回数を増やしたいのですが可能でしょうか。\n" + sig_family(k)
        body = (f"各位\n\n家族からの問い合わせを転送します。\n\n---------- Forwarded message ---------\nFrom: {k.name()} <{k.email}>\n"
                f"Date: 2024年6月{r.pid % 28 + 1}日\nSubject: 面会について\nTo: soudan@{ORG_DOMAIN}\n\n{orig}\n" + sig_staff(s))
        box.add(Mail((s.name(), s.email), ["tokuyo-staff@" + ORG_DOMAIN], "Fwd: 面会について", when(i), body, box.mid(), cte="base64"),
                [S(s), F(k), (r, {"names": [r.name()], "birth": True})])
        i += 1
    box.write()

    # ---------------------------------------------------------------- 居宅_連絡.mbox (care managers ↔ other agencies / families)
    box = Box("04_居宅介護支援事業所/居宅_連絡.mbox")
    cms = [s for s in staff if s.h["fac"] == "kyotaku"]
    kyo = G["kyo"]
    i = 0
    for j, e in enumerate(kyo[:60]):
        cm = cms[j % len(cms)]
        ext = G["extcm"][j % len(G["extcm"])]
        d = e.h["doctor"]
        sub = f"{e.name()}様 サービス調整の件"
        body1 = (f"{ext.h['office']}\n{ext.name()} 様\n\nお世話になっております。居宅介護支援事業所みどりの{cm.name()}です。\n"
                 f"{e.name()}様（{iso(e.birth)}生、{e.h['kaigodo']}）について、主治医（{d.h['clinic']}）より{e.h['disease'][0]}の指示が出ております。\n"
                 "訪問看護の追加をご検討ください。\n\n" + sig_staff(cm))
        m1 = box.mid()
        d1 = when(i)
        box.add(Mail((cm.name(), cm.email), [(ext.name(), ext.email)], sub, d1, body1, m1, cc=["kyotaku@" + ORG_DOMAIN]),
                [S(cm), (ext, {"names": [ext.name()], "email": ext.email}), (e, {"names": [e.name()], "birth": True})])
        i += 1
        if j % 2 == 0:
            body2 = (f"{cm.name()} 様\n\n{ext.h['office']}の{ext.name()}です。承知しました。\n\n--\n{ext.h['office']} {ext.name()}\nTEL {ext.h['office_tel']}\n{ext.email}\n\n"
                     f"{d1.strftime('%Y/%m/%d %H:%M')}、{cm.name()} <{cm.email}> さんは書きました:\n" + quote(body1))
            box.add(Mail((ext.name(), ext.email), [(cm.name(), cm.email)], "Re: " + sub, when(i), body2, box.mid(), in_reply_to=m1),
                    [(ext, {"names": [ext.name()], "email": ext.email, "phones": [ext.h["office_tel"]]}), S(cm), (e, {"names": [e.name()], "birth": True})])
            i += 1
        if j % 5 == 0:  # auto-reply from the other agency's person
            box.add(Mail((ext.name(), ext.email), [(cm.name(), cm.email)], "自動応答: 不在のお知らせ", when(i),
                         f"申し訳ございません。{ext.name()}は6月10日まで不在にしております。急ぎの場合は代表（{ext.h['office_tel']}）までご連絡ください。\n",
                         box.mid(), extra_headers=["Auto-Submitted: auto-replied"]),
                    [(ext, {"names": [ext.name()], "email": ext.email, "phones": [ext.h["office_tel"]]}), S(cm)])
            i += 1
    # families of 居宅 clients, one person writing many times (from two addresses: signature joins them)
    writers = [e for e in kyo if e.h["kp"].email][:20]
    for j, e in enumerate(writers):
        k = e.h["kp"]
        cm = cms[j % len(cms)]
        for t in range(1 + j % 4):
            frm_addr = k.email
            body = f"{cm.name()} 様\n\n{e.name()}（{wareki(e.birth)}生、自宅 {e.hh.phone}）の{k.h['rel']}です。いつもお世話になります。\n{['ショートステイの空き', '福祉用具のレンタル', '認定更新の書類', '通院の付き添い'][t]}について相談させてください。\n" + sig_family(k)
            box.add(Mail((k.name(), frm_addr), [(cm.name(), cm.email)], f"相談（{e.name()}）", when(i), body, box.mid(),
                         charset="iso-2022-jp" if j % 3 == 0 else "utf-8"),
                    [F(k), S(cm), (e, {"names": [e.name()], "phones": [e.hh.phone], "birth": True})])
            i += 1
    box.write()

    # ---------------------------------------------------------------- 配食_問い合わせ.mbox
    box = Box("05_配食サービス/配食_問い合わせ.mbox")
    meal = G["meal"]
    i = 0
    asked = [e for e in meal if e.h["kp"].email][60:110]
    mstaff = [s for s in staff if s.h["fac"] == "meal"]
    for j, e in enumerate(asked):
        k = e.h["kp"]
        s = mstaff[j % len(mstaff)]
        body1 = (f"みどり配食サービス 御中\n\n{e.address}に住む{e.name()}の{k.h['rel']}です。\n{e.h['diet']}のお弁当を週3回お願いしたいです。"
                 f"アレルギーは{e.h['allergy']}です。\n" + sig_family(k))
        m1 = box.mid()
        box.add(Mail((k.name(), k.email), ["haishoku@" + ORG_DOMAIN], "配食の申し込み", when(i), body1, m1),
                [F(k), (e, {"names": [e.name()], "addr": e.address})])
        i += 1
        box.add(Mail(("みどり配食サービス", "noreply@" + ORG_DOMAIN), [k.email], "【自動返信】お問い合わせを受け付けました", when(i),
                     "お問い合わせありがとうございます。担当者より2営業日以内にご連絡いたします。\n（このメールは送信専用です）\n", box.mid(),
                     extra_headers=["Auto-Submitted: auto-replied"]), [(k, {"email": k.email})])
        i += 1
        body2 = (f"{k.name()} 様\n\nお申し込みありがとうございます。{s.name()}です。{e.name()}様の初回配達は来週月曜日となります。\n\n" + sig_staff(s) + "\n" + quote(body1))
        box.add(Mail((s.name(), s.email), [(k.name(), k.email)], "Re: 配食の申し込み", when(i), body2, box.mid(), in_reply_to=m1),
                [S(s), F(k), (e, {"names": [e.name()], "addr": e.address})])
        i += 1
    for n in range(5):  # vendor mail from role addresses: no person
        box.add(Mail(("株式会社山田食品 営業部", "sales@yamada-foods.co.jp"), ["haishoku@" + ORG_DOMAIN], f"7月の食材価格改定のお知らせ（{n + 1}）", when(i),
                     "平素より格別のお引き立てを賜り厚く御礼申し上げます。\n株式会社山田食品 営業部\nTEL 03-5555-0101（代表）\n", box.mid()), [])
        i += 1
    box.write()

    # ---------------------------------------------------------------- 総務_受信.mbox: bounces, auto replies, applicants, newsletters
    box = Box("00_法人本部/総務_受信.mbox")
    i = 0
    vols = [v for v in G["volunteers"] if v.email]
    s0 = staff[0]
    for n, v in enumerate(vols[:12]):
        body = (f"ボランティアの皆さま\n\n法人本部の{s0.name()}です。7月の活動日程をお送りします。\n\n" + sig_staff(s0))
        to = [(x.name(), x.email) if (m % 2) else x.email for m, x in enumerate(vols)]
        people = [S(s0)] + [(x, {"names": [x.name()], "email": x.email} if (m % 2) else {"email": x.email}) for m, x in enumerate(vols)]
        if n == 0:
            box.add(Mail((s0.name(), s0.email), [("ボランティア各位", "volunteer@" + ORG_DOMAIN)], "7月のボランティア活動日程", when(i), body, box.mid(), cc=to), people)
            i += 1
        # bounce for one recipient, quoting the original headers
        if n % 3 == 0:
            bounce = (f"This is the mail system at host mx.{ORG_DOMAIN}.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
                      f"<{v.email}>: host mx.{v.email.split('@')[1]} said: 550 5.1.1 User unknown\n\n--- Original message headers ---\n"
                      f"From: {s0.name()} <{s0.email}>\nTo: volunteer@{ORG_DOMAIN}\nSubject: 7月のボランティア活動日程\n")
            box.add(Mail(("Mail Delivery System", "MAILER-DAEMON@mx." + ORG_DOMAIN), [s0.email], "Undelivered Mail Returned to Sender", when(i), bounce, box.mid(),
                         extra_headers=["Auto-Submitted: auto-replied"]), [(v, {"email": v.email}), (s0, {"names": [s0.name()], "email": s0.email})])
            i += 1
    for a in G["applicants"][3:18]:
        body = f"社会福祉法人みどり会 採用ご担当者様\n\n求人を拝見し応募いたします。{a.name()}と申します。\n履歴書を添付いたします。\n\n{a.name()}\n{a.mobile}\n{a.email}\n"
        box.add(Mail((a.name(), a.email), ["saiyo@" + ORG_DOMAIN], "介護職員の求人への応募", when(i), body, box.mid()),
                [(a, {"names": [a.name()], "email": a.email, "phones": [a.mobile]})])
        i += 1
        box.add(Mail(("みどり会 採用担当", "saiyo@" + ORG_DOMAIN), [(a.name(), a.email)], "Re: 介護職員の求人への応募", when(i),
                     f"{a.name()} 様\n\nご応募ありがとうございます。面接日程は追ってご連絡いたします。\n\n社会福祉法人みどり会 法人本部 採用担当\nTEL 04-2990-0100（代表）\n",
                     box.mid()), [(a, {"names": [a.name()], "email": a.email})])
        i += 1
    for n in range(8):
        box.add(Mail(("福祉情報ニュース", "newsletter@fukushi-news.jp"), ["info@" + ORG_DOMAIN], f"【福祉情報ニュース】第{120 + n}号", when(i),
                     "今週のトピック：介護報酬改定の解説、処遇改善加算の申請期限。\n配信停止：https://fukushi-news.jp/stop\n", box.mid()), [])
        i += 1
        box.add(Mail(("所沢市 介護保険課", "kaigo-hoken@city.tokorozawa.example.jp"), ["info@" + ORG_DOMAIN], f"事業所向け通知（{n + 1}）", when(i),
                     "介護保険事業所各位\n指定更新申請の手続きについてお知らせします。\n所沢市 介護保険課（代表 04-2998-1111）\n", box.mid()), [])
        i += 1
    box.write()

    # ---------------------------------------------------------------- single .eml files
    emls = []
    r = [r for r in cur if r.h["kp"].email][46] if len([r for r in cur if r.h["kp"].email]) > 46 else cur[60]
    k = r.h["kp"]
    emls.append(("99_メール/受信/2024-06-12_苦情.eml",
                 Mail((k.name(), k.email or "kujo-" + str(k.pid) + "@gmail.com"), ["info@" + ORG_DOMAIN], "入浴介助についてのお願い", dt.datetime(2024, 6, 12, 20, 15),
                      f"{r.name()}（{iso(r.birth)}生）の家族の{k.name()}です。\n入浴の回数について改善をお願いしたく連絡しました。\n{k.name()}\n{k.phone()}\n", "eml1@" + ORG_DOMAIN),
                 [(k, {"names": [k.name()], "email": k.email, "phones": [k.phone()]}), (r, {"names": [r.name()], "birth": True})]))
    d = G["doctors"][0]
    emls.append(("99_メール/受信/2024-06-15_休診のお知らせ.eml",
                 Mail((d.h["clinic"], "uketsuke@clinic-" + d.sei_rom.lower() + ".jp"), ["info@" + ORG_DOMAIN], "夏季休診のお知らせ", dt.datetime(2024, 6, 15, 9, 0),
                      f"{d.h['clinic']}は8月13日〜16日を休診とさせていただきます。\n{d.h['clinic']} 受付\nTEL {d.h['clinic_tel']}\n", "eml2@" + ORG_DOMAIN), []))
    v = [v for v in G["volunteers"] if v.email][1]
    emls.append(("99_メール/受信/2024-06-20_ボランティア.eml",
                 Mail((v.name(), v.email or "vol@" + ORG_DOMAIN), ["volunteer@" + ORG_DOMAIN], "7月の活動について", dt.datetime(2024, 6, 20, 11, 0),
                      f"7月は第2・第4土曜に参加できます。\n{v.name()}\n{v.phone()}\n", "eml3@" + ORG_DOMAIN),
                 [(v, {"names": [v.name()], "email": v.email, "phones": [v.phone()]})]))
    emls.append(("99_メール/受信/2024-06-21_システム通知.eml",
                 Mail(("介護ソフト サポート", "noreply@kaigo-soft.example.com"), ["info@" + ORG_DOMAIN], "メンテナンスのお知らせ", dt.datetime(2024, 6, 21, 3, 0),
                      "6月30日 2:00〜5:00 はシステムメンテナンスのためご利用いただけません。\nサポートセンター 0120-000-111\n", "eml4@" + ORG_DOMAIN), []))
    for path, m, people in emls:
        rec = new_rec()
        O.file(path, m.render())
        for p, kw in people:
            O.ap(D, path, rec, p, names=kw.get("names", []), birth=kw.get("birth", False), phones=kw.get("phones", []), email=kw.get("email"))


# ----------------------------------------------------------------------------------------------------------
# the database
# ----------------------------------------------------------------------------------------------------------
def build_db_rows(G, rng, O):
    """Returns {table: (columns spec, rows)}, view definitions and records every appearance."""
    staff, W = G["staff"], G["W"]
    T = {}
    spec = {}

    def ap(table, rec, p, **kw):
        O.ap("db", table, rec, p, **kw)

    # riyousha: residents (current) + day + 居宅 + meal clients; a client in two services has two rows
    clients = []
    for r in G["residents"]:
        if r.h["current"]:
            clients.append((r, "特養", "tokuyo"))
    for e in G["dayA"]:
        clients.append((e, "通所", "dayA"))
    for e in G["dayB"]:
        clients.append((e, "通所", "dayB"))
    seen_kyo = set(p.pid for p, _, _ in clients)
    for e in G["kyo"][:200]:
        clients.append((e, "居宅", "kyotaku"))  # duplicates for day users (same name + birth + phone)
    for e in G["meal"][:120]:
        if e.pid not in seen_kyo:
            clients.append((e, "配食", "meal"))
    rows = []
    doctor_ids = {d.pid: i + 1 for i, d in enumerate(G["doctors"])}
    for i, (p, kubun, fk) in enumerate(clients):
        rid = i + 1
        f = fac(fk)
        tel = p.hh.phone if kubun != "特養" else None
        addr = p.address if kubun != "特養" else None
        rows.append({"riyousha_id": rid, "riyou_kubun": kubun, "shimei": p.name(), "furigana": p.kana(), "seinengappi": p.birth,
                     "seibetsu": "男" if p.gender == "M" else "女", "yubin_bango": p.postal if addr else None, "jusho": addr, "denwa": tel,
                     "hihokensha_bango": p.hiho, "hokensha_bango": HOKENSHA[p.hh.city], "kaigodo": p.h["kaigodo"], "ninchisho_jiritsudo": p.h["jiritsu"],
                     "shubyomei": p.h["disease"][0], "kansensho": p.h["infect"], "riyou_jigyosho": f[1], "jigyosho_bango": f[2], "jigyosho_tel": f[5],
                     "shujii_id": doctor_ids[p.h["doctor"].pid], "kyoshitsu": p.h.get("room") if kubun == "特養" else None,
                     "biko": rng.choice([None, "独居", "日中独居", "難聴あり", "ペースメーカー"])})
        ap("riyousha", rid, p, names=[p.name(), p.kana()], birth=True, phones=[tel] if tel else [], addr=addr)
    T["riyousha"] = rows
    spec["riyousha"] = {"riyousha_id": None, "riyou_kubun": None, "shimei": "PERSON", "furigana": "PERSON", "seinengappi": "DATE_OF_BIRTH", "seibetsu": None,
                        "yubin_bango": "POSTAL_CODE", "jusho": "ADDRESS", "denwa": "PHONE", "hihokensha_bango": "HEALTH_INSURANCE", "hokensha_bango": None,
                        "kaigodo": "SENSITIVE", "ninchisho_jiritsudo": "SENSITIVE", "shubyomei": "SENSITIVE", "kansensho": "SENSITIVE", "riyou_jigyosho": None,
                        "jigyosho_bango": None, "jigyosho_tel": None, "shujii_id": None, "kyoshitsu": None, "biko": "TEXT"}
    hard = {"riyousha": ["riyousha_id", "hokensha_bango", "riyou_jigyosho", "jigyosho_bango", "jigyosho_tel", "shujii_id", "kyoshitsu"]}

    # kazoku: keypersons (one row per client-keyperson link: a shared keyperson has several rows)
    rows = []
    kid = 0
    for rid, (p, kubun, fk) in enumerate(clients, start=1):
        kp = p.h.get("kp")
        if not kp or (rid % 7 == 3):
            continue
        kid += 1
        rows.append({"kazoku_id": kid, "riyousha_id": rid, "shimei": kp.name(), "furigana": kp.kana(), "zokugara": kp.h["rel"], "denwa": kp.hh.phone,
                     "keitai": kp.mobile, "jusho": kp.address, "mail": kp.email, "kiipaason": 1})
        ap("kazoku", kid, kp, names=[kp.name(), kp.kana()], phones=[kp.hh.phone, kp.mobile], addr=kp.address, email=kp.email)
    T["kazoku"] = rows
    spec["kazoku"] = {"kazoku_id": None, "riyousha_id": None, "shimei": "PERSON", "furigana": "PERSON", "zokugara": None, "denwa": "PHONE", "keitai": "PHONE",
                      "jusho": "ADDRESS", "mail": "EMAIL", "kiipaason": None}
    hard["kazoku"] = ["kazoku_id", "riyousha_id"]

    # shokuin
    rows = []
    for i, s in enumerate(staff):
        bank, branches = BANKS[s.pid % len(BANKS)]
        rows.append({"shokuin_no": s.h["no"], "shimei": s.name(), "shimei_romaji": f"{s.sei_rom.upper()} {s.mei_rom}", "seinengappi": s.birth, "my_number": s.mn,
                     "keitai": s.mobile, "mail": s.email, "jusho": s.address, "shozoku": fac(s.h["fac"])[1], "shokushu": s.h["job"],
                     "ginko_mei": bank, "shiten_mei": branches[0], "kouza": f"{rng.randint(1000000, 9999999)}", "kouza_meiginin": s.kana(),
                     "kenshin_shoken": rng.choice(["異常なし", "異常なし", "要経過観察（血圧）", "要精密検査（肝機能）"])})
        ap("shokuin", i + 1, s, names=[s.name(), f"{s.sei_rom.upper()} {s.mei_rom}", s.kana()], birth=True, phones=[s.mobile], email=s.email,
           addr=s.address, mn=s.mn)
    T["shokuin"] = rows
    spec["shokuin"] = {"shokuin_no": None, "shimei": "PERSON", "shimei_romaji": "PERSON", "seinengappi": "DATE_OF_BIRTH", "my_number": "MY_NUMBER",
                       "keitai": "PHONE", "mail": "EMAIL", "jusho": "ADDRESS", "shozoku": None, "shokushu": None, "ginko_mei": None, "shiten_mei": None,
                       "kouza": "BANK_ACCOUNT", "kouza_meiginin": "PERSON", "kenshin_shoken": "SENSITIVE"}
    hard["shokuin"] = ["shokuin_no", "shozoku", "ginko_mei", "shiten_mei"]

    # shujii (doctors)
    rows = []
    for d in G["doctors"]:
        i = doctor_ids[d.pid]
        rows.append({"shujii_id": i, "shimei": d.name(), "iryokikan_mei": d.h["clinic"], "iryokikan_tel": d.h["clinic_tel"], "shinryoka": rng.choice(["内科", "整形外科", "精神科", "神経内科"])})
        ap("shujii", i, d, names=[d.name()], phones=[d.h["clinic_tel"]])
    T["shujii"] = rows
    spec["shujii"] = {"shujii_id": None, "shimei": "PERSON", "iryokikan_mei": None, "iryokikan_tel": "?", "shinryoka": None}
    hard["shujii"] = ["shujii_id", "iryokikan_mei"]

    # service_jisseki: monthly rows naming the client (name + birth)
    rows = []
    jid = 0
    for m in ["2024-04", "2024-05", "2024-06"]:
        for rid, (p, kubun, fk) in enumerate(clients, start=1):
            if kubun in ("通所", "特養") and rng.random() < 0.9:
                jid += 1
                units = rng.randint(300, 25000)
                rows.append({"jisseki_id": jid, "riyousha_id": rid, "teikyo_ym": m, "shimei": p.name(), "seinengappi": p.birth,
                             "service_code": rng.choice(SERVICE_CODES), "tani": units, "seikyu_gaku": int(units * 10.27),
                             "jigyosho_bango": fac(fk)[2], "tanto_shokushu": rng.choice(ROLES)})
                ap("service_jisseki", jid, p, names=[p.name()], birth=True)
    T["service_jisseki"] = rows
    spec["service_jisseki"] = {"jisseki_id": None, "riyousha_id": None, "teikyo_ym": None, "shimei": "PERSON", "seinengappi": "DATE_OF_BIRTH",
                               "service_code": None, "tani": None, "seikyu_gaku": None, "jigyosho_bango": None, "tanto_shokushu": None}
    hard["service_jisseki"] = ["jisseki_id", "riyousha_id", "teikyo_ym", "service_code", "seikyu_gaku", "jigyosho_bango", "tanto_shokushu"]

    # haishoku_chumon: meal orders (households: a couple shares phone and address)
    rows = []
    cid = 0
    for e in G["meal"][:260]:
        for day in ["2024-06-03", "2024-06-10", "2024-06-17"]:
            if rng.random() < 0.7:
                cid += 1
                rows.append({"chumon_id": cid, "haitatsu_bi": dt.date.fromisoformat(day), "shimei": e.name(), "denwa": e.hh.phone, "jusho": e.address,
                             "shokuji_seigen": e.h["diet"], "allergy": e.h["allergy"], "menu_code": f"24{rng.randint(1, 3):02d}{rng.randint(100, 999)}",
                             "kingaku": rng.choice([550, 600, 650]) * rng.randint(1, 5), "haitatsu_tanto": f"配達員（{rng.choice('ABCDE')}ルート）"})
                ap("haishoku_chumon", cid, e, names=[e.name()], phones=[e.hh.phone], addr=e.address)
    T["haishoku_chumon"] = rows
    spec["haishoku_chumon"] = {"chumon_id": None, "haitatsu_bi": None, "shimei": "PERSON", "denwa": "PHONE", "jusho": "ADDRESS", "shokuji_seigen": "SENSITIVE",
                               "allergy": "SENSITIVE", "menu_code": None, "kingaku": None, "haitatsu_tanto": None}
    hard["haishoku_chumon"] = ["chumon_id", "haitatsu_bi", "menu_code", "kingaku", "haitatsu_tanto"]

    # jigyosho: organisations only
    rows = []
    for f in FACILITIES:
        rows.append({"jigyosho_bango": f[2], "jigyosho_mei": f[1], "yubin": f[3], "shozaichi": f[4], "daihyo_tel": f[5], "fax": f[6],
                     "kanrisha": rng.choice(["施設長", "管理者", "センター長"])})
    T["jigyosho"] = rows
    spec["jigyosho"] = {"jigyosho_bango": None, "jigyosho_mei": None, "yubin": None, "shozaichi": None, "daihyo_tel": None, "fax": None, "kanrisha": None}
    hard["jigyosho"] = list(spec["jigyosho"])

    # nyusho_moushikomi: waiting list with the applying family member in the same row
    rows = []
    for i, e in enumerate(G["wait"]):
        kp = e.h["kp"]
        rows.append({"moushikomi_no": f"M{2024000 + i + 1}", "moushikomi_bi": dt.date(2024, rng.randint(1, 6), rng.randint(1, 28)), "shimei": e.name(),
                     "furigana": e.kana(), "seinengappi": e.birth, "jusho": e.address, "denwa": e.hh.phone, "kaigodo": e.h["kaigodo"],
                     "kazoku_shimei": kp.name(), "kazoku_denwa": kp.phone(), "shinsa_memo": rng.choice([None, "独居、緊急性高い", "老老介護", "医療的ケアあり（胃ろう）"])})
        ap("nyusho_moushikomi", i + 1, e, names=[e.name(), e.kana()], birth=True, phones=[e.hh.phone], addr=e.address)
        ap("nyusho_moushikomi", i + 1, kp, names=[kp.name()], phones=[kp.phone()])
    T["nyusho_moushikomi"] = rows
    spec["nyusho_moushikomi"] = {"moushikomi_no": None, "moushikomi_bi": None, "shimei": "PERSON", "furigana": "PERSON", "seinengappi": "DATE_OF_BIRTH",
                                 "jusho": "ADDRESS", "denwa": "PHONE", "kaigodo": "SENSITIVE", "kazoku_shimei": "PERSON", "kazoku_denwa": "PHONE",
                                 "shinsa_memo": "TEXT"}
    hard["nyusho_moushikomi"] = ["moushikomi_no", "moushikomi_bi"]

    # views
    views = {}
    vrows = []
    for row in T["riyousha"]:
        if row["riyou_kubun"] == "特養":
            vrows.append(row)
            p = next(p for p, _, _ in [clients[row["riyousha_id"] - 1]])
            ap("v_tokuyo_nyukyosha", row["riyousha_id"], p, names=[row["shimei"]], birth=True)
    views["v_tokuyo_nyukyosha"] = ("SELECT riyousha_id, shimei, seinengappi, kyoshitsu, kaigodo, ninchisho_jiritsudo, shubyomei FROM riyousha WHERE riyou_kubun = '特養'",
                                   len(vrows), {"riyousha_id": None, "shimei": "PERSON", "seinengappi": "DATE_OF_BIRTH", "kyoshitsu": None, "kaigodo": "SENSITIVE",
                                                "ninchisho_jiritsudo": "SENSITIVE", "shubyomei": "SENSITIVE"}, ["riyousha_id", "kyoshitsu"])
    distinct = []
    seen = set()
    for row in T["haishoku_chumon"]:
        if row["shokuji_seigen"] != "普通食":
            key = (row["shimei"], row["denwa"], row["jusho"], row["shokuji_seigen"], row["allergy"])
            if key not in seen:
                seen.add(key)
                distinct.append(key)
    by_key = {}
    for e in G["meal"][:260]:
        by_key[(e.name(), e.hh.phone, e.address, e.h["diet"], e.h["allergy"])] = e
    for n, key in enumerate(distinct):
        e = by_key[key]
        ap("v_haishoku_seigen", n + 1, e, names=[e.name()], phones=[e.hh.phone], addr=e.address)
    views["v_haishoku_seigen"] = ("SELECT DISTINCT shimei, denwa, jusho, shokuji_seigen, allergy FROM haishoku_chumon WHERE shokuji_seigen <> '普通食'",
                                  len(distinct), {"shimei": "PERSON", "denwa": "PHONE", "jusho": "ADDRESS", "shokuji_seigen": "SENSITIVE", "allergy": "SENSITIVE"}, [])
    return T, spec, hard, views


def write_databases(T, spec, views, sqlite_path, urls):
    import sqlalchemy as sa
    md = sa.MetaData()
    types = {}
    tables = {}
    for name, rows in T.items():
        cols = []
        for c in spec[name]:
            sample = next((r[c] for r in rows if r.get(c) is not None), "")
            if isinstance(sample, dt.date):
                t = sa.Date()
            elif isinstance(sample, int) and not isinstance(sample, bool):
                t = sa.Integer()
            else:
                t = sa.String(255)
            types[(name, c)] = t
            pk = c == list(spec[name])[0]
            cols.append(sa.Column(c, t, primary_key=pk, autoincrement=False))
        tables[name] = sa.Table(name, md, *cols, mysql_charset="utf8mb4", mysql_engine="InnoDB")

    def load(url):
        if url.startswith("mysql") and "charset=" not in url:
            url += ("&" if "?" in url else "?") + "charset=utf8mb4"
        eng = sa.create_engine(url)
        with eng.begin() as con:
            for v in views:
                con.execute(sa.text(f"DROP VIEW IF EXISTS {v}"))
        md.drop_all(eng, checkfirst=True)
        md.create_all(eng)
        with eng.begin() as con:
            for name, rows in T.items():
                if rows:
                    for i in range(0, len(rows), 500):
                        con.execute(tables[name].insert(), [{c: r.get(c) for c in spec[name]} for r in rows[i:i + 500]])
            for v, (sql, *_r) in views.items():
                con.execute(sa.text(f"CREATE VIEW {v} AS {sql}"))
        eng.dispose()

    if os.path.exists(sqlite_path):
        os.remove(sqlite_path)
    load(f"sqlite:///{sqlite_path}")
    for u in urls:
        load(u)


# ----------------------------------------------------------------------------------------------------------
# the recount (identity rule) and truth
# ----------------------------------------------------------------------------------------------------------
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
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


def recount(apps):
    """Count persons from appearances with the identity rule alone, and check it matches the person ids."""
    uf = UF()
    owner = {}
    for i, a in enumerate(apps):
        uf.find(("a", i))
        for k in a["keys"]:
            uf.union(("a", i), ("k", k))
    comps = {}
    for i, a in enumerate(apps):
        comps.setdefault(uf.find(("a", i)), set()).add(a["pid"])
    errors = []
    pid_comp = {}
    for c, pids in comps.items():
        if len(pids) > 1:
            errors.append(f"different persons share a strong key: {sorted(pids)}")
        for p in pids:
            if p in pid_comp and pid_comp[p] != c:
                errors.append(f"person {p} is split (no strong key links its appearances)")
            pid_comp[p] = c
    return len(comps), len(set(a["pid"] for a in apps)), errors


def check(out):
    """Re-read DIR/appearances.jsonl and DIR/truth.json and recount every asset and both totals from the keys."""
    truth = json.load(open(os.path.join(out, "truth.json"), encoding="utf-8"))
    apps = [json.loads(l) for l in open(os.path.join(out, "appearances.jsonl"), encoding="utf-8")]
    by = {}
    for a in apps:
        by.setdefault((a["where"], a["asset"]), []).append(a)
    bad = []
    for path, e in truth["drive"]["files"].items():
        comps, pids, errs = recount(by.get((D, path), []))
        if errs or comps != e["persons"]:
            bad.append((path, comps, e["persons"], errs[:2]))
    for name, e in truth["database"]["tables"].items():
        comps, pids, errs = recount(by.get(("db", name), []))
        if errs or comps != e["persons"]:
            bad.append((name, comps, e["persons"], errs[:2]))
    for where, tot in [(D, truth["drive"]["persons_total"]), ("db", truth["database"]["persons_total"])]:
        comps, pids, errs = recount([a for a in apps if a["where"] == where])
        if errs or comps != tot:
            bad.append((where, comps, tot, errs[:2]))
    on_disk = set()
    for root, _, fs in os.walk(os.path.join(out, D)):
        for f in fs:
            on_disk.add(os.path.relpath(os.path.join(root, f), os.path.join(out, D)).replace(os.sep, "/"))
    if on_disk != set(truth["drive"]["files"]):
        bad.append(("files without truth or truth without file", sorted(on_disk ^ set(truth["drive"]["files"]))[:5]))
    return bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", metavar="DIR", help="recount an existing output from its appearances.jsonl and exit")
    if "--check" in sys.argv:
        d = sys.argv[sys.argv.index("--check") + 1]
        bad = check(d)
        print("check:", "OK" if not bad else bad)
        sys.exit(1 if bad else 0)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--db-url", action="append", default=[])
    args = ap.parse_args()
    rng = random.Random(args.seed)
    G = build_world(rng)
    O = Out()
    build_drive(G, rng, O)
    T, spec, hard, views = build_db_rows(G, rng, O)

    # --- recount and truth -------------------------------------------------------------------------------
    errors = []
    drive_apps = [a for a in O.apps if a["where"] == D]
    db_apps = [a for a in O.apps if a["where"] == "db"]
    by_asset = {}
    for a in O.apps:
        by_asset.setdefault((a["where"], a["asset"]), []).append(a)
    files = {}
    for path in sorted(O.files):
        lst = by_asset.get((D, path), [])
        comps, pids, errs = recount(lst)
        errors += [f"{path}: {e}" for e in errs]
        if comps != pids:
            errors.append(f"{path}: recount {comps} != {pids}")
        entry = {"persons": pids}
        entry.update(O.meta[path])
        files[path] = entry
    comps, dpersons, errs = recount(drive_apps)
    errors += [f"drive: {e}" for e in errs]
    if comps != dpersons:
        errors.append(f"drive: recount {comps} != {dpersons}")
    tables = {}
    for name in T:
        lst = by_asset.get(("db", name), [])
        comps, pids, errs = recount(lst)
        errors += [f"db.{name}: {e}" for e in errs]
        tables[name] = {"rows": len(T[name]), "persons": pids, "columns": spec[name], "hard_negative_columns": hard[name]}
    for v, (sql, nrows, cols, hn) in views.items():
        lst = by_asset.get(("db", v), [])
        comps, pids, errs = recount(lst)
        errors += [f"db.{v}: {e}" for e in errs]
        tables[v] = {"view": True, "rows": nrows, "persons": pids, "columns": cols, "hard_negative_columns": hn}
    comps, dbpersons, errs = recount(db_apps)
    errors += [f"db: {e}" for e in errs]
    if errors:
        print("\n".join(errors[:50]), file=sys.stderr)
        sys.exit(f"truth is not recoverable by the identity rule ({len(errors)} problems)")

    truth = {"drive": {"persons_total": dpersons, "files": files}, "database": {"persons_total": dbpersons, "tables": tables}}

    # --- write -------------------------------------------------------------------------------------------
    out = args.out
    os.makedirs(out, exist_ok=True)
    if os.path.exists(os.path.join(out, D)):
        shutil.rmtree(os.path.join(out, D))
    for path in sorted(O.files):
        full = os.path.join(out, D, *path.split("/"))
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(O.files[path])
    with open(os.path.join(out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    with open(os.path.join(out, "appearances.jsonl"), "w", encoding="utf-8") as f:
        for a in O.apps:
            f.write(json.dumps(a, ensure_ascii=False, sort_keys=True) + "\n")
    write_databases(T, spec, views, os.path.join(out, "db.sqlite"), args.db_url)
    bad = check(out)
    if bad:
        sys.exit(f"recount from appearances.jsonl disagrees with truth.json: {bad[:5]}")
    print(f"drive: {len(O.files)} files, {dpersons} persons; database: {len(T)} tables + {len(views)} views, {dbpersons} persons")


if __name__ == "__main__":
    main()
