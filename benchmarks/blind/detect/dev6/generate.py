#!/usr/bin/env python3
"""Blind-dev generator dev6: a 訪問看護 station and a dispensing pharmacy (調剤薬局) that also runs a
mail-order shop for health foods and care goods.  Emphasis: SENSITIVE facts in free text and their
look-alikes.  Standard library only, deterministic for a seed.

    python3 generate.py --out DIR [--seed N]      (default seed 77)

Inline markup used by the templates (stripped from the output):
    ⟦TAG|text⟧   TAG = P A Z T M B HI (entities), S.x (SENSITIVE, x = subtype letter),
                 L.kind (look-alike), H.kind (hard negative); "TAG~note" adds a note to an entity.
"""
import argparse
import datetime as dt
import json
import os
import random
import re
import sys

MARK = re.compile(r'⟦([^|⟧]+)\|([^⟧]*)⟧')
ETYPES = {'P': 'PERSON', 'A': 'ADDRESS', 'Z': 'POSTAL_CODE', 'T': 'PHONE', 'M': 'EMAIL',
          'B': 'DATE_OF_BIRTH', 'HI': 'HEALTH_INSURANCE', 'IP': 'IP_ADDRESS'}
SUBTYPES = {'i': 'illness', 'd': 'disability', 'c': 'creed', 'r': 'criminal_record',
            'v': 'crime_victim', 'race': 'race', 's': 'social_status', 'o': 'other'}


def strip(s):
    return MARK.sub(lambda m: m.group(2), s)


class Doc:
    def __init__(self, shape, nl='\n', enc='utf-8'):
        self.shape = shape
        self.nl = nl
        self.enc = enc
        self.buf = []
        self.n = 0
        self.ents = []
        self.looks = []
        self.hns = []

    def _plain(self, s, quote=False):
        if '⟦' in s or '⟧' in s:
            raise ValueError('unbalanced markup: %r' % s)
        if quote:
            s = s.replace('"', '""')
        s = s.replace('\n', self.nl)
        self.buf.append(s)
        self.n += len(s)

    def _span(self, tag, text):
        if not text or '\n' in text:
            raise ValueError('bad span %r' % text)
        note = None
        if '~' in tag:
            tag, note = tag.split('~', 1)
        start = self.n
        self._plain(text)
        end = self.n
        if tag.startswith('S.'):
            self.ents.append({'type': 'SENSITIVE', 'start': start, 'end': end, 'text': text,
                              'subtype': SUBTYPES[tag[2:]]})
        elif tag.startswith('L.'):
            self.looks.append({'start': start, 'end': end, 'kind': tag[2:], 'text': text})
        elif tag.startswith('H.'):
            self.hns.append({'start': start, 'end': end, 'kind': tag[2:], 'text': text})
        else:
            e = {'type': ETYPES[tag], 'start': start, 'end': end, 'text': text}
            if note:
                e['note'] = note
            self.ents.append(e)

    def m(self, s, quote=False):
        pos = 0
        for mo in MARK.finditer(s):
            self._plain(s[pos:mo.start()], quote)
            if quote and '"' in mo.group(2):
                raise ValueError('quote in span')
            self._span(mo.group(1), mo.group(2))
            pos = mo.end()
        self._plain(s[pos:], quote)
        return self

    def row(self, cells, sep=','):
        for i, c in enumerate(cells):
            if i:
                self._plain(sep)
            plain = strip(c)
            if sep in plain or '"' in plain or '\n' in plain:
                self._plain('"')
                self.m(c, quote=True)
                self._plain('"')
            else:
                self.m(c)
        self._plain('\n')

    def text(self):
        return ''.join(self.buf)

    def plen(self):
        return self.n


# ---------------------------------------------------------------------------------------------
# name pools (invented combinations)
SURNAMES = [
    ('佐藤', 'さとう', 'Sato'), ('鈴木', 'すずき', 'Suzuki'), ('高橋', 'たかはし', 'Takahashi'),
    ('田中', 'たなか', 'Tanaka'), ('伊藤', 'いとう', 'Ito'), ('渡辺', 'わたなべ', 'Watanabe'),
    ('山本', 'やまもと', 'Yamamoto'), ('中村', 'なかむら', 'Nakamura'), ('小林', 'こばやし', 'Kobayashi'),
    ('加藤', 'かとう', 'Kato'), ('吉田', 'よしだ', 'Yoshida'), ('山田', 'やまだ', 'Yamada'),
    ('佐々木', 'ささき', 'Sasaki'), ('山口', 'やまぐち', 'Yamaguchi'), ('松本', 'まつもと', 'Matsumoto'),
    ('井上', 'いのうえ', 'Inoue'), ('木村', 'きむら', 'Kimura'), ('林', 'はやし', 'Hayashi'),
    ('清水', 'しみず', 'Shimizu'), ('山崎', 'やまざき', 'Yamazaki'), ('森', 'もり', 'Mori'),
    ('池田', 'いけだ', 'Ikeda'), ('橋本', 'はしもと', 'Hashimoto'), ('阿部', 'あべ', 'Abe'),
    ('石川', 'いしかわ', 'Ishikawa'), ('前田', 'まえだ', 'Maeda'), ('藤田', 'ふじた', 'Fujita'),
    ('小川', 'おがわ', 'Ogawa'), ('岡田', 'おかだ', 'Okada'), ('後藤', 'ごとう', 'Goto'),
    ('長谷川', 'はせがわ', 'Hasegawa'), ('村上', 'むらかみ', 'Murakami'), ('近藤', 'こんどう', 'Kondo'),
    ('坂本', 'さかもと', 'Sakamoto'), ('遠藤', 'えんどう', 'Endo'), ('青木', 'あおき', 'Aoki'),
    ('西村', 'にしむら', 'Nishimura'), ('福田', 'ふくだ', 'Fukuda'), ('太田', 'おおた', 'Ota'),
    ('三浦', 'みうら', 'Miura'), ('藤井', 'ふじい', 'Fujii'), ('岡本', 'おかもと', 'Okamoto'),
    ('松田', 'まつだ', 'Matsuda'), ('中川', 'なかがわ', 'Nakagawa'), ('原田', 'はらだ', 'Harada'),
    ('小野', 'おの', 'Ono'), ('竹内', 'たけうち', 'Takeuchi'), ('金子', 'かねこ', 'Kaneko'),
    ('和田', 'わだ', 'Wada'), ('中山', 'なかやま', 'Nakayama'), ('石田', 'いしだ', 'Ishida'),
    ('上田', 'うえだ', 'Ueda'), ('森田', 'もりた', 'Morita'), ('柴田', 'しばた', 'Shibata'),
    ('酒井', 'さかい', 'Sakai'), ('工藤', 'くどう', 'Kudo'), ('横山', 'よこやま', 'Yokoyama'),
    ('内田', 'うちだ', 'Uchida'), ('高木', 'たかぎ', 'Takagi'), ('安藤', 'あんどう', 'Ando'),
    ('野口', 'のぐち', 'Noguchi'), ('菅原', 'すがわら', 'Sugawara'), ('千葉', 'ちば', 'Chiba'),
]
G_OLD_F = [('和子', 'かずこ', 'Kazuko'), ('幸子', 'さちこ', 'Sachiko'), ('節子', 'せつこ', 'Setsuko'),
           ('恵子', 'けいこ', 'Keiko'), ('洋子', 'ようこ', 'Yoko'), ('弘子', 'ひろこ', 'Hiroko'),
           ('美智子', 'みちこ', 'Michiko'), ('久子', 'ひさこ', 'Hisako'), ('敏子', 'としこ', 'Toshiko'),
           ('澄子', 'すみこ', 'Sumiko'), ('静江', 'しずえ', 'Shizue'), ('文子', 'ふみこ', 'Fumiko'),
           ('京子', 'きょうこ', 'Kyoko'), ('千代', 'ちよ', 'Chiyo'), ('ヨシ子', 'よしこ', 'Yoshiko'),
           ('ハル', 'はる', 'Haru'), ('キヨ', 'きよ', 'Kiyo'), ('照子', 'てるこ', 'Teruko')]
G_OLD_M = [('清', 'きよし', 'Kiyoshi'), ('茂', 'しげる', 'Shigeru'), ('勇', 'いさむ', 'Isamu'),
           ('博', 'ひろし', 'Hiroshi'), ('正男', 'まさお', 'Masao'), ('武', 'たけし', 'Takeshi'),
           ('実', 'みのる', 'Minoru'), ('進', 'すすむ', 'Susumu'), ('昭二', 'しょうじ', 'Shoji'),
           ('義雄', 'よしお', 'Yoshio'), ('一郎', 'いちろう', 'Ichiro'), ('和夫', 'かずお', 'Kazuo'),
           ('三郎', 'さぶろう', 'Saburo'), ('秀夫', 'ひでお', 'Hideo'), ('勝', 'まさる', 'Masaru'),
           ('貞夫', 'さだお', 'Sadao'), ('辰男', 'たつお', 'Tatsuo')]
G_YNG_F = [('花子', 'はなこ', 'Hanako'), ('美咲', 'みさき', 'Misaki'), ('由美', 'ゆみ', 'Yumi'),
           ('直子', 'なおこ', 'Naoko'), ('真由美', 'まゆみ', 'Mayumi'), ('恵', 'めぐみ', 'Megumi'),
           ('彩', 'あや', 'Aya'), ('舞', 'まい', 'Mai'), ('裕子', 'ゆうこ', 'Yuko'), ('智子', 'ともこ', 'Tomoko'),
           ('香織', 'かおり', 'Kaori'), ('里美', 'さとみ', 'Satomi'), ('陽子', 'ようこ', 'Yoko'),
           ('綾乃', 'あやの', 'Ayano'), ('千尋', 'ちひろ', 'Chihiro'), ('奈々', 'なな', 'Nana')]
G_YNG_M = [('健太', 'けんた', 'Kenta'), ('大輔', 'だいすけ', 'Daisuke'), ('翔太', 'しょうた', 'Shota'),
           ('拓也', 'たくや', 'Takuya'), ('誠', 'まこと', 'Makoto'), ('隆', 'たかし', 'Takashi'),
           ('浩二', 'こうじ', 'Koji'), ('直樹', 'なおき', 'Naoki'), ('亮', 'りょう', 'Ryo'),
           ('達也', 'たつや', 'Tatsuya'), ('修', 'おさむ', 'Osamu'), ('和也', 'かずや', 'Kazuya'),
           ('悠斗', 'ゆうと', 'Yuto'), ('剛', 'つよし', 'Tsuyoshi')]
FOREIGN = [('Maria', 'Santos', 'マリア', 'サントス'), ('John', 'Miller', 'ジョン', 'ミラー'),
           ('Priya', 'Sharma', 'プリヤ', 'シャルマ'), ('Ahmed', 'Khan', 'アハメド', 'カーン'),
           ('Emily', 'Brown', 'エミリー', 'ブラウン'), ('Carlos', 'Mendoza', 'カルロス', 'メンドーサ'),
           ('Anna', 'Kowalski', 'アンナ', 'コワルスキ'), ('Lan', 'Nguyen', 'ラン', 'グエン'),
           ('Minh', 'Tran', 'ミン', 'チャン'), ('Sarah', 'Wilson', 'サラ', 'ウィルソン'),
           ('Daniel', 'Garcia', 'ダニエル', 'ガルシア'), ('Fatima', 'Rahman', 'ファティマ', 'ラーマン'),
           ('Kevin', 'Lee', 'ケビン', 'リー'), ('Olivia', 'Taylor', 'オリビア', 'テイラー')]


def kata(s):
    return ''.join(chr(ord(c) + 0x60) if 'ぁ' <= c <= 'ゖ' else c for c in s)


FW = str.maketrans('0123456789-/.()', '０１２３４５６７８９－／．（）')


def fw(s):
    return s.translate(FW)


class Person:
    def __init__(self, rng, old=None, sex=None, surname=None):
        self.sex = sex or rng.choice('FM')
        if old is None:
            old = rng.random() < 0.5
        self.old = old
        self.s = surname or rng.choice(SURNAMES)
        pool = (G_OLD_F if self.sex == 'F' else G_OLD_M) if old else (G_YNG_F if self.sex == 'F' else G_YNG_M)
        self.g = rng.choice(pool)
        if old:
            self.birth = rand_date(rng, 1928, 1958)
        else:
            self.birth = rand_date(rng, 1960, 2002)

    @property
    def sur(self):
        return self.s[0]

    @property
    def given(self):
        return self.g[0]

    def full(self, sep=''):
        return self.s[0] + sep + self.g[0]

    def kana(self, sep=' ', katakana=True):
        a, b = self.s[1], self.g[1]
        if katakana:
            a, b = kata(a), kata(b)
        return a + sep + b

    def romaji(self, style=0):
        if style == 0:
            return '%s %s' % (self.g[2], self.s[2])
        if style == 1:
            return '%s %s' % (self.s[2].upper(), self.g[2].upper())
        return '%s %s' % (self.s[2], self.g[2])


def P(s):
    return '⟦P|%s⟧' % s


def rand_date(rng, y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


ERAS = [(dt.date(2019, 5, 1), '令和', 'R'), (dt.date(1989, 1, 8), '平成', 'H'),
        (dt.date(1926, 12, 25), '昭和', 'S'), (dt.date(1912, 7, 30), '大正', 'T'),
        (dt.date(1868, 1, 1), '明治', 'M')]


def wareki(d):
    for start, k, l in ERAS:
        if d >= start:
            return k, l, d.year - start.year + 1


MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
         'October', 'November', 'December']


def fmt_dob(rng, d, style=None):
    k, l, y = wareki(d)
    styles = ['L/', 'L.', 'K1.', 'K', 'Kfw', 'Y/', 'Yk', 'Yiso', 'L.dot', 'Yfw', 'Lk', 'K1/']
    style = style or rng.choice(styles)
    ky = '元' if y == 1 else str(y)
    if style == 'L/':
        return '%s%d/%02d/%02d' % (l, y, d.month, d.day)
    if style == 'L.':
        return '%s%d.%d.%d' % (l, y, d.month, d.day)
    if style == 'K1.':
        return '%s%d.%d.%d' % (k[0], y, d.month, d.day)
    if style == 'K1/':
        return '%s%d/%d/%d' % (k[0], y, d.month, d.day)
    if style == 'K':
        return '%s%s年%d月%d日' % (k, ky, d.month, d.day)
    if style == 'Kfw':
        return fw('%s%s年%d月%d日' % (k, ky, d.month, d.day))
    if style == 'Y/':
        return '%d/%02d/%02d' % (d.year, d.month, d.day)
    if style == 'Yk':
        return '%d年%d月%d日' % (d.year, d.month, d.day)
    if style == 'Yiso':
        return d.isoformat()
    if style == 'L.dot':
        return '%s.%d.%d.%d' % (l, y, d.month, d.day)
    if style == 'Yfw':
        return fw('%d年%d月%d日' % (d.year, d.month, d.day))
    if style == 'Lk':
        return '%s%d年%d月%d日' % (l, y, d.month, d.day)
    if style == 'en1':
        return '%d %s %d' % (d.day, MON[d.month - 1], d.year)
    if style == 'en2':
        return '%s %d, %d' % (MONTH[d.month - 1], d.day, d.year)
    if style == 'en3':
        return '%02d/%02d/%d' % (d.day, d.month, d.year)
    raise ValueError(style)


def fmt_date(rng, d, style=None):
    style = style or rng.choice(['ymd/', 'ymdk', 'md', 'iso', 'wa'])
    if style == 'ymd/':
        return '%d/%02d/%02d' % (d.year, d.month, d.day)
    if style == 'ymdk':
        return '%d年%d月%d日' % (d.year, d.month, d.day)
    if style == 'md':
        return '%d月%d日' % (d.month, d.day)
    if style == 'iso':
        return d.isoformat()
    if style == 'wa':
        k, l, y = wareki(d)
        return '%s%d年%d月%d日' % (k, y, d.month, d.day)
    raise ValueError(style)


def age(birth, today):
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


