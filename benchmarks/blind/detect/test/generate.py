#!/usr/bin/env python3
"""Blind-test corpus generator for PII detection (set: test).

Organisation: a municipal-area clinic group (内科・歯科・介護) with a small online shop for health goods.
Writes DIR/docs/... and DIR/truth.json following ../CONTRACT.md.  Standard library only, deterministic per seed.

    python3 generate.py --out DIR [--seed 22]
"""
import argparse
import json
import os
import random
import shutil
import sys
import unicodedata
from datetime import date, timedelta

# ----------------------------------------------------------------------------------------------------------
# segments: a document is built from plain strings and annotated segments
# ----------------------------------------------------------------------------------------------------------


def E(typ, text, **meta):
    return ("E", typ, text, meta)


def N(kind, text):
    return ("N", kind, text, {})


def L(kind, text):
    return ("L", kind, text, {})


class Doc:
    def __init__(self, path, shape, encoding="utf-8", nl="\n"):
        self.path = path
        self.shape = shape
        self.encoding = encoding  # 'utf-8', 'utf-8-sig' (BOM) or 'cp932'
        self.nl = nl
        self.buf = []
        self.n = 0
        self.ents = []
        self.looks = []
        self.negs = []

    def _raw(self, s):
        self.buf.append(s)
        self.n += len(s)

    def add(self, *segs):
        for s in segs:
            if s is None:
                continue
            if isinstance(s, str):
                self._raw(s.replace("\n", self.nl))
            elif isinstance(s, list):
                self.add(*s)
            else:
                kind, a, text, meta = s
                assert "\n" not in text and text, (kind, a, text)
                st = self.n
                self._raw(text)
                if kind == "E":
                    rec = {"type": a, "start": st, "end": self.n, "text": text}
                    rec.update(meta)
                    self.ents.append(rec)
                elif kind == "N":
                    self.negs.append({"start": st, "end": self.n, "kind": a, "text": text})
                else:
                    self.looks.append({"start": st, "end": self.n, "kind": a, "text": text})
        return self

    def line(self, *segs):
        self.add(*segs)
        self.add("\n")

    def text(self):
        return "".join(self.buf)


def seg_text(segs):
    if not isinstance(segs, list):
        segs = [segs]
    out = []
    for x in segs:
        if x is None:
            continue
        out.append(x if isinstance(x, str) else (seg_text(x) if isinstance(x, list) else x[2]))
    return "".join(out)


def table_row(doc, cells, sep=",", quote_all=False):
    for i, c in enumerate(cells):
        if i:
            doc.add(sep)
        segs = c if isinstance(c, list) else [c]
        plain = seg_text(segs)
        need = quote_all or any(ch in plain for ch in (sep, '"', "\n", "\r"))
        if need:
            doc.add('"')
            for x in segs:
                if x is None:
                    continue
                if isinstance(x, str):
                    doc.add(x.replace('"', '""'))
                else:
                    assert '"' not in x[2]
                    doc.add(x)
            doc.add('"')
        else:
            doc.add(*segs)
    doc.add("\n")


# ----------------------------------------------------------------------------------------------------------
# pools
# ----------------------------------------------------------------------------------------------------------

SURNAMES = [tuple(x.split(":")) for x in (
    "佐藤:サトウ:Sato 鈴木:スズキ:Suzuki 高橋:タカハシ:Takahashi 田中:タナカ:Tanaka 伊藤:イトウ:Ito "
    "渡辺:ワタナベ:Watanabe 山本:ヤマモト:Yamamoto 中村:ナカムラ:Nakamura 小林:コバヤシ:Kobayashi "
    "加藤:カトウ:Kato 吉田:ヨシダ:Yoshida 山田:ヤマダ:Yamada 佐々木:ササキ:Sasaki 山口:ヤマグチ:Yamaguchi "
    "松本:マツモト:Matsumoto 井上:イノウエ:Inoue 木村:キムラ:Kimura 林:ハヤシ:Hayashi 斎藤:サイトウ:Saito "
    "清水:シミズ:Shimizu 山崎:ヤマザキ:Yamazaki 森:モリ:Mori 池田:イケダ:Ikeda 橋本:ハシモト:Hashimoto "
    "阿部:アベ:Abe 石川:イシカワ:Ishikawa 前田:マエダ:Maeda 藤田:フジタ:Fujita 小川:オガワ:Ogawa "
    "岡田:オカダ:Okada 後藤:ゴトウ:Goto 長谷川:ハセガワ:Hasegawa 村上:ムラカミ:Murakami 近藤:コンドウ:Kondo "
    "石井:イシイ:Ishii 坂本:サカモト:Sakamoto 遠藤:エンドウ:Endo 青木:アオキ:Aoki 藤井:フジイ:Fujii "
    "西村:ニシムラ:Nishimura 福田:フクダ:Fukuda 太田:オオタ:Ota 三浦:ミウラ:Miura 岡本:オカモト:Okamoto "
    "松田:マツダ:Matsuda 中川:ナカガワ:Nakagawa 原田:ハラダ:Harada 小野:オノ:Ono 竹内:タケウチ:Takeuchi "
    "金子:カネコ:Kaneko 和田:ワダ:Wada 中島:ナカジマ:Nakajima 野口:ノグチ:Noguchi 菅原:スガワラ:Sugawara "
    "千葉:チバ:Chiba 平野:ヒラノ:Hirano 大塚:オオツカ:Otsuka 桜井:サクライ:Sakurai 五十嵐:イガラシ:Igarashi "
    "東:アズマ:Azuma 髙木:タカギ:Takagi 宮崎:ミヤザキ:Miyazaki 大野:オオノ:Ono 星野:ホシノ:Hoshino "
    "今井:イマイ:Imai 河野:コウノ:Kono 内田:ウチダ:Uchida 安藤:アンドウ:Ando 丸山:マルヤマ:Maruyama").split()]
GIVEN_F = [tuple(x.split(":")) for x in (
    "花子:ハナコ:Hanako 美咲:ミサキ:Misaki 陽子:ヨウコ:Yoko 恵子:ケイコ:Keiko 由美:ユミ:Yumi 直美:ナオミ:Naomi "
    "真由美:マユミ:Mayumi 愛:アイ:Ai 結衣:ユイ:Yui さくら:サクラ:Sakura 千尋:チヒロ:Chihiro 久美子:クミコ:Kumiko "
    "和子:カズコ:Kazuko 幸子:サチコ:Sachiko 文子:フミコ:Fumiko トメ:トメ:Tome キヨ:キヨ:Kiyo 舞:マイ:Mai "
    "彩:アヤ:Aya 明美:アケミ:Akemi 智子:トモコ:Tomoko 葵:アオイ:Aoi 芳江:ヨシエ:Yoshie 節子:セツコ:Setsuko "
    "優子:ユウコ:Yuko 奈々:ナナ:Nana 里奈:リナ:Rina 紀子:ノリコ:Noriko").split()]
GIVEN_M = [tuple(x.split(":")) for x in (
    "太郎:タロウ:Taro 一郎:イチロウ:Ichiro 健太:ケンタ:Kenta 翔太:ショウタ:Shota 大輔:ダイスケ:Daisuke "
    "誠:マコト:Makoto 浩:ヒロシ:Hiroshi 隆:タカシ:Takashi 茂:シゲル:Shigeru 勇:イサム:Isamu 清:キヨシ:Kiyoshi "
    "正雄:マサオ:Masao 和夫:カズオ:Kazuo 拓也:タクヤ:Takuya 直樹:ナオキ:Naoki 悠真:ユウマ:Yuma 蓮:レン:Ren "
    "健一:ケンイチ:Kenichi 修:オサム:Osamu 豊:ユタカ:Yutaka 実:ミノル:Minoru 勝:マサル:Masaru "
    "秀樹:ヒデキ:Hideki 光男:ミツオ:Mitsuo 亮:リョウ:Ryo").split()]
FOREIGN = [
    ("Emily", "Carter", "エミリー", "カーター"), ("Michael", "Brown", "マイケル", "ブラウン"),
    ("Sarah", "Johnson", "サラ", "ジョンソン"), ("David", "Miller", "デイビッド", "ミラー"),
    ("Anna", "Schmidt", "アンナ", "シュミット"), ("Lucas", "Martin", "ルカ", "マルタン"),
    ("Maria", "Santos", "マリア", "サントス"), ("Jose", "Reyes", "ホセ", "レジェス"),
    ("Minh", "Nguyen", "ミン", "グエン"), ("Lan", "Tran", "ラン", "チャン"), ("Wei", "Li", "ウェイ", "リー"),
    ("Fang", "Wang", "ファン", "ワン"), ("Minji", "Kim", "ミンジ", "キム"), ("Jisoo", "Park", "ジス", "パク"),
    ("Priya", "Sharma", "プリヤ", "シャルマ"), ("Rahul", "Gupta", "ラフル", "グプタ"),
    ("Olga", "Ivanova", "オルガ", "イワノワ"), ("Ahmed", "Hassan", "アフメド", "ハッサン"),
    ("Siti", "Rahma", "シティ", "ラフマ"), ("Budi", "Santoso", "ブディ", "サントソ"),
    ("James", "Wilson", "ジェームズ", "ウィルソン"), ("Chloe", "Dubois", "クロエ", "デュボワ"),
]
PLACES = [
    ("東京都", "八王子市", "南大沢", "192"), ("東京都", "八王子市", "別所", "192"), ("東京都", "多摩市", "落合", "206"),
    ("東京都", "多摩市", "永山", "206"), ("東京都", "町田市", "小山ヶ丘", "194"), ("東京都", "日野市", "豊田", "191"),
    ("東京都", "稲城市", "若葉台", "206"), ("神奈川県", "相模原市緑区", "橋本", "252"),
    ("神奈川県", "川崎市麻生区", "栗木", "215"), ("神奈川県", "横浜市青葉区", "美しが丘", "225"),
    ("埼玉県", "さいたま市浦和区", "常盤", "330"), ("千葉県", "船橋市", "本町", "273"),
    ("大阪府", "堺市北区", "中百舌鳥町", "591"), ("愛知県", "名古屋市千種区", "覚王山通", "464"),
    ("北海道", "札幌市中央区", "北三条西", "060"), ("宮城県", "仙台市青葉区", "一番町", "980"),
    ("京都府", "京都市左京区", "田中里ノ前町", "606"), ("長野県", "松本市", "中央", "390"),
    ("福岡県", "北九州市小倉北区", "京町", "802"), ("静岡県", "浜松市中央区", "鍛冶町", "430"),
]
BUILDINGS = ["グランメゾン南大沢", "コーポ山田", "ハイツ若葉", "メゾン・ド・ソレイユ", "パークレジデンス多摩",
             "サンハイム", "ライオンズマンション永山", "リバーサイド橋本", "シティハウス落合", "ベルコート"]
CLINIC = {"name": "みなみ野メディカルクリニック", "dental": "みなみ野デンタルオフィス",
          "care": "ケアステーションみなみ野", "shop": "みなみ野すこやかストア"}

SENS = {
    "illness": ["糖尿病で通院中", "高血圧で服薬中", "2型糖尿病（インスリン使用）", "喘息の既往あり", "心筋梗塞の既往",
                "腎臓病のため食事制限あり", "うつ病で休職中", "乳がんの術後", "脳梗塞後遺症", "認知症の診断あり",
                "アトピー性皮膚炎", "不眠症で通院", "C型肝炎の既往", "関節リウマチ", "緑内障で点眼治療中",
                "骨粗しょう症", "統合失調症で通院中", "パニック障害", "適応障害で休職", "痛風発作あり",
                "甲状腺機能低下症", "てんかん発作の既往", "逆流性食道炎", "えび・かにアレルギー", "人工透析中",
                "慢性腎不全", "狭心症で治療中", "COPDで在宅酸素", "双極性障害で通院", "ペニシリンアレルギー",
                "花粉症がひどい", "高脂血症", "前立腺肥大", "帯状疱疹で治療中", "腰椎椎間板ヘルニア",
                "アルコール依存症の治療歴", "心房細動でワーファリン服用", "胃潰瘍の既往", "白内障手術済"],
    "disability": ["身体障害者手帳2級", "右片麻痺", "車いす使用", "聴覚障害のため筆談希望", "視覚障害（全盲）",
                   "療育手帳B2", "精神障害者保健福祉手帳2級", "下肢障害あり", "難聴のため大きな声で", "知的障害あり",
                   "左上肢機能障害", "人工肛門（ストーマ）あり", "要介護3", "要支援2", "発達障害（ASD）の診断"],
    "creed": ["エホバの証人のため輸血不可", "ムスリムのため豚由来成分不可", "イスラム教徒のためハラール対応希望",
              "熱心なカトリック信者", "宗教上の理由で牛肉不可（ヒンドゥー教）", "創価学会の会員", "ユダヤ教徒（コーシャ）"],
    "criminal_record": ["窃盗罪で服役歴あり", "前科あり（傷害）", "執行猶予中", "保護観察中", "覚醒剤取締法違反で逮捕歴あり"],
    "crime_victim": ["DV被害のため住所非開示", "ストーカー被害に遭っている", "特殊詐欺の被害に遭った",
                     "性犯罪被害の相談歴あり", "DV避難中のため家族からの問合せに応じない", "虐待を受けた経験あり"],
    "race": ["在日コリアン三世", "アイヌ民族の出身"],
    "social_status": ["生活保護受給中", "被保護世帯"],
}
SENS_W = [("illness", 55), ("disability", 20), ("creed", 9), ("criminal_record", 4), ("crime_victim", 7),
          ("race", 2), ("social_status", 3)]
SYMPTOMS = ["3日前から咳と発熱", "昨夜から38度の熱", "右膝の痛み", "めまいと吐き気", "胃の痛みが続いている",
            "奥歯がしみる", "歯ぐきから出血", "頭痛が1週間続く", "37.8℃の発熱あり", "夜間の咳込みが強い",
            "転倒して左手首を骨折", "下痢が続いている", "血圧が高め（162/98）", "食欲低下と体重減少"]
LOOK = {
    "system-failure": ["電子カルテシステムの障害", "ネットワーク障害", "予約システムの障害", "サーバー障害",
                       "レセコンの障害", "通信障害", "障害対応手順書", "障害発生時の連絡網"],
    "pet-illness": ["飼い猫が腎臓病", "愛犬のてんかん発作", "ペットの皮膚病用シャンプー", "犬の糖尿病用フード",
                    "うちの猫が風邪をひいた"],
    "parcel-to-hospital": ["総合病院の売店宛て", "病院宛ての荷物", "大学病院の受付気付", "配送先：市立病院 医事課"],
    "policy-category": ["病歴、信条、犯罪の経歴等の要配慮個人情報", "病歴・障害の有無", "人種、信条、社会的身分、病歴",
                        "既往歴", "障害の有無", "犯罪被害の事実"],
    "aggregate-statistics": ["糖尿病患者の受診者数は前年比8%増", "インフルエンザの罹患者が地域で増加",
                             "障害者雇用率は2.5%", "高血圧の受診者が全体の3割", "認知症の利用者が全体の4割",
                             "歯周病の患者数は横ばい"],
    "health-check-schedule": ["職員健康診断", "がん検診のお知らせ", "インフルエンザ予防接種", "特定健診",
                              "ストレスチェック", "歯科検診"],
    "product-description": ["糖尿病が気になる方に", "高血圧が気になる方向け減塩しょうゆ", "腎臓病食の試供品",
                            "介護食（嚥下困難な方向け）", "アレルギー対応表示"],
    "event": ["認知症カフェ", "糖尿病教室", "介護予防体操教室", "禁煙外来の説明会"],
}
NEUTRAL_MEMO = ["初診", "駐車場利用", "再診", "付き添いあり", "保険証確認済", "問診票記入済", "送迎あり",
                "午後希望", "領収書要", "置き配希望", "ギフト包装", "不在時は宅配ボックス", "キャンセル待ち",
                "電話で予約", "Web予約", "前回欠席", "", "", ""]
