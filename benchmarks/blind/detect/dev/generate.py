#!/usr/bin/env python3
"""Blind-dev detection corpus: a staffing agency (人材派遣) and its call centre.

    python benchmarks/blind/detect/dev/generate.py --out DIR [--seed N]

Writes DIR/docs/<shape-folder>/NNNN.<ext> and DIR/truth.json following
benchmarks/blind/detect/CONTRACT.md.  Standard library only, deterministic per seed.
Gold spans are recorded while the text is built (never searched for afterwards);
a self-check at the end re-decodes every file and verifies every span.
"""
import argparse
import json
import os
import random
import re
import shutil
import sys
from datetime import date, timedelta

# ---------------------------------------------------------------- span items

def E(typ, text, **kw):
    return ('E', typ, text, kw)


def N(kind, text):
    return ('N', kind, text, {})


def L(kind, text):
    return ('L', kind, text, {})


class Doc:
    """Accumulates text and records spans at the moment they are written."""

    def __init__(self, nl='\n'):
        self.buf = []
        self.pos = 0
        self.ents = []
        self.negs = []
        self.looks = []
        self.nl = nl

    def _raw(self, s):
        self.buf.append(s)
        self.pos += len(s)

    def add(self, *items, raw=False):
        for it in items:
            if it is None or it == '':
                continue
            if isinstance(it, str):
                self._raw(it if raw else it.replace('\n', self.nl))
            elif isinstance(it, list):
                self.add(*it, raw=raw)
            else:
                k, typ, text, kw = it
                assert '\n' not in text and '\r' not in text, text
                start = self.pos
                self._raw(text)
                if k == 'E':
                    rec = {'type': typ, 'start': start, 'end': self.pos, 'text': text}
                    rec.update(kw)
                    self.ents.append(rec)
                elif k == 'N':
                    self.negs.append({'start': start, 'end': self.pos, 'kind': typ, 'text': text})
                else:
                    self.looks.append({'start': start, 'end': self.pos, 'kind': typ, 'text': text})
        return self

    def line(self, *items):
        self.add(*items)
        self.add('\n')
        return self

    def row(self, cells, sep=',', quote_all=False):
        for j, c in enumerate(cells):
            if j:
                self._raw(sep)
            items = c if isinstance(c, list) else [c]
            items = [x for x in items if x is not None and x != '']
            plain = ''.join(x if isinstance(x, str) else x[2] for x in items)
            q = quote_all or any(ch in plain for ch in (sep, '"', '\n', '\r'))
            if q:
                self._raw('"')
            for x in items:
                if isinstance(x, str):
                    self._raw(x.replace('"', '""') if q else x)
                else:
                    assert '"' not in x[2]
                    self.add(x, raw=True)
            if q:
                self._raw('"')
        self._raw(self.nl)

    def text(self):
        return ''.join(self.buf)


# ---------------------------------------------------------------- check digits

def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def mynumber_digit(body11):
    s = 0
    for n in range(1, 12):
        p = int(body11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    rem = s % 11
    return '0' if rem <= 1 else str(11 - rem)


def corp_digit(body12):
    s = 0
    for n in range(1, 13):
        p = int(body12[12 - n])
        s += p * (1 if n % 2 else 2)
    return str(9 - s % 9)


def ean_digit(body12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body12))
    return str((10 - s % 10) % 10)


def license_digit(first10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(int(c) * k for c, k in zip(first10, w))
    c = 11 - s % 11
    return '0' if c >= 10 else str(c)


FWT = str.maketrans('0123456789-/.:()', '０１２３４５６７８９－／．：（）')


def fw(s):
    return s.translate(FWT)


# ---------------------------------------------------------------- vocabularies

SEI = [x.split(':') for x in (
    '佐藤:サトウ:Sato 鈴木:スズキ:Suzuki 高橋:タカハシ:Takahashi 田中:タナカ:Tanaka 伊藤:イトウ:Ito '
    '渡辺:ワタナベ:Watanabe 山本:ヤマモト:Yamamoto 中村:ナカムラ:Nakamura 小林:コバヤシ:Kobayashi '
    '加藤:カトウ:Kato 吉田:ヨシダ:Yoshida 山田:ヤマダ:Yamada 佐々木:ササキ:Sasaki 山口:ヤマグチ:Yamaguchi '
    '松本:マツモト:Matsumoto 井上:イノウエ:Inoue 木村:キムラ:Kimura 林:ハヤシ:Hayashi 清水:シミズ:Shimizu '
    '山崎:ヤマザキ:Yamazaki 森:モリ:Mori 池田:イケダ:Ikeda 橋本:ハシモト:Hashimoto 阿部:アベ:Abe '
    '石川:イシカワ:Ishikawa 前田:マエダ:Maeda 藤田:フジタ:Fujita 小川:オガワ:Ogawa 岡田:オカダ:Okada '
    '後藤:ゴトウ:Goto 長谷川:ハセガワ:Hasegawa 村上:ムラカミ:Murakami 近藤:コンドウ:Kondo 石井:イシイ:Ishii '
    '坂本:サカモト:Sakamoto 遠藤:エンドウ:Endo 青木:アオキ:Aoki 藤井:フジイ:Fujii 西村:ニシムラ:Nishimura '
    '福田:フクダ:Fukuda 太田:オオタ:Ota 三浦:ミウラ:Miura 藤原:フジワラ:Fujiwara 岡本:オカモト:Okamoto '
    '松田:マツダ:Matsuda 中川:ナカガワ:Nakagawa 中野:ナカノ:Nakano 原田:ハラダ:Harada 小野:オノ:Ono '
    '竹内:タケウチ:Takeuchi 金子:カネコ:Kaneko 和田:ワダ:Wada 中山:ナカヤマ:Nakayama 石田:イシダ:Ishida '
    '上田:ウエダ:Ueda 森田:モリタ:Morita 原:ハラ:Hara 柴田:シバタ:Shibata 酒井:サカイ:Sakai 工藤:クドウ:Kudo '
    '横山:ヨコヤマ:Yokoyama 宮崎:ミヤザキ:Miyazaki 宮本:ミヤモト:Miyamoto 内田:ウチダ:Uchida '
    '高木:タカギ:Takagi 安藤:アンドウ:Ando 谷口:タニグチ:Taniguchi 大野:オオノ:Ono 丸山:マルヤマ:Maruyama '
    '今井:イマイ:Imai 河野:コウノ:Kono 藤本:フジモト:Fujimoto 村田:ムラタ:Murata 武田:タケダ:Takeda '
    '上野:ウエノ:Ueno 杉山:スギヤマ:Sugiyama 増田:マスダ:Masuda 平野:ヒラノ:Hirano 大塚:オオツカ:Otsuka '
    '千葉:チバ:Chiba 久保:クボ:Kubo 松井:マツイ:Matsui 小島:コジマ:Kojima 岩崎:イワサキ:Iwasaki '
    '桜井:サクライ:Sakurai 野口:ノグチ:Noguchi 松尾:マツオ:Matsuo 菅原:スガワラ:Sugawara '
    '木下:キノシタ:Kinoshita 野村:ノムラ:Nomura 新井:アライ:Arai 髙橋:タカハシ:Takahashi 東:アズマ:Azuma '
    '関:セキ:Seki 辻:ツジ:Tsuji 一ノ瀬:イチノセ:Ichinose 五十嵐:イガラシ:Igarashi').split()]

MEI = [x.split(':') for x in (
    '花子:ハナコ:Hanako:f 美咲:ミサキ:Misaki:f 陽菜:ヒナ:Hina:f 結衣:ユイ:Yui:f さくら:サクラ:Sakura:f '
    '葵:アオイ:Aoi:f 愛:アイ:Ai:f 真由美:マユミ:Mayumi:f 恵子:ケイコ:Keiko:f 裕子:ユウコ:Yuko:f '
    '直美:ナオミ:Naomi:f 久美子:クミコ:Kumiko:f 明美:アケミ:Akemi:f 千尋:チヒロ:Chihiro:f 彩:アヤ:Aya:f '
    '舞:マイ:Mai:f 奈々:ナナ:Nana:f 由美:ユミ:Yumi:f 智子:トモコ:Tomoko:f 洋子:ヨウコ:Yoko:f '
    '香織:カオリ:Kaori:f 麻衣:マイ:Mai:f 沙織:サオリ:Saori:f 里美:サトミ:Satomi:f めぐみ:メグミ:Megumi:f '
    '太郎:タロウ:Taro:m 翔太:ショウタ:Shota:m 大輔:ダイスケ:Daisuke:m 健一:ケンイチ:Kenichi:m '
    '拓也:タクヤ:Takuya:m 誠:マコト:Makoto:m 浩二:コウジ:Koji:m 隆:タカシ:Takashi:m 和也:カズヤ:Kazuya:m '
    '翼:ツバサ:Tsubasa:m 蓮:レン:Ren:m 悠人:ユウト:Yuto:m 直樹:ナオキ:Naoki:m 修:オサム:Osamu:m '
    '剛:ツヨシ:Tsuyoshi:m 健太:ケンタ:Kenta:m 亮:リョウ:Ryo:m 達也:タツヤ:Tatsuya:m 雄一:ユウイチ:Yuichi:m '
    '正人:マサト:Masato:m 聡:サトシ:Satoshi:m 一郎:イチロウ:Ichiro:m 博之:ヒロユキ:Hiroyuki:m '
    '優:ユウ:Yu:m 大樹:ダイキ:Daiki:m').split()]

FOREIGN = [('グエン・ヴァン・アン', 'NGUYEN VAN AN', 'ベトナム'), ('サントス・マリア', 'SANTOS MARIA', 'ブラジル'),
           ('リ・シャオメイ', 'LI XIAOMEI', '中国'), ('キム・ミンジュン', 'KIM MINJUN', '韓国'),
           ('シルバ・ジョアン', 'SILVA JOAO', 'ブラジル'), ('レ・ティ・ホア', 'LE THI HOA', 'ベトナム'),
           ('ラマ・ビカス', 'RAMA BIKAS', 'ネパール'), ('デラクルス・アナ', 'DELA CRUZ ANA', 'フィリピン')]

WEST = [('John', 'Miller'), ('Emily', 'Clark'), ('David', 'Wong'), ('Sarah', 'Johnson'), ('Michael', 'Brown'),
        ('Laura', 'Schmidt'), ('Raj', 'Patel'), ('Anna', 'Kowalski'), ('Peter', 'Nguyen'), ('Olivia', 'Turner'),
        ('Thomas', 'Becker'), ('Grace', 'Lee'), ('Daniel', 'Martin'), ('Chloe', 'Dubois')]

PLACES = [('東京都', '新宿区', '西新宿'), ('東京都', '世田谷区', '三軒茶屋'), ('東京都', '練馬区', '豊玉北'),
          ('東京都', '江東区', '豊洲'), ('東京都', '八王子市', '旭町'), ('神奈川県', '横浜市中区', '山下町'),
          ('神奈川県', '川崎市中原区', '小杉町'), ('神奈川県', '相模原市南区', '相模大野'),
          ('大阪府', '大阪市北区', '梅田'), ('大阪府', '堺市堺区', '南瓦町'), ('愛知県', '名古屋市中村区', '名駅'),
          ('愛知県', '豊田市', '若宮町'), ('福岡県', '福岡市博多区', '博多駅前'), ('北海道', '札幌市中央区', '北一条西'),
          ('埼玉県', 'さいたま市浦和区', '高砂'), ('埼玉県', '川口市', '本町'), ('千葉県', '船橋市', '本町'),
          ('千葉県', '千葉市美浜区', '幸町'), ('京都府', '京都市下京区', '四条通'), ('兵庫県', '神戸市中央区', '三宮町'),
          ('宮城県', '仙台市青葉区', '一番町'), ('広島県', '広島市中区', '紙屋町'), ('静岡県', '浜松市中央区', '鍛冶町'),
          ('茨城県', 'つくば市', '吾妻'), ('新潟県', '新潟市中央区', '東大通'), ('沖縄県', '那覇市', '久茂地')]
BUILDINGS = ['メゾン若葉', 'グランハイツ', 'サンライズ青葉', 'コーポ桜', 'パークサイド南', 'リバーテラス', 'ハイム緑',
             'シャトー東', 'レジデンス北斗', 'アーバンコート']

AGENCY = '株式会社アオバ・スタッフィング'
AGENCY_DOMAIN = 'aoba-staff.example.co.jp'
CLIENTS = ['株式会社ミドリ物流', '北斗精機株式会社', '株式会社サンライト電子', 'ひかり食品株式会社',
           '株式会社ネクサス・ソリューションズ', '東和システム株式会社', '株式会社しらかば商事', 'あさひ銀行 事務センター']
# client names that contain a surname: never PERSON
SURNAME_COMPANIES = ['株式会社高橋製作所', '鈴木商事株式会社', '田中運輸株式会社', '有限会社山本工務店',
                     '佐藤食品工業株式会社', '中村印刷株式会社']
BANKS = [('みずほ銀行', '新宿支店'), ('三井住友銀行', '渋谷支店'), ('三菱UFJ銀行', '梅田支店'), ('りそな銀行', '浦和支店'),
         ('ゆうちょ銀行', '〇一八店'), ('横浜銀行', '関内支店'), ('楽天銀行', '第一営業支店')]
DEPTS = ['営業部', '管理部', '人事部', '経理部', 'コールセンター運営課', '情報システム部', '派遣事業部']

MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
         'November', 'December']