# ---------------------------------------------------------------------------------------------
# numbers
def digits(rng, n, first=None):
    s = str(first) if first is not None else ''
    while len(s) < n:
        s += str(rng.randint(0, 9))
    return s


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def mynumber_ok(num):
    if len(num) != 12 or not num.isdigit():
        return False
    body = num[:11]
    tot = 0
    for n in range(1, 12):
        p = int(body[11 - n])
        q = n + 1 if n <= 6 else n - 5
        tot += p * q
    r = tot % 11
    cd = 0 if r <= 1 else 11 - r
    return cd == int(num[11])


def corp_ok(num):
    if len(num) != 13 or not num.isdigit():
        return False
    body = num[1:]
    tot = 0
    for i in range(1, 13):
        p = int(body[12 - i])
        tot += p * (1 if i % 2 else 2)
    return int(num[0]) == 9 - (tot % 9)


def ean_cd(body12):
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return str((10 - tot % 10) % 10)


def jan(rng):
    while True:
        b = '49' + digits(rng, 10)
        n = b + ean_cd(b)
        if not corp_ok(n):
            return n


def non_luhn16(rng):
    while True:
        n = digits(rng, 16, rng.randint(1, 9))
        if not luhn_ok(n):
            return n


def non_mn12(rng):
    while True:
        n = digits(rng, 12, rng.randint(1, 9))
        if not mynumber_ok(n):
            return n