PRODUCTS = [("低糖質ロールパン 10個入", 1280), ("減塩みそ 500g", 640), ("青汁 30包", 3980),
            ("乳酸菌サプリ 60粒", 2480), ("介護用スプーン", 1100), ("マスク 50枚", 798),
            ("ハンドジェル 300ml", 880), ("歯間ブラシ SS 20本", 462), ("電動歯ブラシ替えブラシ", 1650),
            ("とろみ調整食品 2.5g×50", 1580), ("血圧計 上腕式", 6980), ("体温計 予測式", 1980),
            ("経口補水液 500ml×24", 4200), ("マウスウォッシュ 600ml", 990), ("プロテイン 1kg", 3600)]
CARRIERS = ["佐川急便", "ヤマト運輸", "日本郵便", "西濃運輸", "福山通運"]
DEPTS = ["内科", "歯科", "小児科", "訪問診療", "予防接種", "健診", "歯科衛生"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
DOW_JA = "月火水木金土日"
DOW_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

FW = str.maketrans("0123456789-/.:()", "０１２３４５６７８９－／．：（）")
FW_ALL = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)})


def fw(s):
    return s.translate(FW)


HW = {}
for _cp in range(0xFF66, 0xFF9E):
    _c = chr(_cp)
    HW[unicodedata.normalize("NFKC", _c)] = _c
    for _m in ("\uFF9E", "\uFF9F"):
        _g = unicodedata.normalize("NFKC", _c + _m)
        if len(_g) == 1:
            HW[_g] = _c + _m
HW["　"] = " "


def to_hw(s):
    return "".join(HW.get(ch, ch) for ch in s)


def to_hira(s):
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


# ----------------------------------------------------------------------------------------------------------
# value makers
# ----------------------------------------------------------------------------------------------------------

ERAS = [("令和", "R", date(2019, 5, 1)), ("平成", "H", date(1989, 1, 8)), ("昭和", "S", date(1926, 12, 25)),
        ("大正", "T", date(1912, 7, 30)), ("明治", "M", date(1868, 1, 25))]


def wareki(d):
    for name, letter, st in ERAS:
        if d >= st:
            return name, letter, d.year - st.year + 1
    raise ValueError(d)


def fmt_date(d, style):
    y, m, dd = d.year, d.month, d.day
    era, letter, ey = wareki(d)
    eys = "元" if ey == 1 else str(ey)
    s = {
        "slash": f"{y}/{m:02d}/{dd:02d}", "slash_nz": f"{y}/{m}/{dd}", "iso": f"{y}-{m:02d}-{dd:02d}",
        "iso_nz": f"{y}-{m}-{dd}", "dot": f"{y}.{m}.{dd}", "dot_pad": f"{y}.{m:02d}.{dd:02d}",
        "kanji": f"{y}年{m}月{dd}日", "kanji_pad": f"{y}年{m:02d}月{dd:02d}日", "compact": f"{y}{m:02d}{dd:02d}",
        "wk": f"{era}{eys}年{m}月{dd}日", "wk_sp": f"{era} {ey}年 {m}月 {dd}日", "wl_slash": f"{letter}{ey:02d}/{m:02d}/{dd:02d}",
        "wl_slash_nz": f"{letter}{ey}/{m}/{dd}", "wl_dot": f"{letter}{ey}.{m}.{dd}", "wl_dot_pad": f"{letter}{ey:02d}.{m:02d}.{dd:02d}",
        "wl_kanji": f"{letter}{ey}年{m}月{dd}日", "wa_dot": f"{era[0]}{ey}.{m}.{dd}", "wa_slash": f"{era[0]}{ey}/{m}/{dd}",
        "wa_kanji": f"{era[0]}{ey}年{m}月{dd}日", "wl_hyphen": f"{letter}{ey}-{m}-{dd}",
        "fw_kanji": fw(f"{y}年{m}月{dd}日"), "fw_wk": fw(f"{era}{ey}年{m}月{dd}日"),
        "fw_wl": (chr(ord(letter) + 0xFEE0) + fw(f"{ey}.{m}.{dd}")), "fw_slash": fw(f"{y}/{m}/{dd}"),
        "both": f"{y}年（{era}{ey}年）{m}月{dd}日", "both2": f"{era}{ey}年（{y}年）{m}月{dd}日",
        "en_dmy": f"{dd} {MON[m - 1]} {y}", "en_dmy_full": f"{dd} {MONTH[m - 1]} {y}",
        "en_mdy": f"{MONTH[m - 1]} {dd}, {y}", "en_mon_mdy": f"{MON[m - 1]}. {dd}, {y}",
        "en_num_dmy": f"{dd:02d}/{m:02d}/{y}", "en_num_mdy": f"{m:02d}/{dd:02d}/{y}", "en_dmy_hy": f"{dd:02d}-{MON[m - 1]}-{y}",
        "md": f"{m}/{dd}", "md_kanji": f"{m}月{dd}日", "md_dow": f"{m}/{dd}({DOW_JA[d.weekday()]})",
        "kanji_dow": f"{y}年{m}月{dd}日({DOW_JA[d.weekday()]})", "wk_r": f"令和{ey}年{m}月{dd}日",
    }[style]
    return s


DOB_JA = [("slash", 10), ("slash_nz", 5), ("iso", 6), ("dot", 4), ("kanji", 10), ("kanji_pad", 3), ("compact", 3),
          ("wk", 12), ("wk_sp", 2), ("wl_slash", 6), ("wl_slash_nz", 3), ("wl_dot", 7), ("wl_dot_pad", 3),
          ("wl_kanji", 3), ("wa_dot", 5), ("wa_slash", 2), ("wa_kanji", 2), ("wl_hyphen", 2), ("fw_kanji", 4),
          ("fw_wk", 4), ("fw_wl", 2), ("fw_slash", 2), ("both", 2), ("both2", 1), ("en_dmy", 1)]
DOB_CSV = [("slash", 10), ("slash_nz", 5), ("iso", 8), ("compact", 5), ("kanji", 5), ("wk", 6), ("wl_slash", 6),
           ("wl_dot", 6), ("wa_dot", 4), ("dot", 3), ("wl_dot_pad", 2), ("fw_slash", 1)]
DOB_EN = [("en_dmy", 6), ("en_dmy_full", 4), ("en_mdy", 6), ("en_mon_mdy", 2), ("en_num_dmy", 3),
          ("en_num_mdy", 3), ("iso", 5), ("en_dmy_hy", 2), ("slash", 2)]
ORD_JA = [("slash", 10), ("kanji", 10), ("iso", 4), ("wk_r", 4), ("kanji_dow", 4), ("md", 2), ("md_kanji", 3),
          ("dot", 2), ("slash_nz", 3), ("md_dow", 2)]
ORD_CSV = [("slash", 10), ("iso", 8), ("slash_nz", 4), ("compact", 2), ("kanji", 2)]
ORD_EN = [("en_dmy", 4), ("en_mdy", 4), ("iso", 3), ("en_num_dmy", 2)]