WDAY_JA = '月火水木金土日'
WDAY_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

ERAS = [('令和', 'R', date(2019, 5, 1), 2018), ('平成', 'H', date(1989, 1, 8), 1988),
        ('昭和', 'S', date(1926, 12, 25), 1925)]


def era(dt):
    for name, letter, start, off in ERAS:
        if dt >= start:
            return name, letter, dt.year - off
    raise ValueError(dt)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return f'{n}th'
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(dt, style, gan=True):
    y, m, d = dt.year, dt.month, dt.day
    en, le, ey = era(dt)
    eys = '元' if (ey == 1 and gan) else str(ey)
    fwide = style.endswith('_fw')
    st = style[:-3] if fwide else style
    s = {
        'ymd_kanji': f'{y}年{m}月{d}日',
        'ymd_kanji_pad': f'{y}年{m:02}月{d:02}日',
        'ymd_slash': f'{y}/{m:02}/{d:02}',
        'ymd_slash_np': f'{y}/{m}/{d}',
        'ymd_hyphen': f'{y}-{m:02}-{d:02}',
        'ymd_dot': f'{y}.{m}.{d}',
        'ymd_compact': f'{y}{m:02}{d:02}',
        'wa_kanji': f'{en}{eys}年{m}月{d}日',
        'wa_kanji_sp': f'{en}{eys}年 {m}月 {d}日',
        'wa_letter_slash': f'{le}{ey:02}/{m:02}/{d:02}',
        'wa_letter_slash_np': f'{le}{ey}/{m}/{d}',
        'wa_letter_dot': f'{le}{ey}.{m}.{d}',
        'wa_letter_dot_pad': f'{le}{ey:02}.{m:02}.{d:02}',
        'wa_letter_hyphen': f'{le}{ey}-{m}-{d}',
        'wa_short_dot': f'{en[0]}{ey}.{m}.{d}',
        'wa_letter_kanji': f'{le}{ey}年{m}月{d}日',
        'wa_both': f'{y}年（{en}{eys}年）{m}月{d}日',
        'en_dmy': f'{d} {MON[m - 1]} {y}',
        'en_dmy_long': f'{d} {MONTH[m - 1]} {y}',
        'en_mdy_long': f'{MONTH[m - 1]} {d}, {y}',
        'en_mdy': f'{MON[m - 1]} {d}, {y}',
        'en_mdy_dot': f'{MON[m - 1]}. {ordinal(d)}, {y}',
        'en_us_slash': f'{m:02}/{d:02}/{y}',
        'en_uk_slash': f'{d:02}/{m:02}/{y}',
        'md_kanji': f'{m}月{d}日',
        'md_slash': f'{m}/{d}',
        'ym_kanji': f'{y}年{m}月',
        'ym_wa': f'{en}{eys}年{m}月',
        'ym_slash': f'{y}/{m:02}',
        'ym_wa_letter': f'{le}{ey}.{m}',
    }[st]
    return fw(s) if fwide else s


DOB_STYLES_JA = (['wa_letter_slash'] * 4 + ['wa_letter_dot'] * 4 + ['wa_short_dot'] * 3 + ['wa_kanji'] * 4 +
                 ['wa_letter_dot_pad', 'wa_letter_slash_np', 'wa_letter_kanji', 'wa_letter_hyphen', 'wa_both',
                  'wa_kanji_sp'] + ['ymd_kanji'] * 3 + ['ymd_slash'] * 3 +
                 ['ymd_slash_np', 'ymd_hyphen', 'ymd_dot', 'ymd_kanji_pad'] +
                 ['ymd_kanji_fw', 'wa_kanji_fw', 'ymd_slash_fw', 'wa_letter_dot_fw'])
DOB_STYLES_CSV = DOB_STYLES_JA + ['ymd_compact', 'ymd_hyphen', 'ymd_slash', 'en_us_slash']
DOB_STYLES_EN = ['en_us_slash', 'en_us_slash', 'en_dmy', 'en_dmy', 'en_dmy_long', 'en_mdy_long', 'en_mdy',
                 'en_mdy_dot', 'en_uk_slash', 'ymd_hyphen']
NEG_STYLES = ['ymd_kanji', 'ymd_slash', 'ymd_slash_np', 'ymd_hyphen', 'ymd_dot', 'wa_kanji', 'wa_letter_dot',
              'wa_letter_slash', 'wa_short_dot', 'md_kanji', 'md_slash', 'ymd_kanji_fw', 'wa_kanji_fw', 'ymd_slash_fw']

# sensitive statements: (prefix, span, suffix, subtype)
SENS = [
    ('', '糖尿病で通院中', 'のため夜勤不可', 'illness'),
    ('本人申告：', 'うつ病で休職歴あり', '。短時間勤務を希望', 'illness'),
    ('', '腰椎椎間板ヘルニアの既往あり', '、重量物は不可', 'illness'),
    ('', 'てんかんの持病があり', '、運転業務は避ける', 'illness'),
    ('', '高血圧で服薬中', '。残業は月20時間まで', 'illness'),
    ('昨年', '乳がんの手術を受け', '、現在も定期的に通院', 'illness'),
    ('前職で', '適応障害と診断され', '退職したとのこと', 'illness'),
    ('', 'パニック障害で通院中', '。満員電車を避けたいので時差出勤希望', 'illness'),
    ('', '喘息の持病あり', '、粉塵のある現場は不可', 'illness'),
    ('', 'C型肝炎の治療中', '（本人了承のうえ記録）', 'illness'),
    ('', '双極性障害で服薬を継続中', '', 'illness'),
    ('', '統合失調症で入院歴あり', '、現在は安定', 'illness'),
    ('', '不妊治療のため通院中', '、月2回程度休みが必要', 'illness'),
    ('', '身体障害者手帳2級', 'を所持、エレベーターのある現場希望', 'disability'),
    ('', '聴覚障害があり', '、連絡はメールかチャットで', 'disability'),
    ('', '精神障害者保健福祉手帳3級を所持', '（障害者雇用枠で紹介）', 'disability'),
    ('通勤は', '車いすを使用', '。段差のない職場に限る', 'disability'),
    ('', '療育手帳B2を所持', '、簡単な軽作業を希望', 'disability'),
    ('', '左手に麻痺が残っており', '、キーボード入力は片手', 'disability'),
    ('', '弱視のため拡大文字の資料が必要', '', 'disability'),
    ('', '熱心なクリスチャンで', '日曜は勤務不可', 'creed'),
    ('', 'エホバの証人の信者', 'のため輸血に関する同意書を別途確認', 'creed'),
    ('', 'イスラム教徒のため', '1日5回の礼拝時間と場所の配慮を希望', 'creed'),
    ('', '創価学会の会員', 'であると本人から申告あり', 'creed'),
    ('', '宗教上の理由で豚肉を食べない', 'ため社食の献立に配慮', 'creed'),
    ('', '窃盗の前科あり', '（本人申告、5年前）', 'criminal_record'),
    ('過去に', '傷害事件で有罪判決', 'を受けたと面談で話した', 'criminal_record'),
    ('現在', '執行猶予中', 'とのこと、営業職の紹介は保留', 'criminal_record'),
    ('', '飲酒運転で罰金刑を受けた', '経歴あり', 'criminal_record'),
    ('元交際相手から', 'ストーカー被害を受けており', '、勤務先は家族にも非開示', 'crime_victim'),
    ('', 'DV被害で避難中', 'のため住所は非開示扱い', 'crime_victim'),
    ('先月', '特殊詐欺の被害に遭い', '、支払相談あり', 'crime_victim'),
    ('通勤途中に', 'ひったくりの被害に遭った', 'ため時間帯の変更を希望', 'crime_victim'),
    ('', '在日韓国人', 'で通称名を使用、給与は本名口座へ', 'race'),
    ('', 'アイヌ民族の出身', 'であることを本人が話した', 'race'),
    ('', '生活保護を受給中', '、収入申告の書類が必要', 'social_status'),
    ('', '被差別部落の出身', 'だと本人が打ち明けた', 'social_status'),
    ('', '児童養護施設の出身', 'で保証人がいない', 'social_status'),
]

# look-alikes: (prefix, span, suffix, kind)
LOOKS = [
    ('勤怠', 'システムの障害', 'でログインできないとの問い合わせ', 'system-failure'),
    ('', 'ネットワーク障害', 'のため本日の連絡が遅れた', 'system-failure'),
    ('', '飼い犬が病気', 'のため来週の勤務を1日休みたい', 'pet-illness'),
    ('', '愛猫の通院', 'に付き添うため午前休を希望', 'pet-illness'),
    ('派遣先の', '病院宛の荷物', 'の配送先を確認したいとのこと', 'hospital-parcel'),
    ('', '○○総合病院宛てに書類を発送', '済み', 'hospital-parcel'),
    ('派遣先は', 'みどり中央病院の医療事務', '（受付業務）', 'hospital-workplace'),
    ('', '健康診断の日程', 'を再調整したい（6月中旬希望）', 'health-check-schedule'),
    ('', 'インフルエンザ予防接種の案内', 'を送付済み', 'health-check-schedule'),
    ('', '障害者雇用枠の求人', 'について問い合わせ（一般論）', 'job-category'),
    ('', '詐欺メールに関する注意喚起', 'を伝達', 'crime-awareness'),
    ('', '宗教法人の事務局', 'への派遣案件に興味あり', 'religious-org-client'),
    ('', 'プリンタ障害', 'で書類が出力できないとのこと', 'system-failure'),
]

NEUTRAL_MEMOS = ['土日勤務可', '車通勤希望', 'Excel中級、Word可', '前職は一般事務（3年）', '英語は日常会話レベル',
                 '週3日希望', 'フォークリフト免許あり', '扶養内で勤務希望', '電話対応の経験あり', '夜勤可',
                 '次回更新時に時給見直し', '長期希望', '在宅勤務の案件を希望', '', '', 'コールセンター経験2年',
                 '子どもの送迎のため17時まで', '簿記2級', '', '語学研修受講済']


# ---------------------------------------------------------------- person model

def kata2hira(s):
    return ''.join(chr(ord(c) - 0x60) if 'ァ' <= c <= 'ヶ' else c for c in s)


class Person:
    def __init__(self, r, lo=1956, hi=2004):
        self.sei, self.seik, self.seir = r.choice(SEI)
        self.mei, self.meik, self.meir, self.sex = r.choice(MEI)
        start = date(lo, 1, 1)
        self.dob = start + timedelta(days=r.randint(0, (date(hi, 12, 31) - start).days))
        self.r = r
        self.sp = r.choice([' ', '　', '', ' '])

    def full(self, sp=None):
        return self.sei + (self.sp if sp is None else sp) + self.mei

    def kana(self):
        sp = self.r.choice([' ', '　'])
        k = self.seik + sp + self.meik
        return kata2hira(k) if self.r.random() < 0.3 else k

    def romaji(self):
        c = self.r.randrange(3)
        if c == 0:
            return f'{self.meir} {self.seir}'
        if c == 1:
            return f'{self.seir.upper()} {self.meir.upper()}'
        return f'{self.seir} {self.meir}'

    def age(self, ref=date(2024, 6, 1)):
        return ref.year - self.dob.year - ((ref.month, ref.day) < (self.dob.month, self.dob.day))


# ---------------------------------------------------------------- generator