def insurer_cd(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        tot += p // 10 + p % 10
    return str((10 - tot % 10) % 10)


def insurer_no(rng, kind=None):
    kind = kind or rng.choice(['kyokai', 'kokuho', 'kouki', 'kumiai'])
    if kind == 'kyokai':
        b = '01' + '%02d' % rng.choice([11, 12, 13, 14]) + digits(rng, 3)
    elif kind == 'kouki':
        b = '39' + '%02d' % rng.choice([11, 12, 13, 14]) + digits(rng, 3)
    elif kind == 'kumiai':
        b = '06' + '%02d' % rng.choice([13, 14, 27]) + digits(rng, 3)
    else:
        b = '%02d' % rng.choice([11, 12, 13, 14]) + digits(rng, 3)
    return b + insurer_cd(b)


def order_no(rng):
    return rng.choice([
        lambda: 'HM-%s-%04d' % (rng.choice(['2404', '2405', '2406', '2407']) + '%02d' % rng.randint(1, 28), rng.randint(1, 9999)),
        lambda: '#%d' % rng.randint(100000, 999999),
        lambda: '%03d-%07d-%07d' % (rng.randint(100, 999), rng.randint(0, 9999999), rng.randint(0, 9999999)),
        lambda: non_luhn16(rng),
        lambda: 'A%s' % digits(rng, 9),
    ])()


# phones
AREAS = [('03', 4, 4), ('045', 3, 4), ('044', 3, 4), ('048', 3, 4), ('042', 3, 4), ('047', 3, 4),
         ('0466', 2, 4), ('046', 3, 4)]


def phone(rng, kind=None, fmt=None):
    kind = kind or rng.choice(['mob', 'mob', 'land'])
    if kind == 'mob':
        parts = [rng.choice(['090', '080', '070']), str(rng.randint(1, 9)) + digits(rng, 3), digits(rng, 4)]
    elif kind == 'unalloc':
        parts = [rng.choice(['090', '080']), '0' + digits(rng, 3), digits(rng, 4)]
    elif kind == 'free':
        parts = [rng.choice(['0120', '0800']), digits(rng, 3, rng.randint(1, 9)), digits(rng, 3)]
    else:
        a, x, y = rng.choice(AREAS)
        parts = [a, digits(rng, x, rng.randint(2, 9)), digits(rng, y)]
    fmt = fmt or rng.choice(['-', '-', '-', '-', '', '()', 'fw', '+81', '+81n', '+81(0)'])
    if fmt == '-':
        return '-'.join(parts)
    if fmt == '':
        return ''.join(parts)
    if fmt == '()':
        return '%s(%s)%s' % tuple(parts)
    if fmt == 'fw':
        return fw('-'.join(parts))
    if kind == 'free':
        return '-'.join(parts)
    if fmt == '+81':
        return '+81-%s-%s-%s' % (parts[0][1:], parts[1], parts[2])
    if fmt == '+81n':
        return '+81' + parts[0][1:] + parts[1] + parts[2]
    return '+81(0)%s-%s-%s' % (parts[0][1:], parts[1], parts[2])


PLACES = [('東京都', '練馬区', ['桜台', '豊玉北', '関町南', '高野台']),
          ('東京都', '世田谷区', ['経堂', '桜新町', '等々力', '上北沢']),
          ('東京都', '大田区', ['蒲田', '池上', '久が原', '南馬込']),
          ('神奈川県', '横浜市港北区', ['日吉本町', '綱島西', '大倉山', '篠原北']),
          ('神奈川県', '川崎市中原区', ['新丸子町', '木月', '今井南町', '下小田中']),
          ('神奈川県', '藤沢市', ['鵠沼海岸', '湘南台', '辻堂元町', '亀井野']),
          ('埼玉県', 'さいたま市浦和区', ['岸町', '常盤', '高砂', '針ヶ谷']),
          ('千葉県', '船橋市', ['本町', '前原西', '習志野台', '夏見']),
          ('東京都', '町田市', ['原町田', '玉川学園', '鶴間', '成瀬台']),
          ('東京都', '八王子市', ['子安町', '横山町', '明神町', '長房町'])]
BUILDINGS = ['コーポ桜', 'グランハイツ', 'メゾン若葉', 'サンライズ', 'パークサイド', 'ハイム緑', 'ヴィラ青葉']


def address(rng, pref=True, bldg=None):
    p, c, towns = rng.choice(PLACES)
    t = rng.choice(towns)
    a, b, g = rng.randint(1, 5), rng.randint(1, 30), rng.randint(1, 25)
    style = rng.random()
    if style < 0.35:
        s = '%s%d丁目%d番%d号' % (t, a, b, g)
    elif style < 0.85:
        s = '%s%d-%d-%d' % (t, a, b, g)
    else:
        s = fw('%s%d-%d-%d' % (t, a, b, g))
    s = (p if pref else '') + c + s
    if bldg is None:
        bldg = rng.random() < 0.35
    if bldg:
        s += rng.choice([' ', '　', '']) + rng.choice(BUILDINGS) + rng.choice(['%d号室', '%d']) % rng.choice([101, 102, 201, 203, 305, 402])
    return s


def postal(rng, fmt=None):
    a, b = '%03d' % rng.randint(100, 399), '%04d' % rng.randint(0, 9999)
    fmt = fmt or rng.choice(['-', '-', '-', 'fw', 'n'])
    if fmt == 'fw':
        return fw(a + '-' + b)
    if fmt == 'n':
        return a + b
    return a + '-' + b


DOMAINS = ['example.jp', 'example.ne.jp', 'example.com', 'mail.example.org', 'example.co.jp']


def email_for(rng, p):
    if p.old and rng.random() < 0.5:
        loc = '%s%02d' % (p.s[2].lower(), rng.randint(1, 99))
    else:
        loc = rng.choice(['%s.%s', '%s_%s', '%s%s']) % (p.g[2].lower(), p.s[2].lower())
        if rng.random() < 0.5:
            loc += str(rng.randint(1, 1999))
    return loc + '@' + rng.choice(DOMAINS)


# ---------------------------------------------------------------------------------------------
# organisation (invented names; their numbers are still entities wherever written)
class Org:
    def __init__(self, rng):
        self.station = rng.choice(['あおば訪問看護ステーション', 'ひだまり訪問看護ステーション',
                                   'みどり野訪問看護ステーション'])
        self.pharm = rng.choice(['ひまわり調剤薬局', 'こもれび薬局', 'すずらん調剤薬局'])
        self.shop = rng.choice(['ひまわり健康ショップ', 'こもれびケア通販', 'すずらんヘルスストア'])
        self.st_tel = phone(rng, 'land', '-')
        self.st_fax = phone(rng, 'land', '-')
        self.ph_tel = phone(rng, 'land', '-')
        self.ph_fax = phone(rng, 'land', '-')
        self.shop_tel = phone(rng, 'free', '-')
        self.st_addr = address(rng, bldg=False)
        self.ph_addr = address(rng, bldg=False)
        self.st_zip = postal(rng, '-')
        self.ph_zip = postal(rng, '-')
        self.st_mail = 'info@aoba-houkan.example.jp'
        self.ph_mail = rng.choice(['yakkyoku@himawari-ph.example.jp', 'info@himawari-ph.example.jp'])
        self.shop_mail = rng.choice(['shop@himawari-ph.example.jp', 'support@himawari-ph.example.jp'])
        self.nurses = [Person(rng, old=False) for _ in range(8)]
        self.pharmacists = [Person(rng, old=False) for _ in range(6)]
        self.shopstaff = [Person(rng, old=False) for _ in range(4)]
        self.cms = [Person(rng, old=False) for _ in range(8)]
        self.doctors = [rng.choice(SURNAMES)[0] for _ in range(8)]


CLINICS = ['みなと内科クリニック', '駅前ファミリークリニック', '市立総合病院', 'さくら在宅クリニック',
           '中央メンタルクリニック', 'かわせ整形外科', '県立がんセンター', '北口腎クリニック',
           '若葉台ホームクリニック', '山手眼科']
CM_OFFICES = ['ケアプランセンターあさひ', '居宅介護支援事業所こすもす', '地域包括支援センター北部',
              'ケアプランつばさ', '居宅介護支援センターやまびこ']
RELS = [('長女', 'F', False), ('長男', 'M', True), ('次女', 'F', False), ('妻', 'F', True),
        ('夫', 'M', True), ('次男', 'M', True), ('長男の妻', 'F', True), ('姪', 'F', False)]

DZ = ['2型糖尿病', 'DM', '糖尿病', '高血圧', 'HT', '高血圧症', 'CKD', '慢性腎不全', '心不全', 'CHF',
      '心房細動', 'Af', 'COPD', '脳梗塞後遺症', 'アルツハイマー型認知症', '認知症', 'パーキンソン病',
      '関節リウマチ', '骨粗鬆症', '胃がん術後', '肺がん', '乳がん', '大腸がん', '前立腺がん', 'うつ病',
      '統合失調症', '双極性障害', '気管支喘息', '肝硬変', 'C型肝炎', '緑内障', '狭心症',
      '甲状腺機能低下症', 'てんかん', 'ALS', '不眠症', 'アルコール依存症', '変形性膝関節症',
      '脊柱管狭窄症', '痛風', '逆流性食道炎', '白内障', 'B型肝炎', '大腿骨頸部骨折術後', 'レビー小体型認知症',
      '腰椎圧迫骨折', '糖尿病性腎症', '間質性肺炎', '多発性骨髄腫', '膵がん']

# sentences about the record's subject (third person, nurse / pharmacist style)
REC_SENS = [
    '⟦S.i|{dz}にて{clinic}に通院中⟧。',
    '既往歴：⟦S.i|{dz}⟧、⟦S.i|{dz2}⟧。',
    '既往に⟦S.i|{dz}⟧あり。',
    '⟦S.i|{dz}⟧の診断で{clinic}フォロー中。',
    '⟦S.i|インスリン自己注射（朝・夕）⟧の手技は自立している。',
    '⟦S.i|ワーファリン内服中⟧のため、納豆・青汁は控えるよう再度説明。',
    '⟦S.i|ワルファリン服用中⟧、PT-INRは前回2.1とのこと。',
    '⟦S.i|抗がん剤治療（外来化学療法）中⟧で倦怠感の訴えあり。',
    '⟦S.i|週3回の透析（月水金）⟧の日は訪問を午後にずらす。',
    '⟦S.i|在宅酸素（HOT）2L/分⟧使用中、チューブの取り回しを確認。',
    '最近⟦S.i|認知が進んできた⟧様子で、同じ話を繰り返す。',
    '本人「最近⟦S.i|鬱っぽい⟧」と話し、日中も臥床がち。',
    '⟦S.i|HbA1c 8.4%とDMコントロール不良⟧。',
    '⟦S.i|仙骨部に褥瘡（d2）⟧あり、洗浄・保護実施。',
    '⟦S.d|右片麻痺⟧があり、移乗は一部介助。',
    '室内は⟦S.d|車椅子で移動⟧、段差解消済み。',
    '⟦S.d|聴覚障害⟧があるため筆談ボードで対応。',
    '⟦S.d|身体障害者手帳2級（下肢）⟧所持。',
    '⟦S.d|要介護3⟧、区分変更申請中。',
    '⟦S.d|要支援2⟧の認定を受けている。',
    '⟦S.d|要介護5⟧で寝たきり、体位変換2時間毎。',
    '⟦S.c|宗教上の理由で輸血拒否⟧の意思あり、主治医と共有済み。',
    '⟦S.c|信仰上の理由により輸血は受けない⟧と本人より再確認。',
    '⟦S.c|熱心なクリスチャン⟧で日曜は教会の礼拝に通う。',
    '⟦S.v|訪問販売の詐欺被害⟧に遭い、消費生活センターに相談済み。',
    '先月⟦S.v|還付金詐欺の被害（約50万円）⟧に遭ったと長女より。',
    '⟦S.o|生活保護受給中⟧のため医療券で対応。',
    '⟦S.i|ペニシリン系で薬疹の既往⟧あり。',
    '⟦S.i|統合失調症⟧の診断で⟦S.i|リスペリドン内服中⟧。',
    '⟦S.i|認知症の疑い⟧で来月{clinic}受診予定。',
    '⟦S.i|軽度認知障害（MCI）の可能性⟧を指摘されたとのこと。',
    '⟦S.i|うつ傾向⟧あり、傾聴を中心に関わる。',
    '健診で⟦S.i|糖尿病予備群⟧と言われたと。',
    '⟦S.i|心不全の増悪が疑われる⟧ため主治医へ報告。',
    '⟦S.i|人工肛門（ストーマ）造設⟧後、パウチ交換は訪問時に実施。',
    '⟦S.d|胃ろう⟧からの栄養注入、1日3回。',
    '⟦S.i|夜間せん妄⟧がみられ、家族が付き添っている。',
    '⟦S.i|アルコール依存症⟧で断酒会に参加中。',
    '⟦S.d|視覚障害（全盲）⟧のため、薬は点字シールで区別。',
    '⟦S.d|難聴で補聴器使用⟧、大きめの声で説明。',
    '⟦S.d|療育手帳B⟧を所持、母と二人暮らし。',
    '⟦S.d|精神障害者保健福祉手帳2級⟧所持。',
    '⟦S.i|がん性疼痛にオキシコドン使用中⟧、レスキューは1日2回。',
    '⟦S.i|ドネペジル内服中⟧、飲み忘れ多くカレンダー管理へ。',
    '⟦S.i|末期の膵がん⟧で、本人・家族とも在宅看取りを希望。',
    '⟦S.i|HIV陽性⟧、抗ウイルス薬の服薬アドヒアランス良好。',
    '⟦S.r|服役歴あり⟧（本人より聴取、支援者間のみ共有）。',
    '⟦S.r|保護観察中⟧のため、保護司との連絡を継続。',
    '⟦S.v|息子からの経済的虐待の疑い⟧で包括に相談中。',
    '⟦S.v|DV被害⟧により以前シェルターに入所していた。',
    '⟦S.i|{dz}⟧の既往があり、今月から⟦S.i|{dz2}⟧の治療も開始。',
    '⟦S.i|CKDステージ4⟧、カリウム制限の指導あり。',
    '⟦S.i|パーキンソン病でオン・オフ現象⟧あり、午後は動きが悪い。',
    '⟦S.c|浄土真宗の門徒⟧で、仏壇への読経を毎朝欠かさない。',
    '⟦S.c|イスラム教徒⟧のため豚由来成分を含む薬を避けたいと希望。',
    '⟦S.i|不眠で睡眠薬を常用⟧しており、転倒に注意。',
    '⟦S.i|誤嚥性肺炎で入院歴⟧あり、食形態はきざみ。',
]
FAM_SENS = [
    '{fam}も⟦S.i|{dz}⟧で通院中とのこと。',
    '介護者の{fam}が⟦S.i|腰椎ヘルニア⟧で手術予定、ショートステイを検討。',
    '同居の{fam}は⟦S.i|うつ病⟧で休職中と話される。',
    '{fam}は⟦S.d|車椅子⟧のため介護は困難。',
    '{fam}が⟦S.i|認知症⟧で施設入所中。',
    '{fam}（キーパーソン）は⟦S.i|透析中⟧で来訪は週1回程度。',
]
NEUTRAL = [
    '表情穏やかで会話もスムーズ。', '食事は8割摂取。', '入浴介助実施、皮膚トラブルなし。',
    '次回訪問は来週火曜の予定。', '室温26℃、エアコン使用中。', '水分摂取1000ml程度。',
    '服薬カレンダーのセットを実施。', '排便は2日に1回、性状普通。', '歩行器で玄関まで見送りあり。',
    '家族への連絡帳に記載した。', '爪切り、足浴を実施。', 'デイサービス利用は週2回で変更なし。',
    'ベッド周囲の環境整備を行った。', '昼食前に訪問、配食サービスの弁当あり。', '庭の花の話をされ笑顔あり。',
    '夜間は良眠とのこと。', '体重は前回と変わらず。', '血圧手帳の記載を確認した。',
]
NEG_LOOK = [
    '⟦L.negated|糖尿病の既往なし⟧。', '⟦L.negated|認知症状は認めない⟧。', '⟦L.negated|褥瘡なし⟧。',
    '感染症：⟦L.negated|なし（HBV・HCV陰性）⟧。', '⟦L.negated|転倒・骨折歴なし⟧。',
    '⟦L.negated|うつ症状の訴えはない⟧。', '⟦L.negated|輸血拒否の意思はない⟧ことを確認。',
    '⟦L.negated|アレルギー歴：特記なし⟧。', '⟦L.negated|心疾患の指摘は受けていない⟧とのこと。',
    '⟦L.negated|認知機能の低下は否定的⟧。',
]
NOTE_LOOK = [
    '⟦L.system-failure|タブレットの通信障害⟧のため記録は帰所後に入力。',
    '⟦L.system-failure|電子カルテのシステム障害⟧により、紙記録で対応。',
    '⟦L.pet-illness|飼い猫が腎臓病で通院中⟧とのことで、本人も心配している。',
    '⟦L.pet-illness|愛犬（柴犬）が糖尿病でインスリン注射中⟧と話される。',
    '⟦L.seminar-topic|認知症サポーター養成講座のチラシ⟧をお渡しした。',
    '⟦L.vaccination-notice|インフルエンザ予防接種の案内⟧を説明した。',
    '⟦L.media-topic|テレビのがん特集番組⟧の話題で盛り上がる。',
    '⟦L.neighborhood-crime|近所で空き巣があったらしい⟧と話していた。',
    '⟦L.equipment-fault|血圧計の表示障害⟧あり、予備機で測定。',
    '⟦L.hypothetical|自分もいつか認知症になるかも⟧、と冗談まじりに話す。',
    '⟦L.fraud-warning|市の「詐欺に注意」チラシ⟧を冷蔵庫に貼った。',
    '⟦L.hospital-delivery|市立総合病院 地域連携室宛ての封書⟧を預かり、事務所から郵送。',
]

PT_VOICE = [
    '「⟦S.i|インスリン⟧、朝はちゃんと打ったよ」', '「⟦S.i|透析⟧の後はぐったりする」',
    '「⟦S.i|糖尿病⟧の数値がまた上がっちゃって」', '「⟦S.i|認知症の薬⟧、飲んだかどうか分からなくなる」',
    '「⟦S.i|がんの治療⟧、次は来月からだって」', '「⟦S.i|血圧の薬⟧だけは欠かさず飲んでる」',
    '「気分が落ち込んで⟦S.i|鬱っぽい⟧」', '「⟦S.d|耳が聞こえにくい⟧から、ゆっくり話して」',
    '「⟦S.i|ペースメーカー⟧の点検に行ってきた」', '「⟦S.i|リウマチ⟧で指が痛くて瓶が開けられない」',
    '「⟦S.c|お題目をあげる⟧のが毎朝の日課でね」', '「⟦S.v|電話の詐欺に引っかかって⟧お金を取られた」',
    '「⟦S.i|抗がん剤⟧の副作用で髪が抜けた」', '「⟦S.i|ワーファリン⟧飲んでるから、あざができやすい」',
    '「⟦S.i|在宅酸素⟧のチューブが邪魔で」', '「⟦S.i|心臓が悪い⟧から坂道はきつい」',
    '「⟦S.i|パーキンソン⟧で手が震えて字が書けない」', '「⟦S.i|腎臓が悪い⟧から果物は控えてる」',
    '「特に変わりないよ」', '「よく眠れた」', '「孫が来てくれて嬉しかった」', '「雨だと膝が痛む」',
    '「ご飯がおいしかった」', '「今日はデイに行く日だから早めにね」',
]

RX_SENS = ['⟦S.i|メトホルミン塩酸塩錠250mg⟧ 2錠 分2 朝夕食後', '⟦S.i|インスリン グラルギン注⟧ 朝8単位',
           '⟦S.i|ワルファリンK錠1mg⟧ 2錠 分1 朝食後', '⟦S.i|アムロジピン錠5mg⟧ 1錠 分1 朝食後',
           '⟦S.i|ドネペジル塩酸塩OD錠5mg⟧ 1錠 分1 朝食後', '⟦S.i|レボドパ・カルビドパ配合錠⟧ 3錠 分3 毎食後',
           '⟦S.i|ティーエスワン配合OD錠T20⟧ 4錠 分2 朝夕食後', '⟦S.i|オキシコドン徐放錠5mg⟧ 2錠 分2 12時間毎',
           '⟦S.i|リスペリドン錠1mg⟧ 2錠 分2 朝夕食後', '⟦S.i|アロプリノール錠100mg⟧ 1錠 分1 朝食後',
           '⟦S.i|レボチロキシンNa錠50μg⟧ 1錠 分1 朝食前', '⟦S.i|チオトロピウム吸入用カプセル⟧ 1日1回吸入',
           '⟦S.i|エンテカビル錠0.5mg⟧ 1錠 空腹時', '⟦S.i|炭酸リチウム錠200mg⟧ 2錠 分2',
           '⟦S.i|ラコサミド錠50mg⟧ 2錠 分2', '⟦S.i|インスリン アスパルト注⟧ 毎食直前 4-4-4単位']
RX_PLAIN = ['酸化マグネシウム錠330mg 3錠 分3 毎食後', 'ロキソプロフェンNa錠60mg 1錠 疼痛時 10回分',
            'レバミピド錠100mg 3錠 分3 毎食後', 'メコバラミン錠500μg 3錠 分3', 'ロキソプロフェンNaテープ100mg 14枚',
            'カルボシステイン錠500mg 3錠 分3', 'ヘパリン類似物質ローション 50g', 'センノシド錠12mg 2錠 就寝前',
            'ファモチジンOD錠10mg 2錠 分2']
PH_NOTE = [
    '⟦S.i|ワーファリン服用中⟧のため、納豆・クロレラの摂取について再確認。',
    '⟦S.i|糖尿病⟧で⟦S.i|インスリン導入⟧となり、低血糖時の対応（ブドウ糖）を説明。',
    'シックデイ時は⟦S.i|SU剤⟧を休薬するよう主治医指示あり、家族に伝達。',
    '⟦S.i|CKD（eGFR 28）⟧のため、腎排泄型の薬剤は減量済みであることを確認。',
    '⟦S.i|抗がん剤⟧による口内炎あり、含嗽薬の使い方を指導。',
    '⟦S.i|認知症⟧があり一包化、服薬カレンダーで管理。',
    '⟦S.i|緑内障⟧のため抗コリン作用のある市販薬は避けるよう説明。',
    '⟦S.i|てんかん⟧の発作は半年なし、自己中断しないよう説明。',
    '⟦S.i|喘息⟧発作時の吸入手技を再確認、問題なし。',
    '⟦S.i|前立腺肥大⟧あり、総合感冒薬の使用は要相談と伝えた。',
    '⟦S.i|B型肝炎⟧キャリアのため、エンテカビルの飲み忘れに注意。',
    '⟦S.i|双極性障害⟧、炭酸リチウムの血中濃度は先週測定済み。',
    '⟦S.c|イスラム教のため豚由来ゼラチンのカプセルは不可⟧、錠剤へ変更を疑義照会。',
    '⟦S.c|宗教上の理由で輸血拒否⟧、血液製剤を含む処方なしを確認。',
    '⟦S.d|視覚障害（弱視）⟧があり、拡大文字の薬袋で交付。',
    '⟦S.d|聴覚障害⟧のため筆談で服薬指導。',
    '⟦S.i|うつ病⟧で通院中、睡眠薬の増量について不安の訴えあり。',
    '⟦S.i|痛風⟧発作なし、尿酸値は安定とのこと。',
]
PH_NEUTRAL = ['残薬なし。', '飲み忘れは週1回程度とのこと。', 'ジェネリックへの変更を希望された。',
              '次回は30日後。', '一包化を継続。', '副作用の訴えなし。', '吸入手技は良好。',
              '薬袋の文字を大きくして交付。', '家族が代理で受け取り。', 'お薬手帳シールを貼付。']


def doc_enc(rng):
    return rng.choice(['utf-8', 'utf-8', 'utf-8', 'utf-8-sig', 'cp932'])


def nl_of(rng):
    return rng.choice(['\n', '\n', '\r\n'])


def fam_ref(rng, pt):
    rel, sex, same = rng.choice(RELS)
    f = Person(rng, old=rel in ('妻', '夫'), sex=sex, surname=pt.s if same else None)
    c = rng.randrange(4)
    if c == 0:
        return '%s（%sさん）' % (rel, P(f.given)), f
    if c == 1:
        return '%sの%s様' % (rel, P(f.full(' '))), f
    if c == 2:
        return '%s・%sさん' % (rel, P(f.sur if not same else f.given)), f
    return '%s %s氏' % (rel, P(f.full())), f


def dz_for(rng, pt, k=1):
    pool = DZ if pt is None else [x for x in DZ if ('前立腺' not in x if pt.sex == 'F' else '乳がん' not in x)]
    return rng.sample(pool, k)


def fill(rng, t, pt=None):
    dzs = dz_for(rng, pt, 2)
    ctx = {'dz': dzs[0], 'dz2': dzs[1], 'clinic': rng.choice(CLINICS)}
    if '{fam}' in t:
        ctx['fam'] = fam_ref(rng, pt)[0]
    return t.format(**ctx)


def pick_sents(rng, pt, n_sens, n_neu, fam=0.3, neg=0.3, look=0.3):
    out = [fill(rng, t, pt) for t in rng.sample(REC_SENS, n_sens)]
    if rng.random() < fam:
        out.append(fill(rng, rng.choice(FAM_SENS), pt))
    joined = ''.join(out)
    if rng.random() < neg:
        cands = [x for x in NEG_LOOK if not any(w in joined for w in ('糖尿', '認知', '褥瘡', '輸血', 'うつ', '鬱', 'アレルギ', '薬疹', '心'))]
        if cands:
            out.append(rng.choice(cands))
    if rng.random() < look:
        out.append(rng.choice(NOTE_LOOK))
    out += rng.sample(NEUTRAL, n_neu)
    rng.shuffle(out)
    return out


def pt_header(rng, d, pt, today, dob=0.6, kana=0.5, label='利用者名'):
    nm = pt.full(rng.choice(['', ' ', '　']))
    d.m('%s：%s 様' % (label, P(nm)))
    if rng.random() < kana:
        d.m('（%s）' % P(pt.kana(rng.choice([' ', '　', '']), rng.random() < 0.8)))
    d.m('\n')
    if rng.random() < dob:
        d.m('生年月日：⟦B|%s⟧（%d歳）\n' % (fmt_dob(rng, pt.birth), age(pt.birth, today)))


def g_soap(rng, org, i):
    d = Doc('nursing-soap', nl_of(rng), doc_enc(rng))
    pt = Person(rng, old=True)
    nurse = rng.choice(org.nurses)
    today = rand_date(rng, 2024, 2024)
    d.m(rng.choice(['訪問看護記録（SOAP）\n', '【訪問看護記録】\n', '看護記録　SOAP形式\n']))
    d.m('%s\n\n' % org.station)
    pt_header(rng, d, pt, today)
    d.m('訪問日：⟦H.visit-date|%s⟧ %d:%02d～\n' % (fmt_date(rng, today), rng.randint(9, 16), rng.choice([0, 15, 30])))
    d.m('担当：%s（%s）\n\n' % (P(rng.choice([nurse.full(), nurse.sur, nurse.full(' ')])), rng.choice(['看護師', 'Ns', 'PT'])))
    d.m('S：%s%s\n' % (rng.choice(PT_VOICE), rng.choice(['', rng.choice(PT_VOICE)])))
    d.m('O：BT %.1f℃ BP %d/%d P %d SpO2 %d%%。' % (rng.uniform(35.8, 37.2), rng.randint(110, 160), rng.randint(60, 95), rng.randint(58, 96), rng.randint(92, 99)))
    s = pick_sents(rng, pt, rng.randint(1, 3), rng.randint(1, 2))
    d.m(''.join(s[:len(s) // 2 + 1]) + '\n')
    d.m('A：' + ''.join(s[len(s) // 2 + 1:] or [rng.choice(NEUTRAL)]) + '\n')
    d.m('P：' + rng.choice(['経過観察継続。', '主治医へ報告し指示を仰ぐ。', '次回も服薬確認を継続。', 'ケアマネへ情報提供。']) + '\n')
    if rng.random() < 0.3:
        d.m('\n記録者：%s\n' % P(nurse.full(' ')))
    return 'nursing/soap_%04d.txt' % i, d


def g_visit(rng, org, i):
    d = Doc('visit-record-free', nl_of(rng), doc_enc(rng))
    pt = Person(rng, old=True)
    nurse = rng.choice(org.nurses)
    today = rand_date(rng, 2024, 2024)
    d.m(rng.choice(['訪問記録\n', '# 訪問記録\n', '■ 訪問記録（%s）\n' % org.station]))
    if rng.random() < 0.5:
        d.m('日付：⟦H.visit-date|%s⟧\n' % fmt_date(rng, today))
    else:
        d.m('⟦H.visit-date|%s⟧ 訪問\n' % fmt_date(rng, today))
    c = rng.randrange(3)
    if c == 0:
        d.m('利用者：%s様\n' % P(pt.full(' ')))
    elif c == 1:
        d.m('%s様（%s）宅\n' % (P(pt.full()), P(pt.kana())))
    else:
        d.m('利用者　%s　様　%d歳\n' % (P(pt.full('　')), age(pt.birth, today)))
    d.m('記録：%s\n\n' % P(nurse.full()))
    s = pick_sents(rng, pt, rng.randint(2, 4), rng.randint(3, 5), fam=0.5)
    para = ''
    for x in s:
        para += x
        if rng.random() < 0.3:
            para += '\n'
    d.m(para.rstrip('\n') + '\n')
    if rng.random() < 0.4:
        d.m('\n申し送り：%sさんへ、%s\n' % (P(rng.choice(org.nurses).sur), rng.choice(['次回は入浴介助あり。', '家族より薬の相談あり、確認お願いします。', '褥瘡処置の物品補充お願いします。'])))
    return 'nursing/visit_%04d.txt' % i, d


def g_medguide(rng, org, i):
    d = Doc('pharmacy-medication-record', nl_of(rng), doc_enc(rng))
    pt = Person(rng)
    ph = rng.choice(org.pharmacists)
    today = rand_date(rng, 2024, 2024)
    d.m(rng.choice(['服薬指導記録\n', '薬剤服用歴（薬歴）\n', '【服薬指導記録】%s\n' % org.pharm]))
    pt_header(rng, d, pt, today, dob=0.7, label='患者氏名')
    d.m('処方日：⟦H.prescription-date|%s⟧　処方元：%s %s医師\n' % (fmt_date(rng, today), rng.choice(CLINICS), P(rng.choice(org.doctors))))
    if rng.random() < 0.4:
        d.m('受付番号：⟦H.reception-number|%d⟧\n' % rng.randint(1, 250))
    d.m('Rp.\n')
    rx = rng.sample(RX_SENS, rng.randint(1, 2)) + rng.sample(RX_PLAIN, rng.randint(1, 3))
    rng.shuffle(rx)
    for k, r in enumerate(rx, 1):
        d.m(' %d) %s\n' % (k, r))
    d.m('S：%s\n' % rng.choice(PT_VOICE))
    notes = rng.sample(PH_NOTE, rng.randint(1, 2)) + rng.sample(PH_NEUTRAL, rng.randint(1, 2))
    if rng.random() < 0.25:
        notes.append(rng.choice(NEG_LOOK[5:]))
    rng.shuffle(notes)
    d.m('O/A：%s\n' % ''.join(notes))
    d.m('P：%s\n' % rng.choice(PH_NEUTRAL))
    d.m('薬剤師：%s\n' % P(rng.choice([ph.full(), ph.full(' '), ph.sur])))
    return 'pharmacy/medguide_%04d.txt' % i, d


TECHO = ['副作用歴：⟦S.i|ペニシリン系で発疹⟧', '⟦S.i|ワーファリン服用中⟧（納豆×）', 'アレルギー：⟦S.i|卵アレルギー⟧',
         '⟦S.i|透析患者⟧です。薬の量に注意してください', '⟦S.i|緑内障⟧あり', '⟦S.i|糖尿病⟧・⟦S.i|インスリン使用⟧',
         '⟦S.i|喘息⟧あり、NSAIDs注意', '⟦S.c|輸血拒否（宗教上の理由）⟧', '⟦S.i|心臓ペースメーカー植込み⟧',
         '⟦S.i|抗がん剤治療中⟧（外来化学療法）', '⟦S.i|前立腺肥大症⟧', '⟦S.i|肝機能障害を指摘⟧されている',
         '⟦S.d|人工透析・身体障害者手帳1級⟧', '⟦L.negated|副作用歴：なし⟧', '⟦L.negated|アレルギー：なし⟧',
         'サプリ：マルチビタミン', 'ジェネリック希望', '一包化希望', 'かかりつけ薬局：%s']


def g_techo(rng, org, i):
    d = Doc('okusuri-techo-notes', nl_of(rng), doc_enc(rng))
    pt = Person(rng)
    d.m('お薬手帳（メモ欄の書き写し）\n')
    d.m('名前：%s\n' % P(rng.choice([pt.full(' '), pt.full(), kata(pt.s[1]) + ' ' + kata(pt.g[1])])))
    if rng.random() < 0.7:
        d.m('生年月日 ⟦B|%s⟧\n' % fmt_dob(rng, pt.birth, rng.choice(['L/', 'L.', 'K1.', 'K', 'Y/', 'Lk'])))
    if rng.random() < 0.5:
        d.m('緊急連絡先：%s %s\n' % (rng.choice(['自宅', '長女', '長男', '携帯']), '⟦T|%s⟧' % phone(rng)))
    d.m('\n')
    for t in rng.sample(TECHO, rng.randint(3, 6)):
        if '%s' in t:
            t = t % org.pharm
        d.m('・%s\n' % t)
    for _ in range(rng.randint(1, 3)):
        dd = rand_date(rng, 2023, 2024)
        d.m('⟦H.dispensing-date|%s⟧ %s\n' % (fmt_date(rng, dd, 'ymd/'), rng.choice(['%s 調剤' % org.pharm, '内科クリニック受診', '処方変更なし', '湿布追加'])))
    d.m('\n※%s\n' % rng.choice(['本人・家族の了解を得て、服薬指導のために書き写したもの。', '手帳は次回来局時に返却済み。', '原本は本人保管。写しは薬歴に添付。']))
    return 'pharmacy/techo_%04d.txt' % i, d

MONSHIN_DZ = ['高血圧', '糖尿病', '心臓病', '脳卒中', '喘息', '胃潰瘍', '肝臓病', '腎臓病', '緑内障',
              '前立腺肥大', 'てんかん', 'がん', '甲状腺の病気', 'うつ病']


def g_monshin(rng, org, i):
    d = Doc('questionnaire-filled', nl_of(rng), doc_enc(rng))
    pt = Person(rng)
    today = rand_date(rng, 2024, 2024)
    on, off = rng.choice([('■', '□'), ('■', '□'), ('☑', '☐'), ('(レ)', '( )'), ('●', '○')])
    d.m('初回質問票（%s）\n' % org.pharm)
    d.m('記入日：⟦H.form-date|%s⟧\n' % fmt_date(rng, today, rng.choice(['ymdk', 'wa', 'ymd/'])))
    d.m('お名前：%s\u3000フリガナ：%s\n' % (P(pt.full(' ')), P(pt.kana())))
    d.m('生年月日：⟦B|%s⟧\u3000性別：%s\n' % (fmt_dob(rng, pt.birth), '女' if pt.sex == 'F' else '男'))
    if rng.random() < 0.6:
        d.m('ご住所：〒⟦Z|%s⟧ ⟦A|%s⟧\n' % (postal(rng), address(rng)))
    d.m('電話：⟦T|%s⟧\n\n' % phone(rng))
    # Q1: current illness with details
    if rng.random() < 0.8:
        ds = dz_for(rng, pt, rng.randint(1, 2))
        d.m('1. 現在治療中の病気はありますか\n  %sなし %sあり → （%s）\n' % (off, on, '、'.join('⟦S.i|%s⟧' % x for x in ds)))
    else:
        d.m('1. 現在治療中の病気はありますか\n  %sなし %sあり\n' % (on, off))
    # Q2: checkbox list
    d.m('2. 今までにかかった病気（あてはまるものに%s）\n  ' % on)
    ticked = set(rng.sample(range(len(MONSHIN_DZ)), rng.randint(0, 3)))
    items = []
    for k, x in enumerate(MONSHIN_DZ):
        items.append('%s⟦S.i|%s⟧' % (on, x) if k in ticked else '%s⟦L.unticked-option|%s⟧' % (off, x))
    d.m(' '.join(items[:7]) + '\n  ' + ' '.join(items[7:]) + '\n')
    # Q3 allergy
    if rng.random() < 0.4:
        d.m('3. お薬でアレルギーや副作用が出たことは？ %sはい（⟦S.i|%s⟧）\n' % (on, rng.choice(['ペニシリンで発疹', 'ロキソニンで喘息発作', '造影剤でじんましん', '抗生物質で下痢'])))
    else:
        d.m('3. お薬でアレルギーや副作用が出たことは？ %sいいえ\n' % on)
    # Q4 creed
    if rng.random() < 0.12:
        d.m('4. 宗教上・信条上の理由で使えない薬や治療はありますか：はい（⟦S.c|%s⟧）\n' % rng.choice(['輸血はできません', 'ハラール以外は不可', '豚由来の成分は避けたい', 'エホバの証人のため輸血拒否']))
    else:
        d.m('4. ⟦L.form-question|宗教上・信条上の理由で使えない薬や治療はありますか⟧：いいえ\n')
    # Q5 disability / care
    r = rng.random()
    if r < 0.35:
        d.m('5. 障害者手帳・介護認定：⟦S.d|%s⟧\n' % rng.choice(['身体障害者手帳 3級（右上肢）', '要介護1', '要支援1', '精神障害者保健福祉手帳 2級', '療育手帳 A', '身体 1種2級（心臓機能障害）']))
    else:
        d.m('5. ⟦L.form-question|障害者手帳・介護認定⟧：なし\n')
    if rng.random() < 0.4:
        d.m('6. 飲酒：%s\u3000喫煙：%s\n' % (rng.choice(['なし', '機会飲酒', '毎日']), rng.choice(['なし', 'やめた', '1日10本'])))
    if rng.random() < 0.45:
        d.m('\n（欄外に手書き）%s\n' % rng.choice([
            '⟦S.i|最近物忘れがひどく、認知症と言われた⟧　と娘さん記入',
            '⟦S.i|血糖が高いと言われてインスリン⟧を始めたばかり',
            '⟦S.i|心臓の手術（バイパス）⟧を10年前にしています',
            '⟦S.i|透析しています（火木土）⟧',
            '⟦S.d|耳が遠いので⟧大きな声でお願いします',
            '⟦S.i|うつで心療内科⟧に通っています。家族には内緒です',
            '⟦S.v|去年、詐欺の被害にあって⟧電話に出るのが怖い',
            '車で来ています', '薬は粉が苦手です', '子ども連れのため早めに呼んでください']))
    return 'forms/monshin_%04d.txt' % i, d


ORDER_REMARK = [
    '⟦S.i|糖尿病のため低糖質を希望⟧', '⟦S.i|透析中なのでカリウム少なめ⟧のものをお願いします',
    '⟦S.i|腎臓病で塩分6g制限⟧中です', '母が⟦S.i|嚥下障害⟧のためとろみ付きを希望',
    '父が⟦S.i|認知症⟧で、配達時は必ず私の携帯に連絡ください', '⟦S.i|ワーファリン服用中⟧。ビタミンK入りは除いて',
    '⟦S.c|ハラール認証品のみ希望（イスラム教徒のため）⟧', '⟦S.d|車椅子利用⟧のため玄関前まで運んでください',
    '⟦S.d|耳が不自由⟧なので電話ではなくメールで連絡希望', '⟦S.i|抗がん剤治療中⟧で食欲がないため少量パックで',
    '⟦S.i|高血圧⟧なので減塩タイプに変更してください', '⟦S.i|乳がん術後⟧、大豆イソフラボン不使用のものを',
    '⟦S.i|痛風⟧のためプリン体ゼロを', '⟦S.d|目が見えない⟧ので大きな文字の説明書を同封してください',
    '⟦S.i|アトピー性皮膚炎⟧のため無香料希望', '⟦S.i|心不全で水分制限⟧あり、小容量で',
]
ORDER_REMARK_PLAIN = ['', '', '', '置き配希望', '午前中指定', '不在時は宅配ボックスへ', '領収書同封',
                      'ギフト包装', '前回と同じもの', '⟦L.hospital-delivery|入院先の病院あてに配送⟧',
                      '⟦L.hospital-delivery|県立がんセンター 5階病棟ナースステーション気付⟧',
                      '⟦L.facility-delivery|特別養護老人ホーム宛て・事務室で受取⟧']
PRODUCTS = [('⟦L.product-name|やさしい腎臓病食セット（7食）⟧', 5980), ('⟦L.product-name|糖尿病食 低糖質弁当 5日分⟧', 4800),
            ('減塩しょうゆ 500ml', 480), ('⟦L.product-name|嚥下障害対応 とろみ剤 スティック50本⟧', 1320),
            ('大人用紙おむつ Mサイズ', 1980), ('⟦L.product-name|低たんぱく米（腎臓病食品）1kg⟧', 1650),
            ('青汁 30包', 2980), ('マルチビタミン 90粒', 1200), ('介護用スプーン', 880),
            ('⟦L.product-name|高血圧対策 GABA茶⟧', 1480), ('栄養補助ゼリー 24個', 3240), ('ポータブルトイレ用消臭剤', 760),
            ('⟦L.product-name|認知症予防 DHAサプリ⟧', 2700), ('体圧分散マットレス', 19800)]


def g_orders(rng, org, i):
    tsv = rng.random() < 0.3
    sep = '\t' if tsv else ','
    d = Doc('shop-orders-' + ('tsv' if tsv else 'csv') + '-remarks', rng.choice(['\r\n', '\n']), rng.choice(['cp932', 'utf-8-sig', 'utf-8']))
    hdr = ['注文番号', '注文日', '氏名', 'フリガナ', '郵便番号', '住所', '電話番号', '商品名', 'JANコード', '数量', '金額', '備考']
    if rng.random() < 0.4:
        hdr = ['受注No', '受注日', 'お客様名', 'カナ', '〒', '配送先住所', 'TEL', '商品', 'JAN', '数', '小計', '通信欄']
    d.row(hdr, sep)
    for _ in range(rng.randint(5, 10)):
        p = Person(rng)
        prod, price = rng.choice(PRODUCTS)
        q = rng.randint(1, 3)
        rem = rng.choice(ORDER_REMARK) if rng.random() < 0.5 else rng.choice(ORDER_REMARK_PLAIN)
        od = rand_date(rng, 2024, 2024)
        d.row(['⟦H.order-number|%s⟧' % order_no(rng), '⟦H.order-date|%s⟧' % fmt_date(rng, od, rng.choice(['ymd/', 'iso'])),
               P(p.full(rng.choice(['', ' ', '　']))), P(p.kana(rng.choice([' ', '']))), '⟦Z|%s⟧' % postal(rng, rng.choice(['-', 'n'])),
               '⟦A|%s⟧' % address(rng), '⟦T|%s⟧' % phone(rng, None, rng.choice(['-', '', '-'])), prod,
               '⟦H.jan-code|%s⟧' % jan(rng), str(q), '⟦H.amount|%d⟧' % (price * q), rem], sep)
    return 'shop/orders_%04d.%s' % (i, 'tsv' if tsv else 'csv'), d


INQ = [
    ('サプリについて', '⟦S.i|持病の高血圧の薬（アムロジピン）⟧を飲んでいますが、こちらの青汁と一緒に飲めますか。'),
    ('飲み合わせ', '⟦S.i|ワーファリンを飲んでいる⟧のですが、クロレラ入りの商品は避けた方がいいでしょうか。'),
    ('低たんぱく食品', '⟦S.i|夫が透析を受けていて⟧、カリウムの少ないおやつを探しています。'),
    ('商品選び', '⟦S.i|糖尿病で食事制限⟧があります。甘味料は何を使っていますか。'),
    ('配達の件', '⟦S.d|車椅子生活⟧のため、玄関の中まで運んでいただけると助かります。'),
    ('問い合わせ', '⟦S.i|母が認知症⟧で同じ商品を何度も注文してしまいます。定期便を止めて、注文は私だけができるようにしたいです。'),
    ('カプセルの原料', '⟦S.c|ムスリムなので豚由来のゼラチン⟧は使えません。カプセルの原料を教えてください。'),
    ('返品', '⟦S.v|訪問販売の詐欺被害⟧にあってから高額なものが不安で…先日の注文を取り消したいです。'),
    ('お薬との併用', '⟦S.i|うつ病で抗うつ薬を服用中⟧です。セントジョーンズワート入りは大丈夫でしょうか。'),
    ('妊娠中ではありません', '⟦S.i|乳がんの術後でホルモン療法中⟧です。大豆イソフラボンのサプリは飲んでも平気ですか。'),
    ('持病について', '⟦S.i|持病の薬⟧と一緒に飲めますか。薬はお薬手帳のとおりです。'),
    ('とろみ剤', '⟦S.i|脳梗塞の後遺症で飲み込みが悪い⟧父のために、とろみ剤を探しています。'),
    ('文字の大きさ', '⟦S.d|弱視⟧のため、説明書の文字が読めません。大きな字のものはありますか。'),
    ('定期購入', '⟦S.i|CKDステージ3⟧と言われ、食事を見直しています。腎臓病食の定期購入の方法を教えてください。'),
    ('商品の相談', '⟦S.i|痛風持ち⟧です。プリン体ゼロのビールテイスト飲料は扱っていますか。'),
]
INQ_PLAIN = [('配送日の変更', '注文した商品の配送日を来週の土曜日に変更できますか。'),
             ('領収書', '会社宛ての領収書を発行していただけますか。宛名は株式会社わかばでお願いします。'),
             ('在庫', '減塩しょうゆ 500mlの在庫はありますか。まとめて10本欲しいです。')]
SHOP_REPLY = ['⟦L.supplement-caution|持病のある方、お薬を服用中の方は、ご利用前に医師・薬剤師にご相談ください⟧。',
              '⟦L.supplement-caution|ワーファリン等の抗凝固薬を服用中の方はビタミンKを多く含む商品をお控えください⟧。',
              '⟦L.supplement-caution|腎臓病の方は医師の指導のもとでお召し上がりください⟧。',
              '当店の薬剤師が確認のうえ、改めてご連絡いたします。', 'ご不便をおかけし申し訳ございません。']
WEEK = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


def mail_date(d, rng):
    return '%s, %02d %s %d %02d:%02d:%02d +0900' % (WEEK[d.weekday()], d.day, MON[d.month - 1], d.year, rng.randint(7, 23), rng.randint(0, 59), rng.randint(0, 59))


def mail_headers(rng, d, frm, to, subj, when, charset):
    d.m('From: %s\nTo: %s\nSubject: %s\nDate: ⟦H.mail-date|%s⟧\nMIME-Version: 1.0\nContent-Type: text/plain; charset=%s\nContent-Transfer-Encoding: 8bit\n\n'
        % (frm, to, subj, mail_date(when, rng), charset))


def g_inquiry(rng, org, i):
    sj = rng.random() < 0.3
    d = Doc('customer-inquiry-mail', rng.choice(['\n', '\r\n']), 'cp932' if sj else 'utf-8')
    p = Person(rng)
    em = email_for(rng, p)
    when = rand_date(rng, 2024, 2024)
    subj, body = rng.choice(INQ) if rng.random() < 0.9 else rng.choice(INQ_PLAIN)
    frm = '%s <⟦M|%s⟧>' % (P(p.full(' ')), em) if rng.random() < 0.8 else '⟦M|%s⟧' % em
    mail_headers(rng, d, frm, '⟦M|%s⟧' % org.shop_mail, subj, when, 'shift_jis' if sj else 'utf-8')
    d.m('%s 御中\n\n' % org.shop)
    d.m('いつもお世話になっております。%sと申します。\n' % P(rng.choice([p.full(), p.sur])))
    if rng.random() < 0.5:
        d.m('注文番号 ⟦H.order-number|%s⟧ の件です。\n' % order_no(rng))
    d.m(body + '\n')
    if rng.random() < 0.3:
        d.m(rng.choice(['⟦S.i|高血圧と糖尿病⟧の薬を毎日飲んでいます。\n', '⟦S.d|要介護2⟧の母と二人暮らしです。\n',
                        '⟦S.i|心臓にステントが入っています⟧。\n', '主人は⟦S.i|前立腺がん⟧の治療中です。\n']))
    d.m('よろしくお願いいたします。\n\n')
    d.m('――――――――\n%s\n' % P(p.full(rng.choice(['', ' ']))))
    if rng.random() < 0.6:
        d.m('〒⟦Z|%s⟧ ⟦A|%s⟧\n' % (postal(rng), address(rng)))
    if rng.random() < 0.8:
        d.m('TEL ⟦T|%s⟧\n' % phone(rng))
    if rng.random() < 0.4:
        st = rng.choice(org.shopstaff)
        d.m('\n> ---- 以下 返信 ----\n> %s様\n> お問い合わせありがとうございます。%s担当の%sです。\n> %s\n> %s\n> TEL ⟦T|%s⟧（平日9時～17時）\n'
            % (P(p.sur), org.shop, P(st.sur), rng.choice(SHOP_REPLY), org.shop, org.shop_tel))
    return 'mail/inquiry_%04d.eml' % i, d


def g_webform(rng, org, i):
    d = Doc('web-form-submission', '\n', rng.choice(['utf-8', 'utf-8', 'cp932']))
    p = Person(rng)
    when = rand_date(rng, 2024, 2024)
    d.m('【%s】お問い合わせフォームより送信がありました\n\n' % org.shop)
    d.m('送信日時：⟦H.received-datetime|%s %02d:%02d⟧\n' % (fmt_date(rng, when, 'ymd/'), rng.randint(0, 23), rng.randint(0, 59)))
    d.m('お名前：%s\n' % P(p.full(rng.choice([' ', '　', '']))))
    d.m('フリガナ：%s\n' % P(p.kana()))
    d.m('メールアドレス：⟦M|%s⟧\n' % email_for(rng, p))
    if rng.random() < 0.7:
        d.m('電話番号：⟦T|%s⟧\n' % phone(rng))
    if rng.random() < 0.25:
        d.m('生年月日：⟦B|%s⟧\n' % fmt_dob(rng, p.birth, rng.choice(['Y/', 'Yk', 'Yiso'])))
    d.m('お問い合わせ種別：%s\n' % rng.choice(['商品について', '飲み合わせ', '配送', 'その他']))
    subj, body = rng.choice(INQ)
    d.m('お問い合わせ内容：\n%s\n' % body)
    if rng.random() < 0.4:
        d.m(rng.choice(['⟦S.i|一昨年に胃を全摘⟧しているので、量が食べられません。\n', '⟦S.i|CKDで通院中⟧です。\n',
                        '⟦S.i|認知症の父⟧の代わりに問い合わせています。\n', '⟦S.i|統合失調症⟧の薬を飲んでいます。\n']))
    d.m('\n個人情報の取扱いに同意する：はい\n')
    if rng.random() < 0.3:
        d.m('送信元IP：⟦IP|%d.%d.%d.%d⟧\n' % (rng.choice([126, 153, 180, 203, 210]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))
    return 'web/form_%04d.txt' % i, d


CHAT_FAM = [
    '{rel}の⟦S.i|認知⟧、最近ひどくなってきてて…夜中に何度も起きるんです', '⟦S.i|透析⟧の日は帰ってきたらぐったり寝てます',
    '昨日の受診で⟦S.i|インスリン⟧の単位が朝10に変わりました', '⟦S.i|抗がん剤⟧、来週からまた再開だそうです',
    '{rel}は⟦S.c|宗教上の理由で輸血はしない⟧と言っています。書面が必要ですか？', 'お尻の⟦S.i|床ずれ⟧、少し赤くなってました',
    '{rel}が⟦S.v|オレオレ詐欺で30万円振り込んでしまった⟧みたいで…警察には連絡済みです', '⟦S.i|ワーファリン⟧飲んでるのに転んで、腕にあざが',
    '{rel}、⟦S.i|鬱っぽくて⟧ご飯もあまり食べません', '認定結果が出て、⟦S.d|要介護3⟧になりました',
    '⟦S.i|心不全⟧のせいか足がパンパンにむくんでます', '⟦S.i|パーキンソン⟧の薬、昼の分を飲み忘れてました',
    '⟦S.i|糖尿病⟧の先生から、甘いものは控えるように言われたそうです', '⟦S.i|がん⟧の痛み止め、レスキュー2回使いました',
    '⟦S.i|HOT⟧の業者さんが明日ボンベ交換に来ます', '⟦S.i|てんかん⟧の発作がまた今朝ありました。1分くらいです',
]
CHAT_NEU = ['明日は10時で大丈夫です', 'よろしくお願いします', '了解です！', '[スタンプ]', '[写真]', 'ありがとうございます🙇',
            '今日は天気がいいので散歩に行きました', '薬は届きました', '少し遅れます、すみません']
CHAT_NURSE = ['承知しました。明日の訪問で確認しますね。', 'ありがとうございます、主治医に報告します。', '様子を見て、変わりがあればまたご連絡ください。',
              '⟦L.system-failure|ステーションの電話回線に障害⟧が出ています。急ぎはこちらにお願いします。',
              '⟦L.seminar-topic|来月、家族向けの認知症介護教室⟧があります。よかったらどうぞ。',
              '書面は不要です。念のため記録に残しておきますね。']


def g_chat(rng, org, i):
    d = Doc('chat-family', '\n', rng.choice(['utf-8', 'utf-8', 'utf-8-sig']))
    pt = Person(rng, old=True)
    rel = '母' if pt.sex == 'F' else '父'
    fam = Person(rng, old=False, surname=pt.s if rng.random() < 0.6 else None)
    nurse = rng.choice(org.nurses)
    style = rng.randrange(4)
    day = rand_date(rng, 2024, 2024)
    fam_lbl = rng.choice([fam.sur, fam.full(), fam.full(' '), fam.given])
    nurse_lbl = rng.choice([nurse.sur, nurse.full(), '%s' % nurse.sur])
    if style == 0:
        d.m('[LINE] %s様ご家族 とのトーク履歴\n保存日時：⟦H.export-date|%s 21:%02d⟧\n\n%s(%s)\n' %
            (P(pt.full()), fmt_date(rng, day, 'ymd/'), rng.randint(0, 59), fmt_date(rng, day, 'ymd/'), '月火水木金土日'[day.weekday()]))
    else:
        d.m('チャットログ：%s 連絡グループ（利用者 %s様）\n\n' % (org.station, P(pt.full(' '))))
    h = rng.randint(8, 18)
    mins = rng.randint(0, 30)
    lines = []
    famlines = rng.sample(CHAT_FAM, rng.randint(2, 4)) + rng.sample(CHAT_NEU, rng.randint(1, 3))
    rng.shuffle(famlines)
    if rng.random() < 0.15:
        famlines.append('うちの⟦L.pet-illness|犬も腎臓が悪くて療法食⟧なんです笑')
    for fl in famlines:
        lines.append((fam_lbl, fl.format(rel=rel)))
        if rng.random() < 0.6:
            lines.append((nurse_lbl, rng.choice(CHAT_NURSE)))
    if rng.random() < 0.3:
        lines.append((nurse_lbl, '急ぎの場合は私の携帯 ⟦T|%s⟧ までお願いします。' % phone(rng, 'mob', '-')))
    for who, msg in lines:
        mins += rng.randint(1, 25)
        if mins >= 60:
            h, mins = h + 1, mins - 60
        tm = '%d:%02d' % (h, mins)
        if style == 0:
            d.m('%s\t%s\t%s\n' % (tm, P(who), msg))
        elif style == 1:
            d.m('[%s] %s: %s\n' % (tm, P(who), msg))
        elif style == 2:
            d.m('%s %s\n%s\n\n' % (P(who), tm, msg))
        else:
            d.m('%s：%s（%s）\n' % (P(who), msg, tm))
    return 'chat/family_%04d.txt' % i, d


def g_fax(rng, org, i):
    d = Doc('care-manager-fax', nl_of(rng), rng.choice(['cp932', 'utf-8']))
    pt = Person(rng, old=True)
    cm = rng.choice(org.cms)
    office = rng.choice(CM_OFFICES)
    when = rand_date(rng, 2024, 2024)
    today = when
    d.m('FAX送信票\n\n送信日：⟦H.fax-date|%s⟧\u3000枚数：%d枚（本紙含む）\n' % (fmt_date(rng, when, rng.choice(['ymdk', 'wa'])), rng.randint(1, 4)))
    d.m('宛先：%s 御中\u3000FAX ⟦T|%s⟧\n' % (org.station, org.st_fax))
    d.m('発信：%s\u3000介護支援専門員 %s\n' % (office, P(cm.full(rng.choice(['', ' ', '　'])))))
    d.m('TEL ⟦T|%s⟧\u3000FAX ⟦T|%s⟧\n\n' % (phone(rng, 'land', '-'), phone(rng, 'land', '-')))
    d.m('件名：%s\n\n' % rng.choice(['新規利用者のご依頼', '訪問看護指示書の件', 'サービス担当者会議の日程', '状態変化のご報告']))
    d.m('利用者：%s 様（%s）\n' % (P(pt.full(' ')), P(pt.kana())))
    if rng.random() < 0.7:
        d.m('生年月日：⟦B|%s⟧\n' % fmt_dob(rng, pt.birth, rng.choice(['K', 'L.', 'K1.', 'L/', 'Lk'])))
    if rng.random() < 0.6:
        d.m('住所：⟦A|%s⟧\n' % address(rng))
    d.m('要介護度：⟦S.d|%s⟧（認定有効期間 ⟦H.validity-period|R6.4.1～R7.3.31⟧）\n' % rng.choice(['要介護1', '要介護2', '要介護3', '要介護4', '要介護5', '要支援2']))
    d.m('主病名：⟦S.i|%s⟧\n' % dz_for(rng, pt)[0])
    d.m('主治医：%s %s先生\n\n' % (rng.choice(CLINICS), P(rng.choice(org.doctors))))
    d.m('相談内容：\n')
    for s in pick_sents(rng, pt, rng.randint(1, 3), 1, fam=0.4, neg=0.2, look=0.15):
        d.m(s)
    d.m('\n')
    d.m('\nご多忙のところ恐れ入りますが、ご検討のほどよろしくお願いいたします。\n')
    if rng.random() < 0.3:
        d.m('※⟦L.confidentiality-notice|本FAXには要配慮個人情報（病歴等）が含まれます⟧。誤送信の場合は破棄のうえご連絡ください。\n')
    return 'fax/caremanager_%04d.txt' % i, d


INC_BODY = [
    '⟦S.i|糖尿病でインスリン使用中⟧の{pt}に、⟦S.i|超速効型インスリン⟧の単位を誤って説明しかけたが、復唱で気づいた。',
    '⟦S.i|ワーファリン服用中⟧の{pt}の一包化に、類似名の薬剤が混入していた。交付前の監査で発見。',
    '⟦S.i|認知症⟧のある{pt}宅で、服薬カレンダーの2日分が同時に空になっていた。',
    '⟦S.d|全盲⟧の{pt}に、点字シールを貼り忘れた薬袋を交付した。翌日訪問時に交換。',
    '⟦S.i|透析患者⟧である{pt}に、腎機能に応じた減量がされていない処方があり、疑義照会で変更。',
    '⟦S.c|輸血拒否の意思表示カード⟧を持つ{pt}の情報が、訪問看護計画書に記載漏れしていた。',
    '⟦S.i|てんかん⟧の{pt}の抗てんかん薬が在庫不足で、1日分不足したまま交付した。',
    '⟦S.i|がん末期⟧の{pt}宅で、麻薬の残数が記録と1錠合わなかった。',
    '移乗介助中、⟦S.d|左片麻痺⟧のある{pt}がベッドからずり落ちた。外傷なし。',
]


def g_incident(rng, org, i):
    d = Doc('incident-report', nl_of(rng), doc_enc(rng))
    pt = Person(rng, old=True)
    rep = rng.choice(org.pharmacists + org.nurses)
    occ = rand_date(rng, 2024, 2024)
    d.m(rng.choice(['ヒヤリ・ハット報告書\n', 'インシデント報告書\n', '# インシデント報告\n']))
    d.m('発生日時：⟦H.incident-datetime|%s %d:%02d⟧\n' % (fmt_date(rng, occ, rng.choice(['ymdk', 'ymd/', 'wa'])), rng.randint(8, 18), rng.randint(0, 59)))
    d.m('報告日：⟦H.report-date|%s⟧\n' % fmt_date(rng, occ + dt.timedelta(days=rng.randint(0, 3)), 'ymdk'))
    d.m('報告者：%s\n' % P(rep.full(rng.choice(['', ' ']))))
    d.m('対象者：%s 様（%d歳・%s）\n\n' % (P(pt.full()), age(pt.birth, occ), '女性' if pt.sex == 'F' else '男性'))
    body = rng.choice(INC_BODY).format(pt=rng.choice(['利用者', '患者', '患者様', '%s様' % P(pt.sur)]))
    d.m('【内容】\n%s\n\n' % body)
    d.m('【原因】\n%s\n\n' % rng.choice(['確認手順の省略。', '⟦L.system-failure|調剤監査システムの障害⟧で目視監査のみだった。',
                                       '繁忙時間帯で声かけが不足。', '⟦L.equipment-fault|分包機の印字障害⟧により薬包の表示が読めなかった。']))
    d.m('【対策】\n%s\n' % rng.choice(['ダブルチェックの徹底。', '手順書を改訂し朝礼で周知。', '在庫の発注点を見直す。']))
    d.m('影響レベル：%s\n' % rng.choice(['0', '1', '2', '3a']))
    return 'incident/report_%04d.%s' % (i, rng.choice(['txt', 'md'])), d


EN_SENS = ['I have ⟦S.i|type 2 diabetes⟧ and take ⟦S.i|metformin⟧.', "I'm ⟦S.c|Muslim⟧, so I cannot take capsules made from pork gelatin.",
           'My husband {fam} is on ⟦S.i|warfarin⟧ after his heart surgery.', '⟦S.d|I use a wheelchair⟧, so please leave the parcel at the door.',
           '⟦S.i|I was diagnosed with depression⟧ last year and take sertraline.', '⟦S.i|I am HIV positive⟧ and on antiretroviral therapy.',
           '⟦S.i|I have chronic kidney disease⟧ (stage 3), so I need low-potassium food.', '⟦S.d|I am deaf⟧, please contact me by email only.',
           'My mother {fam} has ⟦S.i|dementia⟧ and lives with us.', '⟦S.i|I have asthma⟧ and am allergic to aspirin.',
           "I'm a ⟦S.c|Jehovah's Witness⟧ and do not accept blood transfusions.", 'I was ⟦S.v|a victim of a phone scam⟧ last month.',
           '⟦S.i|I am being treated for breast cancer⟧ (chemotherapy).', 'I follow a ⟦S.c|kosher⟧ diet for religious reasons.',
           '⟦S.i|I have epilepsy⟧ and take levetiracetam.', '⟦S.i|My blood pressure is high⟧ and I take amlodipine.']


def g_english(rng, org, i):
    mail = rng.random() < 0.6
    d = Doc('english-mail' if mail else 'english-note', '\n', 'utf-8')
    fn, ln, fk, lk = rng.choice(FOREIGN)
    b = rand_date(rng, 1950, 2000)
    when = rand_date(rng, 2024, 2024)
    em = '%s.%s%d@%s' % (fn.lower(), ln.lower(), rng.randint(1, 99), rng.choice(DOMAINS))
    name = rng.choice(['%s %s' % (fn, ln), '%s %s' % (ln.upper(), fn.upper())])
    if mail:
        mail_headers(rng, d, '%s <⟦M|%s⟧>' % (P(name), em), '⟦M|%s⟧' % rng.choice([org.shop_mail, org.ph_mail]),
                     rng.choice(['Question about my medicine', 'Order question', 'Supplement and my medication', 'Delivery request']), when, 'utf-8')
        d.m('Hello,\n\nMy name is %s' % P(name))
    else:
        d.m('Patient note (written by the patient at the counter)\nName: %s\n' % P(name))
    dob = rng.choice(['en1', 'en2', 'Yiso', 'en3'])
    if mail:
        d.m(rng.choice([' (DOB: ⟦B|%s⟧).\n', ', date of birth ⟦B|%s⟧.\n']) % fmt_dob(rng, b, dob))
    else:
        d.m(rng.choice(['DOB: ⟦B|%s⟧\n', 'Date of birth: ⟦B|%s⟧\n']) % fmt_dob(rng, b, dob))
    ss = rng.sample(EN_SENS, rng.randint(1, 3))
    for s in ss:
        if '{fam}' in s:
            f = rng.choice(FOREIGN)
            s = s.format(fam=P('%s %s' % (f[0], ln)) if rng.random() < 0.5 else P(f[0]))
        d.m(s + ' ')
    d.m('\n' + rng.choice(['Can I take the vitamin supplement (item no. ⟦H.product-code|VT-%04d⟧) together with my medicine?' % rng.randint(1, 9999),
                           'Could you tell me if this product is safe for me?', 'Please deliver my order on Saturday morning.',
                           'I would like to refill my prescription next week.']) + '\n')
    if rng.random() < 0.2:
        d.m('By the way, ⟦L.pet-illness|my cat also has diabetes⟧, do you sell pet insulin syringes?\n')
    d.m('\nPhone: ⟦T|%s⟧\n' % phone(rng, 'mob', rng.choice(['+81', '+81n', '+81(0)', '-'])))
    d.m('Thank you,\n%s\n' % P(rng.choice([fn, '%s %s' % (fn, ln)])))
    return 'english/%s_%04d.%s' % ('mail' if mail else 'note', i, 'eml' if mail else 'txt'), d


def g_ptlist(rng, org, i):
    d = Doc('csv-patient-list-birthday-header', '\r\n', rng.choice(['cp932', 'utf-8-sig']))
    today = dt.date(2024, 6, 1)
    hdr = ['利用者ID', '氏名', 'フリガナ', rng.choice(['生年月日', '誕生日', '生年月日(和暦)']), '要介護度', '主病名', '保険者番号', '被保険者番号', '電話', '備考']
    d.row(hdr)
    for k in range(rng.randint(6, 12)):
        pt = Person(rng, old=True)
        rem = rng.choice(['', '', '⟦S.c|輸血拒否⟧', '⟦S.d|全盲⟧', '⟦S.i|インスリン自己注射⟧', '⟦S.o|生保⟧', '独居', '鍵はキーボックス',
                          '⟦S.v|詐欺被害歴あり、訪問販売に注意⟧', '⟦L.pet-illness|犬が糖尿病（訪問時つないでおく）⟧', '⟦S.d|胃ろう⟧'])
        d.row(['⟦H.user-id|U%05d⟧' % rng.randint(1, 99999), P(pt.full(' ')), P(pt.kana()),
               '⟦B|%s⟧' % fmt_dob(rng, pt.birth, rng.choice(['L/', 'L.', 'K1.', 'K', 'Y/'])),
               '⟦S.d|%s⟧' % rng.choice(['要介護1', '要介護2', '要介護3', '要介護4', '要介護5', '要支援1', '要支援2']),
               '⟦S.i|%s⟧' % dz_for(rng, pt)[0], '⟦HI|%s⟧' % insurer_no(rng, 'kouki'), '⟦HI|%s⟧' % digits(rng, 8),
               '⟦T|%s⟧' % phone(rng, rng.choice(['land', 'mob']), '-'), rem])
    return 'nursing/userlist_%04d.csv' % i, d


def g_reception(rng, org, i):
    d = Doc('pharmacy-reception-insurance', nl_of(rng), doc_enc(rng))
    pt = Person(rng)
    today = rand_date(rng, 2024, 2024)
    d.m('処方箋受付票（%s）\n受付日：⟦H.reception-date|%s⟧\u3000受付番号：⟦H.reception-number|%03d⟧\n\n' % (org.pharm, fmt_date(rng, today, 'ymd/'), rng.randint(1, 300)))
    d.m('氏名：%s（%s）\n' % (P(pt.full(' ')), P(pt.kana())))
    d.m('生年月日：⟦B|%s⟧\n' % fmt_dob(rng, pt.birth))
    kind = 'kouki' if pt.old and rng.random() < 0.6 else rng.choice(['kyokai', 'kokuho', 'kumiai'])
    if kind == 'kouki':
        d.m('後期高齢者医療 被保険者番号：⟦HI|%s⟧\n保険者番号：⟦HI|%s⟧\n' % (digits(rng, 8), insurer_no(rng, 'kouki')))
    else:
        c = rng.randrange(3)
        if c == 0:
            d.m('記号：⟦HI|%s⟧\u3000番号：⟦HI|%s⟧\n' % (digits(rng, rng.choice([4, 5, 8])), str(rng.randint(1, 9999999))))
        elif c == 1:
            d.m('記号・番号：⟦HI|%s-%s⟧\n' % (digits(rng, 5), digits(rng, 7)))
        else:
            d.m('被保険者証\n記号\n⟦HI|%s⟧\n番号\n⟦HI|%s⟧\n' % (digits(rng, 4), str(rng.randint(1, 999))))
        d.m('保険者番号：⟦HI|%s⟧\n' % insurer_no(rng, kind))
    d.m('連絡先：⟦T|%s⟧\n' % phone(rng))
    d.m('処方元：%s\n' % rng.choice(CLINICS))
    d.m('ジェネリック希望：%s\n' % rng.choice(['はい', 'いいえ', 'おまかせ']))
    if rng.random() < 0.6:
        d.m('備考：%s\n' % rng.choice(['⟦S.i|糖尿病⟧の薬あり、待ち時間中に血糖測定希望', '⟦S.d|車椅子⟧のため入口スロープ側で受け渡し',
                                     '⟦S.i|妊娠糖尿病⟧の既往、現在授乳中', '⟦S.i|HIV⟧の薬あり、個室で説明希望', '⟦S.d|聴覚障害⟧、筆談で',
                                     '⟦S.i|認知症⟧、家族が後で受け取り', '⟦S.o|生活保護（医療券あり）⟧', '駐車券あり', '急ぎ']))
    return 'pharmacy/reception_%04d.txt' % i, d


# ---------------------------------------------------------------------------------------------
# look-alike material for clean documents
LK = {
    'drug-indication': ['2型糖尿病', '本態性高血圧症', '深部静脈血栓症及び肺血栓塞栓症の治療及び予防', 'アルツハイマー型認知症における認知症症状の進行抑制',
                        'パーキンソン病', '統合失調症', '胃癌、結腸・直腸癌', '関節リウマチ', '気管支喘息', '慢性閉塞性肺疾患（COPD）の気道閉塞性障害に基づく諸症状の緩解',
                        '高尿酸血症を伴う高血圧症', 'うつ病・うつ状態', 'B型慢性肝疾患におけるB型肝炎ウイルスの増殖抑制'],
    'contraindication': ['重篤な肝障害のある患者', '透析患者を含む重篤な腎機能障害のある患者', '妊婦又は妊娠している可能性のある女性',
                         '出血している患者（血友病、消化管出血等）', '閉塞隅角緑内障の患者', '重症筋無力症の患者', 'QT延長症候群の患者'],
    'side-effect-list': ['低血糖', '肝機能障害、黄疸', '間質性肺炎', '横紋筋融解症', '無顆粒球症', '悪性症候群', 'スティーブンス・ジョンソン症候群', '出血'],
    'supplement-caution': ['糖尿病の方は医師にご相談ください', 'ワーファリンを服用中の方はご使用をお控えください', '腎臓病で食事制限のある方は医師にご相談のうえお召し上がりください',
                           '高血圧の治療を受けている方は医師にご相談ください', '抗がん剤治療中の方は主治医にご相談ください', '持病のある方・お薬を服用中の方はご注意ください',
                           '肝臓に疾患のある方は摂取をお控えください', '甲状腺の病気の方はヨウ素の摂取量にご注意ください'],
    'nutrition-claim': ['血圧が高めの方に', '血糖値が気になる方に', '中性脂肪が気になる方に', '骨密度が気になる方に', '物忘れが気になる方へ（認知機能の一部である記憶力の維持）'],
    'product-name': ['やさしい腎臓病食セット', '糖尿病食 低糖質弁当', '低たんぱく米（腎臓病食品）', '嚥下障害対応とろみ剤', '高血圧対策GABA茶',
                     '認知症予防 DHAサプリ', '痛風対策 プリン体カットビール', '車椅子用クッション', '視覚障害者用 音声体温計'],
    'care-level-price': ['要支援1', '要支援2', '要介護1', '要介護2', '要介護3', '要介護4', '要介護5'],
    'seminar-topic': ['認知症予防セミナー', '糖尿病教室「血糖値と上手につきあう」', '家族のための認知症介護教室', 'がんサロン（患者・家族の交流会）',
                      '高血圧と減塩の講座', 'フレイル予防体操教室', '心不全の再入院を防ぐ生活のポイント講座'],
    'vaccination-notice': ['基礎疾患（慢性心疾患、糖尿病、腎臓病等）のある方', '高齢者肺炎球菌ワクチン定期接種', '帯状疱疹ワクチン接種費用助成',
                           '60～64歳で心臓・腎臓・呼吸器の機能に障害がある方', 'インフルエンザ予防接種（65歳以上）'],
    'faq': ['Q. 糖尿病でも飲めますか？', 'Q. ワーファリンを飲んでいても大丈夫ですか？', 'Q. 透析中でも食べられますか？', 'Q. 妊娠中・授乳中でも使えますか？',
            'Q. 高血圧の薬と一緒に飲めますか？', 'Q. 認知症の家族の薬の管理はどうすれば？', 'Q. 障害者手帳があると割引はありますか？'],
    'education-handout': ['高血圧の方の減塩のコツ', '心不全の悪化のサインを知りましょう', '糖尿病の合併症を防ぐために', 'インスリン注射の正しい打ち方',
                          '慢性腎臓病（CKD）の食事のポイント', '認知症の人への接し方', '褥瘡（床ずれ）を予防するために'],
    'aggregate-statistics': ['利用者の約4割が認知症の診断を受けています', '糖尿病が強く疑われる者は約1,000万人', '要介護3以上の利用者が全体の52%',
                             '透析患者数は全国で約34万人', 'がん患者の在宅看取り件数は前年比1.2倍', '特殊詐欺の被害件数は前年比12%増', '障害者雇用率は2.5%'],
    'insurance-brochure': ['がんと診断されたら一時金100万円', '持病がある方も入りやすい引受基準緩和型', '三大疾病（がん・急性心筋梗塞・脳卒中）保障',
                           '入院・手術の保障（精神疾患による入院も対象）', '介護保険の要介護2以上に認定されたら年金受取'],
    'form-question': ['現在治療中の病気はありますか', '今までに大きな病気をしたことがありますか', 'お薬や食べ物でアレルギーはありますか',
                      '宗教上の理由で使えないお薬はありますか', '障害者手帳をお持ちですか', '介護認定を受けていますか', '輸血を受けたことがありますか'],
    'blank-checkbox': ['□高血圧', '□糖尿病', '□心臓病', '□脳卒中', '□喘息', '□肝臓病', '□腎臓病', '□緑内障', '□がん', '□うつ病'],
    'training-slide': ['認知症の方への声かけ3原則', '輸血拒否の患者さんへの対応フロー', '精神疾患のある利用者との関わり方', '聴覚障害のある方とのコミュニケーション',
                       '詐欺被害が疑われる高齢者を見つけたら', '糖尿病患者の低血糖時対応', 'HIV陽性者のケアと標準予防策'],
    'job-ad-disability': ['障害者雇用枠での募集', '精神障害・発達障害のある方も歓迎', '車椅子での勤務可（バリアフリー）', '障害者手帳をお持ちの方対象'],
    'news-anonymous': ['市内の80代女性が還付金詐欺で約200万円の被害', '訪問販売による高齢者の詐欺被害が相次ぐ', '県内で麻しん患者が確認',
                       '認知症の行方不明者、昨年は過去最多に', '70代男性が特殊詐欺の被害、警察が注意喚起'],
    'policy-category': ['病歴', '犯罪により害を被った事実', '信条', '障害の有無', '健康診断等の結果', '要配慮個人情報（人種、信条、社会的身分、病歴、犯罪の経歴等）'],
    'department-name': ['糖尿病内科', '腎臓内科', '精神科', '腫瘍内科', '認知症外来', '脳神経内科', '緩和ケア科', 'もの忘れ外来'],
    'pet-illness': ['猫の慢性腎臓病', '犬の糖尿病', 'シニア犬の認知症', 'ウサギの不正咬合', '犬の心臓病（僧帽弁閉鎖不全症）', '猫の甲状腺機能亢進症'],
    'category-list': ['糖尿病対策', '高血圧対策', '腎臓病食', '介護食・嚥下食', 'がん治療中の方の栄養サポート', '認知症ケア用品'],
    'search-log': ['糖尿病 おやつ', '透析 カリウム 少ない', 'ワーファリン 青汁', '認知症 サプリ', '抗がん剤 口内炎', '車椅子 クッション', '痛風 ビール', 'うつ 眠れない サプリ'],
    'glossary': ['CKD：慢性腎臓病', 'DM：糖尿病', 'HT：高血圧', 'Af：心房細動', 'HOT：在宅酸素療法', 'MCI：軽度認知障害', 'COPD：慢性閉塞性肺疾患', 'ADL：日常生活動作'],
    'system-failure': ['予約システムの障害', 'ネットワーク障害', 'サーバー障害', '決済システムの障害', 'メール配信システムの不具合（障害）'],
    'health-check-schedule': ['職員健康診断', 'ストレスチェック', '腰痛予防研修', 'B型肝炎ワクチン職員接種', '結核健診（胸部X線）'],
    'drug-inventory': ['インスリン グラルギン注ソロスター', 'ワルファリンK錠1mg', 'ドネペジル塩酸塩OD錠5mg', 'ティーエスワン配合OD錠T20', 'オキシコドン徐放錠5mg', 'メトホルミン塩酸塩錠250mg'],
    'accessibility-info': ['車椅子対応トイレあり', '車椅子の貸し出しがあります', '盲導犬・介助犬同伴可', '筆談ボードをご用意しています', '補聴器用の磁気ループを設置'],
    'fraud-warning': ['還付金詐欺にご注意ください', '当店を名乗る不審な電話にご注意', '訪問販売による詐欺被害が増えています', 'キャッシュカードをだまし取る手口'],
    'awareness-campaign': ['世界糖尿病デー（11月14日）', '世界アルツハイマーデー', 'ピンクリボン月間（乳がん）', '禁煙週間', '世界腎臓デー'],
    'recipe-diet': ['腎臓病の方にも使える減塩みそ汁', '糖質を抑えたおからケーキ', '高血圧予防の減塩レシピ', 'カリウムを減らす野菜のゆでこぼし'],
    'regulation-text': ['障害者差別解消法', '障害を理由とする差別の禁止', '精神保健福祉法', '感染症法に基づく届出', '要配慮個人情報の取得には本人の同意が必要'],
    'trial-recruitment': ['2型糖尿病の方を対象とした治験', '高血圧でお薬を服用中の方', '変形性膝関節症の方の臨床研究', '軽度認知障害の方を対象とした研究'],
    'organization-name': ['腎臓病患者友の会', '市糖尿病協会', '認知症の人と家族の会 地域支部', 'がん患者会「ひだまり」', '市身体障害者福祉協会'],
    'example-in-manual': ['記入例：糖尿病（2015年～内服）', '記入例：要介護2', '記入例）高血圧・脂質異常症', '例：ペニシリンで発疹'],
    'plant-disease': ['バラのうどんこ病', 'トマトの青枯病', 'キュウリのべと病', '松くい虫の被害'],
    'idiom': ['病みつきになる味', '恋の病', '頭痛の種', '中毒性のあるおいしさ', '職業病の肩こり'],
    'book-title': ['『認知症の親と暮らす本』', '『糖尿病はこわくない』', '『がんと向き合う100の言葉』', '『うつの家族を支える』'],
    'drug-class': ['糖尿病治療薬（DPP-4阻害薬）', '抗凝固薬', '抗精神病薬', '抗てんかん薬', '抗認知症薬', '抗がん剤（経口）', '降圧薬（ARB）'],
    'campaign': ['糖尿病の日キャンペーン', '減塩応援フェア', '介護の日ポイント2倍'],
    'equipment-fault': ['プリンターの障害', '分包機の印字障害', '冷蔵庫の温度センサー障害', 'レジの通信障害'],
    'religious-event': ['近隣神社の例大祭', 'お盆期間の休業', 'お寺の境内での朝市', 'クリスマス会'],
    'crime-statistics': ['特殊詐欺の被害額は県内で約12億円', '高齢者の消費者被害相談は年間約3,000件'],
    'medical-device': ['車椅子（自走式）', '歩行器', '在宅酸素濃縮器', '血糖測定器', '補聴器', '点字ラベル'],
    'hypothetical-example': ['例えば、ワーファリンを飲んでいる方が納豆を食べると', '仮に認知症の方がお一人で来店された場合',
                             'もしも糖尿病の方が低血糖になったら'],
}


def lk(kind, rng, k=None):
    v = rng.choice(LK[kind]) if k is None else k
    return '⟦L.%s|%s⟧' % (kind, v)


def clean_doc(shape, rng, ext_enc=None):
    return Doc(shape, nl_of(rng), ext_enc or doc_enc(rng))


def c_tenpu(rng, org, i):
    d = clean_doc('drug-leaflet-extract', rng)
    inds = rng.sample(LK['drug-indication'], rng.randint(1, 2))
    d.m('添付文書（抜粋）\n')
    d.m('販売名：%s\n日本標準商品分類番号：⟦H.product-code|87%s⟧\n改訂：⟦H.revision-date|%d年%d月改訂（第%d版）⟧\n\n' %
        (rng.choice(['メトホルミン塩酸塩錠250mg「X」', 'ワルファリンK錠1mg「Y」', 'ドネペジル塩酸塩OD錠5mg「Z」', 'アムロジピン錠5mg「W」', 'リスペリドン錠1mg「V」']),
         digits(rng, 4), rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(2, 12)))
    d.m('【効能・効果】\n' + ''.join('○%s\n' % lk('drug-indication', rng, x) for x in inds))
    d.m('\n【禁忌（次の患者には投与しないこと）】\n')
    for x in rng.sample(LK['contraindication'], rng.randint(2, 3)):
        d.m('・%s\n' % lk('contraindication', rng, x))
    d.m('\n【重大な副作用】\n')
    d.m('、'.join(lk('side-effect-list', rng, x) for x in rng.sample(LK['side-effect-list'], 3)) + '（頻度不明）があらわれることがある。\n')
    d.m('\n【薬効分類】%s\n' % lk('drug-class', rng))
    d.m('貯法：室温保存\u3000有効期間：3年\n')
    return 'clean/leaflet_%04d.txt' % i, d


def c_product(rng, org, i):
    d = clean_doc('health-food-product-page', rng)
    name = rng.choice(['すっきりGABA茶', '毎日の青汁', 'DHA&EPAプラス', 'カルシウム＋ビタミンD', '低糖質ようかん', '乳酸菌サプリ'])
    d.m('# %s\n\n' % name)
    d.m('%s\n\n' % lk('nutrition-claim', rng))
    d.m('価格：⟦H.price|%s円（税込）⟧\u3000内容量：30包\u3000JAN：⟦H.jan-code|%s⟧\u3000商品コード：⟦H.product-code|HM-%04d⟧\n\n' % ('{:,}'.format(rng.randint(8, 60) * 100), jan(rng), rng.randint(1, 9999)))
    d.m('## 商品説明\n毎日の食生活に。%sにもおすすめです。%sのお客様に人気。\n\n' % (lk('category-list', rng), lk('idiom', rng, '病みつきになる味')))
    d.m('## ご注意\n')
    for x in rng.sample(LK['supplement-caution'], rng.randint(2, 4)):
        d.m('・%s。\n' % lk('supplement-caution', rng, x))
    d.m('・本品は特定保健用食品ではありません。\n・開封後はお早めにお召し上がりください。\n')
    if rng.random() < 0.5:
        d.m('\n## よくある質問\n%s\nA. 医師・薬剤師にご相談ください。\n' % lk('faq', rng))
    return 'clean/product_%04d.md' % i, d


def c_price(rng, org, i):
    d = clean_doc('care-insurance-price-list', rng)
    d.m('介護保険サービス 利用料金表（1割負担の目安）\n%s\n\n' % rng.choice(['訪問看護', '訪問介護', '福祉用具貸与', '通所リハビリ']))
    d.m('| 区分 | 支給限度額（単位） | 1割負担（円） |\n|---|---|---|\n')
    for k, lv in enumerate(LK['care-level-price']):
        units = [5032, 10531, 16765, 19705, 27048, 30938, 36217][k]
        d.m('| %s | ⟦H.amount|%s⟧ | ⟦H.amount|%s⟧ |\n' % (lk('care-level-price', rng, lv), '{:,}'.format(units), '{:,}'.format(int(units * 10.9 // 10))))
    d.m('\n※地域区分により異なります。%s以降の料金です。\n' % ('⟦H.effective-date|%s⟧' % fmt_date(rng, dt.date(2024, rng.choice([4, 6]), 1), 'ymdk')))
    d.m('※%s\n' % rng.choice(['医療保険の訪問看護は別料金表をご覧ください。', '交通費は実費をいただきます。', 'キャンセル料は前日17時以降にかかります。']))
    return 'clean/price_%04d.md' % i, d


def c_seminar(rng, org, i):
    d = clean_doc('seminar-notice', rng)
    day = rand_date(rng, 2024, 2025)
    d.m('【参加無料】%s のお知らせ\n\n' % lk('seminar-topic', rng))
    d.m('日時：⟦H.event-date|%s⟧ 14:00～15:30\n会場：%s 2階 多目的室\n定員：%d名（先着順）\n\n' % (fmt_date(rng, day, 'ymdk'), org.pharm, rng.randint(10, 40)))
    d.m('内容：\n・%s\n・%s\n・%s\n\n' % (lk('education-handout', rng), lk('seminar-topic', rng), rng.choice(['質疑応答', '血圧測定コーナー', 'お薬相談会'])))
    d.m('対象：%s\n' % rng.choice(['地域の皆さま', 'ご家族の介護をされている方', lk('vaccination-notice', rng, '基礎疾患（慢性心疾患、糖尿病、腎臓病等）のある方')]))
    d.m('共催：%s\n' % lk('organization-name', rng))
    d.m('%s\n' % lk('accessibility-info', rng))
    return 'clean/seminar_%04d.txt' % i, d


def c_vaccine(rng, org, i):
    d = clean_doc('vaccination-notice', rng)
    d.m('%sのご案内\n\n' % lk('vaccination-notice', rng, rng.choice(['高齢者肺炎球菌ワクチン定期接種', 'インフルエンザ予防接種（65歳以上）', '帯状疱疹ワクチン接種費用助成'])))
    d.m('接種期間：⟦H.period|%s～%s⟧\n' % (fmt_date(rng, dt.date(2024, 10, 1), 'ymdk'), fmt_date(rng, dt.date(2025, 1, 31), 'ymdk')))
    d.m('自己負担額：⟦H.amount|%s円⟧\n\n対象者\n1. 65歳の方\n2. %s\n\n' % ('{:,}'.format(rng.choice([1500, 2000, 4000, 5000])), lk('vaccination-notice', rng, '60～64歳で心臓・腎臓・呼吸器の機能に障害がある方')))
    d.m('※%s\n※%sの方は接種前に主治医にご相談ください。\n' % (rng.choice(['予診票は会場にあります。', '生活保護世帯の方は自己負担が免除されます。']), lk('contraindication', rng)))
    return 'clean/vaccine_%04d.txt' % i, d


def c_faq(rng, org, i):
    d = clean_doc('faq-page', rng)
    d.m('# よくあるご質問（%s）\n\n' % org.shop)
    for x in rng.sample(LK['faq'], rng.randint(3, 5)):
        d.m('%s\n' % lk('faq', rng, x))
        d.m('A. %s\n\n' % rng.choice(['お薬との飲み合わせは、かかりつけの医師・薬剤師にご確認ください。', '商品ページの原材料欄をご確認ください。',
                                       '%sに該当する方は、ご購入前にご相談ください。' % lk('supplement-caution', rng, '持病のある方・お薬を服用中の方'),
                                       '%sをご参照ください。' % lk('book-title', rng)]))
    d.m('Q. 送料はいくらですか？\nA. ⟦H.amount|5,000円⟧以上のご注文で送料無料です。\n')
    return 'clean/faq_%04d.md' % i, d


def c_handout(rng, org, i):
    d = clean_doc('patient-education-handout', rng)
    t = rng.choice(LK['education-handout'])
    d.m('%s\n\n' % lk('education-handout', rng, t))
    pts = ['1日の塩分は6g未満を目標に', '毎日同じ時間に体重を測りましょう', 'お薬は自己判断でやめないこと', '足の傷や水虫に注意しましょう',
           '水分はこまめに、でも摂りすぎに注意', '食事はゆっくりよく噛んで', '2時間おきに体の向きを変えましょう']
    for k, x in enumerate(rng.sample(pts, 4), 1):
        d.m('%d. %s\n' % (k, x))
    d.m('\n%sのサイン：%s\n' % (rng.choice(['受診が必要', '注意']), '、'.join(lk('side-effect-list', rng, x) for x in rng.sample(LK['side-effect-list'], 2))))
    d.m('わからないことは薬剤師にお尋ねください。（%s 作成 ⟦H.version|Ver.%d.%d⟧）\n' % (org.pharm, rng.randint(1, 3), rng.randint(0, 9)))
    if rng.random() < 0.4:
        d.m('参考：%s\n' % lk('book-title', rng))
    return 'clean/handout_%04d.txt' % i, d


def c_stats(rng, org, i):
    if rng.random() < 0.5:
        d = clean_doc('aggregate-statistics-csv', rng, rng.choice(['utf-8', 'cp932']))
        d.row(['年度', '区分', '利用者数', '割合(%)'])
        for y in range(2019, 2024):
            for lv in rng.sample(LK['care-level-price'], 2) + [rng.choice(['認知症', '糖尿病', 'がん末期', '精神疾患', '難病'])]:
                kind = 'care-level-price' if lv.startswith('要') else 'aggregate-statistics'
                d.row([str(y), '⟦L.%s|%s⟧' % (kind, lv), '⟦H.count|%d⟧' % rng.randint(3, 120), '%.1f' % rng.uniform(1, 40)])
        return 'clean/stats_%04d.csv' % i, d
    d = clean_doc('aggregate-statistics-report', rng)
    d.m('%s 事業実績報告（⟦H.fiscal-year|%d年度⟧）\n\n' % (org.station, rng.randint(2021, 2024)))
    for x in rng.sample(LK['aggregate-statistics'], 3):
        d.m('・%s。\n' % lk('aggregate-statistics', rng, x))
    d.m('・延べ訪問回数：⟦H.count|%s回⟧\n・新規利用者：%d名、終了：%d名\n' % ('{:,}'.format(rng.randint(3000, 9000)), rng.randint(20, 80), rng.randint(10, 60)))
    d.m('・主な疾患別内訳は、%s、%sの順。\n' % (lk('aggregate-statistics', rng, 'がん %d%%' % rng.randint(15, 30)), lk('aggregate-statistics', rng, '認知症 %d%%' % rng.randint(10, 25))))
    return 'clean/stats_%04d.txt' % i, d


def c_insurance(rng, org, i):
    d = clean_doc('insurance-brochure', rng)
    d.m('%s\n\n' % rng.choice(['医療保険のご案内', 'がん保険 新プラン', '介護年金保険のしおり']))
    for x in rng.sample(LK['insurance-brochure'], 3):
        d.m('◆%s\n' % lk('insurance-brochure', rng, x))
    d.m('\n月払保険料（例）：⟦H.amount|%s円⟧（40歳・男性）\n' % '{:,}'.format(rng.randint(15, 60) * 100))
    d.m('ご契約前に「%s」の告知が必要です。告知事項：%s、%s\n' % ('健康状態', lk('form-question', rng, '今までに大きな病気をしたことがありますか'), lk('policy-category', rng, '健康診断等の結果')))
    d.m('募集文書番号：⟦H.document-number|%s-%s⟧\n' % (digits(rng, 2), digits(rng, 6)))
    return 'clean/insurance_%04d.txt' % i, d


def c_blank_form(rng, org, i):
    d = clean_doc('questionnaire-blank-template', rng)
    d.m('初回質問票（%s）\n\n記入日：\u3000\u3000年\u3000\u3000月\u3000\u3000日\nお名前：\nフリガナ：\n生年月日：\u3000\u3000年\u3000\u3000月\u3000\u3000日\n電話：\n\n' % org.pharm)
    for k, q in enumerate(rng.sample(LK['form-question'], 4), 1):
        d.m('%d. %s\u3000□はい\u3000□いいえ\n' % (k, lk('form-question', rng, q)))
    d.m('今までにかかった病気：\n  ' + ' '.join(lk('blank-checkbox', rng, x) for x in LK['blank-checkbox']) + '\n')
    d.m('%s\n' % lk('example-in-manual', rng))
    d.m('※ご記入いただいた内容は調剤と服薬指導にのみ使用します。\n')
    return 'clean/blankform_%04d.txt' % i, d


def c_slides(rng, org, i):
    d = clean_doc('staff-training-slides', rng)
    d.m('# 新人研修スライド（⟦H.version|第%d回⟧）\n\n' % rng.randint(1, 12))
    for k, t in enumerate(rng.sample(LK['training-slide'], 3), 1):
        d.m('## スライド%d：%s\n' % (k, lk('training-slide', rng, t)))
        d.m('- %s\n- %s\n\n' % (rng.choice(['相手の目線に合わせて、ゆっくり話す', '否定せずに話を聴く', '記録は事実のみ簡潔に', '必ず上長に報告']),
                               lk(rng.choice(['glossary', 'drug-class', 'hypothetical-example', 'regulation-text']), rng)))
    d.m('## まとめ\n- %s\n' % lk('regulation-text', rng, '要配慮個人情報の取得には本人の同意が必要'))
    return 'clean/slides_%04d.md' % i, d


def c_jobad(rng, org, i):
    d = clean_doc('job-ad', rng)
    d.m('【求人】%s（%s）\n\n' % (rng.choice(['薬局事務（パート）', '配送スタッフ', '訪問看護師（常勤）', '通販サイト運営アシスタント']), lk('job-ad-disability', rng)))
    d.m('勤務地：%sほか\n給与：時給⟦H.amount|%s円⟧～\n勤務時間：9:00～17:00（休憩60分）\n' % (rng.choice(['横浜市港北区', '川崎市中原区', '練馬区']), '{:,}'.format(rng.randint(1100, 1500))))
    d.m('応募資格：%s\n' % lk('job-ad-disability', rng))
    d.m('職場環境：%s。%s。\n' % (lk('accessibility-info', rng), rng.choice(['残業ほぼなし', '制服貸与', '研修制度あり'])))
    d.m('求人番号：⟦H.job-number|%s-%s⟧\n' % (digits(rng, 5), digits(rng, 8)))
    return 'clean/jobad_%04d.txt' % i, d


def c_news(rng, org, i):
    d = clean_doc('news-digest', rng)
    d.m('今週のニュースまとめ（⟦H.news-date|%s⟧号）\n\n' % fmt_date(rng, rand_date(rng, 2024, 2024), 'ymd/'))
    for x in rng.sample(LK['news-anonymous'], 3):
        d.m('■%s\n' % lk('news-anonymous', rng, x))
    d.m('■%s\n' % lk('crime-statistics', rng))
    d.m('■%sにあわせ、%s\n' % (lk('awareness-campaign', rng), rng.choice(['各地でイベント開催。', '市役所がライトアップ。'])))
    d.m('\n%s\n' % lk('fraud-warning', rng))
    return 'clean/news_%04d.txt' % i, d


def c_policy(rng, org, i):
    contact = rng.random() < 0.3
    d = clean_doc('privacy-policy' + ('-with-contact' if contact else ''), rng)
    d.m('個人情報保護方針\n%s・%s\n\n1. 取得する個人情報\n氏名、住所、電話番号、生年月日、保険証の記号・番号、%s、%s、%s など\n\n' %
        (org.pharm, org.shop, lk('policy-category', rng, '病歴'), lk('policy-category', rng, '服薬歴'), lk('policy-category', rng, '健康診断等の結果')))
    d.m('2. %sの取扱い\n%sについては、法令に基づく場合を除き、あらかじめ本人の同意を得ずに取得しません。\n\n' % (lk('policy-category', rng, '要配慮個人情報'), lk('policy-category', rng, '要配慮個人情報（人種、信条、社会的身分、病歴、犯罪の経歴等）')))
    d.m('3. 利用目的\n調剤、服薬指導、商品の発送、%s\n\n' % rng.choice(['医療機関との連携', '介護支援専門員との情報共有', 'アンケートの実施']))
    d.m('制定：⟦H.effective-date|%s⟧\n' % fmt_date(rng, rand_date(rng, 2017, 2023), 'ymdk'))
    if contact:
        d.m('お問い合わせ窓口：個人情報保護管理者\u3000TEL ⟦T|%s⟧\u3000⟦M|%s⟧\n' % (org.ph_tel, org.ph_mail))
    return 'clean/policy_%04d.txt' % i, d


def c_catalog(rng, org, i):
    d = clean_doc('product-catalog-csv', rng, rng.choice(['cp932', 'utf-8-sig']))
    d.nl = '\r\n'
    d.row(['商品コード', '商品名', 'カテゴリ', 'JANコード', '価格', '注意書き'])
    for _ in range(rng.randint(6, 12)):
        d.row(['⟦H.product-code|HM-%04d⟧' % rng.randint(1, 9999), lk('product-name', rng) if rng.random() < 0.6 else rng.choice(['減塩しょうゆ', '青汁30包', '大人用おむつ', 'とろみ茶']),
               lk('category-list', rng), '⟦H.jan-code|%s⟧' % jan(rng), '⟦H.price|%d⟧' % (rng.randint(3, 200) * 10),
               lk('supplement-caution', rng) if rng.random() < 0.5 else ''])
    return 'clean/catalog_%04d.csv' % i, d


def c_searchlog(rng, org, i):
    d = clean_doc('shop-search-log-tsv', rng, 'utf-8')
    d.row(['timestamp', 'session', 'query', 'hits'], '\t')
    base = rand_date(rng, 2024, 2024)
    for _ in range(rng.randint(8, 16)):
        q = lk('search-log', rng) if rng.random() < 0.7 else rng.choice(['青汁', 'おむつ', '送料', 'とろみ', 'クーポン'])
        d.row(['⟦H.log-timestamp|%sT%02d:%02d:%02d⟧' % (base.isoformat(), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)), '⟦H.session-id|s%s⟧' % digits(rng, 10), q, str(rng.randint(0, 40))], '\t')
    return 'clean/searchlog_%04d.tsv' % i, d


def c_glossary(rng, org, i):
    d = clean_doc('glossary', rng)
    d.m('# 略語・用語集（新人向け）\n\n')
    for x in rng.sample(LK['glossary'], 5):
        d.m('- %s\n' % lk('glossary', rng, x))
    for x in rng.sample(LK['drug-class'], 2):
        d.m('- %s\n' % lk('drug-class', rng, x))
    d.m('- 要介護度：%s（介護の必要度の区分）\n' % lk('care-level-price', rng, '要支援1～要介護5'))
    return 'clean/glossary_%04d.md' % i, d


def c_deptguide(rng, org, i):
    d = clean_doc('hospital-department-guide', rng)
    d.m('近隣医療機関の診療科案内（⟦H.updated-date|%s⟧現在）\n\n' % fmt_date(rng, rand_date(rng, 2024, 2024), 'ymd/'))
    for c in rng.sample(CLINICS, 3):
        ds = rng.sample(LK['department-name'], 2)
        d.m('%s：内科、%s、%s\n' % (c, lk('department-name', rng, ds[0]), lk('department-name', rng, ds[1])))
    d.m('\n※%s\n' % lk('accessibility-info', rng))
    return 'clean/deptguide_%04d.txt' % i, d


def c_pet(rng, org, i):
    d = clean_doc('pet-column', rng)
    t = rng.choice(LK['pet-illness'])
    d.m('ペットの健康コラム vol.%s\n\n%sについて\n' % ('⟦H.issue-number|%d⟧' % rng.randint(1, 80), lk('pet-illness', rng, t)))
    d.m('高齢の犬や猫では%sが増えています。%sも見逃せません。\n' % (lk('pet-illness', rng), lk('pet-illness', rng)))
    d.m('症状が気になるときは、かかりつけの動物病院にご相談ください。\n')
    d.m('園芸コーナー：%sの対策\n' % lk('plant-disease', rng))
    return 'clean/pet_%04d.txt' % i, d


def c_outage(rng, org, i):
    d = clean_doc('system-outage-notice', rng)
    day = rand_date(rng, 2024, 2024)
    d.m('【復旧】%sのお知らせ\n\n発生日時：⟦H.incident-datetime|%s %d:%02d⟧\n' % (lk('system-failure', rng), fmt_date(rng, day, 'ymdk'), rng.randint(0, 23), rng.randint(0, 59)))
    d.m('影響：オンラインショップでの%sにより、注文確認メールが遅延しました。\n' % lk('system-failure', rng))
    d.m('原因：%s\n対象注文：⟦H.count|%d件⟧\n' % (lk('equipment-fault', rng, rng.choice(['ルーターの障害', 'データセンターの電源障害'])), rng.randint(3, 200)))
    d.m('ご迷惑をおかけし申し訳ございません。\n')
    return 'clean/outage_%04d.txt' % i, d


def c_minutes(rng, org, i):
    named = rng.random() < 0.4
    d = clean_doc('meeting-minutes' + ('-attendees' if named else ''), rng)
    day = rand_date(rng, 2024, 2024)
    d.m('%s 定例会議 議事録\n日時：⟦H.meeting-date|%s⟧ 18:00～19:00\n' % (org.station, fmt_date(rng, day, 'ymdk')))
    if named:
        d.m('出席：%s\n' % '、'.join(P(x.sur) for x in rng.sample(org.nurses, 4)))
    d.m('\n1. %sの日程\n  ⟦H.event-date|%s⟧に実施。未受診者は個別に調整。\n' % (lk('health-check-schedule', rng), fmt_date(rng, day + dt.timedelta(days=rng.randint(10, 60)), 'md')))
    d.m('2. %s\n  %s\n' % (lk('health-check-schedule', rng), '対象者へ案内を配布する。'))
    d.m('3. 研修計画：%s\n' % lk('training-slide', rng))
    d.m('4. 実績：%s\n' % lk('aggregate-statistics', rng))
    d.m('5. その他：%sの件、ベンダーに確認中。\n' % lk('system-failure', rng))
    return 'clean/minutes_%04d.txt' % i, d


def c_fraud(rng, org, i):
    d = clean_doc('fraud-warning-notice', rng)
    d.m('お客様へ大切なお知らせ\n\n%s\n\n' % lk('fraud-warning', rng))
    d.m('最近、%s。当店の職員がご自宅で現金やキャッシュカードをお預かりすることはありません。\n' % lk('news-anonymous', rng, '訪問販売による高齢者の詐欺被害が相次ぐ'))
    d.m('%s\n' % lk('crime-statistics', rng))
    d.m('不審に思ったら、警察相談専用電話（#9110）へ。\n')
    return 'clean/fraud_%04d.txt' % i, d


def c_menu(rng, org, i):
    d = clean_doc('shop-category-menu', rng)
    d.m('%s カテゴリ一覧\n\n' % org.shop)
    for x in LK['category-list']:
        d.m('> %s\n' % lk('category-list', rng, x))
    d.m('\n特集：%s\n' % lk('campaign', rng))
    d.m('人気：%s／%s\n' % (lk('product-name', rng), lk('product-name', rng)))
    return 'clean/menu_%04d.txt' % i, d


def c_trial(rng, org, i):
    d = clean_doc('clinical-trial-recruitment', rng)
    d.m('臨床試験（治験）参加者募集\n\n対象：%s\n' % lk('trial-recruitment', rng))
    d.m('条件：20～75歳、%s\n' % lk('trial-recruitment', rng))
    d.m('除外：%s\n負担軽減費：1回あたり⟦H.amount|%s円⟧\n試験番号：⟦H.trial-id|jRCT%s⟧\n' % (lk('contraindication', rng), '{:,}'.format(rng.choice([7000, 10000])), digits(rng, 10)))
    return 'clean/trial_%04d.txt' % i, d


def c_recipe(rng, org, i):
    d = clean_doc('recipe', rng)
    d.m('今月のレシピ：%s\n\n材料（2人分）\n・だし 300ml\n・みそ 小さじ2\n・豆腐 1/4丁\n・小松菜 1株\n\n' % lk('recipe-diet', rng))
    d.m('ポイント：%s。%s\n' % (lk('recipe-diet', rng, 'カリウムを減らす野菜のゆでこぼし'), lk('idiom', rng, '病みつきになる味')))
    d.m('1人分：エネルギー⟦H.amount|58kcal⟧、食塩相当量⟦H.amount|0.9g⟧\n')
    return 'clean/recipe_%04d.txt' % i, d


def c_access(rng, org, i):
    d = clean_doc('store-access-info', rng)
    d.m('店舗のご案内（%s）\n\n営業時間：9:00～19:00（土曜は13:00まで）\n休業日：日曜・祝日、%s\n' % (org.pharm, lk('religious-event', rng, 'お盆期間の休業')))
    for x in rng.sample(LK['accessibility-info'], 3):
        d.m('・%s\n' % lk('accessibility-info', rng, x))
    d.m('・%sの貸し出し：%s\n' % ('福祉用具', lk('medical-device', rng)))
    d.m('%sに伴う交通規制のため、⟦H.event-date|%s⟧は駐車場が使えません。\n' % (lk('religious-event', rng, '近隣神社の例大祭'), fmt_date(rng, rand_date(rng, 2024, 2024), 'md')))
    return 'clean/access_%04d.txt' % i, d


def c_inventory(rng, org, i):
    d = clean_doc('drug-inventory-csv', rng, rng.choice(['cp932', 'utf-8']))
    d.row(['YJコード', '品名', '在庫数', '発注点', 'ロット', '使用期限'])
    for x in rng.sample(LK['drug-inventory'], 4) + ['酸化マグネシウム錠330mg', 'レバミピド錠100mg']:
        d.row(['⟦H.yj-code|%s%s%s⟧' % (digits(rng, 7), rng.choice('FGM'), digits(rng, 4)), lk('drug-inventory', rng, x) if x in LK['drug-inventory'] else x,
               str(rng.randint(0, 300)), str(rng.randint(10, 50)), '⟦H.lot-number|%s%s⟧' % (rng.choice('ABCK'), digits(rng, 5)),
               '⟦H.expiry-date|%d/%02d⟧' % (rng.randint(2025, 2028), rng.randint(1, 12))])
    return 'clean/inventory_%04d.csv' % i, d


def c_regulation(rng, org, i):
    d = clean_doc('regulation-excerpt', rng)
    d.m('法令・指針の要点（職員向け）\n\n')
    for x in rng.sample(LK['regulation-text'], 3):
        d.m('■%s\n' % lk('regulation-text', rng, x))
    d.m('■%s\n' % lk('policy-category', rng))
    d.m('職員は上記の趣旨を理解し、日々の業務で遵守してください。判断に迷う場合は管理者に相談すること。\n')
    d.m('改定：⟦H.revision-date|%s⟧\n' % fmt_date(rng, rand_date(rng, 2021, 2024), 'ymdk'))
    return 'clean/regulation_%04d.txt' % i, d


CLEAN_GENS = [c_tenpu, c_product, c_price, c_seminar, c_vaccine, c_faq, c_handout, c_stats, c_insurance, c_blank_form,
              c_slides, c_jobad, c_news, c_policy, c_catalog, c_searchlog, c_glossary, c_deptguide, c_pet, c_outage,
              c_minutes, c_fraud, c_menu, c_trial, c_recipe, c_access, c_inventory, c_regulation]
SENS_GENS = [(g_soap, 150), (g_visit, 130), (g_medguide, 100), (g_techo, 50), (g_monshin, 80), (g_orders, 60),
             (g_inquiry, 100), (g_webform, 60), (g_chat, 100), (g_fax, 50), (g_incident, 50), (g_english, 50),
             (g_ptlist, 25), (g_reception, 45)]
N_CLEAN_EACH = 16


def build(seed):
    rng = random.Random(seed)
    org = Org(rng)
    docs = []
    for gen, n in SENS_GENS:
        for i in range(1, n + 1):
            docs.append(gen(rng, org, i))
    for gen in CLEAN_GENS:
        for i in range(1, N_CLEAN_EACH + 1):
            docs.append(gen(rng, org, i))
    return docs


def encode(d):
    text = d.text()
    enc = d.enc
    if enc == 'cp932':
        try:
            return text.encode('cp932'), 'cp932'
        except UnicodeEncodeError:
            if 'charset=shift_jis' in text:
                raise
            enc = 'utf-8'
    if enc == 'utf-8-sig':
        return text.encode('utf-8-sig'), 'utf-8-sig'
    return text.encode('utf-8'), 'utf-8'


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', type=int, default=77)
    a = ap.parse_args(argv)
    docs = build(a.seed)
    truth = {}
    for path, d in docs:
        data, enc = encode(d)
        full = os.path.join(a.out, 'docs', path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'wb') as f:
            f.write(data)
        truth[path] = {'encoding': enc, 'shape': d.shape,
                       'entities': sorted(d.ents, key=lambda e: e['start']),
                       'lookalikes': sorted(d.looks, key=lambda e: e['start']),
                       'hard_negatives': sorted(d.hns, key=lambda e: e['start'])}
    with open(os.path.join(a.out, 'truth.json'), 'w', encoding='utf-8') as f:
        json.dump({'generator': 'dev6', 'seed': a.seed, 'documents': truth}, f, ensure_ascii=False, indent=1, sort_keys=True)
    problems = selfcheck(a.out, truth)
    if problems:
        for p in problems:
            print('SELF-CHECK:', p, file=sys.stderr)
        sys.exit(1)


def selfcheck(out, truth):
    problems = []
    for path, t in truth.items():
        raw = open(os.path.join(out, 'docs', path), 'rb').read()
        text = raw.decode(t['encoding'])
        if text.startswith('\ufeff'):
            problems.append('%s: BOM inside decoded text' % path)
        if not 100 <= len(text) <= 3000:
            problems.append('%s: length %d' % (path, len(text)))
        for e in t['entities'] + t['lookalikes'] + t['hard_negatives']:
            if text[e['start']:e['end']] != e.get('text', text[e['start']:e['end']]):
                problems.append('%s: span mismatch %r' % (path, e))
        spans = sorted((e['start'], e['end']) for e in t['entities'])
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            if a2 < b1:
                problems.append('%s: overlapping entities %d-%d %d-%d' % (path, a1, b1, a2, b2))
        for x in t['lookalikes'] + t['hard_negatives']:
            for e in t['entities']:
                if x['start'] < e['end'] and e['start'] < x['end']:
                    problems.append('%s: negative span %r touches entity %r' % (path, x, e))
    return problems


if __name__ == '__main__':
    main()