class G:
    """random helpers bound to one Random instance"""

    def __init__(self, rng):
        self.r = rng

    def w(self, pairs):
        pairs = [x if isinstance(x, tuple) else (x, 1) for x in pairs]
        tot = sum(p[1] for p in pairs)
        x = self.r.uniform(0, tot)
        for v, wt in pairs:
            x -= wt
            if x <= 0:
                return v
        return pairs[-1][0]

    def c(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def i(self, a, b):
        return self.r.randint(a, b)

    def digits(self, n, first_nonzero=False):
        s = "".join(str(self.r.randint(0, 9)) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    # ---- dates
    def dob(self, lo=1925, hi=2005):
        d0 = date(lo, 1, 1)
        return d0 + timedelta(days=self.r.randint(0, (date(hi, 12, 31) - d0).days))

    def recent(self):
        d0 = date(2023, 4, 1)
        return d0 + timedelta(days=self.r.randint(0, 800))

    def dob_text(self, d=None, styles=DOB_JA, lo=1925, hi=2005):
        d = d or self.dob(lo, hi)
        return fmt_date(d, self.w(styles))

    def ord_text(self, styles=ORD_JA, d=None):
        return fmt_date(d or self.recent(), self.w(styles))

    # ---- people
    def person(self, sex=None, foreign=False, lo=1925, hi=2005):
        sex = sex or self.c("FM")
        if foreign:
            g, s, gk, sk = self.c(FOREIGN)
            return {"foreign": True, "sex": sex, "given": (gk, gk, g), "sur": (sk, sk, s), "dob": self.dob(lo, hi)}
        return {"foreign": False, "sex": sex, "sur": self.c(SURNAMES), "given": self.c(GIVEN_F if sex == "F" else GIVEN_M),
                "dob": self.dob(lo, hi)}

    def full(self, p, sep=None):
        if p["foreign"]:
            return p["given"][2] + " " + p["sur"][2] if sep is None else p["given"][0] + "・" + p["sur"][0]
        sep = self.w([(" ", 4), ("", 4), ("　", 3)]) if sep is None else sep
        return p["sur"][0] + sep + p["given"][0]

    def kana(self, p, style=None):
        style = style or self.w([("kata", 6), ("hira", 3), ("hw", 2)])
        sep = self.w([(" ", 5), ("　", 3), ("", 1)])
        k = p["sur"][1] + sep + p["given"][1]
        if style == "hira":
            return to_hira(k)
        if style == "hw":
            return to_hw(k.replace("　", " "))
        return k

    def roman(self, p, style=None):
        style = style or self.c(["gs", "SG", "Sg"])
        g, s = p["given"][2], p["sur"][2]
        return {"gs": f"{g} {s}", "SG": f"{s.upper()} {g.upper()}", "Sg": f"{s} {g}"}[style]

    def email(self, p=None, role=False):
        doms = ["example.jp", "example.ne.jp", "example.com", "example.co.jp", "mail.example.org", "example.net"]
        if role or p is None:
            return self.c(["info", "uketsuke", "shop", "support", "care", "jimu"]) + "@" + self.c(
                ["clinic.example.jp", "minamino.example.jp", "shop.example.jp"])
        g, s = p["given"][2].lower(), p["sur"][2].lower()
        local = self.c([f"{g}.{s}", f"{s}.{g}", f"{g[0]}{s}", f"{s}{self.i(1, 99)}", f"{g}_{s}{self.i(60, 99)}",
                        f"{s}-{g[0]}"])
        return local + "@" + self.c(doms)

    # ---- addresses
    def address(self, pref=None, bldg=None):
        pf, city, town, pc = self.c(PLACES)
        ch, ban, go = self.i(1, 5), self.i(1, 30), self.i(1, 25)
        style = self.w([("kanji", 4), ("hyphen", 5), ("fw", 2), ("mixed", 2)])
        num = {"kanji": f"{ch}丁目{ban}番{go}号", "hyphen": f"{ch}-{ban}-{go}", "fw": fw(f"{ch}-{ban}-{go}"),
               "mixed": f"{ch}丁目{ban}-{go}"}[style]
        head = (pf if (pref if pref is not None else self.p(0.8)) else "") + city + town
        s = head + num
        if bldg if bldg is not None else self.p(0.45):
            room = f"{self.i(1, 9)}{self.i(0, 1)}{self.i(1, 9)}"
            b = self.c(BUILDINGS)
            s += self.c([f" {b}{room}号室", f"　{b} {room}", f"-{room}", f" {b}{room}"])
        postal = pc + self.digits(4)
        if pc[0] == "0":
            postal = pc + self.digits(4)
        return s, postal

    def postal_text(self, code, style=None):
        style = style or self.w([("hy", 6), ("fw", 3), ("plain", 2)])
        a, b = code[:3], code[3:]
        return {"hy": f"{a}-{b}", "fw": fw(f"{a}-{b}"), "plain": code}[style]

    # ---- phones
    def phone(self, kind=None, fmt=None):
        kind = kind or self.w([("mobile", 6), ("land", 4), ("mobile_bad", 1)])
        note = None
        if kind in ("mobile", "mobile_bad"):
            a = "0" + self.c("789") + "0"
            b = (str(self.i(1, 9)) if kind == "mobile" else "0") + self.digits(3)
            c = self.digits(4)
            if kind == "mobile_bad":
                note = "unallocated mobile range (validator fails)"
        elif kind == "land":
            a, ln = self.c([("03", 4), ("042", 3), ("045", 3), ("06", 4), ("052", 3), ("0426", 2), ("0467", 2),
                            ("044", 3), ("011", 3), ("092", 3), ("048", 3), ("047", 3)])
            b = str(self.i(2, 9)) + self.digits(ln - 1)
            c = self.digits(4)
        elif kind == "fax":
            a, b, c = "042", str(self.i(6, 7)) + self.digits(2), self.digits(4)
        elif kind == "free":
            a, b, c = "0120", self.digits(3, True), self.digits(3)
        else:  # ip phone
            a, b, c = "050", str(self.i(1, 9)) + self.digits(3), self.digits(4)
        fmt = fmt or self.w([("hy", 12), ("plain", 2), ("paren", 1), ("fw", 1), ("sp", 1)])
        s = {"hy": f"{a}-{b}-{c}", "plain": f"{a}{b}{c}", "paren": f"({a}){b}-{c}", "fw": fw(f"{a}-{b}-{c}"),
             "sp": f"{a} {b} {c}", "intl": f"+81-{a[1:]}-{b}-{c}", "intl_plain": f"+81{a[1:]}{b}{c}",
             "intl_zero": f"+81(0){a[1:]}-{b}-{c}", "intl_sp": f"+81 {a[1:]} {b} {c}",
             "intl_zero_sp": f"+81 (0){a[1:]} {b} {c}"}[fmt]
        return s, note

    def phone_e(self, kind=None, fmt=None):
        s, note = self.phone(kind, fmt)
        return E("PHONE", s, note=note) if note else E("PHONE", s)

    # ---- numbers
    def my_number(self, valid=True):
        while True:
            base = self.digits(11, True)
            cd = my_number_cd(base)
            if valid:
                return base + str(cd)
            bad = str((cd + self.i(1, 9)) % 10)
            return base + bad

    def corp_number(self):
        base = self.digits(12, True)
        return str(corp_cd(base)) + base

    def luhn_card(self):
        pre, ln = self.c([("4", 16), ("5" + str(self.i(1, 5)), 16), ("35" + str(self.i(28, 89)), 16), ("37", 15)])
        body = pre + self.digits(ln - len(pre) - 1)
        s = body + str(luhn_cd(body))
        if ln == 16:
            return self.c([f"{s[:4]} {s[4:8]} {s[8:12]} {s[12:]}", f"{s[:4]}-{s[4:8]}-{s[8:12]}-{s[12:]}", s])
        return self.c([f"{s[:4]} {s[4:10]} {s[10:]}", s])

    def non_luhn16(self):
        while True:
            s = self.digits(16, True)
            if luhn_cd(s[:-1]) != int(s[-1]):
                return s

    def non_mynumber12(self):
        while True:
            s = self.digits(12, True)
            if my_number_cd(s[:11]) != int(s[-1]):
                return s

    def insurer_number(self, kokuho=None):
        kokuho = self.p(0.25) if kokuho is None else kokuho
        if kokuho:
            base = self.c(["13", "14", "11"]) + self.digits(3)
        else:
            base = self.c(["01", "06", "06", "31", "32", "34", "39"]) + self.c(["13", "14", "11", "27"]) + self.digits(3)
        return base + str(insurer_cd(base))

    def hi_symbol(self):
        return self.w([(self.digits(self.i(4, 8), True), 6), (self.digits(2, True), 1),
                       (self.c(["八王子", "多摩", "町田", "相模"]) + self.digits(2), 1),
                       (fw(self.digits(self.i(4, 6), True)), 1), (self.c("あかさたな") + "-" + self.digits(3), 1)])

    def hi_number(self):
        return self.w([(self.digits(self.i(5, 8), True), 6), (str(self.i(1, 999)), 2),
                       (fw(self.digits(6, True)), 1)])

    def pension(self):
        return f"{self.digits(4, True)}-{self.digits(6)}"

    def licence(self):
        base = f"{self.c(['30', '30', '45', '46', '62', '10'])}{self.digits(2)}{self.digits(6)}"
        return base + str(licence_cd(base)) + str(self.i(0, 2))

    def residence(self):
        A = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return "".join(self.c(A) for _ in range(2)) + self.digits(8) + "".join(self.c(A) for _ in range(2))

    def passport(self):
        return self.c(["TK", "TR", "TS", "TZ", "MZ", "MU", "RE"]) + self.digits(7)

    def account(self):
        return self.digits(7, True)

    def ipv4(self):
        return self.c([f"203.0.113.{self.i(2, 254)}", f"198.51.100.{self.i(2, 254)}", f"192.0.2.{self.i(2, 254)}",
                       f"192.168.{self.i(0, 20)}.{self.i(2, 254)}", f"10.{self.i(0, 30)}.{self.i(0, 255)}.{self.i(2, 254)}"])

    def ipv6(self):
        return f"2001:db8:{self.i(0, 0xffff):x}::{self.i(1, 0xffff):x}"

    # ---- hard negatives
    def order_no(self):
        return self.c([f"ORD-{self.recent():%Y%m%d}-{self.digits(5)}", f"#{self.i(100000, 199999)}",
                       f"{self.digits(3, True)}-{self.digits(7)}-{self.digits(7)}", f"S{self.digits(8)}"])

    def tracking(self, carrier):
        if carrier == "日本郵便":
            return f"{self.digits(4, True)}-{self.digits(4)}-{self.digits(4)}"
        s = self.non_mynumber12()
        return self.c([s, f"{s[:4]}-{s[4:8]}-{s[8:]}"])

    def jan(self):
        body = "49" + self.digits(10)
        return body + str(ean_cd(body))

    def amount(self):
        v = self.i(3, 2000) * 10 - self.c([0, 2, 0, 0])
        return self.c([f"￥{v:,}", f"{v:,}円", f"￥{v:,}", str(v)])

    def sens(self, sub=None):
        sub = sub or self.w(SENS_W)
        return E("SENSITIVE", self.c(SENS[sub]), subtype=sub)

    def look(self, kind=None):
        kind = kind or self.c(list(LOOK))
        return L(kind, self.c(LOOK[kind]))


def my_number_cd(base11):
    digits = [int(c) for c in base11]
    s = 0
    for n in range(1, 12):
        p = digits[11 - n]
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    return 0 if r <= 1 else 11 - r


def corp_cd(base12):
    digits = [int(c) for c in base12]
    s = 0
    for n in range(1, 13):
        p = digits[12 - n]
        s += p * (2 if n % 2 == 0 else 1)
    return 9 - (s % 9)


def luhn_cd(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return (10 - s % 10) % 10


def insurer_cd(base):
    s = 0
    for i, ch in enumerate(reversed(base)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


def licence_cd(base10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(c) * x for c, x in zip(base10, w)) % 11
    return 0 if r <= 1 else 11 - r if 11 - r < 10 else 0


def ean_cd(body12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return (10 - s % 10) % 10


# ----------------------------------------------------------------------------------------------------------
# shared fragments
# ----------------------------------------------------------------------------------------------------------

SITES = {}


def make_sites(g):
    """the clinic group's fixed sites (same contact data in every document)"""
    for k, town, pc, local in [("name", "南大沢2丁目1番8号 みなみ野メディカルビル2階", "1920364", "670"),
                               ("dental", "南大沢2丁目1番8号 みなみ野メディカルビル3階", "1920364", "671"),
                               ("care", "別所1丁目15番3号", "1920363", "689"), ("shop", "南大沢2丁目1番8号", "1920364", "678")]:
        SITES[k] = {"addr": "東京都八王子市" + town, "postal": pc, "tel": f"042-{local}-{g.digits(4)}",
                    "fax": f"042-{local}-{g.digits(4)}",
                    "mail": {"name": "info@clinic.example.jp", "dental": "dental@clinic.example.jp",
                             "care": "care@clinic.example.jp", "shop": "shop@shop.example.jp"}[k]}


def clinic_footer(g, which="name"):
    s = SITES[which]
    segs = ["\n――――――――――――\n", CLINIC[which], "\n〒", E("POSTAL_CODE", g.postal_text(s["postal"], "hy")), " ",
            E("ADDRESS", s["addr"]), "\nTEL ", E("PHONE", s["tel"])]
    if g.p(0.5):
        segs += ["　FAX ", E("PHONE", s["fax"])]
    if g.p(0.5):
        segs += ["\nMail ", E("EMAIL", s["mail"])]
    segs.append("\n")
    return segs


def ins_layout(g, style=None, label_style="same"):
    """health insurance 記号/番号 in text form; returns segment list"""
    sym, num = g.hi_symbol(), g.hi_number()
    style = style or g.w([("two", 5), ("combined", 3), ("above", 2), ("slash", 1)])
    if style == "two":
        sep = g.c(["　", " ", "　　", "\n"])
        return ["記号：", E("HEALTH_INSURANCE", sym), sep, "番号：", E("HEALTH_INSURANCE", num), "\n"]
    if style == "combined":
        if g.p(0.6):
            lab = g.c(["記号・番号：", "記号･番号: ", "保険証記号番号：", "被保険者証 記号・番号　"])
            return [lab, E("HEALTH_INSURANCE", f"{sym}-{num}" if g.p(0.7) else f"{sym}・{num}"), "\n"]
        return [g.c(["記号・番号：", "記号番号："]), E("HEALTH_INSURANCE", sym), g.c([" - ", "－", " ", "-"]),
                E("HEALTH_INSURANCE", num), "\n"]
    if style == "slash":
        return ["被保険者証（記号／番号）：", E("HEALTH_INSURANCE", sym), " / ", E("HEALTH_INSURANCE", num), "\n"]
    return ["被保険者証 記号\n", E("HEALTH_INSURANCE", sym), "\n被保険者証 番号\n", E("HEALTH_INSURANCE", num), "\n"]


def postal_segs(g, code, ctx="label"):
    """postal code with a label, various layouts"""
    st = g.w([("tri", 4), ("label", 3), ("fw_nolabel_sym", 2), ("above", 2)])
    if st == "tri":
        return ["〒", E("POSTAL_CODE", g.postal_text(code, "hy")), " "]
    if st == "label":
        return [g.c(["郵便番号：", "郵便番号 ", "〒番号："]), E("POSTAL_CODE", g.postal_text(code)), "\n"]
    if st == "fw_nolabel_sym":
        return [E("POSTAL_CODE", g.postal_text(code, "fw")), "　"]
    return ["郵便番号\n", E("POSTAL_CODE", g.postal_text(code)), "\n"]


# ----------------------------------------------------------------------------------------------------------
# document generators
# ----------------------------------------------------------------------------------------------------------

def gen_intake(g, i):
    layout = g.w([("same", 4), ("above", 3), ("bracket", 2), ("md", 2)])
    d = Doc(f"forms/monshin_{i:04d}." + ("md" if layout == "md" else "txt"), f"intake-form-{layout}",
            encoding=g.w([("utf-8", 5), ("cp932", 2), ("utf-8-sig", 1)]), nl=g.c(["\n", "\r\n"]))
    p = g.person()
    addr, pc = g.address()
    fields = []  # (label, segs)
    fields.append(("記入日", [N("ordinary-date", g.ord_text())]))
    fields.append(("診察券番号", [N("patient-id", g.digits(g.i(6, 8)))]) if g.p(0.5) else None)
    fields.append(("氏名" if g.p(0.6) else "お名前", [E("PERSON", g.full(p))]))
    fields.append(("フリガナ" if g.p(0.6) else "ふりがな", [E("PERSON", g.kana(p, g.c(["kata", "hira"])))]))
    dobs = [E("DATE_OF_BIRTH", g.dob_text(p["dob"]))]
    if g.p(0.3):
        dobs.append(f"（{2024 - p['dob'].year}歳）")
    fields.append(("生年月日", dobs))
    fields.append(("性別", ["女" if p["sex"] == "F" else "男"]))
    if g.p(0.5):
        fields.append(("郵便番号", [E("POSTAL_CODE", g.postal_text(pc))]))
        fields.append(("住所", [E("ADDRESS", addr)]))
    else:
        fields.append(("ご住所", ["〒", E("POSTAL_CODE", g.postal_text(pc, "hy")), " ", E("ADDRESS", addr)]))
    fields.append((g.c(["電話番号", "ご自宅電話", "TEL"]), [g.phone_e("land")]))
    fields.append((g.c(["携帯電話", "携帯", "携帯番号", "日中の連絡先"]), [g.phone_e(g.w([("mobile", 3), ("mobile_bad", 2)]))]))
    fields.append(("保険者番号", [E("HEALTH_INSURANCE", g.insurer_number())]))
    fields.append(("__INS__", ins_layout(g)))
    fields.append(("本日の症状", [E("SENSITIVE", g.c(SYMPTOMS), subtype="illness")]) if g.p(0.8) else ("本日の症状", ["定期検診"]))
    if g.p(0.7):
        items = []
        for k in range(g.i(1, 3)):
            if k:
                items.append("、")
            items.append(E("SENSITIVE", g.c(SENS["illness"]), subtype="illness"))
        fields.append(("既往歴", items))
    else:
        fields.append(("既往歴", ["特になし"]))
    fields.append(("アレルギー", [E("SENSITIVE", g.c(["ペニシリンアレルギー", "花粉症", "卵アレルギー", "金属アレルギー"]),
                                   subtype="illness")] if g.p(0.4) else ["なし"]))
    if g.p(0.35):
        sub = g.w([("disability", 4), ("creed", 2), ("crime_victim", 1), ("social_status", 1)])
        fields.append(("その他（医師に伝えたいこと）", [g.sens(sub)]))
    if g.p(0.6):
        fp = g.person(lo=1940, hi=2000)
        fp["sur"] = p["sur"]
        fields.append(("緊急連絡先", [E("PERSON", g.full(fp)), "（" + g.c(["夫", "妻", "長男", "長女", "母", "父"]) + "） ",
                                 g.phone_e("mobile")]))
    fields.append(("来院日", [N("ordinary-date", g.ord_text())]))
    fields = [f for f in fields if f]
    title = g.c([f"{CLINIC['name']} 問診票", "問 診 票（初診用）", f"{CLINIC['dental']} 歯科問診票", "問診票（内科）"])
    if layout == "md":
        d.line("# ", title)
        d.line("")
        d.line("| 項目 | 記入欄 |")
        d.line("|---|---|")
        for lab, segs in fields:
            if lab == "__INS__":
                sym, num = [x for x in segs if isinstance(x, tuple)][:2] if len(
                    [x for x in segs if isinstance(x, tuple)]) >= 2 else (segs[1], None)
                if num is None:
                    d.line("| 保険証 記号・番号 | ", sym, " |")
                else:
                    d.line("| 保険証 記号 | ", sym, " |")
                    d.line("| 保険証 番号 | ", num, " |")
                continue
            d.line("| ", lab, " | ", [s for s in segs if s != "\n"], " |")
    else:
        d.line(title)
        d.line("=" * 20 if g.p(0.5) else "")
        for lab, segs in fields:
            if lab == "__INS__":
                d.add("【保険証】\n" if layout == "bracket" else "保険証\n", segs)
                continue
            if layout == "same":
                d.line(lab, g.c(["：", ": ", "　"]), segs)
            elif layout == "bracket":
                d.line("【", lab, "】", segs)
            else:
                d.line(lab)
                d.line(segs)
                if g.p(0.3):
                    d.add("\n")
    d.line("")
    d.line(g.c(["※ご記入いただいた内容は診療目的にのみ使用します。", "裏面もご記入ください。", "受付担当：",
                "※保険証を必ずご提示ください。"]))
    return d


def gen_care(g, i):
    md = g.p(0.4)
    d = Doc(f"care/kaigo_{i:04d}." + ("md" if md else "txt"), "care-record",
            encoding=g.w([("utf-8", 4), ("cp932", 1)]))
    p = g.person(lo=1920, hi=1950)
    rel = g.c(["長男", "長女", "次男", "妻", "夫", "姪"])
    fam = g.person(lo=1950, hi=1985)
    if rel != "姪":
        fam["sur"] = p["sur"]
    room = f"{g.i(1, 3)}0{g.i(1, 9)}号室"
    d.line(("# " if md else "") + g.c(["介護記録（日報）", "サービス提供記録", "ケース記録", "訪問介護記録"]))
    d.line("事業所：", CLINIC["care"])
    d.line(g.c(["利用者名：", "利用者氏名：", "ご利用者："]), E("PERSON", g.full(p)), " 様（", N("room-number", room), "）")
    if g.p(0.7):
        d.line(g.c(["生年月日：", "生年月日　", "生年月日:"]), E("DATE_OF_BIRTH", g.dob_text(p["dob"])))
    else:
        d.line("生年月日")
        d.line(E("DATE_OF_BIRTH", g.dob_text(p["dob"])))
    d.line("要介護度：", E("SENSITIVE", g.c(["要介護1", "要介護2", "要介護3", "要介護4", "要支援2"]), subtype="disability"))
    d.line("主な疾患：", E("SENSITIVE", g.c(["脳梗塞後遺症", "アルツハイマー型認知症", "パーキンソン病", "慢性心不全", "糖尿病",
                                       "変形性膝関節症", "骨粗しょう症による圧迫骨折"]), subtype="illness"))
    if g.p(0.5):
        d.line("障害等：", g.sens("disability"))
    d.line("キーパーソン：", rel, " ", E("PERSON", g.full(fam)), " ", g.phone_e(g.w([("mobile", 3), ("mobile_bad", 1), ("land", 1)])))
    d.line("")
    day = g.recent()
    for k in range(g.i(2, 5)):
        t = f"{g.i(7, 20)}:{g.c(['00', '15', '30', '45'])}"
        staff = g.person(lo=1960, hi=2000)
        d.add(N("ordinary-date", fmt_date(day, g.c(["slash", "md", "kanji_dow"]))), " ", t, " 記録者：",
              E("PERSON", staff["sur"][0] if g.p(0.6) else g.full(staff)), "\n")
        kind = g.w([("neutral", 4), ("sens", 3), ("look", 1), ("symptom", 2)])
        if kind == "neutral":
            d.line(g.c(["昼食全量摂取。水分400ml。", "入浴実施。特変なし。", "レクリエーションに参加され笑顔が見られた。",
                        "排泄介助。皮膚状態良好。", "ご家族面会あり（30分）。", "午前中は居室で読書されていた。"]))
        elif kind == "sens":
            d.line("本人より：", g.sens(g.w([("illness", 3), ("disability", 1), ("creed", 1)])), "と話される。")
        elif kind == "symptom":
            d.line("夕方より", E("SENSITIVE", g.c(SYMPTOMS), subtype="illness"), "。看護師へ報告。")
        else:
            d.line(g.c(["本日は", "午前中、"]), g.look(g.c(["system-failure", "event", "health-check-schedule"])),
                   "のため記録は手書きで対応。" if g.p(0.5) else "について施設内で周知。")
        d.add("\n")
        day += timedelta(days=g.i(0, 1))
    if g.p(0.4):
        d.line("申し送り：", g.c(["転倒リスク高め、夜間巡視を強化。", "次回通院日は家族付き添い予定。", "特になし。"]))
    return d


CSV_HEAD = {
    "id": ["予約ID", "予約番号", "yoyaku_id", "appt_id", "No."],
    "date": ["予約日", "予約日時", "来院予定日", "yoyakubi", "date", "Appointment Date", "よやくび"],
    "dept": ["診療科", "科", "dept", "shinryoka", "しんりょうか"],
    "name": ["患者氏名", "氏名", "お名前", "name", "shimei", "Patient Name", "おなまえ", "カンジャメイ"],
    "kana": ["フリガナ", "ﾌﾘｶﾞﾅ", "カナ氏名", "kana", "furigana", "ふりがな", "Name (Kana)"],
    "dob": ["生年月日", "誕生日", "生年月日(西暦)", "生年月日（和暦）", "birthday", "Birthday", "DOB", "date_of_birth",
            "seinengappi", "tanjoubi", "たんじょうび", "セイネンガッピ", "誕生日 ", "Date of Birth"],
    "phone": ["電話番号", "携帯", "携帯番号", "連絡先", "TEL", "phone", "mobile", "denwa", "keitai", "でんわ", "Tel."],
    "memo": ["備考", "メモ", "特記事項", "memo", "notes", "bikou", "申し送り", "Note", "コメント"],
    "ins_sym": ["保険証記号", "記号", "hoken_kigo", "Ins. Symbol"],
    "ins_num": ["保険証番号", "番号", "hoken_bango", "Ins. Number"],
    "pt": ["診察券番号", "患者ID", "patient_id", "カルテ番号"],
}


MEMO_NEUTRAL = {
    "clinic": NEUTRAL_MEMO,
    "shop": ["置き配希望", "ギフト包装", "不在時は宅配ボックス", "のし紙不要", "午前中指定", "定期便", "領収書同梱", "", "", ""],
    "staff": ["時短勤務", "産休明け", "夜勤可", "資格手当", "送迎担当", "", "", ""],
}
MEMO_SENS_TAIL = {
    "clinic": ["のため配慮", "要確認", "のため座席配慮", "。医師へ申し送り"],
    "shop": ["のため成分表示を確認して発送", "。低糖質商品を希望", "のため減塩商品を希望", "とのこと（電話注文時）"],
    "staff": ["のため夜勤免除", "。配置に配慮", "（本人申告）", "のため通院休暇あり"],
}


def memo_cell(g, p_sens=0.45, p_look=0.15, ctx="clinic"):
    x = g.r.random()
    if x < p_sens:
        s = g.sens()
        return g.c([[s], [s, g.c(MEMO_SENS_TAIL[ctx])], ["本人申告：", s], [s, "。", g.c([m for m in MEMO_NEUTRAL[ctx] if m])]])
    if x < p_sens + p_look:
        if ctx == "shop":
            return g.c([[g.look("parcel-to-hospital")], [g.look("pet-illness"), "のため追加注文"], [g.look("product-description"),
                                                                                                  "の商品と同梱"]])
        if ctx == "staff":
            return g.c([[g.look("health-check-schedule"), "未受診"], [g.look("system-failure"), "当番"]])
        return g.c([[g.look("system-failure"), "のため電話受付"], [g.look("pet-illness"), "の相談（対象外とお伝え）"],
                    [g.look("health-check-schedule"), "の案内希望"]])
    return [g.c(MEMO_NEUTRAL[ctx])]


def enc_pick(g):
    enc = g.w([("cp932", 4), ("utf-8-sig", 4), ("utf-8", 2)])
    nl = "\r\n" if (enc == "cp932" and g.p(0.8)) or g.p(0.3) else "\n"
    return enc, nl


def gen_appt_csv(g, i):
    tsv = g.p(0.3)
    enc, nl = enc_pick(g)
    cols = ["id", "date", "dept", "name"] + (["kana"] if g.p(0.7) else []) + ["dob", "phone"]
    if g.p(0.3):
        cols += ["pt"]
    if g.p(0.25):
        cols += ["ins_sym", "ins_num"]
    cols += ["memo"]
    if g.p(0.3):
        rest = cols[1:]
        g.r.shuffle(rest)
        cols = [cols[0]] + rest
    d = Doc(f"appointments/yoyaku_{i:04d}." + ("tsv" if tsv else "csv"), "csv-appointments-" + ("tsv" if tsv else "csv"),
            encoding=enc, nl=nl)
    heads = [g.c(CSV_HEAD[c]) for c in cols]
    d.shape += "-dobhead:" + heads[cols.index("dob")].strip()
    sep = "\t" if tsv else ","
    qa = (not tsv) and g.p(0.3)
    table_row(d, heads, sep, qa)
    styles = [(g.w(DOB_CSV), 1)] if g.p(0.7) else DOB_CSV
    ostyle = g.w(ORD_CSV)
    for r in range(g.i(5, 14)):
        p = g.person()
        cell = {
            "id": [N("appointment-id", f"R{g.digits(6)}")],
            "date": [N("ordinary-date", fmt_date(g.recent(), ostyle) + (f" {g.i(9, 17)}:{g.c(['00', '30'])}" if g.p(0.3) else ""))],
            "dept": [g.c(DEPTS)],
            "name": [E("PERSON", g.full(p))],
            "kana": [E("PERSON", g.kana(p))],
            "dob": [E("DATE_OF_BIRTH", fmt_date(p["dob"], g.w(styles)))],
            "phone": [g.phone_e(g.w([("mobile", 5), ("mobile_bad", 2), ("land", 2)]), g.w([("hy", 6), ("plain", 3)]))],
            "pt": [N("patient-id", g.digits(7))],
            "ins_sym": [E("HEALTH_INSURANCE", g.digits(g.i(4, 8), True))],
            "ins_num": [E("HEALTH_INSURANCE", g.digits(g.i(2, 7), True))],
            "memo": memo_cell(g),
        }
        table_row(d, [cell[c] for c in cols], sep, qa)
    return d


def gen_roster(g, i):
    csvmode = g.p(0.6)
    if csvmode:
        enc, nl = enc_pick(g)
        d = Doc(f"staff/roster_{i:04d}.csv", "csv-staff-roster", encoding=enc, nl=nl)
        combined = g.p(0.35)
        cols = ["社員番号", "氏名", g.c(["フリガナ", "ｼﾒｲ", "カナ"]), g.c(["生年月日", "誕生日", "birth_date"]),
                g.c(["入社日", "入職日"]), "所属", g.c(["携帯", "携帯電話", "緊急連絡先"])]
        cols += (["健保 記号・番号"] if combined else [g.c(["健康保険 記号", "健保記号", "保険証記号"]),
                                                     g.c(["健康保険 番号", "健保番号", "保険証番号"])])
        bank = g.p(0.35)
        cols += [g.c(["基礎年金番号", "年金番号"]), "住所"] + ([g.c(["振込口座番号", "口座番号"])] if bank else []) + ["備考"]
        table_row(d, cols)
        for r in range(g.i(4, 12)):
            p = g.person(lo=1960, hi=2003)
            addr, pc = g.address()
            row = [[N("employee-id", f"E{g.digits(5)}")], [E("PERSON", g.full(p))], [E("PERSON", g.kana(p))],
                   [E("DATE_OF_BIRTH", fmt_date(p["dob"], g.w(DOB_CSV)))],
                   [N("ordinary-date", fmt_date(g.dob(2005, 2024), g.w(ORD_CSV)))],
                   [g.c(["内科", "歯科", "介護", "事務", "ストア", "訪問看護"])],
                   [g.phone_e(g.w([("mobile", 4), ("mobile_bad", 1)]))]]
            if combined:
                row.append([E("HEALTH_INSURANCE", f"{g.digits(g.i(2, 6), True)}-{g.digits(g.i(2, 7), True)}")])
            else:
                row += [[E("HEALTH_INSURANCE", g.digits(g.i(2, 8), True))], [E("HEALTH_INSURANCE", g.digits(g.i(1, 7), True))]]
            row.append([E("PENSION_NUMBER", g.pension())])
            row.append([E("ADDRESS", addr)])
            if bank:
                row.append([E("BANK_ACCOUNT", g.account())])
            row.append(memo_cell(g, 0.25, 0.1, "staff"))
            table_row(d, row)
        return d
    # single employee: 資格取得届 like text
    d = Doc(f"staff/shikaku_{i:04d}.txt", "staff-insurance-form", encoding=g.c(["utf-8", "cp932"]))
    p = g.person(lo=1960, hi=2003)
    addr, pc = g.address()
    d.line(g.c(["健康保険・厚生年金保険 被保険者資格取得 確認票", "職員台帳（個票）", "社会保険加入手続メモ"]))
    d.line("作成日：", N("ordinary-date", g.ord_text()))
    d.line("")
    d.line("氏名：", E("PERSON", g.full(p)), "（", E("PERSON", g.kana(p, "kata")), "）")
    if g.p(0.5):
        d.line("生年月日：", E("DATE_OF_BIRTH", g.dob_text(p["dob"])))
    else:
        d.line("生年月日")
        d.line(E("DATE_OF_BIRTH", g.dob_text(p["dob"])))
    d.line("入社年月日：", N("ordinary-date", g.ord_text()))
    d.line("保険者番号：", E("HEALTH_INSURANCE", g.insurer_number(False)))
    d.add(ins_layout(g))
    if g.p(0.5):
        d.line("基礎年金番号：", E("PENSION_NUMBER", g.pension()))
    else:
        d.line("基礎年金番号")
        d.line(E("PENSION_NUMBER", g.pension()))
    d.add(postal_segs(g, pc))
    d.line("住所：", E("ADDRESS", addr))
    d.line("電話番号：", g.phone_e(g.w([("mobile", 3), ("mobile_bad", 2)])))
    if g.p(0.3):
        d.line("個人番号：", E("MY_NUMBER", g.my_number()))
    if g.p(0.3):
        d.line("健康状態：", g.sens("illness"), "（本人申告）")
    d.line("給与：", N("amount", g.amount()))
    return d


def gen_resume(g, i):
    md = g.p(0.3)
    d = Doc(f"resume/rirekisho_{i:04d}." + ("md" if md else "txt"), "resume", encoding=g.c(["utf-8", "utf-8", "cp932"]))
    p = g.person(lo=1965, hi=2004)
    addr, pc = g.address()
    d.line(("# " if md else "") + g.c(["履 歴 書", "履歴書", "職務経歴書"]))
    d.line(N("ordinary-date", g.ord_text(["kanji", "wk_r"])), "現在")
    lab = g.w([("same", 3), ("above", 2), ("context", 2)])
    if lab == "context":
        d.line("")
        d.line(E("PERSON", g.full(p)), "（", E("DATE_OF_BIRTH", g.dob_text(p["dob"])), g.c(["生、", "生まれ、", " 生 "]),
               f"{2024 - p['dob'].year}歳）")
        d.line("ふりがな：", E("PERSON", g.kana(p, "hira")))
    elif lab == "above":
        d.line("ふりがな")
        d.line(E("PERSON", g.kana(p, "hira")))
        d.line("氏名")
        d.line(E("PERSON", g.full(p, "　")))
        d.line("生年月日")
        d.line(E("DATE_OF_BIRTH", g.dob_text(p["dob"])), g.c(["生", "", "生（満" + str(2024 - p["dob"].year) + "歳）"]))
    else:
        d.line("ふりがな　", E("PERSON", g.kana(p, "hira")))
        d.line("氏　　名　", E("PERSON", g.full(p)))
        d.line("生年月日　", E("DATE_OF_BIRTH", g.dob_text(p["dob"])), g.c(["生（満" + str(2024 - p["dob"].year) + "歳）", "生", ""]))
    d.line("現住所")
    d.add(postal_segs(g, pc))
    d.line(E("ADDRESS", addr))
    d.line(g.c(["電話：", "携帯電話：", "TEL "]), g.phone_e(g.w([("mobile", 4), ("mobile_bad", 1)])))
    d.line(g.c(["E-mail：", "メール："]), E("EMAIL", g.email(p)))
    d.line("")
    d.line(("## " if md else "") + "学歴・職歴")
    y = p["dob"].year + 15
    for k, what in enumerate(["市立第二中学校 卒業", "県立南高等学校 入学", "県立南高等学校 卒業", "看護専門学校 卒業",
                              "医療法人社団あおば会 入職", "一身上の都合により退職"][:g.i(3, 6)]):
        dd = date(y + k * 2 + (k > 3) * 3, g.c([3, 4]), 1)
        era, _, ey = wareki(dd)
        d.line(N("ordinary-date", g.c([f"{era}{ey}年{dd.month}月", f"{dd.year}年{dd.month}月", f"{dd.year}/{dd.month:02d}"])), "　", what)
    d.line("")
    d.line(("## " if md else "") + "免許・資格")
    d.line(N("ordinary-date", f"{y + 4}年{g.i(1, 12)}月"), "　普通自動車第一種運転免許 取得")
    if g.p(0.5):
        if g.p(0.5):
            d.line("運転免許証番号")
            d.line(E("DRIVERS_LICENSE", g.licence()))
        else:
            d.line("運転免許証番号：第", E("DRIVERS_LICENSE", g.licence()), "号")
    d.line(N("ordinary-date", f"{y + 8}年{g.i(1, 12)}月"), g.c(["　介護福祉士 登録", "　看護師免許 取得", "　医療事務技能審査 合格"]))
    d.line("")
    d.line(("## " if md else "") + "本人希望記入欄")
    x = g.r.random()
    if x < 0.4:
        d.line(g.c(["持病（", "既往："]), g.sens("illness"), "）があるため、夜勤は月4回までを希望します。")
    elif x < 0.55:
        d.line(g.sens("disability"), "のため、障害者雇用枠での応募です。")
    elif x < 0.65:
        d.line(g.sens("creed"), "のため、金曜午後は礼拝の時間をいただけますと幸いです。")
    else:
        d.line("貴院の規定に従います。通勤時間：約", str(g.i(10, 60)), "分")
    d.line("")
    d.line("賞罰：なし")
    return d


def chat_msgs(g, staff, patients, family):
    """return list of (speaker_index_or_None, segs)"""
    msgs = []
    pt = g.c(patients)
    for _ in range(g.i(5, 12)):
        k = g.w([("appt", 3), ("callback", 2), ("ack", 3), ("sens", 3), ("look", 2), ("room", 1), ("dob", 1),
                 ("given", 1), ("doctor", 1)])
        pt = g.c(patients)
        if k == "appt":
            segs = [E("PERSON", pt["sur"][0]), g.c(["様の予約、", "さんの予約", "様、"]),
                    N("ordinary-date", g.ord_text([("md", 3), ("md_dow", 2), ("md_kanji", 2)])),
                    g.c(["に変更になりました。", "の午前に移動お願いします", "キャンセルです"])]
        elif k == "callback":
            kind = g.w([("mobile", 3), ("mobile_bad", 2), ("land", 1)])
            segs = [E("PERSON", g.full(pt) if g.p(0.4) else pt["sur"][0]),
                    "様から着信。携帯 " if kind == "mobile_bad" else g.c(["さんのご家族から電話ありました。折り返しは", "様から着信。携帯 "]),
                    g.phone_e(kind), g.c(["までとのことです", "です", ""])]
        elif k == "ack":
            segs = [g.c(["了解です！", "承知しました", "ありがとうございます🙏", "確認します", "お疲れさまです", "OKです"])]
        elif k == "sens":
            segs = [E("PERSON", pt["sur"][0]), g.c(["様、", "さん、"]), g.sens(), g.c(["とのことなので配慮お願いします",
                                                                                 "とのこと。次回医師に共有します", "です"])]
        elif k == "look":
            segs = [g.c(["", "今朝の"]), g.look(g.c(["system-failure", "health-check-schedule", "event", "aggregate-statistics"])),
                    g.c(["の件、掲示板に載せました", "、復旧したみたいです", "の日程どうしますか"])]
        elif k == "room":
            segs = [N("room-number", f"{g.i(1, 3)}0{g.i(1, 9)}号室"), "の", E("PERSON", pt["sur"][0]), "様、",
                    E("SENSITIVE", g.c(SYMPTOMS), subtype="illness"), "とのこと。様子見ます"]
        elif k == "dob":
            segs = [E("PERSON", pt["sur"][0]), "様の生年月日", g.c(["は", "：", " "]),
                    E("DATE_OF_BIRTH", g.dob_text(pt["dob"])), g.c(["です", "で合ってますか？", ""])]
        elif k == "given":
            segs = [E("PERSON", pt["given"][0]), g.c(["さん今日来てます", "ちゃんの予防接種、来週です"])]
        else:
            segs = [g.c(["院長の", "歯科の", ""]), E("PERSON", g.c(staff)["sur"][0]), g.c(["先生、午後不在です", "先生に確認済みです"])]
        msgs.append(segs)
    if family:
        fam, rel, pt0 = family
        msgs.insert(0, ["いつもお世話になっております。", E("PERSON", g.full(fam)), "です。", rel, "の件でご連絡しました。"])
        x = g.r.random()
        if x < 0.5:
            msgs.insert(1, [rel, "が", E("SENSITIVE", g.c(SYMPTOMS), subtype="illness"), "、本日受診できますか"])
        else:
            msgs.insert(1, [rel, "は", g.sens(), "ので、よろしくお願いします"])
        msgs.insert(2, [rel, "の生年月日は", E("DATE_OF_BIRTH", g.dob_text(pt0["dob"])), "、連絡先は",
                        g.phone_e(g.w([("mobile", 3), ("mobile_bad", 2)])), "です"])
    return msgs


def family_msgs(g, family, staff):
    fam, rel, pt = family
    F, S = 0, 1
    out = [(F, ["いつもお世話になっております。", E("PERSON", g.full(fam)), "です。", rel, "の件でご連絡しました。"])]
    if g.p(0.5):
        out.append((F, [rel, "が", E("SENSITIVE", g.c(SYMPTOMS), subtype="illness"), "、本日受診できますか"]))
    else:
        out.append((F, [rel, "は", g.sens(), "ので、", g.c(["付き添って伺います", "よろしくお願いします"])]))
    out.append((S, [g.c(["", "ご連絡ありがとうございます。"]), "診察券番号を教えていただけますか？"]))
    out.append((F, ["診察券番号は", N("patient-id", g.digits(7)), "です。", rel, "の生年月日は",
                    E("DATE_OF_BIRTH", g.dob_text(pt["dob"])), "です"]))
    out.append((S, ["確認できました。", E("PERSON", pt["sur"][0]), "様、", N("ordinary-date", g.ord_text([("md", 2), ("md_dow", 2), ("md_kanji", 1)])),
                    "の", g.c(["10時", "14時半", "午後一番"]), "でお取りしました。保険証をお持ちください"]))
    if g.p(0.6):
        out.append((F, ["念のため連絡先は", g.phone_e(g.w([("mobile", 3), ("mobile_bad", 2)])), "です"]))
    if g.p(0.3):
        out.append((F, ["あと、", g.look("pet-illness"), "で、そちらは動物病院に行きます笑"]))
    out.append((S, [g.c(["承知しました。", "ありがとうございます。"]), E("PERSON", fam["given"][0] if g.p(0.3) else fam["sur"][0]),
                    "様もお気をつけてお越しください"]))
    out.append((F, [g.c(["ありがとうございます", "よろしくお願いします🙇", "助かります"])]))
    return out


def gen_chat(g, i):
    fmt = g.w([("bracket", 4), ("after", 3), ("line", 3), ("paren", 2)])
    d = Doc(f"chat/chat_{i:04d}.txt", f"chat-speaker-{fmt}", encoding="utf-8")
    staff = [g.person(lo=1965, hi=2000) for _ in range(g.i(2, 4))]
    patients = [g.person(lo=1930, hi=2015) for _ in range(g.i(1, 3))]
    family = None
    speakers = list(staff)
    if g.p(0.4):
        pt0 = patients[0]
        pt0["dob"] = g.dob(1925, 1958)
        fam = g.person(lo=1950, hi=1990)
        fam["sur"] = pt0["sur"]
        rel = g.c(["母", "父", "祖母", "義母"])
        family = (fam, rel, pt0)
        speakers = [fam, staff[0]]
        d.shape += "-family"
    msgs = chat_msgs(g, staff, patients, family) if not family else family_msgs(g, family, staff[0])
    names = {}
    for sp in speakers:
        names[id(sp)] = g.w([("sur", 4), ("full", 3), ("given_hira", 1), ("roman", 1)])
    day = g.recent()
    if fmt == "line":
        d.line("[LINE] ", g.c(["受付スタッフ", "介護チーム連絡", "訪問看護"]) if not family else "みなみ野クリニック公式",
               "のトーク履歴")
        d.line("保存日時：", N("ordinary-date", fmt_date(day, "slash")), " 21:0", str(g.i(0, 9)))
        d.line("")
        d.line(N("ordinary-date", fmt_date(day, "slash") + f"({DOW_JA[day.weekday()]})"))
    else:
        d.line(g.c(["# 受付チャット ", "【スタッフ連絡】", "-- チャットログ --"]), N("ordinary-date", fmt_date(day, "slash")))
    h, m = g.i(8, 10), g.i(0, 30)
    for k, segs in enumerate(msgs):
        if family:
            sp, segs = speakers[segs[0]], segs[1]
        else:
            sp = g.c(speakers)
        mode = names[id(sp)]
        if mode == "sur" and not sp["foreign"]:
            nm = E("PERSON", sp["sur"][0])
        elif mode == "given_hira" and not sp["foreign"]:
            nm = E("PERSON", to_hira(sp["given"][1]))
        elif mode == "roman":
            nm = E("PERSON", sp["given"][2] if g.p(0.5) else g.roman(sp, "gs"))
        else:
            nm = E("PERSON", g.full(sp, " "))
        m += g.i(1, 9)
        if m >= 60:
            h, m = h + 1, m - 60
        t = f"{h}:{m:02d}" if fmt == "line" else f"{h:02d}:{m:02d}"
        if fmt == "bracket":
            d.line("[", t, "] ", nm, g.c([": ", "："]), segs)
        elif fmt == "after":
            d.line(nm, " ", t)
            d.line(segs)
            d.add("\n")
        elif fmt == "line":
            d.line(t, "\t", nm, "\t", segs)
        else:
            d.line(nm, " (", t, "): ", segs)
    return d


def eml_headers(g, frm, to, subj, cc=None, enc="utf-8"):
    day = g.recent()
    segs = ["From: ", frm, "\n", "To: ", to, "\n"]
    if cc:
        segs += ["Cc: ", cc, "\n"]
    segs += ["Subject: ", subj, "\n",
             "Date: ", N("mail-date", f"{DOW_EN[day.weekday()]}, {day.day} {MON[day.month - 1]} {day.year} "
                                      f"{g.i(8, 21):02d}:{g.i(0, 59):02d}:{g.i(0, 59):02d} +0900"), "\n"]
    if g.p(0.5):
        segs += ["Message-ID: ", N("message-id", f"<{day:%Y%m%d}{g.digits(6)}.{g.digits(4)}@mail.example.jp>"), "\n"]
    segs += ["MIME-Version: 1.0\n", f"Content-Type: text/plain; charset={'shift_jis' if enc == 'cp932' else 'utf-8'}\n",
             "Content-Transfer-Encoding: 8bit\n\n"]
    return segs


def addr_hdr(g, p, email):
    st = g.w([("kanji", 4), ("roman", 1), ("bare", 1), ("quoted", 1)])
    if st == "bare":
        return [E("EMAIL", email)]
    nm = g.full(p, " ") if st in ("kanji", "quoted") else g.roman(p)
    if st == "quoted":
        return ['"', E("PERSON", nm), '" <', E("EMAIL", email), ">"]
    return [E("PERSON", nm), " <", E("EMAIL", email), ">"]


def gen_mail_ja(g, i):
    enc = "cp932" if g.p(0.2) else "utf-8"
    kind = g.w([("family", 4), ("insurer", 2), ("staff", 2), ("patient", 2)])
    d = Doc(f"mail/ja_{i:04d}.eml", f"mail-ja-{kind}", encoding=enc, nl=g.c(["\n", "\r\n"]))
    clinic_to = [CLINIC["name"], " <", E("EMAIL", g.email(role=True)), ">"]
    if kind in ("family", "patient"):
        pt = g.person(lo=1930, hi=2010)
        sender = pt if kind == "patient" else dict(g.person(lo=1950, hi=1995), sur=pt["sur"])
        em = g.email(sender)
        d.add(eml_headers(g, addr_hdr(g, sender, em), clinic_to,
                          g.c(["予約変更のお願い", "母の受診について", "診断書の発行について", "お問い合わせ"]), enc=enc))
        d.line(CLINIC["name"], " ", g.c(["受付ご担当者様", "御中", "ご担当者様"]))
        d.line("")
        if kind == "family":
            rel = g.c(["母", "父", "祖母", "夫"])
            d.line("いつもお世話になっております。", E("PERSON", sender["sur"][0] if g.p(0.3) else g.full(sender)), "です。")
            d.line(rel, "の", E("PERSON", g.full(pt)), "（診察券番号 ", N("patient-id", g.digits(7)), "）の件でご連絡いたします。")
            if g.p(0.6):
                d.line(rel, "の生年月日は", E("DATE_OF_BIRTH", g.dob_text(pt["dob"])), "です。")
            d.line(rel, "は", g.sens(), "のため、", N("ordinary-date", g.ord_text([("md_kanji", 1), ("md_dow", 1), ("kanji", 1)])),
                   "の予約を午後に変更していただけますでしょうか。")
        else:
            d.line(E("PERSON", g.full(pt)), "と申します。", g.c(["予約の変更をお願いしたくご連絡しました。",
                                                           "診断書の発行をお願いします。"]))
            d.line("生年月日：", E("DATE_OF_BIRTH", g.dob_text(pt["dob"])))
            d.line("症状：", E("SENSITIVE", g.c(SYMPTOMS), subtype="illness"))
            if g.p(0.4):
                d.add("保険証　", ins_layout(g, g.c(["two", "combined"])))
        if g.p(0.3):
            d.line("なお、", g.look("pet-illness"), "で動物病院にも通っており、バタバタしております。")
        d.line("")
        d.line("よろしくお願いいたします。")
        d.line("")
        d.line("--")
        d.line(E("PERSON", g.full(sender)))
        d.line(g.c(["携帯：", "TEL ", "電話番号：", "連絡先 "]), g.phone_e(g.w([("mobile", 3), ("mobile_bad", 2), ("land", 1)])))
        if g.p(0.5):
            addr, pc = g.address()
            d.line("〒", E("POSTAL_CODE", g.postal_text(pc, "hy")), " ", E("ADDRESS", addr))
    elif kind == "insurer":
        agent = g.person(lo=1965, hi=1998)
        pt = g.person(lo=1940, hi=2000)
        em = g.email(agent).split("@")[0] + "@claims.example.co.jp"
        d.add(eml_headers(g, addr_hdr(g, agent, em), clinic_to, ["【照会】診療内容確認のお願い（証券番号 ", N("policy-number", g.digits(10)), "）"], enc=enc))
        d.line(CLINIC["name"], " 医事課 御中")
        d.line("")
        d.line("あおば生命保険株式会社 保険金支払部の", E("PERSON", agent["sur"][0]), "でございます。")
        d.line("下記被保険者の診療内容について照会申し上げます。")
        d.line("")
        d.line("　証券番号：", N("policy-number", g.digits(10)))
        d.line("　被保険者：", E("PERSON", g.full(pt)), " 様")
        d.line("　生年月日：", E("DATE_OF_BIRTH", g.dob_text(pt["dob"])))
        d.line("　傷病名：", g.sens("illness"))
        d.line("　通院期間：", N("ordinary-date", g.ord_text(["kanji"])), "～", N("ordinary-date", g.ord_text(["kanji"])))
        d.line("　受付番号：", N("reception-number", g.non_mynumber12()))
        d.line("")
        d.line("ご回答は", N("ordinary-date", g.ord_text(["kanji"])), "までにお願いいたします。")
        d.line("")
        d.line("あおば生命保険株式会社 保険金支払部")
        d.line(E("PERSON", g.full(agent)))
        d.line("TEL ", g.phone_e(g.c(["land", "free"])), "（平日9:00-17:00）")
    else:
        a, b = g.person(lo=1965, hi=2000), g.person(lo=1965, hi=2000)
        pt = g.person(lo=1930, hi=2010)
        d.add(eml_headers(g, addr_hdr(g, a, g.email(a)), addr_hdr(g, b, g.email(b)), "申し送り：" + g.c(["明日の予約", "訪問診療", "送迎"]),
                          cc=(addr_hdr(g, g.person(), g.email(g.person())) if g.p(0.4) else None), enc=enc))
        d.line(E("PERSON", b["sur"][0]), "さん")
        d.line("")
        d.line("お疲れさまです。", E("PERSON", a["sur"][0]), "です。")
        d.line("明日の訪問診療の件、", E("PERSON", g.full(pt)), "様（", E("DATE_OF_BIRTH", g.dob_text(pt["dob"])), "生）は",
               g.sens(), "のため、", g.c(["医師の同行をお願いします。", "時間に余裕をもって伺ってください。"]))
        if g.p(0.5):
            d.line("また、", g.look("system-failure"), "の影響で、訪問予定表は紙で配布します。")
        d.line("訪問日：", N("ordinary-date", g.ord_text()))
        d.line("")
        d.line(E("PERSON", g.full(a)))
        d.line(CLINIC["name"], " 在宅医療部 内線 ", N("extension", str(g.i(200, 299))))
    d.add(clinic_footer(g) if kind == "staff" and g.p(0.3) else "")
    return d


def gen_mail_en(g, i):
    kind = g.w([("patient", 5), ("insurer", 2), ("clinic_reply", 1)])
    d = Doc(f"mail/en_{i:04d}.eml", f"mail-en-{kind}", encoding="utf-8", nl=g.c(["\n", "\r\n"]))
    clinic_to = [CLINIC["name"], " <", E("EMAIL", g.email(role=True)), ">"]
    pt = g.person(foreign=True, lo=1950, hi=2005)
    pfmt = g.c(["intl", "intl_plain", "intl_zero", "intl_sp", "intl_zero_sp", "hy"])
    if kind == "patient":
        em = g.email(pt)
        d.add(eml_headers(g, [E("PERSON", g.roman(pt, "gs")), " <", E("EMAIL", em), ">"], clinic_to,
                          g.c(["Appointment request", "Question about my visit", "Booking for dental check-up",
                               "Medical certificate"])))
        if g.p(0.3):
            d.line("Dear Dr. ", E("PERSON", g.c(SURNAMES)[2]), ",")
        else:
            d.line(g.c(["Dear Sir or Madam,", "Hello,", "Dear reception team,"]))
        d.line("")
        d.line(f"My name is ", E("PERSON", g.roman(pt, "gs")), " and I would like to book an appointment",
               g.c([" next week.", " for a check-up.", "."]))
        lab = g.c(["Date of birth: ", "DOB: ", "D.O.B. ", "Birthday: ", "I was born on "])
        d.line(lab, E("DATE_OF_BIRTH", g.dob_text(pt["dob"], DOB_EN)), "." if lab.startswith("I") else "")
        plab = g.c(["Phone: ", "Mobile: ", "You can reach me at ", "Tel: "])
        d.line(plab, g.phone_e(g.w([("mobile", 4), ("land", 1)] + ([("mobile_bad", 1)] if plab[0] != "Y" else [])), pfmt))
        if g.p(0.5):
            d.line(g.c(["Residence card no.: ", "Zairyu card number: ", "Residence Card No. "]), E("RESIDENCE_CARD", g.residence()))
        if g.p(0.3):
            d.line(g.c(["Passport: ", "Passport No. ", "my passport number is "]), E("PASSPORT", g.passport()))
        if g.p(0.4):
            d.line("Insurance card - ", g.c(["Symbol: ", "kigo: "]), E("HEALTH_INSURANCE", g.hi_symbol()), ", ",
                   g.c(["Number: ", "bango: "]), E("HEALTH_INSURANCE", g.hi_number()))
        if g.p(0.7):
            s = g.c([("I have asthma", "illness"), ("I have type 1 diabetes", "illness"), ("I am allergic to penicillin", "illness"),
                     ("I use a wheelchair", "disability"), ("I am hard of hearing", "disability"),
                     ("As a Muslim I cannot take gelatin capsules", "creed"), ("I am pregnant (20 weeks)", "illness"),
                     ("I was diagnosed with depression last year", "illness"), ("I had breast cancer surgery", "illness")])
            d.line(E("SENSITIVE", s[0], subtype=s[1]), g.c([", so please let the doctor know.", "."]))
        if g.p(0.4):
            addr, pc = g.address(pref=True)
            d.line("Address: ", E("ADDRESS", addr), ", ", E("POSTAL_CODE", g.postal_text(pc, "hy")))
        if g.p(0.3):
            d.line("By the way, ", L("pet-illness", "my dog has diabetes"), " so I may need to leave early.")
        d.line("I am available on ", N("ordinary-date", g.ord_text(ORD_EN)), ".")
        d.line("")
        d.line(g.c(["Best regards,", "Kind regards,", "Thanks,"]))
        d.line(E("PERSON", g.roman(pt, "gs")))
    elif kind == "insurer":
        ag = g.person(foreign=True, lo=1960, hi=1995)
        d.add(eml_headers(g, [E("PERSON", g.roman(ag, "gs")), " <", E("EMAIL", g.email(ag).split("@")[0] + "@assist.example.com"), ">"],
                          clinic_to, "Guarantee of payment - Claim " + f"CLM-{g.i(2023, 2025)}-{g.digits(5)}"))
        d.line("Dear Medical Office,")
        d.line("")
        d.line("We act for the travel insurer of the patient below and confirm cover for outpatient treatment.")
        d.line("")
        d.line("Patient: ", E("PERSON", g.roman(pt, g.c(["gs", "SG"]))))
        d.line(g.c(["Date of Birth: ", "DOB: "]), E("DATE_OF_BIRTH", g.dob_text(pt["dob"], DOB_EN)))
        d.line("Passport No.: ", E("PASSPORT", g.passport()))
        d.line("Policy No.: ", N("policy-number", f"TRV-{g.digits(7)}"))
        d.line("Claim ref.: ", N("claim-number", f"CLM-{g.i(2023, 2025)}-{g.digits(5)}"))
        d.line("Date of incident: ", N("ordinary-date", g.ord_text(ORD_EN)))
        d.line("Reported condition: ", g.c([E("SENSITIVE", "acute gastroenteritis", subtype="illness"),
                                            E("SENSITIVE", "fractured left wrist", subtype="illness"),
                                            E("SENSITIVE", "suspected influenza", subtype="illness")]))
        d.line("Limit: ", N("amount", f"JPY {g.i(100, 900)},000"))
        d.line("")
        d.line("Please send the invoice to ", E("EMAIL", "claims@assist.example.com"), ".")
        d.line("")
        d.line("Regards,")
        d.line(E("PERSON", g.roman(ag, "gs")))
        d.line("Case Manager, Global Assist Japan")
        d.line("Tel ", g.phone_e("land", g.c(["intl", "intl_sp", "intl_zero"])))
    else:
        st = g.person(lo=1965, hi=1998)
        d.add(eml_headers(g, [E("PERSON", g.roman(st, "gs")), " <", E("EMAIL", g.email(role=True)), ">"],
                          [E("PERSON", g.roman(pt, "gs")), " <", E("EMAIL", g.email(pt)), ">"], "Re: Appointment request"))
        d.line("Dear ", g.c(["Mr. ", "Ms. "]), E("PERSON", pt["sur"][2]), ",")
        d.line("")
        d.line("Thank you for your message. Your appointment is confirmed for ", N("ordinary-date", g.ord_text(ORD_EN)),
               " at 10:30.")
        d.line("Please bring your residence card and health insurance card.")
        d.line("Note: our ", L("system-failure", "online booking system outage"), " is now resolved.")
        d.line("")
        d.line("Sincerely,")
        d.line(E("PERSON", g.roman(st, "gs")), " (Reception)")
        d.add(clinic_footer(g))
    return d


def gen_incident(g, i):
    md = g.p(0.3)
    kind = g.w([("FAX誤送信", 2), ("メール誤送信", 2), ("書類紛失", 2), ("USBメモリ紛失", 1), ("不正アクセス", 3), ("郵便物誤送付", 1)])
    d = Doc(f"incident/jiko_{i:04d}." + ("md" if md else "txt"), "incident-report", encoding=g.c(["utf-8", "cp932"]))
    h = "## " if md else "■"
    d.line(("# " if md else "") + g.c(["個人情報漏えい事案報告書", "インシデント報告書", "事故報告（第一報）"]))
    d.line("報告日：", N("ordinary-date", g.ord_text()))
    rep = g.person(lo=1965, hi=2000)
    if g.p(0.7):
        d.line("報告者：", g.c(["受付", "医事課", "介護事業部", "ストア運営"]), " ", E("PERSON", g.full(rep)))
    else:
        d.line("報告者：医事課長")
    d.line(g.c(["発生日時：", "発生日時　", "発生日："]), N("ordinary-date", g.ord_text()), f" {g.i(8, 19)}:{g.c(['00', '15', '30', '45'])}頃")
    d.line("発覚日時：", N("ordinary-date", g.ord_text()))
    d.line("事案の種別：", kind)
    items = ["氏名", "生年月日", "住所", "電話番号"] + g.r.sample(["保険証の記号・番号", "メールアドレス", "診察券番号", "注文履歴"], 2)
    g.r.shuffle(items)
    d.add(g.c(["漏えいした項目：", "漏えい・紛失した情報：", "対象となる情報："]), "、".join(items))
    if g.p(0.7):
        d.add("、", L("policy-category", g.c(["既往歴", "病歴", "障害の有無", "病名"])))
    d.line("")
    n = g.i(1, 40)
    d.line("対象件数：", f"{n}名分")
    d.line("")
    d.line(h + "概要")
    if kind == "FAX誤送信":
        d.line("紹介状をFAX送信する際、短縮ダイヤルの登録誤りにより、誤った番号（", g.phone_e("land"), "）へ送信した。")
    elif kind == "メール誤送信":
        d.line("健診結果の案内メールをBCCではなくTOで送信し、", str(n), "名のメールアドレスが相互に閲覧可能となった。")
    elif kind == "不正アクセス":
        d.line("予約サイトに対し、", E("IP_ADDRESS", g.ipv4()), " から不審なログイン試行が", N("count", f"{g.i(200, 900)}回"),
               "確認された。")
        for _ in range(g.i(0, 2)):
            d.line("同日 ", f"{g.i(0, 23):02d}:{g.i(0, 59):02d}", " に ", E("IP_ADDRESS", g.ipv4()), " からのアクセスも記録。")
        if g.p(0.5):
            d.line("また ", E("IP_ADDRESS", g.ipv6()), " からのアクセスも記録されている。")
        d.line("WAF バージョン ", N("version-number", f"{g.i(2, 6)}.{g.i(0, 12)}.{g.i(0, 9)}"), " で遮断済み。")
    else:
        d.line("外出先で", g.c(["書類", "USBメモリ", "郵便物"]), "の所在が不明となった。管理番号 ", N("asset-number", f"A-{g.digits(5)}"), "。")
        if g.p(0.3):
            d.line("紛失物には電話注文の控え（カード番号 ", E("CREDIT_CARD", g.luhn_card()), "）が含まれていた。")
    if g.p(0.35):
        d.line("")
        d.line(h + g.c(["対象者一覧（氏名／生年月日）", "対象者（氏名・生年月日・電話番号）"]))
        for k in range(g.i(1, 4)):
            p = g.person()
            sep = g.c([" / ", "　", "、"])
            d.line(f"{k + 1}. ", E("PERSON", g.full(p)), sep, E("DATE_OF_BIRTH", g.dob_text(p["dob"])), sep,
                   g.phone_e(g.w([("mobile", 3), ("mobile_bad", 1)])))
    d.line("")
    d.line(h + "対応")
    d.line(N("ordinary-date", g.ord_text(["md_kanji", "kanji"])), "　対象者へ電話連絡、謝罪。")
    d.line(N("ordinary-date", g.ord_text(["md_kanji", "kanji"])), "　個人情報保護委員会へ報告。")
    d.line("")
    d.line(h + "再発防止策")
    d.line(g.c(["FAX送信時のダブルチェックを徹底する。", "メール送信前の宛先確認を必須とする。",
                "USBメモリの持ち出しを禁止する。", "パスワードを変更し、多要素認証を導入した。"]))
    return d


SHOP_HEAD = [
    ["注文番号", "注文日", "購入者名", "フリガナ", "郵便番号", "住所", "電話番号", "メールアドレス", "商品名", "JANコード", "数量",
     "金額", "配送業者", "お問い合わせ番号", "決済", "備考"],
    ["Order ID", "Order Date", "Name", "Kana", "Zip", "Address", "Phone", "Email", "Item", "JAN", "Qty", "Total",
     "Carrier", "Tracking No.", "Payment", "Note"],
    ["chumon_no", "chumon_bi", "shimei", "kana", "yubin", "jusho", "denwa", "mail", "shohin", "jan", "suryo", "kingaku",
     "haiso", "tsuiseki", "kessai", "bikou"],
    ["ご注文番号", "受注日", "お届け先氏名", "ｵﾄﾄﾞｹｻｷｶﾅ", "お届け先〒", "お届け先住所", "お届け先電話", "メール", "品名", "JAN",
     "数", "合計", "配送会社", "伝票番号", "支払方法", "お客様メモ"],
]


def gen_shop_csv(g, i):
    enc, nl = enc_pick(g)
    heads = g.c(SHOP_HEAD)
    d = Doc(f"shop/orders_{i:04d}.csv", "csv-shop-orders", encoding=enc, nl=nl)
    qa = g.p(0.4)
    table_row(d, heads, ",", qa)
    zst = g.c(["hy", "plain", "fw", "tri"])
    for r in range(g.i(4, 12)):
        p = g.person(lo=1940, hi=2004)
        addr, pc = g.address()
        prod, price = g.c(PRODUCTS)
        car = g.c(CARRIERS)
        zipc = [E("POSTAL_CODE", g.postal_text(pc, zst))] if zst != "tri" else ["〒", E("POSTAL_CODE", g.postal_text(pc, "hy"))]
        memo = memo_cell(g, 0.35, 0.25, "shop")
        row = [[N("order-number", g.order_no())], [N("ordinary-date", g.ord_text(ORD_CSV))], [E("PERSON", g.full(p))],
               [E("PERSON", g.kana(p))], zipc, [E("ADDRESS", addr)], [g.phone_e(g.w([("mobile", 4), ("mobile_bad", 1), ("land", 2)]))],
               [E("EMAIL", g.email(p))], [prod], [N("jan-code", g.jan())], [str(g.i(1, 3))], [N("amount", f"{price * g.i(1, 3)}")],
               [N("company-name", car) if car in ("佐川急便", "福山通運") else car], [N("tracking-number", g.tracking(car))],
               [N("masked-card", "**** **** **** " + g.digits(4)) if g.p(0.5) else g.c(["代金引換", "コンビニ払い", "銀行振込"])],
               memo]
        table_row(d, row, ",", qa)
    return d


def gen_phone_order(g, i):
    d = Doc(f"shop/denwa_chumon_{i:04d}.txt", "phone-order-memo", encoding=g.c(["utf-8", "cp932"]))
    p = g.person(lo=1935, hi=1995)
    addr, pc = g.address()
    d.line("電話注文受付メモ（", CLINIC["shop"], "）")
    d.line("受付日時：", N("ordinary-date", g.ord_text()), f" {g.i(9, 17)}:{g.i(0, 59):02d}")
    d.line("受付者：", E("PERSON", g.c(SURNAMES)[0]))
    d.line("お客様：", E("PERSON", g.full(p)), " 様（", E("PERSON", g.kana(p, "kata")), "）")
    d.line("会員番号：", N("member-number-non-luhn", g.non_luhn16()))
    d.add(postal_segs(g, pc))
    d.line("お届け先：", E("ADDRESS", addr))
    d.line("電話：", g.phone_e(g.w([("land", 2), ("mobile", 2), ("mobile_bad", 1)])))
    prod, price = g.c(PRODUCTS)
    d.line("ご注文：", prod, " ×", str(g.i(1, 3)), "　JAN ", N("jan-code", g.jan()), "　", N("amount", f"￥{price:,}"))
    if g.p(0.7):
        d.line("お支払い：クレジットカード")
        d.line("カード番号：", E("CREDIT_CARD", g.luhn_card()))
        d.line("有効期限：", N("card-expiry", f"{g.i(1, 12):02d}/{g.i(26, 30)}"))
    else:
        d.line("お支払い：代金引換（", N("amount", "手数料330円"), "）")
    x = g.r.random()
    if x < 0.5:
        d.line("メモ：", g.sens(), "とのこと。", g.c(["成分表示を確認のうえ発送。", "次回カタログ送付時に配慮。"]))
    elif x < 0.75:
        d.line("メモ：", g.look(g.c(["pet-illness", "parcel-to-hospital", "product-description"])), "の件で問い合わせあり。")
    else:
        d.line("メモ：", g.c(["午前中指定", "不在時は隣家預け可", "のし紙（御見舞）"]))
    return d


def gen_minutes(g, i, no_pii=False):
    md = g.p(0.5)
    d = Doc(f"minutes/gijiroku_{i:04d}." + ("md" if md else "txt"), "minutes" + ("-nopii" if no_pii else ""),
            encoding=g.c(["utf-8", "utf-8-sig", "cp932"]))
    d.line(("# " if md else "") + g.c(["運営会議 議事録", "感染対策委員会 議事録", "安全衛生委員会 議事録", "ストア定例 議事録"]))
    d.line("日時：", N("ordinary-date", g.ord_text(["kanji_dow", "kanji", "wk_r"])), f" {g.i(13, 17)}:00～{g.i(17, 18)}:00")
    d.line("場所：", N("room-number", g.c(["第2会議室", "本館3階会議室", "301会議室"])))
    if no_pii:
        d.line("出席者：", g.c(["各部署責任者 8名", "院長、事務長、看護師長、介護主任", "委員 6名（欠席 1名）"]))
    else:
        people = [g.person(lo=1960, hi=1998) for _ in range(g.i(3, 6))]
        d.add("出席者：")
        for k, p in enumerate(people):
            if k:
                d.add("、")
            d.add(E("PERSON", g.full(p) if g.p(0.5) else p["sur"][0]))
        d.line("")
        d.line("記録：", E("PERSON", people[-1]["sur"][0]))
    d.line("")
    d.line(("## " if md else "") + "議題")
    topics = g.r.sample(["hc", "sys", "stat", "event", "price", "policy"], g.i(3, 5))
    for k, t in enumerate(topics):
        d.add(f"{k + 1}. ")
        if t == "hc":
            d.line(L("health-check-schedule", g.c(LOOK["health-check-schedule"])), "の日程：", N("ordinary-date", g.ord_text(["md_kanji", "md_dow"])),
                   "から2週間で実施する。")
        elif t == "sys":
            d.line("先月発生した", L("system-failure", g.c(LOOK["system-failure"][:6])), "について、ベンダーより報告。バージョン ",
                   N("version-number", f"{g.i(2, 9)}.{g.i(0, 9)}.{g.i(0, 20)}"), " へ更新予定。")
        elif t == "stat":
            d.line("月次統計：", L("aggregate-statistics", g.c(LOOK["aggregate-statistics"])), "。来院数 ", N("count", f"{g.i(800, 2400)}名"), "。")
        elif t == "event":
            d.line("地域向け", L("event", g.c(LOOK["event"])), "を", N("ordinary-date", g.ord_text(["md_kanji"])), "に開催。定員 ",
                   N("count", f"{g.i(10, 40)}名"), "。")
        elif t == "price":
            d.line("ストア：", g.c(PRODUCTS)[0], "を ", N("amount", g.amount()), " に改定。商品コード ",
                   N("product-code", f"SK-{g.digits(4)}-{g.c('ABC')}"), "。")
        else:
            d.line("個人情報保護方針の改定案：", L("policy-category", g.c(LOOK["policy-category"][:3])), "の取扱いを明記する。")
    if not no_pii and g.p(0.4):
        d.line("")
        d.line("その他：", E("PERSON", g.c(SURNAMES)[0]), "さんより、", L("system-failure", "予約システムの障害"),
               "時の電話対応マニュアルの共有があった。")
    d.line("")
    d.line("次回：", N("ordinary-date", g.ord_text(["kanji", "md_kanji"])))
    return d


def gen_notice(g, i):
    md = g.p(0.5)
    d = Doc(f"notices/oshirase_{i:04d}." + ("md" if md else "txt"), "notice-nopii", encoding=g.c(["utf-8", "cp932", "utf-8-sig"]))
    kind = g.c(["holiday", "vaccine", "price", "checkup", "system", "event"])
    d.line(("# " if md else "") + {"holiday": "年末年始の休診のお知らせ", "vaccine": "インフルエンザ予防接種のご案内",
                                   "price": "価格改定のお知らせ", "checkup": "健診・検診のご案内",
                                   "system": "システムメンテナンスのお知らせ", "event": "イベントのお知らせ"}[kind])
    d.line("")
    d.line("掲示日：", N("ordinary-date", g.ord_text()))
    if kind == "holiday":
        d.line(N("ordinary-date", g.ord_text(["md_kanji", "md_dow"])), "から", N("ordinary-date", g.ord_text(["md_kanji", "md_dow"])),
               "まで休診いたします。")
        d.line("休診中の急病は、地域の休日診療所をご利用ください。")
    elif kind == "vaccine":
        d.line(L("health-check-schedule", "インフルエンザ予防接種"), "を", N("ordinary-date", g.ord_text(["md_kanji"])), "より開始します。")
        d.line("料金：", N("amount", g.amount()), "（65歳以上の方は自己負担 ", N("amount", f"{g.i(10, 25)}00円"), "）")
    elif kind == "price":
        for _ in range(g.i(3, 6)):
            prod, price = g.c(PRODUCTS)
            d.line("・", prod, "（JAN ", N("jan-code", g.jan()), "）", N("amount", f"{price:,}円"), " → ", N("amount", f"{price + g.i(1, 9) * 10:,}円"))
        d.line("※", L("product-description", g.c(LOOK["product-description"])), "の表示を見直しました。")
    elif kind == "checkup":
        d.line(L("health-check-schedule", g.c(["特定健診", "がん検診", "歯科検診"])), "は", N("ordinary-date", g.ord_text(["md_kanji"])),
               "から受付します。")
        d.line("昨年度は", L("aggregate-statistics", g.c(LOOK["aggregate-statistics"])), "でした。早期受診をおすすめします。")
    elif kind == "system":
        d.line(N("ordinary-date", g.ord_text(["kanji_dow"])), " 22:00～翌6:00、", L("system-failure", "電子カルテシステムの障害"),
               "対策としてサーバー更新（Ver.", N("version-number", f"{g.i(3, 8)}.{g.i(0, 9)}.{g.i(0, 9)}"), "）を行います。")
        d.line("この間、Web予約はご利用いただけません。")
    else:
        d.line(L("event", g.c(LOOK["event"])), "を", N("ordinary-date", g.ord_text(["md_kanji"])), "に開催します。参加費 ",
               N("amount", "無料"), "、定員 ", N("count", f"{g.i(10, 30)}名"), "。")
    d.line("")
    d.line(g.c(["ご不明な点は受付窓口までお尋ねください。", "ご理解とご協力をお願いいたします。",
                "詳しくは院内掲示またはホームページをご覧ください。"]))
    d.line(g.c(["当日は混雑が予想されますので、時間に余裕をもってお越しください。", "駐車場は台数に限りがあります。",
                "マスクの着用にご協力ください。"]))
    d.line("")
    d.line(CLINIC[g.c(["name", "dental", "care", "shop"])])
    return d


def gen_catalog(g, i):
    enc, nl = enc_pick(g)
    d = Doc(f"shop/catalog_{i:04d}.csv", "csv-product-catalog-nopii", encoding=enc, nl=nl)
    table_row(d, g.c([["商品コード", "JANコード", "商品名", "税込価格", "在庫", "説明"],
                      ["sku", "jan", "name", "price", "stock", "description"]]))
    for _ in range(g.i(5, 14)):
        prod, price = g.c(PRODUCTS)
        desc = [L("product-description", g.c(LOOK["product-description"]))] if g.p(0.3) else [g.c(["人気商品", "数量限定", "", "リニューアル"])]
        table_row(d, [[N("product-code", f"SK-{g.digits(4)}")], [N("jan-code", g.jan())], [prod], [N("amount", str(price))],
                      [str(g.i(0, 200))], desc])
    return d


def gen_sysreport(g, i):
    d = Doc(f"reports/shogai_{i:04d}.txt", "system-failure-report-nopii", encoding=g.c(["utf-8", "cp932"]))
    d.line(g.c(["システム障害報告書", "障害報告（電子カルテ）", "ネットワーク障害 報告"]))
    d.line("発生日時：", N("ordinary-date", g.ord_text()), f" {g.i(0, 23):02d}:{g.i(0, 59):02d}")
    d.line("復旧日時：", N("ordinary-date", g.ord_text()), f" {g.i(0, 23):02d}:{g.i(0, 59):02d}")
    d.line("影響範囲：", L("system-failure", g.c(LOOK["system-failure"][:6])), "により受付業務が約", str(g.i(20, 180)), "分停止")
    d.line("原因：ルーター（ファームウェア ", N("version-number", f"{g.i(1, 9)}.{g.i(0, 9)}.{g.i(0, 30)}"), "）の不具合")
    d.line("チケット番号：", N("ticket-number", f"INC{g.digits(7)}"))
    d.line("機器管理番号：", N("asset-number", g.non_mynumber12()))
    d.line("対応：代替回線に切替。", L("system-failure", "障害発生時の連絡網"), "を更新した。")
    d.line("費用：", N("amount", g.amount()))
    return d


def gen_policy(g, i):
    d = Doc(f"reports/policy_{i:04d}.md", "policy-nopii", encoding="utf-8")
    d.line("# ", g.c(["個人情報保護方針", "プライバシーポリシー", "個人情報の取扱いについて"]))
    d.line("")
    d.line("制定日：", N("ordinary-date", g.ord_text(["kanji"])), "　改定日：", N("ordinary-date", g.ord_text(["kanji"])))
    d.line("")
    d.line("1. 当院は、", L("policy-category", LOOK["policy-category"][0]), "を取得する場合、あらかじめ本人の同意を得ます。")
    d.line("2. 問診票で取得する", L("policy-category", g.c(["既往歴", "病歴・障害の有無"])), "は、診療の目的にのみ利用します。")
    d.line("3. ストアでは、", L("product-description", g.c(LOOK["product-description"])), "などの商品情報を掲載しますが、購入履歴から健康状態を推測しません。")
    d.line("4. 保存期間は", N("count", "5年間"), "とします（規程第", N("version-number", f"{g.i(1, 9)}.{g.i(1, 9)}"), "条）。")
    return d


def gen_stats(g, i):
    enc, nl = enc_pick(g)
    if g.p(0.5):
        d = Doc(f"reports/toukei_{i:04d}.csv", "csv-statistics-nopii", encoding=enc, nl=nl)
        table_row(d, ["年月", "診療科", "延べ患者数", "新患数", "主な疾患", "前年比"])
        for _ in range(g.i(5, 12)):
            table_row(d, [[N("ordinary-date", f"{g.i(2023, 2025)}/{g.i(1, 12):02d}")], [g.c(DEPTS)], [str(g.i(100, 2000))],
                          [str(g.i(5, 200))], [L("aggregate-statistics", g.c(["高血圧", "糖尿病", "歯周病", "インフルエンザ", "認知症"]) + "（集計）")],
                          [f"{g.i(80, 130)}%"]])
        return d
    d = Doc(f"reports/toukei_{i:04d}.txt", "statistics-report-nopii", encoding=g.c(["utf-8", "cp932"]))
    d.line("月次診療実績レポート（", N("ordinary-date", f"{g.i(2023, 2025)}年{g.i(1, 12)}月"), "）")
    for _ in range(g.i(2, 4)):
        d.line("・", L("aggregate-statistics", g.c(LOOK["aggregate-statistics"])))
    d.line("・総売上 ", N("amount", g.amount()), "（前月比 ", str(g.i(90, 115)), "%）")
    d.line("・新規会員登録 ", N("count", f"{g.i(20, 300)}件"), "、平均客単価 ", N("amount", g.amount()))
    d.line("※集計は患者個人を特定できない形で行っています。")
    return d


def gen_referral(g, i):
    d = Doc(f"forms/shokaijo_{i:04d}.txt", "referral-letter", encoding=g.c(["utf-8", "cp932"]))
    p = g.person(lo=1930, hi=2005)
    doc_to, doc_from = g.person(lo=1955, hi=1990), g.person(lo=1955, hi=1990)
    addr, pc = g.address()
    d.line("診療情報提供書")
    d.line(N("ordinary-date", g.ord_text(["wk_r", "kanji"])))
    d.line(g.c(["市立南多摩病院", "多摩中央総合病院", "けやき台整形外科"]), " ", g.c(["循環器内科", "消化器内科", "整形外科", "神経内科"]), " ",
           E("PERSON", g.full(doc_to)), " 先生 御侍史")
    d.line("")
    d.line("患者氏名：", E("PERSON", g.full(p)), "（", E("PERSON", g.kana(p, "kata")), "）　", "男" if p["sex"] == "M" else "女")
    if g.p(0.6):
        d.line("生年月日：", E("DATE_OF_BIRTH", g.dob_text(p["dob"])), f"（{2024 - p['dob'].year}歳）")
    else:
        d.line("生年月日")
        d.line(E("DATE_OF_BIRTH", g.dob_text(p["dob"])))
    d.line("住所：", E("ADDRESS", addr))
    d.line("電話：", g.phone_e())
    d.line("傷病名：", E("SENSITIVE", g.c(SENS["illness"]), subtype="illness"))
    d.line("紹介目的：精査加療のお願い")
    d.line("既往歴：", E("SENSITIVE", g.c(SENS["illness"]), subtype="illness") if g.p(0.7) else "特記事項なし")
    d.line("現病歴：", N("ordinary-date", g.ord_text(["md_kanji", "kanji"])), "頃より", E("SENSITIVE", g.c(SYMPTOMS), subtype="illness"),
           "。当院にて内服加療するも改善乏しく、ご紹介いたします。")
    d.line("")
    d.line(CLINIC["name"], "　医師 ", E("PERSON", g.full(doc_from)))
    d.add(clinic_footer(g))
    return d


def gen_bankform(g, i):
    kind = g.c(["payroll", "refund", "fuyou"])
    d = Doc(f"forms/kouza_{i:04d}.txt", f"form-{kind}", encoding=g.c(["utf-8", "cp932"]))
    p = g.person(lo=1960, hi=2003)
    if kind in ("payroll", "refund"):
        d.line("給与振込口座届" if kind == "payroll" else "返金先口座のご案内（ストア）")
        d.line("受付番号：", N("reception-number", g.non_mynumber12()))
        d.line("提出日：", N("ordinary-date", g.ord_text()))
        d.line("氏名：", E("PERSON", g.full(p)))
        if kind == "payroll":
            d.line("社員番号：", N("employee-id", f"E{g.digits(5)}"))
        d.line("金融機関：", g.c(["みどり銀行", "多摩信用金庫", "ゆうちょ銀行", "さくら台銀行"]), "　支店：", g.c(["南大沢支店", "本店営業部", "多摩センター支店"]),
               "（店番 ", N("branch-code", g.digits(3)), "）")
        d.line("口座種別：普通")
        if g.p(0.5):
            d.line("口座番号：", E("BANK_ACCOUNT", g.account()))
        else:
            d.line("口座番号")
            d.line(E("BANK_ACCOUNT", g.account()))
        d.line("口座名義（カナ）：", E("PERSON", g.kana(p, g.c(["kata", "hw"]))))
        if kind == "refund":
            d.line("返金額：", N("amount", g.amount()), "　注文番号：", N("order-number", g.order_no()))
    else:
        d.line("扶養控除等申告書（写し）")
        d.line("提出日：", N("ordinary-date", g.ord_text()))
        d.line("氏名：", E("PERSON", g.full(p)))
        d.line("生年月日：", E("DATE_OF_BIRTH", g.dob_text(p["dob"])))
        bad = g.p(0.12)
        mn = g.my_number(not bad)
        mfmt = g.c([mn, f"{mn[:4]} {mn[4:8]} {mn[8:]}", f"{mn[:4]}-{mn[4:8]}-{mn[8:]}"])
        d.line("個人番号：", E("MY_NUMBER", mfmt, note="check digit wrong") if bad else E("MY_NUMBER", mfmt))
        addr, pc = g.address()
        d.add(postal_segs(g, pc))
        d.line("住所：", E("ADDRESS", addr))
        d.line("")
        d.line("控除対象扶養親族")
        for _ in range(g.i(1, 3)):
            f = g.person(lo=1940, hi=2020)
            f["sur"] = p["sur"]
            mn = g.my_number()
            rel = g.c(["妻", "長女", "母"] if f["sex"] == "F" else ["長男", "次男", "父"])
            f["dob"] = g.dob(1940, 1960) if rel in ("母", "父") else g.dob(2000, 2020) if rel != "妻" else g.dob(1965, 2000)
            d.line("・", E("PERSON", g.full(f)), "（", rel, "）生年月日 ", E("DATE_OF_BIRTH", g.dob_text(f["dob"])),
                   "　個人番号 ", E("MY_NUMBER", mn))
            if g.p(0.25):
                d.line("　障害者区分：", E("SENSITIVE", g.c(["一般の障害者", "特別障害者"]), subtype="disability"))
        d.line("")
        d.line("※マイナンバーカード 発行番号：", N("non-mynumber-12", g.non_mynumber12()))
    return d


def gen_dob_list(g, i):
    md = g.p(0.4)
    d = Doc(f"lists/meibo_{i:04d}." + ("md" if md else "txt"), "records-under-dob-heading", encoding=g.c(["utf-8", "cp932"]))
    d.line(("## " if md else "■ ") + g.c(["健診対象者", "送迎利用者名簿", "予防接種予約者", "家族会 参加者"]) +
           g.c(["（氏名 / 生年月日 / 連絡先）", "　氏名・生年月日・電話", "：氏名、生年月日、電話番号"]))
    d.line("作成：", N("ordinary-date", g.ord_text()))
    d.line("")
    sep = g.c([" / ", "　", "　／　", ", ", "\t"])
    style = g.w(DOB_JA)
    for k in range(g.i(3, 10)):
        p = g.person(lo=1930, hi=2015)
        d.line(g.c(["", f"{k + 1}. ", "・", "- "]), E("PERSON", g.full(p)), sep, E("DATE_OF_BIRTH", fmt_date(p["dob"], style)), sep,
               g.phone_e(g.w([("mobile", 3), ("land", 2), ("mobile_bad", 1)])))
    d.line("")
    d.line("※", g.c(["当日は受付で保険証をご提示ください。", "名簿は会議終了後に回収します。"]))
    return d


def gen_headerless(g, i):
    enc, nl = enc_pick(g)
    d = Doc(f"appointments/export_noheader_{i:04d}.csv", "csv-no-header-name-dob-phone", encoding=enc, nl=nl)
    style = g.w(DOB_CSV)
    for _ in range(g.i(5, 10)):
        p = g.person(lo=1930, hi=2010)
        table_row(d, [[N("ordinary-date", fmt_date(g.recent(), "slash"))], [E("PERSON", g.full(p))], [E("PERSON", g.kana(p, "hw"))],
                      [E("DATE_OF_BIRTH", fmt_date(p["dob"], style))], [g.phone_e(g.w([("mobile", 3), ("land", 1)]))], [g.c(DEPTS)]])
    return d


def gen_suppliers(g, i):
    enc, nl = enc_pick(g)
    d = Doc(f"shop/torihikisaki_{i:04d}.csv", "csv-suppliers", encoding=enc, nl=nl)
    table_row(d, ["取引先コード", "取引先名", "法人番号", "担当者", "電話", "メール", "所在地", "登録日"])
    for _ in range(g.i(3, 8)):
        p = g.person(lo=1960, hi=1995)
        addr, pc = g.address(pref=True, bldg=False)
        table_row(d, [[N("supplier-code", f"V{g.digits(4)}")], [g.c(["株式会社みどりヘルスケア", "多摩メディカルサプライ合同会社", "有限会社さくら食品",
                                                                         "株式会社ケアグッズ東日本", "日の出薬品株式会社"])],
                      [E("CORPORATE_NUMBER", g.corp_number())], [E("PERSON", g.full(p))], [g.phone_e("land")],
                      [E("EMAIL", g.email(p).split("@")[0] + "@supplier.example.co.jp")], [E("ADDRESS", addr)],
                      [N("ordinary-date", g.ord_text(ORD_CSV))]])
    return d


def gen_foreign_reg(g, i):
    d = Doc(f"forms/gaikokujin_{i:04d}.txt", "foreign-patient-registration", encoding="utf-8")
    p = g.person(foreign=True, lo=1960, hi=2005)
    addr, pc = g.address()
    d.line("外国人患者登録票 / Patient Registration")
    d.line("記入日 Date：", N("ordinary-date", g.ord_text(["slash", "iso"])))
    d.line("氏名 Name：", E("PERSON", g.roman(p, "SG")))
    d.line("カタカナ：", E("PERSON", g.full(p, "・")))
    if g.p(0.5):
        d.line("生年月日 Date of birth：", E("DATE_OF_BIRTH", g.dob_text(p["dob"], DOB_EN)))
    else:
        d.line("生年月日 / Date of birth")
        d.line(E("DATE_OF_BIRTH", g.dob_text(p["dob"], DOB_EN + [("slash", 3), ("kanji", 2)])))
    d.line("国籍 Nationality：", g.c(["Vietnam", "Philippines", "USA", "China", "Nepal", "Indonesia"]))
    if g.p(0.6):
        d.line("在留カード番号 Residence card No.")
        d.line(E("RESIDENCE_CARD", g.residence()))
    else:
        d.line("在留カード番号：", E("RESIDENCE_CARD", g.residence()))
    if g.p(0.5):
        d.line("旅券番号 Passport No.：", E("PASSPORT", g.passport()))
    d.line("住所 Address：", E("ADDRESS", addr))
    d.line("郵便番号 Postal code")
    d.line(E("POSTAL_CODE", g.postal_text(pc, g.c(["fw", "hy", "plain"]))))
    d.line("電話 Phone：", g.phone_e(g.w([("mobile", 3), ("mobile_bad", 1)]), g.c(["hy", "intl", "intl_plain", "intl_zero"])))
    d.line("Email：", E("EMAIL", g.email(p)))
    d.line("宗教・食事の配慮 Religion / diet：", g.sens("creed") if g.p(0.5) else "なし / none")
    return d


def gen_driver_form(g, i):
    d = Doc(f"staff/sougei_driver_{i:04d}.txt", "licence-label-above", encoding=g.c(["utf-8", "cp932"]))
    p = g.person(lo=1955, hi=2000)
    d.line("送迎ドライバー登録票（", CLINIC["care"], "）")
    d.line("登録日：", N("ordinary-date", g.ord_text()))
    d.line("氏名：", E("PERSON", g.full(p)))
    lab = g.w([("above", 3), ("same", 2), ("table", 1)])
    lic = g.licence()
    if g.p(0.4):
        lic = fw(lic)
    if lab == "above":
        d.line("運転免許証番号")
        d.line(E("DRIVERS_LICENSE", lic))
    elif lab == "same":
        d.line("免許証番号：第 ", E("DRIVERS_LICENSE", lic), " 号")
    else:
        d.line("| 免許の種類 | 免許証番号 | 有効期限 |")
        d.line("|---|---|---|")
        d.line("| 普通 | ", E("DRIVERS_LICENSE", lic), " | ", N("ordinary-date", g.ord_text(["wk_r", "kanji"])), " |")
    d.line("有効期限：", N("ordinary-date", fmt_date(g.recent() + timedelta(days=900), g.c(["wk_r", "kanji"]))), "まで")
    d.line("車両ナンバー：", N("vehicle-number", f"八王子 {g.i(300, 599)} {g.c('あいうえかきくけこさすせそたちつてとなにぬねのはひふほまみむめもやゆよらりるれろわ')} {g.i(10, 99)}-{g.i(10, 99)}"))
    d.line("連絡先：", g.phone_e(g.w([("mobile", 3), ("mobile_bad", 1)])))
    d.line("郵便番号")
    addr, pc = g.address()
    d.line(E("POSTAL_CODE", g.postal_text(pc, g.c(["fw", "hy"]))))
    d.line("住所")
    d.line(E("ADDRESS", addr))
    return d


def gen_misc_nopii(g, i):
    """order summary / shipping log without people (only hard negatives)"""
    enc, nl = enc_pick(g)
    d = Doc(f"shop/shukka_log_{i:04d}.csv", "csv-shipping-log-nopii", encoding=enc, nl=nl)
    table_row(d, ["出荷日", "注文番号", "配送業者", "伝票番号", "JAN", "数量", "金額", "ポイントカード番号"])
    for _ in range(g.i(5, 15)):
        car = g.c(CARRIERS)
        table_row(d, [[N("ordinary-date", g.ord_text(ORD_CSV))], [N("order-number", g.order_no())],
                      [N("company-name", car) if car in ("佐川急便", "福山通運") else car], [N("tracking-number", g.tracking(car))],
                      [N("jan-code", g.jan())], [str(g.i(1, 5))], [N("amount", str(g.i(300, 20000)))],
                      [N("non-luhn-16", g.non_luhn16())] if g.p(0.5) else ["-"]])
    return d


PLAN = [
    (gen_intake, 130), (gen_care, 90), (gen_appt_csv, 110), (gen_roster, 60), (gen_resume, 70), (gen_chat, 130),
    (gen_mail_ja, 90), (gen_mail_en, 70), (gen_incident, 75), (gen_shop_csv, 70), (gen_phone_order, 35),
    (lambda g, i: gen_minutes(g, i, False), 30), (lambda g, i: gen_minutes(g, i, True), 30), (gen_notice, 45),
    (gen_catalog, 20), (gen_sysreport, 20), (gen_policy, 10), (gen_stats, 20), (gen_referral, 40), (gen_bankform, 40),
    (gen_dob_list, 35), (gen_headerless, 10), (gen_suppliers, 20), (gen_foreign_reg, 30), (gen_driver_form, 25),
    (gen_misc_nopii, 15),
]


# ----------------------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------------------

def encode(doc):
    t = doc.text()
    if doc.encoding == "utf-8-sig":
        return b"\xef\xbb\xbf" + t.encode("utf-8")
    return t.encode(doc.encoding)


def self_check(raw, doc):
    text = raw.decode(doc.encoding)
    assert text == doc.text(), f"{doc.path}: round-trip through {doc.encoding} changed the text"
    spans = sorted(doc.ents, key=lambda e: (e["start"], e["end"]))
    for e in spans:
        assert text[e["start"]:e["end"]] == e["text"], (doc.path, e)
    for a, b in zip(spans, spans[1:]):
        assert a["end"] <= b["start"], (doc.path, a, b)
    for x in doc.negs + doc.looks:
        assert text[x["start"]:x["end"]] == x["text"], (doc.path, x)
        for e in doc.ents:
            assert x["end"] <= e["start"] or e["end"] <= x["start"], (doc.path, "neg/lookalike overlaps entity", x, e)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=22)
    args = ap.parse_args()
    g = G(random.Random(args.seed))
    make_sites(g)
    docs_dir = os.path.join(args.out, "docs")
    if os.path.isdir(docs_dir):
        shutil.rmtree(docs_dir)
    os.makedirs(docs_dir, exist_ok=True)
    truth = {"documents": {}}
    counts = {}
    stats = {"documents": 0, "no_pii": 0, "hard_negatives": 0, "lookalikes": 0, "sensitive": 0, "short": 0, "long": 0}
    for fn, n in PLAN:
        for k in range(n):
            doc = fn(g, stats["documents"] + 1)
            raw = encode(doc)
            self_check(raw, doc)
            full = os.path.join(docs_dir, doc.path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as f:
                f.write(raw)
            rec = {"encoding": doc.encoding, "shape": doc.shape, "entities": doc.ents, "lookalikes": doc.looks,
                   "hard_negatives": doc.negs}
            if doc.encoding == "utf-8-sig":
                rec["bom"] = True
            if "\r\n" in doc.text():
                rec["newline"] = "crlf"
            truth["documents"][doc.path] = rec
            stats["documents"] += 1
            stats["no_pii"] += not doc.ents
            stats["hard_negatives"] += len(doc.negs)
            stats["lookalikes"] += len(doc.looks)
            ln = len(doc.text())
            stats["short"] += ln < 100
            stats["long"] += ln > 3000
            for e in doc.ents:
                counts[e["type"]] = counts.get(e["type"], 0) + 1
    with open(os.path.join(args.out, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1, sort_keys=False)
        f.write("\n")
    stats["sensitive"] = counts.get("SENSITIVE", 0)
    assert stats["no_pii"] >= 100 and stats["hard_negatives"] >= 300 and stats["lookalikes"] >= 100 and stats["sensitive"] >= 150, stats
    print(json.dumps({"stats": stats, "entities": dict(sorted(counts.items()))}, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