class Gen:
    def __init__(self, r, force_utf8=False):
        self.r = r
        self.force_utf8 = force_utf8

    # ---- small pickers
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def person(self, **kw):
        return Person(self.r, **kw)

    def ordinary_date(self, lo=2018, hi=2025):
        start = date(lo, 1, 1)
        return start + timedelta(days=self.r.randint(0, (date(hi, 12, 31) - start).days))

    def neg_date(self, kind='ordinary-date', dt=None, styles=None):
        dt = dt or self.ordinary_date()
        return N(kind, fmt_date(dt, self.ch(styles or NEG_STYLES), gan=self.p(0.5)))

    def dob(self, pr, styles=DOB_STYLES_JA, **kw):
        return E('DATE_OF_BIRTH', fmt_date(pr.dob, self.ch(styles), gan=self.p(0.6)), **kw)

    # ---- phones
    def mobile_parts(self, unalloc=False):
        pfx = self.ch(['090', '080', '070', '090', '080'])
        a = f'0{self.r.randint(0, 999):03}' if unalloc else str(self.r.randint(1000, 9999))
        return pfx, a, f'{self.r.randint(0, 9999):04}'

    def land_parts(self):
        area, n1 = self.ch([('03', 4), ('06', 4), ('045', 3), ('052', 3), ('092', 3), ('011', 3), ('022', 3),
                            ('075', 3), ('078', 3), ('082', 3), ('0422', 2), ('048', 3), ('043', 3), ('03', 4)])
        first = str(self.r.randint(2, 9)) + ''.join(str(self.r.randint(0, 9)) for _ in range(n1 - 1))
        return area, first, f'{self.r.randint(0, 9999):04}'

    def special_parts(self):
        c = self.ch(['0120', '0570', '050'])
        if c == '050':
            return c, str(self.r.randint(1000, 9999)), f'{self.r.randint(0, 9999):04}'
        return c, str(self.r.randint(100, 999)), f'{self.r.randint(0, 999):03}'

    def fmt_phone(self, parts, style=None):
        a, b, c = parts
        style = style or self.ch(['hy'] * 8 + ['nosep', 'paren', 'fw', 'sp'])
        if style == 'hy':
            return f'{a}-{b}-{c}'
        if style == 'nosep':
            return a + b + c
        if style == 'paren':
            return f'{a}({b}){c}'
        if style == 'fw':
            return fw(f'{a}-{b}-{c}')
        return f'{a} {b} {c}'

    def intl(self, parts, style=None):
        a, b, c = parts
        a = a[1:]
        style = style or self.ch(['sp', 'paren0', 'nosep', 'hy', 'sp'])
        return {'sp': f'+81 {a} {b} {c}', 'paren0': f'+81(0){a}-{b}-{c}', 'nosep': f'+81{a}{b}{c}',
                'hy': f'+81-{a}-{b}-{c}'}[style]

    def mobile(self, unalloc_ok=False, style=None):
        un = unalloc_ok and self.p(0.3)
        s = self.fmt_phone(self.mobile_parts(un), style)
        return E('PHONE', s, note='unallocated range') if un else E('PHONE', s)

    def landline(self, style=None):
        return E('PHONE', self.fmt_phone(self.land_parts(), style))

    def special(self):
        return E('PHONE', self.fmt_phone(self.special_parts(), 'hy'))

    # ---- addresses
    def address(self, style=None):
        pref, city, town = self.ch(PLACES)
        c1, c2, c3 = self.r.randint(1, 5), self.r.randint(1, 30), self.r.randint(1, 25)
        style = style or self.ch(['hy', 'hy', 'kanji', 'fw', 'chome'])
        if style == 'hy':
            num = f'{c1}-{c2}-{c3}'
        elif style == 'kanji':
            num = f'{c1}丁目{c2}番{c3}号'
        elif style == 'fw':
            num = fw(f'{c1}-{c2}-{c3}')
        else:
            num = f'{c1}丁目{c2}-{c3}'
        s = (pref if self.p(0.85) else '') + city + town + num
        if self.p(0.5):
            s += self.ch([' ', '　', '']) + self.ch(BUILDINGS) + str(self.r.randint(1, 9)) + f'{self.r.randint(1, 12):02}'
            if self.p(0.3):
                s += '号室'
        return E('ADDRESS', s)

    def postal(self, style=None):
        a, b = f'{self.r.randint(1, 999):03}', f'{self.r.randint(0, 9999):04}'
        style = style or self.ch(['mark', 'mark', 'plain', 'fw', 'fwmark', 'compact'])
        return E('POSTAL_CODE', {'mark': f'〒{a}-{b}', 'plain': f'{a}-{b}', 'fw': fw(f'{a}-{b}'),
                                 'fwmark': '〒' + fw(f'{a}-{b}'), 'compact': a + b}[style])

    def email(self, pr=None, role=None, domain=None):
        dom = domain or self.ch(['example.ne.jp', 'mail.example.jp', 'example.com', 'docomo.example.jp',
                                 'ezweb.example.jp', 'icloud.example.com', 'gmail.example.com'])
        if role:
            return E('EMAIL', f'{role}@{dom}')
        if pr is None:
            return E('EMAIL', f'user{self.r.randint(100, 9999)}@{dom}')
        c = self.r.randrange(4)
        local = [f'{pr.meir.lower()}.{pr.seir.lower()}', f'{pr.seir.lower()}{self.r.randint(1, 99)}',
                 f'{pr.meir[0].lower()}-{pr.seir.lower()}', f'{pr.meir.lower()}_{self.r.randint(1980, 2005)}'][c]
        return E('EMAIL', f'{local}@{dom}')

    def work_email(self, pr):
        return E('EMAIL', f'{pr.seir.lower()}.{pr.meir[0].lower()}@{AGENCY_DOMAIN}')

    # ---- numbers
    def digits(self, n, first_nonzero=False):
        s = ''.join(str(self.r.randint(0, 9)) for _ in range(n))
        if first_nonzero and s[0] == '0':
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def mynumber(self, wrong=False):
        b = self.digits(11, True)
        c = mynumber_digit(b)
        if wrong:
            c = str((int(c) + self.r.randint(1, 9)) % 10)
        s = b + c
        if self.p(0.4):
            s = f'{s[:4]} {s[4:8]} {s[8:]}'
        elif self.p(0.3):
            s = f'{s[:4]}-{s[4:8]}-{s[8:]}'
        return E('MY_NUMBER', s, note='check digit wrong') if wrong else E('MY_NUMBER', s)

    def corpnum(self):
        b = self.digits(12, True)
        return E('CORPORATE_NUMBER', corp_digit(b) + b)

    def card(self, wrong=False):
        pre = self.ch(['4', '5' + str(self.r.randint(1, 5)), '35' + str(self.r.randint(28, 89))])
        body = pre + self.digits(15 - len(pre))
        c = luhn_digit(body)
        if wrong:
            c = str((int(c) + self.r.randint(1, 9)) % 10)
        n = body + c
        s = ' '.join(n[i:i + 4] for i in range(0, 16, 4)) if self.p(0.4) else (
            '-'.join(n[i:i + 4] for i in range(0, 16, 4)) if self.p(0.4) else n)
        return E('CREDIT_CARD', s, note='check digit wrong') if wrong else E('CREDIT_CARD', s)

    def license_no(self, wrong=False):
        f10 = f'{self.r.choice([30, 31, 40, 45, 50, 51, 52, 60, 62, 73, 80, 90])}{self.r.randint(0, 99):02}' + self.digits(6)
        c = license_digit(f10)
        if wrong:
            c = str((int(c) + 1 + self.r.randint(0, 8)) % 10)
        s = f10 + c + str(self.r.choice([0, 0, 0, 1, 2]))
        if self.p(0.15):
            s = fw(s)
        return E('DRIVERS_LICENSE', s, note='check digit wrong') if wrong else E('DRIVERS_LICENSE', s)

    def insurer_no(self):
        b = self.ch(['01', '06', '31', '32', '34', '63']) + f'{self.r.randint(1, 47):02}' + self.digits(3)
        return E('HEALTH_INSURANCE', b + luhn_digit(b))

    def ins_kigo(self):
        return E('HEALTH_INSURANCE', self.digits(self.ch([4, 5, 6, 8]), True))

    def ins_bango(self):
        return E('HEALTH_INSURANCE', str(self.r.randint(1, 9999999)) if self.p(0.5) else self.digits(7, True))

    def pension(self):
        return E('PENSION_NUMBER', f'{self.digits(4, True)}-{self.digits(6)}')

    def passport(self):
        return E('PASSPORT', self.ch(['TK', 'TR', 'TZ', 'MU', 'XR', 'AZ']) + self.digits(7))

    def rescard(self):
        L2 = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
        return E('RESIDENCE_CARD', self.ch(L2) + self.ch(L2) + self.digits(8) + self.ch(L2) + self.ch(L2))

    def account(self):
        return E('BANK_ACCOUNT', self.digits(7, True))

    def ipv4(self):
        return E('IP_ADDRESS', self.ch([f'203.0.113.{self.r.randint(1, 254)}', f'198.51.100.{self.r.randint(1, 254)}',
                                       f'192.0.2.{self.r.randint(1, 254)}', f'10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}']))

    def ipv6(self):
        return E('IP_ADDRESS', f'2001:db8:{self.r.randint(1, 0xffff):x}::{self.r.randint(1, 0xfff):x}')

    # ---- hard negatives
    def neg_order(self):
        return N('order-number', self.ch([f'ORD-{self.r.randint(2023, 2025)}{self.r.randint(1, 12):02}-{self.digits(5)}',
                                          f'{self.r.randint(2301, 2512)}-{self.digits(4)}-{self.digits(4)}',
                                          f'A{self.digits(9)}']))

    def neg_track(self):
        while True:
            s = self.digits(12, True)
            if mynumber_digit(s[:11]) != s[11]:
                break
        return N('tracking-number', self.ch([s, f'{s[:4]}-{s[4:8]}-{s[8:]}']))

    def neg_12(self, kind='reference-number'):
        while True:
            s = self.digits(12, True)
            if mynumber_digit(s[:11]) != s[11] and license_digit(s[:10]) != s[10]:
                break
        return N(kind, s)

    def neg_16(self, kind='member-number'):
        while True:
            s = self.ch(['4', '5', '3', '6', '9']) + self.digits(15)
            if not luhn_ok(s):
                break
        return N(kind, self.ch([s, ' '.join(s[i:i + 4] for i in range(0, 16, 4)), '-'.join(s[i:i + 4] for i in range(0, 16, 4))]))

    def neg_jan(self):
        while True:
            b = self.ch(['45', '49']) + self.digits(10)
            s = b + ean_digit(b)
            if corp_digit(s[1:]) != s[0]:
                break
        return N('jan-code', s)

    def neg_amount(self, lo=None, hi=None):
        v = self.r.randint(lo, hi) if lo else self.r.randint(1, 2000) * self.ch([10, 100, 1000])
        return N('amount', self.ch([f'¥{v:,}', f'{v:,}円', f'{v:,}円', f'金{v:,}円']))

    def neg_version(self):
        return N('version', self.ch([f'v{self.r.randint(1, 9)}.{self.r.randint(0, 20)}.{self.r.randint(0, 9)}',
                                     f'Ver.{self.r.randint(1, 12)}.{self.r.randint(0, 9)}',
                                     f'{self.r.randint(1, 5)}.{self.r.randint(0, 30)}.{self.r.randint(0, 200)}']))

    def neg_product(self):
        return N('product-code', self.ch([f'SKU-{self.ch(["AB", "KX", "TR", "MZ"])}-{self.digits(4)}',
                                          f'{self.ch(["KX", "PT", "HS", "NV"])}-{self.digits(4)}{self.ch("ABCR")}',
                                          f'{self.digits(3)}-{self.digits(4)}-{self.ch("ABC")}']))

    def neg_invoice(self):
        return N('invoice-number', self.ch([f'INV-{self.r.randint(2023, 2025)}-{self.digits(6)}', f'No.{self.digits(8)}',
                                            f'{self.r.randint(2023, 2025)}{self.digits(6)}']))

    def neg_room(self):
        return N('room-number', self.ch([f'{self.r.randint(2, 12)}0{self.r.randint(1, 9)}会議室', f'第{self.r.randint(1, 5)}会議室',
                                         f'{self.r.randint(1, 9)}0{self.r.randint(1, 9)}号室', f'Room {self.r.randint(2, 12)}0{self.r.randint(1, 9)}']))

    def neg_staffid(self):
        return N('employee-id', self.ch([f'ST-{self.digits(6)}', f'S{self.digits(5)}', f'{self.r.randint(10000, 99999)}']))

    def neg_case(self):
        return N('case-number', self.ch([f'C-{self.r.randint(2023, 2025)}-{self.r.randint(1, 12):02}-{self.digits(4)}',
                                         f'INC{self.digits(7)}', f'#{self.digits(6)}']))

    def neg_part(self):
        return N('part-number', f'{self.digits(3)}-{self.digits(4)}')

    def neg_count(self):
        return N('count', self.ch([f'{self.r.randint(100, 99999):,}件', f'{self.r.randint(2, 900)}名', f'{self.r.randint(2, 300)}人']))

    def neg_any(self):
        return self.ch([self.neg_order, self.neg_track, self.neg_16, self.neg_jan, self.neg_amount, self.neg_version,
                        self.neg_product, self.neg_invoice, self.neg_12, self.neg_case, self.neg_date])()

    def sens(self):
        pre, span, suf, sub = self.ch(SENS)
        return [pre, E('SENSITIVE', span, subtype=sub), suf]

    def look(self):
        pre, span, suf, kind = self.ch(LOOKS)
        return [pre, L(kind, span), suf]

    def memo(self, ps=0.35, pl=0.2, staff=None):
        x = self.r.random()
        if x < ps:
            items = self.sens()
        elif x < ps + pl:
            items = self.look()
        else:
            m = self.ch(NEUTRAL_MEMOS)
            items = [m] if m else []
            if self.p(0.25):
                items += [('、' if m else '') + '希望時給', self.neg_amount(1000, 2500)]
        if self.p(0.2):
            items = items + ['（', self.neg_date(styles=['md_slash', 'ymd_slash', 'md_kanji']), '面談）']
        if staff and self.p(0.2):
            items = items + [' 担当:', E('PERSON', staff.sei)]
        return items

    def agency_sig(self, d, pr=None, english=False):
        """Signature block of an agency employee; every value tagged."""
        pr = pr or self.person()
        d.line('――――――――――――――――' if not english else '--')
        if english:
            d.line(E('PERSON', pr.romaji()))
            d.line(f'{self.ch(DEPTS_EN)}, Aoba Staffing Co., Ltd.')
            d.line('Tel: ', E('PHONE', self.intl(self.land_parts())), ' / Mobile: ', E('PHONE', self.intl(self.mobile_parts())))
            d.line('Email: ', self.work_email(pr))
        else:
            d.line(AGENCY, ' ', self.ch(DEPTS))
            d.line(E('PERSON', pr.full()) if self.p(0.7) else E('PERSON', pr.sei))
            if self.p(0.6):
                d.line(self.postal('mark'), ' ', self.address())
            tel = ['TEL ', self.landline('hy')]
            if self.p(0.5):
                tel += [' / FAX ', self.landline('hy')]
            d.line(*tel)
            d.line('Mail: ', self.work_email(pr))
        return pr


