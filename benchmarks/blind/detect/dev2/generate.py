#!/usr/bin/env python3
"""Blind-dev detection corpus #2 (insurance agency + tutoring school + welfare desk).

python3 generate.py --out DIR [--seed N]     (default seed 33)

Writes DIR/docs/<shape-folder>/*.{txt,md,eml,csv,tsv} and DIR/truth.json following
benchmarks/blind/detect/CONTRACT.md.  Standard library only, deterministic per seed.
All names, addresses and numbers are invented.
"""
import argparse
import datetime as dt
import json
import os
import random
import sys
from collections import Counter

R = random.Random(33)


def ch(seq):
    return R.choice(seq)


def p(prob):
    return R.random() < prob


def ri(a, b):
    return R.randint(a, b)


def digits(n):
    return ''.join(str(R.randint(0, 9)) for _ in range(n))


def fw(s):
    """ASCII -> full width (space -> ideographic space)."""
    out = []
    for c in s:
        if c == ' ':
            out.append('\u3000')
        elif '!' <= c <= '~':
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return ''.join(out)


# ---------------------------------------------------------------- segments

def E(typ, text, sub=None, note=None):
    return ('E', typ, text, sub, note)


def L(text, kind):
    return ('L', text, kind)


def N(text, kind):
    return ('N', text, kind)


def seg_text(item):
    if item is None:
        return ''
    if isinstance(item, str):
        return item
    if isinstance(item, list):
        return ''.join(seg_text(x) for x in item)
    if item[0] == 'E':
        return item[2]
    return item[1]


class Doc:
    def __init__(self, path, shape, enc='utf-8', nl='\n'):
        self.path = path
        self.shape = shape
        self.enc = enc
        self.nl = nl
        self.buf = []
        self.pos = 0
        self.ents = []
        self.looks = []
        self.negs = []

    def _w(self, t, raw=False):
        if not raw:
            t = t.replace('\n', self.nl)
        self.buf.append(t)
        self.pos += len(t)

    def add(self, *items, raw=False, esc_quote=False):
        for it in items:
            if it is None:
                continue
            if isinstance(it, str):
                self._w(it.replace('"', '""') if esc_quote else it, raw)
            elif isinstance(it, list):
                self.add(*it, raw=raw, esc_quote=esc_quote)
            elif it[0] == 'T':
                self._w(it[1], raw)
            elif it[0] == 'E':
                _, typ, text, sub, note = it
                assert '\n' not in text and '\r' not in text, text
                assert not (esc_quote and '"' in text), text
                st = self.pos
                self._w(text, True)
                rec = {'type': typ, 'start': st, 'end': self.pos, 'text': text}
                if typ == 'SENSITIVE':
                    rec['subtype'] = sub or 'other'
                if note:
                    rec['note'] = note
                self.ents.append(rec)
            elif it[0] == 'L':
                _, text, kind = it
                st = self.pos
                self._w(text.replace('"', '""') if esc_quote else text, True)
                self.looks.append({'start': st, 'end': self.pos, 'kind': kind})
            elif it[0] == 'N':
                _, text, kind = it
                assert '"' not in text or not esc_quote
                st = self.pos
                self._w(text, True)
                self.negs.append({'start': st, 'end': self.pos, 'kind': kind, 'text': text})
            else:
                raise ValueError(it)

    # tables --------------------------------------------------------
    def table_row(self, cells, sep=',', quote_all=False):
        for k, cell in enumerate(cells):
            if k:
                self._w(sep, True)
            plain = seg_text(cell)
            need = quote_all or sep in plain or '"' in plain or '\n' in plain or '\r' in plain
            if need:
                self._w('"', True)
                self.add(cell, raw=True, esc_quote=True)
                self._w('"', True)
            else:
                self.add(cell, raw=True)
        self._w(self.nl, True)

    def md_row(self, cells):
        self._w('|', True)
        for cell in cells:
            self._w(' ', True)
            self.add(cell)
            self._w(' |', True)
        self._w(self.nl, True)

    def text(self):
        return ''.join(self.buf)


# ---------------------------------------------------------------- people

SURNAMES = [
    ('佐藤', 'サトウ', 'Sato'), ('鈴木', 'スズキ', 'Suzuki'), ('高橋', 'タカハシ', 'Takahashi'),
    ('田中', 'タナカ', 'Tanaka'), ('伊藤', 'イトウ', 'Ito'), ('渡辺', 'ワタナベ', 'Watanabe'),
    ('山本', 'ヤマモト', 'Yamamoto'), ('中村', 'ナカムラ', 'Nakamura'), ('小林', 'コバヤシ', 'Kobayashi'),
    ('加藤', 'カトウ', 'Kato'), ('吉田', 'ヨシダ', 'Yoshida'), ('山田', 'ヤマダ', 'Yamada'),
    ('佐々木', 'ササキ', 'Sasaki'), ('山口', 'ヤマグチ', 'Yamaguchi'), ('松本', 'マツモト', 'Matsumoto'),
    ('井上', 'イノウエ', 'Inoue'), ('木村', 'キムラ', 'Kimura'), ('林', 'ハヤシ', 'Hayashi'),
    ('斎藤', 'サイトウ', 'Saito'), ('清水', 'シミズ', 'Shimizu'), ('山崎', 'ヤマザキ', 'Yamazaki'),
    ('森', 'モリ', 'Mori'), ('池田', 'イケダ', 'Ikeda'), ('橋本', 'ハシモト', 'Hashimoto'),
    ('阿部', 'アベ', 'Abe'), ('石川', 'イシカワ', 'Ishikawa'), ('山下', 'ヤマシタ', 'Yamashita'),
    ('中島', 'ナカジマ', 'Nakajima'), ('石井', 'イシイ', 'Ishii'), ('小川', 'オガワ', 'Ogawa'),
    ('前田', 'マエダ', 'Maeda'), ('岡田', 'オカダ', 'Okada'), ('長谷川', 'ハセガワ', 'Hasegawa'),
    ('藤田', 'フジタ', 'Fujita'), ('後藤', 'ゴトウ', 'Goto'), ('近藤', 'コンドウ', 'Kondo'),
    ('村上', 'ムラカミ', 'Murakami'), ('遠藤', 'エンドウ', 'Endo'), ('青木', 'アオキ', 'Aoki'),
    ('坂本', 'サカモト', 'Sakamoto'), ('福田', 'フクダ', 'Fukuda'), ('太田', 'オオタ', 'Ota'),
    ('西村', 'ニシムラ', 'Nishimura'), ('藤井', 'フジイ', 'Fujii'), ('金子', 'カネコ', 'Kaneko'),
    ('岡本', 'オカモト', 'Okamoto'), ('藤原', 'フジワラ', 'Fujiwara'), ('中野', 'ナカノ', 'Nakano'),
    ('三浦', 'ミウラ', 'Miura'), ('原田', 'ハラダ', 'Harada'), ('松田', 'マツダ', 'Matsuda'),
    ('竹内', 'タケウチ', 'Takeuchi'), ('小野', 'オノ', 'Ono'), ('田村', 'タムラ', 'Tamura'),
    ('中山', 'ナカヤマ', 'Nakayama'), ('和田', 'ワダ', 'Wada'), ('石田', 'イシダ', 'Ishida'),
    ('森田', 'モリタ', 'Morita'), ('上田', 'ウエダ', 'Ueda'), ('柴田', 'シバタ', 'Shibata'),
    ('酒井', 'サカイ', 'Sakai'), ('工藤', 'クドウ', 'Kudo'), ('横山', 'ヨコヤマ', 'Yokoyama'),
    ('宮崎', 'ミヤザキ', 'Miyazaki'), ('宮本', 'ミヤモト', 'Miyamoto'), ('内田', 'ウチダ', 'Uchida'),
    ('高木', 'タカギ', 'Takagi'), ('安藤', 'アンドウ', 'Ando'), ('島田', 'シマダ', 'Shimada'),
    ('谷口', 'タニグチ', 'Taniguchi'), ('大野', 'オオノ', 'Ono'), ('丸山', 'マルヤマ', 'Maruyama'),
    ('今井', 'イマイ', 'Imai'), ('河野', 'コウノ', 'Kono'), ('藤本', 'フジモト', 'Fujimoto'),
    ('武田', 'タケダ', 'Takeda'), ('上野', 'ウエノ', 'Ueno'), ('杉山', 'スギヤマ', 'Sugiyama'),
    ('増田', 'マスダ', 'Masuda'), ('平野', 'ヒラノ', 'Hirano'), ('大塚', 'オオツカ', 'Otsuka'),
    ('千葉', 'チバ', 'Chiba'), ('久保', 'クボ', 'Kubo'), ('松井', 'マツイ', 'Matsui'),
    ('小島', 'コジマ', 'Kojima'), ('桜井', 'サクライ', 'Sakurai'), ('野口', 'ノグチ', 'Noguchi'),
    ('松尾', 'マツオ', 'Matsuo'), ('野村', 'ノムラ', 'Nomura'), ('木下', 'キノシタ', 'Kinoshita'),
    ('菊地', 'キクチ', 'Kikuchi'), ('佐野', 'サノ', 'Sano'), ('大西', 'オオニシ', 'Onishi'),
    ('杉本', 'スギモト', 'Sugimoto'), ('新井', 'アライ', 'Arai'), ('東海林', 'ショウジ', 'Shoji'),
    ('小鳥遊', 'タカナシ', 'Takanashi'), ('五十嵐', 'イガラシ', 'Igarashi'), ('比嘉', 'ヒガ', 'Higa'),
]
GIVEN_F = [
    ('花子', 'ハナコ', 'Hanako'), ('陽菜', 'ヒナ', 'Hina'), ('結衣', 'ユイ', 'Yui'), ('美咲', 'ミサキ', 'Misaki'),
    ('さくら', 'サクラ', 'Sakura'), ('真由美', 'マユミ', 'Mayumi'), ('恵子', 'ケイコ', 'Keiko'),
    ('裕子', 'ユウコ', 'Yuko'), ('直美', 'ナオミ', 'Naomi'), ('由美子', 'ユミコ', 'Yumiko'),
    ('久美子', 'クミコ', 'Kumiko'), ('幸子', 'サチコ', 'Sachiko'), ('智子', 'トモコ', 'Tomoko'),
    ('明美', 'アケミ', 'Akemi'), ('美穂', 'ミホ', 'Miho'), ('彩', 'アヤ', 'Aya'), ('千尋', 'チヒロ', 'Chihiro'),
    ('麻衣', 'マイ', 'Mai'), ('陽子', 'ヨウコ', 'Yoko'), ('芽依', 'メイ', 'Mei'), ('凛', 'リン', 'Rin'),
    ('紬', 'ツムギ', 'Tsumugi'), ('莉子', 'リコ', 'Riko'), ('和子', 'カズコ', 'Kazuko'),
    ('節子', 'セツコ', 'Setsuko'), ('京子', 'キョウコ', 'Kyoko'), ('順子', 'ジュンコ', 'Junko'),
    ('ひかり', 'ヒカリ', 'Hikari'), ('瑞穂', 'ミズホ', 'Mizuho'), ('香織', 'カオリ', 'Kaori'),
    ('杏奈', 'アンナ', 'Anna'), ('沙織', 'サオリ', 'Saori'), ('のぞみ', 'ノゾミ', 'Nozomi'),
    ('美空', 'ミソラ', 'Misora'), ('史子', 'フミコ', 'Fumiko'),
]
GIVEN_M = [
    ('太郎', 'タロウ', 'Taro'), ('翔太', 'ショウタ', 'Shota'), ('大輔', 'ダイスケ', 'Daisuke'),
    ('健一', 'ケンイチ', 'Kenichi'), ('誠', 'マコト', 'Makoto'), ('浩', 'ヒロシ', 'Hiroshi'),
    ('隆', 'タカシ', 'Takashi'), ('修', 'オサム', 'Osamu'), ('直樹', 'ナオキ', 'Naoki'),
    ('拓也', 'タクヤ', 'Takuya'), ('大翔', 'ヒロト', 'Hiroto'), ('蓮', 'レン', 'Ren'),
    ('悠真', 'ユウマ', 'Yuma'), ('陽翔', 'ハルト', 'Haruto'), ('颯太', 'ソウタ', 'Sota'),
    ('健太', 'ケンタ', 'Kenta'), ('和也', 'カズヤ', 'Kazuya'), ('達也', 'タツヤ', 'Tatsuya'),
    ('一郎', 'イチロウ', 'Ichiro'), ('正', 'タダシ', 'Tadashi'), ('勇気', 'ユウキ', 'Yuki'),
    ('悠斗', 'ユウト', 'Yuto'), ('樹', 'イツキ', 'Itsuki'), ('昭', 'アキラ', 'Akira'),
    ('茂', 'シゲル', 'Shigeru'), ('清', 'キヨシ', 'Kiyoshi'), ('俊介', 'シュンスケ', 'Shunsuke'),
    ('亮', 'リョウ', 'Ryo'), ('翼', 'ツバサ', 'Tsubasa'), ('康介', 'コウスケ', 'Kosuke'),
    ('博之', 'ヒロユキ', 'Hiroyuki'), ('雄一', 'ユウイチ', 'Yuichi'), ('慎吾', 'シンゴ', 'Shingo'),
    ('光', 'ヒカル', 'Hikaru'), ('奏太', 'カナタ', 'Kanata'),
]
FOREIGN = [
    ('サントス', 'マリア', 'Santos', 'Maria', 'F'), ('グエン', 'ヴァン ナム', 'Nguyen', 'Van Nam', 'M'),
    ('ガルシア', 'アナ', 'Garcia', 'Ana', 'F'), ('レイエス', 'ジョセフ', 'Reyes', 'Joseph', 'M'),
    ('チャン', 'ティ ラン', 'Tran', 'Thi Lan', 'F'), ('シルバ', 'ルーカス', 'Silva', 'Lucas', 'M'),
    ('パク', 'ジヨン', 'Park', 'Jiyoung', 'F'), ('ブラウン', 'エミリー', 'Brown', 'Emily', 'F'),
    ('ミラー', 'デヴィッド', 'Miller', 'David', 'M'), ('ロペス', 'カルロス', 'Lopez', 'Carlos', 'M'),
]


def hira(s):
    return ''.join(chr(ord(c) - 0x60) if 'ァ' <= c <= 'ヶ' else c for c in s)


TODAY = dt.date(2025, 6, 1)


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def age_at(d, ref=TODAY):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


class Person:
    def __init__(self, kind='adult', sex=None, sei=None, foreign=False):
        self.foreign = foreign
        if foreign:
            f = ch(FOREIGN)
            self.sei, self.mei, self.sei_r, self.mei_r, self.sex = f[0], f[1], f[2], f[3], f[4]
            self.sei_k, self.mei_k = f[0], f[1]
        else:
            s = sei or ch(SURNAMES)
            self.sex = sex or ch('MF')
            g = ch(GIVEN_F if self.sex == 'F' else GIVEN_M)
            self.sei, self.sei_k, self.sei_r = s
            self.mei, self.mei_k, self.mei_r = g
        if kind == 'student':
            self.dob = rand_date(2007, 2018)
        elif kind == 'child':
            self.dob = rand_date(2015, 2023)
        elif kind == 'elder':
            self.dob = rand_date(1932, 1960)
        elif kind == 'parent':
            self.dob = rand_date(1972, 1992)
        else:
            self.dob = rand_date(1940, 2003)
        if kind in ('adult', 'parent') and p(0.03):
            self.dob = dt.date.fromordinal(R.randint(dt.date(1989, 1, 8).toordinal(), dt.date(1989, 12, 31).toordinal()))
        if kind == 'child' and p(0.1):
            self.dob = dt.date.fromordinal(R.randint(dt.date(2019, 5, 1).toordinal(), dt.date(2019, 12, 31).toordinal()))

    # --- name segments
    def full(self, sep=None):
        if self.foreign:
            sep = '・' if sep is None else sep
            return E('PERSON', self.mei + sep + self.sei)
        if sep is None:
            sep = ch(['', ' ', '\u3000', '\u3000', ' '])
        return E('PERSON', self.sei + sep + self.mei)

    def surname(self):
        return E('PERSON', self.sei)

    def given(self):
        return E('PERSON', self.mei)

    def kana(self, hiragana=False, sep=None):
        if sep is None:
            sep = ch([' ', '\u3000', ''])
        t = self.sei_k + sep + self.mei_k
        return E('PERSON', hira(t) if hiragana else t)

    def roma(self, style=None):
        style = style or ch(['gf', 'SF', 'FG', 'Fcomma', 'gF'])
        if style == 'gf':
            t = f'{self.mei_r} {self.sei_r}'
        elif style == 'SF':
            t = f'{self.sei_r.upper()} {self.mei_r.upper()}'
        elif style == 'FG':
            t = f'{self.sei_r} {self.mei_r}'
        elif style == 'Fcomma':
            t = f'{self.sei_r}, {self.mei_r}'
        else:
            t = f'{self.mei_r} {self.sei_r.upper()}'
        return E('PERSON', t)

    def any_name(self):
        r = R.random()
        if r < 0.55:
            return self.full()
        if r < 0.7:
            return self.kana(hiragana=p(0.3))
        if r < 0.8:
            return self.roma()
        return self.full('')

    def email_local(self):
        a, b = self.mei_r.lower().replace(' ', ''), self.sei_r.lower()
        return ch([f'{a}.{b}', f'{b}.{a}', f'{a[0]}{b}', f'{b}{ri(1, 99)}', f'{a}_{b}{ri(60, 99)}',
                   f'{b}-{a}', f'{a}{b[0]}{ri(100, 999)}'])


# ---------------------------------------------------------------- organisation

AGENCY = 'ことぶき保険プランニング株式会社'
AGENCY_SHORT = 'ことぶき保険'
SCHOOL = '明星ゼミナール'
DESK = 'くらしサポートセンター（生活・福祉相談窓口）'
AG_DOMAIN = 'kotobuki-hoken.co.jp'
SC_DOMAIN = 'meisei-zemi.jp'
DESK_DOMAIN = 'kurashi-support.or.jp'
BRANCHES = ['本店', '北口校', '駅前校', '南町教室', '中央支店', '東支店']
AG_BRANCHES = ['本店', '中央支店', '東支店', '駅前営業所']
HOSPITALS = ['さくら台中央病院', 'みどり内科クリニック', '青葉総合病院', '市立東病院', '港南メンタルクリニック',
             'ひまわり整形外科', '県立がんセンター', '泉町こころのクリニック', '北野大学病院', 'かもめ眼科',
             'たんぽぽ小児科', '光が丘腎クリニック', 'あすなろ心療内科']

STAFF = []  # filled in main()


def staff():
    return ch(STAFF)


# ---------------------------------------------------------------- dates

MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
MON_AB = [m[:3] for m in MON_EN]
WD_J = '月火水木金土日'
WD_E = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
KNUM = '〇一二三四五六七八九'


def kanji_num(n):
    if n < 10:
        return KNUM[n]
    t, o = divmod(n, 10)
    return ('' if t == 1 else KNUM[t]) + '十' + ('' if o == 0 else KNUM[o])


def era(d):
    if d >= dt.date(2019, 5, 1):
        return '令和', 'R', d.year - 2018
    if d >= dt.date(1989, 1, 8):
        return '平成', 'H', d.year - 1988
    if d >= dt.date(1926, 12, 25):
        return '昭和', 'S', d.year - 1925
    return '大正', 'T', d.year - 1911


def ordsuf(n):
    if 11 <= n % 100 <= 13:
        return 'th'
    return {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')


JP_STYLES = ['kanji', 'kanji_pad', 'slash', 'slash_np', 'hyphen', 'dot', 'compact', 'wa_kanji', 'wa_kanji',
             'wa_short', 'wa_short_dot', 'wa_letter_dot', 'wa_letter_slash', 'wa_letter_hyphen', 'wa_kanjinum',
             'kanji_wd', 'wa_kanji_wd', 'slash_wd', 'fw_kanji', 'fw_wa_kanji', 'fw_slash', 'fw_wa_letter',
             'wa_kanji_sp', 'kanji_sp', 'wa_letter_lower', 'wa_letter_nodot']
EN_STYLES = ['en_dmy', 'en_dmy_full', 'en_mdy', 'en_mdy_ab', 'en_us', 'en_ord', 'hyphen', 'en_dmy_hy',
             'slash', 'en_wd']


def fmt_date(d, style):
    y, m, dd = d.year, d.month, d.day
    en, el, ey = era(d)
    eys = '元' if ey == 1 else str(ey)
    if style == 'kanji':
        return f'{y}年{m}月{dd}日'
    if style == 'kanji_pad':
        return f'{y}年{m:02d}月{dd:02d}日'
    if style == 'kanji_sp':
        return f'{y}年 {m}月 {dd}日'
    if style == 'slash':
        return f'{y}/{m:02d}/{dd:02d}'
    if style == 'slash_np':
        return f'{y}/{m}/{dd}'
    if style == 'hyphen':
        return f'{y}-{m:02d}-{dd:02d}'
    if style == 'dot':
        return f'{y}.{m}.{dd}'
    if style == 'compact':
        return f'{y}{m:02d}{dd:02d}'
    if style == 'wa_kanji':
        return f'{en}{eys}年{m}月{dd}日'
    if style == 'wa_kanji_sp':
        return f'{en}{eys}年 {m:2d}月 {dd:2d}日'.replace('  ', ' ')
    if style == 'wa_short':
        return f'{en[0]}{ey}年{m}月{dd}日'
    if style == 'wa_short_dot':
        return f'{en[0]}{ey}.{m}.{dd}'
    if style == 'wa_letter_dot':
        return f'{el}{ey}.{m}.{dd}'
    if style == 'wa_letter_lower':
        return f'{el.lower()}{ey}.{m}.{dd}'
    if style == 'wa_letter_nodot':
        return f'{el}{ey:02d}{m:02d}{dd:02d}'
    if style == 'wa_letter_slash':
        return f'{el}{ey:02d}/{m:02d}/{dd:02d}'
    if style == 'wa_letter_hyphen':
        return f'{el}{ey}-{m}-{dd}'
    if style == 'wa_kanjinum':
        return f'{en}{"元" if ey == 1 else kanji_num(ey)}年{kanji_num(m)}月{kanji_num(dd)}日'
    if style == 'kanji_wd':
        return f'{y}年{m}月{dd}日（{WD_J[d.weekday()]}）'
    if style == 'wa_kanji_wd':
        return f'{en}{eys}年{m}月{dd}日({WD_J[d.weekday()]})'
    if style == 'slash_wd':
        return f'{y}/{m:02d}/{dd:02d}({WD_J[d.weekday()]})'
    if style == 'fw_kanji':
        return fw(f'{y}年{m}月{dd}日')
    if style == 'fw_wa_kanji':
        return fw(f'{en}{eys}年{m}月{dd}日')
    if style == 'fw_slash':
        return fw(f'{y}/{m:02d}/{dd:02d}')
    if style == 'fw_wa_letter':
        return fw(f'{el}{ey}.{m}.{dd}')
    if style == 'en_dmy':
        return f'{dd} {MON_AB[m - 1]} {y}'
    if style == 'en_dmy_hy':
        return f'{dd:02d}-{MON_AB[m - 1]}-{y}'
    if style == 'en_dmy_full':
        return f'{dd} {MON_EN[m - 1]} {y}'
    if style == 'en_mdy':
        return f'{MON_EN[m - 1]} {dd}, {y}'
    if style == 'en_mdy_ab':
        return f'{MON_AB[m - 1]}. {dd}, {y}'
    if style == 'en_us':
        return f'{m:02d}/{dd:02d}/{y}'
    if style == 'en_ord':
        return f'{dd}{ordsuf(dd)} {MON_EN[m - 1]} {y}'
    if style == 'en_wd':
        return f'{WD_E[d.weekday()]}, {MON_AB[m - 1]} {dd}, {y}'
    raise ValueError(style)


def jp_style():
    return ch(JP_STYLES)


def dob_seg(person, style=None, en=False, suffix=None):
    """Birth date entity plus optional suffix (生, age) outside the span."""
    style = style or (ch(EN_STYLES) if en else jp_style())
    out = [E('DATE_OF_BIRTH', fmt_date(person.dob, style))]
    if suffix is None:
        suffix = ch(['', '', '', 'age', 'sei', 'sei_age'] if not en else ['', '', 'age_en'])
    a = age_at(person.dob)
    if suffix == 'age':
        out.append(ch([f'（{a}歳）', f'（満{a}歳）', f' {a}才', f'（当時{a - 1}歳）' if False else f'（{a}歳）']))
    elif suffix == 'sei':
        out.append('生')
    elif suffix == 'sei_age':
        out.append(ch([f'生（満{a}歳）', f'生まれ（{a}歳）', f'生　満{a}歳']))
    elif suffix == 'age_en':
        out.append(f' (age {a})')
    return out


def neg_date(kind='ordinary-date', y0=2021, y1=2025, style=None, en=False, with_time=False):
    d = rand_date(y0, y1)
    s = fmt_date(d, style or (ch(EN_STYLES) if en else jp_style()))
    if with_time:
        s += ch([f' {ri(8, 19)}:{ri(0, 59):02d}', f' {ri(8, 19)}時{ri(0, 59)}分', f'　{ri(8, 19)}:{ri(0, 59):02d}頃'
                 if False else f' {ri(8, 19)}:{ri(0, 59):02d}'])
    return N(s, kind)


# ---------------------------------------------------------------- phones / numbers

LAND = [('03', 4, 4), ('06', 4, 4), ('045', 3, 4), ('052', 3, 4), ('011', 3, 4), ('092', 3, 4), ('022', 3, 4),
        ('078', 3, 4), ('048', 3, 4), ('047', 3, 4), ('0276', 2, 4), ('0467', 2, 4), ('075', 3, 4),
        ('042', 3, 4), ('0480', 2, 4)]


def phone_groups(kind=None, unallocated=False):
    kind = kind or ch(['mobile', 'mobile', 'land', 'land', 'ip'])
    if kind == 'mobile':
        pre = ch(['090', '080', '070'])
        mid = ('0' + digits(3)) if unallocated else (str(ri(1, 9)) + digits(3))
        return [pre, mid, digits(4)]
    if kind == 'ip':
        return ['050', str(ri(1, 9)) + digits(3), digits(4)]
    if kind == 'free':
        return ['0120', digits(3), digits(3)]
    if kind == 'navi':
        return ['0570', digits(3), digits(3)]
    a, b, c = ch(LAND)
    return [a, str(ri(2, 9)) + digits(b - 1), digits(c)]


PHONE_STYLES = ['hy', 'hy', 'hy', 'none', 'paren1', 'paren2', 'space', 'fw', 'fw_none', 'p81hy', 'p81sp',
                'p81none', 'p81paren0', 'dot']


def fmt_phone(g, style):
    a, b, c = g
    if a in ('0120', '0570') and style.startswith('p81'):
        style = 'hy'
    if style == 'hy':
        return f'{a}-{b}-{c}'
    if style == 'none':
        return a + b + c
    if style == 'paren1':
        return f'({a}){b}-{c}'
    if style == 'paren2':
        return f'{a}({b}){c}'
    if style == 'space':
        return f'{a} {b} {c}'
    if style == 'fw':
        return fw(f'{a}-{b}-{c}')
    if style == 'fw_none':
        return fw(a + b + c)
    if style == 'p81hy':
        return f'+81-{a[1:]}-{b}-{c}'
    if style == 'p81sp':
        return f'+81 {a[1:]} {b} {c}'
    if style == 'p81none':
        return f'+81{a[1:]}{b}{c}'
    if style == 'p81paren0':
        return f'+81(0){a[1:]}-{b}-{c}'
    if style == 'dot':
        return f'{a}.{b}.{c}'
    raise ValueError(style)


def phone(kind=None, style=None, labelled=True, unalloc_prob=0.0):
    un = labelled and kind in (None, 'mobile') and p(unalloc_prob)
    g = phone_groups('mobile' if un else kind, unallocated=un)
    t = fmt_phone(g, style or ch(PHONE_STYLES))
    return E('PHONE', t, note='unallocated range' if un else None)


def luhn_cd(body):
    s = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_cd(num[:-1]) == num[-1]


def card_number():
    pre = ch(['4', '51', '52', '53', '54', '55', '3528', '3540', '3589'])
    body = pre + digits(15 - len(pre))
    n = body + luhn_cd(body)
    st = ch(['sp', 'hy', 'none', 'sp'])
    if st == 'none':
        return n
    sep = ' ' if st == 'sp' else '-'
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def non_luhn16():
    while True:
        n = str(ri(1, 9)) + digits(15)
        if not luhn_ok(n):
            return n


def mynum_cd(d11):
    s = 0
    for n in range(1, 12):
        pn = int(d11[11 - n])
        qn = n + 1 if n <= 6 else n - 5
        s += pn * qn
    r = s % 11
    return '0' if r <= 1 else str(11 - r)


def my_number():
    b = str(ri(1, 9)) + digits(10)
    n = b + mynum_cd(b)
    st = ch(['none', 'sp', 'hy', 'none'])
    if st == 'none':
        return n
    sep = ' ' if st == 'sp' else '-'
    return sep.join([n[:4], n[4:8], n[8:]])


def bad_mynum():
    while True:
        n = str(ri(1, 9)) + digits(11)
        if mynum_cd(n[:11]) != n[11]:
            return n


def corp_cd(b12):
    s = 0
    for n in range(1, 13):
        pn = int(b12[12 - n])
        s += pn * (1 if n % 2 else 2)
    return str(9 - s % 9)


def corp_number():
    b = digits(12)
    return corp_cd(b) + b


def corp_ok(n):
    return len(n) == 13 and n.isdigit() and corp_cd(n[1:]) == n[0]


def jan13():
    while True:
        b = '49' + digits(10)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
        n = b + str((10 - s % 10) % 10)
        if not corp_ok(n):
            return n


PREF_CODE = ['13', '14', '11', '12', '27', '23', '40', '01', '04', '28']


def hokensha_no():
    k = ch(['kyokai', 'kumiai', 'kumiai', 'kyosai', 'kokuho', 'kokuho', 'koki'])
    pref = ch(PREF_CODE)
    if k == 'kyokai':
        b = '01' + pref + digits(3)
    elif k == 'kumiai':
        b = '06' + pref + digits(3)
    elif k == 'kyosai':
        b = ch(['31', '32', '33', '34']) + pref + digits(3)
    elif k == 'koki':
        b = '39' + pref + digits(3)
    else:
        b = pref + digits(3)
    return b + luhn_cd(b)


def hi_kigo():
    r = R.random()
    if r < 0.45:
        return digits(ri(4, 8)).lstrip('0') or '1'
    if r < 0.65:
        return ch(['世田谷', '練', '杉', '横浜', '北', '中央', '東京', '大', 'あ', 'ア']) + str(ri(1, 999))
    if r < 0.8:
        return str(ri(1, 99)) + ch(['あ', 'か', 'さ', 'イ']) + str(ri(1, 99))
    return digits(ri(4, 6))


def hi_bango():
    return str(ri(1, 9999999)) if p(0.7) else digits(ri(2, 4))


def pension_no():
    return f'{digits(4)}-{digits(6)}'


def passport_no():
    return ch(['TK', 'TR', 'TZ', 'MZ', 'ME', 'RZ', 'TH']) + digits(7)


def residence_no():
    a = ''.join(ch('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))
    b = ''.join(ch('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(2))
    return a + digits(8) + b


def license_no():
    return ch(['30', '45', '62', '54', '11', '12', '20']) + f'{ri(0, 99):02d}' + digits(8)


def ipv4():
    return f'{ri(11, 223)}.{ri(0, 255)}.{ri(0, 255)}.{ri(1, 254)}'


def ipv6():
    return '2001:db8:' + ':'.join(f'{ri(0, 65535):x}' for _ in range(ri(2, 4))) + '::' + f'{ri(1, 4095):x}'


def postal(style=None):
    a, b = f'{ri(1, 999):03d}', digits(4)
    style = style or ch(['mark', 'mark', 'plain', 'fw', 'fw_mark', 'mark_sp'])
    if style == 'mark':
        return ['〒', E('POSTAL_CODE', f'{a}-{b}')]
    if style == 'mark_sp':
        return ['〒 ', E('POSTAL_CODE', f'{a}-{b}')]
    if style == 'plain':
        return [E('POSTAL_CODE', f'{a}-{b}')]
    if style == 'fw':
        return [E('POSTAL_CODE', fw(f'{a}-{b}'))]
    if style == 'fw_mark':
        return ['〒', E('POSTAL_CODE', fw(f'{a}-{b}'))]
    if style == 'compact':
        return [E('POSTAL_CODE', a + b)]
    raise ValueError(style)


PREFS = {
    '東京都': ['世田谷区', '杉並区', '練馬区', '江東区', '大田区', '八王子市', '町田市', '板橋区'],
    '神奈川県': ['横浜市青葉区', '川崎市中原区', '相模原市南区', '藤沢市', '横浜市港南区'],
    '埼玉県': ['さいたま市浦和区', '川越市', '所沢市', '越谷市'],
    '千葉県': ['船橋市', '柏市', '千葉市美浜区', '市川市'],
    '大阪府': ['大阪市北区', '吹田市', '豊中市', '堺市北区'],
    '愛知県': ['名古屋市千種区', '豊田市', '岡崎市'],
    '福岡県': ['福岡市中央区', '北九州市小倉北区', '久留米市'],
    '北海道': ['札幌市中央区', '旭川市'],
    '宮城県': ['仙台市青葉区'],
    '兵庫県': ['神戸市中央区', '西宮市', '姫路市'],
}
TOWNS = ['桜台', '緑が丘', '本町', '中央', '東町', '若葉', '旭町', '松が丘', '栄町', '港南', '青葉台', '泉町',
         '富士見', '春日', '柳町', '新町', '高砂', '光が丘', '白鳥', '花園', '朝日が丘', '宮前']
BLDGS = ['グランメゾン', 'サンハイツ', 'メゾン・ソレイユ', 'パークサイド', 'リバーハイツ', 'コーポラス',
         'エスポワール', 'シャトレ', 'ハイム', 'レジデンス']


def address(with_pref=None):
    pref = ch(list(PREFS))
    city = ch(PREFS[pref])
    town = ch(TOWNS)
    c, b, g = ri(1, 6), ri(1, 30), ri(1, 25)
    st = ch(['hy', 'kanji', 'kanji2', 'fw', 'banchi'])
    if st == 'hy':
        num = f'{c}-{b}-{g}'
    elif st == 'kanji':
        num = f'{c}丁目{b}番{g}号'
    elif st == 'kanji2':
        num = f'{kanji_num(c)}丁目{b}番{g}号'
    elif st == 'fw':
        num = fw(f'{c}-{b}-{g}')
    else:
        num = f'{ri(100, 2999)}番地' + (f'{ri(1, 9)}' if p(0.4) else '')
    s = (pref if (with_pref if with_pref is not None else p(0.8)) else '') + city + town + num
    if p(0.45):
        s += ch([' ', '\u3000', '']) + ch(BLDGS) + ch(['', town]) + f'{ri(1, 9)}0{ri(1, 9)}' + ch(['', '号室'])
    return E('ADDRESS', s)


EMAIL_DOMAINS = ['example.ne.jp', 'mail.example.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'softbank.ne.jp', 'gmail.com',
                 'yahoo.co.jp', 'icloud.com', 'outlook.jp', 'nifty.com', 'biglobe.ne.jp']


def email_of(person, domain=None):
    return E('EMAIL', person.email_local() + '@' + (domain or ch(EMAIL_DOMAINS)))


def staff_email(st, domain=AG_DOMAIN):
    return E('EMAIL', f'{st.sei_r.lower()}{"." + st.mei_r.lower() if p(0.4) else ""}@{domain}')


AG_PHONE = None  # set in main
AG_FAX = None
SC_PHONE = None
DESK_PHONE = None
AG_ADDR = None
AG_POSTAL = None
AG_CORP = None


def policy_no():
    return ch([f'{ch("ABCKS")}{digits(9)}', f'{digits(5)}-{digits(7)}', f'{digits(10)}', f'{ch("ABC")}-{digits(4)}-{digits(6)}',
               f'{digits(2)}{ch("KS")}{digits(7)}', f'{digits(4)}-{digits(6)}'])


def receipt_no():
    return ch([f'{ri(2023, 2025)}-{digits(4)}', f'UK{digits(8)}', f'{digits(6)}-{digits(2)}', f'R{ri(5, 7)}-{digits(5)}',
               f'{digits(4)}/{digits(7)}', f'No.{digits(6)}'])


def contract_no():
    return ch([f'KY{digits(2)}-{digits(5)}', f'{digits(3)}-{digits(3)}-{digits(4)}', f'C{digits(10)}',
               f'{digits(5)}-{digits(7)}'])


def misc_neg_line(d, prob=1.0):
    if p(prob):
        lab, v = misc_neg()
        d.add(lab, v, '\n')


def misc_neg():
    """A labelled number that looks personal but is not (label, hard-negative segment)."""
    k = ch(['order', 'order', 'mgmt12', 'jan', 'invoice', 'tracking', 'version', 'card-ref'])
    if k == 'order':
        n = non_luhn16()
        return ch(['注文番号：', '申込管理番号：', 'お問合せ番号 ', 'Order No. ']), N(ch([n, ' '.join(n[i:i + 4] for i in range(0, 16, 4))]), 'order-number-16-non-luhn')
    if k == 'card-ref':
        n = non_luhn16()
        return ch(['決済ID：', '取引番号：']), N(n, 'transaction-id-16-non-luhn')
    if k == 'mgmt12':
        return ch(['管理番号：', '受付番号：', '書類番号 ']), N(bad_mynum(), 'number-12-fails-mynumber')
    if k == 'jan':
        return ch(['JANコード：', 'JAN ', '商品コード：']), N(jan13(), 'jan-code')
    if k == 'invoice':
        n = digits(13)
        while corp_ok(n):
            n = digits(13)
        return ch(['請求書番号：', '請求No. ']), N(n if p(0.3) else f'INV-{ri(2024, 2025)}-{digits(5)}', 'invoice-number')
    if k == 'tracking':
        n = bad_mynum()
        return ch(['追跡番号：', 'お問い合わせ伝票番号 ']), N(f'{n[:4]}-{n[4:8]}-{n[8:]}', 'tracking-number')
    return ch(['バージョン：', 'Ver. ', 'アプリ版数 ']), N(f'{ri(1, 12)}.{ri(0, 30)}.{ri(0, 9)}', 'version-number')


def amount():
    return ch([f'{ri(1, 99)},{ri(0, 999):03d}円', f'￥{ri(1, 999)},{ri(0, 999):03d}', f'{ri(1000, 99999)}円',
               f'月額 {ri(1, 30)},{ri(0, 9)}00円'])


# ---------------------------------------------------------------- sensitive facts (stated about a person)

SENS_ILL = [
    '糖尿病', '2型糖尿病で通院中', 'DM（内服中）', 'DMあり', '血糖値が高く投薬中', 'HbA1cが高めで経過観察中',
    '糖尿病でインスリン注射', '高血圧で降圧剤服用中', '高血圧症', 'HT内服中', '血圧の薬を飲んでいる',
    '脂質異常症', '高脂血症の薬を服用', '痛風の持病', '心療内科にかかっている', '心療内科通院中',
    'メンタルクリニックに通院', 'うつ病', 'うつで休職歴あり', 'うつ状態で3か月休職', '適応障害と診断',
    'パニック障害', '不眠症で睡眠薬を処方されている', '統合失調症で通院', '双極性障害', '摂食障害の既往',
    'アルコール依存症で治療中', '喘息', '小児ぜんそく', 'ぜんそくの吸入薬を使用', 'アトピー性皮膚炎',
    '食物アレルギー（卵・乳）', 'そばアレルギー（重度）', 'エピペン携帯', 'てんかんの持病', '発作の既往あり',
    '乳がんで手術', '乳がん術後5年', '胃がんの術後', '大腸ポリープ切除', '肺がん治療中', '抗がん剤治療中',
    '白血病の治療歴', '子宮筋腫で経過観察', '甲状腺機能低下症', 'バセドウ病', '狭心症', '心筋梗塞の既往',
    '不整脈でペースメーカー', '心房細動（AF）', '脳梗塞で入院歴', 'くも膜下出血の既往', '人工透析中',
    '腎不全で週3回透析', 'CKD（慢性腎臓病）', 'B型肝炎キャリア', 'C型肝炎の治療歴', '肝機能の数値が悪い',
    '椎間板ヘルニアで手術', '腰痛で整形外科に通院中', '関節リウマチ', '緑内障で点眼治療中', '白内障手術済み',
    '認知症の診断', '物忘れが進み認知症の疑い', 'パーキンソン病', '起立性調節障害', '過敏性腸症候群',
    '潰瘍性大腸炎', 'クローン病', '切迫早産で入院', '結核の既往', 'HIV陽性', '骨折で入院中',
    '睡眠時無呼吸症候群でCPAP使用', 'COPD', '胆石で入院', '虫垂炎で手術', '帯状疱疹で通院', '肺炎で入院',
    '不安障害', 'PTSDの診断', '強迫性障害', '高尿酸血症',
    'がんの治療で通院中', 'ガン（ステージ2）', '前立腺がん', '心臓の手術歴あり', '持病の薬を毎日服用',
    '精神科に入院歴', '自律神経失調症', 'メニエール病', '脳腫瘍の術後',
]
SENS_DIS = [
    '足が不自由', '車いす使用', '右半身に麻痺', '耳が聞こえにくい', '聴覚障害（補聴器使用）', '視覚障害',
    '目がほとんど見えない', '身体障害者手帳2級', '身障手帳1級', '手帳（精神）2級', '精神障害者保健福祉手帳3級',
    '療育手帳B1', '療育手帳（A判定）', '知的障害', '軽度の知的障害', '発達障害', '発達障害（ASD）',
    'ASD（自閉スペクトラム症）', '学習障害（LD）', '吃音', '下肢障害', 'オストメイト（人工肛門）',
    '内部障害（心臓機能）', '障害年金2級を受給', '就労継続支援B型に通所', '杖歩行', '左腕欠損',
    '難聴で筆談希望', '聴覚に障害があり手話通訳が必要', '弱視', '精神の手帳あり', '障害者手帳（身体4級）',
    '高次脳機能障害', '脳性まひ', '全盲', '片耳が聞こえない', 'ADHDの診断', 'ADHD（服薬あり）', 'アスペルガーの診断を受けている',
]
SENS_CREED = [
    '光明真教の信者', 'キリスト教徒', 'カトリック信者', '毎週教会', '毎週日曜は教会に通っている', 'クリスチャン',
    '熱心なクリスチャン', '浄土真宗の門徒', 'イスラム教徒', 'ムスリムのため豚肉不可', '宗教上の理由で輸血不可',
    '新興宗教に入信', '天理教の信者', '仏教徒（日蓮宗）', 'ヒンドゥー教徒', '信仰上の理由で土曜は不可',
    '宗教団体の幹部', '○○会の熱心な会員（宗教）', 'エホバの証人の信者', '神道の宮司の家系',
    '政党の党員として活動', '支持政党の後援会役員', '礼拝のため金曜午後は不可', '宗教の勧誘活動をしている',
    'モルモン教徒', '新宗教団体の信者',
]
SENS_CRIM = [
    '前に捕まったことがある', '執行猶予がついた', '執行猶予中', '前科あり', '前科一犯', '窃盗で逮捕歴',
    '服役していた', '刑務所を出所したばかり', '保護観察中', '少年院に入っていた', '飲酒運転で罰金刑',
    '傷害事件で起訴された', '覚醒剤で有罪判決', '仮釈放中', '逮捕歴あり', '書類送検された',
    '詐欺罪で服役歴', '万引きで補導歴', '前歴あり（暴行）', '交通刑務所に入っていた',
]
SENS_VICT = [
    '夫から暴力を受けている', 'DV被害', '元夫からのDVで避難中', '夫からのDV', '詐欺にあった',
    '特殊詐欺の被害に遭い200万円を失った', 'オレオレ詐欺の被害', 'ストーカー被害', '空き巣に入られた',
    'ひったくりに遭った', '暴行を受けて被害届を提出', '性被害', '痴漢被害', '虐待を受けていた',
    '父親からの虐待', '交際相手から暴力', '投資詐欺の被害', '還付金詐欺にあった', 'ネットで脅迫されて被害届',
    '同級生から暴行され被害届', '息子から暴力を振るわれている', 'モラハラ・DV被害', '架空請求詐欺の被害',
]
SENS_SOC = ['生活保護を受給中', '生活保護受給', '生活保護を受けている', '非嫡出子', '児童養護施設の出身',
            '住所がなくネットカフェ生活', '被差別部落の出身']
SENS_RACE = ['日系ブラジル人', '在日コリアン三世', 'アイヌ民族の出身', '日系三世', '父がフィリピン出身のハーフ']
SENS_OTHER = ['妊娠8か月', '妊娠中（22週）', '妊娠3か月', '不妊治療中', '性別違和（トランスジェンダー）']

SENS_ALL = ([(t, 'illness') for t in SENS_ILL] + [(t, 'disability') for t in SENS_DIS] +
            [(t, 'creed') for t in SENS_CREED] + [(t, 'criminal_record') for t in SENS_CRIM] +
            [(t, 'crime_victim') for t in SENS_VICT] + [(t, 'social_status') for t in SENS_SOC] +
            [(t, 'race') for t in SENS_RACE] + [(t, 'other') for t in SENS_OTHER])
HEALTHY = [t for t in SENS_ALL if t[1] in ('illness', 'disability', 'other')]

SENS_EN = [
    ('has type 2 diabetes', 'illness'), ('was diagnosed with breast cancer in 2021', 'illness'),
    ('is on medication for high blood pressure', 'illness'), ('has been seeing a psychiatrist for depression', 'illness'),
    ('took sick leave for depression', 'illness'), ('has asthma', 'illness'), ('has a severe peanut allergy', 'illness'),
    ('is undergoing dialysis three times a week', 'illness'), ('is recovering from a stroke', 'illness'),
    ('has epilepsy', 'illness'), ('has an ADHD diagnosis', 'disability'), ('uses a wheelchair', 'disability'),
    ('is hard of hearing', 'disability'), ('is visually impaired', 'disability'),
    ('holds a disability certificate (grade 2)', 'disability'), ('is a devout Catholic', 'creed'),
    ('is a practising Muslim', 'creed'), ('goes to church every Sunday', 'creed'),
    ("is a Jehovah's Witness and refuses blood transfusions", 'creed'),
    ('was convicted of theft in 2015', 'criminal_record'), ('is on probation', 'criminal_record'),
    ('served a prison sentence', 'criminal_record'), ('was the victim of a phone scam', 'crime_victim'),
    ('is a victim of domestic violence', 'crime_victim'), ('was assaulted by a former partner', 'crime_victim'),
    ('receives public assistance (seikatsu hogo)', 'social_status'), ('is eight months pregnant', 'other'),
    ('has a pacemaker', 'illness'), ('is in remission from leukaemia', 'illness'),
    ('has early-stage dementia', 'illness'), ('has chronic kidney disease', 'illness'),
]

SENS_PRE = ['', '', '', '本人より', '告知あり：', '※', '・', 'R3年頃から', '昨年から', '（本人申告）', '2019年より',
            '以前から', '家族の話では']
SENS_POST = ['。', 'とのこと。', '。', '。要確認', '（経過良好）。', '。次回面談で確認', '。', 'のため配慮が必要。',
             '、本人了承済み。', '。ご本人から申し出あり。', '']


def sens(sub_filter=None, pool=None):
    pool = pool or SENS_ALL
    if sub_filter:
        pool = [x for x in pool if x[1] in sub_filter]
    t, s = ch(pool)
    return E('SENSITIVE', t, s)


def sens_sentence(sub_filter=None, pool=None):
    pre = ch(SENS_PRE)
    out = []
    if pre:
        out.append(pre + ('、' if pre.endswith('より') or pre.endswith('から') or pre.endswith('話では') else ''))
    out.append(sens(sub_filter, pool))
    out.append(ch(SENS_POST))
    return out


# ---------------------------------------------------------------- look-alikes (no statement about a person)

LOOK = {
    'system-failure': ['基幹システムの障害により引落しデータの連携が遅延', 'サーバー障害で顧客管理画面が停止',
                       '通信障害が発生し14時まで復旧せず', '障害対応のため夜間メンテナンスを実施', 'ネットワーク障害',
                       'メールサーバの障害で一部のメールが未達', '障害票 INC-2024-0312 を起票', '保険会社側システム障害のため',
                       'プリンタ障害', '回線障害の影響でFAXが不達', '障害発生時の連絡手順', '障害切り分け中'],
    'pet-illness': ['愛犬が糖尿病で通院中とのこと', '飼い猫が腎臓病で入院', 'ペットの犬が手術', '猫がてんかん持ちで目が離せない',
                    'うちのワンちゃんががんの治療中', 'ペット保険の対象（犬の心臓病）', 'ハムスターが病気で元気がない',
                    '愛猫の通院に付き添い'],
    'hospital-place': ['さくら台中央病院前のバス停で待ち合わせ', '青葉総合病院宛に書類を発送', '取引先の市立東病院様',
                       '北野大学病院の売店', '病院の駐車場が満車', '駅前の病院の向かい', '総合病院行きのバス',
                       'クリニックモールの2階', '県立がんセンター前', '病院向けの医療保険団体契約の提案'],
    'policy-category': ['病歴、信条、犯罪の経歴など要配慮個人情報', '人種、信条、社会的身分、病歴、犯罪歴',
                        '要配慮個人情報（病歴・障害・宗教等）', '病歴等の告知内容', '健康状態・病歴・障害の有無',
                        '信条や病歴に関する情報は取得しません', '犯罪被害の事実を含む情報', '告知内容（病歴）'],
    'product-name': ['がん保険', '医療保険', '三大疾病保障特約', '就業不能保険', '認知症保険', '引受基準緩和型医療保険',
                     '女性疾病特約', '先進医療特約', '障害保障特約', '精神疾患保障付き就業不能保険', '介護保険（民間）',
                     '入院一時金特約'],
    'form-question': ['過去5年以内に入院したことがありますか', '最近3か月以内に医師の診察・検査・投薬を受けましたか',
                      '過去2年以内に健康診断で異常を指摘されましたか', '身体に障害がありますか',
                      'がん・心疾患・脳血管疾患と診断されたことがありますか', '現在妊娠していますか',
                      '過去5年以内に7日以上の入院または手術を受けたことがありますか',
                      '精神疾患で治療を受けたことがありますか', '視力・聴力・言語・そしゃく機能に障害がありますか'],
    'aggregate-statistics': ['うつ病による休職者は全体の3.2%', '糖尿病の有病者は約1,000万人', '障害に関する相談は42件',
                             'DV関連の相談は前年比12%増', '特殊詐欺の被害件数は県内で前年比8%増', '告知で持病ありは全体の18%',
                             'がん保険の新規契約は前年比110%', '宗教関係の相談は2件', '犯罪被害者支援の相談は5件'],
    'awareness-campaign': ['乳がん検診を受けましょう', '世界糖尿病デー', '還付金詐欺にご注意ください',
                           '特殊詐欺被害防止キャンペーン', '障害者週間', '認知症月間', '自殺予防週間',
                           'DV防止啓発ポスター', '犯罪被害者週間', '熱中症にご注意ください'],
    'seminar-title': ['認知症サポーター養成講座', 'がん保険セミナー', '「発達障害の子どもの学び方」保護者勉強会',
                      '障害年金の基礎知識セミナー', 'はじめての医療保険講座', '相続と介護の勉強会',
                      '成年後見制度セミナー', '詐欺被害を防ぐ消費者講座'],
    'job-category': ['精神保健福祉士', '障害者職業生活相談員', '社会福祉士', '看護師', '医療事務',
                     '障害者支援施設職員', '病院勤務（事務）', '介護職員', '刑務官'],
    'news-disease': ['インフルエンザが流行期入り', '新型コロナの感染者数が増加', '麻しんの患者が県内で確認',
                     'はしかの流行に注意', '手足口病が流行', 'ノロウイルスによる食中毒', '百日せきの報告数が過去最多'],
    'minutes-health-check': ['健康診断の日程', '定期健康診断は6月に実施', 'ストレスチェックの実施',
                             'インフルエンザ予防接種の補助', '人間ドック補助の申請期限'],
    'generic-service': ['障害者手帳をお持ちの方は割引', '車いすの貸出あり', '筆談対応いたします', '多目的トイレあり',
                        '障害者差別解消法に基づく合理的配慮', '障害物競走', '教会の駐車場を借りて開催',
                        '宗教法人向け火災保険', '刑事ドラマの撮影で道路規制', '詐欺メールの注意喚起'],
}


def look(kind=None):
    kind = kind or ch(list(LOOK))
    return L(ch(LOOK[kind]), kind)


LOOK_EN = {
    'product-name': ['cancer insurance', 'medical insurance rider', 'critical illness cover', 'disability income insurance'],
    'system-failure': ['server outage', 'a system failure in the billing platform', 'network disruption'],
    'awareness-campaign': ['Disability Awareness Week', 'World Diabetes Day', 'fraud prevention campaign'],
    'policy-category': ['health data, religious beliefs and criminal records', 'special care-required personal information (medical history, creed)'],
    'pet-illness': ['my dog has diabetes', 'our cat had surgery'],
    'news-disease': ['the flu season has started', 'measles cases reported in the prefecture'],
    'seminar-title': ['Dementia Friends training', 'Understanding Cancer Insurance seminar'],
}


def look_en(kind=None):
    kind = kind or ch(list(LOOK_EN))
    return L(ch(LOOK_EN[kind]), kind)


NEUTRAL_MEMO = ['住所変更の手続き済み', '次回更新時に見直し提案', '口座振替に変更希望', '電話は夕方以降希望',
                'メール連絡可', '家族で契約見直し検討中', '書類不備なし', '満期案内送付済み', '特記事項なし',
                '保険料の支払い方法を年払いに変更', '転居予定あり', '住宅ローン借換に伴い火災保険見直し',
                '子どもの学資保険の相談あり', '連絡は携帯のみ', '平日日中は不在']


def memo_cell(prob_sens=0.45, prob_look=0.3):
    r = R.random()
    if r < prob_sens:
        out = sens_sentence()
        if p(0.3):
            out += [ch(['', '　', ' ']), ch(NEUTRAL_MEMO), '。']
        return out
    if r < prob_sens + prob_look:
        out = [look(ch(['system-failure', 'pet-illness', 'hospital-place', 'product-name', 'product-name',
                        'generic-service', 'seminar-title']))]
        out.append(ch(['。', '', '。対応済み', 'のため連絡', '（確認中）']))
        return out
    return [ch(NEUTRAL_MEMO)]


# ---------------------------------------------------------------- layout helpers

def pick_enc(cp932_bias=0.0):
    r = R.random()
    if r < 0.22 + cp932_bias:
        return 'cp932', '\r\n'
    if r < 0.37 + cp932_bias:
        return 'utf-8-sig', '\r\n'
    if r < 0.47 + cp932_bias:
        return 'utf-8', '\r\n'
    return 'utf-8', '\n'


SEPS = ['：', ': ', '：', '　', ' : ', '：　']


def field(d, layout, label, value, sep=None):
    if layout == 'same':
        d.add(label, sep or ch(SEPS), value, '\n')
    elif layout == 'above':
        d.add(label, '\n', ch(['', '  ', '\u3000']), value, '\n')
    elif layout == 'bracket':
        d.add('【', label, '】', value, '\n')
    elif layout == 'box':
        d.add('┃', label, '┃ ', value, '\n')
    elif layout == 'md':
        d.md_row([label, value])
    elif layout == 'en':
        d.add(label, ': ', value, '\n')
    else:
        raise ValueError(layout)


def hs_entity(wrong_prob=0.05):
    h = hokensha_no()
    if p(wrong_prob):
        h = h[:-1] + str((int(h[-1]) + ri(1, 8)) % 10)
        return E('HEALTH_INSURANCE', h, note='check digit wrong')
    return E('HEALTH_INSURANCE', h)


def hi_block(d, style=None, en=False):
    style = style or ch(['two_on_line', 'two_on_line', 'joined_hy', 'joined_slash', 'above', 'table_md', 'bracket',
                         'inline_sentence', 'fw', 'three_items', 'joined_edaban', 'lines'])
    if en:
        style = 'en'
    kg, bn, eb = hi_kigo(), hi_bango(), f'{ri(0, 5):02d}'
    HI = 'HEALTH_INSURANCE'
    if style == 'two_on_line':
        if p(0.7):
            d.add(ch(['保険者番号：', '保険者番号 ', '保険者No.']), hs_entity(), '\n')
        d.add(ch(['記号：', '記号 ', '被保険者証記号：']), E(HI, kg), ch(['　', '  ', ' ／ ', '、']),
              ch(['番号：', '番号 ', '番号:']), E(HI, bn))
        if p(0.3):
            d.add('　枝番：', E(HI, eb, note='枝番'))
        d.add('\n')
    elif style == 'joined_hy':
        d.add(ch(['記号・番号：', '記号-番号：', '記号番号 ', '保険証記号・番号　']), E(HI, f'{kg}-{bn}'), '\n')
        if p(0.5):
            d.add('保険者番号：', hs_entity(), '\n')
    elif style == 'joined_slash':
        d.add(ch(['記号・番号：', '記号/番号：', '記号／番号 ']), E(HI, ch([f'{kg}/{bn}', f'{kg}／{bn}', f'{kg}・{bn}'])), '\n')
        if p(0.5):
            d.add('保険者番号：', hs_entity(), '\n')
    elif style == 'joined_edaban':
        d.add('記号・番号・枝番：', E(HI, f'{kg}-{bn}-{eb}'), '\n', '保険者番号：', hs_entity(), '\n')
    elif style == 'above':
        d.add('保険者番号\n', hs_entity(), '\n記号\n', E(HI, kg), '\n番号\n', E(HI, bn), '\n')
    elif style == 'lines':
        d.add('＜健康保険証＞\n', '・保険者番号　', hs_entity(), '\n・記号　', E(HI, kg), '\n・番号　', E(HI, bn), '\n')
        if p(0.4):
            d.add('・枝番　', E(HI, eb, note='枝番'), '\n')
    elif style == 'table_md':
        d.add('\n| 保険者番号 | 記号 | 番号 | 枝番 |\n|---|---|---|---|\n')
        d.md_row([hs_entity(), E(HI, kg), E(HI, bn), E(HI, eb, note='枝番')])
        d.add('\n')
    elif style == 'bracket':
        d.add('【保険証】保険者番号 ', hs_entity(), ' ／ 記号 ', E(HI, kg), ' ／ 番号 ', E(HI, bn), '\n')
    elif style == 'inline_sentence':
        d.add('被保険者証の記号は', E(HI, kg), '、番号は', E(HI, bn), 'です（保険者番号 ', hs_entity(), '）。\n')
    elif style == 'fw':
        d.add('保険者番号：', E(HI, fw(hokensha_no())), '\n記号：', E(HI, fw(kg)), '　番号：', E(HI, fw(bn)), '\n')
    elif style == 'three_items':
        d.add('保険者番号：', hs_entity(), '　記号：', E(HI, kg), '　番号：', E(HI, bn), '\n')
    elif style == 'en':
        d.add('Insurer number: ', hs_entity(), '\n', ch(['Symbol', 'Kigo', 'Card symbol']), ': ', E(HI, kg), ' / ',
              ch(['Number', 'Bango', 'No.']), ': ', E(HI, bn), '\n')
    if p(0.35):
        d.add(ch(['証券番号：', '契約番号：', '受付番号：', '証券No. ']),
              N(ch([f'{digits(5)}-{digits(7)}', f'{digits(4)}-{digits(6)}', f'{digits(8)}', policy_no()]), 'policy-number'),
              '\n')


def staff_line(d, label=None):
    st = staff()
    d.add(label or ch(['担当：', '担当者：', '記入者：', '受付者：', '対応：']), ch([st.full(), st.surname()]), '\n')
    return st


def company_footer(d, org='agency', full=True):
    if org == 'agency':
        d.add(AGENCY, '\n')
        if full:
            d.add(AG_POSTAL, ' ', AG_ADDR, '\n')
        d.add('TEL ', AG_PHONE, ch(['　FAX ', ' / FAX: ']), AG_FAX, '\n')
        if p(0.5):
            d.add('法人番号 ', AG_CORP, '\n')
    elif org == 'school':
        d.add(SCHOOL, ' ', ch(BRANCHES[1:4]), '\n', 'TEL：', SC_PHONE, '\n')
    else:
        d.add(DESK, '\n', '電話：', DESK_PHONE, ch(['（平日9:00～17:00）', '', '（受付時間 9時～16時）']), '\n')


# ---------------------------------------------------------------- document kinds

def gen_kokuchi(i):
    enc, nl = pick_enc()
    layout = ch(['same', 'same', 'above', 'bracket', 'box', 'md'])
    ext = 'md' if layout == 'md' else 'txt'
    d = Doc(f'forms/kokuchi_{i:04d}.{ext}', f'kokuchi-filled-{layout}', enc, nl)
    per = Person('adult')
    d.add(('# ' if ext == 'md' else ''), ch(['告知書（医療保険）', '健康状態告知書', '告知書兼同意書', '【告知書】', '被保険者告知書']),
          ch(['', '　', ' - ']), ch(['', L(ch(LOOK['product-name']), 'product-name')]), '\n')
    d.add(ch([AGENCY, AGENCY_SHORT + ' ' + ch(AG_BRANCHES)]), '\n\n')
    if layout == 'md':
        d.add('| 項目 | 内容 |\n|---|---|\n')
    field(d, layout, ch(['受付番号', '受付No', '申込番号']), N(receipt_no(), 'receipt-number'))
    field(d, layout, ch(['告知日', '記入日', '申込日', '告知年月日']), neg_date('ordinary-date', 2024, 2025))
    field(d, layout, ch(['被保険者氏名', '氏名', 'お名前', '被保険者']), per.full())
    if p(0.8):
        k = ch(['フリガナ', 'ふりがな', 'カナ'])
        field(d, layout, k, per.kana(hiragana=(k == 'ふりがな')))
    field(d, layout, ch(['生年月日', '生年月日', '誕生日', '生年月日（和暦）']), dob_seg(per))
    field(d, layout, '性別', '女' if per.sex == 'F' else '男')
    if p(0.35):
        field(d, layout, '職業', ch([L(ch(LOOK['job-category']), 'job-category'), '会社員', '自営業', 'パート', '主婦', '公務員']))
    if p(0.6):
        field(d, layout, ch(['住所', '現住所', 'ご住所']), postal() + [' ', address()])
    if p(0.7):
        field(d, layout, ch(['電話番号', '連絡先', '携帯', 'TEL', '携帯電話']), phone(unalloc_prob=0.15))
    if p(0.35):
        field(d, layout, ch(['始期日', '契約日', '責任開始日']), neg_date('ordinary-date', 2024, 2025))
    if p(0.3):
        field(d, layout, '証券番号', N(policy_no(), 'policy-number'))
    d.add('\n')
    if p(0.3):
        hi_block(d)
    d.add(ch(['■告知事項', '＜告知内容＞', '【質問事項】', '## 告知事項' if ext == 'md' else '■ご質問']), '\n')
    qs = list(LOOK['form-question'])
    R.shuffle(qs)
    nq = ri(3, 5)
    any_yes = False
    for k, q in enumerate(qs[:nq], 1):
        d.add(ch([f'問{k}. ', f'Q{k} ', f'{k}．', f'({k}) ']), L(q, 'form-question'), ch(['。', '？', '']), '\n')
        yes = p(0.55)
        if '妊娠' in q:
            yes = per.sex == 'F' and p(0.4)
            pool = [x for x in SENS_OTHER if '妊娠' in x]
            fact = E('SENSITIVE', ch(pool), 'other') if yes else None
        elif '障害' in q:
            yes = p(0.35)
            fact = sens(['disability']) if yes else None
        else:
            fact = sens(['illness']) if yes else None
        ind = ch(['　→ ', '　回答：', '  A. ', '　'])
        if yes:
            any_yes = True
            since = N(fmt_date(rand_date(2012, 2024), ch(['kanji', 'slash', 'wa_kanji', 'wa_letter_dot'])), 'onset-date')
            v = R.random()
            if v < 0.3:
                d.add(ind, 'はい　病名：', fact, '　医療機関：', ch(HOSPITALS), '　時期：', since, '～', '\n')
            elif v < 0.55:
                d.add(ind, '■はい □いいえ（', fact, '、', ch(HOSPITALS), '）\n')
            elif v < 0.8:
                d.add(ind, 'はい → ', fact, '（', since, 'から、', ch(HOSPITALS), '）\n')
            else:
                d.add(ind, 'はい：', since, '頃より', fact, '。現在も', ch(['通院中', '経過観察中', '服薬中']), '。\n')
        else:
            d.add(ind, ch(['いいえ', '□はい ■いいえ', 'なし', '該当なし']), '\n')
    if any_yes and p(0.4):
        d.add('\n', ch(['補足：', '備考：', '募集人メモ：']), sens_sentence(), '\n')
    d.add('\n', ch(['告知者署名：', '署名　', '告知者：']), per.full(), '\n')
    if p(0.25):
        rel = Person('adult', sei=(per.sei, per.sei_k, per.sei_r))
        d.add('代筆者：', rel.full(), ch(['（続柄：長男）', '（続柄：長女）', '（配偶者）']), '\n')
    st = staff()
    d.add('募集人：', ch([st.full(), st.surname()]), '（募集人コード ', N(digits(10), 'agent-code'), '）\n')
    d.add('※ご記入いただいた', L(ch(LOOK['policy-category']), 'policy-category'), 'は引受審査の目的にのみ利用します。\n')
    return d


def gen_kokuchi_blank(i):
    enc, nl = pick_enc()
    d = Doc(f'forms/blank_{i:04d}.txt', 'kokuchi-blank', enc, nl)
    d.add(ch(['告知書（記入用）', '健康状態告知書【様式】', '告知書　見本']), ' ', L(ch(LOOK['product-name']), 'product-name'), '\n\n')
    d.add('氏名：＿＿＿＿＿＿＿＿\n生年月日：昭和・平成　　年　　月　　日\n電話番号：（　　　）　　－\n\n')
    qs = list(LOOK['form-question'])
    R.shuffle(qs)
    for k, q in enumerate(qs[:ri(4, 7)], 1):
        d.add(f'{k}. ', L(q, 'form-question'), '。　□はい　□いいえ\n')
        if p(0.4):
            d.add('　「はい」の場合：病名（　　　　）医療機関（　　　　）時期（　　年　　月）\n')
    d.add('\n', ch(['※告知義務違反があった場合、契約を解除することがあります。', '※事実と異なる告知は契約解除の対象となります。']), '\n')
    d.add('※', L(ch(LOOK['policy-category']), 'policy-category'), 'の取扱いについては当社プライバシーポリシーをご覧ください。\n')
    d.add('様式番号 ', N(f'KK-{ri(10, 99)}-{ri(1, 9)}', 'form-number'), '　改定 ', neg_date('ordinary-date', 2020, 2024), '\n')
    return d


def gen_moushikomi(i):
    enc, nl = pick_enc()
    layout = ch(['same', 'above', 'bracket', 'same'])
    d = Doc(f'forms/moushikomi_{i:04d}.txt', f'application-{layout}', enc, nl)
    kind = ch(['医療保険', '自動車保険', '火災保険', 'がん保険', '学資保険', '個人年金保険'])
    d.add(ch(['保険契約申込書', '申込書（控）', 'お申込み内容確認書']), '（', L(kind, 'product-name') if kind in ('医療保険', 'がん保険') else kind, '）\n')
    d.add('申込日：', neg_date('ordinary-date', 2024, 2025), '　受付番号：', N(receipt_no(), 'receipt-number'), '\n\n')
    holder = Person('parent' if kind == '学資保険' else 'adult')
    d.add(ch(['■契約者', '〔契約者〕', '◆契約者情報']), '\n')
    field(d, layout, '氏名', holder.full())
    field(d, layout, ch(['フリガナ', 'カナ']), holder.kana())
    field(d, layout, '生年月日', dob_seg(holder))
    field(d, layout, '住所', postal() + ['　', address()])
    field(d, layout, ch(['自宅電話', '電話']), phone('land'))
    field(d, layout, ch(['携帯電話', '携帯', '緊急連絡先']), phone('mobile', unalloc_prob=0.2))
    if p(0.5):
        field(d, layout, ch(['メール', 'E-mail']), email_of(holder))
    if kind == '学資保険':
        child = Person('child', sei=(holder.sei, holder.sei_k, holder.sei_r))
        d.add('\n■被保険者（お子さま）\n')
        field(d, layout, '氏名', child.full())
        field(d, layout, ch(['生年月日', '誕生日']), dob_seg(child))
    elif p(0.5):
        ins = Person('adult', sei=(holder.sei, holder.sei_k, holder.sei_r))
        d.add('\n■被保険者（配偶者）\n')
        field(d, layout, '氏名', ins.full())
        field(d, layout, '生年月日', dob_seg(ins))
    d.add('\n■受取人\n')
    ben = Person('adult', sei=(holder.sei, holder.sei_k, holder.sei_r))
    d.add('氏名：', ben.full(), '　続柄：', ch(['配偶者', '子', '父' if ben.sex == 'M' else '母']), '\n')
    d.add('\n■契約内容\n')
    d.add(ch(['始期日', '責任開始日', '保険期間開始']), '：', neg_date('ordinary-date', 2024, 2026), '\n')
    d.add('保険料：', N(amount(), 'amount'), '\n')
    if kind == '自動車保険':
        d.add(ch(['運転免許証番号：', '免許証番号\n', '免許証No. ']), E('DRIVERS_LICENSE', license_no()), '\n')
        d.add('免許証の色：', ch(['ゴールド', 'ブルー']), '　有効期限：', neg_date('ordinary-date', 2026, 2029), '\n')
        d.add('車台番号：', N(f'{ch(["ZVW", "NHP", "DBA"])}{ri(10, 60)}-{digits(7)}', 'product-code'), '\n')
    if p(0.5):
        d.add('\n■保険料払込方法：口座振替\n', ch(['金融機関：あおば銀行 駅前支店\n', '金融機関：みなと信用金庫 本店営業部\n']),
              '預金種目：普通　', ch(['口座番号：', '口座番号 ']), E('BANK_ACCOUNT', digits(7)), '\n')
        d.add('口座名義：', holder.kana(sep=' '), '\n')
    else:
        d.add('\n■保険料払込方法：クレジットカード\n', ch(['カード番号：', 'クレジットカード番号 ']), E('CREDIT_CARD', card_number()),
              '　有効期限：', N(f'{ri(1, 12):02d}/{ri(26, 31)}', 'expiry'), '\n')
    if kind in ('個人年金保険',) or p(0.15):
        d.add(ch(['個人番号（マイナンバー）：', 'マイナンバー ', '個人番号\n']), E('MY_NUMBER', my_number()), '\n')
    if p(0.45):
        d.add('\n')
        hi_block(d)
    if p(0.5):
        d.add('\n備考：', memo_cell(), '\n')
    d.add('\n')
    misc_neg_line(d, 0.6)
    st = staff_line(d, '取扱者：')
    return d


TABLE_DOB_HEADERS = ['生年月日', '誕生日', '生年月日(和暦)', 'birthday', 'DOB', 'Birth Date', '生年月日（西暦）', 'BIRTHDAY',
                     '誕生日(YYYYMMDD)', '生年月日 ', 'Birthday', '本人生年月日']


def dob_style_for(header):
    if '和暦' in header:
        return ch(['wa_kanji', 'wa_letter_dot', 'wa_letter_slash', 'wa_short_dot', 'wa_letter_hyphen', 'wa_letter_nodot'])
    if 'YYYYMMDD' in header:
        return 'compact'
    if '西暦' in header:
        return ch(['kanji', 'slash', 'hyphen', 'slash_np'])
    if header.strip() in ('birthday', 'DOB', 'Birth Date', 'BIRTHDAY', 'Birthday'):
        return ch(['slash', 'hyphen', 'en_us', 'compact', 'en_dmy', 'slash_np', 'dot_pad' if False else 'dot'])
    return ch(JP_STYLES + ['slash', 'slash', 'compact', 'wa_letter_slash'])


def gen_table(i, fmt):
    enc, nl = pick_enc(0.15 if fmt == 'csv' else 0.0)
    if fmt == 'md':
        nl = '\n'
        enc = 'utf-8'
    org = ch(['agency', 'agency', 'school', 'desk'])
    cols = []
    if org == 'school':
        cols.append(('student', ch(['生徒氏名', '生徒名', '氏名'])))
        if p(0.6):
            cols.append(('kana', ch(['ふりがな', 'フリガナ'])))
        if p(0.8):
            cols.append(('dob', ch(TABLE_DOB_HEADERS)))
        cols.append(('grade', '学年'))
        cols.append(('parent', ch(['保護者氏名', '保護者', '保護者名'])))
        cols.append(('phone', ch(['保護者携帯', '連絡先', '緊急連絡先', '電話番号', 'TEL'])))
        if p(0.4):
            cols.append(('email', ch(['メール', '連絡用メール'])))
        cols.append(('ndate', ch(['入塾日', '入会日', '面談日'])))
        cols.append(('memo', ch(['備考', '配慮事項', '特記事項', '健康面'])))
    else:
        cols.append(('name', ch(['氏名', '契約者名', 'お名前', '契約者氏名', '被保険者名', 'Name', '名前', '相談者氏名'])))
        if p(0.55):
            cols.append(('kana', ch(['フリガナ', 'カナ', 'ふりがな', '氏名カナ', 'セイメイ'])))
        if p(0.8):
            cols.append(('dob', ch(TABLE_DOB_HEADERS)))
        if p(0.3):
            cols.append(('age', ch(['年齢', '満年齢'])))
        if p(0.85):
            cols.append(('phone', ch(['電話番号', 'TEL', '携帯', '携帯電話', '連絡先', '自宅電話', 'Mobile', '電話'])))
        if p(0.45):
            cols.append(('postal', ch(['郵便番号', '〒', 'ZIP', '郵便'])))
            cols.append(('addr', ch(['住所', 'ご住所', '現住所'])))
        if p(0.3):
            cols.append(('email', ch(['メール', 'E-mail', 'メールアドレス', 'mail'])))
        if org == 'agency':
            cols.append(('policy', ch(['証券番号', '契約番号', '受付番号', '証券No'])))
            cols.append(('ndate', ch(['契約日', '始期日', '満期日', '更新日', '申込日', '告知日'])))
            if p(0.5):
                cols.append(('product', ch(['商品名', '保険種類', '商品'])))
            if p(0.4):
                cols.append(('premium', ch(['保険料', '月額保険料'])))
            if p(0.35):
                cols.append(('hs', '保険者番号'))
                cols.append(('kigo', '記号'))
                cols.append(('bango', '番号'))
                if p(0.3):
                    cols.append(('edaban', '枝番'))
            if p(0.1):
                cols.append(('bank', '口座番号'))
        else:
            cols.append(('ndate', ch(['相談日', '受付日', '初回面談日'])))
            if p(0.2):
                cols.append(('pension', '基礎年金番号'))
        cols.append(('memo', ch(['備考', 'メモ', '特記事項', '告知内容', '担当メモ', 'メモ欄', 'コメント', '相談内容'])))
        if p(0.5):
            cols.append(('staff', ch(['担当', '担当者', '受付者'])))
    if p(0.3):
        # shuffle middle columns a little
        mid = cols[1:-1]
        R.shuffle(mid)
        cols = [cols[0]] + mid + [cols[-1]]
    nrows = max(3, min(16, 2600 // (14 * len(cols) + 20)))
    nrows = ri(max(3, nrows // 2), nrows)
    dob_header = [h for c, h in cols if c == 'dob']
    dstyle = dob_style_for(dob_header[0]) if dob_header else None
    mixed = p(0.2)
    nstyle = ch(['slash', 'kanji', 'hyphen', 'wa_letter_dot', dstyle or 'slash', 'compact'])
    pstyle = ch(PHONE_STYLES)
    pmixed = p(0.3)
    shape_bits = []
    if dob_header:
        shape_bits.append('dob-header')
    if any(c == 'kigo' for c, _ in cols):
        shape_bits.append('hi-columns')
    shape = f'{fmt}-{org}-' + ('-'.join(shape_bits) or 'list')
    folder = 'tables'
    d = Doc(f'{folder}/{org}_{i:04d}.{fmt}', shape, enc, nl)
    sep = '\t' if fmt == 'tsv' else ','
    headers = [h for _, h in cols]
    if fmt == 'md':
        d.add('## ', ch(['契約者一覧', '顧客リスト', '相談者一覧', '在籍生徒一覧', '名簿']), '\n\n')
        d.md_row(headers)
        d.add('|' + '|'.join('---' for _ in headers) + '|\n')
    else:
        d.table_row(headers, sep, quote_all=p(0.15))
    quote_all = p(0.1)
    for _ in range(nrows):
        per = Person('student' if org == 'school' else ('elder' if org == 'desk' and p(0.5) else 'adult'))
        par = Person('parent', sei=(per.sei, per.sei_k, per.sei_r)) if org == 'school' else None
        row = []
        for c, h in cols:
            if c in ('name', 'student'):
                row.append(per.full() if p(0.9) else per.full(''))
            elif c == 'kana':
                row.append(per.kana(hiragana=(h == 'ふりがな'), sep=' '))
            elif c == 'dob':
                st = dob_style_for(h) if mixed else dstyle
                if fmt != 'md' and st.startswith('kanji_wd'):
                    st = 'kanji'
                row.append(E('DATE_OF_BIRTH', fmt_date(per.dob, st)))
            elif c == 'age':
                row.append(str(age_at(per.dob)))
            elif c == 'grade':
                row.append(ch(['小5', '小6', '中1', '中2', '中3', '高1', '高2', '高3']))
            elif c == 'parent':
                row.append(par.full())
            elif c == 'phone':
                row.append(phone(style=ch(PHONE_STYLES) if pmixed else pstyle, unalloc_prob=0.12))
            elif c == 'postal':
                row.append(E('POSTAL_CODE', ch([f'{digits(3)}-{digits(4)}', digits(7), fw(f'{digits(3)}-{digits(4)}')])))
            elif c == 'addr':
                row.append(address())
            elif c == 'email':
                row.append(email_of(par or per))
            elif c == 'policy':
                row.append(N(policy_no() if '証券' in h else (contract_no() if '契約' in h else receipt_no()), 'policy-number'))
            elif c == 'ndate':
                row.append(N(fmt_date(rand_date(2019, 2025), nstyle), 'ordinary-date'))
            elif c == 'product':
                row.append(ch([L(ch(LOOK['product-name']), 'product-name'), '火災保険', '自動車保険', '学資保険']))
            elif c == 'premium':
                row.append(N(f'{ri(1, 30)},{ri(0, 9)}{ri(0, 9)}0', 'amount'))
            elif c == 'hs':
                row.append(hs_entity())
            elif c == 'kigo':
                row.append(E('HEALTH_INSURANCE', hi_kigo()))
            elif c == 'bango':
                row.append(E('HEALTH_INSURANCE', hi_bango()))
            elif c == 'edaban':
                row.append(E('HEALTH_INSURANCE', f'{ri(0, 5):02d}', note='枝番'))
            elif c == 'bank':
                row.append(E('BANK_ACCOUNT', digits(7)))
            elif c == 'pension':
                row.append(E('PENSION_NUMBER', pension_no()))
            elif c == 'memo':
                m = memo_cell(0.5, 0.3)
                if fmt != 'md' and p(0.12):
                    m = m + ['\n', ch(NEUTRAL_MEMO)]
                row.append(m)
            elif c == 'staff':
                row.append(staff().surname())
        if fmt == 'md':
            d.md_row(row)
        else:
            d.table_row(row, sep, quote_all=quote_all)
    return d


def gen_csv_noheader(i):
    enc, nl = pick_enc(0.2)
    d = Doc(f'tables/noheader_{i:04d}.csv', 'csv-no-header', enc, nl)
    for _ in range(ri(5, 14)):
        per = Person('adult')
        d.table_row([N(contract_no(), 'policy-number'), per.full(), per.kana(sep=' '), phone(style=ch(['hy', 'none', 'hy'])),
                     email_of(per), N(fmt_date(rand_date(2020, 2025), 'slash'), 'ordinary-date'),
                     N(str(ri(1000, 40000)), 'amount')])
    return d


SCHOOLS = ['市立第二中学校', '市立桜台小学校', '県立北高等学校', '私立明和中学校', '市立緑が丘中学校', '市立東小学校']


def kid_call(kid):
    return [kid.given(), ch(['くん', 'さん', 'ちゃん', 'さん'])]


def gen_karte(i):
    enc, nl = pick_enc()
    layout = ch(['same', 'same', 'above', 'bracket'])
    ext = ch(['txt', 'txt', 'md'])
    d = Doc(f'school/karte_{i:04d}.{ext}', f'student-karte-{layout}', enc, nl)
    kid = Person('student')
    par = Person('parent', sei=(kid.sei, kid.sei_k, kid.sei_r), sex=ch('FFM'))
    d.add('# ' if ext == 'md' else '', ch(['生徒カルテ', '生徒情報シート', '個人カルテ', '生徒台帳']), '（', SCHOOL, ' ', ch(BRANCHES[1:4]), '）\n')
    d.add('作成日：', neg_date('ordinary-date', 2023, 2025), '　')
    staff_line(d, '担当講師：')
    d.add('\n')
    field(d, layout, ch(['生徒氏名', '氏名', '生徒名']), kid.full())
    field(d, layout, ch(['ふりがな', 'フリガナ']), kid.kana(hiragana=p(0.6)))
    field(d, layout, ch(['生年月日', '誕生日', '生年月日']), dob_seg(kid, suffix=ch(['', 'age', ''])))
    field(d, layout, '学校・学年', f'{ch(SCHOOLS)} {ch(["1年", "2年", "3年", "5年", "6年"])}')
    field(d, layout, ch(['入塾日', '入会日', '入塾年月日']), neg_date('ordinary-date', 2021, 2025, style=ch(JP_STYLES)))
    field(d, layout, ch(['保護者氏名', '保護者', '保護者名']), [par.full(), '（', ch(['母', '父', '母', '祖母']) if par.sex == 'F' else '父', '）'])
    field(d, layout, ch(['連絡先（母携帯）', '保護者携帯', '緊急連絡先', '連絡先', '携帯']), phone('mobile', unalloc_prob=0.2))
    if p(0.5):
        field(d, layout, ch(['自宅', '自宅電話', 'TEL']), phone('land'))
    if p(0.5):
        field(d, layout, '住所', postal() + [' ', address()])
    if p(0.5):
        field(d, layout, ch(['メール', '連絡用メール']), email_of(par))
    if p(0.25):
        field(d, layout, ch(['保護者生年月日', '保護者の生年月日']), dob_seg(par, suffix=''))
    d.add('\n', ch(['■健康・配慮事項', '【配慮事項】', '◆健康面']), '\n')
    r = R.random()
    if r < 0.55:
        d.add('・', sens_sentence(['illness', 'disability']), '\n')
        if p(0.3):
            d.add('・', sens_sentence(['illness', 'disability']), '\n')
    elif r < 0.75:
        d.add('・特になし（', look(ch(['pet-illness', 'generic-service'])), '）\n')
    else:
        d.add('・特になし\n')
    d.add('\n', ch(['■面談記録', '【面談メモ】', '◆保護者面談']), '\n')
    for _ in range(ri(1, 3)):
        d.add(neg_date('meeting-date', 2023, 2025, style=ch(['slash', 'kanji', 'wa_letter_dot', 'slash_np'])), ' ')
        v = R.random()
        if v < 0.3:
            d.add(ch(['母より：', '父より：', '保護者より、']), kid_call(kid), ch(['は', 'について、']), sens(['illness', 'disability', 'crime_victim']),
                  ch(['とのこと。', '。学校には伝えてある。', '。授業中の配慮を希望。']), '\n')
        elif v < 0.5:
            d.add(kid_call(kid), 'の', ch(['成績は安定。', '数学の伸びが大きい。', '英語の小テストが不調。']), look(ch(['pet-illness', 'news-disease'])),
                  ch(['で元気がないとのこと。', 'の影響で欠席が続いた。']), '\n')
        elif v < 0.65:
            d.add('志望校：', ch(['県立北高校', '私立明和高校', '市立西高校']), '。', ch([[L(ch(['システム障害', 'サーバー障害', '通信障害', 'メール配信の障害']), 'system-failure'),
                  'で成績表の送付が遅れた旨お詫び。'], '模試の結果を共有。']), '\n')
        elif v < 0.8:
            d.add(ch(['母', '父']), '（', par.surname(), '様）から電話。', ch(['家庭で', '']), sens_sentence(['illness', 'crime_victim', 'creed', 'other']), '\n')
        else:
            d.add('講習の日程調整。', kid_call(kid), 'は部活のため火曜不可。\n')
    return d


def gen_hogosha(i):
    enc, nl = pick_enc()
    kind = ch(['form', 'form', 'list'])
    if kind == 'list':
        fmt = ch(['csv', 'md', 'tsv'])
        if fmt == 'md':
            enc, nl = 'utf-8', '\n'
        d = Doc(f'school/renraku_list_{i:04d}.{fmt}', f'{fmt}-parent-student-row', enc, nl)
        hdr = [ch(['生徒', '生徒氏名']), ch(['保護者', '保護者氏名']), '続柄', ch(['連絡先', '電話', '携帯']), ch(['連絡事項', '備考'])]
        if p(0.5):
            hdr.insert(1, ch(['生年月日', '誕生日']))
        sep = '\t' if fmt == 'tsv' else ','
        if fmt == 'md':
            d.add('### 保護者連絡票（', neg_date('ordinary-date', 2024, 2025, style='kanji'), '）\n\n')
            d.md_row(hdr)
            d.add('|' + '|'.join('---' for _ in hdr) + '|\n')
        else:
            d.table_row(hdr, sep)
        for _ in range(ri(4, 12)):
            kid = Person('student')
            par = Person('parent', sei=(kid.sei, kid.sei_k, kid.sei_r))
            row = [kid.full(), par.full(), ch(['母', '父']) if par.sex == 'M' and False else ('母' if par.sex == 'F' else '父'),
                   phone('mobile', style=ch(['hy', 'none', 'hy', 'fw']), unalloc_prob=0.1),
                   ch([[kid.given(), 'は', sens(['illness', 'disability']), '。'], memo_cell(0.3, 0.3), '欠席連絡あり（体調不良）', '振替希望'])]
            if len(hdr) == 6:
                row.insert(1, E('DATE_OF_BIRTH', fmt_date(kid.dob, ch(['slash', 'wa_letter_dot', 'kanji', 'compact']))))
            if fmt == 'md':
                d.md_row(row)
            else:
                d.table_row(row, sep)
        return d
    d = Doc(f'school/renraku_{i:04d}.txt', 'parent-contact-slip', enc, nl)
    kid = Person('student')
    par = Person('parent', sei=(kid.sei, kid.sei_k, kid.sei_r))
    d.add(ch(['保護者連絡票', '連絡票（保護者→塾）', 'ご家庭からの連絡票']), '\n')
    d.add('提出日：', neg_date('ordinary-date', 2024, 2025), '\n')
    d.add('生徒氏名：', kid.full(), '（', ch(['中2', '小6', '高1', '中3']), '）　保護者：', par.full(), '\n')
    d.add('連絡先：', phone('mobile', unalloc_prob=0.15), '\n\n')
    d.add('連絡内容：\n')
    v = R.random()
    if v < 0.5:
        d.add('いつもお世話になっております。', kid_call(kid), 'ですが、', sens(['illness', 'disability']), ch(['のため、', 'で、']),
              ch(['来週の模試は欠席させてください。', '座席を前の方にしていただけますか。', 'しばらく早退させます。']), '\n')
    elif v < 0.7:
        d.add('学校で', sens(['crime_victim'], pool=[('同級生から暴行され被害届', 'crime_victim'), ('いじめで暴行を受けた', 'crime_victim'),
                                                  ('SNSで脅迫される被害', 'crime_victim')]),
              'の件があり、しばらく送迎します。\n')
    elif v < 0.85:
        d.add('家で飼っている', look('pet-illness'), 'で、今週は振替をお願いします。\n')
    else:
        d.add('夏期講習の申込みについて、', L(ch(LOOK['seminar-title']), 'seminar-title'), 'の日と重なるため日程変更を希望します。\n')
    d.add('\n受付：', staff().surname(), '\n')
    return d


FAMILY = ['夫', '妻', '長男', '長女', '次男', '母', '父', '孫']
DEBT = ['消費者金融など4社から約300万円の借入があり返済が困難。', '家賃を2か月滞納している。', 'カードローンの返済が滞っている。',
        '携帯料金の未払いで回線停止。', '奨学金の返済猶予を検討。', '公共料金の督促状が届いている。', '親族からの借金が50万円ある。']
CONSULT_NEUTRAL = ['就労先を探している。', '住居の確保が急務。', '食料の支援を希望。', '今後も定期的に面談予定。',
                   '本人は落ち着いて話していた。', '次回は書類を持参予定。', '家計簿の付け方を助言。', '子どもの学費が心配とのこと。']


def gen_consult(i):
    enc, nl = pick_enc()
    layout = ch(['same', 'same', 'above', 'bracket'])
    d = Doc(f'consult/soudan_{i:04d}.txt', f'consult-record-{layout}', enc, nl)
    foreign = p(0.12)
    per = Person('elder' if p(0.35) else 'adult', foreign=foreign)
    d.add(ch(['相談記録票', '相談受付票', '面接記録', '生活相談記録']), '　', DESK, '\n')
    field(d, layout, '受付番号', N(receipt_no(), 'receipt-number'))
    field(d, layout, ch(['相談日', '受付日', '面接日']), neg_date('ordinary-date', 2023, 2025, with_time=p(0.3)))
    st = staff()
    field(d, layout, ch(['相談員', '担当', '面接者']), ch([st.full(), st.surname()]))
    field(d, layout, '相談方法', ch(['来所', '電話', '訪問', 'オンライン']))
    field(d, layout, ch(['相談者氏名', '氏名', '相談者']), per.full() if not foreign else ch([per.full(), per.roma('SF')]))
    if not foreign and p(0.6):
        field(d, layout, ch(['ふりがな', 'フリガナ']), per.kana(hiragana=p(0.5)))
    field(d, layout, ch(['生年月日', '生年月日', '誕生日']), dob_seg(per, style=ch(EN_STYLES) if foreign and p(0.5) else None))
    if p(0.7):
        field(d, layout, '住所', postal() + [' ', address()])
    field(d, layout, ch(['電話', '連絡先', '携帯']), phone(unalloc_prob=0.15))
    if foreign:
        if p(0.6):
            field(d, layout, '在留カード番号', E('RESIDENCE_CARD', residence_no()))
        if p(0.6):
            field(d, layout, ch(['旅券番号', 'パスポート番号']), E('PASSPORT', passport_no()))
        field(d, layout, '国籍', ch(['フィリピン', 'ベトナム', 'ブラジル', 'ペルー']))
    if p(0.25):
        field(d, layout, '基礎年金番号', E('PENSION_NUMBER', pension_no()))
    if p(0.08):
        field(d, layout, '個人番号', E('MY_NUMBER', my_number()))
    misc_neg_line(d, 0.3)
    d.add('\n', ch(['【世帯構成】', '■家族', '世帯：']), '\n')
    for _ in range(ri(0, 3)):
        rel = ch(FAMILY)
        if rel in ('夫', '妻'):
            rel = '妻' if per.sex == 'M' else '夫'
        fk = {'母': 'elder', '父': 'elder', '孫': 'child', '長男': ch(['adult', 'student']), '長女': ch(['adult', 'student']),
              '次男': 'student'}.get(rel, 'adult')
        fsex = 'M' if rel in ('夫', '長男', '次男', '父') else ('F' if rel in ('妻', '長女', '母') else None)
        fam = Person(fk, sex=fsex, sei=None if foreign else (per.sei, per.sei_k, per.sei_r), foreign=foreign)
        v = R.random()
        if v < 0.5:
            d.add('・', rel, '：', fam.given() if not foreign else fam.full(), f'（{age_at(fam.dob)}）', '\n')
        elif v < 0.8:
            d.add('・', rel, '　', fam.full(), '　', E('DATE_OF_BIRTH', fmt_date(fam.dob, ch(['wa_letter_dot', 'slash', 'wa_kanji', 'kanji']))), '生\n')
        else:
            d.add('・', rel, f'（{age_at(fam.dob)}歳）', ch(['', '：', sens(['illness', 'disability'])]), '\n')
    d.add('\n', ch(['【相談内容】', '■相談内容', '相談内容：', '＜主訴＞']), '\n')
    sents = []
    for _ in range(ri(2, 5)):
        v = R.random()
        if v < 0.55:
            sents.append(ch([[ch(['', '本人は', 'ご本人の話では、', '相談者は', '本人によると']), sens(), ch(['。', 'とのこと。', 'と話す。', '。'])],
                             [ch(FAMILY), 'が', sens(['illness', 'disability', 'criminal_record']), ch(['。', 'で介護が必要。', 'とのこと。'])],
                             sens_sentence()]))
        elif v < 0.75:
            sents.append(ch(DEBT))
        elif v < 0.88:
            sents.append(ch(CONSULT_NEUTRAL))
        else:
            sents.append([look(ch(['awareness-campaign', 'seminar-title', 'hospital-place', 'generic-service'])),
                          ch(['のチラシを見て来所。', 'を案内した。', 'について説明。'])])
    for s in sents:
        d.add(s)
        d.add(ch(['', '\n']))
    d.add('\n\n', ch(['【対応・方針】', '■対応', '今後の方針：']), '\n')
    d.add(ch([[L(ch(['障害福祉課', '障害者就業・生活支援センター', '地域包括支援センター', '配偶者暴力相談支援センター', '法テラス']), 'office-name'), 'へつなぐ。'],
              ['次回', neg_date('appointment-date', 2025, 2025, style=ch(['slash_np', 'kanji', 'slash_wd'])), 'に再来所予定。'],
              [L(ch(LOOK['job-category']), 'job-category'), 'と同行訪問を検討。']]), '\n')
    return d


def chat_msg(client, kid, speakers):
    """One chat message body (segments)."""
    v = R.random()
    cs = client
    if v < 0.14:
        return [cs.surname(), ch(['様の告知、', 'さんの件、', '様、']), sens(), ch(['とのことです', 'でした', 'みたいです', 'って書いてありました'])]
    if v < 0.22:
        return [cs.given(), 'さん', ch(['、', 'って']), sens(['illness', 'disability', 'other']), ch(['らしいです', 'なので無理させないで', 'とのこと'])]
    if v < 0.3:
        return [cs.surname(), ch(['さん', '様']), ch(['、', 'は']), sens(['crime_victim', 'criminal_record', 'creed', 'social_status']),
                ch(['らしく、来週相談に来られます', 'とのこと。対応注意で', 'って話してました'])]
    if v < 0.36:
        return [kid.given(), ch(['くん', 'ちゃん', 'さん']), ch(['、', 'は']), sens(['illness', 'disability']),
                ch(['なので席は前で', 'で今日はお休みです', 'と連絡ありました'])]
    if v < 0.43:
        return [cs.surname(), ch(['さんの携帯 ', '様の連絡先 ', '様 TEL ']), phone('mobile', unalloc_prob=0.2), ch(['です', '', ' に折り返しお願いします'])]
    if v < 0.47:
        return [cs.surname(), '様のメール ', email_of(cs), ' 宛に送りました']
    if v < 0.53:
        return [look('system-failure'), ch(['で今日の処理止まってます', '、復旧見込み15時', 'の件、本部に報告済み'])]
    if v < 0.58:
        return [ch(['うちの', 'すみません、']), look('pet-illness'), ch(['で今日は早退します', 'なので明日午後休みます'])]
    if v < 0.63:
        return [look(ch(['product-name', 'seminar-title'])), ch(['の資料届きました', 'の申込み3件ありました', 'の案内、掲示板に貼りました'])]
    if v < 0.67:
        return [look(ch(['hospital-place'])), ch(['に11時です', 'まで車で迎えに行きます', 'の件、了解です'])]
    if v < 0.72:
        return [cs.surname(), '様、', ch(['生年月日は', '誕生日']), E('DATE_OF_BIRTH', fmt_date(cs.dob, ch(['wa_letter_dot', 'slash', 'kanji', 'wa_kanji', 'compact']))),
                ch(['で合ってます', 'です', 'でした（申込書の記載ミス）'])]
    if v < 0.76:
        return ['明日の', neg_date('appointment-date', 2025, 2025, style=ch(['slash_np', 'kanji'])), ' ', ch(['10時', '14時半']), 'に', cs.surname(), '様来店予定です']
    return [ch(['了解です', 'ありがとうございます！', '承知しました', 'お疲れさまです', '確認します', 'よろしくお願いします', 'OKです', '👍'])]


def gen_chat(i):
    enc, nl = pick_enc()
    style = ch(['bracket', 'name_time', 'line_export', 'kagi', 'slack', 'colon_san', 'bracket_full'])
    d = Doc(f'chat/chat_{i:04d}.txt', f'chat-{style}', enc, nl)
    speakers = [staff() for _ in range(ri(2, 3))]
    if p(0.3):
        speakers.append(Person('parent'))
    client = Person('adult')
    kid = Person('student')
    if style == 'line_export':
        d.add('[LINE] ', ch(['営業チーム', '北口校 講師', '相談窓口スタッフ']), 'のトーク履歴\n保存日時：',
              neg_date('chat-date', 2025, 2025, style='slash', with_time=True), '\n\n')
    h, m = ri(8, 17), ri(0, 50)
    day = rand_date(2024, 2025)
    if style == 'line_export':
        d.add(N(fmt_date(day, 'slash_wd'), 'chat-date'), '\n')
    for k in range(ri(6, 16)):
        sp = ch(speakers)
        m += ri(0, 9)
        if m >= 60:
            h, m = h + 1, m - 60
        t = f'{h}:{m:02d}'
        body = chat_msg(client, kid, speakers)
        if style == 'bracket':
            d.add(f'[{t}] ', sp.surname(), ': ', body, '\n')
        elif style == 'bracket_full':
            d.add(f'[{day.year}/{day.month:02d}/{day.day:02d} {h:02d}:{m:02d}] ', sp.full(' '), ': ', body, '\n')
        elif style == 'name_time':
            d.add(sp.surname(), f' {t}\n', body, '\n\n')
        elif style == 'line_export':
            d.add(f'{h:02d}:{m:02d}\t', sp.full(ch([' ', ''])), '\t', body, '\n')
        elif style == 'kagi':
            d.add(f'{t} ', sp.surname(), '「', body, '」\n')
        elif style == 'slack':
            ap = 'AM' if h < 12 else 'PM'
            d.add(sp.full(' '), f'  {h if h <= 12 else h - 12}:{m:02d} {ap}\n', body, '\n')
        else:
            d.add(sp.surname(), ch(['さん：', 'さん: ']), body, '\n')
    return d


def mail_headers(d, frm_name, frm_email, to_name, to_email, subject, charset, date_en=True, cc=None):
    d.add('From: ', frm_name, ' <', frm_email, '>\n')
    d.add('To: ', to_name, ' <', to_email, '>\n')
    if cc:
        d.add('Cc: ', cc, '\n')
    d.add('Subject: ', subject, '\n')
    dd = rand_date(2024, 2025)
    d.add('Date: ', N(f'{WD_E[dd.weekday()]}, {dd.day:02d} {MON_AB[dd.month - 1]} {dd.year} {ri(8, 19):02d}:{ri(0, 59):02d}:{ri(0, 59):02d} +0900', 'mail-date'), '\n')
    if p(0.5):
        d.add('Message-ID: ', N(f'<{dd.year}{dd.month:02d}{dd.day:02d}{digits(6)}.{digits(5)}@mx.{AG_DOMAIN}>', 'message-id'), '\n')
    d.add('MIME-Version: 1.0\n', f'Content-Type: text/plain; charset={charset}\n', 'Content-Transfer-Encoding: 8bit\n\n')


def signature(d, st, org='agency'):
    d.add('\n', ch(['--', '――――――――――――', '-----------------------------', '＿＿＿＿＿＿＿＿']), '\n')
    if org == 'agency':
        d.add(AGENCY, '\n', ch(['営業部　', '保全課 ', '', '中央支店　']), st.full(), ch(['', '（', ' / ']), '')
        if p(0.4):
            d.add('（', st.kana(sep=' '), '）')
        d.add('\n')
        if p(0.5):
            d.add(AG_POSTAL, ' ', AG_ADDR, '\n')
        d.add('TEL：', AG_PHONE, ch(['　FAX：', ' / FAX ']), AG_FAX, '\n')
        if p(0.5):
            d.add('直通：', phone('mobile', style=ch(['hy', 'none'])), '\n')
        d.add('Mail：', staff_email(st), '\n')
    elif org == 'school':
        d.add(SCHOOL, ' ', ch(BRANCHES[1:4]), '　講師 ', st.full(), '\n', 'TEL ', SC_PHONE, '\n', staff_email(st, SC_DOMAIN), '\n')
    else:
        d.add(DESK, '\n相談員 ', st.full(), '\n電話 ', DESK_PHONE, '\n')


def gen_mail_jp(i):
    cs = ch(['utf-8', 'utf-8', 'shift_jis'])
    enc = 'cp932' if cs == 'shift_jis' else 'utf-8'
    nl = ch(['\n', '\r\n'])
    topic = ch(['kokuchi', 'address', 'hi', 'absence', 'consult', 'apology', 'seminar', 'claim', 'renewal', 'kokuchi'])
    d = Doc(f'mail/jp_{i:04d}.eml', f'mail-jp-{topic}', enc, nl)
    cust = Person('parent' if topic == 'absence' else 'adult')
    st = staff()
    org = 'school' if topic == 'absence' else ('desk' if topic == 'consult' else 'agency')
    dom = {'agency': AG_DOMAIN, 'school': SC_DOMAIN, 'desk': DESK_DOMAIN}[org]
    inbound = p(0.55)
    subj = {'kokuchi': ['告知内容の補足について', 'Re: 告知書の記入について', ['【確認】', cust.surname(), '様 告知内容']],
            'address': ['住所変更のお願い', '転居に伴う変更手続き', 'Re: ご登録情報の変更'],
            'hi': ['保険証情報の送付', '健康保険証の記号番号について', 'Re: 給付金請求書類'],
            'absence': ['欠席のご連絡', '【連絡】しばらくお休みします', ['Re: ', cust.surname(), 'です（欠席連絡）']],
            'consult': ['相談予約の件', 'ご相談日時の確認', 'Re: 先日のご相談について'],
            'apology': ['【お詫び】メール誤送信について', 'お詫びとご報告', 'システム障害に関するお詫び'],
            'seminar': ['セミナーのご案内', '【ご案内】無料相談会', '保護者勉強会のお知らせ'],
            'claim': ['給付金請求について', '入院給付金のご請求', 'Re: 診断書の提出'],
            'renewal': ['更新のご案内', '満期のお知らせ', 'ご契約内容の確認']}[topic]
    subject = ch(subj)
    if isinstance(subject, str) and topic in ('apology',):
        if 'システム障害' in subject:
            subject = ['', L('システム障害', 'system-failure'), 'に関するお詫び']
    oname = {'agency': AGENCY_SHORT, 'school': SCHOOL, 'desk': 'くらしサポートセンター'}[org]
    if inbound:
        mail_headers(d, ch([cust.full(' '), ['"', cust.full(' '), '"'], cust.roma('FG')]), email_of(cust), [ch([oname + ' ', '']), st.surname(), '様'],
                     staff_email(st, dom), subject, cs)
    else:
        mail_headers(d, [ch([oname + ' ', '']), st.full(' ')], staff_email(st, dom), [cust.full(' '), ' 様'],
                     email_of(cust), subject, cs)
    if inbound:
        d.add(ch([oname, 'ご担当']), ' ', st.surname(), '様\n\n', ch(['いつもお世話になっております。', 'お世話になります。']), cust.full(), 'です。\n\n')
    else:
        d.add(cust.full(), ' 様\n\n', ch(['いつもお世話になっております。', 'お世話になっております。']), oname, 'の',
              st.surname(), 'です。\n\n')
    if topic == 'kokuchi':
        if inbound:
            d.add('先日お送りした告知書について補足です。\n', ch(['実は', '書き忘れていましたが、', '念のためお伝えすると、']), sens(['illness', 'disability', 'other']),
                  ch(['。', 'です。', 'でして、']), ch(['通院先は', '病院は']), ch(HOSPITALS), 'です。\n')
            if p(0.5):
                d.add('また、', sens(['illness']), ch(['もあります。', 'の薬も飲んでいます。']), '\n')
            d.add('生年月日の欄も', E('DATE_OF_BIRTH', fmt_date(cust.dob, jp_style())), ch(['の誤りでした。', 'に訂正をお願いします。']), '\n')
        else:
            d.add('告知書の内容について確認させてください。\n', '「', sens(['illness']), '」とご記入いただいておりますが、',
                  ch(['現在の治療状況', '通院の頻度', '最終の受診日']), 'を教えていただけますでしょうか。\n')
            d.add('※', L(ch(LOOK['product-name']), 'product-name'), 'の引受審査に必要となります。\n')
    elif topic == 'address':
        d.add('引っ越しましたので、登録住所の変更をお願いします。\n新住所：', postal(), ' ', address(), '\n',
              '電話：', phone(unalloc_prob=0.1), '\n')
        if p(0.5):
            d.add('生年月日：', dob_seg(cust), '\n証券番号：', N(policy_no(), 'policy-number'), '\n')
    elif topic == 'hi':
        d.add(ch(['給付金請求のため、', 'ご依頼の件、']), '保険証の情報をお送りします。\n')
        hi_block(d)
        d.add('被保険者：', cust.full(), '（', dob_seg(cust, suffix=''), '）\n')
    elif topic == 'absence':
        kid = Person('student', sei=(cust.sei, cust.sei_k, cust.sei_r))
        d.add(kid.full(), 'の', ch(['母', '父']), 'です。\n', kid.given(), ch(['が', 'ですが、']), sens(['illness', 'disability', 'crime_victim']),
              ch(['で、しばらく塾をお休みします。', 'のため、今週の授業は欠席します。', 'のため、振替をお願いできますか。']), '\n')
        if p(0.4):
            d.add('なお、', look('pet-illness'), ch(['で家がバタバタしております。', 'もあり、送迎が難しい日があります。']), '\n')
    elif topic == 'consult':
        if inbound:
            d.add('相談の予約をお願いしたいです。\n', ch(['', '電話では話しにくいのですが、']), sens(['crime_victim', 'illness', 'disability', 'criminal_record', 'social_status']),
                  ch(['。', 'ことで悩んでいます。', 'のことも相談できますか。']), '\n', DEBT[ri(0, len(DEBT) - 1)], '\n',
                  '連絡は', phone('mobile', unalloc_prob=0.2), 'にお願いします。\n')
        else:
            d.add('ご相談の日時は', neg_date('appointment-date', 2025, 2025, style='kanji_wd'), ' 14時からで承りました。\n',
                  ch(['', '当日は', L('障害福祉課', 'office-name'), 'の職員も同席します。\n']))
    elif topic == 'apology':
        d.add(neg_date('incident-date', 2024, 2025, with_time=True), 'に、', ch(['お客様宛のメールを誤って別の方へ送信', L('メールサーバの障害', 'system-failure')]),
              'が発生いたしました。\n対象となった情報は', L(ch(['氏名・電話番号', '氏名、生年月日、告知内容（病歴）', '契約者名と証券番号']), 'policy-category'),
              'です。\n深くお詫び申し上げます。\n')
    elif topic == 'seminar':
        d.add('下記のとおり', L(ch(LOOK['seminar-title']), 'seminar-title'), 'を開催します。\n日時：', neg_date('event-date', 2025, 2025, style='kanji_wd'),
              ' 13:30～\n会場：', ch(['市民会館 第2会議室', '当社セミナールーム', '北口校 教室A']), '\n', look('generic-service'), '。\n')
    elif topic == 'claim':
        if inbound:
            d.add(ch(['先月', '先週まで']), sens(['illness']), ch(['で入院していました。', 'で手術を受けました。']), '\n入院給付金の請求をしたいです。\n',
                  '入院期間：', N(fmt_date(rand_date(2024, 2025), 'slash'), 'hospital-stay-date'), '～', N(fmt_date(rand_date(2025, 2025), 'slash'), 'hospital-stay-date'), '\n')
        else:
            d.add('給付金請求書を同封します。診断書（', ch(HOSPITALS), '発行）とあわせてご返送ください。\n', '証券番号：', N(policy_no(), 'policy-number'), '\n')
            misc_neg_line(d, 0.7)
    else:
        misc_neg_line(d, 0.5)
        d.add('ご契約（', L(ch(LOOK['product-name']), 'product-name'), '）が', neg_date('ordinary-date', 2025, 2026), 'に満期を迎えます。\n',
              '証券番号：', N(policy_no(), 'policy-number'), '\n')
    if inbound:
        d.add('\nよろしくお願いいたします。\n\n', cust.full(), '\n')
        if p(0.5):
            d.add(phone('mobile', style=ch(['hy', 'none']), unalloc_prob=0.0), '\n')
        if p(0.3):
            d.add('\n> ', st.surname(), '様\n> いつもお世話になっております。\n')
    else:
        d.add('\nご不明点がございましたらお気軽にご連絡ください。\n')
        signature(d, st, org)
    return d


def gen_mail_en(i):
    nl = ch(['\n', '\r\n'])
    topic = ch(['intro', 'kokuchi', 'welfare', 'update', 'hi', 'school', 'incident'])
    d = Doc(f'mail_en/en_{i:04d}.eml', f'mail-en-{topic}', 'utf-8', nl)
    cust = Person('adult', foreign=p(0.4))
    st = staff()
    inbound = p(0.5)
    subj = {'intro': 'Introduction - new client', 'kokuchi': 'Health declaration follow-up', 'welfare': 'Referral for consultation',
            'update': 'Change of contact details', 'hi': 'Health insurance card details', 'school': 'Student absence',
            'incident': 'Notice of misdirected email'}[topic]
    if inbound:
        mail_headers(d, cust.roma('gf'), email_of(cust), st.roma('gf'), staff_email(st), subj, 'utf-8')
        d.add('Dear ', ch([['Mr./Ms. ', E('PERSON', st.sei_r)], [E('PERSON', st.mei_r)], [E('PERSON', st.sei_r), '-san']]), ',\n\n')
    else:
        mail_headers(d, st.roma('gf'), staff_email(st), cust.roma('gf'), email_of(cust), subj, 'utf-8')
        d.add('Dear ', E('PERSON', cust.mei_r), ',\n\n')
    per = Person('adult', foreign=p(0.4)) if topic in ('intro', 'welfare') else cust
    if topic == 'intro':
        d.add('I would like to introduce a new client who is interested in our ', look_en('product-name'), '.\n\n')
        d.add(ch(['Name', 'Client', 'Full name']), ': ', per.roma(ch(['gf', 'SF'])), '\n',
              ch(['DOB', 'Date of birth', 'Date of Birth', 'D.O.B.', 'Birthdate']), ': ', dob_seg(per, en=True), '\n',
              ch(['Phone', 'Mobile', 'Tel']), ': ', phone('mobile', style=ch(['p81hy', 'p81sp', 'p81none', 'p81paren0', 'hy']), unalloc_prob=0.15), '\n',
              'Email: ', email_of(per), '\n')
        d.add('Policy start date: ', neg_date('ordinary-date', 2025, 2025, en=True), '\n')
    elif topic == 'kokuchi':
        d.add('Thank you for returning the health declaration for ', per.roma('gf'), '. It states that the insured ',
              E('SENSITIVE', *ch(SENS_EN)), '. Could you tell us the name of the clinic and since when?\n')
        d.add('Declaration date: ', neg_date('ordinary-date', 2025, 2025, en=True), '\nDate of birth on file: ', dob_seg(per, en=True, suffix=''), '\n')
    elif topic == 'welfare':
        d.add('I am writing to refer ', per.roma('gf'), ' (born ', E('DATE_OF_BIRTH', fmt_date(per.dob, ch(EN_STYLES))), ') to your consultation desk.\n',
              ch(['She', 'He', 'The client']), ' ', E('SENSITIVE', *ch(SENS_EN)), ch([' and', '; the client']), ' also ', E('SENSITIVE', *ch(SENS_EN)), '.\n')
        if p(0.6):
            d.add('Residence card no.: ', E('RESIDENCE_CARD', residence_no()), '\n')
        else:
            d.add('Passport: ', E('PASSPORT', passport_no()), '\n')
        d.add('Contact: ', phone(style=ch(['p81hy', 'p81sp', 'p81none', 'p81paren0'])), '\n')
        d.add('We have also shared a leaflet about ', look_en(ch(['awareness-campaign', 'seminar-title'])), '.\n')
    elif topic == 'update':
        d.add('Please update my details:\nNew address: ', address(), ', ', postal(ch(['plain', 'mark'])), '\nNew mobile: ',
              phone('mobile', style=ch(['p81hy', 'p81sp', 'p81none', 'p81paren0'])), '\n', 'Date of birth (for verification): ', dob_seg(per, en=True, suffix=''), '\n')
    elif topic == 'hi':
        d.add('Here are the details of my health insurance card for the claim:\n')
        hi_block(d, en=True)
        d.add('I was hospitalised from ', neg_date('hospital-stay-date', 2025, 2025, en=True), '. The doctor says the patient ', E('SENSITIVE', *ch([x for x in SENS_EN if x[1] == 'illness'])), '.\n')
    elif topic == 'school':
        kid = Person('student')
        d.add('My son ', E('PERSON', kid.mei_r), ' will miss class this week. He ', E('SENSITIVE', *ch([('has asthma', 'illness'), ('has an ADHD diagnosis', 'disability'), ('has epilepsy', 'illness'), ('is hard of hearing', 'disability')])), '.\n')
        d.add('You can reach me at ', phone('mobile', style=ch(['p81hy', 'hy', 'p81none'])), '.\n')
    else:
        d.add('On ', neg_date('incident-date', 2025, 2025, en=True), ' an email containing ', look_en('policy-category'), ' was sent to the wrong recipient due to a ',
              look_en('system-failure'), '. No data of yours was included.\n')
    d.add('\nBest regards,\n')
    if inbound:
        d.add(per.roma(ch(['gf', 'gF'])), '\n')
    else:
        d.add(st.roma('gf'), '\n', 'Kotobuki Hoken Planning Co., Ltd.\nTel: ', E('PHONE', fmt_phone(['03', AG_PHONE_G[1], AG_PHONE_G[2]], 'p81hy')), '\n')
    return d


LEAK_ITEMS = ['氏名', '住所', '生年月日', '電話番号', 'メールアドレス', '証券番号', '告知内容（病歴）', '保険証の記号・番号',
              '口座番号', '相談内容', '成績', '保護者連絡先', '障害の有無']


def gen_incident(i):
    enc, nl = pick_enc()
    kind = ch(['misdirect-fax', 'misdirect-mail', 'loss', 'theft', 'misdirect-post'])
    with_list = p(0.45)
    d = Doc(f'incident/jiko_{i:04d}.txt', f'incident-report-{kind}' + ('-records-under-heading' if with_list else ''), enc, nl)
    d.add(ch(['個人情報漏えい事故報告書', '事故報告書（誤送信）', '紛失事故報告', 'インシデント報告書']), '\n\n')
    d.add(ch(['報告日', '作成日']), '：', neg_date('report-date', 2024, 2025), '\n')
    d.add(ch(['報告者', '作成者']), '：', ch(AG_BRANCHES + ['北口校', '相談窓口']), '　', staff().full(), '\n')
    d.add(ch(['発生日時', '事故発生日時', '発生日']), '：', neg_date('incident-date', 2024, 2025, with_time=p(0.6)), '\n')
    d.add(ch(['発見日時', '判明日']), '：', neg_date('discovery-date', 2024, 2025, with_time=p(0.4)), '\n\n')
    d.add('1. 事故の概要\n')
    if kind == 'misdirect-fax':
        wrong = Person('adult')
        d.add('顧客の申込書控えを', ch(['番号の押し間違いにより', '短縮ダイヤルの登録誤りで']), '誤ったFAX番号（', phone('land', style='hy'), '）へ送信した。',
              '誤送信先は', ch(['株式会社ミドリ商会', '青葉総合病院 医事課', '個人宅']), 'の', wrong.surname(), '様。\n')
    elif kind == 'misdirect-mail':
        d.add('BCCで送るべき案内メールをTOで送信し、', str(ri(12, 180)), '名分のメールアドレスが相互に表示された。\n')
        if p(0.6):
            d.add('送信元端末：', ch(['本社', '北口校', '相談窓口']), ' PC-', N(f'{ri(1, 40):02d}', 'product-code'), '（IP ', E('IP_ADDRESS', ch([ipv4(), ipv4(), ipv6()])), '）\n')
        if p(0.5):
            d.add('誤送信先の一例：', email_of(Person('adult')), '\n')
    elif kind == 'loss':
        d.add('外出先で', ch(['顧客ファイル', 'USBメモリ', '生徒名簿']), 'を紛失。', ch(['駅の遺失物係に届出済み。', '警察に遺失届を提出。']), '\n')
    elif kind == 'theft':
        d.add('営業車から鞄が盗まれ、', ch(['申込書3件', 'タブレット端末']), 'が所在不明。警察に被害届を提出（受理番号 ', N(f'{ri(1, 99)}-{digits(5)}', 'receipt-number'), '）。\n')
    else:
        d.add('保険証券を別の顧客へ郵送した（宛名ラベルの貼り間違い）。追跡番号 ', N(ch([(lambda n: f'{n[:4]}-{n[4:8]}-{n[8:]}')(bad_mynum()), bad_mynum()]), 'tracking-number'), '\n')
    items = R.sample(LEAK_ITEMS, ri(3, 6))
    if (with_list or p(0.6)) and '生年月日' not in items:
        items.insert(1, '生年月日')
    d.add('\n2. ', ch(['漏えいした項目', '対象となった情報', '流出項目']), '\n')
    d.add(L('、'.join(items) if p(0.5) else '／'.join(items), 'policy-category'), '\n')
    n = ri(1, 5) if with_list else ri(1, 300)
    d.add('\n3. 対象者数：', str(n), '名\n')
    if with_list:
        cols = [c for c in ['氏名', '生年月日', '電話番号', '証券番号'] if c in items or c in ('氏名', '生年月日')]
        d.add('\n4. ', ch(['対象者一覧', '対象者']), '（', '／'.join(cols), '）\n')
        dst = ch(['slash', 'wa_letter_dot', 'kanji', 'wa_kanji', 'compact', 'wa_letter_slash', 'hyphen'])
        for k in range(n):
            per = Person('adult')
            row = [ch([f'{k + 1}. ', '・', f'({k + 1}) ']), per.full()]
            sep = ch([' / ', '　', '、', ' | '])
            for c in cols[1:]:
                row.append(sep)
                if c == '生年月日':
                    row.append(E('DATE_OF_BIRTH', fmt_date(per.dob, dst)))
                elif c == '電話番号':
                    row.append(phone(unalloc_prob=0.1))
                else:
                    row.append(N(policy_no(), 'policy-number'))
            d.add(row, '\n')
    d.add('\n', ch(['5. 原因', '原因：']), '\n', ch(['確認作業の不徹底。', '手順書の未整備。', [L(ch(LOOK['system-failure']), 'system-failure'), 'によりダブルチェックが機能しなかった。']]), '\n')
    d.add('\n', ch(['6. 再発防止策', '今後の対策：']), '\n', ch(['FAX送信前の読み合わせを徹底する。', '外部持ち出しを禁止する。', 'メール送信時の宛先確認ツールを導入する。']), '\n')
    misc_neg_line(d, 0.5)
    if p(0.4):
        d.add('\n対象者への連絡：', neg_date('ordinary-date', 2024, 2025), 'までに完了。\n')
    return d


def gen_minutes(i):
    enc, nl = pick_enc()
    ext = ch(['txt', 'md'])
    if ext == 'md':
        enc, nl = 'utf-8', '\n'
    d = Doc(f'minutes/gijiroku_{i:04d}.{ext}', 'minutes', enc, nl)
    d.add('# ' if ext == 'md' else '', ch(['議事録', '定例会議 議事録', '営業会議メモ', '校舎運営会議 議事録', '相談窓口ケース会議録']), '\n\n')
    d.add('日時：', neg_date('meeting-date', 2024, 2025, with_time=True), '\n場所：本社 会議室', N(f'{ri(2, 8)}0{ri(1, 5)}', 'room-number'), '\n')
    att = R.sample(STAFF, ri(3, 5))
    d.add('出席者：')
    for k, s in enumerate(att):
        if k:
            d.add(ch(['、', '，', '・', ' ']))
        d.add(ch([s.surname(), s.full('')]))
    d.add('（記）\n\n' if p(0.5) else '\n\n')
    topics = R.sample(['system', 'health', 'product', 'stats', 'seminar', 'case', 'news', 'campaign'], ri(3, 5))
    for k, t in enumerate(topics, 1):
        d.add('## ' if ext == 'md' else '', f'{k}. ')
        if t == 'system':
            d.add(L(ch(LOOK['system-failure']), 'system-failure'), 'について\n', '・', neg_date('incident-date', 2025, 2025), 'に発生、影響は顧客',
                  str(ri(3, 80)), '件。再発防止策を検討。\n')
        elif t == 'health':
            d.add('社内連絡\n・', L(ch(LOOK['minutes-health-check']), 'minutes-health-check'), 'について総務より説明。\n')
        elif t == 'product':
            d.add('新商品\n・', L(ch(LOOK['product-name']), 'product-name'), 'の取扱い開始（', neg_date('ordinary-date', 2025, 2025), '～）。\n')
        elif t == 'stats':
            d.add('実績報告\n・', L(ch(LOOK['aggregate-statistics']), 'aggregate-statistics'), '。\n')
        elif t == 'seminar':
            d.add('イベント\n・', L(ch(LOOK['seminar-title']), 'seminar-title'), 'を', neg_date('event-date', 2025, 2025, style='kanji'), 'に開催予定。\n')
        elif t == 'news':
            d.add('情報共有\n・', L(ch(LOOK['news-disease']), 'news-disease'), '。教室の換気を徹底。\n')
        elif t == 'campaign':
            d.add('地域連携\n・', L(ch(LOOK['awareness-campaign']), 'awareness-campaign'), 'のポスター掲示に協力。\n')
        else:
            who = Person(ch(['adult', 'elder']))
            d.add('個別ケース\n・', ch([[who.surname(), '様'], [who.full(), '氏'], ['A氏（70代）', '']]), '：', sens_sentence(), '\n')
            if p(0.5):
                d.add('　→ ', L(ch(['地域包括支援センター', '障害福祉課', '法テラス']), 'office-name'), 'と連携。担当 ', staff().surname(), '\n')
    d.add('\n次回：', neg_date('meeting-date', 2025, 2025, style=ch(['kanji_wd', 'slash_wd'])), '\n')
    return d


def gen_notice(i):
    enc, nl = pick_enc()
    empty = p(0.4)
    d = Doc(f'notice/oshirase_{i:04d}.txt', 'notice-no-pii' if empty else 'notice', enc, nl)
    kind = ch(['seminar', 'holiday', 'fraud', 'checkup', 'school', 'barrierfree'])
    d.add(ch(['お知らせ', '【ご案内】', 'ご利用のお客様へ', '保護者の皆様へ']), '\n\n')
    if kind == 'seminar':
        d.add(L(ch(LOOK['seminar-title']), 'seminar-title'), 'を開催します。\n日時：', neg_date('event-date', 2025, 2025, style=ch(['kanji_wd', 'wa_kanji_wd'])),
              ' 14:00～15:30\n会場：市民センター 3階\n参加費：無料（定員30名）\n', L(ch(LOOK['generic-service']), 'generic-service'), '。\n')
    elif kind == 'holiday':
        d.add('誠に勝手ながら、', neg_date('ordinary-date', 2025, 2025, style='kanji'), 'から', neg_date('ordinary-date', 2025, 2025, style='kanji'),
              'まで休業いたします。\nなお、', L(ch(LOOK['system-failure']), 'system-failure'), 'の際はホームページでお知らせします。\n')
    elif kind == 'fraud':
        d.add(L(ch(['還付金詐欺にご注意ください', '特殊詐欺被害防止キャンペーン', '詐欺メールの注意喚起']), 'awareness-campaign'), '\n',
              '当社社員を名乗る不審な電話が報告されています。当社から口座番号や暗証番号をお聞きすることはありません。\n',
              L(ch(LOOK['aggregate-statistics']), 'aggregate-statistics'), 'となっています。\n')
    elif kind == 'checkup':
        d.add(L(ch(['乳がん検診を受けましょう', '世界糖尿病デー', '認知症月間']), 'awareness-campaign'), '\n',
              '早期発見のため、年に一度の検診をおすすめします。当社の', L(ch(LOOK['product-name']), 'product-name'), 'では検診費用の補助もあります。\n')
    elif kind == 'school':
        d.add('夏期講習のご案内\n期間：', neg_date('event-date', 2025, 2025, style='kanji'), '～', neg_date('event-date', 2025, 2025, style='kanji'), '\n',
              L(ch(LOOK['news-disease']), 'news-disease'), 'のため、体調の悪いときは無理せずお休みください。\n')
    else:
        d.add('店舗のバリアフリー対応について\n', L('車いすの貸出あり', 'generic-service'), '、', L('筆談対応いたします', 'generic-service'), '。\n',
              L('障害者差別解消法に基づく合理的配慮', 'generic-service'), 'のご相談も承ります。\n')
    if kind in ('checkup', 'seminar', 'barrierfree'):
        misc_neg_line(d, 0.4)
    d.add(ch(['ご不明な点は窓口までお問い合わせください。', '詳しくは店頭またはホームページでご確認ください。',
              'ご理解とご協力をお願い申し上げます。']), '\n', '掲載日：', neg_date('ordinary-date', 2025, 2025, style=ch(['kanji', 'wa_kanji', 'slash'])), '\n\n')
    if not empty:
        company_footer(d, ch(['agency', 'school', 'desk']), full=p(0.5))
    else:
        d.add(ch([AGENCY, SCHOOL, 'くらしサポートセンター']), '\n')
    return d


def gen_stats(i):
    enc, nl = pick_enc()
    fmt = ch(['txt', 'csv', 'md'])
    if fmt == 'md':
        enc, nl = 'utf-8', '\n'
    d = Doc(f'stats/toukei_{i:04d}.{fmt}', f'statistics-{fmt}', enc, nl)
    cats = [('障害に関する相談', 'aggregate-statistics'), ('DV・暴力', 'aggregate-statistics'), ('宗教関連', 'aggregate-statistics'),
            ('犯罪被害', 'aggregate-statistics'), ('病気・療養', 'aggregate-statistics'), ('多重債務', None), ('就労', None),
            ('うつ病等メンタル', 'aggregate-statistics'), ('がん保険', 'product-name'), ('医療保険', 'product-name'), ('自動車保険', None)]
    rows = R.sample(cats, ri(5, 9))
    if fmt == 'csv':
        d.table_row(['区分', '件数', '前年度件数', '前年比', '集計期間'])
        per = f'{ri(2023, 2024)}年度'
        for c, k in rows:
            d.table_row([L(c, k) if k else c, str(ri(0, 120)), str(ri(0, 120)), f'{ri(70, 150)}%', per])
    elif fmt == 'md':
        d.add('## ', ch(['相談件数（年度別）', '契約件数集計', '月次統計']), '\n\n| 区分 | 件数 | 構成比 |\n|---|---|---|\n')
        for c, k in rows:
            d.md_row([L(c, k) if k else c, str(ri(0, 120)), f'{ri(1, 40)}.{ri(0, 9)}%'])
        d.add('\n集計期間：', neg_date('ordinary-date', 2024, 2024, style='kanji'), '～', neg_date('ordinary-date', 2025, 2025, style='kanji'), '\n')
    else:
        d.add(ch(['相談統計（', '集計報告（']), neg_date('ordinary-date', 2025, 2025, style='wa_kanji'), '時点）\n\n')
        for c, k in rows:
            d.add('・', L(c, k) if k else c, '：', str(ri(0, 120)), '件\n')
        d.add('\n', L(ch(LOOK['aggregate-statistics']), 'aggregate-statistics'), '。\n年代別では', ch(['60代', '40代', '70代以上']), 'が最多（',
              str(ri(20, 40)), '%）。\n')
    return d


def gen_resume(i):
    enc, nl = pick_enc()
    en = p(0.25)
    per = Person('adult')
    per.dob = rand_date(1965, 2003)
    d = Doc(f'resume/{"en" if en else "jp"}_{i:04d}.txt', 'resume-en' if en else ch(['resume-jp', 'resume-jp-no-label']), 'utf-8' if en else enc, nl)
    if en:
        d.add('CURRICULUM VITAE\n\n', 'Name: ', per.roma(ch(['gf', 'SF'])), '\n', ch(['Date of Birth', 'DOB', 'Born']), ': ', dob_seg(per, en=True), '\n',
              'Nationality: Japanese\n', 'Address: ', address(), '\n', 'Phone: ', phone('mobile', style=ch(['p81hy', 'p81sp', 'p81none', 'p81paren0'])), '\n',
              'Email: ', email_of(per), '\n\nEDUCATION\n')
        y = per.dob.year + 18
        d.add(N(f'{MON_AB[3]} {y}', 'career-date'), ' - ', N(f'{MON_AB[2]} {y + 4}', 'career-date'), ' ', ch(['Keio', 'Tohoku', 'Osaka City', 'Meiji']), ' University, B.A.\n')
        d.add('\nEXPERIENCE\n', N(f'{MON_AB[3]} {y + 4}', 'career-date'), ' - present  ', ch(['Sales', 'Customer service', 'Teacher']), ' at ', AGENCY_SHORT, '\n')
        if p(0.3):
            d.add('\nNotes: ', E('SENSITIVE', *ch(SENS_EN)), ' (disclosed voluntarily)\n')
        return d
    d.add(ch(['履 歴 書', '履歴書']), '　', neg_date('ordinary-date', 2025, 2025, style=ch(['wa_kanji', 'kanji'])), '現在\n\n')
    d.add('ふりがな　', per.kana(hiragana=True), '\n', '氏　　名　', per.full(), '\n')
    if d.shape == 'resume-jp-no-label':
        d.add(dob_seg(per, style=ch(['wa_kanji', 'kanji', 'wa_kanji_sp', 'kanji_sp', 'wa_kanjinum']), suffix=ch(['sei', 'sei_age'])), '　', '男' if per.sex == 'M' else '女', '\n')
    else:
        d.add('生年月日　', dob_seg(per, style=ch(['wa_kanji', 'kanji', 'wa_kanji_sp', 'kanji_sp']), suffix=ch(['sei', 'sei_age', 'age'])), '\n')
    d.add('現住所　', postal(), '\n　　　　', address(), '\n', '電話　', phone('land'), '　携帯　', phone('mobile', unalloc_prob=0.15), '\n',
          'E-mail　', email_of(per), '\n\n年　月　学歴・職歴\n')
    y = per.dob.year + 15
    wa = p(0.5)
    for k, (yy, mm, txt) in enumerate([(y, 3, '市立第一中学校 卒業'), (y + 3, 3, '県立北高等学校 卒業'),
                                        (y + 3, 4, ch(['明和大学 経済学部 入学', '青葉短期大学 入学'])), (y + 7, 3, '同 卒業'),
                                        (y + 7, 4, ch(['株式会社ミドリ商会 入社', AGENCY + ' 入社', '医療法人 青葉会 入職']))]):
        dd = dt.date(yy, mm, 1)
        if wa:
            e, _, ey = era(dd)
            s = f'{e}{"元" if ey == 1 else ey}年 {mm}月'
        else:
            s = f'{yy}年 {mm}月'
        d.add(N(s, 'career-date'), '　', txt, '\n')
    d.add('\n免許・資格\n', N(f'{y + 5}年{ri(1, 12)}月', 'career-date'), '　普通自動車第一種運転免許 取得\n')
    if p(0.4):
        d.add(N(f'{y + 9}年{ri(1, 12)}月', 'career-date'), '　', L(ch(['社会福祉士', '精神保健福祉士', '看護師']), 'job-category'), ' 登録\n')
    d.add('\n本人希望欄\n')
    if p(0.5):
        d.add(sens(['illness', 'disability']), ch(['のため、月1回の通院日の配慮を希望します。', 'のため、配慮をお願いいたします。', 'があります（業務に支障なし）。']), '\n')
    else:
        d.add('貴社規定に従います。\n')
    return d


def gen_hi_form(i):
    enc, nl = pick_enc()
    d = Doc(f'hi/hokensho_{i:04d}.txt', 'hi-form', enc, nl)
    per = Person(ch(['adult', 'elder', 'student']))
    d.add(ch(['給付金請求書（写）', '被保険者証情報 連絡票', '資格確認書の写し 送付票', '高額療養費 申請メモ', '保険証コピー 添付票']), '\n\n')
    d.add(ch(['受付日', '記入日', '送付日']), '：', neg_date('ordinary-date', 2024, 2025), '\n')
    d.add(ch(['被保険者氏名', '氏名']), '：', per.full(), '\n')
    d.add(ch(['生年月日', '生年月日']), '：', dob_seg(per), '\n')
    style = ch(['two_on_line', 'joined_hy', 'joined_slash', 'above', 'table_md', 'bracket', 'inline_sentence', 'fw', 'three_items', 'joined_edaban', 'lines'])
    d.shape = f'hi-form-{style}'
    hi_block(d, style)
    d.add(ch(['資格取得日', '交付年月日', '資格取得年月日']), '：', neg_date('ordinary-date', 2010, 2025), '\n')
    if p(0.5):
        d.add(ch(['被扶養者', '家族']), '：')
        fam = Person('child', sei=(per.sei, per.sei_k, per.sei_r))
        d.add(fam.full(), '（', E('DATE_OF_BIRTH', fmt_date(fam.dob, ch(['wa_letter_dot', 'kanji', 'wa_kanji', 'slash']))), '生）', '　枝番 ', E('HEALTH_INSURANCE', f'{ri(1, 5):02d}', note='枝番'), '\n')
    d.add('証券番号：', N(f'{digits(5)}-{digits(7)}', 'policy-number'), '　受付番号：', N(f'{digits(4)}-{digits(4)}', 'receipt-number'), '\n')
    if p(0.5):
        d.add('請求理由：', sens(['illness']), ch(['による入院', 'の手術', 'の通院']), '\n')
        d.add('入院期間：', neg_date('hospital-stay-date', 2025, 2025), '～', neg_date('hospital-stay-date', 2025, 2025), '\n')
    else:
        d.add('請求理由：', ch(['骨折（けが）', '交通事故によるけが', '通院（けが）']), '\n')
    misc_neg_line(d, 0.4)
    d.add('\n')
    staff_line(d)
    return d


def gen_news(i):
    enc, nl = pick_enc()
    d = Doc(f'news/news_{i:04d}.txt', 'news-no-pii', enc, nl)
    d.add(ch(['【業界ニュース】', '【地域の話題】', '社内報', '今月のトピックス']), '\n\n')
    for _ in range(ri(3, 5)):
        k = ch(['news-disease', 'aggregate-statistics', 'awareness-campaign', 'product-name', 'seminar-title', 'system-failure'])
        d.add('■', L(ch(LOOK[k]), k), '\n', ch(['関係各所で対応が進められている。', '詳しくは厚生労働省の発表を参照。', '今後の動向に注目したい。',
                                               '当社でもパンフレットを用意した。', '各校舎で掲示を行う。']), '\n\n')
    d.add('発行：', neg_date('ordinary-date', 2025, 2025, style='kanji'), '\n')
    return d


def gen_en_record(i):
    enc, nl = 'utf-8', ch(['\n', '\r\n'])
    heading = p(0.5)
    d = Doc(f'records_en/rec_{i:04d}.txt', 'en-records-under-heading' if heading else 'en-key-value', enc, nl)
    if heading:
        d.add(ch(['Seminar attendees (name / date of birth / phone)', 'Dependants - name, DOB, relationship', 'Members: Name | Birthday | Mobile']), '\n')
        dst = ch(EN_STYLES + ['slash'])
        for k in range(ri(3, 8)):
            per = Person('adult', foreign=p(0.3))
            d.add(f'{k + 1}. ', per.roma(ch(['gf', 'SF'])), ch([' / ', ', ', ' | ']), E('DATE_OF_BIRTH', fmt_date(per.dob, dst)), ch([' / ', ', ', ' | ']),
                  phone(style=ch(['p81hy', 'p81sp', 'p81none', 'hy']), unalloc_prob=0.1), '\n')
        d.add('Registered on ', neg_date('ordinary-date', 2025, 2025, en=True), '\n')
    else:
        per = Person('adult', foreign=p(0.4))
        d.add('Client record\n', 'Name: ', per.roma(), '\n', ch(['DOB', 'Date of birth', 'Birthday', 'D.O.B']), ': ', dob_seg(per, en=True, suffix=''), '\n',
              'Mobile: ', phone('mobile', style=ch(['p81hy', 'p81sp', 'p81none', 'p81paren0']), unalloc_prob=0.2), '\n',
              'Email: ', email_of(per), '\n', 'Policy no.: ', N(policy_no(), 'policy-number'), '\n', 'Start date: ', neg_date('ordinary-date', 2024, 2025, en=True), '\n',
              'Received: ', neg_date('ordinary-date', 2024, 2025, en=True), '\n')
        if per.foreign:
            d.add('Residence card: ', E('RESIDENCE_CARD', residence_no()), '\n')
        d.add('Notes: ', ch([[E('PERSON', per.mei_r), ' ', E('SENSITIVE', *ch(SENS_EN)), '.'], ['Interested in ', look_en('product-name'), '.'],
                            ['Asked about ', look_en('seminar-title'), '.']]), '\n')
        if p(0.3):
            d.add('Login IP: ', E('IP_ADDRESS', ch([ipv4(), ipv6()])), '  app version ', N(f'v{ri(1, 9)}.{ri(0, 20)}.{ri(0, 9)}', 'version-number'), '\n')
    return d


def gen_heading_list(i):
    enc, nl = pick_enc()
    neg = p(0.35)
    d = Doc(f'lists/list_{i:04d}.txt', 'list-ordinary-dates-under-heading' if neg else 'list-dob-under-heading', enc, nl)
    d.add(ch(['研修参加者名簿', '家族構成', '受講者リスト', '契約者（家族）一覧', '面談予定者']), '\n\n')
    if neg:
        lab = ch(['受付日', '申込日', '契約日', '来店日', '発送日'])
    else:
        lab = ch(['生年月日', '誕生日', '生年月日'])
    d.add(ch(['■', '【', '◆']), '氏名', ch(['・', '／', '、']), lab, ch(['・', '／', '、']), ch(['電話番号', '連絡先', '携帯']), ch(['', '】', '']), '\n')
    dst = ch(JP_STYLES)
    for k in range(ri(3, 10)):
        per = Person(ch(['adult', 'elder', 'student']))
        ds = fmt_date(per.dob if not neg else rand_date(2022, 2025), dst if p(0.8) else jp_style())
        dseg = N(ds, 'ordinary-date') if neg else E('DATE_OF_BIRTH', ds)
        d.add(ch([f'{k + 1}. ', '・', '- ', f'({k + 1}) ']), per.full(), ch(['　', ' / ', '、', '  ']), dseg, ch(['　', ' / ', '、', '  ']), phone(unalloc_prob=0.1), '\n')
    d.add('\n', ch(['以上', '※敬称略', '作成：']), '\n')
    if p(0.5):
        staff_line(d)
    return d


def gen_letter(i):
    """A letter / お知らせ addressed to a person, with contract dates right next to a birth date."""
    enc, nl = pick_enc()
    d = Doc(f'letters/letter_{i:04d}.txt', 'letter-dates-adjacent', enc, nl)
    per = Person('adult')
    d.add(postal(), '\n', address(), '\n', per.full(), ' 様\n\n')
    d.add(ch(['ご契約内容のお知らせ', '更新のご案内', '年間保険料のお知らせ']), '\n\n')
    d.add('いつも', AGENCY, 'をご利用いただきありがとうございます。ご契約内容は以下のとおりです。\n\n')
    rows = [('証券番号', N(policy_no(), 'policy-number')), ('契約日', neg_date('ordinary-date', 2015, 2024)),
            ('被保険者生年月日', dob_seg(per, suffix='')), ('始期日', neg_date('ordinary-date', 2024, 2025)),
            ('満期日', neg_date('ordinary-date', 2030, 2045)), ('保険料', N(amount(), 'amount')),
            ('商品', L(ch(LOOK['product-name']), 'product-name'))]
    R.shuffle(rows)
    for lab, v in rows:
        d.add('　', lab, ch(['：', '　']), v, '\n')
    misc_neg_line(d, 0.5)
    d.add('\nお問い合わせ\n')
    company_footer(d, 'agency', full=False)
    st = staff()
    d.add('担当：', st.surname(), '\n')
    return d


# ---------------------------------------------------------------- driver

PLAN = [
    (gen_kokuchi, 120), (gen_kokuchi_blank, 25), (gen_moushikomi, 70),
    (lambda i: gen_table(i, 'csv'), 65), (lambda i: gen_table(i, 'tsv'), 30), (lambda i: gen_table(i, 'md'), 30),
    (gen_csv_noheader, 10), (gen_karte, 90), (gen_hogosha, 55), (gen_consult, 125), (gen_chat, 110),
    (gen_mail_jp, 110), (gen_mail_en, 55), (gen_incident, 60), (gen_minutes, 45), (gen_notice, 45), (gen_stats, 30),
    (gen_resume, 45), (gen_hi_form, 55), (gen_news, 20), (gen_en_record, 35), (gen_heading_list, 35), (gen_letter, 30),
]


def setup_org():
    global AG_PHONE, AG_FAX, SC_PHONE, DESK_PHONE, AG_ADDR, AG_POSTAL, AG_CORP, AG_PHONE_G
    STAFF.clear()
    for _ in range(12):
        STAFF.append(Person('adult'))
    AG_PHONE_G = ['03', str(ri(2, 9)) + digits(3), digits(4)]
    AG_PHONE = E('PHONE', fmt_phone(AG_PHONE_G, 'hy'))
    fax_g = [AG_PHONE_G[0], AG_PHONE_G[1], f'{(int(AG_PHONE_G[2]) + 1) % 10000:04d}']
    AG_FAX = E('PHONE', fmt_phone(fax_g, 'hy'))
    SC_PHONE = E('PHONE', fmt_phone(phone_groups('land'), 'hy'))
    DESK_PHONE = E('PHONE', fmt_phone(['0120', digits(3), digits(3)], 'hy'))
    AG_ADDR = E('ADDRESS', '東京都渋谷区神宮前' + f'{ri(1, 6)}-{ri(1, 20)}-{ri(1, 20)} ことぶきビル{ri(2, 8)}F')
    AG_POSTAL = ['〒', E('POSTAL_CODE', f'150-{digits(4)}')]
    AG_CORP = E('CORPORATE_NUMBER', corp_number())


def encode(text, enc):
    if enc == 'utf-8-sig':
        return b'\xef\xbb\xbf' + text.encode('utf-8')
    return text.encode(enc)


def decode(data, enc):
    if enc == 'utf-8-sig':
        assert data.startswith(b'\xef\xbb\xbf')
        return data[3:].decode('utf-8')
    return data.decode(enc)


def build(seed):
    global R
    R = random.Random(seed)
    setup_org()
    docs = []
    for fn, n in PLAN:
        for i in range(1, n + 1):
            d = fn(i)
            docs.append(d)
    return docs


def overlaps(spans):
    s = sorted((a['start'], a['end']) for a in spans)
    return any(s[k][1] > s[k + 1][0] for k in range(len(s) - 1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', type=int, default=33)
    args = ap.parse_args()
    docs = build(args.seed)
    truth = {'documents': {}}
    seen = set()
    problems = []
    for d in docs:
        assert d.path not in seen, d.path
        seen.add(d.path)
        text = d.text()
        enc = d.enc
        try:
            data = encode(text, enc)
            if decode(data, enc) != text:
                raise UnicodeError('round trip')
        except UnicodeError:
            if d.path.endswith('.eml'):
                problems.append(f'{d.path}: not encodable in {enc}')
            enc = 'utf-8'
            data = encode(text, enc)
        full = os.path.join(args.out, 'docs', d.path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'wb') as f:
            f.write(data)
        truth['documents'][d.path] = {
            'encoding': enc, 'shape': d.shape,
            'entities': d.ents, 'lookalikes': d.looks, 'hard_negatives': d.negs,
        }
    with open(os.path.join(args.out, 'truth.json'), 'w', encoding='utf-8') as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write('\n')
    # ---------------- self-check: re-read every file from disk
    tcount, sub, lk, hn, sizes, shapes = Counter(), Counter(), Counter(), Counter(), [], Counter()
    empty = 0
    for path, rec in truth['documents'].items():
        with open(os.path.join(args.out, 'docs', path), 'rb') as f:
            data = f.read()
        enc = rec['encoding']
        if enc == 'utf-8' and data.startswith(b'\xef\xbb\xbf'):
            problems.append(f'{path}: BOM but encoding utf-8')
        text = decode(data, enc)
        sizes.append(len(text))
        if not 100 <= len(text) <= 3000:
            problems.append(f'{path}: length {len(text)} outside 100..3000')
        for e in rec['entities']:
            if text[e['start']:e['end']] != e['text']:
                problems.append(f'{path}: span mismatch {e}')
            if e['text'] != e['text'].strip() or not e['text']:
                problems.append(f'{path}: untrimmed/empty entity {e}')
            tcount[e['type']] += 1
            if e['type'] == 'SENSITIVE':
                sub[e['subtype']] += 1
        for h in rec['hard_negatives']:
            if text[h['start']:h['end']] != h['text']:
                problems.append(f'{path}: hard-negative mismatch {h}')
            hn[h['kind']] += 1
        for l in rec['lookalikes']:
            lk[l['kind']] += 1
            if not (0 <= l['start'] < l['end'] <= len(text)):
                problems.append(f'{path}: bad lookalike span {l}')
        if overlaps(rec['entities']):
            problems.append(f'{path}: overlapping entities')
        allsp = rec['entities'] + rec['lookalikes'] + rec['hard_negatives']
        if overlaps(allsp):
            problems.append(f'{path}: entity/lookalike/hard-negative spans overlap')
        if path.endswith('.eml'):
            head = text.split('\n\n' if '\r\n' not in text else '\r\n\r\n', 1)[0]
            if 'Content-Transfer-Encoding: 8bit' not in head or 'Content-Type: text/plain; charset=' not in head:
                problems.append(f'{path}: mail headers')
            cs = 'shift_jis' if 'charset=shift_jis' in head else 'utf-8'
            if (cs == 'shift_jis') != (enc == 'cp932'):
                problems.append(f'{path}: charset header {cs} vs encoding {enc}')
        if not rec['entities']:
            empty += 1
        shapes[rec['shape']] += 1
    n = len(truth['documents'])
    print(f'documents: {n}  (no personal data: {empty})  chars min/median/max: '
          f'{min(sizes)}/{sorted(sizes)[len(sizes) // 2]}/{max(sizes)}')
    print('entities:', dict(sorted(tcount.items())), 'total', sum(tcount.values()))
    print('SENSITIVE subtypes:', dict(sorted(sub.items())))
    print('lookalikes:', sum(lk.values()), dict(sorted(lk.items())))
    print('hard negatives:', sum(hn.values()), dict(sorted(hn.items())))
    print('encodings:', dict(Counter(r['encoding'] for r in truth['documents'].values())))
    print('shapes:', len(shapes))
    if problems:
        print(f'SELF-CHECK FAILED: {len(problems)} problems', file=sys.stderr)
        for pr in problems[:40]:
            print('  ' + pr, file=sys.stderr)
        sys.exit(1)
    print('self-check OK: every span equals the decoded slice; no overlaps')


if __name__ == '__main__':
    main()