DEPTS_EN = ['Sales', 'Client Services', 'Global Accounts', 'HR Operations', 'Contact Center']


# ---------------------------------------------------------------- document builders
# each returns (folder, ext, shape, doc, encoding, header_charset?)

def g_form_same(g):
    d = Doc(g.ch(['\n', '\n', '\r\n']))
    pr = g.person()
    sep = g.ch(['：', ':', '　', '：', ' : '])
    d.line(g.ch(['派遣スタッフ登録票', '【スタッフ登録シート】', '登録フォーム（Web受付）', '人材登録カード']))
    d.line('登録日', sep, g.neg_date('ordinary-date', styles=['ymd_kanji', 'ymd_slash', 'wa_kanji']),
           '　スタッフ番号', sep, g.neg_staffid())
    d.line('氏名', sep, E('PERSON', pr.full()))
    d.line(g.ch(['フリガナ', 'ふりがな', 'カナ']), sep, E('PERSON', pr.kana()))
    if g.p(0.3):
        d.line('ローマ字', sep, E('PERSON', pr.romaji()))
    d.line(g.ch(['生年月日', '生年月日', '誕生日', '生年月日(和暦)']), sep, g.dob(pr), g.ch(['', f'（{pr.age()}歳）', f' 満{pr.age()}歳', '生']))
    d.line('性別', sep, '女' if pr.sex == 'f' else '男')
    d.line(g.ch(['郵便番号', '〒']), sep, g.postal(g.ch(['plain', 'fw', 'fw', 'compact'])))
    d.line('住所', sep, g.address())
    d.line(g.ch(['携帯', '携帯電話', '電話番号', '連絡先(携帯)']), sep, g.mobile(unalloc_ok=True))
    if g.p(0.4):
        d.line(g.ch(['自宅電話', '電話番号(自宅)', 'TEL']), sep, g.landline())
    d.line(g.ch(['メール', 'E-mail', 'メールアドレス']), sep, g.email(pr))
    if g.p(0.6):
        em = g.person()
        d.line('緊急連絡先', sep, E('PERSON', pr.sei + em.sp + em.mei), g.ch(['（父）', '（母）', '（配偶者）', '（兄）']), ' ',
               g.mobile(unalloc_ok=True))
    d.line('最寄駅', sep, g.ch(['JR中央線 中野駅', '東急田園都市線 三軒茶屋駅', '地下鉄御堂筋線 梅田駅', '京浜東北線 川口駅']),
           ' 徒歩', str(g.r.randint(3, 20)), '分')
    d.line('希望時給', sep, g.neg_amount(1000, 2500))
    if g.p(0.5):
        c = g.r.randrange(3)
        if c == 0:
            d.line('健康保険証　記号', sep, g.ins_kigo(), '　番号', sep, g.ins_bango())
        elif c == 1:
            k, b = g.ins_kigo(), g.ins_bango()
            d.line('記号・番号', sep, E('HEALTH_INSURANCE', f'{k[2]}-{b[2]}'))
        else:
            d.line('保険者番号', sep, g.insurer_no(), '　記号', sep, g.ins_kigo(), '　番号', sep, g.ins_bango())
    if g.p(0.3):
        d.line('基礎年金番号', sep, g.pension())
    if g.p(0.3):
        d.line('運転免許証番号', sep, g.license_no(wrong=g.p(0.1)), '（有効期限', sep,
               g.neg_date('expiry-date', dt=g.ordinary_date(2025, 2030), styles=['ymd_kanji', 'wa_kanji', 'ymd_slash']), '）')
    if g.p(0.3):
        d.line('入社日', sep, g.neg_date('hire-date'), '　契約開始日', sep, g.neg_date('contract-date'))
    d.line('備考', sep, g.memo(0.4, 0.2))
    d.line('受付担当', sep, E('PERSON', g.person().sei))
    return 'forms', g.ch(['txt', 'txt', 'md']), 'form-label-same-line', d


def g_form_above(g):
    d = Doc(g.ch(['\n', '\r\n']))
    pr = g.person()
    br = g.ch([('', ''), ('【', '】'), ('■', ''), ('[', ']')])
    blank = g.p(0.3)

    def f(label, *val):
        d.line(br[0] + label + br[1])
        d.line(*val)
        if blank:
            d.line()
    d.line(g.ch(['派遣スタッフ登録票（手書き転記）', 'スタッフ情報', '登録内容確認書', '本人確認記録']))
    d.line()
    f('受付日', g.neg_date('received-date'))
    f('氏名', E('PERSON', pr.full()))
    f(g.ch(['フリガナ', 'ふりがな']), E('PERSON', pr.kana()))
    f(g.ch(['生年月日', '誕生日', '生年月日（西暦）', '生年月日（和暦）']), g.dob(pr))
    f(g.ch(['郵便番号', '郵便番号（ハイフン不要）']), g.postal(g.ch(['plain', 'fw', 'compact', 'fw'])))
    f('住所', g.address())
    f(g.ch(['携帯', '携帯電話番号', '電話番号']), g.mobile(unalloc_ok=True))
    if g.p(0.5):
        f('メールアドレス', g.email(pr))
    if g.p(0.6):
        f(g.ch(['運転免許証番号', '免許証番号', '運転免許証の番号']), g.license_no(wrong=g.p(0.1)))
        f('交付日', g.neg_date('issue-date'))
    if g.p(0.5):
        c = g.r.randrange(3)
        if c == 0:
            f('被保険者証 記号', g.ins_kigo())
            f('被保険者証 番号', g.ins_bango())
        elif c == 1:
            k, b = g.ins_kigo(), g.ins_bango()
            f('記号・番号', E('HEALTH_INSURANCE', f'{k[2]}-{b[2]}'))
        else:
            f('保険者番号', g.insurer_no())
    if g.p(0.3):
        f('基礎年金番号', g.pension())
    if g.p(0.2):
        f('個人番号', g.mynumber(wrong=g.p(0.15)))
    f('備考', g.memo(0.35, 0.2))
    f('確認者', E('PERSON', g.person().full()))
    return 'forms', 'txt', 'form-label-above', d


def csv_headerset(g):
    style = g.ch(['ja', 'ja', 'ja', 'en', 'romaji'])
    if style == 'ja':
        return style, {'name': g.ch(['氏名', '名前', 'スタッフ名']), 'kana': g.ch(['フリガナ', 'ふりがな', 'カナ']),
                       'dob': g.ch(['誕生日', '生年月日', '生年月日', '誕生日']), 'tel': g.ch(['携帯', '電話番号', '携帯番号', 'tel', 'TEL']),
                       'mail': g.ch(['メール', 'メールアドレス', 'mail']), 'reg': g.ch(['登録日', '入社日', '最終勤務日', '更新日時']),
                       'memo': g.ch(['備考', 'memo', 'メモ', '相談内容']), 'id': g.ch(['スタッフID', 'No', '管理番号']),
                       'zip': '郵便番号', 'addr': '住所'}
    if style == 'en':
        return style, {'name': 'name', 'kana': 'kana', 'dob': g.ch(['birthday', 'DOB', 'date_of_birth', 'Birthday']),
                       'tel': g.ch(['tel', 'mobile', 'phone']), 'mail': 'email', 'reg': g.ch(['registered', 'created_at', 'updated_at']),
                       'memo': g.ch(['memo', 'notes', 'remarks']), 'id': 'id', 'zip': 'zip', 'addr': 'address'}
    return style, {'name': 'shimei', 'kana': 'furigana', 'dob': 'seinengappi', 'tel': g.ch(['keitai', 'denwa']),
                   'mail': 'mail', 'reg': 'tourokubi', 'memo': 'bikou', 'id': 'no', 'zip': 'yubin', 'addr': 'jusho'}


def csv_common(g):
    enc = g.ch(['utf-8', 'utf-8-sig', 'utf-8-sig', 'cp932'])
    nl = g.ch(['\r\n', '\r\n', '\n'])
    sep = ',' if g.p(0.85) else '\t'
    return enc, nl, sep


def g_csv_staff(g):
    enc, nl, sep = csv_common(g)
    d = Doc(nl)
    style, h = csv_headerset(g)
    cols = ['id', 'name']
    if g.p(0.6):
        cols.append('kana')
    cols.append('dob')
    cols.append('tel')
    if g.p(0.5):
        cols.append('mail')
    if g.p(0.4):
        cols += ['zip', 'addr']
    cols.append('reg')
    if g.p(0.7):
        cols.append('memo')
    if g.p(0.3):
        i = cols.index('dob')
        cols[i], cols[i + 1] = cols[i + 1], cols[i]
    quote_all = g.p(0.2)
    d.row([h[c] for c in cols], sep, quote_all)
    dob_style = g.ch(DOB_STYLES_CSV)
    mixed = g.p(0.25)
    reg_style = g.ch(['ymd_slash', 'ymd_hyphen', 'ymd_slash_np'])
    coord = g.person()
    n = 0
    while d.pos < 2300 and n < 25:
        pr = g.person()
        cells = []
        for c in cols:
            if c == 'id':
                cells.append(g.neg_staffid())
            elif c == 'name':
                cells.append(E('PERSON', pr.full()) if style != 'en' or g.p(0.5) else E('PERSON', pr.romaji()))
            elif c == 'kana':
                cells.append(E('PERSON', pr.kana()))
            elif c == 'dob':
                st = g.ch(DOB_STYLES_CSV) if mixed else dob_style
                cells.append(E('DATE_OF_BIRTH', fmt_date(pr.dob, st, gan=g.p(0.5))) if g.p(0.95) else '')
            elif c == 'tel':
                cells.append(g.mobile(unalloc_ok=True, style=g.ch(['hy', 'hy', 'nosep'])))
            elif c == 'mail':
                cells.append(g.email(pr))
            elif c == 'zip':
                cells.append(g.postal(g.ch(['plain', 'compact', 'fw'])))
            elif c == 'addr':
                cells.append(g.address())
            elif c == 'reg':
                cells.append(N('ordinary-date', fmt_date(g.ordinary_date(), reg_style)))
            elif c == 'memo':
                items = g.memo(0.3, 0.2, staff=coord)
                if g.p(0.05):
                    items = items + ['\n', '（追記）', g.neg_date(styles=['md_slash'])]
                cells.append(items)
        d.row(cells, sep, quote_all)
        n += 1
    shape = f'csv-staff-{style}-' + ('dobcol-' + h['dob'])
    return 'csv', 'csv' if sep == ',' else 'tsv', shape, d, enc


def g_csv_customer(g):
    enc, nl, sep = csv_common(g)
    d = Doc(nl)
    cols = [g.ch(['顧客番号', '会員番号', 'お客様ID']), g.ch(['氏名', 'お名前']), g.ch(['電話番号', '携帯', 'tel']),
            g.ch(['生年月日', '誕生日', 'DOB']), g.ch(['相談内容', '備考', 'memo', '対応メモ']), '受付日']
    if g.p(0.4):
        cols.insert(3, '郵便番号')
    quote_all = g.p(0.25)
    d.row(cols, sep, quote_all)
    ops = [g.person() for _ in range(3)]
    n = 0
    while d.pos < 2400 and n < 20:
        pr = g.person()
        cells = []
        for c in cols:
            if c in ('顧客番号', '会員番号', 'お客様ID'):
                cells.append(N('customer-id', f'K{g.digits(7)}') if g.p(0.7) else g.neg_16('member-number'))
            elif c in ('氏名', 'お名前'):
                cells.append(E('PERSON', pr.full()))
            elif c in ('電話番号', '携帯', 'tel'):
                cells.append(g.mobile(unalloc_ok=True) if g.p(0.7) else g.landline())
            elif c == '郵便番号':
                cells.append(g.postal(g.ch(['plain', 'fw', 'compact'])))
            elif c in ('生年月日', '誕生日', 'DOB'):
                cells.append(g.dob(pr, DOB_STYLES_CSV))
            elif c == '受付日':
                cells.append(g.neg_date('received-date', styles=['ymd_slash', 'ymd_hyphen']))
            else:
                x = g.r.random()
                if x < 0.45:
                    pre, span, suf, sub = g.ch(SENS)
                    items = [g.ch(['', '本人より：', 'お客様より、', '']) + pre, E('SENSITIVE', span, subtype=sub), suf]
                elif x < 0.7:
                    items = g.look()
                else:
                    items = [g.ch(['シフト変更の相談', '給与明細の再発行依頼', '有給休暇の残日数確認', '派遣先までの交通費について',
                                   '源泉徴収票の送付先変更', '次回契約更新の意向確認'])]
                if g.p(0.3):
                    items += ['。対応:', E('PERSON', g.ch(ops).sei)]
                cells.append(items)
        d.row(cells, sep, quote_all)
        n += 1
    return 'csv', 'csv' if sep == ',' else 'tsv', 'csv-customer-memo', d, enc


def g_csv_insurance(g):
    enc, nl, sep = csv_common(g)
    d = Doc(nl)
    two = g.p(0.6)
    cols = ['社員番号', '氏名', g.ch(['生年月日', '誕生日']), '保険者番号'] + (['記号', '番号'] if two else ['記号・番号']) + \
        ['資格取得日', g.ch(['基礎年金番号', '備考'])]
    d.row(cols, sep)
    n = 0
    while d.pos < 2300 and n < 20:
        pr = g.person()
        ins = g.insurer_no()
        row = [g.neg_staffid(), E('PERSON', pr.full()), g.dob(pr, DOB_STYLES_CSV), ins]
        k, b = g.ins_kigo(), g.ins_bango()
        row += [k, b] if two else [E('HEALTH_INSURANCE', f'{k[2]}-{b[2]}')]
        row.append(g.neg_date('qualification-date', styles=['ymd_slash', 'wa_letter_dot', 'ymd_kanji']))
        row.append(g.pension() if cols[-1] == '基礎年金番号' else g.memo(0.15, 0.1))
        d.row(row, sep)
        n += 1
    return 'csv', 'csv' if sep == ',' else 'tsv', 'csv-insurance-' + ('kigo-bango-cols' if two else 'kigo-bango-joined'), d, enc


SCHOOLS = ['県立桜ヶ丘高等学校', '市立みなと高等学校', '私立青葉学園高等学校', '北斗大学 経済学部', '東和大学 文学部 英文学科',
           '中央情報専門学校 ビジネス科', 'みどり短期大学 生活学科', '東西工業大学 工学部 機械工学科']


def g_resume(g):
    d = Doc(g.ch(['\n', '\r\n']))
    pr = g.person(lo=1960, hi=2002)
    wareki = g.p(0.6)
    d.line(g.ch(['履　歴　書', '履歴書', '# 履歴書']))
    today = g.ordinary_date(2023, 2025)
    d.line(g.neg_date('document-date', dt=today, styles=['wa_kanji', 'ymd_kanji']), '現在')
    d.line('ふりがな　', E('PERSON', kata2hira(pr.seik) + '　' + kata2hira(pr.meik)))
    d.line('氏　　名　', E('PERSON', pr.full('　')))
    dst = g.ch(['wa_kanji', 'wa_kanji', 'wa_both', 'wa_kanji_sp', 'wa_kanji_fw']) if wareki else g.ch(['ymd_kanji', 'ymd_kanji', 'ymd_kanji_fw', 'ymd_slash'])
    lab = g.ch(['生年月日　', '', '生年月日：'])
    d.line(lab, E('DATE_OF_BIRTH', fmt_date(pr.dob, dst)), g.ch(['生', '生', '']),
           g.ch([f'（満{pr.age()}歳）', f'　満{pr.age()}歳', '']))
    d.line('性別　', '女' if pr.sex == 'f' else '男')
    d.line('現住所　', g.postal('mark'))
    d.line('　　', g.address())
    d.line('電話　', g.landline() if g.p(0.3) else g.mobile(unalloc_ok=True), '　携帯　' if g.p(0.3) else '', g.mobile() if g.p(0.3) else '')
    d.line('E-mail　', g.email(pr))
    if g.p(0.3):
        d.line('連絡先　同上')
    d.line()
    d.line(g.ch(['学歴・職歴', '年　月　学歴・職歴', '■学歴・職歴']))
    y = pr.dob.year + 15 + (1 if (pr.dob.month, pr.dob.day) < (4, 2) else 0) - 1
    yst = g.ch(['ym_wa', 'ym_wa', 'ym_wa_letter']) if wareki else g.ch(['ym_kanji', 'ym_kanji', 'ym_slash'])
    ym = lambda yy, mm: fmt_date(date(yy, mm, 1), yst)
    d.line('　　学　歴')
    schools = [g.ch(SCHOOLS[:3])] + ([g.ch(SCHOOLS[3:])] if g.p(0.7) else [])
    for school in schools:
        if y + 3 > 2024:
            break
        d.line(N('ordinary-date', ym(y, 4)), '　', school, '　入学')
        y += 3 if '高等' in school else (2 if ('専門' in school or '短期' in school) else 4)
        d.line(N('ordinary-date', ym(y, 3)), '　', school, '　卒業')
    d.line('　　職　歴')
    for _ in range(g.r.randint(1, 4)):
        if y >= 2023:
            break
        comp = g.ch(CLIENTS + SURNAME_COMPANIES)
        comp = N('company-with-surname', comp) if comp in SURNAME_COMPANIES else comp
        d.line(N('ordinary-date', ym(y, 4)), '　', comp, '　入社（', g.ch(['営業事務', '経理', 'コールセンター', '物流倉庫管理', '受付']), '）')
        y += g.r.randint(1, 6)
        if y >= 2024:
            d.line('　　現在に至る')
            break
        d.line(N('ordinary-date', ym(y, 3)), '　', g.ch(['一身上の都合により退職', '契約期間満了により退職', '会社都合により退職']))
    d.line('　　　　　　　　　　　　　　以上')
    d.line()
    d.line('免許・資格')
    for yy in sorted(g.r.randint(pr.dob.year + 18, 2023) for _ in range(g.r.randint(1, 3))):
        d.line(N('ordinary-date', ym(yy, g.r.randint(1, 12))), '　',
               g.ch(['普通自動車第一種運転免許 取得', '日商簿記検定2級 合格', 'TOEIC 730点 取得', 'MOS Excel 取得', '秘書検定2級 合格']))
    d.line()
    d.line('志望動機・特技など')
    d.line(g.ch(['これまでの事務経験を活かし、正確で丁寧な仕事をしたいと考えています。',
                 'コールセンターでの経験を活かし、お客様に寄り添った対応を心がけます。',
                 '物流現場での経験があり、体力には自信があります。']))
    if g.p(0.2):
        d.line('本人希望記入欄：', g.sens(), '。')
    else:
        d.line('本人希望記入欄：貴社規定に従います。')
    d.line('通勤時間　約', str(g.r.randint(10, 90)), '分　扶養家族数（配偶者を除く）', str(g.r.randint(0, 3)), '人')
    if g.p(0.25):
        kid = g.person(lo=2012, hi=2023)
        d.line('扶養家族：長', '女' if kid.sex == 'f' else '男', '　', E('PERSON', pr.sei + kid.sp + kid.mei), '（',
               E('DATE_OF_BIRTH', fmt_date(kid.dob, g.ch(['wa_letter_dot', 'wa_kanji', 'wa_letter_slash']))), '生）')
    return 'resume', 'txt', 'resume-wareki' if wareki else 'resume-seireki', d


CHAT_LINES = ['おはようございます', '了解です', '本日もよろしくお願いします', 'シフト表を更新しました', '確認します',
              '先方から折り返しがありました', 'ありがとうございます！', '少し遅れます', '午後の面談は予定どおりです',
              '派遣先から欠員の連絡がありました', '請求書の件、経理に回しました', 'お疲れさまです']


def g_chat(g):
    d = Doc('\n')
    style = g.ch(['bracket', 'after', 'quote', 'tab'])
    people = [g.person() for _ in range(g.r.randint(2, 4))]
    day = g.ordinary_date(2023, 2025)
    if g.p(0.7):
        d.line(g.ch(['--- ', '■ ', '']), N('ordinary-date', fmt_date(day, g.ch(['ymd_slash', 'ymd_kanji']))),
               f'({WDAY_JA[day.weekday()]})')
    h, m = g.r.randint(8, 17), g.r.randint(0, 59)
    n = g.r.randint(6, 16)
    colon = g.ch([': ', '：', ':'])
    label = {id(pp): (pp.sei if g.p(0.6) else pp.full(g.ch(['', ' ']))) for pp in people}
    for i in range(n):
        sp = g.ch(people)
        m += g.r.randint(0, 9)
        if m > 59:
            h, m = h + 1, m - 60
        t = f'{h:02}:{m:02}' if g.p(0.8) else f'{h}:{m:02}'
        other = g.ch([pp for pp in people if pp is not sp])
        x = g.r.random()
        body = [g.ch(CHAT_LINES)]
        if x < 0.12:
            body = [E('PERSON', other.sei), 'さん、', g.ch(['明日のシフト大丈夫ですか？', '資料ありがとうございます', '面談の件お願いします'])]
        elif x < 0.2:
            cand = g.person()
            body = ['新規の', E('PERSON', cand.full()), 'さん、生年月日は', g.dob(cand), 'で登録しておきます']
        elif x < 0.27:
            body = ['先方の番号は', g.landline(), 'です']
        elif x < 0.33:
            body = ['注文番号', g.neg_order(), 'の件、', g.neg_date('delivery-date', styles=['md_slash', 'md_kanji']), '発送です']
            if g.p(0.5):
                body += ['（伝票番号 ', g.neg_track(), '）']
        elif x < 0.38:
            body = g.look() + ['。']
        elif x < 0.43:
            cand = g.person()
            body = [E('PERSON', cand.sei), 'さん、', g.sens(), 'なので配慮お願いします']
        elif x < 0.47:
            body = [E('PERSON', other.mei), 'さんも会議出られますか？', g.neg_room(), 'です']
        elif x < 0.5:
            cand = g.person()
            body = [E('PERSON', cand.full()), 'さんは', E('DATE_OF_BIRTH', fmt_date(cand.dob, g.ch(['ymd_kanji', 'wa_kanji']))),
                    '生まれなので、年齢要件OKです']
        if style == 'bracket':
            d.line(f'[{t}] ', E('PERSON', label[id(sp)]), colon, body)
        elif style == 'after':
            d.line(E('PERSON', label[id(sp)]), '  ', t)
            d.line(body)
        elif style == 'quote':
            d.line(t, ' ', E('PERSON', label[id(sp)]), '「', body, '」')
        else:
            d.line(t, '\t', E('PERSON', sp.full(' ')), '\t', body)
    shape = {'bracket': 'chat-speaker-bracket', 'after': 'chat-speaker-time-after', 'quote': 'chat-time-name-quote',
             'tab': 'chat-line-export-tab'}[style]
    return 'chat', 'txt', shape, d


def rfc_date(g):
    dt = g.ordinary_date(2023, 2025)
    return dt, f'{WDAY_EN[dt.weekday()]}, {dt.day} {MON[dt.month - 1]} {dt.year} {g.r.randint(8, 19):02}:{g.r.randint(0, 59):02}:{g.r.randint(0, 59):02} +0900'


def mail_headers(g, d, frm, to, subject, charset, cc=None):
    frm_p, frm_e = frm
    d.line('From: ', *([E('PERSON', frm_p), ' <', frm_e, '>'] if frm_p else [frm_e]))
    d.line('To: ', *([E('PERSON', to[0]), ' <', to[1], '>'] if to[0] else [to[1]]))
    if cc:
        d.line('Cc: ', cc)
    d.line('Subject: ', subject)
    dt, s = rfc_date(g)
    d.line('Date: ', N('mail-date', s))
    if g.p(0.6):
        d.line('Message-ID: <', N('message-id', f'{dt:%Y%m%d}{g.digits(6)}.{g.digits(5)}@mail.{AGENCY_DOMAIN}'), '>')
    d.line('MIME-Version: 1.0')
    d.line(f'Content-Type: text/plain; charset={charset}')
    d.line('Content-Transfer-Encoding: 8bit')
    d.line()
    return dt


def g_mail_ja(g):
    d = Doc(g.ch(['\n', '\r\n']))
    enc = 'cp932' if g.p(0.3) and not g.force_utf8 else 'utf-8'
    charset = 'shift_jis' if enc == 'cp932' else 'utf-8'
    a, b = g.person(), g.person()
    kind = g.r.randrange(5)
    subj = ['新規スタッフ登録の件', '派遣先変更のご相談', '【要確認】スタッフ情報の修正', '面談日程のご連絡', '健康面の配慮事項について'][kind]
    mail_headers(g, d, (a.full(' '), g.work_email(a)), (b.full(' '), g.work_email(b)), subj, charset,
                 cc=g.email(role=g.ch(['info', 'hr', 'staff-support']), domain=AGENCY_DOMAIN) if g.p(0.3) else None)
    d.line(E('PERSON', b.sei), g.ch(['さん', '様', 'さん']))
    d.line()
    d.line('お疲れさまです。', E('PERSON', a.sei), 'です。')
    c = g.person()
    if kind in (0, 2):
        d.line('下記スタッフの登録内容を', '確認しました。' if kind == 0 else '修正しました。')
        d.line()
        d.line('氏名：', E('PERSON', c.full()), '（', E('PERSON', c.kana()), '）')
        d.line(g.ch(['生年月日：', '生年月日 ', '誕生日：']), g.dob(c))
        d.line(g.ch(['携帯：', '電話番号：', 'TEL：']), g.mobile(unalloc_ok=True))
        if g.p(0.5):
            d.line('住所：', g.postal(), ' ', g.address())
        if g.p(0.4):
            d.line('口座：', g.ch(BANKS)[0], ' 普通 口座番号 ', g.account())
        if g.p(0.3):
            d.line('健康保険 記号：', g.ins_kigo(), ' 番号：', g.ins_bango())
        d.line('登録日：', g.neg_date('ordinary-date'), '　初回勤務日：', g.neg_date('start-date'))
    elif kind == 1:
        d.line(E('PERSON', c.full()), 'さんの派遣先を', g.ch(CLIENTS), 'から', N('company-with-surname', g.ch(SURNAME_COMPANIES)), 'へ変更予定です。')
        d.line('契約開始日は', g.neg_date('contract-date'), '、時給は', g.neg_amount(1100, 2400), 'の予定です。')
        d.line('先方担当は', E('PERSON', g.person().full()), '様（', g.landline(), '）です。')
        d.line('制服は', g.neg_date('shipping-date', styles=['md_kanji']), 'に発送済み（伝票番号：', g.neg_track(), '、品番 ', g.neg_jan(), '）。')
    elif kind == 3:
        d.line('面談日程の候補です。')
        for _ in range(3):
            d.line('・', g.neg_date('meeting-date', styles=['md_kanji', 'md_slash', 'ymd_slash']), ' ', f'{g.r.randint(9, 17)}:00～', ' ', g.neg_room())
        d.line('対象：', E('PERSON', c.full()), 'さん（', g.neg_staffid(), '）')
    else:
        d.line(E('PERSON', c.full()), 'さんから申告がありました。')
        d.line(g.sens(), '。')
        d.line('派遣先への共有範囲は本人同意の範囲に限ります。')
        d.line('別件：', g.look(), '。')
    d.line()
    d.line('よろしくお願いします。')
    g.agency_sig(d, a)
    return 'mail', 'eml', 'mail-internal-ja', d, enc


def g_mail_en(g):
    d = Doc(g.ch(['\n', '\r\n']))
    fn, ln = g.ch(WEST)
    b = g.person()
    dom = g.ch(['globex-example.com', 'initech.example.org', 'contoso-example.co.uk', 'northwind.example.com'])
    frm_mail = E('EMAIL', f'{fn.lower()}.{ln.lower()}@{dom}')
    subj = g.ch(['Candidate details for onsite assignment', 'Re: Staff for Tokyo office', 'New hire information',
                 'Visa and onboarding documents', 'Contact details update'])
    mdt = mail_headers(g, d, (f'{fn} {ln}', frm_mail), (b.romaji(), g.work_email(b)), subj, 'utf-8')
    if g.p(0.6):
        d.line('Dear ', 'Ms. ' if b.sex == 'f' else 'Mr. ', E('PERSON', b.seir), ',')
    else:
        d.line('Dear ', E('PERSON', b.seir), '-san,')
    d.line()
    d.line(g.ch(['Please find the details of our new team member below.', 'As discussed, here is the information you requested.',
                 'Thank you for arranging the assignment. Details follow.']))
    d.line()
    cfn, cln = g.ch(WEST)
    jp = g.p(0.4)
    if jp:
        cp = g.person()
        d.line('Name: ', E('PERSON', cp.romaji()))
        dob_dt = cp.dob
    else:
        d.line('Name: ', E('PERSON', f'{cfn} {cln}' if g.p(0.6) else f'{cln.upper()}, {cfn}'))
        dob_dt = Person(g.r).dob
    d.line(g.ch(['DOB: ', 'Date of birth: ', 'Date of Birth: ', 'D.O.B. ', 'Birthdate: ']),
           E('DATE_OF_BIRTH', fmt_date(dob_dt, g.ch(DOB_STYLES_EN))))
    if g.p(0.6):
        d.line('Passport No.: ', g.passport())
    if g.p(0.3):
        d.line('Residence card: ', g.rescard())
    d.line(g.ch(['Mobile: ', 'Phone: ', 'Mobile (Japan): ', 'Tel: ']), E('PHONE', g.intl(g.mobile_parts())))
    if g.p(0.4):
        d.line('Home address in Japan: ', g.address())
    d.line('Start date: ', g.neg_date('start-date', dt=mdt + timedelta(days=g.r.randint(7, 60)),
                                      styles=['en_mdy_long', 'en_dmy', 'ymd_hyphen']))
    d.line('PO number: ', g.neg_order(), '   Rate: ', N('amount', f'JPY {g.r.randint(2, 6)},{g.r.randint(0, 9)}00/hour'))
    if g.p(0.3):
        d.line('Corporate number (Hojin Bango) of our Japan entity: ', g.corpnum())
    d.line()
    d.line(g.ch(['Please let me know if anything else is needed.', 'Kind regards,', 'Best regards,']))
    d.line(E('PERSON', f'{fn} {ln}'))
    d.line(f'{g.ch(["Global HR", "Procurement", "Talent Acquisition"])} | {dom.split(".")[0].split("-")[0].title()} Ltd.')
    ph = g.ch([f'+1 (415) 555-0{g.r.randint(100, 199)}', f'+44 20 7946 0{g.r.randint(100, 999)}', f'+1 212 555 0{g.r.randint(100, 199)}'])
    d.line('Tel: ', E('PHONE', ph), '  Email: ', E('EMAIL', f'{fn.lower()}.{ln.lower()}@{dom}'))
    if g.p(0.5):
        d.line('Japan desk: ', E('PHONE', g.intl(g.land_parts())))
    return 'mail', 'eml', 'english-mail', d, 'utf-8'


def g_incident(g):
    d = Doc(g.ch(['\n', '\r\n']))
    d.line(g.ch(['個人情報漏えい事案報告書', '【第一報】個人情報の漏えいに関する報告', 'インシデント報告書（個人情報）']))
    d.line()
    rep = g.person()
    occ = g.ordinary_date(2022, 2025)
    st = g.ch(['ymd_kanji', 'ymd_slash', 'wa_kanji', 'ymd_hyphen'])
    d.line('報告日：', N('report-date', fmt_date(occ + timedelta(days=g.r.randint(2, 10)), st)))
    d.line('報告者：', g.ch(DEPTS), ' ', E('PERSON', rep.full()))
    d.line('管理番号：', g.neg_case())
    d.line('発生日時：', N('incident-date', fmt_date(occ, st)), f' {g.r.randint(0, 23)}:{g.r.randint(0, 59):02}頃')
    d.line('発見日時：', N('incident-date', fmt_date(occ + timedelta(days=g.r.randint(0, 3)), st)), f' {g.r.randint(8, 20)}:{g.r.randint(0, 59):02}')
    items = ['氏名', '生年月日', '住所', '電話番号', 'メールアドレス', '性別', '勤務先', '口座番号']
    g.r.shuffle(items)
    if '生年月日' not in items[:5]:
        items.insert(g.r.randint(0, 3), '生年月日')
    d.line(g.ch(['漏えいした可能性のある項目：', '対象となる情報：', '流出項目：']), '、'.join(items[:5]))
    d.line('対象件数：', g.neg_count())
    d.line()
    d.line('■経緯')
    t = occ
    for _ in range(g.r.randint(3, 5)):
        x = g.r.random()
        if x < 0.3:
            ev = ['委託先サーバへの不正アクセスを検知（接続元 ', g.ipv4() if g.p(0.7) else g.ipv6(), '）']
        elif x < 0.5:
            ev = ['誤送信先（', g.email(role=g.ch(['info', 'support', 'contact']), domain=g.ch(['example.com', 'example.net'])), '）へ削除依頼']
        elif x < 0.7:
            ev = ['スタッフ一覧（管理表 ', g.neg_version(), '）のファイルを誤って添付し送信']
        else:
            ev = [g.ch(['監督官庁への報告を実施', '対象者への通知文を発送（', '社内対策会議を開催'])]
            if ev[0].endswith('（'):
                ev += [g.neg_count(), '）']
        d.line(N('timeline-date', fmt_date(t, g.ch(['ymd_slash', 'md_slash', 'ymd_kanji']))), f' {g.r.randint(8, 20):02}:{g.r.randint(0, 59):02} ', ev)
        t += timedelta(days=g.r.randint(0, 3))
    d.line()
    if g.p(0.4):
        d.line(g.ch(['■対象者（抜粋）　氏名／生年月日／登録日', '■対象者一覧（一部）：氏名、生年月日、登録日']))
        for _ in range(g.r.randint(2, 4)):
            v = g.person()
            d.line(E('PERSON', v.full()), ' ／ ', g.dob(v), ' ／ ', g.neg_date('ordinary-date'))
        d.line()
    d.line('■原因')
    d.line(g.ch(['メール送信時の宛先確認が不十分であった。', 'アクセス権限の設定に誤りがあった。', '委託先の脆弱性対応が遅れていた。']))
    d.line('■再発防止策')
    d.line('送信前のダブルチェックを徹底し、', g.neg_date('deadline', styles=['ymd_kanji', 'md_kanji']), 'までに全社研修を実施する。')
    d.line('問い合わせ窓口：', AGENCY, ' お客様相談室 ', g.special(), '（平日9:00〜18:00）')
    return 'incident', g.ch(['txt', 'md']), 'incident-report-leak', d


def g_incident_sys(g):
    d = Doc('\n')
    d.line(g.ch(['システム障害報告書', '【障害報告】勤怠管理システム', 'サービス停止に関するご報告']))
    occ = g.ordinary_date()
    st = g.ch(['ymd_kanji', 'ymd_slash', 'wa_kanji'])
    d.line('管理番号：', g.neg_case())
    d.line('発生日時：', N('incident-date', fmt_date(occ, st)), f' {g.r.randint(0, 23)}:{g.r.randint(0, 59):02}')
    d.line('復旧日時：', N('incident-date', fmt_date(occ + timedelta(days=g.r.randint(0, 1)), st)), f' {g.r.randint(0, 23)}:{g.r.randint(0, 59):02}')
    d.line('影響範囲：', L('system-failure', g.ch(['勤怠システムの障害', 'コールセンター電話交換機の障害', '給与明細Web閲覧サービスの障害'])),
           'により、', g.neg_count(), 'の打刻が反映されなかった。')
    d.line('原因：', g.ch(['アプリケーションサーバ', 'DBサーバ', 'ロードバランサ']), 'の', g.neg_version(), 'へのアップデート後の設定不備。')
    d.line('対応：', g.neg_version(), 'へ切り戻し、', N('ordinary-date', fmt_date(occ + timedelta(days=2), 'md_kanji')), 'に恒久対応を実施予定。')
    d.line('なお、本障害による個人情報の漏えいはありません。生年月日・住所等のデータは影響を受けていません。')
    d.line('再発防止：監視閾値の見直し（チケット', g.neg_case(), '）。')
    return 'incident', 'txt', 'nopii-system-failure-report', d


def g_health(g):
    d = Doc(g.ch(['\n', '\r\n']))
    d.line(g.ch(['スタッフ健康管理記録（取扱注意）', '就業上の配慮事項メモ', '健康状態ヒアリング記録']))
    pr = g.person()
    d.line('記録日：', g.neg_date('record-date'))
    d.line('スタッフ番号：', g.neg_staffid())
    d.line(g.ch(['氏名：', '対象者：']), E('PERSON', pr.full()))
    if g.p(0.5):
        d.line('生年月日：', g.dob(pr))
    d.line('派遣先：', g.ch(CLIENTS))
    d.line('聴取者：', E('PERSON', g.person().full()))
    d.line()
    d.line('【内容】')
    for _ in range(g.r.randint(1, 2)):
        d.line(g.sens(), '。')
    if g.p(0.5):
        d.line(g.look(), '。')
    d.line('【就業上の配慮】')
    d.line(g.ch(['残業は原則なし。', '重量物の取扱いを免除。', '通院日は事前申請により休暇扱い。', '在宅勤務を週2日まで認める。']))
    d.line('次回面談：', g.neg_date('meeting-date'), '　', g.neg_room())
    return 'health', 'txt', 'health-note', d


def g_consult(g):
    d = Doc(g.ch(['\n', '\r\n']))
    d.line(g.ch(['お問い合わせ対応記録', 'コールセンター 相談受付票', '【スタッフ相談窓口】受付記録']))
    pr = g.person()
    sep = g.ch(['：', ':'])
    d.line('受付番号', sep, g.neg_case())
    d.line('受付日時', sep, g.neg_date('received-date', styles=['ymd_slash', 'ymd_kanji', 'ymd_hyphen']), f' {g.r.randint(9, 20)}:{g.r.randint(0, 59):02}')
    d.line('オペレーター', sep, E('PERSON', g.person().sei))
    d.line('お客様氏名', sep, E('PERSON', pr.full()), ' 様')
    d.line('電話番号', sep, g.mobile(unalloc_ok=True) if g.p(0.7) else g.landline())
    if g.p(0.6):
        d.line('生年月日', sep, g.dob(pr), '（本人確認済）')
    if g.p(0.3):
        d.line('会員番号', sep, g.neg_16('member-number'))
    above = g.p(0.5)
    d.line('相談内容', '' if above else sep)
    x = g.r.random()
    if x < 0.6:
        d.line(g.ch(['先月から', '以前から', '']), g.sens(), '。', g.ch(['シフトを減らしたいとのこと。', '派遣先に伝えるべきか相談したいとのこと。',
                                                                 '契約更新について不安があるとのこと。']))
    elif x < 0.85:
        d.line(g.look(), '。')
    else:
        d.line(g.ch(['給与の振込日を確認したいとのこと。', '交通費精算の方法について。', '有給休暇の申請方法について。']))
    d.line('対応', sep, g.ch(['担当コーディネーターへ引き継ぎ。', '折り返し連絡済み。', 'FAQを案内し解決。']))
    if g.p(0.3):
        d.line('折返し先', sep, g.mobile())
    d.line('次回連絡予定', sep, g.neg_date('callback-date', styles=['md_kanji', 'ymd_slash']))
    return 'callcentre', 'txt', 'callcentre-consult', d


def g_records(g):
    d = Doc(g.ch(['\n', '\r\n']))
    dobhead = g.p(0.65)
    seps = g.ch([' / ', '／', '　', ', ', ' | '])
    if dobhead:
        cols = g.ch([['氏名', '生年月日', '携帯'], ['氏名', '生年月日', '登録日'], ['氏名', '生年月日'], ['氏名', '生年月日', '所属']])
        o, c = g.ch([('■新規登録者一覧（', '）'), ('【生年月日確認リスト】', ''), ('以下の方の生年月日をご確認ください（', '順）'),
                     ('# 対象者：', ''), ('【本日の受付分】', '')])
        d.line(o, seps.join(cols), c)
    else:
        cols = g.ch([['氏名', '面談日', '時間'], ['氏名', '入社日', '所属'], ['氏名', '契約終了日', '携帯']])
        o, c = g.ch([('■今週の予定（', '）'), ('【対象者一覧】', ''), ('# 一覧：', '')])
        d.line(o, seps.join(cols), c)
        if g.p(0.5):
            d.line('※生年月日の記載がない方は、受付日で仮登録しています。')
    d.line()
    bullet = g.ch(['', '・', '- ', '1'])
    for k in range(g.r.randint(4, 14)):
        pr = g.person()
        cells = []
        for c in cols:
            if c == '氏名':
                cells.append(E('PERSON', pr.full()))
            elif c == '生年月日':
                cells.append(g.dob(pr))
            elif c == '携帯':
                cells.append(g.mobile(unalloc_ok=True))
            elif c in ('登録日', '面談日', '入社日', '契約終了日'):
                cells.append(g.neg_date({'登録日': 'ordinary-date', '面談日': 'meeting-date', '入社日': 'hire-date',
                                         '契約終了日': 'contract-date'}[c]))
            elif c == '時間':
                cells.append(f'{g.r.randint(9, 17)}:{g.ch(["00", "30"])}')
            else:
                cells.append(g.ch(DEPTS + CLIENTS))
        out = []
        for i, c in enumerate(cells):
            if i:
                out.append(seps)
            out.append(c)
        d.line(f'{k + 1}. ' if bullet == '1' else bullet, out)
    d.line()
    d.line('以上、', g.ch(['ご確認ください。', 'よろしくお願いします。']), ' ', E('PERSON', g.person().sei))
    return 'records', g.ch(['txt', 'md']), 'record-list-dob-heading' if dobhead else 'record-list-other-heading', d


def g_md_table(g):
    d = Doc('\n')
    dob = g.p(0.7)
    d.line('# ', g.ch(['派遣スタッフ稼働状況', '配属予定者', '研修受講者']))
    d.line()
    cols = ['氏名', g.ch(['生年月日', '誕生日']) if dob else g.ch(['研修日', '配属日']), '連絡先', '備考']
    d.line('| ' + ' | '.join(cols) + ' |')
    d.line('|' + '---|' * len(cols))
    for _ in range(g.r.randint(4, 12)):
        pr = g.person()
        d.line('| ', E('PERSON', pr.full()), ' | ', g.dob(pr) if dob else g.neg_date('training-date'), ' | ',
               g.mobile(unalloc_ok=True), ' | ', g.memo(0.2, 0.15), ' |')
    d.line()
    d.line('作成：', E('PERSON', g.person().full()), '　更新：', g.neg_date('ordinary-date'))
    return 'tables', 'md', 'md-table-dob' if dob else 'md-table-other-date', d


NOPII_KINDS = ['policy', 'minutes', 'stats', 'shipping', 'pricelist', 'release', 'healthcheck', 'training', 'invoice']


def g_nopii(g):
    d = Doc(g.ch(['\n', '\r\n']))
    kind = g.ch(NOPII_KINDS)
    if kind == 'policy':
        d.line('個人情報取扱規程（抜粋）', g.neg_version())
        d.line('第5条　当社は、', L('policy-category', '人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実'),
               'その他本人に対する不当な差別、偏見その他の不利益が生じないようにその取扱いに特に配慮を要する記述等が含まれる個人情報（要配慮個人情報）を、本人の同意なく取得しない。')
        d.line('第6条　登録時に取得する項目は、氏名、生年月日、住所、電話番号、メールアドレスとする。', L('policy-category', '健康状態'),
               'は就業上の配慮に必要な範囲に限り取得する。')
        d.line('附則　本規程は', g.neg_date('effective-date', styles=['ymd_kanji', 'wa_kanji']), 'から施行する。')
    elif kind == 'minutes':
        d.line('営業会議 議事録')
        d.line('日時：', g.neg_date('meeting-date'), ' 14:00〜15:00　場所：', g.neg_room())
        d.line('出席：営業部、管理部、コールセンター運営課')
        d.line('1. ', L('meeting-minutes', '障害者雇用促進について'), '、法定雇用率の達成状況を共有した。')
        d.line('2. ', L('health-check-schedule', '定期健康診断の日程'), 'は', g.neg_date('ordinary-date', styles=['md_kanji']), '〜',
               g.neg_date('ordinary-date', styles=['md_kanji']), 'で調整する。')
        d.line('3. 今期の売上見込みは', g.neg_amount(), '、前年比', f'{g.r.randint(90, 130)}%。')
        d.line('次回：', g.neg_date('meeting-date'), '　', g.neg_room())
    elif kind == 'stats':
        d.line('登録スタッフ統計（', g.neg_date('ordinary-date', styles=['ym_kanji']), '末時点）')
        d.line('登録者数：', g.neg_count(), '　うち稼働中：', g.neg_count())
        d.line(L('statistics', f'障害者手帳を保有するスタッフは{g.r.randint(5, 40)}名（{g.r.randint(1, 4)}.{g.r.randint(0, 9)}%）'), '。')
        d.line(L('statistics', f'メンタル不調による休職者は全体の{g.r.randint(0, 2)}.{g.r.randint(1, 9)}%'), 'で前年並み。')
        d.line('平均年齢：', f'{g.r.randint(30, 45)}.{g.r.randint(0, 9)}歳', '　平均時給：', g.neg_amount())
    elif kind == 'shipping':
        d.line('発送のお知らせ')
        d.line('注文番号：', g.neg_order())
        d.line('発送日：', g.neg_date('shipping-date'))
        d.line('お問い合わせ伝票番号：', g.neg_track())
        d.line('商品：制服（', g.neg_product(), '）×', str(g.r.randint(2, 40)), '、JAN ', g.neg_jan())
        d.line('合計：', g.neg_amount())
        d.line('※', L('hospital-parcel', '病院宛の荷物'), 'は受付窓口での受け取りとなります。')
    elif kind == 'pricelist':
        d.line('派遣料金表（', g.neg_version(), '）')
        for job in ['一般事務', 'コールセンター', '軽作業', '経理事務', 'ITヘルプデスク']:
            d.line(job, '：', g.neg_amount(), '／時間　品番 ', g.neg_product())
        d.line('適用開始：', g.neg_date('effective-date'))
    elif kind == 'release':
        d.line('勤怠管理アプリ リリースノート ', g.neg_version())
        d.line('リリース日：', g.neg_date('release-date'))
        d.line('- ', L('system-failure', '打刻データ同期の障害'), 'を修正（', g.neg_case(), '）')
        d.line('- 対応OS：iOS ', g.neg_version(), ' 以降')
        d.line('- ビルド番号 ', g.neg_12('build-number'))
    elif kind == 'healthcheck':
        d.line('【全社周知】', L('health-check-schedule', '定期健康診断の日程'), 'について')
        d.line('実施日：', g.neg_date('ordinary-date'), '〜', g.neg_date('ordinary-date'))
        d.line('会場：本社', g.neg_room())
        d.line(L('health-check-schedule', 'インフルエンザ予防接種'), 'の申込締切は', g.neg_date('deadline'), 'です。')
        d.line('費用は会社負担（上限', g.neg_amount(), '）。')
    elif kind == 'training':
        d.line('新任コーディネーター研修のご案内')
        d.line('日程：', g.neg_date('training-date'), '、', g.neg_date('training-date'))
        d.line('内容：', L('crime-awareness', '特殊詐欺や不審電話への注意喚起'), '、', L('policy-category', '要配慮個人情報（病歴・信条など）の取扱い'))
        d.line('会場：', g.neg_room(), '　定員', g.neg_count())
    else:
        d.line('請求書')
        d.line('請求書番号：', g.neg_invoice(), '　発行日：', g.neg_date('invoice-date'))
        d.line('件名：', g.neg_date('ordinary-date', styles=['ym_kanji']), '分 派遣料金')
        d.line('小計：', g.neg_amount(), '　消費税：', g.neg_amount(), '　合計：', g.neg_amount())
        d.line('お支払期日：', g.neg_date('due-date'))
        d.line('照会番号：', g.neg_16('reference-number'))
    d.line()
    d.line('文書番号：', N('document-number', f'DOC-{g.r.randint(2019, 2025)}-{g.digits(4)}'), '　改訂：', g.neg_version(),
           '　保存期間：', g.ch(['1年', '3年', '5年']))
    d.line(g.ch(['本資料に関するお問い合わせは、社内ポータルの問い合わせフォームからお願いします。',
                 '本資料の社外への転送は禁止です。', '不明点は所属部署の管理職経由で照会してください。']))
    d.line(g.ch(['以上', '', '（社外秘）']))
    return 'nopii', 'txt', 'nopii-' + kind, d


def g_narrative(g):
    d = Doc('\n')
    pr = g.person()
    d.line(g.ch(['面談メモ', '紹介状（社内用）', '推薦メモ']))
    d.line('作成日：', g.neg_date('document-date'), '　作成者：', E('PERSON', g.person().full()))
    d.line()
    d.line(E('PERSON', pr.full()), 'さん（', E('DATE_OF_BIRTH', fmt_date(pr.dob, g.ch(['ymd_kanji', 'wa_kanji', 'wa_letter_dot', 'ymd_slash']))),
           g.ch(['生まれ', '生']), '）は、', g.neg_date('ordinary-date', styles=['ymd_kanji', 'ym_kanji']), 'に当社に登録。')
    d.line(g.ch(CLIENTS), 'で', str(g.r.randint(1, 5)), '年間勤務し、', g.neg_date('hire-date', styles=['ym_kanji']), 'から現職。')
    d.line('生年月日の確認書類は', g.neg_date('ordinary-date'), 'に受領済み。')
    if g.p(0.3):
        d.line('健康面：', g.sens(), '。')
    d.line('連絡先：', g.mobile())
    d.line('次回面談は', g.neg_date('meeting-date'), 'の予定。', E('PERSON', pr.sei), 'さんには', g.neg_date('deadline', styles=['md_kanji']),
           'までに書類提出を依頼した。')
    return 'memo', 'txt', 'memo-narrative-born', d


def g_idform(g):
    d = Doc(g.ch(['\n', '\r\n']))
    foreign = g.p(0.35)
    d.line(g.ch(['個人番号等届出書', '本人確認書類 記録票', '雇用契約時 提出書類チェック']))
    d.line('提出日：', g.neg_date('document-date'))
    if foreign:
        kata, rom, nat = g.ch(FOREIGN)
        d.line('氏名：', E('PERSON', kata), '（', E('PERSON', rom), '）')
        d.line('国籍：', nat)
        d.line('生年月日：', E('DATE_OF_BIRTH', fmt_date(Person(g.r).dob, g.ch(['ymd_slash', 'ymd_kanji', 'en_dmy', 'ymd_hyphen']))))
        d.line('在留カード番号：', g.rescard())
        d.line('在留期間（満了日）：', g.neg_date('expiry-date', dt=g.ordinary_date(2025, 2029)))
        d.line('旅券番号：', g.passport())
    else:
        pr = g.person()
        d.line('氏名：', E('PERSON', pr.full()))
        d.line('生年月日：', g.dob(pr))
    d.line(g.ch(['個人番号：', '個人番号（マイナンバー）：', 'マイナンバー：']), g.mynumber(wrong=g.p(0.1)))
    if g.p(0.5):
        d.line('運転免許証番号')
        d.line(g.license_no(wrong=g.p(0.1)))
    if g.p(0.5):
        d.line('基礎年金番号：', g.pension())
    if g.p(0.4):
        d.line('法人カード番号：', g.card(wrong=g.p(0.2)))
    d.line('受付番号：', g.neg_12('reference-number'))
    d.line('確認者：', E('PERSON', g.person().sei), '　確認日：', g.neg_date('ordinary-date'))
    d.line('派遣元：', AGENCY, '（法人番号：', g.corpnum(), '）')
    return 'idforms', 'txt', 'form-id-numbers' + ('-foreign' if foreign else ''), d


def g_bank(g):
    d = Doc('\n')
    pr = g.person()
    bank, branch = g.ch(BANKS)
    d.line('給与振込口座届')
    d.line('届出日：', g.neg_date('document-date'))
    d.line('スタッフ番号：', g.neg_staffid(), '　氏名：', E('PERSON', pr.full()))
    d.line('金融機関名：', bank, '（金融機関コード ', N('bank-code', g.digits(4)), '）')
    d.line('支店名：', branch, '（支店コード ', N('branch-code', g.digits(3)), '）')
    d.line('預金種目：普通')
    if g.p(0.5):
        d.line('口座番号')
        d.line(g.account())
    else:
        d.line('口座番号：', g.account())
    d.line('口座名義（カナ）：', E('PERSON', pr.seik + ' ' + pr.meik))
    d.line('初回振込予定日：', g.neg_date('payment-date'), '　給与締日：毎月末日')
    d.line('※キャッシュカードの写しは不要です。')
    d.line('担当：', E('PERSON', g.person().sei), '（', g.landline(), '）')
    return 'forms', 'txt', 'form-bank-account', d


BUILDERS = [
    (g_form_same, 95), (g_form_above, 95), (g_csv_staff, 115), (g_csv_customer, 80), (g_csv_insurance, 40),
    (g_resume, 90), (g_chat, 150), (g_mail_ja, 90), (g_mail_en, 90), (g_incident, 75), (g_incident_sys, 30),
    (g_health, 60), (g_consult, 85), (g_records, 65), (g_md_table, 30), (g_nopii, 90), (g_narrative, 30),
    (g_idform, 50), (g_bank, 30),
]

# ---------------------------------------------------------------- lint: untagged look-alike values

LINT = [
    ('phone', re.compile(r'(?<![\d\w.-])0\d{1,4}-\d{1,4}-\d{4}(?![\d-])')),
    ('email', re.compile(r'[\w.+-]+@[\w-]+\.[\w.-]+')),
    ('postal', re.compile(r'〒')),
]


def lint(text, spans):
    covered = [False] * len(text)
    for s in spans:
        for i in range(s['start'], s['end']):
            covered[i] = True
    errs = []
    for name, rx in LINT:
        for m in rx.finditer(text):
            if name == 'postal':
                continue
            if not all(covered[m.start():m.end()]):
                errs.append((name, m.group()))
    return errs


# ---------------------------------------------------------------- main

def build(seed, out):
    docs_dir = os.path.join(out, 'docs')
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    os.makedirs(docs_dir)
    truth = {}
    counters = {}
    idx = 0
    for fn, count in BUILDERS:
        for _ in range(count):
            idx += 1
            r = random.Random(seed * 1_000_003 + idx)
            res = fn(Gen(r))
            folder, ext, shape, d = res[:4]
            enc = res[4] if len(res) > 4 else r.choice(['utf-8'] * 8 + ['utf-8-sig', 'cp932'])
            text = d.text()
            if enc == 'cp932':
                try:
                    text.encode('cp932')
                except UnicodeEncodeError:
                    if ext == 'eml':  # header names the charset: rebuild the same mail as utf-8
                        res = fn(Gen(random.Random(seed * 1_000_003 + idx), force_utf8=True))
                        folder, ext, shape, d = res[:4]
                        text = d.text()
                    enc = 'utf-8'
            counters[folder] = counters.get(folder, 0) + 1
            rel = f'{folder}/{counters[folder]:04d}.{ext}'
            path = os.path.join(docs_dir, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            data = text.encode(enc)
            with open(path, 'wb') as f:
                f.write(data)
            ents = sorted(d.ents, key=lambda e: e['start'])
            truth[rel] = {'encoding': enc, 'shape': shape, 'entities': ents,
                          'lookalikes': sorted(d.looks, key=lambda e: e['start']),
                          'hard_negatives': sorted(d.negs, key=lambda e: e['start'])}
    with open(os.path.join(out, 'truth.json'), 'w', encoding='utf-8') as f:
        json.dump({'generator': 'blind-dev staffing agency', 'seed': seed, 'documents': truth}, f,
                  ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    return truth


def self_check(out, truth):
    problems = []
    lengths = []
    for rel, t in truth.items():
        with open(os.path.join(out, 'docs', rel), 'rb') as f:
            raw = f.read()
        text = raw.decode(t['encoding'])
        lengths.append(len(text))
        if t['encoding'] == 'utf-8' and text.startswith('\ufeff'):
            problems.append((rel, 'BOM under utf-8'))
        allspans = t['entities'] + t['lookalikes'] + t['hard_negatives']
        for s in allspans:
            if 'text' in s and text[s['start']:s['end']] != s['text']:
                problems.append((rel, 'slice mismatch', s))
        ents = t['entities']
        for a, b in zip(ents, ents[1:]):
            if b['start'] < a['end']:
                problems.append((rel, 'entity overlap', a, b))
        for s in t['lookalikes'] + t['hard_negatives']:
            for e in ents:
                if s['start'] < e['end'] and e['start'] < s['end']:
                    problems.append((rel, 'negative overlaps entity', s, e))
        for e in ents:
            if e['type'] == 'SENSITIVE' and e.get('subtype') not in (
                    'illness', 'disability', 'creed', 'criminal_record', 'crime_victim', 'race', 'social_status', 'other'):
                problems.append((rel, 'bad subtype', e))
        for p in lint(text, allspans):
            problems.append((rel, 'untagged', p))
    return problems, lengths


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--out', required=True)
    ap.add_argument('--seed', type=int, default=11)
    a = ap.parse_args()
    truth = build(a.seed, a.out)
    problems, lengths = self_check(a.out, truth)
    types = {}
    for t in truth.values():
        for e in t['entities']:
            types[e['type']] = types.get(e['type'], 0) + 1
    nneg = sum(len(t['hard_negatives']) for t in truth.values())
    nlook = sum(len(t['lookalikes']) for t in truth.values())
    empty = sum(1 for t in truth.values() if not t['entities'])
    print(f'documents {len(truth)}  chars min {min(lengths)} max {max(lengths)}  '
          f'hard_negatives {nneg}  lookalikes {nlook}  no-PII documents {empty}')
    for k in sorted(types):
        print(f'  {k:18s} {types[k]}')
    short = sum(1 for n in lengths if n < 100 or n > 3000)
    if short:
        print(f'note: {short} documents outside 100-3000 chars', file=sys.stderr)
    if problems:
        for p in problems[:30]:
            print('SELF-CHECK FAIL', p, file=sys.stderr)
        print(f'{len(problems)} problems', file=sys.stderr)
        sys.exit(1)
    print('self-check ok')


if __name__ == '__main__':
    main()
